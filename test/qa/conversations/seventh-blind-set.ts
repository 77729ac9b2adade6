/**
 * A seventh blind set of Teams conversations for the Département de Tarn-et-Garonne (CD82) /
 * AFPA Montauban assistant.
 *
 * Written BLIND: only from the 2022 agreement (accord de partenariat, plan d'action 2022-2023,
 * protocole Prépa Compétences / Compétences PEC / La Promo 16/18), from the product guide and
 * from the agenda fixture (today frozen at Monday 11 January 2027, Europe/Paris). Never from
 * the bot's answers: the helper who wrote it never ran the bot, its replay or its evaluation,
 * never read its code, its test data or its commit messages. Every expected fact is a fact of
 * the agreement, or an item of `agenda-fixture.ts` for the agenda questions.
 *
 * What it covers, with questions chosen not to repeat the second to sixth sets:
 * - dispositifs: the « chantier solidaire » of La Promo and its phase, what a person leaves
 *   Compétences PEC or Prépa Compétences with (portefeuille, certification, bilan), the role of
 *   the référent before an entry (employer's consent, PANDA), the trades La Promo shows, the
 *   « Village de l'AFPA », the AFPA's visit to the insertion team once a semester, the monthly
 *   dashboards to the DGEFP, the frame of La Promo (State, obligation de formation), the public
 *   of Prépa and of Compétences PEC, the PIC, the « diagnostic de faisabilité » of volet 1;
 * - agenda: « aujourd'hui », « le mois pro », a date range, « l'aprem », a town with no event,
 *   the end time of a JPO, an end date of a training, mixed-modality sessions, the first Prépa
 *   volet 2 session that is not full, PEC entries by month, trainings starting in April;
 * - eligibility: a micro-entrepreneur on RSA, an unaccompanied minor in the ASE, two people of
 *   one family in one message, a 19-year-old mother on RSA majoré, a PEC that has ended, public
 *   funding of qualifying training (accord 2.1.2), a profile given in two turns, an apprentice
 *   whose contract was broken, an age written in words;
 * - out of scope (lodging, RQTH, another AFPA centre, a computer loan, the RSA Christmas bonus,
 *   writing a letter, family allowances), contacts (accord art. 3, plan 2.1.2, protocole § 6),
 *   figures (never available: the 2022 targets instead) and prescriptions.
 *
 * Personas vary: terse SMS style (« c », « cb », « pr », « ds », « qd »), polite full sentences,
 * rambling descriptions of a person before the question, typos and no accents; official names
 * and shorthand (prépa comp, comp pec, promo 1618, brsa, ft, ase, mna, cd, info coll, jpo).
 */
import { on, notOn, seats, turn, type ConversationCase, type ConversationTurn, type Intent } from './sets.js';

/** Every alternative with both apostrophes (’ and '), so typography never decides. */
function bothApostrophes(list: string[]): string[] {
  return [...new Set(list.flatMap((s) => [s, s.replace(/’/g, "'"), s.replace(/'/g, '’')]))];
}

function t(
  say: string,
  intent: Intent,
  mustContain: string[][],
  mustNotContain: string[] = [],
): ConversationTurn {
  return turn(say, intent, mustContain.map(bothApostrophes), bothApostrophes(mustNotContain));
}

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as loose alternatives ───────────────────────────

const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5-6 jours',
  '5 ou 6 jours',
  '5 à 6 j',
  'cinq à six jours',
  'cinq ou six jours',
];
const HALF_DAY = ['demi-journée', 'demi journée', '1/2 journée', 'une demi'];
const DISTANCE = ['à distance', 'distanciel', 'classe virtuelle', 'en ligne', 'tout ou partie'];

const PEC_CONTRACT = [
  'contrat PEC',
  'contrat P.E.C',
  'parcours emploi compétences',
  'salariés en PEC',
  'salarié en PEC',
  'signataires d’un',
  'signataire d’un',
  'bénéficiaires de P.E.C',
  'bénéficiaires de PEC',
  'bénéficiaire d’un PEC',
  'en PEC',
  'un PEC',
];

/** An eligible person: never a bare « éligible », which « non éligible » holds too. */
const YES = [
  ' oui',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'prescription possible',
  'peut bénéficier',
  'peut en bénéficier',
  'peuvent bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'vous pouvez prescrire',
  'vous pouvez l’orienter',
  'vous pouvez l’inscrire',
  'vous pouvez la prescrire',
  'vous pouvez le prescrire',
];
const NOT_ELIGIBLE_MARKERS = ['pas éligible', 'non éligible', 'inéligible', 'ne peut pas', 'pas possible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'ne correspond pas',
  'pas possible',
  'plus possible',
  'réservé',
  'réservée',
  'uniquement',
  'seulement',
  'ne relève pas',
  'ne concerne pas',
];
const ELIGIBLE_CLAIMS = ['est éligible', 'prescription possible', 'critères remplis'];

/** The agreement does not cover it, in any wording. */
const OUT = [
  'ne prévoit pas',
  'ne dit rien',
  'n’en dit rien',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'en dehors de l’accord',
  'n’est pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'ne porte pas',
  'ne concerne pas',
  'ne contient pas',
  'pas prévu par l’accord',
  'pas dans l’accord',
  'pas d’information',
  'pas l’information',
  'pas cette information',
  'ne dispose pas',
  'je n’ai pas',
  'ne sais pas',
];
const NO_BOUNCE = ['reformulez'];
const MONEY = ['€', ' euros'];

/** No phone number nor e-mail address is written in the agreement. */
const NO_COORDINATES = [
  ...OUT,
  'pas de coordonnées',
  'pas les coordonnées',
  'pas ses coordonnées',
  'pas de numéro',
  'pas son numéro',
  'pas de mail',
  'pas son mail',
  'pas d’adresse',
  'ne donne pas',
];

const NOT_AVAILABLE = [
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'aucune donnée',
  'pas de donnée',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas encore de chiffres',
  'ne sont pas encore',
  'pas encore publi',
  'pas connu',
  'ne connais pas',
];
const TARGET_PREPA = [
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
  '30 RSA',
  'trente',
  ': 30',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
  '50 RSA',
  'cinquante',
  ': 50',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
  'dix jeunes',
  ': 10',
];

const RAP = [
  'Battedou',
  'Responsable Accompagnement et Parcours',
  'Responsable Accompagnement & Parcours',
  'responsable accompagnement',
];
const DIRECTOR = ['Vella', 'directeur du centre', 'direction du centre', 'coordonnateur départemental'];

/** Trainings of the fixture's Info Places, by a word of their name. */
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

/** « Nothing of that kind » in any wording. */
const NONE = [
  'aucun',
  'aucune',
  'rien',
  'pas d’',
  'pas de ',
  'n’y a pas',
  'il n’y en a pas',
  'pas prévu',
  'ne trouve',
  'pas trouvé',
  'pas de date',
];
const FULL = [
  'complet',
  'complète',
  ' 0 place',
  'places : 0',
  'aucune place',
  'plus de place',
  'pas de place',
];
const PRESCRIBING = ['prescri', 'formulaire'];

// ── The set ─────────────────────────────────────────────────────────────────

export const SEVENTH_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b7-disp-promo-chantier-solidaire',
    ['dispositif', 'medium', 'follow-up', 'sms'],
    [
      t('c quoi le chantier solidaire dont parle l educ pour la promo 16/18 ?', 'dispositif', [
        ['collectivité', 'intérêt général'],
      ]),
      t('ca tombe a quel moment du programme ?', 'dispositif', [
        ['phase 2', 'construction 2', 'deuxième phase', 'seconde phase', '2e phase', '2ème phase'],
      ]),
    ],
  ),
  c(
    'b7-disp-sortie-pec-puis-prepa',
    ['dispositif', 'medium', 'follow-up', 'no-accent'],
    [
      t('a la fin de comp pec la personne repart avec quoi concretement ?', 'dispositif', [
        ['portefeuille'],
        ['certification', 'VAE', 'V.A.E', 'RSFP', 'R.S.F.P', 'CléA'],
      ]),
      t(
        'et pour la prepa ?',
        'dispositif',
        [['bilan individuel', 'bilan', 'choix éclairés', 'formation personnalisée']],
        ['portefeuille'],
      ),
    ],
  ),
  c(
    'b7-disp-role-referent-pec-puis-promo',
    ['dispositif', 'medium', 'follow-up', 'no-accent'],
    [
      t('pour comp pec moi en tant que referente je dois faire quoi en amont ?', 'dispositif', [
        ['employeur'],
        ['accord', 'adhésion'],
      ]),
      t(
        'et pour la promo ?',
        'dispositif',
        [['Panda'], ['invite', 'inviter', 'inscri']],
        ['employeur PEC', 'employeur P.E.C'],
      ),
    ],
  ),
  c(
    'b7-disp-promo-metiers',
    ['dispositif', 'medium', 'sms'],
    [
      t('pendant la promo ils decouvrent quels metiers ? mon jeune a aucune idee', 'dispositif', [
        ['écologique', 'numérique', 'en tension', 'émergents'],
      ]),
    ],
  ),
  c(
    'b7-disp-village-afpa',
    ['dispositif', 'medium', 'accord'],
    [
      t('on entend parler du « village de l’afpa », c’est quoi au juste ?', 'dispositif', [
        [
          'tiers lieu',
          'tiers-lieu',
          'tiers lieux',
          'tiers-lieux',
          'innovation sociale',
          'coopération',
          'acteurs de l’insertion',
        ],
      ]),
    ],
  ),
  c(
    'b7-disp-presentation-equipe-semestre',
    ['dispositif', 'hard', 'polite', 'action-plan'],
    [
      t(
        'Bonjour, est-ce que l’AFPA peut venir présenter ses actions en réunion d’équipe du service insertion ? Et à quelle fréquence ?',
        'dispositif',
        [['semestre', 'semestriel', 'deux fois par an', '2 fois par an']],
      ),
    ],
  ),
  c(
    'b7-disp-tableaux-bord-dgefp',
    ['dispositif', 'hard', 'no-accent'],
    [
      t('les tableaux de bord mensuels sur les dispositifs, l afpa les envoie a qui ?', 'dispositif', [
        ['DGEFP', 'D.G.E.F.P', 'Délégation générale à l’emploi'],
      ]),
    ],
  ),
  c(
    'b7-disp-promo-cadre',
    ['dispositif', 'hard', 'two-questions', 'sms'],
    [
      t('la promo 1618 c porte par qui et ca rentre dans quel plan de l etat ?', 'dispositif', [
        ['État', 'AFPA'],
        ['obligation de formation', '1 jeune 1 solution', '1 jeune, 1 solution', 'un jeune une solution'],
      ]),
    ],
  ),
  c(
    'b7-disp-public-prepa-puis-pec',
    ['dispositif', 'medium', 'follow-up', 'sms'],
    [
      t('prepa comp a la base c pour quel type de public ?', 'dispositif', [
        [
          'éloignées de l’emploi',
          'éloignés de l’emploi',
          'éloignée de l’emploi',
          'peu ou pas qualifi',
          'loin de l’emploi',
        ],
      ]),
      t('et comp pec ?', 'dispositif', [PEC_CONTRACT]),
    ],
  ),
  c(
    'b7-disp-pec-inscription-premier-rdv',
    ['dispositif', 'hard', 'two-questions', 'polite'],
    [
      t(
        'Pour Compétences PEC, qui inscrit la personne sur la plateforme de l’AFPA, et combien de temps dure le premier rendez-vous avec le consultant ?',
        'dispositif',
        [['conseiller référent', 'référent', 'conseiller'], HALF_DAY],
      ),
    ],
  ),
  c(
    'b7-disp-diagnostic-faisabilite',
    ['dispositif', 'medium', 'follow-up', 'no-accent'],
    [
      t('c quoi le diagnostic de faisabilite dont ils parlent pour la prepa', 'dispositif', [
        ['volet 1', 'consolid', 'projet professionnel'],
      ]),
      t('ca dure cb ?', 'dispositif', [VOLET1_DAYS]),
      t('et ca peut se faire a distance ?', 'dispositif', [DISTANCE]),
    ],
  ),
  c(
    'b7-disp-pic-puis-financement',
    ['dispositif', 'medium', 'follow-up', 'abbrev'],
    [
      t('c koi le pic dont parle l accord ?', 'dispositif', [['investissement dans les compétences']]),
      t('et concretement ca finance quoi pour nos brsa ?', 'dispositif', [
        ['Prépa Compétences', 'prépa'],
        ['Compétences PEC', 'PEC', 'P.E.C'],
      ]),
    ],
  ),

  // ── Agenda (fixture, today = Monday 11 January 2027) ──────────────────────
  c(
    'b7-ag-aujourdhui',
    ['agenda', 'medium', 'relative-date', 'empty', 'sms'],
    [t('ya qqch aujourd hui a l afpa ?', 'agenda', [[...NONE, ...on('2027-01-14')]], notOn('2027-01-07'))],
  ),
  c(
    'b7-ag-3-fevrier-heure-fin',
    ['agenda', 'medium', 'date', 'follow-up', 'sms'],
    [
      t('le 3 fevrier c quoi deja a l afpa', 'agenda', [['portes ouvertes', 'JPO']], notOn('2027-02-17')),
      t('ca finit a quelle heure ?', 'agenda', [['17h', '17:00', '17 h']], ['16h', '16:00']),
    ],
  ),
  c(
    'b7-ag-restauration-caussade',
    ['agenda', 'medium', 'trade', 'town', 'with-places', 'two-questions', 'abbrev'],
    [
      t(
        'formation agent de restau a caussade ca commence qd et ya de la place ?',
        'agenda',
        [on('2027-03-15'), seats(4)],
        OTHER_TRAININGS('restauration'),
      ),
    ],
  ),
  c(
    'b7-ag-volet2-pas-complet-prescription',
    ['agenda', 'prescribe', 'hard', 'session', 'with-places', 'follow-up', 'sms'],
    [
      t('volet 2 de la prepa c quoi la 1ere date pas complete ?', 'agenda', [on('2027-02-15')]),
      t('c ou ?', 'agenda', [['Castelsarrasin', 'Castel']]),
      t('ok reserve lui une place pr mr B stp', 'prescribe', [PRESCRIBING]),
    ],
  ),
  c(
    'b7-ag-entrees-pec-mars-puis-fevrier',
    ['agenda', 'medium', 'session', 'month', 'follow-up', 'sms'],
    [
      t('entrees comp pec en mars ?', 'agenda', [on('2027-03-03')], notOn('2027-02-10')),
      t('et en fevrier ?', 'agenda', [on('2027-02-10')], notOn('2027-03-03')),
    ],
  ),
  c(
    'b7-ag-evenements-15-28-fevrier',
    ['agenda', 'hard', 'date-range'],
    [
      t(
        'les evenements entre le 15 et le 28 fevrier ?',
        'agenda',
        [on('2027-02-17'), on('2027-02-23')],
        [...notOn('2027-02-03'), ...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b7-ag-formations-avril',
    ['agenda', 'hard', 'month', 'full', 'no-accent'],
    [
      t(
        'des formations qui demarrent en avril ?',
        'agenda',
        [['plaquiste'], FULL],
        OTHER_TRAININGS('plaquiste'),
      ),
    ],
  ),
  c(
    'b7-ag-reunion-metier-mois-pro',
    ['agenda', 'medium', 'relative-date', 'sms'],
    [t('reunions metiers le mois pro ?', 'agenda', [on('2027-02-23')], notOn('2027-01-26'))],
  ),
  c(
    'b7-ag-montauban-mars-puis-places',
    ['agenda', 'medium', 'town', 'month', 'follow-up', 'with-places', 'no-accent'],
    [
      t(
        'quoi de prevu a montauban en mars ?',
        'agenda',
        [on('2027-03-10'), on('2027-03-17')],
        [...notOn('2027-03-04'), ...notOn('2027-03-15'), ...notOn('2027-03-03'), ...notOn('2027-03-01')],
      ),
      t('la visite elec il y a cb de places ?', 'agenda', [seats(8)], seats(2)),
    ],
  ),
  c(
    'b7-ag-infocoll-apres-midi',
    ['agenda', 'hard', 'time-of-day', 'rambling'],
    [
      t(
        'des info coll l aprem ? elle peut pas le matin elle a les enfants',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b7-ag-negrepelisse-rien',
    ['agenda', 'medium', 'town', 'empty', 'no-preposition'],
    [t('negrepelisse ya des infos coll prevues ?', 'agenda', [NONE])],
  ),
  c(
    'b7-ag-prepa-mixte-places',
    ['agenda', 'hard', 'session', 'modality', 'follow-up', 'with-places', 'sms'],
    [
      t(
        'prepa en mixte c qd ?',
        'agenda',
        [on('2027-03-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-02-15')],
      ),
      t('il en reste ?', 'agenda', [seats(6)], [' 0 place', 'places : 0']),
    ],
  ),
  c(
    'b7-ag-infocoll-prepa-puis-castel',
    ['agenda', 'easy', 'town', 'follow-up', 'sms'],
    [
      t('prochaine info coll prepa ?', 'agenda', [on('2027-01-14')], notOn('2027-02-09')),
      t(
        'et a castel ?',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b7-el-prepa-micro-entrepreneur',
    ['eligibility', 'medium', 'polite', 'person'],
    [
      t(
        'Bonjour, j’accompagne un monsieur de 41 ans au RSA, micro-entrepreneur en espaces verts (activité quasi nulle), non inscrit à France Travail. Peut-il entrer en Prépa Compétences ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b7-el-promo-mna-puis-fle',
    ['eligibility', 'dispositif', 'hard', 'ase', 'follow-up', 'abbrev', 'rambling'],
    [
      t(
        'mna 17 ans confie a l ase depuis cet ete, il a fait 3 mois en upe2a au lycee de castel puis plus rien, il bosse pas. promo 1618 jouable ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
      t('il parle encore tres peu francais, l afpa a qqch pour ca a cote ?', 'dispositif', [
        ['visée professionnelle', 'langue étrangère', 'FLE'],
      ]),
    ],
  ),
  c(
    'b7-el-famille-pec-et-promo',
    ['eligibility', 'hard', 'two-questions', 'rambling', 'ase'],
    [
      t(
        'deux dossiers dans la meme famille : la mere brsa 44 ans en pec a l ehpad de moissac depuis octobre (employeur ok), et son fils 17 ans confie a l ase qui a lache le lycee en novembre et fait rien. comp pec pour elle et promo pour lui, ca marche ?',
        'eligibility',
        [YES, ['Compétences PEC', 'comp pec', 'PEC'], ['Promo']],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b7-el-prepa-jeune-maman-distance-ordi',
    ['eligibility', 'dispositif', 'out_of_scope', 'medium', 'follow-up', 'town', 'sms'],
    [
      t(
        'jeune maman 19 ans au rsa majore (bb de 8 mois), pas inscrite ft, elle sait pas quel metier faire. prepa comp c ok pr elle ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
      t('elle est a lauzerte sans voiture, elle peut la faire de chez elle ?', 'dispositif', [DISTANCE]),
      t('elle a meme pas d ordi, l afpa en prete ?', 'out_of_scope', [OUT], NO_BOUNCE),
    ],
  ),
  c(
    'b7-el-pec-termine',
    ['eligibility', 'hard', 'boundary', 'no-accent'],
    [
      t(
        'mr 36 ans, son pec a la mairie de moissac s est fini en juin et il est repasse au rsa. comp pec encore possible pour faire valider ce qu il a appris ?',
        'eligibility',
        [NO, [...PEC_CONTRACT, 'en cours', 'pendant le', 'durée du', 'terminé', 'fini']],
        ELIGIBLE_CLAIMS,
      ),
    ],
  ),
  c(
    'b7-el-droit-commun-region',
    ['eligibility', 'hard', 'accord', 'abbrev'],
    [
      t(
        'brsa 33a en accompagnement global, elle vise un titre pro a l afpa en formation qualifiante. elle fait partie des publics financables ?',
        'eligibility',
        [
          [...YES, 'publics éligibles', 'parmi les publics', 'fait partie'],
          ['Région', 'régional', 'financeurs publics'],
        ],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b7-el-pec-en-deux-temps',
    ['eligibility', 'medium', 'follow-up', 'missing-info', 'short'],
    [
      t('brsa 35 ans comp pec possible ?', 'eligibility', [PEC_CONTRACT]),
      t(
        'oui elle est en pec depuis septembre a l ehpad de moissac, employeur d accord',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b7-el-promo-age-en-lettres',
    ['eligibility', 'medium', 'polite', 'ase', 'age-in-words'],
    [
      t(
        'Bonjour, une jeune fille de dix-sept ans confiée à l’Aide sociale à l’enfance a quitté le lycée professionnel en décembre sans diplôme et n’a aucune activité depuis. Peut-on l’orienter vers La Promo 16/18 ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b7-el-promo-apprentissage-rompu',
    ['eligibility', 'hard', 'ase', 'sms'],
    [
      t(
        'jeune ase 16a, son contrat d apprentissage a ete rompu y a 1 mois, plus d ecole plus de boulot. promo 1618 ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b7-oos-hebergement',
    ['out_of_scope', 'medium', 'town', 'no-accent'],
    [
      t(
        'l afpa de montauban a un internat ou un hebergement pour les stagiaires qui viennent de loin ? genre de beaumont',
        'out_of_scope',
        [OUT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b7-oos-rqth-mdph',
    ['out_of_scope', 'easy', 'short', 'abbrev'],
    [t('comment on monte un dossier rqth a la mdph ?', 'out_of_scope', [OUT], NO_BOUNCE)],
  ),
  c(
    'b7-oos-afpa-toulouse',
    ['out_of_scope', 'hard', 'other-centre', 'sms'],
    [
      t('l afpa de toulouse balma elle a des places en soudure ?', 'out_of_scope', [
        [
          ...OUT,
          'ne connais pas',
          'que le centre',
          'uniquement le centre',
          'seulement le centre',
          'uniquement Montauban',
          'seulement Montauban',
          'que Montauban',
          'que pour le centre',
        ],
      ]),
    ],
  ),
  c(
    'b7-oos-prime-noel',
    ['out_of_scope', 'easy', 'benefit', 'sms'],
    [
      t(
        'la prime de noel rsa elle tombe quand cette annee ?',
        'out_of_scope',
        [OUT],
        [...NO_BOUNCE, ...MONEY],
      ),
    ],
  ),
  c(
    'b7-oos-rediger-courrier',
    ['out_of_scope', 'medium', 'generic-request', 'no-accent'],
    [
      t('tu peux me rediger un courrier de relance pour un brsa qui vient plus aux rdv ?', 'out_of_scope', [
        [...OUT, 'ne peux pas', 'pas en mesure', 'ne rédige pas', 'pas possible de rédiger'],
      ]),
    ],
  ),
  c(
    'b7-oos-allocations-familiales',
    ['out_of_scope', 'medium', 'benefit', 'sms'],
    [
      t(
        'la promo 1618 ca compte comme scolarite pour les allocs familiales ?',
        'out_of_scope',
        [OUT],
        [...NO_BOUNCE, ...MONEY],
      ),
    ],
  ),

  // ── Contacts (accord art. 3, plan d'action 2.1.2, protocole § 6) ──────────
  c(
    'b7-contact-souci-partenariat-cd',
    ['contact', 'hard', 'no-accent'],
    [
      t(
        'je veux faire remonter un souci sur le partenariat, cote departement c qui le bon interlocuteur ?',
        'contact',
        [
          [
            'référent de l’expérimentation',
            'référente de l’expérimentation',
            'référent(e) de l’expérimentation',
            'Weill',
            'Président du Conseil départemental',
            'président du département',
            'représentant',
            'désigne un',
          ],
        ],
      ),
    ],
  ),
  c(
    'b7-contact-interlocuteurs-afpa',
    ['contact', 'medium', 'polite'],
    [
      t(
        'Bonjour, côté AFPA, qui sont les interlocuteurs du référent de l’expérimentation désigné par le Département ?',
        'contact',
        [DIRECTOR, RAP],
      ),
    ],
  ),
  c(
    'b7-contact-panda-puis-numero',
    ['contact', 'medium', 'follow-up', 'sms'],
    [
      t('pour un souci sur une fiche d assiduite panda je vois avec qui a l afpa ?', 'contact', [
        [...RAP, ...DIRECTOR],
      ]),
      t('tu peux me donner son numero ?', 'contact', [NO_COORDINATES]),
    ],
  ),
  c(
    'b7-contact-referent-formation-cd',
    ['contact', 'hard', 'action-plan', 'no-accent'],
    [
      t('au cd qui est cense faire le lien avec l afpa pour l acces des brsa aux formations ?', 'contact', [
        [
          'référent désigné',
          'désigne un référent',
          'un référent chargé',
          'référent(e)',
          'référent de l’expérimentation',
          'référente de l’expérimentation',
          'un référent',
        ],
      ]),
    ],
  ),

  // ── Figures and targets ───────────────────────────────────────────────────
  c(
    'b7-fig-prepa-polite',
    ['figures', 'medium', 'polite'],
    [
      t(
        'Bonjour, pourriez-vous m’indiquer combien d’allocataires du RSA ont démarré Prépa Compétences depuis le début de l’année ?',
        'figures',
        [NOT_AVAILABLE, TARGET_PREPA],
      ),
    ],
  ),
  c(
    'b7-fig-orientations-pec-puis-promo',
    ['figures', 'medium', 'follow-up', 'abbrev'],
    [
      t('nb de personnes orientees par le cd vers comp pec depuis le debut ?', 'figures', [
        NOT_AVAILABLE,
        TARGET_PEC,
      ]),
      t('et vers la promo ?', 'figures', [NOT_AVAILABLE, TARGET_PROMO]),
    ],
  ),
  c(
    'b7-fig-sortie-emploi',
    ['figures', 'medium', 'indicator', 'no-accent'],
    [
      t(
        'taux de sortie en emploi des brsa passes en formation afpa ?',
        'figures',
        [NOT_AVAILABLE],
        ['70 %', '70%'],
      ),
    ],
  ),
  c(
    'b7-fig-visites-puis-jpo',
    ['figures', 'hard', 'indicator', 'follow-up', 'sms'],
    [
      t('cb de brsa du cd ont fait une visite de plateau technique ?', 'figures', [NOT_AVAILABLE]),
      t('et aux jpo ?', 'figures', [NOT_AVAILABLE], notOn('2027-02-03')),
    ],
  ),

  // ── Prescribing ───────────────────────────────────────────────────────────
  c(
    'b7-pr-pec-montech-polite',
    ['prescribe', 'medium', 'polite', 'town'],
    [
      t(
        'Bonjour, je souhaiterais orienter Mme R. vers Compétences PEC : elle est en PEC à la mairie de Montech depuis novembre et son employeur est d’accord.',
        'prescribe',
        [PRESCRIBING],
      ),
    ],
  ),
  c(
    'b7-pr-promo-comment',
    ['prescribe', 'easy', 'ase', 'sms'],
    [t('prescription promo 1618 pr un jeune ase, je fais comment ?', 'prescribe', [PRESCRIBING])],
  ),
  c(
    'b7-pr-volet1-distance-8-fevrier',
    ['prescribe', 'hard', 'session', 'abbrev'],
    [t('presc prepa v1 distanciel du 8/02 pr mme K stp', 'prescribe', [PRESCRIBING, on('2027-02-08')])],
  ),
];
