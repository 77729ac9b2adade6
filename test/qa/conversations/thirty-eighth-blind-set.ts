/**
 * Thirty-eighth blind set: « On the road ».
 *
 * Référents insertion of the Département and AFPA staff who type on a phone between two
 * home visits, or dictate to it: autocorrect errors (« prépa compétente », « a f p a »,
 * « a s e », « p e c »), numbers written in words (« dix sept ans », « le trois février »),
 * no punctuation or one long run-on sentence (dictation artefacts such as « virgule »),
 * missing apostrophes (« lafpa », « cest », « jai », « quil »), phonetic spellings
 * (« kel », « koi », « ya », « cb », « kan »), glued or split words, very short messages,
 * and short follow-ups that only make sense in the conversation.
 *
 * Written blind: only from the agreement (seed), the product guide, the types and helpers
 * of `sets.ts` and the published agenda of `agenda-fixture.ts` (today frozen at Monday
 * 11 January 2027, Europe/Paris), without looking at the bot, its tests or other sets.
 * Every expected fact comes from the agreement or the fixture; where the agreement is
 * silent, the expected answer only has to say what it does know.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA = ['prépa compétences', 'prepa competences', 'prépa-compétences', 'prépa comp'];
const COMP_PEC = [
  'compétences pec',
  'compétences p.e.c',
  'compétences-pec',
  'compétences – pec',
  'compétences - pec',
];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo 16/18', 'promo 16-18', 'promo 16.18'];

/** A favourable answer about a described person. */
const YES = [
  'éligible',
  'oui',
  'peut en bénéficier',
  'peut bénéficier',
  'peut faire',
  'peut suivre',
  'peut entrer',
  'peut intégrer',
  'peut y ',
  'peut être orienté',
  'peut tout à fait',
  'accessible',
  'correspond',
  'entre dans',
  'ouvert',
];
/** An unfavourable one. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'impossible',
  'ne remplit pas',
  'ne correspond pas',
  'pas concerné',
  'ne relève pas',
  'réservé',
  'pas accessible',
  'non,',
  'non.',
  'non :',
  'trop jeune',
];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2 à 8 demi',
];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j '];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois', '4 mois', 'quatre mois'];
const MON_TO_THU = ['lundi au jeudi', 'du lundi', 'lundi-jeudi', 'lundi à jeudi', 'lundi > jeudi'];
const CERTIFICATIONS = [
  'vae',
  'v.a.e',
  'validation des acquis',
  'rsfp',
  'r.s.f.p',
  'cléa',
  'clea',
  'certification',
];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CONTACTS = ['battedou', 'vella'];

const OUT_OF_SCOPE = [
  'ne peux pas',
  'pas en mesure',
  'ne sais pas',
  'hors de',
  'hors du',
  'pas dans mon',
  'ne couvre',
  'ne traite',
  'je suis là pour',
  'je peux vous aider',
  'je peux répondre',
  'je réponds',
  'uniquement',
  'seulement',
  'pas d’information',
  "pas d'information",
  'pas de réponse',
  'ne dispose pas',
  'pas prévu',
  'ne gère pas',
];
const NOTHING = [
  'aucun',
  'aucune',
  'rien',
  'pas d’événement',
  "pas d'événement",
  'pas de rendez-vous',
  'n’y a pas',
  "n'y a pas",
  'pas de date',
  'pas d’évènement',
  "pas d'évènement",
];
const FULL = [
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];

/** Trainings of Info Places other than the one asked about. */
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
const otherTrainings = (asked: string) => TRAININGS.filter((t) => t !== asked);

// ── Eligibility of a described person ──────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c(
    'b38-elig-rsa-non-inscrite-prepa',
    ['autocorrect', 'no-apostrophe', 'prescribe'],
    [
      turn(
        'jai une dame au rsa elle est pas inscrite a pole emploi elle peut faire la prépa compétente',
        'eligibility',
        [PREPA, YES],
      ),
      turn('ok je linscris comment', 'prescribe', [
        ['prescri', 'panda', 'formulaire', 'inscrire', 'inscription'],
      ]),
    ],
  ),
  c(
    'b38-elig-pec-mairie-multi',
    ['no-apostrophe', 'numbers-in-words'],
    [
      turn(
        'monsieur en pec a la mairie depuis deux mois au rsa il peut faire valider son experience avec lafpa',
        'eligibility',
        [COMP_PEC, CERTIFICATIONS],
      ),
      turn('et sil a pas les prerequis pour la vae', 'dispositif', [RSFP]),
    ],
  ),
  c(
    'b38-elig-ase-17-decroche',
    ['split-letters', 'numbers-in-words', 'no-punctuation'],
    [
      turn(
        'jeune a s e dix sept ans a lache le lycee en octobre fait rien depuis promo possible',
        'eligibility',
        [PROMO, YES],
      ),
    ],
  ),
  c(
    'b38-elig-ase-15',
    ['numbers-in-words', 'boundary'],
    [
      turn('gamin ase quinze ans decroche il peut aller a la promo seize dix huit', 'eligibility', [
        NO,
        [
          '16 ans',
          'seize ans',
          '16 à',
          '16-17',
          '16 et 17',
          '16 ou 17',
          'moins de 16',
          'trop jeune',
          'pas encore 16',
        ],
      ]),
    ],
  ),
  c(
    'b38-elig-19-ans-promo',
    ['numbers-in-words', 'boundary', 'phonetic'],
    [
      turn('un jeune de dix neuf ans sans diplome sorti du lycee promo 16 18 ca le fait', 'eligibility', [
        NO,
        ['mineur', '16 à 17', '16-17', '16 et 17', '16 ou 17', 'moins de 18', '18 ans', '16 à 18', 'de 16'],
      ]),
    ],
  ),
  c(
    'b38-elig-17-scolarise',
    ['numbers-in-words', 'no-punctuation'],
    [
      turn('ado dix sept ans ase encore au lycee en terminale il peut faire la promo', 'eligibility', [
        NO,
        ['quitté', 'décroch', 'scolaire', 'scolarisé', 'sorti', 'lycée', 'collège'],
      ]),
    ],
  ),
  c(
    'b38-elig-16-apprenti',
    ['numbers-in-words', 'no-punctuation'],
    [
      turn('jeune seize ans en apprentissage chez un boulanger promo1618 possible', 'eligibility', [
        NO,
        ['formation', 'emploi', 'travail', 'apprentissage', 'contrat', 'travaillent'],
      ]),
    ],
  ),
  c(
    'b38-elig-rsa-sans-contrat-pec',
    ['glued', 'autocorrect'],
    [
      turn('mme rsa pas de contrat pec elle peut faire competence pec', 'eligibility', [
        NO,
        ['contrat', 'parcours emploi', 'signataire', 'salarié', 'en pec'],
      ]),
    ],
  ),
  c(
    'b38-elig-ass-non-rsa',
    ['no-apostrophe', 'run-on'],
    [
      turn(
        'monsieur touche lass pas le rsa il est inscrit france travail prepa competence par nous cest possible',
        'eligibility',
        [
          ['rsa', 'allocataire'],
          ['france travail', 'pôle emploi', 'pole emploi'],
        ],
      ),
    ],
  ),
  c(
    'b38-elig-volet2-cariste-multi',
    ['dictation', 'no-apostrophe'],
    [
      turn(
        'dame au rsa elle a un projet de formation cariste elle veut assurer le coup avant dentrer en formation',
        'eligibility',
        [PREPA, ['volet 2', 'volet ii', 'sécuris', 'entrée en formation']],
      ),
      turn(
        'cest quand la prochaine',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b38-elig-rsa-58',
    ['numbers-in-words', 'no-punctuation'],
    [
      turn(
        'monsieur cinquante huit ans au rsa pas de projet clair prepa competence il est trop vieux ou pas',
        'eligibility',
        [PREPA, YES],
      ),
    ],
  ),
  c(
    'b38-elig-siae-rsfp',
    ['phonetic', 'no-punctuation'],
    [
      turn('salarie siae en chantier dinsertion il a pas les prerequis pour une vae ya koi', 'eligibility', [
        RSFP,
      ]),
    ],
  ),
  c(
    'b38-elig-primo-arrivante',
    ['no-apostrophe', 'phonetic'],
    [
      turn(
        'dame arrivee du soudan y a 6 mois elle parle pas trop francais lafpa a un truc pour elle',
        'eligibility',
        [
          [
            'français à visée professionnelle',
            'français langue étrangère',
            'fle',
            'visée pro',
            'langue étrangère',
          ],
        ],
      ),
    ],
  ),
  c(
    'b38-elig-ase-16-parents-multi',
    ['numbers-in-words', 'no-apostrophe', 'follow-up'],
    [
      turn(
        'jeune fille seize ans a s e decrochee du college depuis juin elle fait rien elle peut faire la promo',
        'eligibility',
        [PROMO, YES],
      ),
      turn('faut laccord des parents', 'dispositif', [
        ['autorisation parentale', 'autorisations parentales', 'accord des parents', 'parents', 'parentale'],
      ]),
      turn('cest tous les jours', 'dispositif', [MON_TO_THU]),
    ],
  ),
  c(
    'b38-elig-pec-asso-employeur-multi',
    ['follow-up', 'phonetic', 'no-apostrophe'],
    [
      turn('salarie en pec dans une asso il etait au rsa competences pec possible', 'eligibility', [
        COMP_PEC,
        YES,
      ]),
      turn('faut demander a lemployeur', 'dispositif', [
        ['employeur'],
        ['accord', 'inform', 'recueill', 'oui'],
      ]),
      turn('ca dure cb', 'dispositif', [PEC_DAYS]),
    ],
  ),
  c(
    'b38-elig-17-mission-locale',
    ['numbers-in-words', 'no-punctuation'],
    [
      turn(
        'jeune 17 ans pas ase suivi par la mission locale il a quitte le lycee il bosse pas promo ok',
        'eligibility',
        [PROMO, YES],
      ),
    ],
  ),
  c(
    'b38-elig-run-on-pec-dictee',
    ['dictation', 'run-on', 'numbers-in-words'],
    [
      turn(
        'alors jai un monsieur qui est en parcours emploi competences depuis trois mois comme agent dentretien il etait au rsa avant et il voudrait faire reconnaitre ce quil sait faire mais il a aucun diplome virgule est ce que competences pec ca marche pour lui point dinterrogation',
        'eligibility',
        [COMP_PEC, YES],
      ),
    ],
  ),
  c(
    'b38-elig-freres-multi',
    ['numbers-in-words', 'follow-up', 'boundary'],
    [
      turn('jeune ase dix sept ans decrocheur promo ok', 'eligibility', [PROMO, YES]),
      turn('et son petit frere il a quinze ans', 'eligibility', [
        NO,
        [
          '16 ans',
          'seize ans',
          '16 à',
          '16-17',
          '16 et 17',
          '16 ou 17',
          'moins de 16',
          'trop jeune',
          'pas encore 16',
        ],
      ]),
    ],
  ),
];

// ── What a programme is, for whom, how long, who prescribes ────────────────

const DISPOSITIFS: ConversationCase[] = [
  c(
    'b38-disp-prepa-cest-koi',
    ['autocorrect', 'phonetic', 'short'],
    [
      turn('cest koi prepa competente', 'dispositif', [
        PREPA,
        [
          'projet professionnel',
          'entrée en formation',
          'volet',
          ...PREPA_DURATION,
          'éloignées de l’emploi',
          "éloignées de l'emploi",
        ],
      ]),
    ],
  ),
  c(
    'b38-disp-pec-sigle',
    ['split-letters', 'short'],
    [turn('p e c cest quoi deja', 'dispositif', [['parcours emploi comp', 'parcours emploi-comp']])],
  ),
  c(
    'b38-disp-comp-pec-duree-multi',
    ['phonetic', 'follow-up', 'short'],
    [
      turn('competence pec cb de jours', 'dispositif', [PEC_DAYS]),
      turn('en cb de phases', 'dispositif', [['5 phases', 'cinq phases', '5 étapes', 'cinq étapes']]),
    ],
  ),
  c(
    'b38-disp-prepa-duree',
    ['autocorrect', 'phonetic'],
    [turn('prépa compétente ça dure cb de temps', 'dispositif', [PREPA_DURATION])],
  ),
  c(
    'b38-disp-volet-un',
    ['numbers-in-words', 'short'],
    [
      turn('volet un prepa cest combien de jours', 'dispositif', [
        ['5 à 6', '5 ou 6', 'cinq à six', '5-6', '5 et 6', '5 jours à 6'],
      ]),
    ],
  ),
  c(
    'b38-disp-promo-multi',
    ['numbers-in-words', 'follow-up', 'phonetic'],
    [
      turn('la promo seize dix huit cest koi', 'dispositif', [
        PROMO,
        [
          'décroch',
          'quitté',
          'ni en formation',
          'pas en formation',
          'sans emploi',
          'mineur',
          '16 à 18',
          '16-17',
          '16 et 17',
        ],
      ]),
      turn('ca dure cb', 'dispositif', [PROMO_DURATION]),
      turn('tous les jours', 'dispositif', [MON_TO_THU]),
    ],
  ),
  c(
    'b38-disp-qui-oriente-promo',
    ['no-punctuation', 'no-apostrophe'],
    [
      turn('qui oriente vers la promo 1618 cest nous ou la mission locale', 'dispositif', [
        ['mission locale', 'missions locales', 'cio', 'c.i.o'],
      ]),
    ],
  ),
  c(
    'b38-disp-fin-comp-pec',
    ['no-punctuation'],
    [
      turn('a la fin de competences pec ils ont quoi comme diplome', 'dispositif', [
        ['vae', 'v.a.e', 'validation des acquis', 'rsfp', 'r.s.f.p', 'cléa', 'clea'],
      ]),
    ],
  ),
  c(
    'b38-disp-prepa-cout',
    ['phonetic', 'short'],
    [
      turn('prepa ca coute cb au departement', 'dispositif', [
        [
          'sans contrepartie',
          'gratuit',
          'aucun coût',
          'pas de coût',
          'rien',
          'financé par l’état',
          "financé par l'état",
          'financement de l’état',
          "financement de l'état",
          'plan d’investissement',
          "plan d'investissement",
          ' pic',
          '(pic)',
          'p.i.c',
        ],
      ]),
    ],
  ),
  c(
    'b38-disp-bilan-fin-prepa',
    ['no-punctuation'],
    [turn('on a un retour nous a la fin de la prepa', 'dispositif', [['bilan']])],
  ),
  c(
    'b38-disp-panda',
    ['short', 'phonetic'],
    [
      turn('panda cest koi', 'dispositif', [
        ['traçabilité', 'tracer', 'tracé', 'plateforme', 'plate-forme', 'suivi des parcours'],
      ]),
    ],
  ),
  c(
    'b38-disp-prepa-distance',
    ['no-punctuation', 'autocorrect'],
    [
      turn('prepa competente on peut la faire a distance elle a pas de voiture', 'dispositif', [
        ['distance', 'distanciel'],
      ]),
    ],
  ),
  c(
    'b38-disp-volets-multi',
    ['numbers-in-words', 'follow-up', 'short'],
    [
      turn('prepa volet deux', 'dispositif', [['sécuris', 'entrée en formation', 'entrer en formation']]),
      turn('et le un', 'dispositif', [['consolid', 'projet']]),
    ],
  ),
];

// ── AFPA's agenda, against the fixture (today: Monday 11 January 2027) ───────

const AGENDA: ConversationCase[] = [
  c(
    'b38-ag-prochaine-jpo-multi',
    ['short', 'follow-up', 'town-without-preposition'],
    [
      turn('prochaine jpo', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac', 'agenda', [on('2027-02-17')], [...notOn('2027-02-03'), ...notOn('2027-01-07')]),
    ],
  ),
  c(
    'b38-ag-info-coll-jeudi',
    ['relative-date', 'no-apostrophe'],
    [turn('info coll jeudi cest ou', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-21'))],
  ),
  c(
    'b38-ag-demain',
    ['relative-date', 'phonetic', 'no-apostrophe'],
    [turn('ya quoi demain a lafpa', 'agenda', [NOTHING])],
  ),
  c(
    'b38-ag-semaine-pro',
    ['relative-date', 'phonetic', 'short'],
    [
      turn(
        'la semaine pro ya quoi comme truc a la f p a',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b38-ag-visite-soudure-multi',
    ['phonetic', 'follow-up', 'short'],
    [
      turn('visite plateau soudure kan', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn('cb de places', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'b38-ag-reunion-batiment',
    ['no-punctuation', 'short'],
    [turn('reunion metier batiment', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26'))],
  ),
  c(
    'b38-ag-info-coll-castelsarrasin',
    ['typo-town', 'town-without-preposition'],
    [
      turn(
        'info coll castelsarazin',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b38-ag-places-soudeur',
    ['phonetic', 'short', 'places'],
    [turn('cb de places soudeur', 'agenda', [seats(4)], otherTrainings('soudeur'))],
  ),
  c(
    'b38-ag-plaquiste-complet',
    ['phonetic', 'short', 'places'],
    [turn('plaquiste ya de la place', 'agenda', [FULL])],
  ),
  c(
    'b38-ag-entree-promo',
    ['numbers-in-words', 'short'],
    [
      turn(
        'prochaine entree promo seize dix huit',
        'agenda',
        [on('2027-02-01')],
        [...notOn('2027-01-18'), ...notOn('2027-01-20')],
      ),
    ],
  ),
  c(
    'b38-ag-prepa-volet2-places',
    ['numbers-in-words', 'phonetic', 'places'],
    [
      turn(
        'prepa volet deux ya encore de la place',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b38-ag-info-coll-multi',
    ['follow-up', 'short'],
    [
      turn(
        'prochaines info coll',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-02-03')],
      ),
      turn(
        'et pour la pec',
        'agenda',
        [on('2027-02-09'), ['moissac']],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b38-ag-moissac-multi',
    ['phonetic', 'follow-up', 'town-with-preposition', 'places'],
    [
      turn(
        'a moissac ya quoi',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-01-21'), ...notOn('2027-02-23')],
      ),
      turn(
        'et les formations avec des places la bas',
        'agenda',
        [['propreté'], seats(7)],
        otherTrainings('agent de propreté'),
      ),
    ],
  ),
];

// ── Contacts, targets, out of scope, small talk ─────────────────────────────

const OTHERS: ConversationCase[] = [
  c(
    'b38-contact-deploiement',
    ['phonetic', 'no-apostrophe'],
    [turn('kel contact a lafpa pour prepa competence et pec', 'contact', [CONTACTS])],
  ),
  c(
    'b38-contact-directeur',
    ['slang', 'no-apostrophe'],
    [turn('cest qui le dirlo de la f p a montauban', 'contact', [['vella']])],
  ),
  c(
    'b38-figures-objectifs-multi',
    ['phonetic', 'follow-up', 'short'],
    [
      turn('objectif competences pec cb de rsa', 'figures', [
        [
          '50 allocataires',
          '50 personnes',
          '50 bénéficiaires',
          '50 rsa',
          '50 en',
          '50 pour',
          ': 50',
          'cinquante',
        ],
      ]),
      turn('et prepa', 'figures', [
        [
          '30 allocataires',
          '30 personnes',
          '30 bénéficiaires',
          '30 rsa',
          '30 en',
          '30 pour',
          ': 30',
          'trente',
        ],
      ]),
    ],
  ),
  c(
    'b38-figures-ase-promo',
    ['phonetic', 'split-letters'],
    [
      turn('cb de jeunes a s e sur la promo cest quoi lobjectif', 'figures', [
        [
          '10 jeunes',
          '10 personnes',
          'dix jeunes',
          'dix personnes',
          '10 ase',
          '10 orient',
          '10 pour',
          ': 10',
        ],
      ]),
    ],
  ),
  c(
    'b38-oos-meteo',
    ['small-talk', 'town-without-preposition'],
    [
      turn(
        'il va pleuvoir cet aprem sur montauban',
        'out_of_scope',
        [OUT_OF_SCOPE],
        [...notOn('2027-01-14'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b38-oos-montant-rsa',
    ['phonetic', 'no-punctuation'],
    [turn('cb ils touchent au rsa une personne seule', 'out_of_scope', [OUT_OF_SCOPE], ['€', ' euros'])],
  ),
  c(
    'b38-other-merci',
    ['small-talk', 'short'],
    [
      turn('merci cest top', 'other', [
        [
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'à votre service',
          'à votre disposition',
          'bonne journée',
          'bonne route',
          'n’hésitez',
          "n'hésitez",
          'volontiers',
          'ravi',
        ],
      ]),
    ],
  ),
  c(
    'b38-other-slt',
    ['small-talk', 'short'],
    [turn('slt', 'other', [['bonjour', 'salut', 'hello', 'que puis-je', 'comment puis-je', 'aider']])],
  ),
];

export const THIRTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  ...ELIGIBILITY,
  ...DISPOSITIFS,
  ...AGENDA,
  ...OTHERS,
];
