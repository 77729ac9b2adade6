/**
 * Hundred-twenty-second blind set.
 *
 * Who speaks: AFPA's own staff at the centre of Montauban, in their Teams chat with the bot,
 * not the référents of the Département.
 * - The coordinator who receives the prescriptions of the CD82 référents and keeps their
 *   status up to date (« j'ai reçu une presta pour un monsieur, je fais quoi ? », « comment je
 *   mets qu'il a abandonné ? », « le bilan de fin de prépa je l'envoie comment »).
 * - The accueil, the formateurs and the chargée de relations entreprises, who publish the
 *   agenda and the places (« comment j'ajoute une info coll ? », « je peux importer un fichier
 *   excel ? », « les JPO de février sont bien en ligne ? », « il reste combien de places en
 *   maçonnerie ? »).
 * - The Responsable Accompagnement et Parcours, on the indicators, the targets of the action
 *   plan and the steering (« on doit remonter quoi au CD ? », « objectif prépa 2022 ? », « le
 *   copil c'est quand ? »).
 * They speak AFPA's shorthand: « la V1 / la V2 » for the volets of Prépa Compétences, « les
 * PEC » for Compétences PEC, « la 1618 » for La Promo 16/18, « les BRSA du CD », « presta »,
 * « info coll », « coordo », « RAP ». Some are curt, some polite, some type on a phone with
 * typos and without accents; a few put two questions in one message or follow up on the
 * previous answer (« et la V1 ? », « et la suivante ? »).
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide (what AFPA staff do with the bot: acknowledge a prescription,
 * update its status, publish the agenda by form or CSV import) and from the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking at the bot.
 * Where the agreement is silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with both apostrophes, « ’ » and « ' ». */
function alts(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/’/g, "'"), x.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
  '5 à 6 journées',
];
const VOLET2_DURATION = [
  '4 à 8 jours',
  '4 et 8 jours',
  '4-8 jours',
  '4 à 8 j',
  'quatre à huit jours',
  '4 à 8 journées',
];
const PEC_DAYS = [
  ' 5 jours',
  '(5 jours',
  '\n5 jours',
  '5 jours de participation',
  'cinq jours',
  ' 5 journées',
  'cinq journées',
];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = alts('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu’au jeudi');
const AGE_1618 = ['16 à 18', '16 et 18', '16-18', '16-17', '16 ou 17', '16 à 17', 'mineur'];
const PARENTS = [
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
];
const DISTANCE = ['à distance', 'distanciel'];
const DELOCALISED = alts(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'partout dans le département',
);
const FREE = alts(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
  ' pic',
  '(pic',
  'p.i.c',
);
const NOT_REGISTERED_TOO = alts(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'ne sont pas inscrits',
  'qu’ils soient inscrits',
  'sans inscription',
  'même sans',
);
const PRESCRIBED_BY_DEPARTEMENT = alts(
  'prescrire directement',
  'prescrit directement',
  'prescrivent directement',
  'prescription directe',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'référente insertion',
  'le département prescrit',
  'département peut prescrire',
);
const PEC_START = ['signature', 'premiers mois'];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j', '3 jours 1/2'];
const BILAN_IND = ['bilan individuel', 'bilans individuels'];
const REFERENT = ['référent', 'conseiller', 'conseillère'];
const HABILIT = ['habilit'];
const DGEFP = alts('dgefp', 'd.g.e.f.p', 'délégation générale à l’emploi');
const DDETSPP = ['ddetspp', 'd.d.e.t.s.p.p', 'ddets'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois'];
const YEARLY_COPIL = alts(
  'fois par an',
  'au moins 1 fois',
  'au moins une fois',
  'annuel',
  'chaque année',
  'tous les ans',
  'trimestri',
  'chaque trimestre',
);
const SEVENTY = ['70 %', '70%', '70\u00a0%', '70\u202f%'];

const TARGET_PREPA = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  '30 brsa',
  '30 rsa',
  '30 entrées',
  'objectif de 30',
  'objectif : 30',
  '2022 : 30',
  'trente',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  '50 brsa',
  '50 rsa',
  '50 entrées',
  'objectif de 50',
  'objectif : 50',
  '2022 : 50',
  'cinquante',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  '10 bénéficiaires',
  '10 orientations',
  '10 orientés',
  '10 ase',
  'objectif de 10',
  'objectif : 10',
  '2022 : 10',
  'dix jeunes',
];

/** A count the bot cannot know (or has not recorded): it says so, it invents no figure. */
const NO_FIGURE = alts(
  'pas disponible',
  'indisponible',
  'pas de chiffre',
  'aucun chiffre',
  'pas les chiffres',
  'ne dispose pas',
  'pas accès',
  'n’ai pas accès',
  'pas encore',
  'pas de donnée',
  'aucune donnée',
  'aucune entrée',
  '0 entrée',
  'aucune prescription',
  '0 prescription',
  'aucun',
  'pas d’information',
  'ne précise pas',
  'ne dit rien',
  'pas en mesure',
  'ne connais pas',
);

/** The agreement is silent: the answer says so. */
const SILENT = alts(
  'ne prévoit pas',
  'ne dit rien',
  'n’en dit rien',
  'ne précise pas',
  'ne fixe pas',
  'ne traite pas',
  'ne couvre pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'n’est pas couvert',
  'pas prévu',
  'pas dans l’accord',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'en dehors',
  'pas d’information',
  'pas d’info',
  'aucune information',
  'je ne peux pas',
  'ne peux pas vous',
  'pas en mesure',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];

const DIRECTOR = alts(
  'vella',
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
);
const RAP = alts(
  'battedou',
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
);
const DEPT_REFERENT = alts(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'référente désignée',
  'le département désigne',
  'désigné par le département',
  'désignée par le département',
);

const ELIGIBLE = alts(
  'prescription possible',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'peut entrer',
  'peut y entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'peut être orienté',
  'peut être orientée',
  'vous pouvez prescrire',
  'le référent peut prescrire',
);
const NOT_ELIGIBLE = alts(
  'non éligible',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'trop jeune',
  'n’a pas l’âge',
  'pas encore l’âge',
);
const OTHER_PRESCRIBER = alts(
  'france travail',
  'pôle emploi',
  'autre prescripteur',
  'son prescripteur',
  'mission locale',
  'cap emploi',
);

/** What the prescription form shows; an AFPA question about a received one must not open it. */
const NOT_THE_FORM = ['pour quel dispositif', 'première session'];

// ── The agenda fixture, as the answers may write it ─────────────────────────

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
/** A places answer about one trade lists no other training. */
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));
const FULL = [...seats(0), 'complet', 'complète', 'aucune place', 'plus de place', 'pas de place', '0 place'];
const AT_9_30 = ['9h30', '9 h 30', '09h30', '9:30', '09:30'];
const AT_10 = ['10h', '10 h', '10:00'];
const CSV = ['csv'];
const PUBLISH_HOW = ['formulaire', 'csv', 'import'];

// ── Prescriptions received by AFPA (the coordinator) ───────────────────────

const received: ConversationCase[] = [
  c(
    'b122-presta-recue',
    ['coordinator', 'curt'],
    [
      turn(
        'j’ai reçu une presta pour un monsieur, je fais quoi ?',
        'prescribe',
        [
          alts(
            'accus',
            'réception',
            'prise en charge',
            'prendre en charge',
            'pris en charge',
            'pris connaissance',
          ),
        ],
        NOT_THE_FORM,
      ),
    ],
  ),
  c(
    'b122-abandon',
    ['coordinator', 'status'],
    [turn('comment je mets qu’il a abandonné ?', 'prescribe', [['abandon']], NOT_THE_FORM)],
  ),
  c(
    'b122-bilan-envoi',
    ['coordinator', 'end', 'no-accent'],
    [turn('le bilan de fin de prepa je l envoie comment', 'prescribe', [BILAN_IND, REFERENT])],
  ),
  c(
    'b122-cloture-prepa',
    ['coordinator', 'status'],
    [
      turn(
        'le monsieur a fini sa V1 vendredi, je clôture la presta comment ?',
        'prescribe',
        [['bilan'], ['termin', 'fin de parcours', 'clôtur', 'achev', 'fini']],
        NOT_THE_FORM,
      ),
    ],
  ),
  c(
    'b122-entree-statut',
    ['coordinator', 'status', 'abbrev'],
    [
      turn(
        'il est bien rentré en V1 ce matin, je le mets en entré où ?',
        'prescribe',
        [
          ['entré', 'entrée'],
          ['prescription', 'statut', 'carte', 'suivi'],
        ],
        NOT_THE_FORM,
      ),
    ],
  ),
  c(
    'b122-prescrire-accueil',
    ['accueil', 'rambling'],
    [
      turn(
        'un BRSA s’est présenté direct à l’accueil pour la prépa, on peut l’inscrire nous-mêmes sans son référent ?',
        'prescribe',
        [alts('référent', 'conseiller', 'département'), alts('adhésion', 'prescri', 'inscri', 'oriente')],
      ),
    ],
  ),
  c(
    'b122-presta-pec-panda',
    ['coordinator', 'follow-up', 'panda'],
    [
      turn(
        'bonjour, j’ai une presta PEC qui vient d’arriver pour une dame',
        'prescribe',
        [
          alts(
            'accus',
            'réception',
            'prise en charge',
            'prendre en charge',
            'pris en charge',
            'pris connaissance',
          ),
        ],
        NOT_THE_FORM,
      ),
      turn('c’est à moi de l’inscrire sur panda ?', 'dispositif', [REFERENT, ['panda', 'plateforme']]),
    ],
  ),
  c(
    'b122-cycle-presta',
    ['coordinator', 'follow-up', 'status'],
    [
      turn(
        'j’ai reçu une presta prépa pour un monsieur, je fais quoi ?',
        'prescribe',
        [
          alts(
            'accus',
            'réception',
            'prise en charge',
            'prendre en charge',
            'pris en charge',
            'pris connaissance',
          ),
        ],
        NOT_THE_FORM,
      ),
      turn('il démarre lundi en V1, je mets quoi ?', 'prescribe', [['entré', 'entrée']], NOT_THE_FORM),
      turn('et s’il arrête en cours de route ?', 'prescribe', [['abandon']], NOT_THE_FORM),
    ],
  ),
  c(
    'b122-bilan-pec',
    ['coordinator', 'follow-up', 'end'],
    [
      turn('le bilan de fin de prépa je l’envoie à qui ?', 'prescribe', [BILAN_IND, REFERENT]),
      turn('et pour les PEC aussi y a un bilan ?', 'dispositif', [BILAN_IND, ['vae', 'v.a.e']]),
    ],
  ),
  c(
    'b122-accord-employeur-pec',
    ['coordinator', 'employer'],
    [
      turn('pour une presta PEC c’est à nous d’aller chercher l’accord de l’employeur ?', 'dispositif', [
        REFERENT,
        ['employeur'],
      ]),
    ],
  ),
];

// ── Publishing the agenda (accueil, formateurs, relations entreprises) ─────

const publishing: ConversationCase[] = [
  c(
    'b122-ajout-infocoll',
    ['publish', 'abbrev'],
    [
      turn(
        'comment j’ajoute une info coll ?',
        'agenda',
        [PUBLISH_HOW],
        [...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c('b122-import-excel', ['publish', 'curt'], [turn('je peux importer un fichier excel ?', 'agenda', [CSV])]),
  c(
    'b122-import-colonnes',
    ['publish', 'follow-up'],
    [
      turn('on peut charger le planning depuis excel ?', 'agenda', [CSV]),
      turn('il faut quelles colonnes ?', 'agenda', [
        ['debut'],
        ['lieu'],
        ['titre', 'formation', 'dispositif'],
      ]),
      turn('et les dates je les écris comment ?', 'agenda', [
        ['yyyy-mm-dd', 'aaaa-mm-jj', 'yyyy-mm-jj', 'aaaa-mm-dd', '-mm-', '2027-0', '2026-'],
      ]),
    ],
  ),
  c(
    'b122-import-ligne-fausse',
    ['publish', 'no-accent'],
    [
      turn('si y a une ligne fausse dans mon fichier ca importe quand meme le reste ?', 'agenda', [
        alts(
          'rien',
          'aucune ligne',
          'aucun',
          'tout ou rien',
          'pas importé',
          'n’est importé',
          'refus',
          'rejet',
        ),
        ['ligne'],
      ]),
    ],
  ),
  c(
    'b122-types-evenements',
    ['publish'],
    [
      turn('je peux publier quels types d’évènements dans l’agenda ?', 'agenda', [
        ['jpo', 'portes ouvertes'],
        ['information collective', 'info coll', 'info_collective', 'informations collectives'],
        ['visite'],
        ['réunion métier', 'réunions métier', 'réunion_metier', 'reunion_metier'],
      ]),
    ],
  ),
  c(
    'b122-publier-places',
    ['publish', 'follow-up', 'places'],
    [
      turn(
        'la visite du plateau électricité elle est bien en ligne ?',
        'agenda',
        [on('2027-03-10')],
        notOn('2027-01-19'),
      ),
      turn('et les places dispo en formation je les mets à jour comment ?', 'agenda', [PUBLISH_HOW]),
    ],
  ),
];

// ── Checking the published agenda ──────────────────────────────────────────

const agenda: ConversationCase[] = [
  c(
    'b122-jpo-fevrier',
    ['check', 'month'],
    [
      turn(
        'les JPO de février sont bien en ligne ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b122-places-maconnerie',
    ['places', 'trade'],
    [
      turn(
        'il reste combien de places en maçonnerie ?',
        'agenda',
        [['maçon'], seats(3)],
        OTHER_TRAININGS('maçon'),
      ),
    ],
  ),
  c(
    'b122-infocoll-jeudi-heure',
    ['check', 'relative-date'],
    [
      turn(
        'l’info coll prépa de jeudi elle commence à quelle heure déjà ?',
        'agenda',
        [on('2027-01-14'), AT_9_30],
        [...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b122-visite-soudure-places',
    ['check', 'places'],
    [
      turn(
        'visite soudure du 19 y a combien de places ?',
        'agenda',
        [on('2027-01-19'), seats(8)],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b122-reunion-batiment',
    ['check', 'town', 'no-accent'],
    [
      turn('la reunion metiers batiment a caussade elle apparait ?', 'agenda', [
        on('2027-02-23'),
        ['caussade'],
      ]),
    ],
  ),
  c(
    'b122-publie-1618',
    ['check', 'abbrev'],
    [
      turn(
        'qu’est-ce qu’on a de publié pour la 1618 ?',
        'agenda',
        [on('2027-02-01'), on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b122-v2-pleine',
    ['check', 'places', 'abbrev'],
    [turn('la V2 du 25 janvier elle est pleine ?', 'agenda', [on('2027-01-25'), FULL])],
  ),
  c(
    'b122-entrees-prepa-fevrier',
    ['sessions', 'month'],
    [
      turn(
        'entrées prépa comp en février ?',
        'agenda',
        [on('2027-02-08'), on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b122-pec-atelier2',
    ['sessions', 'abbrev', 'no-accent'],
    [
      turn(
        'c quoi les dates pec atelier 2 publiees',
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b122-semaine-pro',
    ['relative-date', 'abbrev'],
    [
      turn(
        'semaine pro il se passe quoi ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b122-plaquiste',
    ['places', 'trade', 'phone'],
    [turn('plaquiste c complet ?', 'agenda', [['plaquiste'], FULL], OTHER_TRAININGS('plaquiste'))],
  ),
  c(
    'b122-restauration-caussade',
    ['places', 'trade', 'town'],
    [
      turn(
        'agent de restau à caussade ça démarre quand et y a de la place ?',
        'agenda',
        [['restauration'], on('2027-03-15'), seats(4)],
        OTHER_TRAININGS('restauration'),
      ),
    ],
  ),
  c(
    'b122-session-18-places',
    ['sessions', 'places', 'rambling'],
    [
      turn(
        'une référente veut positionner quelqu’un sur l’entrée prépa du 18, il reste de la place ?',
        'agenda',
        [on('2027-01-18'), seats(6)],
        TRAININGS,
      ),
    ],
  ),
  c(
    'b122-logistique-castel',
    ['places', 'town', 'abbrev'],
    [
      turn(
        'places logistique sur castel ?',
        'agenda',
        [['préparateur'], [...on('2027-03-01'), ...seats(5)]],
        OTHER_TRAININGS('préparateur'),
      ),
    ],
  ),
];

// ── Steering: indicators, targets, reporting (the RAP) ─────────────────────

const steering: ConversationCase[] = [
  c(
    'b122-remonter-cd',
    ['indicators'],
    [
      turn('on doit remonter quoi au CD ?', 'figures', [
        alts(
          'indicateur',
          'nombre d’allocataires',
          'nombre de bénéficiaires',
          'taux de',
          'entrés en',
          'jpo',
          'portes ouvertes',
          'info places',
          'calendrier',
        ),
      ]),
    ],
  ),
  c(
    'b122-ou-on-en-est',
    ['progress', 'no-accent'],
    [turn('on en est ou des entrees prepa par rapport a l objectif ?', 'figures', [NO_FIGURE, TARGET_PREPA])],
  ),
  c(
    'b122-indicateurs-volets',
    ['indicators', 'abbrev'],
    [
      turn('les indicateurs prépa on les découpe par volet ?', 'figures', [
        ['volet 1', 'v1'],
        ['volet 2', 'v2'],
      ]),
    ],
  ),
  c(
    'b122-indicateurs-pec-ateliers',
    ['indicators'],
    [
      turn('pour les PEC on compte quels ateliers dans les indicateurs ?', 'figures', [
        ['ateliers 2 et 3', 'atelier 2 et 3', 'ateliers 2', 'atelier 2'],
      ]),
    ],
  ),
  c(
    'b122-taux-sortie-emploi',
    ['progress'],
    [turn('taux de sortie emploi des BRSA entrés en formation chez nous ?', 'figures', [NO_FIGURE])],
  ),
  c(
    'b122-70',
    ['target', 'abbrev'],
    [
      turn('les 70% de sorties positives c’est pour la 1618 ou pour tout ?', 'figures', [
        SEVENTY,
        ['promo', '1618', '16/18', '16-18'],
      ]),
    ],
  ),
  c(
    'b122-objectif-2027',
    ['target', 'silent'],
    [
      turn('on a un objectif chiffré pour 2027 ?', 'figures', [
        ['2022'],
        alts(
          'ne fixe pas',
          'ne précise pas',
          'ne dit rien',
          'pas d’objectif',
          'aucun objectif',
          'uniquement pour 2022',
          'seulement pour 2022',
          'que pour 2022',
          'pour l’année 2022',
          'pas prévu',
          'avenant',
        ),
      ]),
    ],
  ),
  c(
    'b122-bilan-annuel-departemental',
    ['reporting', 'abbrev'],
    [turn('le bilan annuel départemental par dispositif il part où ?', 'figures', [DDETSPP])],
  ),
  c(
    'b122-nb-orientes-pec',
    ['progress', 'phone'],
    [turn('cb de pers orientees par le cd vers comp pec depuis janvier', 'figures', [NO_FIGURE, TARGET_PEC])],
  ),
];

// ── The programmes, as AFPA people say them ────────────────────────────────

const programmes: ConversationCase[] = [
  c(
    'b122-v2-ailleurs',
    ['abbrev', 'volet'],
    [
      turn('la V2 c’est que pour entrer en formation chez nous ou ailleurs aussi ?', 'dispositif', [
        alts(
          'hors afpa',
          'hors a.f.p.a',
          'autre organisme',
          'autres organismes',
          'ailleurs',
          'pas seulement',
          'pas uniquement',
          'ou non',
        ),
      ]),
    ],
  ),
  c(
    'b122-1618-jours',
    ['abbrev', 'phone'],
    [turn('la 1618 c du lundi au vendredi ?', 'dispositif', [MON_THU])],
  ),
  c(
    'b122-brsa-ft',
    ['abbrev', 'no-accent'],
    [
      turn('les BRSA du CD faut qu ils soient inscrits a FT pour la prepa ?', 'dispositif', [
        NOT_REGISTERED_TOO,
      ]),
    ],
  ),
  c(
    'b122-rsfp-jours',
    ['content', 'abbrev'],
    [turn('atelier 4 PEC en RSFP ça fait combien de jours ?', 'dispositif', [VAE_DAYS], ['13 semaines'])],
  ),
  c(
    'b122-pec-quand',
    ['timing', 'abbrev'],
    [turn('comp pec on peut le démarrer à quel moment du contrat ?', 'dispositif', [PEC_START])],
  ),
  c(
    'b122-1618-apres',
    ['end', 'abbrev'],
    [
      turn('après la sortie de la 1618 on les suit combien de temps ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b122-prepa-delocalise',
    ['where'],
    [turn('on pourrait faire une session prépa délocalisée à Caussade ?', 'dispositif', [DELOCALISED])],
  ),
  c(
    'b122-fle',
    ['other-offer', 'abbrev'],
    [
      turn('on a un truc FLE pour les primo-arrivants dans l’accord ?', 'dispositif', [
        ['français à visée professionnelle', 'français langue étrangère'],
      ]),
    ],
  ),
  c(
    'b122-cout-cd',
    ['cost'],
    [turn('le CD nous paie combien par presta prépa ?', 'dispositif', [FREE], ['€', ' euros'])],
  ),
  c(
    'b122-brsa-qui-prescrit',
    ['abbrev', 'prescriber'],
    [
      turn('les BRSA du CD ils passent par qui pour arriver en prépa ?', 'dispositif', [
        PRESCRIBED_BY_DEPARTEMENT,
      ]),
    ],
  ),
];

// ── Eligibility of the person who was sent ─────────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b122-el-ft-pas-rsa',
    ['abbrev', 'rambling'],
    [
      turn(
        'la référente m’envoie une dame de 26 ans pas au RSA, suivie par FT, elle peut entrer en prépa via le CD ?',
        'eligibility',
        [OTHER_PRESCRIBER],
      ),
    ],
  ),
  c(
    'b122-el-brsa-58',
    ['abbrev'],
    [turn('BRSA 58 ans, pas inscrit FT, suivi CD : prépa ok ?', 'eligibility', [ELIGIBLE])],
  ),
  c(
    'b122-el-1618-15ans',
    ['abbrev', 'phone'],
    [
      turn('l ase nous envoie un jeune de 15 ans pour la 1618 c bon ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['16'],
      ]),
    ],
  ),
  c(
    'b122-el-1618-lycee',
    ['abbrev'],
    [
      turn('jeune ASE 17 ans encore inscrit au lycée, on peut le prendre en 1618 ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['scolaris', 'lycée', 'quitté', 'décroch'],
      ]),
    ],
  ),
  c(
    'b122-el-pec-ml',
    ['abbrev'],
    [
      turn('salarié PEC pas au RSA, envoyé par la mission locale : comp PEC via le CD ?', 'eligibility', [
        OTHER_PRESCRIBER,
        [...NOT_ELIGIBLE, 'rsa', 'r.s.a'],
      ]),
    ],
  ),
  c(
    'b122-el-pec-brsa',
    ['rambling'],
    [
      turn(
        'dame au RSA suivie par le CD, en PEC depuis 1 mois dans une asso, l’employeur est d’accord, on peut la prendre en comp PEC ?',
        'eligibility',
        [ELIGIBLE],
      ),
    ],
  ),
  c(
    'b122-el-1618-adulte',
    ['abbrev'],
    [turn('un BRSA de 19 ans pour la 1618 ?', 'eligibility', [NOT_ELIGIBLE, AGE_1618])],
  ),
];

// ── Contacts (protocol § 6, article 3) ─────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b122-interlocuteur-cd',
    ['polite'],
    [turn('Bonjour, qui est notre interlocuteur au CD pour l’expérimentation ?', 'contact', [DEPT_REFERENT])],
  ),
  c(
    'b122-coordo',
    ['abbrev', 'curt'],
    [turn('c qui le coordo départemental des dispositifs ?', 'contact', [DIRECTOR])],
  ),
  c(
    'b122-deploiement',
    [],
    [turn('qui est en charge du déploiement de prépa, PEC et 1618 chez nous ?', 'contact', [RAP])],
  ),
  c(
    'b122-signataire-cd',
    [],
    [
      turn('qui a signé l’accord côté Département ?', 'contact', [
        alts('président du conseil départemental', 'président', 'weill'),
      ]),
    ],
  ),
  c(
    'b122-numero-rap',
    ['rambling'],
    [
      turn(
        'un référent me demande le numéro de la responsable accompagnement et parcours, tu l’as ?',
        'contact',
        [RAP],
        ['05 63', '0563', '@afpa.fr'],
      ),
    ],
  ),
];

// ── The rest of the agreement (other) ──────────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b122-copil',
    ['steering', 'curt'],
    [
      turn(
        'le copil c’est quand ?',
        'other',
        [YEARLY_COPIL],
        [...notOn('2027-01-14'), ...notOn('2027-01-19')],
      ),
    ],
  ),
  c(
    'b122-plan-action-valide',
    ['steering'],
    [turn('qui valide le plan d’action et les indicateurs ?', 'other', [['comité de pilotage', 'copil']])],
  ),
  c(
    'b122-reunion-equipe-cd',
    ['steering'],
    [
      turn('on doit venir présenter nos actions au service insertion du CD tous les combien ?', 'other', [
        ['semestre', 'deux fois par an', '2 fois par an'],
      ]),
    ],
  ),
  c(
    'b122-logos',
    ['communication'],
    [
      turn('on refait le flyer prépa, il faut mettre quels logos ?', 'other', [
        ['état'],
        alts('plan d’investissement dans les compétences', 'pic', 'p.i.c'),
      ]),
    ],
  ),
  c(
    'b122-partage-tableau',
    ['rgpd'],
    [
      turn('je peux envoyer le tableau des prescriptions avec les noms à un partenaire ?', 'other', [
        alts('confidential', 'rgpd', 'r.g.p.d', 'données personnelles', 'article 4', 'article 5', '2016/679'),
      ]),
    ],
  ),
  c(
    'b122-habiliter',
    ['panda', 'rambling'],
    [
      turn('une nouvelle référente du CD veut inscrire ses BRSA sur panda, je fais comment ?', 'other', [
        HABILIT,
      ]),
    ],
  ),
  c(
    'b122-panda-saisie',
    ['panda'],
    [
      turn('dans PANDA c’est qui qui saisit les bénéficiaires ?', 'other', [
        ['référent', 'travailleurs sociaux'],
        HABILIT,
      ]),
    ],
  ),
  c(
    'b122-campagne',
    ['campaign', 'abbrev'],
    [
      turn('jusqu’à quand les BRSA pouvaient entrer dans les dispositifs ?', 'other', [
        ['31 décembre', '31/12'],
        ['30 avril', '30/04'],
      ]),
    ],
  ),
  c(
    'b122-tu-sais-faire',
    ['help', 'curt'],
    [
      turn('tu sais faire quoi pour nous ?', 'other', [
        ['dispositif', 'agenda', 'prescri', 'évènement', 'places'],
      ]),
    ],
  ),
];

// ── Outside the agreement ──────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b122-oos-wifi',
    ['site'],
    [turn('c’est quoi le code wifi stagiaires ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b122-oos-conges',
    ['hr'],
    [turn('comment je pose mes congés sur le portail ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b122-oos-hebergement',
    ['cost'],
    [
      turn(
        'combien coûte l’hébergement au centre pour un stagiaire prépa ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b122-oos-remuneration-v1',
    ['benefit', 'abbrev'],
    [
      turn(
        'les stagiaires BRSA sont rémunérés pendant la V1 ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b122-oos-cantine',
    ['cost', 'no-accent'],
    [
      turn(
        'la cantine du centre c combien pour un jeune de la 1618',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b122-oos-accident',
    ['safety'],
    [
      turn(
        'un stagiaire s’est blessé sur le plateau soudure, qui je préviens ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b122-oos-transport-1618',
    ['transport', 'abbrev'],
    [
      turn(
        'les frais de transport des jeunes de la 1618 on les rembourse ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b122-oos-region',
    ['other-convention'],
    [
      turn(
        'la convention avec la Région pour les titres pro elle court jusqu’à quand ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
];

// ── Two questions in one message ───────────────────────────────────────────

const twoInOne: ConversationCase[] = [
  c(
    'b122-2q-v2-distance',
    ['two-questions', 'abbrev'],
    [
      turn('V2 combien de jours et c’est faisable en distanciel ?', 'dispositif', [
        VOLET2_DURATION,
        DISTANCE,
      ]),
    ],
  ),
  c(
    'b122-2q-objectif-tableau',
    ['two-questions'],
    [turn('objectif PEC 2022 et le tableau de bord on l’envoie à qui ?', 'figures', [TARGET_PEC, DGEFP])],
  ),
  c(
    'b122-2q-jpo-cariste',
    ['two-questions'],
    [
      turn(
        'prochaine JPO et il reste des places en cariste ?',
        'agenda',
        [on('2027-02-03'), ['cariste'], [...on('2027-01-27'), ...seats(6)]],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b122-2q-1618-jours-duree',
    ['two-questions', 'abbrev', 'no-accent'],
    [
      turn(
        'la 1618 c quels jours et ca dure combien ?',
        'dispositif',
        [MON_THU, PROMO_DURATION],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b122-2q-referent-copil',
    ['two-questions', 'abbrev'],
    [
      turn('c qui le référent CD de l’expé et le copil il se réunit quand ?', 'contact', [
        DEPT_REFERENT,
        YEARLY_COPIL,
      ]),
    ],
  ),
  c(
    'b122-2q-ft-gratuit',
    ['two-questions', 'abbrev', 'phone'],
    [
      turn(
        'brsa pas inscrit ft ok pour prepa ? et c gratuit pour le cd ?',
        'dispositif',
        [NOT_REGISTERED_TOO, FREE],
        ['€'],
      ),
    ],
  ),
];

// ── Follow-ups that only make sense after the previous turn ────────────────

const followUps: ConversationCase[] = [
  c(
    'b122-fu-jpo-moissac-heure',
    ['follow-up', 'check'],
    [
      turn('les JPO de février sont bien publiées ?', 'agenda', [on('2027-02-03'), on('2027-02-17')]),
      turn(
        'celle de moissac elle ouvre à quelle heure ?',
        'agenda',
        [on('2027-02-17'), AT_10],
        notOn('2027-02-03'),
      ),
    ],
  ),
  c(
    'b122-fu-maconnerie-soudure',
    ['follow-up', 'places'],
    [
      turn(
        'il reste combien de places en maçonnerie ?',
        'agenda',
        [['maçon'], seats(3)],
        OTHER_TRAININGS('maçon'),
      ),
      turn('et en soudure ?', 'agenda', [['soudeur', 'soudure'], seats(4)], OTHER_TRAININGS('soudeur')),
    ],
  ),
  c(
    'b122-fu-v2-suivante',
    ['follow-up', 'places', 'abbrev'],
    [
      turn('la session V2 du 25 elle est complète ?', 'agenda', [on('2027-01-25'), FULL]),
      turn('et la V2 suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin', 'castel']]),
      turn('y a combien de places dessus ?', 'agenda', [seats(5)], TRAININGS),
    ],
  ),
  c(
    'b122-fu-objectifs',
    ['follow-up', 'target', 'curt'],
    [
      turn('objectif prépa 2022 ?', 'figures', [TARGET_PREPA]),
      turn('et les PEC ?', 'figures', [TARGET_PEC]),
      turn('la 1618 ?', 'figures', [TARGET_PROMO]),
    ],
  ),
  c(
    'b122-fu-copil-role',
    ['follow-up', 'steering'],
    [
      turn('le copil de l’accord se réunit tous les combien ?', 'other', [YEARLY_COPIL]),
      turn('il sert à quoi exactement ?', 'other', [
        alts('bilan', 'axes d’amélioration', 'plan d’action', 'indicateurs'),
      ]),
    ],
  ),
  c(
    'b122-fu-v2-v1-semaines',
    ['follow-up', 'volet', 'abbrev'],
    [
      turn('la V2 c’est combien de jours ?', 'dispositif', [VOLET2_DURATION]),
      turn('et la V1 ?', 'dispositif', [VOLET1_DURATION]),
      turn('sur combien de semaines ?', 'dispositif', [TWO_WEEKS]),
    ],
  ),
  c(
    'b122-fu-pec-phases',
    ['follow-up', 'abbrev'],
    [
      turn('les PEC ça mobilise combien de jours ?', 'dispositif', [PEC_DAYS]),
      turn('et c’est quoi les phases ?', 'dispositif', [
        ['inscription', 'première rencontre'],
        ['positionnement'],
        ['vae', 'rsfp', 'cléa'],
      ]),
    ],
  ),
  c(
    'b122-fu-tableau-frequence',
    ['follow-up', 'reporting'],
    [
      turn('le tableau de bord des dispositifs il part à qui ?', 'figures', [DGEFP]),
      turn('tous les combien ?', 'figures', [MONTHLY]),
    ],
  ),
  c(
    'b122-fu-coordo-deploiement',
    ['follow-up', 'abbrev'],
    [
      turn('qui est coordo départemental des dispositifs ?', 'contact', [DIRECTOR]),
      turn('et qui s’occupe du déploiement des presta ?', 'contact', [RAP]),
    ],
  ),
  c(
    'b122-fu-ase-parents-entree',
    ['follow-up', 'abbrev'],
    [
      turn('jeune ASE 16 ans décroché depuis septembre, il peut faire la 1618 ?', 'eligibility', [
        [...ELIGIBLE, 'mission locale', 'missions locales', ' cio', 'c.i.o'],
      ]),
      turn('ses parents doivent signer un truc ?', 'dispositif', [PARENTS]),
      turn('prochaine entrée ?', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
    ],
  ),
  c(
    'b122-fu-infocoll-places',
    ['follow-up', 'places', 'abbrev'],
    [
      turn('info coll prépa cette semaine ?', 'agenda', [on('2027-01-14')], notOn('2027-01-21')),
      turn('elle peut accueillir combien de personnes ?', 'agenda', [
        [...seats(15), '15 personnes', '15 participants'],
      ]),
    ],
  ),
  c(
    'b122-fu-logistique-formations',
    ['follow-up', 'trade'],
    [
      turn('la réunion logistique du 26 c’est pour quels métiers ?', 'agenda', [
        ['cariste'],
        ['préparateur'],
      ]),
      turn(
        'et y a des places en formation derrière ?',
        'agenda',
        [['cariste'], ['préparateur']],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b122-fu-brsa-distance',
    ['follow-up', 'modality', 'abbrev'],
    [
      turn('BRSA 47 ans suivi par le CD, pas inscrit FT, prépa ok ?', 'eligibility', [ELIGIBLE]),
      turn('il habite à Caylus, ça peut se faire à distance ?', 'dispositif', [DISTANCE]),
    ],
  ),
  c(
    'b122-fu-kit-places',
    ['follow-up', 'communication'],
    [
      turn('le kit de com des référents il contient quoi ?', 'other', [['flyer']]),
      turn('et les places dispo on doit les leur donner comment ?', 'other', [
        ['temps réel', 'info places', 'info-places'],
      ]),
    ],
  ),
  c(
    'b122-fu-accord-duree',
    ['follow-up', 'agreement'],
    [
      turn('l’accord CD-AFPA il dure combien de temps ?', 'other', [['2 ans', 'deux ans', '2023']]),
      turn('on peut le prolonger ?', 'other', [['avenant']]),
      turn('et si on veut l’arrêter ?', 'other', [['2 mois', 'deux mois']]),
    ],
  ),
  c(
    'b122-fu-remonter-jpo',
    ['follow-up', 'indicators'],
    [
      turn('on doit remonter quels indicateurs au CD ?', 'figures', [
        alts('nombre d’allocataires', 'nombre de bénéficiaires', 'nombre d’', 'taux de', 'indicateur'),
      ]),
      turn('et pour les JPO précisément ?', 'figures', [
        alts('nombre d’allocataires', 'nombre de bénéficiaires', 'nombre d’', 'participant'),
      ]),
    ],
  ),
  c(
    'b122-fu-switch-places-bilan',
    ['follow-up', 'switch'],
    [
      turn(
        'places électricien ?',
        'agenda',
        [['électricien', 'électricité'], seats(2)],
        OTHER_TRAININGS('électricien'),
      ),
      turn(
        'au fait le bilan de fin de prépa je l’envoie à qui ?',
        'prescribe',
        [BILAN_IND, REFERENT],
        TRAININGS,
      ),
    ],
  ),
  c(
    'b122-fu-pec-atelier3-places',
    ['follow-up', 'sessions', 'abbrev'],
    [
      turn('prochaines entrées PEC ?', 'agenda', [on('2027-01-20')]),
      turn(
        'et l’atelier 3 il reste de la place ?',
        'agenda',
        [on('2027-02-10'), seats(6)],
        notOn('2027-01-20'),
      ),
    ],
  ),
  c(
    'b122-fu-ft-puis-pec',
    ['follow-up', 'abbrev'],
    [
      turn('dame pas au RSA, suivie par FT, envoyée pour la prépa par le CD, ça passe ?', 'eligibility', [
        OTHER_PRESCRIBER,
      ]),
      turn('et si elle était au RSA suivie par le CD ?', 'eligibility', [ELIGIBLE]),
    ],
  ),
];

export const HUNDRED_TWENTY_SECOND_BLIND_SET: ConversationCase[] = [
  ...received,
  ...publishing,
  ...agenda,
  ...steering,
  ...programmes,
  ...eligibility,
  ...contacts,
  ...other,
  ...outOfScope,
  ...twoInOne,
  ...followUps,
];
