/**
 * Sixty-second blind set: the eligibility desk, harder.
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82), and now and then AFPA Montauban staff, in a Teams chat. They
 * describe people over several messages and correct themselves (« ah non elle a 17 ans »),
 * give ages by birth date or as « elle aura 18 en mars », ask « et si… », put two or three
 * people in one message, bring borderline situations (17 years and 11 months, a PEC
 * ending next month, an RSA application in progress, France Travail registration or not,
 * a broken apprenticeship, an ASE youth turning 18, an SIAE contract, a disability), then
 * ask about the programme itself (where, how long, next entry). About 60 % eligibility.
 * They type as people do in Teams: abbreviations (BRSA, ASE, PEC, FT, ML, TH, CDDI…),
 * no accents, typos, SMS style, dictation slips, long rambling messages, one-word questions.
 *
 * Written blind: only from the partnership agreement (Département – AFPA, 2022, with its
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * the product guide, the types and helpers of `sets.ts` and the published agenda of
 * `agenda-fixture.ts` (today frozen at Monday 11 January 2027, 9:00 Paris), without
 * looking at how the bot works. Where the agreement is silent, the expected answer says so
 * and invents nothing.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...tags, ...intents, ...extra])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa comp', 'prepa-comp', 'prépa-comp'];
const PEC_PROG = [
  'compétences pec',
  'compétences p.e.c',
  'compétences – p.e.c',
  'compétences - p.e.c',
  'compétences – pec',
  'compétences - pec',
  'compétences-pec',
];
const PROMO = ['promo 16', 'promo16', 'promo 1618'];

/** Prépa Compétences: 2 to 8 days… */
const PREPA_DAYS = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '8 jours maxi'];
/** …over 2 weeks. */
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
/** La Promo 16/18: 13 weeks (3 months)… */
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
/** Compétences PEC: 5 days spread over the contract. */
const PEC_DAYS = ['5 jours', 'cinq jours'];
/** La Promo 16/18: Monday to Thursday on site. */
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu’au jeudi', "lundi jusqu'au jeudi"];
const PARENTS = [
  'autorisation parentale',
  'autorisations parentales',
  'parents',
  'accord de sa mère',
  'accord de sa mere',
  'représentant légal',
  'representant legal',
  'responsable légal',
  'titulaire de l’autorité',
  "titulaire de l'autorité",
];

/** RSA recipients, registered at France Travail or not. */
const FT_EITHER = [
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'inscrites ou non',
  'ou non inscrit',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'pas inscrite',
  'sans inscription',
  'sans être inscrit',
  'sans etre inscrit',
  'même sans',
  'même non',
  'pas obligatoire',
  'pas nécessaire',
  'pas besoin',
  'pas une condition',
  'pas exigé',
  'pas exigée',
  'pas requis',
  'pas requise',
  'n’est pas exigé',
  "n'est pas exigé",
  'qu’ils soient inscrits',
  "qu'ils soient inscrits",
  'qu’elle soit inscrite',
  "qu'elle soit inscrite",
  'qu’il soit inscrit',
  "qu'il soit inscrit",
  'ou non à',
  'ne change rien',
  'pas un obstacle',
  'ne bloque pas',
  'pas bloquant',
  'n’empêche pas',
  "n'empêche pas",
];

/** Being an RSA recipient is what opens the Département's route. */
const ALLOCATAIRE = [
  'allocataire',
  'bénéficiaire du rsa',
  'bénéficiaires du rsa',
  'perçoit le rsa',
  'touche le rsa',
  'au titre du rsa',
];

/** La Promo 16/18 takes minors of 16 to 18 (never the programme name itself). */
const MINOR = [
  'mineur',
  'moins de 18',
  '16 à 18 ans',
  'de 16 à 18',
  'entre 16 et 18',
  '16 et 18 ans',
  '16 ou 17 ans',
  '16-17 ans',
  '16 à 17 ans',
  '16 et 17 ans',
  'pas encore 18',
  'avant ses 18',
  'avant 18 ans',
  'pas encore majeur',
];
/** Too old: 18 and over. */
const TOO_OLD = [...MINOR, 'majeur', 'plus de 18', '18 ans révolus', 'trop âgé', 'trop agé', 'dépasse'];
/** Too young: from 16 only. */
const FROM_16 = ['16 ans', 'seize ans', 'à partir de 16', 'dès 16', 'moins de 16', 'de 16 à 18', 'entre 16 et 18'];
/** Left school, not in training, not working. */
const DROPPED_OUT = [
  'quitté',
  'quitte prématurément',
  'décroch',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'n’est pas en formation',
  "n'est pas en formation",
  'ne travaill',
  'sans emploi',
  'ni emploi',
  'ni en emploi',
  'sans formation',
  'ni formation',
];

/** Compétences PEC: mobilised from the signature or the first months, over the contract. */
const PEC_TIMING = [
  'dès la signature',
  'signature du contrat',
  'premiers mois',
  'durée du pec',
  'durée du p.e.c',
  'durée du contrat',
  'pendant le contrat',
  'pendant son contrat',
  'pendant le pec',
  'au cours du contrat',
  'au cours du pec',
  'en cours de contrat',
  'en cours de pec',
  'tout au long du',
  'issue du contrat',
  'avant la fin',
  'fin du contrat',
  'fin de son contrat',
];
/** Compétences PEC is for people holding a PEC contract. */
const PEC_HOLDER = [
  'contrat pec',
  'contrat p.e.c',
  'en pec',
  'en p.e.c',
  'un pec',
  'un p.e.c',
  'd’un pec',
  "d'un pec",
  'signataire',
  'titulaire',
  'salariés en',
  'salarié en',
  'engagées dans un parcours',
  'engagés dans un parcours',
  'réservé',
];
const CERTIFICATIONS = ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa', 'certification'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir', 'savoir-faire', 'savoir faire'];
/** Public training programmes (Conseil régional…) open to RSA recipients and SIAE people. */
const COMMON_TRAINING = ['région', 'conseil régional', 'financeur', 'droit commun'];
const FLE = [
  'visée professionnelle',
  'langue étrangère',
  'fle ',
  '(fle)',
  'f.l.e',
  'primo-arrivant',
  'primo arrivant',
];

/** What a correct answer says where the agreement is silent. */
const SILENT = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'n’en dit rien',
  "n'en dit rien",
  'ne précise pas',
  'ne précise rien',
  'ne traite pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne mentionne pas',
  'ne mentionne rien',
  'ne fixe pas',
  'ne fixe aucune',
  'ne règle pas',
  'ne tranche pas',
  'ne couvre pas',
  'ne porte pas',
  'ne parle pas',
  'ne contient pas',
  'ne donne pas',
  'n’indique pas',
  "n'indique pas",
  'ne l’indique pas',
  "ne l'indique pas",
  'pas prévu',
  'rien de prévu',
  'aucune mention',
  'aucune information',
  'aucune précision',
  'pas d’information',
  "pas d'information",
  'pas dans l’accord',
  "pas dans l'accord",
  'rien sur',
  'hors du champ',
  'hors champ',
  'hors de mon',
  'hors périmètre',
  'hors du périmètre',
  'pas en mesure',
  'je ne peux pas',
  'je ne sais pas',
  'je n’ai pas',
  "je n'ai pas",
];
/** No age limit, no exclusion: the agreement sets none. */
const NO_LIMIT = [
  ...SILENT,
  'pas de limite',
  'aucune limite',
  'sans limite',
  'pas d’âge',
  "pas d'âge",
  'aucun âge',
  'pas de condition',
  'aucune condition',
  'pas de critère',
  'aucun critère',
  'n’exclut pas',
  "n'exclut pas",
  'pas exclu',
  'pas d’exclusion',
  "pas d'exclusion",
  'rien de spécifique',
  'rien de particulier',
];

/** The referent secures mobility and childcare with the person. */
const MATERIAL = ['conditions matérielles', 'référent', 'mobilité', 'garde d’enfants', "garde d'enfants"];

/** Figures: the 2022 targets of the action plan. */
const TARGET_30 = [' 30 ', '**30**', 'trente', '30 allocataires', '30 personnes', '30 bénéficiaires', ': 30'];
const TARGET_50 = [' 50 ', '**50**', 'cinquante', '50 allocataires', '50 personnes', '50 bénéficiaires', ': 50'];
const TARGET_10 = ['10 jeunes', 'dix jeunes', '10 personnes', 'dix personnes', '**10**', 'objectif de 10', 'objectif : 10', '10 bénéficiaires'];
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'pas de donnée',
  'aucune donnée',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'pas de décompte',
  'pas accès',
  'pas d’accès',
  "pas d'accès",
  'pas de suivi',
];

const FULL = ['complet', '0 place', 'aucune place', 'plus de place', 'pas de place', 'places : 0', 'plus aucune'];

// ── The set ─────────────────────────────────────────────────────────────────

export const SIXTY_SECOND_BLIND_SET: ConversationCase[] = [
  // ── Eligibility: one person, one message ──────────────────────────────────
  c('b62-brsa-52-pas-ft', ['rsa', 'france-travail', 'sms'], [
    turn('mme 52 ans brsa depuis 2019 pas inscrite a FT, prepa comp possible ?', 'eligibility', [FT_EITHER]),
  ]),
  c('b62-17-ans-11-mois', ['promo', 'age-boundary', 'typos'], [
    turn(
      'il a 17 ans et 11 mois, decrocheur depuis la seconde, pas de taf pas de formation. trop tard pr la promo 16 18 ??',
      'eligibility',
      [MINOR],
      ['2 à 8 jours'],
    ),
  ]),
  c('b62-19-ans-contrat-jeune-majeur', ['promo', 'ase', 'age-boundary'], [
    turn('jeune majeur 19a ex ASE (contrat jeune majeur), promo1618 envisageable ?', 'eligibility', [TOO_OLD]),
  ]),
  c('b62-15-ans-et-demi', ['promo', 'ase', 'age-boundary'], [
    turn('15 ans et demi, ASE, exclu du college en novembre, on peut le mettre sur la promo ?', 'eligibility', [
      FROM_16,
    ]),
  ]),
  c('b62-pec-finit-mois-prochain', ['pec', 'borderline'], [
    turn(
      'salariee en PEC a la mairie de moissac, son contrat se termine le mois prochain (fin fevrier). on peut encore lui faire competences pec ou c trop tard',
      'eligibility',
      [PEC_TIMING],
      ['13 semaines'],
    ),
  ]),
  c('b62-pec-signe-hier', ['pec', 'rsa'], [
    turn('il a signe son PEC hier (CAE dans une asso), BRSA. competences pec ok direct ?', 'eligibility', [
      ['dès la signature', 'signature du contrat', 'dès le début', 'immédiatement', 'tout de suite', 'premiers mois'],
    ]),
  ]),
  c('b62-pec-18-mois-fin-juin', ['pec', 'borderline'], [
    turn('PEC depuis 18 mois, fin en juin. competences pec encore jouable a ce stade ?', 'eligibility', [PEC_TIMING]),
  ]),
  c('b62-apprentissage-rompu', ['promo', 'apprenticeship', 'borderline'], [
    turn(
      'jeune 17 ans son contrat d apprentissage a ete rompu en decembre, il est chez lui depuis, il fait rien. promo 16/18 ?',
      'eligibility',
      [[...MINOR, ...DROPPED_OUT]],
    ),
  ]),
  c('b62-apprenti-en-cours', ['promo', 'apprenticeship', 'borderline'], [
    turn('et un apprenti de 17a encore en contrat, il peut faire la promo en parallele ?', 'eligibility', [
      [...DROPPED_OUT, 'déjà en formation', 'déjà en emploi', 'en contrat', 'en apprentissage', 'pas compatible'],
    ]),
  ]),
  c('b62-rsa-demande-en-cours', ['rsa', 'rsa-pending', 'borderline'], [
    turn(
      'dde de RSA en cours (deposee a la CAF la semaine derniere), pas encore de droit ouvert. je peux deja l orienter prepa comp ?',
      'eligibility',
      [[...ALLOCATAIRE, 'ouverture', 'droit ouvert', 'droits ouverts', 'une fois', 'dès que', 'dès l’ouverture', ...SILENT]],
    ),
  ]),
  c('b62-rqth-brsa', ['rsa', 'handicap', 'france-travail'], [
    turn(
      'BRSA 47 ans avec une RQTH (TH), pas inscrit FT. prepa possible ou il doit forcement passer par cap emploi ?',
      'eligibility',
      [FT_EITHER],
    ),
  ]),
  c('b62-primo-arrivant', ['rsa', 'language'], [
    turn('Monsieur 35 ans BRSA, primo arrivant, parle tres peu francais. prepa comp ou autre chose ?', 'eligibility', [
      FLE,
    ]),
  ]),
  c('b62-deja-en-formation', ['rsa', 'already-in-training'], [
    turn(
      'BRSA 29a deja en formation qualifiante soudeur a l afpa depuis novembre, on peut lui rajouter une prepa ?',
      'eligibility',
      [
        [
          'en amont',
          'avant l’entrée',
          "avant l'entrée",
          'entrée en formation',
          'préparer',
          'accès à la formation',
          'accès à la qualification',
          'déjà en formation',
        ],
      ],
    ),
  ]),
  c('b62-ni-rsa-ni-ft', ['prepa', 'not-rsa'], [
    turn('jeune femme 27 ans, ni RSA ni inscrite FT, juste suivie par nous en prevention. prepa ?', 'eligibility', [
      [
        'allocataire',
        'demandeur d’emploi',
        "demandeur d'emploi",
        'demandeurs d’emploi',
        "demandeurs d'emploi",
        'réservé',
        'pas éligible',
        'non éligible',
        'ne relève pas',
        'ne prévoit pas',
      ],
    ]),
  ]),
  c('b62-nee-03-05-2010', ['promo', 'ase', 'birth-date'], [
    turn('nee le 03/05/2010, ASE, plus scolarisee depuis juin. promo 16 18 ok ?', 'eligibility', [
      ['16 ans', 'seize ans', ...MINOR],
    ]),
  ]),
  c('b62-nee-2-dec-2008', ['promo', 'ase', 'birth-date', 'age-boundary'], [
    turn('nee le 2 dec 2008 ASE, decrocheuse, promo ?', 'eligibility', [['18 ans', 'dix-huit ans', ...TOO_OLD]]),
  ]),
  c('b62-et-si-cdi', ['pec', 'hypothesis'], [
    turn('et si la personne est en CDI temps partiel (pas un PEC), competences pec quand meme ?', 'eligibility', [
      PEC_HOLDER,
    ]),
  ]),
  c('b62-ase-18-en-decembre', ['promo', 'prepa', 'ase', 'age-boundary'], [
    turn('jeune ASE qui a eu 18 ans en decembre, plus eligible promo du coup ? prepa comp alors ?', 'eligibility', [
      TOO_OLD,
      ['allocataire', 'france travail', 'pôle emploi', 'demandeur'],
    ]),
  ]),
  c('b62-garantie-activite', ['rsa', 'common-training'], [
    turn(
      'allocataire en accompagnement global / garantie d activite, il peut acceder aux formations afpa de droit commun ?',
      'eligibility',
      [['région', 'conseil régional', 'financeur']],
    ),
  ]),
  c('b62-radie-ft', ['rsa', 'france-travail'], [
    turn('BRSA radie de FT le mois dernier (absence a convoc), ca bloque pour la prepa ?', 'eligibility', [FT_EITHER]),
  ]),
  c('b62-pec-rompu', ['pec', 'prepa', 'borderline'], [
    turn(
      'PEC rompu en novembre (l employeur a mis fin), il est de nouveau au RSA. competences pec ou prepa maintenant ?',
      'eligibility',
      [PREPA],
    ),
  ]),
  c('b62-ei-aide-soignante', ['siae', 'common-training'], [
    turn(
      'salariee d une entreprise d insertion (SIAE) avec un projet de formation aide soignante, elle a acces aux formations afpa ?',
      'eligibility',
      [[...COMMON_TRAINING, 'qualification']],
    ),
  ]),
  c('b62-et-si-cdd-pendant-prepa', ['prepa', 'hypothesis'], [
    turn('mr 41a BRSA entre en prepa volet 1 le 18. et si il retrouve un cdd pendant ?? il arrete ?', 'eligibility', [
      SILENT,
    ]),
  ]),
  c('b62-criteres-promo', ['promo', 'one-word'], [
    turn('criteres promo 16 18 ?', 'eligibility', [MINOR, DROPPED_OUT], ['2 à 8 jours']),
  ]),
  c('b62-prepa-pour-qui', ['prepa', 'one-word'], [
    turn('prepa : pour qui ?', 'eligibility', [
      ['rsa', 'allocataire'],
      [...FT_EITHER, 'éloigné', 'peu ou pas qualifi'],
    ]),
  ]),
  c('b62-pec-pour-qui', ['pec', 'one-word'], [
    turn('competences pec c pour qui', 'eligibility', [
      [...PEC_HOLDER, 'personnes en pec', 'bénéficiaires de pec', 'bénéficiaires d’un pec', "bénéficiaires d'un pec"],
    ]),
  ]),
  c('b62-dictee-allocation', ['rsa', 'france-travail', 'dictation'], [
    turn(
      "est-ce que mon allocation rsa de 58 ans qui n'est pas inscrite à France travail peut aller en prépa compétence",
      'eligibility',
      [FT_EITHER],
    ),
  ]),
  c('b62-deux-questions-prepa-infocoll', ['rsa', 'two-questions'], [
    turn('BRSA 26a pas FT : prepa ok ? et c quand la prochaine info coll ?', 'eligibility', [
      FT_EITHER,
      on('2027-01-14'),
    ], notOn('2027-01-07')),
  ]),
  c('b62-mdph-promo', ['promo', 'ase', 'handicap'], [
    turn('jeune ASE 16a avec notif MDPH (etait en IME jusqu en juin), promo 16/18 possible ?', 'eligibility', [
      MINOR,
      NO_LIMIT,
    ]),
  ]),
  c('b62-61-ans', ['prepa', 'age'], [
    turn('y a un age max pour la prepa ? mr a 61 ans BRSA', 'eligibility', [NO_LIMIT]),
  ]),
  c('b62-refaire-volet-2', ['prepa', 'hypothesis'], [
    turn('elle a deja fait prepa volet 1 l an dernier, elle peut enchainer sur un volet 2 ?', 'eligibility', [
      [...SILENT, 'à la carte', 'sécuriser', 'entrée en formation'],
    ]),
  ]),
  c('b62-pec-cap-emploi-pas-rsa', ['pec', 'handicap', 'not-rsa'], [
    turn(
      'salarie PEC TH prescrit par cap emploi, pas au RSA. c nous (CD) qui l orientons vers competences pec ?',
      'eligibility',
      [['allocataire', 'réservé aux', 'pour les bénéficiaires du rsa', 'au titre du rsa', 'bénéficiaires du rsa']],
    ),
  ]),
  c('b62-tom-sarah-yanis', ['promo', 'ase', 'several-people', 'age-boundary'], [
    turn('3 jeunes ASE : tom 15a, sarah 17a en decrochage, yanis 18 ans depuis octobre. qui peut aller promo ?', 'eligibility', [
      ['sarah'],
      ['16 ans', 'moins de 16', 'trop jeune', 'à partir de 16', 'pas encore 16'],
      ['18 ans', 'majeur', 'trop âgé', 'plus mineur', 'moins de 18'],
    ]),
  ]),
  c('b62-saisonniere', ['promo', 'borderline'], [
    turn('mineure 16a, a bosse 2 mois en saisonnier (cueillette) cet ete, sinon rien depuis le college. promo ?', 'eligibility', [
      [...DROPPED_OUT, ...SILENT, 'quitté le collège'],
    ]),
  ]),
  c('b62-trois-situations', ['several-people', 'rsa', 'pec', 'ase'], [
    turn(
      '3 situations svp : 1) mr 38a BRSA inscrit FT veut faire une formation cariste mais pas sur de lui 2) mme 44a BRSA en PEC depuis 3 mois dans un ehpad 3) jeune 16a ASE decroche depuis la 3e',
      'eligibility',
      [PREPA, PEC_PROG, PROMO],
    ),
  ]),
  c('b62-lucas-ines', ['several-people', 'promo', 'ase'], [
    turn(
      'deux jeunes ASE : lucas 17 ans en CAP au lycee pro, et ines 16 ans qui va plus en cours depuis septembre. lequel pour la promo ?',
      'eligibility',
      [['ines'], ['lucas'], ['en formation', 'scolarisé', 'déjà en', 'en cap', 'toujours en', 'en lycée']],
    ),
  ]),
  c('b62-couple-brsa', ['several-people', 'rsa', 'france-travail'], [
    turn('un couple au RSA, lui inscrit FT elle non. les deux en prepa c possible ?', 'eligibility', [
      FT_EITHER,
      ['les deux', 'tous les deux', 'tous deux', 'l’un comme l’autre', "l'un comme l'autre", 'chacun', 'les 2'],
    ]),
  ]),
  c('b62-absenteiste-inscrit', ['promo', 'ase', 'borderline'], [
    turn('ASE 17a toujours inscrit au lycee mais il y met plus les pieds depuis nov. promo ?', 'eligibility', [
      [...DROPPED_OUT, ...SILENT, 'déscolaris', 'plus scolaris', 'mission locale', 'c.i.o'],
    ]),
  ]),
  c('b62-interim', ['rsa', 'borderline'], [
    turn('BRSA 36 ans qui fait des missions d interim de tps en tps, prepa ok ?', 'eligibility', [
      [...ALLOCATAIRE, ...SILENT, 'éligible', 'peut en bénéficier', 'peut bénéficier'],
    ]),
  ]),
  c('b62-pec-caussade-et-ou', ['pec', 'rsa', 'two-questions'], [
    turn('mr en PEC espaces verts commune de caussade, BRSA : competences pec ? et ca se passe ou ?', 'eligibility', [
      [...PEC_TIMING, 'employeur', ...PEC_DAYS, 'éligible'],
      ['montauban', 'distance', 'distanciel', 'délocalis'],
    ]),
  ]),
  c('b62-16-ans-lundi-prochain', ['promo', 'ase', 'birth-date', 'age-boundary'], [
    turn('elle a ses 16 ans lundi prochain (le 18), promo 1618 des maintenant ou faut attendre ?', 'eligibility', [
      ['16 ans', 'seize ans', 'à partir du 18', 'dès le 18', 'lundi 18'],
    ]),
  ]),

  // ── Eligibility over several messages ─────────────────────────────────────
  c('b62-ase-16-puis-17', ['promo', 'ase', 'correction'], [
    turn('jai une jeune ASE 16 ans sortie du lycee en juin, elle fait rien. promo 1618 ?', 'eligibility', [MINOR]),
    turn('ah non pardon elle a 17 ans pas 16, ca change qqch ?', 'eligibility', [
      ['ne change', 'change rien', 'toujours', 'reste', 'également', 'aussi', ...MINOR],
    ]),
    turn('et ca dure cb de temps', 'dispositif', [PROMO_WEEKS], ['2 à 8 jours']),
  ]),
  c('b62-aura-18-en-mars', ['promo', 'ase', 'age-boundary'], [
    turn('jeune ASE, elle aura 18 en mars. elle peut encore rentrer sur la promo ?', 'eligibility', [
      [...MINOR, '17 ans', 'avant mars'],
    ]),
    turn('prochaine entree c quand', 'agenda', [on('2027-02-01'), ['montauban']], [
      ...notOn('2027-01-18'),
      ...notOn('2027-01-07'),
    ]),
  ]),
  c('b62-cddi-aci', ['siae', 'pec'], [
    turn('salarie en CDDI dans un ACI, c un pec ca ? il peut faire competences pec ?', 'eligibility', [
      [...PEC_HOLDER, 'pas un pec', 'n’est pas un', "n'est pas un", 'différent', 'pas le même', 'pas la même'],
    ]),
    turn('ok du coup y a quoi pour lui', 'eligibility', [[...RSFP, ...COMMON_TRAINING, 'qualification']]),
  ]),
  c('b62-pec-puis-plus-rsa', ['pec', 'rsa', 'correction'], [
    turn('mme 33a brsa en PEC depuis octobre (mairie). competences pec ?', 'eligibility', [
      [...PEC_TIMING, 'employeur', ...PEC_DAYS, 'éligible', 'peut en bénéficier'],
    ]),
    turn('ah non erreur elle touche plus le rsa depuis le pec', 'eligibility', [
      ['france travail', 'pôle emploi', 'mission locale', 'cap emploi', 'prescripteur', 'allocataire'],
    ]),
    turn('ok et ca dure combien', 'dispositif', [PEC_DAYS], ['13 semaines', '2 à 8 jours']),
  ]),
  c('b62-ne-20-01-2011', ['promo', 'birth-date', 'age-boundary'], [
    turn('ne le 20/01/2011, ASE, plus de college depuis 1 an. promo ?', 'eligibility', [
      ['16 ans', 'seize ans', '20 janvier'],
    ]),
    turn('donc pour l entree du 1er fevrier c bon ?', 'eligibility', [['16 ans', 'seize ans']]),
  ]),
  c('b62-castel-longue', ['rsa', 'france-travail', 'rambling'], [
    turn(
      'bonjour, alors voila je suis ref RSA sur le secteur de castel, j ai une dame de 39 ans, 3 enfants, au RSA depuis 2021, elle a travaille en restauration avant, pas de diplome, elle voudrait faire une formation mais elle a peur de pas y arriver, elle est pas inscrite a FT parce que elle est en accompagnement social chez nous, je pensais a la prepa mais je sais pas quel volet et si c possible pour elle sans FT merci',
      'eligibility',
      [FT_EITHER],
    ),
    turn('et y a des sessions vers castelsarrasin ?', 'agenda', [[...on('2027-02-15'), ...on('2027-01-21')]], notOn('2027-01-07')),
  ]),
  c('b62-plus-ase-chez-mere', ['promo', 'ase', 'correction'], [
    turn('jeune 17a confie a l ase, decroche depuis la 1ere. promo ?', 'eligibility', [MINOR]),
    turn('ah non il est plus ase, il est retourne chez sa mere', 'eligibility', [
      [
        'mission locale',
        'missions locales',
        'c.i.o',
        'centre d’information',
        "centre d'information",
        'ne change',
        'toujours',
        'reste',
        'mineur',
        'décroch',
      ],
    ]),
    turn('faut l accord de sa mere ?', 'dispositif', [PARENTS]),
  ]),
  c('b62-nee-en-2011', ['promo', 'birth-date', 'age-boundary'], [
    turn('jeune ASE nee en 2011, promo ok ?', 'eligibility', [
      ['16 ans', 'date de naissance', 'date exacte', 'quel mois', 'quelle date', 'selon', 'dépend'],
    ]),
    turn('le 4 janvier 2011', 'eligibility', [['16 ans', 'seize ans']]),
  ]),
  c('b62-mere-isolee-logistique', ['rsa', 'france-travail', 'correction'], [
    turn('mme 31a BRSA mere isolee 2 enfants, veut bosser dans la logistique. prepa ?', 'eligibility', [
      [...ALLOCATAIRE, ...FT_EITHER, 'éligible', 'peut en bénéficier', 'peut bénéficier', 'peut entrer'],
    ]),
    turn('ah et elle est pas inscrite FT j ai oublie', 'eligibility', [FT_EITHER]),
    turn('y a une reunion sur les metiers de la logistique bientot ?', 'agenda', [on('2027-01-26'), ['montauban']], [
      ...notOn('2027-02-23'),
    ]),
  ]),

  // ── The programmes ────────────────────────────────────────────────────────
  c('b62-prepa-duree', ['prepa', 'sms'], [
    turn('prepa comp ca dure cb', 'dispositif', [PREPA_DAYS, TWO_WEEKS], ['13 semaines']),
  ]),
  c('b62-volet1-volet2', ['prepa'], [
    turn('diff entre volet 1 et volet 2 ?', 'dispositif', [
      ['consolider', 'projet professionnel', 'projet pro'],
      ['sécuriser', 'entrée en formation'],
    ]),
  ]),
  c('b62-promo-jours', ['promo'], [
    turn('la promo 1618 c tous les jours ?', 'dispositif', [MON_THU], ['2 à 8 jours']),
  ]),
  c('b62-pec-au-bout', ['pec'], [
    turn('competences pec ca mene a quoi au bout', 'dispositif', [CERTIFICATIONS], ['13 semaines']),
  ]),
  c('b62-bilan-fin-prepa', ['prepa'], [
    turn('a la fin de la prepa on a un retour nous ?', 'dispositif', [['bilan'], ['référent', 'vous']]),
  ]),
  c('b62-prepa-distance', ['prepa'], [
    turn('prepa faisable a distance ?', 'dispositif', [['tout ou partie', 'présentiel', 'en partie', 'mixte']]),
  ]),
  c('b62-promo-apres', ['promo'], [
    turn('promo : y a un suivi apres la fin ?', 'dispositif', [['6 mois', 'six mois']]),
  ]),
  c('b62-prepa-que-montauban', ['prepa', 'place'], [
    turn('prepa c que a montauban ?', 'dispositif', [
      [
        'délocalis',
        'ensemble du département',
        'tout le département',
        'dans le département',
        'ailleurs',
        'castelsarrasin',
        'moissac',
        'valence',
        'distance',
      ],
    ]),
  ]),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c('b62-next-infocoll-prepa', ['prepa', 'info-coll'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['montauban']], [
      ...notOn('2027-01-07'),
      ...notOn('2027-02-09'),
      ...notOn('2027-03-17'),
    ]),
  ]),
  c('b62-volet2-entrees', ['prepa', 'entries', 'full'], [
    turn('entrees prepa volet 2 ?', 'agenda', [FULL, on('2027-02-15')], notOn('2027-01-07')),
  ]),
  c('b62-jpo', ['jpo', 'one-word'], [
    turn('jpo ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-14'),
      ...notOn('2027-01-19'),
    ]),
  ]),
  c('b62-infocoll-promo', ['promo', 'info-coll'], [
    turn('info coll promo 16 18 c quand', 'agenda', [on('2027-03-17'), ['montauban']], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-09'),
    ]),
  ]),
  c('b62-infocoll-pec', ['pec', 'info-coll'], [
    turn('y a une info coll pour les PEC ?', 'agenda', [on('2027-02-09'), ['moissac']], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-11'),
    ]),
  ]),
  c('b62-plaquiste', ['places', 'full'], [
    turn('places plaquiste ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b62-reunion-batiment', ['reunion-metier'], [
    turn('reunion metiers batiment c quand et ou', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b62-pec-atelier-2', ['pec', 'entries'], [
    turn('prochaine entree competences pec atelier 2 ?', 'agenda', [on('2027-01-20')], notOn('2027-01-18')),
  ]),
  c('b62-visite-soudure', ['visite', 'typos'], [
    turn('visite du plateau soudre c quand', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b62-valence', ['place'], [
    turn('un truc prevu vers valence d agen ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
  ]),
  c('b62-soudeur-places', ['places'], [
    turn('il reste de la place en soudeur ?', 'agenda', [seats(4), on('2027-02-01')], ['maçon', 'cariste', 'plaquiste']),
  ]),

  // ── Outside the agreement ─────────────────────────────────────────────────
  c('b62-remuneration', ['prepa'], [
    turn('elle est payee pendant la prepa ? elle touche qqch en plus du rsa ?', 'out_of_scope', [SILENT]),
  ]),
  c('b62-frais-trajet', ['mobility'], [
    turn('les trajets jusqu a montauban sont rembourses ?', 'out_of_scope', [[...SILENT, ...MATERIAL]]),
  ]),
  c('b62-montant-rsa', ['rsa'], [
    turn('montant du rsa pour un couple sans enfant en 2027 ?', 'out_of_scope', [[...SILENT, 'caf', 'hors']]),
  ]),
  c('b62-creche', ['childcare'], [
    turn('qui garde ses enfants pendant la prepa, l afpa a une creche ?', 'out_of_scope', [[...SILENT, ...MATERIAL]]),
  ]),
  c('b62-hebergement-promo', ['promo'], [
    turn('les jeunes de la promo peuvent dormir sur place ? internat ?', 'out_of_scope', [SILENT]),
  ]),
  c('b62-neige', ['chit-chat'], [
    turn('tu sais s il va neiger demain sur montauban', 'out_of_scope', [
      [...SILENT, 'hors', 'uniquement', 'seulement', 'pas de météo'],
    ]),
  ]),

  // ── Contacts, figures, prescribing, small talk ────────────────────────────
  c('b62-contact-deploiement', ['contact'], [
    turn('c qui a l afpa qui gere le deploiement prepa / pec / promo ?', 'contact', [['battedou']]),
  ]),
  c('b62-directeur', ['contact'], [
    turn('le directeur du centre afpa montauban c qui deja', 'contact', [['vella']]),
  ]),
  c('b62-objectifs', ['figures'], [
    turn('objectif BRSA en prepa ?', 'figures', [TARGET_30]),
    turn('et en competences pec ?', 'figures', [TARGET_50]),
  ]),
  c('b62-objectif-ase', ['figures', 'ase'], [
    turn('cb de jeunes ASE vers la promo c prevu ?', 'figures', [TARGET_10]),
  ]),
  c('b62-pec-combien-entrees', ['figures', 'pec'], [
    turn('on a fait combien d entrees competences pec depuis le debut ?', 'figures', [TARGET_50, NOT_YET]),
  ]),
  c('b62-prescrire-prepa', ['prepa'], [
    turn('je voudrais prescrire une prepa comp pour Mme D., brsa', 'prescribe', [
      ['formulaire', 'panda', 'adhésion', 'prescription', 'nom'],
    ]),
  ]),
  c('b62-inscrire-promo', ['promo'], [
    turn('pour la promo c moi qui l inscris ou la mission locale ?', 'prescribe', [
      [
        'panda',
        'vous l’inscrivez',
        "vous l'inscrivez",
        'vous-même',
        'vous même',
        'inscrit le jeune',
        'invite le jeune',
        'c’est vous',
        "c'est vous",
      ],
    ]),
  ]),
  c('b62-pec-accord-employeur', ['pec'], [
    turn('pour competences pec faut l accord de l employeur avant de prescrire ?', 'prescribe', [
      [
        'recueill',
        'son accord',
        'accord de l’employeur',
        "accord de l'employeur",
        'accord de son employeur',
        'informe',
        'il faut',
        'nécessaire',
      ],
    ]),
  ]),
  c('b62-qui-prescrit-ft', ['prepa', 'france-travail'], [
    turn('il est inscrit a FT, c moi (referente CD) qui prescris la prepa ou son conseiller FT ?', 'prescribe', [
      ['directement', 'sans contrepartie', 'vous pouvez'],
    ]),
  ]),
  c('b62-merci', ['small-talk'], [
    turn('ok merci bcp', 'other', [
      [
        'de rien',
        'avec plaisir',
        'je vous en prie',
        'bonne journée',
        'à votre disposition',
        'n’hésitez',
        "n'hésitez",
        'je reste',
        'à bientôt',
        'volontiers',
      ],
    ]),
  ]),
  c('b62-slt', ['small-talk', 'one-word'], [
    turn('slt', 'other', [['bonjour', 'salut', 'hello', 'je peux', 'aider']]),
  ]),
];
