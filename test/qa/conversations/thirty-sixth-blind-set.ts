/**
 * Thirty-sixth blind set: « the eligibility desk ».
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18) and
 * from the published agenda of `agenda-fixture.ts` (today frozen at Monday 11 January 2027,
 * Europe/Paris), without running the bot, reading its code or reading the other sets.
 *
 * The voice is a senior référente who trains new colleagues: about two turns in three ask
 * whether one person, described in the message, can go on an offer of the agreement, and
 * the set walks the decision space of the agreement: clear yes, clear no with its reason,
 * « who prescribes instead » (France Travail, Mission locale or CIO, the PEC contract's
 * prescriber), « a fact is missing », boundary ages (15, 16, 17, 18), RSA or not, followed by
 * the Département or not, registered at France Travail or not, in a PEC or not, employer's
 * agreement, ASE or not, still at school or not, in training or work or not. People are
 * described in one line, in a rambling paragraph with the question first or last, with a
 * fact given in a follow-up or corrected (« non pardon il a 18 ans »), with negations, and
 * asked about as « elle » after « ma beneficiaire ». Teams style: abbreviations (BRSA, ASE,
 * PEC, 1618, prépa comp, FT, ML, TH, CD, a for ans), no accents, typos.
 *
 * Expectations hold verdict words with several alternatives and the key reason or the other
 * prescriber, never a wording. Where the agreement is silent, the expected answer says so.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Verdicts and reasons, as alternatives ───────────────────────────────────

const YES = ['oui', 'éligible', 'peut', 'possible', 'correspond', 'pouvez', 'ouvert'];
const NO = [
  'non',
  'pas éligible',
  'ne peut pas',
  'ne pourra pas',
  'réservé',
  'pas possible',
  'ne relève pas',
  'ne correspond pas',
  'pas ouvert',
  'pas concerné',
  'exclu',
];
const TO_CHECK = [
  'vérifier',
  'préciser',
  'dépend',
  'savoir si',
  'condition',
  'si elle',
  'si le jeune',
  'si la jeune',
  'si ce',
  'confirmer',
  'est-il',
  'est-elle',
  'manque',
  'à voir',
];
/** France Travail, under its new or its old name. */
const FT = ['france travail', 'pôle emploi'];
const ML_CIO = ['mission locale', 'missions locales', ' cio', 'c.i.o'];
const RSA = ['rsa'];
/** Prépa Compétences: RSA recipients « inscrits ou non-inscrits » at France Travail. */
const WITH_OR_WITHOUT_FT = [
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'même sans',
  'sans être inscrit',
  'sans inscription',
  'pas besoin',
  'pas nécessaire',
  'pas obligatoire',
  'pas une condition',
  'change rien',
  'aucune incidence',
];
/** La Promo 16/18: young people who left collège or lycée early. */
const LEFT_SCHOOL = [
  'quitté',
  'décroch',
  'déscolaris',
  'sorti',
  'plus scolarisé',
  'abandonn',
  'système scolaire',
];
/** La Promo 16/18: neither in training nor working. */
const NOT_IN_TRAINING_OR_WORK = [
  'ni en formation',
  'pas en formation',
  'ne travaill',
  'ni en emploi',
  'pas en emploi',
  'sans emploi',
  'ni emploi',
  'ni formation',
  'sans formation',
];
/** La Promo 16/18 starts at 16. */
const FROM_16 = [
  '16 ans',
  'à partir de 16',
  '16 à 18',
  'trop jeune',
  '16 et 17',
  '16-17',
  'minimum',
  'pas encore 16',
];
/** La Promo 16/18 is for minors (« jeunes mineurs »). */
const MINORS_ONLY = [
  'mineur',
  'majeur',
  'moins de 18',
  '16 et 17',
  '16-17 ans',
  '16 ou 17',
  'avant 18',
  'avant ses 18',
  'plus de 17',
  'dépasse',
  'trop âgé',
];
/** Compétences PEC: people who signed a Parcours Emploi Compétences. */
const PEC_HOLDERS = [
  'en pec',
  'un pec',
  'contrat pec',
  'du pec',
  'signataire',
  'titulaire',
  'salariés en parcours',
  'salarié en parcours',
  'bénéficiaires de pec',
  'sous contrat',
];
/** What the agreement does not settle. */
const SILENT = [
  'ne précise pas',
  'ne dit pas',
  'ne prévoit pas',
  'pas précisé',
  'pas prévu',
  'rien sur',
  'aucune règle',
  'pas de règle',
  'ne mentionne pas',
  'voir avec',
  'vérifier',
  'se renseigner',
  'confirmer',
];
/** An answer that declines a question outside the agreement. */
const OUT = [
  'ne peux pas',
  'ne sais pas',
  'pas en mesure',
  'hors',
  'ne traite pas',
  'ne couvre pas',
  'uniquement',
  'seulement',
  'ne concerne pas',
  'ne relève pas',
  'ne dispose pas',
  'pas prévu',
  'ne précise pas',
  'ne dit pas',
  'rien sur',
  'pas dans',
];

const PREPA_DAYS = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours'];

// ── The set ─────────────────────────────────────────────────────────────────

export const THIRTY_SIXTH_BLIND_SET: ConversationCase[] = [
  // Prépa Compétences: RSA, France Travail, followed by the Département or not.
  c(
    'b36-01-brsa-sans-ft-prepa',
    ['prepa-competences', 'one-line', 'rsa', 'not-registered-ft', 'yes'],
    [turn('BRSA 45a pas FT prepa ?', 'eligibility', [YES, RSA, WITH_OR_WITHOUT_FT])],
  ),
  c(
    'b36-02-paragraphe-castel-prepa',
    ['prepa-competences', 'paragraph', 'rsa', 'registered-ft', 'yes'],
    [
      turn(
        'bonjour je suis nouvelle referente a l utas de castel, j ai une dame 38 ans au RSA depuis 2019, ' +
          'inscrite a FT depuis longtemps mais elle voit jamais son conseiller, elle voudrait bosser dans ' +
          'l aide a domicile mais elle sait pas trop si c est fait pour elle, 2 enfants en bas age. est ce ' +
          'que je peux l orienter sur prepa comp ?',
        'eligibility',
        [YES, RSA, ['projet', 'volet 1', 'consolider']],
      ),
    ],
  ),
  c(
    'b36-03-plus-au-rsa-are',
    ['prepa-competences', 'question-first', 'negation', 'not-rsa', 'who-prescribes'],
    [
      turn(
        'prepa comp c possible pour qqn qui est plus au RSA ? en fait mr B. etait BRSA jusqu en novembre, ' +
          'il a repris un CDD de 3 mois qui s est fini, maintenant il touche l ARE et il est inscrit a FT, ' +
          'je le suis encore un peu par habitude',
        'eligibility',
        [[...NO, 'pas par', 'pas via', 'plus allocataire', 'plutôt'], FT, RSA],
      ),
    ],
  ),
  c(
    'b36-04-jamais-inscrite-pas-rsa',
    ['prepa-competences', 'negation', 'not-rsa', 'not-registered-ft', 'who-prescribes'],
    [
      turn(
        'mme D 41a, pas au RSA, n a jamais ete inscrite a FT, elle vit chez sa soeur, on la suit au CD ' +
          'juste pour un dossier FSL. prepa comp possible par nous ?',
        'eligibility',
        [RSA, FT],
      ),
    ],
  ),
  c(
    'b36-05-brsa-accompagne-par-ft',
    ['prepa-competences', 'rsa', 'followed-by-ft', 'who-prescribes'],
    [
      turn(
        'BRSA 36a inscrit FT et c est FT son referent unique (accompagnement FT, pas nous). prepa comp c qui qui prescrit ?',
        'eligibility',
        [FT, ['conseiller', 'référent', 'accompagn', 'prescri']],
      ),
    ],
  ),
  c(
    'b36-06-couple-elle-pas-inscrite',
    ['prepa-competences', 'elle-after-description', 'rsa', 'not-registered-ft', 'yes'],
    [
      turn(
        'j ai un couple au RSA que je suis, lui 50a inscrit a FT, elle 45a pas inscrite, jamais. elle peut aller sur prepa ?',
        'eligibility',
        [YES, WITH_OR_WITHOUT_FT],
      ),
    ],
  ),
  c(
    'b36-07-deja-en-formation',
    ['prepa-competences', 'elle-after-description', 'in-training', 'no'],
    [
      turn(
        'ma beneficiaire a 33 ans, elle touche le RSA majore, elle est en formation aide soignante depuis ' +
          'septembre a l IFSI. je me demandais si elle pouvait faire prepa comp en parallele',
        'eligibility',
        [
          [
            ...NO,
            'pas adapté',
            'pas pertinent',
            'pas utile',
            'déjà en formation',
            'pas le bon',
            'pas vraiment',
            'pas conçu',
          ],
          ['amont', 'avant', 'entrée en formation', 'accéder à la formation', 'accès à la qualification'],
        ],
      ),
    ],
  ),
  c(
    'b36-08-represcription-silence',
    ['prepa-competences', 'rsa', 'silent-agreement'],
    [
      turn(
        'mr 58 ans BRSA, a deja fait prepa comp en 2024 et il a rien fait apres. on peut le represcrire ou c une seule fois ?',
        'eligibility',
        [SILENT],
      ),
    ],
  ),

  // AFPA's regular trainings, French for work, CléA, RSFP, Open Badges.
  c(
    'b36-09-brsa-formation-cariste',
    ['droit-commun', 'rsa', 'yes'],
    [
      turn(
        'mr 60a BRSA veut faire le titre pro cariste a l afpa, il a le droit aux formations ou pas ?',
        'eligibility',
        [YES, ['région', 'financeurs', 'droit commun', 'publics éligibles']],
      ),
    ],
  ),
  c(
    'b36-10-primo-arrivante-fle',
    ['fle', 'elle-after-description', 'rsa', 'yes'],
    [
      turn(
        'ma beneficiaire est arrivee du Soudan il y a 1 an, elle a le RSA, parle tres peu francais. y a quoi pour elle a l afpa ?',
        'eligibility',
        [['visée professionnelle', 'langue étrangère', 'fle']],
      ),
    ],
  ),
  c(
    'b36-11-francophone-clea-pas-fle',
    ['fle', 'clea', 'rsa'],
    [
      turn(
        'elle a 26 ans, francaise, a arrete l ecole en 4e, lit mal ecrit mal, BRSA. je la mets en FLE ?',
        'eligibility',
        [
          ['cléa', 'compétences de base'],
          ['primo', 'débutant', 'langue étrangère'],
        ],
      ),
    ],
  ),
  c(
    'b36-12-aci-rsfp',
    ['rsfp', 'vae', 'siae'],
    [
      turn(
        'salarie en ACI (chantier d insertion), 44a, pas de diplome, pas assez d experience pour une VAE. y a un truc pour lui ?',
        'eligibility',
        [
          ['rsfp', 'reconnaissance des savoir'],
          ['prérequis', 'pré-requis', 'siae', 'insertion par'],
        ],
      ),
    ],
  ),
  c(
    'b36-13-open-badges-pour-qui',
    ['open-badges'],
    [
      turn(
        'open badges c pour qui ? j ai une jeune tres a l aise a l oral, debrouillarde, mais aucun diplome',
        'eligibility',
        [
          ['compétences douces', 'soft skills', 'savoir-être', 'transvers'],
          ['projet spécifique', 'formel', 'informel'],
        ],
      ),
    ],
  ),

  // Compétences PEC: in a PEC or not, RSA or not, employer's agreement, timing.
  c(
    'b36-14-cdi-pas-pec',
    ['competences-pec', 'rsa', 'not-pec', 'no'],
    [
      turn(
        'Mr T 52a BRSA en CDI temps partiel dans une asso (c est PAS un PEC), il pourrait faire competences pec pour valider ses acquis ?',
        'eligibility',
        [NO, PEC_HOLDERS, ['vae', 'validation des acquis']],
      ),
    ],
  ),
  c(
    'b36-15-pec-mission-locale-pas-rsa',
    ['competences-pec', 'not-rsa', 'who-prescribes'],
    [
      turn(
        'salarie PEC 28a, pas au RSA, son contrat a ete prescrit par la mission locale. je peux le mettre sur competences pec moi ?',
        'eligibility',
        [['mission locale'], RSA],
      ),
    ],
  ),
  c(
    'b36-16-pec-th-cap-emploi',
    ['competences-pec', 'not-rsa', 'th', 'who-prescribes'],
    [
      turn(
        'mme L, TH, en PEC via cap emploi, pas RSA, pas suivie par nous. competences pec c qui ?',
        'eligibility',
        [['cap emploi'], ['prescri', 'mobilis', 'orient', 'conseiller']],
      ),
    ],
  ),
  c(
    'b36-17-employeur-refuse',
    ['competences-pec', 'rsa', 'employer', 'no'],
    [
      turn(
        'mme en PEC, BRSA, mais l employeur veut pas la liberer pour les ateliers. on fait comment pour competences pec ?',
        'eligibility',
        [[...NO, 'sans', 'nécessaire', 'indispensable', 'obligatoire', 'faut'], ['accord'], ['employeur']],
      ),
    ],
  ),
  c(
    'b36-18-pec-signe-vendredi',
    ['competences-pec', 'rsa', 'boundary-date', 'yes'],
    [
      turn('PEC signe vendredi dernier, BRSA, c est trop tot pour competences pec ?', 'eligibility', [
        [...YES, 'pas trop tôt'],
        ['signature', 'premiers mois'],
      ]),
    ],
  ),
  c(
    'b36-19-pec-termine',
    ['competences-pec', 'rsa', 'boundary-date'],
    [
      turn(
        'son PEC s est termine en decembre (BRSA toujours), on peut encore faire competences pec ?',
        'eligibility',
        [
          [
            'durée du pec',
            'pendant le pec',
            'en cours de pec',
            'au cours du pec',
            'signature',
            'premiers mois',
            'pendant son pec',
            'pendant le contrat',
            'durée du contrat',
            'en cours de contrat',
            'pendant son contrat',
          ],
        ],
      ),
    ],
  ),

  // La Promo 16/18: ages, school, training or work, ASE, who proposes it.
  c(
    'b36-20-ase-17-sortie-lycee',
    ['promo-16-18', 'ase', 'age-17', 'one-line', 'yes'],
    [
      turn('jeune ASE 17a sorti du lycee en octobre, rien depuis, promo 1618 ?', 'eligibility', [
        YES,
        [
          'aide sociale',
          'décroch',
          'quitté',
          'ni en formation',
          'pas en formation',
          'mineur',
          'sorti',
          'autorisation',
        ],
      ]),
    ],
  ),
  c(
    'b36-21-ase-15',
    ['promo-16-18', 'ase', 'age-15', 'boundary-age', 'no'],
    [
      turn(
        'jeune fille 15 ans ASE deccrocheuse depuis la 3e, elle peut rentrer sur la promo 16 18 ?',
        'eligibility',
        [NO, FROM_16],
      ),
    ],
  ),
  c(
    'b36-22-16-tout-pile-ml',
    ['promo-16-18', 'age-16', 'boundary-age', 'not-ase', 'yes'],
    [
      turn(
        'un jeune de 16 ans tout pile (anniv hier), a quitte le college sans rien, pas en apprentissage, suivi par la ML. promo ok ?',
        'eligibility',
        [YES, ML_CIO],
      ),
    ],
  ),
  c(
    'b36-23-17-encore-inscrit-lycee',
    ['promo-16-18', 'age-17', 'at-school', 'no'],
    [
      turn(
        '17 ans mais encore inscrit au lycee pro (il y va plus trop), promo 1618 possible ?',
        'eligibility',
        [[...NO, 'tant que', 'pas encore', 'pour le moment'], LEFT_SCHOOL],
      ),
    ],
  ),
  c(
    'b36-24-ase-apprentissage',
    ['promo-16-18', 'ase', 'age-17', 'in-training', 'no'],
    [
      turn(
        'jeune ASE 17a en CAP boulanger en apprentissage depuis sept, elle s ennuie, promo 16/18 ?',
        'eligibility',
        [
          NO,
          [
            'ni en formation',
            'pas en formation',
            'ne travaill',
            'ni en emploi',
            'pas en emploi',
            'déjà en',
            'apprentissage',
            'alternance',
            'contrat',
          ],
        ],
      ),
    ],
  ),
  c(
    'b36-25-17-manque-infos',
    ['promo-16-18', 'age-17', 'missing-fact'],
    [turn('un jeune de 17 ans peut faire la promo ?', 'eligibility', [LEFT_SCHOOL, NOT_IN_TRAINING_OR_WORK])],
  ),
  c(
    'b36-26-fils-de-brsa-pas-ase',
    ['promo-16-18', 'not-ase', 'age-17', 'who-prescribes'],
    [
      turn(
        'jeune 17a, ni ecole ni taf, pas ASE, c est sa mere qui est BRSA chez nous. je peux l inscrire moi sur la promo ?',
        'eligibility',
        [ML_CIO, ['correspond', 'éligible', 'cible', 'profil', 'oui', 'peut']],
      ),
    ],
  ),
  c(
    'b36-27-18-ans-2-mois',
    ['promo-16-18', 'age-18', 'boundary-age', 'one-line', 'no'],
    [turn('18 ans et 2 mois, decrocheur, promo 1618 ?', 'eligibility', [NO, MINORS_ONLY])],
  ),
  c(
    'b36-28-autorisation-parentale-mecs',
    ['promo-16-18', 'ase', 'age-16', 'question-first', 'parents'],
    [
      turn(
        'question rapide sur la promo : est ce que le jeune doit avoir l accord des parents ? c est une gamine ASE ' +
          'de 16 ans placee en MECS, sortie du college, les parents ont l autorite parentale mais on les voit jamais',
        'eligibility',
        [
          ['autorisation parentale', 'autorisations parentales', 'accord des parents', 'parents'],
          ['requis', 'nécessaire', 'obligatoire', 'faut', 'doivent', 'doit', 'vérifier'],
        ],
      ),
    ],
  ),

  // ── Multi-turn eligibility ────────────────────────────────────────────────
  c(
    'b36-29-fait-en-suite-inscrite-ft',
    ['prepa-competences', 'follow-up-fact', 'rsa', 'registered-ft'],
    [
      turn(
        'ma beneficiaire 29a, BRSA, veut aller en logistique (cariste ou prepa de commandes) mais elle a peur de l ecrit et des tests. prepa comp c jouable ?',
        'eligibility',
        [YES, ['rsa', 'sécuris', 'volet 2', 'entrée en formation']],
      ),
      turn('ah et elle est inscrite a FT, ca change qqch ?', 'eligibility', [WITH_OR_WITHOUT_FT]),
      turn('ok. prochaine entree prepa volet 1 alors ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
    ],
  ),
  c(
    'b36-30-correction-15-vers-16',
    ['promo-16-18', 'ase', 'correction', 'boundary-age', 'age-15', 'age-16'],
    [
      turn('jeune ASE 15a, a lache le college en novembre, promo 1618 ?', 'eligibility', [NO, FROM_16]),
      turn('non pardon elle a 16 ans depuis decembre, je confonds avec sa soeur', 'eligibility', [
        YES,
        [
          'autorisation',
          'parents',
          'panda',
          'engagement',
          'aide sociale',
          'quitté',
          'décroch',
          'ni en formation',
          'pas en formation',
          '16 ans',
        ],
      ]),
    ],
  ),
  c(
    'b36-31-correction-17-vers-18',
    ['promo-16-18', 'correction', 'boundary-age', 'age-17', 'age-18'],
    [
      turn(
        'jeune 17a, decroche depuis juin, ni formation ni job, suivi par la ML de Montauban. promo possible ?',
        'eligibility',
        [
          YES,
          ['mission locale', 'missions locales', 'quitté', 'décroch', 'ni en formation', 'pas en formation'],
        ],
      ),
      turn('non pardon il a 18 ans, j ai confondu avec son frere', 'eligibility', [NO, MINORS_ONLY]),
    ],
  ),
  c(
    'b36-32-cdd-creche-puis-pec',
    ['competences-pec', 'rsa', 'follow-up-fact', 'missing-fact'],
    [
      turn(
        'BRSA 39a, elle a un CDD de 6 mois dans une creche associative, competences pec possible ?',
        'eligibility',
        [TO_CHECK, PEC_HOLDERS],
      ),
      turn('ah oui c est un PEC, signe en septembre', 'eligibility', [YES, ['employeur']]),
    ],
  ),
  c(
    'b36-33-elle-info-coll-castel',
    ['prepa-competences', 'rsa', 'not-registered-ft', 'elle-after-description'],
    [
      turn(
        'ma beneficiaire a 47 ans, RSA depuis 2021, elle n a jamais ete inscrite a FT, elle voudrait s orienter vers l aide a la personne. prepa comp ?',
        'eligibility',
        [YES, WITH_OR_WITHOUT_FT],
      ),
      turn(
        'top. elle peut venir a la prochaine info coll ?',
        'agenda',
        [on('2027-01-14'), ['montauban']],
        notOn('2027-01-07'),
      ),
      turn('ah mais elle habite castel et a pas de voiture', 'agenda', [
        on('2027-01-21'),
        ['castelsarrasin'],
      ]),
    ],
  ),
  c(
    'b36-34-maire-pas-au-courant',
    ['competences-pec', 'rsa', 'employer'],
    [
      turn('mr K BRSA en PEC a la mairie de Caussade depuis octobre, competences pec ?', 'eligibility', [
        YES,
        ['employeur'],
      ]),
      turn('le maire est pas au courant, je dois faire quoi ?', 'eligibility', [
        ['accord'],
        ['inform', 'prévenir', 'recueill', 'demander'],
      ]),
      turn(
        'ok et la prochaine entree atelier 2 ?',
        'agenda',
        [on('2027-01-20'), seats(4)],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b36-35-ase-promo-puis-prepa',
    ['promo-16-18', 'prepa-competences', 'ase', 'age-17', 'elle-after-description'],
    [
      turn('jeune ASE 17a, sortie du lycee en 1ere l an dernier, rien depuis. promo ?', 'eligibility', [
        YES,
        [
          'aide sociale',
          'décroch',
          'quitté',
          'ni en formation',
          'pas en formation',
          'mineur',
          'sorti',
          'autorisation',
        ],
      ]),
      turn('et prepa comp pour elle plutot ? c est plus court', 'eligibility', [
        [...NO, 'plutôt', 'mieux', 'adapté'],
        ['rsa', 'france travail', 'pôle emploi', 'demandeur'],
        ['promo'],
      ]),
    ],
  ),
  c(
    'b36-36-manque-rsa-puis-complete',
    ['prepa-competences', 'missing-fact', 'follow-up-fact', 'rsa', 'not-registered-ft'],
    [
      turn('prepa comp pour un mr de 40a ?', 'eligibility', [RSA, [...TO_CHECK, 'allocataire']]),
      turn('oui BRSA, je suis sa referente', 'eligibility', [
        YES,
        ['prescri', 'inscri', 'panda', 'orient', 'rsa'],
      ]),
      turn('par contre il est pas inscrit a FT', 'eligibility', [WITH_OR_WITHOUT_FT]),
    ],
  ),
  c(
    'b36-37-apprentissage-lundi',
    ['promo-16-18', 'ase', 'age-16', 'follow-up-fact', 'in-training'],
    [
      turn(
        'jeune ASE 16a, plus au lycee depuis la toussaint, fait rien de ses journees. promo ?',
        'eligibility',
        [
          YES,
          [
            'aide sociale',
            'décroch',
            'quitté',
            'ni en formation',
            'pas en formation',
            'mineur',
            'sorti',
            'autorisation',
          ],
        ],
      ),
      turn(
        'attends l educ me dit qu il a signe un contrat d apprentissage qui commence lundi',
        'eligibility',
        [
          [...NO, 'plus'],
          ['apprentissage', 'ne travaill', 'en emploi', 'en formation', 'contrat'],
        ],
      ),
    ],
  ),
  c(
    'b36-38-eligible-puis-inscription',
    ['prepa-competences', 'rsa', 'not-registered-ft', 'prescription'],
    [
      turn(
        'BRSA 31a, pas inscrite FT, elle veut retravailler son projet pro apres un conge parental. prepa comp ?',
        'eligibility',
        [YES, ['projet', 'volet 1', 'consolider']],
      ),
      turn('ok comment je l inscris ?', 'prescribe', [['panda', 'prescri', 'formulaire', 'inscri']]),
    ],
  ),
  c(
    'b36-39-pec-vae-puis-rsfp',
    ['competences-pec', 'vae', 'rsfp', 'rsa', 'follow-up-fact'],
    [
      turn(
        'mr 47a BRSA en PEC depuis 5 mois aux espaces verts de la ville, aucun diplome, il voudrait faire valider qqch',
        'eligibility',
        [YES, ['vae', 'rsfp', 'cléa', 'certification']],
      ),
      turn('il a pas beaucoup d experience dans le metier en fait, 8 mois en tout', 'eligibility', [
        ['rsfp', 'reconnaissance des savoir'],
        ['prérequis', 'pré-requis'],
      ]),
      turn('et la rsfp ca prend combien de temps ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),

  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b36-40-prepa-duree',
    ['prepa-competences'],
    [
      turn('prepa comp c combien de jours en tout ?', 'dispositif', [
        PREPA_DAYS,
        ['2 semaines', 'deux semaines'],
      ]),
    ],
  ),
  c(
    'b36-41-promo-jours',
    ['promo-16-18'],
    [turn('la promo 1618 c tous les jours de la semaine ?', 'dispositif', [['lundi au jeudi']])],
  ),
  c(
    'b36-42-pec-certifs',
    ['competences-pec'],
    [
      turn('competences pec ca debouche sur quoi comme certif ?', 'dispositif', [
        ['vae', 'validation des acquis'],
        ['rsfp', 'reconnaissance des savoir'],
        ['cléa'],
      ]),
    ],
  ),
  c(
    'b36-43-promo-permis',
    ['promo-16-18'],
    [turn('la promo 16 18 ils passent le permis ?', 'dispositif', [['code de la route', 'code la route']])],
  ),
  c(
    'b36-44-bilan-prepa',
    ['prepa-competences'],
    [
      turn('le bilan a la fin de prepa comp il arrive chez qui ?', 'dispositif', [
        ['bilan individuel', 'bilan'],
        ['référent'],
      ]),
    ],
  ),
  c(
    'b36-45-prepa-distance',
    ['prepa-competences'],
    [
      turn(
        'prepa comp en distanciel c possible ? mme habite a beaumont de lomagne sans voiture',
        'dispositif',
        [['distance', 'distanciel']],
      ),
    ],
  ),
  c(
    'b36-46-volet-1-volet-2',
    ['prepa-competences'],
    [
      turn('c quoi la diff entre volet 1 et volet 2 prepa ?', 'dispositif', [
        ['projet'],
        ['sécuris'],
        ['5 à 6', '5-6', '5 ou 6', 'cinq à six', '5 et 6'],
        ['4 à 8', '4-8', 'quatre à huit', '4 et 8'],
      ]),
    ],
  ),
  c(
    'b36-47-pec-temps-salarie',
    ['competences-pec'],
    [
      turn('competences pec ca prend combien de temps au salarie ?', 'dispositif', [
        ['5 jours', 'cinq jours'],
        ['durée du pec', 'répartis', 'sur la durée'],
      ]),
    ],
  ),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c(
    'b36-48-prochaine-jpo',
    ['jpo'],
    [
      turn(
        'c quand la prochaine jpo a l afpa ? j ai 3 BRSA a emmener',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b36-49-entree-promo',
    ['promo-16-18', 'sessions'],
    [
      turn('la prochaine entree sur la promo 16 18 c quand ? j ai une jeune ASE prete', 'agenda', [
        on('2027-02-01'),
        seats(10),
      ]),
    ],
  ),
  c(
    'b36-50-places-volet-2',
    ['prepa-competences', 'sessions', 'seats'],
    [
      turn(
        'reste t il de la place en volet 2 prepa comp ? pour securiser une entree en formation soudeur',
        'agenda',
        [on('2027-02-15'), seats(5)],
      ),
    ],
  ),
  c(
    'b36-51-info-coll-pec',
    ['competences-pec', 'info-collective'],
    [turn('info coll competences pec ?', 'agenda', [on('2027-02-09'), ['moissac']])],
  ),
  c(
    'b36-52-visite-soudure',
    ['visite-plateau'],
    [
      turn(
        'visite plateau soudure pour un mr BRSA qui hesite, c quand ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
    ],
  ),

  // ── Out of scope and contact ──────────────────────────────────────────────
  c(
    'b36-53-prime-activite',
    ['rsa'],
    [turn('mme BRSA elle est eligible a la prime d activite si elle reprend 20h ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b36-54-sanction-refus-prepa',
    ['rsa', 'prepa-competences'],
    [turn('si mon BRSA refuse prepa comp, on peut lui suspendre le RSA ?', 'out_of_scope', [OUT])],
  ),
  c('b36-55-cej', ['not-in-agreement'], [turn('un jeune 19a peut avoir le CEJ ?', 'out_of_scope', [OUT])]),
  c(
    'b36-56-contact-eligibilite',
    ['promo-16-18'],
    [
      turn('qui a l afpa pour les questions d eligibilite ? j ai un doute sur un dossier promo', 'contact', [
        ['battedou', 'responsable accompagnement'],
      ]),
    ],
  ),
];
