/**
 * Eighty-sixth blind set. Who speaks: référents insertion of the Département (CD82) pasting
 * structured notes (« Situation : … / Demande : … », dashes, several lines) before their
 * question, comparing two programmes for one person, typing as in Teams (abbreviations, no
 * accents, typos, SMS style, rambling, follow-ups that only make sense after the previous
 * turn), and AFPA Montauban staff asking what the agreement expects of them (reports, who to
 * inform, deadlines, indicators). Places and dates are often asked with ranges.
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its
 * action plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the
 * bot's code or any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case whose tags get the intents of its turns, and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa compétences', 'prepa-competences', 'prépa comp'];
const PEC_PROGRAMME = ['compétences pec', 'compétences p.e.c', 'compétences-pec', 'compétences – pec'];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'la promo'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
  '5-6 jours',
  '5 à 6 j',
  '5 ou 6 jours',
];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours', '4 à 8 j'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];

/** Another programme's duration, wrong in an answer about one programme. */
const NOT_PREPA = ['13 semaines', 'treize semaines'];

const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const PANDA = ['panda'];
const REFERENT = ['référent', 'referent', 'conseiller'];
const EMPLOYER = ['employeur'];
const ADHESION = ['adhésion', 'adhesion', 'adhère', 'adhere', 'accord', 'consentement'];
const MATERIAL = ['mobilité', 'garde d', 'conditions matérielles'];
const DGEFP = ['DGEFP', 'D.G.E.F.P'];
const DDETSPP = ['DDETSPP', 'D.D.E.T.S.P.P'];
const AFPA = ['AFPA', 'A.F.P.A'];
const VELLA = ['Vella'];
const BATTEDOU = ['Battedou', 'Responsable Accompagnement et Parcours', 'responsable accompagnement'];
const FRANCE_TRAVAIL = ['France Travail', 'Pôle emploi', 'pole-emploi'];
const RSA = ['RSA', 'R.S.A'];
const FULL = [
  'complet',
  ' 0 place',
  'places : 0',
  'aucune place',
  'plus de place',
  'plus aucune place',
  'pas de place',
];
const MORNING_930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];

/** A positive verdict, and what it must then not say. */
const YES = [
  'éligible',
  'oui',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'correspond',
  'remplit',
  'peut être orienté',
  'peut être orientée',
  'peut y prétendre',
];
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible'];

/** A negative verdict. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne relève pas',
  'ne correspond pas',
  'réservé',
  'pas ouvert',
  'ne remplit pas',
  'pas accessible',
  'pas concerné',
  'ne s’adresse pas',
  "ne s'adresse pas",
  'exclu',
  'trop jeune',
  'hors du public',
  'pas dans le public',
  'n’entre pas',
  "n'entre pas",
  'non :',
  'non,',
  'non.',
  'non !',
];

/** The agreement says nothing about it. */
const NOT_SAID = [
  'ne prévoit pas',
  'ne le prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne le précise pas',
  'pas précisé',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'ne mentionne pas',
  'pas mentionné',
  'ne traite pas',
  'ne parle pas',
  'n’en parle pas',
  "n'en parle pas",
  'n’aborde pas',
  "n'aborde pas",
  'ne fixe pas',
  'ne figure pas',
  'ne contient pas',
  'n’indique pas',
  "n'indique pas",
  'rien à ce sujet',
  'rien sur',
  'pas d’information',
  "pas d'information",
  'ne règle pas',
  'pas abordé',
  'pas traité',
];
/** Out of the bot's field altogether. */
const OFF_TOPIC = [
  ...NOT_SAID,
  'ne peux pas',
  'je ne sais pas',
  'pas en mesure',
  'uniquement',
  'seulement',
  'ne suis pas',
  'pas de mon ressort',
  'je réponds',
  'je peux vous aider',
  'je peux t’aider',
];
/** Figures the bot cannot have yet. */
const NOT_AVAILABLE = [
  'pas encore',
  'pas disponible',
  'ne dispose pas',
  'pas de donnée',
  'pas de chiffre',
  'aucun chiffre',
  'aucune donnée',
  'indisponible',
  'pas en mesure',
  'n’ai pas',
  "n'ai pas",
  'pas d’indicateur',
  "pas d'indicateur",
  'aucun',
  ' 0 ',
  'zéro',
  'pas connu',
  'pas de résultat',
];
/** The prescription form, or its steps. */
const PRESCRIBE = [
  'formulaire',
  'fiche de prescription',
  'panda',
  'remplir',
  'renseign',
  'étape',
  'adhésion',
];
const CANCELLED = [
  'annul',
  'd’accord',
  "d'accord",
  'ok',
  'arrêt',
  'abandon',
  'c’est noté',
  "c'est noté",
  'pas de souci',
  'entendu',
];

/** A places answer about one training names no other training. */
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
const OTHER_TRAININGS = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

// ── The set ─────────────────────────────────────────────────────────────────

export const EIGHTY_SIXTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──────────────────────────────────────────────────────────
  c(
    'b86-disp-01',
    ['notes', 'two-questions'],
    [
      turn(
        'Situation : BRSA 44 ans, pas inscrite FT, veut se reconvertir mais sait pas vers quoi\nDemande : c quoi la prepa comp exactement et ca dure cb ?',
        'dispositif',
        [[...PREPA_DURATION, ...VOLET1_DURATION], ['projet']],
        NOT_PREPA,
      ),
    ],
  ),
  c(
    'b86-disp-02',
    ['sms', 'two-questions'],
    [
      turn(
        'prepa comp volet 2 c pour qui ?? et ca dure cb',
        'dispositif',
        [['entrée en formation', 'entrée de formation', 'sécuriser', 'sécurise'], VOLET2_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b86-disp-03',
    ['two-questions'],
    [
      turn(
        'compet PEC ca dure combien et c quoi les phases',
        'dispositif',
        [PEC_DURATION, ['5 phases', 'cinq phases', 'phase']],
        NOT_PREPA,
      ),
    ],
  ),
  c(
    'b86-disp-04',
    [],
    [
      turn('compet PEC a la fin ya un diplome ou pas', 'dispositif', [
        VAE,
        ['RSFP', 'R.S.F.P', 'savoir-faire', 'CléA', 'certification'],
      ]),
    ],
  ),
  c(
    'b86-disp-05',
    ['two-questions'],
    [
      turn('La promo: il se passe quoi apres le programme ? y a un suivi des jeunes ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b86-disp-06',
    [],
    [
      turn('les differentes phases de la promo 1618 svp', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['suite', 'préparation'],
      ]),
    ],
  ),
  c(
    'b86-disp-07',
    ['cost'],
    [
      turn(
        'ca coute combien au CD une prescription prepa ? on a plus de budget lol',
        'dispositif',
        [
          [
            'sans contrepartie',
            'aucune contrepartie',
            'gratuit',
            'aucun coût',
            'pas de coût',
            'ne coûte rien',
            'rien au département',
            'pas de frais',
            'financé par l’état',
            "financé par l'état",
          ],
        ],
        [' €', 'euros'],
      ),
    ],
  ),
  c(
    'b86-disp-08',
    ['cost'],
    [
      turn('qui finance prepa comp pour les brsa au juste ?', 'dispositif', [
        ['État', 'etat'],
        ['PIC', 'P.I.C', 'investissement dans les compétences'],
      ]),
    ],
  ),
  c(
    'b86-disp-09',
    ['two-questions', 'remuneration'],
    [
      turn(
        'le beneficiaire est remunere pendant la prepa comp ? il garde son rsa ?',
        'dispositif',
        [NOT_SAID],
        [' €', 'euros'],
      ),
    ],
  ),
  c(
    'b86-disp-10',
    ['two-questions', 'report'],
    [
      turn('bilan individuel en fin de prepa, c qui qui l envoie et a qui ?', 'dispositif', [
        AFPA,
        ['référent', 'referent'],
      ]),
    ],
  ),
  c(
    'b86-disp-11',
    [],
    [
      turn('la VAE dans compet PEC ca prend cb de temps en vrai ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b86-disp-12',
    ['rambling'],
    [
      turn(
        'alors jai une BRSA primo arrivante, tres motivee, elle a travaille dans son pays en couture mais parle encore peu francais, l afpa a un truc pour la langue ?',
        'dispositif',
        [['visée professionnelle', 'langue étrangère', 'FLE']],
      ),
    ],
  ),
  c(
    'b86-disp-13',
    [],
    [
      turn('prepa comp c ou ? que montauban ??', 'dispositif', [
        ['Montauban'],
        [
          'délocalis',
          'ensemble du département',
          'tout le département',
          'autres communes',
          'ailleurs dans le département',
        ],
      ]),
    ],
  ),
  c(
    'b86-disp-14',
    ['compare'],
    [
      turn(
        'diff entre volet 1 et volet 2 de la prepa ?',
        'dispositif',
        [VOLET1_DURATION, VOLET2_DURATION],
        NOT_PREPA,
      ),
    ],
  ),
  c(
    'b86-disp-15',
    ['afpa-staff', 'report', 'two-questions'],
    [
      turn(
        'Bonjour, equipe AFPA Montauban. Qu est ce que la convention attend de nous pour le reporting DGEFP ? le tableau de bord c tous les combien ?',
        'dispositif',
        [
          ['mensuel', 'chaque mois', 'tous les mois'],
          ['trimestriel', 'annuel'],
        ],
      ),
    ],
  ),
  c(
    'b86-disp-16',
    ['afpa-staff'],
    [
      turn(
        'cote afpa on doit venir presenter nos actions au service insertion du CD ? a quelle frequence ?',
        'dispositif',
        [['semestre', 'deux fois par an', '2 fois par an']],
      ),
    ],
  ),
  c(
    'b86-disp-17',
    ['afpa-staff'],
    [
      turn(
        'on est la nouvelle equipe afpa montauban, on doit transmettre quoi au departement niveau agenda et places ?',
        'dispositif',
        [
          ['portes ouvertes', 'JPO', 'informations collectives', 'info coll'],
          ['Info Places', 'places disponibles', 'calendrier'],
        ],
      ),
    ],
  ),
  c(
    'b86-disp-18',
    ['two-questions'],
    [
      turn('la convention cd/afpa dure combien de temps ? et on peut la resilier ?', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2 mois', 'deux mois', 'préavis'],
      ]),
    ],
  ),
  c(
    'b86-disp-19',
    ['afpa-staff', 'deadline'],
    [
      turn(
        'dans la convention de 2022 les BRSA pouvaient entrer jusqu a quand, et les parcours devaient etre finis quand ?',
        'dispositif',
        [
          ['31 décembre 2022', '31/12/2022', '2022-12-31', '31 déc'],
          ['30 avril 2023', '30/04/2023', '2023-04-30', '30 avr'],
        ],
      ),
    ],
  ),
  c(
    'b86-disp-20',
    ['compare'],
    [
      turn('prepa comp ou compet pec c quoi la diff en gros ?', 'dispositif', [
        PREPA_DURATION.concat(TWO_WEEKS),
        PEC_DURATION,
      ]),
      turn('ok et pour une BRSA en PEC qui veut faire une VAE du coup ?', 'eligibility', [
        PEC_PROGRAMME,
        VAE,
      ]),
    ],
  ),
  c(
    'b86-disp-21',
    [],
    [
      turn('compet PEC c quoi ?', 'dispositif', [PEC_DURATION], NOT_PREPA),
      turn('et le volet 2 de la prepa ca dure cb ?', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
    ],
  ),
  // ── agenda ──────────────────────────────────────────────────────────────
  c(
    'b86-ag-01',
    ['sms'],
    [turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['Montauban']], notOn('2027-01-07'))],
  ),
  c(
    'b86-ag-02',
    ['follow-up'],
    [
      turn('JPO bientot ??', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['Moissac']], notOn('2027-02-03')),
    ],
  ),
  c(
    'b86-ag-03',
    ['range'],
    [
      turn(
        'des info coll entre le 1er et le 15 fevrier ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-03-17')],
      ),
    ],
  ),
  c(
    'b86-ag-04',
    ['range'],
    [
      turn(
        'la semaine du 25 il se passe quoi a l afpa ?',
        'agenda',
        [on('2027-01-26')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b86-ag-05',
    ['range'],
    [
      turn(
        'd ici fin mars ya des visites de plateau technique ?',
        'agenda',
        [on('2027-01-19'), on('2027-03-10')],
        [...notOn('2027-02-03'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b86-ag-06',
    ['follow-up'],
    [
      turn(
        'info coll prepa a castelsarrasin c quand',
        'agenda',
        [on('2027-01-21'), ['Castelsarrasin']],
        notOn('2027-03-04'),
      ),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b86-ag-07',
    ['follow-up'],
    [
      turn('le volet 2 du 25 janvier il reste des places ?', 'agenda', [FULL]),
      turn('et le suivant ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']]),
    ],
  ),
  c(
    'b86-ag-08',
    ['two-questions'],
    [turn('promo 1618 prochaine entree ? cb de places ?', 'agenda', [on('2027-02-01'), seats(10)])],
  ),
  c(
    'b86-ag-09',
    ['two-questions'],
    [
      turn(
        'places soudeur ? et ca demarre quand',
        'agenda',
        [seats(4), on('2027-02-01')],
        OTHER_TRAININGS('soudeur'),
      ),
    ],
  ),
  c(
    'b86-ag-10',
    ['two-questions'],
    [
      turn(
        'cariste il reste de la place ? ca commence quand ?',
        'agenda',
        [seats(6), on('2027-01-27')],
        OTHER_TRAININGS('cariste'),
      ),
    ],
  ),
  c(
    'b86-ag-11',
    ['follow-up'],
    [
      turn('plaquiste dispo ?', 'agenda', [FULL]),
      turn('et macon ?', 'agenda', [seats(3), on('2027-02-15')], OTHER_TRAININGS('maçon')),
    ],
  ),
  c(
    'b86-ag-12',
    ['two-questions'],
    [
      turn(
        'reunion metier batiment c quand et ou ?',
        'agenda',
        [on('2027-02-23'), ['Caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b86-ag-13',
    ['follow-up'],
    [
      turn('reunion metiers logistique ?', 'agenda', [on('2027-01-26'), ['Montauban']], notOn('2027-02-23')),
      turn('ya des places en formation cariste derriere ?', 'agenda', [seats(6)]),
    ],
  ),
  c(
    'b86-ag-14',
    ['follow-up'],
    [
      turn(
        'quoi de prevu cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')],
      ),
      turn(
        'et la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b86-ag-15',
    ['two-questions'],
    [
      turn(
        'electricien places et date de debut stp',
        'agenda',
        [seats(2), on('2027-03-08')],
        OTHER_TRAININGS('électricien'),
      ),
    ],
  ),
  c(
    'b86-ag-16',
    ['notes', 'range'],
    [
      turn(
        'Situation : M. D, BRSA, habite Moissac, pas de voiture\nDemande : une session prepa comp pres de chez lui d ici fin mars ?',
        'agenda',
        [on('2027-03-08'), ['Moissac']],
      ),
    ],
  ),
  c(
    'b86-ag-17',
    ['follow-up'],
    [
      turn(
        'agent de restauration a caussade : places ?',
        'agenda',
        [seats(4)],
        OTHER_TRAININGS('restauration'),
      ),
      turn('et ca finit quand ?', 'agenda', [on('2027-06-25')]),
    ],
  ),
  c(
    'b86-ag-18',
    ['two-questions'],
    [
      turn('prepa volet 1 a distance prochaine session ? et ya cb de places', 'agenda', [
        on('2027-02-08'),
        seats(8),
      ]),
    ],
  ),
  c(
    'b86-ag-19',
    ['range'],
    [
      turn(
        'entre le 15 et le 28 fevrier quoi comme evenements ?',
        'agenda',
        [on('2027-02-17'), on('2027-02-23')],
        [...notOn('2027-02-11'), ...notOn('2027-02-09'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b86-ag-20',
    ['follow-up'],
    [
      turn('info coll compet PEC ?', 'agenda', [on('2027-02-09'), ['Moissac']]),
      turn('c a quelle heure ?', 'agenda', [MORNING_930]),
    ],
  ),
  c(
    'b86-ag-21',
    [],
    [
      turn('prepa volet 2 a castel : c en presentiel ?', 'agenda', [
        ['présentiel', 'sur place'],
        on('2027-02-15'),
      ]),
    ],
  ),
  c(
    'b86-ag-22',
    ['follow-up'],
    [
      turn('JPO a moissac c quand', 'agenda', [on('2027-02-17')]),
      turn('a quelle heure', 'agenda', [['10h', '10 h', '10:00']]),
    ],
  ),

  // ── eligibility ─────────────────────────────────────────────────────────
  c(
    'b86-elig-01',
    ['notes'],
    [
      turn(
        'Situation : Mme K., 38 ans, BRSA depuis 2 ans, pas inscrite FT, projet flou (aide soignante ?)\nDemande : eligible prepa comp ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b86-elig-02',
    ['sms'],
    [
      turn(
        'jeune ASE 17 ans, decrocheur depuis sept, pas de taf, promo 1618 possible ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b86-elig-03',
    [],
    [turn('jeune de 15 ans suivi ML sorti du college, promo ?', 'eligibility', [NO, ['16']])],
  ),
  c(
    'b86-elig-04',
    [],
    [
      turn(
        'BRSA en PEC a la mairie depuis 3 mois, veut valoriser son exp, compet PEC ok ?',
        'eligibility',
        [YES, EMPLOYER],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b86-elig-05',
    [],
    [
      turn('Monsieur en CDI dans le transport, plus au RSA, compet PEC ?', 'eligibility', [
        NO,
        [
          'contrat PEC',
          'parcours emploi compétences',
          'en PEC',
          'signataire',
          'bénéficiaire d’un PEC',
          "bénéficiaire d'un PEC",
          'salariés en PEC',
          'personnes en PEC',
        ],
      ]),
    ],
  ),
  c(
    'b86-elig-06',
    [],
    [
      turn('jeune 17 ans en 1ere annee de CAP, il s ennuie, la promo ca le ferait ?', 'eligibility', [
        NO,
        ['scolar', 'décroch', 'quitté', 'en formation', 'pas en formation'],
      ]),
    ],
  ),
  c(
    'b86-elig-07',
    [],
    [
      turn('19 ans ASE contrat jeune majeur, pas de diplome, promo 1618 ?', 'eligibility', [
        NO,
        ['16', 'mineur'],
      ]),
    ],
  ),
  c(
    'b86-elig-08',
    ['notes'],
    [
      turn(
        "Situation : demandeur d'emploi, ASS, pas RSA, suivi FT\nDemande : le CD peut lui prescrire la prepa ?",
        'eligibility',
        [RSA, FRANCE_TRAVAIL],
      ),
    ],
  ),
  c(
    'b86-elig-09',
    [],
    [turn('salarie en CDDI sur un ACI, pas PEC, on peut le mettre sur compet PEC ?', 'eligibility', [NO])],
  ),
  c(
    'b86-elig-10',
    ['compare', 'rambling'],
    [
      turn(
        'BRSA 50 ans en PEC a l ehpad depuis 6 mois, elle aimerait passer le titre ADVF par VAE, on hesite avec la collegue: prepa comp ou compet PEC ?',
        'eligibility',
        [PEC_PROGRAMME, VAE],
      ),
    ],
  ),
  c(
    'b86-elig-11',
    ['compare'],
    [
      turn(
        'jeune 17 ans ASE sortie du lycee en nov, rien depuis, les educs hesitent entre promo et prepa comp, laquelle ?',
        'eligibility',
        [PROMO],
      ),
    ],
  ),
  c(
    'b86-elig-12',
    ['follow-up'],
    [
      turn(
        'BRSA 29 ans veut entrer en formation soudeur a l afpa mais peur de pas tenir, prepa comp possible ?',
        'eligibility',
        [YES, [...VOLET2_DURATION, 'volet 2', 'sécuris']],
        NOT_YES,
      ),
      turn('et il reste de la place en soudeur ?', 'agenda', [seats(4)]),
    ],
  ),
  c(
    'b86-elig-13',
    ['follow-up'],
    [
      turn(
        'jeune 16 ans, sortie de 3e en juin, ni formation ni emploi, suivi ML, parents ok. promo 16/18 ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
      turn('comment je l inscris ?', 'prescribe', [[...PANDA, 'formulaire', 'mission locale']]),
    ],
  ),
  c(
    'b86-elig-14',
    ['rambling'],
    [
      turn(
        'mere isolee BRSA 3 enfants, pas de mode de garde, je voulais lui proposer prepa comp mais en presentiel ca va etre chaud, on fait comment ?',
        'eligibility',
        [['distance'], MATERIAL],
      ),
    ],
  ),
  c(
    'b86-elig-15',
    [],
    [
      turn(
        'Mr BRSA avec RQTH, 52 ans, prepa comp possible ou c pas pour lui ?',
        'eligibility',
        [YES],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b86-elig-16',
    ['two-questions'],
    [
      turn(
        '2 situations: 1) jeune 17 ans ASE decrocheur -> promo ? 2) sa mere BRSA en PEC chez la commune -> compet PEC ?',
        'eligibility',
        [YES, PROMO, PEC_PROGRAMME],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b86-elig-17',
    ['compare'],
    [
      turn(
        'Mme en PEC (BRSA) veut valider ses competences de base type CléA : prepa ou compet PEC ?',
        'eligibility',
        [PEC_PROGRAMME, ['CléA', 'clea']],
      ),
    ],
  ),
  c(
    'b86-elig-18',
    ['follow-up'],
    [
      turn('jeune 17 ans ASE decrocheur, promo ?', 'eligibility', [YES], NOT_YES),
      turn('faut l accord des parents ?', 'dispositif', [['autorisation', 'parent']]),
    ],
  ),

  // ── out_of_scope ────────────────────────────────────────────────────────
  c(
    'b86-oos-01',
    [],
    [
      turn(
        'les frais de deplacement pour aller a montauban sont rembourses pour la prepa ?',
        'out_of_scope',
        [NOT_SAID],
        [' €', 'euros'],
      ),
    ],
  ),
  c(
    'b86-oos-02',
    ['rambling'],
    [
      turn(
        'bjr alors voila jai une dame au rsa super motivee pour la prepa comp, 2 petits, le pere est pas la, elle demande si l afpa peut lui payer une nounou pendant les jours de prepa',
        'out_of_scope',
        [NOT_SAID],
        [' €', 'euros'],
      ),
    ],
  ),
  c(
    'b86-oos-03',
    [],
    [
      turn(
        'l hebergement pendant la periode de mobilite de la promo c pris en charge par qui ?',
        'out_of_scope',
        [NOT_SAID],
      ),
    ],
  ),
  c(
    'b86-oos-04',
    [],
    [
      turn('le permis B est finance dans la promo 16/18 ?', 'out_of_scope', [
        [...NOT_SAID, 'que le code', 'uniquement le code', 'seulement le code'],
      ]),
    ],
  ),
  c(
    'b86-oos-05',
    [],
    [turn('si la personne abandonne la prepa en cours son rsa est suspendu ?', 'out_of_scope', [NOT_SAID])],
  ),
  c(
    'b86-oos-06',
    [],
    [
      turn(
        'c combien le rsa pour une personne seule en ce moment',
        'out_of_scope',
        [NOT_SAID],
        [' €', 'euros'],
      ),
    ],
  ),
  c('b86-oos-07', [], [turn('tu peux me donner la meteo a montauban demain', 'out_of_scope', [OFF_TOPIC])]),
  c(
    'b86-oos-08',
    [],
    [
      turn('amenagement de poste RQTH pendant compet PEC, la convention prevoit quoi ?', 'out_of_scope', [
        NOT_SAID,
      ]),
    ],
  ),
  c(
    'b86-oos-09',
    ['follow-up'],
    [
      turn('prepa comp dure cb ?', 'dispositif', [PREPA_DURATION], NOT_PREPA),
      turn(
        'et pendant ce temps il touche une indemnite de l afpa ?',
        'out_of_scope',
        [NOT_SAID],
        [' €', 'euros'],
      ),
    ],
  ),
  c(
    'b86-oos-10',
    [],
    [
      turn(
        'la convention prevoit une aide a la mobilite type bons carburant ?',
        'out_of_scope',
        [NOT_SAID],
        [' €', 'euros'],
      ),
    ],
  ),
  c(
    'b86-oos-11',
    ['follow-up'],
    [
      turn('les frais de transport de la personne sont pris en charge pour les JPO ?', 'out_of_scope', [
        NOT_SAID,
      ]),
      turn('ok et la prepa elle peut se faire a distance du coup ?', 'dispositif', [['distance']]),
    ],
  ),

  // ── contact ─────────────────────────────────────────────────────────────
  c(
    'b86-cont-01',
    [],
    [turn('qui contacter a l afpa pour le deploiement prepa/pec/promo ?', 'contact', [BATTEDOU])],
  ),
  c(
    'b86-cont-02',
    [],
    [
      turn('cote CD qui est l interlocuteur privilegie de l afpa pour l experimentation ?', 'contact', [
        ['référent', 'referent'],
        ['expérimentation', 'désign'],
      ]),
    ],
  ),
  c(
    'b86-cont-03',
    ['afpa-staff'],
    [
      turn(
        'on vient de finir la prepa de Mr B, le bilan individuel on l envoie a qui ?',
        'contact',
        [['référent', 'referent']],
        DGEFP,
      ),
    ],
  ),
  c(
    'b86-cont-04',
    ['afpa-staff'],
    [turn('AFPA ici : le tableau de bord mensuel des dispositifs, destinataire ?', 'contact', [DGEFP])],
  ),
  c(
    'b86-cont-05',
    [],
    [
      turn('le suivi de la convention c qui de chaque cote ?', 'contact', [
        VELLA,
        ['Weill', 'Président', 'représentant'],
      ]),
    ],
  ),
  c(
    'b86-cont-06',
    ['afpa-staff'],
    [
      turn('on organise une JPO en mars, on doit informer qui cote departement ?', 'contact', [
        ['Conseil départemental', 'Département', 'CD82', 'CD 82'],
      ]),
    ],
  ),
  c(
    'b86-cont-07',
    ['two-questions'],
    [
      turn('le copil national des dispositifs c qui qui pilote et ca se reunit tous les cb ?', 'contact', [
        DGEFP,
        ['trimestr', 'tous les 3 mois', 'tous les trois mois'],
      ]),
    ],
  ),
  c(
    'b86-cont-08',
    [],
    [turn('pour compet PEC l employeur c qui qui le previent ?', 'contact', [REFERENT, ADHESION])],
  ),
  c(
    'b86-cont-09',
    ['afpa-staff', 'two-questions'],
    [
      turn('le bilan annuel departemental, on l envoie a qui et c par dispositif ou global ?', 'contact', [
        DDETSPP,
        ['chaque dispositif', 'chacun des dispositifs', 'par dispositif', 'pour chacun'],
      ]),
    ],
  ),
  c(
    'b86-cont-10',
    ['follow-up'],
    [
      turn('qui est la RAP a l afpa montauban ?', 'contact', [['Battedou']]),
      turn('et elle s occupe de quoi exactement ?', 'contact', [['déploiement', 'prestations']]),
    ],
  ),

  // ── figures ─────────────────────────────────────────────────────────────
  c(
    'b86-fig-01',
    ['two-questions'],
    [
      turn('objectif 2022 prepa comp ? et pour compet pec ?', 'figures', [
        [' 30 ', '30 allocataires', 'trente'],
        [' 50 ', '50 allocataires', 'cinquante'],
      ]),
    ],
  ),
  c(
    'b86-fig-02',
    [],
    [
      turn('c quoi les objectifs chiffres de la convention pour les 3 dispositifs ?', 'figures', [
        [' 30 ', '30 allocataires', 'trente'],
        [' 50 ', '50 allocataires', 'cinquante'],
        [' 10 ', '10 personnes', '10 jeunes', 'dix'],
      ]),
    ],
  ),
  c(
    'b86-fig-03',
    [],
    [turn('combien de BRSA sont entres en prepa depuis janvier ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b86-fig-04',
    ['afpa-staff'],
    [
      turn('quels indicateurs on doit suivre pour prepa et compet pec ?', 'figures', [
        ['volet 1', 'volet 2', 'volets'],
        ['atelier'],
      ]),
    ],
  ),
  c('b86-fig-05', [], [turn('objectif de sorties positives de la promo ?', 'figures', [['70']])]),
  c(
    'b86-fig-06',
    ['follow-up'],
    [
      turn('objectif pec 2022 ?', 'figures', [[' 50 ', '50 allocataires', 'cinquante']]),
      turn('et on en est ou ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b86-fig-07',
    [],
    [
      turn('les indicateurs pour les JPO et info coll c quoi ?', 'figures', [
        ['nombre'],
        ['allocataire', 'bénéficiaire', 'participant'],
      ]),
    ],
  ),
  c(
    'b86-fig-08',
    ['follow-up'],
    [
      turn('objectif ase promo ?', 'figures', [[' 10 ', '10 jeunes', '10 personnes', 'dix']]),
      turn('et pour prepa ?', 'figures', [[' 30 ', '30 allocataires', 'trente']]),
    ],
  ),

  // ── prescribe ───────────────────────────────────────────────────────────
  c('b86-presc-01', [], [turn('je veux prescrire une prepa comp pour une BRSA', 'prescribe', [PRESCRIBE])]),
  c(
    'b86-presc-02',
    ['notes'],
    [
      turn(
        '- Nom : Mme L\n- BRSA, 41 ans\n- projet : cariste\n- besoin : securiser entree en formation\n=> je la positionne comment sur prepa volet 2 ?',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
  c('b86-presc-03', [], [turn('etapes pour prescrire compet PEC ?', 'prescribe', [EMPLOYER, ADHESION])]),
  c(
    'b86-presc-04',
    [],
    [turn('comment j inscris un jeune sur la promo ? c moi ou la ML ?', 'prescribe', [PANDA])],
  ),
  c(
    'b86-presc-05',
    ['follow-up'],
    [
      turn('prochaine session prepa volet 1 ?', 'agenda', [on('2027-01-18')]),
      turn('ok inscris ma beneficiaire dessus', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b86-presc-06',
    ['follow-up', 'cancel'],
    [
      turn('je veux prescrire', 'prescribe', [
        [...PRESCRIBE, 'quel dispositif', ...PREPA, ...PEC_PROGRAMME, ...PROMO],
      ]),
      turn('laisse tomber finalement', 'other', [CANCELLED]),
    ],
  ),
  c(
    'b86-presc-07',
    [],
    [turn('avant d orienter qqn en prepa je dois verifier quoi ?', 'prescribe', [ADHESION, MATERIAL])],
  ),
  c(
    'b86-presc-08',
    [],
    [turn('je suis pas habilitee panda, comment je prescris ?', 'prescribe', [['habilit'], AFPA])],
  ),

  // ── other ───────────────────────────────────────────────────────────────
  c('b86-other-01', [], [turn('bonjour', 'other', [['bonjour', 'bienvenue', 'salut']])]),
  c(
    'b86-other-02',
    [],
    [turn('tu sers a quoi ?', 'other', [['dispositif', 'prépa', 'prescri', 'agenda', 'éligib']])],
  ),
  c(
    'b86-other-03',
    [],
    [
      turn('merci !!', 'other', [
        [
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'bonne journée',
          'n’hésitez',
          "n'hésitez",
          'à votre service',
        ],
      ]),
    ],
  ),
  c('b86-other-04', ['cancel'], [turn('annuler', 'other', [CANCELLED])]),
  c(
    'b86-other-05',
    ['follow-up'],
    [
      turn('salut', 'other', [['bonjour', 'bienvenue', 'salut']]),
      turn('c quoi la promo 1618 ?', 'dispositif', [PROMO_DURATION]),
    ],
  ),
];
