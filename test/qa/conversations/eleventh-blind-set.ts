/**
 * Eleventh blind set: conversations written by an independent helper, BLIND.
 *
 * Written only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18), the
 * product guide's glossary and the published agenda of `agenda-fixture.ts` (today frozen at
 * Monday 11 January 2027, Europe/Paris). The writer never ran the bot, never read its code,
 * its cards, its data nor any other conversation set.
 *
 * What it covers: the programmes and their volets / ateliers / phases, other AFPA offers the
 * agreement names (RSFP, CléA Numérique, Français à visée professionnelle), eligibility
 * (age, RSA, ASE, PEC, schooled or not, job seekers of France Travail), AFPA's agenda (by
 * type, town, month, relative dates, trade, places, next one, follow-ups), contacts named
 * in the agreement, the action plan's figures (none measured yet; targets of 2022),
 * prescriptions, and nearby questions the agreement does not settle.
 *
 * Style: référents who dictate to their phone or type in a hurry during an appointment —
 * run-on sentences without punctuation or only commas, no question mark, the person's
 * story first and the question at the end, dictation homophones (« a » for « à »,
 * « ces » for « c'est », « compétence pêche »), numbers spelled out, « euh », « du coup »,
 * « voila », « bonjour » and « merci d'avance » inside the message, two or three
 * questions at once, follow-ups and corrections over several turns; a few newcomers who
 * mix up the programmes' names or use old names, and a few AFPA Montauban staff.
 */

import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Loose alternatives ──────────────────────────────────────────────────────

/** The answer says the agreement does not settle the question. */
const NOT_COVERED = [
  'ne couvre pas',
  'ne dit rien',
  'n’en dit rien',
  "n'en dit rien",
  'ne prévoit pas',
  'ne prevoit rien',
  'ne prévoit rien',
  'hors de l’accord',
  "hors de l'accord",
  'hors accord',
  'hors du champ',
  'pas couvert',
  'ne traite pas',
  'ne précise pas',
  'ne mentionne pas',
  'rien dans l’accord',
  "rien dans l'accord",
  'ne fixe pas',
  'ne parle pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne règle pas',
];

/** No measured figure yet. */
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'aucun chiffre',
  'pas encore mesur',
  'pas encore de donnée',
  'pas de donnée',
  'aucune donnée',
];

const PRESCRIBE = ['prescri', 'formulaire', 'fiche de prescription'];

const ELIGIBLE = [
  'éligible',
  'peut entrer',
  'peut intégrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut y entrer',
  'peut y aller',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut suivre',
  'peut faire',
  'remplit',
  'accessible',
];
const NOT_ELIGIBLE = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'pas accessible',
  'réservé',
  'ne relève pas',
  'pas concerné',
  'pas tant qu',
  'tant qu’il',
  "tant qu'il",
  'pas encore',
];

// Facts of the agreement.
const RSA = ['rsa', 'r.s.a'];
const PREPA_DURATION = ['2 à 8 jours', '2 et 8 jours', 'deux à huit jours', '2 à 8 j', 'deux et huit jours'];
const VOLET1 = ['volet 1', 'consolid', 'diagnostic de faisabilité'];
const VOLET2 = ['volet 2', 'sécuris'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours', '4 à 8 j'];
const REMOTE = ['à distance', 'distanciel', 'distance'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PEC_SPREAD = [
  'répartis',
  'réparties',
  'durée du pec',
  'durée du contrat',
  'pendant le pec',
  'au long du pec',
  'sur la durée',
];
const PEC_CONTRACT = [
  'parcours emploi compétences',
  'contrat pec',
  'contrat p.e.c',
  'un pec',
  'en pec',
  'salariés en pec',
  'salarié en pec',
  'signataire',
];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const VAE_DURATION = ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 jours 1/2'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = [
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  'lundi jusqu’au jeudi',
  "lundi jusqu'au jeudi",
];
const PROMO_AGE = [
  '16 à 18 ans',
  '16 et 18 ans',
  '16-18 ans',
  'entre 16 et 18',
  'de 16 à 18',
  '16 à 17 ans',
  '16 et 17 ans',
  '16-17 ans',
  '16 ou 17 ans',
  'mineur',
  'moins de 18 ans',
];
const SIXTEEN = ['16 ans', 'seize ans'];
const LEFT_SCHOOL = [
  'quitté',
  'décroch',
  'déscolaris',
  'scolarisé',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'sorti',
];
const SIX_MONTHS = ['6 mois', 'six mois'];
const NOT_REGISTERED = [
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'inscrit ou non',
  'inscrits ou non',
  'ou non',
  'sans être inscrit',
  'pas nécessaire',
  'pas obligatoire',
  'pas besoin',
];
const NO_AGE_LIMIT = [
  'pas de limite',
  'aucune limite',
  'sans limite',
  'ne fixe pas',
  'ne prévoit pas',
  'pas d’âge',
  "pas d'âge",
  'aucun âge',
  'pas de condition d’âge',
  "pas de condition d'âge",
  'aucune condition d’âge',
  "aucune condition d'âge",
  'pas d’âge maximum',
  "pas d'âge maximum",
];

// Targets of 2022 (annex, « Les objectifs partagés »).
const THIRTY = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  '30 rsa',
  'trente',
  'objectif de 30',
  'objectif : 30',
  ': 30',
];
const FIFTY = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  '50 rsa',
  'cinquante',
  'objectif de 50',
  'objectif : 50',
  ': 50',
];
const TEN = [
  '10 jeunes',
  '10 personnes',
  'dix jeunes',
  'dix personnes',
  'objectif de 10',
  'objectif : 10',
  ': 10',
];

// Contacts named in the agreement.
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours'];
const VELLA = ['vella'];
const WEILL = ['weill', 'président'];

// Agenda words.
const JPO = ['portes ouvertes', 'jpo', 'j.p.o'];
const FULL = [...seats(0), 'complet', 'aucune place', 'plus de place', 'pas de place', 'plus aucune place'];

export const ELEVENTH_BLIND_SET: ConversationCase[] = [
  // ── Multi-turn conversations ─────────────────────────────────────────────
  c(
    'b11-promo-ase-cuisine-then-sister',
    ['promo-16-18', 'ase', 'dictation', 'two-questions'],
    [
      t(
        'bonjour alors jai une jeune de dix sept ans placee a lase elle a arrete le lycee en novembre et depuis elle fait rien du tout elle veut faire de la cuisine est ce quelle peut aller sur la promo seize dix huit et ca commence quand merci',
        'eligibility',
        [ELIGIBLE, PROMO_AGE, on('2027-02-01')],
      ),
      t('et pour sa soeur qui a dix neuf ans elle a ete a lase aussi', 'eligibility', [
        NOT_ELIGIBLE,
        PROMO_AGE,
      ]),
      t(
        'ok du coup pour la petite linfo coll de la promo ces quand que son educatrice puisse venir avec elle',
        'agenda',
        [on('2027-03-17')],
      ),
    ],
  ),

  c(
    'b11-newcomer-promo-then-prepa-correction',
    ['newcomer', 'name-mix-up', 'correction', 'prepa-competences'],
    [
      t(
        'euh bonjour du coup jai un monsieur trente deux ans au rsa il a un projet de cariste deja bien cale il veut juste securiser son entree en formation est ce quil peut faire la promo',
        'eligibility',
        [NOT_ELIGIBLE, PROMO_AGE],
      ),
      t(
        'non pardon je voulais dire la prepa je melange tout je suis arrivee le mois dernier',
        'eligibility',
        [ELIGIBLE, VOLET2],
      ),
      t('ok super du coup on fait comment pour linscrire', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b11-next-jpo-then-moissac',
    ['jpo', 'next', 'town'],
    [
      t('cest quand la prochaine j p o', 'agenda', [JPO, on('2027-02-03')], notOn('2027-01-07')),
      t(
        'et sur moissac ya une porte ouverte aussi parce que la dame habite a cote',
        'agenda',
        [['moissac'], on('2027-02-17')],
        notOn('2027-01-07'),
      ),
    ],
  ),

  c(
    'b11-infocoll-prepa-then-castel',
    ['info-collective', 'town', 'correction'],
    [
      t(
        'bonjour ya une info coll prepa competence bientot pour une dame que je vois ce matin',
        'agenda',
        [on('2027-01-14')],
        notOn('2027-01-07'),
      ),
      t(
        'non mais a castel plutot elle a pas de vehicule',
        'agenda',
        [['castelsarrasin'], on('2027-01-21')],
        notOn('2027-01-07'),
      ),
    ],
  ),

  c(
    'b11-promo-duration-then-after-then-entry',
    ['promo-16-18', 'two-questions'],
    [
      t(
        'la promo seize dix huit ca dure combien de temps en fait et ces tous les jours ou pas parce que le jeune il aide son oncle le vendredi',
        'dispositif',
        [PROMO_DURATION, PROMO_DAYS],
      ),
      t('et apres la promo il est lache dans la nature ou ya un suivi', 'dispositif', [SIX_MONTHS]),
      t('daccord et la prochaine entree ces quand', 'agenda', [on('2027-02-01')]),
    ],
  ),

  c(
    'b11-contact-afpa-prepa-then-director',
    ['contact'],
    [
      t(
        'cest qui mon interlocuteur a lafpa pour les prescriptions prepa competence merci davance',
        'contact',
        [BATTEDOU],
      ),
      t('et au dessus delle cest qui le directeur du centre', 'contact', [VELLA]),
    ],
  ),

  c(
    'b11-figures-pec-target-then-done',
    ['targets', 'competences-pec'],
    [
      t('cest quoi lobjectif de lannee pour competence pêche enfin competences p e c', 'figures', [FIFTY]),
      t('et du coup on en est a combien la', 'figures', [NOT_AVAILABLE]),
    ],
  ),

  c(
    'b11-places-cariste-plaquiste-soudeur',
    ['info-places', 'trade', 'seats'],
    [
      t(
        'voila jai un monsieur qui a fait du magasinage ya des places en cariste en ce moment',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['plaquiste', 'soudeur'],
      ),
      t('et plaquiste son beau frere est dans le placo', 'agenda', [FULL]),
      t('bon et soudeur alors', 'agenda', [seats(4), on('2027-02-01')], ['cariste', 'plaquiste']),
    ],
  ),

  c(
    'b11-prepa-volet1-entry-then-remote-then-prescribe',
    ['entry-session', 'prepa-competences', 'remote'],
    [
      t('bonjour la prochaine entree prepa volet un ces quand et ya encore de la place', 'agenda', [
        on('2027-01-18'),
        seats(6),
      ]),
      t('elle a pas de voiture elle habite a beaumont de lomagne ya pas une session a distance', 'agenda', [
        REMOTE,
        on('2027-02-08'),
      ]),
      t('parfait je veux la positionner sur celle la', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b11-pec-how-then-outcome-then-vae',
    ['competences-pec', 'two-questions'],
    [
      t(
        'competence pec ca se passe comment ces combien de jours et est ce quelle doit arreter son boulot pendant',
        'dispositif',
        [PEC_DAYS, PEC_SPREAD],
      ),
      t('et ca debouche sur quoi a la fin un diplome ou pas', 'dispositif', [VAE, RSFP, CLEA]),
      t('la vae ca prend combien de temps en tout', 'dispositif', [VAE_DURATION]),
    ],
  ),

  c(
    'b11-oos-pay-then-fuel',
    ['pay', 'transport'],
    [
      t(
        'est ce quil est paye pendant la prepa competence en fait il me pose la question a chaque rendez vous',
        'out_of_scope',
        [NOT_COVERED],
      ),
      t(
        'et les frais dessence pour venir de castelsarrasin a montauban ca peut etre rembourse par lafpa',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),

  c(
    'b11-afpa-staff-jpo-attendance-then-target',
    ['afpa-staff', 'targets'],
    [
      t(
        'bonjour ici laccueil de lafpa montauban, on prepare le comite de pilotage, combien dallocataires du departement sont venus aux jpo et aux infos collectives',
        'figures',
        [NOT_AVAILABLE],
      ),
      t('et lobjectif prepa competences pour les rsa cetait combien deja', 'figures', [THIRTY]),
    ],
  ),

  c(
    'b11-pec-employee-then-prescribe',
    ['competences-pec', 'pec'],
    [
      t(
        'jai un monsieur qui etait au rsa il vient de signer un pec a la mairie de moissac ya trois semaines est ce quil peut faire competences pec',
        'eligibility',
        [ELIGIBLE, ['employeur', 'dès la signature', 'premiers mois']],
      ),
      t('ok lemployeur est daccord je lance la prescription', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b11-next-week-then-building',
    ['relative-date', 'reunion-metier'],
    [
      t(
        'quest ce quil y a a lafpa la semaine prochaine',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
      t('et pour le batiment ya une reunion metier prevue quelque part', 'agenda', [
        ['caussade'],
        on('2027-02-23'),
      ]),
    ],
  ),

  c(
    'b11-newcomer-prepa-what-then-remote',
    ['newcomer', 'prepa-competences'],
    [
      t(
        'bonjour je suis nouveau au departement on me parle tout le temps de la prepa competence en gros ces quoi et ca dure combien',
        'dispositif',
        [PREPA_DURATION],
      ),
      t('et ca peut se faire a distance ou faut venir a montauban', 'dispositif', [REMOTE]),
    ],
  ),

  c(
    'b11-promo-fifteen-then-infocoll',
    ['promo-16-18', 'ase', 'age-boundary'],
    [
      t(
        'un gamin de quinze ans qui a ete exclu du college il est a lase il pourrait faire la promo',
        'eligibility',
        [NOT_ELIGIBLE, SIXTEEN],
      ),
      t('ok et linfo coll de la promo cest quand quon anticipe avec son educateur', 'agenda', [
        on('2027-03-17'),
      ]),
    ],
  ),

  c(
    'b11-afpa-staff-department-contacts',
    ['afpa-staff'],
    [
      t(
        'bonjour cest lafpa, qui est notre interlocuteur cote departement pour lexperimentation prepa pec promo',
        'contact',
        [['référent', 'référente']],
      ),
      t('et laccord lui meme qui le suit cote departement', 'contact', [WEILL]),
    ],
  ),

  c(
    'b11-electricity-visit-then-places',
    ['visite-plateau', 'trade', 'seats'],
    [
      t(
        'un monsieur veut faire electricien du batiment est ce quil y a une visite de latelier bientot',
        'agenda',
        [on('2027-03-10')],
      ),
      t('et des places en formation electricien ya combien', 'agenda', [seats(2), on('2027-03-08')]),
    ],
  ),

  // ── Programmes ───────────────────────────────────────────────────────────
  c(
    'b11-prepa-volets-difference',
    ['prepa-competences'],
    [
      t(
        'euh ces quoi la difference entre le volet un et le volet deux de la prepa jai jamais vraiment compris',
        'dispositif',
        [['consolid', 'projet professionnel'], ['sécuris']],
      ),
    ],
  ),
  c(
    'b11-promo-phases',
    ['promo-16-18'],
    [
      t('la promo seize dix huit ces decoupe comment ya des phases ou ces en continu', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['la suite'],
      ]),
    ],
  ),
  c(
    'b11-rsfp-what',
    ['rsfp'],
    [
      t(
        'r s f p ca veut dire quoi et ces pour qui, la dame a pas assez dexperience pour une vae',
        'dispositif',
        [
          ['savoir-faire', 'savoir faire'],
          ['prérequis', 'pré-requis'],
        ],
      ),
    ],
  ),
  c(
    'b11-clea-numerique',
    ['clea'],
    [
      t(
        'clea numerique ces quoi exactement parce que la dame sait pas du tout se servir dun ordi',
        'dispositif',
        [['usages', 'environnement de travail']],
      ),
    ],
  ),
  c(
    'b11-french-newcomer',
    ['fle'],
    [
      t(
        'bonjour une dame primo arrivante elle parle tres peu francais elle veut travailler est ce que lafpa a un truc pour ca cordialement',
        'dispositif',
        [['visée professionnelle', 'langue étrangère']],
      ),
    ],
  ),
  c(
    'b11-prepa-end-report',
    ['bilan'],
    [
      t(
        'a la fin de la prepa est ce que je recois un retour ou il faut que je relance lafpa moi meme',
        'dispositif',
        [['bilan']],
      ),
    ],
  ),
  c(
    'b11-old-name-vae-pec',
    ['old-name', 'competences-pec'],
    [
      t(
        'on ma parle dun truc transformer son experience en diplome pour les gens en pec ces toujours dactualite',
        'dispositif',
        [['compétences pec', 'compétences p.e.c', 'competences-pec'], VAE],
      ),
    ],
  ),
  c(
    'b11-prepa-volet2-duration',
    ['prepa-competences'],
    [
      t(
        'le volet deux pour securiser lentree en formation ca prend combien de jours a peu pres',
        'dispositif',
        [VOLET2_DURATION],
      ),
    ],
  ),

  // ── Agenda ───────────────────────────────────────────────────────────────
  c(
    'b11-agenda-spelled-date',
    ['spelled-date', 'jpo'],
    [
      t('il se passe quoi le trois fevrier a lafpa jai un creneau de libre', 'agenda', [
        JPO,
        on('2027-02-03'),
      ]),
    ],
  ),
  c(
    'b11-agenda-thursday',
    ['relative-date', 'info-collective'],
    [t('ya une info coll jeudi ou pas', 'agenda', [on('2027-01-14')], notOn('2027-01-07'))],
  ),
  c(
    'b11-agenda-february-infocoll',
    ['month', 'info-collective'],
    [
      t(
        'les info coll en fevrier sil vous plait toutes prestations confondues',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b11-agenda-rest-of-month',
    ['month', 'relative-date'],
    [
      t(
        'dici la fin du mois ya quoi comme evenements a lafpa jpo info coll visites tout',
        'agenda',
        [on('2027-01-14'), on('2027-01-19'), on('2027-01-21'), on('2027-01-26')],
        [...notOn('2027-01-07'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b11-agenda-valence',
    ['town'],
    [t('a valence dagen ya quelque chose de prevu par lafpa', 'agenda', [on('2027-03-04')])],
  ),
  c(
    'b11-agenda-welder-places-and-visit',
    ['trade', 'seats', 'two-questions'],
    [
      t(
        'un monsieur de quarante ans veut faire soudeur ya des places et il peut visiter latelier avant de se lancer',
        'agenda',
        [seats(4), on('2027-01-19')],
        ['cariste', 'plaquiste', 'maçon'],
      ),
    ],
  ),
  c(
    'b11-agenda-prepa-volet2-next',
    ['entry-session', 'full'],
    [t('prochaine entree prepa volet deux avec de la place', 'agenda', [on('2027-02-15')])],
  ),

  // ── Eligibility ──────────────────────────────────────────────────────────
  c(
    'b11-elig-rsa-not-registered',
    ['prepa-competences', 'rsa'],
    [
      t(
        'bonjour alors monsieur quarante cinq ans au rsa depuis deux ans il est pas inscrit a pole emploi enfin france travail, il peut faire prepa competence ou faut dabord quil sinscrive',
        'eligibility',
        [ELIGIBLE, NOT_REGISTERED],
      ),
    ],
  ),
  c(
    'b11-elig-cdi-no-pec',
    ['competences-pec', 'not-eligible'],
    [
      t(
        'une dame en cdi a temps plein dans le commerce, pas de rsa, elle veut faire competences pec pour avoir un diplome',
        'eligibility',
        [NOT_ELIGIBLE, PEC_CONTRACT],
      ),
    ],
  ),
  c(
    'b11-elig-still-at-school',
    ['promo-16-18', 'schooled', 'not-eligible'],
    [
      t(
        'un jeune de dix sept ans il est en terminale pro mais il veut arreter, la promo peut le prendre des maintenant',
        'eligibility',
        [NOT_ELIGIBLE, LEFT_SCHOOL],
      ),
    ],
  ),
  c(
    'b11-elig-58-rsa-unclear-project',
    ['prepa-competences', 'rsa'],
    [
      t(
        'une dame de cinquante huit ans au rsa elle voudrait se former dans la proprete mais son projet est pas tres clair ca rentre dans la prepa',
        'eligibility',
        [ELIGIBLE, VOLET1],
      ),
    ],
  ),
  c(
    'b11-elig-newcomer-pec-on-promo',
    ['newcomer', 'name-mix-up', 'not-eligible'],
    [
      t(
        'bonjour je suis nouvelle, jai un monsieur de trente ans au rsa qui a un contrat aide pec, il peut aller sur la promo seize dix huit pour valider ses competences',
        'eligibility',
        [NOT_ELIGIBLE, ['compétences pec', 'compétences p.e.c', 'competences-pec']],
      ),
    ],
  ),
  c(
    'b11-elig-are-france-travail',
    ['prepa-competences', 'job-seeker'],
    [
      t(
        'il a pas le rsa il touche le chomage et il est suivi par france travail, est ce que moi au departement je peux le mettre en prepa',
        'eligibility',
        [RSA, ['france travail', 'pôle emploi']],
      ),
    ],
  ),
  c(
    'b11-elig-sixteen-mission-locale',
    ['promo-16-18'],
    [
      t(
        'un jeune de seize ans suivi par la mission locale pas a lase il a arrete en seconde en octobre et il fait rien depuis est ce quil peut faire la promo',
        'eligibility',
        [ELIGIBLE, PROMO_AGE],
      ),
    ],
  ),
  c(
    'b11-elig-afpa-staff-age-62',
    ['afpa-staff', 'prepa-competences', 'rsa'],
    [
      t(
        'bonjour cote afpa on a recu une orientation pour un monsieur de soixante deux ans au rsa sur la prepa, ya une limite dage',
        'eligibility',
        [NO_AGE_LIMIT, RSA],
      ),
    ],
  ),

  // ── Outside the agreement ────────────────────────────────────────────────
  c(
    'b11-oos-rsa-suspended-dropout',
    ['rsa'],
    [
      t(
        'si elle abandonne la formation en cours de route est ce que son rsa est suspendu parce quelle a peur de ca',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b11-oos-promo-housing',
    ['promo-16-18'],
    [
      t(
        'pour la promo ya un hebergement ou un internat pour les jeunes qui viennent de loin genre de lauvillar',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b11-oos-cpf',
    ['cpf'],
    [
      t(
        'est ce quil peut utiliser son cpf pour payer une formation de soudeur a lafpa en plus',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b11-oos-rqth',
    ['handicap'],
    [
      t(
        'une personne avec une rqth ya des amenagements prevus dans les dispositifs de lafpa',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b11-oos-canteen',
    ['meals'],
    [
      t(
        'question bete le repas le midi a lafpa ces combien pour les stagiaires ou ces gratuit',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b11-oos-driving-licence',
    ['promo-16-18'],
    [
      t('est ce que le permis b est finance pour les jeunes de la promo voila merci', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b11-oos-childcare-funding',
    ['childcare'],
    [
      t(
        'maman solo trois enfants, le departement ou lafpa paie la garde des enfants pendant la formation',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),

  // ── Figures ──────────────────────────────────────────────────────────────
  c(
    'b11-figures-prepa-done-and-target',
    ['targets', 'two-questions'],
    [
      t('combien de rsa on a mis sur la prepa depuis le debut et cetait quoi lobjectif deja', 'figures', [
        NOT_AVAILABLE,
        THIRTY,
      ]),
    ],
  ),
  c(
    'b11-figures-ase-promo',
    ['targets', 'ase'],
    [
      t('les jeunes ase orientes sur la promo on en est ou par rapport a lobjectif', 'figures', [
        NOT_AVAILABLE,
        TEN,
      ]),
    ],
  ),
  c(
    'b11-figures-afpa-staff-rates',
    ['afpa-staff'],
    [
      t(
        'bonjour ici lafpa, le taux de reussite aux examens et le taux de sortie emploi des allocataires vous lavez quelque part',
        'figures',
        [NOT_AVAILABLE],
      ),
    ],
  ),
  c(
    'b11-figures-all-targets',
    ['targets'],
    [
      t(
        'rappelle moi les objectifs chiffres de laccord pour les trois dispositifs, prepa, competences pec et la promo',
        'figures',
        [THIRTY, FIFTY, TEN],
      ),
    ],
  ),

  // ── Contacts and prescription ────────────────────────────────────────────
  c(
    'b11-contact-coordinator',
    [],
    [t('le coordonnateur departemental des dispositifs ces qui', 'contact', [VELLA])],
  ),
  c(
    'b11-contact-promo-referral',
    ['promo-16-18'],
    [
      t(
        'pour la promo normalement ces qui qui repere les jeunes decrocheurs et qui leur propose',
        'contact',
        [['mission locale', 'missions locales', 'c.i.o', ' cio']],
      ),
    ],
  ),
  c(
    'b11-prescribe-pec-form',
    ['competences-pec'],
    [
      t(
        'je voudrais prescrire competences pec pour une dame en pec a lehpad tu peux menvoyer le formulaire merci',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
];
