/**
 * Hundred-seventh blind set. Who speaks: AFPA staff of the Montauban centre (the coordinator,
 * trainers, the person who publishes the agenda) and the Département's pilots, asking what AFPA
 * must send back and when, to whom, the yearly targets of the action plan, the committees, the
 * financing and duration of the agreement; mixed in, référents insertion asking about the
 * sessions of the published agenda, with short follow-ups, abbreviations, typos and pasted
 * e-mails.
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
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

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2 a 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 j répartis'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const VOLET1_DURATION = ['5 à 6 jours', '5 a 6 jours', '5 et 6 jours', 'cinq à six', '5-6 jours', '5 ou 6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 a 8 jours', '4 et 8 jours', 'quatre à huit', '4-8 jours'];
const MON_TO_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu', 'lundi → jeudi'];
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'pas de contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'ne coûte rien',
  'rien à payer',
  'aucun frais',
  'pas de frais',
  'pas payant',
];
const STATE_FUNDING = [
  'état',
  'plan d’investissement',
  "plan d'investissement",
  'p.i.c',
  'pic ',
  '(pic)',
  'dgefp',
  'd.g.e.f.p',
];
const NOT_IN_AGREEMENT = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne le précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne mentionne pas',
  'pas mentionné',
  'ne traite pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'ne porte pas',
  'rien sur',
  'n’indique pas',
  "n'indique pas",
  'ne fixe pas',
  'je n’ai pas',
  "je n'ai pas",
  'ne sais pas',
  'pas en mesure',
  'ne peux pas',
];
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'pas de chiffre',
  'pas encore de chiffre',
  'aucune donnée',
  'pas de donnée',
  'pas encore de donnée',
  'ne dispose pas',
  'pas encore consolid',
  'pas encore publi',
  'pas encore connu',
  'pas encore',
  'je n’ai pas',
  "je n'ai pas",
];
const TARGET_PREPA = [' 30 ', '30 allocataires', '30 bénéficiaires', '30 personnes', ': 30', '(30)', 'trente'];
const TARGET_PEC = [' 50 ', '50 allocataires', '50 bénéficiaires', '50 personnes', ': 50', '(50)', 'cinquante'];
const TARGET_PROMO = [' 10 ', '10 jeunes', '10 personnes', ': 10', '(10)', 'dix jeunes'];
const FULL = [
  'complet',
  'plus de place',
  'aucune place',
  'pas de place',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune',
  'zéro place',
];
const YES = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut entrer',
  'peut suivre',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut y',
  'possible',
  'correspond',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'n’est pas',
  "n'est pas",
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'réservé',
  'ne correspond pas',
  'ne remplit pas',
  'pas concerné',
  'n’entre pas',
  "n'entre pas",
  'trop jeune',
  'trop âgé',
  'pas accessible',
  'ne relève pas',
];
/** A positive verdict, wrong for an ineligible person. */
const WRONG_YES = [
  'oui, il est éligible',
  'oui il est éligible',
  'oui, elle est éligible',
  'oui elle est éligible',
  'oui, il peut',
  'oui, elle peut',
];
/** A negative verdict, wrong for an eligible person. */
const WRONG_NO = ['pas éligible', 'non éligible', 'inéligible'];
const FORM = ['formulaire', 'prescri', 'fiche de prescription'];
const PREPA = ['prépa compétences', 'prepa competences', 'prépa comp'];
const PEC_PROGRAMME = ['compétences pec', 'compétences p.e.c', 'competences-pec'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const CLEA = ['cléa', 'clea'];
const BILAN = ['bilan individuel', 'bilan de parcours', 'bilan individuel du parcours'];
const REFERENT = ['référent', 'référente', 'referent'];
const PANDA = ['panda'];
const YEARLY = ['une fois par an', '1 fois par an', 'annuel', 'au moins une fois', 'au moins 1 fois', 'chaque année'];
const QUARTERLY = ['trimestri', 'tous les trois mois', 'tous les 3 mois', 'chaque trimestre', 'par trimestre'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois', 'par mois'];
const DDETSPP = ['ddetspp', 'd.d.e.t.s.p.p', 'ddets'];
const DGEFP = ['dgefp', 'd.g.e.f.p'];
const TWO_YEARS = ['2 ans', 'deux ans'];
const FROM_2022 = ['1er janvier 2022', '01/01/2022', '1 janvier 2022', '2022-01-01', 'janvier 2022'];
const GREETING = ['bonjour', 'bienvenue', 'salut', 'aider', 'aide'];
const CANCEL = ['annul', 'abandon', 'd’accord', "d'accord", 'c’est noté', "c'est noté", 'entendu', 'ok', 'arrêt'];

// ── The set ────────────────────────────────────────────────────────────────

export const HUNDRED_SEVENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c('b107-dispo-prepa-duree', [], [
    turn('c koi la duree de prepa comp ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
  ]),
  c('b107-dispo-pec-duree-modalite', ['two-questions'], [
    turn(
      'Bonjour, pourriez-vous me rappeler la durée du dispositif Compétences PEC ainsi que ses modalités (présentiel ou à distance) ? Cordialement, la coordination AFPA Montauban',
      'dispositif',
      [PEC_DURATION, ['distance', 'distanciel'], ['présentiel']],
      ['13 semaines'],
    ),
  ]),
  c('b107-dispo-promo-duree-jours', ['two-questions'], [
    turn('promo 1618 cest combien de temps et c quels jours de la semaine', 'dispositif', [PROMO_DURATION, MON_TO_THU], PREPA_DURATION),
  ]),
  c('b107-dispo-volets', [], [
    turn(
      'volet 1 volet 2 de prepa comp c quoi la diff',
      'dispositif',
      [['consolid', 'projet professionnel', 'projet pro'], ['sécuris', 'entrée en formation']],
    ),
  ]),
  c('b107-dispo-volets-durees', [], [
    turn('prepa comp volet 1 ca dure cb', 'dispositif', [VOLET1_DURATION], ['13 semaines']),
    turn('et le volet 2 ?', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
  ]),
  c('b107-dispo-pec-phases', [], [
    turn(
      'les phases de competences pec svp jdois les expliquer a un employeur',
      'dispositif',
      [['5 phases', 'cinq phases', 'inscription'], ['positionnement'], VAE],
    ),
  ]),
  c('b107-dispo-pec-certif', [], [
    turn(
      'a la fin de competences PEC ils repartent avec quoi comme certif ?',
      'dispositif',
      [VAE, ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'], CLEA],
    ),
  ]),
  c('b107-dispo-financement-cout', ['two-questions'], [
    turn(
      "qui finance prepa comp pour nos BRSA ? et ca coute qqch au CD ?",
      'dispositif',
      [STATE_FUNDING, FREE],
    ),
  ]),
  c('b107-dispo-ou', [], [
    turn(
      'les dispositifs se font que sur montauban ou ailleurs aussi ?',
      'dispositif',
      [['montauban'], ['délocalis', 'ensemble du département', 'tout le département', 'dans le département', 'ailleurs']],
    ),
  ]),
  c('b107-dispo-promo-suivi', ['two-questions'], [
    turn("ya un suivi apres la sortie de la promo 1618 ? c'est fait avec qui", 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
  ]),
  c('b107-dispo-remuneration', [], [
    turn('les stagiaires en prepa comp sont remuneres ?', 'dispositif', [NOT_IN_AGREEMENT], ['€']),
  ]),
  c('b107-dispo-bilan-fin-prepa', ['two-questions'], [
    turn(
      "Bonjour, côté AFPA nous nous demandons ce que nous devons transmettre à la fin d'un parcours Prépa Compétences, et à qui exactement. Merci de votre retour.",
      'dispositif',
      [BILAN, REFERENT],
    ),
  ]),
  c('b107-dispo-bilan-quels', [], [
    turn(
      'le bilan individuel on le fait pour quels dispositifs ?',
      'dispositif',
      [PREPA, ['vae', 'v.a.e', 'pec', 'p.e.c']],
    ),
  ]),
  c('b107-dispo-assiduite', [], [
    turn("les fiches d'assiduite on les sort d'ou ?", 'dispositif', [PANDA]),
  ]),
  c('b107-dispo-panda-qui', [], [
    turn(
      'qui saisit sur panda, nous afpa ou les referents du CD ?',
      'dispositif',
      [['référent', 'referent', 'travailleurs sociaux'], ['habilit']],
    ),
  ]),
  c('b107-dispo-copil-rythme', ['two-questions'], [
    turn(
      "le copil de l'accord se reunit a quel rythme ? et le copil national des dispositifs ?",
      'dispositif',
      [YEARLY, QUARTERLY],
    ),
  ]),
  c('b107-dispo-tableau-bord', [], [
    turn('le tableau de bord a la DGEFP on l envoie tous les combien ?', 'dispositif', [MONTHLY]),
  ]),
  c('b107-dispo-duree-accord', ['two-questions'], [
    turn(
      "la convention CD / AFPA elle dure combien de temps et elle a commence quand ?",
      'dispositif',
      [TWO_YEARS, FROM_2022],
    ),
  ]),
  c('b107-dispo-avenant-resiliation', [], [
    turn("on peut la prolonger ou la modifier la convention ?", 'dispositif', [['avenant']]),
    turn('et si un des deux veut en sortir ?', 'dispositif', [['préavis', 'résili'], ['2 mois', 'deux mois']]),
  ]),
  c('b107-dispo-date-limite', [], [
    turn(
      "jusqu'a quand les BRSA pouvaient entrer sur les dispositifs d'apres la convention ?",
      'dispositif',
      [['31 décembre 2022', '31/12/2022', '31 déc', '2022-12-31']],
    ),
    turn('et finir leur parcours ?', 'dispositif', [['30 avril 2023', '30/04/2023', '30 avr', '2023-04-30']]),
  ]),
  c('b107-dispo-promo-phases', [], [
    turn(
      'la promo c quoi les phases',
      'dispositif',
      [['engagement'], ['construction'], ['préparation de la suite', 'suite']],
    ),
  ]),
  c('b107-dispo-kit-comm', [], [
    turn(
      "qu'est ce que l'afpa doit fournir aux referents pour presenter les dispositifs ?",
      'dispositif',
      [['kit'], ['flyer', 'argumentaire', 'places disponibles', 'intervenants']],
    ),
  ]),
  c('b107-dispo-reunion-equipe', [], [
    turn(
      "on doit venir presenter nos actions a l'equipe insertion du CD combien de fois par an ?",
      'dispositif',
      [['semestre', 'deux fois par an', '2 fois par an', 'semestriel']],
    ),
  ]),
  c('b107-dispo-then-agenda', [], [
    turn("c'est quoi prepa comp ?", 'dispositif', [['projet', 'formation', 'emploi']], ['13 semaines']),
    turn('prochaine info coll ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('il reste de la place ?', 'agenda', [seats(15)]),
  ]),

  // ── agenda ──
  c('b107-agenda-info-coll-prepa', [], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
  ]),
  c('b107-agenda-castel-valence', [], [
    turn('info coll prepa sur castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']]),
    turn('et a valence ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    turn('cb de places ?', 'agenda', [seats(10)]),
  ]),
  c('b107-agenda-jpo', [], [
    turn('JPO a venir ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
  ]),
  c('b107-agenda-jpo-moissac-montauban', [], [
    turn('il y a une JPO a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-01-07')),
    turn('et a montauban', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b107-agenda-visite-soudure', ['two-questions'], [
    turn(
      'visite plateau soudure c quand et a quelle heure',
      'agenda',
      [on('2027-01-19'), ['14h', '14:00', '14 h']],
      notOn('2027-03-10'),
    ),
  ]),
  c('b107-agenda-reunion-batiment', ['two-questions'], [
    turn('reunion metier batiment ou et quand ?', 'agenda', [['caussade'], on('2027-02-23')], notOn('2027-01-26')),
  ]),
  c('b107-agenda-prepa-v1-presentiel', [], [
    turn(
      'prochaine entree prepa comp volet 1 en presentiel ?',
      'agenda',
      [on('2027-01-18'), ['montauban']],
      notOn('2027-02-08'),
    ),
  ]),
  c('b107-agenda-v2-complet-suivante', [], [
    turn('il reste de la place sur la session volet 2 du 25 janvier ?', 'agenda', [FULL]),
    turn('ok et la suivante en volet 2 ?', 'agenda', [on('2027-02-15'), ['castelsarrasin'], seats(5)]),
  ]),
  c('b107-agenda-cariste', [], [
    turn('places cariste ?', 'agenda', [seats(6), on('2027-01-27')], ['soudeur', 'maçon', 'plaquiste']),
  ]),
  c('b107-agenda-soudeur-macon', [], [
    turn('formation soudeur il reste des places', 'agenda', [seats(4)], ['plaquiste', 'cariste']),
    turn('ca commence quand', 'agenda', [on('2027-02-01')]),
    turn('et macon ?', 'agenda', [seats(3), on('2027-02-15')], ['soudeur assembleur']),
  ]),
  c('b107-agenda-plaquiste', [], [
    turn('plaquiste dispo ?', 'agenda', [FULL]),
  ]),
  c('b107-agenda-pec-atelier2', [], [
    turn(
      'entrees competences pec atelier 2 ?',
      'agenda',
      [on('2027-01-20'), ['distance', 'distanciel', ...on('2027-03-03')]],
      notOn('2027-02-10'),
    ),
  ]),
  c('b107-agenda-promo-entree-info', ['two-questions'], [
    turn(
      'promo 16 18 prochaine entree ? et y a une info coll pour les parents ?',
      'agenda',
      [on('2027-02-01'), on('2027-03-17')],
    ),
  ]),
  c('b107-agenda-cette-semaine', [], [
    turn('ya quoi cette semaine ?', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
    turn('et la semaine pro', 'agenda', [on('2027-01-19'), on('2027-01-21')], notOn('2027-01-14')),
  ]),
  c('b107-agenda-moissac-formations', [], [
    turn('des formations qualifiantes a moissac ?', 'agenda', [['propreté'], seats(7)], ['plaquiste', 'soudeur']),
  ]),
  c('b107-agenda-info-coll-pec', [], [
    turn('info coll PEC pour les salaries et employeurs ?', 'agenda', [on('2027-02-09'), ['moissac']]),
  ]),
  c('b107-agenda-restauration-caussade', ['two-questions'], [
    turn(
      "Bonjour, je suis référente sur le secteur de Caussade et j'ai une personne intéressée par la restauration collective. Est-ce que l'AFPA a des places en ce moment sur ce métier, et où ? Merci d'avance.",
      'agenda',
      [['caussade'], seats(4)],
      ['plaquiste', 'soudeur'],
    ),
  ]),
  c('b107-agenda-electricien', [], [
    turn('electricien places ?', 'agenda', [seats(2)], ['plaquiste', 'cariste']),
    turn('et la visite de l atelier elec ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    turn('combien de places pour la visite', 'agenda', [seats(8)]),
  ]),
  c('b107-agenda-jpo-passee', ['two-questions'], [
    turn(
      'la jpo du 7 janvier elle etait a quelle heure, et la prochaine c quand ?',
      'agenda',
      [on('2027-02-03')],
    ),
  ]),
  c('b107-agenda-prepa-distance', [], [
    turn('prepa comp a distance prochaine session ?', 'agenda', [on('2027-02-08')], notOn('2027-01-25')),
  ]),
  c('b107-agenda-logistique', [], [
    turn('la reunion logistique c quand', 'agenda', [on('2027-01-26'), ['montauban']], notOn('2027-02-23')),
  ]),
  c('b107-agenda-info-coll-fevrier', [], [
    turn('info coll prepa comp en fevrier ?', 'agenda', [on('2027-02-11')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-03-04'),
    ]),
  ]),
  c('b107-agenda-prepa-moissac', [], [
    turn('prochaine entree prepa comp ?', 'agenda', [on('2027-01-18')]),
    turn('et a moissac ?', 'agenda', [on('2027-03-08')], notOn('2027-01-18')),
    turn('il reste de la place ?', 'agenda', [seats(6)]),
  ]),
  c('b107-agenda-castel-places', [], [
    turn('info coll a castelsarrasin ?', 'agenda', [on('2027-01-21')]),
    turn('et des places en formation la bas ?', 'agenda', [['préparateur'], seats(5)], ['soudeur', 'plaquiste']),
  ]),
  c('b107-agenda-info-coll-moissac', [], [
    turn('prochaines info coll', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-09')], notOn('2027-01-14')),
  ]),
  c('b107-agenda-publication', [], [
    turn(
      "Bonjour, je publie le calendrier des entrées pour le CD : quels dispositifs doivent y figurer d'après le plan d'action ?",
      'dispositif',
      [PREPA, ['pec', 'p.e.c'], ['promo']],
    ),
    turn('et la premiere entree promo deja publiee elle est quand ?', 'agenda', [on('2027-02-01')]),
  ]),

  // ── eligibility ──
  c('b107-elig-brsa-non-inscrit', [], [
    turn('un BRSA pas inscrit a FT peut faire prepa comp ?', 'eligibility', [YES], WRONG_NO),
  ]),
  c('b107-elig-ase-17', [], [
    turn('jeune ASE 17 ans qui a lache le lycee, rien depuis, il peut aller a la promo 1618 ?', 'eligibility', [YES], WRONG_NO),
  ]),
  c('b107-elig-ml-19', [], [
    turn('jeune de 19 ans suivi par la ML, promo 16/18 possible ?', 'eligibility', [NO], WRONG_YES),
  ]),
  c('b107-elig-15-ans', [], [
    turn('15 ans sortie du college en juin, promo 1618 ?', 'eligibility', [NO], WRONG_YES),
  ]),
  c('b107-elig-pec-asso', ['two-questions'], [
    turn(
      'salariee en PEC depuis 2 mois dans une asso, elle est BRSA, competences pec ok ? faut faire quoi avec son employeur',
      'eligibility',
      [YES, ['employeur']],
      WRONG_NO,
    ),
  ]),
  c('b107-elig-cdi-pec', [], [
    turn('BRSA en CDI temps plein dans le prive, il peut faire competences PEC ?', 'eligibility', [NO], WRONG_YES),
  ]),
  c('b107-elig-fle', [], [
    turn(
      "monsieur au rsa, arrive en france l'an dernier, parle tres peu francais, on lui propose quoi ?",
      'eligibility',
      [['français', 'francais'], ['visée professionnelle', 'langue étrangère', 'fle']],
    ),
  ]),
  c('b107-elig-reconversion-enfants', [], [
    turn(
      "j'ai une dame au RSA, 45 ans, elle veut partir en formation d'aide soignante mais elle a peur de pas tenir, on peut la securiser comment",
      'eligibility',
      [PREPA, ['volet 2', 'sécuris']],
      WRONG_NO,
    ),
    turn(
      'elle a 2 enfants en bas age c un pb ?',
      'eligibility',
      [['garde d’enfants', "garde d'enfants", 'garde des enfants', 'conditions matérielles', 'garde']],
    ),
  ]),
  c('b107-elig-apprenti-17', [], [
    turn('jeune 17 ans en apprentissage chez un boulanger, promo 16-18 ?', 'eligibility', [NO], WRONG_YES),
  ]),
  c('b107-elig-siae-rsfp', [], [
    turn(
      "salarie en SIAE qui a pas le niveau pour une VAE, l'afpa a un truc ?",
      'eligibility',
      [['rsfp', 'r.s.f.p', 'reconnaissance des savoir']],
    ),
  ]),
  c('b107-elig-ase-16-parents', ['two-questions'], [
    turn(
      "ASE 16 ans, sortie du lycee en novembre, pas de formation pas de boulot. promo ok ? faut l'accord des parents ?",
      'eligibility',
      [YES, ['autorisation parentale', 'autorisations parentales', 'parents', 'parentale']],
      WRONG_NO,
    ),
  ]),
  c('b107-elig-pec-or-prepa', [], [
    turn(
      'BRSA en contrat PEC dans une mairie: prepa comp ou competences pec plutot ?',
      'eligibility',
      [PEC_PROGRAMME],
    ),
  ]),
  c('b107-elig-ase-fratrie', [], [
    turn('jeune ASE 16 ans decrocheur promo ok ?', 'eligibility', [YES], WRONG_NO),
    turn('et son petit frere de 15 ans ?', 'eligibility', [NO], WRONG_YES),
  ]),
  c('b107-elig-pec-pour-qui', [], [
    turn('competences PEC c pour qui ?', 'dispositif', [['parcours emploi compétences', 'pec', 'p.e.c'], ['contrat', 'salarié', 'signataire']]),
    turn('donc une BRSA en CDD classique dans un supermarche non ?', 'eligibility', [NO], WRONG_YES),
  ]),
  c('b107-elig-brsa-deja-prepa-mail', [], [
    turn(
      "Bonjour, je suis référent RSA sur Montauban. J'accompagne M. X, 52 ans, allocataire du RSA depuis 3 ans, inscrit à France Travail, sans diplôme, qui hésite entre plusieurs métiers du bâtiment. Pensez-vous qu'il puisse bénéficier d'un dispositif AFPA pour travailler son projet ?",
      'eligibility',
      [PREPA, ['volet 1', 'consolid', 'projet']],
      WRONG_NO,
    ),
  ]),

  // ── out_of_scope ──
  c('b107-oos-transport', [], [
    turn("l'afpa rembourse les frais de transport des stagiaires ?", 'out_of_scope', [NOT_IN_AGREEMENT], ['€']),
  ]),
  c('b107-oos-permis-pl', [], [
    turn('formation permis poids lourd financee par le CD possible ?', 'out_of_scope', [NOT_IN_AGREEMENT], ['€']),
  ]),
  c('b107-oos-hebergement', [], [
    turn("l'hebergement a l'afpa c possible pour les stagiaires qui viennent de loin ?", 'out_of_scope', [NOT_IN_AGREEMENT], ['€']),
  ]),
  c('b107-oos-meteo', [], [
    turn('meteo demain a montauban', 'out_of_scope', [NOT_IN_AGREEMENT]),
  ]),
  c('b107-oos-cej', [], [
    turn("le CEJ c gere dans le cadre de la convention ?", 'out_of_scope', [NOT_IN_AGREEMENT]),
  ]),
  c('b107-oos-tickets-resto', [], [
    turn('ils ont des tickets resto pendant prepa comp ?', 'out_of_scope', [NOT_IN_AGREEMENT], ['€']),
  ]),
  c('b107-oos-montant-convention', ['two-questions'], [
    turn(
      "Bonjour, pour la préparation du budget : quel est le montant versé par le Département à l'AFPA au titre de la convention, et à quelle date intervient le versement ?",
      'out_of_scope',
      [[...NOT_IN_AGREEMENT, ...FREE, 'état', 'aucun versement', 'pas de versement', 'aucun montant']],
      ['€'],
    ),
  ]),
  c('b107-oos-after-agenda', [], [
    turn('visite soudure ?', 'agenda', [on('2027-01-19')]),
    turn('ya un parking pour les voitures la bas ?', 'out_of_scope', [NOT_IN_AGREEMENT]),
  ]),

  // ── contact ──
  c('b107-contact-coordo', [], [
    turn("qui est le coordo departemental des dispositifs cote afpa ?", 'contact', [['vella']]),
  ]),
  c('b107-contact-deploiement', [], [
    turn('qui gere le deploiement de prepa comp a l afpa montauban', 'contact', [['battedou']]),
  ]),
  c('b107-contact-bilans-cd', [], [
    turn(
      "les bilans individuels de fin de parcours, cote CD c'est qui qui les recoit ?",
      'contact',
      [['référent accompagnement', 'référent d’accompagnement', "référent d'accompagnement", 'référent de la personne', 'son référent', 'au référent', 'référent qui', 'référent de parcours', 'référent insertion']],
    ),
  ]),
  c('b107-contact-interlocuteur-cd', [], [
    turn(
      "c qui notre interlocuteur au departement pour les dispositifs ?",
      'contact',
      [['expérimentation', 'désign', 'weill']],
    ),
  ]),
  c('b107-contact-signataire', ['two-questions'], [
    turn('qui a signe la convention pour le CD ? et pour l afpa ?', 'contact', [['weill'], ['vella']]),
  ]),
  c('b107-contact-roles', [], [
    turn('qui est Fabienne Battedou ?', 'contact', [['responsable accompagnement et parcours', 'responsable accompagnement']]),
    turn('et Eric Vella ?', 'contact', [['directeur', 'coordonnateur']]),
  ]),
  c('b107-contact-mail', [], [
    turn("qui contacter a l'afpa pour une question sur un parcours competences PEC ?", 'contact', [['battedou', 'vella']]),
    turn('t as son mail ?', 'contact', [NOT_IN_AGREEMENT], ['@']),
  ]),
  c('b107-contact-referent-formation', [], [
    turn(
      "le referent charge de bosser avec l'afpa sur l'acces a la formation des allocataires, c qui qui le designe ?",
      'contact',
      [['département', 'conseil départemental', 'cd82', 'le cd']],
    ),
  ]),
  c('b107-contact-remplacement', ['two-questions'], [
    turn(
      "Bonjour, j'assure l'intérim de la Responsable Accompagnement et Parcours. À qui dois-je adresser les tableaux de bord mensuels, et à qui va le bilan annuel par dispositif ?",
      'contact',
      [DGEFP, DDETSPP],
    ),
  ]),

  // ── figures ──
  c('b107-figures-prepa', [], [
    turn("on en est ou par rapport a l'objectif prepa comp ?", 'figures', [NOT_AVAILABLE, TARGET_PREPA]),
  ]),
  c('b107-figures-objectifs', [], [
    turn("les objectifs chiffres du plan d'action ?", 'figures', [TARGET_PREPA, TARGET_PEC, TARGET_PROMO]),
  ]),
  c('b107-figures-pec', [], [
    turn('combien de BRSA sont entres en competences PEC par rapport a l objectif', 'figures', [NOT_AVAILABLE, TARGET_PEC]),
  ]),
  c('b107-figures-promo', [], [
    turn('nb de jeunes ASE orientes promo vs objectif stp', 'figures', [NOT_AVAILABLE, TARGET_PROMO]),
  ]),
  c('b107-figures-indicateurs-info', [], [
    turn(
      "quels indicateurs on suit pour l'info sur les metiers (JPO, info coll...) ?",
      'figures',
      [['portes ouvertes', 'jpo'], ['information collective', 'informations collectives', 'info coll'], ['plateau']],
    ),
  ]),
  c('b107-figures-sortie-emploi', [], [
    turn('taux de sortie emploi des BRSA entres en formation ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b107-figures-pec-suivi', [], [
    turn('objectif competences pec ?', 'figures', [TARGET_PEC]),
    turn('et on en est a combien', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b107-figures-copil', [], [
    turn(
      "Bonjour, pour le comité de pilotage, pourriez-vous me donner le nombre d'allocataires présents aux réunions métiers et entrés en formation depuis le début de l'année ? Bien cordialement.",
      'figures',
      [NOT_AVAILABLE],
    ),
  ]),
  c('b107-figures-objectif-promo', [], [
    turn("l'objectif pour prepa comp c combien ?", 'figures', [TARGET_PREPA]),
    turn('et pour la promo ?', 'figures', [TARGET_PROMO]),
  ]),

  // ── prescribe ──
  c('b107-prescribe-prepa', [], [
    turn('je veux prescrire prepa comp pour un BRSA', 'prescribe', [FORM]),
  ]),
  c('b107-prescribe-pec-employeur', ['two-questions'], [
    turn("comment on prescrit competences pec ? faut l'accord de l'employeur ?", 'prescribe', [FORM, ['employeur']]),
  ]),
  c('b107-prescribe-promo', [], [
    turn('prescription promo 1618 pour un jeune ASE, comment faire', 'prescribe', [[...FORM, 'panda']]),
  ]),
  c('b107-prescribe-cout', [], [
    turn('on doit payer qqch pour prescrire ?', 'prescribe', [FREE]),
  ]),
  c('b107-prescribe-session', [], [
    turn('je voudrais orienter qqn sur la session prepa du 18 janvier', 'prescribe', [FORM]),
    turn("c'est a montauban ?", 'agenda', [['montauban']]),
  ]),
  c('b107-prescribe-reception', [], [
    turn(
      "Bonjour, comment une prescription faite par un référent du CD arrive-t-elle jusqu'à nous à l'AFPA ?",
      'prescribe',
      [[...PANDA, 'teams', 'canal', 'notification', 'prescri']],
    ),
  ]),
  c('b107-prescribe-verifs', ['two-questions'], [
    turn(
      'avant de prescrire jdois verifier quoi avec la personne ? et la mobilite c a moi de gerer ?',
      'prescribe',
      [['adhésion', 'accord'], ['mobilité', 'conditions matérielles']],
    ),
  ]),
  c('b107-prescribe-mot', [], [
    turn('prescrire', 'prescribe', [FORM]),
  ]),
  c('b107-prescribe-after-elig', [], [
    turn('BRSA de 30 ans qui veut construire son projet pro, prepa comp ok ?', 'eligibility', [YES], WRONG_NO),
    turn('ok je la prescris', 'prescribe', [FORM]),
  ]),

  // ── other ──
  c('b107-other-bonjour', [], [
    turn('bonjour', 'other', [GREETING]),
  ]),
  c('b107-other-aide', [], [
    turn('aide', 'other', [['dispositif', 'agenda', 'prescri', 'éligib', 'question']]),
  ]),
  c('b107-other-merci', [], [
    turn('merci bcp', 'other', [['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'n’hésitez', "n'hésitez", 'service']]),
  ]),
  c('b107-other-annule', [], [
    turn('je veux prescrire', 'prescribe', [FORM]),
    turn('annule', 'other', [CANCEL]),
  ]),
  c('b107-other-a-quoi', [], [
    turn('tu sers a quoi ?', 'other', [['dispositif', 'agenda', 'prescri', 'éligib']]),
  ]),
  c('b107-other-slt', [], [
    turn('slt', 'other', [GREETING]),
  ]),
  c('b107-other-laisse-tomber', [], [
    turn('prescription competences pec', 'prescribe', [FORM]),
    turn('laisse tomber', 'other', [CANCEL]),
  ]),
  c('b107-other-au-revoir', [], [
    turn('au revoir', 'other', [['au revoir', 'bonne journée', 'à bientôt', 'bonne continuation', 'à votre service']]),
  ]),
];
