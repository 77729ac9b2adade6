/**
 * Ninety-second blind set. The speakers are référents insertion (and travailleurs sociaux) of
 * the Département de Tarn-et-Garonne in their first weeks, typing in Teams from a phone: long
 * run-on messages, autocorrect slips, glued or split words, SMS spelling, abbreviations
 * (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, ASE, info coll, JPO), several questions in one
 * message, and coming back later in the conversation to a person they described earlier.
 *
 * Written blind, only from the agreement between the Département and AFPA (with its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking at the bot.
 * Where the agreement is silent (housing, driving licence funding, childcare, amounts of
 * benefits, pay during the programmes…), the expected answer says that it does not cover it.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  '2 jours à 8 jours',
  'deux à huit jours',
  'deux et huit jours',
];
const VOLET1_DURATION = ['5 à 6 jours', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PREPA_NAME = ['prépa comp', 'prépa-comp'];
const PEC_NAME = ['compétences pec', 'compétences p.e.c', 'compétences – pec', 'compétences - pec', 'compétences-pec'];
const PROMO_NAME = ['promo 16', 'promo16', 'promo 1618'];
const MONTAUBAN = ['Montauban'];
const REMOTE = ['distance', 'distanciel', 'classe virtuelle'];
const BATTEDOU = ['Battedou', 'Responsable Accompagnement'];

/** A positive verdict (weak on its own: cases about one programme also forbid NEGATIVE_WORDS). */
const ELIGIBLE = [
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut intégrer',
  'peut entrer',
  'peut suivre',
  'peut y accéder',
  'peut y participer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'fait partie du public',
  'entre dans le public',
  'correspond au public',
];
/** A negative verdict, in the many ways a French answer may put it. */
const NOT_ELIGIBLE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pourrait pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'ne rentre pas',
  'ne relève pas',
  'adresse pas',
  'adresse qu',
  'adresse uniquement',
  'adresse seulement',
  'pas dans le public',
  'hors du public',
  'hors public',
  'réservé',
  'trop jeune',
  'pas concerné',
  'ne fait pas partie',
  'uniquement',
  'seulement',
];
const NEGATIVE_WORDS = ['pas éligible', 'non éligible', 'inéligible'];
const POSITIVE_WORDS = ['il est éligible', 'elle est éligible', 'est bien éligible', 'peut tout à fait'];

/** « The agreement does not say / does not cover it ». */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne prévoit rien',
  'pas prévu',
  'non prévu',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'pas précisé',
  'non précisé',
  'ne mentionne pas',
  'pas mentionné',
  'ne couvre pas',
  'pas couvert',
  'ne traite pas',
  'traite pas',
  'ne parle pas',
  'ne porte pas',
  'ne contient pas',
  'ne fixe pas',
  'ne donne pas',
  'ne fournit pas',
  'ne détaille pas',
  'ne concerne pas',
  'ne comporte pas',
  'indique pas',
  'aborde pas',
  'évoque pas',
  'prévoit aucun',
  'hors du champ',
  'hors champ',
  'hors de',
  'hors périmètre',
  'en dehors',
  'pas dans le périmètre',
  'aucune information',
  'aucune indication',
  'aucune mention',
  'aucune précision',
  'aucune donnée',
  'rien sur',
  'rien à ce sujet',
  'pas d’information',
  "pas d'information",
  'ne dispose pas',
  'pas en mesure',
  'ne relève pas',
  'silencieux',
  'muet',
];
/** Money must not be invented where the agreement gives no amount. */
const NO_AMOUNT = ['€', ' euros'];

/** Figures the bot does not hold yet (no realised figure is published). */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'aucun chiffre',
  'pas de donnée',
  'pas de chiffre',
  'ne dispose pas',
  'pas en mesure',
  'pas de résultat',
  'aucun résultat',
  'pas connu',
  'aucun indicateur',
  'pas d’indicateur',
  "pas d'indicateur",
  'aucune valeur',
  'pas de valeur',
];

/** A prescription answer: the form, or the steps of the protocol (adhesion, PANDA). */
const PRESCRIBE = [
  'formulaire',
  'fiche de prescription',
  'PANDA',
  'adhésion',
  'remplir',
  'remplissez',
  'complétez',
  'renseign',
];
const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', 'plus aucune place', ...seats(0)];

const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue', 'bonsoir'];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'prépa comp', 'promo 16'];
const THANKS = [
  'avec plaisir',
  'de rien',
  'je vous en prie',
  'bonne journée',
  'hésitez pas',
  'à votre service',
  'à bientôt',
  'plaisir',
];
const CANCEL = [
  'annul',
  'abandon',
  'arrêt',
  'interromp',
  'est noté',
  'pas de souci',
  'pas de problème',
  'entendu',
  'accord',
  'très bien',
  'rien en cours',
];

// ── The cases ───────────────────────────────────────────────────────────────

export const NINETY_SECOND_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c('b92-dispo-prepa-duree', ['typo'], [
    turn(
      'slt c koi la duree de la prepa comp exactement, g une dame qui a peur que ce soit trop long elle a 3 enfants et elle peut pas sabsenter des mois',
      'dispositif',
      [PREPA_DURATION, TWO_WEEKS],
      ['13 semaines', 'treize semaines'],
    ),
  ]),
  c('b92-dispo-prepa-volets', ['two-questions', 'typo'], [
    turn(
      'bonjour cest quoi la diff entre le volet 1 et le volet 2 de prepacomp ?? et ca dure cb de jours chacun parce que sur le flyer jai pas tout compris',
      'dispositif',
      [['projet'], ['entrée en formation', 'sécuriser', 'sécurisation'], VOLET1_DURATION, VOLET2_DURATION],
      ['13 semaines'],
    ),
  ]),
  c('b92-dispo-pec-contenu', ['sms'], [
    turn(
      'comp pec ca consiste en quoi concretement ?? le salarie il fait quoi pdt ces journees, c une formation ou pas',
      'dispositif',
      [['VAE', 'V.A.E', 'validation des acquis'], ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'], ['CléA', 'Clea']],
      ['13 semaines', ...PREPA_DURATION],
    ),
  ]),
  c('b92-dispo-pec-duree-phases', ['two-questions'], [
    turn(
      'competences PEC ca dure combien de jours au total et ya combien de phases ? mon employeur PEC (une asso) veut savoir cb de temps il perd son salarié',
      'dispositif',
      [PEC_DURATION, ['5 phases', 'cinq phases']],
      [...PREPA_DURATION, '13 semaines'],
    ),
  ]),
  c('b92-dispo-promo-duree', ['two-questions', 'sms'], [
    turn(
      'la promo 1618 c combien de temps en tout et cest tous les jours ? la maman demande si son fils sera libre le vendredi',
      'dispositif',
      [PROMO_DURATION, ['lundi au jeudi', 'lundi-jeudi', 'du lundi', 'lundi à jeudi']],
      PREPA_DURATION,
    ),
  ]),
  c('b92-dispo-promo-phases', ['typo'], [
    turn(
      'c quoi les phases de la promo 16 18 ? jai pas compris le truc de la periode de mobilite, ils partent loin ?',
      'dispositif',
      [['engagement'], ['construction'], ['mobilité']],
      PREPA_DURATION,
    ),
  ]),
  c('b92-dispo-promo-suivi-apres', ['sms'], [
    turn(
      'et apres la promo le jeune est lache dans la nature ou ya un suivi ? pcq les miens ils decrochent vite',
      'dispositif',
      [['6 mois', 'six mois'], ['mission locale', 'missions locales']],
    ),
  ]),
  c('b92-dispo-bilan', ['typo'], [
    turn(
      'a la fin de la prepa comp est ce que je recois un retour sur la personne ? genre un compte rendu ou je dois appeler lafpa moi meme',
      'dispositif',
      [['bilan']],
    ),
  ]),
  c('b92-dispo-lieu', ['two-questions', 'sms'], [
    turn(
      'prepa comp ca se passe ou ?? que a montauban ou ya moyen de le faire a distance pr ceux qui ont pas le permis ni de bus',
      'dispositif',
      [MONTAUBAN, REMOTE],
    ),
  ]),
  c('b92-dispo-cout', ['typo'], [
    turn(
      'est ce que ca coute qqch au departement quand on prescrit prepa comp ? mon chef de service me demande qui paye au final',
      'dispositif',
      [
        [
          'sans contrepartie financière',
          'aucune contrepartie',
          'gratuit',
          'aucun coût',
          'sans coût',
          'pas de coût',
          'ne coûte rien',
          'sans frais',
        ],
        ['État', 'PIC', 'P.I.C', 'investissement dans les compétences'],
      ],
      NO_AMOUNT,
    ),
  ]),
  c('b92-dispo-remuneration', ['silent', 'two-questions'], [
    turn(
      'les gens en prepa comp ils sont remuneres pendant les jours a lafpa ? et ils gardent leur rsa ou pas',
      'dispositif',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-dispo-qui-oriente-promo', ['sms'], [
    turn(
      'qui peut orienter un jeune vers la promo 16 18 ? cest nous au cd ou la ML ou le CIO, jsp trop',
      'dispositif',
      [['mission locale', 'missions locales', 'CIO', 'C.I.O']],
    ),
  ]),
  c('b92-dispo-panda', ['typo'], [
    turn(
      'cest quoi panda ?? on men a parle en reunion d equipe ce matin et jai fais semblant de savoir',
      'dispositif',
      [['traçabilité', 'tracer', 'trace', 'suivi des parcours', 'plateforme']],
    ),
  ]),
  c('b92-dispo-vae-rsfp', ['typo'], [
    turn(
      'c quoi la difference entre la vae et la rsfp ? jai un salarie pec sans aucun diplome',
      'dispositif',
      [['RSFP', 'R.S.F.P', 'reconnaissance des savoir'], ['prérequis', 'pré-requis', 'pré requis']],
    ),
  ]),
  c('b92-dispo-fle', ['typo'], [
    turn(
      'jai un monsieur primo arrivant qui parle tres peu francais, il est motive pour bosser dans le batiment, lafpa a un truc pr ça ou pas ?',
      'dispositif',
      [['Français à visée professionnelle', 'Français langue étrangère', 'FLE', 'visée professionnelle']],
    ),
  ]),
  c('b92-dispo-promo-contenu', ['sms'], [
    turn(
      'a la promo ils font quoi les jeunes concretement ? ya du code de la route jai entendu c vrai',
      'dispositif',
      [['code de la route', 'code'], ['atelier', 'open badge', 'chantier solidaire', 'métiers']],
    ),
  ]),
  c('b92-dispo-pec-quand', ['typo'], [
    turn(
      'a quel moment du contrat pec on peut mobiliser comp pec ? le gars a signe y a 2 semaines seulement cest pas trop tot',
      'dispositif',
      [['signature', 'premiers mois', 'dès le début', 'début du contrat', 'début du parcours']],
    ),
  ]),
  c('b92-dispo-prepa-public', ['sms'], [
    turn(
      'prepa comp c pour qui en fait ? des gens qui ont deja un projet ou pas du tout ? jai bcp de brsa tres loin de lemploi',
      'dispositif',
      [['éloigné', 'éloignée'], ['projet']],
      ['13 semaines'],
    ),
  ]),
  c('b92-dispo-pec-portefeuille', ['typo'], [
    turn(
      'est ce quil y a un document a la fin de comp pec pr le salarie ? un truc quil peut montrer aux employeurs apres son contrat',
      'dispositif',
      [['portefeuille']],
    ),
  ]),
  c('b92-dispo-vae-etapes', ['sms'], [
    turn(
      'la vae dans comp pec ca se passe comment et cb de temps ? dossier, jury tout ca',
      'dispositif',
      [['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'], ['recevabilité', 'évaluation']],
    ),
  ]),
  c('b92-dispo-accord-duree', ['two-questions', 'typo'], [
    turn(
      'l accord cd afpa il court sur combien de temps et on peut le prolonger ? on ma dit quil etait fini',
      'dispositif',
      [['2 ans', 'deux ans'], ['avenant']],
    ),
  ]),
  c('b92-dispo-formation-apres-prepa', ['follow-up'], [
    turn(
      'une fois la prepa finie elle peut entrer en formation a lafpa seulement ou aussi dans un autre organisme ?',
      'dispositif',
      [['autre organisme', 'autres organismes', 'hors AFPA', 'hors A.F.P.A', 'ailleurs', 'un autre']],
    ),
    turn('ok et ya encore des places en soudeur a montauban ?', 'agenda', [seats(4), on('2027-02-01')], ['plaquiste']),
  ]),

  // ── agenda ──
  c('b92-agenda-infocoll-semaine', ['sms'], [
    turn(
      'ya une info coll prepa comp cette semaine ?? jai 2 personnes chaudes',
      'agenda',
      [on('2027-01-14'), MONTAUBAN],
      [...notOn('2027-01-21'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b92-agenda-jpo-moissac', ['follow-up'], [
    turn('prochaine jpo cest quand ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-01-07'), ...notOn('2027-02-03')]),
  ]),
  c('b92-agenda-castel-places', ['follow-up', 'typo'], [
    turn(
      'info coll prepa a castelsarassin c quand ? mon secteur cest castel et moissac',
      'agenda',
      [on('2027-01-21'), ['14h', '14:00', '14 h']],
      notOn('2027-01-14'),
    ),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b92-agenda-semaine-pro', ['sms'], [
    turn(
      'quest ce qui se passe a lafpa la semaine pro ? visites, info coll etc je veux orienter du monde',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b92-agenda-visite-soudure', ['typo'], [
    turn(
      'visite du plateau soudure cest quand ? jai un mr tres interesse par la soudure qui veut voir avant de se lancer',
      'agenda',
      [on('2027-01-19')],
      notOn('2027-03-10'),
    ),
  ]),
  c('b92-agenda-logistique', ['two-questions'], [
    turn(
      'la reunion metier logistique (cariste tout ca) c quel jour et ou ?',
      'agenda',
      [on('2027-01-26'), MONTAUBAN],
      notOn('2027-02-23'),
    ),
  ]),
  c('b92-agenda-batiment-caussade', ['follow-up'], [
    turn('la reunion batiment a caussade cest quel jour ?', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
    turn('cb de places ?', 'agenda', [seats(12)]),
  ]),
  c('b92-agenda-prepa-v2-places', ['follow-up'], [
    turn(
      'prochaines entrees prepa comp volet 2 ?',
      'agenda',
      [on('2027-01-25'), on('2027-02-15')],
      [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
    ),
    turn('il reste de la place ?', 'agenda', [FULL, seats(5)]),
  ]),
  c('b92-agenda-prepa-distance', ['typo'], [
    turn(
      'ya une session prepa comp a distance ? ma brsa a pas de voiture et habite a 40 km',
      'agenda',
      [on('2027-02-08'), REMOTE],
      notOn('2027-01-18'),
    ),
  ]),
  c('b92-agenda-pec-atelier2', ['two-questions'], [
    turn(
      'entree comp pec atelier 2 prochaine date et ya combien de places ?',
      'agenda',
      [on('2027-01-20'), seats(4)],
      notOn('2027-02-10'),
    ),
  ]),
  c('b92-agenda-pec-atelier3', ['sms'], [
    turn(
      'atelier 3 comp pec c qd ?',
      'agenda',
      [on('2027-02-10'), MONTAUBAN],
      [...notOn('2027-01-20'), ...notOn('2027-03-03')],
    ),
  ]),
  c('b92-agenda-promo-entree', ['follow-up'], [
    turn('la prochaine entree promo 16 18 c qd ?', 'agenda', [on('2027-02-01')]),
    turn(
      'et ya une info coll pr les jeunes et leurs parents ?',
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-03-04'), ...notOn('2027-02-11')],
    ),
  ]),
  c('b92-agenda-plaquiste', ['sms'], [
    turn('formation plaquiste ya de la place ?? jai un mr qui a fait du placo au noir 10 ans', 'agenda', [FULL]),
  ]),
  c('b92-agenda-macon', ['typo'], [
    turn('des places en macon a lafpa ? ca commence qd', 'agenda', [seats(3), on('2027-02-15')], ['plaquiste']),
  ]),
  c('b92-agenda-places-moissac', ['follow-up'], [
    turn(
      'quelles formations ont des places dispo a moissac ?',
      'agenda',
      [['propreté'], seats(7)],
      ['soudeur', 'cariste', 'maçon', 'plaquiste'],
    ),
    turn('et a castel ?', 'agenda', [['préparateur de commandes'], seats(5)], ['soudeur', 'propreté']),
  ]),
  c('b92-agenda-restauration', ['two-questions', 'typo'], [
    turn(
      'agent de restauration ya une session ? et cest ou ? ma beneficiaire a bosse en cantine',
      'agenda',
      [['Caussade'], seats(4), on('2027-03-15')],
    ),
  ]),
  c('b92-agenda-pec-moissac', ['typo'], [
    turn(
      'info coll comp pec ? un employeur de moissac veut venir avec sa salariee en PEC',
      'agenda',
      [on('2027-02-09'), ['Moissac']],
    ),
  ]),
  c('b92-agenda-jpo-ratee', ['sms'], [
    turn(
      'jai rate la jpo de jeudi dernier grr, ya en aura une autre ?',
      'agenda',
      [[...on('2027-02-03'), ...on('2027-02-17')]],
    ),
  ]),
  c('b92-agenda-prepa-moissac', ['typo'], [
    turn(
      'prepa volet1 a moissac ya une session de prevue ?',
      'agenda',
      [on('2027-03-08')],
      [...notOn('2027-01-18'), ...notOn('2027-02-08')],
    ),
  ]),
  c('b92-agenda-cariste', ['two-questions', 'sms'], [
    turn('cariste places ? debut quand ?', 'agenda', [seats(6), on('2027-01-27')], ['plaquiste']),
  ]),
  c('b92-agenda-electricien', ['follow-up'], [
    turn(
      'formation electricien batiment ya de la place ? le jeune a 24 ans et un cap elec',
      'agenda',
      [seats(2), on('2027-03-08')],
    ),
    turn('et la visite de latelier elec avant ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),

  // ── eligibility ──
  c('b92-elig-rsa-non-ft', ['typo'], [
    turn(
      'Mme B 42 ans au rsa depuis 3 ans pas inscrite a FT, elle voudrais faire aide a domicile mais elle sait pas trop, elle peut faire prepa comp ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
  ]),
  c('b92-elig-ase-15', ['follow-up'], [
    turn(
      'jeune ASE 15 ans et demi, decroche du college depuis la rentree, il peut faire la promo 1618 ?',
      'eligibility',
      [NOT_ELIGIBLE, ['16 ans', '16 à 18 ans', 'à partir de 16']],
      POSITIVE_WORDS,
    ),
    turn('et dans 6 mois quand il aura 16 ?', 'eligibility', [ELIGIBLE], NEGATIVE_WORDS),
  ]),
  c('b92-elig-ase-17', ['sms'], [
    turn(
      'un jeune confie a l ase 17 ans, plus rien depuis octobre ni ecole ni taf, la promo 16 18 c possible ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
  ]),
  c('b92-elig-ml-20', ['typo'], [
    turn(
      'jeune 20 ans suivi ML sans diplome il peut aller a la promo 16/18 ? il est motivé',
      'eligibility',
      [NOT_ELIGIBLE, ['mineur', '16 à 18', '16 et 18', 'moins de 18', '18 ans']],
      POSITIVE_WORDS,
    ),
  ]),
  c('b92-elig-apprenti', ['sms'], [
    turn(
      'jeune 16 ans en apprentissage en boulangerie, pour linstant il y est encore mais ca se passe mal, promo 1618 pr lui ?',
      'eligibility',
      [
        [
          ...NOT_ELIGIBLE,
          'ni en formation',
          'pas en formation',
          'ne travaillent pas',
          'ne travaille pas',
          'ni en emploi',
          'sans emploi ni formation',
          'décroch',
        ],
      ],
      POSITIVE_WORDS,
    ),
  ]),
  c('b92-elig-pec-rsa', ['follow-up'], [
    turn(
      'mr K brsa 51 ans en PEC a la mairie depuis 2 mois comme agent espaces verts, comp pec cest pour lui ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
    turn('il faut que je demande a son employeur ?', 'prescribe', [['employeur'], ['accord']]),
    turn(
      'autre chose il sait a peine lire, la vae ca va etre chaud non ?',
      'dispositif',
      [['RSFP', 'R.S.F.P', 'reconnaissance des savoir', 'CléA', 'Clea']],
    ),
  ]),
  c('b92-elig-cddi', ['typo'], [
    turn(
      'Mme T au rsa en cddi dans un chantier d insertion (cest pas un PEC) elle peut faire comp pec ?',
      'eligibility',
      [NOT_ELIGIBLE, ['PEC', 'P.E.C', 'parcours emploi']],
      ['elle est éligible à compétences pec', 'elle est éligible à compétences p.e.c', 'est bien éligible à compétences'],
    ),
  ]),
  c('b92-elig-ass-ft', ['sms'], [
    turn(
      'un monsieur a l ASS pas au rsa, suivi par FT, je peux lui prescrire prepa comp moi ?',
      'eligibility',
      [['France Travail', 'Pôle emploi'], ['RSA', 'allocataire']],
    ),
  ]),
  c('b92-elig-rsa-inscrit-ft', ['typo'], [
    turn(
      'BRSA inscrit FT depuis longtemps, 58 ans, ca bloque pour prepa comp ou cest ok ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
  ]),
  c('b92-elig-lyceen', ['sms'], [
    turn(
      'jeune 17 ans toujours inscrit au lycee pro mais il y va 1 jour sur 2, la promo 1618 ca peut le faire ?',
      'eligibility',
      [[...NOT_ELIGIBLE, 'quitté', 'décroch', 'ni en formation', 'pas en formation', 'scolarisé']],
      POSITIVE_WORDS,
    ),
  ]),
  c('b92-elig-rqth', ['typo'], [
    turn(
      'Mme L rsa avec une RQTH, elle peut faire prepa comp ou faut obligatoirement passer par cap emploi ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
  ]),
  c('b92-elig-deux-situations', ['two-questions', 'follow-up'], [
    turn(
      'jai 2 situations: 1) Mr A 29 ans RSA veut devenir cariste mais a jamais fait de formation 2) sa soeur 16 ans sortie du college en juin sans rien ni taf. c quoi pour chacun ?',
      'eligibility',
      [PREPA_NAME, PROMO_NAME],
    ),
    turn('pour mr A ya une reunion metier logistique bientot ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    turn(
      'et la soeur elle peut venir a l info coll de mars avec ses parents ?',
      'agenda',
      [on('2027-03-17')],
      notOn('2027-03-04'),
    ),
  ]),
  c('b92-elig-ml-17', ['sms'], [
    turn(
      'ma collegue de la ML a un jeune de 17 ans sans rien depuis juin, elle me demande si elle peut l envoyer a la promo',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
  ]),
  c('b92-elig-couple', ['two-questions'], [
    turn(
      'couple au rsa, lui en PEC depuis 1 mois dans une asso, elle sans emploi avec un projet flou. quoi pour chacun dans laccord ?',
      'eligibility',
      [PEC_NAME, PREPA_NAME],
    ),
  ]),
  c('b92-elig-ase-19', ['sms'], [
    turn(
      'jeune majeur ase (contrat jeune majeur) 19 ans, la promo 16 18 cest jouable ?',
      'eligibility',
      [NOT_ELIGIBLE],
      POSITIVE_WORDS,
    ),
  ]),
  c('b92-elig-rsa-return', ['follow-up'], [
    turn(
      'bjr, Mme S 37 ans brsa, ancienne caissiere, veut se reconvertir en logistique mais a peur de la formation longue, prepa comp ca lui irait ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
    turn(
      'elle habite castel, ya une info coll pres de chez elle ?',
      'agenda',
      [on('2027-01-21')],
      notOn('2027-03-04'),
    ),
    turn(
      'au fait pour Mme S, elle a un bebe, qui paye la garde pdt la prepa ?',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),

  // ── out_of_scope ──
  c('b92-oos-logement', ['typo'], [
    turn(
      'Mme D est hebergee chez sa soeur depuis 6 mois elle cherche un logement, lafpa ou le cd peut laider dans le cadre de laccord ?',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),
  c('b92-oos-permis', ['sms'], [
    turn(
      'est ce que laccord finance le permis de conduire ? mon jeune de la promo en a besoin pr trouver un apprentissage',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-oos-garde', ['typo'], [
    turn(
      'elle a 3 enfants dont un bebe, qui garde pendant la prepa ? ya une aide creche ou nounou prevue ?',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-oos-montant-rsa', ['sms'], [
    turn(
      'le rsa il passe a combien pr une personne seule cette annee ? la dame me demande et jsuis pas sure',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-oos-cumul-caf', ['typo'], [
    turn(
      'si il bosse en PEC il perd son rsa ? la caf calcule comment la prime d activite',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-oos-transport', ['sms'], [
    turn(
      'les frais de transport pour aller a montauban sont rembourses ? ou ya des bons carburant',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-oos-hebergement-promo', ['two-questions', 'typo'], [
    turn(
      'pendant la periode de mobilite de la promo le jeune dort ou ? et cest payant pour la famille ?',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-oos-remuneration-region', ['typo'], [
    turn(
      'pendant la formation soudeur il sera paye combien par la region ? il a 2 enfants',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-oos-cantine', ['follow-up'], [
    turn(
      'prepa comp volet 1 cest combien de jours deja ?',
      'dispositif',
      [VOLET1_DURATION],
      ['13 semaines', ...PEC_DURATION],
    ),
    turn('et le midi ils mangent ou, la cantine de lafpa c gratuit ?', 'out_of_scope', [NOT_COVERED], NO_AMOUNT),
  ]),
  c('b92-oos-aah', ['typo'], [
    turn(
      'elle a une RQTH et elle touche laah, ca change quoi pr ses droits si elle entre en formation a lafpa ?',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b92-oos-demande-rsa', ['sms'], [
    turn(
      'comment on fait une demande de rsa pour un jeune couple qui arrive sur le departement ?',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),

  // ── contact ──
  c('b92-contact-prepa', ['sms'], [
    turn(
      'c qui le contact a lafpa pour les prescriptions prepa comp ? jai personne dans mes contacts',
      'contact',
      [BATTEDOU],
    ),
  ]),
  c('b92-contact-coordo', ['typo'], [
    turn('qui est le coordonateur departemental des dispositifs ?', 'contact', [['Vella'], ['directeur']]),
  ]),
  c('b92-contact-numero', ['follow-up'], [
    turn('qui je dois appeler a lafpa pr la promo 16 18 ?', 'contact', [BATTEDOU]),
    turn('tu as son num ou son mail ?', 'contact', [NOT_COVERED], ['@']),
  ]),
  c('b92-contact-panda', ['sms'], [
    turn(
      'pour avoir un acces a panda je demande a qui ? jai pas de login',
      'contact',
      [['AFPA', 'A.F.P.A'], ['habilit']],
    ),
  ]),
  c('b92-contact-referent-cd', ['typo'], [
    turn(
      'cote departement qui est le referent de lexperimentation ? cest mon chef de service ?',
      'contact',
      [['désign', 'référent de l', 'référente', 'interlocut']],
    ),
  ]),
  c('b92-contact-suivi-accord', ['two-questions'], [
    turn(
      'qui suit laccord de partenariat cote afpa et cote departement ?',
      'contact',
      [['Vella'], ['Weill', 'Président']],
    ),
  ]),
  c('b92-contact-presentation-equipe', ['sms'], [
    turn(
      'lafpa vient presenter ses actions a notre equipe insertion ? ca arrive tous les combien',
      'contact',
      [['semestre', 'semestriel', 'deux fois par an', '2 fois par an']],
    ),
  ]),
  c('b92-contact-copil', ['typo'], [
    turn('le copil de laccord il se reunit tous les combien ?', 'contact', [
      ['1 fois par an', 'une fois par an', 'annuel', 'au moins une fois', 'chaque année', 'par an'],
    ]),
  ]),
  // ── figures ──
  c('b92-fig-objectif-prepa', ['sms'], [
    turn('lobjectif 2022 cetait combien de brsa en prepa comp ?', 'figures', [
      [' 30 ', 'trente', '30 allocataires', '30 BRSA', '30 bénéficiaires', '30 personnes', ': 30'],
    ]),
  ]),
  c('b92-fig-objectifs-pec-promo', ['two-questions'], [
    turn('et pour comp pec et la promo 1618 c combien les objectifs ?', 'figures', [
      [' 50 ', 'cinquante', '50 allocataires', '50 bénéficiaires', '50 personnes', ': 50'],
      [' 10 ', 'dix jeunes', '10 jeunes', '10 personnes', ': 10'],
    ]),
  ]),
  c('b92-fig-realise', ['typo'], [
    turn(
      'on en est ou cette annee, combien de personnes sont entrees en prepa comp depuis janvier ?',
      'figures',
      [NOT_YET],
    ),
  ]),
  c('b92-fig-indicateurs-reunions', ['sms'], [
    turn('quels indicateurs on suit pour les reunions metier et les formations ?', 'figures', [
      ['présent', 'nombre'],
      ['taux de réussite', 'taux de sortie', 'entrés en formation', 'entrées en formation', 'examens'],
    ]),
  ]),
  c('b92-fig-promo-national', ['typo'], [
    turn('la promo 16 18 ca marche vraiment ? ya des objectifs de resultat au national ?', 'figures', [
      ['70', '35 000', '35000'],
    ]),
  ]),
  c('b92-fig-remontee', ['two-questions', 'typo'], [
    turn('les chiffres ils remontent ou et a quel rythme ?', 'figures', [
      ['DGEFP', 'D.G.E.F.P'],
      ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
    ]),
  ]),
  c('b92-fig-ase', ['follow-up'], [
    turn(
      'lobjectif de jeunes ase orientes vers la promo cetait cb ?',
      'figures',
      [[' 10 ', 'dix jeunes', '10 jeunes', '10 personnes', ': 10']],
    ),
    turn('et on en a oriente combien pour linstant ?', 'figures', [NOT_YET]),
  ]),

  // ── prescribe ──
  c('b92-presc-prepa', ['sms'], [
    turn(
      'je veux prescrire prepa comp pour une de mes brsa comment je fais concretement ?',
      'prescribe',
      [PRESCRIBE],
    ),
  ]),
  c('b92-presc-pec', ['typo'], [
    turn(
      'je voudrais prescire comp pec pour un salarie en pec chez un paysagiste, c quoi les etapes ?',
      'prescribe',
      [PRESCRIBE, ['employeur']],
    ),
  ]),
  c('b92-presc-promo-panda', ['sms'], [
    turn(
      'comment inscrire un jeune ase a la promo ? cest moi qui le fait sur panda ?',
      'prescribe',
      [['PANDA', 'formulaire']],
    ),
  ]),
  c('b92-presc-annule', ['follow-up'], [
    turn('je voudrais faire une prescription', 'prescribe', [PRESCRIBE]),
    turn('en fait laisse tomber annule', 'other', [CANCEL]),
  ]),
  c('b92-presc-after-elig', ['follow-up'], [
    turn(
      'mme V 45 ans rsa non inscrite FT, veut reprendre une formation mais pas confiance en elle, prepa comp ok ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
    turn('ok je la prescris comment ?', 'prescribe', [PRESCRIBE]),
  ]),
  c('b92-presc-adhesion', ['typo'], [
    turn(
      'est ce que je dois avoir laccord de la personne avant de la prescrire ? elle est pas trop partante',
      'prescribe',
      [['adhésion', 'accord', 'accepte', 'consentement']],
    ),
  ]),
  c('b92-presc-direct', ['sms'], [
    turn(
      'je peux la prescrire directement moi ou faut passer par FT ? elle est pas inscrite',
      'prescribe',
      [['directement', 'direct']],
    ),
  ]),
  c('b92-presc-session', ['two-questions'], [
    turn(
      'je veux prescrire sur la session prepa volet 1 du 18 janvier a montauban, ya encore de la place et je fais comment ?',
      'prescribe',
      [PRESCRIBE, seats(6)],
    ),
  ]),
  // ── other ──
  c('b92-other-bjr', ['sms'], [turn('bjr', 'other', [GREETING])]),
  c('b92-other-a-quoi-sert', ['sms'], [turn('tu sers a quoi en fait ?', 'other', [HELP])]),
  c('b92-other-merci', ['sms'], [turn('merci bcp !!', 'other', [THANKS])]),
  c('b92-other-annule', [], [turn('annule', 'other', [CANCEL])]),
  c('b92-other-greet-then-question', ['follow-up'], [
    turn('salut !', 'other', [GREETING]),
    turn('la promo 16 18 ca dure combien ?', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
  ]),
  c('b92-other-nouvelle', ['typo'], [
    turn(
      'salut je suis nouvelle au service insertion depuis lundi, par quoi je commence avec toi ?',
      'other',
      [HELP],
    ),
  ]),
  c('b92-other-bonne-journee', ['sms'], [turn('ok merci bonne journee', 'other', [THANKS])]),

  // ── more mixed conversations ──
  c('b92-mix-prepa-then-agenda', ['follow-up'], [
    turn(
      'prepa comp volet 2 cest pour qui exactement ? une dame qui a deja un projet d auxiliaire de vie et qui veut entrer en formation',
      'dispositif',
      [['sécuris', 'entrée en formation'], VOLET2_DURATION],
      ['13 semaines'],
    ),
    turn('ok la prochaine session volet 2 a castel ?', 'agenda', [on('2027-02-15'), seats(5)], notOn('2027-01-25')),
  ]),
  c('b92-mix-pec-etapes-agenda', ['follow-up', 'two-questions'], [
    turn(
      'comp pec la premiere etape cest quoi et cest qui qui inscrit sur la plateforme ?',
      'dispositif',
      [['demi-journée', 'première rencontre', 'inscription'], ['conseiller', 'référent']],
    ),
    turn('et le prochain atelier 2 a distance ?', 'agenda', [on('2027-03-03'), REMOTE], notOn('2027-01-20')),
  ]),
  c('b92-mix-promo-elig-agenda', ['follow-up'], [
    turn(
      'jai une jeune ase de 16 ans et demi, en foyer, qui a arrete le lycee en septembre, promo 1618 ok ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
    turn('ca commence quand la prochaine ?', 'agenda', [on('2027-02-01')]),
    turn('ya encore de la place ?', 'agenda', [seats(10)]),
  ]),
  c('b92-mix-contact-then-oos', ['follow-up'], [
    turn(
      'cest qui la personne a lafpa en charge du deploiement de prepa comp pec et promo ?',
      'contact',
      [BATTEDOU],
    ),
    turn(
      'et elle peut maider pour trouver un appart a ma beneficiaire ?',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),
  c('b92-mix-places-then-prescribe', ['follow-up'], [
    turn(
      'ya des places en agent de proprete ? jai une dame a moissac qui a fait du menage en hotel',
      'agenda',
      [seats(7), ['Moissac']],
    ),
    turn('comment je l oriente dessus ? elle est au rsa', 'prescribe', [
      [...PRESCRIBE, 'Info Places', 'Conseil régional', 'Région', 'France Travail', ...NOT_COVERED],
    ]),
  ]),
  c('b92-mix-two-questions-prepa-pec', ['two-questions', 'typo'], [
    turn(
      'dsl question bete mais prepa comp et comp pec cest la meme chose ? et lequel dure le plus longtemps',
      'dispositif',
      [PREPA_DURATION, PEC_DURATION],
      ['13 semaines'],
    ),
  ]),
  c('b92-mix-infocoll-promo-parents', ['two-questions', 'sms'], [
    turn(
      'info coll promo 16 18 cest quand et les parents peuvent venir ?',
      'agenda',
      [on('2027-03-17'), ['parents']],
      notOn('2027-03-04'),
    ),
  ]),
  c('b92-mix-oos-then-dispo', ['follow-up'], [
    turn(
      'mr P 33 ans rsa veut passer le caces mais il a pas de sous, laccord paye le caces ?',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
    turn('ok et la formation cariste a lafpa il y a de la place ?', 'agenda', [seats(6)], ['plaquiste']),
  ]),
  c('b92-mix-return-person', ['follow-up'], [
    turn(
      'Mr J 48 ans brsa, ancien macon, dos casse il peut plus porter, il voudrait faire valider ses 20 ans de batiment. on fait quoi ?',
      'dispositif',
      [['VAE', 'V.A.E', 'validation des acquis']],
    ),
    turn('il est pas en PEC par contre, ca change quoi ?', 'eligibility', [
      [...NOT_ELIGIBLE, 'PEC', 'P.E.C', 'parcours emploi'],
    ]),
    turn(
      'et pr Mr J, il peut faire une prepa comp pour trouver un autre metier ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE_WORDS,
    ),
  ]),
];
