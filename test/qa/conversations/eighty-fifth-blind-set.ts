/**
 * Eighty-fifth blind set. Who speaks: éducateurs of the Aide sociale à l'enfance and
 * référents jeunes with minors in mind, and référents insertion relaying the questions of
 * employers of Parcours Emploi Compétences (structures d'insertion, crèches, associations).
 * They type as in Teams: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, CD, ASE,
 * info coll, JPO), no accents, typos, SMS style, many negations, hypotheticals on the next
 * turn, agenda questions by weekday and time of day, short confirmations.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its action plan and the protocol of the three programmes), the product guide and
 * the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without
 * looking at the bot's code or at any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and « multi-turn » when it has several. */
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
  'deux et huit jours',
  '2 jours à 8 jours',
  'de 2 à 8',
  '2-8 jours',
];
const PREPA_V1 = ['5 à 6 jours', '5 à 6 j', '5 ou 6 jours', 'cinq à six jours', '5-6 jours', 'de 5 à 6'];
const PREPA_V2 = ['4 à 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours', 'de 4 à 8'];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi > jeudi'];
const PROMO = ['Promo 16', 'Promo 1618', 'Promo1618', '16/18', '16-18', '16.18'];
const PREPA = ['Prépa Compétences', 'Prepa Competences', 'Prépa Comp'];
const COMP_PEC = ['Compétences PEC', 'Compétences P.E.C', 'Competences-PEC', 'Compétences – PEC'];
const RSA = ['RSA', 'R.S.A'];
const FT = ['France Travail', 'Pôle emploi', 'Pole emploi'];
const ML = ['mission locale', 'missions locales'];
const MONTAUBAN = ['Montauban'];
const DELOCALISED = [
  'délocalis',
  'ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'dans le département',
  'à distance',
  'distanciel',
];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'aucun frais',
  'pas de frais',
  'sans frais',
  'rien à payer',
  'ne coûte rien',
  'financé par l',
  'pris en charge par l',
  'plan d’investissement',
  'PIC',
  'P.I.C',
];
const BILAN = ['bilan individuel', 'bilan de parcours', 'bilan'];
const PANDA = ['Panda'];
const H14 = ['14h', '14 h', '14:00', '14 heures'];
const H10 = ['10h', '10 h', '10:00', '10 heures'];
const H9 = ['9h', '9 h', '09:00', '9:00', '09h'];
const FULL = [
  'complet',
  'complète',
  'plus de place',
  'aucune place',
  'plus aucune',
  'pas de place',
  '0 place',
  'zéro place',
  ...seats(0),
];

/** « The agreement does not say », in the many ways a French answer may put it. */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne prevoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'pas précisé',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'aucune précision',
  'aucune mention',
  'aucun élément',
  'ne mentionne pas',
  'pas mentionné',
  'ne traite pas',
  'pas traité',
  'ne parle pas',
  'ne contient pas',
  'ne donne pas',
  'ne fixe pas',
  'ne détaille pas',
  'ne figure pas',
  'indique pas',
  'aborde pas',
  'pas abordé',
  'évoque pas',
  'rien sur',
  'rien à ce sujet',
  'ne sais pas',
  'pas en mesure',
  'ne peux pas répondre',
  'ne trouve pas',
  'pas d’information',
  'pas de précision',
  'pas de réponse',
];

/** A figure the bot cannot know yet. */
const NOT_AVAILABLE = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'aucun chiffre',
  'pas de chiffre',
  'ne dispose pas',
  'pas de résultat',
  'aucun résultat',
  'pas connu',
  'aucune prescription',
  'aucune entrée',
  'zéro',
  ': 0',
  ' 0 ',
  'pas en mesure',
  ...NOT_COVERED,
];

// Verdicts.
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
  'peut être orientée',
  'peut être prescrit',
  'peut lui',
  'peux le prescrire',
  'peux la prescrire',
  'peux prescrire',
  'oui',
  'correspond au',
  'correspond à',
  'correspond bien',
  'entre dans',
  'rentre dans',
  'public visé',
  'public cible',
  'remplit les',
  'remplit bien',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'plus éligible',
  'ne peut pas',
  'ne peut plus',
  'ne pourra pas',
  'pourrait pas',
  'peut pas',
  'pas possible',
  'plus possible',
  'impossible',
  'réservé',
  'pas accessible',
  'ne correspond pas',
  'correspond pas',
  'ne remplit pas',
  'pas concerné',
  'ne relève pas',
  'entre pas',
  'non,',
  'non.',
  'non !',
  'malheureusement',
  'exclu',
];
const WRONG_NO = ['pas éligible', 'non éligible', 'inéligible'];
const WRONG_YES = ['est bien éligible', 'oui, il', 'oui, elle', 'oui il peut', 'oui elle peut'];

// Prescribing and the small talk.
const FORM = [
  'formulaire',
  'fiche de prescription',
  'Panda',
  'adhésion',
  'étape',
  'inscri',
  'carte',
  'remplir',
  'renseign',
  'compléter',
];
const CANCEL = [
  'annul',
  'abandon',
  'arrêt',
  'd’accord',
  'entendu',
  'noté',
  'pas de souci',
  'pas de problème',
  'très bien',
  'compris',
];
const HELLO = ['bonjour', 'salut', 'hello', 'bienvenue'];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'Prépa', 'Promo', 'PEC'];

export const EIGHTY_FIFTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c(
    'b85-dis-prepa-what',
    ['prepa'],
    [
      turn('c koi prepa comp en 2 mots ? jai jamais oriente personne dessus', 'dispositif', [
        ['projet professionnel', 'projet pro', 'consolider', 'sécuriser', 'entrée en formation'],
      ]),
    ],
  ),
  c(
    'b85-dis-prepa-duration',
    ['prepa'],
    [
      turn(
        'prepa comp ca dure cb de temps en tout ?',
        'dispositif',
        [PREPA_DURATION],
        ['13 semaines', 'treize semaines'],
      ),
    ],
  ),
  c(
    'b85-dis-prepa-volets',
    ['prepa', 'two-questions'],
    [
      turn(
        'volet 1 volet 2 c quoi la diff ? et ca fait combien de jours chacun',
        'dispositif',
        [PREPA_V1, PREPA_V2],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b85-dis-prepa-where',
    ['prepa', 'two-questions'],
    [turn('prepa comp c ou ? que a montauban ou ya ailleurs ?', 'dispositif', [MONTAUBAN, DELOCALISED])],
  ),
  c(
    'b85-dis-prepa-bilan',
    ['prepa', 'suivi'],
    [
      turn(
        'a la fin de prepa comp est ce que moi referente jai un retour ecrit ou pas du tout ?',
        'dispositif',
        [BILAN, ['référent', 'referente', 'vous']],
      ),
    ],
  ),
  c(
    'b85-dis-prepa-cost',
    ['prepa', 'cost'],
    [
      turn(
        'ca coute qqch au CD quand on prescrit prepa comp ? ma chef demande',
        'dispositif',
        [FREE],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b85-dis-prepa-pay',
    ['prepa', 'remuneration', 'not-covered'],
    [
      turn(
        'il est pas remunere pendant prepa comp ? il touche qqch en plus du rsa ou pas',
        'dispositif',
        [NOT_COVERED],
        ['€', 'euros', 'smic'],
      ),
    ],
  ),
  c(
    'b85-dis-pec-durations',
    ['pec', 'two-questions', 'pec-employer'],
    [
      turn(
        'l employeur (une creche) demande combien de temps dure competences PEC et si c est pendant le contrat',
        'dispositif',
        [
          PEC_DURATION,
          ['durée du PEC', 'durée du contrat', 'sur la durée', 'pendant le', 'réparti', 'en cours de'],
        ],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b85-dis-pec-content',
    ['pec'],
    [
      turn('ya quoi dans competences pec ? c que de la VAE ?', 'dispositif', [
        ['VAE', 'V.A.E', 'validation des acquis'],
        ['RSFP', 'R.S.F.P', 'savoir-faire', 'CléA', 'Clea'],
      ]),
    ],
  ),
  c(
    'b85-dis-pec-halfdays',
    ['pec', 'pec-employer'],
    [
      turn(
        'bjr, une asso qui a une salariee en PEC veut savoir si elle va s absenter souvent, c est des journees entieres ou des demi journees les ateliers ?',
        'dispositif',
        [['demi-journée', 'demi journée', 'demi-journées', 'demi journées']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b85-dis-pec-vae-rsfp-days',
    ['pec', 'two-questions'],
    [
      turn('dans competences pec la VAE c combien de jours ? et la RSFP ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b85-dis-pec-multi',
    ['pec', 'prepa', 'follow-up'],
    [
      turn('c quoi exactement competences PEC', 'dispositif', [
        ['PEC', 'Parcours Emploi'],
        ['VAE', 'V.A.E', 'certification', 'valoris'],
      ]),
      turn('et ca dure ?', 'dispositif', [PEC_DURATION], ['13 semaines']),
      turn('et prepa comp a cote ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b85-dis-promo-duration-days',
    ['promo', 'two-questions', 'ase'],
    [
      turn(
        'promo 1618 ca dure combien ? c est tous les jours ? jai un jeune en foyer qui demande',
        'dispositif',
        [PROMO_DURATION, MON_THU],
        PREPA_DURATION,
      ),
    ],
  ),
  c(
    'b85-dis-promo-phases',
    ['promo', 'follow-up'],
    [
      turn('les phases de la promo 1618 c quoi ?', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['préparation de la suite', 'la suite'],
      ]),
      turn('et la premiere elle dure combien', 'dispositif', [['1 semaine', 'une semaine']]),
      turn(
        'et au total ca peut depasser 3 mois si le jeune a besoin de souffler entre 2 phases ?',
        'dispositif',
        [FOUR_MONTHS],
      ),
    ],
  ),
  c(
    'b85-dis-promo-mobility',
    ['promo', 'ase'],
    [
      turn(
        'la periode de mobilite dans la promo c quoi ? il part loin ? il a jamais quitte le 82',
        'dispositif',
        [TWO_WEEKS, ['Village']],
      ),
    ],
  ),
  c(
    'b85-dis-promo-after',
    ['promo', 'ase', 'suivi'],
    [
      turn('apres la promo mes jeunes ils sont lachés dans la nature ou ya un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ML,
      ]),
    ],
  ),
  c(
    'b85-dis-promo-remote',
    ['promo', 'negation'],
    [
      turn('la promo c est pas faisable a distance ? il a pas de moyen de transport', 'dispositif', [
        ['présentiel', 'sur place'],
      ]),
    ],
  ),
  c(
    'b85-dis-promo-content',
    ['promo', 'ase'],
    [
      turn('concretement ils font quoi pendant la promo ? mon jeune demande si ya le code', 'dispositif', [
        ['code de la route'],
      ]),
    ],
  ),
  c(
    'b85-dis-who-proposes-promo',
    ['promo', 'prescriber'],
    [
      turn('pour la promo 1618 c qui qui oriente normalement, la ML ?', 'dispositif', [
        [...ML, 'CIO', 'C.I.O'],
      ]),
    ],
  ),
  c(
    'b85-dis-clea',
    ['clea', 'two-questions'],
    [
      turn('CleA c quoi ? et clea numerique ?', 'dispositif', [
        ['compétences de base', 'socle', 'compétences fondamentales'],
        ['numérique'],
      ]),
    ],
  ),
  c(
    'b85-dis-fle',
    ['fle'],
    [
      turn(
        'vous avez qqch pour le francais pour les primo arrivants ? pas pour de l alpha, pour bosser',
        'dispositif',
        [['Français à visée professionnelle', 'visée professionnelle', 'Français langue étrangère', 'FLE']],
      ),
    ],
  ),
  c(
    'b85-dis-reports',
    ['reports', 'two-questions'],
    [
      turn('qui envoie les chiffres a la DGEFP et c est tous les combien ?', 'dispositif', [
        ['AFPA', 'A.F.P.A'],
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ]),
    ],
  ),
  c(
    'b85-dis-agreement-length',
    ['agreement', 'two-questions'],
    [
      turn('l accord cd afpa il dure combien de temps ? et on peut y mettre fin ?', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2 mois', 'deux mois', 'préavis', 'résili'],
      ]),
    ],
  ),

  // ── agenda ────────────────────────────────────────────────────────────────
  c(
    'b85-age-infocoll-castel',
    ['prepa', 'follow-up'],
    [
      turn(
        'slt c qd la prochaine info coll prepa comp ?',
        'agenda',
        [on('2027-01-14'), MONTAUBAN],
        notOn('2027-01-07'),
      ),
      turn('et a castel ?', 'agenda', [on('2027-01-21'), ['Castelsarrasin']], notOn('2027-01-14')),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b85-age-jpo-moissac',
    ['jpo', 'follow-up'],
    [
      turn('y a une JPO bientot ? jai rate celle d avant', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['Moissac']], notOn('2027-01-07')),
      turn('ca commence a quelle heure ?', 'agenda', [H10]),
    ],
  ),
  c(
    'b85-age-tuesday-morning',
    ['weekday', 'time-of-day'],
    [
      turn(
        'vous avez qqch un mardi matin en janvier ? mes BRSA ont la navette que le matin',
        'agenda',
        [on('2027-01-26'), ['logistique', 'cariste']],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b85-age-thursday-afternoon',
    ['weekday', 'time-of-day', 'negation'],
    [
      turn(
        'une info coll prepa un jeudi aprem ? pas le matin elle depose les petits a l ecole',
        'agenda',
        [on('2027-01-21'), ['Castelsarrasin']],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b85-age-end-of-week',
    ['weekday'],
    [
      turn(
        'en fin de semaine il se passe quoi chez vous ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19')],
      ),
    ],
  ),
  c(
    'b85-age-feb-3',
    ['date'],
    [turn('y a quoi le 3 fev ?', 'agenda', [on('2027-02-03'), ['portes ouvertes', 'JPO']])],
  ),
  c(
    'b85-age-february',
    ['follow-up', 'date'],
    [
      turn(
        'en fevrier y a quoi comme events pour mes allocataires',
        'agenda',
        [on('2027-02-03'), on('2027-02-09'), on('2027-02-23')],
        [...notOn('2027-01-26'), ...notOn('2027-03-04')],
      ),
      turn('le 9 c ou ?', 'agenda', [['Moissac']]),
      turn('et c est pour qui ?', 'agenda', [['PEC', 'Parcours Emploi']]),
    ],
  ),
  c(
    'b85-age-caussade-afternoon',
    ['time-of-day', 'town'],
    [turn('un truc l apres midi a caussade ?', 'agenda', [on('2027-02-23'), H14])],
  ),
  c(
    'b85-age-next-week',
    ['week'],
    [
      turn(
        'la semaine pro vous avez quoi ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b85-age-march-from-14',
    ['time-of-day'],
    [
      turn(
        'en mars a partir de 14h ya quoi ? le matin jai des rdv',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-03-04'), ...notOn('2027-03-10')],
      ),
    ],
  ),
  c(
    'b85-age-cariste-prep',
    ['places', 'follow-up'],
    [
      turn('cariste il reste des places ?', 'agenda', [seats(6), on('2027-01-27')]),
      turn('et prepa de commandes ?', 'agenda', [seats(5), ['Castelsarrasin']]),
    ],
  ),
  c(
    'b85-age-plaquiste-macon',
    ['places', 'follow-up'],
    [
      turn('il reste de la place en plaquiste ? jai un BRSA motivé', 'agenda', [FULL]),
      turn('et macon alors', 'agenda', [seats(3), on('2027-02-15')]),
    ],
  ),
  c(
    'b85-age-soudure',
    ['places', 'follow-up', 'two-questions'],
    [
      turn('la visite soudure c quand ?', 'agenda', [on('2027-01-19'), H14]),
      turn('et la formation soudeur ca demarre quand, y a de la place ?', 'agenda', [
        on('2027-02-01'),
        seats(4),
      ]),
    ],
  ),
  c(
    'b85-age-prepa-v2',
    ['sessions', 'follow-up'],
    [
      turn('prochaine entree prepa volet 2 avec de la place ?', 'agenda', [
        on('2027-02-15'),
        ['Castelsarrasin'],
      ]),
      turn('et celle du 25 janv a montauban ?', 'agenda', [FULL]),
    ],
  ),
  c(
    'b85-age-prepa-v1-montauban',
    ['sessions', 'two-questions'],
    [
      turn(
        'prochaine entree prepa comp volet 1 a montauban ? et il reste combien de places ?',
        'agenda',
        [on('2027-01-18'), seats(6)],
        [...notOn('2027-03-08'), ...notOn('2027-02-08')],
      ),
    ],
  ),
  c(
    'b85-age-prepa-remote',
    ['sessions', 'negation'],
    [
      turn('prepa a distance ca existe ? elle a pas de voiture pas de permis', 'agenda', [
        on('2027-02-08'),
        ['distance', 'distanciel'],
      ]),
    ],
  ),
  c(
    'b85-age-promo',
    ['promo', 'ase', 'follow-up'],
    [
      turn('promo 1618 prochaine session ?', 'agenda', [on('2027-02-01'), MONTAUBAN]),
      turn('y a une info coll pour les jeunes et les parents ?', 'agenda', [on('2027-03-17'), H14]),
    ],
  ),
  c(
    'b85-age-pec-sessions',
    ['pec', 'follow-up'],
    [
      turn('entree competences pec atelier 2 c quand ?', 'agenda', [on('2027-01-20')]),
      turn('et a distance ?', 'agenda', [on('2027-03-03')]),
      turn('combien de places ?', 'agenda', [seats(3)]),
    ],
  ),
  c(
    'b85-age-building-meeting',
    ['two-questions', 'time-of-day'],
    [
      turn('la reunion metiers du batiment c ou ? c l aprem ?', 'agenda', [
        on('2027-02-23'),
        ['Caussade'],
        H14,
      ]),
    ],
  ),
  c(
    'b85-age-logistics-places',
    ['places'],
    [
      turn(
        'info places logistique ?',
        'agenda',
        [['cariste'], ['préparateur de commandes', 'preparateur de commandes']],
        ['soudeur', 'plaquiste', 'maçon'],
      ),
    ],
  ),
  c(
    'b85-age-infocoll-months',
    ['prepa', 'follow-up'],
    [
      turn(
        'info coll prepa en fevrier ?',
        'agenda',
        [on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
      turn('et en mars ?', 'agenda', [on('2027-03-04'), ['Valence']], notOn('2027-02-11')),
    ],
  ),
  c(
    'b85-age-restauration',
    ['places', 'two-questions'],
    [turn('agent de restau ya des places ? c a caussade c est ca ?', 'agenda', [seats(4), ['Caussade']])],
  ),
  c(
    'b85-age-electricite',
    ['places', 'follow-up'],
    [
      turn('la visite du plateau electricite c quand', 'agenda', [on('2027-03-10'), H10]),
      turn('et la formation electricien il reste combien de places ?', 'agenda', [
        seats(2),
        on('2027-03-08'),
      ]),
    ],
  ),
  c(
    'b85-age-logistics-meeting',
    ['time-of-day', 'two-questions'],
    [turn('reunion metier logistique c quel jour et a quelle heure ?', 'agenda', [on('2027-01-26'), H9])],
  ),

  // ── eligibility ───────────────────────────────────────────────────────────
  c(
    'b85-eli-ase-ages',
    ['promo', 'ase', 'hypothetical', 'age'],
    [
      turn(
        'bjr je suis educ ASE, jai un jeune de 17 ans qui a lache le lycee en octobre, il fait rien depuis, pas de taf pas de formation, promo 1618 possible ?',
        'eligibility',
        [YES, PROMO],
        WRONG_NO,
      ),
      turn('et s il avait 18 ans ?', 'eligibility', [NO, ['mineur', '16', '17', 'moins de 18']], WRONG_YES),
      turn('ok et un de 15 ans ?', 'eligibility', [NO, ['16']], WRONG_YES),
    ],
  ),
  c(
    'b85-eli-rsa-not-ft',
    ['prepa', 'negation', 'confirmation'],
    [
      turn(
        'mme au RSA, pas inscrite a FT, jamais fait de formation, prepa comp possible ?',
        'eligibility',
        [YES],
        WRONG_NO,
      ),
      turn('donc pas besoin qu elle s inscrive a FT avant ?', 'eligibility', [
        [
          'pas besoin',
          'pas obligatoire',
          'pas nécessaire',
          'inscrits ou non',
          'inscrit ou non',
          'inscrite ou non',
          'non inscrit',
          'non-inscrit',
          'sans être inscrit',
          'sans inscription',
          'même si',
          'pas inscrits',
          'pas inscrite',
        ],
      ]),
      turn('ok donc je prescris ?', 'prescribe', [FORM]),
    ],
  ),
  c(
    'b85-eli-pec-creche',
    ['pec', 'pec-employer', 'hypothetical', 'long'],
    [
      turn(
        'alors voila une creche parentale m a appelee ce matin, elle a une salariee en PEC depuis 2 mois qui est au RSA, la directrice trouve qu elle se debrouille super bien et voudrait qu elle puisse faire reconnaitre ses competences, est ce que c est possible avec vous ?',
        'eligibility',
        [YES, COMP_PEC],
        WRONG_NO,
      ),
      turn('et si elle quitte son PEC avant ?', 'eligibility', [
        [
          'durée du PEC',
          'durée du contrat',
          'pendant le PEC',
          'pendant son PEC',
          'en cours de PEC',
          'sur la durée',
          'contrat PEC',
          'en PEC',
          'signataire',
          'salarié',
          'salariée',
        ],
      ]),
    ],
  ),
  c(
    'b85-eli-26-not-rsa',
    ['prepa', 'negation', 'hypothetical'],
    [
      turn(
        'monsieur 26 ans, il est pas au RSA, inscrit FT, prepa comp par nous (CD) ?',
        'eligibility',
        [NO, RSA],
        WRONG_YES,
      ),
      turn('et s il touchait le RSA ?', 'eligibility', [YES], WRONG_NO),
    ],
  ),
  c(
    'b85-eli-ase-college',
    ['promo', 'ase', 'hypothetical'],
    [
      turn(
        'jeune ASE 16 ans encore au college en 3e, il s ennuie, la promo ca peut le faire ?',
        'eligibility',
        [NO, ['quitté', 'décroch', 'scolari', 'sorti', 'pas en formation', 'abandonné', 'cursus']],
        WRONG_YES,
      ),
      turn('et s il est deco depuis septembre et fait rien ?', 'eligibility', [YES], WRONG_NO),
    ],
  ),
  c(
    'b85-eli-ml-not-ase',
    ['promo', 'negation'],
    [
      turn(
        'jeune 17 ans suivi ML, pas ASE, decrocheur depuis l an dernier, il peut faire la promo ?',
        'eligibility',
        [YES, [...ML, 'CIO', 'C.I.O']],
      ),
    ],
  ),
  c(
    'b85-eli-pec-not-rsa',
    ['pec', 'pec-employer', 'negation'],
    [
      turn(
        'une asso me demande pour un salarie en PEC qui est pas au RSA, competences pec ca passe par nous ou pas ?',
        'eligibility',
        [[...FT, ...ML, 'Cap emploi', ...RSA]],
      ),
    ],
  ),
  c(
    'b85-eli-nothing',
    ['negation'],
    [
      turn(
        'il est pas au RSA, pas inscrit FT, pas en PEC, 30 ans, il peut faire un de vos dispositifs ?',
        'eligibility',
        [[...NO, 'aucun'], RSA],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b85-eli-brsa-cariste',
    ['prepa', 'negation'],
    [
      turn(
        'BRSA 45 ans jamais fait de formation, voudrait etre cariste mais sait pas si c fait pour lui, vous avez quoi ?',
        'eligibility',
        [PREPA],
      ),
    ],
  ),
  c(
    'b85-eli-ase-apprenti',
    ['promo', 'ase'],
    [
      turn(
        'ASE 17 ans en apprentissage en boulangerie, il pourrait faire la promo 1618 en plus ?',
        'eligibility',
        [NO],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b85-eli-jeune-majeur',
    ['promo', 'ase', 'age'],
    [
      turn(
        'jeune majeur ASE 19 ans contrat jeune majeur, promo 1618 ?',
        'eligibility',
        [NO, ['mineur', '16', '17', '18']],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b85-eli-brsa-aci',
    ['pec', 'siae'],
    [turn('BRSA en PEC dans un ACI depuis 2 mois, competences pec ok ?', 'eligibility', [YES], WRONG_NO)],
  ),
  c(
    'b85-eli-rqth',
    ['prepa', 'rqth'],
    [
      turn(
        'mr au rsa avec RQTH suivi par cap emploi, prepa comp c jouable quand meme ?',
        'eligibility',
        [YES],
        WRONG_NO,
      ),
    ],
  ),
  c(
    'b85-eli-ass',
    ['prepa', 'negation'],
    [turn('elle touche l ASS pas le RSA, prepa comp via le CD ?', 'eligibility', [NO, RSA], WRONG_YES)],
  ),
  c(
    'b85-eli-children-remote',
    ['prepa', 'two-questions'],
    [
      turn(
        'femme au rsa 3 enfants pas de mode de garde, elle peut faire prepa comp ? et a distance ?',
        'eligibility',
        [YES, ['distance', 'distanciel']],
        WRONG_NO,
      ),
    ],
  ),
  c(
    'b85-eli-mna',
    ['promo', 'ase', 'fle'],
    [
      turn(
        'MNA 17 ans confie a l ASE, pas scolarise, parle un peu francais, promo ?',
        'eligibility',
        [YES],
        WRONG_NO,
      ),
      turn('et pour le francais vous avez un truc ?', 'dispositif', [
        ['visée professionnelle', 'Français langue étrangère', 'FLE'],
      ]),
    ],
  ),
  c(
    'b85-eli-15-confirm',
    ['promo', 'ase', 'confirmation', 'age'],
    [
      turn('elle a 15 ans, placee ASE, deco depuis juin', 'eligibility', [NO, ['16']], WRONG_YES),
      turn(
        'donc c est non ?',
        'eligibility',
        [
          [
            ...NO,
            'effectivement',
            'exact',
            'en effet',
            'pas avant',
            'à partir de 16',
            'dès 16',
            'quand elle aura',
          ],
        ],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b85-eli-employer-refuses',
    ['pec', 'pec-employer', 'negation'],
    [
      turn(
        'salarie au RSA en PEC dans une structure d insertion, mais l employeur est pas chaud pour competences pec, on peut le faire quand meme sans lui ?',
        'eligibility',
        [['employeur'], ['accord']],
      ),
    ],
  ),
  c(
    'b85-eli-secure-entry',
    ['prepa'],
    [
      turn(
        'BRSA 58 ans, il a deja son projet de formation valide mais il a peur de pas tenir, prepa comp ca sert a quelque chose pour lui ?',
        'eligibility',
        [['volet 2', 'sécuriser', 'sécurisation', 'entrée en formation']],
        WRONG_NO,
      ),
    ],
  ),
  c(
    'b85-eli-ase-job',
    ['promo', 'ase'],
    [
      turn(
        'jeune 17 ans ASE qui bosse en CDD au mcdo depuis 1 mois, promo ?',
        'eligibility',
        [NO, ['travail', 'emploi', 'bosse']],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b85-eli-which-one',
    ['pec', 'prepa', 'confirmation'],
    [
      turn(
        'BRSA pas inscrit FT, en PEC dans une creche depuis 1 mois, je l oriente sur prepa ou competences pec ?',
        'eligibility',
        [COMP_PEC],
      ),
      turn('ok donc je prescris ?', 'prescribe', [FORM]),
    ],
  ),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c(
    'b85-oos-transport',
    ['not-covered'],
    [
      turn(
        'qui paie le transport pour aller a montauban ? il a pas de sous pour l essence',
        'out_of_scope',
        [[...NOT_COVERED, 'mobilité']],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b85-oos-permis',
    ['promo', 'not-covered'],
    [
      turn('vous faites passer le permis B aux jeunes de la promo ?', 'out_of_scope', [
        ['code de la route', ...NOT_COVERED],
      ]),
    ],
  ),
  c(
    'b85-oos-housing',
    ['promo', 'ase', 'not-covered'],
    [
      turn(
        'il est en famille d accueil loin de montauban, pendant la promo il est heberge ou ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b85-oos-rsa-amount',
    ['not-covered'],
    [
      turn(
        'c combien le RSA pour une personne seule en ce moment ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b85-oos-bafa',
    ['not-covered'],
    [
      turn('vous avez des formations BAFA ? jai une jeune qui veut faire anim', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b85-oos-hiring-aid',
    ['pec', 'pec-employer', 'not-covered'],
    [
      turn(
        'l employeur PEC veut savoir le taux de prise en charge de l Etat sur le contrat',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros', '%'],
      ),
    ],
  ),
  c(
    'b85-oos-cpf',
    ['not-covered'],
    [turn('le CPF ca marche comment pour un BRSA ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b85-oos-parental-ase',
    ['promo', 'ase', 'not-covered'],
    [
      turn(
        'qui signe l autorisation parentale pour un jeune place ? les parents sont injoignables',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b85-oos-canteen',
    ['promo', 'not-covered'],
    [
      turn(
        'la cantine le midi c payant pour les jeunes de la promo ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b85-oos-sick-leave',
    ['prepa', 'not-covered'],
    [
      turn('si il est en arret maladie pendant prepa comp ca se passe comment ?', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b85-oos-work-time',
    ['pec', 'pec-employer', 'not-covered'],
    [
      turn(
        'la creche demande si les ateliers competences PEC sont comptes comme du temps de travail, elle doit la payer ces jours la ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),

  // ── contact ───────────────────────────────────────────────────────────────
  c(
    'b85-con-afpa-prescriptions',
    ['contact'],
    [
      turn('a qui je m adresse a l afpa pour mes prescriptions prepa comp ?', 'contact', [
        ['Battedou', 'Responsable Accompagnement', 'Vella'],
      ]),
    ],
  ),
  c(
    'b85-con-coordinator',
    ['contact'],
    [turn('c qui le coordo departemental des dispositifs ?', 'contact', [['Vella']])],
  ),
  c(
    'b85-con-battedou',
    ['contact'],
    [
      turn('c est qui fabienne battedou ?', 'contact', [
        ['Responsable Accompagnement', 'accompagnement et parcours'],
      ]),
    ],
  ),
  c(
    'b85-con-cd-side',
    ['contact', 'follow-up'],
    [
      turn('qui est l interlocuteur cote afpa pour l experimentation ?', 'contact', [['Vella', 'Battedou']]),
      turn('et cote CD c est qui le referent de l experimentation ?', 'contact', [
        ['désign', 'pas nommé', 'ne nomme pas', 'nommé', ...NOT_COVERED],
      ]),
    ],
  ),
  c(
    'b85-con-phone',
    ['contact', 'not-covered'],
    [
      turn(
        'vous avez le tel ou le mail de mme battedou ?',
        'contact',
        [[...NOT_COVERED, 'ne dispose pas', 'pas de numéro', 'pas le numéro']],
        ['05 63', '@afpa'],
      ),
    ],
  ),
  c(
    'b85-con-director',
    ['contact'],
    [turn('le directeur du centre afpa de montauban c est qui deja', 'contact', [['Vella']])],
  ),
  c(
    'b85-con-agreement-follow',
    ['contact', 'two-questions'],
    [
      turn('qui suit l accord cote departement et cote afpa ?', 'contact', [
        ['Weill', 'Président'],
        ['Vella'],
      ]),
    ],
  ),

  // ── figures ───────────────────────────────────────────────────────────────
  c(
    'b85-fig-prepa-target',
    ['targets'],
    [
      turn('objectif de BRSA en prepa comp c combien ?', 'figures', [
        [
          '30 allocataires',
          '30 bénéficiaires',
          '30 personnes',
          'trente',
          ': 30',
          '30 RSA',
          '30 BRSA',
          '30 entrées',
          'objectif de 30',
        ],
      ]),
    ],
  ),
  c(
    'b85-fig-pec-promo-targets',
    ['targets', 'two-questions'],
    [
      turn('combien de PEC en objectif ? et pour la promo ?', 'figures', [
        [
          '50 allocataires',
          '50 bénéficiaires',
          '50 personnes',
          'cinquante',
          ': 50',
          '50 RSA',
          '50 BRSA',
          'objectif de 50',
          '50 salariés',
        ],
        ['10 jeunes', '10 personnes', 'dix', ': 10', 'objectif de 10', '10 ASE'],
      ]),
    ],
  ),
  c(
    'b85-fig-progress',
    ['not-available'],
    [
      turn('on en est ou des objectifs cette annee ? on a envoye combien de monde ?', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b85-fig-promo-outcome',
    ['promo', 'national'],
    [
      turn('c quoi l objectif de sorties positives de la promo 1618 ?', 'figures', [
        ['70 %', '70%', '70 pour', 'soixante-dix'],
      ]),
    ],
  ),
  c(
    'b85-fig-ase-target',
    ['targets', 'ase'],
    [
      turn('combien de jeunes ASE on est cense orienter vers la promo ?', 'figures', [
        ['10 jeunes', '10 personnes', 'dix', ': 10', 'objectif de 10', '10 ASE'],
      ]),
    ],
  ),
  c(
    'b85-fig-employment-rate',
    ['not-available'],
    [
      turn('taux de sortie emploi des BRSA passes en formation ? pour mon rapport', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b85-fig-targets-reached',
    ['targets', 'not-available', 'follow-up'],
    [
      turn('les objectifs 2022 c etait quoi ?', 'figures', [['30'], ['50'], ['10']]),
      turn('et on les a atteints ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b85-pre-prepa', ['prepa'], [turn('je veux prescrire prepa comp pour un BRSA', 'prescribe', [FORM])]),
  c(
    'b85-pre-pec-steps',
    ['pec', 'pec-employer', 'two-questions'],
    [
      turn('comment on prescrit competences PEC ? l employeur doit donner son accord ?', 'prescribe', [
        ['employeur'],
        ['accord'],
      ]),
    ],
  ),
  c(
    'b85-pre-promo',
    ['promo', 'ase'],
    [
      turn('comment j inscris un jeune ASE sur la promo 1618 ? c moi qui le fait ?', 'prescribe', [
        [...PANDA, 'formulaire', 'inscri', 'invite'],
      ]),
    ],
  ),
  c(
    'b85-pre-cancel',
    ['cancel'],
    [turn('prescrire', 'prescribe', [FORM]), turn('non laisse tomber annule', 'other', [CANCEL])],
  ),
  c(
    'b85-pre-before',
    ['steps'],
    [
      turn('faut que je fasse quoi avant de prescrire ? son adhesion ca suffit ?', 'prescribe', [
        ['adhésion', 'accord', 'adhère'],
        ['mobilité', 'garde', 'conditions matérielles', 'inform'],
      ]),
    ],
  ),
  c(
    'b85-pre-direct-cost',
    ['two-questions', 'cost'],
    [
      turn(
        'je peux prescrire direct ou faut passer par FT ? et ca coute qqch au CD ?',
        'prescribe',
        [['directement', 'direct'], FREE],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b85-pre-session',
    ['prepa', 'sessions'],
    [turn('je voudrais positionner mme D sur la session prepa du 18 janvier', 'prescribe', [FORM])],
  ),
  c(
    'b85-pre-siae',
    ['pec', 'siae'],
    [turn('prescription competences PEC pour un salarie d une SIAE, je fais comment', 'prescribe', [FORM])],
  ),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b85-oth-hello', ['greeting'], [turn('bjr', 'other', [HELLO])]),
  c(
    'b85-oth-thanks',
    ['thanks'],
    [
      turn('merci bcp c top', 'other', [
        ['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'à votre service', 'hésitez', 'ravi'],
      ]),
    ],
  ),
  c('b85-oth-help', ['help'], [turn('tu sais faire quoi ?', 'other', [HELP])]),
  c('b85-oth-aide', ['help'], [turn('aide', 'other', [HELP])]),
  c('b85-oth-cancel', ['cancel'], [turn('annule', 'other', [CANCEL])]),
  c(
    'b85-oth-hello-ase',
    ['greeting', 'help', 'ase'],
    [
      turn('bonjour', 'other', [HELLO]),
      turn('je suis educ ASE, tu peux m aider pour mes jeunes ?', 'other', [
        [...PROMO, 'dispositif', 'éligib', 'agenda', 'prescri'],
      ]),
    ],
  ),
];
