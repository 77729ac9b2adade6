/**
 * Hundred-thirty-second blind set.
 *
 * Who speaks: a référent insertion of the Département de Tarn-et-Garonne (CD82), now and
 * then a coordinator of the AFPA centre of Montauban, in a longer working session in Teams,
 * as an outside evaluator would replay it to judge whether the assistant keeps the thread.
 * One situation is worked through in 3 to 5 messages (a few of 2): a person is described
 * (age, RSA, ASE, PEC, school, where she lives), then the programme that fits (how long,
 * what it holds, who prescribes, who must agree, where), then the agenda (« et la
 * prochaine entree ? », « y a une info coll avant ? », « a distance ? », « il reste de la
 * place ? », « et a castel ? »), then prescribing or whom to contact; sometimes a change of
 * subject (« autre chose : … ») and a return to the first person (« pour revenir a la dame
 * de tout a l heure »), corrections (« ah non il a 16 ans en fait »), a second person
 * (« et son frere ? »), thanks at the end. Typed as référents type: abbreviations (prepa
 * comp, PEC, 1618, BRSA, FT, ML, ASE, info coll, JPO), no accents, typos, short follow-ups
 * that only make sense after the previous turn, two questions in one message.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Where the agreement is silent,
 * the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id: `b132-${id}`, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with both apostrophes, « ’ » and « ' ». */
function both(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

/** Any of several dates. */
const anyOn = (...isos: string[]): string[] => isos.flatMap((iso) => on(iso));
/** None of several dates. */
const noneOn = (...isos: string[]): string[] => isos.flatMap((iso) => notOn(iso));

// ── Names of the programmes ─────────────────────────────────────────────────

const PREPA_NAME = ['prépa comp', 'prépa-comp'];
const PEC_NAME = both(
  'compétences pec',
  'compétences p.e.c',
  'compétences – pec',
  'compétences - pec',
  'compétences-pec',
  'compétences – p.e.c',
  'compétences - p.e.c',
);

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 à 6 j',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  'cinq à six jours',
  'cinq ou six jours',
];
const VOLET2_DURATION = ['4 à 8 jours', '4 à 8 j', '4 et 8 jours', '4-8 jours', 'quatre à huit jours'];
const PEC_DURATION = [' 5 jours', '(5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const SIX_WEEKS = ['6 semaines', 'six semaines'];
const MON_THU = both('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu’au jeudi');
const ONSITE = ['présentiel', 'sur place', 'dans le centre', 'au centre'];
const REMOTE = ['distance', 'distanciel', 'classe virtuelle', 'visio'];
const MONTAUBAN = ['montauban'];
const DELOCALISED = both(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
);
const FREE = both(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'rien au département',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
);
const OTHER_ORGANISM = both(
  'hors afpa',
  'hors a.f.p.a',
  'autre organisme',
  'autres organismes',
  'ailleurs',
  'autre centre',
  'à l’afpa ou',
);
const SECURE_ENTRY = ['sécuris', 'entrée en formation'];
const EMPLOYER_AGREES = both(
  'accord de l’employeur',
  'accord de son employeur',
  'accord du employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'employeur p.e.c',
  'employeur pec',
  'recueille son accord',
  'recueillir son accord',
  'accord du patron',
  'employeur donne son accord',
  'employeur est d’accord',
);
const PEC_START = ['signature', 'premiers mois', 'dès le début', 'début du contrat'];
const CERTIFICATION = ['certification', 'vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa'];
const VAE_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const BILAN = ['bilan'];
const PANDA = ['panda'];
const REFERENT = [
  'référent',
  'conseiller',
  'vous-même',
  'c’est vous',
  "c'est vous",
  'vous l’inscrivez',
  "vous l'inscrivez",
];
const NOT_REGISTERED_TOO = both(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'qu’ils soient inscrits',
  'même sans inscription',
);
const PARENTS = both(
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
);
const ML_CIO = ['mission locale', 'missions locales', 'c.i.o', ' cio', '(cio'];
const AGE_1618 = ['16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur', 'moins de 18'];
const MOBILITY = ['mobilité'];
const CODE = ['code de la route'];
const OPEN_BADGES = ['open badge'];
const SOFT_SKILLS = both(
  'soft skills',
  'compétences douces',
  'savoir-être',
  'savoir être',
  'compétences transverses',
  'transversales',
  'informel',
  'reconnaissance',
  'valoris',
);
const BASIC_SKILLS = ['compétences de base', 'socle'];
const FLE = both('français à visée professionnelle', 'français langue étrangère', 'fle');
const RECOGNITION = both(
  'vae',
  'v.a.e',
  'validation des acquis',
  'rsfp',
  'r.s.f.p',
  'reconnaissance des savoir-faire',
);
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire'];
const PORTFOLIO = ['portefeuille'];
const POSITIONING = ['positionnement'];
const RECOGNITION_WORKSHOPS = ['reconnaissance des acquis', '6 ateliers', 'six ateliers'];
const HABILITATION = ['habilit'];
const MATERIAL = both('garde d’enfant', 'garde des enfants', 'garde', 'conditions matérielles');

const RSA = ['rsa', 'r.s.a'];
const ELIGIBLE = both(
  'prescription possible',
  'est éligible',
  'elle est éligible',
  'il est éligible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peuvent bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
  'vous pouvez la prescrire',
  'vous pouvez le prescrire',
  'peut y accéder',
  'peut faire',
  'ouvert aux',
  'ouverte aux',
  'oui,',
  'oui.',
  'oui !',
  'oui :',
);
const NOT_ELIGIBLE = both(
  'non éligible',
  'pas éligible',
  'n’est pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'trop jeune',
  'trop âgé',
  'pas encore',
  'non,',
  'non.',
  'non :',
  'non !',
);
const OTHER_PRESCRIBER = both(
  'autre prescripteur',
  'son prescripteur',
  'son conseiller',
  'sa conseillère',
  'cap emploi',
  'france travail',
  'pôle emploi',
  'mission locale',
);

const SILENT = both(
  'ne prévoit pas',
  'ne prévoit rien',
  'rien de prévu',
  'pas prévu',
  'ne dit rien',
  'n’en dit rien',
  'ne précise',
  'pas précisé',
  'ne fixe',
  'n’aborde pas',
  'ne mentionne',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'n’indique',
  'pas indiqué',
  'pas d’information',
  'aucune information',
  'pas l’information',
  'ne traite pas',
  'ne couvre pas',
  'n’est pas couvert',
  'hors de l’accord',
  'hors accord',
  'en dehors de l’accord',
  'pas dans l’accord',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
const NO_MONEY = ['€', ' euros'];

const NONE = both(
  'aucun',
  'aucune',
  'pas d’autre',
  'une seule',
  'seule session',
  'seule formation',
  'n’y a pas',
  'pas de session',
  'pas de date',
  'pas de formation',
  'rien de',
  'rien n’est',
  'pas encore',
  'pas publi',
);
const FULL = [...seats(0), 'complet', 'complète', 'aucune place', 'plus de place', 'pas de place', '0 place'];

const NOT_AVAILABLE = both(
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
  'aucune donnée',
  'pas de donnée',
);
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
const SEVENTY = ['70 %', '70%', '70 pour'];
const DGEFP = ['dgefp', 'd.g.e.f.p'];
const DDETSPP = ['ddetspp', 'd.d.e.t.s.p.p', 'ddets'];
const INDICATOR = ['indicateur'];

const DIRECTOR = both(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
);
const RAP = both(
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
  'battedou',
);
const DEPT_REFERENT = both(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'désign',
);
const NO_PHONE = ['05 63', '0563', '+33', '06 '];

const KIT = ['kit'];
const KIT_CONTENT = ['flyer', 'argumentaire', 'titres professionnels', 'liste des intervenants'];
const SEMESTER = both(
  'semestre',
  'deux fois par an',
  '2 fois par an',
  'collectifs de conseillers',
  'réunion d’équipe',
  'en centre',
);
const COPIL = ['fois par an', 'annuel', 'au moins une fois', 'au moins 1 fois'];
const TWO_YEARS = ['2 ans', 'deux ans', '31 décembre 2023', '31/12/2023', 'fin 2023'];
const TWO_MONTHS = ['2 mois', 'deux mois'];
const END_OF_ENTRIES = ['31 décembre', '31/12', '31 déc'];
const RGPD = both(
  'rgpd',
  'r.g.p.d',
  '2016/679',
  'informatique et libertés',
  'informatique, aux fichiers et aux libertés',
  '78-17',
  'données personnelles',
);
const THIRD_PLACE = ['tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'];
const REAL_TIME = ['temps réel', 'info places', 'info-places'];

/** The prescription form (or, for a référent not yet habilitated, the request for it). */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// ── The fixture's trainings, by a word of their name ───────────────────────

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
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));
const TIME_9H = ['9h', '9 h', '09:00', '9:00', '09h'];

// ── The cases ───────────────────────────────────────────────────────────────

export const HUNDRED_THIRTY_SECOND_BLIND_SET: ConversationCase[] = [
  c(
    'dame52-prepa-jusqua-prescription',
    ['person', 'session', 'thread'],
    [
      turn(
        'bjr, j ai une dame 52 ans brsa suivie chez nous, pas inscrite a FT, veut se remettre en formation mais sait pas trop dans quoi. prepa comp ca peut le faire ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('ok et ca dure cb concretement', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('y a une info coll avant ?', 'agenda', [on('2027-01-14')], noneOn('2027-02-09', '2027-03-17')),
      turn('et la prochaine entree ?', 'agenda', [on('2027-01-18')], noneOn('2027-01-20', '2027-02-01')),
      turn('top je la prescris sur celle du 18', 'prescribe', [...FORM, on('2027-01-18')]),
    ],
  ),

  c(
    'jeune17-ase-promo',
    ['person', 'ase', 'session', 'thread'],
    [
      turn(
        'jeune 17 ans confie a l ASE, a lache le lycee en novembre, rien depuis ni taf ni formation. promo 1618 ?',
        'eligibility',
        [[...ELIGIBLE, ...ML_CIO, 'orientation facilitée']],
      ),
      turn(
        'ca dure cb et c tous les jours ?',
        'dispositif',
        [PROMO_DURATION, MON_THU],
        ['2 à 8 jours', 'tout ou partie'],
      ),
      turn('prochaine entree ?', 'agenda', [on('2027-02-01')], noneOn('2027-01-18', '2027-01-20')),
      turn(
        'y a une info coll avant pour lui et son educ ?',
        'agenda',
        [[...on('2027-03-17'), ...NONE]],
        noneOn('2027-01-14', '2027-02-09', '2027-02-11'),
      ),
      turn('a l afpa c qui le bon interlocuteur pour la promo ?', 'contact', [RAP]),
    ],
  ),

  c(
    'ado15-correction-frere',
    ['person', 'ase', 'correction', 'second-person'],
    [
      turn('ado 15 ans ase, decroche depuis la rentree, la promo 1618 c jouable ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['16'],
      ]),
      turn('ah non pardon il a eu 16 ans en decembre', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO, 'orientation facilitée'],
      ]),
      turn('ca se passe ou ?', 'dispositif', [MONTAUBAN]),
      turn('et son frere, 19 ans, sorti de l ase aussi ?', 'eligibility', [NOT_ELIGIBLE, AGE_1618]),
    ],
  ),

  c(
    'pec-aide-domicile-caussade',
    ['person', 'pec', 'session', 'modality', 'thread'],
    [
      turn(
        'mr 44 ans brsa, vient de signer un PEC aide a domicile dans une asso de caussade. y a un truc afpa pour lui ?',
        'eligibility',
        [PEC_NAME],
      ),
      turn('faut l accord de qui ?', 'dispositif', [EMPLOYER_AGREES]),
      turn(
        'ca dure cb en tout, son patron va me demander',
        'dispositif',
        [PEC_DURATION],
        ['2 à 8 jours', '13 semaines'],
      ),
      turn('prochaine entree atelier 2 ?', 'agenda', [on('2027-01-20')], noneOn('2027-01-18', '2027-02-10')),
      turn(
        'et a distance plutot, caussade montauban c loin pour lui',
        'agenda',
        [on('2027-03-03')],
        noneOn('2027-02-08'),
      ),
    ],
  ),

  c(
    'pec-ehpad-fin-de-parcours',
    ['person', 'pec', 'end'],
    [
      turn(
        'j ai une dame en PEC depuis 2 mois dans un ehpad, brsa. si elle fait comp pec elle finit avec quoi ?',
        'dispositif',
        [CERTIFICATION],
      ),
      turn('la vae dedans c combien de jours', 'dispositif', [VAE_DAYS]),
      turn('et moi j ai un retour a la fin ?', 'dispositif', [BILAN]),
    ],
  ),

  c(
    'mr38-cariste-volet2-puis-chiffres',
    ['person', 'volet', 'switch', 'thanks'],
    [
      turn(
        'mr 38 ans brsa pas inscrit FT, il a deja son projet (cariste), il veut juste assurer son entree en formation. c quel volet de prepa comp ?',
        'dispositif',
        [['volet 2'], VOLET2_DURATION.concat(SECURE_ENTRY)],
      ),
      turn(
        'prochaine session de ce volet ?',
        'agenda',
        [on('2027-02-15')],
        noneOn('2027-01-18', '2027-02-08', '2027-03-08'),
      ),
      turn(
        'et derriere y a des places en formation cariste ?',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...seats(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
      turn('autre chose : on en est ou sur les 30 brsa en prepa cette annee ?', 'figures', [
        NOT_AVAILABLE,
        TARGET_PREPA,
      ]),
      turn('ok merci', 'other', []),
    ],
  ),

  c(
    'secteur-castel-trois-brsa',
    ['town', 'volet', 'session', 'places', 'two-questions'],
    [
      turn(
        'je suis sur le secteur de castelsarrasin, j ai 3 brsa interesses par prepa comp. une info coll pres de chez eux ?',
        'agenda',
        [on('2027-01-21')],
        noneOn('2027-02-17', '2027-03-04'),
      ),
      turn(
        'et une session d entree a castel ?',
        'agenda',
        [on('2027-02-15')],
        noneOn('2027-01-18', '2027-03-08'),
      ),
      turn('c quel volet ?', 'agenda', [['volet 2', 'v2']]),
      turn(
        '2 d entre eux ont aucun projet, pour eux c plutot le volet 1 non ? y en a un pas trop loin ?',
        'agenda',
        [['volet 1'], anyOn('2027-01-18', '2027-02-08', '2027-03-08')],
        noneOn('2027-02-15'),
      ),
      turn('il reste de la place a moissac ?', 'agenda', [seats(6)], ['propreté', ...seats(7)]),
    ],
  ),

  c(
    'fils16-pas-ase-valence',
    ['person', 'town', 'out-of-scope'],
    [
      turn(
        'une maman brsa me parle de son fils 16 ans, exclu du lycee en octobre, rien depuis, pas suivi ase. la promo 1618 ?',
        'eligibility',
        [ML_CIO],
      ),
      turn('c a montauban ? ils habitent valence d agen', 'dispositif', [MONTAUBAN]),
      turn('et pendant la promo il est paye ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, ...NO_MONEY]),
      turn(
        'y a une info coll ou les parents peuvent venir ?',
        'agenda',
        [on('2027-03-17')],
        noneOn('2027-01-14', '2027-03-04'),
      ),
    ],
  ),

  c(
    'coordo-afpa-nouvelle-referente',
    ['coordinator', 'panda'],
    [
      turn(
        'bonjour, coordo afpa montauban. une nouvelle referente du CD veut inscrire ses brsa sur panda, c qui l habilite ?',
        'other',
        [['afpa'], HABILITATION],
      ),
      turn('et l inscription sur la plateforme c elle ou nous ?', 'dispositif', [
        REFERENT,
        [...PANDA, 'plateforme'],
      ]),
      turn('a la fin de la prepa on envoie le bilan a qui ?', 'dispositif', [
        ['bilan individuel', 'bilan'],
        ['référent', 'referent', 'conseiller'],
      ]),
      turn('et si elle a un souci sur un parcours elle s adresse a qui chez nous ?', 'contact', [
        [...RAP, ...DIRECTOR],
      ]),
    ],
  ),

  c(
    'pec-mairie-info-coll-employeur',
    ['person', 'pec', 'type'],
    [
      turn(
        'dame brsa en contrat PEC depuis 3 mois a la mairie, on peut encore lancer comp pec ou c trop tard ?',
        'eligibility',
        [PEC_START],
      ),
      turn('faut le feu vert du maire ?', 'dispositif', [EMPLOYER_AGREES]),
      turn(
        'y a une info coll pec bientot ?',
        'agenda',
        [on('2027-02-09'), ['moissac']],
        noneOn('2027-01-14', '2027-02-11'),
      ),
      turn('son employeur peut venir avec elle ?', 'agenda', [['employeur']]),
    ],
  ),

  c(
    'deux-situations-prepa-pec',
    ['person', 'second-person', 'two-questions'],
    [
      turn(
        '2 situations : mme A 41 ans brsa sans projet, mr B 35 ans brsa en PEC depuis 1 mois. je les mets ou ?',
        'eligibility',
        [PREPA_NAME, PEC_NAME],
      ),
      turn('pour mme A ca dure cb', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('et pour mr B ?', 'dispositif', [PEC_DURATION], ['2 à 8 jours', '13 semaines']),
      turn('je commence par prescrire mme A', 'prescribe', [...FORM, PREPA_NAME]),
    ],
  ),

  c(
    'refus-rsa-distance-ordi',
    ['person', 'out-of-scope', 'modality'],
    [
      turn(
        'mr 29 ans rsa, refuse tout meme prepa comp. si il refuse je peux faire suspendre son rsa ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
      turn('ok. et la prepa a distance c possible, il a pas de voiture', 'dispositif', [REMOTE]),
      turn(
        'prochaine session a distance ?',
        'agenda',
        [on('2027-02-08')],
        noneOn('2027-01-18', '2027-03-03'),
      ),
      turn('il a pas d ordi, l afpa en prete ?', 'out_of_scope', [SILENT], NO_BOUNCE),
    ],
  ),

  c(
    'dame47-decouverte-electricite',
    ['person', 'type', 'trade', 'places', 'town'],
    [
      turn(
        'dame brsa 47 ans hesite entre plusieurs metiers, elle voudrait voir le centre afpa avant. jpo bientot ?',
        'agenda',
        [on('2027-02-03')],
        noneOn('2027-01-07'),
      ),
      turn('et sur moissac, elle habite la bas', 'agenda', [on('2027-02-17')], noneOn('2027-02-03')),
      turn(
        'elle aime bien l electricite, on peut visiter un atelier ?',
        'agenda',
        [on('2027-03-10')],
        noneOn('2027-01-19'),
      ),
      turn(
        'et des places en formation electricien ?',
        'agenda',
        [
          ['électricien', 'électricité'],
          [...on('2027-03-08'), ...seats(2)],
        ],
        OTHER_TRAININGS('électricien'),
      ),
    ],
  ),

  c(
    'mr33-logistique',
    ['person', 'trade', 'places', 'two-questions'],
    [
      turn(
        'mr 33 ans brsa veut bosser dans la logistique. y a une reunion metier ?',
        'agenda',
        [on('2027-01-26')],
        noneOn('2027-02-23'),
      ),
      turn('c ou et a quelle heure', 'agenda', [MONTAUBAN, TIME_9H]),
      turn(
        'formations avec des places dans ce domaine ?',
        'agenda',
        [['cariste'], ['préparateur']],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
      turn(
        'le preparateur c a castel c ca ?',
        'agenda',
        [['castel'], [...on('2027-03-01'), ...seats(5)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),

  c(
    'caussade-batiment',
    ['town', 'trade', 'places'],
    [
      turn(
        'pas mal de brsa sur caussade interesses par le batiment, y a quoi pour eux pres de chez eux ?',
        'agenda',
        [on('2027-02-23')],
        noneOn('2027-01-26'),
      ),
      turn('combien de places a cette reunion ?', 'agenda', [seats(12)]),
      turn(
        'et en formation maconnerie des places ?',
        'agenda',
        [['maçon'], [...on('2027-02-15'), ...seats(3)]],
        OTHER_TRAININGS('maçon'),
      ),
      turn('plaquiste aussi ?', 'agenda', [['plaquiste'], FULL], OTHER_TRAININGS('plaquiste')),
    ],
  ),

  c(
    'coordo-afpa-copil',
    ['coordinator', 'figures'],
    [
      turn(
        'coordo afpa : pour le copil faut presenter les chiffres. c quoi les objectifs de l accord deja ?',
        'figures',
        [TARGET_PREPA, TARGET_PEC, TARGET_PROMO],
      ),
      turn('et le copil il se reunit tous les combien ?', 'other', [COPIL]),
      turn('les tableaux de bord mensuels on les envoie a qui ?', 'figures', [DGEFP]),
      turn('et le bilan annuel du departement ?', 'figures', [DDETSPP]),
    ],
  ),

  c(
    'promo-en-cours-apres',
    ['person', 'ase', 'end', 'figures'],
    [
      turn(
        'jeune ase 17 ans en promo 1618 depuis 1 mois, son educ demande ce qui se passe apres',
        'dispositif',
        [
          both(
            '6 mois',
            'six mois',
            'préparation de la suite',
            'e2c',
            'epide',
            'e.p.i.d.e',
            'apprentissage',
            'alternance',
          ),
        ],
      ),
      turn('le suivi apres la sortie c avec qui ?', 'dispositif', [ML_CIO.slice(0, 2)]),
      turn('l objectif de sorties positives c combien ?', 'figures', [SEVENTY]),
      turn('et combien de jeunes ase le CD devait orienter ?', 'figures', [TARGET_PROMO]),
    ],
  ),

  c(
    'prescription-sans-nouvelles',
    ['contact', 'prescription'],
    [
      turn(
        'j ai prescrit une prepa comp pour mme D la semaine derniere et pas de nouvelles. je contacte qui a l afpa ?',
        'contact',
        [[...RAP, ...DIRECTOR]],
      ),
      turn('c quoi le nom de la responsable ?', 'contact', [['battedou']]),
      turn('et cote CD qui fait le lien avec eux ?', 'contact', [DEPT_REFERENT]),
      turn(
        'vous avez son tel ?',
        'contact',
        [
          [
            ...SILENT,
            ...both(
              'pas de numéro',
              'pas le numéro',
              'aucun numéro',
              'ne dispose pas',
              'pas de coordonnées',
              'n’ai pas',
            ),
          ],
        ],
        NO_PHONE,
      ),
    ],
  ),

  c(
    'accord-validite',
    ['agreement'],
    [
      turn('question bete : l accord CD afpa il est encore valable ? il date de 2022', 'other', [TWO_YEARS]),
      turn('et on peut l arreter comment si besoin ?', 'other', [TWO_MONTHS]),
      turn('les entrees prepa pour nos brsa c jusqu a quand normalement ?', 'other', [END_OF_ENTRIES]),
    ],
  ),

  c(
    'rgpd-en-pleine-prescription',
    ['prescription', 'interruption'],
    [
      turn('je veux prescrire prepa comp pour mr E, 56 ans brsa', 'prescribe', FORM),
      turn('attends, ce que je mets dans le formulaire ca va ou, c protege ?', 'other', [RGPD]),
      turn('ok on reprend la prescription', 'prescribe', FORM),
    ],
  ),

  c(
    'dame-afghane-fle',
    ['person', 'silent'],
    [
      turn(
        'dame 34 ans brsa arrivee d afghanistan il y a 1 an, parle peu francais. l afpa a un truc ?',
        'dispositif',
        [FLE],
      ),
      turn('ca dure combien et c ou ?', 'dispositif', [SILENT]),
      turn('y a des dates d entree publiees ?', 'agenda', [[...NONE, ...SILENT]]),
      turn('et apres elle pourrait faire prepa comp ?', 'eligibility', [ELIGIBLE]),
    ],
  ),

  c(
    'mr50-nettoyage-reconnaissance',
    ['person', 'trade', 'places'],
    [
      turn(
        'mr 50 ans brsa, 20 ans dans le nettoyage sans diplome, il voudrait faire reconnaitre son experience',
        'dispositif',
        [RECOGNITION],
      ),
      turn('je pense pas qu il ait les prerequis pour une vae', 'dispositif', [RSFP]),
      turn('et il lit mal, la clea ca peut l aider ?', 'dispositif', [BASIC_SKILLS]),
      turn(
        'y a des places en formation agent de proprete ?',
        'agenda',
        [['propreté'], [...on('2027-02-22'), ...seats(7)]],
        OTHER_TRAININGS('propreté'),
      ),
    ],
  ),

  c(
    'jeune17-foyer-mobilite',
    ['person', 'ase', 'out-of-scope', 'places'],
    [
      turn(
        'jeune fille 17 ans ase en foyer a moissac, sortie du lycee pro en juin, rien depuis. promo 1618 ?',
        'eligibility',
        [[...ELIGIBLE, ...ML_CIO, 'orientation facilitée']],
      ),
      turn('j ai lu qu il y a de la mobilite, elle devra partir ailleurs ?', 'dispositif', [
        MOBILITY,
        ['2 semaines', 'deux semaines', 'village'],
      ]),
      turn(
        'l hebergement pendant ce temps c paye par qui ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
      turn('prochaine entree et il reste de la place ?', 'agenda', [on('2027-02-01'), seats(10)], TRAININGS),
    ],
  ),

  c(
    'hors-accord-puis-code',
    ['out-of-scope', 'switch'],
    [
      turn(
        'rien a voir avec l afpa : le CEJ de la ML il est ouvert aux brsa ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
      turn(
        'ok. et l aide au permis du CD ca marche comment ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
      turn('bon revenons a l afpa, la promo 1618 ca prepare au code ?', 'dispositif', [CODE]),
    ],
  ),

  c(
    'mme-croix-rouge-volet2',
    ['person', 'volet', 'session', 'modality', 'thread'],
    [
      turn(
        'mme F 39 ans brsa a une place en formation aide soignante a la croix rouge en mars mais a peur de pas tenir. prepa comp peut l aider meme si c pas a l afpa ?',
        'dispositif',
        [OTHER_ORGANISM],
      ),
      turn('ca s appelle comment ce volet et ca dure cb ?', 'dispositif', [['volet 2'], VOLET2_DURATION]),
      turn('la session volet 2 du 25 janvier ca irait ?', 'agenda', [FULL]),
      turn('bon et la suivante ?', 'agenda', [on('2027-02-15')], noneOn('2027-01-18', '2027-02-08')),
      turn('c a distance celle la ?', 'agenda', [['présentiel', 'sur place']]),
    ],
  ),

  c(
    'coordo-afpa-ateliers-pec',
    ['coordinator', 'pec', 'session'],
    [
      turn(
        'coordo afpa : un referent me demande la diff entre atelier 2 et atelier 3 de comp pec',
        'dispositif',
        [RECOGNITION_WORKSHOPS, POSITIONING],
      ),
      turn('prochaine session atelier 3 ?', 'agenda', [on('2027-02-10')], noneOn('2027-01-20', '2027-03-03')),
      turn('combien de places dessus', 'agenda', [seats(6)], [...seats(4), ...seats(3)]),
      turn('et l etape vae derriere c combien de jours ?', 'dispositif', [VAE_DAYS]),
    ],
  ),

  c(
    'jeune-lauzerte-promo-presentiel',
    ['person', 'ase', 'modality', 'silent', 'panda'],
    [
      turn(
        'jeune 16 ans ase a lauzerte, pas de transport. la promo 1618 ca peut se faire a distance ?',
        'dispositif',
        [ONSITE],
        ['tout ou partie'],
      ),
      turn('c tous les jours ?', 'dispositif', [MON_THU]),
      turn('et le vendredi il fait quoi ?', 'dispositif', [SILENT]),
      turn('c qui qui l inscrit sur panda ?', 'dispositif', [PANDA, REFERENT]),
    ],
  ),

  c(
    'planning-semaine',
    ['relative-date', 'type', 'places'],
    [
      turn(
        'je fais mon planning de rdv, y a quoi a l afpa cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        noneOn('2027-01-07', '2027-01-19', '2027-01-21'),
      ),
      turn(
        'et la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        noneOn('2027-01-14', '2027-01-26'),
      ),
      turn('la visite soudure il reste de la place ?', 'agenda', [seats(8)], [' 4 place']),
    ],
  ),

  c(
    'mr45-ft-puis-rsa',
    ['person', 'correction', 'type'],
    [
      turn(
        'mr G 45 ans pas au rsa, inscrit FT et suivi par FT. je peux lui prescrire prepa comp ?',
        'eligibility',
        [[...NOT_ELIGIBLE, ...OTHER_PRESCRIBER], RSA],
      ),
      turn('et si il ouvre ses droits rsa le mois pro et qu on le suit ?', 'eligibility', [ELIGIBLE]),
      turn(
        'ok, dates d info coll prepa en fevrier ?',
        'agenda',
        [on('2027-02-11')],
        noneOn('2027-02-09', '2027-01-14', '2027-03-04'),
      ),
    ],
  ),

  c(
    'pec-ml-correction',
    ['person', 'pec', 'correction'],
    [
      turn('salariee PEC pas au rsa, suivie par la ML, comp pec ca passe par nous ?', 'eligibility', [
        [...NOT_ELIGIBLE, ...OTHER_PRESCRIBER],
      ]),
      turn('ah non je confonds, elle est brsa et c nous qui la suivons', 'eligibility', [ELIGIBLE]),
    ],
  ),

  c(
    'maman-garde-distance',
    ['person', 'out-of-scope', 'modality', 'places'],
    [
      turn(
        'mme H 31 ans brsa 3 enfants, ok pour prepa comp mais gros souci de garde. c a l afpa de gerer ca ?',
        'dispositif',
        [['référent', 'referent', 'conseiller', 'vous'], MATERIAL],
      ),
      turn('le CD finance la garde dans ce cas ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, ...NO_MONEY]),
      turn(
        'ok elle fera a distance alors, prochaine session ?',
        'agenda',
        [on('2027-02-08')],
        noneOn('2027-01-18'),
      ),
      turn('ok je la prescris dessus', 'prescribe', [...FORM, on('2027-02-08')]),
    ],
  ),

  c(
    'promo-deux-questions-ase',
    ['two-questions', 'ase', 'session'],
    [
      turn('promo 1618 : c combien de semaines et qui y envoie les jeunes ?', 'dispositif', [
        PROMO_DURATION,
        ML_CIO,
      ]),
      turn('et nos jeunes ase, c nous qui pouvons les orienter ?', 'dispositif', [
        both('aide sociale à l’enfance', 'ase'),
        both(
          'peuvent bénéficier',
          'peut bénéficier',
          'peuvent en bénéficier',
          'orientation facilitée',
          'éligible',
          'prescri',
          'oui',
        ),
      ]),
      turn('y a une entree bientot et c ou ?', 'agenda', [on('2027-02-01'), MONTAUBAN]),
    ],
  ),

  c(
    'chantier-insertion-correction',
    ['person', 'pec', 'correction', 'prescription'],
    [
      turn(
        'mr I 27 ans pas au rsa, en PEC dans un chantier d insertion, suivi par FT. comp pec ?',
        'eligibility',
        [[...NOT_ELIGIBLE, ...OTHER_PRESCRIBER]],
      ),
      turn('ah non je me suis trompee, il est bien au rsa et c nous qui le suivons', 'eligibility', [
        ELIGIBLE,
      ]),
      turn('bon je le prescris alors', 'prescribe', [...FORM, PEC_NAME]),
    ],
  ),

  c(
    'referente-moissac',
    ['town', 'session', 'modality'],
    [
      turn(
        'referente secteur moissac : y a quoi de prevu a moissac ces prochains mois ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        noneOn('2027-01-14', '2027-02-23'),
      ),
      turn('l info coll du 9 c pour quel dispositif ?', 'agenda', [
        [...PEC_NAME, 'parcours emploi compétences'],
      ]),
      turn(
        'et de la prepa comp a moissac ?',
        'agenda',
        [on('2027-03-08')],
        noneOn('2027-01-18', '2027-02-15'),
      ),
      turn('mixte ca veut dire quoi', 'dispositif', [REMOTE, ['présentiel', 'sur place']]),
    ],
  ),

  c(
    'valence-info-coll-et-mari',
    ['town', 'type', 'second-person'],
    [
      turn(
        'je suis sur valence d agen, info coll prepa chez nous ?',
        'agenda',
        [on('2027-03-04')],
        noneOn('2027-01-21'),
      ),
      turn(
        'c un peu tard, y en a une plus tot ailleurs ?',
        'agenda',
        [anyOn('2027-01-14', '2027-01-21', '2027-02-11')],
        noneOn('2027-02-09', '2027-03-17'),
      ),
      turn(
        'et son mari 49 ans est en PEC chez un paysagiste, l info coll pour lui c ou ?',
        'agenda',
        [['moissac'], on('2027-02-09')],
        noneOn('2027-03-17'),
      ),
    ],
  ),

  c(
    'nouvelle-collegue-kit',
    ['onboarding', 'panda'],
    [
      turn(
        'nouvelle collegue au service insertion, l afpa fournit de la doc sur les dispositifs ?',
        'other',
        [KIT, KIT_CONTENT],
      ),
      turn('et ils viennent nous les presenter ?', 'other', [SEMESTER]),
      turn('elle doit etre habilitee pour inscrire ses gens ?', 'other', [HABILITATION]),
    ],
  ),

  c(
    'village-permanences',
    ['agreement'],
    [
      turn('c quoi le village afpa dont on parle dans l accord ?', 'other', [THIRD_PLACE]),
      turn('on pourrait y tenir des permanences du CD ?', 'other', [['permanence']]),
    ],
  ),

  c(
    'promo-badges-adultes',
    ['content'],
    [
      turn('dans la promo 1618 ils valident quoi comme competences ?', 'dispositif', [OPEN_BADGES]),
      turn('c quoi exactement un open badge ?', 'dispositif', [SOFT_SKILLS]),
      turn('et nos adultes brsa peuvent en avoir aussi ?', 'dispositif', [['projet spécifique']]),
    ],
  ),

  c(
    'bilan-jpo-indicateurs',
    ['figures', 'type'],
    [
      turn('pour le bilan de l annee on voudrait savoir combien de brsa sont venus aux jpo', 'figures', [
        NOT_AVAILABLE,
      ]),
      turn('c prevu dans les indicateurs au moins ?', 'figures', [INDICATOR]),
      turn(
        'et la prochaine jpo c quand, qu on mobilise les equipes pour le stand',
        'agenda',
        [on('2027-02-03')],
        noneOn('2027-01-07'),
      ),
    ],
  ),

  c(
    'jeune-majeur-20',
    ['person', 'ase', 'age'],
    [
      turn('jeune 20 ans en contrat jeune majeur ase, promo 1618 ?', 'eligibility', [NOT_ELIGIBLE, AGE_1618]),
      turn('il touche pas le rsa. prepa comp via le cd alors ?', 'eligibility', [
        [...NOT_ELIGIBLE, ...OTHER_PRESCRIBER],
        RSA,
      ]),
    ],
  ),

  c(
    'mme44-contenu-prepa',
    ['person', 'content', 'end'],
    [
      turn('mme J 44 ans brsa veut savoir ce qu on fait concretement en prepa comp', 'dispositif', [
        ['atelier', 'diagnostic', 'se préparer', 'phase'],
      ]),
      turn('les 4 phases c quoi ?', 'dispositif', [
        ['se préparer'],
        both('s’engager'),
        ['réfléchir'],
        ['agir'],
      ]),
      turn('elle aura un diplome a la fin ?', 'dispositif', [
        both(
          'bilan',
          'choix éclairés',
          'formation personnalisée',
          'pas de diplôme',
          'pas un diplôme',
          'ne délivre pas',
          'aucun diplôme',
          'n’est pas diplômant',
          'pas diplômant',
        ),
      ]),
    ],
  ),

  c(
    'siae-montech-pec-distance',
    ['person', 'pec', 'modality'],
    [
      turn(
        'mr K en PEC dans une SIAE a montech, brsa, comp pec ca peut se faire a distance ?',
        'dispositif',
        [REMOTE],
      ),
      turn('y a une session a distance ?', 'agenda', [on('2027-03-03')], noneOn('2027-02-08', '2027-02-10')),
      turn('et si il rate sa vae il repart avec rien ?', 'dispositif', [PORTFOLIO]),
    ],
  ),

  c(
    'prescrire-promo-ase16',
    ['prescription', 'ase', 'panda'],
    [
      turn('je voudrais prescrire la promo 1618 pour un jeune ase de 16 ans', 'prescribe', FORM),
      turn('c moi qui l inscris sur panda ensuite ?', 'dispositif', [PANDA, REFERENT]),
      turn('les autorisations des parents faut les avoir quand ?', 'dispositif', [
        PARENTS,
        both('engagement', 'première semaine', '1re semaine', '1ère semaine', 'première phase'),
      ]),
    ],
  ),

  c(
    'caussade-restauration-volet2',
    ['person', 'town', 'places', 'volet'],
    [
      turn(
        'mme L 36 ans brsa a caussade, interessee par la restauration. des places en formation ?',
        'agenda',
        [['restauration'], [...on('2027-03-15'), ...seats(4)]],
        OTHER_TRAININGS('restauration'),
      ),
      turn('avant elle peut faire prepa comp pour assurer son entree ?', 'dispositif', [SECURE_ENTRY]),
      turn(
        'prochaine session de ce volet avec des places ?',
        'agenda',
        [on('2027-02-15'), seats(5)],
        noneOn('2027-01-25', '2027-01-18', '2027-02-08'),
      ),
    ],
  ),

  c(
    'dame48-retour-apres-aparte',
    ['person', 'switch', 'return', 'thanks'],
    [
      turn(
        'mme M 48 ans brsa, ex aide soignante, veut changer de metier mais sait pas vers quoi. en prepa comp c quel volet et ca dure cb ?',
        'dispositif',
        [['volet 1'], VOLET1_DURATION],
      ),
      turn('autre chose : combien de PEC on a envoye en comp pec depuis janvier ?', 'figures', [
        NOT_AVAILABLE,
        TARGET_PEC,
      ]),
      turn(
        'pour revenir a la dame de tout a l heure, prochaine entree ?',
        'agenda',
        [on('2027-01-18')],
        noneOn('2027-01-20', '2027-02-15'),
      ),
      turn('elle peut pas avant fevrier', 'agenda', [on('2027-02-08')], noneOn('2027-01-18', '2027-02-15')),
      turn('merci bcp', 'other', []),
    ],
  ),

  c(
    'famille-fille-frere-mere',
    ['person', 'second-person', 'town'],
    [
      turn(
        'mme N brsa, sa fille 17 ans a arrete le lycee en sept, rien depuis, pas ase. promo 1618 ?',
        'eligibility',
        [ML_CIO],
      ),
      turn('et son frere 15 ans ? il va plus au college', 'eligibility', [NOT_ELIGIBLE, ['16']]),
      turn('et la maman elle-meme, 42 ans, y a quoi pour elle ?', 'eligibility', [PREPA_NAME]),
      turn('ca se passe a montauban ? ils sont a caussade', 'dispositif', [
        MONTAUBAN,
        [...DELOCALISED, ...REMOTE],
      ]),
    ],
  ),

  c(
    'mr40-rsa-pendant-prepa',
    ['person', 'out-of-scope', 'cost'],
    [
      turn(
        'mr O 40 ans brsa part en prepa comp : il garde son rsa pendant ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
      turn('et ses deplacements sont rembourses ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, ...NO_MONEY]),
      turn('bon au moins c gratuit pour le CD ?', 'dispositif', [FREE], NO_MONEY),
    ],
  ),

  c(
    'coordo-afpa-places-temps-reel',
    ['coordinator', 'places'],
    [
      turn('coordo afpa : les referents du CD ont bien nos places dispo en temps reel ?', 'other', [
        REAL_TIME,
      ]),
      turn('combien de places sur la session prepa du 18 ?', 'agenda', [seats(6)]),
      turn('et sur l entree promo du 1er fevrier ?', 'agenda', [seats(10)]),
    ],
  ),

  c(
    'promo-etapes-duree',
    ['content', 'duration'],
    [
      turn('la promo 1618 c quoi les grandes etapes ?', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['suite'],
      ]),
      turn('la construction phase 2 c combien de semaines ?', 'dispositif', [SIX_WEEKS]),
      turn('et si le jeune a besoin de plus de temps ca peut durer plus ?', 'dispositif', [FOUR_MONTHS]),
    ],
  ),

  c(
    'castel-correction-volet-cariste',
    ['person', 'town', 'correction', 'volet', 'places'],
    [
      turn(
        'mme P 50 ans brsa habite castelsarrasin, veut travailler son projet. volet 1 prepa comp pres de chez elle ?',
        'agenda',
        [anyOn('2027-03-08', '2027-02-08', '2027-01-18')],
      ),
      turn(
        'ah non pardon elle a deja son projet, elle veut securiser son entree en formation cariste',
        'agenda',
        [on('2027-02-15')],
        noneOn('2027-01-18', '2027-03-08'),
      ),
      turn(
        'la formation cariste elle commence quand deja ?',
        'agenda',
        [['cariste'], on('2027-01-27')],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
      turn(
        'ca colle pas avec la prepa. y a une autre session cariste plus tard ?',
        'agenda',
        [NONE],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),

  c(
    'pec-rdv-consultant',
    ['pec', 'content', 'contact'],
    [
      turn('comp pec le premier rdv avec le consultant afpa ca dure cb ?', 'dispositif', [
        ['demi-journée', 'demi journée', '1/2 journée'],
      ]),
      turn('et c qui l inscrit sur la plateforme avant ce rdv ?', 'dispositif', [REFERENT]),
      turn('si ca bloque avec l employeur j appelle qui a l afpa ?', 'contact', [[...RAP, ...DIRECTOR]]),
    ],
  ),

  c(
    'bonjour-puis-prepa-cout',
    ['greeting', 'cost'],
    [
      turn('bonjour', 'other', [['prépa', 'dispositif', 'agenda', 'promo', 'pec']]),
      turn('prepa comp c pour qui exactement ? meme les pas inscrits FT ?', 'dispositif', [
        RSA,
        NOT_REGISTERED_TOO,
      ]),
      turn('et ca coute qqch au departement ?', 'dispositif', [FREE], NO_MONEY),
      turn('on prescrit directement ou faut passer par FT ?', 'dispositif', [
        both(
          'prescrire directement',
          'prescrit directement',
          'prescription directe',
          'directement',
          'services compétents du département',
          'vous pouvez prescrire',
        ),
      ]),
    ],
  ),
];
