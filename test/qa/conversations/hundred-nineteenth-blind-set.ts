/**
 * Hundred-nineteenth blind set. The speakers are référents insertion and travailleurs sociaux
 * of the Département de Tarn-et-Garonne (CD82) typing in Teams: abbreviations (prépa comp,
 * PEC, 1618, BRSA, FT, ML, RQTH, ASE, info coll, JPO), no accents, typos, SMS style, long
 * messages with the question buried inside, and follow-ups that only make sense after the
 * previous answer. Most of them ask about AFPA's published agenda.
 *
 * Written blind, without looking at the bot, from the agreement (Département – AFPA, 2022,
 * with its action plan and the protocol of the three programmes), the product guide and
 * `agenda-fixture.ts` (today frozen at Monday 11 January 2027, 9:00 Europe/Paris).
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** A group of alternatives, each with both apostrophes (’ and '). */
function g(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = g(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2 jours et 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours maximum',
);
const VOLET1_DURATION = g(
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  'cinq à six jours',
  '5 à 6 j',
);
const VOLET2_DURATION = g('4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', '4 à 8 j');
const TWO_WEEKS = g('2 semaines', 'deux semaines', '15 jours', 'quinze jours');
const PEC_DURATION = g('5 jours', 'cinq jours');
const PROMO_DURATION = g('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const PROMO_DAYS = g(
  'lundi au jeudi',
  'lundi-jeudi',
  'lundi et jeudi',
  '4 jours par semaine',
  'quatre jours par semaine',
);
const CERTIFICATIONS = g(
  'vae',
  'v.a.e',
  'rsfp',
  'r.s.f.p',
  'cléa',
  'clea',
  'validation des acquis',
  'certification',
);
const ML_CIO = g('mission locale', 'missions locales', 'cio', 'c.i.o', 'ml ');
const COST = g(
  'sans contrepartie financière',
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'rien à payer',
  'ne coûte rien',
  'sans frais',
  'aucune contrepartie',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
  'pic',
);
const REPORT = g('bilan individuel', 'bilan');
const REFERENT = g('référent', 'referent', 'conseiller');
const MODALITY_BOTH = g('distance', 'distanciel');
const ON_SITE = g('présentiel', 'presentiel', 'sur place', 'dans le centre', 'au centre');
const MIXED = g(
  'mixte',
  'hybride',
  'en partie',
  'les deux',
  'présentiel et distanciel',
  'présentiel et à distance',
  'distance et présentiel',
  'distanciel et présentiel',
);
const SPREAD = g('délocalis', 'ensemble du département', 'tout le département', 'dans le département');

/** « the agreement does not say / does not cover it », in many wordings. */
const SILENT = g(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors de mon',
  'hors du périmètre',
  'hors sujet',
  'pas prévu',
  'non prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'aucune info',
  'pas d’information',
  'pas d’info',
  'ne mentionne pas',
  'ne mentionne rien',
  'pas mentionné',
  'aucune mention',
  'pas précisé',
  'pas indiqué',
  'ne l’indique pas',
  'ne traite pas',
  'pas traité',
  'ne porte pas',
  'ne figure pas',
  'n’aborde pas',
  'pas abordé',
  'ne parle pas',
  'ne contient pas',
  'ne fixe pas',
  'ne règle pas',
  'rien sur',
  'rien à ce sujet',
  'ne sais pas',
  'je ne dispose pas',
  'ne dispose d’aucune',
  'pas en mesure',
  'ne peux pas',
  'ne concerne pas',
  'ne relève pas',
  'ne prend pas en charge',
  'pas pris en charge',
  'silencieux',
  'muet',
);
/** « figures not yet available ». */
const NOT_AVAILABLE = g(
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'aucune donnée',
  'pas de chiffre',
  'pas de donnée',
  'ne dispose pas',
  'je ne dispose',
  'pas en mesure',
  'pas communiqué',
  'aucun résultat',
  'pas de résultat',
  'aucun indicateur',
  'pas renseign',
  'pas publié',
  'aucune information',
  'pas d’information',
  'ne sais pas',
  'n’ai pas',
  'n’ai aucun',
  'pas accès',
  'ne connais pas',
);

const YES = g('éligible', 'oui', 'peut', 'possible', 'correspond', 'entre dans', 'relève', 'ouvert');
const NO = g(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'n’est pas',
  'pas possible',
  'ne relève pas',
  'réservé',
  'ne correspond pas',
  'ne remplit pas',
  'exclu',
  'trop jeune',
  'trop âgé',
  'pas concerné',
  'ne s’adresse pas',
  'pas accessible',
  'malheureusement',
  'non,',
  'non.',
  'non :',
  'non ',
);
/** A negative verdict, never right for an eligible person. */
const NOT_ELIGIBLE = g('pas éligible', 'non éligible', 'inéligible');
/** A plain positive verdict, never right for an ineligible person. */
const WRONGLY_ELIGIBLE = g(
  'oui, il est éligible',
  'oui, elle est éligible',
  'oui il est éligible',
  'oui elle est éligible',
  'est bien éligible',
  'est tout à fait éligible',
  'peut tout à fait',
);

const FULL = g(
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'plus aucune',
  'zéro place',
);
const NONE = g('aucun', 'aucune', 'pas d', 'pas de', 'rien');
const CALENDAR = g('.ics', 'ical', 'icalendar', 'calendrier', 'outlook', 'ajout', 'invitation');
const FORM = g('formulaire', 'fiche', 'panda', 'inscri', 'étape', 'adhésion', 'saisi');

const VELLA = g('vella', 'directeur du centre', 'coordonnateur', 'coordinateur');
const BATTEDOU = g('battedou', 'responsable accompagnement et parcours', 'responsable accompagnement');

/** The trainings of Info Places, for answers about one trade. */
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
const trainingsBut = (...asked: string[]) => TRAININGS.filter((t) => !asked.includes(t));

export const HUNDRED_NINETEENTH_BLIND_SET: ConversationCase[] = [
  // ── Agenda ────────────────────────────────────────────────────────────────
  c(
    'b119-agenda-info-coll-prepa-next',
    ['abbrev', 'no-accent'],
    [
      turn(
        'prochaines info coll prepa comp ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b119-agenda-castel-january',
    ['town-abbrev', 'follow-up'],
    [
      turn(
        'ya quoi a castel en janvier',
        'agenda',
        [on('2027-01-21'), ['castelsarrasin']],
        [...notOn('2027-01-14'), ...notOn('2027-01-19'), ...notOn('2027-01-26')],
      ),
      turn('c ou exactement', 'agenda', [g('maison de l’emploi', 'maison de l emploi')]),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b119-agenda-soudure-visit',
    ['trade', 'follow-up'],
    [
      turn('visite plateau soudure c quand ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn('a quelle heure', 'agenda', [g('14h', '14 h', '14:00', '14 heures')]),
      turn(
        'et cote formation soudeur y a des places ?',
        'agenda',
        [seats(4), ['soudeur']],
        trainingsBut('soudeur'),
      ),
    ],
  ),
  c(
    'b119-agenda-week-of-18',
    ['week'],
    [
      turn(
        'semaine du 18 il se passe quoi ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b119-agenda-this-thursday',
    ['weekday', 'sms'],
    [turn('ce jeudi ya un truc ?', 'agenda', [on('2027-01-14'), g('prépa', 'prepa')], notOn('2027-01-21'))],
  ),
  c(
    'b119-agenda-the-26th',
    ['day', 'follow-up'],
    [
      turn('le 26 ya quoi ?', 'agenda', [on('2027-01-26'), ['logistique']]),
      turn('c pour quels metiers', 'agenda', [['cariste'], g('préparateur', 'preparateur')]),
      turn('combien de places', 'agenda', [seats(15)]),
    ],
  ),
  c(
    'b119-agenda-batiment-meeting',
    ['trade', 'follow-up'],
    [
      turn('reunion metier batiment ??', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
      turn('c’est où exactement ?', 'agenda', [g('salle des fêtes', 'salle des fetes')]),
    ],
  ),
  c(
    'b119-agenda-logistique-places',
    ['trade', 'places', 'follow-up'],
    [
      turn(
        'formations logistique avec des places dispo ?',
        'agenda',
        [['cariste'], g('préparateur', 'preparateur'), seats(6), seats(5)],
        trainingsBut('cariste', 'préparateur de commandes'),
      ),
      turn('la 2e c ou', 'agenda', [['castelsarrasin']]),
      turn('elle demarre quand ?', 'agenda', [on('2027-03-01')]),
    ],
  ),
  c(
    'b119-agenda-restauration-places',
    ['trade', 'places'],
    [
      turn(
        'des places en restauration ?',
        'agenda',
        [['restauration'], seats(4), ['caussade']],
        trainingsBut('agent de restauration'),
      ),
    ],
  ),
  c(
    'b119-agenda-proprete-moissac',
    ['trade', 'town', 'places'],
    [
      turn(
        'proprete, y a des places a moissac ?',
        'agenda',
        [g('propreté', 'proprete'), seats(7), on('2027-02-22')],
        trainingsBut('agent de propreté'),
      ),
    ],
  ),
  c(
    'b119-agenda-aide-personne-none',
    ['trade', 'absent'],
    [turn('aide a la personne / auxiliaire de vie, l afpa a des places en ce moment ?', 'agenda', [NONE])],
  ),
  c(
    'b119-agenda-volet2-next',
    ['programme-step', 'follow-up'],
    [
      turn(
        'prochaine entree prepa volet 2 ?',
        'agenda',
        [on('2027-02-15'), ['castelsarrasin'], seats(5)],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
      turn('et celle du 25 ?', 'agenda', [FULL]),
    ],
  ),
  c(
    'b119-agenda-volet1-remote',
    ['programme-step', 'modality'],
    [
      turn(
        'volet 1 a distance c quand',
        'agenda',
        [on('2027-02-08'), g('distance', 'distanciel', 'classe virtuelle')],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b119-agenda-pec-atelier2',
    ['programme-step', 'follow-up', 'modality'],
    [
      turn(
        'atelier 2 competences pec prochaines sessions ?',
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        notOn('2027-02-10'),
      ),
      turn('celle de mercredi c en presentiel ?', 'agenda', [MIXED]),
    ],
  ),
  c(
    'b119-agenda-pec-atelier3',
    ['programme-step', 'two-in-one'],
    [
      turn(
        'atelier 3 PEC date et lieu svp',
        'agenda',
        [on('2027-02-10'), ['montauban']],
        [...notOn('2027-01-20'), ...notOn('2027-03-03')],
      ),
    ],
  ),
  c(
    'b119-agenda-promo-entry-and-info',
    ['two-in-one', 'abbrev'],
    [
      turn('promo 1618 : prochaine entree et prochaine info coll ?', 'agenda', [
        on('2027-02-01'),
        on('2027-03-17'),
      ]),
    ],
  ),
  c(
    'b119-agenda-jpo',
    ['abbrev'],
    [turn('JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07'))],
  ),
  c(
    'b119-agenda-montau-then-moissac',
    ['town-abbrev', 'follow-up'],
    [
      turn(
        'info coll prepa comp a montau ?',
        'agenda',
        [on('2027-01-14'), on('2027-02-11')],
        [...notOn('2027-01-21'), ...notOn('2027-03-04')],
      ),
      turn(
        'et a moissac ?',
        'agenda',
        [[...NONE, ...on('2027-03-08')]],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b119-agenda-valence-calendar',
    ['town', 'calendar', 'follow-up'],
    [
      turn('a valence d agen qqch de prevu ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
      turn('ajoute le a mon agenda stp', 'agenda', [CALENDAR]),
    ],
  ),
  c(
    'b119-agenda-compare-14-21',
    ['compare', 'two-in-one'],
    [
      turn(
        'info coll prepa le 14 ou le 21 : laquelle est a castel et il reste combien de places sur chacune ?',
        'agenda',
        [['castelsarrasin'], seats(15), seats(12)],
      ),
    ],
  ),
  c(
    'b119-agenda-compare-volet1',
    ['compare', 'modality'],
    [
      turn('volet 1 : c quoi la diff entre la session de janvier et celle de fevrier ?', 'agenda', [
        on('2027-01-18'),
        on('2027-02-08'),
        ON_SITE,
        MODALITY_BOTH,
      ]),
    ],
  ),
  c(
    'b119-agenda-electricite',
    ['trade', 'follow-up'],
    [
      turn('visite plateau electricite ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
      turn('et en formation electricien il reste des places ?', 'agenda', [
        seats(2),
        g('électricien', 'electricien'),
      ]),
    ],
  ),
  c(
    'b119-agenda-macon',
    ['trade', 'two-in-one', 'sms'],
    [
      turn(
        'macon ya des places ? ca commence qd ?',
        'agenda',
        [seats(3), on('2027-02-15')],
        trainingsBut('maçon'),
      ),
    ],
  ),
  c(
    'b119-agenda-missed-jpo',
    ['past', 'typo'],
    [turn('j ai loupé la jpo du 7, la prochaine c quand ?', 'agenda', [on('2027-02-03')])],
  ),
  c(
    'b119-agenda-info-coll-pec',
    ['follow-up'],
    [
      turn('info coll competences pec ?', 'agenda', [on('2027-02-09'), ['moissac']], notOn('2027-01-14')),
      turn('ca commence a quelle heure', 'agenda', [g('9h30', '9 h 30', '09:30', '9:30', '09h30')]),
    ],
  ),
  c(
    'b119-agenda-batiment-places',
    ['trade', 'places', 'follow-up'],
    [
      turn(
        'dans le batiment quelles formations ont encore des places ?',
        'agenda',
        [g('maçon', 'macon'), g('électricien', 'electricien')],
        ['cariste', 'soudeur', 'agent de restauration', 'agent de propreté'],
      ),
      turn('et plaquiste ?', 'agenda', [FULL]),
    ],
  ),
  c(
    'b119-agenda-next-week-montauban',
    ['week', 'town'],
    [
      turn(
        'la semaine pro ya quoi sur montauban ?',
        'agenda',
        [on('2027-01-19')],
        [...notOn('2027-01-21'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b119-agenda-february-march',
    ['month', 'follow-up'],
    [
      turn(
        'les evenements de fevrier stp',
        'agenda',
        [on('2027-02-03'), on('2027-02-23')],
        [...notOn('2027-01-26'), ...notOn('2027-03-04')],
      ),
      turn(
        'et mars ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b119-agenda-soudure-rambling',
    ['rambling', 'two-in-one', 'trade'],
    [
      turn(
        'bonjour, j accompagne un monsieur au RSA qui hesite entre la soudure et autre chose, il est tres manuel mais pas sur de lui, ' +
          'je me demandais si la visite du plateau soudure c est bientot et si lui peut y aller en tant que BRSA ? merci',
        'agenda',
        [on('2027-01-19'), g('oui', 'peut', 'possible', 'ouvert')],
      ),
    ],
  ),
  c('b119-agenda-caussade', ['town'], [turn('caussade ?', 'agenda', [on('2027-02-23'), ['restauration']])]),
  c(
    'b119-agenda-remote-sessions',
    ['modality', 'rambling'],
    [
      turn(
        'y a des sessions a distance ? mon beneficiaire a pas de voiture et il habite a 40 min de montauban',
        'agenda',
        [on('2027-02-08'), on('2027-03-03')],
      ),
    ],
  ),
  c(
    'b119-agenda-session-18-where-until',
    ['two-in-one'],
    [
      turn('la session prepa du 18 c ou et ca finit quand ?', 'agenda', [
        ['montauban'],
        g('29 janv', '29/01', '2027-01-29', 'au 29', 'vendredi 29'),
      ]),
    ],
  ),
  c(
    'b119-agenda-promo-places',
    ['places', 'follow-up'],
    [
      turn('promo 16/18 il reste des places pour fevrier ?', 'agenda', [seats(10), on('2027-02-01')]),
      turn('ca se termine quand ?', 'agenda', [g('29 avr', '29/04', '2027-04-29', 'au 29', 'jeudi 29')]),
    ],
  ),
  c(
    'b119-agenda-castel-valence',
    ['two-in-one', 'town-abbrev'],
    [
      turn(
        'info coll a castel et a valence c quand ??',
        'agenda',
        [on('2027-01-21'), on('2027-03-04')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b119-agenda-tomorrow',
    ['day', 'absent'],
    [turn('demain y a un evenement a l afpa ?', 'agenda', [NONE])],
  ),
  c(
    'b119-agenda-first-to-calendar',
    ['calendar', 'follow-up'],
    [
      turn(
        'prochains evenements sur montauban',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-21')],
      ),
      turn('ajoute la 1ere a mon calendrier', 'agenda', [CALENDAR]),
    ],
  ),
  c(
    'b119-agenda-compare-soudeur-cariste',
    ['compare', 'trade'],
    [turn('soudeur ou cariste, lequel commence en 1er ?', 'agenda', [['cariste'], on('2027-01-27')])],
  ),
  c(
    'b119-agenda-jpo-moissac-details',
    ['two-in-one', 'town'],
    [
      turn('jpo moissac c a quelle heure et c ou exactement ?', 'agenda', [
        g('10h', '10 h', '10:00'),
        g('maison des services'),
      ]),
    ],
  ),
  c(
    'b119-agenda-promo-info-parents',
    ['parents'],
    [turn('l info coll promo 16 18 les parents peuvent venir ?', 'agenda', [on('2027-03-17'), ['parent']])],
  ),

  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b119-dispositif-prepa-what',
    ['abbrev', 'sms'],
    [turn('c koi prepa comp', 'dispositif', [PREPA_DURATION, g('projet', 'formation')], ['13 semaines'])],
  ),
  c(
    'b119-dispositif-volets-duration',
    ['two-in-one', 'programme-step'],
    [turn('duree volet 1 et volet 2 ?', 'dispositif', [VOLET1_DURATION, VOLET2_DURATION], ['13 semaines'])],
  ),
  c(
    'b119-dispositif-pec-duration-outcome',
    ['two-in-one'],
    [
      turn(
        'competences pec ca dure combien et ca debouche sur quoi',
        'dispositif',
        [PEC_DURATION, CERTIFICATIONS],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b119-dispositif-promo-duration-days',
    ['two-in-one'],
    [
      turn(
        'la promo 16/18 c combien de temps, et c tous les jours ?',
        'dispositif',
        [PROMO_DURATION, PROMO_DAYS],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b119-dispositif-promo-who-prescribes',
    ['abbrev'],
    [turn('qui prescrit la promo 1618 normalement ?', 'dispositif', [ML_CIO])],
  ),
  c(
    'b119-dispositif-prepa-where',
    ['two-in-one', 'town-abbrev'],
    [
      turn('ou se passe prepa comp, y a des sessions hors montau ?', 'dispositif', [
        ['montauban'],
        [...SPREAD, 'castelsarrasin', 'moissac', 'valence', 'distance'],
      ]),
    ],
  ),
  c(
    'b119-dispositif-cost',
    ['abbrev'],
    [turn('ca coute combien au CD de prescrire une prepa comp ?', 'dispositif', [COST])],
  ),
  c(
    'b119-dispositif-remuneration',
    ['silent'],
    [
      turn('le beneficiaire est remunere pendant la prepa ? il touche qqch en plus du rsa ?', 'dispositif', [
        SILENT,
      ]),
    ],
  ),
  c(
    'b119-dispositif-report',
    ['no-accent'],
    [turn('a la fin de la prepa on recoit un compte rendu ou pas ?', 'dispositif', [REPORT, REFERENT])],
  ),
  c(
    'b119-dispositif-pec-phases',
    ['typo'],
    [
      turn('comptences pec ca se deroule comment ?', 'dispositif', [
        g('5 phases', 'cinq phases', 'phase'),
        g('portefeuille de compétences', 'portefeuille', 'vae', 'rsfp', 'cléa', 'clea'),
      ]),
    ],
  ),
  c(
    'b119-dispositif-promo-steps',
    ['programme-step'],
    [
      turn('la promo 16 18 c quoi les etapes ?', 'dispositif', [
        ['engagement'],
        ['construction'],
        g('préparation de la suite', 'preparation de la suite', 'la suite'),
      ]),
    ],
  ),
  c(
    'b119-dispositif-promo-after',
    ['follow-up'],
    [turn('apres la promo 1618 le jeune est suivi ?', 'dispositif', [g('6 mois', 'six mois'), ML_CIO])],
  ),
  c(
    'b119-dispositif-prepa-remote',
    ['modality'],
    [
      turn('prepa comp on peut la faire en distanciel ?', 'dispositif', [
        MODALITY_BOTH,
        [...ON_SITE, 'tout ou partie', 'en partie'],
      ]),
    ],
  ),
  c(
    'b119-dispositif-rsfp',
    ['abbrev'],
    [
      turn('RSFP ??', 'dispositif', [
        g('reconnaissance des savoir', 'savoir-faire', 'savoir faire'),
        g('vae', 'prérequis', 'prerequis'),
      ]),
    ],
  ),
  c(
    'b119-dispositif-prepa-who-then-durations',
    ['follow-up'],
    [
      turn('prepa comp c pour qui ?', 'dispositif', [
        ['rsa'],
        g('éloign', 'eloign', 'inscrit', 'allocataire'),
      ]),
      turn('et ca dure ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('et la pec ?', 'dispositif', [PEC_DURATION], ['2 à 8 jours', '13 semaines']),
    ],
  ),
  c(
    'b119-dispositif-promo-what-then-who',
    ['follow-up'],
    [
      turn(
        'c quoi exactement la promo 16/18',
        'dispositif',
        [PROMO_DURATION, g('16', 'mineur', 'jeune')],
        ['2 à 8 jours'],
      ),
      turn('et c qui qui oriente ?', 'dispositif', [ML_CIO]),
    ],
  ),
  c(
    'b119-dispositif-fle',
    ['typo'],
    [
      turn('le FLE de l afpa pour les primo arrivants c quoi ?', 'dispositif', [
        g('français', 'francais'),
        g('primo-arrivant', 'primo arrivant', 'débutant', 'debutant', 'professionnel'),
      ]),
    ],
  ),
  c(
    'b119-dispositif-campaign-dates',
    ['two-in-one', 'dates'],
    [
      turn(
        'jusqu a quand on pouvait faire entrer des BRSA sur prepa d apres la convention ? et les parcours devaient finir quand ?',
        'dispositif',
        [
          g('31 décembre 2022', '31/12/2022', '31 decembre 2022', '31 déc'),
          g('30 avril 2023', '30/04/2023', '30 avril'),
        ],
      ),
    ],
  ),
  c(
    'b119-dispositif-two-then-remuneration',
    ['two-in-one', 'silent'],
    [
      turn(
        'prepa comp dure combien et les stagiaires ont une indemnite ?',
        'dispositif',
        [PREPA_DURATION, SILENT],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b119-dispositif-volet1-two-weeks',
    ['programme-step'],
    [
      turn('le volet 1 consolider son projet c combien de jours et sur combien de temps', 'dispositif', [
        VOLET1_DURATION,
        TWO_WEEKS,
      ]),
    ],
  ),
  c(
    'b119-dispositif-reporting',
    ['reports'],
    [
      turn('c qui qui fait remonter les chiffres a la DGEFP et a quelle frequence ?', 'dispositif', [
        ['afpa'],
        g('mensuel', 'chaque mois', 'tous les mois', 'trimestri', 'annuel'),
      ]),
    ],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b119-eligibility-brsa-not-ft',
    ['rambling', 'abbrev'],
    [
      turn(
        'Mme B 42 ans BRSA pas inscrite FT, elle veut faire aide soignante mais elle doute bcp, prepa comp possible pour elle ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b119-eligibility-ase-17-left-school',
    ['abbrev'],
    [
      turn(
        'jeune ASE 17 ans, a quitte le lycee en seconde, fait rien depuis 6 mois : promo 1618 ?',
        'eligibility',
        [YES, ['promo']],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b119-eligibility-ase-15',
    ['age-boundary'],
    [
      turn(
        'un jeune de 15 ans suivi ASE decrocheur il peut faire la promo 16/18 ?',
        'eligibility',
        [NO, ['16']],
        WRONGLY_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b119-eligibility-19-promo',
    ['age-boundary'],
    [turn('19 ans, sorti de l ASE l an dernier, promo 16/18 ?', 'eligibility', [NO], WRONGLY_ELIGIBLE)],
  ),
  c(
    'b119-eligibility-pec-rsa',
    ['follow-up', 'abbrev'],
    [
      turn(
        'Mr T en PEC depuis 2 mois a la mairie, toujours au RSA, competences pec ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      turn('faut l accord de la mairie ?', 'eligibility', [
        g('employeur', 'mairie'),
        g('accord', 'inform', 'oui'),
      ]),
    ],
  ),
  c(
    'b119-eligibility-no-pec-contract',
    ['abbrev'],
    [
      turn(
        'BRSA pas en contrat, elle cherche un PEC : je peux la positionner sur competences pec des maintenant ?',
        'eligibility',
        [NO, g('contrat', 'pec')],
        WRONGLY_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b119-eligibility-ml-17',
    ['abbrev'],
    [
      turn(
        'jeune 17 ans suivi ML, pas ASE, decroche depuis la 3e : promo ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b119-eligibility-still-at-school',
    ['age-boundary'],
    [
      turn(
        'jeune 16 ans encore scolarise en 1ere mais en grosse difficulte, promo 16/18 ?',
        'eligibility',
        [NO, g('scolaris', 'quitté', 'quitte', 'décroch', 'decroch', 'formation')],
        WRONGLY_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b119-eligibility-are-not-rsa',
    ['abbrev'],
    [
      turn(
        'dde d emploi indemnise ARE, pas au RSA, suivi par FT : je peux le prescrire en prepa moi ?',
        'eligibility',
        [g('france travail', 'pôle emploi', 'pole emploi'), ['rsa']],
        WRONGLY_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b119-eligibility-ase-16-then-prepa',
    ['follow-up'],
    [
      turn('jeune ASE 16 ans descolarise, quelle solution ?', 'eligibility', [['promo']]),
      turn('et il peut faire prepa comp plutot ?', 'eligibility', [NO, ['rsa']], WRONGLY_ELIGIBLE),
    ],
  ),
  c(
    'b119-eligibility-siae',
    ['abbrev'],
    [
      turn('BRSA salarie en SIAE (ACI) avec un projet de qualif, quelles options ?', 'eligibility', [
        g('rsfp', 'savoir-faire', 'savoir faire', 'région', 'regional', 'qualification', 'formation'),
      ]),
    ],
  ),
  c(
    'b119-eligibility-inscrit-or-not',
    ['two-in-one'],
    [
      turn(
        'une allocataire RSA inscrite FT peut faire prepa ? et une non inscrite ?',
        'eligibility',
        [YES, ['inscrit']],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b119-eligibility-vae-no-prereq',
    ['rambling'],
    [
      turn(
        'Mme 30 ans RSA, 8 ans d experience en menage en entreprise mais aucun diplome, elle voudrait une VAE mais elle a pas les prerequis, on fait quoi ?',
        'eligibility',
        [g('rsfp', 'reconnaissance des savoir')],
      ),
    ],
  ),
  c(
    'b119-eligibility-pec-ended',
    ['timing'],
    [
      turn(
        'son PEC est fini depuis 1 an, on peut encore demander competences pec ?',
        'eligibility',
        [NO, ['pec']],
        WRONGLY_ELIGIBLE,
      ),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b119-oos-travel-costs',
    ['abbrev'],
    [
      turn('est ce que le CD rembourse les frais de deplacement pour aller a l afpa ?', 'out_of_scope', [
        SILENT,
      ]),
    ],
  ),
  c(
    'b119-oos-housing',
    ['no-accent'],
    [turn('l afpa propose un hebergement pour les BRSA qui viennent de loin ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b119-oos-driving-licence',
    ['abbrev'],
    [
      turn(
        'le permis B il peut etre finance dans le cadre de la convention ?',
        'out_of_scope',
        [SILENT],
        ['finance le permis'],
      ),
    ],
  ),
  c(
    'b119-oos-weather',
    ['off-topic'],
    [turn('il va faire beau demain a montauban ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b119-oos-rsa-loss',
    ['rambling'],
    [
      turn(
        'question bete mais ma beneficiaire a peur : si elle entre en formation a l afpa est ce qu elle perd son RSA ?',
        'out_of_scope',
        [SILENT],
      ),
    ],
  ),
  c(
    'b119-oos-cpf',
    ['abbrev'],
    [turn('on peut utiliser le CPF de la personne pour completer ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b119-oos-childcare',
    ['follow-up'],
    [
      turn('la garde d enfants pendant la prepa c finance par qui ?', 'out_of_scope', [SILENT]),
      turn('ok et les repas du midi au centre ?', 'out_of_scope', [SILENT]),
    ],
  ),
  c(
    'b119-oos-toulouse',
    ['off-topic'],
    [turn('et pour l afpa de toulouse ca marche pareil la convention ?', 'out_of_scope', [SILENT])],
  ),

  // ── Contacts ──────────────────────────────────────────────────────────────
  c(
    'b119-contact-prepa',
    ['abbrev'],
    [turn('qui contacter a l afpa pour la prepa comp ?', 'contact', [BATTEDOU])],
  ),
  c(
    'b119-contact-coordinator',
    ['abbrev'],
    [turn('c qui le coordo departemental des dispositifs ?', 'contact', [VELLA])],
  ),
  c(
    'b119-contact-cd-side',
    ['abbrev'],
    [
      turn('qui suit la convention cote CD ?', 'contact', [
        g(
          'weill',
          'président',
          'president',
          'référent de l’expérimentation',
          'référente',
          'référent(e)',
          'représentant',
        ),
      ]),
    ],
  ),
  c(
    'b119-contact-phone',
    ['silent'],
    [turn('t as le numero de tel de Fabienne Battedou ?', 'contact', [SILENT])],
  ),
  c(
    'b119-contact-panda-habilitation',
    ['follow-up'],
    [
      turn('qui habilite les referents sur panda ?', 'contact', [['afpa'], g('habilit')]),
      turn('et je demande a qui concretement ?', 'contact', [[...BATTEDOU, ...VELLA]]),
    ],
  ),
  c(
    'b119-contact-promo-orientation',
    ['abbrev'],
    [
      turn('pour la promo 16 18 je m adresse a qui pour orienter un jeune ?', 'contact', [
        [...ML_CIO, ...BATTEDOU],
      ]),
    ],
  ),
  c(
    'b119-contact-two-roles',
    ['two-in-one'],
    [
      turn('c qui le directeur du centre et qui deploie les prestations ?', 'contact', [
        ['vella'],
        ['battedou'],
      ]),
    ],
  ),

  // ── Figures ───────────────────────────────────────────────────────────────
  c(
    'b119-figures-targets-2022',
    ['short'],
    [
      turn('objectifs 2022 ?', 'figures', [
        g('30 allocataires', '30 bénéficiaires', '30 personnes', '30 rsa', 'trente', ': 30', '30 '),
        g('50 allocataires', '50 bénéficiaires', '50 personnes', '50 rsa', 'cinquante', ': 50', '50 '),
        g('10 jeunes', '10 personnes', 'dix', '10 ase', ': 10', '10 '),
      ]),
    ],
  ),
  c(
    'b119-figures-entries-not-available',
    ['abbrev'],
    [turn('combien de BRSA sont entres en prepa comp cette annee ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b119-figures-pec-target',
    ['abbrev'],
    [
      turn('l objectif pour competences pec c combien de personnes ?', 'figures', [
        g('50 allocataires', '50 bénéficiaires', '50 personnes', '50 rsa', 'cinquante', ': 50', '50 '),
      ]),
    ],
  ),
  c(
    'b119-figures-ase-target',
    ['abbrev'],
    [
      turn('combien de jeunes ASE vises pour la promo ?', 'figures', [
        g('10 jeunes', '10 personnes', 'dix', '10 ase', ': 10', '10 '),
      ]),
    ],
  ),
  c(
    'b119-figures-target-then-status',
    ['follow-up'],
    [
      turn('objectif prepa comp en 2022 ?', 'figures', [
        g('30 allocataires', '30 bénéficiaires', '30 personnes', '30 rsa', 'trente', ': 30', '30 '),
      ]),
      turn('et on en est ou ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b119-figures-two-in-one',
    ['two-in-one'],
    [
      turn('objectif ASE pour la promo et combien sont vraiment entres ?', 'figures', [
        g('10 jeunes', '10 personnes', 'dix', '10 ase', ': 10', '10 '),
        NOT_AVAILABLE,
      ]),
    ],
  ),

  // ── Prescribe ─────────────────────────────────────────────────────────────
  c(
    'b119-prescribe-prepa',
    ['abbrev'],
    [turn('je veux prescrire prepa comp pour Mme X', 'prescribe', [FORM])],
  ),
  c(
    'b119-prescribe-how',
    ['no-accent'],
    [turn('comment on inscrit qqn sur prepa ? c quoi les etapes', 'prescribe', [FORM])],
  ),
  c(
    'b119-prescribe-promo-ase',
    ['abbrev'],
    [turn('prescrire promo 16/18 pour un jeune ASE de 17 ans', 'prescribe', [FORM])],
  ),
  c(
    'b119-prescribe-pec-employer',
    ['follow-up'],
    [
      turn('je voudrais orienter M. Y sur competences pec', 'prescribe', [FORM]),
      turn('faut prevenir l employeur avant ?', 'prescribe', [['employeur'], g('accord', 'inform', 'oui')]),
    ],
  ),
  c(
    'b119-prescribe-info-coll-14',
    ['two-in-one', 'rambling'],
    [
      turn(
        'j ai une dame motivee pour prepa, je peux l inscrire a l info coll du 14 et la prescrire direct dans la foulee ?',
        'prescribe',
        [FORM, on('2027-01-14')],
      ),
    ],
  ),
  c(
    'b119-prescribe-session-volet1',
    ['follow-up'],
    [
      turn('entree prepa volet 1 la plus proche ?', 'agenda', [on('2027-01-18')], [...notOn('2027-02-15')]),
      turn('ok je prescris dessus pour ma beneficiaire', 'prescribe', [FORM]),
    ],
  ),

  // ── Other ─────────────────────────────────────────────────────────────────
  c(
    'b119-other-hello',
    ['greeting'],
    [turn('bonjour', 'other', [g('bonjour', 'hello', 'salut', 'bienvenue')])],
  ),
  c(
    'b119-other-help',
    ['help'],
    [turn('aide', 'other', [g('dispositif', 'agenda', 'prescri', 'éligib', 'prépa', 'question')])],
  ),
  c(
    'b119-other-thanks',
    ['thanks'],
    [
      turn('merci !!', 'other', [
        g(
          'avec plaisir',
          'de rien',
          'je vous en prie',
          'bonne journée',
          'à votre service',
          'n’hésitez',
          'à bientôt',
          'volontiers',
          'disposition',
          'je reste',
        ),
      ]),
    ],
  ),
  c(
    'b119-other-cancel',
    ['cancel', 'follow-up'],
    [
      turn('je veux prescrire', 'prescribe', [FORM]),
      turn('non laisse tomber annule', 'other', [
        g(
          'annul',
          'd’accord',
          'entendu',
          'pas de souci',
          'pas de problème',
          'c’est noté',
          'arrêt',
          'abandonn',
          'ok',
          'très bien',
        ),
      ]),
    ],
  ),
  c(
    'b119-other-who-are-you',
    ['greeting'],
    [turn('t es qui toi ?', 'other', [g('assistant', 'bot', 'afpa', 'dispositif')])],
  ),
  c(
    'b119-other-what-can-you-do',
    ['help', 'greeting'],
    [
      turn('bonjour, tu sais faire quoi ?', 'other', [
        g('dispositif', 'agenda', 'prescri', 'éligib', 'prépa'),
      ]),
    ],
  ),
];
