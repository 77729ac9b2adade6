/**
 * Thirty-fourth blind set: « a référent's working week ».
 *
 * Written blind, by someone playing a travailleur social of the Département who was never
 * shown the bot: only the agreement (seed/, the 2022 Département – AFPA partnership with
 * its action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * the product guide, the types and helpers of `sets.ts` and the published agenda of
 * `agenda-fixture.ts` were read. No code of the bot, no test, no other set.
 *
 * The cases follow one référent from Monday to Friday (ids `b34-lun-…` to `b34-ven-…`),
 * all asked against the fixture's frozen « today », Monday 11 January 2027 (Europe/Paris):
 * what a programme is, for whom, how long, what the référent has to do and what comes after;
 * JPO, info coll, visits of ateliers, réunions métiers, entries and places, filtered by town,
 * month, relative dates (« la semaine prochaine », « avant fin fevrier », « jeudi ») or
 * modality; people described in two lines; « je veux l'inscrire »; the targets of the
 * action plan; who to call; things the agreement does not cover (RSA amount, transport,
 * childcare, other organisations' programmes); and small talk.
 *
 * Style: Teams chat as it is really typed — BRSA, ASE, PEC, 1618, prépa comp, FT, ML, CD,
 * info coll, JPO; no accents, typos, voice dictation without punctuation, two questions in
 * one message. About a third of the conversations have follow-ups that only make sense
 * after the previous turn (« et a moissac ? », « il reste de la place ? », « ca dure
 * combien ? », « et pour un mineur de 15 ans ? »), some switching topic mid-thread.
 *
 * Every expected fact comes from the agreement or the fixture, with several ways of
 * writing it; `mustNotContain` holds agenda items that a filter excludes. Where the
 * agreement is silent, the answer must say so and invent nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '8 jours maximum',
  '8 jours maxi',
];
const VOLET1_DAYS = ['5 à 6', '5 ou 6', '5-6', 'cinq à six', 'cinq ou six', '5 et 6'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu', 'du lundi au jeudi'];
/** The age band of La Promo 16/18, not its name (« 16/18 », « 16-18 » would match the name). */
const AGE_16_18 = ['16 à 18', '16 et 18', '16 à 17', '16-17', '16 ou 17', '16 ans', 'seize ans', 'à partir de 16', 'dès 16'];
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const PROJECT = ['projet professionnel', 'projet pro', 'consolider', 'consolidation', 'consolide'];
const SECURE_TRAINING = ['sécuriser', 'sécurisation', 'sécurise', 'entrée en formation', 'entrée de formation'];
const EMPLOYER = ['employeur'];
const AFPA_CONTACTS = ['battedou', 'vella'];
const DGEFP = ['DGEFP', 'D.G.E.F.P', 'délégation générale à l’emploi', "délégation générale à l'emploi"];
const START_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const MIXED = ['mixte', 'hybride', 'présentiel et à distance', 'présentiel et distanciel', 'distance et présentiel', 'partie à distance', 'en partie'];
const FULL = ['complet', 'plus de place', 'aucune place', 'pas de place', 'plus aucune', ...seats(0)];

/** A target of the action plan, written with its unit or after a colon. */
function target(n: number): string[] {
  return [
    `${n} allocataires`,
    `${n} personnes`,
    `${n} bénéficiaires`,
    `${n} jeunes`,
    `${n} brsa`,
    `${n} rsa`,
    `${n} entrées`,
    `${n} orient`,
    `${n} prescriptions`,
    `objectif de ${n}`,
    `objectif : ${n}`,
    `: ${n} `,
  ];
}

// ── Answers' shapes ────────────────────────────────────────────────────────

const ELIG_YES = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut suivre',
  'peut entrer',
  'peut intégrer',
  'peut y accéder',
  'accessible',
  'ouvert aux',
  'ouvert à',
];
const NOT_ELIGIBLE = ['pas éligible', 'non éligible', 'inéligible'];
const ELIG_NO = [
  ...NOT_ELIGIBLE,
  'ne peut pas',
  'pas possible',
  'trop jeune',
  'trop âgé',
  'pas encore',
  'pas accessible',
  'ne remplit pas',
  'hors de la tranche',
  'réservé',
  'ne correspond pas',
  'ne concerne pas',
  'malheureusement',
  'non,',
  'non.',
  'non !',
];
/** The agreement is silent: say so, point elsewhere, invent nothing. */
const NOT_COVERED = [
  'pas couvert',
  'ne couvre pas',
  'hors du champ',
  'hors champ',
  'hors de mon champ',
  'hors périmètre',
  'hors du périmètre',
  'en dehors',
  'ne traite pas',
  'pas prévu',
  'ne prévoit pas',
  'ne précise pas',
  'pas précisé',
  'ne dit pas',
  'ne mentionne pas',
  'pas mentionné',
  'n’indique pas',
  "n'indique pas",
  'ne donne pas',
  'ne contient pas',
  'ne figure pas',
  'ne fournit pas',
  'pas d’information',
  "pas d'information",
  'aucune information',
  'je ne peux pas',
  'je ne sais pas',
  'pas en mesure',
  'ne relève pas',
  'pas de mon ressort',
  'je n’ai pas',
  "je n'ai pas",
  'rapprochez-vous',
  'adressez-vous',
  'renseignez-vous',
];
const PRESCRIBE = ['prescri', 'formulaire', 'inscri'];

/** Training names of Info Places, to keep a places answer on the trade asked. */
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

export const THIRTY_FOURTH_BLIND_SET: ConversationCase[] = [
  // ── Lundi ────────────────────────────────────────────────────────────────
  c('b34-lun-01', ['small-talk'], [
    turn('slt ! bon lundi :) tu sers a quoi au juste ?', 'other', [
      ['prépa', 'dispositif', 'agenda', 'prescri', 'calendrier', 'compétences'],
    ]),
  ]),
  c('b34-lun-02', ['prepa', 'follow-up'], [
    turn("c'est quoi exactement prepa comp ? jai jamais prescrit", 'dispositif', [
      [...PROJECT, ...SECURE_TRAINING],
    ]),
    turn('ca dure combien', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    turn("et c'est ou ? a montauban seulement ?", 'dispositif', [
      ['délocalis', 'ensemble du département', 'tout le département', 'distance', 'castelsarrasin', 'moissac', 'valence'],
    ]),
  ]),
  c('b34-lun-03', ['jpo', 'town', 'follow-up'], [
    turn('prochaines JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-14'),
    ]),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-02-03'), 'Caussade']),
  ]),
  c('b34-lun-04', ['relative-date'], [
    turn('la semaine prochaine y a quoi comme evenements afpa', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b34-lun-05', ['prepa', 'rsa', 'dictation', 'follow-up'], [
    turn(
      "jai une BRSA de 52 ans elle est pas inscrite a france travail depuis des annees est ce qu'elle peut faire prepa competences",
      'eligibility',
      [ELIG_YES],
      NOT_ELIGIBLE,
    ),
    turn("ok je veux l'inscrire", 'prescribe', [PRESCRIBE]),
  ]),
  c('b34-lun-06', ['targets', 'follow-up'], [
    turn('on avait quel objectif en nb de BRSA sur prepa comp ?', 'figures', [target(30)]),
    turn('et sur competences pec ?', 'figures', [target(50)]),
    turn('et les jeunes ASE vers la promo ?', 'figures', [target(10)]),
  ]),
  c('b34-lun-07', ['not-covered', 'benefits'], [
    turn('cb touche un BRSA seul sans enfant en ce moment ?', 'out_of_scope', [NOT_COVERED], ['€', ' euros']),
  ]),
  c('b34-lun-08', ['town', 'follow-up'], [
    turn('c quoi le prochain truc a castel ?', 'agenda', [on('2027-01-21')], ['Moissac', 'Caussade', 'Valence']),
    turn('ok et a moissac ?', 'agenda', [on('2027-02-09')], ['Castelsarrasin', ...notOn('2027-01-21')]),
  ]),
  c('b34-lun-09', ['prepa', 'referent-role'], [
    turn(
      "concretement moi referente je fais quoi pour la prepa comp ? c moi qui inscrit ou c l'afpa ?",
      'dispositif',
      [['panda', 'inscri'], ['adhésion', 'informe', 'conditions matérielles', 'mobilité', 'garde d']],
    ),
  ]),
  c('b34-lun-10', ['month'], [
    turn('ce mois ci ya quoi comme evenements ?', 'agenda', [
      on('2027-01-14'),
      on('2027-01-19'),
      on('2027-01-21'),
      on('2027-01-26'),
    ], [...notOn('2027-01-07'), ...notOn('2027-02-03'), ...notOn('2027-02-11')]),
  ]),
  c('b34-lun-11', ['status'], [
    turn('ou en sont mes prescriptions ?', 'prescribe', [['prescription']]),
  ]),

  // ── Mardi ────────────────────────────────────────────────────────────────
  c('b34-mar-01', ['promo1618', 'ase', 'age', 'follow-up'], [
    turn('la promo 1618 c koi', 'dispositif', [PROMO_DURATION, AGE_16_18]),
    turn('un jeune ASE de 17 ans il peut y aller ?', 'eligibility', [ELIG_YES], NOT_ELIGIBLE),
    turn('et pour un mineur de 15 ans ?', 'eligibility', [ELIG_NO, AGE_16_18]),
  ]),
  c('b34-mar-02', ['prepa', 'info-coll', 'relative-date', 'places', 'follow-up'], [
    turn('infos coll prepa comp avant fin fevrier stp', 'agenda', [
      on('2027-01-14'),
      on('2027-01-21'),
      on('2027-02-11'),
    ], [...notOn('2027-03-04'), ...notOn('2027-02-09'), ...notOn('2027-03-17')]),
    turn('il reste de la place a celle de castel ?', 'agenda', [seats(12)]),
  ]),
  c('b34-mar-03', ['pec', 'two-questions', 'topic-switch', 'follow-up'], [
    turn('competences pec c quoi et ca dure combien', 'dispositif', [[...VAE, ...RSFP, ...CLEA, 'certification', 'portefeuille'], PEC_DURATION], [
      '13 semaines',
    ]),
    turn('et a la fin il a quoi ? un diplome ?', 'dispositif', [VAE, [...RSFP, ...CLEA]]),
    turn("ok et qui je contacte a l'afpa pour ca ?", 'contact', [AFPA_CONTACTS]),
  ]),
  c('b34-mar-04', ['pec', 'how-to'], [
    turn('comment je prescris competences pec pour un salarie en PEC a la mairie ?', 'prescribe', [PRESCRIBE, EMPLOYER]),
  ]),
  c('b34-mar-05', ['not-covered', 'transport'], [
    turn("les frais de transport pour aller a l'afpa c rembourse par qui ?", 'out_of_scope', [
      [...NOT_COVERED, 'conditions matérielles'],
    ], ['€']),
  ]),
  c('b34-mar-06', ['reunion-metier', 'places', 'topic-switch', 'follow-up'], [
    turn('la reunion metier batiment c ou et quand', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    turn('et la logistique ?', 'agenda', [on('2027-01-26')], [...notOn('2027-02-23'), 'Caussade']),
    turn('il reste des places en formation cariste ?', 'agenda', [seats(6), ['cariste']], otherTrainings('cariste')),
  ]),
  c('b34-mar-07', ['small-talk'], [
    turn('t un robot ou y a qqn derriere ?', 'other', [
      ['assistant', 'bot', 'robot', 'automati', 'virtuel', 'intelligence'],
    ]),
  ]),
  c('b34-mar-08', ['jpo', 'relative-date'], [
    turn('il y a une jpo demain ?', 'agenda', [
      [...on('2027-02-03'), 'aucun', 'pas de', 'rien'],
    ], [...notOn('2027-01-07'), ...notOn('2027-01-12')]),
  ]),
  c('b34-mar-09', ['promo1618', 'two-questions'], [
    turn('la promo 16 18 c combien de temps et c tous les jours ?', 'dispositif', [PROMO_DURATION, MON_THU], PREPA_DURATION),
  ]),
  c('b34-mar-10', ['promo1618', 'ase', 'follow-up'], [
    turn("jeune ASE 16 ans descolarise depuis 3 mois je l'oriente ou", 'eligibility', [
      ['promo 16', 'promo1618', 'promo 1618', 'promo 16/18', 'promo 16-18'],
    ]),
    turn('ca dure combien ?', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
    turn("ok je veux l'inscrire", 'prescribe', [[...PRESCRIBE, 'panda']]),
  ]),

  // ── Mercredi ─────────────────────────────────────────────────────────────
  c('b34-mer-01', ['info-coll', 'town', 'dictation'], [
    turn("est-ce qu'il y a des informations collectives à valence d'agen prochainement", 'agenda', [on('2027-03-04')], [
      'Moissac',
      'Caussade',
      'Castelsarrasin',
    ]),
  ]),
  c('b34-mer-02', ['promo1618', 'ase', 'age'], [
    turn("jeune de 19 ans sorti de l'ASE l'an dernier sans diplome, la promo 1618 c possible ?", 'eligibility', [
      ELIG_NO,
      [...AGE_16_18, 'mineur', '18 ans', 'moins de 18'],
    ]),
  ]),
  c('b34-mer-03', ['prepa', 'entries', 'places', 'follow-up'], [
    turn('cest quoi la diff entre volet 1 et volet 2 en prepa', 'dispositif', [PROJECT, SECURE_TRAINING]),
    turn('et le volet 1 ca fait combien de jours', 'dispositif', [VOLET1_DAYS]),
    turn('la prochaine entree en volet 1 c quand', 'agenda', [on('2027-01-18')], [
      ...notOn('2027-01-25'),
      ...notOn('2027-02-15'),
    ]),
    turn('il reste de la place ?', 'agenda', [seats(6)]),
  ]),
  c('b34-mer-04', ['visite-plateau', 'places', 'follow-up'], [
    turn('visites de plateaux techniques prevues ?', 'agenda', [on('2027-01-19'), on('2027-03-10')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-14'),
    ]),
    turn('celle de la soudure il reste de la place ?', 'agenda', [seats(8)]),
  ]),
  c('b34-mer-05', ['how-to'], [
    turn('je peux prescrire direct ou je dois passer par FT ?', 'prescribe', [
      ['directement', 'direct', 'sans passer'],
    ]),
  ]),
  c('b34-mer-06', ['clea'], [
    turn('clea numerique c quoi ?', 'dispositif', [
      ['numérique'],
      ['usages', 'environnement de travail', 'compétences numériques', 'outils numériques'],
    ]),
  ]),
  c('b34-mer-07', ['not-covered', 'other-organisation'], [
    turn("est ce que l'afpa fait aussi le CEJ ? je peux le prescrire par toi ?", 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b34-mer-08', ['prepa', 'town', 'modality', 'topic-switch', 'follow-up'], [
    turn('y a des sessions prepa a moissac ?', 'agenda', [on('2027-03-08')], ['Castelsarrasin', 'Caussade', 'Valence']),
    turn('c en presentiel ou a distance ?', 'agenda', [MIXED]),
    turn('au fait c qui le directeur du centre de montauban', 'contact', [['vella']]),
  ]),
  c('b34-mer-09', ['prepa', 'rsa', 'places', 'topic-switch', 'follow-up'], [
    turn(
      'mr T 34 ans BRSA, il veut faire soudeur mais pas sur de son projet, prepa comp volet 1 ca colle ?',
      'eligibility',
      [ELIG_YES],
      NOT_ELIGIBLE,
    ),
    turn('y a des places en formation soudeur sinon ?', 'agenda', [seats(4)], otherTrainings('soudeur')),
    turn("je veux l'inscrire en prepa d'abord", 'prescribe', [PRESCRIBE]),
  ]),
  c('b34-mer-10', ['not-covered', 'other-organisation'], [
    turn('tu connais les horaires de la CAF de montauban ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b34-mer-11', ['clauses-sociales'], [
    turn("l'afpa peut preparer mes BRSA pour des missions en clauses sociales ?", 'dispositif', [
      ['gestes techniques', 'premiers gestes', 'former', 'formant', 'préparer', 'prépare'],
    ]),
  ]),

  // ── Jeudi ────────────────────────────────────────────────────────────────
  c('b34-jeu-01', ['info-coll', 'relative-date'], [
    turn('c quoi le truc de jeudi matin a montauban', 'agenda', [on('2027-01-14'), ['prépa', 'prepa']], [
      ...notOn('2027-01-21'),
      ...notOn('2027-01-07'),
    ]),
  ]),
  c('b34-jeu-02', ['places', 'follow-up'], [
    turn('des places en formation macon ?', 'agenda', [seats(3), ['maçon']], otherTrainings('maçon')),
    turn('et plaquiste ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b34-jeu-03', ['promo1618', 'entries', 'two-questions', 'topic-switch', 'follow-up'], [
    turn('prochaine entree promo 1618 ? il reste de la place ?', 'agenda', [on('2027-02-01'), seats(10)], notOn('2027-01-18')),
    turn('ca se passe ou ?', 'agenda', [['montauban']]),
    turn('et les parents doivent signer qqch ?', 'dispositif', [['autorisation', 'engagement']]),
  ]),
  c('b34-jeu-04', ['not-covered'], [
    turn("jai besoin du tel de l'afpa montauban", 'contact', [[...NOT_COVERED, ...AFPA_CONTACTS]], [
      '05 63',
      '0563',
      '05.63',
      '+33',
    ]),
  ]),
  c('b34-jeu-05', ['campaign', 'follow-up'], [
    turn("la convention avec l'afpa elle court jusqu'a quand ?", 'figures', [
      ['2 ans', 'deux ans', '31 décembre 2023', '31/12/2023', 'fin 2023', 'avenant'],
    ]),
    turn('et les BRSA peuvent entrer jusqu a quand ?', 'figures', [['31 décembre', '31/12', 'fin 2022', 'fin décembre']]),
  ]),
  c('b34-jeu-06', ['not-covered', 'childcare'], [
    turn("elle a 3 enfants, y a une garderie a l'afpa pendant la prepa ?", 'out_of_scope', [
      [...NOT_COVERED, 'conditions matérielles', 'garde d'],
    ]),
  ]),
  c('b34-jeu-07', ['promo1618', 'info-coll', 'follow-up'], [
    turn('info coll pour la promo 1618 c quand ?', 'agenda', [on('2027-03-17')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
      ...notOn('2027-02-09'),
      ...notOn('2027-02-11'),
      ...notOn('2027-03-04'),
    ]),
    turn('et c pour qui, les jeunes seuls ou avec les parents ?', 'agenda', [['parents']]),
  ]),
  c('b34-jeu-08', ['rsfp'], [
    turn('RSFP c pour qui', 'dispositif', [VAE, ['prérequis', 'pré-requis', 'conditions']]),
  ]),
  c('b34-jeu-09', ['pec', 'two-questions'], [
    turn(
      "salarie PEC en EHPAD depuis 2 mois il peut faire competences pec ? faut l'accord de son employeur ?",
      'eligibility',
      [ELIG_YES, EMPLOYER],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b34-jeu-10', ['pec', 'info-coll', 'dictation', 'follow-up'], [
    turn(
      "bonjour je voudrais savoir s'il y a des réunions d'information pour compétences pec et c'est où",
      'agenda',
      [on('2027-02-09'), ['moissac']],
      [...notOn('2027-01-14'), ...notOn('2027-02-11')],
    ),
    turn('ça commence à quelle heure', 'agenda', [START_0930]),
  ]),
  c('b34-jeu-11', ['month'], [
    turn("c quoi l'agenda de mars ?", 'agenda', [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')], [
      ...notOn('2027-02-11'),
      ...notOn('2027-02-17'),
      ...notOn('2027-02-23'),
    ]),
  ]),
  c('b34-jeu-12', ['promo1618'], [
    turn('la promo 1618 ils visent combien de sorties positives ?', 'dispositif', [['70 %', '70%', '70 pour']]),
  ]),
  c('b34-jeu-13', [], [
    turn("c qui la responsable accompagnement et parcours a l'afpa", 'contact', [['battedou']]),
  ]),

  // ── Vendredi ─────────────────────────────────────────────────────────────
  c('b34-ven-01', ['indicators', 'follow-up'], [
    turn('quels indicateurs je dois remonter ? on a un copil bientot', 'figures', [
      [
        'portes ouvertes',
        'jpo',
        'informations collectives',
        'réunions métiers',
        'entrés en formation',
        'entrées en formation',
        'sortie emploi',
        'sorties en emploi',
        'taux de réussite',
      ],
    ]),
    turn('et c qui qui recoit les chiffres au national ?', 'figures', [DGEFP]),
    turn('le copil se reunit cb de fois ?', 'figures', [
      ['1 fois par an', 'une fois par an', 'au moins une fois', 'annuel', 'trimestri', 'chaque trimestre'],
    ]),
  ]),
  c('b34-ven-02', ['promo1618', 'what-next', 'dictation'], [
    turn('apres la promo 16 18 ils deviennent quoi les jeunes en general', 'dispositif', [
      ['E2C', 'EPIDE', 'E.P.I.D.E', 'alternance', 'apprentissage', 'cursus scolaire', 'retour'],
    ]),
  ]),
  c('b34-ven-03', ['month', 'town'], [
    turn('ya quoi en fevrier a montauban', 'agenda', [on('2027-02-03'), on('2027-02-11')], [
      ...notOn('2027-02-09'),
      ...notOn('2027-02-17'),
      ...notOn('2027-02-23'),
      'Caussade',
    ]),
  ]),
  c('b34-ven-04', ['small-talk'], [turn('merci pour tout bon weekend !!', 'other', [])]),
  c('b34-ven-05', ['panda'], [
    turn("c quoi PANDA ? je dois m'en servir ?", 'dispositif', [
      ['panda'],
      ['traçabilité', 'tracer', 'trace', 'inscri', 'habilit'],
    ]),
  ]),
  c('b34-ven-06', ['not-covered'], [
    turn('la region elle finance le permis B pour mes BRSA ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b34-ven-07', ['pec', 'modality', 'entries'], [
    turn('les entrees competences pec a distance c quand ?', 'agenda', [on('2027-03-03')], notOn('2027-02-10')),
  ]),
  c('b34-ven-08', ['fle'], [
    turn(
      'une dame primo arrivante qui parle presque pas francais, elle peut aller en prepa comp ou y a mieux ?',
      'eligibility',
      [['français à visée professionnelle', 'français langue étrangère', 'FLE', 'visée professionnelle']],
    ),
  ]),
  c('b34-ven-09', ['places', 'town', 'follow-up'], [
    turn('des places en restauration ou proprete ?', 'agenda', [seats(4), seats(7), ['restauration'], ['propreté']], [
      'soudeur',
      'maçon',
      'cariste',
      'plaquiste',
      'électricien',
      'préparateur',
    ]),
    turn('c ou la restauration ?', 'agenda', [['caussade']]),
  ]),
  c('b34-ven-10', ['open-badges'], [
    turn('open badges c quoi ? c dans quel dispositif', 'dispositif', [
      ['soft skills', 'compétences douces', 'savoir-être', 'savoir être', 'compétences transverses', 'transversales'],
    ]),
  ]),
  c('b34-ven-11', ['bilan'], [
    turn('le bilan individuel je le recois quand ?', 'dispositif', [
      ['fin du parcours', 'à la fin', 'issue du parcours', 'fin de parcours', 'fin de la prestation'],
    ]),
  ]),
  c('b34-ven-12', ['not-covered', 'other-organisation'], [
    turn("la jpo de l'ecole de la 2e chance c quand ?", 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b34-ven-13', ['visite-plateau', 'reunion-metier', 'relative-date'], [
    turn("d'ici la fin du mois des visites ou reunions metiers ?", 'agenda', [on('2027-01-19'), on('2027-01-26')], [
      ...notOn('2027-02-23'),
      ...notOn('2027-03-10'),
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
    ]),
  ]),
];
