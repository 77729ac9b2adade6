/**
 * Hundred-tenth blind set: référents insertion of the Département (CD82) and AFPA staff
 * writing in a Teams team channel where the assistant is mentioned, or forwarding a
 * colleague's message (« Transféré : », « de la part de ma collègue : », quotes in « » or
 * after « > », signature blocks, greetings to the whole team), in Teams style:
 * abbreviations, no accents, typos, SMS style, long messages with the question buried inside,
 * follow-ups that only make sense after the previous turn.
 *
 * Written blind from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without seeing the bot.
 * Whatever surrounds the question, the expected answer is the fact asked.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, plus 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** « 30 allocataires », « : 30 », « **30** », « trente ». */
function count(n: number, word: string): string[] {
  return [` ${n} `, ` ${n},`, ` ${n}.`, ` ${n})`, `*${n}*`, `: ${n}`, `(${n}`, word];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DUR = [
  '2 à 8 j',
  '2 et 8 j',
  'deux à huit',
  'deux et huit',
  '2-8 j',
  '2 - 8 j',
  '8 jours max',
  'huit jours max',
  '2 jours à 8',
  '2 jours et 8',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DUR = ['5 à 6 j', '5 ou 6 j', '5-6 j', '5 et 6 j', 'cinq à six', 'cinq ou six', 'entre 5 et 6'];
const VOLET2_DUR = ['4 à 8 j', '4 et 8 j', '4-8 j', 'quatre à huit', 'quatre et huit', 'entre 4 et 8'];
const PEC_DUR = ['5 jour', 'cinq jour', '5 j ', '5 j.', '5 j,'];
const PROMO_DUR = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu', 'lundis au jeudis'];
const ON_SITE = ['presentiel', 'sur place', 'au centre', 'dans le centre'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun cout',
  'pas de cout',
  'sans cout',
  'sans frais',
  'aucun frais',
  'rien à payer',
  'finance par l',
  'pris en charge par l',
  'prise en charge par l',
  'à la charge de l',
];
const END_ENTRIES = ['31 dec', '31/12'];
const END_PARCOURS = ['30 avr', '30/04'];
const HOUR_930 = ['9h30', '9 h 30', '9 h30', '09:30', '9:30', '09h30'];
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours', 'responsable accompagnement'];
const VELLA = ['vella', 'directeur du centre'];
const DGEFP = ['dgefp', 'd.g.e.f.p'];
const MISSION_LOCALE = ['mission locale', 'missions locales', 'mission-locale'];

/** The agreement says nothing about it. */
const SILENT = [
  'ne prevoit',
  'ne precise',
  'ne dit rien',
  'ne couvre',
  'ne traite',
  'ne mentionne',
  'ne parle',
  'ne contient',
  'ne figure',
  'ne fixe',
  'ne donne',
  'aborde pas',
  'pas prevu',
  'pas couvert',
  'pas precise',
  'pas traite',
  'pas mentionne',
  'hors',
  'aucune information',
  'aucune indication',
  'aucune mention',
  'pas d’information',
  "pas d'information",
  'pas de reponse',
  'ne sais pas',
  'je ne peux pas',
  'pas en mesure',
  'silencieux',
  'muet',
];

/** A positive verdict, and what must not come with it. */
const YES = [
  'eligible',
  'peut beneficier',
  'peut en beneficier',
  'peut entrer',
  'peut integrer',
  'peut suivre',
  'peut faire',
  'peut etre oriente',
  'peut etre prescrit',
  'peut y acceder',
  'peut acceder',
  'oui',
  'correspond',
  'remplit',
];
const NOT_ELIGIBLE = ['pas eligible', 'non eligible', 'ineligible', 'ne remplit pas', 'ne correspond pas', 'ne releve pas'];
/** A negative verdict, and what must not come with it. */
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'ne correspond pas',
  'ne releve pas',
  'pas possible',
  'impossible',
  'trop jeune',
  'exclu',
  'pas accessible',
  'non,',
  'non.',
  'non !',
];
const CLEAR_YES = ['oui,', 'oui !', 'oui.'];

const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', 'plus aucune', 'plus disponible', ...seats(0)];
const PAST = ['passe', 'deja eu lieu', 'a eu lieu', 'termine', 'ecoule', 'plus possible', 'trop tard'];
const MIXTE = [
  'mixte',
  'hybride',
  'presentiel et a distance',
  'presentiel et distanciel',
  'distanciel et presentiel',
  'a distance et en presentiel',
  'en partie a distance',
  'alterne',
];
const NOT_YET = [
  'pas encore',
  'aucun',
  'aucune',
  'pas disponible',
  'non disponible',
  'indisponible',
  'ne dispose pas',
  'pas de donnee',
  'pas de chiffre',
  ' 0 ',
  '0/',
  '0 /',
  '*0*',
  'zero',
];

// The assistant's own features.
const FORM = [
  'formulaire',
  'fiche',
  'panda',
  'adhesion',
  'etape',
  'bouton',
  'carte',
  'remplir',
  'renseign',
  'saisi',
];
const STATUS = [
  'aucune prescription',
  'pas de prescription',
  'statut',
  'en attente',
  'envoy',
  'transmis',
  'recue',
  'accus',
  'en cours',
  'termin',
  'abandon',
  'pas encore',
  'mes prescriptions',
  'aucune',
];
const RECEIVE = [
  'immediat',
  'tout de suite',
  'aussitot',
  'des que',
  'en temps reel',
  'instantan',
  'directement',
  'au moment',
  'des son envoi',
  'des votre envoi',
  'des validation',
  'des reception',
];
const HELP = ['dispositif', 'agenda', 'prescri', 'eligib', 'calendrier'];
const CANCEL = [
  'annul',
  'abandon',
  'arret',
  'entendu',
  'pas de souci',
  'pas de probleme',
  'tres bien',
  'c’est noté',
  "c'est noté",
  'ok',
  'd’accord',
  "d'accord",
];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journee',
  'a votre service',
  'hesitez',
  'a bientot',
  'au plaisir',
  'je reste',
];
const GREET = ['bonjour', 'bonne annee', 'meilleurs voeux', 'bonne journee', 'hello', 'salut'];
const UNSUB = [
  'desabonn',
  'desinscri',
  'ne plus recevoir',
  'ne recevrez plus',
  'plus recevoir',
  'arret',
  'desactiv',
  'plus envoy',
  'retire',
];

/** A places answer about one trade lists no other training. */
const OTHER_THAN_WELDING = ['maçon', 'cariste', 'plaquiste', 'restauration', 'propreté'];
const OTHER_THAN_CATERING = ['soudeur', 'cariste', 'plaquiste', 'maçon', 'électricien'];

// ── The set ─────────────────────────────────────────────────────────────────

export const HUNDRED_TENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b110-dis-01', ['sms'], [
    turn('@Assistant c koi prepa comp exactement ? une collegue m en parle', 'dispositif', [PREPA_DUR, TWO_WEEKS], [
      '13 semaines',
    ]),
  ]),
  c('b110-dis-02', ['forwarded', 'signature'], [
    turn(
      'Transféré : « Bonjour, la Promo 16/18 ça dure combien de temps au total ? Merci »\n\nCordialement,\nJulie – service insertion Castelsarrasin',
      'dispositif',
      [PROMO_DUR],
      ['2 à 8 j'],
    ),
  ]),
  c('b110-dis-03', ['follow-up'], [
    turn('competences pec c combien de jours pour le salarie ??', 'dispositif', [PEC_DUR], ['13 semaines', '2 à 8 j']),
    turn('et prepa ?', 'dispositif', [PREPA_DUR], ['13 semaines']),
  ]),
  c('b110-dis-04', ['two-questions'], [
    turn(
      'prepa comp volet 1 et volet 2 c quoi la diff et ca dure cb chacun',
      'dispositif',
      [['projet'], ['formation'], VOLET1_DUR, VOLET2_DUR],
      ['13 semaines'],
    ),
  ]),
  c('b110-dis-05', ['two-questions', 'sms'], [
    turn('la promo 1618 c tous les jours de la semaine ? en presentiel ou en visio ?', 'dispositif', [MON_THU, ON_SITE]),
  ]),
  c('b110-dis-06', ['forwarded'], [
    turn(
      'de la part de ma collègue : « Compétences PEC ça débouche sur quoi comme certif ? »',
      'dispositif',
      [['vae', 'validation des acquis'], ['rsfp', 'reconnaissance des savoir'], ['clea']],
    ),
  ]),
  c('b110-dis-07', ['team-channel', 'two-questions'], [
    turn(
      '@Assistant ça coute combien au CD une prescription prepa comp ? et c finance par qui du coup ? ma cheffe me demande',
      'dispositif',
      [FREE, ['etat', 'investissement dans les competences', 'p.i.c', ' pic']],
      ['€'],
    ),
  ]),
  c('b110-dis-08', ['silent'], [
    turn('les BRSA sont remuneres pendant prepa competences ? combien ?', 'dispositif', [SILENT], ['€', 'smic']),
  ]),
  c('b110-dis-09', ['two-questions'], [
    turn(
      'le bilan individuel a la fin : qui le recoit et c pour quels dispositifs ?',
      'dispositif',
      [['referent'], ['prepa'], ['pec', 'parcours emploi']],
    ),
  ]),
  c('b110-dis-10', ['follow-up'], [
    turn('apres la promo 16 18 il se passe quoi pour le jeune ? il est lache dans la nature ?', 'dispositif', [
      ['6 mois', 'six mois', 'accompagnement prolong'],
    ]),
    turn('et c qui qui le suit pendant ce temps la', 'dispositif', [MISSION_LOCALE]),
  ]),
  c('b110-dis-11', ['sms'], [
    turn('les dispositifs c uniquement sur montauban ? mes gens sont a beaumont sans voiture', 'dispositif', [
      ['montauban'],
      ['delocalis', 'ensemble du departement', 'tout le departement', 'ailleurs dans le departement', 'autres communes'],
    ]),
  ]),
  c('b110-dis-12', ['rambling'], [
    turn(
      'Bonjour a tous, petite question bete, on me demande d inscrire mes BRSA sur PANDA mais c quoi ce truc exactement ? personne m a explique',
      'dispositif',
      [['tracabilite', 'trace', 'suivi des parcours', 'plateforme']],
    ),
  ]),
  c('b110-dis-14', ['sms'], [
    turn('RSFP c pour qui ?', 'dispositif', [
      ['prerequis', 'pre-requis', 'pre requis', 'pas acces a la vae', 'pas acceder'],
      ['vae', 'validation des acquis'],
    ]),
  ]),
  c('b110-dis-15', ['rambling'], [
    turn(
      'j ai un monsieur primo arrivant, il parle pas bien francais, bosseur mais bloque partout, vous avez un truc pour lui a l afpa ?',
      'dispositif',
      [['francais a visee professionnelle', 'francais langue etrangere', 'fle']],
    ),
  ]),
  c('b110-dis-16', ['follow-up'], [
    turn('dans competences pec la partie VAE ça prend combien de temps ?', 'dispositif', [
      ['3,5 j', '3.5 j', 'trois jours et demi', '3 jours et demi', '3 jours ½', '3 j 1/2', '3 jours 1/2'],
    ]),
    turn('et si c clea socle ?', 'dispositif', [['1 jour', 'une journee', 'un jour', '1 journee']]),
  ]),
  c('b110-dis-17', ['sms'], [
    turn('les phases de la promo 16/18 svp', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['preparation de la suite', 'la suite'],
    ]),
  ]),
  c('b110-dis-18', ['quoted', 'two-questions'], [
    turn('> faut une autorisation des parents pour la promo ? et c du lundi au vendredi ?\nqqn sait ? @Assistant', 'dispositif', [
      ['autorisation'],
      MON_THU,
    ]),
  ]),
  c('b110-dis-19', ['two-questions'], [
    turn(
      'jusqu a quand on peut faire entrer des BRSA sur les dispositifs ? et les parcours doivent etre finis quand ?',
      'dispositif',
      [END_ENTRIES, END_PARCOURS],
    ),
  ]),
  c('b110-dis-20', ['two-questions'], [
    turn('l accord CD / AFPA il dure combien de temps ? on peut le prolonger ?', 'dispositif', [
      ['2 ans', 'deux ans', '31/12/2023', '31 decembre 2023', 'fin 2023'],
      ['avenant'],
    ]),
  ]),
  c('b110-dis-21', ['sms'], [
    turn('le kit de com de l afpa il contient quoi', 'dispositif', [
      ['flyer', 'argumentaire', 'intervenants', 'titres professionnels', 'titres pro'],
    ]),
  ]),
  c('b110-dis-22', ['signature'], [
    turn(
      'Bonjour, Compétences PEC ça peut se faire à distance ou c est forcement au centre ?\n\nBien à vous,\nKarim – MDS Moissac',
      'dispositif',
      [['distance'], ['presentiel', 'au centre', 'sur place']],
      ['lundi au jeudi'],
    ),
  ]),
  c('b110-dis-23', ['sms'], [
    turn('le portefeuille de competences dans PEC c systematique ?', 'dispositif', [
      ['portefeuille'],
      ['systematique', 'chaque beneficiaire', 'pour chaque', 'oui', 'tous les'],
    ]),
  ]),
  c('b110-dis-25', ['follow-up'], [
    turn('competences pec phase 2 c combien d ateliers ?', 'dispositif', [
      [' 6 ateliers', 'six ateliers', '6 demi'],
      ['demi-journee', 'demi journee'],
    ]),
    turn('ils sont a la suite ?', 'dispositif', [
      ['non consecutif', 'pas consecutif', 'pas a la suite', 'non,', 'repartis', 'espace'],
    ]),
  ]),
  c('b110-dis-26', ['rambling'], [
    turn(
      'nouvelle dans l equipe, je reprends le portefeuille de Sandrine... concretement moi en tant que referente je dois faire quoi pour prepa comp ?',
      'dispositif',
      [
        ['adhesion', 'informe', 'information'],
        ['panda', 'inscri'],
      ],
    ),
  ]),
  c('b110-dis-27', ['sms'], [
    turn('qui peut orienter un jeune sur la promo 16/18 normalement ?', 'dispositif', [
      MISSION_LOCALE,
      ['cio', 'c.i.o', 'orientation', 'aide sociale', 'ase'],
    ]),
  ]),
  c('b110-dis-28', ['quoted'], [
    turn(
      '« le volet 2 de prepa c que pour entrer en formation afpa ? » une collegue se pose la question',
      'dispositif',
      [['hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes', 'pas seulement', 'pas uniquement', 'ou ailleurs']],
    ),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b110-age-01', ['team-channel'], [
    turn(
      '@Assistant prochaine info coll prepa comp ?',
      'agenda',
      [on('2027-01-14'), ['montauban']],
      [...notOn('2027-01-07'), ...notOn('2027-02-09'), ...notOn('2027-03-17')],
    ),
  ]),
  c('b110-age-02', ['follow-up'], [
    turn('prochaine JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
  ]),
  c('b110-age-03', ['follow-up'], [
    turn('il reste de la place en soudure ?', 'agenda', [seats(4)], OTHER_THAN_WELDING),
    turn('c a jour ton truc ?', 'agenda', [on('2027-01-08')]),
  ]),
  c('b110-age-04', ['sms'], [
    turn('prochaine session prepa volet 2 ou il y a encore des places ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
  ]),
  c('b110-age-05', ['sms'], [
    turn(
      'entrees competences pec atelier 2 c quand ?',
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
      notOn('2027-02-10'),
    ),
  ]),
  c('b110-age-06', ['two-questions'], [
    turn(
      'la reunion metier batiment c quand et c ou ?',
      'agenda',
      [on('2027-02-23'), ['caussade']],
      notOn('2027-01-26'),
    ),
  ]),
  c('b110-age-07', ['follow-up'], [
    turn('visite plateau elec ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    turn('il reste de la place ?', 'agenda', [seats(8)]),
  ]),
  c('b110-age-08', ['follow-up'], [
    turn('info coll promo 1618 ?', 'agenda', [on('2027-03-17'), ['montauban']], notOn('2027-01-14')),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b110-age-09', ['follow-up'], [
    turn(
      'y a quoi cette semaine ?',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
    turn(
      'et la semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26')],
    ),
  ]),
  c('b110-age-10', ['follow-up'], [
    turn('places cariste ?', 'agenda', [seats(6), on('2027-01-27')]),
    turn('et preparateur de commandes ?', 'agenda', [seats(5), ['castelsarrasin']]),
  ]),
  c('b110-age-11', ['sms'], [turn('plaquiste il reste de la place ?', 'agenda', [FULL])]),
  c('b110-age-12', ['rambling'], [
    turn(
      'ma BRSA habite a Lafrançaise, pas de permis, pas de bus le matin... y a une session prepa comp a distance bientot ?',
      'agenda',
      [on('2027-02-08'), ['distance', 'distanciel']],
    ),
  ]),
  c('b110-age-14', ['forwarded'], [
    turn(
      'Transféré : « la JPO du 7 janvier on peut encore y envoyer quelqu un ? »',
      'agenda',
      [PAST, on('2027-02-03')],
    ),
  ]),
  c('b110-age-16', ['follow-up'], [
    turn('promo 16/18 prochaine entree ?', 'agenda', [on('2027-02-01')]),
    turn('combien de places ?', 'agenda', [seats(10)]),
    turn('c ou ?', 'agenda', [['montauban']]),
  ]),
  c('b110-age-17', ['sms'], [
    turn('pec atelier 3 c quand ?', 'agenda', [on('2027-02-10'), ['montauban']], notOn('2027-03-03')),
  ]),
  c('b110-age-18', ['follow-up'], [
    turn('une formation en restauration ca existe en ce moment ?', 'agenda', [['caussade'], seats(4)], OTHER_THAN_CATERING),
    turn('ca commence quand ?', 'agenda', [on('2027-03-15')]),
  ]),
  c('b110-age-19', ['signature'], [
    turn(
      'Bonjour, la réunion métiers logistique c est quand ?\nMerci\nSophie – pôle insertion Montauban',
      'agenda',
      [on('2027-01-26'), ['montauban']],
      notOn('2027-02-23'),
    ),
  ]),
  c('b110-age-20', ['sms'], [
    turn(
      'tout ce qu il y a en fevrier a moissac stp',
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-03-08'), ...notOn('2027-02-03'), ...notOn('2027-02-11')],
    ),
  ]),
  c('b110-age-22', ['quoted'], [
    turn('> la session prepa volet 2 du 25 janvier il reste de la place ?\n@Assistant', 'agenda', [FULL]),
  ]),
  c('b110-age-23', ['sms'], [
    turn('info coll PEC ?', 'agenda', [on('2027-02-09'), ['moissac']], [...notOn('2027-01-14'), ...notOn('2027-03-17')]),
  ]),
  c('b110-age-24', ['follow-up'], [
    turn('prochaine entree prepa volet 1 ?', 'agenda', [on('2027-01-18'), ['montauban']]),
    turn('il reste de la place ?', 'agenda', [seats(6)]),
    turn('et a moissac ?', 'agenda', [on('2027-03-08'), ['moissac']], notOn('2027-02-08')),
  ]),
  c('b110-age-25', ['sms'], [
    turn('la session prepa de moissac en mars c en presentiel ?', 'agenda', [MIXTE]),
  ]),
  c('b110-age-26', ['two-questions'], [
    turn('macon il reste des places ? ca commence quand ?', 'agenda', [seats(3), on('2027-02-15')], ['plaquiste']),
  ]),
  c('b110-age-27', ['two-questions'], [
    turn("l'info coll du 14 c a quelle heure et y a combien de places ?", 'agenda', [HOUR_930, seats(15)]),
  ]),
  c('b110-age-28', ['two-questions', 'signature'], [
    turn(
      'Bonjour à tous, la visite du plateau soudure c quand ? et ya combien de places ?\n\nCordialement,\nMarc – CMS Caussade',
      'agenda',
      [on('2027-01-19'), seats(8)],
      notOn('2027-03-10'),
    ),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b110-eli-01', ['rambling', 'follow-up'], [
    turn(
      'j ai une dame BRSA 52 ans, pas inscrite FT, elle voudrait faire aide soignante mais elle a peur de pas tenir la formation, c est pour elle prepa comp ?',
      'eligibility',
      [YES, ['prepa']],
      NOT_ELIGIBLE,
    ),
    turn('elle a 2 enfants en bas age, ca bloque ?', 'eligibility', [
      ['garde', 'conditions materielles'],
    ]),
    turn('ok comment je la prescris ?', 'prescribe', [FORM]),
  ]),
  c('b110-eli-02', ['sms'], [
    turn('BRSA inscrit a FT depuis 2 ans, il peut faire prepa comp ?', 'eligibility', [YES], NOT_ELIGIBLE),
  ]),
  c('b110-eli-03', ['sms'], [
    turn(
      'jeune ASE 17 ans a quitte le lycee en novembre, rien depuis, la promo 1618 c possible ?',
      'eligibility',
      [YES],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b110-eli-04', ['forwarded'], [
    turn(
      'de la part de ma collègue : « jeune ASE de 15 ans, décroché depuis septembre, on peut l orienter sur la Promo 16/18 ? »',
      'eligibility',
      [NO, ['16']],
      CLEAR_YES,
    ),
  ]),
  c('b110-eli-05', ['follow-up'], [
    turn('un jeune de 19 ans suivi ML qui fait rien, promo 1618 ?', 'eligibility', [NO, ['mineur', '16', '18 ans']], CLEAR_YES),
    turn('et son petit frere de 17 ans, sorti du college l an dernier, pareil il fait rien ?', 'eligibility', [YES], NOT_ELIGIBLE),
  ]),
  c('b110-eli-06', ['rambling'], [
    turn(
      'jeune ASE 17 ans, toujours inscrit au lycee pro et il y va a peu pres, mais l educ pense que la promo lui ferait du bien, il peut y aller ?',
      'eligibility',
      [NO, ['quitte', 'decroch', 'scolaris', 'plus en formation', 'sorti', 'ni en formation', 'pas en formation', 'inscrit']],
      CLEAR_YES,
    ),
  ]),
  c('b110-eli-07', ['sms'], [
    turn('16 ans en contrat d apprentissage chez un boulanger, promo 16 18 ok ?', 'eligibility', [NO], CLEAR_YES),
  ]),
  c('b110-eli-08', ['signature'], [
    turn(
      'Bonjour, j accompagne un BRSA en PEC à la mairie depuis 8 mois, il peut entrer sur Compétences PEC ?\n\nCordialement,\nJulie – service insertion Castelsarrasin',
      'eligibility',
      [YES, ['employeur']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b110-eli-09', ['sms'], [
    turn('salarie en CDDI dans un ACI, il peut faire competences pec ?', 'eligibility', [
      [...NO, 'reserve', 'uniquement', 'seulement'],
    ]),
  ]),
  c('b110-eli-10', ['sms'], [
    turn(
      'BRSA 62 ans pas d age limite pour prepa comp ?',
      'eligibility',
      [[...YES, 'pas de limite', 'aucune limite', 'ne fixe pas', 'sans limite']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b110-eli-11', ['two-questions'], [
    turn('jeune ASE 17 ans decrocheur, il peut faire la promo ? et ca dure combien ?', 'eligibility', [YES, PROMO_DUR], NOT_ELIGIBLE),
  ]),
  c('b110-eli-12', ['rambling'], [
    turn(
      'une jeune de 16 ans tout juste, sortie de 3e sans affectation, suivie par la ML, pas ASE, elle fait rien de ses journees, la promo 16/18 c jouable ?',
      'eligibility',
      [YES],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b110-eli-13', ['sms'], [
    turn('BRSA PEC signe la semaine derniere, trop tot pour competences pec ?', 'eligibility', [
      [...YES, 'signature', 'des le debut', 'pas trop tot'],
    ], NOT_ELIGIBLE),
  ]),
  c('b110-eli-14', ['rambling'], [
    turn(
      'une maman au foyer, pas au RSA, pas inscrite a FT, elle veut reprendre une formation, prepa comp via le CD c possible ?',
      'eligibility',
      [NO, ['rsa']],
      CLEAR_YES,
    ),
  ]),
  c('b110-eli-16', ['follow-up'], [
    turn('BRSA pas inscrite FT elle peut aller sur prepa ?', 'eligibility', [YES], NOT_ELIGIBLE),
    turn('et si elle est pas au RSA mais juste inscrite FT ?', 'eligibility', [
      ['france travail', 'pole emploi'],
    ]),
  ]),
  c('b110-eli-17', ['two-questions'], [
    turn(
      'BRSA en PEC dans une asso, competences pec possible ? et faut l accord de l employeur ?',
      'eligibility',
      [YES, ['employeur']],
      NOT_ELIGIBLE,
    ),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b110-oos-01', ['sms'], [
    turn('les frais de transport des BRSA pour aller a montauban sont rembourses ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b110-oos-02', ['sms'], [
    turn('c combien le RSA pour une personne seule en 2027 ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b110-oos-03', ['forwarded'], [
    turn('Transféré : « y a un hébergement à l afpa pour les stagiaires qui viennent de loin ? »', 'out_of_scope', [SILENT]),
  ]),
  c('b110-oos-04', ['sms'], [turn('le permis B il peut etre finance dans le cadre de l accord ?', 'out_of_scope', [SILENT], ['€'])]),
  c('b110-oos-06', ['sms'], [
    turn('c combien le salaire d un salarie en PEC ?', 'out_of_scope', [SILENT], ['€', 'smic']),
  ]),
  c('b110-oos-07', ['sms'], [
    turn('l afpa a des formations a toulouse ? mon gars veut bouger', 'out_of_scope', [
      [...SILENT, 'tarn-et-garonne', 'tarn et garonne', 'montauban'],
    ]),
  ]),
  c('b110-oos-09', ['sms'], [
    turn('la prime d activite c cumulable avec prepa comp ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b110-oos-11', ['follow-up'], [
    turn('vous savez si la cantine de l afpa est ouverte le midi ?', 'out_of_scope', [SILENT]),
    turn('ok et l info coll du 14 c a quelle heure ?', 'agenda', [HOUR_930]),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b110-con-01', ['sms'], [
    turn('a qui je m adresse a l afpa pour le deploiement de prepa comp ?', 'contact', [BATTEDOU]),
  ]),
  c('b110-con-02', ['follow-up'], [
    turn('qui est le coordo departemental des dispositifs ?', 'contact', [VELLA]),
    turn('et pour le deploiement au quotidien ?', 'contact', [BATTEDOU]),
  ]),
  c('b110-con-03', ['sms'], [
    turn('c qui le referent de l experimentation cote CD ? j ai pas le nom', 'contact', [
      [
        'designe',
        'ne precise',
        'ne nomme',
        'ne donne pas',
        'ne cite',
        'ne mentionne',
        'pas nomme',
        'pas precise',
        'pas indique',
        'non nomme',
        'non precise',
      ],
    ]),
  ]),
  c('b110-con-04', ['two-questions'], [
    turn('qui habilite les referents sur panda ? et c qui qui y inscrit les beneficiaires ?', 'contact', [
      ['afpa'],
      ['habilit'],
      ['referent', 'travailleur', 'conseiller'],
    ]),
  ]),
  c('b110-con-05', ['follow-up'], [
    turn('le suivi de l accord CD / afpa c qui ?', 'contact', [['vella'], ['weill']]),
    turn('et eux c quoi leur fonction ?', 'contact', [['directeur'], ['president']]),
  ]),
  c('b110-con-07', ['rambling'], [
    turn(
      'pour un jeune de 17 ans, pas ASE, qui a decroche du lycee en octobre, je contacte qui pour la promo ? moi je suis au CD',
      'contact',
      [[...MISSION_LOCALE, 'cio', 'c.i.o']],
    ),
  ]),
  c('b110-con-08', ['two-questions'], [
    turn('le copil national des dispositifs c qui qui le pilote et il se reunit quand ?', 'contact', [
      DGEFP,
      ['trimestri', 'chaque trimestre', 'tous les 3 mois', 'tous les trois mois'],
    ]),
  ]),
  c('b110-con-09', ['team-channel'], [
    turn('Bonjour à tous 👋 quelqu un sait qui est la RAP a l afpa ? @Assistant', 'contact', [BATTEDOU]),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b110-fig-01', ['follow-up'], [
    turn('objectifs 2022 prepa comp ?', 'figures', [count(30, 'trente'), ['rsa', 'allocataire']]),
    turn('et pec ?', 'figures', [count(50, 'cinquante')]),
  ]),
  c('b110-fig-02', ['two-questions'], [
    turn(
      'combien de BRSA on devait mettre sur PEC en 2022 et combien de jeunes ASE sur la promo ?',
      'figures',
      [count(50, 'cinquante'), count(10, 'dix')],
    ),
  ]),
  c('b110-fig-03', ['silent'], [
    turn('et les objectifs 2023 c combien ?', 'figures', [
      ['2022'],
      [...SILENT, 'pas d objectif', 'aucun objectif', 'uniquement', 'seulement', 'que pour', 'pas defini'],
    ]),
  ]),
  c('b110-fig-04', ['rambling'], [
    turn(
      'ma cheffe me demande pour la reunion de jeudi : on en est ou sur les objectifs ? combien de BRSA sont entres en prepa pour de vrai ?',
      'figures',
      [NOT_YET],
    ),
  ]),
  c('b110-fig-05', ['two-questions'], [
    turn(
      'la promo 1618 au niveau national c combien de jeunes ? et l objectif de sorties positives ?',
      'figures',
      [
        ['35 000', '35000', '35\u00a0000', '35\u202f000', 'trente-cinq mille'],
        ['70 %', '70%', '70\u00a0%', '70\u202f%', 'soixante-dix'],
      ],
    ),
  ]),
  c('b110-fig-06', ['two-questions'], [
    turn('les chiffres des dispositifs ils remontent a qui et a quel rythme ?', 'figures', [
      DGEFP,
      ['mensuel', 'chaque mois', 'tous les mois'],
    ]),
  ]),
  c('b110-fig-07', ['sms'], [turn('le bilan annuel departemental il part ou ?', 'figures', [['ddetspp', 'd.d.e.t.s.p.p']])]),
  c('b110-fig-08', ['follow-up'], [
    turn('c quoi les indicateurs suivis pour les JPO et infos coll ?', 'figures', [['particip', 'present', 'nombre']]),
    turn('et pour les reunions metiers ?', 'figures', [
      ['entres en formation', 'entree en formation', 'reussite', 'sortie emploi', 'sortie en emploi', 'present'],
    ]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b110-pre-01', ['team-channel'], [
    turn('@Assistant je veux prescrire prepa comp pour une BRSA de mon secteur', 'prescribe', [FORM]),
  ]),
  c('b110-pre-02', ['sms'], [
    turn('comment on prescrit competences pec concretement ? c quoi les etapes ?', 'prescribe', [
      ['employeur', 'formulaire', 'panda', 'adhesion'],
    ]),
  ]),
  c('b110-pre-03', ['sms'], [
    turn('ma prescription de lundi elle en est ou ?', 'prescribe', [['prescription'], STATUS]),
  ]),
  c('b110-pre-04', ['sms'], [
    turn('comment je vois mes prescriptions ?', 'prescribe', [
      ['prescription'],
      ['mes prescriptions', 'liste', 'suivi', 'statut', 'aucune', 'onglet'],
    ]),
  ]),
  c('b110-pre-05', ['sms'], [turn('l afpa recoit quand ma prescription ?', 'prescribe', [RECEIVE])]),
  c('b110-pre-07', ['follow-up'], [
    turn('prescrire sur la session prepa volet 1 du 18 janvier', 'prescribe', [FORM]),
    turn('il reste combien de places dessus ?', 'agenda', [seats(6)]),
  ]),
  c('b110-pre-08', ['forwarded'], [
    turn(
      'de la part de ma collègue : « je dois faire une fiche de prescription papier ou ça se fait en ligne maintenant ? »',
      'prescribe',
      [['formulaire', 'en ligne', 'teams', 'carte', 'directement']],
    ),
  ]),
  c('b110-pre-09', ['sms'], [
    turn('apres ma prescription c quoi la suite ? l afpa me previent ?', 'prescribe', [
      ['accus', 'statut', 'notifi', 'prevenu', 'informe', 'bilan', 'message'],
    ]),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b110-oth-01', ['team-channel'], [
    turn('Bonjour à toute l équipe ! bonne année 2027 à tous 🎉 @Assistant', 'other', [GREET]),
  ]),
  c('b110-oth-02', ['sms'], [turn('@Assistant aide', 'other', [HELP])]),
  c('b110-oth-03', ['follow-up'], [
    turn("c'est quoi le récap du lundi que je recois ?", 'other', [
      ['places', 'evenement', 'agenda', 'session', 'dates'],
      ['semaine', 'hebdo', 'chaque lundi', 'tous les lundis'],
    ]),
    turn('je veux plus le recevoir', 'other', [UNSUB]),
  ]),
  c('b110-oth-04', ['sms'], [turn('laisse tomber, annule', 'other', [CANCEL])]),
  c('b110-oth-05', ['sms'], [turn('merci beaucoup !!', 'other', [THANKS])]),
  c('b110-oth-06', ['sms'], [turn('tu sers a quoi toi exactement ?', 'other', [HELP])]),
  c('b110-oth-07', ['follow-up'], [
    turn('prescrire promo 16/18', 'prescribe', [FORM]),
    turn('non en fait annule', 'other', [CANCEL]),
  ]),
];
