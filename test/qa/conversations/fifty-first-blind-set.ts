/**
 * Fifty-first blind set: chat threads as they really happen in a Teams personal chat.
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82), and now and then AFPA Montauban staff. They type fast, without
 * accents, with abbreviations (BRSA, RSA, ASE, PEC, 1618, prepa comp, FT, ML, CD, JPO,
 * info coll, SIAE, CDDI), typos and dictation slips, and they often give the facts about a
 * person piece by piece, then correct them (« ah non pardon elle a 18 ans »). Many cases are
 * threads of two to four messages whose later turns only make sense after the earlier ones
 * (« et a castelsarrasin ? », « il reste de la place ? », « je le prescris comment alors »).
 *
 * Expected facts come only from the 2022 partnership agreement Département – AFPA (with its
 * 2022-2023 action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo
 * 16/18) and from the published agenda of `agenda-fixture.ts`, seen on Monday 11 January 2027,
 * 9:00 Paris. Where the agreement is silent, the expected answer says so and invents nothing.
 *
 * Written blind: without looking at the bot's code, its data, its tests or the other sets.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...tags, ...intents, ...extra])], turns };
}

// ── Facts of the agreement, as alternatives ───────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 a 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux a huit jours',
  '8 jours maxi',
  '8 jours max',
  '2 jours à 8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 a 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours', 'cinq a six jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 a 8 jours', '4-8 jours', 'entre 4 et 8', 'quatre à huit jours', 'quatre a huit jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PEC_CONTRACT = [
  'parcours emploi compétences',
  'parcours emploi competences',
  'contrat pec',
  'contrat p.e.c',
  'un pec',
  'en pec',
  'signataire',
];
const MINORS = [
  'mineur',
  '16 à 17',
  '16 a 17',
  '16-17',
  '16 et 17',
  'moins de 18',
  'avant 18',
  'avant ses 18',
  'majeur',
];
const FLE = [
  'français à visée professionnelle',
  'francais a visee professionnelle',
  'langue étrangère',
  'langue etrangere',
  'fle',
];

const YES = ['éligible', 'eligible', 'peut en bénéficier', 'peut en beneficier', 'peut bénéficier', 'peut beneficier', 'peut y', 'peut faire', 'oui'];
const NO = [
  'pas éligible',
  'pas eligible',
  'non éligible',
  'non eligible',
  'plus éligible',
  'plus eligible',
  'inéligible',
  'ineligible',
  'ne peut pas',
  'ne peut plus',
  'pas possible',
  'plus possible',
  'n’est pas',
  "n'est pas",
  'n’est plus',
  "n'est plus",
  'ne remplit pas',
  'pas concerné',
  'pas concerne',
  'ne relève pas',
  'ne releve pas',
];
const FULL = [
  'complet',
  'plus de place',
  'aucune place',
  'pas de place',
  'plus aucune',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'zéro place',
  'zero place',
];

/** The agreement does not settle the matter. */
const SILENT = [
  'ne précise pas',
  'ne precise pas',
  'ne dit rien',
  'ne prévoit pas',
  'ne prevoit pas',
  'ne fixe pas',
  'ne mentionne pas',
  'ne donne pas',
  'n’indique pas',
  "n'indique pas",
  'pas précisé',
  'pas precise',
  'aucune précision',
  'pas de précision',
  'ne règle pas',
  'ne tranche pas',
  'rien n’est prévu',
  "rien n'est prévu",
  'ne figure pas',
  'pas mentionné',
  'pas mentionne',
  'ne le précise pas',
  'ne le dit pas',
];
/** The question is outside what the agreement and the bot cover. */
const OUT = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'hors',
  'pas prévu',
  'pas prevu',
  'ne couvre pas',
  'ne traite pas',
  'ne relève pas',
  'ne releve pas',
  'pas de mon ressort',
  'ne concerne pas',
  'ne porte pas',
  'ne peux pas vous aider',
  'ne peux pas t’aider',
  "ne peux pas t'aider",
  'pas en mesure',
  'je ne peux pas',
];
/** The bot has no real counts yet. */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de donnée',
  'pas de donnee',
  'aucune donnée',
  'aucune donnee',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'pas en mesure',
  'pas accès',
  'pas d’accès',
  "pas d'accès",
  'aucune entrée',
  'aucune prescription',
  ' 0 ',
];

const TARGET_PREPA = [' 30 ', '30 allocataires', '30 bénéficiaires', '30 beneficiaires', '30 personnes', '30 entrées', '30 entrees', '30 rsa', 'objectif de 30', 'objectif : 30', 'trente'];
const TARGET_PEC = [' 50 ', '50 allocataires', '50 bénéficiaires', '50 beneficiaires', '50 personnes', '50 entrées', '50 entrees', '50 rsa', 'objectif de 50', 'objectif : 50', 'cinquante'];
const TARGET_PROMO = [' 10 ', '10 jeunes', '10 personnes', '10 ase', 'objectif de 10', 'objectif : 10', 'dix jeunes', 'dix personnes'];

// ── Threads of three or four messages ─────────────────────────────────────────

const THREADS: ConversationCase[] = [
  c('b51-thread-prepa-discovery', ['prepa', 'thread', 'sms'], [
    turn('c koi la prepa comp en gros', 'dispositif', [
      ['projet professionnel', 'projet pro', 'consolider', 'consolidation'],
      ['entrée en formation', 'entree en formation', 'sécuriser', 'securiser', 'sécurisation', 'securisation'],
    ]),
    turn('ok et ca dure combien', 'dispositif', [PREPA_DURATION, TWO_WEEKS], ['13 semaines']),
    turn('c a distance ou faut venir a montauban', 'dispositif', [
      ['distance', 'distanciel'],
      ['présentiel', 'presentiel', 'sur place', 'dans le centre'],
    ]),
    turn('je le prescris comment alors', 'prescribe', [
      ['directement', 'panda', 'formulaire', 'sans contrepartie'],
    ]),
  ]),

  c('b51-thread-ase-girl-age-corrected', ['promo-16-18', 'ase', 'thread', 'correction'], [
    turn('jai une jeune suivie a l ase elle a 16 ans elle a arrete le lycee en octobre', 'eligibility', [
      ['promo'],
      [...YES, 'ni en formation', 'pas en formation'],
    ]),
    turn('elle bosse pas et elle est inscrite nulle part', 'eligibility', [['promo'], YES]),
    turn('ah non pardon elle a eu 18 ans le mois dernier', 'eligibility', [MINORS, NO]),
  ]),

  c('b51-thread-info-coll-prepa-towns', ['agenda', 'info-coll', 'thread', 'places'], [
    turn(
      'prochaine info coll prepa ?',
      'agenda',
      [on('2027-01-14'), ['montauban']],
      [...notOn('2027-01-07'), ...notOn('2027-02-09'), ...notOn('2027-03-17')],
    ),
    turn(
      'et a castelsarrasin ?',
      'agenda',
      [on('2027-01-21'), ['castelsarrasin']],
      [...notOn('2027-02-09'), ...notOn('2027-03-17')],
    ),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
    turn('ca commence a quelle heure', 'agenda', [['14h', '14:00', '14 h']]),
  ]),

  c('b51-thread-competences-pec', ['competences-pec', 'thread'], [
    turn('competence pec c pour qui exactement', 'dispositif', [PEC_CONTRACT]),
    turn('et ca dure combien de temps pour le salarie', 'dispositif', [PEC_DURATION], [
      '2 à 8 jours',
      '13 semaines',
    ]),
    turn('faut l accord de l employeur ?', 'prescribe', [['employeur'], ['accord']]),
    turn('et a la fin il a un diplome ou pas', 'dispositif', [
      ['vae', 'v.a.e', 'validation des acquis'],
      ['rsfp', 'r.s.f.p', 'savoir-faire', 'savoir faire', 'cléa', 'clea'],
    ]),
  ]),

  c('b51-thread-soudure-places-visit', ['agenda', 'places', 'visite', 'thread'], [
    turn('y a des places en soudure en ce moment', 'agenda', [['soudeur', 'soudure'], seats(4)], [
      'plaquiste',
      'cariste',
      'agent de propreté',
      'agent de restauration',
    ]),
    turn('et on peut visiter l atelier avant ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
    turn('il reste combien de places pour la visite', 'agenda', [seats(8)]),
  ]),

  c('b51-thread-rsa-not-ft-to-prescription', ['prepa', 'rsa', 'france-travail', 'thread'], [
    turn('mon allocataire RSA est pas inscrit a FT, il peut faire prepa comp ?', 'eligibility', [
      YES,
      [
        'inscrit ou non',
        'inscrits ou non',
        'non inscrit',
        'non-inscrit',
        'pas inscrit',
        'pas besoin',
        'pas obligatoire',
        'pas nécessaire',
        'pas necessaire',
        'sans être inscrit',
        'sans etre inscrit',
        'même non',
        'meme non',
        'qu’il soit inscrit',
        "qu'il soit inscrit",
      ],
    ]),
    turn('il veut surtout bosser son projet pro, il est un peu perdu', 'dispositif', [
      ['volet 1', 'consolider', 'consolidation'],
      VOLET1_DURATION,
    ]),
    turn(
      'ok prochaine entree sur ce volet ?',
      'agenda',
      [on('2027-01-18')],
      [...notOn('2027-01-25'), ...notOn('2027-02-15')],
    ),
    turn('go je le prescris', 'prescribe', [['prescri', 'formulaire']]),
  ]),

  c('b51-thread-targets', ['figures', 'thread'], [
    turn('on en est ou des objectifs de la convention ?', 'figures', [TARGET_PREPA, TARGET_PEC, TARGET_PROMO]),
    turn('et pour la promo ?', 'figures', [TARGET_PROMO, ['ase', 'aide sociale']]),
    turn('vous avez les chiffres reels ?', 'figures', [NOT_YET]),
  ]),

  c('b51-thread-contacts', ['contact', 'thread'], [
    turn('c qui le contact afpa pour les prescriptions prepa', 'contact', [['battedou', 'vella']]),
    turn('et son poste c quoi exactement', 'contact', [
      ['responsable accompagnement', 'accompagnement et parcours', 'directeur', 'coordonnateur', 'coordinateur'],
    ]),
    turn('et cote departement c qui le referent ?', 'contact', [
      [...SILENT, 'désign', 'design', 'ne nomme pas', 'pas nommé', 'pas nomme', 'pas de nom', 'weill'],
    ]),
  ]),

  c('b51-thread-lyceen-17-ase', ['promo-16-18', 'ase', 'thread', 'agenda'], [
    turn(
      'un gamin de 17 ans a l ase qui est encore au lycee mais qui decroche grave, promo 1618 possible ?',
      'eligibility',
      [
        [
          'quitté',
          'quitte',
          'ayant quitté',
          'plus scolarisé',
          'plus scolarise',
          'déscolaris',
          'descolaris',
          'pas en formation',
          'ni en formation',
          'sorti du',
          'sortis du',
        ],
        [...NO, 'pas encore', 'pas tant', 'tant qu'],
      ],
    ),
    turn('et s il lache en fevrier ?', 'eligibility', [['éligible', 'eligible', 'pourra', 'peut', 'possible', 'oui']]),
    turn('y a une info coll pour les parents ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    turn('faut l accord des parents meme s il est place a l ase ?', 'dispositif', [
      ['autorisation', 'accord des parents', 'accord parental'],
    ]),
  ]),

  c('b51-thread-out-of-scope-then-fle', ['out-of-scope', 'fle', 'thread'], [
    turn('tu sais combien touche une personne seule au RSA ?', 'out_of_scope', [OUT]),
    turn('ok et la declaration trimestrielle caf tu peux la faire avec lui ?', 'out_of_scope', [OUT]),
    turn('bon sinon le centre afpa fait du francais pour les primo arrivants ?', 'dispositif', [FLE]),
  ]),

  c('b51-thread-pec-lady-sessions', ['competences-pec', 'rsa', 'thread', 'agenda'], [
    turn(
      'jai une dame au RSA qui vient de signer un PEC en mairie agent d entretien',
      'eligibility',
      [['compétences pec', 'competences pec'], [...YES, 'mobilisable']],
    ),
    turn('ah non elle a signe il y a 8 mois, c trop tard ?', 'eligibility', [
      [
        ...SILENT,
        'premiers mois',
        'dès la signature',
        'des la signature',
        'dès signature',
        'des signature',
        'durée du pec',
        'duree du pec',
        'pas trop tard',
      ],
    ]),
    turn('prochaine entree atelier 2 ?', 'agenda', [on('2027-01-20')], [...notOn('2027-01-18'), ...notOn('2027-02-01')]),
    turn('et en distanciel ?', 'agenda', [on('2027-03-03')], notOn('2027-02-08')),
  ]),
];

// ── Two-message exchanges ─────────────────────────────────────────────────────

const PAIRS: ConversationCase[] = [
  c('b51-pair-volets', ['prepa', 'volets'], [
    turn('c quoi la diff entre volet 1 et volet 2', 'dispositif', [
      ['consolid', 'projet'],
      ['sécuris', 'securis', 'entrée en formation', 'entree en formation'],
    ]),
    turn('et le 2 ca dure cb', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
  ]),

  c('b51-pair-jpo-moissac', ['agenda', 'jpo'], [
    turn('prochaine JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-01-07')),
  ]),

  c('b51-pair-volet2-full', ['agenda', 'sessions', 'complet'], [
    turn('la session volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
    turn(
      'ok y en a une autre apres ?',
      'agenda',
      [on('2027-02-15'), ['castelsarrasin']],
      [...notOn('2027-01-18'), ...notOn('2027-02-08')],
    ),
  ]),

  c('b51-pair-15-year-old', ['promo-16-18', 'age'], [
    turn('un jeune de 15 ans sorti du college, promo 1618 ?', 'eligibility', [
      ['16 ans', 'seize ans', '16 à 18', '16 a 18', 'partir de 16'],
      [...NO, 'pas encore', 'trop jeune'],
    ]),
    turn('et quand il aura 16 en avril ?', 'eligibility', [['éligible', 'eligible', 'pourra', 'peut', 'possible', 'oui']]),
  ]),

  c('b51-pair-bilan', ['prepa', 'bilan'], [
    turn('le bilan a la fin de la prepa on le recoit nous ?', 'dispositif', [
      ['bilan individuel', 'bilan'],
      ['référent', 'referent', 'vous le recevez', 'oui'],
    ]),
    turn('et pour la promo aussi ?', 'dispositif', [
      [...SILENT, 'uniquement', 'seulement', 'pas pour la promo', 'accompagnement prolongé', 'accompagnement prolonge'],
    ]),
  ]),

  c('b51-pair-agreement-duration', ['accord', 'durée'], [
    turn('c jusqu a quand la convention avec l afpa ?', 'other', [['2 ans', 'deux ans', '2022', '2023']]),
    turn('et apres c fini ?', 'other', [['avenant', 'prolong', 'poursui', 'reconduction']]),
  ]),
];

// ── Single messages ───────────────────────────────────────────────────────────

const SINGLES: ConversationCase[] = [
  // dispositif
  c('b51-promo-duration', ['promo-16-18', 'durée', 'sms'], [
    turn('promo 16 18 ca dure cb de temps', 'dispositif', [PROMO_DURATION], ['2 à 8 jours', '2 et 8 jours']),
  ]),
  c('b51-promo-days', ['promo-16-18', 'organisation'], [
    turn('la promo c tous les jours de la semaine ?', 'dispositif', [['lundi au jeudi', 'lundi-jeudi', 'du lundi', 'lundi à jeudi', 'lundi a jeudi']]),
  ]),
  c('b51-rsfp', ['rsfp', 'typo'], [
    turn('cest quoi le rsfp', 'dispositif', [
      ['savoir-faire', 'savoir faire', 'savoirs-faire'],
      ['vae', 'v.a.e', 'validation des acquis', 'prérequis', 'prerequis'],
    ]),
  ]),
  c('b51-clea-numerique', ['clea', 'one-word'], [
    turn('clea numerique ?', 'dispositif', [
      ['numérique', 'numerique'],
      ['usage', 'environnement de travail', 'compétences', 'competences', 'certification'],
    ]),
  ]),
  c('b51-open-badges', ['open-badges', 'sms'], [
    turn('open badge c koi', 'dispositif', [
      ['reconnaissance', 'reconnaître', 'reconnaitre', 'valoriser', 'valorisation'],
      ['compétences', 'competences', 'soft skills', 'savoir-être', 'savoir-etre', 'savoir être'],
    ]),
  ]),
  c('b51-pec-vae-days', ['competences-pec', 'vae'], [
    turn('la vae dans competences pec ca prend cmb de jours', 'dispositif', [
      ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j', '3 jours ½'],
    ]),
  ]),
  c('b51-volet2-outside-afpa', ['prepa', 'volets'], [
    turn('prepa comp volet 2 c pour les formations afpa seulement?', 'dispositif', [
      ['hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes', 'ailleurs', 'pas seulement', 'pas uniquement', 'pas que'],
    ]),
  ]),
  c('b51-promo-follow-up', ['promo-16-18', 'accompagnement'], [
    turn('et apres la promo le jeune est lache dans la nature ou y a un suivi ?', 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
  ]),
  c('b51-prepa-cost', ['prepa', 'financement'], [
    turn('prepa comp ca coute combien au departement', 'dispositif', [
      [
        'sans contrepartie',
        'gratuit',
        'aucun coût',
        'aucun cout',
        'pas de coût',
        'pas de cout',
        'ne coûte rien',
        'ne coute rien',
        'financé par l’état',
        "financé par l'état",
        'finance par l etat',
        'plan d’investissement dans les compétences',
        "plan d'investissement dans les compétences",
      ],
    ]),
  ]),
  c('b51-pec-phases', ['competences-pec'], [
    turn('competences pec combien de phases', 'dispositif', [['5 phases', 'cinq phases']]),
  ]),
  c('b51-chantiers-insertion', ['siae', 'clauses-sociales'], [
    turn('pour les chantiers d insertion et les clauses sociales l afpa peut faire qqch ?', 'dispositif', [
      ['premiers gestes', 'gestes techniques', 'préparer', 'preparer', 'évaluer', 'evaluer'],
    ]),
  ]),
  c('b51-fle-allocataire', ['fle', 'langue'], [
    turn(
      'allocataire RSA qui parle tres peu francais, vient d arriver, prepa ou autre chose ?',
      'dispositif',
      [FLE],
    ),
  ]),

  // agenda
  c('b51-visit-electricity', ['agenda', 'visite'], [
    turn('visite plateau electricite c quand', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),
  c('b51-building-meeting', ['agenda', 'réunion-métier'], [
    turn('reunion metier batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b51-logistics', ['agenda', 'réunion-métier', 'rambling'], [
    turn('y a un truc sur la logistique bientot ? cariste tout ca, jai 2 gars interesses', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
  ]),
  c('b51-info-coll-pec-moissac', ['agenda', 'info-coll', 'competences-pec'], [
    turn('info coll competences pec a moissac c quand', 'agenda', [on('2027-02-09')], notOn('2027-01-14')),
  ]),
  c('b51-plaquiste-full', ['agenda', 'places', 'complet'], [
    turn('des places en plaquiste ?', 'agenda', [FULL], ['soudeur', 'cariste', 'agent de propreté']),
  ]),
  c('b51-restauration-where', ['agenda', 'places'], [
    turn('la formation agent de restau c ou et c quand', 'agenda', [['caussade'], on('2027-03-15')], ['plaquiste', 'soudeur']),
  ]),
  c('b51-next-week', ['agenda', 'semaine'], [
    turn(
      'la semaine pro il se passe quoi ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b51-this-week', ['agenda', 'semaine'], [
    turn(
      'cette semaine y a quoi comme evenement',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b51-promo-next-entry', ['agenda', 'sessions', 'promo-16-18'], [
    turn('prochaine entree promo 1618', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
  ]),
  c('b51-valence-info-coll', ['agenda', 'info-coll', 'typo'], [
    turn('infocol prepa valence d agen ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
  ]),
  c('b51-mason-places', ['agenda', 'places'], [
    turn('places en maconerie', 'agenda', [seats(3)], ['plaquiste', 'soudeur', 'cariste']),
  ]),
  c('b51-prepa-entries-february', ['agenda', 'sessions', 'prepa'], [
    turn(
      'calendrier des entrees prepa en fevrier',
      'agenda',
      [on('2027-02-08'), on('2027-02-15')],
      [...notOn('2027-01-18'), ...notOn('2027-03-08'), ...notOn('2027-02-10')],
    ),
  ]),

  // eligibility
  c('b51-cddi-not-pec', ['siae', 'cddi', 'competences-pec'], [
    turn('une personne en CDDI dans un chantier d insertion peut faire competence pec ?', 'eligibility', [
      PEC_CONTRACT,
      [...NO, 'réservé', 'reserve', 'uniquement', 'seulement'],
    ]),
  ]),
  c('b51-ass-not-rsa', ['prepa', 'france-travail', 'rambling'], [
    turn(
      'bonjour alors jai un monsieur de 45 ans il touche l ASS pas le RSA il est inscrit a FT depuis longtemps il aimerait faire cariste mais il sait pas trop, est ce que je peux lui prescrire prepa comp moi ?',
      'eligibility',
      [
        ['rsa', 'allocataire'],
        ['france travail', 'pôle emploi', 'pole emploi', 'conseiller ft'],
      ],
    ),
  ]),
  c('b51-ml-17-not-ase', ['promo-16-18', 'mission-locale'], [
    turn('jeune 17 ans suivi par la ML pas ASE decrocheur depuis juin, ca marche pour la promo?', 'eligibility', [
      YES,
      ['mission locale', 'missions locales', 'cio', 'c.i.o'],
    ]),
  ]),
  c('b51-rqth-prepa', ['prepa', 'handicap'], [
    turn('madame BRSA avec une RQTH, prepa comp c possible ?', 'eligibility', [YES, ['rsa', 'allocataire']]),
  ]),
  c('b51-24-promo', ['promo-16-18', 'age'], [
    turn('un beneficiaire rsa de 24 ans qui voudrait faire la promo 1618', 'eligibility', [MINORS, NO]),
  ]),
  c('b51-already-in-training', ['prepa', 'formation'], [
    turn('allocataire rsa deja en formation qualifiante a l afpa depuis novembre, prepa volet 2 ca sert encore ?', 'eligibility', [
      ['en amont', 'avant l’entrée', "avant l'entrée", 'avant l entree', 'avant son entrée', 'avant d’entrer', "avant d'entrer", 'entrée en formation', 'entree en formation'],
    ]),
  ]),
  c('b51-apprentice-ase', ['promo-16-18', 'ase'], [
    turn('jeune ase 16 ans en apprentissage chez un boulanger, promo ?', 'eligibility', [
      NO,
      ['formation', 'travail', 'emploi', 'apprenti', 'contrat'],
    ]),
  ]),
  c('b51-pec-not-rsa', ['competences-pec', 'france-travail'], [
    turn('salarie en PEC mais pas au rsa, il peut faire competences pec quand meme ?', 'eligibility', [
      ['france travail', 'pôle emploi', 'pole emploi', 'mission locale', 'cap emploi', 'prescripteur du pec'],
    ]),
  ]),
  c('b51-age-limit-prepa', ['prepa', 'age'], [
    turn('un allocataire rsa de 58 ans, y a une limite d age pour la prepa ?', 'eligibility', [
      [
        ...SILENT,
        'pas de limite',
        'aucune limite',
        'sans limite',
        'pas de condition d’âge',
        "pas de condition d'âge",
        'pas de condition d age',
        'aucune condition d',
        'pas d’âge maximum',
        "pas d'âge maximum",
      ],
    ]),
  ]),

  // prescribe
  c('b51-prescribe-promo-how', ['promo-16-18', 'panda'], [
    turn('comment on inscrit un jeune a la promo 1618 concretement', 'prescribe', [['panda', 'formulaire', 'prescription']]),
  ]),
  c('b51-prescribe-pec', ['competences-pec'], [
    turn('je veux prescrire competences pec pour mme D. elle est en PEC a l ehpad', 'prescribe', [
      ['formulaire', 'prescription', 'employeur'],
    ]),
  ]),
  c('b51-prescribe-direct', ['prepa', 'france-travail'], [
    turn('c nous qui prescrivons la prepa ou faut passer par FT ?', 'prescribe', [
      ['directement', 'sans passer', 'pas besoin', 'pouvez prescrire', 'vous prescrivez', 'prescrire vous-même', 'prescrire vous-meme'],
    ]),
  ]),
  c('b51-panda-who', ['panda'], [
    turn('qui inscrit sur panda, nous ou l afpa ?', 'prescribe', [
      ['référent', 'referent', 'travailleur social', 'travailleurs sociaux', 'vous-même', 'vous-meme', 'habilit'],
    ]),
  ]),

  // contact
  c('b51-director', ['contact'], [turn('le directeur de l afpa montauban c qui', 'contact', [['vella']])]),
  c('b51-promo-contact', ['contact', 'promo-16-18'], [
    turn('qui s occupe de la promo 1618 a l afpa', 'contact', [['battedou', 'vella']]),
  ]),
  c('b51-phone-unknown', ['contact', 'silent'], [
    turn('numero de tel de fabienne battedou ?', 'contact', [
      [
        ...SILENT,
        'pas de numéro',
        'pas de numero',
        'pas son numéro',
        'aucun numéro',
        'ne dispose pas',
        'n’ai pas',
        "n'ai pas",
        'pas de coordonnées',
        'pas les coordonnées',
      ],
    ]),
  ]),
  c('b51-president', ['contact', 'accord'], [
    turn('le president du CD qui a signe l accord c qui deja', 'contact', [['weill']]),
  ]),

  // figures
  c('b51-target-pec', ['figures', 'competences-pec'], [
    turn('objectif competences pec 2022 ?', 'figures', [TARGET_PEC], ['30 allocataires']),
  ]),
  c('b51-target-ase', ['figures', 'ase'], [
    turn('combien d ASE on devait orienter vers la promo', 'figures', [TARGET_PROMO]),
  ]),
  c('b51-promo-positive-exits', ['figures', 'promo-16-18'], [
    turn('le taux de sorties positives vise pour la promo c combien', 'figures', [['70 %', '70%', '70 pour', 'soixante-dix']]),
  ]),
  c('b51-figures-who-receives', ['figures', 'pilotage'], [
    turn('les chiffres de la prepa sont remontes a qui ?', 'figures', [['dgefp', 'd.g.e.f.p', 'délégation générale', 'delegation generale', 'ddetspp', 'd.d.e.t.s']]),
  ]),
  c('b51-prepa-entries-count', ['figures', 'prepa'], [
    turn('combien de rsa sont entres en prepa cette annee ?', 'figures', [TARGET_PREPA]),
  ]),

  // out of scope
  c('b51-weather', ['out-of-scope'], [turn('tu peux me dire la meteo a montauban demain', 'out_of_scope', [OUT])]),
  c('b51-social-housing', ['out-of-scope'], [
    turn('comment on fait une demande de logement social pour un allocataire', 'out_of_scope', [OUT]),
  ]),
  c('b51-childcare', ['out-of-scope', 'prepa'], [
    turn('tu peux me trouver une place en creche pour quelle puisse aller a la prepa ?', 'out_of_scope', [
      [...OUT, 'garde d’enfant', "garde d'enfant", 'garde d enfant', 'conditions matérielles', 'conditions materielles'],
    ]),
  ]),
  c('b51-driving-licence', ['out-of-scope'], [
    turn('y a une aide pour financer le permis B d un allocataire ?', 'out_of_scope', [OUT]),
  ]),
  c('b51-write-email', ['out-of-scope'], [
    turn('ecris moi un mail de relance pour un allocataire qui vient jamais aux rdv', 'out_of_scope', [OUT]),
  ]),

  // other
  c('b51-hello', ['greeting'], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b51-what-can-you-do', ['help'], [
    turn('tu sais faire quoi ?', 'other', [
      ['prescri'],
      ['agenda', 'jpo', 'information collective', 'informations collectives', 'événement', 'evenement', 'calendrier'],
    ]),
  ]),
];

export const FIFTY_FIRST_BLIND_SET: ConversationCase[] = [...THREADS, ...PAIRS, ...SINGLES];
