/**
 * Blind set 114. Who speaks: mostly a référente insertion of the MDS of Castelsarrasin who
 * dictates by voice on her phone (no punctuation, homophones such as « a » for « à » and
 * « c » for « c'est », « prépa » misheard as « prepa comme pétence », run-on sentences,
 * corrections mid-message), other référents of the Département typing as in Teams
 * (abbreviations, no accents, SMS style, rambling), and a few AFPA staff of the Montauban
 * centre asking about their own side (reports, follow-up, places).
 *
 * Written blind, without looking at the bot: every expected fact comes from the agreement
 * between the Département de Tarn-et-Garonne and AFPA (with its action plan and the protocol
 * of the three programmes), from the product guide, and from the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris).
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DAYS = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DAYS = ['5 à 6 jours', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours', 'cinq ou six jours'];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', 'quatre et huit jours'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const REMOTE = ['distance', 'distanciel'];
const ONSITE = ['présentiel', 'sur place', 'dans le centre'];
const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi-jeudi', 'du lundi', 'lundi à jeudi'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const REFERENT = ['référent', 'référente', 'conseiller'];
const FOLLOW_UP_6_MONTHS = ['6 mois', 'six mois'];
const LOCAL_MISSIONS = ['mission locale', 'missions locales'];

/** The agreement is silent or the question is outside it. */
const NOT_COVERED = [
  'prévoit pas',
  'dit rien',
  'précise pas',
  'mentionne pas',
  'couvre pas',
  'traite pas',
  'aborde pas',
  'parle pas',
  'indique pas',
  'figure pas',
  'contient pas',
  'concerne pas',
  'pas prévu',
  'pas couvert',
  'hors',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'aucune indication',
  'aucune mention',
  'rien sur',
  'rien à ce sujet',
  'ne sais pas',
  'pas en mesure',
  'ne peux pas',
];
/** Figures that are not yet available. */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'aucune donnée',
  'pas de chiffre',
  'pas de donnée',
  'ne dispose pas',
  'pas connu',
  'pas en mesure',
  'n’ai pas',
  "n'ai pas",
  'pas accès',
  'aucun résultat',
  'pas de résultat',
  'pas publié',
  'aucune prescription',
  'aucun bilan',
];
/** The answer offers the prescription form or explains the steps. */
const FORM = ['formulaire', 'fiche', 'panda', 'inscri', 'remplir', 'renseign', 'adhésion', 'étape'];
/** An eligibility verdict, positive. */
const YES = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut suivre',
  'peut intégrer',
  'peut faire',
  'peut être orienté',
  'peut être prescrit',
  'correspond',
  'relève',
];
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible'];
/** An eligibility verdict, negative. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne correspond pas',
  'ne relève pas',
  'pas concerné',
  'n’entre pas',
  "n'entre pas",
  'ne remplit pas',
  'réservé',
  'uniquement',
  'seulement',
  'trop jeune',
  'non,',
  'non.',
  'non :',
];
const NOT_NO = ['oui,', 'oui.', 'oui !', 'est bien éligible', 'peut tout à fait'];
const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', ' 0 place', ...seats(0)];
const NOTHING = ['aucun', 'rien de prévu', 'rien n', 'pas d’événement', "pas d'événement", 'pas de session', 'rien ce jour'];
const NO_AMOUNT = ['€', 'euros'];

/** « 30 allocataires », « objectif : 30 », « trente ». */
function count(n: number, word: string): string[] {
  return [` ${n} `, `: ${n}`, `${n} allocataires`, `${n} bénéficiaires`, `${n} personnes`, `${n} jeunes`, `${n} BRSA`, word];
}

/** The trainings of Info Places, so that a places answer lists only the one asked. */
const OTHER_TRAININGS = (...asked: string[]) =>
  ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'].filter(
    (name) => !asked.some((a) => name.includes(a)),
  );

// ── The cases ───────────────────────────────────────────────────────────────

export const HUNDRED_FOURTEENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b114-dis-prepa-duree-voice', ['voice'], [
    turn(
      'bonjour c est pour savoir la prepa comme pétence ca dure combien de temps au total pour la personne',
      'dispositif',
      [PREPA_DAYS, TWO_WEEKS],
      ['13 semaines', 'treize semaines'],
    ),
  ]),
  c('b114-dis-volet2-correction', ['voice', 'correction'], [
    turn(
      'le volet 2 ca dure combien non pardon je voulais dire le volet 2 c est pour qui en fait quel genre de personne',
      'dispositif',
      [['sécuris', 'entrée en formation', 'entrer en formation']],
    ),
    turn('et le volet 1 lui ca dure combien de jours', 'dispositif', [VOLET1_DAYS], ['13 semaines']),
  ]),
  c('b114-dis-volets-diff-distance', ['teams', 'two-questions'], [
    turn(
      'c quoi la diff entre volet 1 et volet 2 de prepa comp et est ce qu on peut le faire a distance',
      'dispositif',
      [['projet'], ['entrée en formation', 'sécuris'], REMOTE],
    ),
  ]),
  c('b114-dis-pec-phases', ['teams'], [
    turn('competences pec il y a combien de phases', 'dispositif', [['5 phases', 'cinq phases', '5 étapes', 'cinq étapes']]),
  ]),
  c('b114-dis-pec-suite', ['teams'], [
    turn('competences pec c combien de jours', 'dispositif', [PEC_DAYS], ['13 semaines']),
    turn('et a la fin ils passent quoi comme certif', 'dispositif', [VAE, RSFP, CLEA]),
    turn('la vae dedans ca prend combien de temps', 'dispositif', [
      ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3 jours 1/2'],
    ]),
  ]),
  c('b114-dis-promo-duree-jours', ['voice', 'two-questions'], [
    turn(
      'la promo seize dix huit c combien de semaines et c est quel jour de la semaine qu ils y vont',
      'dispositif',
      [PROMO_LENGTH, MONDAY_THURSDAY],
      ['2 à 8 jours'],
    ),
  ]),
  c('b114-dis-promo-max', ['teams'], [
    turn('promo 1618 ca peut aller jusqua combien de mois au max si le jeune a besoin de temps', 'dispositif', [PROMO_MAX]),
  ]),
  c('b114-dis-promo-distanciel', ['teams'], [
    turn('la promo 1618 on peut la faire en distanciel pour un jeune a beaumont', 'dispositif', [ONSITE]),
  ]),
  c('b114-dis-prepa-distance-voice', ['voice'], [
    turn(
      'j ai une dame a castel qui a pas de voiture est ce que la prepa comme pétence elle peut la faire de chez elle a distance',
      'dispositif',
      [REMOTE],
    ),
  ]),
  c('b114-dis-cout', ['teams'], [
    turn('ca coute combien au CD une prescription prepa comp ?', 'dispositif', [
      ['sans contrepartie', 'gratuit', 'aucun coût', 'pas de coût', 'aucune contrepartie', 'financé', 'état', 'pic', 'plan d’investissement', "plan d'investissement"],
    ], NO_AMOUNT),
  ]),
  c('b114-dis-ou-duree', ['teams', 'two-questions'], [
    turn('prepa comp c ou et ca dure combien', 'dispositif', [['montauban'], PREPA_DAYS]),
  ]),
  c('b114-dis-lieu-delocalise-voice', ['voice'], [
    turn(
      'est ce que c que a montauban parce que mes gens de castel ils peuvent pas tous aller a montauban',
      'dispositif',
      [['montauban'], ['délocalis', 'ensemble du département', 'tout le département', 'ailleurs', 'castelsarrasin', 'moissac']],
    ),
  ]),
  c('b114-dis-promo-suivi', ['voice'], [
    turn('la promo 1618 c quoi en gros', 'dispositif', [PROMO_LENGTH, ['16', 'mineur', 'jeune']]),
    turn('et apres la promo y a un suivi ou ils sont lachés dans la nature', 'dispositif', [FOLLOW_UP_6_MONTHS]),
    turn('c avec qui ce suivi', 'dispositif', [LOCAL_MISSIONS]),
  ]),
  c('b114-dis-promo-premiere-semaine', ['teams'], [
    turn('promo 1618 la premiere semaine ils font quoi', 'dispositif', [
      ['engagement'],
      ['autorisation', 'parent', 'administrati', 'référent'],
    ]),
  ]),
  c('b114-dis-promo-prescripteur', ['voice'], [
    turn(
      'une jeune decrocheuse de 16 ans normalement qui lui propose la promo seize dix huit c nous ou c est quelqu un d autre',
      'dispositif',
      [['mission locale', 'missions locales', 'cio', 'c.i.o']],
    ),
  ]),
  c('b114-dis-prepa-phases', ['teams'], [
    turn('les 4 phases de prepa comp c quoi deja', 'dispositif', [['préparer'], ['engager'], ['réfléchir'], ['agir']]),
  ]),
  c('b114-dis-campagne', ['teams'], [
    turn('jusqua quand on pouvait faire entrer des BRSA sur la campagne', 'dispositif', [
      ['31 décembre 2022', '31/12/2022', '31 déc'],
    ]),
    turn('et les parcours devaient etre finis quand', 'dispositif', [['30 avril 2023', '30/04/2023', '30 avr']]),
  ]),
  c('b114-dis-accord-duree', ['teams'], [
    turn('l accord CD afpa il est signé pour combien de temps', 'dispositif', [
      ['2 ans', 'deux ans'],
      ['2022'],
    ]),
    turn('et on peut en sortir avant ?', 'dispositif', [['2 mois', 'deux mois'], ['préavis', 'résili']]),
  ]),
  c('b114-dis-pec-quand', ['teams'], [
    turn('competences pec faut attendre la fin du contrat PEC pour le mobiliser ?', 'dispositif', [
      ['signature', 'premiers mois', 'dès le début'],
    ]),
  ]),
  c('b114-dis-rsfp', ['teams'], [
    turn('c quoi le RSFP c pareil que la vae ?', 'dispositif', [['prérequis', 'pré-requis'], VAE]),
  ]),
  c('b114-dis-clea-numerique', ['two-questions'], [
    turn('c quoi clea et c quoi la difference avec clea numerique', 'dispositif', [
      ['compétences de base', 'socle'],
      ['numérique'],
    ]),
  ]),
  c('b114-dis-prepa-debrief', ['teams'], [
    turn('c quoi prepa comp', 'dispositif', [PREPA_DAYS]),
    turn('et le volet 2 ca dure combien', 'dispositif', [VOLET2_DAYS], ['13 semaines']),
    turn('c payant pour nous ?', 'dispositif', [
      ['sans contrepartie', 'gratuit', 'aucun coût', 'pas de coût', 'pas payant', 'aucune contrepartie', 'financé', 'état', 'pic'],
    ], NO_AMOUNT),
  ]),
  c('b114-dis-staff-tdb', ['afpa-staff', 'two-questions'], [
    turn(
      'cote afpa le tableau de bord des dispositifs on le transmet a qui et tous les combien',
      'dispositif',
      [['dgefp', 'd.g.e.f.p', 'délégation générale'], ['mensuel', 'chaque mois', 'tous les mois', 'par mois']],
    ),
  ]),
  c('b114-dis-staff-bilan-annuel', ['afpa-staff'], [
    turn('le bilan annuel par dispositif il part chez qui', 'dispositif', [['ddets', 'd.d.e.t.s']]),
  ]),
  c('b114-dis-staff-reunion', ['afpa-staff'], [
    turn(
      'on doit venir presenter nos actions en reunion d equipe du service insertion du CD combien de fois par an',
      'dispositif',
      [['semestre', '2 fois par an', 'deux fois par an', 'semestriel']],
    ),
  ]),
  c('b114-dis-staff-panda', ['afpa-staff'], [
    turn('panda c quoi exactement', 'dispositif', [['traçabilit', 'trace', 'plateforme', 'assiduité']]),
    turn('et c qui qui habilite les referents du CD dessus', 'dispositif', [['afpa'], ['habilit']]),
    turn('ok et le bilan individuel on le communique a qui a la fin', 'dispositif', [REFERENT]),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b114-age-castel-infocoll', ['voice', 'castelsarrasin'], [
    turn(
      'c quand la prochaine info coll prepa comme pétence a castelsarrasin',
      'agenda',
      [on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-01-07')],
    ),
    turn('il reste de la place', 'agenda', [seats(12)]),
    turn('et a valence', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
  ]),
  c('b114-age-jpo-moissac', ['teams'], [
    turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
  ]),
  c('b114-age-visite-soudure', ['teams'], [
    turn('y a une visite de plateau soudure bientot ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b114-age-volet1-entrees', ['teams'], [
    turn(
      'les entrees prepa comp volet 1 c quand',
      'agenda',
      [on('2027-01-18')],
      [...notOn('2027-01-25'), ...notOn('2027-02-15')],
    ),
    turn('c en presentiel celle la ?', 'agenda', [['présentiel', 'sur place']]),
    turn('et celle du 8 fevrier', 'agenda', [REMOTE]),
  ]),
  c('b114-age-volet2-complet', ['teams'], [
    turn('la session volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
    turn('et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin'], seats(5)], notOn('2027-01-25')),
  ]),
  c('b114-age-soudeur-visite', ['teams'], [
    turn('places soudeur dispo ?', 'agenda', [seats(4)], OTHER_TRAININGS('soudeur')),
    turn('et la visite de l atelier c quand', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b114-age-cariste-prep', ['teams', 'two-questions'], [
    turn(
      'y a de la place en cariste ? et en preparateur de commandes ?',
      'agenda',
      [seats(6), seats(5), ['castelsarrasin']],
      OTHER_TRAININGS('cariste', 'préparateur'),
    ),
  ]),
  c('b114-age-plaquiste', ['teams'], [
    turn('plaquiste ya encore des places', 'agenda', [FULL], OTHER_TRAININGS('plaquiste')),
  ]),
  c('b114-age-batiment', ['voice', 'two-questions'], [
    turn(
      'la reunion metier du batiment c ou et c quand',
      'agenda',
      [['caussade'], on('2027-02-23')],
      notOn('2027-01-26'),
    ),
  ]),
  c('b114-age-infocoll-pec', ['teams'], [
    turn('prochaine info coll competences pec ?', 'agenda', [on('2027-02-09'), ['moissac']], notOn('2027-01-14')),
    turn('c pour qui cette info coll', 'agenda', [['salarié', 'employeur', 'parcours emploi']]),
  ]),
  c('b114-age-promo-entree', ['teams'], [
    turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
  ]),
  c('b114-age-semaine', ['teams'], [
    turn(
      'quoi de prevu cette semaine',
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
  c('b114-age-castel-sessions', ['castelsarrasin'], [
    turn('sessions prepa comp a castel ?', 'agenda', [on('2027-02-15')], notOn('2027-01-18')),
    turn('et a moissac ?', 'agenda', [on('2027-03-08')], notOn('2027-02-15')),
  ]),
  c('b114-age-distanciel', ['teams'], [
    turn(
      'ya quoi en distanciel comme entrees',
      'agenda',
      [on('2027-02-08'), on('2027-03-03')],
      [...notOn('2027-01-18'), ...notOn('2027-02-15')],
    ),
  ]),
  c('b114-age-moissac-fevrier', ['voice', 'castelsarrasin'], [
    turn(
      'est ce qu il y a quelque chose a moissac en fevrier pour mes allocataires',
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-03-08'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b114-age-promo-infocoll', ['voice'], [
    turn(
      'il y a une info coll pour la promo seize dix huit avec les parents c quand',
      'agenda',
      [on('2027-03-17')],
      notOn('2027-01-14'),
    ),
  ]),
  c('b114-age-logistique', ['teams'], [
    turn('reunion metiers logistique c quand', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    turn('ils evaluent les gens sur place ?', 'agenda', [['évalu']]),
  ]),
  c('b114-age-staff-infocoll', ['afpa-staff'], [
    turn(
      'afpa montauban, on a mis combien de places sur l info coll prepa du 14',
      'agenda',
      [seats(15)],
    ),
  ]),
  c('b114-age-macon', ['teams', 'two-questions'], [
    turn(
      'la formation macon elle commence quand et y a combien de places',
      'agenda',
      [on('2027-02-15'), seats(3)],
      OTHER_TRAININGS('maçon'),
    ),
  ]),
  c('b114-age-demain', ['teams'], [
    turn('y a quoi demain a l afpa', 'agenda', [[...NOTHING, ...on('2027-01-14')]], notOn('2027-01-07')),
  ]),
  c('b114-age-montauban-jpo', ['teams', 'two-questions'], [
    turn(
      'prochaine info coll prepa a montauban et la prochaine jpo svp',
      'agenda',
      [on('2027-01-14'), on('2027-02-03')],
      [...notOn('2027-01-21'), ...notOn('2027-01-07')],
    ),
  ]),
  c('b114-age-visites', ['teams', 'two-questions'], [
    turn('visite soudure et visite elec c quand les 2', 'agenda', [on('2027-01-19'), on('2027-03-10')]),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b114-eli-brsa-non-ft', ['voice'], [
    turn(
      'j ai une madame de 45 ans au RSA elle est pas inscrite a france travail est ce qu elle peut faire la prepa comme pétence',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b114-eli-ase-17', ['teams', 'two-questions'], [
    turn(
      'jeune ASE 17 ans decroche depuis septembre fait plus rien, promo 1618 ok ? et faut l autorisation des parents ?',
      'eligibility',
      [YES, ['autorisation', 'parent']],
      NOT_YES,
    ),
  ]),
  c('b114-eli-ase-16-puis-15', ['voice'], [
    turn(
      'une jeune de 16 ans confiee a l ASE elle a arrete le college en troisieme elle fait rien est ce qu elle peut aller a la promo seize dix huit',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    turn('et si elle avait 15 ans et demi', 'eligibility', [[...NO, '16 ans', 'seize ans', 'pas encore']], NOT_NO),
  ]),
  c('b114-eli-15', ['teams'], [
    turn('jeune ASE 15 ans promo 1618 possible ?', 'eligibility', [[...NO, '16 ans', 'pas encore']], NOT_NO),
  ]),
  c('b114-eli-lycee', ['voice'], [
    turn(
      'j ai un jeune de 17 ans il est encore au lycee en premiere mais il est tres demotive la promo ca pourrait le faire',
      'eligibility',
      [[...NO, 'quitté', 'décroch', 'sorti']],
      NOT_NO,
    ),
  ]),
  c('b114-eli-apprenti', ['teams'], [
    turn('jeune 17 ans en apprentissage en boulangerie, promo 1618 ?', 'eligibility', [NO], NOT_NO),
  ]),
  c('b114-eli-19', ['teams'], [
    turn('jeune 19 ans suivi ML sans diplome promo 1618 possible', 'eligibility', [[...NO, 'mineur', '18 ans']], NOT_NO),
  ]),
  c('b114-eli-ml-16', ['teams'], [
    turn(
      'jeune 16 ans suivi ML a quitte le college pas en formation bosse pas, promo 1618 ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    turn('y a une entree quand', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
  ]),
  c('b114-eli-pec-mairie', ['voice'], [
    turn(
      'un monsieur de 38 ans au RSA il est en PEC a la mairie depuis 2 mois comme agent technique est ce qu il peut faire competences PEC',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    turn('ok comment je le prescris', 'prescribe', [FORM]),
  ]),
  c('b114-eli-cdi', ['teams'], [
    turn(
      'madame en CDI temps partiel chez intermarche, pas de PEC, elle veut faire valider son experience, competences PEC possible ?',
      'eligibility',
      [[...NO, 'parcours emploi compétences', 'contrat pec']],
      NOT_NO,
    ),
  ]),
  c('b114-eli-58-vae', ['voice'], [
    turn(
      'monsieur BRSA 58 ans il est pas en PEC il veut faire une VAE est ce que competences PEC ca marche pour lui',
      'eligibility',
      [NO],
      NOT_NO,
    ),
    turn('et prepa comp alors', 'eligibility', [YES], NOT_YES),
  ]),
  c('b114-eli-rqth', ['teams'], [
    turn('monsieur BRSA avec RQTH suivi aussi par cap emploi, il peut aller en prepa comp ?', 'eligibility', [YES], NOT_YES),
  ]),
  c('b114-eli-ass', ['teams'], [
    turn(
      'un monsieur a l ASS pas au RSA qu on suit quand meme a la MDS, prepa comp possible via nous ?',
      'eligibility',
      [['rsa', 'allocataire']],
      ['est bien éligible'],
    ),
  ]),
  c('b114-eli-deux-cas', ['voice', 'two-questions'], [
    turn(
      'j ai deux situations un papa au RSA de 30 ans pour la prepa comme pétence et son fils de 15 ans qui a lache l ecole pour la promo',
      'eligibility',
      [YES, ['16 ans', 'seize ans', 'trop jeune', 'pas éligible', 'ne peut pas', 'pas encore']],
    ),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b114-oos-remuneration', ['voice'], [
    turn(
      'une BRSA qui fait la prepa comme pétence est ce qu elle est remuneree pendant les jours de formation',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
    turn('et les frais de transport de castel a montauban c rembourse ?', 'out_of_scope', [NOT_COVERED], NO_AMOUNT),
  ]),
  c('b114-oos-rsa-maintien', ['voice', 'correction'], [
    turn(
      'est ce qu elle garde son RSA pendant la promo non pardon pendant la prepa comp',
      'out_of_scope',
      [NOT_COVERED],
      NO_AMOUNT,
    ),
  ]),
  c('b114-oos-permis', ['teams'], [
    turn('l afpa finance le permis B pour les BRSA ?', 'out_of_scope', [NOT_COVERED], NO_AMOUNT),
  ]),
  c('b114-oos-lot', ['teams'], [
    turn(
      'c pareil dans le Lot ? j ai une BRSA qui demenage a cahors le mois pro',
      'out_of_scope',
      [[...NOT_COVERED, 'tarn-et-garonne', 'tarn et garonne']],
    ),
  ]),
  c('b114-oos-meteo', ['voice'], [
    turn('il va faire quel temps demain a castelsarrasin', 'out_of_scope', [[...NOT_COVERED, 'uniquement', 'seulement']]),
  ]),
  c('b114-oos-cpf', ['teams'], [
    turn('elle peut utiliser son CPF en plus pour financer une formation apres prepa comp ?', 'out_of_scope', [NOT_COVERED], NO_AMOUNT),
  ]),
  c('b114-oos-maladie', ['teams'], [
    turn('si la personne est en arret maladie pendant prepa comp on fait comment', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b114-oos-garderie', ['voice'], [
    turn(
      'est ce qu il y a une garderie a l afpa pour les enfants pendant la formation parce que ma dame elle a deux petits',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),
  c('b114-oos-prolongation', ['teams'], [
    turn('la convention elle a ete prolongee apres 2023 ou pas ?', 'out_of_scope', [[...NOT_COVERED, 'avenant']]),
  ]),
  // ── contact ───────────────────────────────────────────────────────────────
  c('b114-con-coordo', ['teams'], [
    turn('qui est le coordo departemental des dispositifs cote afpa', 'contact', [['vella']]),
  ]),
  c('b114-con-battedou', ['teams'], [
    turn('c qui fabienne battedou', 'contact', [['accompagnement et parcours', 'déploiement']]),
  ]),
  c('b114-con-deploiement-pec', ['voice'], [
    turn(
      'a qui je m adresse a l afpa pour une question sur le deploiement de competences PEC',
      'contact',
      [['battedou', 'responsable accompagnement']],
    ),
  ]),
  c('b114-con-interlocuteur-cd', ['teams'], [
    turn('cote departement c qui l interlocuteur de l afpa pour les dispositifs', 'contact', [['référent', 'référente']]),
  ]),
  c('b114-con-signataires', ['teams', 'two-questions'], [
    turn('qui a signe l accord pour l afpa et pour le departement', 'contact', [['vella'], ['weill']]),
  ]),
  c('b114-con-tel', ['teams'], [
    turn('c quoi le numero de tel de l afpa montauban', 'contact', [
      [...NOT_COVERED, 'pas de numéro', 'aucun numéro', 'ne donne pas', 'ne fournit pas', 'vella', 'battedou'],
    ]),
  ]),
  c('b114-con-promo-directeur', ['teams'], [
    turn('qui s occupe de la promo 1618 a l afpa', 'contact', [['battedou', 'accompagnement et parcours']]),
    turn('et le directeur du centre c qui', 'contact', [['vella']]),
  ]),
  c('b114-con-deux', ['voice', 'two-questions'], [
    turn(
      'c qui le coordonnateur et c qui qui gere le deploiement des prestations a l afpa',
      'contact',
      [['vella'], ['battedou']],
    ),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b114-fig-prepa-pec-suivi', ['teams'], [
    turn('objectif prepa comp pour 2022 c combien de BRSA', 'figures', [count(30, 'trente')]),
    turn('et pour competences pec ?', 'figures', [count(50, 'cinquante')]),
    turn('et on en est ou des entrees', 'figures', [NOT_YET]),
  ]),
  c('b114-fig-ase', ['teams'], [
    turn('combien de jeunes ASE vers la promo dans les objectifs', 'figures', [count(10, 'dix jeunes')]),
  ]),
  c('b114-fig-entrees-annee', ['voice'], [
    turn(
      'on en est ou des entrees des allocataires en prepa comme pétence cette annee',
      'figures',
      [NOT_YET],
    ),
  ]),
  c('b114-fig-sorties', ['teams'], [
    turn('taux de sortie positive vise pour la promo ?', 'figures', [['70 %', '70%', '70 pour cent', 'soixante-dix']]),
  ]),
  c('b114-fig-prepa-et-pec', ['teams', 'two-questions'], [
    turn('les objectifs prepa et competences pec c combien', 'figures', [count(30, 'trente'), count(50, 'cinquante')]),
  ]),
  c('b114-fig-ase-sorties', ['teams', 'two-questions'], [
    turn(
      'objectif jeunes ASE promo 1618 et taux de sortie positive attendu',
      'figures',
      [count(10, 'dix jeunes'), ['70 %', '70%', '70 pour cent', 'soixante-dix']],
    ),
  ]),
  c('b114-fig-indicateurs-jpo', ['teams'], [
    turn('quels indicateurs pour les jpo et les visites', 'figures', [['nombre'], ['plateau', 'visite']]),
  ]),
  c('b114-fig-staff-pec', ['afpa-staff'], [
    turn('cote afpa combien on a de BRSA entres en competences pec ateliers 2 et 3 a ce jour', 'figures', [NOT_YET]),
  ]),
  c('b114-fig-promo-national', ['teams'], [
    turn('la promo 1618 au niveau national c pour combien de jeunes', 'figures', [['35 000', '35000', '35\u00a0000', '35 mille', 'trente-cinq mille']]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b114-pre-prepa', ['teams'], [
    turn('je veux prescrire prepa comp pour un monsieur BRSA', 'prescribe', [FORM]),
  ]),
  c('b114-pre-promo-correction', ['voice', 'correction'], [
    turn(
      'comment on fait pour inscrire quelqu un a la prepa comme pétence non pardon je voulais dire a la promo seize dix huit',
      'prescribe',
      [FORM],
    ),
  ]),
  c('b114-pre-employeur', ['teams'], [
    turn('pour competences pec faut l accord de l employeur ?', 'prescribe', [['employeur'], ['accord', 'oui', 'inform']]),
  ]),
  c('b114-pre-direct', ['teams'], [
    turn('je peux prescrire prepa comp en direct ou faut passer par FT', 'prescribe', [
      ['directement', 'direct', 'sans passer'],
    ]),
    turn('ok alors je le fais maintenant', 'prescribe', [FORM]),
  ]),
  c('b114-pre-session', ['teams'], [
    turn('prescrire sur la session prepa volet 1 du 18 janvier', 'prescribe', [FORM]),
  ]),
  c('b114-pre-avant', ['voice'], [
    turn(
      'avant de prescrire je dois faire quoi avec la personne moi en tant que referente',
      'prescribe',
      [['adhésion', 'accord', 'inform'], ['mobilité', 'garde', 'conditions matérielles']],
    ),
  ]),
  c('b114-pre-pec-castel', ['voice', 'castelsarrasin'], [
    turn(
      'bonjour c est la MDS de castel je voudrais orienter une dame au RSA vers competences PEC elle est en PEC en mairie depuis un mois',
      'prescribe',
      [FORM],
    ),
  ]),
  c('b114-pre-accord-personne', ['teams', 'two-questions'], [
    turn(
      'comment je prescris prepa comp et est ce que la personne doit etre d accord',
      'prescribe',
      [FORM, ['adhésion', 'accord', 'consent']],
    ),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b114-oth-bonjour', ['teams'], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b114-oth-aide', ['teams'], [
    turn('tu sais faire quoi', 'other', [['prescri'], ['agenda', 'date', 'calendrier', 'événement', 'dispositif']]),
  ]),
  c('b114-oth-annule', ['teams'], [
    turn('je veux prescrire', 'prescribe', [FORM]),
    turn('non laisse tomber annule', 'other', [
      ['annul', 'abandon', 'pas de souci', 'd’accord', "d'accord", 'ok', 'entendu', 'noté'],
    ]),
  ]),
  c('b114-oth-merci', ['voice'], [
    turn('merci beaucoup bonne journee', 'other', [
      ['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'à votre service', 'à bientôt', 'bonne fin'],
    ]),
  ]),
  c('b114-oth-bonjour-promo', ['voice'], [
    turn('salut c est nadia de la mds de castelsarrasin', 'other', [['bonjour', 'salut', 'hello']]),
    turn('c koi la promo 1618', 'dispositif', [PROMO_LENGTH]),
  ]),
];
