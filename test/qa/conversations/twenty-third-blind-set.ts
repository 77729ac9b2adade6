/**
 * Twenty-third blind set: a busy Monday (11 January 2027, Europe/Paris) with a mixed
 * population: référents insertion of the Département (MDS), conseillers of the Mission
 * locale, AFPA Montauban's coordinator and a pilot of the action plan.
 *
 * Written only from the agreement (accord, plan d'action 2022-2023, protocole des trois
 * dispositifs), the product guide and the agenda fixture. Phrasings a chatbot does not
 * expect: indirect questions, rumours to confirm or deny, negations, comparisons,
 * hypotheses, orders, follow-ups that change one word; careful French, SMS style,
 * voice dictation without punctuation.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const multi = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...multi, ...tags])], turns };
}

// ── Alternatives shared by several turns ────────────────────────────────────

/** An eligibility verdict « yes ». */
const YES = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'peut intégrer',
  'peut y accéder',
  'peut accéder',
  'peut suivre',
  'peut faire',
  'peut être orienté',
  'peut être prescrit',
  'tout à fait',
  'bien sûr',
  'a accès',
  'remplit les conditions',
];
/** What a « yes » answer must not say. */
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible', 'impossible', 'ne remplit pas'];

/** An eligibility verdict « no ». */
const NO = [
  'non',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pourrait pas',
  'n’est pas',
  "n'est pas",
  'ne remplit pas',
  'ne relève pas',
  'ne correspond pas',
  'réservé',
  'uniquement',
  'seulement',
  'exclu',
  'pas possible',
  'impossible',
  'pas ouvert',
  'pas tout à fait',
  'pas exactement',
  'faux',
];
/** What a « no » answer must not open with. */
const NOT_NO = ['oui,', 'oui !', 'oui.'];

/** The reason when a young person is under 16. */
const AGE16 = [
  '16 ans',
  'seize ans',
  '16 à 18',
  '16 et 17',
  '16-17',
  'moins de 16',
  'à partir de 16',
  'dès 16',
  'dès ses 16',
  'trop jeune',
];
/** The reason when a young person is already 18: the programme is for minors. */
const MINOR = [
  'mineur',
  'majeur',
  '16 et 17',
  '16-17',
  '16 à 17',
  'moins de 18',
  'avant 18',
  'avant ses 18',
  'pas encore 18',
  '17 ans',
  'dix-sept',
];
/** The reason when a person is not in a Parcours Emploi Compétences. */
const PEC_REASON = [
  'contrat pec',
  'contrat p.e.c',
  'en pec',
  'un pec',
  'parcours emploi compétences',
  'parcours emploi-compétences',
  'signataire',
  'salarié',
  'réservé',
];

const PREPA = ['prépa', 'prepa'];
const PROMO = ['promo', '1618', '16/18', '16-18', '16.18', '16 18'];
const PEC = ['pec', 'parcours emploi'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PREPA_SHORT = ['2 à 8', '2 et 8', '2 a 8', '8 jours', 'deux à huit', '2 semaines', 'deux semaines'];
const PEC_CERTIFS = {
  vae: ['vae', 'v.a.e', 'validation des acquis'],
  rsfp: ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
  clea: ['cléa', 'clea'],
};

/** A full session or training. */
const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'épuisé',
];

/** Nothing published in the agenda for that. */
const NONE_SCHEDULED = [
  'aucun',
  'aucune',
  'pas de date',
  'pas encore',
  'ne dispose pas',
  'n’ai pas',
  "n'ai pas",
  'pas de session',
  'pas publi',
  'ne figure',
  'rien de prévu',
  'rien de programmé',
  'pas prévu',
  'pas de prochaine',
  'ne précise pas',
  'ne prévoit pas',
];

/** The agreement does not cover the question. */
const OOS = [
  'ne couvre pas',
  'ne dit rien',
  'ne prévoit pas',
  'ne prévoit rien',
  'hors de l’accord',
  "hors de l'accord",
  'ne précise pas',
  'pas prévu',
  'ne traite pas',
  'ne mentionne pas',
  'pas couvert',
  'ne concerne pas',
  'en dehors',
  'hors du champ',
  'hors champ',
  'hors sujet',
  'ne porte pas',
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne peux pas',
  'pas en mesure',
  'aucune information',
  'pas d’information',
  "pas d'information",
];

/** Realised figures are not available yet. */
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de chiffre',
  'aucun chiffre',
  'pas encore de chiffre',
  'pas encore connu',
  'aucune donnée',
  'pas de donnée',
  'pas encore de donnée',
  'pas encore remont',
  'ne dispose pas',
  'pas encore été',
  'aucun résultat',
  'pas de résultat',
  'pas encore de résultat',
  'pas encore communiqu',
  'non communiqué',
  'à venir',
  'aucune entrée',
  'aucun bénéficiaire',
  'aucun allocataire',
];

/** The 2022 target of 10 young people of the ASE oriented to La Promo 16/18. */
const TEN = [
  '10 jeunes',
  'dix jeunes',
  '10 personnes',
  'dix personnes',
  '10 ase',
  'objectif : 10',
  'objectif de 10',
  ': 10',
  '10 orient',
  '10 mineurs',
];

/** A prescription form, or the way to prescribe. */
const PRESCRIBE = ['prescri', 'orient', 'inscri', 'formulaire', 'fiche', 'panda'];

const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'je t’en prie',
  "je t'en prie",
  'à votre disposition',
  'à votre service',
  'n’hésitez pas',
  "n'hésitez pas",
  'bonne journée',
  'bonne continuation',
  'à bientôt',
  'au plaisir',
  'ravi',
  'merci',
];

// ── The set ─────────────────────────────────────────────────────────────────

export const TWENTY_THIRD_BLIND_SET: ConversationCase[] = [
  // ── Multi-turn conversations ──────────────────────────────────────────────

  c('b23-ml-promo-duree-rythme-parents', ['mission-locale', 'careful', 'indirect', 'follow-up'], [
    t(
      'Bonjour, je me demandais combien de temps dure La Promo 16/18 pour un jeune, du début à la fin ?',
      'dispositif',
      [PROMO_DURATION],
      ['2 à 8 jours'],
    ),
    t(
      'Et ils y vont tous les jours de la semaine ?',
      'dispositif',
      [['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu’au jeudi', "lundi jusqu'au jeudi", '4 jours par semaine', 'quatre jours par semaine']],
    ),
    t(
      'Il y a une information collective prévue pour les parents bientôt ?',
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
    ),
  ]),

  c('b23-mds-brsa-non-inscrit-puis-volet1', ['mds', 'sms', 'indirect', 'no-accents'], [
    t(
      'est ce que par hasard un brsa qui est pas inscrit a FT pourrait faire la prepa comp ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t(
      'ok cool et qd est la prochaine entree en volet 1',
      'agenda',
      [on('2027-01-18')],
      [...notOn('2027-01-25'), ...notOn('2027-02-15'), ...notOn('2027-01-20')],
    ),
  ]),

  c('b23-mds-ase-17-puis-15-puis-inscription', ['mds', 'ase', 'careful', 'hypothesis', 'answer-no'], [
    t(
      'Bonjour. Un jeune confié à l’ASE, 17 ans, a quitté le lycée en novembre ; il ne travaille pas et n’est dans aucune formation. Peut-il intégrer La Promo 16/18 ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t('et s’il avait eu 15 ans ?', 'eligibility', [NO, AGE16], NOT_NO),
    t(
      'ok et pr l’inscrire concretement (celui de 17) je fais comment ?',
      'prescribe',
      [PRESCRIBE],
    ),
  ]),

  c('b23-afpa-pec-certifications-rsfp', ['afpa', 'careful'], [
    t(
      'Petite vérif : Compétences PEC débouche sur quelles certifications, au juste ?',
      'dispositif',
      [PEC_CERTIFS.vae, PEC_CERTIFS.rsfp, PEC_CERTIFS.clea],
      ['13 semaines'],
    ),
    t(
      'Et la RSFP, elle s’adresse à qui par rapport à la VAE ?',
      'dispositif',
      [['prérequis', 'pré-requis', 'pre requis', 'conditions pour accéder', 'conditions d’accès', "conditions d'accès"]],
    ),
  ]),

  c('b23-mds-voice-pec-fait-manquant', ['mds', 'voice', 'missing-fact'], [
    t(
      'madame R allocataire du RSA voudrait faire compétences PEC est-ce que c’est jouable',
      'eligibility',
      [['contrat', 'salarié', 'signataire', 'en pec', 'un pec', 'parcours emploi compétences', 'à condition', 'condition', 'si elle', 'est-elle']],
    ),
    t(
      'oui elle a signé son contrat PEC à la mairie il y a un mois',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t(
      'elle pourrait démarrer quand',
      'agenda',
      [on('2027-01-20')],
      [...notOn('2027-01-18'), ...notOn('2027-01-25')],
    ),
  ]),

  c('b23-mds-sms-plaquiste-macon-batiment', ['mds', 'sms', 'typo', 'one-word-follow-up'], [
    t(
      'ya tjr d la place en formation plaquiste ?',
      'agenda',
      [FULL],
      ['soudeur', 'cariste', 'préparateur de commandes', 'agent de propreté', 'agent de restauration'],
    ),
    t(
      'et en macon',
      'agenda',
      [seats(3)],
      ['soudeur', 'cariste', 'agent de propreté', 'agent de restauration'],
    ),
    t(
      'la reunion metiers batiment c qd deja',
      'agenda',
      [on('2027-02-23'), ['caussade']],
      notOn('2027-01-26'),
    ),
  ]),

  c('b23-ml-battedou-role-merci', ['mission-locale', 'careful', 'thanks'], [
    t(
      'C’est qui, Fabienne Battedou, exactement ?',
      'contact',
      [['responsable accompagnement', 'accompagnement et parcours']],
    ),
    t(
      'Elle s’occupe aussi de la Promo 16/18 ou seulement de la Prépa ?',
      'contact',
      [PROMO, [...PEC, 'trois', '3 dispositifs', 'aussi', 'également', 'oui']],
    ),
    t('Top, merci beaucoup !', 'other', [THANKS]),
  ]),

  c('b23-pilot-realise-prepa-puis-pec', ['pilot', 'sms', 'one-word-follow-up'], [
    t(
      'combien de BRSA sont rentrés en prépa comp depuis le début ?',
      'figures',
      [NOT_AVAILABLE, ['30']],
    ),
    t('et en compétences PEC ?', 'figures', [NOT_AVAILABLE, ['50']]),
  ]),

  c('b23-afpa-ordre-entrees-pec', ['afpa', 'order', 'careful'], [
    t(
      'Liste-moi les prochaines entrées sur Compétences PEC.',
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
      [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-02-01')],
    ),
    t('la première, il reste combien de places ?', 'agenda', [seats(4)]),
  ]),

  c('b23-mds-sms-volet1-volet2', ['mds', 'sms', 'no-accents', 'one-word-follow-up'], [
    t(
      'prepa comp volet 1 c cb de jours ?',
      'dispositif',
      [['5 à 6', '5 ou 6', '5-6', '5 a 6', 'cinq à six', '5 et 6']],
      ['13 semaines'],
    ),
    t(
      'et volet 2 ?',
      'dispositif',
      [['4 à 8', '4 et 8', '4-8', '4 a 8', 'quatre à huit']],
    ),
  ]),

  c('b23-mds-panda-acces', ['mds', 'familiar'], [
    t(
      'PANDA c’est quoi ce truc qu’on nous demande d’utiliser ?',
      'dispositif',
      [['traçabilité', 'tracer', 'trace', 'suivi des parcours', 'suivre les parcours', 'plateforme']],
    ),
    t(
      'et c’est qui qui nous ouvre les accès ?',
      'contact',
      [['afpa', 'a.f.p.a'], ['habilit', 'accès', 'compte', 'inscri']],
    ),
  ]),

  c('b23-mds-sms-info-coll-castel', ['mds', 'sms', 'no-accents', 'one-word-follow-up'], [
    t('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    t('et a castelsarrasin ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
    t(
      'c ou exactement a castel',
      'agenda',
      [['maison de l’emploi', "maison de l'emploi", 'maison de l emploi']],
    ),
  ]),

  c('b23-pilot-remontees-copil-taux', ['pilot', 'careful'], [
    t(
      'Les chiffres des trois dispositifs, ils remontent à qui et à quelle fréquence ?',
      'figures',
      [['dgefp', 'd.g.e.f.p'], ['mensuel', 'chaque mois', 'tous les mois', 'par mois', 'trimestriel', 'annuel']],
    ),
    t(
      'Et le comité de pilotage de l’accord, il se réunit tous les combien ?',
      'figures',
      [['une fois par an', '1 fois par an', 'annuel', 'chaque année', 'par an']],
    ),
    t(
      'Pour La Promo 16/18, quel taux de sorties positives est visé ?',
      'figures',
      [['70']],
    ),
  ]),

  c('b23-mds-inscrit-ft-volet2-places', ['mds', 'careful'], [
    t(
      'Allocataire RSA inscrit à France Travail depuis 3 ans, il veut sécuriser son entrée en formation de cariste : la Prépa Compétences, c’est possible pour lui ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t(
      'et la prochaine entrée en volet 2 où il reste de la place ?',
      'agenda',
      [on('2027-02-15'), ['castelsarrasin']],
    ),
  ]),

  c('b23-mds-orientation-mme-d-fevrier', ['mds', 'careful', 'prescription'], [
    t(
      'Je souhaiterais orienter Mme D., allocataire du RSA, vers Prépa Compétences (volet 1).',
      'prescribe',
      [PRESCRIBE, PREPA],
    ),
    t(
      'Elle n’est disponible qu’à partir du 8 février : il y a une session après cette date ?',
      'agenda',
      [on('2027-02-08')],
      notOn('2027-01-18'),
    ),
  ]),

  c('b23-voice-promo-transport-cantine-suite', ['mission-locale', 'voice', 'not-in-agreement'], [
    t(
      'pour la promo 16 18 est-ce que les frais de transport des jeunes sont pris en charge',
      'out_of_scope',
      [[...OOS, 'conditions matérielles']],
    ),
    t('et le midi ils mangent où il y a une cantine', 'out_of_scope', [OOS]),
    t(
      'd’accord et après la promo ils sont encore suivis',
      'dispositif',
      [['6 mois', 'six mois']],
    ),
  ]),

  c('b23-mds-primo-arrivante-fle', ['mds', 'careful', 'indirect'], [
    t(
      'J’ai une allocataire primo-arrivante qui parle très peu le français… l’AFPA propose quelque chose pour ça ?',
      'dispositif',
      [['français langue étrangère', 'français à visée professionnelle', 'visée professionnelle', 'bases linguistiques', ' fle', '(fle']],
    ),
    t(
      'y a une date de prévue ?',
      'agenda',
      [NONE_SCHEDULED],
      [...notOn('2027-01-14'), ...notOn('2027-01-21')],
    ),
  ]),

  c('b23-mds-cdi-pas-pec-hypothese', ['mds', 'hypothesis', 'answer-no'], [
    t(
      'Compétences PEC pour un allocataire RSA en CDI classique (pas en PEC), ça passe ?',
      'eligibility',
      [NO, PEC_REASON],
      NOT_NO,
    ),
    t(
      'admettons qu’il signe un PEC le mois prochain, ça lui prendrait combien de jours ?',
      'dispositif',
      [['5 jours', 'cinq jours']],
      ['2 à 8 jours', '13 semaines'],
    ),
    t(
      'et faut l’accord de son employeur ?',
      'dispositif',
      [['employeur'], ['oui', 'recueill', 'son accord', 'accord de l’employeur', "accord de l'employeur", 'informe']],
    ),
  ]),

  c('b23-ml-nouvelle-aide-contact', ['mission-locale', 'careful', 'help'], [
    t(
      'Bonjour ! Je débute à la Mission locale, tu sers à quoi exactement ?',
      'other',
      [['dispositif', 'prépa', 'prescri', 'agenda', 'éligib', 'promo', 'pec']],
    ),
    t(
      'et si t’as pas la réponse, je contacte qui à l’afpa ?',
      'contact',
      [['vella', 'battedou']],
    ),
  ]),

  c('b23-mds-rumeur-18-ans-petit-frere', ['mds', 'ase', 'rumour', 'answer-no', 'order'], [
    t(
      'On m’a dit que la Promo 16/18 c’était jusqu’à 18 ans inclus, c’est vrai ? J’ai un jeune ASE qui vient d’avoir 18 ans, déscolarisé, sans emploi.',
      'eligibility',
      [NO, MINOR],
      NOT_NO,
    ),
    t('et son petit frere, 16 ans, meme situation ?', 'eligibility', [YES], NOT_YES),
    t('ok prescris-le alors', 'prescribe', [PRESCRIBE, PROMO]),
  ]),

  // ── One-question conversations ────────────────────────────────────────────

  c('b23-mds-sms-cest-quoi-prepa', ['mds', 'sms', 'no-accents'], [
    t(
      'slt c koi exactement la prepa comp ? c pr qui ?',
      'dispositif',
      [
        ['projet professionnel', 'entrée en formation', 'sécuriser', 'consolider', '2 à 8', '2 semaines'],
        ['rsa', 'allocataire', 'éloignées de l’emploi', "éloignées de l'emploi", 'peu ou pas qualifi', 'demandeurs d’emploi', "demandeurs d'emploi"],
      ],
      ['13 semaines', 'lundi au jeudi'],
    ),
  ]),

  c('b23-ml-comparaison-plus-court', ['mission-locale', 'comparison', 'sms'], [
    t(
      'entre la prépa comp et la promo 16/18, lequel est le plus court ?',
      'dispositif',
      [PREPA, PREPA_SHORT, PROMO_DURATION],
    ),
  ]),

  c('b23-mds-rumeur-presentiel', ['mds', 'rumour', 'careful', 'answer-no'], [
    t(
      'On m’a dit que la Prépa Compétences se faisait forcément en présentiel au centre de Montauban, c’est vrai ?',
      'dispositif',
      [['distance', 'distanciel']],
    ),
  ]),

  c('b23-pilot-cout-prescription', ['pilot', 'careful'], [
    t(
      'Est-ce que le Département doit payer quelque chose à l’AFPA quand ses référents prescrivent Prépa Compétences ou Compétences PEC ?',
      'dispositif',
      [[
        'sans contrepartie',
        'pas de contrepartie',
        'aucune contrepartie',
        'gratuit',
        'ne paie',
        'rien à payer',
        'pas à payer',
        'aucun coût',
        'sans coût',
        'sans frais',
        'financé par l’état',
        "financé par l'état",
        'financés par l’état',
        "financés par l'état",
        'pris en charge par l’état',
        "pris en charge par l'état",
        'financement de l’état',
        "financement de l'état",
      ]],
    ),
  ]),

  c('b23-ml-par-hasard-code', ['mission-locale', 'indirect', 'sms'], [
    t(
      'est-ce que par hasard dans la promo 1618 ils préparent le code ?',
      'dispositif',
      [['code de la route', 'code la route', 'au code']],
    ),
  ]),

  c('b23-mds-ordre-kit-com', ['mds', 'order', 'careful'], [
    t(
      'Liste-moi ce qu’il y a dans le kit de communication que l’AFPA doit fournir aux référents',
      'dispositif',
      [['flyer'], ['argumentaire', 'titres professionnels', 'intervenants', 'places disponibles']],
    ),
  ]),

  c('b23-voice-clea-numerique', ['voice', 'no-accents'], [
    t(
      'clea numerique ça sert à quoi',
      'dispositif',
      [['usages fondamentaux', 'usages du numérique', 'compétences numériques', 'environnement de travail', 'numérique au sein']],
    ),
  ]),

  c('b23-mds-ordre-visites-plateaux', ['mds', 'order'], [
    t(
      'Donne-moi les visites de plateaux techniques prévues',
      'agenda',
      [on('2027-01-19'), on('2027-03-10')],
      [...notOn('2027-02-03'), ...notOn('2027-01-14'), ...notOn('2027-01-26')],
    ),
  ]),

  c('b23-ml-negation-jpo-semaine', ['mission-locale', 'negation', 'sms'], [
    t(
      'y a pas une JPO cette semaine ? sinon c quand la prochaine',
      'agenda',
      [on('2027-02-03')],
      notOn('2027-01-07'),
    ),
  ]),

  c('b23-mds-sms-apprenti', ['mds', 'sms', 'typo', 'answer-no'], [
    t(
      'jeune 17a en apprentissage chez un boulanger depuis sept, la promo 1618 c possible ?',
      'eligibility',
      [NO, ['apprenti', 'emploi', 'travail', 'formation', 'contrat']],
      NOT_NO,
    ),
  ]),

  c('b23-ml-lyceenne-assidue', ['mission-locale', 'careful', 'answer-no'], [
    t(
      'Une jeune de 16 ans, en première au lycée et assidue, voudrait découvrir des métiers : peut-elle faire La Promo 16/18 ?',
      'eligibility',
      [NO, ['scolari', 'lycée', 'quitté', 'décroch', 'collège']],
      NOT_NO,
    ),
  ]),

  c('b23-ml-16-ans-hors-ase', ['mission-locale', 'careful'], [
    t(
      'Jeune de 16 ans suivi par notre Mission locale, déscolarisé depuis juin, ni en emploi ni en formation, pas suivi par l’ASE : éligible à La Promo 16/18 ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),

  c('b23-mds-indirect-rsfp-aci', ['mds', 'indirect', 'siae'], [
    t(
      'je me demandais si un salarié d’ACI qui n’a pas les prérequis pour une VAE pouvait passer par la RSFP',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),

  c('b23-mds-negation-non-rsa', ['mds', 'negation', 'sms', 'no-accents'], [
    t(
      'c pas ouvert aux gens qui touchent pas le RSA la prepa comp qd c le CD qui oriente ?',
      'eligibility',
      [
        ['non', 'réservé', 'uniquement', 'seulement', 'exact', 'effectivement', 'en effet', 'pas éligible', 'ne peut pas', 'france travail', 'pôle emploi', 'allocataires du rsa'],
        ['rsa'],
      ],
    ),
  ]),

  c('b23-voice-ase-interim', ['mds', 'ase', 'voice', 'answer-no'], [
    t(
      'un gamin de l’ASE de 17 ans sorti du collège qui bosse en intérim depuis deux mois il peut faire la promo',
      'eligibility',
      [NO, ['travail', 'emploi', 'intérim', 'travaille', 'activité']],
      NOT_NO,
    ),
  ]),

  c('b23-mds-siae-droit-commun', ['mds', 'careful', 'siae'], [
    t(
      'Une allocataire du RSA salariée d’une SIAE, avec un projet d’accès à la qualification : peut-elle accéder aux formations de droit commun de l’AFPA ?',
      'eligibility',
      [[...YES, 'parmi les publics']],
      NOT_YES,
    ),
  ]),

  c('b23-mds-ordre-inscription-pec-20', ['mds', 'order', 'prescription'], [
    t(
      'inscris M. Kader B. (BRSA, en PEC à la mairie de Moissac) sur l’atelier 2 Compétences PEC du 20 janvier',
      'prescribe',
      [PRESCRIBE, PEC],
    ),
  ]),

  c('b23-mds-sms-suivi-prescriptions', ['mds', 'sms', 'typo', 'prescription'], [
    t('jvoudrais voir ou en st mes prescriptions stp', 'prescribe', [['prescription', 'orientation']]),
  ]),

  c('b23-mds-prescrire-15-ans', ['mds', 'order', 'answer-no', 'prescription'], [
    t(
      'Je veux prescrire La Promo 16/18 pour un jeune de 15 ans, tu me lances le formulaire ?',
      'prescribe',
      [
        ['pas éligible', 'non éligible', 'inéligible', 'ne peut pas', 'n’est pas', "n'est pas", 'trop jeune', 'pas possible', 'impossible', 'ne remplit pas', 'à partir de 16', 'dès 16', 'dès ses 16', 'attendre'],
        AGE16,
      ],
    ),
  ]),

  c('b23-ml-sms-coordo', ['mission-locale', 'sms', 'no-accents'], [
    t('c qui le coordo departemental des dispositifs cote afpa ?', 'contact', [['vella']]),
  ]),

  c('b23-mds-numero-battedou', ['mds', 'familiar', 'not-in-agreement'], [
    t(
      't’aurais le num de tel de Fabienne Battedou ?',
      'contact',
      [[
        'ne précise pas',
        'ne donne pas',
        'ne figure pas',
        'ne mentionne pas',
        'ne communique pas',
        'ne contient pas',
        'pas indiqué',
        'pas disponible',
        'pas de numéro',
        'pas son numéro',
        'aucun numéro',
        'ne dispose pas',
        'pas à ma disposition',
        'pas les coordonnées',
        'pas de coordonnées',
        'je n’ai pas',
        "je n'ai pas",
      ]],
    ),
  ]),

  c('b23-afpa-signataire-departement', ['afpa', 'careful'], [
    t('Qui a signé l’accord côté Département ?', 'contact', [['weill']]),
  ]),

  c('b23-pilot-ordre-objectifs', ['pilot', 'order', 'careful'], [
    t(
      'Pour le COPIL, liste-moi les objectifs chiffrés des trois dispositifs',
      'figures',
      [['30'], ['50'], TEN],
    ),
  ]),

  c('b23-pilot-participation-jpo', ['pilot', 'careful'], [
    t(
      'Combien d’allocataires du CD sont venus aux JPO de l’AFPA l’an dernier ?',
      'figures',
      [NOT_AVAILABLE],
    ),
  ]),

  c('b23-mds-logement-social', ['mds', 'careful', 'not-in-agreement'], [
    t(
      'Tu peux m’aider à monter une demande de logement social pour une allocataire ?',
      'out_of_scope',
      [OOS],
    ),
  ]),

  c('b23-mds-indirect-remuneration', ['mds', 'indirect', 'not-in-agreement'], [
    t(
      'je me demandais si les gens sont rémunérés pendant la prépa comp ?',
      'out_of_scope',
      [OOS],
    ),
  ]),

  c('b23-mds-rumeur-permis-b', ['mds', 'rumour', 'sms', 'not-in-agreement'], [
    t(
      'on m’a dit que l’accord finance le permis B pr les BRSA c vrai ?',
      'out_of_scope',
      [[...OOS, 'ne finance pas', 'pas de financement', 'aucun financement']],
    ),
  ]),

  c('b23-ml-montant-rsa', ['mission-locale', 'not-in-agreement'], [
    t("c'est combien le RSA pour une personne seule en 2027 ?", 'out_of_scope', [OOS]),
  ]),

  c('b23-mds-sanction-abandon', ['mds', 'careful', 'hypothesis', 'not-in-agreement'], [
    t(
      'Si un allocataire abandonne Prépa Compétences en cours de route, son RSA peut-il être suspendu ?',
      'out_of_scope',
      [OOS],
    ),
  ]),

  c('b23-mds-reserver-salle', ['mds', 'order', 'sms', 'not-in-agreement'], [
    t(
      'tu peux me réserver une salle à la MDS de Castelsarrasin pour jeudi aprem ?',
      'out_of_scope',
      [OOS],
    ),
  ]),
];
