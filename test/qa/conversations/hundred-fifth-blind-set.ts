/**
 * Hundred-fifth blind set.
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82) posted in rural sectors (Lomagne, Quercy, Bas-Quercy: Beaumont-de-Lomagne,
 * Lafrançaise, Caylus, Saint-Antonin-Noble-Val, Grisolles, Verdun-sur-Garonne, Nègrepelisse,
 * Lauzerte), typing in Teams as they do: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, TH,
 * RQTH, CD, ASE, info coll, JPO), no accents, typos, SMS style, long messages with the question
 * buried inside, follow-ups that only make sense after the previous turn; questions about
 * distance, remote sessions, transport and childcare, people without a car or internet.
 *
 * Written blind, from the agreement between the Département and AFPA (with its action plan and
 * the protocol of the three programmes), the product guide and the agenda fixture (today frozen
 * at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot or any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn, type Intent } from './sets.js';

// ── Local helpers ───────────────────────────────────────────────────────────

/** Both apostrophes, straight and typographic, for every alternative that has one. */
const apostrophes = (x: string): string[] => [x, x.replace(/'/g, '’'), x.replace(/’/g, "'")];
const expand = (alternatives: string[]): string[] => [...new Set(alternatives.flatMap(apostrophes))];

function t(
  say: string,
  intent: Intent,
  mustContain: string[][],
  mustNotContain: string[] = [],
): ConversationTurn {
  return turn(say, intent, mustContain.map(expand), expand(mustNotContain));
}

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DAYS = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
  '8 jours au maximum',
  "jusqu'à 8 jours",
];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 ou 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
  'cinq ou six jours',
  '5-6 jours',
  '5 à 6 j',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours', '4 à 8 j'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées', '5 j '];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu', 'lun. au jeu'];
const REMOTE = ['à distance', 'distanciel', 'en ligne', 'classe virtuelle'];
const ON_SITE = ['présentiel', 'sur place', 'dans le centre', 'au centre'];
const PROMO_PRESCRIBERS = ['mission locale', 'missions locales', 'CIO', 'C.I.O'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'sans frais',
  'sans coût',
  'rien à payer',
  'ne coûte rien',
  'pas de coût',
  'aucune contrepartie',
  'financé par',
  'pris en charge par',
  "plan d'investissement dans les compétences",
];
const MONEY = ['€', 'euros'];

/** « the agreement does not say / does not cover it », in many wordings. */
const SILENT = [
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  "pas d'information",
  'ne traite pas',
  'ne parle pas',
  'pas couvert',
  'ne figure pas',
  "n'est pas précisé",
  'non précisé',
  'ne contient pas',
  'ne donne pas',
  "n'aborde pas",
  'ne porte pas',
  'pas mentionné',
  'ne fixe pas',
  "rien n'est prévu",
  'ne détaille pas',
  'ne sais pas',
  'pas en mesure',
  'ne dispose pas',
  "je n'ai pas",
  'pas de réponse',
  "n'indique pas",
  'ne prévoient pas',
];
/** Silent, or « it is up to the référent to secure the material conditions » (protocol, 5). */
const SILENT_MATERIAL = [
  ...SILENT,
  'conditions matérielles',
  'au référent',
  'revient au référent',
  'vous appartient',
  'vous revient',
];
/** Figures that the bot cannot have yet. */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'aucune donnée',
  'pas de chiffre',
  'pas de donnée',
  'ne dispose pas',
  'aucun',
  ' 0 ',
  'zéro',
  'à venir',
  'pas en mesure',
  "je n'ai pas",
];
const OBJ30 = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 brsa',
  '30 entrées',
  ': 30',
  'trente',
];
const OBJ50 = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 brsa',
  '50 entrées',
  ': 50',
  'cinquante',
];
const OBJ10 = [
  '10 jeunes',
  '10 personnes',
  '10 bénéficiaires',
  '10 orientations',
  '10 ase',
  ': 10',
  'dix jeunes',
];

const POSITIVE = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut intégrer',
  'peut entrer',
  'peut suivre',
  'peut accéder',
  'peut y accéder',
  'accessible',
  'correspond',
  'oui',
];
const NEGATIVE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'réservé',
  'pas accessible',
  'ne relève pas',
  'pas concerné',
  'ne fait pas partie',
  'pas encore',
  'trop jeune',
  'trop âgé',
  "n'est pas ouvert",
];
/** A positive verdict, wrong for an ineligible person (« n'est éligible que » is not one). */
const POS_VERDICT = ['il est éligible', 'elle est éligible', 'est bien éligible'];

const PRESCRIBE = ['formulaire', 'prescri', 'panda', 'inscri', 'fiche'];
const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'plus aucune place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];
const AFPA_CONTACT = ['Battedou', 'Responsable Accompagnement et Parcours', 'Vella'];
const GREET = ['bonjour', 'salut', 'hello', 'bienvenue', 'bonsoir'];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'prépa compétences'];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  "n'hésitez",
  'bonne journée',
  'à votre service',
  'volontiers',
  'à bientôt',
  'je reste',
];
const CANCEL = ['annul', 'arrêt', 'abandon', "c'est noté", "d'accord", 'ok', 'pas de souci', 'entendu'];

const PAST_JPO = notOn('2027-01-07');

// ── The set ─────────────────────────────────────────────────────────────────

export const HUNDRED_FIFTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c(
    'b105-dsp-01',
    ['prepa', 'rural'],
    [
      t(
        "slt c koi exactement prepa comp ? g un BRSA a beaumont de lomagne qui sait pas trop ce qu'il veut faire",
        'dispositif',
        [['projet'], ['formation']],
      ),
    ],
  ),
  c(
    'b105-dsp-02',
    ['prepa', 'promo', 'sms', 'follow-up'],
    [
      t('prepa comp ca dure cb de tps ?', 'dispositif', [PREPA_DAYS], ['13 semaines', 'treize semaines']),
      t('et la promo ?', 'dispositif', [PROMO_WEEKS], ['2 à 8 jours', 'deux à huit jours']),
    ],
  ),
  c(
    'b105-dsp-03',
    ['prepa'],
    [
      t('diff entre volet 1 et volet 2 de prepa comp ?? jamais compris', 'dispositif', [
        ['consolid', 'diagnostic de faisabilité', 'projet professionnel'],
        ['sécuris', 'entrée en formation'],
      ]),
    ],
  ),
  c(
    'b105-dsp-04',
    ['prepa', '2-in-1'],
    [t('volet 1 c combien de jours ? et le volet 2 ?', 'dispositif', [VOLET1_DAYS, VOLET2_DAYS])],
  ),
  c(
    'b105-dsp-05',
    ['pec', 'rural', 'rambling', 'remote', 'follow-up'],
    [
      t(
        "competences PEC cb de jours au total pour la personne ? elle bosse a la mairie de caylus en PEC et l'employeur va forcement me demander combien de temps elle sera absente",
        'dispositif',
        [PEC_DAYS],
        ['2 à 8 jours', '13 semaines'],
      ),
      t('et ca peut se faire a distance ? caylus montauban c 1h de route', 'dispositif', [REMOTE]),
    ],
  ),
  c(
    'b105-dsp-06',
    ['promo', '2-in-1'],
    [
      t(
        "promo 1618 ca dure combien ? et c'est tous les jours ou pas",
        'dispositif',
        [PROMO_WEEKS, MON_THU],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b105-dsp-07',
    ['promo'],
    [t('qui prescrit la promo 1618 normalement ? c nous ou la ML ?', 'dispositif', [PROMO_PRESCRIBERS])],
  ),
  c(
    'b105-dsp-08',
    ['prepa', 'cost'],
    [
      t(
        'ca coute combien au departement une prepa comp ? ma cheffe demande si ya un budget a prevoir',
        'dispositif',
        [FREE],
        MONEY,
      ),
    ],
  ),
  c(
    'b105-dsp-09',
    ['where', 'rural'],
    [
      t(
        'les dispositifs c que a montauban ?? moi je suis sur lafrancaise / molieres, les gens veulent pas faire la route',
        'dispositif',
        [
          ['Montauban'],
          [
            'délocalis',
            'ensemble du département',
            'tout le département',
            'ailleurs',
            'autres lieux',
            'hors de Montauban',
            'Castelsarrasin',
            'Moissac',
            'à distance',
            'distanciel',
          ],
        ],
      ),
    ],
  ),
  c(
    'b105-dsp-10',
    ['prepa', 'report', '2-in-1'],
    [
      t(
        'a la fin de la prepa comp on a un bilan ? et il est envoye a qui, au referent ou a FT ?',
        'dispositif',
        [['bilan'], ['référent']],
      ),
    ],
  ),
  c(
    'b105-dsp-11',
    ['pec'],
    [
      t("competences pec ca permet d'avoir quoi comme certif au bout ?", 'dispositif', [
        ['VAE', 'V.A.E', 'validation des acquis'],
        ['RSFP', 'R.S.F.P', 'savoir-faire', 'CléA', 'clea'],
      ]),
    ],
  ),
  c(
    'b105-dsp-13',
    ['promo'],
    [
      t('la promo 1618 c quoi les etapes ? pour expliquer a la famille', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['suite'],
      ]),
    ],
  ),
  c(
    'b105-dsp-14',
    ['promo', 'aftercare', '2-in-1'],
    [
      t(
        'apres la promo 1618 le jeune est lache dans la nature ou ya un suivi derriere ? ca dure combien et c qui ?',
        'dispositif',
        [
          ['6 mois', 'six mois'],
          ['mission locale', 'missions locales'],
        ],
      ),
    ],
  ),
  c(
    'b105-dsp-15',
    ['rsfp', 'siae'],
    [
      t('RSFP c quoi deja ? c pour une dame en SIAE qui a pas le niveau pour une vae', 'dispositif', [
        ['reconnaissance des savoir-faire'],
        ['prérequis', 'pré-requis', 'VAE', 'V.A.E'],
      ]),
    ],
  ),
  c(
    'b105-dsp-17',
    ['fle'],
    [
      t(
        "pour un primo arrivant qui parle pas bien francais l'afpa a un truc ? il est a negrepelisse",
        'dispositif',
        [['français à visée professionnelle', 'français langue étrangère', 'FLE']],
      ),
    ],
  ),
  c(
    'b105-dsp-18',
    ['prepa', 'remuneration'],
    [
      t(
        "est ce que les gens sont remuneres pendant prepa comp ? c la 1ere question qu'on me pose a chaque fois",
        'dispositif',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b105-dsp-19',
    ['report', '2-in-1'],
    [
      t('les tableaux de bord des dispositifs ils partent a qui et a quel rythme ?', 'dispositif', [
        ['DGEFP', 'D.G.E.F.P'],
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ]),
    ],
  ),
  c(
    'b105-dsp-20',
    ['panda'],
    [
      t("panda ?? c quoi ce truc on m'en parle en reunion d'equipe et j'ai rien compris", 'dispositif', [
        ['traçabilité', 'tracer', 'trace', 'suivi des parcours'],
        ['AFPA', 'A.F.P.A'],
      ]),
    ],
  ),
  c(
    'b105-dsp-21',
    ['agreement', '2-in-1'],
    [
      t('la convention cd/afpa elle dure combien de temps ? elle est toujours valable ou pas', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2022', 'avenant'],
      ]),
    ],
  ),
  c(
    'b105-dsp-25',
    ['prepa', 'remote', 'no-car', 'rural', 'follow-up'],
    [
      t(
        'prepa comp c en presentiel ou a distance ? une dame de st antonin noble val a pas de voiture et ya pas de bus le matin',
        'dispositif',
        [REMOTE, ON_SITE],
      ),
      t('ok ya une session a distance bientot ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
      t(
        "ah mince elle a pas internet non plus en fait, ni ordi. l'afpa peut lui preter du materiel ?",
        'out_of_scope',
        [SILENT_MATERIAL],
      ),
    ],
  ),
  c(
    'b105-dsp-26',
    ['prepa', 'pec', '2-in-1'],
    [
      t("prepa comp ET competences PEC c'est combien de jours chacun ? je melange tout", 'dispositif', [
        PREPA_DAYS,
        PEC_DAYS,
      ]),
    ],
  ),
  c(
    'b105-dsp-28',
    ['pec', 'employer'],
    [
      t(
        "competences pec : l'employeur doit faire quoi ? il est d'accord sur le principe mais il sait pas ce que ca implique pour lui",
        'dispositif',
        [['employeur'], ['accord', 'inform', 'accompagn']],
      ),
    ],
  ),
  c(
    'b105-dsp-29',
    ['prepa', 'meal', '2-in-1'],
    [
      t(
        "prepa comp c combien de jours et est ce qu'ils ont une indemnite repas ou un truc du genre ?",
        'dispositif',
        [PREPA_DAYS, SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b105-dsp-30',
    ['promo', 'no-car', 'follow-up'],
    [
      t(
        'promo 1618 c en presentiel obligatoire ? le jeune est a lauzerte, pas de scooter rien',
        'dispositif',
        [['présentiel']],
      ),
      t('et ca se passe ou ?', 'dispositif', [['Montauban', 'Village']]),
    ],
  ),

  // ── agenda ──
  c(
    'b105-agd-01',
    ['info-coll', 'follow-up'],
    [
      t('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), ['Montauban']], PAST_JPO),
      t('il reste de la place ? g 2 personnes a envoyer', 'agenda', [seats(15)]),
    ],
  ),
  c(
    'b105-agd-02',
    ['jpo', 'follow-up'],
    [
      t('c quand la prochaine JPO ?', 'agenda', [on('2027-02-03')], PAST_JPO),
      t('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b105-agd-03',
    ['info-coll', 'follow-up', 'rural'],
    [
      t(
        'g 3 personnes du cote de castel et saint nicolas, ya une info coll prepa vers chez eux ?',
        'agenda',
        [on('2027-01-21'), ['Castelsarrasin']],
      ),
      t('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b105-agd-04',
    ['session', 'follow-up'],
    [
      t('prochaine entree prepa volet 1 ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
      t('c en presentiel ?', 'agenda', [['présentiel']]),
      t('et la suivante ?', 'agenda', [on('2027-02-08'), REMOTE]),
    ],
  ),
  c(
    'b105-agd-05',
    ['session', 'full', 'follow-up'],
    [
      t('la session volet 2 du 25 janvier il reste des places ?', 'agenda', [FULL]),
      t('et la suivante alors ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']]),
    ],
  ),
  c(
    'b105-agd-06',
    ['rural', 'rambling', 'follow-up'],
    [
      t(
        'qqch a caussade prochainement ? g du monde sur caylus et st antonin et caussade c le plus pres pour eux, montauban c la galere sans voiture',
        'agenda',
        [on('2027-02-23'), ['bâtiment']],
      ),
      t('et en formation a caussade meme, ya qqch ?', 'agenda', [on('2027-03-15'), ['restauration']]),
    ],
  ),
  c(
    'b105-agd-07',
    ['reunion-metier', 'rural', 'follow-up'],
    [
      t(
        'la reunion metiers logistique c quand ? g un monsieur a grisolles qui veut faire cariste',
        'agenda',
        [on('2027-01-26')],
      ),
      t('il reste de la place a la reunion ?', 'agenda', [seats(15)]),
    ],
  ),
  c(
    'b105-agd-08',
    ['places'],
    [
      t(
        'places soudeur ?',
        'agenda',
        [seats(4)],
        ['plaquiste', 'agent de restauration', 'agent de propreté'],
      ),
    ],
  ),
  c('b105-agd-09', ['places', 'full'], [t('plaquiste il reste de la place ?', 'agenda', [FULL])]),
  c(
    'b105-agd-10',
    ['places', '2-in-1'],
    [
      t('formation cariste ca commence quand et ya combien de places', 'agenda', [
        on('2027-01-27'),
        seats(6),
      ]),
    ],
  ),
  c(
    'b105-agd-11',
    ['week', 'follow-up'],
    [
      t(
        "il se passe quoi cette semaine a l'afpa ?",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...PAST_JPO],
      ),
      t(
        'et la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b105-agd-12',
    ['info-coll', 'pec'],
    [t('info coll competences pec ?', 'agenda', [on('2027-02-09'), ['Moissac']], notOn('2027-01-14'))],
  ),
  c(
    'b105-agd-13',
    ['info-coll', 'promo'],
    [t('ya une info coll promo 1618 pour les jeunes et les parents ?', 'agenda', [on('2027-03-17')])],
  ),
  c(
    'b105-agd-14',
    ['visite', 'places', 'follow-up'],
    [
      t('visite plateau elec c quand', 'agenda', [on('2027-03-10')]),
      t('et en formation electricien il reste des places ?', 'agenda', [seats(2)]),
    ],
  ),
  c(
    'b105-agd-15',
    ['jpo', 'past'],
    [
      t('y avait pas une jpo le 7 janvier ? je peux encore y envoyer qqun ?', 'agenda', [
        ['passé', 'déjà eu lieu', 'a eu lieu', 'terminé'],
      ]),
    ],
  ),
  c(
    'b105-agd-16',
    ['session', 'pec', 'remote', 'follow-up'],
    [
      t('prochaine entree competences pec atelier 2 ?', 'agenda', [on('2027-01-20'), seats(4)]),
      t('et a distance ?', 'agenda', [on('2027-03-03'), seats(3)]),
    ],
  ),
  c(
    'b105-agd-18',
    ['session', 'promo', '2-in-1'],
    [t('promo 1618 prochaine entree ? combien de places ?', 'agenda', [on('2027-02-01'), seats(10)])],
  ),
  c(
    'b105-agd-19',
    ['info-coll', 'follow-up', 'rural'],
    [
      t("ya une info coll prepa du cote de valence d'agen ? pour des gens d'auvillar", 'agenda', [
        on('2027-03-04'),
      ]),
      t('combien de places ?', 'agenda', [seats(10)]),
    ],
  ),
  c(
    'b105-agd-20',
    ['places', '2-in-1'],
    [
      t('agent de proprete a moissac il reste des places ? ca commence quand', 'agenda', [
        seats(7),
        on('2027-02-22'),
      ]),
    ],
  ),
  c(
    'b105-agd-23',
    ['places', '2-in-1'],
    [
      t('preparateur de commandes a castel, c quand et combien de places ?', 'agenda', [
        on('2027-03-01'),
        seats(5),
      ]),
    ],
  ),
  c(
    'b105-agd-26',
    ['info-coll', 'month'],
    [
      t(
        'en fevrier ya quoi comme info coll ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b105-agd-27',
    ['jpo', '2-in-1'],
    [
      t(
        'la JPO de montauban c quel jour et a quelle heure ?',
        'agenda',
        [on('2027-02-03'), ['9h', '9 h', '09:00', '9:00', '09h']],
        PAST_JPO,
      ),
    ],
  ),
  c(
    'b105-agd-28',
    ['session', 'remote'],
    [
      t(
        'prepa comp a distance prochaine session ? g un monsieur a saint antonin sans permis',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-01-18'),
      ),
    ],
  ),

  // ── eligibility ──
  c(
    'b105-elg-01',
    ['prepa', 'rsa'],
    [
      t(
        'Mme L. 45 ans BRSA non inscrite FT, elle pense a aide soignante mais c flou, prepa comp c ok pour elle ?',
        'eligibility',
        [POSITIVE],
      ),
    ],
  ),
  c(
    'b105-elg-02',
    ['promo', 'ase'],
    [
      t(
        'jeune ASE 17a, a quitte le lycee en octobre, fait rien depuis, promo 1618 possible ?',
        'eligibility',
        [POSITIVE],
      ),
    ],
  ),
  c(
    'b105-elg-03',
    ['promo', 'age', 'rural'],
    [
      t(
        'gamin de 15 ans a grisolles, decrocheur, il peut faire la promo 1618 ?',
        'eligibility',
        [NEGATIVE, ['16']],
        POS_VERDICT,
      ),
    ],
  ),
  c(
    'b105-elg-04',
    ['promo', 'age', 'ml'],
    [
      t('jeune 19 ans suivi ML sans diplome, promo 1618 ?', 'eligibility', [
        NEGATIVE,
        ['mineur', '16', '18'],
      ]),
    ],
  ),
  c(
    'b105-elg-05',
    ['pec', 'rsa', 'rural'],
    [
      t(
        "BRSA en PEC depuis 2 mois a la mairie de lafrancaise, elle voudrait faire reconnaitre ce qu'elle sait faire, c possible ?",
        'eligibility',
        [POSITIVE, ['Compétences PEC', 'compétences p.e.c', 'VAE', 'V.A.E']],
      ),
    ],
  ),
  c(
    'b105-elg-06',
    ['pec'],
    [
      t(
        'monsieur en CDI temps partiel, plus au RSA depuis peu, il peut faire competences pec ?',
        'eligibility',
        [NEGATIVE],
      ),
    ],
  ),
  c(
    'b105-elg-07',
    ['prepa', 'rsa', 'ft'],
    [
      t('BRSA inscrit a FT, il peut faire prepa comp ou c que pour les non inscrits ?', 'eligibility', [
        POSITIVE,
        ['inscrit'],
      ]),
    ],
  ),
  c(
    'b105-elg-08',
    ['promo', 'school'],
    [
      t(
        '17 ans encore au lycee a beaumont mais il veut arreter, promo 1618 ?',
        'eligibility',
        [[...NEGATIVE, 'quitté', 'décroch', 'pas en formation', 'ni en formation']],
        POS_VERDICT,
      ),
    ],
  ),
  c(
    'b105-elg-09',
    ['promo', 'ase', 'rural'],
    [
      t(
        'jeune ASE 16 ans qui est en apprentissage chez un garagiste a negrepelisse, la promo 1618 ca peut le faire ?',
        'eligibility',
        [NEGATIVE],
        POS_VERDICT,
      ),
    ],
  ),
  c(
    'b105-elg-11',
    ['prepa', 'ft'],
    [
      t("personne a l'ASS suivie par FT, pas au RSA, je peux lui prescrire prepa comp moi ?", 'eligibility', [
        ['France Travail', 'Pôle emploi'],
      ]),
    ],
  ),
  c(
    'b105-elg-12',
    ['promo', 'ml'],
    [
      t(
        'jeune 17 ans pas ase, suivi par la ML de castel, plus au college depuis l an dernier, pas de boulot rien',
        'eligibility',
        [POSITIVE],
      ),
    ],
  ),
  c(
    'b105-elg-13',
    ['pec', 'rsa', 'employer', 'rural', 'follow-up'],
    [
      t(
        'BRSA 52 ans a verdun sur garonne, en PEC dans une asso depuis janvier, competences pec ?',
        'eligibility',
        [POSITIVE],
      ),
      t("et son employeur doit etre d'accord ?", 'dispositif', [['employeur'], ['accord', 'adhésion']]),
    ],
  ),
  c(
    'b105-elg-14',
    ['prepa', 'repeat'],
    [
      t(
        'BRSA qui a deja fait une prepa comp en 2025, il peut la refaire ? le projet a change',
        'eligibility',
        [SILENT],
      ),
    ],
  ),
  c(
    'b105-elg-15',
    ['promo', 'ase', 'age'],
    [t('jeune ASE 20 ans en contrat jeune majeur, la promo 1618 c jouable ?', 'eligibility', [NEGATIVE])],
  ),
  c(
    'b105-elg-16',
    ['promo', 'no-car', 'rural', 'follow-up', '2-in-1'],
    [
      t(
        'ado de 16 ans de caylus, a lache le college au printemps, il fait rien de ses journees. promo 1618 ?',
        'eligibility',
        [POSITIVE],
      ),
      t('ok mais ca se passe ou et comment ?', 'dispositif', [['Montauban'], ['présentiel', 'lundi']]),
      t('et pour le transport ya une aide ?', 'out_of_scope', [SILENT_MATERIAL], MONEY),
    ],
  ),
  c(
    'b105-elg-17',
    ['pec', 'siae', 'rsfp'],
    [
      t(
        "salarie en PEC dans un chantier d'insertion, il a pas le niveau pour une vae, competences pec ca peut quand meme servir ?",
        'eligibility',
        [['RSFP', 'R.S.F.P', 'reconnaissance des savoir-faire', 'CléA', 'clea']],
      ),
    ],
  ),
  c(
    'b105-elg-18',
    ['prepa', 'places', '2-in-1'],
    [
      t(
        'mr T. 38a BRSA, projet cariste, il peut faire prepa comp ? et ya encore des places en cariste ?',
        'eligibility',
        [POSITIVE, seats(6)],
      ),
    ],
  ),

  // ── out_of_scope ──
  c(
    'b105-oos-01',
    ['permis'],
    [
      t(
        'est ce que le CD finance le permis B pour un BRSA qui fait prepa comp ?',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b105-oos-02',
    ['childcare', 'rural', 'rambling'],
    [
      t(
        'une maman solo a caylus, 2 petits dont un pas encore scolarise, elle est motivee pour prepa comp mais y a une solution de garde prevue pendant la formation ?',
        'out_of_scope',
        [SILENT_MATERIAL],
      ),
    ],
  ),
  c(
    'b105-oos-03',
    ['transport', 'rural'],
    [
      t(
        'remboursement essence pour venir de lauzerte a montauban c prevu ?',
        'out_of_scope',
        [SILENT_MATERIAL],
        [...MONEY, 'indemnité kilométrique'],
      ),
    ],
  ),
  c(
    'b105-oos-04',
    ['rsa-amount'],
    [t('il touche combien de RSA si il rentre en formation ? ca baisse ?', 'out_of_scope', [SILENT], MONEY)],
  ),
  c(
    'b105-oos-05',
    ['cej'],
    [t('le CEJ c mieux que la promo 1618 pour un jeune de 17 ans ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b105-oos-06',
    ['other-centre'],
    [
      t(
        "l'afpa de toulouse elle fait des JPO aussi ? c plus pres pour certains de grisolles",
        'out_of_scope',
        [[...SILENT, 'Montauban']],
      ),
    ],
  ),
  c(
    'b105-oos-07',
    ['weather'],
    [
      t("tu peux me dire s'il va neiger demain sur caylus ? g des rdv", 'out_of_scope', [
        [...SILENT, 'ne peux pas', 'uniquement', 'seulement', 'je peux vous aider'],
      ]),
    ],
  ),
  c(
    'b105-oos-08',
    ['ase', 'parental'],
    [
      t(
        "qui signe l'autorisation parentale pour un jeune ASE place en famille d'accueil ? les parents ou le CD ?",
        'out_of_scope',
        [SILENT],
      ),
    ],
  ),
  c(
    'b105-oos-09',
    ['caces'],
    [t('le CACES pour la formation cariste il est finance par qui ?', 'out_of_scope', [SILENT], MONEY)],
  ),
  c(
    'b105-oos-10',
    ['housing', 'rural'],
    [
      t(
        "l'hebergement a montauban pendant la formation soudeur c possible ? le gars habite a saint antonin",
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b105-oos-11',
    ['sanction'],
    [t("sanction RSA si la personne va pas a l'info coll ?", 'out_of_scope', [SILENT])],
  ),
  c(
    'b105-oos-13',
    ['childcare', 'follow-up'],
    [
      t('prepa comp ca finit a quelle heure le soir ?', 'out_of_scope', [SILENT]),
      t(
        'parce que elle doit recuperer ses enfants a l ecole de negrepelisse a 16h30, y a une garderie prevue ?',
        'out_of_scope',
        [SILENT_MATERIAL],
      ),
    ],
  ),

  // ── contact ──
  c('b105-ctc-01', ['afpa'], [t("qui je contacte a l'afpa pour prepa comp ?", 'contact', [AFPA_CONTACT])]),
  c(
    'b105-ctc-02',
    ['afpa'],
    [t('c qui le coordo departemental des dispositifs cote afpa ?', 'contact', [['Vella']])],
  ),
  c(
    'b105-ctc-03',
    ['afpa'],
    [
      t('fabienne battedou elle fait quoi exactement ?', 'contact', [
        ['Responsable Accompagnement et Parcours', 'déploiement', 'accompagnement et parcours'],
      ]),
    ],
  ),
  c(
    'b105-ctc-04',
    ['cd'],
    [
      t("et cote departement qui suit l'accord ?", 'contact', [
        [
          'Weill',
          'président',
          "référent de l'expérimentation",
          "référente de l'expérimentation",
          'représentant',
          'référent(e)',
        ],
      ]),
    ],
  ),
  c(
    'b105-ctc-05',
    ['afpa', 'phone'],
    [t("le num de tel de l'afpa montauban ? ou un mail ?", 'contact', [[...SILENT, 'Battedou', 'Vella']])],
  ),
  c(
    'b105-ctc-06',
    ['afpa', 'follow-up'],
    [
      t("g un souci sur un jeune promo 1618 inscrit sur panda, qui je peux appeler a l'afpa ?", 'contact', [
        AFPA_CONTACT,
      ]),
      t('et c quoi son role exactement ?', 'contact', [
        ['Responsable Accompagnement et Parcours', 'coordonnateur', 'directeur', 'déploiement'],
      ]),
    ],
  ),
  c(
    'b105-ctc-09',
    ['panda'],
    [t('qui habilite les referents sur panda ?', 'contact', [['AFPA', 'A.F.P.A']])],
  ),

  // ── figures ──
  c(
    'b105-fig-01',
    ['targets', 'follow-up', '2-in-1'],
    [
      t("l'objectif prepa comp c combien de BRSA ?", 'figures', [OBJ30]),
      t('et pour competences pec et la promo 1618 ?', 'figures', [OBJ50, OBJ10]),
    ],
  ),
  c(
    'b105-fig-02',
    ['progress'],
    [
      t('on en est ou des objectifs ? combien de BRSA sont deja rentres en prepa comp ?', 'figures', [
        NOT_YET,
      ]),
    ],
  ),
  c(
    'b105-fig-03',
    ['targets', 'year'],
    [
      t("c quoi l'objectif pour 2027 ? ma cheffe veut des chiffres pour le copil", 'figures', [
        [...SILENT, '2022'],
      ]),
    ],
  ),
  c(
    'b105-fig-04',
    ['results'],
    [t("le taux de sortie emploi des BRSA passes par l'afpa ?", 'figures', [[...NOT_YET, ...SILENT]])],
  ),
  c(
    'b105-fig-05',
    ['promo'],
    [
      t("promo 1618 c quoi l'objectif de sorties positives ?", 'figures', [
        ['70 %', '70%', '70 pour cent', 'soixante-dix'],
      ]),
    ],
  ),
  c(
    'b105-fig-06',
    ['ase'],
    [t('combien de jeunes ase orientes vers la promo cette annee ?', 'figures', [[...NOT_YET, ...OBJ10]])],
  ),
  c(
    'b105-fig-08',
    ['targets', '2-in-1'],
    [t('objectifs prepa comp et competences pec, ca fait combien en tout ?', 'figures', [OBJ30, OBJ50])],
  ),

  // ── prescribe ──
  c(
    'b105-prs-01',
    ['prepa', 'rural'],
    [t('je veux prescrire prepa comp pour un BRSA de negrepelisse', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b105-prs-03',
    ['promo', 'ase'],
    [
      t("comment j'oriente un jeune ase de 16 ans vers la promo 1618 ? c moi qui l'inscris ?", 'prescribe', [
        [...PRESCRIBE, ...PROMO_PRESCRIBERS],
      ]),
    ],
  ),
  c(
    'b105-prs-04',
    ['session', 'follow-up'],
    [
      t('prochaine entree prepa volet 1 a montauban ?', 'agenda', [on('2027-01-18')]),
      t('ok je peux inscrire mme D. dessus ?', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b105-prs-05',
    ['pec', 'rural'],
    [
      t(
        "prescrire competences pec pour un monsieur en PEC a la mairie de verdun, je fais comment ? l'employeur est au courant",
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
  c(
    'b105-prs-06',
    ['pec', 'employer'],
    [
      t("avant de prescrire competences pec je dois faire quoi ? faut l'accord de qqun ?", 'prescribe', [
        ['employeur'],
        ['accord', 'adhésion'],
      ]),
    ],
  ),
  c(
    'b105-prs-07',
    ['panda'],
    [
      t('je suis pas habilitee sur panda, je peux prescrire qd meme ?', 'prescribe', [
        ['habilit', 'formulaire', 'prescri'],
      ]),
    ],
  ),
  c(
    'b105-prs-08',
    ['prepa', 'steps'],
    [
      t(
        'comment ca marche concretement la prescription prepa comp, c quoi les etapes de mon cote ?',
        'prescribe',
        [['adhésion', 'inform', 'panda', 'inscri', 'formulaire']],
      ),
    ],
  ),
  c(
    'b105-prs-09',
    ['prepa', 'rambling', 'rural'],
    [
      t(
        "bon g vu mme R. ce matin a beaumont, BRSA depuis 3 ans, elle veut bosser en creche mais faut une formation et elle a peur de pas suivre, elle est d'accord pour la prepa comp, je lance comment ?",
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),

  // ── other ──
  c('b105-oth-01', ['greeting'], [t('bjr', 'other', [GREET])]),
  c('b105-oth-02', ['thanks'], [t('merci bcp !!', 'other', [THANKS])]),
  c('b105-oth-03', ['help'], [t('aide', 'other', [HELP])]),
  c(
    'b105-oth-04',
    ['cancel', 'follow-up'],
    [
      t('je veux prescrire prepa comp', 'prescribe', [PRESCRIBE]),
      t('non laisse tomber annule', 'other', [CANCEL]),
    ],
  ),
  c(
    'b105-oth-06',
    ['greeting', 'follow-up'],
    [t('coucou', 'other', [GREET]), t('tu peux faire quoi pour moi ?', 'other', [HELP])],
  ),
];
