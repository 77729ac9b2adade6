/**
 * Hundred-thirty-fifth blind set: negations, exclusions and exceptions.
 *
 * Who speaks: référents insertion of the Département de Tarn-et-Garonne (CD82), ASE
 * educators and a few AFPA Montauban coordinators, in their Teams chat with the bot. Their
 * questions turn on a « pas », « sauf », « à part », « hors », « ni… ni », « autre que »,
 * « plus », « pas encore », « sans »: an agenda with a town, a type or a date left out
 * (« les infos coll sauf celles de Montauban »), a person whose negated fact changes the
 * verdict (« elle est plus à l'ASE depuis ses 18 ans », « il a pas encore 16 ans », « pas
 * inscrite à FT »), another dispositif than the one named (« à part la prépa », « pas la
 * promo »), another prescriber (« qui d'autre que le référent »). The answer must respect the
 * negation: leave out what is excluded, keep the rest. Typed as référents type: abbreviations
 * (prépa comp, PEC, 1618, BRSA, FT, ML, CD, ASE, info coll, JPO), no accents, typos, « ne »
 * dropped, missing question marks. About a third are ordinary questions; many follow-ups
 * bring the negation in the second or third turn; some messages hold two questions; some ask
 * what the agreement does not settle, and the answer must say so rather than invent.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18),
 * from the product guide and from the agenda fixture (today frozen at Monday 11 January
 * 2027, 9:00 Europe/Paris), without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Alternatives, each with both apostrophes (« ’ » and « ' »). */
function alt(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/’/g, "'"), x.replace(/'/g, '’')]))];
}

/** Several lists of alternatives, merged into one group. */
function any(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = alt(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2 et 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
  '2-8 jours',
);
const VOLET1 = alt('volet 1', 'volet1', 'consolider', 'consolidation', 'projet professionnel', 'projet pro');
const PEC_DAYS = alt(
  ' 5 jours',
  '(5 jours',
  'cinq jours',
  ' 5 journées',
  'cinq journées',
  ':5 jours',
  '5 jours de participation',
  '5 jours répartis',
);
const PEC_SPREAD = alt(
  'durée du contrat',
  'durée du pec',
  'durée du p.e.c',
  'répartis',
  'réparties',
  'au long du contrat',
  'pendant le contrat',
  'sur la durée',
  'au fil du contrat',
  'étalés',
  'étalées',
);
const PROMO_DURATION = alt('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const PROMO_4_MONTHS = alt('4 mois', 'quatre mois');
const AGE_1618 = alt('16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', 'mineur', '16 ans');
const ONSITE = alt('présentiel', 'sur place', 'dans le centre', 'au centre');
const REMOTE = alt('à distance', 'distanciel');
const MONTAUBAN = ['montauban'];
const FREE = alt(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'sans coût',
  'pas payant',
  'rien à payer',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
  'p.i.c',
);
const PRESCRIBED_BY_DEPARTEMENT = alt(
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'services compétents du département',
  'référents insertion',
  'référent insertion',
  'référent de parcours',
  'département peut prescrire',
  'département prescrit',
  'vous pouvez prescrire',
  'le département',
);
const ADHESION = alt(
  'adhésion',
  'son accord',
  'accord de la personne',
  'recueill',
  'consentement',
  'volontaire',
);
const EMPLOYER_AGREES = alt(
  'accord de l’employeur',
  'accord de son employeur',
  'accord employeur',
  'l’employeur doit',
  'informe l’employeur',
  'informer l’employeur',
  'recueille son accord',
  'recueillir son accord',
  'accord du patron',
  'employeur donne son accord',
  'employeur est d’accord',
  'feu vert',
);
const VAE_ALTERNATIVES = alt(
  'rsfp',
  'r.s.f.p',
  'reconnaissance des savoir-faire',
  'reconnaissance des savoirs-faire',
);
const CLEA = alt('cléa', 'clea');
const PANDA = ['panda'];
const REFERENT = alt('référent', 'conseiller', 'travailleur social', 'travailleurs sociaux');
const NOT_REGISTERED_TOO = alt(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'pas inscrite',
  'qui ne sont pas inscrits',
  'qu’ils soient inscrits',
  'même sans inscription',
  'sans inscription',
  'pas besoin',
  'pas nécessaire',
  'pas obligatoire',
  'ne bloque pas',
  'pas bloquant',
);
const FT = alt('france travail', 'pôle emploi', 'pole emploi');
const ML = alt('mission locale', 'missions locales');
const OTHER_PRESCRIBERS = any(FT, ML, alt('cap emploi', 'c.a.p. emploi', ' cio', '(cio', 'c.i.o'));
const PEC_NAME = alt(
  'compétences pec',
  'compétences p.e.c',
  'compétences-pec',
  'parcours emploi compétences',
  ' pec',
  'p.e.c',
);
const PROMO_NAME = alt('promo 16', 'promo16', 'promo 1618', 'promo1618', 'la promo');

/** The agreement does not settle it: the answer says so and invents nothing. */
const SILENT = alt(
  'ne dit rien',
  'n’en dit rien',
  'ne précise pas',
  'pas précisé',
  'ne prévoit pas',
  'ne prévoit rien',
  'pas prévu',
  'ne fixe pas',
  'ne fixe aucun',
  'pas d’information',
  'aucune information',
  'pas d’indication',
  'aucune indication',
  'ne mentionne pas',
  'pas mentionné',
  'ne traite pas',
  'n’aborde pas',
  'ne parle pas',
  'ne couvre pas',
  'n’est pas couvert',
  'ne règle pas',
  'ne figure pas',
  'pas dans l’accord',
  'rien dans l’accord',
  'ne donne pas',
  'ne contient pas',
  'n’indique pas',
  'ne l’indique pas',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'hors champ',
  'hors du cadre',
  'hors cadre',
  'hors périmètre',
  'hors du périmètre',
  'en dehors de l’accord',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];

const NOT_AVAILABLE = alt(
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
  'pas de données',
  'aucune donnée',
  'pas connu',
  'ne connais pas',
  'pas en mesure',
);
const TARGET_PREPA = alt(
  '30 allocataires',
  '30 personnes',
  '30 bénéficiaires',
  'objectif de 30',
  'objectif : 30',
  '30 entrées',
  '30 brsa',
);
const TARGET_PEC = alt(
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
);
const TARGET_PROMO = alt(
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
);

const DIRECTOR = alt(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'directeur du centre afpa',
  'vella',
);
const RAP = alt(
  'responsable accompagnement et parcours',
  'responsable accompagnement & parcours',
  'responsable de l’accompagnement et des parcours',
  'battedou',
);
const DEPT_REFERENT = alt(
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'référente désignée',
  'le département désigne',
  'désigné par le département',
  'désignée par le département',
);

const ELIGIBLE = alt(
  'prescription possible',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut être prescrit',
  'peut être prescrite',
  'vous pouvez prescrire',
  'peut y entrer',
  'peut suivre',
  'peut faire',
);
const NOT_ELIGIBLE = alt(
  'non éligible',
  'pas éligible',
  'plus éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne peut plus',
  'ne remplit pas',
  'pas possible',
  'plus possible',
  'ne correspond pas',
  'réservé',
  'réservée',
  'ne relève pas',
  'pas encore éligible',
  'pas encore possible',
  'faudra attendre',
  'il faut attendre',
  'devra attendre',
  'à partir de 16',
  'dès ses 16',
  'dès 16 ans',
  'n’est pas ouvert',
  'pas ouvert',
);
/** « Not through the Département »: the person goes through another channel. */
const NOT_THROUGH_CD = any(
  NOT_ELIGIBLE,
  alt(
    'pas par le département',
    'pas via le département',
    'pas dans le cadre',
    'hors du cadre',
    'que pour',
    'uniquement',
    'seulement',
  ),
);
/** Where such a person goes instead. */
const ELSEWHERE = any(
  alt('france travail', 'pôle emploi', 'pole emploi', 'autre prescripteur', 'son prescripteur'),
  alt('demandeur d’emploi', 'demandeurs d’emploi', 'mission locale', 'cap emploi'),
);

/** Nothing of that kind in the published agenda. */
const NONE = alt(
  'aucun',
  'aucune',
  'pas de ',
  'pas d’',
  'n’y a pas',
  'n’y en a pas',
  'rien',
  'plus de ',
  'uniquement',
  'seulement',
  'que à montauban',
  'qu’à montauban',
  'toutes à montauban',
  'toutes les deux à montauban',
);
const FULL = any(
  seats(0),
  alt('complet', 'complète', 'aucune place', 'plus de place', 'pas de place', '0 place'),
);

/**
 * The prescription form (or, for a référent not yet habilitated, the request for it): the
 * second group is what only the form itself shows (its session or its dispositif choice).
 */
const FORM = [
  alt('prescrire', 'prescription', 'habilitation nécessaire'),
  alt('première session', 'pour quel dispositif', 'habilitation nécessaire'),
];

/** Trainings of the Info Places, by a word of their name. */
const AT_MONTAUBAN_TRAININGS = alt('soudeur', 'maçon', 'cariste', 'électricien', 'plaquiste');

// ── Dispositifs, with a « pas », « à part », « autre que », « sans » ─────────

const dispositifs: ConversationCase[] = [
  c(
    'b135-disp-jeunes-pas-la-promo',
    ['negation', 'other-than', 'silent'],
    [
      turn('pas la promo, l autre dispositif pour les jeunes c quoi ?', 'dispositif', [
        any(
          SILENT,
          alt(
            'seul',
            'seule',
            'pas d’autre',
            'aucun autre',
            'uniquement',
            'n’y a pas',
            'mission locale',
            'missions locales',
          ),
        ),
      ]),
    ],
  ),
  c(
    'b135-disp-brsa-a-part-prepa',
    ['negation', 'other-than', 'abbrev'],
    [
      turn('y a quoi a part la prepa pour un BRSA ?', 'dispositif', [
        any(PEC_NAME, CLEA, VAE_ALTERNATIVES, alt('vae', 'droit commun', 'français à visée', 'open badge')),
      ]),
    ],
  ),
  c(
    'b135-disp-afpa-prescrit-pas',
    ['negation', 'prescriber'],
    [
      turn("l'AFPA peut pas prescrire elle-meme ?", 'dispositif', [
        any(PRESCRIBED_BY_DEPARTEMENT, FT, ML, alt('référent', 'conseiller')),
      ]),
    ],
  ),
  c(
    'b135-disp-pas-de-vae',
    ['negation', 'typo'],
    [
      turn('il veut pas faire de VAE, y a autre chose pour faire reconaitre son experiance ?', 'dispositif', [
        any(VAE_ALTERNATIVES, CLEA, alt('open badge')),
      ]),
    ],
  ),
  c(
    'b135-disp-promo-pas-distanciel',
    ['negation', 'modality', 'abbrev'],
    [turn('la 1618 y a pas de distanciel du tout ?', 'dispositif', [ONSITE], ['tout ou partie'])],
  ),
  c(
    'b135-disp-prepa-pas-que-afpa',
    ['negation', 'content'],
    [
      turn("la prepa c'est pas que pour rentrer en formation a l'afpa ? elle vise le greta", 'dispositif', [
        alt(
          'autre organisme',
          'autres organismes',
          'hors afpa',
          'hors a.f.p.a',
          'ailleurs',
          'autre centre',
          'pas seulement',
          'pas uniquement',
        ),
      ]),
    ],
  ),
  c(
    'b135-disp-clea-num-pas-que-boulot',
    ['negation', 'typo'],
    [
      turn('clea numerique c pas que pour le boulot ?', 'dispositif', [
        alt('vie sociale', 'civique', 'culturelle'),
      ]),
    ],
  ),
  c(
    'b135-disp-pec-pas-2-semaines',
    ['negation', 'comparison'],
    [turn('la pec ca dure pas 2 semaines comme la prepa ?', 'dispositif', [PEC_DAYS, PEC_SPREAD])],
  ),
  c(
    'b135-disp-promo-bilan-coord',
    ['negation', 'afpa-voice', 'silent'],
    [
      turn('cote afpa : le bilan individuel on doit pas l envoyer aussi pour la promo ?', 'dispositif', [
        alt('prépa', 'prepa'),
        any(SILENT, alt('que pour', 'uniquement', 'seulement', 'ne concerne pas', 'pas pour la promo')),
      ]),
    ],
  ),
  c(
    'b135-disp-prepa-age-silent',
    ['negation', 'silent'],
    [
      turn('pas de limite d age pour la prepa comp ?', 'dispositif', [
        any(SILENT, alt('aucune limite', 'pas de limite', 'aucun âge', 'pas d’âge')),
      ]),
    ],
  ),
  c(
    'b135-disp-prepa-sans-adhesion',
    ['negation', 'without', 'who-agrees'],
    [turn('je peux l inscrire en prepa sans lui demander, elle veut pas trop', 'dispositif', [ADHESION])],
  ),
  c(
    'b135-disp-promo-plain',
    ['plain', 'abbrev'],
    [
      turn('c quoi la 1618 en 2 mots', 'dispositif', [
        alt(
          'décroch',
          'quitté',
          'ni en formation',
          'pas en formation',
          'ne travaillent pas',
          'déscolaris',
          'sortis du système scolaire',
        ),
      ]),
    ],
  ),
  c(
    'b135-disp-pec-duree-plain',
    ['plain', 'sms'],
    [turn('comp pec ca dure cb', 'dispositif', [PEC_DAYS], ['2 à 8 jours', '13 semaines'])],
  ),
];

// ── Two questions in one ────────────────────────────────────────────────────

const twoInOne: ConversationCase[] = [
  c(
    'b135-2q-prepa-duree-pas-payant',
    ['two-questions', 'negation', 'cost'],
    [turn('prepa comp ca dure combien et c pas payant ?', 'dispositif', [PREPA_DURATION, FREE])],
  ),
  c(
    'b135-2q-pec-autres-prescripteurs-employeur',
    ['two-questions', 'other-than', 'prescriber'],
    [
      turn("qui d'autre que nous prescrit comp pec ? et faut l'accord de l'employeur ?", 'dispositif', [
        OTHER_PRESCRIBERS,
        EMPLOYER_AGREES,
      ]),
    ],
  ),
  c(
    'b135-2q-rsfp-duree-etapes',
    ['two-questions', 'negation'],
    [
      turn('pas de vae pour lui : rsfp ca dure combien et c quoi les etapes', 'dispositif', [
        alt('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'),
        alt('jury', 'dossier', 'session'),
      ]),
    ],
  ),
  c(
    'b135-2q-promo-mobilite-phase2',
    ['two-questions', 'negation'],
    [
      turn(
        'la promo, la periode de mobilite c pas forcement loin ? et la phase 2 dure combien',
        'dispositif',
        [alt('village', 'proximité'), alt('6 semaines', 'six semaines')],
      ),
    ],
  ),
  c(
    'b135-2q-infocoll-hors-mtb-entree-promo',
    ['two-questions', 'negation', 'town', 'abbrev'],
    [
      turn(
        'info coll hors montauban + prochaine entree promo 1618 ?',
        'agenda',
        [on('2027-01-21'), on('2027-02-09'), on('2027-03-04'), on('2027-02-01')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b135-2q-jpo-reunions-sauf-mtb',
    ['two-questions', 'negation', 'town', 'type'],
    [
      turn(
        'JPO et reunions metier, sauf a montauban',
        'agenda',
        [on('2027-02-17'), on('2027-02-23')],
        [...notOn('2027-02-03'), ...notOn('2027-01-26'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b135-2q-brsa-pas-ft-ou',
    ['two-questions', 'negation', 'abbrev'],
    [
      turn('brsa pas inscrit FT : prepa ok ? et ca se passe ou', 'eligibility', [
        any(NOT_REGISTERED_TOO, ELIGIBLE),
        MONTAUBAN,
      ]),
    ],
  ),
  c(
    'b135-2q-objectif-pec-ou-on-en-est',
    ['two-questions', 'negation'],
    [
      turn('objectif pec et on en est ou ? pas les chiffres nationaux, les notres', 'figures', [
        TARGET_PEC,
        NOT_AVAILABLE,
      ]),
    ],
  ),
];

// ── The agenda, with something left out ─────────────────────────────────────

const agenda: ConversationCase[] = [
  c(
    'b135-ag-infocoll-sauf-montauban',
    ['negation', 'town', 'abbrev'],
    [
      turn(
        'les infos coll sauf celles de montauban ?',
        'agenda',
        [on('2027-01-21'), on('2027-02-09'), on('2027-03-04')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b135-ag-infocoll-pas-janvier',
    ['negation', 'month', 'abbrev'],
    [
      turn(
        'info coll mais pas en janvier je suis en conges',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b135-ag-visites-hors-montauban',
    ['negation', 'town', 'type', 'none'],
    [turn('hors Montauban, y a des visites de plateau ?', 'agenda', [NONE])],
  ),
  c(
    'b135-ag-fevrier-sauf-jpo',
    ['negation', 'month', 'type'],
    [
      turn(
        'evenements en fevrier sauf les jpo',
        'agenda',
        [on('2027-02-09'), on('2027-02-11'), on('2027-02-23')],
        [...notOn('2027-02-03'), ...notOn('2027-02-17')],
      ),
    ],
  ),
  c(
    'b135-ag-semaine-pro-autre-que-infocoll',
    ['negation', 'relative-date', 'type'],
    [
      turn(
        'la semaine prochaine y a autre chose que des info coll ?',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-01-21'),
      ),
    ],
  ),
  c(
    'b135-ag-volet1-hors-distanciel',
    ['negation', 'session', 'modality', 'volet'],
    [turn('entrees prepa volet 1 hors distanciel', 'agenda', [on('2027-01-18')], notOn('2027-02-08'))],
  ),
  c(
    'b135-ag-infocoll-ni-mtb-ni-castel',
    ['negation', 'town', 'abbrev', 'neither-nor'],
    [
      turn(
        'info coll ni a montauban ni a castel',
        'agenda',
        [on('2027-02-09'), on('2027-03-04')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b135-ag-prepa-pas-complet',
    ['negation', 'session', 'with-places', 'not-yet'],
    [
      turn(
        'sessions prepa qui sont pas encore completes',
        'agenda',
        [on('2027-01-18'), on('2027-02-15')],
        notOn('2027-01-25'),
      ),
    ],
  ),
  c(
    'b135-ag-formations-sans-place',
    ['negation', 'places', 'without'],
    [
      turn(
        'quelles formations sont sans place dispo en ce moment ?',
        'agenda',
        [alt('plaquiste')],
        [
          'soudeur',
          'cariste',
          'électricien d',
          'agent de propreté',
          'agent de restauration',
          'préparateur de commandes',
        ],
      ),
    ],
  ),
  c(
    'b135-ag-places-mtb-sauf-soudure',
    ['negation', 'places', 'town', 'trade'],
    [
      turn(
        'places en formation a montauban sauf soudure',
        'agenda',
        [alt('maçon'), alt('cariste'), alt('électricien')],
        ['soudeur', 'préparateur de commandes', 'agent de propreté', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b135-ag-promo-entree-plain',
    ['session', 'plain'],
    [turn('prochaine entree promo 16 18', 'agenda', [on('2027-02-01'), MONTAUBAN])],
  ),
  c(
    'b135-ag-infocoll-pec-plain',
    ['type', 'plain', 'abbrev'],
    [turn('info coll pec ?', 'agenda', [on('2027-02-09'), alt('moissac')], notOn('2027-01-14'))],
  ),
  c(
    'b135-ag-volet2-mtb-plus-de-place',
    ['negation', 'session', 'afpa-voice', 'with-places'],
    [
      turn('sur la session volet 2 de montauban du 25 il reste plus de place ?', 'agenda', [
        on('2027-01-25'),
        FULL,
      ]),
    ],
  ),
  c(
    'b135-ag-promo-places-pas-prepa',
    ['negation', 'session', 'with-places'],
    [
      turn(
        'il reste combien de places sur l entree promo, pas la prepa hein',
        'agenda',
        [seats(10)],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b135-ag-jpo-plain',
    ['type', 'plain'],
    [turn('prochaines JPO', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07'))],
  ),
  c(
    'b135-ag-visite-soudure-plain',
    ['plain', 'type', 'trade'],
    [turn('visite plateau soudure c quand', 'agenda', [on('2027-01-19')], notOn('2027-03-10'))],
  ),
];

// ── Agenda follow-ups where the exclusion comes later ───────────────────────

const agendaFollowUps: ConversationCase[] = [
  c(
    'b135-fu-infocoll-prepa-pas-mtb',
    ['follow-up', 'negation', 'town'],
    [
      turn('info coll prepa', 'agenda', [on('2027-01-14'), on('2027-01-21')], notOn('2027-02-09')),
      turn(
        'et pas a montauban ?',
        'agenda',
        [on('2027-01-21'), on('2027-03-04')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b135-fu-volet2-sans-complets',
    ['follow-up', 'negation', 'with-places', 'without'],
    [
      turn('sessions prepa volet 2', 'agenda', [on('2027-02-15')], notOn('2027-01-18')),
      turn('et sans les complets ?', 'agenda', [on('2027-02-15')], notOn('2027-01-25')),
    ],
  ),
  c(
    'b135-fu-entrees-pec-pas-distanciel',
    ['follow-up', 'negation', 'modality'],
    [
      turn('prochaines entrees PEC', 'agenda', [on('2027-01-20')]),
      turn(
        'et pas en distanciel ?',
        'agenda',
        [any(on('2027-01-20'), on('2027-02-10'))],
        notOn('2027-03-03'),
      ),
    ],
  ),
  c(
    'b135-fu-visites-hors-soudure',
    ['follow-up', 'negation', 'trade'],
    [
      turn('visite de plateaux technique', 'agenda', [on('2027-01-19'), on('2027-03-10')]),
      turn('et hors soudure ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b135-fu-reunions-sauf-logistique',
    ['follow-up', 'negation', 'trade'],
    [
      turn('reunion metiers', 'agenda', [on('2027-01-26'), on('2027-02-23')]),
      turn('toutes sauf logistique', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
    ],
  ),
  c(
    'b135-fu-places-a-part-mtb',
    ['follow-up', 'negation', 'places', 'town'],
    [
      turn('places dispo en formation', 'agenda', [alt('soudeur', 'cariste', 'maçon', 'électricien')]),
      turn(
        'a part montauban ?',
        'agenda',
        [alt('préparateur'), alt('propreté'), alt('restauration')],
        AT_MONTAUBAN_TRAININGS,
      ),
    ],
  ),
  c(
    'b135-fu-jpo-plus-janvier-hors-mtb',
    ['follow-up', 'negation', 'month', 'town'],
    [
      turn('prochaines jpo', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      turn('y en a plus en janvier ?', 'agenda', [NONE]),
      turn('et hors montauban ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b135-fu-entrees-prepa-pas-mtb',
    ['follow-up', 'negation', 'town', 'session'],
    [
      turn('prochaines entrees prepa comp', 'agenda', [on('2027-01-18')]),
      turn(
        'pas a montauban ?',
        'agenda',
        [any(on('2027-02-08'), on('2027-02-15'), on('2027-03-08'))],
        [...notOn('2027-01-18'), ...notOn('2027-01-25')],
      ),
    ],
  ),
  c(
    'b135-fu-infocoll-fevrier-sauf-prepa',
    ['follow-up', 'negation', 'month', 'dispositif-filter'],
    [
      turn('infos coll en fevrier', 'agenda', [on('2027-02-09'), on('2027-02-11')], notOn('2027-01-14')),
      turn('sauf prepa', 'agenda', [on('2027-02-09')], notOn('2027-02-11')),
    ],
  ),
  c(
    'b135-fu-semaine-pro-a-part-mtb',
    ['follow-up', 'negation', 'relative-date', 'town'],
    [
      turn(
        'qu est ce qu il y a la semaine prochaine',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        notOn('2027-01-14'),
      ),
      turn('a part a montauban ?', 'agenda', [on('2027-01-21')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b135-fu-cariste-autre-logistique',
    ['follow-up', 'other-than', 'trade', 'places'],
    [
      turn('places cariste', 'agenda', [alt('cariste'), [...on('2027-01-27'), ...seats(6)]]),
      turn(
        'et autre chose que cariste en logistique ?',
        'agenda',
        [alt('préparateur'), [...on('2027-03-01'), ...seats(5), 'castel']],
        ['cariste d’entrepôt', "cariste d'entrepôt"],
      ),
    ],
  ),
];

// ── Eligibility, with a negated fact ─────────────────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b135-el-ni-rsa-ni-suivi',
    ['negation', 'neither-nor'],
    [
      turn('il est ni au RSA ni suivi par nous, il peut quand meme faire la prepa ?', 'eligibility', [
        NOT_THROUGH_CD,
        ELSEWHERE,
      ]),
    ],
  ),
  c(
    'b135-el-plus-ase-18-ans',
    ['negation', 'no-longer', 'abbrev'],
    [
      turn(
        "educ ase : elle est plus a l'ASE depuis ses 18 ans, la promo 1618 c encore jouable ?",
        'eligibility',
        [NOT_ELIGIBLE, alt('mineur', '18 ans', 'majeur', '16 à 18', '16 et 18', '16-17', '16 ou 17')],
      ),
    ],
  ),
  c(
    'b135-el-pas-encore-16',
    ['negation', 'not-yet', 'abbrev'],
    [
      turn('jeune ase il a pas encore 16 ans (15 et demi), decroche, promo ?', 'eligibility', [
        NOT_ELIGIBLE,
        ['16'],
      ]),
    ],
  ),
  c(
    'b135-el-pas-inscrite-ft',
    ['negation', 'abbrev', 'sms'],
    [
      turn('brsa suivie cd pas inscrite a FT, ca bloque pour la prepa ?', 'eligibility', [
        any(NOT_REGISTERED_TOO, ELIGIBLE),
      ]),
    ],
  ),
  c(
    'b135-el-pas-en-pec',
    ['negation'],
    [
      turn('monsieur rsa suivi cd mais pas en contrat pec, comp pec possible ?', 'eligibility', [
        NOT_ELIGIBLE,
        alt('contrat pec', 'contrat p.e.c', 'parcours emploi compétences', 'en pec', 'signataire'),
      ]),
    ],
  ),
  c(
    'b135-el-promo-ok-ni-ecole-ni-travail',
    ['negation', 'neither-nor', 'abbrev'],
    [
      turn(
        'jeune 17 ans ase, plus au lycee depuis juin, travaille pas, pas en formation non plus : promo ?',
        'eligibility',
        [any(ELIGIBLE, ML, alt(' cio', '(cio', 'c.i.o'))],
      ),
    ],
  ),
  c(
    'b135-el-promo-encore-scolarise',
    ['negation', 'not-yet'],
    [
      turn(
        'educ ase: jeune 16 ans, il a pas encore quitter le lycee, il est en seconde. promo ?',
        'eligibility',
        [NOT_ELIGIBLE, alt('scolaris', 'lycée', 'quitté', 'décroch')],
      ),
    ],
  ),
  c(
    'b135-el-pas-de-projet',
    ['negation', 'volet'],
    [
      turn('homme 50 ans rsa suivi cd, pas de projet pro du tout, prepa comp ?', 'eligibility', [
        ELIGIBLE,
        VOLET1,
      ]),
    ],
  ),
  c(
    'b135-el-ase-pas-ml',
    ['negation', 'prescriber'],
    [
      turn(
        'je suis educ a l ase, un jeune de 16 ans pas suivi par la ML il peut aller a la promo ?',
        'eligibility',
        [
          alt('aide sociale à l’enfance', ' ase', 'a.s.e', '(ase'),
          any(ELIGIBLE, alt('peuvent bénéficier', 'orientation facilitée')),
        ],
      ),
    ],
  ),
  c(
    'b135-el-plain',
    ['plain', 'abbrev'],
    [turn('dame 52 ans brsa suivie cd, prepa comp ok ?', 'eligibility', [ELIGIBLE])],
  ),
];

// ── Follow-ups on a person or a dispositif, negation in the follow-up ──────

const followUps: ConversationCase[] = [
  c(
    'b135-fu-prepa-pas-au-rsa',
    ['follow-up', 'negation'],
    [
      turn('prepa comp c pour qui', 'dispositif', [alt('rsa', 'r.s.a')]),
      turn('et si elle est pas au RSA ?', 'eligibility', [
        any(FT, alt('demandeur d’emploi', 'demandeurs d’emploi')),
      ]),
    ],
  ),
  c(
    'b135-fu-promo-age-pas-encore-16',
    ['follow-up', 'not-yet'],
    [
      turn('la promo c pour quel age', 'dispositif', [AGE_1618]),
      turn('et s il a pas encore 16 ans ?', 'eligibility', [NOT_ELIGIBLE, ['16']]),
    ],
  ),
  c(
    'b135-fu-pec-pas-de-vae',
    ['follow-up', 'negation'],
    [
      turn('comp pec c quoi', 'dispositif', [alt('vae', 'v.a.e', 'rsfp', 'cléa', 'certification')]),
      turn('et s il veut pas faire de vae ?', 'dispositif', [VAE_ALTERNATIVES, CLEA]),
    ],
  ),
  c(
    'b135-fu-prepa-pas-presentiel-promo',
    ['follow-up', 'negation', 'modality'],
    [
      turn('prepa comp ca dure combien', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('et sans venir sur place c possible ?', 'dispositif', [REMOTE]),
      turn('et pour la promo c pareil ?', 'dispositif', [ONSITE], ['tout ou partie']),
    ],
  ),
  c(
    'b135-fu-contact-pas-directeur',
    ['follow-up', 'negation'],
    [
      turn('contact afpa pour les dispositifs ?', 'contact', [any(DIRECTOR, RAP)]),
      turn('pas le directeur, la personne qui gere la promo au quotidien', 'contact', [RAP]),
    ],
  ),
  c(
    'b135-fu-objectifs-sans-promo',
    ['follow-up', 'without'],
    [
      turn('objectifs 2022 de l accord ?', 'figures', [TARGET_PREPA, TARGET_PEC, TARGET_PROMO]),
      turn(
        'et sans compter la promo',
        'figures',
        [TARGET_PREPA, TARGET_PEC],
        ['10 jeunes', 'objectif de 10', 'objectif : 10'],
      ),
    ],
  ),
  c(
    'b135-fu-prescrit-a-part-nous',
    ['follow-up', 'other-than', 'prescriber'],
    [
      turn('qui peut prescrire la prepa comp ?', 'dispositif', [PRESCRIBED_BY_DEPARTEMENT]),
      turn('et a part nous ?', 'dispositif', [
        alt('pôle emploi', 'pole emploi', 'france travail', 'conseiller en évolution professionnelle'),
      ]),
    ],
  ),
  c(
    'b135-fu-sans-ft-puis-prescrire',
    ['follow-up', 'without'],
    [
      turn('je peux prescrire moi meme sans passer par FT ?', 'dispositif', [
        any(PRESCRIBED_BY_DEPARTEMENT, alt('directement', 'sans passer')),
      ]),
      turn('ok alors je prescris une prepa pour mme D', 'prescribe', FORM),
    ],
  ),
  c(
    'b135-fu-pec-employeur-pas-daccord',
    ['follow-up', 'negation', 'who-agrees'],
    [
      turn(
        'monsieur 40 ans rsa suivi cd, en pec depuis 1 mois dans une asso, employeur ok, comp pec ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('et si l employeur est pas d accord ?', 'eligibility', [
        any(NOT_ELIGIBLE, EMPLOYER_AGREES, alt('nécessaire', 'indispensable', 'obligatoire', 'condition')),
      ]),
    ],
  ),
  c(
    'b135-fu-dame-projet-entree',
    ['follow-up', 'negation', 'modality', 'session'],
    [
      turn('dame 35 ans rsa suivie cd pas inscrite ft, prepa comp ?', 'eligibility', [ELIGIBLE]),
      turn('elle a pas de projet precis, quel volet ?', 'dispositif', [alt('volet 1', 'volet1')]),
      turn('et une entree bientot pas a distance ?', 'agenda', [on('2027-01-18')], notOn('2027-02-08')),
    ],
  ),
  c(
    'b135-fu-promo-pas-plus-3-mois',
    ['follow-up', 'negation'],
    [
      turn('la promo 1618 ca dure combien', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
      turn('ca peut pas aller au dela de 3 mois ?', 'dispositif', [PROMO_4_MONTHS]),
    ],
  ),
  c(
    'b135-fu-prescrire-puis-laisser-tomber',
    ['follow-up', 'cancel'],
    [
      turn('je veux prescrire une prepa comp', 'prescribe', FORM),
      turn('non laisse tomber, pas maintenant', 'other', [
        alt('annul', 'abandonn', 'arrêt', 'pas envoy', 'pas été envoy', 'interromp', 'plus tard'),
      ]),
    ],
  ),
  c(
    'b135-fu-rsfp-pas-les-prerequis',
    ['follow-up', 'negation'],
    [
      turn('rsfp c pour qui', 'dispositif', [alt('prérequis', 'pré-requis')]),
      turn('et s il a les prerequis, pas besoin de rsfp ?', 'dispositif', [alt('vae', 'v.a.e')]),
    ],
  ),
  c(
    'b135-fu-promo-eligible-pas-mars',
    ['follow-up', 'negation', 'session'],
    [
      turn('jeune 17 ans ase decroche depuis septembre, promo 1618 ?', 'eligibility', [
        any(ELIGIBLE, ML, alt(' cio', '(cio', 'c.i.o')),
      ]),
      turn('ca demarre quand, pas en mars j espere', 'agenda', [on('2027-02-01')]),
    ],
  ),
  c(
    'b135-fu-pas-payant-pec-non-plus',
    ['follow-up', 'negation', 'cost'],
    [
      turn("c'est pas payant la prepa hein ?", 'dispositif', [FREE]),
      turn('et la pec non plus ?', 'dispositif', [FREE]),
    ],
  ),
  c(
    'b135-fu-pas-de-tel-cote-cd',
    ['follow-up', 'negation'],
    [
      turn(
        'vous avez pas un num ou un mail a l afpa ?',
        'contact',
        [any(DIRECTOR, RAP)],
        ['05 63', '0563', '@afpa'],
      ),
      turn('et cote cd, c qui ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
];

// ── Outside the agreement ───────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b135-oos-rsa-suspendu-absent',
    ['negation', 'rsa-rules'],
    [turn('si il va pas aux ateliers prepa, son rsa est suspendu ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b135-oos-pas-de-voiture',
    ['negation', 'transport'],
    [
      turn(
        'elle a pas de voiture, le CD rembourse les trajets jusqu a montauban ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b135-oos-promo-pas-payes',
    ['negation', 'benefit'],
    [
      turn(
        'les jeunes de la promo sont pas payes ?',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b135-oos-sans-titre-sejour',
    ['without', 'rsa-rules'],
    [
      turn(
        'sans titre de sejour elle peut faire le francais a visee pro ?',
        'out_of_scope',
        [SILENT],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b135-oos-prepa-samedi',
    ['negation', 'schedule'],
    [turn("la prepa c'est pas le samedi ?", 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b135-oos-abandon-sans-penalite',
    ['negation', 'rsa-rules'],
    [turn('si elle abandonne en cours de prepa y a pas de penalite ?', 'out_of_scope', [SILENT], NO_BOUNCE)],
  ),
  c(
    'b135-oos-hebergement-mobilite',
    ['negation', 'cost'],
    [
      turn(
        "l'hebergement pendant la mobilite de la promo, c pas a la charge de la famille ?",
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b135-oos-montant-rsa-plain',
    ['plain', 'benefit'],
    [
      turn(
        'c combien le rsa pour une personne seule',
        'out_of_scope',
        [SILENT],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
];

// ── Figures and targets ─────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b135-fig-objectifs-sauf-prepa',
    ['negation', 'except'],
    [
      turn(
        'objectifs chiffres sauf prepa, les deux autres',
        'figures',
        [TARGET_PEC, TARGET_PROMO],
        ['30 allocataires', 'objectif de 30', 'objectif : 30', '30 brsa'],
      ),
    ],
  ),
  c(
    'b135-fig-pec-pas-30',
    ['negation', 'correction'],
    [turn("l'objectif pec c'est pas 30 ?", 'figures', [TARGET_PEC])],
  ),
  c(
    'b135-fig-promo-pas-35000',
    ['negation', 'correction'],
    [turn('objectif promo c pas 35000 jeunes ?? pour nous', 'figures', [TARGET_PROMO])],
  ),
  c(
    'b135-fig-remontent-pas-au-cd',
    ['negation', 'afpa-voice'],
    [
      turn('les chifres des dispositifs on les remonte pas au CD directement ?', 'figures', [
        alt('dgefp', 'd.g.e.f.p'),
        alt('ddetspp', 'd.d.e.t.s.p.p', 'comité de pilotage', 'copil', 'bilan annuel'),
      ]),
    ],
  ),
  c(
    'b135-fig-ase-promo-pas-national',
    ['negation'],
    [
      turn(
        'combien de jeunes ase orientes vers la promo chez nous, pas le chiffre national',
        'figures',
        [NOT_AVAILABLE, TARGET_PROMO],
        ['35 000', '35000', '35\u00a0000', '35\u202f000'],
      ),
    ],
  ),
  c(
    'b135-fig-objectif-prepa-plain',
    ['plain', 'abbrev'],
    [turn('objectif prepa comp ?', 'figures', [TARGET_PREPA])],
  ),
];

// ── Whom to contact ─────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b135-ct-pas-le-directeur',
    ['negation'],
    [turn("pas le directeur, qui s'occupe des dispositifs au quotidien a l'afpa", 'contact', [RAP])],
  ),
  c(
    'b135-ct-pas-pole-emploi',
    ['negation', 'abbrev'],
    [turn("c'est pas FT qu'on appelle pour une question sur la prepa ?", 'contact', [any(RAP, DIRECTOR)])],
  ),
  c(
    'b135-ct-a-part-afpa-cote-cd',
    ['other-than', 'abbrev'],
    [turn("a part l'afpa, c qui cote CD l'interlocuteur pour ces dispositifs", 'contact', [DEPT_REFERENT])],
  ),
  c(
    'b135-ct-suivi-accord-pas-president',
    ['negation'],
    [
      turn("qui suit l'accord cote departement, pas le president en personne quand meme ?", 'contact', [
        any(alt('représentant', 'représentante', 'son(sa) représentant'), DEPT_REFERENT),
      ]),
    ],
  ),
  c('b135-ct-plain', ['plain'], [turn('qui contacter a l afpa montauban', 'contact', [any(DIRECTOR, RAP)])]),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b135-pr-prepa-pas-distance',
    ['negation', 'modality'],
    [
      turn(
        'je veux prescrire une prepa pour un monsieur, pas a distance il a pas internet',
        'prescribe',
        FORM,
      ),
    ],
  ),
  c(
    'b135-pr-pec-pas-prepa',
    ['negation', 'abbrev'],
    [turn('inscrire une dame en comp pec (pas prepa)', 'prescribe', [...FORM, PEC_NAME])],
  ),
  c(
    'b135-pr-promo-ni-prepa-ni-pec',
    ['neither-nor', 'abbrev'],
    [
      turn('je veux positionner un jeune ase, ni prepa ni pec : la promo 1618', 'prescribe', [
        ...FORM,
        PROMO_NAME,
      ]),
    ],
  ),
  c(
    'b135-pr-castel-pas-mtb-complet',
    ['negation', 'session', 'town'],
    [
      turn('prescrire prepa volet 2 a castel, pas montauban c complet', 'prescribe', [
        ...FORM,
        on('2027-02-15'),
      ]),
    ],
  ),
  c(
    'b135-pr-volet1-pas-le-18',
    ['negation', 'session'],
    [
      turn('prescription prepa volet 1 mais pas la session du 18 janvier, la suivante', 'prescribe', [
        ...FORM,
        [...on('2027-02-08'), ...on('2027-03-08')],
      ]),
    ],
  ),
  c(
    'b135-pr-pec-plain',
    ['plain'],
    [turn('prescrire comp pec pour un monsieur en contrat pec, employeur ok', 'prescribe', FORM)],
  ),
];

// ── Everything else the agreement settles ───────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b135-ot-accord-pas-fini',
    ['negation'],
    [
      turn("l'accord il est pas fini depuis fin 2023 ?", 'other', [
        alt('2 ans', 'deux ans'),
        alt('avenant', 'prolong', 'poursuite', 'reconduit', 'reconduction', 'modifié', 'complété'),
      ]),
    ],
  ),
  c(
    'b135-ot-resilier-pas-du-jour',
    ['negation'],
    [
      turn('on peut pas resilier le partenariat du jour au lendemain ?', 'other', [
        alt('2 mois', 'deux mois'),
      ]),
    ],
  ),
  c(
    'b135-ot-panda-pas-afpa-inscrit',
    ['negation', 'panda'],
    [turn("sur panda c'est pas l'afpa qui inscrit les gens ?", 'other', [PANDA, REFERENT])],
  ),
  c(
    'b135-ot-afpa-passe-plus',
    ['negation', 'no-longer'],
    [
      turn("l'afpa vient plus nous presenter ses actions en reunion d'equipe ?", 'other', [
        alt('semestre', 'deux fois par an', '2 fois par an', 'semestriel'),
      ]),
    ],
  ),
  c(
    'b135-ot-logo-pas-cd',
    ['negation', 'afpa-voice'],
    [
      turn('sur nos flyers on met pas le logo du CD ?', 'other', [
        alt('état', 'etat'),
        alt('plan d’investissement', 'p.i.c', ' pic'),
      ]),
    ],
  ),
  c(
    'b135-ot-habilitation-pas-nous',
    ['negation', 'afpa-voice', 'panda'],
    [
      turn('cote afpa on habilite pas nous memes les referents sur panda ?', 'other', [
        alt('habilit'),
        alt('afpa', 'a.f.p.a'),
      ]),
    ],
  ),
  c(
    'b135-ot-plus-entrer-apres-31-dec',
    ['negation', 'no-longer'],
    [
      turn('on peut plus faire entrer de brsa en prepa apres le 31 decembre ?', 'other', [
        alt('31 décembre', '31/12'),
      ]),
    ],
  ),
  c(
    'b135-ot-donnees-pas-partagees',
    ['negation'],
    [
      turn("les donnees de mes beneficiaires elles sont pas partagees n'importe comment ?", 'other', [
        alt(
          'rgpd',
          'r.g.p.d',
          '2016/679',
          'informatique et libertés',
          '1978',
          'confidential',
          'données personnelles',
        ),
      ]),
    ],
  ),
];

export const HUNDRED_THIRTY_FIFTH_BLIND_SET: ConversationCase[] = [
  ...dispositifs,
  ...twoInOne,
  ...agenda,
  ...agendaFollowUps,
  ...eligibility,
  ...followUps,
  ...outOfScope,
  ...figures,
  ...contacts,
  ...prescribe,
  ...other,
];
