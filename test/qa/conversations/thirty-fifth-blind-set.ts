/**
 * Thirty-fifth blind set: « Newcomers in their first week ».
 *
 * Written blind: only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its
 * 2022-2023 action plan and the protocol of the three programmes), from the published agenda
 * of `agenda-fixture.ts` (today frozen at Monday 11 January 2027, Europe/Paris) and from the
 * helpers of `sets.ts`; without running the bot, reading its code, its tests or the other sets.
 *
 * Three kinds of newcomers type in Teams:
 * - a référente insertion who has just arrived at the Département: she knows nothing of AFPA
 *   nor of the agreement, mixes up the names of the programmes (« la formation AFPA pour les
 *   jeunes », « le truc pour les gens au RSA », « la vae c quoi deja »), asks vague or naive
 *   questions, without accents, with typos and abbreviations;
 * - a new employee of AFPA Montauban: what AFPA must send back, when and to whom (bilan
 *   individuel, Panda, reporting to the DGEFP, what the action plan says AFPA communicates);
 * - a new member of the steering committee, sometimes very formal: targets of the action plan,
 *   people per programme, committees, duration of the agreement, financing as far as the
 *   agreement states it.
 *
 * About a quarter of the cases are follow-ups (the second message leans on the first), several
 * messages hold two questions. Each `mustContain` group holds only a fact that answers the
 * question, with several wordings; where the agreement is silent (an amount, a phone number),
 * the expected answer says it does not know and invents nothing.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Wordings of the facts ───────────────────────────────────────────────────

const PREPA = ['prépa compétences', 'prépa-compétences', 'prepa competence'];
const PROMO = ['promo 16/18', 'promo 16-18', 'promo 1618', 'promo16', 'promo 16.18', 'promo 16 18'];
const PREPA_DURATION = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours'];

/** A « yes, eligible » answer. */
const YES = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut suivre',
  'peut faire',
  'peut intégrer',
  'peut y ',
  'possible',
  'accessible',
  'ouvert à',
  'ouverte à',
  'mobilisable',
  'peut être orienté',
  'peut être prescrit',
];
/** What a « yes » answer must not say. */
const NOT_ELIGIBLE = ['pas éligible', 'non éligible', 'inéligible'];
/** A « no / not yet » answer. */
const NO = [
  'non,',
  'non.',
  'non :',
  'non !',
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'trop jeune',
  'trop âgé',
  'réservé',
  'pas accessible',
  'pas encore',
  'ne correspond pas',
  'ne remplit pas',
  'pas concerné',
  'ne sont pas concern',
];

/** The agreement does not say: the answer says so rather than inventing. */
const NOT_COVERED = [
  'ne précise pas',
  'pas précisé',
  'non précisé',
  'ne fixe pas',
  'ne mentionne pas',
  'pas mentionné',
  'non mentionné',
  'ne donne pas',
  'ne chiffre pas',
  'pas chiffré',
  'aucun montant',
  'pas de montant',
  'pas indiqué',
  'ne figure pas',
  'n’indique pas',
  "n'indique pas",
  'ne dit pas',
  'pas d’information',
  "pas d'information",
  'aucune information',
  'ne dispose pas',
  'je n’ai pas',
  "je n'ai pas",
  'pas communiqué',
  'ne sais pas',
  'pas couvert',
  'ne couvre pas',
  'ne prévoit pas',
  'pas prévu',
];

/** An answer that declines a question outside the partnership. */
const OUT_OF_SCOPE = [
  ...NOT_COVERED,
  'ne peux pas',
  'ne peux répondre',
  'ne peux pas répondre',
  'pas en mesure',
  'hors de mon',
  'hors du',
  'hors champ',
  'hors périmètre',
  'en dehors',
  'sort de',
  'pas de mon ressort',
  'ne traite pas',
  'ne concerne pas',
  'uniquement',
  'seulement',
  'je réponds',
  'limité',
];

const THIRTY = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 rsa',
  ': 30',
  '30 entrées',
  'objectif de 30',
  '30 pour',
  '30 en prépa',
  '30 dans',
  '30 sur',
  '(30)',
  '30 au ',
];
const FIFTY = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 rsa',
  ': 50',
  '50 entrées',
  'objectif de 50',
  '50 pour',
  '50 en comp',
  '50 dans',
  '50 sur',
  '(50)',
  '50 au ',
];
const TEN = [
  '10 jeunes',
  '10 personnes',
  '10 ase',
  '10 bénéficiaires',
  ': 10',
  'objectif de 10',
  '10 pour',
  '10 dans',
  '10 orienté',
  '(10)',
  '10 vers',
];

const FULL = [
  'complet',
  'plus de place',
  'aucune place',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'pas de place',
  'plus aucune',
];

const TRAININGS = {
  soudeur: 'soudeur',
  macon: 'maçon',
  cariste: 'cariste',
  preparateur: 'préparateur de commandes',
  electricien: 'électricien',
  proprete: 'agent de propreté',
  plaquiste: 'plaquiste',
  restauration: 'agent de restauration',
};

// ── The set ─────────────────────────────────────────────────────────────────

export const THIRTY_FIFTH_BLIND_SET: ConversationCase[] = [
  // ── The référente who just arrived at the Département ─────────────────────
  c(
    'b35-first-day-what-are-you',
    ['newcomer-cd82', 'vague'],
    [
      turn(
        'Bonjour ! je suis nouvelle referente insertion au departement depuis lundi, tu sers a quoi exactement ?',
        'other',
        [['prépa', 'dispositif', 'agenda', 'prescri', 'afpa']],
      ),
      turn('ok et l afpa c quoi au juste ? jconnais pas du tout', 'dispositif', [
        [
          'formation professionnelle des adultes',
          'agence nationale',
          'organisme de formation',
          'service public de l’emploi',
          "service public de l'emploi",
        ],
      ]),
    ],
  ),

  c(
    'b35-rsa-thing-then-duration',
    ['newcomer-cd82', 'vague', 'mixed-names'],
    [
      turn('le truc pour les gens au rsa la, prepa qqch, c quoi en 2 mots ?', 'dispositif', [
        PREPA,
        [
          'projet professionnel',
          'projet',
          'entrée en formation',
          'éloignées de l’emploi',
          "éloignées de l'emploi",
          'compétences nécessaires',
        ],
      ]),
      turn('et ca dure combien', 'dispositif', [PREPA_DURATION]),
    ],
  ),

  c(
    'b35-youth-training-name-and-length',
    ['newcomer-cd82', 'mixed-names', 'two-questions'],
    [
      turn('la formation AFPA pour les jeunes c quoi son nom deja ? c long ?', 'dispositif', [
        PROMO,
        ['13 semaines', 'treize semaines', '3 mois', 'trois mois', '4 mois'],
      ]),
    ],
  ),

  c(
    'b35-vae-c-quoi-then-no-prerequisites',
    ['newcomer-cd82', 'abbreviations'],
    [
      turn('la vae c quoi deja', 'dispositif', [
        ['validation des acquis', 'acquis de l’expérience', "acquis de l'experience"],
      ]),
      turn('et si la personne a pas le niveau pour la vae ya un autre truc ?', 'dispositif', [
        ['rsfp', 'r.s.f.p', 'reconnaissance des savoir-faire', 'reconnaissance des savoir faire'],
      ]),
    ],
  ),

  c(
    'b35-pec-meaning-and-length',
    ['newcomer-cd82', 'two-questions', 'abbreviations'],
    [
      turn(
        'jvois PEC partout dans les dossiers, ca veut dire quoi ? et competences pec ca dure combien ?',
        'dispositif',
        [
          ['parcours emploi compétences', 'parcours emploi-compétences'],
          ['5 jours', 'cinq jours'],
        ],
      ),
    ],
  ),

  c(
    'b35-mixing-up-prepa-and-pec',
    ['newcomer-cd82', 'mixed-names'],
    [
      turn(
        'jconfond tout, prepa competences et competences pec c pas la meme chose ?? c quoi la diff',
        'dispositif',
        [
          ['contrat pec', 'en pec', 'parcours emploi compétences', 'signataire', 'salarié'],
          [
            'projet professionnel',
            'entrée en formation',
            'prérequis',
            'éloignées de l’emploi',
            "éloignées de l'emploi",
            'accès à la qualification',
          ],
        ],
      ),
    ],
  ),

  c(
    'b35-volet-1-volet-2',
    ['newcomer-cd82', 'typos'],
    [
      turn('prepa competence volet 1 volet 2 c koi la diff ?', 'dispositif', [
        ['consolider', 'consolidation', 'projet professionnel', 'diagnostic de faisabilité'],
        ['sécuriser', 'sécurisation', 'sécurise', 'entrée en formation'],
      ]),
    ],
  ),

  c(
    'b35-promo-days-then-phases',
    ['newcomer-cd82'],
    [
      turn('la promo 16 18 les jeunes y sont tous les jours ?', 'dispositif', [
        ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi'],
      ]),
      turn('et ca se passe en combien d etapes', 'dispositif', [
        ['4 phases', '4 temps', 'quatre phases', 'quatre temps', '4 étapes', 'quatre étapes'],
        ['engagement'],
      ]),
    ],
  ),

  c(
    'b35-communication-kit',
    ['newcomer-cd82', 'vague'],
    [
      turn(
        'y a un kit ou de la doc pour presenter les dispositifs a mes allocataires ? jsais pas quoi leur donner',
        'dispositif',
        [['kit', 'flyer', 'argumentaire']],
      ),
    ],
  ),

  // ── The new employee of AFPA Montauban ────────────────────────────────────
  c(
    'b35-afpa-what-to-send-back',
    ['newcomer-afpa', 'formal'],
    [
      turn(
        'Bonjour, je viens d’arriver à l’AFPA de Montauban. À la fin d’une Prépa Compétences, qu’est-ce que je dois renvoyer au référent du Département ?',
        'dispositif',
        [['bilan individuel', 'bilan du parcours', 'bilan de parcours']],
      ),
      turn('et pour competences pec c pareil ?', 'dispositif', [
        ['bilan'],
        ['vae', 'v.a.e', 'validation des acquis', 'oui'],
      ]),
    ],
  ),

  c(
    'b35-afpa-panda-then-access',
    ['newcomer-afpa'],
    [
      turn('Panda c quoi ? on m a dit que je devais m en servir pour les parcours', 'dispositif', [
        ['traçabilité', 'tracabilite', 'tracer', 'tracés', 'trace '],
      ]),
      turn('et c qui qui donne les acces aux referents du departement ?', 'dispositif', [
        ['habilit'],
        ['afpa', 'a.f.p.a'],
      ]),
    ],
  ),

  c(
    'b35-afpa-reporting',
    ['newcomer-afpa', 'two-questions', 'abbreviations'],
    [
      turn('on envoie quoi comme reporting et a qui ? c mensuel ?', 'figures', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois'],
      ]),
    ],
  ),

  c(
    'b35-afpa-what-to-communicate',
    ['newcomer-afpa', 'formal'],
    [
      turn(
        'Selon le plan d’action, qu’est-ce que l’AFPA doit communiquer au Conseil départemental ?',
        'dispositif',
        [
          ['portes ouvertes', 'jpo', 'informations collectives', 'info coll'],
          ['info places', 'places disponibles', 'calendrier'],
        ],
      ),
    ],
  ),

  // ── The new member of the steering committee ──────────────────────────────
  c(
    'b35-copil-duration-termination-extension',
    ['newcomer-copil', 'formal', 'two-questions'],
    [
      turn(
        'Madame, Monsieur, pourriez-vous m’indiquer la durée de l’accord de partenariat ainsi que ses modalités de résiliation ?',
        'dispositif',
        [
          ['2 ans', 'deux ans'],
          ['1er janvier 2022', '1 janvier 2022', '01/01/2022', 'janvier 2022', '2022'],
          ['2 mois', 'deux mois'],
        ],
      ),
      turn('Et peut-il être modifié ou prolongé ?', 'dispositif', [['avenant']]),
    ],
  ),

  c(
    'b35-copil-meetings-then-role',
    ['newcomer-copil', 'two-questions'],
    [
      turn('le comite de pilotage il se reunit combien de fois ? qui y siege ?', 'dispositif', [
        [
          'une fois par an',
          '1 fois par an',
          'au moins une fois',
          'au moins 1 fois',
          'annuel',
          'chaque année',
          '1 fois/an',
        ],
      ]),
      turn('et il sert a quoi concretement', 'dispositif', [
        ['bilan quantitatif', 'quantitatif', 'qualitatif'],
        ['amélioration', 'plan d’action', "plan d'action", 'indicateurs'],
      ]),
    ],
  ),

  c(
    'b35-copil-who-pays-then-amount',
    ['newcomer-copil', 'two-questions', 'not-covered'],
    [
      turn(
        'c est qui qui paie les dispositifs ? ca coute combien au departement ?',
        'dispositif',
        [
          ['état', 'etat', 'pic', 'investissement dans les compétences'],
          [
            'sans contrepartie',
            'aucune contrepartie',
            'pas de contrepartie',
            'gratuit',
            'sans coût',
            'aucun coût',
            'sans frais',
            'ne coûte rien',
            'rien au département',
          ],
        ],
        ['€', ' euros'],
      ),
      turn('et le budget alloue par l Etat c combien ?', 'figures', [NOT_COVERED], ['€', ' euros']),
    ],
  ),

  c(
    'b35-copil-entry-deadline-in-agreement',
    ['newcomer-copil'],
    [
      turn(
        'dans la convention, les entrees des allocataires etaient possibles jusqu a quand ?',
        'dispositif',
        [['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 décembre']],
      ),
    ],
  ),

  // ── Eligibility, asked naively ───────────────────────────────────────────
  c(
    'b35-rsa-not-registered-then-how',
    ['newcomer-cd82', 'abbreviations'],
    [
      turn(
        'un alloc rsa qui est pas inscrit a pole emploi il peut aller sur prepa ?',
        'eligibility',
        [
          YES,
          [
            'inscrit ou non',
            'inscrits ou non',
            'non inscrit',
            'non-inscrit',
            'pas inscrit',
            'même sans',
            'sans être inscrit',
            'sans inscription',
            'pas besoin',
            'pas nécessaire',
          ],
        ],
        NOT_ELIGIBLE,
      ),
      turn('ok top et je l inscris comment ?', 'prescribe', [['prescri', 'formulaire', 'panda']]),
    ],
  ),

  c(
    'b35-rsa-and-registered',
    ['newcomer-cd82', 'typos'],
    [
      turn(
        'personne inscrite a pole emploi ET au rsa, elle peut faire prepa competences ou c que pour les non inscrits ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
    ],
  ),

  c(
    'b35-fifteen-year-old',
    ['newcomer-cd82', 'mixed-names', 'boundary'],
    [
      turn(
        'jeune de 15 ans sorti du college en juin, il peut faire la formation afpa pour les jeunes ?',
        'eligibility',
        [NO, ['16 ans', 'entre 16 et 18', '16 à 18 ans', 'au moins 16', 'à partir de 16', 'de 16 à 18']],
      ),
    ],
  ),

  c(
    'b35-ase-dropout-17',
    ['newcomer-cd82', 'abbreviations'],
    [
      turn(
        'jeune ASE 17 ans, decroche depuis septembre, fait rien. promo 16/18 ok ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
    ],
  ),

  c(
    'b35-ase-still-at-lycee',
    ['newcomer-cd82'],
    [
      turn(
        'une jeune de l ase de 17 ans encore au lycee mais qui veut arreter, je peux l orienter promo 1618 des maintenant ?',
        'eligibility',
        [
          NO,
          [
            'quitté',
            'quitte',
            'décroch',
            'sorti',
            'scolaris',
            'ni en formation',
            'pas en formation',
            'prématurément',
          ],
        ],
      ),
    ],
  ),

  c(
    'b35-nineteen-year-old',
    ['newcomer-cd82', 'boundary'],
    [
      turn('un monsieur de 19 ans sans diplome, la promo 16-18 ca marche ?', 'eligibility', [
        NO,
        ['16 à 18', '16 et 18', 'mineur', '18 ans'],
      ]),
    ],
  ),

  c(
    'b35-mission-locale-youth',
    ['newcomer-cd82'],
    [
      turn(
        'un jeune de 17 ans suivi par la mission locale, pas ase, sans ecole ni boulot, il peut faire la promo 16 18 ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
    ],
  ),

  c(
    'b35-pec-employer-follow-up',
    ['newcomer-cd82'],
    [
      turn(
        'Une allocataire RSA vient de signer un contrat PEC dans une asso. Elle peut faire Compétences PEC ?',
        'eligibility',
        [YES, ['employeur']],
        NOT_ELIGIBLE,
      ),
      turn('et c qui qui doit prevenir l employeur et avoir son accord ?', 'dispositif', [
        ['référent', 'conseiller', 'c’est vous', "c'est vous", 'à vous'],
      ]),
    ],
  ),

  c(
    'b35-no-pec-contract',
    ['newcomer-cd82', 'abbreviations'],
    [
      turn('alloc rsa sans contrat pec, competences pec possible ou pas ?', 'eligibility', [
        NO,
        ['contrat', 'signataire', 'salarié', 'en pec'],
      ]),
    ],
  ),

  c(
    'b35-siae-without-vae-prerequisites',
    ['newcomer-cd82'],
    [
      turn(
        'un salarie en chantier d insertion qui a pas les prerequis pour une vae, il a droit a quoi ?',
        'eligibility',
        [['rsfp', 'r.s.f.p', 'savoir-faire', 'savoir faire']],
      ),
    ],
  ),

  c(
    'b35-newcomer-little-french',
    ['newcomer-cd82', 'vague'],
    [
      turn(
        'un refugie au rsa qui parle tres peu francais, y a un dispositif afpa pour lui ?',
        'eligibility',
        [['visée professionnelle', 'langue étrangère', 'fle']],
      ),
    ],
  ),

  c(
    'b35-parents-disagree',
    ['newcomer-cd82'],
    [
      turn(
        'jeune ase 16 ans, ses parents sont pas d accord, il peut quand meme faire la promo ?',
        'eligibility',
        [
          [
            'autorisation parentale',
            'autorisations parentales',
            'accord des parents',
            'accord parental',
            'autorisation des parents',
            'autorisations des parents',
          ],
        ],
      ),
    ],
  ),

  c(
    'b35-common-law-training',
    ['newcomer-cd82', 'formal'],
    [
      turn(
        'Les allocataires du RSA en garantie d’activité ont-ils accès aux formations qualifiantes de droit commun de l’AFPA ?',
        'eligibility',
        [YES, ['région', 'régional', 'financeurs publics']],
        NOT_ELIGIBLE,
      ),
    ],
  ),

  // ── Agenda, against the fixture (today: Monday 11 January 2027) ──────────
  c(
    'b35-next-open-day-then-moissac',
    ['newcomer-cd82', 'abbreviations'],
    [
      turn('c quand la prochaine JPO de l afpa ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn(
        'et a moissac il y en a une ?',
        'agenda',
        [on('2027-02-17')],
        [...notOn('2027-01-07'), ...notOn('2027-02-09')],
      ),
    ],
  ),

  c(
    'b35-info-coll-this-week',
    ['newcomer-cd82'],
    [
      turn(
        'y a une info coll cette semaine pour prepa ? je voudrais envoyer 2 personnes',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),

  c(
    'b35-places-welding-then-logistics',
    ['newcomer-cd82'],
    [
      turn(
        'des places en soudure en ce moment ?',
        'agenda',
        [['soudeur', 'soudure'], seats(4)],
        [
          TRAININGS.macon,
          TRAININGS.cariste,
          TRAININGS.plaquiste,
          TRAININGS.electricien,
          TRAININGS.proprete,
          TRAININGS.restauration,
          TRAININGS.preparateur,
        ],
      ),
      turn(
        'et en logistique ?',
        'agenda',
        [['cariste'], seats(6), ['préparateur'], seats(5)],
        [TRAININGS.soudeur, TRAININGS.macon, TRAININGS.plaquiste, TRAININGS.electricien],
      ),
    ],
  ),

  c(
    'b35-promo-next-entry-and-info',
    ['newcomer-cd82', 'two-questions'],
    [
      turn('prochaine entree promo 16/18 ? et y a une info coll pour les parents ?', 'agenda', [
        on('2027-02-01'),
        on('2027-03-17'),
      ]),
    ],
  ),

  c(
    'b35-technical-visits',
    ['newcomer-cd82', 'vague'],
    [
      turn(
        'les visites de plateau technique c quand ? c pour montrer les metiers a mes allocs',
        'agenda',
        [on('2027-01-19'), on('2027-03-10')],
        notOn('2027-01-07'),
      ),
    ],
  ),

  c(
    'b35-volet-2-full-next',
    ['newcomer-cd82', 'two-questions'],
    [
      turn(
        'prepa volet 2 la session du 25 janvier il reste de la place ? sinon la suivante c quand',
        'agenda',
        [FULL, on('2027-02-15')],
        [...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),

  c(
    'b35-next-week',
    ['newcomer-afpa', 'vague'],
    [
      turn(
        'semaine prochaine il se passe quoi a l afpa ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-25'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),

  c(
    'b35-building-trades-meeting',
    ['newcomer-cd82', 'two-questions'],
    [
      turn(
        'reunion metiers batiment c quand et c ou ?',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),

  // ── Figures and targets ──────────────────────────────────────────────────
  c(
    'b35-copil-targets-year-public',
    ['newcomer-copil', 'formal'],
    [
      turn(
        'Bonjour, je rejoins le comité de pilotage. Combien de personnes par dispositif sont prévues par an dans le plan d’action ?',
        'figures',
        [THIRTY, FIFTY, TEN],
      ),
      turn('c etait pour quelle annee ces objectifs ?', 'figures', [['2022']]),
      turn('et les 10 jeunes c quel public exactement ?', 'figures', [
        ['ase', 'a.s.e', 'aide sociale à l’enfance', "aide sociale à l'enfance"],
      ]),
    ],
  ),

  c(
    'b35-promo-positive-exits',
    ['newcomer-copil'],
    [
      turn('la promo 16 18 vise quel taux de sorties positives ?', 'figures', [
        ['70 %', '70%', '70 pour cent'],
      ]),
    ],
  ),

  c(
    'b35-indicators-information',
    ['newcomer-copil', 'vague'],
    [
      turn('quels indicateurs on suit pour les jpo, infos coll et visites ?', 'figures', [
        [
          'nombre d’allocataires',
          "nombre d'allocataires",
          'nombre de participants',
          'nombre de bénéficiaires',
          'participant',
        ],
      ]),
    ],
  ),

  c(
    'b35-indicators-training-access',
    ['newcomer-copil', 'formal'],
    [
      turn(
        'Quels sont les indicateurs retenus pour l’accès à l’offre de formation de droit commun (2.1.2) ?',
        'figures',
        [
          ['taux de réussite', 'réussite aux examens'],
          [
            'sortie emploi',
            'sortie en emploi',
            'sorties emploi',
            'sorties en emploi',
            'sorties vers l’emploi',
            "sorties vers l'emploi",
          ],
        ],
      ),
    ],
  ),

  // ── Contacts ─────────────────────────────────────────────────────────────
  c(
    'b35-afpa-contact-then-thanks',
    ['newcomer-cd82'],
    [
      turn('c qui mon interlocuteur a l afpa pour prepa competences ? jsuis nouvelle', 'contact', [
        ['battedou', 'vella', 'responsable accompagnement et parcours'],
      ]),
      turn('merci !', 'other', []),
    ],
  ),

  c(
    'b35-department-contact-for-experiment',
    ['newcomer-afpa', 'formal'],
    [
      turn(
        'Côté Département, qui est notre interlocuteur pour l’expérimentation des trois dispositifs ?',
        'contact',
        [
          [
            'désign',
            'référent(e)',
            'référent de l’expérimentation',
            "référent de l'expérimentation",
            'référente de l',
          ],
        ],
      ),
    ],
  ),

  c(
    'b35-who-coordinates',
    ['newcomer-afpa'],
    [turn('qui coordonne les dispositifs au niveau du departement cote afpa ?', 'contact', [['vella']])],
  ),

  c(
    'b35-phone-number',
    ['newcomer-cd82', 'not-covered'],
    [
      turn(
        't as le numero de tel de l afpa montauban ? ou un mail',
        'contact',
        [[...NOT_COVERED, 'battedou', 'vella']],
        ['+33', '05 63', '0563', '@afpa'],
      ),
    ],
  ),

  c(
    'b35-who-signed',
    ['newcomer-copil'],
    [turn('qui a signe la convention ?', 'contact', [['weill'], ['vella']])],
  ),

  // ── Out of scope ─────────────────────────────────────────────────────────
  c(
    'b35-rsa-amount',
    ['newcomer-cd82', 'not-covered'],
    [
      turn(
        'c combien le montant du rsa pour une personne seule ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
        ['€', ' euros'],
      ),
    ],
  ),

  c(
    'b35-leave-request',
    ['newcomer-cd82'],
    [turn('comment je pose mes conges dans l appli rh du departement ?', 'out_of_scope', [OUT_OF_SCOPE])],
  ),

  c(
    'b35-lunch',
    ['newcomer-afpa'],
    [turn('tu peux me conseiller un resto sympa pres de l afpa pour midi ?', 'out_of_scope', [OUT_OF_SCOPE])],
  ),

  c(
    'b35-activity-bonus-form',
    ['newcomer-cd82'],
    [
      turn(
        'tu peux m aider a remplir une demande de prime d activite pour une allocataire ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),

  c(
    'b35-weather',
    ['newcomer-copil'],
    [turn('il va faire quel temps a montauban jeudi ?', 'out_of_scope', [OUT_OF_SCOPE])],
  ),

  // ── Prescribe and other ──────────────────────────────────────────────────
  c(
    'b35-orient-ase-youth',
    ['newcomer-cd82'],
    [
      turn(
        'je voudrais orienter un jeune ase de 16 ans vers la promo 16/18, comment je fais ?',
        'prescribe',
        [['prescri', 'formulaire', 'panda', 'inscri']],
      ),
    ],
  ),

  c(
    'b35-personal-data',
    ['newcomer-cd82'],
    [
      turn(
        'je peux te donner le nom et le n de secu d une beneficiaire pour que tu verifies son dossier ?',
        'other',
        [
          [
            'rgpd',
            'r.g.p.d',
            'données personnelles',
            'protection des données',
            'informatique et libertés',
            'confidential',
          ],
        ],
      ),
    ],
  ),
];
