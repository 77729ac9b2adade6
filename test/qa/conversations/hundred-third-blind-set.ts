/**
 * Hundred-third blind set. Who speaks: référents insertion and travailleurs sociaux of the
 * Département (CD82) writing in Teams on a Friday afternoon to prepare the next two weeks —
 * several dates and towns in one message, what is full and what still has places, late
 * entries, what to bring to an info coll or a JPO, quick corrections of their own message,
 * abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, ASE, info coll, JPO), no accents,
 * typos, SMS style and long messages with the question buried inside.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its action plan and the protocol of the three programmes), the product guide and
 * the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without
 * looking at the bot. Where the agreement is silent, the answer is expected to say so.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative written with ’ also with a straight apostrophe. */
function apos(...alternatives: string[]): string[] {
  return alternatives.flatMap((a) => (a.includes('’') ? [a, a.replaceAll('’', "'")] : [a]));
}

/** Only the exact forms of a date (« 8 mars », « 08/03 », ISO), never « du 8 au » of another month. */
const exactly = (iso: string): string[] => notOn(iso);

/** A yearly target of the action plan, as an answer may write it. */
function target(n: number): string[] {
  return [
    ` ${n} allocataires`,
    ` ${n} bénéficiaires`,
    ` ${n} personnes`,
    ` ${n} jeunes`,
    ` ${n} brsa`,
    ` ${n} entrées`,
    ` ${n} orient`,
    `/ ${n}`,
    `/${n}`,
    `: ${n}`,
    `objectif de ${n}`,
    `sur ${n} `,
  ];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DUR = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '8 jours max'];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const V1_DUR = ['5 à 6 jours', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours'];
const V2_DUR = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours'];
const PEC_DUR = ['5 jours', 'cinq jours'];
const PROMO_DUR = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi'];
const CERTIFS = ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'clea', 'validation des acquis', 'reconnaissance des savoir'];
const RSA = ['rsa', 'r.s.a', 'allocataire'];
const ML = ['mission locale', 'missions locales'];
const ASE = ['ase', 'aide sociale à l’enfance', 'aide sociale a l'];
const COST = apos(
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'rien à payer',
  'sans frais',
  'aucun frais',
  'ne coûte rien',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
);
const BATTEDOU = ['battedou', 'responsable accompagnement'];
const VELLA = ['vella'];

/** The agreement does not say / does not cover it. */
const NOT_SAID = apos(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne précise pas',
  'ne précise rien',
  'ne le précise',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'aucune indication',
  'ne mentionne pas',
  'ne mentionne rien',
  'pas mentionné',
  'n’aborde pas',
  'ne traite pas',
  'ne figure pas',
  'ne donne pas',
  'pas d’information',
  'ne fixe pas',
  'ne parle pas',
  'pas indiqué',
  'pas précisé',
  'n’indique pas',
  'ne l’indique',
  'ne détaille pas',
  'ne contient pas',
  'rien sur',
  'je ne sais pas',
  'je n’ai pas',
  'ne permet pas de',
  'pas de réponse',
);
/** Not covered, or a plain « I cannot » for what has nothing to do with the bot. */
const CANNOT = [...NOT_SAID, ...apos('ne peux pas', 'pas en mesure', 'je ne peux')];

/** Figures not available yet. */
const NO_DATA = apos(
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'pas de chiffre',
  'aucune donnée',
  'pas de donnée',
  'aucun indicateur',
  'ne dispose pas',
  'pas connu',
  'aucune entrée',
  'aucune prescription',
  'aucun résultat',
  'pas de résultat',
  '0 /',
  '0/',
  ' 0 entrée',
  ' 0 prescription',
  'je n’ai pas',
  'pas en mesure',
);

// ── Verdicts ──────────────────────────────────────────────────────────────────

const YES = [
  'éligible',
  'oui',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut être prescrit',
  'peut être orienté',
  'peut y',
  'remplit les conditions',
  'correspond',
  '✅',
];
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible'];
const NO = apos(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'n’est pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'réservé',
  'ne relève pas',
  'pas concerné',
  'non,',
  'non.',
  '❌',
);
const NOT_NO = [
  'oui, il est éligible',
  'oui il est éligible',
  'oui, elle est éligible',
  'oui elle est éligible',
  'oui, il peut',
  'oui il peut',
  'oui, elle peut',
  'oui elle peut',
];

// ── Agenda words ──────────────────────────────────────────────────────────────

const FULL = apos(
  'complet',
  'plus de place',
  'aucune place',
  'pas de place',
  ' 0 place',
  'places : 0',
  'places disponibles : 0',
  'plus aucune',
  'il ne reste pas',
  'il ne reste plus',
);
const NONE = apos(
  'aucun',
  'rien',
  'pas de ',
  'pas d’',
  'n’y a pas',
  'ne trouve pas',
  'pas prévu',
  'ne vois pas',
  'pas encore de',
);
const CASTEL = ['castelsarrasin', 'castel'];
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

// ── Prescription, help, small talk ───────────────────────────────────────────

const FORM = apos('formulaire', 'prescription', 'panda', 'adhésion', 'inscri', 'fiche');
const HELP = ['prescri', 'agenda', 'dispositif', 'éligib', 'prépa compétences', 'calendrier'];
const GREET = ['bonjour', 'salut', 'hello', 'bienvenue', 'bonsoir'];
const CANCEL = apos('annul', 'd’accord', 'ok', 'pas de souci', 'entendu', 'c’est noté', 'arrêt', 'abandon', 'très bien');

export const HUNDRED_THIRD_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──────────────────────────────────────────────────────────────
  c('b103-dispo-prepa-who-duration', ['two-questions'], [
    turn('prepa comp en 2 mots c pour qui et ca dure cb de temps ? jai une reunion d equipe a 15h', 'dispositif', [
      [...RSA, 'éloignées de l’emploi', "éloignées de l'emploi", 'peu ou pas qualifi', 'demandeurs d’emploi', "demandeurs d'emploi"],
      PREPA_DUR,
    ], ['13 semaines']),
  ]),
  c('b103-dispo-prepa-volets', ['follow-up'], [
    turn('rappel moi la diff entre volet 1 et volet 2 de la prepa stp, je melange tjrs', 'dispositif', [
      ['consolid', 'projet professionnel', 'diagnostic de faisabilité'],
      ['sécuris'],
    ], ['13 semaines']),
    turn('et ca dure cb chacun ?', 'dispositif', [V1_DUR, V2_DUR], ['13 semaines']),
  ]),
  c('b103-dispo-prepa-remote', [], [
    turn('ma dame a pas de voiture elle est a beaumont, la prepa comp ca peut se faire a distance ou faut venir au centre ?', 'dispositif', [
      ['distance', 'distanciel'],
    ]),
  ]),
  c('b103-dispo-prepa-spread', [], [
    turn('les jours de prepa comp ils sont etales sur combien de temps ? elle peut pas venir tous les jours d affilee', 'dispositif', [
      TWO_WEEKS,
    ], ['13 semaines']),
  ]),
  c('b103-dispo-pec-days-end', ['two-questions'], [
    turn('competences pec cb de jours au total et ca debouche sur quoi a la fin ?', 'dispositif', [PEC_DUR, CERTIFS], [
      '2 à 8 jours',
      '13 semaines',
    ]),
  ]),
  c('b103-dispo-promo-days-duration', ['follow-up'], [
    turn('la promo 1618 c du lundi au vendredi ? la maman demande pour les trajets', 'dispositif', [MON_THU]),
    turn('et ca dure combien en tout ? une collegue m a dit 4 mois moi j avais 3', 'dispositif', [PROMO_DUR, PROMO_MAX], [
      '2 à 8 jours',
    ]),
  ]),
  c('b103-dispo-pec-portfolio', [], [
    turn('c quoi ce portefeuille de competences dont parle le flyer competences pec', 'dispositif', [['portefeuille']]),
  ]),
  c('b103-dispo-promo-prescriber', ['two-questions'], [
    turn('qui peut orienter sur la promo 1618 ? nous au CD ou c que la ML ? et pour nos jeunes ASE ?', 'dispositif', [
      [...ML, 'cio', 'c.i.o'],
      ASE,
    ]),
  ]),
  c('b103-dispo-prepa-cost', [], [
    turn('question bete mais ca coute qqch au departement quand on prescrit une prepa comp ? mon chef demande', 'dispositif', [
      COST,
    ], ['€', 'euros']),
  ]),
  c('b103-dispo-prepa-pay', [], [
    turn('une dame BRSA me demande si elle est remuneree pendant la prepa comp, tu sais ?', 'dispositif', [NOT_SAID], [
      '€',
      'euros',
    ]),
  ]),
  c('b103-dispo-report', ['two-questions'], [
    turn('a la fin de la prepa on recoit un retour de l afpa ? genre un bilan ? c envoye a qui', 'dispositif', [
      ['bilan'],
      ['référent', 'referent'],
    ]),
  ]),
  c('b103-dispo-panda', [], [
    turn('cest quoi panda exactement, on me parle que de ca', 'dispositif', [
      ['plateforme', 'traçabilité', 'outil', 'tracer', 'trace'],
    ]),
  ]),
  c('b103-dispo-where', [], [
    turn('les parcours prepa et pec c uniquement au centre de montauban ? mes BRSA sont du cote de nègrepelisse', 'dispositif', [
      ['délocalis', 'ensemble du département', 'tout le département', 'distance'],
    ]),
  ]),
  c('b103-dispo-pec-phases-vae-clea', ['follow-up'], [
    turn('competences pec ca se passe comment concretement, les phases ?', 'dispositif', [
      ['reconnaissance des acquis', 'ateliers individualisés', 'ateliers individualises'],
      ['positionnement'],
    ]),
    turn('et la vae dedans ca prend cb de temps', 'dispositif', [
      ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
    ]),
    turn('et clea ?', 'dispositif', [['1 jour', 'une journée', 'un jour', '1 journée']]),
  ]),
  c('b103-dispo-rsfp', [], [
    turn('rsfp c pour qui deja ? pas compris la diff avec la vae', 'dispositif', [
      ['prérequis', 'pré-requis', 'pre-requis'],
    ]),
  ]),
  c('b103-dispo-clea-numerique', [], [
    turn('clea numerique vous faites ? j ai plein de BRSA qui savent pas envoyer un mail', 'dispositif', [
      ['clea numérique', 'cléa numérique'],
    ]),
  ]),
  c('b103-dispo-fle', [], [
    turn('g une dame BRSA primo arrivante qui parle peu francais, l afpa a un truc FLE ?', 'dispositif', [
      ['français à visée professionnelle', 'français langue étrangère', 'fle'],
    ]),
  ]),
  c('b103-dispo-promo-phases-after', ['follow-up'], [
    turn('promo 1618 les differentes phases c quoi', 'dispositif', [
      ['engagement'],
      ['construction'],
    ], ['2 à 8 jours']),
    turn('et apres le programme ils sont lachés dans la nature ?', 'dispositif', [
      ['6 mois', 'six mois'],
    ]),
  ]),
  c('b103-dispo-promo-engagement', [], [
    turn('la phase d engagement de la promo ca dure cb', 'dispositif', [['1 semaine', 'une semaine']]),
  ]),
  c('b103-dispo-agreement-term', ['two-questions'], [
    turn('la convention CD afpa elle court jusqu a quand ? elle est encore valable en 2027 ??', 'dispositif', [
      ['2 ans', 'deux ans'],
      ['2022'],
      ['avenant', 'prolong', 'reconduit', 'poursuite', '2023'],
    ]),
  ]),
  c('b103-dispo-prepa-other-of', [], [
    turn('la prepa volet 2 c juste pour entrer en formation a l afpa ou ca marche pour un autre OF ? elle vise aide soignante a l ifsi', 'dispositif', [
      ['autre organisme', 'hors afpa', 'hors a.f.p.a', 'autres organismes'],
    ]),
  ]),
  c('b103-dispo-copil-reports', ['follow-up', 'two-questions'], [
    turn('le comite de pilotage il se reunit qd ?', 'dispositif', [['fois par an', 'annuel', 'trimestri', 'par trimestre']]),
    turn('et l afpa fait remonter quoi comme chiffres et a qui ? dgefp ? ddets ?', 'dispositif', [
      ['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'],
      ['mensuel', 'chaque mois', 'tous les mois', 'trimestri', 'annuel'],
    ]),
  ]),
  c('b103-dispo-logos', [], [
    turn('je fais une affiche pour notre forum insertion de mars avec prepa comp dessus, faut mettre quels logos ?', 'dispositif', [
      ['état', 'etat'],
      apos('plan d’investissement', 'pic', 'p.i.c'),
    ]),
  ]),
  c('b103-dispo-semester-meeting', [], [
    turn('l afpa vient nous presenter ses actions en reunion d equipe ? c tous les combien', 'dispositif', [
      ['semestre', 'deux fois par an', '2 fois par an', 'semestri'],
    ]),
  ]),
  c('b103-dispo-kit', [], [
    turn('y a un kit ou un flyer pour presenter prepa comp aux allocs ? le mien date de 2022', 'dispositif', [
      ['kit', 'flyer', 'argumentaire'],
    ]),
  ]),
  c('b103-dispo-chantiers', [], [
    turn('l afpa peut preparer des gens avant un chantier d insertion ? on a un ACI qui demarre a moissac', 'dispositif', [
      ['gestes techniques', 'chantier', 'clauses sociales'],
    ]),
  ]),
  c('b103-dispo-correction-pec', ['correction', 'follow-up'], [
    turn('prepa comp ca dure combien deja', 'dispositif', [PREPA_DUR], ['13 semaines']),
    turn('ah non pardon je voulais dire competences pec', 'dispositif', [PEC_DUR], ['13 semaines']),
  ]),

  // ── agenda ──────────────────────────────────────────────────────────────────
  c('b103-agenda-infocoll-prepa', [], [
    turn('slt, les prochaines info coll prepa comp svp ? j ai 3 BRSA a positionner', 'agenda', [on('2027-01-14'), on('2027-01-21')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-02-09'),
      ...notOn('2027-03-17'),
    ]),
  ]),
  c('b103-agenda-two-towns', ['two-questions'], [
    turn('pour mes BRSA : lundi 18 a moissac et jeudi 21 a castel il y a quoi ?', 'agenda', [
      on('2027-01-21'),
      CASTEL,
      NONE,
    ], notOn('2027-01-07')),
  ]),
  c('b103-agenda-v2-full-next', ['follow-up'], [
    turn('la prepa volet 2 du 25 a montauban il reste de la place ?', 'agenda', [FULL]),
    turn('ok et la prochaine volet 2 avec des places ?', 'agenda', [on('2027-02-15'), CASTEL, seats(5)], notOn('2027-01-18')),
  ]),
  c('b103-agenda-places-welding-forklift', ['two-questions'], [
    turn('places dispo en soudure ? et en cariste ?', 'agenda', [
      seats(4),
      seats(6),
      ['soudeur', 'soudure'],
      ['cariste'],
    ], otherTrainings('soudeur', 'cariste', 'préparateur')),
  ]),
  c('b103-agenda-plaquiste-then-mason', ['follow-up'], [
    turn('il reste de la place en plaquiste ? j ai un monsieur motivé', 'agenda', [FULL, ['plaquiste']]),
    turn('et en maçon il reste combien de places et ca commence quand', 'agenda', [seats(3), on('2027-02-15')], [
      'soudeur',
      'cariste',
      'agent de propreté',
      'agent de restauration',
    ]),
  ]),
  c('b103-agenda-building-meeting', ['two-questions'], [
    turn('la reunion metier batiment c quand et ou ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b103-agenda-jpo-moissac', ['follow-up'], [
    turn('les jpo a venir ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [exactly('2027-02-17'), ['moissac']], notOn('2027-02-03')),
  ]),
  c('b103-agenda-welding-visit-time-seats', ['two-questions'], [
    turn('la visite plateau soudure du 19 c a quelle heure ? et reste des places ?', 'agenda', [
      ['14h', '14:00', '14 h'],
      seats(8),
    ], notOn('2027-03-10')),
  ]),
  c('b103-agenda-visits-electricity', ['follow-up'], [
    turn('vous avez des visites de plateaux techniques de prevues ?', 'agenda', [on('2027-01-19'), on('2027-03-10')], notOn('2027-01-26')),
    turn('celle de l electricite il y a cb de places', 'agenda', [seats(8)]),
  ]),
  c('b103-agenda-pec-a2-a3', ['two-questions', 'follow-up'], [
    turn('prochaine entree competences pec atelier 2 ? ya de la place ?', 'agenda', [on('2027-01-20'), seats(4)], notOn('2027-02-10')),
    turn('et l atelier 3 c quand ?', 'agenda', [on('2027-02-10')], notOn('2027-01-20')),
  ]),
  c('b103-agenda-promo-entry-infocoll', ['two-questions'], [
    turn('prochaine entree promo 1618 ? et l info coll pour les jeunes et les parents c quand ?', 'agenda', [
      on('2027-02-01'),
      on('2027-03-17'),
    ]),
  ]),
  c('b103-agenda-prepa-remote', [], [
    turn('une session prepa a distance bientot ? ma BRSA habite a lauzerte pas de permis pas de bus', 'agenda', [
      on('2027-02-08'),
      ['distan', 'classe virtuelle'],
    ], notOn('2027-02-15')),
  ]),
  c('b103-agenda-this-week', [], [
    turn('cette semaine y a quoi ?', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
  ]),
  c('b103-agenda-next-week', [], [
    turn('bon je prepare les 2 semaines qui viennent : semaine pro (du 18 au 24) y a quoi comme evenements et entrees ?', 'agenda', [
      on('2027-01-18'),
      on('2027-01-19'),
      on('2027-01-20'),
      on('2027-01-21'),
    ], [...notOn('2027-01-14'), ...notOn('2027-01-26')]),
  ]),
  c('b103-agenda-valence-moissac', ['two-questions'], [
    turn('info coll a valence d agen c quand ? et a moissac aussi il y en a une ?', 'agenda', [
      on('2027-03-04'),
      ['valence'],
      on('2027-02-09'),
    ]),
  ]),
  c('b103-agenda-correction-montauban', ['correction'], [
    turn('y a une info coll prepa a castel en fevrier ? ah non pardon je voulais dire montauban', 'agenda', [
      exactly('2027-02-11'),
      ['montauban'],
    ], notOn('2027-03-04')),
  ]),
  c('b103-agenda-correction-caussade', ['correction', 'follow-up'], [
    turn('info coll prepa a castel ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
    turn('non pardon je voulais dire caussade', 'agenda', [NONE, ['caussade']]),
  ]),
  c('b103-agenda-correction-volet', ['correction', 'follow-up'], [
    turn('prochaine prepa volet 2 a montauban ?', 'agenda', [FULL]),
    turn('ah non c volet 1 pas 2', 'agenda', [on('2027-01-18'), seats(6)], notOn('2027-02-15')),
  ]),
  c('b103-agenda-logistics-places', [], [
    turn('info places : il y a quoi en logistique ?', 'agenda', [
      ['cariste'],
      ['préparateur de commandes', 'preparateur de commandes'],
    ], otherTrainings('cariste', 'préparateur')),
  ]),
  c('b103-agenda-cleaning-moissac', ['two-questions'], [
    turn('formation agent de proprete a moissac il reste cb de places et ca commence qd', 'agenda', [seats(7), on('2027-02-22')]),
  ]),
  c('b103-agenda-electrician', [], [
    turn('electricien il reste des places ? la personne finit sa prepa comp fin fevrier donc faudrait apres', 'agenda', [
      seats(2),
      on('2027-03-08'),
    ], otherTrainings('électricien')),
  ]),
  c('b103-agenda-logistics-meeting', ['two-questions'], [
    turn('la reunion logistique du 26 il reste de la place ? et c a quelle heure', 'agenda', [
      seats(15),
      ['9h', '9:00', '09:00', '9 h', '09h'],
    ]),
  ]),
  c('b103-agenda-two-mondays', ['two-questions'], [
    turn('lundi 18 et lundi 25 ya des entrees prepa ? lequel a encore de la place', 'agenda', [
      on('2027-01-18'),
      seats(6),
      FULL,
    ]),
  ]),
  c('b103-agenda-restauration-caussade', [], [
    turn('agent de restauration a caussade ca demarre qd ?', 'agenda', [on('2027-03-15'), ['caussade']]),
  ]),
  c('b103-agenda-pec-infocoll-followups', ['follow-up'], [
    turn('des info coll competences pec prevues ? j ai 2 salariés PEC en asso', 'agenda', [on('2027-02-09'), ['moissac']], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
    ]),
    turn('il reste de la place ?', 'agenda', [seats(10)]),
    turn('et a montauban ?', 'agenda', [NONE], [...notOn('2027-01-14'), ...notOn('2027-02-11')]),
  ]),
  c('b103-agenda-march-montauban', [], [
    turn('en mars y a quoi comme evenements a montauban ?', 'agenda', [on('2027-03-10'), on('2027-03-17')], notOn('2027-03-04')),
  ]),
  c('b103-agenda-missed-jpo-lunch', ['follow-up'], [
    turn('j ai loupé la jpo du 7 janvier, y en a une autre bientot ?', 'agenda', [on('2027-02-03')]),
    turn('pour celle la faut prevoir quoi ? ils peuvent manger sur place ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b103-agenda-two-tuesdays', ['two-questions'], [
    turn('mardi 19 et mardi 26 j ai une voiture de service pour emmener un groupe, il y a quoi ces jours la a l afpa ?', 'agenda', [
      on('2027-01-19'),
      ['soudure', 'soudeur'],
      on('2027-01-26'),
      ['logistique', 'cariste'],
    ]),
  ]),
  c('b103-agenda-moissac-prepa', ['follow-up'], [
    turn('prochaines entrees prepa volet 1 ?', 'agenda', [on('2027-01-18')], notOn('2027-02-15')),
    turn('et a moissac ?', 'agenda', [exactly('2027-03-08'), ['moissac']], notOn('2027-02-15')),
    turn('il reste de la place ?', 'agenda', [seats(6)]),
  ]),
  c('b103-agenda-promo-seats', ['follow-up'], [
    turn('la promo 1618 de fevrier a montauban', 'agenda', [on('2027-02-01')]),
    turn('cb de places ?', 'agenda', [seats(10)]),
  ]),

  // ── eligibility ─────────────────────────────────────────────────────────────
  c('b103-elig-rsa-not-ft', [], [
    turn('BRSA 45 ans pas inscrit a FT, veut aller vers la logistique mais pas sur de son projet, prepa comp possible ?', 'eligibility', [
      YES,
    ], NOT_YES),
  ]),
  c('b103-elig-ase-17-then-15', ['follow-up'], [
    turn('jeune ASE 17 ans, a lache le lycee en octobre, fait rien depuis, promo 1618 ?', 'eligibility', [YES], NOT_YES),
    turn('et un autre jeune ASE de 15 ans decrocheur aussi ?', 'eligibility', [NO, ['16']], NOT_NO),
  ]),
  c('b103-elig-19-ml', [], [
    turn('jeune 19 ans suivi ML, sorti du lycee sans diplome, la promo 1618 ca peut le faire ?', 'eligibility', [
      NO,
      ['mineur', '16', '17', '18 ans'],
    ], NOT_NO),
  ]),
  c('b103-elig-pec-employer', [], [
    turn('monsieur BRSA en contrat PEC a la mairie depuis 2 mois, il peut faire competences pec ?', 'eligibility', [
      YES,
      ['employeur'],
    ], NOT_YES),
  ]),
  c('b103-elig-no-pec-contract', [], [
    turn('BRSA sans contrat PEC, il voudrait faire une VAE, je peux le mettre sur competences pec ?', 'eligibility', [
      NO,
      ['pec', 'parcours emploi compétences', 'contrat'],
    ], NOT_NO),
  ]),
  c('b103-elig-apprentice', [], [
    turn('jeune ASE 17 ans mais il est deja en apprentissage chez un boulanger, promo 1618 ?', 'eligibility', [
      NO,
      apos('ni en formation', 'pas en formation', 'ne travaill', 'ni en emploi', 'décroch', 'formation', 'travaill', 'emploi'),
    ], NOT_NO),
  ]),
  c('b103-elig-still-at-school', [], [
    turn('une jeune de 16 ans encore au lycee mais qui decroche un peu, promo 1618 ?', 'eligibility', [
      NO,
      ['quitté', 'décroch', 'pas en formation', 'ni en formation', 'scolaris', 'lycée', 'sortie'],
    ], NOT_NO),
  ]),
  c('b103-elig-rqth-v2', [], [
    turn('dame RSA inscrite FT, 58 ans, RQTH, elle a un projet aide soignante et veut securiser son entree en formation dans un autre OF, prepa comp ok ?', 'eligibility', [
      YES,
      ['volet 2', 'sécuris'],
    ], NOT_YES),
  ]),
  c('b103-elig-ass-not-rsa', [], [
    turn('un monsieur ASS suivi par FT (pas au RSA), le CD peut lui prescrire une prepa comp ?', 'eligibility', [
      RSA,
      ['france travail', 'pôle emploi', 'pole emploi', 'ft'],
    ]),
  ]),
  c('b103-elig-ml-17', [], [
    turn('jeune 17 ans pas ASE, suivi par la ML, sorti du college l an dernier, ni formation ni boulot, promo 1618 ?', 'eligibility', [
      YES,
    ], NOT_YES),
  ]),
  c('b103-elig-pec-employer-followup', ['follow-up'], [
    turn('une dame BRSA en PEC dans une asso depuis 6 mois, competences pec c jouable ?', 'eligibility', [YES], NOT_YES),
    turn('l employeur doit etre d accord ?', 'eligibility', [['accord'], ['employeur']]),
  ]),
  c('b103-elig-ase-working', [], [
    turn('jeune ASE 17 ans, a un CAP et bosse en interim depuis l ete, promo 1618 possible ?', 'eligibility', [NO], NOT_NO),
  ]),
  c('b103-elig-single-mum', [], [
    turn('BRSA 30 ans maman solo, pas de mode de garde le mercredi, prepa comp possible ? je dois verifier qqch avant ?', 'eligibility', [
      YES,
      ['garde', 'conditions matérielles', 'mobilité'],
    ], NOT_YES),
  ]),
  c('b103-elig-ase-16-parents', [], [
    turn('jeune ASE 16 ans, les parents sont pas joignables, il faut une autorisation parentale pour la promo ?', 'eligibility', [
      ['autorisation'],
    ]),
  ]),
  c('b103-elig-rsa-62', [], [
    turn('monsieur 62 ans BRSA, il veut se former en cariste avant la retraite, prepa comp il est trop vieux ou pas ?', 'eligibility', [
      YES,
    ], NOT_YES),
  ]),
  c('b103-elig-age-change', ['follow-up', 'correction'], [
    turn('jeune ASE 17 ans decrocheur, promo 1618 ?', 'eligibility', [YES], NOT_YES),
    turn('ah non pardon il a 15 ans et demi', 'eligibility', [NO, ['16']], NOT_NO),
  ]),
  c('b103-elig-buried', ['rambling'], [
    turn(
      'alors je t explique, j ai vu mme D. ce matin, elle est au RSA depuis 3 ans, pas inscrite a FT, 2 enfants scolarisés, elle a fait du menage en EHPAD avant, elle voudrait bien faire agent de proprete mais elle sait pas si ca lui plait vraiment et elle a peur de pas suivre en formation, bref est ce qu elle peut faire prepa comp avant ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),

  // ── out_of_scope ────────────────────────────────────────────────────────────
  c('b103-oos-bring-infocoll', [], [
    turn('qu est ce qu ils doivent amener a l info coll du 14 ? CV ? piece d identite ?', 'out_of_scope', [NOT_SAID], [
      'munissez',
      'se munir',
    ]),
  ]),
  c('b103-oos-transport-meals', ['follow-up'], [
    turn('le transport jusqu a montauban est rembourse aux stagiaires prepa comp ?', 'out_of_scope', [NOT_SAID], [
      'indemnités kilométriques',
    ]),
    turn('et les tickets resto ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b103-oos-driving-licence', [], [
    turn('l afpa fait des formations permis B pour les BRSA ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b103-oos-rsa-amount', [], [
    turn('c quoi le montant du RSA pour un couple sans enfant deja ?', 'out_of_scope', [CANNOT], ['€', 'euros']),
  ]),
  c('b103-oos-mdph', [], [
    turn('vous pouvez aider un monsieur a remplir son dossier MDPH pour la RQTH ?', 'out_of_scope', [CANNOT]),
  ]),
  c('b103-oos-housing', [], [
    turn('il y a un internat ou un hebergement a l afpa de montauban pour ceux qui viennent de loin ?', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b103-oos-weather', [], [
    turn('tu peux me donner la meteo de jeudi pour l info coll de castel, on y va a pied depuis la gare', 'out_of_scope', [CANNOT]),
  ]),
  c('b103-oos-salary', [], [
    turn('c quoi le salaire d un cariste a la sortie de formation ?', 'out_of_scope', [CANNOT], ['€', 'euros']),
  ]),
  c('b103-oos-late-entry', [], [
    turn('la prepa v1 qui commence le 18 a montauban, si ma personne peut venir que a partir du mercredi 20 elle peut prendre en cours de route ?', 'out_of_scope', [
      NOT_SAID,
    ], NOT_NO),
  ]),
  c('b103-oos-infocoll-time-bring', ['follow-up'], [
    turn('info coll de castel le 21 c a quelle heure', 'agenda', [['14h', '14:00', '14 h']]),
    turn('et ils doivent ramener quoi ?', 'out_of_scope', [NOT_SAID], ['munissez', 'se munir']),
  ]),
  c('b103-oos-caces', [], [
    turn('est ce que l afpa finance le CACES pour la formation cariste ?', 'out_of_scope', [NOT_SAID]),
  ]),

  // ── contact ─────────────────────────────────────────────────────────────────
  c('b103-contact-prepa-phone', ['follow-up'], [
    turn('qui je contacte a l afpa pour la prepa comp ?', 'contact', [BATTEDOU]),
    turn('tu as son numero de tel ?', 'contact', [NOT_SAID], ['05 63', '+33']),
  ]),
  c('b103-contact-director', [], [
    turn('c qui le directeur du centre afpa de montauban deja', 'contact', [VELLA]),
  ]),
  c('b103-contact-cd-referent', [], [
    turn('c qui au CD le referent de l experimentation ?', 'contact', [
      apos('désign', 'ne précise pas', 'ne nomme pas', 'pas nommé', 'ne donne pas', 'ne cite pas', 'n’indique pas'),
    ]),
  ]),
  c('b103-contact-agreement-followup', ['two-questions'], [
    turn('qui suit l accord cote departement et cote afpa ?', 'contact', [['weill', 'président'], VELLA]),
  ]),
  c('b103-contact-promo-issue', [], [
    turn('pour un souci sur une inscription promo 1618 je vois avec qui a l afpa', 'contact', [[...BATTEDOU, ...VELLA]]),
  ]),
  c('b103-contact-coordination', ['follow-up'], [
    turn('qui coordonne les dispositifs dans le 82 ?', 'contact', [VELLA]),
    turn('et le deploiement au quotidien ?', 'contact', [BATTEDOU]),
  ]),

  // ── figures ─────────────────────────────────────────────────────────────────
  c('b103-figures-prepa-promo-target', ['follow-up'], [
    turn('objectif annuel prepa comp c combien de BRSA ?', 'figures', [target(30)]),
    turn('et l objectif de jeunes ASE sur la promo 1618 ?', 'figures', [target(10), ASE]),
  ]),
  c('b103-figures-pec-target-progress', ['two-questions'], [
    turn('competences pec c quoi l objectif et on en est a combien d entrees ?', 'figures', [target(50), NO_DATA]),
  ]),
  c('b103-figures-success-rate', [], [
    turn('taux de reussite aux examens des BRSA passes par l afpa en 2026 ?', 'figures', [[...NO_DATA, ...NOT_SAID]]),
  ]),
  c('b103-figures-all-targets', ['follow-up'], [
    turn('pour le copil de fevrier : les objectifs du plan d action par dispositif ?', 'figures', [target(30), target(50), target(10)]),
    turn('et ils sont atteints ?', 'figures', [[...NO_DATA, ...NOT_SAID]]),
  ]),
  c('b103-figures-jpo-participants', [], [
    turn('combien de nos allocataires sont venus a la jpo du 7 janvier ?', 'figures', [[...NO_DATA, ...NOT_SAID]]),
  ]),
  c('b103-figures-promo-national', [], [
    turn('la promo 1618 au niveau national c quoi l objectif de sorties positives ?', 'figures', [
      ['70 %', '70%', '70 pour cent', 'soixante-dix'],
    ]),
  ]),
  // ── prescribe ───────────────────────────────────────────────────────────────
  c('b103-prescribe-prepa', [], [
    turn('je veux prescrire une prepa comp pour mme R, BRSA', 'prescribe', [FORM]),
  ]),
  c('b103-prescribe-pec-steps', [], [
    turn('comment on prescrit competences pec, c quoi les etapes ?', 'prescribe', [
      ['employeur'],
      apos('adhésion', 'accord', 'informe', 'inscri', 'formulaire', 'panda'),
    ]),
  ]),
  c('b103-prescribe-panda-who', [], [
    turn('je dois inscrire moi meme la personne sur panda ou c l afpa qui le fait ?', 'prescribe', [
      ['panda'],
      ['habilit', 'référent', 'referent', 'vous'],
    ]),
  ]),
  c('b103-prescribe-then-cancel', ['follow-up', 'cancel'], [
    turn('je veux inscrire un jeune ASE 17 ans sur la promo 1618', 'prescribe', [FORM]),
    turn('laisse tomber je le ferai lundi', 'other', [CANCEL]),
  ]),
  c('b103-prescribe-session', [], [
    turn('prescrire prepa comp volet 1 pour la session du 18 a montauban stp', 'prescribe', [FORM]),
  ]),
  c('b103-prescribe-checks', ['two-questions'], [
    turn('avant de prescrire je dois verifier quoi avec la personne ? et c moi qui l inscris ?', 'prescribe', [
      apos('adhésion', 'accord', 'informe'),
      ['mobilité', 'garde', 'conditions matérielles', 'panda', 'inscri'],
    ]),
  ]),
  c('b103-prescribe-form', [], [
    turn('tu peux m envoyer le formulaire de prescription stp', 'prescribe', [FORM]),
  ]),
  c('b103-prescribe-after-check', ['follow-up'], [
    turn('BRSA 40 ans non inscrite FT, prepa comp possible ?', 'eligibility', [YES], NOT_YES),
    turn('ok je la prescris alors', 'prescribe', [FORM]),
  ]),

  // ── other ───────────────────────────────────────────────────────────────────
  c('b103-other-hello', [], [turn('bjr', 'other', [GREET])]),
  c('b103-other-what-can-you-do', [], [turn('tu sais faire quoi au juste ?', 'other', [HELP])]),
  c('b103-other-thanks-weekend', ['follow-up'], [
    turn('les entrees competences pec avec de la place ?', 'agenda', [on('2027-01-20'), seats(4)]),
    turn('merci bon we', 'other', [
      apos('bon week', 'bon we', 'de rien', 'avec plaisir', 'bonne fin', 'je vous en prie', 'à votre service', 'bonne journée', 'bonne soirée', 'à bientôt'),
    ]),
  ]),
  c('b103-other-cancel', [], [turn('annule', 'other', [CANCEL])]),
];
