/**
 * Forty-ninth blind set: the eligibility desk.
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82), ASE workers, and now and then AFPA Montauban staff, asking
 * whether a person they follow can enter Prépa Compétences, Compétences PEC or
 * La Promo 16/18. They tell it their way: long stories, telegraphic lines, a colleague's
 * forwarded question, a correction in a second message, dictation slips, no accents.
 * About 60 % of the turns are eligibility verdicts on the boundaries the agreement sets
 * (16–17 years and the ASE route for La Promo 16/18, the RSA and France Travail routes for
 * Prépa Compétences, the PEC contract and the employer's agreement for Compétences PEC,
 * the entry deadlines) and on the questions where the agreement is silent; the rest is
 * what naturally follows (which volet, the next entry, how to prescribe, whom to call,
 * the targets).
 *
 * Written blind: only from the agreement and its protocol (seed), the product guide, the
 * types and helpers of sets.ts and the published agenda fixture (today frozen at Monday
 * 11 January 2027, 9:00 Paris), without looking at how the bot works.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
function alt(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

/** The agreement does not settle the matter (and the answer says so, or whom to ask). */
const SILENT = alt(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne le prévoit pas',
  "n'est pas prévu",
  'pas prévu par',
  'rien de prévu',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'pas précisé',
  'non précisé',
  'ne mentionne pas',
  'aucune mention',
  'ne traite pas',
  "n'en parle pas",
  "n'aborde pas",
  'ne fixe pas',
  'ne règle pas',
  'ne tranche pas',
  'ne couvre pas',
  'ne figure pas',
  'ne répond pas',
  'silencieux',
  'à vérifier',
  'à confirmer',
  'se rapprocher',
);

/** Out of scope: silence of the agreement or an explicit « hors champ ». */
const OUT = [
  ...SILENT,
  ...alt(
    'hors',
    'en dehors',
    'pas dans mon périmètre',
    'ne concerne pas',
    'pas de mon ressort',
    'je ne peux pas',
    'pas couvert',
    "n'entre pas",
    'pas prévu',
  ),
];

/** A negative verdict. */
const NO = alt(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pourrait pas',
  'ne peut plus',
  'pas possible',
  'impossible',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  'pas accessible',
  'pas ouvert',
  'exclu',
  'réservé',
  'uniquement',
  'seulement',
  'trop jeune',
  'pas encore',
  'non,',
  'non.',
  'non :',
  'malheureusement',
  'ne rentre pas',
  "n'entre pas",
  'pas dans les critères',
  'hors critères',
);

/** Must not appear in a clear « yes ». */
const NOT_ELIGIBLE = [
  'pas éligible',
  'pas eligible',
  'non éligible',
  'non eligible',
  'inéligible',
  'ineligible',
];

const AGE_16 = alt(
  '16 ans',
  'moins de 16',
  'avant 16',
  'à partir de 16',
  'minimum 16',
  'au moins 16',
  'dès 16',
  'âge minimum',
  '16 à 18 ans',
  '16 à 17 ans',
  '16-17 ans',
  '16 et 17 ans',
  'entre 16',
  'ses 16',
);
const MINOR = alt(
  'mineur',
  '16 à 17',
  '16-17',
  '16 et 17',
  'moins de 18',
  'majeur',
  'avant 18',
  'avant ses 18',
  '18 ans',
);
const LEFT_SCHOOL = alt(
  'quitté',
  'décroch',
  'déscolaris',
  'sorti',
  'plus scolaris',
  'encore scolaris',
  'toujours scolaris',
  'est scolaris',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'hors scolarité',
  'hors du système scolaire',
  'prématurément',
);
const NOT_WORKING = alt(
  'ne travaill',
  'ne travaille pas',
  'pas en emploi',
  'ni en emploi',
  'ni emploi',
  'sans emploi',
  'ni en formation',
  'pas en formation',
  'déjà en',
  'en emploi',
  'travaille',
  'a un emploi',
  'occupe un emploi',
  'en apprentissage',
  'en contrat',
  'en mission',
  'intérim',
);
const PEC_CONTRACT = alt(
  'contrat PEC',
  'contrat P.E.C',
  'en PEC',
  'un PEC',
  "d'un PEC",
  'pas un PEC',
  'parcours emploi compétences',
  'salariés en PEC',
  'bénéficiaires de PEC',
  'signataires',
  'titulaires',
);
const EMPLOYER_OK = alt(
  "accord de l'employeur",
  'accord employeur',
  'accord de son employeur',
  'accord de la mairie',
  'accord préalable',
  'recueillir son accord',
  'recueille son accord',
  "recueillir l'accord",
  'son accord',
  'donner son accord',
  "l'employeur doit",
  "l'employeur donne",
  "l'employeur soit d'accord",
  "employeur d'accord",
  'employeur PEC',
  'consentement',
  "informer l'employeur",
  "informe l'employeur",
  "avec l'employeur",
);
const NOT_BEYOND_PEC = alt(
  'durée du PEC',
  'durée du P.E.C',
  'durée du contrat',
  'pendant le contrat',
  'pendant son contrat',
  'pendant le PEC',
  'en cours de PEC',
  'en cours de contrat',
  'contrat en cours',
  'signature du contrat',
  'premiers mois',
  'est terminé',
  'fin du contrat',
  'après le contrat',
  ...SILENT,
);

const PREPA_DURATION = alt(
  '2 à 8 jours',
  '2 et 8 jours',
  'deux à huit jours',
  '2 à 8 j',
  '2-8 jours',
  '2 jours à 8 jours',
  "jusqu'à 8 jours",
  '8 jours maxi',
  '8 jours maximum',
);
const V1_DURATION = [
  '5 à 6 jours',
  '5-6 jours',
  '5 ou 6 jours',
  'cinq à six jours',
  '5 et 6 jours',
  '5 à 6 j',
];
const V2_DURATION = ['4 à 8 jours', '4-8 jours', 'quatre à huit jours', '4 et 8 jours', '4 à 8 j'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', '5 j '];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jeudi'];
const ON_SITE = ['présentiel', 'presentiel', 'sur place', 'au centre'];
const REMOTE = ['distance', 'distanciel', 'classe virtuelle'];
const PARENTAL = alt(
  'autorisation parentale',
  'autorisations parentales',
  'autorisation des parents',
  'accord des parents',
  'accord parental',
  'représentant légal',
  "titulaire de l'autorité parentale",
  'autorité parentale',
);
const ML_CIO = alt('mission locale', 'missions locales', 'CIO', "centre d'information et d'orientation");
const ASE = alt('ASE', "aide sociale à l'enfance");
const FT = alt('France Travail', 'Pôle emploi', 'ex-Pôle');
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'];
const CLEA = ['CléA', 'CLEA', 'clea socle'];
const PORTFOLIO = ['portefeuille de compétences', 'portefeuille de competences', 'portefeuille'];
const PANDA = ['PANDA', 'Panda'];
const PRESCRIBE_HOW = [
  ...PANDA,
  'formulaire',
  'fiche de prescription',
  'Prescrire',
  'prescrire',
  'prescription',
];
const BY_DEPARTMENT = alt(
  'prescrire directement',
  'prescrit directement',
  'directement',
  'peut prescrire',
  'pouvez prescrire',
  'peuvent prescrire',
  'pouvez le prescrire',
  'peut le prescrire',
  'pouvez la prescrire',
);
const REGISTERED_OR_NOT = alt(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'pas inscrite',
  "qu'ils soient inscrits",
  'sans être inscrit',
  'sans inscription',
  'pas besoin',
  'pas nécessaire',
  'pas obligatoire',
  "n'a pas besoin",
  "n'est pas nécessaire",
  "n'est pas obligatoire",
  'même sans',
  'même si elle',
);
const DEADLINE_ENTRY = alt(
  '31 décembre 2022',
  '31/12/2022',
  '31 déc. 2022',
  '31 déc 2022',
  '2022-12-31',
  '31 décembre',
);
const DEADLINE_END = alt(
  '30 avril 2023',
  '30/04/2023',
  '30 avr. 2023',
  '30 avr 2023',
  '2023-04-30',
  '30 avril',
);
const BATTEDOU = ['Battedou', 'Responsable Accompagnement et Parcours'];
const VELLA = ['Vella'];
const TARGET_30 = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 RSA',
  '30 BRSA',
  'trente',
  'de 30',
  ': 30',
  '30 entrées',
];
const TARGET_50 = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 RSA',
  '50 BRSA',
  'cinquante',
  'de 50',
  ': 50',
  '50 entrées',
];
const TARGET_10 = [
  '10 jeunes',
  '10 personnes',
  'dix jeunes',
  'dix personnes',
  'de 10',
  ': 10',
  '10 ASE',
  '10 orientations',
];
const FULL = alt(
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'places : 0',
  'places disponibles : 0',
);
const TARN = alt(
  'Tarn-et-Garonne',
  'Tarn et Garonne',
  '82',
  'du Département',
  'accompagnés par le Département',
  'par le Département',
);
const NO_AGE_LIMIT = alt(
  ...SILENT,
  "pas d'âge",
  'aucun âge',
  "pas de limite d'âge",
  "aucune limite d'âge",
  'pas de limite',
  'aucune limite',
  "pas de condition d'âge",
  "aucune condition d'âge",
  "pas d'âge maximum",
  "pas d'âge minimum",
  "l'âge n'est pas",
);
const PREPA_NAME = alt('Prépa Compétences', 'Prepa Competences', 'Prépa Comp');
const PEC_NAME = alt('Compétences PEC', 'Compétences P.E.C', 'Competences PEC');

// ── The set ─────────────────────────────────────────────────────────────────

export const FORTY_NINTH_BLIND_SET: ConversationCase[] = [
  // ── La Promo 16/18: age boundaries ────────────────────────────────────────
  c(
    'b49-promo-ase-15-then-16-in-march',
    ['promo', 'ase', 'boundary', 'age'],
    [
      turn(
        'jeune confiee ASE, 15 ans et demi, deco depuis la rentree, on peut la mettre sur la promo 1618 ?',
        'eligibility',
        [AGE_16, NO],
      ),
      turn('elle a 16 ans le 3 mars', 'eligibility', [
        alt(
          '16 ans',
          'aura 16',
          'ses 16',
          'à partir du 3 mars',
          'dès le 3 mars',
          'après le 3 mars',
          'à compter du 3 mars',
          'le 3 mars',
          '03/03',
        ),
      ]),
    ],
  ),
  c(
    'b49-promo-born-yesterday-16',
    ['promo', 'ase', 'boundary', 'age', 'date'],
    [
      turn(
        'jeune ASE decrochee nee le 10/01/2011, promo 16/18 possible ?',
        'eligibility',
        [alt('16 ans', 'a 16', 'a eu 16', 'vient d')],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-promo-16-tomorrow',
    ['promo', 'ase', 'boundary', 'age', 'date'],
    [
      turn(
        'et un garcon ase ne le 12/01/2011, il a quitte le college, promo ok des aujourd hui ?',
        'eligibility',
        [
          alt(
            '15 ans',
            'demain',
            '12 janvier',
            '12/01',
            'pas encore 16',
            'pas encore 16 ans',
            "n'a pas encore",
          ),
        ],
      ),
    ],
  ),
  c(
    'b49-promo-18-today',
    ['promo', 'ase', 'boundary', 'age', 'date'],
    [turn('ASE ne le 11/01/2009 decrocheur, la promo 1618 c jouable ?', 'eligibility', [MINOR, NO])],
  ),
  c(
    'b49-promo-jeune-majeur',
    ['promo', 'ase', 'boundary', 'age'],
    [
      turn(
        'jeune majeur ase, 18 ans depuis decembre, en contrat jeune majeur, sans formation. la promo 16 18 ca peut le faire ?',
        'eligibility',
        [MINOR, NO],
      ),
    ],
  ),
  c(
    'b49-promo-correction-17-then-15',
    ['promo', 'ase', 'boundary', 'age', 'correction'],
    [
      turn(
        'ase 17 ans decrocheur depuis 1 an, promo ok ?',
        'eligibility',
        [alt('17 ans', '16 à 18', '16 à 17', '16-17', 'mineur', 'ASE')],
        NOT_ELIGIBLE,
      ),
      turn('pardon je me suis trompee de dossier il a 15 ans', 'eligibility', [AGE_16, NO]),
    ],
  ),
  c(
    'b49-promo-18-during-programme',
    ['promo', 'ase', 'boundary', 'age', 'silent', 'hard'],
    [
      turn(
        'ASE, 17 ans et 10 mois, elle aurait 18 ans pendant la promo si elle entre le 1er fevrier. ca bloque ou pas ?',
        'eligibility',
        [
          alt(
            ...SILENT,
            "à l'entrée",
            'au moment de l',
            "lors de l'entrée",
            "à la date d'entrée",
            'pour entrer',
            'au démarrage',
            "à l'inscription",
          ),
        ],
      ),
    ],
  ),

  // ── La Promo 16/18: out of school, not working, ASE route ────────────────
  c(
    'b49-promo-still-in-lycee',
    ['promo', 'ase', 'boundary', 'school'],
    [
      turn(
        'ASE 17a toujours inscrit au lycee pro, il y va encore mais il veut arreter. on peut anticiper promo 1618 ?',
        'eligibility',
        [LEFT_SCHOOL, NO],
      ),
    ],
  ),
  c(
    'b49-promo-dictation-college',
    ['promo', 'dictation', 'school'],
    [
      turn(
        'est-ce que la promo seize dix-huit c est pour les jeunes qui sont encore au college virgule ou il faut qu ils aient arrete point d interrogation',
        'eligibility',
        [LEFT_SCHOOL],
      ),
    ],
  ),
  c(
    'b49-promo-apprenti',
    ['promo', 'boundary', 'work'],
    [
      turn(
        '17 ans sorti du college en juin, en CAP par apprentissage depuis octobre, la promo 16/18 ?',
        'eligibility',
        [NOT_WORKING, NO],
      ),
    ],
  ),
  c(
    'b49-promo-service-civique',
    ['promo', 'silent', 'hard'],
    [
      turn(
        '17 ans, a quitte le lycee, en service civique depuis novembre. promo 1618 oui ou non',
        'eligibility',
        [SILENT],
      ),
    ],
  ),
  c(
    'b49-promo-neet-not-ase',
    ['promo', 'route', 'agenda'],
    [
      turn(
        'jeune 16 ans, a arrete le lycee en juin, rien depuis, chez ses parents, pas suivi ASE. c est moi qui suit la mere au RSA. on peut l orienter promo 1618 ?',
        'eligibility',
        [ML_CIO],
        NOT_ELIGIBLE,
      ),
      turn('faut quoi comme papier cote parents', 'eligibility', [PARENTAL]),
      turn(
        'prochaine entree ?',
        'agenda',
        [on('2027-02-01'), ['Montauban']],
        [...notOn('2027-01-18'), ...notOn('2027-01-20')],
      ),
    ],
  ),
  c(
    'b49-promo-parents-refuse',
    ['promo', 'parental', 'boundary'],
    [
      turn(
        'jeune 17 ans deco, lui est partant pour la promo mais les parents refusent de signer quoi que ce soit',
        'eligibility',
        [
          PARENTAL,
          alt(
            ...NO,
            'requis',
            'requise',
            'obligatoire',
            'indispensable',
            'nécessaire',
            'nécessaires',
            'il faut',
          ),
        ],
      ),
    ],
  ),
  c(
    'b49-promo-ase-other-department',
    ['promo', 'ase', 'route', 'hard'],
    [
      turn(
        'un jeune confie a l ASE de la haute garonne, place en famille d accueil a montauban, 16 ans, deco. il passe par la voie ASE du CD82 pour la promo ?',
        'eligibility',
        [alt('82', 'Tarn-et-Garonne', 'Tarn et Garonne'), [...ML_CIO, ...SILENT]],
      ),
    ],
  ),
  c(
    'b49-promo-telegraphic',
    ['promo', 'ase', 'telegraphic'],
    [
      turn(
        'ase 16a deco 1618?',
        'eligibility',
        [alt('16 à 18', '16-18', '16 ans', 'mineur', '16 à 17', 'ASE')],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-promo-mna',
    ['promo', 'ase', 'language'],
    [
      turn(
        'MNA pris en charge par l ASE 82, 16 ans, pas scolarise, parle un peu francais. promo 1618 envisageable ?',
        'eligibility',
        [ASE],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-promo-young-mother',
    ['promo', 'ase', 'modality'],
    [
      turn(
        'ASE 16 ans, deco, elle a un bebe de 4 mois. la promo c est tous les jours sur place ? je me demande si ca peut coller',
        'eligibility',
        [MON_THU, ON_SITE],
      ),
    ],
  ),
  c(
    'b49-promo-how-ase-prescribed',
    ['promo', 'ase', 'route'],
    [
      turn('pour un jeune ASE c est qui qui prescrit la promo, nous ou la ML ?', 'prescribe', [ML_CIO, ASE]),
      turn('ok et concretement je l inscris ou', 'prescribe', [PRESCRIBE_HOW]),
    ],
  ),
  c(
    'b49-promo-info-for-foster-family',
    ['promo', 'ase', 'agenda'],
    [
      turn(
        'jeune ASE 16 ans, elle et sa famille d accueil veulent en savoir plus sur la promo avant de s engager, y a une reunion d info ?',
        'agenda',
        [on('2027-03-17'), ['Montauban']],
        [...notOn('2027-01-14'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b49-promo-one-word',
    ['promo', 'one-word'],
    [turn('1618 ?', 'dispositif', [PROMO_DURATION], PREPA_DURATION)],
  ),
  c(
    'b49-promo-longer',
    ['promo', 'duration'],
    [turn('la promo peut durer plus que 3 mois si le jeune a besoin de temps ?', 'dispositif', [PROMO_MAX])],
  ),
  c(
    'b49-promo-after',
    ['promo', 'follow-up'],
    [
      turn('et apres la promo il se passe quoi, le jeune est lache dans la nature ?', 'dispositif', [
        ['6 mois', 'six mois'],
      ]),
    ],
  ),
  c(
    'b49-promo-valence-no-car',
    ['promo', 'place'],
    [
      turn(
        'la promo c est que a montauban ? mon jeune ASE est a valence d agen sans moyen de transport',
        'dispositif',
        [
          ['Montauban'],
          alt('délocalis', 'mobilité', 'transport', 'ailleurs dans le département', 'sur le département'),
        ],
      ),
    ],
  ),

  // ── Prépa Compétences: RSA and France Travail routes ─────────────────────
  c(
    'b49-prepa-rsa-not-registered',
    ['prepa', 'rsa', 'route'],
    [
      turn(
        'BRSA pas inscrite a FT, suivie par moi au CD, prepa comp possible ou faut qu elle s inscrive avant ?',
        'eligibility',
        [REGISTERED_OR_NOT],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-prepa-forwarded-registered',
    ['prepa', 'rsa', 'route', 'forwarded'],
    [
      turn(
        'je transfere la question de ma collegue : « Bonjour, j ai un monsieur au RSA qui est inscrit à FT et qui a déjà un conseiller FT, est ce que le CD peut quand même le prescrire sur prépa compétences ou c est FT qui doit le faire ? » merci',
        'eligibility',
        [BY_DEPARTMENT],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-prepa-are-not-rsa',
    ['prepa', 'route', 'boundary'],
    [
      turn(
        'demandeur d emploi indemnise ARE, pas de RSA, je peux le mettre en prepa via le CD ?',
        'eligibility',
        [['RSA'], FT],
      ),
    ],
  ),
  c(
    'b49-prepa-spouse',
    ['prepa', 'rsa', 'silent', 'hard'],
    [
      turn(
        'Mme est la conjointe d un allocataire RSA, c est monsieur l allocataire sur le dossier CAF. elle peut faire prepa comp elle aussi ?',
        'eligibility',
        [SILENT],
      ),
    ],
  ),
  c(
    'b49-prepa-rsa-suspended',
    ['prepa', 'rsa', 'silent'],
    [
      turn('RSA suspendu pour non respect du CER depuis 1 mois, prepa possible qd meme ?', 'eligibility', [
        SILENT,
      ]),
    ],
  ),
  c(
    'b49-prepa-left-rsa-before-entry',
    ['prepa', 'rsa', 'silent', 'agenda'],
    [
      turn(
        'il vient de sortir du RSA car il a retrouve un CDD de 3 mois, il etait prevu en prepa volet 1 le 18. il garde sa place ?',
        'eligibility',
        [SILENT],
      ),
    ],
  ),
  c(
    'b49-prepa-rqth',
    ['prepa', 'rsa', 'handicap'],
    [
      turn(
        'monsieur BRSA avec une RQTH, suivi aussi par cap emploi, ca bloque pour prepa ?',
        'eligibility',
        [
          ['RSA', 'allocataire'],
          alt(
            ...SILENT,
            'pas un critère',
            "n'est pas un critère",
            'pas de critère',
            'aucun critère',
            "n'empêche pas",
            'ne bloque pas',
            'pas un frein',
            "n'exclut pas",
            "pas d'obstacle",
            'pas de condition',
            'aucune condition',
          ),
        ],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-prepa-newcomer-french',
    ['prepa', 'language'],
    [
      turn(
        'dame primo arrivante, parle tres peu francais, BRSA depuis 6 mois. prepa comp ou autre chose ?',
        'eligibility',
        [
          alt(
            'français à visée professionnelle',
            'visée professionnelle',
            'français langue étrangère',
            'FLE',
          ),
        ],
      ),
    ],
  ),
  c(
    'b49-prepa-master-degree',
    ['prepa', 'rsa', 'qualification', 'hard'],
    [
      turn(
        'BRSA avec un master 2 en histoire, au chomage depuis 3 ans, il veut se reconvertir. prepa comp c est pour lui ?',
        'eligibility',
        [
          alt(
            'peu ou pas qualifi',
            'peu qualifi',
            'pas qualifi',
            'éloignées de l',
            'éloignés de l',
            'éloigné de l',
            'éloignée de l',
          ),
        ],
      ),
    ],
  ),
  c(
    'b49-prepa-age-limit-then-61',
    ['prepa', 'age', 'silent'],
    [
      turn('prepa comp y a un age max ?', 'eligibility', [NO_AGE_LIMIT]),
      turn(
        'ok parce que elle a 61 ans, BRSA depuis 4 ans, elle veut se former en compta',
        'eligibility',
        [['RSA', 'allocataire']],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-prepa-already-in-training',
    ['prepa', 'boundary', 'training'],
    [
      turn(
        'il est deja en formation qualifiante (titre pro) a l afpa depuis decembre, on peut lui rajouter une prepa comp pour le securiser ?',
        'eligibility',
        [
          alt(
            'en amont',
            'avant l',
            'avant son entrée',
            'entrée en formation',
            'déjà entré',
            'déjà en formation',
          ),
        ],
      ),
    ],
  ),
  c(
    'b49-prepa-outside-afpa',
    ['prepa', 'volet', 'training'],
    [
      turn(
        'elle veut faire aide soignante dans un IFSI, donc pas a l afpa. le volet 2 ca marche quand meme ?',
        'eligibility',
        [
          alt(
            'hors AFPA',
            'hors A.F.P.A',
            'autre organisme',
            'autres organismes',
            "pas forcément à l'AFPA",
            "en dehors de l'AFPA",
            'ailleurs',
            'ou hors',
          ),
        ],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-prepa-second-volet',
    ['prepa', 'volet', 'silent'],
    [
      turn(
        'elle a deja fait prepa volet 1 en 2025, elle peut faire le volet 2 maintenant qu elle a son projet ?',
        'eligibility',
        [alt('sécuris', 'entrée en formation', ...V2_DURATION)],
      ),
    ],
  ),
  c(
    'b49-prepa-single-mother-remote',
    ['prepa', 'rsa', 'modality', 'agenda'],
    [
      turn(
        'mere isolee BRSA, 3 enfants, pas de mode de garde, pas de voiture a beaumont de lomagne. prepa en presentiel impossible pour elle. des solutions ?',
        'eligibility',
        [REMOTE],
      ),
      turn(
        'prochaine session a distance alors',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-01-18'), ...notOn('2027-03-08'), ...notOn('2027-03-03')],
      ),
    ],
  ),
  c(
    'b49-prepa-two-at-once',
    ['prepa', 'pec', 'silent', 'two-questions'],
    [
      turn(
        '2 questions : 1) un BRSA en PEC peut il faire prepa comp et competences pec en meme temps ? 2) qui fait le bilan a la fin',
        'eligibility',
        [alt(...SILENT, 'Compétences PEC', 'Competences PEC'), ['bilan individuel']],
      ),
    ],
  ),
  c(
    'b49-prepa-moved-to-lot',
    ['prepa', 'rsa', 'territory'],
    [
      turn(
        'BRSA qui vient de demenager dans le lot (46), je peux encore la prescrire en prepa ?',
        'eligibility',
        [TARN],
      ),
    ],
  ),

  // ── Entry deadlines and duration of the agreement ────────────────────────
  c(
    'b49-deadline-then-2027',
    ['deadline', 'campaign'],
    [
      turn(
        'jusqu a quand on peut faire entrer des BRSA sur les dispositifs selon la convention ?',
        'eligibility',
        [DEADLINE_ENTRY, DEADLINE_END],
      ),
      turn('ah mais on est en 2027 la, c est plus valable alors ??', 'eligibility', [
        alt('avenant', 'prolong', 'poursuite', 'reconduit', 'reconduction', '2 ans', 'deux ans'),
      ]),
    ],
  ),
  c(
    'b49-deadline-entry-late-december',
    ['deadline', 'campaign', 'boundary'],
    [
      turn(
        'si qqn est entre en prepa le 28 decembre 2022 il avait jusqu a quand pour finir ?',
        'eligibility',
        [DEADLINE_END],
      ),
    ],
  ),

  // ── Compétences PEC: the contract and the employer ───────────────────────
  c(
    'b49-pec-employer-reluctant',
    ['pec', 'employer'],
    [
      turn(
        'salarie en PEC a la mairie depuis 2 mois, au RSA, il veut faire competences pec mais le maire est pas chaud',
        'eligibility',
        [EMPLOYER_OK],
      ),
      turn('bon la mairie dit oui finalement. ca dure combien et ca debouche sur quoi', 'dispositif', [
        PEC_DAYS,
        VAE,
        RSFP,
        CLEA,
      ]),
    ],
  ),
  c(
    'b49-pec-cddi',
    ['pec', 'siae', 'boundary'],
    [
      turn(
        'salariee en CDDI dans un chantier d insertion, BRSA, elle peut faire competences PEC ?',
        'eligibility',
        [PEC_CONTRACT, NO],
      ),
      turn('et pour valoriser ce qu elle fait au chantier alors ?', 'dispositif', [RSFP]),
    ],
  ),
  c(
    'b49-pec-classic-cdd',
    ['pec', 'boundary'],
    [
      turn(
        'CDD classique de 6 mois dans une asso, pas un contrat aide. competences pec ok ?',
        'eligibility',
        [PEC_CONTRACT, NO],
      ),
    ],
  ),
  c(
    'b49-pec-signed-yesterday',
    ['pec', 'timing', 'boundary'],
    [
      turn(
        'contrat PEC signe hier, c est pas trop tot pour competences pec ?',
        'eligibility',
        [
          alt(
            'dès la signature',
            'dès signature',
            'dès le début',
            'immédiatement',
            'tout de suite',
            'premiers mois',
            'pas trop tôt',
          ),
        ],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-pec-ended',
    ['pec', 'timing', 'boundary', 'hard'],
    [
      turn(
        'son PEC est fini depuis 6 mois, il est revenu au RSA. competences pec encore possible ?',
        'eligibility',
        [NOT_BEYOND_PEC],
      ),
      turn('et du coup quoi a la place pour lui', 'eligibility', [PREPA_NAME]),
    ],
  ),
  c(
    'b49-pec-not-rsa-ml',
    ['pec', 'route'],
    [
      turn(
        'salarie PEC pas au RSA (il touche rien), suivi par la mission locale, competences pec via le CD ?',
        'eligibility',
        [
          ['RSA'],
          alt('mission locale', 'France Travail', 'Pôle emploi', 'prescripteur', 'conseiller', 'Cap emploi'),
        ],
      ),
    ],
  ),
  c(
    'b49-pec-cap-emploi',
    ['pec', 'handicap', 'route'],
    [
      turn(
        'PEC prescrit par Cap emploi pour une personne TH au RSA, competences PEC ok pour nous ?',
        'eligibility',
        [EMPLOYER_OK],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b49-pec-correction-cdi',
    ['pec', 'correction', 'boundary'],
    [
      turn(
        'elle est en PEC depuis septembre a l ehpad, competences pec ?',
        'eligibility',
        [EMPLOYER_OK],
        NOT_ELIGIBLE,
      ),
      turn(
        'ah non attendez c est un CDI maintenant, ils l ont titularisee en decembre, plus un PEC',
        'eligibility',
        [PEC_CONTRACT, NO],
      ),
    ],
  ),
  c(
    'b49-pec-long-story',
    ['pec', 'long', 'rsa'],
    [
      turn(
        'Bonjour, alors voila j ai une situation un peu compliquee. Mr X 52 ans, au RSA depuis 2019, il a un PEC comme agent d entretien a la commune de Caussade depuis octobre pour 12 mois, ca se passe bien, le maire est content de lui. Il a jamais eu aucun diplome et il voudrait un titre pro d agent de proprete, sachant qu il lit mal et ecrit avec difficulte. Qu est ce qu on peut lui proposer dans le cadre de la convention afpa ?',
        'eligibility',
        [PEC_NAME, EMPLOYER_OK, [...VAE, ...RSFP, ...CLEA]],
      ),
    ],
  ),
  c(
    'b49-pec-and-prepa-during',
    ['pec', 'prepa', 'hard'],
    [
      turn(
        'salarie en PEC et au RSA, il pourrait faire prepa comp pendant son contrat pour preparer une formation apres ?',
        'eligibility',
        [[...PEC_NAME, ...SILENT]],
      ),
    ],
  ),
  c(
    'b49-pec-portfolio',
    ['pec', 'content'],
    [
      turn('competences pec si la personne valide rien a la fin, elle repart avec quoi ?', 'dispositif', [
        PORTFOLIO,
      ]),
    ],
  ),

  // ── SIAE and droit commun training, places ───────────────────────────────
  c(
    'b49-siae-qualification-welder',
    ['siae', 'places', 'training'],
    [
      turn(
        'salarie d ACI au RSA avec un projet de qualif soudeur, il rentre dans quoi avec l afpa ?',
        'eligibility',
        [alt('droit commun', 'Région', 'Conseil régional', 'financeurs publics', 'programmes de formation')],
      ),
      turn(
        'y a des places en soudure ?',
        'agenda',
        [seats(4), on('2027-02-01')],
        ['plaquiste', 'maçon', 'cariste'],
      ),
    ],
  ),
  c('b49-places-plaquiste', ['places', 'full'], [turn('places plaquiste ?', 'agenda', [FULL])]),

  // ── Prépa Compétences: which volet, next entries ─────────────────────────
  c(
    'b49-prepa-volet-choice-logistics',
    ['prepa', 'volet', 'agenda'],
    [
      turn(
        'BRSA 45 ans, ancien magasinier, parle de devenir cariste mais il est pas sur de lui. volet 1 ou volet 2 ?',
        'dispositif',
        [alt('volet 1', 'consolid'), V1_DURATION],
      ),
      turn(
        'y a pas une reunion metier logistique bientot ?',
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b49-prepa-volet2-which',
    ['prepa', 'volet'],
    [
      turn(
        'il est deja accepte en formation electricien en mars, il a peur de decrocher. quel volet ?',
        'dispositif',
        [alt('volet 2', 'sécuris'), V2_DURATION],
      ),
    ],
  ),
  c(
    'b49-prepa-volet2-full-then-next',
    ['prepa', 'agenda', 'full'],
    [
      turn('session volet 2 du 25/01 il reste de la place ?', 'agenda', [FULL]),
      turn('la suivante ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']]),
    ],
  ),
  c(
    'b49-prepa-two-questions',
    ['prepa', 'agenda', 'two-questions'],
    [
      turn(
        'prepa comp ca dure combien de jours et ya une info coll a montauban cette semaine ?',
        'dispositif',
        [PREPA_DURATION, on('2027-01-14')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b49-prepa-info-coll-next',
    ['prepa', 'agenda'],
    [
      turn(
        'prochaine info coll prepa',
        'agenda',
        [on('2027-01-14'), ['Montauban']],
        [...notOn('2027-01-07'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b49-prepa-volet1-next',
    ['prepa', 'agenda', 'eligibility-follow-up'],
    [
      turn(
        'BRSA 30 ans, pas inscrit FT, motive, projet pas clair. il peut entrer en prepa ?',
        'eligibility',
        [REGISTERED_OR_NOT],
        NOT_ELIGIBLE,
      ),
      turn('et la prochaine entree volet 1 c quand', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
    ],
  ),

  // ── Compétences PEC: agenda ──────────────────────────────────────────────
  c(
    'b49-pec-next-entry',
    ['pec', 'agenda'],
    [turn('prochaine entree competences pec atelier 2', 'agenda', [on('2027-01-20')], notOn('2027-01-18'))],
  ),
  c(
    'b49-pec-info-coll-employer',
    ['pec', 'agenda', 'employer'],
    [
      turn(
        'un employeur PEC voudrait comprendre le dispositif avant de donner son accord, y a une info coll pour eux ?',
        'agenda',
        [on('2027-02-09'), ['Moissac']],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),

  // ── Other events ─────────────────────────────────────────────────────────
  c(
    'b49-jpo-one-word',
    ['agenda', 'one-word'],
    [turn('JPO?', 'agenda', [on('2027-02-03')], notOn('2027-01-07'))],
  ),

  // ── Prescribing ──────────────────────────────────────────────────────────
  c(
    'b49-prescribe-prepa-how',
    ['prepa', 'prescribe'],
    [turn('elle est ok pour prepa. comment je l inscris concretement ?', 'prescribe', [PRESCRIBE_HOW])],
  ),
  c(
    'b49-prescribe-habilitation',
    ['prescribe', 'panda'],
    [
      turn('faut une habilitation pour inscrire les gens sur panda ?', 'prescribe', [
        ['habilit'],
        ['AFPA', 'A.F.P.A'],
      ]),
    ],
  ),
  c(
    'b49-prescribe-cost',
    ['prescribe', 'funding'],
    [
      turn('le CD paie quelque chose quand on prescrit prepa ou competences pec ?', 'prescribe', [
        alt(
          'sans contrepartie',
          'aucune contrepartie',
          'pas de contrepartie',
          'gratuit',
          'aucun coût',
          'pas de coût',
          'rien à payer',
          "l'État",
          'PIC',
          'plan d’investissement',
        ),
      ]),
    ],
  ),
  c(
    'b49-panda-what',
    ['panda', 'other'],
    [
      turn('panda c koi au juste', 'other', [
        alt('traçabilité', 'plateforme', 'suivi des parcours', 'tracer', 'trace'),
      ]),
    ],
  ),

  // ── Contacts ─────────────────────────────────────────────────────────────
  c(
    'b49-contact-prepa',
    ['contact'],
    [turn('qui gere la prepa a l afpa montauban, un nom ?', 'contact', [BATTEDOU])],
  ),
  c(
    'b49-contact-director',
    ['contact'],
    [turn('le directeur du centre afpa c qui deja', 'contact', [VELLA])],
  ),
  c(
    'b49-contact-after-verdict',
    ['contact', 'promo', 'ase'],
    [
      turn(
        'ASE 17 ans sortie de 3e sans rien depuis 1 an, promo ?',
        'eligibility',
        [alt('17 ans', 'mineur', '16 à 18', '16 à 17', 'ASE')],
        NOT_ELIGIBLE,
      ),
      turn('j appelle qui a l afpa pour caler ca', 'contact', [BATTEDOU]),
    ],
  ),
  c(
    'b49-contact-cd-referent',
    ['contact', 'silent'],
    [
      turn('qui est le referent de l experimentation cote departement ? un nom svp', 'contact', [
        alt(...SILENT, 'désigne', 'pas nommé', 'ne nomme pas', 'pas de nom', 'aucun nom', 'ne donne pas'),
      ]),
    ],
  ),

  // ── Targets ──────────────────────────────────────────────────────────────
  c(
    'b49-figures-prepa',
    ['figures', 'prepa'],
    [turn('objectif prepa comp pour le CD c est combien deja', 'figures', [TARGET_30])],
  ),
  c(
    'b49-figures-pec-then-count',
    ['figures', 'pec'],
    [
      turn('et competences pec, l objectif ?', 'figures', [TARGET_50]),
      turn('on en a fait entrer combien pour l instant ?', 'figures', [
        alt(
          'pas encore',
          'pas disponible',
          'pas de chiffre',
          'aucun chiffre',
          'pas de données',
          'ne dispose pas',
          "je n'ai pas",
          ...TARGET_50,
        ),
      ]),
    ],
  ),
  c(
    'b49-figures-ase',
    ['figures', 'promo', 'ase'],
    [turn('combien de jeunes ASE on est cense orienter sur la promo ?', 'figures', [TARGET_10])],
  ),

  // ── Outside the agreement ────────────────────────────────────────────────
  c(
    'b49-oos-pay',
    ['out-of-scope', 'prepa'],
    [turn('il sera remunere pendant la prepa ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b49-oos-transport-costs',
    ['out-of-scope'],
    [
      turn('frais de transport pour aller a montauban, c est pris en charge ?', 'out_of_scope', [
        [...SILENT, ...alt('conditions matérielles')],
      ]),
    ],
  ),
  c(
    'b49-oos-cej',
    ['out-of-scope', 'young'],
    [turn('le CEJ pour un jeune de 17 ans c est vous aussi ?', 'out_of_scope', [OUT])],
  ),

  // ── Other ────────────────────────────────────────────────────────────────
  c(
    'b49-other-rgpd',
    ['rgpd', 'other'],
    [
      turn('je peux mettre le diagnostic psy complet de la personne dans la prescription ?', 'other', [
        alt(
          'RGPD',
          'données personnelles',
          'article 5',
          'protection des données',
          'strictement nécessaire',
          'nécessaire',
        ),
      ]),
    ],
  ),
  c(
    'b49-clea-numerique',
    ['dispositif', 'basic-skills'],
    [
      turn('BRSA completement perdue avec l informatique, l afpa a un truc pour ca ?', 'dispositif', [
        ['CléA Numérique', 'Clea numerique'],
      ]),
    ],
  ),
];
