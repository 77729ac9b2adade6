/**
 * Eighty-fourth blind set. Who speaks: référents insertion of the Département (CD82) in
 * their first weeks, and coordinators of AFPA Montauban. They dictate to their phone (no
 * punctuation, homophones ses/ces, a/à, sa/ça), paste extracts of e-mails before their
 * question, write numbers in words, start vague and get precise on the next turn, ask two
 * things at once, and type as in Teams: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML,
 * RQTH, CD, ASE, info coll, JPO), no accents, typos, SMS style, rambling.
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, with its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn, type Intent } from './sets.js';

/** Every alternative with a straight apostrophe also exists with a typographic one. */
function apos(list: string[]): string[] {
  return [...new Set(list.flatMap((x) => (x.includes("'") ? [x, x.replace(/'/g, '’')] : [x])))];
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

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2 jours et 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
  'cinq et six jours',
  '5 à 6 j',
  '5-6 jours',
  '5 ou 6 jours',
];
const VOLET2_DURATION = [
  '4 à 8 jours',
  '4 et 8 jours',
  'quatre à huit jours',
  'quatre et huit jours',
  '4 à 8 j',
  '4-8 jours',
];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_THU = [
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  'lundi – jeudi',
  'du lundi',
  'lundi au jeudi soir',
];
const REMOTE = ['distance', 'distanciel', 'visio', 'classe virtuelle'];
const ML_CIO = ['mission locale', 'missions locales', 'CIO', 'C.I.O', 'ML '];
const END_OF_PARCOURS = [
  'fin du parcours',
  'fin de parcours',
  'à la fin',
  "à l'issue",
  'en fin de',
  'au terme',
];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'rien au département',
  'ne coûte rien',
  "financé par l'état",
  "financés par l'état",
  "financement de l'état",
  "l'état finance",
  "plan d'investissement dans les compétences",
  'PIC',
  'P.I.C',
];
const VELLA = ['Vella'];
const BATTEDOU = ['Battedou'];
const RAP = [
  'Responsable Accompagnement et Parcours',
  'responsable accompagnement',
  'accompagnement et parcours',
];

/** « the agreement does not say / does not cover it », in many wordings. */
const SILENT = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne le précise pas',
  'pas précisé',
  'hors',
  'pas prévu',
  "n'est pas prévu",
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  "pas d'information",
  'ne mentionne pas',
  'pas mentionné',
  'aucune mention',
  'ne traite pas',
  "n'aborde pas",
  'pas abordé',
  'ne figure pas',
  'ne parle pas',
  "n'en parle pas",
  "n'évoque pas",
  'ne contient pas',
  'rien sur',
  "n'indique pas",
  "pas d'indication",
  'ne fixe pas',
  'ne donne pas',
  'aucun élément',
  "pas d'élément",
  'pas dans',
  'je ne sais pas',
  'je ne trouve pas',
  "je n'ai pas",
  'ne porte pas',
];
/** « figures not yet available ». */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de chiffre',
  'aucun chiffre',
  'pas de donnée',
  'aucune donnée',
  'ne dispose pas',
  "n'ai pas",
  'pas accès',
  'aucune entrée',
  '0 entrée',
  'aucun indicateur',
  "pas d'indicateur",
  'aucune prescription',
  '0 prescription',
  'pas de résultat',
  'aucun résultat',
  'pas de réalisé',
];
/** How to prescribe: the form, or the steps (adhesion, PANDA). */
const PRESCRIBE_WAY = ['formulaire', 'fiche de prescription', 'panda', 'inscri', 'adhésion', 'prescription'];

const YES = [
  'éligible',
  'oui',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y accéder',
  'peut y entrer',
  'peut entrer',
  'peut intégrer',
  'peut être orienté',
  'peut suivre',
  'peut faire',
  'correspond',
  'relève',
  'entre dans',
  'ouvert',
  'possible',
];
const NOT_NO = ['pas éligible', 'non éligible', 'inéligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'ne relève pas',
  "n'entre pas",
  'pas ouvert',
  "n'est pas ouvert",
  'réservé',
  'trop jeune',
  'trop âgé',
  'pas le public',
  'hors public',
  'hors du public',
  'pas concerné',
  'non concerné',
  'ne fait pas partie',
  'non,',
  'non.',
  'non ',
];
const NOT_YES = [
  'est éligible',
  'est bien éligible',
  'oui, il peut',
  'oui, elle peut',
  'oui il peut',
  'oui elle peut',
];

const FULL = [
  'complet',
  'complète',
  ...seats(0),
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
  'aucune place disponible',
];
const GOT_IT = [
  'annul',
  "d'accord",
  'ok',
  'entendu',
  'noté',
  'abandon',
  'pas de souci',
  'pas de problème',
  'arrêt',
  'très bien',
];

// ── The cases ───────────────────────────────────────────────────────────────

export const EIGHTY_FOURTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c(
    'b84-dispo-prepa-what',
    ['sms'],
    [
      t(
        'c koi prepa comp en gros',
        'dispositif',
        [
          ['projet', 'entrée en formation', 'formation'],
          [...PREPA_DURATION, ...TWO_WEEKS, 'volet', 'atelier', "éloignées de l'emploi", 'emploi durable'],
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b84-dispo-prepa-duration-voice',
    ['voice'],
    [
      t(
        'prepa competences sa dure combien de temps',
        'dispositif',
        [PREPA_DURATION, TWO_WEEKS],
        ['13 semaines', 'treize semaines'],
      ),
    ],
  ),
  c(
    'b84-dispo-prepa-volet1-then-2',
    ['sms', 'follow-up'],
    [
      t('le volet un de prepa comp ces combien de jours', 'dispositif', [VOLET1_DURATION], ['13 semaines']),
      t('et le 2', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b84-dispo-prepa-volet2-purpose',
    ['sms'],
    [
      t(
        'volet 2 prepa ca sert a quoi exactement',
        'dispositif',
        [['sécuris', 'entrée en formation', 'entrée de formation']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b84-dispo-prepa-chain',
    ['vague-then-precise', 'follow-up'],
    [
      t('prepa comp c pour qui', 'dispositif', [
        ['RSA', "éloignées de l'emploi", 'éloigné', 'peu ou pas qualifié', 'demandeur'],
      ]),
      t('ok et sa dure combien', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      t('on peu le faire en visio ou faut venir a montauban', 'dispositif', [
        REMOTE,
        ['présentiel', 'centre', 'sur place', 'Montauban'],
      ]),
    ],
  ),
  c(
    'b84-dispo-prepa-phases',
    ['sms'],
    [
      t('cest quoi les 4 phases de prepa comp', 'dispositif', [
        ['se préparer', 'préparer'],
        ['agir', 'réfléchir', "s'engager"],
      ]),
    ],
  ),
  c(
    'b84-dispo-prepa-cost-then-cpf',
    ['no-accents', 'follow-up'],
    [
      t(
        'ca coute combien au departement une prepa comp ? on a pas de budget formation cette annee',
        'dispositif',
        [FREE],
      ),
      t('et la personne peut utiliser son cpf pour payer ?', 'out_of_scope', [SILENT]),
    ],
  ),
  c(
    'b84-dispo-prepa-who-prescribes-and-where',
    ['two-questions'],
    [
      t('qui peut prescrire prepa comp et ca se passe ou', 'dispositif', [
        ['département', 'référent', 'CD82', 'conseil départemental', 'travailleur social', 'vous'],
        ['Montauban'],
      ]),
    ],
  ),
  c(
    'b84-dispo-prepa-outside-afpa',
    ['voice'],
    [
      t(
        'est ce que le volet deux sa marche aussi si la personne veut faire sa formation ailleurs qua l afpa',
        'dispositif',
        [['hors AFPA', 'hors A.F.P.A', 'autre organisme', 'ailleurs', 'oui', 'aussi']],
      ),
    ],
  ),
  c(
    'b84-dispo-pec-how-then-portfolio',
    ['sms', 'follow-up'],
    [
      t(
        'competences pec sa se passe comment',
        'dispositif',
        [
          ['5 phases', 'cinq phases', 'phase', 'atelier'],
          ['VAE', 'V.A.E', 'RSFP', 'R.S.F.P', 'CléA', 'certification'],
        ],
        ['13 semaines', ...PREPA_DURATION],
      ),
      t('et ya un portefeuille de competences a la fin ou pas', 'dispositif', [
        ['portefeuille', 'oui', 'systématiquement', 'chaque bénéficiaire'],
      ]),
    ],
  ),
  c(
    'b84-dispo-pec-duration-and-when',
    ['two-questions'],
    [
      t(
        'compétences pec c combien de jours pour le salarié et on peut le démarrer quand dans le contrat',
        'dispositif',
        [
          PEC_DURATION,
          ['dès la signature', 'dès signature', 'premiers mois', 'début du contrat', 'dès le début'],
        ],
        ['13 semaines', ...PREPA_DURATION],
      ),
    ],
  ),
  c(
    'b84-dispo-pec-vae-days',
    ['sms'],
    [
      t('la vae dans competences pec ca prend cb de jours', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b84-dispo-pec-clea-then-rsfp',
    ['follow-up'],
    [
      t('clea socle dans pec ca dure combien', 'dispositif', [
        ['1 jour', 'une journée', 'un jour', '1 journée'],
      ]),
      t('et la rsfp ces pour qui deja', 'dispositif', [
        ['prérequis', 'pré-requis'],
        ['VAE', 'V.A.E'],
      ]),
    ],
  ),
  c(
    'b84-dispo-pec-employer',
    ['voice', 'two-questions'],
    [
      t(
        'pour competences pec est ce que lemployeur doit etre dacord et ca prend combien de jours au salarie',
        'dispositif',
        [['employeur'], PEC_DURATION],
        ['13 semaines', ...PREPA_DURATION],
      ),
    ],
  ),
  c(
    'b84-dispo-promo-duration-then-who',
    ['sms', 'follow-up'],
    [
      t(
        'la promo 1618 sa dure combien',
        'dispositif',
        [PROMO_DURATION],
        [...PREPA_DURATION, '5 jours de participation'],
      ),
      t('et qui oriente les jeunes dessus', 'dispositif', [ML_CIO]),
    ],
  ),
  c(
    'b84-dispo-promo-rhythm-then-max',
    ['follow-up'],
    [
      t('promo 16 18 c tous les jours ?', 'dispositif', [MON_THU]),
      t('et ca peut durer plus longtemps que 13 semaines ?', 'dispositif', [PROMO_MAX]),
    ],
  ),
  c(
    'b84-dispo-promo-phases',
    ['sms'],
    [
      t(
        'les etapes de la promo 16/18 svp',
        'dispositif',
        [['engagement'], ['construction'], ['suite', 'préparation de la suite']],
        [...PREPA_DURATION],
      ),
    ],
  ),
  c(
    'b84-dispo-promo-after',
    ['no-accents', 'two-questions'],
    [
      t(
        'ya un suivi apres la promo 1618 quand le jeune est sorti ? combien de temps et avec qui',
        'dispositif',
        [
          ['6 mois', 'six mois'],
          ['mission locale', 'missions locales'],
        ],
      ),
    ],
  ),
  c(
    'b84-dispo-promo-parents-and-badges',
    ['two-questions'],
    [
      t(
        'promo 1618 les parents doivent signer un truc ? et ils passent une certif a la fin ?',
        'dispositif',
        [
          ['autorisation parentale', 'autorisations parentales', 'parents'],
          ['open badge', 'badges'],
        ],
      ),
    ],
  ),
  c(
    'b84-dispo-report',
    ['sms'],
    [
      t('le bilan individuel on le recoit quand et pour quel dispositif', 'dispositif', [
        END_OF_PARCOURS,
        ['Prépa Compétences', 'prépa'],
      ]),
    ],
  ),
  c(
    'b84-dispo-panda-then-access',
    ['sms', 'follow-up'],
    [
      t('c quoi panda', 'dispositif', [
        ['traçabilité', 'tracer', 'trace', 'suivi des parcours', 'plateforme'],
      ]),
      t('et comment on inscrit qqn dessus moi j ai pas d acces', 'prescribe', [
        ['habilit', 'AFPA', 'A.F.P.A', 'formulaire'],
      ]),
    ],
  ),
  c(
    'b84-dispo-where',
    ['voice'],
    [
      t('les dispositifs ses que a montauban ou ya des sessions ailleurs dans le departement', 'dispositif', [
        ['Montauban'],
        [
          'délocalis',
          'ensemble du département',
          'ailleurs',
          'Castelsarrasin',
          'Moissac',
          'Valence',
          'Caussade',
          'distance',
        ],
      ]),
    ],
  ),
  c(
    'b84-dispo-clea-then-badges',
    ['sms', 'follow-up'],
    [
      t('clea numerique c koi', 'dispositif', [['numérique'], ['compétences', 'usages', 'certification']]),
      t('et les open badges ?', 'dispositif', [
        ['reconnaissance', 'compétences', 'soft skills', 'savoir-être', 'valoriser'],
      ]),
    ],
  ),
  c(
    'b84-dispo-fle',
    ['no-accents'],
    [
      t('jai une dame qui parle pas bien francais, l afpa a un truc pour ca ?', 'dispositif', [
        [
          'français à visée professionnelle',
          'français langue étrangère',
          'FLE',
          'visée professionnelle',
          'langue étrangère',
        ],
      ]),
    ],
  ),
  c(
    'b84-dispo-remuneration',
    ['sms'],
    [t('la personne est remuneree pendant prepa comp ?', 'dispositif', [SILENT])],
  ),
  c(
    'b84-dispo-agreement-length',
    ['voice'],
    [
      t('la convention entre le departement et l afpa elle est signee pour combien de temps', 'dispositif', [
        ['2 ans', 'deux ans'],
      ]),
    ],
  ),
  c(
    'b84-dispo-compare',
    ['two-questions'],
    [
      t(
        'quelle diff entre prepa comp et competences pec ? lequel pour un brsa en contrat aide',
        'dispositif',
        [
          ['projet', 'entrée en formation', 'formation'],
          ['Compétences PEC', 'Compétences P.E.C', 'PEC', 'P.E.C'],
        ],
      ),
    ],
  ),

  // ── agenda ────────────────────────────────────────────────────────────────
  c(
    'b84-agenda-next-infocoll-prepa',
    ['sms'],
    [
      t(
        'prochaine info coll prepa comp',
        'agenda',
        [on('2027-01-14'), ['Montauban']],
        [...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b84-agenda-jpo-then-moissac',
    ['follow-up'],
    [
      t('prochaines jpo ?', 'agenda', [on('2027-02-03')], [...notOn('2027-01-07')]),
      t('et a moissac ?', 'agenda', [on('2027-02-17'), ['Moissac']], [...notOn('2027-01-07')]),
    ],
  ),
  c(
    'b84-agenda-soudeur-places',
    ['sms'],
    [
      t(
        'il reste de la place sur la formation soudeur',
        'agenda',
        [seats(4), ['soudeur', 'soudure']],
        ['Maçon', 'Cariste', 'Plaquiste', 'restauration'],
      ),
    ],
  ),
  c(
    'b84-agenda-plaquiste-full',
    ['sms'],
    [t('place en plaquiste ?', 'agenda', [FULL], ['Soudeur', 'Cariste'])],
  ),
  c(
    'b84-agenda-visit-welding',
    ['two-questions'],
    [
      t(
        'visite plateau soudure c quand et a quelle heure',
        'agenda',
        [on('2027-01-19'), ['14h', '14 h', '14:00', '14h00']],
        [...notOn('2027-03-10')],
      ),
    ],
  ),
  c(
    'b84-agenda-next-week',
    ['voice'],
    [
      t(
        'quest ce quil y a la semaine prochaine',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b84-agenda-this-week',
    ['sms'],
    [
      t(
        'cette semaine il se passe quoi a l afpa',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b84-agenda-prepa-v1-entries',
    ['sms'],
    [
      t(
        'prochaines entrees prepa comp volet 1',
        'agenda',
        [on('2027-01-18'), ['Montauban']],
        [...notOn('2027-01-25')],
      ),
    ],
  ),
  c(
    'b84-agenda-prepa-v2-full-then-castel',
    ['follow-up'],
    [
      t(
        'session volet 2 prepa comp ?',
        'agenda',
        [[...on('2027-01-25'), ...on('2027-02-15')]],
        [...notOn('2027-01-18'), ...notOn('2027-02-08')],
      ),
      t('il reste de la place sur celle du 25 ?', 'agenda', [FULL]),
      t('et a castelsarrasin', 'agenda', [seats(5), on('2027-02-15')]),
    ],
  ),
  c(
    'b84-agenda-promo-infocoll',
    ['sms'],
    [t('info coll promo 1618 ?', 'agenda', [on('2027-03-17'), ['Montauban']], [...notOn('2027-01-14')])],
  ),
  c(
    'b84-agenda-pec-entries-then-atelier3',
    ['sms', 'follow-up'],
    [
      t(
        'entree competences pec atelier 2 ya quoi',
        'agenda',
        [[...on('2027-01-20'), ...on('2027-03-03')]],
        [...notOn('2027-01-18')],
      ),
      t('et l atelier 3', 'agenda', [on('2027-02-10')]),
    ],
  ),
  c(
    'b84-agenda-prepa-remote',
    ['voice', 'two-questions'],
    [
      t('y a til une prepa comp a distance bientot et il reste combien de places', 'agenda', [
        on('2027-02-08'),
        seats(8),
      ]),
    ],
  ),
  c(
    'b84-agenda-cariste-then-logistics',
    ['sms', 'two-questions', 'follow-up'],
    [
      t(
        'formation cariste places dispo + date',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['Plaquiste', 'Soudeur', 'Maçon'],
      ),
      t(
        'et la reunion metiers logistique cest quand',
        'agenda',
        [on('2027-01-26'), ['Montauban']],
        [...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b84-agenda-valence',
    ['sms'],
    [
      t('ya quoi a valence d agen', 'agenda', [
        on('2027-03-04'),
        ['prépa', 'information collective', 'info coll'],
      ]),
    ],
  ),
  c(
    'b84-agenda-pec-infocoll',
    ['no-accents'],
    [
      t(
        'y a une info coll pour les gens en pec ? je voudrais y envoyer deux salaries',
        'agenda',
        [on('2027-02-09'), ['Moissac']],
        [...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b84-agenda-vague-then-promo',
    ['vague-then-precise', 'follow-up'],
    [
      t('je cherche des dates', 'agenda', [
        [
          'quel dispositif',
          'lequel',
          'préciser',
          'précisez',
          'quel type',
          'jpo',
          'information collective',
          'info coll',
          'entrée',
          ...on('2027-01-14'),
        ],
      ]),
      t('pour les entrees promo 16 18', 'agenda', [on('2027-02-01'), seats(10)]),
    ],
  ),
  c(
    'b84-agenda-electricien-then-visit',
    ['sms', 'follow-up'],
    [
      t(
        'electricien il reste combien de places',
        'agenda',
        [seats(2), ['électricien', 'électricité']],
        ['Plaquiste', 'Cariste'],
      ),
      t('on peut visiter l atelier avant ?', 'agenda', [on('2027-03-10')], [...notOn('2027-01-19')]),
    ],
  ),
  c(
    'b84-agenda-proprete-moissac',
    ['two-questions'],
    [
      t('agent de proprete a moissac il reste des places ? sa commence quand', 'agenda', [
        seats(7),
        on('2027-02-22'),
      ]),
    ],
  ),
  c(
    'b84-agenda-restauration-then-start',
    ['follow-up'],
    [
      t('ya des formations en restauration ?', 'agenda', [['Caussade'], seats(4)]),
      t('sa demarre quand', 'agenda', [on('2027-03-15')]),
    ],
  ),
  c(
    'b84-agenda-prepa-moissac',
    ['sms'],
    [
      t(
        'prochaine entree prepa comp a moissac',
        'agenda',
        [on('2027-03-08'), ['Moissac']],
        [...notOn('2027-01-18')],
      ),
    ],
  ),
  c(
    'b84-agenda-macon-then-building',
    ['sms', 'two-questions', 'follow-up'],
    [
      t('macon places', 'agenda', [seats(3), on('2027-02-15')], ['Plaquiste', 'Soudeur']),
      t(
        'et la reunion metier batiment c quand et ou',
        'agenda',
        [on('2027-02-23'), ['Caussade']],
        [...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b84-agenda-preparateur-then-castel',
    ['sms', 'two-questions', 'follow-up'],
    [
      t('preparateur de commandes c ou et ya combien de places', 'agenda', [['Castelsarrasin'], seats(5)]),
      t('et ya quoi d autre a castelsarrasin', 'agenda', [[...on('2027-01-21'), ...on('2027-02-15')]]),
    ],
  ),
  c(
    'b84-agenda-unknown-training',
    ['no-accents'],
    [
      t(
        'info places formation aide soignant ya de la place ?',
        'agenda',
        [
          [
            'aucune',
            'pas de formation',
            'pas de place',
            'ne trouve',
            'pas trouvé',
            'pas dans',
            'rien',
            'pas de ',
            "n'ai pas",
          ],
        ],
        [...seats(4), ...seats(6)],
      ),
    ],
  ),
  c(
    'b84-agenda-infocoll-then-castel-then-places',
    ['follow-up'],
    [
      t(
        'les infos coll prepa comp a venir',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-01-07')],
      ),
      t('celle de castelsarrasin cest a quelle heure', 'agenda', [['14h', '14 h', '14:00', '14h00']]),
      t('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b84-agenda-email-jpo',
    ['email'],
    [
      t(
        '« Bonjour, nous aimerions que nos bénéficiaires puissent découvrir le centre et tenir un stand lors de la prochaine porte ouverte. Merci de nous communiquer la date. » --> c quand la prochaine jpo a montauban',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-01-07'), ...notOn('2027-02-17')],
      ),
    ],
  ),
  c(
    'b84-agenda-infocoll-time-and-duration',
    ['two-questions', 'mixed'],
    [
      t(
        "l'info coll de jeudi c a quelle heure et prepa comp sa dure combien au total",
        'agenda',
        [['9h30', '9 h 30', '09:30', '9:30', '09h30'], PREPA_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b84-agenda-promo-session-end',
    ['two-questions', 'mixed'],
    [
      t(
        'la session promo du premier fevrier elle finit quand et cest bien 13 semaines le programme ?',
        'agenda',
        [on('2027-04-29'), PROMO_DURATION],
      ),
    ],
  ),
  c(
    'b84-agenda-pec-mode-and-content',
    ['two-questions', 'mixed'],
    [
      t('entree pec atelier 2 du 20 janvier c en distanciel ? et latelier 2 ca consiste en quoi', 'agenda', [
        ['mixte', 'en partie', 'hybride'],
        [
          'reconnaissance des acquis',
          'ateliers individualisés',
          '6 ateliers',
          'six ateliers',
          'demi-journée',
          'compétences',
        ],
      ]),
    ],
  ),
  c(
    'b84-agenda-coordinator-weekly',
    ['afpa-staff', 'voice'],
    [
      t(
        'quelles sont les sessions dentree en fevrier pour prepa comp',
        'agenda',
        [on('2027-02-08'), on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
    ],
  ),

  // ── eligibility ───────────────────────────────────────────────────────────
  c(
    'b84-elig-brsa-not-ft',
    ['rambling'],
    [
      t(
        'alors jai un monsieur 45 ans au rsa depuis deux ans pas inscrit a FT il sait pas trop ce quil veut faire il a bosse dans le batiment avant, il peut faire prepa comp ou pas',
        'eligibility',
        [YES],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b84-elig-pec-mairie',
    ['sms'],
    [
      t(
        'brsa en pec a la mairie depuis 2 mois comme agent espaces verts, competences pec possible ?',
        'eligibility',
        [YES, ['employeur', 'Compétences PEC', 'VAE', 'RSFP', 'CléA']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b84-elig-ase-17',
    ['numbers-in-words', 'voice'],
    [
      t(
        'un jeune de dix sept ans place a l ase il a arrete le lycee il fait rien il peut faire la promo',
        'eligibility',
        [YES],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b84-elig-15',
    ['numbers-in-words'],
    [
      t(
        'jeune de quinze ans decroche du college suivi ASE, promo 1618 ?',
        'eligibility',
        [[...NO, '16 ans', 'seize ans']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b84-elig-apprentice-then-quits',
    ['sms', 'follow-up'],
    [
      t('17 ans en apprentissage au CFA mais ca se passe mal, promo 1618 ?', 'eligibility', [NO], NOT_YES),
      t('et si son contrat est rompu le mois prochain et quil a plus rien', 'eligibility', [YES], NOT_NO),
    ],
  ),
  c(
    'b84-elig-cdi-no-pec',
    ['sms'],
    [
      t(
        'salarie en cdi classique (pas un pec) il veut faire une vae, competences pec ok ?',
        'eligibility',
        [[...NO, 'contrat PEC', 'en PEC', 'parcours emploi compétences']],
        [
          'oui, il peut',
          'oui il peut',
          'est éligible à compétences pec',
          'est éligible au dispositif compétences',
        ],
      ),
    ],
  ),
  c(
    'b84-elig-19',
    ['numbers-in-words'],
    [
      t(
        'une jeune de dix neuf ans sortie de lase elle peut encore faire la promo 16 18 ?',
        'eligibility',
        [[...NO, 'mineur', '18 ans']],
        ['oui, elle peut', 'oui elle peut', 'est éligible à la promo'],
      ),
    ],
  ),
  c(
    'b84-elig-vague-then-precise',
    ['vague-then-precise', 'numbers-in-words', 'follow-up'],
    [
      t('jai un jeune qui pourrait faire la promo', 'eligibility', [
        ['âge', 'quel âge', 'ans', 'situation', 'scolar', 'mineur', '16', 'formation', 'éligible'],
      ]),
      t('seize ans il a arrete le lycee en novembre il fait rien depuis', 'eligibility', [YES], NOT_NO),
    ],
  ),
  c(
    'b84-elig-ase-still-college',
    ['sms'],
    [
      t(
        'ase 16 ans encore en 3eme au college, promo 1618 possible ?',
        'eligibility',
        [[...NO, 'quitté', 'décrocheur', 'décroch', 'scolarisé']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b84-elig-17-working',
    ['rambling'],
    [
      t(
        'bon alors la jeune a 17 ans elle a quitte le lycee l an dernier et la elle bosse en cdd dans un fast food depuis un mois mais sa lui plait pas, elle peut rentrer sur la promo 1618 ?',
        'eligibility',
        [[...NO, 'ne travaillent pas', 'ne travaille pas', 'sans emploi', 'qui travaille']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b84-elig-rqth',
    ['abbreviations'],
    [t('BRSA avec RQTH, prepa comp c ouvert ?', 'eligibility', [YES], NOT_NO)],
  ),
  c(
    'b84-elig-email-aide-soignante',
    ['email', 'two-questions'],
    [
      t(
        '« Mme L., 38 ans, bénéficiaire du RSA, inscrite à France Travail, souhaite entrer en formation d’aide-soignante mais craint de ne pas réussir les tests d’entrée. » c quel dispositif pour elle et elle est eligible ?',
        'eligibility',
        [YES, ['volet 2', 'sécuris', 'Prépa Compétences', 'prépa']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b84-elig-brsa-then-not-registered',
    ['follow-up'],
    [
      t('une dame brsa peut faire prepa comp ?', 'eligibility', [YES], NOT_NO),
      t(
        'et si elle est pas inscrite a ft ?',
        'eligibility',
        [
          [
            'inscrit ou non',
            'inscrits ou non',
            'non inscrit',
            'pas inscrit',
            'même sans',
            'même si',
            'oui',
            'éligible',
          ],
        ],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b84-elig-ml-then-who',
    ['follow-up', 'abbreviations'],
    [
      t(
        'jeune 17 ans suivi ML pas ASE sorti du lycee sans diplome rien depuis, promo 1618 ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
      t('cest qui qui l oriente alors', 'dispositif', [ML_CIO]),
    ],
  ),
  c(
    'b84-elig-62',
    ['sms'],
    [
      t(
        'un monsieur de 62 ans au rsa il peut faire la promo 16 18 ?',
        'eligibility',
        [[...NO, 'mineur', '16 à 18', '16 et 18']],
        ['oui, il peut', 'oui il peut', 'est éligible à la promo'],
      ),
    ],
  ),
  c(
    'b84-elig-pec-when',
    ['email', 'two-questions'],
    [
      t(
        '« Je vous confirme que M. D., allocataire du RSA, signe un PEC au 1er février dans un EHPAD comme agent d’entretien. » il peut faire competences pec et a partir de quand',
        'eligibility',
        [
          YES,
          [
            'dès la signature',
            'dès signature',
            'premiers mois',
            'début du contrat',
            'dès le début',
            'dès le 1er',
          ],
        ],
        NOT_NO,
      ),
    ],
  ),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c(
    'b84-oos-transport-then-meals',
    ['sms', 'follow-up'],
    [
      t('l afpa rembourse les frais de transport des stagiaires ?', 'out_of_scope', [SILENT]),
      t('et les repas du midi ?', 'out_of_scope', [SILENT]),
    ],
  ),
  c(
    'b84-oos-housing-promo',
    ['voice'],
    [t('pour la promo 1618 est ce que le jeune peut etre heberge sur place', 'out_of_scope', [SILENT])],
  ),
  c(
    'b84-oos-cej',
    ['abbreviations'],
    [t('un jeune en CEJ il peut cumuler avec la promo ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b84-oos-allowance',
    ['no-accents'],
    [
      t(
        'cest quoi le montant de l aide financiere pour les stagiaires afpa',
        'out_of_scope',
        [SILENT],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b84-oos-weather',
    ['sms'],
    [
      t('il va faire beau demain a montauban ?', 'out_of_scope', [
        [...SILENT, 'ne peux pas', 'pas en mesure', 'uniquement', 'seulement', 'dispositif'],
      ]),
    ],
  ),
  c('b84-oos-bafa', ['sms'], [t('le cd finance le bafa pour les jeunes ase ?', 'out_of_scope', [SILENT])]),
  c(
    'b84-oos-welder-salary',
    ['sms'],
    [t('un soudeur ca gagne combien en sortie de formation', 'out_of_scope', [SILENT], ['€', 'euros'])],
  ),
  c(
    'b84-oos-mutuelle',
    ['voice'],
    [t('est ce que la personne garde sa mutuelle pendant la formation', 'out_of_scope', [SILENT])],
  ),
  c(
    'b84-oos-childcare-then-referent',
    ['follow-up'],
    [
      t('l afpa a une creche pour les stagiaires ?', 'out_of_scope', [SILENT]),
      t('et alors qui s occupe de la garde d enfants', 'dispositif', [['référent', 'conseiller', 'vous']]),
    ],
  ),
  c(
    'b84-oos-permis',
    ['sms'],
    [t('l afpa finance le permis b pour les brsa ?', 'out_of_scope', [SILENT], ['€', 'euros'])],
  ),

  // ── contact ───────────────────────────────────────────────────────────────
  c(
    'b84-contact-afpa-prepa',
    ['sms'],
    [t('qui contacter a l afpa pour prepa comp', 'contact', [[...BATTEDOU, ...VELLA]])],
  ),
  c(
    'b84-contact-battedou-then-phone',
    ['sms', 'follow-up'],
    [
      t('c qui fabienne battedou', 'contact', [RAP]),
      t(
        'tu as son numero de tel stp',
        'contact',
        [
          [
            'ne donne pas',
            'ne précise pas',
            'pas de numéro',
            'aucun numéro',
            'ne figure pas',
            'ne mentionne pas',
            'ne dispose pas',
            "n'ai pas",
            'pas de coordonnées',
            'aucune coordonnée',
            'ne contient pas',
            "n'indique pas",
          ],
        ],
        ['05 63', '@afpa'],
      ),
    ],
  ),
  c(
    'b84-contact-vella-then-national',
    ['voice', 'follow-up'],
    [
      t('eric vella il fait quoi exactement', 'contact', [
        ['directeur'],
        ['coordonnateur', 'coordinateur', 'Montauban'],
      ]),
      t('et au national cest qui qui pilote', 'contact', [
        ['DGEFP', 'D.G.E.F.P', 'comité de pilotage national'],
      ]),
    ],
  ),
  c(
    'b84-contact-cd-referent',
    ['sms'],
    [
      t('le referent de l experimentation cote departement cest qui', 'contact', [
        [
          'désigne',
          'désigné',
          'ne précise pas',
          'ne nomme pas',
          'pas nommé',
          'non nommé',
          "n'indique pas",
          'ne donne pas',
          'ne mentionne pas',
          'pas de nom',
          'aucun nom',
        ],
      ]),
    ],
  ),
  c(
    'b84-contact-two-roles',
    ['two-questions'],
    [
      t('qui est le coordonnateur departemental et qui deploie les prestations a l afpa', 'contact', [
        VELLA,
        BATTEDOU,
      ]),
    ],
  ),
  c(
    'b84-contact-annual-report',
    ['afpa-staff'],
    [t('le bilan annuel par dispositif on l envoie a qui deja', 'contact', [['DDETSPP', 'D.D.E.T.S.P.P']])],
  ),
  c(
    'b84-contact-problem-then-boss',
    ['follow-up'],
    [
      t('jai un souci avec une prescription prepa comp je dois voir avec qui a l afpa', 'contact', [
        [...BATTEDOU, ...RAP, ...VELLA],
      ]),
      t('et son directeur ?', 'contact', [VELLA]),
    ],
  ),
  c(
    'b84-contact-president-and-steering',
    ['two-questions'],
    [
      t('qui a signe laccord pour le departement et le copil il se reunit tous les combien', 'contact', [
        ['Weill'],
        ['1 fois par an', 'une fois par an', 'annuel', 'chaque année', 'au moins une fois', 'trimestri'],
      ]),
    ],
  ),

  // ── figures ───────────────────────────────────────────────────────────────
  c(
    'b84-fig-prepa-target-then-realised',
    ['sms', 'follow-up'],
    [
      t('objectif 2022 prepa comp combien de brsa', 'figures', [['30 ', 'trente', '30\u00a0']]),
      t('et on en est ou des entrees', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b84-fig-pec-then-ase-target',
    ['voice', 'follow-up'],
    [
      t('combien dallocataires du rsa en competences pec cetait lobjectif', 'figures', [
        ['50 ', 'cinquante', '50\u00a0'],
      ]),
      t('et pour les jeunes ase sur la promo', 'figures', [['10 ', 'dix ', '10\u00a0']]),
    ],
  ),
  c(
    'b84-fig-two-targets',
    ['two-questions'],
    [
      t('objectifs prepa et pec stp', 'figures', [
        ['30 ', 'trente', '30\u00a0'],
        ['50 ', 'cinquante', '50\u00a0'],
      ]),
    ],
  ),
  c(
    'b84-fig-all-then-realised',
    ['follow-up', 'afpa-staff'],
    [
      t('les objectifs du plan d action c combien', 'figures', [
        ['30 ', 'trente', '30\u00a0'],
        ['50 ', 'cinquante', '50\u00a0'],
        ['10 ', 'dix ', '10\u00a0'],
      ]),
      t('et on a realise combien', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b84-fig-promo-national',
    ['two-questions'],
    [
      t('promo 1618 cest combien de jeunes au national et quel taux de sorties positives vise', 'figures', [
        ['35 000', '35000', '35\u00a0000', '35 000 jeunes'],
        ['70'],
      ]),
    ],
  ),
  c(
    'b84-fig-dashboard',
    ['sms'],
    [
      t('le tableau de bord a la dgefp il est envoye tous les combien', 'figures', [
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ]),
    ],
  ),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c(
    'b84-presc-prepa',
    ['sms'],
    [t('je veux prescrire prepa comp pour un monsieur', 'prescribe', [PRESCRIBE_WAY])],
  ),
  c(
    'b84-presc-pec',
    ['no-accents'],
    [t('pr prescrire competences pec faut faire quoi', 'prescribe', [['employeur'], PRESCRIBE_WAY])],
  ),
  c(
    'b84-presc-vague-then-promo',
    ['vague-then-precise', 'follow-up'],
    [
      t('je voudrais orienter une jeune', 'prescribe', [
        ['quel dispositif', 'lequel', 'promo', 'quel âge', 'préciser', 'formulaire', 'prescri'],
      ]),
      t('pour la promo 1618', 'prescribe', [[...ML_CIO, ...PRESCRIBE_WAY]]),
    ],
  ),
  c(
    'b84-presc-direct',
    ['voice'],
    [
      t('je peux prescrire directement moi ou faut passer par france travail', 'prescribe', [
        ['directement', 'oui', 'formulaire', 'sans passer'],
      ]),
    ],
  ),
  c(
    'b84-presc-email',
    ['email'],
    [
      t(
        '« M. B. est d’accord pour suivre Prépa Compétences, il est disponible à partir du 18 janvier, il a une voiture. » ok tu peux me faire la prescription',
        'prescribe',
        [PRESCRIBE_WAY],
      ),
    ],
  ),
  c(
    'b84-presc-steps',
    ['two-questions'],
    [
      t('avant de prescrire je dois faire quoi ? et la mobilite c a moi de voir ?', 'prescribe', [
        ['adhésion', 'accord', 'informe'],
        ['mobilité', 'garde', 'conditions matérielles', 'oui', 'référent'],
      ]),
    ],
  ),
  c(
    'b84-presc-session-then-cancel',
    ['follow-up'],
    [
      t('prescrire sur la session prepa du 18 janvier', 'prescribe', [PRESCRIBE_WAY]),
      t('non en fait laisse tomber', 'other', [GOT_IT]),
    ],
  ),

  // ── other ─────────────────────────────────────────────────────────────────
  c(
    'b84-other-hello-then-help',
    ['sms', 'follow-up'],
    [
      t('bonjour', 'other', [['bonjour', 'salut', 'bienvenue', 'que puis-je', 'comment puis-je', 'aider']]),
      t('tu sers a quoi', 'other', [['dispositif', 'prépa', 'agenda', 'prescri', 'éligib']]),
    ],
  ),
  c(
    'b84-other-thanks',
    ['sms'],
    [
      t('merci bcp !!', 'other', [
        [
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'bonne journée',
          "n'hésitez",
          'à votre service',
          'plaisir',
        ],
      ]),
    ],
  ),
  c(
    'b84-other-first-week',
    ['rambling'],
    [
      t('salut c ma premiere semaine comme referente rsa je connais rien a l afpa tu peux m aider', 'other', [
        ['Prépa Compétences', 'prépa', 'dispositif', 'Compétences PEC', 'Promo'],
      ]),
    ],
  ),
  c('b84-other-cancel', ['sms'], [t('annuler', 'other', [GOT_IT])]),
];
