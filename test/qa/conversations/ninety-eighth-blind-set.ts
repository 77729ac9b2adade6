/**
 * Ninety-eighth blind set. The people speaking are référents insertion and travailleurs
 * sociaux of the Département de Tarn-et-Garonne (CD82, service insertion and ASE), typing in
 * Teams the way they do: long messages pasted from their own notes or e-mails with the
 * question buried inside, abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, ASE,
 * info coll, JPO), no accents, typos, SMS style, dates as « le 14/01 », « mardi 19 »,
 * « semaine pro », and follow-ups that change one fact of the previous turn.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2 a 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const VOLET1_DURATION = ['5 à 6 j', '5 a 6 j', '5 et 6 j', '5-6 j', 'cinq à six', 'cinq et six'];
const VOLET2_DURATION = ['4 à 8 j', '4 a 8 j', '4 et 8 j', '4-8 j', 'quatre à huit', 'quatre et huit'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 j répartis', '5 j sur'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_TO_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu', 'quatre jours', '4 jours par semaine'];
const ON_SITE = ['présentiel', 'presentiel', 'sur place', 'au centre', 'dans le centre'];
const REMOTE = ['distance', 'distanciel', 'classe virtuelle'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const NO_COST = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'sans coût',
  'sans frais',
  'aucun frais',
];
const STATE_FUNDING = [
  'état',
  'plan d’investissement',
  "plan d'investissement",
  'p.i.c',
  ' pic',
  'pic ',
  'dgefp',
  'd.g.e.f.p',
];

/** « The agreement does not say / does not cover it », in the ways an answer may put it. */
const NOT_SAID = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'ne précise pas',
  'pas précisé',
  'ne mentionne pas',
  'pas mentionné',
  'ne couvre pas',
  'pas couvert',
  'ne traite pas',
  'ne parle pas',
  'ne fixe pas',
  'ne donne pas',
  'ne figure pas',
  'ne contient pas',
  'ne porte pas',
  'ne concerne pas',
  'ne détaille pas',
  'n’aborde pas',
  "n'aborde pas",
  'n’indique pas',
  "n'indique pas",
  'pas prévu',
  'hors',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'aucun élément',
  'pas d’élément',
  "pas d'élément",
  'rien sur',
  'rien à ce sujet',
  'pas dans l',
  'je ne sais pas',
  'je n’ai pas',
  "je n'ai pas",
  'ne dispose pas',
  'pas de réponse',
];

/** Figures that are not yet available (no indicator has been produced). */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'pas de chiffre',
  'aucun chiffre',
  'pas de donnée',
  'aucune donnée',
  'indisponible',
  'ne dispose pas',
  'pas d’indicateur',
  "pas d'indicateur",
  'aucun indicateur',
  'pas de résultat',
  'aucun résultat',
  'pas connu',
  'pas encore connu',
  ' 0 sur',
  ' 0 entrée',
  'aucune entrée',
  ...NOT_SAID,
];

const ELIGIBLE = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut faire',
  'peut suivre',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut y aller',
  'peut y participer',
  'oui',
  'accessible',
  'ouvert aux',
  'correspond',
];
const NOT_ELIGIBLE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne remplit pas',
  'pas accessible',
  'ne correspond pas',
  'pas ouvert',
  'réservé',
  'pas concerné',
  'n’est pas concern',
  "n'est pas concern",
  'exclu',
  'trop jeune',
  'pas encore',
  'ne rentre pas',
  'pas dans les conditions',
];
/** A « yes » for a person the agreement leaves out. */
const YES_FOR_INELIGIBLE = ['oui, il', 'oui, elle', 'oui il est', 'oui elle est', 'est bien éligible'];

const PRESCRIBE = [
  'formulaire',
  'panda',
  'remplir',
  'remplissez',
  'renseign',
  'inscri',
  'fiche',
  'adhésion',
  'étape',
];
const FULL = [
  'complet',
  'aucune place',
  '0 place',
  'plus de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'pas de place',
  'plus aucune',
];
const PAST = ['passé', 'déjà eu lieu', 'a eu lieu', 'terminé', 'dépassé', 'était le', 'c’était', "c'était"];
const CANCELLED = [
  'annul',
  'abandon',
  'd’accord',
  "d'accord",
  'entendu',
  'arrêt',
  'ok',
  'c’est noté',
  "c'est noté",
  'pas de souci',
  'pas de problème',
];
const HELP_TOPICS = ['prépa', 'dispositif', 'promo', 'compétences pec'];
const HELP_ACTIONS = ['agenda', 'jpo', 'information', 'éligib', 'prescri', 'événement', 'evenement'];
const INFO_COLL = ['information collective', 'info coll', 'informations collectives'];
const AT_14H = ['14h', '14:00', '14 h'];
const CASTEL = ['castelsarrasin'];
const PEC_TARGET = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  '50 brsa',
  '50 rsa',
  ': 50',
  'objectif de 50',
  '50 entrées',
  'cinquante',
];
const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const WEILL = ['weill'];

/** Other trainings of Info Places that a one-trade answer must not list. */
const NOT_CARISTE_OR_PREP = ['plaquiste', 'soudeur', 'agent de restauration', 'électricien', 'maçon'];

export const NINETY_EIGHTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b98-dispo-prepa-duree', ['two-questions'], [
    turn(
      "slt, je prepare la reunion d equipe de jeudi (ordre du jour : 1) point RSA 2) dispositifs afpa 3) divers) et ma cheffe veut que je presente prepa comp en 2 min. ca dure combien exactement et c'est etale sur combien de semaines ? merci !!",
      'dispositif',
      [PREPA_DURATION, TWO_WEEKS],
      ['13 semaines', 'treize semaines'],
    ),
  ]),
  c('b98-dispo-volets', [], [
    turn(
      'dans mes notes j ai "volet 1 = consolider projet" mais pas la duree, c cb de jours le volet 1 de la prepa ?',
      'dispositif',
      [VOLET1_DURATION],
      ['13 semaines'],
    ),
    turn('et le volet 2 ?', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
  ]),
  c('b98-dispo-pec-duree', [], [
    turn(
      "l employeur de Mme D (mairie de Negrepelisse) me demande combien de temps elle sera absente de son poste si elle fait competences PEC, je lui dis quoi ?",
      'dispositif',
      [PEC_DURATION, ['durée du pec', 'durée du contrat', 'réparti', 'pendant le pec', 'pendant le contrat', 'sur la durée', 'ateliers']],
      ['13 semaines', 'deux à huit jours'],
    ),
  ]),
  c('b98-dispo-promo-duree', ['two-questions'], [
    turn(
      "promo 1618 : j ai 2 infos differentes dans mes notes, 13 semaines ou 4 mois ?? c lequel le bon et pk ?",
      'dispositif',
      [PROMO_DURATION, PROMO_MAX],
      ['2 à 8 jours'],
    ),
  ]),
  c('b98-dispo-promo-rythme', ['two-questions'], [
    turn(
      'la maman du jeune K. (ASE) demande si la promo c a distance ou sur place, et si c tous les jours de la semaine, elle travaille le vendredi',
      'dispositif',
      [ON_SITE, MON_TO_THU],
    ),
  ]),
  c('b98-dispo-prepa-distance', [], [
    turn(
      'Mme L. habite a Beaumont de lomagne, pas de voiture, 2 enfants en bas age... la prepa comp elle peut la faire depuis chez elle ou faut venir a montauban obligatoirement ?',
      'dispositif',
      [REMOTE, ['tout ou partie', 'en partie', 'présentiel', 'presentiel', 'mixte']],
      ['du lundi au jeudi'],
    ),
  ]),
  c('b98-dispo-pec-ateliers', [], [
    turn(
      "pr competences PEC, les ateliers vae / rsfp / clea socle ca prend combien de temps chacun ? c pour caler avec le planning de l ehpad",
      'dispositif',
      [
        ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'],
        ['1 jour', 'une journée', 'un jour', '1 journée'],
      ],
    ),
  ]),
  c('b98-dispo-rsfp', [], [
    turn(
      'rsfp c pour qui deja ?? pas compris la diff avec la vae, le monsieur a pas de diplome et 3 ans d experience en espaces verts',
      'dispositif',
      [['prérequis', 'pré-requis', 'pré requis'], ['vae', 'v.a.e', 'validation des acquis']],
    ),
  ]),
  c('b98-dispo-cout', [], [
    turn(
      "question budget (on prepare le BP 2027) : si je prescris une prepa comp ou un competences PEC, ca coute qqch au CD ?",
      'dispositif',
      [[...NO_COST, ...STATE_FUNDING]],
      ['€', 'euros'],
    ),
  ]),
  c('b98-dispo-remuneration', [], [
    turn(
      "elle a peur de perdre son rsa si elle entre en prepa comp... est ce qu elle est remuneree pendant la prepa ?",
      'dispositif',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),
  c('b98-dispo-bilan', ['two-questions'], [
    turn(
      "a la fin de la prepa comp on a un retour nous les referents ? genre un bilan ? et pour competences PEC pareil ?",
      'dispositif',
      [['bilan'], ['référent', 'referent'], ['vae', 'v.a.e', 'pec']],
    ),
  ]),
  c('b98-dispo-lieu', [], [
    turn(
      "c ou physiquement ces dispositifs ? que montauban ? j ai des gens a valence d agen et a caussade qui font pas 40 km",
      'dispositif',
      [['montauban'], ['délocalis', 'ensemble du département', 'tout le département', 'dans le département', 'valence', 'caussade', 'castelsarrasin', 'moissac']],
    ),
  ]),
  c('b98-dispo-promo-prescripteurs', [], [
    turn(
      'normalement c qui qui oriente les jeunes vers la promo 1618 ? nous on est ASE on sait pas si on peut',
      'dispositif',
      [MISSION_LOCALE, ['cio', 'c.i.o', 'centre d’information', "centre d'information"]],
    ),
  ]),
  c('b98-dispo-panda', [], [
    turn(
      "on me demande d inscrire les gens sur 'panda'?? c quoi ce truc",
      'dispositif',
      [['traçabilité', 'tracabilite', 'tracé', 'trace', 'suivi des parcours', 'suivre les parcours']],
    ),
  ]),
  c('b98-dispo-promo-suite', [], [
    turn(
      "apres la promo 16/18 le jeune il est lache dans la nature ou y a un suivi ? son educ s inquiete",
      'dispositif',
      [SIX_MONTHS, MISSION_LOCALE],
    ),
  ]),
  c('b98-dispo-promo-phases', [], [
    turn('c quoi les phases de la promo 1618 ? en gros', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['suite'],
    ]),
    turn('la periode mobilite c ou ? il peut partir loin ?', 'dispositif', [
      ['village'],
      TWO_WEEKS,
    ]),
  ]),
  c('b98-dispo-pec-quand', [], [
    turn(
      "le contrat PEC de Mme L a commence en novembre (CAE mairie), c trop tard pour competences PEC ou on peut encore le mobiliser ?",
      'dispositif',
      [['signature', 'premiers mois', 'début du contrat', 'durée du pec', 'pendant le pec']],
    ),
  ]),
  c('b98-dispo-fle', [], [
    turn(
      "j ai 2 messieurs primo arrivants (afghans) qui parlent un peu francais, ils veulent bosser dans le batiment, l afpa a un truc pour eux ?",
      'dispositif',
      [['français à visée professionnelle', 'français langue étrangère', 'fle', 'langue'], ['primo', 'débutant', 'professionnel']],
    ),
  ]),
  c('b98-dispo-pec-employeur', ['two-questions'], [
    turn(
      "pour competences PEC faut l accord de l employeur ou pas ? et c qui qui lui demande, moi ou l afpa ?",
      'dispositif',
      [['employeur'], ['référent', 'conseiller', 'vous']],
    ),
  ]),
  c('b98-dispo-accord-duree', ['two-questions'], [
    turn(
      "l accord CD afpa il court jusqu a quand ? et on peut le resilier si ca marche pas ?",
      'dispositif',
      [['2 ans', 'deux ans'], ['2 mois', 'deux mois', 'préavis', 'avenant']],
    ),
  ]),
  c('b98-dispo-tableaux', ['two-questions'], [
    turn(
      "c qui qui recoit les tableaux de bord des dispositifs ? et c tous les combien ?",
      'dispositif',
      [['dgefp', 'd.g.e.f.p', 'délégation générale'], ['mensuel', 'chaque mois', 'tous les mois', 'par mois']],
    ),
  ]),
  c('b98-dispo-garde', [], [
    turn(
      "elle a 3 enfants dont un de 2 ans, pas de creche... pendant la prepa comp c qui s occupe de trouver une solution de garde ?",
      'dispositif',
      [['référent', 'referent', 'conseiller', 'vous'], ['conditions matérielles', 'garde', 'mobilité']],
    ),
  ]),
  c('b98-dispo-volet2', [], [
    turn(
      'prepa volet 2 c pour qui exactement ? mr G a deja un projet (cariste) mais rate tjs les tests',
      'dispositif',
      [['sécuriser', 'sécurisation', 'entrée en formation']],
    ),
    turn("ya une entree bientot sur ce volet ?", 'agenda', [on('2027-02-15')], [...notOn('2027-01-18')]),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b98-agenda-infocoll-castel', [], [
    turn(
      "slt ! mme B. (BRSA, suivie depuis 2024) est ok pour venir a une info coll prepa comp, c quand la prochaine ?",
      'agenda',
      [on('2027-01-14'), ['montauban']],
      notOn('2027-01-07'),
    ),
    turn(
      'et a castel ? elle habite castelsarrasin c plus simple pr elle',
      'agenda',
      [on('2027-01-21'), CASTEL],
      [...notOn('2027-01-14'), ...notOn('2027-02-11')],
    ),
    turn('il reste de la place ?', 'agenda', [seats(12)], seats(15)),
  ]),
  c('b98-agenda-jpo-fevrier', [], [
    turn(
      "y a des JPO bientot ? d ici fin fevrier idealement, j ai un groupe de 4 BRSA a emmener",
      'agenda',
      [on('2027-02-03'), on('2027-02-17')],
      notOn('2027-01-07'),
    ),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], notOn('2027-02-03')),
  ]),
  c('b98-agenda-soudure', ['two-questions'], [
    turn(
      "la visite plateau soudure de mardi 19 c a quelle heure ? et ya combien de places ? je veux y envoyer Mr A et son cousin",
      'agenda',
      [on('2027-01-19'), AT_14H, seats(8)],
    ),
  ]),
  c('b98-agenda-le-14', [], [
    turn(
      "qu est ce qu il y a le 14/01 a l afpa ? ma collegue m a parle d un truc",
      'agenda',
      [on('2027-01-14'), INFO_COLL],
      [...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b98-agenda-semaine-pro', [], [
    turn(
      "je fais le point avec mon equipe ce matin : semaine pro ya quoi comme evenements a l afpa ?",
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b98-agenda-batiment', [], [
    turn(
      "reunion metiers batiment c quand ? j ai 3 BRSA interesses par la maconnerie (un a deja bosse sur des chantiers au black)",
      'agenda',
      [on('2027-02-23'), ['caussade']],
    ),
    turn('il reste combien de places ?', 'agenda', [seats(12)]),
    turn(
      'et la formation macon elle meme, y a des places ?',
      'agenda',
      [seats(3), on('2027-02-15')],
      ['plaquiste', 'soudeur', 'cariste'],
    ),
  ]),
  c('b98-agenda-logistique-places', ['two-questions'], [
    turn(
      "places cariste ? et preparateur de commandes ? (mr Z a son caces 1 perime)",
      'agenda',
      [seats(6), seats(5), CASTEL],
      NOT_CARISTE_OR_PREP,
    ),
  ]),
  c('b98-agenda-plaquiste', [], [
    turn(
      "un monsieur motive (ancien peintre, BRSA) veut faire plaquiste en avril, c possible ?",
      'agenda',
      [FULL],
    ),
  ]),
  c('b98-agenda-volet2', [], [
    turn(
      "prochaine entree prepa volet 2 ? celle du 25 janvier je crois d apres le flyer",
      'agenda',
      [FULL, on('2027-02-15'), CASTEL],
    ),
  ]),
  c('b98-agenda-prepa-distance', [], [
    turn(
      "une prepa comp a distance bientot ? elle est a st antonin noble val sans voiture et sans bus le matin",
      'agenda',
      [on('2027-02-08'), REMOTE, seats(8)],
    ),
  ]),
  c('b98-agenda-pec-atelier2', [], [
    turn('entrees competences PEC atelier 2 c quand ?', 'agenda', [on('2027-01-20'), on('2027-03-03')]),
    turn('celle du 20 il reste de la place ?', 'agenda', [seats(4)], seats(3)),
  ]),
  c('b98-agenda-promo-entree', ['two-questions'], [
    turn(
      "promo 1618 prochaine rentree c quand ? ya combien de places ? (on a 2 jeunes ASE au foyer de montauban)",
      'agenda',
      [on('2027-02-01'), seats(10), ['montauban']],
    ),
  ]),
  c('b98-agenda-promo-infocoll', [], [
    turn(
      "y a une info coll promo 1618 ou les parents peuvent venir ? la mere est reticente",
      'agenda',
      [on('2027-03-17')],
      notOn('2027-01-14'),
    ),
  ]),
  c('b98-agenda-valence', [], [
    turn(
      "y a quoi a valence d agen ces prochains mois ? c est mon secteur",
      'agenda',
      [on('2027-03-04'), [...INFO_COLL, 'prépa']],
    ),
  ]),
  c('b98-agenda-jpo-ratee', [], [
    turn(
      "la jpo du 7 janv je l ai ratee (arret maladie), ya une autre ?",
      'agenda',
      [PAST, on('2027-02-03')],
    ),
  ]),
  c('b98-agenda-electricien', ['two-questions'], [
    turn(
      "formation electricien, il reste des places ? elle commence quand ? (Mme H veut se reconvertir, elle a 41 ans)",
      'agenda',
      [seats(2), on('2027-03-08')],
      ['plaquiste', 'soudeur', 'cariste'],
    ),
  ]),
  c('b98-agenda-moissac-caussade', [], [
    turn(
      "j ai une dame a moissac qui cherche une formation qualifiante pres de chez elle, y a des places ?",
      'agenda',
      [['propreté'], seats(7)],
    ),
    turn('et a caussade ?', 'agenda', [['restauration'], seats(4)], ['propreté']),
  ]),
  c('b98-agenda-volet1-moissac', ['two-questions'], [
    turn(
      "prepa comp volet 1 a moissac c quand ? et c en presentiel ou pas ?",
      'agenda',
      [on('2027-03-08'), ['mixte', 'distance', 'partie', 'hybride']],
    ),
  ]),
  c('b98-agenda-infocoll-pec', [], [
    turn(
      "y a une info coll competences PEC pour les salaries et les employeurs ? l asso de Mr J est partante",
      'agenda',
      [on('2027-02-09'), ['moissac']],
      notOn('2027-01-14'),
    ),
  ]),
  c('b98-agenda-logistique', ['two-questions'], [
    turn(
      "la reunion metiers logistique c quand et c pour quels metiers ? j ai un jeune BRSA de 25 ans que ca peut interesser",
      'agenda',
      [on('2027-01-26'), ['cariste', 'préparateur']],
    ),
  ]),
  c('b98-agenda-cette-semaine', [], [
    turn('cette semaine y a quoi a l afpa ?', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
      ...notOn('2027-01-07'),
    ]),
  ]),
  c('b98-agenda-fin-janvier', [], [
    turn(
      "d ici fin janvier, les info coll prepa comp ? pr les mettre dans le planning du service",
      'agenda',
      [on('2027-01-14'), on('2027-01-21')],
      [...notOn('2027-02-11'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b98-agenda-mardi-jeudi', [], [
    turn('mardi 19 y a un truc a l afpa ?', 'agenda', [['soudure']], notOn('2027-01-21')),
    turn('et jeudi 21 ?', 'agenda', [CASTEL, INFO_COLL], ['soudure']),
  ]),
  c('b98-agenda-session-18', ['two-questions'], [
    turn(
      "session prepa volet 1 du 18/01 a montauban il reste de la place ? et c jusqu a quand ?",
      'agenda',
      [seats(6), [...on('2027-01-29'), 'au 29']],
    ),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b98-elig-rsa-prepa-age', [], [
    turn(
      "Mme R., 34 ans, BRSA depuis 2019, suivie par moi au CD, pas inscrite a FT, pas de diplome, elle veut faire aide soignante mais elle doute d elle... elle peut faire prepa comp ?",
      'eligibility',
      [ELIGIBLE, ['rsa', 'allocataire']],
    ),
    turn('et si elle avait 26 ans ?', 'eligibility', [ELIGIBLE, ['rsa', 'allocataire', 'âge', 'age']]),
  ]),
  c('b98-elig-ase-promo-ages', [], [
    turn(
      "jeune ASE 17 ans, sorti du lycee pro en octobre, fait rien depuis (ni boulot ni formation), son educ demande si la promo 1618 c possible",
      'eligibility',
      [ELIGIBLE, ['promo']],
    ),
    turn("et s il avait 15 ans ?", 'eligibility', [NOT_ELIGIBLE, ['16']], YES_FOR_INELIGIBLE),
    turn('et 16 ans pile ?', 'eligibility', [ELIGIBLE]),
  ]),
  c('b98-elig-ase-lycee', [], [
    turn(
      "jeune 17 ans ASE, toujours inscrit au lycee (1ere bac pro) mais il veut arreter, il sait pas quoi faire. promo 1618 ?",
      'eligibility',
      [[...NOT_ELIGIBLE, 'quitté', 'quitte', 'décroch', 'scolaris', 'en formation']],
      YES_FOR_INELIGIBLE,
    ),
  ]),
  c('b98-elig-pec-vs-prepa', [], [
    turn(
      "Mr P. 45 ans BRSA, en PEC depuis septembre a la mairie de Montech (espaces verts), super motive, il voudrait valider ses competences. PEC ou prepa comp pour lui ?",
      'eligibility',
      [['compétences pec', 'compétences p.e.c', 'competences pec'], ['vae', 'valid', 'certification', 'rsfp', 'cléa']],
    ),
    turn(
      "et si son contrat PEC s etait termine en decembre ?",
      'eligibility',
      [['pendant', 'durée du pec', 'durée du contrat', 'en cours', 'signature', 'plus en pec', 'n’est plus', "n'est plus", ...NOT_ELIGIBLE]],
    ),
  ]),
  c('b98-elig-prepa-ou-pec', [], [
    turn(
      "Mme S. 29 ans RSA, pas en PEC, elle vise la formation cariste de l afpa mais a peur de rater les tests d entree (a deja rate une fois chez un autre OF). prepa comp ou PEC pour elle ?",
      'eligibility',
      [['prépa'], ['volet 2', 'sécuriser', 'sécurisation', 'entrée en formation', 'éligible']],
    ),
  ]),
  c('b98-elig-ml-non-rsa', [], [
    turn(
      "un gars de 23 ans suivi par la ML de Castel, pas au RSA, pas en PEC, il veut faire prepa comp en passant par nous (CD)",
      'eligibility',
      [['rsa', 'allocataire']],
      YES_FOR_INELIGIBLE,
    ),
  ]),
  c('b98-elig-ase-19', [], [
    turn(
      "jeune de 19 ans, ex ASE en contrat jeune majeur, decrocheur depuis 2 ans, la promo 1618 ca peut le faire ?",
      'eligibility',
      [NOT_ELIGIBLE, ['mineur', '16', '18', 'âge']],
      YES_FOR_INELIGIBLE,
    ),
  ]),
  c('b98-elig-apprenti', [], [
    turn(
      "jeune 16 ans en apprentissage boulangerie depuis septembre, ca se passe mal avec le patron, il pourrait basculer sur la promo ?",
      'eligibility',
      [[...NOT_ELIGIBLE, 'pas en formation', 'ni en formation', 'ne travaill', 'sans emploi', 'ni emploi', 'rupture']],
      YES_FOR_INELIGIBLE,
    ),
  ]),
  c('b98-elig-rqth', [], [
    turn(
      "BRSA 52 ans, RQTH (dos), suivi CD + inscrit FT, il veut reprendre une formation compta mais il a pas ecrit depuis 30 ans, prepa comp ca lui irait ?",
      'eligibility',
      [ELIGIBLE, ['prépa']],
    ),
    turn(
      'la RQTH ca change quelque chose ?',
      'eligibility',
      [[...NOT_SAID, 'ne change', 'pas de condition', 'aucune condition', 'cap emploi', 'pas d’incidence', "pas d'incidence", 'n’exclut pas', "n'exclut pas", 'n’empêche pas', "n'empêche pas"]],
    ),
  ]),
  c('b98-elig-ft-inscription', [], [
    turn(
      "Mr N 41 ans BRSA inscrit a FT, suivi par moi, veut travailler son projet pro (il hesite entre logistique et batiment) : prepa comp ok ?",
      'eligibility',
      [ELIGIBLE],
    ),
    turn(
      "et s il est pas inscrit a FT ?",
      'eligibility',
      [ELIGIBLE, ['inscrit', 'france travail', 'pôle emploi']],
    ),
  ]),
  c('b98-elig-materiel', [], [
    turn(
      "Mme F 27 ans RSA majore, 2 enfants, pas de mode de garde, pas le permis, habite caussade, interessee par prepa comp mais elle panique pour l organisation... eligible ?",
      'eligibility',
      [ELIGIBLE, ['conditions matérielles', 'garde', 'mobilité', 'distance']],
    ),
  ]),
  c('b98-elig-60-ans', ['two-questions'], [
    turn(
      "un BRSA de 60 ans ca passe pour prepa comp ? y a une limite d age ?",
      'eligibility',
      [[...ELIGIBLE, 'pas de limite', 'aucune limite', 'pas de condition d’âge', "pas de condition d'âge"]],
      ['moins de 26', 'limite de 26'],
    ),
  ]),
  c('b98-elig-cap-cuisine', [], [
    turn(
      "jeune 17 ans au foyer ASE de montech, en 1ere annee de CAP cuisine, il s ennuie, promo 1618 ?",
      'eligibility',
      [[...NOT_ELIGIBLE, 'en formation', 'scolaris', 'quitté', 'décroch']],
      YES_FOR_INELIGIBLE,
    ),
  ]),
  c('b98-elig-16-sans-suivi', [], [
    turn(
      "ses parents m ont appele : jeune 16 ans, ni ASE ni ML, a arrete le college l an dernier, reste dans sa chambre. promo 1618 ca le ferait ?",
      'eligibility',
      [ELIGIBLE, [...MISSION_LOCALE, 'cio', 'c.i.o']],
    ),
  ]),
  c('b98-elig-pec-non-pec', [], [
    turn(
      "Mme W 36 ans BRSA, pas en contrat (elle cherche), elle a entendu parler de competences PEC par une copine, ca peut marcher pour elle ?",
      'eligibility',
      [[...NOT_ELIGIBLE, 'contrat pec', 'parcours emploi compétences', 'en pec']],
      YES_FOR_INELIGIBLE,
    ),
  ]),
  c('b98-elig-pec-then-date', [], [
    turn(
      "Mr O 50 ans BRSA en PEC depuis 1 mois a la ressourcerie, l employeur est d accord, competences PEC c bon ?",
      'eligibility',
      [ELIGIBLE],
    ),
    turn(
      "ok et c quand la prochaine entree ?",
      'agenda',
      [on('2027-01-20')],
      [...notOn('2027-01-18'), ...notOn('2027-02-15')],
    ),
  ]),
  c('b98-elig-then-prescribe', [], [
    turn(
      "jeune fille ASE 16 ans et demi, placee en famille d accueil a Moissac, deco depuis la 3eme, ni formation ni job. promo 1618 ?",
      'eligibility',
      [ELIGIBLE],
    ),
    turn('ok super on y va, je fais comment pour l inscrire ?', 'prescribe', [PRESCRIBE]),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b98-oos-transport', [], [
    turn(
      "le CD ou l afpa rembourse les trajets pour aller a montauban ? elle a pas le permis et le train coute cher",
      'out_of_scope',
      [[...NOT_SAID, 'conditions matérielles']],
      ['€', 'euros'],
    ),
  ]),
  c('b98-oos-montant-rsa', [], [
    turn('au fait c combien le RSA pour une pers seule en 2027 ?', 'out_of_scope', [NOT_SAID], ['€', 'euros']),
  ]),
  c('b98-oos-cpf-permis', [], [
    turn(
      "elle peut utiliser son CPF pour le permis B en parallele de la prepa ?",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b98-oos-hebergement', [], [
    turn(
      "l afpa peut loger les stagiaires ? il habite a 60 km, pas de voiture",
      'out_of_scope',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),
  c('b98-oos-cej', [], [
    turn(
      "le CEJ (contrat engagement jeune) ca rentre dans l accord afpa ? le jeune en a un avec la ML",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b98-oos-salaire-pec', [], [
    turn('un PEC c paye combien de l heure ? la dame me demande', 'out_of_scope', [NOT_SAID], ['€', 'euros']),
  ]),
  c('b98-oos-courrier-caf', [], [
    turn(
      "tu peux me faire un courrier pour la CAF pour dire qu elle est en formation ?",
      'out_of_scope',
      [[...NOT_SAID, 'ne peux pas', 'pas en mesure', 'ne sais pas faire', 'je ne fais pas']],
    ),
  ]),
  c('b98-oos-indemnite-promo', [], [
    turn(
      "promo 1618, le jeune touche une indemnite ou une aide ? sinon il viendra pas, il me l a dit",
      'out_of_scope',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),
  c('b98-oos-vae-experience', [], [
    turn(
      "pour la VAE dans competences PEC il faut combien d annees d experience minimum ?",
      'out_of_scope',
      [[...NOT_SAID, 'rsfp', 'r.s.f.p']],
    ),
  ]),
  c('b98-oos-two', ['two-questions'], [
    turn(
      "2 questions rapides : la cantine de l afpa c combien le repas ? et y a un parking ?",
      'out_of_scope',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b98-contact-coordo', [], [
    turn(
      'c qui le coordonnateur departemental des dispositifs cote afpa ? je dois mettre son nom dans un CR',
      'contact',
      [VELLA],
    ),
  ]),
  c('b98-contact-rap', [], [
    turn(
      "j ai une question sur le deploiement de la prepa comp (on a 3 dossiers bloques), qui est la bonne personne a l afpa ? la RAP c qui ?",
      'contact',
      [BATTEDOU, ['responsable accompagnement', 'déploiement', 'parcours']],
    ),
    turn(
      'et son tel ou son mail ?',
      'contact',
      [[...NOT_SAID, 'coordonnées', 'pas de numéro', 'pas son numéro', 'pas de mail']],
      ['@afpa', '05 63'],
    ),
  ]),
  c('b98-contact-ref-cd', [], [
    turn(
      "le referent de l experimentation cote CD c qui ? je sais jamais a qui remonter",
      'contact',
      [['désign', 'ne nomme pas', 'pas nommé', 'ne précise pas', 'ne donne pas', 'pas de nom', 'n’est pas nommé', "n'est pas nommé", 'ne cite pas', ...NOT_SAID]],
    ),
  ]),
  c('b98-contact-signataire', ['two-questions'], [
    turn("qui a signe l accord pour le departement ? et pour l afpa ?", 'contact', [WEILL, VELLA]),
  ]),
  c('b98-contact-suivi', ['two-questions'], [
    turn(
      "qui suit l accord de partenariat cote afpa et cote CD ? et y a un copil ?",
      'contact',
      [VELLA, WEILL, ['comité de pilotage', 'copil', 'une fois par an', '1 fois par an']],
    ),
  ]),
  c('b98-contact-promo', [], [
    turn(
      "pour une question de tous les jours sur une prescription promo 16/18, je contacte qui a l afpa ?",
      'contact',
      [[...BATTEDOU, 'responsable accompagnement']],
    ),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b98-figures-objectifs', [], [
    turn(
      "pour le copil de mardi 19, l objectif prepa comp c combien de BRSA ?",
      'figures',
      [['30 allocataires', '30 personnes', '30 bénéficiaires', '30 brsa', '30 rsa', ': 30', 'objectif de 30', '30 entrées', 'trente']],
    ),
    turn(
      'et pour PEC ?',
      'figures',
      [PEC_TARGET],
    ),
    turn(
      "et l ASE sur la promo ?",
      'figures',
      [['10 jeunes', '10 personnes', '10 bénéficiaires', '10 ase', ': 10', 'objectif de 10', '10 orient', 'dix jeunes']],
    ),
  ]),
  c('b98-figures-realise', [], [
    turn(
      "on en est ou des entrees prepa comp cette annee ? le chef veut un chiffre realise vs objectif",
      'figures',
      [NOT_YET],
    ),
  ]),
  c('b98-figures-national', ['two-questions'], [
    turn(
      "la promo 1618 au niveau national c combien de jeunes ? et quel taux de sorties positives vise ?",
      'figures',
      [['35 000', '35000', '35 000', '35 000', 'trente-cinq mille'], ['70 %', '70%', '70 %', '70 %', 'soixante-dix']],
    ),
  ]),
  c('b98-figures-2023', [], [
    turn("les objectifs 2023 c quoi ? j ai que ceux de 2022", 'figures', [['2022', ...NOT_SAID]]),
  ]),
  c('b98-figures-indicateurs-jpo', [], [
    turn(
      "quels indicateurs on suit pour les JPO, info coll et visites de plateaux ?",
      'figures',
      [['nombre'], ['allocataires', 'bénéficiaires', 'participants']],
    ),
  ]),
  c('b98-figures-ase-realise', [], [
    turn(
      "combien de jeunes ASE ont ete orientes vers la promo pour l instant ?",
      'figures',
      [NOT_YET],
    ),
  ]),
  c('b98-figures-then-real', [], [
    turn("objectif compétences PEC ?", 'figures', [PEC_TARGET]),
    turn("et on en a combien d entres a date ?", 'figures', [NOT_YET]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b98-prescribe-prepa', [], [
    turn(
      "ok je veux prescrire une prepa comp pour Mr T., BRSA suivi par moi, il est d accord (adhesion recueillie ce matin)",
      'prescribe',
      [PRESCRIBE],
    ),
  ]),
  c('b98-prescribe-promo-etapes', [], [
    turn(
      "comment je fais concretement pour orienter un jeune ASE de 17 ans sur la promo ? c quoi les etapes ?",
      'prescribe',
      [[...PRESCRIBE, ...MISSION_LOCALE, 'cio']],
    ),
  ]),
  c('b98-prescribe-pec', [], [
    turn(
      "pour competences PEC, c quoi les etapes de mon cote ? je dois voir l employeur d abord ?",
      'prescribe',
      [['employeur'], PRESCRIBE],
    ),
  ]),
  c('b98-prescribe-session', [], [
    turn(
      "je peux inscrire qqn sur la session prepa du 18/01 a montauban ? Mme E, BRSA, 44 ans",
      'prescribe',
      [PRESCRIBE],
    ),
  ]),
  c('b98-prescribe-panda', [], [
    turn(
      "faut que j inscrive moi meme les gens sur panda ou c l afpa qui le fait ?",
      'prescribe',
      [['référent', 'referent', 'habilit', 'vous', 'travailleurs sociaux'], ['panda']],
    ),
  ]),
  c('b98-prescribe-after-infocoll', [], [
    turn(
      "elle a fait l info coll du 14/01, maintenant on veut l inscrire en prepa volet 1",
      'prescribe',
      [PRESCRIBE],
    ),
    turn("c quand la session la plus proche ?", 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b98-other-bonjour', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']])]),
  c('b98-other-aide', [], [
    turn('tu sers a quoi en fait ? on m a installe ca ce matin', 'other', [HELP_TOPICS, HELP_ACTIONS]),
  ]),
  c('b98-other-merci', [], [
    turn('merci c top', 'other', [
      ['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'n’hésitez', "n'hésitez", 'à votre service', 'merci'],
    ]),
  ]),
  c('b98-other-annule', [], [
    turn('je veux prescrire', 'prescribe', [PRESCRIBE]),
    turn('non laisse tomber annule', 'other', [CANCELLED]),
  ]),
  c('b98-other-bjr-aide', [], [
    turn('bjr, tu peux m aider sur les dispositifs afpa ?', 'other', [HELP_TOPICS]),
  ]),

  // ── mixed conversations ───────────────────────────────────────────────────
  c('b98-mix-promo-then-infocoll', [], [
    turn('c quoi la promo 1618 en bref, pr expliquer a un jeune', 'dispositif', [PROMO_DURATION]),
    turn("et la prochaine info coll pour ca ?", 'agenda', [on('2027-03-17')], [...notOn('2027-01-14'), ...notOn('2027-01-21')]),
  ]),
  c('b98-mix-contact-then-oos', [], [
    turn("qui deploie competences PEC a l afpa montauban ?", 'contact', [BATTEDOU]),
    turn("elle peut aussi m aider pour un dossier MDPH ?", 'out_of_scope', [NOT_SAID]),
  ]),
  c('b98-mix-prepa-then-cost', [], [
    turn(
      "mail de ma cheffe colle ici : « merci de me faire un point sur Prepa Competences (duree, contenu) avant vendredi ». tu peux me resumer ?",
      'dispositif',
      [PREPA_DURATION, ['projet', 'formation']],
      ['13 semaines'],
    ),
    turn("et ca coute combien au departement ?", 'dispositif', [[...NO_COST, ...STATE_FUNDING]], ['€', 'euros']),
  ]),
  c('b98-mix-places-then-visit', [], [
    turn("soudeur, il reste des places ? c quand ?", 'agenda', [seats(4), on('2027-02-01')], ['plaquiste', 'cariste']),
    turn("y a une visite de l atelier avant ?", 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b98-mix-elig-then-other-programme', [], [
    turn(
      "Mme Y 31 ans BRSA, sortie de PEC l an dernier, veut se former en propreté, hesite, a besoin de confirmer son projet. quel dispositif ?",
      'eligibility',
      [['prépa']],
    ),
    turn("ya des places en formation proprete ?", 'agenda', [seats(7), ['moissac']], ['plaquiste', 'soudeur']),
  ]),
  c('b98-mix-panda-then-bilan', ['two-questions'], [
    turn(
      "2 trucs : qui inscrit sur PANDA pour la prepa ? et c qui qui envoie le bilan a la fin ?",
      'dispositif',
      [['référent', 'referent', 'conseiller', 'travailleur'], ['afpa']],
    ),
    turn("et pour la promo y a un bilan aussi ?", 'dispositif', [[...NOT_SAID, 'prépa', 'pec', 'accompagnement prolongé', 'mission locale']]),
  ]),
  c('b98-mix-reunion-equipe', ['two-questions'], [
    turn(
      "l afpa vient presenter ses actions a notre reunion d equipe combien de fois par an ? et les dates de JPO ils nous les envoient ?",
      'dispositif',
      [['semestre', 'deux fois par an', '2 fois par an', 'une fois par semestre'], ['jpo', 'portes ouvertes', 'communique', 'dates']],
    ),
  ]),
  c('b98-mix-info-places', ['two-questions'], [
    turn(
      "c quoi info places ? et c mis a jour quand ?",
      'dispositif',
      [['places disponibles', 'temps réel', 'places'], ['temps réel', 'mise à jour', 'mis à jour', '08/01', ' 8 janv', '2027-01-08']],
    ),
  ]),
  c('b98-mix-campagne', ['two-questions'], [
    turn(
      "dans la convention, les BRSA pouvaient entrer jusqu a quand ? et les parcours finis pour quand ?",
      'dispositif',
      [['31 décembre 2022', '31/12/2022', '31 déc', '31 dec'], ['30 avril 2023', '30/04/2023', '30 avr']],
    ),
  ]),
];
