/**
 * Fifty-eighth blind set: the eligibility desk.
 *
 * Who speaks: référents insertion of the Département de Tarn-et-Garonne (CD82) and ASE
 * educators who check people one after the other: exact ages and birthdays, RSA or not,
 * France Travail (ex-Pôle emploi) or not, PEC contract and its dates, school or training
 * status, ASE placement, handicap, level of French; facts given over several messages and
 * corrected, « et si… » hypotheses, two people in one message, and after a verdict a
 * question on the programme (duration, where, next entry). A few AFPA-side questions on
 * the agenda, the targets and the contacts complete it. About 55 % of the turns are
 * eligibility.
 *
 * Written blind: only from the agreement (convention, action plan 2022-2023, protocol of
 * Prépa Compétences, Compétences PEC and La Promo 16/18), the product guide, the helpers
 * of `sets.ts` and the published agenda of `agenda-fixture.ts` (today frozen at Monday
 * 11 January 2027, 9:00 Paris), without looking at how the bot works.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight apostrophe also in its typographic form. */
function apo(...alternatives: string[]): string[] {
  return [
    ...new Set(alternatives.flatMap((a) => (a.includes("'") ? [a, a.replace(/'/g, '’')] : [a]))),
  ];
}

// ── Verdicts and reasons ────────────────────────────────────────────────────

const YES = apo(
  'éligible',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut y',
  'peut être orienté',
  'peut être prescrit',
  'peut lui',
  'pouvez',
  'oui',
  'possible',
  'correspond',
  'relève',
  'accessible',
);
const NO = apo(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pouvez pas',
  "n'est pas",
  "n'a pas",
  'pas possible',
  'ne relève pas',
  'ne correspond pas',
  'pas accessible',
  'ne remplit pas',
  'pas encore',
  'réservé',
  'non,',
  'non.',
  'non :',
  'exclu',
  "n'entre pas",
  'ne rentre pas',
);
/** For a clear positive verdict. */
const NOT_ELIGIBLE = ['pas éligible', 'non éligible', 'inéligible'];

const RSA = ['RSA', 'R.S.A', 'allocataire'];
const FT = ['France Travail', 'Pôle emploi', 'pole emploi'];
const REGISTERED = apo('inscrit', 'inscription', ...FT);
const PEC = ['PEC', 'P.E.C', 'parcours emploi'];
const MINOR = ['mineur', 'majeur', 'moins de 18'];
const AGE_16 = ['16 ans', '16 et 18', '16 à 18', '16-18 ans', 'moins de 16', 'seize ans', '15 ans'];
const LEFT_SCHOOL = apo(
  'quitté',
  'quitte',
  'décroch',
  'déscolaris',
  'sorti du',
  'sortie du',
  'scolarisé',
  'scolarité',
  'collège ou le lycée',
  'plus à l',
  'cursus scolaire',
);
const NOT_WORKING_OR_TRAINING = apo(
  'pas en formation',
  'ni en formation',
  'en formation',
  'travaill',
  'en emploi',
  'un emploi',
  'apprenti',
  'alternance',
  'ne travaillent pas',
);
const SILENT = apo(
  "l'accord ne prévoit pas",
  'ne prévoit pas',
  'ne précise pas',
  'ne dit rien',
  "n'en dit rien",
  'ne fixe pas',
  'ne mentionne pas',
  'ne règle pas',
  'ne traite pas',
  'ne parle pas',
  "n'indique pas",
  "n'aborde pas",
  'ne donne pas',
  'ne tranche pas',
  'pas précisé',
  'pas prévu',
  'pas indiqué',
  'rien de prévu',
  'aucune information',
  'aucune indication',
  'aucune précision',
);
const OUT_OF_SCOPE = apo(
  ...SILENT,
  'hors',
  'ne couvre pas',
  'pas dans le cadre',
  'ne relève pas',
  "pas dans l'accord",
  'ne concerne pas',
);

// ── Facts of the agreement ──────────────────────────────────────────────────

const PREPA_DURATION = apo(
  '2 à 8 jours',
  '2 et 8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 à 8 j',
  '2 jours à 8 jours',
  '8 jours maxi',
  "jusqu'à 8 jours",
);
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET_2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit', '4-8 jours', '4 jours à 8'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MONDAY_TO_THURSDAY = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu'];
const SPREAD = apo('répartis', 'réparti', 'non consécutifs', 'étalé', 'sur la durée', 'au fil', 'atelier');
const ALONG_THE_PEC = apo(
  'durée du PEC',
  'durée du contrat',
  'durée du P.E.C',
  'pendant le',
  'en cours de',
  'dès la signature',
  'dès signature',
  'signature',
  'premiers mois',
);
const EMPLOYER = ['employeur'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'];
const FLE = ['visée professionnelle', 'langue étrangère', 'FLE', 'français langue'];
const LOW_QUALIFICATION = apo('peu ou pas qualifi', 'peu qualifi', 'pas qualifi', 'éloigné', 'eloigne');
const UPSTREAM = apo(
  'amont',
  "avant l'entrée",
  'avant son entrée',
  'avant une formation',
  'avant la formation',
  'entrée en formation',
  "entrer en formation",
);
const OUTSIDE_AFPA = apo(
  'hors AFPA',
  'hors A.F.P.A',
  'hors de l',
  'autre organisme',
  'autres organismes',
  'en dehors de l',
  'ailleurs',
  "pas forcément à l'AFPA",
  "pas seulement à l'AFPA",
  "pas uniquement à l'AFPA",
  "n'importe quel organisme",
);
const MISSION_LOCALE = ['Mission locale', 'missions locales', 'CIO', 'C.I.O'];
const PARENTS = ['autorisation parentale', 'autorisations parentales', 'parents', 'parental'];
const FREE = apo(
  'sans contrepartie',
  'gratuit',
  'pas payant',
  'aucun coût',
  'aucune contrepartie',
  'aucun frais',
  'pas de frais',
  'ne coûte rien',
  'rien à payer',
  "financé par l'État",
  "financés par l'État",
  "pris en charge par l'État",
);
const DELOCALISED = apo(
  'délocalis',
  'ensemble du département',
  'tout le département',
  'dans le département',
  "sur l'ensemble",
);
const FULL = apo('complet', '0 place', 'aucune place', 'plus de place', 'pas de place', 'plus aucune', 'places : 0');
const NO_FIGURES_YET = apo(
  'pas encore',
  'pas disponible',
  'pas de chiffre',
  'aucun chiffre',
  'pas de données',
  'aucune donnée',
  'indisponible',
  'pas de résultat',
  'pas de décompte',
);

export const FIFTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  // ── Prépa Compétences: RSA or not, France Travail or not ─────────────────
  c('b58-prepa-brsa-pas-inscrite-ft', ['prepa', 'typos'], [
    turn(
      'mme Dupuis 44 ans brsa, pas inscrite a FT, je la suis en accompagnement global. prepa comp c bon pour elle ?',
      'eligibility',
      [YES, RSA, REGISTERED],
      NOT_ELIGIBLE,
    ),
    turn('ca dure cb de temps', 'dispositif', [PREPA_DURATION], ['13 semaines', 'treize semaines']),
  ]),
  c('b58-prepa-brsa-inscrit-ft', ['prepa'], [
    turn(
      'BRSA 31 ans inscrit FT depuis 2 ans en cat 1, ca bloque pour la prepa ou pas ?',
      'eligibility',
      [apo('ne bloque pas', 'pas de problème', 'aucun problème', "n'empêche pas", ...YES), REGISTERED],
      NOT_ELIGIBLE,
    ),
    turn('prochaine entree volet 1 ?', 'agenda', [on('2027-01-18'), ['Montauban']], [
      ...notOn('2027-01-25'),
      ...notOn('2027-02-15'),
    ]),
  ]),
  c('b58-prepa-ass-inscrite-ft', ['prepa', 'hard'], [
    turn(
      "elle touche l'ASS pas le RSA, inscrite FT, 27 ans. on peut la prescrire en prepa comp nous au CD ?",
      'eligibility',
      [RSA, FT],
    ),
  ]),
  c('b58-prepa-ni-rsa-ni-ft', ['prepa', 'hypothesis'], [
    turn('mr Karim 52a ni rsa ni inscrit ft, juste suivi ccas. prepa?', 'eligibility', [NO, RSA]),
    turn(
      's il s inscrit a FT la semaine pro ca change ?',
      'eligibility',
      [FT, ['conseiller', 'demandeur', 'inscri']],
    ),
  ]),
  c('b58-prepa-rsa-bac5', ['prepa', 'hard'], [
    turn(
      'BRSA 39 ans, ingenieure bac+5, au rsa depuis 8 mois apres un licenciement, veut faire prepa comp pour se reconvertir, ok ?',
      'eligibility',
      [LOW_QUALIFICATION, RSA],
    ),
  ]),
  c('b58-prepa-rsa-rqth', ['prepa', 'handicap'], [
    turn(
      'RSA + RQTH (TH reconnue mdph), 48 ans, mal de dos, veut se reorienter. prepa possible ?',
      'eligibility',
      [YES, RSA],
      NOT_ELIGIBLE,
    ),
    turn('elle peut la faire a distance ? elle peut pas conduire longtemps', 'dispositif', [
      ['distance', 'distanciel'],
    ]),
  ]),
  c('b58-prepa-rsa-niveau-a1', ['prepa', 'language'], [
    turn(
      "monsieur arrivé d'Erythree il y a 1 an, refugie, au RSA, niveau A1 a l'oral, lit pas le francais. prepa comp ?",
      'eligibility',
      [FLE],
    ),
    turn("c quoi exactement ce truc de francais pro ?", 'dispositif', [
      FLE,
      apo('professionnel', 'oral', 'écrire', 'parler', 'écouter'),
    ]),
  ]),
  c('b58-prepa-deja-en-formation', ['prepa'], [
    turn(
      'brsa deja entre en formation soudeur a l afpa depuis novembre, on peut lui faire prepa comp en plus ?',
      'eligibility',
      [UPSTREAM],
    ),
  ]),
  c('b58-prepa-ifsi-hors-afpa', ['prepa', 'volet-2'], [
    turn(
      "BRSA 34 ans, admise en formation aide soignante a l'IFSI en septembre (pas a l'afpa), elle a peur de lacher. prepa comp ca marche si c pas a l afpa ?",
      'eligibility',
      [YES, ['volet 2', 'sécuris'], OUTSIDE_AFPA],
    ),
    turn('volet 2 cb de jours', 'dispositif', [VOLET_2_DURATION]),
    turn('prochaine session volet 2 avec de la place ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']], [
      ...notOn('2027-01-18'),
      ...notOn('2027-02-08'),
      ...notOn('2027-03-08'),
    ]),
  ]),
  c('b58-prepa-projet-moissac', ['prepa', 'volet-1'], [
    turn(
      "rsa 41 ans, sait pas du tout quoi faire, veut reflechir a un projet, aucune idee de metier. prepa ou pas ? quel volet ?",
      'eligibility',
      [['volet 1', 'consolid']],
    ),
    turn("elle habite moissac sans voiture, la prochaine entree pour elle ce serait quand", 'agenda', [
      [...on('2027-03-08'), ...on('2027-02-08')],
      ['Moissac', 'distance', 'distanciel'],
    ], notOn('2027-02-15')),
  ]),
  c('b58-prepa-62-ans', ['prepa', 'age'], [
    turn(
      "BRSA 62 ans, c'est pas trop vieux pour prepa ? y a une limite d'age ?",
      'eligibility',
      [apo(...SILENT, 'pas de limite', 'aucune limite', "pas d'âge", "pas de condition d'âge", "aucune condition d'âge"), RSA],
    ),
  ]),
  c('b58-prepa-faits-corriges', ['prepa', 'correction'], [
    turn('je te decris une dame: 36 ans, 2 enfants, inscrite FT depuis 1 an. prepa comp ?', 'eligibility', [
      [...RSA, ...FT],
    ]),
    turn('elle a le RSA majore aussi (parent isole)', 'eligibility', [YES, RSA]),
    turn(
      "ah non je confonds c'est l'ARE pas le RSA, son RSA est ferme depuis octobre",
      'eligibility',
      [RSA, [...FT, 'conseiller']],
    ),
  ]),
  c('b58-prepa-deux-dossiers', ['prepa', 'two-people'], [
    turn(
      '2 dossiers : M. Lopez 45a RSA pas inscrit FT ; Mme Bernard 30a pas de RSA, pas FT, juste suivie PMI. prepa pour les 2 ?',
      'eligibility',
      [['Lopez'], ['Bernard'], RSA],
    ),
  ]),
  c('b58-prepa-prime-activite', ['prepa', 'hard'], [
    turn(
      "elle m'a dit RSA activite mais en fait c la prime d'activite, pas le RSA. prepa via le CD quand meme ?",
      'eligibility',
      [RSA],
    ),
  ]),
  c('b58-prepa-garantie-activite', ['prepa'], [
    turn('BRSA en garantie d activite avec FT, eligible prepa ?', 'eligibility', [YES, RSA], NOT_ELIGIBLE),
  ]),
  c('b58-prepa-rsa-pas-ouvert', ['prepa'], [
    turn(
      'fin de droits ARE, demande de RSA deposee hier pas encore ouverte. prepa comp direct ou faut attendre ?',
      'eligibility',
      [RSA],
    ),
  ]),

  // ── Compétences PEC: the contract and its dates ──────────────────────────
  c('b58-pec-signe-4-janvier', ['pec'], [
    turn(
      'mr Tessier BRSA, PEC signé le 4 janvier 2027 a la mairie de Caussade, 12 mois 20h/sem. compet PEC ?',
      'eligibility',
      [YES, ALONG_THE_PEC],
      NOT_ELIGIBLE,
    ),
    turn("faut l'accord de la mairie ?", 'prescribe', [EMPLOYER]),
  ]),
  c('b58-pec-contrat-fini', ['pec', 'dates'], [
    turn(
      'son PEC est terminé depuis le 15/12/2026, elle peut encore faire compet PEC ?',
      'eligibility',
      [ALONG_THE_PEC],
    ),
  ]),
  c('b58-pec-cddi-aci', ['pec', 'siae'], [
    turn(
      "rsa, en CDDI dans un ACI (chantier d'insertion) depuis 6 mois, c'est un PEC ca ? compet PEC possible ?",
      'eligibility',
      [NO, PEC],
    ),
    turn('on lui propose quoi alors pour valoriser son experience', 'dispositif', [[...RSFP, 'VAE', 'V.A.E']]),
  ]),
  c('b58-pec-cap-emploi-aah', ['pec', 'handicap'], [
    turn(
      "PEC depuis 3 semaines, pas au RSA elle a l'AAH, suivie par Cap emploi. compet pec ?",
      'eligibility',
      [YES, ['Cap emploi', 'conseiller']],
    ),
  ]),
  c('b58-pec-dates-ehpad', ['pec', 'dates'], [
    turn(
      'PEC du 01/09/2026 au 31/08/2027 en ehpad, BRSA. trop tard pour compet pec ?',
      'eligibility',
      [apo('pas trop tard', 'encore', ...YES), ALONG_THE_PEC],
    ),
    turn("les 5 jours c'est d'affilee ou etale ?", 'dispositif', [SPREAD]),
  ]),
  c('b58-pec-pas-encore-signe', ['pec', 'dates'], [
    turn(
      'rdv la semaine pro pour signer un PEC (pas encore signé), brsa. je peux deja la positionner sur compet PEC ?',
      'eligibility',
      [apo('signature', 'signé', 'dès')],
    ),
    turn('ok et la prochaine entree atelier 2 alors ?', 'agenda', [on('2027-01-20'), ['Montauban']], [
      ...notOn('2027-01-18'),
    ]),
  ]),
  c('b58-pec-deux-dames', ['pec', 'two-people'], [
    turn(
      'Mme A brsa 38 ans, pas de PEC, cherche du boulot ; Mme B brsa en PEC depuis octobre a la cantine. compet PEC pour les deux ?',
      'eligibility',
      [
        ['Mme A', 'madame A', 'première', '1re', '1ère'],
        ['Mme B', 'madame B', 'seconde', 'deuxième', '2e'],
        apo("n'est pas en PEC", 'pas de PEC', 'sans PEC', 'pas en PEC', 'pas de contrat', "n'a pas de", 'pas signataire'),
      ],
    ),
  ]),
  c('b58-pec-pas-niveau-vae', ['pec'], [
    turn(
      "PEC agent d'entretien depuis 2 mois, RSA, il a pas le niveau pour une VAE (pas de diplome, lit mal). compet PEC quand meme ?",
      'eligibility',
      [YES, [...RSFP, 'CléA']],
    ),
    turn('rsfp ca dure combien', 'dispositif', [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j']]),
  ]),
  c('b58-pec-et-si-rupture', ['pec', 'hypothesis'], [
    turn(
      'et si son PEC est rompu au bout de 2 mois, il perd compet pec en cours de route ?',
      'eligibility',
      [SILENT],
    ),
  ]),
  c('b58-pec-employeur-refuse', ['pec'], [
    turn(
      "l'employeur PEC veut pas qu'il s'absente, on peut faire compet PEC sans son accord ?",
      'eligibility',
      [EMPLOYER, apo('accord', 'recueill')],
    ),
  ]),
  c('b58-pec-ase-17-ans', ['pec', 'promo', 'ase', 'hard'], [
    turn(
      "jeune ASE 17 ans qui a signe un PEC (ca existe ?) : compet PEC ou promo 1618 ?",
      'eligibility',
      [['Compétences PEC', 'Compétences P.E.C', 'compet PEC'], apo('travaill', 'en emploi', 'un emploi', 'ne travaillent pas', 'salarié')],
    ),
  ]),

  // ── La Promo 16/18: ASE educators ────────────────────────────────────────
  c('b58-promo-ase-17-decroche', ['promo', 'ase'], [
    turn(
      'educ ASE: jeune 17 ans placé en MECS, a arrete le lycee pro en septembre, fait rien depuis. promo 1618 ?',
      'eligibility',
      [YES, apo('mineur', '17 ans', '16 à 18', '16 et 18', 'décroch', 'quitté', 'ni en formation', 'pas en formation', 'ASE', 'aide sociale')],
      NOT_ELIGIBLE,
    ),
    turn("ca dure combien et c'est ou", 'dispositif', [PROMO_DURATION, ['Montauban', 'Village']], [
      '2 à 8 jours',
    ]),
  ]),
  c('b58-promo-16-ans-aujourdhui', ['promo', 'ase', 'birthday'], [
    turn(
      "il a 16 ans aujourd'hui (ne le 11/01/2011), ASE, decroche depuis la 3e. ok pour la promo ?",
      'eligibility',
      [YES, ['16 ans']],
      NOT_ELIGIBLE,
    ),
    turn('prochaine entree ?', 'agenda', [on('2027-02-01')], [...notOn('2027-01-18'), ...notOn('2027-01-20')]),
  ]),
  c('b58-promo-15-ans-et-demi', ['promo', 'ase', 'age'], [
    turn('15 ans et demi, ASE, exclu du college definitivement, rien depuis. promo ?', 'eligibility', [NO, AGE_16]),
    turn('et quand il aura 16 ?', 'eligibility', [apo('pourra', ...YES)]),
  ]),
  c('b58-promo-18-ans-jeune-majeur', ['promo', 'ase', 'age'], [
    turn(
      '18 ans depuis le 2 decembre, contrat jeune majeur ASE, pas de formation. promo 1618 ?',
      'eligibility',
      [NO, MINOR],
    ),
    turn("meme avec le contrat jeune majeur ? il est toujours suivi par l'ASE pourtant", 'eligibility', [
      [...MINOR, '16 à 18', '16 et 18'],
    ]),
  ]),
  c('b58-promo-apprenti', ['promo', 'ase'], [
    turn(
      "jeune ASE 17 ans en contrat d'apprentissage boulangerie, il galere, promo possible ?",
      'eligibility',
      [NO, NOT_WORKING_OR_TRAINING],
    ),
  ]),
  c('b58-promo-lycee-absenteisme', ['promo', 'ase'], [
    turn('16 ans ASE inscrite en seconde mais absente 3 jours sur 5, promo ?', 'eligibility', [LEFT_SCHOOL]),
  ]),
  c('b58-promo-kevin-ines', ['promo', 'ase', 'two-people'], [
    turn(
      "2 jeunes du foyer: Kevin 16 ans decrocheur depuis juin, et Ines 17 ans qui bosse en CDD au mcdo. promo pour les 2 ?",
      'eligibility',
      [['Kevin'], ['Ines', 'Inès'], NOT_WORKING_OR_TRAINING],
    ),
  ]),
  c('b58-promo-ne-le-20-janvier-2009', ['promo', 'ase', 'birthday', 'hard'], [
    turn('ne le 20/01/2009, ASE, plus scolarise depuis juin. promo ?', 'eligibility', [
      apo('18 ans', 'majeur', 'mineur', '20 janvier', '20/01'),
    ]),
    turn("c'est quand la prochaine entree de toute facon", 'agenda', [on('2027-02-01')]),
  ]),
  c('b58-promo-date-dictee', ['promo', 'ase', 'birthday', 'dictation'], [
    turn(
      'né le douze mars deux mille neuf point ASE point il a quitté le lycée en octobre virgule il fait rien promo oui ou non',
      'eligibility',
      [['17 ans', 'dix-sept', 'mineur', '18 ans']],
    ),
  ]),
  c('b58-promo-famille-accueil-parents', ['promo', 'ase', 'birthday'], [
    turn(
      'ASE 16 ans (nee 05/06/2010), descolarisee, placement famille d accueil. promo ?',
      'eligibility',
      [YES, ['16 ans', 'mineur', '16 à 18', '16 et 18']],
      NOT_ELIGIBLE,
    ),
    turn("faut une autorisation des parents ? ils ont plus l'autorite parentale", 'dispositif', [PARENTS]),
  ]),
  c('b58-promo-ml-pas-ase', ['promo'], [
    turn('pas ASE, 17 ans, sorti du lycee, suivi par la ML de Montauban. promo ?', 'eligibility', [
      YES,
      MISSION_LOCALE,
    ]),
    turn("c'est qui qui prescrit du coup, moi ou la ML ?", 'prescribe', [MISSION_LOCALE]),
  ]),
  c('b58-promo-mna-francais', ['promo', 'ase', 'language'], [
    turn(
      'MNA 16 ans confie a l ASE, jamais scolarise en france, parle peu francais. promo 1618 ?',
      'eligibility',
      [apo('ASE', 'aide sociale', 'mineur', '16 ans', '16 à 18', '16 et 18')],
    ),
    turn('et pour le francais y a un truc a l afpa ?', 'dispositif', [FLE]),
  ]),
  c('b58-promo-ime-mdph', ['promo', 'ase', 'handicap', 'hard'], [
    turn(
      "jeune ASE 16 ans avec notif MDPH, en IME jusqu'en juin dernier, plus rien depuis. la promo accepte les jeunes en situation de handicap ?",
      'eligibility',
      [apo(...SILENT, 'pas de condition', 'aucune condition', "n'exclut pas", 'pas exclu', 'aucune restriction')],
    ),
  ]),
  c('b58-promo-et-si-18-pendant', ['promo', 'ase', 'hypothesis'], [
    turn(
      'il a 17 ans et 10 mois, et si il a 18 ans pendant la promo il doit arreter ?',
      'eligibility',
      [SILENT],
    ),
  ]),
  c('b58-promo-petit-boulot', ['promo', 'ase', 'hard'], [
    turn(
      'ASE 16 ans, decroche, il a un petit boulot le vendredi samedi au marche, ca compte comme travailler pour la promo ?',
      'eligibility',
      [apo(...SILENT, 'lundi au jeudi', 'ne travaillent pas', 'ne travaille pas', 'qui ne travaill')],
    ),
    turn("c'est du lundi au vendredi la promo ?", 'dispositif', [MONDAY_TO_THURSDAY]),
  ]),
  c('b58-promo-college-3e', ['promo'], [
    turn(
      '16 ans, encore au college en 3e (redoublant), le CIO nous en parle. promo 1618 ?',
      'eligibility',
      [LEFT_SCHOOL],
    ),
  ]),
  c('b58-promo-correction-age', ['promo', 'ase', 'correction'], [
    turn('jeune ASE 17 ans, sortie du lycee en novembre, rien depuis, promo ?', 'eligibility', [
      YES,
      apo('mineur', '17 ans', '16 à 18', '16 et 18', 'décroch', 'quitté', 'ASE', 'aide sociale'),
    ]),
    turn("ah non pardon elle a 15 ans, c'est sa soeur qui a 17", 'eligibility', [NO, AGE_16]),
  ]),

  // ── Families, hypotheses, other routes ───────────────────────────────────
  c('b58-famille-mere-fils', ['prepa', 'promo', 'two-people'], [
    turn(
      'la mere BRSA 45 ans sans projet, le fils 17 ans ASE decrocheur. on met qui sur quoi ?',
      'eligibility',
      [['Promo'], ['Prépa']],
    ),
    turn('y a des info coll pour les 2 bientot ?', 'agenda', [
      [...on('2027-01-14'), ...on('2027-01-21'), ...on('2027-02-11')],
      on('2027-03-17'),
    ], notOn('2027-01-07')),
  ]),
  c('b58-et-si-perd-rsa', ['prepa', 'hypothesis'], [
    turn(
      'rsa 29 ans, et si elle perd son RSA le mois prochain pendant la prepa elle doit arreter ?',
      'eligibility',
      [SILENT],
    ),
  ]),
  c('b58-rsa-suspendu', ['prepa', 'hard'], [
    turn(
      'son RSA est suspendu en ce moment (sanction), elle compte comme allocataire pour la prepa ?',
      'eligibility',
      [SILENT],
    ),
  ]),
  c('b58-brsa-24-ans-prepa-ou-promo', ['prepa', 'promo'], [
    turn('jeune 24 ans BRSA (elle a un enfant), prepa comp ou promo 1618 ?', 'eligibility', [
      ['Prépa'],
      [...MINOR, '16 à 18', '16 et 18', '18 ans'],
    ]),
  ]),
  c('b58-siae-cariste', ['siae', 'places'], [
    turn(
      "salarie SIAE en entreprise d'insertion, projet de qualif cariste, il peut acceder aux formations afpa ?",
      'eligibility',
      [apo('Région', 'Conseil régional', 'financeurs publics', 'droit commun')],
    ),
    turn('et y a des places cariste en ce moment ?', 'agenda', [seats(6), ['Montauban']], [
      'plaquiste',
      'soudeur',
      'maçon',
    ]),
  ]),

  // ── The programmes ───────────────────────────────────────────────────────
  c('b58-prepa-jours-semaines', ['prepa'], [
    turn('prepa comp c combien de jours sur combien de semaines', 'dispositif', [PREPA_DURATION, TWO_WEEKS], [
      '13 semaines',
    ]),
  ]),
  c('b58-pec-phases', ['pec'], [
    turn('compet pec cb de phases et ca finit par quoi', 'dispositif', [
      ['5 phases', 'cinq phases'],
      ['VAE', 'V.A.E', 'RSFP', 'R.S.F.P', 'CléA'],
    ]),
  ]),
  c('b58-promo-phases', ['promo'], [
    turn('promo 1618 c quoi les phases', 'dispositif', [['engagement'], ['construction']]),
  ]),
  c('b58-ou-ont-lieu', ['prepa', 'pec', 'promo'], [
    turn('les dispositifs c que a montauban ?', 'dispositif', [['Montauban'], DELOCALISED]),
  ]),
  c('b58-cout-cd', ['prepa'], [
    turn("c payant pour le CD de prescrire prepa comp ?", 'dispositif', [FREE]),
  ]),
  c('b58-bilan-fin-prepa', ['prepa'], [
    turn('le bilan a la fin de prepa on le recoit nous ?', 'dispositif', [['bilan individuel', 'bilan'], ['référent']]),
  ]),

  // ── Agenda ───────────────────────────────────────────────────────────────
  c('b58-jpo', ['events'], [
    turn('jpo ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
  ]),
  c('b58-info-coll-castel', ['events', 'prepa'], [
    turn('info coll prepa a castel c quand', 'agenda', [on('2027-01-21'), ['14h', '14 h', '14:00']], notOn('2027-01-07')),
  ]),
  c('b58-places-plaquiste', ['places'], [
    turn('places plaquiste ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b58-reunion-logistique', ['events'], [
    turn('reunion metier logistique c quand', 'agenda', [on('2027-01-26'), ['Montauban']], notOn('2027-02-23')),
  ]),
  c('b58-visite-soudure', ['events'], [
    turn('visite plateau soudure prochaine date ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),

  // ── Targets ──────────────────────────────────────────────────────────────
  c('b58-objectif-prepa', ['prepa'], [
    turn('objectif BRSA prepa comp ?', 'figures', [['30']]),
  ]),
  c('b58-compteur-pec', ['pec'], [
    turn('on en est ou sur les 50 compet pec ?', 'figures', [['50'], NO_FIGURES_YET]),
  ]),
  c('b58-cible-ase-promo', ['promo', 'ase'], [
    turn('cible jeunes ASE orientes promo cette annee ?', 'figures', [[' 10 ', '10 jeunes', 'dix', ': 10', '10 personnes']]),
  ]),
  c('b58-sorties-positives', ['promo'], [
    turn('taux de sorties positives vise pour la promo ?', 'figures', [['70']]),
  ]),

  // ── Contacts and prescription ────────────────────────────────────────────
  c('b58-contact-deploiement', ['contact'], [
    turn("qui gere le deploiement des 3 dispositifs a l'afpa ?", 'contact', [['Battedou']]),
  ]),
  c('b58-contact-directeur', ['contact'], [
    turn('directeur du centre afpa montauban c qui', 'contact', [['Vella']]),
  ]),
  c('b58-prescrire-volet-1', ['prepa'], [
    turn('je veux prescrire mme R. en prepa volet 1 stp', 'prescribe', [['prescri', 'formulaire', 'inscri']]),
  ]),
  c('b58-inscription-panda', ['promo'], [
    turn("comment j'inscris le jeune sur la promo, c'est sur panda ?", 'prescribe', [['PANDA']]),
  ]),

  // ── Outside the agreement ────────────────────────────────────────────────
  c('b58-aide-permis', ['out'], [
    turn("il peut avoir l'aide au permis du CD pour un BRSA ?", 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b58-sanction-rsa', ['out', 'prepa'], [
    turn("sanction sur le RSA si il va pas a la prepa ?", 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b58-remuneration-prepa', ['out', 'prepa'], [
    turn('il est remunere pendant prepa comp ? il touche quoi', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b58-cej-promo', ['out', 'promo'], [
    turn('la promo ca compte dans le CEJ ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),

  // ── Other ────────────────────────────────────────────────────────────────
  c('b58-tu-sais-faire-quoi', ['help'], [
    turn('t es un robot ? tu sais faire quoi au juste', 'other', [['éligib', 'prescri', 'agenda', 'dispositif']]),
  ]),
];
