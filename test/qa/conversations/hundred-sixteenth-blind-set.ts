/**
 * Hundred-sixteenth blind set.
 *
 * Who speaks: AFPA staff of the centre de Montauban (formateurs, chargée de relations entreprises,
 * coordinatrice du centre) and the Département's pilots (chef de service insertion, chargée de
 * mission ASE, directrice de la solidarité) asking about the partnership itself — comité de
 * pilotage, bilans, indicators and yearly targets, the roles named in section 6 of the protocol,
 * what each party committed to, what becomes of the prescriptions — in formal sentences full of
 * acronyms; plus a few référents insertion typing as in Teams (abbreviations, no accents, typos,
 * SMS style, rambling messages, follow-ups that only make sense after the previous turn).
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, its 2022-2023 action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
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
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MISSIONS_LOCALES = ['mission locale', 'missions locales'];
const DGEFP = ['DGEFP', 'D.G.E.F.P', 'délégation générale à l’emploi', "délégation générale à l'emploi"];
const VELLA = ['VELLA'];
const BATTEDOU = ['BATTEDOU', 'Responsable Accompagnement et Parcours'];
const WEILL = ['WEILL'];
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir-faire', 'reconnaissance des savoirs-faire'];
const CLEA = ['CléA', 'Clea'];

/** The agreement is silent: many ways of saying so. */
const SILENT = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'aborde pas',
  'traite pas',
  'mentionne pas',
  'parle pas',
  'figure pas',
  'contient pas',
  'pas couvert',
  'porte pas',
  'ne fixe pas',
  'ne donne pas',
  'indique pas',
  'aucune mention',
  'rien sur',
  'pas en mesure',
  'ne sais pas',
  'pas de réponse',
  'ne relève pas',
  'ne concerne pas',
  'pas dans',
];

/** Indicators not measured yet. */
const NOT_YET = [
  'pas encore',
  'aucune donnée',
  'pas de donnée',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'pas de chiffre',
  'aucune entrée',
  'aucune prescription',
  'aucun participant',
  'aucune participation',
  ' 0 ',
  ': 0',
  'zéro',
  'pas de résultat',
  'aucun résultat',
  'pas de suivi',
];

const ELIGIBLE = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut y accéder',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut la faire',
  'peut le faire',
  'correspond',
  'oui',
];
const NOT_ELIGIBLE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne correspond pas',
  'pas concerné',
  'ne relève pas',
  'ne remplit pas',
  'pas possible',
  'réservé',
  'pas accessible',
  'pas ouvert',
  'non,',
];
/** A positive verdict, wrong for an ineligible person. */
const POSITIVE_VERDICT = ['est éligible', 'oui, il', 'oui, elle', 'oui il', 'oui elle'];

/** How to prescribe: the form, or the steps of the protocol. */
const PRESCRIBE_STEPS = [
  'formulaire',
  'fiche de prescription',
  'PANDA',
  'étape',
  'adhésion',
  'inscri',
  'Prescrire',
];
const CANCEL = ['annul', 'abandon', 'arrêt', 'd’accord', "d'accord", 'ok', 'c’est noté', "c'est noté"];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'Prépa'];

const TARGET_PREPA = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 BRSA',
  '30 RSA',
  'trente',
  ': 30',
  '30 entrées',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 BRSA',
  '50 RSA',
  'cinquante',
  ': 50',
  '50 entrées',
];
const TARGET_PROMO = ['10 jeunes', '10 personnes', 'dix jeunes', ': 10', '10 ASE', '10 entrées'];

const TIME_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];

/** The trainings of the fixture's Info Places. */
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'plaquiste'];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

// ── The cases ───────────────────────────────────────────────────────────────

export const HUNDRED_SIXTEENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c(
    'b116-prepa-duree-modalite',
    ['referent', 'two-questions', 'sms'],
    [
      turn(
        'prepa comp ca dure cmb de temps ? et c a distance ou sur place ??',
        'dispositif',
        [PREPA_DURATION, ['distance', 'distanciel'], ['présentiel', 'sur place', 'centre']],
        ['13 semaines'],
      ),
      turn('et pec ?', 'dispositif', [PEC_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b116-prepa-volets',
    ['staff', 'formal'],
    [
      turn(
        'En tant que formatrice sur Prépa Compétences, je souhaiterais rappeler aux référents du CD82 la distinction entre les deux volets de la prestation et leur durée respective : pouvez-vous me la redonner telle que prévue au protocole ?',
        'dispositif',
        [
          ['consolid', 'projet professionnel'],
          ['sécuris', 'entrée en formation'],
          ['5 à 6 jours', '5 et 6 jours', 'cinq à six jours', '5 à 6 j'],
          ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4 à 8 j'],
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b116-prepa-periode',
    ['referent', 'typos'],
    [
      turn(
        'prepa comp les jours sont etales sur combien de temps ? ma BRSA peut pas venir tous les jours daffile',
        'dispositif',
        [TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b116-pec-duree',
    ['referent', 'typos'],
    [
      turn(
        'competence pec sa dure combien de jour en tout ?',
        'dispositif',
        [PEC_DURATION],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b116-promo-duree-horaires',
    ['pilot', 'two-questions', 'formal'],
    [
      turn(
        'Pour préparer la réunion avec les familles d’accueil, quelle est la durée de La Promo 16/18 et quels sont les jours de présence des jeunes ?',
        'dispositif',
        [PROMO_DURATION, ['lundi'], ['jeudi']],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b116-pec-contenu',
    ['staff'],
    [
      turn(
        'Quelles certifications un salarié en PEC peut-il viser dans le cadre de Compétences PEC ?',
        'dispositif',
        [VAE, RSFP, CLEA],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b116-pec-phases-vae',
    ['staff', 'follow-up'],
    [
      turn('Comment se déroule concrètement Compétences PEC, phase par phase ?', 'dispositif', [
        ['demi-journée', 'demi journée', 'demi-journées'],
        ['positionnement'],
      ]),
      turn('et la partie vae elle prend combien de temps ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b116-promo-phases-suite',
    ['pilot', 'follow-up'],
    [
      turn(
        'Madame la directrice de la solidarité souhaite une note sur les différentes phases de La Promo 16/18 : pouvez-vous me les détailler ?',
        'dispositif',
        [['engagement'], ['construction'], ['préparation de la suite', 'suite']],
      ),
      turn('et apres la sortie du programme, il y a un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        MISSIONS_LOCALES,
      ]),
    ],
  ),
  c(
    'b116-promo-contenu',
    ['referent'],
    [
      turn(
        'dans la promo ils font quoi concretement les jeunes ? on m a parle d open badges et de code de la route c vrai ?',
        'dispositif',
        [['open badge'], ['code de la route', 'code']],
      ),
    ],
  ),
  c(
    'b116-promo-qui-propose',
    ['pilot'],
    [
      turn(
        'Qui, en dehors de nos services ASE, propose habituellement La Promo 16/18 aux jeunes mineurs décrocheurs ?',
        'dispositif',
        [MISSIONS_LOCALES, ['CIO', 'C.I.O', 'centre d’information', "centre d'information"]],
      ),
    ],
  ),
  c(
    'b116-ou-se-deroulent',
    ['referent', 'rambling'],
    [
      turn(
        'bonjour alors moi je suis sur le secteur de valence d agen et mes BRSA ont pas de voiture pour la plupart, le bus pour montauban c est galere, donc est ce que les dispositifs c est uniquement a montauban ou ca peut se faire ailleurs dans le 82 ?',
        'dispositif',
        [['Montauban'], ['délocalis', 'ensemble du département', 'tout le département', 'ailleurs']],
      ),
    ],
  ),
  c(
    'b116-cout-departement',
    ['pilot', 'formal', 'two-questions'],
    [
      turn(
        'Pour le rapport au conseil, pourriez-vous confirmer si la prescription de Prépa Compétences par nos services engage une contrepartie financière du Département, et qui finance le dispositif ?',
        'dispositif',
        [
          ['sans contrepartie', 'aucune contrepartie', 'gratuit', 'aucun coût', 'pas de coût', 'sans coût'],
          ['État', 'PIC', 'P.I.C', 'plan d’investissement', "plan d'investissement"],
        ],
      ),
    ],
  ),
  c(
    'b116-remuneration',
    ['referent', 'two-questions'],
    [
      turn(
        'elle dure combien la prepa comp et est ce que la personne est remuneree pendant ?',
        'dispositif',
        [PREPA_DURATION, SILENT],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b116-bilan-individuel',
    ['pilot'],
    [
      turn(
        'À l’issue d’un parcours Prépa Compétences, quel retour le référent de la personne reçoit-il de l’AFPA ?',
        'dispositif',
        [['bilan individuel', 'bilan'], ['référent']],
      ),
    ],
  ),
  c(
    'b116-devenir-prescriptions',
    ['staff', 'formal'],
    [
      turn(
        'Côté AFPA, une fois qu’une prescription du Département nous est parvenue, comment le parcours est-il tracé et que renvoyons-nous au référent en fin de parcours ?',
        'dispositif',
        [['PANDA'], ['bilan individuel', 'bilan']],
      ),
    ],
  ),
  c(
    'b116-panda',
    ['referent', 'two-questions'],
    [
      turn("c quoi panda ? c'est qui qui nous donne l'acces ?", 'dispositif', [
        ['traçabilité', 'trace', 'suivi des parcours'],
        ['habilit', 'AFPA'],
      ]),
    ],
  ),
  c(
    'b116-campagne',
    ['pilot', 'follow-up', 'two-questions'],
    [
      turn(
        'Jusqu’à quelle date les allocataires prescrits pouvaient-ils entrer sur les dispositifs, et quand les parcours devaient-ils être finalisés ?',
        'dispositif',
        [
          ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '2022-12-31'],
          ['30 avril 2023', '30/04/2023', '2023-04-30'],
        ],
      ),
      turn('et ca a ete prolonge ou pas ?', 'dispositif', [['avenant', 'poursuite', 'prolong', '2023']]),
    ],
  ),
  c(
    'b116-duree-accord',
    ['pilot', 'two-questions'],
    [
      turn(
        'Quelle est la durée de l’accord de partenariat et quel préavis faut-il respecter si l’une des parties souhaite le résilier ?',
        'dispositif',
        [
          ['2 ans', 'deux ans'],
          ['2 mois', 'deux mois'],
        ],
      ),
    ],
  ),
  c(
    'b116-copil',
    ['pilot', 'follow-up'],
    [
      turn(
        'À quelle fréquence le comité de pilotage de l’accord doit-il se réunir et quel est son rôle ?',
        'dispositif',
        [
          ['une fois par an', '1 fois par an', 'annuel', 'au moins une fois', 'chaque année'],
          ['quantitatif', 'qualitatif', 'bilan'],
        ],
      ),
      turn('et qui le compose ?', 'dispositif', [['représentant'], ['Département'], ['AFPA', 'A.F.P.A']]),
    ],
  ),
  c(
    'b116-pilotage-national',
    ['staff', 'two-questions', 'formal'],
    [
      turn(
        'Au niveau national, par qui sont suivis les trois dispositifs et à quel rythme l’AFPA transmet-elle le tableau de bord ?',
        'dispositif',
        [DGEFP, ['mensuel', 'chaque mois', 'tous les mois'], ['trimestri', 'comité de pilotage national']],
      ),
    ],
  ),
  c(
    'b116-engagements-cd',
    ['staff', 'formal'],
    [
      turn(
        'Dans le plan d’action 2022-2023, à quoi le Conseil départemental s’est-il engagé pour les Journées Portes Ouvertes de l’AFPA ?',
        'dispositif',
        [['stand'], ['diffuse', 'diffusion', 'mobilise', 'information']],
      ),
    ],
  ),
  c(
    'b116-publicite',
    ['staff', 'two-questions'],
    [
      turn(
        'Pour le nouveau flyer de l’expérimentation, quels logos doivent obligatoirement apparaître, et qui doit être mentionné comme financeur ?',
        'dispositif',
        [['logo'], ['État', 'Etat'], ['PIC', 'plan d’investissement', "plan d'investissement"]],
      ),
    ],
  ),
  c(
    'b116-fle',
    ['staff'],
    [
      turn(
        'Dans le cadre de l’accord, l’AFPA propose-t-elle quelque chose pour les primo-arrivants qui ne maîtrisent pas le français ?',
        'dispositif',
        [['français', 'FLE'], ['professionnel']],
      ),
    ],
  ),

  // ── agenda ──
  c(
    'b116-agenda-infocoll-prepa',
    ['referent', 'follow-up', 'sms'],
    [
      turn(
        'salut, c quand la prochaine info coll prepa comp ?',
        'agenda',
        [on('2027-01-14'), ['Montauban']],
        notOn('2027-01-07'),
      ),
      turn(
        'et a castelsarrasin ?',
        'agenda',
        [on('2027-01-21'), ['Castelsarrasin']],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b116-agenda-jpo-stand',
    ['pilot', 'follow-up', 'formal'],
    [
      turn(
        'Bonjour, pourriez-vous m’indiquer les prochaines Journées Portes Ouvertes du centre AFPA de Montauban, afin que je puisse mobiliser mes équipes pour la tenue d’un stand comme le prévoit le plan d’action ?',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b116-agenda-infocoll-jeudi-heure',
    ['referent', 'sms'],
    [
      turn(
        'l info coll prepa de jeudi c a quelle heure et ou ?',
        'agenda',
        [TIME_0930, ['Montauban']],
        notOn('2027-01-21'),
      ),
    ],
  ),
  c(
    'b116-agenda-jpo-ce-mois',
    ['referent', 'sms'],
    [
      turn(
        'y a une jpo ce mois ci ?',
        'agenda',
        [[...on('2027-02-03'), 'aucune', 'pas de jpo', 'pas de journée', 'pas d’autre', "pas d'autre"]],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b116-agenda-visites-plateaux',
    ['pilot', 'formal'],
    [
      turn(
        'Quelles visites de plateaux techniques sont programmées par l’AFPA dans les prochaines semaines ?',
        'agenda',
        [on('2027-01-19'), on('2027-03-10'), ['soudure', 'soudeur']],
        [...notOn('2027-02-03'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b116-agenda-visite-elec',
    ['referent', 'typos', 'two-questions'],
    [
      turn(
        'y a une visite du plateau elec bientot ? a quelle heure ?',
        'agenda',
        [on('2027-03-10'), ['10h', '10 h', '10:00']],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b116-agenda-logistique-cariste',
    ['referent', 'follow-up', 'rambling'],
    [
      turn(
        'jai un BRSA qui a bosse en entrepot en interim, il voudrait passer cariste pour de bon, reunion metier logistique c quand ?',
        'agenda',
        [on('2027-01-26'), ['Montauban']],
        notOn('2027-02-23'),
      ),
      turn(
        'et pour la formation cariste y a des places ?',
        'agenda',
        [seats(6), on('2027-01-27')],
        otherTrainings('cariste'),
      ),
    ],
  ),
  c(
    'b116-agenda-reunion-batiment',
    ['staff'],
    [
      turn(
        'La prochaine réunion métiers du bâtiment est-elle prévue à Montauban ?',
        'agenda',
        [on('2027-02-23'), ['Caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b116-agenda-places-soudure',
    ['referent', 'follow-up'],
    [
      turn('places dispo en soudure ?', 'agenda', [seats(4), on('2027-02-01')], otherTrainings('soudeur')),
      turn(
        'et la visite du plateau soudure c quand ?',
        'agenda',
        [on('2027-01-19'), ['14h', '14 h', '14:00']],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b116-agenda-places-plaquiste',
    ['referent', 'sms'],
    [
      turn(
        'places plaquiste svp',
        'agenda',
        [['complet', ...seats(0), 'aucune place', 'plus de place', 'pas de place']],
        otherTrainings('plaquiste'),
      ),
    ],
  ),
  c(
    'b116-agenda-places-restauration',
    ['referent', 'two-questions'],
    [
      turn(
        "y a des places en restauration ? et c'est ou ?",
        'agenda',
        [seats(4), ['Caussade']],
        otherTrainings(),
      ),
    ],
  ),
  c(
    'b116-agenda-places-elec-macon',
    ['staff', 'two-questions', 'formal'],
    [
      turn(
        'Pour la diffusion aux équipes de conseillers prévue en 2.1.2, pouvez-vous me donner l’état des places disponibles en électricien d’équipement et en maçon ?',
        'agenda',
        [seats(2), seats(3)],
        ['soudeur', 'plaquiste', 'cariste'],
      ),
    ],
  ),
  c(
    'b116-agenda-prepa-v1',
    ['referent', 'follow-up'],
    [
      turn(
        'prochaine entree prepa comp volet 1 ?',
        'agenda',
        [on('2027-01-18'), ['Montauban']],
        notOn('2027-01-25'),
      ),
      turn(
        'et en distanciel ?',
        'agenda',
        [on('2027-02-08'), ['distance', 'distanciel', 'classe virtuelle']],
        notOn('2027-01-18'),
      ),
      turn('il reste de la place ?', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'b116-agenda-prepa-v2-places',
    ['referent', 'follow-up'],
    [
      turn('prochaine entree volet 2 prepa ou il reste de la place ?', 'agenda', [
        on('2027-02-15'),
        ['Castelsarrasin'],
        seats(5),
      ]),
      turn('ok comment je l inscris ?', 'prescribe', [PRESCRIBE_STEPS]),
    ],
  ),
  c(
    'b116-agenda-prepa-v2-complet',
    ['referent', 'follow-up'],
    [
      turn('la session volet 2 du 25 janvier il reste de la place ?', 'agenda', [
        ['complet', ...seats(0), 'aucune place', 'plus de place', 'pas de place'],
      ]),
      turn('et la suivante ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']]),
    ],
  ),
  c(
    'b116-agenda-pec-atelier2',
    ['staff'],
    [
      turn(
        'Quelles sont les dates d’entrée sur Compétences PEC atelier 2 communiquées au Conseil départemental ?',
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b116-agenda-pec-atelier3',
    ['referent', 'sms'],
    [
      turn(
        'atelier 3 pec c quand',
        'agenda',
        [on('2027-02-10')],
        [...notOn('2027-01-20'), ...notOn('2027-03-03')],
      ),
    ],
  ),
  c(
    'b116-agenda-promo',
    ['pilot', 'two-questions'],
    [
      turn(
        'Quelle est la prochaine entrée sur La Promo 16/18, et une information collective est-elle prévue pour les jeunes et leurs parents ?',
        'agenda',
        [on('2027-02-01'), on('2027-03-17')],
      ),
    ],
  ),
  c(
    'b116-agenda-cette-semaine',
    ['referent', 'sms'],
    [
      turn(
        'kesk il y a cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b116-agenda-semaine-prochaine',
    ['staff'],
    [
      turn(
        'Quels événements sont prévus la semaine prochaine ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b116-agenda-mars',
    ['staff'],
    [
      turn(
        'Qu’avons-nous à l’agenda en mars ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b116-agenda-valence',
    ['referent', 'typos'],
    [
      turn(
        "y a quelque chose a valence d'agen pour mes brsa ?",
        'agenda',
        [on('2027-03-04')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b116-agenda-infocoll-pec',
    ['referent', 'follow-up'],
    [
      turn(
        'info coll competences pec c quand ?',
        'agenda',
        [on('2027-02-09'), ['Moissac']],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
      turn("c'est ou exactement ?", 'agenda', [['Maison des services', 'Moissac']]),
    ],
  ),

  // ── eligibility ──
  c(
    'b116-elig-brsa-projet',
    ['referent', 'sms'],
    [
      turn(
        'bjr jai une BRSA 45 ans non inscrite FT, elle veut retravailler son projet pro, elle peut faire prepa comp ?',
        'eligibility',
        [ELIGIBLE],
        ['pas éligible', 'non éligible'],
      ),
    ],
  ),
  c(
    'b116-elig-brsa-inscrit-ft',
    ['referent', 'rambling'],
    [
      turn(
        "mr B est au RSA et inscrit a FT depuis 2 ans, il veut rentrer en formation soudeur a l'afpa mais il a peur de pas tenir, il a deja abandonne une formation en 2019. prepa comp c possible meme s'il est inscrit FT ?",
        'eligibility',
        [ELIGIBLE, ['volet 2', 'sécuris', 'entrée en formation']],
      ),
    ],
  ),
  c(
    'b116-elig-ase-17-decroche',
    ['referent', 'follow-up'],
    [
      turn(
        'jeune ASE 17 ans, a quitte le lycee en juin, fait rien depuis, promo 1618 ?',
        'eligibility',
        [ELIGIBLE],
        ['pas éligible', 'non éligible'],
      ),
      turn('c quand la prochaine entree ?', 'agenda', [on('2027-02-01')]),
    ],
  ),
  c(
    'b116-elig-15-ans',
    ['referent'],
    [
      turn(
        'un jeune de 15 ans decroche du college peut il aller en promo 16/18 ?',
        'eligibility',
        [NOT_ELIGIBLE, ['16']],
        POSITIVE_VERDICT,
      ),
    ],
  ),
  c(
    'b116-elig-17-scolarise',
    ['pilot'],
    [
      turn(
        'Une jeune de 17 ans confiée à l’ASE, actuellement scolarisée en première et assidue, peut-elle intégrer La Promo 16/18 pour découvrir des métiers ?',
        'eligibility',
        [[...NOT_ELIGIBLE, 'quitté', 'décroch', 'déscolaris']],
        POSITIVE_VERDICT,
      ),
    ],
  ),
  c(
    'b116-elig-17-apprenti',
    ['referent', 'typos'],
    [
      turn(
        'ado ASE 17 ans en apprentisage (contrat signe en septembre) il peut faire la promo 1618 ?',
        'eligibility',
        [[...NOT_ELIGIBLE, 'ne travaillent pas', 'sans emploi', 'pas en formation', 'ni en formation']],
        POSITIVE_VERDICT,
      ),
    ],
  ),
  c(
    'b116-elig-19-ml',
    ['referent'],
    [
      turn(
        'jeune 19 ans suivi ML, decrocheur, la promo 1618 c jouable ?',
        'eligibility',
        [NOT_ELIGIBLE],
        POSITIVE_VERDICT,
      ),
    ],
  ),
  c(
    'b116-elig-pec-commune',
    ['referent'],
    [
      turn(
        "salariee en PEC depuis 3 mois a la mairie, BRSA, elle voudrait faire reconnaitre son experience, competences pec c'est pour elle ?",
        'eligibility',
        [ELIGIBLE, [...VAE, ...RSFP, ...CLEA]],
        ['pas éligible', 'non éligible'],
      ),
    ],
  ),
  c(
    'b116-elig-de-non-rsa',
    ['pilot', 'formal'],
    [
      turn(
        'Un demandeur d’emploi suivi uniquement par France Travail, qui ne perçoit pas le RSA et n’est pas accompagné par nos services, peut-il être prescrit sur Prépa Compétences par un référent du Département ?',
        'eligibility',
        [NOT_ELIGIBLE, ['RSA', 'R.S.A']],
        POSITIVE_VERDICT,
      ),
    ],
  ),
  c(
    'b116-elig-ase-16-autorisation',
    ['pilot', 'two-questions'],
    [
      turn(
        'J’accompagne une jeune confiée à l’ASE, 16 ans, déscolarisée depuis la rentrée et sans emploi : peut-elle bénéficier de La Promo 16/18, et une autorisation parentale est-elle nécessaire ?',
        'eligibility',
        [ELIGIBLE, ['autorisation', 'parents', 'parental']],
        ['pas éligible', 'non éligible'],
      ),
    ],
  ),
  c(
    'b116-elig-siae-rsfp',
    ['staff'],
    [
      turn(
        'Un salarié en chantier d’insertion qui n’a pas les prérequis pour une VAE : que peut-on lui proposer dans le cadre de l’accord ?',
        'eligibility',
        [RSFP],
      ),
    ],
  ),
  c(
    'b116-elig-ase-17-puis-frere',
    ['referent', 'follow-up'],
    [
      turn('j ai un jeune de 17 ans suivi ASE, la promo c possible ?', 'eligibility', [
        ['scolar', 'formation', 'emploi', 'décroch', 'quitté', 'travaill', ...ELIGIBLE],
      ]),
      turn(
        'il a arrete le lycee en octobre et il travaille pas',
        'eligibility',
        [ELIGIBLE],
        ['pas éligible', 'non éligible'],
      ),
      turn('et son frere il a 15 ans ?', 'eligibility', [NOT_ELIGIBLE, ['16']], POSITIVE_VERDICT),
    ],
  ),
  c(
    'b116-elig-rqth',
    ['referent', 'follow-up'],
    [
      turn(
        'BRSA RQTH 52 ans suivie par cap emploi et par moi au CD, prepa comp ok ?',
        'eligibility',
        [ELIGIBLE],
        ['pas éligible', 'non éligible'],
      ),
      turn('elle peut la faire a distance ? elle se deplace mal', 'dispositif', [['distance', 'distanciel']]),
    ],
  ),
  c(
    'b116-elig-pec-ehpad-collegue',
    ['referent', 'follow-up'],
    [
      turn('une BRSA en contrat PEC a l ehpad depuis janvier, c quel dispositif pour elle ?', 'eligibility', [
        ['Compétences PEC', 'Competences P.E.C', 'Compétences-PEC'],
      ]),
      turn('et sa collegue en CDD classique pas au RSA ?', 'eligibility', [NOT_ELIGIBLE], POSITIVE_VERDICT),
    ],
  ),
  c(
    'b116-elig-mere-fils',
    ['referent', 'two-questions'],
    [
      turn(
        'une BRSA de 30 ans et son fils de 16 ans qui a lache le lycee, il fait rien : qui peut faire quoi ?',
        'eligibility',
        [['Prépa'], ['Promo']],
      ),
    ],
  ),

  // ── out_of_scope ──
  c(
    'b116-hors-montant-rsa',
    ['referent'],
    [
      turn(
        'c combien le RSA pour une personne seule en ce moment ?',
        'out_of_scope',
        [SILENT],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b116-hors-permis',
    ['referent'],
    [turn("l'afpa peut financer le permis B de mon BRSA ?", 'out_of_scope', [SILENT])],
  ),
  c(
    'b116-hors-hebergement',
    ['referent', 'rambling'],
    [
      turn(
        'bonjour, j ai une dame de caussade qui voudrait faire une formation a montauban mais elle a pas de logement la bas, est ce que l afpa propose un hebergement pour les stagiaires adultes ?',
        'out_of_scope',
        [SILENT],
      ),
    ],
  ),
  c(
    'b116-hors-cej',
    ['referent'],
    [turn('le CEJ c compatible avec les dispositifs de la convention ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b116-hors-tarif-particulier',
    ['staff'],
    [
      turn(
        'Combien coûte la formation de soudeur pour un particulier qui la financerait lui-même ?',
        'out_of_scope',
        [SILENT],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b116-hors-repas',
    ['referent'],
    [turn('les repas du midi sont pris en charge pendant la prepa ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b116-hors-cci',
    ['referent'],
    [turn('tu peux me donner le planning des formations de la CCI ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b116-hors-frais-deplacement',
    ['pilot', 'formal'],
    [
      turn(
        'Dans le cadre de l’accord, le Département prend-il en charge les frais de déplacement des formateurs AFPA lors des sessions délocalisées, par exemple à Valence-d’Agen ?',
        'out_of_scope',
        [SILENT],
      ),
    ],
  ),
  c(
    'b116-hors-prime-caf',
    ['referent'],
    [turn('la caf donne une prime aux brsa qui rentrent en formation ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b116-hors-recrutement',
    ['staff'],
    [turn('Savez-vous si le centre AFPA recrute des formateurs en ce moment ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b116-hors-clea-cout',
    ['referent', 'follow-up'],
    [
      turn("c'est quoi clea numerique ?", 'dispositif', [['numérique'], ['compétences', 'usages']]),
      turn('et ca coute combien pour la personne ?', 'out_of_scope', [SILENT], ['€', 'euros']),
    ],
  ),

  // ── contact ──
  c(
    'b116-contact-coordonnateur',
    ['staff', 'follow-up'],
    [
      turn('Qui est le coordonnateur départemental des dispositifs ?', 'contact', [VELLA]),
      turn('et cote CD ?', 'contact', [['expérimentation', 'WEILL', 'désign']]),
    ],
  ),
  c(
    'b116-contact-deploiement',
    ['pilot'],
    [
      turn(
        'Qui, à l’AFPA, est en charge du déploiement des prestations Compétences PEC, Prépa Compétences et La Promo 16/18 ?',
        'contact',
        [BATTEDOU],
      ),
    ],
  ),
  c(
    'b116-contact-section6',
    ['pilot', 'formal', 'two-questions'],
    [
      turn(
        'Au titre de la section 6 du protocole, qui est l’interlocuteur privilégié des responsables AFPA côté Département, et qui sont ces responsables ?',
        'contact',
        [['expérimentation', 'désign'], VELLA, BATTEDOU],
      ),
    ],
  ),
  c(
    'b116-contact-suivi-accord',
    ['pilot'],
    [turn('À qui l’article 3 confie-t-il le suivi de l’accord de partenariat ?', 'contact', [VELLA, WEILL])],
  ),
  c(
    'b116-contact-tel',
    ['referent', 'sms'],
    [
      turn(
        'num de tel de l afpa montauban svp',
        'contact',
        [[...SILENT, ...VELLA, ...BATTEDOU, 'pas de numéro', 'aucun numéro']],
        ['05 63', '05.63', '0563'],
      ),
    ],
  ),
  c(
    'b116-contact-prescription-mail',
    ['referent', 'follow-up'],
    [
      turn("je contacte qui a l'afpa pour une prescription prepa comp ?", 'contact', [
        [...VELLA, ...BATTEDOU, 'Responsable Accompagnement'],
      ]),
      turn(
        'et son mail ?',
        'contact',
        [[...SILENT, 'pas d’adresse', "pas d'adresse", 'aucune adresse']],
        ['@afpa'],
      ),
    ],
  ),
  c(
    'b116-contact-habilitation',
    ['referent'],
    [turn('qui habilite les referents sur panda ?', 'contact', [['AFPA', 'A.F.P.A'], ['habilit']])],
  ),
  c(
    'b116-contact-signataires',
    ['staff', 'two-questions'],
    [turn('Qui a signé l’accord pour le Département, et qui pour l’AFPA ?', 'contact', [WEILL, VELLA])],
  ),
  c(
    'b116-contact-referent-formation',
    ['pilot'],
    [
      turn(
        'Le plan d’action prévoit que le CD désigne un référent chargé de travailler avec l’AFPA pour faciliter l’accès à la formation des allocataires : l’accord précise-t-il de qui il s’agit ?',
        'contact',
        [[...SILENT, 'désign', 'pas nommé', 'non nommé']],
      ),
    ],
  ),
  c(
    'b116-contact-presidence-copil',
    ['staff'],
    [turn('Qui préside le comité de pilotage de l’accord ?', 'contact', [[...SILENT, 'représentant']])],
  ),

  // ── figures ──
  c(
    'b116-figures-objectifs-2022',
    ['pilot', 'formal'],
    [
      turn(
        'Quels étaient les objectifs chiffrés fixés pour 2022 pour chacun des trois dispositifs ?',
        'figures',
        [TARGET_PREPA, TARGET_PEC, TARGET_PROMO],
      ),
    ],
  ),
  c(
    'b116-figures-objectif-pec-indicateur',
    ['staff', 'two-questions'],
    [
      turn(
        'Quel est l’objectif 2022 pour Compétences PEC et quel indicateur le plan d’action retient-il en 2.1.4 ?',
        'figures',
        [TARGET_PEC, ['orienté', 'orientées', 'orientation']],
      ),
    ],
  ),
  c(
    'b116-figures-objectif-ase',
    ['pilot'],
    [
      turn('Combien de jeunes suivis par l’ASE devaient être orientés vers La Promo 16/18 ?', 'figures', [
        TARGET_PROMO,
      ]),
    ],
  ),
  c(
    'b116-figures-realise-prepa',
    ['pilot', 'formal'],
    [
      turn(
        'Où en sommes-nous du nombre d’allocataires du RSA entrés en Prépa Compétences au regard de l’objectif ?',
        'figures',
        [TARGET_PREPA, NOT_YET],
      ),
    ],
  ),
  c(
    'b116-figures-sorties-positives',
    ['staff'],
    [
      turn('Quel taux de sorties positives est visé pour La Promo 16/18 ?', 'figures', [
        ['70 %', '70%', '70 pour cent', '70\u00a0%', '70\u202f%'],
      ]),
    ],
  ),
  c(
    'b116-figures-indicateurs-211',
    ['staff', 'formal'],
    [
      turn(
        'Quels indicateurs le plan d’action retient-il pour l’action 2.1.1 sur l’information sur la formation et les métiers ?',
        'figures',
        [
          ['portes ouvertes', 'JPO'],
          ['information collective', 'informations collectives', 'info coll'],
          ['visite'],
        ],
      ),
    ],
  ),
  c(
    'b116-figures-indicateurs-212',
    ['pilot'],
    [
      turn('Et pour l’action 2.1.2, quels sont les indicateurs de résultat ?', 'figures', [
        ['réunion', 'réunions métiers'],
        ['réussite'],
        [
          'sortie emploi',
          'sorties emploi',
          'sortie en emploi',
          'sorties en emploi',
          'sortie vers l’emploi',
          'accès à l’emploi',
        ],
      ]),
    ],
  ),
  c(
    'b116-figures-objectifs-2023',
    ['pilot'],
    [
      turn('Quels sont les objectifs pour 2023 ?', 'figures', [
        ['2022'],
        [...SILENT, ...TARGET_PREPA, 'seulement', 'uniquement'],
      ]),
    ],
  ),
  c(
    'b116-figures-participants-jpo',
    ['staff'],
    [
      turn(
        'Combien d’allocataires du CD ont participé aux JPO et informations collectives cette année ?',
        'figures',
        [NOT_YET],
      ),
    ],
  ),
  c(
    'b116-figures-suivi-objectifs',
    ['referent', 'follow-up', 'sms'],
    [
      turn('objectif brsa prepa comp ?', 'figures', [TARGET_PREPA]),
      turn('et pr pec ?', 'figures', [TARGET_PEC]),
      turn('et on en est ou ?', 'figures', [NOT_YET]),
    ],
  ),

  // ── prescribe ──
  c(
    'b116-prescrire-prepa',
    ['referent', 'sms'],
    [turn('je veux prescrire prepa comp pour une BRSA', 'prescribe', [PRESCRIBE_STEPS])],
  ),
  c(
    'b116-prescrire-promo',
    ['pilot'],
    [
      turn(
        'Comment une référente ASE procède-t-elle pour orienter un jeune vers La Promo 16/18 ?',
        'prescribe',
        [[...PRESCRIBE_STEPS, 'invite']],
      ),
    ],
  ),
  c(
    'b116-prescrire-pec-employeur',
    ['referent', 'two-questions'],
    [
      turn(
        "competences pec : je dois faire quoi avant de prescrire ? faut l'accord de l'employeur ?",
        'prescribe',
        [['employeur'], [...PRESCRIBE_STEPS, 'accord']],
      ),
    ],
  ),
  c(
    'b116-prescrire-apres-presentation',
    ['referent', 'follow-up'],
    [
      turn(
        'c quoi prepa comp en 2 mots',
        'dispositif',
        [[...PREPA_DURATION, 'projet', 'formation']],
        ['13 semaines'],
      ),
      turn('ok je veux en prescrire une', 'prescribe', [PRESCRIBE_STEPS]),
    ],
  ),
  c(
    'b116-prescrire-session',
    ['referent', 'two-questions'],
    [
      turn(
        'sur quelle session je peux mettre ma BRSA en prepa volet 1 a montauban et comment je la prescris ?',
        'prescribe',
        [on('2027-01-18'), PRESCRIBE_STEPS],
      ),
    ],
  ),
  c(
    'b116-prescrire-role-referent',
    ['pilot', 'formal'],
    [
      turn(
        'Avant toute prescription, quelles sont les obligations du référent de parcours vis-à-vis de la personne accompagnée ?',
        'prescribe',
        [
          ['adhésion', 'informe'],
          ['mobilité', 'garde d’enfant', "garde d'enfant", 'conditions matérielles'],
        ],
      ),
    ],
  ),
  c(
    'b116-prescrire-rambling',
    ['referent', 'rambling', 'typos'],
    [
      turn(
        'alors voila j ai vu mme D ce matin, BRSA depuis 2021, elle a 2 enfants et la garde c est regle avec sa mere, elle a un projet d aide soignante mais elle sait pas trop si c fait pour elle, on en a parle longtemps, bref je voudrais l inscrire en prepa comp comment je fais ?',
        'prescribe',
        [PRESCRIBE_STEPS],
      ),
    ],
  ),

  // ── other ──
  c('b116-other-bonjour', ['referent'], [turn('bonjour', 'other', [['bonjour', 'hello', 'salut']])]),
  c('b116-other-aide', ['referent', 'sms'], [turn('aide', 'other', [HELP])]),
  c(
    'b116-other-annuler',
    ['referent', 'follow-up'],
    [turn('je veux prescrire', 'prescribe', [PRESCRIBE_STEPS]), turn('annuler', 'other', [CANCEL])],
  ),
  c(
    'b116-other-merci',
    ['referent'],
    [
      turn('merci bcp !', 'other', [
        [
          'avec plaisir',
          'de rien',
          'je vous en prie',
          'bonne journée',
          'à votre service',
          'hésitez',
          'volontiers',
          'merci',
        ],
      ]),
    ],
  ),
  c('b116-other-a-quoi-sers-tu', ['referent', 'sms'], [turn('tu sers a quoi ?', 'other', [HELP])]),
  c(
    'b116-other-nouvelle-referente',
    ['referent'],
    [turn('bonsoir, je suis nouvelle referente insertion au CD, vous pouvez m aider ?', 'other', [HELP])],
  ),
];
