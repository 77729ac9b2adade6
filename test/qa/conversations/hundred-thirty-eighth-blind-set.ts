/**
 * Hundred-thirty-eighth blind set.
 *
 * Who speaks: several people at once. Référents insertion of the Département de
 * Tarn-et-Garonne (CD82), éducateurs of the ASE and now and then a coordinator of AFPA
 * Montauban, who each have a caseload rather than one person, and ask about several people
 * in one message or one thread: « j'ai 3 jeunes : 17 ans, 19 ans et 24 ans », a brother and
 * a sister, a couple, a mother and her son, a small group after a collective meeting
 * (« 5 BRSA interesses par le batiment »). Then follow-ups about one of them (« et le plus
 * jeune ? », « du coup pour celle de 24 ans ? »), about all of them (« ils peuvent tous aller
 * a la meme info coll ? », « y a assez de places pour les 3 ? ») or comparing them (« lequel
 * commence le plus tot »); how to prescribe for several people, whom to contact for a group,
 * figures asked as « on en a envoye combien cette annee ». Mixed with short one-person cases,
 * two questions in one message, and questions the agreement does not settle. Typed as
 * référents type in Teams: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, CD, ASE, info
 * coll, JPO), no accents, typos, missing question marks.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Where a person's facts do not settle
 * eligibility, only the programme or the missing fact is required; where the agreement is
 * silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with both apostrophes, « ’ » and « ' ». */
function alt(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

// ── Names of the programmes ────────────────────────────────────────────────

const PREPA = ['prépa comp', 'prépa-comp'];
const PEC = alt('compétences pec', 'compétences p.e.c', 'compétences – p.e.c', 'compétences-pec', 'comp pec');
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618', 'la promo'];
const RSA = ['rsa', 'r.s.a'];

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
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const DAYS_3_5 = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = alt('lundi au jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi', 'lundi-jeudi');
const PRESENTIEL = ['présentiel', 'sur place'];
const DISTANCE = ['à distance', 'distanciel'];
const MONTAUBAN = ['montauban'];
const DELOCALISED = alt(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
);
const FREE = alt(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'ne coûte rien',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
);
const AGE_1618 = alt(
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  'mineur',
  'moins de 18',
  'plus de 18',
  'limite d’âge',
  'trop âgé',
  'âgés de 16',
);
const SCHOOL_LEAVER = alt(
  'décroch',
  'quitté',
  'déscolaris',
  'scolaris',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'ne travaill',
  'sans emploi',
  'ni en emploi',
  'pas en emploi',
  'système scolaire',
  'collège ou le lycée',
  'lycée',
);
const PARENTS = alt(
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
);
const ML_CIO = ['mission locale', 'missions locales', 'c.i.o', ' cio', '(cio'];
const ADHESION = alt(
  'adhésion',
  'son accord',
  'leur accord',
  'accord de la personne',
  'recueill',
  'consentement',
);
const EMPLOYER_AGREES = alt(
  'accord de l’employeur',
  'accord de son employeur',
  'accord de leur employeur',
  'accord des employeurs',
  'accord de leurs employeurs',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'employeur donne son accord',
  'employeur est d’accord',
  'employeur pec',
);
const PEC_START = ['signature', 'premiers mois'];
const CERTIFICATION = ['certification', 'vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa'];
const BILAN = ['bilan individuel', 'bilan'];
const PANDA = ['panda'];
const REFERENT = ['référent', 'conseiller'];

// ── Eligibility ────────────────────────────────────────────────────────────

const ELIGIBLE = alt(
  'prescription possible',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'peut entrer',
  'peuvent entrer',
  'peut bénéficier',
  'peuvent bénéficier',
  'peut en bénéficier',
  'peuvent en bénéficier',
  'peut faire',
  'peuvent faire',
  'peut y aller',
  'peuvent y aller',
  'peut être prescrit',
  'peuvent être prescrit',
  'vous pouvez prescrire',
  'vous pouvez les prescrire',
  'vous pouvez le prescrire',
  'vous pouvez la prescrire',
);
const NOT_ELIGIBLE = alt(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne peuvent pas',
  'ne remplit pas',
  'ne remplissent pas',
  'pas possible',
  'ne correspond pas',
  'ne correspondent pas',
  'réservé',
  'trop âgé',
  'trop jeune',
  'pas accessible',
  'n’est pas ouvert',
  'exclu',
);
const OTHER_PRESCRIBER = alt(
  'autre prescripteur',
  'son prescripteur',
  'leur prescripteur',
  'cap emploi',
  'france travail',
  'pôle emploi',
  'mission locale',
);

// ── Prescribing ────────────────────────────────────────────────────────────

/** The prescription form (or, for a référent not yet habilitated, the request for it). */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];
/** One prescription is about one person. */
const PER_PERSON = alt(
  'par personne',
  'chaque personne',
  'pour chacun',
  'pour chacune',
  'chacun',
  'chacune',
  'une par une',
  'un par un',
  'individuel',
  'l’une après l’autre',
  'l’un après l’autre',
  'séparément',
  'séparée',
  'une personne à la fois',
  'une seule personne',
);

// ── Where the agreement is silent ──────────────────────────────────────────

const SILENT = alt(
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
  'hors périmètre',
  'en dehors de l’accord',
  'n’est pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'pas précisé',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'pas mentionné',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'n’indique pas',
  'pas dans l’accord',
  'pas d’information',
  'aucune information',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
/** Where the referent's part is what the agreement does say (protocol § 5). */
const MATERIAL_CONDITIONS = alt('conditions matérielles', 'mobilité', 'garde d’enfants', 'garde des enfants');

// ── Figures ────────────────────────────────────────────────────────────────

const NOT_AVAILABLE = alt(
  'pas disponible',
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
  'pas en mesure',
  'ne sont pas encore',
  'pas encore publi',
  'aucune prescription',
  '0 prescription',
  'pas encore de prescription',
  'aucune entrée',
  'aucun bénéficiaire',
);
const TARGET_PREPA = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
  'trente',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
  'cinquante',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
  'dix jeunes',
];

// ── Whom to contact (protocol § 6) ─────────────────────────────────────────

const DIRECTOR = alt(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
);
const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement & parcours', 'battedou'];
const DEPT_REFERENT = alt(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
);
const NO_COORDINATES = alt(
  ...SILENT,
  'pas de numéro',
  'aucun numéro',
  'pas les coordonnées',
  'pas de coordonnées',
  'aucune coordonnée',
  'ne dispose pas',
  'n’ai pas',
  'liste des intervenants',
  'kit de communication',
);

// ── The agenda fixture ─────────────────────────────────────────────────────

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
/** A places answer about one trade lists no other training. */
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));
const FULL = [...seats(0), 'complet', 'complète', 'aucune place', 'plus de place', 'pas de place'];

// ── Several people in one message, then one of them, all of them, or a comparison ──

const severalPeople: ConversationCase[] = [
  c(
    'b138-trois-jeunes-promo',
    ['several-people', 'follow-up', 'age', 'abbrev'],
    [
      turn(
        'j ai 3 jeunes : 17 ans, 19 ans et 24 ans, lesquels peuvent aller en promo 16-18 ?',
        'eligibility',
        [AGE_1618, NOT_ELIGIBLE, SCHOOL_LEAVER],
      ),
      turn('et le plus jeune ? il a arrete le lycee en juin et il fait rien depuis', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO],
      ]),
      turn('du coup pour celui de 24 ans on peut faire quoi, il est au rsa suivi par nous', 'eligibility', [
        PREPA,
      ]),
    ],
  ),
  c(
    'b138-fratrie-ase-rsa',
    ['several-people', 'siblings', 'follow-up', 'abbrev'],
    [
      turn(
        'le frere 17 ans ASE deco depuis juin et la soeur 22 ans au RSA suivie par le CD, on leur propose quoi a chacun',
        'eligibility',
        [PROMO, PREPA],
      ),
      turn('et la soeur elle peut pas suivre la promo avec son frere ?', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
      turn('ils peuvent aller a la meme info coll ?', 'agenda', [
        on('2027-03-17'),
        [...on('2027-01-14'), ...on('2027-01-21'), ...on('2027-02-11')],
      ]),
    ],
  ),
  c(
    'b138-mere-fils',
    ['several-people', 'family', 'follow-up'],
    [
      turn(
        'une maman 41 ans au rsa et son fils 16 ans qui a quitte le lycee en decembre, rien depuis. qu est ce qu on peut leur proposer',
        'eligibility',
        [PREPA, PROMO],
      ),
      turn('pour le fils faut l accord de qui ?', 'dispositif', [PARENTS]),
      turn('la mere peut venir avec lui a l info coll de la promo ?', 'agenda', [
        on('2027-03-17'),
        ['parent'],
      ]),
    ],
  ),
  c(
    'b138-cinq-brsa-batiment',
    ['several-people', 'group', 'trade', 'follow-up', 'abbrev'],
    [
      turn('5 BRSA interesses par le batiment apres notre reunion collective, on fait quoi', 'agenda', [
        on('2027-02-23'),
      ]),
      turn('y a assez de places a la reunion pour les 5 ?', 'agenda', [seats(12)]),
      turn(
        'et en formation macon il reste combien de places',
        'agenda',
        [['maçon'], seats(3)],
        OTHER_TRAININGS('maçon', 'plaquiste', 'électricien'),
      ),
    ],
  ),
  c(
    'b138-quatre-logistique',
    ['several-people', 'group', 'trade', 'follow-up'],
    [
      turn(
        '4 brsa motives par la logistique, y a une reunion metier ?',
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
      turn(
        'et des places en formation cariste pour les 4 ?',
        'agenda',
        [['cariste'], seats(6)],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b138-trois-entrees-comparer',
    ['several-people', 'comparison', 'session', 'follow-up'],
    [
      turn(
        'j ai 3 personnes a positionner : une brsa pour prepa volet 1, un salarie pec pour l atelier 2 et un jeune ase pour la promo. prochaines entrees pour chacun ?',
        'agenda',
        [on('2027-01-18'), on('2027-01-20'), on('2027-02-01')],
      ),
      turn('lequel commence le plus tot', 'agenda', [on('2027-01-18'), ['volet 1', ...PREPA]]),
      turn('et pour le jeune c ou', 'agenda', [MONTAUBAN]),
    ],
  ),
  c(
    'b138-volet2-deux-secteurs',
    ['several-people', 'session', 'town', 'follow-up', 'abbrev'],
    [
      turn('2 brsa pour prepa volet 2, un sur montauban un sur castel, c quand les sessions', 'agenda', [
        on('2027-02-15'),
        [...on('2027-01-25'), ...FULL],
      ]),
      turn('il reste combien de places a castel', 'agenda', [seats(5)], TRAININGS),
    ],
  ),
  c(
    'b138-info-coll-secteurs',
    ['several-people', 'town', 'type', 'typo'],
    [
      turn(
        'j ai 2 brsa sur castelsarrasin et 1 a valence d agen pour prepa comp, les info coll les plus proches pour eux ?',
        'agenda',
        [on('2027-01-21'), on('2027-03-04')],
      ),
    ],
  ),
  c(
    'b138-meme-info-coll',
    ['several-people', 'all-of-them', 'type', 'follow-up'],
    [
      turn(
        '3 brsa de montauban pour prepa comp, ils peuvent tous aller a la meme info coll ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
      turn('y a assez de places pour les 3 ?', 'agenda', [seats(15)]),
    ],
  ),
  c(
    'b138-sans-voiture-distance',
    ['several-people', 'modality', 'follow-up'],
    [
      turn('mes 2 brsa ont pas de voiture, y a une session prepa a distance ?', 'agenda', [on('2027-02-08')]),
      turn('ca dure combien le volet 1', 'dispositif', [[...VOLET1_DAYS, ...TWO_WEEKS]], ['13 semaines']),
    ],
  ),
  c(
    'b138-pec-atelier3-deux',
    ['several-people', 'session', 'abbrev'],
    [
      turn(
        '2 salaries pec a mettre sur l atelier 3, y a de la place ?',
        'agenda',
        [on('2027-02-10'), seats(6)],
        notOn('2027-03-03'),
      ),
    ],
  ),
  c(
    'b138-promo-trois-ase-places',
    ['several-people', 'session', 'abbrev'],
    [
      turn('3 jeunes ase pour la promo 1618, assez de places sur l entree de fevrier ?', 'agenda', [
        on('2027-02-01'),
        seats(10),
      ]),
    ],
  ),
  c(
    'b138-jpo-groupe',
    ['group', 'type', 'town', 'follow-up', 'abbrev'],
    [
      turn(
        'je veux emmener mon groupe de brsa a une jpo, c quand la prochaine',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
      turn(
        'et une du cote de moissac pour ceux du secteur ?',
        'agenda',
        [on('2027-02-17')],
        notOn('2027-02-03'),
      ),
    ],
  ),
  c(
    'b138-soudure-trois',
    ['several-people', 'trade', 'follow-up'],
    [
      turn(
        '2 jeunes et 1 adulte interesses par la soudure, une visite de l atelier c possible ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
      turn('il y a la place pour les 3 ?', 'agenda', [seats(8)]),
      turn(
        'et la formation soudeur elle demarre quand',
        'agenda',
        [on('2027-02-01')],
        OTHER_TRAININGS('soudeur'),
      ),
    ],
  ),
  c(
    'b138-cette-semaine',
    ['caseload', 'relative-date'],
    [
      turn(
        'cette semaine y a quoi pour mes gens a l afpa',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19')],
      ),
    ],
  ),
  c(
    'b138-info-coll-heure',
    ['several-people', 'time', 'abbrev'],
    [
      turn('l info coll prepa de jeudi c a quelle heure, j en envoie 3', 'agenda', [
        ['9h30', '9 h 30', '9:30', '09:30', '09h30'],
      ]),
    ],
  ),
  c(
    'b138-electricite-visite',
    ['several-people', 'trade', 'two-questions'],
    [
      turn('visite plateau electricite pour 3 brsa, c quand et combien de places', 'agenda', [
        on('2027-03-10'),
        seats(8),
      ]),
    ],
  ),
  c(
    'b138-restauration-caussade',
    ['several-people', 'places', 'town'],
    [
      turn(
        '2 personnes du secteur de caussade pour agent de restauration, places ?',
        'agenda',
        [['restauration'], [...seats(4), ...on('2027-03-15')]],
        OTHER_TRAININGS('restauration'),
      ),
    ],
  ),
  c(
    'b138-proprete-moissac',
    ['several-people', 'places', 'town', 'sms'],
    [
      turn(
        'j en ai 3 pour agent de proprete a moissac, ca rentre ?',
        'agenda',
        [['propreté'], seats(7)],
        OTHER_TRAININGS('propreté'),
      ),
    ],
  ),
  c(
    'b138-pec-info-coll-employeurs',
    ['several-people', 'type', 'abbrev'],
    [
      turn(
        'mes 2 salaries pec et leurs employeurs, y a une info coll pour eux ?',
        'agenda',
        [on('2027-02-09'), ['moissac']],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b138-plaquiste-deux',
    ['several-people', 'places', 'full'],
    [
      turn(
        '2 brsa veulent faire plaquiste, y a des places ?',
        'agenda',
        [['plaquiste'], FULL],
        OTHER_TRAININGS('plaquiste'),
      ),
    ],
  ),
  c(
    'b138-preparateur-castel',
    ['several-people', 'places', 'town', 'abbrev'],
    [
      turn(
        'preparateur de commandes pour 2 brsa de castel, dispo ?',
        'agenda',
        [['préparateur'], [...on('2027-03-01'), ...seats(5)]],
        OTHER_TRAININGS('préparateur', 'cariste'),
      ),
    ],
  ),
  c(
    'b138-mars-groupe',
    ['group', 'month'],
    [
      turn(
        'on prevoit des sorties de groupe en mars, qu est ce qu il y a comme evenements',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        [...notOn('2027-02-23'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b138-semaine-prochaine',
    ['caseload', 'relative-date'],
    [
      turn(
        'semaine prochaine j ai 4 rdv de groupe, y a quoi a l afpa cette semaine la',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b138-pec-distance-deux',
    ['several-people', 'modality', 'session'],
    [
      turn(
        '2 salaries pec loin de montauban, une session pec a distance ?',
        'agenda',
        [on('2027-03-03')],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b138-prepa-moissac-groupe',
    ['group', 'session', 'town'],
    [turn('groupe de 4 brsa sur moissac, une session prepa par chez eux ?', 'agenda', [on('2027-03-08')])],
  ),
  c(
    'b138-2q-infocoll-jpo',
    ['group', 'two-questions', 'abbrev'],
    [
      turn(
        'info coll prepa et jpo c quand les prochaines ? j ai 6 personnes a y envoyer',
        'agenda',
        [on('2027-01-14'), on('2027-02-03')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b138-trois-femmes',
    ['several-people', 'follow-up', 'abbrev'],
    [
      turn(
        '3 dames au rsa suivies par le cd : 24 ans, 38 ans et 55 ans, pas inscrites a FT, prepa comp ok pour toutes ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('du coup pour celle de 24 ans la prochaine entree c quand', 'agenda', [on('2027-01-18')]),
      turn('et celle de 55 ans prefere a distance', 'agenda', [on('2027-02-08')]),
    ],
  ),
];

// ── What the programmes are, asked for several people ──────────────────────

const programmes: ConversationCase[] = [
  c(
    'b138-couple-pec-prepa',
    ['several-people', 'couple', 'follow-up'],
    [
      turn(
        'un couple au rsa suivi par nous : lui en contrat pec depuis 2 mois dans une mairie, elle sans emploi. on leur propose quoi',
        'eligibility',
        [PEC, PREPA],
      ),
      turn('pour lui faut quoi de plus', 'dispositif', [EMPLOYER_AGREES]),
      turn(
        'et ca leur prend combien de jours chacun',
        'dispositif',
        [PEC_DAYS, PREPA_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b138-couple-garde',
    ['couple', 'who-does'],
    [
      turn(
        'couple brsa avec 3 enfants, les deux veulent faire prepa comp en meme temps, la garde des petits c qui qui gere',
        'dispositif',
        [REFERENT, MATERIAL_CONDITIONS],
      ),
    ],
  ),
  c(
    'b138-bilan-chacun',
    ['several-people', 'end'],
    [turn('a la fin de la prepa je recois un bilan pour chacun de mes 4 brsa ?', 'dispositif', [BILAN])],
  ),
  c(
    'b138-cout-dix',
    ['several-people', 'cost', 'abbrev'],
    [turn('si j envoie 10 brsa en prepa comp ca coute combien au CD', 'dispositif', [FREE], ['€', ' euros'])],
  ),
  c(
    'b138-panda-trois',
    ['several-people', 'panda'],
    [
      turn('pour mes 3 jeunes de la promo c moi qui les inscris sur panda ou l afpa ?', 'dispositif', [
        PANDA,
        REFERENT,
      ]),
    ],
  ),
  c(
    'b138-promo-jours-freres',
    ['siblings', 'abbrev'],
    [turn('deux freres ase 16 et 17 ans pour la promo, c tous les jours ?', 'dispositif', [PROMO_DAYS])],
  ),
  c(
    'b138-pec-deux-quand',
    ['several-people', 'start'],
    [
      turn(
        '2 salaries pec, un a signe la semaine derniere l autre y a 2 mois, comp pec c a quel moment qu on le lance',
        'dispositif',
        [PEC_START],
      ),
    ],
  ),
  c(
    'b138-prepa-hors-afpa',
    ['several-people', 'volet'],
    [
      turn(
        'j ai 2 brsa qui veulent entrer en formation, un au greta l autre a l afpa, la prepa volet 2 marche pour les deux ?',
        'dispositif',
        [alt('hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes', 'ailleurs', 'à l’afpa ou')],
      ),
    ],
  ),
  c(
    'b138-volets-deux-profils',
    ['several-people', 'two-questions', 'volet', 'comparison'],
    [
      turn(
        'une brsa veut travailler son projet, l autre a deja une formation visee, quel volet pour chacune et combien de jours',
        'dispositif',
        [['volet 1'], ['volet 2'], VOLET1_DAYS, VOLET2_DAYS],
      ),
    ],
  ),
  c(
    'b138-promo-duree-deux',
    ['several-people', 'follow-up', 'duration'],
    [
      turn(
        'mes 2 jeunes ase pour la promo, ca dure combien',
        'dispositif',
        [PROMO_DURATION],
        ['2 à 8 jours'],
      ),
      turn('et si l un des deux a besoin de plus de temps ?', 'dispositif', [['4 mois', 'quatre mois']]),
    ],
  ),
  c(
    'b138-promo-distance-fratrie',
    ['siblings', 'modality'],
    [
      turn(
        'le frere et la soeur (16 et 17 ans ase) habitent loin, la promo peut se faire a distance ?',
        'dispositif',
        [PRESENTIEL],
        ['tout ou partie'],
      ),
    ],
  ),
  c(
    'b138-pec-fin-trois',
    ['several-people', 'end', 'abbrev'],
    [turn('3 salaries pec, qu est ce qu ils auront a la fin de comp pec', 'dispositif', [CERTIFICATION])],
  ),
  c(
    'b138-prepa-delocalise',
    ['caseload', 'where', 'abbrev'],
    [
      turn('mes brsa sont eparpilles dans tout le 82, la prepa c que a montauban ?', 'dispositif', [
        MONTAUBAN,
        DELOCALISED,
      ]),
    ],
  ),
  c(
    'b138-pec-2q-distance-employeur',
    ['several-people', 'two-questions', 'modality', 'who-agrees'],
    [
      turn(
        'pour mes 2 pec : ca peut se faire a distance et faut l accord de leurs employeurs ?',
        'dispositif',
        [DISTANCE, EMPLOYER_AGREES],
      ),
    ],
  ),
  c(
    'b138-promo-apres',
    ['several-people', 'end'],
    [
      turn('et apres la promo mes jeunes ase sont suivis par qui et combien de temps', 'dispositif', [
        ['mission locale', 'missions locales'],
        ['6 mois', 'six mois'],
      ]),
    ],
  ),
  c(
    'b138-fle-primo',
    ['several-people', 'other-offer'],
    [
      turn('j ai 2 primo arrivants au rsa qui parlent peu francais, l afpa a un truc ?', 'dispositif', [
        ['français à visée', 'français langue étrangère', 'langue étrangère'],
      ]),
    ],
  ),
  c(
    'b138-clea-groupe',
    ['caseload', 'other-offer'],
    [
      turn(
        'plusieurs de mes brsa ont des lacunes en lecture calcul, y a une certif de base ?',
        'dispositif',
        [['cléa']],
      ),
    ],
  ),
  c(
    'b138-rsfp-vae-siae',
    ['several-people', 'follow-up', 'other-offer'],
    [
      turn(
        '2 salaries d une siae, un a de l experience l autre pas les prerequis pour la vae, on fait quoi',
        'dispositif',
        [
          ['rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire'],
          ['vae', 'v.a.e', 'validation des acquis'],
        ],
      ),
      turn('la rsfp ca prend combien de jours', 'dispositif', [DAYS_3_5]),
    ],
  ),
  c(
    'b138-promo-code',
    ['several-people', 'sms'],
    [
      turn('les 3 jeunes veulent passer le code, la promo 1618 aide pour ca ?', 'dispositif', [
        ['code de la route', 'préparer au code', 'prépare au code', 'préparation au code'],
      ]),
    ],
  ),
  c(
    'b138-2q-prepa-public-cout',
    ['two-questions', 'cost', 'abbrev'],
    [turn('prepa comp c pour qui et ca coute quoi au cd ?', 'dispositif', [RSA, FREE])],
  ),
  c(
    'b138-adhesion-chacun',
    ['several-people', 'who-agrees'],
    [turn('avant de prescrire pour mes 4 brsa faut leur accord a chacun ?', 'dispositif', [ADHESION])],
  ),
  c(
    'b138-coordo-bilans',
    ['afpa-voice', 'several-people', 'end'],
    [
      turn(
        'coordo afpa montauban : les bilans individuels de mes 5 stagiaires prepa je les envoie a qui',
        'dispositif',
        [REFERENT],
      ),
    ],
  ),
];

// ── Eligibility of several people at once, and one person for contrast ─────

const eligibility: ConversationCase[] = [
  c(
    'b138-deux-brsa-ft',
    ['several-people', 'abbrev'],
    [
      turn(
        'deux brsa suivis par le cd : un 35 ans pas inscrit FT, une 50 ans inscrite FT, prepa comp pour les deux ?',
        'eligibility',
        [ELIGIBLE],
      ),
    ],
  ),
  c(
    'b138-ase-15-16',
    ['several-people', 'age', 'follow-up'],
    [
      turn('2 jeunes ase, 15 ans et 16 ans, tous les deux decroches, la promo ?', 'eligibility', [
        NOT_ELIGIBLE,
        [...AGE_1618, '16 ans'],
      ]),
      turn('et celui de 15 ans il aura 16 ans en avril, ca sera bon ?', 'eligibility', [
        alt('16 ans', 'seize ans', 'ses 16', 'aura 16', 'à partir de 16', 'dès 16', '16 à 18'),
      ]),
    ],
  ),
  c(
    'b138-jumeaux',
    ['siblings', 'follow-up', 'abbrev'],
    [
      turn(
        'jumeaux 17 ans ase, un toujours au lycee, l autre a arrete en novembre, promo 1618 pour qui ?',
        'eligibility',
        [NOT_ELIGIBLE, [...ELIGIBLE, ...ML_CIO]],
      ),
      turn('ok pour celui qui a arrete, prochaine entree ?', 'agenda', [on('2027-02-01')]),
    ],
  ),
  c(
    'b138-pec-cap-emploi-mixte',
    ['several-people', 'abbrev'],
    [
      turn(
        '3 salaries pec : 2 au rsa suivis par nous avec employeurs ok, 1 pas au rsa suivi par cap emploi. comp pec pour les 3 ?',
        'eligibility',
        [ELIGIBLE, OTHER_PRESCRIBER],
      ),
    ],
  ),
  c(
    'b138-grande-soeur-promo',
    ['siblings', 'age'],
    [
      turn('la grande soeur 25 ans au rsa veut faire la promo 1618 avec son petit frere', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
    ],
  ),
  c(
    'b138-seul-60',
    ['one-person', 'abbrev'],
    [turn('monsieur 60 ans brsa pas inscrit ft, prepa comp possible ?', 'eligibility', [ELIGIBLE])],
  ),
  c(
    'b138-jeune-24-manque',
    ['one-person', 'missing-fact'],
    [turn('jeune de 24 ans qu on suit, prepa comp ?', 'eligibility', [RSA])],
  ),
  c(
    'b138-pec-employeur-refuse',
    ['several-people', 'who-agrees'],
    [
      turn(
        '3 brsa en contrat pec, les employeurs sont d accord pour 2 mais pas pour le 3e, comp pec ?',
        'eligibility',
        [EMPLOYER_AGREES],
      ),
    ],
  ),
  c(
    'b138-non-rsa-de',
    ['several-people', 'abbrev'],
    [
      turn('2 demandeurs d emploi pas au rsa, je peux les mettre en prepa comp ?', 'eligibility', [
        OTHER_PRESCRIBER,
        RSA,
      ]),
    ],
  ),
  c(
    'b138-ase-apprenti-deco',
    ['several-people', 'abbrev'],
    [
      turn(
        '2 jeunes ase de 17 ans, un en apprentissage l autre deco depuis septembre, promo ?',
        'eligibility',
        [NOT_ELIGIBLE, [...ELIGIBLE, ...ML_CIO]],
      ),
    ],
  ),
  c(
    'b138-mere-fille',
    ['family', 'follow-up'],
    [
      turn(
        'une mere et sa fille toutes les 2 au rsa suivies par nous, la mere en pec dans un ehpad, la fille 20 ans sans rien, quoi pour chacune',
        'eligibility',
        [PEC, PREPA],
      ),
      turn('la fille elle peut pas faire la promo plutot ?', 'eligibility', [NOT_ELIGIBLE, AGE_1618]),
    ],
  ),
  c(
    'b138-ase-parents-refus',
    ['several-people', 'parents'],
    [
      turn(
        '2 jeunes ase 16 ans deco, pour l un les parents refusent de signer quoi que ce soit, promo ?',
        'eligibility',
        [PARENTS],
      ),
    ],
  ),
  c(
    'b138-coordo-trois-19',
    ['afpa-voice', 'several-people', 'age'],
    [
      turn(
        'coordo afpa : un referent m envoie 3 jeunes de 19 ans pour la promo 16/18, je lui reponds quoi',
        'eligibility',
        [NOT_ELIGIBLE, AGE_1618],
      ),
    ],
  ),
  c(
    'b138-pr-apres-eligibilite',
    ['several-people', 'follow-up', 'abbrev'],
    [
      turn('2 brsa 30 et 42 ans suivis par le cd, pas inscrits ft, prepa comp ?', 'eligibility', [ELIGIBLE]),
      turn('ok je les prescris', 'prescribe', FORM),
    ],
  ),
];

// ── Figures, asked for the caseload ────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b138-fig-combien-prepa',
    ['caseload', 'follow-up'],
    [
      turn('on en a envoye combien cette annee en prepa comp', 'figures', [NOT_AVAILABLE]),
      turn('et l objectif c etait combien', 'figures', [TARGET_PREPA]),
    ],
  ),
  c(
    'b138-fig-ase-10',
    ['caseload', 'abbrev'],
    [turn('on a deja atteint les 10 jeunes ase sur la promo ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b138-fig-trois-objectifs',
    ['team'],
    [
      turn('pour la reunion d equipe, les objectifs chiffres des 3 dispositifs stp', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
        TARGET_PROMO,
      ]),
    ],
  ),
  c(
    'b138-fig-pec-compte',
    ['several-people'],
    [
      turn('si j envoie mes 5 brsa en comp pec ca compte dans l objectif ? c combien deja', 'figures', [
        TARGET_PEC,
      ]),
    ],
  ),
  c(
    'b138-fig-remontee',
    [],
    [
      turn('les chiffres de nos orientations ils remontent a qui', 'figures', [
        ['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'],
      ]),
    ],
  ),
  c(
    'b138-fig-sorties',
    ['abbrev'],
    [
      turn('promo 1618 : quel taux de sorties positives vise pour nos jeunes', 'figures', [
        ['70 %', '70%', '70 pour cent'],
      ]),
    ],
  ),
  c(
    'b138-fig-taux-emploi',
    ['caseload', 'abbrev'],
    [turn('taux de sortie emploi des brsa qu on a envoye a l afpa ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b138-fig-promo-puis-pec',
    ['follow-up'],
    [
      turn('combien de jeunes ase on est cense orienter vers la promo', 'figures', [TARGET_PROMO]),
      turn('et en pec c combien l objectif', 'figures', [TARGET_PEC]),
    ],
  ),
  c(
    'b138-fig-jpo-participants',
    ['caseload', 'abbrev'],
    [turn('combien de nos allocataires sont venus aux jpo et infos coll', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b138-fig-frequence',
    [],
    [
      turn('le tableau de bord des dispositifs il est envoye tous les combien', 'figures', [
        ['mensuel', 'chaque mois', 'tous les mois'],
      ]),
    ],
  ),
  c(
    'b138-fig-2q-objectif-avancement',
    ['two-questions', 'abbrev'],
    [turn('objectif prepa comp c combien et on en est ou', 'figures', [TARGET_PREPA, NOT_AVAILABLE])],
  ),
];

// ── Whom to contact, for a group ───────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b138-ct-groupe',
    ['group', 'follow-up'],
    [
      turn('j ai un groupe de 6 brsa a orienter vers prepa comp, je contacte qui a l afpa', 'contact', [RAP]),
      turn(
        'tu as son tel ou son mail ?',
        'contact',
        [NO_COORDINATES],
        ['05 63', '05.63', '0563', '@afpa.fr'],
      ),
    ],
  ),
  c(
    'b138-ct-ase',
    ['ase-voice', 'several-people'],
    [
      turn(
        'educ ASE ici, pour orienter 3 jeunes vers la promo 1618 mon interlocuteur a l afpa c qui',
        'contact',
        [RAP],
      ),
    ],
  ),
  c(
    'b138-ct-cd',
    ['abbrev'],
    [turn('cote cd qui fait le lien avec l afpa pour tous nos referents', 'contact', [DEPT_REFERENT])],
  ),
  c(
    'b138-ct-pilote',
    ['abbrev'],
    [turn('c qui qui coordonne les 3 dispositifs dans le 82 pour l afpa', 'contact', [DIRECTOR])],
  ),
  c(
    'b138-ct-visite-groupe',
    ['group'],
    [
      turn(
        'pour organiser une visite de plateau pour mon groupe en dehors des dates prevues, je demande a qui',
        'contact',
        [[...RAP, ...DIRECTOR]],
      ),
    ],
  ),
  c(
    'b138-ct-coordo-cd',
    ['afpa-voice'],
    [
      turn(
        'coordo afpa : je recois plein de prescriptions de referents differents, mon interlocuteur au cd c qui',
        'contact',
        [DEPT_REFERENT],
      ),
    ],
  ),
  c(
    'b138-ct-2q-afpa-cd',
    ['two-questions', 'group'],
    [
      turn('pour mon groupe qui contacter a l afpa et cote departement ?', 'contact', [
        [...RAP, ...DIRECTOR],
        DEPT_REFERENT,
      ]),
    ],
  ),
];

// ── Prescribing for several people ─────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b138-pr-trois-prepa',
    ['several-people'],
    [turn('je veux prescrire prepa comp pour 3 brsa', 'prescribe', FORM)],
  ),
  c(
    'b138-pr-une-ou-chacun',
    ['couple'],
    [
      turn('pour le couple je fais une seule prescription ou une chacun ?', 'prescribe', [
        ['prescri'],
        PER_PERSON,
      ]),
    ],
  ),
  c(
    'b138-pr-deux-ase-promo',
    ['several-people', 'session'],
    [turn('inscrire mes 2 jeunes ase sur la promo du 1er fevrier', 'prescribe', [...FORM, on('2027-02-01')])],
  ),
  c(
    'b138-pr-pec-deux',
    ['several-people', 'abbrev'],
    [turn('prescrire comp pec pour 2 salaries', 'prescribe', FORM)],
  ),
  c(
    'b138-pr-session-18',
    ['several-people', 'session'],
    [
      turn('positionner 2 personnes sur l entree prepa du 18 janvier', 'prescribe', [
        ...FORM,
        on('2027-01-18'),
      ]),
    ],
  ),
  c(
    'b138-pr-liste',
    ['several-people'],
    [
      turn('je peux t envoyer une liste de 5 noms et tu les inscris tous d un coup ?', 'prescribe', [
        ['prescri'],
        PER_PERSON,
      ]),
    ],
  ),
  c(
    'b138-pr-castel-v2',
    ['several-people', 'volet', 'abbrev'],
    [
      turn('inscription volet 2 pour 2 brsa sur la session de castel', 'prescribe', [
        ...FORM,
        on('2027-02-15'),
      ]),
    ],
  ),
];

// ── Outside the agreement ──────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b138-oos-payes-promo',
    ['several-people', 'benefit'],
    [turn('les 3 jeunes ase seront payes pendant la promo ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, '€'])],
  ),
  c(
    'b138-oos-caf-couple',
    ['couple', 'rsa-rules', 'abbrev'],
    [
      turn(
        'couple au rsa, si les 2 rentrent en prepa comp la caf recalcule leur rsa ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b138-oos-permis-groupe',
    ['group', 'benefit'],
    [turn('mes 5 brsa ont besoin du permis, le cd finance ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, '€'])],
  ),
  c(
    'b138-oos-minibus',
    ['group', 'transport'],
    [
      turn(
        'y a un minibus de l afpa pour emmener mon groupe a la reunion de caussade ?',
        'out_of_scope',
        [[...SILENT, ...MATERIAL_CONDITIONS]],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b138-oos-pmr',
    ['several-people', 'access'],
    [
      turn(
        'un des 3 est en fauteuil, le centre afpa est accessible pmr ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b138-oos-horaires-prepa',
    ['several-people', 'schedule'],
    [
      turn(
        'les ateliers prepa comp commencent a quelle heure, j ai 2 mamans qui deposent les enfants a l ecole',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b138-oos-cantine',
    ['several-people', 'cost'],
    [
      turn(
        'repas du midi a l afpa pour mes 4 stagiaires c combien',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b138-oos-remuneration-couple',
    ['couple', 'benefit'],
    [turn('le couple sera remunere pendant la prepa ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, '€'])],
  ),
  c(
    'b138-oos-hebergement-mobilite',
    ['siblings', 'cost'],
    [
      turn(
        'les jumeaux ase pendant la periode de mobilite de la promo, l hebergement c qui qui paie',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b138-oos-cej',
    ['several-people', 'other-organisation', 'abbrev'],
    [
      turn(
        'mes 2 jeunes de 19 et 22 ans, le CEJ de la ML ca marche comment',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
];

// ── Everything else the agreement settles ──────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b138-ot-bonjour',
    ['greeting'],
    [
      turn('bonjour j ai plusieurs situations a voir avec toi', 'other', [
        ['prépa comp', 'dispositif', 'agenda', 'promo', 'pec', 'éligib', 'prescri'],
      ]),
    ],
  ),
  c(
    'b138-ot-rgpd-liste',
    ['several-people', 'rgpd'],
    [
      turn(
        'je peux envoyer a l afpa un tableau excel avec noms et dates de naissance de mes 8 brsa ?',
        'other',
        [
          [
            'rgpd',
            'r.g.p.d',
            '2016/679',
            'informatique et libertés',
            'données personnelles',
            'protection des données',
          ],
        ],
      ),
    ],
  ),
  c(
    'b138-ot-kit',
    ['several-people', 'communication'],
    [
      turn('des flyers pour mes 8 allocataires apres l info coll, l afpa en fournit ?', 'other', [
        ['kit', 'flyer'],
      ]),
    ],
  ),
  c(
    'b138-ot-presentation-equipe',
    ['team'],
    [
      turn('l afpa peut venir presenter les dispositifs a notre equipe de 12 referents ?', 'other', [
        alt(
          'semestre',
          'deux fois par an',
          'réunion d’équipe',
          'collectifs de conseillers',
          'communication spécifique',
        ),
      ]),
    ],
  ),
  c(
    'b138-ot-habilitation',
    ['ase-voice', 'panda'],
    [
      turn('mes 2 collegues educ ase doivent etre habilitees sur panda, qui fait ca', 'other', [
        ['afpa'],
        ['habilit'],
      ]),
    ],
  ),
  c(
    'b138-ot-stand-jpo',
    ['team', 'abbrev'],
    [turn('a la jpo on doit tenir un stand avec l equipe ?', 'other', [['stand']])],
  ),
  c(
    'b138-ot-village',
    ['group'],
    [
      turn(
        'on cherche une salle pour un atelier collectif avec nos brsa, le village afpa peut accueillir ca ?',
        'other',
        [
          alt(
            'tiers lieu',
            'tiers-lieu',
            'tiers lieux',
            'tiers-lieux',
            'accueil d’évènements',
            'accueil d’événements',
            'groupes de travail',
            'permanences',
          ),
        ],
      ),
    ],
  ),
  c(
    'b138-ot-accord-duree',
    ['caseload'],
    [
      turn('l accord cd afpa il court jusqu a quand, j ai encore 4 brsa a orienter', 'other', [
        ['2 ans', 'deux ans', 'avenant'],
        ['2022', '2023', 'avenant'],
      ]),
    ],
  ),
  c(
    'b138-ot-copil',
    ['abbrev'],
    [
      turn('le copil de l accord se reunit combien de fois', 'other', [
        ['fois par an', 'au moins une fois', 'annuel', 'annuelle'],
      ]),
    ],
  ),
];

export const HUNDRED_THIRTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  ...severalPeople,
  ...programmes,
  ...eligibility,
  ...figures,
  ...contacts,
  ...prescribe,
  ...outOfScope,
  ...other,
];
