/**
 * Hundred-twenty-ninth blind set.
 *
 * Who speaks: a référent insertion of the Département de Tarn-et-Garonne (CD82), during or
 * right after an appointment, who relays in Teams THE QUESTIONS OF THE PERSON HERSELF
 * (an allocataire du RSA, a salarié en PEC, a young person of the ASE or his mother),
 * verbatim or half-verbatim, in reported speech: « elle me demande si elle sera payée
 * pendant la prépa », « il veut savoir s'il perd son RSA », « sa mère demande si il sera
 * suivi après la promo », « sa question c'est… ». The person's worries: money and
 * allowances, RSA, transport, childcare, schedule and duration, certificate and what comes
 * after, level required, obligation and sanction, visiting first or meeting a trainer,
 * stopping. Abbreviations (prepa comp, comp pec, 1618, FT, CD, ASE, JPO, info coll), no
 * accents, typos, SMS style, two questions in one message, and follow-ups where the
 * person's next question only makes sense after the previous turn (« et elle demande
 * aussi… », « il veut savoir quand du coup »).
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Many of the person's questions are
 * settled by the agreement (durations, content, who prescribes, the follow-up after La
 * Promo, the events of AFPA's agenda); many are not (pay, RSA rules, transport costs,
 * childcare costs, sanctions, hours): there the expected answer says the agreement does
 * not settle it, and invents no rule.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, 'relayed', ...tags])], turns };
}

/** Every alternative with both apostrophes (’ and '). */
function both(...lists: string[][]): string[] {
  return [...new Set(lists.flat().flatMap((s) => [s, s.replace(/’/g, "'"), s.replace(/'/g, '’')]))];
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
const PREPA_ANY_DAYS = [...PREPA_DURATION, ...VOLET1_DAYS, ...VOLET2_DAYS];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const HALF_DAY = ['demi-journée', 'demi journée', '1/2 journée', 'demi-journées', 'demi journées'];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const PROMO_DAYS = [
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  'lundi jusqu’au jeudi',
  "lundi jusqu'au jeudi",
];
const REMOTE = ['distance', 'distanciel', 'visio'];
const MONTAUBAN = ['montauban'];
const DELOCALISED = both([
  'délocalis',
  'ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
  'plus près',
]);
const FREE = both([
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans frais',
  'aucun frais',
  'rien à payer',
  'pas payant',
  'financé par l’état',
  'financés par l’état',
  'financée par l’état',
  'financement de l’état',
  'financement par l’état',
  'pris en charge par l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
  'p.i.c',
  '(pic)',
]);
/** The person is informed and her adhesion collected: nothing says she is forced. */
const CHOICE = both([
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'volontaire',
  'volontariat',
  'pas obligatoire',
  'n’est pas obligatoire',
  'pas une obligation',
]);
const EMPLOYER_AGREES = both([
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
  'employeur doit être d’accord',
  'employeur pec',
]);
const PEC_START = ['signature', 'premiers mois'];
const CERTIFICATION = both([
  'certification',
  'vae',
  'v.a.e',
  'validation des acquis',
  'rsfp',
  'r.s.f.p',
  'cléa',
  'titre professionnel',
  'titres professionnels',
]);
const BILAN = ['bilan'];
const PARENTS = both([
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
]);
const SIX_MONTHS = ['6 mois', 'six mois'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const AGE_1618 = ['16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur', 'moins de 18', '18 ans'];
const ELSEWHERE = both([
  'autre organisme',
  'autres organismes',
  'hors afpa',
  'hors a.f.p.a',
  'ailleurs',
  'autre centre',
  'pas seulement à l’afpa',
  'pas uniquement à l’afpa',
  'pas forcément à l’afpa',
]);
/** What Prépa Compétences leads to: no diploma of its own, a report, an entry into training. */
const PREPA_END = both([
  'bilan',
  'pas de diplôme',
  'pas un diplôme',
  'aucun diplôme',
  'pas diplômant',
  'non diplômant',
  'ne délivre pas',
  'ne délivre aucun',
  'pas de certification',
  'aucune certification',
  'pas certifiant',
  'non certifiant',
  'formation qualifiante',
  'entrée en formation',
  'entrer en formation',
  's’engager dans une formation',
]);
/** Prépa Compétences is for people with few or no qualifications: no diploma required. */
const LOW_LEVEL_OK = both([
  'peu ou pas qualifié',
  'pas qualifié',
  'peu qualifié',
  'éloignées de l’emploi',
  'éloignés de l’emploi',
  'éloignée de l’emploi',
  'éloigné de l’emploi',
  'aucun diplôme',
  'pas de diplôme',
  'sans diplôme',
  'pas besoin',
  'aucun prérequis',
  'pas de prérequis',
  'acquérir les prérequis',
  'pas de niveau',
  'aucun niveau',
  'aucune condition de diplôme',
  'ne fixe pas',
  'n’exige pas',
  'n’impose pas',
  'pas exigé',
  'pas requis',
]);
const PROMO_END = both([
  'open badge',
  'badges',
  'pas de diplôme',
  'aucun diplôme',
  'pas diplômant',
  'non diplômant',
  'ne délivre pas',
  'apprentissage',
  'alternance',
  'e2c',
  'epide',
  'e.p.i.d.e',
  'cursus scolaire',
]);
const MATERIAL_CONDITIONS = both([
  'conditions matérielles',
  'garde d’enfant',
  'mobilité',
  'sécuris',
  's’assure',
  'référent',
]);
const PANDA_DEF = ['traçabilité', 'trace', 'suivi des parcours', 'plateforme', 'plate-forme'];
const RGPD = both([
  'rgpd',
  'r.g.p.d',
  '2016/679',
  'informatique et libertés',
  '1978',
  'protection des données',
  'données personnelles',
  'confidentialit',
]);
const FLE = ['français à visée professionnelle', 'français langue étrangère', 'fle', 'primo'];
const NINE_THIRTY = ['9h30', '9:30', '09:30', '09h30', '9 h 30'];
const FULL = [...seats(0), '0 place', 'complet', 'complète', 'aucune place', 'plus de place', 'pas de place'];

/** What the agreement does not settle: the answer says so, and invents nothing. */
const NOT_SETTLED = both([
  'ne dit rien',
  'n’en dit rien',
  'ne dit pas',
  'ne le dit pas',
  'ne précise pas',
  'ne le précise pas',
  'ne précise rien',
  'ne prévoit pas',
  'ne prévoit rien',
  'pas prévu',
  'ne fixe pas',
  'ne règle pas',
  'ne tranche pas',
  'ne traite pas',
  'ne couvre pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'n’indique pas',
  'ne détaille pas',
  'pas d’information',
  'aucune information',
  'pas d’indication',
  'aucune indication',
  'pas de précision',
  'aucune précision',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'hors du cadre',
  'hors du périmètre',
  'hors périmètre',
  'en dehors de l’accord',
  'en dehors du champ',
  'n’est pas couvert',
  'pas couvert',
  'pas dans l’accord',
  'rien dans l’accord',
  'est muet',
  'ne relève pas',
  'pas en mesure',
]);
/** An unsettled question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
/** No amount may be invented. */
const MONEY = ['€', ' euros'];
/** A question about the programme, with a person in it, is not an eligibility interview. */
const NO_INTERVIEW = ['quel âge', 'quelle est sa situation'];
/** Facts of another dispositif, wrong in an answer about this one. */
const NOT_PREPA = ['13 semaines', 'treize semaines', 'lundi au jeudi'];
const NOT_PEC = ['2 à 8 jours', '13 semaines', 'treize semaines'];
const NOT_PROMO = ['2 à 8 jours', '2 et 8 jours', '5 à 6 jours', '4 à 8 jours'];

const NO_FIGURES = both(
  [
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
    'pas de données',
    'aucune donnée',
  ],
  NOT_SETTLED,
);
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
const SEVENTY = ['70 %', '70%', '70 pour cent', 'soixante-dix'];

const DIRECTOR = both([
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
]);
const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement & parcours', 'battedou'];
const AFPA_CONTACT = [...RAP, ...DIRECTOR];
const DEPT_REFERENT = both([
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
]);

const ELIGIBLE = both([
  'prescription possible',
  'est éligible',
  'critères remplis',
  'remplit les critères',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
  'a droit',
  'peut y accéder',
  'peut accéder',
]);
const NOT_ELIGIBLE = both([
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'n’est pas possible',
  'impossible',
  'ne correspond pas',
  'réservé',
  'trop jeune',
  'pas encore',
  'pas accessible',
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
  'même inscrit',
  'ne l’empêche pas',
  'n’empêche pas',
]);
/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];
const CANCELLED = both(['annul', 'abandonn', 'arrêté', 'aucune prescription', 'rien n’a été envoyé']);

/** The trainings of the fixture's Info Places: a places answer about one lists no other. */
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

// ── Prépa Compétences: what the person asks ─────────────────────────────────

const prepa: ConversationCase[] = [
  c(
    'b129-prepa-jours-par-semaine',
    ['schedule', 'sms'],
    [
      turn(
        'elle demande c combien de jours par semaine la prepa comp, elle a un mi temps a coté',
        'dispositif',
        [PREPA_ANY_DAYS, TWO_WEEKS],
        [...NOT_PREPA, ...NO_INTERVIEW],
      ),
    ],
  ),
  c(
    'b129-prepa-payee',
    ['money', 'no-accent'],
    [
      turn(
        'elle me demande si elle sera payee pendant la prepa',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
  c(
    'b129-prepa-obligatoire',
    ['obligation', 'sms'],
    [
      turn(
        'il me demande si c obligatoire la prepa comp ou si il peut dire non',
        'dispositif',
        [CHOICE],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-prepa-diplome-fin',
    ['certificate', 'typo'],
    [
      turn(
        'elle veut savoir si elle aura un diplom a la fin de la prepa competences',
        'dispositif',
        [PREPA_END],
        [...NOT_PREPA, ...NO_INTERVIEW],
      ),
    ],
  ),
  c(
    'b129-fu-prepa-niveau-duree',
    ['level', 'follow-up', 'no-accent'],
    [
      turn(
        'elle a peur de pas avoir le niveau, faut un diplome pour faire prepa comp ?',
        'dispositif',
        [LOW_LEVEL_OK],
        NO_INTERVIEW,
      ),
      turn('et elle demande aussi ca dure combien', 'dispositif', [PREPA_DURATION], NOT_PREPA),
    ],
  ),
  c(
    'b129-fu-prepa-duree-ou-distance',
    ['follow-up', 'where', 'modality', 'sms'],
    [
      turn(
        'mon monsieur hesite pour prepa comp, il demande ca dure cb de temps',
        'dispositif',
        [PREPA_DURATION],
        [...NOT_PREPA, ...NO_INTERVIEW],
      ),
      turn('il veut savoir c ou exactement', 'dispositif', [MONTAUBAN]),
      turn('il a pas de voiture, il peut le faire de chez lui ?', 'dispositif', [REMOTE]),
    ],
  ),
  c(
    'b129-fu-prepa-venir-voir',
    ['visit', 'follow-up'],
    [
      turn(
        'elle me demande ce que c exactement la prepa comp',
        'dispositif',
        [['projet professionnel', 'projet pro'], ['formation']],
        NO_INTERVIEW,
      ),
      turn(
        'elle demande si elle peut venir voir avant de s engager',
        'agenda',
        [[...on('2027-01-14'), ...on('2027-01-21'), ...on('2027-02-03'), ...on('2027-02-11')]],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b129-fu-infocoll-accompagner',
    ['visit', 'follow-up', 'abbrev'],
    [
      turn(
        'elle veut savoir quand y a une reunion d info pour la prepa comp',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17'), ...notOn('2027-01-07')],
      ),
      turn(
        'est ce qu on peut l accompagner a la reunion d info ? elle ose pas y aller seule',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b129-prepa-volet2-sait-metier',
    ['volet'],
    [
      turn(
        'elle sait deja qu elle veut faire aide soignante, elle veut juste pas se planter a l entree en formation, c quoi le mieux pour elle dans la prepa ?',
        'dispositif',
        [['volet 2', 'sécuris']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-prepa-volet1-sait-pas',
    ['volet', 'no-accent'],
    [
      turn(
        'il sait pas du tout quel metier faire, il demande si la prepa peut l aider a trouver',
        'dispositif',
        [['volet 1', 'projet professionnel', 'projet pro', 'consolid']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-prepa-greta',
    ['content'],
    [
      turn(
        'elle veut savoir si ca marche aussi si apres elle fait sa formation au greta et pas chez vous',
        'dispositif',
        [ELSEWHERE],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-prepa-comme-ecole',
    ['content', 'typo'],
    [
      turn(
        'elle a peur que ce soit comme a l ecole, elle demande ce qu on fait concretment pendant la prepa',
        'dispositif',
        [['atelier', 'pratique', 'entraînement', 'se préparer', 'diagnostic', '4 phases', 'quatre phases']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-fu-prepa-gratuit-paye',
    ['money', 'follow-up', 'sms'],
    [
      turn('il demande si la prepa c payant pour lui', 'dispositif', [FREE], NO_INTERVIEW),
      turn('et lui il touche qqch pendant ?', 'out_of_scope', [NOT_SETTLED], [...MONEY, ...NO_BOUNCE]),
    ],
  ),
  c(
    'b129-fu-prepa-arreter-sanction',
    ['stop', 'follow-up', 'sanction', 'rsa'],
    [
      turn(
        'elle veut savoir si elle peut arreter en cours de route si ca lui plait pas',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
      turn(
        'et si elle arrete elle aura une sanction sur son rsa ?',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b129-fu-prepa-horaires-bebe',
    ['schedule', 'childcare', 'follow-up'],
    [
      turn(
        'elle demande a quelle heure ca commence le matin la prepa, elle depose sa fille a l ecole a 8h30',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
      turn(
        'et elle demande si elle peut venir avec son bebe du coup',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b129-prepa-garde-qui-paie',
    ['childcare', 'money'],
    [
      turn(
        'elle a 2 petits, elle demande qui paie la garde pendant la prepa',
        'out_of_scope',
        [NOT_SETTLED, MATERIAL_CONDITIONS],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
  c(
    'b129-prepa-essence',
    ['transport', 'money'],
    [
      turn(
        'il demande si on lui rembourse l essence pour aller a montauban pendant la prepa',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
  c(
    'b129-fu-prepa-valence-bus',
    ['where', 'transport', 'follow-up', 'money'],
    [
      turn(
        'elle est a valence d agen sans permis, elle demande si la prepa peut se faire plus pres de chez elle',
        'dispositif',
        [[...DELOCALISED, ...REMOTE]],
        NO_INTERVIEW,
      ),
      turn(
        'et si elle doit aller a montauban, le bus est pris en charge ?',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
  c(
    'b129-2q-prepa-jours-payee',
    ['two-questions', 'money'],
    [
      turn(
        'pour la prepa comp elle demande c combien de jours en tout et si elle sera payee',
        'dispositif',
        [PREPA_ANY_DAYS, NOT_SETTLED],
        [...MONEY, ...NOT_PREPA],
      ),
    ],
  ),
  c(
    'b129-2q-prepa-ou-bus',
    ['two-questions', 'transport', 'where'],
    [
      turn(
        'prepa comp : il demande c ou et si le bus est rembourse',
        'dispositif',
        [MONTAUBAN, NOT_SETTLED],
        MONEY,
      ),
    ],
  ),
  c(
    'b129-2q-prepa-visio-ordi',
    ['two-questions', 'modality'],
    [
      turn('elle veut savoir si la prepa ca peut etre en visio et si on lui prete un ordi', 'dispositif', [
        REMOTE,
        NOT_SETTLED,
      ]),
    ],
  ),
  c(
    'b129-2q-volets-diff',
    ['two-questions', 'volet', 'abbrev'],
    [
      turn(
        'elle me demande la diff entre volet 1 et volet 2 de la prepa et cb de jours chacun',
        'dispositif',
        [['projet'], ['entrée en formation', 'sécuris'], VOLET1_DAYS, VOLET2_DAYS],
      ),
    ],
  ),
  c(
    'b129-fu-rsa-puis-bilan',
    ['rsa', 'follow-up', 'switch'],
    [
      turn(
        'il veut savoir s il perd son RSA s il entre en formation avec la prepa',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
      turn('ok et moi j aurai un retour a la fin ?', 'dispositif', [BILAN]),
    ],
  ),
];

// ── Compétences PEC: what the salarié asks ──────────────────────────────────

const pec: ConversationCase[] = [
  c(
    'b129-pec-jours-boulot',
    ['schedule', 'abbrev'],
    [
      turn(
        'il est en pec a la mairie, il demande combien de jours ca lui prend comp pec sur son boulot',
        'dispositif',
        [PEC_DAYS],
        [...NOT_PEC, ...NO_INTERVIEW],
      ),
    ],
  ),
  c(
    'b129-fu-pec-patron-temps-travail',
    ['follow-up', 'who-agrees'],
    [
      turn(
        'il est en contrat pec dans un ehpad, il me demande ce que c competences pec',
        'dispositif',
        [CERTIFICATION],
        NO_INTERVIEW,
      ),
      turn('il demande si son patron doit etre d accord', 'dispositif', [EMPLOYER_AGREES]),
      turn('et il veut savoir si c sur son temps de travail', 'out_of_scope', [NOT_SETTLED], NO_BOUNCE),
    ],
  ),
  c(
    'b129-2q-pec-diplome-duree',
    ['two-questions', 'certificate'],
    [
      turn(
        'elle demande si elle aura un diplome a la fin de comp pec et combien de temps ca prend',
        'dispositif',
        [CERTIFICATION, PEC_DAYS],
        NOT_PEC,
      ),
    ],
  ),
  c(
    'b129-fu-pec-diplome-bac',
    ['follow-up', 'level', 'certificate'],
    [
      turn(
        'elle est en pec, elle demande si elle peut avoir un diplome avec comp pec',
        'dispositif',
        [CERTIFICATION],
        NO_INTERVIEW,
      ),
      turn('elle a pas le bac, ca bloque pour la vae ?', 'dispositif', [
        both(['rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire', 'prérequis', 'pré-requis'], NOT_SETTLED),
      ]),
    ],
  ),
  c(
    'b129-fu-pec-vae-contrat',
    ['schedule', 'follow-up', 'certificate', 'sanction'],
    [
      turn(
        'il demande combien de temps dure la vae dans comp pec, il a peur que ce soit des mois',
        'dispositif',
        [VAE_DAYS],
      ),
      turn(
        'et il veut savoir s il perd son contrat si il rate sa vae',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b129-fu-pec-distance-quand',
    ['modality', 'no-accent', 'follow-up', 'session'],
    [
      turn(
        'elle bosse a moissac, elle demande si comp pec peut se faire a distance',
        'dispositif',
        [REMOTE],
        NO_INTERVIEW,
      ),
      turn(
        'c quand la prochaine session a distance du coup ?',
        'agenda',
        [on('2027-03-03')],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b129-pec-trop-tard',
    ['start', 'typo'],
    [
      turn('il a signé son pec y a 8 mois, il demande si c trop tard pour comp pec', 'dispositif', [
        PEC_START,
      ]),
    ],
  ),
  c(
    'b129-pec-portefeuille',
    ['content'],
    [
      turn(
        'elle demande ce que c le portefeuille de competences dont on lui a parlé pour comp pec',
        'dispositif',
        [
          both([
            'systématique',
            'chaque bénéficiaire',
            'pour chaque',
            'tous les bénéficiaires',
            'enrichi',
            'emploi durable',
            'compétences acquises',
          ]),
        ],
      ),
    ],
  ),
  c(
    'b129-pec-demi-journees',
    ['schedule', 'sms'],
    [
      turn(
        'pour comp pec elle demande combien de fois elle doit venir, c des demi journees ou des journees entieres ?',
        'dispositif',
        [HALF_DAY],
        NOT_PEC,
      ),
    ],
  ),
  c(
    'b129-pec-prime-activite',
    ['money'],
    [
      turn(
        'il demande si il garde sa prime d activite pendant comp pec',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
  c(
    'b129-pec-cout-employeur',
    ['money'],
    [
      turn(
        'son employeur (une asso) demande si comp pec ca lui coute qqch',
        'dispositif',
        [[...FREE, ...NOT_SETTLED]],
        MONEY,
      ),
    ],
  ),
];

// ── La Promo 16/18: what the young person, or his mother, asks ─────────────

const promo: ConversationCase[] = [
  c(
    'b129-promo-suivi-apres',
    ['end', 'parent'],
    [
      turn(
        'sa mere demande si il sera suivi apres la promo',
        'dispositif',
        [SIX_MONTHS, MISSION_LOCALE],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-2q-promo-duree-jours',
    ['two-questions', 'parent', 'schedule'],
    [
      turn(
        'la mere demande combien de temps ca dure la promo 1618 et si il doit y aller tous les jours',
        'dispositif',
        [PROMO_DURATION, PROMO_DAYS],
        NOT_PROMO,
      ),
    ],
  ),
  c(
    'b129-fu-promo-jours-vendredi',
    ['follow-up', 'schedule', 'abbrev'],
    [
      turn('le jeune demande c quels jours la promo 1618', 'dispositif', [PROMO_DAYS], NOT_PROMO),
      turn('et le vendredi il fait quoi du coup ?', 'dispositif', [
        [...PROMO_DAYS, ...NOT_SETTLED, 'pas le vendredi'],
      ]),
    ],
  ),
  c(
    'b129-promo-dormir',
    ['parent', 'accommodation'],
    [
      turn(
        'il veut savoir si il dort la bas pendant la promo, sa mere s inquiete',
        'out_of_scope',
        [[...NOT_SETTLED, 'mobilité']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b129-fu-promo-signer-referent',
    ['parent', 'follow-up'],
    [
      turn('pour la promo la mere demande si elle doit signer qqch', 'dispositif', [PARENTS], NO_INTERVIEW),
      turn(
        'et elle veut savoir qui sera son referent la bas',
        'dispositif',
        [['référent principal', 'référent de parcours', ...RAP]],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-fu-promo-bourse-permis',
    ['money', 'follow-up', 'transport'],
    [
      turn(
        'le jeune demande si il touche qqch pendant la promo genre une bourse',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
      turn(
        'et il demande si on peut lui financer le permis apres',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
  c(
    'b129-promo-code',
    ['content', 'abbrev'],
    [
      turn('il veut savoir si il peut passer le code pendant la 1618', 'dispositif', [
        ['code de la route', 'code la route'],
      ]),
    ],
  ),
  c(
    'b129-promo-diplome',
    ['certificate', 'parent'],
    [
      turn(
        'elle demande ce qu il aura a la fin de la promo, un diplome ?',
        'dispositif',
        [PROMO_END],
        [...NOT_PROMO, ...NO_INTERVIEW],
      ),
    ],
  ),
  c(
    'b129-promo-caussade-montauban',
    ['where', 'parent'],
    [
      turn(
        'ils habitent a caussade, la mere demande si la promo c a montauban',
        'dispositif',
        [MONTAUBAN],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-fu-promo-contenu-quand-places',
    ['follow-up', 'parent', 'session'],
    [
      turn(
        'sa mere demande ce qu il va faire pendant la promo 16 18',
        'dispositif',
        [['atelier', 'métiers', 'open badge', 'chantier', 'code de la route', 'engagement', 'construction']],
        [...NOT_PROMO, ...NO_INTERVIEW],
      ),
      turn('il veut savoir quand ca commence du coup', 'agenda', [on('2027-02-01')]),
      turn('et y a encore de la place ?', 'agenda', [[...seats(10), 'dix places']], TRAININGS),
    ],
  ),
  c(
    'b129-promo-arreter',
    ['stop'],
    [
      turn(
        'il demande si il peut arreter la promo si ca lui plait pas',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b129-fu-promo-duree-loin',
    ['schedule', 'follow-up', 'where'],
    [
      turn('la promo il demande si ca peut durer plus que 3 mois, il veut prendre son temps', 'dispositif', [
        FOUR_MONTHS,
      ]),
      turn(
        'et il va devoir partir loin ? il a jamais quitté montauban',
        'dispositif',
        [['mobilité', 'village']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-promo-comme-ecole',
    ['content'],
    [
      turn(
        'il deteste l ecole, il demande si la promo c comme l ecole',
        'dispositif',
        [['atelier', 'chantier', 'sport', 'cultur', 'métiers', 'mobilité']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-2q-promo-loin-emmener',
    ['two-questions', 'transport', 'parent'],
    [
      turn(
        'sa mere demande si c loin la promo et si elle doit l emmener elle meme tous les jours',
        'dispositif',
        [MONTAUBAN, [...NOT_SETTLED, ...PROMO_DAYS]],
      ),
    ],
  ),
  c(
    'b129-fu-promo-obligation-amende',
    ['obligation', 'sanction', 'follow-up', 'parent'],
    [
      turn(
        'sa mere demande si la promo ca compte pour l obligation de formation des 16 18 ans',
        'dispositif',
        [['obligation de formation']],
      ),
      turn(
        'et si il fait rien, elle risque une amende ?',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
];

// ── AFPA's published agenda, as the person asks about it ────────────────────

const agenda: ConversationCase[] = [
  c(
    'b129-fu-prepa-entree-places',
    ['session', 'follow-up'],
    [
      turn('il demande c quand la prochaine entree en prepa, il est dispo tout de suite', 'agenda', [
        on('2027-01-18'),
      ]),
      turn('il reste de la place ?', 'agenda', [[...seats(6), 'six places']], TRAININGS),
    ],
  ),
  c(
    'b129-ag-prepa-visio',
    ['session', 'modality'],
    [
      turn(
        'elle peut que a distance, c quand la prochaine prepa en visio',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b129-ag-prepa-volet2',
    ['session', 'volet'],
    [
      turn(
        'elle veut securiser son entree en formation (volet 2 je crois), c quand la prochaine session ?',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b129-fu-castel-infocoll-adresse',
    ['follow-up', 'town', 'abbrev'],
    [
      turn(
        'il habite castel, y a une reunion d info prepa pres de chez lui ?',
        'agenda',
        [on('2027-01-21')],
        notOn('2027-02-09'),
      ),
      turn('c ou exactement ? il veut savoir ou aller', 'agenda', [both(['maison de l’emploi'])]),
    ],
  ),
  c(
    'b129-fu-cette-semaine-heure',
    ['follow-up', 'relative-date'],
    [
      turn(
        'elle demande si y a qqch cette semaine a l afpa, elle est dispo jeudi',
        'agenda',
        [on('2027-01-14')],
        notOn('2027-01-07'),
      ),
      turn('ca commence a quelle heure ? elle a le bus de 9h', 'agenda', [NINE_THIRTY]),
    ],
  ),
  c(
    'b129-fu-visite-soudure-places',
    ['visit', 'trade', 'follow-up', 'places'],
    [
      turn(
        'il veut voir l atelier soudure avant de s inscrire et rencontrer un formateur, c possible ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
      turn(
        'et si ca lui plait, y a des places en formation soudeur ?',
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
    'b129-ag-visite-electricite',
    ['visit', 'trade', 'no-accent'],
    [
      turn(
        'elle s interesse a l electricite, elle demande si elle peut visiter l atelier',
        'agenda',
        [on('2027-03-10')],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b129-fu-jpo-monde',
    ['visit', 'abbrev', 'follow-up'],
    [
      turn(
        'il demande quand c la prochaine journee portes ouvertes, il veut venir avec sa femme',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
      turn('il demande si y a bcp de monde d habitude', 'figures', [NO_FIGURES]),
    ],
  ),
  c(
    'b129-ag-places-plaquiste',
    ['places', 'trade'],
    [
      turn(
        'il demande si y a des places en plaquiste, son cousin lui a dit que ca recrute',
        'agenda',
        [['plaquiste'], FULL],
        OTHER_TRAININGS('plaquiste'),
      ),
    ],
  ),
  c(
    'b129-fu-logistique-cariste',
    ['trade', 'follow-up', 'places'],
    [
      turn(
        'la reunion metier logistique c quand ? il veut faire cariste',
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
      turn(
        'et y a des places en formation cariste ?',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...seats(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b129-ag-reunion-batiment-ou',
    ['trade', 'where'],
    [
      turn('il veut aller a la reunion metiers du batiment, il demande c ou exactement', 'agenda', [
        ['caussade'],
        ['salle des fêtes'],
      ]),
    ],
  ),
  c(
    'b129-ag-infocoll-pec-employeur',
    ['abbrev', 'who-agrees'],
    [
      turn(
        'son employeur veut venir a la reunion d info comp pec avec lui, c quand ?',
        'agenda',
        [on('2027-02-09')],
        [...notOn('2027-01-14'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b129-fu-pec-atelier3-modalite',
    ['session', 'follow-up', 'modality'],
    [
      turn(
        'il demande c quand le prochain atelier 3 de comp pec',
        'agenda',
        [on('2027-02-10')],
        notOn('2027-01-20'),
      ),
      turn('c a distance ou il doit venir ?', 'agenda', [['présentiel', 'sur place', 'montauban']]),
    ],
  ),
  c(
    'b129-ag-moissac',
    ['town'],
    [
      turn(
        'elle habite moissac, elle demande ce qu il y a pres de chez elle a l afpa',
        'agenda',
        [on('2027-02-17')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b129-ag-volet2-25-complet',
    ['session', 'with-places'],
    [turn('elle veut aller sur la session volet 2 du 25 janvier, ca passe ?', 'agenda', [FULL])],
  ),
  c(
    'b129-ag-places-restauration',
    ['places', 'trade'],
    [
      turn(
        'elle veut bosser en cuisine, y a des places en restauration ?',
        'agenda',
        [['restauration'], [...on('2027-03-15'), ...seats(4)]],
        OTHER_TRAININGS('restauration'),
      ),
    ],
  ),
  c(
    'b129-ag-prepa-mars',
    ['session', 'month'],
    [
      turn(
        'elle est dispo qu a partir de mars, y a une entree prepa en mars ?',
        'agenda',
        [on('2027-03-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08')],
      ),
    ],
  ),
  c(
    'b129-ag-venir-voir-centre',
    ['visit'],
    [
      turn(
        'il demande s il peut venir voir le centre avant, il connait pas du tout l afpa',
        'agenda',
        [[...on('2027-02-03'), ...on('2027-01-14'), ...on('2027-01-19')]],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b129-ag-places-macon',
    ['places', 'trade', 'no-accent'],
    [
      turn(
        'il veut savoir si y a une formation macon qui commence bientot',
        'agenda',
        [['maçon'], [...on('2027-02-15'), ...seats(3)]],
        OTHER_TRAININGS('maçon'),
      ),
    ],
  ),
  c(
    'b129-ag-promo-reunion-parents',
    ['parent', 'visit'],
    [
      turn(
        'la mere veut venir voir avec lui avant, y a une reunion d info pour la promo avec les parents ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b129-fu-castel-valence',
    ['follow-up', 'town'],
    [
      turn('elle est a castelsarrasin, y a quoi comme info coll prepa la bas ?', 'agenda', [
        on('2027-01-21'),
      ]),
      turn(
        'et sa soeur elle est a valence d agen, y a qqch ?',
        'agenda',
        [on('2027-03-04')],
        notOn('2027-01-21'),
      ),
    ],
  ),
];

// ── Eligibility, as the person asks it ──────────────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b129-el-prepa-58-ans',
    ['age'],
    [
      turn(
        'il a 58 ans au rsa, pas inscrit a FT, il demande si il est trop vieux pour la prepa',
        'eligibility',
        [
          both(ELIGIBLE, [
            'pas de limite d’âge',
            'aucune limite d’âge',
            'aucune condition d’âge',
            'pas de condition d’âge',
          ]),
        ],
      ),
    ],
  ),
  c(
    'b129-el-promo-lyceen',
    ['school'],
    [
      turn(
        'jeune 17 ans ase, en cap au lycee pro mais il veut arreter, il demande si il peut faire la promo',
        'eligibility',
        [
          [...NOT_ELIGIBLE, 'tant qu'],
          ['quitté', 'scolaris', 'lycée', 'décroch', 'pas en formation', 'ni en formation'],
        ],
      ),
    ],
  ),
  c(
    'b129-el-pec-asso',
    ['abbrev'],
    [
      turn(
        'dame rsa suivie par nous, en pec dans une asso depuis 2 mois, employeur ok, elle demande si elle peut faire comp pec',
        'eligibility',
        [ELIGIBLE],
      ),
    ],
  ),
  c(
    'b129-el-promo-19',
    ['age'],
    [
      turn('il a 19 ans, il demande si la promo c possible pour lui', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
    ],
  ),
  c(
    'b129-el-promo-16-ase',
    ['age', 'abbrev'],
    [
      turn(
        'jeune 16 ans a quitté le college en juin, rien depuis, suivi ase, sa mere est d accord, il peut faire la promo ?',
        'eligibility',
        [[...ELIGIBLE, 'mission locale', 'cio']],
      ),
    ],
  ),
  c(
    'b129-el-promo-15-demi',
    ['age'],
    [
      turn('il a 15 ans et demi, il demande si il peut deja s inscrire a la promo 1618', 'eligibility', [
        NOT_ELIGIBLE,
        ['16'],
      ]),
    ],
  ),
  c(
    'b129-el-pec-cdi',
    ['contract'],
    [
      turn(
        'madame au rsa en cdi a temps partiel (pas un pec), elle demande pour competences pec',
        'eligibility',
        [NOT_ELIGIBLE],
      ),
    ],
  ),
  c(
    'b129-el-prepa-inscrit-ft',
    ['abbrev'],
    [
      turn(
        'il est inscrit a france travail en plus du rsa, il demande si ca l empeche de faire la prepa',
        'eligibility',
        [[...ELIGIBLE, ...NOT_REGISTERED_TOO]],
      ),
    ],
  ),
  c(
    'b129-fu-el-prepa-quand',
    ['follow-up', 'session'],
    [
      turn(
        'monsieur 45 ans au rsa suivi par le cd, pas inscrit ft, il demande si il a le droit a la prepa comp',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('il veut savoir quand du coup', 'agenda', [on('2027-01-18')]),
    ],
  ),
];

// ── Whom the person (or I) can contact ──────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b129-fu-ct-telephone',
    ['follow-up'],
    [
      turn('il veut parler a qqun de l afpa avant de se decider, je lui donne quel contact ?', 'contact', [
        AFPA_CONTACT,
      ]),
      turn(
        'elle demande le numero de tel pour appeler elle meme',
        'contact',
        [AFPA_CONTACT],
        ['05 63', '0563', '05.63'],
      ),
    ],
  ),
  c(
    'b129-ct-souci-dept',
    [],
    [
      turn(
        'si j ai un souci sur son dossier, c qui au departement qui suit ce partenariat avec l afpa ?',
        'contact',
        [DEPT_REFERENT],
      ),
    ],
  ),
  c(
    'b129-ct-prepa-nom',
    ['abbrev'],
    [turn('qui a l afpa s occupe de la prepa comp ? elle veut un nom', 'contact', [[...RAP, ...DIRECTOR]])],
  ),
  c(
    'b129-fu-ct-promo-dept',
    ['follow-up', 'parent'],
    [
      turn('sa mere veut parler a un responsable de l afpa pour la promo, c qui ?', 'contact', [
        [...RAP, ...DIRECTOR],
      ]),
      turn('et cote departement c qui l interlocuteur ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
];

// ── Figures the person asks for ─────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b129-fig-prepa-boulot-apres',
    ['results'],
    [
      turn('elle me demande si ca marche, combien de gens trouvent du boulot apres la prepa', 'figures', [
        NO_FIGURES,
      ]),
    ],
  ),
  c(
    'b129-fig-promo-ca-marche',
    ['results', 'parent'],
    [turn('sa mere demande si la promo ca marche vraiment, y a des chiffres ?', 'figures', [SEVENTY])],
  ),
  c(
    'b129-fig-prepa-seule',
    ['abbrev'],
    [
      turn(
        'elle veut savoir si elle est la seule du 82 a faire ca, combien de brsa sont passes en prepa ?',
        'figures',
        [NO_FIGURES],
      ),
    ],
  ),
  c(
    'b129-fu-fig-objectifs-pec-prepa',
    ['follow-up', 'targets'],
    [
      turn('il demande si y a beaucoup de gens du rsa qui font comp pec, c quoi l objectif ?', 'figures', [
        TARGET_PEC,
      ]),
      turn('et pour la prepa ?', 'figures', [TARGET_PREPA]),
    ],
  ),
  c(
    'b129-fig-promo-ase-seul',
    ['targets', 'parent'],
    [
      turn(
        'combien de jeunes de l ase vont a la promo ? la mere veut savoir s il sera pas le seul',
        'figures',
        [[...NO_FIGURES, ...TARGET_PROMO]],
      ),
    ],
  ),
];

// ── Prescribing, once the person agrees ─────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b129-pr-prepa-daccord',
    ['typo'],
    [turn('elle est d accord, je l inscri comment en prepa ?', 'prescribe', FORM)],
  ),
  c(
    'b129-pr-promo-partant',
    ['abbrev'],
    [turn('il est partant pour la promo 1618, je fais la prescription', 'prescribe', FORM)],
  ),
  c(
    'b129-pr-prepa-18',
    ['session'],
    [
      turn('bon elle veut bien, mets la sur l entree prepa du 18 janvier', 'prescribe', [
        ...FORM,
        on('2027-01-18'),
      ]),
    ],
  ),
  c(
    'b129-fu-pr-visio-inscrire-annuler',
    ['follow-up', 'modality'],
    [
      turn('elle demande si la prepa peut se faire en visio', 'dispositif', [REMOTE], NO_INTERVIEW),
      turn('ok ca lui va, on l inscrit', 'prescribe', FORM),
      turn('ah non en fait elle prefere reflechir, annule', 'other', [CANCELLED]),
    ],
  ),
  c('b129-pr-pec', ['abbrev'], [turn('il veut faire comp pec, je le prescris comment ?', 'prescribe', FORM)]),
  c(
    'b129-pr-promo-1er-fevrier',
    ['session'],
    [turn('inscrire le jeune sur la session promo du 1er fevrier', 'prescribe', [...FORM, on('2027-02-01')])],
  ),
];

// ── The other offers of the agreement, as the person asks about them ────────

const otherOffers: ConversationCase[] = [
  c(
    'b129-fle',
    ['no-accent'],
    [turn('elle parle pas bien francais, elle demande si l afpa a des cours', 'dispositif', [FLE])],
  ),
  c(
    'b129-chantier-insertion',
    [],
    [
      turn('il veut savoir si l afpa peut le preparer avant un chantier d insertion', 'dispositif', [
        ['premiers gestes', 'gestes techniques'],
      ]),
    ],
  ),
  c(
    'b129-benevolat-badges',
    ['certificate'],
    [
      turn(
        'elle est benevole aux restos du coeur depuis 5 ans, elle demande si ca peut etre reconnu',
        'dispositif',
        [['open badge', 'badges', 'vae', 'validation des acquis', 'informel']],
      ),
    ],
  ),
  c(
    'b129-fu-clea-numerique',
    ['follow-up'],
    [
      turn('on lui a dit de passer la clea, elle demande c quoi', 'dispositif', [
        ['compétences de base', 'socle'],
      ]),
      turn('et y a une version pour l ordi ? elle galere avec', 'dispositif', [
        ['cléa numérique', 'numérique'],
      ]),
    ],
  ),
];

// ── Outside the agreement: allowances, RSA rules, practicalities ────────────

const outOfScope: ConversationCase[] = [
  c(
    'b129-fu-oos-15h-radiation',
    ['rsa', 'follow-up'],
    [
      turn(
        'elle veut savoir si les heures de prepa comptent dans ses 15h d activite du rsa',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
      turn(
        'et sa question c est aussi : france travail va la radier ?',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b129-oos-cantine',
    ['money', 'two-questions'],
    [
      turn(
        'il demande si y a une cantine a l afpa et si c payant',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
  c(
    'b129-oos-arret-maladie',
    [],
    [
      turn(
        'elle demande si elle peut faire la prepa en etant en arret maladie',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b129-oos-apl',
    ['money', 'typo'],
    [
      turn(
        'elle demande si ses apl vont baisser si elle fait une formaton remuneree',
        'out_of_scope',
        [NOT_SETTLED],
        [...MONEY, ...NO_BOUNCE],
      ),
    ],
  ),
  c(
    'b129-oos-caf-declarer',
    ['rsa', 'abbrev'],
    [
      turn(
        'il me demande si il doit declarer a la caf qu il fait comp pec',
        'out_of_scope',
        [NOT_SETTLED],
        NO_BOUNCE,
      ),
    ],
  ),
];

// ── Everything else ─────────────────────────────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b129-ot-bonjour-rdv',
    [],
    [
      turn('bonjour, j ai une dame en rdv elle a plein de questions', 'other', [
        ['prépa compétences', 'dispositif', 'agenda'],
      ]),
    ],
  ),
  c(
    'b129-ot-donnees-perso',
    ['privacy'],
    [turn('elle demande si ses infos perso seront partagees avec l afpa, elle a peur', 'other', [RGPD])],
  ),
  c(
    'b129-fu-panda-qui-inscrit',
    ['panda', 'follow-up'],
    [
      turn('elle a recu un mail de panda, elle demande c quoi', 'other', [PANDA_DEF]),
      turn(
        'c elle qui doit s inscrire dessus ou c moi ?',
        'dispositif',
        [
          ['référent', 'conseiller', 'vous'],
          ['panda', 'plateforme', 'plate-forme'],
        ],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b129-ot-village',
    [],
    [
      turn('le village afpa c quoi ? il en a entendu parler a la radio', 'other', [
        ['tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'],
      ]),
    ],
  ),
  c(
    'b129-ot-accord-jusqua',
    [],
    [
      turn('elle demande si le partenariat existe toujours, l accord c jusqu a quand ?', 'other', [
        ['2 ans', 'deux ans', '2023', '2022', 'avenant'],
      ]),
    ],
  ),
];

export const HUNDRED_TWENTY_NINTH_BLIND_SET: ConversationCase[] = [
  ...prepa,
  ...pec,
  ...promo,
  ...agenda,
  ...eligibility,
  ...contacts,
  ...figures,
  ...prescribe,
  ...otherOffers,
  ...outOfScope,
  ...other,
];
