/**
 * Hundred-twelfth blind set. Who speaks: référents insertion and travailleurs sociaux of the
 * Département de Tarn-et-Garonne (CD82), typing in Teams as they do (abbreviations, no
 * accents, typos, SMS style, long messages with the question buried inside, follow-ups
 * that only make sense after the previous turn), planning around dates said the way
 * people say them (« la semaine du 25 », « fin fevrier », « dans 15 jours »…).
 *
 * Written blind, from the agreement between the Département and AFPA (with its action plan
 * and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18), from the
 * product guide and from the agenda fixture (today frozen at Monday 11 January 2027,
 * 9:00 Europe/Paris). Where the agreement is silent, the answer must say so.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 a 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 a 6 jours', '5 ou 6 jours', '5-6 jours', 'cinq à six jours', '5 à 6 j'];
const VOLET2_DURATION = ['4 à 8 jours', '4 a 8 jours', '4-8 jours', '4 et 8 jours', 'quatre à huit jours', '4 à 8 j'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MONDAY_TO_THURSDAY = ['lundi au jeudi', 'lundi a jeudi', 'lundi-jeudi', 'lundi → jeudi', 'du lundi au jeudi'];
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun cout',
  'aucun coût',
  'pas de cout',
  'sans cout',
  'ne coute rien',
  'rien a payer',
  'rien à payer',
  'pas payant',
  'pris en charge',
  'finance par',
  'financé par',
  'financement',
  'investissement dans les competences',
];
const MONTAUBAN = ['montauban'];
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];
const FULL = [
  'complet',
  ' 0 place',
  'places : 0',
  'places disponibles : 0',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'plus une place',
];
const VELLA = ['vella', 'directeur du centre', 'coordonnateur', 'coordinateur'];
const BATTEDOU = ['battedou', 'responsable accompagnement'];

/** « The agreement does not say / does not cover it », in many wordings. */
const SILENT = [
  'ne prevoit pas',
  'ne prévoit pas',
  'ne dit rien',
  'ne precise pas',
  'ne précise pas',
  'hors',
  'pas prevu',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'aucune info',
  'mentionne pas',
  'traite pas',
  'aborde pas',
  'evoque pas',
  'indique pas',
  'figure pas',
  'parle pas',
  'ne contient pas',
  'ne porte pas',
  'pas couvert',
  'ne fixe pas',
  'ne donne pas',
  'ne concerne pas',
  'pas mentionn',
  'pas précis',
  'pas precis',
  'pas indiqu',
  'rien sur',
  'ne sais pas',
  'ne peux pas',
  'pas en mesure',
  'pas de réponse',
  'pas de reponse',
  'ne permet pas de',
  'pas dans l',
  'ne relève pas',
  'ne releve pas',
];

/** Figures the bot cannot have yet. */
const NOT_AVAILABLE = [
  'pas encore',
  'pas disponible',
  'indisponible',
  'aucune donnee',
  'aucune donnée',
  'pas de donnee',
  'pas de donnée',
  'ne dispose pas',
  'pas de chiffre',
  'aucun chiffre',
  'aucune entree',
  'aucune entrée',
  ' 0 ',
  'aucun',
  'ne sont pas',
  ...SILENT,
];

// Verdicts.
const YES = [
  'eligible',
  'peut en beneficier',
  'peut beneficier',
  'peut entrer',
  'peut integrer',
  'peut suivre',
  'peut faire',
  'peut y entrer',
  'peut acceder',
  'oui',
];
/** Must not appear when the person is eligible. */
const NOT_NO = ['non eligible', 'non éligible', 'ineligible', 'inéligible', "n'est pas eligible", 'n’est pas éligible', "n'est pas éligible"];
const NO = [
  'pas eligible',
  'pas éligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'impossible',
  'ne remplit pas',
  'ne correspond pas',
  'trop jeune',
  'pas accessible',
  'reserve aux',
  'réservé aux',
  'réservée aux',
  'non,',
  'non.',
];
/** Must not appear when the person is not eligible. */
const NOT_YES = ['est bien eligible', 'est bien éligible', 'oui, il est', 'oui, elle est', 'oui il peut', 'oui elle peut', 'peut tout a fait', 'peut tout à fait'];

// Prescribing, greetings, help, cancel.
const FORM = [
  'formulaire',
  'panda',
  'adhesion',
  'adhésion',
  'remplir',
  'remplis',
  'renseign',
  'complet',
  'saisi',
  'etape',
  'étape',
  'fiche',
];
const GREET = ['bonjour', 'salut', 'hello', 'bienvenue', 'bonsoir'];
const HELP = ['dispositif', 'agenda', 'prescri', 'eligib', 'éligib', 'prepa', 'prépa', 'question'];
const CANCEL = ['annul', 'accord', 'ok', 'entendu', 'abandon', 'arret', 'arrêt', 'pas de souci', 'pas de probleme', 'pas de problème'];
const THANKS = [
  'avec plaisir',
  'de rien',
  'je vous en prie',
  'bonne journee',
  'bonne journée',
  'volontiers',
  'service',
  'hesitez pas',
  'hésitez pas',
  'a bientot',
  'à bientôt',
  'au revoir',
  'merci',
];
const NINE_THIRTY = ['9h30', '9 h 30', '09:30', '9:30', '09h30', 'matin'];
const TWO_PM = ['14h', '14 h', '14:00', '14h00', 'après-midi', 'apres-midi', 'aprem'];

// ── The set ─────────────────────────────────────────────────────────────────

export const HUNDRED_TWELFTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c('b112-disp-prepa-duree', ['abbrev', 'sms', 'two-questions'], [
    turn('prepa comp ca dure cb de jours ? et c etale sur combien de temps', 'dispositif', [PREPA_DURATION, TWO_WEEKS], ['13 semaines', 'treize semaines']),
  ]),
  c('b112-disp-promo-duree', ['abbrev'], [
    turn('la promo 1618 c combien de temps au total ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours', '2 a 8 jours']),
  ]),
  c('b112-disp-promo-max', ['date'], [
    turn(
      'si un jeune a besoin de temps de reflexion entre les phases de la promo, ca peut aller jusqu a combien max ?',
      'dispositif',
      [PROMO_MAX],
    ),
  ]),
  c('b112-disp-pec-jours-rythme', ['two-questions', 'abbrev'], [
    turn(
      'competences pec ca fait combien de jours pour le salarie et c est sur quel rythme, d un coup ou etale ?',
      'dispositif',
      [PEC_DURATION, ['durée du pec', 'duree du pec', 'durée du contrat', 'duree du contrat', 'répartis', 'repartis', 'reparti', 'réparti', 'ateliers', 'étal', 'etal']],
      ['2 à 8 jours', '2 a 8 jours', '13 semaines'],
    ),
  ]),
  c('b112-disp-prepa-volets', ['abbrev', 'no-accents'], [
    turn(
      'prepa comp volet 1 vs volet 2 c quoi la diff concretement',
      'dispositif',
      [['projet'], ['entree en formation', 'entrée en formation', 'securis', 'sécuris'], VOLET1_DURATION, VOLET2_DURATION],
    ),
  ]),
  c('b112-disp-promo-modalite-jours', ['two-questions'], [
    turn('la promo c en presentiel ou a distance ? et c quels jours dans la semaine', 'dispositif', [['presentiel', 'présentiel', 'sur place'], MONDAY_TO_THURSDAY]),
  ]),
  c('b112-disp-promo-fin-journee', ['sms'], [
    turn('la promo 16/18 le jeudi ca finit en fin de journee ou a midi ? le vendredi ya quoi', 'dispositif', [MONDAY_TO_THURSDAY]),
  ]),
  c('b112-disp-prepa-distance', ['rambling'], [
    turn(
      'bonjour, j accompagne une dame qui habite a beaumont de lomagne, pas de permis, le bus c complique... prepa comp on peut le faire a distance ou faut venir au centre ?',
      'dispositif',
      [DISTANCE],
      ['lundi au jeudi'],
    ),
  ]),
  c('b112-disp-prepa-cout', ['abbrev'], [
    turn('combien ca coute au CD une prescription prepa comp ?', 'dispositif', [FREE], ['€']),
  ]),
  c('b112-disp-remuneration', ['no-accents'], [
    turn('en prepa comp les stagiaires sont remuneres ? ils touchent qqch pendant les jours de presence ?', 'dispositif', [SILENT], ['€']),
  ]),
  c('b112-disp-promo-prescripteurs', ['abbrev'], [
    turn('qui peut orienter un jeune vers la promo 16 18 ?', 'dispositif', [['mission locale', 'missions locales', 'cio', 'c.i.o']]),
  ]),
  c('b112-disp-ou', ['sms'], [
    turn('c ou geographiquement les dispositifs ? que montauban ou ailleurs aussi', 'dispositif', [MONTAUBAN, ['delocalis', 'délocalis', 'ensemble du departement', 'ensemble du département', 'tout le departement', 'tout le département', 'ailleurs']]),
  ]),
  c('b112-disp-prepa-bilan', ['typo'], [
    turn('a la fin de la prepa comp on recoit un retour nous les referents ? genre un bilan', 'dispositif', [['bilan'], ['referent', 'référent']]),
  ]),
  c('b112-disp-promo-suivi-date', ['date'], [
    turn(
      'un jeune qui sort de la promo fin avril 2027, l accompagnement prolonge il va jusqu a quand a peu pres ?',
      'dispositif',
      [['octobre', '6 mois', 'six mois']],
    ),
  ]),
  c('b112-disp-pec-certif', ['follow-up'], [
    turn('c quoi competences PEC en 2 mots', 'dispositif', [['parcours emploi', 'pec'], ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'clea', 'cléa', 'certification']]),
    turn('et ca debouche sur quoi comme certif ?', 'dispositif', [
      ['vae', 'v.a.e', 'validation des acquis'],
      ['rsfp', 'r.s.f.p', 'savoir-faire', 'savoir faire'],
      ['clea', 'cléa'],
    ]),
  ]),
  c('b112-disp-prepa-public-ft', ['follow-up', 'abbrev'], [
    turn('prepa comp c pour qui exactement', 'dispositif', [['rsa', 'allocataire', 'eloign', 'éloign', 'demandeur']]),
    turn(
      'et il faut etre inscrit a FT ?',
      'dispositif',
      [['inscrit ou non', 'inscrits ou non', 'non inscrit', 'non-inscrit', 'pas inscrit', 'pas besoin', 'pas obligatoire', 'pas necessaire', 'pas nécessaire', 'sans être inscrit', 'sans etre inscrit', 'ne sont pas inscrits', 'pas forcément', 'pas forcement']],
      ['doit être inscrit', 'doit etre inscrit', 'obligatoirement inscrit'],
    ),
  ]),
  c('b112-disp-badges-code', ['two-questions'], [
    turn(
      'les open badges c dans quel dispositif ? et la prepa au code de la route c lequel',
      'dispositif',
      [['promo', '16/18', '1618', '16-18', '16.18'], ['code']],
    ),
  ]),
  c('b112-disp-prepa-autre-organisme', ['sms'], [
    turn(
      'prepa comp volet 2 ca marche que pour rentrer en formation a l afpa ou aussi un autre organisme ?',
      'dispositif',
      [['autre organisme', 'hors afpa', 'hors a.f.p.a', 'autres organismes', 'un autre centre', 'pas seulement', 'pas uniquement', 'aussi']],
    ),
  ]),
  c('b112-disp-pec-vae-bilan', ['follow-up'], [
    turn('la vae pour les pec ca prend combien de temps', 'dispositif', [['3,5 jours', '3.5 jours', '3,5 j', 'trois jours et demi', '3 jours et demi', '3 jours ½']]),
    turn('et a la fin on a un bilan nous ?', 'dispositif', [['bilan'], ['referent', 'référent']]),
  ]),
  c('b112-disp-promo-phases', ['follow-up'], [
    turn('c quoi la promo 1618 vite fait', 'dispositif', [[...PROMO_DURATION, 'mineur', '16', 'decroch', 'décroch']]),
    turn('ca se passe ou ?', 'dispositif', [[...MONTAUBAN, 'village']]),
    turn('les 4 phases c quoi ?', 'dispositif', [['engagement'], ['construction'], ['suite']]),
  ]),
  c('b112-disp-pec-quand', ['date', 'two-questions'], [
    turn('competences pec on peut le mobiliser quand ? faut attendre la fin du contrat ? et ca dure combien', 'dispositif', [['signature', 'premiers mois', 'dès le début', 'des le debut', 'durée du pec', 'duree du pec', 'pendant le'], PEC_DURATION]),
  ]),

  // ── agenda ──
  c('b112-ag-ic-cette-semaine', ['abbrev'], [
    turn('info coll prepa comp cette semaine ?', 'agenda', [on('2027-01-14'), MONTAUBAN], [
      ...notOn('2027-01-21'),
      ...notOn('2027-02-11'),
      ...notOn('2027-01-07'),
    ]),
  ]),
  c('b112-ag-semaine-pro-puis-apres', ['follow-up', 'relative-date'], [
    turn('y a quoi la semaine prochaine ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-01-26')]),
    turn('et la semaine d apres ?', 'agenda', [on('2027-01-26')], [...notOn('2027-01-19'), ...notOn('2027-01-21')]),
  ]),
  c('b112-ag-visite-soudure', ['two-questions'], [
    turn('visite plateau soudure c quand ? il reste de la place ?', 'agenda', [on('2027-01-19'), [...seats(8), '8 places']], [...notOn('2027-03-10')]),
  ]),
  c('b112-ag-jpo-puis-moissac', ['follow-up', 'abbrev'], [
    turn('prochaine JPO ?', 'agenda', [on('2027-02-03')], [...notOn('2027-01-07')]),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-02-03')]),
  ]),
  c('b112-ag-jeudi-matin-fevrier', ['weekday', 'time-of-day'], [
    turn('des info coll un jeudi matin en fevrier ?', 'agenda', [on('2027-02-11'), NINE_THIRTY], [...notOn('2027-02-09'), ...notOn('2027-03-04')]),
  ]),
  c('b112-ag-semaine-du-25', ['abbrev', 'relative-date'], [
    turn('la semaine du 25 y a quoi pour mes BRSA ? des entrees prepa ?', 'agenda', [on('2027-01-25'), FULL], [...notOn('2027-01-18')]),
  ]),
  c('b112-ag-fin-fevrier-batiment', ['two-questions', 'relative-date'], [
    turn('fin fevrier il y a une reunion metier batiment ? c ou ?', 'agenda', [on('2027-02-23'), ['caussade']], [...notOn('2027-01-26')]),
  ]),
  c('b112-ag-debut-mars-valence', ['relative-date', 'no-accents'], [
    turn('debut mars qqch sur valence d agen ?', 'agenda', [on('2027-03-04'), ['valence']], [...notOn('2027-03-10'), ...notOn('2027-03-08')]),
  ]),
  c('b112-ag-places-metiers', ['follow-up'], [
    turn('places dispo en soudure ?', 'agenda', [seats(4)], ['plaquiste', 'cariste', 'électricien', 'agent de propreté']),
    turn('et en maconnerie ?', 'agenda', [seats(3), on('2027-02-15')], ['soudeur', 'cariste']),
    turn('plaquiste ?', 'agenda', [FULL], ['soudeur']),
  ]),
  c('b112-ag-cariste', ['two-questions'], [
    turn('cariste il reste de la place ? c quand la rentree', 'agenda', [seats(6), on('2027-01-27')], ['plaquiste', 'soudeur']),
  ]),
  c('b112-ag-logistique-castel', ['rambling'], [
    turn(
      'j ai un monsieur a castel qui veut bosser en entrepot, il a pas le permis donc montauban c chaud, y a une formation logistique sur castel avec des places ?',
      'agenda',
      [['preparateur', 'préparateur'], seats(5)],
      ['soudeur', 'plaquiste'],
    ),
  ]),
  c('b112-ag-pec-atelier2', ['abbrev'], [
    turn('entrees competences pec atelier 2 ?', 'agenda', [on('2027-01-20'), on('2027-03-03')], [...notOn('2027-02-10'), ...notOn('2027-01-18')]),
  ]),
  c('b112-ag-pec-distance', ['two-questions'], [
    turn('PEC a distance c possible ? y a une session prevue ?', 'agenda', [on('2027-03-03'), DISTANCE]),
  ]),
  c('b112-ag-ic-promo-plus-tot', ['follow-up', 'two-questions'], [
    turn('info coll promo 16/18 pour un jeune et ses parents c quand ? et c ou', 'agenda', [on('2027-03-17'), MONTAUBAN]),
    turn('plus tot ?', 'agenda', [['aucun', 'aucune', 'pas d', 'pas de', 'seule', 'rien', 'pas plus tôt', 'pas plus tot', 'pas avant', 'uniquement', ...on('2027-03-17')]]),
  ]),
  c('b112-ag-entre-1-et-15', ['relative-date'], [
    turn('entre le 1er et le 15 fevrier, les entrees prepa comp ?', 'agenda', [on('2027-02-08'), on('2027-02-15')], [...notOn('2027-03-08'), ...notOn('2027-01-18')]),
  ]),
  c('b112-ag-fin-du-mois', ['relative-date'], [
    turn('d ici la fin du mois y a quoi comme info coll ?', 'agenda', [on('2027-01-14'), on('2027-01-21')], [...notOn('2027-02-11'), ...notOn('2027-02-09')]),
  ]),
  c('b112-ag-mardi-aprem', ['weekday', 'time-of-day'], [
    turn('un mardi aprem pour une visite ou une reunion metier ca existe ?', 'agenda', [[...on('2027-01-19'), ...on('2027-02-23')]], [...notOn('2027-01-26'), ...notOn('2027-03-10')]),
  ]),
  c('b112-ag-moissac-mois-prochain', ['follow-up', 'relative-date'], [
    turn('le mois prochain a moissac ?', 'agenda', [on('2027-02-09'), on('2027-02-17')], [...notOn('2027-03-08')]),
    turn('et en mars ?', 'agenda', [on('2027-03-08')], [...notOn('2027-02-17'), ...notOn('2027-02-09')]),
  ]),
  c('b112-ag-logistique-matin', ['two-questions', 'time-of-day'], [
    turn('la reunion logistique c le matin ? combien de places', 'agenda', [on('2027-01-26'), ['9h', '9 h', '09:00', '9:00', '09h', 'matin'], seats(15)]),
  ]),
  c('b112-ag-visite-elec-heure', ['two-questions'], [
    turn('visite elec c quand ? et a quelle heure', 'agenda', [on('2027-03-10'), ['10h', '10 h', '10:00', '10h00']], [...notOn('2027-01-19')]),
  ]),
  c('b112-ag-dans-15-jours', ['relative-date'], [
    turn('dans 15 jours environ y a une reunion metier ?', 'agenda', [on('2027-01-26')]),
  ]),
  c('b112-ag-avant-vacances', ['relative-date', 'rambling'], [
    turn(
      'j ai une dame sur castelsarrasin qui voudrait decouvrir prepa comp, elle garde ses petits enfants pendant les vacances donc faudrait une info coll avant les vacances de fevrier, ya ca ?',
      'agenda',
      [on('2027-01-21'), ['castelsarrasin']],
      [...notOn('2027-03-04')],
    ),
  ]),
  c('b112-ag-volet1-puis-mars', ['follow-up'], [
    turn('entrees prepa volet 1 ?', 'agenda', [on('2027-01-18')], [...notOn('2027-01-25'), ...notOn('2027-02-15')]),
    turn('et en mars ?', 'agenda', [on('2027-03-08'), ['moissac']], [...notOn('2027-01-18')]),
  ]),
  c('b112-ag-volet2-complet-suivante', ['follow-up'], [
    turn('y a de la place sur la prepa volet 2 du 25 ?', 'agenda', [FULL]),
    turn('et la suivante ?', 'agenda', [on('2027-02-15'), seats(5), ['castelsarrasin']]),
  ]),
  c('b112-ag-restauration', ['two-questions'], [
    turn('agent de restauration y a des places ? c ou ?', 'agenda', [seats(4), ['caussade']], ['soudeur', 'plaquiste']),
  ]),
  c('b112-ag-electricien', ['two-questions'], [
    turn('electricien combien de places et ca commence quand', 'agenda', [seats(2), on('2027-03-08')], ['plaquiste', 'soudeur']),
  ]),
  c('b112-ag-proprete-fin-fevrier', ['relative-date', 'two-questions'], [
    turn('proprete a moissac, des places pour fin fevrier ? combien', 'agenda', [seats(7), on('2027-02-22')], ['plaquiste']),
  ]),
  c('b112-ag-mardi-puis-jeudi', ['follow-up', 'weekday'], [
    turn('un mardi en fevrier y a quoi ?', 'agenda', [on('2027-02-09'), on('2027-02-23')], [...notOn('2027-02-03'), ...notOn('2027-02-11')]),
    turn('et un jeudi ?', 'agenda', [on('2027-02-11')], [...notOn('2027-02-09'), ...notOn('2027-02-23')]),
  ]),
  c('b112-ag-ic-castel-places', ['follow-up'], [
    turn('info coll prepa a castel ?', 'agenda', [on('2027-01-21')], [...notOn('2027-01-14')]),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b112-ag-visite-mars-avril', ['follow-up'], [
    turn('une visite de plateau en mars ?', 'agenda', [on('2027-03-10')], [...notOn('2027-01-19')]),
    turn('et en avril ?', 'agenda', [['aucun', 'aucune', 'pas de', 'pas d', 'rien']]),
  ]),
  c('b112-ag-promo-aprem', ['time-of-day'], [
    turn('l info coll promo c l aprem ? mes jeunes dorment le matin lol', 'agenda', [on('2027-03-17'), TWO_PM]),
  ]),

  // ── eligibility ──
  c('b112-elig-ase-17-decroche', ['abbrev'], [
    turn('jeune ASE 17 ans, decroche du lycee depuis septembre, rien en ce moment (ni boulot ni formation), il peut faire la promo ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b112-elig-ase-15', ['abbrev', 'age'], [
    turn('jeune ASE de 15 ans dechu du college, promo 1618 possible ?', 'eligibility', [[...NO, 'a partir de 16', 'à partir de 16', '16 ans']], NOT_YES),
  ]),
  c('b112-elig-ase-18', ['age'], [
    turn('un jeune de 18 ans et 2 mois, ASE contrat jeune majeur, la promo c ok ?', 'eligibility', [[...NO, 'mineur']], NOT_YES),
  ]),
  c('b112-elig-18-le-15-fevrier', ['date', 'age'], [
    turn(
      'jeune suivi ML, 17 ans, il fete ses 18 ans le 15 fevrier, il peut entrer sur la promo du 1er fevrier ?',
      'eligibility',
      [YES],
      NOT_NO,
    ),
  ]),
  c('b112-elig-18-le-20-janvier', ['date', 'age'], [
    turn(
      'jeune ASE qui aura 18 ans le 20 janvier, il a quitte l ecole, la promo du 1er fevrier c jouable ?',
      'eligibility',
      [[...NO, 'mineur']],
      NOT_YES,
    ),
  ]),
  c('b112-elig-16-le-10-fevrier', ['date', 'age'], [
    turn('une jeune qui a 15 ans, elle aura 16 ans le 10 fevrier, elle peut entrer le 1er fevrier en promo ?', 'eligibility', [[...NO, '16 ans']], NOT_YES),
  ]),
  c('b112-elig-apprenti', ['age'], [
    turn('17 ans en apprentissage depuis octobre chez un boulanger, la promo 1618 ca peut l aider ?', 'eligibility', [[...NO, 'en formation', 'travaill', 'pas la cible']], NOT_YES),
  ]),
  c('b112-elig-brsa-projet', ['rambling', 'abbrev'], [
    turn(
      'Mme X, BRSA depuis 2 ans, pas inscrite a FT, 45 ans, elle veut se former en aide a domicile mais elle est pas sure de son projet, prepa comp ca irait ?',
      'eligibility',
      [YES, ['volet 1', 'projet']],
      NOT_NO,
    ),
  ]),
  c('b112-elig-pec-mairie', ['abbrev'], [
    turn('monsieur en PEC depuis 3 mois dans une mairie, BRSA, competences pec possible ?', 'eligibility', [YES, ['employeur']], NOT_NO),
  ]),
  c('b112-elig-cdi', ['abbrev'], [
    turn('salariee en CDI a temps plein, pas au RSA, on peut lui faire competences PEC ?', 'eligibility', [[...NO, 'contrat pec', 'parcours emploi competences', 'parcours emploi compétences']], NOT_YES),
  ]),
  c('b112-elig-pec-fini', ['date'], [
    turn('son contrat PEC s est termine en decembre, competences pec c encore possible ?', 'eligibility', [[...NO, 'n est plus', 'n’est plus', 'plus possible', 'durée du pec', 'duree du pec', 'pendant le', 'durant le', 'en cours de']], NOT_YES),
  ]),
  c('b112-elig-pec-fin-15-fevrier', ['date', 'rambling'], [
    turn(
      'son contrat PEC finit le 15 fevrier et l employeur renouvelle pas, elle m a demande pour l atelier 2 a distance du 3 mars, c jouable ?',
      'eligibility',
      [[...NO, 'fin du contrat', 'après la fin', 'apres la fin', 'termin', 'durée du pec', 'duree du pec', 'pendant le', 'durant le', 'en cours']],
      NOT_YES,
    ),
  ]),
  c('b112-elig-pec-signe', ['date', 'abbrev'], [
    turn('contrat PEC signe y a 2 semaines, fin prevue decembre 2027, on peut le positionner sur l atelier 2 du 20/01 ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b112-elig-rqth', ['two-questions', 'abbrev'], [
    turn('BRSA avec RQTH, suivi par moi au CD, prepa comp c possible ? la RQTH ca bloque ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b112-elig-garde-enfants', ['sms'], [
    turn('une dame BRSA, 3 enfants, pas de mode de garde pour l instant, prepa comp c jouable ?', 'eligibility', [YES, ['garde']], NOT_NO),
  ]),
  c('b112-elig-siae', ['abbrev'], [
    turn('salarie en ACI (SIAE), CDDI, pas de PEC, competences pec ?', 'eligibility', [[...NO, 'contrat pec', 'parcours emploi competences', 'parcours emploi compétences', 'rsfp', 'r.s.f.p']], NOT_YES),
  ]),
  c('b112-elig-ase-16-puis-parents', ['follow-up'], [
    turn('un jeune ASE de 16 ans qui a quitte le college, il peut faire quoi chez vous ?', 'eligibility', [['promo', '16/18', '1618']]),
    turn('il faut l accord des parents ?', 'dispositif', [['autorisation', 'accord']]),
  ]),
  c('b112-elig-brsa-volet2-jours', ['follow-up'], [
    turn('BRSA 30 ans, projet cariste deja valide, elle veut securiser son entree en formation, c quoi le plus adapte ?', 'eligibility', [['volet 2', 'securis', 'sécuris']]),
    turn('c combien de jours du coup ?', 'dispositif', [VOLET2_DURATION], ['5 à 6 jours', '5 a 6 jours']),
  ]),
  c('b112-elig-brsa-58-ft', ['follow-up', 'age'], [
    turn('BRSA 58 ans elle peut faire prepa comp ?', 'eligibility', [YES], NOT_NO),
    turn('et si elle est inscrite a FT ca change qqch ?', 'eligibility', [['inscrits ou non', 'inscrit ou non', 'inscrite ou non', 'non-inscrit', 'non inscrit', 'ne change rien', 'ne change pas', 'peu importe', 'aussi', 'également', 'egalement', 'reste eligible', 'reste éligible', 'toujours eligible', 'toujours éligible']], NOT_NO),
  ]),

  // ── out_of_scope ──
  c('b112-oos-permis', ['abbrev'], [
    turn('est ce que l afpa peut financer le permis de conduire d un BRSA ?', 'out_of_scope', [SILENT]),
  ]),
  c('b112-oos-montant-rsa', ['sms'], [
    turn('c quoi le montant du RSA pour une personne seule en 2027 ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b112-oos-hebergement', ['no-accents'], [
    turn('l afpa fait de l hebergement pour les stagiaires prepa comp qui viennent de loin ?', 'out_of_scope', [SILENT]),
  ]),
  c('b112-oos-cpf', ['abbrev'], [
    turn('le CPF on peut le mobiliser pour completer une prepa comp ?', 'out_of_scope', [SILENT]),
  ]),
  c('b112-oos-prime-employeur', ['abbrev'], [
    turn('y a une aide pour l employeur PEC qui laisse partir son salarie sur competences pec ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b112-oos-cej', ['abbrev'], [
    turn('un jeune en CEJ a la ML il garde son allocation s il fait la promo ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b112-oos-transport', ['follow-up'], [
    turn('prepa comp c combien de jours deja', 'dispositif', [PREPA_DURATION]),
    turn('et les frais de transport sont rembourses ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b112-oos-stage', ['follow-up'], [
    turn('prepa comp volet 2 c bien pour securiser l entree en formation ?', 'dispositif', [['formation']]),
    turn('et apres l afpa lui trouve un employeur a la sortie de la formation ?', 'out_of_scope', [SILENT]),
  ]),
  // ── contact ──
  c('b112-contact-afpa', ['abbrev'], [
    turn('qui contacter a l afpa montauban pour les dispositifs ?', 'contact', [[...VELLA, ...BATTEDOU]]),
  ]),
  c('b112-contact-coordo', ['abbrev'], [
    turn('qui est le coordo departemental des dispositifs cote afpa', 'contact', [VELLA]),
  ]),
  c('b112-contact-deploiement', ['no-accents'], [
    turn('qui s occupe du deploiement de prepa comp et de la promo a l afpa ?', 'contact', [BATTEDOU]),
  ]),
  c('b112-contact-referent-cd', ['abbrev'], [
    turn('c qui le referent de l experimentation cote CD ?', 'contact', [['design', 'désign', 'interlocut', ...SILENT]]),
  ]),
  c('b112-contact-tel', ['sms'], [
    turn('le tel ou le mail de fabienne battedou stp ?', 'contact', [[...SILENT, 'pas de numero', 'pas de numéro', 'coordonnees', 'coordonnées']], ['@afpa', '06 ']),
  ]),
  c('b112-contact-suivi-accord', ['no-accents'], [
    turn('qui suit l accord de partenariat cote departement ?', 'contact', [['weill', 'président', 'president']]),
  ]),
  c('b112-contact-national', ['follow-up', 'abbrev'], [
    turn('qui pilote les dispositifs au niveau national ?', 'contact', [['dgefp', 'd.g.e.f.p']]),
    turn('et ils se reunissent tous les combien ?', 'contact', [['trimestr', 'tous les 3 mois', 'tous les trois mois', 'chaque trimestre']]),
  ]),
  c('b112-contact-bilan-annuel', ['abbrev'], [
    turn('le bilan annuel departemental des dispositifs il part a qui ?', 'contact', [['ddetspp', 'd.d.e.t.s.p.p', 'ddets']]),
  ]),
  c('b112-contact-copil', ['sms'], [
    turn('le copil de l accord il se reunit cb de fois par an ?', 'contact', [['une fois par an', '1 fois par an', 'annuel', 'au moins une fois', 'au moins 1 fois', 'une fois']]),
  ]),

  // ── figures ──
  c('b112-fig-objectifs-prepa-pec', ['follow-up', 'abbrev'], [
    turn('objectif 2022 prepa comp c combien de BRSA ?', 'figures', [['30 alloc', '30 bénéf', '30 benef', '30 pers', ' 30 ', '**30**', 'trente', '30 rsa', '30 entr']]),
    turn('et pour competences pec ?', 'figures', [['50 alloc', '50 bénéf', '50 benef', '50 pers', ' 50 ', '**50**', 'cinquante', '50 rsa', '50 entr']]),
  ]),
  c('b112-fig-promo-ase-national', ['follow-up'], [
    turn('combien de jeunes ASE vers la promo c etait l objectif ?', 'figures', [['10 jeunes', '10 pers', ' 10 ', '**10**', 'dix']]),
    turn('et au national la promo visait combien de jeunes', 'figures', [['35 000', '35000', '35 000', '35.000']]),
  ]),
  c('b112-fig-entrees-et-objectif', ['two-questions'], [
    turn('on en est ou sur les entrees prepa comp cette annee ? et l objectif c quoi deja', 'figures', [NOT_AVAILABLE, ['30 alloc', '30 bénéf', '30 benef', '30 pers', ' 30 ', '**30**', 'trente', '30 rsa', '30 entr']]),
  ]),
  c('b112-fig-sorties-positives', ['no-accents'], [
    turn('taux de sorties positives vise pour la promo ?', 'figures', [['70 %', '70%', '70 pour cent', 'soixante-dix', '70 %']]),
  ]),
  c('b112-fig-tous-objectifs', ['sms'], [
    turn('tous les objectifs chiffres du plan d action svp', 'figures', [
      ['30 alloc', '30 bénéf', '30 benef', '30 pers', ' 30 ', '**30**', 'trente', '30 rsa', '30 entr'],
      ['50 alloc', '50 bénéf', '50 benef', '50 pers', ' 50 ', '**50**', 'cinquante', '50 rsa', '50 entr'],
      ['10 jeunes', '10 pers', ' 10 ', '**10**', 'dix'],
    ]),
  ]),
  c('b112-fig-taux-reussite', ['abbrev'], [
    turn('tx de reussite aux examens des BRSA entres en formation ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b112-fig-tableau-de-bord', ['abbrev'], [
    turn('le tableau de bord des dispositifs il est envoye tous les combien a la dgefp ?', 'figures', [['mensuel', 'chaque mois', 'tous les mois', 'par mois']]),
  ]),

  // ── prescribe ──
  c('b112-presc-prepa', ['abbrev'], [
    turn('je veux prescrire prepa comp pour une BRSA', 'prescribe', [FORM]),
  ]),
  c('b112-presc-promo-inscrire', ['no-accents'], [
    turn('comment on inscrit un jeune sur la promo ?', 'prescribe', [['panda', 'formulaire', 'inscri']]),
  ]),
  c('b112-presc-pec-employeur', ['two-questions'], [
    turn('comment je prescris competences pec ? faut l accord de l employeur ?', 'prescribe', [FORM, ['employeur']]),
  ]),
  c('b112-presc-session-18', ['follow-up'], [
    turn('entrees prepa comp volet 1 ce mois ci ?', 'agenda', [on('2027-01-18')], [...notOn('2027-02-08')]),
    turn('ok je prescris sur celle du 18', 'prescribe', [FORM]),
  ]),
  c('b112-presc-etapes', ['abbrev', 'two-questions'], [
    turn('les etapes pour orienter un BRSA sur prepa comp ? et ca coute qqch au CD ?', 'prescribe', [['adhesion', 'adhésion', 'inform'], ['panda', 'formulaire', 'inscri'], FREE]),
  ]),
  c('b112-presc-rambling', ['rambling'], [
    turn(
      'bonjour, alors j ai une dame au RSA tres motivee, elle a fait des menages pendant 10 ans, elle voudrait passer un titre pro mais elle a peur de pas suivre, j ai pense a prepa comp, je peux la prescrire comment ?',
      'prescribe',
      [FORM],
    ),
  ]),
  c('b112-presc-puis-annule', ['follow-up', 'cancel'], [
    turn('je veux faire une prescription', 'prescribe', [FORM]),
    turn('en fait non laisse tomber', 'other', [CANCEL]),
  ]),
  c('b112-presc-directement', ['abbrev'], [
    turn('je peux prescrire directement ou faut passer par FT ?', 'prescribe', [['directement', 'sans passer', 'vous pouvez', 'pouvez prescrire']]),
  ]),
  // ── other ──
  c('b112-other-bonjour', [], [turn('bonjour', 'other', [GREET])]),
  c('b112-other-a-quoi', ['sms'], [turn('slt tu sers a quoi ?', 'other', [HELP])]),
  c('b112-other-merci', ['sms'], [turn('merci bcp !', 'other', [THANKS])]),
  c('b112-other-aide', [], [turn('aide', 'other', [HELP])]),
  c('b112-other-annule', [], [turn('annule', 'other', [CANCEL])]),
  c('b112-other-bonne-journee', [], [turn('bonne journee a toi', 'other', [THANKS])]),
  c('b112-other-bjr-puis-aide', ['follow-up', 'sms'], [
    turn('bjr', 'other', [GREET]),
    turn('tu peux faire quoi', 'other', [HELP]),
  ]),
];
