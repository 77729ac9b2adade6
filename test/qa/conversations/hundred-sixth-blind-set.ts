/**
 * Hundred-sixth blind set. Who speaks: référents insertion and travailleurs sociaux of the
 * Département de Tarn-et-Garonne (CD82), in Teams, checking what a colleague, a beneficiary
 * or a rumour told them (« on m'a dit que… c'est vrai ? »), often with a wrong claim to
 * correct, abbreviations, no accents, typos, follow-ups and self-corrections.
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking at
 * the bot's code or at any other set.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with a straight and a typographic apostrophe. */
function apos(alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/'/g, '’'), a.replace(/’/g, "'")]))];
}

/** « 9h30 », « 9 h 30 », « 09:30 »… */
function at(h: number, m: number): string[] {
  const mm = String(m).padStart(2, '0');
  const hh = String(h).padStart(2, '0');
  if (m === 0) return [`${h}h`, `${h} h`, `${hh}:00`, `${h}:00`, `${hh}h`];
  return [`${h}h${mm}`, `${h} h ${mm}`, `${hh}:${mm}`, `${h}:${mm}`, `${hh}h${mm}`];
}

/** A yearly target of the action plan, as an answer may write it. */
function target(n: number, word: string): string[] {
  return [
    `${n} allocataire`,
    `${n} bénéficiaire`,
    `${n} personne`,
    `${n} jeune`,
    `${n} BRSA`,
    `${n} entrée`,
    `${n} orientation`,
    `: ${n}`,
    `objectif de ${n}`,
    `objectif ${n}`,
    `de ${n} `,
    word,
  ];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'entre 2 et 8',
  'de 2 à 8',
  '8 jours max',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
  '5-6 jours',
  '5 ou 6 jours',
  '5 a 6 j',
];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours', '4 a 8 j'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi'];
const REMOTE = ['distance', 'distanciel'];
const MINORS = ['16 à 18', '16-18', '16 et 17', '16-17', '16 ou 17', 'mineur', 'moins de 18', '16 a 17'];
const ML_CIO = ['mission locale', 'missions locales', 'CIO', 'C.I.O'];
const FREE = apos([
  'sans contrepartie',
  'gratuit',
  'sans frais',
  'aucun coût',
  'ne coûte rien',
  'pas de coût',
  "financé par l'État",
  'financés par l’État',
  'pris en charge par l’État',
  'PIC',
  'P.I.C',
  'plan d’investissement',
  'aucune contrepartie',
  'rien à payer',
]);
const VELLA = ['vella'];
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours'];
const PANDA = ['panda'];
const BILAN = ['bilan individuel', 'bilan'];
const FRANCE_TRAVAIL = ['france travail', 'pôle emploi', 'pole emploi', 'conseiller'];
const PEC_CONTRACT = apos([
  'contrat PEC',
  'contrat P.E.C',
  'parcours emploi compétences',
  'en PEC',
  'en P.E.C',
  'un PEC',
  'un P.E.C',
  'signataire',
  'salarié en pec',
]);
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'];
const CLEA = ['clea', 'cléa'];
const PLACE_FULL = apos([
  'complet',
  'plus de place',
  'aucune place',
  'pas de place',
  'plus aucune',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  "n'y a plus",
]);
const MONTHLY_REPORT_TO = ['DGEFP', 'D.G.E.F.P'];

/** The agreement is silent: « ne prévoit pas », « ne dit rien »… */
const NOT_COVERED = apos([
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'pas mentionn',
  'ne traite pas',
  'ne figure pas',
  "pas d'information",
  "n'en parle pas",
  'ne parle pas',
  'rien sur',
  'ne fixe pas',
  'ne détaille pas',
  'pas précisé',
  'ne contient pas',
  "n'aborde pas",
  'ne donne pas',
  'ne sais pas',
  'pas en mesure',
  'ne peux pas',
  "n'indique pas",
  'pas indiqué',
  'pas couvert',
  'non couvert',
  "n'évoque pas",
  "pas d'élément",
  'aucun élément',
  'aucune mention',
  'ne stipule pas',
  'ne porte pas',
  'ne concerne pas',
  'ne dispose pas',
  "je n'ai pas",
  'pas de réponse',
  'rien de prévu',
  'aucune précision',
  "n'est pas prévu",
  'ne répond pas',
]);

/** The figures of the year are not there yet. */
const NOT_YET = apos([
  'pas encore',
  'pas disponible',
  'indisponible',
  'non disponible',
  'aucune donnée',
  'pas de donnée',
  'ne dispose pas',
  "pas d'indicateur",
  'aucun chiffre',
  'pas de chiffre',
  'aucune entrée',
  'pas de résultat',
  'aucun résultat',
  'pas en mesure',
  'pas connu',
  'aucun bilan',
  '0 entrée',
  '0 allocataire',
  '0 prescription',
  'aucune prescription',
  'aucun indicateur',
  'pas de bilan',
  "je n'ai pas",
]);

/** A favourable verdict (none of these is a substring of a negative one). */
const YES = apos([
  'oui',
  'est éligible',
  'êtes éligible',
  'sont éligibles',
  'semble éligible',
  'bien éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut y entrer',
  'peut suivre',
  'peut faire',
  'peut être orienté',
  'peut être prescrit',
  'peut lui proposer',
  'a droit',
  'remplit',
  'correspond bien',
  'entre dans le public',
  'fait partie du public',
  'relève bien',
]);

/** An unfavourable verdict. */
const NO = apos([
  'pas éligible',
  'non éligible',
  'inéligible',
  "n'est pas",
  'ne peut pas',
  'ne remplit pas',
  'pas accessible',
  'ne correspond pas',
  'pas possible',
  'ne relève pas',
  'impossible',
  'trop jeune',
  'ne rentre pas',
  "n'entre pas",
  'non,',
  'non.',
  'non :',
  'réservé',
  'pas le public',
  'plus mineur',
  'majeur',
  'exclu',
]);

/** What an answer about a person not eligible to a programme must not say. */
function wrongYes(programme: string): string[] {
  return apos([
    'est bien éligible',
    'oui, il',
    'oui, elle',
    'oui il ',
    'oui elle ',
    `est éligible à ${programme}`,
    `peut intégrer ${programme}`,
    `peut faire ${programme}`,
    `peut bénéficier de ${programme}`,
    `peut entrer en ${programme}`,
  ]);
}
const WRONG_PROMO = wrongYes('la promo');

/** The prescription form, or the steps of a prescription. */
const PRESCRIPTION = apos([
  'formulaire',
  'fiche de prescription',
  'remplir',
  'renseign',
  'étape',
  'panda',
  'adhésion',
  'inscri',
  'carte',
  'ci-dessous',
]);
const GREETING = apos(['bonjour', 'salut', 'hello', 'bienvenue', 'je peux', 'puis-je', 'aide', 'besoin']);
const HELP = apos(['dispositif', 'agenda', 'prescri', 'éligib', 'question', 'je peux', 'puis-je', 'aide']);
const CANCELLED = apos([
  'annul',
  "d'accord",
  'ok',
  'pas de souci',
  'pas de problème',
  'entendu',
  'arrêt',
  'abandon',
  'noté',
  'très bien',
]);

/** The past JPO of Thursday 7 January is never listed. */
const PAST_JPO = notOn('2027-01-07');

// ── Dispositifs ─────────────────────────────────────────────────────────────

const DISPOSITIF: ConversationCase[] = [
  c(
    'b106-dispo-prepa-six-mois',
    ['rumour'],
    [
      turn(
        'ma collegue dit que la prepa dure 6 mois, exact ?',
        'dispositif',
        [PREPA_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b106-dispo-prepa-t-es-sur',
    ['rumour', 'insist'],
    [
      turn(
        'slt la prepa comp c bien 2 semaines en tout ?',
        'dispositif',
        [PREPA_DURATION, TWO_WEEKS],
        ['13 semaines'],
      ),
      turn("t'es sur ? on m'a dit 3 mois a l'info coll", 'dispositif', [PREPA_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b106-dispo-prepa-volets',
    ['two-questions'],
    [
      turn(
        'les 2 volets de la prepa c quoi exactement et ca dure combien chacun ? jdois expliquer a une dame demain',
        'dispositif',
        [['consolid', 'projet'], ['sécuris', 'entrée en formation'], VOLET1_DURATION, VOLET2_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b106-dispo-prepa-mixed',
    ['rumour', 'two-questions'],
    [
      turn(
        "alors si j'ai bien compris la prepa c 2 a 8 jours et c'est prescrit que par FT, c ca ?",
        'dispositif',
        [PREPA_DURATION, ['directement', 'département', 'vous pouvez', 'services compétents', 'référent']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b106-dispo-promo-mixed',
    ['rumour', 'two-questions'],
    [
      turn(
        'la promo c bien 13 semaines du lundi au vendredi ? le jeune doit bosser le vendredi chez son oncle',
        'dispositif',
        [PROMO_DURATION, ['jeudi']],
      ),
    ],
  ),
  c(
    'b106-dispo-pec-mixed',
    ['rumour', 'two-questions', 'follow-up'],
    [
      turn(
        'comp PEC c 5 jours et que en presentiel a montauban, exact ?',
        'dispositif',
        [PEC_DURATION, REMOTE],
        ['2 à 8 jours'],
      ),
      turn('ok et repartis comment les 5 jours, d un coup ?', 'dispositif', [
        [
          'durée du P.E.C',
          'durée du PEC',
          'répartis',
          'ateliers',
          'au long du contrat',
          'pendant le contrat',
        ],
      ]),
    ],
  ),
  c(
    'b106-dispo-prepa-distance',
    [],
    [
      turn('prepa comp c obligatoirement en presentiel a l afpa ? ma dame a pas de voiture', 'dispositif', [
        REMOTE,
      ]),
    ],
  ),
  c(
    'b106-dispo-prepa-ft-only',
    ['rumour'],
    [
      turn(
        'collegue me dit que la prepa c reserve aux inscrits FT, mes BRSA non inscrits peuvent pas ?',
        'dispositif',
        [
          apos([
            'inscrits ou non',
            'non inscrit',
            'pas inscrit',
            "qu'ils soient inscrits",
            'inscrits ou pas',
            'sans être inscrit',
            'non-inscrit',
            'même non inscrit',
            'ne sont pas inscrits',
          ]),
        ],
      ),
    ],
  ),
  c(
    'b106-dispo-prepa-cost',
    ['two-questions', 'insist'],
    [
      turn('la prepa ca coute combien au CD ? et c finance par qui en vrai', 'dispositif', [
        FREE,
        ['état', 'etat', 'PIC', 'P.I.C', 'plan d’investissement', "plan d'investissement"],
      ]),
      turn("t'es sur ? ma cheffe dit que le CD paye une partie", 'dispositif', [FREE]),
    ],
  ),
  c(
    'b106-dispo-prepa-remuneration',
    ['rumour', 'silent'],
    [
      turn(
        'question bete mais les BRSA en prepa ils sont remuneres ? ma collegue dit qu ils touchent 500 balles en plus du RSA',
        'dispositif',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b106-dispo-prepa-where',
    ['two-questions'],
    [
      turn(
        'la prepa c uniquement a montauban ? et les gens de valence d agen ils font comment',
        'dispositif',
        [
          ['montauban'],
          [
            'délocalis',
            'ensemble du département',
            'tout le département',
            'sur le département',
            'à distance',
            'distanciel',
          ],
        ],
      ),
    ],
  ),
  c(
    'b106-dispo-prepa-bilan',
    [],
    [turn('a la fin de la prepa on a un retour nous les referents ou rien ?', 'dispositif', [BILAN])],
  ),
  c(
    'b106-dispo-prepa-phases',
    ['rumour'],
    [
      turn("on m'a dit que la prepa c'est en 4 phases, c vrai ? lesquelles", 'dispositif', [
        ['préparer', 'preparer'],
        ['agir'],
      ]),
    ],
  ),
  c(
    'b106-dispo-pec-dix-jours',
    ['rumour'],
    [
      turn(
        'competences PEC ca dure combien ? on m a dit 10 jours',
        'dispositif',
        [PEC_DURATION],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b106-dispo-pec-certifs',
    [],
    [turn('en comp PEC ils peuvent passer quoi comme certif a la fin ?', 'dispositif', [VAE, RSFP, CLEA])],
  ),
  c(
    'b106-dispo-pec-start',
    ['rumour'],
    [
      turn(
        "faut attendre la fin du contrat PEC pour commencer competences PEC ? c'est ce que m'a dit l'employeur",
        'dispositif',
        [
          apos([
            'dès la signature',
            'signature du contrat',
            'premiers mois',
            'dès le début',
            'début du contrat',
            'pendant le',
          ]),
        ],
      ),
    ],
  ),
  c(
    'b106-dispo-pec-employer',
    ['two-questions'],
    [
      turn(
        "pour comp PEC l'employeur doit etre d'accord ? et c'est qui qui le previent, moi ou l'afpa ?",
        'dispositif',
        [['employeur'], ['accord'], ['référent', 'conseiller', 'vous']],
      ),
    ],
  ),
  c(
    'b106-dispo-pec-vae-duree',
    [],
    [
      turn('la partie VAE dans comp PEC c combien de temps', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b106-dispo-pec-portfolio',
    [],
    [
      turn(
        'il y a un doc qui reste a la personne apres comp pec ? genre un livret ou un truc',
        'dispositif',
        [['portefeuille de compétences', 'portefeuille']],
      ),
    ],
  ),
  c(
    'b106-dispo-promo-six-mois',
    ['rumour', 'two-questions'],
    [
      turn(
        'la promo 1618 c 6 mois ou 13 semaines ? et c tous les jours de la semaine ?',
        'dispositif',
        [PROMO_DURATION, MONDAY_THURSDAY],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b106-dispo-promo-max',
    ['insist'],
    [
      turn('promo 16 18 combien de temps', 'dispositif', [PROMO_DURATION]),
      turn('et ca peut etre plus long si le jeune a besoin ?', 'dispositif', [PROMO_MAX]),
    ],
  ),
  c(
    'b106-dispo-promo-phases',
    [],
    [
      turn("c'est quoi les etapes de la promo 1618 ?", 'dispositif', [
        ['engagement'],
        ['construction'],
        ['suite'],
      ]),
    ],
  ),
  c(
    'b106-dispo-promo-followup',
    ['rumour'],
    [
      turn(
        "apres la promo le jeune est lache dans la nature ? ma collegue dit qu'il y a pas de suivi",
        'dispositif',
        [
          ['6 mois', 'six mois'],
          ['mission locale', 'missions locales', 'accompagnement prolongé'],
        ],
      ),
    ],
  ),
  c(
    'b106-dispo-promo-code',
    ['two-questions'],
    [
      turn('a la promo 1618 ils preparent le code ? et ils ont des open badges ?', 'dispositif', [
        ['code de la route', 'code'],
        ['open badge'],
      ]),
    ],
  ),
  c(
    'b106-dispo-promo-parents',
    ['follow-up'],
    [
      turn('pour la promo faut l autorisation des parents ?', 'dispositif', [['autorisation']]),
      turn('et ca se fait a quel moment du parcours ?', 'dispositif', [
        ['engagement', 'première semaine', '1re semaine', '1ère semaine', 'premiere semaine', 'début'],
      ]),
    ],
  ),
  c(
    'b106-dispo-promo-source',
    ['source'],
    [
      turn('la promo 1618 c pour quel public deja', 'dispositif', [
        MINORS,
        ['décroch', 'quitté', 'formation', 'travaill'],
      ]),
      turn("c'est ecrit ou ca dans la convention ? quel article", 'dispositif', [
        ['2.1.3', 'protocole', 'annexe', 'article 2'],
      ]),
    ],
  ),
  c(
    'b106-dispo-fle',
    [],
    [
      turn(
        "j'ai un monsieur primo arrivant qui parle peu francais, l'afpa a un truc pour ca ?",
        'dispositif',
        [['français à visée professionnelle', 'langue étrangère', 'FLE', 'primo']],
      ),
    ],
  ),
  c(
    'b106-dispo-panda',
    ['two-questions'],
    [
      turn("c quoi PANDA ? et c'est nous qui devons saisir dedans ?", 'dispositif', [
        ['traçabilité', 'trace', 'plateforme', 'suivi des parcours'],
        ['référent', 'travailleurs sociaux', 'vous', 'habilit'],
      ]),
    ],
  ),
  c(
    'b106-dispo-convention-duree',
    ['source', 'two-questions'],
    [
      turn("l accord afpa CD il dure combien de temps ? et il demarre quand, on m'a dit 2020", 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2022'],
      ]),
    ],
  ),
  c(
    'b106-dispo-reporting',
    [],
    [
      turn(
        "les tableaux de bord mensuels de l'afpa ils partent ou ? ma cheffe pense que c'est au CD",
        'dispositif',
        [MONTHLY_REPORT_TO],
      ),
    ],
  ),
];

// ── Agenda (today: Monday 11 January 2027) ─────────────────────────────────

const AGENDA: ConversationCase[] = [
  c(
    'b106-agenda-infocoll-jeudi',
    ['rumour', 'two-questions'],
    [
      turn(
        "on m'a dit qu il y a une info coll prepa comp jeudi a montauban c vrai ? a quelle heure svp",
        'agenda',
        [on('2027-01-14'), at(9, 30)],
        [...PAST_JPO, ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b106-agenda-infocoll-towns',
    ['follow-up', 'correction'],
    [
      turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14')], PAST_JPO),
      turn('et a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-01-14')),
      turn('non pardon je voulais dire moissac', 'agenda', [
        [...on('2027-02-09'), ...on('2027-03-08'), 'aucune', 'pas d', "n'y a pas", 'n’y a pas'],
      ]),
    ],
  ),
  c(
    'b106-agenda-jpo-moissac',
    ['rumour'],
    [
      turn(
        'ma collegue dit que la JPO c le 3 fevrier a moissac exact ?',
        'agenda',
        [on('2027-02-03'), ['montauban']],
        PAST_JPO,
      ),
    ],
  ),
  c(
    'b106-agenda-jpo-list',
    ['follow-up'],
    [
      turn('les prochaines JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], PAST_JPO),
      turn(
        'et celle de moissac c a quelle heure ?',
        'agenda',
        [on('2027-02-17'), at(10, 0)],
        notOn('2027-02-03'),
      ),
    ],
  ),
  c(
    'b106-agenda-jpo-past',
    ['rumour'],
    [
      turn("je peux encore inscrire qqn a la JPO du 7 janvier ? une dame m'en a parle", 'agenda', [
        [...on('2027-02-03'), 'passé', 'déjà eu lieu', 'a eu lieu', 'terminé', 'est passée'],
      ]),
    ],
  ),
  c(
    'b106-agenda-volet2-full',
    ['follow-up'],
    [
      turn('il reste de la place sur la prepa volet 2 du 25 janvier ?', 'agenda', [PLACE_FULL], PAST_JPO),
      turn('et la suivante en volet 2 elle a de la place ?', 'agenda', [
        on('2027-02-15'),
        ['castelsarrasin'],
        seats(5),
      ]),
    ],
  ),
  c(
    'b106-agenda-soudeur-places',
    ['rumour'],
    [
      turn(
        "soudeur il reste combien de places ? on m'a dit 10",
        'agenda',
        [seats(4)],
        ['plaquiste', 'cariste', 'maçon', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b106-agenda-visite-soudure',
    ['two-questions'],
    [
      turn('la visite plateau soudure c bien mardi 19 ? ca commence a quelle heure', 'agenda', [
        on('2027-01-19'),
        at(14, 0),
      ]),
    ],
  ),
  c(
    'b106-agenda-batiment-town',
    ['rumour'],
    [
      turn('la reunion metier batiment c a montauban le 23 fev c ca ?', 'agenda', [
        ['caussade'],
        on('2027-02-23'),
      ]),
    ],
  ),
  c(
    'b106-agenda-infocoll-march',
    [],
    [
      turn(
        'y a quoi comme info coll en mars ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-17')],
        [...notOn('2027-02-11'), ...notOn('2027-01-14'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b106-agenda-pec-atelier2',
    ['rumour'],
    [
      turn(
        'prochaine entree comp PEC atelier 2 ? ma collegue dit pas avant mars',
        'agenda',
        [on('2027-01-20')],
        notOn('2027-02-10'),
      ),
    ],
  ),
  c(
    'b106-agenda-prepa-distance',
    [],
    [turn('prepa en distanciel c quand la prochaine ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18'))],
  ),
  c(
    'b106-agenda-promo-entry',
    ['two-questions', 'follow-up'],
    [
      turn('promo 1618 prochaine entree ? et c ou ?', 'agenda', [on('2027-02-01'), ['montauban']]),
      turn('il reste de la place ?', 'agenda', [seats(10)]),
    ],
  ),
  c(
    'b106-agenda-logistique-places',
    ['follow-up'],
    [
      turn(
        'des places en cariste en ce moment ?',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['plaquiste', 'soudeur'],
      ),
      turn(
        'et prepa de commandes ?',
        'agenda',
        [seats(5), ['castelsarrasin'], on('2027-03-01')],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b106-agenda-plaquiste',
    [],
    [
      turn(
        'plaquiste il reste de la place ? mon BRSA est hyper motive',
        'agenda',
        [PLACE_FULL],
        [...seats(2), ...seats(3), ...seats(4)],
      ),
    ],
  ),
  c(
    'b106-agenda-restauration-town',
    ['rumour'],
    [
      turn('la formation agent de restau c a montauban ? combien de places', 'agenda', [
        ['caussade'],
        seats(4),
      ]),
    ],
  ),
  c(
    'b106-agenda-logistique-meeting',
    [],
    [
      turn(
        'la reunion metiers logistique c quand et ou',
        'agenda',
        [on('2027-01-26'), ['montauban']],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b106-agenda-next-week',
    [],
    [
      turn(
        'quoi de prevu la semaine prochaine ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b106-agenda-this-week',
    [],
    [
      turn(
        'cette semaine il se passe quoi a l afpa',
        'agenda',
        [on('2027-01-14')],
        [...PAST_JPO, ...notOn('2027-01-19')],
      ),
    ],
  ),
  c(
    'b106-agenda-visite-elec',
    ['two-questions', 'follow-up'],
    [
      turn('visite elec c le 10 mars ? combien de places', 'agenda', [on('2027-03-10'), seats(8)]),
      turn('et celle de soudure ?', 'agenda', [on('2027-01-19'), seats(8)], notOn('2027-03-10')),
    ],
  ),
  c(
    'b106-agenda-electricien',
    ['insist', 'rumour'],
    [
      turn(
        'formation electricien des places ?',
        'agenda',
        [seats(2), on('2027-03-08')],
        ['plaquiste', 'cariste'],
      ),
      turn("t'es sur ? on m'a dit 5", 'agenda', [seats(2)]),
    ],
  ),
  c(
    'b106-agenda-macon',
    [],
    [
      turn(
        'macon ca commence quand et il reste des places ?',
        'agenda',
        [on('2027-02-15'), seats(3)],
        ['plaquiste'],
      ),
    ],
  ),
  c(
    'b106-agenda-promo-infocoll-moissac',
    ['rumour'],
    [turn('y a une info coll promo 16/18 a moissac ?', 'agenda', [['montauban'], on('2027-03-17')])],
  ),
  c(
    'b106-agenda-volet1-correction',
    ['correction', 'follow-up'],
    [
      turn('prochaine session prepa volet 1 a castelsarrasin ?', 'agenda', [
        [
          ...on('2027-01-18'),
          ...on('2027-02-08'),
          ...on('2027-03-08'),
          'aucune',
          'pas de session',
          "n'y a pas",
          'n’y a pas',
        ],
      ]),
      turn(
        'ah non pardon je voulais dire moissac',
        'agenda',
        [on('2027-03-08'), ['mixte', 'distance', 'présentiel']],
        [...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b106-agenda-volet1-seats',
    ['rumour'],
    [
      turn(
        "la prepa volet 1 du 18 janvier a montauban elle est complete d'apres ma collegue, c vrai ?",
        'agenda',
        [seats(6)],
      ),
    ],
  ),
];

// ── Eligibility ────────────────────────────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c(
    'b106-elig-brsa-prepa',
    ['follow-up'],
    [
      turn(
        "alors j'ai un monsieur BRSA, 45 ans, pas inscrit a FT, il voudrait se former cariste mais il est pas sur de son projet, on part sur quoi ? prepa comp ca peut le faire ?",
        'eligibility',
        [YES, ['prépa', 'prepa']],
      ),
      turn(
        "ah en fait il a deja son projet cariste valide, il veut juste securiser l'entree en formation, ca change quoi ?",
        'eligibility',
        [['volet 2', 'sécuris'], VOLET2_DURATION],
      ),
    ],
  ),
  c(
    'b106-elig-ase-17',
    [],
    [
      turn(
        'jeune ASE 17 ans, sorti du lycee en octobre, rien depuis ni boulot ni formation, promo 1618 possible ?',
        'eligibility',
        [YES],
      ),
    ],
  ),
  c(
    'b106-elig-15',
    [],
    [
      turn(
        'un jeune de 15 ans decrocheur il peut faire la promo 1618 ?',
        'eligibility',
        [NO, ['16']],
        WRONG_PROMO,
      ),
    ],
  ),
  c(
    'b106-elig-ase-18',
    ['rumour'],
    [
      turn(
        "ma collegue dit que les jeunes ASE ca marche jusqu'a 18 ans revolus pour la promo, j'en ai un qui a eu 18 ans le mois dernier, il peut y aller ?",
        'eligibility',
        [NO, MINORS],
        WRONG_PROMO,
      ),
    ],
  ),
  c(
    'b106-elig-pec-mairie',
    ['two-questions'],
    [
      turn(
        "une dame BRSA en PEC depuis 2 mois a la mairie, elle voudrait valider ses acquis, comp PEC c bon ? et faut prevenir l'employeur ?",
        'eligibility',
        [YES, ['employeur']],
      ),
    ],
  ),
  c(
    'b106-elig-no-pec',
    [],
    [
      turn(
        'BRSA sans contrat, elle veut faire competences PEC pour avoir une VAE, c possible ?',
        'eligibility',
        [NO, PEC_CONTRACT],
        wrongYes('compétences pec'),
      ),
    ],
  ),
  c(
    'b106-elig-apprenti',
    [],
    [
      turn(
        'jeune de 17 ans en apprentissage chez un boulanger, il veut faire la promo',
        'eligibility',
        [NO],
        WRONG_PROMO,
      ),
    ],
  ),
  c(
    'b106-elig-ml-16',
    ['two-questions'],
    [
      turn(
        'jeune suivi ML 16 ans, a quitte le college l an dernier, ni formation ni emploi : promo ok ? et c qui qui l oriente ?',
        'eligibility',
        [YES, ML_CIO],
      ),
    ],
  ),
  c(
    'b106-elig-rqth',
    [],
    [
      turn(
        "une personne BRSA avec une RQTH, elle peut faire la prepa ? on m'a dit que non à cause de la TH",
        'eligibility',
        [YES],
      ),
    ],
  ),
  c(
    'b106-elig-ft-only',
    [],
    [
      turn(
        'monsieur 58 ans, pas au RSA, juste inscrit a FT, je peux lui prescrire la prepa via le CD ?',
        'eligibility',
        [['RSA', 'R.S.A', 'allocataire'], FRANCE_TRAVAIL],
      ),
    ],
  ),
  c(
    'b106-elig-ase-16-lycee',
    ['follow-up'],
    [
      turn('jeune ASE 16 ans elle peut faire la promo ?', 'eligibility', [
        apos([
          'décroch',
          'quitté',
          'sans formation',
          'pas en formation',
          'ni en formation',
          'ne travaille',
          'ni emploi',
          'déscolaris',
          'oui',
        ]),
      ]),
      turn('ah mince elle est encore au lycee en fait, en 1ere', 'eligibility', [NO], WRONG_PROMO),
    ],
  ),
  c(
    'b106-elig-volet2',
    [],
    [
      turn(
        'BRSA accompagnement global, il a deja son projet (TP soudeur a l afpa) il veut juste securiser son entree en formation, prepa ?',
        'eligibility',
        [YES, ['volet 2', 'sécuris']],
      ),
    ],
  ),
  c(
    'b106-elig-pec-or-prepa',
    ['two-questions'],
    [
      turn(
        "une dame BRSA en contrat PEC en EHPAD, 60 ans, elle peut faire la prepa ou plutot comp PEC ? et l'age c un souci ?",
        'eligibility',
        [['compétences pec', 'competences p.e.c', 'comp pec']],
      ),
    ],
  ),
  c(
    'b106-elig-age-correction',
    ['correction'],
    [
      turn('un jeune de 19 ans ASE peut faire la promo 1618 ?', 'eligibility', [NO, MINORS], WRONG_PROMO),
      turn(
        'non pardon il a 17 ans, je confonds avec son frere. il est sorti du lycee et fait rien',
        'eligibility',
        [YES],
      ),
    ],
  ),
  c(
    'b106-elig-brsa-age',
    ['rumour'],
    [
      turn(
        "on m'a dit que la prepa c'est max 50 ans, j'ai une BRSA de 56 ans tres motivee pour reprendre une formation, c mort ?",
        'eligibility',
        [[...YES, ...NOT_COVERED, 'pas de limite', "pas d'âge", 'aucune limite', "pas d'age", 'aucun âge']],
      ),
    ],
  ),
];

// ── Out of scope: what the agreement does not cover ────────────────────────

const OUT_OF_SCOPE: ConversationCase[] = [
  c(
    'b106-oos-transport',
    [],
    [
      turn(
        'les frais de deplacement pour aller a montauban sont rembourses pendant la prepa ? la personne habite a lauzerte',
        'out_of_scope',
        [[...NOT_COVERED, 'conditions matérielles']],
      ),
    ],
  ),
  c(
    'b106-oos-promo-pay',
    ['rumour'],
    [
      turn("un jeune m'a dit qu'a la promo 1618 on est paye 200 euros par mois, c vrai ?", 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b106-oos-caces',
    [],
    [
      turn("l'afpa fait des CACES finances par le CD dans le cadre de l'accord ?", 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b106-oos-cpf',
    [],
    [
      turn('on peut utiliser le CPF de la personne pour payer la prepa ?', 'out_of_scope', [
        [...NOT_COVERED, ...FREE],
      ]),
    ],
  ),
  c(
    'b106-oos-childcare',
    [],
    [
      turn(
        "garde d'enfants pendant la prepa c'est pris en charge par qui ? maman solo 2 enfants",
        'out_of_scope',
        [[...NOT_COVERED, 'conditions matérielles', 'sécuris', "s'assure", 's’assure']],
      ),
    ],
  ),
  c(
    'b106-oos-weather',
    [],
    [
      turn('il va pleuvoir demain a montauban ?', 'out_of_scope', [
        [...NOT_COVERED, 'uniquement', 'seulement', 'je réponds', 'dispositif'],
      ]),
    ],
  ),
  c(
    'b106-oos-housing',
    [],
    [
      turn(
        "tu peux m'aider a faire une demande de logement social pour un monsieur que j'accompagne",
        'out_of_scope',
        [[...NOT_COVERED, 'uniquement', 'seulement', 'je réponds', 'dispositif']],
      ),
    ],
  ),
  c(
    'b106-oos-prime-activite',
    [],
    [
      turn("la prime d'activite elle se cumule avec la prepa ? et le RSA est maintenu ?", 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b106-oos-toulouse',
    [],
    [
      turn(
        "ma personne demenage a toulouse, elle peut faire la prepa au centre afpa de toulouse avec l'accord ?",
        'out_of_scope',
        [[...NOT_COVERED, 'tarn-et-garonne', 'tarn et garonne', 'montauban']],
      ),
    ],
  ),
  c(
    'b106-oos-promo-housing',
    [],
    [
      turn('a la promo 1618 les jeunes sont heberges ? ils dorment sur place ?', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b106-oos-permis',
    ['follow-up'],
    [
      turn('la promo ca prepare au code ?', 'dispositif', [['code']]),
      turn('et le permis B il est finance ?', 'out_of_scope', [NOT_COVERED]),
    ],
  ),
];

// ── Contact: roles of section 6 of the protocol ────────────────────────────

const CONTACT: ConversationCase[] = [
  c(
    'b106-contact-deploiement',
    ['follow-up'],
    [
      turn("qui je contacte a l'afpa pour le deploiement de la prepa ?", 'contact', [BATTEDOU]),
      turn('et pour la promo 1618 c la meme personne ?', 'contact', [BATTEDOU]),
    ],
  ),
  c(
    'b106-contact-coordo',
    ['rumour'],
    [
      turn(
        "c'est qui le coordo departemental des dispositifs cote afpa ? ma collegue dit fabienne battedou",
        'contact',
        [VELLA],
      ),
    ],
  ),
  c(
    'b106-contact-battedou-role',
    ['rumour', 'insist'],
    [
      turn('fabienne battedou c la directrice du centre de montauban ?', 'contact', [
        ['responsable accompagnement et parcours', 'accompagnement et parcours'],
        VELLA,
      ]),
      turn("t'es sur ? je pensais que vella c'etait le CD", 'contact', [
        ['directeur', 'coordonnateur'],
        ['afpa', 'a.f.p.a'],
      ]),
    ],
  ),
  c(
    'b106-contact-accord-cd',
    ['two-questions'],
    [turn("qui suit l'accord cote departement ? et cote afpa ?", 'contact', [['weill', 'président'], VELLA])],
  ),
  c(
    'b106-contact-panda',
    [],
    [turn("qui m'habilite sur panda ? mon chef ?", 'contact', [['afpa', 'a.f.p.a'], ['habilit']])],
  ),
  c(
    'b106-contact-referent-expe',
    [],
    [
      turn("cote CD c'est qui l'interlocuteur de l'afpa pour l'expe prepa / PEC / promo ?", 'contact', [
        apos([
          'référent de l’expérimentation',
          'référente de l’expérimentation',
          'référent(e) de l’expérimentation',
          'désign',
          'référent',
        ]),
      ]),
    ],
  ),
  c(
    'b106-contact-promo-ase',
    [],
    [
      turn("pour orienter un jeune ASE vers la promo 1618 je m'adresse a qui ?", 'contact', [
        [...BATTEDOU, ...VELLA, ...ML_CIO],
      ]),
    ],
  ),
  c(
    'b106-contact-phone',
    [],
    [
      turn(
        'tu as le tel ou le mail de fabienne battedou ?',
        'contact',
        [NOT_COVERED],
        ['05 63', '0563', '@afpa.fr'],
      ),
    ],
  ),
  c(
    'b106-contact-bilan-to',
    ['rumour'],
    [
      turn("le bilan de fin de prepa il est envoye a FT d'apres un collegue, pas a nous ?", 'contact', [
        ['référent', 'vous'],
        BILAN,
      ]),
    ],
  ),
];

// ── Figures: yearly targets, figures not yet there ─────────────────────────

const FIGURES: ConversationCase[] = [
  c(
    'b106-figures-prepa-50',
    ['rumour'],
    [turn("l'objectif prepa c 50 BRSA par an c ca ?", 'figures', [target(30, 'trente')])],
  ),
  c(
    'b106-figures-promo-ase',
    ['follow-up'],
    [
      turn('combien de jeunes ASE on doit orienter vers la promo, objectif ?', 'figures', [
        target(10, 'dix'),
      ]),
      turn("c'est l'objectif de quelle annee ?", 'figures', [['2022']]),
    ],
  ),
  c(
    'b106-figures-actuals',
    [],
    [turn('combien de BRSA sont entres en prepa depuis janvier ?', 'figures', [NOT_YET])],
  ),
  c(
    'b106-figures-all-targets',
    [],
    [
      turn('les objectifs annuels des 3 dispositifs svp pour ma reunion de service', 'figures', [
        target(30, 'trente'),
        target(50, 'cinquante'),
        target(10, 'dix'),
      ]),
    ],
  ),
  c(
    'b106-figures-pec-reached',
    ['follow-up'],
    [
      turn('objectif comp PEC ?', 'figures', [target(50, 'cinquante')]),
      turn('et on en est ou, c atteint ?', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b106-figures-35000',
    ['rumour'],
    [
      turn("35 000 jeunes en promo c l'objectif du tarn et garonne ? ca me parait enorme", 'figures', [
        ['national', 'france', '2021'],
        target(10, 'dix'),
      ]),
    ],
  ),
  c(
    'b106-figures-promo-exits',
    [],
    [turn('taux de sorties positives vise pour la promo 1618 ?', 'figures', [['70']])],
  ),
  c(
    'b106-figures-source',
    ['source', 'follow-up'],
    [
      turn('objectif prepa pour le 82 ?', 'figures', [target(30, 'trente')]),
      turn("c'est ecrit ou ? je dois le citer", 'figures', [
        ['annexe', 'protocole', 'déploiement', 'plan d’action', "plan d'action", 'objectifs partagés'],
      ]),
    ],
  ),
];

// ── Prescribe ──────────────────────────────────────────────────────────────

const PRESCRIBE: ConversationCase[] = [
  c(
    'b106-prescribe-prepa',
    ['follow-up'],
    [
      turn('je veux prescrire une prepa pour une dame BRSA', 'prescribe', [PRESCRIPTION]),
      turn("c'est quand la prochaine entree ou il reste de la place ?", 'agenda', [on('2027-01-18')]),
    ],
  ),
  c(
    'b106-prescribe-pec-how',
    [],
    [turn('comment on prescrit comp PEC concretement ?', 'prescribe', [PRESCRIPTION])],
  ),
  c(
    'b106-prescribe-via-ft',
    ['rumour'],
    [
      turn(
        'faut passer par FT pour prescrire la prepa ? mon ancienne collegue faisait comme ca',
        'prescribe',
        [
          [
            'directement',
            'sans passer',
            'vous-même',
            'vous pouvez prescrire',
            'pas besoin',
            'pas nécessaire',
          ],
        ],
      ),
    ],
  ),
  c(
    'b106-prescribe-promo-panda',
    ['follow-up'],
    [
      turn('je voudrais orienter un jeune ASE vers la promo', 'prescribe', [PRESCRIPTION]),
      turn("c'est moi qui l'inscris sur panda ou l'afpa ?", 'prescribe', [PANDA, ['référent', 'vous']]),
    ],
  ),
  c(
    'b106-prescribe-session',
    [],
    [turn('prescrire sur la session prepa volet 1 du 18 janvier stp', 'prescribe', [PRESCRIPTION])],
  ),
  c(
    'b106-prescribe-ddets',
    ['rumour'],
    [
      turn("ma collegue dit qu'il faut un accord de la DDETS avant de prescrire, c vrai ?", 'prescribe', [
        ['directement', 'pas besoin', 'sans', 'vous pouvez'],
      ]),
    ],
  ),
  c(
    'b106-prescribe-steps',
    ['two-questions'],
    [
      turn(
        "avant de prescrire la prepa je dois faire quoi avec la personne ? et je m'occupe de la mobilite ou pas ?",
        'prescribe',
        [
          ['adhésion', 'informe', 'inform'],
          ['mobilité', 'conditions matérielles'],
        ],
      ),
    ],
  ),
  c(
    'b106-prescribe-distance',
    [],
    [turn('jpeux prescrire pour un BRSA la prepa en distanciel du 8 fevrier ?', 'prescribe', [PRESCRIPTION])],
  ),
];

// ── Other: greetings, help, cancel ─────────────────────────────────────────

const OTHER: ConversationCase[] = [
  c('b106-other-hello', [], [turn('slt', 'other', [GREETING])]),
  c('b106-other-help', [], [turn('aide', 'other', [HELP])]),
  c(
    'b106-other-what-can-you-do',
    [],
    [
      turn(
        "bonjour je suis nouvelle referente au CD depuis lundi, on m'a dit de te poser mes questions, tu sais faire quoi exactement ?",
        'other',
        [HELP],
      ),
    ],
  ),
  c(
    'b106-other-cancel-prescription',
    [],
    [turn('je veux prescrire', 'prescribe', [PRESCRIPTION]), turn('non laisse tomber', 'other', [CANCELLED])],
  ),
  c(
    'b106-other-thanks',
    [],
    [
      turn('merci bcp !', 'other', [
        apos([
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'bonne journée',
          "n'hésitez",
          'volontiers',
          'service',
        ]),
      ]),
    ],
  ),
  c('b106-other-cancel', [], [turn('annule', 'other', [CANCELLED])]),
];

export const HUNDRED_SIXTH_BLIND_SET: ConversationCase[] = [
  ...DISPOSITIF,
  ...AGENDA,
  ...ELIGIBILITY,
  ...OUT_OF_SCOPE,
  ...CONTACT,
  ...FIGURES,
  ...PRESCRIBE,
  ...OTHER,
];
