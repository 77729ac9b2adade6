/**
 * Sixty-first blind set: one month of real use by a référente insertion of the Quercy
 * (Caussade, Nègrepelisse, Saint-Antonin-Noble-Val) of the Département de Tarn-et-Garonne.
 *
 * Who speaks: the référente herself, about her caseload: RSA recipients (inscrits or not at
 * France Travail), a few young people confided to the ASE, employers and employees in PEC
 * contracts, people in SIAE. She checks people (about a third of the turns), asks about the
 * programmes and the published dates, prescribes, asks what she must do and whom to call,
 * looks at the targets, and now and then asks things the agreement does not cover.
 * She types fast: abbreviations (BRSA, ASE, PEC, FT, ML, TH, CD, JPO, info coll, CDDI),
 * no accents, typos, dictation errors, long messages, one-word questions, follow-ups.
 *
 * Written blind: only from the agreement (convention, action plan 2022-2023 and protocol of
 * Prépa Compétences, Compétences PEC and La Promo 16/18), the product guide, the types of
 * sets.ts and the published agenda fixture (today frozen at Monday 11 January 2027, 9:00
 * Paris), without looking at how the bot works. Where the agreement is silent, the expected
 * answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Alternatives for the facts of the agreement ─────────────────────────────

/** A yes verdict. */
const YES = [
  'oui',
  'éligible',
  'eligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut suivre',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'tout à fait',
  'possible',
];

/** A no verdict. */
const NO = [
  'non',
  'pas éligible',
  'pas eligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne relève pas',
  'réservé',
  'pas accessible',
  'ne correspond pas',
  'ne s’adresse pas',
  "ne s'adresse pas",
  'exclu',
];

/** What a no-verdict answer must not say. */
const NOT_YES = ['est éligible à la promo', 'oui, il peut', 'oui, elle peut'];

const RSA = ['rsa', 'r.s.a'];

/** Prépa Compétences is open to RSA recipients whether or not they are registered at France Travail. */
const FT_NOT_NEEDED = [
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'sans inscription',
  'même sans',
  'même si',
  'pas obligatoire',
  'pas nécessaire',
  'pas besoin',
  'pas requis',
  'pas requise',
  'pas une condition',
  'qu’ils soient',
  "qu'ils soient",
  'qu’elle soit',
  "qu'elle soit",
  'qu’il soit',
  "qu'il soit",
];

const PREPA = ['prépa comp', 'prepa comp'];
const PEC_PROG = ['compétences pec', 'compétences p.e.c', 'compétences-pec', 'competences pec'];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618'];

/** Compétences PEC is for people in a Parcours Emploi Compétences. */
const IN_A_PEC = [
  'parcours emploi compétences',
  'parcours emploi competences',
  'contrat pec',
  'contrats pec',
  'en pec',
  'salarié pec',
  'salariés pec',
  'salariée pec',
  'un pec',
  'du pec',
  'd’un pec',
  "d'un pec",
  'signataire',
];

/** Compétences PEC runs while the PEC lasts, mobilised from its signature or its first months. */
const DURING_THE_PEC = [
  'pendant le pec',
  'pendant son pec',
  'pendant le contrat',
  'pendant son contrat',
  'durée du pec',
  'durée du contrat',
  'en cours de pec',
  'en cours de contrat',
  'contrat en cours',
  'pec en cours',
  'sur la durée',
  'dès la signature',
  'dès signature',
  'premiers mois',
  'toujours en pec',
  'encore en pec',
];

const PROMO_MINOR = [
  'mineur',
  '16 à 17',
  '16-17',
  '16 ou 17',
  'moins de 18',
  '16 à 18 ans',
  '16 et 18 ans',
  'entre 16 et 18',
  'de 16 à 18',
];

/** La Promo 16/18: minors who left school, neither in training nor working. */
const LEFT_SCHOOL = [
  'quitté',
  'quitte',
  'décroch',
  'déscolaris',
  'plus scolaris',
  'pas en formation',
  'ni en formation',
  'ne sont pas en formation',
  'sans formation',
  'prématurément',
  'ne travaillent pas',
  'ni en emploi',
  'ni emploi',
  'sans emploi',
  'ne travaille pas',
  'sorti du',
  'sortis du',
];

const SIXTEEN = ['16 ans', '16 à', '16 a 18', 'de 16', 'dès 16', 'minimum 16', 'moins de 16', 'entre 16', 'seize ans'];

const PARENTAL = ['autorisation parentale', 'autorisations parentales', 'parents', 'parentale', 'autorité parentale'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const V1_DURATION = ['5 à 6 jours', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours'];
const V2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];

const CONSOLIDATE = ['consolid', 'projet professionnel', 'travailler son projet', 'diagnostic de faisabilité'];
const SECURE = ['sécuris', 'securis'];
const VOLET_1 = ['volet 1', 'premier volet', 'volet un'];
const VOLET_2 = ['volet 2', 'second volet', 'deuxième volet', 'volet deux'];

const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];

const REMOTE = ['à distance', 'a distance', 'distanciel', 'visio', 'classe virtuelle'];
const ON_SITE = ['présentiel', 'presentiel', 'sur place'];
const MONDAY_THURSDAY = ['lundi au jeudi', 'du lundi', 'lundi-jeudi', 'lundi à jeudi'];

const NO_CHARGE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'rien à payer',
  'aucune contrepartie',
  'financé par l’état',
  "financé par l'état",
  'financés par l’état',
  "financés par l'état",
  'pris en charge par l’état',
  "pris en charge par l'état",
  'plan d’investissement dans les compétences',
  "plan d'investissement dans les compétences",
  '(pic)',
];

const BILAN = ['bilan individuel', 'bilan de parcours', 'bilan du parcours', 'un bilan'];
const PANDA = ['panda'];
const HABILITATION = ['habilit'];
const ADHESION = ['adhésion', 'adhesion', 'son accord', 'consentement', 'l’accord de la personne', "l'accord de la personne"];
const EMPLOYER_AGREEMENT = [
  'accord de l’employeur',
  "accord de l'employeur",
  'l’accord de son employeur',
  "l'accord de son employeur",
  'accord employeur',
  'employeur',
];

const FULL = [
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'zéro place',
];

/** The answer says that the agreement does not settle the question. */
const SILENT = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne précise pas',
  'ne precise pas',
  'ne dit rien',
  'ne dit pas',
  'ne mentionne pas',
  'ne traite pas',
  'ne fixe pas',
  'ne règle pas',
  'ne tranche pas',
  'ne parle pas',
  'n’aborde pas',
  "n'aborde pas",
  'n’en parle pas',
  "n'en parle pas",
  'pas prévu',
  'rien de prévu',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'pas d’indication',
  "pas d'indication",
  'je n’ai pas',
  "je n'ai pas",
  'je ne dispose pas',
  'je ne sais pas',
  'hors',
  'pas dans',
  'en dehors',
  'ne couvre pas',
  'ne concerne pas',
  'pas de mon ressort',
  'ne relève pas',
];

/** Out of scope: the agreement does not deal with it. */
const OOS = SILENT;

/** A yearly target of the action plan, written as a French answer would. */
function target(n: number): string[] {
  return [
    ` ${n} `,
    `${n} allocataires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} bénéficiaires`,
    `${n} brsa`,
    `**${n}`,
    `: ${n}`,
    `objectif ${n}`,
    `objectif de ${n}`,
    `(${n}`,
  ];
}

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
const OTHER_TRAININGS = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

// ── The set ─────────────────────────────────────────────────────────────────

export const SIXTY_FIRST_BLIND_SET: ConversationCase[] = [
  // ── First days: what is there, who is eligible ────────────────────────────
  c('b61-01-first-day-what-can-you-do', ['quercy', 'sms', 'follow-up'], [
    turn("bjr je suis la nouvelle referente rsa sur caussade, tu sers a quoi exactement ?", 'other', [
      ['prescri', 'éligib', 'dispositif', 'agenda', 'calendrier'],
    ]),
    turn('ok et c koi les dispositifs afpa qu on peut mobiliser ?', 'dispositif', [PREPA, PEC_PROG, PROMO]),
  ]),

  c('b61-02-brsa-not-registered-ft', ['quercy', 'sms', 'no-accents'], [
    turn(
      'mme B. 45 ans BRSA depuis 2019 pas inscrite a FT, elle peut faire prepa comp ?',
      'eligibility',
      [YES, FT_NOT_NEEDED],
      ['pas éligible', 'doit être inscrite', 'doit etre inscrite', 'obligatoirement inscrite'],
    ),
  ]),

  c('b61-03-brsa-registered-ft', ['quercy', 'sms'], [
    turn(
      'et un BRSA inscrit FT cat 1 depuis 2 ans, prepa comp c possible ou c reserve aux non inscrits ??',
      'eligibility',
      [YES, ['inscrits ou non', 'inscrit ou non', 'qu’ils soient', "qu'ils soient", 'inscrits', 'inscrit']],
      ['réservé aux non inscrits', 'reserve aux non inscrits'],
    ),
  ]),

  c('b61-04-ase-17-left-lycee', ['quercy', 'ase', 'follow-up'], [
    turn(
      "j'ai une jeune confiee a l'ASE, 17 ans, a lache le lycee pro en octobre, fait rien depuis. promo 1618 ?",
      'eligibility',
      [YES, PROMO_MINOR.concat(['ase', 'aide sociale', 'quitté', 'décroch'])],
    ),
    turn('ca dure combien de temps', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
    turn('elle doit y aller tous les jours ?', 'dispositif', [MONDAY_THURSDAY, ON_SITE]),
    turn("et si elle a besoin de plus de temps entre les phases ?", 'dispositif', [PROMO_MAX]),
  ]),

  c('b61-05-ase-15-then-16', ['quercy', 'ase', 'boundary', 'follow-up'], [
    turn(
      'jeune ASE 15 ans, exclu du college, la promo 16 18 ca pourrait le remobiliser non ?',
      'eligibility',
      [NO, SIXTEEN],
      NOT_YES,
    ),
    turn("et quand il aura 16 ans en mai, s'il est toujours sans rien ?", 'eligibility', [
      ['oui', 'pourra', 'éligible', 'possible', 'peut'],
    ]),
  ]),

  c('b61-06-ase-jeune-majeur-19', ['quercy', 'ase', 'boundary'], [
    turn(
      'contrat jeune majeur ASE, 19 ans, decrocheur, il peut aller sur la promo 16/18 ?',
      'eligibility',
      [NO, PROMO_MINOR],
      NOT_YES,
    ),
  ]),

  c('b61-07-ase-17-still-at-school', ['quercy', 'ase'], [
    turn(
      'ASE 17 ans en 1ere au lycee de caussade mais il va plus trop en cours, promo 1618 possible ?',
      'eligibility',
      [LEFT_SCHOOL],
    ),
  ]),

  c('b61-08-ase-16-apprentice', ['quercy', 'ase'], [
    turn(
      'une ASE de 16 ans en apprentissage CAP boulangerie a negrepelisse, elle veut changer de voie, la promo ca marche ?',
      'eligibility',
      [NO, LEFT_SCHOOL.concat(['apprenti', 'en formation', 'travaill', 'contrat'])],
      NOT_YES,
    ),
  ]),

  c('b61-09-pec-mairie-long-message', ['quercy', 'pec', 'long', 'follow-up'], [
    turn(
      "alors j'ai un monsieur au RSA que j'accompagne depuis longtemps, il vient de signer un PEC aux espaces verts de la mairie de Negrepelisse il y a 3 semaines, 20h par semaine, le maire est plutot partant pour qu'il se forme, est ce que competences pec ca peut marcher pour lui ?",
      'eligibility',
      [YES, DURING_THE_PEC.concat(IN_A_PEC)],
    ),
    turn("je dois faire quoi avec l'employeur", 'prescribe', [EMPLOYER_AGREEMENT, ['inform', 'accord', 'recueill']]),
    turn('et ca lui prend combien de jours sur son temps de travail', 'dispositif', [PEC_DURATION], PREPA_DURATION),
  ]),

  c('b61-10-cddi-aci-not-pec', ['quercy', 'siae', 'follow-up'], [
    turn(
      "une dame en CDDI au chantier d'insertion de St Antonin, elle peut faire competences PEC ?",
      'eligibility',
      [NO, IN_A_PEC.concat(['pas un pec', 'cddi n'])],
      NOT_YES,
    ),
    turn('ya quoi pour elle alors pour valoriser ce quelle a appris', 'dispositif', [RSFP.concat(VAE)]),
  ]),

  c('b61-11-pec-ended-2025', ['quercy', 'pec'], [
    turn(
      'un BRSA qui a fait un PEC en 2024-2025 a l ehpad, fini depuis, je peux le mettre sur competences pec pour sa vae ?',
      'eligibility',
      [NO.concat(['plus', 'terminé', 'fini']), DURING_THE_PEC],
    ),
  ]),

  c('b61-12-prime-activite-not-rsa', ['quercy', 'sms'], [
    turn(
      "elle touche pas le RSA juste la prime d'activite, je peux la prescrire sur prepa comp par le CD ?",
      'eligibility',
      [RSA, NO.concat(['allocataires', 'bénéficiaires du rsa'])],
    ),
  ]),

  c('b61-13-brsa-rqth', ['quercy', 'handicap'], [
    turn('BRSA avec une RQTH (TH), ca bloque pour prepa comp ?', 'eligibility', [
      YES.concat(['ne bloque pas', 'pas un obstacle', 'n’empêche pas', "n'empêche pas", 'pas bloquant']),
      RSA,
    ]),
  ]),

  c('b61-14-brsa-61', ['quercy', 'age'], [
    turn("monsieur 61 ans au rsa, c'est pas trop vieux pour prepa competences ?", 'eligibility', [
      YES.concat(['pas de limite', 'aucune limite', 'ne fixe pas', 'pas d’âge', "pas d'âge", 'pas trop']),
    ]),
  ]),

  c('b61-15-brsa-low-french', ['quercy', 'language'], [
    turn(
      "madame est arrivee d'erythree il y a 1 an, BRSA, parle tres peu francais (A1), prepa comp c jouable ou ya mieux ?",
      'eligibility',
      [['français à visée', 'francais a visee', 'langue étrangère', 'langue etrangere', 'fle']],
    ),
  ]),

  c('b61-16-ase-16-not-followed-by-ml', ['quercy', 'ase'], [
    turn(
      "garcon 16 ans placé au foyer de caussade par l'ASE, plus scolarisé depuis la rentree, pas suivi par la mission locale. promo possible qd meme ?",
      'eligibility',
      [YES, ['ase', 'aide sociale', 'confiés', 'confié']],
      ['pas éligible'],
    ),
  ]),

  c('b61-17-already-in-training', ['quercy'], [
    turn(
      'brsa deja en formation soudeur a l afpa depuis novembre, je peux lui faire faire prepa comp en plus ?',
      'eligibility',
      [['en amont', 'avant', 'entrée en formation', 'entrer en formation', 'déjà en formation']],
    ),
  ]),

  c('b61-18-no-project-which-volet', ['quercy', 'prepa'], [
    turn(
      'mr au rsa, aucune idee de metier, veut juste bosser. prepa comp volet 1 ou volet 2 ?',
      'eligibility',
      [VOLET_1.concat(['consolider']), CONSOLIDATE],
    ),
  ]),

  c('b61-19-project-validated-volet-2', ['quercy', 'prepa'], [
    turn(
      "BRSA, projet aide soignante valide, entree en formation en septembre mais elle a peur de lacher en cours de route, c'est quel volet ?",
      'eligibility',
      [VOLET_2.concat(['sécuriser son entrée', 'sécuriser l’entrée', "sécuriser l'entrée"]), SECURE],
    ),
  ]),

  c('b61-20-young-not-ase-ml', ['quercy', 'young'], [
    turn(
      "un jeune de 17 ans pas ASE, decrocheur, suivi par la ML de caussade, c'est moi qui doit le prescrire sur la promo ?",
      'eligibility',
      [['mission locale', 'missions locales', 'c.i.o', 'cio']],
    ),
  ]),

  c('b61-21-couple-two-questions', ['quercy', 'two-questions'], [
    turn(
      'couple BRSA : lui en PEC depuis janvier a la com com, elle rien pas de projet. qu est ce que je peux proposer a chacun ?',
      'eligibility',
      [PEC_PROG, PREPA],
    ),
  ]),

  c('b61-22-ass-not-rsa', ['quercy', 'sms'], [
    turn(
      'mr touche l ASS pas le rsa, inscrit FT, je peux le mettre sur prepa comp moi ?',
      'eligibility',
      [RSA, ['france travail', 'pôle emploi', 'pole emploi', 'conseiller']],
    ),
  ]),

  c('b61-23-single-mother-no-car', ['quercy', 'mobility', 'follow-up'], [
    turn(
      "dame BRSA 38 ans seule avec 3 enfants, habite a Saint Antonin, pas inscrite FT, veut reprendre une formation. prepa comp ok ?",
      'eligibility',
      [YES, RSA.concat(FT_NOT_NEEDED)],
    ),
    turn("oui mais elle a pas de voiture et montauban c'est 1h", 'dispositif', [REMOTE]),
  ]),

  c('b61-24-pec-ten-months', ['quercy', 'pec'], [
    turn(
      "salarie PEC depuis 10 mois a l'ehpad de caussade, contrat finit en mars, c'est encore le moment pour competences pec ?",
      'eligibility',
      [['dès la signature', 'dès signature', 'premiers mois', 'début du contrat', 'début du pec', 'sur la durée', 'durée du pec']],
    ),
  ]),

  c('b61-25-ase-mna-17', ['quercy', 'ase', 'language'], [
    turn(
      'MNA 17 ans pris en charge ASE, pas scolarisé, parle un peu francais, promo 16 18 envisageable ?',
      'eligibility',
      [YES, ['ase', 'aide sociale', 'confiés', 'confié', '17 ans', 'mineur']],
      ['pas éligible'],
    ),
  ]),

  c('b61-26-ex-ase-24-rsa', ['quercy', 'two-questions'], [
    turn(
      'jeune 24 ans sortie ASE, au RSA depuis peu. promo 1618 ou prepa comp ?',
      'eligibility',
      [PREPA, PROMO_MINOR],
    ),
  ]),

  c('b61-27-promo-twice', ['quercy', 'ase', 'silent'], [
    turn(
      "jeune ASE 17 ans, il a fait la promo l'an dernier et a abandonne au bout de 3 semaines, il peut la refaire ?",
      'eligibility',
      [SILENT.concat(['afpa', 'mission locale'])],
    ),
  ]),

  c('b61-28-siae-qualification', ['quercy', 'siae'], [
    turn(
      'salarie en insertion dans une SIAE avec un projet de qualif cariste, il a acces aux formations afpa de droit commun ?',
      'eligibility',
      [YES.concat(['éligibles', 'parmi les publics']), ['région', 'financeurs publics', 'droit commun', 'conseil régional']],
    ),
  ]),

  c('b61-29-ase-16-parental-then-info', ['quercy', 'ase', 'follow-up'], [
    turn(
      "ado 16 ans en famille d'accueil a negrepelisse (ASE), decroche depuis septembre, rien en vue. je peux l'orienter promo ?",
      'eligibility',
      [YES, ['ase', 'aide sociale', 'confiés', 'confié']],
    ),
    turn("faut l'accord des parents ?", 'eligibility', [PARENTAL]),
    turn('c quand la prochaine info coll pour la promo', 'agenda', [on('2027-03-17'), ['Montauban']], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-11'),
    ]),
  ]),

  c('b61-30-vae-not-pec', ['quercy', 'vae'], [
    turn(
      'BRSA, 5 ans d exp comme auxiliaire de vie mais pas en PEC, competences pec pour une VAE ?',
      'eligibility',
      [NO.concat(['pas en pec', 'réservé']), IN_A_PEC],
      NOT_YES,
    ),
  ]),

  c('b61-31-dictation-pec', ['quercy', 'dictation'], [
    turn(
      'est-ce que compétences pèque peut être proposé à une salariée en parcours emploi compétences qui est au RSA depuis deux ans',
      'eligibility',
      [YES, PEC_PROG],
    ),
  ]),

  c('b61-32-ase-18-today', ['quercy', 'ase', 'boundary'], [
    turn('elle a eu 18 ans hier, ASE, decrocheuse. trop tard pour la promo ?', 'eligibility', [PROMO_MINOR]),
  ]),

  // ── Programmes ─────────────────────────────────────────────────────────────
  c('b61-33-prepa-duration', ['quercy', 'one-word'], [
    turn('prepa comp duree ?', 'dispositif', [PREPA_DURATION, TWO_WEEKS], PROMO_DURATION.slice(0, 2)),
  ]),

  c('b61-34-volets-difference', ['quercy', 'sms'], [
    turn('c quoi la diff entre volet 1 et volet 2 de prepa', 'dispositif', [
      CONSOLIDATE,
      SECURE,
      V1_DURATION,
      V2_DURATION,
    ]),
  ]),

  c('b61-35-pec-outcomes', ['quercy', 'pec'], [
    turn('competences pec ca debouche sur quoi a la fin ?', 'dispositif', [VAE, RSFP, CLEA]),
  ]),

  c('b61-36-rsfp', ['quercy', 'one-word'], [
    turn('rsfp ?', 'dispositif', [['prérequis', 'prerequis'], VAE]),
  ]),

  c('b61-37-cost', ['quercy'], [
    turn('ca coute combien au CD quand je prescris prepa comp ?', 'dispositif', [NO_CHARGE]),
  ]),

  c('b61-38-remote', ['quercy', 'mobility'], [
    turn('prepa comp en visio c possible ? ma dame est a st antonin sans permis', 'dispositif', [REMOTE, ON_SITE.concat(['centre'])]),
  ]),

  c('b61-39-clea-basic-skills', ['quercy'], [
    turn(
      "monsieur 52 ans BRSA, lit mal, compte mal, ya un truc a l'afpa pour les competences de base ?",
      'dispositif',
      [CLEA],
    ),
  ]),

  c('b61-40-promo-phases', ['quercy'], [
    turn('la promo 16/18 ca se passe comment, c quoi les etapes', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['préparation de la suite', 'preparation de la suite', 'la suite'],
    ]),
  ]),

  c('b61-41-campaign-end', ['quercy', 'campaign'], [
    turn("jusqu'a quand on peut faire entrer des BRSA sur les dispositifs ?", 'dispositif', [
      ['31 décembre', '31/12', 'avenant', 'prolong', 'poursuite', 'reconduit', 'reconduction'],
    ]),
  ]),

  // ── Agenda ─────────────────────────────────────────────────────────────────
  c('b61-42-next-info-coll-prepa', ['quercy', 'sms'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['Montauban']], notOn('2027-01-07')),
  ]),

  c('b61-43-info-coll-castel', ['quercy'], [
    turn(
      'ya une info coll prepa comp du cote de castelsarrasin ? cest plus pres pour un de mes messieurs',
      'agenda',
      [on('2027-01-21'), ['Castelsarrasin']],
      notOn('2027-01-07'),
    ),
  ]),

  c('b61-44-reunion-batiment-caussade', ['quercy'], [
    turn(
      "la reunion metier batiment a caussade c'est quand ? j'ai 2 messieurs interesses par la maconnerie",
      'agenda',
      [on('2027-02-23'), ['Caussade']],
      notOn('2027-01-26'),
    ),
  ]),

  c('b61-45-jpo-then-moissac', ['quercy', 'follow-up'], [
    turn('JPO afpa bientot ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ya rien ?', 'agenda', [on('2027-02-17'), ['Moissac']], notOn('2027-01-07')),
  ]),

  c('b61-46-volet2-entries-full-prescribe', ['quercy', 'follow-up'], [
    turn('prochaines entrees prepa volet 2 ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']], [
      ...notOn('2027-01-18'),
      ...notOn('2027-03-08'),
    ]),
    turn('celle du 25 janvier elle est complete ?', 'agenda', [FULL]),
    turn('bon je la mets sur celle de castel alors, je prescris', 'prescribe', [
      ['prescri', 'inscri', 'orient'],
      ['castelsarrasin', ...on('2027-02-15')],
    ]),
  ]),

  c('b61-47-welding-places-then-visit', ['quercy', 'follow-up'], [
    turn(
      'il reste des places en soudure ? jai un jeune brsa motivé',
      'agenda',
      [seats(4), on('2027-02-01')],
      OTHER_TRAININGS('soudeur'),
    ),
    turn('et la visite du plateau soudure c quand', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),

  c('b61-48-plaquiste', ['quercy', 'one-word'], [
    turn('plaquiste dispo ?', 'agenda', [FULL]),
  ]),

  c('b61-49-info-coll-pec', ['quercy', 'pec'], [
    turn(
      'une info coll competences pec pour les salaries et les employeurs c prevue ou ?',
      'agenda',
      [on('2027-02-09'), ['Moissac']],
      notOn('2027-01-14'),
    ),
  ]),

  c('b61-50-promo-next-entry', ['quercy', 'ase'], [
    turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01'), ['Montauban']], notOn('2027-01-18')),
  ]),

  c('b61-51-this-week', ['quercy', 'sms'], [
    turn("cette semaine ya quoi a l'afpa", 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
      ...notOn('2027-02-03'),
    ]),
  ]),

  c('b61-52-next-week-then-seats', ['quercy', 'follow-up'], [
    turn('semaine pro il se passe quoi', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-25'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
      ...notOn('2027-02-23'),
    ]),
    turn('la visite soudure il reste de la place ?', 'agenda', [seats(8)]),
  ]),

  c('b61-53-restauration-caussade', ['quercy'], [
    turn(
      'formation agent de restauration a caussade, il reste des places ? une dame de caussade serait interessee',
      'agenda',
      [seats(4), on('2027-03-15')],
      OTHER_TRAININGS('agent de restauration'),
    ),
  ]),

  c('b61-54-jpo-and-cariste', ['quercy', 'two-questions'], [
    turn(
      "c quand la prochaine jpo et est ce qu'il reste des places en cariste ?",
      'agenda',
      [on('2027-02-03'), seats(6)],
      notOn('2027-01-07'),
    ),
  ]),

  c('b61-55-prescribe-prepa-steps', ['quercy', 'follow-up'], [
    turn('je veux prescrire prepa comp pour mr D.', 'prescribe', [['prescri'], PREPA]),
    turn('avant ca je dois faire quoi moi exactement ?', 'prescribe', [ADHESION.concat(['inform'])]),
    turn('et a la fin jai un retour ?', 'dispositif', [BILAN]),
  ]),

  c('b61-56-panda-access', ['quercy'], [
    turn("comment j'inscris mes gens sur panda, j'ai pas d'acces", 'prescribe', [PANDA, HABILITATION.concat(['afpa'])]),
  ]),

  c('b61-57-prescribe-promo-15', ['quercy', 'ase', 'boundary'], [
    turn('prescrire promo 1618 pour un ASE de 15 ans et demi', 'prescribe', [SIXTEEN], ['demande envoyée', 'prescription envoyée']),
  ]),

  c('b61-58-prescribe-session-18-jan', ['quercy'], [
    turn(
      "je voudrais l'inscrire sur l'entree prepa volet 1 du 18 janvier a montauban",
      'prescribe',
      [['prescri', 'inscri', 'orient'], [...on('2027-01-18'), 'volet 1']],
    ),
  ]),

  c('b61-59-promo-who-registers', ['quercy', 'ase'], [
    turn("pour la promo 16 18 c'est qui qui inscrit le jeune sur panda, moi ou l'afpa ?", 'prescribe', [
      PANDA,
      ['référent', 'vous', 'conseiller'],
    ]),
  ]),

  c('b61-60-prescribe-pec', ['quercy', 'pec'], [
    turn(
      'je veux prescrire competences pec pour mon salarie PEC de la mairie de caussade',
      'prescribe',
      [['prescri', 'inscri', 'orient'], EMPLOYER_AGREEMENT],
    ),
  ]),

  c('b61-61-rgpd', ['quercy', 'rgpd'], [
    turn(
      'je peux mettre son num de secu et son dossier CAF dans la prescription ?',
      'other',
      [['rgpd', 'données personnelles', 'donnees personnelles', 'article 5', 'protection des données', 'nécessaire', 'strictement']],
    ),
  ]),

  // ── Contacts ───────────────────────────────────────────────────────────────
  c('b61-62-who-at-afpa-then-phone', ['quercy', 'follow-up', 'silent'], [
    turn(
      "qui je contacte a l'afpa pour prepa comp et la promo, le deploiement quoi",
      'contact',
      [['Battedou'], ['responsable accompagnement', 'accompagnement et parcours']],
    ),
    turn('tu as son numero ?', 'contact', [SILENT.concat(['numéro', 'numero', 'téléphone'])], ['05 63', '0563', '+33']),
  ]),

  c('b61-63-director', ['quercy', 'sms'], [
    turn("le directeur de l'afpa montauban c qui", 'contact', [['Vella']]),
  ]),

  c('b61-64-who-signed', ['quercy'], [
    turn("qui a signe l'accord cd afpa ?", 'contact', [['Weill'], ['Vella']]),
  ]),

  c('b61-65-places-real-time', ['quercy'], [
    turn('a qui je demande la liste des places dispo en temps reel ?', 'contact', [
      ['info places', 'infoplaces', 'afpa'],
    ]),
  ]),

  c('b61-66-flyers', ['quercy'], [
    turn('ou je trouve des flyers prepa comp pour mes beneficiaires ?', 'other', [
      ['kit de communication', 'kit', 'flyer'],
      ['afpa'],
    ]),
  ]),

  // ── Targets and figures ───────────────────────────────────────────────────
  c('b61-67-targets-follow-up', ['quercy', 'follow-up'], [
    turn("l'objectif prepa comp c'est combien de BRSA ?", 'figures', [target(30)]),
    turn('et pour competences pec ?', 'figures', [target(50)]),
    turn('et les jeunes ase sur la promo', 'figures', [target(10)]),
  ]),

  c('b61-68-where-are-we', ['quercy'], [
    turn("on en est ou des objectifs de l'annee ?", 'figures', [[...target(30), ...target(50), ...target(10)]]),
  ]),

  c('b61-69-promo-positive-exits', ['quercy'], [
    turn('promo 1618 objectif de sorties positives ?', 'figures', [['70 %', '70%', '70 pour', 'soixante-dix']]),
  ]),

  c('b61-70-figures-sent-to', ['quercy'], [
    turn("les chiffres des dispositifs ils remontent a qui ? c'est moi qui dois faire un tableau ?", 'figures', [
      ['dgefp', 'd.g.e.f.p', 'ddets'],
    ]),
  ]),

  // ── Out of scope ───────────────────────────────────────────────────────────
  c('b61-71-rsa-amount-then-loss', ['quercy', 'follow-up'], [
    turn("c'est combien le RSA pour une personne seule en 2027 ?", 'out_of_scope', [OOS.concat(['caf'])], ['€', ' euros']),
    turn('ok et si elle fait prepa comp elle perd son rsa ?', 'out_of_scope', [OOS.concat(['caf'])]),
  ]),

  c('b61-72-weather', ['quercy', 'one-word'], [
    turn('meteo caussade demain ?', 'out_of_scope', [OOS]),
  ]),

  c('b61-73-mobility-aid', ['quercy', 'mobility'], [
    turn(
      'le CD paie le transport ou la creche pendant la prepa comp ? elle a 2 petits',
      'out_of_scope',
      [SILENT.concat(['conditions matérielles', 'garde d’enfants', "garde d'enfants"])],
      ['€'],
    ),
  ]),

  c('b61-74-driving-licence', ['quercy'], [
    turn("l'afpa finance le permis B pour un BRSA ?", 'out_of_scope', [SILENT], ['€']),
  ]),

  c('b61-75-sanction-letter', ['quercy'], [
    turn('tu peux me rediger un courrier de suspension du RSA pour non respect du CER', 'out_of_scope', [OOS]),
  ]),

  // ── Small talk and tools ─────────────────────────────────────────────────
  c('b61-76-thanks', ['quercy', 'one-word'], [
    turn('merci !!', 'other', [
      ['plaisir', 'de rien', 'je vous en prie', 'à votre service', 'n’hésitez', "n'hésitez", 'bonne journée', 'avec joie'],
    ]),
  ]),

  c('b61-77-what-is-panda', ['quercy', 'one-word'], [
    turn('panda cest quoi', 'other', [['traçabilité', 'tracabilite', 'tracer', 'trace', 'suivi des parcours']]),
  ]),
];
