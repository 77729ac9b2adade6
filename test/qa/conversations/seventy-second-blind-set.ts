/**
 * Seventy-second blind set. Who speaks: référents insertion of the Département de
 * Tarn-et-Garonne in rural sectors (Caussade, Lauzerte, Valence d’Agen) who know the three
 * programmes a little and ask about specific people and dates, often two questions at once,
 * typing as in Teams (abbreviations, no accents, typos, SMS style, rambling), sometimes
 * correcting themselves in the next message; plus a few AFPA Montauban staff asking how to
 * handle what they receive.
 *
 * Written blind, from the agreement (Département – AFPA, 2022, its action plan and the
 * protocol of the three programmes), the product guide and the agenda fixture only
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DAYS = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours max',
  'huit jours max',
];
const OVER_TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DAYS = ['5 à 6 jours', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours', 'cinq ou six jours'];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', 'quatre et huit jours'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi'];
const NOT_PREPA = ['13 semaines', 'treize semaines'];
const NOT_PEC = ['13 semaines', 'treize semaines', '2 à 8 jours', 'deux à huit jours'];
const NOT_PROMO = ['2 à 8 jours', 'deux à huit jours', '5 jours de participation'];

const REMOTE = ['distance', 'distanciel', 'classe virtuelle'];
const ON_SITE = ['présentiel', 'sur place', 'en centre', 'dans le centre'];
const STATE = ['état', 'plan d’investissement', "plan d'investissement", 'p.i.c', ' pic '];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'aucune contrepartie',
  'pas de contrepartie',
  'financé par l',
  'financés par l',
  'pris en charge par l',
];
const ML = ['mission locale', 'missions locales', ' ml '];
const FT = ['france travail', 'pôle emploi', 'pole emploi'];
const EMPLOYER = ['employeur'];
const BILAN = ['bilan individuel', 'bilan'];
const REFERENT = ['référent', 'referent'];

// Verdicts.
const YES = ['éligible', 'peut ', 'oui', 'possible', 'tout à fait', 'correspond', 'peuvent'];
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible', 'ne peut pas', 'pas possible', 'ne correspond pas'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'réservé',
  'ne relève pas',
  'pas concerné',
  'ne pourra pas',
  'pas accessible',
  'ne rentre pas',
  'pas dans les critères',
  'hors critère',
  'pas le public',
  'malheureusement non',
  'non,',
  'non.',
];
const PROMO_AGE = [
  'mineur',
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  '16-18 ans',
  '16/18 ans',
  'moins de 18',
  'majeur',
];
const NEEDS_PEC = [
  'contrat pec',
  'parcours emploi comp',
  'signataire',
  'en pec',
  'un pec',
  'contrat p.e.c',
  'en p.e.c',
  'un p.e.c',
];

// The agreement says nothing / does not cover it.
const SILENT = [
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'ne traite pas',
  'pas d’information',
  "pas d'information",
  'ne figure pas',
  'ne parle pas',
  'rien sur',
  'ne porte pas',
  'pas en mesure',
  'ne contient pas',
  'ne donne pas',
  'pas couvert',
  'sort du cadre',
  'ne concerne pas',
  'ne relève pas',
  'pas précisé',
  'non précisé',
  'aucune mention',
  'ne sais pas',
  'ne peux pas',
  'pas de réponse',
  'ne fixe pas',
  'ne indique pas',
  'indique pas',
  'aborde pas',
];
// Figures that the bot does not hold yet.
const NOT_AVAILABLE = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'aucune donnée',
  'pas de donnée',
  'pas de chiffre',
  'ne dispose pas',
  'pas en mesure',
  'pas connu',
  'aucun résultat',
  'pas de résultat',
  'pas encore été',
  'ne sont pas',
  'pas accès',
  'ne connais pas',
  'aucun bilan',
  'pas de bilan',
];

// Agenda words.
const FULL = [
  'complet',
  'aucune place',
  'plus de place',
  '0 place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'plus aucune',
  'zéro place',
];
const NOTHING = ['aucun', 'aucune', 'pas de ', 'rien', 'pas d’', "pas d'"];

// Prescription.
const FORM = ['formulaire', 'fiche', 'remplir', 'renseign', 'panda', 'inscri', 'étape'];

// Small talk.
const GREET = ['bonjour', 'salut', 'hello', 'bienvenue', 'je peux', 'puis-je', 'je suis'];
const HELP_PROGRAMMES = ['prépa', 'promo', 'dispositif', 'compétences pec'];
const HELP_ACTIONS = ['agenda', 'prescri', 'éligib', 'date', 'calendrier', 'places'];
const THANKS = [
  'de rien',
  'avec plaisir',
  'bonne journée',
  'je vous en prie',
  'votre service',
  'hésitez',
  'volontiers',
  'bonne continuation',
  'plaisir',
];
const CANCEL = ['annul', 'abandon', 'arrêt', 'compris', 'entendu', 'd’accord', "d'accord", 'ok', 'rien à'];

export const SEVENTY_SECOND_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b72-disp-prepa-what-who', ['two-questions'], [
    turn(
      'bjr, c koi la prepa comp en gros ? et c pour qui exactement, que les brsa ?',
      'dispositif',
      [
        ['rsa', 'allocataire', 'éloignées de l', 'éloignés de l', 'éloignées de l’emploi'],
        ['projet', 'entrée en formation', 'sécuris', 'consolid'],
      ],
      NOT_PREPA,
    ),
  ]),
  c('b72-disp-prepa-duration-span', ['two-questions'], [
    turn('prepa comp ca dure cmb de jours ? et c etalé sur cmb de temps', 'dispositif', [PREPA_DAYS, OVER_TWO_WEEKS], NOT_PREPA),
  ]),
  c('b72-disp-prepa-volets-days', ['two-questions'], [
    turn(
      'le volet 1 de prepa comp c combien de jours deja ? et le volet 2 ? jme melange tjs',
      'dispositif',
      [VOLET1_DAYS, VOLET2_DAYS],
      NOT_PREPA,
    ),
  ]),
  c('b72-disp-pec-days-when', ['two-questions'], [
    turn(
      'competences PEC cmb de jours pr la personne ? et ca se cale comment par rapport a son contrat ?',
      'dispositif',
      [PEC_DAYS, ['durée du pec', 'durée du p.e.c', 'pendant le pec', 'au cours du pec', 'sur la durée', 'répartis', 'ateliers']],
      NOT_PEC,
    ),
  ]),
  c('b72-disp-promo-length-days', ['two-questions'], [
    turn('la promo 1618 ca dure combien, et c tous les jours de la semaine ?', 'dispositif', [PROMO_LENGTH, PROMO_DAYS], NOT_PROMO),
  ]),
  c('b72-disp-prepa-remote-lauzerte', ['rural'], [
    turn(
      'jai une dame a lauzerte sans voiture, montauban c 1h de bus minimum... prepa comp ca peut se faire a distance ou faut venir au centre ?',
      'dispositif',
      [REMOTE],
    ),
  ]),
  c('b72-disp-promo-on-site', ['rural'], [
    turn('la promo 1618 on peut la suivre a distance ? le jeune est vers valence d agen', 'dispositif', [ON_SITE]),
  ]),
  c('b72-disp-prepa-cost', ['two-questions'], [
    turn(
      'ca coute qqch au departement une presc prepa comp ? faut faire un bon de commande ou pas ?',
      'dispositif',
      [[...FREE, ...STATE]],
    ),
  ]),
  c('b72-disp-promo-prescribers', ['two-questions'], [
    turn(
      'la promo 1618 c qui qui oriente normalement ? la ML ? et nous au CD on peut pour nos jeunes ASE ?',
      'dispositif',
      [
        [...ML, 'cio', 'c.i.o'],
        ['ase', 'aide sociale à l', 'confiés'],
      ],
    ),
  ]),
  c('b72-disp-where', ['rural', 'two-questions'], [
    turn(
      'les dispositifs ca se passe ou ? que a montauban ou ailleurs aussi ? moi je suis sur le secteur de caussade',
      'dispositif',
      [['montauban'], ['délocalis', 'ensemble du département', 'tout le département', 'ailleurs', 'distance']],
    ),
  ]),
  c('b72-disp-prepa-report', [], [
    turn(
      'a la fin de prepa comp on a un retour nous les referents ? genre un bilan ou on doit courir apres',
      'dispositif',
      [BILAN],
    ),
  ]),
  c('b72-disp-promo-phases', [], [
    turn('la promo c quoi les differentes phases ?', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['préparation de la suite', 'la suite'],
    ]),
  ]),
  c('b72-disp-promo-after', [], [
    turn(
      'apres la promo le jeune il est lache dans la nature ou y a un suivi ? je pense a un jeune ASE de negrepelisse',
      'dispositif',
      [['6 mois', 'six mois'], ML],
    ),
  ]),
  c('b72-disp-clea', ['two-questions'], [
    turn('clea c quoi deja ? et y a une version numerique ?', 'dispositif', [
      ['compétences de base', 'socle'],
      ['numérique'],
    ]),
  ]),
  c('b72-disp-fle', [], [
    turn(
      'ma dame est primo arrivante, parle a peine francais, elle veut bosser en cuisine. l afpa a un truc pour elle ?',
      'dispositif',
      [['français à visée professionnelle', 'visée professionnelle', 'langue étrangère', 'fle ', 'f.l.e']],
    ),
  ]),
  c('b72-disp-pec-when', [], [
    turn(
      'competences pec on peut le mobiliser a partir de quand ? la dame a signe son PEC il y a 3 semaines a la mairie de caussade',
      'dispositif',
      [['signature', 'premiers mois', 'dès le début', 'immédiatement']],
    ),
  ]),
  c('b72-disp-afpa-report-recipient', ['afpa-staff'], [
    turn(
      'bonjour je suis a l afpa montauban, en fin de prepa comp le bilan individuel je l envoie a qui ? au CD, a FT ?',
      'dispositif',
      [REFERENT],
    ),
  ]),
  c('b72-disp-afpa-dashboard', ['afpa-staff', 'two-questions'], [
    turn(
      'cote afpa le tableau de bord des dispositifs on l envoie a qui et a quel rythme ?',
      'dispositif',
      [['dgefp', 'd.g.e.f.p'], ['mensuel', 'chaque mois', 'tous les mois']],
    ),
  ]),
  c('b72-disp-agreement-length', ['two-questions'], [
    turn(
      'la convention CD afpa elle est signee pour combien de temps ? et on peut y mettre fin ?',
      'dispositif',
      [['2 ans', 'deux ans'], ['2 mois', 'deux mois', 'préavis']],
    ),
  ]),
  c('b72-disp-promo-national', ['two-questions'], [
    turn(
      'la promo au niveau national c pour combien de jeunes et c quoi l objectif de sorties positives ?',
      'dispositif',
      [['35 000', '35000', '35\u00a0000', '35\u202f000', 'trente-cinq mille'], ['70']],
    ),
  ]),
  c('b72-disp-durations-chain', [], [
    turn('prepa comp c combien de temps ?', 'dispositif', [PREPA_DAYS], NOT_PREPA),
    turn('et competences pec ?', 'dispositif', [PEC_DAYS], NOT_PEC),
    turn('et la promo ?', 'dispositif', [PROMO_LENGTH], NOT_PROMO),
  ]),
  c('b72-disp-volet2-outside-afpa', [], [
    turn('c quoi le volet 2 de prepa deja', 'dispositif', [['sécuris', 'entrée en formation']]),
    turn(
      'et si la formation visee c pas a l afpa, genre une formation aide soignante ailleurs, ca marche quand meme ?',
      'dispositif',
      [['hors afpa', 'hors a.f.p.a', 'autre organisme', 'oui', 'également', 'aussi']],
    ),
  ]),
  c('b72-disp-promo-who-length', [], [
    turn('la promo 1618 c pour qui', 'dispositif', [[...PROMO_AGE, 'décroch', 'quitté']]),
    turn('et ca dure combien', 'dispositif', [PROMO_LENGTH], NOT_PROMO),
  ]),
  c('b72-disp-pec-who-employer', [], [
    turn('competences pec c pour qui en fait', 'dispositif', [NEEDS_PEC]),
    turn('faut l accord de l employeur ?', 'dispositif', [EMPLOYER]),
  ]),
  c('b72-disp-promo-where', ['rural'], [
    turn('la promo ca se passe ou ?', 'dispositif', [['montauban', 'village', 'proche']]),
    turn(
      'ok et le jeune habite lauzerte, pas de transport, ca peut se faire plus pres ?',
      'dispositif',
      [['délocalis', 'ensemble du département', 'plus proche', 'proximité', 'village']],
    ),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b72-agenda-next-info-coll-prepa', [], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
  ]),
  c('b72-agenda-castel-then-seats-then-valence', ['rural'], [
    turn(
      'yat il une info coll prepa cote castelsarrasin bientot ? jai 2 brsa a envoyer',
      'agenda',
      [on('2027-01-21'), ['castelsarrasin']],
      notOn('2027-01-14'),
    ),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
    turn('et a valence d agen ?', 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-21')),
  ]),
  c('b72-agenda-next-jpo', [], [
    turn('prochaines JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b72-agenda-jpo-moissac-hour', [], [
    turn('la jpo a moissac c quand ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    turn('ca commence a quelle heure ?', 'agenda', [['10h', '10:00', '10 h']]),
  ]),
  c('b72-agenda-batiment-caussade-macon', ['rural', 'two-questions'], [
    turn(
      'kan est la reunion metiers batiment a caussade ? mon BRSA est interesse par la maconnerie, et y a encore des places en formation macon ?',
      'agenda',
      [on('2027-02-23'), seats(3)],
    ),
  ]),
  c('b72-agenda-visite-soudure', ['two-questions'], [
    turn('visite plateau soudure c quand ? combien de places ?', 'agenda', [on('2027-01-19'), seats(8)], notOn('2027-03-10')),
  ]),
  c('b72-agenda-plaquiste-full', [], [
    turn('plaquiste ya de la place ? jai un mr motive a valence', 'agenda', [FULL]),
  ]),
  c('b72-agenda-prepa-volet2-entries', [], [
    turn('entrees prepa volet 2 prochaines dates ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']], notOn('2027-01-18')),
  ]),
  c('b72-agenda-volet1-then-correction', ['correction'], [
    turn('y a une entree prepa volet 1 la semaine pro ?', 'agenda', [on('2027-01-18'), seats(6)]),
    turn(
      'ah non pardon je voulais dire volet 2',
      'agenda',
      [[...on('2027-01-25'), ...on('2027-02-15')]],
      notOn('2027-01-18'),
    ),
  ]),
  c('b72-agenda-prepa-remote', [], [
    turn(
      'prochaine session prepa comp a distance ? pr une brsa de lauzerte',
      'agenda',
      [on('2027-02-08'), seats(8)],
      notOn('2027-01-18'),
    ),
  ]),
  c('b72-agenda-pec-ateliers', ['two-questions'], [
    turn('competences pec atelier 2 prochaine entree ? et atelier 3 ?', 'agenda', [on('2027-01-20'), on('2027-02-10')]),
  ]),
  c('b72-agenda-promo-entry', ['two-questions'], [
    turn('promo 1618 prochaine entree et cmb de places ?', 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b72-agenda-promo-info-parents', [], [
    turn('info coll promo 1618 c quand ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    turn('les parents peuvent venir aussi ?', 'agenda', [['parents']]),
  ]),
  c('b72-agenda-this-week-next-week', [], [
    turn(
      'qu est ce qu il y a cette semaine ?',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
    turn('et la semaine prochaine ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-01-26')]),
  ]),
  c('b72-agenda-caussade-then-lauzerte', ['rural'], [
    turn(
      'y a quoi sur caussade dans les semaines a venir ? je suis referente la bas',
      'agenda',
      [[...on('2027-02-23'), ...on('2027-03-15'), 'bâtiment', 'restauration']],
      notOn('2027-02-17'),
    ),
    turn('et a lauzerte ya rien ?', 'agenda', [NOTHING]),
  ]),
  c('b72-agenda-cariste-places', ['two-questions'], [
    turn('formation cariste il reste cmb de places ? ca commence quand ?', 'agenda', [seats(6), on('2027-01-27')]),
  ]),
  c('b72-agenda-restauration-caussade', ['rural'], [
    turn('formation restauration a caussade c quand et ya de la place ?', 'agenda', [on('2027-03-15'), seats(4)]),
  ]),
  c('b72-agenda-preparateur-castel', [], [
    turn('preparateur de commandes a castel, places et date de debut ?', 'agenda', [seats(5), on('2027-03-01')]),
  ]),
  c('b72-agenda-electricien', ['two-questions'], [
    turn(
      'electricien combien de places ? et la visite du plateau elec c quand ?',
      'agenda',
      [seats(2), on('2027-03-10')],
      notOn('2027-01-19'),
    ),
  ]),
  c('b72-agenda-pec-info-moissac', ['two-questions'], [
    turn(
      'info coll competences pec a moissac c quand ? les employeurs peuvent venir ?',
      'agenda',
      [on('2027-02-09'), EMPLOYER],
    ),
  ]),
  c('b72-agenda-february-towns', [], [
    turn('en fevrier ya quoi a montauban ?', 'agenda', [on('2027-02-03'), on('2027-02-11')], notOn('2027-02-17')),
    turn('et a moissac ?', 'agenda', [on('2027-02-09'), on('2027-02-17')], [...notOn('2027-02-03'), ...notOn('2027-02-11')]),
  ]),
  c('b72-agenda-pec-remote-then-onsite', [], [
    turn('entree competences pec a distance c quand ?', 'agenda', [on('2027-03-03'), seats(3)]),
    turn('et en presentiel ?', 'agenda', [[...on('2027-02-10'), ...on('2027-01-20')]], notOn('2027-03-03')),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b72-elig-brsa-not-ft-prepa', ['rural'], [
    turn(
      'mr 45a BRSA pas inscrit FT, secteur caussade, voudrait aller vers cariste mais son projet est flou, il a jamais fait de formation. prepa comp ok pr lui ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b72-elig-ase-17-promo', [], [
    turn(
      'jeune 17 ans confie a l ASE, a quitte le lycee en novembre, ne fait rien depuis, promo 1618 possible ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b72-elig-20-ml-promo', [], [
    turn('jeune 20 ans suivi ML, decrocheur, la promo ca le ferait ?', 'eligibility', [NO, PROMO_AGE], [
      'est éligible à la promo',
      'peut intégrer la promo',
    ]),
  ]),
  c('b72-elig-15-promo', [], [
    turn('gamin 15 ans ASE sorti du college en juin, promo ?', 'eligibility', [
      NO,
      ['16 ans', '16 à 18', '16 et 18', 'moins de 16', 'trop jeune', 'partir de 16', 'mineur'],
    ], ['est éligible à la promo', 'peut intégrer la promo']),
  ]),
  c('b72-elig-pec-brsa-yes', ['two-questions'], [
    turn(
      'mme BRSA en PEC a la mairie de lauzerte depuis 2 mois, veut valoriser son experience, competences pec c bon ? faut faire quoi avec son employeur ?',
      'eligibility',
      [YES, EMPLOYER],
      NOT_YES,
    ),
  ]),
  c('b72-elig-cdi-not-pec', [], [
    turn(
      'mr BRSA en CDI temps partiel (c pas un PEC) chez un maraicher vers valence, competences pec pour lui ?',
      'eligibility',
      [NO, NEEDS_PEC],
    ),
  ]),
  c('b72-elig-ass-ft', [], [
    turn(
      'monsieur 35 ans a l ASS, inscrit FT, pas au RSA, suivi par FT uniquement. je peux le mettre en prepa comp moi ?',
      'eligibility',
      [FT, ['rsa']],
    ),
  ]),
  c('b72-elig-apprentice-promo', [], [
    turn(
      'jeune ASE 17 ans en apprentissage boulangerie a moissac mais ca se passe mal, promo ?',
      'eligibility',
      [NO, ['apprentissage', 'en formation', 'emploi', 'travail', 'contrat']],
      ['est éligible à la promo', 'peut intégrer la promo'],
    ),
  ]),
  c('b72-elig-still-school-promo', [], [
    turn(
      'jeune 16 ans encore inscrit au lycee mais tres absent, l educ pense a la promo, c possible ?',
      'eligibility',
      [[...NO, 'pas encore', 'tant qu'], ['quitté', 'décroch', 'scolaris', 'ni en formation', 'plus en formation', 'sorti']],
      ['est éligible à la promo'],
    ),
  ]),
  c('b72-elig-16-ml-promo', [], [
    turn(
      'jeune 16 ans pas ASE, suivi par la ML, sorti du systeme scolaire sans diplome, promo ? et c nous ou la ML qui oriente ?',
      'eligibility',
      [YES, ML],
      NOT_YES,
    ),
  ]),
  c('b72-elig-ase-age-correction', ['correction'], [
    turn('jeune fille ASE 17 ans, descolarisee depuis la rentree, promo ok ?', 'eligibility', [YES], NOT_YES),
    turn(
      'ah non pardon elle a eu 19 ans en decembre, elle est en contrat jeune majeur',
      'eligibility',
      [NO, PROMO_AGE],
      ['est éligible à la promo', 'peut intégrer la promo'],
    ),
  ]),
  c('b72-elig-vae-not-pec', [], [
    turn(
      'mme 58 ans BRSA a lauzerte, 15 ans d aide a domicile non declaree puis declaree, elle veut une VAE. elle est pas en PEC. competences pec ?',
      'eligibility',
      [NO, NEEDS_PEC],
    ),
  ]),
  c('b72-elig-childcare-prepa', ['rural'], [
    turn(
      'mme BRSA a lauzerte, pas de permis, 2 enfants en bas age, elle voudrait reprendre une formation mais sait pas laquelle. prepa comp c jouable ?',
      'eligibility',
      [YES, [...REMOTE, 'garde', 'mobilité']],
      NOT_YES,
    ),
  ]),
  c('b72-elig-afpa-non-rsa', ['afpa-staff'], [
    turn(
      'bonjour, afpa montauban ici. jai une presc du CD pour un mr de 30 ans qui est pas au RSA et pas inscrit a FT, je l accepte en prepa comp ?',
      'eligibility',
      [NO, ['rsa']],
    ),
    turn('et si il s inscrit a FT comme demandeur d emploi ?', 'eligibility', [FT]),
  ]),
  c('b72-elig-ase-foyer-promo', ['two-questions'], [
    turn(
      'jeune ASE 17 ans en foyer a montauban, sorti de 3eme sans rien, rien depuis 6 mois. promo ok ? et faut l accord de qui pour l inscrire ?',
      'eligibility',
      [YES, ['autorisation', 'parent']],
      NOT_YES,
    ),
  ]),
  c('b72-elig-ase-days', [], [
    turn('jai un jeune 17 ans ASE decroche, tu me conseilles quoi comme dispositif ?', 'eligibility', [['promo']]),
    turn('il peut que le lundi et le mardi, ca passe ?', 'eligibility', [PROMO_DAYS]),
  ]),
  c('b72-elig-pec-correction', ['correction'], [
    turn('mr BRSA en PEC a l ehpad de valence d agen, competences pec ok ?', 'eligibility', [YES], NOT_YES),
    turn(
      'ah non pardon, je viens de verifier, c un CDD classique pas un PEC',
      'eligibility',
      [NO, NEEDS_PEC],
    ),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b72-oos-pay-prepa', ['two-questions'], [
    turn(
      'pendant prepa comp la personne est remuneree ? et ca joue sur son RSA ?',
      'out_of_scope',
      [SILENT],
      ['€', 'euros'],
    ),
  ]),
  c('b72-oos-travel-costs', ['rural'], [
    turn(
      'les frais de deplacement de caussade a montauban pour la prepa ils sont rembourses par qui ?',
      'out_of_scope',
      [SILENT],
      ['€', 'euros'],
    ),
  ]),
  c('b72-oos-promo-housing', ['two-questions'], [
    turn('pour la promo le jeune est heberge ? et le repas du midi c pris en charge ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b72-oos-social-housing', [], [
    turn('comment je fais une demande de logement social pour mon allocataire ?', 'out_of_scope', [SILENT]),
  ]),
  c('b72-oos-rsa-sanction', [], [
    turn(
      'mon BRSA a une suspension de RSA par la caf, tu sais comment on fait un recours ?',
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b72-oos-cej', [], [
    turn('le CEJ on peut le cumuler avec la promo ?', 'out_of_scope', [SILENT]),
  ]),
  c('b72-oos-childcare-aid', [], [
    turn('y a une aide financiere pour la garde d enfants pendant la formation ?', 'out_of_scope', [SILENT], ['€', 'euros']),
  ]),
  c('b72-oos-weather', [], [
    turn('quel temps il fait a montauban demain', 'out_of_scope', [SILENT]),
  ]),
  c('b72-oos-pec-rate', [], [
    turn('le taux de prise en charge de l etat pour un PEC c combien en ce moment ?', 'out_of_scope', [SILENT], ['%']),
  ]),
  c('b72-oos-pay-then-duration', [], [
    turn('prepa comp c remunere ?', 'out_of_scope', [SILENT], ['€', 'euros']),
    turn('ok et ca dure combien ?', 'dispositif', [PREPA_DAYS], NOT_PREPA),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b72-contact-prepa-afpa', [], [
    turn('a l afpa c qui le contact pour prepa comp ?', 'contact', [['battedou', 'responsable accompagnement']]),
  ]),
  c('b72-contact-coordinator-then-cd', [], [
    turn(
      'qui coordonne les dispositifs dans le departement cote afpa ?',
      'contact',
      [['vella'], ['directeur', 'coordonnateur', 'coordinateur']],
    ),
    turn(
      'et cote CD c qui le referent de l experimentation ?',
      'contact',
      [['désign', 'ne précise pas', 'ne nomme pas', 'pas nommé', 'ne donne pas', 'ne mentionne pas', 'non précisé', 'non nommé', 'pas précisé']],
    ),
  ]),
  c('b72-contact-agreement-followup', [], [
    turn('qui suit l accord de partenariat ?', 'contact', [['vella'], ['weill', 'président']]),
  ]),
  c('b72-contact-battedou-role', [], [
    turn('fabienne battedou c quoi son role exactement ?', 'contact', [
      ['responsable accompagnement', 'déploiement'],
    ]),
  ]),
  c('b72-contact-phone', [], [
    turn(
      'tu peux me donner le tel de fabienne battedou ?',
      'contact',
      [['ne donne pas', 'ne précise pas', 'pas de numéro', 'aucun numéro', 'ne figure pas', 'ne mentionne pas', 'ne dispose pas', 'pas de coordonnées', 'aucune coordonnée', 'pas le numéro', 'ne contient pas', 'pas en mesure']],
      ['06 ', '05 6', '+33'],
    ),
  ]),
  c('b72-contact-promo-after', [], [
    turn(
      'un jeune sorti de la promo en janvier, jai une question sur son suivi, je contacte qui ? afpa ou ML ?',
      'contact',
      [ML],
    ),
  ]),
  c('b72-contact-copil', [], [
    turn('qui valide le plan d action et les indicateurs ?', 'contact', [['comité de pilotage', 'copil']]),
  ]),
  c('b72-contact-panda-habilitation', [], [
    turn(
      'je dois contacter qui pour inscrire mon BRSA sur panda ? je suis pas habilitee',
      'contact',
      [['habilit'], ['afpa']],
    ),
    turn('oui mais c qui a l afpa ?', 'contact', [['battedou', 'vella', 'responsable accompagnement']]),
  ]),
  c('b72-contact-afpa-new-staff', ['afpa-staff'], [
    turn(
      'bonjour je suis nouvelle a l afpa montauban, c qui notre interlocuteur au CD pour les dispositifs ?',
      'contact',
      [REFERENT, ['désign', 'expérimentation']],
    ),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b72-figures-prepa-then-pec', [], [
    turn('objectif prepa comp c combien de BRSA par an deja ?', 'figures', [['30', 'trente']]),
    turn('et pour competences pec ?', 'figures', [['50', 'cinquante']]),
  ]),
  c('b72-figures-three-targets', [], [
    turn('c quoi les objectifs chiffres du plan d action pour les 3 dispositifs ?', 'figures', [
      ['30', 'trente'],
      ['50', 'cinquante'],
      ['10 ', 'dix'],
    ]),
  ]),
  c('b72-figures-prepa-actual', [], [
    turn('on en est ou ? combien de BRSA sont entres en prepa comp cette annee ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b72-figures-exam-success', [], [
    turn('taux de reussite aux examens des allocataires entres en formation afpa ?', 'figures', [NOT_AVAILABLE], ['%']),
  ]),
  c('b72-figures-ase-target-actual', ['two-questions'], [
    turn(
      'combien de jeunes ASE orientes vers la promo c l objectif ? et on en a combien pour l instant ?',
      'figures',
      [['10 ', 'dix'], NOT_AVAILABLE],
    ),
  ]),
  c('b72-figures-info-indicators', [], [
    turn(
      'pour les jpo et visites de plateaux on suit quels indicateurs ?',
      'figures',
      [['nombre', 'participant'], ['visite']],
    ),
  ]),
  c('b72-figures-pec-indicators', [], [
    turn('indicateurs pour competences pec ?', 'figures', [['orient', 'entrés', 'atelier']]),
  ]),
  c('b72-figures-metiers-attendance', [], [
    turn('nb de participants aux reunions metiers depuis janvier ?', 'figures', [NOT_AVAILABLE]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b72-presc-prepa', ['rural'], [
    turn('je veux prescrire prepa comp pour mr D. de caussade', 'prescribe', [FORM]),
  ]),
  c('b72-presc-pec-steps', ['two-questions', 'rural'], [
    turn(
      'comment on prescrit competences pec pour une salariee PEC a la mairie de lauzerte ? faut faire quoi avant ?',
      'prescribe',
      [FORM, EMPLOYER],
    ),
  ]),
  c('b72-presc-promo-ase', ['two-questions'], [
    turn(
      'comment j oriente un jeune ASE vers la promo ? je passe par la ML ou je peux le faire moi ?',
      'prescribe',
      [[...FORM, 'invite']],
    ),
  ]),
  c('b72-presc-direct-then-form', [], [
    turn('on peut prescrire prepa comp direct ou faut passer par FT ?', 'prescribe', [['directement', 'direct']]),
    turn('ok alors je prescris pour mme R, volet 2, a castel', 'prescribe', [FORM]),
  ]),
  c('b72-presc-before-steps', [], [
    turn(
      'avant de prescrire prepa comp je dois faire quoi avec la personne ? je debute sur le poste a valence',
      'prescribe',
      [['adhésion', 'informe', 'accord'], ['mobilité', 'garde', 'conditions matérielles', 'panda', 'inscri']],
    ),
  ]),
  c('b72-presc-then-cancel', [], [
    turn('prescrire prepa pour mr K', 'prescribe', [FORM]),
    turn('non laisse tomber annule, il a trouve un taf', 'other', [CANCEL]),
  ]),
  c('b72-presc-session-18', [], [
    turn('je peux prescrire sur la session prepa volet 1 du 18 janvier a montauban ?', 'prescribe', [FORM]),
  ]),
  c('b72-presc-pec-employer-where', ['two-questions'], [
    turn(
      'faut l accord de l employeur pour prescrire competences pec ? et je l inscris ou ?',
      'prescribe',
      [EMPLOYER, ['plateforme', 'panda', 'inscri', 'formulaire']],
    ),
  ]),
  c('b72-presc-afpa-referent-panda', ['afpa-staff'], [
    turn(
      'je suis a l afpa, un referent de lauzerte veut inscrire lui meme ses BRSA sur panda, il a le droit ?',
      'prescribe',
      [['habilit']],
    ),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b72-other-hello', [], [turn('bjr', 'other', [GREET])]),
  c('b72-other-what-can-you-do', [], [
    turn('tu sais faire quoi exactement ?', 'other', [HELP_PROGRAMMES, HELP_ACTIONS]),
  ]),
  c('b72-other-help', [], [turn('aide', 'other', [HELP_PROGRAMMES, HELP_ACTIONS])]),
  c('b72-other-thanks', [], [turn('merci c top', 'other', [THANKS])]),
  c('b72-other-cancel', [], [turn('annule', 'other', [CANCEL])]),
  c('b72-other-hello-then-question', [], [
    turn('salut !', 'other', [GREET]),
    turn('c quoi la prepa comp', 'dispositif', [['projet', 'formation', 'rsa']], NOT_PREPA),
  ]),
];
