/**
 * Hundred-ninth blind set. Who speaks: référents insertion and travailleurs sociaux of the
 * Département (CD82), writing in Teams in a hurry between two appointments: two to five words,
 * abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, ASE, info coll, JPO), no accents,
 * typos, follow-ups of one or two words that only make sense after the previous turn, a few
 * long rambling messages with the question buried inside, and some questions asked two at once.
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Alternatives, each with both apostrophes (’ and ') when it has one. */
function v(...xs: string[]): string[] {
  return [
    ...new Set(
      xs.flatMap((x) => {
        if (x.includes('’')) return [x, x.replace(/’/g, "'")];
        if (x.includes("'")) return [x, x.replace(/'/g, '’')];
        return [x];
      }),
    ),
  ];
}

const TWO = 'two-questions';
const RAMBLING = 'rambling';

// ── What a right answer may say ─────────────────────────────────────────────

/** The agreement says nothing about it. */
const NOT_COVERED = v(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'ne mentionne pas',
  'ne mentionne rien',
  'ne couvre pas',
  'ne traite pas',
  'ne parle pas',
  'ne fixe pas',
  'ne porte pas',
  'ne contient pas',
  'ne donne pas',
  'ne figure pas',
  'ne relève pas',
  'n’indique pas',
  'n’aborde pas',
  'n’évoque pas',
  'n’apparaît pas',
  'n’est pas prévu',
  'pas prévu',
  'pas couvert',
  'hors champ',
  'hors du champ',
  'hors de mon champ',
  'hors du périmètre',
  'hors périmètre',
  'en dehors',
  'aucune information',
  'aucune donnée',
  'pas d’information',
  'pas d’élément',
  'aucun élément',
  'rien à ce sujet',
  'rien sur',
  'je ne sais pas',
  'je n’ai pas',
  'pas en mesure',
  'je ne peux pas répondre',
);

/** Figures that no one has entered yet. */
const NOT_YET = v(
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'aucun chiffre',
  'pas de chiffre',
  'aucune entrée',
  'aucune prescription',
  'aucun résultat',
  'pas de résultat',
  'ne dispose pas',
  'je n’ai pas',
  'pas connu',
  'pas communiqué',
  'pas été',
  'aucun',
);

const YES = v(
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut le suivre',
  'peut la suivre',
  'peut y accéder',
  'peut accéder',
  'peut être prescrit',
  'peut être orienté',
  'peut la faire',
  'peut le faire',
  'oui',
  'relève',
  'correspond',
  'accessible',
  'ouvert',
);
/** A positive verdict must not say no. */
const NOT_NO = v(
  'n’est pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas en bénéficier',
  'ne peut pas intégrer',
  'ne peut pas y entrer',
  'n’y a pas droit',
);

const NO = v(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne peut y',
  'ne peut en',
  'ne relève pas',
  'ne correspond pas',
  'ne remplit pas',
  'pas accessible',
  'pas ouvert',
  'réservé',
  'trop jeune',
  'trop âgé',
  'pas possible',
  'impossible',
  'n’y a pas droit',
  'n’entre pas',
  'exclu',
  'pas concerné',
  'non,',
  'non.',
  'non :',
  'non !',
);
/** A negative verdict about La Promo 16/18 must not let the young person in. */
const PROMO_YES = v(
  'est éligible à la promo',
  'est éligible à la Promo 16/18',
  'peut intégrer la promo',
  'peut entrer à la promo',
  'peut faire la promo',
  'peut entrer dans la promo',
);

const PREPA_DUR = v(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  '2 jours à 8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '8 jours maxi',
  '8 jours maximum',
);
const TWO_WEEKS = v('2 semaines', 'deux semaines', '15 jours', 'quinze jours');
const V1_DUR = v('5 à 6 jours', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours', 'cinq ou six jours');
const V2_DUR = v('4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', 'quatre et huit jours');
const PEC_DUR = v('5 jours', 'cinq jours', '5 j ', '5 demi', 'cinq demi');
const PROMO_DUR = v('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const PROMO_MAX = v('4 mois', 'quatre mois');
const NOT_PROMO_DUR = v('13 semaines', 'treize semaines');
const NOT_PREPA_DUR = v('2 à 8 jours', 'deux à huit jours');

const PROMO_PRESCRIBERS = v('mission locale', 'missions locales', 'CIO', 'C.I.O', 'centre d’information et d’orientation');
const DEPT_PRESCRIBES = v('Département', 'CD82', 'CD 82', 'conseil départemental', 'services compétents');
const PE = v('Pôle emploi', 'France Travail');
const DISTANCE = v('distance', 'distanciel', 'classe virtuelle');
const DELOC = v(
  'délocalis',
  'ensemble du département',
  'tout le département',
  'dans le département',
  'sur le département',
  'ailleurs dans',
);
const FREE = v(
  'sans contrepartie financière',
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'sans coût',
  'sans frais',
  'pas de coût',
  'ne coûte rien',
  'ne coûte pas',
  'rien au Département',
  'financé par l’État',
  'financés par l’État',
  'financée par l’État',
  'pris en charge par l’État',
  'l’État finance',
  'PIC',
  'P.I.C',
  'plan d’investissement dans les compétences',
);
const STATE = v('État', 'PIC', 'P.I.C', 'plan d’investissement', 'programme d’investissement');
const BILAN = v('bilan individuel', 'bilan');
const REFERENT = v('référent', 'referent', 'conseiller', 'vous');
const PANDA_DEF = v('traçabilité', 'tracer', 'tracés', 'trace', 'suivi des parcours', 'suivre les parcours', 'assiduité');
const FORM = v(
  'formulaire',
  'fiche de prescription',
  'fiche',
  'carte',
  'remplir',
  'renseign',
  'saisi',
  'PANDA',
  'inscri',
  'étape',
);
const FULL = v(
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'aucune disponib',
  'plus disponible',
);

const AFPA_CONTACT = v('Battedou', 'Vella', 'Responsable Accompagnement et Parcours', 'directeur du centre');
const BATTEDOU = v('Battedou', 'Responsable Accompagnement et Parcours');
const VELLA = v('Vella');
const DEPT_REFERENT = v(
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) de l’expérimentation',
  'référent(e)',
  'désign',
);
const NO_DETAILS = v(
  ...NOT_COVERED,
  'pas de numéro',
  'pas de téléphone',
  'pas d’adresse',
  'pas de mail',
  'pas de coordonnées',
  'aucune coordonnée',
  'ne communique pas',
  'pas indiqué',
  'pas fourni',
  'ne les donne pas',
  'ne le donne pas',
);

const OBJ_PREPA = v(
  '30 allocataires',
  '30 allocataire',
  '30 bénéficiaires',
  '30 personnes',
  '30 entrées',
  '30 BRSA',
  '30 RSA',
  'trente',
  ': 30',
  'objectif de 30',
  '30 en Prépa',
  '30 pour',
);
const OBJ_PEC = v(
  '50 allocataires',
  '50 allocataire',
  '50 bénéficiaires',
  '50 personnes',
  '50 entrées',
  '50 BRSA',
  '50 RSA',
  'cinquante',
  ': 50',
  'objectif de 50',
  '50 en Compétences',
  '50 pour',
);
const OBJ_PROMO = v(
  '10 jeunes',
  '10 personnes',
  '10 ASE',
  '10 bénéficiaires',
  '10 orient',
  'dix',
  ': 10',
  'objectif de 10',
  '10 pour',
);

const GREETING = v('bonjour', 'salut', 'hello', 'bienvenue', 'bonsoir');
const MENU = v('dispositif', 'Prépa', 'agenda', 'prescri', 'éligib', 'JPO', 'information collective', 'places');
const CANCELLED = v('annul', 'abandon', 'arrêt', 'd’accord', 'ok', 'entendu', 'c’est noté', 'rien en cours', 'aucune');

/** The trainings of Info Places, for « a places answer about one trade lists no other ». */
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const OTHER_TRAININGS = (...asked: string[]) => TRAININGS.filter((t) => !asked.includes(t));

// ── The set ─────────────────────────────────────────────────────────────────

export const HUNDRED_NINTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b109-promo-duree', ['promo-16-18'], [
    turn('promo duree ?', 'dispositif', [PROMO_DUR], NOT_PREPA_DUR),
    turn('max ?', 'dispositif', [PROMO_MAX], NOT_PREPA_DUR),
  ]),
  c('b109-prepa-duree-puis-pec', ['prepa-competences', 'competences-pec'], [
    turn('prepa comp duree', 'dispositif', [PREPA_DUR, TWO_WEEKS], NOT_PROMO_DUR),
    turn('et la pec ?', 'dispositif', [PEC_DUR], [...NOT_PREPA_DUR, ...NOT_PROMO_DUR]),
  ]),
  c('b109-pec-qui-prescrit', ['competences-pec'], [
    turn('pec qui prescrit', 'dispositif', [v(...DEPT_PRESCRIBES, ...PE)]),
  ]),
  c('b109-prepa-qui-prescrit-puis-promo', ['prepa-competences', 'promo-16-18'], [
    turn('prepa qui prescrit ?', 'dispositif', [v(...DEPT_PRESCRIBES, ...PE)]),
    turn('et la promo ?', 'dispositif', [PROMO_PRESCRIBERS]),
  ]),
  c('b109-panda', ['panda', 'keyword'], [turn('PANDA ?', 'dispositif', [PANDA_DEF])]),
  c('b109-clea-puis-numerique', ['clea', 'keyword'], [
    turn('CléA', 'dispositif', [
      v('compétences de base', 'socle', 'interprofessionnel', 'certification'),
    ]),
    turn('et numerique ?', 'dispositif', [
      v('numérique'),
      v('usages', 'environnement de travail', 'fondamentaux', 'vie sociale'),
    ]),
  ]),
  c('b109-rsfp-puis-jours', ['rsfp', 'keyword'], [
    turn('RSFP ?', 'dispositif', [
      v('reconnaissance des savoir-faire', 'savoir-faire professionnels', 'savoir faire'),
      v('VAE', 'V.A.E', 'validation des acquis', 'prérequis', 'pré-requis'),
    ]),
    turn('combien de jours ?', 'dispositif', [
      v('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3 jours ½'),
    ]),
  ]),
  c('b109-vae-pec', ['vae', 'keyword'], [
    turn('VAE pec', 'dispositif', [
      v('Compétences PEC', 'parcours emploi compétences', 'PEC'),
      v(
        '3,5 jours',
        '3 jours et demi',
        'trois jours et demi',
        '3 étapes',
        'trois étapes',
        'recevabilité',
        '5 jours',
        'cinq jours',
        'certification',
        'diplôme',
      ),
    ]),
  ]),
  c('b109-promo-lieu-jours', ['promo-16-18', TWO], [
    turn('promo c ou et quels jours', 'dispositif', [
      v('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'du lundi'),
      v('présentiel', 'Montauban', 'Village', 'centre AFPA', 'sur place'),
    ]),
  ]),
  c('b109-prepa-distanciel-cout', ['prepa-competences', TWO], [
    turn('prepa distanciel possible ? et ca coute combien au cd', 'dispositif', [DISTANCE, FREE]),
  ]),
  c('b109-prepa-volets-duree', ['prepa-competences', TWO], [
    turn('duree volet 1 et volet 2 ?', 'dispositif', [V1_DUR, V2_DUR], NOT_PROMO_DUR),
  ]),
  c('b109-bilan-prepa-puis-pec', ['prepa-competences', 'competences-pec', 'report'], [
    turn('bilan fin de prepa ?', 'dispositif', [BILAN, REFERENT]),
    turn('et pr la pec ?', 'dispositif', [v('bilan', 'portefeuille')]),
  ]),
  c('b109-promo-suivi-apres', ['promo-16-18', 'follow-up'], [
    turn('suivi apres la promo ?', 'dispositif', [
      v('6 mois', 'six mois'),
      v('mission locale', 'missions locales'),
    ]),
  ]),
  c('b109-promo-phases', ['promo-16-18'], [
    turn('promo les 4 phases ?', 'dispositif', [
      v('engagement'),
      v('construction'),
      v('préparation de la suite', 'la suite'),
    ]),
  ]),
  c('b109-prepa-ou-puis-moissac', ['prepa-competences'], [
    turn('prepa ca se passe ou ?', 'dispositif', [v('Montauban'), v(...DELOC, ...DISTANCE)]),
    turn('et a moissac ?', 'agenda', [v(...on('2027-03-08'), ...DELOC)], notOn('2027-02-15')),
  ]),
  c('b109-prepa-remuneration', ['prepa-competences', 'remuneration'], [
    turn('remuneration pendant prepa ?', 'dispositif', [NOT_COVERED], ['€', 'euros']),
  ]),
  c('b109-promo-pour-qui', ['promo-16-18'], [
    turn('promo1618 pour qui', 'dispositif', [
      v('16', 'seize', 'mineur'),
      v(
        'décroch',
        'quitté',
        'sortis',
        'sans formation',
        'ni en formation',
        'pas en formation',
        'ne travaillent pas',
        'sans emploi',
      ),
    ]),
  ]),
  c('b109-open-badges', ['open-badges', 'keyword'], [
    turn('open badges ?', 'dispositif', [
      v('soft skills', 'compétences douces', 'savoir-être', 'transverse', 'transversales', 'reconnaissance'),
    ]),
  ]),
  c('b109-fle', ['fle', 'keyword'], [
    turn('FLE / francais pro ?', 'dispositif', [
      v('primo-arrivant', 'primo arrivant', 'langue étrangère', 'débutant'),
    ]),
  ]),
  c('b109-campagne-dates', ['campagne', TWO], [
    turn('date limite des entrees et fin des parcours ?', 'dispositif', [
      v('31 décembre 2022', '31/12/2022', '31 déc'),
      v('30 avril 2023', '30/04/2023', '30 avr'),
    ]),
  ]),
  c('b109-accord-duree-resiliation', ['accord', TWO], [
    turn('accord duree ? resiliation ?', 'dispositif', [
      v('2 ans', 'deux ans'),
      v('2 mois', 'deux mois', 'préavis'),
    ]),
  ]),
  c('b109-prepa-financeur', ['prepa-competences', 'cost'], [
    turn('qui finance prepa ?', 'dispositif', [STATE]),
  ]),
  c('b109-reporting', ['report', RAMBLING, TWO], [
    turn(
      'on me demande en reunion d equipe qui fait le reporting des dispositifs, cest l afpa qui envoie des chiffres a qui et tous les combien ?',
      'dispositif',
      [
        v('DGEFP', 'D.G.E.F.P', 'DDETSPP', 'D.D.E.T.S.P.P'),
        v('mensuel', 'chaque mois', 'tous les mois', 'trimestri', 'annuel', 'chaque année'),
      ],
    ),
  ]),
  c('b109-pec-quand-commencer', ['competences-pec'], [
    turn('comp pec on peut commencer qd dans le contrat', 'dispositif', [
      v('dès la signature', 'signature', 'premiers mois', 'début du contrat', 'début du PEC'),
    ]),
  ]),
  c('b109-panda-qui-inscrit', ['panda', TWO], [
    turn('panda c quoi, qui inscrit dessus ?', 'dispositif', [
      PANDA_DEF,
      v('référent', 'travailleurs sociaux', 'travailleur social', 'vous', 'conseiller'),
    ]),
  ]),
  c('b109-promo-duree-prescripteur', ['promo-16-18', TWO], [
    turn('promo duree et qui oriente ?', 'dispositif', [PROMO_DUR, PROMO_PRESCRIBERS], NOT_PREPA_DUR),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b109-jpo-puis-moissac', ['jpo'], [
    turn('jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-01-07'), ...notOn('2027-02-03')]),
  ]),
  c('b109-info-coll-fevrier', ['info-collective'], [
    turn(
      'info coll fevrier ?',
      'agenda',
      [on('2027-02-09'), on('2027-02-11')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b109-info-coll-montauban-puis-castel', ['info-collective'], [
    turn('info coll prepa montauban ?', 'agenda', [on('2027-01-14')], notOn('2027-01-21')),
    turn('et castel ?', 'agenda', [on('2027-01-21'), v('Castelsarrasin')], notOn('2027-01-14')),
  ]),
  c('b109-info-coll-prepa-puis-mars', ['info-collective'], [
    turn('info coll prepa ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('en mars ?', 'agenda', [on('2027-03-04'), v('Valence')], [...notOn('2027-01-14'), ...notOn('2027-01-21')]),
  ]),
  c('b109-places-cariste-puis-macon', ['places'], [
    turn('places cariste', 'agenda', [seats(6)], OTHER_TRAININGS('cariste')),
    turn('et macon ?', 'agenda', [seats(3)], ['cariste', 'soudeur', 'plaquiste']),
  ]),
  c('b109-places-soudeur-elec', ['places', TWO], [
    turn('places soudeur et electricien ?', 'agenda', [seats(4), seats(2)], ['plaquiste', 'cariste']),
  ]),
  c('b109-places-plaquiste', ['places'], [
    turn('plaquiste il reste de la place ?', 'agenda', [FULL], ['cariste', 'soudeur']),
  ]),
  c('b109-prepa-v2-complet-puis-fevrier', ['sessions'], [
    turn('prepa v2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
    turn('et en fevrier ?', 'agenda', [on('2027-02-15'), seats(5)]),
  ]),
  c('b109-prepa-v1-puis-distanciel', ['sessions'], [
    turn('entree prepa v1 ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
    turn('distanciel ?', 'agenda', [on('2027-02-08')], notOn('2027-02-15')),
  ]),
  c('b109-pec-atelier2-puis-combien', ['sessions'], [
    turn('pec atelier 2 prochaine entree', 'agenda', [on('2027-01-20')], notOn('2027-02-10')),
    turn('combien ?', 'agenda', [seats(4)]),
  ]),
  c('b109-promo-entree-puis-places', ['sessions', 'promo-16-18'], [
    turn('promo prochaine entree ?', 'agenda', [on('2027-02-01'), v('Montauban')]),
    turn('places ?', 'agenda', [seats(10)]),
  ]),
  c('b109-info-coll-promo', ['info-collective', 'promo-16-18'], [
    turn('info coll 1618 ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
  ]),
  c('b109-visite-soudure-places', ['visite', TWO], [
    turn('visite soudure qd et cb de places', 'agenda', [on('2027-01-19'), seats(8)], notOn('2027-03-10')),
  ]),
  c('b109-visite-puis-elec', ['visite'], [
    turn('visite plateau ?', 'agenda', [on('2027-01-19')], notOn('2027-01-07')),
    turn('elec ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),
  c('b109-reunions-metiers', ['reunion-metier', TWO], [
    turn('reunion metiers logistique et batiment ?', 'agenda', [on('2027-01-26'), on('2027-02-23')]),
  ]),
  c('b109-info-coll-pec-moissac', ['info-collective'], [
    turn('info coll pec moissac', 'agenda', [on('2027-02-09')], notOn('2027-02-11')),
  ]),
  c('b109-cette-semaine', ['week'], [
    turn('cette semaine y a quoi ?', 'agenda', [on('2027-01-14')], [...notOn('2027-01-07'), ...notOn('2027-01-19')]),
  ]),
  c('b109-semaine-pro', ['week'], [
    turn(
      'semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26')],
    ),
  ]),
  c('b109-restauration-places-lieu', ['places', TWO], [
    turn('agent de restau places ? c ou', 'agenda', [seats(4), v('Caussade')], OTHER_TRAININGS('agent de restauration')),
  ]),
  c('b109-jpo-info-coll-fevrier', ['jpo', 'info-collective', TWO], [
    turn(
      'jpo et info coll en fevrier ?',
      'agenda',
      [v(...on('2027-02-03'), ...on('2027-02-17')), v(...on('2027-02-09'), ...on('2027-02-11'))],
      [...notOn('2027-01-14'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b109-places-preparateur', ['places'], [
    turn('preparateur de commandes places ?', 'agenda', [seats(5), v('Castelsarrasin')], ['plaquiste', 'soudeur']),
  ]),
  c('b109-prepa-moissac-puis-places', ['sessions'], [
    turn('prepa a moissac qd ?', 'agenda', [on('2027-03-08')], notOn('2027-02-15')),
    turn('il reste de la place ?', 'agenda', [seats(6)]),
  ]),
  c('b109-info-coll-castel-valence', ['info-collective', TWO], [
    turn('info coll prepa castel et valence ?', 'agenda', [on('2027-01-21'), on('2027-03-04')], notOn('2027-01-14')),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b109-el-17-ase-promo', ['promo-16-18'], [turn('17 ans ase ok promo ?', 'eligibility', [YES], NOT_NO)]),
  c('b109-el-15-ase-puis-16', ['promo-16-18', 'boundary'], [
    turn('15 ans ase promo ?', 'eligibility', [NO, v('16', 'seize')], PROMO_YES),
    turn('et a 16 ?', 'eligibility', [YES]),
  ]),
  c('b109-el-20-ml-promo', ['promo-16-18'], [
    turn('jeune 20 ans suivi ML promo 1618 ?', 'eligibility', [NO, v('mineur', '16', '18 ans')], PROMO_YES),
  ]),
  c('b109-el-16-lycee', ['promo-16-18'], [
    turn('16 ans encore au lycee promo ?', 'eligibility', [
      NO,
      v('quitté', 'décroch', 'sorti', 'pas en formation', 'ni en formation', 'scolaris', 'en formation'),
    ], PROMO_YES),
  ]),
  c('b109-el-17-apprenti', ['promo-16-18'], [
    turn('17 ans en apprentissage, promo possible ?', 'eligibility', [NO], PROMO_YES),
  ]),
  c('b109-el-brsa-non-inscrit', ['prepa-competences'], [
    turn('brsa pas inscrit ft, prepa comp ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b109-el-dame-rsa-rambling', ['prepa-competences', RAMBLING], [
    turn(
      'alors jai une dame au rsa depuis 2 ans, 52 ans, pas inscrite a FT, elle veut faire une formation aide a domicile mais elle a peur de pas tenir, elle a 2 petits, est ce que la prepa comp cest pour elle ?',
      'eligibility',
      [YES, v('volet 2', 'sécuris', 'garde')],
      NOT_NO,
    ),
  ]),
  c('b109-el-pec-mairie-puis-employeur', ['competences-pec'], [
    turn('mr en PEC mairie 40 ans brsa, comp pec ?', 'eligibility', [YES], NOT_NO),
    turn('faut accord employeur ?', 'dispositif', [v('employeur'), v('oui', 'accord', 'recueil', 'informe')]),
  ]),
  c('b109-el-rsa-sans-pec', ['competences-pec'], [
    turn('rsa pas en pec, comp pec ok ?', 'eligibility', [
      NO,
      v('PEC', 'P.E.C', 'contrat', 'parcours emploi compétences'),
    ], ['est éligible à compétences pec', 'peut faire compétences pec']),
  ]),
  c('b109-el-ass-prepa', ['prepa-competences'], [
    turn('ass pas rsa, prepa par le cd ?', 'eligibility', [v('RSA', 'R.S.A'), PE]),
  ]),
  c('b109-el-rqth-prepa', ['prepa-competences'], [
    turn('rsa rqth 45 ans prepa ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b109-el-16-ase-parents', ['promo-16-18', TWO], [
    turn('16 ans ase decrocheur ok ? faut quoi des parents', 'eligibility', [
      YES,
      v('autorisation', 'parental', 'parents'),
    ], NOT_NO),
  ]),
  c('b109-el-pec-3-mois', ['competences-pec'], [
    turn('rsa en pec depuis 3 mois trop tard pr comp pec ?', 'eligibility', [
      YES,
    ], NOT_NO),
  ]),
  c('b109-el-17-interim', ['promo-16-18'], [
    turn('17 ans ase mais bosse en interim, promo ?', 'eligibility', [NO], PROMO_YES),
  ]),
  c('b109-el-17-ml-rambling', ['promo-16-18', RAMBLING], [
    turn(
      'jai un jeune de 17 ans qui a lache le lycee en novembre, suivi par la ML, il fait rien de ses journees, la conseillere ML ma parle de la promo, il peut y aller ?',
      'eligibility',
      [YES],
      NOT_NO,
    ),
  ]),
  c('b109-el-25-brsa-volet', ['prepa-competences', TWO], [
    turn('25 ans brsa prepa ok ? quel volet pour securiser entree en formation', 'eligibility', [
      YES,
      v('volet 2', 'volet n°2', 'second volet', 'deuxième volet'),
    ], NOT_NO),
  ]),
  c('b109-el-17-ase-prochaine', ['promo-16-18', TWO], [
    turn('17 ans ase promo ok ? et c qd la prochaine', 'eligibility', [YES, on('2027-02-01')], NOT_NO),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b109-oos-permis', [], [turn('aide permis b ?', 'out_of_scope', [NOT_COVERED])]),
  c('b109-oos-garde', [], [turn('garde enfants financee ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros'])]),
  c('b109-oos-cej', [], [turn('CEJ ?', 'out_of_scope', [NOT_COVERED])]),
  c('b109-oos-aide-soignante', [], [
    turn('formation aide soignante ?', 'out_of_scope', [
      v(...NOT_COVERED, 'aucune formation', 'pas de formation', 'pas dans', 'ne figure pas', 'pas d’aide-soignant'),
    ]),
  ]),
  c('b109-oos-cpf', [], [turn('montant cpf ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros'])]),
  c('b109-oos-logement', [], [turn('logement urgence pr un brsa ?', 'out_of_scope', [NOT_COVERED])]),
  c('b109-oos-meteo', [], [turn('meteo demain montauban', 'out_of_scope', [NOT_COVERED])]),
  c('b109-oos-transport', [], [
    turn('frais transport rembourses prepa ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros']),
  ]),
  c('b109-oos-rsa-maintenu', [RAMBLING], [
    turn(
      'dsl de te deranger entre 2 rdv, jai une allocataire qui me demande si elle garde son rsa pendant la prepa, tu sais ?',
      'out_of_scope',
      [NOT_COVERED],
      ['€', 'euros'],
    ),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b109-contact-afpa-puis-cd', [], [
    turn('contact afpa ?', 'contact', [AFPA_CONTACT]),
    turn('et cote cd ?', 'contact', [v(...DEPT_REFERENT, 'Weill', 'Président')]),
  ]),
  c('b109-contact-deploiement', [], [turn('qui deploie prepa a lafpa', 'contact', [BATTEDOU])]),
  c('b109-contact-coordo', [], [turn('coordo departemental ?', 'contact', [VELLA])]),
  c('b109-contact-mail', [], [turn('mail battedou ?', 'contact', [NO_DETAILS], ['@'])]),
  c('b109-contact-suivi-accord', [], [
    turn('qui suit l accord cote cd ?', 'contact', [v('Weill', 'Président', ...DEPT_REFERENT)]),
  ]),
  c('b109-contact-interlocuteur', [], [
    turn('interlocuteur cd de l afpa pour l expe ?', 'contact', [DEPT_REFERENT]),
  ]),
  c('b109-contact-promo-puis-tel', [], [
    turn('contact promo ?', 'contact', [AFPA_CONTACT]),
    turn('et son tel ?', 'contact', [NO_DETAILS]),
  ]),
  c('b109-contact-deux', [TWO], [turn('contact afpa et referent cd ?', 'contact', [AFPA_CONTACT, DEPT_REFERENT])]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b109-fig-prepa-puis-pec', [], [
    turn('objectif prepa 2022 ?', 'figures', [OBJ_PREPA]),
    turn('et pec ?', 'figures', [OBJ_PEC]),
  ]),
  c('b109-fig-objectifs-2022', [], [turn('objectifs 2022 ?', 'figures', [OBJ_PREPA, OBJ_PEC, OBJ_PROMO])]),
  c('b109-fig-promo-ase', [], [turn('objectif jeunes ase promo ?', 'figures', [OBJ_PROMO])]),
  c('b109-fig-entrees-prepa', [], [turn('nb entrees prepa a date ?', 'figures', [NOT_YET])]),
  c('b109-fig-2023', [], [
    turn('objectif 2023 ?', 'figures', [
      v('2022'),
      v(...NOT_COVERED, ...NOT_YET, 'seulement', 'uniquement', 'que pour', 'pas d’objectif', 'aucun objectif'),
    ]),
  ]),
  c('b109-fig-promo-realise', [TWO], [turn('objectif promo 2022 et realise ?', 'figures', [OBJ_PROMO, NOT_YET])]),
  c('b109-fig-prepa-pec', [TWO], [turn('objectifs prepa et pec ?', 'figures', [OBJ_PREPA, OBJ_PEC])]),
  c('b109-fig-pec-puis-realise', [], [
    turn('objectif comp pec ?', 'figures', [OBJ_PEC]),
    turn('realise ?', 'figures', [NOT_YET]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b109-presc-prepa', [], [turn('je veux prescrire prepa', 'prescribe', [FORM])]),
  c('b109-presc-pec', [], [turn('prescrire comp pec comment ?', 'prescribe', [FORM, v('employeur')])]),
  c('b109-presc-promo', [], [turn('presc promo jeune ase', 'prescribe', [FORM])]),
  c('b109-presc-seul', ['keyword'], [turn('prescrire', 'prescribe', [FORM])]),
  c('b109-presc-fiche', [], [turn('fiche presc ?', 'prescribe', [FORM])]),
  c('b109-presc-direct', [], [
    turn('je peux prescrire direct sans passer par FT ?', 'prescribe', [
      v('directement', 'oui', 'pouvez', 'sans passer'),
      FORM,
    ]),
  ]),
  c('b109-presc-puis-annule', [], [
    turn('presc prepa', 'prescribe', [FORM]),
    turn('annule', 'other', [CANCELLED]),
  ]),
  c('b109-presc-rambling', [RAMBLING], [
    turn(
      'bon jai vu mme D. ce matin, rsa, elle est partante pour la prepa comp, jai son adhesion et tout, je fais comment maintenant pour l inscrire ?',
      'prescribe',
      [FORM],
    ),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b109-bonjour', [], [turn('bonjour', 'other', [GREETING])]),
  c('b109-merci', [], [
    turn('merci !', 'other', [
      v('avec plaisir', 'de rien', 'je vous en prie', 'volontiers', 'à votre service', 'bonne journée', 'n’hésitez', 'plaisir'),
    ]),
  ]),
  c('b109-aide', [], [turn('aide', 'other', [MENU])]),
  c('b109-tu-fais-quoi', [], [turn('tu sais faire quoi ?', 'other', [MENU])]),
  c('b109-annule-seul', [], [turn('annule', 'other', [CANCELLED])]),
  c('b109-slt-puis-prepa', [], [
    turn('slt', 'other', [GREETING]),
    turn('prepa duree ?', 'dispositif', [PREPA_DUR], NOT_PROMO_DUR),
  ]),
];
