/**
 * Twenty-second blind set: eighty-odd questions « as référents type them » and short
 * conversations, written only from the agreement (Département de Tarn-et-Garonne – AFPA,
 * 2022, its action plan 2022-2023 and the protocol of the three programmes) and from the
 * published agenda of `agenda-fixture.ts`, seen on Monday 11 January 2027 (Europe/Paris).
 *
 * Alternatives are generous on purpose: the check is a case- and accent-insensitive
 * substring match, so every correct French wording of a fact should pass.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation of this set; its tags get the intents of its turns (and 'multi-turn'). */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Verdicts ────────────────────────────────────────────────────────────────

const YES = [
  'oui',
  'eligible',
  'peut beneficier',
  'peut en beneficier',
  'peut etre orient',
  'peut entrer',
  'peut integrer',
  'peut suivre',
  'peut y acceder',
  'peut acceder',
  'accessible',
  'possible',
  'correspond',
  'rentre dans',
  'entre dans',
  'ouvert',
];
/** A « yes » case must not conclude the opposite. */
const NOT_YES = ['pas eligible', 'non eligible', 'ineligible'];
const NO = [
  'non',
  'pas eligible',
  'ineligible',
  'ne peut pas',
  'pas possible',
  'impossible',
  'ne correspond pas',
  'ne releve pas',
  'exclu',
  'ne rentre pas',
  'pas accessible',
  'pas concerne',
  'ne remplit pas',
  'pas encore',
  'tant qu',
];
/** Reason « age » for a youth under 16. */
const AGE_MIN = [
  '16 ans',
  '16 a 18',
  '16-18',
  '16 et 18',
  '16-17',
  '16 et 17',
  'trop jeune',
  'age minimum',
  'moins de 16',
  'ages de 16',
  'agee de 16',
  'age de 16',
  'a partir de 16',
  'des 16',
];
/** Reason « age » for a youth over 18. */
const AGE_MAX = [
  'mineur',
  '18 ans',
  'majeur',
  '16 a 18',
  '16-18 ans',
  '16 et 18',
  '16-17',
  '16 et 17',
  'trop age',
  'trop vieux',
  'depasse',
  'limite d',
  'plus de 18',
];
/** Reason « not in a PEC contract ». */
const PEC_CONTRACT = [
  'contrat',
  'parcours emploi',
  'en pec',
  'salari',
  'signataire',
  'beneficiaire d',
];

// ── Out of scope, figures, contact ─────────────────────────────────────────

const OOS = [
  'ne couvre pas',
  'ne dit rien',
  'ne prevoit pas',
  'hors de l',
  'hors du champ',
  'hors accord',
  'hors perimetre',
  'hors du perimetre',
  'ne precise pas',
  'pas prevu',
  'ne mentionne pas',
  'ne traite pas',
  'aborde pas',
  'ne figure pas',
  'aucune information',
  'aucune mention',
  'rien sur',
  'ne parle pas',
  'pas couvert',
  'ne contient pas',
  'ne fixe pas',
  'ne donne pas',
  'pas mentionn',
  'ne detaille pas',
  'indique pas',
  'pas dans l',
  'ne porte pas',
  'pas traite',
  'ne sais pas',
  'pas en mesure',
];

const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de chiffre',
  'aucun chiffre',
  'pas encore de chiffre',
  'pas de donnee',
  'aucune donnee',
  'pas encore de donnee',
  'pas encore connu',
  'pas encore consolid',
  'ne dispose pas',
  'pas encore de resultat',
  'pas de resultat',
  'realis',
  'entree',
];

/** A target of the action plan: « 30 allocataires », « objectif : 30 »… */
function target(n: number, word: string): string[] {
  return [
    ` ${n} `,
    `${n} allocataires`,
    `${n} beneficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} brsa`,
    `${n} entrees`,
    `: ${n}`,
    `(${n})`,
    `objectif de ${n}`,
    `cible de ${n}`,
    `sur ${n}`,
    word,
  ];
}

const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun cout',
  'sans cout',
  'pas payant',
  'rien a payer',
  'finance par l',
  'pris en charge par l',
  'etat',
  'pic',
  'plan d investissement',
  'investissement dans les competences',
];

const NO_CONTACT_DETAILS = [
  'pas de numero',
  'pas son numero',
  'pas le numero',
  'aucun numero',
  'aucune adresse',
  'ne precise pas',
  'ne donne pas',
  'ne figure pas',
  'ne figurent pas',
  'pas de coordonn',
  'aucune coordonn',
  'coordonnees ne',
  'pas indiqu',
  'ne dispose pas',
  'ne communique pas',
  'ne contient pas',
  'ne mentionne pas',
  'ne fournit pas',
  'pas en mesure',
  'pas disponible',
  'responsable accompagnement',
];

// ── Agenda ──────────────────────────────────────────────────────────────────

/** Seats of one item, also written « (6 places) ». */
const seat = (n: number) => [...seats(n), `(${n} place`];
const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', 'plus aucune place', '0 place', ...seats(0)];
const REMOTE = ['distance', 'distanciel', 'classe virtuelle'];
const NINE_THIRTY = ['9h30', '9 h 30', '09:30', '9:30', '09h30', '9 h30'];

// ── Durations of the protocol ───────────────────────────────────────────────

const PREPA_DURATION = [
  '2 a 8 jours',
  '2 et 8 jours',
  '2 a 8 j',
  'deux a huit jours',
  '2 jours a 8 jours',
  '8 jours max',
];
const VOLET1_DURATION = ['5 a 6 jours', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq a six jours', '5 a 6 j'];
const VOLET2_DURATION = ['4 a 8 jours', '4 et 8 jours', '4-8 jours', 'quatre a huit', '4 a 8 j'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = [
  'lundi au jeudi',
  'lundi a jeudi',
  'lundi-jeudi',
  'lundi et jeudi',
  '4 jours par semaine',
  'quatre jours par semaine',
];

// ── The set ─────────────────────────────────────────────────────────────────

export const TWENTY_SECOND_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c('b22-prepa-en-deux-mots', ['prepa-competences', 'sms'], [
    t('c koi prepa comp en 2 mots', 'dispositif', [
      PREPA_DURATION,
      ['projet', 'entree en formation', 'securis'],
    ]),
  ]),
  c('b22-pec-quoi-combien', ['competences-pec', 'two-in-one'], [
    t('competences PEC en gros c quoi et ca dure combien de jours ?', 'dispositif', [
      ['5 jours', 'cinq jours'],
      ['vae', 'validation des acquis', 'certification', 'valoris', 'rsfp', 'clea'],
    ]),
  ]),
  c('b22-promo-suivi-apres', ['promo-16-18', 'typos'], [
    t(
      'apres la promo 16/18 le jeune il est lache dans la nature ou ya un suivi derriere ??',
      'dispositif',
      [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales', 'accompagnement prolonge'],
      ],
    ),
  ]),
  c('b22-open-badges', ['open-badges', 'polite'], [
    t(
      'Bonjour, pourriez-vous m’expliquer en quoi consistent les Open Badges dont parle l’accord ? Merci d’avance.',
      'dispositif',
      [
        ['reconnaissance', 'reconnaitre', 'valoriser'],
        ['soft skills', 'savoir-etre', 'savoir etre', 'transvers', 'informel', 'douces'],
      ],
    ),
  ]),
  c('b22-fle-primo-arrivante', ['fle', 'person-described', 'rambling'], [
    t(
      'j accompagne une brsa de 40 ans arrivee en france il y a un an, elle est motivee mais elle parle tres peu francais et ca bloque tout pour l emploi, l afpa a un truc pour elle ?',
      'dispositif',
      [['langue etrangere', 'fle', 'visee professionnelle', 'francais professionnel']],
    ),
  ]),
  c('b22-village-afpa', ['village', 'no-accents'], [
    t(
      'le village afpa cest quoi exactement, on nous en a parle en reunion d equipe sans trop expliquer',
      'dispositif',
      [['tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux']],
    ),
  ]),
  c('b22-clauses-sociales', ['clauses-sociales', 'polite'], [
    t(
      'Est-ce que l’AFPA peut préparer des personnes très éloignées de l’emploi à des missions en clause sociale ou en chantier d’insertion ?',
      'dispositif',
      [['gestes techniques', 'premiers gestes']],
    ),
  ]),
  c('b22-rsfp-duree-clea', ['rsfp', 'clea', 'competences-pec'], [
    t('c quoi la RSFP exactement ?', 'dispositif', [
      ['reconnaissance des savoir'],
      ['prerequis', 'pre-requis', 'pre requis'],
    ]),
    t('et dans competences PEC ca prend combien de temps ?', 'dispositif', [
      ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
    ]),
    t('et pour clea socle ?', 'dispositif', [['1 jour', 'une journee', 'un jour', '1 journee']]),
  ]),
  c('b22-clea-et-numerique', ['clea', 'clea-numerique'], [
    t('cest quoi CléA ?', 'dispositif', [
      ['competences de base', 'socle', 'competences fondamentales'],
      ['certification', 'certificat'],
    ]),
    t('et la version numerique ?', 'dispositif', [
      ['usages fondamentaux', 'usages du numerique', 'environnement de travail', 'outils numeriques', 'usages'],
    ]),
  ]),
  c('b22-promo-duree-prescripteurs', ['promo-16-18', 'two-in-one'], [
    t('combien de temps dure la promo 1618 et qui prescrit ?', 'dispositif', [
      PROMO_DURATION,
      ['mission locale', 'missions locales', 'cio', 'c.i.o', 'ase', 'aide sociale'],
    ]),
    t('ca peut durer plus longtemps si le jeune a besoin de souffler entre les phases ?', 'dispositif', [
      ['4 mois', 'quatre mois'],
    ]),
  ]),

  // ── Agenda ───────────────────────────────────────────────────────────────
  c('b22-prochaines-jpo', ['jpo', 'sms'], [
    t(
      'prochaines JPO ?',
      'agenda',
      [on('2027-02-03'), on('2027-02-17')],
      [...notOn('2027-01-07'), ...notOn('2027-01-14'), ...notOn('2027-02-11')],
    ),
  ]),
  c('b22-semaine-prochaine', ['relative-date', 'no-accents'], [
    t(
      'qu est ce qui est prevu a l afpa la semaine prochaine ? je voudrais caler mes rdv en fonction',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b22-reunions-metiers-fevrier', ['reunion-metier', 'month', 'polite'], [
    t(
      'Bonjour, auriez-vous les dates des réunions métiers prévues en février svp ?',
      'agenda',
      [on('2027-02-23'), ['caussade'], ['batiment']],
      [...notOn('2027-01-26'), ...notOn('2027-02-03'), ...notOn('2027-02-09')],
    ),
  ]),
  c('b22-evenements-mars', ['month', 'sms'], [
    t(
      'evenements en mars ??',
      'agenda',
      [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
      [...notOn('2027-02-23'), ...notOn('2027-02-17'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b22-volet2-avec-places', ['prepa-competences', 'volet', 'with-seats'], [
    t(
      'sessions prepa comp volet 2 avec des places dispo stp',
      'agenda',
      [on('2027-02-15'), ['castelsarrasin'], seat(5)],
      [
        ...notOn('2027-01-25'),
        ...notOn('2027-01-18'),
        ...notOn('2027-02-08'),
        ...notOn('2027-03-08'),
      ],
    ),
  ]),
  c('b22-pec-atelier2-distanciel', ['competences-pec', 'atelier', 'remote', 'follow-up'], [
    t(
      'prochaine entree competences PEC atelier 2 ?',
      'agenda',
      [on('2027-01-20'), ['montauban']],
      [...notOn('2027-02-10'), ...notOn('2027-01-18')],
    ),
    t('et en distanciel ?', 'agenda', [on('2027-03-03'), REMOTE], [...notOn('2027-02-08')]),
    t('il reste de la place ?', 'agenda', [seat(3)]),
  ]),
  c('b22-prepa-presentiel-moissac', ['prepa-competences', 'on-site', 'town', 'follow-up'], [
    t(
      'quelles sessions prepa comp en presentiel ?',
      'agenda',
      [on('2027-01-18'), on('2027-02-15')],
      [...notOn('2027-02-08')],
    ),
    t(
      'et du cote de Moissac ?',
      'agenda',
      [on('2027-03-08'), ['moissac']],
      [...notOn('2027-01-18'), ...notOn('2027-02-15')],
    ),
  ]),
  c('b22-promo-info-coll-demarrage', ['promo-16-18', 'info-collective', 'follow-up'], [
    t(
      'l info coll de la promo 1618 c quand',
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-09')],
    ),
    t('et ca demarre quand la promo ?', 'agenda', [on('2027-02-01')], [...notOn('2027-01-18')]),
    t('c tous les jours ?', 'dispositif', [MON_THU]),
  ]),
  c('b22-places-logistique-plaquiste', ['places', 'trade', 'follow-up'], [
    t(
      'des places en logistique en ce moment ?',
      'agenda',
      [['cariste'], ['preparateur']],
      ['soudeur', 'macon', 'electricien', 'plaquiste', 'agent de proprete', 'agent de restauration'],
    ),
    t('et plaquiste ?', 'agenda', [FULL]),
  ]),
  c('b22-info-coll-jeudi-montauban', ['info-collective', 'relative-date', 'town', 'two-in-one'], [
    t(
      'info coll prepa montauban ce jeudi ?',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-21'), ...notOn('2027-02-11')],
    ),
    t('ca commence a quelle heure et il reste de la place ?', 'agenda', [NINE_THIRTY, seat(15)]),
  ]),

  // ── Eligibility ──────────────────────────────────────────────────────────
  c('b22-ase-17-decroche', ['promo-16-18', 'ase', 'sms'], [
    t(
      'jeune confie a l ASE, 17 ans, descolarise depuis septembre, pas de formation pas de boulot. eligble promo 1618 ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b22-15-ans-college', ['promo-16-18', 'age-boundary'], [
    t(
      'un gamin de 15 ans qui a lâché le collège, on peut le mettre sur la promo 16/18 ?',
      'eligibility',
      [NO, AGE_MIN],
    ),
  ]),
  c('b22-19-ans-ml', ['promo-16-18', 'age-boundary', 'ml'], [
    t(
      'jai un jeune de 19 ans decrocheur suivi par la ML, la promo 16-18 c possible?',
      'eligibility',
      [NO, AGE_MAX],
    ),
  ]),
  c('b22-pec-employeur-refuse', ['competences-pec', 'employer', 'rambling'], [
    t(
      'mr D touche le RSA et il est en PEC aux espaces verts de la mairie mais son employeur veut pas le liberer pour les ateliers de competences PEC, on peut l inscrire quand meme ??',
      'eligibility',
      [
        ['employeur'],
        ['accord', 'accept', 'consent', 'autoris'],
        [...NO, 'necessaire', 'indispensable', 'obligatoire', 'requis', 'prealable', 'doit', 'faut'],
      ],
    ),
  ]),
  c('b22-inscrite-ft-th', ['prepa-competences', 'ft', 'th', 'mds'], [
    t(
      'ma BRSA (TH, suivie a la MDS de Castel) est inscrite a FT, ca bloque pr prepa comp ?',
      'eligibility',
      [
        [
          'inscrit ou non',
          'inscrits ou non',
          'inscrite ou non',
          'ou non',
          'ne bloque pas',
          'bloque pas',
          'pas de probleme',
          'aucun probleme',
          'empeche pas',
          ...YES,
        ],
      ],
      NOT_YES,
    ),
  ]),
  c('b22-apprenti-boulangerie', ['promo-16-18', 'ase'], [
    t(
      'Jeune ASE 17 ans en apprentissage en boulangerie, il en a marre, il pourrait basculer sur la promo 16/18 ?',
      'eligibility',
      [
        NO,
        ['apprenti', 'en formation', 'pas en formation', 'travail', 'emploi', 'contrat', 'decroch', 'activite'],
      ],
    ),
  ]),
  c('b22-lycee-absenteiste', ['promo-16-18', 'typos'], [
    t(
      '16 ans, toujours inscrit au lycee mais il y va quasi plus... promo 1618 envisageable ?',
      'eligibility',
      [NO, ['quitt', 'scolaris', 'inscrit', 'decroch', 'en formation', 'lycee']],
    ),
  ]),
  c('b22-de-non-rsa-via-cd', ['prepa-competences', 'ft'], [
    t(
      'Monsieur T., 30 ans, demandeur d emploi suivi par FT, pas au RSA. je peux le prescrire en prepa comp moi (CD) ?',
      'eligibility',
      [
        ['rsa', 'revenu de solidarite'],
        [...NO, 'france travail', 'pole emploi'],
      ],
    ),
  ]),
  c('b22-vae-agent-entretien', ['vae', 'person-described'], [
    t(
      'BRSA 48 ans, 10 ans comme agent d entretien en entreprise, pas en PEC, il voudrait faire reconnaitre son experience par un diplome, on a quoi pour lui ?',
      'eligibility',
      [['vae', 'validation des acquis', 'rsfp', 'reconnaissance des savoir']],
    ),
  ]),
  c('b22-cariste-peur-formation', ['prepa-competences', 'volet', 'person-described', 'rambling'], [
    t(
      'j ai un monsieur au RSA, 52 ans, qui voudrait devenir cariste mais il a jamais fait de formation de sa vie et il a peur de pas suivre, prepa comp ca peut l aider ?',
      'eligibility',
      [YES, ['volet 2', 'securis', 'entree en formation']],
      NOT_YES,
    ),
    t('ca dure combien le volet 2 ?', 'dispositif', [VOLET2_DURATION]),
    t('y a une session bientot avec de la place ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
  ]),
  c('b22-ase-age-manquant', ['promo-16-18', 'ase', 'missing-fact', 'mds'], [
    t(
      'referente MDS Moissac. un jeune de l ASE qui a arrete l ecole, il peut faire la promo 16/18 ?',
      'eligibility',
      [['16', 'mineur', 'quel age', 'son age']],
    ),
    t('il a 17 ans et il fait rien depuis la rentree', 'eligibility', [YES], NOT_YES),
    t('ok qui je contacte a l afpa pour ca ?', 'contact', [['battedou', 'vella']]),
  ]),
  c('b22-mme-k-pec-puis-prepa', ['competences-pec', 'prepa-competences', 'missing-fact'], [
    t('Mme K. au RSA, elle peut faire competences PEC ?', 'eligibility', [
      ['contrat', 'parcours emploi', 'salari', 'signataire', 'est-elle en', 'est elle en'],
    ]),
    t('non elle a pas de contrat, elle cherche du boulot', 'eligibility', [NO, PEC_CONTRACT]),
    t('du coup prepa comp ca pourrait le faire ?', 'eligibility', [YES], NOT_YES),
  ]),
  c('b22-pec-mairie-chiffres', ['competences-pec', 'pilotage'], [
    t(
      'BRSA 35 ans, en PEC a la mairie de Negrepelisse depuis 3 mois, il aimerait valider ses competences, competences PEC ok ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t('au fait les chiffres du dispositif ils remontent a qui ?', 'figures', [
      ['dgefp', 'd.g.e.f.p', 'delegation generale', 'ddets', 'd.d.e.t.s'],
      ['mensuel', 'chaque mois', 'tous les mois', 'trimestri', 'annuel'],
    ]),
  ]),
  c('b22-aide-soignante-volet1', ['prepa-competences', 'volet', 'remote', 'two-in-one'], [
    t(
      'Mme B., BRSA non inscrite a FT, 45 ans, veut reprendre une formation d aide soignante mais pas sure de son projet, prepa comp possible ?',
      'eligibility',
      [YES, ['volet 1', 'consolid', 'projet']],
      NOT_YES,
    ),
    t(
      'et ca dure combien de temps le volet 1 ? elle peut le faire a distance, elle a pas de voiture ?',
      'dispositif',
      [VOLET1_DURATION, REMOTE],
    ),
  ]),
  c('b22-siae-sans-prerequis-vae', ['rsfp', 'siae'], [
    t(
      'salariee en ACI, elle a pas les prerequis pour la VAE, y a quoi pour elle ?',
      'eligibility',
      [['rsfp', 'reconnaissance des savoir']],
    ),
    t('ca lui apporte quoi concretement ?', 'dispositif', [
      ['passeport', 'employabilit', 'evolution professionnelle', 'competences acquises', 'valoris'],
    ]),
  ]),

  // ── Out of scope ───────────────────────────────────────────────────────────
  c('b22-oos-mdph', ['oos', 'sms'], [
    t('tu peux m aider a remplir un dossier mdph pour un de mes brsa ?', 'out_of_scope', [OOS]),
  ]),
  c('b22-oos-horaires-accueil', ['oos', 'polite'], [
    t('Quels sont les horaires d’ouverture de l’accueil du centre AFPA de Montauban ?', 'out_of_scope', [OOS]),
  ]),
  c('b22-oos-cpf', ['oos', 'prepa-competences'], [
    t(
      'apres prepa comp la personne peut mobiliser son CPF pour payer sa formation qualifiante ?',
      'out_of_scope',
      [OOS],
    ),
  ]),
  c('b22-oos-montant-rsa', ['oos', 'sms'], [
    t('c combien le RSA pour une personne seule cette annee ?', 'out_of_scope', [OOS]),
  ]),
  c('b22-oos-cantine', ['oos', 'no-accents'], [
    t('y a une cantine pour les stagiaires a l afpa ou ils doivent ramener leur repas ?', 'out_of_scope', [OOS]),
  ]),
  c('b22-oos-transport-hebergement', ['oos', 'follow-up'], [
    t('l afpa rembourse les frais de deplacement pour venir a prepa comp ?', 'out_of_scope', [OOS]),
    t('et l hebergement sur place c possible ?', 'out_of_scope', [OOS]),
  ]),
  c('b22-oos-remuneration-puis-lieu', ['oos', 'prepa-competences', 'follow-up'], [
    t(
      'est ce que la personne est payee pendant prepa comp ? genre une remuneration de stagiaire',
      'out_of_scope',
      [OOS],
    ),
    t('ok. et ca se passe ou ?', 'dispositif', [
      ['montauban'],
      [
        'distance',
        'distanciel',
        'delocalis',
        'ensemble du departement',
        'tout le departement',
        'castelsarrasin',
        'moissac',
      ],
    ]),
  ]),

  // ── Contact ─────────────────────────────────────────────────────────────────
  c('b22-coordonnateur', ['contact', 'polite'], [
    t('Qui est le coordonnateur départemental des dispositifs côté AFPA ?', 'contact', [['vella']]),
  ]),
  c('b22-suivi-accord-cd-afpa', ['contact', 'follow-up'], [
    t('pour le suivi de l accord, cest qui l interlocuteur cote departement ?', 'contact', [
      ['weill', 'represent', 'referent de l', 'referente de l', 'designe'],
    ]),
    t('et cote afpa ?', 'contact', [['vella']]),
  ]),
  c('b22-battedou-coordonnees', ['contact', 'follow-up'], [
    t('vous auriez le numero ou le mail de Fabienne Battedou ?', 'contact', [NO_CONTACT_DETAILS]),
    t('et elle s occupe de quoi exactement ?', 'contact', [
      ['responsable accompagnement', 'accompagnement et parcours'],
      ['deploiement', 'prepa', 'promo', 'competences pec'],
    ]),
  ]),
  c('b22-habilitation-panda', ['contact', 'prescribe', 'panda'], [
    t('je suis nouvelle referente au CD depuis lundi, qui me donne les acces a PANDA ?', 'contact', [
      ['afpa'],
      ['habilit', 'donne acces', 'ouvre', 'accorde', 'cree', 'droits', 'compte'],
    ]),
    t('ok et apres pr inscrire un jeune sur la promo je fais comment', 'prescribe', [
      ['panda', 'plateforme'],
    ]),
  ]),

  // ── Figures ───────────────────────────────────────────────────────────────
  c('b22-objectifs-trois', ['figures', 'follow-up'], [
    t('objectif 2022 de BRSA en prepa comp ?', 'figures', [target(30, 'trente')]),
    t('et pour la PEC ?', 'figures', [target(50, 'cinquante')]),
    t('et les jeunes ASE sur la promo ?', 'figures', [target(10, 'dix jeunes')]),
  ]),
  c('b22-promo-national', ['figures', 'promo-16-18'], [
    t('taux de sortie positive vise pour la promo 16/18 ?', 'figures', [
      ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour', '70 pourcent', 'soixante-dix'],
    ]),
    t('et ca concerne combien de jeunes au niveau national ?', 'figures', [
      ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000', 'trente-cinq mille'],
    ]),
  ]),
  c('b22-realise-prepa', ['figures', 'prepa-competences', 'rambling'], [
    t(
      't aurais les chiffres des entrees prepa comp depuis le debut ? on est a combien par rapport a l objectif ?',
      'figures',
      [target(30, 'trente'), NOT_AVAILABLE],
    ),
  ]),

  // ── Prescribe ────────────────────────────────────────────────────────────────
  c('b22-prescrire-prepa-puis-pec', ['prescribe', 'prepa-competences', 'competences-pec', 'follow-up'], [
    t('comment on fait pour inscrire qqn en prepa comp concretement ?', 'prescribe', [['panda', 'plateforme']]),
    t('et pour la PEC ?', 'prescribe', [['employeur']]),
    t('c payant pour le departement ?', 'dispositif', [FREE]),
  ]),
  c('b22-role-referent-avant', ['prescribe', 'no-accents'], [
    t(
      'avant d envoyer une prescription c quoi mon role a moi le referent ? je dois verifier quoi',
      'prescribe',
      [
        ['adhesion', 'accord de la personne', 'consent', 'recueill'],
        ['mobilit', 'garde', 'conditions materielles'],
      ],
    ),
  ]),
  c('b22-prescrire-direct', ['prescribe', 'polite', 'ft'], [
    t(
      'Bonjour, pour orienter un allocataire vers Prépa Compétences, le Département peut-il prescrire directement ou faut-il passer obligatoirement par France Travail ?',
      'prescribe',
      [['directement', 'en direct', 'sans passer', 'pas besoin', 'pas obligatoire', 'pas necessaire']],
    ),
  ]),
  c('b22-prescrire-pec-ccas', ['prescribe', 'competences-pec', 'polite'], [
    t(
      'Bonjour, je souhaiterais prescrire Compétences PEC pour une salariée en PEC au CCAS de Moissac, elle est partante et son employeur aussi.',
      'prescribe',
      [
        ['prescri', 'inscri', 'orient', 'demande'],
        ['pec', 'p.e.c', 'parcours emploi'],
      ],
    ),
  ]),
  c('b22-prescrire-volet1-lundi', ['prescribe', 'prepa-competences', 'relative-date'], [
    t('je voudrais prescrire prepa comp pr Mme L., volet 1, elle est au RSA', 'prescribe', [
      ['prescri', 'inscri', 'orient'],
      ['prepa'],
    ]),
    t('la session de lundi prochain a encore de la place ?', 'agenda', [seat(6)]),
  ]),
];
