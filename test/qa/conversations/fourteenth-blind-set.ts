/**
 * Fourteenth blind set: one week of messages in the bot's personal chat.
 *
 * Written blind by a helper session: only the agreement (seed text), the product guide,
 * the types and helpers of `sets.ts` and the agenda fixture were read; neither the bot's
 * code nor its answers nor the other blind sets were looked at.
 *
 * Who writes: mostly référents insertion of the Département (MDS of Montauban,
 * Castelsarrasin, Moissac, Caussade, the ASE service), a few AFPA Montauban staff
 * (consultant, Responsable Accompagnement et Parcours' team) and one pilot preparing
 * the steering committee.
 *
 * What it covers: Prépa Compétences and its two volets, Compétences PEC and its phases,
 * La Promo 16/18, RSFP, CléA / CléA Numérique, Open Badges, Français à visée
 * professionnelle, clauses sociales; eligibility (RSA registered or not at France Travail,
 * PEC or not, ASE minors, age limits, school leavers vs apprentices); the agenda of the
 * fixture (today frozen at Monday 11 January 2027); contacts named in the agreement;
 * action-plan figures (none measured yet, targets 30 / 50 / 10); prescriptions; and
 * questions the agreement does not settle (pay, transport, sanctions, CPF, childcare aid,
 * driving licence, meals).
 *
 * Styles: SMS style and abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, ASE, JPO,
 * info coll), missing accents, typos, long rambling messages, polite full sentences,
 * follow-ups that only make sense after the previous turn, two questions in one,
 * corrections.
 */
import { notOn, on, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Verdicts ────────────────────────────────────────────────────────────────

const ELIGIBLE = [
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peuvent bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut y entrer',
  'peut y accéder',
  'peut accéder',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'ouvert aux',
  'ouvert à',
  'ouverte aux',
  'accessible',
  'est possible',
  'c’est possible',
  "c'est possible",
  'oui,',
  'oui.',
  'oui !',
  'tout à fait',
];

const NOT_ELIGIBLE = [
  'non éligible',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne peut malheureusement pas',
  'ne remplit pas',
  'ne correspond pas',
  'réservé aux',
  'réservée aux',
  'réservé à',
  'réservée à',
  'pas accessible',
  'n’est pas ouvert',
  "n'est pas ouvert",
  'n’est pas possible',
  "n'est pas possible",
  'pas possible',
  'non,',
  'non.',
  'hors critères',
  'hors du public',
];

// ── Facts of the agreement, as loose alternatives ──────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 à 6 j',
  'cinq à six jours',
  '5-6 jours',
  '5 ou 6 jours',
  '5 et 6 jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours', '4 et 8 jours'];
const CONSOLIDATE = [
  'consolid',
  'projet professionnel',
  'diagnostic de faisabilité',
  'travailler son projet',
];
const SECURE = ['sécuris', 'entrée en formation'];
const REMOTE_OR_LOCAL = [
  'à distance',
  'distanciel',
  'délocalis',
  'ensemble du département',
  'tout le département',
  'hors de montauban',
];

const PEC_DAYS = ['5 jours', 'cinq jours', '5 j ', '5 j.', '5 journées', 'cinq journées'];
const PEC_CONDITION = [
  'employeur',
  'premiers mois',
  'dès la signature',
  'signature du contrat',
  'dès signature',
  'en cours de pec',
  'pendant le pec',
  'durée du pec',
  'durée du contrat',
];
const IN_PEC = [
  'parcours emploi compétences',
  'contrat pec',
  'contrat p.e.c',
  'en pec',
  'salariés en pec',
  'salarié en pec',
  'signataires',
  'bénéficiaires de pec',
  'bénéficiaire d’un pec',
  "bénéficiaire d'un pec",
  'personnes en pec',
  'contrat aidé',
  'titulaire d’un pec',
  "titulaire d'un pec",
];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP_OR_CLEA = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir', 'cléa', 'clea'];
const FIVE_PHASES = ['5 phases', 'cinq phases', '5 étapes', 'cinq étapes', '5 temps'];
const HALF_DAYS = ['demi-journée', 'demi journée', 'demi-journées', '6 ateliers', 'six ateliers'];
const PRE_REQUISITES = [
  'prérequis',
  'pré-requis',
  'pre-requis',
  'pré requis',
  'conditions pour accéder à la vae',
  'accéder directement à la vae',
  'pas accès à la vae',
];

const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = [
  'lundi au jeudi',
  'lundi à jeudi',
  'lundi-jeudi',
  'lundi > jeudi',
  'du lundi jusqu’au jeudi',
];
const PROMO_AGE = [
  '16 à 18 ans',
  '16 et 18 ans',
  'entre 16 et 18',
  'de 16 à 18',
  '16-18 ans',
  'mineur',
  '16 ou 17 ans',
  '16-17 ans',
  'moins de 18',
  '18 ans',
];
const FROM_16 = ['16 ans', 'seize ans', 'mineur', '16 à 18', '16 et 18'];
const DROPOUT = [
  'décroch',
  'quitté',
  'sortis du système',
  'sorti du système',
  'ni en formation',
  'pas en formation',
  'plus en formation',
  'sans formation',
  'ne travaillent pas',
  'ne travaille pas',
  'ni en emploi',
  'sans emploi',
  'déscolaris',
  'plus scolaris',
  'sortie prématurée',
  'prématurément',
];
const PARENTAL = ['autorisation', 'accord des parents', 'parents', 'parental'];
const AFTER_PROMO = ['6 mois', 'six mois'];
const MISSION_LOCALE = ['mission locale', 'missions locales', 'cio', 'c.i.o'];

const NOT_REGISTERED = [
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'pas inscrite',
  'sans être inscrit',
  'sans inscription',
  'pas besoin d’être inscrit',
  "pas besoin d'être inscrit",
  'pas nécessaire d’être inscrit',
  "pas nécessaire d'être inscrit",
  'même non inscrit',
  'qu’ils soient inscrits',
  "qu'ils soient inscrits",
  'qu’il soit inscrit',
  "qu'il soit inscrit",
  'n’est pas obligatoire',
  "n'est pas obligatoire",
  'pas obligatoire',
  'ni inscrit',
];

const BILAN = ['bilan individuel', 'bilan'];
const PORTFOLIO_OR_BILAN = ['bilan', 'portefeuille de compétences', 'portefeuille'];

// ── Contacts ────────────────────────────────────────────────────────────────

const BATTEDOU = [
  'battedou',
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
];
const VELLA = [
  'vella',
  'directeur du centre',
  'directeur de l’afpa',
  "directeur de l'afpa",
  'directeur du centre afpa',
];
const WEILL = ['weill', 'président du conseil départemental', 'président du département', 'président'];

// ── Figures ─────────────────────────────────────────────────────────────────

const NOT_MEASURED = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'aucun chiffre',
  'pas encore mesur',
  'pas encore été mesur',
  'aucune donnée',
  'pas encore de donnée',
  'pas de donnée',
  'pas encore de mesure',
  'ne dispose pas',
  'pas encore d’indicateur',
  "pas encore d'indicateur",
];
const TARGET_30 = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 entrées',
  '30 brsa',
  'trente',
  'objectif de 30',
  'objectif : 30',
  'objectif 30',
  'cible : 30',
  'compétences : 30',
  '2022 : 30',
];
const TARGET_50 = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 entrées',
  '50 brsa',
  'cinquante',
  'objectif de 50',
  'objectif : 50',
  'objectif 50',
  'cible : 50',
  'pec : 50',
  'p.e.c. : 50',
  '2022 : 50',
];
const TARGET_10 = [
  '10 jeunes',
  '10 personnes',
  '10 bénéficiaires',
  '10 orientations',
  'dix jeunes',
  'dix personnes',
  'objectif de 10',
  'objectif : 10',
  'objectif 10',
  'cible : 10',
  '16/18 : 10',
  '16-18 : 10',
  '1618 : 10',
  '2022 : 10',
];

// ── Prescriptions and what the agreement does not settle ───────────────────

const PRESCRIBE = ['prescri', 'formulaire', 'fiche de prescription'];
const PRESCRIBE_OR_PANDA = [...PRESCRIBE, 'panda'];

const NOT_COVERED = [
  'ne couvre pas',
  'ne dit rien',
  'n’en dit rien',
  "n'en dit rien",
  'ne prévoit pas',
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
  'n’aborde pas',
  "n'aborde pas",
  'ne règle pas',
  'pas prévu par l’accord',
  "pas prévu par l'accord",
];

// ── Agenda (fixture, today = Monday 11 January 2027) ───────────────────────

const PAST_JPO = notOn('2027-01-07');
const FULL = [
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  '0 disponible',
  ...seats(0),
];

export const FOURTEENTH_BLIND_SET: ConversationCase[] = [
  // ── Lundi ────────────────────────────────────────────────────────────────
  c(
    'b14-lundi-info-coll-castel-prescrire',
    ['referent', 'sms', 'follow-up'],
    [
      t(
        'slt le bot, c qd la prochaine info coll prepa comp ?? g 2 BRSA a positionner',
        'agenda',
        [on('2027-01-14'), ['montauban']],
        PAST_JPO,
      ),
      t('et y en a pas une plus pres de castel plutot, ils ont pas le permis ni de voiture', 'agenda', [
        on('2027-01-21'),
        ['castelsarrasin'],
      ]),
      t('ok top. je fais comment pr les prescrire du coup', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b14-prepa-nouvelle-referente',
    ['referent', 'polite', 'follow-up'],
    [
      t(
        'Bonjour, je viens d’arriver au service insertion de la MDS de Montauban. Pourriez-vous m’expliquer en quelques mots ce qu’est Prépa Compétences et combien de temps cela dure ?',
        'dispositif',
        [PREPA_DURATION, TWO_WEEKS],
      ),
      t('Merci. Et quelle est la différence entre le volet 1 et le volet 2 ?', 'dispositif', [
        CONSOLIDATE,
        SECURE,
        VOLET1_DAYS,
        VOLET2_DAYS,
      ]),
      t(
        'Est-ce que la personne est obligée de se déplacer jusqu’au centre ? Elle habite à Beaumont-de-Lomagne et n’a pas de moyen de transport.',
        'dispositif',
        [REMOTE_OR_LOCAL],
      ),
    ],
  ),

  c(
    'b14-rsa-non-inscrit-ft',
    ['referent', 'no-accents'],
    [
      t(
        'mon allocataire rsa n est pas inscrit a france travail, il peut faire prepa comp qd meme ?',
        'eligibility',
        [ELIGIBLE, NOT_REGISTERED],
      ),
    ],
  ),

  c(
    'b14-ase-17-ans-promo',
    ['referent', 'ase', 'follow-up'],
    [
      t(
        'Jeune confié à l’ASE, 17 ans, a arrêté le lycée en novembre et ne fait rien depuis. Promo 1618 possible ?',
        'eligibility',
        [ELIGIBLE, [...PROMO_AGE, ...DROPOUT, ' ase', '(ase', 'aide sociale']],
      ),
      t('faut une autorisation des parents ou pas ?', 'dispositif', [PARENTAL]),
      t('ok et la prochaine entree c quand ?', 'agenda', [on('2027-02-01')]),
    ],
  ),

  c(
    'b14-promo-19-ans-ml',
    ['referent', 'sms'],
    [
      t('jeune de 19 ans sans diplome ni emploi, suivi par la ML, la promo 16/18 ça passe ?', 'eligibility', [
        NOT_ELIGIBLE,
        PROMO_AGE,
      ]),
    ],
  ),

  c(
    'b14-promo-15-ans',
    ['referent', 'ase', 'boundary'],
    [
      t(
        'Une gamine de 15 ans déscolarisée, suivie à l’ASE, on peut la mettre sur la promo 16-18 ou elle est trop jeune ?',
        'eligibility',
        [
          [...NOT_ELIGIBLE, 'trop jeune', 'pas encore', 'à partir de 16', 'dès ses 16', 'dès 16', 'attendre'],
          FROM_16,
        ],
      ),
    ],
  ),

  c(
    'b14-salariee-pec-negrepelisse',
    ['referent', 'follow-up', 'typos'],
    [
      t(
        'salariée en PEC a la mairie de Nègrepelisse depuis 2 mois, BRSA, elle peut faire compétences pec ?',
        'eligibility',
        [ELIGIBLE, PEC_CONDITION],
      ),
      t('ça lui prendrait combien de jours sur son temps de travail ?', 'dispositif', [PEC_DAYS]),
      t('et a la fin elle a un diplome ou pas ??', 'dispositif', [VAE, RSFP_OR_CLEA]),
      t('ok je lance la demande pour elle', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b14-cdi-pas-pec',
    ['referent', 'rambling'],
    [
      t(
        'alors j ai un monsieur au RSA qui bosse en CDI temps partiel chez un particulier employeur, 10h par semaine, c est pas un contrat aidé, il voudrait faire reconnaitre ses compétences, il peut avoir competences PEC ?',
        'eligibility',
        [NOT_ELIGIBLE, IN_PEC],
      ),
    ],
  ),

  // ── Mardi ────────────────────────────────────────────────────────────────
  c(
    'b14-apprenti-boulangerie',
    ['referent', 'edge'],
    [
      t(
        '17 ans, en apprentissage en boulangerie mais ça se passe mal avec le patron, il pourrait basculer sur la promo 16 18 ?',
        'eligibility',
        [
          [
            ...NOT_ELIGIBLE,
            'tant qu’il',
            "tant qu'il",
            'pas en l’état',
            "pas en l'état",
            's’il rompt',
            "s'il rompt",
          ],
          DROPOUT,
        ],
      ),
    ],
  ),

  c(
    'b14-brsa-inscrit-ft',
    ['referent', 'typos', 'no-accents'],
    [
      t(
        'bnjr est ce q un brsa inscrit a FT depuis 3 ans peut aller en prepa competences ou c que pr les non inscrits',
        'eligibility',
        [ELIGIBLE, NOT_REGISTERED],
      ),
    ],
  ),

  c(
    'b14-lyceen-16-ans',
    ['referent', 'polite'],
    [
      t(
        'Bonjour, un jeune de 16 ans est toujours inscrit au lycée mais décroche complètement, ses parents demandent si La Promo 16/18 est faite pour lui alors qu’il est encore scolarisé ?',
        'eligibility',
        [[...NOT_ELIGIBLE, 'pas encore', 'tant qu’il', "tant qu'il"], DROPOUT],
      ),
    ],
  ),

  c(
    'b14-aci-qualif-clause-sociale',
    ['referent', 'siae', 'follow-up'],
    [
      t(
        'Un salarié de chantier d’insertion (ACI à Moissac) a un vrai projet de qualification, il peut accéder aux formations de l’AFPA ?',
        'eligibility',
        [ELIGIBLE, ['qualification', 'financeurs publics', 'région', 'droit commun', 'siae', 's.i.a.e']],
      ),
      t(
        'Et autre chose : un gros chantier avec clause sociale démarre à Montauban au printemps, l’AFPA peut-elle préparer des allocataires à y travailler ?',
        'dispositif',
        [['premiers gestes', 'gestes techniques', 'gestes professionnels']],
      ),
    ],
  ),

  c(
    'b14-correction-age',
    ['referent', 'correction', 'follow-up', 'ase'],
    [
      t('jeune ase 17 ans decrocheur, promo 1618 ok ?', 'eligibility', [ELIGIBLE]),
      t('ah non attends je me suis trompée de dossier, il a eu 19 ans en décembre', 'eligibility', [
        NOT_ELIGIBLE,
        PROMO_AGE,
      ]),
    ],
  ),

  c(
    'b14-copil-fevrier',
    ['pilot', 'polite', 'follow-up'],
    [
      t(
        'Bonjour, pour le comité de pilotage de février, pouvez-vous me donner le nombre d’allocataires du RSA entrés en Prépa Compétences depuis le début, et l’écart à l’objectif ?',
        'figures',
        [NOT_MEASURED, TARGET_30],
      ),
      t('Même chose pour Compétences PEC et pour la Promo 16/18 s’il vous plaît.', 'figures', [
        NOT_MEASURED,
        TARGET_50,
        TARGET_10,
      ]),
    ],
  ),

  c(
    'b14-rapport-activite-jpo-sortie-emploi',
    ['referent', 'sms', 'follow-up'],
    [
      t(
        'combien de nos allocataires sont allés aux JPO de l’AFPA depuis le début du partenariat ? c pour mon rapport d’activité',
        'figures',
        [NOT_MEASURED],
      ),
      t("et le taux de sortie emploi des BRSA passés par l'afpa, vous l avez ?", 'figures', [NOT_MEASURED]),
    ],
  ),

  c(
    'b14-objectif-ase',
    ['referent', 'ase'],
    [
      t('on doit orienter combien de jeunes ASE vers la promo 16/18, c quoi l objectif fixé ?', 'figures', [
        TARGET_10,
      ]),
    ],
  ),

  c(
    'b14-ou-en-est-pec',
    ['pilot', 'sms'],
    [
      t('on en est ou sur l objectif compétences PEC ? on a atteint les 50 ?', 'figures', [
        NOT_MEASURED,
        TARGET_50,
      ]),
    ],
  ),

  // ── Mercredi ─────────────────────────────────────────────────────────────
  c(
    'b14-contact-deploiement',
    ['referent', 'follow-up'],
    [
      t(
        'qui est la personne a contacter a l afpa pour le deploiement prepa comp et competences PEC ?',
        'contact',
        [BATTEDOU],
      ),
      t('et si elle est absente, au dessus d elle c est qui ?', 'contact', [VELLA]),
    ],
  ),

  c(
    'b14-suivi-accord',
    ['referent', 'two-questions'],
    [t('Qui suit l’accord côté AFPA, et côté Département ?', 'contact', [VELLA, WEILL])],
  ),

  c(
    'b14-habilitation-panda',
    ['referent', 'typos'],
    [t('jai pas d acces a PANDA, qui doit m habiliter ?', 'contact', [['afpa'], ['habilit']])],
  ),

  c(
    'b14-decrocheur-non-ase',
    ['referent', 'rambling'],
    [
      t(
        'petite question un peu hors de mon public : une de mes allocataires me parle de son fils de 16 ans qui a lâché le collège, il est pas suivi par l ASE ni par nous, vers qui je l oriente pour la promo 16/18 ?',
        'contact',
        [MISSION_LOCALE],
      ),
    ],
  ),

  c(
    'b14-consultante-afpa',
    ['afpa-staff', 'follow-up'],
    [
      t(
        'Bonjour, nouvelle consultante à l’AFPA Montauban. Quand le Département prescrit une Prépa Compétences, il y a une contrepartie financière pour nous ?',
        'dispositif',
        [
          [
            'sans contrepartie',
            'aucune contrepartie',
            'pas de contrepartie',
            'financé par l’état',
            "financé par l'état",
            'financement de l’état',
            "financement de l'état",
            'p.i.c',
            ' pic',
            'investissement dans les compétences',
            'gratuit',
          ],
        ],
      ),
      t('Et qui coordonne les dispositifs au niveau départemental ?', 'contact', [VELLA]),
      t(
        'Dernière chose, pour vérifier ce qui est publié : la session Compétences PEC atelier 3, c’est quel jour et combien de places ?',
        'agenda',
        [on('2027-02-10'), seats(6)],
      ),
    ],
  ),

  c(
    'b14-prescrire-volet2-soudeur',
    ['referent', 'polite'],
    [
      t(
        'Je souhaite prescrire Prépa Compétences volet 2 pour un allocataire qui doit entrer en formation de soudeur en février.',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),

  c(
    'b14-promo-parents-inscription',
    ['referent', 'ase', 'sms', 'follow-up'],
    [
      t('y a une info coll pour la promo 1618 où les parents peuvent venir ?', 'agenda', [on('2027-03-17')]),
      t('ok et concretement comment j inscris un jeune ASE sur la promo ?', 'prescribe', [
        PRESCRIBE_OR_PANDA,
      ]),
    ],
  ),

  c(
    'b14-volet1-entree-puis-prescription',
    ['referent', 'follow-up'],
    [
      t('prochaine entrée prépa comp volet 1 ?', 'agenda', [on('2027-01-18'), seats(6)]),
      t('je peux y mettre Mme B. ? elle est partante', 'prescribe', [PRESCRIBE]),
    ],
  ),

  // ── Jeudi ────────────────────────────────────────────────────────────────
  c(
    'b14-remuneration-absences',
    ['referent', 'two-questions', 'follow-up'],
    [
      t(
        'est ce que la personne est payée pendant la prepa comp ?? elle me demande aussi si elle garde bien son RSA pendant ce temps',
        'out_of_scope',
        [NOT_COVERED],
      ),
      t(
        'et si elle vient pas aux ateliers on doit faire une suspension ou une reduc du RSA ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),

  c(
    'b14-deplacement-repas',
    ['referent', 'polite', 'follow-up'],
    [
      t(
        'Bonjour, les frais de déplacement pour aller à l’AFPA de Montauban depuis Lauzerte sont-ils pris en charge, et si oui par qui ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
      t('Et les repas du midi, ils sont pris en charge sur place ?', 'out_of_scope', [NOT_COVERED]),
    ],
  ),

  c(
    'b14-permis-cpf',
    ['referent', 'sms', 'follow-up'],
    [
      t('est ce que l afpa peut financer le permis B d un BRSA de 35 ans ?', 'out_of_scope', [NOT_COVERED]),
      t(
        'ok et apres prepa comp il peut mobiliser son CPF pour payer le reste de sa formation ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),

  c(
    'b14-garde-enfants',
    ['referent', 'rambling'],
    [
      t(
        'maman solo de 3 enfants, dont un de 2 ans pas gardé, elle est motivée pour prépa comp mais y a t il une aide prévue pour la garde pendant les ateliers ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),

  c(
    'b14-promo-presentation',
    ['referent', 'ase', 'follow-up', 'two-questions'],
    [
      t('c quoi exactement la promo 16 18, ça dure cb de temps et c tous les jours ?', 'dispositif', [
        PROMO_DURATION,
        MON_THU,
      ]),
      t('et apres les 13 semaines ils sont lachés dans la nature ?', 'dispositif', [
        AFTER_PROMO,
        ['mission locale', 'missions locales', 'accompagnement prolongé', 'accompagnés', 'suivi'],
      ]),
      t('ils touchent quelque chose pendant le programme ? une rémunération ?', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),

  c(
    'b14-rsfp-vs-vae',
    ['referent', 'rambling'],
    [
      t(
        'C’est quoi la RSFP par rapport à la VAE ? j’ai une dame qui fait du ménage depuis des années mais en partie non déclaré, elle n’a pas de fiches de paie pour tout',
        'dispositif',
        [PRE_REQUISITES],
      ),
    ],
  ),

  // ── Vendredi ─────────────────────────────────────────────────────────────
  c(
    'b14-clea-numerique-badges',
    ['referent', 'sms', 'follow-up'],
    [
      t('clea numerique ça sert a quoi ? g un monsieur qui sait pas allumer un ordi', 'dispositif', [
        [
          'usages fondamentaux',
          'usages du numérique',
          'compétences numériques',
          'environnement de travail',
          'bases du numérique',
          'usages de base',
        ],
      ]),
      t('et les open badges c pour qui ? ça reconnait quoi exactement ?', 'dispositif', [
        ['soft skills', 'compétences douces', 'savoir-être', 'transverses', 'informel', 'formel'],
      ]),
    ],
  ),

  c(
    'b14-fle-primo-arrivante',
    ['referent', 'polite'],
    [
      t(
        'Une allocataire arrivée d’Afghanistan l’an dernier parle encore peu le français. Est-ce que l’AFPA propose quelque chose pour elle dans le cadre de l’accord ?',
        'dispositif',
        [
          [
            'français à visée professionnelle',
            'français langue étrangère',
            ' fle',
            '(fle',
            'visée professionnelle',
          ],
        ],
      ),
    ],
  ),

  c(
    'b14-bilan-fin-parcours',
    ['referent', 'follow-up'],
    [
      t('a la fin de la prepa, j ai un retour de l afpa sur comment ça s est passé ?', 'dispositif', [BILAN]),
      t('et pour compétences pec aussi ?', 'dispositif', [PORTFOLIO_OR_BILAN]),
    ],
  ),

  c(
    'b14-pec-phases-atelier2',
    ['afpa-staff', 'follow-up'],
    [
      t(
        'je découvre compétences pec, ça se passe comment concrètement, y a combien de phases ?',
        'dispositif',
        [FIVE_PHASES, HALF_DAYS],
      ),
      t('et l atelier 2 il redemarre quand ?', 'agenda', [on('2027-01-20')]),
    ],
  ),

  // ── Agenda all week ──────────────────────────────────────────────────────
  c(
    'b14-jpo-fevrier-groupe',
    ['referent', 'follow-up'],
    [
      t(
        'y a des JPO en fevrier ? j aimerais y emmener un groupe de BRSA',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        PAST_JPO,
      ),
      t('celle de moissac c a quelle heure ?', 'agenda', [['10h', '10:00', '10 h']]),
    ],
  ),

  c(
    'b14-soudure-visite-places',
    ['referent', 'two-questions', 'follow-up'],
    [
      t('visite plateau soudure c quand et il reste de la place ?', 'agenda', [on('2027-01-19'), seats(8)]),
      t('et en formation soudeur y a des places ?', 'agenda', [seats(4), on('2027-02-01')]),
    ],
  ),

  c(
    'b14-semaine-prochaine',
    ['referent'],
    [
      t(
        "qu'est ce qu'il y a comme evenements afpa la semaine prochaine ?",
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-03')],
      ),
    ],
  ),

  c(
    'b14-batiment-caussade',
    ['referent', 'follow-up'],
    [
      t('la reunion metiers batiment, c ou et quand ? on a plein de BRSA sur Caussade interessés', 'agenda', [
        ['caussade'],
        on('2027-02-23'),
      ]),
      t('et des places en maçon ?', 'agenda', [seats(3), on('2027-02-15')]),
      t('et plaquiste ?', 'agenda', [FULL]),
      t('y a une visite de l atelier elec prevue aussi ?', 'agenda', [on('2027-03-10')]),
    ],
  ),

  c(
    'b14-logistique-cariste',
    ['referent', 'follow-up'],
    [
      t('prochaine réunion métiers logistique ?', 'agenda', [on('2027-01-26')]),
      t('et en cariste, combien de places ?', 'agenda', [seats(6)], ['soudeur', 'plaquiste']),
    ],
  ),

  c(
    'b14-volet2-puis-distanciel',
    ['referent', 'sms', 'follow-up'],
    [
      t('prochaine entree prepa comp volet 2 stp', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
      t('et en volet 1 a distance y a qqch bientot ?', 'agenda', [on('2027-02-08'), seats(8)]),
    ],
  ),

  c(
    'b14-info-coll-pec-employeurs',
    ['referent', 'polite'],
    [
      t(
        'Existe-t-il une information collective Compétences PEC à laquelle je pourrais inviter une salariée et son employeur ?',
        'agenda',
        [on('2027-02-09'), ['moissac']],
      ),
    ],
  ),

  c(
    'b14-cette-semaine',
    ['referent', 'sms'],
    [
      t(
        'cette semaine il se passe quoi a l afpa ?',
        'agenda',
        [on('2027-01-14')],
        [...PAST_JPO, ...notOn('2027-01-19')],
      ),
    ],
  ),

  c(
    'b14-places-moissac',
    ['referent', 'no-accents'],
    [t('des places de formation dispo sur moissac ?', 'agenda', [['propreté'], seats(7)])],
  ),
];
