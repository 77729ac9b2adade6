import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/**
 * Thirtieth blind set: THE INDEPENDENT JUDGE'S SAMPLE.
 *
 * Written by an outside evaluator who must decide whether the assistant is good enough to
 * replace the e-mails and spreadsheets of the partnership between the Département de
 * Tarn-et-Garonne and AFPA. The sample is spread evenly over what the three kinds of users
 * ask: référents insertion of the Département, AFPA Montauban staff and the pilots of the
 * partnership. About a fifth of the turns each on the programmes (duration, content,
 * schedule, place, remote or not, who prescribes, what the référent does, parental
 * authorisation, the individual report, PANDA, what comes after), on the published agenda
 * and on eligibility; the rest on questions the agreement does not cover, contacts and
 * roles, targets and indicators, and prescriptions.
 *
 * Styles mixed on purpose: polite and complete, terse, no accents, typos, abbreviations
 * (BRSA, ASE, PEC, 1618, prépa comp, FT, ML, TH, CD), two questions in one message (one
 * `mustContain` group per question), follow-ups that change one fact or narrow a list, and a
 * new subject in the middle of a thread.
 *
 * Written only from the agreement (seed text), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, Europe/Paris), without looking at the bot, its
 * tests or the other sets. Where the agreement is silent, the expected answer says so.
 */

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

/** Prépa Compétences: 2 to 8 days at most over 2 weeks. */
const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2 jours à 8 jours',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
];
/** Volet 1: consolidate one's project (5 to 6 days over 2 weeks). */
const VOLET1_TOPIC = ['consolider', 'consolidation', 'projet professionnel', 'son projet', 'faisabilité'];
/** Volet 2: secure the entry into training (4 to 8 days over 2 weeks). */
const VOLET2_TOPIC = ['sécuriser', 'sécurisation', 'sécurise', 'entrée en formation'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 à 6 j',
  '5-6 jours',
  '5 ou 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 à 8 j', '4-8 jours', '4 et 8 jours', 'quatre à huit jours'];
const REMOTE = ['distance', 'distanciel'];
const ON_SITE = ['présentiel', 'sur place', 'dans le centre', 'en centre'];
/** After Prépa Compétences: a personalised, secured entry into (qualifying) training. */
const AFTER_PREPA = [
  'formation qualifiante',
  'entrée en formation',
  'engager dans une formation',
  'formation personnalisée',
  'formation sécurisée',
  'parcours de formation',
  'choix éclairés',
  'bilan individuel',
];

/** Compétences PEC: 5 days spread over the PEC contract, ending with VAE, RSFP or CléA socle. */
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', '5 j de', '5 j répartis'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const PEC_NAME = ['compétences pec', 'compétences p.e.c', 'compétences – pec', 'compétences - pec'];

/** La Promo 16/18: 13 weeks (3 months), up to 4 months, Monday to Thursday on site. */
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'du lundi'];
const PROMO_NAME = ['promo 16', 'promo1618', 'promo 1618', 'la promo'];
/** The 16/18 is for minors: 16 and 17. */
const PROMO_AGE = [
  'mineur',
  '16 ans',
  '16 à 17',
  '16-17',
  '16 ou 17',
  '16 et 17',
  '16 à 18 ans',
  '16 et 18',
  'entre 16',
  'moins de 18',
];
/** After La Promo 16/18: 6 months of extended support with the Missions locales. */
const AFTER_PROMO = ['6 mois', 'six mois', 'accompagnement prolongé'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const CIO = [' cio', 'c.i.o', '(cio', '/cio', 'information et d'];

const PANDA_ROLE = [
  'traçabilité',
  'tracé',
  'trace',
  'suivi des parcours',
  'suivre les parcours',
  'plateforme',
];
const HABILIT = ['habilit'];
const AT_THE_END = [
  'fin du parcours',
  'fin de parcours',
  'à la fin',
  'fin de la prestation',
  'fin de la',
  'issue',
  'au terme',
];
/** The Département prescribes without financial counterpart; the State finances. */
const NO_COST = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'aucun frais',
  'coûte rien',
  'pas payant',
  'financé par l',
  'financés par l',
  'pris en charge par l',
];

/** Targets 2022: 30 RSA recipients in Prépa, 50 in Compétences PEC, 10 ASE youths to the 16/18. */
const N30 = [
  ' 30 ',
  ': 30',
  '(30',
  '**30',
  '30 alloc',
  '30 bénéf',
  '30 pers',
  '30 entr',
  '30 brsa',
  '30 rsa',
];
const N50 = [
  ' 50 ',
  ': 50',
  '(50',
  '**50',
  '50 alloc',
  '50 bénéf',
  '50 pers',
  '50 entr',
  '50 brsa',
  '50 rsa',
];
const N10 = [' 10 ', ': 10', '(10', '**10', '10 jeunes', '10 pers', '10 ase'];
const N35000 = ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000'];
const N70 = ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour'];

// ── Verdicts and « the agreement is silent » ────────────────────────────────

const YES = ['oui', 'éligible', 'peut ', 'possible', 'accessible', 'compatible', 'relève', 'correspond'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'est pas',
  'ne remplit pas',
  'pas possible',
  'impossible',
  'ne relève pas',
  'pas accessible',
  'ne correspond pas',
  'pas concerné',
  'trop jeune',
  'trop âgé',
  'réservé',
  'non,',
  'non.',
  'non :',
  'non !',
];

const OUT_OF_SCOPE = [
  'ne couvre pas',
  'pas couvert',
  'non couvert',
  'ne traite pas',
  'pas traité',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors du périmètre',
  'hors sujet',
  'ne prévoit pas',
  'pas prévu',
  'ne concerne pas',
  'ne porte pas',
  'aborde pas',
  'pas abordé',
  'ne mentionne pas',
  'pas mentionné',
  'ne dit rien',
  'rien sur',
  'ne parle pas',
  'ne précise pas',
  'pas précisé',
  'figure pas',
  'figurent pas',
  'ne contient pas',
  'relève pas',
  'en dehors',
  'pas dans l',
  'aucune information',
  'aucune mention',
  'aucun élément',
  'aucune précision',
  'pas d’information',
  "pas d'information",
  'pas cette information',
  'pas l’information',
  "pas l'information",
  'ne trouve pas',
  'pas en mesure',
  'ne sais pas',
  'ne peux pas répondre',
  'pas de réponse',
  'ne fixe pas',
];

const NOT_GIVEN = [
  ...OUT_OF_SCOPE,
  'pas indiqu',
  'non indiqu',
  'pas communiqu',
  'non communiqu',
  'non précisé',
  'pas disponible',
  'pas de coordonn',
  'aucune coordonn',
  'pas de numéro',
  'aucun numéro',
  'ne donne pas',
  'ne fournit pas',
  'ne dispose pas',
  'ne nomme pas',
  'pas nommé',
  'ne cite pas',
  'pas cité',
  'pas de nom',
  'aucun nom',
];

const NOT_AVAILABLE = [
  ...OUT_OF_SCOPE,
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'aucun chiffre',
  'pas de chiffre',
  'ne dispose pas',
  'pas encore',
  'aucune entrée',
  'aucun bénéficiaire',
  'aucune prescription',
  'aucun résultat',
  'pas de résultat',
  'ne fournit pas',
  'ne donne pas',
  'pas communiqu',
  'pas connu',
  'pas renseigné',
  'non renseigné',
  'aucun indicateur',
  ' 0 ',
  ': 0',
];

const FULL = [
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
  'épuisé',
];

const PRESCRIBE = ['prescri', 'formulaire'];
const PRESCRIPTIONS = ['prescription'];
const NONE = ['aucun', 'aucune', 'rien', 'pas d'];
const NO_AMOUNT = ['€', 'euros'];

// ── Agenda (fixture, today Monday 11 January 2027) ──────────────────────────

const PAST_JPO = notOn('2027-01-07');
const TRAININGS = {
  soudure: 'soudeur',
  macon: 'maçon',
  cariste: 'cariste',
  preparateur: 'préparateur de commandes',
  electricien: 'électricien',
  proprete: 'agent de propreté',
  plaquiste: 'plaquiste',
  restauration: 'agent de restauration',
};

// ── The sample ──────────────────────────────────────────────────────────────

export const THIRTIETH_BLIND_SET: ConversationCase[] = [
  // Programmes: precise practical aspects.
  c(
    'b30-prepa-duree-distance-apres',
    ['prepa-competences', 'two-questions', 'polite'],
    [
      t(
        'Bonjour, combien de temps dure Prépa Compétences exactement, et est-ce qu’elle peut se suivre à distance ?',
        'dispositif',
        [PREPA_DURATION, REMOTE],
        ['13 semaines'],
      ),
      t('Merci. Et à la fin, la personne s’oriente vers quoi ?', 'dispositif', [AFTER_PREPA]),
    ],
  ),
  c(
    'b30-prepa-volets',
    ['prepa-competences', 'no-accents', 'terse'],
    [
      t('diff entre volet 1 et volet 2 prepa comp ?', 'dispositif', [VOLET1_TOPIC, VOLET2_TOPIC]),
      t('le 2 dure combien', 'dispositif', [VOLET2_DAYS]),
    ],
  ),
  c(
    'b30-promo-duree-jours-suite',
    ['promo-16-18', 'two-questions'],
    [
      t(
        'La Promo 16/18 dure combien de temps, et c’est quels jours de la semaine ?',
        'dispositif',
        [PROMO_DURATION, PROMO_DAYS],
        PREPA_DURATION,
      ),
      t('Et si le jeune a besoin de plus de temps entre les phases ?', 'dispositif', [PROMO_MAX]),
      t('ok. et une fois le programme fini, il y a un suivi ?', 'dispositif', [AFTER_PROMO, MISSION_LOCALE]),
    ],
  ),
  c(
    'b30-promo-autorisation',
    ['promo-16-18', 'abbrev', 'terse'],
    [t('1618 : autorisation parentale obligatoire ?', 'dispositif', [['autorisation'], ['parent']])],
  ),
  c(
    'b30-pec-deroule-referent-rsfp',
    ['competences-pec', 'new-subject'],
    [
      t('Compétences PEC, concrètement, ça se passe comment pour le salarié ?', 'dispositif', [
        PEC_DAYS,
        VAE,
        [...RSFP, ...CLEA],
      ]),
      t('Et moi, référente RSA, je dois faire quoi avant qu’il commence ?', 'dispositif', [
        ['employeur'],
        ['accord', 'adhésion'],
      ]),
      t('Dernière chose : la RSFP, c’est pour quel public ?', 'dispositif', [
        VAE,
        ['prérequis', 'pré-requis', 'pre-requis'],
      ]),
    ],
  ),
  c(
    'b30-panda-acces',
    ['panda', 'two-questions'],
    [
      t('C’est quoi PANDA ? Et qui nous donne les accès ?', 'dispositif', [
        PANDA_ROLE,
        [...HABILIT, 'par l’afpa', "par l'afpa"],
      ]),
    ],
  ),
  c(
    'b30-bilan-individuel',
    ['bilan', 'two-questions'],
    [
      t('le bilan individuel, il est envoyé à qui et à quel moment ?', 'dispositif', [
        ['référent', 'conseiller'],
        AT_THE_END,
      ]),
    ],
  ),
  c(
    'b30-prepa-lieu',
    ['prepa-competences', 'no-accents'],
    [
      t('prepa comp ca se passe ou ? uniquement a montauban ?', 'dispositif', [
        ['montauban'],
        [
          'délocalis',
          'ensemble du département',
          'tout le département',
          'dans le département',
          'castelsarrasin',
          'moissac',
          'valence',
          'distance',
        ],
      ]),
    ],
  ),
  c(
    'b30-promo-orientation-modalite',
    ['promo-16-18', 'follow-up'],
    [
      t('Qui oriente les jeunes vers la Promo 16/18 ?', 'dispositif', [MISSION_LOCALE, CIO]),
      t('ça peut se faire en distanciel ?', 'dispositif', [ON_SITE]),
    ],
  ),
  c(
    'b30-fle',
    ['francais-visee-pro', 'polite'],
    [
      t(
        'Bonjour, est-ce que l’AFPA propose quelque chose pour des primo-arrivants qui parlent peu le français ?',
        'dispositif',
        [['français'], ['visée professionnelle', 'langue étrangère', '(fle', 'fle)', 'bases linguistiques']],
      ),
    ],
  ),

  // Agenda against the fixture.
  c(
    'b30-jpo',
    ['jpo', 'terse', 'abbrev'],
    [
      t(
        'prochaines JPO ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        [...PAST_JPO, ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b30-infocoll-narrowing',
    ['info-collective', 'follow-up', 'town', 'polite'],
    [
      t(
        'Bonjour, quelles sont les prochaines informations colectives ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...PAST_JPO, ...notOn('2027-02-03'), ...notOn('2027-01-19'), ...notOn('2027-01-26')],
      ),
      t(
        'seulement celles pour prépa comp',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
      t(
        'et à Montauban ?',
        'agenda',
        [on('2027-01-14'), on('2027-02-11')],
        [...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b30-cette-semaine-demain',
    ['relative-date', 'no-accents'],
    [
      t(
        'y a quoi cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...PAST_JPO, ...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
      t('et demain ?', 'agenda', [NONE]),
    ],
  ),
  c(
    'b30-semaine-prochaine',
    ['relative-date', 'terse'],
    [
      t(
        'agenda de la semaine prochaine stp',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b30-visites-puis-mars',
    ['visite-plateau', 'month', 'new-subject'],
    [
      t(
        'Vous avez des dates de visites de plateaux techniques ?',
        'agenda',
        [on('2027-01-19'), on('2027-03-10')],
        [...notOn('2027-01-14'), ...notOn('2027-02-03'), ...notOn('2027-01-26'), ...notOn('2027-02-23')],
      ),
      t(
        'Autre chose : il se passe quoi en mars, tous événements confondus ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        [...PAST_JPO, ...notOn('2027-02-23'), ...notOn('2027-02-03'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b30-castelsarrasin',
    ['town', 'no-preposition', 'no-accents'],
    [
      t(
        'evenements castelsarrasin',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-09'), ...notOn('2027-02-23'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b30-entrees-prepa-volet2',
    ['sessions', 'prepa-competences', 'follow-up', 'volet'],
    [
      t(
        'prochaines entrées prépa comp ?',
        'agenda',
        [on('2027-01-18')],
        [...notOn('2027-01-20'), ...notOn('2027-02-10'), ...notOn('2027-02-01')],
      ),
      t(
        'que le volet 2',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b30-pec-atelier2-distance',
    ['sessions', 'competences-pec', 'modality', 'follow-up'],
    [
      t(
        'dates compétences PEC atelier 2 ?',
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        [...notOn('2027-02-10'), ...notOn('2027-01-18')],
      ),
      t('laquelle est a distance', 'agenda', [on('2027-03-03')], notOn('2027-01-20')),
    ],
  ),
  c(
    'b30-places-soudure',
    ['places', 'trade', 'terse'],
    [
      t(
        'places dispo soudure ?',
        'agenda',
        [[TRAININGS.soudure], seats(4)],
        [
          TRAININGS.macon,
          TRAININGS.cariste,
          TRAININGS.preparateur,
          TRAININGS.electricien,
          TRAININGS.proprete,
          TRAININGS.plaquiste,
          TRAININGS.restauration,
        ],
      ),
    ],
  ),
  c(
    'b30-places-logistique-castel',
    ['places', 'trade', 'town', 'follow-up'],
    [
      t(
        'Info Places : qu’est-ce qu’il reste en logistique ?',
        'agenda',
        [[TRAININGS.cariste], [TRAININGS.preparateur]],
        [
          TRAININGS.soudure,
          TRAININGS.macon,
          TRAININGS.electricien,
          TRAININGS.proprete,
          TRAININGS.plaquiste,
          TRAININGS.restauration,
        ],
      ),
      t('seulement a castelsarrasin', 'agenda', [['préparateur'], seats(5)], [TRAININGS.cariste]),
    ],
  ),
  c(
    'b30-fevrier-montauban',
    ['month', 'town', 'no-accents'],
    [
      t(
        'en fevrier a Montauban il y a quoi comme evenements ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-11')],
        [...notOn('2027-02-09'), ...notOn('2027-02-17'), ...notOn('2027-02-23'), ...notOn('2027-01-14')],
      ),
    ],
  ),

  // Eligibility: a described person, then one fact changes.
  c(
    'b30-brsa-prepa-ft',
    ['prepa-competences', 'yes', 'polite', 'follow-up'],
    [
      t(
        'Bonjour, j’accompagne une allocataire du RSA de 45 ans, pas inscrite à France Travail, qui voudrait travailler son projet professionnel. Prépa Compétences est-elle possible ?',
        'eligibility',
        [YES, ['prépa']],
      ),
      t('Et si elle s’inscrit à FT entre-temps, ça change quelque chose ?', 'eligibility', [
        [
          'inscrit ou non',
          'inscrits ou non',
          'inscrite ou non',
          'ne change rien',
          'ne change pas',
          'toujours',
          'reste éligible',
          'oui',
          'éligible',
        ],
      ]),
    ],
  ),
  c(
    'b30-ase-17-puis-15',
    ['promo-16-18', 'ase', 'abbrev', 'no-accents', 'follow-up'],
    [
      t(
        'jeune ASE 17 ans, a arrete le lycee en novembre, ne travaille pas, rien depuis. promo 1618 ?',
        'eligibility',
        [YES, PROMO_NAME],
      ),
      t('ah non pardon elle a 15 ans', 'eligibility', [NO, PROMO_AGE]),
    ],
  ),
  c(
    'b30-pec-brsa-puis-rsa',
    ['competences-pec', 'abbrev', 'follow-up'],
    [
      t(
        'BRSA en PEC depuis 2 mois dans une asso, il voudrait valoriser son expérience. Compétences PEC ?',
        'eligibility',
        [YES, PEC_NAME],
      ),
      t('et s’il n’était pas en PEC, juste au RSA ?', 'eligibility', [NO, ['prépa']]),
    ],
  ),
  c(
    'b30-19ans-puis-lyceen',
    ['promo-16-18', 'no', 'abbrev', 'new-subject'],
    [
      t('jeune 19 ans suivi ML, decrocheur, promo 16/18 possible ?', 'eligibility', [NO, PROMO_AGE]),
      t('Et un autre : 17 ans, confié à l’ASE, mais encore scolarisé au lycée ?', 'eligibility', [
        NO,
        ['quitté', 'décroch', 'scolar', 'pas en formation', 'ni en formation', 'sorti'],
      ]),
    ],
  ),
  c(
    'b30-ase-16-parents',
    ['promo-16-18', 'ase', 'follow-up'],
    [
      t('jeune ASE 16 ans, déscolarisé depuis juin, sans emploi. Promo possible ?', 'eligibility', [
        YES,
        PROMO_NAME,
      ]),
      t('sa mère refuse de signer l’autorisation', 'eligibility', [
        ['autorisation'],
        ['parent', 'requise', 'nécessaire', 'obligatoire'],
      ]),
    ],
  ),
  c(
    'b30-employeur-refuse',
    ['competences-pec', 'abbrev'],
    [
      t(
        'BRSA en PEC, son employeur n’est pas d’accord pour qu’il suive Compétences PEC, on peut quand même ?',
        'eligibility',
        [['employeur'], ['accord']],
      ),
    ],
  ),
  c(
    'b30-garde-puis-non-rsa',
    ['prepa-competences', 'new-subject', 'abbrev'],
    [
      t(
        'Mme, RSA, 3 enfants, aucun mode de garde : elle pourrait faire prépa comp de chez elle ?',
        'eligibility',
        [REMOTE, YES],
      ),
      t(
        'Autre situation : monsieur de 52 ans, demandeur d’emploi inscrit à FT mais PAS au RSA. Je peux le prescrire en Prépa Compétences via le CD ?',
        'eligibility',
        [['rsa'], NO],
      ),
    ],
  ),
  c(
    'b30-th-cap-emploi',
    ['competences-pec', 'abbrev', 'yes', 'terse'],
    [
      t('BRSA reconnu TH, en PEC prescrit par Cap emploi : eligible competences PEC ?', 'eligibility', [
        YES,
        ['pec'],
      ]),
    ],
  ),
  c(
    'b30-securiser-entree',
    ['prepa-competences', 'no-accents', 'typo'],
    [
      t(
        'allocataire rsa, entree prevue en formation soudeur a l afpa en fevrier, elle a peur de pas tenir. on peut faire quoi ?',
        'eligibility',
        [['volet 2', 'sécuris'], ['prépa']],
      ),
    ],
  ),
  c(
    'b30-ml-promo-16',
    ['promo-16-18', 'yes', 'abbrev'],
    [
      t(
        'Jeune de 16 ans, pas ASE, suivi par la ML, sorti du collège l’an dernier, ne fait rien. La Promo, c’est jouable ?',
        'eligibility',
        [YES, PROMO_NAME],
      ),
    ],
  ),

  // Out of scope: the agreement does not say, nothing invented.
  c(
    'b30-oos-montant-rsa',
    ['silent'],
    [t('Quel est le montant du RSA pour une personne seule ?', 'out_of_scope', [OUT_OF_SCOPE], NO_AMOUNT)],
  ),
  c(
    'b30-oos-remuneration',
    ['silent', 'prepa-competences'],
    [
      t(
        'Est-ce que la personne est rémunérée pendant Prépa Compétences ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_AMOUNT, 'smic'],
      ),
    ],
  ),
  c(
    'b30-oos-transport',
    ['silent', 'abbrev'],
    [
      t(
        'le CD rembourse les frais de transport pour venir à l’AFPA ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_AMOUNT,
      ),
    ],
  ),
  c(
    'b30-oos-cpf-hebergement',
    ['silent', 'new-subject'],
    [
      t(
        'Peut-on mobiliser le CPF pour payer la formation de cariste ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_AMOUNT,
      ),
      t(
        'Et l’AFPA loge-t-elle les stagiaires pendant la formation ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_AMOUNT,
      ),
    ],
  ),
  c(
    'b30-oos-sanction',
    ['silent', 'abbrev', 'no-accents'],
    [t('si le BRSA abandonne en cours de prepa il perd son RSA ?', 'out_of_scope', [OUT_OF_SCOPE])],
  ),
  c(
    'b30-oos-apl',
    ['silent', 'polite'],
    [
      t('Bonjour, pourriez-vous m’aider à remplir un dossier APL pour une bénéficiaire ?', 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),

  // Contacts and roles.
  c(
    'b30-coordonnateur-signataires',
    ['roles', 'follow-up'],
    [
      t('qui coordonne les dispositifs côté AFPA ?', 'contact', [['vella']]),
      t('et qui a signé l’accord ?', 'contact', [['weill'], ['vella']]),
    ],
  ),
  c(
    'b30-deploiement-coordonnees',
    ['roles', 'silent', 'follow-up'],
    [
      t('Qui est en charge du déploiement de Prépa Compétences à l’AFPA Montauban ?', 'contact', [
        ['battedou'],
      ]),
      t('vous avez son numéro ou son mail ?', 'contact', [NOT_GIVEN], ['05 63', '@afpa.fr']),
    ],
  ),
  c(
    'b30-suivi-cd-referent-experimentation',
    ['roles', 'silent', 'follow-up', 'abbrev'],
    [
      t('Qui suit l’accord de partenariat côté CD ?', 'contact', [
        ['weill', 'président du conseil', 'président du département'],
      ]),
      t('et le référent de l’expérimentation pour le Département, c’est qui ?', 'contact', [
        [...NOT_GIVEN, 'désign'],
      ]),
    ],
  ),
  c(
    'b30-habilitation-panda',
    ['panda', 'no-accents', 'terse'],
    [t('a qui je demande mon habilitation panda ?', 'contact', [['afpa'], HABILIT])],
  ),

  // Targets, indicators, figures.
  c(
    'b30-objectifs-2022',
    ['targets', 'polite'],
    [t('Pouvez-vous me rappeler les objectifs chiffrés de l’accord pour 2022 ?', 'figures', [N30, N50, N10])],
  ),
  c(
    'b30-indicateurs-taux',
    ['indicators', 'silent', 'follow-up'],
    [
      t('Quels indicateurs suivez-vous sur l’accès à la formation de droit commun ?', 'figures', [
        [
          'réunions métiers',
          'réunion métier',
          'réunions métier',
          'réunion métiers',
          'réunions sur les métiers',
          'entrés en formation',
          'entrées en formation',
          'entrée en formation',
        ],
        ['taux'],
      ]),
      t('et le taux de sortie emploi, il est de combien actuellement ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b30-promo-objectif-national',
    ['targets', 'promo-16-18'],
    [t('objectif national de la Promo 16/18 ?', 'figures', [N35000, N70])],
  ),

  // Prescribing and following prescriptions.
  c(
    'b30-prescrire-prepa',
    ['prepa-competences', 'abbrev', 'typo'],
    [t('je voudrais prescrie Prépa Compétences pour une BRSA', 'prescribe', [PRESCRIBE, ['prépa']])],
  ),
  c(
    'b30-suivi-prescriptions-bilan',
    ['follow-up', 'bilan'],
    [
      t('mes prescriptions, ça en est où ?', 'prescribe', [PRESCRIPTIONS]),
      t('et le bilan de l’AFPA, je le reçois quand ?', 'prescribe', [['bilan'], AT_THE_END]),
    ],
  ),
  c(
    'b30-prescrire-session-complete',
    ['sessions', 'prepa-competences', 'follow-up', 'polite'],
    [
      t('Je souhaite inscrire quelqu’un sur la session Prépa du 18 janvier.', 'prescribe', [
        PRESCRIBE,
        [...on('2027-01-18'), 'volet 1'],
      ]),
      t('et sur celle du 25 janvier en volet 2 ?', 'prescribe', [FULL]),
    ],
  ),
  c(
    'b30-prescrire-promo-ase',
    ['promo-16-18', 'ase'],
    [
      t('Comment je fais pour prescrire la Promo 16/18 à un jeune ASE ?', 'prescribe', [
        ['panda', 'prescri', 'formulaire', 'inscri'],
        PROMO_NAME,
      ]),
    ],
  ),
  c(
    'b30-prescrire-cout',
    ['prepa-competences', 'abbrev'],
    [t('Prescrire une prépa comp, ça coûte quelque chose au CD ?', 'prescribe', [NO_COST])],
  ),

  // Threads that change subject midway.
  c(
    'b30-mix-infocoll-contact-vae',
    ['new-subject', 'two-questions', 'seats'],
    [
      t(
        'Prochaine info coll prépa comp, et combien de places ?',
        'agenda',
        [on('2027-01-14'), seats(15)],
        PAST_JPO,
      ),
      t('merci. c’est qui la responsable accompagnement et parcours à l’AFPA ?', 'contact', [['battedou']]),
      t('autre chose : un BRSA en PEC peut faire une VAE avec vous ?', 'eligibility', [
        YES,
        [...PEC_NAME, ...VAE],
      ]),
    ],
  ),
  c(
    'b30-mix-promo-remuneration-infocoll',
    ['new-subject', 'promo-16-18', 'ase', 'silent'],
    [
      t('ASE, 17 ans, déscolarisée depuis la rentrée, ne fait rien : Promo 16/18 ?', 'eligibility', [
        YES,
        PROMO_NAME,
      ]),
      t('elle sera payée pendant le programme ?', 'out_of_scope', [OUT_OF_SCOPE], NO_AMOUNT),
      t(
        'ok. la prochaine info coll promo c’est quand ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b30-mix-objectif-pec-duree',
    ['new-subject', 'competences-pec', 'targets'],
    [
      t('objectif 2022 Compétences PEC ?', 'figures', [N50]),
      t('et ça dure combien pour le salarié ?', 'dispositif', [PEC_DAYS], PREPA_DURATION),
    ],
  ),
  c(
    'b30-mix-volet1-prescrire',
    ['prepa-competences', 'no-accents', 'terse'],
    [
      t('prepa comp volet 1 c quoi', 'dispositif', [VOLET1_TOPIC, VOLET1_DAYS]),
      t('ok je prescris pour Mme B.', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b30-mix-reporting',
    ['indicators', 'follow-up'],
    [
      t('À qui l’AFPA envoie les tableaux de bord, et à quelle fréquence ?', 'figures', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ]),
      t('et au niveau départemental ?', 'figures', [
        ['ddetspp', 'd.d.e.t.s.p.p', 'ddets'],
        ['annuel', 'chaque année', 'par an'],
      ]),
    ],
  ),
  c(
    'b30-mix-jpo-parking',
    ['jpo', 'month', 'town', 'silent', 'new-subject'],
    [
      t(
        'La JPO de février à Montauban, c’est quel jour ?',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-02-17'), ...PAST_JPO],
      ),
      t('il y a un parking pour les bénéficiaires ?', 'out_of_scope', [OUT_OF_SCOPE]),
    ],
  ),
];
