/**
 * Hundred-thirty-seventh blind set.
 *
 * Who speaks: a référent insertion of the Département de Tarn-et-Garonne (CD82), an
 * educator of the Aide sociale à l'enfance (ASE) or the coordinator of the AFPA centre of
 * Montauban, who keeps one Teams chat with the bot open for a while and asks 3 to 6
 * questions in a row, the way a working session goes: they start on one person or one
 * programme, ask a follow-up that only makes sense after the previous answer (« et ça dure
 * combien ? », « c'est où ? », « il reste de la place ? », « et la suivante ? »), wander to
 * something else (an agenda question, a figure, whom to contact, a question the agreement
 * does not settle such as the RSA amount or housing), then come back to the first subject
 * with a pronoun or a short reference (« pour revenir à la dame », « la première que tu m'as
 * donnée »), sometimes correcting themselves (« non pardon elle a 19 ans », « je voulais dire
 * Moissac »), sometimes thanking and asking one more thing. They type fast: abbreviations
 * (prépa comp, PEC, 1618, BRSA, FT, ML, CD, ASE, info coll, JPO), no accents, typos, missing
 * question marks, two questions in one message. A few short cases (1-2 turns) are mixed in.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot. A later turn only requires what the
 * correct answer in the context of the earlier turns necessarily holds. Where the agreement
 * is silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with both apostrophes, « ’ » and « ' ». */
function both(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = both(
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
const NOT_PREPA = ['2 à 8 jours', '2 et 8 jours', 'deux à huit jours'];
const NOT_PROMO = ['13 semaines', 'treize semaines'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const ONE_WEEK = ['1 semaine', 'une semaine'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours'];
const VOLET1 = ['volet 1', 'premier volet', 'consolid'];
const VOLET2 = ['volet 2', 'second volet', 'deuxième volet'];
const SECURE_ENTRY = both('sécuris', 'entrée en formation', 'l’entrée de formation');
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const SIX_WORKSHOPS = ['6 ateliers', 'six ateliers'];
const HALF_DAY = ['demi-journée', 'demi journée', '1/2 journée'];
const THREE_AND_HALF_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const ONE_DAY = ['1 jour', 'une journée', '1 journée', 'un jour'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const PROMO_DAYS = both('lundi au jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi', 'lundi-jeudi');
const PROMO_PUBLIC = both(
  'décroch',
  'quitté',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'déscolaris',
  'ne travaillent pas',
  'sortis du système scolaire',
  'ni en emploi',
);
const AGE_1618 = ['16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur'];
const PARENTS = [
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
];
const PROMO_PHASES = [['engagement'], ['construction'], ['suite']];
const AFTER_PROMO = ['6 mois', 'six mois'];
const ONSITE = ['présentiel', 'sur place', 'dans le centre', 'au centre'];
const DISTANCE = both('à distance', 'distanciel', 'en ligne', 'visio');
const PART_REMOTE = both('tout ou partie', 'en partie', 'partiellement', 'mixte', 'à distance', 'distanciel');
const MONTAUBAN = ['montauban'];
const DELOCALISED = both(
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
  'dans le département',
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
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
  'p.i.c',
);
const DIRECT_PRESCRIPTION = both(
  'directement',
  'prescription directe',
  'services compétents du département',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
);
const ADHESION = both(
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'volontaire',
);
const EMPLOYER_AGREES = both(
  'accord de l’employeur',
  'accord de son employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'accord du patron',
  'employeur donne son accord',
  'employeur est d’accord',
  'employeur pec',
  'employeur p.e.c',
);
const PEC_START = both('signature', 'premiers mois', 'dès le début', 'début du contrat');
const CERTIFICATION = ['certification', 'vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire', 'reconnaissance des savoirs-faire'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const PRO_TITLES = ['titres professionnels', 'titre professionnel', 'titres pro'];
const PORTFOLIO = ['portefeuille'];
const BILAN = ['bilan'];
const PANDA = ['panda'];
const REFERENT = ['référent', 'conseiller'];
const MATERIAL = both('garde d’enfants', 'garde des enfants', 'mobilité', 'conditions matérielles');
const NOT_REGISTERED_TOO = both(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'pas inscrite',
  'qu’ils soient inscrits',
  'même sans inscription',
  'sans être inscrit',
  'pas obligatoire',
  'pas nécessaire',
);
const RSA = ['rsa', 'r.s.a'];
const MISSION_LOCALE_CIO = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const OTHER_AFPA_CENTRE = both(
  'autre organisme',
  'autres organismes',
  'hors afpa',
  'hors a.f.p.a',
  'ailleurs',
  'autre centre',
  'à l’afpa ou',
);

// ── Outside the agreement ───────────────────────────────────────────────────

const OUT_OF_SCOPE = both(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'n’en dit rien',
  'hors de l’accord',
  'hors accord',
  'en dehors de l’accord',
  'hors du champ',
  'hors champ',
  'hors du cadre',
  'n’est pas couvert',
  'pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'pas mentionné',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'ne contient pas',
  'ne détaille pas',
  'n’indique pas',
  'ne donne pas',
  'pas prévu',
  'pas dans l’accord',
  'pas d’information',
  'aucune information',
  'pas d’info',
  'ne relève pas',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
const MONEY = ['€', ' euros'];
/** What the agreement does not give: a phone number, an e-mail. */
const NO_DETAILS = both(
  ...OUT_OF_SCOPE,
  'pas de numéro',
  'aucun numéro',
  'pas les coordonnées',
  'pas de coordonnées',
  'ne dispose pas',
  'n’ai pas',
  'pas de téléphone',
);
const PHONE = ['05 63', '0563', '+33', '@'];

// ── Figures ─────────────────────────────────────────────────────────────────

const NOT_AVAILABLE = both(
  'pas disponible',
  'pas encore disponible',
  'non disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'pas encore de chiffres',
  'aucune donnée',
  'pas de données',
  'pas encore de données',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'ne sont pas encore',
  'pas encore publi',
  'pas en mesure',
  'aucune prescription',
  'aucune orientation',
  'aucun jeune',
);
const TARGET_PREPA = both(
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
  'trente',
);
const TARGET_PEC = both(
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
  'cinquante',
);
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
  'dix jeunes',
];
const SEVENTY = ['70 %', '70%', '70\u00a0%', '70\u202f%', 'soixante-dix'];
const NATIONAL_PROMO = ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000'];
const DGEFP = ['dgefp', 'd.g.e.f.p'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois', 'par mois'];
const YEARLY = ['annuel', 'chaque année', 'par an', 'une fois par an'];
const QUARTERLY = ['trimestr'];

// ── Whom to contact ─────────────────────────────────────────────────────────

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
const AFPA_CONTACT = [...DIRECTOR, ...RAP];
const DEPT_REFERENT = both(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'référente désignée',
  'le département désigne',
  'désigné par le département',
);
const PRESIDENT = ['président du conseil départemental', 'président', 'weill'];

// ── Eligibility and prescription ────────────────────────────────────────────

const ELIGIBLE = both(
  'prescription possible',
  'est éligible',
  'critères remplis',
  'remplit les critères',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peut être prescrit',
  'pouvez prescrire',
  'peut faire',
  'peut suivre',
  'peut y entrer',
  'peut intégrer',
  'correspond au public',
  'fait partie du public',
  'entre dans le public',
);
const NOT_ELIGIBLE = both(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'ne relève pas',
  'hors critères',
  'trop âgé',
  'trop jeune',
  'n’entre pas',
  'ne peut plus',
  'pas accessible',
);
const PROMO_OK = [...ELIGIBLE, ...MISSION_LOCALE_CIO];
const OTHER_PRESCRIBER = both(
  'autre prescripteur',
  'son prescripteur',
  'cap emploi',
  'france travail',
  'pôle emploi',
  'mission locale',
  'missions locales',
);
/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// ── Everything else the agreement settles ───────────────────────────────────

const TWO_YEARS = ['2 ans', 'deux ans'];
const NOTICE = ['2 mois', 'deux mois'];
const EXTENSION = ['avenant', 'poursuite', 'prolong', 'reconduction', 'modifié'];
const CAMPAIGN_END = ['31 décembre', '31/12', '31 déc'];
const CAMPAIGN_FINISH = ['30 avril', '30/04', '30 avr'];
const RGPD = ['rgpd', 'r.g.p.d', '2016/679', 'informatique et libertés', '1978', 'protection des données'];
const ARTICLE_5 = ['article 5', 'art. 5', 'art 5'];
const SEMESTER = ['semestre', 'deux fois par an', '2 fois par an'];
const COPIL = [
  'une fois par an',
  '1 fois par an',
  'au moins une fois',
  'annuel',
  'chaque année',
  'trimestri',
];
const TIERS_LIEU = ['tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'];
const CANCELLED = ['annul', 'abandon', 'interromp', 'arrêt'];

// ── The agenda of the fixture ────────────────────────────────────────────────

const NONE = both(
  'aucun',
  'aucune',
  'pas de ',
  'pas d’',
  'n’y a pas',
  'rien',
  'ne trouve pas',
  'pas trouvé',
  'pas prévu',
  'ne vois pas',
);
const FULL = both(
  ...seats(0),
  'aucune place',
  'complet',
  'complète',
  'plus de place',
  'pas de place',
  '0 place',
);
const AT_930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const AT_14 = ['14h', '14 h', '14:00'];
const AT_9 = ['9h', '9 h', '09:00', '9:00', '09h'];
const CASTEL = ['castelsarrasin', 'castel'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
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

// ── Cases ───────────────────────────────────────────────────────────────────

export const HUNDRED_THIRTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  // Long threads (référent insertion, ASE educator, AFPA coordinator), a few short ones mixed in.
  c(
    'b137-dame-prepa-moissac',
    ['referent', 'long-thread', 'come-back', 'abbrev', 'switch'],
    [
      turn(
        'bjr, jai une dame 45 ans brsa suivie par nous, pas inscrite a FT, elle veut retravailler son projet pro. prepa comp possible',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('ok et ca dure combien', 'dispositif', [PREPA_DURATION], NOT_PROMO),
      turn('elle est sur moissac sans voiture, y a une session par la bas ?', 'agenda', [on('2027-03-08')]),
      turn(
        'au fait c combien le rsa pour une personne seule en ce moment',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
      turn('ok tant pis. pour revenir a la dame, c qui qui l inscrit sur panda ?', 'dispositif', [
        PANDA,
        REFERENT,
      ]),
      turn('parfait je la prescris sur la session de moissac alors', 'prescribe', FORM),
    ],
  ),

  c(
    'b137-ase-promo-17-places',
    ['ase', 'long-thread', 'follow-up'],
    [
      turn(
        'je suis educ ase, jai un jeune de 17 ans qui a lache le lycee en novembre, il fait rien depuis. la promo 1618 ca peut le faire ?',
        'eligibility',
        [PROMO_OK],
      ),
      turn('ca dure combien de temps', 'dispositif', [PROMO_DURATION], NOT_PREPA),
      turn('prochaine entree c quand', 'agenda', [on('2027-02-01')]),
      turn('il reste de la place ?', 'agenda', [seats(10)], ['soudeur', 'cariste', 'plaquiste']),
      turn('merci ! et je contacte qui a l afpa pour la promo', 'contact', [AFPA_CONTACT]),
    ],
  ),

  c(
    'b137-ase-correction-19ans',
    ['ase', 'correction', 'long-thread', 'switch'],
    [
      turn('une jeune ase de 16 ans decrochee depuis septembre, promo 16 18 ?', 'eligibility', [PROMO_OK]),
      turn('non pardon je me suis trompee elle a 19 ans', 'eligibility', [NOT_ELIGIBLE, AGE_1618]),
      turn('bon. et la prepa comp du coup elle peut ? elle touche pas le rsa', 'eligibility', [
        RSA,
        [...NOT_ELIGIBLE, ...OTHER_PRESCRIBER],
      ]),
      turn(
        'ok merci. y a des jpo bientot pour qu elle decouvre des metiers ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        notOn('2027-01-07'),
      ),
    ],
  ),

  c(
    'b137-pec-asso-vae',
    ['referent', 'long-thread', 'follow-up'],
    [
      turn(
        'mr 38 ans au rsa, en contrat pec dans une asso depuis 2 mois, son employeur est ok. competences pec ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn(
        'ca se passe comment concretement, combien de jours',
        'dispositif',
        [PEC_DAYS],
        [...NOT_PREPA, ...NOT_PROMO],
      ),
      turn('et a la fin il a quoi', 'dispositif', [CERTIFICATION]),
      turn('la vae ca prend combien de jours dedans', 'dispositif', [THREE_AND_HALF_DAYS]),
      turn('prochaine entree atelier 2 ?', 'agenda', [on('2027-01-20')]),
      turn('ok je le positionne dessus', 'prescribe', FORM),
    ],
  ),

  c(
    'b137-afpa-coordo-reporting',
    ['afpa', 'long-thread', 'switch'],
    [
      turn('coordo afpa montauban ici. les objectifs chiffres pour la pec c combien deja', 'figures', [
        TARGET_PEC,
      ]),
      turn('et prepa ?', 'figures', [TARGET_PREPA]),
      turn('on doit remonter les chiffres a qui et a quel rythme', 'figures', [DGEFP, MONTHLY]),
      turn('et le bilan individuel en fin de prepa on l envoie a qui', 'dispositif', [REFERENT]),
    ],
  ),

  c(
    'b137-infocoll-suivante-castel',
    ['referent', 'follow-up', 'two-questions', 'switch'],
    [
      turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14')], notOn('2027-02-09')),
      turn('ah le 14 je peux pas. et la suivante', 'agenda', [on('2027-01-21')]),
      turn('c ou ?', 'agenda', [CASTEL]),
      turn('a quelle heure et combien de places', 'agenda', [AT_14, seats(12)]),
    ],
  ),

  c(
    'b137-soudeur-vae-logement',
    ['referent', 'long-thread', 'come-back', 'switch'],
    [
      turn(
        'monsieur 52 ans brsa, soudeur depuis 15 ans mais aucun diplome. il peut faire valider son experience avec l afpa ?',
        'dispositif',
        [VAE],
      ),
      turn(
        'y a une visite de l atelier soudure bientot ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
      turn(
        'et des places en formation soudeur ?',
        'agenda',
        [
          ['soudeur', 'soudure'],
          [...on('2027-02-01'), ...seats(4)],
        ],
        OTHER_TRAININGS('soudeur'),
      ),
      turn(
        'il a aussi un souci de logement, l afpa peut l heberger ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_BOUNCE,
      ),
      turn('ok. du coup pour lui la vae si il a pas les prerequis on fait comment', 'dispositif', [RSFP]),
    ],
  ),

  c(
    'b137-short-volets',
    ['short', 'two-questions', 'abbrev', 'typo'],
    [turn('prepa comp c cb de jour le volet 1 et le volet 2', 'dispositif', [VOLET1_DAYS, VOLET2_DAYS])],
  ),

  c(
    'b137-pec-employeur-refuse',
    ['referent', 'long-thread', 'silent', 'switch'],
    [
      turn('comp pec faut forcement l accord de l employeur ?', 'dispositif', [EMPLOYER_AGREES]),
      turn('et si il refuse ?', 'dispositif', [
        [
          ...EMPLOYER_AGREES,
          'nécessaire',
          'requis',
          'indispensable',
          'préalable',
          'ne prévoit pas',
          'pas possible',
          'ne peut pas',
        ],
      ]),
      turn(
        'bon. y a une info coll pec bientot pour que je l amene avec son employeur ?',
        'agenda',
        [on('2027-02-09'), MOISSAC],
        notOn('2027-01-14'),
      ),
      turn(
        'merci. et derniere question, son contrat pec il dure combien normalement ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_BOUNCE,
      ),
    ],
  ),

  c(
    'b137-promo-phases-mobilite',
    ['ase', 'long-thread', 'follow-up', 'silent'],
    [
      turn('c quoi les phases de la promo 16/18', 'dispositif', PROMO_PHASES),
      turn('la premiere phase elle dure combien', 'dispositif', [ONE_WEEK]),
      turn('il part de chez lui a un moment ? il a jamais quitte montauban', 'dispositif', [
        ['mobilité'],
        TWO_WEEKS,
      ]),
      turn(
        'l hebergement pendant ce temps c paye par qui ? le cd ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
      turn('ok. et apres les 13 semaines il est suivi ?', 'dispositif', [AFTER_PROMO, MISSION_LOCALE_CIO]),
    ],
  ),

  c(
    'b137-afpa-habilitation-panda',
    ['afpa', 'panda', 'follow-up'],
    [
      turn('cote afpa on doit habiliter les referents du cd sur panda c ca ?', 'other', [['habilit'], PANDA]),
      turn('pour la promo aussi c le referent qui inscrit le jeune sur panda ?', 'dispositif', [
        PANDA,
        REFERENT,
      ]),
      turn('les donnees saisies c couvert par le rgpd dans l accord ?', 'other', [RGPD, ARTICLE_5]),
    ],
  ),

  c(
    'b137-jpo-premiere-stand',
    ['referent', 'follow-up', 'switch'],
    [
      turn('prochaines jpo stp', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      turn('la premiere c ou', 'agenda', [MONTAUBAN]),
      turn('au fait nos equipes du cd elles peuvent tenir un stand aux jpo ?', 'other', [['stand']]),
      turn('et l afpa vient presenter ses actions a nos reunions d equipe des fois ?', 'other', [SEMESTER]),
    ],
  ),

  c(
    'b137-figures-promo-ase',
    ['ase', 'figures', 'follow-up'],
    [
      turn('combien de jeunes ase on a envoye sur la promo depuis le debut ?', 'figures', [NOT_AVAILABLE]),
      turn('et l objectif c combien deja', 'figures', [TARGET_PROMO]),
      turn('et le taux de sorties positives vise ?', 'figures', [SEVENTY]),
      turn('la promo au niveau national c pour combien de jeunes', 'figures', [NATIONAL_PROMO]),
    ],
  ),

  c(
    'b137-prepa-greta-volet2',
    ['referent', 'long-thread', 'follow-up', 'switch'],
    [
      turn(
        'ma beneficiaire veut rentrer en formation aide soignante au greta pas a l afpa, prepa comp ca peut l aider quand meme ?',
        'dispositif',
        [OTHER_AFPA_CENTRE],
      ),
      turn('ce serait quel volet', 'dispositif', [VOLET2, SECURE_ENTRY]),
      turn('prochaine session volet 2 avec de la place ?', 'agenda', [on('2027-02-15')]),
      turn('c ou celle la', 'agenda', [CASTEL]),
      turn('si la session est annulee je contacte qui a l afpa', 'contact', [AFPA_CONTACT]),
    ],
  ),

  c(
    'b137-rsa-montant-puis-prepa',
    ['referent', 'switch', 'come-back', 'silent'],
    [
      turn(
        'le montant du rsa pour un couple avec 2 enfants c combien',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
      turn('ok. sinon la prepa comp ca coute quelque chose au departement ?', 'dispositif', [FREE]),
      turn(
        'et pour le beneficiaire il est remunere pendant ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
      turn('dac. et qui prescrit, nous directement ou faut passer par FT ?', 'dispositif', [
        DIRECT_PRESCRIPTION,
      ]),
    ],
  ),

  c(
    'b137-logistique-cariste-preparateur',
    ['referent', 'long-thread', 'follow-up', 'two-questions'],
    [
      turn(
        'un monsieur brsa interesse par la logistique, y a une reunion metier bientot ?',
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
      turn('c a quelle heure et ca dure combien de temps', 'agenda', [
        AT_9,
        ['12h', '12 h', '12:00', '3 h', '3h', 'trois heures'],
      ]),
      turn(
        'et en formation cariste y a des places ?',
        'agenda',
        [['cariste'], [...on('2027-01-27'), ...seats(6)]],
        OTHER_TRAININGS('cariste', 'préparateur'),
      ),
      turn(
        'et preparateur de commandes ?',
        'agenda',
        [['préparateur'], [...on('2027-03-01'), ...seats(5)]],
        OTHER_TRAININGS('préparateur', 'cariste'),
      ),
      turn('c ou ?', 'agenda', [CASTEL]),
    ],
  ),

  c(
    'b137-ase-foyer-parents',
    ['ase', 'long-thread', 'silent', 'follow-up'],
    [
      turn('jeune ase 16 ans place en foyer, deco depuis juin. promo 1618 ok ?', 'eligibility', [PROMO_OK]),
      turn('faut une autorisation parentale ? les parents sont injoignables', 'dispositif', [PARENTS]),
      turn(
        'et si c le service ase qui signe a leur place ca passe ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_BOUNCE,
      ),
      turn('dac. et la prochaine entree c quand', 'agenda', [on('2027-02-01')]),
    ],
  ),

  c(
    'b137-short-pec-jours-ateliers',
    ['short', 'two-questions', 'abbrev'],
    [
      turn(
        'comp pec combien de jours en tout et combien d ateliers de demi journee ?',
        'dispositif',
        [PEC_DAYS, SIX_WORKSHOPS],
        NOT_PREPA,
      ),
    ],
  ),

  c(
    'b137-contact-souci-prescription',
    ['referent', 'follow-up', 'silent'],
    [
      turn('j ai un souci sur une prescription prepa, je contacte qui a l afpa', 'contact', [AFPA_CONTACT]),
      turn('t as son tel ?', 'contact', [NO_DETAILS], PHONE),
      turn('et cote cd qui fait le lien avec l afpa', 'contact', [DEPT_REFERENT]),
      turn('ok et qui coordonne les 3 dispositifs dans le 82', 'contact', [DIRECTOR]),
    ],
  ),

  c(
    'b137-short-prepa-phases',
    ['short', 'typo'],
    [
      turn('les 4 phase de la prepa comp cest quoi deja', 'dispositif', [
        ['se préparer'],
        both('s’engager'),
        ['réfléchir'],
        ['agir'],
      ]),
    ],
  ),

  c(
    'b137-ase-15ans-mars',
    ['ase', 'follow-up', 'switch'],
    [
      turn('ado de 15 ans confie a l ase, exclu du college, il peut aller en promo 1618 ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['16'],
      ]),
      turn('et quand il aura 16 ans en mars ?', 'eligibility', [
        [...ELIGIBLE, 'pourra', 'sera éligible', 'deviendra éligible'],
      ]),
      turn(
        'c en presentiel tous les jours la promo ?',
        'dispositif',
        [ONSITE, PROMO_DAYS],
        ['tout ou partie'],
      ),
      turn('y a une info coll promo pour lui presenter ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    ],
  ),

  c(
    'b137-afpa-campagne-accord',
    ['afpa', 'follow-up'],
    [
      turn(
        'jusqu a quand les brsa prescrits par le cd peuvent entrer en prepa ou pec selon l annexe',
        'other',
        [CAMPAIGN_END],
      ),
      turn('et les parcours doivent finir quand', 'other', [CAMPAIGN_FINISH]),
      turn('l accord lui meme il dure combien', 'other', [TWO_YEARS, ['2022']]),
      turn('on peut le prolonger ?', 'other', [EXTENSION]),
      turn('et si un des deux veut arreter ?', 'other', [NOTICE]),
    ],
  ),

  c(
    'b137-visite-electricite-plaquiste',
    ['referent', 'follow-up'],
    [
      turn('visite plateau technique en mars ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
      turn(
        'et y a des places en formation electricien ?',
        'agenda',
        [
          ['électricien', 'électricité'],
          [...on('2027-03-08'), ...seats(2)],
        ],
        OTHER_TRAININGS('électricien'),
      ),
      turn('et plaquiste ?', 'agenda', [['plaquiste'], FULL], OTHER_TRAININGS('plaquiste')),
    ],
  ),

  c(
    'b137-short-oos-permis',
    ['short', 'silent', 'abbrev'],
    [
      turn(
        'le cd finance le permis b pour un brsa qui rentre en formation afpa ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
    ],
  ),

  c(
    'b137-garde-enfants-distanciel',
    ['referent', 'long-thread', 'silent', 'come-back'],
    [
      turn(
        'maman solo au rsa, 3 enfants, elle veut faire prepa comp mais galere pour la garde. qui gere ca ?',
        'dispositif',
        [MATERIAL, REFERENT],
      ),
      turn(
        'le cd paye une nounou pendant la prepa ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
      turn('ok. elle pourrait la faire en partie a distance du coup ?', 'dispositif', [PART_REMOTE]),
      turn('y a une session en distanciel bientot ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
      turn('ok je la positionne sur celle du 8 fevrier', 'prescribe', [...FORM, on('2027-02-08')]),
    ],
  ),

  c(
    'b137-pec-distance-caussade',
    ['referent', 'long-thread', 'follow-up', 'switch'],
    [
      turn(
        'mme en pec a caussade, 1h de route de montauban. comp pec ca peut se faire a distance ?',
        'dispositif',
        [DISTANCE],
      ),
      turn('y a une session atelier 2 a distance ?', 'agenda', [on('2027-03-03')], notOn('2027-02-10')),
      turn('et le premier rdv avec le consultant afpa c combien de temps', 'dispositif', [HALF_DAY]),
      turn('qui je contacte a l afpa pour organiser ca', 'contact', [AFPA_CONTACT]),
    ],
  ),

  c(
    'b137-figures-prepa-ddets',
    ['referent', 'figures', 'follow-up'],
    [
      turn('on en est ou sur les 30 brsa en prepa comp ?', 'figures', [NOT_AVAILABLE]),
      turn('et c quoi l objectif pour la pec', 'figures', [TARGET_PEC]),
      turn('ces chiffres sont remontes a la ddets ?', 'figures', [YEARLY]),
    ],
  ),

  c(
    'b137-prescrire-annule-revient',
    ['referent', 'come-back', 'cancel'],
    [
      turn('je veux prescrire prepa comp pour mr D.', 'prescribe', FORM),
      turn('en fait annule, je dois d abord recueillir son accord', 'other', [CANCELLED]),
      turn('au fait c obligatoire son accord pour la prepa ?', 'dispositif', [ADHESION]),
      turn('et l info coll de jeudi c a quelle heure, je pourrais l y emmener', 'agenda', [AT_930]),
    ],
  ),

  c(
    'b137-ase-cej-ml',
    ['ase', 'silent', 'follow-up'],
    [
      turn(
        'jeune ase 17 ans, la mission locale lui propose le cej, c compatible avec la promo ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_BOUNCE,
      ),
      turn('ok. et c la ml qui oriente vers la promo normalement ?', 'dispositif', [MISSION_LOCALE_CIO]),
      turn('et nous a l ase on peut orienter directement ?', 'dispositif', [
        [
          'orientation facilitée',
          'réflexion',
          'peuvent bénéficier',
          'peut bénéficier',
          'peuvent en bénéficier',
        ],
      ]),
    ],
  ),

  c(
    'b137-caussade-pardon-moissac',
    ['referent', 'correction', 'follow-up', 'town'],
    [
      turn('y a quoi comme info coll a caussade', 'agenda', [NONE]),
      turn('pardon je voulais dire moissac', 'agenda', [on('2027-02-09')], notOn('2027-01-21')),
      turn('elle est pour quel public celle la', 'agenda', [['pec', 'p.e.c', 'parcours emploi']]),
    ],
  ),

  c(
    'b137-afpa-kit-places-proprete',
    ['afpa', 'switch', 'follow-up'],
    [
      turn('on doit fournir quoi aux referents insertion du cd comme outils de com', 'other', [
        ['kit'],
        ['flyer', 'argumentaire'],
      ]),
      turn(
        'en parlant de ca, combien de places en agent de proprete ?',
        'agenda',
        [['propreté'], [...on('2027-02-22'), ...seats(7)]],
        OTHER_TRAININGS('propreté'),
      ),
      turn('c ou cette formation', 'agenda', [MOISSAC]),
      turn('et le referent cote cd avec qui je dois bosser c qui', 'contact', [DEPT_REFERENT]),
    ],
  ),

  c(
    'b137-pec-8-mois',
    ['referent', 'follow-up'],
    [
      turn('mr en pec depuis 8 mois, comp pec c encore jouable ?', 'dispositif', [PEC_START]),
      turn('il est au rsa et suivi par nous, et son employeur est d accord', 'eligibility', [
        [...ELIGIBLE, ...PEC_START],
      ]),
      turn('et a la fin je recois quoi comme retour', 'dispositif', [BILAN]),
      turn('et lui il garde une trace de ses competences ?', 'dispositif', [PORTFOLIO]),
      turn('si il vise clea socle plutot que la vae ca prend combien de temps', 'dispositif', [ONE_DAY]),
    ],
  ),

  c(
    'b137-prime-activite-pec',
    ['referent', 'silent', 'come-back'],
    [
      turn(
        'dame au rsa qui signe un pec dans une mairie, elle garde sa prime d activite ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
      turn('ok. du coup pour elle comp pec c possible ? elle est suivie par nous', 'eligibility', [
        [...ELIGIBLE, ...EMPLOYER_AGREES],
      ]),
      turn('des que le contrat est signe ou faut attendre ?', 'dispositif', [PEC_START]),
      turn('ok je prescris', 'prescribe', FORM),
    ],
  ),

  c(
    'b137-droit-commun-batiment',
    ['referent', 'long-thread', 'switch'],
    [
      turn('les formations qualifiantes classiques de l afpa, mes brsa y ont acces ?', 'dispositif', [
        ['région', 'régional', 'financeurs publics'],
      ]),
      turn(
        'ok. y a combien de places en maconnerie en ce moment',
        'agenda',
        [['maçon'], [...on('2027-02-15'), ...seats(3)]],
        OTHER_TRAININGS('maçon'),
      ),
      turn('et la reunion metier batiment c quand', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
      turn('c ou deja', 'agenda', [CAUSSADE]),
    ],
  ),

  c(
    'b137-bonjour-trois-dispositifs',
    ['referent', 'follow-up'],
    [
      turn('bonjour', 'other', [['prépa compétences', 'dispositif', 'agenda']]),
      turn('c quoi la promo 1618 en 2 mots', 'dispositif', [PROMO_PUBLIC]),
      turn('et competences pec ?', 'dispositif', [CERTIFICATION]),
      turn(
        'et laquelle des 3 je peux prescrire pour un brsa de 40 ans qui a pas de contrat ?',
        'eligibility',
        [['prépa']],
      ),
    ],
  ),

  c(
    'b137-copil-village',
    ['afpa', 'follow-up'],
    [
      turn('le comite de pilotage de l accord il se reunit quand', 'other', [COPIL]),
      turn('c quoi le village afpa dont parle l accord', 'other', [TIERS_LIEU]),
      turn('on pourrait y tenir des permanences ?', 'other', [['permanence']]),
    ],
  ),

  c(
    'b137-mere-et-fils',
    ['referent', 'long-thread', 'come-back', 'switch'],
    [
      turn(
        'mme B 34 ans rsa, elle veut se former mais sait pas dans quoi. prepa comp quel volet ?',
        'dispositif',
        [VOLET1, ['projet']],
      ),
      turn('ca dure combien ce volet', 'dispositif', [VOLET1_DAYS]),
      turn(
        'son fils a 17 ans et fait rien depuis qu il a quitte le lycee, la promo 1618 ca serait pour lui ?',
        'eligibility',
        [PROMO_OK],
      ),
      turn('qui l oriente, nous ?', 'dispositif', [MISSION_LOCALE_CIO]),
      turn(
        'ok. pour revenir a la mere, prochaine entree volet 1 avec des places ?',
        'agenda',
        [on('2027-01-18'), seats(6)],
        notOn('2027-02-15'),
      ),
      turn('je la prescris dessus', 'prescribe', FORM),
    ],
  ),

  c(
    'b137-promo-4-mois-code',
    ['ase', 'follow-up'],
    [
      turn('la promo 16/18 c 3 mois pile ?', 'dispositif', [FOUR_MONTHS]),
      turn('les jeunes passent le code pendant ?', 'dispositif', [['code']]),
      turn('et ils ont un diplome ou un truc a la fin ?', 'dispositif', [['badge']]),
    ],
  ),

  c(
    'b137-signataires-deploiement',
    ['referent', 'follow-up'],
    [
      turn('qui a signe l accord cote departement', 'contact', [PRESIDENT]),
      turn('et cote afpa', 'contact', [DIRECTOR]),
      turn('et qui deploie concretement la promo et la prepa a l afpa', 'contact', [RAP]),
    ],
  ),

  c(
    'b137-infocoll-fevrier-deuxieme',
    ['referent', 'follow-up', 'switch'],
    [
      turn(
        'les infos coll en fevrier ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
      turn('la deuxieme c pour quel dispositif', 'agenda', [['prépa']]),
      turn('au fait les brsa qui viennent aux info coll c compte dans les indicateurs ?', 'figures', [
        both('indicateur', 'nombre d’allocataires', 'nombre de bénéficiaires', 'comptabilis', 'compté'),
      ]),
    ],
  ),

  c(
    'b137-frere-soeur-ase',
    ['ase', 'long-thread', 'follow-up'],
    [
      turn(
        'un jeune ase de 17 ans, sorti du lycee pro l an dernier, sans rien. promo 1618 ?',
        'eligibility',
        [PROMO_OK],
      ),
      turn('et pour sa soeur de 17 ans aussi mais elle est encore au lycee ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['scolaris', 'lycée', 'quitté', 'décroch'],
      ]),
      turn('ok. pour le frere ca commence quand', 'agenda', [on('2027-02-01')]),
      turn('ok je fais la prescription pour le frere', 'prescribe', FORM),
    ],
  ),

  c(
    'b137-short-objectifs',
    ['short', 'two-questions', 'abbrev'],
    [turn('objectifs 2022 prepa et pec ?', 'figures', [TARGET_PREPA, TARGET_PEC])],
  ),

  c(
    'b137-rgpd-confidentialite-logos',
    ['referent', 'follow-up'],
    [
      turn('je transmets des infos perso a l afpa quand je prescris, c encadre quelque part ?', 'other', [
        RGPD,
      ]),
      turn('et les documents de l accord c confidentiel ?', 'other', [['confidentialit', 'confidentiel']]),
      turn('ok. et si on fait un flyer, y a des obligations de logo ?', 'other', [
        ['logo'],
        both('état', 'plan d’investissement', 'p.i.c'),
      ]),
    ],
  ),

  c(
    'b137-afpa-pec-orientes',
    ['afpa', 'figures', 'follow-up'],
    [
      turn('combien de personnes le cd nous a oriente en comp pec cette annee', 'figures', [NOT_AVAILABLE]),
      turn('c quoi l indicateur prevu pour ca dans le plan d action', 'figures', [
        ['personnes orientées', 'nombre de personnes', 'orientées par le conseil départemental'],
      ]),
      turn('et le comite national il se reunit tous les combien', 'other', [QUARTERLY]),
    ],
  ),

  c(
    'b137-prepa-delocalisee',
    ['referent', 'follow-up', 'town'],
    [
      turn('prepa comp c que sur montauban ?', 'dispositif', [DELOCALISED]),
      turn('y a des sessions ailleurs en ce moment ?', 'agenda', [CASTEL, MOISSAC]),
      turn('cest quoi le volet 2 deja', 'dispositif', [SECURE_ENTRY]),
    ],
  ),

  c(
    'b137-sanction-puis-panda',
    ['referent', 'silent', 'come-back'],
    [
      turn(
        'si mon brsa abandonne la prepa en cours de route il risque une sanction sur son rsa ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        NO_BOUNCE,
      ),
      turn('ok. et son assiduite elle est suivie comment', 'dispositif', [PANDA]),
      turn(
        'et la session volet 1 d apres celle du 18 c quand',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-02-15'),
      ),
    ],
  ),

  c(
    'b137-short-oos-aide-embauche',
    ['short', 'silent'],
    [
      turn(
        'l employeur touche combien d aide pour un pec',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
    ],
  ),

  c(
    'b137-infocoll-premiere-heure',
    ['referent', 'come-back', 'switch'],
    [
      turn('info coll prepa a venir ?', 'agenda', [on('2027-01-14'), on('2027-01-21')]),
      turn('au fait faut que la personne soit inscrite a FT pour la prepa ?', 'dispositif', [
        NOT_REGISTERED_TOO,
      ]),
      turn('ok. la premiere que tu m as donnee c a quelle heure', 'agenda', [AT_930]),
    ],
  ),

  c(
    'b137-short-contact-mail-tel',
    ['short', 'two-questions', 'silent'],
    [turn('mail et tel de la responsable prepa a l afpa ?', 'contact', [RAP, NO_DETAILS], PHONE)],
  ),

  c(
    'b137-cout-soudeur-places',
    ['referent', 'silent', 'switch'],
    [
      turn(
        'combien coute une formation soudeur si la region finance pas ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
      turn(
        'et y a de la place en soudeur en ce moment ?',
        'agenda',
        [
          ['soudeur', 'soudure'],
          [...on('2027-02-01'), ...seats(4)],
        ],
        OTHER_TRAININGS('soudeur'),
      ),
    ],
  ),

  c(
    'b137-educ-ase-session',
    ['ase', 'long-thread', 'come-back', 'switch', 'silent'],
    [
      turn(
        'bjr je suis educ a l ase. c quoi l objectif pour nos jeunes sur la promo dans l accord ?',
        'figures',
        [TARGET_PROMO],
      ),
      turn('ok. j en ai un de 16 ans qui a quitte le college, il bosse pas. ca le fait ?', 'eligibility', [
        PROMO_OK,
      ]),
      turn('c ou ca se passe', 'dispositif', [[...MONTAUBAN, 'village']]),
      turn(
        'il a pas de transport, y a une aide pour le bus ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...NO_BOUNCE, ...MONEY],
      ),
      turn('ok. et c qui qui l inscrit sur panda, moi ?', 'dispositif', [PANDA, REFERENT]),
      turn('merci ! derniere question, il y a un suivi apres la promo ?', 'dispositif', [AFTER_PROMO]),
    ],
  ),

  c(
    'b137-jpo-janvier-fevrier',
    ['referent', 'follow-up', 'past'],
    [
      turn('jpo en janvier ?', 'agenda', [NONE], notOn('2027-01-07')),
      turn('et en fevrier', 'agenda', [on('2027-02-03'), on('2027-02-17')]),
    ],
  ),

  c(
    'b137-afpa-bilan-promo',
    ['afpa', 'silent', 'switch'],
    [
      turn('en comp pec on envoie un bilan individuel au referent a quel moment', 'dispositif', [
        ['vae', 'v.a.e', 'fin'],
      ]),
      turn('et pour la promo aussi ?', 'dispositif', [
        [...OUT_OF_SCOPE, 'uniquement', 'seulement', 'que pour', 'pas pour la promo', 'pas de bilan'],
      ]),
      turn('ok. la prochaine entree promo c quand', 'agenda', [on('2027-02-01')]),
    ],
  ),

  c(
    'b137-pec-cdd-correction',
    ['referent', 'correction', 'follow-up'],
    [
      turn(
        'monsieur brsa 41 ans, employe en pec dans une collectivite depuis 3 semaines, comp pec ?',
        'eligibility',
        [[...ELIGIBLE, ...EMPLOYER_AGREES]],
      ),
      turn('ah non pardon c un cdd classique pas un pec', 'eligibility', [
        NOT_ELIGIBLE,
        ['pec', 'p.e.c', 'parcours emploi'],
      ]),
      turn('ok et il peut quand meme faire une vae a l afpa ?', 'dispositif', [[...PRO_TITLES, ...VAE]]),
    ],
  ),

  c(
    'b137-valence-castel',
    ['referent', 'town', 'follow-up', 'correction'],
    [
      turn('info coll a valence d agen ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
      turn('non en fait je voulais dire castel', 'agenda', [on('2027-01-21')], notOn('2027-03-04')),
      turn('il y a combien de places', 'agenda', [seats(12)]),
    ],
  ),

  c(
    'b137-short-prescrire-pec',
    ['short', 'abbrev'],
    [turn('prescription pec pour mr K, il est en contrat depuis 1 mois', 'prescribe', FORM)],
  ),

  c(
    'b137-volet2-complet',
    ['referent', 'follow-up', 'with-places'],
    [
      turn('y a une entree prepa volet 2 fin janvier ?', 'agenda', [on('2027-01-25')]),
      turn('il reste de la place dessus ?', 'agenda', [FULL]),
      turn('et la suivante ?', 'agenda', [on('2027-02-15')]),
      turn('ok je prescris dessus, celle du 15 fevrier', 'prescribe', [...FORM, on('2027-02-15')]),
    ],
  ),
];
