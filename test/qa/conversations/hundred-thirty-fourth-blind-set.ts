/**
 * Hundred-thirty-fourth blind set.
 *
 * Who speaks: référents insertion of the Département de Tarn-et-Garonne (CD82) and
 * educators of the Aide sociale à l'enfance (ASE), in their Teams chat with the bot, DURING
 * an appointment. Across the desk sits the RSA recipient, the young person (16-17, or a
 * young adult of 18-25 leaving the ASE) or a parent, and the référent relays that person's
 * own questions as they come (« il demande si c'est payé », « elle veut savoir si elle peut
 * venir avec son bébé », « sa mère demande si il garde ses allocs », « il a peur que ce soit
 * comme l'école »), mixed with the référent's own quick checks made in front of the person
 * (« elle a 19 ans, sortie ASE, pas de diplome : ok pour la promo ? », « prochaine info coll
 * prépa ? », « ok je le prescris »). Typed in a hurry: abbreviations (prépa comp, PEC, 1618,
 * BRSA, FT, ML, CD, ASE, info coll, JPO), no accents, typos, missing question marks, two
 * questions in one message, and follow-ups of 2-3 turns that only make sense after the
 * previous answer (« et c'est à quelle heure ? », « et si elle rate une séance ? », « et
 * après ça, il devient quoi ? »).
 *
 * Many of the person's questions are about what the agreement settles (duration, content,
 * who prescribes, who follows, places, what comes after, events and entry dates of the
 * agenda fixture); many are about what it does NOT settle (pay, allowances, transport,
 * childcare, meals, hours of the day, absences): there the expected answer says the
 * agreement does not settle it and, where the agreement names a role for it (the référent
 * secures mobility and childcare), says whom it falls to; it never invents.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with both apostrophes (’ and '). */
function apos(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

// ── Dates and hours of the agenda fixture ───────────────────────────────────

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** `on()` of the shared sets, plus « mardi 26 » without a following space (two-digit days only). */
function day(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return d >= 10 ? [...on(iso), `${weekday} ${d}`] : on(iso);
}

const TIME_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const TIME_14 = ['14h', '14 h', '14:00'];
const TIME_9 = ['9h', '9 h', '09:00', '9:00', '09h'];

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

const FULL = [
  ...seats(0),
  '0 place',
  'aucune place',
  'plus aucune place',
  'plus de place',
  'pas de place',
  'complet',
  'complète',
  'aucune disponibilité',
];
const NONE = apos('aucun', 'aucune', 'pas de', 'n’y a pas', 'rien');

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = apos(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
  '8 jours au maximum',
  'huit jours maximum',
);
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = apos('lundi au jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi', 'lundi-jeudi');
const AGE_1618 = ['16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur', 'moins de 18', '18 ans'];
const PARENTS = apos(
  'parental',
  'parents',
  'représentant légal',
  'représentants légaux',
  'autorité parentale',
);
const PROMO_ORIENTERS = ['mission locale', 'missions locales', 'c.i.o', ' cio'];
const PROMO_CONTENT = apos(
  'atelier',
  'chantier',
  'sport',
  'cultur',
  'découvr',
  'open badge',
  'code de la route',
  'code la route',
  'mobilité',
  'émancipation',
  'confiance',
  'village',
);
const PROMO_AFTER = apos(
  'apprentissage',
  'alternance',
  'e2c',
  'e.2.c',
  'epide',
  'e.p.i.d.e',
  'cursus scolaire',
  'retour à l’école',
  'missions de longue durée',
  'mission locale',
  'missions locales',
);
const PREPA_AFTER = apos(
  'formation qualifiante',
  'entrée en formation',
  'entrer en formation',
  's’engager dans une formation',
  'formation personnalisée',
  'parcours de formation',
  'choix éclairés',
  'bilan individuel',
);
const PRESENTIEL = ['présentiel', 'sur place'];
const DISTANCE = ['distance', 'distanciel', 'visio', 'classe virtuelle'];
const MONTAUBAN = ['montauban'];
const DELOCALISED = apos(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
  'castelsarrasin',
  'moissac',
  'valence',
  'caussade',
);
const FREE = apos(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'aucun frais',
  'sans frais',
  'pas de frais',
  'rien à payer',
  'ne coûte rien',
  'pas payant',
  'financé par l’état',
  'financée par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
);
const STATE_PAYS = [...FREE, 'état', 'p.i.c', ' pic'];
const REFERENT = ['référent', 'conseiller'];
const BILAN = ['bilan'];
const CERTIFICATION = [
  'certification',
  'vae',
  'v.a.e',
  'rsfp',
  'r.s.f.p',
  'cléa',
  'titre professionnel',
  'titres professionnels',
  'portefeuille de compétences',
];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire', 'cléa'];
const EMPLOYER_AGREES = apos(
  'accord de l’employeur',
  'accord de son employeur',
  'accord du patron',
  'accord de son patron',
  'accord employeur',
  'recueille son accord',
  'recueillir son accord',
  'recueille l’accord',
  'recueillir l’accord',
  'informe l’employeur',
  'informer l’employeur',
  'l’employeur doit',
  'employeur donne son accord',
  'employeur est d’accord',
  'employeur soit d’accord',
  'employeur doit être d’accord',
);
const PEC_START = apos(
  'signature',
  'premiers mois',
  'immédiatement',
  'tout de suite',
  'dès maintenant',
  'dès le début',
);
const NOT_REGISTERED_TOO = apos(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'qu’ils soient inscrits',
  'qu’elle soit inscrite',
  'ne change rien',
  'aucune incidence',
  'n’empêche pas',
  'pas un obstacle',
);

// ── Where the agreement is silent ───────────────────────────────────────────

/** The agreement does not settle it (and the answer must say so rather than invent). */
const SILENT = apos(
  'ne prévoit pas',
  'ne prévoit rien',
  'pas prévu',
  'rien n’est prévu',
  'rien de prévu',
  'ne dit rien',
  'n’en dit rien',
  'ne dit pas',
  'ne le dit pas',
  'ne précise pas',
  'ne le précise pas',
  'ne précise rien',
  'pas précisé',
  'ne fixe pas',
  'ne fixe rien',
  'ne règle pas',
  'n’est pas réglé',
  'ne traite pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'n’en parle pas',
  'n’indique pas',
  'ne donne pas',
  'ne contient pas',
  'ne couvre pas',
  'n’est pas couvert',
  'ne figure pas',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'en dehors de l’accord',
  'pas dans l’accord',
  'ne relève pas',
  'pas d’information',
  'aucune information',
  'pas d’info',
  'je n’ai pas d’information',
  'je n’ai pas cette information',
  'ne peux pas répondre',
  'pas en mesure',
  'silencieux',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
/** No amount may be invented. */
const NO_AMOUNT = ['€', ' euros'];
/** Childcare and mobility: the référent secures them with the person (protocol § 5). */
const MATERIAL_WHO = apos(
  'garde d’enfant',
  'garde des enfants',
  'garde de son',
  'garde de ses',
  'faire garder',
  'mode de garde',
  'conditions matérielles',
  'mobilité',
  'référent',
  'conseiller',
  'à vous de',
  'c’est vous',
);
/** A question relayed for a person is not an eligibility interview. */
const NO_INTERVIEW = ['quel âge', 'quelle est sa situation'];

// ── Eligibility ─────────────────────────────────────────────────────────────

const ELIGIBLE = apos(
  'prescription possible',
  'est éligible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
  'peut faire',
  'peut suivre',
  'peut intégrer',
  'correspond au public',
  'fait partie du public',
);
const NOT_ELIGIBLE = apos(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'trop âgé',
  'trop jeune',
  'dépasse',
  'au-delà',
  'ne relève pas',
  'pas ouvert',
  'pas encore',
);
/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// ── Figures ─────────────────────────────────────────────────────────────────

const NOT_AVAILABLE = [
  ...apos(
    'pas disponible',
    'pas encore disponible',
    'indisponible',
    'pas de chiffre',
    'pas les chiffres',
    'aucun chiffre',
    'ne dispose pas',
    'n’ai pas accès',
    'pas accès',
    'pas encore de chiffres',
    'ne sont pas encore',
    'pas encore publi',
    'pas de données',
    'aucune donnée',
    'pas de résultat',
    'aucun résultat',
    'ne fournit pas',
  ),
  ...SILENT,
];
const TARGET_PREPA = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
];
const SEVENTY = ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour cent'];

// ── Contacts ────────────────────────────────────────────────────────────────

const DIRECTOR = apos(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
);
const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement & parcours', 'battedou'];
const DEPT_REFERENT = apos(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
);
const ADDRESS_SILENT = [
  ...SILENT,
  ...apos(
    'pas l’adresse',
    'pas d’adresse',
    'aucune adresse',
    'adresse exacte',
    'adresse précise',
    'adresse n’est pas',
  ),
];
const NO_INVENTED_ADDRESS = ['rue ', 'avenue', 'boulevard', 'chemin de', '82000'];

const RGPD = apos(
  'rgpd',
  'r.g.p.d',
  '2016/679',
  'informatique et libertés',
  '1978',
  'données personnelles',
  'protection des données',
);

// ── The person's questions on one dispositif ────────────────────────────────

const dispositif: ConversationCase[] = [
  c(
    'b134-prepa-duree-tous-les-jours',
    ['person-relay', 'abbrev', 'duration'],
    [
      turn(
        'il demande combien de temps ca dure la prepa comp et si c tous les jours',
        'dispositif',
        [PREPA_DURATION, TWO_WEEKS],
        ['13 semaines', 'lundi au jeudi', ...NO_INTERVIEW],
      ),
    ],
  ),
  c(
    'b134-promo-duree-tous-les-jours',
    ['person-relay', 'abbrev', 'duration'],
    [
      turn(
        "promo 1618 : il demande combien de temps ça dure et si c'est tous les jours",
        'dispositif',
        [PROMO_DURATION, PROMO_DAYS],
        ['2 à 8 jours', ...NO_INTERVIEW],
      ),
    ],
  ),
  c(
    'b134-prepa-comme-ecole',
    ['person-relay', 'content', 'no-accent'],
    [
      turn(
        'elle a peur que la prepa ce soit des cours comme a l ecole, c comment en vrai',
        'dispositif',
        [['pratique', 'entraînement', 'atelier']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b134-promo-visio-transport',
    ['person-relay', 'modality'],
    [
      turn(
        'elle peut faire la promo 1618 en visio ? elle a pas de moyen de transport',
        'dispositif',
        [PRESENTIEL],
        ['tout ou partie'],
      ),
    ],
  ),
  c(
    'b134-prepa-ou-beaumont',
    ['person-relay', 'where', 'typo'],
    [
      turn(
        'c ou exactement la prepa comp ? elle habite a beaumont de lomagne elle peut pas alller a montauban tous les jours',
        'dispositif',
        [MONTAUBAN, [...DELOCALISED, ...DISTANCE]],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b134-promo-qui-soccupe',
    ['person-relay', 'parent', 'who-follows'],
    [
      turn(
        'sa mere demande qui s occupe de lui la bas pendant la promo',
        'dispositif',
        [['référent', 'équipe pédagogique']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b134-prepa-formation-ailleurs',
    ['person-relay', 'content'],
    [
      turn(
        'elle veut rentrer en formation aide a domicile ailleurs qu a l afpa, la prepa ca peut lui servir quand meme ?',
        'dispositif',
        [
          apos(
            'hors afpa',
            'hors a.f.p.a',
            'autre organisme',
            'autres organismes',
            'ailleurs qu',
            'autre centre',
            'volet 2',
            'pas seulement à l’afpa',
          ),
        ],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b134-prepa-payant-pour-elle',
    ['person-relay', 'cost'],
    [turn('elle demande si c payant pour elle la prepa', 'dispositif', [FREE], NO_AMOUNT)],
  ),
  c(
    'b134-prepa-volet-choix',
    ['person-relay', 'volet'],
    [
      turn(
        'elle a deja son projet (cariste), elle veut juste assurer son entree en formation : volet 1 ou volet 2 ?',
        'dispositif',
        [
          apos(
            'volet 2',
            'second volet',
            'deuxième volet',
            'sécuriser son entrée',
            'sécuriser l’entrée',
            'sécurisation de l’entrée',
          ),
        ],
      ),
    ],
  ),
  c(
    'b134-pec-trop-tot',
    ['person-relay', 'start'],
    [
      turn('il a signe son pec la semaine derniere, c pas trop tot pour comp pec ?', 'dispositif', [
        PEC_START,
      ]),
    ],
  ),
  c(
    'b134-promo-plus-de-3-mois',
    ['person-relay', 'parent', 'duration'],
    [
      turn(
        'sa mere demande si la promo peut durer plus longtemps que 3 mois si il a besoin de temps pour reflechir',
        'dispositif',
        [['4 mois', 'quatre mois']],
      ),
    ],
  ),
  c(
    'b134-qui-paie',
    ['person-relay', 'cost', 'abbrev'],
    [turn('il demande c qui qui paie tout ca, le cd ?', 'dispositif', [STATE_PAYS], NO_AMOUNT)],
  ),
  c(
    'b134-fle',
    ['person-relay'],
    [
      turn('elle parle pas bien francais, l afpa a un truc pour ca ?', 'dispositif', [
        apos(
          'visée professionnelle',
          'langue étrangère',
          'français langue',
          'primo-arrivant',
          'primo arrivant',
        ),
      ]),
    ],
  ),
  c(
    'b134-prepa-papier-fin',
    ['person-relay', 'end'],
    [turn('elle demande si elle aura un papier a la fin de la prepa', 'dispositif', [BILAN], NO_INTERVIEW)],
  ),
  c(
    'b134-prepa-qui-suit',
    ['person-relay', 'who-follows'],
    [
      turn(
        'pendant la prepa c qui qui la suit, moi ou l afpa ? elle demande',
        'dispositif',
        [REFERENT],
        NO_INTERVIEW,
      ),
    ],
  ),
];

// ── Two questions in one ────────────────────────────────────────────────────

const twoInOne: ConversationCase[] = [
  c(
    'b134-2q-prepa-duree-ou',
    ['two-questions', 'abbrev'],
    [
      turn(
        'prepa comp combien de temps et c est ou ?',
        'dispositif',
        [PREPA_DURATION, MONTAUBAN],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b134-2q-promo-age-signer',
    ['two-questions', 'parent'],
    [
      turn('la promo c a partir de quel age et sa mere doit signer qqch ?', 'dispositif', [
        [...AGE_1618, '16 ans'],
        PARENTS,
      ]),
    ],
  ),
  c(
    'b134-2q-batiment-ou-quand',
    ['two-questions', 'trade', 'no-accent'],
    [
      turn(
        'reunion metier batiment c ou et c quand, il veut faire macon',
        'agenda',
        [day('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b134-2q-jpo-heure',
    ['two-questions', 'abbrev', 'time'],
    [turn('prochaine jpo et c a quelle heure', 'agenda', [day('2027-02-03'), TIME_9], notOn('2027-01-07'))],
  ),
  c(
    'b134-2q-soudure-visite-places',
    ['two-questions', 'trade', 'places'],
    [
      turn(
        'soudure : il peut visiter l atelier ? et y a des places en formation ?',
        'agenda',
        [day('2027-01-19'), [...day('2027-02-01'), ...seats(4)]],
        OTHER_TRAININGS('soudeur'),
      ),
    ],
  ),
  c(
    'b134-2q-pec-jours-patron',
    ['two-questions', 'abbrev'],
    [
      turn(
        'comp pec c combien de jours et son patron doit etre ok ?',
        'dispositif',
        [PEC_DAYS, EMPLOYER_AGREES],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b134-2q-prepa-paye-duree',
    ['two-questions', 'person-relay', 'silent'],
    [
      turn(
        'il demande si c paye et combien de temps ca dure la prepa',
        'dispositif',
        [PREPA_DURATION, SILENT],
        [...NO_AMOUNT, ...NO_INTERVIEW],
      ),
    ],
  ),
  c(
    'b134-2q-promo-quand-ou',
    ['two-questions', 'session', 'abbrev'],
    [turn('promo 1618 quand ca commence et c ou ?', 'agenda', [day('2027-02-01'), MONTAUBAN])],
  ),
];

// ── What the agreement does not settle ──────────────────────────────────────

const silent: ConversationCase[] = [
  c(
    'b134-oos-paye-prepa',
    ['person-relay', 'silent', 'pay'],
    [
      turn(
        'il demande si il est paye pendant la prepa comp',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b134-oos-garde-rsa',
    ['person-relay', 'silent', 'benefit', 'abbrev'],
    [
      turn(
        'elle demande si elle garde son rsa pendant la prepa',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b134-oos-cantine',
    ['person-relay', 'silent', 'meals'],
    [
      turn(
        'y a une cantine a l afpa le midi ? il demande si il doit amener son repas',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b134-oos-horaires-prepa',
    ['person-relay', 'silent', 'hours'],
    [
      turn(
        'prepa comp c de quelle heure a quelle heure ? elle depose les petits a l ecole a 8h30',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b134-oos-bus-castel',
    ['person-relay', 'silent', 'transport'],
    [turn('il a pas le permis, y a un bus de castel a montauban ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b134-oos-essence',
    ['person-relay', 'silent', 'transport'],
    [
      turn(
        'elle demande si l essence est remboursee pour aller a l afpa',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b134-oos-hebergement',
    ['person-relay', 'silent'],
    [
      turn(
        'il demande si l afpa peut le loger pendant la formation, il est heberge chez un pote',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b134-oos-chaussures-visite',
    ['person-relay', 'silent', 'agenda-related'],
    [
      turn(
        'pour la visite soudure faut venir avec des chaussures de securite ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b134-oos-permis-promo',
    ['person-relay', 'silent'],
    [
      turn(
        'il demande si la promo lui paye le permis',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
  c(
    'b134-oos-ordi',
    ['person-relay', 'silent', 'modality'],
    [
      turn(
        'elle a pas d ordi pour la prepa a distance, l afpa en prete un ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
    ],
  ),
];

// ── Eligibility checked in front of the person ──────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b134-el-15-ans-demi',
    ['referent-check', 'age', 'abbrev'],
    [
      turn('il a 15 ans et demi, decroche, place a l ase, la promo c possible ?', 'eligibility', [
        [...NOT_ELIGIBLE, 'à partir de 16', 'dès 16'],
        ['16'],
      ]),
    ],
  ),
  c(
    'b134-el-brsa-50-pas-ft',
    ['referent-check', 'abbrev'],
    [turn('mr 50 ans brsa suivi par moi pas inscrit a FT, prepa comp ok ?', 'eligibility', [ELIGIBLE])],
  ),
  c(
    'b134-el-rsa-inscrite-ft',
    ['referent-check', 'abbrev'],
    [
      turn('elle est au rsa ET inscrite a FT, ca change qqch pour la prepa ?', 'eligibility', [
        [...ELIGIBLE, ...NOT_REGISTERED_TOO],
      ]),
    ],
  ),
  c(
    'b134-el-rsa-sans-contrat-pec',
    ['referent-check', 'abbrev'],
    [
      turn('il est au rsa mais il a pas de contrat pec, comp pec c possible ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['parcours emploi compétences', 'contrat pec', 'contrat p.e.c', 'en pec', 'salarié'],
      ]),
    ],
  ),
  c(
    'b134-el-pec-asso-ok',
    ['referent-check', 'abbrev'],
    [
      turn('dame brsa en pec dans une asso depuis 2 mois, son employeur est ok : comp pec ?', 'eligibility', [
        ELIGIBLE,
      ]),
    ],
  ),
  c(
    'b134-el-17-encore-lycee',
    ['referent-check', 'age'],
    [
      turn(
        'il a 17 ans, encore inscrit au lycee mais il veut arreter, la promo c pour lui ?',
        'eligibility',
        [
          [...NOT_ELIGIBLE, 'tant qu', 'une fois qu', 'd’abord', "d'abord"],
          ['quitté', 'scolaris', 'décroch', 'lycée'],
        ],
      ),
    ],
  ),
  c(
    'b134-el-17-apprenti',
    ['referent-check', 'abbrev'],
    [
      turn('jeune ase 17 ans en apprentissage chez un boulanger, la promo c pour lui ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['travaill', 'emploi', 'apprenti', 'en formation', 'contrat'],
      ]),
    ],
  ),
  c(
    'b134-el-22-sortie-ase-pas-rsa',
    ['referent-check', 'young-adult', 'abbrev'],
    [
      turn(
        'elle a 22 ans, sortie ase, elle touche pas le rsa : prepa comp par le cd c possible ?',
        'eligibility',
        [['rsa'], [...NOT_ELIGIBLE, 'france travail', 'pôle emploi', 'mission locale']],
      ),
    ],
  ),
  c(
    'b134-el-maman-promo',
    ['person-relay', 'age', 'parent'],
    [
      turn('la maman (34 ans, rsa) demande si elle peut faire la promo avec son fils', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
    ],
  ),
];

// ── Prescribing during the appointment ──────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b134-pr-entree-18',
    ['session', 'abbrev'],
    [turn('je l inscris sur l entree prepa du 18 janvier', 'prescribe', [...FORM, day('2027-01-18')])],
  ),
  c(
    'b134-pr-distance-fevrier',
    ['session', 'modality'],
    [turn('je la positionne sur la prepa a distance de fevrier', 'prescribe', [...FORM, day('2027-02-08')])],
  ),
  c(
    'b134-pr-pec',
    ['abbrev'],
    [turn('prescription comp pec pour mr, son employeur est d accord', 'prescribe', FORM)],
  ),
  c(
    'b134-pr-promo-fevrier',
    ['session', 'abbrev'],
    [
      turn('je veux inscrire le jeune sur la promo 1618 de fevrier', 'prescribe', [
        ...FORM,
        day('2027-02-01'),
      ]),
    ],
  ),
  c(
    'b134-pr-castel-volet2',
    ['session', 'volet', 'abbrev'],
    [turn('inscris la sur le volet 2 a castel', 'prescribe', [...FORM, day('2027-02-15')])],
  ),
];

// ── Contacts ────────────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b134-ct-inscription',
    ['referent-check'],
    [
      turn('elle a une question sur son inscription, je contacte qui a l afpa ?', 'contact', [
        [...RAP, ...DIRECTOR],
      ]),
    ],
  ),
  c(
    'b134-ct-mere-promo',
    ['person-relay', 'parent'],
    [
      turn(
        'sa mere veut parler a quelqu un de l afpa pour la promo, je lui donne quel contact ?',
        'contact',
        [RAP],
      ),
    ],
  ),
  c(
    'b134-ct-adresse',
    ['person-relay', 'where', 'silent'],
    [
      turn(
        "c'est où exactement l'afpa à montauban ? elle connait pas",
        'contact',
        [MONTAUBAN, ADDRESS_SILENT],
        NO_INVENTED_ADDRESS,
      ),
    ],
  ),
  c(
    'b134-ct-tel',
    ['referent-check', 'abbrev'],
    [
      turn(
        'il me faut le tel de l afpa pour elle',
        'contact',
        [[...DIRECTOR, ...RAP]],
        ['05 63', '0563', '05.63'],
      ),
    ],
  ),
  c('b134-ct-pec', ['abbrev'], [turn('pour comp pec c qui le contact afpa ?', 'contact', [RAP])]),
  c(
    'b134-ct-formateur-soudure',
    ['person-relay', 'trade'],
    [
      turn('il veut parler au formateur soudure avant de se lancer, je contacte qui ?', 'contact', [
        [...RAP, ...DIRECTOR, ...day('2027-01-19'), 'visite'],
      ]),
    ],
  ),
];

// ── Figures ─────────────────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b134-fig-objectif-pec',
    ['abbrev'],
    [turn('objectif comp pec cd dans l accord ?', 'figures', [TARGET_PEC])],
  ),
  c(
    'b134-fig-vae-reussies',
    ['person-relay'],
    [
      turn(
        'il demande combien de gens ont eu leur vae avec comp pec a montauban',
        'figures',
        [NOT_AVAILABLE],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b134-fig-prepa-emploi',
    ['person-relay'],
    [
      turn(
        'elle veut savoir si les gens trouvent du boulot apres la prepa, t as des chiffres ?',
        'figures',
        [NOT_AVAILABLE],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b134-fig-promo-national',
    ['abbrev'],
    [
      turn('la promo 1618 c prevu pour combien de jeunes au niveau national ?', 'figures', [
        ['35 000', '35000', '35\u00a0000', '35\u202f000', '35 mille'],
      ]),
    ],
  ),
  c(
    'b134-fig-trois-objectifs',
    ['abbrev'],
    [
      turn('les 3 objectifs chiffres de l accord vite fait stp', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
        TARGET_PROMO,
      ]),
    ],
  ),
  c(
    'b134-fig-remontee',
    [],
    [
      turn('les chiffres de la prepa ils remontent a qui ?', 'figures', [
        ['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p', 'ddets'],
      ]),
    ],
  ),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b134-ot-bonjour',
    [],
    [
      turn('bonjour, j ai qqn en face de moi, tu peux m aider sur quoi ?', 'other', [
        ['prépa compétences', 'prépa comp', 'dispositif', 'agenda', 'prescri'],
      ]),
    ],
  ),
  c(
    'b134-ot-duree-accord',
    ['abbrev'],
    [
      turn('l accord cd afpa il a ete signe pour combien de temps ?', 'other', [
        ['2 ans', 'deux ans'],
        ['2022'],
      ]),
    ],
  ),
  c(
    'b134-ot-village',
    ['person-relay'],
    [
      turn('il demande c quoi le village afpa, il a vu ca sur une affiche', 'other', [
        ['tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'],
      ]),
    ],
  ),
  c(
    'b134-ot-flyer',
    ['referent-check'],
    [turn('j ai un flyer a lui donner ? l afpa en fournit ?', 'other', [['flyer'], ['kit']])],
  ),
  c(
    'b134-ot-presentation-equipe',
    [],
    [
      turn('l afpa vient presenter ses actions a notre equipe de temps en temps ?', 'other', [
        ['semestre', 'deux fois par an', '2 fois par an', 'semestriel'],
      ]),
    ],
  ),
  c(
    'b134-ot-fin-partenariat',
    ['abbrev'],
    [
      turn('le partenariat cd afpa on peut y mettre fin comment ?', 'other', [
        ['2 mois', 'deux mois'],
        ['préavis', 'résili'],
      ]),
    ],
  ),
];

// ── The published agenda (fixture of Monday 11 January 2027) ───────────────

const agenda: ConversationCase[] = [
  c(
    'b134-ag-infocoll-prepa-fevrier',
    ['type', 'month', 'abbrev'],
    [
      turn(
        'info coll prepa en fevrier ? il peut pas avant',
        'agenda',
        [day('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b134-ag-jpo-cette-semaine',
    ['type', 'relative-date', 'abbrev'],
    [
      turn(
        'y a une jpo cette semaine ? elle est dispo jusqu a vendredi',
        'agenda',
        [[...NONE, ...day('2027-02-03')]],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b134-ag-promo-commencer',
    ['person-relay', 'session', 'abbrev'],
    [turn('il veut savoir quand il peut commencer la promo 1618', 'agenda', [day('2027-02-01')])],
  ),
  c(
    'b134-ag-preparatrice',
    ['person-relay', 'places', 'trade'],
    [
      turn(
        'elle veut faire preparatrice de commandes, y a des places ?',
        'agenda',
        [['préparat'], [...day('2027-03-01'), ...seats(5)]],
        OTHER_TRAININGS('préparateur', 'cariste'),
      ),
    ],
  ),
  c(
    'b134-ag-infocoll-pec',
    ['type', 'dispositif-filter', 'abbrev'],
    [
      turn(
        'info coll comp pec pour lui et son employeur ?',
        'agenda',
        [day('2027-02-09'), ['moissac']],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b134-ag-pec-atelier3',
    ['session', 'volet', 'abbrev'],
    [turn('atelier 3 comp pec prochaine date ?', 'agenda', [day('2027-02-10')], notOn('2027-01-20'))],
  ),
  c(
    'b134-ag-restauration',
    ['person-relay', 'places', 'trade'],
    [
      turn(
        'elle veut bosser en cuisine, y a une formation agent de restauration avec des places ?',
        'agenda',
        [['restauration'], [...day('2027-03-15'), ...seats(4)]],
        OTHER_TRAININGS('restauration'),
      ),
    ],
  ),
  c(
    'b134-ag-semaine-pro-metier',
    ['relative-date', 'person-relay'],
    [
      turn(
        'la semaine pro y a quoi pour qqn qui veut decouvrir un metier',
        'agenda',
        [day('2027-01-19')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b134-ag-jpo-fevrier',
    ['type', 'month', 'abbrev'],
    [turn('les jpo de fevrier ?', 'agenda', [day('2027-02-03'), day('2027-02-17')], notOn('2027-01-07'))],
  ),
  c(
    'b134-ag-visite-electricite',
    ['person-relay', 'type', 'trade'],
    [
      turn(
        'il veut voir l atelier electricite, y a une visite ?',
        'agenda',
        [day('2027-03-10')],
        notOn('2027-01-19'),
      ),
    ],
  ),
];

// ── Follow-ups that only make sense after the previous answer ───────────────

const followUps: ConversationCase[] = [
  c(
    'b134-fu-prepa-paye-duree',
    ['follow-up', 'person-relay', 'silent'],
    [
      turn(
        'elle demande c quoi exactement la prepa comp',
        'dispositif',
        [['projet'], ['formation']],
        NO_INTERVIEW,
      ),
      turn("et c'est paye ?", 'out_of_scope', [SILENT], [...NO_BOUNCE, ...NO_AMOUNT]),
      turn('ok et ca dure combien', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b134-fu-promo-duree-apres',
    ['follow-up', 'person-relay', 'end'],
    [
      turn(
        'il a 17 ans, il demande combien de temps dure la promo et si c tous les jours',
        'dispositif',
        [PROMO_DURATION, PROMO_DAYS],
        ['2 à 8 jours', ...NO_INTERVIEW],
      ),
      turn('et après ça, il devient quoi ?', 'dispositif', [PROMO_AFTER]),
    ],
  ),
  c(
    'b134-fu-infocoll-heure-cv',
    ['follow-up', 'time', 'silent', 'abbrev'],
    [
      turn(
        'prochaine info coll prepa ?',
        'agenda',
        [day('2027-01-14')],
        [...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
      turn("et c'est a quelle heure ?", 'agenda', [TIME_0930]),
      turn('faut un cv pour l info coll ?', 'out_of_scope', [SILENT], NO_BOUNCE),
    ],
  ),
  c(
    'b134-fu-jpo-copine',
    ['follow-up', 'silent', 'abbrev'],
    [
      turn(
        'prochaine jpo a montauban',
        'agenda',
        [day('2027-02-03')],
        [...notOn('2027-01-07'), ...notOn('2027-02-17')],
      ),
      turn('elle peut amener une copine ?', 'out_of_scope', [SILENT], NO_BOUNCE),
    ],
  ),
  c(
    'b134-fu-elig-prescrire',
    ['follow-up', 'referent-check', 'abbrev'],
    [
      turn('elle a 45 ans, brsa, suivie par moi, pas inscrite a FT : prepa ok ?', 'eligibility', [ELIGIBLE]),
      turn('ok je la prescris', 'prescribe', FORM),
    ],
  ),
  c(
    'b134-fu-19-ans-sortie-ase',
    ['follow-up', 'referent-check', 'young-adult'],
    [
      turn('elle a 19 ans, sortie ASE, pas de diplome : ok pour la promo ?', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_1618,
      ]),
      turn('et la prepa comp alors ?', 'eligibility', [['rsa']]),
    ],
  ),
  c(
    'b134-fu-distance-session',
    ['follow-up', 'person-relay', 'modality'],
    [
      turn('il demande si il peut faire la prepa de chez lui', 'dispositif', [DISTANCE], NO_INTERVIEW),
      turn('et la prochaine a distance c quand ?', 'agenda', [day('2027-02-08')], notOn('2027-01-18')),
    ],
  ),
  c(
    'b134-fu-allocs-signer',
    ['follow-up', 'person-relay', 'parent', 'silent'],
    [
      turn(
        'sa mere demande si il garde ses allocs pendant la promo',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_AMOUNT],
      ),
      turn('et elle doit signer quelque chose ?', 'dispositif', [PARENTS]),
    ],
  ),
  c(
    'b134-fu-soudure-heure-places',
    ['follow-up', 'person-relay', 'trade', 'time'],
    [
      turn('il veut faire soudeur, il peut voir l atelier avant ?', 'agenda', [day('2027-01-19')]),
      turn('c a quelle heure ?', 'agenda', [TIME_14]),
      turn(
        'et y a de la place en formation soudeur ?',
        'agenda',
        [
          ['soudeur', 'soudure'],
          [...day('2027-02-01'), ...seats(4)],
        ],
        OTHER_TRAININGS('soudeur'),
      ),
    ],
  ),
  c(
    'b134-fu-pec-diplome-patron',
    ['follow-up', 'person-relay'],
    [
      turn(
        'mr en contrat pec a la mairie depuis 1 mois, il demande c quoi comp pec',
        'dispositif',
        [CERTIFICATION],
        NO_INTERVIEW,
      ),
      turn('il aura un diplome a la fin ?', 'dispositif', [CERTIFICATION]),
      turn('et son patron doit etre d accord ?', 'dispositif', [EMPLOYER_AGREES]),
    ],
  ),
  c(
    'b134-fu-promo-ou-dormir',
    ['follow-up', 'person-relay', 'where'],
    [
      turn('la promo c ou ?', 'dispositif', [MONTAUBAN]),
      turn('il doit dormir la bas ?', 'dispositif', [[...SILENT, 'mobilité', 'village']]),
    ],
  ),
  c(
    'b134-fu-prepa-rate-seance',
    ['follow-up', 'person-relay', 'silent'],
    [
      turn('prepa comp c combien de jours en vrai pour elle', 'dispositif', [PREPA_DURATION], NO_INTERVIEW),
      turn('et si elle rate une séance ?', 'out_of_scope', [SILENT], NO_BOUNCE),
    ],
  ),
  c(
    'b134-fu-logistique-cariste',
    ['follow-up', 'person-relay', 'trade'],
    [
      turn(
        'il aime bien la logistique, y a une reunion metier bientot ?',
        'agenda',
        [day('2027-01-26')],
        notOn('2027-02-23'),
      ),
      turn(
        'et des places en formation cariste ?',
        'agenda',
        [['cariste'], [...day('2027-01-27'), ...seats(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b134-fu-contact-promo-directeur',
    ['follow-up'],
    [
      turn('qui je contacte a l afpa pour la promo', 'contact', [RAP]),
      turn('et le directeur c qui ?', 'contact', [['vella']]),
    ],
  ),
  c(
    'b134-fu-fig-promo',
    ['follow-up', 'parent'],
    [
      turn('combien de jeunes ase devaient aller sur la promo d apres l accord', 'figures', [TARGET_PROMO]),
      turn('sa mere demande si ca marche, y en a combien qui s en sortent ?', 'figures', [
        [...SEVENTY, ...NOT_AVAILABLE],
      ]),
    ],
  ),
  c(
    'b134-fu-moissac-modalite',
    ['follow-up', 'person-relay', 'town', 'modality'],
    [
      turn('elle est de moissac, y a une prepa la bas ?', 'agenda', [day('2027-03-08')], notOn('2027-01-18')),
      turn('c en presentiel ou a distance ?', 'agenda', [
        apos(
          'mixte',
          'les deux',
          'présentiel et à distance',
          'présentiel et distanciel',
          'distanciel et présentiel',
          'en partie',
        ),
      ]),
    ],
  ),
  c(
    'b134-fu-castel-heure',
    ['follow-up', 'town', 'time', 'abbrev'],
    [
      turn('il est de castelsarrasin, une info coll prepa la bas ?', 'agenda', [day('2027-01-21')]),
      turn('a quelle heure ?', 'agenda', [TIME_14]),
    ],
  ),
  c(
    'b134-fu-volet2-montauban',
    ['follow-up', 'volet', 'places'],
    [
      turn('elle veut securiser son entree en formation, prochaine session volet 2 ?', 'agenda', [
        day('2027-02-15'),
      ]),
      turn('et a montauban ?', 'agenda', [[...FULL, 'aucune session', 'pas de session']]),
    ],
  ),
  c(
    'b134-fu-promo-infocoll-heure',
    ['follow-up', 'parent', 'time'],
    [
      turn(
        'y a une reunion d info pour la promo ? sa mere veut venir avec lui',
        'agenda',
        [day('2027-03-17')],
        notOn('2027-01-14'),
      ),
      turn('c a quelle heure ?', 'agenda', [TIME_14]),
    ],
  ),
  c(
    'b134-fu-pec-distance-entree',
    ['follow-up', 'modality', 'session'],
    [
      turn('comp pec il peut le faire en partie a distance ? il bosse a plein temps', 'dispositif', [
        DISTANCE,
      ]),
      turn('prochaine entree ?', 'agenda', [[...day('2027-01-20'), ...day('2027-03-03')]]),
    ],
  ),
  c(
    'b134-fu-promo-ecole-sport-code',
    ['follow-up', 'person-relay', 'content'],
    [
      turn("il a peur que la promo ce soit comme l'école", 'dispositif', [PROMO_CONTENT], NO_INTERVIEW),
      turn('y a du sport ?', 'dispositif', [['sport']]),
      turn('et il passe le code ?', 'dispositif', [['code de la route', 'code la route']]),
    ],
  ),
  c(
    'b134-fu-promo-elig-prescrire',
    ['follow-up', 'referent-check', 'abbrev'],
    [
      turn('17 ans ase, sorti du lycee en juin, rien depuis : promo ok ?', 'eligibility', [
        [...ELIGIBLE, ...PROMO_ORIENTERS],
      ]),
      turn('ok je le prescris', 'prescribe', FORM),
    ],
  ),
  c(
    'b134-fu-fig-prepa-ou-on-en-est',
    ['follow-up', 'abbrev'],
    [
      turn('objectif prepa comp brsa ?', 'figures', [TARGET_PREPA]),
      turn('et on en est ou ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b134-fu-plaquiste-macon',
    ['follow-up', 'person-relay', 'trade', 'places'],
    [
      turn(
        'il veut faire plaquiste, y a des places ?',
        'agenda',
        [['plaquiste'], FULL],
        OTHER_TRAININGS('plaquiste'),
      ),
      turn(
        'et macon ?',
        'agenda',
        [['maçon'], [...day('2027-02-15'), ...seats(3)]],
        OTHER_TRAININGS('maçon'),
      ),
    ],
  ),
  c(
    'b134-fu-prescrire-annuler',
    ['follow-up', 'cancel'],
    [
      turn('je la prescris en prepa comp', 'prescribe', FORM),
      turn('non annule, elle prefere reflechir', 'other', [
        apos('annul', 'abandon', 'arrêt', 'interromp', 'pas envoyé', 'rien n’a été'),
      ]),
    ],
  ),
  c(
    'b134-fu-entree-fin',
    ['follow-up', 'session'],
    [
      turn('prochaines entrees prepa comp ?', 'agenda', [day('2027-01-18')]),
      turn('si elle commence le 18 ca finit quand ?', 'agenda', [day('2027-01-29')]),
    ],
  ),
  c(
    'b134-fu-jours-bebe',
    ['follow-up', 'person-relay', 'silent', 'childcare'],
    [
      turn('prepa comp combien de jours par semaine ?', 'dispositif', [[...PREPA_DURATION, ...TWO_WEEKS]]),
      turn(
        'elle veut savoir si elle peut venir avec son bébé',
        'out_of_scope',
        [SILENT, MATERIAL_WHO],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b134-fu-ou-permis',
    ['follow-up', 'person-relay', 'silent', 'transport'],
    [
      turn('la prepa c ou exactement ? elle habite a negrepelisse', 'dispositif', [MONTAUBAN], NO_INTERVIEW),
      turn(
        'elle a pas le permis, comment elle y va ?',
        'out_of_scope',
        [[...SILENT, ...MATERIAL_WHO, ...DISTANCE, 'délocalis']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b134-fu-rgpd-panda',
    ['follow-up', 'person-relay'],
    [
      turn('elle demande si ses infos perso vont etre partagees avec l afpa', 'other', [[...RGPD, 'panda']]),
      turn('c quoi panda ?', 'other', [['traçabilité', 'trace', 'suivi des parcours', 'plateforme']]),
    ],
  ),
  c(
    'b134-fu-vae-prerequis',
    ['follow-up', 'person-relay'],
    [
      turn('la vae dans comp pec ca prend combien de temps pour lui', 'dispositif', [VAE_DAYS]),
      turn('et si il a pas les prerequis ?', 'dispositif', [RSFP]),
    ],
  ),
  c(
    'b134-fu-volet1-apres',
    ['follow-up', 'volet', 'end'],
    [
      turn('prepa comp volet 1 ca dure combien pour elle', 'dispositif', [VOLET1_DAYS], NO_INTERVIEW),
      turn('et après ça, elle devient quoi ?', 'dispositif', [PREPA_AFTER]),
    ],
  ),
  c(
    'b134-fu-jeudi-ou-heure',
    ['follow-up', 'relative-date', 'two-questions'],
    [
      turn('y a quoi jeudi a l afpa ?', 'agenda', [day('2027-01-14')], notOn('2027-01-21')),
      turn('c ou et a quelle heure ?', 'agenda', [MONTAUBAN, TIME_0930]),
    ],
  ),
  c(
    'b134-fu-contact-cd',
    ['follow-up', 'abbrev'],
    [
      turn('qui je contacte a l afpa pour la prepa', 'contact', [RAP]),
      turn('et cote cd c qui ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
];

export const HUNDRED_THIRTY_FOURTH_BLIND_SET: ConversationCase[] = [
  ...dispositif,
  ...twoInOne,
  ...silent,
  ...eligibility,
  ...prescribe,
  ...contacts,
  ...figures,
  ...other,
  ...agenda,
  ...followUps,
];
