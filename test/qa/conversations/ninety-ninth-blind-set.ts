/**
 * Ninety-ninth blind set. Who speaks: AFPA coordinators of the Montauban centre and the
 * Département de Tarn-et-Garonne's pilots (CD82), writing to each other in a shared Teams
 * channel where the bot answers: what happens after a prescription (who answers, in how many
 * days, the bilan individuel at the end), the action plan's indicators by number and name,
 * the yearly targets and the figures not yet available, who to contact for what, the agenda
 * by trade and by week, free places, and what the bot itself can do (aide, annuler, mes
 * prescriptions). Abbreviations, no accents, typos, SMS style, rambling messages and
 * follow-ups that only make sense after the previous turn.
 *
 * Written blind, from the agreement (Département – AFPA, 2022, its action plan and the
 * protocol of the three programmes), the product guide and the agenda fixture (today is
 * frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot's code,
 * its tests or any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
];
const OVER_TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 ou 6 jours',
  '5 et 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
  'cinq ou six jours',
];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_LONGEST = ['4 mois', 'quatre mois'];

/** Facts that belong to another programme than the one asked about. */
const NOT_PREPA = ['13 semaines', 'treize semaines'];
const NOT_PEC = ['13 semaines', 'treize semaines', '2 à 8 jours', 'deux à huit jours'];
const NOT_PROMO = ['2 à 8 jours', 'deux à huit jours', '5 jours de participation'];

const FRANCE_TRAVAIL = ['france travail', 'pôle emploi', 'pole emploi'];
const MONTAUBAN = ['montauban'];
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];
const ON_SITE = ['présentiel', 'presentiel', 'sur place', 'dans le centre', 'au centre'];
const DELOCALISED = [
  'délocalis',
  'ensemble du département',
  'tout le département',
  'dans le département',
  'sur le département',
  'ailleurs',
];
const FREE_OF_CHARGE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'ne coûte rien',
  'rien à payer',
  'sans frais',
  'aucun frais',
  'financé par l',
  'financés par l',
  'pris en charge par l',
];
const STATE_FUNDING = [
  'état',
  'plan d’investissement',
  'plan d investissement',
  "plan d'investissement",
  'pic',
];
const REFERENT = ['référent', 'referent', 'conseiller'];
const AT_THE_END = [
  'fin du parcours',
  'fin de parcours',
  'à la fin',
  'en fin',
  'à l’issue',
  "à l'issue",
  'a l issue',
  'au terme',
];
const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const AFPA_SIDE = ['battedou', 'vella', 'responsable accompagnement', 'afpa'];

/** « the agreement does not say / does not cover », in the many ways an answer may put it. */
const NOT_SAID = [
  'prévoit pas',
  'prévoit rien',
  'dit rien',
  'précise pas',
  'précise rien',
  'pas précisé',
  'non précisé',
  'hors',
  'pas prévu',
  'couvre pas',
  'aucune information',
  'pas d information',
  'pas d’information',
  "pas d'information",
  'mentionne pas',
  'pas mentionn',
  'aucune mention',
  'pas couvert',
  'traite pas',
  'parle pas',
  'aborde pas',
  'figure pas',
  'fixe pas',
  'indique pas',
  'pas indiqu',
  'contient pas',
  'dispose pas',
  'donne pas',
  'fournit pas',
  'ne sais pas',
  'peux pas',
  'rien sur',
  'aucun élément',
  'pas d élément',
  'pas d’élément',
  "pas d'élément",
  'aucune donnée',
  'pas connu',
];
const MONEY = ['€', 'euros'];

const ELIGIBLE = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut suivre',
  'peut participer',
  'peut y accéder',
  'relève',
  'correspond',
  'oui',
];
const NOT_ELIGIBLE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'peut pas',
  'ne peut',
  'est pas',
  'relève pas',
  'correspond pas',
  'remplit pas',
  'pas possible',
  'impossible',
  'exclu',
  'trop jeune',
  'trop âgé',
  'réservé',
  'non,',
];
/** What an answer about an ineligible person must not state. */
const SAYS_ELIGIBLE = ['il est éligible', 'elle est éligible', 'est bien éligible', 'est donc éligible'];

const FULL = [...seats(0), 'complet', 'plus de place', 'aucune place', 'pas de place', 'plus aucune place'];
const NOTHING_FOUND = [
  'aucun',
  'aucune',
  'pas de ',
  'pas d’',
  "pas d'",
  'rien',
  'pas trouvé',
  'ne trouve',
  'pas prévu',
  'pas encore',
];
const NOT_YET_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore',
  'aucune donnée',
  'pas de donnée',
  'aucun chiffre',
  'pas de chiffre',
  'aucune entrée',
  'aucun',
  'aucune',
  'zéro',
  ' 0 ',
  ' 0/',
  '0 /',
  '0 sur',
];
const HOW_TO_PRESCRIBE = [
  'formulaire',
  'fiche',
  'remplir',
  'remplissez',
  'complétez',
  'panda',
  'adhésion',
  'étape',
  'inscri',
  'saisi',
];
const MY_PRESCRIPTIONS = [
  'aucune prescription',
  'pas encore de prescription',
  'pas de prescription',
  'vos prescriptions',
  'mes prescriptions',
  'prescriptions en cours',
  'aucune',
  'statut',
];
const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue', 'coucou'];
const HELP = ['prescri', 'agenda', 'dispositif', 'éligib', 'question', 'je peux'];
const CANCEL = [
  'annul',
  'arrêt',
  'abandon',
  'rien en cours',
  'aucune action',
  'aucune demande',
  'pas de demande',
  'c’est noté',
  "c'est noté",
  'recommencer',
  'ok',
  'd’accord',
  "d'accord",
];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journée',
  'à votre service',
  'à bientôt',
  'merci',
  'n’hésitez',
  "n'hésitez",
];

// ── The set ─────────────────────────────────────────────────────────────────

export const NINETY_NINTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c(
    'b99-dispo-prepa-en-deux-mots',
    [],
    [
      turn(
        'c quoi prepa comp en 2 mots, j ai un nouveau collegue au CD qui connait pas',
        'dispositif',
        [PREPA_DURATION],
        NOT_PREPA,
      ),
      turn(
        'et c etale sur combien de temps au max ? les BRSA me demandent',
        'dispositif',
        [OVER_TWO_WEEKS],
        NOT_PREPA,
      ),
    ],
  ),
  c(
    'b99-dispo-volet1-duree',
    ['two-questions'],
    [
      turn('prepa comp volet 1 ca dure cb de jours deja ??', 'dispositif', [VOLET1_DURATION], NOT_PREPA),
      turn(
        'et le volet 2 c pour qui exactement et ca dure combien',
        'dispositif',
        [VOLET2_DURATION, ['sécuris', 'entrée en formation', 'entrer en formation', 'formation']],
        NOT_PREPA,
      ),
    ],
  ),
  c(
    'b99-dispo-pec-jours-et-etalement',
    ['two-questions'],
    [
      turn(
        'Compétences PEC : cb de jours au total et c etale sur quoi ?',
        'dispositif',
        [
          PEC_DURATION,
          [
            'durée du pec',
            'durée du contrat',
            'pendant le pec',
            'au cours du pec',
            'sur la durée',
            'répartis',
            'réparti',
          ],
        ],
        NOT_PEC,
      ),
    ],
  ),
  c(
    'b99-dispo-pec-cinq-phases',
    [],
    [
      turn(
        'les 5 phases de competences pec vite fait stp, c pr une reunion d equipe cet aprem',
        'dispositif',
        [
          ['vae', 'v.a.e', 'validation des acquis'],
          ['rsfp', 'r.s.f.p', 'savoir-faire'],
          ['clea', 'cléa'],
        ],
        NOT_PEC,
      ),
    ],
  ),
  c(
    'b99-dispo-promo-duree-jours',
    ['two-questions'],
    [
      turn(
        'promo 1618 : ca dure cb de temps et c quels jours de la semaine ?',
        'dispositif',
        [PROMO_DURATION, ['lundi au jeudi', 'du lundi au jeudi', 'lundi-jeudi', 'jeudi']],
        NOT_PROMO,
      ),
    ],
  ),
  c(
    'b99-dispo-promo-quatre-mois',
    [],
    [
      turn(
        'on m a dit que la promo 16 18 pouvait aller jusqu a 4 mois, c vrai ?',
        'dispositif',
        [PROMO_LONGEST, ['réflexion', 'besoin']],
        NOT_PROMO,
      ),
    ],
  ),
  c(
    'b99-dispo-qui-prescrit-prepa',
    [],
    [
      turn('qui peut prescrire prepa comp ? nous au CD direct ou faut passer par FT ?', 'dispositif', [
        [
          'département',
          'conseil départemental',
          'cd82',
          'services compétents',
          'référents insertion',
          'directement',
        ],
      ]),
    ],
  ),
  c(
    'b99-dispo-promo-qui-oriente-puis-ase',
    [],
    [
      turn(
        'pour la promo 16/18 c qui qui oriente les jeunes normalement ?',
        'dispositif',
        [['mission locale', 'missions locales', 'cio', 'c.i.o']],
        NOT_PROMO,
      ),
      turn('et nos jeunes ASE ils peuvent y aller aussi ?', 'dispositif', [
        ['aide sociale à l’enfance', "aide sociale à l'enfance", 'ase'],
        ['16', 'seize'],
      ]),
    ],
  ),
  c(
    'b99-dispo-cout-prescription',
    [],
    [
      turn('ca coute combien au CD une prescription prepa ?', 'dispositif', [FREE_OF_CHARGE], MONEY),
      turn('ah ok et c finance par qui alors', 'dispositif', [STATE_FUNDING], MONEY),
    ],
  ),
  c(
    'b99-dispo-remuneration',
    [],
    [
      turn(
        'les gens en prepa comp ils sont remuneres pdt les jours de presta ?',
        'dispositif',
        [NOT_SAID],
        [...MONEY, 'smic'],
      ),
    ],
  ),
  c(
    'b99-dispo-prepa-modalite-et-lieu',
    ['two-questions'],
    [
      turn(
        'prepa comp c a distance ou en presentiel ? et c ou physiquement',
        'dispositif',
        [DISTANCE, MONTAUBAN],
        NOT_PREPA,
      ),
      turn('que montauban ?? mes BRSA de lomagne vont jamais y aller', 'dispositif', [DELOCALISED]),
    ],
  ),
  c(
    'b99-dispo-bilan-qui-quand',
    ['two-questions'],
    [
      turn('le bilan individuel de fin de prepa : qui le recoit et a quel moment ?', 'dispositif', [
        REFERENT,
        AT_THE_END,
      ]),
    ],
  ),
  c(
    'b99-dispo-bilan-pec-puis-promo',
    [],
    [
      turn('a la fin de prepa l afpa envoie un bilan a qui ?', 'dispositif', [REFERENT, ['bilan']]),
      turn('et pour competences pec aussi ?', 'dispositif', [
        ['vae', 'v.a.e', 'oui', 'aussi', 'également', 'de même'],
      ]),
      turn('et la promo ?', 'dispositif', [[...NOT_SAID, '6 mois', 'six mois', 'accompagnement prolongé']]),
    ],
  ),
  c(
    'b99-dispo-panda',
    ['two-questions'],
    [
      turn('panda c quoi deja et qui saisit dedans ?', 'dispositif', [
        ['traçabilité', 'tracabilite', 'trace', 'suivi des parcours', 'plateforme'],
        REFERENT,
      ]),
    ],
  ),
  c(
    'b99-dispo-prepa-4-phases',
    [],
    [
      turn(
        'c koi les 4 phases de prepa comp',
        'dispositif',
        [['préparer'], ['engager'], ['réfléchir'], ['agir']],
        NOT_PREPA,
      ),
    ],
  ),
  c(
    'b99-dispo-promo-phases-suivi',
    [],
    [
      turn(
        'promo 1618 c decoupe comment ?',
        'dispositif',
        [['engagement'], ['construction'], ['suite']],
        NOT_PROMO,
      ),
      turn('et apres la sortie ya un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b99-dispo-rsfp-vs-vae',
    [],
    [
      turn('RSFP c pour qui par rapport a la VAE ? pas clair pour moi', 'dispositif', [
        ['prérequis', 'pré-requis', 'pas les conditions'],
      ]),
    ],
  ),
  c(
    'b99-dispo-pec-quand-mobiliser',
    [],
    [
      turn(
        'competences pec on peut le declencher quand ? des la signature du contrat ?',
        'dispositif',
        [['signature', 'premiers mois']],
        NOT_PEC,
      ),
      turn(
        'et faut l accord de l employeur ou pas ?',
        'dispositif',
        [['accord', 'oui', 'recueill']],
        NOT_PEC,
      ),
    ],
  ),
  c(
    'b99-dispo-clea-vae-durees',
    ['two-questions'],
    [
      turn('dans compétences pec le cléa socle ca prend combien de temps ? et la vae ?', 'dispositif', [
        ['1 jour', 'un jour', 'une journée', '1 journée'],
        ['3,5 jours', '3.5 jours', '3,5 j', 'trois jours et demi', '3 jours et demi', '3 jours ½'],
      ]),
    ],
  ),
  c(
    'b99-dispo-portefeuille',
    [],
    [
      turn('le portefeuille de competences en PEC c systematique ou au cas par cas ?', 'dispositif', [
        ['systématique', 'chaque bénéficiaire', 'pour chaque', 'pour tous', 'toujours'],
      ]),
    ],
  ),
  c(
    'b99-dispo-fle',
    [],
    [
      turn(
        'on a bcp de primo arrivants en BRSA, l accord prevoit un truc en francais langue etrangere ?',
        'dispositif',
        [
          [
            'français à visée professionnelle',
            'français langue étrangère',
            'fle',
            'primo-arrivant',
            'primo arrivant',
          ],
        ],
      ),
    ],
  ),
  c(
    'b99-dispo-campagne',
    ['two-questions'],
    [
      turn(
        'jusqu a quand les BRSA pouvaient entrer sur la campagne et les parcours devaient finir quand ?',
        'dispositif',
        [
          ['31 décembre 2022', '31/12/2022', '31 déc'],
          ['30 avril 2023', '30/04/2023', '30 avr'],
        ],
      ),
    ],
  ),
  c(
    'b99-dispo-duree-accord',
    ['two-questions'],
    [
      turn(
        'l accord CD/AFPA il court sur combien de temps et si on veut en sortir c quoi le preavis ?',
        'dispositif',
        [
          ['2 ans', 'deux ans'],
          ['2 mois', 'deux mois'],
        ],
      ),
    ],
  ),
  c(
    'b99-dispo-reporting-dgefp',
    [],
    [
      turn('reporting : l afpa envoie quoi a la DGEFP et a quel rythme ?', 'dispositif', [
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
        ['tableau de bord', 'trimestriel', 'annuel'],
      ]),
      turn('et la ddetspp elle recoit quoi ?', 'dispositif', [
        ['bilan annuel', 'annuel', 'chaque année', 'par an'],
      ]),
    ],
  ),
  c(
    'b99-dispo-reunion-equipe-semestre',
    [],
    [
      turn(
        'l afpa doit venir presenter ses actions en reunion d equipe insertion, c a quelle frequence deja ?',
        'dispositif',
        [['semestre', 'semestriel', 'deux fois par an', '2 fois par an']],
      ),
    ],
  ),
  c(
    'b99-dispo-prepa-rsa-non-inscrit-ft',
    [],
    [
      turn(
        'prepa c uniquement pour les inscrits FT ou aussi les BRSA pas inscrits ?',
        'dispositif',
        [
          [
            'non inscrit',
            'non-inscrit',
            'pas inscrit',
            'qu’ils soient',
            "qu'ils soient",
            'aussi',
            'également',
            'ou non',
          ],
        ],
        NOT_PREPA,
      ),
    ],
  ),
  c(
    'b99-dispo-pec-prescripteurs-base',
    [],
    [
      turn(
        'competences pec a la base c mobilise par qui ? pas que nous j imagine',
        'dispositif',
        [FRANCE_TRAVAIL],
        NOT_PEC,
      ),
    ],
  ),
  c(
    'b99-dispo-rambling-pec-contenu',
    [],
    [
      turn(
        'Bonjour à tous, retour du comité technique de ce matin : on a plusieurs salariés en PEC dans les ' +
          'associations du secteur de Caussade, les employeurs sont plutôt partants, mais personne autour ' +
          'de la table n’a su dire concrètement ce que contient Compétences PEC pour le salarié, vous ' +
          'pouvez me rappeler ? merci',
        'dispositif',
        [
          ['vae', 'v.a.e', 'validation des acquis'],
          ['cléa', 'clea', 'rsfp', 'savoir-faire'],
        ],
        NOT_PEC,
      ),
    ],
  ),

  // ── agenda ────────────────────────────────────────────────────────────────
  c(
    'b99-agenda-prochaine-info-coll-prepa',
    [],
    [turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07'))],
  ),
  c(
    'b99-agenda-castel-places-valence',
    [],
    [
      turn(
        'info coll prepa a castel c quand ?',
        'agenda',
        [on('2027-01-21'), ['castelsarrasin']],
        notOn('2027-01-14'),
      ),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
      turn('et a valence ?', 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-21')),
    ],
  ),
  c(
    'b99-agenda-cette-semaine',
    [],
    [
      turn(
        'qu est ce qui se passe cette semaine cote afpa ? je fais le point avec mon equipe',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b99-agenda-semaine-pro',
    [],
    [
      turn(
        'semaine pro ya quoi ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b99-agenda-jpo-fevrier-moissac',
    [],
    [
      turn('des JPO en fevrier ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b99-agenda-soudure-visite-places',
    ['two-questions'],
    [
      turn(
        'visite plateau soudure c qd ? et il reste des places en formation soudeur ?',
        'agenda',
        [on('2027-01-19'), seats(4)],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b99-agenda-logistique',
    ['two-questions'],
    [
      turn(
        'logistique : date de la reunion metier + places cariste stp',
        'agenda',
        [on('2027-01-26'), seats(6)],
        [...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b99-agenda-preparateur-commandes',
    [],
    [
      turn('ya des places en preparateur de commandes ?', 'agenda', [seats(5), ['castelsarrasin']]),
      turn('ca demarre quand ?', 'agenda', [on('2027-03-01')]),
    ],
  ),
  c('b99-agenda-plaquiste-complet', [], [turn('plaquiste il reste de la place ?', 'agenda', [FULL])]),
  c(
    'b99-agenda-volet2-entrees',
    [],
    [
      turn('prepa volet 2 prochaine entree ?', 'agenda', [[...on('2027-01-25'), ...on('2027-02-15')]]),
      turn('la session du 25 janvier il reste de la place ?', 'agenda', [FULL]),
      turn('ok et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin'], seats(5)]),
    ],
  ),
  c(
    'b99-agenda-volet1-distance',
    [],
    [
      turn(
        'entrees prepa volet 1 a distance ? g une BRSA sans voiture',
        'agenda',
        [on('2027-02-08'), seats(8)],
        [...notOn('2027-01-18')],
      ),
    ],
  ),
  c(
    'b99-agenda-pec-atelier2',
    [],
    [
      turn('calendrier des entrees competences pec atelier 2 ?', 'agenda', [
        on('2027-01-20'),
        on('2027-03-03'),
      ]),
    ],
  ),
  c(
    'b99-agenda-promo-entree-places-parents',
    [],
    [
      turn('promo 1618 prochaine entree ?', 'agenda', [on('2027-02-01'), MONTAUBAN]),
      turn('combien de places ?', 'agenda', [seats(10)]),
      turn('ya une info coll pour les parents ?', 'agenda', [on('2027-03-17')]),
    ],
  ),
  c(
    'b99-agenda-fevrier-batiment',
    [],
    [
      turn(
        'en fevrier g des BRSA interesses par le batiment, ya quoi comme evenement ?',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b99-agenda-avant-vacances',
    [],
    [
      turn(
        'avant les vacances de fevrier (donc avant le 13/02) ya encore des info coll prepa a montauban ?',
        'agenda',
        [on('2027-02-11')],
        [...notOn('2027-03-04'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b99-agenda-electricite',
    ['two-questions'],
    [
      turn(
        'electricite : visite du plateau c quand, et places en formation electricien ?',
        'agenda',
        [on('2027-03-10'), seats(2)],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b99-agenda-proprete-moissac',
    [],
    [turn('agent de proprete ya de la place a moissac ?', 'agenda', [seats(7), on('2027-02-22')])],
  ),
  c(
    'b99-agenda-restauration-caussade',
    [],
    [
      turn('une formation restauration pas loin de caussade ca existe ?', 'agenda', [
        ['restauration'],
        seats(4),
        ['caussade'],
      ]),
    ],
  ),
  c('b99-agenda-jpo-avril', [], [turn('ya une JPO en avril ?', 'agenda', [NOTHING_FOUND])]),
  c(
    'b99-agenda-aide-soignant',
    [],
    [turn('formation aide-soignant dispo a l afpa montauban ?', 'agenda', [NOTHING_FOUND])],
  ),
  c(
    'b99-agenda-info-coll-pec',
    ['two-questions'],
    [
      turn(
        'info coll PEC c quand ? c pour les employeurs aussi ?',
        'agenda',
        [on('2027-02-09'), ['moissac'], ['employeur']],
        [...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b99-agenda-pec-atelier3-modalite',
    [],
    [
      turn('g un salarie PEC interesse, prochaine entree atelier 3 ?', 'agenda', [on('2027-02-10')]),
      turn('c en presentiel ?', 'agenda', [ON_SITE]),
    ],
  ),
  c(
    'b99-agenda-rambling-valence',
    [],
    [
      turn(
        'Bonjour à tous, petit point de mon côté : ce matin j’ai vu trois BRSA du secteur de Valence ' +
          'qui ne sont pas mobiles du tout, pas de voiture, pas de bus pratique, et qui voudraient ' +
          'découvrir Prépa avant de s’engager… il y a quelque chose de prévu près de chez eux ? merci',
        'agenda',
        [on('2027-03-04'), ['valence']],
      ),
    ],
  ),
  c(
    'b99-agenda-macon-puis-electricien',
    [],
    [
      turn('places macon ?', 'agenda', [seats(3), on('2027-02-15')]),
      turn('et electricien ?', 'agenda', [seats(2), on('2027-03-08')], notOn('2027-02-15')),
    ],
  ),

  // ── eligibility ───────────────────────────────────────────────────────────
  c(
    'b99-elig-brsa-45-non-inscrit',
    [],
    [
      turn(
        'BRSA 45 ans, pas inscrite a FT, veut retravailler son projet pro avant une formation, prepa ca passe ?',
        'eligibility',
        [ELIGIBLE, ['prépa']],
      ),
      turn('et si elle etait inscrite FT ca changerait qqch ?', 'eligibility', [ELIGIBLE]),
    ],
  ),
  c(
    'b99-elig-ase-17-decroche-puis-15',
    [],
    [
      turn(
        'jeune ASE 17 ans, a quitte le lycee en juin, pas de formation pas de taf depuis, promo 1618 possible ?',
        'eligibility',
        [ELIGIBLE, ['promo']],
      ),
      turn('et si il avait 15 ans ?', 'eligibility', [NOT_ELIGIBLE, ['16']], SAYS_ELIGIBLE),
    ],
  ),
  c(
    'b99-elig-19-ans-promo',
    [],
    [
      turn(
        'un jeune de 19 ans suivi ML, sans rien, promo 16/18 ?',
        'eligibility',
        [NOT_ELIGIBLE, ['16', 'mineur', '18']],
        SAYS_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b99-elig-17-encore-lycee',
    [],
    [
      turn(
        'jeune ASE 17 ans encore scolarise en lycee pro mais demotive, promo 1618 ?',
        'eligibility',
        [
          NOT_ELIGIBLE,
          ['quitté', 'décroch', 'scolaris', 'pas en formation', 'ni en formation', 'lycée', 'école'],
        ],
        SAYS_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b99-elig-16-apprenti',
    [],
    [
      turn(
        'jeune 16 ans en apprentissage depuis septembre, il peut faire la promo ?',
        'eligibility',
        [NOT_ELIGIBLE, ['travaill', 'emploi', 'apprentissage', 'en formation', 'contrat']],
        SAYS_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b99-elig-brsa-en-pec',
    [],
    [
      turn('BRSA 52 ans, en PEC depuis 3 mois dans une asso, competences pec ok ?', 'eligibility', [
        ELIGIBLE,
      ]),
      turn('faut l accord de l employeur ?', 'eligibility', [['accord', 'oui', 'recueill']]),
    ],
  ),
  c(
    'b99-elig-cdi-pas-pec',
    [],
    [
      turn(
        'BRSA en CDI temps partiel classique (pas un PEC), on peut lui prescrire competences pec ?',
        'eligibility',
        [NOT_ELIGIBLE, ['pec', 'parcours emploi compétences']],
        SAYS_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b99-elig-ml-17-pas-ase',
    [],
    [
      turn(
        'jeune 17 ans suivi ML, pas ASE, decroche depuis 6 mois, ni formation ni emploi : promo ?',
        'eligibility',
        [ELIGIBLE],
      ),
    ],
  ),
  c(
    'b99-elig-brsa-30-promo',
    [],
    [
      turn(
        'une BRSA de 30 ans a vu la promo 16/18 sur insta, elle peut y aller ?',
        'eligibility',
        [NOT_ELIGIBLE, ['16', 'jeune', 'mineur', '18']],
        SAYS_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b99-elig-ase-16-autorisation',
    ['two-questions'],
    [
      turn(
        'jeune ASE 16 ans, ni ecole ni boulot : eligible promo ? et faut quoi comme papiers des parents ?',
        'eligibility',
        [ELIGIBLE, ['autorisation', 'parent']],
      ),
    ],
  ),
  c(
    'b99-elig-rqth-brsa',
    [],
    [
      turn(
        'BRSA avec RQTH, veut securiser son entree en formation AFPA, prepa volet 2 possible ?',
        'eligibility',
        [ELIGIBLE, ['prépa', 'volet 2']],
      ),
    ],
  ),
  c(
    'b99-elig-rambling-pec-volet',
    [],
    [
      turn(
        'Coucou, situation un peu compliquée : monsieur 48 ans, BRSA depuis 2019, vient de signer un PEC ' +
          'en mairie (agent d’entretien), il aimerait à terme faire reconnaître ce qu’il fait mais n’a ' +
          'aucun diplôme ; l’employeur est ok. Est-ce qu’il rentre dans un des dispositifs et lequel ?',
        'eligibility',
        [ELIGIBLE, ['compétences pec', 'competences pec', 'competences p.e.c', 'compétences p.e.c']],
      ),
    ],
  ),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c(
    'b99-oos-transport',
    [],
    [
      turn(
        'l afpa rembourse les frais de transport des BRSA en prepa ?',
        'out_of_scope',
        [NOT_SAID],
        [...MONEY, 'km'],
      ),
      turn('et un hebergement au centre pour ceux qui viennent de loin ?', 'out_of_scope', [NOT_SAID], MONEY),
    ],
  ),
  c(
    'b99-oos-permis',
    [],
    [turn('ya une aide au financement du permis B dans l accord ?', 'out_of_scope', [NOT_SAID], MONEY)],
  ),
  c('b99-oos-cej', [], [turn('le CEJ c compatible avec la promo 1618 ?', 'out_of_scope', [NOT_SAID])]),
  c(
    'b99-oos-montant-rsa',
    [],
    [
      turn(
        'tu peux me donner le montant du RSA pour une personne seule ?',
        'out_of_scope',
        [NOT_SAID],
        MONEY,
      ),
    ],
  ),
  c(
    'b99-oos-rqth-amenagement',
    [],
    [turn('les TH / RQTH ont un amenagement specifique prevu en prepa ?', 'out_of_scope', [NOT_SAID])],
  ),
  c(
    'b99-oos-cantine',
    ['two-questions'],
    [turn('ya une cantine a l afpa montauban ? et le repas c combien ?', 'out_of_scope', [NOT_SAID], MONEY)],
  ),
  c(
    'b99-oos-meteo',
    [],
    [
      turn('il va faire quel temps a montauban jeudi pr l info coll ?', 'out_of_scope', [
        [...NOT_SAID, 'météo'],
      ]),
    ],
  ),
  c(
    'b99-oos-garde-enfants',
    [],
    [
      turn(
        'les frais de garde d enfants pdt prepa sont pris en charge par qui ?',
        'out_of_scope',
        [[...NOT_SAID, 'conditions matérielles']],
        MONEY,
      ),
    ],
  ),
  c(
    'b99-oos-horaires-promo',
    [],
    [
      turn(
        'horaires exacts de la promo 1618 le matin ? 8h ? 9h ?',
        'out_of_scope',
        [[...NOT_SAID, 'lundi au jeudi', 'fin de journée']],
        ['8h00', '9h00'],
      ),
    ],
  ),
  c(
    'b99-oos-prime-prepa',
    ['two-questions'],
    [
      turn(
        'prepa dure cb et ya une prime pour le beneficiaire a la fin ?',
        'dispositif',
        [PREPA_DURATION, NOT_SAID],
        [...MONEY, ...NOT_PREPA],
      ),
    ],
  ),
  c(
    'b99-oos-fjt-apres-promo',
    [],
    [
      turn('promo 1618 ca dure combien ?', 'dispositif', [PROMO_DURATION], NOT_PROMO),
      turn(
        'et pour le logement en FJT pendant ce temps, l afpa s en occupe ?',
        'out_of_scope',
        [NOT_SAID],
        MONEY,
      ),
    ],
  ),

  // ── contact ───────────────────────────────────────────────────────────────
  c(
    'b99-contact-coordonnateur',
    [],
    [turn('qui est le coordonnateur departemental des dispositifs cote afpa ?', 'contact', [VELLA])],
  ),
  c(
    'b99-contact-deploiement',
    [],
    [turn('pour le deploiement prepa / pec / promo je m adresse a qui a l afpa ?', 'contact', [BATTEDOU])],
  ),
  c(
    'b99-contact-pec-role',
    [],
    [
      turn('g une question sur une presta PEC en cours, je contacte qui ?', 'contact', [
        [...BATTEDOU, ...VELLA],
      ]),
      turn('et son role exact c quoi ?', 'contact', [
        ['responsable accompagnement', 'déploiement', 'coordonnat', 'directeur'],
      ]),
    ],
  ),
  c(
    'b99-contact-referent-cd',
    [],
    [
      turn('cote CD c qui le referent de l experimentation ?', 'contact', [
        ['désigne', 'désigné', 'référent de l', 'référent(e)', 'référente', ...NOT_SAID],
      ]),
      turn('et qui a signe l accord pour le departement ?', 'contact', [['weill']]),
    ],
  ),
  c(
    'b99-contact-habilitation-panda',
    [],
    [turn('habilitation panda pour un nouveau referent : je demande a qui ?', 'contact', [['afpa']])],
  ),
  c(
    'b99-contact-tel-battedou',
    [],
    [
      turn(
        'c quoi le tel de fabienne battedou ?',
        'contact',
        [[...BATTEDOU, 'responsable accompagnement']],
        ['05 63'],
      ),
    ],
  ),
  c(
    'b99-contact-rambling-nouvelle',
    ['two-questions'],
    [
      turn(
        'Salut, question bête mais je débute sur le poste côté CD : j’ai compris que c’est l’AFPA qui fait ' +
          'les prestations, mais en pratique qui coordonne les dispositifs au centre de Montauban, et qui ' +
          's’occupe de leur déploiement au quotidien ? merci d’avance',
        'contact',
        [VELLA, BATTEDOU],
      ),
    ],
  ),
  c(
    'b99-contact-copil-national',
    [],
    [
      turn('c qui pilote au niveau national et ca se reunit tous les cb ?', 'contact', [
        ['dgefp', 'd.g.e.f.p'],
        ['trimestr', 'tous les trois mois', 'tous les 3 mois'],
      ]),
    ],
  ),
  c(
    'b99-contact-info-places',
    [],
    [
      turn('les places dispo en temps reel je les trouve ou / je vois avec qui ?', 'contact', [
        ['info places', 'info-places', 'places disponibles', 'temps réel'],
      ]),
    ],
  ),

  // ── figures ───────────────────────────────────────────────────────────────
  c(
    'b99-fig-objectifs-2022',
    [],
    [turn('objectifs 2022 du plan d action, les 3 chiffres stp', 'figures', [['30'], ['50'], ['10']])],
  ),
  c(
    'b99-fig-pec-realise-ase',
    [],
    [
      turn('objectif competences pec ?', 'figures', [['50', 'cinquante']]),
      turn('on en est ou par rapport a ca ?', 'figures', [NOT_YET_AVAILABLE]),
      turn('et pour l ASE vers la promo ?', 'figures', [['10', 'dix']]),
    ],
  ),
  c(
    'b99-fig-indicateur-211',
    [],
    [
      turn('indicateur 2.1.1 on compte quoi ?', 'figures', [
        ['portes ouvertes', 'jpo'],
        ['information', 'info coll'],
        ['visite', 'plateau'],
      ]),
    ],
  ),
  c(
    'b99-fig-indicateur-212',
    [],
    [
      turn('les indicateurs du 2.1.2 stp, pr le copil', 'figures', [
        ['réunions métiers', 'réunion métier', 'réunions métier', 'réunion métiers'],
        ['réussite'],
        ['sortie emploi', 'sortie en emploi', 'sorties emploi', 'sorties en emploi', 'emploi'],
      ]),
    ],
  ),
  c(
    'b99-fig-indicateur-213',
    [],
    [
      turn('2.1.3 : on compte quoi exactement ?', 'figures', [
        ['volet 1'],
        ['volet 2'],
        ['atelier'],
        ['engagement', 'construction'],
      ]),
    ],
  ),
  c(
    'b99-fig-indicateur-214-puis-chiffre',
    [],
    [
      turn('c quoi l indicateur 2.1.4 ?', 'figures', [['orient'], ['compétences pec', 'compétences p.e.c']]),
      turn('et on a le chiffre ?', 'figures', [NOT_YET_AVAILABLE]),
    ],
  ),
  c(
    'b99-fig-entrees-volet1',
    [],
    [
      turn('combien de BRSA entres en prepa volet 1 depuis le debut de l annee ?', 'figures', [
        NOT_YET_AVAILABLE,
      ]),
      turn('et le taux de sortie emploi on l a deja ?', 'figures', [[...NOT_YET_AVAILABLE, ...NOT_SAID]]),
    ],
  ),
  c(
    'b99-fig-objectifs-2027',
    [],
    [
      turn('et les objectifs pour 2027 c combien ?', 'figures', [
        ['2022', ...NOT_SAID, 'aucun objectif', 'pas d’objectif'],
      ]),
    ],
  ),
  c(
    'b99-fig-national-promo',
    [],
    [
      turn('la promo 1618 au niveau national c cb de jeunes vises ?', 'figures', [
        ['35 000', '35000', '35 000', '35 000', '35.000'],
      ]),
    ],
  ),
  c(
    'b99-fig-ase-et-sorties',
    ['two-questions'],
    [
      turn('objectif ASE vers la promo et taux de sorties positives vise ?', 'figures', [
        ['10', 'dix'],
        ['70'],
      ]),
    ],
  ),
  c(
    'b99-fig-objectif-puis-2023',
    [],
    [
      turn('objectif 2022 prepa ?', 'figures', [['30', 'trente']]),
      turn('et en 2023 ?', 'figures', [
        ['2022', ...NOT_SAID, 'poursuite', 'aucun objectif', 'pas d’objectif'],
      ]),
    ],
  ),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c(
    'b99-presc-prepa-brsa',
    [],
    [turn('je veux prescrire prepa comp pour une BRSA', 'prescribe', [HOW_TO_PRESCRIBE])],
  ),
  c(
    'b99-presc-pec-etapes',
    ['two-questions'],
    [
      turn(
        'comment on prescrit competences pec, ya des etapes avant ? l employeur doit signer qqch ?',
        'prescribe',
        [['employeur'], ['adhésion', 'accord']],
      ),
    ],
  ),
  c('b99-presc-mes-prescriptions', [], [turn('mes prescriptions', 'prescribe', [MY_PRESCRIPTIONS])]),
  c(
    'b99-presc-promo-ase',
    [],
    [
      turn('prescrire promo 1618 pour un jeune ASE de 16 ans', 'prescribe', [HOW_TO_PRESCRIBE]),
      turn('il faut l accord des parents ?', 'prescribe', [['autorisation', 'parent']]),
    ],
  ),
  c(
    'b99-presc-rambling-volet1',
    [],
    [
      turn(
        'Bonjour, suite à l’info coll de jeudi, Mme X (BRSA, 38 ans, pas inscrite FT) veut se lancer sur ' +
          'le volet 1 pour consolider son projet d’aide à domicile. Je fais comment pour l’inscrire ? ' +
          'Formulaire ici ou direct sur Panda ?',
        'prescribe',
        [HOW_TO_PRESCRIBE],
      ),
    ],
  ),
  c(
    'b99-presc-puis-annuler',
    [],
    [turn('prescrire', 'prescribe', [HOW_TO_PRESCRIBE]), turn('annuler', 'other', [CANCEL])],
  ),
  c(
    'b99-presc-apres-delai',
    ['two-questions'],
    [
      turn('une fois que j ai prescrit, qui me repond a l afpa et en combien de jours ?', 'prescribe', [
        AFPA_SIDE,
        [...NOT_SAID, 'délai'],
      ]),
    ],
  ),
  c(
    'b99-presc-session-18-janvier',
    [],
    [turn('je prescris sur la session volet 1 du 18 janvier a montauban', 'prescribe', [HOW_TO_PRESCRIBE])],
  ),
  c(
    'b99-presc-apres-bilan',
    [],
    [
      turn('j ai prescrit prepa la semaine derniere, ca se passe comment apres ?', 'prescribe', [
        [...AFPA_SIDE, 'panda', 'accusé', 'statut'],
      ]),
      turn('et le bilan a la fin je l ai ?', 'dispositif', [['bilan'], REFERENT]),
    ],
  ),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b99-other-bonjour', [], [turn('bonjour', 'other', [GREETING])]),
  c('b99-other-aide', [], [turn('aide', 'other', [HELP])]),
  c('b99-other-tu-sers-a-quoi', [], [turn('tu sers a quoi toi au juste ?', 'other', [HELP])]),
  c('b99-other-annuler', [], [turn('annuler', 'other', [CANCEL])]),
  c(
    'b99-other-slt-puis-aide',
    [],
    [turn('slt tlm', 'other', [GREETING]), turn('tu sais faire quoi ?', 'other', [HELP])],
  ),
  c('b99-other-merci', [], [turn('ok merci bcp bonne journee', 'other', [THANKS])]),
  c(
    'b99-other-question-puis-merci',
    [],
    [
      turn('prochaine JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('top merci', 'other', [THANKS]),
    ],
  ),
];
