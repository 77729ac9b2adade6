/**
 * Hundred-twenty-seventh blind set.
 *
 * Who speaks: a référent insertion of the Département de Tarn-et-Garonne (CD82) and a few
 * AFPA colleagues of the centre of Montauban, in their Teams chat with the bot, in the
 * office jargon of many French workplaces: French sentences sprinkled with English words
 * (franglais) — « booker une info coll », « checker si mon BRSA est eligible », « le
 * deadline des entrées », « un slot la semaine pro », « un KPI sur les JPO », « le reporting
 * au CD », « full remote », « sold out », « un call avec le RAP », « le scope de la PEC »,
 * « l'onboarding du jeune », « je te ping pour un BRSA 38 ans », « asap ». Written fast:
 * abbreviations (prépa, V1/V2, comp PEC, 1618, BRSA, FT, ML, ASE, CD, castel), no accents,
 * a few typos, two questions in one message, follow-ups that only make sense after the
 * previous turn, a person re-checked with one fact changed.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Only facts of the agreement or of
 * the fixture are required; where the agreement is silent, the expected answer says so and
 * invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
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
);
const VOLET1_DURATION = ap(
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
);
const VOLET2_DURATION = ap('4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours');
const PEC_DAYS = ap(' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées');
const SIX_WORKSHOPS = ap('6 ateliers', 'six ateliers');
const HALF_DAY = ap('demi-journée', 'demi journée', '1/2 journée');
const PROMO_DURATION = ap('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const FOUR_MONTHS = ap('4 mois', 'quatre mois');
const MON_THU = ap(
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  'lundi jusqu’au jeudi',
  'du lundi au jeudi',
);
const PRESENTIEL = ap('présentiel', 'sur place', 'dans le centre', 'au centre');
const DISTANCE = ap('à distance', 'distanciel', 'distance');
const ENTIRELY = ap(
  'tout ou partie',
  'entièrement',
  'totalement',
  'intégralement',
  'en totalité',
  'complètement',
  'tout à distance',
  '100 %',
  '100%',
);
const MONTAUBAN = ['montauban'];
const DELOCALISED = ap(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
);
const OTHER_TRAINING_BODY = ap(
  'autre organisme',
  'autres organismes',
  'hors afpa',
  'hors a.f.p.a',
  'ailleurs qu’à l’afpa',
  'pas forcément à l’afpa',
  'ou ailleurs',
);
const FREE = ap(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'sans coût',
  'ne coûte rien',
  'pris en charge par l’état',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
);
const ADHESION = ap(
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'volontaire',
);
const EMPLOYER_AGREES = ap(
  'accord de l’employeur',
  'accord de son employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'employeur donne son accord',
  'employeur est d’accord',
  'accord du patron',
  'accord de l’employeur p.e.c',
  'employeur pec',
);
const PEC_START = ap('signature', 'premiers mois', 'dès le début', 'immédiatement');
const CERTIFICATIONS = ap('vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa', 'certification');
const VAE_DAYS = ap('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j');
const BILAN = ap('bilan individuel', 'bilan du parcours', 'bilan de parcours', 'bilan');
const REFERENT = ap('référent', 'conseiller');
const NOT_REGISTERED_TOO = ap(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'qu’ils soient inscrits',
  'même sans inscription',
  'même inscrit',
  'même inscrite',
);
const PROMO_PUBLIC = ap(
  'décroch',
  'quitté',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'déscolaris',
  'ne travaillent pas',
  'ni en emploi',
  'sortis du système scolaire',
);
const AGE_1618 = ap('16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur', '16 ans');
const PARENTS = ap(
  'autorisation parentale',
  'autorisations parentales',
  'parental',
  'accord des parents',
  'parents',
);
const MISSION_LOCALE = ap('mission locale', 'missions locales');

const TARGET_PREPA = ap(
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  '30 brsa',
  '30 entrées',
  'objectif de 30',
  'objectif : 30',
  'trente allocataires',
);
const TARGET_PEC = ap(
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  '50 brsa',
  '50 entrées',
  'objectif de 50',
  'objectif : 50',
  'cinquante allocataires',
);
const TARGET_PROMO = ap(
  '10 jeunes',
  '10 personnes',
  '10 orientations',
  '10 bénéficiaires',
  'objectif de 10',
  'objectif : 10',
  'dix jeunes',
);
const NOT_AVAILABLE = ap(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'pas encore de chiffres',
  'pas de données',
  'aucune donnée',
  'pas encore de données',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'ne sont pas encore',
  'pas encore publi',
  'pas de résultat',
);
const JPO_INDICATOR = ap(
  'nombre d’allocataires',
  'nombre de bénéficiaires',
  'nombre de participants',
  'nombre de personnes',
  'participant',
);
const MONTHLY = ap('mensuel', 'chaque mois', 'tous les mois', 'par mois');
const YEARLY = ap('annuel', 'annuelle', 'une fois par an', '1 fois par an', 'fois par an', 'chaque année');

const DIRECTOR = ap(
  'vella',
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
);
const RAP = ap('battedou', 'responsable accompagnement et parcours', 'responsable accompagnement & parcours');
const DEPT_REFERENT = ap(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'référente désignée',
  'le département désigne',
  'désigné par le département',
);

const ELIGIBLE = ap(
  'prescription possible',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'remplit les critères',
  'peut entrer',
  'peut bénéficier',
  'peuvent bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'peut être orienté',
  'peut intégrer',
  'peut suivre',
  'y a accès',
  'vous pouvez prescrire',
  'tu peux prescrire',
);
const NOT_ELIGIBLE = ap(
  'non éligible',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'trop jeune',
  'trop âgé',
  'n’entre pas',
);
const OTHER_PRESCRIBER = ap(
  'france travail',
  'pôle emploi',
  'autre prescripteur',
  'son prescripteur',
  'son conseiller',
);

/** What an answer says when the agreement is silent on the question. */
const SILENT = ap(
  'ne dit rien',
  'n’en dit rien',
  'ne précise pas',
  'ne prévoit pas',
  'pas prévu',
  'ne fixe pas',
  'pas d’information',
  'aucune information',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors du périmètre',
  'en dehors de l’accord',
  'en dehors du cadre',
  'sort du cadre',
  'n’est pas couvert',
  'pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'pas dans l’accord',
  'ne contient pas',
  'n’indique pas',
  'pas précisé',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
const NO_AMOUNT = ['€', ' euros'];
const NO_PHONE = ap(
  'pas de numéro',
  'aucun numéro',
  'pas le numéro',
  'pas de coordonnées',
  'aucune coordonnée',
  'ne donne pas',
  'ne précise pas',
  'ne figure pas',
  'ne mentionne pas',
  'ne communique pas',
  'ne fournit pas',
  'ne contient pas',
  'ne dit rien',
  'pas dans l’accord',
  'n’ai pas',
  'ne dispose pas',
  'pas disponible',
);

/** Full: « complet », « aucune place », « 0 place ». */
const FULL = [
  ...ap('complet', 'complète', 'aucune place', 'plus de place', 'pas de place', 'plus aucune place'),
  ...seats(0),
];

/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group, which only
 * the form itself has.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

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

// ── The cases ───────────────────────────────────────────────────────────────

export const HUNDRED_TWENTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  // ── Programmes (dispositif) ──
  c(
    'b127-prepa-full-remote',
    ['franglais', 'modality', 'person-mention', 'no-accent'],
    [
      turn('full remote possible pour la prepa ? ma BRSA a pas de voiture', 'dispositif', [
        DISTANCE,
        ENTIRELY,
      ]),
    ],
  ),
  c(
    'b127-prepa-v1-vs-v2',
    ['franglais', 'two-questions', 'volet', 'abbrev'],
    [
      turn('V1 vs V2 de la prepa, c quoi la diff et ca prend combien de jours chacun ?', 'dispositif', [
        ['projet'],
        ap('entrée en formation', 'sécuris'),
        VOLET1_DURATION,
        VOLET2_DURATION,
      ]),
    ],
  ),
  c(
    'b127-prepa-onsite-or-local',
    ['franglais', 'where', 'no-accent'],
    [
      turn(
        'la prepa c onsite a montauban only ou ca peut etre delocalise plus pres de chez eux ?',
        'dispositif',
        [MONTAUBAN, DELOCALISED],
      ),
    ],
  ),
  c(
    'b127-prepa-hors-afpa',
    ['franglais', 'person-mention', 'rambling'],
    [
      turn(
        "use case : une dame qui vise l'IFSI pour aide-soignante, la prepa V2 ca marche aussi si la formation est pas a l'afpa ?",
        'dispositif',
        [OTHER_TRAINING_BODY],
      ),
    ],
  ),
  c(
    'b127-prepa-feedback',
    ['franglais', 'end', 'no-accent'],
    [turn("le feedback de l'afpa a la fin de la prepa, il arrive a qui ?", 'dispositif', [BILAN, REFERENT])],
  ),
  c(
    'b127-prepa-adhesion',
    ['franglais', 'who-agrees', 'abbrev'],
    [turn("on peut pusher un BRSA en prepa sans son go ? c'est dans son CER", 'dispositif', [ADHESION])],
  ),
  c(
    'b127-prepa-logistique-perso',
    ['franglais', 'trap-trade-word'],
    [
      turn(
        "la logistique perso (garde d'enfants, transport) pendant la prepa c'est l'afpa qui la manage ?",
        'dispositif',
        [REFERENT, ap('conditions matérielles', 'garde d', 'mobilité')],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b127-pec-scope',
    ['franglais', 'abbrev'],
    [
      turn("c'est quoi le scope de la PEC ? je parle de competences PEC hein", 'dispositif', [
        CERTIFICATIONS,
      ]),
    ],
  ),
  c(
    'b127-pec-workshops',
    ['franglais', 'abbrev', 'sms'],
    [turn('comp pec, les workshops de reconnaissance des acquis y en a cb ?', 'dispositif', [SIX_WORKSHOPS])],
  ),
  c(
    'b127-pec-kickoff',
    ['franglais', 'content'],
    [turn('le kick-off avec le consultnat afpa en comp pec ca dure combien ?', 'dispositif', [HALF_DAY])],
  ),
  c(
    'b127-pec-timing',
    ['franglais', 'start', 'no-accent'],
    [
      turn(
        'on peut activer comp pec asap apres la signature du contrat pec ou faut attendre qq mois ?',
        'dispositif',
        [PEC_START],
      ),
    ],
  ),
  c(
    'b127-promo-onboarding',
    ['franglais', 'content'],
    [
      turn('onboarding du jeune sur la promo 1618 ca se passe comment ?', 'dispositif', [
        ap('engagement', 'panda', 'autorisation', 'pièces administratives', 'référent principal'),
      ]),
    ],
  ),
  c(
    'b127-promo-full-remote',
    ['franglais', 'modality'],
    [turn('full remote possible pour la promo 16 18 ?', 'dispositif', [PRESENTIEL], ['tout ou partie'])],
  ),
  c(
    'b127-promo-follow-up',
    ['franglais', 'end', 'no-accent'],
    [
      turn("post-programme y a un follow-up des jeunes de la promo ou c'est fini ?", 'dispositif', [
        ap('6 mois', 'six mois'),
        MISSION_LOCALE,
      ]),
    ],
  ),
  c(
    'b127-promo-extend',
    ['franglais', 'duration', 'typo'],
    [turn('si le jeune a besoin de + de temps, la promo peut etre extendue ?', 'dispositif', [FOUR_MONTHS])],
  ),
  c(
    'b127-fle',
    ['franglais', 'abbrev'],
    [
      turn("on a des BRSA primo-arrivants, l'afpa a un programme FLE orienté job ?", 'dispositif', [
        ap('français à visée professionnelle', 'français langue étrangère', 'langue étrangère'),
      ]),
    ],
  ),
  c(
    'b127-2q-promo-age-jours',
    ['franglais', 'two-questions', 'abbrev'],
    [
      turn("promo 1618 : c'est quel range d'age et quels jours dans la semaine ?", 'dispositif', [
        AGE_1618,
        MON_THU,
      ]),
    ],
  ),
  c(
    'b127-2q-prepa-timing-cost',
    ['franglais', 'two-questions', 'cost'],
    [turn('prepa comp : le timing et le cost pour le CD ?', 'dispositif', [PREPA_DURATION, FREE], NO_AMOUNT)],
  ),
  c(
    'b127-2q-pec-inscription-bilan',
    ['franglais', 'two-questions', 'panda'],
    [
      turn(
        "comp pec : qui fait l'inscription sur la plateforme afpa, et qui recoit le bilan a la fin ?",
        'dispositif',
        [REFERENT, BILAN],
      ),
    ],
  ),

  // ── Published agenda (today: Monday 11 January 2027) ──
  c(
    'b127-ag-next-infocoll-prepa',
    ['franglais', 'type', 'abbrev'],
    [
      turn(
        "c'est quand la next info coll prepa ? je veux y envoyer 3 BRSA",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b127-ag-next-jpo',
    ['franglais', 'type'],
    [
      turn(
        'next JPO c quand ? faut que je bloque le slot pour tenir le stand',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b127-ag-jpo-moissac',
    ['franglais', 'type', 'town'],
    [turn('y a un event JPO cote moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03'))],
  ),
  c(
    'b127-ag-this-week',
    ['franglais', 'relative-date'],
    [
      turn(
        'quoi de neuf cette semaine cote events afpa ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b127-ag-next-week',
    ['franglais', 'relative-date', 'abbrev'],
    [
      turn(
        'la semaine pro y a quoi comme events ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b127-ag-meeting-logistique',
    ['franglais', 'type', 'trade', 'person-mention'],
    [
      turn(
        "y a un meeting metiers logistique bientot ? j'ai 2 BRSA chauds sur cariste",
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b127-ag-reunion-btp',
    ['franglais', 'type', 'trade', 'two-questions'],
    [
      turn(
        "la reunion metiers BTP c'est quand et ou ?",
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b127-ag-plaquiste-full',
    ['franglais', 'places', 'trade'],
    [turn('plaquiste c full ?', 'agenda', [['plaquiste'], FULL], OTHER_TRAININGS('plaquiste'))],
  ),
  c(
    'b127-ag-resto-caussade',
    ['franglais', 'places', 'trade', 'town', 'abbrev'],
    [
      turn(
        'agent de resto, des seats dispo a caussade ?',
        'agenda',
        [['restauration'], [...on('2027-03-15'), ...seats(4)]],
        OTHER_TRAININGS('restauration'),
      ),
    ],
  ),
  c(
    'b127-ag-prepa-remote-session',
    ['franglais', 'session', 'modality'],
    [turn('next session prepa en full remote ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18'))],
  ),
  c(
    'b127-ag-prepa-v1-kickoff',
    ['franglais', 'session', 'volet', 'abbrev'],
    [turn('prochain kick-off prepa V1 ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25'))],
  ),
  c(
    'b127-ag-pec-atelier3',
    ['franglais', 'session', 'volet', 'abbrev'],
    [turn("l'atelier 3 comp pec c quelle date ?", 'agenda', [on('2027-02-10')], notOn('2027-01-20'))],
  ),
  c(
    'b127-ag-promo-infocoll',
    ['franglais', 'type', 'dispositif-filter'],
    [
      turn(
        'y a une info coll pour les jeunes de la promo et leurs parents ? pour booker',
        'agenda',
        [on('2027-03-17')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b127-ag-castel-ce-mois',
    ['franglais', 'town', 'abbrev', 'month'],
    [
      turn(
        'castel ce mois-ci il se passe quoi ?',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-02-15'), ...notOn('2027-03-01')],
      ),
    ],
  ),
  c(
    'b127-ag-recap-infocoll-fevrier',
    ['franglais', 'type', 'month', 'no-accent'],
    [
      turn(
        'tu peux me faire un recap des infos coll de fevrier ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b127-2q-jpo-visite',
    ['franglais', 'two-questions', 'type'],
    [
      turn(
        'next JPO et next visite plateau, tu me dis ?',
        'agenda',
        [on('2027-02-03'), on('2027-01-19')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b127-2q-places-macon-elec',
    ['franglais', 'two-questions', 'places', 'trade', 'no-accent'],
    [
      turn(
        'places en maconnerie et en elec, ca donne quoi ?',
        'agenda',
        [
          ['maçon'],
          [...on('2027-02-15'), ...seats(3)],
          ['électricien', 'électricité'],
          [...on('2027-03-08'), ...seats(2)],
        ],
        OTHER_TRAININGS('maçon', 'électricien'),
      ),
    ],
  ),

  // ── Figures and targets ──
  c(
    'b127-fig-target-prepa',
    ['franglais'],
    [turn("le target 2022 sur la prepa c'etait combien de BRSA ?", 'figures', [TARGET_PREPA])],
  ),
  c(
    'b127-fig-targets-slide',
    ['franglais'],
    [
      turn('tu peux me sortir les targets des 3 dispostifs pour mon slide du COPIL ?', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
        TARGET_PROMO,
      ]),
    ],
  ),
  c(
    'b127-fig-dashboard-prepa',
    ['franglais', 'no-accent'],
    [turn('le dashboard des entrees prepa a date, on en est ou ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b127-fig-kpi-sorties-promo',
    ['franglais'],
    [
      turn("le KPI de sorties positives de la promo 1618 c'est quoi ?", 'figures', [
        ap('70 %', '70%', '70 pour cent'),
      ]),
    ],
  ),
  c(
    'b127-fig-ase-pushes',
    ['franglais', 'abbrev'],
    [
      turn("combien de jeunes ASE on a deja pushé en promo ? j'en ai besoin pour le COPIL", 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b127-fig-kpi-orientes-pec',
    ['franglais', 'abbrev'],
    [
      turn('nb de personnes orientees par le CD vers comp pec : on a un KPI la-dessus ?', 'figures', [
        ap('nombre de personnes orientées', 'personnes orientées', 'indicateur'),
      ]),
    ],
  ),
  c(
    'b127-fig-taux-reussite',
    ['franglais', 'abbrev'],
    [turn("taux de reussite aux exams de nos BRSA a l'afpa, t'as la data ?", 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b127-fig-promo-national',
    ['franglais'],
    [
      turn("la promo 1618 au national c'etait calibré pour combien de jeunes ?", 'figures', [
        ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000', 'trente-cinq mille'],
      ]),
    ],
  ),
  c(
    'b127-2q-target-pec-reporting',
    ['franglais', 'two-questions'],
    [
      turn('le target comp pec c combien et le KPI il remonte a qui ?', 'figures', [
        TARGET_PEC,
        ap('dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p', 'comité de pilotage'),
      ]),
    ],
  ),

  // ── Contacts and roles ──
  c(
    'b127-ct-call-rap',
    ['franglais', 'abbrev'],
    [turn("je voudrais un call avec le RAP, c'est qui ?", 'contact', [RAP])],
  ),
  c(
    'b127-ct-escalade',
    ['franglais', 'no-accent'],
    [turn("j'ai un souci sur une presta, j'escalade a qui cote afpa ?", 'contact', [[...RAP, ...DIRECTOR]])],
  ),
  c(
    'b127-ct-lead-82',
    ['franglais'],
    [turn("c'est qui le lead afpa sur les 3 dispositifs dans le 82 ?", 'contact', [DIRECTOR])],
  ),
  c(
    'b127-ct-phone-rap',
    ['franglais', 'sms'],
    [
      turn(
        "t'aurais le 06 de la RAP ? je l'appelle asap",
        'contact',
        [RAP, NO_PHONE],
        ['05 63', '0563', '+33'],
      ),
    ],
  ),
  c(
    'b127-ct-owner-accord',
    ['franglais'],
    [
      turn('le suivi du partenariat CD-AFPA il est owned par qui de chaque cote ?', 'contact', [
        ap('weill', 'président du conseil départemental', 'président'),
        ap('vella', 'directeur du centre', 'directeur'),
      ]),
    ],
  ),
  c(
    'b127-ct-promo',
    ['franglais', 'abbrev'],
    [turn('pour la promo 1618 mon point of contact afpa c qui ?', 'contact', [RAP])],
  ),

  // ── Eligibility of a person ──
  c(
    'b127-el-brsa-38',
    ['franglais', 'abbrev'],
    [
      turn(
        'je te ping pour un BRSA 38 ans, suivi CD, pas inscrit FT, il veut bosser son projet pro : prepa comp ok ?',
        'eligibility',
        [ELIGIBLE],
      ),
    ],
  ),
  c(
    'b127-el-brsa-inscrite-ft',
    ['franglais', 'abbrev', 'typo'],
    [
      turn('tu peux checker si ma BRSA 29 ans inscrite a FT est eligibel prepa quand meme ?', 'eligibility', [
        [...ELIGIBLE, ...NOT_REGISTERED_TOO],
      ]),
    ],
  ),
  c(
    'b127-el-ado-15',
    ['franglais', 'abbrev', 'sms'],
    [turn('ado 15 ans ASE, full decrocheur, promo 1618 ok ?', 'eligibility', [NOT_ELIGIBLE, ['16']])],
  ),
  c(
    'b127-el-lyceen-ase',
    ['franglais', 'abbrev'],
    [
      turn(
        'jeune 16 ans ASE toujours en cours au lycee, il veut juste switcher de voie : promo 1618 ?',
        'eligibility',
        [NOT_ELIGIBLE, ap('scolaris', 'lycée', 'quitté', 'décroch', 'en formation')],
      ),
    ],
  ),
  c(
    'b127-el-cdi-pec',
    ['franglais', 'abbrev'],
    [
      turn('BRSA 50 ans en CDI dans le nettoyage, comp pec possible ?', 'eligibility', [
        NOT_ELIGIBLE,
        ap('parcours emploi compétences', 'contrat pec', 'en pec', 'un pec', 'contrat p.e.c', 'p.e.c.'),
      ]),
    ],
  ),
  c(
    'b127-el-de-pas-rsa',
    ['franglais', 'abbrev'],
    [
      turn('DE 35 ans pas au RSA, suivi FT only : je peux le booker en prepa via le CD ?', 'eligibility', [
        OTHER_PRESCRIBER,
      ]),
    ],
  ),
  c(
    'b127-el-pec-ml',
    ['franglais', 'abbrev'],
    [
      turn('jeune 23 ans en PEC, pas au RSA, suivi par la ML : comp pec via nous ?', 'eligibility', [
        [...OTHER_PRESCRIBER, ...MISSION_LOCALE],
      ]),
    ],
  ),
  c(
    'b127-el-boss-refuse',
    ['franglais', 'who-agrees', 'no-accent'],
    [
      turn("BRSA en PEC mais son boss veut pas qu'il s'absente, comp pec quand meme ?", 'eligibility', [
        EMPLOYER_AGREES,
      ]),
    ],
  ),
  c(
    'b127-el-parents-injoignables',
    ['franglais', 'abbrev', 'rambling'],
    [
      turn(
        "jeune 16 ans ASE, decroche depuis juin, parents injoignables : l'autorisation parentale c bloquant pour la promo ?",
        'eligibility',
        [PARENTS],
      ),
    ],
  ),
  c(
    'b127-2q-two-persons',
    ['franglais', 'two-questions', 'abbrev'],
    [
      turn(
        '2 dossiers : un BRSA 50 ans pas inscrit FT pour la prepa, et un ado ASE de 15 ans pour la promo',
        'eligibility',
        [ELIGIBLE, NOT_ELIGIBLE, ['16']],
      ),
    ],
  ),

  // ── Prescribing ──
  c(
    'b127-pr-process',
    ['franglais'],
    [turn("c'est quoi le process pour prescrire une prepa comp ?", 'prescribe', FORM)],
  ),
  c(
    'b127-pr-book-v1-18',
    ['franglais', 'session', 'abbrev'],
    [turn('je booke un BRSA sur la V1 du 18 janvier', 'prescribe', [...FORM, on('2027-01-18')])],
  ),
  c(
    'b127-pr-pec',
    ['franglais', 'abbrev'],
    [turn('je veux lancer une presta comp pec pour une salariee en PEC', 'prescribe', FORM)],
  ),
  c(
    'b127-pr-promo-ase',
    ['franglais', 'abbrev'],
    [turn('go pour inscrire un jeune ASE 17 ans sur la promo 1618', 'prescribe', FORM)],
  ),
  c(
    'b127-pr-castel-v2',
    ['franglais', 'session', 'town', 'abbrev'],
    [turn('je positionne une dame sur la V2 a castel', 'prescribe', [...FORM, on('2027-02-15')])],
  ),
  c(
    'b127-pr-remote-fevrier',
    ['franglais', 'session', 'modality'],
    [
      turn('je veux booker la session prepa en remote de fevrier pour un monsieur', 'prescribe', [
        ...FORM,
        on('2027-02-08'),
      ]),
    ],
  ),
  c(
    'b127-pr-pec-atelier3',
    ['franglais', 'session', 'abbrev'],
    [
      turn("je prescris l'atelier 3 comp pec du 10/02 pour ma salariee PEC", 'prescribe', [
        ...FORM,
        on('2027-02-10'),
      ]),
    ],
  ),

  // ── Outside the agreement ──
  c(
    'b127-oos-frais-km',
    ['franglais', 'transport', 'abbrev'],
    [
      turn(
        'les frais km pour aller a castel pendant la prepa, c pris en charge ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b127-oos-no-show-sanction',
    ['franglais', 'rsa-rules'],
    [
      turn(
        'si le BRSA fait un no-show a la prepa, y a une sanction sur son RSA ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b127-oos-cpf',
    ['franglais', 'cost', 'abbrev'],
    [
      turn(
        'on peut utliser le CPF du beneficiaire pour financer la suite du parcours ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b127-oos-horaires',
    ['franglais', 'schedule'],
    [turn('la prepa c quoi les horaires, genre du 9h-17h ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b127-oos-cantine',
    ['franglais', 'cost'],
    [
      turn(
        'y a une cantine ou un self pour les stagiaires le midi, ou c lunch box ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b127-oos-montant-rsa',
    ['franglais', 'benefit', 'abbrev'],
    [
      turn(
        "le montant du RSA couple avec 2 enfants c'est combien now ?",
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b127-oos-allocation-cej',
    ['franglais', 'other-organisation', 'abbrev'],
    [
      turn(
        "l'allocation CEJ de la ML c'est combien par mois ?",
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b127-oos-hebergement-mobilite',
    ['franglais', 'cost'],
    [
      turn(
        "l'hebergement pendant la periode mobilite de la promo, c qui qui paye ?",
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b127-oos-permis',
    ['franglais', 'benefit'],
    [
      turn(
        "le funding du permis B par le CD, c'est quoi le process ?",
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b127-oos-outil-visio',
    ['franglais', 'modality'],
    [turn('la visio pour la prepa en remote c sur Teams ou sur Zoom ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b127-oos-mutuelle-pec',
    ['franglais', 'benefit', 'abbrev'],
    [
      turn(
        "pendant son PEC le salarie a droit a la mutuelle de l'employeur ?",
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),

  // ── Everything else the agreement settles ──
  c(
    'b127-ot-deadline-entrees',
    ['franglais', 'campaign'],
    [
      turn('le deadline des entrees pour nos BRSA c quand ?', 'other', [
        ap('31 décembre', '31/12', '31 déc'),
      ]),
    ],
  ),
  c(
    'b127-ot-duree-accord',
    ['franglais', 'two-questions'],
    [
      turn('le partenariat CD-AFPA il court sur combien de temps ? y a un renouvellement auto ?', 'other', [
        ap('2 ans', 'deux ans'),
        [...ap('avenant'), ...SILENT],
      ]),
    ],
  ),
  c(
    'b127-ot-preavis',
    ['franglais'],
    [
      turn('si un des deux veut sortir du deal, le preavis c combien ?', 'other', [
        ap('2 mois', 'deux mois'),
      ]),
    ],
  ),
  c(
    'b127-ot-rgpd',
    ['franglais', 'abbrev'],
    [
      turn('les data perso des beneficiaires dans les prescriptions, on est compliant RGPD ?', 'other', [
        ap('rgpd', 'r.g.p.d', '2016/679', 'informatique et libertés', '78-17', '1978'),
      ]),
    ],
  ),
  c(
    'b127-ot-acces-panda',
    ['franglais', 'panda'],
    [turn('qui me set up les acces a panda ?', 'other', [['afpa'], ['habilit']])],
  ),
  c(
    'b127-ot-pitch-equipe',
    ['franglais'],
    [
      turn("l'afpa vient pitcher ses actions a notre reunion d'equipe, c'est tous les combien ?", 'other', [
        ap('semestre', 'semestriel', 'deux fois par an', '2 fois par an'),
      ]),
    ],
  ),
  c(
    'b127-ot-hello',
    ['franglais', 'greeting'],
    [
      turn("hello, t'es up ? je peux te poser qq questions sur les presta afpa ?", 'other', [
        ap('prépa compétences', 'dispositif', 'agenda'),
      ]),
    ],
  ),
  c(
    'b127-ot-confidentialite',
    ['franglais'],
    [turn("les docs de l'accord je peux les forwarder a un partenaire externe ?", 'other', [['confidenti']])],
  ),
  c(
    'b127-ot-village-hub',
    ['franglais'],
    [
      turn("c'est quoi le concept du village afpa, une sorte de hub ?", 'other', [
        ap('tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'),
      ]),
    ],
  ),

  // ── Follow-ups (each turn only makes sense after the previous one) ──
  c(
    'b127-fu-v2-sold-out-book',
    ['franglais', 'follow-up', 'session', 'switch'],
    [
      turn("c'est sold out la V2 du 25 ?", 'agenda', [FULL]),
      turn('ok et la next V2 avec des seats ?', 'agenda', [
        on('2027-02-15'),
        [...seats(5), 'castelsarrasin'],
      ]),
      turn('parfait je booke ma BRSA dessus', 'prescribe', [...FORM, on('2027-02-15')]),
    ],
  ),
  c(
    'b127-fu-prepa-duree-remote',
    ['franglais', 'follow-up', 'modality'],
    [
      turn('prepa comp ca prend combien de jours ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('et full remote possible ?', 'dispositif', [DISTANCE]),
    ],
  ),
  c(
    'b127-fu-pec-then-promo',
    ['franglais', 'follow-up', 'duration'],
    [
      turn(
        'comp pec c combien de jours au total ?',
        'dispositif',
        [PEC_DAYS],
        ['2 à 8 jours', '13 semaines'],
      ),
      turn('et pour la promo ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    ],
  ),
  c(
    'b127-fu-ase-17-then-19',
    ['franglais', 'follow-up', 'one-fact-changed', 'abbrev'],
    [
      turn(
        "jeune ASE 17 ans, decroche depuis septembre, rien depuis : promo 1618 c'est jouable ?",
        'eligibility',
        [[...ELIGIBLE, ...MISSION_LOCALE, 'cio', 'c.i.o']],
      ),
      turn("et s'il a 19 ans ?", 'eligibility', [NOT_ELIGIBLE, AGE_1618]),
    ],
  ),
  c(
    'b127-fu-brsa-volet-session',
    ['franglais', 'follow-up', 'volet', 'session'],
    [
      turn(
        'je te ping pour un BRSA 42 ans suivi CD, il veut securiser son entree en formation cariste : prepa ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn("ok c'est quel volet du coup ?", 'dispositif', [
        ap('volet 2', 'volet n°2', 'second volet', 'deuxième volet'),
      ]),
      turn('next session de ce volet ?', 'agenda', [on('2027-02-15')]),
    ],
  ),
  c(
    'b127-fu-jpo-kpi',
    ['franglais', 'follow-up', 'switch'],
    [
      turn('next JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('on a un KPI dessus ?', 'figures', [JPO_INDICATOR]),
    ],
  ),
  c(
    'b127-fu-contacts-afpa-cd',
    ['franglais', 'follow-up'],
    [
      turn("c qui mes contacts a l'afpa pour les presta ?", 'contact', [DIRECTOR, RAP]),
      turn('et cote CD qui fait l interface avec eux ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
  c(
    'b127-fu-reporting',
    ['franglais', 'follow-up'],
    [
      turn("le reporting de l'afpa a la DGEFP c'est tous les combien ?", 'figures', [MONTHLY]),
      turn('et la prod departementale, c a quelle frequence et pour qui ?', 'figures', [
        YEARLY,
        ap('ddetspp', 'd.d.e.t.s.p.p'),
      ]),
      turn('et le copil de notre accord a nous ?', 'other', [YEARLY]),
    ],
  ),
  c(
    'b127-fu-cariste-meeting',
    ['franglais', 'follow-up', 'trade'],
    [
      turn(
        'places cariste ?',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...seats(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
      turn(
        'et y a un meeting metiers logistique avant le start ?',
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b127-fu-castel-valence',
    ['franglais', 'follow-up', 'town', 'abbrev'],
    [
      turn("info coll prepa a castel c'est quand ?", 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
      turn("et a valence d'agen ?", 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    ],
  ),
  c(
    'b127-fu-visite-semaine-pro-mars',
    ['franglais', 'follow-up', 'relative-date', 'month'],
    [
      turn(
        'y a un slot la semaine pro pour une visite de plateau ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
      turn('et en mars ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b127-fu-promo-profil-jours-parents',
    ['franglais', 'follow-up'],
    [
      turn('la promo 1618 c pour quel profil de jeunes ?', 'dispositif', [PROMO_PUBLIC]),
      turn("c'est du full time ?", 'dispositif', [MON_THU]),
      turn('faut le go des parents ?', 'dispositif', [PARENTS]),
    ],
  ),
  c(
    'b127-fu-pec-employeur-infocoll',
    ['franglais', 'follow-up', 'switch'],
    [
      turn("comp pec faut le go de l'employeur ?", 'dispositif', [EMPLOYER_AGREES]),
      turn('y a une info coll dessus prochainemnt ?', 'agenda', [on('2027-02-09')], notOn('2027-01-14')),
    ],
  ),
  c(
    'b127-fu-targets',
    ['franglais', 'follow-up'],
    [
      turn('le target chiffré de la prepa ?', 'figures', [TARGET_PREPA]),
      turn('et comp pec ?', 'figures', [TARGET_PEC]),
      turn('et pour les jeunes ASE ?', 'figures', [TARGET_PROMO]),
    ],
  ),
  c(
    'b127-fu-remuneration-contact',
    ['franglais', 'follow-up', 'switch'],
    [
      turn(
        'le BRSA est payé pendant la prepa ? genre une indemnite ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
      turn("ok je checke avec qui a l'afpa du coup ?", 'contact', [[...RAP, ...DIRECTOR]]),
    ],
  ),
  c(
    'b127-fu-vae-feedback',
    ['franglais', 'follow-up', 'end'],
    [
      turn('la VAE en comp pec ca prend combien de jours ?', 'dispositif', [VAE_DAYS]),
      turn('et le referent a un feedback a la fin ?', 'dispositif', [BILAN]),
    ],
  ),
  c(
    'b127-fu-promo-cohorte-seats',
    ['franglais', 'follow-up', 'session', 'with-places'],
    [
      turn('la next cohorte promo 1618 demarre quand ?', 'agenda', [on('2027-02-01')]),
      turn('et il reste combien de seats ?', 'agenda', [seats(10)], TRAINING_NAMES),
    ],
  ),
  c(
    'b127-fu-pec-eligible-jours',
    ['franglais', 'follow-up', 'person-mention'],
    [
      turn(
        'BRSA 36 ans en PEC depuis 3 semaines a la mairie, employeur ok : comp pec eligible ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn(
        'ca lui bloque combien de jours au total ?',
        'dispositif',
        [PEC_DAYS],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b127-fu-soudeur-visite',
    ['franglais', 'follow-up', 'trade'],
    [
      turn(
        'dispo en soudeur ?',
        'agenda',
        [
          ['soudeur', 'soudure'],
          [...on('2027-02-01'), ...seats(4)],
        ],
        OTHER_TRAININGS('soudeur'),
      ),
      turn("il peut visiter l'atelier avant de signer ?", 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
    ],
  ),
  c(
    'b127-fu-process-infocoll',
    ['franglais', 'follow-up', 'two-questions', 'type'],
    [
      turn("c'est quoi le process pour booker une info coll ? et la next c'est quand ?", 'agenda', [
        on('2027-01-14'),
      ]),
      turn("et celle d'apres ?", 'agenda', [on('2027-01-21')]),
    ],
  ),
];
