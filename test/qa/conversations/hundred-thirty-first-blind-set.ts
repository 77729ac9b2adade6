/**
 * Hundred-thirty-first blind set: the third « independent judge's sample ».
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82) in their Teams chat with the bot, as an OUTSIDE EVALUATOR would
 * sample them for the Département deciding whether to keep the assistant: each intent weighted
 * as référents really use it (questions on a dispositif and on the agenda most, then
 * eligibility, questions outside the agreement, contacts, figures, prescribing, the rest).
 * The sample leans on what breaks assistants: short follow-ups that only make sense after the
 * previous answer (« et en distanciel ? », « il reste de la place ? », « et du cote de
 * moissac ? », « ça démarre quand ? »), practical facts that sit deep in a programme's
 * description (who registers the person and where, who pays, who must agree, when it can
 * start, how long one part lasts, how the bilan comes back), two questions in one message, a
 * person mentioned beside a question about a programme (the programme question must be
 * answered, not turned into an eligibility interview), agenda questions with filters (volet,
 * métier, town with or without « à », modality, « avec des places », month, « la semaine
 * pro », « avant fevrier », « ce mois ci », « lundi prochain »), questions outside the
 * agreement (benefits, transport, another organisation's programme) and requests for figures
 * (targets of the agreement; results are not in it). Typed as in Teams: abbreviations (prépa
 * comp, PEC, 1618, BRSA, FT, ML, TH, CD, info coll, JPO), no accents, typos, SMS style, some
 * long rambling messages with the question at the end.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Where the agreement is silent, the
 * expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id: `b131-${id}`, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with both apostrophes, « ’ » and « ' ». */
function ap(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = ap(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
  '8 jours au maximum',
);
const VOLET1_DAYS = ap(
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
  'cinq ou six jours',
);
const VOLET2_DAYS = ap('4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours');
const PEC_DAYS = ap(' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées', '(5 jours');
const HALF_DAY = ap('demi-journée', 'demi journée', '1/2 journée', 'demi-journee');
const SIX_WORKSHOPS = ap('6 ateliers', 'six ateliers');
const VAE_DAYS = ap(
  '3,5 jours',
  '3.5 jours',
  '3 jours et demi',
  'trois jours et demi',
  '3,5 j',
  '3 jours 1/2',
);
const ONE_DAY = ap('1 jour', 'une journée', '1 journée', 'un jour');
const SIX_MONTHS = ap('6 mois', 'six mois');
const PROMO_DURATION = ap('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const FOUR_MONTHS = ap('4 mois', 'quatre mois');
const MON_THU = ap('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu’au jeudi', 'lundi > jeudi');
const PROMO_PUBLIC = ap(
  'décroch',
  'quitté',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'déscolaris',
  'ne travaillent pas',
  'sortis du système scolaire',
  'mineur',
);
const AGE_1618 = ap('16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur', 'moins de 18');
const PARENTS = ap(
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
  'représentant légal',
);
const MISSION_LOCALE = ap('mission locale', 'missions locales', ' cio', '(cio', 'c.i.o');
const PRESENTIEL = ap('présentiel', 'sur place', 'dans le centre', 'au centre');
const DISTANCE = ap('à distance', 'distanciel', 'distance');
const MONTAUBAN = ['montauban'];
const DELOCALISED = ap(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
  'castelsarrasin',
  'moissac',
  'caussade',
  'valence',
);
const FREE = ap(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'sans coût',
  'pas de coût',
  'ne coûte rien',
  'rien au département',
  'rien au cd',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'financée par l’état',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
  'p.i.c',
  '(pic)',
);
const PRESCRIBER = ap(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'référent',
  'département',
  'vous pouvez prescrire',
  'france travail',
  'pôle emploi',
);
const NOT_REGISTERED_TOO = ap(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'inscrit ou pas',
  'qu’ils soient inscrits',
  'même sans inscription',
  'sans être inscrit',
  'pas besoin d’être inscrit',
  'pas nécessaire d’être inscrit',
);
const EMPLOYER_AGREES = ap(
  'accord de l’employeur',
  'accord de son employeur',
  'accord préalable de l’employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'employeur donne son accord',
  'employeur est d’accord',
  'employeur pec',
  'accord du patron',
);
const PEC_START = ap('signature', 'premiers mois', 'début du contrat', 'dès le début');
const CERTIFICATION = ap('certification', 'vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa');
const BILAN = ap('bilan');
const TO_REFERENT = ap('référent', 'conseiller', 'accompagnateur', 'accompagnement de la personne');
const PANDA = ['panda'];
const PREPA_WORDS = ap('prépa comp', 'prepa comp', 'prépa-comp');

/** The agreement is silent, or the question is outside it. */
const OUT_OF_SCOPE = ap(
  'ne prévoit pas',
  'ne prévoit rien',
  'rien n’est prévu',
  'pas prévu',
  'ne dit rien',
  'n’en dit rien',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'hors du périmètre',
  'hors périmètre',
  'en dehors de l’accord',
  'n’est pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne le précise pas',
  'pas précisé',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'ne relève pas',
  'ne porte pas',
  'pas prévu par l’accord',
  'pas dans l’accord',
  'pas d’information',
  'aucune information',
  'n’indique pas',
  'ne détaille pas',
  'aucune disposition',
);
/** Off-topic entirely: the bot says what it is for. */
const OFF_TOPIC = [
  ...OUT_OF_SCOPE,
  ...ap('je ne peux pas', 'pas en mesure', 'ne traite que', 'uniquement', 'seulement', 'je ne sais pas'),
];
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
/** Amounts that would be invented. */
const NO_AMOUNT = [...NO_BOUNCE, '€', ' euros'];

const NOT_AVAILABLE = ap(
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
  'ne contient pas',
  'ne figure pas',
  'ne figurent pas',
  'ne donne pas',
  'ne fournit pas',
  'pas dans l’accord',
  'n’est pas dans',
  'ne sont pas dans',
  'pas de résultat',
  'aucun résultat',
  'pas de données',
  'aucune donnée',
  'pas connu',
  'pas d’information',
);
const TARGET_PREPA = ap(
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
  '30 rsa',
);
const TARGET_PEC = ap(
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
  '50 rsa',
);
const TARGET_PROMO = ap(
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
);

const DIRECTOR = ap(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
);
const RAP = ap('responsable accompagnement et parcours', 'responsable accompagnement & parcours', 'battedou');
const DEPT_REFERENT = ap(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
  'désigne un',
);

const ELIGIBLE = ap(
  'prescription possible',
  'est éligible',
  'semble éligible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
  'oui,',
);
const NOT_ELIGIBLE = ap(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'non,',
);
const OTHER_PRESCRIBER = ap(
  'autre prescripteur',
  'son prescripteur',
  'cap emploi',
  'france travail',
  'pôle emploi',
);
/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group, which only
 * the form itself has (its session choice or its dispositif choice).
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire', 'quelle session'],
];
/** A question about a dispositif, with a person in it, is not an eligibility interview. */
const NO_INTERVIEW = ['quel âge', 'quelle est sa situation'];

/** A full session or training. */
const FULL = ap(
  'complet',
  'aucune place',
  '0 place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
);
/** Nothing of that kind in the period asked. */
const NONE = ap(
  'aucun',
  'aucune',
  'pas de jpo',
  'pas de journée',
  'rien de prévu',
  'pas avant',
  'n’y a pas',
  'il n’y a',
);

/** Trainings of the fixture's Info Places, for « no other training » checks. */
const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'propreté',
  'plaquiste',
  'restauration',
];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

// ── Dispositifs: one question, a fact deep in the description ──────────────

const dispositif: ConversationCase[] = [
  c(
    'prepa-inscrit-ou',
    ['registration', 'typo'],
    [
      turn(
        'pour la prepa comp la persone elle est inscrite ou exactement ? c moi qui fait l inscription ?',
        'dispositif',
        [PANDA],
      ),
    ],
  ),
  c(
    'prepa-qui-paie',
    ['cost', 'abbrev'],
    [turn('qui paie la prepa comp ? le CD doit sortir des sous ?', 'dispositif', [FREE], ['€'])],
  ),
  c(
    'prepa-phases',
    ['content', 'sms'],
    [
      turn('les 4 phases de la prepa c quoi deja', 'dispositif', [
        ap('se préparer', 'se preparer'),
        ap('s’engager'),
        ap('réfléchir'),
        ['agir'],
      ]),
    ],
  ),
  c(
    'prepa-volet2-hors-afpa',
    ['content', 'typo'],
    [
      turn(
        'le volet 2 de la prepa ca marche si la formation visee est pas a l afpa ? genre au greta ou a la cci',
        'dispositif',
        [
          ap(
            'autre organisme',
            'autres organismes',
            'hors afpa',
            'hors a.f.p.a',
            'ailleurs qu',
            'pas forcément à l’afpa',
            'ou dans un autre',
            'à l’afpa ou',
            'afpa ou hors',
            'y compris hors',
          ),
        ],
      ),
    ],
  ),
  c(
    'prepa-conditions-materielles',
    ['who-does', 'rambling'],
    [
      turn(
        'question bete mais pour la prepa comp la garde des enfants et comment elle se deplace jusqu au centre c a qui de verifier ca, nous ou l afpa ?',
        'dispositif',
        [TO_REFERENT],
      ),
    ],
  ),
  c(
    'pec-demarre',
    ['start', 'abbrev'],
    [turn('comp pec on peut le demarrer a quel moment du contrat ?', 'dispositif', [PEC_START])],
  ),
  c(
    'pec-ateliers-duree',
    ['duration', 'content', 'two-in-one'],
    [
      turn(
        'les ateliers de reconnaissance des acquis en competences PEC y en a combien et ca dure combien chacun',
        'dispositif',
        [SIX_WORKSHOPS, HALF_DAY],
      ),
    ],
  ),
  c(
    'promo-mobilite',
    ['two-in-one', 'where'],
    [
      turn('la periode de mobilite de la promo c combien de temps et ca se passe ou', 'dispositif', [
        ap('2 semaines', 'deux semaines'),
        ['village'],
      ]),
    ],
  ),
  c(
    'promo-apres',
    ['end'],
    [
      turn('et apres la promo 1618 le jeune il est suivi ou lache dans la nature ?', 'dispositif', [
        SIX_MONTHS,
        ap('mission locale', 'missions locales'),
      ]),
    ],
  ),
  c(
    'promo-parents',
    ['who-agrees', 'no-accent'],
    [
      turn('pour la promo faut l accord des parents meme si le jeune est place ase ?', 'dispositif', [
        PARENTS,
      ]),
    ],
  ),
  c(
    'promo-code-permis',
    ['content', 'silent'],
    [
      turn(
        'dans la promo ils passent le permis ? c finance ?',
        'dispositif',
        [ap('code de la route', 'au code', 'le code'), OUT_OF_SCOPE],
        ['€'],
      ),
    ],
  ),
];

// ── A person mentioned beside a question about a programme ─────────────────

const personMention: ConversationCase[] = [
  c(
    'pm-rsa-prepa-duree',
    ['person', 'abbrev'],
    [
      turn(
        'mon allocataire RSA, la prépa ça dure cb ?',
        'dispositif',
        [PREPA_DURATION],
        [...NO_INTERVIEW, '13 semaines'],
      ),
    ],
  ),
  c(
    'pm-pec-jours',
    ['person', 'rambling'],
    [
      turn(
        'j ai un monsieur en PEC depuis 2 mois a la mairie de negrepelisse, comp pec c combien de jours pour lui en tout ?',
        'dispositif',
        [PEC_DAYS],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'pm-volet2-rambling',
    ['person', 'rambling', 'volet'],
    [
      turn(
        'bon alors j ai une dame 45 ans au rsa depuis 3 ans, elle a fait du menage, elle veut faire aide soignante mais elle a peur de pas suivre en formation, pas inscrite a FT, je pensais a la prepa comp, le volet pour securiser l entree en formation ca dure combien ?',
        'dispositif',
        [VOLET2_DAYS],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'pm-pec-employeur',
    ['person', 'who-agrees'],
    [
      turn(
        'mon brsa est en PEC dans un ehpad, pour comp pec qui doit donner son accord ?',
        'dispositif',
        [EMPLOYER_AGREES],
        NO_INTERVIEW,
      ),
    ],
  ),
];

// ── Two questions in one message ────────────────────────────────────────────

const twoInOne: ConversationCase[] = [
  c(
    '2in1-prepa-duree-prescrit',
    ['two-in-one', 'sms'],
    [turn('prepa comp combien de temps et qui prescrit ?', 'dispositif', [PREPA_DURATION, PRESCRIBER])],
  ),
  c(
    '2in1-pec-duree-employeur',
    ['two-in-one', 'abbrev'],
    [
      turn('comp pec ca dure combien et faut l accord du patron ?', 'dispositif', [
        PEC_DAYS,
        EMPLOYER_AGREES,
      ]),
    ],
  ),
  c(
    '2in1-promo-duree-jours',
    ['two-in-one'],
    [turn('promo 1618 : combien de semaines et quels jours ?', 'dispositif', [PROMO_DURATION, MON_THU])],
  ),
  c(
    '2in1-prepa-infocoll',
    ['two-in-one', 'switch'],
    [
      turn(
        'c quoi la prepa comp en gros et y a une info coll bientot ?',
        'dispositif',
        [ap('projet', 'formation'), on('2027-01-14')],
        notOn('2027-03-17'),
      ),
    ],
  ),
];

// ── Follow-ups on a dispositif ──────────────────────────────────────────────

const dispositifFollowUps: ConversationCase[] = [
  c(
    'fu-prepa-distanciel',
    ['follow-up', 'modality'],
    [
      turn('c quoi la prepa comp en 2 mots', 'dispositif', [ap('projet', 'formation')]),
      turn('et en distanciel ?', 'dispositif', [DISTANCE]),
      turn('et faut qu elle soit inscrite a FT pour y aller ?', 'dispositif', [NOT_REGISTERED_TOO]),
    ],
  ),
  c(
    'fu-prepa-volets',
    ['follow-up', 'volet'],
    [
      turn('prepa comp ca dure cb', 'dispositif', [PREPA_DURATION]),
      turn('et le volet 1 ?', 'dispositif', [VOLET1_DAYS]),
      turn('et le 2 ?', 'dispositif', [VOLET2_DAYS]),
    ],
  ),
  c(
    'fu-pec-cout',
    ['follow-up', 'cost'],
    [
      turn('competences pec c quoi', 'dispositif', [CERTIFICATION]),
      turn('et ça coûte quoi ?', 'dispositif', [FREE], ['€']),
    ],
  ),
  c(
    'fu-promo-duree-plus',
    ['follow-up', 'duration'],
    [
      turn('promo 16/18 combien de temps', 'dispositif', [PROMO_DURATION]),
      turn('et si le jeune a besoin de plus de temps entre les phases ?', 'dispositif', [FOUR_MONTHS]),
      turn('et en distanciel ?', 'dispositif', [PRESENTIEL]),
    ],
  ),
  c(
    'fu-pec-vae-bilan',
    ['follow-up', 'end'],
    [
      turn('la vae en comp pec c combien de jours', 'dispositif', [VAE_DAYS]),
      turn('et a la fin j ai un retour moi ?', 'dispositif', [BILAN]),
    ],
  ),
  c(
    'fu-prepa-bilan-comment',
    ['follow-up', 'end'],
    [
      turn('prepa comp volet 1 c combien de jours', 'dispositif', [VOLET1_DAYS]),
      turn('et le bilan il revient comment, c qui qui l envoie ?', 'dispositif', [BILAN, TO_REFERENT]),
    ],
  ),
  c(
    'fu-promo-moissac',
    ['follow-up', 'where'],
    [
      turn('la promo 1618 ca se passe ou', 'dispositif', [[...MONTAUBAN, ...ap('village')]]),
      turn('et du cote de moissac ?', 'dispositif', [
        [...DELOCALISED, ...OUT_OF_SCOPE, ...ap('village', 'montauban')],
      ]),
    ],
  ),
  c(
    'fu-pec-presentiel',
    ['follow-up', 'modality'],
    [
      turn('comp pec 5 jours c ca ?', 'dispositif', [PEC_DAYS]),
      turn('et c en presentiel obligatoire ?', 'dispositif', [DISTANCE]),
      turn('et la clea socle dedans ca prend combien de temps ?', 'dispositif', [ONE_DAY]),
    ],
  ),
];

// ── Agenda: filters, towns, months, relative dates ──────────────────────────

const agenda: ConversationCase[] = [
  c(
    'ag-semaine-pro',
    ['relative-date', 'sms'],
    [
      turn(
        'qu est ce qu il y a la semaine pro',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'ag-jpo-avant-fevrier',
    ['relative-date', 'abbrev', 'none'],
    [turn('y a une jpo avant fevrier ?', 'agenda', [NONE], notOn('2027-01-07'))],
  ),
  c(
    'ag-infocoll-ce-mois',
    ['relative-date', 'month'],
    [
      turn(
        'les info coll ce mois ci',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'ag-lundi-prochain',
    ['relative-date', 'session'],
    [
      turn(
        'ya quoi comme entree lundi prochain',
        'agenda',
        [on('2027-01-18'), PREPA_WORDS],
        [...notOn('2027-01-20'), ...notOn('2027-01-25')],
      ),
    ],
  ),
  c(
    'ag-moissac-sans-a',
    ['town'],
    [
      turn(
        'moissac qqch de prevu ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-23'), ...notOn('2027-03-04'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'ag-infocoll-castel',
    ['town', 'abbrev'],
    [
      turn(
        'info coll a castelsarrasin ?',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'ag-prepa-v2-places',
    ['volet', 'seats'],
    [
      turn(
        'prepa volet 2 avec des places',
        'agenda',
        [on('2027-02-15'), seats(5)],
        [...notOn('2027-01-25'), ...notOn('2027-01-18'), ...notOn('2027-02-08')],
      ),
    ],
  ),
  c(
    'ag-prepa-distanciel',
    ['modality'],
    [
      turn(
        'sessions prepa comp en distanciel ?',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'ag-batiment',
    ['trade', 'sms'],
    [turn('reu metier batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26'))],
  ),
  c(
    'ag-soudure-places',
    ['places', 'trade', 'typo'],
    [
      turn(
        'soudure, des places en formaiton ?',
        'agenda',
        [on('2027-02-01'), seats(4)],
        otherTrainings('soudeur'),
      ),
    ],
  ),
  c(
    'ag-plaquiste-full',
    ['places', 'full'],
    [turn('formation plaquiste il reste de la place ?', 'agenda', [FULL], otherTrainings('plaquiste'))],
  ),
  c(
    'ag-prepa-avant-fevrier',
    ['relative-date', 'seats'],
    [
      turn(
        'une entree prepa avant fevrier avec de la place ?',
        'agenda',
        [on('2027-01-18'), seats(6)],
        [...notOn('2027-02-08'), ...notOn('2027-02-15'), ...notOn('2027-03-08')],
      ),
    ],
  ),
];

// ── Agenda follow-ups ───────────────────────────────────────────────────────

const agendaFollowUps: ConversationCase[] = [
  c(
    'fu-infocoll-moissac',
    ['follow-up', 'town'],
    [
      turn('prochaine info coll', 'agenda', [on('2027-01-14')]),
      turn('et du cote de moissac ?', 'agenda', [on('2027-02-09')], notOn('2027-01-14')),
    ],
  ),
  c(
    'fu-prepa-reste-place',
    ['follow-up', 'seats'],
    [
      turn('prochaines entrees prepa comp', 'agenda', [on('2027-01-18')]),
      turn('il reste de la place ?', 'agenda', [seats(6)], otherTrainings()),
    ],
  ),
  c(
    'fu-logistique-cariste',
    ['follow-up', 'trade'],
    [
      turn('reunion metier logistique', 'agenda', [on('2027-01-26')]),
      turn(
        'et y a des places en cariste derriere ?',
        'agenda',
        [['cariste'], seats(6)],
        otherTrainings('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'fu-fevrier-distanciel',
    ['follow-up', 'modality', 'month'],
    [
      turn(
        'entrees prepa comp en fevrier',
        'agenda',
        [on('2027-02-08'), on('2027-02-15')],
        notOn('2027-01-18'),
      ),
      turn('et en distanciel ?', 'agenda', [on('2027-02-08')], notOn('2027-02-15')),
    ],
  ),
  c(
    'fu-jpo-moissac',
    ['follow-up', 'town'],
    [
      turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'fu-batiment-heure',
    ['follow-up', 'time'],
    [
      turn('reunion metiers batiment c ou ?', 'agenda', [['caussade']]),
      turn('a quelle heure ?', 'agenda', [['14h', '14 h', '14:00']]),
    ],
  ),
  c(
    'fu-soudure-places',
    ['follow-up', 'seats'],
    [
      turn('visite plateau soudure quand', 'agenda', [on('2027-01-19')]),
      turn('il reste de la place ?', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'fu-semaine-pro-castel',
    ['follow-up', 'relative-date', 'town'],
    [
      turn('quoi de prevu la semaine pro', 'agenda', [on('2027-01-19'), on('2027-01-21')]),
      turn('et du cote de castel ?', 'agenda', [on('2027-01-21')], notOn('2027-01-19')),
    ],
  ),
  c(
    'fu-promo-infocoll',
    ['follow-up', 'switch'],
    [
      turn('promo 1618 ca dure combien', 'dispositif', [PROMO_DURATION]),
      turn(
        'y a une info coll pour les jeunes et les parents ?',
        'agenda',
        [on('2027-03-17')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'fu-elec-visite',
    ['follow-up', 'trade'],
    [
      turn(
        'formation electricien des places ?',
        'agenda',
        [on('2027-03-08'), seats(2)],
        otherTrainings('électricien'),
      ),
      turn('et la visite de l atelier c quand ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'fu-pec-demarre',
    ['follow-up', 'switch', 'start'],
    [
      turn('comp pec c pour qui', 'dispositif', [ap('contrat', 'salarié', 'parcours emploi compétences')]),
      turn('ça démarre quand ?', 'agenda', [[...on('2027-01-20'), ...PEC_START]]),
    ],
  ),
  c(
    'fu-ce-mois-places',
    ['follow-up', 'relative-date', 'full'],
    [
      turn('entrees prepa ce mois ci', 'agenda', [on('2027-01-18'), on('2027-01-25')], notOn('2027-02-08')),
      turn('celle du 25 il reste de la place ?', 'agenda', [FULL]),
    ],
  ),
];

// ── Eligibility ─────────────────────────────────────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'el-brsa-ft',
    ['abbrev'],
    [turn('brsa inscrit a FT depuis 2 ans, suivi CD, prepa comp c jouable ?', 'eligibility', [ELIGIBLE])],
  ),
  c(
    'el-promo-15',
    ['age', 'sms'],
    [turn('jeune 15 ans ase decroche, promo 1618 ?', 'eligibility', [NOT_ELIGIBLE, ['16']])],
  ),
  c(
    'el-promo-19',
    ['age'],
    [turn('19 ans sorti de l ase la promo c possible ?', 'eligibility', [NOT_ELIGIBLE, AGE_1618])],
  ),
  c(
    'el-promo-apprenti',
    ['situation'],
    [
      turn('jeune 17 ans ASE en apprentissage depuis septembre, promo 16/18 ?', 'eligibility', [
        NOT_ELIGIBLE,
        ap('travaill', 'emploi', 'apprentissage', 'en formation', 'activité'),
      ]),
    ],
  ),
  c(
    'el-pec-sans-contrat',
    ['situation'],
    [
      turn('dame au rsa sans contrat de travail, on peut lui faire competences pec ?', 'eligibility', [
        NOT_ELIGIBLE,
        ap('contrat', 'parcours emploi compétences'),
      ]),
    ],
  ),
  c(
    'el-pec-employeur-refuse',
    ['who-agrees'],
    [
      turn('salarie pec brsa mais l employeur veut pas, comp pec quand meme ?', 'eligibility', [
        [...NOT_ELIGIBLE, ...ap('nécessaire', 'obligatoire', 'indispensable', 'il faut', 'requis')],
        ['accord'],
      ]),
    ],
  ),
  c(
    'el-ass-pas-rsa',
    ['other-prescriber', 'abbrev'],
    [
      turn(
        'monsieur a l ASS pas au rsa suivi par FT, je peux le mettre en prepa via le CD ?',
        'eligibility',
        [OTHER_PRESCRIBER],
      ),
    ],
  ),
  c(
    'el-61-ans',
    ['age', 'silent'],
    [
      turn('brsa 61 ans pour la prepa il est trop vieux ?', 'eligibility', [
        [
          ...ELIGIBLE,
          ...ap(
            'pas de limite',
            'aucune limite',
            'ne fixe pas',
            'pas d’âge',
            'ne prévoit pas',
            'sans limite',
          ),
        ],
      ]),
    ],
  ),
  c(
    'el-promo-non-ase',
    ['other-prescriber'],
    [
      turn('jeune 16 ans pas suivi ase decroche de son lycee, promo 1618 par le CD ?', 'eligibility', [
        MISSION_LOCALE,
      ]),
    ],
  ),
  c(
    'fu-el-promo-lycee',
    ['follow-up', 'age'],
    [
      turn('jeune ase 16 ans decroche depuis octobre, promo 1618 ok ?', 'eligibility', [
        [...ELIGIBLE, ...MISSION_LOCALE],
      ]),
      turn('et pour un jeune de 17 ans toujours au lycee ?', 'eligibility', [
        NOT_ELIGIBLE,
        ap('scolaris', 'lycée', 'quitté', 'décroch', 'en formation'),
      ]),
    ],
  ),
  c(
    'fu-el-promo-16-mars',
    ['follow-up', 'age'],
    [
      turn('ado ase 15 ans qui va plus au college promo ?', 'eligibility', [NOT_ELIGIBLE]),
      turn('il a 16 ans en mars, ca change quoi ?', 'eligibility', [ap('16 ans', '16 à 18', 'seize ans')]),
    ],
  ),
  c(
    'fu-el-prepa-demarre',
    ['follow-up', 'switch'],
    [
      turn('brsa 35 ans pas inscrit FT, prepa comp possible ?', 'eligibility', [ELIGIBLE]),
      turn('ça démarre quand ?', 'agenda', [on('2027-01-18')], notOn('2027-01-07')),
    ],
  ),
  c(
    'fu-el-pec-commence',
    ['follow-up', 'start'],
    [
      turn('monsieur brsa en pec depuis 3 semaines employeur ok, comp pec ?', 'eligibility', [ELIGIBLE]),
      turn('il peut commencer quand ?', 'dispositif', [[...PEC_START, ...on('2027-01-20')]]),
    ],
  ),
  c(
    'fu-el-promo-17',
    ['follow-up', 'age'],
    [
      turn('la promo 1618 c pour quel public', 'dispositif', [PROMO_PUBLIC]),
      turn('et pour un jeune de 17 ans ?', 'eligibility', [
        [...ELIGIBLE, ...AGE_1618, ...ap('quitté', 'décroch', 'ni en formation', 'mission locale', 'cio')],
      ]),
    ],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'oos-transport',
    ['transport'],
    [
      turn(
        'les frais de transport pour aller a l afpa c pris en charge par qui ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_AMOUNT,
      ),
    ],
  ),
  c(
    'oos-rsa-pendant',
    ['benefit', 'abbrev'],
    [turn('pendant la prepa elle garde son rsa ?', 'out_of_scope', [OUT_OF_SCOPE], NO_AMOUNT)],
  ),
  c(
    'oos-remuneration-promo',
    ['benefit'],
    [turn('les jeunes de la promo 1618 sont payes ?', 'out_of_scope', [OUT_OF_SCOPE], NO_AMOUNT)],
  ),
  c(
    'oos-cej',
    ['other-organisation', 'abbrev'],
    [turn('le CEJ de la ML c quoi les conditions', 'out_of_scope', [OUT_OF_SCOPE], NO_BOUNCE)],
  ),
  c(
    'oos-greta',
    ['other-organisation'],
    [
      turn(
        'le greta il a des places en aide soignant ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...TRAININGS],
      ),
    ],
  ),
  c(
    'oos-garde',
    ['benefit'],
    [
      turn(
        'le cd finance la garde des enfants pendant la formation ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_AMOUNT,
      ),
    ],
  ),
  c(
    'oos-sanction',
    ['rsa-rules'],
    [turn('si il va pas a la prepa on peut suspendre son rsa ?', 'out_of_scope', [OUT_OF_SCOPE], NO_BOUNCE)],
  ),
  c(
    'oos-cout-soudeur',
    ['cost'],
    [
      turn(
        'la formation soudeur ca coute combien si c est pas finance par la region',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_AMOUNT,
      ),
    ],
  ),
  c(
    'oos-logement',
    ['benefit'],
    [
      turn(
        'vous avez des solutions de logement pour un jeune de 17 ans en rupture ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'oos-inscription-ft',
    ['other-organisation', 'abbrev'],
    [turn('comment on inscrit qqn a FT en ligne ?', 'out_of_scope', [OUT_OF_SCOPE], NO_BOUNCE)],
  ),
  c(
    'oos-meteo',
    ['off-topic'],
    [turn('tu peux me donner la meteo de demain a montauban', 'out_of_scope', [OFF_TOPIC], NO_BOUNCE)],
  ),
  c(
    'fu-oos-cout-deplacement',
    ['follow-up', 'two-in-one', 'cost'],
    [
      turn('prepa comp c combien de jours', 'dispositif', [PREPA_DURATION]),
      turn(
        'et ça coûte quoi ? les frais de deplacement sont rembourses ?',
        'out_of_scope',
        [FREE, OUT_OF_SCOPE],
        ['€'],
      ),
    ],
  ),
];

// ── Whom to contact ─────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'ct-qui-afpa',
    [],
    [turn('qui je contacte a l afpa pour les dispositifs', 'contact', [[...DIRECTOR, ...RAP]])],
  ),
  c(
    'ct-deploiement',
    ['sms'],
    [turn('c qui qui s occupe du deploiement prepa / pec / promo a l afpa', 'contact', [RAP])],
  ),
  c(
    'ct-cote-cd',
    ['abbrev'],
    [turn('et cote CD y a un referent pour l experimentation ?', 'contact', [DEPT_REFERENT])],
  ),
  c(
    'ct-habilitation-panda',
    ['panda'],
    [turn('pour etre habilite sur panda je demande a qui', 'contact', [['afpa'], ['habilit']])],
  ),
  c(
    'ct-mail',
    ['silent'],
    [
      turn(
        't as le mail de la responsable accompagnement et parcours ?',
        'contact',
        [
          RAP,
          [
            ...OUT_OF_SCOPE,
            ...ap(
              'pas de mail',
              'pas d’adresse',
              'pas l’adresse',
              'ne donne pas',
              'pas de coordonnées',
              'ne communique pas',
              'ne dispose pas',
              'n’ai pas',
              'aucune adresse',
            ),
          ],
        ],
        ['@'],
      ),
    ],
  ),
  c(
    'ct-reperage-promo',
    ['promo'],
    [turn('pour la promo 1618 normalement c qui qui repere les jeunes', 'contact', [MISSION_LOCALE])],
  ),
  c(
    'fu-ct-prepa-promo',
    ['follow-up'],
    [
      turn('contact afpa pour la prepa ?', 'contact', [[...RAP, ...DIRECTOR]]),
      turn('et pour la promo ?', 'contact', [[...RAP, ...DIRECTOR]]),
    ],
  ),
  c(
    'ct-suivi-accord',
    [],
    [
      turn('le suivi de l accord cd afpa c qui de chaque cote', 'contact', [
        [...DIRECTOR, ...ap('directeur')],
        ap('président', 'weill', 'représentant'),
      ]),
    ],
  ),
  c(
    'ct-bilan-qui',
    ['end'],
    [turn('le bilan individuel de fin de prepa c qui qui me l envoie', 'contact', [['afpa'], TO_REFERENT])],
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c('fig-objectif-pec', ['target'], [turn('objectif comp pec sur le 82 c combien', 'figures', [TARGET_PEC])]),
  c(
    'fig-realise-prepa',
    ['results'],
    [turn('on a envoye combien de brsa en prepa depuis le debut ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'fig-promo-ase',
    ['target'],
    [turn('combien de jeunes ase on doit orienter vers la promo', 'figures', [TARGET_PROMO])],
  ),
  c(
    'fig-tous',
    ['target', 'sms'],
    [turn('objectifs chiffres de la convention stp', 'figures', [TARGET_PREPA, TARGET_PEC, TARGET_PROMO])],
  ),
  c(
    'fig-taux-sortie',
    ['results'],
    [turn('taux de sortie emploi des brsa passes par l afpa ?', 'figures', [NOT_AVAILABLE])],
  ),
  c('fig-70', ['target'], [turn('la promo ils visent combien de sorties positives', 'figures', [['70']])]),
  c(
    'fig-vs-objectif',
    ['results', 'target'],
    [turn('on en est ou par rapport a l objectif de la prepa ?', 'figures', [NOT_AVAILABLE, TARGET_PREPA])],
  ),
  c(
    'fig-remontee',
    ['reporting', 'two-in-one'],
    [
      turn('les chiffres remontent a qui ? tous les mois ?', 'figures', [
        ap('dgefp', 'd.g.e.f.p'),
        ap('mensuel', 'chaque mois', 'tous les mois'),
      ]),
    ],
  ),
  c(
    'fu-fig-prepa',
    ['follow-up', 'results'],
    [
      turn('objectif prepa comp', 'figures', [TARGET_PREPA]),
      turn('et on en est a combien ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c('pr-prepa', [], [turn('je voudrais prescrire une prepa comp pour mme K', 'prescribe', FORM)]),
  c('pr-promo', ['abbrev'], [turn('inscrire un jeune ase sur la promo 1618', 'prescribe', FORM)]),
  c(
    'pr-session-distance',
    ['session', 'modality'],
    [turn('prescrire sur la session prepa a distance de fevrier', 'prescribe', [...FORM, on('2027-02-08')])],
  ),
  c(
    'fu-pr-apres-agenda',
    ['follow-up', 'session'],
    [
      turn('prochaine entree prepa comp', 'agenda', [on('2027-01-18')]),
      turn('ok je l inscris dessus', 'prescribe', [FORM[0]!, on('2027-01-18')]),
    ],
  ),
  c('pr-comment', ['sms'], [turn('comment je fais pr prescrire', 'prescribe', FORM)]),
  c(
    'pr-session-complete',
    ['full', 'session'],
    [turn('prescription prepa volet 2 session du 25 janvier', 'prescribe', [FULL])],
  ),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  c(
    'ot-aide',
    [],
    [turn('tu sais faire quoi ?', 'other', [ap('prépa compétences', 'dispositif'), ['prescri']])],
  ),
  c(
    'ot-preavis',
    ['agreement'],
    [
      turn('si le cd veut sortir de l accord faut prevenir combien de temps avant', 'other', [
        ap('2 mois', 'deux mois'),
      ]),
    ],
  ),
  c(
    'ot-duree-accord',
    ['agreement'],
    [
      turn('la convention cd afpa elle a ete signee pour combien de temps', 'other', [
        ap('2 ans', 'deux ans'),
      ]),
    ],
  ),
  c(
    'ot-reunion-equipe',
    ['communication'],
    [
      turn('l afpa vient presenter ses actions a notre equipe a quelle frequence', 'other', [
        ap('semestre', 'deux fois par an', '2 fois par an', 'semestriel'),
      ]),
    ],
  ),
  c(
    'ot-kit',
    ['communication', 'sms'],
    [
      turn('le kit de com il contient quoi, y a des flyers ?', 'other', [
        ['flyer'],
        ap('argumentaire', 'titres professionnels', 'intervenants', 'places disponibles'),
      ]),
    ],
  ),
  c(
    'ot-logos',
    ['communication'],
    [
      turn('on fait une affiche pour la prepa, faut mettre quels logos', 'other', [
        ap('état'),
        ap('plan d’investissement dans les compétences', 'pic', 'p.i.c'),
      ]),
    ],
  ),
  c(
    'ot-rgpd',
    ['abbrev'],
    [
      turn('les infos de mes allocataires dans panda c rgpd ok ?', 'other', [
        ap('rgpd', 'r.g.p.d', '2016/679', 'informatique et libertés', 'protection des données'),
      ]),
    ],
  ),
  c(
    'ot-copil',
    [],
    [
      turn('le copil de l accord se reunit combien de fois', 'other', [
        ap('1 fois par an', 'une fois par an', 'au moins une fois', 'annuel', 'trimestri'),
      ]),
    ],
  ),
  c(
    'ot-panda',
    ['panda'],
    [
      turn('panda ca sert a quoi concretement', 'other', [
        ap('trac', 'assiduité', 'suivi des parcours', 'saisie'),
      ]),
    ],
  ),
];

export const HUNDRED_THIRTY_FIRST_BLIND_SET: ConversationCase[] = [
  ...dispositif,
  ...personMention,
  ...twoInOne,
  ...dispositifFollowUps,
  ...agenda,
  ...agendaFollowUps,
  ...eligibility,
  ...outOfScope,
  ...contacts,
  ...figures,
  ...prescribe,
  ...other,
];
