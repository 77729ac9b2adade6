/**
 * Seventy-first blind set. Who speaks: référents of the Département de Tarn-et-Garonne (CD82),
 * from the Aide sociale à l'enfance (ASE) and from the RSA service, each worried about one
 * precise person (a young person in care, an allocataire du RSA, a salarié in PEC). They type
 * as in Teams: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, TH, RQTH, CD, ASE, info
 * coll, JPO), no accents, typos, SMS style, long messages with polite formulas and the
 * question buried inside, follow-ups that only make sense after the previous turn, and
 * sometimes questions the agreement does not settle.
 *
 * Written blind from the agreement between the Département and AFPA (seed, with its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** A case whose message asks two things at once. */
const TWO = 'two-questions';

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_TOTAL = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 et 6 jours',
  '5-6 jours',
  'cinq à six jours',
  '5 ou 6 jours',
  '5 à 6 j',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', '4 à 8 j'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j de', '5 j répartis', '5 journées', 'cinq journées'];
/** What a Prépa Compétences answer must not borrow from Compétences PEC (never « 15 jours »). */
const NOT_PEC_DAYS = ['5 jours de participation', 'cinq jours', '5 jours répartis', 'sur la durée du pec'];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'du lundi'];
const ON_SITE = ['présentiel', 'sur place', 'en centre', 'au centre', 'sur site'];
const REMOTE = ['distance', 'distanciel'];
const MONTAUBAN = ['montauban'];
const BATTEDOU = ['battedou'];
const VELLA = ['vella'];
const RAP = [
  'responsable accompagnement et parcours',
  'responsable accompagnement',
  'accompagnement et parcours',
];
const PANDA = ['panda'];
const VAE = ['vae', 'validation des acquis'];
const RSFP = ['rsfp', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const BILAN = ['bilan individuel', 'bilan'];
const REFERENT = ['référent', 'referent', 'conseiller', 'vous'];
const ML_CIO = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const PRESCRIBE = ['formulaire', 'panda', 'inscri', 'adhésion', 'étape', 'fiche'];

/** « the agreement does not say / does not cover », in many wordings. */
const NOT_SAID = [
  'ne prévoit pas',
  'prévoit pas',
  'prévoit rien',
  'dit rien',
  'précise pas',
  'couvre pas',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'pas prévu',
  'mentionne pas',
  'aborde pas',
  'traite pas',
  'évoque pas',
  'fixe pas',
  'indique pas',
  'parle pas',
  'rien sur',
  'rien à ce sujet',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors de',
  'hors sujet',
  'figure pas',
  'concerne pas',
  'porte pas sur',
  'pas couvert',
  'ne sais pas',
  'pas en mesure',
  'contient pas',
  'règle pas',
  'pas abordé',
  'pas précisé',
  'pas mentionné',
  'non précisé',
  'ne répond pas',
  'donne pas',
];

/** Figures of the action plan not published yet. */
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de chiffre',
  'aucun chiffre',
  'pas de chiffre',
  'pas de donnée',
  'aucune donnée',
  'ne dispose pas',
  'pas encore',
  'pas communiqu',
  'pas publi',
  'ne sont pas',
  ...NOT_SAID,
];

const YES = [
  'éligible',
  'oui',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut suivre',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'correspond',
  'possible',
  'tout à fait',
];
const NOT_NO = ['n’est pas éligible', "n'est pas éligible", 'non éligible', 'ne remplit pas'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne correspond pas',
  'ne relève pas',
  'ne remplit pas',
  'pas accessible',
  'réservé',
  'pas ouvert',
  'trop jeune',
  'n’est pas',
  "n'est pas",
  'ne pourra pas',
  'pas concerné',
];
const NOT_YES = ['semble éligible', 'remplit les conditions', 'est bien éligible', 'peut tout à fait'];

const FULL = [
  'complet',
  'plus de place',
  'aucune place',
  'pas de place',
  ' 0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune',
];

// ── The set ─────────────────────────────────────────────────────────────────

export const SEVENTY_FIRST_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c(
    'b71-dispo-prepa-duree',
    [],
    [
      turn(
        'bonjour, je suis referente RSA sur le secteur de Beaumont, j ai une dame de 48 ans au RSA depuis 3 ans qui a un projet flou dans l aide a domicile et je pensais a la prepa comp, mais elle a 3 enfants et elle me demande combien de temps ca dure exactement pour s organiser, vous pouvez me dire svp ? merci bcp',
        'dispositif',
        [PREPA_TOTAL, TWO_WEEKS],
        ['13 semaines', ...NOT_PEC_DAYS],
      ),
    ],
  ),
  c(
    'b71-dispo-prepa-volets',
    [TWO],
    [
      turn(
        'Bonjour a tous, petite question pour un monsieur BRSA que je suis depuis peu : c quoi la diff entre le volet 1 et le volet 2 de prepa comp et ca dure combien chacun ? il hesite entre retravailler son projet (il veut etre cariste) ou directement preparer l entree en formation. merci d avance',
        'dispositif',
        [VOLET1_DAYS, VOLET2_DAYS, ['projet', 'consolid'], ['sécuris', 'entrée en formation']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b71-dispo-prepa-distance',
    [TWO],
    [
      turn(
        're bonjour, ma beneficiaire RSA habite a Saint-Antonin, pas de permis et le bus c est une galere... est ce que la prepa comp peut se faire a distance ou faut obligatoirement venir au centre afpa de montauban ?? merci de votre retour',
        'dispositif',
        [REMOTE, ['présentiel', 'centre', 'tout ou partie', 'en partie']],
        ['lundi au jeudi'],
      ),
    ],
  ),
  c(
    'b71-dispo-prepa-phases',
    [],
    [
      turn(
        'Bonjour, dans le flyer on me parle de 4 phases pour prepa comp, c est lesquelles deja ? j ai un allocataire qui me demande et j ai perdu la doc, merci',
        'dispositif',
        [['préparer'], ['engager'], ['réfléchir'], ['agir']],
      ),
    ],
  ),
  c(
    'b71-dispo-pec-duree',
    [TWO],
    [
      turn(
        'Bonjour, je suis conseillere insertion au CD, j accompagne un monsieur au RSA qui vient de signer un PEC de 12 mois comme agent d entretien a la mairie de Negrepelisse. on m a parle de competences PEC, ca dure combien de temps et est ce que ca se fait pendant son contrat ou apres ? il a peur que l employeur dise non',
        'dispositif',
        [PEC_DAYS, ['durée du pec', 'durée du contrat', 'pendant', 'au long', 'réparti', 'sur la durée']],
        [...PREPA_TOTAL, '13 semaines'],
      ),
    ],
  ),
  c(
    'b71-dispo-pec-phases',
    [TWO],
    [
      turn(
        'slt, competences PEC ca se deroule comment, en combien de phases ? et le premier rdv avec l afpa c est quoi ? j ai besoin de savoir pr expliquer a l employeur (une asso d aide alimentaire) qui doit liberer le salarie',
        'dispositif',
        [
          ['5 phases', 'cinq phases', '5 étapes', 'cinq étapes'],
          ['demi-journée', 'consultant', 'première rencontre', 'premier rendez'],
        ],
      ),
    ],
  ),
  c(
    'b71-dispo-pec-portefeuille',
    [],
    [
      turn(
        'bonjour, une question bete peut etre : est ce qu a la fin de competences pec la personne repart avec un document qui resume ses competences ? pour mon monsieur qui est en PEC en espace vert c est important pour la suite, il a jamais eu aucun diplome',
        'dispositif',
        [['portefeuille de compétences', 'portefeuille']],
      ),
    ],
  ),
  c(
    'b71-dispo-pec-vae-duree',
    [TWO],
    [
      turn(
        'Bonjour, dans competences PEC si ma beneficiaire part sur une VAE ca represente combien de jours et si c est plutot une RSFP c est pareil ?? elle est en PEC dans une creche, bac en poche mais pas de diplome petite enfance',
        'dispositif',
        [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'], RSFP],
      ),
    ],
  ),
  c(
    'b71-dispo-pec-quand',
    [],
    [
      turn(
        'hello, le salarie que je suis a signe son PEC il y a 2 semaines seulement, c est trop tot pour competences pec ou on peut le mobiliser tout de suite ? sinon j attends quelques mois',
        'dispositif',
        [['dès la signature', 'signature', 'premiers mois', 'immédiatement', 'tout de suite']],
      ),
      turn('ok et l inscription sur la plateforme afpa c est moi qui la fais ou l afpa ?', 'dispositif', [
        ['référent', 'conseiller', 'vous'],
      ]),
    ],
  ),
  c(
    'b71-dispo-promo-duree',
    [TWO],
    [
      turn(
        'Bonjour, je suis educatrice ASE a Castelsarrasin, j ai un jeune de 16 ans et demi qui a lache le lycee pro en octobre. La promo 16/18 ca dure combien de temps au total et est ce qu il peut avoir des pauses entre les phases si c est trop dur pour lui ? merci pour votre aide',
        'dispositif',
        [PROMO_LENGTH, PROMO_MAX],
        PREPA_TOTAL,
      ),
    ],
  ),
  c(
    'b71-dispo-promo-phases',
    [TWO],
    [
      turn(
        'Bonjour, pouvez vous me detailler les phases de la promo 16 18 ? la jeune que j accompagne (ASE, 17 ans) a peur de partir loin, je crois qu il y a une periode de mobilite, c est combien de temps ?',
        'dispositif',
        [['engagement'], ['construction'], ['2 semaines', 'deux semaines']],
      ),
    ],
  ),
  c(
    'b71-dispo-promo-apres',
    [],
    [
      turn(
        'Bonsoir, et apres la promo 1618 le jeune est lache dans la nature ou il y a un suivi ? je pense a mon jeune de 17 ans qui decroche facilement, j ai peur qu il retombe',
        'dispositif',
        [
          ['6 mois', 'six mois'],
          ['mission locale', 'missions locales', 'accompagnement prolongé'],
        ],
      ),
    ],
  ),
  c(
    'b71-dispo-prepa-cout',
    [TWO],
    [
      turn(
        'Bonjour, ma cheffe de service me demande si la prepa comp coute quelque chose au departement quand on prescrit, et qui finance en fait ? on a pas de ligne budgetaire pour ca cette annee',
        'dispositif',
        [
          [
            'sans contrepartie',
            'gratuit',
            'aucun coût',
            'pas de coût',
            'ne coûte rien',
            'rien à payer',
            'aucun frais',
          ],
          ['état', 'pic', 'investissement dans les compétences'],
        ],
      ),
    ],
  ),
  c(
    'b71-dispo-bilan',
    [],
    [
      turn(
        'Bonjour, une fois que ma beneficiaire RSA aura fini sa prepa comp, est ce que je vais recevoir un retour de l afpa ? j aimerais savoir comment ca s est passe pour retravailler son contrat d engagement reciproque',
        'dispositif',
        [BILAN, REFERENT],
      ),
    ],
  ),
  c(
    'b71-dispo-ou',
    [],
    [
      turn(
        'bonjour, les dispositifs prepa comp / competences pec / promo se font uniquement a montauban ? j ai bcp de personnes sur le secteur de Valence d Agen qui ne peuvent pas se deplacer',
        'dispositif',
        [
          MONTAUBAN,
          ['délocalis', 'ensemble du département', 'tout le département', 'autres lieux', 'ailleurs dans'],
        ],
      ),
    ],
  ),
  c(
    'b71-dispo-remuneration',
    [],
    [
      turn(
        'Bonjour, la dame que je suis (RSA, seule avec 2 enfants) me demande si elle sera remuneree pendant la prepa competences ou si elle garde juste son RSA ? je sais jamais quoi repondre sur ce point, merci',
        'dispositif',
        [NOT_SAID],
        ['€', ' euros'],
      ),
    ],
  ),
  c(
    'b71-dispo-assiduite',
    [],
    [
      turn(
        'Bonjour, pour le controle de l engagement RSA j aurais besoin d une preuve de presence de mon beneficiaire en prepa comp, est ce que l afpa fournit un truc type feuille d emargement ou attestation ?',
        'dispositif',
        [['assiduité', 'panda', 'fiche']],
      ),
    ],
  ),
  c(
    'b71-dispo-panda',
    [],
    [
      turn(
        'bonjour, c est quoi panda ? on m a dit que je devais inscrire mes beneficiaires dessus pour la prepa comp mais personne ne m a jamais explique, je suis nouvelle au service insertion',
        'dispositif',
        [PANDA, ['traçabilité', 'trace', 'suivi', 'suivre']],
      ),
    ],
  ),
  c(
    'b71-dispo-campagne',
    [TWO],
    [
      turn(
        'Bonjour, est ce qu il y a une date limite pour faire entrer les allocataires RSA dans les dispositifs et jusqu a quand les parcours doivent etre termines ? ma collegue parle de fin d annee mais elle sait plus laquelle',
        'dispositif',
        [
          ['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 decembre'],
          ['30 avril 2023', '30/04/2023', '30 avril'],
        ],
      ),
    ],
  ),
  c(
    'b71-dispo-conditions-materielles',
    [],
    [
      turn(
        'Bonjour, avant d orienter ma beneficiaire en prepa comp, qu est ce que je dois verifier de mon cote en tant que referente ? elle a un bebe de 8 mois et pas de voiture',
        'dispositif',
        [
          ['mobilité', 'garde', 'conditions matérielles'],
          ['adhésion', 'informe', 'panda', 'inscri'],
        ],
      ),
    ],
  ),

  // ── agenda ────────────────────────────────────────────────────────────────
  c(
    'b71-agenda-infocoll-castel',
    [],
    [
      turn('bjr les prochaines info coll prepa comp ??', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
      turn(
        'et a castel ? mon monsieur habite a cote et il ne peut pas aller a montauban',
        'agenda',
        [on('2027-01-21'), ['castelsarrasin']],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b71-agenda-jpo-moissac',
    [],
    [
      turn('prochaine JPO stp', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn(
        'et a moissac ? c est plus pres pour ma beneficiaire',
        'agenda',
        [on('2027-02-17'), ['moissac']],
        notOn('2027-02-03'),
      ),
    ],
  ),
  c(
    'b71-agenda-soudure',
    [TWO],
    [
      turn(
        'bonjour, j ai un monsieur BRSA de 35 ans tres interesse par la soudure, il a bricole chez un ferronnier au black avant. Il y aurait une visite du plateau soudure prochainement ?',
        'agenda',
        [on('2027-01-19')],
        [...notOn('2027-03-10'), ...notOn('2027-01-14')],
      ),
      turn('il reste de la place ?', 'agenda', [seats(8)]),
      turn(
        'top. et la formation soudeur elle demarre quand, il y a encore des places dessus ?',
        'agenda',
        [on('2027-02-01'), seats(4)],
        ['plaquiste', 'cariste'],
      ),
    ],
  ),
  c(
    'b71-agenda-plaquiste',
    [],
    [
      turn(
        'bjr est ce qu il reste de la place sur la formation plaquiste a montauban ? le jeune que je suis (ex ASE, contrat jeune majeur) veut absolument faire ca',
        'agenda',
        [FULL],
        ['soudeur', 'cariste'],
      ),
    ],
  ),
  c(
    'b71-agenda-prepa-v1',
    [],
    [
      turn(
        'Bonjour, prochaine entree prepa comp volet 1 svp ?',
        'agenda',
        [on('2027-01-18')],
        notOn('2027-01-20'),
      ),
      turn('c est en presentiel ou a distance ? ma dame a pas de voiture', 'agenda', [
        [...ON_SITE, 'montauban'],
      ]),
      turn('et la suivante ?', 'agenda', [on('2027-02-08'), REMOTE], notOn('2027-01-25')),
    ],
  ),
  c(
    'b71-agenda-prepa-v2-complet',
    [],
    [
      turn(
        'Bonjour, je voulais inscrire ma beneficiaire sur la prepa comp volet 2 du 25 janvier (elle a une entree en formation aide soignante en avril a securiser), il reste des places ??',
        'agenda',
        [FULL],
      ),
      turn(
        'mince. il y en a une autre apres ?',
        'agenda',
        [on('2027-02-15'), ['castelsarrasin']],
        notOn('2027-03-08'),
      ),
    ],
  ),
  c(
    'b71-agenda-pec-atelier2',
    [],
    [
      turn(
        'bonjour les entrees competences PEC atelier 2 c est quand ?',
        'agenda',
        [on('2027-01-20')],
        notOn('2027-01-18'),
      ),
      turn(
        'et a distance ? mon salarie PEC travaille a Verdun sur Garonne et son employeur veut pas le lacher une journee',
        'agenda',
        [on('2027-03-03'), REMOTE],
      ),
    ],
  ),
  c(
    'b71-agenda-promo-entree',
    [],
    [
      turn(
        'Bonjour, je suis referente ASE, j ai un jeune de 16 ans deco depuis la rentree (plus inscrit nulle part), la prochaine entree sur la promo 1618 c est quand ? il en a besoin rapidement, il traine toute la journee',
        'agenda',
        [on('2027-02-01'), MONTAUBAN],
        [...notOn('2027-01-18'), ...notOn('2027-01-20')],
      ),
    ],
  ),
  c(
    'b71-agenda-promo-infocoll',
    [],
    [
      turn(
        'Bjr, y a t il une info coll pour la promo 16/18 ? la jeune voudrait y aller avec son assistante familiale pour se faire une idee',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b71-agenda-batiment',
    [],
    [
      turn(
        'Bonjour, on m a parle de reunions metiers sur le batiment a l afpa, la prochaine c est quand et ou ? j ai deux allocataires qui ont deja fait du placo',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b71-agenda-semaine-pro',
    [],
    [
      turn(
        'Bonjour, qu est ce qu il y a a l afpa la semaine prochaine ? je fais le point avec mon equipe jeudi et je veux leur diffuser',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b71-agenda-cette-semaine',
    [],
    [
      turn(
        'y a quoi cette semaine a l afpa ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b71-agenda-jpo-passee',
    [],
    [
      turn('coucou, j ai loupe la JPO du debut janvier avec mon jeune, il y en a une autre ?', 'agenda', [
        on('2027-02-03'),
      ]),
    ],
  ),
  c(
    'b71-agenda-electricite',
    [TWO],
    [
      turn(
        'Bonjour, un allocataire de 42 ans a ete electricien en Roumanie, il voudrait une formation ici. est ce qu il y a des places en electricite et une visite de l atelier avant ?',
        'agenda',
        [seats(2), on('2027-03-10')],
        ['plaquiste', 'cariste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b71-agenda-restauration',
    [TWO],
    [
      turn(
        'Bonjour, il y a une formation en restauration du cote de caussade ? si oui ca commence quand et combien de places ?',
        'agenda',
        [on('2027-03-15'), seats(4), ['caussade']],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b71-agenda-moissac',
    [],
    [
      turn(
        'hello, qu est ce qui est prevu sur moissac dans les prochaines semaines ? j y fais une permanence et je voudrais afficher les dates',
        'agenda',
        [[...on('2027-02-09'), ...on('2027-02-17'), ...on('2027-03-08'), ...on('2027-02-22')], ['moissac']],
        [...notOn('2027-01-14'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b71-agenda-infocoll-pec',
    [],
    [
      turn(
        'Bonjour, y a t il une info coll sur competences pec ? j ai 3 salaries PEC au RSA sur mon secteur',
        'agenda',
        [on('2027-02-09'), ['moissac']],
        notOn('2027-01-14'),
      ),
      turn('les employeurs peuvent venir aussi ?', 'agenda', [['employeur']]),
    ],
  ),
  c(
    'b71-agenda-prep-commandes',
    [TWO],
    [
      turn(
        'Bonjour, formation preparateur de commandes : lieu, date, places ? merci c est pour un jeune de 24 ans au RSA qui a son CACES 1 deja',
        'agenda',
        [['castelsarrasin'], on('2027-03-01'), seats(5)],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b71-agenda-prepa-moissac',
    [TWO],
    [
      turn(
        'Bonjour, il y a des sessions prepa comp a moissac ? ma beneficiaire y habite et n a pas le permis',
        'agenda',
        [on('2027-03-08'), ['moissac']],
        notOn('2027-01-18'),
      ),
      turn('c est en presentiel ? et il reste de la place ?', 'agenda', [
        ['mixte', 'distance', 'présentiel'],
        seats(6),
      ]),
    ],
  ),

  // ── eligibility ───────────────────────────────────────────────────────────
  c(
    'b71-elig-rsa-non-inscrite',
    [],
    [
      turn(
        'Bonjour, j accompagne une dame de 45 ans au RSA depuis 2019, elle n est PAS inscrite a FT (elle a ete radiee et n a jamais voulu se reinscrire), elle veut travailler son projet pro. Est ce qu elle peut faire la prepa comp quand meme ? merci de votre aide precieuse',
        'eligibility',
        [YES, ['inscrit', 'inscrite', 'non inscrit', 'pas besoin', 'france travail', 'pôle emploi']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b71-elig-ase-17',
    [],
    [
      turn(
        'Bonjour, je suis educ ASE a Montauban, j ai une jeune de 17 ans placee en foyer, elle a quitte le lycee en novembre, elle ne travaille pas et n a aucune formation en cours. Elle pourrait faire la promo 1618 ?',
        'eligibility',
        [YES, ['promo']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b71-elig-ase-15',
    [],
    [
      turn(
        'bonjour, petite question : un jeune ASE de 15 ans, exclu du college en decembre et qui ne veut plus y retourner, je peux l orienter sur la promo 16 18 ? la famille d accueil est a bout',
        'eligibility',
        [NO, ['16 ans', '16']],
        NOT_YES,
      ),
      turn(
        'et du coup a 16 ans il pourra ? son anniv c est en avril et il sera toujours deco a mon avis',
        'eligibility',
        [['oui', 'pourra', 'éligible', 'possible', 'à partir de 16', 'dès 16', 'dès ses 16']],
      ),
    ],
  ),
  c(
    'b71-elig-lyceen',
    [],
    [
      turn(
        'Bonjour, jeune de 17 ans suivi par l ASE, toujours inscrit en lycee pro mais absenteiste a mort, il y va 1 jour sur 3. Est il eligible a la promo 1618 ou il faut qu il soit vraiment sorti du lycee ?',
        'eligibility',
        [
          NO,
          [
            'quitté',
            'décroch',
            'scolaris',
            'sorti',
            'plus en formation',
            'ni en formation',
            'pas en formation',
            'en formation',
          ],
        ],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b71-elig-jeune-majeur',
    [],
    [
      turn(
        'Bonjour, j ai un jeune en contrat jeune majeur ASE, 19 ans, sans diplome, il ne fait rien depuis 6 mois. La promo 16/18 ca serait top pour lui, c est possible ?',
        'eligibility',
        [NO, ['16', 'mineur', '18']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b71-elig-pec-rsa',
    [],
    [
      turn(
        'Bonjour, monsieur de 52 ans au RSA, en PEC depuis 2 mois comme agent technique a la mairie de Caussade. Il est eligible a competences PEC ?',
        'eligibility',
        [YES, ['compétences pec', 'pec']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b71-elig-sans-pec',
    [],
    [
      turn(
        'bonjour, une beneficiaire RSA travaille 20h en CDI comme vendeuse (pas un contrat aide), elle voudrait faire une VAE. Je peux la positionner sur competences PEC ?',
        'eligibility',
        [NO, ['pec', 'parcours emploi compétences', 'contrat']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b71-elig-rsa-inscrite-ft',
    [],
    [
      turn(
        'Bonjour, madame est au RSA ET inscrite a France Travail comme demandeuse d emploi, est ce que ca l empeche d aller en prepa comp via moi (CD) ? elle voudrait securiser son entree en formation de secretaire medicale',
        'eligibility',
        [YES, ['inscrit', 'inscrite', 'volet 2', 'sécuris']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b71-elig-apprenti',
    [],
    [
      turn(
        'bjr, un jeune ASE de 16 ans a commence un apprentissage en boulangerie en septembre, il se plait pas trop. Il peut faire la promo 16-18 en parallele ?',
        'eligibility',
        [NO, ['travaill', 'emploi', 'apprentissage', 'formation', 'contrat']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b71-elig-autorisation',
    [TWO],
    [
      turn(
        'Bonjour, une jeune de 16 ans confiee a l ASE, deco depuis le college, ne fait rien. Elle est eligible a la promo 1618 et qui signe l autorisation parentale vu que les parents sont injoignables ?',
        'eligibility',
        [YES, ['autorisation']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b71-elig-rqth',
    [TWO],
    [
      turn(
        'Bonjour, allocataire RSA, 38 ans, RQTH pour des problemes de dos, veut se reorienter dans l administratif et a besoin de travailler son projet. La prepa comp c est possible pour lui ? ou la RQTH change qqch ?',
        'eligibility',
        [YES, ['prépa', 'projet']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b71-elig-ass',
    [],
    [
      turn(
        'bonjour, le monsieur touche l ASS, pas le RSA, et est accompagne par FT. Moi au CD je l ai en suivi social seulement. Je peux le prescrire en prepa comp ?',
        'eligibility',
        [
          ['rsa', 'allocataire'],
          [
            'france travail',
            'pôle emploi',
            'conseiller',
            'ne peut pas',
            'réservé',
            'pas éligible',
            'non éligible',
          ],
        ],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b71-elig-60ans',
    [],
    [
      turn(
        'Bonjour, BRSA de 60 ans, ancienne aide menagere, elle veut encore bosser 2-3 ans. Y a une limite d age pour la prepa competences ?',
        'eligibility',
        [[...YES, ...NOT_SAID, 'aucune limite', 'pas de limite']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b71-elig-16-ase-prepa',
    [],
    [
      turn(
        'Bonjour, jeune ASE 16 ans, deco, je pensais le mettre en prepa comp c est pour les jeunes aussi ?',
        'eligibility',
        [['promo', '16/18', '16-18', '1618']],
      ),
    ],
  ),
  c(
    'b71-elig-multi-rsa-pec',
    [],
    [
      turn(
        'Bonjour, j ai un monsieur au RSA de 41 ans qui va signer un PEC d ici 15 jours dans une recyclerie. il pourra faire competences pec ?',
        'eligibility',
        [YES, ['signature', 'premiers mois', 'dès', 'pec']],
        NOT_NO,
      ),
      turn('ok super et la prepa comp en meme temps ??', 'eligibility', [
        [...NOT_SAID, 'prépa', 'projet', 'formation'],
      ]),
    ],
  ),
  c(
    'b71-elig-ase-17-travaille',
    [],
    [
      turn(
        'Bonjour, jeune de 17 ans ASE sorti du systeme scolaire en juin, mais il fait des extras en restauration le weekend (declare). Ca le bloque pour la promo 16 18 ? il ne travaille que 2 jours par mois',
        'eligibility',
        [[...NOT_SAID, 'travaill', 'emploi']],
      ),
    ],
  ),
  c(
    'b71-elig-then-prescribe',
    [],
    [
      turn(
        'bonjour, mme D. 33 ans, RSA, non inscrite FT, veut devenir aide soignante, elle a deja un entretien pour un IFAS en mars et voudrait se preparer. eligible prepa comp ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
      turn('ok parfait je la prescris comment ?', 'prescribe', [PRESCRIBE]),
    ],
  ),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c(
    'b71-oos-transport',
    [],
    [
      turn(
        'Bonjour, ma beneficiaire RSA habite a Lauzerte, pour aller a la prepa comp a Montauban ca fait 1h de route. Les frais de transport sont rembourses par l afpa ou le CD ?',
        'out_of_scope',
        [NOT_SAID],
        ['€', ' euros', 'remboursés par l'],
      ),
    ],
  ),
  c(
    'b71-oos-hebergement',
    [TWO],
    [
      turn(
        'Bonjour, pour la periode de mobilite de la promo 1618, le jeune est loge ou ? qui paie l hebergement ? c est un jeune ASE en MECS, faut que je previenne la structure',
        'out_of_scope',
        [NOT_SAID],
        ['€', ' euros'],
      ),
    ],
  ),
  c(
    'b71-oos-permis',
    [],
    [
      turn(
        'Bonjour, le CD ou l afpa peuvent financer le permis B d un allocataire RSA qui a trouve un emploi a condition d avoir le permis ? il est a 3 leçons de l examen',
        'out_of_scope',
        [NOT_SAID],
        ['€', ' euros'],
      ),
    ],
  ),
  c(
    'b71-oos-creche',
    [],
    [
      turn(
        'bjr, la maman que je suis (RSA, 2 enfants de 2 et 4 ans) ne peut faire la prepa comp que si on lui trouve une place en creche. Est ce que l accord prevoit une aide pour la garde d enfants ?',
        'out_of_scope',
        [NOT_SAID],
        ['€', ' euros'],
      ),
    ],
  ),
  c(
    'b71-oos-bilan-competences',
    [],
    [
      turn(
        'Bonjour, est ce que dans le cadre de la convention l afpa peut faire un bilan de competences (le vrai, celui du CPF) pour une beneficiaire RSA ?',
        'out_of_scope',
        [NOT_SAID],
      ),
    ],
  ),
  c(
    'b71-oos-sanction',
    [],
    [
      turn(
        'Bonjour, si mon allocataire abandonne la prepa comp au bout de 2 jours, est ce que ca entraine une suspension du RSA ? il me pose la question et je veux pas lui raconter n importe quoi',
        'out_of_scope',
        [NOT_SAID],
        ['suspendu automatiquement'],
      ),
    ],
  ),
  c(
    'b71-oos-curatelle',
    [],
    [
      turn(
        'Bonjour, mon beneficiaire RSA est sous curatelle renforcee, est ce que c est son curateur qui doit signer pour la prepa comp ? l accord dit quelque chose la dessus ?',
        'out_of_scope',
        [NOT_SAID],
      ),
    ],
  ),
  c(
    'b71-oos-promo-allocation',
    [],
    [
      turn(
        'Bonjour, le jeune ASE touchera une allocation ou une gratification pendant la promo 16/18 ? il me demande ca en premier evidemment',
        'out_of_scope',
        [NOT_SAID],
        ['€', ' euros'],
      ),
    ],
  ),
  c(
    'b71-oos-promo-then-hebergement',
    [],
    [
      turn('bonjour la promo 1618 c est en presentiel ?', 'dispositif', [ON_SITE, MON_THU]),
      turn(
        'et le vendredi le jeune il fait quoi, il peut rester dormir sur place le weekend ?',
        'out_of_scope',
        [NOT_SAID],
      ),
    ],
  ),

  c(
    'b71-oos-casier',
    [],
    [
      turn(
        'Bonjour, situation un peu delicate : mon beneficiaire RSA (44 ans) sort de detention et a un casier, il veut faire la formation cariste. Est ce que son casier bloque l entree en formation a l afpa ? merci de votre discretion',
        'out_of_scope',
        [NOT_SAID],
      ),
    ],
  ),
  c(
    'b71-oos-scooter',
    [],
    [
      turn(
        'bjr, l afpa ou le CD peuvent preter un scooter ou une voiturette a une beneficiaire RSA pour qu elle aille en prepa comp ? elle habite a Septfonds sans bus',
        'out_of_scope',
        [NOT_SAID],
        ['€', ' euros'],
      ),
    ],
  ),

  // ── contact ───────────────────────────────────────────────────────────────
  c(
    'b71-contact-deploiement',
    [],
    [
      turn(
        'Bonjour, je suis nouvelle sur le service RSA, qui est mon interlocuteur a l afpa pour la prepa comp et competences pec ? j ai plusieurs situations a voir avec quelqu un',
        'contact',
        [BATTEDOU, RAP],
      ),
      turn('merci, et le directeur du centre c est qui ? au cas ou', 'contact', [VELLA]),
    ],
  ),
  c(
    'b71-contact-coordo',
    [],
    [
      turn(
        'bonjour, qui est le coordonnateur departemental des dispositifs cote afpa ? ma direction veut lui ecrire',
        'contact',
        [VELLA, ['directeur', 'coordonnateur']],
      ),
    ],
  ),
  c(
    'b71-contact-telephone',
    [TWO],
    [
      turn(
        'Bonjour, vous auriez le nom et le numero de telephone de la personne qui gere le deploiement de la promo 1618 a l afpa montauban ? j ai une jeune ASE en attente',
        'contact',
        [BATTEDOU, NOT_SAID],
        ['@afpa.fr'],
      ),
    ],
  ),
  c(
    'b71-contact-referent-cd',
    [],
    [
      turn(
        'Bonjour, cote departement, qui est le referent de l experimentation ? je voudrais faire remonter un souci sur une prescription',
        'contact',
        [['désigne', 'désigné', 'désignée', ...NOT_SAID, 'pas nommé', 'nomme pas']],
      ),
    ],
  ),
  c(
    'b71-contact-suivi-accord',
    [],
    [
      turn(
        'Bonjour, qui suit l accord de partenariat entre le CD et l afpa ? on m a demande les noms pour une reunion de direction',
        'contact',
        [VELLA, ['weill', 'président']],
      ),
    ],
  ),
  c(
    'b71-contact-habilitation',
    [],
    [
      turn(
        'Bonjour, je n ai pas d acces a panda pour inscrire ma beneficiaire, c est qui qui donne les acces ?',
        'contact',
        [['afpa'], ['habilit', 'accès', 'acces']],
      ),
    ],
  ),
  c(
    'b71-contact-decrocheur',
    [],
    [
      turn(
        'Bonjour, je suis AS de secteur, un jeune de 16 ans (pas ASE, il vit chez sa mere) a arrete le lycee, qui peut l orienter vers la promo 1618 ? moi je peux ?',
        'contact',
        [ML_CIO],
      ),
    ],
  ),
  c(
    'b71-contact-copil',
    [TWO],
    [
      turn(
        'bonjour, qui pilote les dispositifs au niveau national et a quelle frequence se reunit le comite ?',
        'contact',
        [
          ['dgefp', 'd.g.e.f.p'],
          ['trimestr', 'tous les 3 mois', 'tous les trois mois', 'par trimestre'],
        ],
      ),
    ],
  ),
  c(
    'b71-contact-then-mail',
    [],
    [
      turn('qui contacter a l afpa pour un souci sur une prescription prepa comp ?', 'contact', [BATTEDOU]),
      turn('vous avez son mail ?', 'contact', [NOT_SAID], ['@afpa.fr']),
    ],
  ),

  // ── figures ───────────────────────────────────────────────────────────────
  c(
    'b71-figures-objectifs',
    [],
    [
      turn(
        'Bonjour, je prepare le bilan annuel pour mon chef, quels sont les objectifs chiffres de l accord pour chaque dispositif ?',
        'figures',
        [['30'], ['50'], ['10']],
      ),
      turn('ces objectifs c etait pour quelle annee deja ?', 'figures', [['2022']]),
    ],
  ),
  c(
    'b71-figures-realise',
    [TWO],
    [
      turn(
        'bonjour, c est combien l objectif de BRSA en prepa comp et on en est ou aujourd hui ?',
        'figures',
        [['30'], NOT_AVAILABLE],
      ),
    ],
  ),
  c(
    'b71-figures-ase',
    [],
    [
      turn(
        'Bonjour, combien de jeunes ASE sont prevus sur la promo 16/18 dans l accord ? c est pour savoir si ca vaut le coup que j en parle a tous mes jeunes',
        'figures',
        [['10', 'dix']],
        ['35 000'],
      ),
    ],
  ),
  c(
    'b71-figures-pec',
    [],
    [
      turn('objectif competences pec 2022 ?', 'figures', [['50', 'cinquante']]),
      turn('et combien sont deja entres ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b71-figures-indicateurs',
    [],
    [
      turn(
        'Bonjour, pour l info sur les metiers (JPO, info coll, visites) qu est ce qui est compte comme indicateur dans le plan d action ?',
        'figures',
        [
          ['nombre', 'participant'],
          ['portes ouvertes', 'jpo', 'information', 'visite'],
        ],
      ),
    ],
  ),
  c(
    'b71-figures-remontees',
    [],
    [
      turn(
        'bonjour, a qui l afpa transmet les chiffres des dispositifs et a quel rythme ? on me demande ca pour le PDI',
        'figures',
        [
          ['dgefp', 'd.g.e.f.p'],
          ['mensuel', 'chaque mois', 'tous les mois', 'trimestr', 'annuel'],
        ],
      ),
    ],
  ),
  c(
    'b71-figures-national',
    [],
    [turn('Bonjour, la promo 1618 c est quoi le taux de sorties positives vise ?', 'figures', [['70']])],
  ),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c(
    'b71-prescribe-prepa',
    [],
    [
      turn(
        'Bonjour, je voudrais prescrire une prepa competences pour Mme L., 39 ans, RSA, elle est d accord et motivee. Comment je fais ?',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
  c(
    'b71-prescribe-panda',
    [],
    [
      turn(
        'Bonjour, comment on inscrit un beneficiaire sur panda pour la prepa comp ? c est moi ou l afpa qui le fait ?',
        'prescribe',
        [PANDA, ['référent', 'referent', 'vous', 'travailleur social', 'habilit']],
      ),
    ],
  ),
  c(
    'b71-prescribe-promo',
    [],
    [
      turn(
        'bonjour je souhaite orienter un jeune ASE de 16 ans sur la promo 1618, il est d accord et son educ aussi, je fais comment concretement ?',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
  c(
    'b71-prescribe-pec',
    [],
    [
      turn(
        'Bonjour, pour prescrire competences PEC pour mon salarie au RSA, qu est ce que je dois faire avant ? l employeur doit etre d accord ?',
        'prescribe',
        [['employeur'], ['accord', 'informe', 'inform']],
      ),
    ],
  ),
  c(
    'b71-prescribe-adhesion',
    [],
    [
      turn(
        'Bonjour, est ce que je peux prescrire la prepa comp a un beneficiaire qui n est pas trop chaud ? c est dans son CER, il doit y aller non ?',
        'prescribe',
        [['adhésion', 'accord', 'consentement', 'volontaire', 'adhère']],
      ),
    ],
  ),
  c(
    'b71-prescribe-cancel',
    [],
    [
      turn('je veux prescrire prepa comp pour monsieur B.', 'prescribe', [PRESCRIBE]),
      turn('ah non finalement annule, je dois d abord revoir avec lui son projet', 'other', [
        [
          'annul',
          'abandon',
          'arrêt',
          'ok',
          'd’accord',
          "d'accord",
          'c’est noté',
          'entendu',
          'pas de souci',
          'pas de problème',
        ],
      ]),
    ],
  ),
  c(
    'b71-prescribe-session',
    [TWO],
    [
      turn(
        'Bonjour, la session prepa comp volet 1 du 18 janvier a montauban, je peux y prescrire directement ma beneficiaire ? il reste combien de places ?',
        'prescribe',
        [PRESCRIBE, seats(6)],
      ),
    ],
  ),
  c(
    'b71-prescribe-after-dispo',
    [],
    [
      turn(
        'c quoi competences pec en 2 mots',
        'dispositif',
        [[...VAE, ...RSFP, ...CLEA, 'certification', 'valoris']],
        ['13 semaines'],
      ),
      turn('ok tres bien, je voudrais en prescrire une pour mon salarie PEC en recyclerie', 'prescribe', [
        [...PRESCRIBE, 'employeur'],
      ]),
    ],
  ),

  // ── other ─────────────────────────────────────────────────────────────────
  c(
    'b71-other-bonjour',
    [],
    [turn('bonjour !', 'other', [['bonjour', 'aide', 'je peux', 'question', 'prépa']])],
  ),
  c(
    'b71-other-merci',
    [],
    [
      turn('merci bcp pour ces infos, bonne journee a vous', 'other', [
        [
          'avec plaisir',
          'de rien',
          'je vous en prie',
          'bonne journée',
          'à votre service',
          'hésitez',
          'plaisir',
        ],
      ]),
    ],
  ),
  c(
    'b71-other-aide',
    [],
    [
      turn(
        'salut c est ma premiere fois que j utilise le bot, je suis referente ASE a castelsarrasin, tu peux m aider pour quoi exactement ?',
        'other',
        [
          ['dispositif', 'prépa', 'promo'],
          ['agenda', 'date', 'événement', 'prescri', 'éligib'],
        ],
      ),
    ],
  ),
  c(
    'b71-other-laisse-tomber',
    [],
    [
      turn('je voudrais prescrire une promo 1618', 'prescribe', [PRESCRIBE]),
      turn('laisse tomber', 'other', [
        [
          'annul',
          'abandon',
          'arrêt',
          'ok',
          'd’accord',
          "d'accord",
          'c’est noté',
          'entendu',
          'pas de souci',
          'pas de problème',
        ],
      ]),
    ],
  ),
  c(
    'b71-other-bonjour-puis-question',
    [],
    [
      turn('Bonjour, j espere que vous allez bien', 'other', [['bonjour', 'aide', 'je peux', 'question']]),
      turn(
        'je voulais savoir c est quoi la duree de la prepa comp',
        'dispositif',
        [PREPA_TOTAL],
        NOT_PEC_DAYS,
      ),
    ],
  ),

  // ── mixed, long, follow-ups ───────────────────────────────────────────────
  c(
    'b71-mix-prepa-duree-infocoll',
    [TWO],
    [
      turn(
        'Bonjour a vous, desolee pour le pavé. Je suis referente RSA a Moissac, j ai une dame de 50 ans, ancienne ouvriere agricole, plus de boulot depuis le covid, elle a des soucis de sante mais veut s en sortir. Elle est partante pour la prepa comp mais elle veut savoir combien de jours ca fait en tout, et si il y a une info coll bientot pour qu elle vienne voir. Merci infiniment',
        'dispositif',
        [PREPA_TOTAL, on('2027-01-14')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b71-mix-promo-age-duree',
    [TWO],
    [
      turn(
        'bjr, la promo 16 18 c est pour quel age exactement et ca dure combien ?',
        'dispositif',
        [['16'], PROMO_LENGTH],
        PREPA_TOTAL,
      ),
    ],
  ),
  c(
    'b71-mix-prepa-vs-pec',
    [TWO],
    [
      turn(
        'Bonjour, je m emmele entre prepa comp et competences PEC, c est quoi la difference en gros et lequel pour un monsieur RSA en PEC a l hopital depuis 6 mois ?',
        'dispositif',
        [['pec'], [...VAE, ...RSFP, ...CLEA, 'certification', 'compétences pec']],
      ),
    ],
  ),
  c(
    'b71-mix-follow-pec-distance',
    [],
    [
      turn('competences PEC ca dure combien ?', 'dispositif', [PEC_DAYS], PREPA_TOTAL),
      turn('et ca peut se faire a distance ?', 'dispositif', [REMOTE]),
    ],
  ),
  c(
    'b71-mix-follow-promo',
    [],
    [
      turn('c est quoi la promo 1618 ?', 'dispositif', [['16'], PROMO_LENGTH]),
      turn('et qui peut orienter dessus ?', 'dispositif', [
        [...ML_CIO, 'aide sociale à l’enfance', "aide sociale à l'enfance", 'ase'],
      ]),
      turn('ok, prochaine entree ?', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
    ],
  ),
  c(
    'b71-mix-objectif-contact',
    [TWO],
    [
      turn(
        'Bonjour, combien de jeunes ASE vise l accord pour la promo et qui je contacte a l afpa pour en orienter un ?',
        'figures',
        [['10', 'dix'], BATTEDOU],
      ),
    ],
  ),
  c(
    'b71-mix-bilan-pec',
    [TWO],
    [
      turn(
        'Bonjour, a la fin de competences pec, est ce que le referent recoit un bilan comme pour la prepa comp ? et ca finit forcement par une certif ?',
        'dispositif',
        [BILAN, [...VAE, ...RSFP, ...CLEA, 'certification']],
      ),
    ],
  ),
  c(
    'b71-mix-jpo-places',
    [TWO],
    [
      turn(
        'bonjour, la JPO de fevrier a montauban c est quel jour et ca finit a quelle heure ? ma jeune ASE a un rdv medical en fin d aprem',
        'agenda',
        [on('2027-02-03'), ['17h', '17 h', '17:00']],
        notOn('2027-02-17'),
      ),
    ],
  ),
  c(
    'b71-mix-prepa-v2-hors-afpa',
    [],
    [
      turn(
        'Bonjour, ma beneficiaire RSA a ete acceptee en formation auxiliaire de vie dans un autre organisme (pas l afpa). La prepa comp volet 2 ca marche aussi pour une formation hors afpa ?',
        'dispositif',
        [['oui', 'autre organisme', 'hors afpa', 'hors a.f.p.a', 'y compris', 'aussi']],
      ),
    ],
  ),
  c(
    'b71-mix-where-then-when',
    [],
    [
      turn(
        'il y a des info coll prepa comp ailleurs qu a montauban ?',
        'agenda',
        [[...on('2027-01-21'), ...on('2027-03-04')]],
        notOn('2027-01-07'),
      ),
      turn('et celle de valence c est a quelle heure ?', 'agenda', [
        ['9h30', '9 h 30', '09:30', '9:30', '09h30'],
      ]),
    ],
  ),
  c(
    'b71-mix-campagne-2027',
    [],
    [
      turn(
        'Bonjour, on est en 2027, l accord de 2022 est toujours valable ? je peux encore prescrire de la prepa comp ?',
        'dispositif',
        [['2 ans', 'deux ans', '2022', 'avenant', '31 décembre', '2023']],
      ),
    ],
  ),
];
