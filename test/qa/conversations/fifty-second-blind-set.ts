/**
 * Fifty-second blind set: the young people's side of the partnership between the
 * Département de Tarn-et-Garonne and AFPA Montauban.
 *
 * Who speaks: educators of the Aide sociale à l'enfance (foyers, MECS, familles
 * d'accueil, mineurs non accompagnés, contrats jeune majeur), Mission locale advisers,
 * référents insertion of the Département who follow young adults (18–25, with or without
 * RSA, in PEC, in SIAE), and AFPA Montauban staff who receive them. They ask about
 * La Promo 16/18 (ages, duration, parental authorisation, what happens after), Prépa
 * Compétences and Compétences PEC for young adults, RQTH, no diploma or a CAP, little
 * French, apprenticeship, the agenda of information sessions, open days and visits, the
 * targets of the action plan and whom to contact. They type as people do in Teams:
 * abbreviations, no accents, typos, SMS style, dictation slips, long messages, one word,
 * two questions at once, follow-ups that only make sense after the previous turn.
 *
 * Every expected fact comes from the agreement (its action plan and the protocol of the
 * three programmes) or from `agenda-fixture.ts` (today: Monday 11 January 2027, 9:00 Paris).
 * Where the agreement is silent, the right answer says so and invents nothing.
 *
 * Written blind: without reading the bot's code, its tests or the other sets.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...tags, ...intents, ...extra])], turns };
}

// ── Facts and verdicts, as alternatives ─────────────────────────────────────

const YES = [
  'oui',
  'éligible',
  'eligible',
  'peut bénéficier',
  'peut beneficier',
  'peut en bénéficier',
  'peut en beneficier',
  'peut intégrer',
  'peut integrer',
  'peut entrer',
  'peut y entrer',
  'peut suivre',
  'peut être orienté',
  'peut etre oriente',
  'correspond',
  'rentre dans',
  'entre dans',
  'remplit',
  'possible',
  'envisageable',
];

const NO = [
  'non',
  'pas éligible',
  'pas eligible',
  'n’est pas',
  "n'est pas",
  'n’est plus',
  "n'est plus",
  'ne peut pas',
  'ne peut plus',
  'ne relève pas',
  'ne releve pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'reserve',
  'pas concerné',
  'pas concerne',
  'ne rentre pas',
  'n’entre pas',
  "n'entre pas",
  'pas encore',
  'trop jeune',
  'trop tard',
];

/** In a clear « yes » case, no sentence should turn the verdict around. */
const NOT_ELIGIBLE = ['pas éligible', 'non éligible', 'inéligible', 'ne peut pas en bénéficier', 'ne peut pas bénéficier'];

/** What a right answer says when the agreement does not settle the matter. */
const SILENT = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne le dit pas',
  'ne précise pas',
  'ne precise pas',
  'ne mentionne pas',
  'ne traite pas',
  'ne couvre pas',
  'ne porte pas',
  'ne parle pas',
  'ne tranche pas',
  'ne règle pas',
  'ne regle pas',
  'ne fixe pas',
  'ne contient pas',
  'ne figure pas',
  'n’aborde pas',
  "n'aborde pas",
  'n’indique pas',
  "n'indique pas",
  'n’est pas prévu',
  "n'est pas prévu",
  'pas prévu',
  'pas prevu',
  'pas précisé',
  'pas precise',
  'rien sur',
  'rien à ce sujet',
  'rien a ce sujet',
  'aucune information',
  'aucune indication',
  'pas d’information',
  "pas d'information",
  'hors du champ',
  'hors champ',
  'hors de',
  'hors sujet',
  'hors périmètre',
  'hors perimetre',
  'en dehors',
];

const MINOR = [
  'mineur',
  '16 à 18',
  '16 a 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  '16 a 17',
  'moins de 18',
  '16 ans',
  '17 ans',
  'seize',
  'dix-sept',
];

const ADULT = ['mineur', 'majeur', '18 ans', '16 à 18', '16 a 18', '16 et 18', 'moins de 18', '16-17', '16 ou 17', 'dix-huit'];

/** « ayant quitté prématurément le collège ou le lycée, qui ne sont pas en formation et qui ne travaillent pas ». */
const LEFT_SCHOOL = [
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'ni formation',
  'ne travaillent pas',
  'ne travaille pas',
  'sans emploi',
  'ni emploi',
  'ni en emploi',
  'décroch',
  'decroch',
  'quitté',
  'quitte',
  'déscolaris',
  'descolaris',
  'plus scolaris',
  'sorti du',
  'sortie du',
  'prématurément',
  'prematurement',
];

const NOT_WORKING = [
  'ne travaillent pas',
  'ne travaille pas',
  'qui ne travaillent',
  'ni emploi',
  'ni en emploi',
  'sans emploi',
  'ni formation',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'ni travail',
];

const RSA = ['RSA', 'R.S.A'];
const FT = ['France Travail', 'Pôle emploi', 'Pole emploi'];
const ML_CIO = [
  'Mission locale',
  'Missions locales',
  ' CIO',
  'C.I.O',
  'centre d’information et d’orientation',
  "centre d'information et d'orientation",
];
const FLE = ['visée professionnelle', 'visee professionnelle', 'langue étrangère', 'langue etrangere', 'FLE'];

const PROMO = ['Promo 16/18', 'Promo 16-18', 'Promo 16.18', 'Promo1618', 'Promo 1618', 'Promo 16 18'];
const PREPA = ['Prépa Comp', 'Prepa Comp', 'Prépa-Comp'];
const PEC_PROG = ['Compétences PEC', 'Competences PEC', 'Compétences P.E.C', 'Compétences-PEC', 'Compétences – PEC'];
const PRESCRI = ['prescri', 'inscri', 'formulaire', 'orienter', 'orientation'];

const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PREPA_DURATION = ['2 à 8 jours', '2 a 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '2-8 jours'];
const FIVE_DAYS = ['5 jours', 'cinq jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];

const FULL = ['complet', ' 0 place', 'aucune place', 'plus de place', 'pas de place', 'places : 0', 'places disponibles : 0', 'zéro place', 'zero place'];

const PEC_REASON = [
  'contrat PEC',
  'en PEC',
  'parcours emploi compétences',
  'parcours emploi competences',
  'signataires d’un',
  "signataires d'un",
  'salariés en PEC',
  'salaries en PEC',
  'bénéficiaires de PEC',
  'beneficiaires de PEC',
  'bénéficiaires d’un PEC',
  "bénéficiaires d'un PEC",
  'pas un PEC',
  'n’est pas un PEC',
  "n'est pas un PEC",
];

/** The trainings of Info Places, to check that an answer about one trade lists no other. */
const TRAININGS = {
  soudeur: 'soudeur',
  macon: 'maçon',
  cariste: 'cariste',
  preparateur: 'préparateur de commandes',
  electricien: 'électricien',
  proprete: 'agent de propreté',
  plaquiste: 'plaquiste',
  restauration: 'agent de restauration',
};
const otherTrainings = (...kept: (keyof typeof TRAININGS)[]) =>
  Object.entries(TRAININGS)
    .filter(([key]) => !kept.includes(key as keyof typeof TRAININGS))
    .map(([, name]) => name);

// ── The set ─────────────────────────────────────────────────────────────────

export const FIFTY_SECOND_BLIND_SET: ConversationCase[] = [
  // ── La Promo 16/18: who can go ───────────────────────────────────────────
  c('b52-promo-ase-16-decroche', ['promo-16-18', 'ase', 'jeunes'], [
    turn(
      'jeune ASE 16 ans et 2 mois, en foyer a Montauban, plus scolarisé depuis juin (a lache le lycee pro), fait rien depuis. il peut aller a la promo 1618 ?',
      'eligibility',
      [YES, [...MINOR, ...LEFT_SCHOOL]],
      NOT_ELIGIBLE,
    ),
    turn('top. comment je l inscris concretement ?', 'prescribe', [PRESCRI]),
  ]),

  c('b52-promo-15-ans-trop-jeune', ['promo-16-18', 'ase', 'age-boundary'], [
    turn(
      'gamin 15 ans 1/2 exclu du college en nov, placé ASE. promo 16 18 possible??',
      'eligibility',
      [NO, ['16 ans', 'à partir de 16', 'a partir de 16', 'moins de 16', '16 à 18', '16 a 18', '16 et 18', 'seize ans']],
    ),
    turn('il a 16 ans le 2 avril, on pourra a ce moment la ?', 'eligibility', [YES]),
  ]),

  c('b52-promo-apprenti-17', ['promo-16-18', 'apprentissage'], [
    turn(
      '17 ans, en apprentissage CAP boulangerie depuis septembre mais ca se passe mal, le patron veut rompre. il peut faire la promo 16/18 a la place ?',
      'eligibility',
      [NOT_WORKING],
    ),
  ]),

  c('b52-promo-cjm-19', ['promo-16-18', 'prepa-competences', 'ase', 'contrat-jeune-majeur'], [
    turn(
      'educ ASE: jeune 19 ans en contrat jeune majeur, sans diplome, pas de RSA, pas inscrite a FT. promo 1618 ou prepa comp ?',
      'eligibility',
      [NO, ADULT, RSA],
    ),
    turn('et si elle s inscrit a FT ?', 'eligibility', [FT, PREPA]),
  ]),

  c('b52-promo-encore-au-lycee', ['promo-16-18', 'scolarite'], [
    turn(
      'jeune 17a en 1ere general, veut tout arreter, les parents sont d accord pour la promo. on peut l inscrire maintenant ou faut qu il quitte le lycee avant ?',
      'eligibility',
      [LEFT_SCHOOL],
    ),
  ]),

  c('b52-promo-cdd-fastfood', ['promo-16-18', 'emploi'], [
    turn(
      'jeune 16 ans qui bosse en cdd 20h/sem dans un fast food, sans diplome, sinon rien. promo ok ?',
      'eligibility',
      [NO, ['travaill', 'emploi', 'CDD']],
    ),
  ]),

  c('b52-promo-18-ans-hier', ['promo-16-18', 'ase', 'age-boundary'], [
    turn(
      'jeune ase qui a eu 18 ans hier (nee le 10/01/2009), decrocheuse depuis 1 an. trop tard pour la promo 16-18 ?',
      'eligibility',
      [NO, ['mineur', 'majeur', '18 ans', 'moins de 18', '16-17', '16 ou 17', '16 à 17', '16 a 17']],
    ),
  ]),

  c('b52-promo-18-ans-en-cours', ['promo-16-18', 'age-boundary'], [
    turn(
      'il a 17 ans et 11 mois (18 ans le 20 fevrier). il peut entrer a la promo le 1er fevrier ?',
      'eligibility',
      [['mineur', '17 ans', 'moins de 18', 'pas encore 18']],
    ),
    turn('et le jour de ses 18 ans il doit arreter ?', 'eligibility', [SILENT]),
  ]),

  c('b52-promo-pere-refuse', ['promo-16-18', 'autorisation-parentale'], [
    turn(
      'jeune 16 ans decrocheur, tres motivé pour la promo mais le pere refuse de signer. on peut faire sans ?',
      'eligibility',
      [['autorisation'], ['requise', 'obligatoire', 'nécessaire', 'necessaire', 'faut', 'indispensable', 'exig']],
    ),
    turn('et s il est placé ASE c est le service qui signe a la place des parents ?', 'dispositif', [SILENT]),
  ]),

  c('b52-promo-mna-francais', ['promo-16-18', 'ase', 'mna', 'francais'], [
    turn(
      'MNA 16 ans arrivé de Guinée en oct, confié a l ASE 82, pas scolarisé, parle un peu francais. promo 1618 envisageable ?',
      'eligibility',
      [YES, MINOR],
      NOT_ELIGIBLE,
    ),
    turn('y a qqch a l afpa pour le francais ?', 'dispositif', [FLE, ['primo', 'débutant', 'debutant']]),
  ]),

  c('b52-promo-rqth-ime', ['promo-16-18', 'rqth', 'handicap'], [
    turn(
      'jeune 17 ans RQTH, sorti d IME en juillet, rien depuis, vit chez sa mere a Negrepelisse. il peut faire la promo ?',
      'eligibility',
      [YES, [...MINOR, ...LEFT_SCHOOL]],
    ),
    turn('y a des amenagements prevus pour son handicap ?', 'out_of_scope', [SILENT]),
  ]),

  c('b52-promo-ml-castel', ['promo-16-18', 'mission-locale'], [
    turn(
      'ML castel: jeune 17 ans, a quitté le lycée en novembre, habite castelsarrasin chez ses parents. on peut lui proposer la promo 16/18 ?',
      'eligibility',
      [YES, [...MINOR, ...LEFT_SCHOOL]],
      NOT_ELIGIBLE,
    ),
    turn('c ou concretement et quels jours ? il a pas de scooter', 'dispositif', [['Montauban'], ['lundi au jeudi']]),
  ]),

  c('b52-promo-deja-faite', ['promo-16-18', 'silence'], [
    turn(
      'jeune de 17 ans qui a deja fait la promo l an dernier et qui a tout lâché depuis, il peut la refaire ?',
      'eligibility',
      [SILENT],
    ),
  ]),

  c('b52-promo-ase-autre-departement', ['promo-16-18', 'ase', 'objectifs'], [
    turn(
      'jeune 17 ans confié a l ASE du Lot mais placé en MECS a Montauban, décroché depuis la toussaint. ca rentre dans les 10 jeunes ASE de la convention ?',
      'eligibility',
      [['82', 'Tarn-et-Garonne', 'Tarn et Garonne', 'du Département', 'du departement']],
    ),
  ]),

  c('b52-promo-famille-accueil-toulouse', ['promo-16-18', 'ase', 'mobilite'], [
    turn(
      'jeune 16 ans confié au CD82 mais en famille d accueil a Toulouse, pas scolarisé depuis la rentrée. promo possible ? il faudrait venir a Montauban ?',
      'eligibility',
      [YES, ['plus proche', 'proximité', 'proximite', 'Montauban']],
    ),
  ]),

  c('b52-promo-16-sans-brevet', ['promo-16-18', 'sans-diplome'], [
    turn(
      'jeune 16 ans sorti de 3e en juin sans brevet, pas de lycée a la rentrée, rien depuis. la famille est partante. il peut faire la promo ? ca commence quand ?',
      'eligibility',
      [YES, on('2027-02-01')],
      NOT_ELIGIBLE,
    ),
  ]),

  c('b52-promo-mecs-exclu-cap', ['promo-16-18', 'ase', 'prescripteur'], [
    turn(
      'jeune 17 ans en MECS, exclu def de son CAP le mois dernier, rien depuis. orientation promo possible ? c l ase qui prescrit ou la ML ?',
      'eligibility',
      [YES, ML_CIO],
    ),
  ]),

  c('b52-promo-apprentissage-rompu', ['promo-16-18', 'apprentissage'], [
    turn(
      'jeune 16 ans, son contrat d apprentissage a été rompu il y a 3 semaines, plus inscrit au CFA, il traine. la promo c jouable ?',
      'eligibility',
      [YES, [...MINOR, ...NOT_WORKING]],
    ),
  ]),

  c('b52-promo-age-mini', ['promo-16-18', 'one-word'], [
    turn('age mini promo ?', 'eligibility', [['16 ans', 'seize ans', '16 à 18', '16 a 18', '16 et 18', '16-17']]),
  ]),

  c('b52-promo-ase-cjm-mai', ['promo-16-18', 'ase', 'contrat-jeune-majeur'], [
    turn(
      'jeune ASE 17 ans, decrocheuse depuis l ete, elle passera en contrat jeune majeur en mai a ses 18 ans. promo maintenant ca a du sens ?',
      'eligibility',
      [YES, [...MINOR, ...LEFT_SCHOOL]],
    ),
    turn('la prochaine entree c quand ?', 'agenda', [on('2027-02-01')], [...notOn('2027-01-18'), ...notOn('2027-01-20'), ...notOn('2027-01-25')]),
    turn('et elle finit quand du coup ?', 'agenda', [on('2027-04-29')]),
  ]),

  c('b52-promo-onzieme-jeune', ['promo-16-18', 'ase', 'objectifs'], [
    turn(
      'on a deja orienté 10 jeunes ase vers la promo, le 11e peut encore y aller ou c plein ?',
      'eligibility',
      [
        ['objectif', 'cible'],
        [
          'pas un plafond',
          'pas une limite',
          'pas un maximum',
          'pas un quota',
          'pas de plafond',
          'pas de limite',
          'pas de quota',
          'ne limite pas',
          'non limitatif',
          'pas limitatif',
          'minimum',
          ...SILENT,
        ],
      ],
    ),
  ]),

  // ── Young adults: Prépa Compétences and Compétences PEC ─────────────────
  c('b52-prepa-brsa-22-cariste', ['prepa-competences', 'rsa', 'jeunes-adultes'], [
    turn(
      'BRSA 22 ans, inscrit FT, pas de diplome, veut faire cariste. prepa comp ou direct formation ?',
      'eligibility',
      [RSA, ['volet 2', 'sécuriser', 'securiser', 'sécurisation', 'securisation']],
    ),
    turn('y a des places en cariste ?', 'agenda', [on('2027-01-27'), seats(6)], otherTrainings('cariste', 'preparateur')),
  ]),

  c('b52-prepa-24-ml-sans-rsa', ['prepa-competences', 'mission-locale', 'sans-rsa'], [
    turn(
      'jeune 24 ans suivi ML, pas de RSA (moins de 25), pas inscrit FT, en galere pour son projet pro. tu peux me dire si prepa compétences est possible via le CD ?',
      'eligibility',
      [NO, RSA, FT],
    ),
  ]),

  c('b52-prepa-25-brsa-non-inscrite', ['prepa-competences', 'rsa', 'cap'], [
    turn(
      '25 ans, BRSA depuis un an, CAP cuisine, pas inscrite a FT. elle peut faire la prepa comp meme sans etre inscrite ?',
      'eligibility',
      [
        YES,
        [
          'inscrits ou non',
          'inscrit ou non',
          'inscrite ou non',
          'non inscrit',
          'non-inscrit',
          'pas inscrit',
          'pas inscrite',
          'sans être inscrit',
          'sans etre inscrit',
          'sans inscription',
          'qu’ils soient inscrits',
          "qu'ils soient inscrits",
          'pas obligatoire',
          'pas nécessaire',
          'pas necessaire',
          'pas besoin',
        ],
      ],
      NOT_ELIGIBLE,
    ),
  ]),

  c('b52-prepa-maman-solo-19', ['prepa-competences', 'rsa', 'garde-enfants'], [
    turn(
      'maman solo 19 ans, RSA majoré, pas de diplôme, veut devenir aide soignante. la prepa comp peut l aider meme si c pas une formation afpa ?',
      'eligibility',
      [
        YES,
        [
          'autre organisme',
          'autres organismes',
          'hors AFPA',
          'hors A.F.P.A',
          'hors de l’AFPA',
          "hors de l'AFPA",
          'pas forcément à l',
          'pas forcement a l',
          'ailleurs',
        ],
      ],
    ),
    turn('et la garde du bebe pdt les jours de prepa ?', 'dispositif', [['référent', 'referent', 'conseiller'], ['garde']]),
  ]),

  c('b52-prepa-rqth-brsa-20', ['prepa-competences', 'rsa', 'rqth', 'handicap'], [
    turn(
      'jeune 20 ans RQTH, BRSA, pas inscrit france travail, veut retravailler son projet pro. prepa comp ok malgre la RQTH ?',
      'eligibility',
      [YES, ['volet 1', 'consolider', 'consolidation', '5 à 6', '5 a 6', '5-6']],
      NOT_ELIGIBLE,
    ),
  ]),

  c('b52-pec-mairie-23', ['competences-pec', 'rsa', 'pec'], [
    turn(
      'jeune 23 ans au RSA, en PEC agent d entretien a la mairie depuis 2 mois. competences PEC c pour elle ?',
      'eligibility',
      [
        YES,
        [
          'premiers mois',
          'dès la signature',
          'des la signature',
          'dès signature',
          'des signature',
          'durée du PEC',
          'duree du PEC',
          'durée du contrat',
          'duree du contrat',
          'pendant le PEC',
          'pendant son PEC',
          ...FIVE_DAYS,
        ],
      ],
      NOT_ELIGIBLE,
    ),
    turn('faut l accord de son employeur ?', 'dispositif', [
      ['employeur'],
      ['son accord', 'accord de l’employeur', "accord de l'employeur", 'recueille', 'oui', 'informe'],
    ]),
    turn('ok on lance, je la prescris en competences pec', 'prescribe', [PRESCRI, PEC_PROG]),
  ]),

  c('b52-pec-cddi-chantier', ['competences-pec', 'siae', 'rsfp'], [
    turn(
      'jeune 21 ans en CDDI dans un chantier d insertion, pas RSA. competences pec possible ?',
      'eligibility',
      [NO, PEC_REASON],
    ),
    turn('et pour reconnaitre ce qu il a appris sur le chantier alors ?', 'dispositif', [
      ['RSFP', 'R.S.F.P', 'reconnaissance des savoir', 'savoir-faire', 'savoir faire'],
    ]),
  ]),

  c('b52-prepa-18-ft-sans-rsa', ['prepa-competences', 'sans-rsa', 'france-travail'], [
    turn(
      'jeune de 18 ans et 3 mois, inscrit FT depuis decembre, pas de RSA, pas de diplome. je suis referente CD, je peux le prescrire en prepa comp ?',
      'eligibility',
      [NO, RSA, FT],
    ),
  ]),

  c('b52-pec-14-mois', ['competences-pec', 'rsa', 'pec'], [
    turn(
      'BRSA 24 ans en PEC depuis 14 mois, son contrat finit fin mars. encore temps pour competences pec ?',
      'eligibility',
      [
        FIVE_DAYS,
        [
          'premiers mois',
          'dès la signature',
          'des la signature',
          'dès signature',
          'des signature',
          'durée du PEC',
          'duree du PEC',
          'durée du contrat',
          'duree du contrat',
        ],
      ],
    ),
  ]),

  c('b52-prepa-refugie-fle', ['prepa-competences', 'rsa', 'francais', 'two-questions'], [
    turn(
      'jeune 20 ans refugié soudanais, BRSA, parle tres peu francais. il peut faire prepa comp ? et vous avez du FLE ?',
      'eligibility',
      [YES, FLE],
    ),
  ]),

  c('b52-pec-sortie-ase-cap-macon', ['competences-pec', 'prepa-competences', 'ase', 'rsa'], [
    turn(
      'jeune 21 ans sorti de l ASE, a maintenant le RSA (il a un enfant), inscrit FT, titulaire d un CAP maçon, cherche du taf. il peut faire competences pec ?',
      'eligibility',
      [NO, PEC_REASON, PREPA],
    ),
  ]),

  c('b52-prepa-etudiante-bts', ['prepa-competences', 'sans-rsa'], [
    turn('etudiante 19 ans en BTS, boursiere, pas RSA. prepa comp ?', 'eligibility', [NO, RSA]),
  ]),

  c('b52-prepa-deja-en-formation', ['prepa-competences', 'rsa', 'en-formation'], [
    turn(
      'BRSA 23 ans deja en formation AFPA soudeur depuis novembre, elle peut faire la prepa comp en plus ?',
      'eligibility',
      [
        [
          'en amont',
          'avant l’entrée',
          "avant l'entree",
          'avant d’entrer',
          "avant d'entrer",
          'entrée en formation',
          'entree en formation',
          'déjà en formation',
          'deja en formation',
        ],
      ],
    ),
  ]),

  c('b52-prepa-ayant-droit', ['prepa-competences', 'rsa', 'silence'], [
    turn(
      'jeune couple, lui 22 ans a le RSA, elle 20 ans est juste ayant droit sur son dossier (pas allocataire en titre). elle peut faire prepa comp via nous ?',
      'eligibility',
      [['allocataire', ...SILENT]],
    ),
  ]),

  c('b52-prepa-one-word-puis-rsa', ['prepa-competences', 'one-word'], [
    turn('prepa comp', 'dispositif', [PREPA_DURATION, TWO_WEEKS], PROMO_DURATION),
    turn('RSA obligatoire ?', 'eligibility', [RSA, [...FT, 'demandeur']]),
  ]),

  c('b52-prepa-limite-age', ['prepa-competences', 'age-boundary'], [
    turn(
      'prepa comp y a une limite d age ? j ai un jeune de 18 ans tout juste au RSA',
      'eligibility',
      [
        [
          'pas de limite',
          'aucune limite',
          'pas d’âge',
          "pas d'âge",
          "pas d'age",
          'pas de condition d’âge',
          "pas de condition d'âge",
          "pas de condition d'age",
          'aucune condition d',
          ...SILENT,
        ],
        RSA,
      ],
    ),
  ]),

  c('b52-pec-ml-sans-rsa', ['competences-pec', 'mission-locale', 'sans-rsa'], [
    turn(
      'jeune 22 ans en PEC prescrit par la ML, pas RSA. competences pec possible quand meme ?',
      'eligibility',
      [['Mission locale', 'mission locale', ...FT], RSA],
    ),
  ]),

  c('b52-pec-th-cap-emploi', ['competences-pec', 'rqth', 'handicap', 'rsa'], [
    turn('TH 24 ans BRSA en PEC via cap emploi depuis 1 mois, competences pec ?', 'eligibility', [YES], NOT_ELIGIBLE),
  ]),

  // ── La Promo 16/18: what it is ───────────────────────────────────────────
  c('b52-promo-duree-jours', ['promo-16-18', 'duree'], [
    turn('promo 1618 ca dure combien de tps', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
    turn('c du lundi au vendredi ?', 'dispositif', [['lundi au jeudi']]),
    turn('et si le jeune a besoin de souffler entre les phases ?', 'dispositif', [['4 mois', 'quatre mois']]),
  ]),

  c('b52-promo-phases', ['promo-16-18'], [
    turn(
      'les etapes de la promo seize dix huit stp, une educ me demande',
      'dispositif',
      [['engagement'], ['construction'], ['suite']],
    ),
  ]),

  c('b52-promo-apres', ['promo-16-18', 'sortie'], [
    turn(
      'qu est ce qui se passe a la sortie de la promo ? il est lâché dans la nature ??',
      'dispositif',
      [['6 mois', 'six mois'], ['Mission locale', 'Missions locales', 'mission locale']],
    ),
    turn('et c quoi les debouchés', 'dispositif', [
      ['apprentissage', 'alternance', 'E2C', 'EPIDE', 'E.P.I.D.E', 'cursus scolaire', 'scolarité', 'scolarite'],
    ]),
  ]),

  c('b52-promo-code-route', ['promo-16-18'], [
    turn('c vrai qu ils passent le code pendant la promo ?', 'dispositif', [
      ['code de la route', 'préparer au code', 'preparer au code', 'prépare au code', 'prepare au code'],
    ]),
  ]),

  c('b52-promo-mobilite', ['promo-16-18', 'mobilite'], [
    turn(
      'la periode de mobilite de la promo, le jeune doit partir dans une autre region ? la mere panique un peu',
      'dispositif',
      [TWO_WEEKS, ['souhaite', 'proximité', 'proximite', 'pas obligé', 'pas oblige', 'pas obligatoire']],
    ),
  ]),

  c('b52-promo-autorisation-parentale', ['promo-16-18', 'autorisation-parentale'], [
    turn('autorisation parentale obligatoire pour la promo ? a quel moment on la donne', 'dispositif', [
      ['autorisation'],
      ['engagement', 'première semaine', 'premiere semaine', '1re semaine', '1ère semaine', 'début', 'debut'],
    ]),
  ]),

  c('b52-promo-remuneration', ['promo-16-18', 'silence'], [
    turn('les jeunes sont payés pendant la promo ? ils touchent une bourse ?', 'out_of_scope', [SILENT]),
  ]),

  c('b52-promo-qui-oriente', ['promo-16-18', 'prescripteur'], [
    turn(
      'qui peut orienter un jeune vers la promo ? que la ML ?',
      'dispositif',
      [ML_CIO],
    ),
  ]),

  // ── Other programmes, short questions ────────────────────────────────────
  c('b52-prepa-volets', ['prepa-competences'], [
    turn('diff entre volet 1 et volet 2 de la prepa ?', 'dispositif', [
      ['5 à 6', '5 a 6', '5-6', 'cinq à six', '5 ou 6'],
      ['4 à 8', '4 a 8', '4-8', 'quatre à huit'],
    ]),
  ]),

  c('b52-prepa-distance', ['prepa-competences', 'mobilite'], [
    turn(
      'prepa con petence faisable en distanciel ? jeune a Beaumont de lomagne sans voiture ni bus',
      'dispositif',
      [['distance', 'distanciel']],
    ),
  ]),

  c('b52-clea-sans-diplome', ['clea', 'sans-diplome'], [
    turn('clea c quoi ? utile pour un jeune sans diplome ?', 'dispositif', [
      ['compétences de base', 'competences de base', 'socle'],
      ['certification', 'certificat'],
    ]),
  ]),

  // ── Agenda for young people ──────────────────────────────────────────────
  c('b52-agenda-infocoll-promo', ['promo-16-18', 'info-coll'], [
    turn(
      'info coll promo 1618 c quand ?',
      'agenda',
      [on('2027-03-17'), ['Montauban']],
      [
        ...notOn('2027-01-14'),
        ...notOn('2027-01-21'),
        ...notOn('2027-02-09'),
        ...notOn('2027-02-11'),
        ...notOn('2027-03-04'),
      ],
    ),
    turn('les parents peuvent venir ? il reste de la place ?', 'agenda', [['parents'], seats(12)]),
  ]),

  c('b52-agenda-jpo-foyer', ['jpo'], [
    turn(
      'prochaine JPO ? je voudrais emmener 3 jeunes du foyer decouvrir les metiers',
      'agenda',
      [on('2027-02-03')],
      notOn('2027-01-07'),
    ),
  ]),

  c('b52-agenda-jpo-moissac', ['jpo'], [
    turn('jpo a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-02-03'), ...notOn('2027-01-07')]),
  ]),

  c('b52-agenda-visite-soudure', ['visite-plateau'], [
    turn(
      'un jeune de 17 ans fan de soudure, on peut visiter l atelier ?',
      'agenda',
      [on('2027-01-19'), ['14h', '14 h', '14:00']],
      notOn('2027-03-10'),
    ),
  ]),

  c('b52-agenda-visite-elec', ['visite-plateau'], [
    turn('visite plateau elec quand ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),

  c('b52-agenda-cette-semaine', ['this-week'], [
    turn(
      'kesk il y a cette semaine a l afpa',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-26')],
    ),
  ]),

  c('b52-agenda-semaine-pro', ['next-week'], [
    turn(
      'quoi de prevu la semaine prochaine cote evenements ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),

  c('b52-agenda-batiment', ['reunion-metier', 'jeunes-adultes'], [
    turn(
      'reunion metier batiment pour des jeunes 18-25 ?',
      'agenda',
      [on('2027-02-23'), ['Caussade']],
      notOn('2027-01-26'),
    ),
  ]),

  c('b52-agenda-plaquiste', ['places'], [turn('places plaquiste ?', 'agenda', [FULL])]),

  c('b52-agenda-soudeur-places', ['places', 'rsa'], [
    turn(
      'reste des places en soudeur ? jeune 20 ans BRSA interessé',
      'agenda',
      [seats(4), on('2027-02-01')],
      otherTrainings('soudeur'),
    ),
  ]),

  c('b52-agenda-prepa-volet2', ['prepa-competences', 'sessions'], [
    turn(
      'prochaine entree prepa volet 2 ?',
      'agenda',
      [on('2027-02-15')],
      [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
    ),
  ]),

  c('b52-agenda-valence', ['info-coll'], [
    turn(
      'y a des trucs a valence d agen ? j ai 2 jeunes la bas',
      'agenda',
      [on('2027-03-04')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
    ),
  ]),

  // ── Out of scope ─────────────────────────────────────────────────────────
  c('b52-oos-cjm-montant', ['contrat-jeune-majeur'], [
    turn('c combien l allocation d un contrat jeune majeur dans le 82 ?', 'out_of_scope', [SILENT]),
  ]),

  c('b52-oos-mdph', ['rqth', 'handicap'], [
    turn('comment on fait une demande de RQTH a la MDPH pour un jeune de 17 ans ?', 'out_of_scope', [SILENT]),
  ]),

  c('b52-oos-salaire-apprenti', ['apprentissage'], [
    turn('salaire apprenti 17 ans 1ere annee ?', 'out_of_scope', [SILENT]),
  ]),

  c('b52-oos-fjt', ['logement'], [
    turn(
      'vous avez des places en FJT a Montauban pour un jeune qui sort de l ASE ?',
      'out_of_scope',
      [SILENT],
      ['soudeur', 'plaquiste', 'cariste'],
    ),
  ]),

  c('b52-oos-cej', ['mission-locale'], [
    turn('le CEJ c compatible avec compétences pec ou la prepa ?', 'out_of_scope', [SILENT]),
  ]),

  // ── Contact ──────────────────────────────────────────────────────────────
  c('b52-contact-promo', ['promo-16-18'], [
    turn('qui je contacte a l afpa pour orienter un jeune sur la promo ?', 'contact', [
      ['Battedou', 'Responsable Accompagnement et Parcours', 'responsable accompagnement'],
    ]),
  ]),

  c('b52-contact-directeur', [], [turn('c qui le directeur afpa montauban', 'contact', [['Vella']])]),

  c('b52-contact-telephone', ['silence'], [
    turn('vous avez le num de tel de l afpa montauban ?', 'contact', [
      [
        'ne précise pas',
        'ne precise pas',
        'ne donne pas',
        'ne figure pas',
        'ne contient pas',
        'ne mentionne pas',
        'ne dispose pas',
        'ne dit pas',
        'pas de numéro',
        'pas de numero',
        'pas le numéro',
        'pas le numero',
        'n’ai pas',
        "n'ai pas",
        'pas en mesure',
        'aucun numéro',
        'aucun numero',
      ],
    ]),
  ]),

  c('b52-contact-referent-cd', [], [
    turn('cote departement c qui le referent de l experimentation ?', 'contact', [
      [
        'Weill',
        'désigne',
        'designe',
        'ne précise pas',
        'ne precise pas',
        'ne nomme pas',
        'pas nommé',
        'pas nomme',
        'ne cite pas',
        'ne donne pas',
      ],
    ]),
  ]),

  // ── Figures ──────────────────────────────────────────────────────────────
  c('b52-fig-ase-objectif', ['promo-16-18', 'ase', 'objectifs'], [
    turn('objectif jeunes ase promo sur le 82 ?', 'figures', [['10 jeunes', 'dix jeunes', '10 personnes', 'dix personnes', ' 10 ', 'dix']]),
  ]),

  c('b52-fig-ou-en-est-on', ['objectifs'], [
    turn('on en est ou sur les jeunes ase orientés vers la promo ? combien deja ?', 'figures', [
      ['10 jeunes', 'dix jeunes', '10 personnes', 'dix personnes', ' 10 ', 'dix'],
    ]),
    turn('et cote RSA pour la prepa et pec ?', 'figures', [
      ['30', 'trente'],
      ['50', 'cinquante'],
    ]),
  ]),

  c('b52-fig-national-promo', ['promo-16-18', 'objectifs'], [
    turn('la promo au national c combien de jeunes et quel taux de sorties positives vise ?', 'figures', [
      ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000'],
      ['70'],
    ]),
  ]),

  // ── Prescribe and small talk ─────────────────────────────────────────────
  c('b52-presc-promo-ase', ['promo-16-18', 'ase'], [
    turn('je veux prescrire la promo 16/18 pour un jeune ase de 16 ans', 'prescribe', [PRESCRI, PROMO]),
  ]),

  c('b52-presc-prepa-session', ['prepa-competences', 'rsa'], [
    turn('inscrire une BRSA 23 ans sur prepa volet 1 du 18 janvier', 'prescribe', [PRESCRI, PREPA]),
  ]),

  c('b52-other-bonjour-educ', ['greeting'], [
    turn(
      'bjr, je suis educ a la MECS de Montauban, on m a dit que tu pouvais m aider pour orienter des jeunes ?',
      'other',
      [['Promo', 'dispositif', 'éligib', 'eligib', 'agenda', 'prescri', 'question']],
    ),
  ]),

  c('b52-other-merci', ['thanks'], [turn('merci c top', 'other', [])]),
];
