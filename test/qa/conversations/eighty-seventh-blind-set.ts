/**
 * Eighty-seventh blind set. Who speaks: hurried référents insertion and travailleurs
 * sociaux of the Département (CD82), typing in Teams on their phone: SMS style, no
 * accents, typos, abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, ASE, info
 * coll, JPO), half-remembered programme names, follow-ups that only make sense after the
 * previous turn, two questions in one message, rambling case notes with the question
 * buried inside, and traps the agreement does not cover (permis, logement, salaire,
 * transport, CPF, another organisation's training).
 *
 * Written blind from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its action plan and the protocol of the three programmes), the product guide and
 * the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without
 * looking at the bot's code or at any other set.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Several groups of alternatives merged into one group. */
const anyOf = (...groups: string[][]): string[] => [...new Set(groups.flat())];

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '8 jours max',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 et 6 jours', 'cinq à six jours', '5 à 6 j', '5-6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4 à 8 j', '4-8 jours'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_FOLLOW_UP = ['6 mois', 'six mois'];

const PREPA = ['prépa compétences', 'prepa competences', 'prépa comp', 'prepa comp'];
const COMP_PEC = ['compétences pec', 'competences pec', 'compétences p.e.c', 'competences p.e.c'];
const PROMO = ['promo 16', 'promo1618', 'promo 1618', 'la promo'];

const PEC_ENDINGS_VAE = ['vae', 'v.a.e', 'validation des acquis'];
const PEC_ENDINGS_RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const PEC_ENDINGS_CLEA = ['cléa', 'clea'];

const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'coûte rien',
  'aucun frais',
  'pas de frais',
  'sans frais',
  'financé par l',
  'pris en charge par l',
  'financement de l',
  'état',
  'pic',
  'investissement dans les compétences',
];
const STATE = ['état', 'etat'];
const PIC = ['pic', 'p.i.c', 'investissement dans les compétences'];

const PROJECT = ['projet professionnel', 'projet pro', 'consolider', 'son projet'];
const SECURE_TRAINING = ['entrée en formation', 'sécuriser', 'sécurise', 'sécurisation'];
const REMOTE = ['distance', 'distanciel'];
const ON_SITE = ['présentiel', 'sur place', 'dans le centre'];

const ML = ['mission locale', 'missions locales'];
const CIO = ['cio', 'c.i.o', 'centre d’information et d’orientation', "centre d'information et d'orientation"];
const BILAN = ['bilan individuel', 'bilan'];
const REFERENT = ['référent', 'referent', 'conseiller'];
const EMPLOYER = ['employeur'];

// Contacts (article 3 and protocol section 6).
const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const RAP = ['responsable accompagnement et parcours', 'accompagnement et parcours'];
const COORDINATOR = ['coordonnateur', 'coordinateur', 'coordination', 'directeur'];
const WEILL = ['weill'];
const DGEFP = ['dgefp', 'd.g.e.f.p', 'délégation générale à l’emploi', "délégation générale à l'emploi"];
const DDETSPP = ['ddetspp', 'd.d.e.t.s.p.p', 'ddets'];

// Verdicts.
const YES = [
  'éligible',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut y',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'oui',
  'correspond',
  'possible',
  'remplit',
  'rentre dans',
  'relève',
];
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'réservé',
  'pas accessible',
  'ne relève pas',
  'non,',
  'non.',
  'non :',
  'pas ouvert',
  'ne rentre pas',
  'trop jeune',
  'trop âgé',
  'au-delà',
  'pas concerné',
  'pas le public',
  'ne fait pas partie',
  'ne pourra pas',
  'pas pour lui',
  'pas pour elle',
];
const PROMO_YES = ['est éligible à la promo', 'peut entrer dans la promo', 'peut intégrer la promo', 'peut faire la promo'];
const COMP_PEC_YES = ['est éligible à compétences pec', 'est éligible à compétences p.e.c', 'peut faire compétences pec'];

// What the agreement does not say.
const SILENT = [
  'ne prévoit pas',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'ne traite pas',
  'ne parle pas',
  'pas couvert',
  'ne concerne pas',
  'ne fixe pas',
  'ne figure pas',
  'aborde pas',
  'pas d’information',
  "pas d'information",
  'ne contient pas',
  'rien sur',
  'pas de précision',
  'indique pas',
  'pas mentionn',
  'relève pas',
  'en dehors',
  'pas le cadre',
  'ne prend pas en charge',
  'ne sais pas',
  'pas de réponse',
  'ne porte pas',
  'pas traité',
  'ne donne pas',
  'pas dans l’accord',
  "pas dans l'accord",
];

// Figures not yet available.
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
  'pas de résultat',
  'aucun résultat',
  'aucune entrée',
  '0 entrée',
  'aucune prescription',
  'pas connu',
  'pas de remontée',
  'pas publié',
  'pas été publié',
  'pas en mesure',
];

// Prescription offered, or its steps explained.
const PRESCRIBE = ['formulaire', 'prescri', 'panda', 'inscri', 'étape', 'remplir', 'renseign'];

// Agenda words.
const MONTAUBAN = ['montauban'];
const CASTELSARRASIN = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const VALENCE = ['valence'];
const FULL = ['complet', '0 place', 'aucune place', 'plus de place', 'pas de place', 'places : 0', 'places disponibles : 0', 'plus aucune'];
const PAST = ['passé', 'déjà eu lieu', 'a eu lieu', 'terminé', 'était le', 'déjà passée'];
const TWO_PM = ['14h', '14:00', '14 h'];
const PAST_JPO = notOn('2027-01-07');

// Greetings, help, cancel.
const HELLO = ['bonjour', 'salut', 'hello', 'bienvenue'];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'question', 'calendrier', 'prépa'];
const CANCEL = ['annul', 'accord', 'abandonn', 'arrêt', 'stop', 'ok'];
const THANKS = ['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'hésitez', 'à votre service', 'à bientôt', 'volontiers'];

export const EIGHTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b87-prepa-what', ['half-name'], [
    turn('prepa comp c koi en 2 mots', 'dispositif', [anyOf(PROJECT, SECURE_TRAINING)], ['13 semaines']),
  ]),
  c('b87-prepa-duration-then-after', ['follow-up'], [
    turn('prepa competence ca dure cmb', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    turn('sur combien de temps ?', 'dispositif', [TWO_WEEKS], ['13 semaines']),
    turn('ok et apres ?', 'dispositif', [anyOf(BILAN, ['formation'])]),
  ]),
  c('b87-pec-what-duration-cost', ['follow-up', 'half-name'], [
    turn('c quoi competence pec', 'dispositif', [['parcours emploi compétences', 'p.e.c', 'pec'], anyOf(PEC_ENDINGS_VAE, ['certification'])]),
    turn('ca dure ?', 'dispositif', [PEC_DURATION], ['13 semaines', '2 à 8 jours']),
    turn('ca coute ?', 'dispositif', [FREE]),
  ]),
  c('b87-promo-max-duration', ['half-name'], [
    turn('promo 16 18 ca peut durer plus que 3 mois si le jeune a besoin de souffler entre les phases ?', 'dispositif', [PROMO_MAX]),
  ]),
  c('b87-young-thing-then-modality', ['follow-up', 'half-name'], [
    turn('le truc afpa pour les jeunes decrocheurs c quoi deja', 'dispositif', [PROMO, ['16']]),
    turn('c sur place ou a distance ?', 'dispositif', [ON_SITE]),
  ]),
  c('b87-prepa-modality-cost', ['two-questions'], [
    turn('prepa comp c en presentiel ou a distance ? et ca coute qqch au CD ?', 'dispositif', [REMOTE, ['présentiel'], FREE]),
  ]),
  c('b87-promo-days-parents', ['two-questions', 'rambling'], [
    turn('la promo 1618 c quels jours de la semaine ? mon jeune a un suivi psy le vendredi. et faut l accord des parents ?', 'dispositif', [['lundi'], ['jeudi'], ['autorisation', 'parents', 'parental']]),
  ]),
  c('b87-prepa-volets-diff', [], [
    turn('volet 1 volet 2 prepa c quoi la diff', 'dispositif', [PROJECT, SECURE_TRAINING]),
  ]),
  c('b87-prepa-volet2-duration', ['follow-up'], [
    turn('prepa comp volet 1 c cmb de jours ?', 'dispositif', [VOLET1_DURATION], ['13 semaines']),
    turn('et le 2 ?', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
  ]),
  c('b87-promo-phases', ['half-name'], [
    turn('c quoi les phases de la promo 16/18', 'dispositif', [['engagement'], ['construction'], ['suite']]),
  ]),
  c('b87-pec-endings', [], [
    turn('competences pec ca debouche sur quoi ? une vae ?', 'dispositif', [PEC_ENDINGS_VAE, PEC_ENDINGS_RSFP, PEC_ENDINGS_CLEA]),
  ]),
  c('b87-pec-portfolio', [], [
    turn('c koi le portefeuille de competences ds la PEC, c pour tout le monde ?', 'dispositif', [['portefeuille'], ['chaque', 'systématique', 'tous', 'toutes', 'oui']]),
  ]),
  c('b87-promo-who-where', ['two-questions', 'half-name'], [
    turn('qui oriente vers la 1618 normalement et ca se passe ou ?', 'dispositif', [anyOf(ML, CIO), MONTAUBAN]),
  ]),
  c('b87-prepa-who-for-who-prescribes', ['two-questions'], [
    turn('prepa comp c pour qui et qui peut prescrire ?', 'dispositif', [['rsa', 'éloignées de l’emploi', "éloignées de l'emploi", 'éloignés de l', 'peu ou pas qualifi'], ['département', 'référent', 'cd82', 'conseil départemental', 'services']]),
  ]),
  c('b87-bilan-prepa-then-pec', ['follow-up', 'after-prescription'], [
    turn('y a un retour a la fin de prepa comp ? j ai rien recu la derniere fois', 'dispositif', [BILAN, REFERENT]),
    turn('et pour la pec ?', 'dispositif', [BILAN, anyOf(PEC_ENDINGS_VAE, COMP_PEC, ['pec'])]),
  ]),
  c('b87-promo-after', ['after-prescription'], [
    turn('la promo apres les 13 semaines il se passe quoi ils sont lachés dans la nature ?', 'dispositif', [PROMO_FOLLOW_UP, ML]),
  ]),
  c('b87-prepa-other-organism', [], [
    turn('prepa comp ca marche aussi si la formation visee est dans un autre organisme que l afpa ?', 'dispositif', [['hors afpa', 'hors a.f.p.a', 'autre organisme', 'oui']]),
  ]),
  c('b87-who-funds', [], [
    turn('c finance par qui tout ca', 'dispositif', [STATE, PIC]),
  ]),
  c('b87-prepa-remuneration', ['trap'], [
    turn('ils sont remunerés les gens en prepa comp ?', 'dispositif', [SILENT], ['smic']),
  ]),
  c('b87-panda', [], [
    turn('panda c quoi ce truc', 'dispositif', [['traçabilité', 'trace', 'suivi des parcours', 'parcours']]),
  ]),
  c('b87-agreement-length', [], [
    turn('l accord cd afpa il dure combien de temps', 'dispositif', [['2 ans', 'deux ans'], ['2022']]),
  ]),
  c('b87-campaign-dates', ['two-questions'], [
    turn('dans l accord les entrees c etait jusqu a quand et les parcours finis quand ?', 'dispositif', [['31 décembre 2022', '31/12/2022', '31 déc'], ['30 avril 2023', '30/04/2023', '30 avr']]),
  ]),
  c('b87-pec-when-employer', ['two-questions'], [
    turn('competences pec on peut le lancer a quel moment du contrat et faut prevenir l employeur ?', 'dispositif', [['signature', 'premiers mois', 'dès le début', 'début du contrat'], EMPLOYER]),
  ]),
  c('b87-pec-workshops', [], [
    turn('competences pec concretement ca se passe comment, c des ateliers ?', 'dispositif', [['atelier'], ['demi-journée', 'demi journée', 'phase']]),
  ]),
  c('b87-promo-target-and-duration', ['two-questions'], [
    turn('la 1618 c pour quel age et ca dure combien', 'dispositif', [['16'], PROMO_DURATION], ['2 à 8 jours']),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b87-next-info-coll-prepa', [], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), MONTAUBAN], PAST_JPO),
  ]),
  c('b87-info-coll-castel-places-valence', ['follow-up'], [
    turn('info coll prepa a castel ?', 'agenda', [on('2027-01-21'), CASTELSARRASIN], notOn('2027-03-04')),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
    turn('et a valence ?', 'agenda', [on('2027-03-04'), VALENCE], notOn('2027-01-21')),
  ]),
  c('b87-next-jpo-then-moissac', ['follow-up'], [
    turn('prochaine jpo', 'agenda', [on('2027-02-03')], PAST_JPO),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), MOISSAC], [...PAST_JPO, ...notOn('2027-02-03')]),
  ]),
  c('b87-visit-welding', [], [
    turn('visite plateau soudure c quand svp', 'agenda', [on('2027-01-19'), TWO_PM], notOn('2027-03-10')),
  ]),
  c('b87-logistics-meeting', [], [
    turn('reunion metier logistique ? g 2 BRSA interessés par cariste', 'agenda', [on('2027-01-26'), MONTAUBAN], notOn('2027-02-23')),
  ]),
  c('b87-building-meeting-time-seats', ['follow-up'], [
    turn('reunion metiers batiment ?', 'agenda', [on('2027-02-23'), CAUSSADE], notOn('2027-01-26')),
    turn('a quelle heure', 'agenda', [TWO_PM]),
    turn('cmb de places', 'agenda', [seats(12)]),
  ]),
  c('b87-prepa-v1-next-entry', [], [
    turn('prochaine entree prepa comp volet 1', 'agenda', [on('2027-01-18'), MONTAUBAN], notOn('2027-01-25')),
  ]),
  c('b87-prepa-v2-when-seats', ['two-questions'], [
    turn('prepa volet 2 ca demarre quand et ya de la place ?', 'agenda', [on('2027-02-15'), CASTELSARRASIN], notOn('2027-01-18')),
  ]),
  c('b87-prepa-remote', [], [
    turn('prepa comp a distance c quand la prochaine session', 'agenda', [on('2027-02-08'), REMOTE], [...notOn('2027-01-18'), ...notOn('2027-02-15')]),
  ]),
  c('b87-pec-atelier2-and-3', ['two-questions'], [
    turn('entree competences pec atelier 2 c quand ? et l atelier 3 ?', 'agenda', [on('2027-01-20'), on('2027-02-10')]),
  ]),
  c('b87-promo-entry-then-info-coll', ['follow-up'], [
    turn('promo 16 18 prochaine entree', 'agenda', [on('2027-02-01'), MONTAUBAN]),
    turn('et l info coll pour les parents ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    turn('ou ca ?', 'agenda', [MONTAUBAN], [...CASTELSARRASIN, ...MOISSAC]),
  ]),
  c('b87-places-welder', [], [
    turn('formation soudeur il reste des places ?', 'agenda', [seats(4)], ['cariste', 'plaquiste', 'restauration', 'propreté']),
  ]),
  c('b87-places-forklift-then-picker', ['follow-up'], [
    turn('ya des places cariste ?', 'agenda', [seats(6), on('2027-01-27')], ['soudeur', 'plaquiste']),
    turn('et preparateur de commandes ?', 'agenda', [seats(5), CASTELSARRASIN], ['soudeur', 'plaquiste']),
  ]),
  c('b87-places-plasterer-full', [], [
    turn('plaquiste il reste de la place ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b87-places-electrician', [], [
    turn('electricien formation dispo ? places ?', 'agenda', [seats(2), MONTAUBAN]),
  ]),
  c('b87-moissac-anything', [], [
    turn('ya quoi a moissac prochainement', 'agenda', [anyOf(on('2027-02-09'), on('2027-02-17'), on('2027-02-22'), on('2027-03-08')), MOISSAC], PAST_JPO),
  ]),
  c('b87-this-week-next-week', ['follow-up'], [
    turn('cette semaine ya quoi', 'agenda', [on('2027-01-14')], [...PAST_JPO, ...notOn('2027-01-19'), ...notOn('2027-01-21')]),
    turn('et la semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-01-26')]),
  ]),
  c('b87-places-catering-cleaning', ['two-questions'], [
    turn('agent de restau a caussade ya de la place ? et agent de proprete ?', 'agenda', [seats(4), seats(7), CAUSSADE, MOISSAC], ['plaquiste', 'soudeur']),
  ]),
  c('b87-info-coll-pec', [], [
    turn('info coll pec ? c pour un salarié PEC en mairie', 'agenda', [on('2027-02-09'), MOISSAC], notOn('2027-01-14')),
  ]),
  c('b87-past-jpo', [], [
    turn('la jpo du 7 janvier je peux encore y envoyer qqn ?', 'agenda', [anyOf(PAST, on('2027-02-03'))]),
  ]),
  c('b87-prepa-duration-and-next-entry', ['two-questions'], [
    turn('prepa comp ca dure cmb et c quand la prochaine entree', 'agenda', [PREPA_DURATION, on('2027-01-18')], ['13 semaines']),
  ]),
  c('b87-prepa-v2-full-then-next', ['follow-up'], [
    turn('la session prepa volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
    turn('ok et la suivante ?', 'agenda', [on('2027-02-15'), CASTELSARRASIN]),
  ]),
  c('b87-info-coll-promo-and-places', ['two-questions'], [
    turn('c quand l info coll promo 16/18 et cmb de places', 'agenda', [on('2027-03-17'), seats(12)], notOn('2027-01-14')),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b87-elig-brsa-45-prepa', [], [
    turn('mr 45 ans BRSA non inscrit FT, veut bosser son projet pro, prepa comp ok ?', 'eligibility', [YES, PREPA], NOT_YES),
  ]),
  c('b87-elig-ase-17-promo', [], [
    turn('jeune ASE 17 ans decroche du lycee en octobre, rien depuis, ni taf ni formation. promo 1618 possible ?', 'eligibility', [YES, PROMO], NOT_YES),
  ]),
  c('b87-elig-ase-15-promo', [], [
    turn('jeune 15 ans ASE sorti du college, la promo ?', 'eligibility', [NO, ['16']], PROMO_YES),
  ]),
  c('b87-elig-ml-19-promo', [], [
    turn('jeune 19 ans suivi ML, promo 16 18 ?', 'eligibility', [NO, ['18', 'mineur', '16']], PROMO_YES),
  ]),
  c('b87-elig-pec-worker', [], [
    turn('mme en contrat PEC depuis 2 mois dans une asso, elle voudrait faire valider son experience, competence pec ?', 'eligibility', [YES, anyOf(COMP_PEC, PEC_ENDINGS_VAE, ['certification'])], NOT_YES),
  ]),
  c('b87-elig-brsa-no-pec', [], [
    turn('BRSA sans contrat PEC, competences pec possible ?', 'eligibility', [NO, ['pec', 'p.e.c', 'parcours emploi']], COMP_PEC_YES),
  ]),
  c('b87-elig-apprentice-16', [], [
    turn('jeune 16 ans en apprentissage chez un boulanger, la 1618 ?', 'eligibility', [NO], PROMO_YES),
  ]),
  c('b87-elig-ml-16-dropout', [], [
    turn('jeune 16 ans pas ASE, suivi par la ML, a lache le lycee pro en nov, ne fait rien. promo ?', 'eligibility', [YES, PROMO], NOT_YES),
  ]),
  c('b87-elig-brsa-52-then-promo', ['follow-up', 'rambling'], [
    turn('bonjour, j ai un monsieur de 52 ans au RSA depuis 3 ans, inscrit FT, il veut entrer en formation cariste mais il a peur de pas suivre, il a quitté l ecole tot. qu est ce que je peux lui proposer ?', 'eligibility', [anyOf(YES, PREPA), anyOf(PREPA, SECURE_TRAINING)], NOT_YES),
    turn('et la promo ca pourrait le faire ?', 'eligibility', [NO, ['16', '18', 'mineur', 'jeune']], PROMO_YES),
  ]),
  c('b87-elig-ass-not-rsa', [], [
    turn('personne ASS pas au RSA, suivie par FT, je peux la mettre sur prepa comp via le CD ?', 'eligibility', [['rsa', 'r.s.a'], ['france travail', 'pôle emploi', 'pole emploi']]),
  ]),
  c('b87-elig-rqth-brsa', [], [
    turn('BRSA 38 ans avec RQTH, prepa comp envisageable ?', 'eligibility', [YES, PREPA], NOT_YES),
  ]),
  c('b87-elig-17-cdi', [], [
    turn('jeune 17 ans a quitte le lycee en juin mais bosse en CDI au fast food, la promo ?', 'eligibility', [NO], PROMO_YES),
  ]),
  c('b87-elig-16-in-school', [], [
    turn('ado 16 ans ASE, en 3e au college, va en cours normalement. promo 1618 pour lui ?', 'eligibility', [NO], PROMO_YES),
  ]),
  c('b87-elig-ase-generic-then-age', ['follow-up'], [
    turn('un jeune de l ASE peut faire la 1618 ?', 'eligibility', [['16'], ['18', 'mineur']]),
    turn('il a 15 ans et demi', 'eligibility', [NO, ['16']], PROMO_YES),
  ]),
  c('b87-elig-brsa-volet2', [], [
    turn('BRSA 30 ans, projet aide soignante deja validé dans un autre organisme mais elle a peur d echouer, volet 2 prepa ?', 'eligibility', [YES, anyOf(['volet 2'], SECURE_TRAINING)], NOT_YES),
  ]),
  c('b87-elig-pec-and-prepa', ['two-questions'], [
    turn('mr BRSA en PEC espaces verts mairie : il peut faire competences pec ? et prepa comp aussi ?', 'eligibility', [YES, COMP_PEC, PREPA]),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b87-oos-driving-licence', ['trap'], [
    turn('prepa comp ca finance le permis B ?', 'out_of_scope', [SILENT]),
  ]),
  c('b87-oos-housing', ['trap'], [
    turn('l afpa peut loger la personne pendant la formation ? elle habite a 60 km', 'out_of_scope', [SILENT]),
  ]),
  c('b87-oos-pec-salary', ['trap'], [
    turn('salaire d un PEC c combien ?', 'out_of_scope', [SILENT], ['smic', '€']),
  ]),
  c('b87-oos-transport', ['trap'], [
    turn('les frais de transport pour aller a montauban ils sont rembourses ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b87-oos-cpf', ['trap'], [
    turn('prepa comp c finançable avec le CPF ?', 'out_of_scope', [SILENT]),
  ]),
  c('b87-oos-greta', ['trap'], [
    turn('vous avez les dates du greta pour le caces ?', 'out_of_scope', [SILENT]),
  ]),
  c('b87-oos-childcare', ['trap'], [
    turn('y a une aide pour la garde des enfants pendant prepa comp ?', 'out_of_scope', [anyOf(SILENT, REFERENT)], ['€']),
  ]),
  c('b87-oos-rsa-sanction', ['trap'], [
    turn('si il refuse prepa comp son RSA est suspendu ?', 'out_of_scope', [SILENT]),
  ]),
  c('b87-oos-canteen', ['trap'], [
    turn('ya une cantine a l afpa de montauban ? c combien le repas', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b87-info-coll-then-bus', ['follow-up', 'trap'], [
    turn('info coll prepa le 14 c ou ?', 'agenda', [MONTAUBAN, on('2027-01-14')], PAST_JPO),
    turn('ok et y a un bus pour y aller ?', 'out_of_scope', [SILENT]),
  ]),
  c('b87-oos-training-price', ['trap'], [
    turn('cmb coute une formation soudeur si la personne paie elle meme', 'out_of_scope', [SILENT], ['€', 'euros']),
  ]),
  c('b87-prepa-then-licence', ['follow-up', 'trap'], [
    turn('prepa comp c pour qui deja', 'dispositif', [['rsa', 'éloign', 'peu ou pas qualifi']]),
    turn('et ca paye le permis ?', 'out_of_scope', [SILENT]),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b87-contact-afpa-prepa', [], [
    turn('qui contacter a l afpa pour prepa comp ?', 'contact', [anyOf(BATTEDOU, RAP, VELLA)]),
  ]),
  c('b87-contact-coordinator', [], [
    turn('c qui le coordo departemental des dispositifs', 'contact', [VELLA], ['weill']),
  ]),
  c('b87-contact-battedou-role', [], [
    turn('fabienne battedou elle fait quoi exactement', 'contact', [anyOf(RAP, ['déploiement'])]),
  ]),
  c('b87-contact-agreement-cd', [], [
    turn('qui suit l accord cote departement ?', 'contact', [anyOf(WEILL, ['président', 'représentant', 'référent'])]),
  ]),
  c('b87-contact-national', ['two-questions'], [
    turn('qui pilote ces dispositifs au national et ca se reunit tous les combien ?', 'contact', [DGEFP, ['trimestr', 'tous les 3 mois', 'tous les trois mois', 'chaque trimestre']]),
  ]),
  c('b87-contact-cd-referent', [], [
    turn('le referent de l experimentation cote CD c qui ?', 'contact', [['désign', 'ne nomme pas', 'pas nommé', 'ne précise pas', 'interlocut', 'ne donne pas', 'pas de nom']]),
  ]),
  c('b87-contact-promo-then-role', ['follow-up'], [
    turn('je dois appeler qui pour une question sur la promo 1618 ?', 'contact', [anyOf(BATTEDOU, VELLA, RAP)]),
    turn('son role exact ?', 'contact', [anyOf(RAP, COORDINATOR, ['déploiement'])]),
  ]),
  c('b87-contact-panda-access', [], [
    turn('qui me donne les acces panda ?', 'contact', [['afpa'], ['habilit', 'accès', 'droits', 'inscri']]),
  ]),
  c('b87-contact-two-people', ['two-questions'], [
    turn('cote afpa c qui le directeur et c qui la responsable accompagnement ?', 'contact', [VELLA, BATTEDOU]),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b87-fig-prepa-target', [], [
    turn('objectif prepa comp 2022 ?', 'figures', [['30']]),
  ]),
  c('b87-fig-pec-target', [], [
    turn('cmb de BRSA en competences pec c etait visé', 'figures', [['50']]),
  ]),
  c('b87-fig-ase-and-prepa-target', ['two-questions'], [
    turn('objectif jeunes ASE vers la promo ? et pour prepa comp ?', 'figures', [['10'], ['30']]),
  ]),
  c('b87-fig-current', [], [
    turn('on en est ou des entrees ? on a combien de BRSA entrés en prepa ?', 'figures', [NOT_YET]),
  ]),
  c('b87-fig-targets-then-reached', ['follow-up'], [
    turn('les objectifs du plan d action c quoi', 'figures', [['30'], ['50'], ['10']]),
    turn('et on les a atteints ?', 'figures', [NOT_YET]),
  ]),
  c('b87-fig-reporting', ['two-questions'], [
    turn('les chiffres remontent a qui et a quelle frequence ?', 'figures', [DGEFP, ['mensuel', 'chaque mois', 'tous les mois']]),
  ]),
  c('b87-fig-promo-exits', [], [
    turn('taux de sorties positives visé pour la promo ?', 'figures', [['70']]),
  ]),
  c('b87-fig-annual-report', [], [
    turn('le bilan annuel des dispositifs il part ou ?', 'figures', [DDETSPP]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b87-prescribe-prepa', [], [
    turn('je veux prescrire prepa comp pour mme K', 'prescribe', [PRESCRIBE]),
  ]),
  c('b87-prescribe-promo-how', [], [
    turn('comment on inscrit un jeune a la promo ?', 'prescribe', [PRESCRIBE]),
  ]),
  c('b87-prescribe-pec-then-employer', ['follow-up'], [
    turn('prescrire competences pec pour mr D', 'prescribe', [PRESCRIBE]),
    turn('faut l accord de son employeur avant ?', 'dispositif', [EMPLOYER]),
  ]),
  c('b87-prescribe-feedback-delay', ['after-prescription'], [
    turn('j ai prescrit la semaine derniere j ai tjs pas de retour, c quoi le delai ?', 'prescribe', [anyOf(SILENT, ['statut', 'mes prescriptions', 'suivi', 'délai', 'accus'])]),
  ]),
  c('b87-prescribe-status', ['after-prescription'], [
    turn('statut de mes prescriptions ?', 'prescribe', [['prescription']]),
  ]),
  c('b87-prescribe-direct', [], [
    turn('je peux prescrire direct ou faut passer par FT ?', 'prescribe', [['directement', 'direct', 'vous-même', 'vous pouvez']]),
  ]),
  c('b87-prescribe-info-coll', ['two-questions'], [
    turn('info coll prepa du 14 je peux y envoyer mme B ? je fais comment ?', 'prescribe', [on('2027-01-14'), PRESCRIBE], PAST_JPO),
  ]),
  c('b87-prescribe-after-elig', ['follow-up'], [
    turn('BRSA 41 ans veut sécuriser son entree en formation maçon, prepa comp c bon ?', 'eligibility', [YES, PREPA], NOT_YES),
    turn('ok je prescris comment', 'prescribe', [PRESCRIBE]),
  ]),
  c('b87-prescribe-after-what-next', ['follow-up', 'after-prescription'], [
    turn('j ai prescrit prepa comp pour mr T, il se passe quoi maintenant ?', 'prescribe', [anyOf(PRESCRIBE, ['afpa', 'statut', 'bilan'])]),
    turn('et a la fin je recois qqch ?', 'dispositif', [BILAN]),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b87-hello', [], [turn('bjr', 'other', [HELLO])]),
  c('b87-help', [], [turn('aide', 'other', [HELP])]),
  c('b87-prescribe-then-cancel', ['follow-up'], [
    turn('je veux prescrire', 'prescribe', [PRESCRIBE]),
    turn('annule', 'other', [CANCEL]),
  ]),
  c('b87-thanks', [], [turn('merci bcp', 'other', [THANKS])]),
  c('b87-what-for', [], [turn('tu sers a quoi toi', 'other', [HELP])]),
  c('b87-hello-then-duration', ['follow-up'], [
    turn('salut', 'other', [HELLO]),
    turn('la 1618 ca dure combien ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
  ]),
];
