/**
 * Hundred-twenty-fifth blind set.
 *
 * Who speaks: référents insertion of the Département de Tarn-et-Garonne (CD82) and AFPA
 * coordinators of the centre of Montauban, typing fast on a laptop keyboard between two
 * appointments. Their messages carry the slips of fast typing that a colleague still reads at
 * first glance: swapped letters (« prépa comptéences », « fomration », « inof coll »), a missing
 * or doubled letter (« éligibilté », « prescrirre », « Montaubn », « Castelsarasin »), words
 * glued or split by a missed space (« laprépa », « info coll ectives », « lafpa »), a wrong
 * neighbouring key (« dispositig », « sessiin »), autocorrect replacing a word by a real one
 * (« prépa compétente », « 16118 », « 1816 »), capital letters at random, no punctuation or one
 * « ? » at the end. A few messages, as a contrast, come from a newcomer writing careful French.
 * Follow-ups that only make sense after the previous turn carry slips too.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18), from
 * the product guide and from the agenda fixture (today frozen at Monday 11 January 2027, 9:00
 * Europe/Paris), without looking at the bot. Where the agreement is silent, the expected answer
 * says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Alternatives, each with both apostrophes (« ’ » and « ' »). */
function alt(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/’/g, "'"), x.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = alt(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
);
const TWO_WEEKS = alt('2 semaines', 'deux semaines', 'quinze jours', '15 jours');
const VOLET1_DAYS = alt(
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
);
const VOLET2_DAYS = alt('4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours');
const PEC_DAYS = alt(
  ' 5 jours',
  '(5 jours',
  '*5 jours',
  '\n5 jours',
  'cinq jours',
  ' 5 journées',
  'cinq journées',
);
const PEC_SPREAD = alt(
  'durée du contrat',
  'durée du pec',
  'durée du p.e.c',
  'répartis',
  'réparties',
  'au long du contrat',
  'pendant le contrat',
  'sur la durée',
  'au fil du contrat',
  'étalés',
  'étalées',
  'non consécutifs',
);
const SIX_WORKSHOPS = alt('6 ateliers', 'six ateliers');
const HALF_DAY = alt('demi-journée', 'demi journée', '1/2 journée', 'demi-journées', 'demi journées');
const VAE_DAYS = alt('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j');
const PROMO_DURATION = alt('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const FOUR_MONTHS = alt('4 mois', 'quatre mois');
const MON_THU = alt('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu’au jeudi');
const ONSITE = alt('présentiel', 'sur place', 'au centre', 'dans le centre');
const REMOTE = alt('à distance', 'distanciel', 'distance');
const MONTAUBAN = ['montauban'];
const ELSEWHERE = alt(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
  'castelsarrasin',
  'à distance',
  'distanciel',
);
const RSA_PUBLIC = alt(
  'rsa',
  'r.s.a',
  'éloignées de l’emploi',
  'éloignés de l’emploi',
  'peu ou pas qualifié',
);
const PROJECT = alt('projet professionnel', 'projet pro', 'entrée en formation', 'projet de formation');
const FREE = alt(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'sans coût',
  'ne coûte rien',
  'rien à payer',
  'pas payant',
  'sans frais',
  'aucun frais',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
);
const STATE_FUNDS = alt(
  'état',
  'p.i.c',
  'plan d’investissement dans les compétences',
  'plan d’investissement',
  'programme d’investissement',
);
const PRESCRIBED_BY_CD = alt(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
  'vous pouvez la prescrire',
);
const ADHESION = alt(
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'volontaire',
);
const EMPLOYER_AGREES = alt(
  'accord de l’employeur',
  'accord de son employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'employeur donne son accord',
  'employeur est d’accord',
  'accord du patron',
);
const PEC_START = alt('signature', 'premiers mois', 'dès le début', 'début du contrat', 'immédiatement');
const CERTIFICATION = alt('certification', 'vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa');
const PREREQUISITES = alt('prérequis', 'pré-requis', 'prés-requis');
const PANDA = ['panda'];
const REFERENT = alt('référent', 'conseiller', 'travailleur social', 'travailleurs sociaux');
const OTHER_ORG = alt(
  'autre organisme',
  'autres organismes',
  'hors afpa',
  'hors a.f.p.a',
  'ailleurs',
  'autre centre',
  'un autre organisme',
);
const AGE_1618 = alt('16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', '16 ans', 'mineur');
const PARENTS = alt(
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
);
const MISSION_LOCALE = alt('mission locale', 'missions locales');
const CIO = alt(
  ' cio',
  'c.i.o',
  '(cio',
  'cio ',
  'cio,',
  'cio.',
  'cio)',
  'centres d’information et d’orientation',
);
const SCHOOL = alt(
  'scolaris',
  'lycée',
  'quitté',
  'décroch',
  'ni en formation',
  'pas en formation',
  'sortis du système',
);
const CODE = alt('code de la route');

// ── The agenda (fixture of Monday 11 January 2027) ──────────────────────────

/** The trainings of the fixture's Info Places, by a word of their name. */
const TRAINING_NAMES = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
/** A places answer about one trade lists no other training. */
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAINING_NAMES.filter((name) => !asked.some((a) => name.includes(a)));
const FULL = alt(
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
  ...seats(0),
);
const NONE_TOMORROW = alt(
  'aucun',
  'aucune',
  'pas de jpo',
  'pas de journée',
  'pas de porte',
  'n’y a pas',
  'rien de prévu',
  'pas demain',
  'prochaine jpo',
  'prochaines jpo',
  'prochaine journée',
);

// ── Contacts ────────────────────────────────────────────────────────────────

const DIRECTOR = alt(
  'vella',
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
);
const RAP = alt(
  'battedou',
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
  'responsable accompagnement',
);
const DEPT_REFERENT = alt(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
);
const PRESIDENT = alt('weill', 'président du conseil départemental', 'président du département', 'président');
const CENTRE_DIRECTOR = alt('vella', 'directeur');

// ── Figures ─────────────────────────────────────────────────────────────────

const TARGET_PREPA = alt(
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
);
const TARGET_PEC = alt(
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
);
const TARGET_PROMO = alt(
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
);
const NOT_AVAILABLE = alt(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'aucune donnée',
  'pas de données',
  'pas encore de données',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas en mesure',
  'ne sont pas encore',
  'pas encore publi',
  'aucune entrée',
  'aucune prescription',
  '0 entrée',
  '0 prescription',
  'pas d’indicateur',
);
const SEVENTY = alt('70 %', '70%', '70\u00a0%', '70\u202f%', 'soixante-dix');
const NATIONAL_PROMO = alt('35 000', '35000', '35\u00a0000', '35\u202f000', '35.000', 'trente-cinq mille');
const DGEFP = alt('dgefp', 'd.g.e.f.p');
const MONTHLY = alt('mensuel', 'chaque mois', 'tous les mois', 'par mois');

// ── Eligibility and prescribing ────────────────────────────────────────────

const ELIGIBLE = alt(
  'prescription possible',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut être prescrit',
  'peut en bénéficier',
  'vous pouvez prescrire',
  'vous pouvez la prescrire',
  'vous pouvez le prescrire',
);
const NOT_ELIGIBLE = alt(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'impossible',
  'ne correspond pas',
  'réservé',
  'ne relève pas',
  'trop âgé',
  'trop jeune',
  'pas accessible',
);
const OTHER_PRESCRIBER = alt(
  'autre prescripteur',
  'son prescripteur',
  'cap emploi',
  'france travail',
  'pôle emploi',
  'conseiller france travail',
);
/** The prescription form (or, for a référent not yet habilitated, the request for it). */
const FORM = [
  alt('prescrire', 'prescription', 'habilitation nécessaire'),
  alt('première session', 'pour quel dispositif', 'habilitation nécessaire'),
];
const CANCELLED = alt(
  'annul',
  'abandon',
  'arrêt',
  'rien n’a été envoyé',
  'pas été envoy',
  'pas envoy',
  'entendu',
  'c’est noté',
);

// ── Outside the agreement ───────────────────────────────────────────────────

const SILENT = alt(
  'ne prévoit pas',
  'ne dit rien',
  'n’en dit rien',
  'hors de l’accord',
  'hors accord',
  'en dehors de l’accord',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors de mon périmètre',
  'n’est pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'ne contient pas',
  'ne donne pas',
  'pas prévu',
  'pas dans l’accord',
  'pas d’information',
  'aucune information',
  'ne relève pas',
  'pas en mesure',
  'je ne peux pas répondre',
  'ne peux pas vous répondre',
  'je ne dispose pas',
  'je n’ai pas',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];

// ── Small talk and the rest of the agreement ───────────────────────────────

const GREETING = alt('bonjour', 'bienvenue', 'prépa compétences', 'dispositif', 'agenda', 'aider');
const THANKS = alt(
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'à votre service',
  'bonne journée',
  'n’hésitez pas',
  'bonne continuation',
  'à bientôt',
);
const CAPABILITIES = alt('dispositif', 'agenda', 'prescri', 'éligib', 'prépa compétences');

// ── Dispositifs: duration, content, who prescribes, for whom, where ────────

const dispositif: ConversationCase[] = [
  c(
    'b125-prepa-duree-swap',
    ['swapped-letters', 'duration'],
    [
      turn(
        'prépa comptéences ça dure cmbien de temps',
        'dispositif',
        [PREPA_DURATION],
        ['13 semaines', 'treize semaines'],
      ),
    ],
  ),
  c(
    'b125-prepa-public-autocorrect',
    ['autocorrect', 'public'],
    [turn('cest pour qui prépa compétente ?', 'dispositif', [RSA_PUBLIC])],
  ),
  c(
    'b125-prepa-hors-afpa',
    ['swapped-letters', 'content'],
    [
      turn(
        'la prepa ça sert aussi pour rentrer en fomration ailleurs qua l afpa ? genre au greta',
        'dispositif',
        [OTHER_ORG],
      ),
    ],
  ),
  c(
    'b125-prepa-adhesion',
    ['missing-letter', 'glued', 'who-agrees'],
    [
      turn('prépa comp faut que la persone soit daccord ou je peux linscrire doffice', 'dispositif', [
        ADHESION,
      ]),
    ],
  ),
  c(
    'b125-prepa-semaines-doubled',
    ['doubled-letter', 'duration'],
    [turn('la prépa cest étalé sur cmb de semainnes', 'dispositif', [TWO_WEEKS], ['13 semaines'])],
  ),
  c(
    'b125-pec-bloc-glued',
    ['glued', 'duration'],
    [turn('comp pec les 5 jours cest dun seul bolc ?', 'dispositif', [PEC_SPREAD], ['2 à 8 jours'])],
  ),
  c(
    'b125-pec-quoi',
    ['missing-letter', 'content'],
    [turn('Competences PEC cest quoi exactemnt', 'dispositif', [CERTIFICATION])],
  ),
  c(
    'b125-pec-ateliers-deux-questions',
    ['two-questions', 'content'],
    [
      turn('combien d ateliers dans comp PEC et ils durent cmb de temps chacun ?', 'dispositif', [
        SIX_WORKSHOPS,
        HALF_DAY,
      ]),
    ],
  ),
  c(
    'b125-pec-start',
    ['missing-letter', 'swapped-letters', 'start'],
    [turn('on peut démarer comp pec dès la signautre du contrat ?', 'dispositif', [PEC_START])],
  ),
  c(
    'b125-promo-jours-autocorrect',
    ['autocorrect', 'doubled-letter'],
    [turn('promo 1816 cest quells jours de la semaine', 'dispositif', [MON_THU])],
  ),
  c(
    'b125-promo-phases-swap',
    ['swapped-letters', 'content'],
    [
      turn('la promo 1618 cest quoi les 4 phsaes', 'dispositif', [
        ['engagement'],
        ['construction'],
        alt('suite', 'préparation'),
      ]),
    ],
  ),
  c(
    'b125-newcomer-prepa',
    ['newcomer', 'careful', 'public'],
    [
      turn(
        'Bonjour, je viens d’arriver au service insertion. Pourriez-vous m’expliquer en quoi consiste Prépa Compétences et à qui elle s’adresse ?',
        'dispositif',
        [PROJECT, RSA_PUBLIC],
      ),
    ],
  ),
  c(
    'b125-newcomer-volets',
    ['newcomer', 'careful', 'volet'],
    [
      turn('Quelle est la différence entre le volet 1 et le volet 2 de Prépa Compétences ?', 'dispositif', [
        ['projet'],
        alt('entrée en formation', 'sécuris'),
      ]),
    ],
  ),
  c(
    'b125-prepa-panda-glued',
    ['glued', 'panda'],
    [turn('qui inscrit sur PANDA pour prépa comp moi ou lafpa ?', 'dispositif', [REFERENT, PANDA])],
  ),
  c(
    'b125-prepa-ou-towns',
    ['missing-letter', 'where', 'town'],
    [
      turn('prépa comp ça se passe ou ? jai des gens sur Castelsarasin et Caussde', 'dispositif', [
        MONTAUBAN,
        ELSEWHERE,
      ]),
    ],
  ),
];

// ── Two questions in one message ────────────────────────────────────────────

const twoInOne: ConversationCase[] = [
  c(
    'b125-2q-prepa-duree-ou',
    ['two-questions', 'glued'],
    [turn('prépa comp combien de jours et cest ou', 'dispositif', [PREPA_DURATION, MONTAUBAN])],
  ),
  c(
    'b125-2q-promo-age-parents',
    ['two-questions'],
    [
      turn(
        'promo 1618 pour quel age et faut l autorisation parentale ?',
        'dispositif',
        [AGE_1618, PARENTS],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b125-2q-prepa-financement',
    ['two-questions', 'cost', 'abbrev'],
    [turn('qui finance prépa comp ? ça coute qqch au CD', 'dispositif', [STATE_FUNDS, FREE])],
  ),
  c(
    'b125-2q-infocoll-duree',
    ['two-questions', 'switch', 'abbrev'],
    [
      turn(
        'prochaine info coll prépa et ça dure cmb la prépa',
        'agenda',
        [on('2027-01-14'), PREPA_DURATION],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b125-2q-contact-objectif',
    ['two-questions', 'glued'],
    [
      turn('qui contacter a lafpa et cest quoi lobjectif prépa comp', 'contact', [
        [...RAP, ...DIRECTOR],
        TARGET_PREPA,
      ]),
    ],
  ),
];

// ── The published agenda (fixture of 11 January 2027) ───────────────────────

const agenda: ConversationCase[] = [
  c(
    'b125-ag-infocoll-swap',
    ['swapped-letters', 'type'],
    [
      turn(
        'prochaine inof coll prépa comp ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b125-ag-jpo-demain',
    ['relative-date', 'type', 'abbrev'],
    [turn('jpo demain ?', 'agenda', [NONE_TOMORROW], notOn('2027-01-07'))],
  ),
  c(
    'b125-ag-jpo-montaubn',
    ['missing-letter', 'town', 'type'],
    [
      turn(
        'JPO a Montaubn cest quand',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-02-17'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b125-ag-castel-split',
    ['split', 'missing-letter', 'town', 'type'],
    [
      turn(
        'info coll ectives castelsarasin',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b125-ag-batiment-caussde',
    ['swapped-letters', 'missing-letter', 'town', 'trade'],
    [turn('reunoin metier batiment caussde', 'agenda', [on('2027-02-23')], notOn('2027-01-26'))],
  ),
  c(
    'b125-ag-visite-soduure',
    ['swapped-letters', 'trade'],
    [turn('visite plateau soduure ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10'))],
  ),
  c(
    'b125-ag-prepa-distanciel',
    ['doubled-letter', 'session', 'modality'],
    [turn('prochaine entrée prépa en distanciell', 'agenda', [on('2027-02-08')], notOn('2027-01-18'))],
  ),
  c(
    'b125-ag-prepa-moissca',
    ['neighbour-key', 'swapped-letters', 'session', 'town'],
    [
      turn(
        'sessiin prépa comp a Moissca',
        'agenda',
        [on('2027-03-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b125-ag-pec-atleier3',
    ['swapped-letters', 'session', 'volet'],
    [turn('PEC atleier 3 cest quand', 'agenda', [on('2027-02-10')], notOn('2027-01-20'))],
  ),
  c(
    'b125-ag-plaquiste-palce',
    ['swapped-letters', 'places', 'trade'],
    [turn('plaquiste ya de la palce ?', 'agenda', [['plaquiste'], FULL], OTHER_TRAININGS('plaquiste'))],
  ),
  c(
    'b125-ag-electricein',
    ['swapped-letters', 'places', 'trade'],
    [
      turn(
        'electricein batiment places dispo',
        'agenda',
        [alt('électricien', 'électricité'), [...on('2027-03-08'), ...seats(2)]],
        OTHER_TRAININGS('électricien'),
      ),
    ],
  ),
  c(
    'b125-ag-proprete-moisac',
    ['missing-letter', 'places', 'trade', 'town'],
    [
      turn(
        'agent de proprété moisac places',
        'agenda',
        [['propreté'], [...on('2027-02-22'), ...seats(7)]],
        OTHER_TRAININGS('propreté'),
      ),
    ],
  ),
  c(
    'b125-ag-semaine-pro',
    ['relative-date', 'abbrev', 'glued'],
    [
      turn(
        'quoi de prévu la semaine pro a lafpa',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b125-ag-cette-semaine-caps',
    ['random-caps', 'relative-date', 'glued'],
    [
      turn(
        'CEtte semaine il y a quoi a lafpa',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19')],
      ),
    ],
  ),
  c(
    'b125-ag-infocoll-promo-16118',
    ['autocorrect', 'type', 'dispositif-filter'],
    [turn('info coll pour la promo 16118 ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14'))],
  ),
  c(
    'b125-ag-places-castelsarasin',
    ['missing-letter', 'places', 'town'],
    [
      turn(
        'formations avec des places a castelsarasin',
        'agenda',
        [['préparateur']],
        OTHER_TRAININGS('préparateur'),
      ),
    ],
  ),
  c(
    'b125-ag-26-janvier',
    ['date', 'glued'],
    [turn('le 26 janvier yaura quoi a lafpa', 'agenda', [['logistique']], notOn('2027-02-23'))],
  ),
];

// ── Agenda follow-ups ───────────────────────────────────────────────────────

const agendaFollowUps: ConversationCase[] = [
  c(
    'b125-fu-jpo-moisac',
    ['follow-up', 'town', 'missing-letter'],
    [
      turn('prochianes jpo', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      turn('et a moisac seulemnt', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b125-fu-castel-valence',
    ['follow-up', 'town', 'missing-letter'],
    [
      turn('info coll prépa a castelsarasin', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
      turn('et valence dagen ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    ],
  ),
  c(
    'b125-fu-soudure-maconerie',
    ['follow-up', 'places', 'trade', 'missing-letter'],
    [
      turn(
        'places soudure',
        'agenda',
        [alt('soudeur', 'soudure'), [...on('2027-02-01'), ...seats(4)]],
        OTHER_TRAININGS('soudeur'),
      ),
      turn(
        'et en maconerie',
        'agenda',
        [['maçon'], [...on('2027-02-15'), ...seats(3)]],
        OTHER_TRAININGS('maçon'),
      ),
    ],
  ),
  c(
    'b125-fu-promo-places-ou',
    ['follow-up', 'session', 'swapped-letters'],
    [
      turn('entrée promo 1618 cest qd', 'agenda', [on('2027-02-01')]),
      turn('ya combien de palces', 'agenda', [seats(10)], TRAINING_NAMES),
      turn('cest ou ?', 'agenda', [MONTAUBAN]),
    ],
  ),
  c(
    'b125-fu-visites-electricite',
    ['follow-up', 'type', 'swapped-letters'],
    [
      turn('visites de plateau technqiue', 'agenda', [on('2027-01-19'), on('2027-03-10')]),
      turn('que celle en éléctricité', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b125-fu-pec-distance',
    ['follow-up', 'session', 'modality'],
    [
      turn('entrées comp pec prochaines', 'agenda', [on('2027-01-20')]),
      turn('et a distance ?', 'agenda', [on('2027-03-03')], notOn('2027-02-10')),
    ],
  ),
  c(
    'b125-fu-mars-fevrier',
    ['follow-up', 'month', 'swapped-letters'],
    [
      turn('info coll en mars', 'agenda', [on('2027-03-04'), on('2027-03-17')], notOn('2027-02-11')),
      turn('et en févirer ?', 'agenda', [on('2027-02-09'), on('2027-02-11')], notOn('2027-03-04')),
    ],
  ),
  c(
    'b125-fu-logistique-cariste',
    ['follow-up', 'trade', 'places', 'swapped-letters'],
    [
      turn('réunion métier logisitque', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
      turn(
        'et ya des places en caristes ?',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...seats(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b125-fu-prepa-public-infocoll',
    ['follow-up', 'switch'],
    [
      turn('la prépa comp cest pour qui dejà', 'dispositif', [RSA_PUBLIC]),
      turn(
        'ok ya une info coll bientot ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b125-fu-volet1-inscrire',
    ['follow-up', 'switch', 'session'],
    [
      turn('prochaine sessiin prépa volet 1', 'agenda', [on('2027-01-18')], notOn('2027-02-15')),
      turn('je veux y inscrire une dame', 'prescribe', [...FORM, on('2027-01-18')]),
    ],
  ),
];

// ── Dispositif follow-ups ───────────────────────────────────────────────────

const dispositifFollowUps: ConversationCase[] = [
  c(
    'b125-fu-durees-trois',
    ['follow-up', 'duration', 'autocorrect'],
    [
      turn('prépa comp cest combien de temps', 'dispositif', [PREPA_DURATION]),
      turn('et la PEc ?', 'dispositif', [PEC_DAYS], ['2 à 8 jours', '13 semaines']),
      turn('et la 1816', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    ],
  ),
  c(
    'b125-fu-volets-swap',
    ['follow-up', 'volet', 'swapped-letters'],
    [
      turn('volet 1 prépa cmb de jours', 'dispositif', [VOLET1_DAYS]),
      turn('et le voelt 2', 'dispositif', [VOLET2_DAYS]),
    ],
  ),
  c(
    'b125-fu-distance-promo',
    ['follow-up', 'modality'],
    [
      turn('comp pec a distance possible', 'dispositif', [REMOTE]),
      turn('et la promo ?', 'dispositif', [ONSITE], ['tout ou partie']),
    ],
  ),
  c(
    'b125-fu-promo-orienteurs-ase',
    ['follow-up', 'prescriber', 'missing-letter'],
    [
      turn('qui oriente vers la promo 1618 normalemnt', 'dispositif', [MISSION_LOCALE, CIO]),
      turn('et un jeune ASE on peut ?', 'dispositif', [
        alt('aide sociale à l’enfance', 'ase'),
        alt(
          'peuvent bénéficier',
          'peut bénéficier',
          'peuvent en bénéficier',
          'peut en bénéficier',
          'orientation facilitée',
          'sont éligibles',
          'est éligible',
          'prescription possible',
        ),
      ]),
    ],
  ),
  c(
    'b125-fu-rsfp-duree',
    ['follow-up', 'abbrev'],
    [
      turn('c koi le RSFP par rapport a la VAE', 'dispositif', [PREREQUISITES]),
      turn('et ça dure cmb dans comp pec', 'dispositif', [VAE_DAYS], ['13 semaines']),
    ],
  ),
  c(
    'b125-fu-clea-numerique',
    ['follow-up', 'swapped-letters'],
    [
      turn('cléa cest quoi', 'dispositif', [alt('compétences de base', 'socle')]),
      turn('ya une version numérqiue ?', 'dispositif', [
        alt('cléa numérique'),
        alt('usages', 'environnement de travail'),
      ]),
    ],
  ),
  c(
    'b125-fu-promo-au-dela',
    ['follow-up', 'duration', 'doubled-letter'],
    [
      turn('la promo 16118 ça dure cb de semainess', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
      turn('ça peut aller au dela ?', 'dispositif', [FOUR_MONTHS]),
    ],
  ),
  c(
    'b125-fu-pec-accord-fin',
    ['follow-up', 'who-agrees', 'glued'],
    [
      turn('comp pec qui doit donner son accord', 'dispositif', [EMPLOYER_AGREES]),
      turn('et a la fin il se passe quoi', 'dispositif', [
        alt('certification', 'vae', 'rsfp', 'cléa', 'bilan', 'portefeuille'),
      ]),
    ],
  ),
  c(
    'b125-fu-open-badges-promo',
    ['follow-up', 'random-caps'],
    [
      turn('OPen badges cest quoi', 'dispositif', [
        alt('reconnaissance', 'reconnaître', 'valoris'),
        alt('soft skills', 'compétences douces', 'savoir-être', 'compétences transverses', 'informel'),
      ]),
      turn('ya ça dans la promo ?', 'dispositif', [alt('open badge')]),
    ],
  ),
  c(
    'b125-fu-promo-code',
    ['follow-up', 'swapped-letters'],
    [
      turn('promo 1618 on y fait quoi concretement', 'dispositif', [
        alt('atelier', 'métiers', 'open badges', 'chantier', 'code de la route', 'projet'),
      ]),
      turn('ya le code de la rotue dedans ?', 'dispositif', [CODE]),
    ],
  ),
];

// ── Eligibility of a person ─────────────────────────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b125-el-prepa-47',
    ['abbrev', 'glued'],
    [turn('madame 47ans BRSA suivie CD pas inscrite a FT, prépa comp ok ?', 'eligibility', [ELIGIBLE])],
  ),
  c(
    'b125-el-promo-19',
    ['swapped-letters', 'age'],
    [
      turn('jeune 19 ans sorti de l ASE, la promo 1618 cest possilbe ?', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
    ],
  ),
  c(
    'b125-el-promo-15',
    ['glued', 'age'],
    [turn('ado 15ans décrocheur promo 1618 ?', 'eligibility', [NOT_ELIGIBLE, ['16']])],
  ),
  c(
    'b125-el-promo-lyceen',
    ['school'],
    [
      turn('jeune 16 ans encore inscrit au lycée il peut faire la promo ?', 'eligibility', [
        NOT_ELIGIBLE,
        SCHOOL,
      ]),
    ],
  ),
  c(
    'b125-el-pec-cdi',
    ['contract'],
    [
      turn('éligibilté comp pec pour un monsieur en CDI classique pas en PEC ?', 'eligibility', [
        NOT_ELIGIBLE,
      ]),
    ],
  ),
  c(
    'b125-el-prepa-ft',
    ['other-prescriber', 'glued'],
    [
      turn(
        'demandeuse demploi inscrite FT pas au RSA pas suivie par nous, prépa comp par le CD possible ?',
        'eligibility',
        [OTHER_PRESCRIBER],
      ),
    ],
  ),
  c(
    'b125-el-newcomer-promo',
    ['newcomer', 'careful'],
    [
      turn(
        'Une jeune fille de 17 ans, confiée à l’Aide sociale à l’enfance, a quitté le lycée en novembre et ne travaille pas. Peut-elle intégrer La Promo 16/18 ?',
        'eligibility',
        [[...ELIGIBLE, ...MISSION_LOCALE, ...CIO]],
      ),
    ],
  ),
  c(
    'b125-el-2q-promo-entree',
    ['two-questions', 'glued'],
    [
      turn(
        'jeune 16ans ASE déscolarisé depuis juin, promo 1618 ok ? et prochaine entrée cest qd',
        'eligibility',
        [[...ELIGIBLE, ...MISSION_LOCALE, ...CIO], on('2027-02-01')],
      ),
    ],
  ),
  c(
    'b125-fu-el-promo-17-19',
    ['follow-up', 'swapped-letters', 'age'],
    [
      turn('jeune 17 ans ASE décorché depuis septembre promo 1618 possible ?', 'eligibility', [
        [...ELIGIBLE, ...MISSION_LOCALE, ...CIO],
      ]),
      turn('et sil avait 19 ans', 'eligibility', [NOT_ELIGIBLE, AGE_1618]),
    ],
  ),
  c(
    'b125-fu-el-prepa-prescrire',
    ['follow-up', 'doubled-letter', 'switch'],
    [
      turn(
        'mme 52 ans au RSA suivie par le Département, pas inscrite FT, elle veut travailler son projet pro : prépa comp ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('je peux la prescrirre direct ?', 'prescribe', [
        [...PRESCRIBED_BY_CD, 'première session', 'pour quel dispositif', 'habilitation nécessaire'],
      ]),
    ],
  ),
  c(
    'b125-fu-el-pec-employeur',
    ['follow-up', 'glued', 'who-agrees'],
    [
      turn(
        'monsieur BRSA en contrat PEC depuis 2 mois, suivi CD, employeur daccord : comp pec ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('et si lemployeur veut pas ?', 'eligibility', [
        ['accord'],
        [
          ...NOT_ELIGIBLE,
          ...alt('nécessaire', 'indispensable', 'obligatoire', 'il faut', 'doit', 'condition', 'requis'),
        ],
      ]),
    ],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b125-pr-prepa-dame',
    ['doubled-letter'],
    [turn('je veux prescrirre prépa comp pour une dame', 'prescribe', FORM)],
  ),
  c(
    'b125-pr-promo-ase',
    ['swapped-letters', 'abbrev'],
    [turn('inscritpion promo 1618 pour un jeune ASE', 'prescribe', FORM)],
  ),
  c(
    'b125-pr-session-8-fevrier',
    ['missing-letter', 'session', 'abbrev'],
    [
      turn('je veux positioner qq1 sur la session prépa du 8 février a distance', 'prescribe', [
        ...FORM,
        on('2027-02-08'),
      ]),
    ],
  ),
  c(
    'b125-pr-castel-volet2',
    ['neighbour-key', 'missing-letter', 'session', 'town'],
    [
      turn('inscrire une dame sur la sessiin volet 2 de Castelsarasin', 'prescribe', [
        ...FORM,
        on('2027-02-15'),
      ]),
    ],
  ),
  c(
    'b125-pr-newcomer',
    ['newcomer', 'careful'],
    [
      turn(
        'Comment dois-je procéder pour prescrire Prépa Compétences à une personne que j’accompagne ?',
        'prescribe',
        FORM,
      ),
    ],
  ),
  c(
    'b125-pr-session-pleine',
    ['swapped-letters', 'session', 'full'],
    [turn('prescrrie sur la session volet 2 du 25 janvier', 'prescribe', [FULL])],
  ),
  c(
    'b125-fu-pr-annule',
    ['follow-up', 'cancel'],
    [
      turn('je veux prescire comp pec', 'prescribe', FORM),
      turn('non laisse tomber annule', 'other', [CANCELLED]),
    ],
  ),
];

// ── Whom to contact ─────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b125-ct-prescription',
    ['swapped-letters', 'glued'],
    [turn('qui contacter a lafpa pour une prescritpion ?', 'contact', [[...RAP, ...DIRECTOR]])],
  ),
  c(
    'b125-ct-rap-qui',
    ['missing-letter'],
    [turn('la responsable accompagnemnt et parcours cest qui ?', 'contact', [alt('battedou', 'fabienne')])],
  ),
  c(
    'b125-ct-newcomer-promo',
    ['newcomer', 'careful'],
    [
      turn(
        'Bonjour, à qui dois-je m’adresser à l’AFPA pour une question sur une inscription en Promo 16/18 ?',
        'contact',
        [RAP],
      ),
    ],
  ),
  c(
    'b125-ct-cote-cd',
    ['missing-letter', 'glued'],
    [turn('interlocuteur coté départment pour lafpa cest qui', 'contact', [DEPT_REFERENT])],
  ),
  c(
    'b125-ct-telephone',
    ['missing-letter', 'abbrev'],
    [
      turn(
        'num de tel afpa montaubn ?',
        'contact',
        [[...RAP, ...DIRECTOR, ...SILENT]],
        ['05 63', '0563', '05.63'],
      ),
    ],
  ),
  c(
    'b125-ct-suivi-accord',
    ['glued'],
    [turn('qui suit laccord entre le CD et lafpa', 'contact', [PRESIDENT, CENTRE_DIRECTOR])],
  ),
  c(
    'b125-fu-ct-afpa-cd',
    ['follow-up', 'glued'],
    [
      turn('qui contacter a lafpa', 'contact', [DIRECTOR, RAP]),
      turn('et coté CD ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b125-fig-objectif-pec',
    ['missing-letter'],
    [turn('objctifs comp PEC cest combien', 'figures', [TARGET_PEC])],
  ),
  c(
    'b125-fig-objectif-promo',
    ['abbrev'],
    [turn('combien de jeunes ASE visés sur la promo 1618', 'figures', [TARGET_PROMO])],
  ),
  c(
    'b125-fig-entrees-annee',
    ['doubled-letter'],
    [turn('on en est ou des entrées prépa cette annéee', 'figures', [NOT_AVAILABLE, TARGET_PREPA])],
  ),
  c(
    'b125-fig-sorties-positives',
    ['abbrev'],
    [turn('taux de sorties positives visé promo ?', 'figures', [SEVENTY])],
  ),
  c(
    'b125-fig-remontee',
    ['abbrev'],
    [turn('les tableaux de bord ils remontent a qui et tous les cmb', 'figures', [DGEFP, MONTHLY])],
  ),
  c(
    'b125-fig-promo-national',
    ['glued'],
    [turn('la promo au national cetait pour cmb de jeunes', 'figures', [NATIONAL_PROMO])],
  ),
  c(
    'b125-fig-trois-objectifs',
    ['neighbour-key'],
    [turn('les objectifs chiffrés des 3 dispositigs', 'figures', [TARGET_PREPA, TARGET_PEC, TARGET_PROMO])],
  ),
  c(
    'b125-fu-fig-prepa-promo',
    ['follow-up', 'autocorrect'],
    [turn('objectif prépa', 'figures', [TARGET_PREPA]), turn('et pour la 1816 ?', 'figures', [TARGET_PROMO])],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b125-oos-montant-rsa',
    ['benefit'],
    [
      turn(
        'le montant du rsa pour un couple cest combien',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b125-oos-transport',
    ['missing-letter', 'transport'],
    [
      turn(
        'les frais de transport pour aller a Montaubn c remboursé ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b125-oos-remuneration',
    ['swapped-letters', 'benefit'],
    [
      turn(
        'ya une rémunération pendant la prépa comptéences ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b125-oos-cpf-permis',
    ['abbrev'],
    [turn('le CPF peut financer le permis B ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, '€'])],
  ),
  c(
    'b125-oos-logement',
    ['other-organisation'],
    [turn('comment on fait une demande de logement social en urgence', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b125-oos-prime-activite',
    ['glued', 'benefit'],
    [turn('la prime dactivité elle est maintenue en PEC ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, '€'])],
  ),
  c(
    'b125-oos-salaire-pec',
    ['glued'],
    [turn('salaire dun PEC cest le smic ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, '€', ' euros'])],
  ),
  c(
    'b125-oos-hebergement-promo',
    ['glued', 'cost'],
    [
      turn(
        'lhébergement pendant la mobilité de la promo qui paye ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b125-oos-newcomer-aide-region',
    ['newcomer', 'careful', 'benefit'],
    [
      turn(
        'Bonjour, savez-vous quel est le montant de l’aide à la mobilité versée par la Région aux stagiaires de la formation professionnelle ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b125-oos-parcoursup',
    ['other-organisation'],
    [turn('parcoursup pour un jeune ASE comment ça marche', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
];

// ── Small talk and everything else the agreement settles ───────────────────

const other: ConversationCase[] = [
  c('b125-ot-merci', ['small-talk'], [turn('merci bcp !', 'other', [THANKS])]),
  c(
    'b125-ot-duree-accord',
    ['glued'],
    [turn('laccord court jusqua quand ?', 'other', [alt('2 ans', 'deux ans', '2023', 'avenant')])],
  ),
  c(
    'b125-ot-preavis',
    ['glued'],
    [turn('préavis pour résilier laccord ?', 'other', [alt('2 mois', 'deux mois')])],
  ),
  c(
    'b125-ot-campagne',
    ['glued', 'abbrev'],
    [
      turn('jusqua qd on peut faire rentrer des BRSA en prépa', 'other', [
        alt('31 décembre', '31/12'),
        alt('30 avril', '30/04'),
      ]),
    ],
  ),
  c(
    'b125-ot-rgpd',
    ['abbrev'],
    [
      turn('les données des personnes que je prescris cest protégé ? RGPD', 'other', [
        alt(
          'rgpd',
          'r.g.p.d',
          '2016/679',
          'informatique et libertés',
          'informatique, aux fichiers',
          '1978',
          'protection des données',
        ),
      ]),
    ],
  ),
  c(
    'b125-ot-panda',
    ['panda', 'random-caps'],
    [
      turn('PANDA cest quoi', 'other', [
        alt('traçabilité', 'trace', 'suivi des parcours', 'plateforme'),
        ['afpa'],
      ]),
    ],
  ),
  c(
    'b125-ot-village',
    ['abbrev'],
    [
      turn('le village afpa kesako', 'other', [
        alt('tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'),
      ]),
    ],
  ),
  c(
    'b125-ot-copil',
    ['glued'],
    [
      turn('le copil de laccord il se réunit cmb de fois', 'other', [
        alt('fois par an', 'une fois par an', 'au moins 1', 'annuel', 'trimestri'),
      ]),
    ],
  ),
  c(
    'b125-ot-kit',
    ['abbrev'],
    [
      turn('kit de comm afpa ya quoi dedans', 'other', [
        ['flyer'],
        alt('argumentaire', 'titres professionnels', 'intervenants', 'places disponibles'),
      ]),
    ],
  ),
  c(
    'b125-fu-ot-bjr-capacites',
    ['follow-up', 'small-talk', 'abbrev'],
    [turn('bjr', 'other', [GREETING]), turn('tu sais faire quoi', 'other', [CAPABILITIES])],
  ),
];

export const HUNDRED_TWENTY_FIFTH_BLIND_SET: ConversationCase[] = [
  ...dispositif,
  ...twoInOne,
  ...agenda,
  ...agendaFollowUps,
  ...dispositifFollowUps,
  ...eligibility,
  ...prescribe,
  ...contacts,
  ...figures,
  ...outOfScope,
  ...other,
];
