/**
 * Eighty-first blind set. Who speaks: AFPA Montauban's coordinator and the Département's
 * pilot checking the facts before a steering committee (targets, indicators, roles, who sends
 * which report to whom and when), mixed with référents insertion of Tarn-et-Garonne asking
 * about towns (Montauban, Castelsarrasin, Moissac, Caussade, Valence-d'Agen, Nègrepelisse,
 * Beaumont-de-Lomagne, Lafrançaise…), relative dates, modalities and free places, typing as
 * in Teams: abbreviations, no accents, typos, SMS style, rambling, follow-ups.
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its
 * action plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without seeing the bot.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
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
  '2 jours et 8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 ou 6 jours',
  'cinq à six jours',
  '5-6 jours',
  '5 et 6 jours',
  '5 à 6 j',
];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours', '4 à 8 j'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j '];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_AGES = ['16 à 18', '16-18', '16 et 18', '16/18', '16 ans', '16-17', '16 à 17', 'mineur'];
const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'lundi > jeudi'];
const REMOTE = ['distance', 'distanciel', 'visio', 'classe virtuelle'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois', 'par mois'];
const QUARTERLY = ['trimestr', 'tous les 3 mois', 'tous les trois mois'];
const YEARLY = ['annuel', 'chaque année', 'par an', 'une fois par an', '1 fois par an'];
const DGEFP = ['dgefp', 'd.g.e.f.p', 'délégation générale à l’emploi', "délégation générale à l'emploi"];
const DDETS = ['ddets', 'd.d.e.t.s'];
const STATE_PIC = [
  'état',
  'pic',
  'p.i.c',
  'plan d’investissement',
  "plan d'investissement",
  'investissement dans les compétences',
];
const NO_COST = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'ne coûte rien',
  'rien au département',
  'pas à la charge',
  'aucun financement du département',
];
const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const WEILL = ['weill', 'président du conseil départemental'];

// Targets of 2022 (annexe, « les objectifs partagés »).
const TARGET_PREPA = [
  ' 30 ',
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  'trente',
  ': 30',
  '30 entrées',
  '30 brsa',
  '30 rsa',
];
const TARGET_PEC = [
  ' 50 ',
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  'cinquante',
  ': 50',
  '50 entrées',
  '50 brsa',
  '50 rsa',
];
const TARGET_ASE = [' 10 ', '10 jeunes', '10 personnes', 'dix jeunes', ': 10', '10 ase'];
/** The realised figures are not known to the agreement: the answer says they are not there. */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'pas en mesure',
  'pas connu',
  'pas communiqué',
  'aucune entrée',
  ' 0 entrée',
  '0 allocataire',
  '0 personne',
  '0 bénéficiaire',
  'aucun résultat',
  'pas de résultat',
  'pas renseign',
  'pas de réalisé',
  'aucun réalisé',
  'ne contient pas',
  'ne donne pas',
];

// Verdicts.
const YES = [
  'éligible',
  'oui',
  'peut en bénéficier',
  'peut bénéficier',
  'peut intégrer',
  'peut entrer',
  'peut suivre',
  'correspond',
  'possible',
];
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'trop jeune',
  'pas encore',
  'ne relève pas',
  'ne rentre pas',
  'n’est pas',
  "n'est pas",
  'non,',
  'non.',
  'non !',
  'non :',
  'pas concerné',
  'réservé',
  'uniquement',
  'seulement',
];
const NOT_NO = [
  'oui, il est éligible',
  'oui, elle est éligible',
  'oui il est éligible',
  'oui elle est éligible',
];

/** The agreement does not cover it: many ways to say so. */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne traite pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne porte pas',
  'pas couvert',
  'ne concerne pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne figure pas',
  'rien sur',
  'ne fixe pas',
  'ne sais pas',
  'pas en mesure',
  'ne contient pas',
  'ne donne pas',
  'pas mentionn',
  'aucune mention',
  'ne dispose pas',
];

// Agenda words.
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
const NOTHING = [
  'aucun',
  'aucune',
  'rien',
  'pas de ',
  'pas d’',
  "pas d'",
  'pas prévu',
  'ne trouve pas',
  'pas trouvé',
];
const AT_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const AT_1400 = ['14h', '14 h', '14:00'];
const MIXED = ['mixte', 'hybride', 'présentiel et', 'distance et', 'en partie', 'distanciel et'];

// Prescription, cancel, help.
const FORM = [
  'formulaire',
  'fiche',
  'panda',
  'inscri',
  'étape',
  'remplir',
  'renseign',
  'envoyer la prescription',
  'nouvelle prescription',
  'votre prescription',
];
const CANCEL = [
  'annul',
  'abandon',
  'entendu',
  'ok',
  'd’accord',
  "d'accord",
  'pas de souci',
  'arrêt',
  'c’est noté',
  "c'est noté",
];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'calendrier'];

// ── The set ─────────────────────────────────────────────────────────────────

export const EIGHTY_FIRST_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c(
    'b81-dispo-prepa-duree-sms',
    ['sms'],
    [turn('slt prepa comp ca dure cmb de tps ?', 'dispositif', [PREPA_DURATION], ['13 semaines'])],
  ),
  c(
    'b81-dispo-volet1-jours-periode',
    ['two-questions'],
    [
      turn(
        'le volet 1 de la prépa (consolider le projet) c combien de jours exactement, et sur quelle periode ?',
        'dispositif',
        [VOLET1_DURATION, TWO_WEEKS],
      ),
    ],
  ),
  c(
    'b81-dispo-pec-jours',
    ['sms'],
    [
      turn(
        'competences PEC : combien de jours de participation pour le salarie en tout ?',
        'dispositif',
        [PEC_DURATION],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b81-dispo-promo-duree-jours',
    ['two-questions', 'sms'],
    [
      turn('la promo 1618 c cb de semaines et c quels jours ds la semaine ?', 'dispositif', [
        PROMO_DURATION,
        MONDAY_THURSDAY,
      ]),
    ],
  ),
  c(
    'b81-dispo-prepa-lieu-delocalise',
    ['two-questions', 'town'],
    [
      turn(
        'prepa comp ca se passe ou ? uniquement au centre de montauban ou ca peut etre delocalise ailleurs dans le 82 ?',
        'dispositif',
        [
          ['montauban'],
          ['délocalis', 'ensemble du département', 'ailleurs', 'autres communes', 'sur tout le département'],
        ],
      ),
    ],
  ),
  c(
    'b81-dispo-cout-financeur-copil',
    ['two-questions', 'pilot'],
    [
      turn(
        'Pour la note du copil : la prescription de Prépa Compétences par nos services a-t-elle un coût pour le Département, et qui finance le dispositif ?',
        'dispositif',
        [NO_COST, STATE_PIC],
      ),
    ],
  ),
  c(
    'b81-dispo-pec-phases',
    [],
    [
      turn(
        "Compétences PEC ça se déroule comment, c'est quoi les phases ?",
        'dispositif',
        [['5 phases', 'cinq phases'], VAE, ['rsfp', 'r.s.f.p', 'savoir-faire', 'cléa', 'clea']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b81-dispo-clea-socle',
    ['two-questions'],
    [
      turn(
        "le clea socle dans competences pec c'est 1 journee ? et c'est presente devant qui ?",
        'dispositif',
        [
          ['1 jour', 'une journée', '1 journée', 'un jour'],
          ['cpir', 'c.p.i.r', 'commission paritaire'],
        ],
      ),
    ],
  ),
  c(
    'b81-dispo-promo-suivi-apres',
    ['two-questions'],
    [
      turn('apres la promo 1618 le jeune est encore suivi combien de temps et avec qui ?', 'dispositif', [
        SIX_MONTHS,
        MISSION_LOCALE,
      ]),
    ],
  ),
  c(
    'b81-dispo-promo-engagement',
    ['two-questions'],
    [
      turn(
        "phase d'engagement de la promo : ca dure combien de temps et les parents doivent signer qqch ?",
        'dispositif',
        [
          ['1 semaine', 'une semaine'],
          ['parent', 'autorisation'],
        ],
      ),
    ],
  ),
  c(
    'b81-dispo-tdb-dgefp-frequence',
    ['pilot'],
    [
      turn(
        'Le tableau de bord spécifique à chaque dispositif, il est transmis à la DGEFP à quelle fréquence ?',
        'dispositif',
        [MONTHLY],
      ),
    ],
  ),
  c(
    'b81-dispo-copil-national',
    ['two-questions', 'pilot'],
    [
      turn(
        'le comite de pilotage national des 3 dispositifs se reunit tous les combien, et il est pilote par qui ?',
        'dispositif',
        [QUARTERLY, DGEFP],
      ),
    ],
  ),
  c(
    'b81-dispo-bilan-departemental',
    ['two-questions', 'pilot'],
    [
      turn(
        'La production départementale des données consolidées par l’AFPA, elle est envoyée à qui et sous quelle forme ?',
        'dispositif',
        [DDETS, ['bilan annuel', 'annuel']],
      ),
    ],
  ),
  c(
    'b81-dispo-campagne-dates',
    ['two-questions', 'pilot'],
    [
      turn(
        "jusqu'a quand les BRSA pouvaient entrer sur les dispositifs et pour quand les parcours devaient etre finis ?",
        'dispositif',
        [
          ['31 décembre 2022', '31/12/2022', '31 déc'],
          ['30 avril 2023', '30/04/2023', '30 avr'],
        ],
      ),
    ],
  ),
  c(
    'b81-dispo-duree-accord',
    ['two-questions', 'pilot'],
    [
      turn(
        "l'accord CD / AFPA il court sur combien de temps ? et on peut le resilier comment ?",
        'dispositif',
        [
          ['2 ans', 'deux ans'],
          ['2 mois', 'deux mois', 'préavis'],
        ],
      ),
    ],
  ),
  c(
    'b81-dispo-referent-employeur-pec',
    [],
    [
      turn(
        "pour competences pec qu'est ce que je dois faire de mon cote avec l'employeur du salarie ?",
        'dispositif',
        [['employeur'], ['accord', 'inform']],
      ),
    ],
  ),
  c(
    'b81-dispo-promo-mobilite',
    ['two-questions'],
    [
      turn(
        "la periode d'initiation a la mobilite dans la promo 16-18 ca dure combien et ca se passe ou ?",
        'dispositif',
        [TWO_WEEKS, ['village']],
      ),
    ],
  ),
  c(
    'b81-dispo-rambling-distance',
    ['rambling', 'town'],
    [
      turn(
        "Bonjour, alors voila je suis sur le secteur de Beaumont-de-Lomagne, j'ai une dame au RSA qui n'a pas le permis, pas de bus le matin, bref c'est complique pour elle de venir a Montauban pendant deux semaines, est ce que la prepa peut se faire a distance au moins en partie ? merci d'avance",
        'dispositif',
        [REMOTE],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b81-dispo-promo-fil',
    ['follow-up'],
    [
      turn('c quoi la promo 1618', 'dispositif', [PROMO_DURATION]),
      turn("c'est pour quel age ?", 'dispositif', [PROMO_AGES]),
      turn('et apres la sortie y a un suivi ?', 'dispositif', [SIX_MONTHS]),
    ],
  ),
  c(
    'b81-dispo-pec-fil',
    ['follow-up'],
    [
      turn('competences pec ca consiste en quoi', 'dispositif', [VAE]),
      turn(
        'ca fait combien de jours en tout ?',
        'dispositif',
        [PEC_DURATION],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b81-dispo-volets-fil',
    ['follow-up'],
    [
      turn("prepa volet 1 c'est quoi", 'dispositif', [VOLET1_DURATION, ['projet']]),
      turn('et le volet 2 ?', 'dispositif', [VOLET2_DURATION, ['formation']]),
    ],
  ),
  c(
    'b81-dispo-bilan-fil',
    ['follow-up'],
    [
      turn("le bilan individuel a la fin de la prepa c'est qui qui l'envoie et a qui ?", 'dispositif', [
        ['afpa'],
        ['référent', 'referent'],
      ]),
      turn('et pour la promo 1618 y en a un aussi ?', 'dispositif', [
        [...NOT_COVERED, 'seulement', 'uniquement', 'que pour', 'pas de bilan individuel', 'ne prévoit'],
      ]),
    ],
  ),
  c(
    'b81-dispo-reporting-fil',
    ['follow-up', 'pilot'],
    [
      turn("Le tableau de bord, c'est bien l'AFPA qui l'envoie à la DGEFP ? À quel rythme ?", 'dispositif', [
        MONTHLY,
        DGEFP,
      ]),
      turn('et les bilans quanti et quali ?', 'dispositif', [QUARTERLY, YEARLY]),
    ],
  ),
  c(
    'b81-dispo-then-agenda',
    ['follow-up'],
    [
      turn('prepa comp combien de temps ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn(
        'prochaine info coll la dessus ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-02-09')],
      ),
    ],
  ),

  // ── agenda ──
  c(
    'b81-agenda-semaine-pro',
    ['relative-date', 'sms'],
    [
      turn(
        'semaine pro ya quoi comme event a l afpa ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b81-agenda-visite-soudure-mardi',
    ['relative-date'],
    [
      turn(
        'la visite du plateau soudure de mardi prochain c a quelle heure ?',
        'agenda',
        [AT_1400],
        [...notOn('2027-03-10')],
      ),
    ],
  ),
  c(
    'b81-agenda-dans-15-jours',
    ['relative-date'],
    [
      turn(
        "dans 15 jours il y a quelque chose de prevu ? j'ai des gens interesses par la logistique",
        'agenda',
        [on('2027-01-26')],
      ),
    ],
  ),
  c(
    'b81-agenda-fin-du-mois-montauban',
    ['relative-date', 'town'],
    [turn('fin du mois a montauban y a qqch ?', 'agenda', [on('2027-01-26')], [...notOn('2027-02-03')])],
  ),
  c(
    'b81-agenda-jpo-avant-vacances',
    ['relative-date'],
    [
      turn(
        'y a une jpo avant les vacances de fevrier ?',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b81-agenda-info-coll-jeudi-heure-lieu',
    ['two-questions', 'relative-date'],
    [
      turn(
        "l'info coll de jeudi elle commence a quelle heure et c ou ?",
        'agenda',
        [AT_0930, ['montauban']],
        [...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b81-agenda-info-coll-pec',
    [],
    [
      turn(
        'info coll competences pec c quand ?',
        'agenda',
        [on('2027-02-09'), ['moissac']],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b81-agenda-prepa-distanciel',
    ['modality'],
    [
      turn(
        'y a des sessions prepa comp en distanciel ?',
        'agenda',
        [on('2027-02-08'), seats(8)],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b81-agenda-pec-atelier2-modalite',
    ['two-questions', 'modality'],
    [
      turn("prochaine entree competences pec atelier 2 ? c'est en presentiel ?", 'agenda', [
        on('2027-01-20'),
        MIXED,
      ]),
    ],
  ),
  c(
    'b81-agenda-entree-promo',
    ['two-questions'],
    [
      turn("la prochaine entree promo 1618 c'est quand et y a combien de places ?", 'agenda', [
        on('2027-02-01'),
        seats(10),
      ]),
    ],
  ),
  c('b81-agenda-negrepelisse', ['town'], [turn('y a quoi a negrepelisse ?', 'agenda', [NOTHING])]),
  c(
    'b81-agenda-beaumont',
    ['town'],
    [turn('des infos coll a beaumont de lomagne de prevues ?', 'agenda', [NOTHING])],
  ),
  c(
    'b81-agenda-caussade',
    ['town', 'sms'],
    [turn('caussade il se passe qqch ?', 'agenda', [on('2027-02-23')])],
  ),
  c(
    'b81-agenda-moissac-fevrier',
    ['town'],
    [
      turn(
        'a moissac en fevrier vous avez quoi ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b81-agenda-cariste',
    ['two-questions', 'places'],
    [turn('cariste il reste des places ? ca demarre qd ?', 'agenda', [seats(6), on('2027-01-27')])],
  ),
  c(
    'b81-agenda-restauration-caussade',
    ['places', 'town'],
    [turn('agent de restauration a caussade encore dispo ?', 'agenda', [seats(4), on('2027-03-15')])],
  ),
  c(
    'b81-agenda-castel-fil',
    ['follow-up', 'town'],
    [
      turn('info coll prepa comp a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']]),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
      turn("et a valence d'agen ?", 'agenda', [on('2027-03-04')], [...notOn('2027-01-21')]),
    ],
  ),
  c(
    'b81-agenda-jpo-fil',
    ['follow-up', 'town'],
    [
      turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], [...notOn('2027-01-07')]),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')]),
    ],
  ),
  c(
    'b81-agenda-soudeur-macon-fil',
    ['follow-up', 'places'],
    [
      turn('places soudeur ?', 'agenda', [seats(4)]),
      turn('et en maconnerie ?', 'agenda', [seats(3), on('2027-02-15')]),
    ],
  ),
  c(
    'b81-agenda-plaquiste-electricien-fil',
    ['follow-up', 'places'],
    [
      turn('plaquiste il reste des places ?', 'agenda', [FULL]),
      turn('et electricien ?', 'agenda', [seats(2), on('2027-03-08')]),
    ],
  ),
  c(
    'b81-agenda-volet2-complet-fil',
    ['follow-up', 'places'],
    [
      turn('la prepa volet 2 du 25/01 c complet ?', 'agenda', [FULL]),
      turn('et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']], [...notOn('2027-02-08')]),
    ],
  ),
  c(
    'b81-agenda-lafrancaise-fil',
    ['follow-up', 'town'],
    [
      turn('a lafrancaise vous avez des sessions ?', 'agenda', [NOTHING]),
      turn('ok et les sessions a montauban la semaine prochaine ?', 'agenda', [
        on('2027-01-18'),
        on('2027-01-20'),
      ]),
    ],
  ),
  c(
    'b81-agenda-session-then-prescribe',
    ['follow-up', 'places'],
    [
      turn('session prepa volet 1 du 18 janvier a montauban il reste de la place ?', 'agenda', [seats(6)]),
      turn('ok je veux y inscrire qqn', 'prescribe', [FORM]),
    ],
  ),
  c(
    'b81-agenda-info-coll-suivante-fil',
    ['follow-up'],
    [
      turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14')], [...notOn('2027-02-09')]),
      turn('et la suivante ?', 'agenda', [on('2027-01-21')]),
    ],
  ),
  c(
    'b81-agenda-reunions-metiers-fil',
    ['follow-up', 'town'],
    [
      turn('reunion metier logistique ?', 'agenda', [on('2027-01-26')]),
      turn('et pour le batiment ?', 'agenda', [on('2027-02-23'), ['caussade']]),
    ],
  ),

  // ── eligibility ──
  c(
    'b81-elig-rsa-volet2-rambling',
    ['rambling'],
    [
      turn(
        "Bonjour, j'accompagne une dame de 45 ans au RSA depuis 2 ans, pas inscrite a FT, elle voudrait entrer en formation aide-soignante mais elle a peur de pas tenir le rythme. La prepa comp c'est possible pour elle ?",
        'eligibility',
        [YES, ['sécuris', 'volet 2', 'entrée en formation']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b81-elig-rsa-pec-lafrancaise',
    ['town'],
    [
      turn(
        "mr 38a brsa en PEC a la mairie de lafrancaise depuis 2 mois, il veut faire reconnaitre ce qu'il fait. competences pec ok pour lui ?",
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b81-elig-ase-17-decrocheur',
    [],
    [
      turn(
        'jeune ASE 17 ans, a quitte le lycee en novembre, ne travaille pas et fait rien, il peut faire la promo 1618 ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b81-elig-ase-15',
    [],
    [
      turn(
        'un jeune de 15 ans suivi ASE qui decroche, promo 1618 possible ?',
        'eligibility',
        [NO, ['16']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b81-elig-17-scolarise',
    [],
    [
      turn(
        'une jeune de 17 ans toujours scolarisee en terminale mais demotivee, je peux l orienter promo 16/18 ?',
        'eligibility',
        [NO],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b81-elig-19-ml',
    [],
    [
      turn(
        'jeune de 19 ans suivi ML, sans diplome, eligible promo 1618 ?',
        'eligibility',
        [NO, ['mineur', '18', '17']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b81-elig-are-non-rsa',
    [],
    [
      turn(
        "monsieur au chomage, il touche l'ARE, pas le RSA, suivi par FT. Est ce que je peux le prescrire en prepa comp via la convention CD ?",
        'eligibility',
        [['allocataire', 'r.s.a', 'rsa ', 'rsa.', 'rsa,', 'du rsa']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b81-elig-cddi-pas-pec',
    [],
    [
      turn(
        "une BRSA en chantier d'insertion (CDDI, pas un PEC) peut faire competences PEC ?",
        'eligibility',
        [NO, ['parcours emploi compétences', 'contrat pec', 'p.e.c', 'en pec', 'un pec', 'contrat aidé']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b81-elig-16-ml-non-ase',
    [],
    [
      turn(
        "un jeune de 16 ans pas suivi ASE, juste par la ML, il a lache le college et fait rien depuis, c'est ok pour la promo ?",
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b81-elig-rqth-brsa',
    [],
    [turn('BRSA avec une RQTH (TH), 41 ans, peut aller sur la prepa comp ?', 'eligibility', [YES], NOT_YES)],
  ),
  c(
    'b81-elig-ase-15-then-16',
    ['follow-up'],
    [
      turn('jeune ASE 15 ans decrocheur promo 1618 ?', 'eligibility', [NO], NOT_NO),
      turn('et dans 6 mois quand il aura 16 ans ?', 'eligibility', [YES], NOT_YES),
    ],
  ),
  c(
    'b81-elig-rsa-then-pec',
    ['follow-up'],
    [
      turn('BRSA 30 ans, veut travailler son projet pro, quel dispositif ?', 'eligibility', [
        ['prépa compétences', 'prepa competences'],
        [...VOLET1_DURATION, 'volet 1', 'consolider'],
      ]),
      turn('et si elle signe un PEC le mois prochain ?', 'eligibility', [
        ['compétences pec', 'compétences p.e.c', 'competences pec'],
      ]),
    ],
  ),
  c(
    'b81-elig-then-prescribe',
    ['follow-up'],
    [
      turn('jeune ASE 17 ans decroche depuis la rentree, promo possible ?', 'eligibility', [YES], NOT_YES),
      turn('comment je l inscris ?', 'prescribe', [FORM]),
    ],
  ),

  // ── out_of_scope ──
  c(
    'b81-oos-remuneration-prepa',
    [],
    [
      turn(
        'les BRSA sont remuneres pendant la prepa comp ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros', 'smic'],
      ),
    ],
  ),
  c(
    'b81-oos-frais-km',
    ['town'],
    [
      turn(
        'les frais km castel montauban sont rembourses aux stagiaires ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b81-oos-permis-promo',
    [],
    [turn('le permis B il est finance dans la promo 1618 ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros'])],
  ),
  c(
    'b81-oos-hebergement',
    [],
    [
      turn(
        "pendant la mobilite de la promo l'hebergement c'est pris en charge par qui ?",
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b81-oos-cpf',
    [],
    [turn('on peut mobiliser le CPF de la personne en complement ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b81-oos-cantine',
    ['town'],
    [
      turn(
        'la cantine au centre de montauban c combien le repas',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b81-oos-apl',
    [],
    [turn('si la personne entre en formation ca change quoi pour ses APL ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b81-oos-cej',
    [],
    [
      turn(
        'un jeune en CEJ a la ML peut cumuler avec la promo, et il garde son allocation CEJ ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c('b81-oos-meteo', [], [turn('il va faire beau jeudi a montauban ?', 'out_of_scope', [NOT_COVERED])]),
  c(
    'b81-oos-duree-et-paie',
    ['two-questions'],
    [
      turn(
        'prepa comp ca dure cb et les gens sont payes pendant ?',
        'dispositif',
        [PREPA_DURATION, NOT_COVERED],
        ['€', 'euros', '13 semaines'],
      ),
    ],
  ),
  c(
    'b81-oos-remu-then-cout',
    ['follow-up'],
    [
      turn(
        'les jeunes de la promo 1618 touchent une indemnite ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
      turn('et pour le CD ca coute qqch de prescrire ?', 'dispositif', [NO_COST]),
    ],
  ),

  // ── contact ──
  c(
    'b81-contact-coordonnateur',
    ['pilot'],
    [turn('qui est le coordonnateur departemental des dispositifs ?', 'contact', [VELLA, ['directeur']])],
  ),
  c(
    'b81-contact-deploiement',
    [],
    [turn("qui gere le deploiement prepa / pec / promo chez vous a l'afpa ?", 'contact', [BATTEDOU])],
  ),
  c(
    'b81-contact-referent-experimentation',
    ['two-questions', 'pilot'],
    [
      turn("le referent de l'experimentation cote CD c'est qui et qui le designe ?", 'contact', [
        ['département', 'cd82', 'conseil départemental'],
        ['désign', 'design'],
      ]),
    ],
  ),
  c(
    'b81-contact-suivi-accord',
    ['two-questions', 'pilot'],
    [
      turn("Le suivi de l'accord est confié à qui, côté AFPA et côté Département ?", 'contact', [
        VELLA,
        WEILL,
      ]),
    ],
  ),
  c(
    'b81-contact-habilitation-panda',
    [],
    [turn("qui m'habilite pour inscrire sur panda ?", 'contact', [['afpa'], ['habilit']])],
  ),
  c(
    'b81-contact-copil-accord',
    ['two-questions', 'pilot'],
    [
      turn("qui siege au copil de l'accord de partenariat et ca se reunit tous les combien ?", 'contact', [
        ['département', 'conseil départemental', 'cd82'],
        ['une fois par an', '1 fois par an', 'annuel', 'par an'],
      ]),
    ],
  ),
  c(
    'b81-contact-vella-role',
    [],
    [turn("c'est qui Eric Vella ?", 'contact', [['directeur', 'coordonnateur'], ['montauban']])],
  ),
  c(
    'b81-contact-battedou-role',
    [],
    [
      turn('Fabienne Battedou elle fait quoi exactement ?', 'contact', [
        ['responsable accompagnement'],
        ['déploiement', 'déploie'],
      ]),
    ],
  ),
  c(
    'b81-contact-fil',
    ['follow-up', 'pilot'],
    [
      turn('coordo departemental des dispositifs ?', 'contact', [VELLA]),
      turn('et la personne en charge du deploiement ?', 'contact', [BATTEDOU]),
      turn('et cote CD qui est leur interlocuteur ?', 'contact', [
        ['référent', 'referent'],
        ['design', 'désign', 'département'],
      ]),
    ],
  ),

  // ── figures ──
  c(
    'b81-fig-objectifs-2022',
    ['pilot'],
    [
      turn('Quels sont les objectifs 2022 par dispositif ?', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
        TARGET_ASE,
      ]),
    ],
  ),
  c(
    'b81-fig-objectif-ase',
    [],
    [
      turn("combien de jeunes ASE on devait orienter vers la promo d'apres le plan ?", 'figures', [
        TARGET_ASE,
      ]),
    ],
  ),
  c(
    'b81-fig-realise-prepa',
    ['pilot'],
    [turn('Combien de BRSA sont effectivement entrés en Prépa Compétences à date ?', 'figures', [NOT_YET])],
  ),
  c(
    'b81-fig-indicateurs-211',
    ['pilot'],
    [
      turn(
        "les indicateurs de l'action 2.1.1 (information sur la formation et les metiers) c'est quoi ?",
        'figures',
        [
          ['portes ouvertes', 'jpo'],
          ['information collective', 'informations collectives', 'info coll'],
          ['plateau'],
        ],
      ),
    ],
  ),
  c(
    'b81-fig-indicateurs-212',
    ['pilot'],
    [
      turn('et pour le 2.1.2 acces a la formation de droit commun, on suit quels indicateurs ?', 'figures', [
        ['réunions métiers', 'réunion métier', 'reunions metiers'],
        ['entrés en formation', 'entrées en formation', 'entrée en formation', 'entres en formation'],
        ['réussite', 'sortie emploi', 'sorties emploi'],
      ]),
    ],
  ),
  c(
    'b81-fig-objectif-2023',
    ['pilot'],
    [
      turn("on a des objectifs chiffres pour 2023 dans le plan d'action ?", 'figures', [
        ['2022'],
        [
          'ne fixe pas',
          'ne précise pas',
          'pas d’objectif',
          "pas d'objectif",
          'aucun objectif',
          'ne prévoit pas',
          'seulement',
          'uniquement',
          'pas fixé',
          'ne donne pas',
          'ne mentionne pas',
          'que pour 2022',
          'pas défini',
          'ne dit rien',
          'aucune cible',
        ],
      ]),
    ],
  ),
  c(
    'b81-fig-promo-national',
    ['two-questions'],
    [
      turn(
        'la promo 16/18 au niveau national c combien de jeunes vises et quel taux de sorties positives ?',
        'figures',
        [
          ['35 000', '35000', '35\u00a0000', '35\u202f000'],
          ['70 %', '70%', '70\u202f%', '70\u00a0%', '70 pour cent'],
        ],
      ),
    ],
  ),
  c(
    'b81-fig-objectif-et-realise',
    ['two-questions', 'pilot'],
    [
      turn(
        "Objectif Prépa 2022 et combien on en a fait réellement ? c'est pour le copil de jeudi",
        'figures',
        [TARGET_PREPA, NOT_YET],
      ),
    ],
  ),
  c(
    'b81-fig-fil',
    ['follow-up', 'pilot'],
    [
      turn('objectif prepa comp 2022 ?', 'figures', [TARGET_PREPA]),
      turn('et pec ?', 'figures', [TARGET_PEC]),
      turn('et pour la promo ?', 'figures', [TARGET_ASE]),
    ],
  ),

  // ── prescribe ──
  c('b81-presc-prepa-brsa', [], [turn('je veux prescrire une prepa comp pour un BRSA', 'prescribe', [FORM])]),
  c(
    'b81-presc-promo-comment',
    [],
    [
      turn('comment on fait pour orienter un jeune ASE sur la promo 1618 ?', 'prescribe', [
        [...FORM, 'mission locale'],
      ]),
    ],
  ),
  c(
    'b81-presc-pec-employeur',
    ['two-questions'],
    [
      turn("prescrire competences PEC : comment on fait et faut l'accord de l'employeur ?", 'prescribe', [
        FORM,
        ['employeur'],
      ]),
    ],
  ),
  c('b81-presc-fiche-sms', ['sms'], [turn('fiche de prescription stp', 'prescribe', [FORM])]),
  c(
    'b81-presc-panda-qui',
    [],
    [
      turn("c moi qui inscrit la personne sur panda ou c l'afpa ?", 'prescribe', [
        ['référent', 'referent', 'vous'],
        ['panda', 'habilit'],
      ]),
    ],
  ),
  c(
    'b81-presc-gratuit',
    ['two-questions'],
    [turn('comment prescrire prepa comp et est ce que c payant pour le CD ?', 'prescribe', [FORM, NO_COST])],
  ),
  c(
    'b81-presc-then-cancel',
    ['follow-up'],
    [
      turn('je voudrais prescrire une prepa comp pour Mme D.', 'prescribe', [FORM]),
      turn('non laisse tomber annule', 'other', [CANCEL]),
    ],
  ),

  // ── other ──
  c('b81-other-bonjour', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c(
    'b81-other-merci',
    [],
    [
      turn('merci bcp !!', 'other', [
        [
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'à votre service',
          'bonne journée',
          'hésitez',
          'volontiers',
        ],
      ]),
    ],
  ),
  c('b81-other-aide', [], [turn('aide', 'other', [HELP])]),
  c('b81-other-annule', [], [turn('annule', 'other', [[...CANCEL, 'rien à annuler', 'aucun']])]),
  c('b81-other-qui-es-tu', ['sms'], [turn('t ki toi ?', 'other', [['assistant', 'bot', 'afpa']])]),
  c(
    'b81-other-greet-help',
    ['follow-up'],
    [turn('salut', 'other', [['bonjour', 'salut', 'hello']]), turn('tu sais faire quoi ?', 'other', [HELP])],
  ),
];
