/**
 * Blind set 102. Who speaks: Mission locale advisers, CCAS social workers and France Travail
 * counsellors who are not the Département's référents insertion but use the bot shared with
 * them, plus a few référents of the CD82. They ask who may prescribe what, what to tell a
 * person before an information collective, how the three programmes differ, which open day
 * or visit fits someone, whether the agreement covers their own public (RQTH, seniors, people
 * without French, young people of 18 to 25), and they compare (« et pour un jeune de 19 ans ? »).
 * They type as in Teams: abbreviations, no accents, typos, SMS style, rambling messages,
 * follow-ups that only make sense after the previous turn.
 *
 * Written blind, without the bot's code or the other sets: every expected fact comes from the
 * agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action plan and the protocol of
 * the three programmes), from the product guide, and from `agenda-fixture.ts` (today frozen
 * at Monday 11 January 2027, 9:00 Europe/Paris). Where the agreement is silent, the answer
 * is expected to say so.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DAYS = [
  '2 a 8 jours',
  '2 et 8 jours',
  '2 a 8 j',
  '2-8 jours',
  'deux a huit jours',
  '2 jours a 8 jours',
  '8 jours max',
];
const V1_DAYS = ['5 a 6 jours', '5 et 6 jours', '5 a 6 j', '5-6 jours', 'cinq a six jours', '5 ou 6 jours'];
const V2_DAYS = ['4 a 8 jours', '4 et 8 jours', '4 a 8 j', '4-8 jours', 'quatre a huit jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j ', '5 demi', '5 journees'];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];

const PROMO = ['promo', '16/18', '1618', '16-18', '16.18'];
const PEC = ['parcours emploi competences', 'contrat pec', ' pec', 'p.e.c', 'competences pec'];
const DEP = [
  'departement',
  'conseil departemental',
  'cd82',
  'cd 82',
  'referent insertion',
  'referents insertion',
  'services competents',
];
const FT = ['france travail', 'pole emploi'];
const ML = ['mission locale', 'missions locales'];
const FLE = ['francais a visee professionnelle', 'francais langue etrangere', 'fle', 'visee professionnelle'];
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];
const ONSITE = ['presentiel', 'sur place', 'dans le centre', 'au centre'];

const FULL = [
  'complet',
  'plus de place',
  'aucune place',
  ' 0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'pas de place',
  'plus aucune',
];

/** « The agreement does not say / does not cover it », in the ways a French answer may put it. */
const NOT_COVERED = [
  'ne prevoit pas',
  'ne prevoit rien',
  'ne dit rien',
  'ne precise pas',
  'ne precise rien',
  'hors',
  'pas prevu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'pas mentionne',
  'ne traite pas',
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'pas couvert',
  'ne concerne pas',
  'ne fixe pas',
  'ne donne pas',
  'aborde pas',
  'rien sur',
  'ne porte pas',
  'ne repond pas',
  'ne dispose pas',
  'pas cette information',
  'aucune mention',
  'pas precise',
  'pas indique',
  'ne detaille pas',
  'ne sais pas',
  'pas en mesure',
];

const YES = [
  'eligible',
  'peut beneficier',
  'peut en beneficier',
  'peut y entrer',
  'peut entrer',
  'peut suivre',
  'peut integrer',
  'peut acceder',
  'peut y acceder',
  'peut etre oriente',
  'peut faire',
  'oui',
  'correspond',
  'remplit',
];
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'ne pourra pas',
  'pas accessible',
  'ne releve pas',
  'reserve',
  'non,',
  'non.',
  'pas possible',
  'ne correspond pas',
  'pas concerne',
  'exclu',
  'ne remplit pas',
  'pas ouvert',
  'trop jeune',
  'est pas',
];
/** A positive verdict must not also say the opposite. */
const NEG_VERDICT = ['pas eligible', 'non eligible', 'ineligible'];

const THIRTY = [
  '30 allocataires',
  '30 beneficiaires',
  '30 personnes',
  'trente',
  '30 brsa',
  'objectif de 30',
  ': 30',
  '30 entrees',
];
const FIFTY = [
  '50 allocataires',
  '50 beneficiaires',
  '50 personnes',
  'cinquante',
  '50 brsa',
  'objectif de 50',
  ': 50',
  '50 entrees',
];
const TEN = [
  '10 jeunes',
  '10 personnes',
  'dix jeunes',
  'dix personnes',
  '10 beneficiaires',
  'objectif de 10',
  ': 10',
  '10 orient',
];
const UNAVAILABLE = [
  'pas encore',
  'pas disponible',
  'indisponible',
  'non disponible',
  'ne dispose pas',
  'pas de chiffre',
  'aucun chiffre',
  'pas de donnee',
  'aucune donnee',
  'pas de resultat',
  'pas connu',
  'pas publie',
];

const FORM = ['formulaire', 'fiche de prescription', 'prescription', 'prescrire'];
const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue'];
const HELP = [
  ['prepa competences', 'dispositif', 'programme'],
  ['prescri', 'eligib', 'agenda', 'date', 'evenement'],
];
const THANKS = [
  'avec plaisir',
  'de rien',
  'je vous en prie',
  'bonne journee',
  'hesitez',
  'a votre service',
  'a bientot',
];
const CANCEL = ['annul', 'abandon', 'arret', 'interromp', 'entendu', 'pas de souci', 'tant pis'];

const PAST = ['passe', 'deja eu lieu', 'a eu lieu', 'termine', 'n’est plus', 'plus possible'];

// ── The set ─────────────────────────────────────────────────────────────────

export const HUNDRED_SECOND_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c(
    'b102-disp-prepa-quoi',
    [],
    [
      turn(
        'slt, cest quoi exactement prepa comp ? jai un monsieur au rsa qui sait pas trop ce quil veut faire',
        'dispositif',
        [PREPA_DAYS, ['projet']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b102-disp-volets-diff',
    ['two-questions'],
    [
      turn('difference entre volet 1 et volet 2 de prepa ? je sais jamais lequel choisir', 'dispositif', [
        ['consolider', 'projet professionnel', 'projet pro'],
        ['securiser', 'entree en formation'],
      ]),
    ],
  ),
  c(
    'b102-disp-volet1-duree',
    ['follow-up'],
    [
      turn('volet1 prepa ca dure cb de jours', 'dispositif', [V1_DAYS], ['4 a 8 jours']),
      turn('et le volet 2 ?', 'dispositif', [V2_DAYS], ['5 a 6 jours']),
    ],
  ),
  c(
    'b102-disp-prepa-ou',
    ['follow-up'],
    [
      turn('prepa comp cest que sur montauban ou ca peut se faire ailleurs dans le 82 ?', 'dispositif', [
        ['montauban'],
        [
          'delocalis',
          'ailleurs',
          'ensemble du departement',
          'castelsarrasin',
          'moissac',
          'valence',
          'distance',
        ],
      ]),
      turn('et a distance cest possible ? ma dame a pas de voiture', 'dispositif', [DISTANCE]),
    ],
  ),
  c(
    'b102-disp-prepa-cout',
    ['two-questions'],
    [
      turn('ca coute qqch au CD une prepa ? et qui finance en fait', 'dispositif', [
        [
          'contrepartie financiere',
          'gratuit',
          'sans frais',
          'aucun cout',
          'pas de cout',
          'sans cout',
          'rien',
        ],
        ['etat', 'investissement dans les competences', 'pic'],
      ]),
    ],
  ),
  c(
    'b102-disp-prepa-bilan',
    [],
    [
      turn('a la fin de la prepa jai un retour de lafpa ou pas ? genre un compte rendu', 'dispositif', [
        ['bilan individuel', 'bilan du parcours', 'bilan de parcours', 'bilan de fin', 'bilan'],
      ]),
    ],
  ),
  c(
    'b102-disp-prepa-public',
    ['two-questions'],
    [
      turn(
        'conseillere FT : prepa cest pour quel public cote CD ? faut etre inscrit chez nous ?',
        'dispositif',
        [
          ['rsa', 'allocataire'],
          ['non inscrit', 'pas inscrit', 'inscrits ou non', 'inscrit ou non', 'qu’ils soient inscrits'],
        ],
      ),
    ],
  ),
  c(
    'b102-disp-pec-quoi',
    [],
    [
      turn(
        'competences pec cest quoi en 2 mots',
        'dispositif',
        [PEC_DAYS, ['vae', 'rsfp', 'clea', 'certification', 'valoris']],
        ['13 semaines', '2 a 8 jours'],
      ),
    ],
  ),
  c(
    'b102-disp-pec-certifs',
    [],
    [
      turn('en comp pec ils peuvent viser quelles certif ? que la vae ?', 'dispositif', [
        ['vae', 'validation des acquis'],
        ['rsfp', 'reconnaissance des savoir'],
        ['clea'],
      ]),
    ],
  ),
  c(
    'b102-disp-pec-phases-jours',
    ['two-questions'],
    [
      turn(
        'comp pec combien de phases et combien de jours au total pour le salarie ?',
        'dispositif',
        [['5 phases', 'cinq phases'], PEC_DAYS],
        ['2 a 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b102-disp-pec-employeur',
    ['follow-up'],
    [
      turn('pour competences pec faut l accord de l employeur ? le mec bosse en mairie', 'dispositif', [
        ['employeur'],
        ['accord'],
      ]),
      turn('ok et ca se mobilise quand, des la signature du contrat ?', 'dispositif', [
        ['signature', 'premiers mois', 'des le debut'],
      ]),
    ],
  ),
  c(
    'b102-disp-pec-vae-clea',
    ['two-questions'],
    [
      turn('dans comp pec la vae ca prend cb de temps ? et clea socle ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 jours 1/2'],
        ['1 jour', 'un jour', 'une journee', '1 journee'],
      ]),
    ],
  ),
  c(
    'b102-disp-promo-quoi',
    ['two-questions'],
    [
      turn(
        'la promo 1618 cest quoi et ca dure combien ? jai un ado qui traine',
        'dispositif',
        [['decroch', 'quitte', 'ni en formation', 'mineur', '16'], PROMO_WEEKS],
        ['2 a 8 jours'],
      ),
    ],
  ),
  c(
    'b102-disp-promo-jours',
    [],
    [
      turn('promo 16 18 c tous les jours ? le jeune demande si ya qqch le vendredi', 'dispositif', [
        ['lundi'],
        ['jeudi'],
      ]),
    ],
  ),
  c(
    'b102-disp-promo-apres',
    ['follow-up'],
    [
      turn('et apres la promo le jeune il est lache dans la nature ou suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ML,
      ]),
      turn('et si il a besoin de plus de temps pendant le programme ?', 'dispositif', [PROMO_MAX]),
    ],
  ),
  c(
    'b102-disp-promo-contenu',
    ['two-questions'],
    [
      turn('ils font quoi concretement pendant la promo ? ya le code de la route ?', 'dispositif', [
        ['code'],
        ['atelier', 'chantier solidaire', 'metiers', 'open badge', 'badges'],
      ]),
    ],
  ),
  c(
    'b102-disp-compare-3',
    [],
    [
      turn(
        'je melange tt : prepa / comp pec / promo 1618, cest quoi la diff en gros (public et duree) ?',
        'dispositif',
        [PREPA_DAYS, PEC_DAYS, PROMO_WEEKS],
      ),
    ],
  ),
  c(
    'b102-disp-ml-prescrit-prepa',
    ['follow-up'],
    [
      turn('je suis a la ML, je peux prescrire prepa ?', 'dispositif', [DEP]),
      turn('et la promo 1618 alors ?', 'dispositif', [ML]),
    ],
  ),
  c(
    'b102-disp-ft-pec',
    [],
    [turn('conseiller FT ici, comp pec cest mobilisable par nous ou que par le CD ?', 'dispositif', [FT])],
  ),
  c(
    'b102-disp-cio-promo',
    [],
    [turn('au CIO on peut orienter un decrocheur vers la promo ?', 'dispositif', [YES, PROMO])],
  ),
  c(
    'b102-disp-ccas-panda',
    [],
    [
      turn(
        'travailleuse sociale au CCAS, on peut inscrire nos gens sur panda ou cest que le CD ?',
        'dispositif',
        [DEP, ['habilit']],
      ),
    ],
  ),
  c(
    'b102-disp-avant-infocoll',
    ['two-questions'],
    [
      turn(
        'avant d envoyer qqn en info coll prepa je dois lui dire quoi et verifier quoi ? (elle a 3 enfants pas de permis)',
        'dispositif',
        [
          ['adhesion', 'informe', 'informer'],
          ['mobilite', 'garde', 'conditions materielles'],
        ],
      ),
    ],
  ),
  c(
    'b102-disp-clea',
    ['two-questions'],
    [
      turn('clea et clea numerique cest quoi la diff', 'dispositif', [
        ['competences de base', 'socle'],
        ['numerique'],
      ]),
    ],
  ),
  c(
    'b102-disp-remuneration',
    ['two-questions'],
    [
      turn(
        'pendant la prepa la personne est remuneree ? elle garde son rsa ?',
        'dispositif',
        [NOT_COVERED],
        ['€', 'euros', 'smic'],
      ),
    ],
  ),
  c(
    'b102-disp-fle',
    [],
    [
      turn(
        'jai pas mal de primo arrivants qui parlent pas francais, l accord prevoit qqch pour eux ?',
        'dispositif',
        [FLE],
      ),
    ],
  ),

  // ── agenda ──
  c(
    'b102-ag-infocoll-prepa',
    ['follow-up'],
    [
      turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
      turn('il reste de la place ?', 'agenda', [seats(15)]),
      turn('et a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-01-14')),
    ],
  ),
  c(
    'b102-ag-jpo-moissac',
    ['follow-up'],
    [
      turn('c quand la prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b102-ag-soudure',
    [],
    [
      turn(
        'jai un mr interesse par la soudure, ya une visite ou jpo qui irait ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b102-ag-logistique',
    ['two-questions'],
    [
      turn(
        'reunion metier logistique : date et nb de places stp',
        'agenda',
        [on('2027-01-26'), seats(15)],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b102-ag-batiment-caussade',
    [],
    [
      turn(
        'ya une reunion sur les metiers du batiment ? jai un jeune de caussade que ca brancherait',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b102-ag-infocoll-pec',
    [],
    [
      turn(
        'une info coll comp pec est prevue qq part ?',
        'agenda',
        [on('2027-02-09'), ['moissac']],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b102-ag-infocoll-promo',
    [],
    [
      turn(
        'info coll promo 1618 pour un jeune et ses parents, ya une date ?',
        'agenda',
        [on('2027-03-17')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b102-ag-prepa-v1',
    ['follow-up', 'two-questions'],
    [
      turn('prochaine entree prepa volet 1 ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
      turn('cest en presentiel ? combien de places', 'agenda', [ONSITE, seats(6)]),
    ],
  ),
  c(
    'b102-ag-v2-complet',
    ['follow-up'],
    [
      turn('la session v2 du 25 janv il reste de la place ?', 'agenda', [FULL]),
      turn('et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
    ],
  ),
  c(
    'b102-ag-prepa-distance',
    [],
    [
      turn(
        'prepa a distance ya une session bientot ? la personne est sans voiture',
        'agenda',
        [on('2027-02-08'), DISTANCE],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b102-ag-pec-atelier2',
    ['follow-up'],
    [
      turn('entrees comp pec atelier 2 ?', 'agenda', [on('2027-01-20')]),
      turn('et a distance ?', 'agenda', [on('2027-03-03'), seats(3)], notOn('2027-01-20')),
    ],
  ),
  c(
    'b102-ag-promo-entree',
    ['two-questions'],
    [turn('prochaine entree promo 16/18 et combien de places ?', 'agenda', [on('2027-02-01'), seats(10)])],
  ),
  c(
    'b102-ag-plaquiste',
    [],
    [turn('plaquiste il reste des places ? mon BRSA veut faire ca absolument', 'agenda', [FULL])],
  ),
  c(
    'b102-ag-cariste-prep',
    ['follow-up', 'two-questions'],
    [
      turn('formation cariste quand et ou ?', 'agenda', [on('2027-01-27'), ['montauban']]),
      turn('et preparateur de commandes ?', 'agenda', [on('2027-03-01'), ['castelsarrasin']]),
    ],
  ),
  c(
    'b102-ag-semaines',
    ['follow-up'],
    [
      turn(
        'question rapide : ya quoi cette semaine a lafpa ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-26')],
      ),
      turn(
        'et la semaine prochaine ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b102-ag-valence',
    [],
    [turn('rien sur valence d agen ? jai des gens de ce secteur', 'agenda', [on('2027-03-04')])],
  ),
  c(
    'b102-ag-restauration',
    ['two-questions'],
    [
      turn('formation agent de restauration, cest ou et combien de places ?', 'agenda', [
        ['caussade'],
        seats(4),
      ]),
    ],
  ),
  c(
    'b102-ag-fevrier',
    [],
    [
      turn(
        'les events de fevrier svp (jpo, info coll, tout ca)',
        'agenda',
        [on('2027-02-03'), on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b102-ag-elec-places',
    ['two-questions'],
    [turn('electricien : places restantes + date de debut', 'agenda', [seats(2), on('2027-03-08')])],
  ),
  c(
    'b102-ag-jpo-passee',
    [],
    [turn('la jpo du 7 janvier ya encore moyen d y envoyer qqn ?', 'agenda', [PAST])],
  ),

  // ── eligibility ──
  c(
    'b102-el-brsa-prepa',
    [],
    [
      turn(
        'mme 45a, BRSA depuis 3 ans, pas inscrite FT, veut retravailler son projet pro. prepa ok ?',
        'eligibility',
        [YES],
        NEG_VERDICT,
      ),
    ],
  ),
  c(
    'b102-el-brsa-inscrit-ft',
    [],
    [turn('BRSA inscrit a FT, ca bloque pour prepa ou pas ?', 'eligibility', [YES], NEG_VERDICT)],
  ),
  c(
    'b102-el-ase-ages',
    ['follow-up'],
    [
      turn(
        'jeune ASE 17 ans, a lache le lycee en octobre, fait rien depuis. promo 1618 ?',
        'eligibility',
        [YES],
        NEG_VERDICT,
      ),
      turn('et pour un jeune de 19 ans ?', 'eligibility', [NO, ['mineur', '16', '17', '18']]),
      turn('et sa soeur 16 ans, meme situation ?', 'eligibility', [YES], NEG_VERDICT),
    ],
  ),
  c('b102-el-15ans', [], [turn('jeune 15 ans decrocheur, promo possible ?', 'eligibility', [NO, ['16']])]),
  c(
    'b102-el-apprenti',
    [],
    [
      turn(
        'jeune 17 ans en apprentissage mais ca se passe mal, promo possible pendant son contrat ?',
        'eligibility',
        [NO],
      ),
    ],
  ),
  c(
    'b102-el-lyceen',
    [],
    [
      turn('jeune 16 ans encore au lycee mais demotive, on peut le mettre sur la promo ?', 'eligibility', [
        NO,
      ]),
    ],
  ),
  c(
    'b102-el-pec-oui',
    [],
    [
      turn(
        'mr 38 ans BRSA, a signe un PEC en mairie il y a 1 mois, comp pec possible ?',
        'eligibility',
        [YES],
        NEG_VERDICT,
      ),
    ],
  ),
  c(
    'b102-el-pec-sans-contrat',
    ['follow-up'],
    [
      turn('BRSA sans contrat de travail, il peut faire comp pec ?', 'eligibility', [NO, PEC]),
      turn('et en prepa alors ?', 'eligibility', [YES], NEG_VERDICT),
    ],
  ),
  c(
    'b102-el-rqth',
    ['follow-up'],
    [
      turn('mon BRSA a une RQTH, 52 ans, prepa ok quand meme ?', 'eligibility', [YES], NEG_VERDICT),
      turn('et le fait qu il soit TH ca change qqch dans l accord ?', 'eligibility', [
        [
          ...NOT_COVERED,
          'aucune condition',
          'pas de condition',
          'ne change rien',
          'sans incidence',
          'pas d incidence',
        ],
      ]),
    ],
  ),
  c(
    'b102-el-senior',
    [],
    [turn('dame 61 ans au rsa, trop vieille pour prepa ?', 'eligibility', [YES], NEG_VERDICT)],
  ),
  c(
    'b102-el-ml-20ans',
    [],
    [
      turn(
        'ML ici : jeune 20 ans, pas de rsa, suivi chez nous en CEJ. prepa via le CD possible ?',
        'eligibility',
        [['rsa', 'allocataire'], NO],
      ),
    ],
  ),
  c(
    'b102-el-maman-23',
    [],
    [turn('jeune maman 23 ans au RSA majore, suivie par le CD, prepa ?', 'eligibility', [YES], NEG_VERDICT)],
  ),
  c(
    'b102-el-17-ml',
    [],
    [
      turn(
        'jeune 17 ans pas ASE, suivi par la ML, sorti du lycee en juin sans rien, promo ?',
        'eligibility',
        [YES],
        NEG_VERDICT,
      ),
    ],
  ),
  c(
    'b102-el-de-non-rsa',
    [],
    [turn('un demandeur d emploi pas au rsa, suivi par FT, il peut faire prepa ?', 'eligibility', [FT])],
  ),
  c(
    'b102-el-deux-situations',
    ['two-questions'],
    [
      turn(
        '2 situations : 1) mr 30 ans BRSA en PEC depuis 2 mois 2) jeune 17 ans ASE decrocheur. ils peuvent aller sur quoi chacun ?',
        'eligibility',
        [['competences pec', 'comp pec', 'competences p.e.c'], PROMO],
      ),
    ],
  ),
  c(
    'b102-el-francais',
    [],
    [turn('BRSA qui parle tres peu francais, prepa direct ou ya autre chose avant ?', 'eligibility', [FLE])],
  ),

  // ── out_of_scope ──
  c(
    'b102-oos-transport',
    [],
    [
      turn(
        'les frais de deplacement pour aller a montauban sont rembourses ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b102-oos-permis',
    [],
    [turn('l accord finance le permis B pour un brsa ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros'])],
  ),
  c(
    'b102-oos-cej',
    [],
    [
      turn('et le CEJ (contrat d engagement jeune), ca rentre dans l accord ?', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b102-oos-creche',
    [],
    [turn('qui paie la creche pendant la prepa ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros'])],
  ),
  c(
    'b102-oos-rqth',
    [],
    [
      turn(
        'on a bcp de RQTH a cap emploi, l accord prevoit un truc specifique pour les TH ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b102-oos-seniors',
    [],
    [turn('ya un dispositif specifique seniors 55+ dans l accord ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b102-oos-18-25',
    [],
    [
      turn('pour les 18-25 ans suivis en ML, l accord prevoit quoi exactement ?', 'out_of_scope', [
        [...NOT_COVERED, 'rien de specifique', 'pas de dispositif', 'aucun dispositif', 'pas specifiquement'],
      ]),
    ],
  ),
  c(
    'b102-oos-sanction',
    [],
    [
      turn(
        'si la personne va pas a l info coll, ya une sanction sur son rsa ?',
        'out_of_scope',
        [NOT_COVERED],
        ['suspension', 'radiation'],
      ),
    ],
  ),
  c(
    'b102-oos-meteo',
    [],
    [
      turn('il va pleuvoir demain a montauban ?', 'out_of_scope', [
        [...NOT_COVERED, 'ne peux pas', 'uniquement', 'seulement'],
      ]),
    ],
  ),
  c(
    'b102-oos-remuneration-promo',
    [],
    [turn('les jeunes de la promo sont payes ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros'])],
  ),
  c(
    'b102-oos-delai',
    [],
    [
      turn('une fois que jai prescrit, l afpa rappelle la personne sous combien de jours ?', 'out_of_scope', [
        [...NOT_COVERED, 'pas de delai', 'aucun delai', 'pas fixe'],
      ]),
    ],
  ),
  c(
    'b102-oos-infocoll-essence',
    ['follow-up'],
    [
      turn('prochaine info coll prepa a montauban ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
      turn(
        'et elle sera remboursee de son essence pour y aller ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),

  // ── contact ──
  c(
    'b102-ct-afpa-role',
    ['follow-up'],
    [
      turn('qui je contacte a l afpa pour le deploiement de prepa ?', 'contact', [
        ['battedou', 'responsable accompagnement'],
      ]),
      turn('et c quoi son titre exact ?', 'contact', [
        ['responsable accompagnement et parcours', 'responsable accompagnement'],
      ]),
    ],
  ),
  c('b102-ct-directeur', [], [turn('cest qui le directeur afpa montauban deja', 'contact', [['vella']])]),
  c(
    'b102-ct-coordonnateur',
    [],
    [turn('le coordonnateur departemental des dispositifs c qui ?', 'contact', [['vella']])],
  ),
  c(
    'b102-ct-referent-cd',
    [],
    [
      turn(
        'le referent de l experimentation cote departement cest qui ? je veux lui demander un truc',
        'contact',
        [
          [
            'designe',
            'ne precise pas',
            'ne nomme pas',
            'pas nomme',
            'ne donne pas',
            'pas de nom',
            'ne cite pas',
            'ne figure pas',
            'pas indique',
          ],
        ],
      ),
    ],
  ),
  c(
    'b102-ct-promo',
    [],
    [turn('pour orienter un jeune vers la promo je passe par qui ?', 'contact', [[...ML, 'cio']])],
  ),
  c(
    'b102-ct-mail',
    [],
    [
      turn(
        'vous avez le mail ou le tel de mme battedou ?',
        'contact',
        [
          [
            ...NOT_COVERED,
            'coordonnees',
            'pas de mail',
            'pas de numero',
            'pas communique',
            'ne communique pas',
          ],
        ],
        ['@'],
      ),
    ],
  ),
  c(
    'b102-ct-suivi-accord',
    ['two-questions'],
    [turn('qui suit l accord cote CD et cote afpa ?', 'contact', [['weill'], ['vella']])],
  ),
  c(
    'b102-ct-bilan-annuel',
    [],
    [
      turn('le bilan annuel de chaque dispositif il part a qui ?', 'contact', [
        ['ddetspp', 'd.d.e.t.s.p.p', 'ddets'],
      ]),
    ],
  ),
  c(
    'b102-ct-pilotage-national',
    ['two-questions'],
    [
      turn('qui pilote les dispositifs au national et ca se reunit tous les combien ?', 'contact', [
        ['dgefp', 'd.g.e.f.p'],
        ['trimestr', 'tous les 3 mois', 'tous les trois mois', '4 fois'],
      ]),
    ],
  ),
  c(
    'b102-ct-habilitation',
    [],
    [turn('qui m habilite sur panda ? jai pas d acces', 'contact', [['afpa'], ['habilit']])],
  ),

  // ── figures ──
  c(
    'b102-fig-objectifs-suite',
    ['follow-up'],
    [
      turn('objectif prepa pour les BRSA en 2022 ?', 'figures', [THIRTY]),
      turn('et en comp pec ?', 'figures', [FIFTY]),
      turn('et les jeunes ase sur la promo ?', 'figures', [TEN]),
    ],
  ),
  c(
    'b102-fig-trois-objectifs',
    [],
    [
      turn('les 3 objectifs chiffres du plan d action stp, cest pour le copil', 'figures', [
        THIRTY,
        FIFTY,
        TEN,
      ]),
    ],
  ),
  c(
    'b102-fig-entrees-prepa',
    [],
    [turn('combien de BRSA sont deja entres en prepa cette annee ?', 'figures', [UNAVAILABLE])],
  ),
  c('b102-fig-70', [], [turn('la promo vise quel taux de sorties positives ?', 'figures', [['70']])]),
  c(
    'b102-fig-indicateurs-jpo',
    [],
    [
      turn('on suit quoi comme indicateurs pour les jpo, info coll et visites ?', 'figures', [
        ['nombre'],
        ['allocataire', 'beneficiaire'],
      ]),
    ],
  ),
  c(
    'b102-fig-reussite',
    [],
    [
      turn('taux de reussite aux examens des BRSA entres en formation, on a des chiffres ?', 'figures', [
        UNAVAILABLE,
      ]),
    ],
  ),
  c(
    'b102-fig-transmission',
    ['two-questions'],
    [
      turn('lafpa transmet ses tableaux de bord a qui et a quel rythme ?', 'figures', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois'],
      ]),
    ],
  ),
  c(
    'b102-fig-pec-realise',
    ['follow-up'],
    [
      turn('c combien l objectif comp pec ?', 'figures', [FIFTY]),
      turn('et on en est ou ?', 'figures', [UNAVAILABLE]),
    ],
  ),

  // ── prescribe ──
  c('b102-pr-prepa', [], [turn('je voudrais prescrire une prepa pour mme L, BRSA', 'prescribe', [FORM])]),
  c(
    'b102-pr-etapes',
    ['two-questions'],
    [
      turn(
        'cest quoi les etapes pour orienter un BRSA en prepa ? jai jamais fait, et qui l inscrit',
        'prescribe',
        [
          ['adhesion', 'informe', 'informer'],
          ['panda', 'formulaire', 'inscri'],
        ],
      ),
    ],
  ),
  c(
    'b102-pr-pec-employeur',
    ['follow-up'],
    [
      turn('inscrire mr K en comp pec', 'prescribe', [FORM]),
      turn('faut que je previenne son employeur avant ?', 'dispositif', [['employeur'], ['accord']]),
    ],
  ),
  c(
    'b102-pr-promo',
    [],
    [
      turn('je veux orienter un jeune ase de 17 ans sur la promo, comment je fais ?', 'prescribe', [
        ['formulaire', 'panda', 'inscri', 'prescri', 'mission locale'],
        PROMO,
      ]),
    ],
  ),
  c(
    'b102-pr-session',
    [],
    [turn('prescrire sur la session prepa du 18 janvier', 'prescribe', [FORM, on('2027-01-18')])],
  ),
  c(
    'b102-pr-long',
    [],
    [
      turn(
        'bonjour, alors voila jai vu mme T ce matin, BRSA depuis 2019, elle a fait un peu de menage chez des particuliers, elle voudrait faire la formation agent de proprete mais elle a peur de pas y arriver, je me dis que le volet 2 de prepa pour securiser ce serait bien, je la prescris comment ?',
        'prescribe',
        [FORM],
      ),
    ],
  ),
  c(
    'b102-pr-agenda-puis-prescrire',
    ['follow-up'],
    [
      turn('prochaine entree prepa volet 1 a distance ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
      turn('ok je prescris dessus', 'prescribe', [FORM]),
    ],
  ),

  // ── other ──
  c('b102-ot-bonjour', [], [turn('bjr', 'other', [GREETING])]),
  c('b102-ot-aide', [], [turn('tu sers a quoi en fait ?', 'other', HELP)]),
  c('b102-ot-merci', [], [turn('top merci bcp', 'other', [THANKS])]),
  c(
    'b102-ot-annule',
    ['follow-up'],
    [
      turn('je veux prescrire une prepa', 'prescribe', [FORM]),
      turn('non laisse tomber, annule', 'other', [CANCEL]),
    ],
  ),
  c(
    'b102-ot-salut-aide',
    ['follow-up'],
    [
      turn('salut', 'other', [GREETING]),
      turn('tu peux faire quoi pour moi ? je suis en CCAS pas au CD', 'other', HELP),
    ],
  ),
];
