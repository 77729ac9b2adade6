/**
 * Seventy-sixth blind set. Who speaks: référents insertion and travailleurs sociaux of the
 * Département de Tarn-et-Garonne (CD82) who are new to the partnership with AFPA, typing in
 * Teams as they do (abbreviations, no accents, typos, SMS style, long messages with the
 * question buried inside, follow-ups that only make sense after the previous answer).
 *
 * Written blind from the agreement (Département – AFPA, 2022, its action plan and the
 * protocol of the three programmes), the product guide and the agenda fixture
 * (`agenda-fixture.ts`, today frozen at Monday 11 January 2027, 9:00 Europe/Paris),
 * without looking at the bot's code or at any other set.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn, type Intent } from './sets.js';

// ── Helpers ─────────────────────────────────────────────────────────────────

/** Each alternative with a straight and a typographic apostrophe. */
function apos(alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/'/g, '’'), a.replace(/’/g, "'")]))];
}

/** A turn whose alternatives accept both apostrophes. */
function t(
  say: string,
  intent: Intent,
  mustContain: string[][],
  mustNotContain: string[] = [],
): ConversationTurn {
  return turn(say, intent, mustContain.map(apos), apos(mustNotContain));
}

/** A case: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa compétences', 'prepa comp', 'prépa-compétences', 'prepa-comp'];
const PEC_PROG = [
  'compétences pec',
  'compétences p.e.c',
  'compétences-pec',
  'competences – pec',
  'compétences - pec',
];
const PROMO = [
  'promo 16/18',
  'promo 16-18',
  'promo1618',
  'promo 1618',
  'promo 16.18',
  'promo 16 18',
  'promo 16 / 18',
];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2 jours et 8 jours',
  '8 jours max',
  '2-8 jours',
  '2 a 8 jours',
];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 ou 6 jours',
  'cinq à six jours',
  '5-6 jours',
  '5 et 6 jours',
  'cinq ou six jours',
];
const VOLET2_DURATION = [
  '4 à 8 jours',
  '4 et 8 jours',
  'quatre à huit jours',
  '4-8 jours',
  '4 jours à 8 jours',
];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];

const MONTAUBAN = ['montauban'];
const CASTELSARRASIN = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const VALENCE = ['valence'];
const REMOTE = ['à distance', 'distanciel', 'classe virtuelle', 'a distance'];

const BATTEDOU = ['battedou', 'responsable accompagnement'];
const VELLA = ['vella', 'directeur du centre', 'coordonnateur'];

/** The agreement says nothing about it. */
const SILENT = [
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  "n'aborde pas",
  'ne mentionne pas',
  'ne traite pas',
  "pas d'information",
  'ne contient pas',
  'pas mentionné',
  'ne parle pas',
  "n'en parle pas",
  'ne figure pas',
  'pas précisé',
  'je ne sais pas',
  'ne dispose pas',
  'ne porte pas',
  "n'indique pas",
  'rien sur',
  'pas couvert',
  'ne concerne pas',
  'pas en mesure',
  'ne peux pas',
  'aucune précision',
  'ne fixe pas',
  "n'est pas prévu",
  'pas abordé',
  "n'évoque pas",
  'ne détaille pas',
  'pas de réponse',
  'pas dans',
  'ne sais pas',
  'sans objet',
  "n'ai pas",
  'pas prévue',
  'aucune mention',
];

/** A positive verdict. */
const YES = [
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut y',
  'peut être orienté',
  'peut être prescrit',
  'correspond',
  'oui',
  'a priori',
  'remplit',
  'rentre dans',
  'entre dans',
  'fait partie',
  'concerné',
  'possible',
  'relève',
  'accessible',
];

/** A negative verdict. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'ne relève pas',
  "n'entre pas",
  'ne rentre pas',
  'pas concerné',
  'non concerné',
  'réservé',
  'exclu',
  'trop jeune',
  'trop âgé',
  'pas accessible',
  "n'est pas ouvert",
  'ne fait pas partie',
  'ne sont pas remplies',
  'malheureusement',
  'ne pourrait pas',
  'pas le cas',
  'non,',
  'non.',
  "n'est plus",
  'plus possible',
  'ne relèvent pas',
];

const NOT_YES_PREPA = [
  'pas éligible à prépa',
  'pas éligible à la prépa',
  'non éligible à prépa',
  'ne peut pas faire prépa',
  'ne peut pas bénéficier de prépa',
  'ne peut pas intégrer prépa',
];
const NOT_YES_PROMO = [
  'pas éligible à la promo',
  'non éligible à la promo',
  'ne peut pas intégrer la promo',
  'ne peut pas faire la promo',
  'ne peut pas entrer',
];
const NOT_YES_PEC = [
  'pas éligible à compétences pec',
  'non éligible à compétences pec',
  'ne peut pas bénéficier de compétences pec',
];
const YES_PROMO = [
  'est éligible à la promo',
  'peut intégrer la promo',
  'peut entrer dans la promo',
  'peut faire la promo',
  'peut bénéficier de la promo',
  'peut être orienté vers la promo',
  'peut être orientée vers la promo',
];
const YES_PREPA = [
  'est éligible à prépa',
  'peut faire prépa',
  'peut bénéficier de prépa',
  'peut intégrer prépa',
  'peut entrer en prépa',
];
const YES_PEC = [
  'est éligible à compétences pec',
  'peut bénéficier de compétences pec',
  'peut intégrer compétences pec',
];

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
  'zéro place',
  'plus de places',
];
const NONE = [
  'aucune',
  'aucun',
  'pas de',
  "pas d'",
  "n'y a pas",
  'rien',
  'pas prévu',
  'pas prévue',
  'pas programm',
];
const FORM = ['formulaire', 'fiche de prescription', 'remplir', 'renseign', 'panda', 'carte'];
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'indisponible',
  'non disponible',
  'aucun',
  'aucune',
  'pas de donnée',
  'pas de chiffre',
  'ne dispose pas',
  ' 0 ',
  '0 sur',
  '0/',
  ': 0',
  'zéro',
  'pas connu',
  'pas en mesure',
  "n'ai pas",
  'pas de résultat',
  'ne sont pas',
  'pas de bilan',
];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journée',
  'à votre service',
  "n'hésitez pas",
  'à bientôt',
  'bonne continuation',
  'volontiers',
  'je reste',
  'pas de quoi',
];
const CANCEL = [
  'annul',
  'abandon',
  "d'accord",
  'entendu',
  'ok',
  'pas de souci',
  'pas de problème',
  'noté',
  'rien en cours',
  'arrêt',
];
const HELLO = ['bonjour', 'salut', 'hello', 'bienvenue'];
const HELP_TOPICS = ['prépa', 'dispositif', 'promo', 'compétences pec'];
const HELP_ACTIONS = [
  'agenda',
  'prescri',
  'éligib',
  'calendrier',
  'événement',
  'places',
  'info coll',
  'information collective',
];

/** Every training of Info Places, to check that a places answer sticks to the trade asked. */
const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
const otherTrainings = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

const NBSP_35000 = ['35 000', '35\u00a0000', '35\u202f000', '35000', '35.000', 'trente-cinq mille'];

// ── The cases ───────────────────────────────────────────────────────────────

export const SEVENTY_SIXTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c(
    'b76-prepa-what',
    [],
    [
      t(
        'c quoi prepa comp ?',
        'dispositif',
        [
          PREPA,
          [
            'projet professionnel',
            'projet pro',
            'entrée en formation',
            'sécuris',
            'consolid',
            "éloignées de l'emploi",
          ],
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b76-prepa-what-and-duration',
    ['two-questions'],
    [
      t(
        'cest quoi exactement la prepa comp et ca dure combien ??',
        'dispositif',
        [
          ['projet professionnel', 'projet pro', 'entrée en formation', 'sécuris', 'consolid'],
          PREPA_DURATION,
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b76-prepa-vs-pec',
    ['two-questions', 'long'],
    [
      t(
        "bonjour, je suis nouvelle au service insertion de castel depuis lundi, ma collegue m'a parle de la prepa comp et du truc pec avec l'afpa mais j'ai pas tout compris, c quoi la diff entre les 2 et c pour qui chacun ?",
        'dispositif',
        [
          PREPA,
          PEC_PROG,
          [
            'parcours emploi compétences',
            'contrat pec',
            'contrat p.e.c',
            'salarié',
            'signataire',
            'en pec',
            'un pec',
          ],
          ['rsa', 'allocataire', "éloignées de l'emploi", 'demandeur'],
        ],
      ),
    ],
  ),
  c(
    'b76-prepa-volets',
    ['follow-up'],
    [
      t('les 2 volets de la prepa c quoi ?', 'dispositif', [
        ['consolid', 'diagnostic de faisabilité', 'projet professionnel', 'projet pro'],
        ['sécuris'],
      ]),
      t('et le volet 2 il dure cb ?', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
      t('et le 1 ?', 'dispositif', [VOLET1_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b76-prepa-where-remote',
    ['two-questions', 'long'],
    [
      t(
        'mes BRSA sont tous sur le secteur de castel / moissac, la plupart ont pas le permis, c ou que ca se passe la prepa ? et ils peuvent le faire a distance ou pas ?',
        'dispositif',
        [MONTAUBAN.concat(['délocalis', 'ensemble du département', 'tout le département']), REMOTE],
      ),
    ],
  ),
  c(
    'b76-prepa-other-training',
    [],
    [
      t(
        'prepa comp c que pour rentrer dans une formation afpa ou ca marche pour un autre organisme aussi ?',
        'dispositif',
        [
          [
            'autre organisme',
            'hors afpa',
            'autres organismes',
            'ailleurs',
            'hors a.f.p.a',
            'tout organisme',
            'un autre',
          ],
        ],
      ),
    ],
  ),
  c(
    'b76-prepa-report',
    [],
    [
      t("a la fin de la prepa l'afpa me fait un retour ou je dois courir apres ?", 'dispositif', [
        ['bilan individuel', 'bilan'],
        ['référent', 'vous', 'conseiller'],
      ]),
    ],
  ),
  c(
    'b76-prepa-cost-department',
    [],
    [
      t('c payant pr le departement la prepa ? on a pas de budget', 'dispositif', [
        [
          'sans contrepartie financière',
          'gratuit',
          'aucun coût',
          'pas de coût',
          'sans coût',
          "financé par l'état",
          'pic',
          "plan d'investissement",
          'ne paie pas',
          'rien à payer',
          'aucune contrepartie',
          'sans contrepartie',
        ],
      ]),
    ],
  ),
  c(
    'b76-funding-and-pay',
    ['two-questions'],
    [
      t(
        'qui paye la prepa comp ? et la personne elle est remuneree pendant ?',
        'dispositif',
        [['état', 'pic', "plan d'investissement", 'sans contrepartie'], SILENT],
        ['€/mois', '€ par mois', 'euros par mois'],
      ),
    ],
  ),
  c(
    'b76-pec-what',
    [],
    [
      t(
        'competences pec c quoi concretement ?',
        'dispositif',
        [
          ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa', 'certification', 'valoriser'],
          ['pec', 'parcours emploi', 'p.e.c'],
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b76-pec-duration-end',
    ['two-questions'],
    [
      t(
        'compétences pec c combien de jours et ca debouche sur quoi a la fin ?',
        'dispositif',
        [PEC_DURATION, ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa', 'certification']],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b76-pec-phases-portfolio',
    ['follow-up'],
    [
      t('competences pec ca se passe comment, les etapes ?', 'dispositif', [
        ['phase', 'étape', 'atelier'],
        ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa'],
      ]),
      t('et le portefeuille de competences c pour tout le monde ?', 'dispositif', [
        ['systématique', 'chaque bénéficiaire', 'pour chaque', 'tous les bénéficiaires', 'oui', 'chacun'],
      ]),
    ],
  ),
  c(
    'b76-pec-vae-length',
    [],
    [
      t('la vae dans competences pec ca prend cb de temps ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b76-pec-when',
    [],
    [
      t(
        'competences pec on le mobilise quand ? faut attendre la fin du contrat pec ou on peut avant',
        'dispositif',
        [['dès la signature', 'dès signature', 'premiers mois', 'dès le début', 'immédiatement']],
      ),
    ],
  ),
  c(
    'b76-promo-duration',
    [],
    [t('promo 1618 ca dure combien ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours'])],
  ),
  c(
    'b76-promo-duration-days',
    ['two-questions'],
    [
      t(
        'la promo 16 18 c cb de temps et c tous les jours ?',
        'dispositif',
        [PROMO_DURATION, ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi']],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b76-promo-longer',
    ['follow-up'],
    [
      t('la promo c 13 semaines c ca ?', 'dispositif', [PROMO_DURATION]),
      t('et si le jeune a besoin de plus de temps ?', 'dispositif', [FOUR_MONTHS]),
    ],
  ),
  c(
    'b76-promo-phases',
    [],
    [
      t('les phases de la promo1618 c quoi ?', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['préparation de la suite', 'la suite'],
      ]),
    ],
  ),
  c(
    'b76-promo-after',
    [],
    [
      t('apres la promo le jeune il est lache dans la nature ou ya un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b76-promo-age-who',
    ['two-questions'],
    [
      t('la promo 16/18 c pour quel age et qui oriente les jeunes normalement ?', 'dispositif', [
        ['16 à 18', '16-18', '16 et 17', '16 ou 17', '16 à 17', 'mineur', '16 ans'],
        ['mission locale', 'missions locales', 'cio', 'c.i.o'],
      ]),
    ],
  ),
  c(
    'b76-promo-content-fridays',
    ['follow-up'],
    [
      t(
        'c quoi la promo 1618 ?',
        'dispositif',
        [PROMO_DURATION, ['jeune', 'décroch', 'mineur', '16']],
        ['2 à 8 jours'],
      ),
      t('et le vendredi ils font quoi ?', 'out_of_scope', [SILENT.concat(['lundi au jeudi'])]),
    ],
  ),
  c(
    'b76-promo-national',
    ['two-questions'],
    [
      t('la promo au niveau national ca touche cmb de jeunes ? et ca marche ?', 'dispositif', [
        NBSP_35000,
        ['70'],
      ]),
    ],
  ),
  c(
    'b76-rsfp',
    [],
    [
      t('rsfp c quoi ?', 'dispositif', [
        ['reconnaissance des savoir', 'savoir-faire', 'savoirs-faire', 'savoir faire'],
        ['vae', 'v.a.e', 'prérequis', 'pré-requis'],
      ]),
    ],
  ),
  c(
    'b76-fle',
    ['long'],
    [
      t(
        "jai une famille arrivee recemment, le monsieur parle tres peu francais mais veut bosser dans le batiment, l'afpa a un truc pour les primo arrivants ?",
        'dispositif',
        [
          [
            'français à visée professionnelle',
            'français langue étrangère',
            'fle',
            'visée professionnelle',
            'f.l.e',
          ],
        ],
      ),
    ],
  ),
  c(
    'b76-panda',
    [],
    [
      t('panda c quoi ce truc ? on me dit d inscrire les gens dessus', 'dispositif', [
        ['plateforme', 'outil', 'traçabilité', 'tracer', 'tracé'],
      ]),
    ],
  ),
  c(
    'b76-reporting',
    [],
    [
      t("l'afpa elle envoie les chiffres a qui et tous les combien ?", 'dispositif', [
        ['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'],
        ['mensuel', 'chaque mois', 'tous les mois', 'trimestriel', 'annuel'],
      ]),
    ],
  ),
  c(
    'b76-agreement-length',
    [],
    [
      t('la convention cd / afpa elle dure combien de temps ?', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2022', 'avenant'],
      ]),
    ],
  ),
  // ── agenda ────────────────────────────────────────────────────────────────
  c(
    'b76-agenda-infocoll-castel-seats',
    ['follow-up'],
    [
      t(
        'c quand la prochaine info coll prepa comp ?',
        'agenda',
        [on('2027-01-14'), MONTAUBAN],
        notOn('2027-01-07'),
      ),
      t('et a castel ?', 'agenda', [on('2027-01-21'), CASTELSARRASIN], notOn('2027-01-14')),
      t('il reste de la place ?', 'agenda', [seats(12)], seats(15)),
    ],
  ),
  c(
    'b76-agenda-infocoll-moissac-none',
    [],
    [t('y a une info coll prepa a moissac bientot ?', 'agenda', [NONE], notOn('2027-02-09'))],
  ),
  c(
    'b76-agenda-infocoll-time',
    ['follow-up'],
    [
      t('info coll prepa a montauban la prochaine ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
      t('c a quelle heure ?', 'agenda', [['9h30', '9 h 30', '09:30', '9:30', '09h30', '9h 30']]),
    ],
  ),
  c(
    'b76-agenda-infocoll-next-after',
    ['follow-up'],
    [
      t('jpeux envoyer qqn a l info coll prepa de jeudi ? reste des places ?', 'agenda', [
        on('2027-01-14'),
        seats(15),
      ]),
      t('et la suivante a montauban cest quand ?', 'agenda', [on('2027-02-11')], notOn('2027-03-04')),
    ],
  ),
  c(
    'b76-agenda-jpo',
    ['follow-up'],
    [
      t('prochaines JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      t('celle de moissac c a quelle heure ?', 'agenda', [['10h', '10 h', '10:00']]),
    ],
  ),
  c(
    'b76-agenda-jpo-past',
    [],
    [
      t('la jpo du 7 janvier je peux encore y envoyer une dame ?', 'agenda', [
        ['passé', 'a eu lieu', 'déjà eu lieu', 'terminé', 'plus possible', 'trop tard', ...on('2027-02-03')],
      ]),
    ],
  ),
  c(
    'b76-agenda-visits',
    ['follow-up'],
    [
      t(
        'ya des visites de plateau technique de prevues ?',
        'agenda',
        [on('2027-01-19'), on('2027-03-10')],
        notOn('2027-01-14'),
      ),
      t('celle de soudure il reste de la place ?', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'b76-agenda-visit-welding',
    ['two-questions'],
    [
      t(
        'visite soudure c quand et ya combien de places ?',
        'agenda',
        [on('2027-01-19'), seats(8)],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b76-agenda-logistics',
    ['two-questions'],
    [
      t(
        'la reunion metier logistique c quand ? et c ou ?',
        'agenda',
        [on('2027-01-26'), MONTAUBAN],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b76-agenda-building',
    [],
    [
      t(
        'reunion metiers batiment ya une date ?',
        'agenda',
        [on('2027-02-23'), CAUSSADE],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b76-agenda-places-welding-mason',
    ['follow-up'],
    [
      t('places dispo en soudure ?', 'agenda', [seats(4), on('2027-02-01')], otherTrainings('soudeur')),
      t('et en maconnerie ?', 'agenda', [seats(3), on('2027-02-15')], otherTrainings('maçon')),
    ],
  ),
  c(
    'b76-agenda-places-forklift',
    [],
    [
      t(
        'formation cariste il reste de la place ?',
        'agenda',
        [seats(6), on('2027-01-27')],
        otherTrainings('cariste'),
      ),
    ],
  ),
  c(
    'b76-agenda-places-plasterer',
    [],
    [t('plaquiste c encore possible ? j ai un mr motive', 'agenda', [FULL], otherTrainings('plaquiste'))],
  ),
  c(
    'b76-agenda-next-prepa-entry',
    ['follow-up'],
    [
      t('prochaine entree prepa comp ?', 'agenda', [on('2027-01-18'), MONTAUBAN]),
      t('il reste cb de places ?', 'agenda', [seats(6)]),
    ],
  ),
  c(
    'b76-agenda-volet2-full',
    ['follow-up'],
    [
      t('le volet 2 prepa du 25 janvier il reste de la place ?', 'agenda', [FULL]),
      t('et apres ?', 'agenda', [on('2027-02-15'), CASTELSARRASIN]),
    ],
  ),
  c(
    'b76-agenda-prepa-remote',
    [],
    [
      t(
        'prepa a distance c quand la prochaine session ?',
        'agenda',
        [on('2027-02-08'), REMOTE],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b76-agenda-pec-atelier2',
    ['follow-up'],
    [
      t('competences pec prochaine entree atelier 2 ?', 'agenda', [on('2027-01-20'), MONTAUBAN]),
      t('et a distance ?', 'agenda', [on('2027-03-03'), REMOTE], notOn('2027-01-20')),
      t("et l'atelier 3 c quand ?", 'agenda', [on('2027-02-10')], notOn('2027-03-03')),
    ],
  ),
  c(
    'b76-agenda-promo',
    ['follow-up'],
    [
      t('promo 1618 prochaine entree ?', 'agenda', [on('2027-02-01'), MONTAUBAN]),
      t('ya combien de places ?', 'agenda', [seats(10)]),
      t("et l'info coll pour les parents ?", 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    ],
  ),
  c(
    'b76-agenda-promo-entry-and-infocoll',
    ['two-questions'],
    [
      t('prochaine entree promo 16 18 et prochaine info coll promo ?', 'agenda', [
        on('2027-02-01'),
        on('2027-03-17'),
      ]),
    ],
  ),
  c(
    'b76-agenda-this-week-next-week',
    ['follow-up'],
    [
      t(
        "qu'est ce qu'il y a cette semaine a l'afpa ?",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')],
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
    'b76-agenda-catering',
    ['two-questions'],
    [
      t(
        'agent de restauration a caussade il reste des places ? ca commence qd ?',
        'agenda',
        [seats(4), on('2027-03-15')],
        otherTrainings('restauration'),
      ),
    ],
  ),
  c(
    'b76-agenda-electrician-visit',
    ['follow-up'],
    [
      t('electricien places dispo ?', 'agenda', [seats(2), on('2027-03-08')], otherTrainings('électricien')),
      t("ya une visite de l'atelier avant ?", 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b76-agenda-infocoll-pec',
    [],
    [
      t(
        'info coll competences pec c quand ?',
        'agenda',
        [on('2027-02-09'), MOISSAC],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b76-agenda-valence',
    [],
    [
      t("y a un truc de prevu a valence d'agen ? j'ai plein de monde la bas", 'agenda', [
        on('2027-03-04'),
        VALENCE,
      ]),
    ],
  ),
  c(
    'b76-agenda-feb-infocoll',
    [],
    [
      t(
        'en fevrier ya quoi comme info coll ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b76-agenda-logistics-places',
    ['follow-up'],
    [
      t('reunion logistique le 26 il reste de la place ?', 'agenda', [seats(15)]),
      t("et c'est quels metiers ?", 'agenda', [['cariste'], ['préparateur de commandes', 'préparateur']]),
    ],
  ),

  // ── eligibility ───────────────────────────────────────────────────────────
  c(
    'b76-elig-rsa-not-ft-prepa',
    ['long'],
    [
      t(
        'mme 38a BRSA non inscrite a FT, elle veut faire aide soignante mais a tres peur de pas tenir la formation, elle a arrete l ecole en 3e, elle peut faire la prepa comp ?',
        'eligibility',
        [PREPA, YES],
        NOT_YES_PREPA,
      ),
    ],
  ),
  c(
    'b76-elig-rsa-ft-prepa-childcare',
    ['follow-up'],
    [
      t('mme BRSA 45a inscrite a FT veut faire prepa, ok ?', 'eligibility', [PREPA, YES], NOT_YES_PREPA),
      t('et si elle a pas de mode de garde pour ses 2 petits ?', 'dispositif', [
        ["garde d'enfants", 'conditions matérielles', 'mode de garde', 'garde'],
        ['référent', 'vous', 'conseiller'],
      ]),
    ],
  ),
  c(
    'b76-elig-rsa-prepa-where',
    ['two-questions'],
    [
      t(
        'monsieur 50a au rsa depuis 3 ans, prepa comp ok pour lui ? et ca se passe ou ?',
        'eligibility',
        [YES, MONTAUBAN.concat(['délocalis', 'distance'])],
        NOT_YES_PREPA,
      ),
    ],
  ),
  c(
    'b76-elig-ase17-promo-apprentice',
    ['follow-up'],
    [
      t(
        'jeune 17 ans ASE, a lache le lycee en novembre, fait rien depuis, promo ok ?',
        'eligibility',
        [PROMO, YES],
        NOT_YES_PROMO,
      ),
      t(
        "et s'il etait en apprentissage au cfa ?",
        'eligibility',
        [NO.concat(['ne sont pas en formation', 'pas en formation', 'en formation', 'travaill'])],
        YES_PROMO,
      ),
    ],
  ),
  c(
    'b76-elig-ase17-promo-next',
    ['two-questions'],
    [
      t(
        "elle a 17 ans, placee a l'ASE, decrochee depuis septembre, elle peut faire la promo ? et c quand la prochaine entree ?",
        'eligibility',
        [YES, on('2027-02-01')],
        NOT_YES_PROMO,
      ),
    ],
  ),
  c(
    'b76-elig-15-promo',
    [],
    [
      t(
        'un gamin de 15 ans ASE decroche depuis la rentree, promo 1618 ?',
        'eligibility',
        [NO, ['16']],
        YES_PROMO,
      ),
    ],
  ),
  c(
    'b76-elig-still-at-school',
    [],
    [
      t(
        'jeune 17a encore au lycee mais en grosse galere, il pourrait faire la promo ?',
        'eligibility',
        [NO.concat(['quitté', 'décroch', 'ne sont pas en formation', 'plus scolarisé', 'déscolarisé'])],
        YES_PROMO,
      ),
    ],
  ),
  c(
    'b76-elig-20-promo',
    [],
    [
      t(
        'jeune de 20 ans, ancien ASE en contrat jeune majeur, il pourrait faire la promo 16/18 ?',
        'eligibility',
        [NO],
        YES_PROMO,
      ),
    ],
  ),
  c(
    'b76-elig-age-followup',
    ['follow-up'],
    [
      t(
        'une jeune de 16 ans ASE deco depuis juin, pas de boulot, elle peut faire la promo ?',
        'eligibility',
        [YES],
        NOT_YES_PROMO,
      ),
      t('et si elle avait 15 ans ?', 'eligibility', [NO, ['16']], YES_PROMO),
    ],
  ),
  c(
    'b76-elig-cdi-prepa',
    [],
    [
      t(
        'mr 52 ans en CDI temps plein, pas de rsa, veut se reconvertir, je peux l orienter en prepa comp ?',
        'eligibility',
        [NO, ['rsa', 'allocataire', 'demandeur']],
        YES_PREPA,
      ),
    ],
  ),
  c(
    'b76-elig-pec-yes',
    [],
    [
      t(
        'mme BRSA en PEC depuis 2 mois a la mairie, son employeur est ok, competences pec possible ?',
        'eligibility',
        [PEC_PROG, YES],
        NOT_YES_PEC,
      ),
    ],
  ),
  c(
    'b76-elig-pec-no-contract',
    [],
    [
      t(
        'mr BRSA en CDI classique dans le prive (pas un pec), competences pec ?',
        'eligibility',
        [NO, ['pec', 'parcours emploi']],
        YES_PEC,
      ),
    ],
  ),
  c(
    'b76-elig-pec-employer-refuses',
    [],
    [
      t(
        "mr au rsa salarie en PEC dans une asso, son employeur veut pas qu'il parte en atelier, competences pec quand meme ?",
        'eligibility',
        [['employeur'], ['accord']],
      ),
    ],
  ),
  c(
    'b76-elig-clea-not-pec',
    [],
    [
      t(
        'BRSA 28 ans, sans emploi, veut passer le clea, je la mets en competences pec ?',
        'eligibility',
        [NO, ['pec', 'parcours emploi']],
        YES_PEC,
      ),
    ],
  ),
  // ── out_of_scope ──────────────────────────────────────────────────────────
  c(
    'b76-oos-transport',
    [],
    [
      t(
        "l'afpa rembourse les frais de deplacement des BRSA pour venir a montauban ?",
        'out_of_scope',
        [SILENT],
        ['€'],
      ),
    ],
  ),
  c(
    'b76-oos-rsa-amount',
    [],
    [t('cb touche une personne seule au rsa en ce moment ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b76-oos-housing',
    [],
    [
      t("t'aurais pas un logement pour un jeune ase qui sort a 18 ans le mois pro ?", 'out_of_scope', [
        SILENT,
      ]),
    ],
  ),
  c('b76-oos-cpf', [], [t('la prepa comp c eligible au CPF ?', 'out_of_scope', [SILENT])]),
  c(
    'b76-oos-driving-licence',
    ['two-questions'],
    [
      t(
        'la promo c bien du lundi au jeudi ? et le permis B il est paye dans la promo ?',
        'out_of_scope',
        [['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi'], ['code de la route'], SILENT],
        ['finance le permis', 'permis est financé', 'permis est pris en charge'],
      ),
    ],
  ),
  c('b76-oos-weather', [], [t('il fait quel temps a montauban demain ?', 'out_of_scope', [SILENT])]),
  c(
    'b76-oos-keep-rsa',
    [],
    [
      t(
        'la personne garde son RSA pendant la prepa ? elle a peur de tout perdre',
        'out_of_scope',
        [SILENT],
        ['elle conserve son rsa', 'garde son rsa intégralement'],
      ),
    ],
  ),
  c(
    'b76-oos-welder-salary',
    [],
    [t("c quoi le salaire d'un soudeur en sortie de formation ?", 'out_of_scope', [SILENT], ['€'])],
  ),
  // ── contact ───────────────────────────────────────────────────────────────
  c(
    'b76-contact-prepa',
    [],
    [t("c qui le contact a l'afpa pour la prepa comp ?", 'contact', [BATTEDOU.concat(VELLA)])],
  ),
  c(
    'b76-contact-battedou',
    [],
    [
      t('qui est fabienne battedou ?', 'contact', [
        ['responsable accompagnement'],
        ['déploiement', 'prépa', 'compétences pec', 'promo', 'dispositifs', 'prestations'],
      ]),
    ],
  ),
  c(
    'b76-contact-vella',
    ['follow-up'],
    [
      t('eric vella c qui ?', 'contact', [['directeur'], MONTAUBAN]),
      t('cest lui qui coordonne les dispositifs sur le departement ?', 'contact', [
        ['oui', 'coordonnateur', 'coordinateur', 'coordonne'],
      ]),
    ],
  ),
  c(
    'b76-contact-phone',
    [],
    [
      t(
        "le numero de tel de l'afpa montauban svp ?",
        'contact',
        [
          [
            'ne précise pas',
            'pas de numéro',
            'aucun numéro',
            'ne figure pas',
            'ne donne pas',
            'ne communique pas',
            'ne dispose pas',
            'pas indiqué',
            "n'indique pas",
            'pas dans',
            'ne contient pas',
            'ne mentionne pas',
            'pas le numéro',
            'ne connais pas',
            'pas de coordonnées',
            "n'ai pas",
            'aucune coordonnée',
          ],
        ],
        ['05 63', '05.63', '0563', '+33 5'],
      ),
    ],
  ),
  c(
    'b76-contact-cd-referent',
    [],
    [
      t("cote CD c qui le referent de l'experimentation ?", 'contact', [
        [
          'désign',
          'référent(e) de l',
          'référente de l',
          'référent de l',
          'ne précise pas',
          'pas nommé',
          'ne nomme pas',
          'pas de nom',
        ],
      ]),
    ],
  ),
  c(
    'b76-contact-agreement-follow',
    [],
    [
      t("qui suit l'accord de partenariat pour le departement et pour l'afpa ?", 'contact', [
        ['weill', 'président'],
        ['vella', 'directeur'],
      ]),
    ],
  ),
  c(
    'b76-contact-promo-and-pec',
    ['two-questions'],
    [
      t("si j'ai une question sur la promo 1618 j'appelle qui ? et pour competences pec ?", 'contact', [
        BATTEDOU.concat(VELLA),
      ]),
    ],
  ),
  c(
    'b76-contact-pec-mail',
    ['follow-up'],
    [
      t('qui je contacte pour une question sur competences pec ?', 'contact', [BATTEDOU.concat(VELLA)]),
      t(
        "t'as son mail ?",
        'contact',
        [
          [
            'ne précise pas',
            'pas de mail',
            'pas son mail',
            'aucune adresse',
            "pas d'adresse",
            'ne figure pas',
            'ne donne pas',
            'ne dispose pas',
            'pas indiqué',
            "n'indique pas",
            'ne contient pas',
            'ne mentionne pas',
            'pas de coordonnées',
            "n'ai pas",
            'aucune coordonnée',
            'pas dans',
          ],
        ],
        ['@afpa'],
      ),
    ],
  ),
  c(
    'b76-contact-battedou-reach',
    ['two-questions'],
    [
      t(
        'battedou c qui exactement et comment je la joins ?',
        'contact',
        [['responsable accompagnement']],
        ['@afpa', '05 63'],
      ),
    ],
  ),

  // ── figures ───────────────────────────────────────────────────────────────
  c(
    'b76-figures-targets',
    ['follow-up'],
    [
      t('objectif 2022 prepa comp c combien de brsa ?', 'figures', [
        [
          '30 allocataires',
          '30 bénéficiaires',
          '30 personnes',
          'trente',
          '30 brsa',
          '30 rsa',
          ': 30',
          '30 entrées',
          '30 au',
        ],
      ]),
      t('et pour pec ?', 'figures', [
        [
          '50 allocataires',
          '50 bénéficiaires',
          '50 personnes',
          'cinquante',
          '50 brsa',
          '50 rsa',
          ': 50',
          '50 entrées',
          '50 au',
        ],
      ]),
      t("et pour les jeunes de l'ase sur la promo ?", 'figures', [
        ['10 jeunes', '10 personnes', 'dix', ': 10', '10 ase', '10 orient', '10 au'],
      ]),
    ],
  ),
  c(
    'b76-figures-prepa-pec',
    ['two-questions'],
    [
      t("c quoi les objectifs chiffres du plan d'action pour prepa et pour pec ?", 'figures', [
        ['30'],
        ['50'],
      ]),
    ],
  ),
  c(
    'b76-figures-progress',
    [],
    [t("on en est ou des entrees prepa par rapport a l'objectif ?", 'figures', [['30'], NOT_YET])],
  ),
  c(
    'b76-figures-pec-entries',
    [],
    [t('combien de BRSA sont entres en competences pec depuis le debut ?', 'figures', [NOT_YET])],
  ),
  c(
    'b76-figures-indicators',
    [],
    [
      t('les indicateurs suivis dans le plan d action c quoi ?', 'figures', [
        ['portes ouvertes', 'jpo', 'informations collectives', 'visites'],
        ['réunions métiers', 'réunion métier', 'réunions métier', 'entrés', 'entrées', 'taux'],
      ]),
    ],
  ),
  c(
    'b76-figures-exit-rate',
    [],
    [
      t('le taux de sortie emploi de la prepa sur le 82 il est a combien ?', 'figures', [
        NOT_YET.concat(SILENT),
      ]),
    ],
  ),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c(
    'b76-prescribe-prepa',
    [],
    [t('je veux prescrire une prepa comp pour une dame que je suis', 'prescribe', [FORM])],
  ),
  c(
    'b76-prescribe-steps',
    [],
    [
      t('comment on inscrit qqn en prepa concretement ? les etapes svp jsuis perdue', 'prescribe', [
        ['adhésion', 'informe', 'informer', 'accord de la personne'],
        ['panda', 'formulaire', 'plateforme'],
      ]),
    ],
  ),
  c(
    'b76-prescribe-pec-before',
    [],
    [
      t('pour competences pec je dois faire quoi avant de prescrire ?', 'prescribe', [
        ['employeur'],
        ['accord'],
      ]),
    ],
  ),
  c(
    'b76-prescribe-promo-ase',
    [],
    [
      t("je peux prescrire la promo moi meme pour un jeune de l'ase que je suis ?", 'prescribe', [
        ['panda', 'formulaire', 'inscri', 'invite', 'mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b76-prescribe-choose',
    ['follow-up'],
    [
      t('je voudrais prescrire', 'prescribe', [
        ['prépa', 'compétences pec', 'promo', 'quel dispositif', 'formulaire', 'lequel'],
      ]),
      t('prepa comp', 'prescribe', [FORM]),
    ],
  ),
  c(
    'b76-prescribe-habilitation',
    [],
    [t('faut etre habilite pour inscrire les gens sur panda ?', 'prescribe', [['habilit'], ['afpa']])],
  ),
  c(
    'b76-prescribe-and-report',
    ['two-questions'],
    [
      t("comment je prescris une prepa ? et j'aurai un retour a la fin ?", 'prescribe', [
        ['panda', 'formulaire', 'plateforme', 'inscri'],
        ['bilan'],
      ]),
    ],
  ),
  c(
    'b76-prescribe-cancel',
    ['follow-up'],
    [
      t('je veux prescrire competences pec pour un monsieur', 'prescribe', [FORM.concat(['employeur'])]),
      t('ah non laisse tomber, annule', 'other', [CANCEL]),
    ],
  ),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b76-other-hello', [], [t('bjr', 'other', [HELLO])]),
  c('b76-other-what-can-you-do', [], [t('tu sais faire quoi ?', 'other', [HELP_TOPICS, HELP_ACTIONS])]),
  c('b76-other-thanks', [], [t('merci bcp !', 'other', [THANKS])]),
  c(
    'b76-other-first-time',
    ['long'],
    [
      t(
        'salut, premiere fois que j utilise ce bot, ma cheffe m a dit de venir ici pour tout ce qui est afpa, je commence par quoi ?',
        'other',
        [HELP_TOPICS, HELP_ACTIONS],
      ),
    ],
  ),
  c('b76-other-cancel', [], [t('annule', 'other', [CANCEL])]),
  c(
    'b76-other-hello-then-promo',
    ['follow-up'],
    [
      t('bonjour', 'other', [HELLO]),
      t(
        'c quoi la promo 1618 ?',
        'dispositif',
        [PROMO_DURATION, ['jeune', 'décroch', 'mineur', '16']],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b76-other-thanks-after-answer',
    ['follow-up'],
    [
      t('prepa comp ca dure combien ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      t('super merci', 'other', [THANKS]),
    ],
  ),
];
