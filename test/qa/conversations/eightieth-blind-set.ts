/**
 * Eightieth blind set. Who speaks: référents insertion and travailleurs sociaux of the
 * Département de Tarn-et-Garonne (CD82) in their Teams chat with the bot, following a
 * conversation over several turns (a programme, then its agenda, then a person, then how
 * to prescribe), some in Teams shorthand without accents, some in formal administrative
 * French, some rambling with the question buried inside.
 *
 * Written blind from the agreement (Département – AFPA, 2022, its action plan 2022-2023 and
 * the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18), the product guide
 * and the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris),
 * without looking at the bot's code or at any other set.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 et 6 jours', 'cinq à six jours', 'cinq et six jours', '5-6 jours', '5 ou 6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', 'quatre et huit jours', '4-8 jours'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];

const CONSOLIDATE = ['consolid', 'projet professionnel', 'projet pro', 'diagnostic de faisabilit'];
const SECURE = ['sécuris', 'entrée en formation', 'entree de formation'];
const CERTIFICATIONS = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const REMOTE = ['distance', 'distanciel'];
const ON_SITE = ['présentiel', 'sur place', 'dans le centre'];
const MON_THU = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi'];
const DELOCALISED = ['délocalis', 'ensemble du département', 'tout le département', 'sur le département', 'dans le département'];
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'rien à payer',
  'pris en charge par l',
  'financé par l',
  'financés par l',
  'investissement dans les compétences',
];
const REPORT = ['bilan individuel', 'bilan du parcours', 'bilan de parcours', 'bilan'];
const PANDA = ['panda'];
const YOUNG_PRESCRIBERS = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const PARENTS = ['autorisation parentale', 'autorisations parentales', 'parents', 'parental'];

// Towns of the fixture.
const MONTAUBAN = ['montauban'];
const CASTEL = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const VALENCE = ['valence'];

// Roles of section 6 of the protocol (and article 3 of the agreement).
const VELLA = ['vella', 'directeur du centre', 'coordonnateur', 'coordinateur'];
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours', 'responsable accompagnement'];
const DEPARTMENT_REFERENT = [
  'référent de l’expérimentation',
  "référent de l'expérimentation",
  'référente de l',
  'référent(e) de l',
  'expérimentation',
  'désigne un',
];

// Verdicts.
const YES = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut être prescrit',
  'peut être orienté',
  'peut le prescrire',
  'peut la prescrire',
  'correspond',
  'rentre dans',
  'oui',
];
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible', 'ne correspond pas', 'ne remplit pas'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'pas concerné',
  'réservé',
  'ne relève pas',
  'pas accessible',
  'exclu',
  'trop jeune',
  'trop âgé',
  'pas dans le public',
  'hors public',
  'ne rentre pas',
  'non,',
];
const NOT_NO = ['il est éligible', 'elle est éligible', 'est bien éligible'];

const NOT_COVERED = [
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'pas d’information',
  "pas d'information",
  'ne traite pas',
  'ne porte pas',
  'ne concerne pas',
  'ne figure pas',
  'pas couvert',
  'ne parle pas',
  'rien sur',
  'ne fournit pas',
  'indique pas',
  'ne contient pas',
  'ne donne pas',
  'aucune mention',
  'pas mentionn',
  'pas précisé',
  'pas abordé',
  'aucun élément',
  'pas en mesure',
  'ne trouve pas',
  'pas trouvé',
  'ne sais pas',
  'ne peux pas répondre',
];
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'pas encore',
  'aucun chiffre',
  'aucune donnée',
  'pas de chiffre',
  'pas de donnée',
  'ne dispose pas',
  'aucune',
  'aucun',
  'indisponible',
];
const PRESCRIBE = ['formulaire', 'fiche de prescription', 'prescription', 'prescrire', 'panda', 'étape', 'inscri'];
const HELP = ['dispositif', 'prépa', 'agenda', 'prescri', 'question', 'éligibilité'];
const CANCEL = [
  'annul',
  'abandon',
  'arrêt',
  'd’accord',
  "d'accord",
  'ok',
  'c’est noté',
  "c'est noté",
  'pas de souci',
  'pas de problème',
  'entendu',
  'très bien',
];
const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue'];

// Trainings of Info Places, for what a places answer must not list.
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'propreté', 'plaquiste', 'restauration'];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((name) => !asked.includes(name));

// ── The cases ───────────────────────────────────────────────────────────────

export const EIGHTIETH_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c('b80-prepa-duree', ['shorthand'], [
    turn('prepa comp ca dure cb de tps ?', 'dispositif', [PREPA_DURATION, TWO_WEEKS], ['13 semaines']),
  ]),
  c('b80-prepa-volets', ['shorthand'], [
    turn('c koi la diff entre volet 1 et volet 2 prepa comp', 'dispositif', [CONSOLIDATE, SECURE], ['13 semaines']),
  ]),
  c('b80-prepa-volet1-then-volet2', ['follow-up'], [
    turn('le volet 1 de prépa comp c combien de jours', 'dispositif', [VOLET1_DURATION], ['13 semaines']),
    turn('et le 2 ?', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
  ]),
  c('b80-prepa-distance', ['shorthand'], [
    turn('prepa comp on peut le faire a distance ou faut venir a montauban ?', 'dispositif', [REMOTE, ON_SITE]),
  ]),
  c('b80-prepa-ou', ['formal'], [
    turn(
      'Pourriez-vous m’indiquer en quel lieu se déroule la prestation Prépa Compétences et si elle peut être organisée ailleurs qu’au centre de Montauban ?',
      'dispositif',
      [MONTAUBAN, DELOCALISED],
    ),
  ]),
  c('b80-prepa-pour-qui', [], [
    turn('prepa competences c pour quel public exactement', 'dispositif', [
      ['rsa', 'allocataire'],
      ['éloignées de l’emploi', "éloignées de l'emploi", 'éloignés de l’emploi', "éloignés de l'emploi", 'peu ou pas qualifi', 'éloign'],
    ]),
  ]),
  c('b80-prepa-inscrits-ft', ['two-questions'], [
    turn(
      'les BRSA doivent etre inscrits a FT pour prepa comp ? et c finance par qui ?',
      'dispositif',
      [['non inscrit', 'non-inscrit', 'inscrits ou non', 'inscrit ou non', 'pas inscrit', 'qu’ils soient', "qu'ils soient", 'pas obligatoire', 'pas besoin', 'pas nécessaire'], ['état', 'pic', 'investissement dans les compétences']],
    ),
  ]),
  c('b80-prepa-cout', ['formal'], [
    turn(
      'Madame, Monsieur, la mobilisation de Prépa Compétences par nos services donne-t-elle lieu à une participation financière du Département ?',
      'dispositif',
      [FREE],
    ),
  ]),
  c('b80-prepa-bilan', ['shorthand'], [
    turn('a la fin de la prepa j ai un retour de l afpa ou pas', 'dispositif', [REPORT, ['référent', 'vous', 'accompagnement']]),
  ]),
  c('b80-pec-duree-contenu', ['two-questions'], [
    turn('competences PEC ca dure combien et on y fait quoi', 'dispositif', [PEC_DURATION, [...CERTIFICATIONS, ...RSFP, ...CLEA, 'portefeuille']], [
      '13 semaines',
      ...PREPA_DURATION,
    ]),
  ]),
  c('b80-pec-phases-then-vae', ['follow-up'], [
    turn('comp PEC il y a combien de phases', 'dispositif', [['5 phases', 'cinq phases', '5 étapes', 'cinq étapes']], ['4 phases']),
    turn('et l atelier VAE dedans ca prend combien de jours ?', 'dispositif', [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 jours ½']]),
    turn('et clea socle ?', 'dispositif', [['1 jour', 'une journée', 'un jour', '1 journée']]),
  ]),
  c('b80-pec-quand', [], [
    turn('a quel moment du contrat PEC on peut mobiliser competences PEC ? des le debut ?', 'dispositif', [
      ['signature', 'premiers mois', 'dès le début', 'début du contrat', 'immédiatement'],
    ]),
  ]),
  c('b80-pec-distance', ['two-questions'], [
    turn('comp pec ca se passe ou et y a du distanciel ?', 'dispositif', [[...MONTAUBAN, 'centre afpa'], REMOTE]),
  ]),
  c('b80-promo-duree-rythme', ['two-questions', 'shorthand'], [
    turn('promo 1618 ca dure cb et c quel rythme ds la semaine', 'dispositif', [PROMO_DURATION, MON_THU], PREPA_DURATION),
  ]),
  c('b80-promo-phases', [], [
    turn('les phases de la promo 16/18 c quoi ?', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['préparation de la suite', 'suite'],
    ]),
  ]),
  c('b80-promo-4mois', ['rambling'], [
    turn(
      'bonjour, j ai un jeune que je suis qui est un peu lent a se decider, il a besoin de temps pour reflechir entre chaque etape, la maman est d accord pour qu il aille a la promo 1618 mais elle a peur que ce soit trop court, est ce que ça peut durer plus longtemps que prévu ou c fixe ?',
      'dispositif',
      [PROMO_MAX],
    ),
  ]),
  c('b80-promo-apres', ['follow-up'], [
    turn('la promo 1618 il se passe quoi apres la sortie du programme', 'dispositif', [['6 mois', 'six mois'], ['mission locale', 'missions locales', 'accompagnement prolongé']]),
  ]),
  c('b80-promo-parents', ['two-questions'], [
    turn('pour la promo faut l accord des parents ? et c est en presentiel ?', 'dispositif', [PARENTS, ['présentiel', 'sur place']]),
  ]),
  c('b80-promo-contenu', ['shorthand'], [
    turn('promo 1618 ils font quoi concretement pdt les 13 sem', 'dispositif', [
      ['open badge', 'code de la route', 'chantier solidaire', 'métiers', 'ateliers', 'confiance'],
    ]),
  ]),
  c('b80-panda', [], [
    turn('panda c quoi exactement ? on y a acces nous ?', 'dispositif', [
      ['traçabilit', 'tracer', 'tracés', 'parcours'],
      ['habilit', 'référent', 'travailleurs sociaux'],
    ]),
  ]),
  c('b80-suivi-national', ['formal', 'two-questions'], [
    turn(
      'Pouvez-vous me préciser selon quelles modalités les dispositifs font l’objet d’un suivi, et à quelle fréquence les données sont transmises à la DGEFP ?',
      'dispositif',
      [['comité de pilotage', 'copil', 'trimestriel'], ['mensuel', 'chaque mois', 'tous les mois']],
    ),
  ]),
  c('b80-fle', ['typo'], [
    turn('j ai une dame primo arrivante qui parle pas bien francais, lafpa a un truc ?', 'dispositif', [
      ['français à visée professionnelle', 'français langue étrangère', 'fle'],
    ]),
  ]),
  c('b80-rsfp', [], [
    turn('rsfp c pour qui par rapport a la vae', 'dispositif', [['prérequis', 'pré-requis', 'pas accès', 'ne peuvent pas accéder']]),
  ]),
  c('b80-role-referent', ['rambling'], [
    turn(
      'alors je debute au service insertion et ma collegue m a dit que c etait a moi de tout gerer pour les gens que j oriente vers l afpa, notamment la garde d enfants et le transport, c est vraiment mon role ou c est l afpa qui s en occupe ?',
      'dispositif',
      [['référent', 'votre rôle', 'vous', 'conseiller'], ['conditions matérielles', 'mobilité', 'garde d’enfants', "garde d'enfants"]],
    ),
  ]),
  c('b80-convention-duree', ['formal', 'two-questions'], [
    turn(
      'Quelle est la durée de l’accord de partenariat et peut-il être prolongé ?',
      'dispositif',
      [['2 ans', 'deux ans'], ['avenant']],
    ),
  ]),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c('b80-ag-infocoll-castel-places', ['follow-up'], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), MONTAUBAN], [...notOn('2027-01-07'), ...notOn('2027-02-09')]),
    turn('et a castel ?', 'agenda', [on('2027-01-21'), CASTEL], notOn('2027-01-07')),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b80-ag-jpo-moissac', ['follow-up', 'shorthand'], [
    turn('jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-01-07')),
  ]),
  c('b80-ag-soudeur', ['follow-up'], [
    turn('places soudeur ?', 'agenda', [seats(4), ['soudeur', 'soudure']], otherTrainings('soudeur')),
    turn('ca commence quand du coup ?', 'agenda', [on('2027-02-01')]),
  ]),
  c('b80-ag-prepa-v1', ['shorthand'], [
    turn('entrees prepa comp volet 1 ?', 'agenda', [on('2027-01-18'), on('2027-02-08')], [...notOn('2027-01-25'), ...notOn('2027-02-15')]),
  ]),
  c('b80-ag-prepa-suivante', ['follow-up', 'ellipsis'], [
    turn('prochaine entree en prepa comp c quand', 'agenda', [on('2027-01-18')], notOn('2027-01-07')),
    turn('la suivante ?', 'agenda', [[...on('2027-01-25'), ...on('2027-02-08')]]),
  ]),
  c('b80-ag-v2-complet', ['follow-up'], [
    turn('il reste de la place sur la prepa volet 2 du 25 janvier ?', 'agenda', [
      ['complet', '0 place', 'aucune place', 'plus de place', 'places : 0', 'pas de place', 'plus aucune', 'places disponibles : 0'],
    ]),
    turn('et la suivante en volet 2 ?', 'agenda', [on('2027-02-15'), CASTEL], notOn('2027-03-08')),
  ]),
  c('b80-ag-pec-atelier2', ['follow-up'], [
    turn('dates d entree comp PEC atelier 2 svp', 'agenda', [on('2027-01-20')], notOn('2027-01-18')),
    turn('en distanciel ?', 'agenda', [on('2027-03-03')], notOn('2027-01-18')),
  ]),
  c('b80-ag-pec-atelier3', [], [
    turn('l atelier 3 de comp pec c quand et ou', 'agenda', [on('2027-02-10'), MONTAUBAN], notOn('2027-01-18')),
  ]),
  c('b80-ag-promo-entree', ['two-questions'], [
    turn('prochaine entree promo 1618 et combien de places ?', 'agenda', [on('2027-02-01'), seats(10)], notOn('2027-01-18')),
  ]),
  c('b80-ag-promo-infocoll', [], [
    turn('y a une info coll pour la promo 16 18 bientot ?', 'agenda', [on('2027-03-17')], [...notOn('2027-01-14'), ...notOn('2027-02-09')]),
  ]),
  c('b80-ag-reunion-metier', ['follow-up'], [
    turn('reunion metier logistique c quand', 'agenda', [on('2027-01-26'), MONTAUBAN], notOn('2027-02-23')),
    turn('et batiment ?', 'agenda', [on('2027-02-23'), CAUSSADE], notOn('2027-01-26')),
  ]),
  c('b80-ag-visites', ['shorthand'], [
    turn('visites plateau technique prevues ?', 'agenda', [on('2027-01-19'), on('2027-03-10')], notOn('2027-01-07')),
  ]),
  c('b80-ag-cette-semaine', [], [
    turn('qu est ce qu il y a cette semaine a l afpa ?', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
  ]),
  c('b80-ag-semaine-pro', ['shorthand'], [
    turn('quoi de prevu la semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-01-26')]),
  ]),
  c('b80-ag-valence', ['typo'], [
    turn('a valence dagen y a quelque chose de prevu ?', 'agenda', [on('2027-03-04'), VALENCE], notOn('2027-01-14')),
  ]),
  c('b80-ag-cariste-prep', ['follow-up'], [
    turn('cariste il reste des places ?', 'agenda', [seats(6), ['cariste']], otherTrainings('cariste', 'préparateur de commandes')),
    turn('et preparateur de commandes ?', 'agenda', [seats(5), CASTEL]),
  ]),
  c('b80-ag-plaquiste', [], [
    turn('formation plaquiste c encore possible ? des places ?', 'agenda', [
      ['complet', '0 place', 'aucune place', 'plus de place', 'places : 0', 'pas de place', 'plus aucune', 'places disponibles : 0'],
    ]),
  ]),
  c('b80-ag-restauration', ['two-questions'], [
    turn('agent de restauration ca se passe ou et y a combien de places', 'agenda', [CAUSSADE, seats(4)], otherTrainings('restauration')),
  ]),
  c('b80-ag-moissac-formation', ['follow-up'], [
    turn('quelles formations qualifiantes a moissac', 'agenda', [['propreté'], seats(7)], ['soudeur', 'cariste']),
    turn('ca demarre quand ?', 'agenda', [on('2027-02-22')]),
  ]),
  c('b80-ag-electricien', ['two-questions'], [
    turn('electricien batiment combien de places dispo et ca commence quand', 'agenda', [seats(2), on('2027-03-08')], otherTrainings('électricien')),
  ]),
  c('b80-ag-prepa-distance', [], [
    turn('prepa comp en classe virtuelle prochaine session ?', 'agenda', [on('2027-02-08')], [...notOn('2027-02-15'), ...notOn('2027-01-18')]),
  ]),
  c('b80-ag-infocoll-pec', [], [
    turn('info coll competences PEC c ou ?', 'agenda', [MOISSAC, on('2027-02-09')], notOn('2027-01-14')),
  ]),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c('b80-el-brsa-ft', ['shorthand'], [
    turn('mr K 38 ans BRSA inscrit FT, il veut securiser son entree en formation, prepa comp possible ?', 'eligibility', [YES], NOT_YES),
  ]),
  c('b80-el-brsa-non-inscrit', ['formal'], [
    turn(
      'Madame B., 52 ans, allocataire du RSA accompagnée par nos services et non inscrite à France Travail, peut-elle bénéficier de Prépa Compétences ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b80-el-ass-non-rsa', [], [
    turn('un monsieur a l ASS, pas au RSA, suivi par FT, le CD peut le prescrire en prepa comp ?', 'eligibility', [NO, ['rsa']], NOT_NO),
  ]),
  c('b80-el-pec-oui-employeur', ['follow-up'], [
    turn('elle est en contrat PEC en mairie depuis 2 mois, BRSA, elle peut faire comp PEC ?', 'eligibility', [YES], NOT_YES),
    turn('faut l accord de son employeur ?', 'eligibility', [['employeur'], ['accord', 'oui', 'informer']]),
  ]),
  c('b80-el-cdi-pas-pec', [], [
    turn('monsieur en CDI classique dans le batiment veut faire valider son experience, comp PEC ?', 'eligibility', [NO, ['pec', 'parcours emploi compétences']], NOT_NO),
  ]),
  c('b80-el-17-decrocheur', [], [
    turn('jeune 17 ans, a quitte le lycee en novembre, ne fait rien, ni formation ni boulot, promo 1618 ok ?', 'eligibility', [YES], NOT_YES),
  ]),
  c('b80-el-16-apprenti', [], [
    turn('16 ans en apprentissage en CFA, il peut faire la promo ?', 'eligibility', [NO], NOT_NO),
  ]),
  c('b80-el-15-ans', ['follow-up'], [
    turn('la promo 1618 c pour qui deja', 'dispositif', [['16'], ['décroch', 'quitté', 'ni en formation', 'pas en formation', 'mineur']]),
    turn('et pour lui alors ? 15 ans ASE descolarise', 'eligibility', [NO, ['16']], NOT_NO),
    turn('et son frere 17 ans ASE sorti du lycee sans rien ?', 'eligibility', [YES], NOT_YES),
  ]),
  c('b80-el-19-ans', ['shorthand'], [
    turn('19 ans suivi ML sans diplome, promo 1618 ?', 'eligibility', [NO], NOT_NO),
  ]),
  c('b80-el-lyceenne', [], [
    turn('une jeune de 17 ans toujours scolarisee au lycee mais qui decroche un peu, on peut l inscrire a la promo ?', 'eligibility', [NO], NOT_NO),
  ]),
  c('b80-el-ase-16', ['formal'], [
    turn(
      'Un mineur de 16 ans confié à l’Aide sociale à l’enfance, sorti du collège sans solution et sans emploi, peut-il être orienté vers La Promo 16/18 ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b80-el-ml-17', ['shorthand'], [
    turn('jeune suivi ML 17a, decrocheur depuis 6 mois, sans emploi. 1618 ?', 'eligibility', [YES], NOT_YES),
  ]),
  c('b80-el-cdd-vae', ['rambling'], [
    turn(
      'j ai une BRSA qui fait des remplacements en CDD a l ehpad depuis des annees (pas un contrat aide hein, CDD normal) et elle voudrait faire valider tout ca, je pensais a competences PEC, ca marche ?',
      'eligibility',
      [NO, ['pec', 'parcours emploi compétences']],
      NOT_NO,
    ),
  ]),
  c('b80-el-rqth', [], [
    turn('BRSA avec RQTH, 44 ans, veut consolider son projet pro, prepa comp possible ?', 'eligibility', [YES], NOT_YES),
  ]),
  c('b80-el-25-ans-promo', [], [
    turn('25 ans au RSA, la promo 16/18 ca pourrait lui convenir ?', 'eligibility', [NO], NOT_NO),
  ]),
  c('b80-el-hors-afpa', ['two-questions'], [
    turn(
      'BRSA qui veut entrer en formation aide soignante dans un autre organisme que l afpa, prepa comp peut l aider ? si oui quel volet ?',
      'eligibility',
      [YES, ['volet 2', 'sécuris']],
      NOT_YES,
    ),
  ]),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c('b80-os-remuneration', ['shorthand'], [
    turn('ils sont remuneres pendant prepa comp ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b80-os-transport', [], [
    turn('les frais de transport pour aller a montauban sont rembourses par qui ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b80-os-caces', [], [
    turn('le CD peut financer un CACES via cette convention ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b80-os-montant-rsa', ['shorthand'], [
    turn('c combien le RSA pour une personne seule en 2027', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b80-os-cej', [], [
    turn('le contrat d engagement jeune c compatible avec la promo 1618 ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b80-os-cpf', [], [
    turn('on peut utiliser le CPF pour financer la suite apres prepa comp ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b80-os-toulouse', ['formal'], [
    turn(
      'Le centre AFPA de Toulouse propose-t-il également la Promo 16/18 pour les jeunes résidant en Haute-Garonne ?',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),
  c('b80-os-repas-then-back', ['follow-up', 'change-of-mind'], [
    turn('les repas du midi sont pris en charge a la promo ?', 'out_of_scope', [NOT_COVERED]),
    turn('bon tant pis. et c du lundi au vendredi ?', 'dispositif', [MON_THU]),
  ]),
  c('b80-os-logement', ['two-questions'], [
    turn('prepa comp ca dure combien et l afpa peut loger la personne pendant ?', 'out_of_scope', [PREPA_DURATION, NOT_COVERED]),
  ]),

  // ── Contacts ──────────────────────────────────────────────────────────────
  c('b80-ct-afpa-prepa', ['shorthand'], [
    turn('qui je contacte a l afpa pour prepa comp ?', 'contact', [[...BATTEDOU, ...VELLA]]),
  ]),
  c('b80-ct-coordonnateur', ['formal'], [
    turn('Qui assure la coordination départementale des dispositifs pour l’AFPA ?', 'contact', [VELLA]),
  ]),
  c('b80-ct-deploiement', [], [
    turn('qui s occupe du deploiement des prestations cote afpa', 'contact', [BATTEDOU]),
  ]),
  c('b80-ct-cd', [], [
    turn('et cote departement c qui l interlocuteur de l afpa pour l experimentation ?', 'contact', [DEPARTMENT_REFERENT]),
  ]),
  c('b80-ct-deux', ['two-questions'], [
    turn('c qui le directeur du centre de montauban et qui gere la promo 1618 la bas ?', 'contact', [VELLA, BATTEDOU]),
  ]),
  c('b80-ct-accord', ['formal'], [
    turn('Qui est chargé du suivi de l’accord de partenariat pour chacune des deux parties ?', 'contact', [
      ['vella'],
      ['weill', 'président'],
    ]),
  ]),
  c('b80-ct-after-promo', ['follow-up'], [
    turn('promo 1618 c combien de temps', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
    turn('ok et je m adresse a qui pour en parler ?', 'contact', [[...BATTEDOU, ...VELLA]]),
  ]),

  // ── Figures ───────────────────────────────────────────────────────────────
  c('b80-fig-prepa', ['shorthand'], [
    turn('objectif prepa comp c combien de BRSA ?', 'figures', [['30 allocataires', '30 personnes', '30 bénéficiaires', '30 brsa', 'trente', ' 30 ', ': 30']]),
  ]),
  c('b80-fig-pec-ase', ['follow-up'], [
    turn('et en comp PEC l objectif ?', 'figures', [['50 allocataires', '50 personnes', '50 bénéficiaires', '50 brsa', 'cinquante', ' 50 ', ': 50']]),
    turn('et pour les jeunes ASE vers la promo ?', 'figures', [['10 jeunes', '10 personnes', 'dix', ' 10 ', ': 10']]),
  ]),
  c('b80-fig-deux', ['two-questions'], [
    turn('objectifs prepa et pec pour l annee ?', 'figures', [[' 30 ', '30 allocataires', 'trente', ': 30'], [' 50 ', '50 allocataires', 'cinquante', ': 50']]),
  ]),
  c('b80-fig-realise', [], [
    turn('combien de BRSA sont deja entres en prepa comp cette annee ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b80-fig-taux-emploi', ['formal'], [
    turn('Disposez-vous du taux de sortie en emploi des allocataires entrés en formation à l’AFPA ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b80-fig-annee', [], [
    turn('les objectifs 30 / 50 / 10 c pour quelle annee ?', 'figures', [['2022']]),
  ]),
  c('b80-fig-promo-sorties', [], [
    turn('la promo 1618 vise combien de sorties positives ?', 'figures', [['70 %', '70%', '70 pour', 'soixante-dix']]),
  ]),

  // ── Prescribe ─────────────────────────────────────────────────────────────
  c('b80-pr-prepa', ['shorthand'], [
    turn('je veux prescrire prepa comp pour un BRSA', 'prescribe', [PRESCRIBE]),
  ]),
  c('b80-pr-promo', [], [
    turn('comment on fait pour inscrire un jeune ASE a la promo 1618 ?', 'prescribe', [[...PRESCRIBE, ...PANDA]]),
  ]),
  c('b80-pr-panda', ['follow-up'], [
    turn('l inscription sur panda c moi ou l afpa ?', 'prescribe', [['référent', 'vous', 'travailleur', 'conseiller'], ['habilit', 'panda']]),
    turn('et je suis pas habilitee, je fais comment', 'prescribe', [['afpa'], ['habilit']]),
  ]),
  c('b80-pr-direct', ['two-questions'], [
    turn('on peut prescrire en direct ou faut passer par FT ? et ca coute qqch au CD ?', 'prescribe', [['direct'], FREE]),
  ]),
  c('b80-pr-pec', ['formal'], [
    turn(
      'Je souhaiterais prescrire Compétences PEC pour une salariée en Parcours Emploi Compétences : quelles sont les démarches à accomplir ?',
      'prescribe',
      [PRESCRIBE, ['employeur', 'formulaire', 'plateforme', 'panda']],
    ),
  ]),
  c('b80-pr-session', [], [
    turn('inscris mr T sur la session prepa du 18 janvier stp', 'prescribe', [PRESCRIBE]),
  ]),
  c('b80-pr-then-cancel', ['change-of-mind', 'follow-up'], [
    turn('je voudrais faire une prescription', 'prescribe', [PRESCRIBE]),
    turn('non laisse tomber en fait', 'other', [CANCEL]),
  ]),
  c('b80-pr-after-agenda', ['follow-up'], [
    turn('prochaine entree comp PEC ?', 'agenda', [on('2027-01-20')], notOn('2027-01-18')),
    turn('ok je veux l y inscrire', 'prescribe', [PRESCRIBE]),
  ]),

  // ── Other ─────────────────────────────────────────────────────────────────
  c('b80-ot-bonjour', [], [turn('bonjour', 'other', [GREETING])]),
  c('b80-ot-bjr', ['shorthand'], [turn('bjr', 'other', [GREETING])]),
  c('b80-ot-aide', [], [turn('aide', 'other', [HELP])]),
  c('b80-ot-tu-sais-faire', ['shorthand'], [turn('tu sais faire quoi toi ?', 'other', [HELP])]),
  c('b80-ot-merci', [], [
    turn('merci beaucoup !', 'other', [['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'n’hésitez', "n'hésitez", 'à votre service', 'plaisir']]),
  ]),
  c('b80-ot-annuler', [], [turn('annuler', 'other', [CANCEL])]),

  // ── Whole conversations ───────────────────────────────────────────────────
  c('b80-flow-prepa-full', ['follow-up', 'shorthand'], [
    turn('c quoi prepa comp en 2 mots', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    turn('ca commence quand du coup ?', 'agenda', [on('2027-01-18')], notOn('2027-01-07')),
    turn(
      'mme D 45 ans BRSA non inscrite FT, veut se former mais pas sure du metier, elle peut ?',
      'eligibility',
      [YES, ['volet 1', 'consolid', 'projet']],
      NOT_YES,
    ),
    turn('ok comment je la prescris', 'prescribe', [PRESCRIBE]),
  ]),
  c('b80-flow-pec-full', ['follow-up'], [
    turn('comp pec ca dure combien', 'dispositif', [PEC_DURATION], ['13 semaines', ...PREPA_DURATION]),
    turn('et elle ? salariee PEC en ehpad depuis 2 mois, brsa', 'eligibility', [YES], NOT_YES),
    turn('prochaine entree ?', 'agenda', [on('2027-01-20')], notOn('2027-01-18')),
  ]),
  c('b80-flow-change-mind', ['change-of-mind', 'rambling'], [
    turn(
      'je voulais inscrire un jeune en prepa comp... non en fait plutot la promo 1618, c quand la prochaine info coll ?',
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21')],
    ),
    turn('et l entree ?', 'agenda', [on('2027-02-01')]),
  ]),
  c('b80-flow-formal-promo', ['formal', 'follow-up'], [
    turn(
      'Madame, Monsieur, dans le cadre de l’accompagnement d’un mineur confié à nos services, je souhaiterais connaître le déroulement du programme La Promo 16/18 ainsi que ses modalités d’organisation.',
      'dispositif',
      [PROMO_DURATION, [...MON_THU, 'présentiel']],
      PREPA_DURATION,
    ),
    turn('Qui est habilité à proposer ce programme aux jeunes ?', 'dispositif', [[...YOUNG_PRESCRIBERS, 'aide sociale à l’enfance', 'ase']]),
  ]),
  c('b80-flow-places-two', ['follow-up', 'two-questions'], [
    turn('places maçon et soudeur ?', 'agenda', [seats(3), seats(4)], ['plaquiste', 'cariste']),
    turn('le maçon demarre quand', 'agenda', [on('2027-02-15')]),
  ]),
  c('b80-flow-jpo-then-contact', ['follow-up'], [
    turn('prochaines portes ouvertes ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('on peut tenir un stand ? je demande a qui', 'contact', [[...BATTEDOU, ...VELLA, 'afpa']]),
  ]),
  c('b80-flow-rambling-agenda', ['rambling', 'two-questions'], [
    turn(
      'coucou, grosse semaine ici, 3 RDV annules et l imprimante en panne, bref. j ai deux BRSA du secteur de castelsarrasin qui veulent decouvrir prepa comp, y a une info coll pres de chez eux et sinon une entree volet 2 la bas ?',
      'agenda',
      [on('2027-01-21'), on('2027-02-15')],
      notOn('2027-03-04'),
    ),
    turn('merci, et il y a combien de places sur le volet 2 ?', 'agenda', [seats(5)]),
  ]),
  c('b80-flow-figures-then-na', ['follow-up'], [
    turn('objectif ASE vers la promo 1618 ?', 'figures', [['10 jeunes', '10 personnes', 'dix', ' 10 ', ': 10']]),
    turn('et on en est ou la ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b80-flow-pec-bilan', ['follow-up', 'two-questions'], [
    turn('comp PEC y a un bilan a la fin ? envoye a qui ?', 'dispositif', [REPORT, ['référent', 'vous', 'accompagnement']]),
    turn('et pour la promo ?', 'dispositif', [['6 mois', 'six mois', 'mission locale', 'missions locales', 'référent', 'ne précise pas', 'ne prévoit pas']]),
  ]),
  c('b80-flow-dispositif-where', ['follow-up', 'ellipsis'], [
    turn('la promo c a montauban ?', 'dispositif', [MONTAUBAN]),
    turn('et prepa comp aussi ?', 'dispositif', [[...MONTAUBAN, ...DELOCALISED, ...REMOTE]]),
  ]),
  c('b80-flow-elig-prescribe', ['follow-up'], [
    turn('BRSA 33 ans non inscrit FT, veut travailler son projet pro, quel dispositif ?', 'eligibility', [['prépa compétences', 'prépa comp']], ['13 semaines']),
    turn('ok prescription stp', 'prescribe', [PRESCRIBE]),
  ]),
  c('b80-flow-hello-question', ['two-questions'], [
    turn('bonjour ! c quoi la difference entre prepa comp et comp pec ?', 'dispositif', [
      ['projet', 'formation', 'consolid', 'sécuris'],
      ['pec', 'parcours emploi compétences', 'certification', 'vae'],
    ]),
  ]),
];
