/**
 * Hundred-thirty-third blind set.
 *
 * Who speaks: half-remembered rules and wrong beliefs. Référents insertion of the Département
 * de Tarn-et-Garonne (CD82), some new in the job, some who attended a presentation months
 * ago, and a few coordinators of the AFPA centre of Montauban, ask questions that carry a
 * premise, often wrong, sometimes right: « la prépa comp c'est bien 6 mois ? », « la promo
 * 16/18 c'est pour les 16-25 ans non ? », « c'est la mission locale qui prescrit la prépa je
 * crois ? », « la JPO du 15 est annulée non ? ». They type as référents do in Teams: no
 * accents, abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, ASE, CD, info coll, JPO,
 * RAP), typos, missing question marks, « non ? », « c'est ça ? », « je crois », « il me
 * semble ». About a third are ordinary questions; there are follow-ups of two or three turns
 * (« ah bon ? et du coup c'est qui ? », « ok et la prochaine alors ? »), two questions in one
 * message, and eligibility profiles carrying one wrong belief.
 *
 * The right answer confirms what is right and corrects what is wrong with the agreement's
 * fact (or the agenda fixture's date). Where the agreement does not settle the premise, the
 * answer says so and confirms nothing. Wrong premises are forbidden in `mustNotContain` only
 * where a correcting answer would never write them.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Alternatives, each one with both apostrophes (’ and ') when it has one. */
function alt(...xs: string[]): string[] {
  return [
    ...new Set(
      xs.flatMap((x) => {
        if (x.includes('’')) return [x, x.replace(/’/g, "'")];
        if (x.includes("'")) return [x, x.replace(/'/g, '’')];
        return [x];
      }),
    ),
  ];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = alt(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
);
const TWO_WEEKS = alt('2 semaines', 'deux semaines', 'quinze jours', '15 jours');
const VOLET1_DURATION = alt(
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
  'cinq ou six jours',
);
const PEC_DAYS = alt(' 5 jours', '(5 jours', '*5 jours', 'cinq jours', ' 5 journées', 'cinq journées');
const SIX_WORKSHOPS = alt('6 ateliers', 'six ateliers');
const HALF_DAY = alt('demi-journée', 'demi journée', '1/2 journée');
const VAE_DAYS = alt('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j');
const PROMO_DURATION = alt('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const FOUR_MONTHS = alt('4 mois', 'quatre mois');
const PROMO_DAYS = alt(
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  'lundi jusqu’au jeudi',
  'lundi au jeudi fin de journée',
);
const AGE_1618 = alt('16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur', 'moins de 18');
const PARENTS = alt(
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'leurs parents',
  'parental',
);
const PRESENTIEL = alt('présentiel', 'sur place', 'dans le centre', 'au centre');
const DISTANCE = alt('à distance', 'distanciel');
const MONTAUBAN = alt('montauban');
const DELOCALISED = alt(
  'délocalis',
  'ensemble du département',
  'tout le département',
  'partout dans le département',
  'ailleurs dans le département',
  'autres communes',
);
const FREE = alt(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'rien au département',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
);
const PRESCRIBED_BY_DEPARTEMENT = alt(
  'prescrire directement',
  'prescrit directement',
  'prescrivent directement',
  'prescription directe',
  'directement',
  'services compétents du département',
  'le département peut prescrire',
  'le département prescrit',
  'vous pouvez prescrire',
  'référents insertion',
  'référent insertion',
);
const NOT_REGISTERED = alt(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'même sans inscription',
  'qu’ils soient inscrits',
  'que la personne soit inscrite ou non',
);
const ADHESION = alt('adhésion', 'son accord', 'accord de la personne', 'consentement', 'volontaire');
const EMPLOYER_AGREES = alt(
  'accord de l’employeur',
  'accord de son employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'employeur est informé',
  'recueille son accord',
  'recueillir son accord',
  'employeur donne son accord',
  'employeur doit donner son accord',
  'employeur pec',
);
const PEC_START = alt('signature', 'premiers mois', 'dès le début', 'début du contrat');
const PEC_CONTRACT = alt(
  'parcours emploi compétences',
  'contrat pec',
  'contrat p.e.c',
  'en pec',
  'salariés en pec',
  'salarié en pec',
  'signataire',
);
const BILAN = alt('bilan individuel', 'bilan');
const PANDA = alt('panda');
const REFERENT = alt('référent', 'conseiller', 'travailleur social', 'travailleurs sociaux');
const PROMO = alt('promo 16', 'promo16', 'promo 1618', 'promo1618', 'la promo');
const ML = alt('mission locale', 'missions locales');
const CIO = alt('cio', 'c.i.o');
const PREREQUISITES = alt('prérequis', 'pré-requis', 'prés-requis');

const SILENT = alt(
  'ne prévoit pas',
  'ne prévoit rien',
  'pas prévu',
  'ne dit rien',
  'n’en dit rien',
  'ne précise pas',
  'ne fixe pas',
  'ne mentionne pas',
  'ne parle pas',
  'n’aborde pas',
  'ne traite pas',
  'ne règle pas',
  'ne couvre pas',
  'n’est pas couvert',
  'ne figure pas',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'en dehors de l’accord',
  'pas dans l’accord',
  'pas d’information',
  'aucune information',
  'pas d’élément',
  'aucun élément',
  'ne dispose pas',
);
/** An answer that sends the person back to « reformulez » has not answered. */
const NO_BOUNCE = ['reformulez'];

const NOT_AVAILABLE = alt(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'aucune donnée',
  'pas de donnée',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'ne sont pas encore',
  'pas encore publi',
  'pas de résultat',
  'aucun résultat',
  'ne fixe pas',
  'ne donne pas',
);
const TARGET_PREPA = alt(
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  '30 brsa',
  '30 entrées',
  'objectif de 30',
  'objectif : 30',
);
const TARGET_PEC = alt(
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  '50 brsa',
  '50 entrées',
  'objectif de 50',
  'objectif : 50',
);
const TARGET_PROMO = alt(
  '10 jeunes',
  '10 personnes',
  '10 bénéficiaires',
  '10 orientations',
  'objectif de 10',
  'objectif : 10',
);

const VELLA = alt('vella');
const DIRECTOR = alt('vella', 'directeur du centre', 'coordonnateur départemental');
const RAP = alt(
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
  'battedou',
);
const DEPT_REFERENT = alt(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné',
  'référent désigné',
  'référente désignée',
  'désigne un',
  'désigné par le département',
);
const NO_DETAILS = alt(
  ...SILENT,
  'ne donne pas',
  'ne fournit pas',
  'ne communique pas',
  'pas de mail',
  'aucun mail',
  'pas de courriel',
  'pas d’adresse',
  'aucune adresse',
  'pas l’adresse',
  'pas de coordonnées',
  'aucune coordonnée',
  'n’ai pas',
);

const ELIGIBLE = alt(
  'est éligible',
  'sont éligibles',
  'prescription possible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peuvent bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
  'peut tout à fait',
  'oui, il peut',
  'oui, elle peut',
);
const NOT_ELIGIBLE = alt(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'pas forcément',
  'pas concerné',
);
const FULL = alt(
  ...seats(0),
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
);
/**
 * The prescription form (or, for a référent not yet habilitated, the request for it), as in
 * the shared sets: « Prescrire » alone is also the menu's button, hence the second group.
 */
const FORM = [
  alt('prescrire', 'prescription', 'habilitation nécessaire'),
  alt('première session', 'pour quel dispositif', 'habilitation nécessaire', 'formulaire'),
];

/** The trainings of the fixture's Info Places, by a word of their name. */
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
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));
// ── Prépa Compétences ───────────────────────────────────────────────────────

const prepa: ConversationCase[] = [
  c(
    'b133-prepa-6-mois',
    ['premise-wrong', 'abbrev', 'duration'],
    [
      turn(
        'la prepa comp c bien 6 mois ?',
        'dispositif',
        [PREPA_DURATION],
        ['13 semaines', 'treize semaines', 'oui, 6 mois', 'dure 6 mois'],
      ),
    ],
  ),
  c(
    'b133-prepa-2-semaines',
    ['premise-right', 'abbrev', 'duration'],
    [
      turn(
        'prepa comp c etale sur 2 semaines il me semble, c ca ?',
        'dispositif',
        [TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b133-prepa-volet1-securiser',
    ['premise-wrong', 'volet'],
    [
      turn('le volet 1 de la prepa c pour securiser l entree en formation c ca ?', 'dispositif', [
        alt('projet'),
        alt('volet 2', 'deuxième volet', 'second volet'),
      ]),
    ],
  ),
  c(
    'b133-prepa-que-montauban-presentiel',
    ['premise-wrong', 'modality', 'where'],
    [turn('la prepa c que en presentiel a montauban non ?', 'dispositif', [DISTANCE, DELOCALISED])],
  ),
  c(
    'b133-prepa-inscrits-ft',
    ['premise-wrong', 'abbrev', 'no-question-mark'],
    [turn('prepa comp c reserve aux brsa inscrits a FT je crois', 'dispositif', [NOT_REGISTERED])],
  ),
  c(
    'b133-prepa-bilan-ft',
    ['premise-wrong', 'end', 'abbrev'],
    [
      turn('a la fin de la prepa c FT qui me fait le retour non ?', 'dispositif', [
        BILAN,
        alt('afpa', 'a.f.p.a'),
      ]),
    ],
  ),
  c(
    'b133-prepa-garde-enfants',
    ['premise-wrong', 'person-mention', 'no-question-mark'],
    [
      turn('maman solo au rsa pour la prepa, la garde des enfants c l afpa qui gere je crois', 'dispositif', [
        alt('garde d'),
        REFERENT,
      ]),
    ],
  ),
  c(
    'b133-prepa-c-quoi',
    ['plain', 'abbrev'],
    [
      turn('prepa comp c quoi en 2 mots', 'dispositif', [
        alt('projet professionnel', 'projet pro'),
        alt('formation'),
      ]),
    ],
  ),
  c(
    'b133-prepa-cout',
    ['plain', 'cost', 'abbrev'],
    [turn('ca coute combien au cd une prepa comp ?', 'dispositif', [FREE])],
  ),
];

// ── Compétences PEC ─────────────────────────────────────────────────────────

const pec: ConversationCase[] = [
  c(
    'b133-pec-10-jours',
    ['premise-wrong', 'duration', 'follow-up'],
    [
      turn('comp pec c 10 jours il me semble', 'dispositif', [PEC_DAYS], ['2 à 8 jours', '13 semaines']),
      turn('ah bon et ca se passe comment sur ces 5 jours', 'dispositif', [
        alt('phase', 'atelier'),
        alt('positionnement', 'reconnaissance des acquis', 'vae', 'rsfp', 'cléa'),
      ]),
    ],
  ),
  c(
    'b133-pec-fin-contrat',
    ['premise-wrong', 'start'],
    [turn('comp pec faut attendre la fin du contrat pec pour le lancer non ?', 'dispositif', [PEC_START])],
  ),
  c(
    'b133-pec-forcement-vae',
    ['premise-wrong', 'end'],
    [
      turn('dans comp pec c forcement une vae a la fin ?', 'dispositif', [
        alt('rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire'),
        alt('cléa'),
      ]),
    ],
  ),
  c(
    'b133-pec-ateliers',
    ['plain', 'content', 'sms'],
    [
      turn('comp pec y a cb d ateliers de reconnaissance des acquis et ils durent cb', 'dispositif', [
        SIX_WORKSHOPS,
        HALF_DAY,
      ]),
    ],
  ),
  c(
    'b133-pec-vae-1-jour',
    ['premise-wrong', 'content'],
    [turn('la vae dans comp pec ca prend une journee c ca ?', 'dispositif', [VAE_DAYS])],
  ),
  c(
    'b133-pec-distance',
    ['plain', 'modality'],
    [turn('comp pec ca peut se faire a distance ?', 'dispositif', [DISTANCE])],
  ),
  c(
    'b133-pec-bilan',
    ['plain', 'end'],
    [turn('apres la vae en comp pec j ai un retour de l afpa ?', 'dispositif', [BILAN])],
  ),
];

// ── La Promo 16/18 ──────────────────────────────────────────────────────────

const promo: ConversationCase[] = [
  c(
    'b133-promo-16-25',
    ['premise-wrong', 'age'],
    [turn('la promo 16/18 c pour les 16-25 ans non ?', 'dispositif', [AGE_1618])],
  ),
  c(
    'b133-promo-duree',
    ['premise-wrong', 'duration', 'follow-up'],
    [
      turn('promo 1618 c 6 semaines je crois', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
      turn('et si le jeune a besoin de plus de temps ?', 'dispositif', [FOUR_MONTHS]),
      turn('et c tous les jours ?', 'dispositif', [PROMO_DAYS]),
    ],
  ),
  c(
    'b133-promo-lundi-jeudi',
    ['premise-right', 'schedule'],
    [
      turn(
        'la promo c bien du lundi au jeudi en presentiel ?',
        'dispositif',
        [PROMO_DAYS, PRESENTIEL],
        ['tout ou partie'],
      ),
    ],
  ),
  c(
    'b133-promo-distance',
    ['premise-wrong', 'modality'],
    [
      turn(
        'la promo 1618 on peut la faire a distance je crois, comme la prepa',
        'dispositif',
        [PRESENTIEL],
        ['tout ou partie'],
      ),
    ],
  ),
  c(
    'b133-promo-pas-de-suivi',
    ['premise-wrong', 'end'],
    [turn('apres la promo y a plus de suivi du jeune c ca ?', 'dispositif', [alt('6 mois', 'six mois'), ML])],
  ),
  c(
    'b133-promo-permis',
    ['premise-wrong', 'content'],
    [turn('la promo 1618 ca leur paye le permis il parait ?', 'dispositif', [alt('code de la route')])],
  ),
  c(
    'b133-promo-phases',
    ['plain', 'content'],
    [
      turn('c quoi les grandes etapes de la promo 16 18', 'dispositif', [
        alt('engagement'),
        alt('construction'),
        alt('suite'),
      ]),
    ],
  ),
  c(
    'b133-promo-reperage',
    ['plain', 'prescriber'],
    [turn('qui repere les jeunes pour la promo 1618 ?', 'dispositif', [ML, CIO])],
  ),
];

// ── The other offers of the agreement ───────────────────────────────────────

const otherOffers: ConversationCase[] = [
  c(
    'b133-rsfp-comme-vae',
    ['premise-wrong', 'abbrev'],
    [turn('rsfp c pareil que la vae non ?', 'dispositif', [PREREQUISITES])],
  ),
  c(
    'b133-fle',
    ['plain', 'abbrev'],
    [
      turn('l afpa a un truc de francais pour les primo arrivants ?', 'dispositif', [
        alt('français à visée professionnelle', 'français langue étrangère', 'langue étrangère'),
      ]),
    ],
  ),
  c(
    'b133-droit-commun-cd',
    ['premise-wrong', 'abbrev', 'no-question-mark'],
    [
      turn(
        'les formations qualifiantes de l afpa pour nos brsa c le cd qui les finance il me semble',
        'dispositif',
        [alt('région', 'régional', 'financeurs publics')],
      ),
    ],
  ),
  c(
    'b133-clauses-sociales',
    ['plain'],
    [
      turn('l afpa peut preparer nos brsa avant un chantier d insertion ?', 'dispositif', [
        alt('premiers gestes', 'gestes techniques'),
      ]),
    ],
  ),
];

// ── Two questions in one ────────────────────────────────────────────────────

const twoInOne: ConversationCase[] = [
  c(
    'b133-2q-prepa-semaines-panda',
    ['two-questions', 'premise-mixed', 'panda'],
    [
      turn('la prepa c 2 semaines et c l afpa qui inscrit la personne sur panda c ca ?', 'dispositif', [
        TWO_WEEKS,
        PANDA,
        REFERENT,
      ]),
    ],
  ),
  c(
    'b133-2q-promo-jours-parents',
    ['two-questions', 'premise-mixed'],
    [
      turn('promo c du lundi au vendredi et faut l accord des parents ?', 'dispositif', [
        PROMO_DAYS,
        PARENTS,
      ]),
    ],
  ),
  c(
    'b133-2q-pec-jours-lieu',
    ['two-questions', 'premise-mixed'],
    [
      turn('comp pec 5 jours c bien ca ? et ca se fait que sur montauban ?', 'dispositif', [
        PEC_DAYS,
        [...DELOCALISED, ...DISTANCE],
      ]),
    ],
  ),
  c(
    'b133-2q-volets',
    ['two-questions', 'premise-wrong', 'volet'],
    [
      turn('volet 1 c 4 a 8 jours je crois, et le volet 2 c pour qui ?', 'dispositif', [
        VOLET1_DURATION,
        alt('entrée en formation', 'sécuris'),
      ]),
    ],
  ),
  c(
    'b133-2q-jpo-batiment',
    ['two-questions', 'premise-wrong', 'town'],
    [
      turn('jpo en fevrier ? et la reunion batiment c bien a montauban ?', 'agenda', [
        on('2027-02-03'),
        on('2027-02-17'),
        on('2027-02-23'),
        alt('caussade'),
      ]),
    ],
  ),
];

// ── The published agenda (fixture of Monday 11 January 2027) ────────────────

const agenda: ConversationCase[] = [
  c(
    'b133-ag-jpo-15-annulee',
    ['premise-wrong', 'date', 'follow-up'],
    [
      turn('la JPO du 15 est annulee non ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('ok et la prochaine a moissac alors ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b133-ag-infocoll-jeudi-castel',
    ['premise-wrong', 'town', 'no-question-mark'],
    [
      turn('l info coll prepa de jeudi c a castelsarrasin il me semble', 'agenda', [
        on('2027-01-14'),
        MONTAUBAN,
      ]),
    ],
  ),
  c(
    'b133-ag-visite-soudure-20',
    ['premise-wrong', 'date'],
    [
      turn(
        'la visite du plateau soudure c mercredi 20 non ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b133-ag-logistique-caussade',
    ['premise-wrong', 'town', 'date', 'follow-up'],
    [
      turn('la reunion metier logistique c a caussade le 23 fevrier c ca ?', 'agenda', [
        on('2027-01-26'),
        MONTAUBAN,
      ]),
      turn(
        'ah ok et celle de caussade c sur quoi alors',
        'agenda',
        [alt('bâtiment'), on('2027-02-23')],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b133-ag-infocoll-promo-fevrier',
    ['premise-wrong', 'date', 'dispositif-filter', 'no-question-mark'],
    [
      turn(
        'l info coll de la promo 1618 c en fevrier je crois',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b133-ag-entree-promo-mars',
    ['premise-wrong', 'date', 'session', 'two-questions'],
    [
      turn('l entree promo 16 18 c le 1er mars je crois, il reste de la place ?', 'agenda', [
        on('2027-02-01'),
        seats(10),
      ]),
    ],
  ),
  c(
    'b133-ag-volet2-25-places',
    ['premise-wrong', 'session', 'follow-up'],
    [
      turn('la session prepa volet 2 du 25 janvier il reste 5 places je crois ?', 'agenda', [FULL]),
      turn('ok et la prochaine alors ?', 'agenda', [on('2027-02-15'), alt('castelsarrasin', 'castel')]),
    ],
  ),
  c(
    'b133-ag-jpo-moissac-existe',
    ['premise-wrong', 'town'],
    [turn('y a pas de jpo a moissac hein, c que a montauban ?', 'agenda', [on('2027-02-17')])],
  ),
  c(
    'b133-ag-prepa-distance-mars',
    ['premise-wrong', 'session', 'modality', 'no-question-mark'],
    [turn('les entrees prepa a distance c en mars il me semble', 'agenda', [on('2027-02-08')])],
  ),
  c(
    'b133-ag-pec-atelier3-20',
    ['premise-wrong', 'session', 'date'],
    [turn('l atelier 3 de comp pec c le 20 janvier non ?', 'agenda', [on('2027-02-10')])],
  ),
  c(
    'b133-ag-soudeur-complet',
    ['premise-wrong', 'places', 'trade'],
    [
      turn(
        'la formation soudeur c complet je crois ?',
        'agenda',
        [alt('soudeur', 'soudure'), [...seats(4), ...on('2027-02-01')]],
        OTHER_TRAININGS('soudeur'),
      ),
    ],
  ),
  c(
    'b133-ag-plaquiste-2-places',
    ['premise-wrong', 'places', 'trade'],
    [
      turn(
        'plaquiste il reste 2 places c ca ?',
        'agenda',
        [alt('plaquiste'), FULL],
        OTHER_TRAININGS('plaquiste'),
      ),
    ],
  ),
  c(
    'b133-ag-rien-cette-semaine',
    ['premise-wrong', 'relative-date'],
    [
      turn(
        'il y a rien a l afpa cette semaine je crois ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19')],
      ),
    ],
  ),
  c(
    'b133-ag-infocoll-pec-montauban',
    ['premise-wrong', 'town', 'dispositif-filter'],
    [turn('y a une info coll pec a montauban en fevrier ?', 'agenda', [on('2027-02-09'), alt('moissac')])],
  ),
  c(
    'b133-ag-proprete-caussade',
    ['premise-wrong', 'places', 'town'],
    [
      turn(
        'agent de proprete c a caussade il me semble, y a des places ?',
        'agenda',
        [alt('moissac'), [...seats(7), ...on('2027-02-22')]],
        OTHER_TRAININGS('propreté'),
      ),
    ],
  ),
  c(
    'b133-ag-castel-semaine-pro',
    ['premise-right', 'town', 'relative-date', 'abbrev'],
    [
      turn(
        'a castel y a un truc la semaine prochaine je crois, c quoi ?',
        'agenda',
        [on('2027-01-21')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b133-ag-valence',
    ['plain', 'town', 'typo', 'no-preposition'],
    [turn('info coll prepa valence dagen c quand', 'agenda', [on('2027-03-04')], notOn('2027-01-14'))],
  ),
  c(
    'b133-ag-logistique',
    ['plain', 'type', 'trade'],
    [turn('prochaine reunion metiers logistique ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23'))],
  ),
  c(
    'b133-ag-volet1',
    ['plain', 'session', 'volet'],
    [
      turn(
        'prochaines entrees prepa comp volet 1 ?',
        'agenda',
        [on('2027-01-18')],
        [...notOn('2027-01-25'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b133-ag-visites',
    ['plain', 'type'],
    [turn('c quand les visites de plateaux techniques', 'agenda', [on('2027-01-19'), on('2027-03-10')])],
  ),
  c(
    'b133-ag-cariste',
    ['plain', 'places', 'trade', 'sms'],
    [
      turn(
        'cariste des places ?',
        'agenda',
        [alt('cariste'), [...on('2027-01-27'), ...seats(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b133-ag-pec-atelier2',
    ['plain', 'session', 'volet'],
    [
      turn(
        'dates entrees comp pec atelier 2',
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        notOn('2027-02-10'),
      ),
    ],
  ),
];

// ── Eligibility, with one belief in the profile ─────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b133-el-17-lyceenne',
    ['premise-wrong', 'person-mention', 'age'],
    [
      turn(
        'jeune fille 17 ans ase, toujours en terminale au lycee, elle a 17 ans donc c forcement la promo ?',
        'eligibility',
        [NOT_ELIGIBLE, alt('scolaris', 'lycée', 'quitté', 'décroch', 'pas en formation', 'ni en formation')],
      ),
    ],
  ),
  c(
    'b133-el-apprentie',
    ['premise-wrong', 'person-mention', 'follow-up'],
    [
      turn(
        'jeune 17 ans ase en apprentissage depuis septembre, vu son age c forcement la promo 1618 ?',
        'eligibility',
        [NOT_ELIGIBLE, alt('travaill', 'formation', 'apprentissage', 'emploi')],
      ),
      turn('ah bon, et si elle arrete son apprentissage ?', 'eligibility', [
        alt(...ELIGIBLE, 'pourrait', 'deviendrait', 'mission locale', 'missions locales', 'cio'),
      ]),
    ],
  ),
  c(
    'b133-el-19-ase',
    ['premise-wrong', 'person-mention', 'age', 'no-question-mark'],
    [
      turn('jeune ase 19 ans decrocheur, la promo c jusqu a 21 ans il me semble', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
    ],
  ),
  c(
    'b133-el-cdi-pec',
    ['premise-wrong', 'person-mention'],
    [
      turn(
        'dame au rsa en cdi temps partiel dans un supermarche, comp pec ok vu qu elle travaille ?',
        'eligibility',
        [NOT_ELIGIBLE, PEC_CONTRACT],
      ),
    ],
  ),
  c(
    'b133-el-prepa-61-ans',
    ['premise-wrong', 'person-mention', 'age'],
    [
      turn('brsa 61 ans, trop vieux pour la prepa je suppose ?', 'eligibility', [
        alt(
          ...ELIGIBLE,
          'pas de limite',
          'aucune limite',
          'ne fixe pas',
          'ne prévoit pas',
          'ne précise pas',
          'pas d’âge',
          'aucun âge',
          'aucune condition d’âge',
        ),
      ]),
    ],
  ),
  c(
    'b133-el-prepa-inscrit-ft',
    ['premise-wrong', 'person-mention', 'abbrev'],
    [
      turn(
        'monsieur brsa inscrit a FT, il peut pas passer par nous pour la prepa puisqu il est a FT ?',
        'eligibility',
        [alt(...ELIGIBLE, ...NOT_REGISTERED)],
      ),
    ],
  ),
  c(
    'b133-el-promo-15-ans',
    ['premise-wrong', 'person-mention', 'age'],
    [
      turn('ado 15 ans et demi qui a quitte le college, promo ok je suppose ?', 'eligibility', [
        NOT_ELIGIBLE,
        alt('16'),
      ]),
    ],
  ),
  c(
    'b133-el-pec-employeur-refuse',
    ['premise-wrong', 'person-mention'],
    [
      turn(
        'salariee pec au rsa, son employeur est pas d accord, on peut faire comp pec quand meme je pense ?',
        'eligibility',
        [alt(...EMPLOYER_AGREES, 'sans l’accord', 'ne peut pas', 'pas possible')],
      ),
    ],
  ),
  c(
    'b133-el-promo-ase-16',
    ['plain', 'person-mention'],
    [
      turn(
        'jeune 16 ans confie a l ase, sorti du college en juin, rien depuis, promo 1618 possible ?',
        'eligibility',
        [ELIGIBLE],
      ),
    ],
  ),
  c(
    'b133-el-pec-2-mois',
    ['plain', 'person-mention', 'abbrev'],
    [
      turn(
        'monsieur brsa en contrat pec depuis 2 mois dans une asso, employeur ok, comp pec ?',
        'eligibility',
        [ELIGIBLE],
      ),
    ],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b133-oos-remuneration',
    ['premise-unsettled', 'benefit'],
    [
      turn(
        'pendant la prepa il touche une remu de 500 balles je crois ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b133-oos-transport',
    ['plain', 'transport', 'abbrev'],
    [turn('les frais de transport pour aller a castel c rembourse ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b133-oos-promo-payes',
    ['premise-unsettled', 'benefit'],
    [
      turn(
        'les jeunes de la promo sont payes pendant le programme, il me semble que oui ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b133-oos-horaires',
    ['plain', 'schedule'],
    [turn('les ateliers prepa commencent a quelle heure ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b133-oos-montant-rsa',
    ['plain', 'benefit'],
    [
      turn(
        'le rsa c combien pour une personne seule maintenant',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b133-oos-niveau-3e',
    ['premise-unsettled'],
    [
      turn(
        'faut un niveau 3e minimum pour la prepa je crois ?',
        'out_of_scope',
        [
          alt(
            ...SILENT,
            'peu ou pas qualifi',
            'pas qualifi',
            'éloignées de l’emploi',
            'aucun niveau',
            'pas de niveau',
          ),
        ],
        NO_BOUNCE,
      ),
    ],
  ),
];

// ── Whom to contact ─────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b133-ct-directeur-battedou',
    ['premise-wrong', 'follow-up'],
    [
      turn('le directeur de l afpa montauban c fabienne battedou c ca ?', 'contact', [VELLA, RAP]),
      turn('ok et du coup c qui que je contacte pour une question sur la prepa ?', 'contact', [RAP]),
    ],
  ),
  c(
    'b133-ct-coordo-rap',
    ['premise-wrong', 'abbrev', 'no-question-mark'],
    [turn('le coordonnateur departemental des dispositifs c la RAP je crois', 'contact', [VELLA])],
  ),
  c(
    'b133-ct-mail',
    ['premise-unsettled'],
    [
      turn(
        'vous avez le mail de fabienne battedou ? je crois qu il etait dans l accord',
        'contact',
        [NO_DETAILS],
        ['@'],
      ),
    ],
  ),
  c(
    'b133-ct-suivi-accord',
    ['premise-wrong'],
    [
      turn('le suivi de l accord c le president du cd et la directrice de l afpa c ca ?', 'contact', [
        VELLA,
        alt('weill', 'président'),
      ]),
    ],
  ),
  c(
    'b133-ct-cd-personne',
    ['premise-wrong', 'follow-up', 'abbrev'],
    [
      turn('cote cd y a personne de designe pour bosser avec l afpa c ca ?', 'contact', [DEPT_REFERENT]),
      turn('et cote afpa c qui qui coordonne ?', 'contact', [DIRECTOR]),
    ],
  ),
  c(
    'b133-ct-pec',
    ['plain'],
    [turn('a l afpa montauban je m adresse a qui pour comp pec ?', 'contact', [RAP])],
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b133-fig-200-places-pec',
    ['premise-wrong'],
    [
      turn(
        'on a bien 200 places par an sur la PEC ?',
        'figures',
        [TARGET_PEC],
        ['oui, 200', 'bien 200 places'],
      ),
    ],
  ),
  c(
    'b133-fig-objectif-prepa-50',
    ['premise-wrong', 'follow-up', 'abbrev'],
    [
      turn('l objectif prepa c 50 brsa je crois', 'figures', [TARGET_PREPA]),
      turn('ah ok et 50 c pour quoi alors ?', 'figures', [
        alt('compétences pec', 'compétences p.e.c', 'comp pec', 'pec'),
      ]),
    ],
  ),
  c(
    'b133-fig-promo-35000',
    ['premise-wrong'],
    [turn('pour la promo l objectif c 35 000 jeunes ase dans le 82 c ca ?', 'figures', [TARGET_PROMO])],
  ),
  c(
    'b133-fig-remontee',
    ['plain'],
    [
      turn('les chiffres des dispositifs ils remontent a qui et a quel rythme', 'figures', [
        alt('dgefp', 'd.g.e.f.p'),
        alt('mensuel', 'chaque mois', 'tous les mois'),
      ]),
    ],
  ),
  c(
    'b133-fig-70-prepa',
    ['premise-wrong', 'no-question-mark'],
    [
      turn('l objectif de 70% de sorties positives c pour la prepa il me semble', 'figures', [
        PROMO,
        alt('70'),
      ]),
    ],
  ),
  c(
    'b133-fig-30-depasse',
    ['premise-unsettled', 'follow-up'],
    [
      turn('on a deja depasse les 30 brsa en prepa cette annee je crois ?', 'figures', [NOT_AVAILABLE]),
      turn('et l objectif de 30 c pour quelle annee ?', 'figures', [alt('2022')]),
    ],
  ),
  c(
    'b133-fig-objectifs',
    ['plain', 'sms'],
    [
      turn('c koi les objectifs chiffres pour les 3 dispositifs', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
        TARGET_PROMO,
      ]),
    ],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b133-pr-prepa-ft-dabord',
    ['premise-wrong', 'abbrev'],
    [
      turn('je veux inscrire un brsa en prepa mais faut d abord l inscrire a FT non ?', 'prescribe', [
        ...FORM,
        alt(...NOT_REGISTERED, ...PRESCRIBED_BY_DEPARTEMENT, 'pas besoin', 'pas nécessaire', 'inutile'),
      ]),
    ],
  ),
  c(
    'b133-pr-pec-employeur',
    ['premise-wrong'],
    [
      turn(
        'je veux prescrire comp pec pour une salariee, l employeur a pas besoin d etre au courant hein',
        'prescribe',
        [...FORM, EMPLOYER_AGREES],
      ),
    ],
  ),
  c(
    'b133-pr-volet2-25',
    ['premise-wrong', 'session'],
    [
      turn(
        'je voudrais inscrire une dame sur la prepa volet 2 du 25 janvier, y a de la place je crois',
        'prescribe',
        [FULL],
      ),
    ],
  ),
  c(
    'b133-pr-castel-15-mars',
    ['premise-wrong', 'session', 'abbrev'],
    [
      turn('positionner un monsieur sur l entree prepa de castel du 15 mars', 'prescribe', [
        ...FORM,
        on('2027-02-15'),
      ]),
    ],
  ),
  c(
    'b133-pr-promo-panda',
    ['premise-right', 'panda'],
    [
      turn(
        'prescrire la promo pour un jeune ase de 17 ans, c bien moi qui l inscris sur panda apres ?',
        'prescribe',
        [...FORM, PANDA],
      ),
    ],
  ),
  c('b133-pr-prepa', ['plain'], [turn('je voudrais prescrire prepa comp pour mme D', 'prescribe', FORM)]),
  c(
    'b133-pr-pec-atelier3',
    ['plain', 'session'],
    [
      turn('inscrire une salariee pec sur l atelier 3 du 10 fevrier', 'prescribe', [
        ...FORM,
        on('2027-02-10'),
      ]),
    ],
  ),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b133-ot-bonjour',
    ['plain'],
    [
      turn('bonjour, c bien ici pour les questions sur les dispositifs afpa ?', 'other', [
        alt('prépa compétences', 'dispositif', 'agenda'),
      ]),
    ],
  ),
  c(
    'b133-ot-accord-fin-2022',
    ['premise-wrong', 'follow-up', 'abbrev'],
    [
      turn('l accord cd afpa s arrete fin 2022 non ?', 'other', [alt('2 ans', 'deux ans')]),
      turn('et on peut le prolonger ?', 'other', [alt('avenant')]),
    ],
  ),
  c(
    'b133-ot-resiliation',
    ['premise-wrong'],
    [turn('on peut rompre l accord du jour au lendemain je crois ?', 'other', [alt('2 mois', 'deux mois')])],
  ),
  c(
    'b133-ot-copil',
    ['premise-wrong', 'follow-up', 'abbrev'],
    [
      turn('le copil de l accord c tous les mois il me semble', 'other', [
        alt('fois par an', 'annuel', 'une fois par an', '1 fois par an'),
      ]),
      turn('et le copil national ?', 'other', [alt('trimestr'), alt('dgefp', 'd.g.e.f.p')]),
    ],
  ),
  c(
    'b133-ot-reunion-equipe',
    ['premise-wrong', 'no-question-mark'],
    [
      turn('l afpa vient en reunion d equipe chez nous tous les mois il me semble', 'other', [
        alt('semestre', 'deux fois par an', '2 fois par an'),
      ]),
    ],
  ),
  c(
    'b133-ot-campagne-juin',
    ['premise-wrong', 'abbrev'],
    [
      turn('on pouvait faire entrer des brsa en prepa jusqu en juin 2023 c ca ?', 'other', [
        alt('31 décembre', '31/12', '31 déc'),
      ]),
    ],
  ),
  c(
    'b133-ot-panda-cd',
    ['premise-wrong', 'panda', 'follow-up'],
    [
      turn('panda c l outil du departement c ca ?', 'other', [
        alt('afpa', 'a.f.p.a'),
        alt('traçabilité', 'trace', 'suivi des parcours', 'plateforme'),
      ]),
      turn('et c le cd qui m habilite dessus ?', 'other', [alt('afpa', 'a.f.p.a'), alt('habilit')]),
    ],
  ),
  c(
    'b133-ot-rgpd',
    ['premise-wrong', 'abbrev'],
    [
      turn('les donnees des brsa sur panda pas de rgpd vu que c entre partenaires ?', 'other', [
        alt('rgpd', 'r.g.p.d', '2016/679', 'informatique et libertés', '1978', 'données personnelles'),
        alt('article 5', 'art. 5', 'art 5', 'respect', 'engag', 's’appliqu', 'obligation'),
      ]),
    ],
  ),
  c(
    'b133-ot-village',
    ['plain'],
    [
      turn('le village afpa c quoi au juste', 'other', [
        alt('tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'),
      ]),
    ],
  ),
];

// ── Follow-ups across subjects ──────────────────────────────────────────────

const followUps: ConversationCase[] = [
  c(
    'b133-fu-ml-prescrit-prepa',
    ['premise-wrong', 'follow-up', 'prescriber'],
    [
      turn('c la mission locale qui prescrit la prepa je crois ?', 'dispositif', [PRESCRIBED_BY_DEPARTEMENT]),
      turn('ah bon ? et la ML elle intervient ou alors', 'dispositif', [
        PROMO,
        alt('jeune', 'mineur', 'décroch'),
      ]),
    ],
  ),
  c(
    'b133-fu-prepa-ailleurs',
    ['premise-wrong', 'follow-up', 'where'],
    [
      turn('la prepa ca se fait que a montauban je crois', 'dispositif', [DELOCALISED]),
      turn('ok et y a des entrees ailleurs bientot ?', 'agenda', [
        [...on('2027-02-15'), ...on('2027-03-08'), ...on('2027-02-08')],
      ]),
    ],
  ),
  c(
    'b133-fu-pec-ft-employeur',
    ['premise-wrong', 'follow-up', 'abbrev'],
    [
      turn('pour la comp pec faut passer par FT c ca ?', 'dispositif', [PRESCRIBED_BY_DEPARTEMENT]),
      turn('et du coup c qui qui previent l employeur ?', 'dispositif', [REFERENT, alt('employeur')]),
    ],
  ),
  c(
    'b133-fu-panda-promo-bilan',
    ['premise-wrong', 'follow-up', 'panda'],
    [
      turn('pour la promo c l afpa qui inscrit le jeune sur panda je crois', 'dispositif', [PANDA, REFERENT]),
      turn('et a la fin de la promo je recois un bilan individuel comme pour la prepa ?', 'dispositif', [
        alt(...SILENT, 'uniquement', 'seulement', 'que pour', 'pas pour la promo', 'réservé'),
      ]),
    ],
  ),
  c(
    'b133-fu-infocoll-obligatoire',
    ['premise-unsettled', 'follow-up', 'abbrev'],
    [
      turn('l info coll c obligatoire avant d entrer en prepa ?', 'out_of_scope', [SILENT], NO_BOUNCE),
      turn('ok et la prochaine c quand ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    ],
  ),
  c(
    'b133-fu-batiment-26',
    ['premise-wrong', 'follow-up', 'date', 'town'],
    [
      turn('reunion metier batiment c a montauban le 26 ?', 'agenda', [on('2027-02-23'), alt('caussade')]),
      turn('et le 26 alors c quoi ?', 'agenda', [alt('logistique')]),
    ],
  ),
  c(
    'b133-fu-el-prepa-pas-ft',
    ['premise-wrong', 'follow-up', 'person-mention', 'abbrev'],
    [
      turn(
        'monsieur 45 ans au rsa suivi par nous, pas inscrit a FT, donc pas de prepa possible c ca ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('ah top, et la prochaine info coll ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    ],
  ),
  c(
    'b133-fu-rsa-suspendu-adhesion',
    ['premise-unsettled', 'follow-up', 'rsa-rules'],
    [
      turn('si le brsa refuse la prepa on peut suspendre son rsa non ?', 'out_of_scope', [SILENT], NO_BOUNCE),
      turn('ok mais il doit etre d accord pour y aller du coup ?', 'dispositif', [ADHESION]),
    ],
  ),
  c(
    'b133-fu-promo-ase-infocoll',
    ['premise-wrong', 'follow-up', 'switch'],
    [
      turn('la promo 1618 c pour les jeunes de l ase uniquement je crois', 'dispositif', [
        alt(
          'décroch',
          'quitté',
          'ni en formation',
          'pas en formation',
          'ne travaillent pas',
          'mission locale',
          'missions locales',
          'cio',
        ),
      ]),
      turn(
        'ok, et y a une info coll pour les parents bientot ?',
        'agenda',
        [on('2027-03-17')],
        notOn('2027-01-14'),
      ),
    ],
  ),
];

export const HUNDRED_THIRTY_THIRD_BLIND_SET: ConversationCase[] = [
  ...prepa,
  ...pec,
  ...promo,
  ...otherOffers,
  ...twoInOne,
  ...agenda,
  ...eligibility,
  ...outOfScope,
  ...contacts,
  ...figures,
  ...prescribe,
  ...other,
  ...followUps,
];
