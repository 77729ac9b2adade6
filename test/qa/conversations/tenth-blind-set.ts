/**
 * Tenth blind set: experienced users in a hurry.
 *
 * Written blind by a helper session, from the agreement alone (seed: accord de partenariat
 * Département de Tarn-et-Garonne – AFPA 2022, its action plan 2022-2023 and the protocol of
 * Prépa Compétences, Compétences PEC and La Promo 16/18), from the product guide and from the
 * published agenda of `agenda-fixture.ts` (today frozen at Monday 11 January 2027, Europe/Paris).
 * Nobody ran the bot, its tests or its replays while writing it, nor read its code or the other sets.
 *
 * Who types: half AFPA Montauban staff (formateurs, coordinatrice, chargée de relation entreprise)
 * and Département pilots (chef de service insertion, chargé de mission); half référents insertion
 * of the Maisons des solidarités of Moissac, Castelsarrasin, Valence d'Agen, Caussade and Montauban.
 *
 * Style: very terse messages, SMS shorthand (c, cb, pr, ds, qd, stp, tjs, mm, FT, BRSA, 1618,
 * infocoll…), no accents, typos, English slips, dropped verbs, two questions in one message,
 * follow-ups that only make sense after the previous turn (« et pr la promo ? », « le suivant ? »,
 * « cb de places ? »), and a few longer messages that describe a person before asking.
 *
 * Covers: the dispositifs (durations, volets, phases, ateliers, outcomes, cost, bilan, other AFPA
 * offers), the agenda (by type, town, month, relative dates, trade, places, the next one),
 * eligibility (age, RSA, ASE, PEC, schooled or in training, not RSA), subjects the agreement
 * leaves open, the action plan's figures and targets, contacts named in the agreement, and
 * prescriptions.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

// ── Loose alternatives for the facts of the agreement ───────────────────────

const PREPA_DAYS = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  '2 jours à 8 jours',
  'deux à huit jours',
  'deux et huit jours',
  'jusqu’à 8 jours',
  "jusqu'à 8 jours",
  '8 jours max',
];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 à 6 j',
  '5-6 jours',
  '5 ou 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 à 8 j', '4-8 jours', '4 et 8 jours', 'quatre à huit jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j '];
const PEC_PHASES = ['5 phases', 'cinq phases', '5 étapes', 'cinq étapes'];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi → jeudi', 'lun. au jeu'];
const PROMO_AGE = ['16 à 18', '16 et 18', '16-18 ans', 'de 16 ans', '16 ans', 'mineur'];
const PROMO_PRESCRIBERS = [
  'mission locale',
  'missions locales',
  'c.i.o',
  ' cio',
  'centre d’information et d’orientation',
  "centre d'information et d'orientation",
  'aide sociale',
  ' ase',
];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const BILAN = ['bilan individuel', 'bilan'];
const FREE_OF_CHARGE = [
  'sans contrepartie financière',
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'sans coût',
  'pas de coût',
  'sans frais',
  'financé par l’état',
  "financé par l'état",
  'financement de l’état',
  "financement de l'état",
  'l’état finance',
  "l'état finance",
  'plan d’investissement dans les compétences',
  "plan d'investissement dans les compétences",
  'p.i.c',
  ' pic',
];

// Answers of a given kind.
const NOT_COVERED = [
  'ne couvre pas',
  'ne dit rien',
  'n’en dit rien',
  "n'en dit rien",
  'ne prévoit pas',
  'ne prévoit rien',
  'hors de l’accord',
  "hors de l'accord",
  'hors accord',
  'hors du champ',
  'pas couvert',
  'ne traite pas',
  'ne précise pas',
  'ne mentionne pas',
  'rien dans l’accord',
  "rien dans l'accord",
  'ne fixe pas',
  'ne règle pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne parle pas',
  'pas prévu par l’accord',
  "pas prévu par l'accord",
  'n’est pas prévu',
  "n'est pas prévu",
];
const NOT_YET = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'aucun chiffre',
  'pas encore mesur',
  'pas encore été mesur',
  'pas encore de donnée',
  'pas de donnée',
  'aucune donnée',
  'pas encore de mesure',
  'pas encore connu',
  'ne dispose pas',
];
const PRESCRIBE = ['prescri', 'formulaire', 'fiche de prescription'];
const TARGET_PREPA = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 entrées',
  '30 brsa',
  '30 rsa',
  'trente',
  'objectif : 30',
  'objectif de 30',
  'cible : 30',
  ': 30',
  'sur 30',
  '/ 30',
  '/30',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 entrées',
  '50 brsa',
  '50 rsa',
  'cinquante',
  'objectif : 50',
  'objectif de 50',
  'cible : 50',
  ': 50',
  'sur 50',
  '/ 50',
  '/50',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  '10 orient',
  '10 ase',
  'dix jeunes',
  'dix personnes',
  'objectif : 10',
  'objectif de 10',
  'cible : 10',
  ': 10',
  'sur 10',
  '/ 10',
  '/10',
];

// Eligibility verdicts.
const ELIGIBLE = [
  'éligible',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut intégrer',
  'peut être prescrit',
  'peut y entrer',
  'peut suivre',
  'peut faire',
  'possible',
  'accessible',
  'oui',
];
/** What an answer saying « eligible » never writes. */
const SAYS_NOT_ELIGIBLE = ['n’est pas éligible', "n'est pas éligible", 'non éligible', 'inéligible'];
const NOT_ELIGIBLE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne relève pas',
  'pas accessible',
  'n’est pas possible',
  "n'est pas possible",
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'ne rentre pas',
  'pas concerné',
  'réservé',
  'exclu',
];

// Contacts named in the agreement.
const AFPA_DEPLOYMENT = ['battedou', 'responsable accompagnement', 'vella'];

/** Trainings of Info Places, to check an answer about one trade lists no other. */
const OTHER_THAN = (...kept: string[]) =>
  [
    'soudeur',
    'maçon',
    'cariste',
    'électricien',
    'agent de propreté',
    'plaquiste',
    'agent de restauration',
  ].filter((name) => !kept.includes(name));

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

export const TENTH_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b10-prepa-duree-prescripteur',
    ['mds-moissac', 'terse', 'multi-question', 'follow-up'],
    [
      t('prepa comp duree + qui prescrit ?', 'dispositif', [
        PREPA_DAYS,
        ['département', 'cd82', 'cd 82', 'référent', 'conseiller', 'services compétents'],
      ]),
      t('et pr la promo ?', 'dispositif', [PROMO_WEEKS, PROMO_PRESCRIBERS]),
    ],
  ),
  c(
    'b10-volets-diff',
    ['afpa-formateur', 'terse', 'english-slip'],
    [t('volet 1 vs volet 2 ?? diff', 'dispositif', [VOLET1_DAYS, VOLET2_DAYS])],
  ),
  c(
    'b10-pec-deroule',
    ['mds-castelsarrasin', 'terse', 'follow-up', 'sms'],
    [
      t('PEC c cb de jours au total', 'dispositif', [PEC_DAYS]),
      t('cb de phases ?', 'dispositif', [PEC_PHASES]),
      t('la phase 2 c koi', 'dispositif', [
        ['6 ateliers', 'six ateliers', '6 demi-journées', 'six demi-journées'],
        ['demi-journée', 'demi journée', 'demi-journ'],
      ]),
      t('ca debouche sur quoi a la fin, vae only ?', 'dispositif', [RSFP, CLEA]),
    ],
  ),
  c(
    'b10-promo-rythme',
    ['afpa-formateur', 'terse', 'follow-up'],
    [
      t('1618 c en presentiel tous les jours ?', 'dispositif', [PROMO_DAYS]),
      t('peut durer + de 3 mois ?', 'dispositif', [PROMO_MAX]),
    ],
  ),
  c(
    'b10-promo-phases',
    ['mds-caussade', 'terse', 'follow-up', 'sms'],
    [
      t('promo 1618 les phases stp', 'dispositif', [['engagement'], ['construction'], ['suite']]),
      t('l engagement dure cb', 'dispositif', [['1 semaine', 'une semaine']]),
      t('et apres la sortie ya un suivi ?', 'dispositif', [['6 mois', 'six mois']]),
    ],
  ),
  c(
    'b10-rsfp-clea-badges',
    ['afpa-cre', 'terse', 'follow-up'],
    [
      t('rsfp c pr qui ?', 'dispositif', [['prérequis', 'prerequis', 'pré-requis', 'pre-requis'], VAE]),
      t('et clea numerique ?', 'dispositif', [
        [
          'usages fondamentaux',
          'usages du numérique',
          'usages numériques',
          'environnement de travail',
          'compétences numériques de base',
        ],
      ]),
      t('open badges = ?', 'dispositif', [
        ['soft skills', 'compétences douces', 'savoir-être', 'savoir être', 'transverses', 'transversales'],
      ]),
    ],
  ),
  c(
    'b10-fle-titre-sejour',
    ['mds-montauban', 'terse', 'follow-up', 'out-of-scope-near'],
    [
      t('fle pr primo arrivant ca existe ?', 'dispositif', [
        ['français à visée professionnelle', 'français langue étrangère'],
        [
          'bases linguistiques',
          'écouter',
          'oral',
          'contexte professionnel',
          'cadre professionnel',
          'langage technique',
        ],
      ]),
      t('faut un titre de sejour ?', 'out_of_scope', [NOT_COVERED]),
    ],
  ),
  c(
    'b10-prepa-distance-tarif',
    ['mds-valence', 'terse', 'follow-up'],
    [
      t('prepa a distance possible ?', 'dispositif', [
        ['distance', 'distanciel'],
        ['tout ou partie', 'en partie', 'présentiel', 'mixte'],
      ]),
      t('ok et le tarif ?', 'dispositif', [FREE_OF_CHARGE]),
    ],
  ),
  c(
    'b10-bilan-fin',
    ['mds-caussade', 'terse', 'follow-up', 'typo'],
    [
      t('a la fin de la prepa g un retour ?', 'dispositif', [BILAN]),
      t('et pr PEC ?', 'dispositif', [['bilan'], VAE]),
    ],
  ),
  c(
    'b10-pec-employeur',
    ['mds-moissac', 'terse'],
    [t('pr PEC faut l accord du patron ?', 'dispositif', [['employeur'], ['accord', 'recueill', 'informe']])],
  ),
  c(
    'b10-clauses-sociales',
    ['cd-chef-service', 'terse'],
    [
      t('afpa peut preparer nos publics aux clauses sociales ?', 'dispositif', [
        ['gestes techniques', 'premiers gestes'],
        ['évalu', 'compétences acquises', 'transférables', 'métiers en tension'],
      ]),
    ],
  ),

  // ── Agenda ───────────────────────────────────────────────────────────────
  c(
    'b10-jpo-next',
    ['mds-montauban', 'terse', 'follow-up', 'next-one', 'town'],
    [
      t('prochaine JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      t('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-01-07')),
    ],
  ),
  c(
    'b10-infocoll-semaine',
    ['afpa-coordinatrice', 'terse', 'follow-up', 'relative-date', 'places', 'town'],
    [
      t('infocoll cette sem ?', 'agenda', [on('2027-01-14')], notOn('2027-01-21')),
      t('cb de places ?', 'agenda', [seats(15)]),
      t('et a castel ?', 'agenda', [on('2027-01-21')]),
    ],
  ),
  c(
    'b10-visite-semaine-pro',
    ['mds-castelsarrasin', 'terse', 'follow-up', 'relative-date', 'next-one'],
    [
      t(
        'visite plateau la semaine pro ?',
        'agenda',
        [on('2027-01-19'), ['soudure', 'soudeur']],
        notOn('2027-03-10'),
      ),
      t('le suivant ?', 'agenda', [on('2027-03-10'), ['électri']]),
    ],
  ),
  c(
    'b10-demain-jeudi',
    ['afpa-cre', 'terse', 'follow-up', 'relative-date'],
    [
      t('demain qqch a l afpa ?', 'agenda', [
        ['aucun', 'aucune', 'rien', 'pas d’événement', "pas d'événement"],
      ]),
      t('et jeudi ?', 'agenda', [on('2027-01-14')]),
    ],
  ),
  c(
    'b10-fin-fevrier',
    ['cd-charge-mission', 'terse', 'follow-up', 'month'],
    [
      t('qqch fin fevrier ?', 'agenda', [on('2027-02-23')], notOn('2027-02-03')),
      t('c ou ?', 'agenda', [['caussade']]),
    ],
  ),
  c(
    'b10-logistique-cariste',
    ['mds-valence', 'terse', 'follow-up', 'trade', 'places', 'multi-question'],
    [
      t('reunion metier logistique qd ?', 'agenda', [on('2027-01-26')]),
      t(
        'formation cariste cb de places + qd ca demarre',
        'agenda',
        [seats(6), on('2027-01-27')],
        OTHER_THAN('cariste'),
      ),
    ],
  ),
  c(
    'b10-info-places-metiers',
    ['afpa-formateur', 'terse', 'follow-up', 'places', 'trade'],
    [
      t('places soudeur dispo ?', 'agenda', [seats(4)], OTHER_THAN('soudeur')),
      t('et plaquiste ?', 'agenda', [
        ['complet', '0 place', 'aucune place', 'plus de place', 'pas de place', 'places : 0', 'plus aucune'],
      ]),
      t('resto a caussade ?', 'agenda', [seats(4)], ['soudeur', 'cariste', 'plaquiste']),
    ],
  ),
  c(
    'b10-prepa-entrees-prescrire',
    ['mds-moissac', 'terse', 'follow-up', 'next-one', 'entry-session'],
    [
      t('prochaine entree prepa ?', 'agenda', [on('2027-01-18')]),
      t('volet 2 ?', 'agenda', [on('2027-02-15')]),
      t('ok inscris la sur celle de castel', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b10-pec-entrees',
    ['afpa-coordinatrice', 'terse', 'follow-up', 'entry-session'],
    [
      t('entrees PEC atelier 2 dispo ?', 'agenda', [on('2027-01-20')]),
      t('a distance ?', 'agenda', [on('2027-03-03')]),
    ],
  ),
  c(
    'b10-promo-session-infocoll',
    ['cd-chef-service', 'terse', 'follow-up', 'entry-session'],
    [
      t('session 1618 qd ?', 'agenda', [on('2027-02-01')]),
      t('infocoll pr les parents ?', 'agenda', [on('2027-03-17')]),
    ],
  ),
  c(
    'b10-moissac-fevrier',
    ['mds-moissac', 'terse', 'town', 'month'],
    [
      t(
        'ds le coin de moissac en fev ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c('b10-valence', ['mds-valence', 'terse', 'town'], [t('rien sur valence ?', 'agenda', [on('2027-03-04')])]),
  c(
    'b10-prepa-distanciel',
    ['afpa-formateur', 'terse', 'english-slip', 'entry-session'],
    [t('prepa en distanciel next session ?', 'agenda', [on('2027-02-08')])],
  ),
  c(
    'b10-batiment-places',
    ['cd-chef-service', 'terse', 'multi-question', 'trade', 'places'],
    [t('rencontre metiers batiment + nb places ?', 'agenda', [on('2027-02-23'), seats(12)])],
  ),

  // ── Eligibility ──────────────────────────────────────────────────────────
  c(
    'b10-elig-brsa-non-inscrite',
    ['mds-montauban', 'profile', 'follow-up'],
    [
      t(
        'mme 38a, BRSA depuis 2 ans, jamais inscrite a FT, projet pas clair (aide a domicile ?). prepa ok pr elle ?',
        'eligibility',
        [ELIGIBLE, ['inscrit', 'inscrite']],
        SAYS_NOT_ELIGIBLE,
      ),
      t('ok go presc', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b10-elig-ase-17',
    ['mds-castelsarrasin', 'profile', 'follow-up', 'ase'],
    [
      t(
        'jeune ASE 17a, decroche depuis oct, ni formation ni taf. 1618 ?',
        'eligibility',
        [ELIGIBLE, PROMO_AGE],
        SAYS_NOT_ELIGIBLE,
      ),
      t('faut qd mm l accord des parents ?', 'dispositif', [
        ['autorisation parentale', 'autorisations parentales', 'parental', 'parents'],
      ]),
    ],
  ),
  c(
    'b10-elig-19ans',
    ['afpa-formateur', 'terse', 'age'],
    [t('gamin 19 ans sans diplome, promo possible ?', 'eligibility', [NOT_ELIGIBLE, PROMO_AGE])],
  ),
  c(
    'b10-elig-15ans',
    ['mds-valence', 'terse', 'age'],
    [
      t('1618 a 15 ans ca passe ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['16 à 18', '16 et 18', '16-18 ans', '16 ans', 'à partir de 16'],
      ]),
    ],
  ),
  c(
    'b10-elig-lyceen',
    ['mds-moissac', 'terse', 'schooled'],
    [
      t('16a tjs au lycee mais decroche un peu, promo ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['quitté', 'décroch', 'déscolaris', 'pas en formation', 'ni en formation', 'scolarisé', 'sorti'],
      ]),
    ],
  ),
  c(
    'b10-elig-apprenti-ase',
    ['mds-montauban', 'terse', 'ase', 'in-training'],
    [
      t('17a ASE en apprentissage CAP cuisine, 1618 ?', 'eligibility', [
        NOT_ELIGIBLE,
        [
          'pas en formation',
          'ni en formation',
          'déjà en formation',
          'déjà en apprentissage',
          'déjà en contrat',
          'ne travaill',
          'ni en emploi',
          'sans formation',
        ],
      ]),
    ],
  ),
  c(
    'b10-elig-salarie-pec',
    ['cd-charge-mission', 'terse', 'pec'],
    [
      t(
        'salarie PEC en mairie, BRSA, competences PEC ?',
        'eligibility',
        [ELIGIBLE, ['employeur', 'certification', 'vae', 'rsfp', 'cléa', 'clea']],
        SAYS_NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b10-elig-brsa-sans-pec',
    ['mds-caussade', 'terse', 'follow-up', 'pec'],
    [
      t('BRSA pas en contrat PEC, competences PEC qd mm ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['parcours emploi compétences', 'contrat pec', 'contrat p.e.c', 'signataire', 'en pec', 'salarié'],
      ]),
      t('alors prepa ?', 'eligibility', [ELIGIBLE, ['rsa', 'allocataire']], SAYS_NOT_ELIGIBLE),
    ],
  ),
  c(
    'b10-elig-ass-non-rsa',
    ['afpa-cre', 'profile', 'not-rsa'],
    [
      t('mr 52a ASS pas RSA, suivi FT, on peut le passer en prepa via le CD ?', 'eligibility', [
        ['rsa'],
        ['france travail', 'pôle emploi', 'pole emploi'],
      ]),
    ],
  ),
  c(
    'b10-elig-volet2-cariste',
    ['afpa-coordinatrice', 'profile'],
    [
      t(
        'mme 29a BRSA inscrite FT, veut rentrer en formation cariste en mars, volet 2 possible ?',
        'eligibility',
        [ELIGIBLE, ['sécuris', 'entrée en formation', 'entree en formation']],
        SAYS_NOT_ELIGIBLE,
      ),
    ],
  ),

  // ── Out of scope ─────────────────────────────────────────────────────────
  c(
    'b10-oos-remu-rsa',
    ['mds-castelsarrasin', 'terse', 'follow-up'],
    [
      t('il est paye pdt la prepa ?', 'out_of_scope', [NOT_COVERED]),
      t('et son RSA il est suspendu pdt ?', 'out_of_scope', [NOT_COVERED]),
    ],
  ),
  c(
    'b10-oos-frais-deplacement',
    ['mds-valence', 'terse'],
    [t('frais de deplacement jusqu a montauban rembourses ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c('b10-oos-age-max', ['afpa-cre', 'terse'], [t('limite d age pr prepa ?', 'out_of_scope', [NOT_COVERED])]),
  c(
    'b10-oos-cpf',
    ['mds-montauban', 'terse'],
    [t('il peut utiliser son CPF pr le soudeur ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b10-oos-rqth',
    ['mds-moissac', 'terse'],
    [t('RQTH => amenagement possible en prepa ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b10-oos-repas-promo',
    ['cd-charge-mission', 'terse'],
    [t('repas du midi pris en charge pr les 1618 ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b10-oos-sanction-abandon',
    ['cd-chef-service', 'terse'],
    [t('abandon en cours de prepa = sanction RSA ?', 'out_of_scope', [NOT_COVERED])],
  ),

  // ── Figures ──────────────────────────────────────────────────────────────
  c(
    'b10-fig-prepa-promo',
    ['cd-chef-service', 'terse', 'follow-up', 'target'],
    [
      t('cb de BRSA entres en prepa ?', 'figures', [NOT_YET]),
      t('objectif c combien deja ?', 'figures', [NOT_YET, TARGET_PREPA]),
      t('et pr la promo ?', 'figures', [NOT_YET, TARGET_PROMO]),
    ],
  ),
  c(
    'b10-fig-pec-target',
    ['cd-charge-mission', 'terse', 'target'],
    [t('objectif PEC 2022 on en est ou', 'figures', [NOT_YET, TARGET_PEC])],
  ),
  c(
    'b10-fig-sorties',
    ['afpa-coordinatrice', 'terse', 'follow-up'],
    [t('taux sortie emploi ?', 'figures', [NOT_YET]), t('et reussite aux exams ?', 'figures', [NOT_YET])],
  ),
  c('b10-fig-jpo', ['afpa-cre', 'terse'], [t('nb de BRSA venus aux JPO ?', 'figures', [NOT_YET])]),

  // ── Contacts ─────────────────────────────────────────────────────────────
  c(
    'b10-contact-deploiement',
    ['mds-castelsarrasin', 'terse', 'follow-up'],
    [
      t('qui pilote prepa cote afpa ?', 'contact', [AFPA_DEPLOYMENT]),
      t('et pr la 1618 ?', 'contact', [AFPA_DEPLOYMENT]),
    ],
  ),
  c(
    'b10-contact-coordo',
    ['cd-charge-mission', 'terse', 'follow-up'],
    [
      t('coordo departemental des dispositifs c qui', 'contact', [['vella']]),
      t('et cote CD ?', 'contact', [['désign', 'weill', 'représentant']]),
    ],
  ),
  c(
    'b10-contact-suivi-accord',
    ['cd-chef-service', 'terse'],
    [t('suivi de l accord: les 2 referents ?', 'contact', [['vella'], ['weill']])],
  ),
  c(
    'b10-contact-panda',
    ['mds-valence', 'terse', 'follow-up'],
    [
      t('acces panda qui m habilite ?', 'contact', [['afpa']]),
      t('c quoi panda deja', 'dispositif', [
        ['traçab', 'tracab', 'trace', 'tracé', 'suivi des parcours', 'suivre les parcours'],
      ]),
    ],
  ),

  // ── Prescriptions ────────────────────────────────────────────────────────
  c(
    'b10-presc-promo',
    ['mds-caussade', 'terse', 'sms'],
    [t('fiche presc 1618 stp', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b10-presc-pec',
    ['mds-montauban', 'terse'],
    [t('je prescris competences PEC pr mr D, go', 'prescribe', [PRESCRIBE])],
  ),
];
