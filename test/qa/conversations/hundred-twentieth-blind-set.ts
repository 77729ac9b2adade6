/**
 * Hundred-twentieth blind set. Who speaks: référents insertion of the Département (CD82) in
 * their first weeks on the job, who do not know the programmes' names yet, describe what they
 * want in plain words, mix the programmes up, ask what the acronyms mean and how the whole
 * thing works (who prescribes, what AFPA does, what comes back); plus a few experienced
 * colleagues answering them in the same channel. They type as in Teams: abbreviations, no
 * accents, typos, SMS style, long messages with the question buried inside, follow-ups that
 * only make sense after the previous turn.
 *
 * Written blind from the agreement (Département de Tarn-et-Garonne – AFPA, its action plan
 * and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const VOLET1_DAYS = ['5 à 6 j', '5 ou 6 jours', 'cinq à six jours', '5 et 6 jours', '5-6 jours'];
const VOLET2_DAYS = ['4 à 8 j', '4 et 8 jours', 'quatre à huit jours', '4-8 jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi a jeudi', 'lundi-jeudi'];
const ON_SITE = ['présentiel', 'sur place', 'dans le centre', 'au centre'];
const REMOTE = ['distance', 'distanciel'];
const PREPA = ['prépa compétences', 'prepa competences', 'prépa'];
const PEC_PROGRAMME = [
  'compétences pec',
  'competences p.e.c',
  'compétences – pec',
  'parcours emploi compétences',
];
const PROMO = ['promo 16', 'promo1618', 'promo 1618', '16/18', '16-18', '16.18'];
const PEC_MEANING = [
  'parcours emploi compétences',
  'parcours emploi-compétences',
  'parcours emploi competence',
];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['reconnaissance des savoir'];
const CLEA = ['cléa', 'compétences de base', 'socle', 'certification interprofessionnelle'];
const BILAN = ['bilan individuel', 'bilan'];
const PAID_BY_STATE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  "l'état",
  'l’état',
  'etat',
  'pic',
  'plan d’investissement',
  "plan d'investissement",
  'financé par',
];
const RAP = ['battedou', 'responsable accompagnement et parcours'];
const DIRECTOR = ['vella'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];

const MONTAUBAN = ['montauban'];
const CASTELSARRASIN = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];

const FULL = [
  'complet',
  'aucune place',
  '0 place',
  'plus de place',
  'places : 0',
  'place(s) : 0',
  'places disponibles : 0',
  'pas de place',
  'plus aucune',
  'zéro place',
];

/** The prescription form, or the steps to prescribe. */
const PRESCRIBE = ['formulaire', 'fiche', 'panda', 'étape', 'inscri', 'prescription'];

/** A positive verdict. */
const YES = [
  'eligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut suivre',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut y accéder',
  'peut accéder',
  'correspond',
  'oui',
];
/** What a positive verdict must not say. */
const WRONG_NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'n’est pas concern',
  "n'est pas concern",
  'ne correspond pas',
];
/** A negative verdict. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas accessible',
  'ne relève pas',
  'réservé',
  'pas concerné',
  'trop jeune',
  'ne correspond pas',
  'ne remplit pas',
  'pas possible',
  'exclu',
  'non,',
];
/** What a negative verdict must not say. */
const WRONG_YES = [
  'est bien éligible',
  'oui, il est éligible',
  'oui, elle est éligible',
  'oui il est éligible',
  'oui elle est éligible',
  'oui, il peut',
  'oui, elle peut',
];

/** The agreement does not cover it: many wordings. */
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
  'pas couvert',
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'pas d’information',
  "pas d'information",
  'ne porte pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne donne pas',
  'rien sur',
  'ne dispose pas',
  'pas en mesure',
  'ne peux pas',
  'ne sais pas',
  'ne fixe pas',
  'ne détaille pas',
  'ne concerne pas',
  'aucune mention',
  'ne répond pas',
  'pas de réponse',
];

/** Figures not yet available. */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de donnée',
  'aucune donnée',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'pas connu',
  'pas en mesure',
  'aucun indicateur',
  'aucun résultat',
  'pas de résultat',
  'aucun',
];

const TARGET_PREPA = [
  '30 allocataires',
  '30 bénéficiaires',
  '30 personnes',
  '30 brsa',
  '30 rsa',
  ': 30',
  'objectif de 30',
  'trente',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 bénéficiaires',
  '50 personnes',
  '50 brsa',
  '50 rsa',
  ': 50',
  'objectif de 50',
  'cinquante',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  '10 ase',
  ': 10',
  'objectif de 10',
  'dix jeunes',
  '10 orient',
];

// ── The set ─────────────────────────────────────────────────────────────────

export const HUNDRED_TWENTIETH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c(
    'b120-dispo-remise-a-niveau',
    ['novice', 'plain-words', 'two-questions'],
    [
      turn(
        "slt, je suis nouvelle au CD depuis lundi, on m'a parle d'un truc pour remettre a niveau les gens avant qu'ils rentrent en formation, ca s'appelle comment et ca dure combien ?",
        'dispositif',
        [PREPA, [...PREPA_DURATION, ...VOLET2_DAYS]],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b120-dispo-jeunes-decrocheurs',
    ['novice', 'plain-words', 'sms'],
    [
      turn(
        "c koi deja la formation pour les jeunes qui ont lache l'ecole ?? ca dure cb de tps",
        'dispositif',
        [PROMO, PROMO_WEEKS],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b120-dispo-valider-experience',
    ['novice', 'plain-words'],
    [
      turn(
        'le dispositif pour valider son experience la, c pour qui exactement ? tout le monde ?',
        'dispositif',
        [['pec', 'parcours emploi']],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b120-dispo-acronymes',
    ['novice', 'acronym', 'follow-up', 'two-questions'],
    [
      turn(
        "PEC ca veut dire quoi ? tt le monde en parle en reunion d'equipe et j'ose pas demander",
        'dispositif',
        [PEC_MEANING],
      ),
      turn('et RSFP et clea dans la foulee ? c pareil ?', 'dispositif', [RSFP, CLEA]),
    ],
  ),
  c(
    'b120-dispo-volets',
    ['novice', 'sms', 'follow-up'],
    [
      turn('prepa comp volet 1 volet 2 jcomprend pas la diff', 'dispositif', [
        ['projet'],
        ['entrée en formation', 'sécuris'],
      ]),
      turn(
        "ok. et on peut faire ca en visio ? j'ai une dame a lafrancaise sans permis ni bus",
        'dispositif',
        [REMOTE],
      ),
    ],
  ),
  c(
    'b120-dispo-volet-durees',
    ['sms', 'follow-up'],
    [
      turn('le volet 1 de la prepa c combien de jours ?', 'dispositif', [VOLET1_DAYS], ['13 semaines']),
      turn('et le 2 ?', 'dispositif', [VOLET2_DAYS], ['13 semaines']),
    ],
  ),
  c(
    'b120-dispo-cout',
    ['novice', 'rambling', 'follow-up'],
    [
      turn(
        "bonjour, mon chef de service me demande si on doit prevoir un budget quand on envoie qqn en prepa comp, ca coute combien au departement ? merci d'avance",
        'dispositif',
        [PAID_BY_STATE],
        ['€'],
      ),
      turn('c finance par qui alors ? la region ?', 'dispositif', [
        ['état', 'pic', 'plan d’investissement', "plan d'investissement"],
      ]),
    ],
  ),
  c(
    'b120-dispo-remuneration',
    ['novice', 'silent'],
    [
      turn(
        'la personne elle est payee pendant la prepa ? genre une remuneration de stagiaire, c la 1ere question qu on m a posee',
        'dispositif',
        [SILENT],
        ['€'],
      ),
    ],
  ),
  c(
    'b120-dispo-lieu',
    ['novice', 'rambling', 'follow-up'],
    [
      turn(
        'ca se passe ou concretement ? que a montauban ? parce que mes gens sont plutot vers castel et la plupart ont pas de voiture',
        'dispositif',
        [
          MONTAUBAN,
          ['délocalis', 'ensemble du département', 'tout le département', 'distance', 'castelsarrasin'],
        ],
      ),
      turn(
        "et vers valence d'agen ya qqch de prevu ? j'ai repris le secteur de ma collegue qui est partie",
        'agenda',
        [on('2027-03-04')],
        notOn('2027-01-21'),
      ),
    ],
  ),
  c(
    'b120-dispo-retour-afpa',
    ['novice', 'follow-up'],
    [
      turn(
        "une fois que la personne a fini la prepa, l'afpa nous renvoie qqch ? un compte rendu ou autre ?",
        'dispositif',
        [BILAN],
      ),
      turn('et c envoye a qui ? a moi ou a mon chef ?', 'dispositif', [['référent']]),
    ],
  ),
  c(
    'b120-dispo-panda',
    ['novice', 'acronym', 'follow-up'],
    [
      turn("c quoi PANDA ?? on m'a dit que je devais m'inscrire dessus", 'dispositif', [
        ['trac', 'suivi des parcours', 'plateforme'],
      ]),
      turn('et c qui me donne les acces ?', 'contact', [['afpa'], ['habilit', 'accès']]),
    ],
  ),
  c(
    'b120-dispo-promo-phases',
    ['novice', 'follow-up'],
    [
      turn('la promo 1618 ca se passe comment, ya plusieurs etapes ?', 'dispositif', [
        ['4 phases', 'quatre phases', '4 temps', 'quatre temps', 'engagement'],
        ['construction'],
      ]),
      turn('et apres les 13 semaines le jeune il est lache dans la nature ou ya un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        MISSION_LOCALE,
      ]),
    ],
  ),
  c(
    'b120-dispo-promo-rythme',
    ['sms', 'two-questions'],
    [turn('la 1618 c tous les jours ? et c en visio ou sur place ?', 'dispositif', [MON_THU, ON_SITE])],
  ),
  c(
    'b120-dispo-pec-contenu',
    ['novice', 'two-questions'],
    [
      turn(
        'concretement competences pec ca contient quoi ? des ateliers ? un diplome a la fin ?',
        'dispositif',
        [
          [...VAE, ...RSFP, 'cléa'],
          ['atelier', 'phase', 'portefeuille', 'certification'],
        ],
      ),
    ],
  ),
  c(
    'b120-dispo-pec-moment',
    ['sms', 'follow-up'],
    [
      turn('competences PEC ca se mobilise a quel moment du contrat ? au debut ? a la fin ?', 'dispositif', [
        ['signature', 'premiers mois', 'début'],
      ]),
      turn('et le portefeuille de competences dont parle la plaquette c pour tout le monde ?', 'dispositif', [
        ['chaque', 'systémat', 'tous les', 'tout bénéficiaire', 'pec'],
      ]),
    ],
  ),
  c(
    'b120-dispo-pec-duree',
    ['two-questions', 'mixed-up'],
    [
      turn(
        "le truc pour les contrats aides la, competence pec, c'est combien de jours et c'est pendant le contrat ou apres ?",
        'dispositif',
        [PEC_DAYS, ['durée du pec', 'durée du contrat', 'pendant', 'réparti', 'au long']],
        ['13 semaines', '2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b120-dispo-open-badges',
    ['novice', 'acronym'],
    [
      turn('les open badges c quoi ce truc, on me l a sorti en reunion', 'dispositif', [
        ['reconnaissance', 'valoris', 'soft skills', 'compétences douces', 'savoir-être', 'transvers'],
      ]),
    ],
  ),
  c(
    'b120-dispo-fle',
    ['plain-words'],
    [
      turn(
        "j'ai un monsieur primo arrivant qui parle pas bien francais, il veut bosser dans le batiment, l'afpa a un truc pour la langue ?",
        'dispositif',
        [['visée professionnelle', 'langue étrangère', 'fle']],
      ),
    ],
  ),
  c(
    'b120-dispo-comment-ca-marche',
    ['novice', 'rambling', 'two-questions'],
    [
      turn(
        "bon je reprends depuis le debut parce que j'ai rien capte en reunion lundi : en gros c nous qui envoyons les gens a l'afpa ? et l'afpa elle fait quoi exactement avec eux, et nous on recoit quoi a la fin ?? dsl si c bete",
        'dispositif',
        [['prescri', 'inscri', 'orient', 'panda'], BILAN],
      ),
    ],
  ),
  c(
    'b120-dispo-confusion-prepa-promo',
    ['mixed-up'],
    [
      turn('attends prepa comp c pas pour les jeunes ? c pas la meme chose que la 1618 ?', 'dispositif', [
        ['rsa', 'allocataire', 'éloigné'],
        ['16', 'mineur', 'décroch'],
      ]),
    ],
  ),
  c(
    'b120-dispo-convention',
    ['two-questions'],
    [
      turn('la convention CD-AFPA elle date de quand et elle dure combien ?', 'dispositif', [
        ['2022'],
        ['2 ans', 'deux ans'],
      ]),
    ],
  ),
  c(
    'b120-dispo-campagne',
    ['sms'],
    [
      turn(
        "jusqu'a quand on peut faire entrer des BRSA ? jai lu 31 decembre qqpart mais de quelle annee",
        'dispositif',
        [['31 décembre', '31/12', '31 déc', 'avenant', 'prolong', '30 avril']],
      ),
    ],
  ),
  c(
    'b120-dispo-qui-oriente-promo',
    ['novice', 'two-questions'],
    [
      turn(
        'la 1618 c qui qui oriente les jeunes normalement, nous ou la ML ? et les jeunes ASE ils passent par qui ?',
        'dispositif',
        [
          [...MISSION_LOCALE, 'cio', 'c.i.o'],
          ['ase', 'aide sociale', 'département'],
        ],
      ),
    ],
  ),
  c(
    'b120-dispo-prepa-diplome',
    ['plain-words'],
    [
      turn('a la fin de la prepa la personne elle a un diplome ou pas ?', 'dispositif', [
        [
          'pas de diplôme',
          'pas un diplôme',
          'aucun diplôme',
          'ne délivre pas',
          'pas de certification',
          'formation qualifiante',
          'entrée en formation',
          'choix éclairés',
        ],
      ]),
    ],
  ),
  c(
    'b120-dispo-collegue-promo',
    ['colleague', 'two-questions'],
    [
      turn(
        "@Lea la 1618 c pour les mineurs decrocheurs, c la ML ou le CIO qui les reperent en general. @bot tu peux lui redire combien de temps ca dure et si ca peut aller jusqu'a 4 mois ?",
        'dispositif',
        [PROMO_WEEKS, FOUR_MONTHS],
        ['2 à 8 jours'],
      ),
    ],
  ),
  c(
    'b120-dispo-collegue-prepa',
    ['colleague', 'mixed-up'],
    [
      turn(
        'kevin je crois que tu confonds, prepa comp c pas des semaines entieres hein... bot c bien 2 a 8 jours sur 2 semaines ?',
        'dispositif',
        [PREPA_DURATION, TWO_WEEKS],
      ),
    ],
  ),

  // ── agenda ──
  c(
    'b120-agenda-infocoll-prepa',
    ['follow-up', 'sms'],
    [
      turn(
        "c quand la prochaine info coll pour prepa comp ? j'ai 2 personnes a envoyer",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-02-09'), ...notOn('2027-03-17')],
      ),
      turn(
        'et a castel ?',
        'agenda',
        [on('2027-01-21'), CASTELSARRASIN],
        [...notOn('2027-03-04'), ...notOn('2027-02-09')],
      ),
      turn('il reste de la place ?', 'agenda', [seats(12)]),
    ],
  ),
  c(
    'b120-agenda-moissac',
    ['plain-words'],
    [
      turn(
        'y a quoi comme evenements a moissac prochainement ? je couvre le secteur',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-23'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b120-agenda-jpo',
    ['follow-up', 'acronym'],
    [
      turn('prochaine JPO c quand ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-01-07'), ...notOn('2027-02-03')]),
    ],
  ),
  c(
    'b120-agenda-jpo-ratee',
    ['sms'],
    [turn('jai rate la jpo de janvier :( y en a une autre bientot ?', 'agenda', [on('2027-02-03')])],
  ),
  c(
    'b120-agenda-volet2-complet',
    ['follow-up'],
    [
      turn(
        'il reste de la place sur la prepa volet 2 qui commence le 25 ? jai qqn de tres motive',
        'agenda',
        [FULL],
      ),
      turn(
        'ya une autre date pour le volet 2 alors ?',
        'agenda',
        [on('2027-02-15'), CASTELSARRASIN],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b120-agenda-soudure',
    ['sms', 'follow-up', 'two-questions'],
    [
      turn(
        'info places soudeur ?',
        'agenda',
        [seats(4), on('2027-02-01')],
        ['cariste', 'plaquiste', 'maçon', 'restauration'],
      ),
      turn(
        "on peut visiter l'atelier avant ? c quand et ya cb de places",
        'agenda',
        [on('2027-01-19'), seats(8)],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b120-agenda-cariste',
    ['two-questions', 'sms'],
    [
      turn(
        'il reste cb de places en cariste et ca commence qd ?',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['soudeur', 'plaquiste', 'électricien'],
      ),
    ],
  ),
  c(
    'b120-agenda-logistique',
    ['follow-up', 'plain-words'],
    [
      turn(
        'g un monsieur interesse par la logistique, ya une reunion metier ou qqch du genre ?',
        'agenda',
        [on('2027-01-26'), MONTAUBAN],
        notOn('2027-02-23'),
      ),
      turn(
        'et des places en formation dans ce domaine ?',
        'agenda',
        [['cariste', 'préparateur de commandes']],
        ['soudeur', 'plaquiste', 'restauration'],
      ),
    ],
  ),
  c(
    'b120-agenda-batiment',
    ['two-questions'],
    [
      turn(
        'reunion metier batiment c ou et quand ?',
        'agenda',
        [on('2027-02-23'), CAUSSADE],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b120-agenda-semaine',
    ['follow-up'],
    [
      turn(
        "qu'est ce qu'il y a cette semaine a l'afpa ?",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
      ),
      turn(
        'et semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-07'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b120-agenda-prepa-distance',
    ['plain-words'],
    [
      turn(
        'prepa comp a distance c quand la prochaine ? ma dame peut pas se deplacer',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b120-agenda-pec-ateliers',
    ['follow-up', 'acronym'],
    [
      turn('prochaine entree competences PEC atelier 2 ?', 'agenda', [on('2027-01-20')], notOn('2027-01-18')),
      turn(
        "et l'atelier 3 ?",
        'agenda',
        [on('2027-02-10')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08')],
      ),
      turn('il reste de la place ?', 'agenda', [seats(6)]),
    ],
  ),
  c(
    'b120-agenda-promo',
    ['follow-up', 'two-questions'],
    [
      turn(
        'la promo 16 18 prochaine rentree c quand ? et ca se passe ou',
        'agenda',
        [on('2027-02-01'), MONTAUBAN],
        notOn('2027-01-18'),
      ),
      turn("ya une reunion d'info pour les parents ?", 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    ],
  ),
  c(
    'b120-agenda-electricite',
    ['follow-up', 'sms'],
    [
      turn(
        'des places en elec ?',
        'agenda',
        [seats(2), on('2027-03-08')],
        ['plaquiste', 'soudeur', 'cariste'],
      ),
      turn("on peut visiter l'atelier avant ?", 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b120-agenda-plaquiste',
    ['sms', 'follow-up'],
    [
      turn('plaquiste il reste de la place ?', 'agenda', [FULL]),
      turn('et en macon ?', 'agenda', [seats(3), on('2027-02-15')], ['soudeur', 'cariste']),
    ],
  ),
  c(
    'b120-agenda-restauration',
    ['two-questions', 'sms'],
    [
      turn(
        'formation agent de restau c ou et ca commence qd ?',
        'agenda',
        [CAUSSADE, on('2027-03-15')],
        ['soudeur', 'plaquiste'],
      ),
    ],
  ),
  c(
    'b120-agenda-infocoll-pec',
    ['plain-words'],
    [
      turn(
        'y a une info coll pour les gens en PEC ? avec leur employeur si possible',
        'agenda',
        [on('2027-02-09'), MOISSAC],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b120-agenda-prepa-moissac',
    ['sms', 'follow-up'],
    [
      turn(
        'prepa comp a moissac ya une session ?',
        'agenda',
        [on('2027-03-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
      turn(
        'et des places en formation qualifiante la bas ?',
        'agenda',
        [seats(7), ['propreté']],
        ['plaquiste', 'soudeur', 'cariste'],
      ),
    ],
  ),
  c(
    'b120-agenda-places-infocoll',
    ['sms'],
    [turn("l'info coll prepa de jeudi il reste des places ?", 'agenda', [seats(15)])],
  ),
  c(
    'b120-agenda-mars',
    ['plain-words'],
    [
      turn(
        "c quoi le programme des evenements en mars ? je prepare mon planning d'equipe",
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        [...notOn('2027-02-23'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b120-agenda-volet2-castel',
    ['two-questions', 'sms'],
    [
      turn(
        'prepa volet 2 a castel c quand et cb de places ?',
        'agenda',
        [on('2027-02-15'), seats(5)],
        notOn('2027-01-25'),
      ),
    ],
  ),

  // ── eligibility ──
  c(
    'b120-elig-rsa-pas-ft',
    ['rambling', 'novice'],
    [
      turn(
        "alors j'ai une dame au RSA, 45 ans, pas inscrite a FT, elle voudrait reprendre une formation mais elle a tres peur de pas suivre vu qu'elle a arrete l'ecole a 16 ans, le truc pour se preparer avant la formation elle peut le faire ?",
        'eligibility',
        [YES, PREPA],
        WRONG_NO,
      ),
    ],
  ),
  c(
    'b120-elig-ase-17',
    ['acronym'],
    [
      turn(
        'jeune ASE 17 ans, a arrete le lycee en septembre, ni ecole ni taf depuis, il peut aller a la 1618 ?',
        'eligibility',
        [YES, PROMO],
        WRONG_NO,
      ),
    ],
  ),
  c(
    'b120-elig-ase-15',
    ['boundary'],
    [
      turn(
        "gamin de 15 ans a l'ASE, sorti du college, il peut faire la 1618 ?",
        'eligibility',
        [NO, ['16']],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b120-elig-ml-20-puis-17',
    ['sms', 'follow-up'],
    [
      turn(
        'jeune 20 ans suivi ML, decrocheur, la promo 1618 c possible ?',
        'eligibility',
        [NO, ['16', 'mineur']],
        WRONG_YES,
      ),
      turn(
        'et son petit frere 17 ans, pas ASE non plus, sorti du lycee pro en juin, ne fait rien depuis ?',
        'eligibility',
        [YES],
        WRONG_NO,
      ),
    ],
  ),
  c(
    'b120-elig-pec-mairie',
    ['plain-words'],
    [
      turn(
        "j'ai un monsieur en PEC depuis 2 mois aux espaces verts de la mairie, il voudrait faire reconnaitre ce qu'il sait faire, c possible ?",
        'eligibility',
        [YES, PEC_PROGRAMME],
        WRONG_NO,
      ),
    ],
  ),
  c(
    'b120-elig-rsa-inscrit-ft',
    ['acronym', 'follow-up'],
    [
      turn(
        'BRSA inscrit a FT ca bloque pour la prepa comp ou pas ?',
        'eligibility',
        [[...YES, 'ne bloque pas', 'inscrit ou non', 'inscrits ou non', 'inscrite ou non']],
        WRONG_NO,
      ),
      turn(
        "et s'il a une RQTH en plus ?",
        'eligibility',
        [[...YES, 'n’empêche pas', "n'empêche pas"]],
        WRONG_NO,
      ),
    ],
  ),
  c(
    'b120-elig-apprenti',
    ['plain-words'],
    [
      turn(
        'jeune 16 ans en apprentissage au CFA depuis octobre mais ca se passe mal, il peut faire la formation pour les decrocheurs ?',
        'eligibility',
        [NO],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b120-elig-lyceen',
    ['plain-words'],
    [
      turn(
        "une jeune de 17 ans toujours inscrite au lycee mais qui seche beaucoup, je peux l'orienter vers la promo ?",
        'eligibility',
        [NO],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b120-elig-cdi',
    ['mixed-up'],
    [
      turn(
        'personne en CDI temps plein, pas au RSA, elle veut se reconvertir, je peux lui prescrire prepa comp via le CD ?',
        'eligibility',
        [NO],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b120-elig-employeur-refuse',
    ['rambling'],
    [
      turn(
        "j'ai une salariee en PEC dans une asso qui veut faire competences pec mais son employeur est pas chaud du tout, est ce qu'on peut quand meme l'inscrire ?",
        'eligibility',
        [['accord'], ['employeur']],
        ['est bien éligible'],
      ),
    ],
  ),
  c(
    'b120-elig-19-rsa',
    ['two-questions', 'mixed-up'],
    [
      turn('jeune maman 19 ans au RSA, elle sait pas quoi faire, promo 1618 ou prepa ?', 'eligibility', [
        PREPA,
        ['16 à 18', '16-18', '16/18', 'mineur', 'trop', '18 ans'],
      ]),
    ],
  ),
  c(
    'b120-elig-ase-cdd',
    ['sms'],
    [
      turn(
        "ado ASE 17 ans qui bosse en CDD au mcdo, la 1618 ca peut l'interesser ?",
        'eligibility',
        [NO],
        WRONG_YES,
      ),
    ],
  ),
  c(
    'b120-elig-ase-16-parents',
    ['follow-up'],
    [
      turn(
        "jeune fille 16 ans confiee a l'ASE, sortie du lycee en octobre, rien depuis. ca colle pour la promo ?",
        'eligibility',
        [YES],
        WRONG_NO,
      ),
      turn("faut l'accord des parents ? elle est placee en famille d'accueil", 'dispositif', [
        ['autorisation', 'accord'],
        ['parent'],
      ]),
    ],
  ),
  c(
    'b120-elig-aide-soignante',
    ['follow-up', 'rambling'],
    [
      turn(
        "g une dame de 52 ans au RSA depuis 3 ans, elle veut devenir aide soignante mais a peur de pas y arriver a la formation, on peut l'aider avec un de vos trucs ?",
        'eligibility',
        [YES, PREPA],
        WRONG_NO,
      ),
      turn("elle a pas d'ordi chez elle par contre", 'dispositif', [ON_SITE]),
    ],
  ),
  c(
    'b120-elig-collegue-confirme',
    ['colleague'],
    [
      turn(
        '@Sam ton jeune de 17 ans ASE qui a quitte le college il est eligible a la 1618 je pense, le bot peut confirmer ?',
        'eligibility',
        [YES],
        WRONG_NO,
      ),
    ],
  ),

  // ── out_of_scope ──
  c(
    'b120-oos-transport-hebergement',
    ['sms', 'follow-up'],
    [
      turn("l'afpa rembourse les frais de transport des stagiaires ?", 'out_of_scope', [SILENT], ['€']),
      turn('et elle les loge et les nourrit quand ils viennent de loin ?', 'out_of_scope', [SILENT], ['€']),
    ],
  ),
  c(
    'b120-oos-montant-rsa',
    ['sms'],
    [turn('combien touche un BRSA celib en ce moment ?', 'out_of_scope', [SILENT], ['€', 'euros'])],
  ),
  c(
    'b120-oos-logement-cv',
    ['novice', 'follow-up'],
    [
      turn('vous pouvez m aider pour un dossier de logement social pour une beneficiaire ?', 'out_of_scope', [
        SILENT,
      ]),
      turn('ok et un CV pour un monsieur qui cherche en logistique, tu sais faire ?', 'out_of_scope', [
        SILENT,
      ]),
    ],
  ),
  c(
    'b120-oos-permis-c',
    ['plain-words'],
    [
      turn(
        'le permis poids lourd il est finance par la region ou par vous ?',
        'out_of_scope',
        [SILENT],
        ['€'],
      ),
    ],
  ),
  c(
    'b120-oos-cpf',
    ['acronym'],
    [
      turn(
        'on peut utiliser le CPF de la personne pour payer la prepa ?',
        'out_of_scope',
        [[...SILENT, 'sans contrepartie', 'état', 'pic']],
        ['€'],
      ),
    ],
  ),
  c(
    'b120-oos-creche',
    ['plain-words'],
    [
      turn("l'afpa a une creche ou une garderie ? ma beneficiaire a 2 petits", 'out_of_scope', [
        [...SILENT, 'référent'],
      ]),
    ],
  ),
  c(
    'b120-oos-lot',
    ['mixed-up'],
    [
      turn("c pareil avec le departement du Lot ? j'ai un monsieur qui demenage a cahors", 'out_of_scope', [
        [...SILENT, 'tarn-et-garonne', 'tarn et garonne'],
      ]),
    ],
  ),
  c('b120-oos-aah', ['acronym'], [turn('AAH et RSA ca se cumule ?', 'out_of_scope', [SILENT], ['€'])]),
  c(
    'b120-oos-salaire-pec',
    ['plain-words'],
    [turn("un salarie en PEC il est paye combien de l'heure ?", 'out_of_scope', [SILENT], ['€', 'euros'])],
  ),
  c(
    'b120-oos-are-follow',
    ['follow-up'],
    [
      turn('prepa comp ca dure combien en tout ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('et pendant ce temps il garde ses allocs chomage ?', 'out_of_scope', [SILENT], ['€']),
    ],
  ),

  // ── contact ──
  c(
    'b120-contact-afpa-prepa',
    ['novice'],
    [turn("qui je contacte a l'afpa pour la prepa comp ? j'ai pas de nom", 'contact', [RAP])],
  ),
  c(
    'b120-contact-signataires',
    ['sms', 'follow-up'],
    [
      turn("c qui le directeur de l'afpa montauban ?", 'contact', [DIRECTOR]),
      turn('et cote departement c qui qui a signe ?', 'contact', [['weill']]),
    ],
  ),
  c(
    'b120-contact-rap',
    ['acronym', 'follow-up'],
    [
      turn('le nom de la RAP a l afpa c quoi deja ?', 'contact', [['battedou']]),
      turn('merci bcp !!', 'other', [
        ['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'hésitez'],
      ]),
    ],
  ),
  c(
    'b120-contact-referent-cd',
    ['novice'],
    [
      turn(
        "cote CD c qui le referent de l'experimentation ? mon chef m'a dit de passer par lui mais je sais pas qui c",
        'contact',
        [
          [
            'désign',
            'ne précise pas',
            'ne nomme pas',
            'pas nommé',
            'ne donne pas',
            'ne mentionne pas',
            'ne dit pas',
            'pas de nom',
          ],
        ],
      ),
    ],
  ),
  c(
    'b120-contact-suivi-accord',
    ['two-questions'],
    [turn("qui suit l'accord cote afpa et cote departement ?", 'contact', [DIRECTOR, ['weill']])],
  ),
  c(
    'b120-contact-coordo',
    ['plain-words'],
    [turn('c qui qui coordonne les 3 dispositifs sur le departement ?', 'contact', [DIRECTOR])],
  ),
  c(
    'b120-contact-bilan-pas-recu',
    ['follow-up', 'rambling'],
    [
      turn(
        "ma beneficiaire a fini sa prepa ya 3 semaines et j'ai toujours rien recu, c normal ? on est cense recevoir un truc non ?",
        'dispositif',
        [BILAN],
      ),
      turn('je relance qui du coup ?', 'contact', [[...RAP, 'afpa']]),
    ],
  ),
  c(
    'b120-contact-deploiement',
    ['plain-words'],
    [turn("qui s'occupe du deploiement de la promo et de compétences pec a l'afpa ?", 'contact', [RAP])],
  ),
  c(
    'b120-contact-collegue',
    ['colleague'],
    [
      turn(
        "@Ines pour l'afpa tu peux passer par Fabienne, c elle qui gere le deploiement. bot tu confirmes sa fonction ?",
        'contact',
        [['responsable accompagnement et parcours', 'accompagnement et parcours']],
      ),
    ],
  ),

  // ── figures ──
  c(
    'b120-figures-objectifs',
    ['follow-up', 'acronym'],
    [
      turn("c quoi l'objectif de BRSA en prepa comp ?", 'figures', [TARGET_PREPA]),
      turn('et pour competences pec ?', 'figures', [TARGET_PEC]),
    ],
  ),
  c(
    'b120-figures-ase-promo',
    ['acronym'],
    [turn('on doit orienter combien de jeunes ASE vers la promo ?', 'figures', [TARGET_PROMO])],
  ),
  c(
    'b120-figures-realise',
    ['sms'],
    [
      turn('combien de BRSA sont deja rentres en prepa ? mon chef veut le chiffre pour le copil', 'figures', [
        NOT_YET,
      ]),
    ],
  ),
  c(
    'b120-figures-promo',
    ['novice', 'follow-up'],
    [
      turn('c quoi ce chiffre de 35 000 jeunes dans la plaquette de la 1618 ?', 'figures', [
        ['2021', 'décrocheur', 'national', 'france'],
      ]),
      turn('et ca marche ? ya un objectif de sorties positives ?', 'figures', [['70']]),
    ],
  ),
  c(
    'b120-figures-tous',
    ['two-questions', 'rambling'],
    [
      turn(
        "je dois faire une note pour ma cheffe, tu peux me donner tous les objectifs chiffres de l'annee, prepa, pec et promo ? merci bcp",
        'figures',
        [TARGET_PREPA, TARGET_PEC, TARGET_PROMO],
      ),
    ],
  ),
  c(
    'b120-figures-jpo-emploi',
    ['acronym', 'follow-up'],
    [
      turn('on a les chiffres des JPO ? combien de BRSA sont venus ?', 'figures', [NOT_YET]),
      turn('et le taux de sortie en emploi des BRSA passes par l afpa ?', 'figures', [NOT_YET]),
    ],
  ),
  c(
    'b120-figures-remontee',
    ['two-questions'],
    [
      turn('les chiffres sont envoyes a qui et a quelle frequence ?', 'figures', [
        ['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'],
        ['mensuel', 'chaque mois', 'trimestr', 'annuel'],
      ]),
    ],
  ),

  // ── prescribe ──
  c(
    'b120-prescrire-prepa',
    ['novice', 'follow-up'],
    [
      turn('je veux prescrire une prepa comp pour une dame, je fais comment ?', 'prescribe', [PRESCRIBE]),
      turn('je peux le faire direct ou faut passer par FT ?', 'prescribe', [['direct']]),
    ],
  ),
  c(
    'b120-prescrire-promo',
    ['plain-words'],
    [turn('comment on inscrit un jeune a la formation des decrocheurs ?', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b120-prescrire-pec',
    ['two-questions'],
    [
      turn("pour competences pec je fais comment pour prescrire, et faut l'accord de qui ?", 'prescribe', [
        PRESCRIBE,
        ['employeur'],
      ]),
    ],
  ),
  c(
    'b120-prescrire-session',
    ['sms'],
    [turn('je veux inscrire qqn sur la prepa du 18 janvier', 'prescribe', [PRESCRIBE])],
  ),
  c(
    'b120-prescrire-avant',
    ['novice', 'rambling'],
    [
      turn(
        "avant de prescrire un truc a l'afpa je dois faire quoi avec la personne ? genre lui faire signer qqch, verifier des trucs ?",
        'prescribe',
        [
          ['adhésion', 'informe', 'accord'],
          ['mobilité', 'garde', 'conditions matérielles', 'panda'],
        ],
      ),
    ],
  ),
  c(
    'b120-prescrire-orienter',
    ['follow-up', 'plain-words'],
    [
      turn("je voudrais orienter un monsieur vers le truc de remise a niveau de l'afpa", 'prescribe', [
        PRESCRIBE,
      ]),
      turn('il est au RSA, 38 ans, pas inscrit a FT', 'eligibility', [YES], WRONG_NO),
    ],
  ),
  c('b120-prescrire-court', ['sms'], [turn('prescrire', 'prescribe', [PRESCRIBE])]),
  c(
    'b120-prescrire-collegue',
    ['colleague'],
    [
      turn(
        '@Tom pour prescrire tu passes par le bot c plus simple que le mail. bot tu peux lui montrer ?',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),

  // ── other ──
  c(
    'b120-other-bonjour-meteo',
    ['sms', 'follow-up'],
    [
      turn('bjr', 'other', [['bonjour', 'hello', 'salut']]),
      turn('il va pleuvoir demain a montauban ?', 'out_of_scope', [SILENT]),
    ],
  ),
  c(
    'b120-other-aide',
    ['novice'],
    [turn('aide', 'other', [['dispositif', 'agenda', 'prescri', 'question', 'prépa']])],
  ),
  c(
    'b120-other-annule',
    ['follow-up'],
    [
      turn('je veux prescrire', 'prescribe', [PRESCRIBE]),
      turn('non laisse tomber annule', 'other', [['annul', 'accord', 'ok', 'abandon', 'arrêt', 'noté']]),
    ],
  ),
  c(
    'b120-other-tu-sers',
    ['novice'],
    [turn('tu sers a quoi au juste ?', 'other', [['dispositif', 'prépa', 'question', 'prescri', 'agenda']])],
  ),
  c(
    'b120-other-nouvelle',
    ['novice', 'rambling'],
    [
      turn(
        'bonjour je suis nouvelle referente a castel depuis la semaine derniere, je connais rien a tout ca, par ou je commence ?',
        'other',
        [['prépa', 'dispositif', 'promo', 'pec']],
      ),
    ],
  ),
  c(
    'b120-other-aide-puis-question',
    ['follow-up', 'novice'],
    [
      turn('help', 'other', [['dispositif', 'agenda', 'prescri', 'question', 'prépa']]),
      turn('ok alors c quoi la 1618 en 2 mots', 'dispositif', [PROMO_WEEKS, ['16']], ['2 à 8 jours']),
    ],
  ),
];
