/**
 * Thirty-seventh blind set: « the independent judge's second sample ».
 *
 * Written blind, by an evaluator who will tell the Département whether to adopt the
 * assistant: only the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18), the
 * published agenda of `agenda-fixture.ts` (today frozen at Monday 11 January 2027,
 * Europe/Paris) and the building blocks of `sets.ts` were read; never the bot, its tests
 * or the other sets.
 *
 * The sample follows the proportions of a month of real use: about 30 % eligibility of a
 * described person, 30 % what a programme is (for whom, how long, content, steps,
 * modality, who prescribes, what the référent must do), 20 % AFPA's agenda (town, month,
 * relative dates, modality, « avec des places »), 5 % targets and indicators, 5 % whom
 * to contact, 5 % questions the agreement does not cover, 3 % prescribing, 2 % small talk.
 * Fifteen conversations have follow-ups that only make sense after the previous turn,
 * some of them switching topic; eight messages ask two things at once.
 *
 * Messages are typed as référents type in Teams: BRSA, ASE, PEC, 1618, prépa comp, FT,
 * ML, TH, CD, JPO, info coll, no accents, typos, long rambling messages and very short
 * ones. Expected facts are only those that answer the question, each with several
 * wordings; where the agreement is silent, the expected answer says so and invents nothing;
 * when a filter applies, the agenda items it excludes are listed in `mustNotContain`.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
function apos(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/'/g, '’'), a.replace(/’/g, "'")]))];
}

/** A target of the action plan (« 30 allocataires », « objectif : 30 », « 12 / 30 »). */
function target(n: number): string[] {
  return [
    `${n} allocataires`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} entrées`,
    `${n} brsa`,
    `: ${n}`,
    `objectif ${n}`,
    `/ ${n}`,
    `/${n}`,
    `sur ${n}`,
    `cible ${n}`,
    `**${n}**`,
  ];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA = ['prépa comp', 'prepacomp'];
const PEC_NAME = [
  'compétences pec',
  'compétences p.e.c',
  'compétences – pec',
  'compétences - pec',
  'compétences-pec',
];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PREPA_LENGTH = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '8 jours max',
];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const DISTANCE = ['distance', 'distanciel'];
const MISSION_LOCALE = ['mission locale', 'missions locales', 'C.I.O', 'CIO ', 'CIO,', 'CIO)', 'CIO.'];
const AFPA_PEOPLE = ['Battedou', 'Vella'];

/** A yes about a described person. */
const YES = [
  'éligible',
  'oui',
  'peut bénéficier',
  'peut suivre',
  'peut faire',
  'peut entrer',
  'peut intégrer',
  'peut y entrer',
  'peut être orienté',
  'peut être orientée',
  'peut prétendre',
  'accessible',
  'correspond',
];
/** What a yes must not say. */
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible'];
/** A no about a described person. */
const NO = [
  ...NOT_YES,
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'pas accessible',
  'réservé',
  'réservée',
  'trop jeune',
  'pas encore',
  'ne relève pas',
  'non,',
  'non.',
  'non :',
  'non !',
  ...apos("tant qu'il", "qu'à partir"),
];
/** The agreement does not cover it, or does not say. */
const NOT_COVERED = [
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne prévoit pas',
  'ne prévoient pas',
  'pas couvert',
  'hors du champ',
  'hors champ',
  'en dehors',
  'ne dit pas',
  'ne dit rien',
  'ne mentionne pas',
  'ne parle pas',
  'ne concerne pas',
  'ne porte pas',
  'ne contient pas',
  'ne détaille pas',
  'ne fixe pas',
  'ne donne pas',
  'ne figure pas',
  'aucune information',
  'aucune indication',
  'pas cette information',
  'pas prévu',
  'pas mentionné',
  'pas précisé',
  'pas abordé',
  'rien sur',
  'ne sais pas',
  'ne dispose pas',
  'pas en mesure',
  'ne peux pas répondre',
  ...apos(
    "n'indique pas",
    "n'aborde pas",
    "n'en parle pas",
    "pas d'information",
    "pas d'élément",
    "ne l'indique",
  ),
];
/** No phone number nor e-mail is in the agreement. */
const NO_DETAILS = [
  ...NOT_COVERED,
  'pas ses coordonnées',
  'pas de coordonnées',
  'aucune coordonnée',
  'coordonnées ne',
  'pas son numéro',
  'pas le numéro',
  'pas de numéro',
  'aucun numéro',
];
const INVENTED_DETAILS = ['@', '05 63', '05.63', '0563', '+33'];
const NO_AMOUNT = ['€', 'euros'];

const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'propreté',
  'plaquiste',
  'restauration',
];
/** A places answer about some trainings names no other one. */
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.includes(t));

// ── Eligibility of a described person ──────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c(
    'b37-elig-brsa-mere-solo-non-inscrite',
    ['long', 'abbrev', 'prepa-competences'],
    [
      turn(
        "bonjour, petite question. j'accompagne une dame BRSA depuis 2 ans, 38 ans, seule avec 2 enfants (3 et 7 ans), pas de permis, elle a un projet d'aide soignante mais elle a arrete l'ecole en 3eme et elle a tres peur de pas suivre en formation. elle est pas inscrite a FT. est ce qu'elle peut aller sur la prepa comp ou faut d'abord qu'elle s'inscrive ?",
        'eligibility',
        [
          YES,
          PREPA,
          [
            'inscrit ou non',
            'inscrits ou non',
            'inscrite ou non',
            'non inscrit',
            'non-inscrit',
            'non inscrite',
            'pas inscrit',
            'pas inscrite',
            'sans être inscrit',
            'sans inscription',
            'pas besoin',
            'pas nécessaire',
            'pas obligatoire',
            'même sans',
            ...apos("n'a pas besoin", "n'est pas nécessaire", "n'est pas obligatoire"),
          ],
        ],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b37-elig-ase-15-ans',
    ['short', 'abbrev', 'boundary', 'promo-16-18', 'negative'],
    [
      turn('jeune ase 15 ans en decrochage total on peut le mettre sur la promo 1618 ?', 'eligibility', [
        NO,
        ['16 ans', 'de 16 à', 'entre 16', 'moins de 16', 'à partir de 16', 'dès 16', 'âge minimum'],
      ]),
    ],
  ),
  c(
    'b37-elig-19-ans-sorti-ase',
    ['abbrev', 'boundary', 'promo-16-18', 'negative'],
    [
      turn(
        "jeune majeur 19 ans sorti de l'ASE l'an dernier, rien depuis, pas de diplome. promo 16/18 possible ?",
        'eligibility',
        [NO, ['mineur', '18 ans', 'de 16 à 18', '16 et 17', '16-17', 'moins de 18', 'majeur']],
      ),
    ],
  ),
  c(
    'b37-elig-17-ans-encore-scolarise',
    ['typos', 'promo-16-18', 'negative'],
    [
      turn(
        'ado 17 ans toujours inscrit en 1ere pro mais absenteiste a fond, il peut rentrer en promo 16 18 ou pas ?',
        'eligibility',
        [
          NO,
          [
            'quitté',
            'scolarisé',
            'scolarité',
            'décroch',
            'sorti du',
            'pas en formation',
            'ni en formation',
            'déscolaris',
          ],
        ],
      ),
    ],
  ),
  c(
    'b37-elig-16-ans-apprenti',
    ['abbrev', 'promo-16-18', 'negative'],
    [
      turn(
        "ASE 16 ans en apprentissage boulangerie depuis septembre, il s'ennuie et veut arreter. promo 1618 ?",
        'eligibility',
        [
          NO,
          [
            'ne travaill',
            'pas en formation',
            'ni en formation',
            'sans emploi',
            'ni emploi',
            'pas en emploi',
            'déjà en',
            'pas de travail',
            'contrat',
          ],
        ],
      ),
    ],
  ),
  c(
    'b37-elig-17-ans-ml-pas-ase',
    ['abbrev', 'promo-16-18'],
    [
      turn(
        "une jeune de 17 ans suivie par la ML, pas par l'ase, deco depuis 1 an. elle peut faire la promo quand meme ou c reserve aux ASE ?",
        'eligibility',
        [YES, MISSION_LOCALE],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b37-elig-brsa-pas-en-pec-vae',
    ['abbrev', 'competences-pec', 'negative'],
    [
      turn(
        'mon BRSA veut faire une VAE mais il est pas en PEC, il est au chomage depuis 2 ans. je peux le mettre sur competences PEC ?',
        'eligibility',
        [
          NO,
          [
            'parcours emploi',
            'contrat pec',
            'contrat p.e.c',
            'en pec',
            'en p.e.c',
            'signataire',
            'salarié en pec',
            'salariés en pec',
            'bénéficiaire d',
            'bénéficiaires d',
          ],
        ],
      ),
    ],
  ),
  c(
    'b37-elig-aci-sans-prerequis-vae',
    ['abbrev', 'rsfp'],
    [
      turn(
        "salarie d'un ACI espaces verts depuis 18 mois, aucun diplome, lit mal. il a des competences mais pas les prerequis pour une VAE, il existe un truc pour lui ?",
        'eligibility',
        [['RSFP', 'R.S.F.P', 'reconnaissance des savoir']],
      ),
    ],
  ),
  c(
    'b37-elig-brsa-th',
    ['abbrev', 'prepa-competences'],
    [
      turn(
        'BRSA reconnue TH, 45 ans, veut se reconvertir apres un probleme de dos. elle peut faire prepa comp ou ca passe forcement par cap emploi ?',
        'eligibility',
        [YES, PREPA],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b37-elig-de-non-rsa',
    ['abbrev', 'prepa-competences'],
    [
      turn(
        "un DE de 30 ans pas au RSA, suivi que par FT. c'est moi qui peux le prescrire sur prepa comp ?",
        'eligibility',
        [['RSA'], ['France Travail', 'Pôle emploi', 'Pole emploi']],
      ),
    ],
  ),
  c(
    'b37-elig-valence-sans-voiture',
    ['typos', 'prepa-competences', 'mobility'],
    [
      turn(
        'BRSA a valence d agen, pas de voiture, pas de bus le matin, montauban c mort pour elle. y a une solution pour la prepa comp ?',
        'eligibility',
        [[...DISTANCE, 'délocalis']],
      ),
    ],
  ),
  c(
    'b37-elig-garde-enfants',
    ['typos', 'prepa-competences', 'referent-role'],
    [
      turn(
        "une BRSA avec 3 enfants en bas age et pas de mode de garde, c'est bloquant pour la prepa comp ? elle est motivee pourtant",
        'eligibility',
        [['garde', 'conditions matérielles']],
      ),
    ],
  ),
  c(
    'b37-elig-soudeur-lacunes',
    ['long', 'prepa-competences'],
    [
      turn(
        "Mr T. BRSA, 34 ans, veut entrer en formation soudeur a l'afpa mais il a des lacunes en maths et en lecture de plans, il a peur de lacher en cours de route comme la derniere fois. quelle presta pour lui ?",
        'eligibility',
        [PREPA, ['volet 2', 'sécuris', 'prérequis']],
      ),
    ],
  ),
  c(
    'b37-elig-aucun-projet',
    ['typos', 'prepa-competences'],
    [
      turn(
        "BRSA 29 ans aucune idee de metier, enchaine les missions interim depuis 5 ans. prepa comp ca peut l'aider ?",
        'eligibility',
        [YES, ['volet 1', 'consolid', 'projet professionnel', 'diagnostic de faisabilité']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b37-elig-salariee-ei-qualification',
    ['abbrev', 'droit-commun'],
    [
      turn(
        "salariee en EI (entreprise d'insertion) qui voudrait se qualifier comme agent de proprete, elle peut acceder aux formations qualifiantes de l'afpa ?",
        'eligibility',
        [['Région', 'régional']],
      ),
    ],
  ),
  c(
    'b37-elig-ase-16-castel',
    ['abbrev', 'promo-16-18', 'two-in-one'],
    [
      turn(
        "jeune ASE 16 ans en foyer a castelsarrasin, descolarise depuis la toussaint, pas de boulot. il peut faire la promo ? et c'est a montauban obligatoirement ?",
        'eligibility',
        [YES, ['Montauban', 'délocalis', 'proximité']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b37-elig-pec-emmaus-contact',
    ['abbrev', 'competences-pec', 'two-in-one'],
    [
      turn(
        "mon BRSA vient de signer un PEC chez emmaus (ya 3 semaines), il peut faire competences PEC ? et qui je contacte a l'afpa pour ca",
        'eligibility',
        [YES, AFPA_PEOPLE],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b37-elig-pec-employeur-refuse',
    ['long', 'competences-pec', 'negative'],
    [
      turn(
        "salarie PEC, BRSA, lui il est ok pour competences PEC mais son employeur (une asso sportive) veut pas le liberer. on peut faire sans l'accord de l'employeur ?",
        'eligibility',
        [
          [
            'accord employeur',
            'recueille son accord',
            'recueillir son accord',
            'recueillir l',
            'obtenir l',
            ...apos("accord de l'employeur", 'accord de son employeur', "l'accord"),
          ],
        ],
      ),
    ],
  ),
];

// ── What a programme is, for whom, how long, steps, the référent's part ────

const PROGRAMMES: ConversationCase[] = [
  c(
    'b37-disp-promo-quoi-pour-qui',
    ['short', 'abbrev', 'promo-16-18', 'two-in-one'],
    [
      turn('c koi la promo 1618 exactement et c pour qui ?', 'dispositif', [
        PROMO_LENGTH,
        [
          'décroch',
          'quitté',
          'mineur',
          '16 à 18 ans',
          '16 et 17 ans',
          '16-18 ans',
          'ni en formation',
          'pas en formation',
          'ne travaillent pas',
        ],
      ]),
    ],
  ),
  c(
    'b37-disp-prepa-duree-distance',
    ['abbrev', 'prepa-competences', 'two-in-one'],
    [
      turn(
        'prepa comp ca dure cb de jours et ca peut se faire a distance ?',
        'dispositif',
        [PREPA_LENGTH, DISTANCE],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b37-disp-promo-qui-oriente-jours',
    ['promo-16-18', 'two-in-one', 'who-prescribes'],
    [
      turn('qui oriente vers la promo 16/18 normalement ? et c du lundi au vendredi ?', 'dispositif', [
        MISSION_LOCALE,
        ['jeudi'],
      ]),
    ],
  ),
  c(
    'b37-disp-panda',
    ['short', 'referent-role'],
    [
      turn("c quoi panda ? c'est nous qui inscrivons les gens dessus ?", 'dispositif', [
        ['traçabilité', 'trace', 'suivi des parcours'],
        ['habilit', 'référent'],
      ]),
    ],
  ),
  c(
    'b37-disp-bilan-fin-prepa',
    ['typos', 'prepa-competences', 'referent-role'],
    [
      turn(
        "a la fin de la prepa comp on a un retour ? un compte rendu ou qqch ? j'ai jamais rien recu",
        'dispositif',
        [['bilan']],
      ),
    ],
  ),
  c(
    'b37-disp-clea-numerique',
    ['abbrev', 'clea'],
    [
      turn("clea numerique c quoi ? c pour des gens qui savent pas se servir d'un ordi", 'dispositif', [
        [
          'usages fondamentaux',
          'usages du numérique',
          'compétences numériques',
          'environnement de travail',
          'bases du numérique',
          'usages',
        ],
      ]),
    ],
  ),
  c(
    'b37-disp-cout-financement',
    ['abbrev', 'prepa-competences'],
    [
      turn('ca coute qqch au CD la prepa comp ? c finance par qui', 'dispositif', [
        [
          'sans contrepartie',
          'gratuit',
          'aucun coût',
          'pas de coût',
          'aucune contrepartie',
          'ne coûte',
          'rien',
        ],
        ['État', 'PIC', 'P.I.C', "plan d'investissement", 'plan d’investissement'],
      ]),
    ],
  ),
  c(
    'b37-disp-kit-communication',
    ['typos'],
    [
      turn(
        "l'afpa fournit des supports pour presenter les dispositifs aux BRSA ? flyer, plaquette, ce genre de truc",
        'dispositif',
        [['kit', 'argumentaire', 'liste des titres', 'intervenants']],
      ),
    ],
  ),
  c(
    'b37-disp-apres-promo',
    ['typos', 'promo-16-18'],
    [
      turn('apres les 13 semaines de la promo le jeune il est lache dans la nature ?', 'dispositif', [
        ['6 mois', 'six mois'],
        [...MISSION_LOCALE, 'accompagnement prolongé'],
      ]),
    ],
  ),
  c(
    'b37-disp-pec-atelier-2',
    ['abbrev', 'competences-pec'],
    [
      turn("competences PEC atelier 2 c'est quoi au juste", 'dispositif', [
        ['reconnaissance des acquis', 'ateliers individualisés'],
        ['6 ateliers', 'six ateliers', 'demi-journée', 'demi journée'],
      ]),
    ],
  ),
  c(
    'b37-disp-campagne-dates',
    ['long', 'campaign'],
    [
      turn(
        "dans la convention de 2022 les BRSA pouvaient entrer sur les dispositifs jusqu'a quand, et les parcours devaient etre finis pour quand ?",
        'dispositif',
        [
          ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 déc 2022', '2022-12-31'],
          ['30 avril 2023', '30/04/2023', '30 avr. 2023', '30 avr 2023', '2023-04-30'],
        ],
      ),
    ],
  ),
  c(
    'b37-disp-autorisation-parentale',
    ['abbrev', 'promo-16-18'],
    [
      turn('promo 1618 pour un jeune ASE il faut une autorisation parentale ?', 'dispositif', [
        ['autorisation'],
      ]),
    ],
  ),
  c(
    'b37-disp-role-referente-prepa',
    ['typos', 'prepa-competences', 'referent-role'],
    [
      turn('concretement pour la prepa comp moi referente je dois faire quoi ?', 'dispositif', [
        ['adhésion', 'recueill', 'informe la personne', 'informer la personne'],
        ['panda'],
      ]),
    ],
  ),
  c(
    'b37-disp-clauses-sociales',
    ['long', 'typos'],
    [
      turn(
        "BRSA tres eloigne de l'emploi, on voudrait le positionner sur un chantier avec clause sociale au printemps, l'afpa fait qqch la dessus ou pas du tout ?",
        'dispositif',
        [
          [
            'premiers gestes',
            'gestes techniques',
            'évaluer les compétences',
            'compétences acquises',
            'prépare',
            'préparer',
            'former',
          ],
        ],
      ),
    ],
  ),
];

// ── AFPA's agenda, against the fixture ─────────────────────────────────────

const AGENDA: ConversationCase[] = [
  c(
    'b37-ag-jpo-et-info-coll',
    ['short', 'abbrev', 'two-in-one', 'jpo', 'info-collective'],
    [
      turn(
        'prochaine jpo ? et la prochaine info coll prepa comp ?',
        'agenda',
        [on('2027-02-03'), on('2027-01-14')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b37-ag-semaine-pro',
    ['short', 'relative-date'],
    [
      turn(
        'ya quoi comme evenements la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b37-ag-volet-2-avec-places',
    ['filter-seats', 'prepa-competences', 'entry-session'],
    [
      turn(
        'prochaine entree prepa comp volet 2 avec des places',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-25'), ...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b37-ag-prepa-distanciel',
    ['short', 'filter-modality', 'prepa-competences', 'entry-session'],
    [
      turn(
        'sessions prepa a distance ?',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15'), ...notOn('2027-03-03')],
      ),
    ],
  ),
  c(
    'b37-ag-fevrier-moissac',
    ['filter-town', 'filter-month'],
    [
      turn(
        'en fevrier a moissac il se passe quoi',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-02-11'), ...notOn('2027-02-23'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b37-ag-electricien-places-visite',
    ['typos', 'two-in-one', 'info-places', 'visite-plateau'],
    [
      turn(
        'ya des places en electricien ? et la visite du plateau elec c quand',
        'agenda',
        [seats(2), on('2027-03-10')],
        [...otherTrainings('électricien'), ...notOn('2027-01-19')],
      ),
    ],
  ),
  c(
    'b37-ag-montauban-avec-places',
    ['filter-town', 'filter-seats', 'info-places'],
    [
      turn(
        'formations a montauban ou il reste de la place ?',
        'agenda',
        [['soudeur'], ['maçon'], ['cariste'], ['électricien']],
        ['plaquiste', 'propreté', 'restauration', 'préparateur de commandes'],
      ),
    ],
  ),
];

// ── Targets, contacts, outside the agreement, prescribing, small talk ──────

const OTHERS: ConversationCase[] = [
  c(
    'b37-fig-pec-objectif-indicateurs',
    ['abbrev', 'two-in-one', 'competences-pec'],
    [
      turn('objectif 2022 competences PEC et on suit quels indicateurs dessus ?', 'figures', [
        [...target(50), 'cinquante'],
        ['orient', 'nombre de', 'entrés', 'ateliers 2 et 3', 'indicateur'],
      ]),
    ],
  ),
  c(
    'b37-contact-coordonnateur',
    ['abbrev', 'typos'],
    [turn('qui est le coordo departemental des dispositifs cote afpa', 'contact', [['Vella']])],
  ),
  c(
    'b37-contact-suivi-accord-cd',
    ['abbrev'],
    [
      turn("cote CD qui suit l'accord avec l'afpa ?", 'contact', [
        ['Weill', 'Président du Conseil départemental', 'président du conseil', 'représentant'],
      ]),
    ],
  ),
  c(
    'b37-oos-montant-rsa',
    ['short', 'abbrev', 'silent'],
    [turn('cb touche un couple au RSA avec 1 enfant ?', 'out_of_scope', [NOT_COVERED], NO_AMOUNT)],
  ),
  c(
    'b37-oos-permis-finance',
    ['abbrev', 'silent'],
    [turn('le CD finance le permis de conduire pour les BRSA ?', 'out_of_scope', [NOT_COVERED], NO_AMOUNT)],
  ),
  c(
    'b37-oos-caf-suspension',
    ['long', 'typos', 'silent'],
    [
      turn(
        'la caf a suspendu le RSA de ma beneficiaire depuis decembre pour une histoire de declaration trimestrielle, elle a plus rien. je fais comment ?',
        'out_of_scope',
        [NOT_COVERED],
        NO_AMOUNT,
      ),
    ],
  ),
  c(
    'b37-presc-competences-pec',
    ['competences-pec'],
    [
      turn(
        'je veux prescrire competences PEC pour M. Daoud, BRSA en PEC a la mairie de Negrepelisse',
        'prescribe',
        [['prescri', 'formulaire'], PEC_NAME],
      ),
    ],
  ),
  c(
    'b37-presc-promo',
    ['short', 'abbrev', 'promo-16-18'],
    [
      turn('prescription promo 1618 pour un jeune ASE de 16 ans stp', 'prescribe', [
        ['prescri', 'formulaire'],
      ]),
    ],
  ),
  c(
    'b37-other-merci',
    ['short', 'small-talk'],
    [
      turn("merci t'es top 👍", 'other', [
        [
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'à votre service',
          'bonne journée',
          'à bientôt',
          'ravi',
          ...apos("n'hésitez"),
        ],
      ]),
    ],
  ),
];

// ── Conversations: follow-ups and topic switches ───────────────────────────

const CONVERSATIONS: ConversationCase[] = [
  c(
    'b37-mt-prepa-decouverte',
    ['follow-up', 'topic-switch', 'prepa-competences'],
    [
      turn('c quoi prepa comp ?', 'dispositif', [
        PREPA,
        [
          'projet professionnel',
          'entrée en formation',
          'compétences nécessaires',
          'prérequis',
          'volet',
          ...apos("éloignées de l'emploi"),
        ],
      ]),
      turn('ca dure cb de temps ?', 'dispositif', [PREPA_LENGTH], ['13 semaines']),
      turn(
        'prochaine entree ?',
        'agenda',
        [on('2027-01-18')],
        [...notOn('2027-01-20'), ...notOn('2027-02-01')],
      ),
    ],
  ),
  c(
    'b37-mt-ase-17-promo',
    ['follow-up', 'abbrev', 'promo-16-18'],
    [
      turn(
        'jeune ase 17 ans, a quitte le lycee en octobre, rien depuis, il traine. promo 1618 possible ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
      turn('ca dure combien ?', 'dispositif', [PROMO_LENGTH], ['2 à 8 jours']),
      turn("c'est a distance ou il doit se deplacer ?", 'dispositif', [['présentiel', 'sur place']]),
    ],
  ),
  c(
    'b37-mt-cariste',
    ['follow-up', 'topic-switch', 'long', 'info-places'],
    [
      turn(
        "Mme L. BRSA 44 ans sans diplome, bosse en interim en entrepot de temps en temps, voudrait devenir cariste mais pas sure d'elle du tout. prepa comp ca colle ?",
        'eligibility',
        [YES],
        NOT_YES,
      ),
      turn(
        'y a des places en formation cariste en ce moment ?',
        'agenda',
        [seats(6)],
        otherTrainings('cariste', 'préparateur de commandes'),
      ),
      turn(
        'et avant ya une reunion ou une visite sur la logistique ?',
        'agenda',
        [on('2027-01-26')],
        [...notOn('2027-01-19'), ...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b37-mt-objectifs',
    ['follow-up', 'short'],
    [
      turn('c quoi les objectifs chiffres pour la prepa comp ?', 'figures', [[...target(30), 'trente']]),
      turn('et competences pec ?', 'figures', [[...target(50), 'cinquante']]),
      turn('et les jeunes ase sur la promo ?', 'figures', [[...target(10), 'dix']]),
    ],
  ),
  c(
    'b37-mt-contact-afpa-tel',
    ['follow-up', 'silent'],
    [
      turn(
        "qui pilote le deploiement prepa comp / PEC / promo a l'afpa montauban ? j'ai besoin d'un interlocuteur",
        'contact',
        [AFPA_PEOPLE],
      ),
      turn("t'aurais son tel ou son mail ?", 'contact', [NO_DETAILS], INVENTED_DETAILS),
    ],
  ),
  c(
    'b37-mt-pec-mairie',
    ['follow-up', 'competences-pec', 'referent-role'],
    [
      turn(
        "BRSA depuis 2019, il vient de signer un PEC de 9 mois aux services techniques de la mairie. competences PEC c'est pour lui ?",
        'eligibility',
        [YES],
        NOT_YES,
      ),
      turn('je dois faire quoi de mon cote ?', 'dispositif', [['employeur'], ['adhésion', 'accord']]),
      turn(
        'et pour lui concretement ca fait combien de jours ?',
        'dispositif',
        [PEC_DAYS],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b37-mt-castel-remuneration',
    ['follow-up', 'topic-switch', 'filter-town', 'silent'],
    [
      turn(
        'prochaine info coll prepa a castel ?',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
      turn(
        'ok merci. autre chose, pendant la prepa comp la personne est remuneree ?',
        'out_of_scope',
        [NOT_COVERED],
        [...NO_AMOUNT, 'rémunéré à'],
      ),
    ],
  ),
  c(
    'b37-mt-ase-15-puis-16',
    ['follow-up', 'boundary', 'promo-16-18'],
    [
      turn(
        'ado ase 15 ans, exclu de son college en novembre, il fait rien de ses journees. promo 1618 ?',
        'eligibility',
        [NO, ['16 ans', 'de 16 à', 'entre 16', 'moins de 16', 'à partir de 16', 'dès 16', 'âge minimum']],
      ),
      turn('et quand il aura 16 ans en avril ?', 'eligibility', [
        ['pourra', 'éligible', 'oui', 'possible', 'dès ses 16', 'à ses 16', 'à partir de'],
      ]),
    ],
  ),
  c(
    'b37-mt-primo-arrivant-clea',
    ['follow-up', 'long', 'fle', 'clea'],
    [
      turn(
        "Mr K. BRSA, arrive d'afghanistan il y a 1 an, parle un peu francais mais ecrit tres mal, il veut bosser dans le batiment. y a qqch pour lui ?",
        'eligibility',
        [['français à visée professionnelle', 'français langue étrangère', 'FLE', 'français à visée']],
      ),
      turn('et apres il pourra passer cléa ?', 'dispositif', [
        ['compétences de base', 'certification interprofessionnelle', 'toute personne', 'socle'],
      ]),
    ],
  ),
  c(
    'b37-mt-prescrire-puis-volets',
    ['follow-up', 'topic-switch', 'prepa-competences'],
    [
      turn('je voudrais prescrire une prepa comp pour une BRSA', 'prescribe', [['prescri', 'formulaire']]),
      turn('attend c quoi la diff entre volet 1 et volet 2 deja ?', 'dispositif', [
        ['consolider', 'projet professionnel', 'diagnostic'],
        ['sécuris', 'entrée en formation'],
      ]),
    ],
  ),
  c(
    'b37-mt-reunions-metiers-caussade',
    ['follow-up', 'short', 'filter-town', 'reunion-metier'],
    [
      turn(
        'les reunions metiers c quand ?',
        'agenda',
        [on('2027-01-26'), on('2027-02-23')],
        [...notOn('2027-01-19'), ...notOn('2027-02-03')],
      ),
      turn('et a caussade ?', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
    ],
  ),
  c(
    'b37-mt-soudure',
    ['follow-up', 'short', 'visite-plateau', 'info-places'],
    [
      turn('la visite du plateau soudure c quand ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn('cb de places ?', 'agenda', [seats(8)]),
      turn(
        'et la formation soudeur elle demarre quand ?',
        'agenda',
        [on('2027-02-01')],
        otherTrainings('soudeur'),
      ),
    ],
  ),
  c(
    'b37-mt-pec-atelier-2',
    ['follow-up', 'short', 'filter-modality', 'competences-pec', 'entry-session'],
    [
      turn(
        'prochaine entree competences pec atelier 2 ?',
        'agenda',
        [on('2027-01-20')],
        [...notOn('2027-02-10'), ...notOn('2027-01-18')],
      ),
      turn('et en distanciel ?', 'agenda', [on('2027-03-03')], notOn('2027-02-08')),
    ],
  ),
  c(
    'b37-mt-rsfp-vae',
    ['follow-up', 'abbrev', 'rsfp', 'competences-pec'],
    [
      turn('rsfp c pour qui ?', 'dispositif', [
        ['prérequis', 'pré-requis', 'pas accès à la VAE', 'pas les conditions'],
      ]),
      turn('et dans competences pec la vae ca prend cb de temps ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b37-mt-bonjour-58-ans',
    ['follow-up', 'small-talk', 'prepa-competences'],
    [
      turn('bjr', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']]),
      turn(
        'BRSA 58 ans, il est trop vieux pour la prepa comp ?',
        'eligibility',
        [
          [
            'pas trop',
            'pas de limite',
            'aucune limite',
            'ne fixe pas',
            'ne prévoit pas',
            'pas de condition',
            'aucune condition',
            'éligible',
            'peut suivre',
            'peut faire',
            'peut bénéficier',
            'peut entrer',
            'non,',
            'non.',
            'non :',
            ...apos("pas d'âge", 'aucun âge', "pas d'âge limite"),
          ],
        ],
        NOT_YES,
      ),
    ],
  ),
];

export const THIRTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  ...ELIGIBILITY,
  ...PROGRAMMES,
  ...AGENDA,
  ...OTHERS,
  ...CONVERSATIONS,
];
