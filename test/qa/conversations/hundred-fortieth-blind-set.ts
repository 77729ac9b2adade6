/**
 * Hundred-fortieth blind set.
 *
 * Who speaks: référents insertion and ASE educators of the Département de Tarn-et-Garonne
 * (CD82), and AFPA Montauban coordinators, planning a person's next weeks. They hold the
 * person's own calendar (a France Travail appointment on Thursday morning, a child to fetch
 * at 11:45, a job that starts on 1 March, a sixteenth birthday on 3 March, a move in three
 * weeks) against AFPA's published dates and the durations the agreement sets. They write
 * relative dates (« demain », « jeudi », « cette semaine », « la semaine prochaine », « ce
 * mois ci », « le mois prochain », « dans 15 jours », « d ici fin janvier », « avant mars »,
 * « debut mars », « mi fevrier ») and dates every way (« le 3/02 », « 3 fev », « 03/02/27 »,
 * « mardi 19 », « lundi 25 »); they type fast: abbreviations (prépa comp, PEC, 1618, BRSA,
 * FT, ML, CD, ASE, info coll, JPO), no accents, typos, missing question marks, two questions
 * in one message; many follow-ups only make sense after the previous answer.
 *
 * What a correct answer does: it lists the published items that fall in the asked window,
 * town, type and programme (today is Monday 11 January 2027; a past item never answers),
 * with their date, time and place when asked; it gives the durations of the agreement
 * (Prépa Compétences 2 to 8 days over 2 weeks, volet 1 5 to 6 days, volet 2 4 to 8 days;
 * Compétences PEC 5 days over the PEC contract; La Promo 16/18 13 weeks, up to 4 months,
 * Monday to Thursday) and never invents an end date or a delay that nobody published; it
 * checks the age at the date of entry; and for dates the agreement does not settle (school
 * holidays, benefit payments, France Travail's calendar, AFPA's answer time, when the
 * individual report arrives after the end) it says the agreement does not say, and invents
 * nothing (the invented figure is in mustNotContain).
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18)
 * and from the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris),
 * without looking at the bot.
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

// ── When the agreement is silent ───────────────────────────────────────────

/** The agreement (or the published agenda) does not settle it: the answer says so. */
const NOT_SAID = both(
  'ne précise pas',
  'ne dit pas',
  'ne dit rien',
  'n’en dit rien',
  'ne fixe pas',
  'pas prévu',
  'n’est pas couvert',
  'ne couvre pas',
  'rien dans l’accord',
  'pas dans l’accord',
  'hors',
  'ne prévoit pas',
  'pas d’information',
  'aucune information',
  'ne règle pas',
  'aucune mention',
  'ne mentionne pas',
  'n’indique pas',
  'ne donne pas',
  'ne traite pas',
  'n’aborde pas',
  'ne figure pas',
  'ne dispose pas',
  'ne sais pas',
  'pas de date',
  'aucune date',
  'pas publié',
  'non publié',
  'silencieux',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
/** Delays nobody published. */
const INVENTED_DELAYS = both(
  '24 h',
  '24h',
  '48 h',
  '48h',
  '72 h',
  '72h',
  'sous 8 jours',
  'sous 10 jours',
  'sous 15 jours',
  'dans les 15 jours',
  'sous un mois',
  'sous 1 mois',
);

// ── Durations and rhythms of the agreement (protocol § 3) ──────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '5 à 6 j',
  'cinq à six jours',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', '4 à 8 j', 'quatre à huit jours'];
const ONE_WEEK = ['1 semaine', 'une semaine'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const THREE_WEEKS = ['3 semaines', 'trois semaines'];
const SIX_WEEKS = ['6 semaines', 'six semaines'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PEC_SPREAD = both(
  'durée du p.e.c',
  'durée du pec',
  'durée du contrat',
  'pendant le pec',
  'pendant le contrat',
  'au cours du contrat',
  'au fil du contrat',
  'répartis',
  'réparti',
);
const HALF_DAY = ['demi-journée', 'demi journée', 'demi-journées', 'demi journées'];
const SIX_WORKSHOPS = ['6 ateliers', 'six ateliers'];
const ONE_DAY = ['1 jour', 'un jour', 'une journée', '1 journée'];
const THREE_AND_A_HALF = ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const MON_THU = both('lundi au jeudi', 'lundi à jeudi', 'lundi jusqu’au jeudi', 'lundi-jeudi');
const REMOTE = ['à distance', 'distanciel', 'distance', 'tout ou partie'];
const PEC_START = ['signature', 'premiers mois'];
const END_OF_PARCOURS = both(
  'fin du parcours',
  'fin de parcours',
  'à la fin',
  'fin de la prépa',
  'issue',
  'terme',
);
const VAE = ['vae', 'v.a.e'];
const FRENCH = both('français à visée professionnelle', 'français langue étrangère', 'fle');
const PARENTS = [
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
];

// ── Eligibility ────────────────────────────────────────────────────────────

const ELIGIBLE = [
  'prescription possible',
  'est éligible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peuvent bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
  'peut faire',
  'peut intégrer',
  'c’est possible',
  "c'est possible",
];
const NOT_ELIGIBLE = both(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'trop jeune',
  'trop âgé',
  'impossible',
);
const NOT_REGISTERED_TOO = both(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'ne sont pas inscrits',
  'qu’ils soient inscrits',
  'sans être inscrit',
  'pas besoin d’être inscrit',
  'pas obligatoire',
);
const EMPLOYER_AGREES = both(
  'accord de l’employeur',
  'accord de son employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'employeur donne son accord',
  'employeur pec',
);
const JAN_2022 = ['1er janvier 2022', '1 janvier 2022', '01/01/2022', 'janvier 2022', '2022-01-01'];

// ── Whom to contact (article 3, protocol § 5 and § 6) ──────────────────────

const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement & parcours', 'battedou'];
const DIRECTOR = both(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
);
const AFPA_CONTACT = [...RAP, ...DIRECTOR];
const PRESIDENT = ['président', 'weill', 'représentant'];
const YEARLY = both(
  '1 fois par an',
  'une fois par an',
  'au moins une fois',
  'annuel',
  'chaque année',
  'par an',
);
const SEMESTER = ['semestre', 'deux fois par an', '2 fois par an'];

// ── Figures (protocol § 4 and § 6) ─────────────────────────────────────────

const TARGET_PREPA = ['30 allocataires', '30 personnes', '30 bénéficiaires', 'objectif de 30', '30 brsa'];
const TARGET_PEC = ['50 allocataires', '50 personnes', '50 bénéficiaires', 'objectif de 50', '50 brsa'];
const NOT_AVAILABLE = both(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas encore publi',
);
const MONTHLY = ['mensuel', 'chaque mois', 'tous les mois'];
const QUARTERLY = ['trimestri', 'tous les trois mois', 'tous les 3 mois', 'chaque trimestre'];
const ANNUAL = ['annuel', 'chaque année', 'par an', 'une fois par an'];

// ── Other clauses of the agreement ─────────────────────────────────────────

const TWO_YEARS = ['2 ans', 'deux ans'];
const TWO_MONTHS = ['2 mois', 'deux mois'];
const DEC_31 = ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 déc 2022', 'fin 2022'];
const APR_30 = ['30 avril 2023', '30/04/2023', '30 avr. 2023', '30 avr 2023'];
const RGPD = ['rgpd', 'r.g.p.d', '2016/679', 'informatique et libertés', '1978', 'article 5'];

// ── The agenda (fixture of 11 January 2027) ────────────────────────────────

const NINE_THIRTY = ['9h30', '9 h 30', '09:30', '9:30', '09h30', '9h 30'];
const ELEVEN_THIRTY = ['11h30', '11 h 30', '11:30', '11h 30'];
const NINE = ['9h', '9 h', '09:00', '9:00', '09h'];
const TEN = ['10h', '10 h', '10:00'];
const NOON = ['12h', '12 h', '12:00', 'midi'];
const FOURTEEN = ['14h', '14 h', '14:00', '14h00'];
const SIXTEEN = ['16h', '16 h', '16:00'];
const SEVENTEEN = ['17h', '17 h', '17:00'];
const MONTAUBAN = ['montauban'];
const ONSITE = ['présentiel', 'sur place'];
const FULL = [
  ...seats(0),
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
];
const NOTHING = both('aucun', 'aucune', 'rien', 'pas de', 'n’y a pas', 'pas d’');
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
const otherTrainings = (...asked: string[]) =>
  TRAINING_NAMES.filter((name) => !asked.some((a) => name.includes(a)));

/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// ── Prépa Compétences, Compétences PEC, La Promo 16/18: durations and rhythm ─

const dispositifs: ConversationCase[] = [
  c(
    'b140-prepa-v1-commence-le-18-fin',
    ['duration', 'person-calendar', 'volet'],
    [
      turn(
        'si elle commence le volet 1 prepa le 18 ca finit vers quand a peu pres',
        'dispositif',
        [VOLET1_DAYS, [...TWO_WEEKS, ...on('2027-01-29')]],
        [' 22 janv', '22/01', '13 semaines'],
      ),
      turn('donc elle y est tous les jours pendant 2 semaines ?', 'dispositif', [VOLET1_DAYS], MON_THU),
      turn('elle peut en faire une partie de chez elle ?', 'dispositif', [REMOTE]),
    ],
  ),
  c(
    'b140-promo-entree-1er-fev-sortie',
    ['duration', 'person-calendar'],
    [
      turn(
        'si le jeune rentre a la promo le 1er fevrier il sort quand a peu pres',
        'dispositif',
        [[...PROMO_DURATION, ...on('2027-04-29')]],
        ['2 à 8 jours'],
      ),
      turn('ca peut deborder sur mai ?', 'dispositif', [FOUR_MONTHS]),
      turn('et apres la sortie la ML le suit combien de temps', 'dispositif', [SIX_MONTHS]),
    ],
  ),
  c(
    'b140-promo-rythme-semaine-vendredi',
    ['weekdays', 'person-calendar', 'silent'],
    [
      turn('promo 1618 c quels jours ? il a un rdv ase tous les vendredis matin', 'dispositif', [MON_THU]),
      turn(
        'ils finissent a quelle heure le jeudi ?',
        'dispositif',
        [[...NOT_SAID, 'fin de journée']],
        ['16h', '16 h', '17h', '17 h', '18h', '18 h'],
      ),
      turn('ils passent le code pendant la promo ? l auto ecole c le vendredi', 'dispositif', [['code']]),
    ],
  ),
  c(
    'b140-promo-phases-semaines',
    ['duration', 'phases'],
    [
      turn('promo 16 18 la semaine d engagement ca dure cb', 'dispositif', [ONE_WEEK]),
      turn('et la mobilite elle tombe quand dans le parcours', 'dispositif', [THREE_WEEKS, TWO_WEEKS]),
      turn('la construction phase 2 c combien', 'dispositif', [SIX_WEEKS]),
      turn('et la preparation de la suite', 'dispositif', [TWO_WEEKS]),
    ],
  ),
  c(
    'b140-pec-contrat-calendrier',
    ['person-calendar', 'start', 'session'],
    [
      turn('contrat pec signe le 4 janvier, c trop tot pour comp pec ?', 'dispositif', [PEC_START]),
      turn('son contrat finit fin mars, ca laisse le temps ?', 'dispositif', [PEC_DAYS, PEC_SPREAD]),
      turn('la prochaine entree atelier 2 c quand', 'agenda', [on('2027-01-20')]),
      turn('et celle du 3 mars elle finit quand ? son contrat s arrete le 31/03', 'agenda', [
        on('2027-04-28'),
      ]),
    ],
  ),
  c(
    'b140-pec-planning-etapes',
    ['duration', 'steps', 'person-calendar'],
    [
      turn('comp pec le 1er rdv avec le consultant afpa ca prend cb de temps', 'dispositif', [HALF_DAY]),
      turn('et les ateliers de reconnaissance des acquis ? elle bosse a temps plein', 'dispositif', [
        SIX_WORKSHOPS,
        HALF_DAY,
      ]),
      turn('vae ou clea socle, lequel prend le moins de jours', 'dispositif', [ONE_DAY, THREE_AND_A_HALF]),
      turn('la session d evaluation vae c quand ? elle est en conges debut avril', 'agenda', [
        [...NOT_SAID, ...NOTHING],
      ]),
    ],
  ),
  c(
    'b140-prepa-semaines-demenagement',
    ['duration', 'person-calendar', 'no-question-mark'],
    [
      turn(
        'prepa comp ca s etale sur combien de semaines en tout elle demenage dans 3 semaines',
        'dispositif',
        [TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b140-bilan-individuel-quand',
    ['end', 'silent'],
    [
      turn('le bilan individuel de la prepa je le recois quand', 'dispositif', [END_OF_PARCOURS]),
      turn('genre combien de jours apres la fin ?', 'dispositif', [NOT_SAID], INVENTED_DELAYS),
      turn('et pour comp pec j en ai un aussi ?', 'dispositif', [VAE]),
    ],
  ),
  c(
    'b140-prepa-2-semaines-libres-fevrier',
    ['duration', 'person-calendar', 'session'],
    [
      turn('elle a 2 semaines de libre en fevrier, la prepa ca rentre dedans ?', 'dispositif', [
        PREPA_DURATION,
      ]),
      turn(
        'y a quoi comme sessions en fevrier alors',
        'agenda',
        [[...on('2027-02-08'), ...on('2027-02-15')]],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
      turn('celle du 8 c a distance ? elle a pas d ordi', 'agenda', [['distance', 'distanciel']]),
    ],
  ),
  c(
    'b140-2q-prepa-pec-durees',
    ['two-questions', 'duration', 'abbrev'],
    [
      turn('prepa comp et comp pec cb de jours chacun ? je cale les 2 sur le printemps', 'dispositif', [
        PREPA_DURATION,
        PEC_DAYS,
      ]),
    ],
  ),
  c(
    'b140-fle-session-avant-ete',
    ['silent', 'abbrev'],
    [
      turn('l afpa fait du fle pro pour les primo arrivants ?', 'dispositif', [FRENCH]),
      turn('une session demarre avant l ete ?', 'agenda', [[...NOT_SAID, ...NOTHING]]),
    ],
  ),
];

// ── AFPA's published agenda (fixture of 11 January 2027) ───────────────────

const agenda: ConversationCase[] = [
  c(
    'b140-ag-pas-avant-fevrier-infocoll-prepa',
    ['date-window', 'person-calendar', 'abbrev'],
    [
      turn(
        'elle peut pas avant fevrier, c quoi la 1ere info coll prepa apres ?',
        'agenda',
        [on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-09')],
      ),
      turn('c ou et a quelle heure', 'agenda', [MONTAUBAN, NINE_THIRTY]),
      turn('et si elle la rate, la suivante ?', 'agenda', [on('2027-03-04')], notOn('2027-01-14')),
    ],
  ),
  c(
    'b140-ag-jpo-avant-10-fevrier-horaires',
    ['date-window', 'time', 'abbrev'],
    [
      turn(
        'y a une JPO avant le 10 fevrier ?',
        'agenda',
        [on('2027-02-03')],
        [...notOn('2027-02-17'), ...notOn('2027-01-07')],
      ),
      turn('celle du 3/02 elle est de quelle heure a quelle heure, il finit le boulot a 12h', 'agenda', [
        NINE,
        SEVENTEEN,
      ]),
      turn('et celle de moissac le 17 fev pareil ?', 'agenda', [TEN, SIXTEEN]),
    ],
  ),
  c(
    'b140-ag-rdv-ft-le-14-au-matin',
    ['person-calendar', 'time', 'town', 'abbrev'],
    [
      turn('il a un rdv FT le 14 au matin, l info coll c a quelle heure ?', 'agenda', [NINE_THIRTY]),
      turn(
        'ca va pas le faire, y en a une l aprem pas trop loin dans le temps ?',
        'agenda',
        [on('2027-01-21'), ['castelsarrasin']],
        notOn('2027-03-17'),
      ),
      turn(
        'castel c trop loin pour lui, a montauban y a quoi apres ?',
        'agenda',
        [on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b140-ag-semaine-du-8-fevrier',
    ['date-window', 'no-question-mark'],
    [
      turn(
        'quoi de prevu la semaine du 8 fevrier',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-02-03'), ...notOn('2027-02-17')],
      ),
    ],
  ),
  c(
    'b140-ag-moissac-entre-15-et-25-janvier',
    ['date-window', 'town'],
    [
      turn(
        'entre le 15 et le 25 janvier y a quoi a moissac',
        'agenda',
        [NOTHING],
        [...notOn('2027-01-14'), ...notOn('2027-01-19')],
      ),
      turn('ok et la 1ere date a moissac alors', 'agenda', [on('2027-02-09')], notOn('2027-01-21')),
      turn('et une jpo la bas ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b140-ag-infocoll-prepa-d-ici-fin-janvier',
    ['relative-date', 'abbrev'],
    [
      turn(
        'info coll prepa d ici fin janvier ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-02-11'), ...notOn('2027-03-04'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b140-ag-jpo-ce-mois-ci-mois-prochain',
    ['relative-date', 'past', 'weekdays'],
    [
      turn('une jpo ce mois ci ?', 'agenda', [NOTHING], notOn('2027-01-07')),
      turn('et le mois prochain', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      turn('c quels jours de la semaine ? elle bosse le mercredi', 'agenda', [['mercredi']]),
    ],
  ),
  c(
    'b140-ag-infocoll-mois-prochain-debut-mars',
    ['relative-date', 'two-questions', 'time'],
    [
      turn(
        'les info coll du mois prochain ? prepa et pec',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04')],
      ),
      turn('et debut mars ?', 'agenda', [on('2027-03-04')], [...notOn('2027-02-09'), ...notOn('2027-02-11')]),
      turn('elle est a quelle heure celle de valence', 'agenda', [NINE_THIRTY]),
    ],
  ),
  c(
    'b140-ag-dans-15-jours',
    ['relative-date', 'date-format'],
    [
      turn(
        'dans 15 jours y a un truc ? genre lundi 25 ou mardi 26',
        'agenda',
        [['logistique']],
        [...notOn('2027-01-21'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b140-ag-jeudi-heure-de-fin',
    ['relative-date', 'time', 'person-calendar'],
    [
      turn('jeudi y a quoi', 'agenda', [on('2027-01-14')], [...notOn('2027-01-21'), ...notOn('2027-01-07')]),
      turn('ca finit a quelle heure ? elle recupere son fils a 11h45', 'agenda', [ELEVEN_THIRTY]),
      turn('et c ou ?', 'agenda', [MONTAUBAN]),
    ],
  ),
  c(
    'b140-ag-demain-fin-de-semaine-semaine-pro',
    ['relative-date'],
    [
      turn('demain y a un truc a l afpa ?', 'agenda', [NOTHING], notOn('2027-01-07')),
      turn(
        'et sinon cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
      turn(
        'et la semaine prochaine ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b140-ag-mardi-19',
    ['date-format', 'two-questions', 'time'],
    [turn('mardi 19 y a quoi et c a quelle heure', 'agenda', [['soudure'], FOURTEEN])],
  ),
  c(
    'b140-ag-03-02-27-montauban',
    ['date-format', 'town'],
    [
      turn(
        'le 03/02/27 il se passe quoi a montauban',
        'agenda',
        [['portes ouvertes', 'jpo', 'j.p.o']],
        notOn('2027-02-17'),
      ),
    ],
  ),
  c(
    'b140-ag-visite-avant-mars',
    ['date-window', 'trade', 'time', 'person-calendar'],
    [
      turn('une visite de plateau avant mars ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn('c quel metier ? il vise plutot l elec', 'agenda', [['soudure'], on('2027-03-10')]),
      turn('le 10 mars c a quelle heure ? il passe le code a 14h', 'agenda', [TEN, NOON]),
    ],
  ),
  c(
    'b140-ag-entree-prepa-mi-fevrier',
    ['relative-date', 'session', 'places', 'town'],
    [
      turn(
        'une entree prepa vers mi fevrier ?',
        'agenda',
        [[...on('2027-02-15'), ...on('2027-02-08')]],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
      turn('c quel volet celle du 15 et il reste de la place ?', 'agenda', [['volet 2'], seats(5)]),
      turn('castel c loin, rien en presentiel a montauban en fevrier ?', 'agenda', [NOTHING]),
    ],
  ),
  c(
    'b140-ag-cariste-volet2-avant',
    ['person-calendar', 'session', 'places', 'date-format'],
    [
      turn('sa formation cariste commence le 27/01, y a une prepa volet 2 qui finit avant ?', 'agenda', [
        [...NOTHING, ...FULL],
      ]),
      turn(
        'et il reste combien de places en cariste',
        'agenda',
        [seats(6)],
        otherTrainings('cariste', 'préparateur'),
      ),
      turn('la formation cariste elle finit quand ?', 'agenda', [on('2027-03-26')]),
    ],
  ),
  c(
    'b140-ag-infocoll-promo-parents-mercredi',
    ['person-calendar', 'weekdays', 'time'],
    [
      turn(
        'info coll promo 1618 pour le jeune et ses parents c quand',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
      turn('c un mercredi ? la mere bosse le mercredi aprem', 'agenda', [['mercredi'], FOURTEEN]),
      turn('et l entree promo elle est quand, avant ou apres ?', 'agenda', [on('2027-02-01')]),
    ],
  ),
  c(
    'b140-ag-reunions-metiers-fin-fevrier',
    ['relative-date', 'town', 'time', 'person-calendar'],
    [
      turn('les reunions metiers d ici fin fevrier ?', 'agenda', [on('2027-01-26'), on('2027-02-23')]),
      turn('celle du batiment c ou ? il a pas le permis', 'agenda', [['caussade']]),
      turn('et la logistique c le matin ? il a un rdv ML a 14h', 'agenda', [[...NINE, 'matin'], NOON]),
    ],
  ),
  c(
    'b140-ag-2q-fevrier-jpo-visites',
    ['two-questions', 'relative-date', 'abbrev'],
    [
      turn(
        'en fevrier y a des jpo ? et des visites plateau ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-17'), NOTHING],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b140-ag-semaine-prochaine-castelsarrasin',
    ['relative-date', 'town'],
    [
      turn(
        'la semaine prochaine y a quoi vers castelsarrasin',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-02-15'), ...notOn('2027-03-01')],
      ),
    ],
  ),
  c(
    'b140-ag-soudeur-places-jusqu-quand',
    ['places', 'trade', 'silent'],
    [
      turn(
        'places soudeur ? la formation demarre quand',
        'agenda',
        [seats(4), on('2027-02-01')],
        otherTrainings('soudeur'),
      ),
      turn('c a jour ton chiffre ?', 'agenda', [
        [' 8 janv', '08/01', '2027-01-08', 'mis à jour', 'mise à jour', 'temps réel'],
      ]),
      turn('les places restent ouvertes jusqu a quand ? elle decide que fin janvier', 'agenda', [
        [...NOT_SAID, 'temps réel'],
      ]),
    ],
  ),
  c(
    'b140-ag-volet2-avant-formation-1er-mars',
    ['person-calendar', 'session', 'date-format', 'duration'],
    [
      turn(
        'sa formation commence le 1er mars, si elle fait le volet 2 qui demarre le 15/02 c fini a temps ?',
        'agenda',
        [[...on('2027-02-26'), ...TWO_WEEKS]],
      ),
      turn(
        'ca fait combien de jours de presence en tout',
        'dispositif',
        [VOLET2_DAYS],
        ['5 à 6 jours', '5 et 6 jours', '5 ou 6 jours'],
      ),
      turn('c ou celle du 15 ?', 'agenda', [['castelsarrasin']]),
    ],
  ),
];

// ── Eligibility: the age at the date of entry, the person's situation ─────

const eligibility: ConversationCase[] = [
  c(
    'b140-el-promo-16-ans-le-3-mars',
    ['age-at-entry', 'person-calendar', 'abbrev'],
    [
      turn('jeune ase, il a 16 ans le 3 mars, il peut rentrer a la promo en fevrier ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['16 ans'],
      ]),
      turn('y a une autre entree promo apres le 3 mars ?', 'agenda', [NOTHING]),
    ],
  ),
  c(
    'b140-el-promo-18-ans-le-25-janvier',
    ['age-at-entry', 'person-calendar'],
    [
      turn('jeune ase qui aura 18 ans le 25 janvier, promo du 1er fevrier c jouable ?', 'eligibility', [
        [...NOT_ELIGIBLE, 'mineur', '16-17', '16 ou 17', '16 à 17', '16 et 17'],
      ]),
    ],
  ),
  c(
    'b140-el-promo-17-ans-majeure-en-cours',
    ['age-at-entry', 'person-calendar', 'silent'],
    [
      turn('elle a 17 ans et 18 le 20 fevrier, promo du 1er fevrier ok ?', 'eligibility', [ELIGIBLE]),
      turn('et si elle devient majeure en cours de promo ca change quoi ?', 'eligibility', [NOT_SAID]),
    ],
  ),
  c(
    'b140-el-promo-16-ans-le-28-janvier',
    ['age-at-entry', 'person-calendar'],
    [
      turn(
        'jeune ase 15 ans, 16 ans le 28 janvier, il peut faire l entree promo du 1er fevrier ?',
        'eligibility',
        [ELIGIBLE, ['16 ans']],
      ),
      turn('il faut quoi cote parents ?', 'dispositif', [PARENTS]),
    ],
  ),
  c(
    'b140-el-pec-contrat-signe-1er-fevrier',
    ['person-calendar', 'abbrev'],
    [
      turn(
        'mr brsa qui signe un contrat pec le 1er fevrier, je peux le mettre en comp pec des fevrier ?',
        'eligibility',
        [[...ELIGIBLE, ...PEC_START], EMPLOYER_AGREES],
      ),
    ],
  ),
  c(
    'b140-el-prepa-inscription-ft-en-fevrier',
    ['person-calendar', 'abbrev'],
    [
      turn(
        'brsa pas inscrite FT, elle s inscrit a FT en fevrier, elle peut faire la prepa avant ?',
        'eligibility',
        [[...ELIGIBLE, ...NOT_REGISTERED_TOO]],
      ),
      turn('c possible depuis quand pour les non inscrits ?', 'dispositif', [JAN_2022]),
    ],
  ),
  c(
    'b140-el-promo-lyceen-jusqu-en-juin',
    ['person-calendar', 'abbrev'],
    [
      turn('jeune ase 16 ans encore au lycee jusqu en juin, promo en fevrier ?', 'eligibility', [
        [...NOT_ELIGIBLE, 'décroch', 'quitté', 'pas en formation'],
      ]),
    ],
  ),
];

// ── Dates the agreement does not settle ───────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b140-oos-vacances-fevrier-puis-pec-mars',
    ['silent', 'school-holidays', 'session'],
    [
      turn(
        'c quand les vacances scolaires de fevrier ? je veux caler une entree comp pec apres',
        'out_of_scope',
        [NOT_SAID],
        NO_BOUNCE,
      ),
      turn(
        'bon alors la 1ere entree comp pec en mars ?',
        'agenda',
        [on('2027-03-03')],
        [...notOn('2027-01-20'), ...notOn('2027-02-10')],
      ),
    ],
  ),
  c(
    'b140-oos-date-versement-rsa',
    ['silent', 'benefit'],
    [
      turn(
        'le rsa tombe quand ce mois ci ? elle doit payer son bus pour l info coll du 14',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, 'le 5 ', '5 du mois', 'le 6 ', '€'],
      ),
    ],
  ),
  c(
    'b140-oos-actualisation-ft',
    ['silent', 'france-travail', 'abbrev'],
    [
      turn(
        'l actualisation FT c quand ce mois ci, faut pas qu elle la rate pendant la prepa',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, 'le 28', 'du 28 au', 'entre le 28', '15 du mois'],
      ),
    ],
  ),
  c(
    'b140-oos-lundi-de-paques-promo',
    ['silent', 'public-holiday'],
    [turn('le lundi de paques la promo a lieu ou pas ?', 'out_of_scope', [NOT_SAID], NO_BOUNCE)],
  ),
  c(
    'b140-oos-remuneration-stage-delai',
    ['silent', 'benefit'],
    [
      turn(
        'la remuneration de stage en formation soudeur elle tombe combien de temps apres l entree ?',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, '€', 'semaines après', 'jours après'],
      ),
    ],
  ),
  c(
    'b140-oos-info-cej-mission-locale',
    ['silent', 'other-organisation', 'abbrev'],
    [
      turn(
        'la ML fait une info CEJ quand ce mois ci ? pour le jeune qui sort de la promo',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, ...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b140-oos-fin-droits-are',
    ['silent', 'benefit', 'person-calendar'],
    [
      turn(
        'ses droits ARE s arretent le 15 mars, la prepa doit etre finie avant ?',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b140-oos-equipe-pluridisciplinaire',
    ['silent', 'rsa-rules', 'no-question-mark'],
    [turn('l equipe pluridisciplinaire rsa c quand ce mois ci', 'out_of_scope', [NOT_SAID], NO_BOUNCE)],
  ),
];

// ── Whom to ask for dates ──────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b140-ct-calendrier-entrees-mars',
    ['calendar', 'abbrev'],
    [
      turn('les dates d entree prepa de mars, qui me les envoie cote afpa ?', 'contact', [AFPA_CONTACT]),
      turn('et cote cd qui les diffuse aux equipes ?', 'contact', [
        ['diffus', 'transm', 'relai', 'relaye', 'désign'],
      ]),
    ],
  ),
  c(
    'b140-ct-decaler-entree',
    ['person-calendar', 'abbrev'],
    [
      turn('besoin de decaler l entree d un brsa du 18 janv au 8 fev, j appelle qui a l afpa', 'contact', [
        AFPA_CONTACT,
      ]),
    ],
  ),
  c(
    'b140-ct-suivi-accord-point-annuel',
    ['silent'],
    [
      turn('qui suit l accord cote afpa et cote cd ?', 'contact', [['vella', 'directeur'], PRESIDENT]),
      turn('et ils font le point quand ? une date ?', 'other', [YEARLY, NOT_SAID]),
    ],
  ),
  c(
    'b140-ct-orienter-jeune-ase-entree-promo',
    ['abbrev'],
    [
      turn(
        'pour orienter un jeune ase sur l entree promo du 1er fev, je passe par qui a l afpa ?',
        'contact',
        [AFPA_CONTACT],
      ),
    ],
  ),
  c(
    'b140-ct-reunion-equipe-semestre',
    ['silent', 'two-questions'],
    [
      turn('l afpa vient presenter ses actions a notre reunion d equipe tous les cb ?', 'other', [SEMESTER]),
      turn('la prochaine c quand et je contacte qui pour la caler ?', 'contact', [NOT_SAID, AFPA_CONTACT]),
    ],
  ),
  c(
    'b140-ct-numero-avant-jeudi',
    ['silent', 'relative-date'],
    [
      turn(
        'faut que je joigne mme battedou avant jeudi, t as son num ?',
        'contact',
        [
          ['responsable accompagnement', 'déploiement'],
          [...NOT_SAID, ...both('pas de numéro', 'pas son numéro', 'pas ses coordonnées', 'n’ai pas')],
        ],
        ['05 63', '0563', '@afpa.fr'],
      ),
    ],
  ),
];

// ── Figures: which year the targets are for, when they are reported ──────

const figures: ConversationCase[] = [
  c(
    'b140-fig-objectifs-quelle-annee',
    ['year', 'silent'],
    [
      turn('les objectifs de l accord 30 / 50 / 10 c pour quelle annee ?', 'figures', [['2022']]),
      turn('et pour cette annee 2027 ?', 'figures', [
        [...NOT_SAID, ...NOT_AVAILABLE, ...both('pas d’objectif', 'aucun objectif')],
      ]),
      turn('on en est ou des entrees prepa depuis le 1er janvier ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b140-fig-remontees-rythme',
    ['frequency', 'abbrev'],
    [
      turn('le tableau de bord des dispositifs part quand a la dgefp ?', 'figures', [MONTHLY]),
      turn('et le bilan a la ddetspp c quand ?', 'figures', [ANNUAL]),
      turn('le copil national il se reunit a quel rythme', 'figures', [QUARTERLY]),
    ],
  ),
  c(
    'b140-fig-2q-objectifs-2022',
    ['two-questions', 'year'],
    [turn('en 2022 l objectif c etait cb en pec et cb en prepa', 'figures', [TARGET_PEC, TARGET_PREPA])],
  ),
  c(
    'b140-fig-bilans-dgefp-frequence',
    ['frequency', 'abbrev'],
    [turn('les bilans quali quanti a la dgefp c a quelle frequence', 'figures', [QUARTERLY, ANNUAL])],
  ),
  c(
    'b140-fig-objectif-promo-annee-civile',
    ['year'],
    [
      turn('l objectif des 10 jeunes ase sur la promo c sur l annee civile ou scolaire ?', 'figures', [
        ['2022'],
      ]),
    ],
  ),
];

// ── Prescribing on a given date ────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b140-pr-volet1-entree-du-18',
    ['session', 'places', 'modality'],
    [
      turn('je veux prescrire une prepa volet 1 pour l entree du 18', 'prescribe', [
        ...FORM,
        on('2027-01-18'),
      ]),
      turn('il reste combien de places dessus', 'agenda', [seats(6)]),
      turn('c en presentiel ou a distance ?', 'agenda', [ONSITE]),
    ],
  ),
  c(
    'b140-pr-prepa-distance-fevrier',
    ['session', 'modality', 'person-calendar'],
    [
      turn('inscrire une dame sur la prepa a distance de fevrier, elle a pas de voiture', 'prescribe', [
        ...FORM,
        on('2027-02-08'),
      ]),
    ],
  ),
  c(
    'b140-pr-volet2-lundi-25-complet',
    ['session', 'places', 'date-format'],
    [
      turn('prescrire un mr sur le volet 2 qui commence lundi 25', 'prescribe', [FULL]),
      turn('la suivante alors ? il peut aller a castel', 'agenda', [on('2027-02-15'), seats(5)]),
      turn('c en presentiel la bas ?', 'agenda', [ONSITE]),
    ],
  ),
  c(
    'b140-pr-pec-atelier3-10-02',
    ['session', 'date-format', 'modality'],
    [
      turn('positionner une salariee pec sur l atelier 3 du 10/02', 'prescribe', [...FORM, on('2027-02-10')]),
      turn('c en presentiel ? elle est a montauban', 'agenda', [ONSITE, MONTAUBAN]),
    ],
  ),
  c(
    'b140-pr-promo-entree-1er-fevrier',
    ['session', 'abbrev'],
    [
      turn(
        'faire la prescription promo 1618 pour l entree du 1er fevrier, jeune ase 16 ans depuis octobre',
        'prescribe',
        [...FORM, on('2027-02-01')],
      ),
    ],
  ),
  c(
    'b140-pr-habilitation-panda-avant-le-18',
    ['panda', 'silent', 'relative-date'],
    [
      turn('je suis pas encore habilitee panda, je peux prescrire quand meme pour lundi 18 ?', 'prescribe', [
        ['habilit'],
        ['afpa'],
      ]),
      turn('l habilitation ca prend combien de temps ?', 'prescribe', [NOT_SAID], INVENTED_DELAYS),
    ],
  ),
  c(
    'b140-pr-delai-reponse-afpa',
    ['silent', 'session'],
    [
      turn(
        'je prescris aujourd hui, l afpa me repond sous combien de temps ?',
        'prescribe',
        [NOT_SAID],
        INVENTED_DELAYS,
      ),
      turn('et au plus tot elle rentre quand en prepa volet 1 ?', 'agenda', [on('2027-01-18')]),
    ],
  ),
];

// ── The agreement's own dates ──────────────────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b140-ot-accord-jusqu-quand-avenant',
    ['contract-dates'],
    [
      turn('l accord cd afpa court jusqu a quand exactement', 'other', [[...TWO_YEARS, '2023'], ['2022']]),
      turn('et le plan d action il couvre quelles annees', 'other', [['2022'], ['2023']]),
      turn('si on veut le prolonger ou le changer on fait comment', 'other', [['avenant']]),
    ],
  ),
  c(
    'b140-ot-campagne-2022-finir-entrer',
    ['contract-dates', 'year'],
    [
      turn('une brsa entree en prepa fin decembre 2022 elle avait jusqu a quand pour finir ?', 'other', [
        APR_30,
      ]),
      turn('et on pouvait faire entrer des gens jusqu a quand ?', 'other', [DEC_31]),
      turn('l objectif des 30 en prepa c sur cette periode la ?', 'figures', [['2022']]),
    ],
  ),
  c(
    'b140-ot-resiliation-ce-mois-ci',
    ['contract-dates', 'relative-date'],
    [
      turn(
        'si le cd resilie l accord ce mois ci ca s arrete quand ?',
        'other',
        [TWO_MONTHS],
        ['3 mois', 'trois mois', '1 mois'],
      ),
    ],
  ),
  c(
    'b140-ot-experimentation-2023',
    ['contract-dates', 'year'],
    [
      turn('l experimentation pour les brsa elle a continue en 2023 ?', 'other', [
        ['2023'],
        [...NOT_SAID, 'pourra', 'poursuite', 'en fonction', 'selon'],
      ]),
    ],
  ),
  c(
    'b140-ot-donnees-duree-conservation',
    ['silent', 'rgpd'],
    [
      turn(
        'on garde les donnees des brsa prescrits combien de temps ?',
        'other',
        [NOT_SAID, RGPD],
        ['24 mois', '730 jours'],
      ),
    ],
  ),
];

export const HUNDRED_FORTIETH_BLIND_SET: ConversationCase[] = [
  ...dispositifs,
  ...agenda,
  ...eligibility,
  ...outOfScope,
  ...contacts,
  ...figures,
  ...prescribe,
  ...other,
];
