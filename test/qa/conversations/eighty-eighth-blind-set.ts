/**
 * Eighty-eighth blind set. Who speaks: référents insertion of the Département's rural
 * antennas (Caussade, Nègrepelisse, Valence d'Agen) and AFPA Montauban's welcome staff,
 * typing in Teams as they do: very short messages, answers to the bot's own questions,
 * yes/no checks, abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, CD, ASE, info
 * coll, JPO), no accents, typos, voice-dictation slips, misspelt programme names, long
 * rambling messages with the question buried inside, follow-ups that only make sense after
 * the previous turn, and questions on what happens after an entry (absences, end, bilan).
 *
 * Written blind from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as the ways a French answer may write them ─────────────────

const PREPA_DAYS = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2 - 8 jours',
  '2-8 jours',
  '8 jours max',
];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j ', '5 journées', 'cinq journées'];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const VOLET1_DAYS = ['5 à 6 jours', '5 et 6 jours', 'cinq à six jours', '5-6 jours', '5 ou 6 jours'];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const MONTAUBAN = ['montauban'];
const DISTANCE = ['distance', 'distanciel', 'visio', 'classe virtuelle'];
const MIXED = ['mixte', 'hybride', 'distance et présentiel', 'présentiel et distance', 'présentiel et à distance', 'en partie'];
const BILAN = ['bilan individuel', 'bilan'];
const REFERENT = ['référent', 'referent', 'conseiller'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'aucun frais',
  'sans frais',
  'pas de coût',
  'pas de frais',
  'rien à payer',
  'rien à régler',
  'aucune contrepartie',
  'ne coûte rien',
  'financé par l',
  'pris en charge par l',
];
const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', '0 place', 'places : 0', 'places disponibles : 0', 'zéro place', 'plus aucune'];
const NONE_FOUND = ['aucun', 'aucune', 'rien', 'pas de ', 'pas d’', "pas d'", 'ne trouve pas', 'pas trouvé'];

/** The agreement does not say: every honest way of writing it. */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'ne précise pas',
  'ne mentionne pas',
  'ne traite pas',
  'ne parle pas',
  'ne couvre pas',
  'ne contient pas',
  'ne fixe pas',
  'ne donne pas',
  'ne indique pas',
  'indique pas',
  'aborde pas',
  'ne figure pas',
  'ne porte pas',
  'ne détaille pas',
  'ne dispose pas',
  'ne sais pas',
  'ne connais pas',
  'ne peux pas',
  'pas prévu',
  'pas précisé',
  'pas mentionné',
  'pas couvert',
  'pas abordé',
  'pas d’information',
  "pas d'information",
  'pas d’info',
  "pas d'info",
  'aucune information',
  'aucune info',
  'aucune indication',
  'aucune précision',
  'aucune mention',
  'rien sur',
  'rien à ce sujet',
  'hors',
  'pas dans',
  'pas en mesure',
  'se rapprocher',
  'rapprochez-vous',
  'renseignez-vous',
];

/** A positive verdict. */
const ELIGIBLE = ['éligible', 'eligible', 'peut bénéficier', 'peut en bénéficier', 'peut entrer', 'peut intégrer', 'peut suivre', 'peut faire', 'peut y', 'correspond', 'relève', 'oui', 'possible', 'ouvert'];
/** What a positive verdict must not say. */
const NOT_ELIGIBLE_WORDS = ['pas éligible', 'non éligible', 'inéligible', 'ne remplit pas'];
/** A negative verdict. */
const INELIGIBLE = [
  ...NOT_ELIGIBLE_WORDS,
  'ne peut pas',
  'pas accessible',
  'pas possible',
  'ne correspond pas',
  'ne relève pas',
  'pas concerné',
  'ne rentre pas',
  'n’entre pas',
  "n'entre pas",
  'exclu',
  'ne pourra pas',
  'trop jeune',
  'trop âgé',
  'réservé',
  'reserve',
  'seulement',
  'uniquement',
  'non,',
  'non.',
  'non :',
  'non !',
];
/** What a negative verdict must not say. */
const POSITIVE_WORDS = ['il est éligible', 'elle est éligible', 'est bien éligible', 'peut bénéficier de la promo', 'peut intégrer la promo'];

const PRESCRIBE = ['formulaire', 'fiche de prescription', 'prescription', 'prescrire', 'panda', 'inscri'];
const CANCEL = ['annul', 'ok', 'd’accord', "d'accord", 'pas de souci', 'pas de problème', 'entendu', 'noté', 'abandon', 'arrêt', 'on arrête', 'c’est fait', "c'est fait"];
const GREETING = ['bonjour', 'bienvenue', 'hello', 'salut', 'bonsoir'];
const HELP = ['dispositif', 'agenda', 'éligib', 'prescri', 'prépa', 'promo'];
const THANKS = ['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'à votre service', 'n’hésitez', "n'hésitez", 'à bientôt', 'bonne continuation'];
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de donnée',
  'aucune donnée',
  'pas de chiffre',
  'aucun chiffre',
  'pas de résultat',
  'aucun résultat',
  'aucune entrée',
  'aucun bénéficiaire',
  'pas en mesure',
  'ne dispose pas',
  'n’ai pas',
  "n'ai pas",
  'pas de bilan',
  'pas connu',
  '0 entrée',
  'aucun indicateur',
  'ne sont pas',
];

/** « 30 allocataires », « objectif : 30 », « trente ». */
function count(n: number, word: string): string[] {
  return [` ${n} `, `: ${n}`, `(${n}`, ` ${n}.`, ` ${n},`, `${n} allocataires`, `${n} bénéficiaires`, `${n} personnes`, `${n} jeunes`, word];
}

// Items of the fixture that answer no question here but must not be listed as upcoming.
const PAST_JPO = notOn('2027-01-07');

export const EIGHTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──────────────────────────────────────────────────────────────
  c('b88-prepa-duree-sms', ['prepa'], [
    turn('prepa comp ca dure cb de tps', 'dispositif', [PREPA_DAYS], ['13 semaines', 'treize semaines']),
  ]),
  c('b88-prepa-volet1-duree', ['prepa'], [
    turn('le volet 1 prepa (consolider son projet) c combien de jours exactement', 'dispositif', [VOLET1_DAYS, TWO_WEEKS], ['13 semaines']),
  ]),
  c('b88-prepa-distance-yesno', ['prepa', 'yes-no'], [
    turn('prepa comp on peut la faire a distance ou faut venir a montauban ??', 'dispositif', [DISTANCE, ['présentiel', 'presentiel', 'centre', 'montauban']]),
  ]),
  c('b88-prepa-ou', ['prepa'], [
    turn('ca se passe ou la prepa competences, mes gens sont a negrepelisse ils ont pas de voiture', 'dispositif', [
      MONTAUBAN,
      ['délocalis', 'delocalis', 'ensemble du département', 'dans le département', 'autres communes', 'distance'],
    ]),
  ]),
  c('b88-cout-cd', ['costs'], [
    turn('ca coute combien au CD une prescription prepa comp ?', 'dispositif', [FREE]),
  ]),
  c('b88-remuneration-prepa', ['remuneration'], [
    turn('est ce que la personne est remunere pendant la prepa comp ? elle me demande', 'dispositif', [NOT_COVERED]),
  ]),
  c('b88-prepa-bilan-fin', ['prepa', 'after-entry'], [
    turn('a la fin de la prepa on recoit qqch nous les referents ?', 'dispositif', [BILAN, ['afpa', 'référent', 'referent']]),
  ]),
  c('b88-pec-jours', ['pec'], [
    turn('competances pec cest combien de jours', 'dispositif', [PEC_DAYS], ['13 semaines', ...PREPA_DAYS]),
  ]),
  c('b88-pec-vae-rsfp-clea', ['pec'], [
    turn('competences pec ca debouche sur une vae ou autre chose ?', 'dispositif', [
      ['vae', 'v.a.e', 'validation des acquis'],
      ['rsfp', 'r.s.f.p', 'savoir-faire', 'savoir faire', 'cléa', 'clea'],
    ]),
  ]),
  c('b88-promo-duree-voice', ['promo', 'voice'], [
    turn('la promo seize dix huit ça dure combien de temps', 'dispositif', [PROMO_LENGTH], PREPA_DAYS),
  ]),
  c('b88-promo-jours-yesno', ['promo', 'yes-no'], [
    turn('la promo 1618 cest bien du lundi au vendredi ?', 'dispositif', [['jeudi']]),
  ]),
  c('b88-promo-suivi-apres', ['promo', 'after-entry'], [
    turn('apres la promo le jeune est lache dans la nature ou il y a un suivi ?', 'dispositif', [['6 mois', 'six mois'], ['mission locale', 'missions locales']]),
  ]),
  c('b88-promo-phases', ['promo'], [
    turn('les phases de la promo 16 18 svp', 'dispositif', [['engagement'], ['construction'], ['suite']]),
  ]),
  c('b88-absences', ['after-entry', 'absence'], [
    turn('si la personne est absente 2 jours pendant la prepa ca se passe comment ? elle est viree ?', 'dispositif', [[...NOT_COVERED, 'assiduité', 'assiduite']]),
  ]),
  c('b88-abandon', ['after-entry'], [
    turn('mon BRSA a abandonne la prepa au bout de 3 jours, il peut reprendre plus tard ?', 'dispositif', [NOT_COVERED]),
  ]),
  c('b88-reporting-dgefp', ['reports'], [
    turn('qui fait remonter les chiffres a la DGEFP et tous les combien', 'dispositif', [['afpa', 'a.f.p.a'], ['mensuel', 'chaque mois', 'tous les mois', 'par mois']]),
  ]),
  c('b88-bilan-promo', ['promo', 'after-entry'], [
    turn('pour la promo on aura un bilan individuel comme pour la prepa ?', 'dispositif', [[...NOT_COVERED, 'prépa compétences', 'prepa competences', 'uniquement', 'seulement', 'réservé']]),
  ]),
  c('b88-prepa-finalite-dictee', ['prepa', 'voice'], [
    turn('prépa con pétences ça sert à quoi pour une personne très éloignée de l emploi', 'dispositif', [['formation', 'projet', 'qualification', 'compétences']]),
  ]),

  // ── dispositif, multi-turn ───────────────────────────────────────────────────
  c('b88-pec-suite', ['pec'], [
    turn('c quoi competence PEC', 'dispositif', [['parcours emploi compétences', 'parcours emploi competences', 'contrat pec', 'p.e.c', 'pec']]),
    turn('ca dure cb', 'dispositif', [PEC_DAYS], ['13 semaines']),
    turn('et c pendant le contrat ou apres ?', 'dispositif', [['pendant', 'durée du p', 'au cours du', 'sur la durée', 'dès la signature', 'premiers mois']]),
  ]),
  c('b88-prepa-volet2-suite', ['prepa'], [
    turn('le volet 2 de la prepa c pour qui', 'dispositif', [['entrée en formation', 'entree en formation', 'sécuriser', 'securiser', 'sécurise']]),
    turn('et ca dure ?', 'dispositif', [VOLET2_DAYS], ['13 semaines']),
  ]),
  c('b88-promo-suite-lieu', ['promo'], [
    turn('la promo 16/18 c quoi en 2 mots', 'dispositif', [['16'], ['semaines', 'mois']]),
    turn('et c ou ? ils peuvent venir de valence d agen ?', 'dispositif', [['montauban', 'village', 'proximité', 'présentiel', 'presentiel']]),
  ]),
  c('b88-prepa-fin-apres', ['prepa', 'after-entry'], [
    turn('ma BRSA finit sa prepa vendredi', 'dispositif', [[...BILAN, 'fin', 'formation']]),
    turn('et le bilan il est envoye a qui ?', 'dispositif', [REFERENT], ['employeur']),
  ]),

  // ── agenda ──────────────────────────────────────────────────────────────────
  c('b88-ag-next-infocoll-prepa', ['agenda'], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), MONTAUBAN], PAST_JPO),
  ]),
  c('b88-ag-accueil-heure', ['agenda', 'afpa-staff'], [
    turn('accueil afpa : une dame se presente pour l info collective de jeudi, c a quelle heure deja ?', 'agenda', [['9h30', '9 h 30', '9:30', '09:30', '09h30']], notOn('2027-01-21')),
  ]),
  c('b88-ag-volet2-complet', ['agenda', 'yes-no'], [
    turn('il reste de la place sur le volet 2 du 25 janvier ?', 'agenda', [FULL]),
  ]),
  c('b88-ag-visite-soudure', ['agenda'], [
    turn('visite plateau soudure c quand', 'agenda', [on('2027-01-19'), ['14h', '14 h', '14:00']], notOn('2027-03-10')),
  ]),
  c('b88-ag-places-soudure', ['agenda', 'places'], [
    turn('y a des places en soudure en ce moment ?', 'agenda', [seats(4), on('2027-02-01')], ['maçon', 'cariste', 'plaquiste', 'restauration']),
  ]),
  c('b88-ag-plaquiste-complet', ['agenda', 'places'], [
    turn('plaquiste il reste des places ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b88-ag-prepa-distance', ['agenda'], [
    turn('entree prepa volet 1 a distance c quand', 'agenda', [on('2027-02-08'), seats(8)], notOn('2027-01-25')),
  ]),
  c('b88-ag-pec-atelier2', ['agenda', 'pec'], [
    turn('prochaine entree competences pec atelier 2', 'agenda', [on('2027-01-20'), seats(4)], notOn('2027-01-18')),
  ]),
  c('b88-ag-promo-entree', ['agenda', 'promo'], [
    turn('promo 1618 prochaine session', 'agenda', [on('2027-02-01'), MONTAUBAN], notOn('2027-01-18')),
  ]),
  c('b88-ag-valence', ['agenda', 'valence'], [
    turn('qqch de prevu a valence d agen ?', 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-21')),
  ]),
  c('b88-ag-negrepelisse', ['agenda', 'negrepelisse'], [
    turn('et sur negrepelisse y a rien ?', 'agenda', [NONE_FOUND]),
  ]),
  c('b88-ag-restau-caussade', ['agenda', 'places', 'caussade'], [
    turn('agent de restau a caussade il reste de la place ?', 'agenda', [seats(4), on('2027-03-15')], ['soudeur', 'cariste', 'plaquiste']),
  ]),

  // ── agenda, two questions in one ─────────────────────────────────────────────
  c('b88-ag2-jpo-moissac', ['agenda', 'two-questions'], [
    turn('la jpo de moissac c quand et c ou exactement ?', 'agenda', [on('2027-02-17'), ['maison des services', 'moissac']], notOn('2027-02-03')),
  ]),
  c('b88-ag2-castel-volet2', ['agenda', 'two-questions'], [
    turn('prepa volet 2 a castel c quand et il y a combien de places', 'agenda', [on('2027-02-15'), seats(5)], notOn('2027-01-25')),
  ]),
  c('b88-ag2-prepa-commandes', ['agenda', 'two-questions', 'places'], [
    turn('preparateur de commandes c ou et ca commence quand ?', 'agenda', [['castelsarrasin'], on('2027-03-01')], ['soudeur', 'maçon']),
  ]),
  c('b88-ag2-pec-atelier3', ['agenda', 'two-questions', 'pec'], [
    turn('atelier 3 competences pec c quand et c en presentiel ?', 'agenda', [on('2027-02-10'), ['présentiel', 'presentiel', 'sur place']], notOn('2027-03-03')),
  ]),
  c('b88-ag2-soudure-visite-places', ['agenda', 'two-questions'], [
    turn('pour un gars interesse par la soudure : il y a une visite bientot ? et des places en formation ?', 'agenda', [on('2027-01-19'), seats(4)], ['plaquiste', 'cariste']),
  ]),
  c('b88-ag2-promo-infocoll-places', ['agenda', 'two-questions', 'promo'], [
    turn('l info coll promo 16 18 c quand et combien de places', 'agenda', [on('2027-03-17'), seats(12)], notOn('2027-02-11')),
  ]),

  // ── agenda, multi-turn ──────────────────────────────────────────────────────
  c('b88-agm-castel-moissac', ['agenda'], [
    turn('c quand la prochaine info coll a castel', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-01-14')),
    turn('et a moissac ?', 'agenda', [on('2027-02-09'), ['moissac']], notOn('2027-01-21')),
  ]),
  c('b88-agm-semaine', ['agenda'], [
    turn('cette semaine il y a quoi a l afpa', 'agenda', [on('2027-01-14')], [...PAST_JPO, ...notOn('2027-02-03')]),
    turn('et la semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], notOn('2027-02-03')),
  ]),
  c('b88-agm-infocoll-le21', ['agenda', 'places'], [
    turn('info coll prepa ?', 'agenda', [on('2027-01-14')], PAST_JPO),
    turn('le 21 il reste de la place ?', 'agenda', [seats(12)], seats(15)),
  ]),
  c('b88-agm-pec-janvier', ['agenda', 'pec'], [
    turn('entrees competences pec', 'agenda', [on('2027-01-20')]),
    turn('celle de janvier c en presentiel ?', 'agenda', [MIXED]),
  ]),
  c('b88-agm-logistique', ['agenda', 'places'], [
    turn('y a des places en logistique ?', 'agenda', [seats(6), seats(5)], ['soudeur', 'plaquiste']),
    turn('celle de castel elle commence quand', 'agenda', [on('2027-03-01')], notOn('2027-01-27')),
  ]),
  c('b88-agm-volet1-distance', ['agenda', 'prepa'], [
    turn('je cherche une entree prepa volet 1 pour une BRSA de caussade', 'agenda', [on('2027-01-18')]),
    turn('celle a distance c en visio ?', 'agenda', [DISTANCE, on('2027-02-08')], notOn('2027-01-18')),
  ]),
  c('b88-agm-moissac-volet1', ['agenda', 'prepa'], [
    turn('prepa comp a moissac y a une entree ?', 'agenda', [on('2027-03-08'), ['moissac']], notOn('2027-01-18')),
    turn('cest en presentiel ?', 'agenda', [MIXED]),
    turn('il reste de la place ?', 'agenda', [seats(6)], seats(8)),
  ]),
  c('b88-agm-jpo-suite', ['agenda'], [
    turn('prochaine JPO montauban', 'agenda', [on('2027-02-03')], PAST_JPO),
    turn('ok et y en a une ailleurs ?', 'agenda', [on('2027-02-17'), ['moissac']]),
  ]),
  c('b88-agm-visites-la2', ['agenda', 'bot-question'], [
    turn('prochaines visites de plateau ?', 'agenda', [on('2027-01-19'), on('2027-03-10')], PAST_JPO),
    turn('la 2 c quoi comme metier', 'agenda', [['électricité', 'electricite', 'électricien']]),
  ]),
  c('b88-agm-batiment-suite', ['agenda', 'caussade'], [
    turn('reunion metier batiment ?', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
    turn('combien de places', 'agenda', [seats(12)], seats(15)),
    turn('et ca commence a quelle heure', 'agenda', [['14h', '14 h', '14:00']]),
  ]),
  c('b88-agm-prepa-oui-dates', ['dispositif', 'prepa'], [
    turn('c quoi prepa comp', 'dispositif', [['projet', 'formation']]),
    turn('oui les dates d entree stp', 'agenda', [on('2027-01-18')], PAST_JPO),
  ]),
  c('b88-agm-negre-session', ['eligibility', 'negrepelisse'], [
    turn('BRSA de negrepelisse 30 ans pas de diplome, prepa ?', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
    turn('et y a une session pas trop loin ?', 'agenda', [[...on('2027-01-18'), ...on('2027-02-08')]]),
  ]),

  // ── eligibility ─────────────────────────────────────────────────────────────
  c('b88-el-brsa-non-inscrit', ['eligibility', 'prepa'], [
    turn('mme 45a BRSA pas inscrite a FT, prepa comp possible ?', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
  ]),
  c('b88-el-ase-17', ['eligibility', 'promo', 'ase'], [
    turn('jeune ASE 17 ans decroche du lycee depuis 3 mois il fait rien, promo ok ?', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
  ]),
  c('b88-el-15ans', ['eligibility', 'promo', 'boundary'], [
    turn('un gamin de 15 ans deco du college, la promo 1618 ?', 'eligibility', [[...INELIGIBLE, '16 ans']], POSITIVE_WORDS),
  ]),
  c('b88-el-19ans', ['eligibility', 'promo', 'boundary'], [
    turn('jeune 19 ans suivi ML sans diplome, la promo c jouable ?', 'eligibility', [[...INELIGIBLE, 'mineur', '16 à 18', '16-18', '16/18']], POSITIVE_WORDS),
  ]),
  c('b88-el-apprenti', ['eligibility', 'promo'], [
    turn('17 ans en apprentissage chez un boulanger mais ca se passe mal, la promo ?', 'eligibility', [[...INELIGIBLE, 'ni en formation', 'pas en formation', 'décroch']], POSITIVE_WORDS),
  ]),
  c('b88-el-senior-rsa', ['eligibility', 'prepa'], [
    turn('mr 58 ans au rsa depuis longtemps, peu qualifie, il veut se former cariste mais il a peur de pas suivre. la prepa c adapte ou il est trop vieux ?', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
  ]),
  c('b88-el-lyceen', ['eligibility', 'promo'], [
    turn('ado 16 ans ASE encore au lycee mais en grosse difficulte, on peut l orienter promo ?', 'eligibility', [[...INELIGIBLE, 'quitté', 'décroch', 'décrocheur', 'sorti']], POSITIVE_WORDS),
  ]),
  c('b88-el-ass-ft', ['eligibility', 'prepa'], [
    turn('monsieur touche l ASS pas le RSA, suivi par FT, je peux le mettre en prepa comp via le CD ?', 'eligibility', [['rsa'], ['france travail', 'pôle emploi', 'pole emploi']]),
  ]),
  c('b88-el-rqth', ['eligibility', 'prepa'], [
    turn('BRSA 40 ans avec RQTH, ca bloque pour la prepa ?', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
  ]),

  // ── eligibility, two questions in one ────────────────────────────────────────
  c('b88-el2-brsa-duree', ['eligibility', 'two-questions', 'prepa'], [
    turn('mr BRSA 35 ans, il peut faire prepa comp ? et c combien de jours ?', 'eligibility', [ELIGIBLE, PREPA_DAYS], NOT_ELIGIBLE_WORDS),
  ]),
  c('b88-el2-pec-employeur', ['eligibility', 'two-questions', 'pec'], [
    turn('BRSA en contrat PEC a la mairie de caussade depuis 2 mois : competences pec ok ? et faut prevenir l employeur ?', 'eligibility', [ELIGIBLE, ['employeur'], ['accord', 'informe', 'prévenir', 'prevenir']], NOT_ELIGIBLE_WORDS),
  ]),
  c('b88-el2-ml-promo', ['eligibility', 'two-questions', 'promo'], [
    turn('une jeune de 16 ans sortie du college sans rien, ni formation ni taf. promo possible ? et c qui qui l oriente normalement ?', 'eligibility', [ELIGIBLE, ['mission locale', 'missions locales', 'c.i.o', 'cio']], NOT_ELIGIBLE_WORDS),
  ]),

  // ── eligibility, multi-turn ─────────────────────────────────────────────────
  c('b88-elm-promo-questions', ['eligibility', 'promo', 'bot-question'], [
    turn('je veux verifier si un jeune peut faire la promo', 'eligibility', [['âge', 'age', '16', 'ans']]),
    turn('17 ans, confie a l ASE', 'eligibility', [[...ELIGIBLE, 'scolar', 'formation', 'décroch', 'quitté']]),
    turn('oui il a quitte le lycee en octobre et fait rien depuis', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
  ]),
  c('b88-elm-pec-employeur', ['eligibility', 'pec'], [
    turn('j ai un monsieur au RSA en contrat PEC dans une asso, il peut faire competences pec ?', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
    turn('l employeur est pas au courant', 'eligibility', [['employeur'], ['accord', 'informer', 'informe', 'prévenir']]),
  ]),
  c('b88-elm-age-change', ['eligibility', 'promo', 'boundary'], [
    turn('jeune ASE 17 ans decrocheuse, promo ?', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
    turn('ah non pardon elle a 15 ans', 'eligibility', [[...INELIGIBLE, '16 ans']], POSITIVE_WORDS),
  ]),
  c('b88-elm-rsa-pec-then-prepa', ['eligibility', 'pec', 'prepa'], [
    turn('BRSA sans emploi, competences pec ?', 'eligibility', [[...INELIGIBLE, 'contrat pec', 'parcours emploi compétences', 'parcours emploi competences']]),
    turn('et la prepa alors ?', 'eligibility', [ELIGIBLE], NOT_ELIGIBLE_WORDS),
  ]),

  // ── out of scope ────────────────────────────────────────────────────────────
  c('b88-oos-transport', ['out_of_scope'], [
    turn('le CD peut lui rembourser ses trajets caussade montauban pendant la prepa ?', 'out_of_scope', [[...NOT_COVERED, 'conditions matérielles', 'mobilité']]),
  ]),
  c('b88-oos-salaire-pec', ['out_of_scope'], [
    turn('il touche combien un salarie en PEC ?', 'out_of_scope', [NOT_COVERED], ['smic']),
  ]),
  c('b88-oos-permis', ['out_of_scope', 'promo'], [
    turn('le permis B est finance pendant la promo 1618 ?', 'out_of_scope', [[...NOT_COVERED, 'code de la route']]),
  ]),
  c('b88-oos-creche', ['out_of_scope'], [
    turn('l afpa a une creche ou une garderie pour les mamans en prepa ?', 'out_of_scope', [[...NOT_COVERED, 'garde d’enfant', "garde d'enfant", 'conditions matérielles']]),
  ]),
  c('b88-oos-rsa-suspendu', ['out_of_scope'], [
    turn('est ce que son rsa est suspendu pendant la formation ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b88-oos-cej', ['out_of_scope', 'promo'], [
    turn('un jeune en CEJ a la ML il peut cumuler avec la promo ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b88-oos-cantine', ['out_of_scope', 'afpa-staff'], [
    turn('accueil : les stagiaires demandent si y a une cantine le midi', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b88-oos-prime', ['out_of_scope', 'two-questions'], [
    turn('elle garde sa prime d activite si elle entre en prepa ? et ses APL ?', 'out_of_scope', [NOT_COVERED]),
  ]),

  // ── contact ─────────────────────────────────────────────────────────────────
  c('b88-ct-afpa-prepa', ['contact'], [
    turn('qui contacter a l afpa pour la prepa comp', 'contact', [['battedou', 'responsable accompagnement', 'accompagnement et parcours']]),
  ]),
  c('b88-ct-coordo', ['contact'], [
    turn('c qui le coordo departemental des dispositifs ?', 'contact', [['vella', 'directeur du centre', 'directeur']]),
  ]),
  c('b88-ct-interlocuteur-cd', ['contact'], [
    turn('cote CD qui est l interlocuteur de l afpa pour l experimentation', 'contact', [['expérimentation', 'experimentation', 'désign', 'design']]),
  ]),
  c('b88-ct-habilitation', ['contact', 'panda'], [
    turn('je suis nouvelle a l antenne de nègrepelisse, qui m habilite sur panda ?', 'contact', [['afpa', 'a.f.p.a'], ['habilit']]),
  ]),
  c('b88-ct-tel', ['contact'], [
    turn('numero de tel de l afpa montauban stp', 'contact', [NOT_COVERED], ['05 63']),
  ]),
  c('b88-ctm-deploiement', ['contact'], [
    turn('qui deploie competences pec a l afpa', 'contact', [['battedou', 'responsable accompagnement', 'accompagnement et parcours']]),
    turn('et au dessus d elle ?', 'contact', [['vella', 'directeur']]),
  ]),

  // ── figures ─────────────────────────────────────────────────────────────────
  c('b88-fg-objectif-prepa', ['figures'], [
    turn('objectif 2022 prepa comp combien de RSA', 'figures', [count(30, 'trente')]),
  ]),
  c('b88-fg-entrees-annee', ['figures'], [
    turn('on en est ou sur les entrees prepa cette annee ?', 'figures', [NOT_YET]),
  ]),
  c('b88-fg-sortie-emploi', ['figures', 'promo'], [
    turn('taux de sortie positive de la promo dans le 82 ?', 'figures', [[...NOT_YET, '70']]),
  ]),
  c('b88-fg-indicateurs', ['figures'], [
    turn('quels indicateurs on suit dans le plan d action', 'figures', [['portes ouvertes', 'jpo', 'informations collectives', 'réunions métiers', 'entrés', 'taux']]),
  ]),
  c('b88-fg2-prepa-pec', ['figures', 'two-questions'], [
    turn('objectifs 2022 prepa et pec ?', 'figures', [count(30, 'trente'), count(50, 'cinquante')]),
  ]),
  c('b88-fgm-promo', ['figures', 'promo'], [
    turn('l objectif ASE pour la promo c combien', 'figures', [count(10, 'dix')]),
    turn('et on en a oriente combien pour l instant ?', 'figures', [NOT_YET]),
  ]),

  // ── prescribe ───────────────────────────────────────────────────────────────
  c('b88-pr-prepa', ['prescribe'], [
    turn('je veux prescrire une prepa comp pour une BRSA de valence', 'prescribe', [PRESCRIBE]),
  ]),
  c('b88-pr-promo-comment', ['prescribe', 'promo'], [
    turn('comment on inscrit un jeune en promo 1618', 'prescribe', [['panda', 'formulaire', 'inscri', 'prescri', 'mission locale']]),
  ]),
  c('b88-pr-pec-etapes', ['prescribe', 'pec'], [
    turn('orienter un salarie PEC vers competences pec, c quoi les etapes ?', 'prescribe', [['employeur'], ['accord', 'adhésion', 'plateforme', 'panda', 'formulaire', 'inscri']]),
  ]),
  c('b88-pr-direct', ['prescribe', 'yes-no'], [
    turn('je peux prescrire direct ou faut passer par FT ?', 'prescribe', [['direct', 'vous-même', 'sans passer']]),
  ]),
  c('b88-pr2-prepa-places', ['prescribe', 'two-questions'], [
    turn('je voudrais inscrire un BRSA en prepa volet 1, il reste de la place sur celle du 18 janvier ? si oui je prescris', 'prescribe', [seats(6), PRESCRIBE]),
  ]),
  c('b88-prm-steps', ['prescribe', 'bot-question'], [
    turn('prescrire', 'prescribe', [['prépa', 'prepa', 'dispositif', 'formulaire']]),
    turn('prepa', 'prescribe', [PRESCRIBE]),
    turn('celle du 18 janvier', 'prescribe', [[...on('2027-01-18'), ...PRESCRIBE]]),
  ]),
  c('b88-prm-agenda-then', ['prescribe', 'agenda'], [
    turn('entrees prepa volet 2 ?', 'agenda', [on('2027-02-15')]),
    turn('ok je prescris sur castel', 'prescribe', [PRESCRIBE]),
  ]),

  // ── other ───────────────────────────────────────────────────────────────────
  c('b88-ot-bjr', ['other'], [turn('bjr', 'other', [GREETING])]),
  c('b88-ot-cancel', ['other'], [turn('laisse tomber', 'other', [CANCEL])]),
  c('b88-ot-merci', ['other'], [turn('merci bcp', 'other', [THANKS])]),
  c('b88-otm-cancel', ['other', 'prescribe'], [
    turn('je veux prescrire la promo pour un jeune', 'prescribe', [PRESCRIBE]),
    turn('non annule finalement', 'other', [CANCEL]),
  ]),
  c('b88-otm-help-then', ['other', 'dispositif'], [
    turn('aide', 'other', [HELP]),
    turn('ok c quoi les 3 dispositifs', 'dispositif', [['prépa', 'prepa'], ['pec', 'p.e.c'], ['promo']]),
  ]),

  // ── mixed, two questions in one ──────────────────────────────────────────────
  c('b88-mx-rambling-promo', ['two-questions', 'promo', 'rambling'], [
    turn(
      'bon alors j ai eu la maman au tel ce matin, elle est perdue, son fils a 16 ans il est place a l ASE depuis 2 ans et il va plus au lycee depuis la toussaint, elle veut savoir si la promo c tous les jours et si c loin, vous pouvez me dire ?',
      'dispositif',
      [['jeudi'], ['montauban', 'village', 'proximité']],
    ),
  ]),
  c('b88-mx-duree-lieu-pec', ['two-questions', 'pec'], [
    turn('competences pec ca dure combien et c ou ?', 'dispositif', [PEC_DAYS, [...MONTAUBAN, ...DISTANCE, 'centre']], ['13 semaines']),
  ]),
  c('b88-mx-prepa-cout-remu', ['two-questions', 'costs'], [
    turn('prepa comp : c payant pour nous ? et la personne elle est payee ?', 'dispositif', [FREE, NOT_COVERED]),
  ]),
  c('b88-mx-promo-age-duree', ['two-questions', 'promo'], [
    turn('promo 1618 c a partir de quel age et ca dure cb', 'dispositif', [['16'], PROMO_LENGTH], PREPA_DAYS),
  ]),
  c('b88-mx-contact-agenda', ['two-questions', 'contact', 'agenda'], [
    turn('qui est la responsable accompagnement et parcours a l afpa et c quand la prochaine info coll prepa ?', 'contact', [['battedou', 'responsable accompagnement'], on('2027-01-14')]),
  ]),
  c('b88-mx-bilan-absences', ['two-questions', 'after-entry', 'prepa'], [
    turn('2 questions : le bilan de fin de prepa on le recoit comment ? et les absences on est prevenu ?', 'dispositif', [BILAN, [...NOT_COVERED, 'assiduité', 'assiduite']]),
  ]),
];
