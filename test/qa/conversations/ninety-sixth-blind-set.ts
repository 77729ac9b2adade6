/**
 * Ninety-sixth blind set. Who speaks: pilots and managers of the Département's insertion
 * service preparing a steering committee (indicators of the action plan by row number,
 * yearly targets, governance, communication between the partners, duration and end of the
 * agreement, comparisons between programmes, messages mixing two subjects), and référents
 * insertion typing in Teams (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, CD, ASE, info coll,
 * JPO; no accents, typos, SMS style, rambling, follow-ups that only make sense after the
 * previous turn).
 *
 * Written blind from the agreement (Département de Tarn-et-Garonne – AFPA, with its action
 * plan and protocol), the product guide and the agenda fixture (today frozen at Monday
 * 11 January 2027, 9:00 Europe/Paris), without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case whose tags get the intents of its turns, plus « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = [
  '2 a 8 jours',
  '2 et 8 jours',
  '2 a 8 j',
  'deux a huit',
  'deux et huit',
  '2-8 jours',
  '8 jours max',
];
const VOLET1 = ['5 a 6', '5 et 6', 'cinq a six', 'cinq ou six', '5-6 jours', '5/6 jours', '5 ou 6'];
const VOLET2 = ['4 a 8', '4 et 8', 'quatre a huit', '4-8 jours', '4/8 jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journees', 'cinq journees', '5 j de', '5 j '];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois', '13 sem'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi-jeudi', 'lundi a jeudi', 'du lundi au jeudi'];
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'pas de contrepartie',
  'gratuit',
  'aucun cout',
  'sans cout',
  'pas de cout',
  'sans frais',
  'aucun frais',
  'rien a payer',
  'ne paie pas',
  'ne paye pas',
  'aucune charge',
  'finance par l',
];
const STATE_PIC = [
  'pic',
  'p.i.c',
  'investissement dans les competences',
  'plan d investissement',
  'plan d’investissement',
  "plan d'investissement",
];
const PROMO_AGE = ['16', 'seize', 'mineur'];

// Yearly targets of 2022 (annexe, « Les objectifs partagés »).
const T30 = [
  '30 allocataires',
  '30 beneficiaires',
  '30 personnes',
  '30 entrees',
  '30 brsa',
  '30 rsa',
  ': 30',
  'objectif de 30',
  'trente',
  '30 (',
  '= 30',
];
const T50 = [
  '50 allocataires',
  '50 beneficiaires',
  '50 personnes',
  '50 entrees',
  '50 brsa',
  '50 rsa',
  ': 50',
  'objectif de 50',
  'cinquante',
  '50 (',
  '= 50',
];
const T10 = [
  '10 jeunes',
  '10 personnes',
  '10 beneficiaires',
  '10 orientations',
  '10 ase',
  ': 10',
  'objectif de 10',
  'dix jeunes',
  '10 (',
  '= 10',
];

// Verdicts.
const YES = [
  'eligible',
  'peut beneficier',
  'peut en beneficier',
  'peut entrer',
  'peut integrer',
  'peut suivre',
  'peut faire',
  'peut y',
  'oui',
  'accessible',
  'correspond',
  'ouvert',
];
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'pas accessible',
  'pas ouvert',
  'ne releve pas',
  'pas concerne',
  'ne pourra pas',
  'reserve',
  'exclu',
  'pas le public',
  'hors du public',
  'non,',
  'non.',
];
/** A negative verdict that a positive answer must not hold. */
const NOT_NO = ['pas eligible', 'non eligible', 'ineligible'];
/** A positive verdict that a negative answer must not hold. */
const NOT_YES = [
  'oui, il',
  'oui, elle',
  'oui il ',
  'oui elle ',
  'oui !',
  'il est eligible a la promo',
  'elle est eligible a la promo',
];
/** Compétences PEC is for people in a PEC contract only. */
const NO_PEC = [
  ...NO,
  'seulement',
  'uniquement',
  'que si',
  'qu’aux',
  "qu'aux",
  'doit etre',
  'faut',
  'necessite',
];

// The agreement is silent.
const NOT_COVERED = [
  'ne prevoit pas',
  'ne prevoit rien',
  'pas prevu',
  'ne dit rien',
  'ne dit pas',
  'ne precise pas',
  'pas precise',
  'ne mentionne pas',
  'pas mentionne',
  'aucune mention',
  'ne couvre pas',
  'pas couvert',
  'ne traite pas',
  'ne parle pas',
  'ne porte pas',
  'ne concerne pas',
  'ne contient pas',
  'ne figure pas',
  'ne fixe pas',
  'n’aborde pas',
  "n'aborde pas",
  'aucune information',
  'pas d’information',
  "pas d'information",
  'pas cette information',
  'ne dispose pas',
  'ne trouve pas',
  'ne sais pas',
  'pas en mesure',
  'ne peux pas repondre',
  'rien sur',
  'hors',
  'silencieux',
  'muet',
  'je n’ai pas',
  "je n'ai pas",
];
/** Figures that the agreement cannot give (realised entries, rates). */
const NOT_AVAILABLE = [
  ...NOT_COVERED,
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun',
  'pas de donnee',
  'pas de chiffre',
  'pas connu',
  'pas de resultat',
  'pas communique',
  'ne fournit pas',
  'ne donne pas',
  'zero',
  ': 0',
  'pas de remontee',
  'tableau de bord',
  'bilan',
];
const NO_PHONE = ['05 63', '+33', '@afpa.fr'];

// Agenda answers.
const FULL = [
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'zero place',
];
const PRESCRIBE = [
  'formulaire',
  'fiche',
  'panda',
  'adhesion',
  'inscri',
  'etape',
  'prenom',
  'coordonnees',
  'envoyer',
  'valider',
];

// Small talk.
const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue', 'bonsoir'];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'a votre service',
  'bonne journee',
  'n’hesitez',
  "n'hesitez",
  'n hesitez',
  'a bientot',
  'plaisir',
];
const CANCEL = [
  'annul',
  'ok',
  'd’accord',
  "d'accord",
  'entendu',
  'pas de souci',
  'pas de probleme',
  'c’est note',
  "c'est note",
  'abandonn',
  'arrete',
];

export const NINETY_SIXTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c(
    'b96-disp-prepa-koi',
    ['sms'],
    [
      turn(
        'c koi prepa comp en gros ? c pr qui',
        'dispositif',
        [PREPA, ['rsa', 'allocataire', 'eloign', 'demandeur', 'peu ou pas qualifi']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b96-disp-prepa-volets',
    ['typos'],
    [
      turn('prepa comp volet 1 / volet 2 cest quoi la diff de duree entre les deux ?', 'dispositif', [
        VOLET1,
        VOLET2,
      ]),
    ],
  ),
  c(
    'b96-disp-pec-duree',
    ['sms'],
    [
      turn(
        'competences PEC ca dure cb de jours au total pr le salarie',
        'dispositif',
        [PEC_DAYS],
        ['13 semaines', '2 a 8 jours'],
      ),
    ],
  ),
  c(
    'b96-disp-promo-duree-jours',
    ['two-in-one', 'sms'],
    [
      turn(
        'promo 1618 ca dure cb ? et ils y vont quels jours ds la semaine',
        'dispositif',
        [PROMO_WEEKS, MON_THU],
        ['2 a 8 jours'],
      ),
    ],
  ),
  c(
    'b96-disp-pec-certifs',
    ['typos'],
    [
      turn('competences pec ca debouche sur quelle certif ? que la VAE ou ya autre chose', 'dispositif', [
        ['vae', 'validation des acquis'],
        ['rsfp', 'r.s.f.p', 'savoir-faire', 'savoir faire'],
        ['clea'],
      ]),
    ],
  ),
  c(
    'b96-disp-pec-vae-duree',
    ['sms'],
    [
      turn('ds competences pec la partie vae c cb de temps ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 jours 1/2', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b96-disp-portefeuille',
    ['sms'],
    [
      turn('le portefeuille de competences c dans quel dispo deja ?', 'dispositif', [
        [
          'competences pec',
          'competences p.e.c',
          'competences – pec',
          'competences - pec',
          'parcours emploi competences',
        ],
      ]),
    ],
  ),
  c(
    'b96-disp-bilan',
    ['two-in-one', 'pilot'],
    [
      turn(
        'a la fin de prepa comp est ce que le referent recoit un bilan ? et pr competences pec aussi ?',
        'dispositif',
        [['bilan'], ['referent'], ['vae', 'pec', 'p.e.c']],
      ),
    ],
  ),
  c(
    'b96-disp-cout',
    ['pilot', 'rambling'],
    [
      turn(
        'question de la DGA pour le budget 2027 : est ce que le CD paie qqch quand on prescrit prepa comp ou competences pec, ou c est pris en charge ?',
        'dispositif',
        [FREE],
      ),
    ],
  ),
  c(
    'b96-disp-financeur',
    ['pilot'],
    [turn('les 3 dispositifs sont finances par qui au juste ?', 'dispositif', [['etat'], STATE_PIC])],
  ),
  c(
    'b96-disp-remuneration',
    ['two-in-one', 'sms'],
    [
      turn(
        'les BRSA en prepa comp ils sont remuneres pdt la presta ? et ca impacte leur rsa ?',
        'dispositif',
        [NOT_COVERED],
        ['sont remuneres a hauteur', 'euros par'],
      ),
    ],
  ),
  c(
    'b96-disp-lieu',
    ['sms'],
    [
      turn('les dispo c que sur montauban ou ca peut se faire vers castel / moissac ?', 'dispositif', [
        ['montauban'],
        [
          'delocalis',
          'ensemble du departement',
          'tout le departement',
          'sur le departement',
          'dans le departement',
        ],
      ]),
    ],
  ),
  c(
    'b96-disp-promo-phases',
    ['typos'],
    [
      turn('les 4 phases de la promo 16 18 c quoi deja', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['suite'],
      ]),
    ],
  ),
  c(
    'b96-disp-promo-4-mois',
    ['rambling'],
    [
      turn(
        'un jeune de la promo qui a besoin de souffler entre deux phases, le parcours peut durer plus que les 13 semaines ou c est fixe ?',
        'dispositif',
        [FOUR_MONTHS],
        ['2 a 8 jours'],
      ),
    ],
  ),
  c(
    'b96-disp-promo-suivi',
    ['rambling'],
    [
      turn(
        'apres la promo 16/18 le jeune il est lache dans la nature ou ya un suivi ? parce que nos jeunes ase a la sortie c souvent la cata',
        'dispositif',
        [['6 mois', 'six mois'], ['mission']],
      ),
    ],
  ),
  c(
    'b96-disp-fle',
    ['rambling'],
    [
      turn(
        'jai une dame primo arrivante qui parle tres peu francais, elle voudrait bosser en restauration. l afpa a un truc pr le francais ?',
        'dispositif',
        [['francais langue etrangere', 'fle', 'visee professionnelle', 'francais a visee']],
      ),
    ],
  ),
  c(
    'b96-disp-volet2-hors-afpa',
    ['sms'],
    [
      turn('volet 2 prepa ca marche si la formation visee est pas a l afpa (greta par ex) ?', 'dispositif', [
        [
          'hors afpa',
          'hors a.f.p.a',
          'autre organisme',
          'ailleurs',
          'pas uniquement',
          'pas seulement',
          'ou non',
          'oui',
        ],
      ]),
    ],
  ),
  c(
    'b96-disp-promo-70',
    ['pilot'],
    [
      turn('c quoi l objectif de sorties positives de la promo 16/18 ?', 'dispositif', [
        ['70 %', '70%', '70 pour', 'soixante-dix'],
      ]),
    ],
  ),
  c(
    'b96-disp-comparatif',
    ['pilot', 'two-in-one'],
    [
      turn(
        'pour le copil jai besoin d une ligne par dispo : prepa comp / competences pec / promo 1618, le public et la duree. merci',
        'dispositif',
        [PREPA, PEC_DAYS, PROMO_WEEKS, ['rsa', 'allocataire'], PROMO_AGE],
      ),
    ],
  ),

  // ── governance, duration, communication (facts of the agreement) ─────────
  c(
    'b96-gov-copil',
    ['pilot'],
    [
      turn('le copil de l accord ca doit se reunir cb de fois par an minimum ?', 'dispositif', [
        [
          '1 fois par an',
          'une fois par an',
          'au moins une fois',
          'au moins 1 fois',
          'annuel',
          'une fois l an',
        ],
      ]),
    ],
  ),
  c(
    'b96-gov-national-tdb',
    ['pilot', 'two-in-one'],
    [
      turn(
        'cote national ya un copil DGEFP c bien ca ? il se reunit a quelle frequence, et le tableau de bord afpa il part tous les combien ?',
        'dispositif',
        [
          ['trimestri', 'tous les 3 mois', 'tous les trois mois', 'chaque trimestre', 'par trimestre'],
          ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
        ],
      ),
    ],
  ),
  c(
    'b96-gov-duree-fin',
    ['pilot', 'two-in-one'],
    [
      turn(
        'la convention CD/AFPA elle a ete signee pr combien de temps et elle se termine quand ? on est en 2027 la',
        'dispositif',
        [['2 ans', 'deux ans'], ['2022'], ['2023', 'avenant']],
      ),
    ],
  ),
  c(
    'b96-gov-campagne',
    ['pilot', 'two-in-one'],
    [
      turn(
        'jusqu a quand on pouvait faire entrer des BRSA sur l experimentation, et les parcours devaient etre finis pour quand ?',
        'dispositif',
        [
          ['31 decembre 2022', '31/12/2022', '31 dec 2022', 'fin 2022'],
          ['30 avril 2023', '30/04/2023', '30 avr. 2023', '30 avr 2023'],
        ],
      ),
    ],
  ),
  c(
    'b96-gov-reunion-equipe',
    ['pilot'],
    [
      turn(
        'l afpa doit venir presenter ses actions a venir a l equipe du service insertion, c est prevu tous les combien ?',
        'dispositif',
        [
          [
            'semestre',
            'semestriel',
            'tous les 6 mois',
            'tous les six mois',
            'deux fois par an',
            '2 fois par an',
          ],
        ],
      ),
    ],
  ),
  c(
    'b96-gov-kit-logos',
    ['pilot', 'two-in-one'],
    [
      turn(
        'le kit de com de l afpa il contient quoi ? et sur nos flyers a nous faut mettre quels logos ?',
        'dispositif',
        [
          ['flyer'],
          ['argumentaire', 'titres professionnels', 'intervenants', 'places disponibles', 'certificats'],
          ['logo'],
          ['etat'],
        ],
      ),
    ],
  ),
  c(
    'b96-gov-2023',
    ['pilot'],
    [
      turn('l experimentation BRSA elle a ete poursuivie en 2023 ou pas ?', 'dispositif', [
        ['2023'],
        [
          'pourra',
          'peut proposer',
          'pourrait',
          'en fonction',
          'selon',
          'ne precise pas',
          'ne dit pas',
          'ne sais pas',
        ],
      ]),
    ],
  ),

  // ── contact ───────────────────────────────────────────────────────────────
  c(
    'b96-contact-coordo',
    ['sms'],
    [turn('cest qui le coordo departemental des dispositifs cote afpa ?', 'contact', [['vella']])],
  ),
  c(
    'b96-contact-deploiement',
    ['sms'],
    [turn('pr le deploiement prepa/pec/promo je m adresse a qui a l afpa', 'contact', [['battedou']])],
  ),
  c(
    'b96-contact-suivi-accord',
    ['pilot', 'two-in-one'],
    [
      turn('le suivi de l accord il est confie a qui, cote afpa et cote departement ?', 'contact', [
        ['vella'],
        ['weill', 'president'],
      ]),
    ],
  ),
  c(
    'b96-contact-tel',
    ['sms'],
    [
      turn(
        't as le num de fabienne battedou ?',
        'contact',
        [
          [
            ...NOT_COVERED,
            'pas de numero',
            'pas le numero',
            'aucun numero',
            'ne donne pas',
            'pas de coordonnees',
            'aucune coordonnee',
          ],
        ],
        NO_PHONE,
      ),
    ],
  ),
  c(
    'b96-contact-rap',
    ['two-in-one'],
    [
      turn(
        'Responsable Accompagnement et Parcours ca correspond a qui et elle fait quoi exactement',
        'contact',
        [['battedou'], ['deploiement', 'deploie', 'deployer']],
      ),
    ],
  ),
  c(
    'b96-contact-referent-cd',
    ['pilot'],
    [
      turn('cote CD qui est l interlocuteur privilegie de m. vella pour l experimentation ?', 'contact', [
        ['referent'],
      ]),
    ],
  ),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c(
    'b96-presc-prepa',
    ['sms'],
    [turn('je veux prescrire prepa comp pr un monsieur BRSA, je fais comment', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b96-presc-etapes',
    ['pilot'],
    [
      turn('c quoi les etapes cote referent avant d inscrire qqn sur un dispositif ?', 'prescribe', [
        ['adhesion', 'informe', 'accord'],
        ['panda', 'inscri', 'plateforme', 'formulaire'],
      ]),
    ],
  ),
  c(
    'b96-presc-pec-employeur',
    ['sms'],
    [
      turn('pr prescrire competences pec faut l accord de l employeur ?', 'prescribe', [
        ['employeur'],
        ['accord', 'oui'],
      ]),
    ],
  ),
  c(
    'b96-presc-conditions',
    ['typos'],
    [
      turn(
        'avant d envoyer qqn en prepa jdois verifier quoi niveau mobilite, garde d enfant etc ?',
        'prescribe',
        [['mobilite', 'garde', 'conditions materielles']],
      ),
    ],
  ),
  c(
    'b96-presc-promo-ase',
    ['sms'],
    [
      turn('comment j oriente un jeune de l ase vers la promo 1618 ?', 'prescribe', [
        ['panda', 'inscri', 'invite', 'formulaire', 'mission locale', 'missions locales', 'cio', 'c.i.o'],
      ]),
    ],
  ),
  c(
    'b96-presc-pec-rambling',
    ['rambling'],
    [
      turn(
        'bonjour, alors j ai un monsieur en PEC a la mairie de Negrepelisse depuis novembre, BRSA avant, super motive, la mairie est ok pour qu il valide ses competences, il voudrait un titre d agent d entretien du batiment, bref comment je le positionne sur competences pec ?',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b96-fig-promo', ['sms'], [turn('objectif ase promo 1618 ?', 'figures', [T10])]),
  c(
    'b96-fig-prepa-pec',
    ['pilot', 'two-in-one'],
    [
      turn('pour le copil il me faut les objectifs BRSA prepa comp et competences pec', 'figures', [
        T30,
        T50,
      ]),
    ],
  ),
  c(
    'b96-fig-211',
    ['pilot'],
    [
      turn('indicateurs de la ligne 2.1.1 du plan d action ?', 'figures', [
        ['portes ouvertes', 'jpo', 'j.p.o'],
        ['information', 'info coll'],
        ['plateau'],
      ]),
    ],
  ),
  c(
    'b96-fig-212',
    ['pilot', 'sms'],
    [
      turn('2.1.2 on suit quoi comme indic', 'figures', [
        ['reunion'],
        ['entres en formation', 'entrees en formation', 'entree en formation', 'entre en formation'],
        ['reussite'],
        ['sortie', 'emploi'],
      ]),
    ],
  ),
  c(
    'b96-fig-213',
    ['pilot'],
    [
      turn('ligne 2.1.3 du plan d action on compte quoi exactement ?', 'figures', [
        ['volet 1'],
        ['volet 2'],
        ['atelier'],
        ['engagement', 'construction'],
      ]),
    ],
  ),
  c(
    'b96-fig-taux-sortie',
    ['pilot', 'rambling'],
    [
      turn(
        'la directrice veut le taux de sortie emploi des BRSA passes par l afpa pour le copil de jeudi, tu l as ?',
        'figures',
        [NOT_AVAILABLE],
      ),
    ],
  ),
  c(
    'b96-fig-2023',
    ['pilot'],
    [
      turn('et les objectifs chiffres pour 2023 ils sont ou ?', 'figures', [
        ['2022'],
        [...NOT_AVAILABLE, 'uniquement', 'seulement', 'que pour'],
      ]),
    ],
  ),
  c(
    'b96-fig-realise',
    ['pilot', 'two-in-one'],
    [
      turn('on a combien d entrees prepa comp realisees, et c etait quoi l objectif deja ?', 'figures', [
        T30,
        NOT_AVAILABLE,
      ]),
    ],
  ),

  // ── agenda ────────────────────────────────────────────────────────────────
  c(
    'b96-ag-semaine',
    ['sms'],
    [
      turn(
        'cette semaine ya quoi a l afpa',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b96-ag-visite-soudure',
    ['sms'],
    [
      turn(
        'visite atelier soudure c quand',
        'agenda',
        [on('2027-01-19'), ['montauban']],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b96-ag-visite-elec',
    ['typos'],
    [turn('visite plateau elec cest qd ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19'))],
  ),
  c(
    'b96-ag-batiment',
    ['two-in-one', 'sms'],
    [
      turn(
        'reunion metier batiment, c ou et qd',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b96-ag-moissac',
    ['rambling'],
    [
      turn(
        'je couvre le secteur de moissac, mes BRSA ont pas de voiture, qu est ce qui se passe a moissac dans les prochaines semaines ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        notOn('2027-01-21'),
      ),
    ],
  ),
  c(
    'b96-ag-promo-entree',
    ['sms'],
    [turn('prochaine entree promo 16 18 ?', 'agenda', [on('2027-02-01'), ['montauban']])],
  ),
  c(
    'b96-ag-volet2-places',
    ['typos'],
    [
      turn('volet 2 prepa prochaine entree ou il reste de la place ?', 'agenda', [
        on('2027-02-15'),
        ['castelsarrasin'],
        seats(5),
      ]),
    ],
  ),
  c(
    'b96-ag-volet2-complet',
    ['sms'],
    [turn('prepa volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL])],
  ),
  c(
    'b96-ag-plaquiste',
    ['sms'],
    [turn('places plaquiste ?', 'agenda', [FULL], ['soudeur', 'cariste', 'agent de restauration'])],
  ),
  c(
    'b96-ag-cariste-logistique',
    ['two-in-one'],
    [
      turn('places cariste dispo ? et la reunion metiers logistique c quand', 'agenda', [
        seats(6),
        on('2027-01-26'),
      ]),
    ],
  ),
  c(
    'b96-ag-electricien',
    ['sms'],
    [
      turn(
        'formation electricien batiment combien de places et ca demarre qd',
        'agenda',
        [seats(2), on('2027-03-08')],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b96-ag-jpo-passee',
    ['two-in-one', 'typos'],
    [turn('jai rate la jpo du 7 janvier, y en a une autre bientot ?', 'agenda', [on('2027-02-03')])],
  ),
  c(
    'b96-ag-restauration',
    ['sms'],
    [turn('agent de restau c ou et ya de la place ?', 'agenda', [['caussade'], seats(4)])],
  ),
  c(
    'b96-ag-jpo-infocoll',
    ['two-in-one', 'sms'],
    [
      turn(
        'prochaine jpo + prochaine info coll prepa ?',
        'agenda',
        [on('2027-02-03'), on('2027-01-14')],
        notOn('2027-01-07'),
      ),
    ],
  ),

  // ── eligibility ───────────────────────────────────────────────────────────
  c(
    'b96-elig-brsa-non-ft',
    ['rambling'],
    [
      turn(
        'mme L. 45 ans BRSA, pas inscrite a FT, veut se reconvertir aide a domicile mais pas sure d elle du tout. prepa comp possible ?',
        'eligibility',
        [YES, ['inscri', 'rsa', 'allocataire']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b96-elig-ase-17',
    ['two-in-one', 'sms'],
    [
      turn(
        'jeune ASE 17 ans, a lache le lycee en octobre, ni formation ni taf. promo 1618 ok ? et ya une info coll bientot ?',
        'eligibility',
        [YES, on('2027-03-17')],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b96-elig-ase-15',
    ['sms'],
    [turn('jeune ase de 15 ans decrocheur, promo 16/18 ?', 'eligibility', [NO, PROMO_AGE], NOT_YES)],
  ),
  c(
    'b96-elig-pec-ok',
    ['typos'],
    [
      turn(
        'salarie en PEC depuis 2 mois ds une mairie, ancien BRSA, l employeur est ok. competences pec c jouable ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b96-elig-brsa-sans-pec',
    ['sms'],
    [
      turn(
        'mr B BRSA 52 ans sans contrat de travail, il peut faire competences pec ?',
        'eligibility',
        [NO_PEC, ['contrat', 'signataire', 'salarie']],
        ['oui, il', 'oui il '],
      ),
    ],
  ),
  c(
    'b96-elig-lyceen',
    ['rambling'],
    [
      turn(
        'un jeune de 17 ans suivi ML encore inscrit au lycee mais tres demotive, il y va plus trop, on peut l orienter promo 1618 ?',
        'eligibility',
        [
          [
            ...NO,
            'quitte',
            'decroch',
            'sortis',
            'ne sont pas en formation',
            'pas en formation',
            'plus scolaris',
          ],
        ],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b96-elig-20ans',
    ['sms'],
    [
      turn(
        'jeune ML 20 ans ni emploi ni formation, promo 1618 ?',
        'eligibility',
        [NO, [...PROMO_AGE, '18']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b96-elig-ml-16',
    ['rambling'],
    [
      turn(
        'ado de 16 ans pas ASE, suivi par la mission locale, sorti du college l an dernier et fait rien depuis. promo possible ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b96-elig-brsa-ft',
    ['sms'],
    [
      turn(
        'BRSA inscrit a france travail, ca bloque pour prepa comp ?',
        'eligibility',
        [[...YES, 'ne bloque pas', 'pas de blocage', 'aucun probleme', 'pas de probleme', 'ou non']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b96-elig-apprenti',
    ['sms'],
    [
      turn(
        'jeune ase 17 ans en apprentissage en boulangerie depuis sept, promo 1618 ?',
        'eligibility',
        [[...NO, 'travaill', 'en emploi', 'deja en', 'ne travaillent pas']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b96-elig-pec-choix',
    ['two-in-one', 'rambling'],
    [
      turn(
        'BRSA en PEC ds une asso depuis 1 mois, vaut mieux prepa comp ou competences pec ? et ca represente combien de jours pr l employeur',
        'eligibility',
        [['competences pec', 'competences p.e.c', 'competences – pec', 'competences - pec'], PEC_DAYS],
      ),
    ],
  ),
  c(
    'b96-elig-61ans',
    ['sms'],
    [
      turn(
        'monsieur 61 ans BRSA, ya une limite d age pour prepa comp ?',
        'eligibility',
        [[...YES, 'pas de limite', 'aucune limite', 'ne fixe pas', 'ne prevoit pas', 'ne precise pas']],
        NOT_NO,
      ),
    ],
  ),

  // ── out of scope ──────────────────────────────────────────────────────────
  c(
    'b96-oos-rsa-montant',
    ['sms'],
    [turn('montant du rsa pour un couple avec 2 enfants ?', 'out_of_scope', [NOT_COVERED], ['€', 'euros'])],
  ),
  c(
    'b96-oos-hebergement',
    ['typos'],
    [
      turn('les stagiaires afpa peuvent etre heberges sur place a montauban ?', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b96-oos-permis',
    ['sms'],
    [
      turn('aide au financement du permis B pour mes BRSA via l accord afpa ?', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c('b96-oos-cej', ['sms'], [turn('et le CEJ ? c dans l accord ?', 'out_of_scope', [NOT_COVERED])]),
  c(
    'b96-oos-cpf',
    ['sms'],
    [turn('on peut mobiliser le CPF pour la formation cariste ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b96-oos-frais',
    ['typos'],
    [
      turn('les frais de deplacement sont rembourses pr venir a montauban en prepa comp ?', 'out_of_scope', [
        [...NOT_COVERED, 'referent', 'conditions materielles'],
      ]),
    ],
  ),
  c(
    'b96-oos-rqth',
    ['rambling'],
    [
      turn(
        'j ai un monsieur avec une RQTH, est ce que l accord prevoit un accompagnement specifique TH avec cap emploi ou un amenagement ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b96-other-bjr', ['sms'], [turn('bjr', 'other', [GREETING])]),
  c('b96-other-merci', ['sms'], [turn('ok merci bcp !!', 'other', [THANKS])]),
  c(
    'b96-other-aide',
    ['sms'],
    [
      turn('aide', 'other', [
        ['dispositif', 'prepa', 'promo'],
        ['prescri', 'eligib', 'agenda', 'calendrier', 'date'],
      ]),
    ],
  ),
  c(
    'b96-other-ki',
    ['sms'],
    [
      turn('t ki toi ? tu sers a quoi', 'other', [
        ['dispositif', 'prepa', 'promo', 'afpa', 'prescri', 'agenda'],
      ]),
    ],
  ),

  // ── multi-turn follow-ups ─────────────────────────────────────────────────
  c(
    'b96-mt-promo-inscription',
    ['follow-up'],
    [
      turn('c quoi la promo 1618 en 2 mots', 'dispositif', [PROMO_AGE, PROMO_WEEKS]),
      turn('ok et pr y inscrire un jeune ?', 'prescribe', [
        ['mission locale', 'missions locales', 'cio', 'c.i.o', 'panda', 'formulaire', 'inscri', 'invite'],
      ]),
    ],
  ),
  c(
    'b96-mt-prepa-volet2',
    ['follow-up', 'sms'],
    [
      turn('prepa comp ca dure combien', 'dispositif', [PREPA], ['13 semaines']),
      turn('et le volet 2 tout seul ?', 'dispositif', [VOLET2], ['13 semaines']),
    ],
  ),
  c(
    'b96-mt-infocoll-moissac',
    ['follow-up', 'sms'],
    [
      turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [
        [...on('2027-03-08'), ...on('2027-02-09'), 'aucune', 'pas d', 'pas de'],
      ]),
    ],
  ),
  c(
    'b96-mt-places-metiers',
    ['follow-up', 'sms'],
    [
      turn('places soudeur ?', 'agenda', [seats(4), ['soudeur', 'soudure']], ['plaquiste', 'cariste']),
      turn('et macon ?', 'agenda', [seats(3), ['macon']], ['plaquiste', 'cariste']),
      turn('et plaquiste ?', 'agenda', [FULL]),
    ],
  ),
  c(
    'b96-mt-objectifs-public',
    ['follow-up', 'pilot'],
    [
      turn('objectifs 2022 des 3 dispositifs stp', 'figures', [T30, T50, T10]),
      turn('et les 10 de la promo c quel public exactement', 'dispositif', [
        ['aide sociale', 'ase', 'a.s.e'],
      ]),
    ],
  ),
  c(
    'b96-mt-vella-battedou',
    ['follow-up'],
    [
      turn('c qui eric vella ?', 'contact', [['directeur'], ['montauban']]),
      turn('et la personne en charge du deploiement des presta ?', 'contact', [['battedou']]),
    ],
  ),
  c(
    'b96-mt-ase-16-19',
    ['follow-up', 'sms'],
    [
      turn('jeune ASE 16 ans decrocheur, ni formation ni emploi, promo 1618 ?', 'eligibility', [YES], NOT_NO),
      turn('et s il a 19 ans ?', 'eligibility', [NO, [...PROMO_AGE, '18']], NOT_YES),
    ],
  ),
  c(
    'b96-mt-pec-atelier2',
    ['follow-up', 'sms'],
    [
      turn('prochaine entree competences pec atelier 2 ?', 'agenda', [on('2027-01-20')]),
      turn('il reste de la place ?', 'agenda', [seats(4)]),
    ],
  ),
  c(
    'b96-mt-reunions-metiers',
    ['follow-up'],
    [
      turn('prochaine reunion metier ?', 'agenda', [on('2027-01-26'), ['logistique']]),
      turn('et batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
      turn('ya combien de places a celle la', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b96-mt-jpo-moissac',
    ['follow-up', 'sms'],
    [
      turn('jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-01-07')),
    ],
  ),
  c(
    'b96-mt-convention-avenant',
    ['follow-up', 'pilot'],
    [
      turn('la convention avec l afpa elle court sur combien de temps', 'dispositif', [
        ['2 ans', 'deux ans'],
      ]),
      turn('et on peut la modifier ou la prolonger ? et la resilier ?', 'dispositif', [
        ['avenant'],
        ['2 mois', 'deux mois', 'preavis'],
      ]),
    ],
  ),
  c(
    'b96-mt-213-214',
    ['follow-up', 'pilot'],
    [
      turn('indic 2.1.3 ?', 'figures', [['volet 1', 'volet 2'], ['atelier']]),
      turn('et 2.1.4 ?', 'figures', [
        ['orient'],
        ['competences pec', 'competences p.e.c', 'competences – pec', 'competences - pec'],
      ]),
    ],
  ),
  c(
    'b96-mt-bjr-pec',
    ['follow-up', 'sms'],
    [
      turn('bonjour', 'other', [GREETING]),
      turn('c quoi competences pec', 'dispositif', [PEC_DAYS, ['vae', 'certification', 'valoris']]),
    ],
  ),
  c(
    'b96-mt-semaine-pro',
    ['follow-up', 'sms'],
    [
      turn(
        'semaine pro ya quoi ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
      turn('la visite soudure il reste des places ?', 'agenda', [seats(8)]),
      turn('et l info coll de castel ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b96-mt-distanciel',
    ['follow-up'],
    [
      turn('prepa comp en distanciel c possible pr qqn sans voiture ?', 'dispositif', [
        ['distance', 'distanciel'],
        ['presentiel', 'tout ou partie', 'oui'],
      ]),
      turn('y a une session a distance bientot ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
    ],
  ),
  c(
    'b96-mt-brsa-pec-prepa',
    ['follow-up', 'sms'],
    [
      turn('BRSA 34 ans pas en contrat, competences pec ?', 'eligibility', [NO_PEC], ['oui, il', 'oui il ']),
      turn('et prepa comp alors ?', 'eligibility', [YES], NOT_NO),
    ],
  ),
  c(
    'b96-mt-objectif-pec-realise',
    ['follow-up', 'pilot'],
    [
      turn('objectif competences pec 2022 ?', 'figures', [T50]),
      turn('et on en a fait combien reellement ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b96-mt-prescrire-non-ft',
    ['follow-up'],
    [
      turn('je veux prescrire prepa comp', 'prescribe', [PRESCRIBE]),
      turn(
        'elle est BRSA mais pas inscrite a FT, ca pose pb ?',
        'eligibility',
        [[...YES, 'ne pose pas', 'pas de probleme', 'aucun probleme', 'ou non']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b96-mt-promo-infocoll-parents',
    ['follow-up', 'sms'],
    [
      turn('info coll promo 16 18 c qd ?', 'agenda', [on('2027-03-17')]),
      turn('les parents peuvent venir ?', 'agenda', [['parent']]),
    ],
  ),
  c(
    'b96-mt-proprete',
    ['follow-up', 'sms'],
    [
      turn('formation agent de proprete ?', 'agenda', [['moissac'], seats(7)]),
      turn('ca commence quand ?', 'agenda', [on('2027-02-22')]),
    ],
  ),
  c(
    'b96-mt-copil-membres',
    ['follow-up', 'pilot'],
    [
      turn('le copil de l accord c tous les cb ?', 'dispositif', [
        ['une fois par an', '1 fois par an', 'au moins une fois', 'au moins 1 fois', 'annuel'],
      ]),
      turn('et qui y siege ?', 'dispositif', [['departement'], ['afpa']]),
    ],
  ),
  c(
    'b96-mt-tel-vella-role',
    ['follow-up', 'sms'],
    [
      turn(
        'numero de tel d eric vella ?',
        'contact',
        [
          [
            ...NOT_COVERED,
            'pas de numero',
            'pas le numero',
            'aucun numero',
            'ne donne pas',
            'pas de coordonnees',
          ],
        ],
        NO_PHONE,
      ),
      turn('bon et il fait quoi exactement ?', 'contact', [['directeur', 'coordonn']]),
    ],
  ),
  c(
    'b96-mt-prescrire-annule',
    ['follow-up', 'sms'],
    [
      turn('je veux prescrire', 'prescribe', [PRESCRIBE]),
      turn('non laisse tomber annule', 'other', [CANCEL]),
    ],
  ),
];
