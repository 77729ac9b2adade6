/**
 * Hundred-twenty-first blind set.
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82), in their Teams chat with the bot, under time pressure before a
 * meeting or an appointment with the person they accompany (« j'ai Mme X dans 10 min »):
 * abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, ASE, info coll, JPO), no accents,
 * typos, SMS style, notes pasted as bullet lists, two or three questions in one message,
 * follow-ups that only make sense after the previous turn, and a person re-checked with one
 * fact changed.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Where the agreement is silent,
 * the expected answer says so and invents nothing.
 */
import {
  notOn,
  on,
  seats,
  turn,
  type ConversationCase,
  type ConversationTurn,
} from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA = ['prépa comp', 'prepa-comp', 'prépa-comp'];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618'];
const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2 à 8 demi',
  '8 jours maxi',
  '8 jours maximum',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const VOLET1_DURATION = ['5 à 6 jours', '5 à 6 j', 'cinq à six jours', '5-6 jours', '5 ou 6 jours', '5 et 6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours', '4 et 8 jours'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi'];
const ONSITE = ['présentiel', 'sur place', 'dans le centre', 'au centre'];
const REMOTE = ['distance', 'distanciel'];
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'aucun frais',
  'rien à payer',
  'ne coûte rien',
  'pas payant',
  'ne paie pas',
  'ne paye pas',
  'pris en charge par l',
];
const STATE = ['État', 'PIC', 'investissement dans les compétences'];
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];

/** The agreement is silent or the question is outside it. */
const NOT_SAID = [
  'ne prévoit pas',
  'ne prevoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne le précise pas',
  'pas précisé',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne mentionne pas',
  'pas mentionné',
  'indique pas',
  'ne traite pas',
  'ne parle pas',
  'ne figure pas',
  'ne porte pas',
  'ne fixe pas',
  'ne contient pas',
  'ne donne pas',
  'ne détaille pas',
  'aborde pas',
  'évoque pas',
  'rien sur',
  'aucun élément',
  'pas d’élément',
  "pas d'élément",
  'ne sais pas',
  'pas en mesure',
  'ne permet pas de répondre',
  'périmètre',
];
/** A question with nothing to do with the agreement. */
const OFF_TOPIC = [...NOT_SAID, 'ne peux pas', 'uniquement', 'seulement', 'je réponds', 'je suis là pour'];

const YES = [
  'éligible',
  'oui',
  'peut en bénéficier',
  'peut y entrer',
  'peut intégrer',
  'peut faire',
  'peut suivre',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'correspond',
  'entre dans',
  'relève',
];
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible', 'ne remplit pas', 'ne correspond pas'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  'réservé',
  'uniquement',
  'seulement',
  'pas accessible',
  'pas concerné',
  'pas concernée',
  'pas ouvert',
  'exclu',
  'non,',
  'non.',
  'non :',
];
const NOT_NO = [
  'oui, il est éligible',
  'oui, elle est éligible',
  'oui il est éligible',
  'oui elle est éligible',
  'est bien éligible',
];

const FULL = [
  'complet',
  ' 0 place',
  'places : 0',
  'plus de place',
  'aucune place',
  'pas de place',
  'plus aucune',
  'aucune disponib',
  '0 disponible',
];
const PAST = ['passé', 'déjà eu lieu', 'a eu lieu', 'terminé', 'trop tard', 'plus possible'];
const FORM = [
  'formulaire',
  'fiche de prescription',
  'bouton',
  'remplir',
  'remplissez',
  'complétez',
  'renseignez',
  'PANDA',
];
const NO_FIGURES = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de',
  'aucun chiffre',
  'pas de chiffre',
  'ne dispose pas',
  'pas de donnée',
  'aucune donnée',
  'aucun résultat',
  'pas de résultat',
  'pas encore connu',
  'pas connu',
  'pas encore été',
  'pas encore remont',
  'aucune information',
  'pas en mesure',
  'ne précise pas',
];
const THIRTY = ['30 allocataires', '30 bénéficiaires', '30 personnes', '30 BRSA', '30 RSA', 'trente', 'objectif de 30', 'objectif : 30', '30 entrées'];
const FIFTY = ['50 allocataires', '50 bénéficiaires', '50 personnes', '50 BRSA', '50 RSA', 'cinquante', 'objectif de 50', 'objectif : 50', '50 entrées'];
const TEN = ['10 jeunes', '10 personnes', 'dix jeunes', 'dix personnes', 'objectif de 10', 'objectif : 10', '10 ASE', '10 orient'];
const GREET = ['bonjour', 'salut', 'hello', 'bienvenue'];
const HELP = ['prépa comp', 'dispositif', 'agenda', 'éligib', 'prescri', 'information collective', 'JPO'];
const BATTEDOU = ['Battedou', 'Responsable Accompagnement et Parcours', 'responsable accompagnement'];
const MORNING = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];

export const HUNDRED_TWENTY_FIRST_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b121-dispositif-prepa-duree', ['sms', 'time-pressure'], [
    turn("prepa comp ca dure cmb de tps ? jai Mme R dans 10 min", 'dispositif', [PREPA_DURATION, TWO_WEEKS], [
      '13 semaines',
    ]),
    turn('et elle peut le faire de chez elle ?? elle a 3 gosses', 'dispositif', [REMOTE], ['lundi au jeudi']),
  ]),
  c('b121-dispositif-volets', ['two-questions', 'sms'], [
    turn(
      'vite: volet 1 et volet 2 de prepa c quoi la diff et combien de jours chacun',
      'dispositif',
      [VOLET1_DURATION, VOLET2_DURATION, ['projet'], ['entrée en formation', 'sécuris']],
      ['13 semaines'],
    ),
  ]),
  c('b121-dispositif-pec-quoi', ['two-questions', 'sms'], [
    turn(
      'competences pec cest quoi exactement en 2 mots ? et combien de jours pour le salarie',
      'dispositif',
      [PEC_DURATION, VAE],
      ['13 semaines', ...PREPA_DURATION],
    ),
  ]),
  c('b121-dispositif-promo-duree-jours', ['two-questions', 'what-to-tell'], [
    turn(
      'la promo 1618 ca dure combien et c tous les jours ? la mere me demande pr le vendredi',
      'dispositif',
      [PROMO_DURATION, MON_THU],
      PREPA_DURATION,
    ),
  ]),
  c('b121-dispositif-prepa-cout', ['two-questions', 'sms'], [
    turn(
      "le CD doit payer qqch a l'afpa qd on prescrit prepa comp ?? et c qui qui finance au final",
      'dispositif',
      [FREE, STATE],
    ),
  ]),
  c('b121-dispositif-prepa-remuneration', ['what-to-tell', 'silent'], [
    turn(
      "elle me demande si elle sera payee pendant la prepa comp, je lui dis quoi ? jai rdv dans 5 min",
      'dispositif',
      [NOT_SAID],
      ['smic', '€ par mois', 'euros par mois'],
    ),
  ]),
  c('b121-dispositif-prepa-lieu', ['two-questions', 'what-to-tell'], [
    turn(
      'prepa comp ca se passe ou ? elle habite a beaumont de lomagne et elle a pas le permis, faut forcement aller a montauban ?',
      'dispositif',
      [['Montauban'], ['délocalis', 'ensemble du département', 'dans le département', 'sur le département', ...REMOTE]],
    ),
  ]),
  c('b121-dispositif-bilan', ['sms'], [
    turn('a la fin de la prepa jai un retour moi ? genre un bilan ?', 'dispositif', [
      ['bilan individuel', 'bilan'],
      ['référent', 'accompagnateur', 'conseiller', 'à vous', 'vous est', 'vous sera', 'vous recevez'],
    ]),
  ]),
  c('b121-dispositif-panda', ['sms'], [
    turn("panda c quoi ce truc ?? faut que je m'inscrive dessus ou c l'afpa", 'dispositif', [
      ['traçabilité', 'tracé', 'trace', 'suivi des parcours'],
      ['habilit', 'inscri'],
    ]),
  ]),
  c('b121-dispositif-promo-phases-suivi', ['follow-up'], [
    turn('les phases de la promo 16 18 ? en vite fait', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['préparation de la suite', 'la suite'],
    ]),
    turn('et apres la sortie ya un suivi ou il est lache dans la nature ?', 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
  ]),
  c('b121-dispositif-pec-ateliers', ['two-questions', 'sms'], [
    turn("l'atelier VAE dans competences pec cest combien de temps ? et le cléa socle ?", 'dispositif', [
      ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ['1 jour', 'une journée', 'un jour', '1 journée'],
    ]),
  ]),
  c('b121-dispositif-pec-modalite', ['what-to-tell'], [
    turn(
      'competences PEC le salarie peut le faire a distance ? il bosse a lafrancaise en mairie et son employeur veut pas trop le lacher',
      'dispositif',
      [REMOTE, ONSITE],
    ),
  ]),
  c('b121-dispositif-distanciel-promo', ['follow-up'], [
    turn('prepa comp on peut le faire en distanciel ?', 'dispositif', [REMOTE]),
    turn('et la promo 1618 aussi ?', 'dispositif', [['présentiel', 'sur place'], MON_THU]),
  ]),
  c('b121-dispositif-promo-contenu', ['what-to-tell'], [
    turn(
      'promo 1618 ils font quoi concretement la dedans ? le jeune me demande si ya le code',
      'dispositif',
      [['code de la route', 'code'], ['open badge', 'atelier', 'chantier solidaire', 'métiers']],
    ),
  ]),
  c('b121-dispositif-rambling-volet2', ['rambling'], [
    turn(
      "alors je t'explique j'ai un monsieur de 50 ans au RSA depuis longtemps, ancien macon, il veut faire une formation qualifiante mais il a tres peur de pas y arriver, il a arrete l'ecole a 14 ans, je me demandais ce qui serait le mieux pour lui, le volet de prepa qui securise l'entree en formation c bien ca ? ca dure cb ce volet la",
      'dispositif',
      [['volet 2', 'sécuris'], VOLET2_DURATION],
      ['13 semaines'],
    ),
  ]),
  c('b121-dispositif-rsfp', ['sms'], [
    turn('RSFP cest pour qui ?', 'dispositif', [
      ['prérequis', 'pré-requis', 'directement à la VAE', 'accès à la VAE', 'accéder à la VAE'],
    ]),
  ]),
  c('b121-dispositif-fle', ['rambling'], [
    turn(
      "Mme K primo arrivante, elle parle tres peu francais, elle veut bosser en cuisine, est ce que l'afpa a un truc pour elle ?",
      'dispositif',
      [['visée professionnelle', 'français langue étrangère', 'FLE']],
    ),
  ]),
  c('b121-dispositif-pec-portefeuille', ['sms'], [
    turn('dans competences pec ya un livrable pour la personne a la fin ? un doc qqch', 'dispositif', [
      ['portefeuille'],
    ]),
  ]),
  c('b121-dispositif-promo-papiers', ['what-to-tell', 'two-questions'], [
    turn(
      'promo 1618 il faut quels papiers ? autorisation des parents obligatoire ?',
      'dispositif',
      [['autorisation'], ['pièces administratives', 'administrati', 'parents']],
    ),
  ]),
  c('b121-dispositif-prepa-etapes', ['what-to-tell'], [
    turn("prepa comp les etapes ? jdois expliquer a M. T cet aprem", 'dispositif', [
      ['préparer'],
      ['engager'],
      ['réfléchir'],
      ['agir'],
    ]),
  ]),
  c('b121-dispositif-promo-4-mois', ['sms'], [
    turn('la promo ca peut durer plus que 3 mois ?', 'dispositif', [['4 mois', 'quatre mois']]),
  ]),
  c('b121-dispositif-promo-orienteurs', ['sms'], [
    turn('la promo 16/18 normalement c qui qui oriente ? la ML ?', 'dispositif', [
      ['mission locale', 'missions locales'],
      ['CIO', 'C.I.O'],
    ]),
  ]),
  c('b121-dispositif-pec-quand', ['sms'], [
    turn('competences pec on peut le mobiliser quand, fin de contrat ou debut ?', 'dispositif', [
      ['signature', 'premiers mois', 'dès le début', 'début du contrat', 'début du PEC'],
    ]),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b121-agenda-info-coll-prepa', ['sms', 'time-pressure'], [
    turn('prochaine info coll prepa comp ? vite', 'agenda', [on('2027-01-14'), ['Montauban']], notOn('2027-01-07')),
  ]),
  c('b121-agenda-info-coll-castel-valence', ['follow-up', 'town'], [
    turn(
      'info coll prepa a castel c quand ?',
      'agenda',
      [on('2027-01-21'), ['Castelsarrasin']],
      [...notOn('2027-01-14'), ...notOn('2027-03-04')],
    ),
    turn('et a valence ?', 'agenda', [on('2027-03-04'), ['Valence']], notOn('2027-01-21')),
  ]),
  c('b121-agenda-jpo', ['sms'], [
    turn('JPO a venir ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
  ]),
  c('b121-agenda-visite-soudure', ['two-questions'], [
    turn(
      'visite plateau soudure c quand et ya encore de la place ? jai 2 messieurs interesses',
      'agenda',
      [on('2027-01-19'), seats(8)],
      notOn('2027-03-10'),
    ),
  ]),
  c('b121-agenda-reunion-metiers', ['follow-up', 'trade'], [
    turn('reunion metier logistique la prochaine ?', 'agenda', [on('2027-01-26'), ['Montauban']], notOn('2027-02-23')),
    turn('et pour le batiment ?', 'agenda', [on('2027-02-23'), ['Caussade']], notOn('2027-01-26')),
  ]),
  c('b121-agenda-entrees-volet1', ['sms'], [
    turn(
      'entrees prepa volet 1 les prochaines ?',
      'agenda',
      [on('2027-01-18'), on('2027-02-08'), on('2027-03-08')],
      [...notOn('2027-01-25'), ...notOn('2027-02-15')],
    ),
  ]),
  c('b121-agenda-volet2-complet', ['follow-up', 'seats'], [
    turn('prepa V2 du 25 janv il reste de la place ?', 'agenda', [FULL]),
    turn('ok et la suivante ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin'], seats(5)], notOn('2027-01-25')),
  ]),
  c('b121-agenda-places-soudeur', ['follow-up', 'seats', 'info-places'], [
    turn('places soudeur ?', 'agenda', [seats(4), on('2027-02-01')], ['maçon', 'cariste', 'plaquiste', 'électricien']),
    turn('et macon ?', 'agenda', [seats(3), on('2027-02-15')], ['plaquiste', 'cariste']),
  ]),
  c('b121-agenda-plaquiste-complet', ['seats', 'info-places'], [
    turn("formation plaquiste ya de la place ? il a fait du placo au noir pdt 5 ans", 'agenda', [FULL], [
      'soudeur',
      'cariste',
    ]),
  ]),
  c('b121-agenda-cariste-prep-commandes', ['two-questions', 'seats', 'info-places'], [
    turn(
      'cariste et prep de commandes il reste cb de places ? et c ou ?',
      'agenda',
      [seats(6), seats(5), ['Castelsarrasin'], ['Montauban']],
      ['plaquiste', 'soudeur'],
    ),
  ]),
  c('b121-agenda-pec-atelier2', ['sms'], [
    turn(
      'competences pec atelier 2 prochaines entrees ?',
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
      notOn('2027-02-10'),
    ),
  ]),
  c('b121-agenda-promo-entree', ['two-questions', 'seats'], [
    turn('promo 1618 prochaine entree ? et ya combien de places', 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b121-agenda-info-coll-promo', ['what-to-tell'], [
    turn(
      'une info coll promo 16 18 ou le jeune peut venir avec sa mere ? a quelle heure',
      'agenda',
      [on('2027-03-17'), ['14h', '14 h', '14:00']],
      notOn('2027-01-14'),
    ),
  ]),
  c('b121-agenda-cette-semaine', ['sms'], [
    turn(
      'quoi cette semaine ?',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b121-agenda-semaine-pro', ['sms'], [
    turn(
      'semaine pro ya quoi comme evenements ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b121-agenda-moissac', ['town', 'sms'], [
    turn(
      "ya qqch a moissac ? j'ai plein de BRSA la bas",
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b121-agenda-prepa-distanciel', ['modality'], [
    turn(
      'prochaine session prepa en distanciel ? elle est a saint antonin sans voiture',
      'agenda',
      [on('2027-02-08'), REMOTE],
      [...notOn('2027-01-18'), ...notOn('2027-03-08')],
    ),
  ]),
  c('b121-agenda-electricite', ['two-questions', 'seats', 'info-places'], [
    turn(
      'visite electricite c quand ? et la formation electricien il reste cb de places ?',
      'agenda',
      [on('2027-03-10'), seats(2)],
      notOn('2027-01-19'),
    ),
  ]),
  c('b121-agenda-jpo-passee', ['past'], [
    turn('la JPO du 7 janvier jpeux encore y envoyer qqn ?', 'agenda', [PAST, on('2027-02-03')]),
  ]),
  c('b121-agenda-info-coll-pec', ['follow-up', 'seats'], [
    turn('info coll competences pec ?', 'agenda', [on('2027-02-09'), ['Moissac']], notOn('2027-01-14')),
    turn('il reste de la place ?', 'agenda', [seats(10)]),
    turn('a quelle heure ?', 'agenda', [MORNING]),
  ]),
  c('b121-agenda-proprete-moissac', ['seats', 'info-places'], [
    turn("formation agent de proprete a moissac ya de la place ?", 'agenda', [seats(7), on('2027-02-22')], [
      'plaquiste',
    ]),
  ]),
  c('b121-agenda-restauration', ['seats', 'info-places'], [
    turn('formation restauration a caussade ? cb de places et ca commence qd', 'agenda', [
      seats(4),
      on('2027-03-15'),
      ['Caussade'],
    ]),
  ]),
  c('b121-agenda-volet1-moissac', ['follow-up', 'town', 'modality'], [
    turn('session prepa volet 1 en presentiel la prochaine ?', 'agenda', [on('2027-01-18'), ['Montauban']]),
    turn(
      'et a moissac ?',
      'agenda',
      [on('2027-03-08'), ['mixte', 'hybride', 'distance et présentiel', 'présentiel et distance', 'présentiel et à distance']],
      notOn('2027-01-18'),
    ),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b121-eligibility-brsa-then-are', ['changed-fact', 'follow-up'], [
    turn(
      'Mme X 45 ans BRSA pas inscrite a FT, projet flou, prepa comp ok ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    turn(
      "et si elle touche pas le RSA, juste l'ARE et suivie par FT ?",
      'eligibility',
      [['France Travail', 'Pôle emploi'], ['RSA']],
    ),
  ]),
  c('b121-eligibility-ase-17-then-15', ['changed-fact', 'follow-up'], [
    turn(
      'jeune ASE 17 ans, a decroche du lycee depuis 6 mois, fait rien, promo 1618 possible ?',
      'eligibility',
      [YES, PROMO],
      NOT_YES,
    ),
    turn('ah non pardon il a 15 ans', 'eligibility', [NO, ['16']], NOT_NO),
  ]),
  c('b121-eligibility-lyceen', ['sms'], [
    turn(
      'jeune 17 ans ASE encore en 1ere au lycee mais il decroche, promo ?',
      'eligibility',
      [NO, ['scolaris', 'quitté', 'décroch', 'pas en formation', 'sorti']],
      NOT_NO,
    ),
  ]),
  c('b121-eligibility-19-ans', ['sms'], [
    turn(
      'jeune 19 ans contrat jeune majeur ASE, promo 1618 ?',
      'eligibility',
      [NO, ['18 ans', 'mineur', 'majeur', '16 à 18', '16 et 18']],
      NOT_NO,
    ),
  ]),
  c('b121-eligibility-pec-asso', ['sms'], [
    turn(
      'M Y BRSA en PEC depuis 2 mois dans une asso, competences pec possible ?',
      'eligibility',
      [YES, ['employeur']],
      NOT_YES,
    ),
  ]),
  c('b121-eligibility-sans-pec', ['sms'], [
    turn(
      'BRSA 40 ans sans contrat PEC, pas de boulot, competences PEC ?',
      'eligibility',
      [NO, ['contrat', 'signataire', 'salarié', 'en PEC']],
      NOT_NO,
    ),
  ]),
  c('b121-eligibility-cddi-then-prepa', ['follow-up'], [
    turn(
      "Mr Z 52 ans BRSA en CDDI sur un chantier d'insertion, competences pec ?",
      'eligibility',
      [NO],
      NOT_NO,
    ),
    turn('ok et prepa comp alors ?', 'eligibility', [YES, PREPA], NOT_YES),
  ]),
  c('b121-eligibility-ml-cap', ['rambling'], [
    turn(
      "jeune 17 ans suivi ML, il a lache son CAP en novembre, rien depuis, il est pas ASE, il passe ses journees chez lui, sa conseillere ML m'a appele, on peut l'orienter promo ?",
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b121-eligibility-apprenti', ['sms'], [
    turn('16 ans apprenti en CFA boulangerie, ca se passe mal, promo ?', 'eligibility', [NO], NOT_NO),
  ]),
  c('b121-eligibility-rqth-then-cap-emploi', ['changed-fact', 'follow-up'], [
    turn('Mme 30 ans RQTH BRSA, prepa comp possible ?', 'eligibility', [YES], NOT_YES),
    turn(
      "et si elle est pas au RSA, juste RQTH suivie par cap emploi ?",
      'eligibility',
      [['Cap emploi', 'France Travail', 'Pôle emploi', 'RSA']],
    ),
  ]),
  c('b121-eligibility-volet2-hors-afpa', ['rambling'], [
    turn(
      "Mme 38 ans BRSA veut faire aide soignante dans un IFAS, pas a l'afpa, prepa volet 2 possible quand meme ?",
      'eligibility',
      [YES, ['volet 2', 'sécuris'], ['hors AFPA', 'hors A.F.P.A', 'autre organisme', 'ailleurs', 'pas seulement']],
      NOT_YES,
    ),
  ]),
  c('b121-eligibility-aah-pas-rsa', ['sms'], [
    turn(
      'personne AAH pas au RSA, suivie par le CD en accompagnement social, je peux la prescrire en prepa comp ?',
      'eligibility',
      [NO, ['RSA']],
      NOT_NO,
    ),
  ]),
  c('b121-eligibility-ase-foyer', ['two-questions'], [
    turn(
      "ado 16 ans ASE en foyer, descolarise depuis septembre, eligible promo ? il faut l'accord des parents ? il est place",
      'eligibility',
      [YES, ['autorisation']],
      NOT_YES,
    ),
  ]),
  c('b121-eligibility-notes-cariste', ['notes', 'two-questions'], [
    turn(
      '- M. L, 24 ans\n- BRSA depuis 2023\n- inscrit FT\n- veut etre cariste\n- pas de permis\n=> prepa comp possible ? et il peut aller a la reunion metier logistique ?',
      'eligibility',
      [YES, on('2027-01-26')],
      NOT_YES,
    ),
  ]),
  c('b121-eligibility-garde-moissac', ['follow-up', 'town'], [
    turn(
      'Mme Dupont BRSA inscrite FT, 2 enfants, garde compliquee, prepa comp ?',
      'eligibility',
      [YES, ['garde', 'conditions matérielles']],
      NOT_YES,
    ),
    turn('elle a pas de voiture, elle habite a moissac', 'agenda', [
      ['Moissac', ...REMOTE],
      [...on('2027-03-08'), ...on('2027-02-08')],
    ]),
  ]),
  c('b121-eligibility-college-then-3e', ['changed-fact', 'follow-up'], [
    turn('jeune 16 ans ASE sorti du college l an dernier, rien depuis, ok promo ?', 'eligibility', [YES], NOT_YES),
    turn('et si il etait encore en 3e cette annee ?', 'eligibility', [NO], NOT_NO),
  ]),
  c('b121-eligibility-pec-ehpad-vae', ['rambling'], [
    turn(
      "BRSA 58 ans, elle est en PEC dans un EHPAD depuis 1 mois comme ASH, aucun diplome, elle voudrait faire reconnaitre son experience d'aide a domicile, c'est quoi le mieux ?",
      'eligibility',
      [['compétences pec', 'compétences p.e.c', 'compétences-pec'], VAE],
    ),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b121-oos-montant-rsa', ['sms'], [
    turn('cb touche une personne seule au RSA en ce moment ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b121-oos-transport', ['what-to-tell'], [
    turn(
      "qui paie le transport pour aller a montauban pour la prepa ? elle a pas les sous pour le bus",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b121-oos-cpf-permis', ['sms'], [
    turn('CPF pour le permis B c possible ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b121-oos-creche', ['sms'], [
    turn("l'afpa a une creche ou une garde d'enfant sur place ?", 'out_of_scope', [NOT_SAID]),
  ]),
  c('b121-oos-hebergement', ['rambling'], [
    turn(
      "hebergement possible a l'afpa pdt la formation soudeur ? elle habite a 60 km et elle a pas de voiture",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b121-oos-cej', ['sms'], [
    turn('CEJ c mieux que promo 1618 pour un jeune de 17 ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b121-oos-meteo', ['sms'], [
    turn('il fait beau a montauban demain ?', 'out_of_scope', [OFF_TOPIC]),
  ]),
  c('b121-oos-prime-activite', ['sms'], [
    turn("prime d'activite si elle reprend en PEC elle la garde ?", 'out_of_scope', [NOT_SAID]),
  ]),
  c('b121-oos-repas', ['what-to-tell'], [
    turn('le repas du midi c pris en charge pendant la prepa ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b121-oos-quoi-apporter', ['what-to-tell', 'two-questions'], [
    turn(
      "qu'est ce qu'elle doit apporter le 1er jour de prepa comp ? cv ? piece d'identite ?",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b121-oos-frais-deplacement', ['follow-up', 'what-to-tell'], [
    turn('prepa comp ca dure cmb ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    turn('et elle est remboursee de ses frais de deplacement ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b121-oos-heures-rsa', ['rambling'], [
    turn(
      "question bete mais les heures de prepa ca compte dans les 15h d'activite du RSA ? mon chef veut savoir avant la reunion",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b121-contact-afpa-prepa', ['sms'], [
    turn("qui contacter a l'afpa pour prepa comp ?", 'contact', [BATTEDOU]),
  ]),
  c('b121-contact-directeur', ['sms'], [
    turn("c qui le directeur de l'afpa montauban deja", 'contact', [['Vella']]),
  ]),
  c('b121-contact-habilitation-panda', ['sms'], [
    turn("qui m'habilite sur panda ? jai pas d'acces", 'contact', [['AFPA', 'A.F.P.A'], ['habilit']]),
  ]),
  c('b121-contact-suivi-accord', ['sms'], [
    turn("l'accord avec l'afpa, qui le suit cote departement ?", 'contact', [['Weill', 'Président']]),
  ]),
  c('b121-contact-referent-experimentation', ['silent'], [
    turn("le referent de l'experimentation cote CD c qui ? j'ai besoin d'un nom", 'contact', [
      ['désign', 'pas nommé', 'ne nomme pas', 'pas de nom', 'aucun nom', ...NOT_SAID],
    ]),
  ]),
  c('b121-contact-tel-battedou', ['silent'], [
    turn('tu as le tel de Mme Battedou ?', 'contact', [['Battedou'], [...NOT_SAID, 'pas de numéro', 'aucun numéro']], [
      '05 63',
      '06 ',
    ]),
  ]),
  c('b121-contact-deploiement-coordo', ['two-questions'], [
    turn(
      "qui est en charge du deploiement de la promo 1618 a l'afpa et qui est le coordo departemental ?",
      'contact',
      [['Battedou'], ['Vella']],
    ),
  ]),
  c('b121-contact-urgence', ['follow-up', 'time-pressure'], [
    turn("jai une presc urgente, qui appeler a l'afpa ?", 'contact', [BATTEDOU]),
    turn('et si elle est absente ?', 'contact', [['Vella', 'directeur']]),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b121-figures-objectifs-suite', ['follow-up'], [
    turn('objectif prepa comp 2022 ?', 'figures', [THIRTY]),
    turn('et pour competences pec ?', 'figures', [FIFTY]),
    turn('et les jeunes ASE promo ?', 'figures', [TEN]),
  ]),
  c('b121-figures-trois-objectifs', ['time-pressure'], [
    turn('les 3 objectifs annuels vite pour le copil de 14h', 'figures', [THIRTY, FIFTY, TEN]),
  ]),
  c('b121-figures-entrees-a-date', ['sms'], [
    turn("cb d'entrees prepa comp a ce jour ?", 'figures', [NO_FIGURES]),
  ]),
  c('b121-figures-sorties-positives', ['follow-up'], [
    turn('objectif de sorties positives de la promo ?', 'figures', [['70']]),
    turn('et le taux reel chez nous dans le 82 ?', 'figures', [NO_FIGURES]),
  ]),
  c('b121-figures-transmission', ['two-questions'], [
    turn("a qui l'afpa transmet les chiffres et a quelle frequence ?", 'figures', [
      ['DGEFP', 'D.G.E.F.P'],
      ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
    ]),
  ]),
  c('b121-figures-indicateurs-jpo', ['sms'], [
    turn('indicateurs suivis sur les JPO et infos coll ?', 'figures', [['nombre'], ['portes ouvertes', 'JPO']]),
  ]),
  c('b121-figures-bilan-annuel', ['sms'], [
    turn('le bilan annuel par dispositif il part a qui ?', 'figures', [['DDETSPP', 'D.D.E.T.S.P.P', 'DDETS']]),
  ]),
  c('b121-figures-promo-objectif-realise', ['two-questions'], [
    turn('objectif promo 16 18 pour l ASE c combien ? et on en est ou ?', 'figures', [TEN, NO_FIGURES]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b121-prescribe-prepa', ['sms'], [
    turn('je veux prescrire prepa comp pour Mme X', 'prescribe', [FORM]),
  ]),
  c('b121-prescribe-promo-etapes', ['sms'], [
    turn('comment on prescrit la promo 1618 ? les etapes', 'prescribe', [['PANDA'], ['invite', 'inscri']]),
  ]),
  c('b121-prescribe-pec-employeur', ['sms'], [
    turn("presc competences pec, faut l'accord de l'employeur ?", 'prescribe', [['employeur'], ['accord', 'oui']]),
  ]),
  c('b121-prescribe-etapes-prepa', ['time-pressure'], [
    turn('etapes presc prepa vite jai le monsieur en face de moi', 'prescribe', [
      ['adhésion', 'accord de la personne', 'informe', 'informer'],
      FORM,
    ]),
  ]),
  c('b121-prescribe-session-annule', ['follow-up', 'cancel'], [
    turn(
      'je voudrais inscrire M. B sur la session prepa V1 du 18 janvier',
      'prescribe',
      [FORM, on('2027-01-18')],
      notOn('2027-01-25'),
    ),
    turn('non laisse tomber, annule', 'other', [['annul']]),
  ]),
  c('b121-prescribe-session-complete', ['seats'], [
    turn('presc sur la V2 du 25 janvier pour Mme L stp', 'prescribe', [FULL]),
  ]),
  c('b121-prescribe-formulaire', ['sms'], [
    turn('ou est le formulaire de prescription ?', 'prescribe', [FORM]),
  ]),
  c('b121-prescribe-pec-salarie', ['two-questions'], [
    turn(
      'je prescris comment competences PEC ? et le salarie il doit faire quoi de son cote ?',
      'prescribe',
      [['employeur'], [...FORM, 'inscri', 'plateforme']],
    ),
  ]),
  c('b121-prescribe-apres-eligibilite', ['follow-up'], [
    turn(
      'Mme G BRSA 35 ans inscrite FT veut consolider son projet pro, eligible prepa ?',
      'eligibility',
      [YES, ['volet 1', 'consolid', 'projet']],
      NOT_YES,
    ),
    turn('ok je la prescris', 'prescribe', [FORM]),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b121-other-bonjour', ['greeting'], [turn('bonjour', 'other', [GREET])]),
  c('b121-other-aide', ['help'], [turn('aide', 'other', [HELP])]),
  c('b121-other-merci', ['thanks'], [
    turn('merci !! tu me sauves', 'other', [
      ['de rien', 'avec plaisir', 'je vous en prie', 'à votre service', 'bonne journée', 'hésitez', 'volontiers'],
    ]),
  ]),
  c('b121-other-annule', ['cancel'], [turn('annule', 'other', [['annul']])]),
  c('b121-other-qui-es-tu', ['sms'], [turn("t'es qui toi ?", 'other', [['assistant', 'bot', 'AFPA']])]),
  c('b121-other-salut-aide', ['follow-up', 'greeting', 'help'], [
    turn('slt', 'other', [GREET]),
    turn('tu sais faire quoi ?', 'other', [HELP]),
  ]),
];
