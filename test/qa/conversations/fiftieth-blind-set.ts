/**
 * Fiftieth blind set: one autumn and winter of a référente insertion of the Département de
 * Tarn-et-Garonne working the Lomagne side (Beaumont-de-Lomagne, Lavit, Larrazet,
 * Saint-Nicolas-de-la-Grave…).
 *
 * Who speaks: the référente, typing in Teams between two appointments: RSA recipients of
 * rural villages with long distances and no car, people coming back to work after years,
 * young people of the ASE, employees in PEC or in SIAE. She asks what each programme is,
 * how long, where and when, what the agenda has near her people, who to call at AFPA,
 * whether someone can enter, how to prescribe and what happens next, and sometimes a
 * question the agreement does not cover. Abbreviations, no accents, typos, SMS style,
 * two questions in one message, follow-ups that only make sense after the previous answer.
 *
 * Written blind: only from the agreement (convention, action plan 2022-2023, protocol of
 * Prépa Compétences, Compétences PEC and La Promo 16/18), the product guide and the
 * published agenda fixture (today frozen at Monday 11 January 2027, 9:00 Paris), without
 * looking at how the bot works.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 a 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2 a 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux a huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const MON_THU = ['lundi au jeudi', 'lundi a jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu'];
const VOLET1_DAYS = ['5 à 6', '5 a 6', '5 ou 6', '5-6', '5 et 6', 'cinq à six', 'cinq a six'];
const VOLET2_DAYS = ['4 à 8', '4 a 8', '4-8', '4 et 8', 'quatre à huit', 'quatre a huit'];
const REMOTE = ['distance', 'distanciel'];
const FLE = [
  'français à visée professionnelle',
  'francais a visee professionnelle',
  'langue étrangère',
  'langue etrangere',
  'FLE',
];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'];
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const CLEA = ['CléA', 'clea', 'Clé A'];
const RSA = ['RSA', 'R.S.A', 'allocataire'];
const FRANCE_TRAVAIL = ['France Travail', 'Pôle emploi', 'pole emploi', 'Pôle-emploi'];
const ML_CIO = ['mission locale', 'missions locales', 'CIO', 'C.I.O'];
const ASE = ['ASE', 'A.S.E', 'aide sociale à l', 'aide sociale a l'];
const MINOR = [
  'mineur',
  '16 à 18',
  '16 a 18',
  '16 et 17',
  '16-17',
  '16 ou 17',
  'moins de 18',
  '18 ans',
  'majeur',
];
const FROM_16 = ['16 ans', 'seize', '16 à 18', '16 a 18', '16 et 17', '16-17', 'de 16', 'moins de 16', '15 ans', 'quinze'];
const OUT_OF_SCHOOL = [
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'ne travaillent pas',
  'ne travaille pas',
  'ni emploi',
  'ni en emploi',
  'sans emploi',
  'apprenti',
  'décroch',
  'decroch',
  'quitté',
  'quitte',
  'déscolaris',
  'descolaris',
  'scolaris',
];
const PEC_CONTRACT = [
  'contrat PEC',
  'parcours emploi compétences',
  'parcours emploi competences',
  'en PEC',
  'un PEC',
  'd’un PEC',
  "d'un PEC",
  'signataire',
];
const DURING_PEC = [
  'durée du PEC',
  'duree du PEC',
  'durée du contrat',
  'duree du contrat',
  'pendant le PEC',
  'pendant le contrat',
  'pendant son PEC',
  'pendant son contrat',
  'en cours de PEC',
  'en cours de contrat',
  'durant le PEC',
  'durant son',
  'au cours du PEC',
  'signature',
  'premiers mois',
  'sur la durée',
  'sur la duree',
];
const NOT_REGISTERED_OK = [
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'inscrits ou non',
  'inscrite ou non',
  'inscrit ou non',
  'qu’ils soient inscrits',
  "qu'ils soient inscrits",
  'sans être inscrit',
  'sans etre inscrit',
  'pas besoin',
  'pas nécessaire',
  'pas necessaire',
  'pas obligatoire',
  'même sans',
  'meme sans',
];
const AGE_OK = [
  'pas de limite',
  'aucune limite',
  'limite d’âge',
  "limite d'âge",
  "limite d'age",
  'condition d’âge',
  "condition d'âge",
  "condition d'age",
  'pas d’âge',
  "pas d'âge",
  'ne fixe pas',
  'ne prévoit pas',
  'ne prevoit pas',
  'quel que soit',
  'quelque soit',
  'aucune condition',
  'pas de condition',
];
const YES = [
  'oui',
  'éligible',
  'eligible',
  'peut en bénéficier',
  'peut en beneficier',
  'peut bénéficier',
  'peut beneficier',
  'peut y entrer',
  'peut entrer',
  'peut suivre',
  'peut faire',
  'peut intégrer',
  'peut integrer',
  'peut y participer',
  'possible',
];
const NO = [
  'non',
  'pas éligible',
  'pas eligible',
  'inéligible',
  'ineligible',
  'ne peut pas',
  'pas possible',
  'ne relève pas',
  'ne releve pas',
  'réservé',
  'reserve',
  'ne correspond pas',
  'pas ouvert',
  'exclu',
  'pas encore',
];
const NOT_ELIGIBLE = ['pas éligible', 'n’est pas éligible', "n'est pas éligible", 'inéligible', 'non éligible'];
const FULL = [
  'complet',
  'complète',
  'complete',
  ' 0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];
const NONE = ['aucun', 'aucune', 'pas de ', 'rien', 'pas d’', "pas d'"];
const OUT_OF_SCOPE = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'ne précise pas',
  'ne precise pas',
  'pas prévu',
  'pas prevu',
  'hors',
  'ne mentionne pas',
  'ne traite pas',
  'ne fixe pas',
  'ne règle pas',
  'ne regle pas',
  'ne couvre pas',
  'ne porte pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'ne donne pas',
  'ne dispose pas',
  'pas d’information',
  "pas d'information",
  'en dehors',
  'ne peux pas',
  'pas en mesure',
];
const NOT_NAMED = [
  'désigne',
  'designe',
  'désigné',
  'ne nomme pas',
  'pas nommé',
  'pas nomme',
  'ne précise pas',
  'ne precise pas',
  'ne donne pas',
  'pas de nom',
  'ne cite pas',
  'ne mentionne pas',
  'non nommé',
  'ne figure pas',
];
const NO_PHONE = [
  ...OUT_OF_SCOPE,
  'pas de numéro',
  'pas de numero',
  'pas le numéro',
  'pas le numero',
  'pas communiqué',
  'pas communique',
  'ne communique pas',
  'pas indiqué',
  'pas indique',
  'pas mentionné',
  'n’ai pas',
  "n'ai pas",
];
const INVENTED_PHONE = ['05 63', '05.63', '0563', '+33'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'aucun cout',
  'pas de coût',
  'pas de cout',
  'sans frais',
  'sans coût',
  'rien à payer',
  'rien a payer',
  'financé par l’État',
  "financé par l'État",
  'finance par l',
  'PIC',
  'P.I.C',
];
const NO_COUNT = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun',
  'aucune',
  ' 0 ',
  'zéro',
  'zero',
  'pas de donnée',
  'pas de donnee',
  'pas de chiffre',
  'ne dispose pas',
  'pas de décompte',
  'pas de suivi',
];
const THIRTY = [' 30 ', '30 allocataires', '30 bénéficiaires', '30 beneficiaires', '30 personnes', ': 30', '30 entrées', '30 RSA', 'trente'];
const FIFTY = [' 50 ', '50 allocataires', '50 bénéficiaires', '50 beneficiaires', '50 personnes', ': 50', '50 entrées', '50 RSA', 'cinquante'];
const TEN = [' 10 ', '10 jeunes', '10 personnes', ': 10', 'dix jeunes', 'dix personnes'];
const TRAININGS = ['Soudeur', 'Maçon', 'Cariste', 'Plaquiste', 'Électricien', 'Electricien', 'Agent de propreté', 'Agent de restauration'];
const others = (...asked: string[]) =>
  TRAININGS.filter((t) => !asked.some((a) => t.toLowerCase().includes(a.toLowerCase())));

// ── The set ─────────────────────────────────────────────────────────────────

export const FIFTIETH_BLIND_SET: ConversationCase[] = [
  // ── What each programme is ──
  c('b50-prepa-cest-quoi-puis-distance', ['prepa', 'rural', 'no-car', 'follow-up'], [
    turn(
      'bjr, prepa comp c koi exactement ? une dame de st nicolas de la grave m en parle, elle a vu un flyer',
      'dispositif',
      [PREPA_DURATION, TWO_WEEKS],
      ['13 semaines'],
    ),
    turn(
      'elle a pas de voiture. ca peut se faire a distance ? y a une session bientot ?',
      'agenda',
      [REMOTE, on('2027-02-08')],
      [...notOn('2027-03-03'), ...notOn('2027-01-07')],
    ),
  ]),
  c('b50-volet1-volet2', ['prepa', 'typos'], [
    turn(
      'cest quoi la diff entre volet 1 et volet 2 de la prepa ? jai jamais compris',
      'dispositif',
      [VOLET1_DAYS, VOLET2_DAYS],
    ),
  ]),
  c('b50-pec-combien-de-jours', ['pec', 'sms'], [
    turn(
      'competence PEC cmb de jours en tout pr le salarié ? l employeur va raler',
      'dispositif',
      [
        PEC_DAYS,
        [
          'durée du PEC',
          'duree du PEC',
          'durée du contrat',
          'duree du contrat',
          'répartis',
          'repartis',
          'pendant le PEC',
          'sur la durée',
          'sur la duree',
          'au fil',
        ],
      ],
      PREPA_DURATION,
    ),
  ]),
  c('b50-pec-certif-puis-portefeuille', ['pec', 'follow-up'], [
    turn('a la fin de competences pec il a un diplome ou pas ??', 'dispositif', [VAE, RSFP, CLEA]),
    turn('et le portefeuille de competences c pour tout le monde ?', 'dispositif', [
      ['portefeuille'],
      [
        'systématique',
        'systematique',
        'chaque bénéficiaire',
        'chaque beneficiaire',
        'pour chaque',
        'chacun',
        'tous les bénéficiaires',
        'tous les beneficiaires',
        'pour tous',
        'oui',
      ],
    ]),
  ]),
  c('b50-promo-duree-puis-jours', ['promo', 'ase', 'follow-up'], [
    turn('la promo 1618 ca dure combien de tps en tout', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
    turn(
      'cest tous les jours ? le vendredi il a ses visites mediatisees avec sa mere',
      'dispositif',
      [MON_THU],
    ),
  ]),
  c('b50-rsfp-one-word', ['rsfp', 'one-word'], [
    turn('RSFP ?', 'dispositif', [['reconnaissance des savoir'], VAE]),
  ]),
  c('b50-clea-numerique', ['clea', 'rural'], [
    turn(
      'clea numerique cest pour quoi exactement, g un mr de 55 ans qui sait pas se servir d un ordi',
      'dispositif',
      [
        ['numérique', 'numerique'],
        ['usages', 'environnement de travail', 'fondamentaux', 'compétences', 'competences'],
      ],
    ),
  ]),
  c('b50-open-badges', ['badges', 'sms'], [
    turn('open badges kesako', 'dispositif', [
      [
        'soft skills',
        'compétences douces',
        'competences douces',
        'savoir-être',
        'savoir-etre',
        'savoir être',
        'transverse',
        'transversale',
        'reconnaissance',
      ],
    ]),
  ]),
  c('b50-panda', ['panda', 'typos'], [
    turn('on me dit d inscrire la personne sur panda ??? c quoi ce truc', 'dispositif', [
      ['traçabilité', 'tracabilite', 'tracer', 'tracés', 'traces', 'suivi'],
      ['AFPA', 'A.F.P.A'],
    ]),
  ]),
  c('b50-fle-primo-arrivant', ['fle', 'language'], [
    turn(
      'mr afghan primo arrivant, tres peu de francais, l afpa a un truc pour la langue ?',
      'dispositif',
      [FLE],
    ),
  ]),
  c('b50-promo-apres-le-programme', ['promo'], [
    turn(
      'et apres la promo 16 18 ils sont laches dans la nature ou ya un suivi ??',
      'dispositif',
      [['6 mois', 'six mois'], ['mission locale', 'missions locales']],
    ),
  ]),
  c('b50-atelier-vae-pec-jours', ['pec', 'vae', 'long'], [
    turn(
      'latelier VAE dans comp PEC il dure cmb de jours pour la personne, faut que je le dise a l employeur qui doit la liberer',
      'dispositif',
      [['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j', '3 jours ½']],
    ),
  ]),

  // ── The agenda near Lomagne ──
  c('b50-agenda-info-coll-castel', ['agenda', 'lomagne', 'abbrev'], [
    turn(
      'info coll prepa vers castel ? c le plus pres pour mes gens de lomagne',
      'agenda',
      [on('2027-01-21'), ['Castelsarrasin']],
      [...notOn('2027-01-07'), ...notOn('2027-02-09')],
    ),
  ]),
  c('b50-agenda-info-coll-valence', ['agenda', 'lomagne'], [
    turn(
      'prochaine info co a valence d agen ?',
      'agenda',
      [on('2027-03-04'), ['Valence']],
      notOn('2027-01-07'),
    ),
  ]),
  c('b50-agenda-jpo-one-word', ['agenda', 'jpo', 'one-word', 'past-event'], [
    turn('JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
  ]),
  c('b50-agenda-volet2-complet-puis-suivante', ['agenda', 'prepa', 'full', 'follow-up'], [
    turn(
      'la prepa volet 2 du 25 janvier a montauban, il reste de la place ? g un mr pret a y aller',
      'agenda',
      [FULL],
    ),
    turn(
      'mince. et la suivante en volet 2 ?',
      'agenda',
      [on('2027-02-15'), ['Castelsarrasin']],
      [...notOn('2027-02-08'), ...notOn('2027-03-08'), ...notOn('2027-01-18')],
    ),
    turn('combien de places dessus', 'agenda', [seats(5)]),
  ]),
  c('b50-agenda-places-cariste', ['agenda', 'places', 'one-word'], [
    turn('places cariste ?', 'agenda', [seats(6), on('2027-01-27')], others('cariste')),
  ]),
  c('b50-agenda-plaquiste-complet', ['agenda', 'places', 'full'], [
    turn(
      'formation plaquiste y a des places ? mr de 34 ans motive, 10 ans sans bosser',
      'agenda',
      [FULL],
      others('plaquiste'),
    ),
  ]),
  c('b50-agenda-restauration-caussade', ['agenda', 'places', 'two-questions'], [
    turn(
      'agent de restau, c ou et y a de la place ? la dame est a montech',
      'agenda',
      [['Caussade'], seats(4)],
      others('restauration'),
    ),
  ]),
  c('b50-agenda-semaine-prochaine', ['agenda', 'relative-date'], [
    turn(
      'quest ce quil y a la semaine pro a l afpa',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03'), ...notOn('2027-01-07')],
    ),
  ]),
  c('b50-agenda-cette-semaine', ['agenda', 'relative-date'], [
    turn(
      'et cette semaine ya quoi ?',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b50-agenda-reunion-batiment', ['agenda', 'reunion-metier'], [
    turn(
      'reunion metier batiment c quand ? g un monsieur interesse par la maconnerie',
      'agenda',
      [on('2027-02-23'), ['Caussade']],
      notOn('2027-01-26'),
    ),
  ]),
  c('b50-agenda-visite-soudure', ['agenda', 'visite'], [
    turn(
      'on peut visiter l atelier soudure ? le jeune veut voir avant de se lancer',
      'agenda',
      [on('2027-01-19')],
      notOn('2027-03-10'),
    ),
  ]),
  c('b50-agenda-entree-pec', ['agenda', 'pec', 'abbrev'], [
    turn(
      'prochaine entree competences pec atelier 2 ?',
      'agenda',
      [on('2027-01-20')],
      [...notOn('2027-01-18'), ...notOn('2027-02-15')],
    ),
  ]),
  c('b50-agenda-info-coll-pec', ['agenda', 'pec'], [
    turn(
      'y a une info co pour les salaries en PEC et leurs employeurs ?',
      'agenda',
      [on('2027-02-09'), ['Moissac']],
      [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b50-agenda-electricien-places-visite', ['agenda', 'places', 'visite', 'two-questions'], [
    turn(
      'electricien batiment il reste des places ? et on peut visiter l atelier avant ?',
      'agenda',
      [seats(2), on('2027-03-10')],
      others('electricien', 'électricien'),
    ),
  ]),
  c('b50-agenda-info-coll-promo', ['agenda', 'promo', 'ase'], [
    turn(
      'info coll promo 1618 pour les jeunes et leurs parents c quand',
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b50-agenda-rien-a-beaumont', ['agenda', 'lomagne', 'rural'], [
    turn(
      'y a un truc a beaumont de lomagne meme ou faut tjrs aller a montauban ?',
      'agenda',
      [NONE],
    ),
  ]),

  // ── Can this person enter? ──
  c('b50-elig-rsa-jamais-inscrite-ft', ['prepa', 'rsa', 'france-travail'], [
    turn(
      'Mme 52a BRSA depuis 2015, jamais inscrite a FT (ex pole emploi), elle peut faire la prepa comp ?',
      'eligibility',
      [YES, NOT_REGISTERED_OK],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b50-elig-rsa-61-ans', ['prepa', 'rsa', 'age', 'rural'], [
    turn(
      'un monsieur de 61 ans au rsa a larrazet, il est pas trop vieux pour prepa competences ?',
      'eligibility',
      [AGE_OK],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b50-elig-ase-16-decroche', ['promo', 'ase', 'follow-up'], [
    turn(
      'jeune ASE 16 ans, a lache le lycee en novembre, fait rien depuis, reste au foyer toute la journee. la promo 16 18 c ok pour lui ?',
      'eligibility',
      [YES, ASE],
      NOT_ELIGIBLE,
    ),
    turn(
      'prochaine entree ?',
      'agenda',
      [on('2027-02-01')],
      [...notOn('2027-01-18'), ...notOn('2027-01-20')],
    ),
    turn(
      'faut l accord des parents ? il est place, les parents sont pas joignables',
      'dispositif',
      [['autorisation']],
    ),
  ]),
  c('b50-elig-ase-15-ans', ['promo', 'ase', 'age', 'follow-up'], [
    turn(
      'un ado ASE de 15 ans et demi, deja decroche, on peut le mettre en promo 1618 ?',
      'eligibility',
      [NO, FROM_16],
    ),
    turn(
      'il a 16 ans le 2 mars. il pourra rentrer a la session du 1er fevrier ?',
      'eligibility',
      [NO, ['16 ans', '15 ans', 'seize', 'quinze', 'pas encore', '2 mars']],
    ),
  ]),
  c('b50-elig-ase-apprenti', ['promo', 'ase', 'follow-up'], [
    turn(
      'jeune 17a ASE en CAP boulanger en apprentissage mais ca se passe mal avec le patron, promo 16/18 possible ?',
      'eligibility',
      [NO, OUT_OF_SCHOOL],
    ),
    turn('et s il rompt son contrat, il pourrait ?', 'eligibility', [
      YES,
      [
        ...ASE,
        'mineur',
        'ni en formation',
        'plus en formation',
        'sans emploi',
        'ne travaille',
        'décroch',
        'decroch',
      ],
    ]),
  ]),
  c('b50-elig-ase-19-jeune-majeur', ['promo', 'ase', 'age'], [
    turn(
      'jeune majeure 19 ans, contrat jeune majeur ASE, aucune activite, la promo ca peut le faire ?',
      'eligibility',
      [NO, MINOR],
    ),
  ]),
  c('b50-elig-cddi-aci-puis-quoi', ['pec', 'siae', 'cddi', 'follow-up', 'lomagne'], [
    turn(
      'mr 44a BRSA en CDDI a l ACI de beaumont (chantier d insertion), il voudrait valider ses acquis, competences PEC ca marche ?',
      'eligibility',
      [NO, PEC_CONTRACT],
    ),
    turn('ok alors quoi pour lui ?', 'dispositif', [[...RSFP, ...VAE]]),
  ]),
  c('b50-elig-pec-mairie-lavit', ['pec', 'rural', 'follow-up'], [
    turn(
      'mme en PEC a la mairie de lavit depuis 3 semaines (BRSA), je peux lui proposer competences pec ?',
      'eligibility',
      [
        YES,
        [
          'signature',
          'premiers mois',
          'en PEC',
          'contrat PEC',
          'salariée en PEC',
          'salarie en PEC',
          'salariés en PEC',
        ],
      ],
      NOT_ELIGIBLE,
    ),
    turn('faut que je previenne la mairie ?', 'prescribe', [['employeur'], ['accord']]),
    turn('elle a aucun diplome, la VAE elle pourra ?', 'dispositif', [[...RSFP, ...CLEA]]),
  ]),
  c('b50-elig-pec-termine', ['pec'], [
    turn(
      'mr a fini son PEC en decembre (espaces verts), il peut encore avoir competences pec pour valoriser ?',
      'eligibility',
      [DURING_PEC],
    ),
  ]),
  c('b50-elig-cdi-pas-pec', ['pec', 'back-to-work'], [
    turn(
      'il a signe un CDI temps plein chez un artisan, il peut quand meme faire competences pec ?',
      'eligibility',
      [NO, PEC_CONTRACT],
    ),
  ]),
  c('b50-elig-ass-pas-rsa', ['prepa', 'france-travail', 'follow-up'], [
    turn(
      'mr touche l ASS, pas le RSA, inscrit FT. je peux lui prescrire la prepa moi ?',
      'eligibility',
      [RSA, FRANCE_TRAVAIL],
    ),
    turn('et s il bascule au RSA le mois prochain ?', 'eligibility', [YES, RSA]),
  ]),
  c('b50-elig-aah-pas-rsa', ['prepa', 'handicap'], [
    turn(
      'jeune femme 26a, TH, touche l AAH, pas le RSA. prepa comp via le CD possible ?',
      'eligibility',
      [RSA],
    ),
  ]),
  c('b50-elig-rsa-rqth', ['prepa', 'handicap', 'abbrev'], [
    turn('BRSA avec RQTH (dos), ca bloque pour la prepa ?', 'eligibility', [
      [
        'ne bloque pas',
        'pas de blocage',
        'non',
        'oui',
        'éligible',
        'eligible',
        'possible',
        'pas un obstacle',
        'n’empêche pas',
        "n'empêche pas",
        "n'empeche pas",
      ],
      RSA,
    ]),
  ]),
  c('b50-elig-primo-arrivante-puis-francais', ['prepa', 'language', 'follow-up'], [
    turn(
      'mme BRSA arrivee de syrie y a 2 ans, parle un peu francais, niveau A2 on va dire. prepa comp possible ?',
      'eligibility',
      [YES, [...RSA, 'ne fixe pas', 'aucune condition', 'pas de condition', 'ne prévoit pas', 'ne prevoit pas']],
    ),
    turn('y a pas mieux pour le francais avant ?', 'dispositif', [FLE]),
  ]),
  c('b50-elig-projet-soudeur-puis-places', ['prepa', 'places', 'back-to-work', 'follow-up'], [
    turn(
      'il veut faire soudeur a l afpa, il a son projet mais peur de decrocher (10 ans sans bosser). prepa ? quel volet ?',
      'eligibility',
      [['volet 2'], ['sécuris', 'securis', ...VOLET2_DAYS]],
    ),
    turn(
      'et la formation soudeur il reste des places ?',
      'agenda',
      [seats(4), on('2027-02-01')],
      others('soudeur'),
    ),
  ]),
  c('b50-elig-siae-qualif', ['siae', 'droit-commun'], [
    turn(
      'salarie d une EI (SIAE) avec projet de qualif cariste, il peut entrer en formation a l afpa ?',
      'eligibility',
      [['Région', 'Region', 'régional', 'regional', 'financeurs publics', 'droit commun']],
    ),
  ]),
  c('b50-elig-ml-17-ans-pas-ase', ['promo', 'ml'], [
    turn(
      'un gamin de 17 ans, pas ASE, suivi par la ML, sorti du lycee pro en 1ere, rien depuis septembre. la promo c pour lui ?',
      'eligibility',
      [YES, [...ML_CIO, 'décroch', 'decroch', 'mineur', 'ni en formation', 'pas en formation']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b50-elig-maman-solo-garde', ['prepa', 'childcare', 'follow-up'], [
    turn(
      'maman solo BRSA, bebe de 6 mois, pas de mode de garde, la prepa c jouable ?',
      'eligibility',
      [['garde']],
    ),
    turn('elle aurait une nounou que 3 jours par semaine', 'eligibility', [
      [...PREPA_DURATION, '2 à 8', '2 a 8', 'à la carte', 'a la carte', ...REMOTE],
    ]),
  ]),
  c('b50-elig-sans-voiture-beaumont', ['prepa', 'lomagne', 'no-car', 'rural'], [
    turn(
      'Mme habite beaumont de lomagne, ni voiture ni permis, 40 km de montauban. la prepa c faisable pour elle ?',
      'eligibility',
      [REMOTE],
    ),
  ]),
  c('b50-elig-ase-encore-scolarise', ['promo', 'ase'], [
    turn(
      'jeune ASE 16 ans scolarise en seconde, il va en cours mais s ennuie, la promo pour lui ?',
      'eligibility',
      [NO, OUT_OF_SCHOOL],
    ),
  ]),
  c('b50-elig-ase-17-prepa', ['prepa', 'promo', 'ase'], [
    turn(
      'jeune ASE de 17 ans, on peut lui faire faire la prepa comp plutot ?',
      'eligibility',
      [['Promo', '1618', '16/18', '16-18', '16.18'], RSA],
    ),
  ]),
  c('b50-elig-reconversion-volet1', ['prepa', 'back-to-work'], [
    turn(
      'BRSA 35a, a un CAP cuisine, veut changer de metier mais sait pas quoi. prepa, quel volet ?',
      'eligibility',
      [['volet 1'], [...VOLET1_DAYS, 'consolid', 'projet']],
    ),
  ]),
  c('b50-elig-pec-non-rsa', ['pec', 'france-travail'], [
    turn(
      'salarie en PEC mais pas au RSA (inscrit FT), c moi qui peux l envoyer en competences pec ?',
      'eligibility',
      [RSA, [...FRANCE_TRAVAIL, 'conseiller']],
    ),
  ]),
  c('b50-elig-sms-brsa-ft', ['prepa', 'sms', 'abbrev'], [
    turn('brsa 29a inscrit ft prepa ok ?', 'eligibility', [YES, ['inscrit', ...RSA]], NOT_ELIGIBLE),
  ]),
  c('b50-elig-mna-17', ['promo', 'ase', 'language'], [
    turn(
      'MNA 17 ans confie a l ASE, pas scolarise, parle moyennement francais. promo 1618 ?',
      'eligibility',
      [YES, [...ASE, 'mineur', 'confié', 'confie']],
    ),
  ]),
  c('b50-elig-58-ans-et-duree', ['prepa', 'age', 'two-questions'], [
    turn(
      'la dame a 58 ans rsa, elle peut faire prepa ? et c cmb de jours ?',
      'eligibility',
      [YES, PREPA_DURATION],
      ['13 semaines'],
    ),
  ]),
  c('b50-elig-promo-beaumont-famille-accueil', ['promo', 'ase', 'lomagne', 'no-car'], [
    turn(
      'jeune ASE 16a qui vit a beaumont en famille d accueil, la promo c a montauban tous les jours ?? faisable ?',
      'eligibility',
      [MON_THU, ['Montauban', 'présentiel', 'presentiel']],
    ),
  ]),
  c('b50-elig-pec-ehpad', ['pec', 'vae'], [
    turn(
      'mr BRSA 50a, PEC en cours a l ehpad depuis 2 mois, veut valider son experience d ASH, competences pec ok ?',
      'eligibility',
      [YES, [...VAE, 'certification', ...RSFP]],
      NOT_ELIGIBLE,
    ),
  ]),

  // ── Who to call ──
  c('b50-contact-qui-appeler-puis-role', ['contact', 'follow-up'], [
    turn(
      'qui j appelle a l afpa pour une prescription prepa qui reste sans reponse depuis 15 jours',
      'contact',
      [['Battedou']],
    ),
    turn('elle fait quoi exactement la-bas ?', 'contact', [
      ['accompagnement et parcours', 'déploiement', 'deploiement'],
    ]),
  ]),
  c('b50-contact-directeur', ['contact'], [
    turn('le directeur de l afpa montauban c qui deja', 'contact', [['Vella']]),
  ]),
  c('b50-contact-portable', ['contact', 'not-covered'], [
    turn('tu as le numero de portable de mme battedou ?', 'contact', [NO_PHONE], INVENTED_PHONE),
  ]),
  c('b50-contact-qui-oriente-promo', ['contact', 'promo', 'ml'], [
    turn(
      'pour un jeune decrocheur pas ASE, c est qui qui oriente vers la promo 1618 normalement ?',
      'contact',
      [['mission locale', 'missions locales'], ['CIO', 'C.I.O']],
    ),
  ]),
  c('b50-contact-referent-experimentation', ['contact', 'not-covered'], [
    turn('c est qui le referent de l experimentation cote departement ?', 'contact', [NOT_NAMED]),
  ]),

  // ── Figures ──
  c('b50-figures-objectifs', ['figures', 'two-questions', 'follow-up'], [
    turn('objectif prepa comp pour les BRSA c combien deja ?', 'figures', [THIRTY]),
    turn('et en competences pec ? et les jeunes ASE sur la promo ?', 'figures', [FIFTY, TEN]),
  ]),
  c('b50-figures-ou-on-en-est', ['figures'], [
    turn(
      'on en est ou ? combien de BRSA sont rentres en prepa depuis le debut ?',
      'figures',
      [THIRTY, NO_COUNT],
    ),
  ]),
  c('b50-figures-a-qui', ['figures', 'reporting'], [
    turn('les chiffres partent a qui ? c mensuel ?', 'figures', [
      ['DGEFP', 'D.G.E.F.P'],
      ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
    ]),
  ]),
  c('b50-figures-sorties-positives', ['figures', 'promo'], [
    turn('c quoi le taux de sorties positives vise par la promo 16 18', 'figures', [
      ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour cent', 'soixante-dix'],
    ]),
  ]),

  // ── Prescribing and what happens next ──
  c('b50-prescrire-comment-puis-retour', ['prescribe', 'follow-up'], [
    turn('comment je fais pour prescrire une prepa comp ?', 'prescribe', [
      ['formulaire', 'panda', 'bouton', 'fiche de prescription'],
    ]),
    turn('et apres, il se passe quoi ? j ai un retour ?', 'prescribe', [['AFPA', 'A.F.P.A'], ['bilan']]),
  ]),
  c('b50-prescrire-cout', ['prescribe', 'funding'], [
    turn('ca coute quelque chose au departement de prescrire ?', 'prescribe', [FREE]),
  ]),
  c('b50-prescrire-session-18-janvier', ['prescribe', 'prepa'], [
    turn(
      'je veux prescrire mme Durand sur la prepa volet 1 du 18 janvier',
      'prescribe',
      [['prescri', 'formulaire']],
    ),
  ]),
  c('b50-prescrire-verifier-avant', ['prescribe', 'rural', 'childcare'], [
    turn('avant de prescrire je dois verifier quoi avec la personne ?', 'prescribe', [
      ['adhésion', 'adhesion', 'accord', 'informe', 'consentement'],
      ['mobilité', 'mobilite', 'garde', 'conditions matérielles', 'conditions materielles'],
    ]),
  ]),

  // ── Other ──
  c('b50-other-bonjour', ['greeting'], [turn('bonjour', 'other', [])]),
  c('b50-other-aide', ['help'], [
    turn('tu sais faire quoi au juste ?', 'other', [
      ['Prépa', 'prepa', 'dispositif', 'agenda', 'prescri', 'éligib', 'eligib'],
    ]),
  ]),
  c('b50-other-copil', ['governance'], [
    turn('le comite de pilotage se reunit cmb de fois par an ?', 'other', [
      ['1 fois', 'une fois', 'au moins', 'annuel', 'chaque année', 'chaque annee'],
    ]),
  ]),
  c('b50-other-convention-encore-valable', ['governance', 'dates'], [
    turn('on peut encore prescrire ? la convention c etait 2022 non ?', 'other', [
      [
        'avenant',
        '2 ans',
        'deux ans',
        '31 décembre 2022',
        '31/12/2022',
        '2023',
        'prolong',
        'poursuite',
        'reconduit',
        'renouvel',
      ],
    ]),
  ]),

  // ── What the agreement does not cover ──
  c('b50-oos-remuneration', ['out-of-scope', 'prepa'], [
    turn('elle garde son RSA pendant la prepa ? elle est payee ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b50-oos-frais-trajet', ['out-of-scope', 'lomagne', 'no-car'], [
    turn('l afpa rembourse les frais de trajet beaumont-montauban ??', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b50-oos-montant-rsa', ['out-of-scope'], [
    turn('montant du rsa pour un couple avec 2 enfants ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b50-oos-rediger-cer', ['out-of-scope'], [
    turn('tu peux me rediger le CER de mme B. ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b50-oos-bus-beaumont', ['out-of-scope', 'lomagne', 'no-car'], [
    turn('ya un bus le matin entre beaumont de lomagne et montauban ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b50-oos-hebergement', ['out-of-scope', 'rural'], [
    turn(
      'l afpa peut heberger qqn qui vient de loin pendant la formation ? genre une dame de dunes',
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),
];
