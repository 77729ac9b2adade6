import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/**
 * Twenty-sixth blind set: ELIGIBILITY PROFILES AS RÉFÉRENTS DESCRIBE THEM.
 *
 * Who writes: référents insertion and travailleurs sociaux of the Département (CD82), and
 * éducateurs following young people confiés à l'ASE, typing in a Teams chat between two
 * appointments. Most conversations describe a real person (allocataire du RSA inscrit or not
 * at France Travail, jeune confié à l'ASE, salarié en PEC, salarié of a chantier d'insertion,
 * décrocheur of 16 or 17, young adult of 19 or 25, person with a RQTH…) and ask whether that
 * person can enter one of the programmes of the agreement (Prépa Compétences volet 1 / volet 2,
 * Compétences PEC, La Promo 16/18, VAE, RSFP, CléA…), in their own words: BRSA, ASE, PEC, 1618,
 * prépa comp, FT, ML, TH, CD, no accents, typos, sometimes a long story, sometimes four words.
 * Follow-ups often change one fact (« et si elle a 19 ans ? », « et son frère, 15 ans ? »).
 * When a person is described together with a practical question (days, place, next entry,
 * seats), the expected answer is the practical fact, not a verdict. The rest of the set asks
 * about the dispositifs, the published agenda, figures, contacts, prescribing, and things
 * outside the bot's scope.
 *
 * Written blind, only from the agreement (seed/000_5b01ca6940cc4b6d.txt: accord de partenariat,
 * plan d'action 2022-2023 and protocol of the three programmes), the product guide and
 * `agenda-fixture.ts` (today frozen at Monday 11 January 2027, Europe/Paris). Every expected
 * fact comes from one of them; where the agreement does not settle a case (an 18-year-old, a
 * PEC about to end, a PEC already over), the expectation checks that the answer states the rule
 * it rests on, never a verdict the agreement does not give. The reason of every « no » is the one
 * the agreement states (age, being in training or in work, not being in a PEC…).
 */

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight apostrophe, a typographic one, and a space in its place. */
const ap = (...xs: string[]): string[] => [
  ...new Set(xs.flatMap((x) => (x.includes("'") ? [x, x.replace(/'/g, '’'), x.replace(/'/g, ' ')] : [x]))),
];

// ── Verdicts ────────────────────────────────────────────────────────────────

/** A « no », however it is phrased. */
const NO = ap(
  'pas éligible',
  'non éligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne relève pas',
  "n'entre pas",
  'ne rentre pas',
  'pas accessible',
  'ne correspond pas',
  "ne s'adresse pas",
  'ne remplit pas',
  'hors du',
  'hors de',
  'trop âgé',
  'trop âgée',
  'trop jeune',
  'réservé',
  'exclu',
  'malheureusement',
  'pas concerné',
  'non,',
  'non.',
  'non :',
  'non !',
);

/** What a « yes » must not say. */
const NOT_NO = ap(
  'pas éligible',
  'non éligible',
  'ne peut pas en bénéficier',
  'ne peut pas bénéficier',
  'ne peut pas entrer',
  'ne peut pas intégrer',
  "n'est pas possible",
  'pas accessible',
  'trop âgé',
);

// ── Who can enter (protocol §2, agreement 2.1.2 to 2.2.3) ───────────────────

const RSA = ['rsa', 'r.s.a'];
/** « les allocataires du RSA, qu'ils soient inscrits ou non-inscrits à Pôle Emploi » (2.1.3). */
const REGISTERED_OR_NOT = ap(
  'inscrits ou non',
  'inscrite ou non',
  'inscrit ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'sans inscription',
  'pas besoin',
  "n'est pas nécessaire",
  "n'est pas obligatoire",
  'pas obligatoire',
  'pas nécessaire',
  'pas une condition',
  "pas d'inscription",
);
const FT = ['france travail', 'pôle emploi', 'pole-emploi'];
const ASE = [' ase', 'a.s.e', ...ap("aide sociale à l'enfance"), 'confié', 'confiés'];
/** La Promo 16/18: « jeunes mineurs ayant quitté prématurément le collège ou le lycée ». */
const DROPOUT = ap(
  'quitté',
  'décroch',
  'déscolaris',
  'plus scolaris',
  'sorti du système',
  'sortis du système',
  'sortie du système',
  'prématurément',
  'ni en formation',
  'pas en formation',
  'ni scolaris',
  'non scolaris',
);
/** « … qui ne sont pas en formation et qui ne travaillent pas ». */
const NOT_IN_TRAINING_OR_WORK = ap(
  'pas en formation',
  'ni en formation',
  'ne travaill',
  'pas en emploi',
  'ni en emploi',
  'sans emploi',
  'ni emploi',
  'déjà en formation',
  'déjà en emploi',
  'déjà en contrat',
  'déjà en apprentissage',
  "n'est ni",
  'ne sont ni',
);
/** Left school (for a pupil who is still enrolled). */
const SCHOOL_LEFT = ap(
  'quitté',
  'pas en formation',
  'ni en formation',
  'plus scolaris',
  'déscolaris',
  'encore scolaris',
  'toujours scolaris',
  'encore inscrit',
  'toujours inscrit',
  'décroch',
  'sorti du système',
  'sortis du système',
);
/** The age of La Promo 16/18: « jeunes mineurs », « de 16 à 18 ans ». */
const AGE_MAX = [
  'mineur',
  '16 à 18 ans',
  '16 et 18 ans',
  '16 à 17 ans',
  '16-17 ans',
  '16 ou 17 ans',
  '16-18 ans',
  'moins de 18',
  '18 ans',
  'majeur',
];
const AGE_MIN = [
  '16 ans',
  'à partir de 16',
  'moins de 16',
  '16 à 18',
  '16 et 18',
  'dès 16',
  '16-17',
  '16 ou 17',
  'minimum',
];
const PROMO_YES = [...ASE, ...DROPOUT, 'mineur', '16 à 18', '16 et 18', '16-18 ans', '16 ou 17 ans'];
/** Compétences PEC: « personnes signataires d'un parcours emploi compétences ». */
const PEC_SIGNED = ap(
  'signataire',
  'signature',
  'premiers mois',
  'en pec',
  'en p.e.c',
  'en parcours emploi',
  'salarié en',
  'salariés en',
  'salariée en',
  'contrat pec',
  'contrat p.e.c',
  'bénéficiaire d’un pec',
  "bénéficiaires d'un pec",
);
/** « organisée sur la durée du P.E.C. », « dès signature du contrat P.E.C. ou dès les premiers mois ». */
const PEC_DURING = ap(
  'durée du pec',
  'durée du p.e.c',
  'durée du contrat',
  'durée de son contrat',
  'pendant le pec',
  'pendant son pec',
  'pendant le contrat',
  'pendant son contrat',
  'en cours de pec',
  'en cours de contrat',
  'au cours du pec',
  'au cours du contrat',
  'dès la signature',
  'dès signature',
  'signature du contrat',
  'premiers mois',
  'signataire',
);
const PEC_FROM_SIGNATURE = ap(
  'dès la signature',
  'dès signature',
  'signature du contrat',
  'immédiatement',
  'premiers mois',
  'dès le début',
);
const COMPETENCES_PEC = ['compétences pec', 'compétences p.e.c', 'compétences – pec', 'compétences - pec'];
const EMPLOYER = ['employeur'];
const AGREEMENT = ['accord', 'consent', 'autoris', 'adhésion'];
/** 2.1.2: RSA (accompagnement global, garantie d'activité) and SIAE with a qualification project. */
const PUBLIC_FUNDERS = ['financeurs publics', 'conseil régional', 'région', 'droit commun'];
const QUALIFICATION = ['qualif'];

// ── Contents of the programmes (protocol §3) ────────────────────────────────

const PROMO = ['promo 16', 'promo16', 'promo 1618', 'la promo'];
const VOLET1 = ['volet 1', 'consolid'];
const VOLET2 = ['volet 2', 'sécuris'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5-6 jours',
  '5 ou 6 jours',
  'cinq à six jours',
  'cinq ou six jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours'];
const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PEC_PHASES = ['5 phases', 'cinq phases'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3 jours 1/2', '3,5 j'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const SAVOIR_FAIRE = ['savoir-faire', 'savoir faire', 'savoirs-faire'];
const RSFP_FOR = [
  'prérequis',
  'pré-requis',
  'pré requis',
  'siae',
  's.i.a.e',
  ...ap("insertion par l'activité"),
];
const CLEA = ['cléa', 'clea'];
const CLEA_NUMERIQUE = ['cléa numérique', 'clea numérique', 'cléa num'];
const FLE = [
  'langue étrangère',
  'visée professionnelle',
  'primo-arrivant',
  'primo arrivant',
  'primo-arrivants',
  ' fle',
  '(fle',
];
const FIRST_GESTURES = ['premiers gestes', 'gestes techniques', 'gestes professionnels'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu’au jeudi'];
const PARENTAL = ap('parental', 'autorisation des parents', 'accord des parents', "titulaire de l'autorité");
const MOBILITY = ['mobilité'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const ML = ['mission locale', 'missions locales'];
const ML_CIO_PANDA = [...ML, ' cio', 'c.i.o', ...ap("centre d'information et d'orientation"), 'panda'];
const CODE_ROUTE = ['code de la route', 'code la route'];
const REMOTE = ['distance', 'distanciel', 'délocalis'];
const BILAN = ['bilan'];
const TRACEABILITY = ['traçabilité', 'tracabilite', 'trace', 'tracé', 'suivi des parcours', 'plateforme'];
const HABILITATION = ['habilit'];
const FREE = ap(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans frais',
  'aucun frais',
  'ne coûte rien',
  "l'état",
  ' pic',
  'p.i.c',
  "plan d'investissement",
);

// ── Figures and dates of the agreement ──────────────────────────────────────

const TARGET_PREPA = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 brsa',
  '30 rsa',
  'trente',
  'objectif de 30',
  'objectif : 30',
  ': 30',
  '30 (',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 brsa',
  '50 rsa',
  'cinquante',
  'objectif de 50',
  'objectif : 50',
  ': 50',
  '50 (',
];
const TARGET_ASE = [
  '10 jeunes',
  '10 personnes',
  'dix jeunes',
  'dix personnes',
  '10 orientations',
  'objectif de 10',
  'objectif : 10',
  ': 10',
  '10 (',
];
const ENTRY_DEADLINE = ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 déc 2022'];
const TWO_YEARS = ['2 ans', 'deux ans'];

// ── Contacts (protocol §6) ──────────────────────────────────────────────────

const VELLA = ['vella'];
const BATTEDOU = ['battedou'];

// ── Agenda (agenda-fixture.ts) ──────────────────────────────────────────────

const PAST_JPO = notOn('2027-01-07');
const FULL = [
  ...seats(0),
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  '0 place',
];
const OTHER_TRAININGS = (...asked: string[]): string[] =>
  [
    'soudeur',
    'cariste',
    'maçon',
    'plaquiste',
    'électricien',
    'propreté',
    'préparateur',
    'restauration',
  ].filter((x) => !asked.includes(x));

// ── Out of scope, courtesy ──────────────────────────────────────────────────

const OUT_OF_SCOPE = ap(
  'ne peux pas',
  'pas en mesure',
  'hors de',
  'hors du',
  'ne traite',
  'ne couvre',
  'pas de mon ressort',
  'ne concerne pas',
  'je ne dispose',
  "je n'ai pas",
  'uniquement',
  'seulement',
  'périmètre',
  'je ne sais pas',
  "pas d'information",
  'ne fait pas partie',
  'pas prévu',
  'je réponds',
  'je suis là pour',
  'partenariat',
);
const COURTESY = ap(
  'plaisir',
  'de rien',
  'je vous en prie',
  'bonne journée',
  "n'hésitez",
  'à votre service',
  'bonne continuation',
  'à bientôt',
);

export const TWENTY_SIXTH_BLIND_SET: ConversationCase[] = [
  // ── Profiles: allocataires du RSA and Prépa Compétences ─────────────────────
  c(
    'b26-brsa-non-inscrite-prepa',
    ['rsa', 'prepa-competences', 'verdict-yes'],
    [
      t(
        "bjr, j'ai une dame BRSA 43 ans, pas inscrite a FT, aucun diplome, elle sait pas trop vers quoi aller. prepa comp c possible pour elle ?",
        'eligibility',
        [RSA, REGISTERED_OR_NOT],
        [...NOT_NO, '13 semaines'],
      ),
      t('et elle irait sur quel volet ? elle a pas de projet du tout', 'dispositif', [VOLET1]),
    ],
  ),
  c(
    'b26-25ans-rsa-projet-flou',
    ['rsa', 'prepa-competences', 'promo-16-18', 'verdict-yes', 'verdict-no', 'follow-up'],
    [
      t(
        'jeune homme 25 ans, ouverture de droits RSA le mois dernier, aucune idee de metier, il enchaine les missions interim. prepa comp ?',
        'eligibility',
        [RSA],
        [...NOT_NO, '13 semaines'],
      ),
      t("il serait pas mieux sur la promo 16 18 vu qu'il est jeune ?", 'eligibility', [NO, AGE_MAX]),
    ],
  ),
  c(
    'b26-brsa-soudeur-volet2',
    ['rsa', 'prepa-competences', 'places', 'sessions', 'verdict-yes'],
    [
      t(
        "Mr BRSA 34a, projet soudeur validé avec son conseiller FT mais il a peur de pas tenir la formation, plus d'ecole depuis 20 ans. prepa comp ca le ferait ?",
        'eligibility',
        [VOLET2],
        [...NOT_NO, '13 semaines'],
      ),
      t(
        "la formation soudeur a l'afpa il reste des places ?",
        'agenda',
        [seats(4), on('2027-02-01')],
        OTHER_TRAININGS('soudeur'),
      ),
      t(
        'et la prochaine entree volet 2 ?',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b26-rqth-brsa-prepa',
    ['rsa', 'th', 'prepa-competences', 'verdict-yes'],
    [
      t(
        'mme 47 ans, RQTH (lombalgie chronique), BRSA, aussi suivie par cap emploi. elle veut se reconvertir dans le secretariat. prepa comp possible avec son handicap ?',
        'eligibility',
        [RSA],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b26-brsa-interim-10h',
    ['rsa', 'prepa-competences', 'verdict-yes'],
    [
      t(
        'Mr BRSA, il fait 10h/semaine en interim en ce moment. prepa comp quand meme possible ou pas ?',
        'eligibility',
        [RSA],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b26-brsa-61ans-terse',
    ['rsa', 'prepa-competences', 'verdict-yes', 'terse'],
    [t('brsa 61 ans prepa comp ok ?', 'eligibility', [RSA], NOT_NO)],
  ),
  c(
    'b26-de-are-puis-conjointe-brsa',
    ['rsa', 'france-travail', 'prepa-competences', 'follow-up'],
    [
      t(
        "monsieur 40 ans inscrit FT depuis 1 an, il touche l'ARE, pas le RSA. c'est sa femme que j'accompagne (BRSA). lui il peut faire prepa comp ?",
        'eligibility',
        [FT],
      ),
      t('et sa femme du coup, BRSA pas inscrite a FT ?', 'eligibility', [REGISTERED_OR_NOT], NOT_NO),
    ],
  ),
  c(
    'b26-accompagnement-global-region',
    ['rsa', 'formation', 'verdict-yes'],
    [
      t(
        'BRSA en accompagnement global, projet aide-soignant, est ce qu il peut pretendre a une formation financée par la region ?',
        'eligibility',
        [PUBLIC_FUNDERS],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b26-mere-isolee-valence',
    ['rsa', 'prepa-competences', 'practical', 'info-collective'],
    [
      t(
        "BRSA 38 ans mere isolée 3 enfants, pas de permis, elle habite Valence d'Agen. pour prepa comp elle serait obligée d'aller a Montauban ?",
        'dispositif',
        [REMOTE],
        ['lundi au jeudi'],
      ),
      t('y a une info coll pres de chez elle ?', 'agenda', [on('2027-03-04')], PAST_JPO),
    ],
  ),
  c(
    'b26-brsa-bilan-fin',
    ['rsa', 'prepa-competences', 'practical'],
    [
      t(
        "j'ai envoyé Mr D. (BRSA 50 ans) en prepa comp volet 1, est ce que je recois un retour a la fin ou je dois relancer l'afpa ?",
        'dispositif',
        [BILAN],
      ),
    ],
  ),
  c(
    'b26-brsa-plaquiste-complet',
    ['rsa', 'places', 'practical'],
    [
      t(
        "j'ai un BRSA tres motivé pour plaquiste, il reste de la place dans la formation ?",
        'agenda',
        [FULL],
        OTHER_TRAININGS('plaquiste', 'maçon', 'électricien'),
      ),
    ],
  ),
  c(
    'b26-senior-numerique',
    ['rsa', 'clea-numerique', 'practical'],
    [
      t(
        "dame 58 ans BRSA, sait pas allumer un ordi, n'arrive pas a faire ses demarches caf en ligne. l'afpa a un truc pour ca ?",
        'dispositif',
        [CLEA_NUMERIQUE],
      ),
    ],
  ),

  // ── Profiles: young people, ASE and La Promo 16/18 ──────────────────────────
  c(
    'b26-ase-17-frere-15',
    ['ase', 'promo-16-18', 'verdict-yes', 'verdict-no', 'follow-up'],
    [
      t(
        "jeune confié ASE, 17 ans, a arreté le lycée en novembre, depuis rien (pas de taf pas de formation). la promo 1618 c'est jouable ?",
        'eligibility',
        [PROMO_YES],
        NOT_NO,
      ),
      t('et son frere 15 ans, meme situation ?', 'eligibility', [NO, AGE_MIN]),
    ],
  ),
  c(
    'b26-16ans-fils-brsa-promo',
    ['rsa', 'promo-16-18', 'verdict-yes'],
    [
      t(
        'un gamin de 16 ans descolarisé depuis la rentrée, pas ASE, sa mere est BRSA dans mon portefeuille. il peut aller sur la promo 16/18 ?',
        'eligibility',
        [[...DROPOUT, 'mineur']],
        NOT_NO,
      ),
      t("c moi qui l'inscrit ou c la ML ?", 'dispositif', [ML_CIO_PANDA]),
    ],
  ),
  c(
    'b26-17ans-puis-19ans',
    ['promo-16-18', 'verdict-yes', 'verdict-no', 'follow-up'],
    [
      t(
        "une jeune de 17 ans, la fille d'une allocataire que je suis, a laché le lycée en 1ere l'an dernier, reste a la maison, ne bosse pas. pas suivie ASE. promo 1618 possible ?",
        'eligibility',
        [[...DROPOUT, 'mineur', 'ne travaill']],
        NOT_NO,
      ),
      t('et si elle a 19 ans ?', 'eligibility', [NO, AGE_MAX]),
    ],
  ),
  c(
    'b26-19ans-sortie-ase',
    ['ase', 'promo-16-18', 'prepa-competences', 'verdict-no', 'follow-up'],
    [
      t(
        'jeune femme 19 ans sortie ASE (contrat jeune majeur fini), sans diplome ni emploi. on peut la mettre sur la promo 16 18 ??',
        'eligibility',
        [NO, AGE_MAX],
      ),
      t('ok et prepa comp alors ? elle a pas le RSA et elle est pas inscrite FT', 'eligibility', [FT, RSA]),
    ],
  ),
  c(
    'b26-ase-16-encore-lycee',
    ['ase', 'promo-16-18', 'in-school'],
    [
      t(
        "ASE 16 ans, inscrit en seconde pro mais absenteisme ++ (il y va 1 jour sur 2). la promo ca pourrait l'aider ?",
        'eligibility',
        [SCHOOL_LEFT],
      ),
    ],
  ),
  c(
    'b26-ase-17-apprenti',
    ['ase', 'promo-16-18', 'verdict-no'],
    [
      t(
        "jeune 17 ans confié ASE, en apprentissage boulangerie depuis septembre, ça se passe bien mais l'educ pense que la promo 1618 lui apporterait un plus. possible en parallele ?",
        'eligibility',
        [NO, NOT_IN_TRAINING_OR_WORK],
      ),
    ],
  ),
  c(
    'b26-ase-18-ans-pile',
    ['ase', 'promo-16-18', 'unsettled', 'age-boundary'],
    [
      t(
        "jeune ASE qui a eu 18 ans la semaine derniere, decroché depuis 1 an. la promo 16/18 c'est encore possible ou c'est mort ?",
        'eligibility',
        [AGE_MAX],
      ),
    ],
  ),
  c(
    'b26-mna-ase-promo-ou-fle',
    ['ase', 'promo-16-18', 'fle'],
    [
      t(
        'MNA 17 ans confié a l ASE, arrivé de Guinée il y a 6 mois, parle un peu francais, pas scolarisé. promo 1618 ou plutot FLE ??',
        'eligibility',
        [PROMO, FLE],
      ),
    ],
  ),
  c(
    'b26-ase-16-prepa',
    ['ase', 'prepa-competences', 'promo-16-18'],
    [t("ASE 16 ans decroché, prepa comp c'est possible pour lui ?", 'eligibility', [PROMO])],
  ),
  c(
    'b26-ase-17-puis-prescrire',
    ['ase', 'promo-16-18', 'verdict-yes', 'terse'],
    [
      t('ase 17a decrochee depuis juin ni emploi ni formation, promo ?', 'eligibility', [PROMO_YES], NOT_NO),
      t("ok je l'oriente, comment je fais", 'prescribe', [['prescri', 'inscri', 'panda', 'formulaire']]),
    ],
  ),
  c(
    'b26-promo-jours-parents-entree',
    ['ase', 'promo-16-18', 'practical', 'sessions'],
    [
      t(
        "jeune ASE 16 ans qu'on a positionné sur la promo, c quels jours ? il a un suivi psy le vendredi",
        'dispositif',
        [PROMO_DAYS],
      ),
      t("faut l'autorisation des parents ? il est placé en famille d'accueil", 'dispositif', [PARENTAL]),
      t(
        'c quand la prochaine entrée ?',
        'agenda',
        [on('2027-02-01')],
        [...notOn('2027-01-18'), ...notOn('2027-01-20')],
      ),
    ],
  ),
  c(
    'b26-promo-dormir-ailleurs',
    ['ase', 'promo-16-18', 'practical'],
    [
      t(
        "ado ASE 17 ans qui commence la promo 16/18, la famille d'accueil demande s'il va devoir partir / dormir ailleurs pendant le programme",
        'dispositif',
        [MOBILITY, TWO_WEEKS],
      ),
    ],
  ),
  c(
    'b26-promo-suivi-apres',
    ['ase', 'promo-16-18', 'practical'],
    [
      t("ma jeune ASE finit la promo en mai, y a un suivi apres ou c'est fini ?", 'dispositif', [
        SIX_MONTHS,
        ML,
      ]),
    ],
  ),

  // ── Profiles: PEC, SIAE, chantiers d'insertion ──────────────────────────────
  c(
    'b26-pec-rqth-mairie',
    ['pec', 'th', 'competences-pec', 'verdict-yes', 'practical'],
    [
      t(
        "Mr 52 ans RQTH, en PEC agent technique a la mairie de Caussade depuis 2 mois (suivi cap emploi), ex BRSA. competences PEC c'est pour lui ?",
        'eligibility',
        [PEC_SIGNED],
        [...NOT_NO, '13 semaines'],
      ),
      t("faut que la mairie soit d'accord ?", 'dispositif', [EMPLOYER, AGREEMENT]),
      t(
        'il sera absent de son poste combien de jours au total ?',
        'dispositif',
        [PEC_DAYS],
        [...PREPA_DURATION, '13 semaines'],
      ),
    ],
  ),
  c(
    'b26-pec-termine-2025',
    ['pec', 'competences-pec', 'vae', 'unsettled'],
    [
      t(
        'une dame a fini son PEC en ehpad en 2025 (3 ans comme ASH), elle voudrait valider un diplome. competences PEC encore possible ?',
        'eligibility',
        [PEC_DURING, VAE],
      ),
    ],
  ),
  c(
    'b26-pec-fin-dans-3-semaines',
    ['pec', 'competences-pec', 'unsettled'],
    [
      t(
        "salariée en PEC (entretien des ecoles), son contrat se termine dans 3 semaines et elle voudrait faire competences PEC avant la fin. c'est encore faisable ?",
        'eligibility',
        [PEC_DURING],
      ),
    ],
  ),
  c(
    'b26-pec-ml-pas-rsa',
    ['pec', 'competences-pec', 'verdict-yes'],
    [
      t(
        "salariée en PEC, 30 ans, pas au RSA, son PEC a été prescrit par la mission locale. competences PEC c'est ok pour elle ?",
        'eligibility',
        [[...PEC_SIGNED, ...ML]],
        NOT_NO,
      ),
      t('elle a signé y a une semaine, trop tot ?', 'dispositif', [PEC_FROM_SIGNATURE]),
    ],
  ),
  c(
    'b26-brsa-signe-pec-lequel',
    ['rsa', 'pec', 'competences-pec', 'prepa-competences'],
    [
      t(
        'BRSA qui vient de signer un PEC en asso (aide a domicile), je le positionne sur prepa comp ou competences PEC ?',
        'eligibility',
        [COMPETENCES_PEC],
      ),
    ],
  ),
  c(
    'b26-pec-vae-restauration',
    ['pec', 'competences-pec', 'vae', 'places', 'practical'],
    [
      t(
        'salarié PEC aide cuisine au college, il veut faire une VAE agent de restauration dans le cadre de competences PEC. la partie VAE ca dure combien ?',
        'dispositif',
        [VAE_DAYS],
        [...PREPA_DURATION, '13 semaines'],
      ),
      t(
        'et y a des places dans la formation agent de restauration ?',
        'agenda',
        [seats(4), on('2027-03-15')],
        OTHER_TRAININGS('restauration'),
      ),
    ],
  ),
  c(
    'b26-aci-rsfp-clea',
    ['rsa', 'siae', 'rsfp', 'clea'],
    [
      t(
        "Mr BRSA en chantier d insertion espaces verts depuis 18 mois, 15 ans d'experience en espaces verts mais aucun diplome et il lit tres mal. une VAE c envisageable ?",
        'eligibility',
        [RSFP],
      ),
      t('et pour remettre a niveau lire ecrire compter ?', 'dispositif', [CLEA]),
    ],
  ),
  c(
    'b26-ei-cariste',
    ['siae', 'formation', 'places', 'verdict-yes'],
    [
      t(
        "jeune 23 ans salarié en entreprise d'insertion (EI), projet cariste, il a acces aux formations de l'afpa ou pas ?",
        'eligibility',
        [PUBLIC_FUNDERS, QUALIFICATION],
      ),
      t(
        'y a de la place en cariste en ce moment ?',
        'agenda',
        [seats(6), on('2027-01-27')],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b26-clauses-sociales-batiment',
    ['rsa', 'clauses-sociales', 'reunion-metier'],
    [
      t(
        "on a un groupe de BRSA qu'on voudrait positionner sur les clauses sociales d'un chantier BTP, l'afpa peut les preparer avant ?",
        'dispositif',
        [FIRST_GESTURES],
      ),
      t('y a une reunion metiers du batiment prevue ?', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
    ],
  ),

  // ── The dispositifs ─────────────────────────────────────────────────────────
  c(
    'b26-volets-difference',
    ['prepa-competences'],
    [
      t(
        'prepa comp volet 1 volet 2 c quoi la diff concretement ?',
        'dispositif',
        [VOLET1_DAYS, VOLET2_DAYS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b26-competences-pec-phases',
    ['competences-pec'],
    [
      t(
        'competences PEC ça se deroule comment, y a combien de phases ?',
        'dispositif',
        [PEC_PHASES],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b26-promo-duree',
    ['promo-16-18'],
    [
      t('la promo 16/18 ca dure combien de temps', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
      t('et si le jeune a besoin de plus de temps ?', 'dispositif', [PROMO_MAX]),
    ],
  ),
  c(
    'b26-rsfp-definition',
    ['rsfp'],
    [t("rsfp c koi exactement ? c'est pour qui ?", 'dispositif', [SAVOIR_FAIRE, RSFP_FOR])],
  ),
  c(
    'b26-promo-code-route',
    ['promo-16-18'],
    [t('est ce que la promo 1618 les prepare au code ?', 'dispositif', [CODE_ROUTE])],
  ),
  c(
    'b26-panda',
    ['panda'],
    [t("panda c'est quoi ? j'ai pas d'acces, comment je fais", 'dispositif', [TRACEABILITY, HABILITATION])],
  ),
  c(
    'b26-campagne-dates',
    ['campagne'],
    [
      t("les BRSA prescrits par le CD pouvaient entrer jusqu'a quand d'apres la convention ?", 'dispositif', [
        ENTRY_DEADLINE,
      ]),
      t('et la convention elle meme elle dure combien ?', 'dispositif', [TWO_YEARS]),
    ],
  ),

  // ── Agenda ──────────────────────────────────────────────────────────────────
  c(
    'b26-jpo-montauban-moissac',
    ['jpo'],
    [
      t('prochaine JPO ? je voudrais y emmener 2 allocataires', 'agenda', [on('2027-02-03')], PAST_JPO),
      t('et du coté de moissac ?', 'agenda', [on('2027-02-17')], [...PAST_JPO, ...notOn('2027-02-03')]),
    ],
  ),
  c(
    'b26-info-coll-cette-semaine',
    ['info-collective', 'prepa-competences'],
    [
      t(
        'y a une info coll prepa comp cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...PAST_JPO, ...notOn('2027-01-21'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b26-visites-plateau',
    ['visite-plateau'],
    [
      t(
        'les visites de plateaux techniques c quand ?',
        'agenda',
        [on('2027-01-19'), on('2027-03-10')],
        PAST_JPO,
      ),
    ],
  ),
  c(
    'b26-info-coll-pec-employeurs',
    ['info-collective', 'competences-pec', 'pec'],
    [
      t(
        "une info coll competences PEC est prevue ? j'ai 2 salariés PEC et leur employeur interessés",
        'agenda',
        [on('2027-02-09')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b26-entree-atelier-2',
    ['sessions', 'competences-pec'],
    [
      t(
        'prochaine entree competences pec atelier 2 ?',
        'agenda',
        [on('2027-01-20')],
        [...notOn('2027-01-18'), ...notOn('2027-02-10')],
      ),
    ],
  ),
  c(
    'b26-reunion-logistique',
    ['reunion-metier', 'rsa'],
    [
      t(
        "reunion metier logistique c quand ? j'ai 3 brsa interessés par cariste",
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
    ],
  ),

  // ── Figures, contacts ───────────────────────────────────────────────────────
  c(
    'b26-objectifs',
    ['objectifs'],
    [
      t(
        "c'etait quoi les objectifs chiffrés de la convention pour prepa comp et competences pec ?",
        'figures',
        [TARGET_PREPA, TARGET_PEC],
      ),
      t('et pour les jeunes ase sur la promo ?', 'figures', [TARGET_ASE]),
    ],
  ),
  c(
    'b26-contact-coordonnateur',
    ['afpa'],
    [t("qui est le coordonnateur des dispositifs a l'afpa montauban ?", 'contact', [VELLA])],
  ),
  c(
    'b26-contact-deploiement',
    ['afpa', 'ase', 'promo-16-18'],
    [
      t(
        "j'ai un jeune ASE a orienter sur la promo, qui s'occupe du deploiement des prestations a l'afpa ?",
        'contact',
        [BATTEDOU],
      ),
    ],
  ),

  // ── Out of scope ────────────────────────────────────────────────────────────
  c(
    'b26-oos-montant-rsa',
    ['rsa'],
    [
      t(
        'tu peux me dire le montant du RSA pour une personne seule cette année ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b26-oos-hebergement',
    ['rsa'],
    [
      t("un de mes BRSA est a la rue ce soir, t'as un hebergement d'urgence ?", 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),

  // ── Prescribe ───────────────────────────────────────────────────────────────
  c(
    'b26-prescrire-cout-merci',
    ['rsa', 'prepa-competences'],
    [
      t('je veux prescrire prepa comp pour une BRSA de mon secteur', 'prescribe', [
        ['prescri', 'inscri', 'formulaire'],
      ]),
      t('ca coute quelque chose au departement ?', 'dispositif', [FREE]),
      t('super merci', 'other', [COURTESY]),
    ],
  ),
];
