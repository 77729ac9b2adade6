import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/**
 * Thirty-second blind set: « THE ACCEPTANCE TEST ».
 *
 * Written by the evaluator the Département de Tarn-et-Garonne and AFPA asked to accept or
 * refuse the assistant. The conversations are what the real users would type during their
 * first month, in the proportions expected: mostly référents insertion and travailleurs
 * sociaux of the CD82 (dispositifs, agenda, eligibility of a person they follow, prescribing
 * and following their prescriptions), some AFPA staff of the Montauban centre and a few
 * members of the steering committee (targets, indicators, who reports what to whom).
 *
 * Style: Teams chat as people really type it: SMS abbreviations (BRSA, ASE, PEC, 1618,
 * prépa comp, FT, ML, TH, CD), no accents, typos, two questions in one message, follow-ups
 * that only make sense with the previous turn, a new subject in the middle of a thread and
 * long rambling messages that describe a situation before asking.
 *
 * Written blind, only from the agreement (Département – AFPA 2022, its 2022-2023 action plan
 * and the protocol of the three programmes), the product guide and `agenda-fixture.ts`
 * (today frozen at Monday 11 January 2027, Europe/Paris). Every expected fact comes from
 * there; where the agreement is silent, the expected answer is one that says so and
 * invents nothing.
 */

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

/** Prépa Compétences: 2 to 8 days over 2 weeks. */
const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '8 jours maxi',
  '8 jours maximum',
  'jusqu’à 8 jours',
  "jusqu'à 8 jours",
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
/** Volet 1 « consolider son projet »: 5 to 6 days. */
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  'cinq à six jours',
  '5 à 6 j',
];
/** Volet 2 « sécuriser l'entrée en formation »: 4 to 8 days. */
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', '4 à 8 j'];
const PREPA_VOLETS = ['consolid', 'projet professionnel', 'sécuris', 'entrée en formation'];
const REMOTE = ['à distance', 'distanciel', 'en ligne', 'classe virtuelle'];
const ON_SITE = ['présentiel', 'sur place', 'dans le centre', 'au centre', 'en centre'];

/** Compétences PEC: 5 days over the PEC contract, 5 phases, VAE / RSFP / CléA socle. */
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PEC_PHASES = ['5 phases', 'cinq phases', '5 étapes', 'cinq étapes'];
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'];
const CLEA = ['cléa'];
const PEC_EARLY = [
  'premiers mois',
  'dès la signature',
  'dès signature',
  'dès le début',
  'au début du contrat',
  'signature du contrat',
];

/** La Promo 16/18: 13 weeks (3 months), up to 4 months, 4 phases, Monday to Thursday. */
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi → jeudi'];
const PROMO_FOLLOW_UP = ['6 mois', 'six mois'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];

const BILAN = ['bilan individuel', 'bilan du parcours', 'bilan de parcours', 'bilan de fin'];
const PANDA = ['panda'];
const COST_FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'sans coût',
  'pas de coût',
  'rien à payer',
  'aucune contrepartie',
  'sans frais',
  'financé par l’état',
  "financé par l'état",
  'financement de l’état',
  "financement de l'état",
  'l’état finance',
  "l'état finance",
  'investissement dans les compétences',
  'p.i.c',
];

/** Targets for 2022 (annex, § 4). */
const TARGET_PREPA = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 brsa',
  '30 entrées',
  '30 en prépa',
  '30 pour',
  '30 dans',
  ': 30',
  '/ 30',
  '/30',
  'sur 30',
  'objectif 30',
  'trente',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 brsa',
  '50 entrées',
  '50 en compétences',
  '50 pour',
  '50 dans',
  ': 50',
  '/ 50',
  '/50',
  'sur 50',
  'objectif 50',
  'cinquante',
];
const TARGET_ASE = [
  '10 jeunes',
  '10 personnes',
  '10 ase',
  '10 pour',
  '10 orient',
  ': 10',
  '/ 10',
  'sur 10',
  'objectif 10',
  'dix jeunes',
  'dix personnes',
];

// ── How an answer says yes, no, « nothing », « full », « the agreement does not say » ──

const YES = [
  'oui',
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut participer',
  'peut y',
  'peut être orienté',
  'peut être prescrit',
  'peut tout à fait',
  'possible',
  'accessible',
  'ouvert aux',
  'ouverte aux',
  'correspond',
];
/** Forbidden in an answer that should say yes. */
const NEGATIVE = ['pas éligible', 'non éligible', 'inéligible', 'n’est pas possible', "n'est pas possible"];
const NO = [
  'non,',
  'non.',
  'non :',
  'non !',
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne relève pas',
  'ne correspond pas',
  'pas concerné',
  'ne remplit pas',
];
/** Forbidden in an answer that should say no. */
const AFFIRMATIVE = ['oui,', 'oui.', 'oui !'];

const NOTHING = [
  'aucun',
  'aucune',
  'rien',
  'pas d’événement',
  "pas d'événement",
  'pas d’évènement',
  "pas d'évènement",
  'pas de visite',
  'il n’y a pas',
  "il n'y a pas",
  'pas prévu',
  'ne trouve pas',
  'pas trouvé',
];
const FULL = [
  'complet',
  'complète',
  'aucune place',
  '0 place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune',
  'aucune disponib',
];

/** « The agreement does not say » / « I have no such information ». */
const SILENT = [
  'ne précise pas',
  'ne prévoit pas',
  'ne prévoit rien',
  'ne mentionne pas',
  'ne dit pas',
  'ne dit rien',
  'ne parle pas',
  'n’indique pas',
  "n'indique pas",
  'ne fixe pas',
  'ne donne pas',
  'ne détaille pas',
  'ne traite pas',
  'ne couvre pas',
  'ne contient pas',
  'ne figure pas',
  'ne figurent pas',
  'pas précisé',
  'pas prévu',
  'pas mentionné',
  'pas indiqué',
  'pas renseigné',
  'non précisé',
  'aucune information',
  'aucune indication',
  'aucune précision',
  'aucune mention',
  'pas d’information',
  "pas d'information",
  'pas cette information',
  'pas l’information',
  "pas l'information",
  'je ne sais pas',
  'je ne dispose pas',
  'je n’ai pas',
  "je n'ai pas",
  'ne dispose pas',
  'rien sur',
  'rien à ce sujet',
  'silencieu',
  'à vérifier',
  'à confirmer',
  'rapprochez-vous',
  'renseignez-vous',
];
/** A question outside the partnership: say so, never answer from elsewhere. */
const OUT = [
  ...SILENT,
  'hors de mon',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors du périmètre',
  'en dehors',
  'ne peux pas',
  'ne suis pas en mesure',
  'pas en mesure',
  'ne concerne pas',
  'ne relève pas',
  'je ne traite',
  'je ne gère',
  'je ne réponds',
  'uniquement',
  'seulement',
];

const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
/** An Info Places answer about some trainings lists no other. */
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

// ── The conversations ───────────────────────────────────────────────────────

const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journée',
  'à votre disposition',
  'à votre service',
  'hésitez pas',
  'volontiers',
  'à bientôt',
];

export const THIRTY_SECOND_BLIND_SET: ConversationCase[] = [
  // ── Greetings, help, thanks ───────────────────────────────────────────────
  c(
    'b32-first-day-hello',
    ['greeting', 'referent', 'sms'],
    [
      t('bjr', 'other', [['bonjour', 'bonsoir', 'salut', 'hello']]),
      t(
        'je suis référente insertion au CD, c’est la première fois que j’utilise l’assistant, tu sais faire quoi ?',
        'other',
        [
          ['prépa compétences', 'dispositif', 'programme'],
          ['prescri', 'agenda', 'événement', 'évènement', 'jpo', 'information collective'],
        ],
      ),
    ],
  ),
  c(
    'b32-clea-then-thanks',
    ['thanks', 'no-accents', 'clea'],
    [
      t('cest quoi clea exactement ?', 'dispositif', [
        ['compétences de base', 'socle', 'savoirs de base', 'compétences fondamentales'],
      ]),
      t('super merci bcp !', 'other', [THANKS]),
    ],
  ),

  // ── Dispositifs: Prépa Compétences ────────────────────────────────────────
  c(
    'b32-prepa-what-where',
    ['prepa', 'sms', 'no-accents', 'context'],
    [
      t(
        'c quoi prepa comp en gros ? ca dure combien ?',
        'dispositif',
        [PREPA_DURATION, PREPA_VOLETS],
        ['13 semaines', '5 phases'],
      ),
      t('et ca se passe ou ? a distance c possible ?', 'dispositif', [REMOTE, [...ON_SITE, 'montauban']]),
    ],
  ),
  c(
    'b32-prepa-two-volets',
    ['prepa', 'two-questions', 'context'],
    [
      t(
        'Volet 1 et volet 2 de Prépa Compétences, ça dure combien de jours chacun ?',
        'dispositif',
        [VOLET1_DAYS, VOLET2_DAYS],
        ['13 semaines'],
      ),
      t(
        'c est etale sur combien de temps ? c est pas tout d affilee ?',
        'dispositif',
        [TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b32-prepa-which-volet',
    ['prepa', 'long'],
    [
      t(
        'bonjour, j’accompagne un monsieur au RSA qui a déjà trouvé sa formation de cariste à l’AFPA mais qui a très peur de ne pas tenir, il a arrêté l’école à 16 ans et il a peur de l’écrit. Dans prépa comp, c’est quel volet pour lui et combien de temps ?',
        'dispositif',
        [['volet 2', 'sécuris'], VOLET2_DAYS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b32-prepa-bilan-then-promo',
    ['prepa', 'promo-16-18', 'context', 'open'],
    [
      t('à la fin de la prépa comp est ce que l’afpa me fait un retour sur la personne ?', 'dispositif', [
        BILAN,
      ]),
      t('et pour la promo 16/18 aussi ?', 'dispositif', [
        [...SILENT, 'uniquement', 'seulement', 'pas de bilan individuel'],
      ]),
    ],
  ),

  // ── Dispositifs: Compétences PEC ──────────────────────────────────────────
  c(
    'b32-pec-how-and-what-after',
    ['pec', 'two-questions', 'context'],
    [
      t(
        'Compétences PEC : ça se déroule comment et ça prend combien de jours au salarié ?',
        'dispositif',
        [PEC_PHASES, PEC_DAYS],
        ['2 à 8 jours', '13 semaines'],
      ),
      t('et a la fin il repart avec quoi ?', 'dispositif', [VAE, RSFP, CLEA], ['13 semaines']),
    ],
  ),
  c(
    'b32-pec-employer-then-cdi',
    ['pec', 'no-accents', 'context'],
    [
      t('pour competences PEC faut l accord de l employeur ou pas ?', 'dispositif', [
        [
          'accord de l’employeur',
          "accord de l'employeur",
          'son accord',
          'recueill',
          'l’accord',
          "l'accord",
          'accord de celui-ci',
        ],
      ]),
      t(
        'et un mr en CDI classique (pas un PEC), il peut le faire pour passer une VAE ?',
        'eligibility',
        [
          [
            ...NO,
            'réservé',
            'uniquement',
            'seulement',
            'destiné aux',
            's’adresse aux',
            "s'adresse aux",
            'signataires',
          ],
        ],
        AFFIRMATIVE,
      ),
    ],
  ),

  // ── Dispositifs: La Promo 16/18 ───────────────────────────────────────────
  c(
    'b32-promo-rhythm-length',
    ['promo-16-18', 'sms', 'context'],
    [
      t(
        'la promo 1618 c quoi le rythme ? ils y vont tous les jours ?',
        'dispositif',
        [PROMO_DAYS],
        ['2 à 8 jours'],
      ),
      t('et ca dure combien au total ?', 'dispositif', [PROMO_WEEKS, PROMO_MAX], ['2 à 8 jours', '5 jours']),
    ],
  ),
  c(
    'b32-promo-phases-then-after',
    ['promo-16-18', 'context', 'no-accents'],
    [
      t(
        'Quelles sont les grandes étapes de La Promo 16/18 ?',
        'dispositif',
        [['engagement'], ['construction'], ['préparation de la suite', 'la suite']],
        ['5 phases', '2 à 8 jours'],
      ),
      t('et apres le jeune est encore suivi ou c fini ?', 'dispositif', [PROMO_FOLLOW_UP, MISSION_LOCALE]),
    ],
  ),
  c(
    'b32-promo-code-permis',
    ['promo-16-18', 'two-questions', 'open'],
    [
      t(
        'c vrai qu ils preparent le code de la route pendant la promo ? et le permis il est financé ?',
        'dispositif',
        [['code de la route', 'code'], SILENT],
        ['€', 'euros'],
      ),
    ],
  ),

  // ── Dispositifs: the other offers of the agreement ────────────────────────
  c(
    'b32-clea-numerique',
    ['clea'],
    [
      t('CléA Numérique, ça valide quoi au juste ?', 'dispositif', [
        ['usages fondamentaux', 'environnement de travail', 'usages du numérique', 'compétences numériques'],
      ]),
    ],
  ),
  c(
    'b32-fle',
    ['fle', 'long', 'no-accents'],
    [
      t(
        'j ai un monsieur arrive en france l an dernier, il parle tres peu francais, il voudrait travailler dans le batiment mais la langue bloque tout, l afpa a un truc pour ca ?',
        'dispositif',
        [['français à visée professionnelle', 'français langue étrangère', 'fle']],
      ),
    ],
  ),

  // ── Agenda: events ────────────────────────────────────────────────────────
  c(
    'b32-jpo-next-hours',
    ['jpo', 'past', 'context', 'sms'],
    [
      t('prochaines JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      t(
        'celle de moissac c a quelle heure ?',
        'agenda',
        [
          ['10h', '10 h', '10:00'],
          ['16h', '16 h', '16:00'],
        ],
        ['17h', '17:00', '17 h 00'],
      ),
    ],
  ),
  c(
    'b32-infocoll-this-week',
    ['info-collective', 'relative-date', 'sms'],
    [
      t(
        'y a une info coll cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b32-next-week',
    ['relative-date'],
    [
      t(
        'Qu’est-ce qui est prévu à l’AFPA la semaine prochaine ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b32-tomorrow',
    ['relative-date', 'empty'],
    [t('il y a quelque chose demain à l’afpa ?', 'agenda', [NOTHING], notOn('2027-01-07'))],
  ),
  c(
    'b32-visits-then-seats',
    ['visite-plateau', 'context'],
    [
      t(
        'visites de plateaux techniques prévues ?',
        'agenda',
        [on('2027-01-19'), on('2027-03-10')],
        [...notOn('2027-02-03'), ...notOn('2027-01-26'), ...notOn('2027-01-14')],
      ),
      t('combien de places pour celle de la soudure ?', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'b32-infocoll-narrow',
    ['info-collective', 'context', 'narrowing'],
    [
      t(
        'toutes les infos coll prévues stp',
        'agenda',
        [on('2027-01-14'), on('2027-01-21'), on('2027-02-09')],
        [...notOn('2027-01-19'), ...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
      t(
        'seulement celles de prépa comp',
        'agenda',
        [on('2027-01-14'), on('2027-02-11')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
      t(
        'et en mars ?',
        'agenda',
        [on('2027-03-04')],
        [...notOn('2027-03-17'), ...notOn('2027-03-10'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b32-february-montauban',
    ['place', 'month', 'no-accents'],
    [
      t(
        'en fevrier qu est ce qu il y a comme evenements a montauban ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-11')],
        [...notOn('2027-02-09'), ...notOn('2027-02-17'), ...notOn('2027-02-23'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b32-trades-soudure-logistique',
    ['reunion-metier', 'visite-plateau', 'long'],
    [
      t(
        'Bonjour, je prépare mon planning des semaines qui viennent, j’ai plusieurs personnes intéressées par la soudure et d’autres par la logistique (cariste surtout), est-ce qu’il y a des visites ou des réunions prévues pour ces métiers ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-26')],
        [...notOn('2027-02-23'), ...notOn('2027-03-10'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b32-batiment-then-places',
    ['reunion-metier', 'info-places', 'full', 'context', 'sms'],
    [
      t(
        'reunion metiers batiment c quand et ou ?',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
      t('et des places en formation plaquiste ?', 'agenda', [FULL], OTHER_TRAININGS('plaquiste')),
      t(
        'dommage. qu est ce qui a encore des places a moissac ?',
        'agenda',
        [['propreté'], seats(7)],
        [...OTHER_TRAININGS('propreté')],
      ),
    ],
  ),
  c(
    'b32-promo-infocoll-parents',
    ['info-collective', 'promo-16-18'],
    [
      t(
        'Une info collective pour les jeunes de la Promo 16/18 et leurs parents, c’est prévu ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
    ],
  ),

  // ── Agenda: entry sessions ────────────────────────────────────────────────
  c(
    'b32-prepa-entries-volet2',
    ['sessions', 'prepa', 'context', 'narrowing'],
    [
      t(
        'calendrier d entrees prepa competences ?',
        'agenda',
        [on('2027-01-18'), on('2027-02-08')],
        [...notOn('2027-01-20'), ...notOn('2027-02-10'), ...notOn('2027-02-01')],
      ),
      t(
        'que le volet 2',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b32-pec-infocoll-then-entries',
    ['info-collective', 'sessions', 'pec', 'context'],
    [
      t(
        'Y a-t-il une information collective prévue pour Compétences PEC ? j’ai des salariés en PEC intéressés',
        'agenda',
        [on('2027-02-09'), ['moissac']],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-17')],
      ),
      t(
        'et les dates d entree atelier 2 ?',
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        [...notOn('2027-02-10'), ...notOn('2027-01-18'), ...notOn('2027-02-01')],
      ),
    ],
  ),
  c(
    'b32-promo-entry-seats',
    ['sessions', 'promo-16-18', 'context', 'sms'],
    [
      t(
        'prochaine entree promo 1618 ?',
        'agenda',
        [on('2027-02-01')],
        [...notOn('2027-01-18'), ...notOn('2027-01-20')],
      ),
      t('il reste de la place ?', 'agenda', [seats(10)]),
    ],
  ),

  // ── Agenda: Info Places ───────────────────────────────────────────────────
  c(
    'b32-logistique-meeting-then-cariste',
    ['reunion-metier', 'info-places', 'context'],
    [
      t('la réunion métier logistique c’est quand ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
      t('et il reste des places en formation cariste ?', 'agenda', [seats(6)], OTHER_TRAININGS('cariste')),
    ],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b32-elig-rsa-not-ft-then-th',
    ['prepa', 'sms', 'no-accents', 'context', 'open'],
    [
      t('une allocataire rsa pas inscrite a FT peut faire prepa comp ?', 'eligibility', [YES], NEGATIVE),
      t('et un BRSA avec une RQTH (TH) ?', 'eligibility', [YES], NEGATIVE),
    ],
  ),
  c(
    'b32-elig-ase-ages',
    ['promo-16-18', 'ase', 'context', 'boundary', 'sms'],
    [
      t(
        'jeune ASE 17 ans, a lâché le lycée en octobre, la ML l’a repéré, ni emploi ni formation depuis : promo 1618 ok ?',
        'eligibility',
        [YES],
        NEGATIVE,
      ),
      t(
        'et son petit frère qui a 15 ans, lui aussi décroché ?',
        'eligibility',
        [[...NO, 'trop jeune', 'à partir de 16', 'pas avant 16', 'dès 16', 'pas encore', 'moins de 16']],
        AFFIRMATIVE,
      ),
      t(
        'et leur grand frère, 19 ans, en contrat jeune majeur à l’ASE ?',
        'eligibility',
        [[...NO, 'mineur', 'moins de 18', 'trop âgé', 'dépasse', 'au-delà']],
        AFFIRMATIVE,
      ),
    ],
  ),
  c(
    'b32-elig-still-at-school',
    ['promo-16-18', 'open'],
    [
      t(
        'une jeune de 16 ans encore au lycée mais qui veut arrêter, on peut l’inscrire à la promo dès maintenant ?',
        'eligibility',
        [
          [
            'quitté',
            'décroch',
            'pas en formation',
            'déscolaris',
            'plus scolarisé',
            'sortis',
            'sortie du système',
          ],
        ],
      ),
    ],
  ),
  c(
    'b32-elig-pec-two-months',
    ['pec', 'long'],
    [
      t(
        'Bonjour, j’ai un monsieur au RSA qui a signé un PEC il y a deux mois à la mairie comme agent des espaces verts, ça se passe bien, l’employeur est content, et il aimerait faire reconnaître ce qu’il sait faire. Est-ce que c’est pas trop tard pour Compétences PEC vu qu’il a déjà commencé ?',
        'eligibility',
        [PEC_EARLY],
      ),
    ],
  ),
  c(
    'b32-elig-siae-rsfp',
    ['rsfp', 'siae'],
    [
      t(
        'salarié en SIAE sans diplôme, il n’a pas les prérequis pour une VAE, il a quoi comme option ?',
        'eligibility',
        [RSFP],
      ),
    ],
  ),
  c(
    'b32-elig-droit-commun',
    ['droit-commun', 'two-questions'],
    [
      t(
        'les formations qualifiantes classiques de l’AFPA, un BRSA peut y aller ? et c’est financé par qui ?',
        'eligibility',
        [YES, ['région', 'régional']],
      ),
    ],
  ),
  c(
    'b32-elig-other-departement',
    ['prepa', 'open', 'long'],
    [
      t(
        'allocataire RSA qui vient de déménager du Lot, elle est encore suivie par le CD46 le temps que le dossier soit transféré, je peux la prescrire en prépa comp à Montauban ou pas ?',
        'eligibility',
        [
          [
            ...SILENT,
            'accompagnés par le département',
            'accompagnée par le département',
            'accompagné par le département',
          ],
        ],
      ),
    ],
  ),
  c(
    'b32-elig-not-rsa',
    ['prepa', 'sms'],
    [
      t(
        'mme pas au RSA, juste demandeuse d emploi inscrite a FT, je peux la prescrire en prépa comp moi ?',
        'eligibility',
        [
          ['france travail', 'pôle emploi'],
          ['conseiller', 'allocataires du rsa', 'allocataire du rsa', 'allocataires du r.s.a'],
        ],
      ),
    ],
  ),

  // ── Prescribing and following prescriptions ───────────────────────────────
  c(
    'b32-cost-then-prescribe',
    ['prepa', 'sms', 'context'],
    [
      t(
        'le CD doit payer qqch a l afpa quand on prescrit une prepa comp ?',
        'dispositif',
        [COST_FREE],
        ['€', 'euros'],
      ),
      t('ok top, alors je voudrais en prescrire une pour une allocataire', 'prescribe', [
        ['prescri', 'formulaire', 'orientation'],
      ]),
    ],
  ),
  c(
    'b32-prescribe-follow',
    ['follow-up', 'sms'],
    [t('ou en sont mes prescriptions stp', 'prescribe', [['prescription']])],
  ),
  c(
    'b32-prescribe-full-session',
    ['prepa', 'full'],
    [t('je peux inscrire quelqu’un sur le volet 2 du 25 janvier ?', 'prescribe', [FULL])],
  ),
  c(
    'b32-session-then-prescribe',
    ['prepa', 'sessions', 'context'],
    [
      t('prochaine session volet 1 de prépa ?', 'agenda', [on('2027-01-18')], notOn('2027-02-15')),
      t('ok je veux y inscrire un monsieur que je suis', 'prescribe', [['prescri', 'formulaire', 'inscri']]),
    ],
  ),
  c(
    'b32-prescribe-promo-then-panda',
    ['promo-16-18', 'ase', 'context', 'no-accents'],
    [
      t('comment on inscrit concrètement un jeune de l’ASE à la promo 16/18 ?', 'prescribe', [
        [...PANDA, 'réflexion', 'orientation facilitée'],
      ]),
      t('et qui me donne les acces a panda ?', 'prescribe', [['habilit']]),
    ],
  ),

  // ── Contacts and roles ────────────────────────────────────────────────────
  c(
    'b32-contact-afpa-phone-kit',
    ['context', 'open', 'communication'],
    [
      t('qui est mon interlocuteur à l’AFPA pour ces dispositifs ?', 'contact', [['battedou', 'vella']]),
      t('elle a un mail ou un numéro ?', 'contact', [SILENT], ['@']),
      t(
        'ok. et l’AFPA fournit des flyers ou quelque chose pour présenter les dispositifs aux allocataires ?',
        'dispositif',
        [['kit']],
      ),
    ],
  ),
  c(
    'b32-contact-coordinator-then-cd',
    ['no-accents', 'context', 'open'],
    [
      t('c qui le coordonnateur departemental des dispositifs ?', 'contact', [['vella']]),
      t('et côté Département, c’est qui le référent de l’expérimentation ?', 'contact', [
        ['désign', 'nommé', ...SILENT],
      ]),
    ],
  ),
  c(
    'b32-contact-signatories-then-copil',
    ['no-accents', 'context', 'new-subject', 'pilot', 'two-questions'],
    [
      t('qui a signe la convention ?', 'contact', [['weill'], ['vella']]),
      t(
        'et le copil national des dispositifs, c’est qui qui le pilote et il se réunit tous les combien ?',
        'contact',
        [
          ['dgefp', 'd.g.e.f.p', 'délégation générale à l’emploi', "délégation générale à l'emploi"],
          ['trimestr', 'tous les trois mois', 'tous les 3 mois'],
        ],
      ),
    ],
  ),
  c(
    'b32-contact-referent-role',
    ['role', 'long'],
    [
      t(
        'je viens d’arriver sur le poste de référente RSA, si j’oriente quelqu’un vers un de ces dispositifs, en tant que référente de parcours je dois faire quoi concrètement ?',
        'contact',
        [
          ['adhésion', 'informe'],
          ['mobilité', 'garde d’enfant', "garde d'enfant", 'conditions matérielles'],
        ],
      ),
    ],
  ),

  // ── Figures, targets, indicators ──────────────────────────────────────────
  c(
    'b32-fig-targets-then-reporting',
    ['pilot', 'targets', 'context', 'two-questions', 'no-accents'],
    [
      t('Quels étaient les objectifs chiffrés 2022 de la convention ?', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
        TARGET_ASE,
      ]),
      t('et l afpa envoie ses chiffres a qui et tous les combien ?', 'figures', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois'],
      ]),
    ],
  ),
  c(
    'b32-fig-campaign-then-length',
    ['campaign', 'two-questions', 'context', 'no-accents'],
    [
      t(
        'd’après la convention, jusqu’à quand on pouvait faire entrer des BRSA et quand les parcours devaient être terminés ?',
        'figures',
        [
          ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '2022-12-31'],
          ['30 avril 2023', '30/04/2023', '30 avr. 2023', '2023-04-30'],
        ],
      ),
      t('et la convention elle dure combien de temps ? on peut en sortir avec quel preavis ?', 'figures', [
        ['2 ans', 'deux ans'],
        ['2 mois', 'deux mois'],
      ]),
    ],
  ),
  c(
    'b32-fig-indicators',
    ['pilot', 'indicators', 'context'],
    [
      t(
        'pour le bilan du copil : quels indicateurs on suit pour les JPO, les infos collectives et les visites de plateaux ?',
        'figures',
        [
          [
            'nombre d’allocataires',
            "nombre d'allocataires",
            'nombre de bénéficiaires',
            'nombre de participants',
            'participant',
          ],
        ],
      ),
      t(
        'Et pour l’accès aux formations de droit commun et les réunions métiers, quels indicateurs de résultat ?',
        'figures',
        [
          ['taux de réussite', 'réussite aux examens'],
          ['sortie emploi', 'sortie en emploi', 'sorties en emploi', 'sorties emploi'],
        ],
      ),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b32-oos-rsa-amount',
    ['sms'],
    [t('c combien le RSA pour une personne seule en 2027 ?', 'out_of_scope', [OUT], ['€', 'euros'])],
  ),
  c(
    'b32-oos-stipend',
    ['prepa', 'open'],
    [
      t(
        'les personnes sont rémunérées pendant prépa comp ? elles touchent quelque chose en plus du RSA ?',
        'out_of_scope',
        [OUT],
        ['€', 'euros', 'smic'],
      ),
    ],
  ),
  c(
    'b32-oos-transport',
    ['open', 'long', 'no-accents'],
    [
      t(
        'ma beneficiaire habite a beaumont de lomagne, pas de voiture, si elle va en prepa a montauban ses frais de transport sont rembourses ?',
        'out_of_scope',
        [[...OUT, 'mobilité', 'conditions matérielles']],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b32-oos-room',
    [],
    [
      t(
        'tu peux me réserver une salle au centre pour jeudi matin ?',
        'out_of_scope',
        [OUT],
        ['salle réservée', 'c’est réservé', "c'est réservé", 'réservation confirmée'],
      ),
    ],
  ),
  c(
    'b32-oos-cej',
    ['no-accents'],
    [t('c quoi les conditions du CEJ contrat engagement jeune ?', 'out_of_scope', [OUT], ['€', 'euros'])],
  ),

  // ── Threads that change subject and come back ─────────────────────────────
  c(
    'b32-thread-switch',
    ['context', 'new-subject'],
    [
      t('prochaines visites plateau ?', 'agenda', [on('2027-01-19')], notOn('2027-02-03')),
      t(
        'au fait rien à voir mais l’objectif 2022 pour compétences PEC c’était combien de BRSA ?',
        'figures',
        [TARGET_PEC],
      ),
      t('ok. et la visite électricité elle est où et à quelle heure ?', 'agenda', [
        ['montauban'],
        ['10h', '10 h', '10:00'],
      ]),
    ],
  ),
  c(
    'b32-thread-eligibility-then-agenda',
    ['context', 'new-subject', 'prepa', 'long', 'thanks'],
    [
      t(
        'bonjour, une dame de 45 ans au RSA depuis 3 ans, pas inscrite à FT, elle voudrait se former en aide à domicile mais elle ne sait pas si c’est pour elle et elle a peur de reprendre une formation. Prépa comp ce serait adapté ?',
        'eligibility',
        [YES, ['consolid', 'projet', 'volet 1']],
        NEGATIVE,
      ),
      t(
        'super, y a une info coll bientôt à castelsarrasin pour la lui présenter ?',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
      t('merci !', 'other', [THANKS]),
    ],
  ),
];
