import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/**
 * Twenty-eighth blind set: A GENERAL EVALUATION SET, FIRST WEEK OF USE.
 *
 * The people who write here have just installed the app in Teams: référents insertion and
 * travailleurs sociaux of the Département (CD82), Mission locale advisers, ASE educators,
 * the AFPA Montauban coordination, and the pilots of the partnership. They ask what they
 * really need in their first week, in the proportions an evaluator would pick: about a
 * quarter questions on the dispositifs (what, for whom, how long, content, who prescribes,
 * what the référent must do), a quarter on the agenda (open days, information sessions,
 * workshop visits, trade meetings, entry sessions, free places, with filters and relative
 * dates), a fifth on the eligibility of a described person, and the rest split between
 * out-of-scope questions, contacts and figures of the action plan, and prescription /
 * follow-up. Styles vary: polite full sentences, terse notes, SMS abbreviations (BRSA,
 * ASE, PEC, 1618, prépa comp, FT, ML, CD), no accents, typos, and two-turn follow-ups.
 *
 * Written only from the 2022 agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its action plan and the protocol of the three programmes), the product guide and
 * the agenda fixture (today frozen at Monday 11 January 2027, Europe/Paris). Where the
 * agreement is silent, the expected answer says so rather than a rule, date or figure.
 */

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** « 10h », « 10 h », « 10:00 »; « 9h30 », « 09:30 »… */
function at(h: number, m = 0): string[] {
  if (m === 0) return [`${h}h`, `${h} h`, `${String(h).padStart(2, '0')}:00`, `${h}:00`];
  const mm = String(m).padStart(2, '0');
  return [`${h}h${mm}`, `${h} h ${mm}`, `${String(h).padStart(2, '0')}:${mm}`, `${h}:${mm}`];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa compétences', 'prepa comp', 'prépa-compétences'];
const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '8 jours max',
  '2-8 jours',
];
const VOLET1_AIM = ['consolider', 'consolidation', 'diagnostic de faisabilité', 'travailler son projet'];
const VOLET2_AIM = ['sécuriser', 'sécurisation', 'sécurise'];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', '4 à 8 j'];
const REMOTE = ['distance', 'distanciel'];

const PEC_DAYS = ['5 jours', 'cinq jours', '5 j '];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP_OR_CLEA = ['rsfp', 'r.s.f.p', 'savoir-faire', 'cléa', 'clea'];
const RSFP = ['reconnaissance des savoir-faire', 'savoir-faire professionnel'];

const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi'];
const PARENTAL = [
  'autorisation',
  'parent',
  'représentant légal',
  'représentants légaux',
  'autorité parentale',
];
const PROMO_ORIENTERS = [
  'mission locale',
  'missions locales',
  ' cio',
  '(cio',
  'c.i.o',
  'centre d’information',
];

const FLE = ['visée professionnelle', 'français langue étrangère', ' fle', '(fle', 'f.l.e'];
const NO_COST = [
  'sans contrepartie',
  'gratuit',
  'sans frais',
  'aucun coût',
  'pas de coût',
  'rien à payer',
  'aucune contrepartie',
  'financé par l’état',
  "financé par l'état",
  'financement de l’état',
  "financement de l'état",
  'plan d’investissement dans les compétences',
  "plan d'investissement dans les compétences",
];

const AFPA = ['afpa', 'a.f.p.a'];
const PANDA = ['panda'];

// Contacts and figures.
const VELLA = ['vella'];
const CONTACT_AFPA = ['battedou', 'vella'];
const DEPT_SIDE = ['weill', 'président du conseil', 'président du département', 'désign'];
const NOT_NAMED = [
  'désign',
  'ne précise pas',
  'pas précisé',
  'ne nomme pas',
  'pas nommé',
  'non nommé',
  'pas de nom',
  'ne donne pas',
  'n’indique pas',
  "n'indique pas",
  'pas indiqué',
  'ne mentionne pas',
  'pas mentionné',
  'ne cite pas',
  'ne figure pas',
];
const OBJ_30 = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 brsa',
  '30 rsa',
  '30 entrées',
  ': 30',
  'objectif de 30',
  'objectif 30',
  '/ 30',
  '/30',
  'trente',
];
const OBJ_50 = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 brsa',
  '50 rsa',
  '50 entrées',
  ': 50',
  'objectif de 50',
  'objectif 50',
  '/ 50',
  '/50',
  'cinquante',
];
const OBJ_10 = [
  '10 jeunes',
  '10 personnes',
  'dix jeunes',
  '10 orient',
  ': 10',
  'objectif de 10',
  'objectif 10',
  '/ 10',
  '/10',
];
const REPORTED_TO = ['dgefp', 'd.g.e.f.p', 'ddetspp', 'ddets', 'd.d.e.t.s'];
const COPIL_FREQ = [
  'une fois par an',
  '1 fois par an',
  'au moins une fois',
  'au moins 1 fois',
  'annuel',
  'chaque année',
  'par an',
  'trimestri',
];

// Eligibility answers.
const YES = [
  'oui',
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut être orienté',
  'peut suivre',
  'peut intégrer',
  'peut accéder',
  'peut y accéder',
  'possible',
  'correspond',
  'relève',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne relève pas',
  'ne correspond pas',
  'réservé',
  'ne remplit pas',
  'n’entre pas dans',
  "n'entre pas dans",
  'pas concerné',
  'ne répond pas',
  'ne rentre pas',
  'pas accessible',
  'pas ouvert',
  'ne permet pas',
  'non,',
  'non.',
  'non :',
  'uniquement',
  'seulement',
  'exclusivement',
];
const NOT_YET = [
  ...NO,
  'pas encore',
  'trop jeune',
  'à partir de 16',
  'dès 16',
  'dès ses 16',
  'attendre',
  'doit avoir 16',
  'minimum 16',
  'au moins 16',
  'pas avant',
  'moins de 16',
];
const OLDER_THAN_ALLOWED = ['mineur', '18 ans', '17 ans', 'moins de 18'];
const LEFT_SCHOOL = [
  'quitté',
  'déscolaris',
  'scolarisé',
  'sorti',
  'pas en formation',
  'ni en formation',
  'plus scolar',
  'cursus scolaire',
];
const SAID_YES_HE = ['oui, il peut', 'oui il peut'];
const SAID_YES_SHE = ['oui, elle peut', 'oui elle peut'];

/** The answer says the agreement does not cover it (optionally who to ask). */
const OUTSIDE = [
  'hors du',
  'hors de',
  'hors champ',
  'hors périmètre',
  'hors sujet',
  'en dehors',
  'pas couvert',
  'ne couvre pas',
  'pas prévu',
  'ne prévoit pas',
  'ne traite pas',
  'sort du',
  'pas d’information',
  "pas d'information",
  'aucune information',
  'ne dispose pas',
  'ne peux pas',
  'ne sais pas',
  'pas en mesure',
  'ne précise pas',
  'ne mentionne pas',
  'ne dit rien',
  'ne fixe pas',
  'rien sur',
  'ne parle pas',
  'pas mentionné',
  'pas de donnée',
  'ne contient pas',
  'ne figure pas',
  'pas dans l',
  'champ',
  'périmètre',
  "l'accord ne",
  'l’accord ne',
  'la convention ne',
  'ne relève pas',
  'pas de mon ressort',
  'je n’ai pas',
  "je n'ai pas",
  'ne porte pas',
  'ne concerne pas',
];
const NO_AMOUNT = ['€', ' euros'];

// Agenda.
const FULL = [
  'complet',
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
const PAST_JPO = notOn('2027-01-07');

// ── Dispositifs ──────────────────────────────────────────────────────────────

const DISPOSITIF_CASES: ConversationCase[] = [
  c(
    'b28-dispo-prepa-what-polite',
    ['referent-cd', 'polite', 'prepa-competences'],
    [
      t(
        'Bonjour, je viens d’installer l’application. Pouvez-vous m’expliquer en quelques mots ce qu’est Prépa Compétences ?',
        'dispositif',
        [PREPA_DURATION, [...VOLET1_AIM, ...VOLET2_AIM, 'projet professionnel', 'entrée en formation']],
        ['13 semaines', 'lundi au jeudi'],
      ),
      t('Merci. Et ça se passe où, uniquement à Montauban ?', 'dispositif', [
        ['montauban', 'centre afpa', 'centre a.f.p.a'],
        ['délocalis', 'ensemble du département', 'dans le département', ...REMOTE],
      ]),
    ],
  ),
  c(
    'b28-dispo-promo-duration-sms',
    ['mission-locale', 'sms', 'promo-16-18'],
    [
      t('promo 1618 ça dure cb de tps ?', 'dispositif', [PROMO_LENGTH], ['2 à 8 jours']),
      t('et c tous les jours ?', 'dispositif', [PROMO_DAYS]),
    ],
  ),
  c(
    'b28-dispo-pec-content',
    ['referent-cd', 'competences-pec'],
    [
      t(
        'Compétences PEC concrètement il y a quoi dedans ?',
        'dispositif',
        [VAE, RSFP_OR_CLEA],
        ['13 semaines'],
      ),
      t(
        'ça prend combien de jours a la personne ?',
        'dispositif',
        [PEC_DAYS],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b28-dispo-prepa-volets-no-accents',
    ['referent-cd', 'no-accents', 'prepa-competences'],
    [
      t('difference entre volet 1 et volet 2 de la prepa comp ?', 'dispositif', [VOLET1_AIM, VOLET2_AIM]),
      t('le volet 2 c combien de jours', 'dispositif', [VOLET2_DAYS]),
    ],
  ),
  c(
    'b28-dispo-promo-steps-ase',
    ['ase', 'polite', 'promo-16-18'],
    [
      t(
        'Bonjour, je suis éducatrice à l’ASE. Comment se déroule La Promo 16/18, quelles sont les grandes étapes ?',
        'dispositif',
        [['engagement'], ['construction']],
        ['2 à 8 jours'],
      ),
      t('Et après la sortie du programme, le jeune est-il encore suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['accompagnement prolongé', 'mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b28-dispo-prepa-remote-then-session',
    ['referent-cd', 'no-accents', 'prepa-competences'],
    [
      t(
        'la prépa comp peut se faire a distance ? j ai une dame sans voiture a Lauzerte',
        'dispositif',
        [REMOTE, ['oui', 'possible', 'peut']],
        ['lundi au jeudi'],
      ),
      t(
        'ok et la prochaine session prepa a distance c quand ?',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-01-18'), ...notOn('2027-03-03'), ...PAST_JPO],
      ),
    ],
  ),
  c(
    'b28-dispo-clea-numerique-open-badges',
    ['afpa-montauban', 'terse'],
    [
      t('CléA numérique c’est quoi exactement ?', 'dispositif', [
        [
          'usages fondamentaux',
          'usages du numérique',
          'environnement de travail',
          'compétences numériques',
          'outils numériques',
        ],
      ]),
      t('et les open badges ?', 'dispositif', [
        ['soft skills', 'compétences douces', 'savoir-être', 'transvers', 'compétences acquises', 'valoris'],
      ]),
    ],
  ),
  c(
    'b28-dispo-rsfp-then-siae',
    ['referent-cd', 'terse', 'siae'],
    [
      t('RSFP = ?', 'dispositif', [RSFP]),
      t(
        'une salariée de chantier d insertion, sans diplome, qui a pas les prérequis pour la VAE, elle peut faire une RSFP ?',
        'eligibility',
        [YES],
        ['non, elle ne peut pas'],
      ),
    ],
  ),
  c(
    'b28-dispo-referent-role',
    ['referent-cd', 'polite', 'prepa-competences', 'competences-pec'],
    [
      t(
        'Bonjour, concrètement, qu’est-ce que je dois faire en tant que référent quand j’oriente quelqu’un vers Prépa Compétences ?',
        'dispositif',
        [['inform'], ['adhésion', 'recueill', 'accord de la personne', 'consentement'], PANDA],
      ),
      t('Et si c’est pour Compétences PEC, il y a autre chose à faire ?', 'dispositif', [
        ['employeur'],
        ['accord', 'inform', 'prévenir'],
      ]),
    ],
  ),
  c(
    'b28-dispo-promo-orienters-then-19',
    ['mission-locale', 'sms', 'promo-16-18'],
    [
      t('c qui qui oriente vers la promo 16 18 d habitude ?', 'dispositif', [PROMO_ORIENTERS]),
      t(
        'j ai un jeune de 19 ans sans diplome, la promo c possible ?',
        'eligibility',
        [NO, OLDER_THAN_ALLOWED],
        SAID_YES_HE,
      ),
    ],
  ),
  c(
    'b28-dispo-cost-then-direct',
    ['referent-cd', 'polite', 'prepa-competences'],
    [
      t(
        'Est-ce que le Département doit payer quelque chose quand on prescrit une Prépa Compétences ?',
        'dispositif',
        [NO_COST],
        NO_AMOUNT,
      ),
      t('donc je peux prescrire direct, sans passer par FT ?', 'prescribe', [['direct', 'oui']]),
    ],
  ),
  c(
    'b28-dispo-prepa-public-then-rsa-amount',
    ['referent-cd', 'sms', 'prepa-competences'],
    [
      t(
        'prepa comp c pour quel public ?',
        'dispositif',
        [['rsa'], ['éloigné', 'peu ou pas qualifi', 'demandeur']],
        ['13 semaines'],
      ),
      t('et le RSA c combien pour une personne seule ?', 'out_of_scope', [OUTSIDE], NO_AMOUNT),
    ],
  ),
];

// ── Agenda ─────────────────────────────────────────────────────────────────────

const AGENDA_CASES: ConversationCase[] = [
  c(
    'b28-agenda-next-jpo-then-hour',
    ['referent-cd', 'terse', 'jpo'],
    [
      t('prochaines JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], PAST_JPO),
      t('et celle de moissac c a quelle heure', 'agenda', [at(10)], PAST_JPO),
    ],
  ),
  c(
    'b28-agenda-this-week-info-coll',
    ['referent-cd', 'polite', 'info-collective', 'relative-date'],
    [
      t(
        'Bonjour, y a-t-il une information collective Prépa Compétences cette semaine ?',
        'agenda',
        [on('2027-01-14'), ['montauban']],
        [...notOn('2027-01-21'), ...notOn('2027-02-11'), ...PAST_JPO],
      ),
    ],
  ),
  c(
    'b28-agenda-next-week',
    ['referent-cd', 'relative-date'],
    [
      t(
        'qu’est-ce qui est prévu la semaine prochaine à l’AFPA ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-25'), ...notOn('2027-01-26'), ...PAST_JPO],
      ),
    ],
  ),
  c(
    'b28-agenda-logistics-then-forklift',
    ['referent-cd', 'no-accents', 'reunion-metier', 'places'],
    [
      t('reunion metier logistique c quand ?', 'agenda', [on('2027-01-26'), at(9)], notOn('2027-02-23')),
      t(
        'il reste des places en cariste ?',
        'agenda',
        [['cariste'], seats(6)],
        ['soudeur', 'plaquiste', 'maçon', 'électricien', 'restauration', 'propreté'],
      ),
    ],
  ),
  c(
    'b28-agenda-plasterer-then-welder',
    ['afpa-montauban', 'terse', 'places'],
    [
      t('plaquiste places dispo ?', 'agenda', [FULL]),
      t(
        'et en soudure ?',
        'agenda',
        [['soudeur', 'soudure'], seats(4)],
        ['plaquiste', 'cariste', 'maçon', 'préparateur', 'électricien'],
      ),
    ],
  ),
  c(
    'b28-agenda-prepa-volet2-entry',
    ['referent-cd', 'no-accents', 'entries', 'prepa-competences'],
    [
      t(
        'prochaine entree prepa comp volet 2 svp',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b28-agenda-february-info-coll',
    ['referent-cd', 'no-accents', 'info-collective', 'relative-date'],
    [
      t(
        'les info coll en fevrier ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [
          ...notOn('2027-01-14'),
          ...notOn('2027-01-21'),
          ...notOn('2027-03-04'),
          ...notOn('2027-03-17'),
          ...notOn('2027-02-03'),
          ...notOn('2027-02-17'),
          ...notOn('2027-02-23'),
        ],
      ),
    ],
  ),
  c(
    'b28-agenda-visits-before-end-january',
    ['referent-cd', 'polite', 'visite-plateau', 'relative-date'],
    [
      t(
        'Est-ce qu’il y a des visites de plateaux techniques avant fin janvier ?',
        'agenda',
        [on('2027-01-19'), ['soudure']],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b28-agenda-pec-entries-then-seats',
    ['referent-cd', 'entries', 'competences-pec'],
    [
      t(
        'dates d’entrée compétences PEC ?',
        'agenda',
        [on('2027-01-20')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
      t('celle du 20 il y a combien de places ?', 'agenda', [seats(4)]),
    ],
  ),
  c(
    'b28-agenda-promo-entry-then-info',
    ['ase', 'polite', 'entries', 'promo-16-18'],
    [
      t('Quand est la prochaine entrée sur La Promo 16/18 ?', 'agenda', [on('2027-02-01')], PAST_JPO),
      t(
        'Y a-t-il une réunion d’information pour les jeunes et leurs parents ?',
        'agenda',
        [on('2027-03-17')],
        PAST_JPO,
      ),
    ],
  ),
  c(
    'b28-agenda-moissac',
    ['referent-cd', 'sms', 'place-filter'],
    [
      t(
        'koi de prévu à Moissac ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...PAST_JPO],
      ),
    ],
  ),
  c(
    'b28-agenda-building-meeting',
    ['referent-cd', 'no-accents', 'reunion-metier'],
    [
      t(
        'reunion batiment a caussade c quand et a quelle heure',
        'agenda',
        [on('2027-02-23'), at(14)],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b28-agenda-march-events',
    ['pilot', 'polite', 'relative-date'],
    [
      t(
        'En mars, qu’est-ce qu’il y a comme événements ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        [...notOn('2027-02-03'), ...notOn('2027-02-23'), ...notOn('2027-01-14'), ...PAST_JPO],
      ),
    ],
  ),
  c(
    'b28-agenda-castelsarrasin-then-prescribe',
    ['referent-cd', 'terse', 'info-collective', 'place-filter'],
    [
      t(
        'info coll a castelsarrasin ?',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
      t('ok je voudrais prescrire une prépa pour une dame de ce secteur', 'prescribe', [
        ['prescri', 'formulaire'],
      ]),
    ],
  ),
];

// ── Eligibility ─────────────────────────────────────────────────────────────

const ELIGIBILITY_CASES: ConversationCase[] = [
  c(
    'b28-elig-brsa-45-not-registered',
    ['referent-cd', 'sms', 'prepa-competences'],
    [
      t(
        'BRSA 45 ans, pas inscrite FT, projet pas clair. prépa comp possible ?',
        'eligibility',
        [YES],
        ['pas éligible à prépa', 'non éligible à prépa', 'ne peut pas bénéficier de prépa'],
      ),
      t(
        'et si elle etait inscrite a FT ça change qqch ?',
        'eligibility',
        [
          [
            'inscrit',
            'ou non',
            'ne change',
            'pas d’incidence',
            "pas d'incidence",
            'également',
            'reste éligible',
            'toujours éligible',
            'même si',
            'peu importe',
          ],
        ],
        ['plus éligible'],
      ),
    ],
  ),
  c(
    'b28-elig-ase-17-left-school',
    ['ase', 'sms', 'promo-16-18'],
    [
      t(
        'jeune ASE 17 ans, a arrêté le lycée en novembre, fait rien depuis. promo 1618 ?',
        'eligibility',
        [YES],
        ['trop jeune', 'trop âgé'],
      ),
      t('faut l autorisation des parents ? il est placé', 'eligibility', [PARENTAL]),
    ],
  ),
  c(
    'b28-elig-ase-15',
    ['ase', 'polite', 'promo-16-18', 'age-boundary'],
    [
      t(
        'Une jeune de 15 ans placée à l’ASE, déscolarisée depuis la rentrée : peut-elle intégrer La Promo 16/18 ?',
        'eligibility',
        [NOT_YET, ['16']],
        SAID_YES_SHE,
      ),
    ],
  ),
  c(
    'b28-elig-pec-employee-rsa',
    ['referent-cd', 'competences-pec'],
    [
      t(
        'Monsieur en PEC depuis 2 mois dans une asso, il est au RSA. Il peut faire Compétences PEC ?',
        'eligibility',
        [YES],
        ['pas éligible à compétences pec', 'non éligible à compétences pec'],
      ),
    ],
  ),
  c(
    'b28-elig-secure-training-entry',
    ['referent-cd', 'typo', 'prepa-competences'],
    [
      t(
        'BRSA inscrit FT, veut rentrer en formation soudeur a l afpa mais il a peur de lacher en cours de route, on lui propose quoi ?',
        'eligibility',
        [PREPA, ['volet 2', ...VOLET2_AIM]],
      ),
    ],
  ),
  c(
    'b28-elig-cdi-not-rsa',
    ['referent-cd', 'no-accents', 'prepa-competences'],
    [
      t(
        'salarie en CDI pas au RSA, il peut faire prepa comp via le CD ?',
        'eligibility',
        [NO, ['rsa']],
        SAID_YES_HE,
      ),
    ],
  ),
  c(
    'b28-elig-apprentice-then-pupil',
    ['ase', 'sms', 'promo-16-18'],
    [
      t('ado ASE 17 ans en apprentissage, eligible promo ?', 'eligibility', [NO], SAID_YES_HE),
      t('et un de 16 ans encore au lycée mais qui décroche ?', 'eligibility', [NO, LEFT_SCHOOL], SAID_YES_HE),
    ],
  ),
  c(
    'b28-elig-rqth-cap-emploi',
    ['referent-cd', 'sms', 'prepa-competences'],
    [
      t(
        'BRSA avec RQTH, suivie par Cap emploi, prepa comp ok ?',
        'eligibility',
        [YES],
        ['pas éligible à prépa'],
      ),
    ],
  ),
  c(
    'b28-elig-rsa-not-in-pec',
    ['referent-cd', 'competences-pec'],
    [
      t(
        'une dame au RSA mais pas en PEC, elle peut faire Compétences PEC ?',
        'eligibility',
        [NO, ['contrat', 'signataire', 'salarié', 'en pec', 'parcours emploi compétences']],
        SAID_YES_SHE,
      ),
    ],
  ),
  c(
    'b28-elig-newcomer-french',
    ['referent-cd', 'polite', 'fle'],
    [
      t(
        'Monsieur au RSA, arrivé d’Afghanistan l’an dernier, parle très peu français : qu’est-ce que je peux lui proposer ?',
        'eligibility',
        [FLE],
      ),
    ],
  ),
];

// ── Out of scope ────────────────────────────────────────────────────────────

const OUT_OF_SCOPE_CASES: ConversationCase[] = [
  c(
    'b28-oos-cej-mission-locale',
    ['mission-locale', 'polite'],
    [
      t(
        'Pouvez-vous m’expliquer comment fonctionne le Contrat d’engagement jeune de la Mission locale ?',
        'out_of_scope',
        [OUTSIDE],
      ),
    ],
  ),
  c(
    'b28-oos-prepa-pay',
    ['referent-cd', 'no-accents', 'prepa-competences', 'agreement-silent'],
    [t('pdt la prepa comp la personne est remuneree ? combien ?', 'out_of_scope', [OUTSIDE], NO_AMOUNT)],
  ),
  c(
    'b28-oos-caf-hours',
    ['referent-cd', 'sms'],
    [t('tu connais les horaires de la CAF de montauban ?', 'out_of_scope', [OUTSIDE])],
  ),
  c(
    'b28-oos-leave-intranet',
    ['referent-cd', 'personal'],
    [t('comment je pose mes congés sur l’intranet du CD ?', 'out_of_scope', [OUTSIDE])],
  ),
  c(
    'b28-oos-greta',
    ['mission-locale', 'terse'],
    [t('formations du GRETA a Castelsarrasin ?', 'out_of_scope', [OUTSIDE])],
  ),
  c(
    'b28-oos-transport-costs',
    ['referent-cd', 'typo', 'agreement-silent'],
    [t('l afpa rembourse les frais de transprot des stagiaires ?', 'out_of_scope', [OUTSIDE], NO_AMOUNT)],
  ),
];

// ── Contacts, roles and figures ─────────────────────────────────────────────

const CONTACT_FIGURES_CASES: ConversationCase[] = [
  c(
    'b28-contact-afpa-then-dept-referent',
    ['referent-cd', 'polite'],
    [
      t('Bonjour, qui est mon interlocuteur à l’AFPA pour la Prépa Compétences ?', 'contact', [CONTACT_AFPA]),
      t('Et côté Département, qui est le référent de l’expérimentation ?', 'contact', [NOT_NAMED]),
    ],
  ),
  c(
    'b28-contact-coordinator-then-agreement-followup',
    ['pilot', 'no-accents'],
    [
      t('qui coordonne les dispositifs cote afpa ?', 'contact', [VELLA]),
      t('et cote Departement qui suit l accord ?', 'contact', [DEPT_SIDE]),
    ],
  ),
  c(
    'b28-figures-targets-then-reporting',
    ['pilot', 'polite'],
    [
      t(
        'Bonjour, pouvez-vous me rappeler les objectifs chiffrés du plan d’action pour les trois dispositifs ?',
        'figures',
        [OBJ_30, OBJ_50, OBJ_10],
      ),
      t('Et ces chiffres, l’AFPA les transmet à qui ?', 'figures', [REPORTED_TO]),
    ],
  ),
  c(
    'b28-figures-indicators-then-copil',
    ['pilot', 'terse'],
    [
      t(
        'quels indicateurs sont suivis pour les JPO, infos coll et visites de plateaux ?',
        'figures',
        [['nombre'], ['allocataires', 'bénéficiaires', 'participants']],
        PAST_JPO,
      ),
      t('et le copil il se reunit tous les combien ?', 'figures', [COPIL_FREQ]),
    ],
  ),
];

// ── Prescription and follow-up ──────────────────────────────────────────────

const PRESCRIBE_CASES: ConversationCase[] = [
  c(
    'b28-presc-promo-ase',
    ['ase', 'polite', 'promo-16-18'],
    [
      t(
        'Comment je fais pour prescrire La Promo 16/18 pour un jeune suivi par mon service ASE ?',
        'prescribe',
        [['panda', 'formulaire', 'prescri', 'inscri']],
      ),
    ],
  ),
  c(
    'b28-presc-status-then-report',
    ['referent-cd', 'no-accents', 'follow-up'],
    [
      t('ou en sont mes prescriptions ?', 'prescribe', [['prescription']]),
      t('a la fin de la prepa je recois un bilan ?', 'prescribe', [
        AFPA,
        ['oui', 'individuel', 'fin du parcours', 'issue'],
      ]),
    ],
  ),
  c(
    'b28-presc-panda-who-then-access',
    ['referent-cd', 'sms', 'follow-up'],
    [
      t('c moi qui inscris la personne sur panda ou c l afpa ?', 'prescribe', [
        ['vous', 'référent', 'conseiller', 'travailleur'],
        PANDA,
      ]),
      t('et qui me donne les acces ?', 'prescribe', [AFPA]),
    ],
  ),
  c(
    'b28-presc-pec-employer',
    ['referent-cd', 'typo', 'competences-pec'],
    [
      t('l employeur de mon PEC doit signer qqch pour compétences PEC ?', 'prescribe', [
        ['employeur'],
        ['accord', 'inform'],
      ]),
    ],
  ),
];

export const TWENTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  ...DISPOSITIF_CASES,
  ...AGENDA_CASES,
  ...ELIGIBILITY_CASES,
  ...OUT_OF_SCOPE_CASES,
  ...CONTACT_FIGURES_CASES,
  ...PRESCRIBE_CASES,
];
