/**
 * Sixty-seventh blind set. Who speaks: référents insertion of the Département (CD82) in a
 * hurry in Teams — two to eight words, heavy abbreviations (prépa comp, PEC, 1618, BRSA, FT,
 * ML, TH, RQTH, CD, ASE, info coll, JPO), no accents, typos, dictated messages without
 * punctuation, long rambling messages with the question buried inside, two questions in one,
 * follow-ups that only make sense after the previous turn — and a pilot preparing the comité
 * de pilotage.
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan 2022-2023 and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DUR = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const V1_DUR = [
  '5 à 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  'cinq à six jours',
  'cinq ou six jours',
  '5 à 6 j',
];
const V2_DUR = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', '4 à 8 j'];
const PEC_DUR = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_DUR = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_AGE = ['16 à 18', '16-18 ans', '16 et 18', '16 ou 17', '16 à 17', 'mineur', '16/18 ans'];
const DECROCHEUR = [
  'décroch',
  'quitté',
  'sorti',
  'déscolaris',
  'ni en formation',
  'pas en formation',
  'ni emploi',
  'sans emploi',
  'ne travaillent pas',
  'ne travaille pas',
];
const MONTAUBAN = ['Montauban'];
const DISTANCE = ['distance', 'distanciel'];
const RSA = ['RSA', 'R.S.A'];
const PEC_CONTRACT = [
  'parcours emploi compétences',
  'contrat PEC',
  'contrat P.E.C',
  'en PEC',
  'en P.E.C',
  'salarié',
];
const CERTIF = ['VAE', 'V.A.E', 'validation des acquis', 'RSFP', 'R.S.F.P', 'CléA', 'certification'];
const FREE = [
  'sans contrepartie financière',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'aucun frais',
  'financé par',
  'financement',
  'État',
  'PIC',
  'plan d’investissement',
  "plan d'investissement",
];
const BILAN = ['bilan individuel', 'bilan'];
const REFERENT = ['référent', 'referent', 'conseiller'];

// Contacts of the agreement (article 3, protocol section 6).
const BATTEDOU = ['Battedou', 'Responsable Accompagnement et Parcours', 'responsable accompagnement'];
const VELLA = ['Vella'];
const AFPA_CONTACT = [...BATTEDOU, ...VELLA];
const DIRECTOR = ['directeur', 'coordonnateur', 'coordinateur'];

// Figures of the action plan (objectives 2022) and of the national programme.
const FIG30 = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  '30 entrées',
  '30 RSA',
  '30 BRSA',
  'trente',
  'compétences : 30',
  'compétences: 30',
  ': 30 ',
];
const FIG50 = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  '50 entrées',
  '50 RSA',
  '50 BRSA',
  'cinquante',
  'P.E.C. : 50',
  'PEC : 50',
  'PEC: 50',
  ': 50 ',
];
const FIG10 = [
  '10 jeunes',
  '10 personnes',
  '10 bénéficiaires',
  'dix jeunes',
  'dix personnes',
  '16/18 : 10',
  '16-18 : 10',
  '1618 : 10',
  ': 10 ',
];
const NOT_YET = [
  'pas encore disponible',
  'pas disponible',
  'pas encore',
  'aucun chiffre',
  'pas de chiffre',
  'aucune donnée',
  'pas de donnée',
  'ne dispose pas',
  'indisponible',
  'aucune entrée',
  'aucune prescription',
  'aucun',
  'ne précise pas',
  'ne donne pas',
  'ne fournit pas',
  'pas en mesure',
];

// « The agreement does not say / does not cover it ».
const SILENT = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne mentionne pas',
  'pas mentionné',
  'ne traite pas',
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'ne donne pas',
  'ne fixe pas',
  'ne détaille pas',
  'ne porte pas',
  'rien sur',
  'aucune mention',
  'en dehors',
  'pas dans',
  'sort du cadre',
  'périmètre',
  'ne peux pas répondre',
  'ne sais pas',
  'pas en mesure',
  'ne relève pas',
  'ne le précise pas',
  'ne l’indique pas',
  "ne l'indique pas",
  'n’indique pas',
  "n'indique pas",
  'ne connais pas',
  'je n’ai pas',
  "je n'ai pas",
];

// Verdicts.
const POS = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être prescrit',
  'peut y accéder',
  'peut suivre',
  'peut participer',
  'oui',
  'accessible',
  'correspond',
  'relève',
];
const NEG_STRONG = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  'pas accessible',
];
const NEG = [
  ...NEG_STRONG,
  'réservé',
  'pas possible',
  'impossible',
  'exclu',
  'trop jeune',
  'trop âgé',
  'non,',
  'non.',
  'non :',
  'n’est pas',
  "n'est pas",
  'pas concerné',
  'ne répond pas',
  'ne peut être',
  'pas le cas',
];
const POS_STRONG = [
  'oui, il est éligible',
  'oui, elle est éligible',
  'oui il est éligible',
  'oui elle est éligible',
  'est bien éligible',
  'remplit les conditions',
  'remplit bien',
];

// A prescription: the form, or the steps of the protocol (section 5).
const PRESC = ['formulaire', 'fiche de prescription', 'Panda', 'adhésion', 'inscri', 'prescription'];
const CANCEL = ['annul', 'arrêt', 'abandon', 'noté', 'stop', 'ok', 'd’accord', "d'accord"];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journée',
  'à votre service',
  'hésitez',
  'à bientôt',
  'bonne continuation',
];
const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];

// The trainings of the fixture's Info Places, for « lists no other training ».
const TRAININGS = {
  soudeur: 'Soudeur',
  macon: 'Maçon',
  cariste: 'Cariste',
  preparateur: 'Préparateur de commandes',
  electricien: 'Électricien',
  proprete: 'propreté',
  plaquiste: 'Plaquiste',
  restauration: 'restauration',
};
const others = (...asked: Array<keyof typeof TRAININGS>): string[] =>
  (Object.keys(TRAININGS) as Array<keyof typeof TRAININGS>)
    .filter((k) => !asked.includes(k))
    .map((k) => TRAININGS[k]);

const PAST_JPO = notOn('2027-01-07');

// ── The set ─────────────────────────────────────────────────────────────────

export const SIXTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c(
    'b67-disp-prepa-duree',
    ['sms'],
    [turn('prepa comp cb de tps', 'dispositif', [PREPA_DUR], ['13 semaines', 'treize semaines'])],
  ),
  c('b67-disp-1618-public', ['sms'], [turn('1618 c pr ki', 'dispositif', [PROMO_AGE, DECROCHEUR])]),
  c('b67-disp-pec-quoi', ['sms'], [turn('comp pec c koi exactement', 'dispositif', [CERTIF])]),
  c(
    'b67-disp-prepa-volet2',
    ['sms'],
    [
      turn('volet 2 prepa sert a quoi', 'dispositif', [
        ['sécuris'],
        ['entrée en formation', 'entrer en formation', 'entrée de formation', 'parcours de formation'],
      ]),
    ],
  ),
  c('b67-disp-prepa-cout', ['sms', 'cost'], [turn('c payant prepa pr le CD ?', 'dispositif', [FREE], ['€'])]),
  c(
    'b67-disp-prepa-remu',
    ['sms', 'silent'],
    [turn('les stagiaires prepa sont remuneres ?', 'dispositif', [SILENT], ['€', 'euros par', 'smic'])],
  ),
  c(
    'b67-disp-prepa-bilan',
    ['sms', 'report'],
    [turn('bilan a la fin prepa on le recoit ?', 'dispositif', [BILAN, REFERENT])],
  ),
  c(
    'b67-disp-pec-vae-duree',
    ['sms'],
    [
      turn('pec la vae ca dure cb', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b67-disp-1618-phases',
    ['sms'],
    [
      turn('1618 les phases c quoi', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['préparation de la suite', 'la suite'],
      ]),
    ],
  ),
  c(
    'b67-disp-1618-suivi',
    ['sms', 'follow-up-after-exit'],
    [
      turn('promo 1618 apres la sortie ya un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b67-disp-1618-prescripteurs',
    ['sms'],
    [
      turn('qui propose la 1618 aux jeunes decrocheurs', 'dispositif', [
        ['mission locale', 'missions locales'],
        ['CIO', 'C.I.O'],
      ]),
    ],
  ),
  c(
    'b67-disp-tableau-bord',
    ['pilot', 'two-questions', 'report'],
    [
      turn('tableau de bord envoye a qui et qd', 'dispositif', [
        ['DGEFP', 'D.G.E.F.P'],
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ]),
    ],
  ),
  c(
    'b67-disp-copil-frequence',
    ['pilot', 'sms'],
    [
      turn('copil accord se reunit cb de fois', 'dispositif', [
        ['1 fois par an', 'une fois par an', 'au moins une fois', 'au moins 1 fois', 'annuel', 'par an'],
      ]),
    ],
  ),
  c(
    'b67-disp-convention-duree',
    ['pilot', 'two-questions'],
    [
      turn('l accord dure cb de tps et on peut le resilier ?', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2 mois', 'deux mois', 'préavis'],
      ]),
    ],
  ),
  c(
    'b67-disp-prepa-duree-lieu',
    ['sms', 'two-questions'],
    [turn('prepa comp cb de tps et c ou', 'dispositif', [PREPA_DUR, MONTAUBAN], ['13 semaines'])],
  ),
  c(
    'b67-disp-1618-public-duree',
    ['sms', 'two-questions'],
    [turn('1618 c pr ki et ca dure cb', 'dispositif', [PROMO_AGE, PROMO_DUR], ['2 à 8 jours'])],
  ),
  c(
    'b67-disp-pec-vs-prepa',
    ['sms', 'two-questions'],
    [turn('duree pec et prepa svp', 'dispositif', [PEC_DUR, PREPA_DUR], ['13 semaines'])],
  ),
  c(
    'b67-disp-volets',
    ['sms', 'two-questions'],
    [turn('volet 1 volet 2 cb de jours chacun', 'dispositif', [V1_DUR, V2_DUR])],
  ),
  c(
    'b67-disp-dictated-1618',
    ['dictated'],
    [
      turn('est ce que la promo 16 18 c est en presentiel ou a distance et c est quels jours', 'dispositif', [
        ['présentiel'],
        ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi'],
      ]),
    ],
  ),
  c(
    'b67-disp-rambling-prepa',
    ['rambling'],
    [
      turn(
        'alors jai une dame au rsa que je suis depuis 2 ans elle a plein d idees mais rien de concret, on m a parle de la prepa comp, c est quoi le contenu en gros',
        'dispositif',
        [['atelier', 'projet professionnel', 'consolid', 'diagnostic']],
      ),
    ],
  ),
  c(
    'b67-disp-prepa-multi',
    ['sms', 'follow-up'],
    [
      turn('prepa comp c pr ki', 'dispositif', [
        [...RSA, 'éloignées de l’emploi', "éloignées de l'emploi", 'demandeur'],
      ]),
      turn('et cb de tps', 'dispositif', [PREPA_DUR], ['13 semaines']),
      turn('a distance possible ?', 'dispositif', [DISTANCE]),
    ],
  ),
  c(
    'b67-disp-pec-multi',
    ['sms', 'follow-up'],
    [
      turn('compet pec ?', 'dispositif', [CERTIF]),
      turn('ca dure cb', 'dispositif', [PEC_DUR], ['13 semaines', '2 à 8 jours']),
    ],
  ),
  c(
    'b67-disp-1618-multi',
    ['sms', 'follow-up'],
    [
      turn('la promo 1618 c cb de tps', 'dispositif', [PROMO_DUR], ['2 à 8 jours']),
      turn('et si le jeune a besoin de plus de temps', 'dispositif', [PROMO_MAX]),
    ],
  ),
  c(
    'b67-disp-prepa-volet-multi',
    ['sms', 'follow-up'],
    [
      turn('prepa volet 2 c quoi', 'dispositif', [['sécuris']]),
      turn('cb de jours', 'dispositif', [V2_DUR]),
      turn('et hors afpa aussi ?', 'dispositif', [['hors A.F.P.A', 'hors AFPA', 'autre organisme', 'oui']]),
    ],
  ),

  // ── agenda ────────────────────────────────────────────────────────────────
  c(
    'b67-ag-jpo-castel',
    ['sms', 'town'],
    [turn('jpo castel qd', 'agenda', [['aucun', 'aucune', 'pas de', 'pas prévu', 'rien']], PAST_JPO)],
  ),
  c(
    'b67-ag-infocoll-week',
    ['sms'],
    [
      turn(
        'info coll prepa cette semaine ?',
        'agenda',
        [on('2027-01-14'), MONTAUBAN],
        [...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b67-ag-reunion-logistique',
    ['sms', 'trade'],
    [turn('reunion metier logistique ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23'))],
  ),
  c(
    'b67-ag-reunion-batiment-lieu',
    ['sms', 'trade', 'two-questions'],
    [
      turn(
        'reunion metiers batiment c ou et qd',
        'agenda',
        [['Caussade'], on('2027-02-23')],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b67-ag-prepa-v2-dispo',
    ['sms'],
    [turn('session prepa volet 2 dispo ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']])],
  ),
  c(
    'b67-ag-infocoll-1618',
    ['sms'],
    [
      turn(
        'info coll promo 1618 qd',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b67-ag-places-cariste',
    ['sms', 'places', 'two-questions'],
    [
      turn(
        'places cariste et ca commence qd',
        'agenda',
        [seats(6), on('2027-01-27')],
        others('cariste', 'preparateur'),
      ),
    ],
  ),
  c(
    'b67-ag-places-plaquiste',
    ['sms', 'places'],
    [turn('plaquiste ya de la place', 'agenda', [FULL], others('plaquiste', 'macon', 'electricien'))],
  ),
  c(
    'b67-ag-places-electricien',
    ['sms', 'places', 'two-questions'],
    [
      turn(
        'formation electricien cb de places et qd ca commence',
        'agenda',
        [seats(2), on('2027-03-08')],
        others('electricien'),
      ),
    ],
  ),
  c(
    'b67-ag-fevrier',
    ['sms', 'month'],
    [
      turn(
        'agenda fevrier',
        'agenda',
        [on('2027-02-03'), on('2027-02-09'), on('2027-02-17')],
        [...PAST_JPO, ...notOn('2027-03-17'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b67-ag-dictated-electricite',
    ['dictated', 'trade'],
    [
      turn(
        'bonjour je voudrais savoir quand est la prochaine visite de plateau technique electricite merci',
        'agenda',
        [on('2027-03-10')],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b67-ag-1618-entree',
    ['sms', 'two-questions'],
    [turn('promo 1618 prochaine entree et cb de places', 'agenda', [on('2027-02-01'), seats(10)])],
  ),
  c(
    'b67-ag-proprete',
    ['sms', 'places', 'two-questions'],
    [
      turn(
        'formation agent de proprete c ou et ya de la place',
        'agenda',
        [['Moissac'], seats(7)],
        others('proprete'),
      ),
    ],
  ),
  c(
    'b67-ag-semaine-pro',
    ['sms', 'week'],
    [
      turn(
        'evenements la semaine pro',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03'), ...PAST_JPO],
      ),
    ],
  ),
  c(
    'b67-ag-rambling-castel',
    ['rambling', 'town'],
    [
      turn(
        'jai plusieurs personnes du cote de castelsarrasin qui ont pas de voiture, jaimerais savoir sil y a une info coll prepa pres de chez eux prochainement',
        'agenda',
        [on('2027-01-21'), ['Castelsarrasin']],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b67-ag-jpo-moissac-multi',
    ['sms', 'follow-up', 'town'],
    [
      turn('prochaine jpo', 'agenda', [on('2027-02-03')], PAST_JPO),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
      turn('ca commence a quelle heure', 'agenda', [['10h', '10:00', '10 h']]),
    ],
  ),
  c(
    'b67-ag-infocoll-castel-multi',
    ['sms', 'follow-up', 'town'],
    [
      turn('info coll prepa ?', 'agenda', [on('2027-01-14')], PAST_JPO),
      turn('et a castel', 'agenda', [on('2027-01-21')], [...notOn('2027-02-11'), ...notOn('2027-03-04')]),
    ],
  ),
  c(
    'b67-ag-v2-full-multi',
    ['sms', 'follow-up', 'places'],
    [
      turn('session prepa volet 2 montauban', 'agenda', [on('2027-01-25')]),
      turn('il reste de la place ?', 'agenda', [FULL]),
    ],
  ),
  c(
    'b67-ag-soudeur-macon-multi',
    ['sms', 'follow-up', 'places'],
    [
      turn('places soudeur', 'agenda', [seats(4)], others('soudeur')),
      turn('et macon ?', 'agenda', [seats(3), on('2027-02-15')], others('macon')),
    ],
  ),
  c(
    'b67-ag-batiment-places-multi',
    ['sms', 'follow-up'],
    [
      turn('reunion metiers batiment', 'agenda', [on('2027-02-23'), ['Caussade']]),
      turn('cb de places', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b67-ag-visite-mars-multi',
    ['sms', 'follow-up', 'trade'],
    [
      turn('visite plateau qd', 'agenda', [on('2027-01-19')], PAST_JPO),
      turn('celle de mars c quel metier', 'agenda', [
        ['électricité', 'electricite', 'électricien'],
        on('2027-03-10'),
      ]),
    ],
  ),
  c(
    'b67-ag-pec-distance-multi',
    ['sms', 'follow-up', 'modality'],
    [
      turn('entrees comp pec', 'agenda', [on('2027-01-20')]),
      turn('a distance ?', 'agenda', [on('2027-03-03'), seats(3)], notOn('2027-02-10')),
    ],
  ),
  c(
    'b67-ag-valence-places-multi',
    ['sms', 'follow-up', 'town'],
    [
      turn('info coll prepa valence qd', 'agenda', [on('2027-03-04')], notOn('2027-01-14')),
      turn('cb de places', 'agenda', [seats(10)]),
    ],
  ),

  // ── eligibility ───────────────────────────────────────────────────────────
  c(
    'b67-el-brsa-non-ft',
    ['sms'],
    [turn('mr 45 ans brsa pas inscrit ft prepa possible ?', 'eligibility', [POS], NEG_STRONG)],
  ),
  c(
    'b67-el-ase-15',
    ['sms', 'age-boundary'],
    [turn('ase 15 ans decroche 1618 ?', 'eligibility', [NEG], POS_STRONG)],
  ),
  c(
    'b67-el-ase-19',
    ['sms', 'age-boundary'],
    [turn('19 ans ase promo 1618 ?', 'eligibility', [NEG], POS_STRONG)],
  ),
  c(
    'b67-el-brsa-sans-pec',
    ['sms'],
    [turn('brsa sans contrat pec, comp pec possible ?', 'eligibility', [NEG, PEC_CONTRACT], POS_STRONG)],
  ),
  c(
    'b67-el-lyceen',
    ['sms'],
    [turn('jeune 17 ans encore au lycee 1618 ?', 'eligibility', [NEG], POS_STRONG)],
  ),
  c('b67-el-ml-16', ['sms'], [turn('16 ans suivi ML decrocheur 1618', 'eligibility', [POS], NEG_STRONG)]),
  c(
    'b67-el-brsa-ft-v2',
    ['sms', 'two-questions'],
    [
      turn(
        'brsa inscrit FT veut securiser entree formation cariste, prepa ok ? quel volet',
        'eligibility',
        [POS, ['volet 2', 'sécuris']],
        NEG_STRONG,
      ),
    ],
  ),
  c(
    'b67-el-cdi-non-rsa',
    ['sms'],
    [turn('salarie en cdi pas au rsa prepa via le cd ?', 'eligibility', [NEG, RSA], POS_STRONG)],
  ),
  c(
    'b67-el-brsa-projet-flou',
    ['sms', 'two-questions'],
    [
      turn(
        'brsa 58 ans sans diplome projet flou prepa ? volet ?',
        'eligibility',
        [POS, ['volet 1', 'consolid', 'projet professionnel']],
        NEG_STRONG,
      ),
    ],
  ),
  c(
    'b67-el-dictated-ase',
    ['dictated'],
    [
      turn(
        'j ai un jeune confie a l ase il a 16 ans et demi il a arrete le college l an dernier et il fait rien est ce qu il peut aller sur la promo',
        'eligibility',
        [POS],
        NEG_STRONG,
      ),
    ],
  ),
  c(
    'b67-el-ase-16-multi',
    ['sms', 'follow-up'],
    [
      turn('un jeune ase de 16 ans il peut faire quoi', 'eligibility', [['Promo', '16/18', '1618', '16-18']]),
      turn('il a arrete le college en juin il fait rien', 'eligibility', [POS], NEG_STRONG),
    ],
  ),
  c(
    'b67-el-ase-lycee-multi',
    ['sms', 'follow-up'],
    [
      turn('jeune ase 17 ans 1618 ?', 'eligibility', [
        [...DECROCHEUR, 'scolaire', 'collège', 'lycée', 'éligible'],
      ]),
      turn('il est en 1ere au lycee', 'eligibility', [NEG], POS_STRONG),
    ],
  ),
  c(
    'b67-el-pec-employeur-multi',
    ['sms', 'follow-up'],
    [
      turn('mr brsa en pec chez une mairie comp pec possible', 'eligibility', [POS], NEG_STRONG),
      turn('faut l accord de l employeur ?', 'eligibility', [['employeur'], ['accord', 'oui', 'informe']]),
    ],
  ),
  c(
    'b67-el-age-then-duree',
    ['sms', 'two-questions'],
    [
      turn(
        'ase 16 ans decroche elle peut ? et ca dure cb',
        'eligibility',
        [POS, PROMO_DUR],
        [...NEG_STRONG, '2 à 8 jours'],
      ),
    ],
  ),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c(
    'b67-oos-montant-rsa',
    ['sms', 'benefits'],
    [turn('montant rsa personne seule', 'out_of_scope', [SILENT], ['€', 'euros'])],
  ),
  c(
    'b67-oos-prime-activite',
    ['sms', 'benefits'],
    [turn('prime d activite ca rentre ds le calcul ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b67-oos-tarif-soudeur',
    ['sms', 'price'],
    [turn('tarif formation soudeur pr un particulier', 'out_of_scope', [SILENT], ['€', 'euros'])],
  ),
  c(
    'b67-oos-dossier-personne',
    ['sms', 'personal-file'],
    [
      turn('dossier de mme durand il en est ou', 'out_of_scope', [
        [
          ...SILENT,
          'aucune prescription',
          'pas de prescription',
          'introuvable',
          'ne trouve pas',
          'pas trouvé',
          'aucun dossier',
          'vos prescriptions',
          'mes prescriptions',
          'pas accès',
          'aucun accès',
        ],
      ]),
    ],
  ),
  c(
    'b67-oos-cap-emploi',
    ['sms', 'other-body'],
    [turn('cap emploi ils font quoi pr les TH', 'out_of_scope', [SILENT])],
  ),
  c(
    'b67-oos-permis',
    ['sms', 'benefits'],
    [turn('aide au permis de conduire par le CD ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b67-oos-garde-enfant',
    ['sms', 'cost'],
    [turn('garde d enfant pdt prepa qui paie', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b67-oos-cej',
    ['sms', 'other-body'],
    [turn('contrat d engagement jeune ML c quoi', 'out_of_scope', [SILENT])],
  ),
  c(
    'b67-oos-meteo',
    ['sms'],
    [turn('meteo demain montauban', 'out_of_scope', [[...SILENT, 'uniquement', 'seulement', 'ne peux pas']])],
  ),
  c(
    'b67-oos-rsa-suspendu',
    ['sms', 'benefits'],
    [turn('le rsa est suspendu pdt la formation ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b67-oos-transport',
    ['sms', 'cost'],
    [turn('frais de transport rembourses ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b67-oos-toulouse',
    ['sms', 'town'],
    [
      turn(
        'formations afpa a toulouse ?',
        'out_of_scope',
        [[...SILENT, 'aucun', 'aucune', 'pas de', 'Tarn-et-Garonne']],
        ['Toulouse –'],
      ),
    ],
  ),
  c(
    'b67-oos-rambling-caf',
    ['rambling', 'benefits'],
    [
      turn(
        'bon je sais pas si c est le bon endroit mais une de mes allocataires a un souci avec la caf sur son apl, vous savez qui elle doit appeler',
        'out_of_scope',
        [SILENT],
      ),
    ],
  ),
  c(
    'b67-oos-rsa-coupe-multi',
    ['sms', 'follow-up', 'benefits'],
    [
      turn('prepa comp c pr ki', 'dispositif', [[...RSA, 'allocataire']]),
      turn('et ca coupe le rsa ?', 'out_of_scope', [SILENT]),
    ],
  ),
  c(
    'b67-oos-duree-and-price',
    ['sms', 'two-questions'],
    [
      turn(
        'la formation macon dure cb et ca coute cb',
        'out_of_scope',
        [[...on('2027-02-15'), ...on('2027-08-27'), '6 mois', 'six mois'], SILENT],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b67-oos-pec-aide-employeur-multi',
    ['sms', 'follow-up'],
    [
      turn('comp pec ca dure cb', 'dispositif', [PEC_DUR], ['13 semaines']),
      turn('et l employeur il touche combien d aide pour le pec', 'out_of_scope', [SILENT], ['€', '%']),
    ],
  ),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b67-ct-deploiement', ['sms'], [turn('ki contacter afpa pr deploiement prepa', 'contact', [BATTEDOU])]),
  c(
    'b67-ct-coordo',
    ['sms'],
    [turn('coordo departemental des dispositifs c ki', 'contact', [VELLA, DIRECTOR])],
  ),
  c(
    'b67-ct-cd',
    ['sms'],
    [turn('qui suit l accord cote cd', 'contact', [['Weill', 'Président', 'président']])],
  ),
  c(
    'b67-ct-referent-experimentation',
    ['sms', 'silent'],
    [
      turn('le referent de l experimentation cote departement c ki', 'contact', [
        ['désign', 'pas nommé', 'ne nomme pas', 'ne précise pas', 'ne donne pas', 'non nommé', 'pas de nom'],
      ]),
    ],
  ),
  c(
    'b67-ct-vella-battedou',
    ['sms', 'two-questions'],
    [
      turn('ki est vella et ki est battedou', 'contact', [
        DIRECTOR,
        ['Responsable Accompagnement', 'responsable accompagnement'],
      ]),
    ],
  ),
  c(
    'b67-ct-tel-battedou',
    ['sms', 'silent'],
    [
      turn(
        'num de tel de fabienne battedou',
        'contact',
        [[...SILENT, 'pas de numéro', 'aucun numéro', 'pas le numéro', 'pas son numéro']],
        ['05 63', '06 ', '+33'],
      ),
    ],
  ),
  c(
    'b67-ct-mail-multi',
    ['sms', 'follow-up', 'silent'],
    [
      turn('contact afpa montauban ?', 'contact', [AFPA_CONTACT]),
      turn(
        'et son mail',
        'contact',
        [[...SILENT, 'pas d’adresse', "pas d'adresse", 'aucune adresse', 'pas de mail', 'aucun mail']],
        ['@'],
      ),
    ],
  ),
  c(
    'b67-ct-1618-multi',
    ['sms', 'follow-up'],
    [
      turn('1618 c pr ki', 'dispositif', [PROMO_AGE]),
      turn('et je contacte ki a l afpa', 'contact', [AFPA_CONTACT]),
    ],
  ),

  // ── figures ───────────────────────────────────────────────────────────────
  c(
    'b67-fig-prepa-objectif',
    ['sms', 'pilot'],
    [turn('objectif prepa 2022', 'figures', [FIG30], ['50 allocataires'])],
  ),
  c(
    'b67-fig-copil-objectifs',
    ['pilot'],
    [turn('objectifs annuels des 3 dispositifs pr le copil', 'figures', [FIG30, FIG50, FIG10])],
  ),
  c(
    'b67-fig-realise-prepa',
    ['sms', 'pilot', 'not-yet'],
    [turn('combien de brsa sont entres en prepa a ce jour', 'figures', [NOT_YET])],
  ),
  c('b67-fig-taux-sortie', ['pilot', 'not-yet'], [turn('taux de sortie emploi c cb', 'figures', [NOT_YET])]),
  c(
    'b67-fig-national-1618',
    ['sms', 'two-questions'],
    [
      turn('1618 objectif national cb de jeunes et quel taux de sortie', 'figures', [
        ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000'],
        ['70 %', '70%', '70 %', '70 pour'],
      ]),
    ],
  ),
  c(
    'b67-fig-pec-multi',
    ['sms', 'follow-up', 'not-yet'],
    [
      turn('objectif comp pec', 'figures', [FIG50], ['30 allocataires']),
      turn('et on en est ou', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b67-fig-rambling-pilot',
    ['rambling', 'pilot', 'two-questions'],
    [
      turn(
        'je prepare le comite de pilotage de mars, il me faudrait les objectifs pour la prepa et pour la promo 1618 et si possible ce qui a ete realise',
        'figures',
        [FIG30, FIG10, NOT_YET],
      ),
    ],
  ),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b67-pr-prepa', ['sms'], [turn('je veux prescrire prepa pr un brsa', 'prescribe', [PRESC])]),
  c(
    'b67-pr-pec',
    ['sms'],
    [turn('prescription comp pec demarche', 'prescribe', [PRESC, ['employeur', 'formulaire']])],
  ),
  c(
    'b67-pr-dictated-1618',
    ['dictated'],
    [
      turn('je voudrais orienter un jeune de l ase de 17 ans vers la promo comment je fais', 'prescribe', [
        PRESC,
      ]),
    ],
  ),
  c(
    'b67-pr-avant',
    ['sms'],
    [
      turn('avant de prescrire je dois faire koi', 'prescribe', [
        ['adhésion', 'informe', 'accord', 'mobilité', 'garde', 'formulaire', 'Panda'],
      ]),
    ],
  ),
  c(
    'b67-pr-infocoll-multi',
    ['sms', 'follow-up'],
    [
      turn('info coll prepa 14 janv', 'agenda', [on('2027-01-14'), MONTAUBAN]),
      turn('je peux y inscrire qqn ?', 'prescribe', [PRESC]),
    ],
  ),
  c(
    'b67-pr-session-multi',
    ['sms', 'follow-up'],
    [
      turn('session prepa volet 1 18 janv reste des places ?', 'agenda', [seats(6)]),
      turn('ok je prescris dessus', 'prescribe', [PRESC]),
    ],
  ),
  c(
    'b67-pr-eligible-then-prescribe',
    ['sms', 'follow-up'],
    [
      turn('brsa non inscrit ft prepa ok ?', 'eligibility', [POS], NEG_STRONG),
      turn('go je prescris', 'prescribe', [PRESC]),
    ],
  ),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b67-other-bjr', ['sms'], [turn('bjr', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']])]),
  c(
    'b67-other-aide',
    ['sms'],
    [turn('aide', 'other', [['dispositif', 'agenda', 'prescri', 'éligib', 'question']])],
  ),
  c('b67-other-annule', ['sms'], [turn('annule', 'other', [CANCEL])]),
  c('b67-other-merci', ['sms'], [turn('merci bcp', 'other', [THANKS])]),
  c(
    'b67-other-cancel-multi',
    ['sms', 'follow-up'],
    [turn('je veux prescrire', 'prescribe', [PRESC]), turn('laisse tomber', 'other', [CANCEL])],
  ),
  c(
    'b67-other-hello-then-q',
    ['sms', 'follow-up'],
    [
      turn('salut', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']]),
      turn('prepa cb de tps', 'dispositif', [PREPA_DUR, TWO_WEEKS], ['13 semaines']),
    ],
  ),
];
