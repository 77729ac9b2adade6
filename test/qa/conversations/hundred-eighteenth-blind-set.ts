/**
 * Blind set 118. Who speaks: référents who are not from the Département's insertion service
 * but work beside it — an assistante sociale of a MDS (Maison départementale des solidarités),
 * an éducatrice of the ASE, a conseillère of the Mission locale working with the Département
 * and a chargée d'insertion of a SIAE (atelier et chantier d'insertion). They describe the
 * people they follow in their own jargon (CER, PPAE, contrat jeune majeur, PAIO, ACI, CDDI,
 * RQTH, ASS, AAH), type as in Teams (no accents, abbreviations, typos, SMS style, long
 * messages with the question buried inside) and follow up with « et si… ? ».
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its action plan and the protocol of the three programmes), the product guide and the
 * agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking
 * at the bot. Where the agreement is silent, the expected answer says so.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// Who speaks, and how the message is built.
const MDS = 'assistante-sociale-mds';
const ASE = 'educatrice-ase';
const ML = 'conseillere-mission-locale';
const SIAE = 'chargee-insertion-siae';
const TWO = 'two-questions';
const FOLLOW = 'follow-up';
const LONG = 'long-message';

// Facts of the agreement, as alternatives.
const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '8 jours maxi',
  '8 jours max',
];
const VOLET1_DURATION = ['5 à 6 jours', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours', '5 à 6 j'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', '4 à 8 j'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j de', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'pas de contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'ne coûte rien',
  'rien au département',
  'sans frais',
];
const STATE_FUNDING = ['état', 'pic', 'investissement dans les compétences', 'p.i.c'];

// Verdicts.
const YES = [
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'peut y accéder',
  'peut être orienté',
  'peut être prescrit',
  'peut intégrer',
  'oui',
  'possible',
  'correspond',
  'rentre dans',
  'ouvert',
];
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
  'ne rentre pas',
  'pas accessible',
  'ne relève pas',
  'non,',
  'non :',
  'non.',
  'pas concerné',
  'réservé',
  'pas ouvert',
  'trop jeune',
  'plus possible',
  'n’est plus',
  "n'est plus",
];
/** A positive verdict must not say the person is out. */
const NOT_NO = ['pas éligible', 'non éligible', 'inéligible'];
/** A negative verdict must not say the person is in. */
const NOT_YES = [
  'est bien éligible',
  'oui, il est éligible',
  'oui, elle est éligible',
  'oui il est éligible',
  'oui elle est éligible',
  'remplit toutes les conditions',
];

/** « The agreement does not say / does not cover it », in the ways a French answer says it. */
const SILENT = [
  'ne prévoit',
  'pas prévu',
  'ne dit rien',
  'ne dit pas',
  'ne précise',
  'pas précis',
  'ne couvre',
  'pas couvert',
  'hors',
  'en dehors',
  'sort du cadre',
  'aucune information',
  'aucune mention',
  'aucune précision',
  'ne mentionne',
  'pas mentionné',
  'ne figure',
  'ne parle',
  'n’en parle',
  "n'en parle",
  'ne traite',
  'pas traité',
  'n’aborde',
  "n'aborde",
  'pas abordé',
  'ne porte pas',
  'ne contient',
  'ne fixe',
  'ne donne pas',
  'ne répond pas',
  'n’indique',
  "n'indique",
  'rien sur',
  'rien à ce sujet',
  'pas d’information',
  "pas d'information",
  'pas cette information',
  'ne dispose pas',
  'je n’ai pas',
  "je n'ai pas",
  'ne sais pas',
  'pas en mesure',
  'silencieux',
  'muet',
];
/** Figures the bot cannot have yet. */
const NOT_YET = [
  ...SILENT,
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'aucun chiffre',
  'pas de chiffre',
  'pas connu',
  'pas communiqué',
];
/** Nothing about money is in the agreement: an amount is invented. */
const NO_AMOUNT = ['€', 'euros'];

const FULL = [
  'complet',
  ' 0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune',
  'zéro place',
];
const FORM = ['formulaire', 'fiche de prescription', 'prescription', 'prescrire', 'panda'];
const CANCEL = [
  'annul',
  'abandon',
  'd’accord',
  "d'accord",
  'entendu',
  'ok',
  'c’est noté',
  "c'est noté",
  'pas de souci',
  'arrêt',
];
const GREET = ['bonjour', 'salut', 'hello', 'bienvenue', 'bonsoir'];
const HELP = ['prépa', 'dispositif', 'agenda', 'prescri', 'promo', 'éligib', 'calendrier'];
const PEC_PUBLIC = ['contrat pec', 'en pec', 'parcours emploi compétences', 'signataire', 'salarié'];
const PROMO_AGE = ['mineur', '16 à 18', '16 et 18', '16-18', '16/18', 'moins de 18', '18 ans', '16 ans', '17 ans'];
const ALL_TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'propreté', 'plaquiste', 'restauration'];
const otherTrainings = (...asked: string[]) => ALL_TRAININGS.filter((t) => !asked.includes(t));

// ── Dispositif ──────────────────────────────────────────────────────────────

const DISPOSITIF: ConversationCase[] = [
  c('b118-disp-prepa-cquoi', [MDS], [
    turn(
      "slt, c koi exactement prepa comp ? une collegue du service insertion m'en a parle en reunion mais moi jsuis AS a la MDS, je connais pas",
      'dispositif',
      [['projet professionnel', 'projet pro', 'consolider', 'sécuriser', 'entrée en formation'], [...PREPA_DURATION, 'volet']],
      ['13 semaines'],
    ),
  ]),
  c('b118-disp-prepa-volets-duree', [MDS, TWO, FOLLOW], [
    turn('prepa volet 1 c cmb de jours ? et le volet 2 ?', 'dispositif', [VOLET1_DURATION, VOLET2_DURATION], ['13 semaines']),
    turn('et ca s etale sur combien de temps en tout ?', 'dispositif', [TWO_WEEKS], ['13 semaines']),
  ]),
  c('b118-disp-prepa-distance', [MDS, LONG], [
    turn(
      'bonjour, ma dame habite a lauzerte, pas de permis, le bus passe 2 fois par jour... elle a un ordi a peu pres. est ce que prepa competences peut se faire a distance ou faut forcement venir au centre ?',
      'dispositif',
      [['distance', 'distanciel'], ['présentiel', 'centre']],
    ),
  ]),
  c('b118-disp-prepa-hors-afpa', [ML], [
    turn(
      "le volet 2 de prepa ca marche aussi si la formation visee est pas a l'afpa ? genre un greta ou un IFSI",
      'dispositif',
      [['hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes', 'hors de l', 'pas seulement', 'pas uniquement', 'aussi']],
    ),
  ]),
  c('b118-disp-prepa-phases', [MDS], [
    turn('c quoi les 4 phases de prepa comp ? c marqué sur le flyer mais jlai plus', 'dispositif', [
      ['se préparer', 'préparer'],
      ['réfléchir'],
      ['agir'],
    ]),
  ]),
  c('b118-disp-pec-pourqui', [SIAE, LONG], [
    turn(
      "competences PEC c pour qui exactement ? on a pas de PEC chez nous (que des CDDI) mais un monsieur que j'ai eu en ACI est passe en CAE PEC a la mairie de negrepelisse et sa nouvelle referente m'a demande",
      'dispositif',
      [PEC_PUBLIC, ['vae', 'rsfp', 'cléa', 'certification', 'valoriser']],
      ['13 semaines', ...PREPA_DURATION],
    ),
  ]),
  c('b118-disp-pec-duree-certifs', [MDS, TWO], [
    turn(
      'pec ca dure cmb de jours au total, et ca debouche sur quelles certifs ?',
      'dispositif',
      [PEC_DAYS, ['vae', 'validation des acquis'], ['rsfp', 'reconnaissance des savoir'], ['cléa']],
      ['13 semaines', ...PREPA_DURATION],
    ),
  ]),
  c('b118-disp-pec-vae-clea', [SIAE, FOLLOW], [
    turn(
      'dans competences pec la partie vae ca prend combien de temps ?',
      'dispositif',
      [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j']],
    ),
    turn('et la clea ?', 'dispositif', [['1 jour', 'une journée', 'un jour', '1 journée']]),
    turn('et rsfp pareil que vae ?', 'dispositif', [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j']]),
  ]),
  c('b118-disp-pec-quand', [ML], [
    turn(
      'a partir de quand on peut mobiliser competences pec ? le contrat de mon jeune demarre le 1er fevrier, faut attendre qq mois ?',
      'dispositif',
      [['signature', 'premiers mois', 'dès le début', 'immédiatement', 'dès la', 'tout de suite']],
    ),
  ]),
  c('b118-disp-pec-portefeuille', [SIAE], [
    turn("c quoi ce portefeuille de competences dans PEC, tout le monde en a un ou faut le demander ?", 'dispositif', [
      ['portefeuille'],
      ['chaque', 'systématique', 'tous', 'tout le monde', 'chacun'],
    ]),
  ]),
  c('b118-disp-promo-duree-jours', [ASE, TWO, LONG], [
    turn(
      'la promo 1618 ca dure combien de temps et c tous les jours ? le jeune a un suivi au CMP le vendredi matin et jveux pas qu il le lache',
      'dispositif',
      [PROMO_DURATION, ['lundi au jeudi', 'lundi à jeudi', 'du lundi au jeudi']],
      [...PREPA_DURATION, ...VOLET1_DURATION],
    ),
  ]),
  c('b118-disp-promo-phases', [ASE, FOLLOW], [
    turn('les phases de la promo c quoi ?', 'dispositif', [['engagement'], ['construction'], ['suite', 'agir', 'préparation']]),
    turn(
      'et la 1ere semaine ils font quoi concretement ?',
      'dispositif',
      [['autorisation', 'pièces administratives', 'administrati', 'référent principal', 'goût']],
    ),
  ]),
  c('b118-disp-promo-mobilite', [ASE, LONG], [
    turn(
      "jai vu qu il y a une periode de mobilite dans la promo 16 18, ca veut dire que le jeune part loin ? il est en MECS a montauban et le juge a mis un droit de visite le we donc c complique",
      'dispositif',
      [TWO_WEEKS, ['village']],
    ),
  ]),
  c('b118-disp-promo-apres', [ML], [
    turn(
      "et apres la promo le jeune est lache dans la nature ou y a un suivi ? (c nous la ML qui le recupere ?)",
      'dispositif',
      [['6 mois', 'six mois'], ['mission locale', 'missions locales']],
    ),
  ]),
  c('b118-disp-promo-sorties', [ASE], [
    turn('a la sortie de la promo ils vont ou en general ? apprentissage ?', 'dispositif', [
      ['apprentissage', 'alternance', 'e2c', 'e.p.i.d.e', 'epide', 'emploi', 'formation'],
    ]),
  ]),
  c('b118-disp-promo-code', [ASE], [
    turn('promo 16 18 ils preparent le code ?? mon jeune veut que ca', 'dispositif', [['code de la route', 'code']]),
  ]),
  c('b118-disp-cout-remu', [MDS, TWO], [
    turn(
      'cote sous : la prepa ca coute qqch au CD ? et la personne est remuneree pendant ou elle garde juste son rsa ?',
      'dispositif',
      [[...FREE, ...STATE_FUNDING], SILENT],
      NO_AMOUNT,
    ),
  ]),
  c('b118-disp-finance', [SIAE, FOLLOW], [
    turn('qui finance la prepa pour les brsa ?', 'dispositif', [['état'], ['pic', 'investissement dans les compétences', 'p.i.c']]),
    turn('et ca coute au departement du coup ?', 'dispositif', [FREE]),
  ]),
  c('b118-disp-bilan', [MDS, LONG], [
    turn(
      'a la fin de la prepa est ce que jai un retour ? je suis AS a la MDS de castel, c moi qui ai le CER de la dame et jai besoin de savoir ce qui en est sorti pour la suite',
      'dispositif',
      [['bilan']],
    ),
  ]),
  c('b118-disp-panda', [ASE], [
    turn("c quoi panda ??? l'afpa m'a parle de ca au tel", 'dispositif', [['traçabilité', 'trace', 'plateforme']]),
  ]),
  c('b118-disp-ou', [MDS], [
    turn(
      'ca se passe ou tout ca ? que a montauban ? mes gens sont du cote de beaumont de lomagne',
      'dispositif',
      [['montauban'], ['délocalis', 'ensemble du département', 'tout le département', 'ailleurs', 'autres villes', 'castelsarrasin', 'moissac']],
    ),
  ]),
  c('b118-disp-rsfp', [SIAE], [
    turn("la rsfp c quoi la diff avec la vae ? mon salarie d'ACI a aucun diplome", 'dispositif', [['prérequis', 'pré-requis', 'pre requis']]),
  ]),
  c('b118-disp-clea-num', [MDS], [
    turn('clea numerique c quoi ? bcp de mes BRSA galerent avec les demarches en ligne (caf, ameli...)', 'dispositif', [
      ['numérique'],
      ['usages', 'compétences', 'connaissances'],
    ]),
  ]),
  c('b118-disp-duree-accord', [ML], [
    turn("l'accord CD / afpa il court jusqu a quand ? 2 ans c ca ?", 'dispositif', [['2 ans', 'deux ans'], ['2022']]),
  ]),
  c('b118-disp-kit', [MDS], [
    turn("l afpa nous donne des supports pour presenter les dispositifs aux gens ? flyer ou autre", 'dispositif', [
      ['kit', 'flyer', 'argumentaire'],
    ]),
  ]),
  c('b118-disp-rapports', [ML, TWO], [
    turn(
      'qui recoit les bilans des dispositifs ? et ya un tableau de bord mensuel ?',
      'dispositif',
      [['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'], ['mensuel', 'chaque mois', 'tous les mois']],
    ),
  ]),
  c('b118-other-promo-puis-entree', [ASE, FOLLOW], [
    turn("c'est quoi la promo 16 18 en 2 mots ?", 'dispositif', [PROMO_DURATION, ['mineur', '16', 'décroch', 'jeunes']], PREPA_DURATION),
    turn('ok et la prochaine entree ?', 'agenda', [on('2027-02-01')]),
  ]),
];

// ── Agenda ──────────────────────────────────────────────────────────────────

const AGENDA: ConversationCase[] = [
  c('b118-ag-infocoll-semaine', [MDS, FOLLOW], [
    turn(
      'y a une info coll prepa cette semaine ? jai une dame motivee qui veut y aller avant que ca retombe',
      'agenda',
      [on('2027-01-14'), ['montauban']],
      [...notOn('2027-01-21'), ...notOn('2027-01-07')],
    ),
    turn('et a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-01-07')),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b118-ag-jpo', [ML, FOLLOW], [
    turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], notOn('2027-01-07')),
  ]),
  c('b118-ag-semaine-pro', [SIAE], [
    turn(
      "kesk ya la semaine pro a l'afpa comme evenements ? visite, info coll...",
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b118-ag-soudure', [SIAE, FOLLOW, LONG], [
    turn(
      "bonjour, je suis chargee d'insertion sur un ACI batiment. un de mes salaries en CDDI s'interesse a la soudure, il a jamais vu un atelier. la visite du plateau soudure c quand ?",
      'agenda',
      [on('2027-01-19')],
      notOn('2027-03-10'),
    ),
    turn('combien de places pour la visite ?', 'agenda', [seats(8)]),
    turn('et la formation soudeur il reste des places ?', 'agenda', [seats(4), [...on('2027-02-01'), 'montauban']], otherTrainings('soudeur')),
  ]),
  c('b118-ag-logistique', [MDS, TWO], [
    turn('la reunion metier logistique c quand et ou ?', 'agenda', [on('2027-01-26'), ['montauban']], notOn('2027-02-23')),
  ]),
  c('b118-ag-batiment', [SIAE, FOLLOW], [
    turn('y a une reunion sur les metiers du batiment prochainement ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    turn('et des places en maconnerie ?', 'agenda', [seats(3), on('2027-02-15')], ['cariste', 'soudeur', 'restauration', 'propreté']),
  ]),
  c('b118-ag-plaquiste', [SIAE, TWO], [
    turn('plaquiste il reste de la place ? sinon qqch d autre en batiment ?', 'agenda', [FULL, ['maçon', 'électricien']], ['restauration', 'propreté']),
  ]),
  c('b118-ag-prepa-v1', [MDS, FOLLOW], [
    turn(
      'prochaine entree prepa comp volet 1 ?',
      'agenda',
      [on('2027-01-18'), ['montauban']],
      [...notOn('2027-01-25'), ...notOn('2027-02-15')],
    ),
    turn('y a de la place ?', 'agenda', [seats(6)]),
    turn('et a distance c possible ? elle a pas de voiture', 'agenda', [on('2027-02-08'), ['distance', 'distanciel', 'classe virtuelle']]),
  ]),
  c('b118-ag-prepa-v2-complet', [MDS, FOLLOW], [
    turn('la session volet 2 du 25 janv il reste de la place ?', 'agenda', [FULL]),
    turn('la suivante c quand ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
  ]),
  c('b118-ag-pec-atelier2', [SIAE, TWO, FOLLOW], [
    turn('competences pec atelier 2 prochaine entree + nb de places', 'agenda', [on('2027-01-20'), seats(4)], notOn('2027-02-10')),
    turn('et en distanciel ?', 'agenda', [on('2027-03-03'), seats(3)]),
  ]),
  c('b118-ag-pec-infocoll', [MDS], [
    turn(
      'y a une info coll pour les salaries en PEC et leurs employeurs ? le maire de ma commune est interesse',
      'agenda',
      [on('2027-02-09'), ['moissac']],
      [...notOn('2027-01-14'), ...notOn('2027-02-11')],
    ),
  ]),
  c('b118-ag-promo', [ASE, FOLLOW], [
    turn('qd demarre la prochaine promo 16 18 ? jai 2 jeunes de la MECS', 'agenda', [on('2027-02-01'), ['montauban']]),
    turn('combien de places ?', 'agenda', [seats(10)]),
    turn('et l info coll pour les parents c quand ?', 'agenda', [on('2027-03-17')], [...notOn('2027-01-14'), ...notOn('2027-02-11')]),
  ]),
  c('b118-ag-moissac', [MDS], [
    turn(
      "qu'est ce qui se passe a moissac les prochains mois ? je couvre ce secteur",
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-02-23'), ...notOn('2027-01-21'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b118-ag-valence', [MDS], [
    turn('une info coll prepa du cote de valence d agen ?', 'agenda', [on('2027-03-04'), ['valence']], [...notOn('2027-01-21'), ...notOn('2027-01-14')]),
  ]),
  c('b118-ag-electricien', [SIAE, TWO], [
    turn('formation electricien batiment : places dispo + date de debut ?', 'agenda', [seats(2), on('2027-03-08')], otherTrainings('électricien')),
  ]),
  c('b118-ag-restauration', [MDS, TWO], [
    turn(
      "agent de restauration c ou et quand ? ma dame est de caussade, elle a fait 10 ans de plonge",
      'agenda',
      [['caussade'], on('2027-03-15')],
      otherTrainings('restauration'),
    ),
  ]),
  c('b118-ag-proprete', [SIAE], [
    turn('des places en agent de proprete ?', 'agenda', [seats(7), ['moissac']], otherTrainings('propreté')),
  ]),
  c('b118-ag-fevrier-montauban', [ML], [
    turn(
      'en fevrier a montauban vous avez quoi comme jpo / info coll ?',
      'agenda',
      [on('2027-02-03'), on('2027-02-11')],
      [...notOn('2027-02-09'), ...notOn('2027-02-17'), ...notOn('2027-02-23')],
    ),
  ]),
  c('b118-ag-jpo-recente', [ASE, TWO], [
    turn("y a eu une JPO recemment ? sinon la prochaine c quand", 'agenda', [on('2027-02-03')]),
  ]),
  c('b118-ag-cariste', [SIAE, TWO], [
    turn('cariste : il reste cmb de places et ca commence qd', 'agenda', [seats(6), on('2027-01-27')], otherTrainings('cariste')),
  ]),
  c('b118-ag-preparateur', [ML, FOLLOW], [
    turn('preparateur de commandes ya une session ?', 'agenda', [['castelsarrasin'], on('2027-03-01')], otherTrainings('préparateur de commandes')),
    turn('et y a une reunion d info sur la logistique avant ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
  ]),
  c('b118-ag-visites-mars', [SIAE], [
    turn('en mars ya quoi comme visites de plateau ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),
];

// ── Eligibility ─────────────────────────────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c('b118-elig-mds-reconversion', [MDS, LONG, FOLLOW, TWO], [
    turn(
      "bonjour, AS a la MDS de Montauban nord. j'accompagne une dame de 41 ans BRSA, CER signe en oct, pas inscrite a FT. elle a bosse 10 ans en grande surface, dos en vrac, veut se reconvertir mais sait pas trop dans quoi. est ce que prepa comp est possible pour elle ? ou faut qu elle s inscrive a FT d abord ?",
      'eligibility',
      [YES, ['volet 1', 'consolid', 'projet'], ['non inscrit', 'inscrits ou non', 'pas besoin', 'pas nécessaire', 'pas obligatoire', 'sans être inscrit', 'même non inscrit', 'qu’ils soient', "qu'ils soient"]],
      NOT_NO,
    ),
    turn(
      'et si elle avait deja une entree en formation aide soignante calee en mars mais qu elle a peur de pas tenir ?',
      'eligibility',
      [['volet 2', 'sécuris']],
      NOT_NO,
    ),
  ]),
  c('b118-elig-ase-decrocheur', [ASE, LONG, FOLLOW], [
    turn(
      "Bjr, educ ASE. Jeune confie, 16 ans et demi, deco depuis la 3e (plus rien depuis sept), il traine en journee, pas de taf, pas de formation. la promo 1618 c jouable pour lui ?",
      'eligibility',
      [YES, ['promo']],
      NOT_NO,
    ),
    turn('et si il avait 15 ans ?', 'eligibility', [NO, ['16']], NOT_YES),
    turn(
      'ok et un autre, 17a, en CAP boulanger en apprentissage mais ca se passe mal ?',
      'eligibility',
      [NO, ['formation', 'apprenti', 'travail', 'emploi', 'en contrat']],
      NOT_YES,
    ),
  ]),
  c('b118-elig-contrat-jeune-majeur', [ASE], [
    turn(
      'une jeune en contrat jeune majeur, 19 ans, sortie du lycee sans diplome, elle peut aller sur la promo 16 18 ?',
      'eligibility',
      [NO, PROMO_AGE],
      NOT_YES,
    ),
  ]),
  c('b118-elig-ml-sans-ase', [ML, LONG], [
    turn(
      "Coucou, conseillere ML (on bosse avec le CD sur les jeunes confies). jai un jeune 17a, suivi chez nous depuis la PAIO de son frere lol, sorti du lycee pro en nov, ni boulot ni formation, pas ASE. la promo c possible sans etre ASE ?",
      'eligibility',
      [YES],
      NOT_NO,
    ),
  ]),
  c('b118-elig-siae-cddi', [SIAE, LONG, FOLLOW], [
    turn(
      "chargee d insertion ACI espaces verts. salarie en CDDI depuis 14 mois, BRSA, 48 ans, connait super bien le metier mais aucun diplome et pas le niveau pour une VAE classique. kesk on peut lui proposer dans le cadre de l accord ?",
      'eligibility',
      [['rsfp', 'reconnaissance des savoir']],
    ),
    turn('et competences PEC ? il est pas en PEC mais en CDDI', 'eligibility', [NO, ['pec', 'parcours emploi']], NOT_YES),
  ]),
  c('b118-elig-pec-mairie', [MDS, TWO], [
    turn(
      "salarie en PEC a la mairie depuis 2 mois (agent polyvalent), toujours BRSA, il voudrait une certif. competences pec possible ? l employeur doit etre d accord ?",
      'eligibility',
      [YES, ['employeur']],
      NOT_NO,
    ),
  ]),
  c('b118-elig-aah', [MDS, LONG], [
    turn(
      "Mr 50a, AAH + RQTH, pas de RSA, je le suis a la MDS depuis 2 ans (logement, budget). il voudrait faire prepa comp pour se remettre dans le bain. possible via le CD ?",
      'eligibility',
      [['rsa'], [...NO, 'allocataires du rsa', 'pour les allocataires']],
      NOT_YES,
    ),
  ]),
  c('b118-elig-ass', [MDS], [
    turn('dame en ASS inscrite FT, pas au RSA, c pour elle la prepa par le CD ?', 'eligibility', [['rsa'], ['france travail', 'pôle emploi']]),
  ]),
  c('b118-elig-ppae', [MDS], [
    turn(
      "BRSA inscrit FT avec PPAE, il a un conseiller FT mais c moi la referente RSA. je peux quand meme l'orienter sur prepa ou c a FT de le faire ?",
      'eligibility',
      [YES, ['inscrit', 'inscrits']],
      NOT_NO,
    ),
  ]),
  c('b118-elig-ase-scolarisee', [ASE], [
    turn(
      "ASE 17 ans, toujours inscrite en 1ere bac pro mais absente 3 jours sur 5, la promo ca pourrait la remobiliser ?",
      'eligibility',
      [[...NO, 'pas encore', 'pas adapté', 'd’abord', "d'abord"], ['quitté', 'décroch', 'sorti', 'scolaris', 'plus en formation', 'pas en formation']],
      NOT_YES,
    ),
  ]),
  c('b118-elig-14ans', [ASE], [
    turn('gamin de 14 ans confie ASE, exclu du college, la promo ?', 'eligibility', [NO, ['16']], NOT_YES),
  ]),
  c('b118-elig-deux-personnes', [MDS, TWO, LONG], [
    turn(
      "2 situations en CER : Mr K 52a BRSA en PEC depuis 3 mois aux espaces verts de la ville, et Mme L 38a BRSA qui a son entree en formation auxiliaire de vie en avril mais stresse a mort. je leur propose quoi a chacun ?",
      'eligibility',
      [['compétences pec'], ['prépa'], ['volet 2', 'sécuris']],
    ),
  ]),
  c('b118-elig-pec-fini', [MDS], [
    turn(
      "son PEC est fini depuis 6 mois, il est revenu au RSA. competences PEC c encore possible ?",
      'eligibility',
      [NO, ['pendant', 'durée du pec', 'durée du contrat', 'en cours', 'signature', 'premiers mois']],
      NOT_YES,
    ),
  ]),
  c('b118-elig-ei-qualif', [SIAE, FOLLOW], [
    turn(
      "salarie d'une EI (pas ACI), pas RSA, projet titre pro cariste. l'accord prevoit qqch pour lui ?",
      'eligibility',
      [['droit commun', 'région', 'régional', 'financeurs publics', 'info places']],
    ),
    turn('et y a des places en cariste en ce moment ?', 'agenda', [seats(6)], otherTrainings('cariste')),
  ]),
  c('b118-elig-ase-rqth', [ASE], [
    turn('jeune 16a ASE avec RQTH (dys), decrocheur depuis juin, rien depuis, promo ok ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b118-elig-fle', [MDS], [
    turn(
      "Mme primo arrivante (afghanistan), BRSA, parle tres peu francais, veut bosser. y a un truc a l afpa pour elle ?",
      'eligibility',
      [['français à visée professionnelle', 'langue étrangère', 'fle']],
    ),
  ]),
  c('b118-elig-clea', [SIAE], [
    turn("BRSA 35a, lit et ecrit avec difficulte, calcul pareil, veut valider ses bases. l afpa a qqch ?", 'eligibility', [['cléa']]),
  ]),
  c('b118-elig-18ans', [ASE], [
    turn('jeune sortant ASE, 18 ans depuis 3 semaines, decroche, la promo ?', 'eligibility', [NO, PROMO_AGE], NOT_YES),
  ]),
  c('b118-elig-ml-e2c', [ML, FOLLOW], [
    turn('jeune 16a suivi ML, a quitte le lycee en dec, pas ASE, pas de taf. promo ?', 'eligibility', [YES], NOT_NO),
    turn("et si il est deja en formation a l'E2C ?", 'eligibility', [NO, ['formation']], NOT_YES),
  ]),
  c('b118-elig-cddi-rsa-prepa', [SIAE, TWO], [
    turn(
      "salarie ACI, toujours BRSA (complement), veut entrer en formation aide soignant en septembre. prepa comp possible, et quel volet ?",
      'eligibility',
      [YES, ['volet 2', 'sécuris']],
      NOT_NO,
    ),
  ]),
];

// ── Out of scope ────────────────────────────────────────────────────────────

const OUT_OF_SCOPE: ConversationCase[] = [
  c('b118-oos-transport', [MDS], [
    turn(
      'est ce que les frais de deplacement sont rembourses pour aller a montauban ? elle habite a st antonin',
      'out_of_scope',
      [SILENT],
      NO_AMOUNT,
    ),
  ]),
  c('b118-oos-hebergement', [ASE], [
    turn("pendant la periode de mobilite de la promo, qui paie l'hebergement ?", 'out_of_scope', [SILENT], NO_AMOUNT),
  ]),
  c('b118-oos-sanction-rsa', [MDS], [
    turn('si la personne abandonne la prepa en cours de route son rsa est suspendu ?', 'out_of_scope', [SILENT]),
  ]),
  c('b118-oos-garde', [MDS], [
    turn('qui finance la garde d enfants pendant la prepa ? creche, nounou ?', 'out_of_scope', [SILENT], NO_AMOUNT),
  ]),
  c('b118-oos-cer', [MDS], [
    turn('tu peux me rediger le CER de mme D stp ?', 'out_of_scope', [[...SILENT, 'ne peux pas', 'pas possible']]),
  ]),
  c('b118-oos-montant-rsa', [SIAE], [
    turn('c combien le rsa pour une personne seule en ce moment ?', 'out_of_scope', [SILENT], NO_AMOUNT),
  ]),
  c('b118-oos-permis', [ASE], [
    turn('la promo finance le permis B ?', 'out_of_scope', [SILENT], NO_AMOUNT),
  ]),
  c('b118-oos-salaire-soudeur', [SIAE], [
    turn('un soudeur ca gagne combien en sortie de formation ?', 'out_of_scope', [SILENT], NO_AMOUNT),
  ]),
  c('b118-oos-cej', [ML], [
    turn('la promo c compatible avec un CEJ en meme temps ?', 'out_of_scope', [SILENT]),
  ]),
  c('b118-oos-css', [MDS], [
    turn('pendant la formation la personne garde sa CSS et sa mutuelle ?', 'out_of_scope', [SILENT]),
  ]),
  c('b118-oos-samedi', [ML], [
    turn("l'afpa est ouverte le samedi ?", 'out_of_scope', [SILENT]),
  ]),
  c('b118-oos-repas', [MDS, FOLLOW], [
    turn('prepa dure combien deja ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    turn('et les repas sur place c pris en charge ?', 'out_of_scope', [SILENT], NO_AMOUNT),
  ]),
  c('b118-oos-stage-3e', [ASE], [
    turn("l'afpa peut prendre un jeune en stage de 3e ?", 'out_of_scope', [SILENT]),
  ]),
  c('b118-oos-remu-region', [ML, TWO], [
    turn(
      'les stagiaires en formation qualifiante ont une remu de la region ? c combien ?',
      'out_of_scope',
      [SILENT],
      NO_AMOUNT,
    ),
  ]),
];

// ── Contact ─────────────────────────────────────────────────────────────────

const CONTACT: ConversationCase[] = [
  c('b118-contact-afpa-deploiement', [MDS, FOLLOW], [
    turn('qui contacter cote afpa pour le deploiement de prepa comp ?', 'contact', [['battedou', 'vella'], ['responsable accompagnement', 'directeur', 'coordonnateur']]),
    turn('et pour la promo c la meme personne ?', 'contact', [['battedou', 'vella']]),
  ]),
  c('b118-contact-coordo', [ML, FOLLOW], [
    turn('c qui le coordonnateur departemental des dispositifs ?', 'contact', [['vella'], ['directeur', 'montauban']]),
    turn('et son interlocuteur au CD ?', 'contact', [['expérimentation'], ['désign', 'ne nomme', 'pas nommé', 'non nommé']]),
  ]),
  c('b118-contact-coordonnees', [ASE], [
    turn(
      'numero ou mail de fabienne battedou ?',
      'contact',
      [['battedou'], [...SILENT, 'pas de coordonnées', 'pas ses coordonnées', 'aucune coordonnée', 'coordonnées ne']],
      ['@afpa'],
    ),
  ]),
  c('b118-contact-suivi-accord', [MDS, TWO], [
    turn("qui suit l'accord cote departement et cote afpa ?", 'contact', [['weill', 'président'], ['vella']]),
  ]),
  c('b118-contact-jeune-en-promo', [ASE], [
    turn(
      "jai une question sur un jeune deja en promo (absences), a qui je m'adresse ? y a un referent pour lui la bas ?",
      'contact',
      [['référent principal', 'référent de parcours', 'battedou']],
    ),
  ]),
  c('b118-contact-habilitation', [ML], [
    turn("c qui qui habilite les referents sur panda ?", 'contact', [['afpa', 'a.f.p.a'], ['habilit']]),
  ]),
  c('b118-contact-referent-formation', [SIAE], [
    turn(
      "le referent du CD charge de bosser avec l'afpa sur l'acces a la formation c qui ?",
      'contact',
      [['désign', 'ne nomme', 'pas nommé', 'non nommé', 'ne précise', 'ne donne pas']],
    ),
  ]),
  c('b118-contact-copil', [ML, TWO], [
    turn(
      'qui pilote le copil national des dispositifs et il se reunit tous les combien ?',
      'contact',
      [['dgefp', 'd.g.e.f.p'], ['trimestr', 'chaque trimestre', 'tous les trois mois', 'tous les 3 mois']],
    ),
  ]),
];

// ── Figures ─────────────────────────────────────────────────────────────────

const FIGURES: ConversationCase[] = [
  c('b118-fig-objectifs', [MDS], [
    turn('objectifs 2022 de la convention ?', 'figures', [
      ['30 allocataires', '30 personnes', '30 brsa', '30 bénéficiaires', ' 30 ', ': 30'],
      ['50 allocataires', '50 personnes', '50 brsa', '50 bénéficiaires', ' 50 ', ': 50'],
      ['10 jeunes', '10 personnes', ' 10 ', ': 10'],
    ]),
  ]),
  c('b118-fig-pec-en-cours', [SIAE, FOLLOW], [
    turn('combien de BRSA sur competences pec etaient prevus ?', 'figures', [[' 50 ', '50 allocataires', '50 personnes', '50 brsa', ': 50']]),
    turn("et on en est ou aujourd'hui ?", 'figures', [NOT_YET]),
  ]),
  c('b118-fig-objectif-promo', [ASE], [
    turn("objectif pour les jeunes ASE sur la promo c'est combien ?", 'figures', [['10 jeunes', '10 personnes', ' 10 ', ': 10']]),
  ]),
  c('b118-fig-entrees-prepa', [MDS], [
    turn('combien de personnes sont entrees en prepa depuis le debut ?', 'figures', [NOT_YET]),
  ]),
  c('b118-fig-promo-national', [ML, TWO], [
    turn(
      'la promo au national c combien de jeunes et quel taux de sortie positive est vise ?',
      'figures',
      [['35 000', '35000', '35\u00a0000', '35\u202f000'], ['70']],
    ),
  ]),
  c('b118-fig-indicateurs-jpo', [MDS], [
    turn('quels indicateurs sont suivis pour les JPO et infos coll ?', 'figures', [['nombre'], ['allocataires', 'bénéficiaires']]),
  ]),
  c('b118-fig-taux-reussite', [SIAE], [
    turn("taux de reussite aux examens des BRSA passes par l'afpa ?", 'figures', [NOT_YET]),
  ]),
  c('b118-fig-prepa-2023', [MDS, TWO], [
    turn(
      "nb de prepa c 30 pour l'annee c ca ? et l'objectif vaut pour 2023 aussi ?",
      'figures',
      [[' 30 ', '30 allocataires', '30 personnes', '30 brsa', ': 30'], ['2022']],
    ),
  ]),
];

// ── Prescribe ───────────────────────────────────────────────────────────────

const PRESCRIBE: ConversationCase[] = [
  c('b118-presc-prepa', [MDS], [
    turn('je voudrais prescrire prepa comp pour un monsieur BRSA que je suis', 'prescribe', [FORM, ['prépa']]),
  ]),
  c('b118-presc-promo-ase', [ASE], [
    turn("comment on prescrit la promo pour un jeune ase ? jsuis educ, jai jamais fait", 'prescribe', [
      ['panda', 'formulaire', 'inscri', 'invite'],
    ]),
  ]),
  c('b118-presc-pec', [SIAE, FOLLOW], [
    turn('presc pec stp', 'prescribe', [FORM]),
    turn("faut que je previenne l'employeur avant ?", 'prescribe', [['employeur'], ['accord']]),
  ]),
  c('b118-presc-avant', [MDS], [
    turn('faut faire quoi avant de prescrire ? jveux pas faire de betise', 'prescribe', [
      ['adhésion', 'accord de la personne', 'informe'],
      ['mobilité', 'garde', 'conditions matérielles'],
    ]),
  ]),
  c('b118-presc-panda-soi-meme', [ML], [
    turn('je peux inscrire moi meme la personne sur panda ?', 'prescribe', [['habilit']]),
  ]),
  c('b118-presc-session-annule', [MDS, FOLLOW], [
    turn('je veux orienter Mme T sur la session prepa du 18 janvier', 'prescribe', [[...FORM, ...on('2027-01-18')]]),
    turn('laisse tomber, annule', 'other', [CANCEL]),
  ]),
  c('b118-presc-jusqu-quand', [ML], [
    turn(
      "on peut encore prescrire ? c'etait ouvert jusqu a quand ?",
      'prescribe',
      [['31 décembre', '31/12', 'avenant', 'poursuite', 'prolong', 'reconduit', '2023']],
    ),
  ]),
  c('b118-presc-volet2', [MDS, LONG], [
    turn(
      "prescription prepa volet 2 pour mme B svp, elle a son entree en formation ADVF en mars au greta et elle a deja lache une formation en 2024",
      'prescribe',
      [FORM],
    ),
  ]),
];

// ── Other ───────────────────────────────────────────────────────────────────

const OTHER: ConversationCase[] = [
  c('b118-other-bjr', [MDS], [turn('bjr', 'other', [GREET])]),
  c('b118-other-merci', [ASE], [
    turn('merci beaucoup, tres clair', 'other', [
      ['avec plaisir', 'de rien', 'je vous en prie', 'bonne journée', 'n’hésitez', "n'hésitez", 'à votre service', 'au plaisir', 'ravi'],
    ]),
  ]),
  c('b118-other-aide', [SIAE], [turn('aide', 'other', [HELP])]),
  c('b118-other-nouvelle', [ASE], [
    turn("tu sers a quoi ? jsuis nouvelle a l'ASE on m'a dit de t'utiliser", 'other', [['prépa', 'promo', 'dispositif']]),
  ]),
  c('b118-other-annule', [ML], [turn('annule', 'other', [CANCEL])]),
  c('b118-other-bonjour-aide', [ML, FOLLOW], [
    turn('bonjour', 'other', [GREET]),
    turn('tu peux faire quoi ?', 'other', [HELP]),
  ]),
  c('b118-other-bonne-journee', [SIAE], [
    turn('bonne journee a toi', 'other', [['bonne journée', 'au revoir', 'à bientôt', 'bonne continuation', 'merci']]),
  ]),
];

export const HUNDRED_EIGHTEENTH_BLIND_SET: ConversationCase[] = [
  ...DISPOSITIF,
  ...AGENDA,
  ...ELIGIBILITY,
  ...OUT_OF_SCOPE,
  ...CONTACT,
  ...FIGURES,
  ...PRESCRIBE,
  ...OTHER,
];
