/**
 * Eighty-ninth blind set. Who speaks: supervisors and pilots of the Département de
 * Tarn-et-Garonne and AFPA's regional managers (indicators and yearly targets of the action
 * plan, governance, duration and renewal of the agreement, costs and funding, comparisons of
 * the three programmes), and référents insertion typing in Teams (abbreviations, no accents,
 * typos, SMS style, rambling, « elle me demande si… », a person's case mixed with an agenda
 * request, follow-ups that only make sense after the previous turn).
 *
 * Written blind from the agreement (seed), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case whose tags get the intents of its turns, plus « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with a straight and a typographic apostrophe. */
const apos = (...xs: string[]): string[] =>
  xs.flatMap((x) => (x.includes("'") ? [x, x.replace(/'/g, '’')] : [x]));

/** A number of places, as the fixture's helper writes it plus « (4 places) ». */
const places = (n: number): string[] => [...seats(n), `(${n} place`];

/** A yearly target of the action plan, however the answer puts it next to its number. */
const target = (n: number, word: string): string[] => [
  `${n} allocataires`,
  `${n} bénéficiaires`,
  `${n} personnes`,
  `${n} jeunes`,
  `${n} entrées`,
  `${n} orient`,
  `${n} BRSA`,
  `${n} RSA`,
  `${n} ASE`,
  `: ${n}`,
  `objectif de ${n}`,
  `(${n})`,
  `${n} pour`,
  `${n} en `,
  `${n} dans`,
  `${n} au `,
  word,
];

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_2_8 = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2 jours et 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const VOLET1_DAYS = ['5 à 6 jours', '5 et 6 jours', '5 ou 6 jours', 'cinq à six jours', 'cinq ou six jours', '5-6 jours', '5 à 6 j'];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours', '4 à 8 j'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_13 = ['13 semaines', 'treize semaines'];
const MONTHS_3 = ['3 mois', 'trois mois'];
const MONTHS_4 = ['4 mois', 'quatre mois'];
const PROMO_LENGTH = [...PROMO_13, ...MONTHS_3];
const MON_THU = apos(
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  "lundi jusqu'au jeudi",
  '4 jours par semaine',
  'quatre jours par semaine',
);
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const RSFP = ['RSFP', 'R.S.F.P', 'savoir-faire', 'savoir faire'];
const CLEA = ['CléA', 'clea'];
const CERTIFICATIONS = [...VAE, ...RSFP, ...CLEA];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3,5 j', 'trois jours et demi', '3 jours et demi', '3 jours 1/2'];
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'pas de contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'aucun frais',
  'rien à payer',
  'ne coûte rien',
  'pas payant',
  'aucune participation',
  'sans participation',
  'ne paie pas',
  'ne paye pas',
  'ne verse rien',
  'rien à verser',
];
const STATE = ['État', 'PIC', 'P.I.C', 'investissement dans les compétences'];
const TWO_YEARS = ['2 ans', 'deux ans', '2 années', 'deux années'];
const FROM_2022 = ['janvier 2022', '01/01/2022', '1/1/2022', '2022-01-01'];
const AVENANT = ['avenant'];
const NOTICE_2M = ['2 mois', 'deux mois'];
const YEARLY = ['1 fois par an', 'une fois par an', 'au moins une fois', 'au moins 1 fois', 'annuel', 'chaque année', 'par an'];
const QUARTERLY = ['trimestr', 'tous les 3 mois', 'tous les trois mois'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois', 'par mois'];
const DGEFP = apos('DGEFP', 'D.G.E.F.P', "délégation générale à l'emploi");
const DDETS = ['DDETS', 'D.D.E.T.S', 'directions départementales'];
const VELLA = ['Vella'];
const BATTEDOU = ['Battedou'];
const WEILL = ['Weill'];
const RAP = ['Responsable Accompagnement et Parcours', 'responsable accompagnement', 'accompagnement et parcours'];
const DIRECTOR = ['directeur', 'direction du centre', 'dirige'];
const COORD = ['coordonnateur', 'coordinateur', 'coordination', 'coordonne'];
const PANDA = ['Panda'];
const HABILIT = ['habilit'];
const BILAN = ['bilan individuel', 'bilan'];
const MONTAUBAN = ['Montauban'];
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];
const ONSITE = ['présentiel', 'sur place', 'dans le centre'];
const EMPLOYER = ['employeur'];
const ADHESION = ['adhésion', 'accord', 'consentement', "d'accord", 'd’accord'];
const ML_CIO = ['mission locale', 'missions locales', 'CIO', 'C.I.O'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const SIXTEEN_EIGHTEEN = ['16', 'mineur', 'seize'];

/** « The agreement does not say / does not cover it », in many wordings. */
const NOT_COVERED = apos(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne le précise',
  'pas précisé',
  'non précisé',
  'hors',
  'pas prévu',
  'non prévu',
  "rien n'est prévu",
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'pas cette information',
  "pas d'information",
  "n'ai pas d'information",
  "n'aborde pas",
  'pas abordé',
  'ne mentionne pas',
  'pas mentionné',
  'aucune mention',
  'ne traite pas',
  'ne parle pas',
  "n'en parle pas",
  "n'évoque pas",
  'ne fixe pas',
  'ne contient pas',
  'ne figure pas',
  'ne figure nulle part',
  "n'indique pas",
  'ne donne pas',
  'ne dispose pas',
  'ne sais pas',
  'ne porte pas',
  'aucune disposition',
  'rien sur',
  'silencieux',
  'ne répond pas',
  'pas de réponse',
  'ne relève pas',
  'ne peux pas vous répondre',
  'ne peux pas répondre',
  'pas en mesure',
  'pas dans',
);

/** Indicators not available yet, or counted at zero. */
const FIG_NONE = apos(
  'pas encore',
  'aucun',
  'aucune',
  'pas de donnée',
  'pas de chiffre',
  'pas disponible',
  'non disponible',
  'indisponible',
  'ne dispose pas',
  "n'est pas encore",
  'pas accès',
  'zéro',
  ' 0 ',
  ': 0',
  '0/',
  '0 sur',
  '0 entr',
  '0 personne',
);

/** A positive verdict. */
const ELIGIBLE = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut suivre',
  'peut intégrer',
  'peut être orienté',
  'peut y accéder',
  'peut accéder',
  'peut le faire',
  'peut faire',
  'peut y participer',
  'peut participer',
  'correspond',
  'oui',
  'relève',
  'ouvert à',
  'accessible',
  'tout à fait',
];
/** What a positive verdict must not say. */
const NEGATIVE = apos(
  'pas éligible',
  'non éligible',
  'inéligible',
  "n'est pas possible",
  'ne peut pas en bénéficier',
  'ne peut pas entrer',
  'ne peut pas suivre',
  'ne peut pas faire',
  'ne peut pas intégrer',
);
/** A negative verdict. */
const NOT_ELIGIBLE = apos(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'réservé',
  'ne relève pas',
  'pas concerné',
  'pas le public',
  'ne fait pas partie',
  "ne s'adresse pas",
  "n'entre pas",
  'ne rentre pas',
  'pas accessible',
  'exclu',
  'non,',
  'non.',
  'malheureusement',
);
/** What a negative verdict must not say. */
const YES_CAN = ['oui, il peut', 'oui il peut', 'oui, elle peut', 'oui elle peut'];
const POSITIVE = [...YES_CAN, 'il est éligible', 'elle est éligible', 'est bien éligible'];

const FULL = [
  'complet',
  'complète',
  ...seats(0),
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
];

const FORM = apos(
  'formulaire',
  'remplir',
  'remplissez',
  'renseign',
  'compléter',
  'complétez',
  'prénom',
  'coordonnées',
  'envoyer',
  'envoyez',
  'étape',
  'Panda',
  'fiche',
);
const GREET = ['bonjour', 'salut', 'hello', 'bienvenue', 'je peux vous aider', 'puis-je', 'je suis'];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'Prépa'];
const THANKS = apos('de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', "n'hésitez", 'à votre service', 'plaisir');
const CANCEL = apos('annul', 'abandon', "d'accord", 'ok', 'arrêt', "c'est noté", 'pas de souci', 'aucun problème', 'entendu');

// Trainings of Info Places that a one-trade answer must not list.
const SOUDEUR = 'soudeur';
const CARISTE = 'cariste';
const PLAQUISTE = 'plaquiste';
const MACON = 'maçon';
const PROPRETE = 'propreté';

export const EIGHTY_NINTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif: facts of the three programmes and of the agreement ────────
  c('b89-dispo-prepa-quoi-duree', ['two-questions'], [
    turn('cest quoi exactement la prepa comp ? et ca dure cmb de temps', 'dispositif', [
      PREPA_2_8,
      ['projet', 'formation'],
    ], PROMO_13),
  ]),
  c('b89-dispo-volets-difference', [], [
    turn('diff entre volet 1 et volet 2 de prepa comp ? je melange tjrs', 'dispositif', [
      VOLET1_DAYS,
      VOLET2_DAYS,
      ['projet'],
      ['entrée en formation', 'sécuris'],
    ], PROMO_13),
  ]),
  c('b89-dispo-pec-duree-certif', ['two-questions'], [
    turn('competences PEC ca dure combien de jours et ca debouche sur quoi, une certif ?', 'dispositif', [
      PEC_DAYS,
      CERTIFICATIONS,
    ], [...PROMO_13, '2 à 8 jours']),
  ]),
  c('b89-dispo-promo-duree-rythme', ['two-questions'], [
    turn('la promo 1618 c combien de temps et c tous les jours de la semaine ?', 'dispositif', [
      PROMO_LENGTH,
      MON_THU,
    ], ['2 à 8 jours']),
  ]),
  c('b89-dispo-compare-durees-copil', ['manager', 'comparison'], [
    turn(
      'Bonjour, pour la note au comité de pilotage je dois présenter les trois dispositifs côte à côte. Pouvez-vous me redonner la durée de chacun (Prépa Compétences, Compétences PEC, La Promo 16/18) ? Merci',
      'dispositif',
      [PREPA_2_8, PEC_DAYS, PROMO_LENGTH],
    ),
  ]),
  c('b89-dispo-compare-modalites', ['manager', 'comparison'], [
    turn('les 3 dispositifs se font a distance ou en presentiel ? je dois faire un tableau comparatif', 'dispositif', [
      DISTANCE,
      ONSITE,
      [...MON_THU, 'uniquement en présentiel', 'seulement en présentiel', 'entièrement en présentiel', 'que en présentiel', 'qu’en présentiel', "qu'en présentiel"],
    ]),
  ]),
  c('b89-dispo-cout-financement', ['manager', 'two-questions'], [
    turn('Combien coûte au Département une prescription Prépa Compétences, et qui finance le dispositif ?', 'dispositif', [
      FREE,
      STATE,
    ]),
  ]),
  c('b89-dispo-convention-duree-renouvellement', ['manager', 'two-questions'], [
    turn('La convention CD / AFPA court sur combien de temps, à partir de quand, et comment elle se renouvelle ?', 'dispositif', [
      TWO_YEARS,
      FROM_2022,
      AVENANT,
    ]),
  ]),
  c('b89-dispo-copil-frequence-membres', ['manager', 'governance', 'two-questions'], [
    turn("le comite de pilotage de l'accord se reunit tous les combien et qui y siege ?", 'dispositif', [
      YEARLY,
      ['Département', 'CD82', 'conseil départemental'],
    ]),
  ]),
  c('b89-dispo-copil-role', ['manager', 'governance'], [
    turn('concretement il sert a quoi le copil de l accord de partenariat ?', 'dispositif', [
      ['quantitatif', 'qualitatif'],
      apos('amélioration', "plan d'action", 'indicateurs'),
    ]),
  ]),
  c('b89-dispo-copil-national', ['manager', 'governance', 'two-questions'], [
    turn('au niveau national y a un copil des dispositifs ? il se reunit quand et c qui qui pilote', 'dispositif', [
      QUARTERLY,
      DGEFP,
    ]),
  ]),
  c('b89-dispo-reporting-dgefp', ['manager', 'reports'], [
    turn("l'AFPA transmet quoi a la DGEFP et a quel rythme ? tableau de bord ?", 'dispositif', [
      [...MONTHLY, ...QUARTERLY],
      ['tableau de bord', 'bilan'],
    ]),
  ]),
  c('b89-dispo-bilan-annuel-departemental', ['manager', 'reports'], [
    turn('le bilan annuel departemental par dispositif il est envoye a qui ?', 'dispositif', [DDETS]),
  ]),
  c('b89-dispo-promo-phases', [], [
    turn('les differentes phases de la promo 16 18 svp', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['suite'],
    ], ['2 à 8 jours']),
  ]),
  c('b89-dispo-promo-accompagnement-prolonge', [], [
    turn('apres la promo 1618 le jeune est encore suivi ou on le lache dans la nature ?', 'dispositif', [
      SIX_MONTHS,
      ML_CIO,
    ]),
  ]),
  c('b89-dispo-promo-13-ou-4-mois', [], [
    turn("on m'a dit 4 mois pour la promo, c 13 semaines ou 4 mois ?? faudrait savoir", 'dispositif', [
      PROMO_LENGTH,
      MONTHS_4,
    ]),
  ]),
  c('b89-dispo-pec-portefeuille-phases', ['two-questions'], [
    turn('Competences PEC : y a un portefeuille de competences pour chaque personne ? et ca se deroule en combien de phases', 'dispositif', [
      ['portefeuille'],
      ['5 phases', 'cinq phases'],
    ]),
  ]),
  c('b89-dispo-campagne-dates', ['manager', 'two-questions'], [
    turn(
      "jusqu'a quand on pouvait faire entrer des BRSA dans l'experimentation, et les parcours devaient etre finis quand ?",
      'dispositif',
      [
        ['31 décembre 2022', '31/12/2022', 'fin 2022', '31 déc'],
        ['30 avril 2023', '30/04/2023', '30 avr'],
      ],
    ),
  ]),
  c('b89-dispo-poursuite-2023', ['manager'], [
    turn("la poursuite de l'experimentation en 2023 c'etait prevu ? qui decide ?", 'dispositif', [
      ['État'],
      ['résultats', 'financement'],
    ]),
  ]),
  c('b89-dispo-prepa-apres-formation', ['forwarded'], [
    turn(
      "elle me demande si apres la prepa comp la personne est obligee de faire sa formation a l'afpa ou si elle peut aller ailleurs",
      'dispositif',
      [['autre organisme', 'hors AFPA', 'hors A.F.P.A', 'ailleurs', 'autres organismes', 'ou dans un autre']],
    ),
  ]),
  c('b89-dispo-budget-cd', ['manager'], [
    turn('Quel budget le CD verse-t-il à l’AFPA chaque année au titre de ces dispositifs ?', 'dispositif', [
      [...FREE, 'aucun budget', 'pas de budget', ...NOT_COVERED],
      STATE,
    ]),
  ]),
  c('b89-dispo-validation-plan-indicateurs', ['manager', 'governance'], [
    turn("qui valide le plan d'action operationnel et les indicateurs de resultat ?", 'dispositif', [
      ['comité de pilotage', 'copil'],
      ['première réunion', 'premiere reunion', '1re réunion', '1ère réunion', 'premier'],
    ]),
  ]),
  c('b89-mt-compare-durees', ['comparison'], [
    turn('prepa comp ca dure combien', 'dispositif', [PREPA_2_8], PROMO_13),
    turn('et competences pec ?', 'dispositif', [PEC_DAYS], PROMO_13),
    turn('et la promo ?', 'dispositif', [PROMO_LENGTH]),
  ]),
  c('b89-mt-convention', ['manager'], [
    turn('la convention a ete signee pour combien de temps ?', 'dispositif', [TWO_YEARS]),
    turn('elle peut etre modifiee en cours de route ?', 'dispositif', [AVENANT]),
    turn('et si une des parties veut arreter ?', 'dispositif', [NOTICE_2M]),
  ]),
  c('b89-mt-cout-financeur', ['manager'], [
    turn('prepa comp c payant pour le CD ?', 'dispositif', [FREE]),
    turn('et qui paye alors ?', 'dispositif', [STATE]),
  ]),
  c('b89-mt-promo-public-prescripteur', [], [
    turn('la promo 1618 c pour qui exactement', 'dispositif', [
      SIXTEEN_EIGHTEEN,
      ['décroch', 'quitté', 'ni en formation', 'pas en formation', 'sans formation', 'ne travaillent pas'],
    ]),
    turn('et qui peut les orienter dessus ?', 'dispositif', [ML_CIO]),
  ]),

  // ── agenda: against the fixture (today Monday 11 January 2027) ─────────────
  c('b89-ag-infocoll-castel-places', [], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-02-09'),
      ...notOn('2027-03-17'),
    ]),
    turn('et a castel ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
    turn('il reste de la place ?', 'agenda', [places(12)]),
  ]),
  c('b89-ag-jpo-moissac', [], [
    turn('c quand la prochaine JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
  ]),
  c('b89-ag-volet2-places', [], [
    turn('prochaine entree prepa volet 2 ?', 'agenda', [[...on('2027-01-25'), ...on('2027-02-15')]], [
      ...notOn('2027-01-18'),
      ...notOn('2027-02-08'),
    ]),
    turn('il reste de la place ?', 'agenda', [FULL, places(5)]),
  ]),
  c('b89-ag-soudure-maconnerie', [], [
    turn('il reste des places en soudure a l afpa ?', 'agenda', [places(4), on('2027-02-01')], [
      CARISTE,
      PLAQUISTE,
      MACON,
      PROPRETE,
    ]),
    turn('et en maconnerie ?', 'agenda', [places(3), on('2027-02-15')], [SOUDEUR, CARISTE]),
  ]),
  c('b89-ag-visites-plateau', [], [
    turn('prochaines visites de plateau technique ?', 'agenda', [on('2027-01-19'), on('2027-03-10')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-07'),
    ]),
  ]),
  c('b89-ag-reunions-metiers', [], [
    turn('reunion metier logistique c quand ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    turn('et batiment ? c ou ?', 'agenda', [on('2027-02-23'), ['Caussade']], notOn('2027-01-26')),
    turn('a quelle heure ?', 'agenda', [['14h', '14 h', '14:00', '14 heures']]),
  ]),
  c('b89-ag-cette-semaine', [], [
    turn("quoi de prevu cette semaine a l'afpa ?", 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
  ]),
  c('b89-ag-semaine-pro-montauban', [], [
    turn('la semaine pro a montauban il y a quoi ?', 'agenda', [
      [...on('2027-01-18'), ...on('2027-01-19'), ...on('2027-01-20')],
    ], [...notOn('2027-01-21'), ...notOn('2027-01-14')]),
  ]),
  c('b89-ag-pec-atelier2', ['two-questions'], [
    turn('prochaine entree competences PEC atelier 2 et il y a combien de places ?', 'agenda', [
      on('2027-01-20'),
      places(4),
    ], notOn('2027-02-10')),
    turn('et a distance ?', 'agenda', [on('2027-03-03'), places(3)]),
  ]),
  c('b89-ag-promo-session-infocoll', ['two-questions'], [
    turn('prochaine session promo 1618 ? combien de places', 'agenda', [on('2027-02-01'), places(10)]),
    turn('y a une info coll pour les jeunes et les parents ?', 'agenda', [on('2027-03-17')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-09'),
    ]),
  ]),
  c('b89-ag-prepa-distance', [], [
    turn('y a une session prepa comp a distance bientot ? mon monsieur a pas de voiture', 'agenda', [
      on('2027-02-08'),
      places(8),
    ]),
  ]),
  c('b89-ag-plaquiste-complet', [], [
    turn('plaquiste il reste de la place ?', 'agenda', [FULL], [SOUDEUR, CARISTE]),
  ]),
  c('b89-ag-logistique-formations', [], [
    turn('formations logistique avec des places dispo en ce moment ?', 'agenda', [
      [CARISTE],
      ['préparateur'],
    ], [SOUDEUR, PLAQUISTE]),
  ]),
  c('b89-ag-restauration', ['two-questions'], [
    turn('agent de restau c ou et ca commence quand ?', 'agenda', [['Caussade'], on('2027-03-15')], [
      SOUDEUR,
      CARISTE,
    ]),
  ]),
  c('b89-ag-moissac', [], [
    turn("qu'est ce qui se passe a moissac ces prochaines semaines", 'agenda', [
      [...on('2027-02-09'), ...on('2027-02-17'), ...on('2027-02-22'), ...on('2027-03-08')],
    ], [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-23')]),
  ]),
  c('b89-ag-fevrier-montauban', ['manager'], [
    turn('Quels sont les événements de février à Montauban ?', 'agenda', [on('2027-02-03'), on('2027-02-11')], [
      ...notOn('2027-02-09'),
      ...notOn('2027-02-17'),
      ...notOn('2027-02-23'),
    ]),
  ]),

  // ── eligibility: a person described, with or without an agenda request ───
  c('b89-el-brsa-non-ft', [], [
    turn('Mme 52a BRSA, pas inscrite FT, prepa comp possible ??', 'eligibility', [ELIGIBLE], NEGATIVE),
  ]),
  c('b89-el-mix-brsa-volet1', ['two-questions', 'mixed-agenda'], [
    turn(
      "j'ai un monsieur BRSA 44 ans pas inscrit a FT qui veut retravailler son projet pro, il peut aller en prepa comp ? et c quand la prochaine entree ?",
      'eligibility',
      [ELIGIBLE, on('2027-01-18')],
      NEGATIVE,
    ),
  ]),
  c('b89-el-mix-ase-promo', ['two-questions', 'mixed-agenda'], [
    turn(
      'jeune ASE 17 ans decrocheur depuis septembre, ni formation ni taf. promo 1618 possible ? prochaine entree ?',
      'eligibility',
      [ELIGIBLE, on('2027-02-01')],
      NEGATIVE,
    ),
  ]),
  c('b89-el-pec-puis-infocoll', ['mixed-agenda'], [
    turn(
      'BRSA en contrat PEC a la mairie de caussade depuis 1 mois, elle peut faire competences pec ?',
      'eligibility',
      [ELIGIBLE, EMPLOYER],
      NEGATIVE,
    ),
    turn('ok et la prochaine info coll PEC ?', 'agenda', [on('2027-02-09'), ['Moissac']], notOn('2027-01-14')),
  ]),
  c('b89-el-cariste-volet2-places', ['mixed-agenda'], [
    turn(
      'BRSA 38 ans, projet cariste deja valide avec sa conseillere, il veut surtout securiser son entree en formation. quel volet ?',
      'eligibility',
      [['volet 2', 'sécuris'], VOLET2_DAYS],
    ),
    turn('y a des places en cariste ?', 'agenda', [places(6), on('2027-01-27')], [SOUDEUR, PLAQUISTE]),
    turn('et la prochaine entree volet 2 ou il reste de la place ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']]),
  ]),
  c('b89-el-ase-16-puis-15', [], [
    turn("un jeune confie a l'ASE de 16 ans qui a lache le lycee et fait rien peut faire la promo ?", 'eligibility', [
      ELIGIBLE,
    ], NEGATIVE),
    turn("et s'il a 15 ans ?", 'eligibility', [NOT_ELIGIBLE, SIXTEEN_EIGHTEEN], POSITIVE),
  ]),
  c('b89-el-ml-20-ans', [], [
    turn('jeune 20 ans suivi ML decrocheur, promo 1618 ?', 'eligibility', [
      NOT_ELIGIBLE,
      [...SIXTEEN_EIGHTEEN, '18'],
    ], POSITIVE),
  ]),
  c('b89-el-cdi-pas-pec', [], [
    turn(
      'BRSA qui vient de signer un CDI classique dans le BTP (pas un PEC), on peut le mettre sur competences PEC ?',
      'eligibility',
      [NOT_ELIGIBLE],
      YES_CAN,
    ),
  ]),
  c('b89-el-are-pas-rsa', [], [
    turn('personne en ARE inscrite a FT mais pas au RSA. je peux la prescrire en prepa comp moi ?', 'eligibility', [
      ['France Travail', 'Pôle emploi'],
      ['RSA'],
    ], ['oui, vous pouvez la prescrire', 'oui vous pouvez la prescrire']),
  ]),
  c('b89-el-lycee-1ere', [], [
    turn('ado 17 ans ASE encore en 1ere au lycee mais completement demotive, la promo ca peut le faire ?', 'eligibility', [
      NOT_ELIGIBLE,
    ], POSITIVE),
  ]),
  c('b89-el-travaille-mi-temps', [], [
    turn('17 ans sorti du college, bosse a mi temps dans un fast food, promo ?', 'eligibility', [NOT_ELIGIBLE], POSITIVE),
  ]),
  c('b89-el-rqth-forwarded', ['forwarded'], [
    turn('elle me demande si un BRSA avec une RQTH peut faire prepa comp', 'eligibility', [ELIGIBLE], NEGATIVE),
  ]),
  c('b89-el-ml-17-non-ase', [], [
    turn(
      'jeune 17 ans pas ASE, suivi par la mission locale, sorti du lycee en juin, rien depuis : promo 1618 ok ?',
      'eligibility',
      [ELIGIBLE],
      NEGATIVE,
    ),
  ]),
  c('b89-el-pec-vae-suite', [], [
    turn(
      "BRSA en PEC agent d'entretien depuis 8 mois, veut faire une VAE, c possible via competences PEC ?",
      'eligibility',
      [ELIGIBLE, VAE],
      NEGATIVE,
    ),
    turn('ca dure combien ?', 'dispositif', [[...PEC_DAYS, ...VAE_DAYS]], PROMO_13),
    turn('et on a un retour a la fin ?', 'dispositif', [BILAN]),
  ]),
  c('b89-el-siae-rsfp', [], [
    turn("salarie en chantier d'insertion (SIAE), il peut faire la RSFP ?", 'eligibility', [
      [...ELIGIBLE, 'salariés des SIAE', 'salariés des S.I.A.E'],
      RSFP,
    ], NEGATIVE),
  ]),
  c('b89-el-projet-flou-distance', [], [
    turn('monsieur BRSA sans diplome, sait pas du tout quoi faire comme metier. quel dispositif ?', 'eligibility', [
      ['Prépa'],
      ['volet 1', 'projet'],
    ], PROMO_13),
    turn('il peut le faire a distance ? il a pas de voiture', 'dispositif', [DISTANCE]),
  ]),
  c('b89-el-long-rambling-ase', ['rambling', 'two-questions', 'mixed-agenda'], [
    turn(
      "bonjour alors voila jai une situation un peu compliquee, un jeune placé a l'ASE depuis ses 12 ans, il a 16 ans et demi maintenant, il a arrete le lycee pro en novembre apres des soucis avec son foyer, la il fait rien de ses journees et l'educ voudrait qu'il se bouge, donc ma question c est est ce que la promo 1618 c jouable pour lui et si oui ya une info coll pour qu il vienne voir ?",
      'eligibility',
      [ELIGIBLE, on('2027-03-17')],
      NEGATIVE,
    ),
  ]),

  // ── out_of_scope: what the agreement does not cover ───────────────────────
  c('b89-oos-remuneration', ['forwarded', 'two-questions'], [
    turn(
      'elle me demande si les stagiaires prepa comp sont remuneres pendant et si elle garde son RSA',
      'out_of_scope',
      [NOT_COVERED],
      ['SMIC', '€'],
    ),
  ]),
  c('b89-oos-transport', [], [
    turn('les frais de deplacement pour aller a montauban ils sont rembourses ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b89-oos-cotech', ['manager', 'governance', 'two-questions'], [
    turn('Y a-t-il un comité technique prévu par la convention ? Il se réunit tous les combien ?', 'out_of_scope', [
      NOT_COVERED,
    ]),
  ]),
  c('b89-oos-montant-rsa', [], [
    turn('cest combien le RSA pour une personne seule en 2027 ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b89-oos-permis', [], [
    turn('la promo 1618 finance le permis B ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b89-oos-hebergement', [], [
    turn("l'hebergement des jeunes pendant la promo c pris en charge par qui ?", 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b89-oos-penalites', ['manager'], [
    turn("Si l'AFPA n'atteint pas les objectifs annuels, y a-t-il des pénalités financières ?", 'out_of_scope', [
      NOT_COVERED,
    ], ['€']),
  ]),
  c('b89-oos-garde-enfants', [], [
    turn('garde d enfant pendant la prepa comp, qui paie ? elle a 2 petits', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b89-oos-telephone', [], [
    turn('tu as le tel de fabienne battedou ?', 'out_of_scope', [
      [...NOT_COVERED, 'pas de numéro', 'aucun numéro', 'pas son numéro', 'numéro'],
    ], ['05 63', '0563', '06 ', '07 ']),
  ]),
  c('b89-mt-copil-preside', ['manager', 'governance'], [
    turn("copil de l'accord c combien de fois par an ?", 'dispositif', [YEARLY]),
    turn('et qui le preside ?', 'out_of_scope', [NOT_COVERED], ['présidé par']),
  ]),
  c('b89-mt-lieu-remuneration', [], [
    turn('prepa comp ca se passe ou', 'dispositif', [MONTAUBAN]),
    turn('et ils sont remuneres pendant ?', 'out_of_scope', [NOT_COVERED], ['SMIC', '€']),
  ]),

  // ── contact: who to contact, roles of section 6 of the protocol ──────────
  c('b89-ct-deploiement', [], [
    turn("qui contacter a l'afpa pour le deploiement de prepa comp ?", 'contact', [[...BATTEDOU, ...RAP]]),
  ]),
  c('b89-ct-coordonnateur', ['manager'], [
    turn('Qui est le coordonnateur départemental des dispositifs ?', 'contact', [VELLA, [...DIRECTOR, 'centre']]),
  ]),
  c('b89-ct-suivi-accord', ['manager', 'two-questions'], [
    turn("le suivi de l'accord c qui cote CD et c qui cote AFPA ?", 'contact', [
      [...WEILL, 'Président', 'President'],
      VELLA,
    ]),
  ]),
  c('b89-ct-referent-experimentation', ['manager'], [
    turn("c'est qui le referent de l'experimentation au departement ?", 'contact', [
      ['désign', 'designe', ...NOT_COVERED],
    ]),
  ]),
  c('b89-ct-rap-role', [], [
    turn("c qui la RAP a l'afpa de montauban ?", 'contact', [BATTEDOU]),
    turn("elle s'occupe de quoi exactement ?", 'contact', [['déploiement', 'Prépa', 'PEC', 'Promo']]),
  ]),
  c('b89-ct-promo-interlocuteur', [], [
    turn('pour la promo 1618 qui est l interlocuteur cote afpa ?', 'contact', [[...BATTEDOU, ...VELLA]]),
  ]),
  c('b89-ct-referent-formation', ['manager'], [
    turn(
      "Le CD doit-il désigner quelqu'un pour travailler avec l'AFPA sur l'accès à la formation des allocataires ?",
      'contact',
      [['référent', 'referent'], ['désign', 'oui']],
    ),
  ]),
  c('b89-ct-qui-recoit', [], [
    turn('mes prescriptions elles arrivent chez qui a l afpa ?', 'contact', [[...BATTEDOU, ...RAP, ...COORD]]),
  ]),
  c('b89-ct-signataires', ['manager', 'two-questions'], [
    turn("Qui a signé l'accord pour le Département, et pour l'AFPA ?", 'contact', [WEILL, VELLA]),
  ]),

  // ── figures: yearly targets of the action plan, figures not yet available ─
  c('b89-fig-objectifs-2022', ['manager'], [
    turn("Quels étaient les objectifs 2022 du plan d'action pour les trois dispositifs ?", 'figures', [
      target(30, 'trente'),
      target(50, 'cinquante'),
      target(10, 'dix '),
    ]),
  ]),
  c('b89-fig-ase', [], [
    turn("l'objectif de jeunes ASE orientes vers la promo c combien", 'figures', [target(10, 'dix ')]),
  ]),
  c('b89-fig-2023', ['manager'], [
    turn('Et pour 2023, quels sont les objectifs chiffrés ?', 'figures', [
      ['2022'],
      [...NOT_COVERED, ...apos("pas d'objectif", 'aucun objectif', 'uniquement', 'seulement', 'que pour 2022')],
    ]),
  ]),
  c('b89-fig-pec-avancement', ['manager'], [
    turn("l'objectif competences PEC c'est 50 BRSA c'est ca ?", 'figures', [target(50, 'cinquante')]),
    turn('et on en est ou par rapport a ca ?', 'figures', [FIG_NONE]),
  ]),
  c('b89-fig-indicateurs-information', ['manager'], [
    turn("Quels indicateurs sont suivis pour l'information sur les formations et les métiers (2.1.1) ?", 'figures', [
      ['portes ouvertes', 'JPO'],
      ['information', 'info coll'],
      ['visite', 'plateau'],
    ]),
  ]),
  c('b89-fig-indicateurs-formation', ['manager'], [
    turn("indicateurs pour l'acces a la formation de droit commun ?", 'figures', [
      ['réunions métiers', 'réunion métier', 'réunions métier'],
      ['réussite'],
      ['sortie emploi', 'sortie en emploi', 'taux de sortie', 'sorties'],
    ]),
  ]),
  c('b89-fig-promo-70', [], [
    turn('taux de sorties positives vise par la promo 1618 ?', 'figures', [['70']]),
  ]),
  c('b89-fig-promo-35000', ['manager'], [
    turn('La Promo 16/18, c’était prévu pour combien de jeunes au niveau national ?', 'figures', [
      ['35 000', '35000', '35.000', '35\u00a0000', '35\u202f000'],
    ]),
  ]),
  c('b89-fig-entrees-ce-mois', [], [
    turn('combien de personnes sont entrees en volet 1 ce mois-ci ?', 'figures', [FIG_NONE]),
  ]),
  c('b89-fig-objectifs-puis-resultats', ['manager', 'two-questions'], [
    turn(
      "Pour le copil j'ai besoin de l'objectif Prépa Compétences et du nombre d'entrées réalisées à ce jour.",
      'figures',
      [target(30, 'trente'), FIG_NONE],
    ),
  ]),

  // ── prescribe: the form or the steps ─────────────────────────────────────
  c('b89-pr-prepa', [], [
    turn('je veux prescrire prepa comp pour mme D.', 'prescribe', [FORM]),
  ]),
  c('b89-pr-etapes-pec', [], [
    turn('c quoi les etapes pour orienter un BRSA en PEC vers competences pec', 'prescribe', [EMPLOYER, ADHESION]),
  ]),
  c('b89-pr-panda-acces', ['two-questions'], [
    turn("comment j'inscris qqn sur panda ? faut un acces special ?", 'prescribe', [HABILIT, PANDA]),
  ]),
  c('b89-pr-annule', [], [
    turn('je voudrais faire une prescription', 'prescribe', [[...FORM, 'quel dispositif', 'lequel', 'Prépa']]),
    turn('non laisse tomber, annule', 'other', [CANCEL]),
  ]),
  c('b89-pr-promo-ase', [], [
    turn('prescrire la promo 1618 pour un jeune ASE de 17 ans', 'prescribe', [[...FORM, ...ML_CIO]]),
  ]),
  c('b89-pr-direct-ou-ft', [], [
    turn('on peut prescrire directement nous le CD ou faut passer par FT ?', 'prescribe', [['directement', 'direct']]),
  ]),
  c('b89-pr-comment-puis-go', [], [
    turn('comment on prescrit competences pec ?', 'prescribe', [[...FORM, ...EMPLOYER]]),
    turn('ok vas y on le fait', 'prescribe', [FORM]),
  ]),
  c('b89-pr-apres-agenda', ['mixed-agenda'], [
    turn('prochaine entree prepa volet 1 ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
    turn('je peux inscrire mon beneficiaire dessus ?', 'prescribe', [[...FORM, 'prescri']]),
  ]),
  c('b89-pr-conditions-materielles', [], [
    turn('avant de prescrire je dois verifier quoi moi, cote transport, enfants etc ?', 'prescribe', [
      ['conditions matérielles', 'mobilité', 'garde'],
    ]),
  ]),

  // ── other: greetings, help, thanks, cancel ───────────────────────────────
  c('b89-ot-bjr', [], [turn('bjr', 'other', [[...GREET, ...HELP]])]),
  c('b89-ot-aide', [], [turn('tu sais faire quoi ?', 'other', [HELP])]),
  c('b89-ot-merci', [], [turn('merci bcp !', 'other', [THANKS])]),
  c('b89-ot-salut-test', [], [turn("salut, je teste le bot pour l'equipe de castel", 'other', [[...GREET, ...HELP]])]),
  c('b89-ot-aide-puis-question', [], [
    turn('aide', 'other', [HELP]),
    turn('ok et la prochaine JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
];
