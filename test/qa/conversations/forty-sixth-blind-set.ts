/**
 * Forty-sixth blind set: a new référente insertion of the Département de Tarn-et-Garonne in
 * her first month in the job, with her tutor's colleagues (other référents, a travailleur
 * social of the ASE service) and now and then AFPA Montauban staff chiming in.
 *
 * She asks what each programme is and is for (Prépa Compétences, Compétences PEC, La Promo
 * 16/18, VAE, RSFP, CléA, Français à visée professionnelle…), who prescribes, how long,
 * where, for whom, what the agreement is and who signed it, whom to call; she checks the
 * eligibility of the people of her first files, looks up the agenda for her first
 * orientations (today is frozen at Monday 11 January 2027, 9:00 Paris, as in
 * `agenda-fixture.ts`), and sometimes asks what the agreement does not cover (benefits,
 * other organisations' programmes, her own work tools). People type as they do in Teams:
 * abbreviations, no accents, typos, SMS style, dictation errors, long messages, one word.
 *
 * Written blind: only from the agreement (seed), the product guide, the types and helpers
 * of `sets.ts` and the published agenda fixture, without looking at how the bot works.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...tags, ...intents, ...extra])], turns };
}

/** Each alternative with a straight and with a typographic apostrophe. */
function alt(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’'), x.replace(/’/g, "'")]))];
}

// ── Verdicts and recurring facts, as alternatives ──────────────────────────

const YES = alt(
  'éligible',
  'oui',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut y',
  'peut être orienté',
  'peut être prescrit',
  'vous pouvez',
  'tout à fait',
  "c'est possible",
  'est possible',
);
const NOT_ELIGIBLE = alt('pas éligible', 'non éligible', 'inéligible');
const NO = alt(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'impossible',
  'ne relève pas',
  'ne correspond pas',
  'ne rentre pas',
  "n'entre pas",
  "ne s'adresse pas",
  'pas concerné',
  'réservé',
  'trop âgé',
  'trop jeune',
  'plus mineur',
  'malheureusement non',
  'non,',
  'non.',
  'non :',
  'non !',
  'pas la cible',
  'pas pour lui',
  'pas pour elle',
  'exclu',
);
const SILENT = alt(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne précise pas',
  'ne traite pas',
  "n'aborde pas",
  'ne couvre pas',
  'pas prévu',
  'ne mentionne pas',
  "n'en parle pas",
  'ne parle pas',
  'ne fixe pas',
  'ne règle pas',
  'ne tranche pas',
  'hors du champ',
  'hors champ',
  "hors de l'accord",
  'hors de la convention',
  'hors du périmètre',
  'hors périmètre',
  'hors sujet',
  'en dehors',
  "pas dans l'accord",
  'pas dans la convention',
  'ne figure pas',
  'pas couvert',
  'ne porte pas',
  'ne concerne pas',
  'ne relève pas',
);
const NO_DATA = alt(
  'pas encore',
  'pas disponible',
  'non disponible',
  'pas de données',
  'aucune donnée',
  'ne dispose pas',
  'pas de chiffre',
  "n'ai pas",
  'pas accès',
  "pas d'accès",
  'pas de suivi',
);
const COMPLET = alt(
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune',
);

const PREPA_DUR = alt(
  '2 à 8',
  '2 et 8',
  '2-8 jours',
  'deux à huit',
  'deux et huit',
  '8 jours maxi',
  '8 jours maximum',
  "jusqu'à 8 jours",
  '2 jours à 8',
);
const TWO_WEEKS = alt('2 semaines', 'deux semaines', '15 jours', 'quinze jours');
const PEC_DAYS = alt('5 jours', 'cinq jours', '5 j ');
const PROMO_DUR = alt('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const PROMO_AGE = alt('16 à 18', '16 et 18', '16-18 ans', '16 - 18', 'mineur', 'moins de 18', '16 ans', "entre 16");
const ML_CIO = alt('mission locale', 'missions locales', 'CIO', 'C.I.O');
const DISTANCE = alt('distance', 'distanciel', 'classe virtuelle');
const PREPA = alt('prépa compétences', 'prépa comp', 'prepa-competences', 'Prépa Compétence');
const PROMO = alt('promo 16', 'promo16', 'promo 1618', '16/18', '16-18', '16.18');
const VAE = alt('VAE', 'V.A.E', 'validation des acquis');
const RSFP = alt('RSFP', 'R.S.F.P', 'savoir-faire', 'savoir faire');
const FT = alt('France Travail', 'Pôle emploi', 'pole-emploi');
const EMPLOYER = alt("l'employeur", 'employeur');

/** A yearly target written as a French answer would: « 30 allocataires », « objectif : 30 »… */
function target(n: number): string[] {
  return [
    `${n} allocataires`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} BRSA`,
    `${n} entrées`,
    `${n} rsa`,
    `: ${n}`,
    `de ${n} `,
    `${n} (`,
    ` ${n} en `,
    ` ${n} pour `,
    ` ${n} orient`,
  ];
}

// ── Programmes (what, what for, how long, where, who prescribes) ───────────

const PROGRAMMES: ConversationCase[] = [
  c('b46-prepa-quoi-duree', ['prepa', 'easy'], [
    turn('c koi prepa comp exactement ? une collegue m en a parle ce matin', 'dispositif', [
      ['formation'],
      ['projet', 'emploi'],
    ], ['13 semaines']),
    turn('ca dure combien', 'dispositif', [PREPA_DUR, TWO_WEEKS], ['13 semaines', 'treize semaines']),
  ]),
  c('b46-prepa-volets', ['prepa', 'medium'], [
    turn('diff entre volet 1 et volet 2 de prepa ?', 'dispositif', [
      alt('projet'),
      alt('entrée en formation', 'sécuriser', 'sécurise', 'sécurisation'),
    ]),
    turn('et en jours chacun', 'dispositif', [
      alt('5 à 6', '5-6', '5 ou 6', 'cinq à six', '5 et 6'),
      alt('4 à 8', '4-8', 'quatre à huit', '4 et 8'),
    ], ['13 semaines']),
  ]),
  c('b46-prepa-dictee', ['prepa', 'dictation', 'easy'], [
    turn('c’est quoi prêt pas compétences', 'dispositif', [['formation'], ['projet', 'emploi', 'compétences']]),
  ]),
  c('b46-prepa-modalite', ['prepa', 'easy'], [
    turn('prepa comp c en presentiel ou a distance ??', 'dispositif', [
      DISTANCE,
      alt('présentiel', 'sur place', 'dans le centre', 'au centre'),
    ]),
  ]),
  c('b46-pec-quoi-jours', ['pec', 'medium'], [
    turn('competences pec c quoi svp', 'dispositif', [
      alt('VAE', 'V.A.E', 'validation', 'certification', 'RSFP', 'CléA'),
    ], ['13 semaines', '2 à 8 jours']),
    turn('le salarié il y passe combien de jours', 'dispositif', [PEC_DAYS], ['2 à 8', '13 semaines']),
  ]),
  c('b46-pec-phases', ['pec', 'hard'], [
    turn('les 5 phases de compétences pèque tu peux me les lister', 'dispositif', [
      alt('inscription', 'plateforme'),
      alt('atelier'),
      alt('positionnement'),
      alt('VAE', 'RSFP', 'CléA', 'clea'),
    ]),
  ]),
  c('b46-pec-vae-jours', ['pec', 'medium'], [
    turn('dans competences PEC la VAE ca prend combien de jours ? et le RSFP ?', 'dispositif', [
      alt('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'),
    ]),
  ]),
  c('b46-promo-quoi-jours-apres', ['promo', 'medium'], [
    turn('la promo seize dix huit c est quoi', 'dispositif', [PROMO_AGE], ['2 à 8 jours']),
    turn('ca dure cb et c quels jours', 'dispositif', [PROMO_DUR, ['lundi'], ['jeudi']], ['2 à 8 jours']),
    turn('et apres la fin ils sont lachés dans la nature ?', 'dispositif', [
      alt('6 mois', 'six mois'),
      alt('mission locale', 'missions locales'),
    ]),
  ]),
  c('b46-promo-pour-qui', ['promo', 'easy'], [
    turn('promo 1618 c pour qui', 'dispositif', [
      alt('16 à 18', '16 et 18', '16-18 ans', 'mineur', '16 ans', 'moins de 18'),
      alt('décroch', 'quitté', 'déscolaris', 'ni en formation', 'pas en formation', 'ne travaillent pas', 'sans emploi', 'sortis', 'sorti du'),
    ]),
  ]),
  c('b46-rsfp-mot', ['rsfp', 'one-word', 'medium'], [
    turn('RSFP ?', 'dispositif', [
      alt('savoir-faire', 'savoir faire'),
      alt('prérequis', 'pré-requis', 'VAE', 'V.A.E', 'validation des acquis'),
    ]),
  ]),
  c('b46-clea-et-numerique', ['clea', 'two-questions', 'medium'], [
    turn('clea et clea numerique c quoi la diff', 'dispositif', [
      alt('compétences de base', 'socle', 'savoirs de base'),
      alt('numérique'),
      alt('certification', 'certificat', 'usages'),
    ]),
  ]),
  c('b46-open-badges', ['badges', 'easy'], [
    turn('open badges ??', 'dispositif', [
      alt('soft skills', 'compétences douces', 'savoir-être', 'transverses', 'transversales'),
    ]),
  ]),
  c('b46-fle', ['fle', 'easy'], [
    turn('francais a visee pro c pour qui', 'dispositif', [
      alt('primo-arrivant', 'primo arrivant', 'débutant', 'langue étrangère', 'FLE', 'ne parlent pas', 'non francophone'),
    ]),
  ]),
  c('b46-panda', ['panda', 'easy'], [
    turn('cest quoi panda ? ma tutrice m a dit de m inscrire dessus', 'dispositif', [
      alt('traçabilité', 'trace', 'tracer', 'suivi des parcours', 'suivre les parcours'),
      alt('habilit', 'AFPA'),
    ]),
  ]),
  c('b46-bilan-individuel', ['bilan', 'medium'], [
    turn('le bilan individuel on le recoit quand et pour quel dispositif ?', 'dispositif', [
      alt('fin du parcours', 'fin de parcours', 'à la fin', "à l'issue", 'en fin'),
      alt('Prépa', 'VAE', 'PEC'),
    ]),
  ]),
  c('b46-accord-signataires', ['accord', 'easy'], [
    turn('qui a signé la convention afpa / cd82 ?', 'dispositif', [['Weill'], ['Vella']]),
  ]),
  c('b46-accord-duree', ['accord', 'medium'], [
    turn('la convention elle dure combien de temps ? c renouvelable ?', 'dispositif', [
      alt('2 ans', 'deux ans'),
      alt('avenant', 'prolong', 'reconduct', 'poursuite', 'renouvel'),
    ]),
  ]),
  c('b46-accord-rgpd', ['accord', 'rgpd', 'medium'], [
    turn('ya un article sur les donnees perso dans l accord ?', 'dispositif', [
      alt('article 5'),
      alt('RGPD', 'R.G.P.D', '2016/679', 'informatique', '78-17', 'protection des données'),
    ]),
  ]),
  c('b46-financement', ['accord', 'two-questions', 'medium'], [
    turn('qui finance prepa comp ? ca coute qqch au departement ?', 'dispositif', [
      alt('État', 'PIC', "plan d'investissement", 'P.I.C'),
      alt('sans contrepartie', 'gratuit', 'aucun coût', 'pas de coût', 'ne coûte', 'rien', 'sans coût', 'pas payant'),
    ]),
  ]),
  c('b46-qui-prescrit-prepa', ['prepa', 'medium'], [
    turn('qui peut prescrire prepa ? moi directement ou je dois passer par FT', 'dispositif', [
      alt('directement'),
      alt('Département', 'référent', 'vous'),
    ]),
  ]),
  c('b46-qui-prescrit-promo', ['promo', 'medium'], [
    turn('la promo 16/18 normalement qui oriente les jeunes', 'dispositif', [ML_CIO]),
  ]),
  c('b46-campagne', ['accord', 'hard'], [
    turn("date limite d'entree dans l'experimentation et date de fin des parcours ?", 'dispositif', [
      alt('31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 decembre 2022'),
      alt('30 avril 2023', '30/04/2023', '30 avr. 2023'),
    ]),
  ]),
  c('b46-kit-com', ['communication', 'easy'], [
    turn('ya des flyers ou qqch pour presenter les dispositifs aux allocs ?', 'dispositif', [
      alt('kit', 'flyer', 'argumentaire'),
    ]),
  ]),
];

// ── Eligibility of the people of her first files ───────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c('b46-elig-rsa-non-inscrite', ['prepa', 'easy'], [
    turn(
      'jai une dame au RSA, pas inscrite a FT, elle veut retravailler son projet pro. prepa comp possible ?',
      'eligibility',
      [YES, alt('inscrit ou non', 'inscrits ou non', 'inscrite ou non', 'non inscrit', 'pas inscrit', 'sans être inscrit', 'même si', 'pas obligatoire', 'pas nécessaire', 'pas besoin')],
      NOT_ELIGIBLE,
    ),
    turn('ok et du coup quel volet pour elle', 'eligibility', [alt('volet 1', 'consolid')]),
  ]),
  c('b46-elig-ase-17-decroche', ['promo', 'ase', 'easy'], [
    turn('jeune ASE 17 ans, a arrêté le lycée en octobre, fait rien depuis. la promo 1618 ?', 'eligibility', [
      YES,
      alt('16 à 18', '16 et 18', 'mineur', 'décroch', 'ni en formation', 'pas en formation', 'ne travaille', 'déscolaris', 'quitté', 'ASE', 'aide sociale'),
    ], NOT_ELIGIBLE),
    turn('qui l oriente, moi ou la mission locale ?', 'dispositif', [alt('mission locale', 'missions locales', 'CIO')]),
  ]),
  c('b46-elig-ase-19-cjm', ['promo', 'ase', 'medium'], [
    turn('Ado ASE en contrat jeune majeur, 19 ans depuis mars, pas de formation. promo16/18 ??', 'eligibility', [
      NO,
      alt('mineur', '16 à 18', '16 et 18', '18 ans', '16-18 ans', 'majeur'),
    ]),
  ]),
  c('b46-elig-15-ans', ['promo', 'ase', 'medium'], [
    turn("et a 15 ans on peut rentrer a la promo ? c'est un gamin suivi ase, exclu du college", 'eligibility', [
      [...NO, ...alt('pas encore', 'attendre', 'à partir de 16', 'dès 16', 'dès ses 16', 'quand il aura 16')],
      alt('16 ans', '16 à 18', '16 et 18', '16-18 ans'),
    ]),
  ]),
  c('b46-elig-pec-recent', ['pec', 'medium'], [
    turn(
      "Mr X, BRSA, vient de signer un PEC en mairie (agent d'entretien) il y a 3 semaines. Compétences PEC c'est jouable ?",
      'eligibility',
      [YES, alt('dès la signature', 'premiers mois', 'début du contrat', 'employeur', 'pendant le contrat', 'durée du PEC', 'dès le début', 'en cours de PEC')],
      NOT_ELIGIBLE,
    ),
    turn("il devra s'absenter combien de jours de son boulot ?", 'eligibility', [PEC_DAYS], ['2 à 8', '13 semaines']),
  ]),
  c('b46-elig-cddi', ['pec', 'siae', 'hard'], [
    turn(
      "elle est en CDDI dans un chantier d'insertion (SIAE) depuis 8 mois, rsa avant. compétences pec ou pas ? sinon comment valoriser ce qu elle a appris",
      'eligibility',
      [
        alt('pas un PEC', 'pas un contrat PEC', "n'est pas un PEC", 'pas un parcours emploi', 'réservé', 'uniquement', 'seulement', 'ne peut pas', 'pas éligible', 'non éligible', 'contrat PEC', 'en PEC', 'salariés en PEC'),
        [...RSFP, ...VAE],
      ],
    ),
  ]),
  c('b46-elig-de-non-rsa', ['prepa', 'medium'], [
    turn('un monsieur inscrit FT, ARE, pas au rsa, il est pas suivi par nous. je peux le mettre en prepa ?', 'eligibility', [
      FT,
      alt('RSA', 'allocataire'),
    ]),
  ]),
  c('b46-elig-rqth', ['prepa', 'th', 'medium'], [
    turn(
      'beneficiaire RSA avec RQTH (TH), suivie par moi, elle voudrait securiser son entree en formation aide soignante en sept. prepa ok?',
      'eligibility',
      [YES, alt('volet 2', 'sécuris', 'entrée en formation')],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b46-elig-fle', ['fle', 'langue', 'easy'], [
    turn(
      "allocataire rsa arrivée d'afghanistan y a 1 an, parle tres peu francais, a quoi je peux l'orienter a l'afpa ?",
      'eligibility',
      [alt('français à visée professionnelle', 'francais a visee pro', 'langue étrangère', 'FLE')],
    ),
  ]),
  c('b46-elig-pec-fini', ['pec', 'hard'], [
    turn('son PEC est fini depuis juin, il voudrait faire une VAE, compétences PEC c encore possible?', 'eligibility', [
      alt('durée du PEC', 'pendant le PEC', 'pendant son PEC', 'en cours de PEC', 'en cours de contrat', 'pendant le contrat', 'dès la signature', 'premiers mois', 'sur la durée', 'pendant la durée'),
    ]),
  ]),
  c('b46-elig-apprenti-17', ['promo', 'ase', 'hard'], [
    turn('jeune ase 17 ans en apprentissage boulangerie, ca se passe mal. la promo 16/18 pour lui ?', 'eligibility', [
      alt('ne travaill', 'pas en formation', 'ni en formation', 'ni en emploi', 'déjà en formation', 'en apprentissage', 'déjà', 'rupture', 'sans formation', 'en contrat', 'quitté', 'décroch'),
    ]),
  ]),
  c('b46-elig-16-non-ase', ['promo', 'medium'], [
    turn(
      "un ado de 16 ans, pas ase, ses parents sont au rsa, il a quitté le lycée. je le signale a qui pour la promo ?",
      'eligibility',
      [ML_CIO],
    ),
  ]),
  c('b46-elig-58-ans-cariste', ['prepa', 'medium'], [
    turn('allocataire 58 ans, pas de diplome, veut se former cariste, trop vieux pour prepa ?', 'eligibility', [
      [...YES, ...alt('pas de limite', 'aucune limite', 'pas trop', "pas d'âge maximum", 'ne fixe pas')],
      alt('limite d', 'condition d', "pas d'âge", 'âge maximum', 'allocataire', 'RSA'),
    ], NOT_ELIGIBLE),
    turn('et ya une info coll bientôt ?', 'agenda', [on('2027-01-14'), ['Montauban']], notOn('2027-01-07')),
  ]),
  c('b46-elig-garde-enfants', ['prepa', 'medium'], [
    turn('maman solo rsa, 3 enfants, pas de mode de garde le mercredi, elle peut quand meme faire prepa ?', 'eligibility', [
      YES,
      alt('garde', 'conditions matérielles', 'distance', 'à la carte', 'organis'),
    ], NOT_ELIGIBLE),
  ]),
  c('b46-elig-mobilite-distance', ['prepa', 'medium'], [
    turn("il habite a lauzerte sans voiture, montauban c'est mort pour lui. prepa faisable ?", 'eligibility', [
      alt('distance', 'distanciel', 'délocalis'),
    ]),
    turn('ya une session a distance bientot ?', 'agenda', [on('2027-02-08'), DISTANCE], [
      ...notOn('2027-01-18'),
      ...notOn('2027-03-03'),
    ]),
  ]),
  c('b46-elig-employeur-refuse', ['pec', 'medium'], [
    turn(
      "salariée PEC en ehpad, au rsa, mais son employeur veut pas la liberer pour les ateliers. on peut faire compétences pec sans l'accord ?",
      'eligibility',
      [EMPLOYER, alt('nécessaire', 'obligatoire', 'indispensable', 'requis', 'recueill', 'il faut', 'ne peut pas', 'pas possible', 'préalable')],
    ),
  ]),
  c('b46-elig-deja-en-formation', ['prepa', 'hard'], [
    turn(
      "il est deja en formation qualifiante a l'afpa depuis novembre (titre pro soudeur), prepa competences volet 2 pour l'aider a tenir ?",
      'eligibility',
      [alt('en amont', 'avant', 'entrée en formation', 'déjà en formation', 'déjà entré', 'déjà engagé')],
    ),
  ]),
  c('b46-elig-siae-qualif', ['siae', 'medium'], [
    turn('salarié SIAE, projet de qualif electricien, il est au rsa. il peut accéder aux formations afpa de droit commun ?', 'eligibility', [
      YES,
      alt('Région', 'Conseil régional', 'droit commun', 'financeurs publics'),
    ], NOT_ELIGIBLE),
  ]),
  c('b46-elig-ase-autorisation', ['promo', 'ase', 'hard'], [
    turn(
      "jeune fille ase 16 ans et demi, en foyer, déscolarisée. Pour la promo faut l'accord de qui ? ses parents ont pas l'autorite parentale",
      'eligibility',
      [alt('autorisation'), [...SILENT, ...alt('ASE', 'aide sociale', 'tuteur', 'juge', 'vérifier', 'AFPA', 'Battedou')]],
    ),
  ]),
  c('b46-elig-pec-non-rsa', ['pec', 'medium'], [
    turn("un PEC qui n'est pas au rsa, il peut faire compétences pec via nous ?", 'eligibility', [
      [...FT, ...alt('conseiller', 'mission locale', 'Cap emploi')],
      alt('RSA', 'allocataire'),
    ]),
  ]),
  c('b46-elig-long-castel', ['prepa', 'long', 'hard'], [
    turn(
      "alors j'ai un monsieur de 42 ans, au rsa depuis 2019, il a un CAP peintre mais n'a pas bossé depuis longtemps, il est pas inscrit a france travail, il a des problemes de dos donc il veut changer de metier mais sait pas vers quoi, il a son permis mais pas de voiture en ce moment, il habite castelsarrasin. tu me conseilles quoi ?",
      'eligibility',
      [PREPA, alt('volet 1', 'projet')],
      ['13 semaines'],
    ),
    turn('ya qqch a castel ?', 'agenda', [on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-02-17')]),
  ]),
  c('b46-elig-deux-en-un', ['prepa', 'promo', 'two-questions', 'hard'], [
    turn('2 questions: une BRSA de 30 ans peut faire prepa ? et son fils de 17 ans decrocheur (pas ase) la promo ?', 'eligibility', [
      YES,
      [...ML_CIO, ...alt('16 à 18', '16 et 18', 'mineur')],
    ]),
  ]),
  c('b46-elig-rsa-25-promo', ['promo', 'medium'], [
    turn("un allocataire rsa de 25 ans, la promo 1618 c'est possible?", 'eligibility', [
      NO,
      alt('16 à 18', '16 et 18', '16-18 ans', 'mineur', '18 ans'),
    ]),
    turn("du coup qu'est ce que tu proposes", 'eligibility', [PREPA]),
  ]),
  c('b46-elig-ase-prepa', ['prepa', 'ase', 'hard'], [
    turn('jeune ase 17 ans, prepa competences c possible ?', 'eligibility', [
      PROMO,
      alt('RSA', 'allocataire'),
    ]),
  ]),
  c('b46-elig-pec-cap-emploi', ['pec', 'th', 'medium'], [
    turn("homme 45 ans TH, PEC signé via cap emploi y a 2 mois, et il touche le rsa. compétences pec ?", 'eligibility', [
      YES,
      alt('employeur', 'dès la signature', 'premiers mois', 'durée du PEC', 'en cours de PEC', 'pendant le contrat'),
    ], NOT_ELIGIBLE),
  ]),
];

// ── Agenda for her first orientations (today: Monday 11 January 2027) ──────

const AGENDA: ConversationCase[] = [
  c('b46-ag-info-coll-prepa', ['prepa', 'easy'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['Montauban']], notOn('2027-01-07')),
  ]),
  c('b46-ag-jpo', ['jpo', 'easy'], [
    turn('JPO afpa c quand', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b46-ag-visites', ['visite', 'medium'], [
    turn('visite plateau soudure c quand', 'agenda', [on('2027-01-19'), alt('14h', '14 h', '14:00')]),
    turn('et electricité ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),
  c('b46-ag-reunion-batiment', ['reunion-metier', 'easy'], [
    turn('reunion metier batiment ?', 'agenda', [on('2027-02-23'), ['Caussade']], notOn('2027-01-26')),
  ]),
  c('b46-ag-entree-volet2', ['prepa', 'sessions', 'hard'], [
    turn('prochaine entree prepa volet 2 avec de la place ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']], [
      ...notOn('2027-01-18'),
      ...notOn('2027-02-08'),
    ]),
  ]),
  c('b46-ag-entrees-volet1', ['prepa', 'sessions', 'medium'], [
    turn('les dates d entrée prepa V1 stp', 'agenda', [on('2027-01-18'), on('2027-02-08')], [
      ...notOn('2027-01-25'),
      ...notOn('2027-02-15'),
    ]),
  ]),
  c('b46-ag-session-25-complet', ['prepa', 'sessions', 'medium'], [
    turn('la session volet 2 du 25 janvier il reste de la place ?', 'agenda', [COMPLET]),
  ]),
  c('b46-ag-pec-atelier2', ['pec', 'sessions', 'medium'], [
    turn("calendrier d'entree competences pec atelier 2", 'agenda', [on('2027-01-20'), on('2027-03-03')], notOn('2027-02-10')),
  ]),
  c('b46-ag-promo-entree-info', ['promo', 'sessions', 'medium'], [
    turn('promo 1618 prochaine entree ?', 'agenda', [on('2027-02-01'), ['Montauban']]),
    turn("ya une reunion d'info pour les jeunes et leurs parents ?", 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
  ]),
  c('b46-ag-places-soudeur', ['places', 'easy'], [
    turn('places soudeur ?', 'agenda', [seats(4), on('2027-02-01')], ['maçon', 'cariste', 'plaquiste', 'électricien']),
  ]),
  c('b46-ag-places-plaquiste', ['places', 'easy'], [
    turn('plaquiste il reste des places', 'agenda', [COMPLET], ['soudeur', 'cariste']),
  ]),
  c('b46-ag-semaine', ['week', 'medium'], [
    turn("cette semaine ya quoi a l'afpa", 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
      ...notOn('2027-01-07'),
    ]),
    turn('et la semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
    ]),
  ]),
  c('b46-ag-moissac', ['place', 'medium'], [
    turn('quoi de prevu a moissac', 'agenda', [on('2027-02-09'), on('2027-02-17')], notOn('2027-01-21')),
  ]),
];

// ── Contacts, figures, prescribing, out of scope, small talk ───────────────

const OTHERS: ConversationCase[] = [
  c('b46-contact-afpa-prepa', ['contact', 'easy'], [
    turn("a l'afpa je m'adresse a qui pour prepa comp ?", 'contact', [['Battedou', 'Vella']]),
  ]),
  c('b46-contact-directeur', ['contact', 'easy'], [
    turn('qui est le directeur de l afpa montauban', 'contact', [['Vella']]),
    turn('et son tel ?', 'contact', [
      [...SILENT, ...alt("n'ai pas", 'ne dispose pas', 'ne donne pas', 'pas de numéro', 'ne contient pas', 'pas son numéro', 'aucun numéro')],
    ], ['05 63', '05.63', '0563']),
  ]),
  c('b46-contact-referent-cd', ['contact', 'hard'], [
    turn("c'est qui le référent côté département pour l'afpa ?", 'contact', [
      alt('désign', 'pas nommé', 'ne nomme', 'ne précise pas', 'ne donne pas', 'Weill', 'représentant'),
    ]),
  ]),
  c('b46-contact-panda-codes', ['contact', 'panda', 'medium'], [
    turn('mes codes panda marchent pas, je vois ça avec qui', 'contact', [
      alt('AFPA'),
      alt('habilit', 'Battedou', 'Vella', 'accès'),
    ]),
  ]),
  c('b46-figures-objectifs', ['figures', 'easy'], [
    turn('objectifs chiffrés de la convention ?', 'figures', [target(30), target(50), target(10)]),
  ]),
  c('b46-figures-prepa-avancement', ['figures', 'medium'], [
    turn("on en est ou sur prepa par rapport a l'objectif", 'figures', [target(30), NO_DATA]),
  ]),
  c('b46-figures-promo', ['figures', 'medium'], [
    turn('objectif jeunes ase vers la promo ?', 'figures', [target(10)]),
    turn('et au niveau national la promo c combien de jeunes', 'figures', [['35 000', '35000', '35\u00a0000', '35\u202f000', 'trente-cinq mille']]),
  ]),
  c('b46-prescribe-prepa', ['prescription', 'easy'], [
    turn('je veux prescrire prepa pour une allocataire', 'prescribe', [alt('prescri', 'formulaire', 'fiche')]),
  ]),
  c('b46-prescribe-promo', ['prescription', 'easy'], [
    turn('inscrire un jeune a la promo 16/18', 'prescribe', [alt('prescri', 'formulaire', 'inscri', 'PANDA')]),
  ]),
  c('b46-prescribe-pec-comment', ['prescription', 'pec', 'medium'], [
    turn('comment on oriente qqn vers compétences pec concretement ?', 'prescribe', [
      EMPLOYER,
      alt('plateforme', 'PANDA', 'inscri', 'prescri', 'formulaire'),
    ]),
  ]),
  c('b46-oos-montant-rsa', ['out-of-scope', 'easy'], [
    turn('montant rsa personne seule 2027 ?', 'out_of_scope', [
      [...SILENT, ...alt('CAF', 'pas en mesure', 'ne peux pas', 'ne dispose pas', "n'ai pas")],
    ], ['€']),
  ]),
  c('b46-oos-cej', ['out-of-scope', 'medium'], [
    turn("le CEJ c'est pareil que la promo ?", 'out_of_scope', [
      [...SILENT, ...alt("n'est pas dans", 'pas mentionné', 'pas un dispositif de', 'ne connais pas')],
    ]),
  ]),
  c('b46-oos-permis', ['out-of-scope', 'easy'], [
    turn("comment on fait une demande d'aide au permis pour un brsa", 'out_of_scope', [
      [...SILENT, ...alt('pas en mesure', 'ne peux pas')],
    ]),
  ]),
  c('b46-oos-outlook', ['out-of-scope', 'work-tools', 'easy'], [
    turn('comment je partage mon agenda outlook avec ma tutrice', 'out_of_scope', [
      [...SILENT, ...alt('ne peux pas', 'pas en mesure', 'je ne suis pas', 'je ne sais pas', 'service informatique', 'support informatique', 'pas mon domaine')],
    ]),
  ]),
  c('b46-other-bonjour', ['small-talk', 'easy'], [
    turn('bonjour !', 'other', [alt('bonjour', 'salut', 'hello')]),
  ]),
  c('b46-other-nouvelle', ['small-talk', 'medium'], [
    turn("je suis nouvelle referente, tu peux m'aider pour quoi ?", 'other', [
      alt('Prépa Compétences', 'dispositif', 'programme'),
      alt('agenda', 'info coll', 'JPO', 'événement', 'calendrier', 'dates'),
    ]),
  ]),
  c('b46-other-merci', ['small-talk', 'easy'], [
    turn('merci beaucoup', 'other', [alt('de rien', 'avec plaisir', 'je vous en prie', 'à votre service', 'volontiers', 'hésitez', 'bonne journée')]),
  ]),
];

export const FORTY_SIXTH_BLIND_SET: ConversationCase[] = [...PROGRAMMES, ...ELIGIBILITY, ...AGENDA, ...OTHERS];
