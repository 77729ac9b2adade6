/**
 * Ninety-fifth blind set. Who speaks: référents insertion of the Département's rural antennas
 * (Caussade, Lauzerte, Beaumont-de-Lomagne, Valence d'Agen, Moissac), typing on a phone between
 * two home visits: very short messages, abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH,
 * ASE, info coll, JPO), no accents, typos, towns without preposition, one-word follow-ups, a person
 * described in fragments before the question, and now and then a long message with the question
 * buried inside.
 *
 * Written blind, from the agreement Département de Tarn-et-Garonne – AFPA (2022, its action plan
 * and the protocol of the three programmes), the product guide and the agenda fixture (today is
 * frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Alternatives ────────────────────────────────────────────────────────────

const PREPA = ['prepa comp', 'prepa-comp', 'prepacomp'];
const PEC_PROG = [
  'competences pec',
  'competences p.e.c',
  'competences-pec',
  'competences – pec',
  'competences - pec',
];
const PROMO = ['promo 16', 'promo1618', 'promo 1618', 'promo16'];

const PREPA_DAYS = ['2 à 8', '2 et 8', 'deux à huit', 'deux et huit', '2 jours à 8', '2 j à 8', '2-8 j'];
const V1_DAYS = ['5 à 6', '5 et 6', 'cinq à six', 'cinq et six', '5 ou 6', '5-6'];
const V2_DAYS = ['4 à 8', '4 et 8', 'quatre à huit', 'quatre et huit', '4-8'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];

const MONTAUBAN = ['montauban'];
const CASTEL = ['castelsarrasin', 'castel'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const VALENCE = ['valence'];

const FULL = ['complet', 'aucune place', 'plus de place', 'plus aucune place', 'pas de place', ...seats(0)];
const NOTHING = ['aucun', 'rien', 'pas d', 'ne trouve pas', 'n’ai trouvé', "n'ai trouvé", 'pas prévu'];

const YES = [
  'eligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut suivre',
  'peut faire',
  'peut intégrer',
  'peut y',
  'peut être orienté',
  'peut être orientée',
  'peut accéder',
  'oui',
  'possible',
  'correspond',
  'relève',
];
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'pas possible',
  'trop jeune',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  'pas concerné',
  'n’est pas',
  "n'est pas",
  'non,',
  'non.',
  'réservé',
  'reserve',
  'plus mineur',
  'majeur',
];
const NOT_YES = ['oui, ', 'oui !'];
const NOT_NO = ['pas eligible', 'non eligible', 'ineligible', 'pas possible'];

/** The agreement does not say / does not cover it. */
const SILENT = [
  'ne prévoit pas',
  'ne prévoient pas',
  'ne dit rien',
  'ne précise pas',
  'ne précisent pas',
  'ne le précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'aucune mention',
  'ne mentionne pas',
  'ne traite pas',
  'ne parle pas',
  'ne contient pas',
  'ne donne pas',
  'ne fixe pas',
  'ne figure pas',
  'ne dispose pas',
  'ne sais pas',
  'ne connais pas',
  'pas couvert',
  'pas dans',
  'pas d’information',
  "pas d'information",
  'pas d’élément',
  "pas d'élément",
  'n’aborde pas',
  "n'aborde pas",
  'n’indique pas',
  "n'indique pas",
  'n’est pas prévu',
  "n'est pas prévu",
  'n’en dit rien',
  "n'en dit rien",
  'rien sur',
  'ne peux pas',
  'pas en mesure',
];

/** Figures that nobody has published yet. */
const NOT_AVAILABLE = [
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore',
  'aucun chiffre',
  'pas de chiffre',
  'aucune donnée',
  'pas de donnée',
  'ne dispose pas',
  'aucun résultat',
  'pas de résultat',
  'pas communiqué',
  'ne sont pas',
  'pas connu',
  'ne connais pas',
];

/** The answer offers the prescription form or explains the steps. */
const PRESCRIBE = [
  'formulaire',
  'fiche',
  'panda',
  'inscri',
  'étape',
  'prescription',
  'prescrire',
  'adhésion',
];

/** A fragment about a person: the bot notes it or asks for more, it does not fall back. */
const FRAGMENT = [
  'prepa',
  'competences',
  'promo',
  'dispositif',
  'rsa',
  'statut',
  'situation',
  'eligib',
  ' ans',
  'noté',
  'précis',
  'question',
  'contrat',
];

const CANCEL = [
  'annul',
  'd’accord',
  "d'accord",
  'pas de souci',
  'pas de problème',
  'entendu',
  'ok',
  'arrêt',
  'abandon',
];
const HELP = ['dispositif', 'prepa', 'agenda', 'prescri', 'eligib', 'calendrier'];

const HALF_PAST_NINE = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const TWO_PM = ['14h', '14 h', '14:00'];

// ── The set ─────────────────────────────────────────────────────────────────

export const NINETY_FIFTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──────────────────────────────────────────────────────────
  c(
    'b95-prepa-duree',
    [],
    [
      turn('prepa comp ca dure cmb', 'dispositif', [PREPA_DAYS], ['13 semaines']),
      turn('sur cmb de temps', 'dispositif', [TWO_WEEKS], ['13 semaines']),
    ],
  ),
  c(
    'b95-prepa-volet1-quoi-duree',
    ['two-in-one'],
    [turn('volet 1 prepa cest quoi et ca dure cmb ?', 'dispositif', [['projet'], V1_DAYS], ['13 semaines'])],
  ),
  c(
    'b95-prepa-volet2',
    [],
    [
      turn('volet 2 prepa ca sert a quoi', 'dispositif', [['sécuris'], ['formation']], ['13 semaines']),
      turn('meme si la formation est pas a l afpa ?', 'dispositif', [
        ['oui', 'hors afpa', 'autre organisme', 'hors a.f.p.a', 'ailleurs', 'aussi'],
      ]),
    ],
  ),
  c(
    'b95-prepa-volets-compare',
    ['two-in-one'],
    [
      turn('diff entre volet 1 et volet 2 prepa comp ? et les jours pr chacun', 'dispositif', [
        ['projet'],
        ['sécuris'],
        V1_DAYS,
        V2_DAYS,
      ]),
    ],
  ),
  c(
    'b95-prepa-distance',
    [],
    [
      turn(
        'prepa comp ca peut se faire a distance ou faut aller a mtb ? ma dame a lauzerte a pas de voiture',
        'dispositif',
        [['distance'], ['présentiel', 'sur place', 'centre']],
      ),
    ],
  ),
  c(
    'b95-prepa-cout-financeur',
    ['two-in-one'],
    [
      turn('cest payant prepa comp pr le CD ? et qui finance pr les BRSA', 'dispositif', [
        [
          'sans contrepartie',
          'gratuit',
          'aucun coût',
          'pas de coût',
          'sans coût',
          'sans frais',
          'aucune contrepartie',
          'rien à payer',
          'ne paie rien',
          'ne coûte rien',
          'financé par l',
          'pris en charge par l',
        ],
        ['état'],
      ]),
    ],
  ),
  c(
    'b95-prepa-remuneration',
    [],
    [turn('la personne est payee pendant prepa comp ?', 'dispositif', [SILENT], ['€', 'euros'])],
  ),
  c(
    'b95-prepa-bilan',
    [],
    [turn('a la fin de prepa comp on a un retour nous les referents ?', 'dispositif', [['bilan']])],
  ),
  c(
    'b95-prepa-phases',
    [],
    [
      turn('prepa comp les 4 phases cest quoi deja', 'dispositif', [
        ['préparer'],
        ['engager'],
        ['réfléchir'],
        ['agir'],
      ]),
    ],
  ),
  c(
    'b95-pec-quoi',
    [],
    [
      turn(
        'competences pec en 2 mots',
        'dispositif',
        [['vae', 'rsfp', 'cléa', 'certification', 'valoris']],
        ['13 semaines'],
      ),
      turn('cmb de jours pr le salarie', 'dispositif', [PEC_DAYS], ['13 semaines']),
    ],
  ),
  c(
    'b95-pec-certifs',
    [],
    [
      turn('comp pec ca debouche sur quoi, vae ?', 'dispositif', [
        ['vae'],
        ['rsfp', 'reconnaissance des savoir'],
        ['cléa'],
      ]),
      turn('rsfp cest pour qui', 'dispositif', [['vae'], ['prérequis', 'pré-requis']]),
    ],
  ),
  c(
    'b95-pec-employeur',
    [],
    [
      turn('pec : faut prevenir l employeur ? qui le fait', 'dispositif', [
        ['employeur'],
        ['accord'],
        ['référent', 'conseiller', 'vous'],
      ]),
    ],
  ),
  c(
    'b95-pec-quand',
    [],
    [
      turn('comp pec on peut le lancer qd ? la dame a signe son PEC y a 3 sem', 'dispositif', [
        ['signature', 'premiers mois', 'immédiatement', 'tout de suite', 'sans attendre'],
      ]),
    ],
  ),
  c(
    'b95-portefeuille',
    [],
    [turn('portefeuille de competences cest dans quel dispo ?', 'dispositif', [PEC_PROG])],
  ),
  c(
    'b95-promo-duree',
    [],
    [
      turn('promo 1618 duree', 'dispositif', [PROMO_LENGTH], ['2 à 8']),
      turn('ca peut durer plus ?', 'dispositif', [['4 mois', 'quatre mois']]),
    ],
  ),
  c(
    'b95-promo-jours-distance',
    [],
    [
      turn('promo1618 ils y vont quels jours', 'dispositif', [['lundi'], ['jeudi']]),
      turn('et a distance possible ?', 'dispositif', [['présentiel', 'sur place', 'non']]),
    ],
  ),
  c(
    'b95-promo-phases',
    [],
    [turn('promo 1618 cest quoi les phases', 'dispositif', [['engagement'], ['construction'], ['suite']])],
  ),
  c(
    'b95-promo-suivi-apres',
    [],
    [
      turn('apres la promo 1618 ya un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission', 'accompagnement'],
      ]),
    ],
  ),
  c(
    'b95-promo-parents-code',
    ['two-in-one'],
    [
      turn('promo1618 faut l accord des parents ? et c vrai quils passent le code', 'dispositif', [
        ['parent'],
        ['code'],
      ]),
    ],
  ),
  c(
    'b95-clea-num',
    [],
    [
      turn('clea numerique ca existe a l afpa ?', 'dispositif', [
        ['numérique'],
        ['usage', 'travail', 'professionnel'],
      ]),
    ],
  ),
  c(
    'b95-fle',
    [],
    [
      turn('jai un mr primo arrivant BRSA parle peu francais, afpa a un truc ?', 'dispositif', [
        ['français'],
        ['langue étrangère', 'primo', 'débutant', 'visée professionnelle'],
      ]),
    ],
  ),
  c(
    'b95-reporting',
    ['two-in-one'],
    [
      turn('les chiffres des dispos ils remontent a qui et tous les cmb ?', 'dispositif', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois', 'trimestri', 'annuel'],
      ]),
    ],
  ),
  c(
    'b95-campagne',
    ['two-in-one'],
    [
      turn('les BRSA ils pouvaient entrer jusqu a qd en 2022 et finir qd', 'dispositif', [
        ['31 décembre', '31/12', '31 déc'],
        ['30 avril', '30/04'],
      ]),
    ],
  ),
  c(
    'b95-accord-duree',
    [],
    [turn('l accord cd afpa il court sur cmb de temps', 'dispositif', [['2 ans', 'deux ans'], ['2022']])],
  ),

  // ── agenda ──────────────────────────────────────────────────────────────
  c(
    'b95-ag-info-coll-castel-places',
    [],
    [
      turn('prochaine info coll prepa', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07')),
      turn('castel', 'agenda', [on('2027-01-21'), CASTEL], notOn('2027-03-04')),
      turn('il reste de la place ?', 'agenda', [[...seats(12), 'douze']]),
    ],
  ),
  c(
    'b95-ag-moissac',
    [],
    [
      turn(
        'moissac ya quoi',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-23')],
      ),
      turn('et la prepa a moissac ca commence qd', 'agenda', [on('2027-03-08')], notOn('2027-01-18')),
      turn('places ?', 'agenda', [seats(6)]),
    ],
  ),
  c('b95-ag-jpo', [], [turn('jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07'))]),
  c(
    'b95-ag-jpo-passee',
    ['two-in-one'],
    [
      turn('la jpo du 7 janv jai rate ? ya une autre ?', 'agenda', [
        ['passé', 'déjà eu', 'terminé', 'a eu lieu', 'était', 'dernière'],
        [...on('2027-02-03'), ...on('2027-02-17')],
      ]),
    ],
  ),
  c(
    'b95-ag-soudure',
    ['two-in-one'],
    [
      turn(
        'visite plateau soudure c quand et a quelle heure',
        'agenda',
        [on('2027-01-19'), TWO_PM],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b95-ag-batiment-caussade',
    [],
    [
      turn(
        'reunion metier batiment caussade c quand',
        'agenda',
        [on('2027-02-23'), [...CAUSSADE, 'salle des fêtes']],
        notOn('2027-01-26'),
      ),
      turn('et logistique ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    ],
  ),
  c(
    'b95-ag-valence',
    [],
    [turn('valence info coll ?', 'agenda', [on('2027-03-04'), VALENCE], notOn('2027-01-21'))],
  ),
  c(
    'b95-ag-lauzerte',
    ['rural'],
    [
      turn('lauzerte ya qq chose ?', 'agenda', [NOTHING]),
      turn('et a distance ?', 'agenda', [[...on('2027-02-08'), ...on('2027-03-03')]]),
    ],
  ),
  c('b95-ag-beaumont', ['rural'], [turn('beaumont de lomagne prochain truc afpa ?', 'agenda', [NOTHING])]),
  c(
    'b95-ag-volet2-entree',
    [],
    [turn('prepa volet 2 prochaine entree ou il reste de la place', 'agenda', [on('2027-02-15'), CASTEL])],
  ),
  c(
    'b95-ag-volet2-complet',
    [],
    [
      turn('volet 2 du 25 janv mtb il reste de la place ?', 'agenda', [FULL]),
      turn('et apres ?', 'agenda', [on('2027-02-15')]),
    ],
  ),
  c(
    'b95-ag-volet1-distance',
    [],
    [
      turn(
        'prepa volet 1 en distanciel prochaine session ?',
        'agenda',
        [on('2027-02-08'), ['distance', 'distanciel', 'classe virtuelle']],
        notOn('2027-03-08'),
      ),
    ],
  ),
  c(
    'b95-ag-pec-atelier2',
    [],
    [
      turn('entree comp pec atelier 2 ?', 'agenda', [on('2027-01-20'), MONTAUBAN]),
      turn('a distance ?', 'agenda', [on('2027-03-03')]),
      turn('cmb de places', 'agenda', [seats(3)]),
    ],
  ),
  c('b95-ag-pec-atelier3', [], [turn('atelier 3 pec c quand', 'agenda', [on('2027-02-10')])]),
  c(
    'b95-ag-info-coll-pec',
    [],
    [
      turn('info coll pec ?', 'agenda', [on('2027-02-09'), MOISSAC]),
      turn('heure ?', 'agenda', [HALF_PAST_NINE]),
    ],
  ),
  c(
    'b95-ag-promo-entree',
    ['two-in-one'],
    [
      turn('promo 1618 prochaine entree et ou', 'agenda', [on('2027-02-01'), MONTAUBAN]),
      turn('places', 'agenda', [seats(10)]),
    ],
  ),
  c(
    'b95-ag-promo-info-coll',
    [],
    [
      turn(
        'info coll promo 1618 pr le jeune et sa mere ?',
        'agenda',
        [on('2027-03-17')],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c(
    'b95-ag-soudeur-places',
    ['two-in-one'],
    [
      turn(
        'places soudeur ? ca demarre qd',
        'agenda',
        [seats(4), on('2027-02-01')],
        ['plaquiste', 'cariste'],
      ),
      turn('et plaquiste', 'agenda', [FULL], ['soudeur']),
    ],
  ),
  c(
    'b95-ag-cariste',
    [],
    [turn('cariste il reste des places ?', 'agenda', [seats(6), on('2027-01-27')], ['soudeur', 'plaquiste'])],
  ),
  c(
    'b95-ag-caussade-formation',
    ['rural'],
    [
      turn('caussade une formation qualifiante ?', 'agenda', [['restauration'], CAUSSADE]),
      turn('cmb de places', 'agenda', [seats(4)]),
    ],
  ),
  c(
    'b95-ag-moissac-proprete',
    ['two-in-one'],
    [turn('formation a moissac ? et ya de la place', 'agenda', [['propreté'], seats(7)])],
  ),
  c(
    'b95-ag-prep-commandes',
    [],
    [turn('prepa de commandes castel ?', 'agenda', [seats(5), on('2027-03-01')], ['soudeur'])],
  ),
  c(
    'b95-ag-electricien',
    [],
    [
      turn('electricien du batiment places ?', 'agenda', [seats(2)], ['plaquiste']),
      turn('et une visite ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b95-ag-cette-semaine',
    [],
    [
      turn(
        'cette semaine ya quoi',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b95-ag-semaine-pro',
    [],
    [
      turn(
        'semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b95-ag-rambling-valence',
    ['rambling', 'rural'],
    [
      turn(
        'bon jsuis en vad chez une dame a valence, BRSA, elle hesite entre aide soignante et autre chose, elle veut pas aller a mtb trop loin sans permis, ya une info coll prepa pres de chez elle ou pas ? merci',
        'agenda',
        [on('2027-03-04'), VALENCE],
        notOn('2027-01-14'),
      ),
    ],
  ),

  // ── eligibility ─────────────────────────────────────────────────────────
  c(
    'b95-el-fragments-prepa',
    ['fragments'],
    [
      turn('mr 34a lauzerte', 'eligibility', [FRAGMENT]),
      turn('BRSA depuis 2 ans pas inscrit FT', 'eligibility', [FRAGMENT]),
      turn(
        'veut faire cariste mais pas sur de son projet, prepa comp ok ?',
        'eligibility',
        [YES, PREPA],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b95-el-ase-17-decrocheur',
    [],
    [
      turn(
        'jeune ASE 17a decrocheur depuis sept, ni formation ni taf, promo 1618 ?',
        'eligibility',
        [YES, PROMO],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b95-el-ase-15',
    [],
    [turn('ASE 15 ans sortie du college promo possible ?', 'eligibility', [NO], NOT_YES)],
  ),
  c(
    'b95-el-lyceen',
    [],
    [
      turn('jeune 17a encore au lycee mais demotive, promo 1618 ?', 'eligibility', [NO], NOT_YES),
      turn('et sil arrete le lycee et fait rien ?', 'eligibility', [YES, PROMO], NOT_NO),
    ],
  ),
  c('b95-el-ase-19', [], [turn('jeune majeur ASE 19 ans promo1618 ?', 'eligibility', [NO], NOT_YES)]),
  c(
    'b95-el-apprenti',
    [],
    [turn('jeune ASE 17 ans en apprentissage chez un boulanger, promo ?', 'eligibility', [NO], NOT_YES)],
  ),
  c(
    'b95-el-pec-mairie',
    [],
    [
      turn(
        'dame BRSA en PEC depuis 2 mois a la mairie de lauzerte, comp PEC ?',
        'eligibility',
        [YES, PEC_PROG],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b95-el-pas-de-pec',
    [],
    [turn('mr BRSA sans contrat PEC, comp pec possible ?', 'eligibility', [NO], NOT_YES)],
  ),
  c(
    'b95-el-inscrit-ft',
    [],
    [
      turn(
        'BRSA inscrit FT aussi ca bloque pr prepa ?',
        'eligibility',
        [[...YES, 'ne bloque pas', 'pas bloquant', 'inscrits ou non', 'inscrit ou non', 'pas un obstacle']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b95-el-rqth',
    [],
    [turn('mr RQTH BRSA 50a projet flou, prepa comp ?', 'eligibility', [YES, PREPA], NOT_NO)],
  ),
  c(
    'b95-el-ml-pas-ase',
    [],
    [turn('jeune 16a suivi ML moissac, pas ASE, sorti en 3e, promo ?', 'eligibility', [YES, PROMO], NOT_NO)],
  ),
  c(
    'b95-el-ado-fragments',
    ['fragments'],
    [
      turn('ado ASE 16 ans et demi', 'eligibility', [FRAGMENT]),
      turn('vire du lycee en nov, fait rien depuis', 'eligibility', [FRAGMENT]),
      turn('promo 1618 ca le fait ?', 'eligibility', [YES, PROMO], NOT_NO),
    ],
  ),
  c(
    'b95-el-couple',
    ['two-in-one'],
    [
      turn('couple BRSA caussade, lui en PEC elle rien, qui peut faire quoi ?', 'eligibility', [
        PEC_PROG,
        PREPA,
      ]),
    ],
  ),
  c(
    'b95-el-volet2-soudeur',
    [],
    [
      turn(
        'mr 58a BRSA veut securiser son entree en formation soudeur, prepa ?',
        'eligibility',
        [YES, ['volet 2', 'sécuris']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b95-el-ass-pas-rsa',
    [],
    [
      turn('mme ASS pas au RSA, inscrite FT, le CD peut la prescrire en prepa ?', 'eligibility', [
        ['france travail', 'pôle emploi'],
      ]),
    ],
  ),
  c(
    'b95-el-pec-vae-fragments',
    ['fragments'],
    [
      turn('BRSA 41a', 'eligibility', [FRAGMENT]),
      turn('en PEC a l ehpad de moissac depuis janv', 'eligibility', [FRAGMENT]),
      turn('elle peut faire une vae ?', 'eligibility', [YES, ['vae']], NOT_NO),
    ],
  ),
  c(
    'b95-el-ml-quand',
    ['two-in-one'],
    [
      turn(
        'jeune 16a sorti de 3e, suivi ML, il peut faire la promo et ca commence qd ?',
        'eligibility',
        [YES, on('2027-02-01')],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b95-el-age-max',
    [],
    [
      turn(
        'BRSA 62 ans prepa comp ya une limite d age ?',
        'eligibility',
        [[...YES, 'pas de limite', 'aucune limite', ...SILENT]],
        ['trop âgé', 'trop vieux'],
      ),
    ],
  ),
  c(
    'b95-el-rambling-beaumont',
    ['rambling', 'rural'],
    [
      turn(
        'alors jai vu une dame ce matin a beaumont, 29 ans, 2 enfants, BRSA depuis 2020, elle a bossé en cantine, elle voudrait se former mais elle sait pas trop dans quoi, elle est pas inscrite a FT, est ce quelle rentre dans prepa comp ou pas ?',
        'eligibility',
        [YES, PREPA],
        NOT_NO,
      ),
    ],
  ),

  // ── out_of_scope ────────────────────────────────────────────────────────
  c(
    'b95-oos-transport',
    [],
    [turn('les frais de transport pr aller a mtb c rembourse ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b95-oos-hebergement',
    [],
    [turn('promo 1618 l hebergement c pris en charge ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b95-oos-permis-cpf',
    ['two-in-one'],
    [
      turn(
        'afpa finance le permis B pr les BRSA ? et le cpf on peut le mobiliser en plus de prepa ?',
        'out_of_scope',
        [SILENT],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b95-oos-remuneration-soudeur',
    [],
    [turn('remuneration stagiaire formation soudeur ca fait cmb', 'out_of_scope', [SILENT], ['€', 'euros'])],
  ),
  c('b95-oos-meteo', [], [turn('meteo caussade demain ?', 'out_of_scope', [SILENT])]),
  c(
    'b95-oos-creche',
    [],
    [turn('aide pr la creche a caussade pdt la formation ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c('b95-oos-cej', [], [turn('cej ml ca se cumule avec la promo ?', 'out_of_scope', [SILENT], NOT_YES)]),
  c('b95-oos-cantine', [], [turn('le repas au centre cest cmb', 'out_of_scope', [SILENT], ['€', 'euros'])]),
  c(
    'b95-oos-ouverture-rsa',
    [],
    [turn('comment on ouvre des droits rsa pr un jeune de 25 ans', 'out_of_scope', [SILENT])],
  ),
  c(
    'b95-oos-tickets-resto',
    [],
    [
      turn('prepa comp ca dure cmb', 'dispositif', [PREPA_DAYS]),
      turn('et ils ont des tickets resto ?', 'out_of_scope', [SILENT], NOT_YES),
    ],
  ),

  // ── contact ─────────────────────────────────────────────────────────────
  c(
    'b95-ct-prepa',
    [],
    [
      turn('qui contacter a l afpa pr prepa comp', 'contact', [['battedou', 'responsable accompagnement']]),
      turn('et son role ?', 'contact', [['déploiement', 'responsable accompagnement']]),
    ],
  ),
  c('b95-ct-tel', [], [turn('tel de fabienne battedou ?', 'contact', [SILENT], ['+33', '05 6'])]),
  c(
    'b95-ct-referent-cd',
    [],
    [
      turn('cote CD c qui le referent de l experimentation ?', 'contact', [
        ['désign', 'ne nomme pas', 'pas nommé', ...SILENT],
      ]),
    ],
  ),
  c(
    'b95-ct-suivi-accord',
    ['two-in-one'],
    [turn('qui suit l accord cote afpa et cote departement ?', 'contact', [['vella'], ['weill']])],
  ),
  c('b95-ct-panda', [], [turn('habilitation panda je demande a qui', 'contact', [['afpa'], ['habilit']])]),
  c(
    'b95-ct-deploiement',
    ['two-in-one'],
    [
      turn('qui est en charge du deploiement des dispos et c quoi son titre exact', 'contact', [
        ['battedou'],
        ['responsable accompagnement et parcours'],
      ]),
    ],
  ),
  c(
    'b95-ct-directeur',
    [],
    [
      turn('le directeur du centre mtb cest qui', 'contact', [['vella']]),
      turn('et le coordo departemental ?', 'contact', [['vella']]),
    ],
  ),

  // ── figures ─────────────────────────────────────────────────────────────
  c(
    'b95-fig-prepa-pec',
    [],
    [
      turn('objectif 2022 prepa comp cmb de BRSA', 'figures', [
        [' 30 ', 'trente', '30 allocataires', '30 bénéficiaires', '30 personnes'],
      ]),
      turn('et comp pec', 'figures', [
        [' 50 ', 'cinquante', '50 allocataires', '50 bénéficiaires', '50 personnes'],
      ]),
      turn('ASE promo 1618 ?', 'figures', [[' 10 ', 'dix ', '10 jeunes', '10 personnes']]),
    ],
  ),
  c(
    'b95-fig-trois',
    [],
    [
      turn('objectifs 2022 des 3 dispos stp', 'figures', [
        [' 30 ', 'trente'],
        [' 50 ', 'cinquante'],
        [' 10 ', 'dix '],
      ]),
    ],
  ),
  c(
    'b95-fig-entrees',
    [],
    [turn('on en est ou ds les entrees prepa cette annee ?', 'figures', [NOT_AVAILABLE])],
  ),
  c(
    'b95-fig-national',
    ['two-in-one'],
    [
      turn('promo1618 cmb de jeunes au national et le taux de sorties positives vise ?', 'figures', [
        ['35 000', '35000', '35\u202f000', '35\u00a0000', 'trente-cinq mille'],
        ['70'],
      ]),
    ],
  ),
  c(
    'b95-fig-reussite-sortie',
    ['two-in-one'],
    [
      turn(
        'taux de reussite aux examens des BRSA et taux de sortie emploi ?',
        'figures',
        [NOT_AVAILABLE],
        ['%'],
      ),
    ],
  ),
  c(
    'b95-fig-objectif-puis-resultat',
    [],
    [
      turn('cmb de BRSA visés en comp pec', 'figures', [[' 50 ', 'cinquante']]),
      turn('et on les a atteints ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),

  // ── prescribe ───────────────────────────────────────────────────────────
  c(
    'b95-pr-prepa',
    [],
    [turn('je veux prescrire prepa comp pr un mr de caussade', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b95-pr-comment',
    [],
    [
      turn('comment on inscrit qqn en prepa comp concretement', 'prescribe', [
        ['panda', 'formulaire', 'prescri'],
      ]),
    ],
  ),
  c(
    'b95-pr-apres-agenda',
    [],
    [
      turn('prochaine entree prepa volet 1', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
      turn('je l inscris dessus', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b95-pr-pec',
    ['two-in-one'],
    [
      turn('prescrire comp pec pr une dame, faut faire quoi avant ?', 'prescribe', [
        PRESCRIBE,
        ['employeur'],
      ]),
    ],
  ),
  c(
    'b95-pr-promo',
    [],
    [
      turn('je peux inscrire moi meme un jeune ASE en promo 1618 ?', 'prescribe', [
        ['panda', 'prescri', 'formulaire', 'inscri'],
      ]),
    ],
  ),
  c('b95-pr-fiche', [], [turn('fiche prescription prepa stp', 'prescribe', [PRESCRIBE])]),
  c('b95-pr-valence', [], [turn('prescription pr mme D. BRSA valence, volet 2', 'prescribe', [PRESCRIBE])]),
  c(
    'b95-pr-fragments',
    ['fragments'],
    [
      turn('mme 45a BRSA moissac', 'eligibility', [FRAGMENT]),
      turn('veut consolider son projet', 'eligibility', [PREPA]),
      turn('go je prescris', 'prescribe', [PRESCRIBE]),
    ],
  ),

  // ── other ───────────────────────────────────────────────────────────────
  c(
    'b95-ot-bjr',
    [],
    [
      turn('bjr', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']]),
      turn('tu sais faire quoi exactement', 'other', [HELP]),
    ],
  ),
  c('b95-ot-aide', [], [turn('aide', 'other', [HELP])]),
  c(
    'b95-ot-cancel-prescription',
    [],
    [turn('je veux prescrire', 'prescribe', [PRESCRIBE]), turn('laisse tomber', 'other', [CANCEL])],
  ),
  c(
    'b95-ot-merci',
    [],
    [
      turn('merci bcp', 'other', [
        ['avec plaisir', 'de rien', 'je vous en prie', 'bonne', 'hésitez', 'service'],
      ]),
    ],
  ),
  c(
    'b95-ot-bjr-puis-question',
    [],
    [
      turn('slt', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']]),
      turn('promo1618 duree ?', 'dispositif', [PROMO_LENGTH]),
    ],
  ),
];
