/**
 * Sixty-ninth blind set: a mixed day in a Teams chat. The speaker is a référent insertion
 * (or travailleur social) of the Département de Tarn-et-Garonne (CD82) who has never seen
 * the bot: greetings, thanks, help, questions about the assistant itself, AFPA's agenda
 * (JPO, infos coll, visites de plateau, réunions métiers, entries, places) with follow-ups,
 * facts of Prépa Compétences, Compétences PEC and La Promo 16/18 typed with typos and no
 * accents, eligibility of people described in a few words, questions the agreement does not
 * cover, whom to contact, figures of the action plan, and prescriptions.
 *
 * Written blind, from the agreement (Département – AFPA, 2022, its action plan and the
 * protocol of the three programmes), the product guide and the agenda fixture (today frozen
 * at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot's code or any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Ways a French answer may say things ─────────────────────────────────────

/** « the agreement does not cover it ». */
const NOT_COVERED = [
  'ne prevoit pas',
  'ne dit rien',
  'ne precise pas',
  'hors',
  'pas prevu',
  'ne couvre pas',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne traite pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne contient pas',
  'ne figure pas',
  'ne porte pas',
  'pas mentionne',
  'ne sais pas',
  'ne dispose pas',
  'ne donne pas',
  'n’aborde pas',
  "n'aborde pas",
  'rien sur',
  'pas couvert',
  'ne fixe pas',
  'n’indique pas',
  "n'indique pas",
  'pas en mesure',
  'ne peux pas repondre',
  'aucune mention',
  'ne concerne pas',
  'pas l’objet',
  "pas l'objet",
  'en dehors',
  'ne releve pas',
  'pas de reponse',
];

/** Figures not published yet. */
const NOT_AVAILABLE = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnee',
  'pas de donnee',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'pas connu',
  'n’ai pas',
  "n'ai pas",
  'pas en mesure',
  'pas de resultat',
  'aucun resultat',
  'pas de bilan',
  'pas communique',
  'non communique',
  'pas publie',
];

/** A positive verdict. */
const ELIGIBLE = [
  'eligible',
  'peut beneficier',
  'peut en beneficier',
  'peut entrer',
  'peut y entrer',
  'peut etre oriente',
  'peut y acceder',
  'peut acceder',
  'peut integrer',
  'peut etre prescrit',
  'vous pouvez',
  'tout a fait',
  'oui',
  'correspond',
  'rentre dans',
  'entre dans',
  'fait partie',
  'releve de',
  'possible',
];
/** What a positive verdict must not say. */
const NEGATIVE_WORDS = ['pas eligible', 'non eligible', 'ineligible'];

/** A negative verdict. */
const NOT_ELIGIBLE = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'ne pourra pas',
  'ne releve pas',
  'pas possible',
  'ne correspond pas',
  'ne remplit pas',
  'pas concerne',
  'reserve',
  'trop jeune',
  'ne peut beneficier',
  'ne peut en beneficier',
  'pas acces',
  'ne rentre pas',
  'n’entre pas',
  "n'entre pas",
  'ne fait pas partie',
  'pas le public',
  'hors du public',
  'non,',
  'non.',
];
/** What a negative verdict must not say. */
const POSITIVE_WORDS = [
  'est bien eligible',
  'est donc eligible',
  'oui, il est',
  'oui, elle est',
  'oui il est',
  'oui elle est',
];

/** The prescription form, or the steps of a prescription. */
const FORM = [
  'formulaire',
  'fiche de prescription',
  'remplir',
  'remplissez',
  'renseigner',
  'renseignez',
  'completer',
  'completez',
  'etape',
  'panda',
  'inscrire',
  'inscrit',
  'saisir',
  'saisissez',
];

const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue', 'coucou', 'bonsoir'];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journee',
  'bonne fin de journee',
  'a votre service',
  'a votre disposition',
  'hesitez',
  'volontiers',
  'ravi',
];
const CANCEL = [
  'annul',
  'abandon',
  'c’est note',
  "c'est note",
  'entendu',
  'pas de souci',
  'pas de probleme',
  'd’accord',
  "d'accord",
  'arrete',
  'ok,',
  'ok.',
  'ok !',
  'tres bien',
  'plus tard',
  'reprendre',
];
const HELP_PROGRAMMES = ['prepa', 'dispositif', 'programme', 'competences pec', 'promo'];
const HELP_AGENDA = [
  'agenda',
  'jpo',
  'portes ouvertes',
  'information collective',
  'calendrier',
  'evenement',
  'places',
  'date',
];

// Facts of the agreement, as alternatives.
const PREPA_DURATION = [
  '2 a 8 jours',
  '2 et 8 jours',
  '2 a 8 j',
  'deux a huit jours',
  'deux et huit jours',
  '2 jours a 8 jours',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = [
  '5 a 6 jours',
  '5 et 6 jours',
  'cinq a six jours',
  'cinq et six jours',
  '5-6 jours',
  '5 a 6 j',
];
const VOLET2_DURATION = [
  '4 a 8 jours',
  '4 et 8 jours',
  'quatre a huit jours',
  'quatre et huit jours',
  '4-8 jours',
  '4 a 8 j',
];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi a jeudi', 'lundi-jeudi', 'lundi – jeudi', 'lundi jusqu'];
const STATE_FUNDING = [
  'etat',
  'pic',
  'p.i.c',
  'investissement dans les competences',
  'plan d’investissement',
  "plan d'investissement",
];
const NO_COST = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun cout',
  'pas de cout',
  'sans cout',
  'rien au departement',
  'ne coute rien',
  'pas de frais',
  'sans frais',
  'finance par l',
  'pris en charge par l',
];
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours'];
const VELLA = ['vella'];
const NO_COORDS = [
  'pas de numero',
  'pas de mail',
  'pas d’adresse',
  "pas d'adresse",
  'aucune adresse',
  'aucun numero',
  'aucune coordonnee',
  'pas de coordonnee',
  'ne donne pas',
  'ne precise pas',
  'ne figure pas',
  'ne dispose pas',
  'ne contient pas',
  'ne communique pas',
  'ne fournit pas',
  'ne mentionne pas',
  'n’indique pas',
  "n'indique pas",
  'n’ai pas',
  "n'ai pas",
  'pas en mesure',
  'pas indique',
  'pas mentionne',
];
const OBJ30 = [
  '30 allocataires',
  '30 beneficiaires',
  '30 personnes',
  'trente',
  'objectif de 30',
  ': 30',
  '30 brsa',
  '30 entrees',
  '30 rsa',
  '30 au titre',
];
const OBJ50 = [
  '50 allocataires',
  '50 beneficiaires',
  '50 personnes',
  'cinquante',
  'objectif de 50',
  ': 50',
  '50 brsa',
  '50 entrees',
  '50 rsa',
  '50 au titre',
];
const OBJ10 = [
  '10 jeunes',
  '10 personnes',
  'dix jeunes',
  'dix personnes',
  'objectif de 10',
  ': 10',
  '10 ase',
  '10 beneficiaires',
  '10 orient',
];

// Agenda words.
const FULL = [
  'complet',
  'complete',
  ...seats(0),
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'plus de places',
];
const NONE = [
  'aucune',
  'aucun',
  'pas de visite',
  'pas prevu',
  'rien de prevu',
  'pas de ',
  'rien en fevrier',
  'ne figure',
];
const PAST = ['passe', 'deja eu lieu', 'a eu lieu', 'termine', 'etait le', 'c’etait', "c'etait"];
const H930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const H14 = ['14h', '14 h', '14:00'];
const MONTAUBAN = ['montauban'];
const CASTELSARRASIN = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];

/** The trainings of Info Places; a places answer about one trade lists no other. */
const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
const otherThan = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

export const SIXTY_NINTH_BLIND_SET: ConversationCase[] = [
  // ── other: greetings, thanks, help, the assistant itself, cancel ─────────────
  c('b69-hello', ['greeting'], [turn('bjr', 'other', [GREETING])]),
  c(
    'b69-hello-help',
    ['greeting', 'help', 'two-questions'],
    [
      turn(
        'Bonjour ! je suis nouvelle referente insertion a Castel, tu peux m aider a quoi exactement ?',
        'other',
        [HELP_PROGRAMMES, HELP_AGENDA],
      ),
    ],
  ),
  c('b69-help-short', ['help'], [turn('aide', 'other', [HELP_PROGRAMMES, HELP_AGENDA])]),
  c(
    'b69-who-are-you',
    ['assistant', 'two-questions'],
    [
      turn('t es un humain ou un robot ? et tu sors tes infos d ou', 'other', [
        ['assistant', 'bot', 'robot', 'programme informatique', 'agent conversationnel', 'automatique'],
        ['accord', 'convention', 'partenariat', 'protocole'],
      ]),
    ],
  ),
  c('b69-thanks', ['thanks'], [turn('merci bcp c top', 'other', [THANKS])]),
  c(
    'b69-greet-then-prepa-then-thanks',
    ['greeting', 'thanks', 'typos'],
    [
      turn('slt', 'other', [GREETING]),
      turn(
        'c koi prepa comp en 2 mots',
        'dispositif',
        [
          [
            'projet professionnel',
            'projet pro',
            'entree en formation',
            'eloignees de l',
            'eloignes de l',
            'acces a la formation',
            'qualification',
          ],
        ],
        ['13 semaines'],
      ),
      turn('ok merci ciao', 'other', [THANKS]),
    ],
  ),
  c(
    'b69-cancel-prescription',
    ['cancel'],
    [
      turn('je veux prescrire prepa comp pour un mr brsa', 'prescribe', [FORM]),
      turn('non laisse tomber j ai pas son accord en fait, annule', 'other', [CANCEL]),
    ],
  ),
  c('b69-cancel-alone', ['cancel'], [turn('stop annule', 'other', [CANCEL])]),
  c('b69-bye', ['thanks'], [turn('bon je te laisse, merci pour tout, bonne journee', 'other', [THANKS])]),

  // ── dispositif: facts of the three programmes ───────────────────────────────
  c(
    'b69-prepa-duration-volet1',
    ['typos', 'follow-up'],
    [
      turn('prepa comp ca dure cb de tps ?', 'dispositif', [PREPA_DURATION, TWO_WEEKS], ['13 semaines']),
      turn(
        'et juste le volet 1 pour consolider le projet ?',
        'dispositif',
        [VOLET1_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b69-prepa-volet2-two',
    ['two-questions'],
    [
      turn(
        'volet 2 prepa comp c pour qui et ca dure combien ?',
        'dispositif',
        [['securiser', 'entree en formation', 'entrer en formation'], VOLET2_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b69-prepa-remote',
    ['rambling'],
    [
      turn(
        'coucou, question bete : ma beneficiaire habite a Lafrancaise, pas de voiture, pas de bus le matin, est ce que prepa comp peut se faire a distance ou c obligatoirement au centre ?',
        'dispositif',
        [DISTANCE],
      ),
    ],
  ),
  c(
    'b69-prepa-phases',
    ['typos'],
    [
      turn('c quoi les 4 phases de prepa comp deja', 'dispositif', [
        ['se preparer', 'preparer'],
        ['engager'],
        ['reflechir'],
        ['agir'],
      ]),
    ],
  ),
  c(
    'b69-prepa-where-two',
    ['two-questions'],
    [
      turn('prepa comp c que a montauban ? ou ca peut se faire ailleurs dans le 82', 'dispositif', [
        MONTAUBAN,
        ['delocalis', 'ensemble du departement', 'tout le departement', 'ailleurs', 'distance'],
      ]),
    ],
  ),
  c(
    'b69-prepa-cost',
    ['typos'],
    [
      turn(
        'ca coute cb au CD une prepa comp ?',
        'dispositif',
        [[...NO_COST, ...STATE_FUNDING]],
        ['€ par personne', 'euros par personne'],
      ),
    ],
  ),
  c(
    'b69-prepa-report',
    [],
    [
      turn('a la fin de prepa comp on recoit un compte rendu ? c est envoye a qui', 'dispositif', [
        ['bilan individuel', 'bilan'],
        ['referent', 'conseiller'],
      ]),
    ],
  ),
  c(
    'b69-pec-duration-certifs',
    ['typos', 'follow-up'],
    [
      turn(
        'competences pec ca dure combien ? 5 jours c ca ?',
        'dispositif',
        [
          PEC_DURATION,
          [
            'duree du pec',
            'duree du contrat',
            'sur la duree',
            'repartis',
            'au long du',
            'pendant le contrat',
            'pendant le pec',
          ],
        ],
        ['2 a 8 jours', '13 semaines'],
      ),
      turn('et ca debouche sur quoi comme certif a la fin', 'dispositif', [
        ['vae', 'v.a.e', 'validation des acquis'],
        ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
        ['clea', 'clea socle'],
      ]),
    ],
  ),
  c(
    'b69-pec-vae-then-clea',
    ['follow-up'],
    [
      turn('dans competences pec l atelier vae c combien de jours', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
      turn('et clea socle ?', 'dispositif', [['1 jour', 'une journee', 'un jour', 'une seule journee']]),
    ],
  ),
  c(
    'b69-pec-when',
    ['rambling'],
    [
      turn(
        'jai un monsieur qui vient de signer un PEC a la mairie de Negrepelisse, la secretaire me dit que competences pec c est a la fin du contrat, c est vrai ? faut attendre ?',
        'dispositif',
        [['des la signature', 'premiers mois', 'debut du contrat', 'immediatement', 'des le debut']],
      ),
    ],
  ),
  c(
    'b69-pec-portfolio',
    [],
    [
      turn(
        'le portefeuille de competences il est fait pour tout le monde en competences pec ?',
        'dispositif',
        [
          ['portefeuille'],
          ['systematique', 'chaque beneficiaire', 'tous les beneficiaires', 'pour tous', 'oui'],
        ],
      ),
    ],
  ),
  c(
    'b69-pec-employer',
    [],
    [
      turn('pour competences pec faut prevenir l employeur ?', 'dispositif', [
        ['employeur'],
        ['accord', 'informe', 'prevenir', 'oui'],
      ]),
    ],
  ),
  c(
    'b69-promo-duration-max',
    ['typos', 'follow-up'],
    [
      turn('la promo 1618 ca dure cmb', 'dispositif', [PROMO_DURATION], ['2 a 8 jours']),
      turn('et si le jeune a besoin de souffler entre les phases ca peut durer plus ?', 'dispositif', [
        PROMO_MAX,
      ]),
    ],
  ),
  c(
    'b69-promo-days-two',
    ['two-questions'],
    [
      turn(
        'promo 16 18 c est tous les jours ? le vendredi aussi ? et c a distance possible ?',
        'dispositif',
        [PROMO_DAYS, ['presentiel', 'sur place', 'pas a distance']],
        ['lundi au vendredi'],
      ),
    ],
  ),
  c(
    'b69-promo-phases',
    ['follow-up'],
    [
      turn('la promo 1618 comment ca se deroule concretement', 'dispositif', [
        ['engagement'],
        ['construction'],
      ]),
      turn('la phase d engagement ca dure combien', 'dispositif', [['1 semaine', 'une semaine']]),
      turn('et apres la sortie y a un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b69-promo-badges-code',
    ['two-questions'],
    [
      turn(
        'a la fin de la promo 1618 ils ont un diplome ? et c vrai qu ils preparent le code ?',
        'dispositif',
        [
          ['open badge', 'badges'],
          ['code de la route', 'code'],
        ],
      ),
    ],
  ),
  c(
    'b69-promo-who-orients',
    [],
    [
      turn('la promo 1618 normalement c qui qui oriente les jeunes', 'dispositif', [
        ['mission locale', 'missions locales'],
        ['cio', 'c.i.o', 'centre d’information', "centre d'information"],
      ]),
    ],
  ),
  c(
    'b69-promo-outcomes',
    [],
    [
      turn('promo 1618 l objectif de sorties positives c combien', 'dispositif', [
        ['70 %', '70%', '70 pour', 'soixante-dix'],
      ]),
    ],
  ),
  c(
    'b69-panda-two',
    ['two-questions'],
    [
      turn('c quoi panda ? et qui nous donne les acces', 'dispositif', [
        ['tracabilite', 'tracer', 'trace', 'suivi des parcours', 'plateforme'],
        ['habilit', 'afpa'],
      ]),
    ],
  ),
  c(
    'b69-campaign-dates',
    ['two-questions'],
    [
      turn(
        'dans l accord jusqu a quand les brsa pouvaient entrer, et les parcours devaient finir quand ?',
        'dispositif',
        [on('2022-12-31'), on('2023-04-30')],
      ),
    ],
  ),
  c(
    'b69-agreement-length',
    ['follow-up'],
    [
      turn('l accord CD afpa il est signe pour combien de temps', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2022'],
      ]),
      turn('et on peut en sortir avant ?', 'dispositif', [
        ['2 mois', 'deux mois'],
        ['preavis', 'resili'],
      ]),
    ],
  ),
  c(
    'b69-reports-copil',
    ['two-questions', 'follow-up'],
    [
      turn('les chiffres des dispositifs sont envoyes a qui ? c est tous les mois ?', 'dispositif', [
        ['dgefp', 'd.g.e.f.p'],
        ['mensuel', 'chaque mois', 'tous les mois'],
      ]),
      turn('et le copil de l accord entre le CD et l afpa il se reunit quand', 'dispositif', [
        ['une fois par an', '1 fois par an', 'au moins une fois', 'annuel', 'chaque annee'],
      ]),
    ],
  ),
  c(
    'b69-rsfp-clea-numerique',
    ['typos', 'follow-up'],
    [
      turn('rsfp c quoi la diff avec la vae', 'dispositif', [
        ['reconnaissance des savoir'],
        ['prerequis', 'pre-requis', 'pre requis'],
      ]),
      turn('et clea numerique c est quoi', 'dispositif', [
        ['numerique'],
        ['usages', 'environnement de travail', 'competences', 'certification'],
      ]),
    ],
  ),
  c(
    'b69-fle',
    ['rambling'],
    [
      turn(
        'j accompagne un monsieur primo arrivant au RSA, il parle tres peu francais, il veut bosser dans le batiment, l afpa a quelque chose pour le francais ?',
        'dispositif',
        [['francais a visee professionnelle', 'francais langue etrangere', 'fle', 'visee professionnelle']],
      ),
    ],
  ),
  c(
    'b69-logos',
    [],
    [
      turn(
        'on fait un flyer pour presenter prepa comp a nos brsa, y a des logos obligatoires ?',
        'dispositif',
        [['logo'], STATE_FUNDING],
      ),
    ],
  ),

  // ── agenda: against the fixture ─────────────────────────────────────────────
  c(
    'b69-next-jpo',
    ['typos'],
    [turn('prochaines jpo svp', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07'))],
  ),
  c(
    'b69-info-coll-prepa',
    ['follow-up'],
    [
      turn(
        'c quand la prochaine info coll prepa comp',
        'agenda',
        [on('2027-01-14'), MONTAUBAN],
        notOn('2027-01-07'),
      ),
      turn('c a quelle heure', 'agenda', [H930]),
      turn('il reste de la place ?', 'agenda', [seats(15)]),
    ],
  ),
  c(
    'b69-castel-then-moissac',
    ['follow-up'],
    [
      turn(
        'y a des infos coll du cote de castelsarrasin ?',
        'agenda',
        [on('2027-01-21'), H14],
        notOn('2027-01-14'),
      ),
      turn('et a moissac ?', 'agenda', [on('2027-02-09'), MOISSAC], notOn('2027-01-21')),
    ],
  ),
  c(
    'b69-visite-soudure-elec',
    ['follow-up'],
    [
      turn('visite plateau soudure c quand ?', 'agenda', [on('2027-01-19'), H14], notOn('2027-03-10')),
      turn('et pour l elec ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b69-reunion-logistique',
    ['rambling'],
    [
      turn(
        'Bonjour, j ai 2 messieurs au RSA qui aimeraient bien devenir caristes, ils ont deja bosse en interim, y a pas une reunion sur les metiers de la logistique bientot ?',
        'agenda',
        [on('2027-01-26'), MONTAUBAN],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b69-reunion-batiment',
    ['follow-up'],
    [
      turn(
        'une reunion metier batiment c prevu ?',
        'agenda',
        [on('2027-02-23'), CAUSSADE],
        notOn('2027-01-26'),
      ),
      turn('c ou exactement a caussade', 'agenda', [['salle des fetes']]),
    ],
  ),
  c(
    'b69-prepa-v1-entries',
    ['follow-up'],
    [
      turn('prochaine entree prepa comp volet 1 ?', 'agenda', [on('2027-01-18'), MONTAUBAN, seats(6)]),
      turn('y en a a distance ?', 'agenda', [on('2027-02-08'), DISTANCE]),
      turn('et a moissac ?', 'agenda', [on('2027-03-08'), MOISSAC], notOn('2027-01-18')),
    ],
  ),
  c(
    'b69-prepa-v2-full',
    ['follow-up'],
    [
      turn('il reste de la place sur le volet 2 du 25 janvier ?', 'agenda', [FULL]),
      turn('y a une autre session volet 2 apres ?', 'agenda', [on('2027-02-15'), CASTELSARRASIN, seats(5)]),
    ],
  ),
  c(
    'b69-places-soudeur',
    ['typos'],
    [
      turn(
        'reste t il des places en soudure ?',
        'agenda',
        [seats(4), ['soudeur', 'soudure']],
        otherThan('soudeur'),
      ),
    ],
  ),
  c(
    'b69-places-plaquiste',
    [],
    [
      turn(
        'la formation plaquiste y a encore de la place ?',
        'agenda',
        [FULL, ['plaquiste']],
        otherThan('plaquiste'),
      ),
    ],
  ),
  c(
    'b69-places-cariste-prep',
    ['follow-up'],
    [
      turn('places cariste ?', 'agenda', [seats(6), on('2027-01-27')], otherThan('cariste')),
      turn('et prepa de commandes ?', 'agenda', [seats(5), CASTELSARRASIN], otherThan('préparateur')),
    ],
  ),
  c(
    'b69-places-restauration',
    [],
    [
      turn(
        'la formation agent de restauration elle se passe ou ?',
        'agenda',
        [CAUSSADE, on('2027-03-15')],
        otherThan('restauration'),
      ),
    ],
  ),
  c(
    'b69-info-coll-promo',
    [],
    [
      turn(
        'y a une info coll pour la promo 16 18 ? j ai une jeune de l ASE et sa famille d accueil interessees',
        'agenda',
        [on('2027-03-17'), H14, MONTAUBAN],
        notOn('2027-01-14'),
      ),
    ],
  ),
  c('b69-promo-entry', [], [turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01'), seats(10)])]),
  c(
    'b69-pec-atelier2',
    ['follow-up'],
    [
      turn('entree competences pec atelier 2 c quand', 'agenda', [on('2027-01-20'), seats(4)]),
      turn('en distanciel ca existe ?', 'agenda', [on('2027-03-03'), seats(3)]),
    ],
  ),
  c(
    'b69-pec-atelier3',
    [],
    [turn('atelier 3 competences pec prochaine date', 'agenda', [on('2027-02-10'), MONTAUBAN])],
  ),
  c(
    'b69-past-jpo',
    ['two-questions'],
    [
      turn(
        'j ai cru voir une jpo le 7 janvier, on peut encore y envoyer du monde ? sinon c quand la suivante',
        'agenda',
        [PAST, on('2027-02-03')],
      ),
    ],
  ),
  c(
    'b69-next-week',
    [],
    [
      turn(
        'quoi de prevu a l afpa la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b69-march-valence',
    ['follow-up'],
    [
      turn(
        'y a quoi comme evenements en mars a l afpa',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        notOn('2027-02-23'),
      ),
      turn('et a valence d agen ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    ],
  ),
  c(
    'b69-places-electricien',
    [],
    [
      turn(
        'electricien du batiment combien de places',
        'agenda',
        [seats(2), on('2027-03-08')],
        otherThan('électricien'),
      ),
    ],
  ),
  c(
    'b69-moissac-february',
    ['typos'],
    [
      turn(
        'y a des trucs a moissac en fevrier ? info coll jpo n importe',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c('b69-visits-february', [], [turn('des visites de plateau technique en fevrier ?', 'agenda', [NONE])]),
  c(
    'b69-macon-two',
    ['two-questions'],
    [
      turn(
        'macon il reste des places ? et ca commence quand',
        'agenda',
        [seats(3), on('2027-02-15')],
        otherThan('maçon'),
      ),
    ],
  ),
  c(
    'b69-proprete-moissac',
    ['rambling', 'two-questions'],
    [
      turn(
        'Bonjour, alors je vous explique, j ai une dame au RSA depuis 3 ans, elle hesite entre la logistique et le menage, elle habite Moissac et n a pas le permis, est ce qu il y a des places en agent de proprete par chez elle et ca demarre quand ?',
        'agenda',
        [MOISSAC, seats(7), on('2027-02-22')],
      ),
    ],
  ),

  // ── eligibility: a person described, the verdict of the agreement ───────────
  c(
    'b69-elig-brsa-unregistered',
    ['rambling'],
    [
      turn(
        'alors j ai une dame de 45 ans au RSA depuis 2019, pas inscrite a FT, elle parle d aide soignante mais c est tres flou, elle a jamais fait de formation, est ce qu elle pourrait faire prepa comp ?',
        'eligibility',
        [ELIGIBLE, ['prepa']],
        NEGATIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-brsa-registered',
    ['typos'],
    [
      turn(
        'mon mr est brsa ET inscrit a FT ca bloque pour prepa comp ?',
        'eligibility',
        [
          [
            'inscrits ou non',
            'inscrit ou non',
            'que la personne soit inscrite',
            'pas un obstacle',
            'ne bloque pas',
            'pas bloquant',
            'aucun probleme',
            'pas de probleme',
            ...ELIGIBLE,
          ],
        ],
        NEGATIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-ase-17',
    ['typos'],
    [
      turn(
        'jeune ASE 17 ans, a lache le lycee en octobre, fait rien depuis, promo 1618 ok ?',
        'eligibility',
        [ELIGIBLE, ['promo']],
        NEGATIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-15',
    [],
    [
      turn(
        'un gamin de 15 ans decrocheur suivi par nous, la promo 1618 c possible ?',
        'eligibility',
        [NOT_ELIGIBLE, ['16', 'seize']],
        POSITIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-19-ase',
    [],
    [
      turn(
        'jeune majeur 19 ans encore suivi ASE en contrat jeune majeur, il peut faire la promo 16 18 ?',
        'eligibility',
        [NOT_ELIGIBLE, ['18', 'mineur', 'majeur', 'dix-huit']],
        POSITIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-apprentice',
    ['rambling'],
    [
      turn(
        'question promo 1618 : un jeune de 17 ans confie a l ASE, il est en apprentissage en boulangerie depuis septembre mais ca se passe mal avec le patron, il peut rentrer dans la promo ?',
        'eligibility',
        [NOT_ELIGIBLE, ['travaill', 'emploi', 'apprenti', 'contrat', 'en formation']],
        POSITIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-still-school',
    [],
    [
      turn(
        'une ado de 16 ans encore en seconde au lycee, elle veut arreter, promo 1618 ?',
        'eligibility',
        [NOT_ELIGIBLE, ['scolaris', 'lycee', 'decroch', 'quitte', 'encore', 'en formation', 'cursus']],
        POSITIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-pec-signed',
    [],
    [
      turn(
        'brsa en PEC depuis 2 mois aux espaces verts de la mairie, competences pec c jouable ?',
        'eligibility',
        [ELIGIBLE, ['employeur']],
        NEGATIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-cdi-not-pec',
    [],
    [
      turn(
        'une allocataire rsa en CDI temps partiel classique (c est pas un PEC), elle peut faire competences pec ?',
        'eligibility',
        [NOT_ELIGIBLE, ['pec', 'parcours emploi competences']],
        POSITIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-not-rsa',
    ['rambling'],
    [
      turn(
        'petite question, un demandeur d emploi qui n est PAS au rsa, suivi uniquement par FT, on l a croise en permanence, je peux lui prescrire prepa comp via le CD moi ?',
        'eligibility',
        [
          ['rsa', 'allocataire'],
          ['france travail', 'pole emploi'],
        ],
        POSITIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-ml-17',
    [],
    [
      turn(
        '17 ans suivie par la ML, pas ASE, decrocheuse depuis juin, ni emploi ni formation, ca rentre dans la promo ?',
        'eligibility',
        [ELIGIBLE],
        NEGATIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-then-pec',
    ['follow-up'],
    [
      turn(
        'j ai une dame brsa de 52 ans tres eloignee de l emploi, elle veut bosser en cuisine collective mais elle doute de tout, prepa comp ?',
        'eligibility',
        [ELIGIBLE, ['prepa']],
        NEGATIVE_WORDS,
      ),
      turn(
        'et si elle signe un PEC en ehpad le mois prochain elle pourra faire competences pec ?',
        'eligibility',
        [ELIGIBLE, ['pec']],
        NEGATIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-ase-16-parents',
    ['follow-up'],
    [
      turn(
        'jeune ASE 16 ans, sorti du college l an dernier, il fait rien, promo 1618 ?',
        'eligibility',
        [ELIGIBLE, ['promo']],
        NEGATIVE_WORDS,
      ),
      turn('faut l accord des parents ?', 'dispositif', [['autorisation', 'accord'], ['parent']]),
    ],
  ),
  c(
    'b69-elig-rqth',
    ['two-questions'],
    [
      turn(
        'BRSA avec une RQTH, elle peut faire prepa comp par nous ou faut passer par cap emploi ?',
        'eligibility',
        [ELIGIBLE],
        NEGATIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-volet2',
    ['two-questions', 'rambling'],
    [
      turn(
        'bon j ai un monsieur au rsa qui a deja decroche son entree en formation cariste pour fin janvier mais il a peur de lacher en route, prepa comp possible pour lui ? et quel volet ?',
        'eligibility',
        [ELIGIBLE, ['volet 2', 'securiser']],
        NEGATIVE_WORDS,
      ),
    ],
  ),
  c(
    'b69-elig-ase-cap',
    [],
    [
      turn(
        'ado ASE 17 ans deja en CAP en lycee pro, elle peut faire la promo ?',
        'eligibility',
        [NOT_ELIGIBLE],
        POSITIVE_WORDS,
      ),
    ],
  ),

  // ── out_of_scope: what the agreement does not cover ─────────────────────────
  c(
    'b69-oos-pay-cpf',
    ['typos', 'two-questions', 'follow-up'],
    [
      turn(
        'les stagiaires prepa comp sont remuneres ? combien ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€ par mois', 'euros par mois', '€/mois'],
      ),
      turn('et on peut mobiliser leur CPF a cote ?', 'out_of_scope', [NOT_COVERED]),
    ],
  ),
  c(
    'b69-oos-transport',
    [],
    [turn('les frais de transport pour aller a montauban sont rembourses ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b69-oos-promo-allowance-cej',
    ['follow-up'],
    [
      turn(
        'le jeune en promo 1618 il touche une allocation ou qqch ?',
        'out_of_scope',
        [NOT_COVERED],
        ['€ par mois', 'euros par mois', '€/mois'],
      ),
      turn('et c compatible avec le CEJ ?', 'out_of_scope', [NOT_COVERED]),
    ],
  ),
  c(
    'b69-oos-rsa-amount',
    [],
    [turn('c combien le RSA pour une personne seule en 2027', 'out_of_scope', [NOT_COVERED], ['€'])],
  ),
  c(
    'b69-oos-housing',
    ['rambling'],
    [
      turn(
        'ma dame vient de Beaumont de Lomagne, si elle fait une formation a Montauban est ce que l afpa peut l heberger la semaine ?',
        'out_of_scope',
        [NOT_COVERED],
      ),
    ],
  ),
  c(
    'b69-oos-weather',
    [],
    [turn('il va neiger demain a montauban ?', 'out_of_scope', [[...NOT_COVERED, 'ne peux pas', 'meteo']])],
  ),
  c(
    'b69-oos-licence',
    [],
    [
      turn(
        'la promo 1618 finance le permis B ?',
        'out_of_scope',
        [NOT_COVERED],
        ['finance le permis', 'permis est finance', 'prend en charge le permis'],
      ),
    ],
  ),
  c(
    'b69-oos-pec-employer-aid',
    [],
    [
      turn('l aide de l etat pour l employeur d un PEC c combien en ce moment ?', 'out_of_scope', [
        NOT_COVERED,
      ]),
    ],
  ),
  c(
    'b69-oos-nursing-toulouse',
    [],
    [
      turn('dates formation aide soignante a l afpa de toulouse ?', 'out_of_scope', [
        [...NOT_COVERED, 'aucune', 'pas de formation', 'pas dans'],
      ]),
    ],
  ),
  c(
    'b69-oos-childcare',
    [],
    [turn('l afpa a une creche pour les enfants des stagiaires ?', 'out_of_scope', [NOT_COVERED])],
  ),
  c(
    'b69-oos-hours-phone',
    ['follow-up'],
    [
      turn('c quoi les horaires d ouverture de l accueil du centre afpa', 'out_of_scope', [NOT_COVERED]),
      turn(
        'et le numero du standard ?',
        'out_of_scope',
        [[...NOT_COVERED, ...NO_COORDS]],
        ['05 63', '05.63', '0563'],
      ),
    ],
  ),

  // ── contact: who to contact ─────────────────────────────────────────────────
  c(
    'b69-contact-deploiement',
    [],
    [turn('a qui je m adresse a l afpa pour le deploiement de prepa comp', 'contact', [BATTEDOU], ['@'])],
  ),
  c(
    'b69-contact-accord',
    ['follow-up'],
    [
      turn('qui suit l accord cote afpa', 'contact', [VELLA]),
      turn('et cote departement ?', 'contact', [['weill', 'president', 'referent']]),
    ],
  ),
  c(
    'b69-contact-mail',
    [],
    [turn('t as le mail de fabienne battedou ?', 'contact', [['battedou'], NO_COORDS], ['@afpa', '@'])],
  ),
  c(
    'b69-contact-cd-referent',
    [],
    [
      turn('c qui l interlocuteur du CD pour l experimentation, son nom ?', 'contact', [
        ['referent', 'referente'],
        [
          'design',
          'nomm',
          'ne precise',
          'ne donne',
          'ne mentionne',
          'n’indique',
          "n'indique",
          'pas de nom',
          'aucun nom',
          'pas indique',
        ],
      ]),
    ],
  ),
  c(
    'b69-contact-director-coordo',
    ['typos', 'follow-up'],
    [
      turn('le directeur du centre afpa de montauban c qui ?', 'contact', [VELLA]),
      turn('et le coordonateur departemental des dispositifs c qui ?', 'contact', [VELLA]),
    ],
  ),
  c(
    'b69-contact-promo-two',
    ['two-questions'],
    [
      turn(
        'pour la promo 1618 c qui mon contact a l afpa, et c qui qui coordonne tout au niveau du departement ?',
        'contact',
        [BATTEDOU, VELLA],
      ),
    ],
  ),
  c(
    'b69-contact-role',
    ['follow-up'],
    [
      turn('qui s occupe du deploiement competences pec a l afpa ?', 'contact', [['battedou']]),
      turn('c quoi son poste exactement', 'contact', [
        ['responsable accompagnement et parcours', 'accompagnement et parcours'],
      ]),
    ],
  ),

  // ── figures: targets of the action plan, figures not available ──────────────
  c(
    'b69-targets',
    ['follow-up'],
    [
      turn('objectif 2022 prepa comp c combien', 'figures', [OBJ30]),
      turn('et competences pec ?', 'figures', [OBJ50]),
      turn('et pour les jeunes ASE sur la promo ?', 'figures', [OBJ10]),
    ],
  ),
  c(
    'b69-figures-entered-jpo',
    ['follow-up'],
    [
      turn('combien de brsa sont deja entres en prepa comp a ce jour ?', 'figures', [NOT_AVAILABLE]),
      turn('et combien sont venus aux jpo l annee derniere ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b69-figures-exit-rate',
    [],
    [
      turn('le taux de sortie emploi des allocataires entres en formation afpa on l a ?', 'figures', [
        NOT_AVAILABLE,
      ]),
    ],
  ),
  c(
    'b69-figures-2027',
    [],
    [turn('les objectifs pour 2027 c combien ?', 'figures', [['2022'], [...NOT_AVAILABLE, ...NOT_COVERED]])],
  ),
  c(
    'b69-figures-indicators',
    [],
    [
      turn('on suit quels indicateurs dans le plan d action ?', 'figures', [
        ['portes ouvertes', 'jpo', 'informations collectives', 'reunions metiers', 'visites de plateau'],
        ['entres en formation', 'taux de reussite', 'taux de sortie', 'entres en prestation'],
      ]),
    ],
  ),
  c(
    'b69-figures-ase-two',
    ['two-questions'],
    [turn('c quoi l objectif ASE sur la promo 1618 et on en est ou ?', 'figures', [OBJ10, NOT_AVAILABLE])],
  ),
  c(
    'b69-figures-all-targets',
    ['rambling'],
    [
      turn(
        'je prepare une note pour ma cheffe de service sur le partenariat afpa, tu peux me redonner les objectifs chiffres de l annee de lancement pour prepa comp et competences pec ?',
        'figures',
        [OBJ30, OBJ50],
      ),
    ],
  ),

  // ── prescribe ───────────────────────────────────────────────────────────────
  c(
    'b69-prescribe-prepa',
    [],
    [turn('je voudrais prescrire prepa comp pour un monsieur au rsa, il est d accord', 'prescribe', [FORM])],
  ),
  c(
    'b69-prescribe-pec',
    [],
    [turn('comment on inscrit qqn sur competences pec ?', 'prescribe', [FORM, ['employeur']])],
  ),
  c(
    'b69-prescribe-direct',
    ['follow-up'],
    [
      turn('on peut prescrire directement ou faut passer par FT ?', 'prescribe', [
        ['directement', 'sans passer'],
      ]),
      turn('ok je fais comment', 'prescribe', [FORM]),
    ],
  ),
  c(
    'b69-prescribe-session',
    ['follow-up'],
    [
      turn('la session prepa comp volet 1 du 18 janvier il reste de la place ?', 'agenda', [seats(6)]),
      turn('top je prescris dessus', 'prescribe', [FORM]),
    ],
  ),
  c(
    'b69-prescribe-cost-two',
    ['two-questions'],
    [turn('ca coute qqch au departement de prescrire ? et je le fais ou ?', 'prescribe', [NO_COST, FORM])],
  ),
  c(
    'b69-prescribe-consent',
    [],
    [
      turn('avant de prescrire je dois recueillir l accord de la personne ?', 'prescribe', [
        ['adhesion', 'accord', 'consentement'],
      ]),
    ],
  ),
  c(
    'b69-prescribe-promo',
    ['rambling'],
    [
      turn(
        'bon alors pour mon jeune ASE de 16 ans on a vu avec l educ du foyer, il est partant pour la promo 1618, concretement je fais comment pour l orienter ?',
        'prescribe',
        [[...FORM, 'mission locale', 'cio', 'autorisation']],
      ),
    ],
  ),
  c(
    'b69-prescribe-material',
    ['two-questions'],
    [
      turn(
        'je lance la presc prepa comp volet 1 pour mme D, y a des choses a verifier avant ? genre garde d enfants transport',
        'prescribe',
        [FORM, ['mobilite', 'garde', 'conditions materielles']],
      ),
    ],
  ),
];
