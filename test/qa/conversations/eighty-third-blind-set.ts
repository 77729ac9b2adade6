/**
 * Eighty-third blind set. Who speaks: the AFPA coordinator of the centre de Montauban and the
 * Département's référents insertion (CD82), planning the next two months together in Teams:
 * many agenda questions with several filters at once, follow-ups that narrow or widen
 * (« que celles avec de la place », « et ailleurs ? », « et le mois d'après ? »), agenda mixed
 * with a programme fact or an eligibility check, abbreviations (prépa comp, PEC, 1618, BRSA, FT,
 * ML, TH, RQTH, CD, ASE, info coll, JPO), no accents, typos, SMS style, long rambling messages.
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action plan
 * and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without seeing the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

const TWO = 'two-questions';

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prepa comp', 'prepa-comp'];
const PEC = ['competences pec', 'competences p.e.c', 'competences-pec', 'competences – pec', 'competences - pec'];
const PROMO = ['promo'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 a 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2 jours et 8 jours',
  '2-8 jours',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 a 6 jours', '5 ou 6 jours', '5-6 jours', 'cinq à six jours', 'entre 5 et 6'];
const VOLET2_DURATION = ['4 à 8 jours', '4 a 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', 'entre 4 et 8'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 journees', 'cinq journees'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const NOT_PREPA_DURATION = ['2 à 8 jours', '2 a 8 jours', 'deux à huit jours'];
const NOT_PROMO_DURATION = ['13 semaines', 'treize semaines'];
const NOT_VOLET1 = ['5 à 6 jours', '5 a 6 jours', '5-6 jours', 'cinq à six jours'];
const NOT_VOLET2 = ['4 à 8 jours', '4 a 8 jours', '4-8 jours', 'quatre à huit jours'];

const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['clea'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const PANDA = ['panda'];
const PRESCRIPTION_FORM = ['formulaire', 'prescri', 'fiche'];

// ── Verdicts and silences ───────────────────────────────────────────────────

const YES = [
  'eligible',
  'oui',
  'peut beneficier',
  'peut en beneficier',
  'peut integrer',
  'peut entrer',
  'peut suivre',
  'peut etre oriente',
  'peut etre prescrit',
  'peut y',
  'correspond',
  'remplit',
];
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'peut pas',
  'est pas',
  'releve pas',
  'entre pas',
  'ne remplit pas',
  'ne correspond pas',
  'pas possible',
  'impossible',
  'non,',
  'non.',
  'non :',
];
/** A positive verdict, for someone who is not eligible to anything the agreement offers. */
const POSITIVE = ['est eligible', 'est bien eligible', 'elle est eligible', 'il est eligible'];

/** « The agreement does not say / does not cover it », in the ways a French answer may put it. */
const NOT_SAID = [
  'ne prevoit pas',
  'ne prevoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne precise pas',
  'pas precise',
  'hors',
  'pas prevu',
  'non prevu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne mentionne pas',
  'pas mentionn',
  'ne traite pas',
  'ne parle pas',
  'ne contient pas',
  'ne figure pas',
  'ne porte pas',
  'ne fournit pas',
  'ne donne pas',
  'ne comporte pas',
  'ne concerne pas',
  'aborde pas',
  'indique pas',
  'pas indique',
  'rien sur',
  'rien a ce sujet',
  'ne sais pas',
  'pas en mesure',
  'ne repond pas',
  'ne figurent pas',
  'pas de reponse',
];
/** Figures not yet published. */
const NOT_AVAILABLE = [
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore',
  'aucune donnee',
  'pas de donnee',
  'ne dispose pas',
  'pas de chiffre',
  'aucun chiffre',
  'pas connu',
  'pas en mesure',
  'pas communique',
  'pas publi',
  'pas renseign',
  'pas de resultat',
  'aucun resultat',
  'ne sont pas',
  'pas remont',
];

// ── Agenda words ────────────────────────────────────────────────────────────

const FULL = ['complet', 'aucune place', 'plus de place', 'pas de place', 'plus aucune', ...seats(0)];
const MONTAUBAN = ['montauban'];
const CASTEL = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const VALENCE = ['valence'];
const MIXTE = ['mixte', 'hybride', 'en partie', 'presentiel et a distance', 'presentiel et distanciel', 'distanciel et presentiel'];
const PAST_JPO = notOn('2027-01-07');
/** A places answer about one trade lists no other training. */
const otherTrainings = (...asked: string[]) =>
  ['soudeur', 'macon', 'cariste', 'preparateur de commandes', 'electricien', 'agent de proprete', 'plaquiste', 'agent de restauration'].filter(
    (t) => !asked.includes(t),
  );
const at = (...hours: string[]) => hours.flatMap((h) => [`${h}h`, `${h}:00`, `${h} h`, `${h.padStart(2, '0')}:00`]);

export const EIGHTY_THIRD_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b83-disp-prepa-puis-volet2', [], [
    turn('slt, prepa comp en 2 mots c koi ?', 'dispositif', [PREPA_DURATION, ['projet', 'formation']], NOT_PROMO_DURATION),
    turn('et le volet 2 ?', 'dispositif', [VOLET2_DURATION, ['securis', 'entree en formation']], NOT_VOLET1),
  ]),
  c('b83-disp-volet1-duree', [], [
    turn('volet 1 de la prepa ca dure combien de j ?', 'dispositif', [VOLET1_DURATION, TWO_WEEKS], NOT_VOLET2),
  ]),
  c('b83-disp-volet2-hors-afpa', [TWO], [
    turn(
      "le volet 2 c combien de jours et ca marche si la formation visee est pas a l'afpa ?",
      'dispositif',
      [VOLET2_DURATION, ['hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes', 'ailleurs', 'hors de l']],
      NOT_VOLET1,
    ),
  ]),
  c('b83-disp-durees-promo-pec-prepa', [], [
    turn('la promo 16 18 ca dure combien ?', 'dispositif', [PROMO_DURATION], NOT_PREPA_DURATION),
    turn('et comp pec ?', 'dispositif', [PEC_DURATION], [...NOT_PROMO_DURATION, ...NOT_PREPA_DURATION]),
    turn('et la prepa ?', 'dispositif', [PREPA_DURATION], NOT_PROMO_DURATION),
  ]),
  c('b83-disp-promo-duree-jours', [TWO], [
    turn(
      "la promo 1618 ca dure combien et c'est quels jours de la semaine ?",
      'dispositif',
      [PROMO_DURATION, ['lundi'], ['jeudi']],
      NOT_PREPA_DURATION,
    ),
  ]),
  c('b83-disp-promo-4-mois', [], [
    turn('un jeune il peut rester plus que 13 semaines en promo si il a besoin de souffler entre les phases ?', 'dispositif', [PROMO_MAX]),
  ]),
  c('b83-disp-distanciel-prepa-pec', [TWO], [
    turn(
      'prepa comp et comp PEC on peut les faire en distanciel ?? ou faut venir au centre',
      'dispositif',
      [['distance', 'distanciel'], ['presentiel', 'au centre', 'sur place']],
    ),
  ]),
  c('b83-disp-promo-distance', [], [
    turn(
      'et la promo on peut la faire a distance pr un jeune de caussade qui a pas de scooter ?',
      'dispositif',
      [['presentiel'], ['lundi au jeudi', 'lundi a jeudi', 'du lundi', 'lundi-jeudi']],
    ),
  ]),
  c('b83-disp-cout-cd', [], [
    turn(
      'ca coute combien au CD une prescription prepa comp ? on a plus de budget sur la ligne insertion',
      'dispositif',
      [['sans contrepartie', 'gratuit', 'aucun cout', 'pas de cout', 'sans cout', 'ne coute rien', 'aucune contrepartie']],
      ['€'],
    ),
  ]),
  c('b83-disp-pec-phases', [], [
    turn(
      'les etapes de competences pec ?',
      'dispositif',
      [['5 phases', 'cinq phases', '5 etapes', 'cinq etapes'], VAE, RSFP, CLEA],
    ),
  ]),
  c('b83-disp-rsfp', [], [
    turn('RSFP c pour qui exactement ?', 'dispositif', [['prerequis', 'pre-requis', 'pre requis'], VAE]),
  ]),
  c('b83-disp-bilan-fin', [], [
    turn(
      'a la fin de la prepa on a un retour nous les referents ou pas ?',
      'dispositif',
      [['bilan'], ['referent']],
    ),
  ]),
  c('b83-disp-vae-clea-durees', [TWO], [
    turn(
      'dans comp PEC la VAE c combien de temps ? et la clea socle ?',
      'dispositif',
      [
        ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j', '3 jours 1/2'],
        ['1 jour', 'une journee', 'un jour', '1 journee'],
      ],
    ),
  ]),
  c('b83-disp-promo-phases', [], [
    turn(
      'les phases de la promo c quoi deja',
      'dispositif',
      [['engagement'], ['construction'], ['6 semaines', 'six semaines'], ['suite']],
    ),
  ]),
  c('b83-disp-promo-suivi-apres', [], [
    turn(
      'apres la promo le jeune est lache dans la nature ou y a un suivi ?',
      'dispositif',
      [['6 mois', 'six mois'], MISSION_LOCALE],
    ),
  ]),
  c('b83-disp-ou', [], [
    turn(
      'les dispositifs c que a montauban ? on a du monde sur le secteur de valence',
      'dispositif',
      [MONTAUBAN, ['delocalis', 'ensemble du departement', 'tout le departement', 'ailleurs dans le departement']],
    ),
  ]),
  c('b83-disp-campagne', [], [
    turn(
      "jusqu'a quand le CD peut faire entrer des BRSA en prepa, et les parcours doivent finir quand ?",
      'dispositif',
      [
        ['31 decembre', '31/12', '31 dec'],
        ['30 avril', '30/04', '30 avr'],
      ],
    ),
  ]),
  c('b83-disp-accord-duree', [], [
    turn(
      "l'accord CD-AFPA il court sur combien de temps ?",
      'dispositif',
      [['2 ans', 'deux ans'], ['2022']],
    ),
  ]),
  c('b83-disp-fle', [], [
    turn(
      "vous avez un truc pour les primo arrivants qui parlent pas bien francais ? j'en ai 3 au BRSA",
      'dispositif',
      [['visee professionnelle', 'langue etrangere', 'fle']],
    ),
  ]),
  c('b83-disp-prepa-4-phases', [], [
    turn(
      'les 4 phases de prepa comp c quoi deja ?',
      'dispositif',
      [['preparer'], ['engager'], ['reflechir'], ['agir']],
    ),
  ]),
  c('b83-disp-pec-quand', [], [
    turn(
      'comp PEC on peut le lancer quand, faut attendre la fin du contrat ?',
      'dispositif',
      [['signature', 'premiers mois', 'des le debut', 'immediatement']],
    ),
  ]),
  c('b83-disp-remontees', [TWO], [
    turn(
      "l'afpa remonte les chiffres des dispositifs a qui ? et a quel rythme ?",
      'dispositif',
      [['dgefp', 'd.g.e.f.p'], ['mensuel', 'chaque mois', 'tous les mois', 'par mois']],
    ),
  ]),
  c('b83-disp-promo-national', [TWO], [
    turn(
      "la promo c'est combien de jeunes en france et c'est quoi l'objectif de sorties positives ?",
      'dispositif',
      [['35 000', '35000', '35\u00a0000', '35\u202f000'], ['70']],
    ),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b83-ag-info-coll-prepa-fev-puis-mars', [], [
    turn(
      'info coll prepa comp en fevrier ?',
      'agenda',
      [on('2027-02-11'), MONTAUBAN],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-02-09')],
    ),
    turn("et le mois d'apres ?", 'agenda', [on('2027-03-04'), VALENCE], [...notOn('2027-02-11'), ...notOn('2027-03-17')]),
  ]),
  c('b83-ag-jpo-moissac-puis-montauban', [], [
    turn('jpo a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-02-03'), ...PAST_JPO]),
    turn('et a montauban ?', 'agenda', [on('2027-02-03')], [...PAST_JPO, ...notOn('2027-02-17')]),
  ]),
  c('b83-ag-soudure-places', [TWO], [
    turn(
      'il reste de la place en soudure ? ca demarre quand ?',
      'agenda',
      [seats(4), on('2027-02-01')],
      otherTrainings('soudeur'),
    ),
  ]),
  c('b83-ag-logistique-puis-castel', [], [
    turn(
      'places dispo en logistique ?',
      'agenda',
      [['cariste'], ['preparateur'], seats(6), seats(5)],
      otherTrainings('cariste', 'preparateur de commandes'),
    ),
    turn('que a castel', 'agenda', [['preparateur'], seats(5), on('2027-03-01')], ['cariste']),
  ]),
  c('b83-ag-plaquiste-puis-macon', [], [
    turn('plaquiste y a encore de la place ?', 'agenda', [FULL]),
    turn('et en maconnerie ?', 'agenda', [seats(3), on('2027-02-15')], ['soudeur', 'cariste', 'electricien']),
  ]),
  c('b83-ag-prepa-v1-distanciel', [], [
    turn(
      'entrees prepa comp volet 1 en distanciel ?',
      'agenda',
      [on('2027-02-08'), seats(8)],
      [...notOn('2027-01-18'), ...notOn('2027-02-15'), ...notOn('2027-01-25')],
    ),
  ]),
  c('b83-ag-v2-puis-avec-places', [], [
    turn(
      'entrees volet 2 prepa ?',
      'agenda',
      [on('2027-01-25'), on('2027-02-15'), FULL],
      [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
    ),
    turn('que celles avec de la place', 'agenda', [on('2027-02-15'), CASTEL, seats(5)], notOn('2027-01-25')),
  ]),
  c('b83-ag-pec-atelier2-puis-3', [], [
    turn(
      'prochaines entrees comp pec atelier 2 ?',
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
      notOn('2027-02-10'),
    ),
    turn("et l'atelier 3 ?", 'agenda', [on('2027-02-10'), seats(6)], notOn('2027-03-03')),
  ]),
  c('b83-ag-semaine-prochaine', [], [
    turn(
      'on a quoi la semaine pro comme evenements ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...PAST_JPO],
    ),
  ]),
  c('b83-ag-cette-semaine', [], [
    turn(
      'cette semaine y a quoi ?',
      'agenda',
      [on('2027-01-14')],
      [...PAST_JPO, ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b83-ag-reunions-metiers-puis-batiment', [TWO], [
    turn(
      'reunions metiers prevues ?',
      'agenda',
      [on('2027-01-26'), on('2027-02-23'), ['logistique'], ['batiment']],
      PAST_JPO,
    ),
    turn('celle du batiment c ou et combien de places ?', 'agenda', [CAUSSADE, seats(12)], notOn('2027-01-26')),
  ]),
  c('b83-ag-moissac-prepa-puis-modalite', [], [
    turn(
      'entree prepa a moissac ?',
      'agenda',
      [on('2027-03-08'), seats(6)],
      [...notOn('2027-01-18'), ...notOn('2027-02-15')],
    ),
    turn('c en presentiel ?', 'agenda', [MIXTE]),
  ]),
  c('b83-ag-info-coll-pec', [TWO], [
    turn(
      'info coll competences pec c quand et c pour qui ?',
      'agenda',
      [on('2027-02-09'), MOISSAC, ['salarie', 'employeur', 'parcours emploi']],
      [...notOn('2027-01-14'), ...notOn('2027-02-11')],
    ),
  ]),
  c('b83-ag-electricien-puis-visite', [], [
    turn('electricien combien de places ?', 'agenda', [seats(2), on('2027-03-08')], otherTrainings('electricien')),
    turn("et la visite du plateau elec c'est quand ?", 'agenda', [on('2027-03-10'), at('10')], notOn('2027-01-19')),
  ]),
  c('b83-ag-proprete', [TWO], [
    turn('agent de proprete il reste des places ? c ou ?', 'agenda', [seats(7), MOISSAC], otherTrainings('agent de proprete')),
  ]),
  c('b83-ag-restauration-caussade', [], [
    turn(
      'restauration vous avez quoi a caussade ?',
      'agenda',
      [['restauration'], seats(4), on('2027-03-15')],
      otherTrainings('agent de restauration'),
    ),
  ]),
  c('b83-ag-promo-info-coll-parents', [TWO], [
    turn(
      "l'info coll promo 1618 c quand et les parents peuvent venir ?",
      'agenda',
      [on('2027-03-17'), ['parent']],
      [...notOn('2027-01-14'), ...notOn('2027-02-09')],
    ),
  ]),
  c('b83-ag-castel-v2-rambling', [], [
    turn(
      "bonjour, alors je prepare le planning de l'equipe pour fevrier, on a pas mal de BRSA sur le secteur de castel qui ont un projet de formation et qui voudraient securiser leur entree, est ce qu'il y a une session volet 2 par la-bas avec de la place ? merci d'avance et bonne journee",
      'agenda',
      [on('2027-02-15'), seats(5)],
      [...notOn('2027-01-25'), ...notOn('2027-02-08')],
    ),
  ]),
  c('b83-ag-distanciel-puis-prepa', [], [
    turn(
      "qu'est ce qu'il y a en 100% distanciel comme entrees ?",
      'agenda',
      [on('2027-02-08'), on('2027-03-03')],
      [...notOn('2027-01-18'), ...notOn('2027-02-15'), ...notOn('2027-02-10')],
    ),
    turn('que la prepa', 'agenda', [on('2027-02-08')], notOn('2027-03-03')),
  ]),
  c('b83-ag-mars-evenements', [], [
    turn(
      'en mars y a quoi comme evenements ?',
      'agenda',
      [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
      [...notOn('2027-02-23'), ...PAST_JPO],
    ),
  ]),
  c('b83-ag-cariste-reunion', [TWO], [
    turn(
      'cariste il reste combien et la reunion logistique c quand ?',
      'agenda',
      [seats(6), on('2027-01-26')],
      ['soudeur', 'plaquiste', 'electricien'],
    ),
  ]),
  c('b83-ag-montauban-puis-ailleurs', [], [
    turn(
      'info coll prepa a montauban ?',
      'agenda',
      [on('2027-01-14'), on('2027-02-11')],
      [...notOn('2027-01-21'), ...notOn('2027-03-04')],
    ),
    turn('et ailleurs ?', 'agenda', [on('2027-01-21'), on('2027-03-04')]),
  ]),
  c('b83-ag-v1-presentiel-montauban', [], [
    turn(
      'volet 1 en presentiel a montauban avec des places ?',
      'agenda',
      [on('2027-01-18'), seats(6)],
      [...notOn('2027-02-08'), ...notOn('2027-03-08')],
    ),
  ]),
  c('b83-ag-25-janvier-puis-suivante', [], [
    turn('la session volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
    turn('et la suivante ?', 'agenda', [on('2027-02-15'), seats(5)]),
  ]),
  c('b83-ag-info-coll-jeudi', [], [
    turn("il reste de la place a l'info coll de jeudi ?", 'agenda', [seats(15)], notOn('2027-01-21')),
  ]),
  c('b83-ag-visite-soudure', [TWO], [
    turn('visite soudure mardi 19 a quelle heure et combien de places ?', 'agenda', [at('14'), seats(8)]),
  ]),
  c('b83-ag-janvier', [], [
    turn(
      "tout ce qu'il reste comme evenements en janvier ?",
      'agenda',
      [on('2027-01-14'), on('2027-01-19'), on('2027-01-21'), on('2027-01-26')],
      [...PAST_JPO, ...notOn('2027-02-03')],
    ),
  ]),
  c('b83-ag-caussade-puis-mois-apres', [], [
    turn('a caussade y a quoi en fevrier ?', 'agenda', [on('2027-02-23'), ['batiment']], notOn('2027-03-15')),
    turn("et le mois d'apres ?", 'agenda', [['restauration'], on('2027-03-15')], notOn('2027-02-23')),
  ]),
  c('b83-ag-castel-puis-valence', [], [
    turn('info coll prepa castel c quand et a quelle heure ?', 'agenda', [on('2027-01-21'), at('14')], notOn('2027-01-14')),
    turn('et valence ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
  ]),
  c('b83-ag-pec-distanciel-places', [], [
    turn(
      'comp pec atelier 2 en 100% distanciel il reste combien de places ?',
      'agenda',
      [on('2027-03-03'), seats(3)],
      notOn('2027-01-20'),
    ),
  ]),
  c('b83-ag-prepa-fevrier-tous-volets', [], [
    turn(
      'entrees prepa comp en fevrier, tous volets confondus ?',
      'agenda',
      [on('2027-02-08'), on('2027-02-15')],
      [...notOn('2027-01-18'), ...notOn('2027-01-25'), ...notOn('2027-03-08')],
    ),
  ]),
  c('b83-ag-promo-entree-et-ase-16', [TWO], [
    turn(
      "y a une entree promo en fevrier, et c'est ok pour un jeune de 16 ans ASE qui va plus au lycee depuis la rentree ?",
      'agenda',
      [on('2027-02-01'), YES],
    ),
  ]),
  c('b83-ag-promo-puis-alternance', [], [
    turn('prochaine entree promo 1618 ? combien de places ?', 'agenda', [on('2027-02-01'), seats(10)], notOn('2027-03-17')),
    turn(
      'un ASE de 17 ans qui fait deja un CAP en alternance il peut y aller ?',
      'eligibility',
      [[...NO, 'deja en formation', 'en formation', 'travaille']],
    ),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b83-el-brsa-volet2', [], [
    turn(
      'BRSA 45 ans, pas inscrit FT, il a un projet de formation cariste et veut securiser son entree, prepa comp ok ?',
      'eligibility',
      [YES, ['volet 2', 'securis']],
    ),
  ]),
  c('b83-el-ase-16-decroche', [], [
    turn('jeune de 16 ans ASE, deco depuis la 3e, ni formation ni boulot, promo 1618 possible ?', 'eligibility', [YES, PROMO]),
  ]),
  c('b83-el-15-ans', [], [
    turn('gamin de 15 ans sorti du college, promo ?', 'eligibility', [[...NO, 'trop jeune'], ['16']], POSITIVE),
  ]),
  c('b83-el-brsa-sans-pec', [], [
    turn(
      "mr 38 ans BRSA, pas de contrat aide, je voulais le mettre sur comp PEC pour qu'il fasse une VAE",
      'eligibility',
      [NO, ['contrat pec', 'parcours emploi competences', 'signataire', 'en pec', 'contrat p.e.c', 'salarie en pec', 'contrat parcours']],
    ),
  ]),
  c('b83-el-pec-mairie', [], [
    turn(
      'salariee en PEC a la mairie depuis 2 mois, BRSA, veut faire reconnaitre son experience',
      'eligibility',
      [YES, PEC],
    ),
  ]),
  c('b83-el-apprenti-17', [], [
    turn('17 ans ASE en apprentissage chez un boulanger, promo ?', 'eligibility', [[...NO, 'deja en formation', 'travaille']], POSITIVE),
  ]),
  c('b83-el-ml-17-puis-20', [], [
    turn(
      'jeune 17 ans suivi ML, a lache le lycee en novembre, il fait rien de ses journees, la promo ca le ferait ?',
      'eligibility',
      [YES, PROMO],
    ),
    turn('et pour un jeune de 20 ans suivi ML ?', 'eligibility', [[...NO, 'mineur', 'trop age', '18 ans']], POSITIVE),
  ]),
  c('b83-el-lyceen-16', [], [
    turn(
      'un 16 ans toujours inscrit au lycee, il y va une semaine sur deux, on peut le mettre en promo ?',
      'eligibility',
      [[...NO, 'quitte', 'decroch', 'scolaris']],
      POSITIVE,
    ),
  ]),
  c('b83-el-rqth-prepa', [], [
    turn('BRSA 52 ans RQTH, aucune idee de projet, prepa comp ?', 'eligibility', [YES, ['volet 1', 'consolider', 'projet']]),
  ]),
  c('b83-el-de-non-rsa', [], [
    turn(
      'DE inscrit FT mais pas au RSA, le CD peut le prescrire en prepa ?',
      'eligibility',
      [['france travail', 'pole emploi'], ['rsa', 'allocataire']],
    ),
  ]),
  c('b83-el-ase-17-puis-15', [], [
    turn(
      "j'ai une jeune 17 ans ASE, sortie du lycee en octobre, rien depuis, promo ?",
      'eligibility',
      [YES, PROMO],
    ),
    turn('et si elle avait 15 ans ?', 'eligibility', [[...NO, 'trop jeune'], ['16']], POSITIVE),
  ]),
  c('b83-el-brsa-puis-pec', [], [
    turn(
      'BRSA 30 ans inscrit FT, veut bosser son projet pro avant de se lancer, quel dispositif ?',
      'eligibility',
      [PREPA, ['volet 1', 'consolider', 'projet']],
      NOT_PROMO_DURATION,
    ),
    turn(
      'ah en fait il vient de signer un PEC la semaine derniere, ca change quoi ?',
      'eligibility',
      [PEC, ['signature', 'premiers mois', 'immediatement', 'tout de suite', 'des maintenant', 'eligible', 'peut']],
    ),
  ]),
  c('b83-el-ase-19', [], [
    turn('jeune majeur 19 ans ASE en contrat jeune majeur, promo ?', 'eligibility', [[...NO, 'mineur', 'trop age', '18 ans']], POSITIVE),
  ]),
  c('b83-el-siae-cddi', [], [
    turn(
      "BRSA salarie en chantier d'insertion en CDDI (pas un PEC), comp PEC c possible ?",
      'eligibility',
      [NO, ['pec', 'parcours emploi']],
    ),
  ]),
  c('b83-el-mere-fille', [TWO], [
    turn(
      'une maman BRSA 33 ans en PEC dans une creche, elle peut faire comp PEC ? et sa fille de 16 ans qui a decroche et fait rien, la promo ?',
      'eligibility',
      [YES, PEC, PROMO],
    ),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b83-oos-remuneration-prepa', [], [
    turn('les BRSA sont remuneres pendant la prepa comp ?', 'out_of_scope', [NOT_SAID], ['€', 'euros par']),
  ]),
  c('b83-oos-volet1-et-remuneration', [TWO], [
    turn(
      "c'est quoi le volet 1 et est-ce que c remunere ?",
      'dispositif',
      [VOLET1_DURATION, NOT_SAID],
      ['€'],
    ),
  ]),
  c('b83-oos-permis', [], [
    turn('vous financez le permis B pour un BRSA qui veut etre cariste ?', 'out_of_scope', [NOT_SAID], ['€']),
  ]),
  c('b83-oos-transport', [], [
    turn(
      'les frais de deplacement pour aller a l info coll de castel sont rembourses ?',
      'out_of_scope',
      [NOT_SAID],
      ['€'],
    ),
  ]),
  c('b83-oos-aide-soignant', [], [
    turn(
      "formation aide soignante a l'afpa montauban c possible ? j'ai une BRSA tres motivee",
      'out_of_scope',
      [[...NOT_SAID, 'aucun']],
    ),
  ]),
  c('b83-oos-aide-employeur-pec', [], [
    turn("c'est quoi le montant de l'aide a l'employeur pour un PEC ?", 'out_of_scope', [NOT_SAID], ['€']),
  ]),
  c('b83-oos-garde-enfants', [], [
    turn(
      'la garde des enfants est prise en charge pendant la prepa ? elle a 3 petits',
      'out_of_scope',
      [[...NOT_SAID, 'conditions materielles']],
      ['€'],
    ),
  ]),
  c('b83-oos-meteo', [], [
    turn('il va faire beau jeudi pour l info coll ?', 'out_of_scope', [[...NOT_SAID, 'meteo']]),
  ]),
  c('b83-oos-amenagement-th', [], [
    turn(
      'pour une personne TH en fauteuil y a des amenagements prevus dans la prepa ?',
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b83-oos-bourse-promo', [], [
    turn('les jeunes de la promo ils touchent une bourse ou une indemnite ?', 'out_of_scope', [NOT_SAID], ['€', 'euros']),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b83-contact-afpa', [], [
    turn(
      "qui contacter a l'afpa pour les dispositifs ?",
      'contact',
      [['battedou', 'vella'], ['responsable accompagnement', 'directeur', 'coordonnateur']],
    ),
  ]),
  c('b83-contact-coordo', [], [
    turn('c qui le coordo departemental des dispositifs ?', 'contact', [['vella'], ['directeur', 'montauban']]),
  ]),
  c('b83-contact-promo-puis-cd', [], [
    turn(
      "qui s'occupe du deploiement de la promo cote afpa ?",
      'contact',
      [['battedou'], ['accompagnement et parcours', 'responsable accompagnement']],
    ),
    turn("et cote CD c qui l'interlocuteur ?", 'contact', [['designe', 'referent', 'weill']]),
  ]),
  c('b83-contact-telephone', [], [
    turn("le tel de l'afpa montauban svp", 'contact', [NOT_SAID], ['05 63', '05.63', '0563']),
  ]),
  c('b83-contact-mail', [], [
    turn('mail de mme battedou stp', 'contact', [NOT_SAID], ['@afpa', '@']),
  ]),
  c('b83-contact-suivi-accord', [TWO], [
    turn(
      "qui suit l'accord pour le departement et pour l'afpa ?",
      'contact',
      [['weill', 'president'], ['vella']],
    ),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b83-fig-objectifs', [], [
    turn('objectifs du plan d action ?', 'figures', [['30'], ['50'], ['10']]),
  ]),
  c('b83-fig-objectif-ase', [], [
    turn('objectif promo pour les jeunes ASE ?', 'figures', [['10'], ['ase', 'aide sociale']]),
  ]),
  c('b83-fig-entres-prepa', [], [
    turn('combien de BRSA sont entres en prepa depuis janvier ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b83-fig-pec-puis-realise', [], [
    turn('objectif comp PEC sur l annee ?', 'figures', [['50']]),
    turn('et on en est ou ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b83-fig-taux-reussite', [], [
    turn('taux de reussite aux examens des BRSA entres en formation ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b83-fig-indicateurs-jpo', [], [
    turn(
      'on suit quoi comme indicateur pour les JPO et les visites de plateau ?',
      'figures',
      [['nombre'], ['jpo', 'portes ouvertes']],
    ),
  ]),
  c('b83-fig-prepa-et-pec', [TWO], [
    turn("l'objectif prepa et comp pec c combien ?", 'figures', [['30'], ['50']]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b83-presc-prepa', [], [
    turn('je veux prescrire prepa comp pour une BRSA', 'prescribe', [PRESCRIPTION_FORM]),
  ]),
  c('b83-presc-promo-comment', [], [
    turn('comment on prescrit la promo 1618 ?', 'prescribe', [[...PANDA, 'formulaire', 'inscri']]),
  ]),
  c('b83-presc-pec-avant', [], [
    turn(
      'pour comp PEC je dois faire quoi avant de prescrire ?',
      'prescribe',
      [['employeur'], ['accord', 'adhesion', 'informe']],
    ),
  ]),
  c('b83-presc-session-18', [], [
    turn('prescrire sur la session volet 1 du 18 janvier stp', 'prescribe', [PRESCRIPTION_FORM, on('2027-01-18')]),
  ]),
  c('b83-presc-apres-check', [], [
    turn('BRSA 41 ans veut consolider son projet pro, prepa ok ?', 'eligibility', [YES, ['volet 1', 'consolider', 'projet']]),
    turn('ok prescription stp', 'prescribe', [PRESCRIPTION_FORM]),
  ]),
  c('b83-presc-panda-moi', [], [
    turn("c moi qui doit inscrire la personne sur panda ou c'est l'afpa ?", 'prescribe', [['habilit', 'referent', 'vous']]),
  ]),
  c('b83-presc-etapes', [], [
    turn(
      "les etapes pour orienter quelqu'un en prepa comp ?",
      'prescribe',
      [['adhesion', 'informe', 'formulaire'], [...PANDA, 'inscri', 'formulaire', 'prescri']],
    ),
  ]),
  c('b83-presc-puis-annule', [], [
    turn('je veux prescrire comp pec pour un salarie en PEC', 'prescribe', [PRESCRIPTION_FORM]),
    turn('laisse tomber', 'other', [['annul', 'abandon', 'ok', 'entendu', 'pas de souci', 'arret', 'compris']]),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b83-other-bonjour', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b83-other-aide', [], [turn('aide', 'other', [['dispositif', 'agenda', 'prescri', 'question', 'exemple']])]),
  c('b83-other-merci', [], [
    turn('merci bcp !', 'other', [['de rien', 'avec plaisir', 'bonne journee', 'je vous en prie', 'votre service', 'hesitez', 'a bientot', 'plaisir']]),
  ]),
  c('b83-other-qui', [], [turn('t ki toi ?', 'other', [['assistant', 'bot', 'afpa']])]),
  c('b83-other-annule', [], [turn('stop annule tout', 'other', [['annul', 'ok', 'entendu', 'arret', 'abandon']])]),
  c('b83-other-capacites', [], [
    turn('bjr, tu sais faire quoi ?', 'other', [['dispositif', 'agenda', 'prescri', 'eligib']]),
  ]),
];
