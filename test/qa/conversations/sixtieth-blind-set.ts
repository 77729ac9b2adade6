/**
 * Sixtieth blind set: newcomers.
 *
 * Who speaks: référents insertion, travailleurs sociaux and éducateurs of the Département de
 * Tarn-et-Garonne (and a few AFPA Montauban colleagues) in their first month, who know little
 * of the agreement. They ask vague questions, name the programmes wrongly or by halves
 * (« prepa competence », « promo 16-18 », « la promo », « competences pec », « le truc afpa
 * pour les jeunes »), ask what the words mean (PEC, SIAE, volet, RSFP, bilan, prescription,
 * référent de parcours), how to start, whom to call, what the bot can do and what happens
 * after prescribing, then follow up. About a third of the turns ask whether a loosely
 * described person is eligible.
 *
 * Written blind: only from the agreement (convention, action plan 2022-2023, protocol of the
 * three programmes), the product guide, the types and helpers of `sets.ts` and the published
 * agenda of `agenda-fixture.ts` (today frozen at Monday 11 January 2027, 9:00 Paris), without
 * looking at how the bot works. Where the agreement is silent, the expected answer says so.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with straight and typographic apostrophes. */
function alts(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’'), x.replace(/’/g, "'")]))];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_NAME = ['prépa comp', 'prepa comp'];
const PEC_NAME = ['compétences pec', 'compétences p.e.c', 'compétences – p.e.c', 'compétences - pec', 'compétences-pec'];
const PROMO_NAME = ['promo'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 à 8 j',
  '2 et 8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours max',
  "jusqu'à 8 jours",
  'jusqu’à 8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DAYS = ['5 à 6 jours', '5 à 6 j', '5-6 jours', '5 ou 6 jours', 'cinq à six', 'cinq ou six', 'entre 5 et 6'];
const VOLET2_DAYS = ['4 à 8 jours', '4 à 8 j', '4-8 jours', 'quatre à huit', 'entre 4 et 8'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées', '5 j ', '5 j.'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_WEEKDAYS = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi > jeudi'];
const PARENTS = alts('autorisation parentale', 'autorisations parentales', 'parents', 'parental', "accord des parents", 'représentant légal', 'representant legal', 'titulaire de l\'autorité');
const VAE = alts('vae', 'v.a.e', 'validation des acquis');
const RSFP_OR_CLEA = alts('rsfp', 'r.s.f.p', 'reconnaissance des savoir', 'cléa', 'clea');
const FLE = alts('français à visée professionnelle', 'francais a visee professionnelle', 'français langue étrangère', 'langue étrangère', 'fle ', 'fle)', '(fle');
const CLEA = alts('cléa', 'clea', 'compétences de base', 'compétences socles', 'savoirs de base');

/** The person must hold a PEC contract (Compétences PEC). */
const PEC_CONTRACT = alts(
  'parcours emploi comp',
  'contrat pec',
  'contrat p.e.c',
  'un pec',
  'en pec',
  'en p.e.c',
  'signataire',
  'signé un',
  'titulaire d\'un pec',
  'salariés en pec',
  'bénéficiaires de pec',
  'bénéficiaire d\'un pec',
);
const RSA = alts('rsa', 'r.s.a', 'revenu de solidarité');
const FRANCE_TRAVAIL = alts('france travail', 'pôle emploi', 'pole emploi', 'conseiller ft', 'son conseiller');
const NOT_REGISTERED = alts(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'non inscrite',
  'sans être inscrit',
  'même sans',
  'pas besoin',
  'pas nécessaire',
  "n'est pas nécessaire",
  'pas obligatoire',
  "qu'ils soient inscrits",
  "qu'elle soit inscrite",
);
const PROMO_AGE = alts('16 à 18 ans', '16 et 18 ans', '16-18 ans', 'de 16 à 18', '16 ans', '17 ans', 'mineur', 'moins de 18');
const LEFT_SCHOOL = alts(
  'quitté',
  'quitte le',
  'décroch',
  'déscolaris',
  'plus scolaris',
  'sorti du',
  'sortis du',
  'sortie du',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  "n'est plus",
  'ne travaill',
  'ni en emploi',
  'pas en emploi',
  'sans emploi',
  'sans formation',
);
const YES = alts(
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'peut entrer',
  'peut intégrer',
  'correspond',
  'possible',
  'tout à fait',
  'peut être orienté',
  'vous pouvez',
  'peut le faire',
  'peut la faire',
);
const NO = alts(
  'non,',
  'non.',
  'non ',
  'non !',
  'pas éligible',
  'non éligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne correspond pas',
  'ne rentre pas',
  "n'entre pas",
  'pas concerné',
  'réservé',
  'uniquement',
  'seulement',
  'ne relève pas',
  'trop jeune',
  'pas encore',
  'pas avant',
  'ne remplit pas',
  'attendre',
);
const MIN_16 = alts('16 ans', 'à partir de 16', 'dès 16', 'minimum 16', '16 à 18 ans', '16 et 18 ans', '16-18 ans', 'moins de 16', 'de 16 à 18');
const TOO_OLD_FOR_PROMO = alts(
  'mineur',
  'moins de 18',
  '16 à 18 ans',
  '16 et 18 ans',
  '16-18 ans',
  'de 16 à 18',
  '18 ans',
  'majeur',
  'trop âgé',
  'dépasse',
  'plus de 18',
);
const NOT_WORKING = alts(
  'ne travaill',
  'ni en emploi',
  'pas en emploi',
  'sans emploi',
  'ni emploi',
  'ne pas travailler',
  'qui travaille',
  'travaille déjà',
  'en emploi',
  "pas d'emploi",
  'aucun emploi',
  'ni en formation ni',
);
const MISSION_LOCALE = alts('mission locale', 'missions locales', 'cio', 'c.i.o');
const FABIENNE = alts('battedou', 'responsable accompagnement et parcours');
const BILAN_END = alts('fin du parcours', 'fin de parcours', 'à la fin', "à l'issue", 'en fin de', 'au terme', 'une fois le parcours terminé', 'après le parcours');
const ADHESION = alts('adhésion', 'son accord', 'consentement', 'recueill', "être d'accord", "qu'elle soit d'accord", "qu'il soit d'accord", 'volontaire', 'la personne doit accepter', 'accepte');
const FULL = alts('complet', '0 place', 'aucune place', 'plus de place', 'pas de place', 'plus aucune place', 'places : 0', 'places disponibles : 0', 'plus de places', 'aucune disponibilit');

/** The agreement (or the bot's data) does not settle the matter. */
const SILENT = alts(
  'ne précise pas',
  'ne dit rien',
  "n'en dit rien",
  'ne prévoit pas',
  'ne mentionne pas',
  'ne fixe pas',
  'ne règle pas',
  'ne tranche pas',
  "n'indique pas",
  "n'est pas précisé",
  'pas précisé',
  'pas prévu',
  'ne traite pas',
  'ne parle pas',
  "n'aborde pas",
  'ne donne pas',
  'ne contient pas',
  'ne figure pas',
  'aucune information',
  "pas d'information",
  'aucune indication',
  "pas d'indication",
  'ne le précise pas',
  'ne le dit pas',
  "je n'ai pas",
  'je ne dispose pas',
  "je n'ai aucune",
);
/** An out-of-scope question: the agreement does not cover it. */
const OUT = alts(
  ...SILENT,
  'hors',
  'en dehors',
  'ne couvre pas',
  'ne porte pas',
  'ne concerne pas',
  'ne relève pas',
  'pas de mon ressort',
  'je ne peux pas',
  'pas en mesure',
  "l'accord ne",
  "l'accord de partenariat ne",
  'la convention ne',
);
const NO_AGE_LIMIT = alts(
  'pas de limite',
  'aucune limite',
  "pas d'âge",
  "pas de condition d'âge",
  "aucune condition d'âge",
  "pas d'âge maximum",
  'sans limite',
  "quel que soit l'âge",
  "l'âge n'est pas",
  "pas de critère d'âge",
  "aucun critère d'âge",
  ...SILENT,
);

/** « 30 », « 50 », « 10 » as a target, never as a date. */
function target(n: number, ...words: string[]): string[] {
  return alts(
    ` ${n} `,
    `${n} allocataires`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} entrées`,
    `${n} orientations`,
    `: ${n}`,
    `objectif ${n}`,
    `de ${n}`,
    `(${n}`,
    ...words,
  );
}
const THIRTY = target(30, 'trente');
const FIFTY = target(50, 'cinquante');
const TEN = target(10, 'dix jeunes', 'dix personnes');

/** Trainings of Info Places, to keep a places answer on the trade asked. */
const OTHER_THAN = (...asked: string[]) =>
  ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'].filter(
    (t) => !asked.some((a) => t.includes(a)),
  );

const NOT_PREPA = ['2 à 8 jours'];
const NOT_PROMO = ['13 semaines', 'lundi au jeudi'];

// ── The set ─────────────────────────────────────────────────────────────────

export const SIXTIETH_BLIND_SET: ConversationCase[] = [
  // ── Discovering the programmes ────────────────────────────────────────────
  c('b60-tour-des-dispositifs', ['newcomer', 'vague'], [
    turn(
      "bjr je viens d'arriver au service insertion du CD, c quoi les dispositifs afpa qu'on peut utiliser avec nos benef ?",
      'dispositif',
      [PREPA_NAME, PEC_NAME, PROMO_NAME],
    ),
    turn('la prepa comp du coup c pour qui', 'eligibility', [RSA], NOT_PROMO),
  ]),
  c('b60-truc-afpa-jeunes', ['newcomer', 'wrong-name', 'sms'], [
    turn("c quoi le truc afpa pour les jeunes qui font rien", 'dispositif', [PROMO_NAME, PROMO_DURATION], NOT_PREPA),
    turn("c tous les jours ?", 'dispositif', [PROMO_WEEKDAYS], NOT_PREPA),
    turn('et ils sont payés pendant ?', 'dispositif', [SILENT]),
  ]),
  c('b60-pec-sigle', ['glossary', 'one-word'], [
    turn('PEC ca veut dire quoi ?', 'dispositif', [alts('parcours emploi compétences', 'parcours emploi-compétences', 'parcours emploi comp')]),
  ]),
  c('b60-competences-pec-suite', ['newcomer', 'wrong-name'], [
    turn(
      'competences pec c quoi exactement',
      'dispositif',
      [PEC_DAYS, alts(...VAE, ...RSFP_OR_CLEA, 'certification')],
      NOT_PROMO,
    ),
    turn('ca debouche sur quoi a la fin', 'dispositif', [VAE, RSFP_OR_CLEA], NOT_PROMO),
  ]),
  c('b60-volet-1-volet-2', ['glossary', 'sms'], [
    turn('volet 1 volet 2 c quoi la diff ??', 'dispositif', [alts('consolid', 'projet pro'), alts('sécuris', "entrée en formation", 'entrée de formation')], NOT_PROMO),
  ]),
  c('b60-prepa-jours-volet-1', ['wrong-name'], [
    turn('prepa competence c quoi', 'dispositif', [PREPA_DURATION, TWO_WEEKS], NOT_PROMO),
    turn('le volet 1 c combien de jours exactement', 'dispositif', [VOLET1_DAYS], NOT_PROMO),
  ]),
  c('b60-rsfp', ['glossary', 'one-word'], [
    turn('RSFP ??', 'dispositif', [alts('reconnaissance des savoir'), alts('prérequis', 'pré-requis', 'vae', 'v.a.e', 'validation des acquis')]),
  ]),
  c('b60-panda', ['glossary', 'rambling'], [
    turn(
      "panda c quoi ce truc ?? on m'en a parlé en reunion d'equipe et j'ai pas osé demander",
      'other',
      [alts('plateforme', 'traçabilité', 'tracabilite', 'outil', 'suivi des parcours', 'tracer')],
    ),
  ]),
  c('b60-bilan-individuel', ['glossary', 'two-questions'], [
    turn('bilan individuel c quoi, c moi qui doit le faire ?', 'dispositif', [alts('afpa', 'a.f.p.a'), BILAN_END]),
  ]),
  c('b60-referent-de-parcours', ['glossary'], [
    turn(
      "referent de parcours c qui ? moi ? je comprends pas trop mon role la dedans",
      'dispositif',
      [alts('accompagn', 'adhésion', 'informe', 'panda', 'conditions matérielles', 'mobilité')],
    ),
  ]),
  c('b60-siae', ['glossary', 'one-word'], [
    turn('SIAE ca veut dire quoi', 'other', [alts("insertion par l'activité", 'insertion par l activite')]),
  ]),
  c('b60-prescription-vocabulaire', ['glossary', 'newcomer'], [
    turn(
      'prescrire = inscrire ? je comprends pas trop le vocabulaire, je viens du medico social',
      'prescribe',
      [alts('orient', 'propos', 'adress', 'envoy', 'inscri')],
    ),
  ]),
  c('b60-francais-primo-arrivants', ['vague'], [
    turn("vous avez un truc pour apprendre le francais ? j'ai pas mal de primo arrivants", 'dispositif', [FLE]),
  ]),
  c('b60-promo-dictee', ['dictation', 'two-questions'], [
    turn('la promo seize dix huit ça dure combien de temps et c\'est où', 'dispositif', [PROMO_DURATION, ['montauban']], NOT_PREPA),
  ]),
  c('b60-prepa-a-distance', ['sms'], [
    turn(
      "prepa comp on peut la faire a distance ? ma benef a pas de voiture elle habite a 40 km",
      'dispositif',
      [alts('distance', 'distanciel'), alts('oui', 'possible', 'peut')],
      NOT_PROMO,
    ),
  ]),
  c('b60-qui-paye-transport', ['silent'], [
    turn(
      "qui paye le transport pour aller a l afpa ? et la garde des enfants ?",
      'dispositif',
      [alts(...SILENT, 'conditions matérielles', 'mobilité')],
    ),
  ]),
  c('b60-cout-pour-le-cd', ['newcomer'], [
    turn(
      'ca coute combien au departement une prescription prepa ? faut un bon de commande ?',
      'dispositif',
      [alts('sans contrepartie', 'gratuit', 'aucun coût', 'ne coûte rien', 'pas de coût', 'financé par l', "l'état", 'plan d\'investissement', 'pic')],
    ),
  ]),
  c('b60-tu-sers-a-quoi', ['newcomer', 'vague'], [
    turn(
      'salut je suis nouvelle educ, tu sers a quoi exactement ?',
      'other',
      [['prescri'], alts('agenda', 'calendrier', 'dates', 'événement', 'information collective', 'info coll', 'portes ouvertes')],
    ),
    turn(
      'ok et tu peux me dire si qqn est eligible ?',
      'eligibility',
      [alts('âge', 'situation', 'rsa', 'décrivez', 'dites-moi', 'indiquez', 'précisez')],
    ),
  ]),

  // ── Eligibility, people described loosely ─────────────────────────────────
  c('b60-rsa-non-inscrite-ft', ['rambling', 'no-accents'], [
    turn(
      "alors j'ai une dame 45 ans au rsa depuis 3 ans, pas inscrite a FT (elle veut pas), elle sait pas trop quoi faire comme metier, elle a fait du menage avant, je peux l'envoyer en prepa comp ou il faut qu'elle s'inscrive d'abord ?",
      'eligibility',
      [YES, NOT_REGISTERED],
      NOT_PROMO,
    ),
  ]),
  c('b60-pec-mairie', ['sms'], [
    turn(
      'un mr 52 ans BRSA il a signé un PEC a la mairie de son village le mois dernier, ya un truc afpa pour lui ?',
      'eligibility',
      [PEC_NAME],
      NOT_PROMO,
    ),
    turn(
      'je dois prevenir la mairie ou pas',
      'prescribe',
      [alts('employeur', 'mairie'), alts('son accord', 'recueill', "l'accord de l'employeur", 'accord de la mairie', 'informer', 'informe', 'prévenir', 'oui')],
    ),
  ]),
  c('b60-ase-17-lycee-arrete', ['sms', 'ase'], [
    turn(
      "jeune de l'ASE 17 ans il a arrete le lycee en octobre il fait rien la, la promo ca peut le faire?",
      'eligibility',
      [YES, alts(...LEFT_SCHOOL, ...PROMO_AGE)],
      NOT_PREPA,
    ),
    turn("faut l'accord des parents ? il est placé en famille d'accueil", 'dispositif', [PARENTS]),
  ]),
  c('b60-15-ans-exclu', ['ase', 'age-boundary'], [
    turn('gamin de 15 ans et demi exclu du college, placé ASE, promo 16 18 possible ?', 'eligibility', [NO, MIN_16]),
  ]),
  c('b60-19-ans-ase', ['ase', 'age-boundary'], [
    turn(
      "il a 19 ans, sorti de l'ASE, contrat jeune majeur, il traine, la promo 1618 c'est jouable ?",
      'eligibility',
      [TOO_OLD_FOR_PROMO],
    ),
  ]),
  c('b60-17-encore-au-lycee', ['school'], [
    turn(
      'ado 17 ans toujours inscrit au lycee pro mais il y va jamais (absenteisme), je peux le mettre sur la promo ?',
      'eligibility',
      [LEFT_SCHOOL],
    ),
  ]),
  c('b60-17-cdd-fastfood', ['contract'], [
    turn("jeune 17 ans il bosse en CDD au mcdo depuis 2 mois, ca vaut le coup la promo 16/18 ?", 'eligibility', [NOT_WORKING]),
  ]),
  c('b60-cddi-chantier', ['siae', 'contract'], [
    turn(
      "une personne en CDDI dans un chantier d'insertion, au RSA avant, est ce que competence pec c pour elle ?",
      'eligibility',
      [PEC_CONTRACT],
    ),
  ]),
  c('b60-ass-pas-rsa', ['no-rsa'], [
    turn(
      'Mr 38 ans, il touche l ASS pas le RSA, inscrit a FT, on peut le mettre en prepa par le CD ?',
      'eligibility',
      [RSA, FRANCE_TRAVAIL],
    ),
  ]),
  c('b60-primo-arrivante-rsa', ['language'], [
    turn(
      "femme 30 ans au RSA arrivée d'afghanistan il y a 1 an, elle parle tres peu francais, quoi lui proposer ?",
      'eligibility',
      [FLE],
    ),
  ]),
  c('b60-rqth-cariste', ['handicap'], [
    turn(
      'BRSA avec RQTH, il veut faire une formation cariste, prepa comp volet 2 possible ?',
      'eligibility',
      [YES, alts(...VOLET2_DAYS, 'sécuris', 'volet 2')],
      NOT_PROMO,
    ),
    turn(
      'y a des places en cariste en ce moment ?',
      'agenda',
      [on('2027-01-27'), seats(6)],
      OTHER_THAN('cariste', 'préparateur'),
    ),
  ]),
  c('b60-22-ans-promo', ['age-boundary'], [
    turn(
      "jeune femme 22 ans au RSA (parent isolé), je pensais a la promo 1618 pour elle",
      'eligibility',
      [TOO_OLD_FOR_PROMO, alts('prépa', 'prepa')],
    ),
  ]),
  c('b60-pec-fin-de-contrat', ['contract'], [
    turn(
      'salarie en PEC depuis 8 mois, fin de contrat dans 2 mois, c trop tard pour competences pec ?',
      'eligibility',
      [alts('signature', 'premiers mois', 'début du contrat', 'dès le début', 'au plus tôt', 'plus tôt possible', 'durée du pec', 'durée du contrat', 'à l\'issue du contrat', ...SILENT)],
    ),
  ]),
  c('b60-58-ans', ['age'], [
    turn('madame 58 ans RSA, elle peut faire prepa ? y a une limite d age ?', 'eligibility', [NO_AGE_LIMIT], NOT_PROMO),
  ]),
  c('b60-17-suivi-ml', ['no-ase'], [
    turn(
      "jeune 17 ans suivi par la ML pas ASE, il a decroché l'an dernier. c par nous ou par eux la promo ?",
      'eligibility',
      [MISSION_LOCALE],
    ),
  ]),
  c('b60-rsa-inscrit-ft', ['prescriber'], [
    turn(
      "personne au RSA inscrite a FT, je peux quand meme prescrire prepa ou c FT qui doit le faire ?",
      'eligibility',
      [
        alts(
          'inscrits ou non',
          'inscrit ou non',
          'inscrite ou non',
          "qu'ils soient inscrits",
          'même inscrit',
          'aussi',
          'également',
          'directement',
          'peu importe',
          'vous pouvez',
        ),
      ],
    ),
  ]),
  c('b60-interim-rsa', ['contract'], [
    turn('il bosse en interim 10h/semaine et touche encore le RSA, prepa c ok ?', 'eligibility', [YES, RSA], NOT_PROMO),
  ]),
  c('b60-cdi-temps-partiel', ['contract'], [
    turn(
      'un monsieur au RSA en CDI temps partiel (aide a domicile), competences pec ca marche ?',
      'eligibility',
      [PEC_CONTRACT],
    ),
  ]),
  c('b60-lit-mal', ['basic-skills'], [
    turn("BRSA 27 ans il lit et ecrit mal, il voudrait passer un truc qui prouve qu'il sait les bases", 'eligibility', [CLEA]),
  ]),
  c('b60-quelqu-un-a-orienter', ['vague'], [
    turn("j'ai qqn a orienter vers l'afpa mais je sais pas vers quoi", 'eligibility', [alts(...PREPA_NAME, 'situation', 'âge', 'rsa', 'précis')]),
    turn(
      'elle a 35 ans au rsa, pas de projet pro du tout',
      'eligibility',
      [PREPA_NAME, alts('volet 1', 'consolid', 'projet professionnel', 'projet pro')],
      NOT_PROMO,
    ),
  ]),
  c('b60-ase-foyer-castel', ['ase', 'rambling'], [
    turn(
      "jeune 16 ans ase en foyer a castelsarrasin, sorti du college en 3e l'an dernier, rien depuis. promo ?",
      'eligibility',
      [YES, alts(...LEFT_SCHOOL, ...PROMO_AGE)],
      NOT_PREPA,
    ),
    turn(
      'il doit aller a montauban tous les jours ??',
      'dispositif',
      [alts(...PROMO_WEEKDAYS, 'présentiel'), alts('montauban', 'délocalis', 'village')],
    ),
  ]),
  c('b60-deja-en-formation', ['training'], [
    turn(
      "BRSA deja en formation qualifiante a l'afpa depuis novembre, elle peut faire la prepa en plus ?",
      'eligibility',
      [alts('en amont', 'avant l\'entrée', 'avant une formation', 'avant la formation', 'préalable', 'déjà en formation', 'déjà entrée', 'pas utile', 'pas pertinent', 'pas adapté', "n'a pas de sens", 'inutile', 'pas le bon', ...SILENT)],
    ),
  ]),
  c('b60-pec-pas-rsa', ['no-rsa', 'contract'], [
    turn(
      "salariée en PEC mais pas au RSA, le CD peut l'orienter sur competences pec ?",
      'eligibility',
      [RSA, alts(...FRANCE_TRAVAIL, 'mission locale', 'cap emploi', 'conseiller', 'prescripteur')],
    ),
  ]),
  c('b60-projet-flou-aide-domicile', ['rambling'], [
    turn(
      "Mme 33 ans RSA, 2 enfants, veut bosser dans l'aide a domicile mais sait pas si c fait pour elle, elle a jamais travaillé dans le secteur",
      'eligibility',
      [PREPA_NAME, alts('volet 1', 'consolid', 'confronter', 'faisabilité', 'projet professionnel')],
      NOT_PROMO,
    ),
  ]),
  c('b60-mna-16', ['ase', 'language'], [
    turn('MNA 16 ans confié a l ASE, parle un peu francais, pas scolarisé. promo 16-18 ?', 'eligibility', [YES, PROMO_NAME]),
  ]),
  c('b60-rqth-pec', ['handicap'], [
    turn(
      'est ce quil faut une RQTH pour competences pec ? ma benef en a pas',
      'eligibility',
      [PEC_CONTRACT, alts('pas besoin', 'pas nécessaire', 'non', 'pas obligatoire', 'aucune', 'ne demande pas', "n'exige pas", ...SILENT)],
    ),
  ]),
  c('b60-ase-promo-puis-dates', ['ase', 'follow-up'], [
    turn('jeune ASE 16 ans decrocheur, la promo 1618 ?', 'eligibility', [YES, alts(...LEFT_SCHOOL, ...PROMO_AGE)], NOT_PREPA),
    turn('prochaine entree ?', 'agenda', [on('2027-02-01')], [...notOn('2027-01-18'), ...notOn('2027-01-20')]),
    turn('y a une reunion pour les parents ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
  ]),
  c('b60-volet-2-puis-session', ['follow-up'], [
    turn(
      "BRSA 41 ans veut faire cariste, il a deja fait un stage dans le metier, faut juste securiser l'entree en formation",
      'eligibility',
      [alts('volet 2', ...VOLET2_DAYS)],
      NOT_PROMO,
    ),
    turn(
      'prochaine entree volet 2 ?',
      'agenda',
      [FULL, on('2027-02-15')],
      [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
    ),
  ]),
  c('b60-pec-college-puis-atelier', ['follow-up', 'contract'], [
    turn(
      "agent d'entretien en PEC au college depuis 1 mois, au rsa avant, competences pec ok ?",
      'eligibility',
      [YES, alts('employeur', ...PEC_DAYS, 'signature', 'premiers mois')],
      NOT_PROMO,
    ),
    turn("quand ca commence l'atelier 2", 'agenda', [on('2027-01-20')], notOn('2027-01-18')),
  ]),
  c('b60-rsa-2-questions', ['two-questions'], [
    turn(
      "une benef rsa 48 ans peut faire la prepa ? et est ce que c a l'afpa ou ailleurs ?",
      'eligibility',
      [YES, alts('montauban', 'délocalis', 'distance', 'centre afpa', 'département')],
      NOT_PROMO,
    ),
  ]),
  c('b60-siae-rsfp', ['siae'], [
    turn(
      "salarié d'une SIAE, 44 ans, il a 10 ans d'experience en espaces verts mais aucun diplome, pas les prerequis VAE",
      'eligibility',
      [alts('rsfp', 'r.s.f.p', 'reconnaissance des savoir')],
    ),
  ]),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c('b60-info-coll', ['one-word', 'agenda'], [
    turn('info coll ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
  ]),
  c('b60-jpo-puis-moissac', ['one-word'], [
    turn('c quand la JPO', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac y en a une ?', 'agenda', [on('2027-02-17')], notOn('2027-01-07')),
  ]),
  c('b60-cette-semaine-puis-suivante', ['relative-dates'], [
    turn(
      "ya quoi cette semaine a l'afpa",
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')],
    ),
    turn(
      'et la semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b60-soudure', ['trade'], [
    turn('visite atelier soudure c quand', 'agenda', [on('2027-01-19'), ['montauban']], notOn('2027-03-10')),
    turn('il reste des places dans la formation soudeur ?', 'agenda', [seats(4)], OTHER_THAN('soudeur')),
  ]),
  c('b60-reunion-batiment', ['trade', 'two-questions'], [
    turn('reunion metier batiment c ou et quand', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b60-plaquiste', ['trade'], [
    turn('plaquiste ya encore de la place ?', 'agenda', [FULL], ['soudeur', 'cariste', 'agent de restauration', 'agent de propreté']),
  ]),
  c('b60-castelsarrasin', ['place'], [
    turn(
      "il se passe quoi sur castel ? ma benef peut pas aller jusqu'a montauban",
      'agenda',
      [on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-02-17'), ...notOn('2027-02-23')],
    ),
  ]),
  c('b60-promo-info-parents', ['wrong-name'], [
    turn('info coll promo 16/18 pour les parents c quand', 'agenda', [on('2027-03-17')], [...notOn('2027-01-14'), ...notOn('2027-01-21')]),
  ]),
  c('b60-prepa-distanciel-session', ['modality'], [
    turn('prochaine prepa a distance ?', 'agenda', [on('2027-02-08')], notOn('2027-01-14')),
  ]),
  c('b60-info-coll-pec', ['wrong-name'], [
    turn('info coll competences pec', 'agenda', [on('2027-02-09'), ['moissac']], [...notOn('2027-01-14'), ...notOn('2027-02-11')]),
  ]),

  // ── Whom to call ──────────────────────────────────────────────────────────
  c('b60-qui-appeler', ['newcomer'], [
    turn("qui appeler a l'afpa pour la prepa, j'ai personne dans mes contacts", 'contact', [FABIENNE]),
  ]),
  c('b60-directeur', ['sms'], [
    turn('c qui le directeur du centre afpa', 'contact', [['vella']]),
  ]),
  c('b60-referent-cd', ['silent'], [
    turn(
      "et cote departement, c qui le referent de l'experimentation avec l'afpa ?",
      'contact',
      [alts(...SILENT, 'désigne', 'désigné', 'ne nomme pas', 'pas nommé', 'ne cite pas')],
    ),
  ]),
  c('b60-telephone', ['silent'], [
    turn('numero de tel de l afpa montauban svp', 'contact', [alts(...SILENT, 'pas de numéro', 'aucun numéro')]),
  ]),
  c('b60-contact-promo-ase', ['ase'], [
    turn("pour un jeune de l'ase qui je contacte a l afpa pour la promo ?", 'contact', [FABIENNE]),
  ]),

  // ── Figures ───────────────────────────────────────────────────────────────
  c('b60-objectif-prepa', ['target'], [
    turn('combien de BRSA on doit envoyer en prepa ?', 'figures', [THIRTY]),
  ]),
  c('b60-objectif-ase', ['target', 'ase'], [
    turn("combien de jeunes ASE sont censés aller sur la promo ?", 'figures', [TEN]),
  ]),
  c('b60-on-en-est-ou', ['target'], [
    turn('on en est ou des objectifs ?', 'figures', [THIRTY, FIFTY, TEN]),
    turn("c'est envoyé a qui ces chiffres", 'figures', [alts('dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p', 'comité de pilotage', 'copil')]),
  ]),
  c('b60-70-pourcent', ['target'], [
    turn('70 % de sorties positives ca concerne quoi ?', 'figures', [PROMO_NAME]),
  ]),

  // ── Prescribing and after ─────────────────────────────────────────────────
  c('b60-inscrire-qqn', ['newcomer'], [
    turn('comment je fais pour inscrire qqn ?', 'prescribe', [['prescri']]),
  ]),
  c('b60-apres-prescription', ['newcomer'], [
    turn("une fois que j'ai prescrit il se passe quoi ?", 'prescribe', [alts('afpa', 'a.f.p.a'), ['bilan']]),
  ]),
  c('b60-accord-personne', ['newcomer'], [
    turn("faut l'accord de la personne avant de prescrire ?", 'prescribe', [ADHESION]),
  ]),
  c('b60-suivi-prescription', ['newcomer'], [
    turn(
      "je sais pas si l'afpa a bien recu ma prescription de la semaine derniere, comment je vois ?",
      'prescribe',
      [alts('statut', 'suivi', 'suivre', 'accusé', 'état')],
    ),
  ]),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c('b60-montant-rsa', ['out'], [
    turn("c combien le rsa pour une personne seule en ce moment", 'out_of_scope', [OUT], ['€']),
  ]),
  c('b60-logement-social', ['out'], [
    turn('comment on fait une demande de logement social pour un benef', 'out_of_scope', [OUT]),
  ]),
  c('b60-cv', ['out'], [
    turn('tu peux me faire un CV pour mon bénéficiaire stp', 'out_of_scope', [OUT]),
  ]),
  c('b60-cej', ['out'], [
    turn("c quoi le CEJ, l'afpa le fait aussi ?", 'out_of_scope', [OUT]),
  ]),
  c('b60-ifsi', ['out'], [
    turn('formation aide soignante a l IFSI de montauban, tu sais les dates ?', 'out_of_scope', [OUT]),
  ]),

  // ── Other ─────────────────────────────────────────────────────────────────
  c('b60-merci', ['politeness'], [
    turn('merci beaucoup !!', 'other', [alts('de rien', 'avec plaisir', 'bonne journée', "n'hésitez", 'je vous en prie', 'à votre service', 'à bientôt')]),
  ]),
  c('b60-sigles-ft-ml', ['glossary', 'two-questions'], [
    turn('FT c quoi deja ? et ML ?', 'other', [['france travail'], alts('mission locale', 'missions locales')]),
  ]),
];
