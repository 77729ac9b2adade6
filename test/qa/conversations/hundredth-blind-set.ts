/**
 * Hundredth blind set: référents insertion of the Département de Tarn-et-Garonne (CD82), new
 * to the job, talking to the bot in Teams: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML,
 * RQTH, ASE, info coll, JPO), no accents, typos, SMS style, long rambling messages, follow-ups
 * that only make sense after the previous turn, and the usual confusions (the PEC contract
 * with the Compétences PEC programme, Pôle emploi with France Travail, an info coll with a JPO).
 *
 * Written blind from the agreement (Département – AFPA, 2022, its action plan and the protocol
 * of the three programmes), the product guide and the agenda fixture (today frozen at Monday
 * 11 January 2027, 9:00 Europe/Paris), without seeing the bot, its tests or the other sets.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, plus 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const VOLET1_DURATION = ['5 à 6 jours', '5 à 6 j', 'cinq à six jours', '5-6 jours', '5 ou 6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours'];
const CERTIFICATIONS = [
  'vae',
  'v.a.e',
  'rsfp',
  'r.s.f.p',
  'cléa',
  'clea',
  'certification',
  'validation des acquis',
];
const MON_TO_THU = ['lundi au jeudi', 'du lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi'];
const REMOTE = ['distance', 'distanciel'];
const DELOCALISED = [
  'délocalis',
  'ensemble du département',
  'tout le département',
  'dans le département',
  'sur le département',
  'autres communes',
  'ailleurs',
];
const FREE = [
  'sans contrepartie financière',
  'sans contrepartie',
  'gratuit',
  'sans frais',
  'aucun coût',
  'pas de coût',
  'rien à payer',
  'ne coûte rien',
  'financé par l’état',
  "financé par l'état",
  'financés par l’état',
  "financés par l'état",
  'pris en charge par l’état',
  "pris en charge par l'état",
  'investissement dans les compétences',
  'p.i.c',
];
const BILAN = ['bilan individuel', 'bilan'];
const ML_CIO = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const PARENTS = ['autorisation parentale', 'autorisations parentales', 'parents', 'parental'];
const AFTER_PROMO = ['6 mois', 'six mois'];
const TIME_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const TIME_1400 = ['14h', '14 h', '14:00'];
const FULL = [
  'complet',
  ' 0 place',
  'plus de place',
  'aucune place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune',
];
const NOT_REGISTERED = [
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'non inscrite',
  'pas inscrit',
  'pas inscrite',
  'pas besoin',
  'pas obligatoire',
  'pas nécessaire',
  'sans être inscrit',
  'même si',
  'même sans',
  'pas une condition',
];
const FRANCE_TRAVAIL = ['france travail', 'pôle emploi', 'pole emploi'];

/** The agreement does not cover it: many wordings, never an invented answer. */
const NOT_COVERED = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne traite pas',
  'ne mentionne pas',
  'ne parle pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne concerne pas',
  'pas couvert',
  'ne porte pas',
  'ne fournit pas',
  'ne donne pas',
  'ne contient pas',
  'ne figure pas',
  'pas mentionné',
  'pas précisé',
  'rien sur',
  'n’indique pas',
  "n'indique pas",
  'ne sais pas',
  'pas en mesure',
  'ne peux pas répondre',
  'ne peux pas vous répondre',
  'je n’ai pas',
  "je n'ai pas",
];
/** Figures that the bot cannot know yet (nothing realised is published). */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'pas de donnée',
  'aucune donnée',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'aucun',
  'aucune',
  'pas connu',
  ...NOT_COVERED,
];

const YES = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut être orienté',
  'peut suivre',
  'peut faire',
  'peut y',
  'possible',
  'correspond',
];
const NOT_YES = ['pas éligible', 'n’est pas éligible', "n'est pas éligible", 'non éligible', 'inéligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'n’est pas',
  "n'est pas",
  'ne relève pas',
  'pas possible',
  'réservé',
  'ne remplit pas',
  'ne correspond pas',
  'ne répond pas',
  'uniquement',
  'seulement',
  'non,',
  'non.',
];
const NOT_NO = ['est éligible'];
/** Why an age does not fit La Promo 16/18 (« Promo 16/18 » alone says nothing). */
const MIN_AGE = [
  '16 ans',
  '17 ans',
  '18 ans',
  'mineur',
  'entre 16',
  'à partir de 16',
  'moins de 18',
  '16 à 18 ans',
];

const HELP = ['dispositif', 'agenda', 'prescri', 'éligib'];
const FORM = ['formulaire', 'fiche', 'remplir', 'remplissez', 'étape', 'panda', 'inscri'];

const OTHER_TRADES = ['maçon', 'cariste', 'plaquiste', 'électricien', 'propreté', 'restauration'];

// ── Dispositif ──────────────────────────────────────────────────────────────

const DISPOSITIF: ConversationCase[] = [
  c(
    'b100-dis-01',
    ['prepa', 'sms'],
    [turn('c koi prepa comp ?', 'dispositif', [PREPA_DURATION, ['projet', 'formation']])],
  ),
  c(
    'b100-dis-03',
    ['prepa', 'volets'],
    [
      turn('c quoi la diff entre volet 1 et volet 2 de la prepa ??', 'dispositif', [
        ['consolid', 'projet professionnel', 'diagnostic'],
        ['sécuris', 'entrée en formation'],
      ]),
      turn(
        'et ca dure combien chaque volet',
        'dispositif',
        [VOLET1_DURATION, VOLET2_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b100-dis-04',
    ['pec', 'confusion', 'two-questions'],
    [
      turn(
        'competences PEC c quoi exactement ? c le contrat aidé parcours emploi competences ou c autre chose ?',
        'dispositif',
        [CERTIFICATIONS, ['contrat', 'salarié', 'signataire']],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b100-dis-05',
    ['promo', 'two-questions'],
    [
      turn(
        'la promo 1618 ca dure combien et c tous les jours ?',
        'dispositif',
        [PROMO_DURATION, MON_TO_THU],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b100-dis-06',
    ['prepa', 'modality'],
    [
      turn(
        'ma personne a pas de voiture et habite loin, la prepa comp ca peut se faire a distance ?',
        'dispositif',
        [REMOTE],
      ),
    ],
  ),
  c(
    'b100-dis-07',
    ['promo', 'prescriber'],
    [turn('qui peut prescrire la promo 16 18 ? nous le CD on peut ?', 'dispositif', [ML_CIO])],
  ),
  c(
    'b100-dis-09',
    ['cost'],
    [turn('ca coute qqch au departement de prescrire une prepa comp ?', 'dispositif', [FREE], ['€'])],
  ),
  c(
    'b100-dis-10',
    ['prepa', 'remuneration', 'silent'],
    [turn('les gens en prepa comp ils sont remunerés pendant ?', 'dispositif', [NOT_COVERED], ['€'])],
  ),
  c(
    'b100-dis-11',
    ['report'],
    [
      turn('a la fin de la prepa comp j ai un retour moi en tant que referente ?', 'dispositif', [BILAN]),
      turn('et pour le pec aussi ?', 'dispositif', [BILAN, ['vae', 'v.a.e', 'pec', 'p.e.c']]),
    ],
  ),
  c(
    'b100-dis-12',
    ['prepa', 'place', 'two-questions'],
    [
      turn('prepa comp c ou ? que a montauban ou aussi ailleurs dans le 82 ?', 'dispositif', [
        ['montauban'],
        DELOCALISED,
      ]),
    ],
  ),
  c(
    'b100-dis-13',
    ['promo', 'follow-up'],
    [
      turn('promo 1618 apres les 13 semaines le jeune est lache dans la nature ?', 'dispositif', [
        AFTER_PROMO,
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b100-dis-14',
    ['rsfp'],
    [
      turn('c quoi RSFP ?', 'dispositif', [
        ['reconnaissance des savoir', 'savoir-faire', 'savoir faire'],
        ['vae', 'v.a.e', 'prérequis'],
      ]),
    ],
  ),
  c(
    'b100-dis-15',
    ['clea', 'two-questions'],
    [
      turn('clea c quoi et y a une version numerique ?', 'dispositif', [
        ['compétences de base', 'socle', 'certification'],
        ['cléa numérique', 'clea numerique', 'numérique'],
      ]),
    ],
  ),
  c(
    'b100-dis-17',
    ['fle'],
    [
      turn(
        'j ai un monsieur primo arrivant, il parle pas bien francais, l afpa a un truc pour ca ?',
        'dispositif',
        [['français à visée professionnelle', 'français langue étrangère', 'fle', 'visée professionnelle']],
      ),
    ],
  ),
  c(
    'b100-dis-18',
    ['promo', 'content'],
    [
      turn('la promo 16/18 c quoi les phases', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['suite', 'préparation'],
      ]),
    ],
  ),
  c(
    'b100-dis-19',
    ['panda'],
    [
      turn('c quoi PANDA on m en parle tout le temps', 'dispositif', [
        ['plateforme', 'outil'],
        ['traçabilité', 'trace', 'tracé', 'suivi'],
      ]),
    ],
  ),
  c(
    'b100-dis-21',
    ['compare'],
    [
      turn('cest quoi la prepa comp', 'dispositif', [PREPA_DURATION]),
      turn('et le pec ?', 'dispositif', [PEC_DURATION, CERTIFICATIONS], ['2 à 8 jours', '13 semaines']),
      turn('et la promo ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    ],
  ),
  c(
    'b100-dis-22',
    ['pec', 'vae'],
    [
      turn('cb de jours pour la vae dans competences pec ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b100-dis-23',
    ['pec', 'two-questions'],
    [
      turn(
        'competences pec c combien de jours et ca debouche sur quoi a la fin',
        'dispositif',
        [PEC_DURATION, CERTIFICATIONS],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b100-dis-24',
    ['promo', 'place'],
    [
      turn('la promo c ou ?', 'dispositif', [['montauban', 'village', 'centre afpa', 'présentiel']]),
      turn('et c tous les jours ?', 'dispositif', [MON_TO_THU]),
    ],
  ),
  c(
    'b100-dis-25',
    ['reports', 'two-questions'],
    [
      turn('l afpa elle envoie ses chiffres a qui et a quel rythme', 'dispositif', [
        ['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'],
        ['mensuel', 'chaque mois', 'tous les mois', 'annuel', 'trimestri'],
      ]),
    ],
  ),
  c(
    'b100-dis-27',
    ['prepa', 'two-questions', 'remuneration'],
    [
      turn(
        'prepa comp ca dure combien et c est payé pour la personne ?',
        'dispositif',
        [PREPA_DURATION, NOT_COVERED],
        ['€'],
      ),
    ],
  ),
];

// ── Agenda ──────────────────────────────────────────────────────────────────

const AGENDA: ConversationCase[] = [
  c(
    'b100-age-01',
    ['info-coll', 'prepa'],
    [
      turn(
        'c quand la prochaine info coll prepa comp ?',
        'agenda',
        [on('2027-01-14'), ['montauban']],
        [...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b100-age-03',
    ['relative-date'],
    [
      turn('y a un truc demain ?', 'agenda', [['aucun', 'rien', 'pas d’', "pas d'", 'aucune']]),
      turn('et jeudi ?', 'agenda', [on('2027-01-14')], [...notOn('2027-01-07')]),
    ],
  ),
  c(
    'b100-age-05',
    ['jpo', 'town'],
    [
      turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], [...notOn('2027-01-07')]),
      turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], [...notOn('2027-02-03')]),
    ],
  ),
  c(
    'b100-age-06',
    ['seats', 'prepa'],
    [turn('il reste de la place en prepa comp volet 2 ?', 'agenda', [on('2027-02-15'), seats(5)])],
  ),
  c(
    'b100-age-07',
    ['session', 'pec', 'relative-date'],
    [
      turn(
        'entrees pec atelier 2 la semaine pro ?',
        'agenda',
        [on('2027-01-20'), seats(4)],
        [...notOn('2027-03-03')],
      ),
    ],
  ),
  c(
    'b100-age-10',
    ['places', 'two-questions'],
    [
      turn(
        'formation cariste il reste cmb de places et ca commence qd',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b100-age-11',
    ['town', 'relative-date'],
    [
      turn(
        'y a des trucs a castel la semaine prochaine ?',
        'agenda',
        [on('2027-01-21'), ['castelsarrasin']],
        [...notOn('2027-02-15'), ...notOn('2027-03-01')],
      ),
    ],
  ),
  c(
    'b100-age-12',
    ['info-coll', 'relative-date'],
    [
      turn(
        'en mars y a quoi comme info coll ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-17')],
        [...notOn('2027-02-11'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b100-age-13',
    ['session', 'promo'],
    [turn('la promo 16 18 prochaine entree c quand', 'agenda', [on('2027-02-01'), ['montauban']])],
  ),
  c(
    'b100-age-14',
    ['reunion-metier', 'relative-date'],
    [
      turn(
        'fin du mois y a une reunion metier ?',
        'agenda',
        [on('2027-01-26'), ['logistique']],
        [...notOn('2027-02-23')],
      ),
    ],
  ),
  c(
    'b100-age-15',
    ['reunion-metier', 'seats'],
    [
      turn(
        'reunion metier batiment c quand ?',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        [...notOn('2027-01-26')],
      ),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b100-age-16',
    ['session', 'prepa', 'modality'],
    [
      turn(
        'prochaine session prepa comp a distance ?',
        'agenda',
        [on('2027-02-08'), seats(8)],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b100-age-17',
    ['confusion', 'jpo', 'relative-date'],
    [
      turn(
        'y a bien une jpo jeudi ? je dois y envoyer une dame',
        'agenda',
        [[...on('2027-01-14'), ...on('2027-02-03')]],
        [...notOn('2027-01-07')],
      ),
    ],
  ),
  c('b100-age-18', ['places', 'full'], [turn('plaquiste y a de la place ?', 'agenda', [FULL])]),
  c(
    'b100-age-20',
    ['relative-date'],
    [
      turn(
        'tu peux me donner l agenda de la semaine prochaine stp',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b100-age-21',
    ['places', 'town'],
    [
      turn(
        'c quoi les formations a moissac ou il reste des places',
        'agenda',
        [['propreté'], seats(7)],
        ['soudeur', 'plaquiste'],
      ),
    ],
  ),
  c(
    'b100-age-22',
    ['info-coll', 'pec', 'seats'],
    [
      turn('info coll pec c quand ?', 'agenda', [on('2027-02-09'), ['moissac']], [...notOn('2027-01-14')]),
      turn('combien de places ?', 'agenda', [seats(10)]),
    ],
  ),
  c(
    'b100-age-24',
    ['session', 'prepa', 'town', 'relative-date'],
    [turn('prepa volet 1 a moissac en mars, ca existe ?', 'agenda', [on('2027-03-08'), seats(6)])],
  ),
  c(
    'b100-age-25',
    ['session', 'pec'],
    [turn('pec atelier 3 c quand', 'agenda', [on('2027-02-10'), seats(6)])],
  ),
  c(
    'b100-age-26',
    ['places', 'rambling'],
    [
      turn(
        'bonjour alors voila j ai une dame au rsa qui habite vers caussade, pas le permis, ca fait 2 ans qu elle cherche, elle a fait de la plonge avant, elle voudrait faire de la restauration, y a une formation pas trop loin avec de la place ?',
        'agenda',
        [['restauration'], ['caussade'], seats(4)],
        ['soudeur', 'plaquiste'],
      ),
    ],
  ),
  c(
    'b100-age-27',
    ['info-coll', 'town', 'seats'],
    [
      turn('info coll prepa jeudi c a quelle heure ?', 'agenda', [on('2027-01-14'), TIME_0930]),
      turn('et a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']]),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b100-age-28',
    ['session', 'prepa', 'relative-date'],
    [
      turn('sessions prepa comp volet 1 ?', 'agenda', [on('2027-01-18')]),
      turn('et en mars ?', 'agenda', [on('2027-03-08'), ['moissac']], [...notOn('2027-01-18')]),
    ],
  ),
  c(
    'b100-age-29',
    ['places'],
    [
      turn('formation macon il reste des places ?', 'agenda', [seats(3), on('2027-02-15')]),
      turn('et electricien ?', 'agenda', [seats(2)]),
    ],
  ),
  c(
    'b100-age-30',
    ['jpo', 'info-coll', 'two-questions'],
    [
      turn(
        'prochaine info coll prepa et prochaine jpo ?',
        'agenda',
        [on('2027-01-14'), on('2027-02-03')],
        [...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b100-age-08',
    ['visit', 'two-questions'],
    [
      turn(
        'visite plateau soudure c quand et a quelle heure',
        'agenda',
        [on('2027-01-19'), TIME_1400],
        [...notOn('2027-03-10')],
      ),
    ],
  ),
  c(
    'b100-age-09',
    ['places'],
    [
      turn(
        'des places en soudure en ce moment ?',
        'agenda',
        [seats(4), ['soudeur', 'soudure']],
        OTHER_TRADES,
      ),
    ],
  ),
  c(
    'b100-age-31',
    ['visit', 'places', 'two-questions'],
    [
      turn('soudure : y a une visite du plateau bientot ? et des places en formation ?', 'agenda', [
        on('2027-01-19'),
        seats(4),
      ]),
    ],
  ),
  c(
    'b100-age-32',
    ['info-coll', 'promo', 'two-questions'],
    [
      turn('info coll promo 16 18 c quand et c pour qui ?', 'agenda', [
        on('2027-03-17'),
        ['16 à 18', '16-18', 'jeunes', 'parents'],
      ]),
    ],
  ),
  c(
    'b100-age-33',
    ['jpo', 'confusion'],
    [
      turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], [...notOn('2027-01-07')]),
      turn('c quoi la diff avec une info coll en fait ?', 'dispositif', [
        ['portes ouvertes', 'centre', 'formations'],
        ['présentation', 'collective', 'dispositif'],
      ]),
    ],
  ),
];

// ── Eligibility ─────────────────────────────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c(
    'b100-eli-01',
    ['promo', 'ase'],
    [
      turn(
        'un jeune ASE de 17 ans decrocheur, plus rien depuis juin, il peut faire la promo 1618 ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b100-eli-02',
    ['promo', 'ase', 'age'],
    [turn('jeune de 15 ans ase, promo 16/18 possible ?', 'eligibility', [NO, MIN_AGE], NOT_NO)],
  ),
  c(
    'b100-eli-03',
    ['prepa', 'rsa', 'two-questions'],
    [
      turn(
        'une maman au rsa, 3 enfants, elle peut faire prepa comp ? et pour la garde des petits on fait comment',
        'eligibility',
        [YES, ['garde', 'enfant', 'conditions matérielles']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b100-eli-04',
    ['prepa', 'vague'],
    [
      turn('un monsieur qui sort de prison, il peut faire une prepa comp ?', 'eligibility', [
        ['rsa', 'allocataire'],
      ]),
    ],
  ),
  c(
    'b100-eli-05',
    ['prepa', 'ml'],
    [
      turn(
        'un jeune suivi ML 20 ans, pas de rsa, je peux lui prescrire prepa comp via le CD ?',
        'eligibility',
        [
          ['rsa', 'allocataire'],
          [...NO, ...FRANCE_TRAVAIL],
        ],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b100-eli-06',
    ['pec', 'rsa'],
    [
      turn(
        'mme X BRSA en contrat PEC depuis 2 mois en ehpad, competences PEC ok pour elle ?',
        'eligibility',
        [YES, ['employeur']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b100-eli-07',
    ['promo', 'school'],
    [
      turn(
        'un jeune de 17 ans qui est encore au lycee mais qui galere, il peut aller en promo ?',
        'eligibility',
        [NO, ['quitté', 'décroch', 'scolaire', 'scolarisé', 'ni en formation', 'pas en formation', 'lycée']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b100-eli-08',
    ['promo', 'vague'],
    [
      turn('j ai un jeune il peut aller en promo 16 18 ?', 'eligibility', [
        ['âge', 'mineur', '16 ans', '16 à 18 ans', 'entre 16', '16 et 18 ans', '17 ans'],
      ]),
    ],
  ),
  c(
    'b100-eli-09',
    ['prepa', 'rsa'],
    [
      turn(
        'monsieur 45 ans au rsa sans diplome, il veut rentrer en formation soudure mais il a peur de pas tenir, prepa comp c adapté ?',
        'eligibility',
        [YES, ['volet 2', 'sécuris']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b100-eli-11',
    ['promo', 'ase'],
    [
      turn(
        'j ai un jeune de 16 ans suivi ASE, deco depuis septembre, il fait rien, on peut lui proposer quoi ?',
        'eligibility',
        [['promo']],
      ),
      turn('faut l accord des parents ?', 'dispositif', [PARENTS]),
    ],
  ),
  c(
    'b100-eli-12',
    ['pec', 'no-rsa'],
    [
      turn(
        'un salarié en PEC pas au RSA, on peut le prescrire en competences PEC nous ?',
        'eligibility',
        [
          ['rsa', 'allocataire'],
          [...NO, ...FRANCE_TRAVAIL, 'mission locale', 'cap emploi'],
        ],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b100-eli-13',
    ['promo', 'age'],
    [turn('une personne au RSA de 19 ans, la promo 16/18 ca marche ?', 'eligibility', [NO, MIN_AGE], NOT_NO)],
  ),
  c(
    'b100-eli-14',
    ['prepa', 'france-travail', 'confusion'],
    [
      turn(
        'dame RSA 52 ans, aucun projet, elle sait pas quoi faire, prepa comp ?',
        'eligibility',
        [YES, ['volet 1', 'consolid', 'projet']],
        NOT_YES,
      ),
      turn('et si elle est pas inscrite a pole emploi enfin FT ?', 'eligibility', [NOT_REGISTERED], NOT_YES),
    ],
  ),
  c(
    'b100-eli-16',
    ['promo', 'ase'],
    [
      turn(
        'jeune ase 17 ans en apprentissage chez un boulanger, il peut faire la promo 16 18 en plus ?',
        'eligibility',
        [NO, ['formation', 'emploi', 'apprentissage', 'travaill']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b100-eli-18',
    ['promo', 'two-questions'],
    [
      turn(
        'jeune ASE 17 ans deco : promo ok ? et ca dure cmb',
        'eligibility',
        [YES, PROMO_DURATION],
        [...NOT_YES, '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b100-eli-19',
    ['promo', 'prescribe'],
    [
      turn(
        'jeune ase 16 ans et demi, a quitte le college, rien depuis, promo possible ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
      turn('ok comment je l inscris', 'prescribe', [
        ['panda', 'mission locale', 'invite', 'inscri', 'formulaire'],
      ]),
    ],
  ),
  c(
    'b100-eli-20',
    ['pec', 'rsa'],
    [
      turn(
        'une dame au rsa en pec dans une mairie, agent d entretien depuis 8 mois, elle voudrait faire valider son experience, c possible avec vous ?',
        'eligibility',
        [YES, ['vae', 'v.a.e', 'compétences pec', 'rsfp', 'certification']],
        NOT_YES,
      ),
      turn('ca lui prend cb de temps ?', 'dispositif', [PEC_DURATION], ['2 à 8 jours', '13 semaines']),
    ],
  ),
];

// ── Out of scope ────────────────────────────────────────────────────────────

const OUT_OF_SCOPE: ConversationCase[] = [
  c(
    'b100-oos-01',
    ['rsa'],
    [
      turn(
        'le montant du RSA pour une personne seule c combien ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'euros'],
      ),
    ],
  ),
  c(
    'b100-oos-02',
    ['permis'],
    [turn('l afpa peut financer le permis de conduire pour un BRSA ?', 'out_of_scope', [NOT_COVERED], ['€'])],
  ),
  c(
    'b100-oos-03',
    ['transport', 'two-questions'],
    [
      turn(
        'l afpa paye le transport pour aller a montauban ? et c ou exactement la prepa ?',
        'out_of_scope',
        [NOT_COVERED, ['montauban']],
        ['€'],
      ),
    ],
  ),
  c(
    'b100-oos-04',
    ['cej'],
    [turn('le CEJ on peut le cumuler avec la promo 16 18 ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b100-oos-06',
    ['housing'],
    [turn('l afpa loge les stagiaires ? mon monsieur est a la rue', 'out_of_scope', [NOT_COVERED], ['€'])],
  ),
  c(
    'b100-oos-08',
    ['other-department'],
    [
      turn('vous faites la meme chose dans le Lot ? j ai une personne a cahors', 'out_of_scope', [
        [...NOT_COVERED, 'tarn-et-garonne', 'tarn et garonne'],
      ]),
    ],
  ),
  c(
    'b100-oos-09',
    ['rsa', 'silent'],
    [turn('la personne garde son rsa pendant la prepa comp ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b100-oos-10',
    ['weather'],
    [turn('il fait quel temps demain a montauban', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b100-oos-11',
    ['sanction'],
    [
      turn(
        'si la personne vient pas a la prepa comp elle est sanctionnée sur son rsa ?',
        'out_of_scope',
        [NOT_COVERED],
        ['radiation', 'suspension'],
      ),
    ],
  ),
  c(
    'b100-oos-12',
    ['rsa'],
    [
      turn('c combien le rsa pour un couple ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros']),
      turn('ok tant pis. et la prepa comp ca dure combien ?', 'dispositif', [PREPA_DURATION]),
    ],
  ),
];

// ── Contact ─────────────────────────────────────────────────────────────────

const CONTACT: ConversationCase[] = [
  c(
    'b100-con-01',
    ['afpa'],
    [
      turn('qui je contacte a l afpa pour la prepa comp ?', 'contact', [
        ['battedou', 'responsable accompagnement', 'vella'],
      ]),
    ],
  ),
  c(
    'b100-con-03',
    ['departement'],
    [
      turn('qui est le referent de l experimentation cote departement ?', 'contact', [
        [
          'désigne',
          'désigné',
          'nommé',
          'précise pas',
          'pas indiqué',
          'ne donne pas',
          'ne nomme pas',
          'ne mentionne pas',
        ],
      ]),
    ],
  ),
  c(
    'b100-con-04',
    ['email', 'silent'],
    [
      turn(
        'j ai besoin du mail de fabienne battedou svp',
        'contact',
        [
          ['battedou', 'responsable accompagnement'],
          [
            ...NOT_COVERED,
            'pas d’adresse',
            "pas d'adresse",
            'aucune adresse',
            'pas de mail',
            'pas de courriel',
          ],
        ],
        ['@afpa.fr'],
      ),
    ],
  ),
  c(
    'b100-con-05',
    ['afpa'],
    [
      turn('qui s occupe du deploiement des prestations a l afpa ?', 'contact', [
        ['battedou', 'responsable accompagnement'],
      ]),
      turn('et le coordo departemental ?', 'contact', [['vella']]),
    ],
  ),
  c(
    'b100-con-06',
    ['signatories'],
    [turn('qui a signe l accord pour le departement ?', 'contact', [['weill']])],
  ),
  c(
    'b100-con-08',
    ['promo'],
    [
      turn(
        'je suis nouvelle, a qui je m adresse pour orienter un jeune decrocheur vers la promo 16 18, la ML ?',
        'contact',
        [ML_CIO],
      ),
    ],
  ),
  c(
    'b100-con-09',
    ['two-questions'],
    [
      turn('qui est le directeur afpa et qui gere le deploiement des 3 dispositifs ?', 'contact', [
        ['vella'],
        ['battedou', 'responsable accompagnement'],
      ]),
    ],
  ),
  c(
    'b100-con-10',
    ['afpa'],
    [
      turn('c qui fabienne battedou ?', 'contact', [
        ['responsable accompagnement', 'accompagnement et parcours'],
      ]),
      turn('et elle gere quoi', 'contact', [['prépa', 'pec', 'promo', 'déploiement']]),
    ],
  ),
];

// ── Figures ─────────────────────────────────────────────────────────────────

const FIGURES: ConversationCase[] = [
  c(
    'b100-fig-01',
    ['prepa'],
    [turn('objectif prepa comp c combien de personnes ?', 'figures', [['30']], ['50 allocataires'])],
  ),
  c(
    'b100-fig-02',
    ['two-questions'],
    [turn('c combien l objectif pour competences pec et pour prepa ?', 'figures', [['50'], ['30']])],
  ),
  c(
    'b100-fig-03',
    ['promo', 'ase'],
    [
      turn('objectif promo 16 18 pour les jeunes ase ?', 'figures', [
        [
          '10 jeunes',
          '10 personnes',
          'dix jeunes',
          'dix personnes',
          '10 orient',
          '10 bénéficiaires',
          ': 10',
          '10 ase',
        ],
      ]),
    ],
  ),
  c(
    'b100-fig-04',
    ['realised'],
    [turn('on en est ou des objectifs ? combien de prescriptions faites cette annee', 'figures', [NOT_YET])],
  ),
  c(
    'b100-fig-05',
    ['realised'],
    [
      turn('objectifs 2022 ?', 'figures', [['30'], ['50']]),
      turn('et on a fait combien en vrai ?', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b100-fig-06',
    ['promo', 'national', 'two-questions'],
    [
      turn(
        'promo 16 18 au national c combien de jeunes et c quoi l objectif de sorties positives ?',
        'figures',
        [['35 000', '35000', '35 000'], ['70']],
      ),
    ],
  ),
  c(
    'b100-fig-07',
    ['pec'],
    [
      turn('objectif pec ?', 'figures', [['50']]),
      turn('et pour l ase ?', 'figures', [
        [
          '10 jeunes',
          '10 personnes',
          'dix jeunes',
          'dix personnes',
          '10 orient',
          '10 bénéficiaires',
          ': 10',
          '10 ase',
        ],
      ]),
    ],
  ),
  c(
    'b100-fig-08',
    ['realised'],
    [turn('combien de BRSA sont entres en prepa volet 1 ce mois ci ?', 'figures', [NOT_YET])],
  ),
];

// ── Prescribe ───────────────────────────────────────────────────────────────

const PRESCRIBE: ConversationCase[] = [
  c('b100-pre-01', ['prepa'], [turn('je veux prescrire une prepa comp pour mme D', 'prescribe', [FORM])]),
  c(
    'b100-pre-02',
    ['promo'],
    [
      turn('comment on prescrit la promo 16 18', 'prescribe', [
        ['mission locale', 'panda', 'inscri', 'formulaire', 'invite'],
      ]),
    ],
  ),
  c(
    'b100-pre-03',
    ['my-prescriptions'],
    [
      turn('mes prescriptions', 'prescribe', [
        [
          'aucune prescription',
          'vos prescriptions',
          'pas encore de prescription',
          'en cours',
          'statut',
          'aucune',
        ],
      ]),
    ],
  ),
  c(
    'b100-pre-04',
    ['prepa'],
    [
      turn('je veux prescrire', 'prescribe', [['quel dispositif', 'prépa', 'pec', 'promo', 'formulaire']]),
      turn('prepa comp', 'prescribe', [['formulaire', 'fiche', 'remplir', 'remplissez']]),
    ],
  ),
  c(
    'b100-pre-05',
    ['session'],
    [
      turn('je voudrais prescrire qqn sur la session prepa du 18 janvier', 'prescribe', [
        ['formulaire', 'fiche', 'remplir', 'remplissez'],
        on('2027-01-18'),
      ]),
    ],
  ),
  c(
    'b100-pre-06',
    ['pec', 'two-questions'],
    [
      turn('pour prescrire un PEC faut faire quoi ? l employeur doit etre d accord ?', 'prescribe', [
        ['employeur'],
        ['accord', 'oui'],
      ]),
    ],
  ),
  c(
    'b100-pre-07',
    ['panda'],
    [
      turn('jveux inscrire un mec sur la prepa, c moi qui l inscris sur panda ?', 'prescribe', [
        ['panda'],
        ['habilit', 'inscri', 'référent'],
      ]),
    ],
  ),
  c(
    'b100-pre-08',
    ['france-travail', 'confusion'],
    [
      turn('on peut prescrire direct sans passer par pole emploi ?', 'prescribe', [
        ['directement', 'sans contrepartie', 'oui'],
      ]),
    ],
  ),
];

// ── Other ───────────────────────────────────────────────────────────────────

const OTHER: ConversationCase[] = [
  c('b100-oth-01', ['greeting'], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b100-oth-02', ['help'], [turn('aide', 'other', [HELP])]),
  c(
    'b100-oth-03',
    ['cancel'],
    [
      turn('annuler', 'other', [
        ['annul', 'ok', 'd’accord', "d'accord", 'c’est noté', "c'est noté", 'arrêt'],
      ]),
    ],
  ),
  c(
    'b100-oth-04',
    ['thanks'],
    [
      turn('merci bcp !', 'other', [
        [
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'bonne journée',
          'n’hésitez',
          "n'hésitez",
          'à votre service',
          'volontiers',
        ],
      ]),
    ],
  ),
  c('b100-oth-05', ['help'], [turn('tu sers a quoi ?', 'other', [HELP])]),
  c(
    'b100-oth-06',
    ['cancel', 'prescribe'],
    [
      turn('je veux prescrire', 'prescribe', [['quel dispositif', 'prépa', 'pec', 'promo', 'formulaire']]),
      turn('laisse tomber annule', 'other', [['annul', 'arrêt', 'ok', 'd’accord', "d'accord"]]),
    ],
  ),
  c(
    'b100-oth-07',
    ['greeting', 'help'],
    [
      turn('salut', 'other', [['bonjour', 'salut', 'hello']]),
      turn('c ma premiere semaine, tu peux m expliquer ce que tu fais ?', 'other', [HELP]),
    ],
  ),
];

export const HUNDREDTH_BLIND_SET: ConversationCase[] = [
  ...DISPOSITIF,
  ...AGENDA,
  ...ELIGIBILITY,
  ...OUT_OF_SCOPE,
  ...CONTACT,
  ...FIGURES,
  ...PRESCRIBE,
  ...OTHER,
];
