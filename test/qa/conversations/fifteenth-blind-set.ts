/**
 * Fifteenth blind set: Teams conversations for the CD82 – AFPA Montauban assistant.
 *
 * Written by a helper session, BLIND: only from the agreement (seed text: accord de
 * partenariat 2022, plan d'action 2022-2023, protocole des trois dispositifs), the product
 * guide, the types of `sets.ts` and the published agenda of `agenda-fixture.ts` (today frozen
 * at Monday 11 January 2027, Europe/Paris). The bot, its tests and its data were never read
 * nor run.
 *
 * Covers: the dispositifs (Prépa Compétences and its volets, Compétences PEC and its
 * certifications, La Promo 16/18 and its phases, RSFP, CléA Numérique, Français à visée
 * professionnelle, PANDA, bilan individuel), eligibility (eligible and not, with the
 * condition), AFPA's agenda (info coll, JPO, visites de plateau, réunions métiers, entry
 * sessions, Info Places), contacts named in the agreement, the action plan's figures (no
 * measure yet, targets 2022), prescriptions, and neighbouring subjects the agreement does
 * not settle.
 *
 * Styles: what référents insertion and AFPA colleagues type on an ordinary day: SMS style
 * and abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, CD, MDS, ASE, JPO, info coll),
 * missing accents and typos, long messages that tell the person's situation first,
 * follow-ups leaning on the previous answer, two questions in one message, corrections.
 */

import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

// ── Loose alternatives ──────────────────────────────────────────────────────

const YES = [
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peuvent bénéficier',
  'peut entrer',
  'peut y entrer',
  'ouvert à',
  'ouvert aux',
  'ouverte à',
  'ouverte aux',
  'peut être orient',
  'peut faire',
  'peut suivre',
  'peut intégrer',
  'accessible',
  'y a droit',
];

const NO = [
  'non éligible',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne peut malheureusement pas',
  'pas accessible',
  'pas ouvert',
  'réservé',
  'ne relève pas',
  'exclu',
  'impossible',
  'ne correspond pas',
  'pas possible',
  'ne remplit pas',
];

const OUT = [
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
  'ne règle pas',
  'pas prévu',
  'ne parle pas',
  'n’aborde pas',
  "n'aborde pas",
];

const NO_FIGURES = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'aucun chiffre',
  'pas encore mesur',
  'pas encore de donn',
  'aucune donn',
  'ne dispose pas',
  'pas encore de résultat',
];

const PRESCRIBE = ['prescri', 'formulaire', 'fiche de prescription'];

const BATTEDOU = ['battedou', 'responsable accompagnement et parcours'];
const VELLA = ['vella', 'directeur du centre'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '8 jours maxi',
  '8 jours max',
];
const VOLET1_DURATION = ['5 à 6 jours', '5 et 6 jours', '5 à 6 j', 'cinq à six jours', '5-6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_AGES = ['16 à 18', '16-18', '16 et 18', '16/18', 'mineur', '16 ans'];
const FULL = [
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  '0 place',
  'places : 0',
  'places disponibles : 0',
];

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

export const FIFTEENTH_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b15-prepa-sms-then-volet2',
    ['sms', 'follow-up', 'prepa-competences'],
    [
      t('c koi prepa comp en 2 mots', 'dispositif', [PREPA_DURATION]),
      t('et le volet 2 ca dure cmb ?', 'dispositif', [VOLET2_DURATION]),
    ],
  ),
  c(
    'b15-prepa-volet-for-unsure-project',
    ['long', 'prepa-competences'],
    [
      t(
        "J'accompagne une dame au RSA depuis 3 ans, elle parle de devenir aide-soignante mais elle n'est pas du tout sûre de son projet, elle ne connait pas le métier. Dans Prépa Compétences c'est quel volet pour elle et ça dure combien ?",
        'dispositif',
        [['volet 1', 'consolid'], VOLET1_DURATION],
      ),
    ],
  ),
  c(
    'b15-prepa-remote-then-sessions',
    ['follow-up', 'no-accents', 'prepa-competences'],
    [
      t(
        'la prepa comp ca peut se faire a distance ? ma personne habite a beaumont de lomagne sans voiture',
        'dispositif',
        [['distance', 'distanciel']],
      ),
      t(
        'ok et les prochaines entrees en distanciel alors ?',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b15-pec-days-employer',
    ['follow-up', 'competences-pec'],
    [
      t(
        "competences PEC ca represente cmb de jours pour le salarié ? l'employeur va rler s'il est absent trop svt",
        'dispositif',
        [['5 jours', 'cinq jours']],
      ),
      t("faut l'accord de l'employeur d'ailleurs ?", 'dispositif', [['employeur'], ['accord']]),
    ],
  ),
  c(
    'b15-pec-certifications',
    ['sms', 'competences-pec'],
    [
      t('a la fin de comp PEC il repart avec quoi comme certif ?', 'dispositif', [
        ['vae', 'validation des acquis'],
        ['rsfp', 'savoir-faire', 'savoir faire'],
        ['cléa', 'clea'],
      ]),
    ],
  ),
  c(
    'b15-promo-length-days-two-questions',
    ['two-questions', 'promo-16-18'],
    [
      t('la 1618 ca dure combien de temps et c quels jours de la semaine ?', 'dispositif', [
        PROMO_DURATION,
        ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi'],
      ]),
      t('le jeune touche une indemnité ou un truc pendant la promo ?', 'out_of_scope', [OUT]),
    ],
  ),
  c(
    'b15-promo-phases-and-after',
    ['follow-up', 'promo-16-18'],
    [
      t('c quoi les phases de la promo 16 18 ?', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['préparation de la suite', 'preparation de la suite', 'la suite'],
      ]),
      t('et apres la sortie le jeune est encore suivi ou c fini ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b15-rsfp-aci',
    ['long', 'rsfp'],
    [
      t(
        "rsfp ?? une collègue m'en parle pour un salarié de chantier d'insertion qui a pas le niveau pour une vae, c quoi exactement",
        'dispositif',
        [
          ['savoir-faire', 'savoir faire'],
          ['prérequis', 'pré-requis', 'prerequis', 'directement à la vae', 'accéder à la vae'],
        ],
      ),
    ],
  ),
  c(
    'b15-clea-fle-then-badges',
    ['two-questions', 'follow-up', 'typo', 'clea', 'francais-pro', 'open-badges'],
    [
      t(
        'vous avez un truc pour les bases du numérique au boulot ? et pour une personne primo arrivante qui parle tres peu francais ?',
        'dispositif',
        [
          ['cléa numérique', 'clea numerique'],
          ['visée professionnelle', 'visee professionnelle', 'langue étrangère', 'langue etrangere', 'fle'],
        ],
      ),
      t('les open badjes c pour quoi faire ?', 'dispositif', [
        ['compétence', 'competence', 'soft skills', 'savoir-être', 'savoir-etre'],
      ]),
    ],
  ),
  c(
    'b15-panda-then-bilan',
    ['follow-up', 'panda', 'prepa-competences'],
    [
      t("c quoi PANDA ? l'afpa m'a dit d'y inscrire mes gens", 'dispositif', [
        ['traçabilité', 'tracabilite', 'trace', 'suivi des parcours', 'suivre les parcours'],
      ]),
      t(
        "a la fin de la prepa est ce que l'afpa me fait un retour sur la personne ou je dois aller a la peche aux infos ?",
        'dispositif',
        [['bilan']],
      ),
    ],
  ),
  c(
    'b15-prepa-outside-montauban',
    ['prepa-competences', 'territory'],
    [
      t(
        "prépa comp c'est uniquement sur montauban ? j'ai plusieurs personnes du côté de valence d'agen",
        'dispositif',
        [['montauban'], ['délocalis', 'delocalis', 'ensemble du département', 'tout le département']],
      ),
    ],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b15-brsa-not-ft-prepa-then-prescribe',
    ['abbreviations', 'prepa-competences'],
    [
      t('BRSA pas inscrit a FT, il peut faire prépa comp quand meme ?', 'eligibility', [
        YES,
        [
          'non inscrit',
          'non-inscrit',
          'pas inscrit',
          'inscrits ou non',
          'qu’ils soient inscrits',
          "qu'ils soient inscrits",
          'ne sont pas inscrits',
        ],
      ]),
      t('top, je le prescris alors', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b15-brsa-registered-ft-prepa',
    ['long', 'prepa-competences'],
    [
      t(
        "Mme K. touche le RSA et elle est aussi inscrite à France Travail depuis l'été. On m'a dit que Prépa Compétences c'était seulement pour les non inscrits, c'est vrai ?",
        'eligibility',
        [YES, ['inscrit']],
      ),
    ],
  ),
  c(
    'b15-ase-17-then-15-then-info',
    ['ase', 'promo-16-18', 'correction'],
    [
      t(
        "jeune confiée à l'ase, 17 ans, a lâché le lycée en novembre, rien depuis ni formation ni boulot. la promo 1618 c possible ?",
        'eligibility',
        [YES, PROMO_AGES],
      ),
      t('ah non pardon je confonds avec sa soeur, elle a 15 ans', 'eligibility', [NO, ['16']]),
      t("elle aura 16 ans début mars, c'est quand la prochaine info coll promo ?", 'agenda', [
        on('2027-03-17'),
      ]),
    ],
  ),
  c(
    'b15-19-year-old-then-schoolgirl',
    ['abbreviations', 'long', 'ase', 'promo-16-18'],
    [
      t('un jeune de 19 ans suivi par la ML, décrocheur depuis 2 ans, promo 16/18 ?', 'eligibility', [
        NO,
        PROMO_AGES,
      ]),
      t(
        'Une jeune ASE de 16 ans encore scolarisée en seconde pro mais qui décroche pas mal (absences), on peut déjà la positionner sur la Promo 16/18 ?',
        'eligibility',
        [NO, ['quitté', 'quitte', 'scolaris', 'pas en formation', 'décroch', 'decroch']],
      ),
    ],
  ),
  c(
    'b15-parental-authorisation',
    ['ase', 'promo-16-18'],
    [
      t(
        'jeune ase 16 ans, ni ecole ni taf depuis la rentrée, motivé pour la promo mais sa mere ne veut rien signer. ca bloque ?',
        'eligibility',
        [['autorisation parentale', 'autorisations parentales', 'parents', 'parentale']],
      ),
    ],
  ),
  c(
    'b15-pec-worker-then-entries',
    ['long', 'abbreviations', 'competences-pec', 'follow-up'],
    [
      t(
        "M. B. est en PEC à la mairie de Caussade depuis 2 mois comme agent d'entretien. Son employeur est plutôt partant. Il peut rentrer sur Compétences PEC ?",
        'eligibility',
        [YES, ['employeur', 'premiers mois', 'signature du contrat', 'dès signature']],
      ),
      t('prochaines entrées PEC atelier 2 ?', 'agenda', [on('2027-01-20')]),
    ],
  ),
  c(
    'b15-no-pec-contract',
    ['no-accents', 'competences-pec'],
    [
      t(
        'une brsa sans contrat de travail, elle peut faire competences PEC pour passer une vae ?',
        'eligibility',
        [
          NO,
          [
            'parcours emploi compétences',
            'parcours emploi competences',
            'contrat pec',
            'en pec',
            'signataire',
            'salarié',
          ],
        ],
      ),
    ],
  ),
  c(
    'b15-brsa-droit-commun-training',
    ['long', 'droit-commun'],
    [
      t(
        "J'ai un monsieur au RSA, accompagnement global, qui veut devenir cariste. Est-ce qu'il peut entrer sur une formation qualifiante de l'AFPA financée par la Région, ou c'est réservé aux demandeurs d'emploi ?",
        'eligibility',
        [YES, ['région', 'region', 'financeurs publics', 'droit commun']],
      ),
    ],
  ),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c(
    'b15-info-coll-prepa-then-castel',
    ['abbreviations', 'follow-up'],
    [
      t('prochaine info coll prépa comp ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
      t('et sur castel ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
    ],
  ),
  c(
    'b15-jpo-then-moissac',
    ['abbreviations', 'follow-up'],
    [
      t('les prochaines JPO svp', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      t('y en a une du coté de moissac ?', 'agenda', [on('2027-02-17')]),
    ],
  ),
  c(
    'b15-visite-then-places-soudure',
    ['sms', 'typo', 'info-places', 'follow-up'],
    [
      t("visite de l'atelier soudure c qd ?", 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      t(
        'places dispo en soudur ?',
        'agenda',
        [seats(4), on('2027-02-01')],
        ['cariste', 'plaquiste', 'maçon'],
      ),
    ],
  ),
  c(
    'b15-this-week',
    ['no-accents'],
    [
      t(
        "il se passe quoi a l'afpa cette semaine ?",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b15-reunions-metiers',
    ['two-questions'],
    [
      t(
        "c quand la réunion métiers du bâtiment ? et celle sur la logistique ? j'ai 2 messieurs intéressés",
        'agenda',
        [on('2027-02-23'), on('2027-01-26')],
      ),
    ],
  ),
  c(
    'b15-volet1-then-volet2-correction',
    ['correction', 'prepa-competences'],
    [
      t('dates entrées prepa volet 1 ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
      t('pardon je voulais dire volet 2', 'agenda', [on('2027-02-15')], notOn('2027-01-18')),
    ],
  ),
  c(
    'b15-info-places-cariste-plaquiste',
    ['info-places', 'follow-up'],
    [
      t(
        'il reste de la place en formation cariste ?',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['soudeur', 'plaquiste', 'maçon'],
      ),
      t('et en plaquiste ?', 'agenda', [FULL]),
    ],
  ),
  c(
    'b15-march',
    ['no-accents'],
    [
      t(
        "qu'est ce qui est prevu en mars cote evenements ?",
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b15-promo-entry-then-prescribe',
    ['sms', 'typo', 'promo-16-18', 'follow-up'],
    [
      t('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01')]),
      t('presciption promo 1618 pr un jeune ase stp', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b15-moissac-events',
    ['territory'],
    [
      t(
        'Bonjour, je suis à la MDS de Moissac, y a-t-il des événements AFPA prévus chez nous prochainement ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
      ),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b15-paid-then-cpf',
    ['abbreviations', 'sms', 'follow-up'],
    [
      t('pendant la prépa comp le BRSA est rémunéré ou il garde juste son RSA ?', 'out_of_scope', [OUT]),
      t('le CPF peut completer le financement ?', 'out_of_scope', [OUT]),
    ],
  ),
  c(
    'b15-transport-costs',
    ['long'],
    [
      t(
        "Ma bénéficiaire habite à Lauzerte, pas de permis. Les frais de transport pour aller à Montauban pendant la prépa, c'est pris en charge par qui ?",
        'out_of_scope',
        [OUT],
      ),
    ],
  ),
  c(
    'b15-rsa-sanction',
    ['no-accents'],
    [
      t(
        'si un allocataire abandonne la prepa en cours de route on peut suspendre son rsa ?',
        'out_of_scope',
        [OUT],
      ),
    ],
  ),
  c(
    'b15-housing',
    ['long'],
    [
      t(
        "Pour des personnes qui habitent loin de Montauban, est-ce que l'AFPA propose un hébergement ou une prise en charge de l'hébergement pendant la formation ?",
        'out_of_scope',
        [OUT],
      ),
    ],
  ),

  // ── Figures ───────────────────────────────────────────────────────────────
  c(
    'b15-targets-three',
    ['follow-up'],
    [
      t('on en est où sur les objectifs prépa comp ?', 'figures', [NO_FIGURES, ['30', 'trente']]),
      t('et compétences PEC ?', 'figures', [['50', 'cinquante']]),
      t('et les jeunes ASE vers la promo ?', 'figures', [[' 10 ', 'dix']]),
    ],
  ),
  c(
    'b15-attendance-then-exit-rate',
    ['abbreviations', 'sms', 'follow-up'],
    [
      t("combien d'allocataires du CD sont allés aux JPO l'an dernier ?", 'figures', [NO_FIGURES]),
      t('taux de sortie emploi des brsa formés a l afpa ?', 'figures', [NO_FIGURES]),
    ],
  ),

  // ── Contacts ──────────────────────────────────────────────────────────────
  c(
    'b15-contact-deployment',
    ['abbreviations'],
    [
      t('qui est mon interlocutrice à l afpa pour le déploiement prépa / PEC / promo ?', 'contact', [
        BATTEDOU,
      ]),
    ],
  ),
  c(
    'b15-coordinator-then-cd-side',
    ['sms', 'abbreviations', 'follow-up'],
    [
      t("c'est qui le coordo départemental des dispositifs ?", 'contact', [VELLA]),
      t("qui suit l'accord côté CD ?", 'contact', [
        [
          'weill',
          'président',
          'president',
          'référent de l’expérimentation',
          "référent de l'expérimentation",
          'référent(e)',
        ],
      ]),
    ],
  ),
  c(
    'b15-prescribe-pec-then-chase',
    ['follow-up', 'competences-pec'],
    [
      t('je veux prescrire comp PEC pour M. L., son employeur a donné son accord', 'prescribe', [PRESCRIBE]),
      t("si j'ai pas de nouvelles dans 15 jours je relance qui à l'afpa ?", 'contact', [
        [...BATTEDOU, ...VELLA],
      ]),
    ],
  ),
  c(
    'b15-new-colleague-contact',
    ['long', 'promo-16-18'],
    [
      t(
        "Bonjour, je viens d'arriver à la MDS de Castelsarrasin et je ne connais personne à l'AFPA. À qui je m'adresse pour La Promo 16/18 ?",
        'contact',
        [BATTEDOU],
      ),
    ],
  ),

  // ── Prescriptions ─────────────────────────────────────────────────────────
  c(
    'b15-prescribe-prepa-volet2',
    ['long', 'prepa-competences'],
    [
      t(
        'je voudrais orienter Mme D. vers prépa comp volet 2, elle a un projet cariste validé et veut sécuriser son entrée en formation',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
];
