/**
 * Conversation sets written blind, from the agreement (Département de Tarn-et-Garonne – AFPA,
 * 2022, with its action plan and the protocol of the three programmes) and from the way
 * référents insertion type in Teams: abbreviations, no accents, typos, SMS style, rambling.
 *
 * Each case is a short conversation in its own personal chat. Each turn says what the
 * answer is about (`intent`, for the scores) and what its visible text must hold:
 * `mustContain` is a list of groups, every group must be matched by at least one of its
 * alternatives (case- and accent-insensitive substring); `mustNotContain` lists what must
 * not appear (an item of the agenda that does not answer, a fact of another dispositif).
 *
 * Agenda cases are written against `agenda-fixture.ts`, with today frozen at
 * Monday 11 January 2027 (Europe/Paris).
 */

export type Intent =
  'dispositif' | 'agenda' | 'eligibility' | 'out_of_scope' | 'contact' | 'figures' | 'prescribe' | 'other';

export const INTENTS: readonly Intent[] = [
  'dispositif',
  'agenda',
  'eligibility',
  'out_of_scope',
  'contact',
  'figures',
  'prescribe',
  'other',
];

export type Expectation = { intent: Intent; mustContain: string[][]; mustNotContain?: string[] };
export type ConversationTurn = { say: string; expect: Expectation };
export type ConversationCase = { id: string; tags: string[]; turns: ConversationTurn[] };

// ── Building blocks ─────────────────────────────────────────────────────────

type Difficulty = 'easy' | 'medium' | 'hard';

/**
 * The generic « I did not understand » answer is never right, whatever words it happens
 * to contain (its menu has a « Prescrire » button, « dispositif », « agenda »…).
 */
export const FALLBACK = ['pas sûr d’avoir compris'];

export function turn(
  say: string,
  intent: Intent,
  mustContain: string[][],
  mustNotContain: string[] = [],
): ConversationTurn {
  return {
    say,
    expect: { intent, mustContain, mustNotContain: [...new Set([...FALLBACK, ...mustNotContain])] },
  };
}

/** A conversation; its tags get the intents of its turns and its difficulty. */
function conv(
  id: string,
  difficulty: Difficulty,
  tags: string[],
  turns: ConversationTurn[],
): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, difficulty, ...extra, ...tags])], turns };
}

/** A one-question case. */
function one(
  id: string,
  difficulty: Difficulty,
  tags: string[],
  say: string,
  intent: Intent,
  mustContain: string[][],
  mustNotContain?: string[],
): ConversationCase {
  return conv(id, difficulty, tags, [turn(say, intent, mustContain, mustNotContain)]);
}

// Dates of the fixture, in the ways a French answer may write them.
const MONTHS = ['janv', 'fev', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const pad = (n: number) => String(n).padStart(2, '0');

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

/** « 4 places », « places : 4 », « places disponibles : 4 » (never « 14 places »). */
export function seats(n: number): string[] {
  return [` ${n} place`, `places : ${n}`, `places disponibles : ${n}`, `place(s) : ${n}`];
}

function dayParts(iso: string): { y: number; m: number; d: number; days: string[] } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d, days: d === 1 ? ['1er', '1'] : [String(d)] };
}

/** « 14 janv(ier) », « jeudi 14 », « du 14 au », « 14/01 », « 2027-01-14 ». */
export function on(iso: string): string[] {
  const { y, m, d, days } = dayParts(iso);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const alternatives = days.flatMap((day) => [
    ` ${day} ${MONTHS[m - 1]}`,
    `${weekday} ${day} `,
    `du ${day} au`,
  ]);
  return [...alternatives, `${pad(d)}/${pad(m)}`, iso];
}

/** What must not appear when the item of that day must not be listed. */
export function notOn(iso: string): string[] {
  const { m, d, days } = dayParts(iso);
  return [...days.map((day) => ` ${day} ${MONTHS[m - 1]}`), `${pad(d)}/${pad(m)}`, iso];
}

// Facts of the agreement, as alternatives.
const PREPA_DURATION = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours'];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées'];
const SIX_WORKSHOPS = ['6 ateliers', 'six ateliers'];
const HALF_DAY = ['demi-journée', 'demi journée', '1/2 journée'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi', 'lundi-jeudi'];
const PROMO_PUBLIC = [
  'décroch',
  'quitté',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'déscolaris',
  'ne travaillent pas',
  'sortis du système scolaire',
];
const AGE_1618 = ['16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur'];
const PARENTS = ['autorisation parentale', 'autorisations parentales', 'accord des parents', 'parents'];
const PRESENTIEL = ['présentiel', 'sur place'];
const DISTANCE = ['à distance', 'distanciel'];
const MONTAUBAN = ['montauban'];
const DELOCALISED = [
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
];
const PRESCRIBED_BY_DEPARTEMENT = [
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
];
const ADHESION = ['adhésion', 'son accord', 'accord de la personne', 'recueill', 'consentement'];
const EMPLOYER_AGREES = [
  'accord de l’employeur',
  'accord de son employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'accord du patron',
  'employeur donne son accord',
  'employeur est d’accord',
];
const PEC_START = ['signature', 'premiers mois'];
const CERTIFICATION = ['certification', 'vae', 'rsfp', 'cléa'];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const ONE_DAY = ['1 jour', 'une journée', '1 journée', 'un jour'];
const BILAN = ['bilan individuel'];
const PANDA = ['panda'];
const REFERENT = ['référent', 'conseiller'];
const NOT_REGISTERED_TOO = [
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'pas inscrit',
  'qu’ils soient inscrits',
  'même sans inscription',
];

const OUT_OF_SCOPE = [
  'ne prévoit pas',
  'ne dit rien',
  'n’en dit rien',
  'hors de l’accord',
  'hors accord',
  'en dehors de l’accord',
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
  'pas prévu par l’accord',
  'pas dans l’accord',
];
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];

const NOT_AVAILABLE = [
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
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
  '30 brsa',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
];

const DIRECTOR = [
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
];
const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement & parcours'];
const DEPT_REFERENT = [
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
];

const ELIGIBLE = [
  'prescription possible',
  'est éligible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
];
const NOT_ELIGIBLE = [
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
];
const OTHER_PRESCRIBER = [
  'autre prescripteur',
  'son prescripteur',
  'cap emploi',
  'france travail',
  'pôle emploi',
];
/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group, which only
 * the form itself has (its session choice or its dispositif choice).
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];
/** A question about a dispositif, with a person in it, is not an eligibility interview. */
const NO_INTERVIEW = ['quel âge', 'quelle est sa situation'];

// ── Practical questions on one dispositif ───────────────────────────────────

const practical: ConversationCase[] = [
  // Prépa Compétences
  one(
    'prepa-duree',
    'easy',
    ['abbrev', 'sms'],
    'prepa comp ca dure cb de temps ?',
    'dispositif',
    [PREPA_DURATION],
    ['13 semaines'],
  ),
  one('prepa-volet1-jours', 'medium', ['volet'], 'combien de jours le volet 1 de la prepa', 'dispositif', [
    VOLET1_DAYS,
  ]),
  one(
    'prepa-volet2-jours',
    'medium',
    ['volet', 'sms'],
    'volet 2 prépa compétences c combien de jours max',
    'dispositif',
    [VOLET2_DAYS],
  ),
  one(
    'prepa-semaines',
    'medium',
    ['abbrev'],
    'prepa comp c etalé sur combien de semaines au total',
    'dispositif',
    [TWO_WEEKS],
  ),
  one('prepa-public', 'medium', ['abbrev', 'sms'], 'c pour qui prepa competence', 'dispositif', [
    ['rsa', 'r.s.a'],
    NOT_REGISTERED_TOO,
  ]),
  one(
    'prepa-ou',
    'medium',
    ['abbrev', 'where'],
    'prepa comp ca se passe ou ? mes gens sont pas tous sur montauban',
    'dispositif',
    [MONTAUBAN, DELOCALISED],
  ),
  one('prepa-cout-cd', 'medium', ['cost'], 'ça coûte combien au CD une prépa comp ?', 'dispositif', [FREE]),
  one(
    'prepa-contenu',
    'medium',
    ['content'],
    'concretement on fait quoi pendant une prepa comp',
    'dispositif',
    [
      ['atelier', 'se préparer', '4 phases', 'quatre phases', 'diagnostic'],
      ['projet professionnel', 'projet pro', 'entrée en formation'],
    ],
  ),
  one('prepa-fin', 'medium', ['end'], 'a la fin de la prepa le referent a un retour ou pas ?', 'dispositif', [
    BILAN,
  ]),
  one(
    'prepa-adhesion',
    'medium',
    ['who-agrees'],
    'prepa comp faut que la personne soit d accord ou on peut l y envoyer',
    'dispositif',
    [ADHESION],
  ),
  one('prepa-distance', 'easy', ['modality'], 'la prepa cest obligatoirement en presentiel ?', 'dispositif', [
    DISTANCE,
  ]),
  one(
    'prepa-hors-afpa',
    'hard',
    ['content'],
    'prepa comp ca vaut aussi si elle veut rentrer en formation ailleurs qu a l afpa, genre au greta ?',
    'dispositif',
    [['autre organisme', 'hors afpa', 'hors a.f.p.a', 'ailleurs', 'autres organismes', 'autre centre']],
  ),
  one('prepa-panda', 'medium', ['panda'], 'qui inscrit la personne sur panda pour la prepa', 'dispositif', [
    PANDA,
    REFERENT,
  ]),
  one('prepa-phases', 'medium', ['content'], 'les 4 phases de prépa comp c quoi deja', 'dispositif', [
    ['se préparer'],
    ['s’engager'],
    ['réfléchir'],
    ['agir'],
  ]),
  one('prepa-but', 'easy', ['abbrev'], 'prepa competences ca sert a quoi', 'dispositif', [
    ['projet professionnel', 'projet pro'],
    ['formation'],
  ]),
  one(
    'prepa-partiel-distance',
    'hard',
    ['modality'],
    'on peut faire juste une partie de la prepa en visio et le reste sur place ?',
    'dispositif',
    [['tout ou partie', 'en partie', 'partiellement', 'mixte', 'une partie']],
  ),

  // Compétences PEC
  one(
    'pec-duree',
    'medium',
    ['abbrev'],
    'la PEC ca dure combien',
    'dispositif',
    [
      PEC_DAYS,
      [
        'durée du contrat',
        'durée du pec',
        'durée du p.e.c',
        'répartis',
        'au long du contrat',
        'pendant le contrat',
      ],
    ],
    ['2 à 8 jours', '13 semaines'],
  ),
  one(
    'pec-ateliers',
    'medium',
    ['abbrev', 'sms'],
    'comp pec y a combien d ateliers d une demi journee',
    'dispositif',
    [SIX_WORKSHOPS],
  ),
  one('pec-etapes', 'medium', ['content', 'sms'], 'c quoi les etapes de competences pec', 'dispositif', [
    ['5 phases', 'cinq phases', '5 étapes', 'cinq étapes'],
    ['positionnement'],
    ['vae', 'rsfp', 'cléa'],
  ]),
  one(
    'pec-employeur',
    'medium',
    ['who-agrees', 'abbrev'],
    'pec : l employeur doit donner son feu vert ?',
    'dispositif',
    [EMPLOYER_AGREES],
  ),
  one(
    'pec-quand',
    'hard',
    ['start'],
    'a partir de quand on peut lancer competences pec pour qqun en contrat pec',
    'dispositif',
    [PEC_START],
  ),
  one('pec-fin', 'medium', ['end'], 'qu est ce que la personne obtient a la fin de comp pec', 'dispositif', [
    CERTIFICATION,
  ]),
  one(
    'pec-portefeuille',
    'medium',
    ['content'],
    'ils font un portefeuille de competences pour tout le monde en pec ?',
    'dispositif',
    [['chaque bénéficiaire', 'systématique', 'pour chaque', 'tous les bénéficiaires']],
  ),
  one('pec-vae-jours', 'hard', ['content'], 'la vae dans comp pec ca prend combien de jours', 'dispositif', [
    VAE_DAYS,
  ]),
  one('rsfp-public', 'medium', ['abbrev', 'sms'], 'rsfp c pour qui ?', 'dispositif', [
    ['prérequis', 'pré-requis', 'prés-requis'],
  ]),
  one('pec-clea-jours', 'hard', ['content'], 'clea socle dans la pec combien de temps', 'dispositif', [
    ONE_DAY,
  ]),
  one('pec-distance', 'easy', ['modality'], 'comp pec on peut le faire a distance ?', 'dispositif', [
    DISTANCE,
  ]),
  one(
    'pec-premier-rdv',
    'hard',
    ['content'],
    'le premier rdv avec le consultant afpa en pec ca dure combien',
    'dispositif',
    [HALF_DAY],
  ),
  one(
    'pec-inscription',
    'medium',
    ['panda'],
    'pour comp pec c moi qui fais l inscription cote afpa ou c eux ?',
    'dispositif',
    [REFERENT, ['plateforme', 'panda', 'inscri']],
  ),
  one('pec-cout', 'medium', ['cost'], 'comp pec c payant pour le departement ?', 'dispositif', [FREE]),
  one(
    'pec-positionnement',
    'hard',
    ['content'],
    'l atelier de positionnement en pec c quoi exactement',
    'dispositif',
    [['référentiel', 'comparaison', 'compare'], HALF_DAY],
  ),
  one('pec-bilan', 'medium', ['end'], 'apres la vae en pec le referent recoit un bilan ?', 'dispositif', [
    BILAN,
  ]),

  // La Promo 16/18
  one('promo-public-1618', 'hard', ['abbrev', 'sms'], 'c pour qui la 1618', 'dispositif', [PROMO_PUBLIC]),
  one(
    'promo-semaines',
    'easy',
    ['abbrev'],
    'la promo 16 18 combien de semaines',
    'dispositif',
    [PROMO_DURATION],
    ['2 à 8 jours'],
  ),
  one('promo-jours', 'medium', ['abbrev', 'sms'], 'promo1618 cest quels jours de la semaine', 'dispositif', [
    PROMO_DAYS,
  ]),
  one('promo-4-mois', 'medium', ['duration'], 'la promo ça peut aller au dela de 3 mois ?', 'dispositif', [
    ['4 mois', 'quatre mois'],
  ]),
  one(
    'promo-orienteurs',
    'medium',
    ['prescriber'],
    'qui oriente les jeunes vers la promo 16/18',
    'dispositif',
    [
      ['mission locale', 'missions locales'],
      ['cio', 'c.i.o'],
    ],
  ),
  one('promo-phases', 'medium', ['content', 'sms'], 'promo 16 18 c quoi les phases', 'dispositif', [
    ['engagement'],
    ['construction'],
    ['suite'],
  ]),
  one(
    'promo-apres',
    'hard',
    ['end'],
    'et apres la promo les jeunes sont lachés dans la nature ou suivis ?',
    'dispositif',
    [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ],
  ),
  one('promo-code', 'medium', ['content'], 'y a du code de la route dans la promo 1618 ?', 'dispositif', [
    ['code de la route'],
  ]),
  one(
    'promo-ase',
    'medium',
    ['prescriber'],
    'les jeunes de l ase ils peuvent aller sur la promo 1618 ?',
    'dispositif',
    [
      ['aide sociale à l’enfance', 'ase'],
      [
        'peuvent bénéficier',
        'peut bénéficier',
        'peuvent en bénéficier',
        'orientation facilitée',
        'éligible',
        'prescription possible',
      ],
    ],
  ),
  one(
    'promo-engagement',
    'hard',
    ['content'],
    'la semaine d engagement de la promo elle sert a quoi',
    'dispositif',
    [['autorisations parentales', 'autorisation parentale', 'pièces administratives']],
  ),
  one(
    'promo-distance',
    'medium',
    ['modality'],
    'promo 1618 en distanciel c possible ?',
    'dispositif',
    [PRESENTIEL],
    ['tout ou partie'],
  ),
  one('promo-chantier', 'hard', ['content'], 'c quoi le chantier solidaire dans la promo', 'dispositif', [
    ['6 semaines', 'six semaines', 'phase 2', 'construction'],
    ['collectivité', 'utile'],
  ]),
  one('promo-sorties', 'medium', ['end'], 'la promo ca debouche sur quoi pour le jeune', 'dispositif', [
    ['apprentissage', 'alternance', 'e2c', 'epide', 'e.p.i.d.e', 'cursus scolaire', 'scolaire'],
  ]),

  // The other offers of the agreement
  one('clea-numerique', 'easy', ['sms'], 'clea numerique cest quoi', 'dispositif', [
    ['numérique'],
    ['usages', 'environnement de travail'],
  ]),
  one('open-badges', 'medium', ['sms'], 'open badges ??', 'dispositif', [
    ['reconnaissance', 'reconnaître', 'valoris'],
    ['soft skills', 'compétences douces', 'savoir-être', 'compétences transverses', 'informel'],
  ]),
  one('fle', 'medium', ['abbrev'], 'l afpa fait du FLE pour les primo arrivants ?', 'dispositif', [
    ['français à visée professionnelle', 'français langue étrangère'],
    ['primo', 'débutant'],
  ]),
  one('vae-vs-rsfp', 'medium', ['abbrev', 'sms'], 'diff entre vae et rsfp', 'dispositif', [
    ['prérequis', 'pré-requis'],
  ]),
  one('vae-titres', 'hard', [], 'la vae a l afpa c sur quels diplomes', 'dispositif', [
    ['titres professionnels', 'titre professionnel'],
    ['ministère'],
  ]),
  one(
    'clauses-sociales',
    'hard',
    [],
    'clauses sociales, chantiers d insertion : l afpa peut preparer nos gens avant ?',
    'dispositif',
    [['premiers gestes', 'gestes techniques']],
  ),
  one(
    'droit-commun',
    'hard',
    ['abbrev'],
    'les formations classiques de l afpa nos brsa y ont acces ? qui finance',
    'dispositif',
    [['région', 'régional', 'financeurs publics']],
  ),
  one('clea', 'easy', [], 'cléa c pour quoi exactement', 'dispositif', [['compétences de base', 'socle']]),
];

// ── Two questions in one ────────────────────────────────────────────────────

const twoInOne: ConversationCase[] = [
  one(
    '2q-prepa-duree-prescripteur',
    'medium',
    ['two-questions'],
    'prepa comp combien de temps et qui prescrit ?',
    'dispositif',
    [PREPA_DURATION, PRESCRIBED_BY_DEPARTEMENT],
  ),
  one(
    '2q-promo-duree-jours',
    'medium',
    ['two-questions', 'sms'],
    'promo 16 18 ca dure cb et c quels jours',
    'dispositif',
    [PROMO_DURATION, PROMO_DAYS],
  ),
  one(
    '2q-pec-jours-employeur',
    'medium',
    ['two-questions'],
    'pec : combien de jours en tout et faut il l accord du patron ?',
    'dispositif',
    [PEC_DAYS, EMPLOYER_AGREES],
  ),
  one(
    '2q-prepa-ou-distance',
    'medium',
    ['two-questions', 'sms'],
    'prepa comp c ou et ca peut se faire a distance ?',
    'dispositif',
    [MONTAUBAN, DISTANCE],
  ),
  one(
    '2q-promo-public-orienteur',
    'medium',
    ['two-questions', 'abbrev'],
    'c quoi la 1618 et qui peut y envoyer un jeune',
    'dispositif',
    [PROMO_PUBLIC, ['mission locale', 'missions locales', 'cio', 'c.i.o']],
  ),
  one(
    '2q-volets',
    'hard',
    ['two-questions', 'volet'],
    'volet 1 volet 2 c quoi la diff et cb de jours chacun',
    'dispositif',
    [['projet'], ['entrée en formation', 'sécuris'], VOLET1_DAYS, VOLET2_DAYS],
  ),
  one(
    '2q-pec-phases-bilan',
    'medium',
    ['two-questions'],
    'comp pec c combien de phases et y a un bilan a la fin ?',
    'dispositif',
    [['5 phases', 'cinq phases', '5 étapes', 'cinq étapes'], ['bilan']],
  ),
  one(
    '2q-promo-age-parents',
    'medium',
    ['two-questions'],
    'la promo c pour quel age et faut l accord des parents ?',
    'dispositif',
    [AGE_1618, PARENTS],
  ),
  one(
    '2q-pec-vae-clea',
    'hard',
    ['two-questions'],
    'vae rsfp clea dans comp pec ça prend combien de temps chacun',
    'dispositif',
    [VAE_DAYS, ONE_DAY],
  ),
  one(
    '2q-prepa-ft-duree',
    'hard',
    ['two-questions', 'abbrev'],
    'prepa comp : ouvert aux brsa pas inscrits a FT ? et c combien de jours ?',
    'dispositif',
    [NOT_REGISTERED_TOO, PREPA_DURATION],
  ),
  one(
    '2q-panda-bilan',
    'medium',
    ['two-questions', 'panda'],
    'qui trace les parcours et qui m envoie le bilan a la fin de la prepa ?',
    'dispositif',
    [PANDA, BILAN],
  ),
  one(
    '2q-pec-quand-distance',
    'hard',
    ['two-questions'],
    'comp pec : on peut le mobiliser quand et c a distance ou sur place ?',
    'dispositif',
    [PEC_START, DISTANCE],
  ),
];

// ── A person in the question, which is not an eligibility check ─────────────

const personMention: ConversationCase[] = [
  one(
    'pers-allocataire-duree',
    'medium',
    ['person-mention'],
    'mon allocataire veut savoir combien de temps dure prepa comp',
    'dispositif',
    [PREPA_DURATION],
    NO_INTERVIEW,
  ),
  one(
    'pers-dame-distance',
    'medium',
    ['person-mention'],
    'une dame au rsa me demande si la prepa peut se faire a distance, elle a pas le permis',
    'dispositif',
    [DISTANCE],
    NO_INTERVIEW,
  ),
  one(
    'pers-pec-fin',
    'medium',
    ['person-mention', 'rambling'],
    'j ai un monsieur en contrat pec dans une asso depuis 3 mois il veut savoir ce qu il aura a la fin de competences pec',
    'dispositif',
    [CERTIFICATION],
    NO_INTERVIEW,
  ),
  one(
    'pers-ase-jours',
    'hard',
    ['person-mention'],
    'un jeune de l ase (17 ans) me demande si la promo c tous les jours',
    'dispositif',
    [PROMO_DAYS],
    NO_INTERVIEW,
  ),
  one(
    'pers-ou',
    'medium',
    ['person-mention'],
    'ma beneficiaire demande ou ca se passe la prepa',
    'dispositif',
    [MONTAUBAN],
    NO_INTERVIEW,
  ),
  one(
    'pers-payant',
    'hard',
    ['person-mention', 'abbrev', 'cost'],
    'mon brsa me demande si c payant prepa comp',
    'dispositif',
    [FREE],
    NO_INTERVIEW,
  ),
  one(
    'pers-garde',
    'hard',
    ['person-mention', 'rambling'],
    'une maman solo au rsa veut faire prepa comp mais elle galere pour faire garder ses enfants, c qui qui s occupe de ca',
    'dispositif',
    [['garde d'], REFERENT],
  ),
  one(
    'pers-promo-contenu',
    'medium',
    ['person-mention'],
    'le jeune que je suis veut savoir ce qu on fait pendant la promo 1618',
    'dispositif',
    [['atelier', 'métiers', 'open badges', 'chantier', 'code de la route']],
    NO_INTERVIEW,
  ),
  one(
    'pers-bilan',
    'medium',
    ['person-mention'],
    'mon allocataire a fini sa prepa comp vendredi, est ce que je vais recevoir qqch ?',
    'dispositif',
    [BILAN],
    NO_INTERVIEW,
  ),
  one(
    'pers-pec-trop-tard',
    'hard',
    ['person-mention'],
    'monsieur en PEC depuis 2 mois, on peut encore lui proposer comp pec ou c trop tard ?',
    'dispositif',
    [PEC_START],
  ),
  one(
    'pers-jours-semaine',
    'hard',
    ['person-mention'],
    'ma dame au RSA a 58 ans elle demande sur combien de temps ca s etale la prepa, elle a des rdv medicaux',
    'dispositif',
    [TWO_WEEKS],
    NO_INTERVIEW,
  ),
  one(
    'pers-promo-paye',
    'hard',
    ['person-mention'],
    'un jeune ase de 16 ans veut savoir si il sera payé pendant la promo',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, ...NO_INTERVIEW],
  ),
];

// ── The published agenda (fixture of 11 January 2027) ───────────────────────

const agenda: ConversationCase[] = [
  one(
    'ag-jpo',
    'easy',
    ['type'],
    'prochaines JPO',
    'agenda',
    [on('2027-02-03'), on('2027-02-17')],
    notOn('2027-01-07'),
  ),
  one(
    'ag-jpo-moissac',
    'medium',
    ['type', 'town', 'no-preposition'],
    'JPO moissac',
    'agenda',
    [on('2027-02-17')],
    notOn('2027-02-03'),
  ),
  one(
    'ag-jpo-montauban',
    'easy',
    ['type', 'town'],
    'jpo a montauban ?',
    'agenda',
    [on('2027-02-03')],
    [...notOn('2027-02-17'), ...notOn('2027-01-07')],
  ),
  one(
    'ag-infocoll-prepa',
    'medium',
    ['type', 'dispositif-filter', 'abbrev'],
    'info coll prepa comp',
    'agenda',
    [on('2027-01-14'), on('2027-01-21')],
    [...notOn('2027-02-09'), ...notOn('2027-03-17')],
  ),
  one(
    'ag-infocoll-fevrier',
    'medium',
    ['type', 'month', 'abbrev'],
    'infos coll en fevrier',
    'agenda',
    [on('2027-02-09'), on('2027-02-11')],
    [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-02-03')],
  ),
  one(
    'ag-semaine-prochaine',
    'hard',
    ['relative-date'],
    'qu est ce qu il y a la semaine prochaine a l afpa',
    'agenda',
    [on('2027-01-19'), on('2027-01-21')],
    [...notOn('2027-01-14'), ...notOn('2027-01-26')],
  ),
  one(
    'ag-lundi-prochain',
    'hard',
    ['relative-date', 'session'],
    'des entrees prepa lundi prochain ?',
    'agenda',
    [on('2027-01-18'), ['volet 1']],
    notOn('2027-02-15'),
  ),
  one(
    'ag-avant-fin-janvier',
    'hard',
    ['relative-date', 'type', 'abbrev'],
    'info coll avant fin janvier ?',
    'agenda',
    [on('2027-01-14'), on('2027-01-21')],
    [...notOn('2027-02-09'), ...notOn('2027-02-11')],
  ),
  one('ag-visites', 'easy', ['type'], 'visites de plateaux techniques', 'agenda', [
    on('2027-01-19'),
    on('2027-03-10'),
  ]),
  one(
    'ag-visite-soudure',
    'medium',
    ['type', 'trade'],
    'visite plateau soudure',
    'agenda',
    [on('2027-01-19')],
    notOn('2027-03-10'),
  ),
  one(
    'ag-dispo-soudure',
    'hard',
    ['places', 'trade', 'sms'],
    'dispo soudure ?',
    'agenda',
    [
      ['soudeur', 'soudure'],
      [...on('2027-02-01'), ...seats(4)],
    ],
    OTHER_TRAININGS('soudeur'),
  ),
  one(
    'ag-places-maconnerie',
    'medium',
    ['places', 'trade'],
    'places en maconnerie',
    'agenda',
    [['maçon'], [...on('2027-02-15'), ...seats(3)]],
    OTHER_TRAININGS('maçon'),
  ),
  one(
    'ag-places-cariste',
    'medium',
    ['places', 'trade'],
    'y a de la place en formation cariste ?',
    'agenda',
    [['cariste'], [...on('2027-01-27'), ...seats(6)]],
    OTHER_TRAININGS('cariste', 'préparateur'),
  ),
  one(
    'ag-places-logistique',
    'medium',
    ['places', 'trade', 'with-places'],
    'formations logistique avec des places',
    'agenda',
    [['cariste'], ['préparateur de commandes']],
    OTHER_TRAININGS('cariste', 'préparateur'),
  ),
  one(
    'ag-places-proprete-moissac',
    'medium',
    ['places', 'trade', 'town', 'no-preposition'],
    'agent de proprete moissac places',
    'agenda',
    [['propreté'], [...on('2027-02-22'), ...seats(7)]],
    OTHER_TRAININGS('propreté'),
  ),
  one(
    'ag-places-electricien',
    'medium',
    ['places', 'trade'],
    'electricien batiment il reste des places ?',
    'agenda',
    [
      ['électricien', 'électricité'],
      [...on('2027-03-08'), ...seats(2)],
    ],
    OTHER_TRAININGS('électricien'),
  ),
  one(
    'ag-places-plaquiste',
    'hard',
    ['places', 'trade'],
    'plaquiste des places ?',
    'agenda',
    [['plaquiste'], [...seats(0), 'aucune place', 'complet', 'plus de place', 'pas de place']],
    OTHER_TRAININGS('plaquiste'),
  ),
  one('ag-reunion-batiment', 'easy', ['type', 'trade'], 'reunion metier batiment', 'agenda', [
    on('2027-02-23'),
    ['caussade'],
  ]),
  one(
    'ag-reunion-logistique',
    'medium',
    ['type', 'trade'],
    'réunions métiers logistique c quand',
    'agenda',
    [on('2027-01-26')],
    notOn('2027-02-23'),
  ),
  one(
    'ag-castelsarrasin',
    'medium',
    ['town'],
    'qu est-ce qu il y a à Castelsarrasin ?',
    'agenda',
    [on('2027-01-21')],
    [...notOn('2027-01-14'), ...notOn('2027-02-17')],
  ),
  one(
    'ag-castel-janvier',
    'hard',
    ['town', 'abbrev', 'month'],
    'castel il se passe quoi en janvier',
    'agenda',
    [on('2027-01-21')],
    notOn('2027-01-14'),
  ),
  one(
    'ag-valence',
    'hard',
    ['town', 'typo', 'no-preposition'],
    'valence dagen info coll ?',
    'agenda',
    [on('2027-03-04')],
    notOn('2027-01-14'),
  ),
  one('ag-caussade', 'medium', ['town', 'no-preposition'], 'evenements caussade', 'agenda', [
    on('2027-02-23'),
  ]),
  one(
    'ag-entrees-prepa',
    'easy',
    ['session'],
    'prochaines entrees prepa comp',
    'agenda',
    [on('2027-01-18')],
    notOn('2027-01-20'),
  ),
  one(
    'ag-prepa-volet2',
    'medium',
    ['session', 'volet'],
    'prepa comp volet 2 prochaine session',
    'agenda',
    [on('2027-02-15')],
    [...notOn('2027-01-18'), ...notOn('2027-02-08')],
  ),
  one(
    'ag-prepa-distanciel',
    'medium',
    ['session', 'modality'],
    'prepa comp en distanciel c quand',
    'agenda',
    [on('2027-02-08')],
    notOn('2027-01-18'),
  ),
  one(
    'ag-prepa-avec-places',
    'medium',
    ['session', 'with-places'],
    'sessions prepa avec des places',
    'agenda',
    [on('2027-01-18')],
    notOn('2027-01-25'),
  ),
  one(
    'ag-pec-atelier2',
    'medium',
    ['session', 'volet'],
    'atelier 2 pec dates',
    'agenda',
    [on('2027-01-20'), on('2027-03-03')],
    notOn('2027-02-10'),
  ),
  one(
    'ag-pec-atelier3',
    'medium',
    ['session', 'volet'],
    'entrees PEC atelier 3',
    'agenda',
    [on('2027-02-10')],
    notOn('2027-01-20'),
  ),
  one('ag-promo-entree', 'easy', ['session'], 'prochaine entree promo 16 18', 'agenda', [
    on('2027-02-01'),
    MONTAUBAN,
  ]),
  one(
    'ag-mars',
    'medium',
    ['month'],
    'quoi de prevu en mars',
    'agenda',
    [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
    [...notOn('2027-02-23'), ...notOn('2027-01-26')],
  ),
  one(
    'ag-valence-mars',
    'medium',
    ['town', 'month', 'type'],
    'infos coll prepa a valence d agen en mars',
    'agenda',
    [on('2027-03-04')],
  ),
  one(
    'ag-infocoll-promo',
    'medium',
    ['type', 'dispositif-filter'],
    'y a une info coll pour la promo 1618 ?',
    'agenda',
    [on('2027-03-17')],
    notOn('2027-01-14'),
  ),
  one(
    'ag-infoco-pec',
    'hard',
    ['type', 'dispositif-filter', 'abbrev'],
    'info co pec ?',
    'agenda',
    [on('2027-02-09'), ['moissac']],
    notOn('2027-01-14'),
  ),
  one(
    'ag-cette-semaine',
    'hard',
    ['relative-date'],
    'evenements cette semaine',
    'agenda',
    [on('2027-01-14')],
    [...notOn('2027-01-07'), ...notOn('2027-01-19')],
  ),
  one(
    'ag-jpo-janvier',
    'hard',
    ['type', 'month', 'past'],
    'JPO en janvier ?',
    'agenda',
    [['aucun', 'aucune', 'pas de', 'n’y a pas', 'rien']],
    notOn('2027-01-07'),
  ),
  one(
    'ag-pers-visite-soudure',
    'hard',
    ['person-mention', 'trade'],
    'mme au rsa interessee par la soudure, elle peut aller voir l atelier avant de se lancer ?',
    'agenda',
    [on('2027-01-19')],
  ),
  one(
    'ag-pers-reunion-logistique',
    'hard',
    ['person-mention', 'trade'],
    'mon allocataire voudrait decouvrir les metiers de la logistique y a une reunion bientot ?',
    'agenda',
    [on('2027-01-26')],
  ),
  one(
    'ag-prepa-moissac',
    'hard',
    ['session', 'town', 'no-preposition'],
    'dispo prepa comp moissac ?',
    'agenda',
    [on('2027-03-08')],
    notOn('2027-01-18'),
  ),
  one(
    'ag-avant-15-fevrier',
    'hard',
    ['relative-date', 'type'],
    'qu est ce qu il y a avant le 15 fevrier en info collective',
    'agenda',
    [on('2027-01-14'), on('2027-02-11')],
    notOn('2027-03-04'),
  ),
  one(
    'ag-restauration-caussade',
    'medium',
    ['places', 'trade', 'town'],
    'restauration caussade places',
    'agenda',
    [['restauration'], on('2027-03-15')],
    OTHER_TRAININGS('restauration'),
  ),
  one(
    'ag-pec-distance',
    'medium',
    ['session', 'modality'],
    'session pec a distance',
    'agenda',
    [on('2027-03-03')],
    notOn('2027-02-10'),
  ),
];

// ── Follow-ups and subject switches ─────────────────────────────────────────

const followUps: ConversationCase[] = [
  conv(
    'fu-prepa-pec-promo',
    'medium',
    ['follow-up'],
    [
      turn('c quoi prepa comp', 'dispositif', [['projet professionnel', 'projet pro'], ['formation']]),
      turn('ca dure combien ?', 'dispositif', [PREPA_DURATION]),
      turn('et pour la PEC ?', 'dispositif', [PEC_DAYS], ['2 à 8 jours']),
      turn('et la 1618 ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    ],
  ),
  conv(
    'fu-distance-promo',
    'medium',
    ['follow-up', 'modality'],
    [
      turn('la PEC c a distance ?', 'dispositif', [DISTANCE]),
      turn('et la promo ?', 'dispositif', [PRESENTIEL], ['tout ou partie']),
    ],
  ),
  conv(
    'fu-volet2',
    'medium',
    ['follow-up', 'volet'],
    [
      turn('volet 1 prepa ca dure combien', 'dispositif', [VOLET1_DAYS]),
      turn('et le volet 2 ?', 'dispositif', [VOLET2_DAYS]),
    ],
  ),
  conv(
    'fu-promo-ase',
    'hard',
    ['follow-up', 'prescriber'],
    [
      turn('qui prescrit la promo 16 18', 'dispositif', [
        ['mission locale', 'missions locales'],
        ['cio', 'c.i.o'],
      ]),
      turn('et pour un jeune ase ?', 'dispositif', [
        ['aide sociale à l’enfance', 'ase'],
        [
          'peuvent bénéficier',
          'peut bénéficier',
          'peuvent en bénéficier',
          'orientation facilitée',
          'éligible',
          'prescription possible',
        ],
      ]),
    ],
  ),
  conv(
    'fu-prepa-demarre',
    'hard',
    ['follow-up', 'session'],
    [
      turn('prepa comp c pour qui', 'dispositif', [['rsa']]),
      turn('ça démarre quand ?', 'agenda', [on('2027-01-18')]),
    ],
  ),
  conv(
    'fu-jpo-moissac',
    'medium',
    ['follow-up', 'town'],
    [
      turn('prochaines JPO', 'agenda', [on('2027-02-03'), on('2027-02-17')]),
      turn('et du cote de moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  conv(
    'fu-entrees-distanciel',
    'medium',
    ['follow-up', 'modality'],
    [
      turn('prochaines entrees prepa comp', 'agenda', [on('2027-01-18')]),
      turn('et en distanciel ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
    ],
  ),
  conv(
    'fu-entrees-moissac',
    'hard',
    ['follow-up', 'town'],
    [
      turn('entrees prepa comp', 'agenda', [on('2027-01-18')]),
      turn('et du côté de Moissac ?', 'agenda', [on('2027-03-08')], notOn('2027-01-18')),
    ],
  ),
  conv(
    'fu-volet2-places',
    'hard',
    ['follow-up', 'with-places'],
    [
      turn('sessions prepa volet 2', 'agenda', [on('2027-02-15')]),
      turn('il reste de la place ?', 'agenda', [on('2027-02-15'), seats(5)], TRAINING_NAMES),
    ],
  ),
  conv(
    'fu-switch-jpo-pec',
    'hard',
    ['follow-up', 'switch'],
    [
      turn('JPO en fevrier', 'agenda', [on('2027-02-03'), on('2027-02-17')]),
      turn('ok et la PEC ça dure combien', 'dispositif', [PEC_DAYS]),
      turn('et en distanciel ?', 'dispositif', [DISTANCE]),
    ],
  ),
  conv(
    'fu-pec-atelier3',
    'hard',
    ['follow-up', 'volet'],
    [
      turn('prochaines entrees PEC', 'agenda', [on('2027-01-20')]),
      turn('que l atelier 3', 'agenda', [on('2027-02-10')], notOn('2027-01-20')),
    ],
  ),
  conv(
    'fu-visites-mars',
    'medium',
    ['follow-up', 'month'],
    [
      turn('visites de plateau', 'agenda', [on('2027-01-19')]),
      turn('en mars seulement', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  conv(
    'fu-logistique-cariste',
    'medium',
    ['follow-up', 'trade', 'switch'],
    [
      turn('reunion metier logistique', 'agenda', [on('2027-01-26')]),
      turn(
        'et y a des places en formation cariste ?',
        'agenda',
        [['cariste'], on('2027-01-27')],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  conv(
    'fu-promo-jours-parents',
    'medium',
    ['follow-up'],
    [
      turn('combien de temps dure la promo 1618', 'dispositif', [PROMO_DURATION]),
      turn('c tous les jours ?', 'dispositif', [PROMO_DAYS]),
      turn('faut l accord des parents ?', 'dispositif', [PARENTS]),
    ],
  ),
  conv(
    'fu-pec-accord-fin',
    'hard',
    ['follow-up', 'who-agrees'],
    [
      turn('competences pec c quoi', 'dispositif', [['vae', 'rsfp', 'cléa']]),
      turn('qui doit donner son accord ?', 'dispositif', [EMPLOYER_AGREES]),
      turn('et a la fin il se passe quoi ?', 'dispositif', [['bilan', 'certification', 'portefeuille']]),
    ],
  ),
  conv(
    'fu-castel-valence',
    'hard',
    ['follow-up', 'town', 'abbrev'],
    [
      turn('info coll prepa a castel', 'agenda', [on('2027-01-21')]),
      turn('et a valence ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    ],
  ),
  conv(
    'fu-contact-departement',
    'medium',
    ['follow-up'],
    [
      turn('qui contacter a l afpa ?', 'contact', [DIRECTOR, RAP]),
      turn('et cote departement ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
  conv(
    'fu-objectifs',
    'medium',
    ['follow-up'],
    [
      turn('objectif prepa comp', 'figures', [TARGET_PREPA]),
      turn('et la PEC ?', 'figures', [TARGET_PEC]),
      turn('et la promo ?', 'figures', [TARGET_PROMO]),
    ],
  ),
  conv(
    'fu-eligible-duree',
    'hard',
    ['follow-up', 'person-mention'],
    [
      turn(
        'dame 45 ans au RSA suivie par le CD pas inscrite a FT, elle peut faire prepa comp ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('ok et ça dure combien ?', 'dispositif', [PREPA_DURATION]),
    ],
  ),
  conv(
    'fu-soudure-maconnerie',
    'medium',
    ['follow-up', 'trade'],
    [
      turn('places soudure', 'agenda', [['soudeur'], on('2027-02-01')], OTHER_TRAININGS('soudeur')),
      turn('et en maconnerie ?', 'agenda', [['maçon'], on('2027-02-15')], OTHER_TRAININGS('maçon')),
    ],
  ),
  conv(
    'fu-promo-ou',
    'medium',
    ['follow-up', 'where'],
    [turn('entrees promo 16/18', 'agenda', [on('2027-02-01')]), turn('c ou ?', 'agenda', [MONTAUBAN])],
  ),
  conv(
    'fu-mars-fevrier',
    'medium',
    ['follow-up', 'month'],
    [
      turn('info coll en mars', 'agenda', [on('2027-03-04'), on('2027-03-17')]),
      turn('et en fevrier ?', 'agenda', [on('2027-02-09'), on('2027-02-11')], notOn('2027-03-04')),
    ],
  ),
  conv(
    'fu-rsfp-vae',
    'hard',
    ['follow-up', 'switch'],
    [
      turn('c quoi le rsfp', 'dispositif', [['prérequis', 'pré-requis']]),
      turn('et la vae en pec ça dure combien', 'dispositif', [VAE_DAYS]),
    ],
  ),
  conv(
    'fu-clea-numerique',
    'medium',
    ['follow-up'],
    [
      turn('la clea c quoi', 'dispositif', [['compétences de base', 'socle']]),
      turn('y a une version numerique ?', 'dispositif', [
        ['cléa numérique'],
        ['usages', 'environnement de travail'],
      ]),
    ],
  ),
  conv(
    'fu-prepa-ou-distance',
    'medium',
    ['follow-up', 'where', 'modality'],
    [
      turn('prepa comp c ou ?', 'dispositif', [MONTAUBAN]),
      turn('et ca se fait a distance ?', 'dispositif', [DISTANCE]),
    ],
  ),
  conv(
    'fu-switch-soudure-promo',
    'hard',
    ['follow-up', 'switch'],
    [
      turn('dispo soudure ?', 'agenda', [['soudeur', 'soudure']]),
      turn('au fait la promo 1618 c pour quel age', 'dispositif', [AGE_1618]),
      turn(
        'et il reste de la place sur la prochaine entree ?',
        'agenda',
        [on('2027-02-01'), seats(10)],
        TRAINING_NAMES,
      ),
    ],
  ),
  conv(
    'fu-prepa-infocoll',
    'hard',
    ['follow-up', 'type'],
    [
      turn('prépa comp', 'dispositif', [['projet']]),
      turn('info coll ?', 'agenda', [on('2027-01-14')], notOn('2027-02-09')),
    ],
  ),
  conv(
    'fu-eligible-promo-demarre',
    'hard',
    ['follow-up', 'session'],
    [
      turn('jeune 17 ans ase decroche depuis la rentree, la promo 1618 c possible ?', 'eligibility', [
        [...ELIGIBLE, 'mission locale', 'cio'],
      ]),
      turn('ça démarre quand ?', 'agenda', [on('2027-02-01')]),
    ],
  ),
  conv(
    'fu-moissac-caussade',
    'medium',
    ['follow-up', 'town'],
    [
      turn('qu est ce qu il y a a moissac', 'agenda', [on('2027-02-09'), on('2027-02-17')]),
      turn('et a caussade ?', 'agenda', [on('2027-02-23')], notOn('2027-02-17')),
    ],
  ),
  conv(
    'fu-pec-employeur-puis-agenda',
    'hard',
    ['follow-up', 'switch'],
    [
      turn('pour comp pec faut l accord de l employeur ?', 'dispositif', [EMPLOYER_AGREES]),
      turn('et y a une info coll bientot ?', 'agenda', [on('2027-02-09')], notOn('2027-01-14')),
    ],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  one(
    'oos-montant-rsa',
    'medium',
    ['benefit'],
    'c combien le rsa pour une personne seule en ce moment',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€', ' euros'],
  ),
  one(
    'oos-rsa-suspendu',
    'hard',
    ['rsa-rules'],
    'si la personne refuse prepa comp son rsa peut etre suspendu ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-remuneration',
    'hard',
    ['benefit'],
    'elle touche quoi pendant la prepa comp, y a une remuneration de stage ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€'],
  ),
  one(
    'oos-transport',
    'medium',
    ['transport'],
    'les frais de deplacement pour aller a montauban c rembourse ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€'],
  ),
  one(
    'oos-cej',
    'medium',
    ['other-organisation', 'abbrev'],
    'c quoi le CEJ de la mission locale',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-permis',
    'medium',
    ['benefit'],
    'l aide au permis B du departement ca marche comment',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€'],
  ),
  one(
    'oos-creche',
    'hard',
    ['benefit'],
    'le CD paie la creche pendant la formation ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-cout-cariste',
    'hard',
    ['cost'],
    'combien coute une formation cariste pour un salarie hors dispositif',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€', ' euros'],
  ),
  one(
    'oos-cap-emploi',
    'medium',
    ['other-organisation', 'abbrev'],
    'cap emploi ils font quoi exactement pour les TH',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-prime-activite',
    'hard',
    ['benefit'],
    'prime d activite si elle reprend en PEC elle la garde ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€'],
  ),
  one(
    'oos-plie',
    'medium',
    ['other-organisation'],
    'le PLIE de montauban c quoi les conditions d entree',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-hebergement-promo',
    'hard',
    ['cost'],
    'l hebergement pendant la mobilite de la promo c payant pour la famille ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€'],
  ),
  one(
    'oos-tarif-vae',
    'medium',
    ['cost'],
    'tarif d une vae hors pec ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€', ' euros'],
  ),
  one(
    'oos-bafa',
    'medium',
    ['benefit'],
    'le BAFA est financé par le departement ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-aide-embauche',
    'hard',
    ['benefit'],
    'aide a l embauche pour un employeur qui signe un pec c combien',
    'out_of_scope',
    [OUT_OF_SCOPE],
    [...NO_BOUNCE, '€', ' euros'],
  ),
  one(
    'oos-epide',
    'medium',
    ['other-organisation'],
    'l epide il prend les jeunes a partir de quel age ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-caf',
    'hard',
    ['rsa-rules', 'abbrev'],
    'la CAF doit etre prevenue quand un brsa entre en formation ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-horaires',
    'hard',
    ['schedule'],
    'les ateliers prepa comp commencent a quelle heure le matin ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
  one(
    'oos-repas',
    'medium',
    ['cost', 'sms'],
    'ticket resto pour les stagiaires afpa ?',
    'out_of_scope',
    [OUT_OF_SCOPE],
    NO_BOUNCE,
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  one(
    'fig-entrees-prepa',
    'medium',
    [],
    'combien de personnes sont entrees en prepa cette annee ?',
    'figures',
    [NOT_AVAILABLE, TARGET_PREPA],
  ),
  one('fig-pec-ou-on-en-est', 'medium', ['abbrev'], 'on en est ou sur les objectifs pec', 'figures', [
    NOT_AVAILABLE,
    TARGET_PEC,
  ]),
  one('fig-promo-ase', 'hard', [], 'combien de jeunes ase envoyes en promo 1618 depuis le debut', 'figures', [
    NOT_AVAILABLE,
    TARGET_PROMO,
  ]),
  one(
    'fig-brsa-prepa',
    'medium',
    ['abbrev', 'sms'],
    'nb de brsa en prepa comp depuis janvier stp',
    'figures',
    [NOT_AVAILABLE, TARGET_PREPA],
  ),
  one('fig-objectif-prepa', 'easy', ['abbrev'], 'objectif prepa comp', 'figures', [TARGET_PREPA]),
  one(
    'fig-objectifs-tous',
    'medium',
    ['sms'],
    'c koi les objectifs chiffres de l accord pour les 3 dispositifs',
    'figures',
    [TARGET_PREPA, TARGET_PEC, TARGET_PROMO],
  ),
  one(
    'fig-remontee',
    'hard',
    [],
    'les chiffres des dispositifs ils remontent a qui et tous les combien',
    'figures',
    [
      ['dgefp', 'd.g.e.f.p'],
      ['mensuel', 'chaque mois', 'tous les mois'],
    ],
  ),
  one(
    'fig-reussite-examens',
    'hard',
    [],
    'taux de reussite aux examens de nos allocataires a l afpa ?',
    'figures',
    [NOT_AVAILABLE],
  ),
  one(
    'fig-jpo-participants',
    'hard',
    ['abbrev'],
    'combien de brsa sont venus aux jpo l an dernier',
    'figures',
    [NOT_AVAILABLE],
  ),
  one('fig-promo-sorties', 'medium', [], 'promo 16 18 c quoi l objectif de sorties positives ?', 'figures', [
    ['70 %', '70%'],
  ]),
  one(
    'fig-pec-2026',
    'hard',
    ['abbrev'],
    'combien de pec orientes par le cd vers competences pec en 2026',
    'figures',
    [NOT_AVAILABLE, TARGET_PEC],
  ),
];

// ── Whom to contact (protocol § 6) ──────────────────────────────────────────

const contacts: ConversationCase[] = [
  one('ct-afpa', 'easy', [], 'qui contacter a l afpa ?', 'contact', [DIRECTOR, RAP, DEPT_REFERENT]),
  one('ct-responsable-prepa', 'medium', ['sms'], 'c qui le responsable afpa pour prepa comp', 'contact', [
    RAP,
  ]),
  one(
    'ct-souci-inscription',
    'medium',
    ['rambling'],
    'j ai un souci avec une inscription que j ai faite, je m adresse a qui a l afpa',
    'contact',
    [[...RAP, ...DIRECTOR]],
  ),
  one('ct-promo', 'medium', ['abbrev'], 'interlocuteur afpa pour la promo 1618 ?', 'contact', [RAP]),
  one('ct-coordination', 'medium', [], 'c qui qui pilote les 3 dispositifs dans le 82 cote afpa', 'contact', [
    DIRECTOR,
  ]),
  one('ct-sms', 'easy', ['sms'], 'contact afpa svp', 'contact', [DIRECTOR, RAP]),
  one(
    'ct-cote-cd',
    'hard',
    ['abbrev'],
    'cote CD c qui l interlocuteur de l afpa pour ces dispositifs ?',
    'contact',
    [DEPT_REFERENT],
  ),
  one('ct-suivi-accord', 'hard', [], 'qui suit l accord entre le cd et l afpa', 'contact', [
    ['président du conseil départemental', 'président', 'représentant'],
    ['directeur', 'vella'],
  ]),
  one(
    'ct-telephone',
    'hard',
    [],
    'vous avez le numero de tel de l afpa montauban ?',
    'contact',
    [[...DIRECTOR, ...RAP]],
    ['05 63', '0563'],
  ),
];

// ── Eligibility described in French ─────────────────────────────────────────

const eligibility: ConversationCase[] = [
  one(
    'el-prepa-52',
    'medium',
    ['abbrev'],
    'monsieur 52 ans brsa suivi par le cd pas inscrit FT prepa comp ok ?',
    'eligibility',
    [ELIGIBLE],
  ),
  one(
    'el-promo-17-ase',
    'medium',
    ['abbrev'],
    'jeune 17 ans ASE sorti du lycee en octobre, rien depuis, promo 1618 possible ?',
    'eligibility',
    [[...ELIGIBLE, 'mission locale', 'cio']],
  ),
  one('el-promo-22', 'medium', [], 'jeune de 22 ans suivi ase il peut faire la promo ?', 'eligibility', [
    NOT_ELIGIBLE,
    AGE_1618,
  ]),
  one(
    'el-pec-38',
    'medium',
    ['rambling'],
    'dame 38 ans rsa suivie par nous, en contrat pec depuis 1 mois dans une asso, employeur ok, competences pec ?',
    'eligibility',
    [ELIGIBLE],
  ),
  one(
    'el-pec-cap-emploi',
    'hard',
    ['abbrev'],
    'salarie pec pas au rsa suivi par cap emploi, comp pec ?',
    'eligibility',
    [OTHER_PRESCRIBER],
  ),
  one('el-promo-15', 'medium', ['sms'], 'ado 15 ans decroche promo 1618 ?', 'eligibility', [
    NOT_ELIGIBLE,
    ['16'],
  ]),
  one('el-promo-lyceen', 'hard', [], 'jeune 17 ans toujours inscrit au lycee, la promo ?', 'eligibility', [
    NOT_ELIGIBLE,
    ['scolaris', 'lycée', 'quitté'],
  ]),
  one('el-promo-adulte', 'medium', [], 'une femme de 30 ans au rsa pour la promo 16 18', 'eligibility', [
    NOT_ELIGIBLE,
    AGE_1618,
  ]),
  one(
    'el-promo-parents',
    'hard',
    ['rambling'],
    'jeune 16 ans ase deco, les parents refusent de signer quoi que ce soit, promo ?',
    'eligibility',
    [['autorisation parentale', 'autorisations parentales', 'parents', 'parental']],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  one('pr-dame-prepa', 'easy', [], 'je veux inscrire une dame en prepa comp', 'prescribe', FORM),
  one('pr-pec', 'easy', ['abbrev'], 'prescrire pec', 'prescribe', FORM),
  one(
    'pr-castel-volet2',
    'hard',
    ['abbrev', 'volet'],
    'inscription prepa volet 2 pour un monsieur sur la session de castel',
    'prescribe',
    [...FORM, on('2027-02-15')],
  ),
  one(
    'pr-session-18',
    'hard',
    ['session'],
    'je voudrais positionner qqn sur l entree du 18 janvier',
    'prescribe',
    [...FORM, on('2027-01-18')],
  ),
  one(
    'pr-promo-ase',
    'medium',
    ['abbrev'],
    'faire une prescription promo 1618 pour un jeune de l ase',
    'prescribe',
    FORM,
  ),
  one('pr-comment', 'medium', ['sms'], 'je prescris comment ?', 'prescribe', FORM),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  one('ot-bonjour', 'easy', [], 'bonjour', 'other', [['prépa compétences', 'dispositif', 'agenda']]),
  one('ot-annuler', 'medium', [], 'annuler', 'other', [
    ['rien à annuler', 'aucun', 'rien en cours', 'rien n’est en cours', 'pas de', 'n’y a rien'],
  ]),
  one(
    'ot-rgpd',
    'medium',
    ['abbrev'],
    'les donnees des personnes que je prescris c protege ? rgpd',
    'other',
    [
      ['rgpd', 'r.g.p.d', '2016/679', 'informatique et libertés', '1978'],
      ['article 5', 'art. 5', 'art 5'],
    ],
  ),
  one('ot-duree-accord', 'medium', [], 'l accord il court jusqu a quand ?', 'other', [
    ['2 ans', 'deux ans'],
    ['2022'],
  ]),
  one('ot-resiliation', 'hard', [], 'on peut arreter le partenariat ? y a un preavis ?', 'other', [
    ['2 mois', 'deux mois'],
  ]),
  one('ot-campagne', 'hard', ['abbrev'], 'jusqu a quand on peut faire entrer des brsa en prepa', 'other', [
    ['31 décembre', '31/12'],
    ['30 avril', '30/04'],
  ]),
  one('ot-panda', 'easy', ['panda'], 'c quoi panda', 'other', [
    ['traçabilité', 'trace', 'suivi des parcours', 'plateforme'],
    ['afpa'],
  ]),
  one('ot-habilitation-panda', 'medium', ['panda'], 'qui m habilite sur panda ?', 'other', [
    ['afpa'],
    ['habilit'],
  ]),
  one(
    'ot-presentation-equipes',
    'hard',
    [],
    'l afpa passe nous voir en reunion d equipe de temps en temps ?',
    'other',
    [['semestre', 'deux fois par an']],
  ),
  one('ot-kit', 'hard', ['sms'], 'kit de comm afpa y a quoi dedans', 'other', [
    ['flyer'],
    ['argumentaire', 'titres professionnels', 'places disponibles'],
  ]),
  one('ot-village', 'hard', [], 'le village afpa c quoi', 'other', [
    ['tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'],
  ]),
  one('ot-copil', 'hard', [], 'le comite de pilotage il se reunit quand', 'other', [
    ['fois par an', 'au moins une fois', 'annuel', 'trimestri'],
  ]),
];

export const SETS = {
  practical,
  twoInOne,
  personMention,
  agenda,
  followUps,
  outOfScope,
  figures,
  contacts,
  eligibility,
  prescribe,
  other,
} satisfies Record<string, ConversationCase[]>;

export type SetName = keyof typeof SETS;

/** Every case of every set, each id unique. */
export const ALL_CONVERSATIONS: ConversationCase[] = Object.values(SETS).flat();
