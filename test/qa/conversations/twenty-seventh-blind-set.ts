import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/**
 * Twenty-seventh blind set: « conversations that go on ».
 *
 * Who writes: référents insertion and travailleurs sociaux of the Département (CD82) who keep
 * talking to the bot in the same personal chat. A first question is followed by short
 * follow-ups that only make sense with the context (« et a moissac ? », « ca dure cb ? »,
 * « qui prescrit ? », « la suivante ? », « y a encore de la place ? »); sometimes a new
 * subject arrives in the middle of a thread and the old context must be dropped; sometimes
 * two questions come in one message (one mustContain group per question). They type fast:
 * BRSA, ASE, PEC, 1618, prépa comp, FT, CD, no accents, typos, with or without question marks.
 *
 * Written only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, Europe/Paris), without looking at the bot.
 * Where the agreement is silent (pay of the person during a programme, phone numbers), the
 * expected answer says so instead of inventing a rule.
 */

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

/** La Promo 16/18, however it is spelled. */
const PROMO = ['promo 16', 'promo1618', 'promo 1618'];

/** Prépa Compétences: « une durée comprise entre 2 et 8 jours maxi sur 2 semaines ». */
const PREPA_DURATION = [
  '2 à 8',
  '2 et 8',
  'deux à huit',
  'deux et huit',
  '2 jours à 8',
  '2-8 jours',
  '2 a 8j',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours', 'quinzaine'];
/** Volet 1 « consolider son projet »: 5 à 6 jours; volet 2 « sécuriser l'entrée en formation »: 4 à 8 jours. */
const VOLET1_DURATION = ['5 à 6', '5 et 6', '5-6 jours', '5 ou 6', 'cinq à six'];
const VOLET2_DURATION = ['4 à 8', '4 et 8', '4-8 jours', 'quatre à huit'];
const VOLET1_CONTENT = ['consolid', 'projet professionnel', 'faisabilité', 'projet'];
const PREPA_CONTENT = [
  'atelier',
  'projet professionnel',
  'entrée en formation',
  'se préparer',
  'consolid',
  'sécuris',
];
/** « Les services compétents du Département pourront prescrire directement ». */
const PREPA_PRESCRIBER = [
  'département',
  'référent',
  'services compétents',
  'directement',
  'cd82',
  'conseil départemental',
];
/** Public of Prépa Compétences: allocataires du RSA (inscrits ou non à Pôle emploi / France Travail). */
const RSA_PUBLIC = ['allocataire', 'du rsa', 'au rsa', 'r.s.a', 'brsa', 'rsa '];
/** Tout ou partie à distance ou en présentiel dans le centre (Prépa and Compétences PEC). */
const REMOTE = ['distanc'];
const NOT_REMOTE = [
  'uniquement en présentiel',
  'seulement en présentiel',
  'que en présentiel',
  'pas à distance',
  'pas en distanciel',
];
/** Deployed on the centre of Montauban, with delocalised sessions in the whole département. */
const DELOCALISED = [
  'délocalis',
  'tout le département',
  'ensemble du département',
  'dans le département',
  'à distance',
  'castelsarrasin',
  'moissac',
  'valence',
  'caussade',
];
/** « sans contrepartie financière »; funded by the State through the PIC. */
const NO_COST = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'ne coûte rien',
  'pas de coût',
  'financé par l',
  'financés par l',
  'financement de l',
  'pris en charge par l',
  'investissement dans les compétences',
  'p.i.c',
  '(pic)',
  ' pic ',
];

/** Compétences PEC: 5 jours de participation répartis sur la durée du PEC, 5 phases. */
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PEC_STEPS = [
  '5 phases',
  'cinq phases',
  '6 ateliers',
  'six ateliers',
  'positionnement',
  'première rencontre',
  'reconnaissance des acquis',
];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
/** V.A.E. and R.S.F.P.: 3 étapes / 3,5 jours; CléA socle: 1 jour. */
const VAE_DURATION = [
  '3,5 jours',
  '3.5 jours',
  '3 jours et demi',
  'trois jours et demi',
  '3,5 j',
  '3 étapes',
];
/** Compétences PEC is mobilised by Pôle emploi (France Travail) advisers, and directly by the Département. */
const PEC_PRESCRIBER = [...PREPA_PRESCRIBER, 'pôle emploi', 'france travail', 'conseiller'];
/** The referent informs the PEC employer and collects their agreement. */
const EMPLOYER_AGREEMENT = ['oui', 'recueill', 'son accord', 'accord de l', 'informe l'];
/** Compétences PEC is for people who signed a PEC. */
const PEC_RESERVED = [
  'réservé',
  'signataire',
  'en pec',
  'en p.e.c',
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi compétences',
  'pas éligible',
  'non éligible',
  'ne peut pas',
  'prépa compétences',
];
const RSFP_WHAT = ['savoir-faire', 'savoir faire'];
const RSFP_FOR = [
  'prérequis',
  'pré-requis',
  'pré requis',
  'accéder directement à la vae',
  'accès direct à la vae',
  'accéder à la vae',
  'conditions de la vae',
];

/** La Promo 16/18: 13 semaines (3 mois) en 4 phases, jusqu'à 4 mois; présentiel du lundi au jeudi. */
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
/** « sur une durée totale de 4 mois si le jeune a besoin de périodes de réflexion ». */
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi'];
const PROMO_ON_SITE = ['présentiel', ...PROMO_DAYS];
const PROMO_WHERE = ['montauban', 'village', 'centre afpa', 'centre a.f.p.a', 'centre de l'];
const PROMO_AGE = [
  '16 à 18 ans',
  '16 et 18 ans',
  '16-18 ans',
  'de 16 à 18',
  'entre 16 et 18',
  '16 ou 17 ans',
  '16-17 ans',
  'mineur',
];
/** « jeunes mineurs ayant quitté prématurément le collège ou le lycée, qui ne sont pas en formation ». */
const DROPPED_OUT = [
  'quitté',
  'décroch',
  'pas en formation',
  'ni en formation',
  'plus scolaris',
  'déscolaris',
  'sorti',
  'ni scolaris',
];
const PROMO_PUBLIC = [...PROMO_AGE, ...DROPPED_OUT];
/** « les Missions Locales ou C.I.O. proposent aux jeunes … le dispositif ». */
const PROMO_PRESCRIBERS = ['mission locale', 'missions locales', 'c.i.o', ' cio', '(cio', 'information et d'];
/** Autorisations parentales; engagement of the young person and the parents in the first week. */
const PARENTS = ['autoris', 'engagement'];
/** Accompagnement prolongé de 6 mois avec les Missions Locales. */
const AFTER_PROMO = ['6 mois', 'six mois', 'prolong', 'mission locale'];
const BADGES_IN_PROMO = ['oui', 'valid', 'compétences socles', 'transversales', 'numériques'];

const CLEA_NUM_CONTENT = ['usages', 'environnement de travail', 'compétences numériques', 'vie sociale'];
const OPEN_BADGES_CONTENT = [
  'soft skills',
  'compétences douces',
  'savoir-être',
  'savoir être',
  'transverses',
  'transversales',
  'reconnaissance',
];
const FLE = ['visée professionnelle', 'langue étrangère', 'fle', 'f.l.e'];
const FLE_GOAL = [
  'contexte professionnel',
  'bases linguistiques',
  'oral',
  'écri',
  'autonomie',
  'communication',
];

const BILAN = ['bilan'];
const PANDA_WHAT = [
  'traçabilité',
  'tracer',
  'trace',
  'suivi des parcours',
  'suivre les parcours',
  'plateforme',
];

/** Article 3 and protocol § 6: Éric Vella, Fabienne Battedou (Responsable Accompagnement et Parcours). */
const CONTACT_AFPA = ['battedou', 'responsable accompagnement et parcours', 'vella'];
/** The Département designates a référent de l'expérimentation; the agreement is followed by its président. */
const CONTACT_CD = ['référent', 'weill', 'président'];

/** Objectifs 2022: 30 RSA in Prépa, 50 RSA in Compétences PEC, 10 ASE young people to La Promo. */
const PREPA_TARGET = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  '30 rsa',
  '30 brsa',
  '30 entrées',
  ': 30',
  'de 30',
  '= 30',
  'trente',
];
const PEC_TARGET = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  '50 rsa',
  '50 brsa',
  '50 entrées',
  ': 50',
  'de 50',
  '= 50',
  'cinquante',
];
const PROMO_TARGET = [
  '10 jeunes',
  '10 personnes',
  '10 orientations',
  '10 bénéficiaires',
  ': 10',
  'de 10',
  '= 10',
  'dix jeunes',
];
/** Monthly dashboards to the D.G.E.F.P., yearly report to the D.D.E.T.S.P.P., steering committees. */
const REPORTING = ['d.g.e.f.p', 'dgefp', 'd.d.e.t.s', 'ddets', 'comité de pilotage', 'copil'];
/** Article 6: 2 ans à compter du 1er janvier 2022, avenant, préavis de 2 mois. */
const TWO_YEARS = ['2 ans', 'deux ans'];
const NOTICE = ['2 mois', 'deux mois', 'préavis'];

// ── Shapes of an answer ─────────────────────────────────────────────────────

const ELIGIBLE = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'peut entrer',
  'peut intégrer',
  'peut y accéder',
  'a accès',
  'peut suivre',
  'peut faire',
  'peut être orienté',
  'peut être prescrit',
];
const REFUSED = ['pas éligible', 'non éligible', 'inéligible', 'ne peut pas'];
const NOT_ELIGIBLE = [
  ...REFUSED,
  'pas possible',
  'n’est pas',
  "n'est pas",
  'ne remplit pas',
  'réservé',
  'trop âgé',
  'trop jeune',
  'plus éligible',
  'pas encore',
  'pas concerné',
  'ne relève pas',
  'dépasse',
  'au-delà',
  'plus de 18',
  'moins de 16',
  'non,',
  'non.',
  'non :',
];
/** What an answer says when the agreement does not settle the question. */
const SILENT = [
  'ne précise pas',
  'ne le précise',
  'pas précisé',
  'non précisé',
  'ne dit pas',
  'ne le dit',
  'ne mentionne pas',
  'pas mentionné',
  'ne prévoit pas',
  'pas prévu',
  'non prévu',
  'n’indique pas',
  "n'indique pas",
  'pas indiqué',
  'ne traite pas',
  'pas traité',
  'n’aborde pas',
  "n'aborde pas",
  'pas abordé',
  'ne figure pas',
  'ne parle pas',
  'rien sur',
  'rien à ce sujet',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'pas cette information',
  'je n’ai pas',
  "je n'ai pas",
  'ne contient pas',
  'ne donne pas',
  'ne fixe pas',
  'silencieu',
  'se renseigner',
  'renseignez-vous',
  'rapprochez-vous',
  'à voir avec',
  'voir avec l',
];
/** An out-of-scope answer says it cannot help there and what it is for. */
const OOS = [
  'ne peux pas',
  'pas en mesure',
  'hors du champ',
  'hors champ',
  'hors de mon',
  'ne traite pas',
  'ne couvre pas',
  'ne concerne pas',
  'pas dans mon',
  'uniquement',
  'seulement',
  'ne réponds qu',
  'je réponds',
  'je peux vous aider',
  'je peux vous renseigner',
  'je peux répondre',
  'partenariat',
  'pas de réponse',
  'je n’ai pas',
  "je n'ai pas",
  'pas d’information',
  "pas d'information",
];
const PRESCRIBE_FORM = ['formulaire', 'prescription', 'prescrire', 'panda'];
const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', 'plus aucune', ...seats(0)];

// Times of the fixture.
const H_9 = ['9h', '9:00', '09:00', '9 h'];
const H_9_30 = ['9h30', '9:30', '09:30', '9 h 30', '09h30'];
const H_14 = ['14h', '14:00', '14 h'];

/** The trainings of the fixture's Info Places; an answer about one trade lists no other. */
const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((n) => !asked.some((a) => n.includes(a)));

// ── Conversations ───────────────────────────────────────────────────────────

/** Practical aspects of a programme, then a short follow-up on the same one. */
const programmeThreads: ConversationCase[] = [
  c(
    'b27-prepa-duree-puis-distanciel',
    ['prepa-competences', 'follow-up'],
    [
      t('prepa comp ca dure cb', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      t('et en distanciel c possible ?', 'dispositif', [REMOTE], NOT_REMOTE),
    ],
  ),
  c(
    'b27-prepa-duree-prescripteur-puis-promo',
    ['prepa-competences', 'promo-16-18', 'two-questions', 'follow-up'],
    [
      t('combien de temps et qui prescrit pour prepa comp ?', 'dispositif', [
        PREPA_DURATION,
        PREPA_PRESCRIBER,
      ]),
      t('et pour la promo 1618 ?', 'dispositif', [PROMO_DURATION, PROMO_PRESCRIBERS], ['2 à 8']),
    ],
  ),
  c(
    'b27-promo-parents-duree-max-puis-apres',
    ['promo-16-18', 'follow-up'],
    [
      t('pour la promo1618 faut l accord des parents ?', 'dispositif', [PARENTS]),
      t('et ca peut durer plus que 13 semaines', 'dispositif', [PROMO_MAX]),
      t('et apres le programme il se passe quoi', 'dispositif', [AFTER_PROMO]),
    ],
  ),
  c(
    'b27-pec-etapes-puis-vae',
    ['competences-pec', 'follow-up'],
    [
      t('competences pec c koi les etapes', 'dispositif', [PEC_STEPS, VAE]),
      t('et la vae dedans ca prend cb de jours ?', 'dispositif', [VAE_DURATION]),
    ],
  ),
  c(
    'b27-pec-employeur-puis-paye',
    ['competences-pec', 'follow-up', 'agreement-silent'],
    [
      t(
        'mon BRSA est en PEC dans une asso, faut l accord de l employeur pour competences pec ?',
        'dispositif',
        [EMPLOYER_AGREEMENT],
      ),
      t('et il est paye pendant les ateliers ?', 'dispositif', [SILENT]),
    ],
  ),
  c(
    'b27-prepa-remuneration-puis-cout-cd',
    ['prepa-competences', 'follow-up', 'agreement-silent'],
    [
      t('prepa comp c remunere pour la personne ?', 'dispositif', [SILENT]),
      t('et ca coute qqch au CD ?', 'dispositif', [NO_COST]),
    ],
  ),
  c(
    'b27-promo-duree-lieu-puis-prescripteur',
    ['promo-16-18', 'two-questions', 'follow-up'],
    [
      t('la promo 16-18 ca dure cb et c ou', 'dispositif', [PROMO_DURATION, PROMO_WHERE], ['2 à 8']),
      t('qui prescrit ?', 'dispositif', [PROMO_PRESCRIBERS]),
    ],
  ),
  c(
    'b27-prepa-volet1-puis-volet2',
    ['prepa-competences', 'follow-up'],
    [
      t('prepa comp volet 1 c koi', 'dispositif', [VOLET1_CONTENT]),
      t('et le volet 2 ca dure cb ?', 'dispositif', [VOLET2_DURATION]),
    ],
  ),
  c(
    'b27-rsfp-puis-duree',
    ['rsfp', 'follow-up'],
    [
      t('c koi la rsfp', 'dispositif', [RSFP_WHAT, RSFP_FOR]),
      t('ca dure cb ?', 'dispositif', [VAE_DURATION]),
    ],
  ),
  c(
    'b27-open-badges-puis-promo',
    ['open-badges', 'promo-16-18', 'follow-up'],
    [
      t('open badges c pour quoi', 'dispositif', [OPEN_BADGES_CONTENT]),
      t('et y en a dans la promo 1618 ?', 'dispositif', [BADGES_IN_PROMO]),
    ],
  ),
  c(
    'b27-prepa-contenu-puis-lieu',
    ['prepa-competences', 'follow-up'],
    [
      t('prepa competence il y a quoi dedans concretement', 'dispositif', [PREPA_CONTENT]),
      t('c qu a montauban ?', 'dispositif', [DELOCALISED]),
    ],
  ),
  c(
    'b27-prepa-bilan-puis-panda',
    ['prepa-competences', 'panda', 'follow-up', 'topic-switch'],
    [
      t('a la fin de prepa comp on recoit un retour nous ?', 'dispositif', [BILAN]),
      t('c quoi panda deja', 'other', [PANDA_WHAT]),
    ],
  ),
];

/** Eligibility, then a variation of the person or a new question. */
const eligibilityThreads: ConversationCase[] = [
  c(
    'b27-promo-ase-17-puis-19',
    ['promo-16-18', 'ase', 'age', 'follow-up'],
    [
      t('un jeune ASE de 17 ans peut faire la promo 1618 ?', 'eligibility', [ELIGIBLE], REFUSED),
      t('et s il a 19 ans', 'eligibility', [PROMO_AGE, NOT_ELIGIBLE]),
    ],
  ),
  c(
    'b27-prepa-brsa-non-inscrit-puis-prescrire',
    ['prepa-competences', 'rsa', 'follow-up'],
    [
      t('BRSA pas inscrit a FT il peut aller en prepa comp ?', 'eligibility', [ELIGIBLE], REFUSED),
      t('ok et pr le prescrire je fais comment', 'prescribe', [PRESCRIBE_FORM]),
    ],
  ),
  c(
    'b27-pec-eligible-puis-hors-pec',
    ['competences-pec', 'rsa', 'follow-up'],
    [
      t('un brsa en PEC depuis 3 mois il peut faire competences pec', 'eligibility', [ELIGIBLE], REFUSED),
      t('et un brsa qui est pas en pec ?', 'eligibility', [PEC_RESERVED]),
    ],
  ),
  c(
    'b27-promo-lyceen-puis-orientation',
    ['promo-16-18', 'follow-up'],
    [
      t('jeune de 16 ans encore au lycee, promo 1618 possible ?', 'eligibility', [DROPPED_OUT]),
      t('qui oriente vers la promo normalement', 'dispositif', [PROMO_PRESCRIBERS]),
    ],
  ),
  c(
    'b27-prepa-public-puis-17-ans',
    ['prepa-competences', 'promo-16-18', 'age', 'follow-up'],
    [
      t('prepa comp c pour qui', 'dispositif', [RSA_PUBLIC]),
      t('et pour un jeune de 17 ans ?', 'eligibility', [PROMO]),
    ],
  ),
];

/** Agenda questions, then a filter changed by a short follow-up. */
const agendaThreads: ConversationCase[] = [
  c(
    'b27-info-coll-quand-ou-places-suivante',
    ['info-collective', 'two-questions', 'follow-up', 'seats'],
    [
      t(
        'c quand la prochaine info coll et c ou',
        'agenda',
        [on('2027-01-14'), ['montauban']],
        notOn('2027-01-07'),
      ),
      t('y a encore de la place ?', 'agenda', [seats(15)]),
      t('la suivante ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']]),
    ],
  ),
  c(
    'b27-entree-prepa-montauban-puis-moissac',
    ['prepa-competences', 'sessions', 'town', 'follow-up'],
    [
      t('c quand la prochaine entree en prepa comp a montauban ?', 'agenda', [on('2027-01-18')]),
      t(
        'et a moissac ?',
        'agenda',
        [on('2027-03-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15'), ...notOn('2027-02-09')],
      ),
      // The Moissac session is a volet 1, from 8 to 19 March.
      t(
        'ca dure cb ?',
        'dispositif',
        [[...VOLET1_DURATION, ...PREPA_DURATION, ...TWO_WEEKS, 'du 8 au 19']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b27-entree-prepa-puis-distanciel',
    ['prepa-competences', 'sessions', 'modality', 'follow-up'],
    [
      t('dates entree prepa competences ?', 'agenda', [on('2027-01-18')]),
      t('et en distanciel ?', 'agenda', [on('2027-02-08')], [...notOn('2027-01-18'), ...notOn('2027-02-15')]),
    ],
  ),
  c(
    'b27-pec-entrees-distance-prescripteur',
    ['competences-pec', 'sessions', 'modality', 'follow-up'],
    [
      t('entrees competences PEC ?', 'agenda', [on('2027-01-20')]),
      t('et a distance', 'agenda', [on('2027-03-03')], notOn('2027-02-10')),
      t('qui prescrit ?', 'dispositif', [PEC_PRESCRIBER]),
    ],
  ),
  c(
    'b27-prepa-volet2-puis-complet',
    ['prepa-competences', 'sessions', 'seats', 'follow-up'],
    [
      t('prochaine session prepa volet 2 ?', 'agenda', [on('2027-02-15')]),
      t('et celle du 25 janvier il reste de la place', 'agenda', [FULL]),
    ],
  ),
  c(
    'b27-visite-plateau-puis-electricite',
    ['visite-plateau', 'trade', 'follow-up'],
    [
      t('prochaine visite plateau technique ?', 'agenda', [on('2027-01-19'), ['soudure']]),
      t('et en electricite ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b27-jpo-puis-moissac',
    ['jpo', 'town', 'follow-up'],
    [
      t('JPO bientot ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      t('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b27-reunion-batiment-puis-logistique',
    ['reunion-metier', 'trade', 'follow-up'],
    [
      t('reunion metier batiment c quand', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
      t('et logistique ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    ],
  ),
  c(
    'b27-info-coll-fevrier-puis-mars',
    ['info-collective', 'month', 'follow-up'],
    [
      t(
        'les infos coll en fevrier ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-03-17')],
      ),
      t(
        'et en mars',
        'agenda',
        [on('2027-03-04'), on('2027-03-17')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b27-semaine-puis-semaine-pro',
    ['week', 'follow-up'],
    [
      t(
        'cette semaine y a quoi a l afpa ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
      t(
        'et la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b27-places-soudure-puis-plaquiste',
    ['places', 'trade', 'seats', 'follow-up'],
    [
      t('places dispo en soudure ?', 'agenda', [['soudeur'], seats(4)], otherTrainings('soudeur')),
      t('et plaquiste ?', 'agenda', [FULL], otherTrainings('plaquiste')),
    ],
  ),
  c(
    'b27-places-logistique-puis-castel',
    ['places', 'trade', 'town', 'follow-up'],
    [
      t(
        'formations logistique avec des places ?',
        'agenda',
        [['cariste'], ['préparateur de commandes']],
        otherTrainings('cariste', 'préparateur'),
      ),
      t('et que sur castelsarrasin', 'agenda', [['préparateur'], seats(5)], ['cariste']),
    ],
  ),
  c(
    'b27-places-moissac-puis-caussade',
    ['places', 'town', 'follow-up'],
    [
      t(
        'y a des places en formation a moissac ?',
        'agenda',
        [['propreté'], seats(7)],
        otherTrainings('propreté'),
      ),
      t('et a caussade ?', 'agenda', [['restauration'], seats(4)], ['agent de propreté']),
    ],
  ),
  c(
    'b27-promo-entree-puis-infocoll',
    ['promo-16-18', 'sessions', 'follow-up'],
    [
      t('prochaine entree promo 16 18 ?', 'agenda', [on('2027-02-01')]),
      t(
        'et l info coll pour les jeunes et leurs parents ?',
        'agenda',
        [on('2027-03-17')],
        notOn('2027-01-14'),
      ),
    ],
  ),
];

/** A new subject arrives in the middle of a thread: the old context is dropped. */
const topicSwitches: ConversationCase[] = [
  c(
    'b27-switch-soudure-clea-retour',
    ['topic-switch', 'clea-numerique', 'visite-plateau', 'places'],
    [
      t('visite soudure c quand ?', 'agenda', [on('2027-01-19')]),
      t('au fait c quoi clea numerique', 'dispositif', [CLEA_NUM_CONTENT], ['soudure']),
      t('ok et il reste des places en formation soudeur ?', 'agenda', [seats(4)]),
    ],
  ),
  c(
    'b27-switch-promo-rsa-oos-retour',
    ['topic-switch', 'promo-16-18'],
    [
      t('promo 1618 c combien de semaines', 'dispositif', [PROMO_DURATION], ['2 à 8']),
      t('tu sais le montant du RSA pour une personne seule ?', 'out_of_scope', [OOS], ['13 semaines']),
      t('ok et la promo c en presentiel ?', 'dispositif', [PROMO_ON_SITE]),
    ],
  ),
  c(
    'b27-switch-jpo-puis-conges',
    ['topic-switch', 'jpo'],
    [
      t('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      t(
        'tu peux m envoyer le planning des conges de l equipe stp',
        'out_of_scope',
        [OOS],
        notOn('2027-02-03'),
      ),
    ],
  ),
  c(
    'b27-switch-caf-puis-afpa',
    ['topic-switch', 'agreement-silent'],
    [
      t('c quoi le numero de la CAF', 'out_of_scope', [OOS]),
      t('et le num de l afpa montauban ?', 'contact', [[...CONTACT_AFPA, ...SILENT]]),
    ],
  ),
  c(
    'b27-switch-prescrire-puis-entree',
    ['topic-switch', 'prepa-competences', 'sessions'],
    [
      t('je veux prescrire prepa comp pour une BRSA', 'prescribe', [PRESCRIBE_FORM]),
      t('la prochaine entree c quand deja ?', 'agenda', [on('2027-01-18')]),
    ],
  ),
  c(
    'b27-switch-prescrire-promo-puis-age',
    ['promo-16-18', 'ase', 'age', 'follow-up'],
    [
      t('je voudrais inscrire un jeune ASE a la promo 1618', 'prescribe', [PRESCRIBE_FORM]),
      t('il a 17 ans et a arrete le lycee l an dernier ca passe ?', 'eligibility', [ELIGIBLE], REFUSED),
    ],
  ),
];

/** Contacts, figures and the agreement itself, with a follow-up. */
const contactAndFigures: ConversationCase[] = [
  c(
    'b27-contact-afpa-puis-departement',
    ['follow-up'],
    [
      t('qui contacter a l afpa pour prepa comp ?', 'contact', [CONTACT_AFPA]),
      t('et cote departement c qui', 'contact', [CONTACT_CD]),
    ],
  ),
  c(
    'b27-objectifs-prepa-puis-ase',
    ['objectifs-2022', 'follow-up'],
    [
      t('objectif prepa comp 2022 c combien de BRSA', 'figures', [PREPA_TARGET]),
      t('et pour les jeunes ASE ?', 'figures', [PROMO_TARGET]),
    ],
  ),
  c(
    'b27-accord-duree-puis-resiliation',
    ['agreement', 'follow-up'],
    [
      t('l accord CD afpa il dure combien de temps', 'other', [TWO_YEARS]),
      t('et si un des deux veut arreter ?', 'other', [NOTICE]),
    ],
  ),
];

/** Two questions in one message, each answered. */
const twoInOne: ConversationCase[] = [
  c(
    'b27-pec-prescripteur-et-duree',
    ['competences-pec', 'two-questions'],
    [t('competences pec qui prescrit et ca dure cb', 'dispositif', [PEC_PRESCRIBER, PEC_DAYS])],
  ),
  c(
    'b27-jpo-3-fevrier-heure-et-lieu',
    ['jpo', 'two-questions'],
    [t('la jpo du 3 fevrier c a quelle heure et c ou', 'agenda', [H_9, ['montauban']])],
  ),
  c(
    'b27-promo-public-et-duree',
    ['promo-16-18', 'two-questions'],
    [t('promo 1618 c pour quel public et ca dure combien', 'dispositif', [PROMO_PUBLIC, PROMO_DURATION])],
  ),
  c(
    'b27-info-coll-pec-lieu-et-heure',
    ['info-collective', 'competences-pec', 'two-questions'],
    [
      t(
        'info coll competences pec c ou et a quelle heure',
        'agenda',
        [['moissac'], H_9_30],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b27-objectif-pec-et-remontee',
    ['objectifs-2022', 'two-questions'],
    [t('objectif PEC 2022 et c remonte a qui les chiffres', 'figures', [PEC_TARGET, REPORTING])],
  ),
  c(
    'b27-promo-entree-date-et-places',
    ['promo-16-18', 'sessions', 'seats', 'two-questions'],
    [t('entree promo 1618 c quand et cb de places', 'agenda', [on('2027-02-01'), seats(10)])],
  ),
  c(
    'b27-fle-public-et-objectif',
    ['fle', 'two-questions'],
    [t('vous avez du FLE pour un primo arrivant ? c pour apprendre quoi', 'dispositif', [FLE, FLE_GOAL])],
  ),
  c(
    'b27-pec-distance-et-promo',
    ['competences-pec', 'promo-16-18', 'two-questions'],
    [t('pec a distance c possible ? et la promo 1618 ?', 'dispositif', [REMOTE, PROMO_ON_SITE])],
  ),
  c(
    'b27-info-coll-castel-heure-et-lieu',
    ['info-collective', 'town', 'two-questions'],
    [
      t('l info coll de castelsarrasin c a quelle heure et c ou exactement', 'agenda', [
        H_14,
        ['maison de l'],
      ]),
    ],
  ),
];

export const TWENTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  ...programmeThreads,
  ...eligibilityThreads,
  ...agendaThreads,
  ...topicSwitches,
  ...contactAndFigures,
  ...twoInOne,
];
