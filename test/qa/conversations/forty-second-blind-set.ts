/**
 * Forty-second blind set: the steering and operating side of the agreement between the
 * Département de Tarn-et-Garonne and AFPA (2022 agreement, its 2022-2023 action plan and
 * the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18).
 *
 * Who speaks: AFPA Montauban's coordinator and its Responsable Accompagnement et Parcours,
 * the Département's pilots of the steering committee and its chef de service insertion,
 * and référents insertion. They ask about reporting and individual reports (bilans), who
 * does what at each step, the committees and their meetings, the yearly targets and what
 * is counted, entry calendars and free places, how a prescription reaches AFPA and what
 * follows, the data protection rules of the agreement; about a third of the turns are
 * eligibility questions from référents, people described by their situation.
 *
 * They type as in Teams: abbreviations (BRSA, ASE, PEC, FT, ML, CD, JPO, info coll,
 * SIAE, CDDI), no accents, typos, SMS style, dictation, long messages, one-word questions
 * and follow-ups that only make sense after the previous turn.
 *
 * Written blind: from the agreement (seed) and the published agenda fixture only (today
 * frozen at Monday 11 January 2027, 9:00 Paris), without looking at how the bot works.
 * Where the agreement is silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
function alt(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

/** « the agreement does not settle it ». */
const SILENT = alt(
  'ne précise pas',
  'ne precise pas',
  'ne précise rien',
  'ne precise rien',
  'ne le précise pas',
  'ne le precise pas',
  'ne prévoit pas',
  'ne prevoit pas',
  'ne prévoit rien',
  'ne prevoit rien',
  'ne le prévoit pas',
  'ne le prevoit pas',
  'ne dit rien',
  'ne dit pas',
  "n'en dit rien",
  'ne fixe pas',
  'ne mentionne pas',
  'ne mentionne rien',
  'ne traite pas',
  'ne règle pas',
  'ne regle pas',
  'ne tranche pas',
  'ne parle pas',
  "n'en parle pas",
  "n'aborde pas",
  'ne figure pas',
  'ne contient pas',
  'pas précisé',
  'pas precise',
  'pas prévu',
  'pas prevu',
  'pas mentionné',
  'pas mentionne',
  'pas indiqué',
  'pas indique',
  'aucune précision',
  'aucune precision',
  'aucune mention',
  'rien de prévu',
  'rien de prevu',
);

/** Out of the agreement's scope. */
const OOS = [
  ...SILENT,
  ...alt(
    'ne couvre pas',
    'ne porte pas',
    'ne concerne pas',
    "pas dans l'accord",
    "pas dans l'accord de partenariat",
    'en dehors',
    'hors du',
    'hors champ',
    'hors de mon',
    'hors périmètre',
    'hors perimetre',
    'hors sujet',
    'ne peux pas',
    'pas en mesure',
    'ne sais pas',
    'ne réponds',
    'ne reponds',
  ),
];

const NOT_FIXED = [
  ...SILENT,
  ...alt(
    'que pour 2022',
    'seulement pour 2022',
    'uniquement pour 2022',
    'pour 2022 uniquement',
    'pour 2022 seulement',
    'aucun objectif',
    "pas d'objectif",
    'pas fixé',
    'pas fixe',
    'pas défini',
    'pas defini',
    'ne fixe que',
    "ne fixe d'objectif",
    "ne fixe d'objectifs",
  ),
];

const T30 = [
  '30 allocataires',
  '30 allocat',
  '30 bénéficiaires',
  '30 beneficiaires',
  '30 personnes',
  '30 brsa',
  '30 rsa',
  '30 entrées',
  '30 entrees',
  ': 30',
  '(30)',
  'objectif de 30',
  'trente',
];
const T50 = [
  '50 allocataires',
  '50 allocat',
  '50 bénéficiaires',
  '50 beneficiaires',
  '50 personnes',
  '50 brsa',
  '50 rsa',
  '50 salariés',
  '50 salaries',
  '50 entrées',
  '50 entrees',
  ': 50',
  '(50)',
  'objectif de 50',
  'cinquante',
];
const T10 = [
  '10 jeunes',
  '10 personnes',
  '10 bénéficiaires',
  '10 beneficiaires',
  '10 ase',
  '10 orient',
  ': 10',
  '(10)',
  'objectif de 10',
  'dix jeunes',
  'dix personnes',
];

const ENTERED = ['entrés', 'entres', 'entrées', 'entrees', 'entrée', 'entree', 'entrant'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois', 'par mois'];
const QUARTERLY = ['trimestr', 'chaque trimestre', 'tous les trois mois', 'tous les 3 mois'];
const ANNUAL = ['annuel', 'chaque année', 'chaque annee', 'par an', 'une fois par an', 'tous les ans'];
const ONCE_A_YEAR = [
  'une fois par an',
  '1 fois par an',
  'au moins une fois',
  'au moins 1 fois',
  'annuel',
  'chaque année',
  'chaque annee',
  'par an',
];
const DGEFP = ['dgefp', 'd.g.e.f.p', 'délégation générale à l', 'delegation generale a l'];
const REFERENT = ['référent', 'referent', 'conseiller'];
const END = alt(
  'fin du parcours',
  'fin de parcours',
  'fin de son parcours',
  'à la fin',
  'a la fin',
  "à l'issue",
  "a l'issue",
  'a l issue',
  'issue du parcours',
  'terme du parcours',
  'au terme',
  'en fin de',
);
const ADHESION = alt(
  'adhésion',
  'adhesion',
  'recueill',
  'son accord',
  'accord de la personne',
  'consentement',
  'informe',
);
const FREE = alt(
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'aucun cout',
  'pas de coût',
  'pas de cout',
  'coûte rien',
  'coute rien',
  'aucune contrepartie',
  "financé par l'état",
  "finance par l'etat",
  "pris en charge par l'état",
  "pris en charge par l'etat",
  'investissement dans les compétences',
  'investissement dans les competences',
  'pic',
);
const DEMI = ['demi-journée', 'demi-journee', 'demi journée', 'demi journee', '1/2 journée', '1/2 journee'];
const PREPA_DUR = [
  '2 à 8 jours',
  '2 a 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2 a 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux a huit jours',
  '2 jours à 8 jours',
  '2 jours a 8 jours',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const NON_INSCRIT = alt(
  'non inscrit',
  'non-inscrit',
  'inscrits ou non',
  'inscrites ou non',
  'inscrit ou non',
  'inscrite ou non',
  'pas inscrit',
  'sans être inscrit',
  'sans etre inscrit',
  "qu'ils soient inscrits",
  "qu'elle soit inscrite",
  "qu'il soit inscrit",
  'pas besoin',
  'pas obligatoire',
  'pas nécessaire',
  'pas necessaire',
  'même sans',
  'meme sans',
);
const PEC_CONTRACT = [
  'parcours emploi compétences',
  'parcours emploi competences',
  'contrat pec',
  'en pec',
  'un pec',
  'du pec',
  'signataire',
];
const PEC_TIMING = alt(
  'premiers mois',
  'dès la signature',
  'des la signature',
  'dès signature',
  'des signature',
  'durée du pec',
  'duree du pec',
  'durée de son pec',
  'duree de son pec',
  'durée du contrat',
  'duree du contrat',
  'pendant le pec',
  'pendant son pec',
  'pendant le contrat',
  'pendant son contrat',
  'en cours de pec',
  'en cours de contrat',
  'au cours du pec',
);
const AGE_BOUNDS = [
  '16 ans',
  'seize ans',
  '16 à 18 ans',
  '16 a 18 ans',
  '16 et 18 ans',
  '16-18 ans',
  '16/18 ans',
  '16 à 17 ans',
  '16 ou 17 ans',
  'mineur',
];
const DROPOUT = alt(
  'décroch',
  'decroch',
  'quitté',
  'quitte',
  'déscolaris',
  'descolaris',
  'prématurément',
  'prematurement',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  "n'est pas en formation",
  'ni en emploi',
  'ne travaill',
  'sorti du système scolaire',
  'sorti du systeme scolaire',
  'sortis du système scolaire',
  'sortis du systeme scolaire',
);
const RSA = ['rsa', 'allocataire'];
const FULL = [
  'complet',
  'complète',
  'complete',
  '0 place',
  'aucune place',
  'plus de place',
  'plus aucune place',
  'pas de place',
  'zéro place',
  'zero place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'pleine',
];
const RGPD = ['rgpd', 'r.g.p.d', '2016/679', 'règlement européen', 'reglement europeen', 'protection des données'];
const NO_CONTACT = [
  ...SILENT,
  ...alt(
    'pas de numéro',
    'pas de numero',
    'aucun numéro',
    'aucun numero',
    'pas de téléphone',
    'pas de telephone',
    'pas les coordonnées',
    'pas les coordonnees',
    'pas de coordonnées',
    'pas de coordonnees',
    'aucune coordonnée',
    'aucune coordonnee',
    'ne dispose pas',
    "n'ai pas",
    'ne connais pas',
    'ne donne pas',
  ),
];

// ── The set ─────────────────────────────────────────────────────────────────

export const FORTY_SECOND_BLIND_SET: ConversationCase[] = [
  // Targets and what is counted (pilots of the steering committee, chef de service)
  c('b42-cibles-2022-et-realise', ['pilot', 'sms'], [
    turn('objectifs 2022 par dispositif stp : prepa comp / pec / promo 1618', 'figures', [T30, T50, T10]),
    turn('et on en est ou par rapport a ca ?', 'figures', [['objectif', 'cible'], [...T30, ...T50, ...T10]]),
  ]),
  c('b42-cible-prepa-cette-annee', ['pilot', 'no-accent'], [
    turn('cmb de BRSA on doit faire entrer en prepa comp cette annee ? c koi la cible', 'figures', [T30, ['2022']]),
  ]),
  c('b42-cible-pec-un-mot', ['pilot', 'short'], [
    turn('objectif cpt pec ?', 'figures', [T50], ['10 jeunes']),
  ]),
  c('b42-cible-ase-promo', ['pilot', 'ase'], [
    turn(
      'pour les jeunes ASE sur la promo 16 18 on a un objectif chiffré ou pas du tout',
      'figures',
      [T10],
    ),
  ]),
  c('b42-objectifs-2023-et-duree', ['pilot', 'follow-up'], [
    turn(
      "et les objectifs 2023 ils sont ou ? jles trouve pas dans le plan d'action",
      'figures',
      [['2022'], NOT_FIXED],
    ),
    turn("ok. et l'accord lui meme il dure combien de temps", 'other', [['2 ans', 'deux ans'], ['2022']]),
  ]),
  c('b42-compte-prepa-entrees', ['pilot', 'indicators'], [
    turn(
      'question copil : pour prepa comp on compte les prescriptions ou les entrees ? et par volet ?',
      'figures',
      [ENTERED, ['volet 1', 'volet 2', 'par volet', 'volets']],
    ),
  ]),
  c('b42-compte-promo', ['pilot', 'indicators'], [
    turn(
      "l'indicateur promo 1618 dans le plan d'action c quoi exactement, on compte a quelle phase ?",
      'figures',
      [['engagement'], ['construction']],
    ),
  ]),
  c('b42-compte-reunions-metiers', ['pilot', 'indicators', 'long'], [
    turn(
      "les reunions metiers logistique / batiment que fait l'afpa : qu'est ce qu'on doit suivre comme chiffres derriere pour nos allocataires ?",
      'figures',
      [
        ['entrés en formation', 'entres en formation', 'entrées en formation', 'entrees en formation', 'entrée en formation', 'entree en formation'],
        ['taux de réussite', 'taux de reussite', 'réussite aux examens', 'reussite aux examens'],
      ],
    ),
  ]),
  c('b42-remontees-etat', ['pilot', 'reporting', 'follow-up'], [
    turn("l'afpa remonte quoi a la DGEFP et a quel rythme ?", 'figures', [MONTHLY, QUARTERLY]),
    turn('et a la ddets 82 ?', 'figures', [ANNUAL]),
  ]),

  // Steering committees and meetings
  c('b42-copil-accord', ['pilot', 'committee', 'follow-up'], [
    turn("le copil de l'accord CD / afpa il se reunit cmb de fois ?", 'other', [ONCE_A_YEAR]),
    turn('il sert a quoi concretement', 'other', [['quantitatif'], ['amélioration', 'amelioration']]),
  ]),
  c('b42-copil-premiere-reunion', ['pilot', 'committee'], [
    turn(
      '1ere reunion du comite de pilotage, on doit valider quoi ?',
      'other',
      [alt("plan d'action", "plan d'actions", 'plan opérationnel', 'plan operationnel'), ['indicateur']],
    ),
  ]),
  c('b42-copil-national', ['pilot', 'committee'], [
    turn('y a aussi un copil national pour prepa/pec/1618 ? tous les combien', 'other', [QUARTERLY, DGEFP]),
  ]),
  c('b42-reunion-service-insertion', ['chef-de-service', 'committee'], [
    turn(
      "l'afpa doit venir presenter ses actions en reunion d'equipe du service insertion, c prevu a quelle frequence ?",
      'other',
      [['semestre', 'semestriel', 'deux fois par an', '2 fois par an']],
    ),
  ]),

  // Data protection and confidentiality
  c('b42-rgpd-et-conservation', ['pilot', 'rgpd', 'follow-up'], [
    turn('regles protection des donnees dans la convention ?', 'other', [
      RGPD,
      ['article 5', 'art. 5', 'art 5', '1978', '78-17', 'informatique et libert'],
    ]),
    turn('et on garde les donnees des prescriptions combien de temps du coup', 'out_of_scope', [SILENT]),
  ]),
  c('b42-bilan-a-lemployeur', ['referent', 'rgpd', 'pec'], [
    turn(
      "on a le droit de transferer le bilan individuel a l'employeur PEC ? rgpd tout ca",
      'other',
      [REFERENT, [...SILENT, 'rgpd', 'confidentialit', 'article 4', 'article 5']],
    ),
  ]),

  // Individual reports (bilans)
  c('b42-bilan-qui-quand', ['afpa', 'bilan', 'follow-up'], [
    turn("bilan indiv prepa comp : qui l'envoie, a qui et quand ?", 'dispositif', [['afpa'], REFERENT, END]),
    turn('pareil pour les PEC ?', 'dispositif', [['vae', 'v.a.e', 'validation des acquis']]),
    turn('et pour la promo 1618 ?', 'dispositif', [
      [...SILENT, 'uniquement', 'seulement', 'que pour', 'pas de bilan'],
    ]),
  ]),

  // PANDA, prescriptions, what follows
  c('b42-panda-habilitation-mdp', ['referent', 'follow-up'], [
    turn('qui habilite les referents sur panda ?', 'prescribe', [['habilit'], ['afpa']]),
    turn("j'ai perdu mon mot de passe panda", 'out_of_scope', [['afpa']]),
  ]),
  c('b42-prescrire-prepa-moissac', ['referent', 'long', 'follow-up'], [
    turn(
      "bonjour je suis referente RSA sur le secteur de moissac, j'ai une dame au rsa qui veut bosser son projet pro, comment je fais concretement pour l'inscrire sur prepa comp, c moi qui l'inscrit ou c FT ?",
      'prescribe',
      [['panda'], ADHESION],
    ),
    turn('ca coute qqch au departement ?', 'dispositif', [FREE]),
  ]),
  c('b42-prescrire-pec-avant', ['referent', 'pec'], [
    turn('pour competences pec je dois faire quoi avant d inscrire le salarie', 'prescribe', [
      ['employeur'],
      ['accord'],
    ]),
  ]),
  c('b42-prescrire-promo-ase', ['referent', 'ase'], [
    turn("promo 16 18 pour un jeune ase c moi qui l'inscrit ou la ML ?", 'prescribe', [['panda']]),
  ]),
  c('b42-prescrire-en-direct', ['afpa', 'coordinator'], [
    turn(
      'coté afpa on se pose la question : les referents du CD peuvent prescrire prepa en direct ou ils doivent passer par FT ?',
      'prescribe',
      [['directement', 'sans passer']],
    ),
  ]),
  c('b42-afpa-apres-prescription', ['afpa', 'rap', 'long', 'follow-up'], [
    turn(
      "Bonjour, responsable accompagnement et parcours AFPA Montauban. Quand une prescription d'un referent du departement arrive chez nous, c'est quoi la suite de notre cote jusqu'a la fin du parcours ?",
      'prescribe',
      [['bilan']],
    ),
    turn("et les fiches d'assiduite on les sort d'ou ?", 'prescribe', [['panda']]),
  ]),

  // How the programmes run
  c('b42-pec-phases', ['afpa', 'pec', 'follow-up'], [
    turn('cpt pec etape 1 c quoi concretement', 'dispositif', [DEMI, ['certification']]),
    turn('et ensuite ?', 'dispositif', [['6 ateliers', 'six ateliers']]),
  ]),
  c('b42-prepa-volets', ['referent', 'prepa'], [
    turn('prepa volet 1 / volet 2 c quoi la diff', 'dispositif', [
      ['5 à 6', '5 a 6', '5-6', 'cinq à six', 'cinq a six', '5 ou 6', '5 et 6'],
      ['4 à 8', '4 a 8', '4-8', 'quatre à huit', 'quatre a huit', '4 et 8'],
    ]),
  ]),
  c('b42-prepa-duree-dictee', ['referent', 'dictation'], [
    turn('prépa con pétences ça dure combien de temps', 'dispositif', [PREPA_DUR, TWO_WEEKS], ['13 semaines']),
  ]),
  c('b42-promo-deroule', ['referent', 'promo', 'dictation', 'follow-up'], [
    turn('la promo seize dix huit comment ça se passe sur les semaines', 'dispositif', [
      ['13 semaines', 'treize semaines', '3 mois', 'trois mois'],
      ['engagement'],
    ]),
    turn('c tous les jours ?', 'dispositif', [['lundi au jeudi', 'lundi à jeudi', 'lundi a jeudi', 'lundi-jeudi']]),
    turn('et apres la sortie ya un suivi ?', 'dispositif', [['6 mois', 'six mois'], ['mission']]),
  ]),
  c('b42-promo-autorisation-ase', ['referent', 'ase', 'silent'], [
    turn(
      'pour un mineur ase, les autorisations parentales de la promo c qui signe, les parents ou le service ase ?',
      'dispositif',
      [['autorisation'], SILENT],
    ),
  ]),
  c('b42-financement', ['pilot'], [
    turn('qui finance prepa et cpt pec pour nos brsa ?', 'dispositif', [
      ['état', 'etat'],
      ['pic', 'p.i.c', 'investissement dans les compétences', 'investissement dans les competences'],
    ]),
  ]),

  // The agreement itself, communication
  c('b42-campagne-2027', ['pilot', 'dates', 'follow-up'], [
    turn(
      "la campagne c jusqu'a quand ? on est en 2027 la, la convention elle est tjs valable ?",
      'other',
      [['2022'], ['avenant', '2 ans', 'deux ans']],
    ),
    turn("date limite d'entree des brsa dans le texte ?", 'other', [
      ['31 décembre 2022', '31 decembre 2022', '31/12/2022', '31 déc. 2022', '31 dec. 2022', '31 dec 2022'],
      ['30 avril 2023', '30/04/2023'],
    ]),
  ]),
  c('b42-logos-flyer', ['chef-de-service'], [
    turn('on fait un flyer CD sur prepa comp, on doit mettre quels logos', 'other', [
      ['état', 'etat'],
      ['investissement', 'pic', 'p.i.c'],
    ]),
  ]),
  c('b42-info-places', ['afpa', 'places'], [
    turn("Info Places c quoi et c'est mis a jour quand ?", 'other', [['temps réel', 'temps reel']]),
  ]),

  // Contacts
  c('b42-contact-coordo', ['contact', 'follow-up'], [
    turn('qui est le coordo departemental des dispositifs coté afpa', 'contact', [['vella']]),
    turn('et son tel ?', 'contact', [NO_CONTACT], ['05 63', '0563']),
  ]),
  c('b42-contact-deploiement', ['contact'], [
    turn("qui gere le deploiement prepa / pec / promo a l'afpa montauban ?", 'contact', [['battedou']]),
  ]),
  c('b42-contact-suivi-accord-cd', ['contact', 'pilot'], [
    turn("le suivi de l'accord c qui cote departement", 'contact', [
      ['weill', 'président', 'president', 'représentant', 'representant'],
    ]),
  ]),
  c('b42-contact-referent-experimentation', ['contact', 'silent'], [
    turn("c qui le referent de l'experimentation cote CD ? t'as son nom ?", 'contact', [
      [...SILENT, 'ne nomme', 'ne donne pas', 'pas de nom', 'ne cite', 'pas nommé', 'pas nomme', 'aucun nom'],
    ]),
  ]),

  // Out of scope
  c('b42-oos-remuneration-prepa', ['referent'], [
    turn('les stagiaires prepa comp sont remunérés ?', 'out_of_scope', [OOS]),
  ]),
  c('b42-oos-indemnite-promo', ['referent', 'promo'], [
    turn('le jeune en promo 1618 il touche qqch ? une indemnite ?', 'out_of_scope', [OOS]),
  ]),
  c('b42-oos-montant-rsa', ['referent', 'short'], [
    turn('montant rsa personne seule 2027 ?', 'out_of_scope', [OOS]),
  ]),

  // Eligibility (référents)
  c('b42-elig-brsa-non-inscrite-enfants', ['referent', 'prepa', 'follow-up'], [
    turn(
      'bjr, BRSA 45 ans, pas inscrite a FT (orientation sociale chez nous), elle voudrait retravailler son projet pro, prepa comp possible ?',
      'eligibility',
      [NON_INSCRIT, RSA],
    ),
    turn('elle a 3 enfants en bas age et pas de mode de garde, ca bloque ?', 'eligibility', [
      ['conditions matérielles', 'conditions materielles', 'distance', 'distanciel', 'sécuris', 'securis'],
    ]),
  ]),
  c('b42-elig-ase-17-decrocheur', ['referent', 'ase', 'promo', 'follow-up'], [
    turn(
      'jeune ASE 17 ans, a arrete le lycee en octobre, fait rien depuis. promo 1618 ok ?',
      'eligibility',
      [DROPOUT],
    ),
    turn("faut l'accord des parents ?", 'eligibility', [['autorisation'], ['parent']]),
  ]),
  c('b42-elig-15-ans-dictee', ['referent', 'ase', 'promo', 'dictation', 'follow-up'], [
    turn(
      "un jeune de quinze ans confié à l'ASE qui ne va plus au collège il peut aller à la promo seize dix-huit",
      'eligibility',
      [AGE_BOUNDS.filter((a) => a !== 'mineur').concat(['moins de 16', 'pas encore 16'])],
    ),
    turn('il a 16 ans en mai', 'eligibility', [
      ['16 ans', 'seize ans', '16 à 18 ans', '16 a 18 ans'],
      alt('mai', 'anniversaire', 'partir de', 'dès ses', 'des ses', 'quand il aura', "lorsqu'il aura", "une fois qu", 'attendre'),
    ]),
  ]),
  c('b42-elig-19-ans-jeune-majeur', ['referent', 'ase', 'promo', 'follow-up'], [
    turn(
      "jeune 19 ans sorti de l'ASE, contrat jeune majeur, promo 1618 ?",
      'eligibility',
      [['mineur', '18 ans', 'moins de 18', '16 à 17', '16 a 17', '16 ou 17']],
    ),
    turn('ok et prepa comp alors ? il a pas le rsa', 'eligibility', [
      ['france travail', 'pôle emploi', 'pole emploi', 'mission locale'],
      RSA,
    ]),
  ]),
  c('b42-elig-apprenti-cfa', ['referent', 'ase', 'promo'], [
    turn('jeune 17a en apprentissage en CFA depuis septembre (ase), il peut faire la promo ??', 'eligibility', [
      alt(
        'ni en formation',
        'pas en formation',
        'déjà en formation',
        'deja en formation',
        'ne sont pas en formation',
        "n'est pas en formation",
        'en formation',
        'ni emploi',
        'ni en emploi',
        'ne travaillent pas',
        'déjà en apprentissage',
        'deja en apprentissage',
      ),
    ]),
  ]),
  c('b42-elig-lyceenne-absenteiste', ['referent', 'ase', 'promo'], [
    turn('jeune ase 16 ans encore inscrite au lycée mais absenteiste, promo 16/18 ?', 'eligibility', [DROPOUT]),
  ]),
  c('b42-elig-cddi-aci', ['referent', 'siae', 'pec', 'follow-up'], [
    turn('BRSA en CDDI dans un ACI depuis 8 mois, elle peut faire competences pec ?', 'eligibility', [PEC_CONTRACT]),
    turn("et du coup y a quoi pour elle ? 10 ans d'experience en espaces verts", 'dispositif', [
      ['rsfp', 'r.s.f.p', 'reconnaissance des savoir', 'vae', 'v.a.e', 'validation des acquis'],
    ]),
  ]),
  c('b42-elig-pec-2-mois', ['referent', 'pec', 'follow-up'], [
    turn(
      'Mr K, BRSA, en PEC depuis 2 mois a la mairie de negrepelisse, employeur ok. cpt pec jouable ?',
      'eligibility',
      [[...PEC_TIMING, '5 jours', 'cinq jours']],
    ),
    turn('ca lui prend combien de temps sur son temps de travail', 'dispositif', [['5 jours', 'cinq jours']]),
  ]),
  c('b42-elig-pec-termine', ['referent', 'pec'], [
    turn('son PEC est terminé depuis juin, il peut encore faire compétences pec pour une vae ?', 'eligibility', [
      [
        ...PEC_TIMING,
        ...alt('fin du contrat', 'fin de son contrat', 'terminé', 'termine', 'plus en pec', "n'est plus", 'achevé', 'acheve'),
      ],
    ]),
  ]),
  c('b42-elig-58-ans-proprete', ['referent', 'prepa', 'follow-up'], [
    turn(
      "Mme Y 58 ans BRSA aucune qualif, veut entrer en formation agent de proprete mais a peur de pas suivre. prepa avant c possible ?",
      'eligibility',
      [['volet 2', 'sécuris', 'securis']],
    ),
    turn("et y a pas de limite d'age pour prepa ?", 'eligibility', [
      [
        ...SILENT,
        ...alt(
          'pas de limite',
          'aucune limite',
          'sans limite',
          "pas d'âge",
          "pas d'age",
          "pas de condition d'âge",
          "pas de condition d'age",
          "aucune condition d'âge",
          "aucune condition d'age",
          "pas de critère d'âge",
          "pas de critere d'age",
          "ne fixe pas d'âge",
          "ne fixe pas d'age",
        ),
      ],
    ]),
  ]),
  c('b42-elig-rqth', ['referent', 'th', 'prepa'], [
    turn('BRSA avec RQTH, il peut faire prepa via nous ou faut passer par cap emploi ?', 'eligibility', [
      RSA,
      [
        ...SILENT,
        ...alt(
          'pas de critère',
          'pas de critere',
          'aucun critère',
          'aucun critere',
          'aucune condition',
          'pas de condition',
          "n'exclut",
          'éligible',
          'eligible',
          'pas besoin',
          'pas nécessaire',
          'pas necessaire',
          'pas obligatoire',
        ),
      ],
    ]),
  ]),
  c('b42-elig-primo-arrivante-a1', ['referent', 'language'], [
    turn('BRSA primo arrivante, niveau A1 en francais, prepa comp ou y a mieux ?', 'eligibility', [
      ['langue étrangère', 'langue etrangere', 'visée professionnelle', 'visee professionnelle', 'visée pro', 'visee pro'],
    ]),
  ]),
  c('b42-elig-suivi-ft', ['referent', 'prepa', 'follow-up'], [
    turn('prepa pour un BRSA suivi par FT (orientation pro) et pas par nous ?', 'eligibility', [
      ['france travail', 'pôle emploi', 'pole emploi'],
    ]),
    turn("et si il est inscrit a FT mais c'est nous son referent rsa ?", 'eligibility', [[...NON_INSCRIT, 'accompagn']]),
  ]),
  c('b42-elig-maman-solo-22-ans', ['referent', 'prepa'], [
    turn('maman solo 22 ans au rsa majoré, pas de diplome, prepa comp ok pour elle ?', 'eligibility', [['allocataire']]),
  ]),
  c('b42-elig-17-ans-suivi-ml', ['referent', 'promo'], [
    turn(
      "jeune 17 ans pas ase, decrocheur suivi par la ML, la promo 1618 c'est nous qui orientons ou eux ?",
      'eligibility',
      [['mission locale', 'missions locales', 'cio', 'c.i.o']],
    ),
  ]),
  c('b42-elig-garantie-activite', ['referent'], [
    turn(
      "BRSA en garantie d'activite (accompagnement global), il peut acceder aux formations de droit commun de l'afpa ?",
      'eligibility',
      [['région', 'region', 'financeurs publics', 'financeur public']],
    ),
  ]),
  c('b42-elig-deja-en-formation', ['referent', 'prepa'], [
    turn(
      "BRSA deja en formation TP soudeur a l'afpa, il decroche un peu, on peut lui mettre prepa comp ?",
      'eligibility',
      [
        alt(
          'en amont',
          "avant l'entrée",
          "avant l'entree",
          "avant d'entrer",
          'avant la formation',
          'avant une formation',
          'entrée en formation',
          'entree en formation',
        ),
      ],
    ),
  ]),
  c('b42-elig-pec-prescrit-ml', ['referent', 'pec'], [
    turn(
      'salarie en PEC mais pas au RSA (PEC prescrit par la mission locale), competences pec possible ?',
      'eligibility',
      [['pôle emploi', 'pole emploi', 'france travail', 'mission locale', 'prescripteur', 'cap emploi']],
    ),
  ]),
  c('b42-elig-pec-sans-prerequis-vae', ['referent', 'pec'], [
    turn("BRSA en PEC, pas assez d'experience pour la vae, competences pec quand meme ?", 'eligibility', [
      ['rsfp', 'r.s.f.p', 'reconnaissance des savoir', 'cléa', 'clea'],
    ]),
  ]),
  c('b42-elig-siae-qualif', ['referent', 'siae'], [
    turn(
      "un salarie de SIAE avec un projet de qualif, il a acces aux formations de droit commun de l'afpa ?",
      'eligibility',
      [['région', 'region', 'financeurs publics', 'financeur public']],
    ),
  ]),
  c('b42-elig-prepa-un-mot', ['referent', 'short'], [
    turn('eligibilite prepa ?', 'eligibility', [RSA, ['inscrit']]),
  ]),
  c('b42-elig-promo-criteres', ['referent', 'short'], [
    turn('criteres promo 1618', 'eligibility', [AGE_BOUNDS, DROPOUT]),
  ]),
  c('b42-elig-cariste-long', ['referent', 'long', 'prepa', 'follow-up'], [
    turn(
      "Bonjour, petite question, j'accompagne un monsieur de 52 ans, BRSA depuis 2019, ancien maçon, dos abimé, il voudrait se reconvertir dans la logistique (cariste) mais il a pas fait de formation depuis 30 ans et il a peur, il est pas inscrit a FT parce que orientation sociale chez nous. est ce que je peux l'orienter sur prépa comp et sur quel volet ? merci",
      'eligibility',
      [['volet'], NON_INSCRIT],
    ),
    turn('et la prochaine formation cariste c quand, reste de la place ?', 'agenda', [on('2027-01-27'), seats(6)], [
      'plaquiste',
      'soudeur',
    ]),
  ]),

  // Agenda, entry calendars, free places (fixture, today Monday 11 January 2027)
  c('b42-ag-info-coll-prepa', ['referent', 'events', 'follow-up'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
    turn('y en a une plus pres de castelsarrasin ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']]),
  ]),
  c('b42-ag-jpo', ['referent', 'short'], [
    turn('jpo ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
  ]),
  c('b42-ag-entrees-volet-2', ['afpa', 'calendar', 'follow-up'], [
    turn('dates entrees prepa volet 2 ?', 'agenda', [on('2027-02-15')], [
      ...notOn('2027-01-18'),
      ...notOn('2027-02-08'),
      ...notOn('2027-03-08'),
    ]),
    turn('celle du 25 elle est pleine ?', 'agenda', [FULL]),
  ]),
  c('b42-ag-pec-atelier-2', ['afpa', 'calendar', 'pec'], [
    turn('prochaines entrees atelier 2 compétences PEC', 'agenda', [on('2027-01-20'), on('2027-03-03')], notOn('2027-01-18')),
  ]),
  c('b42-ag-promo-entree-parents', ['referent', 'promo', 'calendar'], [
    turn(
      'promo 1618 : prochaine entree ? et y a une info coll pour les parents ?',
      'agenda',
      [on('2027-02-01'), on('2027-03-17')],
    ),
  ]),
  c('b42-ag-cette-semaine', ['referent', 'events', 'follow-up'], [
    turn("y a quoi cette semaine a l'afpa ?", 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
      ...notOn('2027-02-03'),
    ]),
    turn('et la semaine pro', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b42-ag-places-soudeur', ['referent', 'places', 'short'], [
    turn('places soudeur ?', 'agenda', [seats(4), on('2027-02-01')], ['plaquiste', 'cariste', 'maçon']),
  ]),
  c('b42-ag-plaquiste-complet', ['referent', 'places'], [
    turn('plaquiste il reste de la place ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b42-ag-reunion-batiment', ['referent', 'events'], [
    turn('réunion métier bâtiment c quand et ou', 'agenda', [on('2027-02-23'), ['caussade']]),
  ]),
  c('b42-ag-moissac', ['referent', 'events'], [
    turn("qu'est ce qui se passe sur moissac ces prochaines semaines ?", 'agenda', [on('2027-02-09'), on('2027-02-17')], [
      ...notOn('2027-02-03'),
      ...notOn('2027-01-21'),
    ]),
  ]),
];
