/**
 * Ninety-seventh blind set. Who speaks: éducateurs de l'Aide sociale à l'enfance (ASE) and
 * conseillers de Mission locale asking about La Promo 16/18, often relayed by référents
 * insertion of the Département (CD82), plus a few référents asking about Prépa Compétences
 * and Compétences PEC for their RSA recipients. They type as in Teams: abbreviations
 * (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, CD, ASE, info coll, JPO), no accents, typos,
 * SMS style, long messages with the question buried inside, follow-ups that only make
 * sense after the previous turn.
 *
 * Written blind, without seeing the bot: every expected fact comes from the agreement
 * between the Département de Tarn-et-Garonne and AFPA (with its action plan and the
 * protocol of the three programmes), from the product guide, and from the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris). Where the agreement is
 * silent, the answer must say so.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, plus 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '2-8 jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 ou 6 jours', '5-6 jours', '5 et 6 jours', 'cinq à six jours', 'cinq ou six jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4-8 jours', '4 et 8 jours', 'quatre à huit jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const ENGAGEMENT_WEEK = [
  'engagement',
  'première semaine',
  'premiere semaine',
  '1re semaine',
  '1ère semaine',
  '1 semaine',
  'une semaine',
];
const AGE_RANGE = ['16 à 18', '16-18', '16 et 18', '16/18', '16-17', '16 et 17', '16 ou 17', 'mineur', 'moins de 18', '17 ans'];
const COST = [
  'sans contrepartie financière',
  'gratuit',
  'aucun coût',
  'sans coût',
  'sans frais',
  'pas de coût',
  'ne coûte rien',
  'aucune contrepartie',
  'financé par l’État',
  "financé par l'État",
  'financement de l’État',
  "financement de l'État",
  'P.I.C',
  'PIC',
  'plan d’investissement',
  "plan d'investissement",
];
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const RSFP = ['RSFP', 'R.S.F.P', 'savoir-faire'];
const CLEA = ['CléA', 'Clea'];
const BILAN = ['bilan individuel', 'bilan'];
const TO_REFERENT = ['référent', 'referent', 'conseiller'];
const PANDA = ['Panda'];
const DGEFP = ['DGEFP', 'D.G.E.F.P'];
const DDETSPP = ['DDETSPP', 'D.D.E.T.S.P.P', 'DDETS'];
const VELLA = ['Vella'];
const BATTEDOU = ['Battedou', 'Responsable Accompagnement et Parcours'];
const WEILL = ['Weill'];
const MONTAUBAN = ['Montauban'];
const FULL = [...seats(0), 'complet', 'aucune place', 'plus de place', 'pas de place', 'plus aucune place'];

/** The agreement does not cover it: many ways to say so, never an invented answer. */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'dit rien',
  'ne précise pas',
  'ne le précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'pas d’info',
  "pas d'info",
  'ne mentionne pas',
  'ne traite pas',
  'ne parle pas',
  'aborde pas',
  'ne figure pas',
  'ne contient pas',
  'ne porte pas',
  'ne fixe pas',
  'rien sur',
  'ne sais pas',
  'ne peux pas',
  'pas en mesure',
  'pas de réponse',
  'ne donne pas',
  'n’indique pas',
  "n'indique pas",
  'ne règle pas',
  'silencieu',
];

/** Figures that nobody has published yet. */
const NOT_AVAILABLE = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'ne dispose pas',
  'pas de données',
  'aucune donnée',
  'pas de chiffre',
  'aucun chiffre',
  'aucune entrée',
  ' 0 ',
  '0 entrée',
  'aucun',
  'pas connu',
  'pas en mesure',
  'pas de résultat',
  'ne sont pas',
];

// Verdicts.
const YES = [
  'éligible',
  'oui',
  'peut en bénéficier',
  'peut intégrer',
  'peut entrer',
  'peut y entrer',
  'peut faire',
  'peut suivre',
  'correspond',
  'possible',
  'rentre dans',
  'entre dans',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'n’est pas',
  "n'est pas",
  'non',
  'ne peut pas',
  'ne pourra pas',
  'ne correspond pas',
  'pas possible',
  'ne relève pas',
  'ne remplit pas',
  'pas accessible',
  'réservé',
  'ne rentre pas',
  'pas concerné',
];
const NOT_YET = [...NO, 'pas encore', 'à partir de', 'a partir de', 'attendre', 'dès ses 16', 'dès qu', 'trop jeune'];
/** Must not appear when the person is eligible. */
const SAYS_NO = ['pas éligible', 'non éligible', 'inéligible'];
/** Must not appear when the person is not eligible. */
const SAYS_YES = ['est bien éligible', 'il est éligible à la promo', 'elle est éligible à la promo'];

const PRESCRIBE = ['prescri', 'formulaire', 'fiche', 'Panda', 'inscri'];

export const NINETY_SEVENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif: La Promo 16/18 ──────────────────────────────────────────
  c('b97-promo-what', ['promo', 'ase'], [
    turn('slt, educ ASE ici. c koi la promo 1618 en 2 mots ? c pour qui', 'dispositif', [
      PROMO_WEEKS,
      ['décroch', 'quitté', 'sortis', 'ni en formation', 'pas en formation', 'déscolaris', 'sans solution'],
    ], PREPA_DURATION),
  ]),
  c('b97-promo-duration-more', ['promo', 'ase', 'sms'], [
    turn('la promo ca dure cmb de tps exactement ? 13 sem ou ca peut deborder', 'dispositif', [
      PROMO_WEEKS,
      FOUR_MONTHS,
    ], PREPA_DURATION),
  ]),
  c('b97-promo-days', ['promo', 'ml'], [
    turn(
      'bonjour, conseillere ML a castel. les jeunes de la promo 1618 ils y vont quels jours ? tous les jours de la semaine ?? le mien bosse le vendredi au marche avec son oncle',
      'dispositif',
      [['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi']],
    ),
    turn('et le vendredi ils font quoi alors ?', 'dispositif', [['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi']]),
  ]),
  c('b97-promo-mobility', ['promo', 'ase'], [
    turn('c quoi cette periode de mobilite dans la promo, ca dure cmb ? il part loin ??', 'dispositif', [
      TWO_WEEKS,
      ['village'],
    ]),
    turn('et il dort ou pendant ce temps la, c l afpa qui paye l hebergement ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b97-promo-parental-auth', ['promo', 'ase', 'two-questions'], [
    turn(
      'autorisation parentale obligatoire pour la promo ? et c a quel moment qu on doit la fournir',
      'dispositif',
      [['autorisation'], ENGAGEMENT_WEEK],
    ),
  ]),
  c('b97-promo-after', ['promo', 'ml', 'rambling'], [
    turn(
      "alors voila j ai un jeune qui est ok pour la promo, la mere aussi, mais elle me demande et apres les 13 semaines il se passe quoi pour lui, il est lache dans la nature ou il y a un suivi ? moi je peux pas le suivre eternellement",
      'dispositif',
      [SIX_MONTHS, MISSION_LOCALE],
    ),
  ]),
  c('b97-promo-phases', ['promo'], [
    turn('les phases de la promo 16 18 c quoi', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['suite'],
    ]),
    turn('et la 2e phase de construction elle dure cmb', 'dispositif', [['6 semaines', 'six semaines']], PREPA_DURATION),
  ]),
  c('b97-promo-phase2', ['promo', 'two-questions'], [
    turn('phase 2 construction promo : ca dure cmb et ils font quoi concretement', 'dispositif', [
      ['6 semaines', 'six semaines'],
      ['chantier', 'culturel', 'sportiv', 'métiers', 'compétences de base'],
    ]),
  ]),
  c('b97-promo-code', ['promo', 'ase'], [
    turn('ils passent le permis pendant la promo ? mon jeune ne parle que de ca', 'dispositif', [
      ['code de la route'],
    ]),
    turn('et les open badges c quoi ? on m en a parle', 'dispositif', [['open badge'], ['compétence']]),
  ]),
  c('b97-promo-exits', ['promo', 'ml'], [
    turn('ca debouche sur quoi la promo ? apprentissage, E2C, epide ?', 'dispositif', [
      ['E2C', 'EPIDE', 'E.P.I.D.E', 'alternance', 'apprentissage'],
    ]),
    turn('et l objectif de sorties positives c cmb ?', 'dispositif', [['70']]),
  ]),
  c('b97-promo-who-proposes', ['promo', 'ml'], [
    turn(
      "qui propose la promo aux jeunes normalement, nous ML ou le CIO ? ou c le CD",
      'dispositif',
      [['mission'], ['CIO', 'C.I.O']],
    ),
  ]),
  c('b97-promo-where', ['promo', 'ase'], [
    turn('la promo c ou ? que montauban ? jai un jeune place vers beaumont', 'dispositif', [
      MONTAUBAN,
      ['délocalis', 'département', 'proche', 'village'],
    ]),
  ]),
  c('b97-promo-engagement-week', ['promo', 'ase'], [
    turn('la 1ere semaine de la promo sert a quoi ? les parents doivent venir ?', 'dispositif', [
      ['engagement'],
      ['parent'],
    ]),
    turn('et ya un referent pour chaque jeune apres ?', 'dispositif', [
      ['référent', 'referent'],
    ]),
  ]),
  c('b97-promo-funding', ['promo', 'two-questions'], [
    turn('qui finance la promo 1618 ? ca coute qqch a l ASE ?', 'dispositif', [
      ['État', 'Etat', '1 jeune 1 solution', 'un jeune une solution'],
    ]),
  ]),

  // ── dispositif: Prépa Compétences ───────────────────────────────────────
  c('b97-prepa-duration', ['prepa', 'sms'], [
    turn('prepa comp c cmb de jours ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    turn('et la promo ?', 'dispositif', [PROMO_WEEKS], PREPA_DURATION),
  ]),
  c('b97-prepa-volets', ['prepa', 'two-questions'], [
    turn('volet 1 volet 2 prepa comp c quoi la diff ? et ca dure cmb chacun', 'dispositif', [
      ['projet'],
      ['formation'],
      VOLET1_DURATION,
      VOLET2_DURATION,
    ]),
  ]),
  c('b97-prepa-remote', ['prepa', 'rambling'], [
    turn(
      "jai une BRSA sur lafrancaise, pas de voiture, pas de permis, le bus passe 2 fois par jour... prepa comp ca peut se faire a distance ou faut venir a montauban obligatoirement",
      'dispositif',
      [['distance']],
    ),
  ]),
  c('b97-prepa-volet2-outside', ['prepa'], [
    turn("le volet 2 c uniquement pour rentrer en formation a l afpa ? elle vise une formation aide soignante ailleurs", 'dispositif', [
      ['hors AFPA', 'hors A.F.P.A', 'autre organisme', 'autres organismes', 'pas uniquement', 'pas seulement', 'aussi', 'ailleurs'],
    ]),
  ]),
  c('b97-prepa-report', ['prepa'], [
    turn('on a un retour nous referents a la fin de la prepa ?', 'dispositif', [BILAN, TO_REFERENT]),
    turn('et pour competences pec aussi ?', 'dispositif', [['bilan', 'oui', 'VAE', 'V.A.E']]),
  ]),
  c('b97-prepa-cost', ['prepa'], [
    turn('ca coute cmb au CD une prescription prepa comp ?', 'dispositif', [COST], ['€']),
  ]),

  // ── dispositif: Compétences PEC ─────────────────────────────────────────
  c('b97-pec-duration', ['pec'], [
    turn('competences pec ca prend cmb de temps au salarie ?', 'dispositif', [PEC_DAYS], PREPA_DURATION),
  ]),
  c('b97-pec-outcome', ['pec'], [
    turn('a la fin de competences pec ils obtiennent quoi ? un diplome ?', 'dispositif', [VAE, RSFP, CLEA]),
    turn('et le portefeuille de competences c pour tout le monde ?', 'dispositif', [
      ['portefeuille'],
      ['chaque', 'systématique', 'tous', 'oui'],
    ]),
  ]),
  c('b97-pec-rsfp', ['pec'], [
    turn('le RSFP c pour qui exactement', 'dispositif', [
      ['prérequis', 'pré-requis'],
      VAE,
    ]),
  ]),
  c('b97-pec-when-employer', ['pec'], [
    turn('on peut demarrer competences pec quand ? le contrat PEC a commence il y a 2 mois', 'dispositif', [
      ['signature', 'premiers mois', 'début du contrat', 'début du parcours', 'dès'],
    ]),
    turn("et l employeur il doit etre d accord ?", 'dispositif', [['employeur'], ['accord', 'inform']]),
  ]),
  c('b97-pec-phases', ['pec', 'two-questions'], [
    turn('competences pec cmb de phases ? et ca se fait a distance ou sur place ?', 'dispositif', [
      ['5 phases', 'cinq phases'],
      ['distance'],
    ]),
  ]),

  // ── dispositif: other parts of the agreement ────────────────────────────
  c('b97-fle', ['ase'], [
    turn('on a un MNA de 16 ans qui parle pas bien francais, vous avez qqch pour le francais ?', 'dispositif', [
      ['Français à visée professionnelle', 'langue étrangère', 'FLE', 'Francais a visee'],
    ]),
  ]),
  c('b97-panda', ['sms'], [
    turn('c quoi panda ?', 'dispositif', [['traçabilité', 'trace'], ['plateforme', 'outil']]),
    turn('et qui habilite les educs pour saisir dessus ?', 'contact', [['AFPA', 'A.F.P.A'], ['habilit']]),
  ]),

  // ── agenda ──────────────────────────────────────────────────────────────
  c('b97-ag-promo-info', ['promo', 'ase'], [
    turn('prochaine info coll promo 1618 ?', 'agenda', [on('2027-03-17'), MONTAUBAN], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
    ]),
    turn('c ouvert aux parents ?', 'agenda', [['parent']]),
  ]),
  c('b97-ag-promo-entry', ['promo', 'ml'], [
    turn('dates d entree promo 16/18 ?', 'agenda', [on('2027-02-01'), MONTAUBAN], notOn('2027-01-18')),
    turn('il reste de la place ?', 'agenda', [seats(10)]),
    turn('et a moissac ?', 'agenda', [['aucun', 'aucune', 'pas de', 'rien', 'uniquement', 'seulement', 'pas d’', "pas d'"]]),
  ]),
  c('b97-ag-promo-end', ['promo', 'two-questions'], [
    turn("l entree promo de fevrier c en presentiel ? et ca finit quand", 'agenda', [
      ['présentiel'],
      on('2027-04-29'),
    ]),
  ]),
  c('b97-ag-jpo', ['ase'], [
    turn('vous avez des JPO bientot ? je voudrais emmener 2 jeunes du foyer', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
  ]),
  c('b97-ag-jpo-past', ['rambling'], [
    turn(
      "on a rate la jpo du 7 janvier a cause de la neige et du bus qui est pas passe, il y en a une autre prevue a montauban ?",
      'agenda',
      [on('2027-02-03')],
    ),
  ]),
  c('b97-ag-prepa-info-week', ['prepa'], [
    turn('info coll prepa comp cette semaine ?', 'agenda', [on('2027-01-14'), MONTAUBAN], [
      ...notOn('2027-02-11'),
      ...notOn('2027-03-04'),
    ]),
    turn('et a castel ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
  ]),
  c('b97-ag-valence', ['prepa'], [
    turn('ya qq chose a valence d agen pour mes BRSA ?', 'agenda', [on('2027-03-04')], notOn('2027-01-14')),
  ]),
  c('b97-ag-volet2-seats', ['prepa'], [
    turn('prochaine entree prepa volet 2 ou il reste de la place ?', 'agenda', [
      on('2027-02-15'),
      ['Castelsarrasin'],
    ]),
  ]),
  c('b97-ag-volet2-full', ['prepa'], [
    turn('la session volet 2 du 25 janvier il reste des places ?', 'agenda', [FULL]),
  ]),
  c('b97-ag-prepa-remote', ['prepa'], [
    turn('une entree prepa comp a distance bientot ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
  ]),
  c('b97-ag-prepa-moissac', ['prepa', 'two-questions'], [
    turn('entree prepa comp a moissac c quand ? et c en presentiel ?', 'agenda', [
      on('2027-03-08'),
      ['mixte', 'hybride', 'présentiel et à distance', 'distance et présentiel'],
    ], notOn('2027-01-18')),
  ]),
  c('b97-ag-pec-atelier2', ['pec'], [
    turn('competences pec atelier 2 prochaine entree ?', 'agenda', [on('2027-01-20'), MONTAUBAN]),
    turn('et a distance ?', 'agenda', [on('2027-03-03')], notOn('2027-01-20')),
  ]),
  c('b97-ag-pec-info', ['pec'], [
    turn('info coll PEC prevue ? pour une salariee et son employeur', 'agenda', [on('2027-02-09'), ['Moissac']]),
  ]),
  c('b97-ag-cariste', ['sms', 'two-questions'], [
    turn('places cariste ? et ca demarre qd', 'agenda', [seats(6), on('2027-01-27')]),
  ]),
  c('b97-ag-soudeur', ['two-questions'], [
    turn('formation soudeur ya de la place ? et la visite du plateau soudure c quand', 'agenda', [
      seats(4),
      on('2027-01-19'),
    ]),
  ]),
  c('b97-ag-plaquiste', [], [
    turn('plaquiste il reste des places ?', 'agenda', [FULL]),
  ]),
  c('b97-ag-batiment', ['two-questions'], [
    turn('reunion metier batiment c ou et c quand', 'agenda', [['Caussade'], on('2027-02-23')]),
  ]),
  c('b97-ag-next-week', [], [
    turn('qu est ce qu il y a la semaine prochaine ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b97-ag-logistique', ['ase', 'rambling'], [
    turn(
      'mon jeune de 17 ans au foyer veut absolument faire de la logistique, cariste tout ca, il y a une reunion metier ou un truc pour voir a quoi ca ressemble ?',
      'agenda',
      [on('2027-01-26')],
    ),
  ]),
  c('b97-ag-restauration', [], [
    turn('agent de restauration c ou la formation ?', 'agenda', [['Caussade']]),
    turn('ca commence quand ?', 'agenda', [on('2027-03-15')]),
  ]),

  // ── eligibility ─────────────────────────────────────────────────────────
  c('b97-el-ase-17-dropout', ['promo', 'ase'], [
    turn(
      'jeune ASE 17 ans, decroche du lycee depuis septembre, rien depuis, ni boulot ni formation. promo possible ?',
      'eligibility',
      [YES, ['Promo']],
      SAYS_NO,
    ),
  ]),
  c('b97-el-ase-15', ['promo', 'ase'], [
    turn('gamine de 15 ans placee en foyer, deco du college, elle peut faire la promo ?', 'eligibility', [
      ['16'],
      NOT_YET,
    ], SAYS_YES),
  ]),
  c('b97-el-birthday-before-entry', ['promo', 'ase', 'birthday'], [
    turn(
      "il a 15 ans, il aura 16 ans le 3 fevrier. on peut le positionner sur l entree promo du 1er fevrier ?",
      'eligibility',
      [['16 ans', 'seize ans'], NOT_YET],
      SAYS_YES,
    ),
  ]),
  c('b97-el-birthday-during', ['promo', 'ml', 'birthday'], [
    turn(
      "elle a 17 ans, 18 ans fin fevrier, decrochee depuis 6 mois, rien a cote. promo encore jouable ?",
      'eligibility',
      [YES],
      SAYS_NO,
    ),
  ]),
  c('b97-el-18-jeune-majeur', ['promo', 'ase', 'birthday'], [
    turn(
      'il a eu 18 ans la semaine derniere, contrat jeune majeur ASE, sorti du lycee en juin sans rien. promo 1618 ?',
      'eligibility',
      [NO, AGE_RANGE],
      SAYS_YES,
    ),
  ]),
  c('b97-el-apprenti', ['promo', 'ml'], [
    turn('jeune ML 16 ans en apprentissage en CAP boulangerie mais ca se passe mal, promo 1618 ?', 'eligibility', [
      NO,
      ['formation', 'apprentissage', 'travail', 'emploi', 'contrat'],
    ], SAYS_YES),
  ]),
  c('b97-el-working', ['promo', 'ase'], [
    turn('ado ASE 17 ans, quitte le lycee, il bosse en CDD en restauration depuis nov. promo ?', 'eligibility', [
      NO,
    ], SAYS_YES),
  ]),
  c('b97-el-ml-16', ['promo', 'ml'], [
    turn('jeune suivi ML 16 ans, sorti de 3e sans affectation, rien depuis la rentree. eligible promo ?', 'eligibility', [
      YES,
    ], SAYS_NO),
    turn('ok, je fais comment pour l inscrire', 'prescribe', [PRESCRIBE]),
  ]),
  c('b97-el-brsa-volet2', ['prepa', 'rambling'], [
    turn(
      "BRSA 52 ans, veut entrer en formation cariste a l afpa mais a tres peur de pas y arriver, pas fait d ecole depuis 30 ans... prepa comp c adapte ?",
      'eligibility',
      [YES, ['volet 2', 'sécuris']],
      SAYS_NO,
    ),
  ]),
  c('b97-el-brsa-not-ft', ['prepa'], [
    turn('BRSA pas inscrite a FT, elle peut faire prepa comp quand meme ?', 'eligibility', [YES], SAYS_NO),
  ]),
  c('b97-el-pec-ehpad', ['pec'], [
    turn('salarie en PEC a l ehpad depuis 2 mois, competences pec possible ?', 'eligibility', [YES], SAYS_NO),
  ]),
  c('b97-el-cdi-not-pec', ['pec'], [
    turn('BRSA en CDI temps partiel (pas un PEC), elle veut faire competences pec pour une VAE', 'eligibility', [
      NO,
      ['PEC', 'Parcours Emploi Compétences', 'P.E.C'],
    ], SAYS_YES),
  ]),
  c('b97-el-rqth', ['prepa'], [
    turn('BRSA 38 ans avec RQTH, suivie aussi par cap emploi, prepa comp ok ?', 'eligibility', [YES], SAYS_NO),
  ]),
  c('b97-el-mna-fle', ['promo', 'ase', 'two-questions'], [
    turn(
      'MNA 16 ans confie a l ASE, pas scolarise, parle un peu francais. promo possible ? et pour le francais vous proposez qqch ?',
      'eligibility',
      [YES, ['Français à visée professionnelle', 'langue étrangère', 'FLE', 'Francais a visee']],
      SAYS_NO,
    ),
  ]),
  c('b97-el-ml-promo-or-prepa', ['promo', 'prepa', 'ml', 'two-questions'], [
    turn('jeune ML 17 ans decrocheur : promo ok ? et il pourrait faire prepa comp a la place ?', 'eligibility', [
      YES,
      ['RSA', 'demandeur', 'Promo'],
    ]),
  ]),
  c('b97-el-ase-placement', ['promo', 'ase'], [
    turn('jeune ASE 16 ans decrocheur depuis l an dernier, promo ?', 'eligibility', [YES], SAYS_NO),
    turn('il est en famille d accueil a moissac, il doit aller ou ?', 'dispositif', [
      ['Montauban', 'proche'],
    ]),
  ]),
  c('b97-el-lycee', ['promo', 'ml'], [
    turn("jeune 16 ans toujours inscrit en 1ere au lycee de caussade et qui y va, juste demotive. promo ?", 'eligibility', [
      NO,
    ], SAYS_YES),
  ]),

  // ── out_of_scope ────────────────────────────────────────────────────────
  c('b97-oos-pocket-money', ['promo', 'ase'], [
    turn('ya de l argent de poche pour les jeunes pendant la promo ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b97-oos-transport', ['promo', 'ase', 'rambling'], [
    turn(
      "le jeune est en foyer a valence d agen, pas de bus le matin assez tot, le transport jusqu a montauban c pris en charge par qui ? l afpa ? le CD ?",
      'out_of_scope',
      [NOT_COVERED],
      ['€'],
    ),
  ]),
  c('b97-oos-insurance', ['promo', 'ase'], [
    turn('faut une assurance scolaire / RC pour la promo ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b97-oos-pay', ['promo', 'ml'], [
    turn('le jeune est remunere pendant la promo ? cmb ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b97-oos-lunch', ['promo'], [
    turn('le repas du midi c pris en charge pour les jeunes de la promo ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b97-oos-cej', ['ml'], [
    turn('promo et CEJ c compatible ? le jeune peut cumuler ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b97-oos-mdph', [], [
    turn('tu peux m aider a remplir un dossier MDPH pour un jeune ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b97-oos-bourse', ['promo', 'ase'], [
    turn('la bourse du lycee elle continue si il fait la promo ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b97-oos-family-allowance', ['promo'], [
    turn('la promo c 13 semaines c ca ?', 'dispositif', [PROMO_WEEKS]),
    turn('et pendant ce temps les allocs familiales de la mere sont maintenues ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b97-oos-childcare-aid', ['prepa', 'rambling'], [
    turn(
      "maman solo BRSA, 3 enfants, ok pour prepa comp mais la garde c le souci. ya une aide financiere pour la garde d enfant pendant la prepa ?",
      'out_of_scope',
      [NOT_COVERED],
      ['€'],
    ),
  ]),
  c('b97-oos-who-signs', ['promo', 'ase'], [
    turn(
      "pour un mineur place, l autorisation parentale c qui qui signe : les parents, le service ASE ou le juge ?",
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),

  // ── contact ─────────────────────────────────────────────────────────────
  c('b97-ct-promo', ['promo', 'ase'], [
    turn('qui je contacte a l afpa pour la promo 1618 ?', 'contact', [BATTEDOU]),
  ]),
  c('b97-ct-deploy-then-boss', [], [
    turn('qui gere le deploiement des dispositifs cote afpa ?', 'contact', [BATTEDOU]),
    turn('et au dessus d elle ?', 'contact', [VELLA]),
  ]),
  c('b97-ct-coordinator', ['sms'], [
    turn('c qui le coordo departemental ?', 'contact', [VELLA]),
  ]),
  c('b97-ct-cd-signatory', [], [
    turn('qui a signe l accord pour le departement ?', 'contact', [WEILL]),
  ]),
  c('b97-ct-cd-side', [], [
    turn('cote departement c qui l interlocuteur de l afpa pour l experimentation ?', 'contact', [
      ['référent', 'référente', 'referent'],
    ]),
  ]),
  c('b97-ct-national', ['two-questions'], [
    turn('qui pilote ces dispositifs au niveau national ? ca se reunit souvent ?', 'contact', [
      DGEFP,
      ['trimestri', 'chaque trimestre', 'tous les trois mois', 'tous les 3 mois'],
    ]),
  ]),
  c('b97-ct-rap-role', ['two-questions'], [
    turn('c qui la responsable accompagnement et parcours et c quoi son role ?', 'contact', [
      ['Battedou'],
      ['déploiement', 'deploiement'],
    ]),
  ]),

  // ── figures ─────────────────────────────────────────────────────────────
  c('b97-fig-ase-target', ['promo', 'ase'], [
    turn('objectif de jeunes ASE orientes vers la promo ?', 'figures', [[' 10 ', 'dix', '10 jeunes', '10 personnes']]),
  ]),
  c('b97-fig-prepa-pec-targets', ['two-questions'], [
    turn('objectifs 2022 prepa comp et competences pec ?', 'figures', [
      ['30 ', 'trente'],
      ['50 ', 'cinquante'],
    ]),
  ]),
  c('b97-fig-ase-entered', ['promo', 'ase'], [
    turn('cmb de jeunes ASE sont vraiment entres dans la promo ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b97-fig-annual-report', [], [
    turn('le bilan annuel des dispositifs il part a qui ?', 'figures', [DDETSPP]),
  ]),
  c('b97-fig-monthly', ['two-questions'], [
    turn('le tableau de bord de suivi il est envoye a qui et a quel rythme ?', 'figures', [
      DGEFP,
      ['mensuel', 'chaque mois', 'tous les mois'],
    ]),
  ]),
  c('b97-fig-pec-target-progress', ['pec', 'two-questions'], [
    turn("objectif competences pec c combien ? et on en est ou ?", 'figures', [['50 ', 'cinquante'], NOT_AVAILABLE]),
  ]),
  c('b97-fig-promo-indicators', ['promo'], [
    turn('quels indicateurs sont suivis pour la promo dans le plan d action ?', 'figures', [
      ['engagement'],
      ['construction'],
    ]),
  ]),
  c('b97-fig-exam-rate', [], [
    turn('taux de reussite aux examens des BRSA entres en formation ?', 'figures', [NOT_AVAILABLE]),
  ]),

  // ── prescribe ───────────────────────────────────────────────────────────
  c('b97-pr-promo', ['promo', 'ase'], [
    turn('je veux prescrire la promo pour un jeune ASE', 'prescribe', [PRESCRIBE]),
  ]),
  c('b97-pr-prepa', ['prepa', 'sms'], [
    turn('prescription prepa comp pr une BRSA stp', 'prescribe', [PRESCRIBE]),
  ]),
  c('b97-pr-panda', ['promo'], [
    turn('comment on inscrit un jeune sur panda pour la promo ?', 'prescribe', [PANDA, ['invite', 'inscri', 'habilit']]),
  ]),
  c('b97-pr-steps', ['prepa', 'rambling'], [
    turn(
      "premiere fois que je passe par vous, la personne est d accord pour prepa comp, c quoi les etapes de mon cote ? je dois remplir un truc ?",
      'prescribe',
      [['adhésion', 'Panda', 'formulaire', 'prescri', 'inscri', 'invite']],
    ),
  ]),
  c('b97-pr-pec-employer', ['pec'], [
    turn('je veux orienter un salarie PEC vers competences pec, je fais comment', 'prescribe', [
      ['employeur', 'prescri', 'formulaire', 'inscri'],
    ]),
  ]),
  c('b97-pr-after-eligible', ['prepa'], [
    turn('BRSA 30 ans, veut consolider son projet pro, prepa comp ?', 'eligibility', [YES], SAYS_NO),
    turn('top, je la prescris', 'prescribe', [PRESCRIBE]),
  ]),
  c('b97-pr-session', ['prepa'], [
    turn('prochaine entree prepa volet 1 ?', 'agenda', [on('2027-01-18')]),
    turn('je peux inscrire qqun dessus ?', 'prescribe', [PRESCRIBE]),
  ]),

  // ── other ───────────────────────────────────────────────────────────────
  c('b97-ot-hello', [], [
    turn('bonjour', 'other', [['bonjour', 'salut', 'hello']]),
    turn('tu sers a quoi ?', 'other', [['dispositif', 'Prépa', 'Promo', 'agenda', 'prescri', 'éligib']]),
  ]),
  c('b97-ot-new-educ', ['ase', 'rambling'], [
    turn(
      'bonsoir, je suis nouvelle educ a l ASE de montauban, on m a dit de passer par toi pour les jeunes, tu peux m aider ?',
      'other',
      [['dispositif', 'Prépa', 'Promo', 'agenda', 'prescri', 'éligib']],
    ),
  ]),
  c('b97-ot-help', ['sms'], [
    turn('aide', 'other', [['dispositif', 'Prépa', 'Promo', 'agenda', 'prescri', 'éligib']]),
  ]),
  c('b97-ot-thanks', [], [
    turn('merci bcp !', 'other', [['de rien', 'avec plaisir', 'je vous en prie', 'service', 'hésitez']]),
  ]),
  c('b97-ot-cancel', [], [
    turn('je veux prescrire prepa comp', 'prescribe', [PRESCRIBE]),
    turn('annule', 'other', [['annul', 'arrêt', 'abandon', 'd’accord', "d'accord", 'ok', 'noté']]),
  ]),
];
