/**
 * A fifth blind set of Teams conversations for the Département de Tarn-et-Garonne / AFPA
 * assistant, written only from the 2022 agreement (accord, plan d'action 2022-2023,
 * protocole Prépa Compétences / Compétences PEC / La Promo 16/18), from the product guide
 * and from the agenda fixture (today frozen at Monday 11 January 2027, Europe/Paris).
 * Never from the bot's answers: its author never ran the bot, the replay or the eval, and
 * never read the bot's code.
 *
 * What it leans on: long rambling messages that describe a person before asking, two
 * questions in one message, and follow-ups that only make sense after the previous turn
 * (« et pour la pec ? », « et a caussade ? », « il reste cb de places dessus ? »). It goes
 * beyond the three protocol programmes: clauses sociales, Open Badges, CléA and CléA
 * Numérique, VAE outside a PEC, RSFP for an ACI employee, français à visée professionnelle,
 * the action-plan items (Info Places, réunions métiers, visites de plateaux, calendrier
 * d'entrées), the référent's role on material conditions, and the validation of CléA socle.
 *
 * Alternatives are written with the typographic apostrophe; `t` below adds the straight one.
 */
import { on, notOn, seats, turn, type ConversationCase, type ConversationTurn, type Intent } from './sets.js';

/** Every alternative with both apostrophes, so that « l’AFPA » and « l'AFPA » both match. */
function q(group: string[]): string[] {
  return [...new Set(group.flatMap((x) => [x, x.replace(/’/g, "'"), x.replace(/'/g, '’')]))];
}

function t(
  say: string,
  intent: Intent,
  mustContain: string[][],
  mustNotContain: string[] = [],
): ConversationTurn {
  return turn(say, intent, mustContain.map(q), q(mustNotContain));
}

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as loose alternatives ───────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'entre 2 et 8',
  '2-8 jours',
  '8 jours max',
];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', '5 j de', '5 jours de participation'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi', 'lundi-jeudi'];
const ONE_DAY = ['1 jour', 'une journée', '1 journée', 'un jour'];

/** The Département's services prescribe Prépa Compétences and Compétences PEC themselves. */
const DEPT_PRESCRIBES = [
  'directement',
  'services compétents',
  'vous pouvez prescrire',
  'vous pouvez le prescrire',
  'vous pouvez la prescrire',
  'Département peut prescrire',
  'Département prescrit',
  'prescrit par le Département',
  'prescrits par le Département',
  'prescrite par le Département',
  'référent insertion',
  'référents insertion',
  'travailleurs sociaux',
];
/** La Promo 16/18: proposed by the Missions locales and CIO; ASE young people can benefit. */
const PROMO_ORIENTERS = [
  'mission locale',
  'missions locales',
  'C.I.O',
  ' CIO',
  'aide sociale à l’enfance',
  'l’ASE',
];
const FT_OR_OTHERS = ['France Travail', 'Pôle emploi', 'conseiller FT', 'mission locale', 'Cap emploi'];

const DISTANCE = ['à distance', 'distanciel', 'de chez elle', 'depuis chez elle', 'classe virtuelle'];
const MONTAUBAN_OR_NEAR = ['Montauban', 'plus proche', 'proximité'];
const REFERENT_ROLE = [
  'conditions matérielles',
  'au référent',
  'au conseiller',
  'du référent',
  'du conseiller',
  'revient au',
  'votre rôle',
  'à vous de',
  'c’est vous',
  'vous qui',
  's’assure',
  'sécuriser avec',
  'sécurise avec',
];

const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const TITRES = ['titre professionnel', 'titres professionnels', 'titres pro'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir-faire', 'reconnaissance des savoir faire'];
const RSFP_GAIN = [
  'passeport',
  'employabilité',
  'évolution professionnelle',
  'transfert des compétences',
  'suites de parcours',
  'suite de parcours',
];
const CLEA = ['CléA', 'Clea'];
const CERTIFICATION = ['certification', 'certificat', 'certifi'];
const CLEA_NUM = ['CléA Numérique', 'CléA numérique', 'Clea numerique'];
const CPIR = ['commission paritaire', 'C.P.I.R', 'CPIR'];
const SOFT = [
  'soft skills',
  'compétences douces',
  'savoir-être',
  'savoir être',
  'compétences transverses',
  'compétences transversales',
  'transverses',
  'travailler en équipe',
];
const RECOGNITION = ['reconnaissance', 'reconnaître', 'reconnaît', 'valoriser', 'valorisation'];
const SPECIFIC_PROJECT = [
  'projet spécifique',
  'projet particulier',
  'cadre d’un projet',
  'dans le cadre de projets',
];
const FLE = ['français langue étrangère', ' FLE', '(FLE', 'français à visée professionnelle'];
const FLE_CONTENT = [
  'écouter',
  'parler',
  'écrire',
  'oral',
  'écrit',
  'langage technique',
  'contexte professionnel',
  'communication',
  'bases linguistiques',
];
const FIRST_GESTURES = ['premiers gestes', 'gestes techniques', 'gestes de base', 'gestes professionnels'];
const EVAL_AFTER_MISSION = [
  'compétences acquises',
  'transférables',
  'évaluer les compétences',
  'évalue les compétences',
  'évaluation des compétences',
  'évaluer ses compétences',
  'évalue ses compétences',
];
const REAL_TIME = ['temps réel', 'en direct', 'en continu', 'au fil de l’eau'];
const SHORTAGE_TRADES = ['tension', 'logistique', 'bâtiment'];
const EVALUATED = ['évalu'];
const WORKSHOPS = ['plateau', 'grandeur nature'];
const PROMO_CONTENT = [
  'projet professionnel',
  'découvr',
  'chantier solidaire',
  'open badge',
  'code de la route',
  'autonomie',
  'confiance',
  'mobilité',
  'ateliers',
];
const PROJECT_WORK = [
  'volet 1',
  'consolider',
  'consolidation',
  'projet professionnel',
  'travailler son projet',
  'diagnostic',
  'construire',
];
const SECURE_ENTRY = ['volet 2', 'sécuris'];

/** An eligible person: never a bare « éligible », which « non éligible » holds too. */
const YES = [
  ' oui',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'prescription possible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'vous pouvez prescrire',
  'vous pouvez l’orienter',
  'vous pouvez l’inscrire',
  'c’est possible',
  'est possible',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'ne correspond pas',
  'pas possible',
  'réservé',
  'réservée',
  'uniquement',
  'seulement',
  'ne relève pas',
];
const INSCRIBED_OR_NOT = [
  'inscrits ou non',
  'inscrite ou non',
  'inscrit ou non',
  'non-inscrits',
  'non inscrits',
  'qu’ils soient inscrits',
  'qu’elle soit inscrite',
  'même inscrite',
  'même si elle est inscrite',
  'y compris',
  'pas obligatoire',
  'pas une condition',
  'ne change rien',
  'peu importe',
];
const SCHOOL_LEAVER = [
  'quitté',
  'décroch',
  'ni en formation',
  'pas en formation',
  'plus scolaris',
  'déscolaris',
  'encore scolaris',
  'toujours scolaris',
  'sorti',
];
const PEC_CONTRACT = [
  'contrat PEC',
  'contrat P.E.C',
  'parcours emploi compétences',
  'salariés en PEC',
  'signataires',
  'en PEC',
  'bénéficiaires de PEC',
  'bénéficiaire d’un PEC',
];
const TOO_YOUNG = [
  'pas éligible',
  'non éligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'pas encore 16',
  'moins de 16',
  '15 ans',
  'trop jeune',
  'n’aura pas',
  'n’a pas encore',
  'avant ses 16',
  'à partir de ses 16',
];
const SISTER_TOO_OLD = [...NO, 'majeure', 'plus de 18', 'trop âgée', 'dépasse', 'au-delà'];
const PARENTAL_CONSENT = [
  'autorisation parentale',
  'autorisations parentales',
  'autorisation des parents',
  'accord des parents',
  'requise',
  'requises',
  'obligatoire',
  'nécessaire',
];

const OUT = [
  'ne prévoit pas',
  'ne dit rien',
  'n’en dit rien',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'en dehors de l’accord',
  'n’est pas couvert',
  'pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'ne porte pas',
  'ne concerne pas',
  'pas prévu par l’accord',
  'pas dans l’accord',
  'pas d’information',
  'pas l’information',
];
const NO_BOUNCE = ['reformulez'];
const NO_AMOUNT = ['€', ' euros'];

const NOT_AVAILABLE = [
  'pas disponible',
  'pas encore disponible',
  'non disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'pas de données',
  'aucune donnée',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas encore de chiffres',
  'ne sont pas encore',
  'pas encore publi',
];
const TARGET_PREPA = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 BRSA',
  '30 RSA',
  'trente',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 BRSA',
  '50 RSA',
  'cinquante',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
  'dix jeunes',
];

const AFPA_PEOPLE = ['Battedou', 'Vella', 'Responsable Accompagnement'];
const DIRECTOR = ['directeur', 'direction du centre', 'coordonnateur'];
const RAP = [
  'Responsable Accompagnement et Parcours',
  'Responsable Accompagnement & Parcours',
  'déploiement',
];

const PRESCRIBING = ['prescri', 'inscri', 'formulaire'];
const HALF_PAST_NINE = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const TEN_AM = ['10h', '10 h', '10:00', '10 heures'];

/** Trainings of the fixture's Info Places, by a word of their name. */
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
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

// ── The set ─────────────────────────────────────────────────────────────────

export const FIFTH_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs, beyond the three programmes ──────────────────────────────
  c(
    'b5-disp-clauses-sociales',
    ['medium', 'rambling', 'clauses-sociales', 'follow-up', 'town'],
    [
      t(
        'on a une clause sociale sur le chantier de la nouvelle mediatheque de castel, j ai un mr 45 ans brsa motive mais qui a jamais touche un outil de sa vie. l afpa peut le preparer avant qu il y aille ?',
        'dispositif',
        [FIRST_GESTURES],
      ),
      t('et a la fin de sa mission ils peuvent faire le point sur ce qu il a appris ?', 'dispositif', [
        EVAL_AFTER_MISSION,
      ]),
    ],
  ),
  c(
    'b5-disp-open-badges',
    ['medium', 'rambling', 'open-badges', 'follow-up'],
    [
      t(
        'on m a parle des open badges a l afpa c quoi concretement ? j ai un mr brsa sans aucun diplome mais hyper fiable, ponctuel, bon en equipe',
        'dispositif',
        [SOFT, RECOGNITION],
      ),
      t('c dispo pr n importe qui ou faut que ce soit dans un projet particulier ?', 'dispositif', [
        SPECIFIC_PROJECT,
      ]),
    ],
  ),
  c(
    'b5-disp-clea-dame',
    ['medium', 'rambling', 'clea', 'follow-up'],
    [
      t(
        'mme 50 ans brsa, agent d entretien depuis 20 ans, se debrouille a l oral mais lit et calcule tres mal. elle voudrait un papier qui prouve qu elle a les bases, l afpa propose quoi ?',
        'dispositif',
        [CLEA, CERTIFICATION],
      ),
      t('elle est larguee en informatique aussi, ya une version pour ca ?', 'dispositif', [CLEA_NUM]),
    ],
  ),
  c(
    'b5-disp-vae-hors-pec',
    ['medium', 'rambling', 'vae'],
    [
      t(
        'mr 38 ans brsa, 12 ans cuisinier en resto mais aucun diplome, il est pas en pec. une vae a l afpa c possible quand meme ou c que pour les pec ?',
        'dispositif',
        [VAE, TITRES],
      ),
    ],
  ),
  c(
    'b5-disp-fle-batiment',
    ['medium', 'rambling', 'fle', 'two-in-one'],
    [
      t(
        'un mr afghan arrive en 2025, au rsa, il comprend un peu a l oral mais ecrit quasi rien, il veut bosser dans le batiment. l afpa a un truc en francais pro ? ca travaille quoi exactement ?',
        'dispositif',
        [FLE, FLE_CONTENT],
      ),
    ],
  ),
  c(
    'b5-disp-info-places',
    ['easy', 'action-plan', 'info-places', 'two-in-one'],
    [t('c koi exactement l info places de l afpa ? c mis a jour qd ?', 'dispositif', [REAL_TIME])],
  ),
  c(
    'b5-disp-reunions-metiers',
    ['medium', 'action-plan', 'reunion-metier', 'follow-up'],
    [
      t('les reunions metiers de l afpa c quoi le principe, c pour quels metiers ?', 'dispositif', [
        SHORTAGE_TRADES,
        EVALUATED,
      ]),
      t('et la prochaine c quand ?', 'agenda', [on('2027-01-26')]),
    ],
  ),
  c(
    'b5-disp-visites-plateaux',
    ['medium', 'action-plan', 'visite', 'follow-up', 'with-places'],
    [
      t(
        'j ai des brsa qui savent pas du tout quel metier choisir, on peut leur faire visiter les ateliers de l afpa ?',
        'dispositif',
        [WORKSHOPS],
      ),
      t('la prochaine c quand ?', 'agenda', [on('2027-01-19')]),
      t('ok il reste cb de places dessus ?', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'b5-disp-calendrier-entrees',
    ['easy', 'action-plan', 'sessions'],
    [
      t(
        'l afpa doit nous envoyer un calendrier d entrees, c pour quels dispositifs exactement ?',
        'dispositif',
        [['Prépa'], ['PEC', 'P.E.C'], ['Promo']],
      ),
    ],
  ),
  c(
    'b5-disp-pec-clea-cpir',
    ['medium', 'clea', 'two-in-one', 'sms'],
    [
      t(
        'en comp pec si la personne part sur clea socle ca prend cb de tps et c valide par qui au final ?',
        'dispositif',
        [ONE_DAY, CPIR],
      ),
    ],
  ),

  // ── Dispositifs: the three programmes ─────────────────────────────────────
  c(
    'b5-disp-duree-prescripteur-3-tours',
    ['medium', 'two-in-one', 'follow-up', 'sms'],
    [
      t('prepa comp ca dure cb et c qui qui prescrit ?', 'dispositif', [PREPA_DURATION, DEPT_PRESCRIBES]),
      t('et pour la pec ?', 'dispositif', [PEC_DAYS, [...DEPT_PRESCRIBES, 'France Travail', 'Pôle emploi']]),
      t('et la promo ?', 'dispositif', [PROMO_DURATION, PROMO_ORIENTERS]),
    ],
  ),
  c(
    'b5-disp-promo-foyer',
    ['hard', 'rambling', 'ase', 'follow-up'],
    [
      t(
        'j ai un jeune de 16 ans place en foyer par l ase, il a arrete son bac pro en novembre, il tourne en rond et fait des betises, l educ me parle de la promo 1618. concretement il ferait quoi pendant ces semaines la ?',
        'dispositif',
        [PROMO_CONTENT],
      ),
      t(
        'il serait paye pendant ? genre une remuneration de stagiaire ?',
        'out_of_scope',
        [OUT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
      t(
        'ok ya une info coll promo prevue pour lui et son educ ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b5-disp-prepa-distance-garde',
    ['hard', 'rambling', 'town', 'follow-up', 'referent-role'],
    [
      t(
        'mme 34 ans brsa 3 enfants dont un bebe, elle habite beaumont de lomagne sans voiture, venir tous les jours a montauban c mort. la prepa comp elle peut la faire de chez elle ?',
        'dispositif',
        [DISTANCE],
      ),
      t('et pour faire garder le bebe les jours ou elle doit venir c l afpa qui gere ?', 'dispositif', [
        REFERENT_ROLE,
      ]),
    ],
  ),
  c(
    'b5-disp-prepa-sans-projet',
    ['medium', 'rambling', 'prepa'],
    [
      t(
        'mme 58 ans brsa, aucune idee de metier, elle sait pas du tout vers quoi aller. prepa comp c adapte ou faut deja avoir un projet en tete ?',
        'dispositif',
        [PROJECT_WORK],
      ),
    ],
  ),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c(
    'b5-ag-valence',
    ['easy', 'town'],
    [
      t(
        'ya qqch de prevu du cote de valence d agen ?',
        'agenda',
        [on('2027-03-04')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b5-ag-infocoll-pec-3-tours',
    ['medium', 'follow-up', 'with-places', 'sms'],
    [
      t(
        'prochaine info coll sur comp pec ?',
        'agenda',
        [on('2027-02-09')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
      t('ca commence a quelle heure ?', 'agenda', [HALF_PAST_NINE]),
      t('et cb de places ?', 'agenda', [seats(10)]),
    ],
  ),
  c(
    'b5-ag-proprete-places-lieu',
    ['medium', 'two-in-one', 'with-places'],
    [
      t(
        'formation agent de proprete il reste des places ? c ou ?',
        'agenda',
        [seats(7), ['Moissac']],
        OTHER_TRAININGS('propreté'),
      ),
    ],
  ),
  c(
    'b5-ag-jpo-fevrier',
    ['medium', 'month', 'follow-up', 'town'],
    [
      t('les jpo de fevrier ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      t('celle de moissac c a quelle heure ?', 'agenda', [TEN_AM]),
    ],
  ),
  c(
    'b5-ag-castel-puis-caussade',
    ['medium', 'month', 'town', 'follow-up'],
    [
      t(
        'ya quoi sur castelsarrasin en fevrier ?',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-21'), ...notOn('2027-03-01')],
      ),
      t('et a caussade ?', 'agenda', [on('2027-02-23')], notOn('2027-03-15')),
    ],
  ),
  c(
    'b5-ag-2-semaines',
    ['medium', 'relative-date'],
    [
      t(
        'les 2 prochaines semaines a l afpa il se passe quoi ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-07'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b5-ag-formations-mars',
    ['medium', 'month', 'with-places'],
    [
      t(
        'quelles formations qualifiantes demarrent en mars, avec des places ?',
        'agenda',
        [['électricien'], ['préparateur'], ['restauration']],
        ['soudeur', 'maçon', 'cariste', 'plaquiste', 'agent de propreté'],
      ),
    ],
  ),
  c(
    'b5-ag-semaine-1er-fevrier',
    ['medium', 'relative-date', 'sms'],
    [
      t(
        'la semaine du 1er fevrier ya quoi ?',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-02-09'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b5-ag-infocoll-mars',
    ['easy', 'month', 'abbrev'],
    [
      t(
        'en mars ya des info coll ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-17')],
        [...notOn('2027-01-21'), ...notOn('2027-02-09'), ...notOn('2027-02-11')],
      ),
    ],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b5-el-prepa-inscrite-ft',
    ['medium', 'rambling', 'france-travail'],
    [
      t(
        'bjr, mme 29 ans au rsa depuis 2 ans, inscrite a ft mais c moi qui la suis pour le rsa (accompagnement social). elle voudrait faire aide soignante mais a arrete l ecole en 4eme et elle panique. prepa comp possible vu qu elle est inscrite ft ou c que pour celles qui le sont pas ?',
        'eligibility',
        [YES, INSCRIBED_OR_NOT],
      ),
    ],
  ),
  c(
    'b5-el-promo-encore-scolarise',
    ['hard', 'ase', 'rambling'],
    [
      t(
        'jeune ase 17 ans encore inscrit en 1ere bac pro mais il seche la moitie des cours, l educ pense a la promo 1618, c jouable ?',
        'eligibility',
        [NO, SCHOOL_LEAVER],
      ),
    ],
  ),
  c(
    'b5-el-pec-pas-rsa',
    ['hard', 'pec', 'prescriber'],
    [
      t(
        'salarie en pec au ccas depuis 8 mois, il est pas au rsa c juste un demandeur d emploi suivi par ft. on peut le mettre en comp pec via le cd ?',
        'eligibility',
        [FT_OR_OTHERS, ['RSA']],
      ),
    ],
  ),
  c(
    'b5-el-promo-frere-soeur',
    ['hard', 'ase', 'two-in-one', 'boundary'],
    [
      t(
        '2 situations ase : un garcon de 17 ans decroche depuis la rentree, et sa soeur 19 ans decrochee aussi. promo 1618 pour les deux ?',
        'eligibility',
        [YES, SISTER_TOO_OLD],
      ),
    ],
  ),
  c(
    'b5-el-prepa-volet2-puis-prescription',
    ['medium', 'rambling', 'follow-up', 'session', 'full'],
    [
      t(
        'brsa 41 ans non inscrite ft, elle a une place en formation secretaire assistante en avril dans un autre organisme, elle veut securiser son entree, prepa ok ?',
        'eligibility',
        [YES, SECURE_ENTRY],
      ),
      t('ok je la prescris sur la prochaine session volet 2 ou il reste de la place', 'prescribe', [
        PRESCRIBING,
        on('2027-02-15'),
      ]),
    ],
  ),
  c(
    'b5-el-promo-16-en-mars',
    ['hard', 'ase', 'boundary', 'relative-date'],
    [
      t(
        'jeune ase qui aura 16 ans le 1er mars, decroche depuis juin, il pourrait rentrer sur la promo qui demarre en fevrier ?',
        'eligibility',
        [TOO_YOUNG],
      ),
    ],
  ),
  c(
    'b5-el-promo-montech',
    ['medium', 'ase', 'rambling', 'two-in-one', 'town', 'follow-up'],
    [
      t(
        'ma collegue de l ase m envoie le cas d une gamine de 16 ans et demi placee en famille d accueil a montech, deco depuis la fin de la 3eme. la promo c possible pour elle et ca se passe ou ?',
        'eligibility',
        [YES, MONTAUBAN_OR_NEAR],
      ),
      t('et c tous les jours de la semaine ?', 'dispositif', [PROMO_DAYS], ['lundi au vendredi']),
    ],
  ),
  c(
    'b5-el-pec-aci-puis-rsfp',
    ['hard', 'siae', 'rsfp', 'follow-up', 'rambling'],
    [
      t(
        'mr 52 ans brsa, salarie en aci (cddi) depuis 1 an, pas en pec. comp pec c possible ?',
        'eligibility',
        [NO, PEC_CONTRACT],
      ),
      t(
        'ok du coup ya autre chose pour faire reconnaitre ce qu il sait faire ? il a pas les prerequis pour une vae je pense',
        'dispositif',
        [RSFP],
      ),
      t('et ca lui apporte quoi a la sortie ?', 'dispositif', [RSFP_GAIN]),
    ],
  ),
  c(
    'b5-el-promo-parents-refusent',
    ['medium', 'ase', 'sms'],
    [
      t(
        'jeune ase 16 ans deco, ses parents veulent rien signer, il peut qd meme faire la promo ?',
        'eligibility',
        [PARENTAL_CONSENT],
      ),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b5-oos-prime-activite',
    ['medium', 'benefit', 'pec'],
    [
      t(
        'elle a la prime d activite en plus du rsa, si elle rentre en comp pec elle la garde ?',
        'out_of_scope',
        [OUT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b5-oos-salaire-pec',
    ['medium', 'salary', 'pec'],
    [
      t(
        'pour info c quoi le salaire d un pec en mairie a 20h/semaine ?',
        'out_of_scope',
        [OUT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b5-oos-epide-age',
    ['medium', 'other-organisation', 'rambling'],
    [
      t(
        'ma jeune sort de la promo en avril et elle parle de l epide de toulouse, ils prennent a partir de quel age ?',
        'out_of_scope',
        [OUT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b5-oos-permis-b',
    ['medium', 'transport', 'benefit'],
    [
      t(
        'le cd finance le permis b pour les brsa ? il en a besoin pour bosser en logistique',
        'out_of_scope',
        [OUT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b5-oos-cantine',
    ['easy', 'practical'],
    [
      t(
        'ya une cantine a l afpa de montauban ? le repas coute cb pour un stagiaire ?',
        'out_of_scope',
        [OUT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),

  // ── Contact ───────────────────────────────────────────────────────────────
  c(
    'b5-contact-temps-equipe',
    ['medium', 'rambling', 'town'],
    [
      t(
        'on fait un temps d equipe avec les referents du secteur de castel le mois prochain, on aimerait que l afpa vienne presenter la prepa et comp pec, je demande a qui ?',
        'contact',
        [AFPA_PEOPLE],
      ),
    ],
  ),
  c(
    'b5-contact-vella-battedou',
    ['medium', 'two-in-one'],
    [t('vella et battedou c qui fait quoi exactement ?', 'contact', [DIRECTOR, RAP])],
  ),
  c(
    'b5-contact-suivi-puis-deploiement',
    ['medium', 'follow-up', 'typo'],
    [
      t('le suivi de l accord de partenariat cote afpa c qui ?', 'contact', [['Vella']]),
      t('et au jour le jour pour les dispositifs, genre la prepa ?', 'contact', [['Battedou']]),
    ],
  ),

  // ── Figures ───────────────────────────────────────────────────────────────
  c(
    'b5-fig-promo-copil',
    ['medium', 'rambling', 'ase'],
    [
      t(
        'pour le rapport au copil je dois dire ou on en est sur la promo : cb de jeunes ase orientes depuis le debut et si on est dans les clous par rapport a l objectif',
        'figures',
        [NOT_AVAILABLE, TARGET_PROMO],
      ),
    ],
  ),
  c(
    'b5-fig-reussite-examens',
    ['medium', 'action-plan'],
    [
      t('le taux de reussite aux examens des brsa entres en formation a l afpa vous l avez ?', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b5-fig-jpo-participants',
    ['medium', 'action-plan', 'sms'],
    [t('cb de brsa suivis par le cd sont venus a la jpo du 7 ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b5-fig-objectifs-3-puis-atteints',
    ['medium', 'follow-up'],
    [
      t('c quoi les objectifs chiffres de l accord pour les 3 dispositifs ?', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
        TARGET_PROMO,
      ]),
      t('et ils sont atteints ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),

  // ── Prescribe ─────────────────────────────────────────────────────────────
  c(
    'b5-pr-prepa-puis-panda',
    ['easy', 'follow-up', 'panda'],
    [
      t('bon je voudrais prescrire la prepa pour mr D., on passe par ou ?', 'prescribe', [PRESCRIBING]),
      t('faut que j ai un acces panda avant ? c qui qui me le donne ?', 'contact', [['habilit'], ['AFPA']]),
    ],
  ),
  c(
    'b5-pr-pec-atelier2-20',
    ['medium', 'session', 'town'],
    [
      t(
        'je voudrais inscrire un salarie pec de la mairie de negrepelisse sur l atelier 2 qui commence le 20',
        'prescribe',
        [PRESCRIBING, on('2027-01-20')],
      ),
    ],
  ),
  c(
    'b5-pr-prepa-moissac-mars',
    ['medium', 'session', 'town', 'month', 'sms'],
    [
      t('prescription prepa volet 1 a moissac en mars pr un mr de valence d agen', 'prescribe', [
        PRESCRIBING,
        on('2027-03-08'),
      ]),
    ],
  ),
];
