/**
 * A sixth blind set of Teams conversations for the Département de Tarn-et-Garonne /
 * AFPA Montauban assistant, written only from the 2022 agreement (accord, plan d'action
 * 2022-2023, protocole Prépa Compétences / Compétences PEC / La Promo 16/18), from the
 * product guide and from the agenda fixture (today frozen at Monday 11 January 2027,
 * Europe/Paris). Never from the bot's answers: the helper who wrote it never ran the bot,
 * its replay or its evaluation, and never read its code.
 *
 * What it leans on: very short SMS-style messages with typos and abbreviations (prépa,
 * comp pec, promo 1618, brsa, ft, ase, rqth, cd, info coll, jpo), agenda questions crossed
 * with filters (type, dispositif, volet / atelier, trade, town, month or relative date,
 * modality, places), eligibility profiles stated in a few words, follow-ups that only make
 * sense with the previous turn (« et a caussade ? », « il en reste ? », « c en presentiel ? »,
 * « et comp pec pr lui ? »), two questions in one, out-of-scope questions (permis, salaire,
 * CPF, horaires d'un autre organisme, sanctions RSA, rémunération), contacts of § 6 of the
 * protocol, figures (not available, with the 2022 targets) and prescriptions.
 *
 * Questions were chosen so as not to repeat those of the second, third and fourth sets.
 */
import { on, notOn, seats, turn, type ConversationCase, type ConversationTurn, type Intent } from './sets.js';

/** Every alternative with both apostrophes (’ and '), so typography never decides. */
function bothApostrophes(list: string[]): string[] {
  return [...new Set(list.flatMap((s) => [s, s.replace(/’/g, "'"), s.replace(/'/g, '’')]))];
}

function t(
  say: string,
  intent: Intent,
  mustContain: string[][],
  mustNotContain: string[] = [],
): ConversationTurn {
  return turn(say, intent, mustContain.map(bothApostrophes), bothApostrophes(mustNotContain));
}

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as loose alternatives ───────────────────────────

const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5-6 jours',
  '5 ou 6 jours',
  '5 à 6 j',
  'cinq à six jours',
  'cinq ou six jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées', ' 5 j '];
const HALF_DAY = ['demi-journée', 'demi journée', '1/2 journée', 'une demi'];
const PRESENTIEL = ['présentiel', 'sur place', 'en présence'];
const DISTANCE = ['à distance', 'distanciel', 'classe virtuelle', 'en ligne'];

const PEC_CONTRACT = [
  'contrat PEC',
  'contrat P.E.C',
  'parcours emploi compétences',
  'salariés en PEC',
  'salarié en PEC',
  'signataires d’un',
  'signataire d’un',
  'en PEC',
  'un PEC',
];
const SCHOOL_LEAVER = [
  'quitté',
  'décroch',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'ne travaillent pas',
  'toujours scolaris',
  'encore scolaris',
  'déjà scolaris',
  'est scolaris',
  'encore au lycée',
  'toujours au lycée',
  'sortis du système scolaire',
  'sorti du système scolaire',
];

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
  'vous pouvez la prescrire',
  'vous pouvez le prescrire',
];
const NOT_ELIGIBLE_MARKERS = ['pas éligible', 'non éligible', 'inéligible', 'ne peut pas', 'pas possible'];
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
  'ne concerne pas',
];
const ELIGIBLE_CLAIMS = ['est éligible', 'prescription possible', 'critères remplis'];

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
  'ne contient pas',
  'pas prévu par l’accord',
  'pas dans l’accord',
  'pas d’information',
  'pas l’information',
  'pas cette information',
  'ne dispose pas',
  'je n’ai pas',
  'ne sais pas',
];
const NO_BOUNCE = ['reformulez'];
const MONEY = ['€', ' euros'];

const NOT_AVAILABLE = [
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
  'pas encore de chiffres',
  'ne sont pas encore',
  'pas encore publi',
  'pas connu',
  'ne connais pas',
];
const TARGET_PREPA = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
  '30 RSA',
  'trente',
  ': 30',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
  '50 RSA',
  'cinquante',
  ': 50',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
  'dix jeunes',
  ': 10',
];

const RAP = [
  'Battedou',
  'Responsable Accompagnement et Parcours',
  'Responsable Accompagnement & Parcours',
  'responsable accompagnement',
];
const DIRECTOR = ['Vella', 'directeur du centre', 'direction du centre', 'coordonnateur départemental'];

/** A question about a dispositif, with a person in it, is not an eligibility interview. */
const NO_INTERVIEW = ['quel âge', 'quelle est sa situation'];

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

/** « Nothing of that kind » in any wording. */
const NONE = [
  'aucun',
  'aucune',
  'rien',
  'pas d’',
  'pas de ',
  'n’y a pas',
  'il n’y en a pas',
  'pas prévu',
  'ne trouve',
  'pas trouvé',
  'pas de date',
];
const PRESCRIBING = ['prescri', 'formulaire'];

// ── The set ─────────────────────────────────────────────────────────────────

export const SIXTH_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b6-disp-volets-duree',
    ['dispositif', 'medium', 'follow-up', 'sms'],
    [
      t('volet 1 prepa cb de jours ?', 'dispositif', [VOLET1_DAYS]),
      t('et le volet securisation ?', 'dispositif', [VOLET2_DAYS]),
    ],
  ),
  c(
    'b6-disp-pec-positionnement',
    ['dispositif', 'medium', 'no-accent'],
    [
      t('l atelier de positionnement en comp pec ca consiste en quoi', 'dispositif', [
        HALF_DAY,
        ['référentiel', 'compar'],
      ]),
    ],
  ),
  c(
    'b6-disp-clea-cpir',
    ['dispositif', 'hard', 'sms'],
    [
      t('clea socle ds comp pec c valide par qui a la fin ?', 'dispositif', [
        ['C.P.I.R', 'CPIR', 'commission paritaire'],
      ]),
    ],
  ),
  c(
    'b6-disp-open-badges',
    ['dispositif', 'easy', 'short', 'sms'],
    [
      t('open badge c koi ?', 'dispositif', [
        ['reconnaissance', 'reconnaître', 'valoriser', 'soft skills', 'compétences douces', 'savoir-être'],
      ]),
    ],
  ),
  c(
    'b6-disp-clauses-sociales',
    ['dispositif', 'hard', 'abbrev'],
    [
      t('l afpa peut preparer des brsa pr des missions en clause sociale ?', 'dispositif', [
        ['premiers gestes', 'gestes techniques', 'gestes professionnels'],
      ]),
    ],
  ),
  c(
    'b6-disp-vae-titres-puis-rsfp',
    ['dispositif', 'medium', 'follow-up', 'sms'],
    [
      t('vae a l afpa c sur quels diplomes', 'dispositif', [
        [
          'titres professionnels',
          'titre professionnel',
          'titres pro',
          'ministère de l’emploi',
          'ministère du travail',
        ],
      ]),
      t('et si il a pas les prerequis pr la vae ?', 'dispositif', [
        ['RSFP', 'R.S.F.P', 'reconnaissance des savoir-faire'],
      ]),
    ],
  ),
  c(
    'b6-disp-promo-engagement',
    ['dispositif', 'medium', 'follow-up', 'sms'],
    [
      t('promo 1618 la 1ere semaine ils font quoi', 'dispositif', [
        ['engagement'],
        ['autorisation', 'administrati', 'parents', 'référent', 'goût'],
      ]),
      t('et c ou ca ?', 'dispositif', [['Village', 'le plus proche', 'proximité', 'Montauban']]),
    ],
  ),
  c(
    'b6-disp-pec-duree-prescripteur',
    ['dispositif', 'medium', 'two-questions', 'sms'],
    [
      t('comp pec ca dure cb et c qui qui prescrit ?', 'dispositif', [
        PEC_DAYS,
        [
          'directement',
          'Département',
          'référent',
          'conseiller',
          'vous pouvez',
          'France Travail',
          'Pôle emploi',
        ],
      ]),
    ],
  ),
  c(
    'b6-disp-clea-numerique-rambling',
    ['dispositif', 'hard', 'rambling', 'person'],
    [
      t(
        'g un mr de 47 ans au rsa tres bon bricoleur mais il galere grave avec l ordi et les mails, pr bosser faudrait qu il ait les bases du numerique, l afpa a qqch pr ca ?',
        'dispositif',
        [['CléA Numérique', 'CléA-Numérique']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b6-disp-volet-soudeur',
    ['dispositif', 'hard', 'rambling', 'person', 'two-questions'],
    [
      t(
        'mr 35a brsa il veut faire la formation soudeur, son projet est clair mais il a peur de pas tenir le rythme, prepa comp quel volet et ca dure cb ?',
        'dispositif',
        [
          ['volet 2', 'sécuriser', 'sécurisation'],
          [...VOLET2_DAYS, ...TWO_WEEKS],
        ],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b6-disp-promo-sport',
    ['dispositif', 'easy', 'short', 'sms'],
    [t('ya du sport ds la promo 1618 ?', 'dispositif', [['sportive', 'sport']])],
  ),
  c(
    'b6-disp-pec-ateliers-etales',
    ['dispositif', 'hard', 'abbrev', 'typo'],
    [
      t('les ateliers de reco des acquis en comp pec c a la suite ou etalés ?', 'dispositif', [
        ['non consécutifs', 'pas consécutifs', 'non consécutif', 'pas à la suite', 'étalé', 'répartis'],
      ]),
    ],
  ),
  c(
    'b6-disp-pec-choix-certif',
    ['dispositif', 'medium', 'sms'],
    [
      t('comp pec vae rsfp ou clea on choisit comment ?', 'dispositif', [
        ['métier visé', 'métier ciblé', 'prérequis', 'consultant'],
      ]),
    ],
  ),
  c(
    'b6-disp-prepa-pratique',
    ['dispositif', 'medium', 'short', 'sms'],
    [t('prepa comp c que de la theorie ?', 'dispositif', [['pratique', 'entraînement']])],
  ),
  c(
    'b6-disp-volets-diff-puis-entree',
    ['dispositif', 'agenda', 'medium', 'follow-up', 'session', 'sms'],
    [
      t('c koi la diff entre volet 1 et volet 2 de la prepa', 'dispositif', [
        ['consolid', 'projet professionnel', 'diagnostic de faisabilité'],
        ['sécuris', 'entrée en formation'],
      ]),
      t(
        'le prochain volet 1 c qd ?',
        'agenda',
        [on('2027-01-18')],
        [...notOn('2027-01-25'), ...notOn('2027-01-20')],
      ),
    ],
  ),

  // ── Agenda (fixture, today = Monday 11 January 2027) ──────────────────────
  c(
    'b6-ag-jpo-moissac-puis-montauban',
    ['agenda', 'medium', 'town', 'follow-up', 'sms'],
    [
      t('jpo moissac c qd', 'agenda', [on('2027-02-17')], [...notOn('2027-02-03'), ...notOn('2027-01-07')]),
      t('et sur montauban ?', 'agenda', [on('2027-02-03')], [...notOn('2027-01-07'), ...notOn('2027-02-17')]),
    ],
  ),
  c(
    'b6-ag-valence-puis-caussade',
    ['agenda', 'medium', 'town', 'follow-up', 'no-preposition'],
    [
      t(
        'valence d agen ya qqch ?',
        'agenda',
        [on('2027-03-04')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
      t(
        'et a caussade ?',
        'agenda',
        [on('2027-02-23')],
        [...notOn('2027-03-04'), ...notOn('2027-01-21'), ...notOn('2027-02-17')],
      ),
    ],
  ),
  c(
    'b6-ag-volet1-fevrier-modalite-prescription',
    ['agenda', 'prescribe', 'hard', 'session', 'month', 'modality', 'follow-up', 'sms'],
    [
      t(
        'volet 1 prepa en fevrier ?',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-02-15'), ...notOn('2027-01-18'), ...notOn('2027-03-08'), ...notOn('2027-01-25')],
      ),
      t('c en presentiel ?', 'agenda', [DISTANCE]),
      t('ok je l inscris dessus', 'prescribe', [PRESCRIBING]),
    ],
  ),
  c(
    'b6-ag-proprete-moissac-places',
    ['agenda', 'medium', 'trade', 'town', 'with-places', 'no-accent'],
    [t('agent de proprete moissac reste des places ?', 'agenda', [seats(7)], OTHER_TRAININGS('propreté'))],
  ),
  c(
    'b6-ag-semaine-du-25',
    ['agenda', 'medium', 'relative-date', 'sms'],
    [
      t(
        'semaine du 25 janv ya koi a l afpa',
        'agenda',
        [on('2027-01-26')],
        [...notOn('2027-01-21'), ...notOn('2027-01-19'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b6-ag-logistique-places',
    ['agenda', 'medium', 'trade', 'follow-up', 'with-places', 'sms'],
    [
      t('reunion metier logistique c qd', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
      t('cb de places ?', 'agenda', [seats(15)], seats(6)),
    ],
  ),
  c(
    'b6-ag-presentiel-castel',
    ['agenda', 'hard', 'session', 'town', 'modality', 'abbrev'],
    [
      t(
        'entrees en presentiel sur castel ?',
        'agenda',
        [on('2027-02-15')],
        [
          ...notOn('2027-01-18'),
          ...notOn('2027-02-08'),
          ...notOn('2027-03-08'),
          ...notOn('2027-02-10'),
          ...notOn('2027-01-20'),
        ],
      ),
    ],
  ),
  c(
    'b6-ag-promo-infocoll-fevrier-aucune',
    ['agenda', 'hard', 'month', 'dispositif-filter', 'empty', 'sms'],
    [
      t(
        'info coll promo 1618 en fevrier ?',
        'agenda',
        [[...NONE, ...on('2027-03-17')]],
        [...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b6-ag-macon-puis-places',
    ['agenda', 'medium', 'trade', 'follow-up', 'with-places', 'sms'],
    [
      t('formation macon ca demarre qd', 'agenda', [on('2027-02-15')], OTHER_TRAININGS('maçon')),
      t('il en reste ?', 'agenda', [seats(3)], OTHER_TRAININGS('maçon')),
    ],
  ),
  c(
    'b6-ag-castel-semaine-pro-heure',
    ['agenda', 'medium', 'town', 'relative-date', 'follow-up', 'no-preposition'],
    [
      t(
        'castel la semaine pro ?',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-02-15'), ...notOn('2027-03-01'), ...notOn('2027-01-14')],
      ),
      t('ca commence a quelle h ?', 'agenda', [['14h', '14:00', '14 h']], ['9h30', '09:30', '9 h 30']),
    ],
  ),
  c(
    'b6-ag-jpo-ce-mois',
    ['agenda', 'hard', 'relative-date', 'past', 'short'],
    [
      t(
        'une jpo ce mois ci ?',
        'agenda',
        [[...NONE, ...on('2027-02-03'), 'passée', 'déjà eu lieu']],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b6-ag-infocoll-pec',
    ['agenda', 'easy', 'dispositif-filter', 'short', 'sms'],
    [
      t(
        'info coll comp pec qd ?',
        'agenda',
        [on('2027-02-09')],
        [
          ...notOn('2027-01-14'),
          ...notOn('2027-01-21'),
          ...notOn('2027-02-11'),
          ...notOn('2027-03-04'),
          ...notOn('2027-03-17'),
        ],
      ),
    ],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b6-el-ft-prepa-puis-pec',
    ['eligibility', 'medium', 'follow-up', 'abbrev', 'short'],
    [
      t('brsa 33a inscrit ft prepa comp ok ?', 'eligibility', [YES], NOT_ELIGIBLE_MARKERS),
      t('et comp pec pr lui ?', 'eligibility', [PEC_CONTRACT]),
    ],
  ),
  c(
    'b6-el-promo-encore-lycee',
    ['eligibility', 'hard', 'ase', 'sms'],
    [
      t(
        'jeune 16 ans ase encore au lycee mais demotive, promo 1618 ?',
        'eligibility',
        [NO, SCHOOL_LEAVER],
        ELIGIBLE_CLAIMS,
      ),
    ],
  ),
  c(
    'b6-el-prepa-rqth',
    ['eligibility', 'medium', 'abbrev', 'short'],
    [t('brsa avec rqth 50 ans prepa possible ?', 'eligibility', [YES], NOT_ELIGIBLE_MARKERS)],
  ),
  c(
    'b6-el-promo-ase-castel',
    ['eligibility', 'dispositif', 'medium', 'ase', 'town', 'follow-up', 'sms'],
    [
      t('jeune ase 17a deco depuis la rentree promo ?', 'eligibility', [YES], NOT_ELIGIBLE_MARKERS),
      t('il est en foyer a castel, ca se passe ou ?', 'dispositif', [
        ['Montauban', 'Village', 'le plus proche', 'proximité', 'délocalis'],
      ]),
    ],
  ),
  c(
    'b6-el-prepa-maman-solo',
    ['eligibility', 'easy', 'short', 'sms'],
    [t('maman solo 24a au rsa pas inscrite ft, prepa comp ?', 'eligibility', [YES], NOT_ELIGIBLE_MARKERS)],
  ),
  c(
    'b6-el-prepa-sorti-rsa',
    ['eligibility', 'hard', 'boundary', 'no-accent'],
    [
      t(
        'mr 39 ans sorti du rsa le mois dernier, on peut encore le mettre en prepa via le cd ?',
        'eligibility',
        [[...NO, 'France Travail', 'Pôle emploi', 'plus allocataire', 'n’est plus']],
        ELIGIBLE_CLAIMS,
      ),
    ],
  ),
  c(
    'b6-el-pec-cddi-correction',
    ['eligibility', 'hard', 'siae', 'correction', 'follow-up', 'abbrev'],
    [
      t(
        'comp pec pr une brsa de 29a en cddi dans un aci ?',
        'eligibility',
        [NO, PEC_CONTRACT],
        ELIGIBLE_CLAIMS,
      ),
      t(
        'ah non pardon c un pec a la commune en fait',
        'eligibility',
        [YES],
        ['pas éligible', 'non éligible', 'inéligible'],
      ),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b6-oos-permis',
    ['out_of_scope', 'medium', 'short', 'sms'],
    [t('le permis b d un brsa c finance par qui ?', 'out_of_scope', [OUT], NO_BOUNCE)],
  ),
  c(
    'b6-oos-salaire-cariste',
    ['out_of_scope', 'easy', 'short', 'sms'],
    [t('un cariste debutant ca gagne cb ?', 'out_of_scope', [OUT], [...NO_BOUNCE, ...MONEY])],
  ),
  c(
    'b6-oos-cpf',
    ['out_of_scope', 'medium', 'abbrev'],
    [t('elle peut utiliser son cpf pr une formation afpa ?', 'out_of_scope', [OUT], NO_BOUNCE)],
  ),
  c(
    'b6-oos-horaires-ml',
    ['out_of_scope', 'medium', 'other-organisation', 'short'],
    [
      t('horaires de la mission locale de castel ?', 'out_of_scope', [
        [...OUT, 'pas les horaires', 'ne connais pas'],
      ]),
    ],
  ),
  c(
    'b6-oos-sanction-rsa',
    ['out_of_scope', 'hard', 'benefit', 'sms'],
    [
      t(
        'si elle lache la prepa en cours elle risque une sanction rsa ?',
        'out_of_scope',
        [OUT],
        [...NO_BOUNCE, 'suspension de', 'radiation'],
      ),
    ],
  ),
  c(
    'b6-oos-promo-remuneration',
    ['out_of_scope', 'dispositif', 'medium', 'follow-up', 'sms'],
    [
      t('la promo c en presentiel ?', 'dispositif', [PRESENTIEL]),
      t('le jeune est paye pendant ?', 'out_of_scope', [OUT], [...NO_BOUNCE, ...MONEY]),
    ],
  ),

  // ── Contacts (protocole § 6, accord art. 3, kit de communication) ─────────
  c(
    'b6-contact-pec-puis-promo',
    ['contact', 'medium', 'follow-up', 'sms'],
    [
      t('qui deploie comp pec cote afpa ?', 'contact', [RAP]),
      t('elle gere aussi la promo ?', 'contact', [
        [
          ' oui',
          'également',
          'aussi',
          'les trois',
          '3 dispositifs',
          'trois dispositifs',
          'trois prestations',
        ],
      ]),
    ],
  ),
  c(
    'b6-contact-bilan-prepa',
    ['contact', 'medium', 'no-accent'],
    [
      t('j ai une question sur le bilan d une personne en prepa, je contacte qui a l afpa', 'contact', [
        [...RAP, ...DIRECTOR],
      ]),
    ],
  ),
  c(
    'b6-contact-suivi-accord-afpa',
    ['contact', 'medium', 'sms'],
    [t('le suivi de l accord cote afpa c qui', 'contact', [['Vella', 'directeur']])],
  ),
  c(
    'b6-contact-liste-intervenants',
    ['contact', 'hard', 'short'],
    [t('on a une liste des intervenants afpa qq part ?', 'contact', [['kit de communication', 'kit']])],
  ),

  // ── Figures and targets ───────────────────────────────────────────────────
  c(
    'b6-fig-reussite-examens',
    ['figures', 'medium', 'indicator', 'abbrev'],
    [t('taux de reussite aux exams des brsa a l afpa ?', 'figures', [NOT_AVAILABLE], ['70 %', '70%'])],
  ),
  c(
    'b6-fig-reunions-metiers',
    ['figures', 'medium', 'indicator', 'sms'],
    [t('nb de brsa venus aux reunions metiers ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b6-fig-objectifs-puis-atteint',
    ['figures', 'medium', 'follow-up', 'short'],
    [
      t('objectifs 2022 des 3 dispositifs ?', 'figures', [TARGET_PREPA, TARGET_PEC, TARGET_PROMO]),
      t('et c atteint ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b6-fig-pec-atelier2',
    ['figures', 'medium', 'abbrev'],
    [t('cb de brsa entres en comp pec atelier 2 ?', 'figures', [NOT_AVAILABLE, TARGET_PEC])],
  ),

  // ── Prescribing ───────────────────────────────────────────────────────────
  c(
    'b6-pr-prepa-brsa',
    ['prescribe', 'easy', 'short'],
    [t('je veux inscrire un brsa en prepa', 'prescribe', [PRESCRIBING])],
  ),
  c(
    'b6-pr-pec-mairie',
    ['prescribe', 'medium', 'town', 'sms'],
    [t('prescrire comp pec pr un salarie en pec a la mairie de caussade', 'prescribe', [PRESCRIBING])],
  ),
  c(
    'b6-pr-volet1-18',
    ['prescribe', 'hard', 'session', 'abbrev'],
    [t('inscription volet 1 du 18 janv pr mme D.', 'prescribe', [PRESCRIBING, on('2027-01-18')])],
  ),
];
