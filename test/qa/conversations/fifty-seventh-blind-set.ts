/**
 * Fifty-seventh blind set: the steering committee is coming.
 *
 * Who speaks: the Département's pilots (chef de service insertion, chargée de mission) and
 * AFPA Montauban's coordinator preparing a comité de pilotage (targets per programme and
 * year, what the action plan counts, reporting to the DGEFP and the DDETSPP, individual
 * reports, who does what, the agreement's duration and changes, data protection, entry
 * calendars and places), mixed with référents insertion asking whether a person they
 * accompany can enter a programme (about 30 % of the turns). Formal and SMS-style messages,
 * typos, dictation errors, two questions in one message, and follow-ups that only make sense
 * after the previous turn.
 *
 * Written blind: only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its
 * 2022-2023 action plan and the protocol of the three programmes), the product guide, the
 * first lines of `sets.ts` and the published agenda of `agenda-fixture.ts` (today frozen at
 * Monday 11 January 2027, 9:00 Paris), without looking at how the bot works.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** Each alternative with a straight and a typographic apostrophe. */
function v(...alternatives: string[]): string[] {
  return [
    ...new Set(alternatives.flatMap((a) => (a.includes("'") ? [a, a.replace(/'/g, '’')] : [a]))),
  ];
}

/** A case; its tags get the intents of its turns and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

/** The agreement is silent on the point: the answer says so and invents nothing. */
const SILENT = v(
  'ne prevoit pas',
  'ne precise pas',
  'ne fixe pas',
  'ne dit rien',
  'ne dit pas',
  'ne mentionne pas',
  "n'indique pas",
  'ne definit pas',
  'ne regle pas',
  'ne traite pas',
  'ne donne pas',
  'ne le prevoit pas',
  'ne le precise pas',
  "ne l'indique pas",
  "n'en parle pas",
  'ne parle pas',
  'pas precise',
  'pas prevu',
  'pas fixe',
  'aucune indication',
  'aucune precision',
  'aucune information',
  "pas d'information",
  "n'est pas prevu",
  "n'est pas precise",
  'rien de prevu',
  'rien n’est prevu',
);

/** Out of the agreement's scope. */
const OUT = v(
  ...SILENT,
  'hors',
  'pas dans',
  'ne couvre pas',
  'ne concerne pas',
  'ne porte pas',
  'ne releve pas',
  'pas de mon ressort',
  'je ne peux pas',
  'ne peux pas repondre',
  'pas en mesure',
  'en dehors',
  'pas le perimetre',
);

const PREPA_DURATION = v(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2 a 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
);
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PEC_FIVE_DAYS = ['5 jours', 'cinq jours', '5 j '];
const FULL = v(
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
);
const DGEFP = ['dgefp', 'd.g.e.f.p'];
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois', 'par mois'];
const PANDA = ['panda'];
const DURING_PEC = v(
  'duree du pec',
  'duree du p.e.c',
  'duree du contrat',
  'pendant le pec',
  'pendant le p.e.c',
  'pendant son pec',
  'pendant son contrat',
  'durant le pec',
  'au cours du pec',
  'en cours de pec',
  'contrat en cours',
  'signature du contrat',
  'premiers mois',
);
const IN_PEC = v(
  'parcours emploi competences',
  'contrat pec',
  'contrat p.e.c',
  'en pec',
  'en p.e.c',
  'un pec',
  "d'un pec",
  'du pec',
  'signataire',
);
const PROMO_AGE = v(
  '16 ans',
  '16 a 18',
  '16 et 18',
  'seize ans',
  'trop jeune',
  'a partir de 16',
  'moins de 16',
  'pas encore 16',
);
const NOT_IN_JOB_OR_TRAINING = v(
  'ne travaillent pas',
  'ne travaille pas',
  'qui ne travaill',
  'en emploi',
  'ni en formation',
  'ni formation',
  'pas en formation',
  'deja en formation',
  'deja en contrat',
  'deja en emploi',
  'sans emploi',
  'ni emploi',
  'ni travail',
);
const RSA = ['rsa', 'r.s.a'];
const FRANCE_TRAVAIL = v('france travail', 'pole emploi', 'pôle emploi');
const FLE = v(
  'francais a visee professionnelle',
  'francais langue etrangere',
  'fle',
  'visee professionnelle',
);

/** « 30 allocataires », « Prépa Compétences : 30 », « objectif de 30 »… (never « 30 avril »). */
function target(n: number, word: string): string[] {
  return [
    `${n} allocataires`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} rsa`,
    `${n} brsa`,
    `${n} entrées`,
    `${n} orient`,
    `${n} inscri`,
    `${n} pour`,
    `${n} (`,
    `: ${n}`,
    `= ${n}`,
    `**${n}**`,
    `de ${n} `,
    `${n} en `,
    `${n} dans`,
    `${word} allocataires`,
    `${word} jeunes`,
    `${word} personnes`,
  ];
}

export const FIFTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  // ── Pilots: targets, what is counted, reporting ───────────────────────────
  c('b57-objectifs-copil-formel', ['pilot', 'formal'], [
    turn(
      'Bonjour, pour le comité de pilotage de jeudi, pouvez-vous me rappeler les objectifs chiffrés 2022 de la convention, dispositif par dispositif ?',
      'figures',
      [target(30, 'trente'), target(50, 'cinquante'), target(10, 'dix')],
    ),
  ]),
  c('b57-objectif-prepa-sms', ['pilot', 'sms'], [
    turn('obj prepa comp c cmb deja', 'figures', [target(30, 'trente')], ['13 semaines']),
  ]),
  c('b57-objectif-pec-rsa', ['pilot', 'two-questions'], [
    turn(
      "l'objectif competences PEC 2022 c'est combien ? et c'est que des BRSA ou tous les PEC ?",
      'figures',
      [target(50, 'cinquante'), RSA],
    ),
  ]),
  c('b57-objectifs-2023-remontee', ['pilot', 'follow-up'], [
    turn('les objectifs annuels par dispositif svp', 'figures', [
      target(30, 'trente'),
      target(50, 'cinquante'),
      target(10, 'dix'),
    ]),
    turn('et pour 2023 ?', 'figures', [
      v(
        ...SILENT,
        "pas d'objectif",
        'aucun objectif',
        'que pour 2022',
        'seulement pour 2022',
        'uniquement pour 2022',
        "pour l'annee 2022",
        'pour 2022 uniquement',
        'pour 2022 seulement',
        'poursuite',
        'pourra proposer',
      ),
    ]),
    turn('ces chiffres on les remonte a qui et a quel rythme', 'figures', [DGEFP, MONTHLY]),
  ]),
  c('b57-suivi-entrees-prepa', ['pilot'], [
    turn(
      "on en est ou des entrees prepa par rapport a l'objectif ? j'ai besoin du chiffre pour le copil",
      'figures',
      [
        target(30, 'trente'),
        v(
          'pas encore',
          'pas disponible',
          'pas de donnee',
          'pas de chiffre',
          'aucune donnee',
          'aucun chiffre',
          'aucune entree',
          'aucune prescription',
          'zero',
          ' 0 ',
          '0 entree',
          ' 0 sur',
          ' 0/',
          'ne dispose pas',
          "n'ai pas",
          "pas d'acces",
          'pas en mesure',
          'pas connu',
        ),
      ],
    ),
  ]),
  c('b57-indicateurs-accompagnement', ['pilot', 'formal'], [
    turn(
      "Pour le tableau de bord du COPIL, quels indicateurs le plan d'action retient-il pour l'accès aux prestations d'accompagnement (2.1.3) ?",
      'figures',
      [['volet 1'], ['volet 2'], ['atelier'], ['engagement']],
    ),
  ]),
  c('b57-indicateurs-info', ['pilot', 'sms'], [
    turn('on compte quoi exactement pr les jpo / info coll / visites ?', 'figures', [
      ['nombre'],
      ['allocataire', 'beneficiaire', 'bénéficiaire', 'participant'],
      ['visite', 'plateau'],
    ]),
  ]),
  c('b57-indicateurs-droit-commun', ['pilot', 'two-questions'], [
    turn(
      "indicateurs acces a la formation de droit commun ? le taux de reussite aux exams c dedans ?",
      'figures',
      [
        ['reunions metiers', 'reunion metier', 'reunions metier', 'réunions métiers'],
        ['entres en formation', 'entrés en formation', 'entree en formation', 'entrees en formation'],
        ['taux de reussite', 'réussite aux examens', 'reussite aux examens'],
        v('sortie emploi', 'sortie en emploi', 'sorties emploi', "sortie vers l'emploi", 'sorties en emploi'),
      ],
    ),
  ]),
  c('b57-ambition-nationale-promo', ['pilot', 'two-questions'], [
    turn(
      "la promo 16 18 au niveau national c'etait quoi l'ambition en nombre de jeunes ? et le taux de sorties positives vise ?",
      'figures',
      [['35 000', '35000', '35\u00a0000', '35\u202f000', 'trente-cinq mille'], ['70']],
    ),
  ]),
  c('b57-bilan-ddetspp', ['pilot', 'sms'], [
    turn('le bilan pour la ddets c annuel ou trimestriel', 'figures', [
      ['annuel', 'une fois par an', 'chaque annee', 'chaque année', 'par an'],
    ]),
  ]),

  // ── Pilots: governance, agreement, data ───────────────────────────────────
  c('b57-copil-national', ['pilot', 'sms'], [
    turn('le copil national il se reunit quand, et c qui qui pilote', 'other', [
      ['trimestri', 'chaque trimestre', 'tous les trois mois', 'tous les 3 mois'],
      DGEFP,
    ]),
  ]),
  c('b57-copil-local', ['pilot', 'formal', 'two-questions'], [
    turn(
      "Le comité de pilotage de l'accord (Département + AFPA) doit se réunir à quelle fréquence ? Et que valide-t-il lors de sa première réunion ?",
      'other',
      [
        ['une fois par an', '1 fois par an', 'au moins une fois', 'au moins 1 fois', 'annuel'],
        v("plan d'action"),
        ['indicateur'],
      ],
    ),
  ]),
  c('b57-duree-accord', ['pilot', 'follow-up'], [
    turn("l'accord avec l'afpa il court sur combien de temps ?", 'other', [
      ['2 ans', 'deux ans'],
      ['janvier 2022', '01/01/2022', '1/1/2022', '2022-01-01'],
    ]),
    turn('on peut le modifier en cours de route ?', 'other', [['avenant']]),
    turn('et si une des 2 parties veut en sortir', 'other', [
      ['preavis', 'préavis'],
      ['2 mois', 'deux mois'],
    ]),
  ]),
  c('b57-dates-campagne', ['pilot', 'no-accents'], [
    turn(
      "jusqu'a quand on pouvait faire entrer des brsa et pour quand les parcours devaient etre finis ?",
      'other',
      [
        ['31 decembre 2022', '31/12/2022', '31 déc', '31 dec'],
        ['30 avril 2023', '30/04/2023', '30 avr'],
      ],
    ),
  ]),
  c('b57-rgpd-conservation', ['pilot', 'formal', 'follow-up'], [
    turn(
      'Quelles obligations la convention pose-t-elle sur les données personnelles des bénéficiaires ?',
      'other',
      [['rgpd', 'r.g.p.d', '2016/679', '78-17', 'informatique et libert', 'informatique, aux fichiers']],
    ),
    turn('et on les garde combien de temps ces données ?', 'other', [SILENT]),
  ]),
  c('b57-publicite-logos', ['pilot', 'casual'], [
    turn(
      'on fait un flyer pour les info coll prepa, y a des logos obligatoires dessus ?',
      'other',
      [['etat', 'état'], ['plan d’investissement', "plan d'investissement", 'pic', 'p.i.c']],
    ),
  ]),
  c('b57-financement', ['pilot', 'two-questions'], [
    turn('qui finance la prepa comp pour nos BRSA ? ca coute au departement ?', 'other', [
      ['etat', 'état'],
      v(
        'sans contrepartie',
        'pas de contrepartie',
        'aucune contrepartie',
        'gratuit',
        'ne coute rien',
        'aucun cout',
        'sans cout',
        'ne paie pas',
        'ne paye pas',
        'rien au departement',
        'pas de cout',
      ),
    ]),
  ]),
  c('b57-merci', ['referent', 'follow-up'], [
    turn('c qui le coordo departemental des dispositifs cote afpa ?', 'contact', [
      ['vella'],
      ['directeur', 'montauban'],
    ]),
    turn('super merci', 'other', [
      v(
        'de rien',
        'avec plaisir',
        'je vous en prie',
        "n'hesitez",
        'a votre disposition',
        'a votre service',
        'bonne journee',
        'bonne continuation',
        'au plaisir',
      ),
    ]),
  ]),

  // ── Who does what ─────────────────────────────────────────────────────────
  c('b57-coordo-deploiement', ['pilot', 'follow-up'], [
    turn('qui coordonne les dispositifs pour le departement cote afpa', 'contact', [['vella']]),
    turn('et la personne qui gere le deploiement au quotidien ?', 'contact', [
      ['battedou'],
      ['responsable accompagnement', 'accompagnement et parcours'],
    ]),
  ]),
  c('b57-suivi-accord-cd', ['pilot', 'formal'], [
    turn("Qui est désigné pour le suivi de l'accord de partenariat côté Département ?", 'contact', [
      ['weill', 'president', 'président'],
    ]),
  ]),
  c('b57-referent-experimentation', ['pilot', 'two-questions'], [
    turn(
      "le referent de l'experimentation cote CD c qui ? il a un nom dans la convention ?",
      'contact',
      [
        v(
          ...SILENT,
          'designe',
          'ne nomme pas',
          'pas de nom',
          'aucun nom',
          'ne cite pas',
          "n'est pas nomme",
          'pas nomme',
        ),
      ],
    ),
  ]),
  c('b57-role-referent-prepa', ['referent', 'rambling'], [
    turn(
      "bonjour, nouvelle referente depuis lundi, on m'a dit que c'est moi qui dois tout faire avant d'envoyer quelqu'un en prepa competences mais concretement je dois faire quoi moi ?",
      'prescribe',
      [
        ['adhesion', 'adhésion', 'accord de la personne', 'consentement'],
        ['mobilite', 'mobilité', 'garde'],
      ],
    ),
  ]),

  // ── Programmes ────────────────────────────────────────────────────────────
  c('b57-prepa-duree-sms', ['referent', 'sms'], [
    turn('prepa comp ca dure cmb', 'dispositif', [PREPA_DURATION, ['2 semaines', 'deux semaines']], [
      '13 semaines',
    ]),
  ]),
  c('b57-volets', ['referent', 'follow-up'], [
    turn('diff entre volet 1 et volet 2 de la prepa ?', 'dispositif', [
      ['projet'],
      ['entree en formation', 'entrée en formation', 'securis', 'sécuris'],
    ]),
    turn('et le volet 1 ca fait combien de jours', 'dispositif', [
      ['5 a 6', '5 à 6', '5 ou 6', 'cinq a six', 'cinq à six', '5-6'],
    ]),
  ]),
  c('b57-pec-duree', ['referent', 'dictation'], [
    turn('compétence pécé ça fait combien de jours au total', 'dispositif', [
      PEC_FIVE_DAYS,
      v(...DURING_PEC, 'repartis', 'répartis', 'au fil'),
    ], ['13 semaines']),
  ]),
  c('b57-pec-certification', ['referent'], [
    turn('a la fin de competences PEC la personne obtient quoi ?', 'dispositif', [
      ['vae', 'v.a.e', 'validation des acquis'],
      ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
      ['clea', 'cléa'],
    ]),
  ]),
  c('b57-promo-rythme', ['referent', 'two-questions', 'dictation'], [
    turn('la promo seize dix-huit combien de temps et c tous les jours ?', 'dispositif', [
      PROMO_DURATION,
      ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi'],
    ], PREPA_DURATION),
  ]),
  c('b57-promo-apres', ['referent', 'casual'], [
    turn('apres la promo le jeune est encore suivi ou c fini ?', 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
  ]),
  c('b57-vae-pec-etapes', ['referent', 'two-questions'], [
    turn('la vae dans competences pec ca se passe comment, ca prend combien de jours ?', 'dispositif', [
      ['3,5 jours', '3.5 jours', '3,5 j', 'trois jours et demi', '3 jours et demi'],
      ['recevabilite', 'recevabilité'],
    ]),
  ]),
  c('b57-deploiement-lieux', ['pilot'], [
    turn("les dispositifs c'est que sur le centre de montauban ?", 'dispositif', [
      ['montauban'],
      ['delocalis', 'délocalis', 'ensemble du departement', 'tout le departement', 'ensemble du département', 'tout le département'],
    ]),
  ]),

  // ── Prescribing ───────────────────────────────────────────────────────────
  c('b57-prescrire-prepa', ['referent', 'sms'], [
    turn('je veux inscrire un brsa en prepa comp je fais comment', 'prescribe', [
      [...PANDA, 'formulaire'],
    ]),
  ]),
  c('b57-prescrire-promo-ase', ['referent'], [
    turn("comment j'oriente un jeune de l'ASE vers la promo 16/18 concretement ?", 'prescribe', [
      [...PANDA, 'formulaire', 'mission locale'],
    ]),
  ]),

  // ── Agenda: events, entry calendars, places ───────────────────────────────
  c('b57-prochaine-info-prepa', ['referent', 'sms'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
  ]),
  c('b57-info-castel', ['referent', 'sms'], [
    turn('info co prepa sur castel c qd', 'agenda', [on('2027-01-21'), ['14h', '14 h', '14:00']], [
      ...notOn('2027-01-14'),
      ...notOn('2027-03-04'),
    ]),
  ]),
  c('b57-info-prepa-fevrier-mars', ['pilot', 'follow-up'], [
    turn('les info coll prepa en fevrier ?', 'agenda', [on('2027-02-11')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
      ...notOn('2027-03-04'),
      ...notOn('2027-02-09'),
    ]),
    turn('et en mars', 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-02-11')),
  ]),
  c('b57-volet2-complet', ['referent', 'sms'], [
    turn('entrees prepa volet 2 il reste de la place ?', 'agenda', [
      FULL,
      on('2027-02-15'),
      ['castelsarrasin'],
    ], [...notOn('2027-01-18'), ...notOn('2027-02-08')]),
  ]),
  c('b57-calendrier-pec', ['pilot', 'formal'], [
    turn("Pouvez-vous me communiquer le calendrier d'entrées de Compétences PEC ?", 'agenda', [
      on('2027-01-20'),
      on('2027-02-10'),
      on('2027-03-03'),
    ], [...notOn('2027-01-18'), ...notOn('2027-02-01')]),
  ]),
  c('b57-entree-promo', ['referent', 'sms'], [
    turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01'), ['montauban']], notOn('2027-01-18')),
  ]),
  c('b57-reunion-batiment', ['referent', 'no-accents'], [
    turn('reunion metiers batiment c ou et quand', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b57-visites-plateaux', ['referent', 'follow-up'], [
    turn('prochaines visites de plateaux techniques ?', 'agenda', [on('2027-01-19'), on('2027-03-10')], [
      ...notOn('2027-02-03'),
      ...notOn('2027-01-07'),
    ]),
    turn('combien de places pour celle de la soudure', 'agenda', [seats(8)]),
  ]),
  c('b57-cette-semaine', ['referent', 'casual'], [
    turn("y a quoi cette semaine a l'afpa ?", 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-18'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
  ]),
  c('b57-places-soudeur', ['referent', 'sms'], [
    turn('places soudeur ?', 'agenda', [seats(4), on('2027-02-01')], ['plaquiste', 'cariste', 'macon']),
  ]),
  c('b57-places-logistique', ['referent', 'follow-up'], [
    turn('reste des places en cariste ?', 'agenda', [seats(6), on('2027-01-27')], ['plaquiste', 'soudeur']),
    turn('et prepa de commandes', 'agenda', [seats(5), ['castelsarrasin']], ['plaquiste', 'soudeur']),
  ]),
  c('b57-plaquiste-complet', ['referent', 'typo'], [
    turn('plaquiste il rest de la place ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b57-moissac-fevrier', ['pilot', 'no-accents'], [
    turn("qu'est ce qui se passe a moissac d'ici fin fevrier ?", 'agenda', [
      on('2027-02-09'),
      on('2027-02-17'),
    ], [...notOn('2027-03-08'), ...notOn('2027-01-14')]),
  ]),
  c('b57-info-promo-parents', ['referent'], [
    turn(
      'une info coll pour les jeunes de la promo et leurs parents c prevu quand et ou ?',
      'agenda',
      [on('2027-03-17'), ['montauban']],
      notOn('2027-01-14'),
    ),
  ]),
  c('b57-jpo-et-visite', ['referent', 'two-questions'], [
    turn('prochaine JPO et prochaine visite de plateau ?', 'agenda', [on('2027-02-03'), on('2027-01-19')], notOn('2027-01-07')),
  ]),
  c('b57-prepa-distance', ['referent', 'follow-up', 'rambling'], [
    turn(
      "la prepa peut se faire a distance ? ma dame habite a lauzerte pas de voiture pas de bus le matin c complique",
      'dispositif',
      [['distance'], ['presentiel', 'présentiel', 'tout ou partie']],
    ),
    turn('prochaine session a distance alors ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
  ]),

  // ── Référents: eligibility ─────────────────────────────────────────────────
  c('b57-elig-rsa-non-inscrit', ['referent', 'sms'], [
    turn('brsa pas inscrit a FT il peut aller en prepa ?', 'eligibility', [
      v(
        'inscrit ou non',
        'inscrits ou non',
        'non inscrit',
        'non-inscrit',
        'pas inscrit',
        'pas besoin',
        'sans etre inscrit',
        'meme sans',
        "n'est pas necessaire",
        "n'est pas obligatoire",
        'pas obligatoire',
        'pas necessaire',
      ),
    ]),
  ]),
  c('b57-elig-rsa-inscrit-ft', ['referent', 'rambling'], [
    turn(
      "mr L. brsa inscrit a france travail cat A depuis longtemps, son conseiller FT bouge pas, est ce que nous au CD on peut le prescrire nous meme en prepa ou faut passer par FT ?",
      'eligibility',
      [
        v(
          'inscrit ou non',
          'inscrits ou non',
          'directement',
          'meme inscrit',
          "qu'il soit inscrit",
          'que la personne soit inscrite',
          'peut prescrire',
          'pouvez prescrire',
        ),
      ],
    ),
  ]),
  c('b57-elig-ass', ['referent', 'no-accents'], [
    turn(
      "monsieur touche l'ASS pas le RSA, inscrit FT depuis 2 ans, prepa possible en passant par nous ?",
      'eligibility',
      [RSA, FRANCE_TRAVAIL],
    ),
  ]),
  c('b57-elig-aah', ['referent'], [
    turn(
      "personne a l'AAH, pas au RSA, suivie par notre service social, on peut la prescrire en prepa comp ?",
      'eligibility',
      [RSA],
    ),
  ]),
  c('b57-elig-23-sans-rsa', ['referent', 'sms'], [
    turn('jeune 23 ans sans ressources pas de rsa suivi par le cd, prepa possible ?', 'eligibility', [
      RSA,
      v(...FRANCE_TRAVAIL, 'mission locale', 'missions locales'),
    ]),
  ]),
  c('b57-elig-ase-17', ['referent', 'rambling'], [
    turn(
      "jeune fille 17 ans confiee a l'ASE, a arrete le lycee en octobre, depuis rien ni boulot ni formation, elle tourne en rond au foyer. la promo 1618 ce serait possible ?",
      'eligibility',
      [
        ['promo'],
        v('16', '17', 'mineur', 'decroch', 'quitte', 'ni en formation', 'pas en formation', 'aide sociale', 'ase'),
      ],
    ),
  ]),
  c('b57-elig-ase-15-info', ['referent', 'follow-up'], [
    turn('jeune ASE 15 ans et demi decroche, il peut faire la promo ?', 'eligibility', [PROMO_AGE]),
    turn('et y a une info coll pour lui et sa famille ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
  ]),
  c('b57-elig-19-ase', ['referent', 'sms'], [
    turn('19 ans contrat jeune majeur ase, promo 1618 ?', 'eligibility', [
      v('mineur', '16 a 18', '16 et 18', '17 ans', 'moins de 18', 'trop age', 'trop âgé', 'plus de 18', 'depasse'),
    ]),
  ]),
  c('b57-elig-lyceen', ['referent', 'rambling'], [
    turn(
      "un gamin de 16 ans encore inscrit au lycee et il y va, mais il parle d'arreter. la promo 1618 c possible des maintenant ?",
      'eligibility',
      [
        v(
          'quitte',
          'decroch',
          "n'est plus",
          'plus scolaris',
          'sorti',
          'pas en formation',
          'ni en formation',
          'deja en formation',
          'encore scolaris',
          'toujours scolaris',
          'toujours au lycee',
        ),
      ],
    ),
  ]),
  c('b57-elig-apprenti-rupture', ['referent', 'follow-up'], [
    turn('jeune 17 ans ASE en CAP apprentissage, il veut tout lacher, promo 1618 ?', 'eligibility', [
      NOT_IN_JOB_OR_TRAINING,
    ]),
    turn('et si son contrat est rompu la semaine pro ?', 'eligibility', [
      ['promo'],
      v(...NOT_IN_JOB_OR_TRAINING, 'decroch', 'quitte', 'mineur', '17 ans'),
    ]),
  ]),
  c('b57-elig-mna-16', ['referent', 'no-accents'], [
    turn(
      'MNA 16 ans pris en charge par l ase, pas scolarise, parle un peu francais. promo 16 18 envisageable ?',
      'eligibility',
      [['promo'], v('16', 'mineur', 'aide sociale', 'ase', 'pas scolaris', 'ni en formation')],
    ),
  ]),
  c('b57-elig-ml-pas-ase', ['referent'], [
    turn(
      "jeune 17 ans pas ASE, suivi par la mission locale, decroche depuis la 3e. il peut faire la promo ? c'est a nous de l'orienter ?",
      'eligibility',
      [['mission locale', 'missions locales']],
    ),
  ]),
  c('b57-elig-cddi', ['referent', 'sms'], [
    turn('brsa en cddi dans un aci depuis 6 mois, competences pec possible ?', 'eligibility', [
      IN_PEC,
      ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
    ]),
  ]),
  c('b57-elig-pec-en-cours', ['referent', 'follow-up'], [
    turn(
      "Mme B., BRSA, en PEC depuis 2 mois a l'ehpad comme ASH, competences pec c jouable ?",
      'eligibility',
      [v(...DURING_PEC, 'des la signature', 'en pec', 'en p.e.c')],
    ),
    turn('je dois prevenir son employeur ?', 'prescribe', [['employeur'], ['accord']]),
    turn('et elle aura un retour ecrit a la fin ?', 'dispositif', [['bilan'], ['referent', 'référent']]),
  ]),
  c('b57-elig-pec-fini', ['referent', 'typo'], [
    turn("son PEC s'est terminé l'an dernier, il est au RSA maintenant, competences pec ca marche encor ?", 'eligibility', [
      DURING_PEC,
    ]),
  ]),
  c('b57-elig-pec-futur', ['referent', 'sms'], [
    turn('il signe un PEC le mois pro, je peux deja l inscrire en competences pec ?', 'eligibility', [
      v(
        'des la signature',
        'a la signature',
        'apres la signature',
        'signature du contrat',
        'une fois le contrat signe',
        'une fois signe',
        'une fois le pec signe',
      ),
    ]),
  ]),
  c('b57-elig-rqth', ['referent', 'sms'], [
    turn('brsa avec rqth ca bloque pour prepa comp ?', 'eligibility', [
      v(
        ...SILENT,
        "pas un obstacle",
        "n'empeche pas",
        'ne bloque pas',
        "pas d'exclusion",
        'aucune exclusion',
        'pas exclu',
        'aucun critere',
        'pas de critere',
        'pas de condition',
        'aucune condition',
      ),
    ]),
  ]),
  c('b57-elig-62-ans', ['referent', 'casual'], [
    turn("62 ans au RSA, c'est pas trop vieux pour la prepa ?", 'eligibility', [
      v(
        ...SILENT,
        'pas de limite',
        'aucune limite',
        "pas d'age",
        'aucun age',
        "pas de condition d'age",
        "aucune condition d'age",
        "pas de critere d'age",
        "aucun critere d'age",
        'pas de plafond',
        'sans limite',
      ),
    ], ['13 semaines']),
  ]),
  c('b57-elig-deja-en-formation', ['referent'], [
    turn(
      'BRSA deja en formation qualifiante a l afpa depuis 2 mois, on peut lui ajouter une prepa comp ?',
      'eligibility',
      [v('en amont', 'avant', 'deja en formation', 'déjà en formation')],
    ),
  ]),
  c('b57-elig-securiser-entree', ['referent', 'rambling'], [
    turn(
      "elle a ete retenue pour une formation aide a domicile dans un autre organisme en mars, elle est au RSA, mais elle a deja lache 2 formations avant et elle a peur de pas tenir. la prepa ca peut l'aider ?",
      'eligibility',
      [['volet 2', 'securis', 'sécuris']],
    ),
  ]),
  c('b57-elig-vae-hors-pec', ['referent', 'no-accents'], [
    turn(
      "brsa 10 ans d'experience en menage, pas en pec, il voudrait une VAE, on a quoi ?",
      'eligibility',
      [['vae', 'v.a.e', 'validation des acquis'], ['titre', 'rsfp', 'reconnaissance']],
    ),
  ]),
  c('b57-elig-siae-qualif', ['referent', 'sms'], [
    turn('salarie siae avec un projet de qualif il a acces aux formations afpa ?', 'eligibility', [
      ['region', 'régional', 'regional', 'droit commun', 'financeurs publics'],
    ]),
  ]),
  c('b57-elig-fle', ['referent', 'rambling'], [
    turn(
      "BRSA arrivee d'Afghanistan il y a 1 an, niveau A1 en francais, elle veut travailler en cuisine, on peut lui proposer quoi ?",
      'eligibility',
      [FLE],
    ),
  ]),
  c('b57-elig-parcours-complet', ['referent', 'follow-up', 'rambling'], [
    turn(
      "Bonjour, Mme T., 45 ans, BRSA depuis 2020, pas inscrite a FT, veut bosser dans l'aide a la personne mais sait pas trop par ou commencer ni si c'est fait pour elle",
      'eligibility',
      [['prepa', 'prépa'], ['volet 1', 'consolid', 'projet']],
    ),
    turn('elle a pas le permis et 2 enfants en bas age', 'eligibility', [
      ['distance', 'mobilite', 'mobilité', 'garde'],
    ]),
    turn('la prochaine entree volet 1 c quand', 'agenda', [on('2027-01-18')], [
      ...notOn('2027-01-25'),
      ...notOn('2027-02-15'),
    ]),
  ]),
  c('b57-elig-bac5', ['referent', 'rambling'], [
    turn(
      "BRSA 35 ans, bac+5 en commerce, ancien cadre, au RSA depuis 8 mois apres une sepa, il veut se reorienter, la prepa comp c'est adapte pour lui ?",
      'eligibility',
      [v('eloign', 'peu ou pas qualifi', 'peu qualifi', 'pas qualifi')],
    ),
  ]),
  c('b57-elig-couple', ['referent', 'two-questions'], [
    turn(
      'couple au rsa : monsieur en PEC a la mairie, madame sans rien depuis 3 ans et sans projet. on peut les orienter tous les 2, sur quoi ?',
      'eligibility',
      [
        ['competences pec', 'compétences p.e.c', 'competences p.e.c'],
        ['prepa', 'prépa'],
      ],
    ),
  ]),
  c('b57-bilan-individuel', ['pilot', 'follow-up', 'two-questions'], [
    turn(
      "le bilan individuel en fin de parcours c prevu pour quels dispositifs ? c'est envoye a qui ?",
      'dispositif',
      [['prepa', 'prépa'], ['vae', 'v.a.e', 'pec', 'p.e.c'], ['referent', 'référent']],
    ),
    turn('et pour la promo 16/18 ?', 'dispositif', [
      v(...SILENT, 'uniquement', 'seulement', 'que pour', 'pas de bilan individuel'),
    ]),
  ]),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c('b57-oos-montant-rsa', ['referent', 'sms'], [
    turn('c combien le rsa pour une personne seule en 2027', 'out_of_scope', [OUT]),
  ]),
  c('b57-oos-cpf', ['referent'], [
    turn('ma BRSA peut utiliser son CPF pour payer une formation afpa ?', 'out_of_scope', [OUT]),
  ]),
  c('b57-oos-remuneration', ['referent', 'no-accents'], [
    turn('les brsa sont remuneres pendant la prepa ou pas ?', 'out_of_scope', [OUT]),
  ]),
  c('b57-oos-garde-enfants', ['referent'], [
    turn(
      "y a une aide financiere pour faire garder les enfants pendant la prepa ? genre prise en charge nounou",
      'out_of_scope',
      [OUT],
    ),
  ]),
  c('b57-oos-hebergement', ['referent', 'rambling'], [
    turn(
      "elle habite a 60 km, est ce que l'afpa peut l'heberger pendant sa formation ou faut voir avec le bailleur social ?",
      'out_of_scope',
      [OUT],
    ),
  ]),
];
