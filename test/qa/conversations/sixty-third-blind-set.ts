/**
 * Sixty-third blind set: AFPA Montauban's staff and the partnership's pilots, with the
 * référents insertion of the Département de Tarn-et-Garonne who ask them things.
 *
 * Who speaks: the AFPA coordinator who receives prescriptions and must acknowledge, follow
 * and report on them; the person at AFPA who publishes the agenda (JPO, informations
 * collectives, visites de plateau, réunions métiers, entry calendars, Info Places); a pilot
 * preparing the yearly steering committee (targets, indicators, who does what, the
 * agreement's dates and renewal); and référents asking the agenda by town, month, trade,
 * modality and places. They type as people do in Teams: abbreviations (BRSA, PEC, 1618,
 * prepa comp, FT, ML, ASE, JPO, info coll, SIAE, CDDI), no accents, typos, SMS style,
 * dictation errors, long rambling messages, one-word questions, two questions at once and
 * follow-ups that only make sense after the previous turn.
 *
 * Written blind: only from the 2022 agreement between the Département and AFPA (with its
 * action plan and the protocol of the three programmes), the product guide, the helpers of
 * `sets.ts` and the published agenda of `agenda-fixture.ts` (today frozen at Monday
 * 11 January 2027, 9:00 Paris), without looking at how the bot works. Where the agreement
 * is silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts as alternatives ───────────────────────────────────────────────────

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
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET_1_DAYS = ['5 à 6', '5-6', '5 ou 6', '5 et 6', 'cinq à six', 'cinq ou six'];
const VOLET_2_DAYS = ['4 à 8', '4-8', '4 et 8', 'quatre à huit', 'quatre et huit'];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const COMPLET = [
  'complet',
  'plus de place',
  'aucune place',
  'pas de place',
  ' 0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune',
];
const MONTAUBAN = ['Montauban'];

/** « 14h », « 14 h », « 14:00 ». */
function hour(h: number): string[] {
  return [`${h}h`, `${h} h`, `${h}:00`, `${String(h).padStart(2, '0')}:00`];
}

/** A yearly target of the agreement, as a figures answer may write it. */
function target(n: number, words: string[]): string[] {
  return [
    `${n} allocataires`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} entrées`,
    `${n} brsa`,
    `${n} rsa`,
    `${n} salariés`,
    `${n} orient`,
    `objectif : ${n}`,
    `objectif de ${n}`,
    `objectif ${n}`,
    `objectifs : ${n}`,
    `cible : ${n}`,
    `cible de ${n}`,
    `prévu : ${n}`,
    `/ ${n}`,
    `/${n}`,
    `sur ${n}`,
    `: ${n}`,
    `${n} (`,
    ...words,
  ];
}
const TARGET_PREPA = target(30, ['trente']);
const TARGET_PEC = target(50, ['cinquante']);
const TARGET_PROMO = target(10, ['dix jeunes', 'dix personnes']);

/** The agreement does not settle it (and the bot must not invent). */
const SILENT = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'ne mentionne pas',
  'ne mentionne rien',
  'ne parle pas',
  'pas prévu',
  'ne traite pas',
  'ne règle pas',
  'ne fixe pas',
  'ne donne pas',
  'ne contient pas',
  'ne figure pas',
  'n’indique pas',
  "n'indique pas",
  'ne couvre pas',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'aucune mention',
  'rien de prévu',
  'ne sais pas',
  'pas en mesure',
  'hors du champ',
  'hors champ',
  'hors de mon',
  'hors périmètre',
  'hors du périmètre',
  'ne relève pas',
];
/** A question the assistant is not there for. */
const OFF_TOPIC = [
  ...SILENT,
  'hors',
  'ne peux pas',
  'je ne peux',
  'pas de mon ressort',
  'uniquement',
  'seulement',
  'limité',
  'spécialisé',
];
/** A positive verdict must not say the contrary. */
const NOT_ELIGIBLE = ['pas éligible', 'non éligible', 'inéligible'];
/** A negative verdict, in some wording. */
const NEGATIVE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'n’est pas',
  "n'est pas",
  'pas possible',
  'réservé',
  'uniquement',
  'seulement',
  'pas accessible',
  'ne relève pas',
  'ne correspond pas',
  'trop âgé',
  'dépasse',
  'plus mineur',
];
/** The Info Places trainings of the fixture, for answers about one of them. */
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

// ── Agenda: by town, month, trade, modality and places (référents) ─────────

const agenda: ConversationCase[] = [
  c('b63-info-coll-prepa-next', ['referent', 'sms'], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07')),
  ]),
  c('b63-info-coll-castel', ['referent', 'town', 'abbreviation'], [
    turn('info coll a castel c quand svp', 'agenda', [on('2027-01-21'), hour(14)], [
      ...notOn('2027-01-14'),
      ...notOn('2027-03-04'),
    ]),
  ]),
  c('b63-jpo-then-hour', ['referent', 'follow-up'], [
    turn(
      "y a des jpo bientot? j'ai 3 bRSA interesses par les metiers du batiment",
      'agenda',
      [on('2027-02-03'), on('2027-02-17')],
      notOn('2027-01-07'),
    ),
    turn('celle de moissac elle commence a quelle heure', 'agenda', [hour(10)]),
  ]),
  c('b63-visite-soudure-then-seats', ['referent', 'trade', 'follow-up'], [
    turn('visite plateau soudure c quand', 'agenda', [on('2027-01-19'), hour(14)], notOn('2027-03-10')),
    turn('il reste cmb de places dessus ?', 'agenda', [seats(8)]),
  ]),
  c('b63-reunion-metier-batiment', ['referent', 'trade'], [
    turn('reunion metiers batiment prochaine date et lieu', 'agenda', [on('2027-02-23'), ['Caussade']], notOn('2027-01-26')),
  ]),
  c('b63-reunion-logistique-cariste', ['referent', 'trade', 'person-described'], [
    turn(
      "g un monsieur BRSA 41 ans qui veut etre cariste, il a deja bosse en entrepot en interim. y a une reunion metier logistique prevue ?",
      'agenda',
      [on('2027-01-26'), MONTAUBAN],
      notOn('2027-02-23'),
    ),
  ]),
  c('b63-moissac-town', ['referent', 'town'], [
    turn('quoi de prevu sur moissac', 'agenda', [on('2027-02-09'), on('2027-02-17')], [
      ...notOn('2027-01-21'),
      ...notOn('2027-02-23'),
      ...notOn('2027-01-14'),
    ]),
  ]),
  c('b63-next-week', ['referent', 'period'], [
    turn("l'agenda de la semaine pro stp", 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b63-this-week', ['referent', 'period', 'typo'], [
    turn('y a quoi cette semiane a l afpa', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
      ...notOn('2027-01-07'),
    ]),
  ]),
  c('b63-march', ['referent', 'month'], [
    turn('programme du mois de mars ? (jpo, info coll, visites...)', 'agenda', [
      on('2027-03-04'),
      on('2027-03-10'),
      on('2027-03-17'),
    ], [...notOn('2027-02-23'), ...notOn('2027-02-17'), ...notOn('2027-02-11')]),
  ]),
  c('b63-prepa-v1-presentiel-then-distance', ['referent', 'modality', 'follow-up'], [
    turn('prochaine entree prepa volet 1 en presentiel', 'agenda', [on('2027-01-18'), MONTAUBAN], notOn('2027-02-08')),
    turn('et a distance ?', 'agenda', [on('2027-02-08')], notOn('2027-03-03')),
  ]),
  c('b63-prepa-v2-full-then-next', ['referent', 'places', 'follow-up'], [
    turn("la prepa volet 2 du 25/01 il reste de la place? j'ai une dame a positionner", 'agenda', [COMPLET]),
    turn('bon bah la suivante alors', 'agenda', [on('2027-02-15'), ['Castelsarrasin']], [
      ...notOn('2027-02-08'),
      ...notOn('2027-03-08'),
    ]),
  ]),
  c('b63-pec-atelier-2-calendar', ['referent', 'entry-calendar'], [
    turn("calendrier d'entrees competences pec atelier 2", 'agenda', [on('2027-01-20'), on('2027-03-03')], notOn('2027-01-18')),
  ]),
  c('b63-promo-entry-and-parents', ['referent', 'two-questions'], [
    turn(
      'promo 16 18 : prochaine entree ? et y a une info coll pour les parents ?',
      'agenda',
      [on('2027-02-01'), on('2027-03-17')],
    ),
  ]),
  c('b63-places-soudeur', ['referent', 'places', 'one-word'], [
    turn('places soudeur ?', 'agenda', [seats(4)], otherTrainings('soudeur')),
  ]),
  c('b63-plaquiste-full-then-batiment', ['referent', 'places', 'follow-up'], [
    turn('plaquiste il reste de la place ?', 'agenda', [COMPLET]),
    turn("et sinon dans le batiment ya quoi d'ouvert", 'agenda', [
      ['maçon', 'électricien', ...on('2027-02-23')],
    ]),
  ]),
  c('b63-castel-trainings', ['referent', 'town', 'places'], [
    turn('formations avec places dispo a castelsarrasin', 'agenda', [['préparateur de commandes'], on('2027-03-01')], [
      'soudeur',
      'maçon',
      'cariste',
      'électricien',
      'plaquiste',
      'agent de propreté',
      'agent de restauration',
    ]),
  ]),
  c('b63-distanciel', ['referent', 'modality', 'person-described'], [
    turn(
      "vous avez des sessions en distanciel ? ma beneficiaire habite a st antonin, pas de voiture pas de bus",
      'agenda',
      [on('2027-02-08'), on('2027-03-03')],
      [...notOn('2027-01-18'), ...notOn('2027-02-15')],
    ),
  ]),
  c('b63-valence-one-word', ['referent', 'town', 'one-word'], [
    turn("valence d'agen ?", 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
  ]),
  c('b63-february-then-info-coll', ['referent', 'month', 'follow-up'], [
    turn('agenda fevrier', 'agenda', [on('2027-02-03'), on('2027-02-11'), on('2027-02-23')], [
      ...notOn('2027-01-26'),
      ...notOn('2027-03-04'),
    ]),
    turn('juste les info coll stp', 'agenda', [on('2027-02-09'), on('2027-02-11')], [
      ...notOn('2027-02-03'),
      ...notOn('2027-02-17'),
      ...notOn('2027-02-23'),
    ]),
  ]),
  c('b63-visite-electricite', ['referent', 'trade', 'sms'], [
    turn('visite plateau elec, c quand et a quelle heure', 'agenda', [on('2027-03-10'), hour(10)], notOn('2027-01-19')),
  ]),
  c('b63-seats-info-coll-thursday', ['referent', 'places'], [
    turn("combien de places a l'info coll de jeudi ?", 'agenda', [seats(15), on('2027-01-14')]),
  ]),
  c('b63-proprete-update-date', ['referent', 'places', 'two-questions'], [
    turn(
      'agent de proprete a moissac c a jour les places ? ca date de quand',
      'agenda',
      [seats(7), on('2027-01-06')],
      otherTrainings('propreté'),
    ),
  ]),
  c('b63-publish-jpo-how', ['publisher', 'long'], [
    turn(
      "Bonjour, je suis a l'accueil de l'AFPA Montauban et c'est moi maintenant qui dois publier les JPO et les info coll pour que les referents du CD les voient dans Teams. je fais comment concretement, j'ai tout dans un tableau excel",
      'agenda',
      [['csv', 'formulaire', 'import', 'fichier']],
    ),
  ]),
  c('b63-publish-entry-calendar-format', ['publisher'], [
    turn(
      "pour importer le calendrier d'entrees prepa / pec / promo depuis excel il faut quelles colonnes ?",
      'agenda',
      [['csv'], ['modalite', 'volet']],
    ),
  ]),
  c('b63-info-coll-and-duration', ['referent', 'two-questions'], [
    turn(
      'c quand la prochaine info coll prepa et ca dure combien la prepa en tout',
      'agenda',
      [on('2027-01-14'), PREPA_DURATION],
    ),
  ]),
  c('b63-dictation-batiment', ['referent', 'dictation'], [
    turn('prochaine réunion des métiers du bas-temps', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
  ]),
  c('b63-cariste-dates-seats', ['referent', 'places', 'trade'], [
    turn("cariste d'entrepot : dates de la formation et nb de places", 'agenda', [on('2027-01-27'), seats(6)], [
      'soudeur',
      'maçon',
      'plaquiste',
      'électricien',
      'agent de restauration',
      'agent de propreté',
    ]),
  ]),
];

// ── Dispositifs, the agreement's dates and who does what ────────────────────

const dispositifs: ConversationCase[] = [
  c('b63-prepa-days', ['referent', 'sms'], [
    turn('prepa comp c combien de jours', 'dispositif', [PREPA_DURATION, TWO_WEEKS]),
  ]),
  c('b63-prepa-volets', ['referent'], [
    turn('volet 1 volet 2 de la prepa c quoi la diff ? en jours', 'dispositif', [VOLET_1_DAYS, VOLET_2_DAYS]),
  ]),
  c('b63-pec-phases', ['referent', 'abbreviation'], [
    turn("competences pec ca se passe comment, c'est quoi les phases", 'dispositif', [
      ['5 phases', 'cinq phases', '5 étapes', 'cinq étapes'],
      ['VAE', 'V.A.E', 'RSFP', 'R.S.F.P', 'CléA'],
    ], ['13 semaines']),
  ]),
  c('b63-promo-days-of-week', ['referent'], [
    turn(
      "la promo 1618 c'est du lundi au vendredi ? la mere me demande si le jeune a cours le vendredi",
      'dispositif',
      [['jeudi']],
    ),
  ]),
  c('b63-promo-length', ['referent', 'two-questions'], [
    turn('la promo ca dure 3 mois ou 4 mois ? on me dit les deux', 'dispositif', [PROMO_WEEKS, ['4 mois', 'quatre mois']]),
  ]),
  c('b63-fle-primo-arrivant', ['referent', 'person-described'], [
    turn(
      "g une dame primo arrivante, elle parle tres peu francais, BRSA, elle voudrait travailler en cuisine. l'afpa a un truc pour le francais ?",
      'dispositif',
      [['visée professionnelle', 'langue étrangère', 'FLE']],
    ),
  ]),
  c('b63-rsfp-vs-vae', ['referent', 'abbreviation'], [
    turn('rsfp c pour qui par rapport a la vae', 'dispositif', [['prérequis', 'pré-requis', 'pré requis']]),
  ]),
  c('b63-promo-after-then-thanks', ['referent', 'follow-up'], [
    turn('apres la promo 16 18 le jeune est suivi ou lache dans la nature ?', 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
    turn('ok merci bcp', 'other', []),
  ]),
  c('b63-prepa-remote', ['referent', 'modality'], [
    turn(
      'prepa comp peut se faire a distance ? ma personne habite a caylus sans voiture',
      'dispositif',
      [['tout ou partie', 'en partie', 'partiellement', 'mixte', 'présentiel']],
    ),
  ]),
  c('b63-hello-then-prepa', ['referent', 'follow-up'], [
    turn('bonjour', 'other', []),
    turn('vous pouvez me dire c koi prepa comp en 2 mots', 'dispositif', [
      ['projet professionnel', 'projet pro', 'entrée en formation', 'sécuriser', 'consolider', 'prérequis'],
    ]),
  ]),
  c('b63-agreement-end-then-notice', ['pilot', 'agreement', 'follow-up'], [
    turn(
      "l'accord CD-AFPA il court jusqu'a quand ? on doit passer un avenant pour continuer ?",
      'dispositif',
      [['2 ans', 'deux ans'], ['avenant'], ['janvier 2022', '01/01/2022', '2022-01-01']],
    ),
    turn('et si une des deux parties veut arreter avant ?', 'dispositif', [['2 mois', 'deux mois'], ['préavis']]),
  ]),
  c('b63-copil-frequency', ['pilot', 'committee'], [
    turn("copil de l'accord : ca se reunit combien de fois par an et qui y siege", 'dispositif', [
      ['1 fois par an', 'une fois par an', 'au moins une fois', 'au moins 1 fois', 'annuel', 'chaque année'],
      ['Département'],
    ]),
  ]),
  c('b63-copil-first-meeting', ['pilot', 'committee'], [
    turn('au 1er copil on est censes valider quoi ?', 'dispositif', [
      ['plan d’action', "plan d'action", 'plan d’actions', "plan d'actions"],
      ['indicateurs'],
    ]),
  ]),
  c('b63-campaign-dates', ['pilot', 'agreement'], [
    turn(
      "jusqu'a quand les brsa pouvaient entrer dans l'experimentation et finir leur parcours ? c pour le bilan",
      'dispositif',
      [
        ['31 décembre 2022', '31/12/2022', '31 décembre', '2022-12-31'],
        ['30 avril 2023', '30/04/2023', '30 avril', '2023-04-30'],
      ],
    ),
  ]),
  c('b63-who-does-what-jpo', ['pilot', 'roles'], [
    turn(
      "pour le copil je fais un tableau qui fait quoi : sur les JPO c'est quoi le role de l'afpa et celui du departement ?",
      'dispositif',
      [['stand'], ['communique', 'transmet', 'dates']],
    ),
  ]),
  c('b63-afpa-presents-to-teams', ['pilot', 'roles'], [
    turn(
      "l'afpa doit venir presenter ses actions a nos equipes insertion ? c'est prevu a quel rythme",
      'dispositif',
      [['semestre', 'deux fois par an', '2 fois par an']],
    ),
  ]),
];

// ── Eligibility: people described with their situation ─────────────────────

const eligibility: ConversationCase[] = [
  c('b63-brsa-not-ft-prepa', ['referent', 'person-described', 'long'], [
    turn(
      "Mr 52 ans BRSA depuis 3 ans, pas inscrit a FT, il voudrait se former cariste mais faut d'abord voir si c'est realiste (dos fragile, pas de caces). prepa comp ok pour lui ?",
      'eligibility',
      [['non inscrit', 'pas inscrit', 'inscrits ou non', 'inscrit ou non', 'sans être inscrit', 'allocataire du RSA', 'allocataires du RSA']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b63-ase-17-promo-then-register', ['referent', 'person-described', 'follow-up'], [
    turn(
      "jeune 17 ans confiee a l'ASE, a arrete le lycee en novembre, ne fait rien depuis. promo 16-18 possible ?",
      'eligibility',
      [['aide sociale à l’enfance', "aide sociale à l'enfance", 'ASE', '16 à 18', '16 et 18', 'mineur']],
      NOT_ELIGIBLE,
    ),
    turn("ok super, je l'inscris ou ?", 'prescribe', [['PANDA', 'formulaire', 'prescri']]),
  ]),
  c('b63-19-promo-then-ft', ['referent', 'person-described', 'follow-up'], [
    turn('ado de 19 ans sans diplome, decrocheur, promo 16 18 ?', 'eligibility', [
      ['18 ans', 'mineur', '16 à 18', '16 et 18'],
      NEGATIVE,
    ]),
    turn("et prepa comp alors ? il est pas au rsa mais inscrit a FT", 'eligibility', [
      ['France Travail', 'Pôle emploi', 'pole-emploi'],
    ]),
  ]),
  c('b63-cddi-aci-pec', ['referent', 'person-described', 'abbreviation'], [
    turn(
      'salariee en CDDI dans un ACI depuis 1 an, elle peut faire competences pec pour valider ses acquis ?',
      'eligibility',
      [['RSFP', 'R.S.F.P', 'reconnaissance des savoir', 'VAE', 'V.A.E']],
    ),
  ]),
  c('b63-pec-mairie-2-months', ['referent', 'person-described'], [
    turn(
      'monsieur en PEC depuis 2 mois a la mairie de negrepelisse (agent espaces verts), BRSA, competences pec possible ?',
      'eligibility',
      [['premiers mois', 'signature', 'employeur', 'en PEC', 'en P.E.C', 'parcours emploi compétences']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b63-ase-16-still-at-school', ['referent', 'person-described'], [
    turn(
      "jeune fille 16 ans ASE encore au lycee en 1ere, elle veut plus y aller depuis la rentree mais elle est toujours inscrite. promo ?",
      'eligibility',
      [['quitté', 'décroch', 'sorti', 'pas en formation', 'ni en formation', 'plus scolaris', 'déscolaris', 'scolarisée']],
    ),
  ]),
  c('b63-brsa-rqth-prepa', ['referent', 'person-described', 'handicap'], [
    turn("BRSA 30 ans avec RQTH, prepa comp ou c'est cap emploi qui gere ?", 'eligibility', [
      ['allocataire', 'RSA'],
    ], NOT_ELIGIBLE),
  ]),
  c('b63-ml-17-promo', ['referent', 'person-described'], [
    turn(
      "jeune 17 ans suivi par la ML, pas ASE, sorti du college l'an dernier sans rien, il peut faire la promo ?",
      'eligibility',
      [['mission locale', 'missions locales', '16 à 18', '16 et 18', 'mineur']],
      NOT_ELIGIBLE,
    ),
  ]),
];

// ── Prescriptions: référents who prescribe, AFPA who acknowledges and reports ─

const prescriptions: ConversationCase[] = [
  c('b63-prescribe-prepa', ['referent'], [
    turn(
      'je voudrais prescrire prepa comp pour Mr B. 45 ans brsa, il est ok pour y aller',
      'prescribe',
      [['Prépa Compétences', 'prepa competences'], ['formulaire', 'PANDA', 'prescription', 'inscri']],
    ),
  ]),
  c('b63-prescribe-pec-employer', ['referent'], [
    turn("pour prescrire competences pec je dois prevenir l'employeur ?", 'prescribe', [['employeur'], ['accord']]),
  ]),
  c('b63-prescribe-cost', ['pilot'], [
    turn("le departement doit payer qqch a l'afpa qd on prescrit ?", 'prescribe', [
      [
        'sans contrepartie',
        'gratuit',
        'pas de contrepartie',
        'aucune contrepartie',
        'aucun coût',
        'rien à payer',
        'pas payant',
        'ne paie pas',
        'ne coûte rien',
        'sans frais',
        'financé par l’État',
        "financé par l'État",
        'financés par l’État',
        "financés par l'État",
      ],
    ]),
  ]),
  c('b63-coordinator-acknowledge', ['afpa-coordinator', 'long'], [
    turn(
      "coordo afpa montauban ici. je recois les prescriptions des referents dans le canal teams, comment j'accuse reception pour que la referente voie que c'est pris en compte ?",
      'prescribe',
      [['accus', 'réception', 'pris en compte', 'prise en compte', 'prise en charge', 'reçue']],
    ),
  ]),
  c('b63-coordinator-end-report', ['afpa-coordinator'], [
    turn('fin de prepa pour Mme D la semaine derniere, je dois transmettre quoi a sa referente RSA ?', 'prescribe', [
      ['bilan individuel', 'bilan'],
    ]),
  ]),
  c('b63-my-prescriptions', ['referent', 'sms'], [
    turn('ou en sont mes prescriptions ?', 'prescribe', [['prescription']]),
  ]),
  c('b63-coordinator-abandon', ['afpa-coordinator', 'typo'], [
    turn(
      'le monsieur de la prepa a abandonne au 3e jour, je mets a jour comment ? la referente doit etre prevenue',
      'prescribe',
      [['abandon']],
    ),
  ]),
];

// ── Figures: the pilot's targets and indicators ────────────────────────────

const figures: ConversationCase[] = [
  c('b63-targets-2022', ['pilot'], [
    turn("objectifs 2022 de l'accord par dispositif ?", 'figures', [TARGET_PREPA, TARGET_PEC, TARGET_PROMO]),
  ]),
  c('b63-prepa-vs-target', ['pilot', 'sms'], [
    turn("on en est ou sur prepa comp par rapport a l'objectif ?", 'figures', [TARGET_PREPA]),
  ]),
  c('b63-target-pec-then-promo', ['pilot', 'follow-up'], [
    turn('objectif competences pec ?', 'figures', [TARGET_PEC]),
    turn('et la promo pour les jeunes ase ?', 'figures', [TARGET_PROMO]),
  ]),
  c('b63-indicators-information', ['pilot', 'committee'], [
    turn("pour le copil, les indicateurs sur les jpo et info coll c'est lesquels", 'figures', [
      ['nombre'],
      ['plateau', 'plateaux'],
    ]),
  ]),
  c('b63-indicators-training-access', ['pilot', 'committee'], [
    turn('indicateurs 2.1.2 acces a la formation de droit commun ?', 'figures', [
      ['réussite'],
      ['taux de sortie', 'sortie emploi', 'sortie en emploi', 'sorties en emploi', 'sorties emploi', 'sortie vers l’emploi'],
    ]),
  ]),
  c('b63-dgefp-rhythm', ['pilot', 'abbreviation'], [
    turn('on envoie quoi a la DGEFP et a quel rythme', 'figures', [
      ['mensuel', 'chaque mois', 'tous les mois'],
      ['trimestri'],
    ]),
  ]),
  c('b63-promo-positive-exits', ['pilot'], [
    turn('promo 1618 objectif de sorties positives ?', 'figures', [
      ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour cent', 'soixante-dix'],
    ]),
  ]),
  c('b63-indicators-entries', ['pilot', 'committee'], [
    turn("indicateurs sur les calendriers d'entrees en prestation ?", 'figures', [['volet 1', 'volet 2'], ['atelier']]),
  ]),
  c('b63-yearly-report-recipient', ['pilot'], [
    turn('le bilan annuel departemental par dispositif il part a qui', 'figures', [['DDETSPP', 'D.D.E.T.S.P.P', 'DDETS']]),
  ]),
];

// ── Contacts: who is who in the partnership ────────────────────────────────

const contacts: ConversationCase[] = [
  c('b63-coordinator-name', ['referent', 'sms'], [
    turn("c qui le coordonnateur departemental des dispositifs a l'afpa", 'contact', [['Vella']]),
  ]),
  c('b63-deployment-lead-then-details', ['referent', 'follow-up'], [
    turn("qui gere le deploiement prepa / pec / promo a l'afpa montauban ?", 'contact', [['Battedou']]),
    turn('tu as son tel ou son mail ?', 'contact', [
      [
        ...SILENT,
        'pas de coordonnées',
        'ne dispose pas',
        'pas son numéro',
        'pas ses coordonnées',
        'aucune coordonnée',
        'ne fournit pas',
        'ne communique pas',
        'n’ai pas',
        "n'ai pas",
      ],
    ], ['@afpa.fr', '05 63']),
  ]),
  c('b63-department-follow-up-person', ['pilot'], [
    turn("cote departement qui suit l'accord ?", 'contact', [['Weill', 'Président']]),
  ]),
  c('b63-experimentation-referent-name', ['pilot'], [
    turn("c qui la referente de l'experimentation au CD ? j'ai besoin du nom pour le diapo", 'contact', [
      [
        'désign',
        'ne nomme pas',
        'ne précise pas',
        'ne donne pas',
        'pas nommé',
        'ne cite pas',
        'pas de nom',
        'aucun nom',
        'ne mentionne pas',
      ],
    ]),
  ]),
  c('b63-who-orients-dropouts', ['referent', 'person-described'], [
    turn("un jeune decrocheur 16 ans pas suivi ASE, c qui qui l'oriente vers la promo 1618 ?", 'contact', [
      ['mission locale', 'missions locales', 'CIO', 'C.I.O'],
    ]),
  ]),
  c('b63-battedou-role', ['referent'], [
    turn('fabienne battedou c qui exactement ?', 'contact', [['Responsable Accompagnement', 'accompagnement et parcours']]),
  ]),
  c('b63-communication-kit', ['referent'], [
    turn('qui fournit le kit de comm (flyers etc) aux referents ?', 'contact', [
      ['AFPA'],
      ['flyer', 'argumentaire', 'liste des intervenants', 'titres professionnels'],
    ]),
  ]),
  c('b63-ase-promo-who-to-call', ['referent'], [
    turn("jeune ASE pour la promo, j'appelle qui a l'afpa ?", 'contact', [['Battedou', 'Vella']]),
  ]),
  c('b63-afpa-at-copil', ['pilot'], [
    turn("qui represente l'afpa dans le suivi de l'accord ?", 'contact', [['Vella']]),
  ]),
];

// ── Out of scope: what the agreement does not settle ───────────────────────

const outOfScope: ConversationCase[] = [
  c('b63-rsa-amount', ['referent'], [
    turn("c combien le rsa pour une personne seule en 2027 ?", 'out_of_scope', [OFF_TOPIC]),
  ]),
  c('b63-prepa-pay', ['referent', 'two-questions'], [
    turn('les stagiaires en prepa comp sont remuneres ? ils gardent leur rsa ?', 'out_of_scope', [SILENT]),
  ]),
  c('b63-driving-licence', ['referent'], [
    turn("l'afpa peut financer le permis B d'un brsa ?", 'out_of_scope', [SILENT]),
  ]),
  c('b63-childcare', ['referent', 'person-described'], [
    turn(
      "maman solo 3 enfants, BRSA, ok pour la prepa mais garde d'enfants pdt la prepa, qui paye ?",
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b63-caf-form', ['referent'], [
    turn('tu peux m aider a remplir un dossier caf pour une famille', 'out_of_scope', [OFF_TOPIC]),
  ]),
  c('b63-housing', ['referent'], [
    turn(
      "hebergement prevu pour les stagiaires qui viennent de loin ? (nord du departement, laguepie)",
      'out_of_scope',
      [SILENT],
    ),
  ]),
];

// ── Other: greetings, help, the bot itself ─────────────────────────────────

const other: ConversationCase[] = [
  c('b63-help-coordinator', ['afpa-coordinator'], [
    turn("salut, je suis coordo a l'afpa, tu sais faire quoi ?", 'other', [
      ['agenda', 'JPO', 'information collective', 'événement'],
      ['prescri', 'dispositif', 'Prépa'],
    ]),
  ]),
  c('b63-are-you-a-bot', ['referent'], [
    turn('t un bot ou une vraie personne ?', 'other', [['assistant', 'bot', 'robot', 'automatique', 'programme', 'virtuel']]),
  ]),
  c('b63-help-one-word', ['referent', 'one-word'], [
    turn('aide', 'other', [
      ['agenda', 'JPO', 'information collective', 'événement'],
      ['prescri', 'dispositif', 'Prépa'],
    ]),
  ]),
];

export const SIXTY_THIRD_BLIND_SET: ConversationCase[] = [
  ...agenda,
  ...dispositifs,
  ...eligibility,
  ...prescriptions,
  ...figures,
  ...contacts,
  ...outOfScope,
  ...other,
];
