/**
 * Seventy-fourth blind set. Who speaks: AFPA staff of the Montauban centre (the departmental
 * coordinator and the Responsable Accompagnement et Parcours) and référents of the
 * Département's ASE and insertion services, typing in Teams as they do: abbreviations
 * (prépa comp, PEC, 1618, BRSA, FT, ML, TH, RQTH, CD, ASE, info coll, JPO), no accents,
 * typos, SMS style, long messages with the question buried inside, follow-ups that only
 * make sense after the previous turn, a few thanks, greetings and give-ups.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its 2022-2023 action plan and the protocol of the three programmes), the product
 * guide, and the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Paris),
 * without reading the bot or any other set.
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
  '8 jours max',
  'huit jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const VOLET1_DURATION = ['5 à 6 jours', '5 à 6 j', 'cinq à six jours', '5-6 jours', '5 et 6 jours', '5 ou 6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours', '4 et 8 jours'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j '];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi'];
const ON_SITE_OR_REMOTE = ['distance', 'distanciel'];
const RSA = ['rsa'];
const CERTIFS = ['vae', 'validation des acquis'];
const FREE = ['sans contrepartie', 'gratuit', 'aucun coût', 'aucun cout', 'pas de coût', 'rien à payer', 'pas payant', 'financé par l’état', "financé par l'état", 'état'];
const STATE_PIC = ['pic', 'plan d’investissement', "plan d'investissement", 'investissement dans les compétences'];
const PANDA = ['panda'];
const REFERENT = ['référent', 'referent', 'conseiller'];
const VELLA = ['vella'];
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours'];
const MINORS = ['mineur', '16 à 18', '16-17', '16 et 17', '16 ou 17', 'moins de 18', '16 à 17', '18 ans'];
const SIX_MONTHS = ['6 mois', 'six mois'];

/** The agreement is silent, or the question is outside it. */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'ne traite pas',
  'ne parle pas',
  'pas couvert',
  'ne porte pas',
  'ne contient pas',
  'ne donne pas',
  'ne fixe pas',
  'ne figure pas',
  'ne concerne pas',
  'pas d’information',
  "pas d'information",
  'rien sur',
  'ne relève pas',
  'ne comporte pas',
  'ne l’indique pas',
  "ne l'indique pas",
  'n’indique pas',
  "n'indique pas",
  'pas précisé',
  'pas indiqué',
  'pas mentionné',
  'pas en mesure',
  'ne peux pas',
  'ne sais pas',
  'aucune donnée',
  'pas de réponse',
];

/** Figures that nobody has published yet. */
const FIGURES_NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de donnée',
  'aucune donnée',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'pas publié',
  'pas été publié',
  'pas connu',
  'pas été saisi',
  'aucun indicateur',
  'pas d’indicateur',
  "pas d'indicateur",
  'aucune entrée',
  'aucun bénéficiaire',
];

/** Nothing in the agenda answers. */
const NOTHING_SCHEDULED = [
  'aucun',
  'aucune',
  'pas de session',
  'pas de date',
  'rien de prévu',
  'rien de programmé',
  'pas d’événement',
  "pas d'événement",
  'pas prévu',
  'ne trouve pas',
  'pas trouvé',
  'pas publié',
  'pas encore de',
  'rien à',
];

const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', 'plus aucune', 'plus disponible', ...seats(0)];

/** A positive verdict, and the wrong positives for an ineligible person. */
const YES = [
  'éligible',
  'oui',
  'peut en bénéficier',
  'peut bénéficier',
  'peut intégrer',
  'peut entrer',
  'peut suivre',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut y participer',
  'peut participer',
  'correspond',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'ne relève pas',
  'pas concerné',
  'trop jeune',
  'pas accessible',
  'ne s’adresse pas',
  "ne s'adresse pas",
  'non,',
  'non.',
];
const WRONG_YES = ['oui, il peut', 'oui il peut', 'oui, elle peut', 'oui elle peut', 'est bien éligible', 'oui, éligible'];

/** What prescribing looks like: the form, or its steps. */
const PRESCRIBE_STEPS = ['formulaire', 'prescription', 'panda', 'étape', 'remplir', 'renseign', 'inscri'];

const THANKS_BACK = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journée',
  'à votre service',
  'n’hésitez',
  "n'hésitez",
  'volontiers',
  'plaisir',
  'à bientôt',
  'bonne continuation',
];
const HELLO_BACK = ['bonjour', 'salut', 'hello', 'bienvenue'];
const CAN_DO = ['dispositif', 'agenda', 'prescri', 'éligib', 'question'];
const CANCELLED = [
  'annul',
  'abandonn',
  'd’accord',
  "d'accord",
  'entendu',
  'pas de souci',
  'pas de problème',
  'c’est noté',
  "c'est noté",
  'ok',
  'arrêt',
];

const MONTAUBAN = ['montauban'];
const CASTELSARRASIN = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const AT_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const AT_1400 = ['14h', '14 h', '14:00'];
const AT_1000 = ['10h', '10 h', '10:00'];

export const SEVENTY_FOURTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ───────────────────────────────────────────────────────────
  c('b74-dispo-prepa-duree-sms', ['sms'], [
    turn('prepa comp ca dure cb de tps ?', 'dispositif', [PREPA_DURATION, TWO_WEEKS], PROMO_DURATION),
  ]),
  c('b74-dispo-prepa-pour-qui', ['typo'], [
    turn('prepa comptences c pour qui exactement ? que les BRSA inscrits FT ?', 'dispositif', [
      RSA,
      ['inscrits ou non', 'non inscrit', 'inscrits ou non-inscrits', 'pas inscrit', 'qu’ils soient', "qu'ils soient", 'même non'],
    ]),
  ]),
  c('b74-dispo-volets-diff', ['two-questions'], [
    turn(
      'c quoi la diff entre volet 1 et volet 2 de la prepa et ca dure cmb chacun',
      'dispositif',
      [
        ['projet', 'consolider'],
        ['sécuriser', 'entrée en formation'],
        VOLET1_DURATION,
        VOLET2_DURATION,
      ],
      PEC_DURATION,
    ),
  ]),
  c('b74-dispo-prepa-hors-afpa', ['rambling'], [
    turn(
      "bonjour, j'ai une dame qui a un projet d'aide soignante mais c'est pas une formation afpa, c'est l'IFSI, est ce que le volet 2 de prepa comp peut quand meme l'aider a securiser son entree ou c'est que pour les formations afpa ?",
      'dispositif',
      [['hors afpa', 'hors a.f.p.a', 'autre organisme', 'ailleurs', 'à l’afpa ou', "à l'afpa ou", 'pas seulement', 'pas uniquement', 'aussi']],
    ),
  ]),
  c('b74-dispo-pec-contenu', ['two-questions'], [
    turn('competences PEC c quoi et ca dure combien', 'dispositif', [
      PEC_DURATION,
      [...CERTIFS, 'rsfp', 'cléa', 'certification'],
    ], PREPA_DURATION),
  ]),
  c('b74-dispo-pec-fin', ['sms'], [
    turn('a la fin de compet PEC ils passent quoi ? vae ?', 'dispositif', [
      CERTIFS,
      ['rsfp', 'savoir-faire', 'savoir faire'],
      ['cléa'],
    ]),
  ]),
  c('b74-dispo-pec-vae-jours', ['typo'], [
    turn("l'atelier vae dans competences pec c combien de jours ?", 'dispositif', [
      ['3,5 jours', '3,5 j', '3.5 jours', 'trois jours et demi', '3 jours et demi'],
    ]),
  ]),
  c('b74-dispo-promo-duree-modalite', ['two-questions'], [
    turn('la promo 1618 c combien de temps et c tous les jours ?', 'dispositif', [PROMO_DURATION, MON_THU], PREPA_DURATION),
  ]),
  c('b74-dispo-promo-apres', ['rambling'], [
    turn(
      "un de mes jeunes sort de la promo en avril, ma question c'est est ce qu'il y a un suivi apres ou il est lache dans la nature ? parce que sinon je le raccroche a la ML direct",
      'dispositif',
      [SIX_MONTHS, ['mission locale', 'missions locales']],
    ),
  ]),
  c('b74-dispo-promo-contenu', ['sms'], [
    turn('ils font quoi pdt la promo concretement', 'dispositif', [
      ['ateliers', 'chantier solidaire', 'open badges', 'code de la route', 'métiers'],
    ]),
  ]),
  c('b74-dispo-promo-4-mois', ['typo'], [
    turn('la promo peut durer plus que 13 semaines si le jeune a besoin de temps entre les phases ?', 'dispositif', [
      FOUR_MONTHS,
    ]),
  ]),
  c('b74-dispo-prepa-inscription', ['two-questions', 'sms'], [
    turn("pour prepa comp c moi qui inscrit la personne ? sur quelle plateforme", 'dispositif', [PANDA, REFERENT]),
  ]),
  c('b74-dispo-promo-prescripteurs', ['sms'], [
    turn('qui peut orienter un jeune sur la promo 1618 ? que la ML ?', 'dispositif', [
      ['mission locale', 'missions locales'],
      ['cio', 'ase', 'aide sociale à l’enfance', "aide sociale à l'enfance"],
    ]),
  ]),
  c('b74-dispo-bilan-individuel', ['sms'], [
    turn('le bilan de fin de prepa il est envoye a qui', 'dispositif', [REFERENT, ['afpa']]),
  ]),
  c('b74-dispo-panda', ['two-questions'], [
    turn("c quoi panda et c qui qui inscrit les gens dessus ?", 'dispositif', [
      ['traçabilité', 'tracer', 'trace', 'plateforme'],
      REFERENT,
    ]),
  ]),
  c('b74-dispo-ou', ['sms'], [
    turn('les dispositifs ca se passe ou dans le 82 ? que montauban ?', 'dispositif', [
      MONTAUBAN,
      ['délocalis', 'ensemble du département', 'tout le département', 'ailleurs'],
    ]),
  ]),
  c('b74-dispo-financement', ['two-questions'], [
    turn('qui finance prepa comp et est ce que ca coute qqch au CD ?', 'dispositif', [
      ['état', ...STATE_PIC],
      FREE,
    ]),
  ]),
  c('b74-dispo-remuneration', ['sms'], [
    turn('la personne est remuneree pdt prepa comp ?', 'dispositif', [NOT_COVERED], ['€', 'euros']),
  ]),
  c('b74-dispo-date-limite', ['two-questions'], [
    turn("jusqu'a quand on peut faire entrer des BRSA et les parcours doivent finir quand ?", 'dispositif', [
      ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 decembre 2022'],
      ['30 avril 2023', '30/04/2023', '30 avr. 2023'],
    ]),
  ]),
  c('b74-dispo-duree-accord', [], [
    turn("l'accord CD / afpa il court jusqu'a quand ? il peut etre prolonge ?", 'dispositif', [
      ['2 ans', 'deux ans', '1er janvier 2022', '01/01/2022', '2023'],
      ['avenant', 'prolong', 'poursuite', 'modifié'],
    ]),
  ]),
  c('b74-dispo-reporting', ['afpa-staff', 'two-questions'], [
    turn(
      "ici la RAP afpa montauban, pour le reporting on envoie quoi a la DGEFP et tous les combien ? et la DDETSPP elle recoit quoi ?",
      'dispositif',
      [
        ['mensuel', 'chaque mois', 'tous les mois'],
        ['annuel', 'chaque année'],
      ],
    ),
  ]),

  // ── agenda ───────────────────────────────────────────────────────────────
  c('b74-agenda-jpo-passee', ['rambling'], [
    turn(
      "bjr, une de mes BRSA voulait aller a la jpo du 7 janvier mais elle a ete malade, y en a une autre bientot ?",
      'agenda',
      [on('2027-02-03')],
    ),
  ]),
  c('b74-agenda-visite-soudure', ['sms'], [
    turn('visite plateau soudure c quand et a quelle heure', 'agenda', [on('2027-01-19'), AT_1400], notOn('2027-03-10')),
  ]),
  c('b74-agenda-reunion-logistique', ['typo'], [
    turn('reunion metier logisitque ?', 'agenda', [on('2027-01-26'), MONTAUBAN], notOn('2027-02-23')),
  ]),
  c('b74-agenda-info-coll-promo', ['ase'], [
    turn("y a une info coll promo 1618 pour les jeunes et leurs parents ?", 'agenda', [on('2027-03-17'), MONTAUBAN], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
    ]),
  ]),
  c('b74-agenda-volet2', [], [
    turn('prochaine session prepa volet 2 ou il y a de la place', 'agenda', [on('2027-02-15'), CASTELSARRASIN]),
  ]),
  c('b74-agenda-promo-entree', ['two-questions', 'ase'], [
    turn('prochaine entree promo 1618 c quand et combien de places', 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b74-agenda-distanciel', ['sms'], [
    turn('une session prepa en distanciel bientot ? ma BRSA a pas de voiture', 'agenda', [
      on('2027-02-08'),
      ['distance', 'distanciel', 'classe virtuelle'],
    ]),
  ]),
  c('b74-agenda-caussade', ['sms'], [
    turn("y a quoi sur caussade", 'agenda', [on('2027-02-23'), ['bâtiment', 'restauration']]),
  ]),
  c('b74-agenda-fevrier-info-coll', ['two-questions'], [
    turn('en fevrier y a quelles info coll ? prepa et pec', 'agenda', [on('2027-02-09'), on('2027-02-11')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-03-04'),
    ]),
  ]),
  c('b74-agenda-places-electricien', [], [
    turn('electricien du batiment, combien de places et ca commence quand ?', 'agenda', [seats(2), on('2027-03-08')]),
  ]),
  c('b74-agenda-places-restauration', [], [
    turn("formation agent de restauration c'est ou ? il reste combien de places ?", 'agenda', [CAUSSADE, seats(4)]),
  ]),
  c('b74-agenda-fle-dates', [], [
    turn('dates des sessions francais a visee pro ?', 'agenda', [NOTHING_SCHEDULED]),
  ]),
  c('b74-agenda-prepa-caussade', ['sms'], [
    turn('info coll prepa a caussade ?', 'agenda', [NOTHING_SCHEDULED]),
  ]),

  // agenda follow-ups
  c('b74-agenda-suivi-info-coll-castel', ['follow-up', 'sms'], [
    turn('prochaine info coll prepa', 'agenda', [on('2027-01-14')]),
    turn('et a castel ?', 'agenda', [on('2027-01-21'), CASTELSARRASIN], notOn('2027-01-14')),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b74-agenda-suivi-jpo-moissac', ['follow-up', 'sms'], [
    turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), MOISSAC], notOn('2027-02-03')),
  ]),
  c('b74-agenda-suivi-volet2-complet', ['follow-up'], [
    turn('sessions prepa volet 2 ?', 'agenda', [on('2027-01-25'), on('2027-02-15')]),
    turn('celle du 25 il reste de la place ?', 'agenda', [FULL]),
  ]),
  c('b74-agenda-suivi-soudure-visite', ['follow-up', 'two-questions'], [
    turn('combien de places en soudeur et ca demarre quand', 'agenda', [seats(4), on('2027-02-01')]),
    turn('et la visite du plateau soudure c quand ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b74-agenda-suivi-batiment', ['follow-up', 'sms'], [
    turn('reunion metiers batiment ?', 'agenda', [on('2027-02-23'), CAUSSADE], notOn('2027-01-26')),
    turn('a quelle heure', 'agenda', [AT_1400]),
    turn('combien de places ?', 'agenda', [seats(12)]),
  ]),
  c('b74-agenda-suivi-pec-distanciel', ['follow-up'], [
    turn('prochaine entree compet PEC atelier 2 ?', 'agenda', [on('2027-01-20')]),
    turn('y en a une en distanciel ?', 'agenda', [on('2027-03-03')]),
    turn('combien de places dessus', 'agenda', [seats(3)]),
  ]),
  c('b74-agenda-suivi-moissac-heure', ['follow-up'], [
    turn("qu'est ce qui est prevu a moissac", 'agenda', [on('2027-02-09'), on('2027-02-17')]),
    turn("l'info coll pec elle commence a quelle heure ?", 'agenda', [AT_0930]),
  ]),
  c('b74-agenda-suivi-visites', ['follow-up', 'sms'], [
    turn('prochaine visite de plateau technique ?', 'agenda', [on('2027-01-19')]),
    turn('et en electricite ?', 'agenda', [on('2027-03-10'), AT_1000], notOn('2027-01-19')),
  ]),
  c('b74-agenda-suivi-macon-plaquiste', ['follow-up'], [
    turn('y a des places en macon ?', 'agenda', [seats(3), on('2027-02-15')]),
    turn('et plaquiste ?', 'agenda', [FULL]),
  ]),
  c('b74-agenda-suivi-semaine-prochaine', ['follow-up'], [
    turn('cette semaine il y a quoi ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('et la semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b74-agenda-suivi-castel-lieu', ['follow-up', 'sms'], [
    turn("l'info coll du 21/01 c ou ?", 'agenda', [CASTELSARRASIN]),
    turn('horaire ?', 'agenda', [AT_1400]),
  ]),
  c('b74-agenda-suivi-valence', ['follow-up', 'sms'], [
    turn('info coll prepa montauban en fevrier ?', 'agenda', [on('2027-02-11')], notOn('2027-02-09')),
    turn('et a valence ?', 'agenda', [on('2027-03-04')]),
  ]),

  // ── eligibility ──────────────────────────────────────────────────────────
  c('b74-elig-brsa-non-inscrite', ['rambling'], [
    turn(
      "Bonjour, je suis une dame de 42 ans au RSA depuis 3 ans, non inscrite a FT, elle a un projet assez flou dans la vente ou l'aide a domicile, elle voudrait reprendre une formation mais ne sait pas laquelle. elle peut aller sur prepa comp ?",
      'eligibility',
      [YES, ['prépa compétences', 'prepa competences', 'prépa comp']],
      ['pas éligible à prépa', 'non éligible à prépa', 'ne peut pas faire prépa', 'doit être inscrite'],
    ),
  ]),
  c('b74-elig-brsa-inscrit-ft', ['sms'], [
    turn('BRSA 30 ans inscrit FT il peut faire prepa comp ?', 'eligibility', [YES], [
      'pas éligible à prépa',
      'non éligible à prépa',
      'ne doit pas être inscrit',
    ]),
  ]),
  c('b74-elig-ase-17-decrocheur', ['ase', 'sms'], [
    turn(
      'jeune ASE 17 ans decroche depuis septembre, pas de formation pas de taf, promo 1618 possible ?',
      'eligibility',
      [YES],
      ['trop âgé', 'pas éligible à la promo', 'non éligible à la promo'],
    ),
  ]),
  c('b74-elig-ase-15', ['ase', 'sms'], [
    turn('ASE 15 ans exclu du college, promo 1618 ?', 'eligibility', [NO, ['16 ans', 'mineur', '16 à 18', 'âge', 'trop jeune']], WRONG_YES),
  ]),
  c('b74-elig-ml-19', ['typo'], [
    turn("un jeune de 19 ans suivi ML qui ne fait rien, il peut rentrer a la promo 16 18 ?", 'eligibility', [NO, MINORS], WRONG_YES),
  ]),
  c('b74-elig-ase-cap', ['ase', 'rambling'], [
    turn(
      "Jeune confiée ASE, 17 ans, en CAP cuisine en lycee pro mais elle accroche pas trop, l'educ voudrait la mettre sur la promo 1618, c'est jouable alors qu'elle est encore en formation ?",
      'eligibility',
      [NO, ['formation', 'scolar', 'décroch', 'quitté', 'lycée']],
      WRONG_YES,
    ),
  ]),
  c('b74-elig-brsa-sans-pec', ['sms'], [
    turn('BRSA pas en contrat pec, compet PEC possible ?', 'eligibility', [NO, ['pec', 'parcours emploi compétences']], WRONG_YES),
  ]),
  c('b74-elig-brsa-pec-mairie', ['sms'], [
    turn('Mr au RSA en PEC a la mairie depuis 3 mois, compet PEC ok ?', 'eligibility', [YES], [
      'pas éligible à compétences pec',
      'non éligible à compétences pec',
    ]),
  ]),
  c('b74-elig-brsa-58', [], [
    turn('monsieur 58 ans au rsa, peu qualifie, il est trop vieux pour prepa comp ?', 'eligibility', [
      YES,
      ['pas de limite', 'aucune limite', 'pas d’âge', "pas d'âge", 'aucun âge', 'ne fixe pas', 'pas trop', 'âge'],
    ], ['trop âgé pour prépa', 'limite de 55', 'moins de 55']),
  ]),
  c('b74-elig-rqth-volet2', ['rambling'], [
    turn(
      "j'ai une BRSA avec RQTH (TH reconnue l'an dernier), elle a trouve une formation de secretaire assistante mais elle a peur de lacher en cours, elle a deja arrete 2 formations. On peut lui proposer un truc avant pour securiser ? elle est eligible ?",
      'eligibility',
      [YES, ['volet 2', 'sécuriser', 'prépa']],
    ),
  ]),
  c('b74-elig-ml-16-non-ase', ['sms'], [
    turn("jeune 16 ans decrocheur suivi ML, pas ASE, il peut faire la promo ?", 'eligibility', [
      YES,
      ['mission locale', 'cio', 'décroch', '16 ans', 'mineur'],
    ], ['pas éligible à la promo', 'non éligible à la promo', 'réservée à l’ase', "réservée à l'ase"]),
  ]),
  c('b74-elig-cdi-non-rsa', ['rambling'], [
    turn(
      "question bete, une maman en CDI a temps partiel, pas au RSA, pas inscrite FT, elle veut se reconvertir, on peut la mettre en prepa comp par le CD ?",
      'eligibility',
      [NO, ['rsa', 'demandeur']],
      WRONG_YES,
    ),
  ]),
  c('b74-elig-pec-vs-prepa', ['two-questions'], [
    turn(
      'Mr 35 ans BRSA en PEC depuis 1 mois en ehpad, il peut faire prepa ou compet pec ? lequel est le plus adapte ?',
      'eligibility',
      [['compétences pec', 'competences pec', 'compétences p.e.c'], YES],
    ),
  ]),
  c('b74-elig-ase-17-parents', ['ase', 'follow-up'], [
    turn('ASE 17 ans, sortie du lycee en juin, rien depuis, promo 1618 ?', 'eligibility', [YES]),
    turn("faut l'accord des parents ?", 'eligibility', [['autorisation', 'accord', 'parent']]),
  ]),
  c('b74-elig-ase-15-puis-16', ['ase', 'follow-up'], [
    turn('ase 15 ans dechoche promo ?', 'eligibility', [NO], WRONG_YES),
    turn('il a 16 ans le 3 mars, ca change ?', 'eligibility', [
      ['oui', 'pourra', 'éligible', 'dès', 'à partir'],
      ['16'],
    ]),
  ]),
  c('b74-elig-interim-17', ['ase'], [
    turn('jeune ase 17 ans qui bosse en interim a temps plein, promo 1618 possible ?', 'eligibility', [
      NO,
      ['travaill', 'emploi', 'travail'],
    ], WRONG_YES),
  ]),

  // eligibility with follow-ups into other intents
  c('b74-elig-suivi-prescrire-promo', ['ase', 'follow-up'], [
    turn('jeune ASE 16 ans et demi, plus scolarise depuis 6 mois, il peut faire la promo 1618 ?', 'eligibility', [YES]),
    turn('ok et je fais comment pour l inscrire ?', 'prescribe', [PRESCRIBE_STEPS]),
  ]),
  c('b74-elig-suivi-cariste', ['follow-up', 'rambling'], [
    turn(
      "Mme B, BRSA 45 ans, veut faire cariste mais a peur de pas y arriver, elle a pas fait d'ecole depuis 25 ans. prepa comp ca peut l'aider ?",
      'eligibility',
      [YES],
    ),
    turn('ca dure combien ?', 'dispositif', [[...VOLET2_DURATION, ...PREPA_DURATION]], PROMO_DURATION),
    turn('et les places cariste il en reste ?', 'agenda', [seats(6)]),
  ]),
  c('b74-elig-suivi-pec-employeur', ['follow-up'], [
    turn('BRSA en PEC depuis 2 mois a la mairie de castel, compet pec possible ?', 'eligibility', [YES]),
    turn("faut l'accord de l'employeur ?", 'eligibility', [['employeur'], ['accord', 'oui', 'inform']]),
  ]),

  // ── out_of_scope ─────────────────────────────────────────────────────────
  c('b74-oos-permis', ['sms'], [
    turn('vous financez le permis B pour un BRSA ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros']),
  ]),
  c('b74-oos-remuneration-soudeur', [], [
    turn('combien est paye un stagiaire en formation soudeur a l afpa ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros']),
  ]),
  c('b74-oos-logement', ['ase'], [
    turn("l'afpa peut loger un jeune ase de 17 ans pendant sa formation ?", 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b74-oos-cej', ['sms'], [
    turn('la promo c compatible avec un CEJ ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b74-oos-meteo', [], [turn('il va pleuvoir demain a montauban ?', 'out_of_scope', [NOT_COVERED])]),
  c('b74-oos-prix-formation', [], [
    turn("combien ca coute une formation macon pour un particulier qui paye lui meme ?", 'out_of_scope', [NOT_COVERED], [
      '€',
      'euros',
    ]),
  ]),
  c('b74-oos-prime-activite', ['rambling'], [
    turn(
      "j'ai un monsieur au RSA qui touche aussi la prime d'activite, il a peur de perdre ses droits s'il entre en formation, la prime d'activite est maintenue ou pas ?",
      'out_of_scope',
      [NOT_COVERED],
      ['€', 'euros'],
    ),
  ]),
  c('b74-oos-garde-enfants', ['two-questions'], [
    turn('la garde d enfants pendant prepa comp, qui paye ? y a une aide ?', 'out_of_scope', [
      [...NOT_COVERED, 'référent', 's’assure', "s'assure", 'sécurise'],
    ], ['€', 'euros']),
  ]),
  c('b74-oos-suivi-internat', ['follow-up'], [
    turn("y a un internat a l'afpa montauban pour les stagiaires ?", 'out_of_scope', [NOT_COVERED]),
    turn('ok et la promo c du lundi au vendredi ?', 'dispositif', [MON_THU]),
  ]),

  // ── contact ──────────────────────────────────────────────────────────────
  c('b74-contact-rap', ['sms'], [
    turn('c qui la responsable accompagnement et parcours ?', 'contact', [['battedou']]),
  ]),
  c('b74-contact-coordo', [], [
    turn('qui est le coordonnateur departemental des dispositifs ?', 'contact', [VELLA], ['battedou est coordonnat']),
  ]),
  c('b74-contact-suivi-deploiement', ['follow-up'], [
    turn("c'est qui le directeur du centre afpa montauban", 'contact', [VELLA]),
    turn('et pour le deploiement des prestations au quotidien je vois qui ?', 'contact', [BATTEDOU]),
  ]),
  c('b74-contact-departement', [], [
    turn("qui suit l'accord de partenariat cote departement ?", 'contact', [['weill', 'président']]),
  ]),
  c('b74-contact-referent-experimentation', ['sms'], [
    turn("le referent de l'experimentation au CD c'est qui ?", 'contact', [['désign'], [...VELLA, ...BATTEDOU, 'interlocut']]),
  ]),
  c('b74-contact-telephone', ['sms'], [
    turn('tel de fabienne battedou svp', 'contact', [
      [...NOT_COVERED, 'pas de numéro', 'aucun numéro', 'pas de coordonnées', 'ne communique pas', 'pas le numéro'],
    ], ['05 63', '05.63', '@afpa.fr']),
  ]),
  c('b74-contact-promo-questions', ['rambling'], [
    turn(
      "Bonjour, educatrice ASE a Castelsarrasin, j'ai plusieurs jeunes qui pourraient etre interesses par la promo 1618 mais j'ai plein de questions sur l'organisation, c'est qui mon interlocuteur a l'afpa pour ca ?",
      'contact',
      [[...VELLA, ...BATTEDOU]],
    ),
  ]),
  c('b74-contact-two-roles', ['two-questions'], [
    turn('qui fait quoi entre eric vella et fabienne battedou ?', 'contact', [
      ['coordonnat', 'directeur'],
      ['déploiement', 'accompagnement et parcours'],
    ]),
  ]),

  // ── figures ──────────────────────────────────────────────────────────────
  c('b74-figures-objectifs', ['sms'], [
    turn('objectifs du plan d action ?', 'figures', [['30'], ['50'], ['10']]),
  ]),
  c('b74-figures-suivi-objectifs', ['follow-up', 'sms'], [
    turn('objectif 2022 prepa comp ?', 'figures', [['30']]),
    turn('et pour la promo ?', 'figures', [['10']]),
    turn('et compet pec', 'figures', [['50']]),
  ]),
  c('b74-figures-entrees-non-dispo', ['follow-up'], [
    turn('combien de BRSA sont entres en prepa comp depuis janvier ?', 'figures', [FIGURES_NOT_YET]),
    turn("et l'objectif c'etait combien ?", 'figures', [['30']]),
  ]),
  c('b74-figures-ase-orientes', ['ase'], [
    turn('combien de jeunes ASE orientes sur la promo cette annee ?', 'figures', [FIGURES_NOT_YET]),
  ]),
  c('b74-figures-taux-sortie', ['sms'], [
    turn('taux de sortie emploi apres les formations ?', 'figures', [FIGURES_NOT_YET]),
  ]),
  c('b74-figures-indicateurs-prepa', [], [
    turn('quels indicateurs on suit pour prepa comp dans le plan d action ?', 'figures', [['volet 1'], ['volet 2']]),
  ]),
  c('b74-figures-two', ['two-questions', 'afpa-staff'], [
    turn(
      "coordo afpa : c'est quoi l'objectif PEC et on en est ou cette annee ?",
      'figures',
      [['50'], FIGURES_NOT_YET],
    ),
  ]),

  // ── prescribe ────────────────────────────────────────────────────────────
  c('b74-prescribe-prepa', ['sms'], [
    turn('je veux prescrire prepa comp pour une BRSA', 'prescribe', [PRESCRIBE_STEPS]),
  ]),
  c('b74-prescribe-comment', [], [
    turn('comment on prescrit compet PEC ? les etapes ?', 'prescribe', [
      PRESCRIBE_STEPS,
      ['employeur', 'formulaire'],
    ]),
  ]),
  c('b74-prescribe-promo', ['ase', 'typo'], [
    turn('je voudrai orienter un jeune ase sur la promo 1618', 'prescribe', [PRESCRIBE_STEPS]),
  ]),
  c('b74-prescribe-session', ['rambling'], [
    turn(
      "bon j'ai vu qu'il y a une session volet 1 le 18 janvier a montauban, je voudrais y inscrire Mme D qui est d'accord, comment je fais ?",
      'prescribe',
      [PRESCRIBE_STEPS],
    ),
  ]),
  c('b74-prescribe-suivi-annule', ['follow-up'], [
    turn('prescrire', 'prescribe', [PRESCRIBE_STEPS]),
    turn('non laisse tomber', 'other', [CANCELLED]),
  ]),
  c('b74-prescribe-two', ['two-questions'], [
    turn(
      'faut recueillir ladhesion de la personne avant de prescrire ? et je prescris ou ?',
      'prescribe',
      [['adhésion', 'accord', 'oui'], PRESCRIBE_STEPS],
    ),
  ]),
  c('b74-prescribe-suivi-dispo', ['follow-up'], [
    turn("c'est quoi prepa comp en 2 mots", 'dispositif', [PREPA_DURATION]),
    turn('ok je prescris pour M. T alors', 'prescribe', [PRESCRIBE_STEPS]),
  ]),

  // ── other ────────────────────────────────────────────────────────────────
  c('b74-other-bonjour', ['sms'], [turn('bjr', 'other', [HELLO_BACK])]),
  c('b74-other-merci', ['sms'], [turn('merci bcp c top', 'other', [THANKS_BACK])]),
  c('b74-other-aide', [], [turn('tu sers a quoi ?', 'other', [CAN_DO])]),
  c('b74-other-annule', ['sms'], [turn('annule', 'other', [CANCELLED])]),
  c('b74-other-suivi-bonjour-agenda', ['follow-up'], [
    turn('Bonjour !', 'other', [HELLO_BACK]),
    turn('une info coll cette semaine ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('super merci', 'other', [THANKS_BACK]),
  ]),
  c('b74-other-abandon', ['sms'], [turn('bon laisse tomber je verrai plus tard', 'other', [CANCELLED])]),
  c('b74-dispo-suivi-pec-bilan', ['follow-up'], [
    turn('compet PEC ca dure combien ?', 'dispositif', [PEC_DURATION], PREPA_DURATION),
    turn('ca se finit par quoi ?', 'dispositif', [[...CERTIFS, 'rsfp', 'cléa']]),
    turn('le bilan il arrive a qui ?', 'dispositif', [REFERENT]),
  ]),
  c('b74-dispo-suivi-prepa-promo-modalite', ['follow-up'], [
    turn('prepa comp c en presentiel ?', 'dispositif', [ON_SITE_OR_REMOTE]),
    turn('et la promo ?', 'dispositif', [MON_THU, ['présentiel']]),
  ]),
  c('b74-dispo-suivi-remuneration-gratuit', ['follow-up'], [
    turn('les gens sont payes pendant compet pec ?', 'dispositif', [NOT_COVERED], ['€', 'euros']),
    turn("et c'est gratuit pour le departement ?", 'dispositif', [FREE]),
  ]),
  c('b74-other-aide-puis-agenda', ['follow-up', 'two-questions'], [
    turn('aide', 'other', [CAN_DO]),
    turn('prochaine jpo et prochaine visite de plateau ?', 'agenda', [on('2027-02-03'), on('2027-01-19')], notOn('2027-01-07')),
  ]),
];
