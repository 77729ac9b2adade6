/**
 * Seventy-seventh blind set. Who speaks: experienced référents insertion of the Département
 * (CD82) and the AFPA coordinator of the Montauban centre, typing fast in Teams: jargon and
 * abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, ASE, info coll, JPO), no accents,
 * typos, SMS style, two questions in one message, corrections and follow-ups that only make
 * sense after the previous answer, and questions the agreement does not settle.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its 2022-2023 action plan and the protocol of the three programmes), the product
 * guide and the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris),
 * without looking at the bot's code or at the other sets.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '2 a 8 jours',
];
const OVER_TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 et 6 jours', 'cinq à six jours', 'cinq et six jours', '5-6 jours', '5 à 6 j'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', 'quatre et huit jours', '4-8 jours', '4 à 8 j'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MONDAY_TO_THURSDAY = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'du lundi'];

const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'aucun frais',
  'ne coûte rien',
  'rien à payer',
];
const STATE_FUNDING = [
  'état',
  'pic',
  'p.i.c',
  'investissement dans les compétences',
  'plan d’investissement',
  "plan d'investissement",
];

const MONTAUBAN = ['montauban'];
const CASTELSARRASIN = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];
const MIXED = ['mixte', 'hybride', 'présentiel et à distance', 'distance et présentiel', 'présentiel et distanciel'];
const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune',
  'zéro place',
];

const FRANCE_TRAVAIL = ['france travail', 'pôle emploi', 'pole emploi'];
const MISSION_LOCALE = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const REFERENT = ['référent', 'referent', 'conseiller'];

/** The agreement (or the bot) says it does not cover, settle or know this. */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne précise pas',
  'ne précise rien',
  'hors',
  'pas prévu',
  'non prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'aucune info',
  'pas d’information',
  "pas d'information",
  'pas d’info',
  "pas d'info",
  'ne mentionne pas',
  'pas mentionné',
  'aucune mention',
  'ne traite pas',
  'ne parle pas',
  'ne contient pas',
  'ne fixe pas',
  'pas précisé',
  'rien sur',
  'ne règle pas',
  'ne figure pas',
  'ne dispose pas',
  'ne porte pas',
  'ne donne pas',
  'ne détaille pas',
  'pas indiqué',
  'n’indique pas',
  "n'indique pas",
  'n’aborde pas',
  "n'aborde pas",
  'aucune donnée',
  'ne sais pas',
  'ne répond pas',
  'pas de réponse',
];
/** Out of scope, for questions that have nothing to do with the agreement at all. */
const OUT_OF_SCOPE = [
  ...NOT_COVERED,
  'uniquement',
  'seulement',
  'ne peux pas',
  'pas en mesure',
  'périmètre',
  'je réponds',
  'je peux vous aider',
  'je peux vous renseigner',
];
/** Figures that the store does not hold yet. */
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de',
  'aucun chiffre',
  'pas de chiffre',
  'aucune donnée',
  'pas de donnée',
  'aucune entrée',
  'aucune prescription',
  'aucun résultat',
  'pas de résultat',
  'ne dispose pas',
  'pas connu',
  'pas encore',
  'zéro',
  ': 0',
  ' 0 ',
  '0/',
  '0 sur',
];

const ELIGIBLE = [
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut y entrer',
  'peut y accéder',
  'peut accéder',
  'peut suivre',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'oui',
  'possible',
  'remplit les conditions',
  'entre dans',
];
const NOT_A_YES = ['pas éligible', 'non éligible', 'inéligible', 'n’est pas possible', "n'est pas possible"];
const NOT_ELIGIBLE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pourrait pas',
  'pas possible',
  'impossible',
  'ne relève pas',
  'pas concerné',
  'ne correspond pas',
  'ne remplit pas',
  'réservé',
  'pas accessible',
  'ne peut être',
  'pas ouvert',
  'exclu',
  'trop jeune',
  'trop âgé',
  'hors critère',
  'ne s’adresse pas',
  "ne s'adresse pas",
  'ne rentre pas',
  'pas dans le public',
  'ne fait pas partie',
];
const NOT_A_NO = ['est bien éligible', 'peut tout à fait', 'oui, il est', 'oui, elle est', 'oui il est', 'oui elle est'];

const PRESCRIPTION_STEPS = [
  'formulaire',
  'fiche de prescription',
  'panda',
  'inscri',
  'adhésion',
  'prescription',
];
const CANCELLED = [
  'annul',
  'arrêt',
  'abandon',
  'd’accord',
  "d'accord",
  'entendu',
  'pas de souci',
  'c’est noté',
  "c'est noté",
  'ok',
];
const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue'];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'prépa', 'question'];

// ── dispositif ─────────────────────────────────────────────────────────────

const DISPOSITIF: ConversationCase[] = [
  c('b77-disp-prepa-pour-qui', ['two-questions'], [
    turn('cest quoi prepa comp en 2 mots et c pour qui exactement ?', 'dispositif', [
      ['rsa', 'allocataire', 'eloign', 'peu ou pas qualifi', 'demandeur'],
      ['projet', 'formation'],
    ]),
  ]),
  c('b77-disp-prepa-duree', ['sms', 'two-questions'], [
    turn('duree prepa comp stp, sur combien de temps ca s etale ?', 'dispositif', [PREPA_DURATION, OVER_TWO_WEEKS], ['13 semaines', 'treize semaines']),
  ]),
  c('b77-disp-prepa-volet-correction', ['correction'], [
    turn('prepa comp volet 2 ca dure cb', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
    turn('pardon je voulais dire le volet 1', 'dispositif', [VOLET1_DURATION], ['13 semaines']),
  ]),
  c('b77-disp-prepa-volets-diff', ['jargon'], [
    turn('c koi la diff entre volet 1 et volet 2 de la prepa ? jai un monsieur qui hesite', 'dispositif', [
      ['projet'],
      ['entrée en formation', 'entrée de formation', 'sécuris', 'sécurisation'],
    ]),
  ]),
  c('b77-disp-prepa-modalite-lieu', ['two-questions'], [
    turn('prepa c en presentiel ou distanciel ?? et ca se passe ou', 'dispositif', [
      ['distance', 'distanciel'],
      ['montauban', 'centre afpa', 'centre a.f.p.a'],
    ]),
  ]),
  c('b77-disp-pec-duree', ['two-questions'], [
    turn(
      'competences PEC ca dure combien ? c etalé sur la duree du contrat ou c d un bloc ?',
      'dispositif',
      [PEC_DURATION, ['durée du p.e.c', 'durée du pec', 'durée du contrat', 'réparti', 'au long du', 'étalé']],
      ['2 à 8 jours', '13 semaines'],
    ),
  ]),
  c('b77-disp-pec-certifs', ['jargon'], [
    turn('PEC: quelles certifs possibles au bout ? ma salariee est en PEC en ehpad', 'dispositif', [
      ['vae', 'v.a.e', 'validation des acquis'],
      ['rsfp', 'r.s.f.p', 'savoir-faire'],
      ['clea', 'cléa'],
    ]),
  ]),
  c('b77-disp-pec-phases', ['follow-up'], [
    turn('compétences pec c combien de phases ?', 'dispositif', [['5 phases', 'cinq phases', '5 étapes', 'cinq étapes']]),
    turn('et la phase 2 c quoi exactement', 'dispositif', [
      ['6 ateliers', 'six ateliers'],
      ['demi-journée', 'demi journée'],
    ]),
  ]),
  c('b77-disp-pec-vae-jours', ['sms'], [
    turn('la vae ds comp pec c cb de jours', 'dispositif', [
      ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
    ]),
  ]),
  c('b77-disp-pec-quand', [], [
    turn('a quel moment du contrat PEC on peut mobiliser comp pec ? mon gars a signé il y a 8 mois', 'dispositif', [
      ['dès la signature', 'signature du contrat', 'premiers mois', 'dès le début'],
    ]),
  ]),
  c('b77-disp-promo-duree-jours', ['two-questions'], [
    turn(
      'promo 1618 duree totale + c quels jours de presence ?',
      'dispositif',
      [PROMO_DURATION, MONDAY_TO_THURSDAY],
      ['2 à 8 jours'],
    ),
  ]),
  c('b77-disp-promo-phases-suivi', ['follow-up'], [
    turn('promo 16 18 c quoi les phases', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['suite'],
    ]),
    turn('et la phase d engagement ca dure ?', 'dispositif', [['1 semaine', 'une semaine']], ['13 semaines']),
    turn('et apres la sortie y a un suivi ?', 'dispositif', [['6 mois', 'six mois'], MISSION_LOCALE]),
  ]),
  c('b77-disp-promo-max', [], [
    turn('la promo peut deborder au dela des 13 sem si le jeune a besoin de souffler entre 2 phases ?', 'dispositif', [
      PROMO_MAX,
    ]),
  ]),
  c('b77-disp-promo-code', ['sms'], [
    turn('promo 1618 ils passent le code ??', 'dispositif', [['code de la route', 'code la route']]),
  ]),
  c('b77-disp-cout-financeur', ['two-questions'], [
    turn('ca coute qqch au CD de prescrire une prepa ? qui paie au final ?', 'dispositif', [FREE, STATE_FUNDING]),
  ]),
  c('b77-disp-remuneration', ['silent'], [
    turn(
      'les BRSA sont remunérés pendant la prepa comp ?? un monsieur me demande sil garde son rsa + une indemnite',
      'dispositif',
      [NOT_COVERED],
    ),
  ]),
  c('b77-disp-bilan', ['two-questions'], [
    turn('bilan individuel: qui l envoie et quand ?', 'dispositif', [
      ['afpa', 'a.f.p.a'],
      ['fin du parcours', 'fin de parcours', 'à la fin', 'à l’issue', "à l'issue", 'en fin'],
    ]),
  ]),
  c('b77-disp-bilan-promo', ['follow-up', 'silent'], [
    turn('on recoit un bilan a la fin de prepa ?', 'dispositif', [['bilan'], REFERENT]),
    turn('et pour la promo ?', 'dispositif', [[...NOT_COVERED, 'uniquement', 'seulement', 'réservé', 'pas de bilan']]),
  ]),
  c('b77-disp-lieu', ['two-questions'], [
    turn('ca se passe ou les dispositifs ? que montauban ? mes BRSA de valence ont pas le permis', 'dispositif', [
      MONTAUBAN,
      ['délocalis', 'ensemble du département', 'tout le département', 'ailleurs', 'autres communes'],
    ]),
  ]),
  c('b77-disp-campagne', ['two-questions'], [
    turn(
      'jusqu a quand on peut faire entrer des BRSA ? et la convention elle court jusqu a quand',
      'dispositif',
      [
        ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 déc 2022', 'fin 2022'],
        ['2 ans', 'deux ans', 'avenant', '2023'],
      ],
    ),
  ]),
  c('b77-disp-reporting', ['two-questions', 'coordinator'], [
    turn(
      'cote afpa on envoie quoi a la DGEFP et a quel rythme ? (je suis la coordo, je reprends le dossier)',
      'dispositif',
      [
        ['tableau de bord', 'bilan', 'indicateur'],
        ['mensuel', 'chaque mois', 'tous les mois', 'trimestri'],
      ],
    ),
  ]),
  c('b77-disp-copil', [], [
    turn('le copil de l accord il se reunit cb de fois', 'dispositif', [
      ['1 fois par an', 'une fois par an', 'au moins une fois', 'annuel', 'chaque année', 'par an'],
    ]),
  ]),
  c('b77-disp-convention-resiliation', ['two-questions'], [
    turn('la convention CD/AFPA c pour combien de temps ? et si on veut en sortir y a un preavis ?', 'dispositif', [
      ['2 ans', 'deux ans'],
      ['2 mois', 'deux mois'],
    ]),
  ]),
  c('b77-disp-ddets', ['coordinator'], [
    turn('coordo afpa: le bilan annuel departemental je l envoie a qui ?', 'dispositif', [
      ['ddets', 'd.d.e.t.s'],
    ]),
  ]),
];

// ── agenda ─────────────────────────────────────────────────────────────────

const AGENDA: ConversationCase[] = [
  c('b77-agenda-infocoll-castel-places', ['follow-up'], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07')),
    turn('et a castel ?', 'agenda', [on('2027-01-21'), CASTELSARRASIN], [...notOn('2027-01-14'), ...notOn('2027-02-11')]),
    turn('il reste de la place ?', 'agenda', [seats(12)], seats(15)),
  ]),
  c('b77-agenda-jpo-moissac', ['follow-up'], [
    turn('JPO afpa c quand la prochaine', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), MOISSAC], notOn('2027-01-07')),
  ]),
  c('b77-agenda-visite-soudure', ['two-questions'], [
    turn('visite plateau soudure c quand ? cb de places, jai 2 BRSA interessés', 'agenda', [
      on('2027-01-19'),
      seats(8),
    ]),
  ]),
  c('b77-agenda-reunion-batiment', ['two-questions'], [
    turn('reunion metier batiment c quand et ou', 'agenda', [on('2027-02-23'), CAUSSADE], notOn('2027-01-26')),
  ]),
  c('b77-agenda-reunion-logistique', ['follow-up'], [
    turn(
      'y a une reunion metiers logistique bientot ? cariste / prepa de cde, j ai un jeune BRSA motivé',
      'agenda',
      [on('2027-01-26'), MONTAUBAN],
      notOn('2027-02-23'),
    ),
    turn('cb de places ?', 'agenda', [seats(15)], seats(12)),
  ]),
  c('b77-agenda-prepa-v1-distance', ['follow-up'], [
    turn('prochaine entree prepa volet 1', 'agenda', [on('2027-01-18'), MONTAUBAN]),
    turn('a distance ya ?', 'agenda', [on('2027-02-08'), DISTANCE], notOn('2027-01-18')),
    turn('cb de places', 'agenda', [seats(8)], seats(6)),
  ]),
  c('b77-agenda-prepa-v2-complet', ['follow-up'], [
    turn('volet 2 du 25/01 reste de la place ?', 'agenda', [FULL]),
    turn('ok et la suivante ?', 'agenda', [on('2027-02-15'), CASTELSARRASIN], notOn('2027-01-25')),
  ]),
  c('b77-agenda-pec-atelier2', ['follow-up', 'two-questions'], [
    turn('entree comp PEC atelier 2 ?', 'agenda', [on('2027-01-20'), MONTAUBAN]),
    turn('et en distanciel ? cb de places', 'agenda', [on('2027-03-03'), seats(3)], seats(4)),
  ]),
  c('b77-agenda-pec-atelier3', [], [
    turn('atelier 3 pec prochaine date stp', 'agenda', [on('2027-02-10')], notOn('2027-01-20')),
  ]),
  c('b77-agenda-promo-entree', ['two-questions'], [
    turn('promo 1618 prochaine entree ? ya des places ?', 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b77-agenda-promo-infocoll', [], [
    turn('info coll promo pour les jeunes + parents c quand ?', 'agenda', [
      on('2027-03-17'),
      ['14h', '14 h', '14:00'],
    ]),
  ]),
  c('b77-agenda-places-batiment', ['follow-up'], [
    turn('info places soudeur ?', 'agenda', [seats(4), on('2027-02-01')], ['plaquiste', 'cariste']),
    turn('et macon ?', 'agenda', [seats(3), on('2027-02-15')], ['plaquiste', 'cariste']),
    turn('et plaquiste ?', 'agenda', [FULL], ['cariste']),
  ]),
  c('b77-agenda-places-logistique', ['two-questions'], [
    turn('places cariste et prepa de commandes ?', 'agenda', [seats(6), seats(5), CASTELSARRASIN], [
      'plaquiste',
      'soudeur',
    ]),
  ]),
  c('b77-agenda-places-elec', ['two-questions'], [
    turn('y a de la place en electricien ? ca commence quand', 'agenda', [seats(2), on('2027-03-08')], [
      'plaquiste',
      'soudeur',
    ]),
  ]),
  c('b77-agenda-places-restauration', [], [
    turn('formation agent de restau a caussade ? ca demarre quand', 'agenda', [
      on('2027-03-15'),
      CAUSSADE,
    ], ['plaquiste', 'soudeur']),
  ]),
  c('b77-agenda-cette-semaine', [], [
    turn('quoi de prevu cette semaine', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
  ]),
  c('b77-agenda-semaine-pro', [], [
    turn('semaine pro ya quoi a l afpa', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b77-agenda-moissac-modalite', ['follow-up'], [
    turn('ya qqch a moissac ?', 'agenda', [
      [...on('2027-02-09'), ...on('2027-02-17'), ...on('2027-03-08')],
      MOISSAC,
    ], notOn('2027-01-21')),
    turn('la session prepa de moissac c en presentiel ?', 'agenda', [MIXED]),
  ]),
  c('b77-agenda-mars', [], [
    turn('events en mars ?', 'agenda', [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')], notOn('2027-02-23')),
  ]),
  c('b77-agenda-infocoll-pec', [], [
    turn('info coll PEC ? pour mes salaries en PEC et leurs employeurs', 'agenda', [on('2027-02-09'), MOISSAC], [
      ...notOn('2027-01-14'),
    ]),
  ]),
  c('b77-agenda-prepa-presentiel-places', [], [
    turn(
      'prochaine session prepa en presentiel a montauban ou il reste de la place ? cest pour une dame sans ordi',
      'agenda',
      [on('2027-01-18'), seats(6)],
    ),
  ]),
  c('b77-agenda-infocoll-et-jpo', ['two-questions'], [
    turn('prochaine info coll prepa et prochaine jpo ?', 'agenda', [on('2027-01-14'), on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b77-agenda-promo-modalite', ['follow-up'], [
    turn('la session promo de fevrier c ou ?', 'agenda', [MONTAUBAN, on('2027-02-01')]),
    turn('en presentiel ou a distance ?', 'agenda', [['présentiel', 'sur place']]),
  ]),
];

// ── eligibility ────────────────────────────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c('b77-elig-brsa-prepa', ['rambling'], [
    turn(
      'bjr, BRSA 45a, non inscrit FT, suivi par moi depuis 2 ans, veut retravailler son projet pro (ancien cariste, dos cassé) -> prepa comp ok ?',
      'eligibility',
      [ELIGIBLE],
      NOT_A_YES,
    ),
  ]),
  c('b77-elig-ase-17-promo', [], [
    turn('jeune ASE 17 ans, a lache le lycee en oct, rien depuis. promo 1618 ?', 'eligibility', [ELIGIBLE], NOT_A_YES),
  ]),
  c('b77-elig-ase-15-puis-16', ['correction'], [
    turn('gamin ASE 15 ans declo, promo possible ?', 'eligibility', [NOT_ELIGIBLE, ['16']], NOT_A_NO),
    turn('ah non erreur il a eu 16 ans en decembre', 'eligibility', [ELIGIBLE], NOT_A_YES),
  ]),
  c('b77-elig-ase-scolarise', [], [
    turn(
      'jeune 17a encore scolarisé en 1ere bac pro mais demotivé grave, ASE, promo ?',
      'eligibility',
      [NOT_ELIGIBLE],
      NOT_A_NO,
    ),
  ]),
  c('b77-elig-19-ml', ['follow-up'], [
    turn('jeune 19 ans suivi ML, promo 1618?', 'eligibility', [NOT_ELIGIBLE], NOT_A_NO),
    turn('et prepa comp alors ? il est pas au rsa, juste inscrit FT', 'eligibility', [
      [...FRANCE_TRAVAIL, 'rsa', 'allocataire'],
    ]),
  ]),
  c('b77-elig-pec-mairie', [], [
    turn('BRSA en PEC depuis 2 mois en mairie (espaces verts), comp PEC ?', 'eligibility', [ELIGIBLE], NOT_A_YES),
  ]),
  c('b77-elig-cdi-pas-pec', [], [
    turn(
      'BRSA en CDI temps partiel (pas PEC) veut faire une VAE, je peux le mettre en comp PEC ?',
      'eligibility',
      [NOT_ELIGIBLE, ['pec', 'p.e.c', 'parcours emploi compétences']],
      NOT_A_NO,
    ),
  ]),
  c('b77-elig-ass-ft', ['silent'], [
    turn(
      'Mme X, ASS, inscrite FT, pas au RSA, on peut la mettre en prepa via le CD ou pas ?',
      'eligibility',
      [FRANCE_TRAVAIL],
      NOT_A_NO,
    ),
  ]),
  c('b77-elig-58-rqth', ['two-questions', 'silent'], [
    turn(
      'BRSA 58 ans avec RQTH, prepa comp envisageable ? y a une limite d age ?',
      'eligibility',
      [[...ELIGIBLE, 'pas de limite', 'aucune limite', ...NOT_COVERED]],
      ['pas éligible', 'non éligible', 'inéligible'],
    ),
  ]),
  c('b77-elig-16-ml-promo', [], [
    turn('jeune 16 ans pas ASE, decrocheur depuis la 3e, suivi ML, promo ?', 'eligibility', [ELIGIBLE], NOT_A_YES),
  ]),
  c('b77-elig-apprenti', [], [
    turn('jeune 17 ans ASE en apprentissage (CAP boulanger) mais ca se passe mal, promo ?', 'eligibility', [
      NOT_ELIGIBLE,
    ], NOT_A_NO),
  ]),
  c('b77-elig-brsa-inscrit-ft', ['two-questions'], [
    turn(
      'BRSA inscrit a FT en plus, prepa ok quand meme ou c FT qui doit prescrire ?',
      'eligibility',
      [ELIGIBLE, ['inscrit']],
      NOT_A_YES,
    ),
  ]),
  c('b77-elig-ase-majeur', ['silent'], [
    turn('jeune ASE 18 ans et 2 mois, contrat jeune majeur, promo encore jouable ?', 'eligibility', [
      ['mineur', '16 à 18', '16-18', '16 et 18', '18 ans'],
    ]),
  ]),
  c('b77-elig-soudeur-volet2', ['follow-up'], [
    turn(
      'BRSA 30a veut entrer en formation soudeur a l afpa mais a peur de pas tenir (maths), quel dispositif ?',
      'eligibility',
      [['prépa', 'prepa'], ['volet 2', 'sécuris', 'entrée en formation']],
      ['13 semaines'],
    ),
    turn('elle est eligible du coup ?', 'eligibility', [ELIGIBLE], NOT_A_YES),
  ]),
  c('b77-elig-siae', [], [
    turn('salarié ACI (SIAE), pas de PEC, pas RSA. comp PEC possible ?', 'eligibility', [
      [...NOT_ELIGIBLE, 'rsfp', 'r.s.f.p', 'savoir-faire'],
    ], NOT_A_NO),
  ]),
  c('b77-elig-garde-enfants', ['rambling'], [
    turn(
      'BRSA maman solo 2 enfants, veut faire prepa comp mais pas de mode de garde le mercredi, elle peut y aller quand meme ?',
      'eligibility',
      [ELIGIBLE, ['garde', 'conditions matérielles', 'référent', 'referent']],
      NOT_A_YES,
    ),
  ]),
];

// ── out_of_scope ───────────────────────────────────────────────────────────

const OUT: ConversationCase[] = [
  c('b77-oos-permis', [], [
    turn('on peut financer le permis B d un BRSA via la convention afpa ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b77-oos-transport', [], [
    turn('frais de transport rembourses pour aller a montauban depuis lauzerte ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b77-oos-hebergement', [], [
    turn('hebergement pendant la promo 1618 pris en charge par qui ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b77-oos-cej', ['jargon'], [
    turn('et le CEJ ca rentre dans la convention ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b77-oos-sanction', [], [
    turn('BRSA absent 3 jours a la prepa, ya une sanction sur son RSA ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b77-oos-meteo', [], [
    turn('tu peux me dire la meteo a montauban demain', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b77-oos-cpf', [], [
    turn('CPF mobilisable en complement de la prepa pour payer la formation qualifiante derriere ?', 'out_of_scope', [
      NOT_COVERED,
    ]),
  ]),
  c('b77-oos-aide-mobilite', [], [
    turn('aides a la mobilite du CD pour les BRSA en formation afpa, montant ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b77-oos-pass-iae', ['jargon'], [
    turn('pour un PASS IAE c l afpa qui valide ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b77-oos-promo-payes', ['follow-up'], [
    turn('la promo 1618 les jeunes sont payés ?', 'out_of_scope', [NOT_COVERED]),
    turn('et ils mangent sur place le midi ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b77-oos-rqth-amenagement', [], [
    turn('RQTH: amenagements prevus pendant la prepa (poste, horaires) ?', 'out_of_scope', [NOT_COVERED]),
  ]),
];

// ── contact ────────────────────────────────────────────────────────────────

const CONTACT: ConversationCase[] = [
  c('b77-contact-coordo', ['follow-up'], [
    turn('qui est le coordo departemental des dispositifs coté afpa', 'contact', [['vella']]),
    turn('il a quelle fonction a coté ?', 'contact', [['directeur', 'direction']]),
  ]),
  c('b77-contact-rap', ['two-questions'], [
    turn('c qui la RAP a l afpa montauban ? elle gere quoi', 'contact', [
      ['battedou'],
      ['déploiement', 'prépa', 'compétences p.e.c', 'accompagnement et parcours'],
    ]),
  ]),
  c('b77-contact-referent-cd', ['silent'], [
    turn('qui est le referent de l experimentation cote departement ? jai jamais su', 'contact', [
      ['désign', 'ne nomme pas', 'pas nommé', ...NOT_COVERED],
    ]),
  ]),
  c('b77-contact-suivi-accord', ['two-questions'], [
    turn('qui suit l accord de partenariat de chaque coté, afpa et CD ?', 'contact', [['vella'], ['weill']]),
  ]),
  c('b77-contact-pec-numero', ['follow-up', 'silent'], [
    turn('un pb sur une presta comp PEC je contacte qui a l afpa', 'contact', [
      ['battedou', 'responsable accompagnement', 'vella'],
    ]),
    turn('et son num ?', 'contact', [
      [...NOT_COVERED, 'pas de numéro', 'coordonnées', 'pas le numéro', 'aucun numéro'],
    ]),
  ]),
  c('b77-contact-habilitation', [], [
    turn('habilitation PANDA c qui qui la donne ? ma collegue arrive lundi', 'contact', [
      ['afpa', 'a.f.p.a'],
      ['habilit'],
    ]),
  ]),
  c('b77-contact-inscription-promo', [], [
    turn('qui inscrit le jeune sur PANDA pour la promo, nous ou l afpa ?', 'contact', [REFERENT, ['panda']]),
  ]),
  c('b77-contact-directeur', [], [
    turn('qui dirige le centre afpa de montauban', 'contact', [['vella']]),
  ]),
  c('b77-contact-ft', ['silent'], [
    turn('interlocuteur nominatif coté FT pour la prepa, l accord le donne ?', 'contact', [NOT_COVERED]),
  ]),
];

// ── figures ────────────────────────────────────────────────────────────────

const FIGURES: ConversationCase[] = [
  c('b77-figures-prepa', ['follow-up'], [
    turn('objectif annuel prepa comp BRSA ?', 'figures', [
      [' 30 ', '30 allocataires', '30 bénéficiaires', '30 personnes', ': 30', 'trente'],
    ]),
    turn('et comp PEC ?', 'figures', [[' 50 ', '50 allocataires', '50 bénéficiaires', '50 personnes', ': 50', 'cinquante']]),
  ]),
  c('b77-figures-pec-ase', ['two-questions'], [
    turn('objectif PEC et objectif ASE promo stp', 'figures', [
      ['50', 'cinquante'],
      ['10 ', 'dix ', ': 10'],
    ]),
  ]),
  c('b77-figures-realise', [], [
    turn('combien de BRSA entrés en prepa cette annee ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b77-figures-2027', ['silent'], [
    turn('les objectifs 2027 c combien ? ils ont été revus ?', 'figures', [['2022', ...NOT_COVERED]]),
  ]),
  c('b77-figures-sorties-positives', [], [
    turn('taux de sorties positives visé pour la promo ?', 'figures', [['70']]),
  ]),
  c('b77-figures-indicateurs-formation', ['jargon'], [
    turn('indicateurs suivis sur l acces a la formation de droit commun (2.1.2) ?', 'figures', [
      ['réussite'],
      ['sortie', 'emploi'],
    ]),
  ]),
  c('b77-figures-objectif-realise', ['follow-up'], [
    turn('objectif prepa 2022 ?', 'figures', [[' 30 ', '30 allocataires', '30 bénéficiaires', '30 personnes', ': 30']]),
    turn('et on en est ou ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b77-figures-reussite-examens', [], [
    turn('taux de reussite aux examens des BRSA entrés en formation afpa ?', 'figures', [NOT_AVAILABLE]),
  ]),
];

// ── prescribe ──────────────────────────────────────────────────────────────

const PRESCRIBE: ConversationCase[] = [
  c('b77-presc-prepa', [], [
    turn('je veux prescrire une prepa comp pour un BRSA', 'prescribe', [PRESCRIPTION_STEPS]),
  ]),
  c('b77-presc-pec-employeur', ['two-questions'], [
    turn('comment je prescris la comp PEC ? faut l accord de l employeur ?', 'prescribe', [
      ['employeur'],
      ['accord'],
    ]),
  ]),
  c('b77-presc-promo', [], [
    turn('prescrire promo pour jeune ASE 17a', 'prescribe', [[...PRESCRIPTION_STEPS, ...MISSION_LOCALE]]),
  ]),
  c('b77-presc-annule', ['follow-up'], [
    turn('presc prepa', 'prescribe', [PRESCRIPTION_STEPS]),
    turn('en fait annule, il a trouvé un taf', 'other', [CANCELLED]),
  ]),
  c('b77-presc-verifier', ['two-questions'], [
    turn('avant de prescrire je verifie quoi ? faut son accord ecrit ?', 'prescribe', [
      ['adhésion', 'accord'],
      ['mobilité', 'garde', 'conditions matérielles', ...NOT_COVERED],
    ]),
  ]),
  c('b77-presc-direct', [], [
    turn('je peux prescrire directement ou faut passer par FT ?', 'prescribe', [['directement', 'vous-même', 'vous meme']]),
  ]),
  c('b77-presc-session', [], [
    turn('je veux inscrire qqn sur la session volet 1 du 18/01, je fais comment', 'prescribe', [PRESCRIPTION_STEPS]),
  ]),
];

// ── other ──────────────────────────────────────────────────────────────────

const OTHER: ConversationCase[] = [
  c('b77-other-bonjour', [], [turn('bonjour', 'other', [GREETING])]),
  c('b77-other-aide', [], [turn('aide', 'other', [HELP])]),
  c('b77-other-merci', [], [
    turn('merci bcp !', 'other', [
      ['avec plaisir', 'de rien', 'je vous en prie', 'hésitez pas', 'bonne journée', 'volontiers', 'plaisir'],
    ]),
  ]),
  c('b77-other-stop', [], [turn('stop annule', 'other', [CANCELLED])]),
  c('b77-other-tu-sers', [], [turn('tu sers a quoi ?', 'other', [HELP])]),
  c('b77-other-slt', ['sms'], [turn('slt', 'other', [GREETING])]),
  c('b77-other-bonjour-dispositifs', ['follow-up'], [
    turn('bonjour', 'other', [GREETING]),
    turn('c quoi les dispo que tu connais', 'dispositif', [['prépa', 'prepa'], ['pec', 'p.e.c'], ['promo']]),
  ]),
];

export const SEVENTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  ...DISPOSITIF,
  ...AGENDA,
  ...ELIGIBILITY,
  ...OUT,
  ...CONTACT,
  ...FIGURES,
  ...PRESCRIBE,
  ...OTHER,
];
