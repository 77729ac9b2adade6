/**
 * Hundred-thirtieth blind set.
 *
 * Who speaks: a référent insertion of the Département de Tarn-et-Garonne (CD82) who
 * hesitates BETWEEN programmes and asks the bot to help choose or to chain them: Prépa
 * Compétences or Compétences PEC, volet 1 or volet 2, VAE or RSFP, CléA or CléA numérique,
 * La Promo 16/18 then Prépa, PEC and Prépa at the same time, which one is the shortest,
 * which one works remotely, which one the référent may prescribe and which one goes
 * through France Travail or the Mission locale. Some questions describe a person (age, RSA,
 * followed by the CD or not, in a PEC contract or not, ASE, still at school), others are
 * general. Typed fast in Teams: no accents, abbreviations (prepa comp, PEC, 1618, V1/V2,
 * VAE, RSFP, CléA, BRSA, FT, ML, ASE), typos, two questions in one message, and follow-ups
 * that only make sense after the previous turn (« et si elle a 17 ans ? », « ok et la plus
 * proche c quand ? », « et ça dure combien du coup ? »).
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Where the agreement does not settle
 * a question (chaining two programmes, following two at once, what happens once the
 * programme is over, pay, benefits), the expected answer says so and invents nothing:
 * neither that it is allowed nor that it is forbidden.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with both apostrophes (« ’ » and « ' »). */
function alts(...xs: string[]): string[] {
  const out = new Set<string>();
  for (const x of xs) {
    out.add(x);
    out.add(x.replace(/’/g, "'"));
    out.add(x.replace(/'/g, '’'));
  }
  return [...out];
}

// ── Names of the programmes ────────────────────────────────────────────────

const PREPA = alts('prépa comp', 'prépa-comp', 'prépa compétences', 'prépa compétence');
const COMP_PEC = alts(
  'compétences pec',
  'compétences p.e.c',
  'compétences – pec',
  'compétences-pec',
  'comp pec',
);
const PROMO = alts('promo 16', 'promo16', 'promo 1618', 'promo1618', 'la promo');

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = alts(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
  '8 jours max',
);
const TWO_WEEKS = alts('2 semaines', 'deux semaines');
const VOLET1_DAYS = alts(
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
);
const VOLET2_DAYS = alts('4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours');
const PEC_DAYS = alts(
  ' 5 jours',
  '(5 jours',
  'cinq jours',
  ' 5 journées',
  ' 5 j ',
  '5 jours de participation',
);
const PEC_TIMING = alts(
  'durée du pec',
  'durée du p.e.c',
  'durée du contrat',
  'pendant le contrat',
  'pendant le pec',
  'au long du contrat',
  'en cours de pec',
  'en cours de contrat',
  'signature',
  'premiers mois',
);
const PROMO_DURATION = alts('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const MON_THU = alts('lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi');
const ONSITE = alts('présentiel', 'sur place', 'dans le centre', 'au centre');
const REMOTE = alts('à distance', 'distanciel', 'distance');
const MONTAUBAN = ['montauban'];
const DELOCALISED = alts(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
);
const FREE = alts(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
  'p.i.c',
  ' pic',
);
const DEPT_PRESCRIBES = alts(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'directement',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
  'vous pouvez le prescrire',
  'vous pouvez la prescrire',
  'prescrire vous-même',
);
const ML_CIO = alts(
  'mission locale',
  'missions locales',
  ' cio',
  'c.i.o',
  'centre d’information et d’orientation',
);
const OTHER_PRESCRIBER = alts(
  'autre prescripteur',
  'son prescripteur',
  'prescripteur du pec',
  'cap emploi',
  'france travail',
  'pôle emploi',
  'mission locale',
);
const AGE_1618 = alts('16 à 18', '16 et 18', '16-18', '16-17', '16 ou 17', '16 à 17', 'mineur');
const LEFT_SCHOOL = alts(
  'quitté',
  'décroch',
  'ne sont pas en formation',
  'pas en formation',
  'ni en formation',
  'déscolaris',
  'scolaris',
  'sortis du système',
  'toujours en formation',
  'encore en formation',
);
const PARENTS = alts('autorisation parentale', 'autorisations parentales', 'accord des parents', 'parents');
const ADHESION = alts('adhésion', 'son accord', 'accord de la personne', 'recueill', 'consentement');
const EMPLOYER_AGREES = alts(
  'accord de l’employeur',
  'accord de son employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'accord du patron',
  'employeur donne son accord',
  'employeur est d’accord',
  'employeur p.e.c',
  'employeur pec',
);
const IN_PEC = alts(
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi compétences',
  'en pec',
  'signataire',
  'signature',
  'salarié',
  'bénéficiaires de p.e.c',
  'bénéficiaires de pec',
  'titulaire',
);
const CERTIFICATION = alts('certification', 'vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa', 'valoris');
const VAE_DAYS = alts('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j');
const ONE_DAY = alts('1 jour', 'une journée', '1 journée', 'un jour');
const PREREQUISITES = alts('prérequis', 'pré-requis', 'prés-requis', 'pré requis');
const NOT_REGISTERED_TOO = alts(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'qu’ils soient inscrits',
  'même inscrit',
  'aussi inscrit',
);
const BILAN = ['bilan individuel', 'bilan'];
const PANDA = ['panda'];

/** The agreement does not settle it: what the answer says instead of inventing. */
const SILENT = alts(
  'ne dit rien',
  'n’en dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne prévoit pas',
  'ne fixe pas',
  'ne règle pas',
  'ne tranche pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne traite pas',
  'ne couvre pas',
  'ne détaille pas',
  'n’indique pas',
  'ne se prononce pas',
  'ne figure pas',
  'ne définit pas',
  'pas prévu',
  'pas précisé',
  'pas mentionné',
  'pas d’information',
  'aucune information',
  'pas dans l’accord',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors périmètre',
  'en dehors de l’accord',
  'n’est pas couvert',
  'rien sur',
);
/** Not settled, or not automatic. */
const NOT_SETTLED = [
  ...SILENT,
  ...alts(
    'pas automatique',
    'pas automatiquement',
    'ne garantit pas',
    'pas garanti',
    'aucune garantie',
    'pas d’entrée automatique',
    'pas directement',
  ),
];
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];

const ELIGIBLE = alts(
  'prescription possible',
  'éligible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut intégrer',
  'peut faire',
  'peut y entrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'vous pouvez prescrire',
  'vous pouvez l’orienter',
);
const NOT_ELIGIBLE = alts(
  'non éligible',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'pas accessible',
  'n’est pas ouvert',
  'trop âgé',
  'trop âgée',
  'trop jeune',
);
const NOT_AVAILABLE = alts(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas encore de chiffres',
  'ne sont pas encore',
  'pas encore publi',
);
const TARGET_PREPA = alts(
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
);
const TARGET_PEC = alts(
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
);
const TARGET_PROMO = alts(
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
);
const DIRECTOR = alts(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
);
const RAP = alts(
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
  'battedou',
);
const DEPT_REFERENT = alts(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
  'désigne un référent',
);
/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

/** The trainings of the fixture's Info Places, by a word of their name. */
const TRAINING_NAMES = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAINING_NAMES.filter((name) => !asked.some((a) => name.includes(a)));

// ── Choosing between programmes, and how they differ ───────────────────────

const choosing: ConversationCase[] = [
  c(
    'b130-diff-volets',
    ['volet', 'compare', 'sms'],
    [
      turn(
        'c quoi la diff entre volet 1 et volet 2 ?',
        'dispositif',
        [['projet'], alts('entrée en formation', 'entrer en formation', 'sécuris')],
        ['13 semaines'],
      ),
      turn('et ça dure combien du coup ?', 'dispositif', [VOLET1_DAYS, VOLET2_DAYS], ['13 semaines']),
    ],
  ),
  c(
    'b130-volets-enchainer',
    ['volet', 'chaining', 'sms'],
    [turn('volet 1 puis volet 2, c possible d enchainer ?', 'dispositif', [SILENT])],
  ),
  c(
    'b130-prepa-vs-pec-2-mots',
    ['compare', 'abbrev', 'typo'],
    [
      turn('prepa comp vs comp pec, c quoi la diferrence en 2 mots', 'dispositif', [
        ['projet'],
        CERTIFICATION,
      ]),
    ],
  ),
  c(
    'b130-plus-court',
    ['compare', 'duration', 'abbrev'],
    [
      turn('prepa comp ou promo 1618, lequel est le plus court ?', 'dispositif', [
        [...PREPA_DURATION, ...TWO_WEEKS],
        PROMO_DURATION,
      ]),
    ],
  ),
  c(
    'b130-plus-long-des-3',
    ['compare', 'duration'],
    [turn('des 3 (prepa, pec, promo) lequel dure le plus longtemps ?', 'dispositif', [PROMO_DURATION])],
  ),
  c(
    'b130-lequel-distance',
    ['compare', 'modality', 'abbrev', 'follow-up'],
    [
      turn('lequel marche a distance entre prepa, comp pec et la 1618 ?', 'dispositif', [
        REMOTE,
        [...ONSITE, ...MON_THU],
      ]),
      turn('et lequel est le plus court ?', 'dispositif', [[...PREPA_DURATION, ...TWO_WEEKS], PEC_DAYS]),
    ],
  ),
  c(
    'b130-clea-ou-clea-num',
    ['compare', 'no-accent'],
    [
      turn('clea ou clea numerique ? c quoi la diff', 'dispositif', [
        alts('compétences de base', 'socle'),
        alts('usages', 'environnement de travail', 'numérique au sein'),
      ]),
    ],
  ),
  c(
    'b130-qui-prescrit-quoi',
    ['compare', 'prescriber', 'abbrev', 'follow-up'],
    [
      turn('lequel je peux prescrire moi meme et lequel passe par FT ou la ML ?', 'dispositif', [
        DEPT_PRESCRIBES,
        ML_CIO,
      ]),
      turn('et pour un jeune ase du coup ?', 'dispositif', [
        alts(
          'aide sociale à l’enfance',
          'orientation facilitée',
          'peuvent bénéficier',
          'peut bénéficier',
          'peuvent en bénéficier',
          'éligible',
          'panda',
        ),
      ]),
    ],
  ),
  c(
    'b130-apres-prepa-formation',
    ['chaining', 'no-accent'],
    [turn('apres la prepa, elle rentre direct en formation a l afpa ?', 'dispositif', [NOT_SETTLED])],
  ),
  c(
    'b130-prepa-greta',
    ['volet', 'abbrev'],
    [
      turn('elle vise une formation au greta pas a l afpa, prepa V2 ca sert quand meme ?', 'dispositif', [
        alts(
          'autre organisme',
          'autres organismes',
          'hors afpa',
          'hors a.f.p.a',
          'ailleurs',
          'autre centre',
          'pas seulement à l’afpa',
        ),
      ]),
    ],
  ),
  c(
    'b130-certif-plus-courte',
    ['compare', 'duration', 'abbrev'],
    [
      turn('vae, rsfp ou clea en comp pec : laquelle est la plus courte ?', 'dispositif', [
        ONE_DAY,
        VAE_DAYS,
      ]),
    ],
  ),
  c(
    'b130-qui-choisit-certif',
    ['compare', 'sms'],
    [
      turn('dans comp pec c qui decide si c vae rsfp ou clea ?', 'dispositif', [
        alts('métier visé', 'choix de la certification', 'première rencontre', 'consultant'),
      ]),
    ],
  ),
  c(
    'b130-rsfp-ou-vae-siae',
    ['compare', 'no-accent'],
    [
      turn('rsfp ou vae pour un salarie de chantier d insertion, c quoi la logique ?', 'dispositif', [
        PREREQUISITES,
      ]),
    ],
  ),
  c(
    'b130-badges-ou-clea',
    ['compare', 'sms'],
    [
      turn('soft skills : open badges ou clea ?', 'dispositif', [
        ['open badge'],
        alts('soft skills', 'compétences douces', 'savoir-être', 'transverses'),
      ]),
    ],
  ),
  c(
    'b130-fle-ou-prepa',
    ['compare', 'chaining', 'person-mention'],
    [
      turn('dame primo arrivante qui parle peu francais, le FLE de l afpa ou prepa d abord ?', 'dispositif', [
        alts('français à visée professionnelle', 'français langue étrangère'),
        alts('primo', 'débutant'),
        NOT_SETTLED,
      ]),
    ],
  ),
  c(
    'b130-promo-mobilite',
    ['person-mention', 'abbrev'],
    [
      turn(
        'un jeune ase hesite pour la promo parce qu il veut pas partir loin, la mobilite c obligatoire ?',
        'dispositif',
        [['mobilité'], alts('proximité', 's’il le souhaite', 'village')],
      ),
    ],
  ),
  c(
    'b130-promo-et-apres',
    ['chaining', 'sms'],
    [
      turn('a la fin de la promo il part sur quoi ? formation, apprentissage, e2c ?', 'dispositif', [
        alts('e2c', 'epide', 'e.p.i.d.e', 'alternance', 'apprentissage', 'cursus scolaire'),
      ]),
    ],
  ),
  c(
    'b130-ou-ca-se-passe-caussade',
    ['where', 'person-mention'],
    [
      turn('prepa ou comp pec, elle est a caussade sans voiture, c ou que ca se passe ?', 'dispositif', [
        MONTAUBAN,
        [...DELOCALISED, ...REMOTE],
      ]),
    ],
  ),
  c(
    'b130-bilan-lesquels',
    ['end', 'compare'],
    [
      turn(
        'le bilan individuel je le recois pour prepa et pour comp pec ou que pour un des deux ?',
        'dispositif',
        [BILAN, alts('vae', 'v.a.e')],
      ),
    ],
  ),
  c(
    'b130-panda-lesquels',
    ['panda', 'compare'],
    [turn('l inscription sur panda c pour quels dispositifs ?', 'dispositif', [PANDA, PREPA, PROMO])],
  ),
  c(
    'b130-financement-3',
    ['cost', 'abbrev'],
    [turn('les 3 dispositifs c finance par qui, le cd paie qqch ?', 'dispositif', [FREE])],
  ),
  c(
    'b130-accords-prepa-pec',
    ['who-agrees', 'compare', 'two-questions'],
    [
      turn(
        'pour prepa c juste l accord de la personne, et pour comp pec faut aussi l employeur ?',
        'dispositif',
        [ADHESION, EMPLOYER_AGREES],
      ),
    ],
  ),
  c(
    'b130-promo-jours-puis-prepa',
    ['follow-up', 'duration'],
    [
      turn('la promo c tous les jours ?', 'dispositif', [MON_THU]),
      turn('et la prepa c sur combien de jours du coup ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b130-distance-pec-puis-promo',
    ['follow-up', 'modality'],
    [
      turn('comp pec ca peut se faire a distance ?', 'dispositif', [REMOTE]),
      turn('et la promo ?', 'dispositif', [ONSITE], ['tout ou partie']),
    ],
  ),
  c(
    'b130-pec-duree-vs-prepa',
    ['follow-up', 'duration', 'typo'],
    [
      turn('comp pec ca dure combein ?', 'dispositif', [PEC_DAYS, PEC_TIMING], ['13 semaines']),
      turn('c plus long que la prepa ?', 'dispositif', [[...PREPA_DURATION, ...TWO_WEEKS]]),
    ],
  ),
  c(
    'b130-prepa-public-vs-promo',
    ['compare', 'two-questions', 'abbrev'],
    [
      turn('prepa c pour qui et la 1618 c pour qui ?', 'dispositif', [
        alts('rsa', 'r.s.a', 'allocataire'),
        [...AGE_1618, ...LEFT_SCHOOL],
      ]),
    ],
  ),
  c(
    'b130-promo-parents-vs-prepa',
    ['compare'],
    [
      turn(
        'pour la promo faut l accord des parents, et pour la prepa y a un accord a recueillir ?',
        'dispositif',
        [PARENTS, ADHESION],
      ),
    ],
  ),
];

// ── A person described: which programme, can she chain, can she combine ────

const persons: ConversationCase[] = [
  c(
    'b130-prepa-ou-pec-elle',
    ['person-mention', 'follow-up', 'abbrev'],
    [
      turn('prepa ou comp pec pour elle ?', 'eligibility', [IN_PEC]),
      turn('elle a un contrat pec depuis 3 semaines dans une creche, elle est au rsa', 'eligibility', [
        COMP_PEC,
      ]),
      turn('et faut l accord de qui ?', 'dispositif', [EMPLOYER_AGREES]),
    ],
  ),
  c(
    'b130-v1-ou-v2-cariste',
    ['person-mention', 'follow-up', 'volet', 'abbrev'],
    [
      turn('brsa 33 ans, pense a cariste mais pas sur de lui, V1 ou V2 ?', 'eligibility', [
        ['volet 1'],
        ['projet'],
      ]),
      turn('et s il a deja une date d entree en formation cariste ?', 'eligibility', [
        ['volet 2'],
        alts('sécuris', 'entrée en formation'),
      ]),
    ],
  ),
  c(
    'b130-promo-19-puis-17',
    ['person-mention', 'follow-up', 'age'],
    [
      turn('jeune femme 19 ans sortie du lycee sans diplome, rien depuis, promo 1618 ?', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
      turn('et si elle a 17 ans ?', 'eligibility', [[...ELIGIBLE, ...ML_CIO]]),
    ],
  ),
  c(
    'b130-promo-puis-prepa-18',
    ['person-mention', 'chaining', 'age'],
    [
      turn('il finit la promo en mars, il aura 18 ans, il peut enchainer sur prepa ?', 'eligibility', [
        NOT_SETTLED,
        alts('rsa', 'r.s.a', 'allocataire'),
      ]),
    ],
  ),
  c(
    'b130-pec-et-prepa-en-meme-temps',
    ['person-mention', 'combining', 'abbrev'],
    [turn('elle est en PEC, elle peut faire prepa en meme temps ?', 'eligibility', [NOT_SETTLED])],
  ),
  c(
    'b130-brsa-inscrit-ft',
    ['person-mention', 'abbrev'],
    [
      turn(
        'mr 48 ans brsa inscrit a FT depuis 2 ans, prepa ok ou c reserve aux non inscrits ?',
        'eligibility',
        [[...NOT_REGISTERED_TOO, ...ELIGIBLE]],
        alts('non éligible', 'pas éligible'),
      ),
    ],
  ),
  c(
    'b130-pec-ft-pas-rsa',
    ['person-mention', 'prescriber', 'abbrev'],
    [
      turn('salarie pec 28 ans pas au rsa, suivi par FT, je lui prescris comp pec ou c FT ?', 'eligibility', [
        OTHER_PRESCRIBER,
      ]),
    ],
  ),
  c(
    'b130-promo-encore-cap',
    ['person-mention', 'school'],
    [
      turn('jeune 16 ans ase encore en cap au lycee pro, promo ou pas ?', 'eligibility', [
        [...NOT_ELIGIBLE, ...LEFT_SCHOOL],
      ]),
    ],
  ),
  c(
    'b130-promo-15-ans',
    ['person-mention', 'age', 'sms'],
    [
      turn('ado 15 ans ase decroche, promo maintenant ou faut attendre ?', 'eligibility', [
        alts('16 ans', '16 à 18', '16-18', '16 et 18'),
      ]),
    ],
  ),
  c(
    'b130-vae-ou-rsfp-2-ans',
    ['person-mention', 'compare'],
    [
      turn("la VAE ou la RSFP, laquelle si elle a 2 ans d'experience ?", 'eligibility', [
        PREREQUISITES,
        NOT_SETTLED,
      ]),
    ],
  ),
  c(
    'b130-pec-fini',
    ['person-mention', 'timing'],
    [turn('son pec s est termine le mois dernier, comp pec c encore jouable ?', 'eligibility', [PEC_TIMING])],
  ),
  c(
    'b130-24-ans-promo-ou-prepa',
    ['person-mention', 'age'],
    [turn('24 ans au rsa, parent isole, promo ou prepa ?', 'eligibility', [PREPA, AGE_1618])],
  ),
  c(
    'b130-promo-pas-ase',
    ['person-mention', 'prescriber'],
    [
      turn(
        'jeune 17 ans decroche, pas ase, sa mere est au rsa suivie par moi, je peux le mettre en promo moi meme ?',
        'eligibility',
        [ML_CIO],
      ),
    ],
  ),
  c(
    'b130-ase-promo-ou-prepa',
    ['person-mention', 'follow-up', 'abbrev'],
    [
      turn('jeune 17 ans ase a quitte le lycee en novembre, promo ou prepa ?', 'eligibility', [
        PROMO,
        [...AGE_1618, ...LEFT_SCHOOL, ...ELIGIBLE],
      ]),
      turn('et ca dure combien ?', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
    ],
  ),
  c(
    'b130-brsa-sans-contrat',
    ['person-mention', 'compare'],
    [turn('brsa 55 ans sans emploi ni contrat aide, comp pec ou prepa ?', 'eligibility', [PREPA, IN_PEC])],
  ),
  c(
    'b130-siae-rsfp',
    ['person-mention'],
    [
      turn('il est en chantier d insertion depuis 1 an, pas de diplome, rsfp possible ?', 'eligibility', [
        [...PREREQUISITES, ...alts('siae', 's.i.a.e', 'structures d’insertion')],
      ]),
    ],
  ),
  c(
    'b130-promo-18-pendant',
    ['person-mention', 'follow-up', 'age'],
    [
      turn('jeune ase 17 ans deco depuis sept, promo 1618 ?', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO, 'orientation facilitée'],
      ]),
      turn('elle aura 18 ans en avril, pendant la promo, ca pose souci ?', 'eligibility', [NOT_SETTLED]),
    ],
  ),
  c(
    'b130-pec-cd-moi-meme',
    ['person-mention', 'prescriber', 'rambling'],
    [
      turn(
        'dame 38 ans brsa suivie par nous, pec en mairie depuis 1 mois, employeur ok, je peux prescrire comp pec moi meme ?',
        'eligibility',
        [[...ELIGIBLE, ...DEPT_PRESCRIBES]],
      ),
    ],
  ),
  c(
    'b130-brsa-suivi-ft',
    ['person-mention', 'prescriber', 'abbrev'],
    [
      turn('brsa suivi par FT et pas par nous, c moi ou FT qui prescrit la prepa ?', 'eligibility', [
        OTHER_PRESCRIBER,
      ]),
    ],
  ),
  c(
    'b130-v1-v2-pas-de-projet',
    ['person-mention', 'volet', 'typo'],
    [
      turn('madame brsa 41 ans aucune idee de metier, prepa volet 1 ou 2 ? elligible ?', 'eligibility', [
        ['volet 1'],
        alts('projet'),
      ]),
    ],
  ),
  c(
    'b130-promo-parents-refus',
    ['person-mention', 'parents'],
    [
      turn('jeune 16 ans deco, sa mere veut rien signer, promo quand meme ou autre chose ?', 'eligibility', [
        alts('autorisation parentale', 'autorisations parentales', 'parents', 'parental'),
      ]),
    ],
  ),
  c(
    'b130-pec-puis-prepa',
    ['person-mention', 'chaining'],
    [
      turn(
        'il termine comp pec en juin, il pourra enchainer sur une prepa pour viser une formation ?',
        'eligibility',
        [NOT_SETTLED],
      ),
    ],
  ),
  c(
    'b130-prepa-deux-fois',
    ['person-mention', 'chaining'],
    [
      turn("elle a deja fait une prepa l'an dernier, on peut lui en refaire une ?", 'eligibility', [
        NOT_SETTLED,
      ]),
    ],
  ),
];

// ── Two questions in one message ───────────────────────────────────────────

const twoInOne: ConversationCase[] = [
  c(
    'b130-2q-prepa-promo-duree',
    ['two-questions', 'duration'],
    [
      turn('prepa c combien de jours et la promo combien de semaines ?', 'dispositif', [
        PREPA_DURATION,
        PROMO_DURATION,
      ]),
    ],
  ),
  c(
    'b130-2q-pec-qui-ou',
    ['two-questions', 'prescriber', 'where'],
    [
      turn('comp pec qui prescrit et ou ca se passe ?', 'dispositif', [
        [...DEPT_PRESCRIBES, 'pôle emploi', 'france travail'],
        [...MONTAUBAN, ...REMOTE],
      ]),
    ],
  ),
  c(
    'b130-2q-promo-age-jours',
    ['two-questions', 'abbrev'],
    [
      turn('1618 c a partir de quel age et c quels jours ?', 'dispositif', [
        [...AGE_1618, '16 ans'],
        MON_THU,
      ]),
    ],
  ),
  c(
    'b130-2q-distance-prepa-promo',
    ['two-questions', 'modality'],
    [turn('prepa a distance possible ? et la promo aussi ?', 'dispositif', [REMOTE, ONSITE])],
  ),
];

// ── The published agenda (fixture of 11 January 2027) ───────────────────────

const agenda: ConversationCase[] = [
  c(
    'b130-v2-plus-proche',
    ['follow-up', 'volet', 'session', 'places'],
    [
      turn(
        'prepa V1 ou V2 pour une dame qui a deja son projet (agent de proprete) et veut securiser son entree ?',
        'eligibility',
        [['volet 2'], alts('sécuris', 'entrée en formation')],
      ),
      turn(
        'ok et la plus proche c quand ?',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08'), ...notOn('2027-01-20')],
      ),
      turn(
        'et y a de la place en agent de proprete a moissac ?',
        'agenda',
        [['propreté'], [...on('2027-02-22'), ...seats(7)]],
        OTHER_TRAININGS('propreté'),
      ),
    ],
  ),
  c(
    'b130-ag-infocoll-moissac',
    ['town', 'type', 'abbrev'],
    [
      turn(
        'info coll prepa ou pec, y en a une a moissac ?',
        'agenda',
        [on('2027-02-09')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b130-ag-v1-distance-ou-moissac',
    ['session', 'modality', 'town', 'two-questions'],
    [
      turn(
        'volet 1 a distance ou a moissac, c quand l un et l autre ?',
        'agenda',
        [on('2027-02-08'), on('2027-03-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b130-ag-pec-fevrier',
    ['session', 'volet', 'month'],
    [
      turn(
        'comp pec atelier 2 ou atelier 3, qu est ce qui demarre en fevrier ?',
        'agenda',
        [on('2027-02-10')],
        notOn('2027-03-03'),
      ),
    ],
  ),
  c(
    'b130-ag-plaquiste-ou-macon',
    ['places', 'trade', 'compare'],
    [
      turn(
        'plaquiste ou macon pour lui, ou y a de la place ?',
        'agenda',
        [
          ['maçon'],
          [...on('2027-02-15'), ...seats(3)],
          [...seats(0), 'aucune place', 'complet', 'plus de place', 'pas de place'],
        ],
        OTHER_TRAININGS('maçon', 'plaquiste'),
      ),
    ],
  ),
  c(
    'b130-ag-cariste-ou-preparateur',
    ['places', 'trade', 'compare'],
    [
      turn(
        'cariste ou preparateur de commandes, lequel demarre le plus tot ?',
        'agenda',
        [['cariste'], on('2027-01-27'), on('2027-03-01')],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b130-ag-jpo-ou-infocoll',
    ['type', 'compare', 'abbrev'],
    [
      turn(
        'pour decouvrir la prepa, JPO ou info coll, c quoi le plus tot ?',
        'agenda',
        [on('2027-01-14')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b130-ag-soudure-ou-logistique',
    ['type', 'trade', 'two-questions'],
    [
      turn(
        'il hesite soudure ou logistique : la visite soudure et la reunion logistique c quand ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-26')],
        [...notOn('2027-03-10'), ...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b130-ag-infocoll-montauban-suivante',
    ['follow-up', 'type', 'town'],
    [
      turn('info coll prepa a montauban cette semaine ?', 'agenda', [on('2027-01-14')], notOn('2027-01-21')),
      turn(
        'elle peut pas jeudi, la suivante a montauban ?',
        'agenda',
        [on('2027-02-11')],
        [...notOn('2027-01-21'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b130-ag-valence',
    ['town', 'typo'],
    [turn('elle habite vers valence dagen, prepa ou rien pres de chez elle ?', 'agenda', [on('2027-03-04')])],
  ),
  c(
    'b130-ag-v2-avec-places',
    ['session', 'volet', 'with-places', 'abbrev'],
    [turn('sessions prepa V2 avec des places ?', 'agenda', [on('2027-02-15')], notOn('2027-01-25'))],
  ),
  c(
    'b130-ag-batiment-ou-elec',
    ['type', 'trade', 'person-mention'],
    [
      turn(
        'monsieur hesite entre maconnerie et elec, la reunion metier batiment et la visite elec c quand ?',
        'agenda',
        [on('2027-02-23'), on('2027-03-10')],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b130-ag-pec-entrees',
    ['session', 'modality'],
    [
      turn('comp pec prochaines entrees, a distance ou sur place ?', 'agenda', [
        on('2027-01-20'),
        on('2027-03-03'),
      ]),
    ],
  ),
  c(
    'b130-ag-choix-puis-demarre',
    ['follow-up', 'session', 'person-mention'],
    [
      turn('brsa 50 ans sans contrat, prepa ou comp pec ?', 'eligibility', [PREPA]),
      turn(
        'ok et ca demarre quand ?',
        'agenda',
        [on('2027-01-18')],
        [...notOn('2027-01-20'), ...notOn('2027-02-10')],
      ),
    ],
  ),
  c(
    'b130-ag-castel',
    ['town', 'two-questions', 'abbrev'],
    [
      turn(
        'prepa a castel : info coll et entree c quand ?',
        'agenda',
        [on('2027-01-21'), on('2027-02-15')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b130-ag-promo-entree-infocoll',
    ['follow-up', 'session', 'person-mention'],
    [
      turn('promo 1618 ou prepa pour un jeune 16 ans ase deco depuis la rentree ?', 'eligibility', [PROMO]),
      turn('la prochaine entree c quand ?', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
      turn(
        'et une info coll pour lui et ses parents ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b130-fig-entrees-prepa-pec',
    ['two-questions', 'abbrev'],
    [
      turn('combien de brsa entres en prepa et en comp pec cette annee ?', 'figures', [
        NOT_AVAILABLE,
        TARGET_PREPA,
        TARGET_PEC,
      ]),
    ],
  ),
  c(
    'b130-fig-objectif-plus-gros',
    ['compare'],
    [turn('l objectif il est plus gros sur prepa ou sur pec ?', 'figures', [TARGET_PREPA, TARGET_PEC])],
  ),
  c(
    'b130-fig-sorties-positives',
    [],
    [
      turn('la 1618 ca marche ? c quoi le taux de sorties positives vise ?', 'figures', [
        ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour'],
      ]),
    ],
  ),
  c(
    'b130-fig-national',
    [],
    [
      turn('la promo 1618 c combien de jeunes au niveau national ?', 'figures', [
        ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000'],
      ]),
    ],
  ),
  c(
    'b130-fig-remontee',
    [],
    [
      turn('les chiffres prepa pec promo remontent a qui ?', 'figures', [
        ['dgefp', 'd.g.e.f.p'],
        alts('mensuel', 'chaque mois', 'tous les mois', 'trimestri', 'annuel'),
      ]),
    ],
  ),
  c(
    'b130-fig-reussite-chainee',
    ['chaining'],
    [
      turn('taux de reussite de ceux qui ont fait prepa puis une formation afpa ?', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b130-fig-objectif-puis-realise',
    ['follow-up'],
    [
      turn('objectif prepa comp ?', 'figures', [TARGET_PREPA]),
      turn('et on en est ou ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b130-fig-ase-orientes',
    ['abbrev'],
    [
      turn('combien de jeunes ase orientes en promo depuis le debut ?', 'figures', [
        NOT_AVAILABLE,
        TARGET_PROMO,
      ]),
    ],
  ),
];

// ── Whom to contact ─────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b130-ct-hesite',
    ['person-mention'],
    [
      turn('j hesite entre prepa et pec pour un monsieur, je peux en parler a qui a l afpa ?', 'contact', [
        [...RAP, ...DIRECTOR],
      ]),
    ],
  ),
  c(
    'b130-ct-promo-meme',
    ['abbrev'],
    [turn('pour la 1618 c qui l interlocuteur afpa ? le meme que prepa ?', 'contact', [RAP])],
  ),
  c(
    'b130-ct-cote-cd',
    ['abbrev'],
    [
      turn('cote departement qui fait le lien avec l afpa pour ces dispositifs ?', 'contact', [
        DEPT_REFERENT,
      ]),
    ],
  ),
  c(
    'b130-ct-tel',
    ['silent'],
    [
      turn(
        'vous avez le tel ou le mail de la responsable parcours ?',
        'contact',
        [
          RAP,
          [
            ...SILENT,
            ...alts(
              'pas de numéro',
              'pas le numéro',
              'aucun numéro',
              'pas de coordonnées',
              'pas les coordonnées',
              'aucune coordonnée',
              'ne donne pas',
            ),
          ],
        ],
        ['05 63', '0563', '@afpa'],
      ),
    ],
  ),
  c(
    'b130-ct-afpa-puis-cd',
    ['follow-up'],
    [
      turn('qui contacter a l afpa pour les 3 dispositifs ?', 'contact', [[...RAP, ...DIRECTOR]]),
      turn('et cote cd ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
  c(
    'b130-ct-suivi-accord',
    [],
    [
      turn('qui suit l accord de partenariat globalement ?', 'contact', [
        alts('président', 'weill', 'représentant'),
        alts('vella', 'directeur'),
      ]),
    ],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b130-pr-choix-puis-prescrire',
    ['follow-up', 'person-mention'],
    [
      turn('monsieur 45 ans brsa en pec depuis 1 mois, prepa ou comp pec ?', 'eligibility', [COMP_PEC]),
      turn('ok je le prescris', 'prescribe', FORM),
    ],
  ),
  c(
    'b130-pr-v2',
    ['volet', 'abbrev'],
    [turn('bon je pars sur prepa volet 2 pour elle, je la prescris', 'prescribe', FORM)],
  ),
  c(
    'b130-pr-session-18',
    ['session', 'abbrev'],
    [turn('prescrire prepa v1 sur la session du 18 janvier', 'prescribe', [...FORM, on('2027-01-18')])],
  ),
  c(
    'b130-pr-promo-ase',
    ['abbrev'],
    [turn('je veux inscrire un jeune ase en promo 1618, je fais comment ?', 'prescribe', FORM)],
  ),
  c(
    'b130-pr-castel',
    ['session', 'town'],
    [
      turn('prescription prepa volet 2 a castelsarrasin pour une dame', 'prescribe', [
        ...FORM,
        on('2027-02-15'),
      ]),
    ],
  ),
  c(
    'b130-pr-annuler',
    ['follow-up', 'cancel'],
    [
      turn('je prescris une prepa comp', 'prescribe', FORM),
      turn('annule finalement j hesite encore avec la pec', 'other', [
        alts('annul', 'abandonn', 'arrêt', 'interromp'),
      ]),
    ],
  ),
  c(
    'b130-pr-pareil',
    ['sms'],
    [turn('je prescris comment, c pareil pour prepa et pec ?', 'prescribe', FORM)],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b130-oos-remuneree',
    ['benefit', 'compare'],
    [
      turn(
        'prepa ou pec, y en a une ou elle est remuneree ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b130-oos-rsa-saute',
    ['rsa-rules'],
    [turn('si il refuse la prepa et la pec, son rsa saute ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b130-oos-cej-ou-promo',
    ['other-organisation', 'compare', 'abbrev'],
    [
      turn(
        'CEJ a la ML ou promo 1618, lequel pour un jeune de 17 ans ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b130-oos-cpf',
    ['cost', 'compare', 'abbrev'],
    [
      turn(
        'elle a du CPF, mieux vaut le CPF ou la prepa pour financer sa formation ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b130-oos-e2c-ou-epide',
    ['other-organisation', 'compare'],
    [turn('apres la promo, e2c ou epide, lequel est le mieux ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b130-oos-trajets',
    ['transport'],
    [
      turn(
        'les trajets pour aller en prepa a montauban c rembourse ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b130-oos-apl',
    ['benefit', 'abbrev'],
    [turn('elle garde ses apl si elle fait la prepa ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b130-oos-aide-employeur',
    ['benefit'],
    [
      turn(
        'pour l employeur pec, y a une aide en plus si il accepte comp pec ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b130-oos-salaire-pec',
    ['benefit', 'sms'],
    [turn('le salaire en pec c combien par mois ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, '€', ' euros'])],
  ),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b130-ot-bonjour',
    ['greeting'],
    [
      turn('bonjour, j hesite entre plusieurs dispositifs pour une dame', 'other', [
        alts('prépa', 'compétences pec', 'promo', 'dispositif'),
      ]),
    ],
  ),
  c(
    'b130-ot-campagne',
    ['two-questions', 'timing'],
    [
      turn('jusqu a quand l accord prevoit les entrees en prepa et pec ? et la fin des parcours ?', 'other', [
        alts('31 décembre', '31/12'),
        alts('30 avril', '30/04'),
      ]),
    ],
  ),
  c(
    'b130-ot-duree-accord',
    [],
    [
      turn('l accord cd afpa il dure combien, il est encore valable ?', 'other', [
        alts('2 ans', 'deux ans'),
        ['2022'],
      ]),
    ],
  ),
  c(
    'b130-ot-rgpd',
    ['abbrev'],
    [
      turn('je peux mettre ses infos de sante dans la prescription ? rgpd', 'other', [
        alts('rgpd', 'r.g.p.d', '2016/679', 'informatique et libertés', '1978', 'données personnelles'),
      ]),
    ],
  ),
  c(
    'b130-ot-merci',
    ['follow-up', 'thanks'],
    [
      turn('prepa ou pec pour un brsa sans contrat ?', 'eligibility', [PREPA]),
      turn('merci c plus clair', 'other', [
        alts(
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'bonne journée',
          'n’hésitez',
          'à votre service',
          'bonne continuation',
          'à votre disposition',
        ),
      ]),
    ],
  ),
  c(
    'b130-ot-kit',
    [],
    [
      turn('l afpa a un support pour expliquer prepa et pec aux brsa ? flyer ou autre', 'other', [
        alts('kit', 'flyer', 'argumentaire'),
      ]),
    ],
  ),
  c(
    'b130-ot-presentation-equipe',
    [],
    [
      turn('l afpa peut venir presenter les 3 dispositifs a notre equipe ?', 'other', [
        alts(
          'semestre',
          'deux fois par an',
          'réunion d’équipe',
          'collectifs de conseillers',
          'communication spécifique',
        ),
      ]),
    ],
  ),
  c(
    'b130-ot-copil',
    [],
    [
      turn('qui fait le bilan du partenariat et a quel rythme ?', 'other', [
        alts('comité de pilotage', 'copil'),
        alts('fois par an', 'au moins une fois', 'annuel'),
      ]),
    ],
  ),
  c(
    'b130-ot-habilitation',
    ['panda'],
    [
      turn('pour inscrire sur panda en prepa ou promo faut que je sois habilitee par qui ?', 'other', [
        ['afpa'],
        ['habilit'],
      ]),
    ],
  ),
];

export const HUNDRED_THIRTIETH_BLIND_SET: ConversationCase[] = [
  ...choosing,
  ...persons,
  ...twoInOne,
  ...agenda,
  ...figures,
  ...contacts,
  ...prescribe,
  ...outOfScope,
  ...other,
];
