/**
 * Ninetieth blind set. Who speaks: new AFPA staff of the Montauban centre (formateurs,
 * chargées d'accueil) and référents of the Département's youth and insertion services
 * (CD82), as they would forward a question in Teams: abbreviations (prépa comp, PEC, 1618,
 * BRSA, FT, ML, ASE, info coll, JPO), no accents, typos, SMS style, long messages with the
 * question buried inside, follow-ups on the list just shown, corrections, numbers and dates
 * written in words.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its action plan and the protocol of the three programmes), the product guide and
 * the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without
 * looking at the bot's code or at any other set.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** A wording with a typographic apostrophe, and the same with a straight one. */
const both = (...wordings: string[]): string[] => wordings.flatMap((w) => [w, w.replace(/’/g, "'")]);

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DUR = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2 jours à 8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '8 jours maxi',
  '8 jours max',
  'huit jours max',
];
const V1_DUR = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  'cinq à six jours',
  'cinq ou six jours',
];
const V2_DUR = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', 'quatre et huit jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DUR = ['5 jours', 'cinq jours', '5 j '];
const PROMO_DUR = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MON_THU = [
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  ...both('lundi jusqu’au jeudi'),
  '4 jours par semaine',
  'quatre jours par semaine',
];
const PROMO_AGE = ['16 à 18', '16-18', '16 et 18', 'seize à dix-huit', '16 ou 17', '16-17', 'mineur'];
const MONTAUBAN = ['montauban'];
const DELOC = [
  'délocalis',
  'ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'sur le territoire',
  'dans le département',
  'castelsarrasin',
  'moissac',
];
const FREE = [
  'sans contrepartie financière',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'rien à payer',
  'ne coûte rien',
  'pas payant',
  ...both(
    'financé par l’état',
    'financés par l’état',
    'pris en charge par l’état',
    'à la charge de l’état',
    'financement de l’état',
  ),
];
const STATE = [
  'état',
  ' pic',
  'p.i.c',
  ...both('plan d’investissement', 'programme d’investissement'),
  'investissement dans les compétences',
];
const REMOTE_OR_SITE = ['à distance', 'distanciel', 'présentiel', 'sur place'];
const PANDA = ['panda'];
const BILAN = ['bilan individuel', 'bilan'];
const REFERENT = ['référent', 'referent', 'conseiller'];
const ASE = [' ase', 'ase)', 'a.s.e', 'aide sociale à l’enfance', "aide sociale à l'enfance", 'aide sociale'];

/** A yearly target of the action plan, written as a number or in words. */
function target(n: number, word: string): string[] {
  return [
    `${n} allocataires`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} brsa`,
    `${n} rsa`,
    `${n} entrées`,
    `${n} orient`,
    `${n} (`,
    `${n} pour`,
    `: ${n}`,
    `de ${n}`,
    `= ${n}`,
    `${word} allocataires`,
    `${word} bénéficiaires`,
    `${word} personnes`,
    `${word} jeunes`,
  ];
}

/** « The agreement does not say », in the many ways a French answer may put it. */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'hors',
  'pas prévu',
  'pas prévue',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  ...both(
    'pas d’information',
    'pas d’info',
    'n’aborde pas',
    'pas dans l’accord',
    'n’en parle pas',
    'n’est pas prévu',
  ),
  'ne traite pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne contient pas',
  'ne fixe pas',
  'ne donne pas',
  'ne figure pas',
  'ne porte pas',
  'ne relève pas',
  'rien sur',
  'rien à ce sujet',
  'ne sais pas',
  'ne peux pas',
  'aucune mention',
  'pas mentionné',
  'ne règle pas',
];

/** Figures that nobody has published yet. */
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'aucun chiffre',
  'pas de chiffre',
  'pas de données',
  'pas encore de',
  'ne dispose pas',
  'pas encore été',
  'pas encore remont',
  'pas encore connu',
  'pas encore publié',
  'aucun résultat',
  'pas de résultat',
  'aucune entrée',
  'aucune prescription',
  ...both('n’est pas encore', 'n’ai pas', 'n’ai aucun', 'pas d’indicateur'),
  'ne sais pas',
  'ne peux pas',
  ...NOT_COVERED,
];

/** A positive verdict. */
const YES = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut y',
  'peut être orienté',
  'peut être prescrit',
  'peut accéder',
  'a accès',
  'oui',
  'correspond',
  'entre dans',
  'rentre dans',
  'remplit',
  'possible',
  'tout à fait',
];
/** What a positive answer must not say. */
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible', ...both('n’est pas possible')];

/** A negative verdict. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pourrait pas',
  'pas possible',
  'impossible',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  'pas concerné',
  'réservé',
  'trop jeune',
  'trop âgé',
  'ne rentre pas',
  ...both('n’entre pas', 'n’y a pas accès', 'n’est pas ouvert'),
  'pas accès',
  'hors critères',
  'hors du public',
  'pas dans les critères',
  'ne fait pas partie',
  'pas encore',
  'exclu',
  'non,',
  'non :',
  'non.',
  'pas le cas',
  'ne permet pas',
];
/** What a negative answer must not say. */
const NOT_NO = [
  'oui, elle',
  'oui, il',
  'oui elle',
  'oui il',
  'est bien éligible',
  'peut tout à fait',
  ...both('oui, c’est possible'),
];

/** The answer to « I want to prescribe »: the form, or the steps. */
const PRESCRIBE = [
  'formulaire',
  'panda',
  'adhésion',
  'étape',
  'inscrire',
  'inscription',
  'fiche',
  'prescrire',
];

// ── Agenda, as published in the fixture ────────────────────────────────────

const T930 = ['9h30', '9 h 30', '09h30', '9:30', '09:30'];
const T14 = ['14h', '14 h', '14:00'];
const T10 = ['10h', '10 h', '10:00'];
const T9 = ['9h', '9 h', '09h', '9:00', '09:00'];
const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', 'plus aucune', ...seats(0)];
const DISTANCE = ['à distance', 'distanciel', 'classe virtuelle'];
const MIXED = [
  'mixte',
  'hybride',
  'présentiel et à distance',
  'distance et présentiel',
  'en partie à distance',
];
const ON_SITE = ['présentiel', 'sur place'];
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
/** An answer about one training lists no other. */
const otherTrainings = (...asked: string[]): string[] =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));
const PAST_JPO = notOn('2027-01-07');

// ── Contacts (article 3, protocol section 6) ──────────────────────────────

const VELLA = ['vella', 'directeur du centre', 'coordonnateur', 'coordinateur'];
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours', 'responsable accompagnement'];

// ── The set ────────────────────────────────────────────────────────────────

export const NINETIETH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──────────────────────────────────────────────────────────
  c(
    'b90-dispo-prepa-what',
    ['referent'],
    [
      turn(
        'c quoi prepa comp exactement ? on m en parle en reunion d equipe',
        'dispositif',
        [PREPA_DUR, ['projet', 'formation']],
        ['13 semaines', 'treize semaines'],
      ),
    ],
  ),
  c(
    'b90-dispo-prepa-v1',
    ['referent', 'typo'],
    [turn('le volet 1 de la prepa comp ca dur combien de jour ?', 'dispositif', [V1_DUR], ['13 semaines'])],
  ),
  c(
    'b90-dispo-prepa-v2-words',
    ['referent', 'words', 'two-questions'],
    [
      turn(
        'et le volet deux, sécuriser l entrée en formation, c est combien de jours sur combien de semaines ?',
        'dispositif',
        [V2_DUR, TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b90-dispo-pec-what',
    ['referent'],
    [
      turn(
        'comp PEC c quoi concretement pour un salarie en PEC ?',
        'dispositif',
        [PEC_DUR, ['vae', 'rsfp', 'cléa', 'certification']],
        ['13 semaines', 'treize semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b90-dispo-promo-days-and-place',
    ['referent', 'youth', 'two-questions'],
    [
      turn('la promo c tous les jours de la semaine ? et c en presentiel ou a distance ?', 'dispositif', [
        MON_THU,
        ON_SITE,
      ]),
    ],
  ),
  c(
    'b90-dispo-where',
    ['referent', 'two-questions'],
    [
      turn('prepa comp c que sur montauban ou ca peut se faire ailleurs dans le 82 ?', 'dispositif', [
        MONTAUBAN,
        DELOC,
      ]),
    ],
  ),
  c(
    'b90-dispo-cost',
    ['referent', 'two-questions'],
    [
      turn(
        'question de ma cheffe : est ce que le CD paye qqch quand on prescrit prepa comp ? et c qui qui finance ?',
        'dispositif',
        [FREE, STATE],
      ),
    ],
  ),
  c(
    'b90-dispo-bilan',
    ['referent'],
    [
      turn('a la fin de la prepa est ce que l afpa nous envoie un retour sur la personne ?', 'dispositif', [
        BILAN,
        REFERENT,
      ]),
    ],
  ),
  c(
    'b90-dispo-panda',
    ['staff'],
    [
      turn('bonjour, je suis nouvelle a l accueil, c quoi PANDA ? je vois ce mot partout', 'dispositif', [
        PANDA,
        ['traçabilité', 'tracer', 'trace', 'suivi des parcours', 'plateforme'],
      ]),
    ],
  ),
  c(
    'b90-dispo-pec-phases',
    ['staff', 'two-questions'],
    [
      turn('je suis formateur, comp PEC c est combien de phases et ça finit par quoi ?', 'dispositif', [
        ['5 phases', 'cinq phases'],
        ['vae', 'rsfp', 'cléa'],
      ]),
    ],
  ),
  c(
    'b90-dispo-pec-vae-duration',
    ['referent'],
    [
      turn(
        'dans comp PEC la partie VAE ca prend combien de jours pour la personne',
        'dispositif',
        [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 étapes', 'trois étapes']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b90-dispo-promo-after',
    ['referent', 'youth'],
    [
      turn('et apres la promo 1618 le jeune est lache dans la nature ou y a un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales', 'accompagnement prolongé'],
      ]),
    ],
  ),
  c(
    'b90-dispo-promo-who-orients',
    ['referent', 'youth'],
    [
      turn('la promo 16 18 c qui qui oriente les jeunes normalement ?', 'dispositif', [
        ['mission locale', 'missions locales'],
        [' cio', 'c.i.o', 'cio ', ...ASE],
      ]),
    ],
  ),
  c(
    'b90-dispo-campaign',
    ['referent', 'two-questions'],
    [
      turn(
        'jusqu a quand on pouvait faire entrer des BRSA dans l experimentation et les parcours devaient finir quand ?',
        'dispositif',
        [
          ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 decembre 2022'],
          ['30 avril 2023', '30/04/2023', '30 avr. 2023'],
        ],
      ),
    ],
  ),
  c(
    'b90-dispo-referent-role',
    ['staff'],
    [
      turn(
        'je suis formatrice depuis lundi, le referent de parcours du CD il fait quoi exactement dans prepa comp ?',
        'dispositif',
        [['adhésion', 'informe', 'inscrit', 'panda', 'conditions matérielles']],
      ),
    ],
  ),
  c(
    'b90-dispo-compare',
    ['referent', 'two-questions'],
    [
      turn(
        'diff entre prepa comp et comp pec niveau duree ? je melange tout',
        'dispositif',
        [PREPA_DUR, PEC_DUR],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b90-dispo-reports',
    ['staff', 'two-questions'],
    [
      turn('les chiffres des dispositifs ils remontent a qui et tous les combien ?', 'dispositif', [
        ['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'],
        ['mensuel', 'chaque mois', 'tous les mois', 'trimestriel', 'annuel'],
      ]),
    ],
  ),
  c(
    'b90-dispo-multi-prepa',
    ['referent', 'follow-up'],
    [
      turn(
        'prepa comp c pour qui ?',
        'dispositif',
        [
          [
            'rsa',
            'éloignées de l’emploi',
            "éloignées de l'emploi",
            'demandeurs d’emploi',
            "demandeurs d'emploi",
          ],
        ],
        ['13 semaines'],
      ),
      turn('et faut qu ils soient inscrits a FT ?', 'dispositif', [
        [
          'inscrits ou non',
          'non inscrits',
          'non-inscrits',
          'pas inscrits',
          'pas obligé',
          'pas besoin',
          'pas nécessaire',
          'ou non',
          'même sans',
          'sans être inscrit',
          ...both('même s’ils ne sont pas', 'qu’ils soient inscrits'),
        ],
      ]),
    ],
  ),
  c(
    'b90-dispo-multi-promo-phases',
    ['referent', 'youth', 'follow-up'],
    [
      turn('la promo 1618 c combien de phases ?', 'dispositif', [
        ['4 phases', 'quatre phases', '4 temps', 'quatre temps'],
      ]),
      turn('et la premiere elle dure combien ?', 'dispositif', [['1 semaine', 'une semaine']]),
      turn('et si le jeune a besoin de plus de temps entre les phases ?', 'dispositif', [FOUR_MONTHS]),
    ],
  ),
  c(
    'b90-dispo-multi-prepa-remote',
    ['referent', 'follow-up'],
    [
      turn('la prepa comp peut se faire a distance ?', 'dispositif', [REMOTE_OR_SITE]),
      turn('et comp pec pareil ?', 'dispositif', [REMOTE_OR_SITE], ['lundi au jeudi']),
    ],
  ),
  c(
    'b90-dispo-pec-portfolio',
    ['staff', 'two-questions'],
    [
      turn(
        'dans comp PEC chaque personne repart avec un document ? et l employeur doit donner son accord ?',
        'dispositif',
        [
          ['portefeuille de compétences', 'portefeuille'],
          ['employeur', 'accord'],
        ],
      ),
    ],
  ),

  c(
    'b90-dispo-open-badges',
    ['staff', 'two-questions'],
    [
      turn('open badges c quoi et c utilise dans la promo 1618 ?', 'dispositif', [
        ['reconnaissance', 'reconnaître', 'valoris', 'compétences'],
        ['promo', 'oui'],
      ]),
    ],
  ),
  c(
    'b90-dispo-clea',
    ['staff', 'two-questions'],
    [
      turn('clea et clea numerique c quoi la diff ?', 'dispositif', [
        ['compétences de base', 'socle', 'compétences fondamentales'],
        ['numérique'],
      ]),
    ],
  ),
  c(
    'b90-dispo-hello-then-promo',
    ['referent', 'follow-up'],
    [
      turn('bonjour !', 'other', [['bonjour', 'salut', 'hello']]),
      turn('c quoi la promo 1618 en 2 mots ?', 'dispositif', [PROMO_DUR, PROMO_AGE], ['2 à 8 jours']),
    ],
  ),

  // ── agenda ──────────────────────────────────────────────────────────────
  c(
    'b90-ag-info-coll-castel',
    ['referent', 'follow-up'],
    [
      turn(
        'prochaines info coll prépa svp',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...PAST_JPO, ...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
      turn('celle de castel c a quelle heure ?', 'agenda', [T14], notOn('2027-01-14')),
      turn('il reste de la place ?', 'agenda', [[...seats(12), 'douze places']]),
    ],
  ),
  c(
    'b90-ag-jpo-moissac',
    ['referent', 'follow-up'],
    [
      turn('y a des JPO de prevues ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], PAST_JPO),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b90-ag-places-soudeur',
    ['referent'],
    [
      turn(
        'il reste des places en formation soudeur ?',
        'agenda',
        [[...seats(4), 'quatre places'], on('2027-02-01')],
        otherTrainings('soudeur'),
      ),
    ],
  ),
  c('b90-ag-plaquiste-full', ['referent'], [turn('plaquiste y a encore de la place ?', 'agenda', [FULL])]),
  c(
    'b90-ag-v2-full-next',
    ['referent', 'follow-up'],
    [
      turn('la prepa volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
      turn('et la suivante ?', 'agenda', [
        on('2027-02-15'),
        ['castelsarrasin'],
        [...seats(5), 'cinq places'],
      ]),
    ],
  ),
  c(
    'b90-ag-prepa-moissac',
    ['referent', 'follow-up'],
    [
      turn('prochaines entrees prepa comp ?', 'agenda', [on('2027-01-18'), on('2027-02-08')], PAST_JPO),
      turn(
        'et a moissac ?',
        'agenda',
        [on('2027-03-08'), MIXED],
        [...notOn('2027-02-08'), ...notOn('2027-01-18')],
      ),
      turn('il reste de la place ?', 'agenda', [[...seats(6), 'six places']]),
    ],
  ),
  c(
    'b90-ag-prepa-remote',
    ['referent'],
    [
      turn(
        'y a une session prepa a distance ? mon monsieur a pas de voiture',
        'agenda',
        [on('2027-02-08'), [...seats(8), 'huit places']],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b90-ag-pec-atelier2',
    ['referent', 'follow-up'],
    [
      turn(
        'comp PEC atelier 2 prochaines entrees ?',
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        notOn('2027-02-10'),
      ),
      turn('la 2eme c en distanciel ?', 'agenda', [DISTANCE]),
    ],
  ),
  c(
    'b90-ag-promo-entry-parents',
    ['referent', 'youth', 'follow-up'],
    [
      turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01'), MONTAUBAN]),
      turn('et l info coll pour les parents c quand ?', 'agenda', [on('2027-03-17'), T14]),
    ],
  ),
  c(
    'b90-ag-logistique-cariste',
    ['referent', 'follow-up'],
    [
      turn('reunion metier logistique c quand ?', 'agenda', [on('2027-01-26'), T9, MONTAUBAN]),
      turn(
        'et des places en formation cariste ?',
        'agenda',
        [[...seats(6), 'six places'], on('2027-01-27')],
        [...otherTrainings('cariste', 'préparateur')],
      ),
    ],
  ),
  c(
    'b90-ag-batiment-caussade',
    ['referent', 'follow-up'],
    [
      turn('reunion batiment a caussade c quel jour ?', 'agenda', [on('2027-02-23'), T14]),
      turn('il reste de la place ?', 'agenda', [[...seats(12), 'douze places']]),
    ],
  ),
  c(
    'b90-ag-batiment-trainings',
    ['referent', 'follow-up'],
    [
      turn(
        'des formations dans le batiment avec des places ?',
        'agenda',
        [['maçon'], ['électricien']],
        ['soudeur', 'cariste', 'agent de restauration'],
      ),
      turn(
        'celle de macon il reste combien ?',
        'agenda',
        [[...seats(3), 'trois places']],
        otherTrainings('maçon'),
      ),
    ],
  ),
  c(
    'b90-ag-two-towns',
    ['referent', 'two-questions'],
    [
      turn(
        'info coll prepa a castel et a valence, c quand chacune ?',
        'agenda',
        [on('2027-01-21'), on('2027-03-04')],
        [...notOn('2027-02-09'), ...PAST_JPO],
      ),
    ],
  ),
  c(
    'b90-ag-pec-remote-seats',
    ['referent', 'two-questions'],
    [
      turn(
        'comp PEC y a une session a distance ? et il reste combien de places ?',
        'agenda',
        [on('2027-03-03'), [...seats(3), 'trois places']],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b90-ag-this-week-next',
    ['referent', 'follow-up'],
    [
      turn(
        'qu est ce qu il y a cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...PAST_JPO],
      ),
      turn(
        'et la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b90-ag-february-march',
    ['referent', 'follow-up'],
    [
      turn(
        'y a quoi en fevrier niveau evenements ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-09'), on('2027-02-17'), on('2027-02-23')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
      turn(
        'et le mois d apres ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        [...notOn('2027-02-03'), ...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b90-ag-moissac-all',
    ['referent'],
    [
      turn(
        'y a quoi a moissac prochainement ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-01-21'), ...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b90-ag-visite-elec',
    ['staff', 'two-questions'],
    [turn('visite plateau electricite c quand et a quelle heure ?', 'agenda', [on('2027-03-10'), T10])],
  ),
  c(
    'b90-ag-restauration',
    ['referent', 'two-questions'],
    [
      turn(
        'formation agent de restauration c ou et ca commence quand ?',
        'agenda',
        [['caussade'], on('2027-03-15')],
        otherTrainings('restauration'),
      ),
    ],
  ),
  c(
    'b90-ag-preparateur-town',
    ['referent'],
    [turn('preparateur de commandes c a montauban ?', 'agenda', [['castelsarrasin'], on('2027-03-01')])],
  ),
  c(
    'b90-ag-words-14',
    ['referent', 'words'],
    [
      turn('il se passe quoi le quatorze janvier ?', 'agenda', [
        ['information collective', 'info coll'],
        T930,
      ]),
    ],
  ),
  c(
    'b90-ag-words-23',
    ['referent', 'words'],
    [turn('le vingt-trois fevrier y a quoi ?', 'agenda', [['bâtiment', 'batiment'], ['caussade']])],
  ),
  c(
    'b90-ag-jpo-and-visit',
    ['referent', 'two-questions'],
    [
      turn(
        'prochaine JPO a montauban et prochaine visite de plateau ?',
        'agenda',
        [on('2027-02-03'), on('2027-01-19')],
        PAST_JPO,
      ),
    ],
  ),
  c(
    'b90-ag-info-coll-pec',
    ['referent'],
    [turn('une info coll comp PEC c pour quand ?', 'agenda', [on('2027-02-09'), ['moissac'], T930])],
  ),
  c(
    'b90-ag-rambling-logistique',
    ['referent', 'rambling'],
    [
      turn(
        'Bonjour, je vous transfere la question de ma collegue de Castel, elle a une dame au RSA qui voudrait bosser dans la logistique mais elle hesite encore entre plusieurs choses, est ce qu il y a une reunion metier bientot pour qu elle se fasse une idee ? merci d avance',
        'agenda',
        [on('2027-01-26'), ['logistique']],
      ),
    ],
  ),
  c(
    'b90-ag-castel-on-14',
    ['referent', 'correction'],
    [turn('l info coll prepa a castelsarrasin c bien le 14 ?', 'agenda', [on('2027-01-21')])],
  ),
  c(
    'b90-ag-session-18-modality',
    ['referent', 'words'],
    [turn('la session prepa du dix-huit janvier c en presentiel ?', 'agenda', [ON_SITE, MONTAUBAN])],
  ),
  c(
    'b90-ag-castel-v2-correction',
    ['referent', 'correction', 'follow-up'],
    [
      turn('prepa volet 2 a castel ca finit quand ?', 'agenda', [on('2027-02-26')]),
      turn('ah non pardon c a moissac que je voulais dire', 'agenda', [
        [
          'volet 1',
          'pas de session',
          'aucune session',
          'pas de volet 2',
          'aucun volet 2',
          ...both('pas d’entrée'),
          'aucune entrée',
          ...on('2027-03-08'),
        ],
      ]),
    ],
  ),
  c(
    'b90-ag-staff-january',
    ['staff', 'follow-up'],
    [
      turn(
        'je suis formatrice, y a quoi au centre de montauban ce mois ci ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-19'), on('2027-01-26')],
        [...notOn('2027-01-21'), ...PAST_JPO],
      ),
      turn('la 1ere c pour qui ?', 'agenda', [['prépa', 'orienté', 'référent', 'referent']]),
    ],
  ),
  c(
    'b90-ag-info-places',
    ['referent'],
    [
      turn('c quoi les places dispo en ce moment (info places) ?', 'agenda', [
        ['soudeur'],
        ['cariste'],
        ['propreté'],
      ]),
    ],
  ),

  // ── eligibility ─────────────────────────────────────────────────────────
  c(
    'b90-elig-ml-17',
    ['youth'],
    [
      turn(
        'jeune de 17 ans suivi ML, a arrete le lycee en octobre, fait rien depuis ni taf ni formation : promo 1618 possible ?',
        'eligibility',
        [YES, ['promo']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b90-elig-ase-15-words',
    ['youth', 'words'],
    [
      turn(
        'une jeune de quinze ans ASE decrocheuse, on peut la mettre en promo 1618 ?',
        'eligibility',
        [NO, ['16 ans', 'seize ans', ...PROMO_AGE]],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b90-elig-19-then-17',
    ['youth', 'correction'],
    [
      turn(
        'ado de 19 ans suivie ASE en contrat jeune majeur, promo 1618 ?',
        'eligibility',
        [NO, [...PROMO_AGE, '18 ans', 'majeur']],
        NOT_NO,
      ),
      turn(
        'non pardon elle a 17 ans, descolarisee depuis la rentree, elle fait rien',
        'eligibility',
        [YES, ['promo']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b90-elig-cap-student',
    ['youth'],
    [
      turn(
        'jeune 16 ans en 1ere annee de CAP, il galere un peu, on peut le mettre en promo ?',
        'eligibility',
        [NO, ['formation', 'scolar', 'quitté', 'décroch', 'cursus']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b90-elig-brsa-prepa',
    ['referent'],
    [
      turn(
        'mr X, BRSA, 45 ans, pas inscrit a FT, veut retravailler son projet pro : prepa comp ok ?',
        'eligibility',
        [YES, ['prépa', 'prepa']],
        [...NOT_YES, 'doit être inscrit', 'doit etre inscrit'],
      ),
    ],
  ),
  c(
    'b90-elig-pec-rsa',
    ['referent'],
    [
      turn(
        'mme Y au RSA, en PEC a la mairie depuis 2 mois, elle voudrait faire reconnaitre ce qu elle sait faire. vous avez quoi ?',
        'eligibility',
        [
          ['compétences pec', 'competences pec', 'compétences p.e.c'],
          ['vae', 'rsfp', 'cléa', 'certification', 'employeur'],
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b90-elig-apprentice',
    ['youth'],
    [
      turn(
        'jeune 17 ans en contrat d apprentissage en boulangerie, sa mere voudrait qu il fasse la promo en plus',
        'eligibility',
        [NO, ['travaill', 'emploi', 'apprentissage', 'contrat']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b90-elig-ase-16-words',
    ['youth', 'words'],
    [
      turn(
        'jeune seize ans confie a l ASE, sorti du college l an dernier, rien depuis, promo ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b90-elig-ase-15-soon',
    ['youth', 'follow-up'],
    [
      turn('jeune ASE de 15 ans descolarise, promo 1618 ?', 'eligibility', [NO], NOT_NO),
      turn('il a 16 ans dans 2 semaines', 'eligibility', [['16 ans', 'seize ans', 'ses 16', ...PROMO_AGE]]),
    ],
  ),
  c(
    'b90-elig-prepa-v2',
    ['referent'],
    [
      turn(
        'BRSA qui veut entrer en formation cariste en mars mais qui a peur de pas tenir, prepa comp volet 2 ca colle ?',
        'eligibility',
        [YES, ['volet 2', 'sécuris', ...V2_DUR]],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b90-elig-pec-employer-refuses',
    ['referent'],
    [
      turn(
        'une dame en PEC veut faire comp PEC mais son employeur veut pas qu elle s absente, on peut passer outre ?',
        'eligibility',
        [['accord', 'employeur']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b90-elig-lycee-terminale',
    ['youth'],
    [
      turn(
        'jeune ase 17 ans en terminale au lycee, ca se passe mal, promo 1618 ?',
        'eligibility',
        [NO, ['scolar', 'lycée', 'quitté', 'décroch', 'formation', 'cursus']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b90-elig-mother-son',
    ['referent', 'two-questions'],
    [
      turn(
        'j ai une BRSA de 30 ans et son fils de 17 ans qui a quitte le lycee et fait rien, y a un truc pour chacun ?',
        'eligibility',
        [['prépa', 'prepa'], ['promo']],
      ),
    ],
  ),
  c(
    'b90-elig-17-then-15',
    ['youth', 'words', 'correction'],
    [
      turn(
        'jeune dix-sept ans suivi ML, a quitte le lycee cet ete, rien depuis : promo ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
      turn(
        'ah non pardon je me suis trompee de dossier, il a quinze ans',
        'eligibility',
        [NO, ['16 ans', 'seize ans', ...PROMO_AGE]],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b90-elig-siae-qualif',
    ['referent'],
    [
      turn(
        'salarie en SIAE, au RSA, il a un projet de qualif, il peut acceder aux formations de droit commun de l afpa ?',
        'eligibility',
        [YES, ['région', 'region', 'financeurs publics', 'financeur']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b90-elig-parents-refuse',
    ['youth', 'follow-up'],
    [
      turn(
        'jeune 16 ans suivi ML, plus au college depuis juin, ne fait rien. promo ok ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
      turn('par contre ses parents veulent rien signer', 'eligibility', [['autorisation', 'parent']]),
    ],
  ),

  // ── out_of_scope ────────────────────────────────────────────────────────
  c(
    'b90-oos-remuneration-prepa',
    ['referent'],
    [
      turn(
        'un BRSA en prepa comp il est remunere pendant les jours de prepa ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b90-oos-transport',
    ['referent'],
    [
      turn(
        'les frais de transport pour venir a montauban c pris en charge ? elle habite a beaumont',
        'out_of_scope',
        [[...NOT_COVERED, 'conditions matérielles']],
        ['€', 'euros', 'remboursé par l’afpa', "remboursé par l'afpa"],
      ),
    ],
  ),
  c(
    'b90-oos-childcare',
    ['referent'],
    [
      turn(
        'elle a 3 enfants en bas age, l afpa a une solution de garde pendant la prepa ?',
        'out_of_scope',
        [[...NOT_COVERED, 'conditions matérielles']],
        ['crèche de l’afpa', "crèche de l'afpa"],
      ),
    ],
  ),
  c(
    'b90-oos-promo-pay',
    ['referent', 'youth'],
    [
      turn(
        'le jeune en promo 1618 il touche combien par mois ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b90-oos-housing',
    ['referent'],
    [
      turn('y a un hebergement possible au centre pour quelqu un qui vient de loin ?', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b90-oos-rsa-amount',
    ['referent'],
    [
      turn(
        'c combien le montant du RSA pour une personne seule en 2027 ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b90-oos-permis',
    ['referent', 'youth'],
    [
      turn(
        'dans la promo 1618 le permis B est finance ?',
        'out_of_scope',
        [[...NOT_COVERED, 'code de la route', 'code']],
        ['permis est financé', 'permis financé', 'finance le permis'],
      ),
    ],
  ),
  c(
    'b90-oos-mutuelle',
    ['referent'],
    [turn('pendant le PEC la mutuelle c qui qui paye ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b90-oos-duration-and-pay',
    ['referent', 'two-questions'],
    [
      turn(
        'prepa comp ca dure combien et il est paye pendant ?',
        'dispositif',
        [PREPA_DUR, NOT_COVERED],
        ['13 semaines', '€', 'euros'],
      ),
    ],
  ),
  c(
    'b90-oos-followup-transport',
    ['referent', 'follow-up'],
    [
      turn('prochaine info coll prepa a castelsarrasin ?', 'agenda', [on('2027-01-21')], PAST_JPO),
      turn('et elle a pas de voiture, y a une navette ?', 'out_of_scope', [NOT_COVERED]),
    ],
  ),

  c(
    'b90-oos-holidays',
    ['staff'],
    [
      turn('le centre ferme pendant les vacances de noel ? une referente demande', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),

  // ── contact ─────────────────────────────────────────────────────────────
  c(
    'b90-contact-coordo',
    ['referent'],
    [turn('qui est le coordonnateur departemental des dispositifs cote afpa ?', 'contact', [VELLA])],
  ),
  c(
    'b90-contact-deploiement',
    ['staff'],
    [
      turn('qui s occupe du deploiement de prepa comp, comp PEC et la promo au centre ?', 'contact', [
        BATTEDOU,
      ]),
    ],
  ),
  c(
    'b90-contact-cd-referent',
    ['referent'],
    [
      turn('cote CD c qui l interlocuteur de l afpa pour l experimentation ?', 'contact', [
        ['référent', 'referent', 'désign', 'interlocut'],
      ]),
    ],
  ),
  c(
    'b90-contact-phone',
    ['referent'],
    [
      turn(
        'c quoi le num de tel de mme battedou ?',
        'contact',
        [
          [
            ...NOT_COVERED,
            'pas de numéro',
            'aucun numéro',
            'pas de coordonnées',
            'aucune coordonnée',
            'ne dispose pas',
            'ne connais pas',
            ...both('n’ai pas'),
          ],
        ],
        ['05 63', '0563', '@afpa.fr'],
      ),
    ],
  ),
  c(
    'b90-contact-signatory',
    ['staff'],
    [
      turn('l accord il est signe par qui cote departement ?', 'contact', [
        ['weill', 'président du conseil départemental', 'president du conseil departemental', 'président'],
      ]),
    ],
  ),
  c(
    'b90-contact-accueil',
    ['staff'],
    [
      turn(
        'je suis a l accueil, une referente du CD veut parler a la responsable des parcours, c qui ?',
        'contact',
        [BATTEDOU],
      ),
    ],
  ),
  c(
    'b90-contact-director',
    ['staff', 'follow-up'],
    [
      turn('c qui le directeur du centre de montauban ?', 'contact', [['vella']]),
      turn('et il fait quoi dans l experimentation ?', 'contact', [
        [
          'coordonnateur',
          'coordinateur',
          'coordonne',
          'suivi de l’accord',
          "suivi de l'accord",
          'interlocuteur',
        ],
      ]),
    ],
  ),
  c(
    'b90-contact-promo-question',
    ['referent', 'youth'],
    [
      turn(
        'j ai une question precise sur la promo 1618 pour un jeune ASE, je contacte qui a l afpa ?',
        'contact',
        [[...BATTEDOU, ...VELLA]],
      ),
    ],
  ),

  // ── figures ─────────────────────────────────────────────────────────────
  c(
    'b90-fig-prepa-2022',
    ['referent'],
    [turn('c quoi l objectif 2022 pour prepa comp ?', 'figures', [target(30, 'trente')])],
  ),
  c(
    'b90-fig-pec-promo',
    ['referent', 'follow-up'],
    [
      turn('combien de BRSA c etait prevu en comp PEC ?', 'figures', [target(50, 'cinquante')]),
      turn('et pour la promo ?', 'figures', [target(10, 'dix'), ASE]),
    ],
  ),
  c(
    'b90-fig-promo-progress',
    ['referent', 'follow-up'],
    [
      turn('objectif promo 1618 pour les jeunes ASE ?', 'figures', [target(10, 'dix')]),
      turn('et on en est a combien ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b90-fig-current',
    ['referent'],
    [
      turn('on en est ou cette annee, combien de BRSA sont rentres en prepa comp ?', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b90-fig-words-thirty',
    ['staff', 'words'],
    [turn('trente c l objectif de quel dispositif deja ?', 'figures', [['prépa', 'prepa']])],
  ),
  c(
    'b90-fig-employment-rate',
    ['referent'],
    [turn('le taux de sortie emploi des BRSA passes par l afpa en 2026 ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b90-fig-indicators',
    ['staff'],
    [
      turn('sur les reunions metiers on suit quels indicateurs ?', 'figures', [
        ['présents', 'nombre'],
        ['entrés en formation', 'taux de réussite', 'sortie emploi', 'taux de sortie'],
      ]),
    ],
  ),
  c(
    'b90-fig-all-three',
    ['referent', 'two-questions'],
    [
      turn('les objectifs 2022 des trois dispositifs ? et ca a ete atteint ?', 'figures', [
        target(30, 'trente'),
        target(50, 'cinquante'),
        target(10, 'dix'),
        NOT_AVAILABLE,
      ]),
    ],
  ),

  // ── prescribe ───────────────────────────────────────────────────────────
  c(
    'b90-presc-prepa',
    ['referent'],
    [turn('je voudrais prescrire prepa comp pour un BRSA', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b90-presc-promo-ase',
    ['referent', 'youth'],
    [turn('comment j inscris une jeune ASE en promo 1618 ?', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b90-presc-pec',
    ['referent'],
    [
      turn('presc comp PEC pour mme D, en PEC a la mairie de caussade, employeur ok', 'prescribe', [
        PRESCRIBE,
      ]),
    ],
  ),
  c(
    'b90-presc-from-agenda',
    ['referent', 'follow-up'],
    [
      turn('prochaine entree prepa volet 1 a montauban ?', 'agenda', [
        on('2027-01-18'),
        [...seats(6), 'six places'],
      ]),
      turn('ok je veux inscrire un monsieur dessus', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b90-presc-steps',
    ['referent'],
    [turn('c quoi les etapes pour prescrire ? premiere fois que je le fais', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b90-presc-direct',
    ['referent', 'two-questions'],
    [
      turn('je peux prescrire direct ou faut passer par FT ? et ca coute au CD ?', 'prescribe', [
        ['directement', 'direct', 'sans passer'],
        FREE,
      ]),
    ],
  ),
  c(
    'b90-presc-rambling',
    ['referent', 'rambling'],
    [
      turn(
        'bonjour, je reprends le portefeuille d une collegue en arret, j ai un monsieur au RSA de 52 ans qui veut se former en soudure mais ca fait 30 ans qu il a pas ouvert un cahier, je voudrais l orienter en prepa pour securiser son entree en formation, je fais comment concretement ?',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),

  // ── other ───────────────────────────────────────────────────────────────
  c('b90-other-hello', ['greeting'], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c(
    'b90-other-help',
    ['help'],
    [
      turn('tu sais faire quoi ?', 'other', [
        ['dispositif', 'prépa', 'programme'],
        ['agenda', 'événement', 'date', 'calendrier', 'prescri', 'éligib'],
      ]),
    ],
  ),
  c(
    'b90-other-thanks',
    ['greeting'],
    [
      turn('merci bcp !', 'other', [
        [
          'avec plaisir',
          'de rien',
          'je vous en prie',
          'bonne journée',
          'à votre service',
          ...both('n’hésitez'),
        ],
      ]),
    ],
  ),
  c(
    'b90-other-cancel',
    ['cancel', 'follow-up'],
    [
      turn('je veux prescrire', 'prescribe', [PRESCRIBE]),
      turn('laisse tomber annule', 'other', [
        ['annul', ...both('d’accord'), 'pas de souci', 'entendu', 'ok', 'abandonn'],
      ]),
    ],
  ),
  c(
    'b90-other-aide',
    ['help'],
    [
      turn('aide', 'other', [
        ['dispositif', 'prépa', 'programme'],
        ['agenda', 'événement', 'date', 'calendrier', 'prescri', 'éligib'],
      ]),
    ],
  ),
  c(
    'b90-other-bye',
    ['greeting'],
    [
      turn('ok super, bonne journee', 'other', [
        ['bonne journée', 'à bientôt', 'au revoir', 'avec plaisir', 'de rien', ...both('n’hésitez')],
      ]),
    ],
  ),
];
