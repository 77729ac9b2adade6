/**
 * Hundred-thirty-sixth blind set: comparisons, choices and relative time.
 *
 * Who speaks: référents insertion of the Département de Tarn-et-Garonne (CD82), educators of
 * the ASE and a few coordinators of AFPA Montauban, in their Teams chat with the bot. They
 * weigh one thing against another (« prépa ou PEC pour un BRSA qui a déjà un projet ? »,
 * « c'est quoi la diff entre la promo et la prépa », « laquelle dure le moins longtemps »,
 * « y a plus de places en prépa ou en PEC ? », « on a fait mieux ou moins bien que
 * l'objectif ? », « plus rapide : prescrire direct ou passer par FT ? ») and speak of time
 * relative to today (« la semaine pro », « dans 15 jours », « d'ici fin janvier », « entre le
 * 20 et le 31 », « ce jeudi », « demain », « le mois prochain », « avant les vacances de
 * février »). They type fast: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, CD, ASE,
 * info coll, JPO), no accents, typos, missing question marks, two questions in one message,
 * two profiles to compare (« elle a 25 ans RSA, et son frère 17 ans ASE, chacun quoi ? »),
 * and follow-ups that only make sense after the previous turn (« et la semaine d'après ? »,
 * « et l'autre ? », « et pour un jeune de 16 ans alors ? »). About a third are ordinary
 * questions in the same voice.
 *
 * An answer to a comparison names both sides with their facts from the agreement; where the
 * agreement does not rank (« c'est mieux ? », « plus rapide ? ») the answer gives each side's
 * facts and invents no preference; where it says nothing, the answer says so.
 *
 * Relative periods are computed from `agenda-fixture.ts`, today being frozen at Monday
 * 11 January 2027, 9:00 Europe/Paris: « cette semaine » is 11–17 January (info coll Prépa
 * Montauban Thursday 14), « la semaine pro » 18–24 (visite soudure Tuesday 19, info coll
 * Castelsarrasin Thursday 21, entries Prépa volet 1 Monday 18 and PEC atelier 2 Wednesday 20),
 * « la semaine d'après » 25–31 (réunion logistique Tuesday 26), « dans 15 jours » Tuesday 26,
 * « dans 3 semaines » Monday 1 February (JPO Montauban Wednesday 3), « le mois prochain »
 * February. Neither the agreement nor the fixture gives school-holiday dates.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture, without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with both apostrophes, « ’ » and « ' ». */
function both(alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

/** « 6 places », « places : 6 », « (6 places) ». */
function places(n: number): string[] {
  return [...seats(n), `(${n} place`];
}

// ── Names of the dispositifs ───────────────────────────────────────────────

const PREPA = ['prépa comp', 'prépa-comp', 'prepa-comp'];
const PEC_NAME = [
  'compétences pec',
  'compétences p.e.c',
  'compétences – p.e.c',
  'compétences – pec',
  'compétences - pec',
  'compétences-pec',
  'comp pec',
];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618', '16/18', '16-18', '16.18', '1618'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire'];

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 à 6 j',
  'cinq à six jours',
  '5-6 jours',
  '5 ou 6 jours',
  '5 et 6 jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours', '4 et 8 jours'];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const PEC_SPREAD = both([
  'durée du contrat',
  'durée du pec',
  'durée du p.e.c',
  'répartis',
  'réparties',
  'au long du contrat',
  'pendant le contrat',
  'sur la durée',
  'tout au long',
]);
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const PROMO_DAYS = both(['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi']);
const PRESENTIEL = ['présentiel', 'sur place'];
const DISTANCE = ['à distance', 'distanciel', 'a distance'];
const AGE_1618 = ['16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', '16-18', 'mineur', '16 ans'];
const YOUNG = [...AGE_1618, 'jeune'];
const RSA = ['rsa', 'r.s.a'];
const SCHOOL = [
  'scolaris',
  'lycée',
  'quitté',
  'décroch',
  'ni en formation',
  'pas en formation',
  'sorti du système',
];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const ONE_DAY = ['1 jour', 'une journée', '1 journée', 'un jour', '1 j '];
const CERTIFICATION = ['certification', 'vae', 'rsfp', 'cléa', 'certif'];
const PANDA_OR_PLATFORM = ['panda', 'plateforme'];
const REFERENT = ['référent', 'conseiller'];
const HORS_AFPA = both([
  'autre organisme',
  'autres organismes',
  'hors afpa',
  'hors a.f.p.a',
  'ailleurs',
  'autre centre',
  'pas seulement à l’afpa',
  'pas uniquement à l’afpa',
]);
const VOLET2_PICK = ['volet 2', 'sécuris', 'entrée en formation'];
const PEC_CONTRACT = both([
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi compétences',
  'en pec',
  'signataire',
  'salarié',
  'bénéficiaires de pec',
  'bénéficiaire d’un pec',
  'en contrat',
]);
const NOT_REGISTERED_TOO = both([
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'qu’ils soient inscrits',
  'même sans inscription',
  'ne change rien',
  'pas de différence',
  'dans les deux cas',
]);
const PRESCRIBED_BY_DEPARTEMENT = both([
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
  'directement',
]);
const OTHER_PRESCRIBER = both([
  'mission locale',
  'missions locales',
  'pôle emploi',
  'france travail',
  'cap emploi',
  'son prescripteur',
  'autre prescripteur',
]);
const ADHESION = both(['adhésion', 'son accord', 'accord de la personne', 'recueill', 'consentement']);
const EMPLOYER = ['employeur'];
const PARENTS_OR_FILE = both([
  'autorisations parentales',
  'autorisation parentale',
  'pièces administratives',
  'référent principal',
  'goût de se lancer',
]);
const TIERS_LIEU = ['tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'];
const RGPD = ['rgpd', 'r.g.p.d', '2016/679', '1978', 'informatique et libertés'];

// Meetings and reporting.
const YEARLY_MEETING = both([
  '1 fois par an',
  'une fois par an',
  'au moins une fois',
  'au moins 1 fois',
  'annuel',
  'chaque année',
]);
const QUARTERLY = [
  'trimestri',
  'tous les trois mois',
  'tous les 3 mois',
  'chaque trimestre',
  'par trimestre',
];
const SEMESTER = ['semestre', 'deux fois par an', '2 fois par an', 'tous les six mois', 'tous les 6 mois'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois'];
const YEARLY = ['annuel', 'chaque année', 'une fois par an', '1 fois par an'];
const DGEFP = ['dgefp', 'd.g.e.f.p'];

// ── Where the agreement is silent ──────────────────────────────────────────

const SILENT = both([
  'ne dit rien',
  'n’en dit rien',
  'ne précise pas',
  'ne prévoit pas',
  'pas prévu',
  'ne fixe pas',
  'pas d’information',
  'aucune information',
  'ne mentionne pas',
  'ne parle pas',
  'ne traite pas',
  'n’aborde pas',
  'ne couvre pas',
  'n’est pas couvert',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'en dehors de l’accord',
  'ne figure pas',
  'pas dans l’accord',
  'ne règle pas',
  'pas précisé',
  'non précisé',
  'n’indique pas',
  'ne l’indique pas',
  'ne donne pas',
  'rien n’est prévu',
  'aucune indication',
  'pas d’indication',
  'ne compare pas',
  'ne se prononce pas',
  'ne dispose pas',
  'ne connais pas',
]);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
const NO_MONEY = ['€', ' euros', 'smic'];

const NOT_AVAILABLE = both([
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'non disponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'pas de données',
  'aucune donnée',
  'pas de résultat',
  'aucun résultat',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas d’accès',
  'pas encore de chiffres',
  'ne sont pas encore',
  'pas encore publi',
  'ne connais pas',
]);

// ── Targets (action plan, « Objectifs 2022 ») ──────────────────────────────

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

// ── Contacts (protocol § 6, article 3) ─────────────────────────────────────

const DIRECTOR = both([
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
]);
const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement & parcours', 'battedou'];
const DEPT_REFERENT = both([
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent·e de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
]);
const PRESIDENT = ['weill', 'président'];

// ── Eligibility ────────────────────────────────────────────────────────────

const ELIGIBLE = both([
  'prescription possible',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'peut être orienté',
  'peut y entrer',
  'peut intégrer',
  'vous pouvez prescrire',
  'correspond au public',
  'fait partie du public',
  'oui',
]);
const NOT_ELIGIBLE = both([
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'trop jeune',
  'n’est pas ouvert',
  'pas accessible',
  'impossible',
  'n’a pas l’âge',
  'pas l’âge',
]);

// ── The prescription form (as in sets.ts) ──────────────────────────────────

const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];
const CANCELLED = ['annul', 'abandonn', 'arrêt', 'interromp'];

// ── Agenda ─────────────────────────────────────────────────────────────────

/** Nothing on that day or in that period. */
const NOTHING = both(['aucun', 'aucune', 'rien', 'n’y a pas', 'pas de ', 'pas d’']);
/** A session with no seat left. */
const FULL = [...places(0), 'complet', 'complète', 'aucune place', 'plus de place', 'pas de place'];
const HOUR_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const JPO_MONTAUBAN_HOURS = ['9h', '9 h', '09:00', '9:00', '09h', '17h', '17 h', '17:00'];
const JPO_MOISSAC_HOURS = ['10h', '10 h', '10:00', '16h', '16 h', '16:00'];

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
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

// ── Choosing between the dispositifs ───────────────────────────────────────

const dispositifs: ConversationCase[] = [
  c(
    'b136-diff-promo-prepa-fu',
    ['comparison', 'follow-up', 'abbrev', 'no-accent'],
    [
      turn('c quoi la diff entre prepa comp et la 1618 en gros', 'dispositif', [
        PROMO_DURATION,
        [...PREPA_DURATION, ...TWO_WEEKS],
        YOUNG,
        RSA,
      ]),
      turn('et laquelle des deux c obligatoirement en presentiel', 'dispositif', [PROMO, PRESENTIEL]),
    ],
  ),
  c(
    'b136-moins-longtemps',
    ['comparison', 'duration', 'no-accent'],
    [
      turn('laquelle dure le moins longtemps, prepa comp, comp pec ou la promo ?', 'dispositif', [
        PREPA_DURATION,
        PEC_DAYS,
        PROMO_DURATION,
      ]),
    ],
  ),
  c(
    'b136-volet-plus-court',
    ['comparison', 'volet', 'no-accent'],
    [turn('volet 1 ou volet 2 lequel est le plus court', 'dispositif', [VOLET1_DAYS, VOLET2_DAYS])],
  ),
  c(
    'b136-volet-projet-fu',
    ['choice', 'follow-up', 'volet', 'no-accent'],
    [
      turn(
        'dame qui sait deja quelle formation elle veut faire, volet 1 ou volet 2 de la prepa ?',
        'dispositif',
        [['volet 2'], ['sécuris', 'entrée en formation']],
      ),
      turn('et il dure combien celui la', 'dispositif', [VOLET2_DAYS], ['13 semaines']),
      turn('et ca marche aussi si la formation c pas a l afpa ?', 'dispositif', [HORS_AFPA]),
    ],
  ),
  c(
    'b136-vae-rsfp-plus-long',
    ['comparison', 'abbrev', 'no-accent'],
    [turn('vae ou rsfp dans comp pec lequel est le plus long', 'dispositif', [VAE_DAYS, RSFP])],
  ),
  c(
    'b136-clea-vae-rapide',
    ['comparison', 'no-accent'],
    [turn('clea socle ou vae c quoi le plus rapide', 'dispositif', [ONE_DAY, VAE_DAYS])],
  ),
  c(
    'b136-pec-contrat-vs-prestation',
    ['comparison', 'abbrev', 'no-accent'],
    [
      turn("la diff entre un PEC et competences PEC j'avoue je melange", 'dispositif', [
        ['parcours emploi compétences'],
        ['valoris', 'certification', 'vae', ' 5 jours', 'cinq jours', 'portefeuille'],
      ]),
    ],
  ),
  c(
    'b136-promo-3-ou-4-mois',
    ['choice', 'duration', 'no-accent'],
    [turn('la promo c 3 mois ou 4 mois finalement ?', 'dispositif', [PROMO_DURATION, FOUR_MONTHS])],
  ),
  c(
    'b136-promo-phases-longue',
    ['comparison', 'abbrev', 'no-accent'],
    [
      turn('promo 1618 construction phase 1 ou phase 2 laquelle est la plus longue', 'dispositif', [
        ['6 semaines', 'six semaines'],
        ['3 semaines', 'trois semaines'],
      ]),
    ],
  ),
  c(
    'b136-promo-engagement-suite',
    ['comparison', 'follow-up', 'typo'],
    [
      turn('la semaine d engagement de la promo ca sert a quoi', 'dispositif', [PARENTS_OR_FILE]),
      turn('et la preparation de la suite c plus long ou pareil ?', 'dispositif', [
        ['2 semaines', 'deux semaines'],
        ['1 semaine', 'une semaine'],
      ]),
    ],
  ),
  c(
    'b136-distance-trois',
    ['comparison', 'modality', 'no-accent'],
    [turn('des 3 dispositifs lequel on peut faire a distance', 'dispositif', [DISTANCE, PRESENTIEL, PROMO])],
  ),
  c(
    'b136-bilan-prepa-vs-promo',
    ['comparison', 'silent', 'abbrev'],
    [
      turn(
        'a la fin de la prepa j ai un bilan individuel, et a la fin de la promo 1618 pareil ?',
        'dispositif',
        [
          [
            ...SILENT,
            'pas de bilan individuel',
            'uniquement',
            'seulement',
            'que pour',
            'accompagnement prolongé',
            '6 mois',
            'six mois',
          ],
        ],
      ),
    ],
  ),
  c(
    'b136-inscription-prepa-vs-pec',
    ['comparison', 'panda', 'no-accent'],
    [
      turn('pour la prepa c moi qui inscris sur panda, et pour comp pec c pareil ?', 'dispositif', [
        REFERENT,
        PANDA_OR_PLATFORM,
      ]),
    ],
  ),
  c(
    'b136-open-badges-ou',
    ['comparison', 'no-accent'],
    [turn('les open badges c dans la promo ou dans la prepa ?', 'dispositif', [PROMO, ['open badge']])],
  ),
  c(
    'b136-jours-prepa-vs-promo',
    ['comparison', 'silent', 'no-accent'],
    [
      turn('la promo c du lundi au jeudi, et la prepa c quels jours ?', 'dispositif', [
        [...PREPA_DURATION, ...TWO_WEEKS],
        [...SILENT, 'à la carte', 'a la carte', 'selon', 'en fonction'],
      ]),
    ],
  ),
  c(
    'b136-certif-prepa-vs-pec',
    ['comparison', 'abbrev'],
    [
      turn('prepa ou comp pec, c lequel qui debouche sur une certif ?', 'dispositif', [
        PEC_NAME,
        CERTIFICATION,
      ]),
    ],
  ),
  c(
    'b136-prepa-vraie-duree',
    ['ordinary', 'duration', 'no-accent'],
    [
      turn(
        'prepa comp c 2 semaines ou 8 jours ? on me dit tout et son contraire',
        'dispositif',
        [PREPA_DURATION, TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b136-durees-chain',
    ['comparison', 'follow-up', 'duration', 'sms'],
    [
      turn('prepa comp ca dure cb', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('et la promo c plus long ?', 'dispositif', [PROMO_DURATION]),
      turn('et comp pec entre les deux ?', 'dispositif', [PEC_DAYS, PEC_SPREAD]),
    ],
  ),
  c(
    'b136-promo-presentiel-autre',
    ['comparison', 'follow-up', 'modality'],
    [
      turn('la promo c en presentiel ?', 'dispositif', [PRESENTIEL]),
      turn("et l'autre, la prepa ?", 'dispositif', [DISTANCE]),
    ],
  ),
  c(
    'b136-2q-prepa-jours-promo',
    ['two-questions', 'ordinary', 'sms'],
    [
      turn('prepa c combien de jours et la promo c quels jours de la semaine', 'dispositif', [
        PREPA_DURATION,
        PROMO_DAYS,
      ]),
    ],
  ),
  c(
    'b136-pec-quand-mobiliser',
    ['ordinary', 'no-accent'],
    [
      turn('comp pec on peut le lancer des la signature du contrat ou faut attendre ?', 'dispositif', [
        ['signature', 'premiers mois'],
      ]),
    ],
  ),
];

// ── Two profiles, one choice ───────────────────────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b136-brsa-projet',
    ['choice', 'abbrev', 'no-accent'],
    [turn('prépa ou PEC pour un BRSA qui a deja un projet ?', 'eligibility', [VOLET2_PICK, PEC_CONTRACT])],
  ),
  c(
    'b136-soeur-frere',
    ['profiles', 'follow-up', 'abbrev', 'no-accent'],
    [
      turn('elle a 25 ans RSA, et son frere 17 ans ASE, chacun quoi ?', 'eligibility', [
        [...PREPA, ...PEC_NAME],
        PROMO,
      ]),
      turn('et pour un jeune de 16 ans alors ?', 'eligibility', [[...ELIGIBLE, ...AGE_1618], PROMO]),
    ],
  ),
  c(
    'b136-lequel-des-deux-ase',
    ['choice', 'follow-up', 'abbrev'],
    [
      turn('lequel des deux pour une jeune de 17 ans ASE, prepa ou promo ?', 'eligibility', [PROMO]),
      turn('et pour sa mere 42 ans au rsa ?', 'eligibility', [PREPA]),
      turn('elles peuvent commencer quand chacune ?', 'agenda', [on('2027-02-01'), on('2027-01-18')]),
    ],
  ),
  c(
    'b136-deja-contrat-pec',
    ['choice', 'abbrev', 'no-accent'],
    [
      turn('brsa 40 ans deja en contrat pec dans une mairie, prepa ou comp pec ?', 'eligibility', [
        PEC_NAME,
        EMPLOYER,
      ]),
    ],
  ),
  c(
    'b136-rsa-sans-contrat-pec',
    ['choice', 'no-accent'],
    [turn('dame 30 ans rsa, pas de contrat pec, comp pec ou prepa', 'eligibility', [PREPA, PEC_CONTRACT])],
  ),
  c(
    'b136-15-ou-17',
    ['profiles', 'no-accent'],
    [
      turn('deux jeunes ase decroches, un de 15 ans et un de 17, lequel peut aller en promo', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
    ],
  ),
  c(
    'b136-lycee-ou-decroche',
    ['profiles', 'typo'],
    [
      turn(
        'jeunes ase 17 ans tous les deux, l un encore au lycee l autre a tout lache en octobre, la promo c pour lequel ?',
        'eligibility',
        [NOT_ELIGIBLE, SCHOOL],
      ),
    ],
  ),
  c(
    'b136-ft-ou-pas',
    ['comparison', 'abbrev'],
    [
      turn('brsa inscrit a FT ou pas inscrit ca change quoi pour la prepa', 'eligibility', [
        NOT_REGISTERED_TOO,
      ]),
    ],
  ),
  c(
    'b136-ml-ou-cd',
    ['profiles', 'abbrev'],
    [
      turn(
        'salarie pec suivi par la ML pas au rsa vs une dame pec au rsa suivie par nous : qui prescrit comp pec pour chacun',
        'eligibility',
        [PRESCRIBED_BY_DEPARTEMENT, OTHER_PRESCRIBER],
      ),
    ],
  ),
  c(
    'b136-siae-droit-commun',
    ['choice', 'abbrev', 'no-accent'],
    [
      turn(
        'monsieur rsa salarie en siae avec un projet de qualif, formation de droit commun ou prepa ?',
        'eligibility',
        [['région', 'régional', 'financeurs publics', 'droit commun'], PREPA],
      ),
    ],
  ),
  c(
    'b136-couple',
    ['profiles', 'no-accent'],
    [
      turn(
        'couple au rsa : lui 35 ans en contrat pec, elle 33 ans sans projet precis. chacun quoi',
        'eligibility',
        [PEC_NAME, PREPA],
      ),
    ],
  ),
  c(
    'b136-17-puis-15',
    ['follow-up', 'ordinary', 'abbrev'],
    [
      turn('jeune 17 ans ase decroche depuis juin, promo ok ?', 'eligibility', [
        [...ELIGIBLE, 'mission locale', 'cio'],
      ]),
      turn('et s il avait 15 ans ?', 'eligibility', [NOT_ELIGIBLE, ['16']]),
    ],
  ),
];

// ── The agenda, relative to Monday 11 January 2027 ─────────────────────────

const agenda: ConversationCase[] = [
  c(
    'b136-jpo-ou-infocoll-premier',
    ['comparison', 'relative-time', 'abbrev'],
    [
      turn(
        "la prochaine JPO ou la prochaine info coll, c'est laquelle en premier ?",
        'agenda',
        [on('2027-01-14'), on('2027-02-03')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b136-semaines-chain',
    ['relative-time', 'follow-up', 'sms'],
    [
      turn(
        'quoi de prevu la semaine pro',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
      turn(
        "et la semaine d'apres ?",
        'agenda',
        [on('2027-01-26')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-02-03')],
      ),
      turn(
        'et celle encore apres',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-01-26'), ...notOn('2027-02-09'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b136-dans-15-jours',
    ['relative-time', 'sms'],
    [
      turn(
        'dans 15 jours y a quoi',
        'agenda',
        [on('2027-01-26')],
        [...notOn('2027-01-14'), ...notOn('2027-02-03'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b136-fin-janvier',
    ['relative-time', 'no-accent'],
    [
      turn(
        "d'ici fin janvier y a quoi comme evenements",
        'agenda',
        [on('2027-01-14'), on('2027-01-19'), on('2027-01-21'), on('2027-01-26')],
        [...notOn('2027-01-07'), ...notOn('2027-02-03'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b136-entre-20-et-31',
    ['relative-time', 'no-accent'],
    [
      turn(
        'entre le 20 et le 31 y a quoi a l afpa',
        'agenda',
        [on('2027-01-21'), on('2027-01-26')],
        [...notOn('2027-01-14'), ...notOn('2027-01-19'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b136-ce-jeudi',
    ['relative-time', 'two-questions', 'abbrev'],
    [
      turn(
        'ce jeudi y a bien l info coll prepa ? c a quelle heure',
        'agenda',
        [on('2027-01-14'), HOUR_0930],
        notOn('2027-01-21'),
      ),
    ],
  ),
  c(
    'b136-demain',
    ['relative-time', 'empty', 'sms'],
    [turn('demain y a qqch a l afpa', 'agenda', [NOTHING], notOn('2027-01-07'))],
  ),
  c(
    'b136-mois-prochain-moissac',
    ['relative-time', 'follow-up', 'town'],
    [
      turn(
        'le mois prochain y a quoi',
        'agenda',
        [on('2027-02-03'), on('2027-02-09'), on('2027-02-11'), on('2027-02-17'), on('2027-02-23')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-03-04')],
      ),
      turn(
        'et juste a moissac ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-02-11'), ...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b136-avant-vacances-fevrier',
    ['relative-time', 'silent', 'abbrev', 'no-accent'],
    [
      turn(
        'info coll avant les vacances de fevrier ?',
        'agenda',
        [
          [
            ...on('2027-01-14'),
            ...on('2027-01-21'),
            ...on('2027-02-09'),
            ...on('2027-02-11'),
            'vacances scolaires',
            'calendrier scolaire',
            'calendrier des vacances',
            'dates des vacances',
            'pas de calendrier',
            ...SILENT,
          ],
        ],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b136-places-prepa-ou-pec',
    ['comparison', 'places', 'abbrev'],
    [
      turn('sur les prochaines entrees y a plus de places en prepa ou en PEC ?', 'agenda', [
        on('2027-01-18'),
        places(6),
        on('2027-01-20'),
        places(4),
      ]),
    ],
  ),
  c(
    'b136-jpo-montauban-moissac',
    ['comparison', 'follow-up', 'town', 'abbrev'],
    [
      turn(
        'jpo montauban ou jpo moissac laquelle est la plus tot',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        notOn('2027-01-07'),
      ),
      turn('et elles durent pareil ?', 'agenda', [JPO_MONTAUBAN_HOURS, JPO_MOISSAC_HOURS]),
    ],
  ),
  c(
    'b136-visites-plus-proche',
    ['comparison', 'trade', 'no-accent'],
    [
      turn('visite soudure ou visite electricite c laquelle la plus proche', 'agenda', [
        on('2027-01-19'),
        on('2027-03-10'),
      ]),
    ],
  ),
  c(
    'b136-prepa-presentiel-ou-distance',
    ['comparison', 'modality', 'session'],
    [
      turn(
        'dame sans voiture : prochaine entree prepa a distance ou celle en presentiel, c quand chacune',
        'agenda',
        [on('2027-01-18'), on('2027-02-08')],
      ),
    ],
  ),
  c(
    'b136-infocoll-pec-ou-prepa',
    ['comparison', 'abbrev', 'no-accent'],
    [
      turn('info coll pec ou info coll prepa, y en a une avant l autre ?', 'agenda', [
        on('2027-01-14'),
        on('2027-02-09'),
      ]),
    ],
  ),
  c(
    'b136-volet2-janvier-ou-fevrier',
    ['comparison', 'places', 'volet'],
    [
      turn('prepa volet 2 : la session de janvier ou celle de fevrier, ou y a encore de la place', 'agenda', [
        on('2027-01-25'),
        FULL,
        on('2027-02-15'),
        places(5),
      ]),
    ],
  ),
  c(
    'b136-dans-3-semaines',
    ['relative-time', 'sms'],
    [
      turn(
        'dans 3 semaines y a quoi',
        'agenda',
        [[...on('2027-02-03'), ...on('2027-02-01')]],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b136-infocoll-prepa-fin-fevrier',
    ['relative-time', 'abbrev', 'no-accent'],
    [
      turn(
        'd ici fin fevrier combien d info coll prepa ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-21'), on('2027-02-11')],
        [...notOn('2027-03-04'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b136-cariste-ou-preparateur',
    ['comparison', 'places', 'trade', 'no-accent'],
    [
      turn(
        'cariste ou preparateur de commandes, c lequel qui demarre en premier',
        'agenda',
        [on('2027-01-27'), on('2027-03-01')],
        otherTrainings('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b136-plus-de-places',
    ['comparison', 'places'],
    [
      turn('dans l info places c quelle formation qui a le plus de places dispo en ce moment', 'agenda', [
        ['propreté'],
        places(7),
      ]),
    ],
  ),
  c(
    'b136-plaquiste-ou-macon',
    ['comparison', 'places', 'trade', 'no-accent'],
    [
      turn(
        'plaquiste ou macon, ou y a de la place ?',
        'agenda',
        [['plaquiste'], FULL, ['maçon'], [...places(3), ...on('2027-02-15')]],
        otherTrainings('plaquiste', 'maçon'),
      ),
    ],
  ),
  c(
    'b136-reunions-metier-ordre',
    ['comparison', 'trade', 'no-accent'],
    [
      turn('reunion metier batiment ou logistique laquelle en premier', 'agenda', [
        on('2027-01-26'),
        on('2027-02-23'),
      ]),
    ],
  ),
  c(
    'b136-promo-infocoll-avant-entree',
    ['comparison', 'abbrev'],
    [
      turn('promo : l info coll elle est avant ou apres l entree ?', 'agenda', [
        on('2027-02-01'),
        on('2027-03-17'),
      ]),
    ],
  ),
  c(
    'b136-infocoll-jeudi-apres',
    ['relative-time', 'follow-up', 'town'],
    [
      turn('l info coll prepa de ce jeudi c ou ?', 'agenda', [['montauban']], notOn('2027-01-21')),
      turn("et celle d'apres ?", 'agenda', [on('2027-01-21'), ['castel']]),
    ],
  ),
  c(
    'b136-jpo-montauban-autre',
    ['follow-up', 'town', 'ordinary'],
    [
      turn(
        'prochaine JPO a montauban',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-02-17'), ...notOn('2027-01-07')],
      ),
      turn("et l'autre a moissac ?", 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b136-soudure-ou-macon-fu',
    ['comparison', 'follow-up', 'places', 'trade'],
    [
      turn(
        'places soudure',
        'agenda',
        [
          ['soudeur', 'soudure'],
          [...places(4), ...on('2027-02-01')],
        ],
        otherTrainings('soudeur'),
      ),
      turn(
        'et en maconnerie y en a plus ?',
        'agenda',
        [['maçon'], [...places(3), ...on('2027-02-15')]],
        otherTrainings('maçon'),
      ),
    ],
  ),
  c(
    'b136-fin-fevrier-debut-mars',
    ['relative-time', 'no-accent'],
    [
      turn(
        'fin fevrier debut mars y a quoi',
        'agenda',
        [on('2027-02-23'), on('2027-03-04')],
        [...notOn('2027-02-03'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b136-fin-janvier-castel',
    ['relative-time', 'follow-up', 'town', 'abbrev'],
    [
      turn(
        'd ici fin janvier y a des info coll ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11')],
      ),
      turn('laquelle est la plus pres de castel', 'agenda', [on('2027-01-21'), ['castel']]),
    ],
  ),
  c(
    'b136-2q-semaine-pro-places',
    ['two-questions', 'relative-time', 'places'],
    [
      turn(
        'semaine pro y a quoi, et il reste de la place en prepa ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21'), on('2027-01-18')],
        notOn('2027-01-26'),
      ),
    ],
  ),
];

// ── Figures against the targets ────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b136-obj-prepa-ou-pec',
    ['comparison', 'abbrev'],
    [
      turn('objectif 2022 y avait plus de monde prevu en prepa ou en pec ?', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
      ]),
    ],
  ),
  c(
    'b136-obj-chain',
    ['comparison', 'follow-up', 'no-accent'],
    [
      turn('objectif prepa comp c combien deja', 'figures', [TARGET_PREPA]),
      turn('et on a fait mieux ou moins bien ?', 'figures', [NOT_AVAILABLE]),
      turn('et sur la pec ?', 'figures', [TARGET_PEC]),
    ],
  ),
  c(
    'b136-plus-que-an-dernier',
    ['comparison', 'relative-time', 'abbrev'],
    [turn('entrees comp pec cette annee, combien de plus que l an dernier ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b136-obj-promo-vs-prepa',
    ['comparison', 'abbrev'],
    [
      turn('objectif promo 10 jeunes ase, c plus ou moins que la prepa', 'figures', [
        TARGET_PROMO,
        TARGET_PREPA,
      ]),
    ],
  ),
  c(
    'b136-70-pourcent',
    ['two-questions', 'silent'],
    [
      turn('70% de sorties positives c pour quel dispositif, et la prepa elle a un taux cible ?', 'figures', [
        ['70'],
        PROMO,
        [...SILENT, 'pas de taux', 'aucun taux', 'pas de cible', 'aucune cible', 'pas de taux cible'],
      ]),
    ],
  ),
  c(
    'b136-dgefp-ou-ddets',
    ['comparison', 'abbrev'],
    [
      turn('les chiffres partent a la dgefp et a la ddets, c plus souvent a qui ?', 'figures', [
        DGEFP,
        MONTHLY,
        YEARLY,
      ]),
    ],
  ),
  c(
    'b136-sortie-emploi-trimestre',
    ['comparison', 'relative-time', 'no-accent'],
    [
      turn('taux de sortie emploi des brsa ce trimestre par rapport au precedent ?', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b136-35000',
    ['comparison', 'ordinary'],
    [
      turn('les 35000 jeunes de la promo c le chiffre du 82 ou national ?', 'figures', [
        ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000'],
        ['national', 'france', '2021', 'pays'],
      ]),
    ],
  ),
  c(
    'b136-obj-2027',
    ['relative-time', 'silent', 'sms'],
    [
      turn('en 2027 les objectifs c tjs 30 50 10 ?', 'figures', [
        ['2022'],
        [
          ...SILENT,
          ...both(['pas d’objectif', 'aucun objectif', 'pas fixé', 'pas encore', 'pas de nouveaux']),
        ],
      ]),
    ],
  ),
  c(
    'b136-2q-obj-pec-contact',
    ['two-questions', 'abbrev'],
    [
      turn('objectif pec c combien et je vois ca avec qui a l afpa ?', 'figures', [
        TARGET_PEC,
        [...RAP, ...DIRECTOR],
      ]),
    ],
  ),
  c(
    'b136-jpo-ce-mois-vs-dernier',
    ['comparison', 'relative-time', 'abbrev'],
    [
      turn('combien de brsa sont alles a une jpo ce mois ci par rapport au mois dernier', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
];

// ── Whom to contact ────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b136-rap-ou-directeur',
    ['choice', 'abbrev'],
    [
      turn('souci sur une prescription prepa : j ecris a la RAP ou au directeur ?', 'contact', [
        RAP,
        DIRECTOR,
      ]),
    ],
  ),
  c(
    'b136-meme-personne',
    ['comparison', 'no-accent'],
    [turn('c la meme personne cote afpa pour la promo et pour la pec ?', 'contact', [RAP])],
  ),
  c(
    'b136-suivi-accord-deux-cotes',
    ['comparison', 'abbrev'],
    [turn('qui suit l accord cote cd et cote afpa', 'contact', [DIRECTOR, PRESIDENT])],
  ),
  c(
    'b136-mail-ou-tel',
    ['choice', 'silent', 'abbrev'],
    [
      turn(
        'mail ou tel de la RAP, c quoi le plus rapide pour la joindre',
        'contact',
        [
          RAP,
          [
            ...SILENT,
            ...both([
              'pas de numéro',
              'pas de coordonnées',
              'aucune coordonnée',
              'pas de mail',
              'pas d’adresse',
              'pas de téléphone',
              'pas le numéro',
              'pas son numéro',
            ]),
          ],
        ],
        ['05 63', '0563', '@afpa.fr'],
      ),
    ],
  ),
  c(
    'b136-referent-experimentation',
    ['two-questions', 'no-accent'],
    [
      turn("referent de l'experimentation cote cd c qui, et il bosse avec qui a l afpa", 'contact', [
        DEPT_REFERENT,
        [...DIRECTOR, ...RAP],
      ]),
    ],
  ),
  c(
    'b136-contact-au-dessus',
    ['follow-up', 'ordinary'],
    [
      turn('qui contacter a l afpa pour la prepa', 'contact', [RAP]),
      turn('et si ca coince, c qui au dessus ?', 'contact', [DIRECTOR]),
    ],
  ),
  c(
    'b136-kit-cd-ou-afpa',
    ['choice', 'abbrev'],
    [
      turn('le kit de comm je le demande au cd ou a l afpa ?', 'contact', [
        ['afpa'],
        both([
          'met à disposition',
          'mis à disposition',
          'mettre à disposition',
          'fournit',
          'fourni',
          'transmet',
        ]),
      ]),
    ],
  ),
];

// ── Prescribing ────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b136-direct-ou-ft',
    ['comparison', 'abbrev'],
    [
      turn('plus rapide : prescrire direct ou passer par FT pour un brsa ?', 'prescribe', [
        PRESCRIBED_BY_DEPARTEMENT,
        [...NOT_REGISTERED_TOO, 'france travail', 'pôle emploi'],
      ]),
    ],
  ),
  c(
    'b136-infocoll-avant-prescrire',
    ['choice', 'silent', 'abbrev'],
    [
      turn("c'est mieux de passer par l'info coll avant de prescrire ?", 'prescribe', [
        [
          ...SILENT,
          ...both([
            'pas obligatoire',
            'n’est pas obligatoire',
            'pas une obligation',
            'pas nécessaire',
            'n’impose pas',
            'aucune obligation',
            'pas indispensable',
            'ne conditionne pas',
            'pas un préalable',
            'n’exige pas',
            'pas exigé',
            'pas requis',
            'facultati',
          ]),
        ],
        [...ADHESION, ...on('2027-01-14'), 'informe la personne', 'informer la personne'],
      ]),
    ],
  ),
  c(
    'b136-pr-lundi-prochain',
    ['relative-time', 'session'],
    [
      turn('inscrire une dame sur l entree prepa de lundi prochain', 'prescribe', [
        ...FORM,
        on('2027-01-18'),
      ]),
    ],
  ),
  c(
    'b136-pr-promo-mois-prochain',
    ['relative-time', 'session', 'abbrev'],
    [
      turn('positionner une jeune ase sur la promo qui demarre le mois prochain', 'prescribe', [
        ...FORM,
        on('2027-02-01'),
      ]),
    ],
  ),
  c(
    'b136-pr-volet2-place',
    ['follow-up', 'places', 'volet'],
    [
      turn('prochaines sessions prepa volet 2 ?', 'agenda', [on('2027-02-15')], notOn('2027-01-18')),
      turn('ok je prescris sur celle ou il reste de la place', 'prescribe', [...FORM, on('2027-02-15')]),
    ],
  ),
  c(
    'b136-pr-pec-dessus',
    ['follow-up', 'session', 'abbrev'],
    [
      turn('prochaine entree comp pec', 'agenda', [on('2027-01-20')]),
      turn('ok je prescris un monsieur dessus', 'prescribe', [...FORM, on('2027-01-20')]),
    ],
  ),
  c(
    'b136-pr-hesite',
    ['choice', 'rambling'],
    [
      turn(
        'j hesite entre prepa et pec pour mon brsa... bon allez je prescris une prepa comp',
        'prescribe',
        FORM,
      ),
    ],
  ),
  c(
    'b136-pr-annule',
    ['follow-up', 'ordinary'],
    [
      turn('je veux faire une prescription pec', 'prescribe', FORM),
      turn('non laisse tomber annule', 'other', [CANCELLED]),
    ],
  ),
  c(
    'b136-pr-atelier3',
    ['session', 'abbrev'],
    [turn('prescrire comp pec atelier 3, la session de fevrier', 'prescribe', [...FORM, on('2027-02-10')])],
  ),
];

// ── Everything else the agreement settles ──────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b136-accord-2027',
    ['relative-time', 'follow-up', 'abbrev'],
    [
      turn('l accord cd afpa il est encore valable en 2027 ? il etait pas sur 2 ans ?', 'other', [
        ['2 ans', 'deux ans'],
        ['2022'],
        ['avenant', 'prolong', 'poursuite', 'reconduit', 'reconduction'],
      ]),
      turn('et si un des deux veut arreter, preavis de 2 ou 3 mois ?', 'other', [['2 mois', 'deux mois']]),
    ],
  ),
  c(
    'b136-copil-frequence',
    ['comparison', 'abbrev'],
    [
      turn('copil de l accord vs copil national, lequel se reunit le plus souvent', 'other', [
        YEARLY_MEETING,
        QUARTERLY,
      ]),
    ],
  ),
  c(
    'b136-equipe-vs-copil',
    ['comparison', 'no-accent'],
    [
      turn('l afpa vient en reunion d equipe plus souvent que le copil ne se reunit ?', 'other', [
        SEMESTER,
        YEARLY_MEETING,
      ]),
    ],
  ),
  c(
    'b136-kit-vs-info-places',
    ['comparison', 'no-accent'],
    [
      turn('kit de comm et info places c quoi la diff', 'other', [
        ['flyer', 'argumentaire', 'titres professionnels', 'intervenants'],
        ['temps réel', 'places disponibles'],
      ]),
    ],
  ),
  c(
    'b136-campagne-2022',
    ['relative-time', 'silent'],
    [
      turn(
        'les entrees jusqu au 31/12/2022 et la fin au 30 avril 2023, ca vaut encore pour une entree en fevrier 2027 ?',
        'other',
        [
          ['31 décembre 2022', '31/12/2022'],
          ['30 avril 2023', '30/04/2023'],
          [...SILENT, 'poursuite', 'avenant', 'prolong', 'reconduction'],
        ],
      ),
    ],
  ),
  c(
    'b136-panda-ou-bot',
    ['choice', 'panda'],
    [turn('pour inscrire ma dame en prepa c panda ou ton formulaire qui compte ?', 'other', [['panda']])],
  ),
  c(
    'b136-rgpd-qui',
    ['choice', 'silent', 'abbrev'],
    [
      turn('rgpd : c l afpa ou le cd qui est responsable des donnees des gens qu on prescrit ?', 'other', [
        RGPD,
        [
          ...SILENT,
          ...both([
            'les deux',
            'les parties',
            'deux parties',
            'chacune',
            'l’afpa et le département',
            'le département et l’afpa',
            's’engagent',
          ]),
        ],
      ]),
    ],
  ),
  c(
    'b136-village-ou-centre',
    ['comparison', 'ordinary'],
    [turn('le village afpa et le centre afpa c pareil ou pas ?', 'other', [TIERS_LIEU])],
  ),
  c(
    'b136-stand-jpo',
    ['choice', 'abbrev'],
    [
      turn('pour la jpo de fevrier c le cd ou l afpa qui tient le stand ?', 'other', [
        ['stand'],
        ['département', 'conseil départemental', 'vos équipes', 'cd82', 'cd 82'],
      ]),
    ],
  ),
];

// ── Outside the agreement ──────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b136-afpa-ou-greta',
    ['comparison', 'abbrev'],
    [turn('c mieux l afpa ou le greta pour un caces cariste ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b136-prepa-ou-gj-paie',
    ['comparison', 'money'],
    [
      turn(
        'prepa comp ou garantie jeunes, lequel rapporte le plus a la personne',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b136-vacances-dates',
    ['relative-time', 'no-accent'],
    [
      turn(
        'c quand deja les vacances de fevrier cette annee ?',
        'out_of_scope',
        [[...SILENT, 'calendrier scolaire', 'pas de calendrier', 'pas les dates']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b136-rsa-volontariat',
    ['follow-up', 'rsa-rules'],
    [
      turn(
        'le rsa est suspendu si elle arrete la prepa en cours de route ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
      turn('ok mais la prepa c sur la base du volontariat ou pas', 'dispositif', [ADHESION]),
    ],
  ),
  c(
    'b136-transport-castel-ou-montauban',
    ['comparison', 'money', 'abbrev'],
    [
      turn(
        'transport : castel ou montauban, qui rembourse les trajets du brsa ?',
        'out_of_scope',
        [[...SILENT, 'conditions matérielles', 'mobilité']],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b136-e2c-ou-epide',
    ['comparison', 'abbrev'],
    [turn('e2c ou epide pour un jeune de 19 ans lequel est le mieux', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b136-afpa-toulouse',
    ['comparison', 'no-accent'],
    [
      turn(
        'afpa montauban ou afpa toulouse, laquelle a le plus de formations',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b136-pec-ou-cdd-paie',
    ['comparison', 'money', 'typo'],
    [
      turn(
        'mieux paye un contrat pec ou un cdd classique',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b136-service-civique-ou-promo',
    ['comparison', 'abbrev'],
    [
      turn(
        'service civique ou promo 1618 pour un jeune de 17 ans, c mieux quoi',
        'out_of_scope',
        [SILENT, PROMO],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b136-prepa-matin-ou-aprem',
    ['choice', 'schedule', 'sms'],
    [turn('les ateliers prepa c le matin ou l aprem ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
];

export const HUNDRED_THIRTY_SIXTH_BLIND_SET: ConversationCase[] = [
  ...dispositifs,
  ...eligibility,
  ...agenda,
  ...figures,
  ...contacts,
  ...prescribe,
  ...other,
  ...outOfScope,
];
