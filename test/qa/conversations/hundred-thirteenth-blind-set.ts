/**
 * Hundred-thirteenth blind set: a realistic week of Teams messages from a mixed team of the
 * Département de Tarn-et-Garonne (référents insertion, travailleurs sociaux of the ASE, a
 * coordinator who writes very formally, younger colleagues who type in SMS style or franglais).
 *
 * Written blind, without looking at the bot: every expected fact comes from the agreement
 * between the Département and AFPA (with its 2022-2023 action plan and the protocol of the
 * three programmes), from the product guide and from the agenda fixture (today frozen at
 * Monday 11 January 2027, 9:00 Europe/Paris). Where the agreement is silent, the answer is
 * expected to say so rather than invent.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2 a 8 jours',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
  '5-6 jours',
  '5 à 6 j',
  '5 ou 6 jours',
];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours', '4 à 8 j'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi'];
const PROMO_AGES = ['16 à 18', '16 a 18', '16-18', '16 et 18', '16/18', 'mineur'];
const PEC_CONTRACT = [
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi compétences',
  'parcours emploi competences',
  'en pec',
  'signataire',
  'salarié en pec',
  'salariés en pec',
];
const FREE = [
  'sans contrepartie financière',
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'rien à payer',
  'sans frais',
  'aucun frais',
  'pas payant',
  'aucune participation',
  'sans coût',
];
const STATE_FUNDING = ['état', 'pic', 'investissement dans les compétences', 'dgefp', 'd.g.e.f.p'];
const AFPA_DEPLOYMENT = ['battedou', 'responsable accompagnement'];
const COORDINATOR = ['vella', 'directeur du centre', 'directeur'];
const PRESCRIBE = ['formulaire', 'prescri', 'panda', 'fiche'];
const PANDA_STEPS = ['panda', 'adhésion', 'informe', 'formulaire', 'inscri', 'invite'];
const EMPLOYER = ['employeur'];
const NOT_REGISTERED_OK = [
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'pas inscrite',
  'pas besoin',
  'pas obligatoire',
  'pas nécessaire',
  'pas un problème',
  'aucun problème',
  'pas de problème',
  'sans être inscrit',
  'même non inscrit',
  'qu’ils soient',
  "qu'ils soient",
];

// Verdicts.
const YES = [
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut accéder',
  'peut y accéder',
  'peut suivre',
  'peut intégrer',
  'peut être orienté',
  'peut faire',
  'correspond',
  'relève',
  'oui',
];
const NOT_YES = ['pas éligible', 'inéligible', 'non éligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'impossible',
  'ne remplit pas',
  'ne correspond pas',
  'pas concerné',
  'ne relève pas',
  'réservé',
  'pas accès',
  'ne fait pas partie',
  'malheureusement non',
  'non,',
];

// The agreement is silent.
const NOT_COVERED = [
  'ne prévoit pas',
  'prévoit rien',
  'ne dit rien',
  'dit rien',
  'précise pas',
  'hors',
  'pas prévu',
  'rien n’est prévu',
  "rien n'est prévu",
  'couvre pas',
  'aucune information',
  'aucune info',
  'aucune indication',
  'pas d’information',
  "pas d'information",
  'traite pas',
  'mentionne pas',
  'aborde pas',
  'évoque pas',
  'indique pas',
  'parle pas',
  'détaille pas',
  'porte pas',
  'concerne pas',
  'ne figure pas',
  'ne contient pas',
  'ne sais pas',
  'ne peux pas',
  'pas en mesure',
  'rien sur',
  'sort du cadre',
  'pas dans',
];
// Figures not yet available.
const NOT_AVAILABLE = [
  'pas encore',
  'pas disponible',
  'pas disponibles',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'pas de chiffre',
  'ne dispose pas',
  'pas de donnée',
  'aucune donnée',
  'pas connu',
  'pas publié',
  'pas de résultat',
  'aucun résultat',
  'pas communiqué',
  'pas en mesure',
  'pas à disposition',
  'ne figure pas',
  'pas d’indicateur',
  "pas d'indicateur",
  'ne sont pas',
  'je n’ai pas',
  "je n'ai pas",
];
/** What a negative verdict must not say. */
const NOT_NO = ['est bien éligible', 'oui, il', 'oui, elle', 'oui il', 'oui elle'];
const CLOSING = [
  'de rien',
  'avec plaisir',
  'bonne journée',
  'je vous en prie',
  'à votre service',
  'à votre disposition',
  'n’hésitez',
  "n'hésitez",
  'bonne continuation',
  'à bientôt',
  'au revoir',
  'merci',
  'bonne fin',
  'bon courage',
];
const HELP = ['prescri', 'agenda', 'dispositif', 'éligib', 'question', 'prépa compétences', 'je peux'];
const FULL = [
  'complet',
  ' 0 place',
  'places : 0',
  'plus de place',
  'aucune place',
  'pas de place',
  'plus aucune',
  'plus de places',
];
const MONEY = ['€', 'euros'];

export const HUNDRED_THIRTEENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c(
    'b113-dispo-prepa-duration-formal',
    ['formal'],
    [
      turn(
        'Madame, Monsieur, pourriez-vous m’indiquer la durée du dispositif Prépa Compétences ? Je vous remercie par avance.',
        'dispositif',
        [PREPA_DURATION, TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b113-dispo-prepa-volets-sms',
    ['sms', 'two-questions'],
    [
      turn(
        'prepa comp cb de jours le volet 1 et le volet 2 ??',
        'dispositif',
        [VOLET1_DURATION, VOLET2_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b113-dispo-pec-format-jargon',
    ['jargon', 'two-questions'],
    [
      turn(
        'c koi le format de competences pec, ca dure combien ?',
        'dispositif',
        [
          PEC_DURATION,
          [
            'durée du pec',
            'durée du contrat',
            'pendant le pec',
            'sur la durée',
            'répartis',
            'réparti',
            'tout au long',
            'au fil du',
          ],
        ],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b113-dispo-pec-certifications',
    ['sms'],
    [
      turn('competences PEC ca debouche sur quoi comme certif ?', 'dispositif', [
        ['vae', 'v.a.e', 'validation des acquis'],
        ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
        ['cléa', 'clea'],
      ]),
    ],
  ),
  c(
    'b113-dispo-promo-duration-phases',
    ['two-questions', 'follow-up'],
    [
      turn(
        'Bonjour, la Promo 16/18 dure combien de temps et comment elle est decoupee ?',
        'dispositif',
        [PROMO_DURATION, ['4 phases', '4 temps', 'quatre phases', 'quatre temps', 'engagement']],
        ['2 à 8 jours'],
      ),
      turn('ok et c tous les jours ? le vendredi aussi ?', 'dispositif', [PROMO_DAYS]),
    ],
  ),
  c(
    'b113-dispo-promo-public-then-after',
    ['sms', 'follow-up'],
    [
      turn('la promo 1618 c pour quels jeunes ?', 'dispositif', [
        PROMO_AGES,
        ['quitté', 'décroch', 'pas en formation', 'ne travaillent pas', 'sans emploi', 'ni en formation'],
      ]),
      turn('et apres la promo le jeune est suivi ou il est lache dans la nature ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b113-dispo-prepa-report',
    ['sms'],
    [
      turn('on recoit un retour a la fin de la prepa ? genre un bilan ?', 'dispositif', [
        ['bilan individuel', 'bilan'],
        ['référent', 'referent', 'vous'],
      ]),
    ],
  ),
  c(
    'b113-dispo-prepa-cost',
    ['two-questions'],
    [
      turn(
        'ca coute combien au departement une prescription prepa competences ? on a un budget a prevoir ?',
        'dispositif',
        [FREE],
        MONEY,
      ),
    ],
  ),
  c(
    'b113-dispo-prepa-where-remote',
    ['two-questions', 'sms'],
    [
      turn('la prepa ca se passe ou ? possible en distanciel pour qqn sans voiture ?', 'dispositif', [
        ['distance', 'distanciel'],
        ['montauban', 'centre afpa', 'centre a.f.p.a', 'délocalis'],
      ]),
    ],
  ),
  c(
    'b113-dispo-prepa-public',
    ['sms'],
    [
      turn('prepa competences c pour qui exactement ?', 'dispositif', [
        ['rsa', 'r.s.a'],
        ['éloigné', 'peu ou pas qualifi', 'demandeur'],
      ]),
    ],
  ),
  c(
    'b113-dispo-prepa-ft-registration',
    ['abbreviations'],
    [turn('faut il que le BRSA soit inscrit a FT pour la prepa ?', 'dispositif', [NOT_REGISTERED_OK])],
  ),
  c(
    'b113-dispo-pec-portfolio',
    [],
    [
      turn('un portefeuille de competences c systematique en competences pec ?', 'dispositif', [
        ['portefeuille'],
        ['systématique', 'chaque bénéficiaire', 'chaque personne', 'oui', 'pour tous', 'chacun'],
      ]),
    ],
  ),
  c(
    'b113-dispo-pec-vae-workshop',
    [],
    [
      turn(
        "l'atelier vae dans competences pec ca fait combien de temps ?",
        'dispositif',
        [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j']],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b113-dispo-promo-parents',
    [],
    [
      turn("pour un mineur il faut l'accord des parents pour la promo 16 18 ?", 'dispositif', [
        [
          'autorisation parentale',
          'autorisations parentales',
          'autorisation des parents',
          'accord des parents',
          'parents',
        ],
      ]),
    ],
  ),
  c(
    'b113-dispo-fle',
    ['sms'],
    [
      turn('vous avez un truc pour les primo arrivants qui parlent pas bien francais ?', 'dispositif', [
        ['français à visée professionnelle', 'français langue étrangère', 'fle', 'visée professionnelle'],
      ]),
    ],
  ),
  c(
    'b113-dispo-pec-phases',
    ['two-questions'],
    [
      turn("competences pec c'est combien de phases et la premiere c quoi ?", 'dispositif', [
        ['5 phases', 'cinq phases'],
        ['inscription', 'première rencontre', 'demi-journée', 'consultant'],
      ]),
    ],
  ),
  c(
    'b113-dispo-rsfp-then-clea',
    ['abbreviations', 'follow-up'],
    [
      turn('RSFP c pour qui ?', 'dispositif', [
        ['prérequis', 'pré-requis', 'pre-requis'],
        ['vae', 'v.a.e', 'validation des acquis'],
      ]),
      turn(
        'et cléa socle ca prend combien de temps dans competences pec ?',
        'dispositif',
        [['1 jour', 'une journée', '1 journée', 'un jour']],
        ['3,5 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b113-dispo-pec-when',
    [],
    [
      turn('on peut mobiliser competences pec a quel moment du contrat ?', 'dispositif', [
        ['dès la signature', 'dès signature', 'signature du contrat', 'premiers mois', 'début du contrat'],
      ]),
    ],
  ),
  c(
    'b113-dispo-delocalisation',
    ['two-questions'],
    [
      turn("les dispositifs c'est que a Montauban ou ca peut se faire ailleurs dans le 82 ?", 'dispositif', [
        ['montauban'],
        [
          'délocalis',
          'ailleurs',
          'ensemble du département',
          'tout le département',
          'autres villes',
          'castelsarrasin',
          'moissac',
        ],
      ]),
    ],
  ),
  c(
    'b113-dispo-prepa-then-volet2',
    ['closing'],
    [
      turn('c quoi prepa comp', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn("et le volet 2 c'est pour qui ?", 'dispositif', [
        ['sécuriser', 'sécurisation', 'entrée en formation'],
        VOLET2_DURATION,
      ]),
      turn('ok top merci', 'other', [CLOSING]),
    ],
  ),
  c(
    'b113-dispo-pec-then-employer',
    ['follow-up'],
    [
      turn('competences pec en 2 mots ?', 'dispositif', [PEC_DURATION]),
      turn("et l'employeur il doit donner son accord ?", 'dispositif', [['accord'], EMPLOYER]),
    ],
  ),
  c(
    'b113-dispo-promo-asked-twice',
    ['repeat'],
    [
      turn('la promo 16/18 ca dure cb de temps ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
      turn(
        "donc c'est combien de semaines au total, pour etre sur ? et ca peut aller au dela ?",
        'dispositif',
        [['13 semaines', 'treize semaines'], PROMO_MAX],
      ),
    ],
  ),
  c(
    'b113-dispo-cost-asked-twice',
    ['repeat'],
    [
      turn('la prepa est payante pour le CD ?', 'dispositif', [FREE], MONEY),
      turn(
        "donc on paie rien du tout c'est bien ca ? c'est finance par qui alors ?",
        'dispositif',
        [FREE, STATE_FUNDING],
        MONEY,
      ),
    ],
  ),
  c(
    'b113-dispo-panda',
    ['two-questions'],
    [
      turn("c'est quoi panda et on doit y saisir quoi ?", 'dispositif', [
        ['traçabilité', 'tracabilite', 'trace', 'tracé'],
        ['bénéficiaires', 'ateliers', 'inscri', 'saisi'],
      ]),
    ],
  ),
  c(
    'b113-dispo-rambling-securise',
    ['rambling'],
    [
      turn(
        "bon alors je vous explique la situation, j'ai une dame que je suis depuis 2 ans au RSA, elle a eu plein de soucis de sante, la elle va mieux et elle parle de faire une formation d'aide a domicile mais honnetement je sais pas si elle tiendra le rythme, elle a peur de retourner en formation apres tant d'annees, du coup je me demandais si la prepa comp pouvait l'aider a securiser son entree, et ca dure combien de temps en gros ?",
        'dispositif',
        [
          [...VOLET2_DURATION, ...PREPA_DURATION],
          ['volet 2', 'sécuris'],
        ],
        ['13 semaines'],
      ),
    ],
  ),

  // ── agenda ───────────────────────────────────────────────────────────────
  c(
    'b113-agenda-next-infocoll-prepa',
    ['abbreviations'],
    [
      turn(
        'prochaine info coll prepa comp ?',
        'agenda',
        [on('2027-01-14'), ['montauban']],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b113-agenda-next-jpo',
    ['abbreviations'],
    [turn('prochaines JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07'))],
  ),
  c(
    'b113-agenda-jpo-then-moissac',
    ['follow-up'],
    [
      turn('c quand la prochaine jpo', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b113-agenda-prepa-entries-then-moissac',
    ['follow-up'],
    [
      turn('prochaines entrees prepa competences ?', 'agenda', [on('2027-01-18')]),
      turn('et a moissac ?', 'agenda', [on('2027-03-08')], [...notOn('2027-01-18'), ...notOn('2027-02-15')]),
    ],
  ),
  c(
    'b113-agenda-volet2-january-full',
    [],
    [turn("l'entree volet 2 prepa du 25 janvier il reste de la place ?", 'agenda', [FULL])],
  ),
  c(
    'b113-agenda-volet2-then-castel',
    ['follow-up'],
    [
      turn('prochaine entree prepa volet 2 ?', 'agenda', [[...on('2027-01-25'), ...on('2027-02-15')]]),
      turn('celle de janvier est complete non ? et celle de castelsarrasin il reste combien ?', 'agenda', [
        seats(5),
        ['castelsarrasin'],
      ]),
    ],
  ),
  c(
    'b113-agenda-welding-visit',
    ['sms'],
    [
      turn(
        'y a une visite du plateau soudure bientot ?',
        'agenda',
        [on('2027-01-19'), ['14h', '14:00', '14 h']],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b113-agenda-welding-then-masonry',
    ['follow-up'],
    [
      turn('places dispo en soudure ?', 'agenda', [seats(4)], ['plaquiste', 'cariste']),
      turn('et en maconnerie ?', 'agenda', [seats(3)], ['plaquiste', 'cariste', 'soudeur']),
      turn('et plaquiste ?', 'agenda', [FULL], ['soudeur', 'cariste']),
    ],
  ),
  c(
    'b113-agenda-logistics-meeting',
    ['two-questions'],
    [
      turn(
        'la reunion metiers logistique c quand et ou ?',
        'agenda',
        [on('2027-01-26'), ['montauban']],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b113-agenda-building-meeting',
    ['abbreviations'],
    [turn('reu metier batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26'))],
  ),
  c(
    'b113-agenda-promo-infocoll',
    ['abbreviations'],
    [turn('info coll promo 16 18 prochaine date ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14'))],
  ),
  c(
    'b113-agenda-promo-entry-seats',
    ['two-questions'],
    [turn('prochaine entree promo 1618 ? combien de places ?', 'agenda', [on('2027-02-01'), seats(10)])],
  ),
  c(
    'b113-agenda-pec-remote',
    ['two-questions'],
    [
      turn("competences pec a distance c'est possible ? prochaine session ?", 'agenda', [
        on('2027-03-03'),
        ['distance', 'distanciel'],
      ]),
    ],
  ),
  c(
    'b113-agenda-castelsarrasin-then-valence',
    ['follow-up'],
    [
      turn(
        "qu'est ce qu'il y a a castelsarrasin ?",
        'agenda',
        [on('2027-01-21'), ['castelsarrasin']],
        notOn('2027-02-09'),
      ),
      turn(
        "et du cote de valence d'agen rien ?",
        'agenda',
        [on('2027-03-04')],
        [...notOn('2027-01-21'), ...notOn('2027-02-17')],
      ),
    ],
  ),
  c(
    'b113-agenda-this-week-then-next',
    ['follow-up'],
    [
      turn(
        "cette semaine il se passe quoi a l'afpa ?",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
      turn(
        'et la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b113-agenda-forklift',
    ['two-questions'],
    [
      turn(
        'formation cariste quand ca commence et il reste combien de places ?',
        'agenda',
        [on('2027-01-27'), seats(6)],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b113-agenda-electricity',
    ['two-questions'],
    [
      turn('visite atelier electricite prevue ? et y a des places en formation electricien ?', 'agenda', [
        on('2027-03-10'),
        seats(2),
      ]),
    ],
  ),
  c(
    'b113-agenda-prepa-remote',
    ['franglais'],
    [turn('prepa full remote prochaine entree ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18'))],
  ),
  c(
    'b113-agenda-moissac-february',
    [],
    [
      turn(
        "tout ce qu'il y a a moissac en fevrier",
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b113-agenda-catering-then-cleaning',
    ['two-questions', 'follow-up'],
    [
      turn(
        'agent de restauration y a des places ? c ou ?',
        'agenda',
        [seats(4), ['caussade']],
        ['plaquiste'],
      ),
      turn('et agent de proprete ?', 'agenda', [seats(7), ['moissac']], ['plaquiste', 'restauration']),
    ],
  ),
  c(
    'b113-agenda-infocoll-castel-seats',
    ['follow-up'],
    [
      turn('info coll prepa a castel c quand ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b113-agenda-pec-infocoll-time',
    ['follow-up'],
    [
      turn('prochaine info coll competences pec ?', 'agenda', [on('2027-02-09'), ['moissac']]),
      turn('ca commence a quelle heure ?', 'agenda', [['9h30', '9 h 30', '09:30', '9:30', '09h30']]),
    ],
  ),
  c(
    'b113-agenda-logistics-places-then-castel',
    ['follow-up'],
    [
      turn('places dispo en logistique ?', 'agenda', [seats(6), seats(5)], ['plaquiste', 'soudeur']),
      turn('celle de castel commence quand ?', 'agenda', [on('2027-03-01')]),
    ],
  ),
  c(
    'b113-agenda-booking-infocoll',
    ['franglais'],
    [
      turn(
        'le process pour booker une info coll prepa pour un BRSA ? la prochaine c quand ?',
        'agenda',
        [[...on('2027-01-14'), ...on('2027-01-21')]],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b113-agenda-rambling-building',
    ['rambling'],
    [
      turn(
        "dsl pour le pave, on a eu une reunion d'equipe ce matin et la cheffe veut qu'on oriente plus de monde vers les metiers du batiment vu que ca recrute pas mal en ce moment, du coup est ce qu'il y a un truc prevu bientot pour presenter ces metiers aux allocataires ?",
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),

  // ── eligibility ──────────────────────────────────────────────────────────
  c(
    'b113-elig-rsa-not-registered-formal',
    ['formal'],
    [
      turn(
        'Madame, Monsieur, une allocataire du RSA âgée de 42 ans, non inscrite à France Travail, souhaite consolider son projet de reconversion. Pourrait-elle bénéficier de Prépa Compétences ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b113-elig-ase-17-dropout',
    ['abbreviations'],
    [
      turn(
        'jeune ASE 17 ans decrocheur, pas en formation pas en emploi, eligible promo ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b113-elig-15-years',
    [],
    [
      turn(
        'un gamin de 15 ans sorti du college il peut faire la promo 16/18 ?',
        'eligibility',
        [NO, ['16']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b113-elig-20-years-ex-ase',
    ['abbreviations'],
    [turn('jeune majeur 20 ans ex ASE, promo 1618 possible ?', 'eligibility', [NO, PROMO_AGES], NOT_NO)],
  ),
  c(
    'b113-elig-still-at-school',
    [],
    [
      turn(
        "une jeune de 16 ans confiee a l'ASE, encore au lycee mais qui decroche un peu, on peut l'inscrire a la promo ?",
        'eligibility',
        [
          [
            ...NO,
            'quitté',
            'scolarisé',
            'pas en formation',
            'ne sont pas en formation',
            'décroch',
            'pas encore',
          ],
        ],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b113-elig-pec-rsa',
    ['abbreviations'],
    [
      turn(
        'BRSA en PEC depuis 2 mois dans une asso, eligible competences pec ?',
        'eligibility',
        [YES, EMPLOYER],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b113-elig-rsa-no-pec-vae',
    [],
    [
      turn(
        'Monsieur X est au RSA, pas de contrat de travail, il veut faire une VAE : je peux le mettre sur competences PEC ?',
        'eligibility',
        [PEC_CONTRACT, [...NO, 'nécessite', 'il faut', 'uniquement', 'seulement', 'suppose']],
        ['est éligible à compétences pec'],
      ),
    ],
  ),
  c(
    'b113-elig-ass-not-rsa',
    ['abbreviations'],
    [
      turn(
        "une personne a l'ASS, pas au RSA, suivie par FT, je peux la prescrire en prepa via la convention ?",
        'eligibility',
        [
          ['rsa', 'r.s.a'],
          ['france travail', 'pôle emploi'],
        ],
      ),
    ],
  ),
  c(
    'b113-elig-ml-17-not-ase',
    ['abbreviations'],
    [
      turn(
        'jeune 17 ans suivi ML, pas ASE, sorti du lycee sans rien, la promo c pour lui ?',
        'eligibility',
        [['mission locale', 'missions locales']],
        ['inéligible'],
      ),
    ],
  ),
  c(
    'b113-elig-three-needs-promo',
    ['three-needs'],
    [
      turn(
        "jeune ASE 16 ans et demi, a quitte le college l'an dernier, ne fait rien depuis. elle peut faire la promo ? c'est quand la prochaine entree ? et je fais comment pour la prescrire ?",
        'eligibility',
        [YES, on('2027-02-01'), PRESCRIBE],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b113-elig-three-needs-prepa',
    ['three-needs'],
    [
      turn(
        'allocataire rsa, 35 ans, veut entrer en formation cariste mais a peur de pas suivre. eligible prepa ? prochaine entree ? process pour prescrire ?',
        'eligibility',
        [
          YES,
          [...on('2027-01-18'), ...on('2027-01-25'), ...on('2027-02-08'), ...on('2027-02-15')],
          PRESCRIBE,
        ],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b113-elig-rqth',
    ['abbreviations'],
    [
      turn(
        'BRSA avec RQTH, suivi aussi par cap emploi, il peut faire la prepa comp ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b113-elig-ase-age-then-19',
    ['follow-up', 'closing'],
    [
      turn('jeune ASE 17 ans sortie de 3eme sans rien, promo ok ?', 'eligibility', [YES], NOT_YES),
      turn('et si elle avait 19 ans ?', 'eligibility', [NO, PROMO_AGES], NOT_NO),
      turn('ok merci bcp', 'other', [CLOSING]),
    ],
  ),
  c(
    'b113-elig-pec-then-prescribe',
    ['follow-up'],
    [
      turn(
        "salarie en PEC dans un chantier d'insertion, au RSA, il peut avoir competences pec ?",
        'eligibility',
        [YES],
        NOT_YES,
      ),
      turn('je fais comment pour le prescrire ?', 'prescribe', [PRESCRIBE, ['employeur', 'accord']]),
    ],
  ),
  c(
    'b113-elig-checker-franglais',
    ['franglais'],
    [
      turn(
        "je dois checker l'eligibilite d'une madame au RSA, 58 ans, pas de diplome, projet hyper flou : prepa comp ok ou pas ?",
        'eligibility',
        [YES, ['volet 1', 'consolider', 'projet']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b113-elig-apprentice-17',
    ['abbreviations'],
    [
      turn(
        'jeune ASE 17 ans deja en apprentissage chez un boulanger, il peut faire la promo ?',
        'eligibility',
        [[...NO, 'ne travaillent pas', 'pas en formation', 'ne sont pas en formation', 'déjà']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b113-elig-rambling-ase-foyer',
    ['rambling'],
    [
      turn(
        "coucou, je reviens vers vous pour une situation un peu compliquee : j'accompagne un jeune de 16 ans place en foyer par l'ASE depuis septembre, il a arrete le lycee pro en octobre, il traine toute la journee, l'educ du foyer est un peu a bout et les parents sont pas tres presents mais joignables. On pense a la promo 16/18, est-ce que c'est jouable pour lui et qu'est ce qu'il faut prevoir cote parents ?",
        'eligibility',
        [YES, ['autorisation', 'parents', 'parental']],
        NOT_YES,
      ),
    ],
  ),

  // ── out_of_scope ─────────────────────────────────────────────────────────
  c(
    'b113-oos-prepa-pay',
    [],
    [
      turn(
        'la personne est remuneree pendant la prepa comp ?',
        'out_of_scope',
        [NOT_COVERED],
        [...MONEY, 'smic'],
      ),
    ],
  ),
  c(
    'b113-oos-transport',
    ['sms'],
    [
      turn(
        "les frais de transport pour aller a l'afpa de montauban c rembourse ?",
        'out_of_scope',
        [[...NOT_COVERED, 'mobilité', 'conditions matérielles']],
        MONEY,
      ),
    ],
  ),
  c(
    'b113-oos-housing',
    [],
    [
      turn(
        'y a un hebergement sur place pour les jeunes de la promo, genre internat ?',
        'out_of_scope',
        [NOT_COVERED],
        MONEY,
      ),
    ],
  ),
  c(
    'b113-oos-cpf',
    ['abbreviations'],
    [
      turn(
        'on peut mobiliser le CPF de la personne pour completer la prepa ?',
        'out_of_scope',
        [NOT_COVERED],
        MONEY,
      ),
    ],
  ),
  c(
    'b113-oos-rsa-application',
    [],
    [
      turn(
        'comment on fait une demande de RSA pour un monsieur de 27 ans qui vient d’arriver ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b113-oos-weather',
    [],
    [
      turn(
        'il va faire beau a montauban jeudi pour l info coll ?',
        'out_of_scope',
        [NOT_COVERED],
        ['ensoleillé', 'pluie', '°'],
      ),
    ],
  ),
  c(
    'b113-oos-driving-licence',
    [],
    [
      turn(
        "l'afpa finance le permis B des jeunes de la promo ?",
        'out_of_scope',
        [[...NOT_COVERED, 'code de la route']],
        [...MONEY, 'finance le permis'],
      ),
    ],
  ),
  c(
    'b113-oos-cej',
    ['abbreviations'],
    [turn("c'est compatible avec le CEJ pour un jeune de la ML ?", 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b113-oos-childcare',
    [],
    [
      turn(
        "la garde d'enfants pendant la prepa c'est finance par qui ?",
        'out_of_scope',
        [[...NOT_COVERED, 'conditions matérielles', 'référent']],
        MONEY,
      ),
    ],
  ),
  c(
    'b113-oos-moving-lot',
    [],
    [
      turn(
        'une allocataire demenage dans le Lot le mois prochain, elle pourra continuer sa prepa la-bas ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b113-oos-promo-allowance-twice',
    ['repeat'],
    [
      turn('les jeunes de la promo touchent une indemnite ?', 'out_of_scope', [NOT_COVERED], MONEY),
      turn('donc ils sont pas payes du tout ?', 'out_of_scope', [NOT_COVERED], MONEY),
    ],
  ),
  c(
    'b113-oos-afpa-callback-delay',
    [],
    [
      turn(
        "une fois la prescription envoyee, l'afpa recontacte la personne sous combien de jours ?",
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),

  // ── contact ──────────────────────────────────────────────────────────────
  c(
    'b113-contact-afpa-interlocutor',
    [],
    [
      turn("qui est l'interlocuteur a l'afpa pour ces dispositifs ?", 'contact', [
        [...AFPA_DEPLOYMENT, ...COORDINATOR],
      ]),
    ],
  ),
  c(
    'b113-contact-rap-role',
    [],
    [
      turn("c'est quoi le role de la Responsable Accompagnement et Parcours ?", 'contact', [
        ['déploiement', 'déployer', 'déploie'],
      ]),
    ],
  ),
  c(
    'b113-contact-coordinator-then-department',
    ['follow-up'],
    [
      turn('qui est le coordonnateur departemental des dispositifs ?', 'contact', [
        ['vella', 'directeur du centre'],
      ]),
      turn("et cote departement qui est le referent de l'experimentation ?", 'contact', [
        ['désigne', 'désigné', 'nommé', 'précise pas', 'pas de nom', 'cite pas', 'donne pas', 'ne nomme pas'],
      ]),
    ],
  ),
  c(
    'b113-contact-name-and-phone-formal',
    ['formal', 'two-questions'],
    [
      turn(
        'Bonjour, pourriez-vous me communiquer le nom de la personne en charge du déploiement de Prépa Compétences à l’AFPA, ainsi que son numéro de téléphone ? Avec mes remerciements.',
        'contact',
        [
          AFPA_DEPLOYMENT,
          [
            ...NOT_COVERED,
            'pas de numéro',
            'aucun numéro',
            'ne donne pas',
            'ne communique pas',
            'pas de coordonnées',
            'aucune coordonnée',
            'pas le numéro',
          ],
        ],
        ['05 63', '05.63'],
      ),
    ],
  ),
  c(
    'b113-contact-agreement-followup',
    [],
    [
      turn("qui assure le suivi de l'accord de partenariat ?", 'contact', [
        ['vella'],
        ['weill', 'président'],
      ]),
    ],
  ),
  c(
    'b113-contact-steering-committee',
    ['two-questions'],
    [
      turn('y a un comite de pilotage ? il se reunit tous les combien ?', 'contact', [
        ['par an', 'annuel', 'trimestri'],
      ]),
    ],
  ),
  c(
    'b113-contact-promo-question-then-role',
    ['follow-up'],
    [
      turn("a qui je m'adresse a l'afpa pour une question sur la promo 16/18 ?", 'contact', [
        [...AFPA_DEPLOYMENT, 'vella', 'coordonnateur'],
      ]),
      turn('et son role exact c quoi ?', 'contact', [
        ['déploiement', 'déploie', 'en charge', 'coordonn', 'directeur'],
      ]),
    ],
  ),

  // ── figures ──────────────────────────────────────────────────────────────
  c(
    'b113-figures-targets-2022',
    [],
    [turn("objectifs 2022 du plan d'action ?", 'figures', [['30'], ['50'], ['10']])],
  ),
  c(
    'b113-figures-actual-entries',
    [],
    [
      turn(
        'on en est ou des entrees en prepa cette annee, combien de BRSA sont reellement entres ?',
        'figures',
        [NOT_AVAILABLE],
      ),
    ],
  ),
  c(
    'b113-figures-job-rate-then-promo',
    ['abbreviations', 'follow-up'],
    [
      turn('c quoi le tx de sortie emploi apres prepa ?', 'figures', [NOT_AVAILABLE]),
      turn('et pour la promo 16/18 il y a un objectif de sorties positives ?', 'figures', [['70']]),
    ],
  ),
  c(
    'b113-figures-pec-target-and-result',
    ['two-questions'],
    [
      turn("objectif competences pec 2022 et est-ce qu'on l'a atteint ?", 'figures', [
        ['50', 'cinquante'],
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b113-figures-indicators-prepa',
    [],
    [
      turn('quels indicateurs on suit pour la prepa dans le plan d action ?', 'figures', [
        ['volet 1', 'volet 2', 'entrés', 'nombre'],
      ]),
    ],
  ),
  c(
    'b113-figures-pec-then-promo-then-actual',
    ['follow-up', 'repeat'],
    [
      turn("cb d'allocataires rsa en competences pec c'etait l'objectif ?", 'figures', [['50', 'cinquante']]),
      turn('et pour la promo ?', 'figures', [['10', 'dix']]),
      turn('et on a les chiffres reels quelque part ? combien sont vraiment rentres ?', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b113-figures-reporting',
    ['two-questions'],
    [
      turn('les chiffres des dispositifs sont remontes a qui et a quelle frequence ?', 'figures', [
        ['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'],
        ['mensuel', 'chaque mois', 'tous les mois', 'annuel', 'trimestriel'],
      ]),
    ],
  ),

  // ── prescribe ────────────────────────────────────────────────────────────
  c(
    'b113-prescribe-workflow',
    ['franglais'],
    [turn("c'est quoi le workflow de prescription prepa comp ?", 'prescribe', [PRESCRIBE, PANDA_STEPS])],
  ),
  c('b113-prescribe-wish', [], [turn('je veux prescrire une prepa pour Mme D.', 'prescribe', [PRESCRIBE])]),
  c(
    'b113-prescribe-pec-formal',
    ['formal'],
    [
      turn(
        'Madame, Monsieur, pourriez-vous m’indiquer la marche à suivre pour orienter une allocataire en Parcours Emploi Compétences vers Compétences PEC ?',
        'prescribe',
        [PRESCRIBE, EMPLOYER],
      ),
    ],
  ),
  c(
    'b113-prescribe-promo-who-registers',
    [],
    [
      turn("pour la promo c'est moi qui inscris le jeune ?", 'prescribe', [
        ['panda', 'inscri', 'invite', 'mission locale', 'cio'],
      ]),
    ],
  ),
  c(
    'b113-prescribe-habilitation',
    ['two-questions'],
    [
      turn('faut il etre habilite pour inscrire sur panda ? qui nous habilite ?', 'prescribe', [
        ['habilit'],
        ['afpa', 'a.f.p.a'],
      ]),
    ],
  ),
  c(
    'b113-prescribe-then-not-registered',
    ['follow-up'],
    [
      turn('je voudrais orienter un monsieur au rsa vers la prepa', 'prescribe', [PRESCRIBE]),
      turn('il est pas inscrit a FT ca pose pb ?', 'eligibility', [NOT_REGISTERED_OK], NOT_YES),
    ],
  ),
  c(
    'b113-prescribe-three-needs',
    ['three-needs'],
    [
      turn(
        'salut ! besoin de 3 infos : c quoi la prepa, la prochaine entree, et comment je prescris ?',
        'prescribe',
        [[...PREPA_DURATION, 'consolider', 'sécuriser', 'projet'], on('2027-01-18'), PRESCRIBE],
      ),
    ],
  ),
  c('b113-prescribe-sms-how', ['sms'], [turn('cmt on prescrit la prepa svp', 'prescribe', [PRESCRIBE])]),
  c(
    'b113-prescribe-asked-twice',
    ['repeat', 'closing'],
    [
      turn('comment je fais pour inscrire une BRSA en prepa competences ?', 'prescribe', [PRESCRIBE]),
      turn('en gros je remplis quoi et ou ?', 'prescribe', [['formulaire', 'panda', 'fiche', 'plateforme']]),
      turn('parfait, merci et bonne journee', 'other', [CLOSING]),
    ],
  ),

  // ── other ────────────────────────────────────────────────────────────────
  c('b113-other-hello', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b113-other-help', [], [turn('aide', 'other', [HELP])]),
  c(
    'b113-other-cancel',
    ['follow-up'],
    [
      turn('je veux prescrire', 'prescribe', [PRESCRIBE]),
      turn('non laisse tomber, annule', 'other', [
        [
          'annul',
          'abandon',
          'd’accord',
          "d'accord",
          'ok',
          'pas de souci',
          'pas de problème',
          'entendu',
          'arrêt',
        ],
      ]),
    ],
  ),
  c('b113-other-thanks', ['closing'], [turn('merci beaucoup, bonne journée !', 'other', [CLOSING])]),
  c('b113-other-what-can-you-do', [], [turn('tu sais faire quoi exactement ?', 'other', [HELP])]),
  c(
    'b113-other-new-year',
    [],
    [
      turn("bonne annee a toute l'equipe !", 'other', [
        ['bonne année', 'meilleurs vœux', 'meilleurs voeux', 'merci', 'bonjour'],
      ]),
    ],
  ),
  c(
    'b113-other-hello-franglais',
    ['franglais'],
    [
      turn("hello, quick question, t'es up ?", 'other', [
        ['bonjour', 'oui', 'hello', 'salut', 'question', 'je peux'],
      ]),
    ],
  ),
];
