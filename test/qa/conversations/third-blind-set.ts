/**
 * A third blind set of Teams conversations for the Département de Tarn-et-Garonne /
 * AFPA assistant, written only from the 2022 agreement (accord, plan d'action 2022-2023,
 * protocole Prépa Compétences / Compétences PEC / La Promo 16/18), from the product guide
 * (users, glossary, the weekly récap) and from the agenda fixture (today frozen at
 * Monday 11 January 2027, Europe/Paris). Never from the bot's answers.
 *
 * Different questions from the first two sets: corrections, follow-ups that lean on the
 * previous turn, boundary ages (15/16/17/18/25/26), RSA + France Travail, ASE, the PEC
 * employer's agreement, relative dates (« demain », « jeudi », « la semaine pro »),
 * agenda filters (month, town, trade, modality, with places) and récap requests.
 *
 * Written by a helper who never saw the bot; its first replay, before any fix it led to,
 * scored 40 / 74 answers (54.1 %) and 28 / 60 conversations. Run it with `npm run eval`
 * (or `replay.ts --set third`).
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as loose alternatives ───────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'entre 2 et 8',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const SIX_WEEKS = ['6 semaines', 'six semaines'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const RSFP_DAYS = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const MONTAUBAN = ['Montauban'];
const DELOCALISED = [
  'délocalis',
  'l’ensemble du département',
  'tout le département',
  'ailleurs dans le département',
  'autres communes',
];
const REMOTE_OR_AWAY = ['à distance', 'distanciel', ...DELOCALISED];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'aucun frais',
  'rien à payer',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
  '(pic)',
];
const PROMO_NAMES = ['Promo 16/18', 'Promo 16-18', 'Promo 1618', 'Promo 16.18', 'promo 16 18', 'la Promo'];
const PEC_NAMES = ['Compétences PEC', 'Compétences P.E.C', 'Compétences – PEC', 'Compétences-PEC'];
const MISSION_LOCALE_CIO = ['mission locale', 'missions locales', 'CIO', 'C.I.O'];
const FT = ['France Travail', 'Pôle emploi', 'conseiller FT'];
const PANDA = ['Panda'];
const EMPLOYER_AGREES = [
  'accord de l’employeur',
  'accord de son employeur',
  'accord du employeur',
  'accord de l’employeur pec',
  'l’employeur doit',
  'employeur doit donner',
  'employeur donne son accord',
  'recueille son accord',
  'recueillir son accord',
  'recueillir l’accord',
  'sans son accord',
  'sans l’accord',
  'accord préalable',
];
const MUST = [
  'nécessaire',
  'indispensable',
  'obligatoire',
  'requis',
  'il faut',
  'doit',
  'pas possible',
  'ne peut pas',
  'impossible',
  'condition',
];
const SIGNATURE = [
  'signature',
  'dès qu’il a signé',
  'dès qu’il aura signé',
  'une fois signé',
  'premiers mois',
];

/** An eligible person: never written as a bare « éligible », which « non éligible » holds too. */
const YES = [
  ' oui',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'prescription possible',
  'peut bénéficier',
  'peut en bénéficier',
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
  'réservé',
  'réservée',
  'uniquement',
  'seulement',
  'ne relève pas',
];
const AGE_MINOR = [
  'mineur',
  'majeur',
  'moins de 18',
  'avant 18',
  'avant ses 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  '16 et 17',
];

const OUT = [
  'ne prévoit pas',
  'ne dit rien',
  'n’en dit rien',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
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
  'pas prévu par l’accord',
  'pas dans l’accord',
  'pas d’information',
  'pas l’information',
];
/** Whom to ask instead: any way of sending the référent elsewhere, or the body itself. */
const WHO = [
  'adressez',
  'rapprochez',
  'contactez',
  'renseignez',
  'vous renseigner',
  'se renseigner',
  'voir avec',
  'voyez avec',
  'interlocuteur',
  'auprès de',
  'demandez',
  'consultez',
  'compétent',
  'compétente',
];
const NO_BOUNCE = ['reformulez'];

const NOT_AVAILABLE = [
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas encore de chiffres',
  'ne sont pas encore',
  'pas encore publi',
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
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
  'dix jeunes',
];

const RAP = ['Responsable Accompagnement et Parcours', 'Responsable Accompagnement & Parcours'];
const AFPA_PEOPLE = ['Battedou', 'Vella', ...RAP, 'directeur du centre', 'direction du centre'];
const DEPT_REFERENT = [
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'référente désignée',
  'le Département désigne',
  'désigné par le Département',
  'désignée par le Département',
  'référent chargé de travailler avec l’AFPA',
];

/** A question about a dispositif, with a person in it, is not an eligibility interview. */
const NO_INTERVIEW = ['quel âge', 'quelle est sa situation'];

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

const RECAP = ['récap', 'recap', 'abonn'];

// ── The set ─────────────────────────────────────────────────────────────────

export const THIRD_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b3-disp-correction-promo',
    ['dispositif', 'medium', 'correction', 'follow-up', 'sms'],
    [
      t('cb de jours la prepa deja', 'dispositif', [PREPA_DURATION]),
      t(
        'ah non pardon je voulais dire la promo',
        'dispositif',
        [PROMO_DURATION],
        ['2 à 8 jours', '2 et 8 jours'],
      ),
    ],
  ),
  c(
    'b3-disp-rsfp-duree-etapes',
    ['dispositif', 'hard', 'two-questions', 'sms', 'abbrev'],
    [
      t('rsfp dans comp pec ca prend cb de jours et ya quoi comme etapes', 'dispositif', [
        RSFP_DAYS,
        ['jury', 'montage du dossier', 'dossier', 'préparation à la session', '3 étapes', 'trois étapes'],
      ]),
    ],
  ),
  c(
    'b3-disp-promo-mobilite',
    ['dispositif', 'medium', 'person-mention', 'rambling'],
    [
      t(
        'une maman d un jeune ase s inquiete, pdt la promo 1618 ils partent ailleurs a un moment ? cb de tps ?',
        'dispositif',
        [['mobilité'], TWO_WEEKS],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b3-disp-promo-referent',
    ['dispositif', 'medium', 'no-accent'],
    [
      t('dans la promo 16 18 chaque jeune a un referent attitre a l afpa ?', 'dispositif', [
        ['référent principal', 'référent de parcours', 'référent principal de parcours'],
      ]),
    ],
  ),
  c(
    'b3-disp-pec-ateliers-2-3',
    ['dispositif', 'hard', 'abbrev', 'sms'],
    [
      t('dans le calendrier pec ils parlent d atelier 2 et atelier 3, c koi la diff ?', 'dispositif', [
        ['reconnaissance des acquis', '6 ateliers', 'six ateliers'],
        ['positionnement'],
      ]),
    ],
  ),
  c(
    'b3-disp-vae-recevabilite',
    ['dispositif', 'hard', 'typo'],
    [
      t('vae en pec le dossier de recevabilte il est envoye a qui ?', 'dispositif', [
        ['direction du travail', 'DREETS', 'DDETS'],
      ]),
    ],
  ),
  c(
    'b3-disp-pec-3-tours',
    ['dispositif', 'medium', 'follow-up', 'sms', 'cost', 'where'],
    [
      t('comp pec c koi en 2 mots', 'dispositif', [
        ['certification', 'VAE', 'V.A.E', 'RSFP', 'CléA', 'valoriser', 'valorisation'],
      ]),
      t('ca se passe ou ? mon salarie bosse a lauzerte', 'dispositif', [MONTAUBAN, REMOTE_OR_AWAY]),
      t('et ca coute qqch a l employeur ou au cd ?', 'dispositif', [FREE]),
    ],
  ),
  c(
    'b3-disp-promo-phase2',
    ['dispositif', 'hard', 'two-questions', 'no-accent'],
    [
      t('la phase 2 de construction de la promo ca dure cb et ca se passe ou', 'dispositif', [
        SIX_WEEKS,
        ['Village', 'proximité'],
      ]),
    ],
  ),
  c(
    'b3-disp-prepa-castel',
    ['dispositif', 'agenda', 'medium', 'follow-up', 'town', 'abbrev'],
    [
      t('prepa comp c que sur montauban ?', 'dispositif', [MONTAUBAN, DELOCALISED]),
      t(
        'et a castel ?',
        'agenda',
        [[...on('2027-02-15'), ...on('2027-01-21')]],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b3-disp-volet-cariste-reunion',
    ['dispositif', 'agenda', 'hard', 'person-mention', 'follow-up', 'volet', 'trade'],
    [
      t(
        'mr 50 ans au rsa veut etre cariste mais il sait pas si c fait pour lui, c quel volet de la prepa ?',
        'dispositif',
        [['volet 1'], ['projet', 'faisabilité', 'consolid']],
        NO_INTERVIEW,
      ),
      t(
        'ok et y a une reunion sur la logistique bientot pour qu il decouvre ?',
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b3-disp-prepa-prerequis',
    ['dispositif', 'hard', 'person-mention', 'rambling', 'no-accent'],
    [
      t(
        'elle a pas le niveau pour rentrer en formation aide soignante, la prepa ca peut l aider a avoir les prerequis ?',
        'dispositif',
        [
          [' oui', 'prérequis', 'pré-requis'],
          ['volet 2', 'sécuriser', 'sécurisation', 'sécurise'],
        ],
        NO_INTERVIEW,
      ),
    ],
  ),

  // ── Agenda (fixture, today = Monday 11 January 2027) ──────────────────────
  c(
    'b3-ag-demain',
    ['agenda', 'medium', 'relative-date', 'sms'],
    [
      t(
        'ya quoi demain a l afpa ?',
        'agenda',
        [['aucun', 'aucune', 'rien', 'pas d’événement', 'n’y a pas', 'pas de']],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b3-ag-jeudi-heure',
    ['agenda', 'hard', 'relative-date', 'abbrev'],
    [
      t(
        'jeudi l info coll prepa c a quelle heure ?',
        'agenda',
        [on('2027-01-14'), ['9h30', '9 h 30', '09:30', '9:30', '09h30', '09 h 30']],
        [...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b3-ag-entrees-semaine-pro',
    ['agenda', 'hard', 'relative-date', 'session', 'sms'],
    [
      t(
        'des entrees la semaine pro ? prepa ou pec peu importe',
        'agenda',
        [on('2027-01-18'), on('2027-01-20')],
        [...notOn('2027-01-25'), ...notOn('2027-02-01'), ...notOn('2027-02-08')],
      ),
    ],
  ),
  c(
    'b3-ag-janvier',
    ['agenda', 'medium', 'month', 'sms'],
    [
      t(
        'c koi le programme du mois de janvier',
        'agenda',
        [on('2027-01-14'), on('2027-01-19'), on('2027-01-21'), on('2027-01-26')],
        [...notOn('2027-01-07'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b3-ag-elec-visite-places',
    ['agenda', 'medium', 'follow-up', 'trade', 'places', 'abbrev'],
    [
      t('visite plateau elec c quand', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
      t(
        'et la formation electricien il reste des places ?',
        'agenda',
        [
          ['électricien', 'électricité'],
          [...seats(2), ...on('2027-03-08')],
        ],
        OTHER_TRAININGS('électricien'),
      ),
    ],
  ),
  c(
    'b3-ag-preparateur-castel',
    ['agenda', 'medium', 'places', 'trade', 'town', 'abbrev'],
    [
      t(
        'formation preparateur de commandes a castel ya des places ?',
        'agenda',
        [['préparateur'], [...seats(5), ...on('2027-03-01')]],
        OTHER_TRAININGS('préparateur'),
      ),
    ],
  ),
  c(
    'b3-ag-fevrier-avec-places',
    ['agenda', 'hard', 'places', 'month', 'with-places'],
    [
      t(
        'les formations qui demarrent en fevrier avec des places',
        'agenda',
        [['soudeur'], ['maçon'], ['propreté']],
        ['cariste', 'plaquiste', 'agent de restauration', 'électricien', 'préparateur de commandes'],
      ),
    ],
  ),
  c(
    'b3-ag-promo-places-infocoll',
    ['agenda', 'hard', 'follow-up', 'session', 'with-places', 'abbrev'],
    [
      t(
        'promo 1618 ya encore de la place sur l entree de fevrier ?',
        'agenda',
        [on('2027-02-01'), seats(10)],
        TRAININGS,
      ),
      t(
        'ok et y a une info coll pour les jeunes et leurs parents ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b3-ag-sessions-distance',
    ['agenda', 'medium', 'modality', 'session', 'sms'],
    [
      t(
        'sessions a distance dispo ?',
        'agenda',
        [on('2027-02-08'), on('2027-03-03')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15'), ...notOn('2027-02-10')],
      ),
    ],
  ),
  c(
    'b3-ag-correction-moissac',
    ['agenda', 'hard', 'correction', 'follow-up', 'town', 'abbrev'],
    [
      t(
        'info coll a montauban',
        'agenda',
        [on('2027-01-14'), on('2027-02-11')],
        [...notOn('2027-01-21'), ...notOn('2027-02-09'), ...notOn('2027-03-04')],
      ),
      t(
        'ah non pardon je voulais dire moissac',
        'agenda',
        [on('2027-02-09')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b3-ag-reunion-fevrier-metiers',
    ['agenda', 'medium', 'follow-up', 'month', 'sms'],
    [
      t('reunion metier en fevrier ?', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
      t('ca concerne quels metiers ?', 'agenda', [['maçonnerie', 'plâtrerie', 'électricité']]),
    ],
  ),
  c(
    'b3-ag-caussade-formations',
    ['agenda', 'medium', 'places', 'town', 'no-accent'],
    [
      t(
        'y a des formations qualifiantes a caussade ?',
        'agenda',
        [['restauration']],
        ['soudeur', 'cariste', 'préparateur de commandes', 'agent de propreté', 'plaquiste'],
      ),
    ],
  ),
  c(
    'b3-ag-pec-atelier3-places',
    ['agenda', 'medium', 'session', 'with-places', 'abbrev'],
    [
      t(
        'atelier 3 comp pec il reste de la place ?',
        'agenda',
        [on('2027-02-10'), seats(6)],
        [...notOn('2027-01-20'), ...notOn('2027-03-03'), 'soudeur', 'cariste'],
      ),
    ],
  ),
  c(
    'b3-ag-10-jours',
    ['agenda', 'hard', 'relative-date', 'typo'],
    [
      t(
        'qu est ce qui se passe dans les 10 prochains jour',
        'agenda',
        [on('2027-01-14'), on('2027-01-19')],
        [...notOn('2027-01-26'), ...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
    ],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b3-el-promo-16-pile',
    ['eligibility', 'medium', 'boundary', 'ase', 'sms'],
    [
      t(
        'jeune ase qui a eu 16 ans la semaine derniere, a arrete en 3eme en juin, rien depuis. promo 1618 ok ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b3-el-promo-18',
    ['eligibility', 'hard', 'boundary', 'ase', 'ambiguous', 'sms'],
    [
      t(
        'jeune ase qui a eu 18 ans le mois dernier, decroche depuis 1 an, la promo 1618 c encore possible ?',
        'eligibility',
        [[...NO, ...AGE_MINOR]],
        ['il est éligible', 'prescription possible'],
      ),
    ],
  ),
  c(
    'b3-el-promo-pas-ase',
    ['eligibility', 'medium', 'prescriber', 'rambling'],
    [
      t(
        'jeune 17 ans pas suivi ase, juste decroche du lycee, c a nous de l orienter en promo ou a la mission locale ?',
        'eligibility',
        [MISSION_LOCALE_CIO],
      ),
    ],
  ),
  c(
    'b3-el-prepa-25-puis-rsa',
    ['eligibility', 'out_of_scope', 'medium', 'boundary', 'follow-up', 'sms'],
    [
      t(
        'jeune 25 ans, il vient d ouvrir ses droits rsa, pas inscrit ft, prepa comp c jouable ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
      t(
        'et il touche combien de rsa lui ?',
        'out_of_scope',
        [OUT, [...WHO, 'CAF', 'MSA']],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b3-el-prepa-26-ft',
    ['eligibility', 'hard', 'boundary', 'rsa-ft', 'abbrev'],
    [
      t(
        'mr 26 ans brsa inscrit a france travail et c son conseiller ft qui l accompagne pas nous, prepa comp ?',
        'eligibility',
        [
          ['inscrits ou non', 'inscrit ou non', 'éligible', 'peut bénéficier', 'peut en bénéficier', ' oui'],
          FT,
        ],
      ),
    ],
  ),
  c(
    'b3-el-prepa-non-rsa',
    ['eligibility', 'hard', 'rambling', 'no-accent'],
    [
      t(
        'dame 40 ans en ass pas au rsa, on l accompagne quand meme au social, prepa comp via le cd possible ?',
        'eligibility',
        [[...NO, 'allocataires du RSA', 'allocataires du R.S.A', 'bénéficiaires du RSA', ...FT]],
        ['elle est éligible', 'prescription possible'],
      ),
    ],
  ),
  c(
    'b3-el-pec-employeur-refuse',
    ['eligibility', 'hard', 'employer', 'rambling'],
    [
      t(
        'brsa en pec dans un ehpad, l employeur veut pas le liberer pour comp pec, on peut passer outre ?',
        'eligibility',
        [EMPLOYER_AGREES, MUST],
      ),
    ],
  ),
  c(
    'b3-el-pec-avant-signature',
    ['eligibility', 'hard', 'start', 'sms'],
    [
      t(
        'brsa qui signe son pec le mois pro a la mairie, on peut deja lancer comp pec ou faut attendre ?',
        'eligibility',
        [SIGNATURE],
      ),
    ],
  ),
  c(
    'b3-el-promo-interview',
    ['eligibility', 'medium', 'follow-up', 'ase'],
    [
      t('je veux verifier si un jeune peut aller en promo 1618', 'eligibility', [
        ['quel âge', 'son âge', ' âge ', '16 à 18', '16 et 18', '16-17', 'mineur'],
      ]),
      t(
        '17 ans, confie a l ase, a quitte le lycee en juin et fait rien depuis',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b3-el-pec-ou-prepa',
    ['eligibility', 'medium', 'employer', 'abbrev'],
    [
      t('brsa 48 ans en pec depuis 2 mois employeur ok, prepa comp ou comp pec plutot ?', 'eligibility', [
        PEC_NAMES,
        [...YES, 'valoris', 'certification'],
      ]),
    ],
  ),
  c(
    'b3-el-prepa-mineur-ase',
    ['eligibility', 'hard', 'boundary', 'ase', 'sms'],
    [
      t('prepa comp pour un mineur ase de 17 ans ca passe ?', 'eligibility', [
        PROMO_NAMES,
        [...NO, 'allocataires du RSA', 'allocataires du R.S.A', 'bénéficiaires du RSA'],
      ]),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b3-oos-css',
    ['out_of_scope', 'medium', 'benefit', 'abbrev'],
    [
      t(
        'la css (complementaire sante solidaire) elle la garde si elle rentre en formation ?',
        'out_of_scope',
        [OUT, [...WHO, 'CPAM', 'assurance maladie', 'CAF']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b3-oos-scooter',
    ['out_of_scope', 'medium', 'transport', 'rambling'],
    [
      t(
        'y a une aide du cd pour louer un scooter pour aller a la prepa ? elle habite a lafrancaise et a pas de bus',
        'out_of_scope',
        [[...OUT, 'ne finance pas', 'aucune aide'], WHO],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b3-oos-jeune-majeur',
    ['out_of_scope', 'hard', 'ase', 'other-organisation'],
    [
      t(
        'le contrat jeune majeur ase ca va jusqu a quel age ?',
        'out_of_scope',
        [OUT, [...WHO, 'Aide sociale à l’enfance', 'service ASE']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b3-oos-remuneration-region',
    ['out_of_scope', 'medium', 'benefit', 'sms'],
    [
      t(
        'cb la region paie un stagiaire en formation qualifiante a l afpa ?',
        'out_of_scope',
        [OUT, [...WHO, 'Région', 'France Travail']],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b3-oos-15h-rsa',
    ['out_of_scope', 'hard', 'rsa-rules', 'abbrev'],
    [
      t(
        'les 15h d activite du rsa, la prepa comp ca compte dedans ?',
        'out_of_scope',
        [OUT, [...WHO, 'France Travail', 'contrat d’engagement']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b3-oos-greta-fle',
    ['out_of_scope', 'medium', 'other-organisation', 'sms'],
    [
      t(
        'le greta de montauban il a des dates de fle en ce moment ?',
        'out_of_scope',
        [OUT, [...WHO, 'GRETA']],
        NO_BOUNCE,
      ),
    ],
  ),

  // ── Contacts (protocole § 6) ──────────────────────────────────────────────
  c(
    'b3-contact-battedou',
    ['contact', 'medium', 'no-accent'],
    [
      t('fabienne battedou elle fait quoi exactement', 'contact', [
        RAP,
        ['déploiement', 'déploie', 'Prépa Compétences', 'Compétences PEC', 'Compétences P.E.C', 'Promo'],
      ]),
    ],
  ),
  c(
    'b3-contact-coordo',
    ['contact', 'medium', 'abbrev', 'sms'],
    [
      t('c qui le coordo departemental des 3 dispositifs', 'contact', [
        ['Vella', 'directeur du centre', 'direction du centre'],
      ]),
    ],
  ),
  c(
    'b3-contact-promo-puis-cd',
    ['contact', 'medium', 'follow-up', 'ase'],
    [
      t('pour orienter un jeune ase en promo 1618 mon interlocuteur a l afpa c qui ?', 'contact', [
        AFPA_PEOPLE,
      ]),
      t('et cote cd qui fait le lien avec eux ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
  c(
    'b3-contact-mail',
    ['contact', 'hard', 'sms'],
    [t('t as le mail de la personne afpa qui gere la prepa ?', 'contact', [['Battedou', ...RAP]])],
  ),

  // ── Figures and targets ───────────────────────────────────────────────────
  c(
    'b3-fig-pec-atteint',
    ['figures', 'medium', 'abbrev'],
    [t('on a atteint les 50 en comp pec ou pas encore', 'figures', [NOT_AVAILABLE, TARGET_PEC])],
  ),
  c(
    'b3-fig-prepa-volets',
    ['figures', 'hard', 'volet', 'sms'],
    [t('cb de brsa entres en volet 1 et en volet 2 de la prepa ?', 'figures', [NOT_AVAILABLE, TARGET_PREPA])],
  ),
  c(
    'b3-fig-promo-ase-sorties',
    ['figures', 'medium', 'follow-up', 'ase', 'abbrev'],
    [
      t('nb d orientations ase vers la 1618 a date ?', 'figures', [NOT_AVAILABLE, TARGET_PROMO]),
      t('et c quoi le taux de sorties positives vise', 'figures', [
        ['70 %', '70%', '70 pour', '70\u00a0%', '70\u202f%'],
      ]),
    ],
  ),
  c(
    'b3-fig-bilan-copil',
    ['figures', 'hard', 'follow-up', 'no-accent'],
    [
      t('le bilan annuel des dispositifs il est envoye a qui dans le 82 ?', 'figures', [
        ['DDETSPP', 'D.D.E.T.S.P.P', 'DDETS'],
      ]),
      t('et le copil national il se reunit tous les cb ?', 'figures', [
        ['trimestri', 'tous les trois mois', 'tous les 3 mois', 'chaque trimestre'],
      ]),
    ],
  ),

  // ── The weekly récap (digest) ─────────────────────────────────────────────
  c(
    'b3-digest-abonner',
    ['other', 'easy', 'digest', 'no-accent'],
    [t('je voudrais m abonner au recap de la semaine', 'other', [RECAP])],
  ),
  c(
    'b3-digest-stop',
    ['other', 'medium', 'digest', 'sms'],
    [t('stop le recap du lundi je veux plus le recevoir', 'other', [[...RECAP, 'désabonn']])],
  ),
  c(
    'b3-digest-alerte-soudure',
    ['other', 'hard', 'digest', 'trade', 'sms'],
    [
      t('previens moi quand y a des places en soudure', 'other', [
        [...RECAP, 'alerte', 'prévenu', 'préviendrai', 'prévenir', 'suivre'],
      ]),
    ],
  ),
  c(
    'b3-digest-choix-communes',
    ['other', 'medium', 'digest', 'town', 'abbrev'],
    [t('mes choix de recap je veux mettre que castel et moissac', 'other', [[...RECAP, 'choix']])],
  ),

  // ── Other facts of the agreement ──────────────────────────────────────────
  c(
    'b3-other-avenant',
    ['other', 'medium', 'no-accent'],
    [t('si on veut rajouter un dispositif a l accord on fait comment', 'other', [['avenant']])],
  ),
  c(
    'b3-other-jpo-role-cd',
    ['other', 'hard', 'sms'],
    [t('pour les jpo de l afpa nous au cd on a un role a jouer ?', 'other', [['stand']])],
  ),
  c(
    'b3-other-confidentialite',
    ['other', 'hard', 'no-accent'],
    [
      t('les documents que l afpa nous transmet on peut les faire circuler librement ?', 'other', [
        ['confidenti'],
      ]),
    ],
  ),
  c(
    'b3-other-permanences-village',
    ['other', 'hard', 'rambling'],
    [
      t('on pourrait tenir nos permanences rsa dans les locaux de l afpa ?', 'other', [
        ['Village', 'tiers lieu', 'tiers-lieu', 'tiers lieux', 'tiers-lieux'],
      ]),
    ],
  ),

  // ── Prescribing ───────────────────────────────────────────────────────────
  c(
    'b3-pr-promo-panda',
    ['prescribe', 'medium', 'panda', 'ase'],
    [
      t(
        'comment je fais pour inscrire mon jeune ase sur la promo, faut passer par une plateforme ?',
        'prescribe',
        [PANDA],
      ),
    ],
  ),
  c(
    'b3-pr-prepa-distance-fevrier',
    ['prescribe', 'hard', 'session', 'modality'],
    [
      t('je veux positionner une dame sur la prepa a distance de fevrier', 'prescribe', [
        ['prescri', 'inscri'],
        on('2027-02-08'),
      ]),
    ],
  ),
];
