/**
 * Seventy-eighth blind set. The speakers are référents of the Département's youth and
 * insertion services (Montauban and Castelsarrasin) typing in Teams: one concrete person in
 * mind (age, RSA / ASE / PEC / jeune suivi ML, situation), abbreviations (prépa comp, PEC,
 * 1618, BRSA, FT, ML, RQTH, CD, ASE, info coll, JPO), no accents, typos, SMS style, questions
 * buried in long messages, corrections and follow-ups that only make sense after the turn before.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA (with
 * its action plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa compétences', 'prepa competences', 'prépa comp'];
const PEC = ['compétences pec', 'compétences p.e.c', 'competences-pec'];
const PROMO = ['promo 16', 'promo1618', 'promo 1618'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maximum',
  '8 jours max',
];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MONDAY_TO_THURSDAY = [
  'lundi au jeudi',
  'lundi-jeudi',
  'lundi à jeudi',
  'quatre jours par semaine',
  '4 jours par semaine',
];
const REMOTE = ['distance', 'distanciel', 'classe virtuelle'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'rien à payer',
  'financé par',
  'pris en charge',
  'investissement dans les compétences',
];
const FRANCE_TRAVAIL = ['france travail', 'pôle emploi'];
const ML_OR_CIO = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const AFPA_PEOPLE = ['battedou', 'vella', 'responsable accompagnement', 'coordonnateur'];

/** A positive verdict. */
const YES = [
  'éligible',
  'oui',
  'correspond',
  'peut intégrer',
  'peut entrer',
  'peut bénéficier',
  'peut suivre',
  'peut être orienté',
  'peut être prescrit',
  'possible',
  'entre dans',
  'rentre dans',
  'adapté',
];
/** What a positive verdict never says. */
const NOT_NO = ['pas éligible', 'non éligible', 'inéligible'];
/** A negative verdict. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'ne relève pas',
  'pas concerné',
  'réservé',
  'réservée',
  'ne sont pas éligibles',
  'pas accessible',
];

/** The agreement is silent: many ways to say so. */
const SILENT = [
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'ne traite pas',
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'ne donne pas',
  'indique pas',
  'ne fixe pas',
  'ne porte pas',
  'pas couvert',
  'pas mentionn',
  'pas précisé',
  'ne concerne pas',
  'ne sais pas',
  'pas d’information',
  "pas d'information",
  'rien dans',
  'ne permet pas de répondre',
  'pas en mesure',
  'je ne peux pas',
];
/** No figures yet. */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'pas de donnée',
  'aucune donnée',
  'ne dispose pas',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'pas de chiffre',
  'pas de résultat',
  'aucun résultat',
  'pas connu',
  'aucune prescription',
  'aucun bénéficiaire',
  'pas de statistique',
];
/** Offering the prescription form or explaining the steps. */
const PRESCRIBE_STEPS = [
  'formulaire',
  'remplir',
  'remplissez',
  'renseign',
  'saisi',
  'panda',
  'inscri',
  'fiche de prescription',
];
const CANCEL = [
  'annul',
  'arrêt',
  'abandon',
  'ok',
  'entendu',
  'compris',
  'pas de souci',
  'pas de problème',
  'rien à',
];
const HELP = ['dispositif', 'prépa', 'agenda', 'prescri', 'éligib', 'calendrier', 'programme'];
const FULL = [...seats(0), 'complet', 'plus de place', 'aucune place', 'pas de place'];
const MONEY = ['€', 'euros'];

// ── dispositif ──────────────────────────────────────────────────────────────

const DISPOSITIF: ConversationCase[] = [
  c(
    'b78-dispo-prepa-duree',
    [],
    [
      turn(
        'salut, prepa comp ca dure combien de tps exactement ? jai une dame BRSA 42 ans qui a peur que ce soit trop long, elle garde ses petits enfants le mercredi apres midi',
        'dispositif',
        [PREPA_DURATION],
        ['13 semaines', 'treize semaines'],
      ),
    ],
  ),
  c(
    'b78-dispo-prepa-volets',
    ['two-questions'],
    [
      turn(
        'cest quoi la diff entre le volet 1 et le volet 2 de la prepa comp ? et ca dure pareil les 2 ?',
        'dispositif',
        [
          ['consolid', 'projet professionnel'],
          ['sécuris'],
          ['5 à 6 jours', '5 et 6 jours', 'cinq à six', '4 à 8 jours', 'quatre à huit', '5 à 6 j', '4 à 8 j'],
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b78-dispo-pec-contenu',
    [],
    [
      turn(
        'bonjour, competences pec concretement ils font quoi avec les gens ? mon monsieur est en PEC a la mairie de castel comme agent espaces verts depuis 3 mois, il a pas de diplome',
        'dispositif',
        [
          ['vae', 'validation des acquis'],
          ['rsfp', 'reconnaissance des savoir', 'cléa', 'clea'],
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b78-dispo-pec-duree-ou',
    ['two-questions'],
    [
      turn(
        'competences PEC ca prend combien de jours au total et ca se passe ou ? la salariee bosse a lauzerte',
        'dispositif',
        [PEC_DURATION, ['montauban', ...REMOTE]],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b78-dispo-promo-duree-rythme',
    ['two-questions', 'follow-up'],
    [
      turn(
        'la promo 1618 cest combien de semaines en tout et ils y vont tous les jours ?? le jeune a du mal avec le rythme',
        'dispositif',
        [PROMO_DURATION, MONDAY_TO_THURSDAY],
        ['2 à 8 jours', 'deux à huit jours'],
      ),
      turn('et si il a besoin de plus de temps entre les phases ?', 'dispositif', [
        ['4 mois', 'quatre mois'],
      ]),
    ],
  ),
  c(
    'b78-dispo-promo-phases',
    [],
    [
      turn(
        'cest quoi les differentes phases de la promo 16 18 ? je dois expliquer ca a une famille demain',
        'dispositif',
        [['engagement'], ['construction'], ['suite', 'agir']],
      ),
    ],
  ),
  c(
    'b78-dispo-prepa-lieu',
    [],
    [
      turn(
        'la prepa comp ca se passe ou ?? mon monsieur habite beaumont de lomagne sans voiture, il est oblige daller a montauban ou pas',
        'dispositif',
        [['montauban'], [...REMOTE, 'délocalis', 'ensemble du département', 'tout le département']],
      ),
    ],
  ),
  c(
    'b78-dispo-prepa-cout',
    [],
    [
      turn(
        'question bete mais est ce que ca coute qqch au CD ou a la personne la prepa comp ? ma cheffe me demande',
        'dispositif',
        [FREE],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-dispo-prepa-remuneration',
    [],
    [
      turn(
        'elle sera payee pendant la prepa comp ? elle touche le RSA, elle a peur de perdre qqch si elle y va',
        'dispositif',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-dispo-promo-remuneration',
    [],
    [
      turn(
        'les jeunes de la promo 1618 ils sont remuneres ? genre une bourse ou une indemnite ? le jeune me demande que ca',
        'dispositif',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-dispo-bilan',
    ['follow-up'],
    [
      turn(
        'a la fin de la prepa comp on recoit un retour nous les referents ? parce que la derniere fois jai rien eu pour mme B.',
        'dispositif',
        [['bilan']],
      ),
      turn('et pour la promo 16/18 y a aussi un bilan individuel qui nous revient ?', 'dispositif', [
        [
          ...SILENT,
          'pas de bilan',
          'uniquement',
          'seulement',
          'mission locale',
          '6 mois',
          'six mois',
          'accompagnement prolongé',
        ],
      ]),
    ],
  ),
  c(
    'b78-dispo-pec-distance',
    [],
    [
      turn(
        'competences pec en distanciel cest possible ? elle bosse en PEC dans un ehpad a moissac avec des horaires decales, montauban cest complique',
        'dispositif',
        [REMOTE],
      ),
    ],
  ),
  c(
    'b78-dispo-promo-distance',
    [],
    [
      turn(
        'promo 16 18 en distanciel ca existe ? le jeune habite a lauzerte, pas de bus le matin',
        'dispositif',
        [['présentiel']],
      ),
    ],
  ),
  c(
    'b78-dispo-promo-contenu',
    [],
    [
      turn(
        'concretement dans la promo 16/18 ils font quoi les jeunes toute la journee ? ma jeune ASE elle veut surtout passer le code',
        'dispositif',
        [['code'], ['atelier', 'métier', 'open badge', 'projet']],
      ),
    ],
  ),
  c(
    'b78-dispo-panda',
    [],
    [
      turn('cest quoi PANDA ?? on me parle que de ca depuis que je suis arrivee', 'dispositif', [
        ['traçab', 'trace', 'suivi des parcours', 'plateforme', 'parcours'],
      ]),
    ],
  ),
  c(
    'b78-dispo-pec-quand',
    [],
    [
      turn(
        'a quel moment on peut mobiliser competences pec ? le monsieur a signe son PEC il y a 2 semaines, trop tot ?',
        'dispositif',
        [['signature', 'premiers mois', 'dès le début', 'début du contrat', 'durée du p', 'immédiatement']],
      ),
    ],
  ),
  c(
    'b78-dispo-prepa-inscription-ft',
    [],
    [
      turn(
        'faut il que la personne soit inscrite a FT pour faire prepa comp ? mme BRSA 36 ans pas inscrite du tout',
        'dispositif',
        [
          [
            'non inscrit',
            'non-inscrit',
            'inscrits ou non',
            'pas besoin',
            'pas obligatoire',
            'pas nécessaire',
            'pas inscrit',
            'même non',
            'sans être inscrit',
          ],
        ],
      ),
    ],
  ),
  c(
    'b78-dispo-rsfp',
    [],
    [
      turn('rsfp cest quoi deja ? jai oublie depuis la reunion', 'dispositif', [
        ['reconnaissance des savoir'],
        ['vae', 'prérequis', 'validation'],
      ]),
    ],
  ),
  c(
    'b78-dispo-clea-numerique',
    [],
    [
      turn(
        'l afpa fait le clea numerique ? mr 55 ans BRSA sait pas se servir d un ordi, pour ses demarches cest la cata',
        'dispositif',
        [['numérique'], ['cléa', 'clea']],
      ),
    ],
  ),
  c(
    'b78-dispo-fle',
    [],
    [
      turn(
        'jai un monsieur afghan primo arrivant, BRSA depuis peu, parle tres peu francais. l afpa a un truc pour le francais ?',
        'dispositif',
        [['français à visée professionnelle', 'français langue étrangère', 'fle', 'langue étrangère']],
      ),
    ],
  ),
  c(
    'b78-dispo-accord-duree',
    [],
    [
      turn('la convention CD / AFPA elle court sur combien de temps au juste ?', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2022'],
      ]),
    ],
  ),
  c(
    'b78-dispo-reporting',
    ['two-questions'],
    [
      turn('les chiffres des dispositifs ils remontent a qui ? a la dgefp ? et a quel rythme', 'dispositif', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois', 'trimestri', 'annuel'],
      ]),
    ],
  ),
  c(
    'b78-dispo-prepa-correction-pec',
    ['correction'],
    [
      turn(
        'prepa comp c bien 2 semaines max ? pour mr T. 47 ans BRSA qui a un projet de cariste',
        'dispositif',
        [['2 semaines', 'deux semaines'], PREPA_DURATION],
      ),
      turn(
        'ah non je me suis trompe il est en PEC a la recyclerie depuis septembre, cest competences pec quil lui faut, ca dure combien alors',
        'dispositif',
        [PEC_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
];

// ── agenda ──────────────────────────────────────────────────────────────────

const AGENDA: ConversationCase[] = [
  c(
    'b78-agenda-infocoll-montauban-castel',
    ['follow-up'],
    [
      turn(
        'prochaine info coll prepa comp a montauban ? jai 2 BRSA a y envoyer',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-21')],
      ),
      turn('et a castel ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b78-agenda-jpo-fevrier',
    ['follow-up'],
    [
      turn(
        'les JPO en fevrier cest quand ? je voudrais y emmener un petit groupe de BRSA du secteur',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        notOn('2027-01-07'),
      ),
      turn('celle de moissac elle commence a quelle heure ?', 'agenda', [['10h', '10 h', '10:00']]),
    ],
  ),
  c(
    'b78-agenda-soudure',
    ['follow-up', 'two-questions'],
    [
      turn(
        'y a une visite de plateau soudure bientot ? jai un jeune BRSA 27 ans qui veut faire soudeur mais a jamais vu un atelier',
        'agenda',
        [on('2027-01-19')],
        notOn('2027-03-10'),
      ),
      turn(
        'et la formation soudeur elle demarre quand, il reste des places ?',
        'agenda',
        [on('2027-02-01'), seats(4)],
        ['plaquiste', 'cariste', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b78-agenda-entrees-prepa-fevrier',
    ['follow-up'],
    [
      turn(
        'les entrees prepa comp en fevrier stp ? tous volets confondus',
        'agenda',
        [on('2027-02-08'), on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-03-08')],
      ),
      turn('celle a castel cest en presentiel ?', 'agenda', [['présentiel'], on('2027-02-15')]),
    ],
  ),
  c(
    'b78-agenda-prepa-volet2-complet',
    ['follow-up'],
    [
      turn(
        'prochaine entree prepa comp volet 2 ? mme veut securiser son entree en formation aide soignante, elle a deja son projet',
        'agenda',
        [on('2027-02-15')],
      ),
      turn('et celle du 25 janvier alors elle est complete ?', 'agenda', [FULL]),
    ],
  ),
  c(
    'b78-agenda-moissac',
    [],
    [
      turn(
        'y a quoi a moissac dans les prochains mois ? je suis referente sur le secteur et mes BRSA bougent pas trop',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-01-21'), ...notOn('2027-02-23'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b78-agenda-reunion-batiment',
    ['two-questions'],
    [
      turn(
        'la reunion metiers du batiment cest quand et ou ? mr 39 ans BRSA ancien macon interesse',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b78-agenda-cariste',
    ['two-questions'],
    [
      turn(
        'il reste de la place en formation cariste et ca demarre quand ? jai un monsieur motive qui a deja fait un peu de manutention',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['soudeur', 'plaquiste', 'maçon', 'électricien', 'agent de propreté', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b78-agenda-plaquiste',
    [],
    [
      turn(
        'plaquiste il reste de la place ? mr RQTH 41 ans qui a deja fait du placo au noir pendant des annees',
        'agenda',
        [FULL],
        ['soudeur', 'cariste', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b78-agenda-infocoll-promo',
    ['two-questions'],
    [
      turn(
        'info coll pour la promo 16 18 cest quand et ou ? la jeune et sa mere veulent venir voir avant de se decider',
        'agenda',
        [on('2027-03-17'), ['montauban']],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b78-agenda-entree-promo',
    ['follow-up'],
    [
      turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01')]),
      turn('cest a montauban ?', 'agenda', [['montauban']]),
    ],
  ),
  c(
    'b78-agenda-pec-atelier2',
    ['follow-up'],
    [
      turn(
        'competences PEC atelier 2 prochaine entree ? pour une salariee en PEC dans une asso d aide a domicile',
        'agenda',
        [on('2027-01-20')],
      ),
      turn('et a distance ?', 'agenda', [on('2027-03-03')], notOn('2027-02-10')),
    ],
  ),
  c(
    'b78-agenda-cette-semaine',
    [],
    [
      turn(
        'cette semaine y a quoi a l afpa ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b78-agenda-infocoll-semaine-pro',
    [],
    [
      turn(
        'semaine pro ya des info coll ? jai une dame qui peut pas cette semaine elle a un rdv caf',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b78-agenda-valence-mars',
    ['follow-up'],
    [
      turn(
        'en mars y a quoi a valence d agen ? les gens du secteur vont jamais jusqu a montauban',
        'agenda',
        [on('2027-03-04')],
        [...notOn('2027-03-10'), ...notOn('2027-03-17')],
      ),
      turn('et a moissac ?', 'agenda', [on('2027-03-08')], notOn('2027-03-04')),
    ],
  ),
  c(
    'b78-agenda-visite-electricite',
    ['two-questions'],
    [
      turn(
        'la visite du plateau electricite c quand ? et ya combien de places, je voudrais y inscrire 3 personnes',
        'agenda',
        [on('2027-03-10'), seats(8)],
        notOn('2027-01-19'),
      ),
    ],
  ),
  c(
    'b78-agenda-electricien-places',
    [],
    [
      turn(
        'formation electricien d equipement il reste combien de places ? mr 30 ans BRSA qui sort de prepa comp avec ce projet',
        'agenda',
        [seats(2), on('2027-03-08')],
        ['soudeur', 'plaquiste', 'cariste'],
      ),
    ],
  ),
  c(
    'b78-agenda-jpo-ratee',
    [],
    [
      turn(
        'la JPO du 7 janvier je l ai ratee (arret maladie), y en a une autre bientot a montauban ?',
        'agenda',
        [on('2027-02-03')],
      ),
    ],
  ),
  c(
    'b78-agenda-prepa-distance',
    ['two-questions'],
    [
      turn(
        'prepa comp a distance ca existe ? prochaine session ? mme habite a saint antonin noble val, zero transport',
        'agenda',
        [on('2027-02-08'), REMOTE],
      ),
    ],
  ),
  c(
    'b78-agenda-restauration',
    [],
    [
      turn(
        'ya des places en formation agent de restauration a caussade ? jai une jeune femme BRSA 26 ans qui a bosse en cuisine collective',
        'agenda',
        [seats(4), on('2027-03-15')],
        ['soudeur', 'plaquiste', 'cariste'],
      ),
    ],
  ),
  c(
    'b78-agenda-castel-formations',
    [],
    [
      turn(
        'y a des formations qui demarrent a castelsarrasin ? les gens de mon secteur ont pas le permis',
        'agenda',
        [['préparateur de commandes']],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),
  c(
    'b78-agenda-reunion-logistique',
    ['two-questions'],
    [
      turn(
        'la reunion metiers logistique c quel jour et ya encore de la place ? jai 3 BRSA interesses par cariste',
        'agenda',
        [on('2027-01-26'), seats(15)],
      ),
    ],
  ),
  c(
    'b78-agenda-proprete-moissac',
    [],
    [
      turn(
        'agent de proprete a moissac ca commence quand ? pour une dame qui fait des menages non declares depuis 10 ans',
        'agenda',
        [on('2027-02-22')],
        ['soudeur', 'plaquiste', 'cariste'],
      ),
    ],
  ),
  c(
    'b78-agenda-infocoll-pec',
    ['follow-up'],
    [
      turn(
        'l info coll competences PEC c quand et ou ? je voudrais y envoyer une salariee et son employeur',
        'agenda',
        [on('2027-02-09'), ['moissac']],
      ),
      turn('et a montauban y en a une ?', 'agenda', [
        ['aucun', 'pas de', 'rien', 'pas prévu', 'ne trouve', 'seule', 'uniquement'],
      ]),
    ],
  ),
  c(
    'b78-agenda-mars-montauban',
    [],
    [
      turn(
        'bon, en mars a montauban il se passe quoi ? info coll, visites, tout',
        'agenda',
        [on('2027-03-10'), on('2027-03-17')],
        [...notOn('2027-03-04'), ...notOn('2027-02-23')],
      ),
    ],
  ),
];

// ── eligibility ─────────────────────────────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c(
    'b78-elig-ase-17-puis-15',
    ['correction'],
    [
      turn(
        'jai une jeune ASE 17 ans, sortie du lycee pro en octobre, elle fait rien depuis, en foyer a montauban. elle peut faire la promo 1618 ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
      turn(
        'ah non pardon je me suis melangee dans les dossiers, elle a 15 ans, elle aura 16 en juin',
        'eligibility',
        [NO, ['16 ans', '16 à 18', '16-18', 'seize ans']],
        ['est éligible'],
      ),
    ],
  ),
  c(
    'b78-elig-brsa-prepa',
    [],
    [
      turn(
        'mr 34 ans BRSA depuis 2 ans, pas inscrit FT, veut faire une formation cariste mais pas du tout sur de son projet, jamais bosse en entrepot. prepa comp ca colle ?',
        'eligibility',
        [YES, ['volet 1', 'consolid', 'projet']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b78-elig-ml-17-promo',
    [],
    [
      turn(
        'jeune 17 ans suivi ML, decrocheur depuis la 3e, pas ASE, il traine toute la journee, il peut aller a la promo ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b78-elig-pec-ehpad',
    [],
    [
      turn(
        'mme 51 ans BRSA en PEC a l ehpad depuis 4 mois comme ASH, elle voudrait valider son experience, competences pec cest pour elle ?',
        'eligibility',
        [YES, ['employeur']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b78-elig-cddi-pas-pec',
    [],
    [
      turn(
        'mr 29 ans BRSA en CDDI dans un chantier d insertion depuis 6 mois (pas un PEC, un vrai CDDI), competences pec c possible pour lui ?',
        'eligibility',
        [NO, ['parcours emploi compétences', 'contrat pec', 'en pec', 'un pec', 'p.e.c']],
      ),
    ],
  ),
  c(
    'b78-elig-19-ase-promo',
    [],
    [
      turn(
        'jeune 19 ans en contrat jeune majeur ASE, decrocheur complet, la promo 1618 cest jouable ?',
        'eligibility',
        [NO, ['16', 'mineur', '18 ans']],
        ['est éligible à la promo'],
      ),
    ],
  ),
  c(
    'b78-elig-16-lycee',
    [],
    [
      turn(
        'jeune 16 ans encore au lycee en premiere mais qui decroche un peu (absences), promo 16/18 pour lui ?',
        'eligibility',
        [NO, ['quitté', 'scolaris', 'décroch', 'pas en formation', 'lycée', 'cursus']],
      ),
    ],
  ),
  c(
    'b78-elig-ass-pas-rsa',
    [],
    [
      turn(
        'mr 45 ans, au chomage en ASS, pas au RSA, inscrit FT. on peut le prescrire nous au CD en prepa comp ou pas ?',
        'eligibility',
        [FRANCE_TRAVAIL, ['rsa']],
      ),
    ],
  ),
  c(
    'b78-elig-prepa-puis-pec',
    ['correction'],
    [
      turn(
        'mme 38 ans BRSA, projet aide soignante deja valide, elle a juste besoin de se remettre a niveau avant d entrer en formation, prepa comp ?',
        'eligibility',
        [YES, ['volet 2', 'sécuris']],
        NOT_NO,
      ),
      turn('ah attends elle a signe un PEC lundi dernier en fait, ca change qqch ?', 'eligibility', [PEC]),
    ],
  ),
  c(
    'b78-elig-apprenti-promo',
    [],
    [
      turn(
        'jeune 17 ans, apprenti en CFA boulangerie mais ca se passe mal, promo 1618 possible ?',
        'eligibility',
        [NO, ['formation', 'apprenti', 'contrat']],
      ),
    ],
  ),
  c(
    'b78-elig-ase-16-parents',
    ['two-questions'],
    [
      turn(
        'jeune 16 ans ASE, sorti du college il y a 1 an, aucune activite. sa mere a encore l autorite parentale et c est tendu. promo possible et il faut quoi comme papiers ?',
        'eligibility',
        [YES, ['autorisation', 'parent']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b78-elig-rqth-prepa',
    ['follow-up'],
    [
      turn(
        'mme 24 ans BRSA, RQTH, suivie aussi par cap emploi. elle peut faire prepa comp par nous ou le handicap bloque ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
      turn('et elle pourrait la faire de chez elle ? elle se deplace mal', 'dispositif', [REMOTE]),
    ],
  ),
  c(
    'b78-elig-ase-ml-qui-prescrit',
    ['two-questions'],
    [
      turn(
        'jeune 17 ans ASE en foyer a castelsarrasin, deja suivi par la ML, sans solution depuis l ete. la promo ca va ? et qui prescrit, nous ou la ML ?',
        'eligibility',
        [YES, ML_OR_CIO],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b78-elig-22-promo',
    [],
    [
      turn('est ce qu un BRSA peut faire la promo 16/18 ? il a 22 ans, jeune papa', 'eligibility', [
        NO,
        ['16', 'mineur', '18 ans'],
      ]),
    ],
  ),
  c(
    'b78-elig-pec-ml-pas-rsa',
    [],
    [
      turn(
        'mme 27 ans, pas RSA, pas ASE, en PEC dans une asso, son conseiller ML voudrait competences pec, mais nous au CD on peut la prescrire ?',
        'eligibility',
        [['rsa'], [...ML_OR_CIO, ...FRANCE_TRAVAIL, 'cap emploi', 'prescripteur']],
      ),
    ],
  ),
  c(
    'b78-elig-sans-prerequis-vae',
    [],
    [
      turn(
        'mme 44 ans BRSA en PEC, pas de diplome, bcp d experience dans le menage, elle a pas les prerequis pour une vae. on fait quoi ?',
        'eligibility',
        [['rsfp', 'reconnaissance des savoir', 'cléa', 'clea']],
      ),
    ],
  ),
  c(
    'b78-elig-promo-remu-contact',
    ['follow-up'],
    [
      turn(
        'jeune 17 ans ASE, decroche depuis la seconde, dort toute la journee au foyer. promo 16 18 ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
      turn('et il touche quoi pendant ?', 'dispositif', [SILENT], MONEY),
      turn('ok. et qui j appelle a l afpa pour en parler ?', 'contact', [AFPA_PEOPLE]),
    ],
  ),
  c(
    'b78-elig-projet-flou',
    [],
    [
      turn(
        'mr 35 ans BRSA, sort de 8 ans de detention, aucune idee de metier, veut juste bosser. prepa comp ca le fera ou cest trop tot',
        'eligibility',
        [YES, ['volet 1', 'consolid', 'projet']],
        NOT_NO,
      ),
    ],
  ),
  c(
    'b78-elig-20-ans',
    ['two-questions'],
    [
      turn(
        'mme 20 ans BRSA (jeune maman seule), suivie aussi ML. prepa comp ou promo 1618 ? laquelle est possible',
        'eligibility',
        [PREPA, ['mineur', '16 à 18', '16-18', '18 ans', 'trop', 'pas éligible', 'ne peut pas']],
      ),
    ],
  ),
  c(
    'b78-elig-15-ans-pas-ase',
    ['correction'],
    [
      turn(
        'jeune 16 ans, exclu du college en mars, pas ASE, suivi par le CIO, rien depuis. promo ?',
        'eligibility',
        [YES],
        NOT_NO,
      ),
      turn(
        'non en fait il a 15 ans, jai confondu avec son frere',
        'eligibility',
        [NO, ['16']],
        ['est éligible'],
      ),
    ],
  ),
  c(
    'b78-elig-pec-et-duree',
    ['two-questions'],
    [
      turn(
        'mr 49 ans BRSA, PEC agent d entretien au college de negrepelisse depuis novembre. il peut faire competences pec et ca lui prendra combien de jours sur son contrat ?',
        'eligibility',
        [YES, PEC_DURATION],
        [...NOT_NO, '13 semaines'],
      ),
    ],
  ),
];

// ── out of scope ────────────────────────────────────────────────────────────

const OUT_OF_SCOPE: ConversationCase[] = [
  c(
    'b78-oos-permis',
    [],
    [
      turn(
        'l afpa peut financer le permis B d un BRSA ? mr 31 ans, il a une promesse d embauche mais faut le permis',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-garde',
    [],
    [
      turn(
        'elle a besoin d une solution de garde pour ses 2 enfants pendant la formation, le CD donne une aide ? combien ?',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-hebergement',
    [],
    [
      turn(
        'y a un hebergement a l afpa montauban pour les stagiaires ? mr sans logement, il dort chez un copain a caussade',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-cpf',
    [],
    [
      turn(
        'on peut utiliser le CPF du monsieur pour completer la formation soudeur ?',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-cej',
    [],
    [
      turn(
        'le CEJ c compatible avec la promo 1618 ? la ML veut le mettre en CEJ en meme temps',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-sanction-rsa',
    [],
    [
      turn(
        'si il abandonne la prepa comp au bout de 2 jours, ya une sanction sur son RSA ?',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-meteo',
    [],
    [
      turn('tu sais quel temps il va faire demain a montauban ?', 'out_of_scope', [
        [...SILENT, 'uniquement', 'seulement', 'je peux vous aider', 'je réponds'],
      ]),
    ],
  ),
  c(
    'b78-oos-transport',
    [],
    [
      turn(
        'les frais de transport pour aller a montauban sont rembourses ? elle vient de verdun sur garonne en bus',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-prix-formation',
    [],
    [
      turn(
        'combien ca coute une formation soudeur a l afpa si cest pas pris en charge par la region ?',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-repas',
    [],
    [
      turn(
        'pour la promo 16 18 les repas du midi sont fournis ? le jeune a pas un rond',
        'out_of_scope',
        [SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-prime-activite',
    ['two-questions'],
    [
      turn(
        'prepa comp cest combien de jours deja ? et sa prime d activite est maintenue pendant ?',
        'dispositif',
        [PREPA_DURATION, SILENT],
        MONEY,
      ),
    ],
  ),
  c(
    'b78-oos-greta',
    ['follow-up'],
    [
      turn('le GRETA fait aussi des prepa comp ? ou cest que l afpa', 'out_of_scope', [
        [
          ...SILENT,
          'conjointement',
          'afpa et pôle emploi',
          'afpa et france travail',
          'pôle emploi et l',
          'france travail et l',
        ],
      ]),
      turn('ok et la prepa comp peut servir pour une formation hors afpa ?', 'dispositif', [
        ['oui', 'hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes'],
      ]),
    ],
  ),
];

// ── contact ─────────────────────────────────────────────────────────────────

const CONTACT: ConversationCase[] = [
  c(
    'b78-contact-coordo',
    ['follow-up'],
    [
      turn(
        'qui est le coordo a l afpa pour les 3 dispositifs ? jai besoin d un nom pour ma cheffe',
        'contact',
        [['vella']],
      ),
      turn('il est quoi exactement a l afpa ?', 'contact', [['directeur', 'coordonnateur', 'coordinat']]),
    ],
  ),
  c(
    'b78-contact-deploiement',
    [],
    [
      turn(
        'qui s occupe du deploiement prepa comp cote afpa ? jai un dossier bloque depuis 3 semaines',
        'contact',
        [['battedou', 'responsable accompagnement']],
      ),
    ],
  ),
  c(
    'b78-contact-referent-cd',
    [],
    [turn('c qui le referent de l experimentation cote CD ?', 'contact', [['expérimentation', 'désign']])],
  ),
  c(
    'b78-contact-telephone',
    ['follow-up'],
    [
      turn('qui est la responsable accompagnement et parcours a l afpa ?', 'contact', [['battedou']]),
      turn(
        'tu as son num de tel ou son mail ?',
        'contact',
        [[...SILENT, 'pas de numéro', 'pas de coordonnées', 'aucune coordonnée', 'coordonnées']],
        ['05 63', '05.63', '0563', '@afpa.fr'],
      ),
    ],
  ),
  c(
    'b78-contact-copil',
    ['two-questions'],
    [
      turn('qui suit l accord cote afpa et cote departement ? et le copil il se reunit quand ?', 'contact', [
        ['vella'],
        ['weill', 'président'],
        ['une fois par an', '1 fois par an', 'annuel', 'au moins une fois'],
      ]),
    ],
  ),
  c(
    'b78-contact-habilitation-panda',
    [],
    [
      turn('qui m habilite sur PANDA ? je suis nouvelle a castel et jai pas d acces', 'contact', [
        ['afpa'],
        ['habilit'],
      ]),
    ],
  ),
  c(
    'b78-contact-promo-qui',
    ['two-questions'],
    [
      turn(
        'pour la promo 16/18 c la ML qui oriente ou nous ? et qui je contacte a l afpa si ca coince ?',
        'contact',
        [ML_OR_CIO, AFPA_PEOPLE],
      ),
    ],
  ),
  c(
    'b78-contact-signataire',
    [],
    [turn('qui a signe la convention cote departement ? cest pour une note', 'contact', [['weill']])],
  ),
];

// ── figures ─────────────────────────────────────────────────────────────────

const FIGURES: ConversationCase[] = [
  c(
    'b78-fig-objectif-prepa',
    [],
    [
      turn(
        'l objectif 2022 prepa comp c etait combien de BRSA ?',
        'figures',
        [['30', 'trente']],
        ['50 allocataires'],
      ),
    ],
  ),
  c(
    'b78-fig-realise-pec',
    [],
    [turn('combien de BRSA ont deja fait competences pec cette annee ?', 'figures', [NOT_YET])],
  ),
  c(
    'b78-fig-tous-objectifs',
    [],
    [
      turn('les objectifs chiffres des 3 dispositifs stp, jai une reunion d equipe cet aprem', 'figures', [
        ['30', 'trente'],
        ['50', 'cinquante'],
        ['10', 'dix'],
      ]),
    ],
  ),
  c(
    'b78-fig-promo-suivi',
    ['follow-up'],
    [
      turn('objectif promo 1618 pour les jeunes ASE ?', 'figures', [['10', 'dix'], PROMO]),
      turn('et on en est ou ?', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b78-fig-indicateurs-jpo',
    [],
    [
      turn(
        'quels indicateurs sont suivis pour les JPO et les infos coll ? on me demande de compter mes BRSA qui y vont',
        'figures',
        [['particip', 'nombre']],
      ),
    ],
  ),
  c(
    'b78-fig-taux-sortie',
    [],
    [turn('taux de sortie emploi des BRSA passes par l afpa ?', 'figures', [NOT_YET])],
  ),
  c('b78-fig-50', [], [turn('l objectif des 50 c pour quel dispositif deja ?', 'figures', [PEC])]),
];

// ── prescribe ───────────────────────────────────────────────────────────────

const PRESCRIBE: ConversationCase[] = [
  c(
    'b78-presc-prepa',
    [],
    [
      turn('je veux prescrire une dame en prepa comp, mme K. 43 ans BRSA, projet vente', 'prescribe', [
        PRESCRIBE_STEPS,
      ]),
    ],
  ),
  c(
    'b78-presc-promo-ase',
    [],
    [
      turn(
        'comment on fait pour inscrire un jeune ASE sur la promo ? cest la 1ere fois que je fais ca',
        'prescribe',
        [PRESCRIBE_STEPS],
      ),
    ],
  ),
  c(
    'b78-presc-pec-employeur',
    [],
    [
      turn(
        'pour prescrire competences pec faut l accord de l employeur ? la mairie est pas trop chaude',
        'prescribe',
        [['employeur'], ['accord', 'oui']],
      ),
    ],
  ),
  c(
    'b78-presc-session-18',
    ['follow-up'],
    [
      turn('je voudrais positionner mr D. 33 ans BRSA sur l entree prepa du 18 janvier', 'prescribe', [
        PRESCRIBE_STEPS,
      ]),
      turn('cest en presentiel celle la ?', 'agenda', [['présentiel'], ['montauban']]),
    ],
  ),
  c(
    'b78-presc-etapes',
    [],
    [
      turn('les etapes pour orienter qqn en prepa comp ? je veux pas faire d erreur', 'prescribe', [
        ['adhésion', 'inform', 'accord'],
        ['panda', 'inscri', 'formulaire'],
      ]),
    ],
  ),
  c(
    'b78-presc-annule',
    ['follow-up'],
    [
      turn('je veux prescrire', 'prescribe', [PRESCRIBE_STEPS]),
      turn('non laisse tomber jai pas ses coordonnees sous la main, annule', 'other', [CANCEL]),
    ],
  ),
  c(
    'b78-presc-directement',
    [],
    [
      turn('je peux prescrire moi meme en prepa comp ou faut passer par FT obligatoirement ?', 'prescribe', [
        ['directement', 'vous-même', 'vous pouvez', 'oui'],
      ]),
    ],
  ),
  c(
    'b78-presc-distanciel-fevrier',
    ['follow-up'],
    [
      turn(
        'bonjour, prescrire sur la session prepa a distance de fevrier stp, mme L. 33 ans BRSA a saint antonin',
        'prescribe',
        [PRESCRIBE_STEPS],
      ),
      turn('elle commence quand deja cette session ?', 'agenda', [on('2027-02-08')]),
    ],
  ),
];

// ── other ───────────────────────────────────────────────────────────────────

const OTHER: ConversationCase[] = [
  c('b78-other-bonjour', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b78-other-capacites', [], [turn('tu sais faire quoi exactement ?', 'other', [HELP])]),
  c(
    'b78-other-merci',
    [],
    [
      turn('merci bcp !', 'other', [
        ['de rien', 'avec plaisir', 'je vous en prie', 'bonne', 'à votre service', 'hésitez'],
      ]),
    ],
  ),
  c('b78-other-aide', [], [turn('aide', 'other', [HELP])]),
  c('b78-other-annule-seul', [], [turn('stop annule', 'other', [CANCEL])]),
  c(
    'b78-other-nouvelle',
    [],
    [
      turn(
        'bjr, je suis nouvelle referente insertion a castel depuis lundi, je connais rien a l afpa, par ou je commence avec toi ?',
        'other',
        [HELP],
      ),
    ],
  ),
];

export const SEVENTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  ...DISPOSITIF,
  ...AGENDA,
  ...ELIGIBILITY,
  ...OUT_OF_SCOPE,
  ...CONTACT,
  ...FIGURES,
  ...PRESCRIBE,
  ...OTHER,
];
