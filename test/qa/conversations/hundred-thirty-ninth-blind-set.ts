/**
 * Hundred-thirty-ninth blind set.
 *
 * Who speaks: référents insertion of the Département de Tarn-et-Garonne (CD82), ASE
 * educators and AFPA Montauban coordinators who do not take the bot's first answer for
 * granted. Most cases are two or three turns: an ordinary question, then a challenge that
 * only makes sense after the answer (« t es sur ? », « c ecrit ou ? », « source ? »,
 * « ma collegue m a dit 6 semaines, qui a raison ? », « non c faux c 12 semaines »,
 * « ca a change depuis non ? », « tu inventes pas ? », « en plus court stp »). They type
 * fast: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, CD, ASE, info coll, JPO), no
 * accents, typos, missing question marks, two questions in one message.
 *
 * What a correct answer to a challenge does: it confirms the true fact and, when asked,
 * says where it comes from (the article or paragraph of the agreement or of its protocol,
 * or AFPA's published agenda); it never gives in to a false correction (the false figure
 * the référent suggests is in mustNotContain); where the agreement is silent it says so
 * and invents nothing.
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

/** Each alternative with both apostrophes, « ’ » and « ' ». */
function both(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

// ── Where a fact comes from ─────────────────────────────────────────────────

/** The agreement, its protocol or its action plan, however the answer names them. */
const SOURCE = both(
  'article',
  'art.',
  'art ',
  'protocole',
  '§',
  'accord',
  'annexe',
  'plan d’action',
  'convention',
  'paragraphe',
);
/** AFPA's published agenda or Info Places. */
const AGENDA_SOURCE = both(
  'agenda',
  'calendrier',
  'publi',
  'info places',
  'afpa',
  'mise à jour',
  'mis à jour',
);

/** The agreement is silent: the answer says so. */
const NOT_SAID = both(
  'ne dit rien',
  'n’en dit rien',
  'ne précise pas',
  'ne prévoit pas',
  'pas prévu',
  'hors',
  'ne fixe pas',
  'pas d’information',
  'aucune information',
  'ne mentionne pas',
  'ne parle pas',
  'n’aborde pas',
  'ne traite pas',
  'ne couvre pas',
  'n’est pas couvert',
  'ne figure pas',
  'ne règle pas',
  'pas dans l’accord',
  'n’indique pas',
  'ne donne pas',
  'rien dans l’accord',
  'ne dispose pas',
  'ne sais pas',
  'silencieux',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
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
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const SIX_WORKSHOPS = ['6 ateliers', 'six ateliers'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MON_THU = both('lundi au jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi', 'lundi-jeudi');
const ONSITE = ['présentiel', 'sur place', 'dans le centre', 'au centre'];
const REMOTE = ['à distance', 'distanciel', 'distance'];
const PARTLY_REMOTE = ['tout ou partie'];
const AGE_1618 = ['16 à 18', '16 et 18', '16-18', '16-17', '16 ou 17', '16 à 17', 'mineur'];
const PARENTS = [
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
];
const SIX_MONTHS = ['6 mois', 'six mois'];
const FREE = both(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
);
const PRESCRIBED_BY_CD = both(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'directement',
  'services compétents du département',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
);
const NOT_REGISTERED_TOO = both(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'ne sont pas inscrits',
  'qu’ils soient inscrits',
  'même sans inscription',
  'sans être inscrit',
  'pas besoin d’être inscrit',
  'pas obligé',
  'pas obligatoire',
);
const ADHESION = both(
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'volontaire',
);
const EMPLOYER_AGREES = both(
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
  'accord de l’employeur pec',
);
const PEC_START = ['signature', 'premiers mois'];
const BILAN = ['bilan individuel', 'bilan'];
const PANDA = ['panda'];
const REFERENT = both('référent', 'conseiller', 'c’est vous', 'vous-même', 'vous qui');
const MONTAUBAN = ['montauban'];
const DELOCALISED = both(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
);
const FRENCH = both('français à visée professionnelle', 'français langue étrangère', 'fle');
const ASE = both('aide sociale à l’enfance', ' ase', 'ase ');
const ML_CIO = ['mission locale', 'missions locales', 'cio', 'c.i.o'];

// Figures (protocol § 4 and § 6).
const NOT_AVAILABLE = both(
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
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois'];
const QUARTERLY = ['trimestri', 'tous les trois mois', 'tous les 3 mois', 'chaque trimestre'];
const DGEFP = ['dgefp', 'd.g.e.f.p'];

// Whom to contact (article 3, protocol § 6).
const DIRECTOR = both(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
);
const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement & parcours', 'battedou'];
const DEPT_REFERENT = both(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
);
const PRESIDENT = ['président', 'weill', 'représentant'];

// Eligibility.
const ELIGIBLE = [
  'prescription possible',
  'est éligible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peuvent bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
  'peut faire',
];
const NOT_ELIGIBLE = both(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'trop jeune',
  'trop âgé',
  'impossible',
);
const OTHER_PRESCRIBER = [
  'autre prescripteur',
  'son prescripteur',
  'mission locale',
  'cap emploi',
  'france travail',
  'pôle emploi',
];

/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// The agenda (fixture of 11 January 2027).
const FULL = [
  ...seats(0),
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
];
const NOTHING = both('aucun', 'aucune', 'rien', 'pas de', 'n’y a pas', 'pas d’');
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
const otherTrainings = (...asked: string[]) =>
  TRAINING_NAMES.filter((name) => !asked.some((a) => name.includes(a)));

// Other clauses of the agreement.
const TWO_YEARS = ['2 ans', 'deux ans'];
const TWO_MONTHS = ['2 mois', 'deux mois'];
const AVENANT = ['avenant', 'prolong', 'poursuite', 'reconduit', 'reconduction', 'renouvel'];
const ARTICLE_5 = ['article 5', 'art. 5', 'art 5', 'art.5'];
const SEMESTER = ['semestre', 'deux fois par an', '2 fois par an'];

// ── Prépa Compétences, Compétences PEC, La Promo 16/18 ─────────────────────

const dispositifs: ConversationCase[] = [
  c(
    'b139-prepa-duree-collegue-6-semaines',
    ['challenge', 'false-correction', 'abbrev'],
    [
      turn('prepa comp ca dure combien', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn(
        'ma collegue m a dit 6 semaines pour la prepa, qui a raison ?',
        'dispositif',
        [PREPA_DURATION],
        ['6 semaines', 'six semaines'],
      ),
    ],
  ),
  c(
    'b139-promo-duree-12-semaines-article',
    ['challenge', 'false-correction', 'source'],
    [
      turn('la promo 1618 ca dure cb de temps', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
      turn(
        'non c faux, la promo c 12 semaines',
        'dispositif',
        [PROMO_DURATION],
        ['12 semaines', 'douze semaines'],
      ),
      turn('tu peux me citer l article ?', 'dispositif', [PROMO_DURATION, SOURCE], ['12 semaines']),
    ],
  ),
  c(
    'b139-pec-duree-ecrit-ou',
    ['challenge', 'source', 'abbrev'],
    [
      turn('comp PEC combien de jours au total', 'dispositif', [PEC_DAYS], ['2 à 8 jours', '13 semaines']),
      turn('c ecrit ou ca ?', 'dispositif', [PEC_DAYS, SOURCE]),
    ],
  ),
  c(
    'b139-volet1-protocole-pareil',
    ['challenge', 'source', 'volet'],
    [
      turn('volet 1 prepa cb de jours', 'dispositif', [VOLET1_DAYS]),
      turn('et si je lis le protocole il dit pareil ?', 'dispositif', [VOLET1_DAYS, SOURCE]),
    ],
  ),
  c(
    'b139-volet2-10-jours',
    ['challenge', 'false-correction', 'volet', 'typo'],
    [
      turn('volet 2 prepa comp c combien de jours', 'dispositif', [VOLET2_DAYS]),
      turn(
        't es sur ? on m a dit 10 jours max pour le volet2',
        'dispositif',
        [VOLET2_DAYS],
        ['10 jours', 'dix jours'],
      ),
    ],
  ),
  c(
    'b139-pec-ateliers-pas-4',
    ['challenge', 'false-correction'],
    [
      turn('comp pec les ateliers de reconnaissance des acquis y en a combien', 'dispositif', [
        SIX_WORKSHOPS,
      ]),
      turn('c pas 4 ateliers plutot ?', 'dispositif', [SIX_WORKSHOPS], ['4 ateliers', 'quatre ateliers']),
    ],
  ),
  c(
    'b139-prepa-gratuit-accord-ou-toi',
    ['challenge', 'source', 'cost'],
    [
      turn('prepa comp ca coute qqch au CD ?', 'dispositif', [FREE]),
      turn('c l accord qui dit ca ou c toi ?', 'dispositif', [FREE, SOURCE]),
    ],
  ),
  c(
    'b139-promo-parents-ecrit-ou',
    ['challenge', 'source'],
    [
      turn('pour la promo 1618 faut l accord des parents ?', 'dispositif', [PARENTS]),
      turn('c ecrit ou ?', 'dispositif', [PARENTS, [...SOURCE, 'engagement']]),
    ],
  ),
  c(
    'b139-promo-suivi-6-mois-change',
    ['challenge', 'changed'],
    [
      turn('apres la promo 16 18 le jeune est suivi combien de temps', 'dispositif', [SIX_MONTHS]),
      turn('ca a change depuis non ?', 'dispositif', [SIX_MONTHS]),
    ],
  ),
  c(
    'b139-promo-distance-meme-une-partie',
    ['challenge', 'modality'],
    [
      turn('promo 1618 a distance c possible', 'dispositif', [ONSITE], PARTLY_REMOTE),
      turn('meme pas une partie en visio ? t es sur', 'dispositif', [ONSITE], PARTLY_REMOTE),
    ],
  ),
  c(
    'b139-promo-vendredi-silence',
    ['challenge', 'silent'],
    [
      turn('la promo c quels jours de la semaine', 'dispositif', [MON_THU]),
      turn('et le vendredi ils font quoi alors', 'dispositif', [NOT_SAID]),
    ],
  ),
  c(
    'b139-pec-quand-source',
    ['challenge', 'source', 'start'],
    [
      turn('comp pec on peut le mobiliser a partir de quand', 'dispositif', [PEC_START]),
      turn('source ?', 'dispositif', [PEC_START, SOURCE]),
    ],
  ),
  c(
    'b139-prepa-resume-une-phrase',
    ['reformulate'],
    [
      turn('c quoi prepa comp exactement', 'dispositif', [['projet'], ['formation']]),
      turn('resume en une phrase', 'dispositif', [['projet', 'formation']], ['13 semaines']),
    ],
  ),
  c(
    'b139-promo-deroule-plus-simple',
    ['reformulate'],
    [
      turn('la promo 1618 ca se deroule comment', 'dispositif', [
        ['engagement'],
        ['construction', 'chantier', 'mobilité'],
      ]),
      turn(
        'explique plus simplement stp',
        'dispositif',
        [['semaine', 'phase', 'étape', 'temps', 'mois']],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b139-bilan-prepa-et-pec',
    ['challenge', 'end'],
    [
      turn('a la fin de la prepa j ai un retour ?', 'dispositif', [BILAN]),
      turn('et pour la pec aussi ou que la prepa ? t es sur', 'dispositif', [BILAN, ['vae', 'v.a.e']]),
    ],
  ),
  c(
    'b139-prepa-que-montauban',
    ['challenge', 'where'],
    [
      turn('prepa comp c ou', 'dispositif', [MONTAUBAN]),
      turn('que a montauban ? mes brsa sont vers moissac', 'dispositif', [
        [...DELOCALISED, ...on('2027-03-08')],
      ]),
    ],
  ),
  c(
    'b139-fle-extrapole',
    ['challenge', 'source'],
    [
      turn('l afpa fait du francais pour les primo arrivants ?', 'dispositif', [FRENCH]),
      turn('c vraiment dans l accord ou tu extrapoles', 'dispositif', [[...SOURCE, '2.2.3'], FRENCH]),
    ],
  ),
  c(
    'b139-promo-4-mois-d-ou',
    ['challenge', 'source', 'duration'],
    [
      turn('la promo 16/18 ca peut depasser 3 mois ?', 'dispositif', [FOUR_MONTHS]),
      turn('d ou tu sors ca', 'dispositif', [FOUR_MONTHS, SOURCE]),
    ],
  ),
  c(
    'b139-pec-employeur-ecrit-ou',
    ['challenge', 'source', 'who-agrees'],
    [
      turn('pour comp pec faut l accord de l employeur ?', 'dispositif', [EMPLOYER_AGREES]),
      turn('c ecrit ou ? l employeur m a dit que non', 'dispositif', [EMPLOYER_AGREES, SOURCE]),
    ],
  ),

  // One message, sometimes two questions, sometimes the doubt inside.
  c(
    'b139-2q-prepa-duree-ou',
    ['two-questions', 'abbrev'],
    [turn('prepa comp c cb de jours et c ou', 'dispositif', [PREPA_DURATION, MONTAUBAN], ['13 semaines'])],
  ),
  c(
    'b139-2q-promo-semaines-jours',
    ['two-questions', 'abbrev'],
    [
      turn(
        'promo 1618 cb de semaines et c quels jours',
        'dispositif',
        [PROMO_DURATION, MON_THU],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b139-2q-pec-jours-patron',
    ['two-questions', 'abbrev'],
    [
      turn(
        'comp pec cb de jours en tout et faut l accord du patron ?',
        'dispositif',
        [PEC_DAYS, EMPLOYER_AGREES],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b139-2q-volets',
    ['two-questions', 'volet', 'no-question-mark'],
    [turn('volet 1 et volet 2 prepa cb de jours chacun', 'dispositif', [VOLET1_DAYS, VOLET2_DAYS])],
  ),
  c(
    'b139-2q-pec-promo-distance',
    ['two-questions', 'modality'],
    [turn('comp pec a distance possible ? et la promo ?', 'dispositif', [REMOTE, ONSITE])],
  ),
  c(
    'b139-typo-c-koi-prepa',
    ['typo', 'sms'],
    [turn('c koi prepa comp', 'dispositif', [['projet'], ['formation']])],
  ),
  c(
    'b139-typo-promo-age',
    ['typo', 'sms'],
    [turn('promo 1618 a partir de kel age', 'dispositif', [AGE_1618])],
  ),
  c(
    'b139-doute-prepa-inscrits-ft',
    ['challenge', 'false-correction', 'abbrev'],
    [
      turn('on m a dit que prepa comp c que pour les inscrits FT c vrai ?', 'dispositif', [
        NOT_REGISTERED_TOO,
      ]),
    ],
  ),
  c(
    'b139-doute-pec-10-jours',
    ['challenge', 'false-correction', 'abbrev'],
    [
      turn(
        'ma collegue dit que la pec c 10 jours c ca ?',
        'dispositif',
        [PEC_DAYS],
        ['10 jours', 'dix jours'],
      ),
    ],
  ),
];

// ── AFPA's published agenda (fixture of 11 January 2027) ───────────────────

const agenda: ConversationCase[] = [
  c(
    'b139-ag-infocoll-14-pas-15',
    ['challenge', 'date', 'abbrev'],
    [
      turn(
        'prochaine info coll prepa comp',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
      turn('le 14 ? t es sur c pas le 15 ?', 'agenda', [on('2027-01-14')], notOn('2027-01-15')),
      turn('et c ou deja', 'agenda', [MONTAUBAN]),
    ],
  ),
  c(
    'b139-ag-jpo-collegue-7-janvier',
    ['challenge', 'date', 'past'],
    [
      turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('ma collegue dit qu il y en avait une le 7 janvier, t es sur ?', 'agenda', [on('2027-02-03')]),
    ],
  ),
  c(
    'b139-ag-visite-soudure-mardi',
    ['challenge', 'date', 'trade'],
    [
      turn('visite plateau soudure c quand', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn('c un mardi ou un mercredi ? jveux pas me planter', 'agenda', [['mardi']], ['mercredi 20']),
    ],
  ),
  c(
    'b139-ag-batiment-pas-montauban',
    ['challenge', 'where', 'trade'],
    [
      turn('reunion metier batiment c quand', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
      turn('c a montauban ? t es sur', 'agenda', [['caussade']]),
    ],
  ),
  c(
    'b139-ag-promo-entree-lundi',
    ['challenge', 'date', 'session'],
    [
      turn('prochaine entree promo 16 18', 'agenda', [on('2027-02-01')]),
      turn('le 1er fevrier c bien un lundi ? sur ?', 'agenda', [['lundi']]),
    ],
  ),
  c(
    'b139-ag-volet2-complet-suivante',
    ['challenge', 'places', 'volet'],
    [
      turn('il reste de la place sur la prepa volet 2 du 25 janvier ?', 'agenda', [FULL]),
      turn('vraiment rien ? et la session d apres', 'agenda', [on('2027-02-15'), seats(5)]),
    ],
  ),
  c(
    'b139-ag-cariste-source-a-jour',
    ['challenge', 'source', 'places', 'trade'],
    [
      turn(
        'places cariste',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...seats(6)]],
        otherTrainings('cariste', 'préparateur'),
      ),
      turn('source ? c a jour ton truc ?', 'agenda', [
        seats(6),
        [...AGENDA_SOURCE, '08/01', ' 8 janv', '2027-01-08'],
      ]),
    ],
  ),
  c(
    'b139-ag-infocoll-pec-moissac',
    ['challenge', 'where', 'abbrev'],
    [
      turn('info coll comp pec c quand', 'agenda', [on('2027-02-09')], notOn('2027-01-14')),
      turn('c a montauban ? sur ?', 'agenda', [['moissac']]),
    ],
  ),
  c(
    'b139-ag-cette-semaine-demain',
    ['relative-date'],
    [
      turn('quoi de prevu cette semaine a l afpa', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
      turn('et demain ?', 'agenda', [NOTHING], notOn('2027-01-07')),
    ],
  ),
  c(
    'b139-ag-valence-heure',
    ['challenge', 'town', 'time'],
    [
      turn('info coll prepa a valence d agen', 'agenda', [on('2027-03-04')], notOn('2027-01-14')),
      turn('c le matin ou l aprem ? t es sur de l heure', 'agenda', [
        ['9h30', '9 h 30', '09:30', '9:30', '09h30', 'matin'],
      ]),
    ],
  ),
  c(
    'b139-ag-pec-atelier3-10-ou-12',
    ['challenge', 'date', 'session'],
    [
      turn('entree pec atelier 3 c quand', 'agenda', [on('2027-02-10')], notOn('2027-01-20')),
      turn('le 10 ou le 12 fevrier ? sur ?', 'agenda', [on('2027-02-10')], notOn('2027-02-12')),
    ],
  ),
  c(
    'b139-ag-logistique-26-pas-27',
    ['challenge', 'date', 'source', 'trade'],
    [
      turn('reunion metiers logistique', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
      turn(
        't es sur c pas le 27 ? c marque ou',
        'agenda',
        [on('2027-01-26'), AGENDA_SOURCE],
        notOn('2027-01-27'),
      ),
    ],
  ),

  c(
    'b139-ag-2q-jpo-infocoll',
    ['two-questions', 'abbrev'],
    [
      turn(
        'prochaine jpo et prochaine info coll ?',
        'agenda',
        [on('2027-02-03'), on('2027-01-14')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b139-ag-plaquiste-sur',
    ['places', 'trade', 'typo'],
    [
      turn(
        'plaquiste il reste de la place ? sur ?',
        'agenda',
        [['plaquiste'], FULL],
        otherTrainings('plaquiste'),
      ),
    ],
  ),
  c(
    'b139-ag-2q-promo-entree-places',
    ['two-questions', 'session', 'places'],
    [
      turn(
        'promo 1618 prochaine entree et cb de places',
        'agenda',
        [on('2027-02-01'), seats(10)],
        TRAINING_NAMES,
      ),
    ],
  ),
  c(
    'b139-ag-visite-elec-mars',
    ['challenge', 'date', 'trade'],
    [
      turn(
        'visite plateau elec c quand, c bien en mars ?',
        'agenda',
        [on('2027-03-10')],
        notOn('2027-01-19'),
      ),
    ],
  ),
];

// ── Eligibility ─────────────────────────────────────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b139-el-prepa-pas-inscrite-ft',
    ['challenge', 'abbrev'],
    [
      turn('dame 45 ans brsa suivie par le cd, pas inscrite FT, prepa comp possible ?', 'eligibility', [
        ELIGIBLE,
      ]),
      turn('t es sur ? elle est meme pas inscrite a FT', 'eligibility', [NOT_REGISTERED_TOO]),
    ],
  ),
  c(
    'b139-el-promo-15-bientot-16',
    ['challenge', 'age'],
    [
      turn('jeune ase 15 ans decroche promo 1618 ?', 'eligibility', [NOT_ELIGIBLE, ['16']]),
      turn('il a 16 ans dans 1 mois ca change quoi', 'eligibility', [['16 ans']]),
    ],
  ),
  c(
    'b139-el-pec-suivie-ml',
    ['challenge', 'source', 'abbrev'],
    [
      turn('salariee pec pas au rsa suivie par la ML, je peux la mettre en comp pec ?', 'eligibility', [
        OTHER_PRESCRIBER,
      ]),
      turn('pourquoi pas moi ? c ecrit ou', 'eligibility', [['rsa', 'r.s.a'], SOURCE]),
    ],
  ),
  c(
    'b139-el-promo-ase-accord-ou-toi',
    ['challenge', 'source', 'abbrev'],
    [
      turn('jeune ase 17 ans decroche depuis septembre, promo 1618 possible ?', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO],
      ]),
      turn('c l accord qui le dit pour les jeunes ase ou c toi ?', 'eligibility', [ASE, SOURCE]),
    ],
  ),
  c(
    'b139-el-promo-mere-refuse',
    ['silent', 'person-mention'],
    [
      turn('jeune 16 ans ase decroche, la mere refuse de signer, promo possible ?', 'eligibility', [PARENTS]),
      turn('et si c l ase qui signe a la place ?', 'eligibility', [NOT_SAID]),
    ],
  ),

  c(
    'b139-el-prepa-inscrit-ft-aussi',
    ['abbrev', 'typo'],
    [
      turn('mr 50a brsa inscrit a FT et suivi par le cd, prepa comp ok qd meme ?', 'eligibility', [
        [...ELIGIBLE, ...NOT_REGISTERED_TOO],
      ]),
    ],
  ),
  c(
    'b139-el-promo-25-ans-on-m-a-dit',
    ['challenge', 'false-correction'],
    [
      turn('femme 25a au rsa, on m a dit qu elle pouvait faire la promo 1618, c vrai ?', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
    ],
  ),
  c(
    'b139-el-promo-19-jeune-majeur',
    ['age', 'abbrev'],
    [
      turn('jeune 19 ans encore suivi ase (contrat jeune majeur), promo 1618 ?', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
    ],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b139-oos-remuneration-forcement',
    ['challenge', 'silent', 'benefit'],
    [
      turn(
        'elle touche une remuneration pendant la prepa comp ?',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, '€'],
      ),
      turn('t es sur ? y a forcement qqch non', 'out_of_scope', [NOT_SAID], [...NO_BOUNCE, '€']),
    ],
  ),
  c(
    'b139-oos-promo-paye-200',
    ['challenge', 'false-correction', 'silent'],
    [
      turn('le jeune est paye pendant la promo 1618 ?', 'out_of_scope', [NOT_SAID], [...NO_BOUNCE, '€']),
      turn('ma collegue dit 200 euros par mois, qui a raison', 'out_of_scope', [NOT_SAID], ['200', '€']),
    ],
  ),
  c(
    'b139-oos-transport-mobilite',
    ['silent', 'transport'],
    [
      turn(
        'frais de transport pour aller a l afpa c rembourse ?',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, '€'],
      ),
      turn('donc c a moi de gerer la mobilite ?', 'dispositif', [['mobilité', 'conditions matérielles']]),
    ],
  ),
  c(
    'b139-oos-sanction-refus',
    ['silent', 'rsa-rules', 'abbrev'],
    [
      turn('si le brsa refuse la prepa son rsa est suspendu ?', 'out_of_scope', [NOT_SAID], NO_BOUNCE),
      turn('donc il peut refuser ?', 'dispositif', [ADHESION]),
    ],
  ),
  c(
    'b139-oos-tarif-vae-toi-ou-accord',
    ['challenge', 'silent', 'cost'],
    [
      turn('combien coute une vae hors pec', 'out_of_scope', [NOT_SAID], [...NO_BOUNCE, '€', ' euros']),
      turn('c l accord qui dit rien ou c toi qui sais pas ?', 'out_of_scope', [NOT_SAID], ['€', ' euros']),
    ],
  ),

  c(
    'b139-oos-montant-rsa',
    ['benefit', 'sms'],
    [turn('c cb le rsa en ce moment', 'out_of_scope', [NOT_SAID], [...NO_BOUNCE, '€', ' euros'])],
  ),
  c(
    'b139-oos-hebergement-promo',
    ['cost', 'typo'],
    [
      turn(
        'l hebergement pdt la mobilite promo c payant pr la famille',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b139-oos-cej',
    ['other-organisation', 'abbrev', 'typo'],
    [turn('c koi le CEJ de la ML', 'out_of_scope', [NOT_SAID], NO_BOUNCE)],
  ),
  c(
    'b139-oos-horaires-8h-9h',
    ['schedule'],
    [turn('les ateliers prepa commencent a quelle heure, 8h ou 9h ?', 'out_of_scope', [NOT_SAID], NO_BOUNCE)],
  ),
];

// ── Whom to contact ─────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b139-ct-prepa-pas-le-directeur',
    ['challenge'],
    [
      turn('qui contacter a l afpa pour prepa comp', 'contact', [RAP]),
      turn('c pas plutot le directeur ? t es sur', 'contact', [RAP, DIRECTOR]),
    ],
  ),
  c(
    'b139-ct-telephone',
    ['silent'],
    [
      turn('contact afpa montauban pour les dispositifs ?', 'contact', [[...RAP, ...DIRECTOR]]),
      turn(
        't as son tel ou son mail ?',
        'contact',
        [[...NOT_SAID, ...both('pas de numéro', 'pas ses coordonnées', 'pas de coordonnées', 'n’ai pas')]],
        ['05 63', '0563', '@afpa.fr'],
      ),
    ],
  ),
  c(
    'b139-ct-suivi-accord-cd',
    ['challenge'],
    [
      turn('qui suit l accord cote departement ?', 'contact', [PRESIDENT]),
      turn('c pas le referent de l experimentation plutot ? sur ?', 'contact', [
        PRESIDENT,
        ['expérimentation', 'désign'],
      ]),
    ],
  ),
  c(
    'b139-ct-battedou-toujours-la',
    ['challenge', 'silent'],
    [
      turn('fabienne battedou c qui', 'contact', [['responsable accompagnement', 'déploiement']]),
      turn('elle est toujours en poste ? t es sur', 'contact', [
        [
          ...NOT_SAID,
          ...both('ne peux pas confirmer', 'pas en mesure', 'ne peux pas vous dire', 'vérifier', '2022'),
        ],
      ]),
    ],
  ),
  c(
    'b139-ct-referent-cd-nom',
    ['silent'],
    [
      turn('l afpa elle passe par qui au cd pour les dispositifs', 'contact', [DEPT_REFERENT]),
      turn('c qui son nom ?', 'contact', [
        [
          ...NOT_SAID,
          ...both(
            'ne nomme pas',
            'pas nommé',
            'ne cite pas',
            'pas de nom',
            'aucun nom',
            'ne le nomme',
            'ne la nomme',
          ),
        ],
      ]),
    ],
  ),

  c(
    'b139-ct-souci-panda',
    ['abbrev', 'panda'],
    [turn('souci sur une inscription panda, j appelle qui a l afpa ?', 'contact', [[...RAP, ...DIRECTOR]])],
  ),
  c(
    'b139-ct-promo-meme-personne',
    ['challenge', 'abbrev'],
    [turn('pour la promo 1618 c la meme personne que pour la prepa cote afpa ? sur ?', 'contact', [RAP])],
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b139-fig-prepa-pas-50',
    ['challenge', 'false-correction'],
    [
      turn('objectif prepa comp ds l accord', 'figures', [TARGET_PREPA]),
      turn('t es sur ? c pas 50 ?', 'figures', [TARGET_PREPA]),
    ],
  ),
  c(
    'b139-fig-promo-quelle-annee',
    ['challenge', 'source'],
    [
      turn('objectif jeunes ase vers la promo ?', 'figures', [TARGET_PROMO]),
      turn('c pour quelle annee ? c ecrit ou', 'figures', [['2022'], SOURCE]),
    ],
  ),
  c(
    'b139-fig-pec-change-2027',
    ['challenge', 'changed', 'silent'],
    [
      turn('objectif comp pec', 'figures', [TARGET_PEC]),
      turn('ca a change pour 2027 non ?', 'figures', [['2022'], [...NOT_SAID, ...NOT_AVAILABLE]]),
    ],
  ),
  c(
    'b139-fig-remontee-mensuel-trimestriel',
    ['challenge', 'false-correction'],
    [
      turn('les chiffres des dispositifs remontent a qui ?', 'figures', [DGEFP]),
      turn('tous les mois ? je croyais tous les trimestres', 'figures', [MONTHLY, QUARTERLY]),
    ],
  ),

  c(
    'b139-fig-70-pour-cent',
    ['challenge'],
    [
      turn('on m a dit 70% de sorties positives pour la promo, c vrai ?', 'figures', [
        ['70 %', '70%', '70 pour'],
      ]),
    ],
  ),
  c(
    'b139-fig-entrees-prepa',
    ['abbrev'],
    [turn('cb de brsa entres en prepa depuis janvier ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b139-fig-2q-objectifs',
    ['two-questions', 'abbrev'],
    [turn('objectifs prepa et pec c cb ?', 'figures', [TARGET_PREPA, TARGET_PEC])],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b139-pr-prepa-qui-inscrit-panda',
    ['challenge', 'panda'],
    [
      turn('je veux inscrire un mr en prepa comp', 'prescribe', FORM),
      turn('c moi qui l inscris sur panda ou c l afpa ? t es sur', 'dispositif', [PANDA, REFERENT]),
    ],
  ),
  c(
    'b139-pr-volet2-25-restait-2',
    ['challenge', 'false-correction', 'places'],
    [
      turn('inscrire qqn sur la prepa volet 2 du 25 janvier', 'prescribe', [FULL]),
      turn('on m a dit qu il restait 2 places, t es sur ?', 'agenda', [FULL], seats(2)),
    ],
  ),
  c(
    'b139-pr-direct-sans-ft',
    ['challenge', 'source'],
    [
      turn('je prescris comment une prepa comp', 'prescribe', FORM),
      turn('faut pas passer par FT avant ? c ecrit ou que le cd peut prescrire direct', 'dispositif', [
        PRESCRIBED_BY_CD,
        SOURCE,
      ]),
    ],
  ),

  c(
    'b139-pr-pec-dame',
    ['abbrev'],
    [turn('prescrire comp pec pr une dame en contrat pec', 'prescribe', FORM)],
  ),
  c(
    'b139-pr-promo-ase',
    ['abbrev'],
    [turn('faire une prescription promo 1618 pour un jeune ase 16 ans', 'prescribe', FORM)],
  ),
  c(
    'b139-pr-entree-18-janv',
    ['session', 'abbrev'],
    [turn('positionner qqn sur l entree prepa du 18 janv', 'prescribe', [...FORM, on('2027-01-18')])],
  ),
  c('b139-pr-typo', ['typo'], [turn('inscrir une dame prepa comp stp', 'prescribe', FORM)]),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b139-ot-rgpd-quel-article',
    ['challenge', 'source'],
    [
      turn('les donnees des gens que je prescris c protege ?', 'other', [
        ['rgpd', 'r.g.p.d', '2016/679', 'informatique et libertés', '1978'],
      ]),
      turn('c quel article ? tu inventes pas', 'other', [ARTICLE_5]),
    ],
  ),
  c(
    'b139-ot-duree-accord-fini',
    ['challenge', 'changed'],
    [
      turn('l accord cd afpa il dure combien', 'other', [TWO_YEARS, ['2022']]),
      turn('donc il est fini ? on est en 2027', 'other', [['2023', ...TWO_YEARS], AVENANT]),
    ],
  ),
  c(
    'b139-ot-preavis-pas-3-mois',
    ['challenge', 'false-correction'],
    [
      turn('on peut arreter le partenariat ? preavis ?', 'other', [TWO_MONTHS]),
      turn('t es sur ? c pas 3 mois ?', 'other', [TWO_MONTHS], ['3 mois', 'trois mois']),
    ],
  ),
  c(
    'b139-ot-copil-national',
    ['challenge'],
    [
      turn('le copil de l accord il se reunit cb de fois', 'other', [
        ['1 fois par an', 'une fois par an', 'au moins une fois', 'annuel', 'chaque année'],
      ]),
      turn('et le copil national c pareil ?', 'other', [QUARTERLY]),
    ],
  ),

  c(
    'b139-ot-semestre-ecrit-ou',
    ['source', 'two-questions'],
    [turn('l afpa vient en reunion d equipe tous les cb ? c ecrit ou', 'other', [SEMESTER, SOURCE])],
  ),
  c(
    'b139-ot-habilitation-panda',
    ['panda'],
    [turn('c qui m habilite sur panda, l afpa ou le cd ?', 'other', [['afpa'], ['habilit']])],
  ),
  c(
    'b139-ot-campagne-2q',
    ['two-questions'],
    [
      turn('dans l accord les brsa pouvaient entrer jusqu a quand et finir quand', 'other', [
        ['31 décembre', '31/12', '31 déc'],
        ['30 avril', '30/04'],
      ]),
    ],
  ),
  c(
    'b139-ot-logos-flyer',
    [],
    [
      turn('on fait un flyer prepa comp, faut mettre des logos ?', 'other', [
        ['logo'],
        both('état', 'plan d’investissement', 'pic', 'p.i.c'),
      ]),
    ],
  ),
  c(
    'b139-ot-tu-sors-ca-d-ou',
    ['challenge', 'source'],
    [
      turn('salut, tu sors tes infos d ou en fait ? t inventes ou pas', 'other', [
        ['accord', 'protocole', 'convention', 'agenda'],
      ]),
    ],
  ),
];

export const HUNDRED_THIRTY_NINTH_BLIND_SET: ConversationCase[] = [
  ...dispositifs,
  ...agenda,
  ...eligibility,
  ...outOfScope,
  ...contacts,
  ...figures,
  ...prescribe,
  ...other,
];
