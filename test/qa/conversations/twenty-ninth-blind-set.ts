import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/**
 * Twenty-ninth blind set: « CAN THIS PERSON GO? — ASKED BY PEOPLE WHO ARE NOT EXPERTS ».
 *
 * Who writes: educators of the Aide sociale à l'enfance, Mission locale advisers, a référente
 * insertion of the Département in her first month, the CIP of a chantier d'insertion (ACI), the
 * receptionist of the AFPA centre. Each describes someone (a young person, an allocataire du RSA, a
 * salarié in PEC or in CDDI, a newcomer, a relative of a neighbour…) and asks whether that person can
 * go to one of the agreement's programmes, or what exists for them.
 *
 * Style: Teams chat as non-experts type it: long or short, sometimes very vague, sometimes facts in a
 * list, a fact corrected in the next turn (« ah non il a 18 ans en fait »), hesitations (« je crois
 * qu'elle touche le RSA »), no accents, typos, abbreviations (BRSA, ASE, PEC, 1618, prépa comp, FT, ML,
 * TH, CD, CIP, ACI, CDDI), questions without a question mark; follow-ups that change one fact, ask
 * another programme for the same person, or ask something practical (duration, place, how to register).
 *
 * About two thirds of the turns are eligibility questions, with yes and no verdicts; a no carries its
 * reason as the agreement states it (jeunes mineurs, 16 ans, allocataires du RSA, personnes en parcours
 * emploi compétences, jeunes qui ne sont pas en formation et ne travaillent pas…). Where the agreement
 * does not settle a case, the expected answer states the rule (or asks for the missing fact) and must
 * not hold an invented verdict. The rest: dispositif, agenda (against `agenda-fixture.ts`, today frozen
 * at Monday 11 January 2027, Europe/Paris), out of scope, contact, prescribe.
 *
 * Written only from the agreement (seed), the product guide and the agenda fixture, without looking at
 * the bot, its tests or the other sets.
 */

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each phrase with a straight and a typographic apostrophe. */
const ap = (...xs: string[]): string[] => [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’')]))];

// ── Programmes, as an answer may name them ─────────────────────────────────

const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618'];
const PREPA = ['prépa compétences', 'prépa comp', 'prépa-comp', 'prepa competences'];
const COMP_PEC = [
  'compétences pec',
  'compétences p.e.c',
  'compétences – pec',
  'compétences - pec',
  'compétences-pec',
];

const PROMO_NAMES = ['la promo', 'promo 16/18', 'promo 16-18', 'promo 1618', 'promo16/18'];
const PREPA_NAMES = ['prépa', 'prépa compétences'];
const PEC_NAMES = ['compétences pec', 'compétences p.e.c'];

/** A verdict of « no » for that programme (wrong when the person can go). */
const saysNo = (names: string[]): string[] =>
  names.flatMap((n) => [
    `pas éligible à ${n}`,
    `pas éligible au ${n}`,
    `non éligible à ${n}`,
    `inéligible à ${n}`,
    `${n} : non`,
    `${n} : pas éligible`,
    `${n} : non éligible`,
  ]);

/** A verdict of « yes » for that programme (wrong when the person cannot go). */
const saysYes = (names: string[]): string[] =>
  names.flatMap((n) => [
    `est éligible à ${n}`,
    `éligible à ${n} : oui`,
    `${n} : oui`,
    `${n} : éligible`,
    `peut intégrer ${n}`,
    `peut entrer en ${n}`,
    `peut entrer à ${n}`,
    `peut entrer dans ${n}`,
    `peut faire ${n}`,
    `peut suivre ${n}`,
    `peut bénéficier de ${n}`,
  ]);

// ── Verdicts ───────────────────────────────────────────────────────────────

const YES = ap(
  'oui',
  'éligible',
  'peut entrer',
  'peut intégrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut y aller',
  'peut participer',
  'peut suivre',
  'peut faire',
  'peut y prétendre',
  'peut être orienté',
  'peut être prescrit',
  'pouvez le prescrire',
  'pouvez la prescrire',
  "pouvez l'orienter",
  "pouvez l'inscrire",
  'critères remplis',
  'remplit les critères',
  'correspond au public',
  'fait partie du public',
  'public visé',
  'public cible',
  'est concerné',
  'accessible',
);

const NO = ap(
  'non',
  'pas éligible',
  'inéligible',
  'réservé',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'impossible',
  'ne correspond pas',
  'ne relève pas',
  'pas accessible',
  'ne remplit pas',
  'pas concerné',
  'ne fait pas partie',
  'exclu',
  'trop jeune',
  'trop âgé',
  'uniquement',
  'seulement',
  "s'adresse aux",
  "s'adresse à",
);

// ── Reasons and rules, as the agreement states them ────────────────────────

/** La Promo 16/18 « s'adresse aux jeunes mineurs » (guide: 16-17 year-olds). */
const PROMO_MINORS = ap(
  'mineur',
  'majeur',
  '16-17',
  '16 à 17',
  '16 et 17',
  '16 ou 17',
  'moins de 18',
  'pas encore 18',
  'avant 18',
  'avant ses 18',
  "jusqu'à 17",
  '17 ans maximum',
  '17 ans au plus',
);

/** From 16. */
const PROMO_FROM_16 = ap(
  '16 ans',
  'à partir de 16',
  'dès 16',
  'dès ses 16',
  'au moins 16',
  'minimum 16',
  '16 à 1',
  '16-17',
  '16 et 17',
  'moins de 16',
  'avant 16',
);

/** « ayant quitté prématurément le collège ou le lycée, qui ne sont pas en formation et qui ne travaillent pas ». */
const PROMO_OUT_OF_SCHOOL = ap(
  'quitté',
  'décroch',
  'pas en formation',
  'ni en formation',
  'hors formation',
  'sans formation',
  'déscolaris',
  'plus scolarisé',
  'sorti du système',
  'sortis du système',
  'ne travaill',
  'ni en emploi',
  'sans emploi',
);

/** Same rule, the « not working » half. */
const PROMO_NOT_WORKING = ap('travaill', 'emploi', 'cdd', 'en poste', 'salarié');

/** Prépa Compétences, through the Département: allocataires du RSA. */
const RSA = ap(' rsa', '(rsa', 'rsa)', 'r.s.a', 'allocataire');

/** « qu'ils soient inscrits ou non-inscrits à Pôle Emploi ». */
const NOT_REGISTERED_OK = ap(
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'pas inscrit',
  'non inscrit',
  'non-inscrit',
  'sans être inscrit',
  'sans inscription',
  'même sans',
  'pas obligé',
  'pas besoin',
  'pas nécessaire',
  'pas obligatoire',
  "n'est pas exigée",
  "n'est pas requise",
  'pas une condition',
  'pas requis',
);

/** The other road: demandeurs d'emploi accompanied by France Travail (ex-Pôle emploi). */
const FRANCE_TRAVAIL = ['france travail', 'pôle emploi', 'pole emploi'];

/** Compétences PEC: « personnes signataires d'un parcours emploi compétences ». */
const PEC_CONTRACT = ap(
  'parcours emploi compétences',
  'contrat pec',
  'contrat p.e.c',
  'en pec',
  'sous pec',
  'un pec',
  "d'un pec",
  'un p.e.c',
  'signataire',
  'bénéficiaires de pec',
  'bénéficiaires de p.e.c',
  'bénéficiaire de pec',
  'contrat aidé',
);

/** « organisée sur la durée du P.E.C. », « mobilisable dès signature du contrat P.E.C. ou dès les premiers mois ». */
const PEC_DURING = ap(
  'durée du pec',
  'durée du p.e.c',
  'durée du contrat',
  'durée de son contrat',
  'pendant le pec',
  'pendant son pec',
  'pendant le contrat',
  'pendant son contrat',
  'durant le contrat',
  'durant le pec',
  'en cours de pec',
  'en cours de contrat',
  'signature du contrat',
  'dès la signature',
  'dès signature',
  'premiers mois',
  'contrat en cours',
  'pec en cours',
);

const PEC_SIGNATURE = ap(
  'signature',
  'premiers mois',
  'début du contrat',
  'début de son contrat',
  'dès que son contrat',
  'dès que le contrat',
  'une fois le contrat',
  'une fois son contrat',
  'une fois signé',
  'aura signé',
  'a signé',
  '1er février',
  '1 février',
);

/** Prépa Compétences, volet 2: « sécuriser son entrée en formation ». */
const PREPA_VOLET_2 = ['volet 2', 'sécuris'];

/** Prépa Compétences comes « en amont d'un parcours d'accès à la qualification ». */
const PREPA_UPSTREAM = ap(
  'amont',
  "avant l'entrée",
  'avant une formation',
  'avant la formation',
  'entrée en formation',
  "avant d'entrer",
  'préparer',
  'préalable',
);

// ── Durations, days, places ────────────────────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'entre 2 et 8',
  '5 à 6 jours',
  '4 à 8 jours',
  '5-6 jours',
  '4-8 jours',
];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois', '4 mois', 'quatre mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jeudi'];
const DISTANCE = ['distance', 'distanciel'];
const MONTAUBAN = ['montauban'];

// ── Other offers of the agreement ──────────────────────────────────────────

const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const PEC_OUTCOMES = [...VAE, ...RSFP, 'cléa', 'certification'];
const FLE = ap(
  'français à visée professionnelle',
  'francais a visee',
  'français langue étrangère',
  'langue étrangère',
  'primo-arrivant',
  'primo arrivant',
);
const CLEA = ['cléa', 'clea'];
const ML_CIO = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const SIAE_QUALIFICATION = ap(
  'région',
  'régional',
  'financeurs publics',
  'droit commun',
  'éligible',
  'oui',
  'info places',
  'places disponibles',
);

// ── Contact, prescription, out of scope ────────────────────────────────────

const CONTACT_RAP = ['battedou', 'responsable accompagnement'];
const CONTACT_DIRECTOR = ['vella'];
const PRESCRIBE = ['prescri', 'panda', 'formulaire', 'inscri'];
const REFERENT = ap('référent', 'conseiller', 'conseillère', 'travailleur social', 'prescri');
const OUT_OF_SCOPE = ap(
  'ne couvre pas',
  'ne traite pas',
  'pas dans mon',
  'hors de mon',
  'hors du champ',
  'hors champ',
  'en dehors',
  'ne relève pas',
  'pas en mesure',
  'ne peux pas',
  'je ne sais pas',
  "pas d'information",
  'pas cette information',
  'ne dispose pas',
  'pas prévu',
  'ne concerne pas',
  'uniquement',
  'seulement',
  'je peux vous aider',
  'je réponds',
  'rapprocher',
  'adressez-vous',
  'contacter',
  'voir avec',
);

// Trainings of Info Places, to check that a places answer about one trade lists no other.
const OTHER_THAN = (...asked: string[]) =>
  [
    'soudeur',
    'maçon',
    'cariste',
    'préparateur de commandes',
    'électricien',
    'agent de propreté',
    'plaquiste',
    'agent de restauration',
  ].filter((name) => !asked.includes(name));

// ── The cases ──────────────────────────────────────────────────────────────

export const TWENTY_NINTH_BLIND_SET: ConversationCase[] = [
  // ASE educators
  c(
    'b29-ase-17-left-lycee',
    ['ase', 'verdict-yes', 'practical'],
    [
      t(
        "bonjour, educ ASE sur montauban. j'ai une jeune de 17 ans qui a arrete le lycee en octobre, elle fait rien depuis (pas de taf pas de formation). elle peut aller a la promo 1618 ?",
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
      t('et ca dure combien ?', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
      t("c'est ou ? elle est en famille d'accueil vers beaumont de lomagne", 'dispositif', [MONTAUBAN]),
    ],
  ),

  c(
    'b29-ase-15-and-a-half',
    ['ase', 'verdict-no', 'changed-fact'],
    [
      t(
        'jeune placee ASE, 15 ans et demi, exclue du college depuis la toussaint, elle peut faire la promo 16 18',
        'eligibility',
        [NO, PROMO_FROM_16],
        saysYes(PROMO_NAMES),
      ),
      t(
        'elle a 16 ans en septembre, ca sera possible a ce moment la ?',
        'eligibility',
        [['oui', 'pourra', 'éligible', 'possible'], PROMO_FROM_16],
        ['ne pourra pas'],
      ),
    ],
  ),

  c(
    'b29-ase-apprentice-then-broke-contract',
    ['ase', 'rule-only', 'changed-fact', 'verdict-yes'],
    [
      t(
        'garcon 17 ans ASE, en apprentissage boulangerie depuis septembre mais ca se passe mal. promo 1618 possible ?',
        'eligibility',
        [PROMO_OUT_OF_SCHOOL],
        saysYes(PROMO_NAMES),
      ),
      t(
        'bon en fait il a rompu son contrat vendredi, il fait plus rien du tout',
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-ase-still-in-seconde',
    ['ase', 'rule-only'],
    [
      t(
        'une jeune ASE 16 ans, inscrite en seconde mais elle seche quasi tout. elle peut faire la promo ?',
        'eligibility',
        [PROMO_OUT_OF_SCHOOL],
        saysYes(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-ase-jeune-majeur-18',
    ['ase', 'verdict-no', 'other-programme'],
    [
      t(
        'jeune majeure ASE (contrat jeune majeur), 18 ans et 2 mois, decrochee depuis 1 an. promo 1618 ?',
        'eligibility',
        [NO, PROMO_MINORS],
        saysYes(PROMO_NAMES),
      ),
      t('et prepa competences du coup', 'eligibility', [RSA]),
    ],
  ),

  c(
    'b29-ase-16-working-cdd',
    ['ase', 'verdict-no'],
    [
      t(
        "ASE : il a 16 ans, il a quitte l'ecole mais il bosse en CDD chez un maraicher depuis 2 mois. la promo c'est pour lui ?",
        'eligibility',
        [NO, PROMO_NOT_WORKING],
        saysYes(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-ase-17-pregnant',
    ['ase', 'verdict-yes'],
    [
      t(
        "jeune fille ASE 17 ans, enceinte de 5 mois, a quitte le lycee l'an dernier, rien depuis. elle peut faire la promo",
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-ase-typos-then-register',
    ['ase', 'typos', 'verdict-yes'],
    [
      t(
        'bjr jai 1 jeune ase 17a sortie du sytem scolaire depui 1 an , il fai rien , il peu faire la promo1618 ??',
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
      t("je l'inscris comment", 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b29-ase-two-brothers',
    ['ase', 'verdict-yes', 'verdict-no', 'two-people'],
    [
      t(
        '2 freres suivis ASE, 16 et 19 ans, les 2 decrocheurs, pas de taf. la promo pour les deux c possible ?',
        'eligibility',
        [YES, PROMO_MINORS],
        [
          'les deux peuvent',
          'tous les deux peuvent',
          'les deux sont éligibles',
          'tous deux éligibles',
          'tous les deux éligibles',
        ],
      ),
    ],
  ),

  c(
    'b29-ase-prepa-instead-of-promo',
    ['ase', 'other-programme', 'verdict-yes'],
    [
      t(
        'ma jeune de 17 ans (ASE) elle pourrait faire prepa competences plutot que la promo ?',
        'eligibility',
        [[...RSA, 'demandeur', ...FRANCE_TRAVAIL]],
      ),
      t(
        "ok donc la promo. elle a quitte le lycee en 1ere l'an dernier, elle travaille pas",
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-ase-age-corrected-down',
    ['ase', 'changed-fact', 'verdict-yes'],
    [
      t(
        'jeune ASE 17 ans, decroche depuis la 3e, il fait rien. promo ok ?',
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
      t(
        'attends je regarde son dossier... il a 16 ans pas 17, il les a eu en novembre',
        'eligibility',
        [YES],
        [...saysNo(PROMO_NAMES), 'trop jeune'],
      ),
    ],
  ),

  c(
    'b29-ase-mna-17',
    ['ase', 'newcomer', 'rule-only'],
    [
      t(
        "MNA de 17 ans confie a l'ASE, jamais scolarise en france, parle un peu francais. promo 1618 ou le francais pro ?",
        'eligibility',
        [PROMO, FLE],
      ),
    ],
  ),

  c(
    'b29-ase-17-lives-in-moissac',
    ['ase', 'verdict-yes'],
    [
      t(
        'jeune ASE 17 ans placee a moissac, sortie du college sans rien, elle fait rien. elle peut faire la promo meme si elle habite loin de montauban',
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-ase-how-to-register-promo',
    ['ase'],
    [
      t('educ ASE. je veux inscrire ma jeune a la promo 1618, je fais comment concretement', 'prescribe', [
        [...PRESCRIBE, ...ML_CIO],
      ]),
    ],
  ),

  c(
    'b29-ase-oos-jeune-majeur',
    ['ase'],
    [
      t("le jeune a droit au contrat jeune majeur a 18 ans ? c'est quoi les conditions", 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),

  c(
    'b29-ase-oos-lodging',
    ['ase'],
    [
      t(
        "la jeune de 17 ans dont je parlais elle a plus de logement, l'afpa peut l'heberger ce soir ?",
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),

  // Mission locale advisers
  c(
    'b29-ml-vague-then-18',
    ['mission-locale', 'vague', 'changed-fact', 'verdict-yes', 'verdict-no'],
    [
      t('un jeune qui fait rien de ses journees, 17 ans', 'eligibility', [PROMO]),
      t(
        'il a arrete le lycee en juin, pas de boulot pas de formation, il est suivi chez nous a la ML',
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
      t(
        'ah non il a 18 ans en fait, il les a eu en decembre. ca change qqch ?',
        'eligibility',
        [NO, PROMO_MINORS],
        saysYes(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-ml-19-no-rsa',
    ['mission-locale', 'rule-only', 'other-programme', 'verdict-no'],
    [
      t(
        "conseillere ML. jeune 19 ans, sans diplome, il a pas le RSA (moins de 25 ans), est ce qu'il peut faire prepa competences avec vous",
        'eligibility',
        [RSA],
      ),
      t('il passe par ou alors', 'eligibility', [FRANCE_TRAVAIL]),
      t('et la promo 1618 pour lui ?', 'eligibility', [NO, PROMO_MINORS], saysYes(PROMO_NAMES)),
    ],
  ),

  c(
    'b29-ml-cap-stopped-next-entry',
    ['mission-locale', 'verdict-yes'],
    [
      t(
        "conseillere ML : jeune fille 17 ans, a arrete son CAP en decembre, sa mere est d'accord. promo 16/18 possible ?",
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
      t(
        "la prochaine entree c'est quand",
        'agenda',
        [on('2027-02-01')],
        [...notOn('2027-01-18'), ...notOn('2027-01-20')],
      ),
    ],
  ),

  c(
    'b29-ml-older-sister-rsa',
    ['mission-locale', 'relative'],
    [
      t(
        "la grande soeur d'un de mes jeunes, 26 ans, au RSA, inscrite nulle part, pas de diplome. vous avez qqch pour elle ?",
        'eligibility',
        [PREPA],
        saysYes(PROMO_NAMES),
      ),
      t(
        'et son petit frere 17 ans, il a quitte le lycee en novembre et il fait rien',
        'eligibility',
        [PROMO, YES],
        saysNo(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-ml-pec-not-rsa',
    ['mission-locale', 'rule-only'],
    [
      t(
        'jeune 23 ans en PEC signe via la mission locale, pas au RSA. competences pec c possible ?',
        'eligibility',
        [PEC_CONTRACT],
      ),
    ],
  ),

  // A new référente insertion of the Département, in her first month
  c(
    'b29-new-referent-rsa-not-ft',
    ['new-referent', 'verdict-yes', 'practical'],
    [
      t(
        "bjr, nouvelle referente insertion depuis 3 semaines donc desolee si c'est bete. j'ai un monsieur au RSA, 45 ans, pas inscrit a FT, il voudrait faire une formation cariste mais il a peur de pas y arriver. prepa comp c'est possible pour lui ?",
        'eligibility',
        [YES, NOT_REGISTERED_OK],
        saysNo(PREPA_NAMES),
      ),
      t('ok et ca dure combien', 'dispositif', [PREPA_DURATION], PROMO_DURATION),
      t(
        'y a une info coll bientot ? il habite montauban',
        'agenda',
        [on('2027-01-14'), MONTAUBAN],
        notOn('2027-01-07'),
      ),
      t(
        'et en cariste y a des places en ce moment ?',
        'agenda',
        [on('2027-01-27'), seats(6)],
        OTHER_THAN('cariste', 'préparateur de commandes'),
      ),
    ],
  ),

  c(
    'b29-new-referent-rsa-unsure',
    ['new-referent', 'hesitation', 'verdict-yes'],
    [
      t(
        "je crois qu'elle touche le RSA mais je suis pas sure, 32 ans, 2 enfants, elle veut faire aide soignante. prepa comp ca irait ?",
        'eligibility',
        [RSA],
        saysNo(PREPA_NAMES),
      ),
      t("c'est confirme elle est bien au RSA (socle)", 'eligibility', [YES], saysNo(PREPA_NAMES)),
      t('par contre elle a pas de mode de garde le mercredi', 'dispositif', [
        [...DISTANCE, ...ap("garde d'enfants", 'conditions matérielles')],
      ]),
    ],
  ),

  c(
    'b29-new-referent-pec-mairie',
    ['new-referent', 'verdict-yes', 'practical'],
    [
      t(
        "allocataire RSA en PEC depuis 2 mois a la mairie (agent d'entretien). elle peut faire competences pec ?",
        'eligibility',
        [YES],
        saysNo(PEC_NAMES),
      ),
      t("faut que l'employeur soit d'accord ?", 'dispositif', [['employeur'], ['accord', 'oui']]),
      t('et a la fin elle a quoi comme diplome ou truc', 'dispositif', [PEC_OUTCOMES], PROMO_DURATION),
    ],
  ),

  c(
    'b29-new-referent-pec-finished',
    ['new-referent', 'rule-only'],
    [
      t(
        "un monsieur BRSA, il a fini son PEC l'annee derniere (cantonnier). il peut encore faire competences PEC ?",
        'eligibility',
        [PEC_DURING],
        saysYes(PEC_NAMES),
      ),
      t('dommage. il a 10 ans de maconnerie avant, il peut faire valider ca autrement', 'eligibility', [
        [...VAE, ...RSFP],
      ]),
    ],
  ),

  c(
    'b29-new-referent-pec-not-signed',
    ['new-referent', 'changed-fact', 'other-programme', 'verdict-yes'],
    [
      t(
        'monsieur 28 ans au RSA, en PEC a l hopital depuis ce mois ci. quel dispositif pour lui',
        'eligibility',
        [COMP_PEC],
      ),
      t(
        'ah non pardon je me suis trompee, son PEC commence le 1er fevrier, il a pas encore signe',
        'eligibility',
        [PEC_SIGNATURE],
      ),
      t('et en attendant il peut faire prepa comp ?', 'eligibility', [YES], saysNo(PREPA_NAMES)),
    ],
  ),

  c(
    'b29-new-referent-list-aide-a-domicile',
    ['new-referent', 'list', 'other-programme'],
    [
      t(
        'Mme B.\n- 52 ans\n- BRSA depuis 2019\n- inscrite FT\n- 10 ans aide a domicile, pas de diplome\nelle pourrait faire quoi chez vous',
        'eligibility',
        [PREPA],
        [...saysYes(PROMO_NAMES), 'est éligible à compétences pec'],
      ),
      t("elle voudrait surtout faire reconnaitre son experience d'aide a domicile", 'eligibility', [
        [...VAE, ...RSFP],
      ]),
    ],
  ),

  c(
    'b29-new-referent-rsa-61',
    ['new-referent', 'verdict-yes'],
    [t('allocataire rsa 61 ans, trop vieux pour prepa comp ?', 'eligibility', [YES], saysNo(PREPA_NAMES))],
  ),

  c(
    'b29-new-referent-th-cap-emploi',
    ['new-referent', 'verdict-yes'],
    [
      t(
        'une personne TH (RQTH), BRSA, suivie aussi par cap emploi. elle peut aller en prepa comp ?',
        'eligibility',
        [YES],
        saysNo(PREPA_NAMES),
      ),
    ],
  ),

  c(
    'b29-new-referent-volet-2-then-seats',
    ['new-referent', 'verdict-yes'],
    [
      t(
        'BRSA 35 ans, elle a deja trouve sa formation (titre pro secretaire assistante) mais elle a peur de pas tenir le rythme. prepa comp c adapte ou pas',
        'eligibility',
        [YES, PREPA_VOLET_2],
        saysNo(PREPA_NAMES),
      ),
      t('ok et en volet 2 la prochaine session ou il reste de la place ?', 'agenda', [on('2027-02-15')]),
    ],
  ),

  c(
    'b29-new-referent-already-in-training',
    ['new-referent', 'rule-only'],
    [
      t(
        "allocataire RSA deja en formation a l'afpa (titre pro comptable) depuis novembre, elle peut faire prepa comp en plus pour l'aider ?",
        'eligibility',
        [PREPA_UPSTREAM],
        saysYes(PREPA_NAMES),
      ),
    ],
  ),

  c(
    'b29-new-referent-difference-volets',
    ['new-referent'],
    [
      t(
        "c'est quoi la diff entre volet 1 et volet 2 de prepa comp j'avoue je comprends pas",
        'dispositif',
        [['projet'], ['sécuris', 'entrée en formation']],
        PROMO_DURATION,
      ),
    ],
  ),

  c(
    'b29-new-referent-distance-lafrancaise',
    ['new-referent', 'practical'],
    [
      t(
        'allocataire BRSA a lafrancaise, pas de permis pas de bus, prepa comp ca peut se faire a distance ?',
        'dispositif',
        [DISTANCE],
        ['uniquement en présentiel', 'pas à distance'],
      ),
      t('y a une session a distance bientot', 'agenda', [on('2027-02-08')], notOn('2027-03-03')),
    ],
  ),

  c(
    'b29-new-referent-castelsarrasin-info',
    ['new-referent'],
    [
      t(
        "j'ai une allocataire a castelsarrasin sans voiture, y a une info coll prepa comp pres de chez elle",
        'agenda',
        [on('2027-01-21'), ['castelsarrasin']],
        notOn('2027-01-07'),
      ),
    ],
  ),

  c(
    'b29-new-referent-prescribe',
    ['new-referent'],
    [t('ok je voudrais prescrire prepa comp pour un allocataire', 'prescribe', [PRESCRIBE])],
  ),

  c(
    'b29-new-referent-contact',
    ['new-referent'],
    [
      t("je suis nouvelle au CD, j'ai qui comme interlocuteur a l'afpa pour les 3 dispositifs ?", 'contact', [
        [...CONTACT_RAP, ...CONTACT_DIRECTOR],
      ]),
    ],
  ),

  c(
    'b29-new-referent-oos-rsa-amount',
    ['new-referent'],
    [
      t(
        'si elle rentre en formation elle garde son rsa ? elle touchera combien',
        'out_of_scope',
        [OUT_OF_SCOPE],
        ['€', ' euros'],
      ),
    ],
  ),

  c(
    'b29-new-referent-oos-sanction',
    ['new-referent'],
    [
      t(
        'si il va pas aux ateliers je peux faire suspendre son rsa',
        'out_of_scope',
        [OUT_OF_SCOPE],
        ['oui, vous pouvez', 'oui vous pouvez'],
      ),
    ],
  ),

  c(
    'b29-new-referent-couple-rsa',
    ['new-referent', 'two-people', 'verdict-yes'],
    [
      t(
        'un couple au rsa, lui 30 ans elle 27, tous les 2 sans emploi. ils peuvent faire prepa comp les deux en meme temps',
        'eligibility',
        [YES],
        saysNo(PREPA_NAMES),
      ),
    ],
  ),

  // CIP of a chantier d'insertion
  c(
    'b29-cip-aci-cddi-competences-pec',
    ['cip-aci', 'verdict-no', 'other-programme'],
    [
      t(
        "CIP en ACI (chantier espaces verts). j'ai un salarie en CDDI, 38 ans, il etait au RSA avant d'entrer chez nous. il peut faire competences pec ?",
        'eligibility',
        [NO, PEC_CONTRACT],
        saysYes(PEC_NAMES),
      ),
      t("ok. et pour faire reconnaitre ce qu'il apprend sur le chantier y a quoi", 'eligibility', [
        [
          ...RSFP,
          ...VAE,
          'open badge',
          'compétences acquises',
          'évaluer les compétences',
          'évaluation des compétences',
        ],
      ]),
    ],
  ),

  c(
    'b29-cip-aci-titre-pro-soudeur',
    ['cip-aci', 'verdict-yes'],
    [
      t(
        "un de nos salaries en insertion (ACI) veut passer le titre pro soudeur, l'afpa peut le prendre ? il a un vrai projet",
        'eligibility',
        [SIAE_QUALIFICATION],
      ),
      t('y a des places en soudure ?', 'agenda', [on('2027-02-01'), seats(4)], OTHER_THAN('soudeur')),
    ],
  ),

  c(
    'b29-cip-aci-basic-skills',
    ['cip-aci'],
    [
      t(
        "CIP ACI. salariee 50 ans, grosses difficultes lecture ecriture et l'ordi elle connait pas. y a un truc pour elle",
        'eligibility',
        [CLEA],
      ),
      t(
        "elle est au RSA aussi je crois (rsa activite). prepa comp ca l'aiderait ?",
        'eligibility',
        [RSA],
        saysNo(PREPA_NAMES),
      ),
    ],
  ),

  // AFPA receptionist
  c(
    'b29-afpa-reception-rsa-lady',
    ['afpa-reception', 'verdict-yes'],
    [
      t(
        "bonjour c'est l'accueil de l'afpa montauban. j'ai une dame qui dit qu'elle est au RSA et suivie par une assistante sociale du departement, elle demande si elle peut faire prepa competences. je lui reponds quoi",
        'eligibility',
        [YES, REFERENT],
        saysNo(PREPA_NAMES),
      ),
      t("et ici c'est qui qui s'occupe de ca, que je la redirige", 'contact', [
        [...CONTACT_RAP, ...CONTACT_DIRECTOR],
      ]),
    ],
  ),

  c(
    'b29-afpa-reception-mother-16',
    ['afpa-reception', 'relative', 'verdict-yes', 'practical'],
    [
      t(
        'accueil afpa. une maman au tel, son fils a 16 ans, il a lache le lycee pro en novembre, il bosse pas. elle demande pour la promo 16 18',
        'eligibility',
        [YES],
        saysNo(PROMO_NAMES),
      ),
      t('il faut y aller tous les jours ?', 'dispositif', [PROMO_DAYS]),
      t("et c'est qui qui l'inscrit, elle peut le faire elle meme la maman ?", 'prescribe', [
        [...ML_CIO, 'référent', 'panda', 'prescri'],
      ]),
    ],
  ),

  c(
    'b29-afpa-reception-are-not-rsa',
    ['afpa-reception', 'rule-only'],
    [
      t(
        "accueil afpa: un monsieur 40 ans au chomage (il touche l'ARE), pas au RSA, il a vu l'affiche prepa competences. il peut s'inscrire ?",
        'eligibility',
        [FRANCE_TRAVAIL],
      ),
    ],
  ),

  c(
    'b29-afpa-reception-newcomer',
    ['afpa-reception', 'newcomer'],
    [
      t(
        "monsieur afghan arrive en france il y a 1 an, parle tres peu francais, il a le rsa. on peut lui proposer quoi a l'afpa",
        'eligibility',
        [FLE],
      ),
      t('et prepa comp il y a droit aussi vu qu il est au rsa', 'eligibility', [YES], saysNo(PREPA_NAMES)),
    ],
  ),

  c(
    'b29-afpa-reception-pec-employer',
    ['afpa-reception'],
    [
      t(
        'accueil afpa : un employeur (une asso) appelle, il a un salarie en PEC qui est au RSA, il veut le mettre sur competences PEC, qui fait la demande ?',
        'prescribe',
        [REFERENT],
      ),
    ],
  ),

  c(
    'b29-afpa-reception-next-jpo',
    ['afpa-reception'],
    [
      t(
        'une educatrice demande si ses jeunes peuvent venir a la prochaine JPO, c quand',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
    ],
  ),

  c(
    'b29-afpa-reception-oos-caf',
    ['afpa-reception'],
    [t('tu sais si la CAF de montauban est ouverte le mercredi aprem', 'out_of_scope', [OUT_OF_SCOPE])],
  ),

  // Others: a relative, a practical question
  c(
    'b29-neighbour-grandson',
    ['relative', 'vague'],
    [
      t(
        "le petit fils de ma voisine, 17 ans, il fait rien depuis qu'il a quitte le college, ca existe un truc pour lui ?",
        'eligibility',
        [PROMO],
      ),
      t(
        "ah en fait elle me dit qu'il est encore inscrit en CAP, il y va juste presque jamais",
        'eligibility',
        [PROMO_OUT_OF_SCHOOL],
        saysYes(PROMO_NAMES),
      ),
    ],
  ),

  c(
    'b29-promo-driving-licence',
    ['ase'],
    [
      t(
        'la promo 1618 ca paye le permis ?',
        'dispositif',
        [['code de la route', 'code']],
        ['finance le permis', 'paie le permis', 'paye le permis', 'permis offert', 'permis gratuit'],
      ),
    ],
  ),

  c(
    'b29-director-contact',
    ['mission-locale'],
    [t("c'est qui le directeur du centre afpa de montauban deja", 'contact', [CONTACT_DIRECTOR])],
  ),

  c(
    'b29-ml-info-coll-pec',
    ['mission-locale'],
    [
      t(
        "info coll competences pec c'est quand",
        'agenda',
        [on('2027-02-09'), ['moissac']],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
    ],
  ),
];
