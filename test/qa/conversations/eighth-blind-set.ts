/**
 * An eighth blind set of Teams conversations for the Département de Tarn-et-Garonne /
 * AFPA Montauban assistant: a week of messages in the chat, from référents insertion of
 * the CD82, ASE educators and a few AFPA staff checking what référents would see.
 *
 * Written BLIND, only from the 2022 agreement (accord, plan d'action 2022-2023, protocole
 * Prépa Compétences / Compétences PEC / La Promo 16/18) and from the agenda fixture
 * (`agenda-fixture.ts`, today frozen at Monday 11 January 2027, Europe/Paris). Never from
 * the bot's answers, its code or its tests: every expected fact is a fact of those sources.
 *
 * What it covers: the Villages Initiatives Jeunesse and the exits of La Promo (school,
 * EPIDE / E2C), Prépa Compétences as a complement to the France Travail adviser, who
 * Compétences PEC is for, the VAE jury days, VAE vs CléA in days, the skills portfolio,
 * written French in « Français à visée professionnelle », remote vs on-site for the three
 * programmes, hosting an SIAE in the Village AFPA; agenda questions by weekday, date range,
 * « la semaine du… », « et le mois d'après ? », « et à Moissac ? », « il en reste ? »,
 * full sessions and a day with nothing on; eligibility of new profiles (AEMO instead of
 * ASE placement, Cap emploi, two people in one message, a volunteer school leaver, a
 * « jeune majeur »); figures that are not available with the 2022 targets; prescriptions;
 * contacts; and out-of-scope questions (CACES price, PMSMP, buses, parking, BAFA…).
 *
 * Styles mixed on purpose: SMS shorthand (« c », « cb », « pr », « ds », « qd », « stp »),
 * polite full sentences, long descriptions of a person, typos and missing accents.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as loose alternatives ───────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'entre 2 et 8',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', '5 j de', '5 j répartis'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = [
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  'lundi jusqu’au jeudi',
  "lundi jusqu'au jeudi",
  'pas le vendredi',
  '4 jours par semaine',
  'quatre jours par semaine',
];
const PRESENTIEL = ['présentiel', 'sur place'];
const DISTANCE = ['à distance', 'distanciel'];
const MONTAUBAN = ['montauban'];
const FT = ['France Travail', 'Pôle emploi', 'pole emploi'];
const MISSION_LOCALE_CIO = ['mission locale', 'missions locales', ' CIO', 'C.I.O', '(CIO'];
const PEC_CONTRACT = [
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi compétences',
  'en pec',
  'pas un pec',
  'pas de pec',
  'signataires',
];
const AGE_MINOR = [
  'mineur',
  'moins de 18',
  'avant 18',
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  '16 et 17',
];
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours'];
const VELLA = ['vella'];
const PRESCRIBE = ['prescri'];

/** An eligible person: never a bare « éligible », which « non éligible » holds too. */
const YES = [
  ' oui',
  'oui,',
  'oui.',
  'oui !',
  'oui ',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'prescription possible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'vous pouvez prescrire',
  'vous pouvez l’orienter',
  "vous pouvez l'orienter",
  'vous pouvez l’inscrire',
  "vous pouvez l'inscrire",
  'correspond au public',
  'fait partie du public',
];
const NOT_ELIGIBLE = ['pas éligible', 'non éligible', 'inéligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'ne correspond pas',
  'pas possible',
  'réservé',
  'réservée',
  'uniquement',
  'seulement',
  'ne relève pas',
  'plus possible',
  'non,',
];

/** The agreement does not cover it (never an invented fact). */
const OUT = [
  'ne couvre pas',
  'ne dit rien',
  'n’en dit rien',
  "n'en dit rien",
  'ne prévoit pas',
  'pas prévu par l’accord',
  "pas prévu par l'accord",
  'hors de l’accord',
  "hors de l'accord",
  'hors accord',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors sujet',
  'en dehors de l’accord',
  "en dehors de l'accord",
  'ne traite pas',
  'ne précise pas',
  'rien dans l’accord',
  "rien dans l'accord",
  'ne mentionne pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne parle pas',
  'pas couvert',
  'n’est pas couvert',
  "n'est pas couvert",
  'ne figure pas',
  'pas dans l’accord',
  "pas dans l'accord",
  'ne fixe pas',
  'pas l’information',
  "pas l'information",
  'pas cette information',
];

/** Figures asked: the bot has none, it must say so. */
const NOT_AVAILABLE = [
  'pas disponible',
  'pas encore disponible',
  'ne sont pas disponibles',
  'indisponible',
  'ne dispose pas',
  'pas accès',
  'pas d’accès',
  "pas d'accès",
  'pas de chiffre',
  'aucun chiffre',
  'pas les chiffres',
  'pas ces chiffres',
  'pas de donnée',
  'aucune donnée',
  'pas en mesure',
  'ne connais pas',
  'pas d’indicateur',
  "pas d'indicateur",
  'je n’ai pas',
  "je n'ai pas",
  'pas encore de',
];

/** A day with nothing on. */
const NOTHING = [
  'aucun',
  'aucune',
  'rien',
  'pas d’événement',
  "pas d'événement",
  'pas d’evenement',
  "pas d'evenement",
  'ne trouve pas',
  'pas de date',
];
/** A session with no seat left. */
const FULL = ['complet', 'complète', 'aucune place', 'plus de place', 'plus aucune place', ...seats(0)];
const TEN = ['10 jeunes', '10 personnes', ' 10 ', 'dix'];
const H14 = ['14h', '14 h', '14:00'];
const H16 = ['16h', '16 h', '16:00'];

const OTHER_TRAININGS_THAN_BUILDING = [
  'cariste',
  'soudeur',
  'propreté',
  'restauration',
  'préparateur de commandes',
];

// ── The set ─────────────────────────────────────────────────────────────────

export const EIGHTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ───────────────────────────────────────────────────────────
  c(
    'b8-disp-village-initiatives-jeunesse',
    ['promo-16-18', 'follow-up', 'educ-ase'],
    [
      t(
        'l educ me parle d un « village initiatives jeunesse » pour la promo 16/18, c quoi ce truc ?',
        'dispositif',
        [['mobilité'], TWO_WEEKS],
        ['2 à 8 jours', 'VAE'],
      ),
      t('il est oblige d y aller ? il veut pas quitter montauban', 'dispositif', [
        [
          'proximité',
          'plus proche',
          'soit dans',
          'pas obligatoire',
          'pas obligé',
          'pas une obligation',
          'peut aussi',
          'au choix',
          's’il le souhaite',
          "s'il le souhaite",
        ],
      ]),
    ],
  ),
  c(
    'b8-disp-promo-retour-lycee',
    ['promo-16-18', 'sms'],
    [
      t(
        'apres la promo 1618 un jeune peut retourner au lycee ou c forcement vers l emploi ?',
        'dispositif',
        [
          [
            'cursus scolaire',
            'retour dans un cursus',
            'retour à l’école',
            "retour à l'école",
            'retour en formation initiale',
            'scolarité',
            'reprendre ses études',
            'retour au lycée',
            'retour dans le système scolaire',
          ],
        ],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b8-disp-prepa-complement-ft',
    ['prepa-competences', 'polite', 'follow-up'],
    [
      t(
        'Bonjour, la Prépa Compétences remplace-t-elle le suivi du conseiller France Travail, ou est-ce que ça vient en plus ?',
        'dispositif',
        [
          [
            'complément',
            'complémentar',
            'en appui',
            'ne remplace pas',
            's’ajoute',
            "s'ajoute",
            'en plus',
            'conseil en évolution professionnelle',
          ],
        ],
        ['13 semaines'],
      ),
      t('et c qui qui la met en oeuvre, l afpa toute seule ?', 'dispositif', [FT], ['mission locale']),
    ],
  ),
  c(
    'b8-disp-pec-pour-qui',
    ['competences-pec', 'polite', 'follow-up'],
    [
      t(
        'Bonjour, petite question de fond : Compétences PEC, c’est pour des personnes déjà en contrat PEC ou ça peut aider quelqu’un à décrocher un PEC ?',
        'dispositif',
        [
          [
            'déjà en',
            'signataires',
            'en contrat pec',
            'en cours de pec',
            'salariés en pec',
            'salarié en pec',
            'personnes en pec',
            'pendant le pec',
            'durée du pec',
            'titulaires',
            'ont signé',
            'signature du contrat',
            'bénéficiaires de pec',
            'bénéficiaires d’un pec',
            "bénéficiaires d'un pec",
            'engagées dans un parcours emploi',
          ],
          ['valoris', 'certification', 'certifier'],
        ],
        ['13 semaines'],
      ),
      t('et ca dure cb au total ?', 'dispositif', [PEC_DAYS], ['13 semaines', '2 à 8 jours']),
    ],
  ),
  c(
    'b8-disp-vae-jury-jours',
    ['competences-pec', 'vae', 'sms'],
    [
      t('vae ds comp pec, la presentation a la session d evaluation c cb de jours ?', 'dispositif', [
        ['2 jours', 'deux jours'],
      ]),
    ],
  ),
  c(
    'b8-disp-prepa-temps-plein',
    ['prepa-competences', 'follow-up'],
    [
      t(
        'la prepa comp c a temps plein pendant 2 semaines ? ma dame a 3 enfants en bas age',
        'dispositif',
        [PREPA_DURATION, TWO_WEEKS],
        ['13 semaines', 'lundi au jeudi'],
      ),
      t(
        'et si c juste pour travailler son projet pro, c cb de jours ?',
        'dispositif',
        [VOLET1_DAYS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b8-disp-vae-vs-clea-jours',
    ['competences-pec', 'vae', 'clea', 'comparison'],
    [
      t('ds comp pec entre la vae et clea socle ca fait quelle diff en nb de jours ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'],
        ['1 jour', 'une journée', '1 journée', 'un jour'],
      ]),
    ],
  ),
  c(
    'b8-disp-portefeuille-competences',
    ['competences-pec', 'sms'],
    [
      t('le portefeuille de competences en comp pec tout le monde l a ou c en option ?', 'dispositif', [
        [
          'systématique',
          'chaque bénéficiaire',
          'pour chaque',
          'tous les bénéficiaires',
          'tout le monde',
          'pour tous',
          'chaque personne',
        ],
      ]),
    ],
  ),
  c(
    'b8-disp-promo-epide-e2c',
    ['promo-16-18', 'typo'],
    [
      t('la promo 16/18 ca peut deboucher sur l epide ou l e2c ?', 'dispositif', [
        ['EPIDE', 'E.P.I.D.E', 'E2C'],
        [
          'préparation de la suite',
          'dernière phase',
          '2 dernières semaines',
          'deux dernières semaines',
          'à l’issue',
          "à l'issue",
          'fin du programme',
          'en fin de programme',
          'après le programme',
          'sortie du programme',
        ],
      ]),
    ],
  ),
  c(
    'b8-disp-fle-ecrit',
    ['francais-visee-pro', 'sms'],
    [
      t('le francais a visee pro de l afpa c que de l oral ou ils bossent l ecrit aussi ?', 'dispositif', [
        ['écri'],
        ['oral'],
      ]),
    ],
  ),
  c(
    'b8-disp-distance-trois-dispositifs',
    ['prepa-competences', 'competences-pec', 'promo-16-18', 'follow-up'],
    [
      t('prepa comp et comp pec on peut les faire a distance toutes les deux ?', 'dispositif', [
        DISTANCE,
        ['les deux', 'deux dispositifs', 'toutes les deux', 'tout ou partie', 'aussi', 'également'],
      ]),
      t('et pour les jeunes de la promo c pareil ?', 'dispositif', [PRESENTIEL]),
    ],
  ),
  c(
    'b8-disp-promo-pas-que-ase',
    ['promo-16-18', 'educ-ase'],
    [
      t(
        'la promo 16 18 c reserve aux jeunes de l ase ?',
        'dispositif',
        [
          [
            ...MISSION_LOCALE_CIO,
            'pas réservé',
            'pas réservée',
            'pas uniquement',
            'pas seulement',
            'pas qu’aux',
            "pas qu'aux",
            'décroch',
          ],
        ],
        [
          'réservée aux jeunes de l’ase',
          'réservé aux jeunes de l’ase',
          "réservée aux jeunes de l'ase",
          "réservé aux jeunes de l'ase",
        ],
      ),
    ],
  ),
  c(
    'b8-disp-village-iae',
    ['village-afpa', 'siae', 'long'],
    [
      t(
        'une asso qui porte un ACI sur le secteur cherche des locaux. est ce que dans l accord l afpa peut accueillir une structure d insertion chez elle ?',
        'dispositif',
        [
          ['village', 'tiers lieu', 'tiers-lieu'],
          ['IAE', 'I.A.E', 'insertion par l’activité', "insertion par l'activité", 'implantation'],
        ],
      ),
    ],
  ),
  c(
    'b8-disp-ateliers-reco-individualises',
    ['competences-pec'],
    [
      t(
        'les ateliers de reconnaissance des acquis en comp pec c en groupe ou en individuel ?',
        'dispositif',
        [
          ['individualis', 'individuel'],
          ['6 ateliers', 'six ateliers', '6 demi', 'six demi'],
        ],
      ),
    ],
  ),
  c(
    'b8-disp-clea-numerique-certif',
    ['clea', 'sms'],
    [
      t('clea numerique c une vraie certif ou juste une attestation ?', 'dispositif', [
        ['certification'],
        ['numérique'],
      ]),
    ],
  ),

  // ── agenda ───────────────────────────────────────────────────────────────
  c(
    'b8-agenda-ce-mercredi-rien',
    ['weekday', 'empty'],
    [t('ce mercredi il se passe qqch a l afpa ?', 'agenda', [NOTHING], notOn('2027-01-20'))],
  ),
  c(
    'b8-agenda-reunions-janvier-puis-fevrier',
    ['reunion-metier', 'month', 'follow-up'],
    [
      t(
        'des reunions metiers en janvier ?',
        'agenda',
        [on('2027-01-26'), ['logistique']],
        notOn('2027-02-23'),
      ),
      t("et le mois d'apres ?", 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    ],
  ),
  c(
    'b8-agenda-batiment-places',
    ['places', 'trade', 'follow-up'],
    [
      t(
        'je cherche une formation qualifiante dans le batiment ou il reste de la place, t as quoi ?',
        'agenda',
        [['maçon', 'macon'], seats(3)],
        OTHER_TRAININGS_THAN_BUILDING,
      ),
      t('celle de macon elle demarre qd ?', 'agenda', [on('2027-02-15')]),
    ],
  ),
  c(
    'b8-agenda-jpo-montauban-puis-moissac',
    ['jpo', 'town', 'month', 'follow-up'],
    [
      t(
        'jpo a montauban en fevrier ?',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-02-17'), ...notOn('2027-01-07')],
      ),
      t('et à Moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
      t('ya un parking pour ceux qui viennent en voiture ?', 'out_of_scope', [OUT]),
    ],
  ),
  c(
    'b8-agenda-debut-mars',
    ['date-range'],
    [
      t(
        'entre le 1er et le 10 mars il se passe quoi comme evenements ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10')],
        [...notOn('2027-03-17'), ...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b8-agenda-visite-soudure-horaires',
    ['visite-plateau', 'two-in-one'],
    [
      t(
        'la visite du plateau soudure du 19, c de quelle heure a quelle heure et ya combien de places ?',
        'agenda',
        [H14, H16, seats(8)],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b8-agenda-prepa-v2-castel',
    ['session', 'town', 'follow-up'],
    [
      t(
        'prepa volet 2 a castelsarrasin c qd ?',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-03-08'), ...notOn('2027-01-18')],
      ),
      t('elle se termine quand ?', 'agenda', [[...on('2027-02-26'), 'au 26']]),
      t('il en reste ?', 'agenda', [seats(5)]),
    ],
  ),
  c(
    'b8-agenda-info-coll-hors-montauban-janvier',
    ['info-collective', 'town', 'month'],
    [
      t(
        'en janvier ya des infos coll ailleurs qu a montauban ?',
        'agenda',
        [on('2027-01-21'), ['castel']],
        [...notOn('2027-01-14'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b8-agenda-jeudi-4-mars',
    ['weekday', 'date'],
    [
      t(
        'jeudi 4 mars ya qqch de prevu ?',
        'agenda',
        [['valence'], ['prépa', 'prepa']],
        [...notOn('2027-03-10'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b8-agenda-sessions-completes',
    ['session', 'full'],
    [
      t("ya des sessions d'entree deja completes ? que j oriente pas qqn sur un truc plein", 'agenda', [
        on('2027-01-25'),
        FULL,
      ]),
    ],
  ),
  c(
    'b8-agenda-semaine-du-15-fevrier',
    ['week'],
    [
      t(
        'semaine du 15 fevrier ya quoi comme evenement ?',
        'agenda',
        [on('2027-02-17')],
        [...notOn('2027-02-11'), ...notOn('2027-02-23'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b8-agenda-cariste-puis-caces',
    ['places', 'trade', 'follow-up', 'two-in-one'],
    [
      t(
        'la formation cariste elle demarre qd et il reste de la place ?',
        'agenda',
        [on('2027-01-27'), seats(6)],
        ['plaquiste', 'soudeur', 'maçon'],
      ),
      t('et le caces elle doit le payer ? c combien ?', 'out_of_scope', [OUT]),
    ],
  ),

  // ── eligibility ──────────────────────────────────────────────────────────
  c(
    'b8-elig-prepa-sans-diplome',
    ['prepa-competences', 'rsa', 'follow-up'],
    [
      t(
        'mme 30a brsa, a arrete en 3e, aucun diplome, pas inscrite ft. prepa comp elle peut ou faut un niveau mini ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      t(
        'ok ya une info coll bientot pour qu elle se fasse une idee ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b8-elig-promo-aemo-pas-confie',
    ['promo-16-18', 'route'],
    [
      t(
        'ado 16 ans deco depuis novembre, pas confie a l ase, juste une mesure aemo a domicile. la promo 1618 c possible ? ca passe par qui ?',
        'eligibility',
        [MISSION_LOCALE_CIO],
        [...NOT_ELIGIBLE, 'ne peut pas'],
      ),
    ],
  ),
  c(
    'b8-elig-pec-cap-emploi-pas-rsa',
    ['competences-pec', 'th', 'route'],
    [
      t(
        'mme 40 ans TH, en pec a la commune de montech, pas au rsa, suivie par cap emploi. comp pec ca lui est ouvert ?',
        'eligibility',
        [['cap emploi'], ['rsa']],
      ),
    ],
  ),
  c(
    'b8-elig-pec-deux-personnes',
    ['competences-pec', 'two-in-one'],
    [
      t(
        '2 brsa chez moi : mme F. en pec a l ehpad de caussade depuis 2 mois (la directrice est ok), et mr G. en cdi chez un transporteur. comp pec pour les deux ?',
        'eligibility',
        [YES, NO, PEC_CONTRACT],
      ),
    ],
  ),
  c(
    'b8-elig-promo-benevole',
    ['promo-16-18', 'educ-ase', 'follow-up'],
    [
      t(
        'jeune ase 17 ans, exclu du lycee en decembre, inscrit nulle part, il fait juste du benevolat aux restos du coeur le mercredi. promo 1618 ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      t('ca dure cb et c tous les jours ?', 'dispositif', [PROMO_DURATION, PROMO_DAYS], ['2 à 8 jours']),
    ],
  ),
  c(
    'b8-elig-prepa-volet2-puis-prescription',
    ['prepa-competences', 'rsa', 'follow-up'],
    [
      t(
        'brsa 29a pas inscrite ft, elle a une place en formation preparateur de commandes a castel en mars mais elle a peur de lacher. prepa comp possible et quel volet ?',
        'eligibility',
        [YES, ['volet 2', 'sécuris']],
      ),
      t('parfait, ouvre moi la fiche pour l inscrire sur la session de castelsarrasin', 'prescribe', [
        PRESCRIBE,
      ]),
    ],
  ),
  c(
    'b8-elig-promo-beaumont',
    ['promo-16-18', 'educ-ase', 'town'],
    [
      t(
        'gamine de 16 ans confiee a l ase, placee a beaumont de lomagne, sortie de 3e en juin sans affectation, rien depuis. la promo c jouable malgre la distance ?',
        'eligibility',
        [YES, ['proximité', 'plus proche', ...MONTAUBAN]],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b8-elig-promo-jeune-majeur',
    ['promo-16-18', 'educ-ase', 'boundary'],
    [
      t(
        'jeune majeur ase 18 ans et demi (contrat jeune majeur), decroche depuis l ete, rien depuis. on peut encore le mettre sur la promo 1618 ?',
        'eligibility',
        [NO, AGE_MINOR],
      ),
    ],
  ),
  c(
    'b8-elig-prepa-long-reconversion',
    ['prepa-competences', 'rsa', 'long', 'polite'],
    [
      t(
        'Bonjour, je suis référente sur le secteur de Castelsarrasin. J’accompagne depuis 2 ans Mme L., 43 ans, au RSA, ancienne aide-ménagère arrêtée pour des problèmes de dos, qui voudrait se reconvertir dans le secrétariat mais n’a jamais fait de formation et doute beaucoup d’elle. Elle n’est pas inscrite à France Travail. Est-ce que la Prépa Compétences lui conviendrait, et quel volet ?',
        'eligibility',
        [YES, ['volet 1', 'consolid', 'projet professionnel']],
        NOT_ELIGIBLE,
      ),
    ],
  ),

  // ── out of scope ─────────────────────────────────────────────────────────
  c(
    'b8-out-pmsmp',
    ['sms'],
    [
      t(
        'on peut faire une pmsmp (immersion) a l afpa pour un brsa qui hesite sur le metier de macon ?',
        'out_of_scope',
        [OUT],
      ),
    ],
  ),
  c(
    'b8-out-horaires-accueil',
    ['sms'],
    [t('l accueil de l afpa montauban ouvre a quelle heure le lundi ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b8-out-bus-moissac',
    ['town'],
    [t('y a un bus le matin de moissac a montauban pour aller a l afpa ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b8-out-bafa',
    ['educ-ase'],
    [t('le cd peut financer le bafa d un jeune ase qui sort de la promo ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b8-out-rsa-prime-activite',
    ['sms'],
    [t('c koi la diff entre rsa et prime d activite deja ?', 'out_of_scope', [OUT])],
  ),

  // ── contact ──────────────────────────────────────────────────────────────
  c(
    'b8-contact-bilan-pec-relance',
    ['competences-pec', 'bilan'],
    [
      t(
        'le bilan individuel de fin de parcours de mme R (vae ds comp pec) on l a tjrs pas recu, je relance qui a l afpa ?',
        'contact',
        [BATTEDOU],
      ),
    ],
  ),
  c(
    'b8-contact-directrice-puis-deploiement',
    ['wrong-premise', 'follow-up'],
    [
      t('c qui la directrice de l afpa de montauban deja ?', 'contact', [VELLA]),
      t('et au quotidien pour le deploiement de la prepa c lui aussi ?', 'contact', [['battedou']]),
    ],
  ),
  c(
    'b8-contact-representant-accord',
    ['polite'],
    [
      t('Qui suit l’accord pour l’AFPA quand M. Vella n’est pas disponible ?', 'contact', [
        ['représentant', 'représentante', 'représenté'],
      ]),
    ],
  ),
  c(
    'b8-contact-info-coll-pec-moissac',
    ['competences-pec', 'info-collective', 'follow-up'],
    [
      t(
        "l'info coll du 9 fevrier a moissac elle s adresse a qui ? aux salaries ou aux employeurs ?",
        'agenda',
        [['salarié'], ['employeur']],
      ),
      t('si j ai des questions sur le contenu de comp pec avant, je vois avec qui a l afpa ?', 'contact', [
        BATTEDOU,
      ]),
    ],
  ),

  // ── figures ──────────────────────────────────────────────────────────────
  c(
    'b8-fig-ase-promo-2026',
    ['promo-16-18', 'target', 'follow-up'],
    [
      t('cb de jeunes ase sont entres en promo 1618 en 2026 ? et l objectif c quoi ?', 'figures', [
        NOT_AVAILABLE,
        TEN,
      ]),
      t('et pour comp pec ?', 'figures', [['50', 'cinquante']]),
      t('qui les a ces chiffres du coup ?', 'figures', [
        ['afpa'],
        [
          'dgefp',
          'd.g.e.f.p',
          'ddetspp',
          'd.d.e.t.s',
          'panda',
          'comité de pilotage',
          'copil',
          'tableau de bord',
        ],
      ]),
    ],
  ),
  c(
    'b8-fig-entrees-formation-apres-prepa',
    ['prepa-competences', 'polite'],
    [
      t(
        'Bonjour, auriez-vous le nombre d’allocataires du RSA entrés en formation qualifiante après une Prépa Compétences ?',
        'figures',
        [NOT_AVAILABLE],
      ),
    ],
  ),
  c(
    'b8-fig-objectif-30-par-an',
    ['prepa-competences', 'target'],
    [
      t("les 30 brsa en prepa c un objectif par an ou pour toute la duree de l'accord ?", 'figures', [
        ['2022'],
        ['30', 'trente'],
      ]),
    ],
  ),
  c(
    'b8-fig-exemples-reussite',
    ['sms'],
    [
      t(
        't as des exemples de reussite de parcours de brsa passes par l afpa ? pour motiver mon groupe',
        'figures',
        [NOT_AVAILABLE],
      ),
    ],
  ),

  // ── prescribe ────────────────────────────────────────────────────────────
  c(
    'b8-presc-formulaire',
    ['sms'],
    [t('tu peux m envoyer le formulaire de presc stp', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b8-presc-promo-fevrier',
    ['promo-16-18', 'educ-ase', 'sms'],
    [
      t('besoin de faire une presc promo 1618 pr un jeune ase 16a, entree du 1er fevrier', 'prescribe', [
        PRESCRIBE,
      ]),
    ],
  ),
  c(
    'b8-presc-prepa-moissac-mars',
    ['prepa-competences', 'polite', 'town'],
    [
      t(
        'Bonjour, comment je fais une prescription Prépa Compétences pour une personne de Moissac sur la session de mars ?',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
];
