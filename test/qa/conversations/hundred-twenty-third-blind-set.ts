/**
 * Hundred-twenty-third blind set.
 *
 * Who speaks: référents insertion of the Département de Tarn-et-Garonne (CD82) who follow
 * the same people over weeks and come back to the bot about them: a person re-checked with
 * one fact changed (« elle a eu 18 ans entre temps », « finalement il a signé un PEC »,
 * « elle a plus le RSA depuis mars »), corrections (« non pardon elle a 16 ans pas 15 »),
 * « et si… » questions, several people in one message, the person described in long
 * rambling sentences with the question at the very end, and agenda follow-ups for that
 * person (« y a une entrée près de chez elle ? elle est à Castelsarrasin », « et la
 * suivante ? »). Also éducateurs of the ASE and assistants sociaux of the MDS, in their own
 * words (« jeune confié », « contrat jeune majeur », « APJM », « accompagnement social »),
 * asking whether the programme fits, who prescribes it and what they must do before.
 * Teams chat style: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, ASE, MDS, info
 * coll, JPO), no accents, typos, SMS style.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Where the agreement is silent,
 * the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Alternatives, each with both apostrophes (’ and '). */
function A(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/’/g, "'"), x.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = A(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
);
const TWO_WEEKS = A('2 semaines', 'deux semaines', '15 jours', 'quinze jours');
const VOLET1_DAYS = A(
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
);
const VOLET2_DAYS = A('4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours');
const VOLET1 = A('volet 1', 'premier volet', '1er volet', 'consolider', 'consolidation');
const VOLET2 = A(
  'volet 2',
  'deuxième volet',
  'second volet',
  '2e volet',
  '2nd volet',
  'sécuriser',
  'sécurisation',
);
const PEC_DAYS = A(' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées');
const SIX_WORKSHOPS = A('6 ateliers', 'six ateliers');
const HALF_DAY = A('demi-journée', 'demi journée', '1/2 journée');
const VAE_DAYS = A('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j');
const ONE_DAY = A('1 jour', 'une journée', '1 journée', 'un jour');
const PROMO_DURATION = A('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const FOUR_MONTHS = A('4 mois', 'quatre mois');
const MON_THU = A('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu’au jeudi');
const ONSITE = A('présentiel', 'sur place');
const REMOTE = A('à distance', 'distanciel', 'distance');
const MONTAUBAN = ['montauban'];
const DELOCALISED = A(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
);
const NOT_REGISTERED_TOO = A(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'qu’ils soient inscrits',
  'même sans inscription',
  'sans être inscrit',
  'même inscrit',
  'même si elle est inscrite',
  'même s’il est inscrit',
  'également inscrit',
);
const FREE = A(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'sans coût',
  'pas de coût',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
  'p.i.c',
);
const PRESCRIBED_BY_DEPARTEMENT = A(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'travailleurs sociaux',
  'travailleur social',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
  'habilit',
);
const ML_CIO = A('mission locale', 'missions locales', 'cio', 'c.i.o');
const PARENTAL = A(
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
);
const ADHESION = A(
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'volontaire',
  'qu’elle soit d’accord',
  'qu’il soit d’accord',
);
const EMPLOYER_AGREES = A(
  'accord de l’employeur',
  'accord de son employeur',
  'accord du patron',
  'accord employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'informez l’employeur',
  'prévenir l’employeur',
  'employeur donne son accord',
  'employeur est d’accord',
  'recueille son accord',
  'recueillir son accord',
  'employeur doit donner',
);
const MATERIAL = A(
  'conditions matérielles',
  'mobilité',
  'garde d’enfant',
  'garde des enfants',
  'transport',
  'déplacement',
);
const PANDA = A('panda', 'plateforme');
const BILAN = A('bilan individuel', 'bilan du parcours', 'bilan');
const REFERENT = A('référent', 'référente', 'conseiller', 'conseillère');
const RSFP = A('rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire', 'reconnaissance des savoirs-faire');
const PEC_START = A('signature', 'premiers mois', 'dès le début', 'début du contrat', 'immédiatement');
const PEC_CONTRACT = A(
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi compétences',
  'parcours emploi-compétences',
  'signataire',
  'signature',
  'salarié en pec',
  'salariés en pec',
  'personnes en pec',
  'en contrat',
  'sous contrat',
  'bénéficiaires de pec',
  'bénéficiaire d’un pec',
);
const MINORS = A(
  'mineur',
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  'moins de 18',
  'avoir 16',
  '18 ans',
);
const FROM_16 = A(
  '16 ans',
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  'à partir de 16',
  'dès 16',
  'trop jeune',
);
const SIX_MONTHS = A('6 mois', 'six mois');

// Answers: eligibility, silence of the agreement, figures.
const ELIGIBLE = A(
  'prescription possible',
  'éligible',
  'critères remplis',
  'remplit les conditions',
  'remplit les critères',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'peut être orienté',
  'peut intégrer',
  'peut y entrer',
  'peut faire',
  'peut suivre',
  'vous pouvez prescrire',
  'vous pouvez la prescrire',
  'vous pouvez le prescrire',
  'correspond',
  'mobilisable',
  'accessible',
  'ouvert',
);
/** What a positive answer must not say. */
const NOT_ELIGIBLE_WORDS = A('pas éligible', 'non éligible', 'inéligible', 'n’est pas éligible');
const NOT_ELIGIBLE = A(
  'non éligible',
  'pas éligible',
  'inéligible',
  'plus éligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pourrait pas',
  'ne peut plus',
  'ne remplit pas',
  'ne remplit plus',
  'pas possible',
  'plus possible',
  'ne correspond pas',
  'ne correspond plus',
  'réservé',
  'réservée',
  'pas accessible',
  'plus accessible',
  'n’est plus',
  'trop jeune',
  'ne relève pas',
  'ne relève plus',
  'exclu',
  'hors critères',
  'pas dans les critères',
);
const OTHER_PRESCRIBER = A(
  'autre prescripteur',
  'son prescripteur',
  'france travail',
  'pôle emploi',
  'mission locale',
  'cap emploi',
);
const SILENT = A(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'n’en dit rien',
  'ne dit pas',
  'ne le dit pas',
  'ne précise pas',
  'ne le précise pas',
  'ne fixe pas',
  'ne mentionne pas',
  'ne traite pas',
  'ne couvre pas',
  'n’aborde pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'ne détaille pas',
  'n’indique pas',
  'ne spécifie pas',
  'n’évoque pas',
  'ne donne pas',
  'ne contient pas',
  'ne comporte pas',
  'pas prévu',
  'non prévu',
  'pas précisé',
  'pas d’information',
  'aucune information',
  'pas d’info',
  'aucune précision',
  'pas dans l’accord',
  'rien dans l’accord',
  'hors de l’accord',
  'hors accord',
  'en dehors de l’accord',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors du périmètre',
  'hors du cadre',
  'hors sujet',
  'sort du cadre',
  'n’est pas couvert',
  'pas couvert',
  'ne sais pas',
  'je n’ai pas',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
const NO_MONEY = ['€', ' euros'];

const NOT_AVAILABLE = A(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'non disponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'pas encore de chiffres',
  'pas de données',
  'aucune donnée',
  'pas encore de données',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'n’ai pas',
  'ne sont pas encore',
  'pas encore publi',
  'pas communiqué',
  'ne connais pas',
);
const TARGET_PREPA = A(
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
);
const TARGET_PEC = A(
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
);
const TARGET_PROMO = A(
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
);

// Contacts (protocol § 6, article 3).
const RAP = A('battedou', 'responsable accompagnement et parcours', 'responsable accompagnement & parcours');
const DEPT_REFERENT = A(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
);

/**
 * The prescription form (or, for a référent not yet habilitated, the request for it), as
 * sets.ts describes it: the second group is what only the form itself has.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// The fixture's Info Places, by a word of their name.
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
/** A places answer about one trade lists no other training. */
const otherTrainings = (...asked: string[]) => TRAININGS.filter((n) => !asked.some((a) => n.includes(a)));
const FULL = A(
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  ...seats(0),
);
const NONE = A('aucun', 'aucune', 'pas de', 'n’y a pas', 'rien', 'plus de');

// ── The same people, followed over weeks (re-checks, corrections, « et si… ») ──

const followed: ConversationCase[] = [
  c(
    'b123-promo-eue-18-ans',
    ['recheck', 'ase', 'rambling', 'no-accents'],
    [
      turn(
        'jeune fille confiee a l ase, 17 ans, a arrete le lycee pro en juin, rien depuis ni taf ni formation, elle tourne en rond au foyer, la promo 1618 ca pourrait coller ?',
        'eligibility',
        [[...ELIGIBLE, ...ML_CIO]],
        NOT_ELIGIBLE_WORDS,
      ),
      turn(
        're, c pour la meme jeune, on a traine avec le dossier et elle a eu 18 ans entre temps, c est encore jouable ?',
        'eligibility',
        [NOT_ELIGIBLE, MINORS],
      ),
    ],
  ),
  c(
    'b123-pec-finalement-signe',
    ['recheck', 'rambling', 'abbrev'],
    [
      turn(
        'mr 44 ans au rsa que je suis depuis 2 ans, il cherche un contrat aidé, en attendant competences pec c possible pour lui ?',
        'eligibility',
        [
          PEC_CONTRACT,
          [
            ...NOT_ELIGIBLE,
            'pas encore',
            'd’abord',
            "d'abord",
            'une fois',
            'dès qu',
            'uniquement',
            'seulement',
          ],
        ],
      ),
      turn(
        'finalement il a signé un PEC la semaine derniere a la mairie (agent d entretien), du coup c bon ?',
        'eligibility',
        [[...ELIGIBLE, 'dès la signature', 'immédiatement']],
        NOT_ELIGIBLE_WORDS,
      ),
      turn('je dois faire quoi avant de le lancer ?', 'dispositif', [EMPLOYER_AGREES]),
    ],
  ),
  c(
    'b123-prepa-plus-rsa',
    ['recheck', 'rambling', 'no-accents'],
    [
      turn(
        'mme 39 ans au rsa, accompagnee par moi depuis l an dernier, elle hesite a se lancer dans une formation d aide a domicile, elle a besoin de verifier son projet avant de se lancer, prepa comp ok pour elle ?',
        'eligibility',
        [[...ELIGIBLE, 'volet 1']],
        NOT_ELIGIBLE_WORDS,
      ),
      turn(
        'mise a jour : elle a plus le RSA depuis mars (son conjoint a retrouve du boulot), ca change quoi pour la prepa ?',
        'eligibility',
        [[...NOT_ELIGIBLE, ...OTHER_PRESCRIBER, 'allocataires du rsa', 'allocataire du rsa']],
      ),
    ],
  ),
  c(
    'b123-correction-15-16',
    ['correction', 'ase', 'sms'],
    [
      turn('jeune ase 15 ans, decroche depuis la 3e, en famille d accueil, promo 16 18 ?', 'eligibility', [
        NOT_ELIGIBLE,
        FROM_16,
      ]),
      turn(
        'non pardon elle a 16 ans pas 15, anniversaire en decembre',
        'eligibility',
        [[...ELIGIBLE, ...ML_CIO]],
        [...NOT_ELIGIBLE_WORDS, 'trop jeune'],
      ),
    ],
  ),
  c(
    'b123-apjm-promo-puis-prepa',
    ['ase', 'apjm', 'follow-up'],
    [
      turn(
        'educ ase : jeune majeur sous APJM, 19 ans, sans diplome, il peut integrer la promo 1618 ?',
        'eligibility',
        [NOT_ELIGIBLE, MINORS],
      ),
      turn('et prepa comp ? il touche pas le rsa, il a juste son contrat jeune majeur', 'eligibility', [
        [...NOT_ELIGIBLE, ...OTHER_PRESCRIBER, 'allocataires du rsa', 'allocataire du rsa'],
      ]),
    ],
  ),
  c(
    'b123-pec-employeur-refuse',
    ['what-if', 'abbrev'],
    [
      turn(
        'mme en PEC a la mairie depuis 1 mois, au rsa, suivie par moi, comp pec ok ?',
        'eligibility',
        [ELIGIBLE],
        NOT_ELIGIBLE_WORDS,
      ),
      turn('et si son employeur veut pas la liberer pour les ateliers ?', 'dispositif', [
        [...EMPLOYER_AGREES, 'son accord', 'accord'],
      ]),
    ],
  ),
  c(
    'b123-promo-et-si-pause',
    ['what-if', 'ase'],
    [
      turn(
        'pour la promo, le jeune confie a besoin de souffler entre les phases (gros passif), c est rigide les 13 semaines ?',
        'dispositif',
        [FOUR_MONTHS],
      ),
      turn('et si il rate des jours il est exclu du programme ?', 'out_of_scope', [SILENT], NO_BOUNCE),
    ],
  ),
  c(
    'b123-promo-18-en-cours',
    ['what-if', 'ase'],
    [
      turn(
        'jeune confiee 17 ans et demi, deco depuis 1 an, promo 1618 elle peut ?',
        'eligibility',
        [[...ELIGIBLE, ...ML_CIO]],
        NOT_ELIGIBLE_WORDS,
      ),
      turn(
        'et si elle a 18 ans pendant le programme, elle doit arreter ?',
        'eligibility',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b123-prepa-et-si-inscrite-ft',
    ['what-if', 'abbrev'],
    [
      turn(
        'mr 52 ans rsa, pas inscrit FT, veut se reconvertir apres un accident, prepa comp ?',
        'eligibility',
        [ELIGIBLE],
        NOT_ELIGIBLE_WORDS,
      ),
      turn(
        'et si il s inscrit a france travail entre temps ca bloque ?',
        'eligibility',
        [
          [
            ...NOT_REGISTERED_TOO,
            'ne bloque pas',
            'ne change rien',
            'pas de problème',
            'reste éligible',
            'toujours éligible',
            'change rien',
          ],
        ],
        ['n’est plus éligible', "n'est plus éligible", 'plus éligible'],
      ),
    ],
  ),
  c(
    'b123-volets-mme-aide-soignante',
    ['follow-up', 'volet', 'rambling'],
    [
      turn(
        'mme veut etre sure de son projet avant de se lancer dans une formation aide soignante, elle hesite encore entre ca et la petite enfance, c est quel volet de la prepa pour elle ?',
        'dispositif',
        [VOLET1],
      ),
      turn('et une fois qu elle sera decidee, pour securiser son entree en formation ?', 'dispositif', [
        A('volet 2', 'deuxième volet', 'second volet', '2e volet', '2nd volet'),
      ]),
      turn('ca dure combien ce volet la ?', 'dispositif', [VOLET2_DAYS], ['13 semaines']),
    ],
  ),
  c(
    'b123-pec-vae-rsfp',
    ['follow-up', 'rambling'],
    [
      turn(
        'mr en PEC espaces verts depuis 8 mois, aucun diplome, il ecrit mal, la vae c jouable dans comp pec ou c trop dur pour lui ?',
        'dispositif',
        [[...RSFP, 'cléa', 'prérequis', 'pré-requis']],
      ),
      turn('ca dure combien ce truc', 'dispositif', [[...VAE_DAYS, ...ONE_DAY]], ['13 semaines']),
    ],
  ),
  c(
    'b123-promo-apres-ase',
    ['follow-up', 'ase'],
    [
      turn('le jeune confie finit la promo en avril, apres il est lache dans la nature ?', 'dispositif', [
        SIX_MONTHS,
        ML_CIO,
      ]),
      turn('et nous l ase on est associes a ce suivi apres la promo ?', 'dispositif', [SILENT], NO_BOUNCE),
    ],
  ),
  c(
    'b123-ase-qui-prescrit-autorisation',
    ['ase', 'follow-up', 'who-prescribes'],
    [
      turn(
        'educatrice ase ici. jeune confie 16 ans, deco depuis la rentree, on aimerait lui proposer la promo, c est nous qui prescrivons ou la mission locale ?',
        'dispositif',
        [
          ML_CIO,
          A(
            'orientation facilitée',
            'peuvent bénéficier',
            'peut bénéficier',
            'peut en bénéficier',
            'peuvent en bénéficier',
            'réflexion',
            'panda',
            'inscri',
            'éligible',
          ),
        ],
      ),
      turn('et l autorisation parentale, qui la signe vu qu il est place ?', 'dispositif', [
        PARENTAL,
        SILENT,
      ]),
    ],
  ),
  c(
    'b123-mds-prescrire-panda',
    ['mds', 'who-prescribes', 'rambling'],
    [
      turn(
        'je suis AS de secteur en MDS, je fais surtout de l accompagnement social pas socio pro, j ai une dame au rsa que je suis, est ce que moi je peux prescrire prepa comp ou faut passer par son referent insertion ?',
        'dispositif',
        [PRESCRIBED_BY_DEPARTEMENT],
      ),
      turn('je fais comment pour avoir acces a panda ?', 'other', [['afpa'], ['habilit']]),
    ],
  ),
  c(
    'b123-prepa-eligible-puis-prescrire',
    ['follow-up', 'abbrev'],
    [
      turn(
        'mme 41 ans rsa suivie par moi, pas inscrite FT, veut travailler son projet, prepa comp ?',
        'eligibility',
        [ELIGIBLE],
        NOT_ELIGIBLE_WORDS,
      ),
      turn('ca coute qqch au departement au fait ?', 'dispositif', [FREE], NO_MONEY),
      turn('top, je la prescris', 'prescribe', FORM),
    ],
  ),
  c(
    'b123-prescription-annulee',
    ['follow-up', 'cancel'],
    [
      turn('je veux prescrire comp pec pour mr B', 'prescribe', FORM),
      turn('ah non attends l employeur a pas encore dit oui, laisse tomber', 'other', [
        A('annul', 'abandonn', 'interromp', 'arrêt'),
      ]),
    ],
  ),
  c(
    'b123-fle-puis-places',
    ['follow-up', 'rambling'],
    [
      turn(
        'mme primo arrivante au rsa, parle tres peu francais, elle a travaille en cuisine dans son pays et voudrait continuer, l afpa a un truc pour le francais ?',
        'dispositif',
        [A('français à visée professionnelle', 'français langue étrangère', 'langue étrangère')],
      ),
      turn(
        'et y a des places en agent de restauration ?',
        'agenda',
        [['restauration'], [...on('2027-03-15'), ...seats(4)]],
        otherTrainings('restauration'),
      ),
    ],
  ),
];

// ── Several people, or two questions, in one message ────────────────────────

const several: ConversationCase[] = [
  c(
    'b123-deux-jeunes-ase',
    ['several-people', 'ase', 'abbrev'],
    [
      turn(
        '2 jeunes ASE a orienter : l un 16 ans descolarise depuis la rentree, l autre 17 ans en CAP cuisine au lycee pro. la promo pour les deux ?',
        'eligibility',
        [ELIGIBLE, NOT_ELIGIBLE],
      ),
    ],
  ),
  c(
    'b123-trois-situations',
    ['several-people', 'rambling', 'abbrev'],
    [
      turn(
        '3 situations pour ma synthese : - mme K 34 ans rsa pas inscrite FT qui veut bosser son projet - mr L 50 ans rsa en contrat aidé PEC depuis 2 mois, employeur ok - M. 15 ans ase decrocheur. qui peut aller ou ?',
        'eligibility',
        [
          A('prépa'),
          A('compétences pec', 'compétences-pec', 'comp pec', 'compétences p.e.c'),
          [...NOT_ELIGIBLE, ...FROM_16],
        ],
      ),
    ],
  ),
  c(
    'b123-deux-brsa-prepa-pec',
    ['several-people', 'abbrev'],
    [
      turn(
        'j ai 2 brsa : une dame sans contrat qui veut se former et un monsieur en pec depuis 3 semaines. chacun c quel dispositif ?',
        'eligibility',
        [A('prépa'), A('compétences pec', 'compétences-pec', 'comp pec', 'compétences p.e.c')],
      ),
    ],
  ),
  c(
    'b123-freres-ase',
    ['several-people', 'ase'],
    [
      turn(
        'fratrie placee : le grand a 18 ans et demi, le petit 16 ans, les deux ont lache l ecole. promo 1618 pour lesquels ?',
        'eligibility',
        [ELIGIBLE, NOT_ELIGIBLE],
      ),
    ],
  ),
  c(
    'b123-prepa-duree-infocoll',
    ['two-questions', 'abbrev'],
    [
      turn(
        'prepa comp ca dure combien et y a une info coll bientot ? j ai mme D qui hesite',
        'dispositif',
        [PREPA_DURATION, on('2027-01-14')],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b123-promo-jours-entree',
    ['two-questions', 'ase'],
    [
      turn(
        'la promo c est quels jours et la prochaine entree c est quand ? le jeune a foot le vendredi',
        'dispositif',
        [MON_THU, on('2027-02-01')],
      ),
    ],
  ),
  c(
    'b123-pec-accord-distance',
    ['two-questions', 'no-accents'],
    [
      turn(
        'comp pec : faut l accord de l employeur ? et ca peut se faire a distance ? elle bosse loin',
        'dispositif',
        [EMPLOYER_AGREES, REMOTE],
      ),
    ],
  ),
  c(
    'b123-contact-objectif-promo',
    ['two-questions'],
    [
      turn('qui contacter a l afpa pour la promo et c est quoi l objectif de jeunes ase ?', 'contact', [
        RAP,
        TARGET_PROMO,
      ]),
    ],
  ),
  c(
    'b123-jpo-visite',
    ['two-questions', 'sms'],
    [
      turn(
        'prochaine jpo et prochaine visite de plateau stp, c pour mr E',
        'agenda',
        [on('2027-02-03'), on('2027-01-19')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b123-logistique-cariste',
    ['two-questions', 'person-agenda'],
    [
      turn(
        'mr veut etre cariste, y a une reunion metier logistique ? et des places en formation cariste ?',
        'agenda',
        [on('2027-01-26'), [...on('2027-01-27'), ...seats(6)]],
      ),
    ],
  ),
  c(
    'b123-promo-duree-parents',
    ['two-questions', 'ase'],
    [
      turn(
        'promo 1618 ca dure combien et faut l accord des parents meme si le jeune est confie ?',
        'dispositif',
        [PROMO_DURATION, PARENTAL],
        ['2 à 8 jours'],
      ),
    ],
  ),
];

// ── The dispositifs, asked about a person ───────────────────────────────────

const dispositifs: ConversationCase[] = [
  c(
    'b123-prepa-volet1-jours',
    ['person-mention', 'volet'],
    [
      turn(
        'rappelle moi le volet 1 de la prepa c combien de jours deja, c pour mme D qui hesite entre deux projets',
        'dispositif',
        [VOLET1_DAYS],
      ),
    ],
  ),
  c(
    'b123-prepa-etale',
    ['person-mention', 'rambling'],
    [
      turn(
        'ma dame a des rdv medicaux toutes les semaines pour son dos, elle a peur que la prepa prenne trop de temps, c etale sur combien de temps en tout ?',
        'dispositif',
        [TWO_WEEKS],
      ),
    ],
  ),
  c(
    'b123-prepa-avant-quoi',
    ['before', 'checklist'],
    [
      turn('avant d inscrire qqn en prepa comp je dois faire quoi de mon cote exactement ?', 'dispositif', [
        ADHESION,
        PANDA,
        MATERIAL,
      ]),
    ],
  ),
  c(
    'b123-promo-avant-quoi',
    ['before', 'ase'],
    [
      turn(
        'educ ase, pour la promo 1618 qu est ce que je dois faire avant que le jeune rentre ?',
        'dispositif',
        [A('panda', 'plateforme', 'inscri', 'invite', 'autorisation', 'pièces administratives')],
      ),
    ],
  ),
  c(
    'b123-prepa-garde-enfants',
    ['person-mention', 'rambling'],
    [
      turn(
        'maman solo 3 enfants au rsa, motivee pour la prepa mais la garde c est la galere, qui doit regler ca nous ou l afpa ?',
        'dispositif',
        [A('garde d’enfant', 'garde des enfants', 'conditions matérielles'), REFERENT],
      ),
    ],
  ),
  c(
    'b123-prepa-greta',
    ['person-mention'],
    [
      turn(
        'mr veut rentrer au greta en compta, pas a l afpa, la prepa peut quand meme servir ?',
        'dispositif',
        [A('autre organisme', 'hors afpa', 'hors a.f.p.a', 'ailleurs', 'autres organismes', 'autre centre')],
      ),
    ],
  ),
  c(
    'b123-prepa-loin',
    ['person-mention', 'where'],
    [
      turn(
        'mme a lafrancaise sans permis ni bus, prepa comp faut forcement venir a montauban ?',
        'dispositif',
        [[...REMOTE, ...DELOCALISED]],
      ),
    ],
  ),
  c(
    'b123-prepa-bilan',
    ['end', 'person-mention'],
    [
      turn('mme a fini sa prepa vendredi, est ce que je vais recevoir un retour de l afpa ?', 'dispositif', [
        BILAN,
      ]),
    ],
  ),
  c(
    'b123-prepa-limite-age',
    ['person-mention'],
    [
      turn(
        'mme 61 ans au rsa, elle est trop vieille pour prepa comp ?',
        'eligibility',
        [
          A(
            'pas de limite',
            'aucune limite',
            'sans limite',
            'pas de condition d’âge',
            'aucune condition d’âge',
            'pas d’âge',
            'ne fixe pas',
            'ne prévoit pas',
            'ne précise pas',
            'ne mentionne pas',
            'pas trop',
            ...ELIGIBLE,
          ),
        ],
        NOT_ELIGIBLE_WORDS,
      ),
    ],
  ),
  c(
    'b123-pec-ateliers',
    ['content', 'abbrev'],
    [
      turn(
        'pour mr en PEC, les ateliers de reconaissance des aquis c combien et de quelle duree ?',
        'dispositif',
        [SIX_WORKSHOPS, HALF_DAY],
      ),
    ],
  ),
  c(
    'b123-pec-trop-tard',
    ['person-mention'],
    [turn('son pec a commence il y a 5 mois, c trop tard pour comp pec ou pas ?', 'dispositif', [PEC_START])],
  ),
  c(
    'b123-pec-portefeuille',
    ['content'],
    [
      turn(
        'elle aura un portefeuille de competences a la fin de comp pec meme si elle vise pas de diplome ?',
        'dispositif',
        [A('chaque bénéficiaire', 'systématique', 'pour chaque', 'tous les bénéficiaires', 'pour tous')],
      ),
    ],
  ),
  c(
    'b123-pec-duree-totale',
    ['person-mention', 'no-accents'],
    [
      turn(
        'l employeur de mr demande combien de jours il sera absent pour comp pec',
        'dispositif',
        [PEC_DAYS],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b123-pec-siae-rsfp',
    ['siae'],
    [
      turn(
        'mr salarie en chantier d insertion, il a appris plein de choses mais aucun diplome, l afpa peut reconnaitre ca ?',
        'dispositif',
        [[...RSFP, 'vae', 'v.a.e', 'cléa']],
      ),
    ],
  ),
  c(
    'b123-promo-jours',
    ['ase', 'sms'],
    [turn('le jeune rentre chez sa mere le week end, la promo c est quel jours ?', 'dispositif', [MON_THU])],
  ),
  c(
    'b123-promo-distance',
    ['ase', 'modality'],
    [
      turn(
        'promo 1618 en distanciel possible ? le jeune est en foyer loin de tout',
        'dispositif',
        [ONSITE],
        ['tout ou partie'],
      ),
    ],
  ),
  c(
    'b123-promo-referent',
    ['ase'],
    [
      turn('pendant la promo le jeune a un referent a l afpa ou c nous qui suivons tout ?', 'dispositif', [
        A('référent principal', 'référent de parcours', 'chaque jeune', 'pour chaque'),
      ]),
    ],
  ),
  c(
    'b123-promo-mobilite',
    ['ase', 'content'],
    [
      turn(
        'c est quoi la periode de mobilite dans la promo, le jeune part ou et combien de temps ?',
        'dispositif',
        [A('village'), A('2 semaines', 'deux semaines')],
      ),
    ],
  ),
  c(
    'b123-promo-engagement-parents',
    ['ase', 'content'],
    [
      turn(
        'la semaine d engagement de la promo, les parents doivent venir ? le jeune est placé',
        'dispositif',
        [A('autorisation', 'formalis', 'pièces administratives', 'signature')],
      ),
    ],
  ),
  c(
    'b123-clea-numerique',
    ['person-mention', 'no-accents'],
    [
      turn(
        'mme galere avec ses demarches en ligne et l ordi en general, y a un truc a l afpa pour le numerique ?',
        'dispositif',
        [A('cléa numérique', 'clea numérique')],
      ),
    ],
  ),
];

// ── Agenda for the person followed (fixture of Monday 11 January 2027) ─────

const agenda: ConversationCase[] = [
  c(
    'b123-castel-entree-places-infocoll',
    ['person-agenda', 'town', 'follow-up', 'rambling'],
    [
      turn(
        'mme E 45 ans rsa, elle a son projet de prepa de commandes et veut securiser son entree en formation, elle est a castelsarrasin sans voiture, y a une entree prepa comp pres de chez elle ?',
        'agenda',
        [on('2027-02-15')],
      ),
      turn('il reste des places dessus ?', 'agenda', [seats(5)], TRAININGS),
      turn('et une info coll a castel avant ?', 'agenda', [on('2027-01-21')], notOn('2027-02-11')),
    ],
  ),
  c(
    'b123-infocoll-suivante',
    ['person-agenda', 'follow-up', 'abbrev'],
    [
      turn('prochaine info coll prepa comp ? j ai un monsieur a y envoyer', 'agenda', [on('2027-01-14')]),
      turn('il peut pas jeudi, et la suivante ?', 'agenda', [on('2027-01-21')], notOn('2027-02-09')),
      turn(
        'castel c trop loin pour lui il est sur montauban, la d apres a montauban ?',
        'agenda',
        [on('2027-02-11')],
        notOn('2027-03-04'),
      ),
    ],
  ),
  c(
    'b123-volet2-complet-suivante',
    ['person-agenda', 'follow-up', 'volet'],
    [
      turn('la session volet 2 prepa du 25 janvier a montauban, il reste de la place pour mr F ?', 'agenda', [
        FULL,
      ]),
      turn('et la suivante ?', 'agenda', [on('2027-02-15')], notOn('2027-02-08')),
    ],
  ),
  c(
    'b123-pec-moissac',
    ['person-agenda', 'follow-up', 'town'],
    [
      turn(
        'mme G en PEC dans un ehpad a moissac, l employeur est partant, y a une info coll comp pec pour eux deux ?',
        'agenda',
        [on('2027-02-09')],
        notOn('2027-01-14'),
      ),
      turn('et l atelier 2 il demarre quand ?', 'agenda', [[...on('2027-01-20'), ...on('2027-03-03')]]),
    ],
  ),
  c(
    'b123-promo-entree-lieu-info',
    ['person-agenda', 'follow-up', 'ase'],
    [
      turn(
        'le jeune confie que je suis (16 ans, sorti du college sans rien) est partant pour la promo, prochaine entree c quand ?',
        'agenda',
        [on('2027-02-01')],
      ),
      turn('ca se passe ou ? il est en foyer a caussade', 'agenda', [MONTAUBAN]),
      turn(
        'y a une reunion d info sur la promo pour lui et sa famille ?',
        'agenda',
        [[...on('2027-03-17'), ...NONE]],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b123-jpo-fin-janvier-fevrier-moissac',
    ['person-agenda', 'follow-up', 'past'],
    [
      turn(
        'je voulais emmener mme H a une jpo avant fin janvier, y en a une ?',
        'agenda',
        [NONE],
        notOn('2027-01-07'),
      ),
      turn('et en fevrier ?', 'agenda', [on('2027-02-03'), on('2027-02-17')]),
      turn('elle habite moissac', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b123-soudure-visite-places-prepa',
    ['person-agenda', 'follow-up', 'trade', 'rambling'],
    [
      turn(
        'mr I, 28 ans rsa, me parle que de soudure depuis 3 rdv, je voudrais qu il voie l atelier avant de s engager, visite possible ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
      turn(
        'et la formation soudeur elle a des places ?',
        'agenda',
        [A('soudeur', 'soudure'), [...on('2027-02-01'), ...seats(4)]],
        otherTrainings('soudeur'),
      ),
      turn('il doit passer par la prepa avant ?', 'dispositif', [VOLET2]),
    ],
  ),
  c(
    'b123-distance-puis-voiture',
    ['person-agenda', 'follow-up', 'what-if', 'modality'],
    [
      turn(
        'y a une session prepa comp a distance bientot ? mme J a pas de voiture',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-01-18'),
      ),
      turn('et si finalement elle a une voiture, c quoi la plus proche sur montauban ?', 'agenda', [
        on('2027-01-18'),
      ]),
    ],
  ),
  c(
    'b123-batiment-macon-plaquiste',
    ['person-agenda', 'follow-up', 'trade'],
    [
      turn(
        'mr S, 36 ans rsa, ancien manoeuvre, veut se former dans le batiment, y a une reunion metier ?',
        'agenda',
        [on('2027-02-23')],
        notOn('2027-01-26'),
      ),
      turn(
        'et des places en macon ?',
        'agenda',
        [A('maçon'), [...on('2027-02-15'), ...seats(3)]],
        otherTrainings('maçon'),
      ),
      turn('et plaquiste ?', 'agenda', [A('plaquiste'), FULL], otherTrainings('plaquiste')),
    ],
  ),
  c(
    'b123-valence-duree-infocoll',
    ['person-agenda', 'follow-up', 'town', 'two-questions'],
    [
      turn('prepa comp ca dure combien et c ou ? pour mme R qui habite valence d agen', 'dispositif', [
        PREPA_DURATION,
        [...MONTAUBAN, ...DELOCALISED, ...REMOTE],
      ]),
      turn('y a une info coll vers chez elle ?', 'agenda', [on('2027-03-04')], notOn('2027-01-14')),
    ],
  ),
  c(
    'b123-electricite-visite',
    ['person-agenda', 'ase', 'trade'],
    [
      turn(
        'le jeune de 17 ans que je suis veut voir l atelier electricite, y a une visite prevue ?',
        'agenda',
        [on('2027-03-10')],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b123-entrees-semaine-prochaine',
    ['relative-date', 'session'],
    [
      turn(
        'quelles entrees la semaine prochaine, tous dispositifs confondus ? j ai 3 personnes en attente',
        'agenda',
        [on('2027-01-18'), on('2027-01-20')],
        notOn('2027-01-25'),
      ),
    ],
  ),
  c(
    'b123-volet1-apres-fevrier',
    ['person-agenda', 'session', 'volet'],
    [
      turn(
        'prepa volet 1 apres le 1er fevrier ? elle peut pas avant, elle demenage',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b123-preparateur-castel',
    ['person-agenda', 'trade', 'town'],
    [
      turn(
        'des places en preparateur de commandes vers castel ? mr y habite',
        'agenda',
        [A('préparateur'), [...on('2027-03-01'), ...seats(5)]],
        otherTrainings('préparateur'),
      ),
    ],
  ),
  c(
    'b123-infocoll-promo-educ',
    ['ase', 'type'],
    [
      turn(
        'y a une info coll pour la promo ? j irais avec le jeune',
        'agenda',
        [on('2027-03-17')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b123-cette-semaine-jeudi',
    ['relative-date', 'person-agenda'],
    [
      turn(
        'cette semaine il y a quoi a l afpa ? j ai un creneau jeudi matin avec mme Y',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b123-pec-atelier3',
    ['session', 'volet', 'abbrev'],
    [turn('atelier 3 comp pec c quand la prochaine ?', 'agenda', [on('2027-02-10')], notOn('2027-01-20'))],
  ),
  c(
    'b123-proprete-moissac',
    ['person-agenda', 'trade', 'town'],
    [
      turn(
        'mme veut faire agent de proprete, elle est sur moissac, des places ?',
        'agenda',
        [A('propreté'), [...on('2027-02-22'), ...seats(7)]],
        otherTrainings('propreté'),
      ),
    ],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b123-oos-remuneration-promo',
    ['ase', 'benefit'],
    [
      turn(
        'pendant la promo le jeune confie touche une remuneration ou c l argent de poche ase qui continue ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b123-oos-apjm-21',
    ['ase', 'apjm'],
    [
      turn(
        'l APJM on peut le prolonger jusqu a 21 ans si il fait une formation ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b123-oos-faj-permis',
    ['ase', 'benefit'],
    [
      turn(
        'le FAJ peut financer le permis d un jeune qui sort de la promo ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b123-oos-rsa-maintenu',
    ['rsa-rules'],
    [
      turn(
        'si ma dame rentre en formation qualifiante apres la prepa elle garde son rsa ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b123-oos-garde-financee',
    ['benefit', 'mds'],
    [
      turn(
        'la garde des enfants pendant la prepa, le departement peut la payer ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b123-oos-transport-promo',
    ['ase', 'transport'],
    [
      turn(
        'le trajet foyer - afpa montauban pour la promo c qui paie, l ase ou l afpa ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b123-oos-mdph',
    ['ase'],
    [
      turn(
        'le jeune a une notif MDPH (il sort d IME), la promo est adaptee pour lui ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b123-oos-cej',
    ['other-organisation'],
    [
      turn(
        'un jeune en CEJ a la mission locale il peut cumuler avec la promo ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b123-oos-arret-maladie',
    ['rsa-rules'],
    [
      turn(
        'mme est en arret maladie, elle peut faire la prepa pendant ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b123-oos-mna-papiers',
    ['ase'],
    [
      turn(
        'jeune MNA confie a l ase, 16 ans, titre de sejour pas encore obtenu, ca bloque pour la promo ?',
        'eligibility',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b123-oos-montant-apjm',
    ['ase', 'apjm', 'benefit'],
    [
      turn(
        'c combien l allocation jeune majeur en 82 ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b123-oos-rapport-juge',
    ['ase'],
    [
      turn(
        'tu peux me rediger le rapport de situation pour le juge des enfants ?',
        'out_of_scope',
        [[...SILENT, 'ne peux pas', 'pas en mesure', 'hors de mon', 'pas mon rôle', 'ne suis pas']],
        NO_BOUNCE,
      ),
    ],
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b123-fig-promo-puis-prepa',
    ['follow-up'],
    [
      turn('on en est ou sur les 10 jeunes ase orientes vers la promo ?', 'figures', [NOT_AVAILABLE]),
      turn('et l objectif pour les brsa en prepa ?', 'figures', [TARGET_PREPA]),
    ],
  ),
  c(
    'b123-fig-prepa-2026',
    ['abbrev'],
    [turn('combien de brsa passes par prepa comp en 2026 dans le 82 ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b123-fig-objectif-pec',
    ['sms'],
    [turn('objectif competance pec c combien de personnes ?', 'figures', [TARGET_PEC])],
  ),
  c(
    'b123-fig-sorties-promo',
    ['ase'],
    [
      turn('promo 1618 l objectif de sorties positives c combien ? c pour mon rapport', 'figures', [
        A('70 %', '70%', '70 %'),
      ]),
    ],
  ),
  c(
    'b123-fig-national-promo',
    [],
    [
      turn('la promo au niveau national c pour combien de jeunes ?', 'figures', [
        A('35 000', '35000', '35 000', '35.000'),
      ]),
    ],
  ),
  c(
    'b123-fig-remontee',
    [],
    [
      turn('les chiffres des dispositifs l afpa les envoie a qui et a quel rythme ?', 'figures', [
        A('dgefp', 'd.g.e.f.p'),
        A('mensuel', 'chaque mois', 'tous les mois'),
      ]),
    ],
  ),
  c(
    'b123-fig-bilan-departemental',
    [],
    [
      turn('le bilan annuel departemental des dispositifs il va a qui ?', 'figures', [
        A('ddetspp', 'd.d.e.t.s.p.p', 'ddets'),
      ]),
    ],
  ),
  c(
    'b123-fig-sortie-emploi',
    [],
    [turn('taux de sortie emploi de nos allocataires passes par l afpa ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b123-fig-copil-national',
    [],
    [
      turn('le comite de pilotage national des dispositifs se reunit tous les combien ?', 'figures', [
        A('trimestri', 'tous les trois mois', 'tous les 3 mois', 'chaque trimestre'),
      ]),
    ],
  ),
];

// ── Whom to contact ─────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b123-ct-dossier-bloque-numero',
    ['follow-up', 'ase'],
    [
      turn('le dossier promo du jeune confie est bloque cote afpa, j appelle qui ?', 'contact', [RAP]),
      turn(
        't as son numero ?',
        'contact',
        [[...SILENT, ...NOT_AVAILABLE, 'pas de numéro', 'aucun numéro', 'pas son numéro']],
        ['05 63', '05.63', '0563'],
      ),
    ],
  ),
  c(
    'b123-ct-coordonnateur',
    ['abbrev'],
    [
      turn('c qui le coordonnateur departemental des 3 dispositifs a l afpa ?', 'contact', [
        A('vella', 'directeur du centre', 'directeur'),
      ]),
    ],
  ),
  c(
    'b123-ct-deploiement-promo',
    ['ase'],
    [turn('pour le deploiement de la promo, c qui la responsable a l afpa ?', 'contact', [RAP])],
  ),
  c(
    'b123-ct-cote-cd',
    [],
    [
      turn('l afpa a un interlocuteur privilegie au departement pour ces dispositifs ? c qui ?', 'contact', [
        DEPT_REFERENT,
      ]),
    ],
  ),
  c(
    'b123-ct-signataire',
    [],
    [
      turn('qui a signe l accord pour le departement et pour l afpa ?', 'contact', [
        A('weill', 'président du conseil départemental'),
        A('vella', 'directeur du centre'),
      ]),
    ],
  ),
  c(
    'b123-ct-mail',
    ['sms'],
    [
      turn(
        'le mail de la responsable accompagnement et parcours stp',
        'contact',
        [[...SILENT, ...NOT_AVAILABLE, 'pas d’adresse', "pas d'adresse", 'aucune adresse', 'battedou']],
        ['@'],
      ),
    ],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b123-pr-promo-confie',
    ['ase'],
    [turn('je veux prescrire la promo pour le jeune confie dont je m occupe', 'prescribe', FORM)],
  ),
  c(
    'b123-pr-distance-fevrier',
    ['session', 'modality'],
    [turn('positionne mme W sur la prepa a distance du 8 fevrier', 'prescribe', [...FORM, on('2027-02-08')])],
  ),
  c(
    'b123-pr-pec-atelier2',
    ['session', 'abbrev'],
    [
      turn('prescription comp pec atelier 2 du 20 janvier pour mr X, employeur ok', 'prescribe', [
        ...FORM,
        on('2027-01-20'),
      ]),
    ],
  ),
  c(
    'b123-pr-castel',
    ['session', 'town'],
    [
      turn('inscris mme E sur la session prepa de castelsarrasin en fevrier', 'prescribe', [
        ...FORM,
        on('2027-02-15'),
      ]),
    ],
  ),
  c(
    'b123-pr-comment',
    ['sms', 'typo'],
    [turn('j inscrit comment un brsa en prepa comp ?', 'prescribe', FORM)],
  ),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b123-ot-bonjour-educ',
    ['ase'],
    [
      turn('bonjour, educatrice ase, tu sers a quoi pour moi ?', 'other', [
        A('promo', 'prépa', 'dispositif', 'agenda'),
      ]),
    ],
  ),
  c(
    'b123-ot-rgpd-panda',
    ['panda'],
    [
      turn('les infos que je saisis sur panda sur le jeune, c encadre niveau rgpd ?', 'other', [
        A(
          '2016/679',
          'informatique et libertés',
          'informatique, aux fichiers',
          '1978',
          'article 5',
          'art. 5',
          'art 5',
          'règlement européen',
          'règlement général',
        ),
      ]),
    ],
  ),
  c(
    'b123-ot-duree-accord',
    [],
    [
      turn('l accord cd afpa il date de quand et il court jusqu a quand ?', 'other', [
        ['2022'],
        A('2 ans', 'deux ans'),
      ]),
    ],
  ),
  c(
    'b123-ot-logos',
    ['mds'],
    [
      turn('on fait une plaquette mds sur la prepa, faut mettre quels logos ?', 'other', [
        A('état'),
        A('plan d’investissement', 'p.i.c', ' pic'),
      ]),
    ],
  ),
  c(
    'b123-ot-reunion-equipe',
    [],
    [
      turn('l afpa vient nous presenter ses actions en reunion de service ? tous les combien ?', 'other', [
        A('semestre', 'deux fois par an', '2 fois par an'),
      ]),
    ],
  ),
  c(
    'b123-ot-kit',
    ['sms'],
    [
      turn('le kit de com pour les referents y a quoi dedans', 'other', [
        A('flyer'),
        A('argumentaire', 'titres professionnels', 'places disponibles', 'intervenants'),
      ]),
    ],
  ),
  c(
    'b123-ot-village',
    [],
    [
      turn('c quoi le village afpa dont parle l accord ?', 'other', [
        A('tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'),
      ]),
    ],
  ),
  c(
    'b123-ot-preavis',
    [],
    [turn('l accord peut etre resilie ? avec quel preavis ?', 'other', [A('2 mois', 'deux mois')])],
  ),
  c(
    'b123-ot-campagne',
    ['abbrev'],
    [
      turn(
        'jusqu a quand on pouvait faire entrer des brsa dans l experimentation et finir les parcours ?',
        'other',
        [A('31 décembre', '31/12'), A('30 avril', '30/04')],
      ),
    ],
  ),
  c(
    'b123-ot-copil-accord',
    [],
    [
      turn('le copil de l accord cd afpa il se reunit combien de fois ?', 'other', [
        A('fois par an', 'au moins une fois', 'au moins 1 fois', 'annuel'),
      ]),
    ],
  ),
];

export const HUNDRED_TWENTY_THIRD_BLIND_SET: ConversationCase[] = [
  ...followed,
  ...several,
  ...dispositifs,
  ...agenda,
  ...outOfScope,
  ...figures,
  ...contacts,
  ...prescribe,
  ...other,
];
