/**
 * Sixty-sixth blind set. Who speaks: référents insertion and travailleurs sociaux of the
 * Département (CD82) typing in Teams (abbreviations, no accents, typos, SMS style, long
 * messages with the question buried at the end, follow-ups that only make sense after the
 * previous turn), and AFPA Montauban staff (the coordinator who receives prescriptions, the
 * person who publishes the agenda).
 *
 * Written blind: from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its action plan and the protocol of the three programmes), the product guide and
 * the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without
 * reading the bot nor any other set.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA = ['prepa comp', 'prépa-comp', 'prepa-comp'];
const PEC_PROG = [
  'competences pec',
  'competences p.e.c',
  'competences – pec',
  'competences - pec',
  'competences-pec',
];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618', '16/18', '16-18'];

const PREPA_DUR = [
  '2 a 8 j',
  '2 et 8 j',
  'deux a huit jours',
  'deux et huit jours',
  '2 jours a 8 jours',
  '8 jours max',
  'huit jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const V1_DUR = ['5 a 6 j', '5 ou 6 j', '5-6 j', 'cinq a six jours', 'cinq ou six jours'];
const V2_DUR = ['4 a 8 j', '4-8 j', '4 et 8 j', 'quatre a huit jours', 'quatre et huit jours'];
const PEC_DUR = ['5 jours', 'cinq jours', '5 j de', '5 j répartis', '5 j repartis'];
const PROMO_DUR = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi-jeudi', 'lundi a jeudi', 'lun-jeu', 'lundi → jeudi'];

/** « The agreement does not say / does not cover it », in many wordings. */
const SILENT = [
  'ne prevoit pas',
  'ne prevoit rien',
  'ne dit rien',
  'ne precise pas',
  'ne precise rien',
  'hors',
  'pas prevu',
  'ne couvre pas',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne mentionne pas',
  'ne mentionne rien',
  'aborde pas',
  'ne traite pas',
  'ne parle pas',
  'ne donne pas',
  'ne fixe pas',
  'ne contient pas',
  'rien sur',
  'ne figure pas',
  'pas couvert',
  'pas mentionn',
  'indique pas',
  'aucune mention',
  'ne detaille pas',
  'pas precise',
  'en dit rien',
  'ne le dit pas',
  'aucun element',
  'dispose pas',
  'ne porte pas',
  'pas de reponse',
  'ne sais pas',
  'pas en mesure',
];

/** Figures that do not exist yet. */
const NOT_YET = [
  ...SILENT,
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnee',
  'pas de donnee',
  'pas de chiffre',
  'aucun chiffre',
  'pas connu',
  'pas publi',
  'pas de resultat',
  'aucun resultat',
  'pas consolid',
];

const NEG = [
  'pas eligible',
  'non eligible',
  'inelig',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne correspond pas',
  'ne releve pas',
  'pas concerne',
  'est pas',
  'reserve',
  'trop jeune',
  'pas accessible',
  'exclu',
  'non,',
  'non :',
  'malheureusement',
];
const POS = [
  'eligible',
  'peut beneficier',
  'peut integrer',
  'peut entrer',
  'peut suivre',
  'peut etre orient',
  'peut faire',
  'peut y',
  'oui',
  'correspond',
  'possible',
  'accessible',
  'rentre dans',
  'concern',
];
/** A clearly positive verdict, wrong for a person who is not eligible. */
const STRONG_POS = [
  'oui, il est eligible',
  'oui il est eligible',
  'oui, elle est eligible',
  'oui elle est eligible',
  'est bien eligible',
];

const FULL = [
  'complet',
  'plus de place',
  'aucune place',
  ' 0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'pas de place',
  'plus aucune',
  'zero place',
];

/** What a prescription answer offers: the form, or the steps. */
const FORM = ['formulaire', 'fiche de prescription', 'remplir', 'panda', 'adhesion', 'prescri'];

const MONTAUBAN = ['montauban'];

// ── Dispositif: facts of the three programmes ──────────────────────────────

const DISPOSITIF: ConversationCase[] = [
  c(
    'b66-disp-prepa-what',
    [],
    [
      turn(
        'c koi prepa comp en 2 mots',
        'dispositif',
        [PREPA, ['projet', 'formation', 'emploi']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b66-disp-prepa-duration',
    [],
    [
      turn(
        'prepa comp ca dure cb de temps en tout ?',
        'dispositif',
        [PREPA_DUR],
        ['13 semaines', 'treize semaines'],
      ),
    ],
  ),
  c(
    'b66-disp-prepa-duration-weeks',
    ['two-questions'],
    [
      turn(
        'bonjour, prepa comp c combien de jours et c etale sur combien de semaines ?',
        'dispositif',
        [PREPA_DUR, TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b66-disp-prepa-volets',
    [],
    [
      turn('vol 1 et vol 2 de la prepa c quoi la diff exactement, j ai jamais compris', 'dispositif', [
        ['projet'],
        ['entree en formation', 'securis'],
        [...V1_DUR, ...V2_DUR],
      ]),
    ],
  ),
  c(
    'b66-disp-prepa-distance',
    [],
    [
      turn('prepa comp on peut la faire a distance ou faut venir au centre ?', 'dispositif', [
        ['distance'],
        ['presentiel', 'sur place', 'au centre', 'dans le centre'],
      ]),
      turn('et la promo aussi ?', 'dispositif', [['presentiel', 'sur place']]),
    ],
  ),
  c(
    'b66-disp-prepa-phases',
    [],
    [
      turn('on m a parle de 4 phases dans prepa comp, c lesquelles ?', 'dispositif', [
        ['se preparer', 'preparer'],
        ['engager'],
        ['reflechir'],
        ['agir'],
      ]),
    ],
  ),
  c(
    'b66-disp-prepa-other-org',
    [],
    [
      turn(
        'la prepa comp c uniquement pr rentrer en formation a l afpa ou ca marche aussi si la pers vise un autre organisme de formation ?',
        'dispositif',
        [
          [
            'autre organisme',
            'autres organismes',
            'hors afpa',
            'hors a.f.p.a',
            'ailleurs',
            'ou ailleurs',
            'ou dans un autre',
          ],
        ],
      ),
    ],
  ),
  c(
    'b66-disp-pec-duration',
    [],
    [turn('competences PEC ca dure cb ?', 'dispositif', [PEC_DUR], ['13 semaines', '2 a 8 jours'])],
  ),
  c(
    'b66-disp-pec-certifs',
    [],
    [
      turn('a la fin de comp PEC ils peuvent passer quoi comme certif ?', 'dispositif', [
        ['vae', 'v.a.e', 'validation des acquis'],
        ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
        ['clea', 'cléa'],
      ]),
    ],
  ),
  c(
    'b66-disp-pec-phases-ateliers',
    ['two-questions'],
    [
      turn(
        'comp pec y a combien de phases ? et les ateliers de reconnaissance des acquis c combien de demi journees ?',
        'dispositif',
        [
          ['5 phases', 'cinq phases'],
          ['6 ateliers', 'six ateliers', '6 demi', 'six demi'],
        ],
      ),
    ],
  ),
  c(
    'b66-disp-pec-vae-steps',
    [],
    [
      turn('dans competences pec la vae ca se passe comment concretement (etapes, duree) ?', 'dispositif', [
        ['3 etapes', 'trois etapes', 'recevabilite'],
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 jours 1/2', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b66-disp-pec-when',
    [],
    [
      turn('le dispositif comp pec on le mobilise quand ? en fin de contrat PEC ?', 'dispositif', [
        ['signature', 'premiers mois', 'debut du contrat', 'debut du parcours', 'des le debut'],
      ]),
    ],
  ),
  c(
    'b66-disp-promo-duration-days',
    ['two-questions'],
    [
      turn(
        'la promo 1618 ca dure combien et c quels jours de la semaine ?',
        'dispositif',
        [PROMO_DUR, MON_THU],
        ['2 a 8 jours'],
      ),
    ],
  ),
  c(
    'b66-disp-promo-phases-followup',
    [],
    [
      turn(
        'promo 16 18 c quoi les grandes etapes ?',
        'dispositif',
        [['engagement'], ['construction'], ['suite']],
        ['2 a 8 jours'],
      ),
      turn('et apres la sortie du programme y a un suivi du jeune ou pas ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b66-disp-promo-4-months',
    [],
    [
      turn(
        'ma collegue dit que la promo peut durer plus que 3 mois si le jeune a besoin de temps, c vrai ? jusqu a combien ?',
        'dispositif',
        [PROMO_MAX],
      ),
    ],
  ),
  c(
    'b66-disp-promo-content',
    ['two-questions'],
    [
      turn('dans la promo ils passent le code ? et ils ont des open badges c ca ?', 'dispositif', [
        ['code de la route', 'code'],
        ['open badge'],
      ]),
    ],
  ),
  c(
    'b66-disp-where',
    [],
    [
      turn(
        'les dispositifs (prepa, comp pec, promo) c que sur montauban ou ca peut se faire ailleurs dans le 82 ?',
        'dispositif',
        [
          MONTAUBAN,
          [
            'delocalis',
            'ensemble du departement',
            'tout le departement',
            'ailleurs dans le departement',
            'autres communes',
          ],
        ],
      ),
    ],
  ),
  c(
    'b66-disp-cost',
    [],
    [
      turn(
        'question bete mais qd le CD prescrit une prepa comp y a une facture ou un cout pour nous ?',
        'dispositif',
        [
          [
            'sans contrepartie financiere',
            'aucune contrepartie',
            'pas de contrepartie',
            'gratuit',
            'aucun cout',
            'sans cout',
            'sans frais',
            'ne coute rien',
            'pas de facture',
            'aucune facture',
            'finance par l',
            'pris en charge par l',
          ],
        ],
      ),
    ],
  ),
  c(
    'b66-disp-remuneration',
    [],
    [
      turn(
        'ma benef me demande si elle sera remuneree pendant la prepa comp, je lui dis quoi ?',
        'dispositif',
        [SILENT],
        ['sera remuneree', 'est remuneree'],
      ),
    ],
  ),
  c(
    'b66-disp-report',
    [],
    [
      turn('a la fin de la prepa on recoit un bilan ? c qui qui l envoie', 'dispositif', [
        ['bilan'],
        ['afpa', 'a.f.p.a'],
      ]),
    ],
  ),
  c(
    'b66-disp-panda',
    [],
    [turn('panda c quoi ce truc ?', 'dispositif', [['trac', 'suivi des parcours', 'suivre les parcours']])],
  ),
  c(
    'b66-disp-prepa-who-and-prescriber',
    ['two-questions'],
    [
      turn('prepa comp c pour quel public et c qui qui prescrit ?', 'dispositif', [
        ['rsa'],
        ['departement', 'referent', 'cd82', 'conseil departemental', 'pole emploi', 'france travail'],
      ]),
    ],
  ),
  c(
    'b66-disp-fle',
    [],
    [
      turn(
        'j ai un monsieur primo arrivant qui parle peu francais, l afpa a un truc pour ca ? c pour qui ?',
        'dispositif',
        [['francais'], ['primo', 'debutant', 'langue etrangere', 'fle']],
      ),
    ],
  ),
  c(
    'b66-disp-afpa-staff-referent-role',
    [],
    [
      turn(
        'c est l AFPA (j anime les infos coll), avant qu un referent nous oriente qqn il doit faire quoi de son cote deja ?',
        'dispositif',
        [['adhesion', 'informe', 'panda', 'conditions materielles', 'mobilite', 'garde']],
      ),
    ],
  ),
  c(
    'b66-disp-prepa-vs-pec',
    ['two-questions'],
    [
      turn(
        'c quoi la diff entre prepa comp et comp pec ? et pr un BRSA qui vient de signer un PEC c lequel ?',
        'dispositif',
        [['projet', 'entree en formation'], PEC_PROG],
      ),
    ],
  ),
  c(
    'b66-disp-pec-then-promo',
    [],
    [
      turn('duree comp pec', 'dispositif', [PEC_DUR], ['13 semaines']),
      turn('et la promo ?', 'dispositif', [PROMO_DUR], ['2 a 8 jours']),
    ],
  ),
];

// ── Agenda, against the fixture (today: Monday 11 January 2027) ─────────────

const AGENDA: ConversationCase[] = [
  c(
    'b66-ag-next-info-coll-prepa',
    [],
    [
      turn(
        'c quand les prochaines info coll prepa comp ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-01-07'), ...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b66-ag-jpo-then-moissac',
    [],
    [
      turn('prochaines jpo ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    ],
  ),
  c(
    'b66-ag-next-week',
    [],
    [
      turn(
        'y a quoi la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b66-ag-this-week',
    [],
    [
      turn(
        'cette semaine il se passe un truc ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b66-ag-monday-entry',
    ['two-questions'],
    [
      turn(
        'lundi prochain y a bien une entree prepa comp ? ou ca ?',
        'agenda',
        [on('2027-01-18'), MONTAUBAN],
        notOn('2027-01-25'),
      ),
    ],
  ),
  c(
    'b66-ag-v2-full-then-next',
    [],
    [
      turn('il reste de la place sur le volet 2 du 25 janvier ?', 'agenda', [FULL]),
      turn('et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin'], seats(5)]),
    ],
  ),
  c(
    'b66-ag-castel-then-seats',
    [],
    [
      turn('info coll a castel c quand', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b66-ag-valence',
    [],
    [turn('valence d agen y a une info coll prevue ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21'))],
  ),
  c(
    'b66-ag-february-info-coll',
    [],
    [
      turn(
        'en fevrier y a quoi comme infos coll ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b66-ag-welding-visit',
    [],
    [turn('visite plateau soudure c quand svp', 'agenda', [on('2027-01-19')], notOn('2027-03-10'))],
  ),
  c(
    'b66-ag-visits-then-electricity-seats',
    [],
    [
      turn('les visites de plateaux techniques a venir ?', 'agenda', [on('2027-01-19'), on('2027-03-10')]),
      turn('celle d electricite il reste cb de places', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'b66-ag-logistics-then-building',
    [],
    [
      turn('reunion metier logistique ?', 'agenda', [on('2027-01-26'), MONTAUBAN]),
      turn('et batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    ],
  ),
  c(
    'b66-ag-places-welder',
    [],
    [
      turn(
        'des places en soudeur en ce moment ?',
        'agenda',
        [seats(4)],
        ['plaquiste', 'cariste', 'agent de proprete', 'agent de restauration'],
      ),
      turn('et on peut visiter l atelier avant ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
    ],
  ),
  c(
    'b66-ag-places-forklift',
    ['two-questions'],
    [
      turn(
        'cariste y a de la place ? ca demarre quand',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b66-ag-places-moissac-then-caussade',
    [],
    [
      turn('places de formation dispo a moissac', 'agenda', [['proprete'], seats(7)], ['plaquiste']),
      turn('et a caussade ?', 'agenda', [['restauration'], seats(4)], ['proprete']),
    ],
  ),
  c(
    'b66-ag-places-plasterer',
    [],
    [turn('plaquiste il reste des places ?', 'agenda', [FULL], ['soudeur', 'cariste'])],
  ),
  c(
    'b66-ag-pec-entry',
    [],
    [turn('prochaine entree comp pec atelier 2 ?', 'agenda', [on('2027-01-20'), MONTAUBAN, seats(4)])],
  ),
  c(
    'b66-ag-promo-entry-then-info',
    [],
    [
      turn('promo 1618 la prochaine entree c quand ?', 'agenda', [on('2027-02-01'), seats(10)]),
      turn('y a une info coll pr les parents avant ?', 'agenda', [on('2027-03-17')]),
    ],
  ),
  c(
    'b66-ag-prepa-distance',
    [],
    [
      turn(
        'prepa comp a distance c quand la prochaine session',
        'agenda',
        [on('2027-02-08'), seats(8)],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b66-ag-end-of-month-montauban',
    [],
    [
      turn(
        'avant la fin du mois il se passe quoi a montauban ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-19'), on('2027-01-26')],
        [...notOn('2027-01-07'), ...notOn('2027-01-21'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b66-ag-march',
    [],
    [
      turn(
        'mars, y a quoi au programme ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        notOn('2027-02-03'),
      ),
    ],
  ),
  c(
    'b66-ag-past-jpo',
    [],
    [
      turn('je voulais envoyer une pers a la jpo du 7 janvier c encore possible ?', 'agenda', [
        ['passe', 'deja eu', 'a eu lieu', 'terminee', 'etait le', 'plus possible'],
        on('2027-02-03'),
      ]),
    ],
  ),
  c(
    'b66-ag-afpa-staff-prepa-entries',
    [],
    [
      turn(
        'bonjour c est l afpa montauban, je viens de mettre a jour le calendrier des entrees, tu peux me redonner toutes les entrees prepa comp qui sont en ligne ?',
        'agenda',
        [on('2027-01-18'), on('2027-02-08'), on('2027-02-15'), on('2027-03-08')],
      ),
    ],
  ),
  c(
    'b66-ag-picker-castel',
    ['two-questions'],
    [
      turn(
        'preparateur de commandes c ou et c quand ?',
        'agenda',
        [['castelsarrasin'], on('2027-03-01'), seats(5)],
        ['soudeur'],
      ),
    ],
  ),
  c(
    'b66-ag-visit-and-places-welding',
    ['two-questions'],
    [
      turn('la visite soudure c quand et y a encore des places sur la formation soudeur ?', 'agenda', [
        on('2027-01-19'),
        seats(4),
      ]),
    ],
  ),
  c(
    'b66-ag-moissac-programme',
    [],
    [
      turn('moissac c quoi les dates prepa comp ?', 'agenda', [on('2027-03-08')], notOn('2027-01-18')),
      turn('c en presentiel ?', 'agenda', [['mixte', 'distance']]),
    ],
  ),
  c(
    'b66-ag-jpo-february-where',
    ['two-questions'],
    [
      turn(
        'des jpo en fevrier ? c ou ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-17'), MONTAUBAN, ['moissac']],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b66-ag-caussade-meeting-seats',
    ['two-questions'],
    [
      turn('la reunion batiment de caussade c quel jour et y a combien de places ?', 'agenda', [
        on('2027-02-23'),
        seats(12),
      ]),
    ],
  ),
];

// ── Eligibility: a person described, the verdict of the agreement's rules ───

const ELIGIBILITY: ConversationCase[] = [
  c(
    'b66-elig-ase-17-promo',
    [],
    [
      turn(
        'jeune de 17 ans place ASE, a quitte le lycee en octobre, rien depuis ni formation ni taf, il traine. il peut faire la promo 1618 ?',
        'eligibility',
        [PROMO, POS],
        ['pas eligible a la promo', 'non eligible a la promo'],
      ),
    ],
  ),
  c(
    'b66-elig-15-promo',
    [],
    [
      turn(
        'gamin 15 ans suivi ASE, decroche en 3eme depuis la rentree. promo 1618 ?',
        'eligibility',
        [['16'], NEG],
        STRONG_POS,
      ),
      turn('et quand il aura 16 ans, s il est toujours sans rien ?', 'eligibility', [PROMO, POS]),
    ],
  ),
  c(
    'b66-elig-20-ml-promo',
    [],
    [
      turn(
        'jeune suivi ML 20 ans sans diplome, la promo 1618 c possible pr lui ?',
        'eligibility',
        [NEG, ['mineur', '16', '18 ans']],
        STRONG_POS,
      ),
    ],
  ),
  c(
    'b66-elig-rsa-training-doubts',
    [],
    [
      turn(
        'bjr, je suis une dame BRSA depuis 2 ans, pas inscrite a FT, elle a un projet d aide soignante mais elle a peur de pas tenir la formation, pas fait d ecole depuis 20 ans, elle a besoin d etre rassuree et de voir si c realiste. vous pensez qu elle peut aller sur prepa comp ?',
        'eligibility',
        [PREPA, POS],
        ['pas eligible a prepa', 'non eligible a prepa'],
      ),
    ],
  ),
  c(
    'b66-elig-pec-mairie',
    ['two-questions'],
    [
      turn(
        'mr BRSA en contrat PEC depuis 2 mois a la mairie (espaces verts), il aimerait faire reconnaitre ce qu il sait faire. comp pec c ok pour lui ? et faut l accord de son employeur ?',
        'eligibility',
        [PEC_PROG, POS, ['employeur']],
        ['pas eligible a competences pec', 'non eligible a competences pec'],
      ),
    ],
  ),
  c(
    'b66-elig-rsa-no-pec',
    [],
    [
      turn(
        'mr 50 ans BRSA, pas de contrat pec, il cherche du taf dans le batiment et voudrait faire une vae via competences PEC, c jouable ?',
        'eligibility',
        [
          NEG,
          ['parcours emploi competences', 'contrat pec', 'en pec', 'salari', 'signataire', 'contrat p.e.c'],
        ],
        STRONG_POS,
      ),
    ],
  ),
  c(
    'b66-elig-17-still-school',
    [],
    [
      turn(
        'jeune 17 ans encore scolarise en 1ere pro, tres demotive, la famille voudrait qu il fasse la promo 1618, il y a droit ?',
        'eligibility',
        [NEG, ['quitte', 'decroch', 'scolaris', 'pas en formation', 'sorti', 'cursus']],
        STRONG_POS,
      ),
    ],
  ),
  c(
    'b66-elig-16-apprentice',
    [],
    [
      turn(
        'ado 16 ans ASE en apprentissage chez un boulanger, elle voudrait faire la promo avec une copine',
        'eligibility',
        [NEG, ['travaill', 'emploi', 'apprenti', 'en formation', 'contrat']],
        STRONG_POS,
      ),
    ],
  ),
  c(
    'b66-elig-rsa-registered-ft',
    [],
    [
      turn(
        'mme BRSA inscrite a FT depuis 3 ans, on me dit que prepa comp c que pour les non inscrits, c vrai ?',
        'eligibility',
        [PREPA, ['inscrit', 'non inscrit', 'pas inscrit']],
        ['pas eligible a prepa', 'non eligible a prepa'],
      ),
    ],
  ),
  c(
    'b66-elig-rqth-reconversion',
    [],
    [
      turn(
        'BRSA avec RQTH, ancien magasinier qui peut plus porter, veut se reconvertir mais sait pas dans quoi, prepa comp possible ?',
        'eligibility',
        [PREPA, POS],
        ['pas eligible a prepa', 'non eligible a prepa'],
      ),
    ],
  ),
  c(
    'b66-elig-single-mother-no-car',
    [],
    [
      turn(
        'mere isolee BRSA 3 enfants, pas de permis, habite a beaumont de lomagne, loin de montauban... prepa comp c jouable quand meme ?',
        'eligibility',
        [PREPA, ['distance', 'delocalis']],
      ),
    ],
  ),
  c(
    'b66-elig-ase-friday-only',
    [],
    [
      turn(
        'jeune ase 16 ans decroche depuis juin, ni formation ni boulot, mais il aide sa tante le lundi et le mardi, il pourrait faire la promo que le mercredi, jeudi, vendredi ?',
        'eligibility',
        [MON_THU, ['presentiel', 'present', 'sur place']],
      ),
    ],
  ),
  c(
    'b66-elig-pec-non-rsa-ml',
    [],
    [
      turn(
        'une jeune en PEC pas au RSA, suivie par la ML, elle peut faire competences PEC ?',
        'eligibility',
        [PEC_PROG, ['mission locale', 'pole emploi', 'france travail', 'cap emploi', 'conseiller']],
      ),
    ],
  ),
  c(
    'b66-elig-rsa-forklift-then-places',
    [],
    [
      turn(
        'j ai un mr BRSA 35 ans qui veut faire cariste mais a jamais bosse en entrepot et il sait pas si c fait pour lui, je l oriente vers quoi ?',
        'eligibility',
        [[...PREPA, 'reunion metier', 'reunion metiers', 'visite']],
        ['13 semaines'],
      ),
      turn('et y a des places en cariste en ce moment ?', 'agenda', [seats(6)]),
    ],
  ),
  c(
    'b66-elig-de-not-rsa',
    [],
    [
      turn(
        'une dame pas au RSA, juste inscrite FT, je l accompagne cote CD pour autre chose, je peux lui prescrire prepa comp moi ?',
        'eligibility',
        [['rsa'], ['pole emploi', 'france travail']],
      ),
    ],
  ),
  c(
    'b66-elig-ase-16-then-duration',
    ['two-questions'],
    [
      turn(
        'jeune fille 16 ans confiee a l ASE, sortie du college sans rien, ni formation ni emploi. promo 1618 ok ? et ca dure combien ?',
        'eligibility',
        [PROMO, POS, PROMO_DUR],
        ['pas eligible a la promo', 'non eligible a la promo'],
      ),
    ],
  ),
  c(
    'b66-elig-ase-17-then-parents',
    [],
    [
      turn('ase 17 ans decrocheur sans activite, eligible promo ?', 'eligibility', [PROMO, POS]),
      turn('et pour les autorisations parentales vu qu il est place ?', 'dispositif', [
        ['autorisation', 'parent'],
      ]),
    ],
  ),
];

// ── Out of scope: what the agreement does not cover ───────────────────────

const OUT_OF_SCOPE: ConversationCase[] = [
  c(
    'b66-oos-rsa-amount',
    [],
    [turn('c combien le rsa pr une pers seule en ce moment ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b66-oos-transport',
    [],
    [
      turn(
        'l afpa rembourse les frais de transport si la pers vient de castel a montauban pour la prepa ?',
        'out_of_scope',
        [SILENT],
        ['rembourse les frais', 'sont rembourses'],
      ),
      turn('et la garde des enfants pendant la prepa c pris en charge ?', 'out_of_scope', [
        [...SILENT, 'referent', 'conditions materielles'],
      ]),
    ],
  ),
  c(
    'b66-oos-welder-salary',
    [],
    [turn('un soudeur debutant ca gagne combien a peu pres ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b66-oos-cpf-licence',
    [],
    [turn('le permis B il peut etre finance par le CPF via l afpa ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b66-oos-opening-hours',
    [],
    [turn('le centre afpa de montauban il ouvre a quelle heure le matin ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b66-oos-caf',
    [],
    [turn('tu peux faire la demande de prime d activite a la caf pour ma benef ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b66-oos-promo-friday-pay',
    ['two-questions'],
    [
      turn('la promo 1618 c du lundi au jeudi c ca ?', 'dispositif', [MON_THU]),
      turn('et le vendredi ils font quoi ? ils sont payes ?', 'out_of_scope', [SILENT]),
    ],
  ),
  c(
    'b66-oos-end-bonus',
    [],
    [
      turn(
        'y a une prime de fin de formation pour ceux qui finissent la prepa comp ?',
        'out_of_scope',
        [SILENT],
        ['prime de fin de formation est'],
      ),
    ],
  ),
  c(
    'b66-oos-housing',
    [],
    [turn('pour la promo le jeune il est loge ? il dort ou pendant la semaine ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b66-oos-rsa-sanction',
    [],
    [
      turn(
        'si ma benef refuse la prepa comp, on peut suspendre son RSA ?',
        'out_of_scope',
        [SILENT],
        ['on peut suspendre', 'peut etre suspendu'],
      ),
    ],
  ),
];

// ── Contact: roles of section 6 of the protocol and of article 3 ───────────

const CONTACT: ConversationCase[] = [
  c(
    'b66-contact-afpa-deployment',
    [],
    [
      turn('cote afpa c qui qui s occupe du deploiement de prepa comp / comp pec / promo ?', 'contact', [
        ['battedou', 'responsable accompagnement et parcours'],
      ]),
    ],
  ),
  c(
    'b66-contact-coordinator',
    [],
    [
      turn('c qui le coordo departemental des dispositifs ?', 'contact', [
        ['vella'],
        ['directeur', 'montauban'],
      ]),
    ],
  ),
  c(
    'b66-contact-cd-side',
    [],
    [
      turn('et cote departement y a un referent de l experimentation ? c qui ?', 'contact', [
        [
          'designe',
          'ne precise pas',
          'pas nomme',
          'ne nomme pas',
          'ne donne pas',
          'indique pas',
          'pas le nom',
          'aucun nom',
        ],
      ]),
    ],
  ),
  c(
    'b66-contact-phone',
    ['two-questions'],
    [
      turn('qui je contacte a l afpa pour une question sur une prescription et t as son num ?', 'contact', [
        ['battedou', 'responsable accompagnement', 'vella'],
        [...SILENT, 'pas de numero', 'aucun numero', 'pas son numero'],
      ]),
    ],
  ),
  c(
    'b66-contact-agreement-follow',
    [],
    [
      turn('le suivi de l accord de partenariat c confie a qui des 2 cotes ?', 'contact', [
        ['vella'],
        ['weill', 'president'],
      ]),
    ],
  ),
  c(
    'b66-contact-national',
    ['two-questions'],
    [
      turn(
        'au niveau national qui pilote le suivi des 3 dispositifs ? ca se reunit tous les combien',
        'contact',
        [
          ['dgefp', 'd.g.e.f.p'],
          ['trimestr', 'tous les 3 mois', 'tous les trois mois'],
        ],
      ),
    ],
  ),
  c(
    'b66-contact-panda-habilitation',
    [],
    [turn('qui nous habilite sur panda ?', 'contact', [['afpa', 'a.f.p.a']])],
  ),
  c(
    'b66-contact-then-role',
    [],
    [
      turn('fabienne battedou c qui ?', 'contact', [['responsable accompagnement', 'deploiement']]),
      turn('et eric vella ?', 'contact', [['directeur', 'coordonnateur', 'coordinateur']]),
    ],
  ),
  c(
    'b66-contact-afpa-staff-report',
    [],
    [
      turn(
        'c fabienne de l afpa, en fin de prepa comp le bilan individuel je dois l envoyer a qui exactement ?',
        'contact',
        [['referent']],
      ),
    ],
  ),
];

// ── Figures: yearly targets; realised figures not available ───────────────

const FIGURES: ConversationCase[] = [
  c(
    'b66-fig-prepa-target',
    [],
    [
      turn('objectif prepa comp pour les BRSA c combien ?', 'figures', [['30', 'trente']]),
      turn('et on en est ou ?', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b66-fig-all-targets',
    [],
    [
      turn('tu peux me redonner les objectifs chiffres du plan d action pour les 3 dispositifs', 'figures', [
        ['30', 'trente'],
        ['50', 'cinquante'],
        ['10', 'dix'],
      ]),
    ],
  ),
  c(
    'b66-fig-promo-ase-target',
    [],
    [
      turn('combien de jeunes ASE on doit orienter sur la promo d apres la convention', 'figures', [
        ['10', 'dix'],
      ]),
    ],
  ),
  c(
    'b66-fig-realised',
    [],
    [
      turn('on en est ou des entrees prepa comp cette annee ? combien de BRSA sont rentres ?', 'figures', [
        NOT_YET,
      ]),
    ],
  ),
  c(
    'b66-fig-employment-rate',
    [],
    [turn('le taux de sortie emploi des allocataires passes par l afpa c combien ?', 'figures', [NOT_YET])],
  ),
  c(
    'b66-fig-promo-national',
    ['two-questions'],
    [
      turn(
        'la promo 1618 au national c combien de jeunes et c quoi l objectif de sorties positives ?',
        'figures',
        [['35 000', '35000', '35\u00a0000', '35\u202f000'], ['70']],
      ),
    ],
  ),
  c(
    'b66-fig-pec-then-jpo-participants',
    [],
    [
      turn('objectif comp pec ?', 'figures', [['50', 'cinquante']]),
      turn('et combien de benef du CD sont venus aux jpo ?', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b66-fig-2027-target',
    [],
    [turn('y a des objectifs pour 2027 ?', 'figures', [['2022', ...NOT_YET, 'aucun objectif']])],
  ),
];

// ── Prescribe: the form, or the steps ────────────────────────────────────

const PRESCRIBE: ConversationCase[] = [
  c(
    'b66-presc-prepa',
    [],
    [turn('je veux prescrire prepa comp pour une dame que je suis', 'prescribe', [FORM])],
  ),
  c(
    'b66-presc-pec-how',
    [],
    [turn('comment on prescrit comp pec, c quoi les etapes', 'prescribe', [['employeur'], FORM])],
  ),
  c(
    'b66-presc-promo-ase',
    [],
    [
      turn('je fais comment pr inscrire un jeune ase a la promo ?', 'prescribe', [
        ['panda', 'formulaire', 'prescri', 'inscri'],
      ]),
    ],
  ),
  c(
    'b66-presc-on-session',
    [],
    [
      turn('entree volet 1 le 18 janvier ?', 'agenda', [on('2027-01-18'), seats(6)]),
      turn('ok je prescris dessus', 'prescribe', [FORM]),
    ],
  ),
  c(
    'b66-presc-cost',
    ['two-questions'],
    [
      turn('je prescris comment une prepa comp et ca coute qqch au departement ?', 'prescribe', [
        FORM,
        [
          'sans contrepartie',
          'aucune contrepartie',
          'pas de contrepartie',
          'gratuit',
          'aucun cout',
          'sans cout',
          'sans frais',
          'ne coute rien',
          'finance',
        ],
      ]),
    ],
  ),
  c(
    'b66-presc-pec-association',
    [],
    [
      turn(
        'alors j ai un monsieur BRSA en PEC dans une asso d aide a domicile depuis septembre, super motive, son employeur est plutot ok mais j ai pas encore vu avec lui officiellement, il aimerait valider un titre pro a terme. qu est ce que je dois faire pr lancer competences pec ?',
        'prescribe',
        [['employeur'], ['accord', 'adhesion', 'inform', 'formulaire', 'prescri']],
      ),
    ],
  ),
  c(
    'b66-presc-long-then-confirm',
    [],
    [
      turn(
        'bon j ai vu mme L ce matin, BRSA, 42 ans, ancienne vendeuse, elle veut se former dans le soin mais pas sure, elle a bien accroche quand je lui ai parle de prepa comp, elle est partante, je lance la prescription ?',
        'prescribe',
        [FORM],
      ),
      turn('annule finalement elle veut reflechir', 'other', [
        ['annul', 'ok', 'entendu', 'accord', 'pas de souci', 'note', 'arret'],
      ]),
    ],
  ),
  c(
    'b66-presc-then-distance',
    [],
    [
      turn('prescrire prepa comp', 'prescribe', [FORM]),
      turn('elle prefere a distance, y a une session ?', 'agenda', [on('2027-02-08')]),
    ],
  ),
];

// ── Other: greetings, help, cancel ───────────────────────────────────────

const OTHER: ConversationCase[] = [
  c('b66-other-hello', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b66-other-help', [], [turn('aide', 'other', [['dispositif', 'agenda', 'prescri', 'eligib', 'prepa']])]),
  c(
    'b66-other-thanks',
    [],
    [
      turn('top merci bcp', 'other', [
        ['de rien', 'avec plaisir', 'je vous en prie', 'service', 'hesitez', 'bonne journee', 'merci'],
      ]),
    ],
  ),
  c(
    'b66-other-hello-then-question',
    [],
    [
      turn('slt', 'other', [['bonjour', 'salut', 'hello']]),
      turn('promo 1618 c pour quel age', 'dispositif', [['16'], ['18', 'mineur', '17']]),
    ],
  ),
  c(
    'b66-other-cancel',
    [],
    [turn('stop annule', 'other', [['annul', 'ok', 'entendu', 'accord', 'pas de souci', 'note', 'arret']])],
  ),
];

export const SIXTY_SIXTH_BLIND_SET: ConversationCase[] = [
  ...DISPOSITIF,
  ...AGENDA,
  ...ELIGIBILITY,
  ...OUT_OF_SCOPE,
  ...CONTACT,
  ...FIGURES,
  ...PRESCRIBE,
  ...OTHER,
];
