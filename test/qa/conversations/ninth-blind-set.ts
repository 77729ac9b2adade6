/**
 * A ninth blind set of Teams conversations for the Département de Tarn-et-Garonne /
 * AFPA Montauban assistant, as a new team of référents insertion would type them in their
 * first weeks (they mix up the programmes, ask basic things in their own words), plus a few
 * AFPA Montauban staff.
 *
 * Written BLIND, only from the 2022 agreement (accord, plan d'action 2022-2023, protocole
 * Prépa Compétences / Compétences PEC / La Promo 16/18) and from the agenda fixture
 * (`agenda-fixture.ts`, today frozen at Monday 11 January 2027, Europe/Paris). Never from
 * the bot's answers, its code or its tests: every expected fact is a fact of those sources.
 *
 * What it covers: Prépa vs La Promo for someone who mixes them up, sponsors and
 * apprenticeship in La Promo, the « orientation facilitée » of ASE young people, what the
 * référent does before a Prépa (consent, PANDA, childcare), confronting a project with the
 * reality of the trade, the RSFP jury, the ESS incubation and the territorial diagnostics,
 * who « Français à visée professionnelle » is for, the recognition workshops of Compétences
 * PEC, where a Prépa leads, PANDA for both programmes, when the five PEC days fall; agenda
 * questions by relative date (« d'ici vendredi », « après-demain », « le lendemain »,
 * « le mois pro »), by day of a month, by town with « et à Caussade ? », « et la semaine
 * d'après ? », start and end of a training, seats left on a session; eligibility of new
 * profiles (RSA under 25 with a child, just out of prison, two ASE young people in one
 * message, a temporary school exclusion, a 15-year-old turning 16 before the entry, a PEC
 * that turns out to be a plain CDD, a CIO referral seen by AFPA staff); figures that are not
 * available with the 2022 targets; prescriptions; contacts; out-of-scope questions (PEC
 * subsidy and length, sick leave, wheelchair access, France Travail radiation, the next PDI,
 * children at an open day).
 *
 * Styles mixed on purpose: SMS shorthand (« c », « cb », « pr », « ds », « qd », « stp »),
 * polite full sentences, long descriptions of a person, typos and missing accents.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as loose alternatives ───────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'entre 2 et 8',
  '2-8 jours',
];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
];
const VOLET1 = ['volet 1', 'consolid', 'projet professionnel', 'projet pro', 'diagnostic de faisabilité'];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', '5 j de', '5 j répartis'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const AGE_MINOR = [
  'mineur',
  'moins de 18',
  'avant 18',
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  '16 et 17',
  'décrocheur',
];
const MONTAUBAN = ['montauban'];
const DISTANCE = ['à distance', 'distanciel'];
const ADHESION = [
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'informe la personne',
  'informer la personne',
];
const PANDA = ['panda'];
const PEC_CONTRACT = [
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi compétences',
  'en pec',
  'pas un pec',
  'pas de pec',
  'signataires',
];
const PRESCRIBE = ['prescri'];

const VELLA = ['vella'];
const BATTEDOU = [
  'battedou',
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
];
const DEPT_REFERENT = [
  'référent(e) de l’expérimentation',
  "référent(e) de l'expérimentation",
  'référent de l’expérimentation',
  "référent de l'expérimentation",
  'référente de l’expérimentation',
  "référente de l'expérimentation",
  'référent(e) désigné(e)',
  'référent désigné',
  'référente désignée',
  'le Département désigne',
  'désigné par le Département',
  'désignée par le Département',
  'référent chargé de travailler avec l’AFPA',
  "référent chargé de travailler avec l'AFPA",
];

/** An eligible person: never a bare « éligible », which « non éligible » holds too. */
const YES = [
  ' oui',
  'oui,',
  'oui.',
  'oui !',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'prescription possible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'pourra entrer',
  'pourra y entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'vous pouvez prescrire',
  'vous pouvez l’orienter',
  "vous pouvez l'orienter",
  'vous pouvez l’inscrire',
  "vous pouvez l'inscrire",
  'correspond au public',
  'fait partie du public',
  'relève du public',
];
const NOT_ELIGIBLE = ['pas éligible', 'non éligible', 'inéligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'ne correspond pas',
  'pas possible',
  'réservé',
  'réservée',
  'uniquement',
  'seulement',
  'ne relève pas',
  'non,',
];

/** The agreement does not cover it (never an invented fact). */
const OUT = [
  'ne couvre pas',
  'ne dit rien',
  'n’en dit rien',
  "n'en dit rien",
  'ne prévoit pas',
  'pas prévu par l’accord',
  "pas prévu par l'accord",
  'hors de l’accord',
  "hors de l'accord",
  'hors accord',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors sujet',
  'en dehors de l’accord',
  "en dehors de l'accord",
  'ne traite pas',
  'ne précise pas',
  'rien dans l’accord',
  "rien dans l'accord",
  'ne mentionne pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne parle pas',
  'pas couvert',
  'ne figure pas',
  'pas dans l’accord',
  "pas dans l'accord",
  'ne fixe pas',
  'ne porte pas',
  'ne concerne pas',
  'pas l’information',
  "pas l'information",
  'pas cette information',
];

/** Figures asked: none is available, the answer must say so. */
const NOT_AVAILABLE = [
  'pas disponible',
  'pas encore disponible',
  'ne sont pas disponibles',
  'indisponible',
  'ne dispose pas',
  'pas accès',
  'pas d’accès',
  "pas d'accès",
  'pas de chiffre',
  'aucun chiffre',
  'pas les chiffres',
  'pas ces chiffres',
  'pas de donnée',
  'aucune donnée',
  'pas en mesure',
  'pas d’indicateur',
  "pas d'indicateur",
  'je n’ai pas',
  "je n'ai pas",
  'pas encore de',
];
const TARGET_PREPA = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
  '30 RSA',
  'trente',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
  '50 RSA',
  'cinquante',
];
const TEN = ['10 jeunes', '10 personnes', ' 10 ', 'objectif de 10', 'objectif : 10', 'dix'];

/** A day (or a town) with nothing on. */
const NOTHING = [
  'aucun',
  'aucune',
  'rien',
  'pas d’événement',
  "pas d'événement",
  'pas d’evenement',
  "pas d'evenement",
  'pas d’info',
  "pas d'info",
  'pas de session',
  'ne trouve pas',
  'pas de date',
];

/** Trainings of the fixture's Info Places. */
const NOT_SOUDEUR = [
  'maçon',
  'cariste',
  'plaquiste',
  'électricien',
  'agent de propreté',
  'agent de restauration',
];

// ── The set ─────────────────────────────────────────────────────────────────

export const NINTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ───────────────────────────────────────────────────────────
  c(
    'b9-disp-prepa-vs-promo',
    ['prepa-competences', 'promo-16-18', 'mix-up', 'sms'],
    [
      t('c quoi la diff entre la prepa comp et la promo 1618 ? pr moi c un peu pareil', 'dispositif', [
        ['rsa', 'allocataire', ...PREPA_DURATION],
        [...AGE_MINOR, ...PROMO_DURATION],
      ]),
    ],
  ),
  c(
    'b9-disp-promo-parrains-puis-dates',
    ['promo-16-18', 'follow-up', 'no-accent'],
    [
      t(
        'dans la promo 16 18 ya des parrains ou des gens d entreprise qui interviennent ?',
        'dispositif',
        [['parrain']],
        ['2 à 8 jours'],
      ),
      t('ok et la prochaine promo elle demarre et finit quand ?', 'agenda', [
        on('2027-02-01'),
        on('2027-04-29'),
      ]),
    ],
  ),
  c(
    'b9-disp-promo-apprentissage',
    ['promo-16-18', 'sms'],
    [
      t(
        'a la sortie de la promo 1618 le jeune peut partir en apprentissage ?',
        'dispositif',
        [['apprentissage', 'alternance']],
        ['2 à 8 jours', 'ne couvre pas', 'ne dit rien', 'ne précise pas'],
      ),
    ],
  ),
  c(
    'b9-disp-promo-circuit-ase-puis-contact',
    ['promo-16-18', 'ase', 'follow-up', 'no-accent'],
    [
      t(
        'pour les jeunes de l ase y a un circuit special vers la promo ou on passe par la mission locale comme tout le monde ?',
        'dispositif',
        [
          [
            'réflexion',
            'orientation facilitée',
            'faciliter l’orientation',
            "faciliter l'orientation",
            'facilitée',
          ],
        ],
      ),
      t('ok et a l afpa c qui le bon contact pr ca ?', 'contact', [[...BATTEDOU, ...VELLA]]),
    ],
  ),
  c(
    'b9-disp-prepa-realite-metier',
    ['prepa-competences', 'person-mention', 'follow-up', 'rambling'],
    [
      t(
        'ma dame veut etre auxiliaire de puericulture mais je suis pas sure qu elle sache vraiment ce que c est. la prepa comp ca peut l aider a confronter son projet au metier ?',
        'dispositif',
        [['confront', 'réalité', 'faisabilité'], VOLET1],
      ),
      t('et ca dure cb ce volet la ?', 'dispositif', [VOLET1_DAYS], ['13 semaines']),
    ],
  ),
  c(
    'b9-disp-prepa-role-referent',
    ['prepa-competences', 'referent-role', 'follow-up', 'new-referent'],
    [
      t(
        'avant d envoyer qqn en prepa comp, moi en tant que referente je dois faire quoi concretement ?',
        'dispositif',
        [ADHESION, [...PANDA, 'plateforme']],
      ),
      t('et si elle a personne pr garder ses enfants ?', 'dispositif', [
        [
          'conditions matérielles',
          'garde d’enfant',
          "garde d'enfant",
          'garde des enfants',
          'sécuris',
          ...DISTANCE,
        ],
      ]),
    ],
  ),
  c(
    'b9-disp-rsfp-jury',
    ['competences-pec', 'rsfp', 'sms'],
    [t('ds comp pec la rsfp le dossier on le presente devant qui ?', 'dispositif', [['jury']])],
  ),
  c(
    'b9-disp-ess-incubation',
    ['village-afpa', 'rambling', 'no-accent'],
    [
      t(
        'une asso du coin veut monter une recyclerie (ess), est ce que l afpa peut accueillir ou incuber ce genre de projet ?',
        'dispositif',
        [['incub']],
      ),
    ],
  ),
  c(
    'b9-disp-fle-public',
    ['francais-pro', 'sms'],
    [
      t('le francais a visee pro de l afpa c pr quel public ? faut deja un niveau ?', 'dispositif', [
        ['primo-arrivant', 'primo arrivant', 'débutant'],
      ]),
    ],
  ),
  c(
    'b9-disp-pec-ateliers-reconnaissance',
    ['competences-pec', 'no-accent'],
    [
      t(
        'en comp pec les ateliers de reconnaissance des acquis ca sert a quoi concretement ?',
        'dispositif',
        [['identifi', 'valoris', 'formalis', 'encore à acquérir', 'écarts']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b9-disp-prepa-issue',
    ['prepa-competences', 'polite'],
    [
      t(
        'À l’issue de la Prépa Compétences, où en est la personne ? Elle entre directement en formation ?',
        'dispositif',
        [
          [
            'choix éclairés',
            'choix éclairé',
            's’engager dans une formation',
            "s'engager dans une formation",
            'formation personnalisée',
            'sécurisée',
            'en capacité',
          ],
        ],
      ),
    ],
  ),
  c(
    'b9-disp-pec-promo-durees',
    ['competences-pec', 'promo-16-18', 'two-in-one', 'sms'],
    [t('comp pec c cb de jours et la promo cb de semaines ?', 'dispositif', [PEC_DAYS, PROMO_DURATION])],
  ),
  c(
    'b9-disp-panda-prepa-puis-pec',
    ['prepa-competences', 'competences-pec', 'panda', 'follow-up'],
    [
      t('le suivi des parcours prepa comp il se fait sur quel outil ?', 'dispositif', [PANDA]),
      t('et pour la PEC ?', 'dispositif', [[...PANDA, 'plateforme']]),
    ],
  ),
  c(
    'b9-disp-pec-jours-puis-duree-contrat',
    ['competences-pec', 'follow-up', 'sms'],
    [
      t('comp pec les 5 jours de la personne ils tombent quand par rapport a son contrat ?', 'dispositif', [
        [
          'durée du p',
          'durée du contrat',
          'répartis',
          'pendant le contrat',
          'pendant le pec',
          'dès la signature',
          'dès signature',
          'premiers mois',
          'tout au long',
        ],
      ]),
      t('et un pec en lui meme ca dure cb de temps en general ?', 'out_of_scope', [OUT]),
    ],
  ),

  // ── agenda (today: Monday 11 January 2027) ───────────────────────────────
  c(
    'b9-ag-dici-vendredi-puis-semaine-apres',
    ['relative-date', 'week', 'follow-up', 'sms'],
    [
      t(
        'd ici vendredi ya quoi a l afpa ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')],
      ),
      t(
        "et la semaine d'après ?",
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b9-ag-apres-demain',
    ['relative-date', 'empty', 'no-accent'],
    [t('apres demain il y a un truc de prevu ?', 'agenda', [NOTHING], notOn('2027-01-07'))],
  ),
  c(
    'b9-ag-17-fevrier-puis-17-mars',
    ['date', 'follow-up', 'sms'],
    [
      t(
        'le 17 fevrier c quoi comme evenement ?',
        'agenda',
        [['moissac'], ['portes ouvertes', 'jpo']],
        notOn('2027-03-17'),
      ),
      t(
        'et le 17 mars ?',
        'agenda',
        [['16/18', '16-18', '1618', '16.18', 'promo'], MONTAUBAN],
        notOn('2027-02-17'),
      ),
    ],
  ),
  c(
    'b9-ag-9-fevrier-puis-lendemain',
    ['date', 'weekday', 'relative-date', 'follow-up'],
    [
      t(
        'y a qqch le mardi 9 fevrier ?',
        'agenda',
        [['moissac'], ['compétences pec', 'parcours emploi', 'p.e.c']],
        [...notOn('2027-02-11'), ...notOn('2027-02-17')],
      ),
      t('et le lendemain ?', 'agenda', [['atelier 3']], notOn('2027-02-11')),
    ],
  ),
  c(
    'b9-ag-jpo-hors-montauban-puis-enfants',
    ['jpo', 'town', 'follow-up', 'sms'],
    [
      t(
        'des portes ouvertes ailleurs qu a montauban ?',
        'agenda',
        [on('2027-02-17'), ['moissac']],
        [...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
      t('on peut y venir avec ses enfants ?', 'out_of_scope', [OUT]),
    ],
  ),
  c(
    'b9-ag-soudeur-debut-fin',
    ['places', 'trade', 'follow-up', 'sms'],
    [
      t('la formation soudeur elle commence qd ?', 'agenda', [on('2027-02-01')], NOT_SOUDEUR),
      t('et elle finit qd ? c long ?', 'agenda', [on('2027-07-09')], NOT_SOUDEUR),
    ],
  ),
  c(
    'b9-ag-formations-janvier-places',
    ['places', 'month', 'no-accent'],
    [
      t(
        'des formations qualifiantes qui demarrent encore en janvier avec des places ?',
        'agenda',
        [['cariste'], seats(6)],
        ['soudeur', 'maçon', 'électricien', 'plaquiste', 'agent de propreté', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b9-ag-entrees-prepa-mois-pro',
    ['session', 'relative-date', 'month', 'sms'],
    [
      t(
        'le mois pro ya des entrees en prepa ? ou c deja tout plein ?',
        'agenda',
        [on('2027-02-08'), on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b9-ag-pec-atelier2-places',
    ['session', 'places', 'sms'],
    [t('l atelier 2 comp pec du 20 janvier il reste cb de places ?', 'agenda', [seats(4)])],
  ),
  c(
    'b9-ag-info-coll-prepa-janvier-puis-caussade',
    ['info-collective', 'town', 'month', 'follow-up'],
    [
      t(
        'les infos coll prepa de janvier c ou ?',
        'agenda',
        [MONTAUBAN, ['castel']],
        [...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
      t('et à Caussade ?', 'agenda', [[...NOTHING, ...on('2027-02-23')]]),
    ],
  ),

  // ── eligibility ──────────────────────────────────────────────────────────
  c(
    'b9-el-prepa-inscrit-ft-volet',
    ['prepa-competences', 'two-in-one', 'person-mention', 'sms'],
    [
      t(
        'brsa 55a inscrit a ft depuis des annees mais c moi qui fais son accompagnement rsa au cd. il hesite entre 2 metiers. prepa comp possible ? et quel volet ?',
        'eligibility',
        [YES, VOLET1],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b9-el-promo-deux-jeunes-puis-entree',
    ['promo-16-18', 'ase', 'two-people', 'follow-up', 'sms'],
    [
      t(
        '2 jeunes ase : une de 16 ans en cap coiffure qui s accroche bien, et un de 17 ans deco depuis 3 mois qui fait rien. promo 1618 pr les 2 ?',
        'eligibility',
        [YES, ['cap coiffure', 'en cap', 'son cap', 'en formation', 'scolaris', 'déjà en']],
      ),
      t(
        'ok pr lui, la prochaine entree c qd et ou ?',
        'agenda',
        [on('2027-02-01'), MONTAUBAN],
        ['volet', 'atelier'],
      ),
      t('ok je le positionne dessus', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b9-el-prepa-sortie-detention',
    ['prepa-competences', 'person-mention', 'no-accent'],
    [
      t(
        'mr 27 ans sorti de detention le mois dernier, rsa ouvert, je le suis au cd, pas inscrit a ft. il veut se former. prepa comp ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b9-el-prepa-moins-25-volet-presc',
    ['prepa-competences', 'person-mention', 'follow-up', 'sms'],
    [
      t(
        'jeune papa de 22 ans au rsa (il a un enfant), pas inscrit a france travail. prepa comp c ok meme s il a moins de 25 ans ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      t('il a jamais travaille et a aucune idee de metier, on part sur quel volet ?', 'dispositif', [VOLET1]),
      t('ok je lance la presc', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b9-el-promo-exclusion-temporaire',
    ['promo-16-18', 'ase', 'hard', 'no-accent'],
    [
      t(
        'jeune ase 16 ans exclu 8 jours de son lycee (exclusion temporaire), l educ voudrait l inscrire en promo 1618 pdt ce temps la',
        'eligibility',
        [
          NO,
          [
            'scolaris',
            'inscrit au lycée',
            'toujours inscrit',
            'encore inscrit',
            'quitté',
            'décroch',
            'pas en formation',
            'ni en formation',
            '13 semaines',
          ],
        ],
      ),
    ],
  ),
  c(
    'b9-el-promo-16-ans-avant-entree',
    ['promo-16-18', 'ase', 'age-boundary', 'sms'],
    [
      t(
        'jeune ase deco depuis juin, il a 15 ans et il aura 16 ans le 20 janvier. il pourra entrer sur la promo du 1er fevrier ?',
        'eligibility',
        [YES, ['16 ans']],
      ),
    ],
  ),
  c(
    'b9-el-pec-puis-cdd',
    ['competences-pec', 'correction', 'follow-up', 'sms'],
    [
      t(
        'mme 46 ans brsa, en pec ds une asso d aide a domicile depuis 1 mois, l employeur est partant. comp pec ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      t('ah non pardon je confonds, c un cdd classique, pas un pec', 'eligibility', [NO, PEC_CONTRACT]),
    ],
  ),
  c(
    'b9-el-promo-cio-afpa-staff',
    ['promo-16-18', 'afpa-staff', 'polite'],
    [
      t(
        'Bonjour, ici l’AFPA Montauban. Le CIO nous signale une jeune fille de 16 ans, non suivie par l’ASE, qui a quitté le lycée en novembre et ne travaille pas. Fait-elle partie du public de La Promo 16/18 ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
    ],
  ),

  // ── out of scope ─────────────────────────────────────────────────────────
  c(
    'b9-oos-aide-employeur-pec',
    ['competences-pec', 'sms'],
    [t('c cb l aide de l etat a l employeur pour un pec, en % du smic ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b9-oos-arret-maladie-prepa',
    ['prepa-competences', 'no-accent'],
    [
      t('si une brsa tombe malade pdt la prepa, elle envoie son arret de travail a qui ?', 'out_of_scope', [
        OUT,
      ]),
    ],
  ),
  c(
    'b9-oos-accessibilite-fauteuil',
    ['sms'],
    [t('le centre afpa de montauban il est accessible en fauteuil roulant ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b9-oos-radiation-ft',
    ['no-accent'],
    [t('comment on conteste une radiation de france travail pr un brsa ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b9-oos-pdi-2024',
    ['no-accent'],
    [t('le nouveau pdi 2024-2028 il prevoit quoi pour la formation des brsa ?', 'out_of_scope', [OUT])],
  ),

  // ── contact ──────────────────────────────────────────────────────────────
  c(
    'b9-contact-directeur-et-deploiement',
    ['two-in-one', 'polite', 'new-referent'],
    [
      t(
        'Bonjour, je viens d’arriver au service insertion. À l’AFPA de Montauban, qui dirige le centre et qui s’occupe au quotidien du déploiement de la Prépa ?',
        'contact',
        [VELLA, BATTEDOU],
      ),
    ],
  ),
  c(
    'b9-contact-afpa-staff-interlocuteur-cd',
    ['afpa-staff', 'no-accent'],
    [
      t(
        'je suis nouvelle chargee de parcours a l afpa, mon interlocuteur au departement pr les brsa en prepa c qui ?',
        'contact',
        [DEPT_REFERENT],
      ),
    ],
  ),
  c(
    'b9-contact-abandon-prepa',
    ['prepa-competences', 'sms'],
    [t('mon brsa a lache la prepa au bout de 2 jours, je previens qui a l afpa ?', 'contact', [BATTEDOU])],
  ),
  c(
    'b9-contact-battedou-absente',
    ['typo'],
    [
      t('mme battedou est en conges, qui d autre gere les dispositifs a l afpa ?', 'contact', [
        [...VELLA, 'directeur du centre', 'coordonnateur'],
      ]),
    ],
  ),

  // ── figures ──────────────────────────────────────────────────────────────
  c(
    'b9-fig-volet2-trimestre-puis-pec',
    ['prepa-competences', 'competences-pec', 'follow-up', 'sms'],
    [
      t('on a fait cb d entrees en volet 2 prepa ce trimestre ?', 'figures', [NOT_AVAILABLE, TARGET_PREPA]),
      t('et pour la PEC ?', 'figures', [NOT_AVAILABLE, TARGET_PEC]),
    ],
  ),
  c(
    'b9-fig-certifications-pec',
    ['competences-pec', 'polite'],
    [
      t(
        'Pourriez-vous me dire combien de salariés en PEC orientés par le Département ont obtenu une certification grâce à Compétences PEC ?',
        'figures',
        [NOT_AVAILABLE, TARGET_PEC],
      ),
    ],
  ),
  c(
    'b9-fig-objectif-promo-atteint',
    ['promo-16-18', 'ase', 'sms'],
    [t('les 10 jeunes ase de l objectif promo on y est ?', 'figures', [NOT_AVAILABLE, TEN])],
  ),
  c(
    'b9-fig-inscrits-jpo',
    ['jpo', 'sms'],
    [t('cb de brsa du cd sont inscrits a la jpo du 3 fevrier ?', 'figures', [NOT_AVAILABLE])],
  ),

  // ── prescribe ────────────────────────────────────────────────────────────
  c(
    'b9-presc-prepa-v2-castel',
    ['prepa-competences', 'town', 'sms'],
    [t('mets mr L sur la prepa volet 2 de castel du 15 fevrier stp', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b9-presc-pec-distance-mars',
    ['competences-pec', 'polite'],
    [
      t(
        'Je souhaiterais prescrire Compétences PEC sur l’atelier 2 à distance de mars pour M. N., salarié en PEC à la mairie de Lafrançaise, son employeur est d’accord.',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
];
