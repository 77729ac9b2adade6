/**
 * Ninety-fourth blind set. Who speaks: the trainers and the welcome desk of the AFPA centre of
 * Montauban, answering on behalf of the référents insertion of the Département (CD82) who call
 * or write to them, and the référents themselves, typing as in Teams: abbreviations (prépa comp,
 * PEC, 1618, BRSA, FT, ML, TH, RQTH, CD, ASE, info coll, JPO), no accents, typos, SMS style,
 * long rambling messages with the question buried inside, follow-ups that only make sense
 * after the previous turn.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its 2022-2023 action plan and the protocol of the three programmes), the product
 * guide and the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris),
 * without looking at the bot's code or at any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DAYS = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 ou 6 jours',
  '5 et 6 jours',
  'cinq à six jours',
  '5-6 jours',
  '5 à 6 j',
];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4-8 jours', '4 à 8 j'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', '5 j '];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_PHASES = ['4 phases', 'quatre phases', '4 temps', 'quatre temps', '4 étapes', 'quatre étapes'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'du lundi'];
const HALF_DAY = ['demi-journée', 'demi journée', '1/2 journée'];
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'rien à payer',
  'pris en charge',
  'financé',
  'financement',
  'investissement dans les compétences',
];
const SIX_MONTHS = ['6 mois', 'six mois'];
const ML = ['mission locale', 'missions locales'];
const PREPA = ['prépa compétences', 'prepa comp', 'prépa-compétences'];
const COMP_PEC = ['compétences pec', 'compétences p.e.c', 'compétences-pec', 'comp pec'];
const PROMO = ['promo 16', 'promo1618', '16/18', '16-18', 'promo 1618'];
const AFPA_CONTACT = ['battedou', 'responsable accompagnement et parcours'];

/** « The agreement does not say / does not cover it », in the ways a French answer writes it. */
const NOT_COVERED = [
  'ne prévoit',
  'ne dit rien',
  'ne dit pas',
  'ne précise',
  'pas précisé',
  'hors du',
  'hors de',
  'hors champ',
  'hors périmètre',
  'hors sujet',
  'pas prévu',
  'ne couvre',
  'pas couvert',
  'aucune information',
  'aucune info',
  'ne mentionne',
  'pas mentionné',
  'aucune mention',
  'ne traite',
  'pas traité',
  'ne figure',
  'en parle pas',
  'rien sur',
  'ne fixe',
  'ne donne pas',
  'ne parle pas',
  'ne contient',
  'ne comporte',
  'ne sais pas',
  'pas en mesure',
  'ne peux pas répondre',
  'ne concerne pas',
  'pas d’information',
  "pas d'information",
];
/** Results that nobody has published yet. */
const NOT_YET = [
  ...NOT_COVERED,
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'aucun chiffre',
  'pas de chiffre',
  'ne dispose pas',
  'pas communiqué',
  'aucun résultat',
  'pas de résultat',
  'pas publié',
];

/** A positive verdict. */
const YES = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut faire',
  'peut suivre',
  'peut intégrer',
  'peut être orienté',
  'peut être prescrit',
  'peut y',
  'correspond',
  'relève',
  'adapté',
  'accessible',
  'oui',
];
/** A negative verdict. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne relève pas',
  'ne correspond pas',
  'pas accessible',
  'pas concerné',
  'ne remplit pas',
  'pas possible',
  'trop jeune',
  'trop âgé',
  'réservé',
  'non,',
  'non.',
  'exclu',
];
/** Must not appear when the person is not eligible. */
const NOT_YES = ['est bien éligible', 'oui,', 'oui !', 'peut tout à fait'];
/** Must not appear when the person is eligible. */
const NOT_NO = ['pas éligible', 'non éligible', 'inéligible'];

/** The answer offers the prescription form or explains the steps. */
const FORM = ['formulaire', 'prescription', 'panda', 'inscri', 'adhésion', 'étape'];

// ── The cases ──────────────────────────────────────────────────────────────

export const NINETY_FOURTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c(
    'b94-prepa-duree-puis-volet1',
    ['prepa', 'follow-up'],
    [
      turn('prepa comp ca dure cb de temps en tout ?', 'dispositif', [PREPA_DAYS], ['13 semaines']),
      turn('et le volet 1 ?', 'dispositif', [VOLET1_DAYS], ['13 semaines']),
    ],
  ),
  c(
    'b94-volet1-duree-contenu',
    ['prepa', 'two-questions'],
    [
      turn('slt, le volet 1 de prepa comp il dure cb de jours et on y fait quoi concretement', 'dispositif', [
        VOLET1_DAYS,
        ['projet', 'diagnostic', 'faisabilit'],
      ]),
    ],
  ),
  c(
    'b94-volet2-puis-ou',
    ['prepa', 'follow-up'],
    [
      turn('c koi le volet 2 prepa', 'dispositif', [['sécuris'], VOLET2_DAYS]),
      turn('ok et ca se passe ou ? a distance c possible ?', 'dispositif', [
        ['distance', 'distanciel', 'mixte'],
        ['présentiel', 'montauban', 'castelsarrasin', 'centre'],
      ]),
    ],
  ),
  c(
    'b94-accueil-dame-peur-ecole',
    ['prepa', 'rambling'],
    [
      turn(
        'bonjour, ici l accueil de l afpa montauban, j ai une dame au tel envoyee par sa referente BRSA, elle est tres stressee elle croit que prepa comp c comme l ecole avec des cours et des notes, elle veut savoir ce qu elle va faire concretement, je lui dis quoi ?',
        'dispositif',
        [['atelier'], ['pratique', 'entraînement', 'projet', 'compétences']],
      ),
    ],
  ),
  c(
    'b94-prepa-4-phases',
    ['prepa'],
    [
      turn('les 4 phases de prepa comp c quoi deja, jarrive jamais a men souvenir', 'dispositif', [
        ['préparer'],
        ['engager'],
        ['réfléchir'],
        ['agir'],
      ]),
    ],
  ),
  c(
    'b94-prepa-pour-qui',
    ['prepa'],
    [
      turn('prepa comp cest pour qui exactement ? on m a demande a la reunion d equipe', 'dispositif', [
        ['éloigné', 'peu ou pas qualifi', 'rsa', 'allocataire'],
      ]),
    ],
  ),
  c(
    'b94-prepa-cout-cd',
    ['prepa', 'cost'],
    [
      turn(
        'combien ca coute prepa comp pour le CD ?? on doit payer qqch a l afpa ?',
        'dispositif',
        [FREE],
        ['€'],
      ),
    ],
  ),
  c(
    'b94-prepa-qui-prescrit',
    ['prepa'],
    [
      turn('qui prescrit prepa comp ? nous au CD ou c FT ?', 'dispositif', [
        ['département', 'référent', 'services compétents', 'conseil départemental', 'cd82', 'directement'],
      ]),
    ],
  ),
  c(
    'b94-prepa-fin-bilan',
    ['prepa', 'report', 'two-questions'],
    [
      turn(
        'je suis formatrice prepa comp, a la fin du parcours on fait un compte rendu ? et il part a qui',
        'dispositif',
        [['bilan'], ['référent']],
      ),
    ],
  ),
  c(
    'b94-pec-duree-contenu-bilan',
    ['pec', 'two-questions', 'report', 'follow-up'],
    [
      turn(
        'competences pec ca dure combien et c est sur quoi ?',
        'dispositif',
        [PEC_DAYS, ['vae', 'rsfp', 'cléa', 'certification', 'portefeuille']],
        ['13 semaines', '2 à 8 jours'],
      ),
      turn('et a la fin qui recoit le bilan ?', 'dispositif', [['référent', 'conseiller']]),
    ],
  ),
  c(
    'b94-pec-phase2-ateliers',
    ['pec'],
    [
      turn('la phase 2 de comp PEC c combien d ateliers ? et ils durent combien', 'dispositif', [
        ['6 ateliers', 'six ateliers'],
        HALF_DAY,
      ]),
    ],
  ),
  c(
    'b94-pec-vae-puis-rsfp',
    ['pec', 'follow-up', 'two-questions'],
    [
      turn('la VAE dans comp PEC c combien de jours et c quoi les etapes', 'dispositif', [
        ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'],
        ['recevabilit', 'évaluation'],
      ]),
      turn('et pour un qui a pas les prerequis pour la vae ?', 'dispositif', [
        ['rsfp', 'reconnaissance des savoir'],
      ]),
    ],
  ),
  c(
    'b94-pec-clea-duree',
    ['pec'],
    [
      turn('clea socle dans la pec c combien de temps ?', 'dispositif', [
        ['1 jour', 'une journée', 'un jour', '1 journée'],
      ]),
    ],
  ),
  c(
    'b94-pec-employeur',
    ['pec', 'employer', 'two-questions'],
    [
      turn(
        'question d un formateur : dans competences pec l employeur il a quel role ? faut son accord avant ?',
        'dispositif',
        [['accord', 'accepte'], ['employeur']],
      ),
    ],
  ),
  c(
    'b94-pec-portefeuille',
    ['pec', 'two-questions'],
    [
      turn("c'est quoi le portefeuille de competences ds la pec ? tout le monde en a un ?", 'dispositif', [
        ['portefeuille'],
        ['chaque', 'systématique', 'tous', 'tout le monde', 'chacun'],
      ]),
    ],
  ),
  c(
    'b94-pec-quand-demarrer',
    ['pec'],
    [
      turn('comp PEC on peut le demarrer quand ? le monsieur est a 3 mois de son contrat', 'dispositif', [
        [
          'signature',
          'premiers mois',
          'dès le début',
          'début du contrat',
          'durée du pec',
          'durée du contrat',
        ],
      ]),
    ],
  ),
  c(
    'b94-promo-duree-jours',
    ['promo', 'two-questions', 'follow-up'],
    [
      turn('promo 1618 combien de semaines et c du lundi au vendredi ?', 'dispositif', [
        PROMO_LENGTH,
        MON_THU,
      ]),
      turn('et le vendredi ils font quoi alors', 'out_of_scope', [
        [...NOT_COVERED, 'lundi au jeudi', 'jeudi'],
      ]),
    ],
  ),
  c(
    'b94-promo-parents',
    ['promo', 'parents'],
    [
      turn('les parents ils font quoi dans la promo 16 18 ? ils doivent venir ?', 'dispositif', [
        ['autorisation', 'engag', 'première semaine', 'pièces administratives'],
      ]),
    ],
  ),
  c(
    'b94-promo-phases-3-tours',
    ['promo', 'follow-up'],
    [
      turn('c quoi les phases de la promo ?', 'dispositif', [['engagement'], ['construction']]),
      turn('la construction phase 2 elle dure cb', 'dispositif', [['6 semaines', 'six semaines']]),
      turn('et apres la sortie y a un suivi ?', 'dispositif', [SIX_MONTHS, ML]),
    ],
  ),
  c(
    'b94-promo-combien-phases',
    ['promo'],
    [turn('la promo 1618 y a combien de phases en tout ?', 'dispositif', [PROMO_PHASES], ['5 phases'])],
  ),
  c(
    'b94-prepa-semaines',
    ['prepa'],
    [
      turn(
        'prepa comp ca s etale sur combien de semaines ? pour caler avec la garde des enfants',
        'dispositif',
        [TWO_WEEKS],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b94-promo-mobilite',
    ['promo', 'two-questions'],
    [
      turn('la periode de mobilite dans la promo 1618 c ou ? ils partent longtemps ?', 'dispositif', [
        ['village'],
        ['2 semaines', 'deux semaines'],
      ]),
    ],
  ),
  c(
    'b94-promo-duree-max',
    ['promo'],
    [
      turn(
        'un jeune a besoin de temps entre les phases, la promo peut durer plus que 3 mois ?',
        'dispositif',
        [PROMO_MAX],
      ),
    ],
  ),
  c(
    'b94-ou-se-passent',
    ['place'],
    [
      turn(
        'les dispositifs ca se passe que a montauban ? on a des gens a valence d agen sans voiture',
        'dispositif',
        [['montauban'], ['délocalis', 'ensemble du département', 'tout le département', 'partout']],
      ),
    ],
  ),
  c(
    'b94-bilan-pec-aussi',
    ['pec', 'report'],
    [
      turn('le bilan individuel y en a un pour la PEC aussi ou c que prepa ?', 'dispositif', [
        ['bilan'],
        ['vae', 'référent', 'pec'],
      ]),
    ],
  ),
  c(
    'b94-panda',
    ['panda', 'two-questions'],
    [
      turn('Panda c quoi exactement ? c nous les referents qui saisissons dedans ?', 'dispositif', [
        ['traçabilité', 'trace', 'tracé', 'suivi des parcours'],
        ['habilit', 'référent', 'inscri'],
      ]),
    ],
  ),
  c(
    'b94-fle',
    ['fle', 'rambling'],
    [
      turn(
        'une dame primo arrivante, parle un peu francais mais pas assez pour bosser, ya un truc a l afpa pour elle ou c pas dans la convention ?',
        'dispositif',
        [['visée professionnelle', 'langue étrangère']],
      ),
    ],
  ),
  c(
    'b94-reporting-dgefp',
    ['reports', 'two-questions'],
    [
      turn(
        'qui pilote les dispositifs au national et les tableaux de bord ils partent quand ?',
        'dispositif',
        [
          ['dgefp', 'd.g.e.f.p'],
          ['mensuel', 'chaque mois', 'tous les mois'],
        ],
      ),
    ],
  ),
  c(
    'b94-bilan-annuel-ddetspp',
    ['reports'],
    [
      turn('le bilan annuel departemental des dispositifs il va a qui ?', 'dispositif', [
        ['ddetspp', 'd.d.e.t.s.p.p'],
      ]),
    ],
  ),
  c(
    'b94-pec-inscription-phase1',
    ['pec'],
    [
      turn(
        'pour comp pec qui inscrit la personne sur la plateforme afpa au debut ? et le premier rdv c long ?',
        'dispositif',
        [['conseiller', 'référent'], HALF_DAY],
      ),
    ],
  ),

  // ── agenda ──
  c(
    'b94-infocoll-prepa-places',
    ['prepa', 'follow-up'],
    [
      turn(
        'prochaine info coll prepa comp ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
      turn('il reste de la place ?', 'agenda', [seats(15)]),
    ],
  ),
  c(
    'b94-castel-places-valence',
    ['town', 'follow-up'],
    [
      turn(
        'info coll prepa a castel c quand svp',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
      turn('et a valence d agen ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    ],
  ),
  c(
    'b94-jpo-prochaine',
    [],
    [turn('JPO prochaine c quand ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07'))],
  ),
  c(
    'b94-jpo-moissac-heure',
    ['town', 'follow-up'],
    [
      turn(
        'jpo a moissac y en a une bientot ? j ai des gens du coin',
        'agenda',
        [on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
      turn('ca commence a quelle heure', 'agenda', [['10h', '10:00', '10 h']]),
    ],
  ),
  c(
    'b94-visite-soudure',
    ['two-questions'],
    [
      turn(
        'visite plateau soudure dispo ? date + heure svp',
        'agenda',
        [on('2027-01-19'), ['14h', '14:00', '14 h']],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b94-places-soudeur-macon',
    ['places', 'follow-up'],
    [
      turn('y a des places en soudeur en ce moment ?', 'agenda', [seats(4)], ['cariste', 'plaquiste']),
      turn('et en maconnerie', 'agenda', [seats(3)], ['soudeur']),
    ],
  ),
  c(
    'b94-plaquiste-complet',
    ['places'],
    [
      turn('formation plaquiste il reste de la place ??', 'agenda', [
        [...seats(0), 'complet', 'plus de place', 'aucune place', 'pas de place'],
      ]),
    ],
  ),
  c(
    'b94-volet1-moissac-places',
    ['prepa', 'town', 'follow-up'],
    [
      turn('prochaines entrees prepa comp volet 1 ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
      turn('et a moissac ?', 'agenda', [on('2027-03-08')], notOn('2027-01-18')),
      turn('il reste de la place ?', 'agenda', [seats(6)]),
    ],
  ),
  c(
    'b94-volet2-complet-suivante',
    ['prepa', 'places', 'follow-up'],
    [
      turn(
        'la session volet 2 du 25 janvier ya encore de la place ? jai 2 personnes a positionner',
        'agenda',
        [[...seats(0), 'complet', 'plus de place', 'aucune place', 'pas de place']],
      ),
      turn('ok et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
    ],
  ),
  c(
    'b94-prepa-distance',
    ['prepa', 'modality'],
    [
      turn(
        'la personne a pas de permis, prepa comp a distance c quand la prochaine entree ?',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b94-pec-atelier2-distance',
    ['pec', 'two-questions', 'follow-up'],
    [
      turn('comp PEC atelier 2 prochaine entree + combien de places', 'agenda', [on('2027-01-20'), seats(4)]),
      turn('et a distance ?', 'agenda', [on('2027-03-03')]),
    ],
  ),
  c(
    'b94-pec-atelier3',
    ['pec'],
    [turn('atelier 3 pec c quand ? positionnement', 'agenda', [on('2027-02-10')])],
  ),
  c(
    'b94-promo-entree-infocoll',
    ['promo', 'two-questions'],
    [
      turn('promo 1618 prochaine entree ? et l info coll pour les jeunes et les parents c quand', 'agenda', [
        on('2027-02-01'),
        on('2027-03-17'),
      ]),
    ],
  ),
  c(
    'b94-reunion-logistique',
    ['two-questions'],
    [
      turn(
        'reunion metier logistique c quand et c ou',
        'agenda',
        [on('2027-01-26'), ['montauban']],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b94-batiment-puis-lieu',
    ['follow-up'],
    [
      turn('des trucs sur le batiment prochainement ? reunion ou visite ?', 'agenda', [
        [...on('2027-02-23'), ...on('2027-03-10')],
      ]),
      turn('la reunion c ou ?', 'agenda', [['caussade']]),
    ],
  ),
  c(
    'b94-semaine-pro',
    [],
    [
      turn(
        'la semaine pro ya quoi comme evenements',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b94-cariste-puis-reunion',
    ['places', 'two-questions', 'follow-up'],
    [
      turn('cariste il reste des places ? et ca demarre quand', 'agenda', [seats(6), on('2027-01-27')]),
      turn('et la reunion logistique elle est quand', 'agenda', [on('2027-01-26')]),
    ],
  ),
  c(
    'b94-proprete-moissac',
    ['places', 'two-questions'],
    [
      turn('formation agent de proprete a moissac combien de places et debut quand', 'agenda', [
        seats(7),
        on('2027-02-22'),
      ]),
    ],
  ),
  c(
    'b94-prepa-commandes',
    ['places'],
    [turn('preparateur de commandes a castelsarrasin, dispo ?', 'agenda', [seats(5), on('2027-03-01')])],
  ),
  c(
    'b94-electricien-visite',
    ['places', 'two-questions'],
    [
      turn('electricien places ? et la visite de l atelier elec c quand', 'agenda', [
        seats(2),
        on('2027-03-10'),
      ]),
    ],
  ),
  c(
    'b94-infocoll-pec-employeurs',
    ['pec', 'two-questions'],
    [
      turn('une info coll PEC pour les salaries et les employeurs ca existe ? c ou', 'agenda', [
        on('2027-02-09'),
        ['moissac'],
      ]),
    ],
  ),
  c(
    'b94-fevrier-puis-moissac',
    ['town', 'follow-up'],
    [
      turn(
        'c quoi les dates en fevrier',
        'agenda',
        [on('2027-02-03'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-03-04')],
      ),
      turn(
        'et a moissac ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b94-volet1-moissac-modalite',
    ['prepa', 'modality', 'two-questions'],
    [
      turn('prepa volet 1 a moissac en mars c mixte ou presentiel ? et combien de places', 'agenda', [
        ['mixte'],
        seats(6),
      ]),
    ],
  ),
  c(
    'b94-infocoll-jeudi-places',
    ['prepa'],
    [turn("il reste de la place a l'info coll de jeudi ? je voudrais envoyer 3 BRSA", 'agenda', [seats(15)])],
  ),

  // ── eligibility ──
  c(
    'b94-ase-17-promo-entree',
    ['promo', 'ase', 'follow-up'],
    [
      turn(
        'jeune ASE 17 ans, a quitte le lycee en octobre, rien depuis ni taf ni formation, il peut faire la promo 1618 ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
      turn('y a une entree bientot ?', 'agenda', [on('2027-02-01')]),
    ],
  ),
  c(
    'b94-15-ans',
    ['promo', 'age'],
    [
      turn(
        'gamin de 15 ans decrocheur suivi par la ML, la promo 1618 possible ?',
        'eligibility',
        [[...NO, '16 ans', '16 à 18', '16-18']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b94-brsa-projet-flou-infocoll',
    ['prepa', 'follow-up'],
    [
      turn(
        'monsieur 45 ans au RSA, pas inscrit a FT, projet flou, il dit qu il veut se former en logistique mais il sait pas trop, on le met ou ?',
        'eligibility',
        [PREPA],
      ),
      turn('il peut venir a l info coll de jeudi ?', 'agenda', [
        [...on('2027-01-14'), '9h30', '9:30', '9 h 30'],
      ]),
    ],
  ),
  c(
    'b94-pec-mairie',
    ['pec'],
    [
      turn(
        'madame BRSA en contrat PEC depuis 2 mois dans une mairie, elle voudrait valider son experience, vous avez quoi ?',
        'eligibility',
        [COMP_PEC],
      ),
    ],
  ),
  c(
    'b94-19-ans',
    ['promo', 'age'],
    [
      turn(
        '19 ans sorti du lycee, ni emploi ni formation, pas ASE, pas RSA, la promo 1618 ?',
        'eligibility',
        [[...NO, 'plus de 18', 'mineur', '18 ans']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b94-16-encore-lycee',
    ['promo'],
    [
      turn(
        'ado 16 ans encore au lycee mais completement demotive, les parents demandent la promo, ok ?',
        'eligibility',
        [[...NO, 'quitté', 'décroch', 'scolaris', 'sortis']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b94-17-apprentissage',
    ['promo', 'ase'],
    [
      turn(
        'jeune 17 ans en apprentissage chez un boulanger, confie a l ASE, promo 1618 ?',
        'eligibility',
        [[...NO, 'en formation', 'travaille', 'déjà']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b94-siae-pas-pec',
    ['rsfp', 'siae'],
    [
      turn(
        'salarie SIAE en ACI, pas en contrat PEC, il veut faire reconnaitre ses savoir faire, ca passe par comp PEC ?',
        'eligibility',
        [['rsfp', 'reconnaissance des savoir']],
      ),
    ],
  ),
  c(
    'b94-brsa-volet2',
    ['prepa'],
    [
      turn(
        'BRSA 30 ans qui a deja son projet aide soignante, entree en formation en mars mais elle a peur de pas tenir, prepa comp c adapte ?',
        'eligibility',
        [YES, ['volet 2', 'sécuris']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b94-de-pas-rsa',
    ['prepa'],
    [
      turn(
        'demandeur d emploi inscrit a FT, pas au RSA, on peut le prescrire nous en prepa comp ?',
        'eligibility',
        [['france travail', 'pôle emploi']],
      ),
    ],
  ),
  c(
    'b94-mere-et-fils',
    ['prepa', 'promo', 'two-people', 'follow-up', 'rambling'],
    [
      turn(
        "alors j'ai une maman BRSA 38 ans qui veut reprendre une formation mais sait pas laquelle et son fils 16 ans qui a arrete le college l an dernier et fait rien depuis, vous avez quoi pour chacun ?",
        'eligibility',
        [PREPA, PROMO],
      ),
      turn('pour le fils c est qui qui prescrit ? nous ?', 'dispositif', [[...ML, 'cio', 'c.i.o']]),
    ],
  ),
  c(
    'b94-ase-cap-lycee',
    ['promo', 'ase'],
    [
      turn(
        'jeune 17 ans ASE qui est en CAP au lycee pro et ca se passe bien, la promo ca lui irait ?',
        'eligibility',
        [[...NO, 'scolaris', 'en formation', 'déjà']],
        NOT_YES,
      ),
    ],
  ),
  c(
    'b94-ml-17-decroche',
    ['promo'],
    [
      turn(
        'jeune 17 ans suivi ML (pas ASE), decroche depuis 6 mois, il fait rien, la promo ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b94-rqth-pec',
    ['pec', 'th'],
    [
      turn(
        'homme 25 ans RQTH, BRSA, en PEC signe le mois dernier dans une asso, comp PEC possible ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b94-brsa-inscrit-ft',
    ['prepa'],
    [
      turn(
        'BRSA inscrit a FT depuis longtemps, il peut quand meme faire prepa comp avec nous ou c FT qui gere ?',
        'eligibility',
        [[...YES, 'inscrit ou non', 'inscrits ou non']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b94-ase-16',
    ['promo', 'ase', 'age'],
    [
      turn(
        'jeune fille 16 ans confiee a l ASE du CD82, sortie de 3eme sans rien, promo 1618 ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b94-17-interim',
    ['promo'],
    [
      turn(
        'jeune 17 ans qui a quitte le lycee et fait de l interim depuis 2 mois, promo 1618 possible ?',
        'eligibility',
        [[...NO, 'travaille', 'emploi']],
        NOT_YES,
      ),
    ],
  ),

  // ── out_of_scope ──
  c(
    'b94-transport-rembourse',
    ['cost'],
    [
      turn(
        'le transport pour venir a montauban depuis valence c rembourse ?',
        'out_of_scope',
        [[...NOT_COVERED, 'conditions matérielles']],
        ['€'],
      ),
    ],
  ),
  c(
    'b94-remuneration-puis-cout',
    ['cost', 'follow-up'],
    [
      turn(
        'ils sont payes pendant prepa comp ? ya une remuneration ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€', 'smic'],
      ),
      turn('et c gratuit pour le CD au moins ?', 'dispositif', [FREE], ['€']),
    ],
  ),
  c(
    'b94-cantine',
    [],
    [turn('la cantine le midi a l afpa c combien pour les stagiaires', 'out_of_scope', [NOT_COVERED], ['€'])],
  ),
  c(
    'b94-permis-b',
    ['promo'],
    [turn('vous faites passer le permis B ?', 'out_of_scope', [[...NOT_COVERED, 'code de la route']], ['€'])],
  ),
  c(
    'b94-creche',
    [],
    [
      turn("l'afpa a une creche ? la dame a 2 petits", 'out_of_scope', [
        [...NOT_COVERED, 'conditions matérielles', 'garde'],
      ]),
    ],
  ),
  c(
    'b94-taux-reussite-soudeur',
    ['figures-like'],
    [turn('c quoi le taux de reussite au titre pro soudeur chez vous ?', 'out_of_scope', [NOT_YET], ['%'])],
  ),
  c('b94-meteo', [], [turn('il va pleuvoir demain a montauban ?', 'out_of_scope', [NOT_COVERED])]),
  c(
    'b94-accident-visite',
    [],
    [turn('si un BRSA se blesse pendant la visite plateau qui assure ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b94-horaires-prepa',
    ['prepa'],
    [turn('prepa comp c quoi les horaires d une journee ? 9h 17h ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b94-abandon-prepa',
    ['prepa', 'stop'],
    [
      turn(
        'si qqn arrete prepa comp en plein milieu il se passe quoi ? il a une sanction sur son RSA ?',
        'out_of_scope',
        [[...NOT_COVERED, 'abandon']],
      ),
    ],
  ),
  c(
    'b94-ase-parents-injoignables',
    ['promo', 'ase'],
    [
      turn(
        'jeune 16 ans ASE, parents injoignables, l autorisation parentale pour la promo on fait comment ?',
        'out_of_scope',
        [[...NOT_COVERED, 'autorisation']],
      ),
    ],
  ),

  // ── contact ──
  c(
    'b94-contact-afpa-puis-directeur',
    ['follow-up'],
    [
      turn('qui est le contact a l afpa pour le deploiement prepa comp et pec ?', 'contact', [AFPA_CONTACT]),
      turn('et le directeur du centre ?', 'contact', [['vella']]),
    ],
  ),
  c(
    'b94-coordonnateur',
    [],
    [turn('qui coordonne les dispositifs au niveau departemental ?', 'contact', [['vella', 'coordonnat']])],
  ),
  c(
    'b94-qui-est-battedou',
    [],
    [
      turn('c qui Fabienne Battedou ? un referent m a donne son nom', 'contact', [
        ['responsable accompagnement et parcours', 'déploiement'],
      ]),
    ],
  ),
  c(
    'b94-suivi-accord-cd',
    [],
    [turn("le suivi de l'accord cote departement c qui ?", 'contact', [['weill', 'président']])],
  ),
  c(
    'b94-interlocuteur-cd',
    [],
    [
      turn('je suis formateur afpa, on a un interlocuteur au CD pour l experimentation ou pas ?', 'contact', [
        ['expérimentation', 'désign'],
      ]),
    ],
  ),
  c(
    'b94-telephone',
    [],
    [
      turn(
        'vous avez le numero de tel de l afpa montauban ?',
        'contact',
        [[...NOT_COVERED, ...AFPA_CONTACT, 'vella']],
        ['05 63', '0563'],
      ),
    ],
  ),
  c(
    'b94-contact-formatrice-pec',
    ['pec'],
    [
      turn(
        'formatrice comp pec ici, j ai une question sur le contrat d une salariee, c est qui que je contacte cote CD, son referent ?',
        'contact',
        [['référent', 'conseiller']],
      ),
    ],
  ),

  // ── figures ──
  c(
    'b94-objectifs-3-tours',
    ['targets', 'follow-up'],
    [
      turn('objectif prepa comp pour les BRSA c combien par an', 'figures', [
        ['30 alloc', '30 pers', '30 bénéf', '30 rsa', '30 brsa', ': 30', 'de 30', '30 entr'],
      ]),
      turn('et pec ?', 'figures', [
        ['50 alloc', '50 pers', '50 bénéf', '50 rsa', '50 brsa', ': 50', 'de 50', '50 entr'],
      ]),
      turn('et ase promo ?', 'figures', [['10 jeunes', '10 pers', '10 ase', ': 10', 'de 10', '10 orient']]),
    ],
  ),
  c(
    'b94-on-en-est-ou',
    ['results'],
    [
      turn('on en est ou sur les objectifs ? combien d entrees reelles cette annee en prepa ?', 'figures', [
        [...NOT_YET, 'objectif', ' 0 ', 'aucun'],
      ]),
    ],
  ),
  c(
    'b94-taux-sortie-emploi',
    ['results'],
    [turn('le taux de sortie emploi des BRSA passes par l afpa vous l avez ?', 'figures', [NOT_YET], ['%'])],
  ),
  c(
    'b94-promo-national',
    ['promo', 'two-questions'],
    [
      turn(
        'combien de jeunes au national pour la promo et c quoi l objectif de sorties positives',
        'figures',
        [
          ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000'],
          ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour'],
        ],
      ),
    ],
  ),

  // ── prescribe ──
  c(
    'b94-prescrire-prepa',
    [],
    [turn('je veux prescrire prepa comp pour un monsieur que je suis', 'prescribe', [FORM])],
  ),
  c(
    'b94-panda-habilitation',
    ['panda', 'two-questions'],
    [
      turn('comment on inscrit qqn sur panda ? faut etre habilite ?', 'prescribe', [
        ['habilit'],
        ['panda', 'formulaire', 'inscri'],
      ]),
    ],
  ),
  c(
    'b94-prescription-statut-abandon',
    ['status', 'stop', 'follow-up'],
    [
      turn(
        'j ai envoye une prescription lundi dernier, toujours pas de nouvelles de l afpa, elle en est ou ?',
        'prescribe',
        [['prescription', 'statut']],
      ),
      turn('et si elle abandonne en cours de route je suis prevenue ?', 'prescribe', [
        [...NOT_COVERED, 'abandon', 'statut', 'prévenu', 'notifi', 'informé'],
      ]),
    ],
  ),
  c(
    'b94-prescrire-promo-parents',
    ['promo', 'parents', 'follow-up'],
    [
      turn('prescrire promo 1618 pour un jeune ASE', 'prescribe', [FORM]),
      turn('faut l accord des parents avant ?', 'dispositif', [['autorisation', 'engag']]),
    ],
  ),
  c(
    'b94-etapes-pec',
    ['pec', 'employer'],
    [
      turn('les etapes pour orienter une salariee en comp PEC ? je l ai jamais fait', 'prescribe', [
        ['adhésion', 'accord', 'employeur', 'formulaire', 'inscri'],
      ]),
    ],
  ),
  c('b94-mes-prescriptions', ['status'], [turn('mes prescriptions', 'prescribe', [['prescription']])]),
  c('b94-prescire-typo', ['typos'], [turn('prescire prepa comp pr mme D stp', 'prescribe', [FORM])]),
  c(
    'b94-infocoll-puis-prescrire',
    ['prepa', 'two-questions'],
    [
      turn(
        'je voudrais envoyer une dame a l info coll et la prescrire en prepa comp ensuite, possible ? c quand l info coll',
        'prescribe',
        [FORM, on('2027-01-14')],
      ),
    ],
  ),

  // ── other ──
  c('b94-bonjour', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b94-aide', [], [turn('aide', 'other', [['prescri', 'agenda', 'dispositif', 'question']])]),
  c(
    'b94-prescrire-annule',
    ['cancel', 'follow-up'],
    [
      turn('je veux prescrire', 'prescribe', [FORM]),
      turn('annule', 'other', [['annul', 'abandon', 'arrêt', 'stop']]),
    ],
  ),
  c(
    'b94-merci',
    [],
    [
      turn('merci bcp !', 'other', [
        [
          'avec plaisir',
          'de rien',
          'je vous en prie',
          'bonne journée',
          'à votre service',
          'hésitez',
          'volontiers',
        ],
      ]),
    ],
  ),
  c(
    'b94-tu-sers-a-quoi',
    [],
    [turn('tu sers a quoi au juste ?', 'other', [['prescri', 'dispositif', 'agenda', 'question']])],
  ),
];
