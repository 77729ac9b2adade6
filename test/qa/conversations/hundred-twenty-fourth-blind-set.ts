/**
 * Hundred-twenty-fourth blind set.
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82), and AFPA staff of the Montauban centre, who dictate their
 * messages on a phone (Teams mobile, between two home visits or in the car) or type them
 * with one thumb. Speech-to-text output: no punctuation, no capitals, run-on sentences,
 * numbers written in words (« seize dix-huit », « quarante-deux ans », « le quinze
 * février »), acronyms spelled out or split (« r s a », « la f p a », « p e c », « c d »,
 * « a s e »), homophones and dictation slips a colleague still reads at once (« prêt pas
 * compétence » for Prépa Compétences, « journée porte ouverte », « info collective »),
 * hesitations (« euh », « enfin », « du coup »), a person described in one breath, two
 * questions in one message, and quick follow-ups dictated right after the answer (« et à
 * castel », « et la suivante », « ok et qui je contacte »). A few messages are typed with
 * one thumb instead: no accents, « ya », « pdt », « mr », « stp ».
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

/** Every alternative with both apostrophes, « ’ » and « ' ». */
function both(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours'];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const SIX_WORKSHOPS = ['6 ateliers', 'six ateliers'];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const PROMO_DAYS = both('lundi au jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi', 'lundi-jeudi');
const PROMO_PUBLIC = both(
  'décroch',
  'quitté',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'déscolaris',
  'ne travaillent pas',
  'ni en emploi',
  'sortis du système scolaire',
);
/** The age of La Promo 16/18, never satisfied by the name « Promo 16/18 » alone. */
const AGE_1618 = ['18 ans', 'mineur', '16 à 18', '16 et 18', '16 ou 17', '16-17', '16 à 17', '16 ans'];
const FROM_16 = ['16 ans', '16 à 18', '16 et 18', '16-17', '16 ou 17', 'trop jeune', 'mineurs de 16'];
const PARENTAL = both(
  'autorisation parentale',
  'autorisations parentales',
  'parental',
  'autorisation des parents',
  'accord des parents',
  'représentant légal',
  'représentants légaux',
  'l’autorité parentale',
);
const PRESENTIEL = ['présentiel', 'sur place', 'pas à distance', 'pas de distanciel', 'pas en distanciel'];
const DISTANCE = ['à distance', 'distanciel'];
const PARTIAL = [
  'tout ou partie',
  'en partie',
  'partiellement',
  'mixte',
  'une partie',
  'combin',
  'altern',
  'les deux',
];
const MONTAUBAN = ['montauban'];
const DELOCALISED = both(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
  'autres villes',
  'castelsarrasin',
  'moissac',
  'valence',
);
const PROMO_WHERE = both('montauban', 'village', 'centre afpa', 'centre a.f.p.a', 'centre de l’afpa');
const FREE = both(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'ne coûte rien',
  'rien au département',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
  'investissement dans les compétences',
);
const PRESCRIBER = both(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'département',
  'vous pouvez prescrire',
  'c’est vous',
);
const NOT_REGISTERED_TOO = both(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'qu’ils soient inscrits',
  'même sans inscription',
  'pas obligatoire',
  'non obligatoire',
  'pas nécessaire',
  'pas besoin',
  'pas forcément',
  'pas indispensable',
);
const ADHESION = both(
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'volontaire',
  'volontariat',
);
const OTHER_ORG = both(
  'autre organisme',
  'autres organismes',
  'hors afpa',
  'hors a.f.p.a',
  'ailleurs',
  'autre centre',
  'pas seulement',
  'pas uniquement',
  'quel que soit',
  'n’importe quel',
);
const EMPLOYER_AGREES = both(
  'accord de l’employeur',
  'accord de son employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'recueille l’accord',
  'recueillir l’accord',
  'employeur donne son accord',
  'employeur est d’accord',
  'employeur soit d’accord',
);
const PEC_START = [
  'signature',
  'premiers mois',
  'immédiatement',
  'tout de suite',
  'dès le début',
  'dès maintenant',
];
const CERTIFICATION = [
  'certification',
  'vae',
  'v.a.e',
  'rsfp',
  'r.s.f.p',
  'cléa',
  'portefeuille de compétences',
];
const PREREQUISITES = ['prérequis', 'pré-requis', 'pré requis', 'accéder directement'];
const BILAN = ['bilan individuel', 'bilan du parcours', 'bilan de parcours'];
const REFERENT = both(
  'référent',
  'conseiller',
  'travailleur social',
  'travailleurs sociaux',
  'vous-même',
  'c’est vous',
  'à vous de',
);
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const CIO = ['cio', 'c.i.o'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const FLE = ['visée professionnelle', 'langue étrangère', 'f.l.e', ' fle ', '(fle)'];
const PROMO_CONTENT = [
  'atelier',
  'métiers',
  'open badges',
  'chantier',
  'code de la route',
  'projet professionnel',
  'mobilité',
];
const CHILDCARE = ['garde d', 'garde des enfants', 'conditions matérielles', 'mode de garde'];

// ── Targets, figures and reporting ─────────────────────────────────────────

const TARGET_PREPA = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  '30 brsa',
  '30 entrées',
  'objectif de 30',
  'objectif : 30',
  'trente allocataires',
  'trente personnes',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  '50 brsa',
  '50 entrées',
  'objectif de 50',
  'objectif : 50',
  'cinquante allocataires',
  'cinquante personnes',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  '10 orientations',
  '10 bénéficiaires',
  'objectif de 10',
  'objectif : 10',
  'dix jeunes',
];
const NOT_AVAILABLE = both(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'pas de données',
  'aucune donnée',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'n’ai pas ce',
  'n’ai pas les',
  'pas encore de chiffres',
  'ne sont pas encore',
  'pas encore publi',
  'pas d’indicateur',
  'aucune entrée',
  'aucune prescription',
);
const REPORTED_TO = ['dgefp', 'd.g.e.f.p', 'délégation générale', 'ddetspp', 'd.d.e.t.s', 'ddets'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois', 'par mois'];
const SEVENTY = ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour', 'soixante-dix'];
const THIRTY_FIVE_THOUSAND = ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000', 'trente-cinq mille'];

// ── Contacts (protocol § 6, article 3) ─────────────────────────────────────

const DIRECTOR = both(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'directeur',
  'vella',
);
const RAP = [
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
  'responsable accompagnement',
  'battedou',
];
const DEPT_REFERENT = both(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'référente désignée',
  'le département désigne',
  'désigné par le département',
  'désignée par le département',
);
const AFPA_CONTACT = [...DIRECTOR, ...RAP];
const NO_INFO = both(
  'ne précise pas',
  'ne dit rien',
  'n’en dit rien',
  'ne donne pas',
  'ne figure pas',
  'ne mentionne pas',
  'ne contient pas',
  'pas de numéro',
  'aucun numéro',
  'pas le numéro',
  'ne dispose pas',
  'n’ai pas',
  'pas d’information',
  'pas en mesure',
);
const PHONE_NUMBERS = ['05 63', '0563', '05.63', '05-63', '+33'];

// ── Eligibility ─────────────────────────────────────────────────────────────

const ELIGIBLE = both(
  'prescription possible',
  'est éligible',
  'critères remplis',
  'remplit les critères',
  'remplit les conditions',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'peut intégrer',
  'peut suivre',
  'peut y entrer',
  'peut tout à fait',
  'vous pouvez prescrire',
  'vous pouvez la prescrire',
  'vous pouvez le prescrire',
);
const NOT_ELIGIBLE = both(
  'non éligible',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'pas possible',
  'impossible',
  'ne correspond pas',
  'ne relève pas',
  'réservé',
  'pas accessible',
  'pas ouvert',
  'trop jeune',
  'trop âgé',
  'dépasse',
);
const EMPLOYER_NEEDED = [
  ...NOT_ELIGIBLE,
  ...both('requis', 'nécessaire', 'indispensable', 'obligatoire', 'doit', 'il faut', 'condition', 'recueill'),
];
const OTHER_PRESCRIBER = both(
  'autre prescripteur',
  'son prescripteur',
  'son conseiller',
  'mission locale',
  'cap emploi',
  'france travail',
  'pôle emploi',
);
const NOT_VIA_DEPARTEMENT = [
  ...NOT_ELIGIBLE,
  ...both('pas par le département', 'pas via', 'allocataires du r', 'bénéficiaires du r', 'au titre du rsa'),
];
const LEFT_SCHOOL = both(
  'quitté',
  'scolaris',
  'ni en formation',
  'pas en formation',
  'décroch',
  'sorti',
  'n’est plus',
);

// ── Prescribing (the form, or the request for habilitation) ────────────────

/** « Prescrire » alone also matches the menu's button, hence the second group. */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];
const PRESCRIPTION_STATUS = [
  ['prescription', 'habilitation'],
  ['aucune', 'en cours', 'statut', 'état', 'suivi', 'habilitation', 'pas encore', 'envoy', 'reçu', 'terminé'],
];

// ── Outside the agreement ───────────────────────────────────────────────────

const OUT_OF_SCOPE = both(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'n’en dit rien',
  'ne dit pas',
  'hors',
  'n’est pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'ne contient pas',
  'pas prévu',
  'pas dans l’accord',
  'pas d’information',
  'aucune information',
  'pas en mesure',
  'ne peux pas répondre',
);
/** A question far from the agreement: any clear « not my field » answer. */
const NOT_MY_FIELD = [
  ...OUT_OF_SCOPE,
  ...both('je ne peux pas', 'uniquement', 'seulement', 'que sur', 'je réponds', 'météo', 'je n’ai pas'),
];
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
const NO_AMOUNT = ['€', ' euros'];
const NO_AGE_LIMIT = both(
  'pas de limite',
  'aucune limite',
  'sans limite',
  'pas d’âge',
  'aucun âge',
  'ne fixe pas',
  'ne précise pas',
  'ne dit rien',
  'ne mentionne pas',
  'ne prévoit pas',
  'pas prévu',
  'aucune condition d',
  'pas de condition d',
);

// ── Small talk ──────────────────────────────────────────────────────────────

const MENU = ['prépa compétences', 'dispositif', 'agenda', 'prescri', 'promo 16'];
const THANKS = both(
  'de rien',
  'avec plaisir',
  'bonne journée',
  'je vous en prie',
  'à votre service',
  'n’hésitez',
  'à bientôt',
  'bonne continuation',
);
const CANCEL = both(
  'annul',
  'rien à annuler',
  'aucun',
  'n’y a rien',
  'rien en cours',
  'd’accord',
  'entendu',
  'pas de souci',
  'pas de problème',
  'très bien',
);

// ── The agenda fixture (today: Monday 11 January 2027) ─────────────────────

/** The trainings of the fixture's Info Places, by a word of their name. */
const TRAINING_NAMES = [
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
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAINING_NAMES.filter((name) => !asked.some((a) => name.includes(a)));
const FULL = [
  ...seats(0),
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
];
const AT_10 = ['10h', '10 h', '10:00', '10\u00a0h', '10 heures', 'dix heures'];
const AT_14 = ['14h', '14 h', '14:00', '14\u00a0h', '14 heures', 'quatorze heures'];
const NOTHING = both('aucun', 'aucune', 'pas de', 'n’y a pas', 'rien', 'passé', 'déjà eu lieu', 'plus de');

// ── Dispositifs: duration, content, who prescribes, for whom ───────────────

const dispositif: ConversationCase[] = [
  c(
    'b124-prepa-ou',
    ['dictation', 'homophone', 'where'],
    [
      turn(
        "la prépa compétences c'est seulement à montauban ou ça peut se faire dans d'autres coins du département parce que mes gens ils ont pas de voiture",
        'dispositif',
        [MONTAUBAN, DELOCALISED],
      ),
    ],
  ),
  c(
    'b124-prepa-cout-cd',
    ['dictation', 'spelled-acronym', 'cost'],
    [
      turn('est-ce que ça coûte quelque chose au c d quand on prescrit une prépa compétences', 'dispositif', [
        FREE,
      ]),
    ],
  ),
  c(
    'b124-prepa-phases',
    ['dictation', 'numbers-in-words', 'content'],
    [
      turn("c'est quoi déjà les quatre phases de la prépa il y a se préparer et après", 'dispositif', [
        ['engager'],
        ['réfléchir'],
        ['agir'],
      ]),
    ],
  ),
  c(
    'b124-prepa-france-travail',
    ['dictation', 'homophone'],
    [
      turn(
        "est-ce qu'il faut que la personne soit inscrite à france travail pour faire prêt pas compétence",
        'dispositif',
        [NOT_REGISTERED_TOO],
      ),
    ],
  ),
  c(
    'b124-prepa-adhesion',
    ['dictation', 'who-agrees'],
    [turn("je peux l'envoyer en prépa même si elle est pas trop partante", 'dispositif', [ADHESION])],
  ),
  c(
    'b124-prepa-mixte',
    ['dictation', 'hesitation', 'modality'],
    [
      turn(
        'on peut faire un bout de la prépa à distance et le reste au centre euh en présentiel quoi',
        'dispositif',
        [PARTIAL],
      ),
    ],
  ),
  c(
    'b124-prepa-greta',
    ['dictation', 'spelled-acronym'],
    [
      turn(
        'si elle veut rentrer en formation au greta enfin pas à la f p a la prépa ça sert quand même à quelque chose',
        'dispositif',
        [OTHER_ORG],
      ),
    ],
  ),
  c(
    'b124-prepa-age-max',
    ['dictation', 'homophone', 'silent'],
    [
      turn(
        "il y a une limite d'âge pour prêt pas compétence",
        'dispositif',
        [NO_AGE_LIMIT],
        ['25 ans', '26 ans', '30 ans'],
      ),
    ],
  ),
  c(
    'b124-pec-ateliers',
    ['dictation', 'spelled-acronym'],
    [
      turn("dans compétences p e c il y a combien d'ateliers d'une demi-journée", 'dispositif', [
        SIX_WORKSHOPS,
      ]),
    ],
  ),
  c(
    'b124-pec-vae-jours',
    ['dictation', 'spelled-acronym'],
    [
      turn(
        'la v a e dans compétences p e c ça prend combien de jours en tout',
        'dispositif',
        [VAE_DAYS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b124-pec-quand',
    ['dictation', 'spelled-acronym', 'start'],
    [
      turn(
        'à partir de quand on peut lancer compétences p e c pour un monsieur qui vient juste de signer son contrat',
        'dispositif',
        [PEC_START],
      ),
    ],
  ),
  c(
    'b124-promo-distance',
    ['dictation', 'numbers-in-words', 'modality'],
    [
      turn(
        'est-ce que la promo seize dix-huit peut se faire à distance le jeune il habite loin',
        'dispositif',
        [PRESENTIEL],
        ['tout ou partie'],
      ),
    ],
  ),
  c(
    'b124-promo-orienteurs',
    ['dictation', 'numbers-in-words', 'prescriber'],
    [
      turn("normalement c'est qui qui oriente les jeunes vers la promo seize dix-huit", 'dispositif', [
        MISSION_LOCALE,
        CIO,
      ]),
    ],
  ),
  c(
    'b124-promo-apres',
    ['dictation', 'hesitation', 'end'],
    [
      turn("après la promo le jeune il est encore suivi ou c'est fini du coup", 'dispositif', [
        SIX_MONTHS,
        MISSION_LOCALE,
      ]),
    ],
  ),
  c(
    'b124-fle',
    ['dictation', 'spelled-acronym'],
    [
      turn(
        'est-ce que la f p a fait du français pour les primo arrivants qui parlent pas bien',
        'dispositif',
        [FLE],
      ),
    ],
  ),
  c(
    'b124-promo-contenu-typed',
    ['typed', 'no-accent', 'abbrev'],
    [
      turn(
        'promo 1618 ils font quoi concretement pdt les 13 semaines',
        'dispositif',
        [PROMO_CONTENT],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b124-pers-maman-garde',
    ['dictation', 'person-mention', 'spelled-acronym'],
    [
      turn(
        "j'ai une maman seule au r s a qui veut bien faire la prépa mais elle a personne pour garder les petits c'est à qui de voir ça",
        'dispositif',
        [CHILDCARE, REFERENT],
        ['quel âge'],
      ),
    ],
  ),
];

// ── Two questions in one dictated message ───────────────────────────────────

const twoInOne: ConversationCase[] = [
  c(
    'b124-2q-prepa-duree-prescripteur',
    ['dictation', 'two-questions', 'homophone'],
    [
      turn("prêt pas compétence ça dure combien et c'est qui qui prescrit", 'dispositif', [
        PREPA_DURATION,
        PRESCRIBER,
      ]),
    ],
  ),
  c(
    'b124-2q-promo-jours-ou',
    ['dictation', 'two-questions', 'numbers-in-words'],
    [
      turn("la promo seize dix huit c'est quels jours de la semaine et ça se passe où", 'dispositif', [
        PROMO_DAYS,
        PROMO_WHERE,
      ]),
    ],
  ),
  c(
    'b124-2q-volets',
    ['dictation', 'two-questions', 'numbers-in-words', 'volet'],
    [
      turn("volet un volet deux c'est quoi la différence et c'est combien de jours chacun", 'dispositif', [
        ['projet'],
        ['sécuris', 'entrée en formation'],
        VOLET1_DAYS,
        VOLET2_DAYS,
      ]),
    ],
  ),
  c(
    'b124-2q-promo-age-distance',
    ['dictation', 'two-questions', 'numbers-in-words'],
    [
      turn(
        "la promo seize dix-huit c'est à partir de quel âge et est-ce qu'on peut la faire en distanciel",
        'dispositif',
        [FROM_16, PRESENTIEL],
        ['tout ou partie'],
      ),
    ],
  ),
  c(
    'b124-2q-prepa-paye',
    ['dictation', 'two-questions', 'out-of-scope-part'],
    [
      turn(
        'la prépa ça dure combien de jours et elle est payée pendant ou pas',
        'dispositif',
        [PREPA_DURATION, OUT_OF_SCOPE],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b124-2q-fevrier-jpo-infocoll',
    ['dictation', 'two-questions', 'month'],
    [
      turn(
        'en février il y a une journée porte ouverte et des infos collectives',
        'agenda',
        [on('2027-02-03'), on('2027-02-17'), on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b124-2q-objectif-remontee',
    ['dictation', 'two-questions'],
    [
      turn(
        "l'objectif de la prépa c'est combien de personnes et les chiffres ils remontent à qui",
        'figures',
        [TARGET_PREPA, REPORTED_TO],
      ),
    ],
  ),
  c(
    'b124-2q-eligible-entree',
    ['dictation', 'two-questions', 'numbers-in-words', 'one-breath'],
    [
      turn(
        "dame trente-huit ans au r s a suivie chez nous pas inscrite à pôle emploi elle peut faire la prépa et c'est quand la prochaine entrée",
        'eligibility',
        [ELIGIBLE, on('2027-01-18')],
      ),
    ],
  ),
];

// ── The published agenda ────────────────────────────────────────────────────

const agenda: ConversationCase[] = [
  c(
    'b124-ag-semaine-prochaine',
    ['dictation', 'relative-date', 'spelled-acronym'],
    [
      turn(
        'la semaine prochaine il y a quoi à la f p a',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b124-ag-cette-semaine',
    ['dictation', 'hesitation', 'relative-date'],
    [
      turn(
        'euh cette semaine il se passe quoi',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19')],
      ),
    ],
  ),
  c(
    'b124-ag-lundi-prochain',
    ['dictation', 'relative-date', 'session'],
    [
      turn(
        'lundi prochain il y a bien une entrée en prépa compétences',
        'agenda',
        [on('2027-01-18'), ['volet 1']],
        notOn('2027-02-15'),
      ),
    ],
  ),
  c(
    'b124-ag-vingt-janvier',
    ['dictation', 'numbers-in-words', 'session'],
    [turn("le mercredi vingt janvier c'est quoi qui commence", 'agenda', [['pec', 'p.e.c'], ['atelier 2']])],
  ),
  c(
    'b124-ag-quinze-fevrier',
    ['dictation', 'numbers-in-words'],
    [turn("qu'est-ce qu'il y a le quinze février", 'agenda', [['volet 2', 'castelsarrasin', 'maçon']])],
  ),
  c(
    'b124-ag-pec-atelier2',
    ['dictation', 'spelled-acronym', 'numbers-in-words', 'session'],
    [
      turn(
        "les entrées compétences p e c atelier deux c'est quand",
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b124-ag-prepa-distance',
    ['dictation', 'homophone', 'modality', 'session'],
    [
      turn(
        "la prochaine session de prêt pas compétence à distance c'est quand",
        'agenda',
        [on('2027-02-08')],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b124-ag-infocoll-pec',
    ['dictation', 'spelled-acronym', 'two-questions'],
    [
      turn(
        "info collective p e c c'est quand et où",
        'agenda',
        [on('2027-02-09'), ['moissac']],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b124-ag-visite-elec',
    ['dictation', 'trade'],
    [
      turn(
        'il y a une visite de plateau technique en électricité bientôt',
        'agenda',
        [on('2027-03-10')],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b124-ag-soudeur-typed',
    ['typed', 'no-accent', 'places', 'trade'],
    [
      turn(
        'soudeur ya de la place ?',
        'agenda',
        [
          ['soudeur', 'soudure'],
          [...on('2027-02-01'), ...seats(4)],
        ],
        OTHER_TRAININGS('soudeur'),
      ),
    ],
  ),
  c(
    'b124-ag-plaquiste',
    ['dictation', 'places', 'trade'],
    [turn('il reste des places en plaquiste', 'agenda', [['plaquiste'], FULL], OTHER_TRAININGS('plaquiste'))],
  ),
  c(
    'b124-ag-jpo-janvier',
    ['dictation', 'homophone', 'month', 'past'],
    [turn('il y a une journée porte ouverte en janvier', 'agenda', [NOTHING])],
  ),
];

// ── Eligibility of a person dictated in one breath ──────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b124-el-promo-15',
    ['dictation', 'one-breath', 'numbers-in-words', 'spelled-acronym'],
    [
      turn(
        "un jeune de quinze ans de l'a s e qui a lâché le collège il peut aller à la promo seize dix-huit",
        'eligibility',
        [NOT_ELIGIBLE, FROM_16],
      ),
    ],
  ),
  c(
    'b124-el-pec-mission-locale',
    ['dictation', 'one-breath', 'spelled-acronym'],
    [
      turn(
        'un salarié en p e c qui touche pas le r s a suivi par la mission locale je peux lui prescrire compétences p e c moi',
        'eligibility',
        [OTHER_PRESCRIBER, NOT_VIA_DEPARTEMENT],
      ),
    ],
  ),
  c(
    'b124-el-promo-lyceen',
    ['dictation', 'one-breath', 'numbers-in-words'],
    [
      turn(
        'jeune dix-sept ans encore inscrit au lycée en terminale mais il sèche beaucoup la promo seize dix-huit ça peut le faire',
        'eligibility',
        [NOT_ELIGIBLE, LEFT_SCHOOL],
      ),
    ],
  ),
  c(
    'b124-el-prepa-ft-typed',
    ['typed', 'no-accent', 'abbrev', 'one-breath'],
    [turn('mr au rsa inscrit a FT et suivi par nous aussi prepa comp ca passe ?', 'eligibility', [ELIGIBLE])],
  ),
  c(
    'b124-el-pec-patron-refuse',
    ['dictation', 'one-breath', 'spelled-acronym'],
    [
      turn(
        'dame au r s a en contrat p e c mais son patron veut pas entendre parler de formation compétences p e c quand même possible',
        'eligibility',
        [EMPLOYER_NEEDED, ['employeur']],
      ),
    ],
  ),
  c(
    'b124-el-promo-18-et-demi',
    ['dictation', 'one-breath', 'numbers-in-words', 'boundary'],
    [
      turn(
        "jeune de dix-huit ans et demi sorti de l'a s e il a tout arrêté il peut faire la promo seize dix-huit",
        'eligibility',
        [NOT_ELIGIBLE, AGE_1618],
      ),
    ],
  ),
  c(
    'b124-el-prepa-sans-rsa',
    ['dictation', 'one-breath', 'spelled-acronym'],
    [
      turn(
        "monsieur pas au r s a demandeur d'emploi suivi par france travail uniquement je peux le prescrire en prépa compétences",
        'eligibility',
        [OTHER_PRESCRIBER, NOT_VIA_DEPARTEMENT],
      ),
    ],
  ),
  c(
    'b124-el-promo-parents',
    ['dictation', 'one-breath', 'numbers-in-words'],
    [
      turn(
        "jeune de seize ans de l'a s e déscolarisé mais les parents veulent rien signer la promo c'est jouable",
        'eligibility',
        [PARENTAL],
      ),
    ],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b124-pr-prepa-dame',
    ['dictation', 'homophone'],
    [turn('je voudrais inscrire une dame en prêt pas compétence', 'prescribe', FORM)],
  ),
  c(
    'b124-pr-session-dix-huit',
    ['dictation', 'numbers-in-words', 'session'],
    [
      turn("je veux l'inscrire sur la session du dix-huit janvier de la prépa", 'prescribe', [
        ...FORM,
        on('2027-01-18'),
      ]),
    ],
  ),
  c(
    'b124-pr-promo-ase',
    ['dictation', 'spelled-acronym', 'numbers-in-words'],
    [turn("comment je fais pour inscrire un jeune de l'a s e à la promo seize dix-huit", 'prescribe', FORM)],
  ),
  c(
    'b124-pr-castel-typed',
    ['typed', 'no-accent', 'abbrev', 'volet', 'town'],
    [turn('inscrire mr sur prepa volet 2 a castel', 'prescribe', [...FORM, on('2027-02-15')])],
  ),
  c(
    'b124-pr-suivi',
    ['dictation', 'status'],
    [turn('mes prescriptions elles en sont où', 'prescribe', PRESCRIPTION_STATUS)],
  ),
];

// ── Whom to contact ─────────────────────────────────────────────────────────

const contact: ConversationCase[] = [
  c(
    'b124-ct-responsable',
    ['dictation', 'spelled-acronym', 'numbers-in-words'],
    [turn("c'est qui le responsable à la f p a pour les trois dispositifs", 'contact', [AFPA_CONTACT])],
  ),
  c(
    'b124-ct-nom-prepa',
    ['dictation', 'hesitation', 'spelled-acronym'],
    [turn("euh le nom de la personne à la f p a qui s'occupe de déployer la prépa", 'contact', [RAP])],
  ),
  c(
    'b124-ct-telephone',
    ['dictation', 'spelled-acronym', 'silent'],
    [
      turn(
        "t'as le numéro de téléphone de la f p a de montauban",
        'contact',
        [[...AFPA_CONTACT, ...NO_INFO]],
        PHONE_NUMBERS,
      ),
    ],
  ),
  c(
    'b124-ct-suivi-accord',
    ['dictation', 'spelled-acronym'],
    [
      turn("qui c'est qui suit l'accord entre le département et la f p a", 'contact', [
        ['président', 'représentant', 'weill'],
        ['directeur', 'vella'],
      ]),
    ],
  ),
  c(
    'b124-ct-panda-typed',
    ['typed', 'no-accent', 'panda'],
    [
      turn('jarrive pas a me connecter a panda je contacte qui', 'contact', [
        [...AFPA_CONTACT, 'afpa', 'a.f.p.a'],
      ]),
    ],
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b124-fig-entrees-annee',
    ['dictation'],
    [
      turn("on en est où des entrées en prépa cette année par rapport à l'objectif", 'figures', [
        NOT_AVAILABLE,
        TARGET_PREPA,
      ]),
    ],
  ),
  c(
    'b124-fig-remontee',
    ['dictation'],
    [
      turn('les chiffres des dispositifs ils remontent à qui et tous les combien', 'figures', [
        REPORTED_TO,
        MONTHLY,
      ]),
    ],
  ),
  c(
    'b124-fig-sorties-typed',
    ['typed', 'no-accent', 'abbrev'],
    [turn('promo 1618 objectif sorties positives c cb', 'figures', [SEVENTY])],
  ),
  c(
    'b124-fig-national',
    ['dictation', 'numbers-in-words'],
    [
      turn("la promo seize dix-huit au niveau national c'est combien de jeunes", 'figures', [
        THIRTY_FIVE_THOUSAND,
      ]),
    ],
  ),
  c(
    'b124-fig-taux-emploi',
    ['dictation', 'spelled-acronym'],
    [
      turn("le taux de sortie en emploi de nos allocataires passés par la f p a vous l'avez", 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b124-fig-annee-objectifs',
    ['dictation', 'numbers-in-words'],
    [turn("les objectifs trente cinquante dix c'est pour quelle année", 'figures', [['2022']])],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b124-oos-montant-rsa',
    ['dictation', 'spelled-acronym', 'benefit'],
    [
      turn(
        'le r s a c’est combien pour un couple avec deux enfants',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b124-oos-horaires-typed',
    ['typed', 'no-accent', 'schedule'],
    [turn('prepa ca commence a quelle heure le matin', 'out_of_scope', [OUT_OF_SCOPE], NO_BOUNCE)],
  ),
  c(
    'b124-oos-bus-castel',
    ['dictation', 'town', 'transport'],
    [
      turn(
        'le bus pour aller à castel c’est remboursé pour les gens en prépa',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b124-oos-meteo',
    ['dictation', 'far'],
    [turn('il va faire beau demain à montauban', 'out_of_scope', [NOT_MY_FIELD], NO_BOUNCE)],
  ),
  c(
    'b124-oos-cej',
    ['dictation', 'spelled-acronym', 'other-organisation'],
    [turn('le c e j de la mission locale ça marche comment', 'out_of_scope', [OUT_OF_SCOPE], NO_BOUNCE)],
  ),
  c(
    'b124-oos-argent-poche',
    ['dictation', 'benefit'],
    [
      turn(
        "pendant la promo le jeune il touche de l'argent ou pas",
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b124-oos-sanction',
    ['dictation', 'spelled-acronym', 'rsa-rules'],
    [
      turn(
        'si elle refuse la prépa est-ce que son r s a peut être suspendu',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_BOUNCE,
      ),
    ],
  ),
];

// ── Small talk and what the agreement itself settles ───────────────────────

const other: ConversationCase[] = [
  c('b124-ot-salut', ['dictation', 'greeting'], [turn('salut', 'other', [MENU])]),
  c('b124-ot-merci', ['dictation', 'thanks'], [turn('ok merci beaucoup bonne journée', 'other', [THANKS])]),
  c('b124-ot-tu-sers', ['dictation'], [turn('tu sers à quoi exactement toi', 'other', [MENU])]),
  c('b124-ot-laisse-tomber', ['dictation', 'cancel'], [turn('non laisse tomber annule', 'other', [CANCEL])]),
  c(
    'b124-ot-accord-fin',
    ['dictation', 'spelled-acronym'],
    [
      turn("l'accord avec la f p a il se termine quand", 'other', [
        ['2 ans', 'deux ans', '31 décembre 2023', '31/12/2023', 'fin 2023'],
        ['2022'],
      ]),
    ],
  ),
  c(
    'b124-ot-campagne',
    ['dictation', 'spelled-acronym'],
    [
      turn("jusqu'à quand on peut faire entrer des gens au r s a sur les dispositifs", 'other', [
        ['31 décembre', '31/12', '31 déc'],
        ['30 avril', '30/04', '30 avr'],
      ]),
    ],
  ),
  c(
    'b124-ot-panda-typed',
    ['typed', 'no-accent', 'panda'],
    [
      turn('panda cest quoi', 'other', [
        ['traçabilité', 'trace', 'suivi des parcours', 'plateforme'],
        ['afpa', 'a.f.p.a'],
      ]),
    ],
  ),
  c(
    'b124-ot-kit',
    ['dictation', 'spelled-acronym'],
    [
      turn('le kit de communication de la f p a il y a quoi dedans', 'other', [
        ['flyer'],
        ['argumentaire', 'titres professionnels', 'places disponibles', 'intervenants'],
      ]),
    ],
  ),
  c(
    'b124-ot-logos',
    ['dictation', 'publicity'],
    [
      turn('sur notre flyer pour la prépa il faut mettre quels logos', 'other', [
        ['état'],
        both(
          'plan d’investissement dans les compétences',
          'investissement dans les compétences',
          ' pic',
          'p.i.c',
        ),
      ]),
    ],
  ),
];

// ── Follow-ups dictated right after the answer ──────────────────────────────

const followUps: ConversationCase[] = [
  c(
    'b124-fu-infocoll-castel-contact',
    ['dictation', 'follow-up', 'homophone', 'town'],
    [
      turn(
        "euh la prochaine info collective prêt pas compétence à montauban c'est quand",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-21'), ...notOn('2027-03-04')],
      ),
      turn('et à castel', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
      turn('ok et qui je contacte', 'contact', [[...AFPA_CONTACT, ...DEPT_REFERENT]]),
    ],
  ),
  c(
    'b124-fu-jpo-heure',
    ['dictation', 'follow-up', 'homophone', 'town'],
    [
      turn(
        "euh c'est quand les prochaines journées porte ouverte",
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        notOn('2027-01-07'),
      ),
      turn('et celle de moissac elle commence à quelle heure', 'agenda', [AT_10]),
    ],
  ),
  c(
    'b124-fu-promo-entree-places-age',
    ['dictation', 'follow-up', 'numbers-in-words', 'session'],
    [
      turn("la promo seize dix-huit la prochaine entrée c'est quand", 'agenda', [on('2027-02-01')]),
      turn('il reste combien de places', 'agenda', [seats(10)], TRAINING_NAMES),
      turn("et c'est pour quel âge déjà", 'dispositif', [AGE_1618]),
    ],
  ),
  c(
    'b124-fu-el-25-puis-17-prescrire',
    ['dictation', 'follow-up', 'numbers-in-words', 'changed-fact'],
    [
      turn('une jeune de vingt-cinq ans au r s a pour la promo seize dix-huit', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
      turn(
        "et si elle avait dix-sept ans qu'elle était à l'a s e et qu'elle avait arrêté le lycée sans rien faire depuis",
        'eligibility',
        [[...ELIGIBLE, ...MISSION_LOCALE, ...CIO]],
      ),
      turn("ok je l'inscris", 'prescribe', FORM),
    ],
  ),
  c(
    'b124-fu-durees',
    ['dictation', 'follow-up', 'homophone', 'spelled-acronym'],
    [
      turn(
        'prêt pas compétence ça dure combien de temps en fait',
        'dispositif',
        [PREPA_DURATION],
        ['13 semaines', 'treize semaines'],
      ),
      turn('et la p e c', 'dispositif', [PEC_DAYS], ['2 à 8 jours', '13 semaines']),
      turn('et la promo', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    ],
  ),
  c(
    'b124-fu-objectifs',
    ['dictation', 'follow-up', 'spelled-acronym'],
    [
      turn("l'objectif pour la prépa c'était combien de personnes", 'figures', [TARGET_PREPA]),
      turn('et en p e c', 'figures', [TARGET_PEC]),
      turn("et pour les jeunes de l'a s e", 'figures', [TARGET_PROMO]),
    ],
  ),
  c(
    'b124-fu-volet2-complet',
    ['dictation', 'follow-up', 'homophone', 'numbers-in-words', 'volet'],
    [
      turn(
        'la prochaine entrée prêt pas compétence volet deux',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
      turn('et celle du vingt-cinq janvier elle est complète', 'agenda', [FULL], both('n’est pas complète')),
    ],
  ),
  c(
    'b124-fu-moissac-valence',
    ['dictation', 'follow-up', 'town'],
    [
      turn(
        "qu'est-ce qu'il y a de prévu à moissac",
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-23'), ...notOn('2027-01-21')],
      ),
      turn(
        "et à valence d'agen",
        'agenda',
        [on('2027-03-04')],
        [...notOn('2027-02-17'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b124-fu-cariste-preparateur',
    ['dictation', 'follow-up', 'places', 'trade'],
    [
      turn(
        'il reste des places en cariste',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...seats(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
      turn(
        'et en préparateur de commandes',
        'agenda',
        [['préparateur'], [...on('2027-03-01'), ...seats(5)]],
        OTHER_TRAININGS('préparateur', 'cariste'),
      ),
    ],
  ),
  c(
    'b124-fu-rsfp-jours',
    ['dictation', 'follow-up', 'spelled-acronym'],
    [
      turn("r s f p c'est quoi", 'dispositif', [[...PREREQUISITES, 'savoir-faire', 'savoir faire']]),
      turn('et ça fait combien de jours', 'dispositif', [VAE_DAYS], ['2 à 8 jours', '13 semaines']),
    ],
  ),
  c(
    'b124-fu-eligible-infocoll-suivante',
    ['dictation', 'follow-up', 'numbers-in-words', 'one-breath'],
    [
      turn('monsieur quarante-sept ans au r s a suivi par le c d il peut faire la prépa', 'eligibility', [
        ELIGIBLE,
      ]),
      turn('ok et la prochaine info collective', 'agenda', [on('2027-01-14')]),
      turn('et la suivante', 'agenda', [on('2027-01-21')]),
    ],
  ),
  c(
    'b124-fu-visite-soudure',
    ['dictation', 'follow-up', 'trade'],
    [
      turn("la visite du plateau soudure c'est quand", 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn("c'est à quelle heure", 'agenda', [AT_14]),
      turn('il reste de la place', 'agenda', [seats(8)], [' 4 place', 'places : 4']),
    ],
  ),
  c(
    'b124-fu-pec-employeur-cout',
    ['dictation', 'follow-up', 'spelled-acronym', 'numbers-in-words'],
    [
      turn("compétences p e c c'est quoi en deux mots", 'dispositif', [CERTIFICATION]),
      turn("l'employeur il doit être d'accord", 'dispositif', [EMPLOYER_AGREES]),
      turn('et ça coûte quelque chose au c d', 'dispositif', [FREE]),
    ],
  ),
  c(
    'b124-fu-logistique-metiers',
    ['dictation', 'follow-up', 'trade'],
    [
      turn('la réunion métier logistique elle est quand', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
      turn("c'est pour quels métiers", 'agenda', [['cariste', 'préparateur']]),
    ],
  ),
  c(
    'b124-fu-promo-quatre-mois',
    ['dictation', 'follow-up', 'numbers-in-words'],
    [
      turn('la promo seize dix-huit ça dure combien', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
      turn('ça peut durer plus longtemps si le jeune a besoin de souffler entre deux', 'dispositif', [
        FOUR_MONTHS,
      ]),
    ],
  ),
  c(
    'b124-fu-prepa-ou-distance',
    ['dictation', 'follow-up', 'where', 'modality'],
    [
      turn('la prépa ça se passe où', 'dispositif', [MONTAUBAN]),
      turn("et en visio c'est possible", 'dispositif', [DISTANCE]),
    ],
  ),
  c(
    'b124-fu-semaine-pro-entrees',
    ['dictation', 'follow-up', 'relative-date', 'session'],
    [
      turn(
        'la semaine prochaine il y a des entrées sur les dispositifs',
        'agenda',
        [on('2027-01-18'), on('2027-01-20')],
        [...notOn('2027-01-25'), ...notOn('2027-02-01')],
      ),
      turn('et celle de la p e c il y a combien de places', 'agenda', [seats(4)]),
    ],
  ),
  c(
    'b124-fu-jpo-repas',
    ['dictation', 'follow-up', 'switch', 'homophone'],
    [
      turn('prochaine journée porte ouverte', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn(
        'et le repas il est offert ce jour-là',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b124-fu-el-pec-prescrire',
    ['dictation', 'follow-up', 'numbers-in-words', 'one-breath'],
    [
      turn(
        "dame trente ans au r s a en contrat p e c depuis trois semaines dans une association l'employeur est d'accord elle peut avoir compétences p e c",
        'eligibility',
        [ELIGIBLE],
      ),
      turn('ok je la prescris comment', 'prescribe', FORM),
    ],
  ),
  c(
    'b124-fu-coordonnateur-departement',
    ['dictation', 'follow-up', 'spelled-acronym'],
    [
      turn("à la f p a c'est qui le coordonnateur des dispositifs", 'contact', [DIRECTOR]),
      turn('et côté département', 'contact', [DEPT_REFERENT]),
    ],
  ),
  c(
    'b124-fu-promo-infocoll-parents',
    ['dictation', 'follow-up', 'numbers-in-words'],
    [
      turn("c'est pour qui la promo seize dix-huit", 'dispositif', [PROMO_PUBLIC, AGE_1618]),
      turn('il y a une info collective pour les parents', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    ],
  ),
  c(
    'b124-fu-fevrier-mars-typed',
    ['typed', 'no-accent', 'abbrev', 'follow-up', 'month'],
    [
      turn(
        'infos coll fevrier',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04')],
      ),
      turn(
        'et mars',
        'agenda',
        [on('2027-03-04'), on('2027-03-17')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b124-fu-pec-vae-bilan',
    ['dictation', 'follow-up', 'spelled-acronym'],
    [
      turn('la v a e en p e c ça se passe comment', 'dispositif', [
        ['recevabilité', 'évaluation', '3,5', '3 étapes', 'trois étapes', 'jury'],
      ]),
      turn("et à la fin j'ai un bilan", 'dispositif', [BILAN]),
    ],
  ),
  c(
    'b124-fu-caussade-places-typed',
    ['dictation', 'typed', 'follow-up', 'town', 'places'],
    [
      turn('à caussade il y a quoi', 'agenda', [on('2027-02-23')]),
      turn(
        'et des places en formation la bas',
        'agenda',
        [['restauration'], [...on('2027-03-15'), ...seats(4)]],
        OTHER_TRAININGS('restauration'),
      ),
    ],
  ),
];

export const HUNDRED_TWENTY_FOURTH_BLIND_SET: ConversationCase[] = [
  ...dispositif,
  ...twoInOne,
  ...agenda,
  ...eligibility,
  ...prescribe,
  ...contact,
  ...figures,
  ...outOfScope,
  ...other,
  ...followUps,
];
