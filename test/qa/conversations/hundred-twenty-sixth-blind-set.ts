/**
 * Hundred-twenty-sixth blind set.
 *
 * Who speaks: a référente insertion of the Département de Tarn-et-Garonne (CD82), on a
 * Monday morning (today in the replay: Monday 11 January 2027, 9:00 Europe/Paris), planning
 * the week of the people she follows. She thinks in relative time and calendar arithmetic,
 * never in dates: « demain », « après-demain », « cette semaine », « d'ici vendredi »,
 * « dans 15 jours », « la semaine du 25 », « fin janvier », « début février », « le mois
 * prochain », « ce mercredi », « jeudi en huit », « avant la fin du mois ». She mixes agenda
 * questions (what is on, where, with free places, in which town, remote or not) with
 * practical questions on the programmes (how long, who prescribes, what the person must
 * have, what happens after) and quick checks of a person described in a few words (« mon
 * BRSA de 45 ans », « une jeune de l'ASE 17 ans »). She chains two requests with a comma or
 * « + », writes without accents, abbreviates (JPO, info coll, prepa comp, PEC, 1618, FT, ML,
 * BRSA) and follows up in short turns (« et la semaine d'apres ? », « et a Castel ? », « il
 * reste de la place ? », « ca dure combien ? »).
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture, without looking at the bot. Where the
 * agreement is silent (school holidays, transport costs, childcare aid, what to bring), the
 * expected answer says so and invents nothing. Where nothing is published in the period
 * asked, the expected answer says there is none, and lists no event outside that period.
 *
 * Calendar of the fixture, seen from Monday 11 January 2027:
 * - this week (11–17 Jan): info coll Prépa Montauban Thu 14 (9:30, 15 places);
 * - next week (18–24 Jan): entry Prépa volet 1 Mon 18 (Montauban, présentiel, 6 places),
 *   visite soudure Tue 19 (14:00, 8 places), entry PEC atelier 2 Wed 20 (Montauban, mixte,
 *   4 places), info coll Prépa Castelsarrasin Thu 21 (14:00, 12 places) = « jeudi en huit »;
 * - week of 25 Jan: entry Prépa volet 2 Mon 25 (full), réunion métiers logistique Tue 26
 *   (= « dans 15 jours »), cariste training from Wed 27 (6 places);
 * - February: entry Promo 16/18 Mon 1 (10 places), soudeur from Mon 1 (4 places), JPO
 *   Montauban Wed 3, entry Prépa volet 1 à distance Mon 8 (8 places), info coll PEC Moissac
 *   Tue 9, entry PEC atelier 3 Wed 10, info coll Prépa Montauban Thu 11, entry Prépa volet 2
 *   Castelsarrasin Mon 15 (5 places), maçon from Mon 15, JPO Moissac Wed 17, agent de
 *   propreté Moissac from Mon 22, réunion métiers bâtiment Caussade Tue 23 (12 places);
 * - March: entry PEC atelier 2 à distance Wed 3, info coll Prépa Valence-d'Agen Thu 4,
 *   entry Prépa volet 1 Moissac Mon 8 (mixte), visite électricité Wed 10, info coll Promo
 *   16/18 Wed 17; no event at all in April.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id: `b126-${id}`, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with both apostrophes, « ’ » and « ' ». */
function both(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
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
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
  'cinq ou six jours',
];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours'];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MON_THU = both(
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  'lundi jusqu’au jeudi',
  'lundis au jeudis',
);
const ONSITE = ['présentiel', 'sur place', 'dans le centre', 'au centre'];
const REMOTE = ['à distance', 'distanciel', 'classe virtuelle'];
const MIXED = [
  'mixte',
  'hybride',
  'en partie à distance',
  'partiellement à distance',
  'présentiel et distanciel',
  'présentiel et à distance',
  'présentiel / distanciel',
  'présentiel/distanciel',
  'distanciel et présentiel',
];
const DELOCALISED = both(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'dans le département',
  'autres communes',
);
const FREE = both(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'rien au département',
  'ne coûte rien',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
);
const PRESCRIBED_BY_DEPARTEMENT = both(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'référente insertion',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
  'vous pouvez la prescrire',
  'vous pouvez le prescrire',
);
const ADHESION = ['adhésion', 'son accord', 'accord de la personne', 'recueill', 'consentement'];
const EMPLOYER_AGREES = both(
  'accord de l’employeur',
  'accord de son employeur',
  'accord du patron',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'informez l’employeur',
  'informer son employeur',
  'recueille son accord',
  'recueillir son accord',
  'employeur donne son accord',
  'employeur est d’accord',
  'employeur p.e.c',
  'employeur pec',
);
const PEC_START = ['signature', 'premiers mois'];
const CERTIFICATION = ['certification', 'vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa'];
const BILAN = ['bilan individuel', 'bilan du parcours', 'bilan de parcours', 'bilan de fin'];
const PANDA = ['panda'];
const REFERENT = ['référent', 'référente', 'conseiller', 'conseillère'];
const NOT_REGISTERED_TOO = both(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'pas inscrit',
  'qu’ils soient inscrits',
  'même sans inscription',
  'pas besoin d’être inscrit',
  'pas obligatoire',
  'pas nécessaire',
);
const ML = ['mission locale', 'missions locales'];
const ML_OR_CIO = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const AGE_1618 = ['16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', '16-18', 'mineur'];
const PAPERS = [
  'pièces administratives',
  'autorisation parentale',
  'autorisations parentales',
  'parental',
  'accord des parents',
];
const SIX_MONTHS = ['6 mois', 'six mois'];

// What the agreement does not say.
const SILENT = both(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'n’en dit rien',
  'ne dit pas',
  'hors de l’accord',
  'hors accord',
  'hors du cadre',
  'en dehors de l’accord',
  'n’est pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'pas précisé',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'pas prévu par l’accord',
  'pas dans l’accord',
  'pas d’information',
  'aucune information',
  'je n’ai pas d’information',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];

// The published agenda.
const NOTHING = both(
  'aucun',
  'aucune',
  'pas de ',
  'pas d’',
  'n’y a pas',
  'n’y en a pas',
  'rien',
  'ne trouve pas',
  'pas encore publié',
  'n’est prévu',
  'pas prévu',
);
const FULL = [
  ...seats(0),
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  '0 place',
  'plus aucune place',
];
const AT_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const AT_1400 = ['14h', '14 h', '14:00'];
const MONTAUBAN = ['montauban'];
const CASTEL = ['castel'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];

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
/** A places answer about some trades names no other training. */
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

// People.
const ELIGIBLE = both(
  'prescription possible',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'remplit les critères',
  'peut entrer',
  'peuvent entrer',
  'peut bénéficier',
  'peuvent bénéficier',
  'peut être prescrit',
  'peut y entrer',
  'peut intégrer',
  'pouvez prescrire',
  'pouvez la prescrire',
  'pouvez le prescrire',
  'pouvez l’orienter',
);
const NOT_ELIGIBLE = both(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'n’entre pas',
);
/** What an « eligible » answer must not say. */
const NO_REFUSAL = both('non éligible', 'pas éligible', 'n’est pas éligible', 'ne remplit pas');
const OTHER_PRESCRIBER = both(
  'france travail',
  'pôle emploi',
  'autre prescripteur',
  'son prescripteur',
  'son conseiller',
);
/**
 * The prescription form (or, for a référent not yet habilitated, the request for it): the
 * second group is only on the form itself, not on the menu's « Prescrire » button.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// Steering.
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
  'pas de données',
  'aucune donnée',
  'n’ai pas',
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
const DIRECTOR = both(
  'vella',
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
);
const RAP = ['battedou', 'responsable accompagnement et parcours', 'responsable accompagnement & parcours'];
const DEPT_REFERENT = both(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
);

// ── This week, next week, the weeks after: what is on ──────────────────────

const weeks: ConversationCase[] = [
  c(
    'demain-rien',
    ['relative-date', 'nothing-published'],
    [
      turn(
        'demain y a qqch de prevu cote afpa ?',
        'agenda',
        [NOTHING],
        [...notOn('2027-01-21'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'apres-demain-rien',
    ['relative-date', 'nothing-published', 'no-accent'],
    [
      turn(
        'apres-demain il se passe quoi a l afpa',
        'agenda',
        [NOTHING],
        [...notOn('2027-01-20'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'dici-vendredi-infocoll',
    ['relative-date', 'type', 'abbrev'],
    [
      turn(
        'info coll prepa d ici vendredi ?',
        'agenda',
        [on('2027-01-14'), MONTAUBAN],
        [...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'jeudi-heure-lieu',
    ['relative-date', 'two-questions', 'sms'],
    [
      turn(
        'l info coll prepa de jeudi c a quelle heure + c ou ?',
        'agenda',
        [AT_0930, MONTAUBAN],
        notOn('2027-01-21'),
      ),
    ],
  ),
  c(
    'jeudi-en-huit-castel',
    ['relative-date', 'seats', 'town', 'abbrev'],
    [
      turn(
        'jeudi en huit y a l info coll de castel, il reste combien de places ?',
        'agenda',
        [on('2027-01-21'), seats(12)],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'mardi-en-huit-soudure',
    ['relative-date', 'seats', 'two-questions'],
    [
      turn(
        'la visite soudure de mardi en huit c a quelle heure, et combien de places ?',
        'agenda',
        [AT_1400, seats(8)],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'semaine-prochaine',
    ['relative-date', 'sms'],
    [
      turn(
        'la semaine prochaine c quoi le programme a l afpa ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'dans-15-jours',
    ['relative-date', 'type'],
    [
      turn(
        'dans 15 jours y a pas une reunion metier ?',
        'agenda',
        [on('2027-01-26'), ['logistique', 'cariste']],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'semaine-du-25',
    ['relative-date'],
    [
      turn(
        'la semaine du 25 y a quoi comme evenement ?',
        'agenda',
        [on('2027-01-26')],
        [...notOn('2027-01-21'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'avant-fin-du-mois-infocoll',
    ['relative-date', 'type', 'abbrev'],
    [
      turn(
        'toutes les info coll avant la fin du mois stp',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'jpo-cette-semaine-rien',
    ['relative-date', 'nothing-published', 'abbrev'],
    [turn('y a une jpo cette semaine ?', 'agenda', [NOTHING], notOn('2027-01-07'))],
  ),
  c(
    'visite-dici-vendredi-rien',
    ['relative-date', 'nothing-published'],
    [turn('une visite de plateau d ici vendredi ?', 'agenda', [NOTHING], notOn('2027-03-10'))],
  ),
  c(
    'entree-pec-cette-semaine-rien',
    ['relative-date', 'nothing-published', 'session', 'abbrev'],
    [turn('une entree comp pec cette semaine ?', 'agenda', [NOTHING], notOn('2027-03-03'))],
  ),
];

// ── February, March, April ─────────────────────────────────────────────────

const months: ConversationCase[] = [
  c(
    'debut-fevrier-jpo',
    ['relative-date', 'type', 'abbrev'],
    [
      turn(
        'JPO debut fevrier ?',
        'agenda',
        [on('2027-02-03'), MONTAUBAN],
        [...notOn('2027-02-17'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'mois-prochain-jpo',
    ['relative-date', 'type', 'two-questions', 'town'],
    [
      turn(
        'les jpo du mois prochain, ou et quand ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-17'), MONTAUBAN, MOISSAC],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'dans-3-semaines-promo',
    ['relative-date', 'session', 'abbrev'],
    [turn('l entree promo 1618 c bien dans 3 semaines ?', 'agenda', [on('2027-02-01')], notOn('2027-01-14'))],
  ),
  c(
    'semaine-du-8-fevrier',
    ['relative-date', 'type', 'abbrev'],
    [
      turn(
        'semaine du 8 fevrier, les infos coll ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-02-03'), ...notOn('2027-02-17'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'semaine-du-15-fevrier-jpo',
    ['relative-date', 'type', 'abbrev'],
    [
      turn(
        'la semaine du 15 fevrier y a une jpo non ?',
        'agenda',
        [on('2027-02-17'), MOISSAC],
        notOn('2027-02-03'),
      ),
    ],
  ),
  c(
    'fin-fevrier',
    ['relative-date'],
    [
      turn(
        'fin fevrier qu est ce qui est prevu comme evenement ?',
        'agenda',
        [on('2027-02-23')],
        [...notOn('2027-02-03'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'dici-fin-mars-infocoll-prepa',
    ['relative-date', 'type', 'abbrev'],
    [
      turn(
        'combien d info coll prepa d ici fin mars ? avec les dates',
        'agenda',
        [on('2027-01-14'), on('2027-01-21'), on('2027-02-11'), on('2027-03-04')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'avril-jpo-rien',
    ['relative-date', 'nothing-published', 'abbrev'],
    [turn('des jpo en avril ?', 'agenda', [NOTHING], notOn('2027-01-07'))],
  ),
  c(
    'infocoll-promo-avant-fin-fevrier-rien',
    ['relative-date', 'nothing-published', 'abbrev'],
    [
      turn(
        'info coll promo 1618 avant fin fevrier ?',
        'agenda',
        [NOTHING],
        [...notOn('2027-01-14'), ...notOn('2027-02-09'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'reunion-metier-mars-rien',
    ['relative-date', 'nothing-published', 'type'],
    [turn('reunion metier en mars ?', 'agenda', [NOTHING], notOn('2027-01-26'))],
  ),
];

// ── Entries, places, towns, remote or not ──────────────────────────────────

const sessionsAndPlaces: ConversationCase[] = [
  c(
    'entree-prepa-lundi-prochain',
    ['relative-date', 'session', 'seats', 'two-questions'],
    [
      turn(
        'entree prepa lundi prochain, c ou et y a de la place ?',
        'agenda',
        [on('2027-01-18'), MONTAUBAN, seats(6)],
        notOn('2027-02-08'),
      ),
    ],
  ),
  c(
    'pec-mercredi-prochain',
    ['relative-date', 'session', 'seats', 'abbrev'],
    [
      turn(
        'comp pec atelier 2 mercredi prochain, il reste de la place ?',
        'agenda',
        [on('2027-01-20'), seats(4)],
        notOn('2027-03-03'),
      ),
    ],
  ),
  c(
    'prepa-distance-mois-prochain',
    ['relative-date', 'session', 'remote'],
    [
      turn(
        'prepa a distance le mois prochain ?',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-02-15'), ...notOn('2027-01-18')],
      ),
    ],
  ),
  c(
    'moissac-mois-prochain',
    ['relative-date', 'town'],
    [
      turn(
        'a moissac le mois prochain il se passe quoi ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-03-08'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'castel-prepa-mois-prochain',
    ['relative-date', 'town', 'session', 'abbrev'],
    [
      turn(
        'des entrees prepa a castel le mois prochain ?',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'caussade-dici-fin-fevrier',
    ['relative-date', 'town'],
    [
      turn('caussade y a quoi d ici fin fevrier', 'agenda', [
        on('2027-02-23'),
        ['bâtiment', 'maçon', 'plâtrerie'],
      ]),
    ],
  ),
  c(
    'moissac-mars-mixte',
    ['town', 'remote', 'session'],
    [turn('l entree prepa de mars a moissac c en presentiel ou a distance ?', 'agenda', [MIXED])],
  ),
  c(
    'valence-avant-mars-rien',
    ['relative-date', 'town', 'nothing-published', 'typo'],
    [turn('valence d agen y a qqch avant mars ?', 'agenda', [NOTHING], notOn('2027-01-14'))],
  ),
  c(
    'fin-janvier-cariste',
    ['relative-date', 'places', 'trade'],
    [
      turn(
        'fin janvier y a une formation cariste qui demarre, il reste de la place ?',
        'agenda',
        [['cariste'], on('2027-01-27'), seats(6)],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'formations-fevrier-places',
    ['relative-date', 'places', 'with-places'],
    [
      turn(
        'quelles formations demarrent le mois prochain avec des places ?',
        'agenda',
        [['soudeur', 'soudure'], ['maçon'], ['propreté']],
        ['plaquiste', 'restauration', 'électricien', 'préparateur de commandes'],
      ),
    ],
  ),
  c(
    'promo-entree-places',
    ['session', 'seats', 'two-questions', 'abbrev'],
    [turn('la promo 1618 prochaine entree + combien de places', 'agenda', [on('2027-02-01'), seats(10)])],
  ),
];

// ── Follow-ups over a week's planning ───────────────────────────────────────

const followUps: ConversationCase[] = [
  c(
    'fu-semaine-puis-suivante-castel',
    ['follow-up', 'relative-date', 'seats', 'town'],
    [
      turn('y a quoi cette semaine ?', 'agenda', [on('2027-01-14')], notOn('2027-01-19')),
      turn(
        'et la semaine d apres ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
      turn('a castel il reste de la place ?', 'agenda', [on('2027-01-21'), seats(12)], TRAININGS),
    ],
  ),
  c(
    'fu-infocoll-ou-castel',
    ['follow-up', 'relative-date', 'town', 'person-mention'],
    [
      turn(
        'une info coll prepa cette semaine pour ma BRSA ?',
        'agenda',
        [on('2027-01-14')],
        notOn('2027-02-11'),
      ),
      turn('c ou ?', 'agenda', [MONTAUBAN]),
      turn(
        'elle est sur castel, y en a une la-bas ?',
        'agenda',
        [on('2027-01-21'), CASTEL],
        notOn('2027-03-04'),
      ),
    ],
  ),
  c(
    'fu-promo-places-duree',
    ['follow-up', 'session', 'seats'],
    [
      turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01')]),
      turn('il reste de la place ?', 'agenda', [seats(10)], TRAININGS),
      turn('ca dure combien ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours', ' 5 jours']),
    ],
  ),
  c(
    'fu-prepa-presentiel-distance',
    ['follow-up', 'relative-date', 'remote'],
    [
      turn('entree prepa lundi prochain ?', 'agenda', [on('2027-01-18')]),
      turn('c en presentiel ?', 'agenda', [ONSITE]),
      turn('et a distance c quand ?', 'agenda', [on('2027-02-08')], notOn('2027-02-15')),
    ],
  ),
  c(
    'fu-brsa-45-entree-inscription',
    ['follow-up', 'person-mention', 'relative-date', 'abbrev'],
    [
      turn('mon BRSA de 45 ans, pas inscrit FT, prepa comp ok ?', 'eligibility', [ELIGIBLE], NO_REFUSAL),
      turn('y a une entree la semaine prochaine ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
      turn('ok je l inscris dessus', 'prescribe', FORM),
    ],
  ),
  c(
    'fu-semaine-25-volet2-suivant',
    ['follow-up', 'relative-date', 'seats', 'session'],
    [
      turn('les entrees prepa de la semaine du 25 ?', 'agenda', [on('2027-01-25'), ['volet 2']]),
      turn('il reste de la place ?', 'agenda', [FULL], TRAININGS),
      turn('et le prochain volet 2 ?', 'agenda', [on('2027-02-15'), CASTEL], notOn('2027-02-08')),
    ],
  ),
  c(
    'fu-reunion-mois-prochain-lieu-places',
    ['follow-up', 'relative-date', 'seats', 'town'],
    [
      turn('reunion metier le mois prochain ?', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
      turn('c ou ?', 'agenda', [CAUSSADE]),
      turn('il y a de la place ?', 'agenda', [seats(12)], TRAININGS),
    ],
  ),
  c(
    'fu-jpo-fin-mois-debut-fevrier',
    ['follow-up', 'relative-date', 'nothing-published'],
    [
      turn('une jpo avant la fin du mois ?', 'agenda', [NOTHING], notOn('2027-01-07')),
      turn('et debut fevrier ?', 'agenda', [on('2027-02-03')], notOn('2027-02-17')),
    ],
  ),
  c(
    'fu-infocoll-pec-15-jours-mois-prochain',
    ['follow-up', 'relative-date', 'nothing-published', 'abbrev'],
    [
      turn(
        'info coll comp pec dans les 15 jours ?',
        'agenda',
        [NOTHING],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
      turn('et le mois prochain ?', 'agenda', [on('2027-02-09'), MOISSAC], notOn('2027-02-11')),
    ],
  ),
  c(
    'fu-ce-mercredi-mercredi-prochain',
    ['follow-up', 'relative-date', 'nothing-published'],
    [
      turn(
        'ce mercredi y a quelque chose ?',
        'agenda',
        [NOTHING],
        [...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
      turn('et mercredi prochain ?', 'agenda', [on('2027-01-20')], notOn('2027-02-10')),
    ],
  ),
  c(
    'fu-pec-jours-entree-distance',
    ['follow-up', 'remote', 'abbrev'],
    [
      turn('comp pec c combien de jours en tout ?', 'dispositif', [PEC_DAYS], ['2 à 8 jours', '13 semaines']),
      turn('et la prochaine entree atelier 2 ?', 'agenda', [on('2027-01-20')], notOn('2027-02-10')),
      turn('y en a une a distance ?', 'agenda', [on('2027-03-03')]),
    ],
  ),
  c(
    'fu-ase-17-quand-papiers',
    ['follow-up', 'person-mention', 'abbrev'],
    [
      turn(
        'une jeune de l ASE 17 ans, sortie du lycee en juin, rien depuis, la promo c jouable ?',
        'eligibility',
        [[...ELIGIBLE, ...ML_OR_CIO]],
        NO_REFUSAL,
      ),
      turn('elle pourrait commencer quand ?', 'agenda', [on('2027-02-01')]),
      turn('et faut quels papiers ?', 'dispositif', [PAPERS]),
    ],
  ),
  c(
    'fu-ase-16-frere-15',
    ['follow-up', 'person-mention', 'abbrev'],
    [
      turn(
        'jeune ASE 16 ans, decrochee depuis la toussaint, ni formation ni boulot, promo 1618 ?',
        'eligibility',
        [[...ELIGIBLE, ...ML_OR_CIO]],
        NO_REFUSAL,
      ),
      turn('et son petit frere il a 15 ans, meme situation', 'eligibility', [NOT_ELIGIBLE, ['16']]),
    ],
  ),
  c(
    'fu-castel-puis-valence',
    ['follow-up', 'relative-date', 'town', 'abbrev'],
    [
      turn('a castel y a quoi ce mois-ci ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
      turn('et a valence ?', 'agenda', [[...NOTHING, ...on('2027-03-04')]], notOn('2027-01-21')),
    ],
  ),
  c(
    'fu-castel-presentiel-transport',
    ['follow-up', 'town', 'transport'],
    [
      turn('l entree prepa de castel le 15 fevrier c en presentiel ?', 'agenda', [ONSITE]),
      turn(
        'et ses frais de bus pour y aller c rembourse ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'fu-prepa-duree-prescripteur-bilan',
    ['follow-up', 'two-questions', 'abbrev'],
    [
      turn(
        'prepa comp ca dure combien + c qui qui prescrit ?',
        'dispositif',
        [PREPA_DURATION, PRESCRIBED_BY_DEPARTEMENT],
        ['13 semaines'],
      ),
      turn('et a la fin j ai un retour ?', 'dispositif', [BILAN]),
    ],
  ),
  c(
    'fu-visite-soudure-places-formation',
    ['follow-up', 'trade', 'places', 'person-mention'],
    [
      turn('visite soudure c quand ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn(
        'ma dame est interessee par la formation derriere, y a des places ?',
        'agenda',
        [
          ['soudeur', 'soudure'],
          [...seats(4), ...on('2027-02-01')],
        ],
        OTHER_TRAININGS('soudeur'),
      ),
    ],
  ),
  c(
    'fu-contact-coordination-deploiement',
    ['follow-up'],
    [
      turn('qui coordonne les 3 dispositifs cote afpa ?', 'contact', [DIRECTOR]),
      turn('et qui s occupe du deploiement au quotidien ?', 'contact', [RAP]),
    ],
  ),
  c(
    'fu-objectifs-prepa-1618',
    ['follow-up', 'abbrev'],
    [
      turn('objectif prepa 2022 c combien deja ?', 'figures', [TARGET_PREPA]),
      turn('et la 1618 ?', 'figures', [TARGET_PROMO]),
    ],
  ),
  c(
    'fu-pec-employeur-infocoll',
    ['follow-up', 'relative-date', 'switch'],
    [
      turn('comp pec faut l accord de l employeur ?', 'dispositif', [EMPLOYER_AGREES]),
      turn(
        'y a une info coll pec le mois prochain pour lui et son employeur ?',
        'agenda',
        [on('2027-02-09'), MOISSAC],
        notOn('2027-02-11'),
      ),
    ],
  ),
  c(
    'fu-promo-jours-vacances',
    ['follow-up', 'school-holidays'],
    [
      turn('la promo c bien du lundi au jeudi ?', 'dispositif', [MON_THU]),
      turn('et pendant les vacances scolaires de fevrier ca continue ?', 'out_of_scope', [SILENT], NO_BOUNCE),
    ],
  ),
];

// ── Practical questions on the programmes ───────────────────────────────────

const programmes: ConversationCase[] = [
  c(
    'volets-jours',
    ['two-questions', 'volet', 'sms'],
    [turn('volet 1 c cb de jours, et le volet 2 ?', 'dispositif', [VOLET1_DURATION, VOLET2_DURATION])],
  ),
  c(
    'pec-jours-patron',
    ['two-questions', 'abbrev'],
    [
      turn(
        'comp pec cb de jours au total et faut l accord du patron ?',
        'dispositif',
        [PEC_DAYS, EMPLOYER_AGREES],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'promo-jours-duree',
    ['two-questions', 'abbrev'],
    [
      turn(
        'promo 1618 c quels jours dans la semaine + ca dure cb',
        'dispositif',
        [MON_THU, PROMO_DURATION],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'promo-apres',
    ['end'],
    [turn('apres la promo le jeune est suivi ou il est lache ?', 'dispositif', [SIX_MONTHS, ML])],
  ),
  c(
    'prepa-retour-vendredi',
    ['end', 'person-mention', 'relative-date'],
    [turn('ma BRSA finit sa prepa vendredi, je vais avoir un retour de l afpa ?', 'dispositif', [BILAN])],
  ),
  c(
    'prepa-inscrite-ft',
    ['abbrev', 'who'],
    [turn('pour entrer en prepa comp elle doit etre inscrite a FT ?', 'dispositif', [NOT_REGISTERED_TOO])],
  ),
  c(
    'prepa-ou-castel-moissac',
    ['where', 'town'],
    [
      turn('prepa c que sur montauban ? mes gens sont sur castel et moissac', 'dispositif', [
        MONTAUBAN,
        DELOCALISED,
      ]),
    ],
  ),
  c(
    'promo-panda',
    ['panda', 'abbrev'],
    [turn('pour la 1618 c qui inscrit le jeune sur panda, moi ou la ML ?', 'dispositif', [PANDA, REFERENT])],
  ),
  c(
    'promo-plus-13-semaines',
    ['duration'],
    [turn('la promo ca peut aller au dela des 13 semaines ?', 'dispositif', [FOUR_MONTHS])],
  ),
  c(
    'pec-a-la-fin',
    ['end', 'abbrev'],
    [turn('comp pec il obtient quoi a la fin ?', 'dispositif', [CERTIFICATION])],
  ),
  c(
    'cout-prepa-pec',
    ['cost', 'two-questions'],
    [turn('ca coute combien au CD une prepa ? et une comp pec ?', 'dispositif', [FREE], ['€'])],
  ),
  c(
    'pec-quand-lancer',
    ['start', 'abbrev'],
    [
      turn('quand est ce qu on peut lancer comp pec, des la signature du contrat ?', 'dispositif', [
        PEC_START,
      ]),
    ],
  ),
  c(
    'avant-envoyer-prepa',
    ['who-does-what'],
    [
      turn('moi en tant que referente je dois faire quoi avant d envoyer qqn en prepa ?', 'dispositif', [
        ADHESION,
        PANDA,
      ]),
    ],
  ),
  c(
    'prepa-distance-possible',
    ['remote', 'person-mention'],
    [turn('mon BRSA a pas de voiture, la prepa peut se faire a distance ?', 'dispositif', [REMOTE])],
  ),
];

// ── People checked in a few words ──────────────────────────────────────────

const people: ConversationCase[] = [
  c(
    'brsa-58-inscrit-ft',
    ['person-mention', 'abbrev'],
    [
      turn(
        'mon BRSA de 58 ans inscrit a FT depuis 2 ans, prepa comp possible ?',
        'eligibility',
        [ELIGIBLE],
        NO_REFUSAL,
      ),
    ],
  ),
  c(
    'pec-mairie-33',
    ['person-mention', 'abbrev'],
    [
      turn(
        'madame 33 ans RSA, en PEC depuis novembre a la mairie, employeur ok, comp pec ?',
        'eligibility',
        [ELIGIBLE],
        NO_REFUSAL,
      ),
    ],
  ),
  c(
    'pec-sans-contrat-50',
    ['person-mention', 'abbrev'],
    [
      turn('monsieur 50 ans BRSA, pas de contrat pec, comp pec ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['contrat', 'parcours emploi compétences', 'signataire'],
      ]),
    ],
  ),
  c(
    'ase-20-jeune-majeur',
    ['person-mention', 'abbrev'],
    [turn('jeune ase 20 ans en contrat jeune majeur, la 1618 ?', 'eligibility', [NOT_ELIGIBLE, AGE_1618])],
  ),
  c(
    'ase-16-lyceen',
    ['person-mention', 'abbrev'],
    [
      turn('jeune ASE 16 ans toujours inscrit au lycee, promo ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['scolaris', 'lycée', 'quitté', 'décroch'],
      ]),
    ],
  ),
  c(
    'de-pas-rsa',
    ['person-mention', 'abbrev'],
    [
      turn('DE 30 ans inscrit FT, pas au RSA, je peux le mettre en prepa moi ?', 'eligibility', [
        OTHER_PRESCRIBER,
      ]),
    ],
  ),
  c(
    'deux-brsa-prepa',
    ['person-mention', 'several-people', 'abbrev'],
    [
      turn(
        '2 BRSA pour la prepa : un de 28 ans inscrit FT + une de 61 ans pas inscrite, ok pour les 2 ?',
        'eligibility',
        [ELIGIBLE],
        NO_REFUSAL,
      ),
    ],
  ),
  c(
    'jeune-ml-pas-ase',
    ['person-mention', 'abbrev'],
    [turn('jeune 17 ans suivi par la ML, pas ASE, decroche, promo 1618 par moi ?', 'eligibility', [ML])],
  ),
  c(
    'pec-siae-employeur-pas-au-courant',
    ['person-mention', 'abbrev'],
    [
      turn(
        'mon BRSA de 45 ans en PEC dans une SIAE, son employeur est pas encore au courant, comp pec ?',
        'eligibility',
        [EMPLOYER_AGREES],
      ),
    ],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outside: ConversationCase[] = [
  c(
    'vacances-promo-fevrier',
    ['school-holidays', 'relative-date'],
    [
      turn(
        'la promo qui demarre le 1er fevrier elle s arrete pendant les vacances de fevrier ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'vacances-printemps',
    ['school-holidays'],
    [
      turn(
        'c quand les vacances scolaires de printemps cette annee ? j ai des mamans en prepa',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'transport-castel-jeudi-en-huit',
    ['transport', 'relative-date'],
    [
      turn(
        'ses frais de transport pour aller a l info coll de castel jeudi en huit c rembourse ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'garde-enfants-prepa',
    ['childcare', 'person-mention', 'relative-date'],
    [
      turn(
        'ma BRSA a 2 enfants en bas age, y a une aide pour la garde pendant la prepa de lundi prochain ?',
        'out_of_scope',
        [[...SILENT, 'conditions matérielles']],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'indemnite-prepa',
    ['benefit'],
    [
      turn(
        'elle touche une indemnite pendant la prepa ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'carte-bus',
    ['transport'],
    [
      turn(
        'la carte de bus gratuite pour les BRSA ca existe dans le 82 ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'ramener-premier-jour',
    ['what-to-bring'],
    [
      turn(
        'elle doit ramener quoi le 1er jour de prepa, cv, piece d identite ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'permis-promo',
    ['benefit', 'abbrev'],
    [
      turn(
        'l afpa paie le permis B aux jeunes de la 1618 ?',
        'out_of_scope',
        [[...SILENT, 'code de la route']],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
];

// ── Whom to call ───────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'contact-prepa',
    ['abbrev'],
    [turn('qui je contacte a l afpa pour une question sur la prepa ?', 'contact', [RAP])],
  ),
  c(
    'directeur-centre',
    [],
    [turn('le directeur du centre afpa de montauban c qui ?', 'contact', [['vella']])],
  ),
  c(
    'interlocuteur-cd',
    ['abbrev'],
    [turn('cote CD c qui l interlocuteur de l afpa sur l experimentation ?', 'contact', [DEPT_REFERENT])],
  ),
  c(
    'telephone-dici-vendredi',
    ['relative-date'],
    [
      turn(
        'vous avez le tel de l afpa ? je dois les appeler d ici vendredi',
        'contact',
        [[...RAP, ...DIRECTOR, ...SILENT]],
        ['05 63', '0563'],
      ),
    ],
  ),
];

// ── Figures ─────────────────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'entres-prepa-depuis-janvier',
    ['abbrev'],
    [turn('combien de BRSA entres en prepa depuis le 1er janvier ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'objectifs-trois',
    ['abbrev'],
    [turn('objectifs chiffres prepa + pec + 1618 ?', 'figures', [TARGET_PREPA, TARGET_PEC, TARGET_PROMO])],
  ),
  c(
    'tableau-de-bord',
    ['two-questions'],
    [
      turn('le tableau de bord des dispositifs part a qui et tous les combien ?', 'figures', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois'],
      ]),
    ],
  ),
  c(
    'sorties-positives-promo',
    ['abbrev'],
    [
      turn('promo 1618 l objectif de sorties positives c combien ?', 'figures', [
        ['70 %', '70%', '70 pour cent'],
      ]),
    ],
  ),
  c(
    'jpo-jeudi-dernier',
    ['relative-date', 'abbrev'],
    [turn('combien de brsa sont venus a la jpo de jeudi dernier ?', 'figures', [NOT_AVAILABLE])],
  ),
];

// ── Prescribing on a session named in relative time ─────────────────────────

const prescribing: ConversationCase[] = [
  c(
    'inscrire-lundi-prochain',
    ['relative-date', 'session'],
    [
      turn('je veux inscrire mon BRSA sur l entree prepa de lundi prochain', 'prescribe', [
        ...FORM,
        on('2027-01-18'),
      ]),
    ],
  ),
  c(
    'promo-1er-fevrier',
    ['session', 'abbrev'],
    [
      turn('prescription promo 1618 pour ma jeune ase, entree du 1er fevrier', 'prescribe', [
        ...FORM,
        on('2027-02-01'),
      ]),
    ],
  ),
  c(
    'presc-pec',
    ['abbrev', 'sms'],
    [turn('je lance une presc comp pec pour madame D, employeur ok', 'prescribe', FORM)],
  ),
  c(
    'presc-distance-mois-prochain',
    ['relative-date', 'session', 'remote'],
    [turn('inscrire qqn sur la prepa a distance du mois prochain', 'prescribe', [...FORM, on('2027-02-08')])],
  ),
  c(
    'castel-mi-fevrier',
    ['relative-date', 'session', 'town', 'volet'],
    [
      turn('prescrire prepa volet 2 sur la session de castel mi fevrier', 'prescribe', [
        ...FORM,
        on('2027-02-15'),
      ]),
    ],
  ),
  c(
    'volet2-du-25-positionner',
    ['relative-date', 'session', 'seats'],
    [turn('je peux positionner ma BRSA sur le volet 2 du 25 ?', 'prescribe', [FULL])],
  ),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  c(
    'bjr',
    ['abbrev', 'greeting'],
    [turn('bjr', 'other', [['prépa compétences', 'dispositif', 'agenda', 'bonjour']])],
  ),
  c(
    'panda',
    ['panda'],
    [
      turn('c quoi panda deja ?', 'other', [
        ['traçabilité', 'trace', 'suivi des parcours', 'plateforme'],
        ['afpa'],
      ]),
    ],
  ),
  c(
    'habilitation-dici-vendredi',
    ['panda', 'relative-date'],
    [
      turn('qui m habilite sur panda ? j ai une inscription a faire d ici vendredi', 'other', [
        ['afpa'],
        ['habilit'],
      ]),
    ],
  ),
  c(
    'duree-accord',
    [],
    [turn('l accord cd afpa il court jusqu a quand ?', 'other', [['2 ans', 'deux ans'], ['2022']])],
  ),
  c(
    'presentation-equipe',
    [],
    [
      turn('l afpa vient presenter ses actions a notre equipe tous les combien ?', 'other', [
        ['semestre', 'deux fois par an', '2 fois par an'],
      ]),
    ],
  ),
  c(
    'kit-comm',
    ['sms'],
    [
      turn('le kit de comm afpa y a quoi dedans ?', 'other', [
        ['flyer'],
        ['argumentaire', 'titres professionnels', 'places disponibles', 'intervenants'],
      ]),
    ],
  ),
  c(
    'places-temps-reel',
    [],
    [
      turn('les places dispo en formation on les a comment ? en temps reel ?', 'other', [
        ['info places', 'info-places', 'temps réel'],
      ]),
    ],
  ),
  c(
    'rgpd',
    ['abbrev'],
    [
      turn('les donnees de mes BRSA que je mets dans les prescriptions c protege ?', 'other', [
        ['rgpd', 'r.g.p.d', '2016/679', '1978', 'informatique et libertés', 'article 5', 'art. 5'],
      ]),
    ],
  ),
];

export const HUNDRED_TWENTY_SIXTH_BLIND_SET: ConversationCase[] = [
  ...weeks,
  ...months,
  ...sessionsAndPlaces,
  ...followUps,
  ...programmes,
  ...people,
  ...outside,
  ...contacts,
  ...figures,
  ...prescribing,
  ...other,
];
