/**
 * Hundred-twenty-eighth blind set.
 *
 * Who speaks: a référente insertion of the Département de Tarn-et-Garonne (CD82), typing
 * on her phone in Teams DURING an appointment, with the person sitting in front of her.
 * The facts about the person trickle in as the conversation goes (« elle a 19 ans », « ah
 * et elle touche le RSA depuis 3 mois », « pas inscrite a FT », « elle a pas le permis »,
 * « en fait il a un contrat PEC a la mairie »), and after each fact she asks what is
 * possible, which programme fits, when the next entry or information session is, where,
 * whether there are places, and at the end she prescribes (« ok on y va, je la prescris »).
 * She corrects herself (« non pardon, 17 ans »), switches to a second person of the same
 * family (« et son frere, 16 ans, decroche du lycee ? »), and sometimes fires a single
 * question in a hurry. No accents, abbreviations (prepa comp, PEC, 1618, BRSA, FT, ML, ASE,
 * info coll, JPO, cb, c, qqn), typos, SMS style.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. Eligibility follows the agreement:
 * Prépa Compétences for RSA recipients accompanied by the Département, registered at
 * France Travail or not; Compétences PEC for people in a PEC contract, with the employer's
 * agreement (prescribed directly by the Département for the RSA recipients it follows,
 * otherwise by the PEC's own prescriber); La Promo 16/18 for minors of 16-17 who left
 * school and are neither in training nor employed, proposed by Missions locales or CIO,
 * open to young people in the care of the ASE. Where a fact is still unknown the expected
 * answer is the rule or the missing question, never a verdict; where the agreement is
 * silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with both apostrophes, « ’ » and « ' ». */
function alt(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/’/g, "'"), x.replace(/'/g, '’')]))];
}

// ── Names of the dispositifs ────────────────────────────────────────────────

const PREPA = ['prépa comp', 'prépa-comp', 'prepacomp'];
const PEC = ['compétences pec', 'compétences p.e.c', 'compétences-pec', 'compétences – pec', 'comp pec'];
const PROMO = ['promo 16', 'promo16', 'promo1618'];

// ── Facts of the agreement, as alternatives ────────────────────────────────

const RSA = ['rsa', 'r.s.a', 'revenu de solidarité'];
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
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours'];
const PEC_DAYS = [' 5 jours', '*5 jours', '(5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const SIX_WORKSHOPS = ['6 ateliers', 'six ateliers', 'reconnaissance des acquis'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MON_THU = alt('lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi');
const ONSITE = ['présentiel', 'sur place', 'dans le centre', 'au centre'];
const REMOTE = ['à distance', 'distanciel', 'classe virtuelle', 'en visio'];
const MONTAUBAN = ['montauban'];
const DELOCALISED = alt(
  'délocalis',
  'ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'castelsarrasin',
  'moissac',
  'valence',
  'caussade',
);
const OTHER_ORGANISM = alt(
  'autre organisme',
  'autres organismes',
  'hors afpa',
  'hors a.f.p.a',
  'ailleurs qu’à l’afpa',
  'pas seulement à l’afpa',
  'autre centre',
  'à l’afpa ou ailleurs',
);
const NOT_REGISTERED_TOO = alt(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrits',
  'non-inscrits',
  'non inscrite',
  'qu’ils soient inscrits',
  'qu’elle soit inscrite',
  'sans inscription',
  'même sans',
  'pas obligatoire',
  'pas nécessaire',
  'pas besoin',
  'pas indispensable',
  'ne bloque pas',
  'n’empêche pas',
  'pas un obstacle',
  'pas un frein',
);
const PRESCRIBED_BY_DEPARTEMENT = alt(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
  'vous pouvez la prescrire',
  'vous pouvez le prescrire',
  'pouvez l’inscrire',
);
const EMPLOYER_AGREES = alt(
  'accord de l’employeur',
  'accord de son employeur',
  'accord de la mairie',
  'accord de l’ehpad',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'informez l’employeur',
  'employeur pec',
  'recueille son accord',
  'recueillir son accord',
  'recueillir l’accord',
  'employeur donne son accord',
  'employeur est d’accord',
  'feu vert de l’employeur',
);
const PEC_START = alt(
  'dès signature',
  'dès la signature',
  'signature du contrat',
  'premiers mois',
  'début du contrat',
  'début du pec',
  'durée du p.e.c',
  'durée du pec',
  'durée du contrat',
);
const CERTIFICATION = [
  'certification',
  'vae',
  'v.a.e',
  'rsfp',
  'r.s.f.p',
  'cléa',
  'diplôme',
  'titre professionnel',
];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire'];
const BILAN = [
  'bilan individuel',
  'bilan de parcours',
  'bilan du parcours',
  'bilan à la fin',
  'bilan en fin',
];
const REFERENT = ['référent', 'conseiller', 'travailleur social', 'travailleurs sociaux'];
const PARENTS = alt(
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
  'représentant légal',
  'représentants légaux',
);
const ML_CIO = alt(
  'mission locale',
  'missions locales',
  'cio',
  'c.i.o',
  'centre d’information et d’orientation',
);
const ASE = alt(' ase', '(ase', 'l’ase', 'aide sociale à l’enfance', 'orientation facilitée');
const PROMO_RULE = alt(
  'ayant quitté',
  'ont quitté',
  'avoir quitté',
  'quitté prématurément',
  'déscolaris',
  'sorti du système',
  'sortis du système',
  'plus scolarisé',
  'toujours scolarisé',
  'encore scolarisé',
  'tant qu’il',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'ni en emploi',
  'ne travaillent pas',
  'sans emploi ni formation',
  'décrocheur',
);
const FT = ['france travail', 'pôle emploi', 'pole emploi', 'conseiller ft'];
const FRENCH = alt(
  'français à visée professionnelle',
  'français langue étrangère',
  'f.l.e',
  ' fle ',
  '(fle',
  'fle)',
  'français à visée pro',
);
const FREE = alt(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'financé par l’état',
  'financés par l’état',
  'l’état finance',
  'plan d’investissement dans les compétences',
);
const AFTER_PROMO = ['6 mois', 'six mois'];
const PROMO_POSITIVE = ['70 %', '70%', '70 pour cent', 'soixante-dix'];

// ── Verdicts, rules and silences ───────────────────────────────────────────

const ELIGIBLE = alt(
  'prescription possible',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'remplit les critères',
  'remplit les conditions',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'peut être prescrite',
  'peut être orienté',
  'peut être orientée',
  'pouvez prescrire',
  'pouvez la prescrire',
  'pouvez le prescrire',
  'pouvez l’inscrire',
  'pouvez l’orienter',
  'peut faire',
  'peut intégrer',
  'peut y entrer',
  'peut suivre',
  'peut y accéder',
  'peut accéder',
  'correspond à son profil',
  'correspond à sa situation',
);
const NOT_ELIGIBLE = alt(
  'non éligible',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'pas possible',
  'impossible',
  'ne correspond pas',
  'réservé',
  'pas ouvert',
  'pas accessible',
  'hors critères',
  'hors public',
  'trop âgé',
  'trop jeune',
  'ne relève pas',
  'pas concerné',
  'pas pour lui',
  'pas pour elle',
  'n’est plus possible',
  'pas encore',
);
const AGE_PROMO = alt(
  'mineur',
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  '16-18 ans',
  'moins de 18',
  'majeur',
  'trop âgé',
);
const SIXTEEN = ['16 ans', 'seize ans', '16 à 18', '16 et 18', '16-17', 'dès 16', 'à partir de 16'];
const SILENT = alt(
  'ne prévoit pas',
  'ne dit rien',
  'n’en dit rien',
  'ne dit pas',
  'hors de l’accord',
  'hors accord',
  'en dehors de l’accord',
  'hors du champ',
  'n’est pas couvert',
  'pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne le précise pas',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'n’indique pas',
  'pas prévu',
  'pas dans l’accord',
  'pas d’information',
  'aucune information',
  'je n’ai pas cette information',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
const NO_MONEY = ['€', ' euros'];
const NOT_AVAILABLE = alt(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'non disponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas de données',
  'aucune donnée',
  'ne sont pas encore',
  'pas encore publi',
);
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
const DIRECTOR = alt(
  'vella',
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
);
const RAP = [
  'battedou',
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
  'responsable accompagnement',
];
const DEPT_REFERENT = alt(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'le département désigne',
  'désigné par le département',
);

// ── The agenda of the fixture ──────────────────────────────────────────────

/** « 6 places », « places : 6 », « reste 6 ». */
const SEATS = (n: number): string[] => [...seats(n), `reste ${n} `, `restent ${n} `, ` ${n} disponible`];
const FULL = alt(
  'complet',
  'complète',
  ' 0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'plus aucune',
);
const NONE = alt(
  'aucun',
  'aucune',
  'rien de prévu',
  'pas de jpo',
  'n’y a pas',
  'rien ',
  'pas d’événement',
  'pas prévu',
);
/** Every training of the fixture's Info Places, by a word of its name. */
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
/** A places answer about one trade lists no other training. */
const OTHER_TRAININGS = (...asked: string[]): string[] =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

/**
 * The prescription form (or, for a référent not yet habilitated, the request for it), as
 * sets.ts describes it: « Prescrire » alone also matches the menu's button, hence the
 * second group, which only the form itself has.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// ── One person, the facts coming in during the appointment ─────────────────

const trickle: ConversationCase[] = [
  c(
    'b128-dame19-rsa-distance',
    ['trickle', 'no-accent', 'where', 'session'],
    [
      turn('jai une dame en rdv la, 19 ans, je la suis au rsa. on peut lui proposer quoi ?', 'eligibility', [
        PREPA,
      ]),
      turn('elle a pas le permis et elle habite a lafrancaise, ca se passe ou ?', 'dispositif', [
        MONTAUBAN,
        [...REMOTE, ...DELOCALISED],
      ]),
      turn(
        'une entree a distance c quand ?',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15'), ...notOn('2027-03-03')],
      ),
      turn('ok on y va je la prescris sur celle la', 'prescribe', [...FORM, on('2027-02-08')]),
    ],
  ),
  c(
    'b128-ase-19-corrige-17',
    ['trickle', 'correction', 'abbrev'],
    [
      turn(
        'jeune ase 19 ans, contrat jeune majeur, sorti du lycee en juin et rien depuis. promo 1618 ?',
        'eligibility',
        [NOT_ELIGIBLE, AGE_PROMO],
      ),
      turn(
        'non pardon je me suis trompee de dossier, il a 17 ans',
        'eligibility',
        [[...ELIGIBLE, ...ML_CIO, 'orientation facilitée']],
        ['trop âgé'],
      ),
      turn(
        'la prochaine entree c quand et il reste des places ?',
        'agenda',
        [on('2027-02-01'), SEATS(10)],
        notOn('2027-01-18'),
      ),
      turn('ok je l inscris', 'prescribe', [...FORM, PROMO]),
    ],
  ),
  c(
    'b128-pec-mairie',
    ['trickle', 'switch-dispositif'],
    [
      turn('monsieur 34 ans au rsa, je suis sa referente, il veut se former. des pistes ?', 'eligibility', [
        PREPA,
      ]),
      turn('ah attends il me dit qu il a un contrat pec a la mairie depuis novembre', 'eligibility', [
        PEC,
        EMPLOYER_AGREES,
      ]),
      turn(
        'la mairie est d accord. prochaine entree ?',
        'agenda',
        [on('2027-01-20')],
        [...notOn('2027-01-18'), ...notOn('2027-02-01')],
      ),
      turn(
        'ca lui prend cb de jours en tout sur son contrat ?',
        'dispositif',
        [PEC_DAYS],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b128-mere-puis-fils16',
    ['trickle', 'second-person'],
    [
      turn(
        'mme 44 ans au rsa, je la suis, pas inscrite a france travail. prepa comp ok pour elle ?',
        'eligibility',
        [[...ELIGIBLE, ...PRESCRIBED_BY_DEPARTEMENT]],
      ),
      turn('et son fils, 16 ans, decroche du lycee en octobre, il fait rien depuis ?', 'eligibility', [
        PROMO,
        [...ML_CIO, ...ASE],
      ]),
      turn(
        'y a une info coll ou il peut venir avec sa mere ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b128-fille15-corrige-16',
    ['correction', 'second-person'],
    [
      turn(
        'maman au rsa que je suis, sa fille 15 ans a lache le college. promo 1618 pour la fille ?',
        'eligibility',
        [NOT_ELIGIBLE, SIXTEEN],
      ),
      turn(
        'ah non elle a eu 16 ans le mois dernier',
        'eligibility',
        [[...ELIGIBLE, ...ML_CIO, ...ASE]],
        ['trop jeune'],
      ),
    ],
  ),
  c(
    'b128-pec-cap-emploi-puis-rsa',
    ['trickle', 'correction', 'prescriber'],
    [
      turn(
        'monsieur en pec chez un artisan, pas au rsa, suivi cap emploi. comp pec je peux le prescrire moi ?',
        'eligibility',
        [
          alt(
            'par cap emploi',
            'via cap emploi',
            'auprès de cap emploi',
            'avec cap emploi',
            'à cap emploi',
            'conseiller cap emploi',
            'son prescripteur',
            'prescripteur du pec',
            'par son conseiller',
            'pas au département',
            'pas par le département',
          ),
        ],
      ),
      turn('ah si il touche encore un peu de rsa et c moi sa referente', 'eligibility', [
        [...ELIGIBLE, ...PRESCRIBED_BY_DEPARTEMENT],
        EMPLOYER_AGREES,
      ]),
    ],
  ),
  c(
    'b128-castel-sans-voiture',
    ['trickle', 'town', 'volet', 'with-places'],
    [
      turn(
        'elle est a castelsarrasin sans voiture, y a quoi pres de chez elle pour prepa comp ?',
        'agenda',
        [[...on('2027-01-21'), ...on('2027-02-15')]],
        notOn('2027-03-04'),
      ),
      turn('elle veut d abord consolider son projet, c quel volet et c quand ?', 'agenda', [
        ['volet 1'],
        [...on('2027-01-18'), ...on('2027-02-08'), ...on('2027-03-08')],
      ]),
      turn('celle du 8 fevrier a distance il reste de la place ?', 'agenda', [on('2027-02-08'), SEATS(8)]),
    ],
  ),
  c(
    'b128-lyceen-puis-exclu',
    ['trickle', 'correction', 'where'],
    [
      turn('jeune 17 ans confie a l ase, inscrit en 1ere mais il seche tout. promo 1618 ?', 'eligibility', [
        [...NOT_ELIGIBLE, ...PROMO_RULE],
      ]),
      turn('en fait il a ete exclu definitivement la semaine derniere, inscrit nulle part', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO, 'orientation facilitée'],
      ]),
      turn(
        'c quand et ou la prochaine entree ?',
        'agenda',
        [on('2027-02-01'), MONTAUBAN],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b128-rsa-3mois-ft-enfants',
    ['trickle', 'abbrev'],
    [
      turn('mme 27 ans, au rsa depuis 3 mois, je la suis depuis peu. prepa comp c jouable ?', 'eligibility', [
        [...ELIGIBLE, ...PRESCRIBED_BY_DEPARTEMENT],
      ]),
      turn('elle est pas inscrite a ft, ca bloque ?', 'eligibility', [NOT_REGISTERED_TOO]),
      turn(
        'elle a 2 petits, c a temps plein ?',
        'dispositif',
        [[...PREPA_DURATION, ...TWO_WEEKS]],
        ['13 semaines', 'lundi au jeudi'],
      ),
    ],
  ),
  c(
    'b128-chomeur-ass',
    ['trickle', 'unknown-fact'],
    [
      turn('monsieur 55 ans, chomeur longue duree, je l accompagne. prepa comp c possible ?', 'eligibility', [
        RSA,
      ]),
      turn('non il est a l ASS, pas au rsa, inscrit a FT', 'eligibility', [FT]),
    ],
  ),
  c(
    'b128-pec-ehpad-distance',
    ['trickle', 'modality', 'session'],
    [
      turn(
        'dame en pec dans un ehpad, au rsa, je la suis, elle peut pas trop se liberer. comp pec ?',
        'eligibility',
        [EMPLOYER_AGREES],
      ),
      turn('ca peut se faire a distance ?', 'dispositif', [REMOTE], ['lundi au jeudi']),
      turn(
        'la session a distance c quand',
        'agenda',
        [on('2027-03-03')],
        [...notOn('2027-02-10'), ...notOn('2027-02-08')],
      ),
    ],
  ),
  c(
    'b128-couple-rsa-pec',
    ['trickle', 'second-person'],
    [
      turn('couple au rsa que je suis. madame 31 ans sans emploi, prepa comp ?', 'eligibility', [
        [...ELIGIBLE, ...PRESCRIBED_BY_DEPARTEMENT],
      ]),
      turn('et monsieur vient de signer un pec aux espaces verts de la commune', 'eligibility', [
        PEC,
        EMPLOYER_AGREES,
      ]),
    ],
  ),
  c(
    'b128-volet2-ifsi',
    ['trickle', 'volet', 'with-places'],
    [
      turn(
        'elle a deja son projet aide soignante, elle veut juste reussir son entree en formation. quel volet ?',
        'dispositif',
        [['volet 2']],
      ),
      turn('ca dure cb ce volet ?', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
      turn('la formation c a l ifsi pas a l afpa, ca marche quand meme ?', 'dispositif', [OTHER_ORGANISM]),
      turn('prochaine session volet 2 avec de la place ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
    ],
  ),
  c(
    'b128-promo-ase-parents',
    ['trickle', 'silent'],
    [
      turn('jeune 16 ans place a l ase, decroche depuis 2 mois. promo ?', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO, 'orientation facilitée'],
      ]),
      turn('les parents sont injoignables, qui signe l autorisation parentale ?', 'dispositif', [
        PARENTS,
        SILENT,
      ]),
    ],
  ),
  c(
    'b128-pec-10-mois',
    ['trickle', 'start'],
    [
      turn('monsieur 50 ans, je le suis au rsa, il a un pec dans une asso. comp pec ?', 'eligibility', [
        EMPLOYER_AGREES,
      ]),
      turn('son contrat a demarre y a 10 mois, c encore jouable ?', 'eligibility', [PEC_START]),
    ],
  ),
  c(
    'b128-prescrire-promo-19',
    ['trickle', 'refusal'],
    [
      turn('elle a 19 ans, decrochee, elle touche rien. la promo 1618 ca irait ?', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_PROMO,
      ]),
      turn('bon je la prescris quand meme en promo', 'prescribe', [[...NOT_ELIGIBLE, ...AGE_PROMO]]),
    ],
  ),
  c(
    'b128-soeur17-frere20',
    ['second-person'],
    [
      turn('jeune fille 17 ans ase, decrochee depuis la 3e, rien depuis. promo ?', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO, 'orientation facilitée'],
      ]),
      turn('et son frere 20 ans, ase aussi, sans rien ?', 'eligibility', [NOT_ELIGIBLE, AGE_PROMO]),
    ],
  ),
  c(
    'b128-jeune17-ase-inconnu',
    ['trickle', 'unknown-fact'],
    [
      turn('jeune 17 ans decroche, je peux le prescrire en promo moi ?', 'eligibility', [
        [...ML_CIO, ...ASE],
      ]),
      turn('oui il est confie a l ase', 'eligibility', [[...ELIGIBLE, ...ML_CIO, 'orientation facilitée']]),
    ],
  ),
  c(
    'b128-primo-arrivante',
    ['trickle'],
    [
      turn(
        'dame au rsa que je suis, elle parle tres peu francais, arrivee y a 1 an. y a quoi pour elle ?',
        'dispositif',
        [FRENCH],
      ),
      turn('et apres elle pourra faire prepa comp ?', 'eligibility', [
        [...ELIGIBLE, ...PRESCRIBED_BY_DEPARTEMENT],
      ]),
    ],
  ),
  c(
    'b128-mr52-trickle',
    ['trickle', 'unknown-fact', 'type'],
    [
      turn('mr 52 ans devant moi, il veut retravailler. qu est ce qui est possible ?', 'eligibility', [RSA]),
      turn('il est au rsa depuis 2 ans, je suis son referent', 'eligibility', [PREPA]),
      turn('ok la prochaine info coll prepa ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    ],
  ),
  c(
    'b128-apprenti-rupture',
    ['trickle', 'correction'],
    [
      turn('jeune 17 ans, il est en apprentissage mais ca se passe mal. promo 1618 ?', 'eligibility', [
        [...NOT_ELIGIBLE, ...PROMO_RULE],
      ]),
      turn('le contrat vient d etre rompu, il a plus rien', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO, ...ASE],
      ]),
    ],
  ),
  c(
    'b128-pec-creche-atelier2',
    ['trickle', 'volet', 'session'],
    [
      turn(
        'elle est en pec depuis 2 mois dans une creche, au rsa, je la suis, employeur ok. comp pec ?',
        'eligibility',
        [[...ELIGIBLE, ...PRESCRIBED_BY_DEPARTEMENT]],
      ),
      turn('c quoi l atelier 2 ?', 'dispositif', [SIX_WORKSHOPS]),
      turn('prochaine session atelier 2 ?', 'agenda', [on('2027-01-20')], notOn('2027-02-10')),
    ],
  ),
  c(
    'b128-pec-vae-rsfp',
    ['trickle', 'content'],
    [
      turn('il est en pec depuis 3 mois et veut un diplome, comp pec ca peut l aider ?', 'dispositif', [
        CERTIFICATION,
      ]),
      turn('il a pas le niveau pour une vae', 'dispositif', [RSFP]),
      turn('a la fin j ai un retour ?', 'dispositif', [BILAN]),
    ],
  ),
  c(
    'b128-promo17-jours-lieu',
    ['trickle', 'where'],
    [
      turn('jeune 17 ans ase sans rien depuis la 3e, promo possible ?', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO, 'orientation facilitée'],
      ]),
      turn('c tous les jours ? il a le foot le vendredi', 'dispositif', [MON_THU]),
      turn('et ca se passe ou ?', 'dispositif', [MONTAUBAN]),
    ],
  ),
  c(
    'b128-projet-flou-jpo',
    ['trickle', 'type'],
    [
      turn('elle sait pas quel metier faire, au rsa, je la suis. prepa comp ca l aiderait ?', 'eligibility', [
        [...ELIGIBLE, 'volet 1', 'projet professionnel', 'projet pro'],
      ]),
      turn(
        'elle pourrait visiter l afpa avant ? une jpo ?',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b128-maman22-rsa-majore',
    ['trickle', 'refusal'],
    [
      turn('jeune maman 22 ans, rsa majore, je la suis. la promo 1618 ?', 'eligibility', [
        NOT_ELIGIBLE,
        AGE_PROMO,
      ]),
      turn('alors quoi pour elle ?', 'eligibility', [PREPA]),
    ],
  ),
  c(
    'b128-cariste-prepa',
    ['trickle', 'trade', 'volet'],
    [
      turn(
        'mr 25 ans rsa, je le suis, il veut devenir cariste. il reste des places en formation ?',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...SEATS(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
      turn('il a jamais fait de formation, il a peur de pas tenir. prepa comp avant ?', 'dispositif', [
        ['volet 2', 'sécuriser', 'sécurisation', 'sécurise'],
      ]),
      turn('y a une reunion metier logistique avant ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    ],
  ),
  c(
    'b128-rsa-suivie-ft',
    ['prescriber'],
    [
      turn('dame au rsa mais c france travail qui la suit, pas nous. prepa comp ?', 'eligibility', [
        [
          ...ELIGIBLE,
          ...alt(
            'par france travail',
            'via france travail',
            'son conseiller',
            'conseiller france travail',
            'conseiller ft',
            'par pôle emploi',
            'conseiller pôle emploi',
          ),
        ],
      ]),
      turn('et si je reprends son suivi ?', 'eligibility', [PRESCRIBED_BY_DEPARTEMENT]),
    ],
  ),
  c(
    'b128-fils16-ml',
    ['second-person', 'prescriber', 'type'],
    [
      turn(
        'mme au rsa que je suis, son fils 16 ans decroche est suivi par la mission locale. je peux le mettre en promo moi ?',
        'eligibility',
        [
          alt(
            'par la mission locale',
            'via la mission locale',
            'sa mission locale',
            'conseiller de la mission locale',
            'à la mission locale',
            'la mission locale peut',
            'la mission locale propose',
            'missions locales',
          ),
        ],
      ),
      turn(
        'ok et la prochaine info coll promo pour que j en parle a la mere ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b128-bebe-distance',
    ['trickle', 'modality'],
    [
      turn(
        'elle a un bebe de 4 mois, elle peut faire la prepa de chez elle ?',
        'dispositif',
        [REMOTE],
        ['lundi au jeudi'],
      ),
      turn('y a une session a distance bientot ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
    ],
  ),
  c(
    'b128-entree18-places',
    ['with-places', 'session'],
    [
      turn('l entree prepa du 18 il reste de la place ?', 'agenda', [SEATS(6)]),
      turn('je la positionne dessus', 'prescribe', [...FORM, on('2027-01-18')]),
    ],
  ),
];

// ── The agenda, asked while the person is still there ─────────────────────

const agenda: ConversationCase[] = [
  c(
    'b128-soudure',
    ['trade', 'with-places', 'time'],
    [
      turn(
        'il veut faire soudeur, y a de la place ?',
        'agenda',
        [
          ['soudeur', 'soudure'],
          [...on('2027-02-01'), ...SEATS(4)],
        ],
        OTHER_TRAININGS('soudeur'),
      ),
      turn('il peut aller voir l atelier avant ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn('a quelle heure ?', 'agenda', [['14h', '14 h', '14:00', '14 heures']]),
    ],
  ),
  c(
    'b128-logistique-cariste',
    ['trade', 'with-places'],
    [
      turn(
        'elle est interessee par la logistique, y a une reunion bientot ?',
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
      turn(
        'et des places en formation cariste ?',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...SEATS(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b128-electricien',
    ['trade', 'with-places'],
    [
      turn(
        'il veut etre electricien, y a une formation avec de la place ?',
        'agenda',
        [
          ['électricien', 'électricité'],
          [...on('2027-03-08'), ...SEATS(2)],
        ],
        OTHER_TRAININGS('électricien'),
      ),
      turn('il peut visiter l atelier ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
      turn(
        'et une reunion metier batiment avant ?',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b128-moissac-session',
    ['town', 'session', 'type'],
    [
      turn(
        'elle habite moissac, une entree prepa comp la bas ?',
        'agenda',
        [on('2027-03-08')],
        notOn('2027-01-18'),
      ),
      turn(
        'et avant ca une jpo a moissac ?',
        'agenda',
        [on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
      turn('ok je la prescris sur la session de moissac', 'prescribe', [...FORM, on('2027-03-08')]),
    ],
  ),
  c(
    'b128-volet2-25-complet',
    ['with-places', 'volet'],
    [
      turn('la session volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
      turn('et la suivante ?', 'agenda', [on('2027-02-15')], notOn('2027-03-08')),
    ],
  ),
  c(
    'b128-infocoll-suivante',
    ['type', 'town'],
    [
      turn(
        'elle hesite, y a une info coll prepa avant de se lancer ?',
        'agenda',
        [on('2027-01-14')],
        notOn('2027-02-09'),
      ),
      turn('jeudi elle peut pas, la suivante ?', 'agenda', [on('2027-01-21')]),
      turn('castel c trop loin pour elle, a montauban ?', 'agenda', [on('2027-02-11')], notOn('2027-03-04')),
    ],
  ),
  c(
    'b128-semaine-prochaine',
    ['relative-date'],
    [
      turn(
        'quoi la semaine prochaine a l afpa ? elle est dispo',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
      turn('le 19 c quoi deja ?', 'agenda', [['soudure', 'soudeur']]),
    ],
  ),
  c(
    'b128-batiment',
    ['trade', 'with-places'],
    [
      turn(
        'il veut le batiment, places en maconnerie ?',
        'agenda',
        [['maçon'], [...on('2027-02-15'), ...SEATS(3)]],
        OTHER_TRAININGS('maçon', 'plaquiste', 'électricien'),
      ),
      turn('et plaquiste ?', 'agenda', [['plaquiste'], FULL], OTHER_TRAININGS('plaquiste', 'maçon')),
      turn('une reunion metier batiment bientot ?', 'agenda', [on('2027-02-23'), ['caussade']]),
    ],
  ),
  c(
    'b128-infocoll-pec-heure',
    ['type', 'time'],
    [
      turn('info coll comp pec c quand ?', 'agenda', [on('2027-02-09'), ['moissac']], notOn('2027-01-14')),
      turn('a quelle heure ?', 'agenda', [['9h30', '9 h 30', '09:30', '9:30', '09h30']]),
    ],
  ),
  c(
    'b128-infocoll-promo-heure',
    ['type', 'time'],
    [
      turn(
        'info coll promo 1618 c quand ? j ai la mere en face',
        'agenda',
        [on('2027-03-17'), MONTAUBAN],
        notOn('2027-01-14'),
      ),
      turn('a quelle heure, elle travaille le matin', 'agenda', [['14h', '14 h', '14:00', '14 heures']]),
    ],
  ),
  c(
    'b128-cette-semaine',
    ['relative-date', 'hurry', 'type'],
    [
      turn(
        'vite : info coll prepa cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b128-jeudi-heure',
    ['time', 'hurry'],
    [
      turn(
        'l info coll de jeudi c a quelle heure ?',
        'agenda',
        [['9h30', '9 h 30', '09:30', '9:30', '09h30']],
        ['14h', '14:00'],
      ),
    ],
  ),
  c(
    'b128-jpo-castel',
    ['type', 'town', 'abbrev', 'none'],
    [turn('y a une jpo a castel ?', 'agenda', [NONE], notOn('2027-01-07'))],
  ),
  c(
    'b128-jpo-prochaine',
    ['type', 'hurry'],
    [turn('prochaine jpo ? je lui donne la date', 'agenda', [on('2027-02-03')], notOn('2027-01-07'))],
  ),
  c(
    'b128-entrees-semaine-prochaine',
    ['relative-date', 'session'],
    [
      turn(
        'des entrees la semaine prochaine ?',
        'agenda',
        [on('2027-01-18'), on('2027-01-20')],
        notOn('2027-02-01'),
      ),
    ],
  ),
  c(
    'b128-infocoll-fevrier-mtb',
    ['type', 'month', 'town', 'abbrev'],
    [
      turn(
        'info coll prepa a mtb en fevrier',
        'agenda',
        [on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b128-proprete-moissac',
    ['trade', 'town', 'with-places'],
    [
      turn(
        'agent de proprete a moissac des places ?',
        'agenda',
        [['propreté'], [...on('2027-02-22'), ...SEATS(7)]],
        OTHER_TRAININGS('propreté'),
      ),
    ],
  ),
  c(
    'b128-pec-atelier3',
    ['session', 'volet'],
    [turn('atelier 3 comp pec prochaine date', 'agenda', [on('2027-02-10')], notOn('2027-01-20'))],
  ),
];

// ── Single questions typed in a hurry ──────────────────────────────────────

const hurried: ConversationCase[] = [
  c(
    'b128-vite-brsa38',
    ['hurry', 'abbrev'],
    [turn('vite: brsa 38a suivi cd prepa ok?', 'eligibility', [[...ELIGIBLE, ...PRESCRIBED_BY_DEPARTEMENT]])],
  ),
  c(
    'b128-vite-ase16',
    ['hurry', 'abbrev'],
    [
      turn('jeune 16a ase descolarise promo ok ?', 'eligibility', [
        [...ELIGIBLE, ...ML_CIO, 'orientation facilitée'],
      ]),
    ],
  ),
  c(
    'b128-cdi-pas-pec',
    ['hurry', 'refusal'],
    [
      turn('mr au rsa en cdi temps partiel, comp pec ?', 'eligibility', [
        [
          ...NOT_ELIGIBLE,
          ...alt(
            'parcours emploi compétences',
            'contrat pec',
            'en pec',
            'salariés en pec',
            'signataires',
            'réservé aux',
          ),
        ],
      ]),
    ],
  ),
  c(
    'b128-pec-ml-23',
    ['prescriber'],
    [
      turn('jeune 23 ans en pec, pas au rsa, suivi mission locale. comp pec ?', 'eligibility', [
        alt(
          'par la mission locale',
          'via la mission locale',
          'sa mission locale',
          'conseiller de la mission locale',
          'à la mission locale',
          'auprès de la mission locale',
          'son prescripteur',
          'prescripteur du pec',
          'par son conseiller',
        ),
      ]),
    ],
  ),
  c(
    'b128-age61',
    ['silent'],
    [
      turn('mr 61 ans au rsa que je suis, trop vieux pour prepa comp ?', 'eligibility', [
        [
          ...ELIGIBLE,
          ...alt(
            'pas de limite d’âge',
            'aucune limite d’âge',
            'aucune limite',
            'ne fixe pas',
            'aucune condition d’âge',
            'pas de condition d’âge',
            'ne prévoit pas de limite',
            'pas d’âge maximum',
          ),
        ],
      ]),
    ],
  ),
  c(
    'b128-deux-personnes',
    ['two-questions', 'second-person'],
    [
      turn(
        '2 dossiers : mme 45 ans rsa que je suis, pas inscrite ft + son fils 17 ans qui a quitte le lycee. quoi pour chacun ?',
        'eligibility',
        [PREPA, PROMO, [...ML_CIO, ...ASE]],
      ),
    ],
  ),
  c(
    'b128-typo-prepa-duree',
    ['typo', 'hurry'],
    [turn('prepa compétance c cb de tps', 'dispositif', [PREPA_DURATION], ['13 semaines'])],
  ),
  c(
    'b128-typo-pec-jours',
    ['typo', 'sms'],
    [turn('comp pec kombien de jour au total', 'dispositif', [PEC_DAYS], ['2 à 8 jours', '13 semaines'])],
  ),
  c(
    'b128-promo-distance',
    ['modality'],
    [turn('il habite a 40 km, la promo a distance c possible ?', 'dispositif', [ONSITE], ['tout ou partie'])],
  ),
  c(
    'b128-promo-duree-etaler',
    ['two-questions'],
    [
      turn('promo 1618 ca dure cb et ca peut s etaler si il a des rdv medicaux ?', 'dispositif', [
        PROMO_DURATION,
        FOUR_MONTHS,
      ]),
    ],
  ),
  c(
    'b128-promo-apres',
    ['end'],
    [turn('apres la promo il est lache dans la nature ou suivi ?', 'dispositif', [AFTER_PROMO, ML_CIO])],
  ),
  c(
    'b128-prepa-cout',
    ['cost'],
    [turn('elle demande si prepa comp c payant pour elle', 'dispositif', [FREE], NO_MONEY)],
  ),
  c(
    'b128-clea',
    ['trickle'],
    [
      turn('monsieur 45 ans rsa, il lit et compte mal, y a un truc pour les bases ?', 'dispositif', [
        ['cléa', 'compétences de base', 'prépa comp'],
      ]),
    ],
  ),
  c('b128-prescrire-vite', ['hurry'], [turn('je prescris comment ? vite elle attend', 'prescribe', FORM)]),
  c(
    'b128-prescrire-pec',
    ['abbrev'],
    [turn('prescrire comp pec pour mon mr en pec a la mairie, employeur ok', 'prescribe', [...FORM, PEC])],
  ),
  c(
    'b128-prescrire-18janv',
    ['session'],
    [turn('je la mets sur l entree prepa du 18 janvier', 'prescribe', [...FORM, on('2027-01-18')])],
  ),
];

// ── Outside the agreement, asked by the person in front ────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b128-oos-rsa-paye-garde',
    ['trickle', 'benefit'],
    [
      turn('elle demande si elle garde son rsa pendant la prepa', 'out_of_scope', [SILENT], NO_BOUNCE),
      turn('et elle sera payee pendant ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, ...NO_MONEY]),
      turn('ok. et la garde des enfants c qui qui gere ?', 'dispositif', [['garde'], REFERENT]),
    ],
  ),
  c(
    'b128-oos-cumul-pec',
    ['trickle', 'benefit'],
    [
      turn('il a un pec, il garde son rsa a cote ?', 'out_of_scope', [SILENT], [...NO_BOUNCE, ...NO_MONEY]),
      turn('ok. et comp pec pour lui ? employeur a dit oui, je le suis', 'eligibility', [
        [...ELIGIBLE, ...PRESCRIBED_BY_DEPARTEMENT],
      ]),
    ],
  ),
  c(
    'b128-oos-essence',
    ['transport'],
    [
      turn(
        'elle me demande si on rembourse l essence pour aller a montauban',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b128-oos-creche',
    ['benefit'],
    [
      turn(
        'place en creche pendant la prepa, le cd finance ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b128-oos-promo-paye',
    ['benefit'],
    [
      turn(
        'le jeune demande si il sera paye pendant la promo',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
  c(
    'b128-oos-cej-frere',
    ['second-person', 'other-organisation'],
    [
      turn(
        'son frere 19 ans, le cej de la mission locale ca marche comment ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b128-oos-css',
    ['benefit', 'abbrev'],
    [turn('elle a pas de mutuelle, la css elle y a droit ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b128-oos-logement',
    ['benefit'],
    [
      turn(
        'il est hebergé chez un pote, l afpa peut le loger pendant la formation ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, ...NO_MONEY],
      ),
    ],
  ),
];

// ── Figures, contacts and the rest ──────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b128-fig-prepa',
    ['follow-up'],
    [
      turn('on en est ou sur les entrees prepa des brsa ? ma cheffe me demande', 'figures', [NOT_AVAILABLE]),
      turn('et l objectif c combien deja ?', 'figures', [TARGET_PREPA]),
    ],
  ),
  c(
    'b128-fig-promo',
    ['follow-up'],
    [
      turn('objectif jeunes ase en promo 1618 ?', 'figures', [TARGET_PROMO]),
      turn('et le taux de sorties positives vise ?', 'figures', [PROMO_POSITIVE]),
    ],
  ),
  c(
    'b128-fig-pec-qui',
    ['follow-up'],
    [
      turn('combien de pec orientes par le cd vers comp pec cette annee ?', 'figures', [NOT_AVAILABLE]),
      turn('qui les a ces chiffres ?', 'contact', [
        alt(
          'dgefp',
          'd.g.e.f.p',
          'ddets',
          'd.d.e.t.s',
          'comité de pilotage',
          'tableau de bord',
          'vella',
          'battedou',
          'directeur',
          'responsable accompagnement',
        ),
      ]),
    ],
  ),
  c(
    'b128-fig-pec-objectif',
    ['abbrev'],
    [turn('objectif pec du cd c combien deja', 'figures', [TARGET_PEC])],
  ),
  c(
    'b128-fig-infocoll',
    [],
    [turn('combien de nos allocataires sont venus aux info coll ?', 'figures', [NOT_AVAILABLE])],
  ),
];

const contacts: ConversationCase[] = [
  c(
    'b128-ct-afpa-cd',
    ['follow-up'],
    [
      turn('qui je contacte a l afpa pour son dossier ?', 'contact', [[...RAP, ...DIRECTOR]]),
      turn('et cote cd c qui le referent ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
  c(
    'b128-ct-nom-tel',
    ['follow-up', 'silent'],
    [
      turn('le nom de la responsable afpa pour prepa comp ?', 'contact', [RAP]),
      turn(
        'son tel ?',
        'contact',
        [
          [
            ...SILENT,
            ...alt(
              'pas de numéro',
              'pas son numéro',
              'aucun numéro',
              'ne donne pas',
              'pas de coordonnées',
              'ne dispose pas',
            ),
          ],
        ],
        ['05 63', '0563', '05.63'],
      ),
    ],
  ),
  c('b128-ct-promo', ['abbrev'], [turn('interlocuteur afpa pour la promo ?', 'contact', [RAP])]),
  c(
    'b128-ct-pilote',
    [],
    [turn('c qui qui coordonne les dispositifs cote afpa dans le 82', 'contact', [DIRECTOR])],
  ),
];

const other: ConversationCase[] = [
  c(
    'b128-ot-bonjour',
    ['hurry'],
    [
      turn('bonjour, j ai qqn en face de moi tu peux m aider vite ?', 'other', [
        ['prépa compétences', 'dispositif', 'agenda', 'prescri', 'éligib'],
      ]),
    ],
  ),
  c(
    'b128-ot-panda',
    ['follow-up', 'panda'],
    [
      turn('c quoi panda deja', 'other', [['traçabilité', 'trace', 'suivi des parcours', 'plateforme']]),
      turn('c moi qui l inscris dessus ?', 'other', [REFERENT]),
    ],
  ),
  c(
    'b128-ot-habilitation',
    ['panda'],
    [turn('je suis pas habilitee sur panda, qui fait ca ?', 'other', [['afpa'], ['habilit']])],
  ),
  c(
    'b128-ot-rgpd',
    ['abbrev'],
    [
      turn('elle veut pas que ses infos trainent partout, c protege ?', 'other', [
        alt(
          'rgpd',
          'r.g.p.d',
          '2016/679',
          'informatique et libertés',
          '78-17',
          'protection des données',
          'données personnelles',
        ),
      ]),
    ],
  ),
  c(
    'b128-ot-flyer',
    ['hurry'],
    [turn('y a un flyer prepa comp a lui donner ?', 'other', [['kit', 'flyer']])],
  ),
  c(
    'b128-ot-accord-valable',
    [],
    [turn('l accord cd afpa il est encore valable ?', 'other', [['2 ans', 'deux ans'], ['2022']])],
  ),
  c(
    'b128-ot-prescrire-annule',
    ['follow-up'],
    [
      turn('je la prescris en prepa comp', 'prescribe', [...FORM, PREPA]),
      turn('non attends annule, elle hesite encore', 'other', [
        alt(
          'annul',
          'abandonn',
          'arrêt',
          'pas de prescription',
          'aucune prescription',
          'rien n’a été envoyé',
        ),
      ]),
    ],
  ),
];

export const HUNDRED_TWENTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  ...trickle,
  ...agenda,
  ...hurried,
  ...outOfScope,
  ...figures,
  ...contacts,
  ...other,
];
