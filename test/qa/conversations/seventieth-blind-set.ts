/**
 * Seventieth blind set. Three people speak, typing on a phone between meetings:
 * - the AFPA coordinator of the Montauban centre (tag 'coordo'), who prepares presentations and
 *   checks the agenda, the targets and who does what;
 * - a référente insertion of the Département new in the job (tag 'ref-new'): long rambling
 *   messages with the question buried inside, many follow-ups;
 * - an experienced référent of the Département (tag 'ref-senior'): terse, SMS style,
 *   abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, TH, RQTH, CD, ASE, info coll, JPO).
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA (with its
 * action plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot's code.
 */

import {
  notOn,
  on,
  seats,
  turn,
  type ConversationCase,
  type ConversationTurn,
} from './sets.js';

/** A case whose tags get the intents of its turns, plus 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DUR = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
  'huit jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const V1_DUR = ['5 à 6 jours', '5 et 6 jours', '5 ou 6 jours', 'cinq à six jours', 'cinq ou six jours', '5-6 jours'];
const V2_DUR = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours'];
const PEC_DUR = ['5 jours', 'cinq jours', '5 j '];
const PROMO_DUR = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const NOT_PREPA = ['13 semaines', 'treize semaines'];
const NOT_PEC = ['2 à 8 jours', 'deux à huit jours', '13 semaines', 'treize semaines'];
const NOT_PROMO = ['2 à 8 jours', 'deux à huit jours', '5 jours répartis'];

const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi'];
const ON_SITE = ['présentiel', 'presentiel', 'sur place', 'au centre', 'dans le centre'];
const REMOTE = ['distance', 'distanciel', 'classe virtuelle'];
const MIXED = ['mixte', 'hybride', 'présentiel et distanciel', 'distanciel et présentiel', 'en partie à distance'];
const REPORT = ['bilan individuel', 'bilan du parcours', 'bilan'];
const CONSOLIDATE = ['consolid', 'projet professionnel', 'travailler son projet'];
const SECURE = ['sécuris', 'securis'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const COST = [
  'contrepartie financière',
  'gratuit',
  'sans coût',
  'aucun coût',
  'pas de coût',
  'rien à payer',
  'ne coûte rien',
  'financé par l',
  'financés par l',
  'pris en charge par l',
  'plan d’investissement',
  "plan d'investissement",
  'plan d investissement',
];
const SPREAD_DEPT = [
  'délocalis',
  'delocalis',
  'ensemble du département',
  'tout le département',
  'sur le département',
  'ailleurs dans le département',
  'autres communes',
  'hors de montauban',
];
const MISSION_LOCALE = ['mission locale', 'missions locales'];

// Verdicts. A positive answer never says « pas éligible »; a negative one never says « oui, il peut ».
const YES = [
  'éligible',
  'eligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'peut entrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'peut tout à fait',
  'peut faire',
  'peut le faire',
  'peut la faire',
  'peut y accéder',
  'oui',
  'fait partie du public',
  'pourra',
  'pourrait',
  'entre dans le public',
  'possible',
];
const NOT_YES_NEG = ['pas éligible', 'non éligible', 'inéligible', 'pas eligible', 'non eligible', 'ineligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'réservé',
  'reserve',
  'uniquement',
  'que pour',
  'ne correspond pas',
  'ne relève pas',
  'ne rentre pas',
  'ne remplit pas',
  'ne fait pas partie',
  'pas accessible',
  'ne s’adresse pas',
  "ne s'adresse pas",
  'ne s adresse pas',
  'pas concerné',
  'ne vise pas',
  'non,',
  'non.',
];
const NOT_NO_POS = [
  'oui, il est éligible',
  'oui, elle est éligible',
  'oui il est éligible',
  'oui elle est éligible',
  'est bien éligible',
  'oui, il peut',
  'oui, elle peut',
  'oui il peut',
  'oui elle peut',
  'peut tout à fait',
];

// The agreement is silent, or the question is outside it.
const SILENT = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'ne précise pas',
  'ne le précise pas',
  'ne mentionne pas',
  'ne traite pas',
  'ne couvre pas',
  'ne concerne pas',
  'ne porte pas',
  'ne parle pas',
  'ne contient pas',
  'ne figure pas',
  'ne donne pas',
  'ne fournit pas',
  'ne fixe pas',
  'ne détaille pas',
  'n’aborde pas',
  "n'aborde pas",
  'n’en parle pas',
  "n'en parle pas",
  'pas prévu',
  'pas couvert',
  'pas mentionné',
  'pas précisé',
  'pas dans la convention',
  'pas dans l’accord',
  "pas dans l'accord",
  'hors',
  'aucune information',
  'aucune indication',
  'pas d’information',
  "pas d'information",
  'pas d’info',
  "pas d'info",
  'rien sur',
  'rien à ce sujet',
  'pas en mesure',
  'je ne peux pas',
  'je ne sais pas',
  'pas de réponse',
  'ne sont pas précisé',
  'n’est pas précisé',
  "n'est pas précisé",
];
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'pas encore de',
  'aucune donnée',
  'pas de donnée',
  'aucun chiffre',
  'pas de chiffre',
  'ne dispose pas',
  'pas encore',
  'pas de résultat',
  'aucun résultat',
];
const NONE_FOUND = [
  'aucune',
  'aucun',
  'pas de',
  'ne figure',
  'pas trouvé',
  'rien',
  'pas dans',
  'ne propose pas',
  'pas publié',
];
const FULL = [
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];
const PAST = ['passé', 'déjà eu lieu', 'a eu lieu', 'terminé', 'était le'];

// Prescribing: the answer offers the form or explains the steps.
const FORM = ['formulaire', 'fiche de prescription', 'panda', 'inscri', 'adhésion', 'étapes'];
const CONSENT = ['adhésion', 'accord', 'consent', 'd’abord', "d'abord", 'avant de prescrire', 'son oui'];

// Contacts (protocol section 6, agreement article 3).
const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const WEILL = ['weill'];

// Figures of the action plan.
function target(n: number, words: string[]): string[] {
  return [`${n} alloc`, `${n} bénéf`, `${n} pers`, `${n} rsa`, `${n} jeune`, `${n} entrée`, `: ${n}`, `*${n}*`, `(${n}`, ...words];
}
const T30 = target(30, ['trente']);
const T50 = target(50, ['cinquante']);
const T10 = target(10, ['dix jeunes', 'dix personnes']);

// Other.
const GREET = ['bonjour', 'salut', 'hello', 'bienvenue'];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'calendrier', 'places', 'question'];
const BYE = ['de rien', 'avec plaisir', 'bonne journée', 'bonne fin de journée', 'à bientôt', 'je vous en prie', 'hésitez pas', 'au revoir'];
const CANCEL = ['annul', 'd’accord', "d'accord", 'ok', 'entendu', 'pas de souci', 'noté', 'abandonn'];

// Trainings of Info Places, for « only that trade » answers.
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const others = (...asked: string[]) => TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

// ── The cases ───────────────────────────────────────────────────────────────

const DISPOSITIF: ConversationCase[] = [
  c('b70-disp-prepa-what-and-duration', ['ref-new', 'two-in-one'], [
    turn(
      "bonjour, je suis nouvelle au service insertion depuis lundi et ma collegue m a parle de prepa comp pendant la reunion d equipe mais j ai pas tout suivi, ca sert a quoi exactement et ca dure combien de temps ? merci d avance",
      'dispositif',
      [PREPA_DUR, ['projet', 'formation', 'emploi durable']],
      NOT_PREPA,
    ),
  ]),
  c('b70-disp-prepa-who-where', ['ref-senior', 'two-in-one'], [
    turn(
      'prepa comp c pour qui exactement et ca se passe ou ?',
      'dispositif',
      [['rsa', 'allocataire', 'éloignées de l’emploi', "éloignées de l'emploi", 'eloignees de l emploi', 'demandeurs d’emploi', "demandeurs d'emploi"], ['montauban']],
      NOT_PREPA,
    ),
  ]),
  c('b70-disp-prepa-v1-duration', ['ref-senior'], [
    turn('prepa comp volet 1 duree', 'dispositif', [V1_DUR], NOT_PREPA),
  ]),
  c('b70-disp-prepa-v2-what', ['ref-senior'], [
    turn('volet 2 prepa c quoi deja', 'dispositif', [SECURE, ['formation']], NOT_PREPA),
  ]),
  c('b70-disp-prepa-volets-diff', ['ref-new', 'two-in-one'], [
    turn(
      'c quoi la diff entre le volet 1 et le volet 2 de la prepa et ca fait combien de jours chacun ?',
      'dispositif',
      [CONSOLIDATE, SECURE, V1_DUR, V2_DUR],
      NOT_PREPA,
    ),
  ]),
  c('b70-disp-pec-duration', ['ref-senior'], [
    turn('comp PEC c combien de jours', 'dispositif', [PEC_DUR], NOT_PEC),
  ]),
  c('b70-disp-pec-certif', ['ref-new'], [
    turn(
      "le dispositif competences PEC ca debouche sur quoi au final ? un diplome ? parce que j ai un monsieur en PEC a la mairie de lafrancaise qui me demande s il aura un papier a la fin",
      'dispositif',
      [VAE, [...RSFP, ...CLEA]],
    ),
  ]),
  c('b70-disp-promo-duration-days', ['ref-senior', 'two-in-one'], [
    turn('promo1618 ca dure cmb et c du lundi au vendredi ?', 'dispositif', [PROMO_DUR, MONDAY_THURSDAY], NOT_PROMO),
  ]),
  c('b70-disp-promo-remote', ['ref-new'], [
    turn(
      "la promo 16 18 on peut la faire a distance ? le jeune habite a st antonin et il a pas de scooter, ca va etre complique pour venir tous les jours",
      'dispositif',
      [ON_SITE],
      NOT_PROMO,
    ),
  ]),
  c('b70-disp-prepa-phases', ['coordo'], [
    turn(
      'je prepare ma presentation pour les referents CD de jeudi, tu peux me rappeler les 4 phases de prepa comp',
      'dispositif',
      [['se préparer', 'préparer'], ['engager'], ['réfléchir', 'reflechir'], ['agir']],
    ),
  ]),
  c('b70-disp-pec-phases', ['coordo'], [
    turn(
      'les phases de competences PEC stp, pour le diapo',
      'dispositif',
      [['inscription'], ['reconnaissance des acquis', 'ateliers individualis'], ['positionnement'], [...VAE, ...RSFP, ...CLEA]],
    ),
  ]),
  c('b70-disp-pec-vae-length', ['ref-senior'], [
    turn('vae ds comp pec ca prend cmb de temps', 'dispositif', [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j']]),
  ]),
  c('b70-disp-where', ['ref-senior', 'two-in-one'], [
    turn(
      'les dispositifs c que sur montauban ou ca peut se faire ailleurs ds le 82 ?',
      'dispositif',
      [['montauban'], SPREAD_DEPT],
    ),
  ]),
  c('b70-disp-cost', ['ref-senior'], [
    turn('ca coute qqch au CD de prescrire prepa comp ?', 'dispositif', [COST]),
  ]),
  c('b70-disp-remuneration', ['ref-new'], [
    turn(
      "question bete peut etre mais est ce que la personne est remuneree pendant prepa comp ? genre une remuneration de stagiaire ou elle garde juste son RSA ? elle me pose la question et je sais pas quoi lui dire",
      'dispositif',
      [SILENT],
    ),
  ]),
  c('b70-disp-prepa-report', ['ref-senior'], [
    turn('fin de prepa on a un retour ?', 'dispositif', [REPORT]),
  ]),
  c('b70-disp-panda', ['ref-new'], [
    turn('c quoi panda ? tout le monde en parle en reunion', 'dispositif', [['traçabilité', 'tracabilite', 'trace', 'suivi des parcours', 'suivre les parcours']]),
  ]),
  c('b70-disp-promo-followups', ['ref-new', 'follow-up'], [
    turn('c quoi la promo 1618 ?', 'dispositif', [['16'], ['décroch', 'quitté', 'ni en formation', 'pas en formation', 'sans formation', 'ne travaillent pas']]),
    turn(
      'et apres les 13 semaines ils sont laches dans la nature ?',
      'dispositif',
      [['6 mois', 'six mois'], [...MISSION_LOCALE, 'accompagnement prolongé']],
    ),
    turn('et ca peut durer plus longtemps que 13 semaines ?', 'dispositif', [PROMO_MAX]),
  ]),
  c('b70-disp-agreement-duration', ['coordo', 'two-in-one'], [
    turn(
      "l accord CD-afpa il court sur combien de temps et on peut le prolonger ?",
      'dispositif',
      [['2 ans', 'deux ans'], ['avenant']],
    ),
  ]),
  c('b70-disp-fle', ['ref-new'], [
    turn(
      "j ai une dame BRSA primo arrivante qui parle tres peu francais, est ce que l afpa a quelque chose pour elle dans la convention ? elle voudrait travailler en cuisine",
      'dispositif',
      [['français à visée professionnelle', 'francais a visee professionnelle', 'français langue étrangère', 'francais langue etrangere', 'fle']],
    ),
  ]),
  c('b70-disp-promo-badges', ['ref-new'], [
    turn(
      "les jeunes de la promo ils ont un truc a la fin genre une certif ou une attestation ? la maman d un jeune ASE m a demande",
      'dispositif',
      [['open badge']],
    ),
  ]),
  c('b70-disp-logos', ['coordo'], [
    turn(
      'on refait le flyer prepa comp, quels logos sont obligatoires deja ?',
      'dispositif',
      [['état', 'etat'], ['plan d’investissement', "plan d'investissement", 'plan d investissement', 'pic']],
    ),
  ]),
  c('b70-disp-promo-mobility', ['ref-new', 'follow-up'], [
    turn(
      "c est vrai que pendant la promo les jeunes partent deux semaines ailleurs ? j ai un jeune ASE qui a jamais quitte montauban et l educ est un peu inquiet",
      'dispositif',
      [['2 semaines', 'deux semaines'], ['mobilité', 'mobilite']],
    ),
    turn('et ils vont ou ?', 'dispositif', [['village']]),
  ]),
  c('b70-disp-who-prescribes', ['ref-senior', 'two-in-one'], [
    turn(
      'prepa comp je prescris direct ou faut passer par FT ? et c payant ?',
      'dispositif',
      [['directement', 'direct'], COST],
    ),
  ]),
  c('b70-disp-reports-dgefp', ['coordo', 'two-in-one'], [
    turn(
      'les tableaux de bord on les envoie a qui et a quelle frequence ?',
      'dispositif',
      [['dgefp', 'd.g.e.f.p'], ['mensuel', 'chaque mois', 'tous les mois']],
    ),
  ]),
  c('b70-disp-pec-when', ['ref-senior'], [
    turn(
      'comp pec on peut le lancer qd ? faut attendre la fin du contrat ?',
      'dispositif',
      [['dès la signature', 'dès signature', 'signature du contrat', 'immédiatement', 'premiers mois', 'début du contrat', 'dès le début']],
    ),
  ]),
];

const AGENDA: ConversationCase[] = [
  c('b70-ag-next-info-coll-prepa', ['ref-senior'], [
    turn('prochaine info coll prepa', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
  ]),
  c('b70-ag-info-coll-castel-seats', ['ref-senior', 'follow-up'], [
    turn('info coll prepa ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('et a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-01-14')),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b70-ag-jpo-then-moissac', ['ref-new', 'follow-up'], [
    turn('c quand la prochaine JPO ? je voudrais y emmener deux personnes', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], notOn('2027-02-03')),
  ]),
  c('b70-ag-visit-welding', ['ref-senior'], [
    turn('visite plateau soudure c qd', 'agenda', [on('2027-01-19'), ['14h', '14 h', '14:00']], notOn('2027-03-10')),
  ]),
  c('b70-ag-visits-all', ['ref-new'], [
    turn(
      'est ce qu il y a des visites de plateaux techniques prevues dans les prochains mois ? j ai des allocataires qui savent pas trop quel metier choisir',
      'agenda',
      [on('2027-01-19'), on('2027-03-10')],
      notOn('2027-01-07'),
    ),
  ]),
  c('b70-ag-building-meeting-time', ['ref-senior', 'follow-up'], [
    turn('reunion metiers batiment', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    turn('a quelle heure', 'agenda', [['14h', '14 h', '14:00']]),
  ]),
  c('b70-ag-this-week', ['ref-new'], [
    turn(
      "il se passe quoi cette semaine a l afpa ? j ai un creneau libre jeudi matin",
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b70-ag-next-week', ['ref-senior'], [
    turn('semaine pro ya quoi', 'agenda', [on('2027-01-19'), on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-01-26')]),
  ]),
  c('b70-ag-prepa-v1-next', ['ref-senior'], [
    turn(
      'prochaine entree prepa volet 1',
      'agenda',
      [on('2027-01-18'), ['montauban'], seats(6)],
      [...notOn('2027-01-25'), ...notOn('2027-02-15')],
    ),
  ]),
  c('b70-ag-prepa-v2-full-then-castel', ['ref-senior', 'follow-up'], [
    turn('prochaine session volet 2 prepa ?', 'agenda', [[...FULL, ...on('2027-02-15')]], notOn('2027-01-18')),
    turn('ok et celle de castel il reste cmb', 'agenda', [seats(5), on('2027-02-15')]),
  ]),
  c('b70-ag-prepa-remote-session', ['ref-new'], [
    turn(
      "j ai une maman solo a beaumont de lomagne sans voiture, est ce qu il y a une session prepa comp a distance bientot ?",
      'agenda',
      [on('2027-02-08'), REMOTE],
      notOn('2027-01-18'),
    ),
  ]),
  c('b70-ag-moissac-then-pec', ['ref-senior', 'change-of-mind'], [
    turn('entrees prepa a moissac ?', 'agenda', [on('2027-03-08'), MIXED]),
    turn(
      'ah non en fait c pour du PEC, atelier 2',
      'agenda',
      [[...on('2027-01-20'), ...on('2027-03-03')]],
      notOn('2027-03-08'),
    ),
  ]),
  c('b70-ag-pec-atelier3', ['ref-senior', 'two-in-one'], [
    turn('comp pec atelier 3 c quand et ya de la place ?', 'agenda', [on('2027-02-10'), seats(6)], notOn('2027-01-20')),
  ]),
  c('b70-ag-info-coll-pec', ['ref-new'], [
    turn(
      "y a t il une info coll pour competences PEC ? j aimerais que l employeur d un de mes beneficiaires y assiste aussi",
      'agenda',
      [on('2027-02-09'), ['moissac']],
      notOn('2027-01-14'),
    ),
  ]),
  c('b70-ag-promo-entry-and-info', ['ref-new', 'two-in-one'], [
    turn(
      "pour la promo 16/18 c est quand la prochaine entree ? et est ce qu il y a une reunion d info ou les parents peuvent venir ?",
      'agenda',
      [on('2027-02-01'), on('2027-03-17')],
    ),
  ]),
  c('b70-ag-places-welder', ['ref-senior'], [
    turn('places soudeur ?', 'agenda', [seats(4), on('2027-02-01')], others('soudeur')),
  ]),
  c('b70-ag-places-forklift-then-picker', ['ref-senior', 'follow-up'], [
    turn('places cariste', 'agenda', [seats(6), on('2027-01-27')], others('cariste', 'préparateur')),
    turn('et preparateur de commandes ?', 'agenda', [seats(5), ['castelsarrasin'], on('2027-03-01')], others('préparateur', 'cariste')),
  ]),
  c('b70-ag-visit-welding-seats', ['ref-new', 'two-in-one'], [
    turn(
      "j ai un jeune BRSA qui hesite pour soudeur, elle est quand la visite de l atelier soudure et combien de personnes on peut inscrire ?",
      'agenda',
      [on('2027-01-19'), seats(8)],
      notOn('2027-03-10'),
    ),
  ]),
  c('b70-ag-places-plasterer', ['ref-senior'], [
    turn('plaquiste il reste de la place ?', 'agenda', [FULL], others('plaquiste')),
  ]),
  c('b70-ag-places-building', ['ref-new'], [
    turn(
      "j ai un monsieur qui a bosse dans le batiment en espagne, il y a des places en formation dans le batiment en ce moment ?",
      'agenda',
      [['maçon', 'macon'], ['électricien', 'electricien']],
      ['soudeur', 'cariste', 'agent de restauration'],
    ),
  ]),
  c('b70-ag-places-catering', ['ref-senior', 'two-in-one'], [
    turn('agent de restau places + ou ca', 'agenda', [seats(4), ['caussade']], others('restauration')),
  ]),
  c('b70-ag-info-coll-february', ['coordo'], [
    turn(
      'on a quoi comme info coll en fevrier ?',
      'agenda',
      [on('2027-02-09'), on('2027-02-11')],
      [...notOn('2027-01-14'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b70-ag-past-jpo', ['ref-new'], [
    turn(
      'la JPO du 7 janvier c est toujours d actualite ? je voulais y envoyer une allocataire',
      'agenda',
      [[...PAST, ...on('2027-02-03')]],
    ),
  ]),
  c('b70-ag-places-unknown-trade', ['ref-senior'], [
    turn('places aide soignante ?', 'agenda', [NONE_FOUND], seats(4)),
  ]),
  c('b70-ag-visit-elec-seats', ['ref-senior', 'follow-up'], [
    turn('visite elec', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    turn('il reste de la place ?', 'agenda', [seats(8)]),
  ]),
  c('b70-ag-promo-info-coll-seats', ['coordo', 'two-in-one'], [
    turn('info coll promo 1618 : date et nb de places ?', 'agenda', [on('2027-03-17'), seats(12)], notOn('2027-01-14')),
  ]),
];

const ELIGIBILITY: ConversationCase[] = [
  c('b70-elig-rsa-not-ft-prepa', ['ref-new'], [
    turn(
      "j ai une dame de 45 ans au RSA depuis 3 ans, pas inscrite a France Travail, elle pense a aide soignante mais elle est pas sure d elle du tout, est ce qu elle peut faire prepa comp ?",
      'eligibility',
      [YES],
      NOT_YES_NEG,
    ),
  ]),
  c('b70-elig-ase-17-dropout', ['ref-senior'], [
    turn('jeune ASE 17 ans sorti du lycee en sept, fait rien depuis. promo 1618 ok ?', 'eligibility', [YES], NOT_YES_NEG),
  ]),
  c('b70-elig-15-too-young', ['ref-senior'], [
    turn('decrocheur 15 ans promo possible ?', 'eligibility', [NO, ['16']], NOT_NO_POS),
  ]),
  c('b70-elig-still-at-school', ['ref-new'], [
    turn(
      "un jeune de 17 ans confie a l ASE, il est encore en premiere au lycee mais ca se passe tres mal, il seche beaucoup, est ce que je peux l orienter vers la promo 16/18 ?",
      'eligibility',
      [NO, ['quitté', 'quitte', 'décroch', 'decroch', 'scolaris', 'plus en formation', 'pas en formation', 'sorti']],
      NOT_NO_POS,
    ),
  ]),
  c('b70-elig-pec-rsa-vae', ['ref-new'], [
    turn(
      "monsieur au RSA, en PEC depuis deux mois comme agent d entretien dans une asso a caussade, il voudrait faire reconnaitre ce qu il sait faire, il peut faire competences PEC ?",
      'eligibility',
      [YES],
      NOT_YES_NEG,
    ),
  ]),
  c('b70-elig-no-pec-contract', ['ref-senior'], [
    turn('BRSA en CDI temps partiel, pas de PEC. comp pec possible ?', 'eligibility', [NO, ['pec', 'parcours emploi compétences']], NOT_NO_POS),
  ]),
  c('b70-elig-19-ase', ['ref-senior'], [
    turn('jeune majeur ASE 19 ans, promo 1618 ?', 'eligibility', [NO], NOT_NO_POS),
  ]),
  c('b70-elig-rsa-registered-ft', ['ref-senior'], [
    turn('BRSA inscrit FT, prepa comp ok qd meme ?', 'eligibility', [YES], NOT_YES_NEG),
  ]),
  c('b70-elig-ml-16-not-ase', ['ref-new', 'follow-up'], [
    turn(
      "une collegue de la ML me parle d un jeune de 16 ans qui a arrete le college l an dernier, il est pas suivi par l ASE, il peut faire la promo 1618 ?",
      'eligibility',
      [YES],
      NOT_YES_NEG,
    ),
    turn('et c est qui qui l oriente alors, nous ou la ML ?', 'eligibility', [[...MISSION_LOCALE, 'cio', 'c.i.o']]),
  ]),
  c('b70-elig-v2-secure', ['ref-senior', 'two-in-one'], [
    turn(
      'BRSA projet valide cariste, entree en formation en fev, peur de pas tenir. prepa possible ? quel volet ?',
      'eligibility',
      [YES, ['volet 2', ...SECURE]],
      NOT_YES_NEG,
    ),
  ]),
  c('b70-elig-rqth-rsa', ['ref-senior'], [
    turn('BRSA TH (RQTH ok) 52 ans prepa comp possible ?', 'eligibility', [YES], NOT_YES_NEG),
  ]),
  c('b70-elig-rsa-then-pec', ['ref-new', 'follow-up'], [
    turn(
      "j ai une dame de 32 ans au RSA, est ce qu elle peut faire competences PEC ?",
      'eligibility',
      [['contrat', 'signataire', 'salarié', 'salariée', 'en pec', 'en parcours emploi', 'un pec']],
    ),
    turn('ah oui pardon elle est en PEC depuis un an a la mairie de negrepelisse', 'eligibility', [YES], NOT_YES_NEG),
  ]),
  c('b70-elig-ase-16-out-of-school', ['ref-new'], [
    turn(
      "bonjour, jeune de 16 ans place en foyer ASE, descolarise depuis juin, il ne fait rien de ses journees et dit qu il veut bosser direct, la promo 1618 pourrait lui convenir ?",
      'eligibility',
      [YES],
      NOT_YES_NEG,
    ),
  ]),
  c('b70-elig-ase-17-working', ['ref-new', 'follow-up'], [
    turn(
      "jeune ASE de 17 ans qui a quitte le lycee, mais il travaille en CDD dans un supermarche depuis un mois, il est eligible a la promo ?",
      'eligibility',
      [NO, ['travaill', 'emploi', 'ne travaillent pas']],
      NOT_NO_POS,
    ),
    turn('ok son cdd finit fin janvier et il aura rien apres', 'eligibility', [YES], NOT_YES_NEG),
  ]),
  c('b70-elig-ase-parental', ['ref-new', 'two-in-one'], [
    turn(
      "pour un jeune ASE de 16 ans decrocheur, il peut entrer dans la promo ? et il faut une autorisation des parents ou l ASE signe ?",
      'eligibility',
      [YES, ['autorisation']],
      NOT_YES_NEG,
    ),
  ]),
  c('b70-elig-pec-rsa-clea', ['ref-senior', 'follow-up'], [
    turn('PEC BRSA sans diplome ni experience avant, comp pec interessant ?', 'eligibility', [YES], NOT_YES_NEG),
    turn('et il a pas les prerequis vae', 'eligibility', [[...RSFP, ...CLEA]]),
  ]),
];

const OUT_OF_SCOPE: ConversationCase[] = [
  c('b70-oos-transport', ['ref-new'], [
    turn(
      "est ce que les frais de transport sont rembourses pour aller a l afpa depuis castelsarrasin ? la dame a pas trop les moyens",
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b70-oos-cpf', ['ref-senior'], [
    turn('cpf mobilisable en plus de prepa ?', 'out_of_scope', [SILENT]),
  ]),
  c('b70-oos-weather', ['ref-senior'], [
    turn('meteo demain mtb ?', 'out_of_scope', [SILENT]),
  ]),
  c('b70-oos-driving-licence', ['ref-new', 'two-in-one'], [
    turn(
      "la promo 1618 ca prepare au permis ? et ca le finance ? le jeune me dit que sa copine l a eu gratuit",
      'out_of_scope',
      [['code'], SILENT],
    ),
  ]),
  c('b70-oos-childcare', ['ref-new'], [
    turn(
      "est ce que la garde d enfants est prise en charge pendant prepa comp ? elle a deux petits de 3 et 5 ans et pas de place en creche",
      'out_of_scope',
      [SILENT, ['référent', 'referent', 'conditions matérielles', 'conditions materielles', 's’assure', "s'assure"]],
    ),
  ]),
  c('b70-oos-rsa-sanction', ['ref-senior'], [
    turn('abandon de prepa = suspension RSA ?', 'out_of_scope', [SILENT]),
  ]),
  c('b70-oos-caf-mail', ['ref-senior'], [
    turn('mail de la CAF 82 stp', 'out_of_scope', [SILENT]),
  ]),
  c('b70-oos-self-paid-price', ['coordo'], [
    turn(
      'un particulier me demande le tarif de la formation soudeur s il paye lui meme, on a ca quelque part ?',
      'out_of_scope',
      [SILENT],
      ['€', 'euros'],
    ),
  ]),
  c('b70-oos-housing-mobility', ['ref-new'], [
    turn(
      "pendant la phase de mobilite de la promo, le jeune est heberge ou ? et qui paye l hebergement ?",
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b70-oos-rsa-amount', ['ref-senior'], [
    turn('montant RSA personne seule 2027', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b70-oos-region-training-then-bye', ['ref-new', 'closing'], [
    turn(
      "tu as des infos sur les formations financees par la region pour devenir aide a domicile ? c est pour une dame de montech",
      'out_of_scope',
      [SILENT],
    ),
    turn('bon tant pis merci quand meme', 'other', [BYE]),
  ]),
];

const CONTACT: ConversationCase[] = [
  c('b70-contact-afpa-prepa', ['ref-new'], [
    turn(
      "a qui je peux m adresser a l afpa si j ai une question sur un dossier prepa comp ? je connais personne la bas",
      'contact',
      [[...BATTEDOU, ...VELLA]],
    ),
  ]),
  c('b70-contact-coordinator', ['ref-senior'], [
    turn('coordo departemental des dispositifs c qui', 'contact', [VELLA]),
  ]),
  c('b70-contact-battedou-role', ['ref-senior'], [
    turn('battedou elle fait quoi exactement', 'contact', [['responsable accompagnement et parcours', 'déploiement', 'deploiement']]),
  ]),
  c('b70-contact-cd-side', ['coordo'], [
    turn(
      "cote departement, c est qui l interlocuteur prevu pour l experimentation ?",
      'contact',
      [['référent', 'referent', 'désign', 'design']],
    ),
  ]),
  c('b70-contact-phone', ['ref-senior', 'follow-up'], [
    turn('qui contacter pour la promo 1618 a l afpa', 'contact', [[...BATTEDOU, ...VELLA]]),
    turn('son tel ?', 'contact', [[...SILENT, 'pas de numéro', 'pas de coordonn', 'aucun numéro', 'ne communique pas']]),
  ]),
  c('b70-contact-agreement-followup', ['coordo', 'two-in-one'], [
    turn('qui suit l accord cote afpa et cote CD ?', 'contact', [VELLA, WEILL]),
  ]),
  c('b70-contact-parcours-referent', ['ref-new', 'follow-up'], [
    turn(
      "qui est le referent de parcours pour un beneficiaire du RSA dans ces dispositifs ? c est moi ou quelqu un de l afpa ?",
      'contact',
      [['conseiller', 'référent', 'referent', 'vous']],
    ),
    turn('ok et il fait quoi concretement ?', 'contact', [['adhésion', 'adhesion', 'inscri', 'informe', 'conditions matérielles', 'conditions materielles']]),
  ]),
  c('b70-contact-panda-habilitation', ['ref-senior'], [
    turn('habilitation panda je demande a qui', 'contact', [['afpa']]),
  ]),
];

const FIGURES: ConversationCase[] = [
  c('b70-fig-prepa-target', ['ref-senior'], [
    turn('objectif 2022 prepa comp', 'figures', [T30], T50),
  ]),
  c('b70-fig-all-targets', ['coordo', 'two-in-one'], [
    turn(
      'pour le copil, rappelle moi les objectifs du plan d action : prepa, comp pec et promo',
      'figures',
      [T30, T50, T10],
    ),
  ]),
  c('b70-fig-pec-target-then-actual', ['coordo', 'follow-up'], [
    turn('combien de BRSA vises en comp PEC', 'figures', [T50]),
    turn('et on en est ou', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b70-fig-actual-entries', ['ref-new'], [
    turn(
      "ma cheffe me demande combien de personnes du departement sont vraiment entrees en prepa comp, tu as le chiffre ?",
      'figures',
      [NOT_AVAILABLE],
    ),
  ]),
  c('b70-fig-promo-outcome', ['coordo'], [
    turn('taux de sorties positives vise pour la promo ?', 'figures', [['70 %', '70%', '70 pour cent', 'soixante-dix']]),
  ]),
  c('b70-fig-indicators-212', ['coordo'], [
    turn(
      'indicateurs du 2.1.2 (formation de droit commun) ?',
      'figures',
      [['réunions métiers', 'reunions metiers', 'réunion métier'], ['entrés en formation', 'entrées en formation', 'entrée en formation'], ['taux de réussite', 'taux de sortie']],
    ),
  ]),
  c('b70-fig-ase-target', ['ref-senior', 'follow-up'], [
    turn('cb de jeunes ASE prevus vers la promo', 'figures', [T10]),
    turn('et combien y sont alles pour de vrai', 'figures', [NOT_AVAILABLE]),
  ]),
];

const PRESCRIBE: ConversationCase[] = [
  c('b70-presc-prepa', ['ref-senior'], [
    turn('je veux prescrire prepa comp pour une BRSA', 'prescribe', [FORM]),
  ]),
  c('b70-presc-promo-how', ['ref-new'], [
    turn(
      "comment on inscrit un jeune ASE a la promo 1618 concretement ? c est moi qui le fais ou l educ ?",
      'prescribe',
      [[...FORM, 'invit']],
    ),
  ]),
  c('b70-presc-pec-steps', ['ref-senior'], [
    turn('prescrire comp pec etapes ?', 'prescribe', [['employeur'], FORM]),
  ]),
  c('b70-presc-then-details', ['ref-senior', 'follow-up'], [
    turn('je voudrais prescrire', 'prescribe', [['formulaire', 'quel dispositif', 'prépa', 'pec', 'promo']]),
    turn('prepa volet 2 pour un mr qui rentre en formation cariste', 'prescribe', [FORM]),
  ]),
  c('b70-presc-change-of-mind-consent', ['ref-new', 'change-of-mind'], [
    turn('je voudrais prescrire prepa comp pour mme D, 41 ans, BRSA', 'prescribe', [FORM]),
    turn(
      "ah attends non, en fait elle m a pas encore dit oui, je lui en ai juste parle au tel ce matin",
      'prescribe',
      [CONSENT],
    ),
  ]),
  c('b70-presc-session', ['ref-senior'], [
    turn('je peux inscrire mon BRSA sur la session prepa du 18 janv ?', 'prescribe', [FORM, on('2027-01-18')]),
  ]),
  c('b70-presc-rambling-forklift', ['ref-new'], [
    turn(
      "alors voila j ai un monsieur BRSA de 38 ans ancien magasinier qui voudrait faire cariste mais il a peur de pas y arriver, sa derniere formation date d il y a 20 ans, et avec sa femme ils ont deja des soucis de voiture donc faudrait pas que ce soit trop loin, je me dis que prepa comp volet 2 ce serait bien, comment je fais pour le prescrire concretement ? merci",
      'prescribe',
      [FORM],
    ),
  ]),
];

const OTHER: ConversationCase[] = [
  c('b70-other-hi', ['ref-senior'], [turn('slt', 'other', [GREET])]),
  c('b70-other-help', ['ref-senior'], [turn('aide', 'other', [HELP])]),
  c('b70-other-jpo-then-thanks', ['ref-new', 'closing'], [
    turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('super merci bonne journee', 'other', [BYE]),
  ]),
  c('b70-other-prescribe-cancel', ['ref-senior', 'change-of-mind'], [
    turn('prescrire prepa', 'prescribe', [FORM]),
    turn('annule', 'other', [CANCEL]),
  ]),
  c('b70-other-who-are-you', ['ref-new'], [turn('t es qui toi ? un robot ?', 'other', [['assistant', 'bot', 'robot', 'afpa']])]),
  c('b70-other-done', ['ref-senior', 'closing'], [turn('ok merci c tout', 'other', [BYE])]),
  c('b70-other-hello-then-help', ['ref-new', 'follow-up'], [
    turn('bonjour ! je suis la nouvelle referente insertion du secteur de moissac', 'other', [GREET]),
    turn('tu peux faire quoi pour moi ?', 'other', [HELP]),
  ]),
  c('b70-other-prepa-then-forget', ['coordo', 'change-of-mind', 'closing'], [
    turn('duree prepa comp ?', 'dispositif', [PREPA_DUR, TWO_WEEKS], NOT_PREPA),
    turn('ok laisse tomber je retrouve le flyer', 'other', [CANCEL]),
  ]),
];

export const SEVENTIETH_BLIND_SET: ConversationCase[] = [
  ...DISPOSITIF,
  ...AGENDA,
  ...ELIGIBILITY,
  ...OUT_OF_SCOPE,
  ...CONTACT,
  ...FIGURES,
  ...PRESCRIBE,
  ...OTHER,
];
