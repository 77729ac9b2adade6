/**
 * Thirty-ninth blind set: « a team meeting's worth of cases ».
 *
 * Monday morning, a team of five référents of the Département (RSA and ASE) goes through the
 * cases of the week with the assistant. Each has a way of writing that does not change from
 * one case to the next:
 * - Hélène (RSA) writes long, formal paragraphs, with the whole situation before the question;
 * - Karim (RSA) writes telegraphic notes: « mr 47a brsa cdi tps partiel → comp pec ? »;
 * - Sandrine (RSA) dictates to her phone: no punctuation, no capitals, one long breath;
 * - Thomas (RSA and ASE) puts two questions in one message;
 * - Nadia (ASE) always comes back with a follow-up: « et si elle avait 17 ans »,
 *   « ah j'oubliais elle est en PEC », « ok et c'est qui qui prescrit alors ».
 *
 * About half of the turns ask whether one described person can enter Prépa Compétences,
 * Compétences PEC, La Promo 16/18 or another offer of the agreement (VAE, RSFP, CléA, CléA
 * numérique, Open Badges, Français à visée professionnelle, AFPA's regular trainings): the
 * expected answer says yes or no with the reason, who prescribes instead, or what is still
 * to be checked. The other half asks what a programme is, for whom, how long, its steps and
 * content, the référent's role and what comes after; AFPA's agenda (against
 * `agenda-fixture.ts`, today being Monday 11 January 2027, Europe/Paris); the 2022 targets;
 * the contacts; and questions the agreement does not cover, where the expected answer says
 * so and invents nothing.
 *
 * Written blind: only from the agreement (seed), the product guide, the published agenda
 * fixture and the helpers of `sets.ts`, without running or reading the bot. Every expected
 * fact is a group of short alternatives (never one precise wording); `mustNotContain` lists
 * the agenda items that a filtered answer must leave out.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

/** A yes. */
const YES = [
  'oui',
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut suivre',
  'peut accéder',
  'peut y accéder',
  'peut être orienté',
  'peut être prescrit',
  'pouvez prescrire',
  'pouvez l’orienter',
  "pouvez l'orienter",
  'pouvez l’inscrire',
  "pouvez l'inscrire",
];
/** What a yes must not say. */
const NOT_ELIGIBLE = ['pas éligible', 'non éligible', 'inéligible'];
/** A no. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne relève pas',
  'pas accessible',
  'ne correspond pas',
  'ne remplit pas',
  'réservé',
  'pas possible',
  'impossible',
  'non,',
  'non.',
  'non :',
];
/** The agreement does not say. */
const NOT_COVERED = [
  'ne couvre pas',
  'ne prévoit pas',
  'ne précise pas',
  'ne dit rien',
  'ne dit pas',
  'ne mentionne pas',
  'ne traite pas',
  'ne parle pas',
  'ne donne pas',
  'ne fixe pas',
  'ne contient pas',
  'ne porte pas',
  'ne figure pas',
  'n’indique pas',
  "n'indique pas",
  'pas prévu',
  'pas couvert',
  'pas traité',
  'pas précisé',
  'hors du champ',
  'hors champ',
  'hors de l’accord',
  "hors de l'accord",
  'aucune information',
  'pas d’information',
  "pas d'information",
  'rien sur',
  'pas dans l’accord',
  "pas dans l'accord",
  'pas dans la convention',
  'je ne sais pas',
];

const RSA = [' RSA', 'R.S.A', 'allocataire'];
const FRANCE_TRAVAIL = ['France Travail', 'Pôle emploi'];
const ML_CIO = ['Mission locale', 'Missions locales', 'C.I.O', ' CIO'];
const PANDA = ['PANDA'];
const EMPLOYER = ['employeur'];
const PEC_CONTRACT = [
  'contrat PEC',
  'un PEC',
  'en PEC',
  'parcours emploi compétences',
  'P.E.C.',
  'signataire',
  'contrat aidé',
];
const REGISTERED_OR_NOT = [
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'qu’elle soit inscrite',
  "qu'elle soit inscrite",
  'qu’il soit inscrit',
  "qu'il soit inscrit",
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'sans inscription',
  'même inscrit',
  'même si',
  'pas nécessaire',
  'pas obligatoire',
  'pas besoin',
];
const DIRECT_PRESCRIPTION = [
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'directement',
  'vous pouvez prescrire',
  'le Département peut prescrire',
];

const VOLET_1 = ['volet 1', 'consolider', 'diagnostic de faisabilité'];
const VOLET_2 = ['volet 2', 'sécuriser', 'sécurisation'];
const AT_A_DISTANCE = ['distance', 'distanciel'];
const PREPA_DAYS = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '8 jours maxi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const OVER_THE_CONTRACT = [
  'durée du PEC',
  'durée du contrat',
  'pendant le PEC',
  'pendant le contrat',
  'au long du contrat',
  'sur la durée',
  'répartis',
  'réparties',
];
const PEC_TIMING = [
  'dès la signature',
  'dès signature',
  'premiers mois',
  'immédiatement',
  'durée du PEC',
  'durée du contrat',
  'pendant le PEC',
  'pendant le contrat',
  'en cours de PEC',
  'en cours de contrat',
];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MONDAY_TO_THURSDAY = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi'];
const PARENTAL = [
  'autorisation parentale',
  'autorisations parentales',
  'parents',
  'parental',
  'représentant légal',
  'représentants légaux',
];
const AGE_16 = [
  '16 ans',
  'seize ans',
  '16 à 17',
  '16 à 18',
  '16-17',
  '16 et 17',
  'à partir de 16',
  'moins de 16',
  'trop jeune',
  'au moins 16',
];
const LEFT_SCHOOL = [
  'quitté',
  'décroch',
  'déscolaris',
  'plus scolaris',
  'encore scolaris',
  'toujours scolaris',
  'est scolaris',
  'ni en formation',
  'pas en formation',
  'sortis du système',
  'sorti du système',
];
const NOT_WORKING = [
  'ne travaillent pas',
  'ne travaille pas',
  'ni en emploi',
  'pas en emploi',
  'sans emploi',
  'ni emploi',
  'ni en formation',
  'pas en formation',
  'apprenti',
  'déjà en formation',
  'déjà en emploi',
];
const BILAN = ['bilan individuel', 'bilan'];
const PORTFOLIO = ['portefeuille de compétences', 'portefeuille'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir-faire', 'reconnaissance des savoirs-faire'];
const VAE_PREREQUISITES = ['prérequis', 'pré-requis', 'conditions'];
const CLEA = ['CléA'];
const PROFESSIONAL_TITLES = ['titres professionnels', 'titre professionnel'];
const PUBLIC_FUNDERS = [
  'Conseil régional',
  'Région',
  'financeurs publics',
  'financeur public',
  'droit commun',
  'programmes de formation',
];
const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'plus aucune place',
  'places : 0',
  'places disponibles : 0',
  'pas de place',
];
const BATTEDOU = ['Battedou'];
const VELLA = ['Vella'];

// ── Hélène: long formal paragraphs (RSA) ───────────────────────────────────

const HELENE: ConversationCase[] = [
  c(
    'b39-helene-prepa-not-registered',
    ['formal', 'rsa', 'prepa-competences'],
    [
      turn(
        'Bonjour, je vous soumets la situation de Mme L., 38 ans, allocataire du RSA depuis trois ans, que j’accompagne dans le cadre de l’accompagnement global. Elle n’est pas inscrite à France Travail. Elle envisage une reconversion vers l’aide à domicile, mais hésite encore sur le métier et voudrait confronter son projet à la réalité du secteur avant de s’engager. Pourriez-vous me confirmer qu’elle peut bénéficier de Prépa Compétences, et dans quel volet ?',
        'eligibility',
        [YES, REGISTERED_OR_NOT, VOLET_1],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b39-helene-pec-just-signed-then-steps',
    ['formal', 'rsa', 'competences-pec'],
    [
      turn(
        'Je reçois demain M. T., 44 ans, allocataire du RSA, qui vient de signer un Parcours Emploi Compétences de douze mois comme agent d’entretien dans une commune. Son employeur est favorable à une démarche de certification. Je souhaiterais savoir s’il peut entrer dans Compétences PEC dès maintenant ou s’il faut attendre plusieurs mois de contrat, et ce qui m’incombe en tant que référente.',
        'eligibility',
        [YES, PEC_TIMING, EMPLOYER],
        NOT_ELIGIBLE,
      ),
      turn(
        'Je vous remercie. Pourriez-vous me détailler les étapes qu’il suivra ensuite avec l’AFPA, et le temps que cela représentera pour lui et pour son employeur ?',
        'dispositif',
        [PEC_DAYS, OVER_THE_CONTRACT, ['5 phases', 'cinq phases', 'phase', 'atelier']],
      ),
    ],
  ),
  c(
    'b39-helene-rsfp-siae',
    ['formal', 'rsa', 'rsfp'],
    [
      turn(
        'Mme B., 47 ans, allocataire du RSA, est salariée d’un atelier chantier d’insertion en espaces verts depuis dix-huit mois. Elle maîtrise mal l’écrit et n’a aucun diplôme. Son encadrant souhaiterait faire reconnaître ses savoir-faire, mais une VAE me semble hors de portée pour elle à ce stade. L’accord prévoit-il une voie mieux adaptée à sa situation ?',
        'eligibility',
        [RSFP, VAE_PREREQUISITES],
      ),
    ],
  ),
  c(
    'b39-helene-soudeur-training',
    ['formal', 'rsa', 'afpa-training', 'places'],
    [
      turn(
        'M. D., 29 ans, allocataire du RSA, souhaite se former au métier de soudeur. Il a un projet validé par un stage en entreprise et un bon niveau de base. Peut-il accéder aux formations qualifiantes de l’AFPA et, le cas échéant, reste-t-il actuellement des places dans cette formation ?',
        'eligibility',
        [PUBLIC_FUNDERS, ['soudeur', 'soudure'], seats(4), on('2027-02-01')],
        ['maçon', 'cariste', 'plaquiste', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b39-helene-prepa-what-is',
    ['formal', 'prepa-competences'],
    [
      turn(
        'Pour préparer une réunion d’équipe, pourriez-vous me rappeler en quoi consiste précisément Prépa Compétences, quelle en est la durée et selon quelles modalités il se déroule ?',
        'dispositif',
        [PREPA_DAYS, TWO_WEEKS, AT_A_DISTANCE],
      ),
    ],
  ),
  c(
    'b39-helene-next-jpo',
    ['formal', 'jpo'],
    [
      turn(
        'Je souhaiterais proposer aux personnes que j’accompagne de se rendre à une journée portes ouvertes de l’AFPA. Pourriez-vous m’indiquer les prochaines dates prévues ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        [...notOn('2027-01-07'), ...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b39-helene-volet2-25-january-full',
    ['formal', 'prepa-competences', 'sessions'],
    [
      turn(
        'Une personne que j’accompagne devait entrer sur la session du volet 2 de Prépa Compétences qui débute le 25 janvier à Montauban. Reste-t-il des places sur cette session ? À défaut, quelle autre session du volet 2 pourrais-je lui proposer ?',
        'agenda',
        [FULL, on('2027-02-15')],
        [...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b39-helene-targets-2022',
    ['formal', 'targets'],
    [
      turn(
        'Dans le cadre de la préparation du comité de pilotage, pourriez-vous me rappeler les objectifs chiffrés que l’accord fixait pour l’année 2022, dispositif par dispositif ?',
        'figures',
        [
          ['30 allocataires', '30 personnes', '30 bénéficiaires', 'trente', ': 30', '30 RSA', '30 en'],
          ['50 allocataires', '50 personnes', '50 bénéficiaires', 'cinquante', ': 50', '50 RSA', '50 en'],
          ['10 jeunes', '10 personnes', 'dix jeunes', 'dix personnes', ': 10', '10 ASE', '10 en'],
        ],
      ),
    ],
  ),
  c(
    'b39-helene-contact-deployment',
    ['formal', 'contact'],
    [
      turn(
        'À qui dois-je m’adresser à l’AFPA pour les questions relatives au déploiement de Prépa Compétences et de Compétences PEC sur notre territoire ?',
        'contact',
        [BATTEDOU],
      ),
    ],
  ),
  c(
    'b39-helene-trainee-pay',
    ['formal', 'out-of-agreement'],
    [
      turn(
        'Une allocataire qui suivrait Prépa Compétences percevrait-elle une rémunération de stagiaire ou une indemnisation de ses frais de déplacement pendant le parcours ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
];

// ── Karim: telegraphic notes (RSA) ──────────────────────────────────────────

const KARIM: ConversationCase[] = [
  c(
    'b39-karim-cdi-part-time',
    ['telegraphic', 'rsa', 'competences-pec', 'not-eligible'],
    [turn('mr 47a brsa cdi tps partiel → comp pec ?', 'eligibility', [NO, PEC_CONTRACT])],
  ),
  c(
    'b39-karim-prepa-v1-then-register',
    ['telegraphic', 'rsa', 'prepa-competences'],
    [
      turn(
        'mme 33a brsa pas inscrite FT, veut tester projet aide-soignante avt formation → prépa v1 ok ?',
        'eligibility',
        [YES, VOLET_1],
        NOT_ELIGIBLE,
      ),
      turn('ok je l’inscris comment ?', 'prescribe', [[...PANDA, 'formulaire', 'plateforme']]),
    ],
  ),
  c(
    'b39-karim-promo-15',
    ['telegraphic', 'ase', 'promo-16-18', 'not-eligible', 'boundary'],
    [turn('jeune 15a ASE déscolarisé → promo 1618 ?', 'eligibility', [NO, AGE_16])],
  ),
  c(
    'b39-karim-pec-which-certification',
    ['telegraphic', 'rsa', 'competences-pec', 'rsfp'],
    [
      turn(
        'mr 58a brsa PEC depuis 8 mois mairie, 0 diplôme, veut valider → vae ou rsfp ou clea ?',
        'eligibility',
        [
          ['Compétences PEC'],
          RSFP,
          ['choix', 'choisi', 'choisir', 'métier visé', 'consultant', 'prérequis', 'pré-requis'],
        ],
      ),
    ],
  ),
  c(
    'b39-karim-prepa-registered-ft',
    ['telegraphic', 'rsa', 'prepa-competences'],
    [
      turn(
        'mme 41a brsa inscrite FT depuis 2 ans → prépa ? ou c FT qui prescrit ?',
        'eligibility',
        [YES, REGISTERED_OR_NOT, DIRECT_PRESCRIPTION],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b39-karim-not-rsa-job-seeker',
    ['telegraphic', 'prepa-competences', 'who-prescribes'],
    [turn('DE 35a pas rsa, suivi FT → prépa via nous ?', 'eligibility', [RSA, FRANCE_TRAVAIL])],
  ),
  c(
    'b39-karim-newcomer-french',
    ['telegraphic', 'rsa', 'french-for-work'],
    [
      turn('mme 24a brsa primo-arrivante, parle peu fr → qqch ds l’accord ?', 'eligibility', [
        ['français à visée professionnelle', 'français langue étrangère', 'langue étrangère'],
        ['primo-arrivant', 'primo arrivant', 'débutant'],
      ]),
    ],
  ),
  c(
    'b39-karim-clea-then-digital',
    ['telegraphic', 'rsa', 'clea'],
    [
      turn('mr 50a brsa pb lecture/écriture/calcul, veut bosser → cléa ?', 'eligibility', [
        CLEA,
        ['compétences de base', 'socle', 'savoirs de base', 'savoirs fondamentaux'],
      ]),
      turn('et numérique ? jamais touché un ordi', 'eligibility', [
        ['CléA numérique'],
        ['usages fondamentaux', 'environnement de travail', 'usages du numérique', 'bases du numérique'],
      ]),
    ],
  ),
  c(
    'b39-karim-pec-ended',
    ['telegraphic', 'rsa', 'competences-pec', 'boundary'],
    [turn('mr 45a brsa PEC terminé fin nov → comp pec encore possible ?', 'eligibility', [PEC_TIMING])],
  ),
  c(
    'b39-karim-prepa-63',
    ['telegraphic', 'rsa', 'prepa-competences', 'silent-agreement'],
    [
      turn(
        'mme 63a brsa → prépa ? trop âgée ?',
        'eligibility',
        [
          YES,
          [
            'pas de limite',
            'aucune limite',
            'pas d’âge',
            "pas d'âge",
            'pas de condition',
            'aucune condition',
            'sans condition',
            'ne fixe pas',
            'ne prévoit pas',
            'ne mentionne pas',
          ],
        ],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b39-karim-referent-role-prepa',
    ['telegraphic', 'prepa-competences', 'referent-role'],
    [
      turn('rôle réf pour prépa ?', 'dispositif', [
        ['adhésion', 'informe', 'informer'],
        PANDA,
        ['mobilité', 'garde d’enfant', "garde d'enfant", 'conditions matérielles'],
      ]),
    ],
  ),
  c(
    'b39-karim-info-coll-this-week',
    ['telegraphic', 'info-collective'],
    [
      turn(
        'info coll prépa cette sem ?',
        'agenda',
        [on('2027-01-14'), ['Montauban']],
        [...notOn('2027-01-21'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b39-karim-electricien-then-prepa-v2',
    ['telegraphic', 'rsa', 'places', 'prepa-competences'],
    [
      turn(
        'places électricien bât ?',
        'agenda',
        [seats(2), on('2027-03-08')],
        ['soudeur', 'cariste', 'maçon', 'agent de propreté'],
      ),
      turn(
        'mr 30a brsa vise cette formation, prépa v2 avant pour sécuriser ok ?',
        'eligibility',
        [YES, VOLET_2],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b39-karim-director',
    ['telegraphic', 'contact'],
    [turn('dir centre afpa mtb ? c lui le coordo des dispositifs ?', 'contact', [VELLA])],
  ),
  c(
    'b39-karim-target-ase',
    ['telegraphic', 'targets'],
    [
      turn('obj promo 1618 jeunes ASE ?', 'figures', [
        ['10 jeunes', '10 personnes', 'dix jeunes', 'dix personnes', ': 10', '10 ASE', 'objectif de 10'],
      ]),
    ],
  ),
];

// ── Sandrine: dictated, no punctuation (RSA) ────────────────────────────────

const SANDRINE: ConversationCase[] = [
  c(
    'b39-sandrine-prepa-childcare-remote',
    ['dictated', 'rsa', 'prepa-competences'],
    [
      turn(
        'alors c’est pour madame Fabre elle a 31 ans elle touche le RSA elle a deux enfants en bas âge elle voudrait faire une formation de secrétaire médicale mais elle a peur de ne pas tenir est-ce qu’elle peut faire prépa compétences et est-ce que ça peut se faire à distance vu la garde des enfants',
        'eligibility',
        [YES, AT_A_DISTANCE, VOLET_2],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b39-sandrine-pec-employer-unaware-then-after',
    ['dictated', 'rsa', 'competences-pec'],
    [
      turn(
        'monsieur Garcia 55 ans RSA il est en PEC à l’EHPAD depuis la rentrée son employeur il est pas au courant est-ce que je peux quand même l’inscrire en compétences PEC',
        'eligibility',
        [EMPLOYER, ['accord', 'informer', 'informe', 'recueill']],
      ),
      turn('d’accord et à la fin il repart avec quoi', 'dispositif', [
        [...PORTFOLIO, 'certification', 'VAE', ...RSFP],
      ]),
    ],
  ),
  c(
    'b39-sandrine-promo-apprentice',
    ['dictated', 'ase', 'promo-16-18', 'not-eligible'],
    [
      turn(
        'c’est pour un jeune de 17 ans il est suivi par l’ASE il est en apprentissage en boulangerie depuis septembre ça se passe mal est-ce qu’il peut aller à la promo 16 18',
        'eligibility',
        [NO, NOT_WORKING],
      ),
    ],
  ),
  c(
    'b39-sandrine-vae-not-pec',
    ['dictated', 'rsa', 'vae'],
    [
      turn(
        'madame Petit 62 ans RSA elle a travaillé trente ans comme aide ménagère sans diplôme elle n’est pas en PEC elle voudrait une VAE qu’est-ce que je peux faire',
        'eligibility',
        [PROFESSIONAL_TITLES, PEC_CONTRACT],
      ),
    ],
  ),
  c(
    'b39-sandrine-promo-yes-then-duration',
    ['dictated', 'ase', 'promo-16-18'],
    [
      turn(
        'bon alors le jeune Lucas 16 ans ASE il a arrêté le collège l’an dernier il fait rien de ses journées la promo c’est possible',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      turn('et ça dure combien de temps et c’est tous les jours', 'dispositif', [
        PROMO_WEEKS,
        MONDAY_TO_THURSDAY,
      ]),
    ],
  ),
  c(
    'b39-sandrine-soft-skills',
    ['dictated', 'rsa', 'open-badges'],
    [
      turn(
        'une dame au RSA 45 ans elle a fait plein de petits boulots elle sait pas se vendre les employeurs lui disent qu’elle manque de savoir-être y a pas un truc pour valoriser ça',
        'eligibility',
        [
          ['Open Badges', 'open badge'],
          ['soft skills', 'savoir-être', 'compétences douces', 'transverses'],
        ],
      ),
    ],
  ),
  c(
    'b39-sandrine-prepa-again',
    ['dictated', 'rsa', 'prepa-competences', 'silent-agreement'],
    [
      turn(
        'madame Roux elle a déjà fait prépa compétences volet 1 l’an dernier maintenant elle a trouvé une formation est-ce qu’elle peut refaire prépa pour le volet 2',
        'eligibility',
        [VOLET_2, NOT_COVERED],
      ),
    ],
  ),
  c(
    'b39-sandrine-promo-what',
    ['dictated', 'promo-16-18'],
    [
      turn('la promo 16 18 c’est quoi exactement c’est pour qui et ça dure combien', 'dispositif', [
        ['16 à 18', '16 et 17', '16-17', '16 à 17', 'mineurs'],
        LEFT_SCHOOL,
        PROMO_WEEKS,
      ]),
    ],
  ),
  c(
    'b39-sandrine-vae-steps-pec',
    ['dictated', 'competences-pec', 'vae'],
    [
      turn('la VAE dans compétences PEC ça se passe comment c’est quoi les étapes', 'dispositif', [
        ['recevabilité'],
        ['session d’évaluation', "session d'évaluation", 'évaluation'],
        ['3,5 jours', '3 jours et demi', 'trois jours et demi', '3.5 jours'],
      ]),
    ],
  ),
  c(
    'b39-sandrine-next-week',
    ['dictated', 'week'],
    [
      turn(
        'il y a quoi la semaine prochaine à l’afpa',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b39-sandrine-job-meetings',
    ['dictated', 'reunion-metier'],
    [
      turn(
        'les réunions métiers c’est quand',
        'agenda',
        [on('2027-01-26'), on('2027-02-23')],
        [...notOn('2027-01-19'), ...notOn('2027-02-03'), ...notOn('2027-03-10')],
      ),
    ],
  ),
  c(
    'b39-sandrine-castelsarrasin-then-valence',
    ['dictated', 'info-collective', 'place-filter'],
    [
      turn(
        'les infos coll prépa à castelsarrasin c’est quand',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
      turn(
        'et à valence d’agen',
        'agenda',
        [on('2027-03-04')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b39-sandrine-phone-battedou',
    ['dictated', 'contact', 'silent-agreement'],
    [
      turn('c’est quoi le numéro de téléphone de madame Battedou à l’afpa', 'contact', [
        BATTEDOU,
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b39-sandrine-driving-licence',
    ['dictated', 'out-of-agreement'],
    [
      turn(
        'est-ce que l’afpa peut financer le permis de conduire d’un allocataire du RSA qui en a besoin pour travailler',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
];

// ── Thomas: two questions in one message (RSA and ASE) ───────────────────────

const THOMAS: ConversationCase[] = [
  c(
    'b39-thomas-promo-and-next-entry',
    ['two-questions', 'ase', 'promo-16-18', 'sessions'],
    [
      turn(
        'Jeune ASE de 17 ans, sorti du lycée en juin, rien depuis : Promo 16/18 possible ? Et c’est quand la prochaine entrée ?',
        'eligibility',
        [YES, on('2027-02-01')],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b39-thomas-cariste-v2-and-places',
    ['two-questions', 'rsa', 'prepa-competences', 'places'],
    [
      turn(
        'Mme K., RSA, 27 ans, veut entrer en formation cariste : Prépa volet 2 pour sécuriser, ok pour elle ? Et il reste des places en formation cariste ?',
        'eligibility',
        [YES, seats(6), on('2027-01-27')],
        [...NOT_ELIGIBLE, 'soudeur', 'maçon', 'plaquiste', 'électricien'],
      ),
    ],
  ),
  c(
    'b39-thomas-pec-cap-emploi',
    ['two-questions', 'competences-pec', 'who-prescribes'],
    [
      turn(
        'Une salariée en PEC, pas au RSA, suivie par Cap emploi : elle peut faire Compétences PEC ? Et c’est nous qui prescrivons ?',
        'eligibility',
        [['Cap emploi', 'France Travail', 'Pôle emploi'], RSA],
      ),
    ],
  ),
  c(
    'b39-thomas-siae-macon',
    ['two-questions', 'siae', 'afpa-training', 'places'],
    [
      turn(
        'M. J., salarié en insertion dans une SIAE (pas au RSA), projet de qualification en maçonnerie : éligible aux formations AFPA ? Et il y a des places en maçon ?',
        'eligibility',
        [
          ['SIAE', 'S.I.A.E', 'insertion par l’activité', "insertion par l'activité", 'public en insertion'],
          seats(3),
          on('2027-02-15'),
        ],
        ['soudeur', 'cariste', 'préparateur de commandes', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b39-thomas-after-prepa',
    ['two-questions', 'rsa', 'prepa-competences'],
    [
      turn(
        'Mme S., RSA, a fini sa Prépa Compétences vendredi : je reçois quoi de l’AFPA ? Et elle peut enchaîner sur une formation qualifiante AFPA ?',
        'dispositif',
        [BILAN, [...PUBLIC_FUNDERS, 'Info Places', 'places disponibles']],
      ),
    ],
  ),
  c(
    'b39-thomas-portfolio-and-vae-days',
    ['two-questions', 'competences-pec', 'vae'],
    [
      turn(
        'Le portefeuille de compétences, c’est pour tout le monde en Compétences PEC ? Et la VAE dans ce cadre, c’est combien de jours ?',
        'dispositif',
        [
          ['systématique', 'chaque bénéficiaire', 'tous les bénéficiaires', 'pour chaque', 'oui'],
          ['3,5 jours', '3 jours et demi', 'trois jours et demi', '3.5 jours'],
        ],
      ),
    ],
  ),
  c(
    'b39-thomas-volets-sessions',
    ['two-questions', 'prepa-competences', 'sessions'],
    [
      turn(
        'Prochaines entrées Prépa volet 1 ? Et en volet 2 où il reste de la place ?',
        'agenda',
        [on('2027-01-18'), on('2027-02-08'), on('2027-02-15')],
        [...notOn('2027-01-20'), ...notOn('2027-02-10')],
      ),
    ],
  ),
  c(
    'b39-thomas-pec-entries-and-info',
    ['two-questions', 'competences-pec', 'sessions'],
    [
      turn(
        'Entrées Compétences PEC atelier 2 ? Et il y a une info coll PEC prévue ?',
        'agenda',
        [on('2027-01-20'), on('2027-03-03'), on('2027-02-09')],
        [...notOn('2027-01-14'), ...notOn('2027-01-18'), ...notOn('2027-02-11'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b39-thomas-cej-promo',
    ['two-questions', 'out-of-agreement', 'promo-16-18'],
    [
      turn(
        'Un jeune en Contrat d’engagement jeune peut-il cumuler avec la Promo 16/18 ? Et il touche combien pendant le programme ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
];

// ── Nadia: follow-ups (ASE) ─────────────────────────────────────────────────

const NADIA: ConversationCase[] = [
  c(
    'b39-nadia-15-then-16-then-who',
    ['follow-ups', 'ase', 'promo-16-18', 'boundary', 'who-prescribes'],
    [
      turn('une jeune ASE de 15 ans déscolarisée, la promo 16/18 c’est possible ?', 'eligibility', [
        NO,
        AGE_16,
      ]),
      turn('et si elle avait 16 ans', 'eligibility', [YES, PARENTAL], NOT_ELIGIBLE),
      turn('ok et c’est qui qui prescrit alors', 'eligibility', [[...PANDA, ...ML_CIO, 'référent']]),
    ],
  ),
  c(
    'b39-nadia-lycee-then-left',
    ['follow-ups', 'ase', 'promo-16-18'],
    [
      turn(
        'jeune ASE 17 ans, toujours en lycée pro mais veut arrêter, elle peut aller en promo 16/18 ?',
        'eligibility',
        [NO, LEFT_SCHOOL],
      ),
      turn('et si elle avait déjà arrêté depuis octobre', 'eligibility', [YES], NOT_ELIGIBLE),
    ],
  ),
  c(
    'b39-nadia-ines-parental-authority',
    ['follow-ups', 'ase', 'promo-16-18', 'silent-agreement'],
    [
      turn(
        'je vous présente Inès, 16 ans, confiée à l’ASE, déscolarisée depuis la 3e, pour la promo 16/18',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      turn(
        'ah j’oubliais ses parents n’ont plus l’autorité parentale, qui signe l’autorisation ?',
        'eligibility',
        [PARENTAL, NOT_COVERED],
      ),
    ],
  ),
  c(
    'b39-nadia-prepa-then-pec',
    ['follow-ups', 'rsa', 'prepa-competences', 'competences-pec'],
    [
      turn(
        'M. Duval, 39 ans, RSA, je voudrais lui proposer Prépa Compétences',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      turn('ah j’oubliais il est en PEC depuis deux mois', 'eligibility', [['Compétences PEC'], EMPLOYER]),
    ],
  ),
  c(
    'b39-nadia-14-then-17',
    ['follow-ups', 'ase', 'promo-16-18', 'boundary'],
    [
      turn('un garçon ASE de 14 ans exclu du collège, la promo 16/18 ?', 'eligibility', [NO, AGE_16]),
      turn('et si il avait 17 ans et qu’il avait quitté le collège', 'eligibility', [YES], NOT_ELIGIBLE),
    ],
  ),
  c(
    'b39-nadia-not-ase-who-prescribes',
    ['follow-ups', 'promo-16-18', 'who-prescribes'],
    [
      turn(
        'un jeune de 16 ans décrocheur, pas suivi par l’ASE, juste la petite sœur d’une allocataire, il peut faire la promo ?',
        'eligibility',
        [['Promo'], ML_CIO],
      ),
      turn('ok et c’est qui qui prescrit alors', 'eligibility', [ML_CIO]),
    ],
  ),
  c(
    'b39-nadia-ase-prepa',
    ['follow-ups', 'ase', 'prepa-competences', 'not-eligible'],
    [
      turn(
        'une jeune ASE de 17 ans sortie du lycée, je pensais à Prépa Compétences pour elle',
        'eligibility',
        [RSA, ['Promo 16/18', 'Promo 16-18', 'Promo 1618', 'Promo 16.18']],
      ),
    ],
  ),
  c(
    'b39-nadia-promo-then-info-then-thanks',
    ['follow-ups', 'ase', 'promo-16-18', 'info-collective'],
    [
      turn('jeune ASE 16 ans déscolarisé depuis septembre, promo ok ?', 'eligibility', [YES], NOT_ELIGIBLE),
      turn(
        'et la prochaine info coll promo c’est quand ?',
        'agenda',
        [on('2027-03-17')],
        [
          ...notOn('2027-01-14'),
          ...notOn('2027-01-21'),
          ...notOn('2027-02-09'),
          ...notOn('2027-02-11'),
          ...notOn('2027-03-04'),
        ],
      ),
      turn('merci !', 'other', []),
    ],
  ),
  c(
    'b39-nadia-promo-phases-after-mobility',
    ['follow-ups', 'promo-16-18'],
    [
      turn('c’est quoi les phases de la promo 16/18 ?', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['préparation de la suite', 'suite'],
      ]),
      turn('et après la sortie ?', 'dispositif', [['6 mois', 'six mois'], ML_CIO]),
      turn('et la période de mobilité c’est où ?', 'dispositif', [
        ['Village'],
        ['2 semaines', 'deux semaines'],
      ]),
    ],
  ),
  c(
    'b39-nadia-mobility-housing',
    ['follow-ups', 'out-of-agreement', 'promo-16-18'],
    [
      turn(
        'une jeune ASE en promo, qui paie l’hébergement et les repas pendant la période de mobilité ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b39-nadia-department-contact',
    ['follow-ups', 'contact'],
    [
      turn('qui suit l’accord côté Département ?', 'contact', [
        ['Weill', 'Président du Conseil', 'référent'],
      ]),
    ],
  ),
];

export const THIRTY_NINTH_BLIND_SET: ConversationCase[] = [
  ...HELENE,
  ...KARIM,
  ...SANDRINE,
  ...THOMAS,
  ...NADIA,
];
