/**
 * Hundred-fourth blind set. Who speaks: référents insertion of the Département (CD82) in a
 * team meeting, asking the bot on behalf of colleagues, often several colleagues' cases in
 * one message: two or three programmes named at once, a person's situation given as a list,
 * the month's agenda for the whole team, and checks of what the bot just said (« t'es sûr ? »,
 * « c'est écrit où ? », « la source ? »). They type as in Teams: abbreviations (prépa comp,
 * PEC, 1618, BRSA, FT, ML, RQTH, CD, ASE, info coll, JPO), no accents, typos, SMS style.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its 2022-2023 action plan and the protocol of the three programmes), from the
 * product guide and from the agenda fixture (today frozen at Monday 11 January 2027, 9:00
 * Europe/Paris), without reading the bot's code. Where the agreement is silent, the
 * expected answer says so.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** Both apostrophes, straight and typographic, for every alternative. */
function apostrophes(alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/'/g, '’'), a.replace(/’/g, "'")]))];
}

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return {
    id,
    tags: [...new Set([...intents, ...extra, ...tags])],
    turns: turns.map((t) => ({
      say: t.say,
      expect: {
        ...t.expect,
        mustContain: t.expect.mustContain.map(apostrophes),
        mustNotContain: apostrophes(t.expect.mustNotContain ?? []),
      },
    })),
  };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa compétences', 'prepa competences', 'prépa-compétences', 'prépa comp'];
const PEC = [
  'compétences pec',
  'compétences p.e.c',
  'compétences – p.e.c',
  'compétences - pec',
  'competences-pec',
];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618', '16/18', '16-18', '16.18'];

const PREPA_DAYS = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'deux et huit jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const V1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
  'cinq et six jours',
  '5 à 6 j',
  '5-6 jours',
  '5 ou 6 jours',
];
const V2_DAYS = [
  '4 à 8 jours',
  '4 et 8 jours',
  'quatre à huit jours',
  'quatre et huit jours',
  '4 à 8 j',
  '4-8 jours',
];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'du lundi jusqu'];
const ON_SITE = ['présentiel', 'sur place', 'en présence'];
const REMOTE = ['distance', 'distanciel'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const RSA = ['rsa', 'r.s.a'];
const IN_PEC = [
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi compétences',
  'en pec',
  'en p.e.c',
  'salarié',
  'signataire',
  'bénéficiaire d’un pec',
  'bénéficiaires de p.e.c',
];
const MINORS = ['16 à 18', '16-18', '16 et 18', '16/18', 'mineur', '16 ou 17', '16-17', '16 à 17'];
const AGE_LIMIT = [...MINORS, '18 ans', '16 ans', 'âge'];
const SCHOOL_LEAVERS = [
  'décroch',
  'quitté',
  'ni en formation',
  'pas en formation',
  'ne travaillent pas',
  'sans emploi ni formation',
  'ni emploi',
];
const MISSION_LOCALE = ['mission locale', 'missions locales', 'c.i.o', 'cio ', ' cio'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans frais',
  'ne coûte rien',
  'aucun frais',
  'rien à payer',
  'financé par l',
  'financement de l',
  'financés par l',
  'p.i.c',
  ' pic',
  'plan d’investissement',
];
const MONTAUBAN = ['montauban'];
const DELOCALISED = [
  'délocalis',
  'ensemble du département',
  'tout le département',
  'sur le département',
  'ailleurs dans le département',
  'autres communes',
  'hors de montauban',
];
const REFERENT = ['référent', 'référente', 'referent'];
const SOURCE = [
  'annexe',
  'protocole',
  'article',
  'art.',
  'section',
  'plan d’action',
  'source',
  'convention',
  '§',
];
const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const RAP = ['responsable accompagnement', 'responsable de l’accompagnement', 'accompagnement et parcours'];

// Verdicts.
const YES = [
  'éligible',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut en bénéficier',
  'peut y accéder',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut le faire',
  'peut la faire',
  'correspond',
  'oui',
  'possible',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'impossible',
  'réservé',
  'réservée',
  'ne correspond pas',
  'ne remplit pas',
  'n’entre pas',
  'ne relève pas',
  'pas accessible',
  'exclu',
  'ne rentre pas',
  'pas concerné',
  'pas concernée',
  'ne peut malheureusement pas',
];
const POSITIVE_WRONG = ['est bien éligible'];

// What the agreement does not say.
const SILENT = [
  'ne prévoit pas',
  'ne prévoit rien',
  'dit rien',
  'précise pas',
  'hors',
  'pas prévu',
  'couvre pas',
  'aucune information',
  'mentionne pas',
  'traite pas',
  'parle pas',
  'contient pas',
  'fixe pas',
  'aborde pas',
  'figure pas',
  'donne pas',
  'indique pas',
  'porte pas',
  'pas couvert',
  'concerne pas',
  'relève pas',
  'aucune mention',
  'rien sur',
  'rien à ce sujet',
  'pas l’information',
  'pas cette information',
  'pas d’information',
  'pas d’info',
  'aucun élément',
  'ne sais pas',
  'ne peux pas',
  'pas en mesure',
  'pas dans l’accord',
  'pas de réponse',
  'nomme pas',
  'cite pas',
];
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'aucun chiffre',
  'pas de chiffre',
  'aucune entrée',
  'aucune prescription',
  '0 entrée',
  '0 prescription',
  ' 0 ',
  'zéro',
  'ne dispose pas',
  'pas de résultat',
  'aucun résultat',
  'pas d’indicateur',
  'pas de bilan',
  'pas connu',
  'pas encore connu',
  ...SILENT,
];

// Prescribing.
const PRESCRIBE = ['prescri'];
const FORM = [
  'formulaire',
  'fiche',
  'remplir',
  'renseign',
  'panda',
  'inscri',
  'étape',
  'saisi',
  'prénom',
  'envoyer',
];
const CANCEL = ['annul', 'abandon', 'arrêt', 'rien en cours', 'pas de souci', 'c’est noté', 'd’accord'];
const HELLO = ['bonjour', 'salut', 'hello', 'bienvenue'];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journée',
  'à votre service',
  'n’hésitez',
  'à votre disposition',
  'plaisir',
  'bonne continuation',
  'à bientôt',
];

// Places answers.
const FULL = [
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'zéro place',
];

// Targets of the action plan (2022).
const THIRTY = ['30 alloc', '30 bénéf', '30 pers', '30 brsa', 'trente', ': 30', ' 30 '];
const FIFTY = ['50 alloc', '50 bénéf', '50 pers', '50 brsa', 'cinquante', ': 50', ' 50 '];
const TEN = ['10 jeunes', '10 pers', '10 bénéf', 'dix', ': 10', ' 10 '];

// ── The set ─────────────────────────────────────────────────────────────────

export const HUNDRED_FOURTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ─────────────────────────────────────────────────────────────
  c(
    'b104-disp-prepa-duree',
    ['typo'],
    [
      turn(
        'slt, pr une collegue qui a une dame en rdv : prepa comp ca dure cmb de temps au total ?',
        'dispositif',
        [PREPA_DAYS, TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b104-disp-prepa-duree-check',
    ['source-check'],
    [
      turn('prepa comp c combien de jours deja ?', 'dispositif', [PREPA_DAYS], ['13 semaines']),
      turn('t sur ? ma collegue dit que c plus long', 'dispositif', [PREPA_DAYS]),
      turn('c ecrit ou dans l accord ?', 'dispositif', [SOURCE]),
    ],
  ),
  c(
    'b104-disp-three-publics',
    ['two-in-one', 'three-programmes'],
    [
      turn(
        'reu d equipe, on se melange les pinceaux : prepa comp, competences PEC et promo 1618 c pour qui chacun ?? en 1 ligne par dispositif svp',
        'dispositif',
        [RSA, IN_PEC, [...MINORS, ...SCHOOL_LEAVERS]],
      ),
    ],
  ),
  c(
    'b104-disp-prepa-vs-pec-duree',
    ['two-in-one'],
    [
      turn(
        'diff de duree entre prepa comp et competences PEC ? c pr 2 dossiers differents ds l equipe',
        'dispositif',
        [PREPA_DAYS, PEC_DAYS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b104-disp-volets',
    ['two-in-one'],
    [
      turn('volet 1 / volet 2 de prepa comp c quoi la diff et cmb de jours chacun', 'dispositif', [
        V1_DAYS,
        V2_DAYS,
        ['sécuris', 'entrée en formation'],
      ]),
    ],
  ),
  c(
    'b104-disp-pec-phases',
    ['two-in-one'],
    [
      turn(
        'competences pec : cb de phases et ca debouche sur quoi comme certif a la fin ?',
        'dispositif',
        [['5 phases', 'cinq phases'], VAE, RSFP, CLEA],
        PREPA_DAYS,
      ),
    ],
  ),
  c(
    'b104-disp-pec-duree-source',
    ['source-check'],
    [
      turn(
        'combien de jours pour competences pec ?',
        'dispositif',
        [PEC_DAYS],
        [...PREPA_DAYS, '13 semaines'],
      ),
      turn('et c etale sur combien de temps ?', 'dispositif', [
        [
          'durée du pec',
          'durée du p.e.c',
          'durée du contrat',
          'répartis',
          'réparti',
          'tout au long',
          'pendant le pec',
          'pendant le contrat',
        ],
      ]),
      turn('tu peux me donner la source ?', 'dispositif', [SOURCE]),
    ],
  ),
  c(
    'b104-disp-promo-duree',
    ['typo'],
    [turn('promo 1618 ca dure cb ? un jeune me dit que c 1 an', 'dispositif', [PROMO_WEEKS], PREPA_DAYS)],
  ),
  c(
    'b104-disp-promo-rythme',
    ['two-in-one'],
    [
      turn(
        'la promo c du lundi au vendredi ? et c a distance ou sur place ? le jeune habite loin',
        'dispositif',
        [MON_THU, ON_SITE],
      ),
    ],
  ),
  c(
    'b104-disp-promo-4-mois',
    [],
    [
      turn('promo 16/18 duree totale ?', 'dispositif', [PROMO_WEEKS], PREPA_DAYS),
      turn('et si le jeune a besoin de souffler entre les phases ca rallonge ?', 'dispositif', [FOUR_MONTHS]),
    ],
  ),
  c(
    'b104-disp-promo-phases',
    [],
    [
      turn('les phases de la promo 1618 tu peux me les lister pr un educ ASE qui connait pas', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['préparation de la suite', 'la suite'],
      ]),
    ],
  ),
  c(
    'b104-disp-promo-parents',
    [],
    [
      turn('faut l accord des parents pr la promo ? le jeune est place a l ASE', 'dispositif', [
        ['autorisation', 'parental', 'parents'],
      ]),
    ],
  ),
  c(
    'b104-disp-promo-apres',
    ['two-in-one'],
    [
      turn('apres la promo 1618 y a un suivi du jeune ? combien de temps et avec qui ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b104-disp-promo-contenu',
    [],
    [
      turn(
        'dans la promo ils font quoi concretement ? un collegue m a dit qu ils passaient le permis',
        'dispositif',
        [['code de la route', 'code']],
        ['passent le permis'],
      ),
    ],
  ),
  c(
    'b104-disp-where',
    ['rambling'],
    [
      turn(
        'bon on a plein de gens sur le secteur de valence d agen sans voiture, ces dispositifs la (prepa, pec) ca se passe ou ? que a montauban ?',
        'dispositif',
        [MONTAUBAN, [...DELOCALISED, ...REMOTE]],
      ),
    ],
  ),
  c(
    'b104-disp-cost',
    [],
    [
      turn(
        'ca coute combien au CD une prescription prepa comp ou pec ? mon chef de service demande',
        'dispositif',
        [FREE],
        ['€'],
      ),
    ],
  ),
  c(
    'b104-disp-remuneration',
    [],
    [
      turn(
        'est ce que la personne est remuneree pdt prepa comp ? elle a peur de perdre son RSA',
        'dispositif',
        [SILENT],
        ['€'],
      ),
    ],
  ),
  c(
    'b104-disp-bilan',
    [],
    [
      turn('bilan de fin pour prepa comp qui le recoit ?', 'dispositif', [['bilan'], REFERENT]),
      turn('et pr competences pec aussi ?', 'dispositif', [VAE]),
    ],
  ),
  c(
    'b104-disp-panda',
    [],
    [
      turn('panda c quoi ? on m a dit d inscrire les gens dessus mais jsp ce que c', 'dispositif', [
        ['plateforme', 'outil'],
        ['traçab', 'trace', 'suivi'],
      ]),
    ],
  ),
  c(
    'b104-disp-vae-rsfp-jours',
    ['two-in-one'],
    [
      turn('dans competences pec la vae c combien de jours ? et la rsfp ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j', '3 jours ½'],
      ]),
    ],
  ),
  c(
    'b104-disp-pec-quand',
    ['rambling'],
    [
      turn(
        'alors mon monsieur il est en PEC depuis 8 mois a la com com, tout se passe bien, son employeur est content, competences pec on peut le lancer quand normalement ?',
        'dispositif',
        [['signature', 'premiers mois', 'dès le début']],
      ),
    ],
  ),
  c(
    'b104-disp-fle',
    [],
    [
      turn('vous avez un truc pr le francais ? primo arrivant BRSA qui parle pas bien', 'dispositif', [
        ['français'],
        ['langue étrangère', 'visée professionnelle', 'fle', 'primo'],
      ]),
    ],
  ),
  c(
    'b104-disp-promo-prescripteurs',
    ['two-in-one'],
    [
      turn('promo 1618 c qui qui oriente les jeunes normalement ? et nous au CD on peut ?', 'dispositif', [
        MISSION_LOCALE,
        ['ase', 'aide sociale'],
      ]),
    ],
  ),
  c(
    'b104-disp-prepa-hors-afpa',
    [],
    [
      turn(
        'prepa comp volet 2 ca marche si la formation visee est pas a l afpa ? genre un autre organisme',
        'dispositif',
        [['autre organisme', 'hors afpa', 'hors a.f.p.a', 'ou ailleurs', 'oui']],
      ),
    ],
  ),
  c(
    'b104-disp-accord-duree',
    ['two-in-one'],
    [
      turn('l accord CD/AFPA il dure cb de temps et on peut le prolonger ?', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['avenant'],
      ]),
    ],
  ),
  c(
    'b104-disp-reports',
    [],
    [
      turn('les tableaux de bord des dispositifs ils partent ou ? DGEFP ?', 'dispositif', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois', 'trimestriel'],
      ]),
      turn('et au niveau departemental ?', 'dispositif', [['ddetspp', 'd.d.e.t.s.p.p', 'bilan annuel']]),
    ],
  ),

  // ── agenda ─────────────────────────────────────────────────────────────────
  c(
    'b104-agenda-info-coll-prepa',
    [],
    [turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07'))],
  ),
  c(
    'b104-agenda-info-coll-moissac',
    ['follow-up'],
    [
      turn(
        'c quand les prochaines info coll ? c pr plusieurs collegues',
        'agenda',
        [on('2027-01-14')],
        notOn('2027-01-07'),
      ),
      turn('et a moissac ?', 'agenda', [on('2027-02-09')], [...notOn('2027-01-14'), ...notOn('2027-02-11')]),
      turn('il reste de la place ?', 'agenda', [seats(10)]),
    ],
  ),
  c(
    'b104-agenda-info-coll-valence',
    ['follow-up'],
    [
      turn('info coll prepa comp a castelsarrasin ?', 'agenda', [on('2027-01-21')], notOn('2027-01-07')),
      turn('et a valence ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    ],
  ),
  c(
    'b104-agenda-this-week',
    [],
    [
      turn(
        'agenda de la semaine pour l equipe svp',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-07'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b104-agenda-next-week',
    [],
    [
      turn(
        'semaine pro y a quoi ? visites, info coll, entrees, tout',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b104-agenda-february',
    ['team'],
    [
      turn(
        'tu me sors tout fevrier stp pr la reu d equipe (jpo, info coll, visites, reunions metiers)',
        'agenda',
        [on('2027-02-03'), on('2027-02-09'), on('2027-02-11'), on('2027-02-17'), on('2027-02-23')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b104-agenda-march',
    ['team'],
    [
      turn(
        'et l agenda de mars pr toute l equipe ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        [...notOn('2027-02-23'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b104-agenda-jpo-moissac',
    ['follow-up'],
    [
      turn('on a rate la jpo du 7 janvier, y en a une autre ?', 'agenda', [on('2027-02-03')]),
      turn('et y en a a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b104-agenda-visite-soudure',
    ['follow-up'],
    [
      turn(
        'visite plateau technique ? j ai 2 messieurs interesses par la soudure',
        'agenda',
        [on('2027-01-19'), ['soudure']],
        notOn('2027-03-10'),
      ),
      turn('il reste de la place ?', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'b104-agenda-visite-elec',
    ['follow-up'],
    [
      turn('prochaine visite de plateau', 'agenda', [on('2027-01-19')]),
      turn('et en electricite ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b104-agenda-logistique',
    [],
    [
      turn(
        'reunion metier logistique c quand ? cariste / prepa de commandes',
        'agenda',
        [on('2027-01-26'), MONTAUBAN],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b104-agenda-batiment',
    ['follow-up'],
    [
      turn('reunions metiers batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
      turn('c ou exactement ?', 'agenda', [['salle des fêtes', 'caussade']]),
    ],
  ),
  c(
    'b104-agenda-places-soudeur',
    [],
    [turn('info places soudeur', 'agenda', [seats(4), on('2027-02-01')], ['plaquiste', 'cariste', 'maçon'])],
  ),
  c(
    'b104-agenda-places-macon-plaquiste',
    ['follow-up'],
    [
      turn('places en formation macon ?', 'agenda', [seats(3)], ['soudeur', 'cariste']),
      turn('et plaquiste ?', 'agenda', [FULL]),
    ],
  ),
  c(
    'b104-agenda-places-cariste',
    ['two-in-one'],
    [
      turn(
        'places cariste ? et ca commence quand',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['soudeur', 'plaquiste'],
      ),
    ],
  ),
  c(
    'b104-agenda-places-moissac',
    [],
    [
      turn(
        'des places de formation a moissac ?',
        'agenda',
        [['propreté'], seats(7)],
        ['soudeur', 'plaquiste'],
      ),
    ],
  ),
  c(
    'b104-agenda-prepa-distance',
    [],
    [turn('entrees prepa comp a distance ?', 'agenda', [on('2027-02-08'), REMOTE], notOn('2027-01-18'))],
  ),
  c(
    'b104-agenda-prepa-v2-full',
    ['follow-up'],
    [
      turn('entree prepa volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
      turn('ok et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
    ],
  ),
  c(
    'b104-agenda-pec-atelier-2',
    [],
    [
      turn(
        'entrees competences pec atelier 2 ?',
        'agenda',
        [on('2027-01-20'), MONTAUBAN],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b104-agenda-pec-atelier-3',
    ['follow-up'],
    [
      turn('atelier 3 competences pec c quand ?', 'agenda', [on('2027-02-10')]),
      turn('c en presentiel ?', 'agenda', [ON_SITE]),
    ],
  ),
  c(
    'b104-agenda-promo',
    ['follow-up'],
    [
      turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01'), MONTAUBAN]),
      turn('cb de places ?', 'agenda', [seats(10)]),
      turn('y a une info coll pr les jeunes et les parents ?', 'agenda', [on('2027-03-17')]),
    ],
  ),
  c(
    'b104-agenda-session-18',
    ['two-in-one'],
    [
      turn('session prepa du 18 janvier : presentiel ou distance ? et c ou ?', 'agenda', [
        ON_SITE,
        MONTAUBAN,
      ]),
    ],
  ),
  c(
    'b104-agenda-electricite',
    ['two-in-one'],
    [
      turn(
        'un collegue a un mr interesse par l electricite : y a une visite ? et des places en formation ?',
        'agenda',
        [on('2027-03-10'), seats(2)],
      ),
    ],
  ),
  c(
    'b104-agenda-restauration',
    [],
    [
      turn(
        'restauration y a qq chose ? formation agent de restau',
        'agenda',
        [['caussade'], seats(4), on('2027-03-15')],
        ['soudeur', 'plaquiste'],
      ),
    ],
  ),

  // ── eligibility ────────────────────────────────────────────────────────────
  c(
    'b104-elig-52-brsa',
    ['list'],
    [
      turn(
        'pr une collegue :\n- 52 ans\n- BRSA depuis 2019\n- pas de permis\n- veut bosser ds la logistique mais pas sur du projet\nprepa comp possible ?',
        'eligibility',
        [YES, PREPA],
      ),
    ],
  ),
  c(
    'b104-elig-ase-17',
    [],
    [
      turn(
        'jeune ASE 17 ans, a arrete le lycee en novembre, fait rien depuis : promo 1618 ok ?',
        'eligibility',
        [YES, PROMO],
      ),
    ],
  ),
  c(
    'b104-elig-ml-siblings',
    ['follow-up'],
    [
      turn(
        'un jeune de 17 ans suivi ML, decroche, ni emploi ni formation, il peut faire la promo ?',
        'eligibility',
        [YES],
      ),
      turn('et son frere il a 15 ans ?', 'eligibility', [NO, AGE_LIMIT], POSITIVE_WRONG),
      turn('et sa soeur 20 ans ?', 'eligibility', [NO], POSITIVE_WRONG),
    ],
  ),
  c(
    'b104-elig-jeune-majeur',
    [],
    [
      turn(
        'jeune majeur 19 ans, contrat jeune majeur ASE, promo 1618 possible ?',
        'eligibility',
        [NO, AGE_LIMIT],
        POSITIVE_WRONG,
      ),
    ],
  ),
  c(
    'b104-elig-pec-mairie',
    ['list'],
    [
      turn(
        '- mr 44 ans\n- en PEC depuis 3 mois a la mairie\n- BRSA\n- veut faire valider son experience\ncompetences pec ?',
        'eligibility',
        [YES, PEC],
      ),
    ],
  ),
  c(
    'b104-elig-pas-pec',
    [],
    [
      turn(
        'mme BRSA pas en PEC, en recherche d emploi, competences pec possible ?',
        'eligibility',
        [NO, ['pec', 'parcours emploi']],
        POSITIVE_WRONG,
      ),
    ],
  ),
  c(
    'b104-elig-prepa-et-pec',
    ['two-in-one'],
    [
      turn(
        'BRSA 38 ans non inscrite FT, pas en contrat : eligible prepa comp ? et competences pec ?',
        'eligibility',
        [YES, NO],
      ),
    ],
  ),
  c(
    'b104-elig-apprenti',
    [],
    [
      turn(
        'jeune 16 ans en apprentissage chez un boulanger, la promo 1618 ca peut l aider ?',
        'eligibility',
        [NO],
        POSITIVE_WRONG,
      ),
    ],
  ),
  c(
    'b104-elig-ass-ft',
    ['list'],
    [
      turn('- 45 ans\n- ASS, inscrit FT\n- pas de RSA\nprepa comp par le CD ?', 'eligibility', [
        RSA,
        ['france travail', 'pôle emploi'],
      ]),
    ],
  ),
  c(
    'b104-elig-rqth',
    ['list'],
    [
      turn(
        '- 41 ans\n- BRSA\n- RQTH\n- projet aide soignante, dossier deja accepte, veut surtout securiser son entree en formation\nquel dispositif ?',
        'eligibility',
        [PREPA, ['volet 2', 'sécuris']],
      ),
    ],
  ),
  c(
    'b104-elig-prepa-ou-promo',
    ['list', 'follow-up'],
    [
      turn(
        '- 29 ans\n- BRSA\n- veut un projet de formation mais sait pas quoi\nprepa comp ou promo 1618 ?',
        'eligibility',
        [PREPA],
      ),
      turn('pourquoi pas la promo ?', 'eligibility', [AGE_LIMIT]),
    ],
  ),
  c(
    'b104-elig-60-ans',
    [],
    [
      turn('60 ans BRSA, prepa comp ? y a une limite d age ?', 'eligibility', [
        [
          'pas de limite',
          'aucune limite',
          'pas de condition d’âge',
          'aucune condition d’âge',
          ...SILENT,
          ...YES,
        ],
      ]),
    ],
  ),
  c(
    'b104-elig-cddi',
    ['list'],
    [
      turn(
        '- mr 34 ans\n- BRSA\n- salarie en chantier d insertion (CDDI)\n- pas en PEC\ncompetences pec ?',
        'eligibility',
        [NO, ['pec', 'parcours emploi']],
        POSITIVE_WRONG,
      ),
    ],
  ),
  c(
    'b104-elig-pec-tot',
    ['source-check'],
    [
      turn('BRSA 27 ans, en PEC dans une asso depuis 1 mois, competences pec c trop tot ?', 'eligibility', [
        ['signature', 'premiers mois', 'dès', 'pas trop tôt'],
      ]),
      turn('t es sur ? c ecrit ou ?', 'eligibility', [SOURCE]),
    ],
  ),
  c(
    'b104-elig-non-inscrit-ft',
    [],
    [
      turn('faut que la personne soit inscrite a FT pr prepa comp ?', 'eligibility', [
        [
          'non inscrit',
          'non-inscrit',
          'pas besoin',
          'pas obligé',
          'pas nécessaire',
          'pas obligatoire',
          'inscrits ou non',
          'pas inscrit',
          'ou non',
        ],
      ]),
    ],
  ),
  c(
    'b104-elig-three-people',
    ['two-in-one', 'three-programmes', 'list'],
    [
      turn(
        'trois situations en vrac pr la reu :\n1) 17 ans ASE decrocheuse\n2) 33 ans BRSA en PEC\n3) 50 ans BRSA sans projet\nqui va ou ?',
        'eligibility',
        [PROMO, PEC, PREPA],
      ),
    ],
  ),

  // ── out_of_scope ───────────────────────────────────────────────────────────
  c(
    'b104-oos-permis',
    [],
    [turn('le CD finance le permis de conduire des BRSA via l afpa ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b104-oos-cej',
    [],
    [turn('CEJ c quoi les conditions deja ? contrat engagement jeune', 'out_of_scope', [SILENT])],
  ),
  c(
    'b104-oos-montant-rsa',
    [],
    [turn('montant du RSA pour une personne seule cette annee ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b104-oos-garde-enfants',
    [],
    [turn('aide a la garde d enfant pendant prepa comp ? combien ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b104-oos-hebergement-promo',
    [],
    [
      turn(
        'hebergement pendant la periode de mobilite de la promo, c pris en charge par qui ?',
        'out_of_scope',
        [SILENT],
      ),
    ],
  ),
  c(
    'b104-oos-toulouse',
    [],
    [
      turn('l afpa de toulouse c pareil ? on a un BRSA qui demenage en haute garonne', 'out_of_scope', [
        [...SILENT, 'uniquement', 'seulement', 'que le tarn', 'tarn-et-garonne', 'tarn et garonne'],
      ]),
    ],
  ),
  c(
    'b104-oos-cpf',
    [],
    [
      turn(
        'compte CPF on peut le mobiliser pour payer la formation apres prepa ?',
        'out_of_scope',
        [SILENT],
        ['€'],
      ),
    ],
  ),
  c(
    'b104-oos-sanction',
    [],
    [turn('si la personne abandonne prepa comp en cours, sanction sur le RSA ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b104-oos-frais-deplacement',
    [],
    [
      turn(
        'frais de deplacement pr aller a l info coll a castel, c rembourse ?',
        'out_of_scope',
        [SILENT],
        ['€'],
      ),
    ],
  ),
  c(
    'b104-oos-resto',
    [],
    [
      turn('tu connais un bon resto a montauban pr ce midi ? lol', 'out_of_scope', [
        [...SILENT, 'uniquement', 'seulement', 'ne suis pas'],
      ]),
    ],
  ),
  c(
    'b104-oos-aide-employeur',
    ['follow-up'],
    [
      turn('mr en PEC a la mairie, BRSA, competences pec ok pr lui ?', 'eligibility', [YES]),
      turn(
        'et l employeur touche une aide en plus s il le laisse partir en atelier ?',
        'out_of_scope',
        [SILENT],
        ['€'],
      ),
    ],
  ),

  // ── contact ────────────────────────────────────────────────────────────────
  c(
    'b104-contact-coordo',
    [],
    [turn('qui est le coordo departemental cote afpa ?', 'contact', [VELLA, ['directeur', 'coordonnateur']])],
  ),
  c(
    'b104-contact-deploiement',
    [],
    [
      turn(
        'qui gere le deploiement des presta prepa/pec/promo a l afpa, on a besoin d un nom pr la reu',
        'contact',
        [BATTEDOU, RAP],
      ),
    ],
  ),
  c(
    'b104-contact-cd',
    ['follow-up'],
    [
      turn('et cote CD c qui l interlocuteur pr l experimentation ?', 'contact', [REFERENT]),
      turn('son nom ?', 'contact', [SILENT]),
    ],
  ),
  c(
    'b104-contact-suivi-accord',
    ['two-in-one'],
    [
      turn('qui suit l accord de partenariat cote afpa et cote departement ?', 'contact', [
        VELLA,
        ['weill', 'président'],
      ]),
    ],
  ),
  c(
    'b104-contact-habilitation',
    [],
    [
      turn('qui habilite les referents sur panda ? j ai pas d acces', 'contact', [
        ['afpa', 'a.f.p.a'],
        ['habilit'],
      ]),
    ],
  ),
  c(
    'b104-contact-bilan-manquant',
    ['rambling', 'follow-up'],
    [
      turn(
        'alors j ai une dame qui a fini prepa comp y a un moment deja et on a jamais recu le bilan individuel, ma collegue aussi pareil pr un mr, on contacte qui ?',
        'contact',
        [[...BATTEDOU, ...RAP, 'afpa', 'a.f.p.a']],
      ),
      turn('son mail ou son tel ?', 'contact', [SILENT], ['@']),
    ],
  ),
  c(
    'b104-contact-promo-ase',
    [],
    [
      turn('pour orienter un jeune ASE vers la promo qui contacter a l afpa ?', 'contact', [
        [...BATTEDOU, ...RAP, ...VELLA],
      ]),
    ],
  ),
  c(
    'b104-contact-who-are-they',
    ['two-in-one'],
    [
      turn('qui est eric vella et fabienne battedou ? on les a en copie d un mail', 'contact', [
        ['directeur', 'coordonnateur'],
        RAP,
      ]),
    ],
  ),

  // ── figures ────────────────────────────────────────────────────────────────
  c(
    'b104-fig-all-targets',
    ['three-programmes'],
    [turn('objectifs du plan d action pr les 3 dispositifs ?', 'figures', [THIRTY, FIFTY, TEN])],
  ),
  c(
    'b104-fig-pec-promo-source',
    ['follow-up', 'source-check'],
    [
      turn('objectif competences pec ?', 'figures', [FIFTY]),
      turn('et promo ?', 'figures', [TEN, ['ase', 'aide sociale']]),
      turn('c ecrit ou ?', 'figures', [SOURCE]),
    ],
  ),
  c(
    'b104-fig-progress',
    [],
    [turn('on en est ou des entrees prepa comp par rapport a l objectif ?', 'figures', [NOT_YET])],
  ),
  c(
    'b104-fig-sortie-emploi',
    [],
    [turn('taux de sortie emploi des BRSA passes par l afpa ?', 'figures', [NOT_YET])],
  ),
  c(
    'b104-fig-2027',
    [],
    [
      turn('objectif pour cette annee ? 2027', 'figures', [
        ['2022'],
        [...SILENT, 'pas d’objectif', 'aucun objectif', 'seulement', 'uniquement', 'que pour'],
      ]),
    ],
  ),
  c(
    'b104-fig-indicateurs-metiers',
    [],
    [
      turn('quels indicateurs on suit pr les reunions metiers ?', 'figures', [
        ['présent', 'participant'],
        ['taux de réussite', 'taux de sortie', 'entrés en formation', 'entrées en formation'],
      ]),
    ],
  ),
  c(
    'b104-fig-target-and-count',
    ['two-in-one'],
    [turn('objectif prepa comp + nb d entrees actuelles stp', 'figures', [THIRTY, NOT_YET])],
  ),

  // ── prescribe ──────────────────────────────────────────────────────────────
  c(
    'b104-presc-prepa',
    [],
    [turn('je veux prescrire prepa comp pr une BRSA', 'prescribe', [PRESCRIBE, FORM])],
  ),
  c(
    'b104-presc-pec-employeur',
    ['two-in-one'],
    [
      turn('comment on prescrit competences pec ? faut l accord de l employeur ?', 'prescribe', [
        ['employeur'],
        ['accord', 'oui'],
      ]),
    ],
  ),
  c(
    'b104-presc-promo-panda',
    [],
    [turn('inscrire un jeune ASE sur la promo, les etapes ?', 'prescribe', [['panda'], ['invit', 'inscri']])],
  ),
  c(
    'b104-presc-avant',
    [],
    [
      turn('avant de prescrire je dois verifier quoi avec la personne ?', 'prescribe', [
        ['adhésion', 'accord', 'consent'],
        ['mobilité', 'garde d’enfant', 'conditions matérielles'],
      ]),
    ],
  ),
  c(
    'b104-presc-cancel',
    [],
    [turn('prescrire prepa comp', 'prescribe', [PRESCRIBE, FORM]), turn('en fait annule', 'other', [CANCEL])],
  ),
  c(
    'b104-presc-direct',
    [],
    [turn('je peux prescrire direct ou faut passer par FT ?', 'prescribe', [['directement', 'direct']])],
  ),
  c(
    'b104-presc-session-18',
    ['two-in-one'],
    [
      turn('prescription pr mme L sur la session prepa du 18 janvier, c bien a montauban ?', 'prescribe', [
        PRESCRIBE,
        MONTAUBAN,
      ]),
    ],
  ),
  c(
    'b104-presc-pec-concret',
    [],
    [
      turn('orienter un BRSA en PEC vers competences PEC, on fait comment concretement', 'prescribe', [
        ['employeur'],
        [...PRESCRIBE, ...FORM],
      ]),
    ],
  ),
  c(
    'b104-presc-steps',
    [],
    [
      turn('je voudrais faire une prescription', 'prescribe', [PRESCRIBE, [...FORM, 'dispositif', 'quel']]),
      turn('prepa comp, volet 1', 'prescribe', [[...PRESCRIBE, ...FORM, 'volet 1', 'prépa']]),
    ],
  ),

  // ── other ──────────────────────────────────────────────────────────────────
  c('b104-other-hello', [], [turn('bonjour', 'other', [HELLO])]),
  c(
    'b104-other-help-team',
    [],
    [
      turn('tu sais faire quoi ? je presente l outil a l equipe tout a l heure', 'other', [
        ['dispositif', 'prépa'],
        ['prescri', 'agenda', 'éligib', 'calendrier'],
      ]),
    ],
  ),
  c('b104-other-thanks', [], [turn('merci c top', 'other', [THANKS])]),
  c('b104-other-cancel', [], [turn('annule', 'other', [CANCEL])]),
  c(
    'b104-other-hello-bye',
    [],
    [turn('slt', 'other', [HELLO]), turn('ok merci bonne journee', 'other', [THANKS])],
  ),
];
