/**
 * Nineteenth blind set: « the long story ».
 *
 * Written blind, only from the agreement (accord Département de Tarn-et-Garonne – AFPA 2022,
 * its 2022-2023 action plan and the protocol of the three programmes), the product guide and
 * the agenda fixture (today frozen at Monday 11 January 2027, Europe/Paris).
 *
 * Référents insertion tell a person's situation at length (dictated by voice or typed in one
 * go), then ask; they correct themselves, ask two things in one message, come back to an
 * earlier subject, or ask about a relative of the person they follow.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns and, if it has several turns, 'multi-turn'. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, 'long-story', ...tags])], turns };
}

// ── Names of the dispositifs ────────────────────────────────────────────────

const PREPA = ['prepa competences', 'prepa comp', 'prepa-competences'];
const PEC = ['competences pec', 'competences p.e.c', 'competences-pec', 'competences – pec', 'parcours emploi competences'];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618', '16/18', '16-18', '16.18', '16 18'];

// ── Verdicts ────────────────────────────────────────────────────────────────

const YES = [
  'oui',
  'eligible',
  'peut entrer',
  'peut en beneficier',
  'peut beneficier',
  'peut integrer',
  'peut y entrer',
  'peut suivre',
  'peut acceder',
  'peut etre oriente',
  'peut etre prescrit',
  'peut participer',
  'peut faire',
  'peut y aller',
  'peut le faire',
  'peut la faire',
  'peut y participer',
  'peut y pretendre',
  'correspond',
  'remplit',
  'fait partie du public',
  'entre dans le public',
  'rentre dans',
  'public vise',
  'public cible',
  'est concerne',
  'est possible',
  'reste possible',
  'fait possible',
  'tout a fait',
  'bien sur',
  'a droit',
];

/** What a « yes » answer must not say. */
const NOT_ELIG = ['non eligible', 'pas eligible', 'ineligible'];

const NO = [
  'non eligible',
  'pas eligible',
  'ineligible',
  'plus eligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pourrait pas',
  'ne peut plus',
  'pas possible',
  'plus possible',
  'plus accessible',
  'impossible',
  'non,',
  'non.',
  'non :',
  'non !',
  'ne remplit pas',
  'ne correspond pas',
  'entre pas dans',
  'rentre pas dans',
  'releve pas',
  'pas accessible',
  'fait pas partie',
  'ne vise pas',
  'adresse pas',
  'pas concerne',
  'pas ouvert',
  'reserve aux',
  'reservee aux',
  'reserve a ',
  'reservee a ',
  'hors du public',
  'pas le public',
  'exclu',
  'pas pour lui',
  'pas pour elle',
];

/** Reason « age » (La Promo 16/18 is for minors aged 16 to 18). */
const AGE = [
  'mineur',
  'majeur',
  '19 ans',
  '16 a 18',
  '16 et 18',
  'moins de 18',
  '18 ans',
  'limite d age',
  "limite d'age",
  'limite d’age',
  "l'age",
  'l’age',
  'age maximum',
  'age limite',
  'trop age',
  'depasse',
  'tranche d age',
  "tranche d'age",
  'tranche d’age',
];

/** The agreement does not settle it. */
const NOT_COVERED = [
  'ne couvre pas',
  'ne dit rien',
  'ne prevoit pas',
  'ne prevoit rien',
  "hors de l'accord",
  'hors de l’accord',
  'hors de l accord',
  'hors accord',
  'ne precise pas',
  'pas precise',
  'pas prevu',
  "rien n'est prevu",
  'rien n’est prevu',
  'hors du champ',
  'hors champ',
  'hors du perimetre',
  'hors perimetre',
  'ne traite pas',
  'aborde pas',
  'mentionne pas',
  'pas mentionne',
  'ne parle pas',
  'pas couvert',
  'ne couvre rien',
  'aucune information',
  "pas d'information",
  'pas d’information',
  'aucune mention',
  'aucune indication',
  'ne regle pas',
  'ne fixe pas',
  'ne contient pas',
  "pas dans l'accord",
  'pas dans l’accord',
  'pas dans la convention',
  'indique pas',
  'ne donne pas',
  'ne concerne pas',
  'en dehors',
  'ne releve pas',
  'pas traite',
];

/** Realised figures are not available yet. */
const NOT_YET = [
  'pas encore disponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'pas le chiffre',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'pas encore',
  'ne dispose pas',
  'pas de donnee',
  'aucune donnee',
  'pas de resultat',
  'aucun resultat',
  'pas connu',
  'pas encore connu',
  'pas encore consolide',
  'pas encore communique',
  'pas encore remonte',
  'pas de realise',
  'aucun realise',
  'pas de bilan',
  'ne peux pas vous donner',
  'ne sais pas',
];

/** A target of the action plan, written as a figure (« 30 allocataires », « objectif : 30 »…). */
function target(n: number, word: string): string[] {
  const nouns = ['allocataires', 'bénéficiaires', 'personnes', 'jeunes', 'entrées', 'orientations', 'BRSA', 'au RSA', 'RSA', 'inscrits', 'participants', 'parcours', 'prescriptions'];
  return [
    ...nouns.map((noun) => `${n} ${noun}`),
    ...nouns.map((noun) => `${word} ${noun}`),
    `objectif de ${n}`,
    `objectif : ${n}`,
    `objectif ${n}`,
    `objectif était de ${n}`,
    `cible de ${n}`,
    `cible : ${n}`,
    `**${n}**`,
    `/ ${n}`,
    `sur ${n} `,
    `| ${n}`,
  ];
}

/** A session or training with no seat left. */
const FULL = [
  'complet',
  ...seats(0),
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
  'zero place',
  'sature',
  'plus de disponibilit',
];

const H14 = ['14h', '14 h', '14:00', '14 heures'];
const PREPA_DURATION = [
  '2 a 8 jours',
  '2 et 8 jours',
  '2 a 8 j',
  'deux a huit jours',
  '2 jours a 8 jours',
  '8 jours max',
  '5 a 6 jours',
  '5-6 jours',
  '5 ou 6 jours',
  'cinq a six jours',
  '2 semaines',
  'deux semaines',
];
const PANDA = ['panda', 'plateforme', 'formulaire', 'prescri'];
const TRAININGS_BUT_MASON = ['soudeur', 'cariste', 'plaquiste', 'electricien', 'agent de proprete', 'agent de restauration', 'preparateur de commandes'];
const TRAININGS_BUT_PLASTERER = ['soudeur', 'cariste', 'preparateur de commandes', 'agent de restauration', 'agent de proprete'];
const CONTACT_AFPA = ['battedou', 'vella'];

export const NINETEENTH_BLIND_SET: ConversationCase[] = [
  // ── Prépa Compétences: a mother, a correction on France Travail, back to the volets ──
  c('b19-aide-soignante-inscription-ft', ['voice', 'correction', 'back-to-earlier'], [
    t(
      'alors voila j ai une dame de 38 ans seule avec ses deux petits elle est au RSA depuis 2019 elle a fait des menages chez des particuliers pendant des annees et la elle voudrait se former pour devenir aide soignante mais elle a tres peur de pas y arriver elle est inscrite a FT je crois, prepa comp ca peut etre pour elle ?',
      'eligibility',
      [YES, PREPA],
      NOT_ELIG,
    ),
    t(
      'attends en fait je viens de regarder son dossier elle est pas inscrite a FT du tout elle a jamais voulu y aller, du coup ca bloque pour prepa comp ou pas',
      'eligibility',
      [
        [
          ...YES,
          'ne bloque pas',
          'bloque pas',
          'ne change rien',
          'change rien',
          'pas obligatoire',
          'pas necessaire',
          'pas besoin',
          'inscrits ou non',
          'inscrit ou non',
          'inscrite ou non',
          'non inscrits',
          'non-inscrits',
          'non inscrite',
          'non-inscrite',
          'meme sans',
          'sans etre inscrit',
          'pas inscrits',
        ],
        ['inscri'],
      ],
      NOT_ELIG,
    ),
    t(
      'ok super. et pour revenir a elle, si elle part sur le volet ou on travaille le projet ca represente combien de jours a peu pres, elle a les enfants a recuperer a l ecole tous les soirs',
      'dispositif',
      [
        ['5 a 6', '5-6', '5 ou 6', 'cinq a six', 'cinq ou six', '5 et 6', 'entre 5 et 6'],
        ['2 semaines', 'deux semaines'],
      ],
    ),
  ]),

  // ── La Promo 16/18: ASE, then « ah non pardon elle a 19 ans » ──
  c('b19-ase-lyceenne-dossier-confondu', ['written', 'correction'], [
    t(
      "Bonjour. Je suis éducatrice à l'ASE et j'accompagne une jeune fille confiée au service depuis deux ans. Elle a 17 ans, elle a arrêté son bac pro en octobre sans rien derrière : pas d'emploi, pas de formation, elle passe ses journées au foyer. Est-ce que La Promo 16/18 pourrait lui convenir ?",
      'eligibility',
      [YES, PROMO],
      NOT_ELIG,
    ),
    t(
      'ah non pardon je me suis trompee de dossier elle a 19 ans depuis novembre, c est encore possible pour elle ?',
      'eligibility',
      [NO, AGE],
    ),
  ]),

  // ── Compétences PEC: story, how to prescribe, then a date ──
  c('b19-pec-espaces-verts-caussade', ['voice', 'two-subjects'], [
    t(
      'monsieur 44 ans au rsa depuis longtemps il a signe un PEC il y a 2 mois a la mairie de caussade aux espaces verts, il touche encore un petit complement rsa, ca se passe tres bien l employeur est content et lui il aimerait bien repartir avec un diplome a la fin de son contrat, competences pec c est possible pour lui ?',
      'eligibility',
      [YES, PEC],
      NOT_ELIG,
    ),
    t(
      'ok top et concretement je fais quoi pour l inscrire, faut que je demande quelque chose a la mairie ?',
      'prescribe',
      [
        ['employeur', 'mairie'],
        ['accord', 'autoris', 'informe', 'informer'],
      ],
    ),
    t(
      'derniere chose c est quand la prochaine entree sur l atelier 2 et il reste combien de places',
      'agenda',
      [on('2027-01-20'), seats(4)],
      notOn('2027-02-10'),
    ),
  ]),

  // ── Two questions in one message: the volets and the next info coll ──
  c('b19-volets-et-info-coll', ['voice', 'two-in-one'], [
    t(
      'deux questions en une : j ai un monsieur au rsa qui hesite entre retravailler son projet ou preparer directement son entree en formation, c est quoi la difference entre le volet 1 et le volet 2 de prepa comp ? et c est quand la prochaine info coll a montauban qu il puisse y aller',
      'dispositif',
      [['projet'], ['entree en formation', 'securis'], on('2027-01-14')],
      notOn('2027-01-07'),
    ),
  ]),

  // ── A relative: the son of the RSA recipient ──
  c('b19-fils-de-l-allocataire', ['voice', 'relative'], [
    t(
      'je suis la referente de mme B au rsa et en entretien elle me parle de son fils qui a 16 ans, il a ete exclu du college en mars et depuis il est inscrit nulle part, pas de boulot, il reste dans sa chambre toute la journee, la promo 1618 ca pourrait le concerner meme si c est la maman que j accompagne et pas lui ?',
      'eligibility',
      [YES, PROMO],
      NOT_ELIG,
    ),
    t(
      'et il y a une reunion d info pour que la maman et lui viennent voir avant de s engager ?',
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11'), ...notOn('2027-03-04'), ...notOn('2027-02-09')],
    ),
  ]),

  c('b19-timides-cette-semaine', ['voice'], [
    t(
      'j ai trois beneficiaires au rsa assez timides qui hesitent a se lancer dans quoi que ce soit, je voudrais qu ils voient l afpa en vrai avec moi avant de decider, il se passe quoi la bas cette semaine ?',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
  ]),

  // ── Prépa, then a benefits question the agreement does not settle ──
  c('b19-magasinier-dos-remuneration', ['written', 'near-subject'], [
    t(
      'Monsieur 52 ans, au RSA depuis son licenciement, ancien magasinier, il a des problemes de dos et ne peut plus porter, il veut se reconvertir mais ne sait pas du tout dans quoi. On pensait a prepa comp pour travailler le projet, ca dure combien de temps en tout et ca se passe ou',
      'dispositif',
      [PREPA_DURATION, ['montauban', 'distance', 'distanciel']],
    ),
    t(
      'il me demande aussi s il garde son rsa pendant ces jours la et s il est remunere, tu sais ca ?',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),

  c('b19-garde-bebe', ['written', 'near-subject'], [
    t(
      "Mme L. élève seule ses trois enfants, dont un bébé de 8 mois. Elle est au RSA et partante pour Prépa Compétences en présentiel à Montauban, mais sa difficulté c'est la garde : est-ce qu'il existe une aide pour financer une assistante maternelle pendant les jours de la session ?",
      'out_of_scope',
      [[...NOT_COVERED, 'conditions materielles']],
    ),
  ]),

  c('b19-lauzerte-sans-voiture', ['voice', 'near-subject'], [
    t(
      'mon monsieur habite a lauzerte, pas de permis pas de voiture, le bus passe deux fois par jour et encore, il est au rsa et motive pour l afpa, est ce qu il y a une aide au transport ou un remboursement des trajets prevu pour aller jusqu a montauban',
      'out_of_scope',
      [[...NOT_COVERED, 'conditions materielles']],
    ),
    t(
      'bon et sinon prepa comp il pourrait le faire a distance depuis chez lui ?',
      'dispositif',
      [
        ['distance', 'distanciel'],
        ['oui', 'tout ou partie', 'est possible', 'peut etre suivi', 'peut se faire', 'peut etre fait', 'peut le faire', 'en partie'],
      ],
      ['uniquement en presentiel', 'seulement en presentiel'],
    ),
  ]),

  c('b19-heberge-chez-sa-soeur', ['voice', 'near-subject'], [
    t(
      'monsieur au rsa heberge chez sa soeur depuis sa separation, elle veut qu il parte a la fin du mois, il est en pleine demande de logement social et il panique, dans la convention avec l afpa y a t il quelque chose pour l aider a se loger ?',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),

  c('b19-permis-promo', ['voice', 'near-subject'], [
    t(
      'jeune ASE de 16 ans qui rentre normalement en promo 1618 en fevrier, sa grande obsession c est le permis, on m a dit que pendant le programme ils travaillaient un peu la dessus c est vrai ?',
      'dispositif',
      [['code de la route', 'code la route', 'code de route']],
    ),
    t(
      'et le permis B en lui meme les heures de conduite c est pris en charge par le programme ou pas',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),

  // ── Contacts ──
  c('b19-inscription-sans-reponse', ['voice'], [
    t(
      'j ai commence a orienter des BRSA vers prepa comp depuis decembre, j ai un souci sur une inscription qui apparait pas et personne ne me repond, c est qui a l afpa qui est en charge du deploiement des prestations, que je puisse la contacter directement',
      'contact',
      [['battedou']],
    ),
  ]),

  c('b19-coordonnateur-et-chiffres', ['typed'], [
    t(
      'je redige une note a ma direction sur le partenariat avec l afpa parce qu on a de plus en plus de BRSA orientes la bas, j ai besoin de savoir qui est le coordonnateur departemental des dispositifs a l afpa montauban, nom et fonction stp',
      'contact',
      [['vella'], ['directeur', 'coordonnateur']],
    ),
    t(
      'et du coup est ce qu on sait combien d allocataires du rsa sont entres en competences pec, et l objectif c etait combien deja',
      'figures',
      [NOT_YET, target(50, 'cinquante')],
    ),
  ]),

  c('b19-ase-16-ans-orientation', ['written'], [
    t(
      "Bonjour, je suis référente ASE à la MDS de Montauban. Le jeune que je suis a 16 ans et 3 mois, il est confié au service depuis l'été. Il est déscolarisé depuis la rentrée de septembre, il n'a ni emploi ni formation, et son éducateur pense à La Promo 16/18. Est-il éligible ?",
      'eligibility',
      [YES],
      NOT_ELIG,
    ),
    t(
      'd accord. et a l afpa c est qui mon interlocuteur pour ce genre d orientation, on m a dit qu il y avait une reflexion entre le CD et l afpa pour faciliter l orientation des jeunes ASE',
      'contact',
      [CONTACT_AFPA],
    ),
  ]),

  c('b19-copil-referents', ['written'], [
    t(
      "Je prépare le prochain comité de pilotage de l'accord avec l'AFPA. Pouvez-vous me rappeler qui sont les deux personnes référentes chargées du suivi de l'accord, côté AFPA et côté Département ?",
      'contact',
      [['vella'], ['weill', 'president']],
    ),
    t(
      'et ce comite il doit se reunir combien de fois au minimum',
      'dispositif',
      [['une fois par an', '1 fois par an', 'au moins une fois', 'au moins 1 fois', 'annuel', 'chaque annee', 'par an']],
    ),
  ]),

  c('b19-remplacement-conge-mat', ['voice'], [
    t(
      'je remplace une collegue partie en conge mat, elle gerait toutes les prescriptions de BRSA vers l afpa, moi j y connais pas grand chose et je sais pas a qui m adresser la bas quand j ai une question sur un parcours prepa comp ou competences pec, tu peux m aider',
      'contact',
      [CONTACT_AFPA],
    ),
  ]),

  // ── Mason: eligibility, how to enrol, back to the training ──
  c('b19-macon-peur-ecrit', ['voice', 'back-to-earlier'], [
    t(
      'mr D 29 ans au rsa depuis 3 ans, sorti du systeme scolaire sans diplome, il a bosse en interim sur des chantiers, il veut faire la formation macon de l afpa mais il a tres peur de l ecrit et des tests, je pensais le mettre sur prepa comp pour securiser son entree, c est jouable ?',
      'eligibility',
      [YES, PREPA],
      NOT_ELIG,
    ),
    t(
      'ok et je l inscris comment, c est moi qui fais la demarche ou c est l afpa ?',
      'prescribe',
      [PANDA, ['vous', 'referent']],
    ),
    t(
      'et pour revenir a sa formation macon, il reste des places et ca demarre quand',
      'agenda',
      [seats(3), on('2027-02-15')],
      TRAININGS_BUT_MASON,
    ),
  ]),

  c('b19-ase-prescrire-promo', ['voice'], [
    t(
      'jeune fille ASE de 17 ans, decrocheuse depuis l an dernier, elle est d accord pour la promo 1618 et on a eu l autorisation des parents, maintenant je voudrais l inscrire, comment on procede de mon cote concretement',
      'prescribe',
      [
        ['panda', 'plateforme', 'formulaire'],
        ['invite', 'inscri', 'prescri'],
      ],
    ),
  ]),

  c('b19-cout-et-habilitation', ['typed', 'two-subjects'], [
    t(
      'ma cheffe de service me demande si ca coute quelque chose au departement quand on prescrit prepa comp ou competences pec a nos allocataires, faut il faire un bon de commande ou une convention financiere a chaque fois ?',
      'prescribe',
      [
        [
          'sans contrepartie',
          'aucune contrepartie',
          'gratuit',
          'aucun cout',
          'pas de cout',
          'sans cout',
          'sans frais',
          'aucun frais',
          'ne coute rien',
          'pas de bon de commande',
          'aucun bon de commande',
          'pas de convention',
          'directement',
          "l'etat",
          'l’etat',
          'plan d investissement',
          "plan d'investissement",
          'plan d’investissement',
          'pas payant',
          'aucune facturation',
        ],
      ],
    ),
    t(
      'autre chose pendant que je te tiens, je suis nouvelle a la MDS de castelsarrasin, on me dit d inscrire les gens sur panda mais j ai aucun acces, c est qui qui me donne les droits',
      'prescribe',
      [['habilit', 'ouvr', 'donne acces', 'droits', 'compte'], ['afpa']],
    ),
  ]),

  c('b19-employeur-refuse', ['voice'], [
    t(
      'salariee en PEC dans une asso d aide a domicile, au rsa, elle voudrait faire competences pec pour valider son experience mais sa responsable veut pas la liberer pour les ateliers, je peux l inscrire quand meme sans l accord de l employeur ?',
      'prescribe',
      [['accord', 'autoris'], ['employeur', 'responsable', 'structure']],
    ),
    t(
      'bon je vais essayer de negocier, y a quelqu un a l afpa qui pourrait m aider a presenter le dispositif a l employeur',
      'contact',
      [CONTACT_AFPA],
    ),
  ]),

  // ── Adhesion, then a relative (her brother) ──
  c('b19-frere-insiste-adhesion', ['voice', 'relative'], [
    t(
      'situation un peu delicate, la dame est au rsa mais franchement pas partante pour prepa comp, c est son frere qui vit chez elle qui insiste lourdement pour qu elle y aille parce qu il pense que ca l obligera a trouver du travail, je peux la prescrire quand meme ?',
      'prescribe',
      [
        [
          'adhesion',
          'accord',
          'consentement',
          'volontaire',
          'volontariat',
          'son choix',
          'recueill',
          'motivation',
          'libre',
          'd accord',
          "d'accord",
          'd’accord',
        ],
      ],
    ),
    t(
      'et le frere lui il est en CDI a mi temps, il touche pas le rsa, il pourrait faire prepa comp avec le CD lui aussi ?',
      'eligibility',
      [[...NO, 'pas via', 'pas par le departement', 'pas dans le cadre', 'france travail', 'pole emploi'], ['rsa']],
    ),
  ]),

  // ── « en fait il est pas confié à l'ASE »: who proposes, and the CEJ ──
  c('b19-aemo-mission-locale', ['voice', 'correction', 'near-subject'], [
    t(
      'jeune de 17 ans, en fait il est pas confie a l ASE comme je croyais, il a juste une mesure educative en milieu ouvert, il a quitte le lycee en premiere sans rien et il fait rien depuis 6 mois, pas de boulot pas de formation, la promo ca reste possible ?',
      'eligibility',
      [[...YES, 'mission locale', 'missions locales', 'cio']],
    ),
    t('du coup c est qui qui lui propose le programme, moi ou la mission locale ?', 'prescribe', [
      ['mission locale', 'missions locales', 'cio', 'c.i.o'],
    ]),
    t(
      'ok et la ML m a parle aussi du CEJ pour lui, combien il toucherait par mois avec le CEJ ?',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),

  c('b19-avant-de-prescrire', ['typed'], [
    t(
      'avant de prescrire prepa comp pour une maman de trois enfants qui habite a negrepelisse et qui a pas le permis, qu est ce que je dois verifier ou faire de mon cote en tant que referente, y a une liste ou pas',
      'prescribe',
      [
        ['mobilite', 'garde', 'conditions materielles'],
        ['adhesion', 'panda', 'informe', 'informer'],
      ],
    ),
    t('et a la fin est ce que j ai un retour de l afpa sur comment ca s est passe pour elle ?', 'dispositif', [
      ['bilan'],
    ]),
  ]),

  // ── Agenda stories ──
  c('b19-castel-info-coll', ['voice'], [
    t(
      'Monsieur au RSA, 41 ans, habite Castelsarrasin, sans voiture, ok pour prepa comp mais il ira pas jusqu a Montauban pour une simple reunion, est ce qu il y a une info coll pres de chez lui bientot ?',
      'agenda',
      [on('2027-01-21'), ['castelsarrasin']],
    ),
  ]),

  c('b19-passionne-soudure', ['voice'], [
    t(
      'jeune homme 23 ans, au rsa depuis qu il a perdu son boulot au garage, passionne de mecanique et de soudure, il voudrait voir l atelier en vrai avant de s engager dans une formation, y a une visite de plateau prevue ?',
      'agenda',
      [on('2027-01-19'), H14],
      notOn('2027-03-10'),
    ),
  ]),

  c('b19-jpo-moissac', ['typed'], [
    t(
      'la plupart de mes gens sont du cote de moissac et ils bougent pas facilement, la prochaine journee portes ouvertes c est quand, et est ce qu il y en a une plus pres de chez eux que montauban ?',
      'agenda',
      [on('2027-02-03'), on('2027-02-17'), ['moissac']],
      notOn('2027-01-07'),
    ),
  ]),

  c('b19-volet2-complet', ['voice'], [
    t(
      'dame 45 ans au rsa, elle a deja fait le volet 1 l an dernier et la elle veut securiser son entree en formation agent de proprete, la session volet 2 du 25 janvier a montauban il reste de la place ?',
      'agenda',
      [FULL],
    ),
    t(
      'ah mince, et la suivante c est quand et ou ?',
      'agenda',
      [on('2027-02-15'), ['castelsarrasin']],
      [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
    ),
    t('bon je la prescris sur celle la alors, elle est d accord', 'prescribe', [
      ['prescri', 'panda', 'formulaire', 'inscri', 'demande'],
      [...PREPA, 'volet 2', ...on('2027-02-15'), 'castelsarrasin'],
    ]),
  ]),

  c('b19-batiment-plaquiste', ['voice'], [
    t(
      'j ai plusieurs messieurs au rsa qui ont deja bosse dans le batiment, un en maconnerie un autre comme plaquiste au black, ils voudraient se qualifier, est ce que l afpa organise une reunion sur les metiers du batiment prochainement',
      'agenda',
      [on('2027-02-23'), ['caussade']],
      notOn('2027-01-26'),
    ),
    t('et pour celui qui veut faire plaquiste il reste des places en formation ?', 'agenda', [FULL], TRAININGS_BUT_PLASTERER),
  ]),

  c('b19-ehpad-moissac-pec', ['voice', 'two-subjects'], [
    t(
      'salariee en PEC depuis septembre dans un ehpad a moissac comme agent de service, elle est toujours au rsa avec un petit complement, elle aimerait valoriser ce qu elle apprend la bas et avoir une certif, competences pec ok pour elle ?',
      'eligibility',
      [YES, PEC],
      NOT_ELIG,
    ),
    t(
      'y a une info coll pour elle et son employeur pas trop loin de moissac ?',
      'agenda',
      [on('2027-02-09'), ['moissac']],
      [...notOn('2027-01-14'), ...notOn('2027-01-21')],
    ),
    t(
      'et ca va lui prendre combien de jours sur son temps de travail au total',
      'dispositif',
      [['5 jours', 'cinq jours']],
      ['2 a 8 jours', '2 et 8 jours'],
    ),
  ]),

  // ── Other dispositifs of the agreement ──
  c('b19-fle-refugie', ['written'], [
    t(
      "Monsieur S., 34 ans, originaire d'Afghanistan, arrivé en France il y a 14 mois, réfugié statutaire et bénéficiaire du RSA. Il était mécanicien dans son pays mais il parle encore très peu français. Est-ce que l'AFPA a quelque chose pour lui côté langue avant d'envisager une formation ?",
      'dispositif',
      [['francais langue etrangere', 'fle', 'visee professionnelle', 'francais a visee']],
    ),
    t(
      'et plus tard une fois qu il parle mieux il pourrait faire reconnaitre son experience de mecanicien sans refaire toute une formation ?',
      'dispositif',
      [['vae', 'validation des acquis', 'rsfp', 'reconnaissance des savoir']],
    ),
  ]),

  c('b19-aci-sans-prerequis', ['voice', 'two-subjects'], [
    t(
      'on a une salariee en ACI depuis 18 mois au rsa, aucun diplome, elle maitrise bien les gestes en espaces verts mais d apres l encadrant elle a pas les prerequis pour partir sur une VAE, qu est ce que l afpa peut lui proposer pour faire reconnaitre ce qu elle sait faire',
      'dispositif',
      [['rsfp', 'r.s.f.p', 'reconnaissance des savoir']],
    ),
    t(
      'et autre sujet, l ACI travaille avec une entreprise qui a une clause sociale sur un chantier a montauban, l afpa peut preparer des BRSA pour ces missions ?',
      'dispositif',
      [['gestes techniques', 'premiers gestes', 'former', 'forme aux', 'formant', 'evaluer', 'evalue', 'competences acquises']],
    ),
  ]),

  c('b19-58-ans-ordinateur', ['voice'], [
    t(
      'madame 58 ans au rsa depuis la fermeture de son usine, elle me dit qu elle est trop vieille pour retourner en formation et qu on va pas la prendre, prepa comp y a une limite d age ou pas',
      'eligibility',
      [[...YES, 'pas de limite', 'aucune limite', 'sans limite', 'pas de condition d age', 'aucune condition d age']],
      NOT_ELIG,
    ),
    t(
      'son autre frein c est l ordinateur, elle sait meme pas envoyer un mail, y a quelque chose pour ca a l afpa',
      'dispositif',
      [['clea numerique', 'clea']],
    ),
  ]),

  c('b19-maman-promo-horaires', ['voice', 'relative', 'near-subject'], [
    t(
      'la maman d un jeune ASE qui rentre en promo 1618 me demande comment ca se passe concretement, combien de temps ca dure, quels jours, est ce qu il sera la le week end, elle est un peu inquiete',
      'dispositif',
      [
        ['13 semaines', 'treize semaines', '3 mois', 'trois mois'],
        ['lundi au jeudi', 'du lundi', 'lundi-jeudi', 'lundi a jeudi', '4 jours par semaine', 'quatre jours par semaine'],
      ],
    ),
    t('et apres les 13 semaines il est lache dans la nature ou il y a un suivi ?', 'dispositif', [
      ['6 mois', 'six mois'],
    ]),
    t(
      'son educ lui parle aussi de l EPIDE pour apres, c est quoi les conditions pour y entrer et est ce qu il y a un internat ?',
      'out_of_scope',
      [NOT_COVERED],
    ),
  ]),

  c('b19-open-badges', ['voice'], [
    t(
      'jeune femme de 24 ans au rsa, aucun diplome mais franchement tres a l aise a l oral, elle anime des ateliers au centre social, bosse bien en equipe, est ce qu il existe un moyen a l afpa de faire reconnaitre ce genre de savoir etre',
      'dispositif',
      [['open badge', 'soft skills', 'competences douces']],
    ),
  ]),

  // ── Eligibility stories ──
  c('b19-petit-frere-15-ans', ['voice', 'relative'], [
    t(
      'c est pas pour ma beneficiaire mais pour son petit frere qui vit chez elle, il a 15 ans, il a lache le college depuis la toussaint et la mere est desesperee, la promo 1618 il peut y aller ?',
      'eligibility',
      [
        [...NO, 'pas encore', 'trop jeune'],
        [...AGE, '15 ans', 'moins de 16', 'a partir de 16', 'des 16', 'trop jeune', '16 ans'],
      ],
    ),
    t('il aura 16 ans le 2 avril, a ce moment la ca devient possible ?', 'eligibility', [
      [...YES, 'a partir', 'des ses 16', 'des qu il', 'des 16', 'sera possible', 'deviendra possible', 'une fois'],
    ]),
  ]),

  c('b19-apprenti-boulanger', ['voice', 'correction'], [
    t(
      'jeune ASE de 17 ans, il est en apprentissage en boulangerie depuis septembre, il se leve a 4h, il s ennuie un peu mais il continue, l educ pense que la promo 1618 pourrait le remotiver, c est envisageable ?',
      'eligibility',
      [NO, ['apprenti', 'contrat', 'travaill', 'en formation', 'deja en', 'alternance', 'employ', 'salarie', 'en poste']],
    ),
    t(
      'ah en fait je viens d avoir l educ, il a rompu son contrat vendredi et il fait plus rien depuis, ca change quoi ?',
      'eligibility',
      [[...YES, 'devient', 'desormais', 'maintenant']],
    ),
  ]),

  c('b19-cdi-complement-rsa', ['voice'], [
    t(
      'monsieur 39 ans en CDI a temps partiel dans la grande distribution depuis 5 ans avec un complement rsa, il aimerait faire valider son experience de mise en rayon, competences pec c est pour lui ?',
      'eligibility',
      [NO, ['un pec', 'en pec', 'contrat pec', 'signataire', 'cdi', 'contrat aide', 'parcours emploi']],
    ),
  ]),

  c('b19-pec-signe-lundi', ['voice'], [
    t(
      'il a eu l entretien avec la commune de moissac, ils le prennent en PEC, il signe son contrat lundi prochain, il est au rsa, est ce que je peux deja le positionner sur competences pec ou il faut attendre',
      'eligibility',
      [['signature', 'signe', 'des le debut', 'premiers mois', 'des que', 'des le demarrage', 'des son entree']],
    ),
  ]),

  c('b19-dame-moissac-deux-questions', ['voice', 'two-in-one'], [
    t(
      'dame 33 ans au rsa, 2 enfants, elle vit a moissac et ne peut pas se deplacer a montauban, est ce qu elle peut faire prepa comp et est ce qu il y a une session pres de chez elle prochainement',
      'eligibility',
      [YES, [...on('2027-03-08'), ...on('2027-02-08')], ['moissac', 'distance']],
      NOT_ELIG,
    ),
  ]),

  c('b19-fast-food-cdd', ['written'], [
    t(
      "Bonsoir. Jeune fille de 16 ans confiée à l'ASE, elle a quitté le lycée en novembre. Depuis trois semaines elle travaille 20 heures par semaine en CDD dans un fast-food et ça lui plaît plutôt. Son éducatrice voudrait quand même l'inscrire à La Promo 16/18 : est-ce possible ?",
      'eligibility',
      [NO, ['travaill', 'cdd', 'employ', 'en poste', 'salarie', 'activite professionnelle', 'un emploi', 'son emploi', 'boulot', 'job']],
    ),
  ]),

  c('b19-dossier-pas-sous-les-yeux', ['typed', 'missing-fact'], [
    t(
      'vite fait entre deux rdv, j ai une dame de 31 ans que je vois pour la premiere fois cet aprem, j ai pas encore son dossier sous les yeux, elle veut devenir cariste et elle a jamais fait de formation, prepa comp c est ok pour elle ?',
      'eligibility',
      [['rsa']],
    ),
  ]),

  c('b19-age-manquant', ['voice', 'missing-fact'], [
    t(
      'l educ d un jeune confie a l ASE vient de m appeler, il est decrocheur depuis l an dernier, il fait rien de ses journees ni boulot ni formation, il voudrait que je le mette sur la promo 1618, c est bon ?',
      'eligibility',
      [
        [
          "l'age",
          'l’age',
          'quel age',
          'son age',
          'age du jeune',
          '16 a 18',
          '16 et 18',
          'mineur',
          '16 ans',
          '17 ans',
          '18 ans',
          'date de naissance',
        ],
      ],
    ),
  ]),

  c('b19-cap-intermittent', ['voice', 'correction'], [
    t(
      'jeune ASE de 17 ans qui traine beaucoup dehors, l educ me dit qu il a lache l ecole et qu il fait rien d autre, pas de travail, promo 1618 ?',
      'eligibility',
      [YES],
      NOT_ELIG,
    ),
    t(
      'ah attends l educ me corrige, il est toujours inscrit en CAP au lycee pro et il y va encore deux jours par semaine, ca change la reponse ?',
      'eligibility',
      [NO, ['scolaris', 'inscrit', 'en formation', 'en cap', 'son cap', 'un cap', 'lycee', 'quitte', 'decroch', 'cursus', 'etudes']],
    ),
  ]),

  // ── Figures ──
  c('b19-chiffres-reunion-equipe', ['typed'], [
    t(
      'pour la reunion d equipe de jeudi ma responsable veut savoir combien de nos BRSA ont fait prepa comp depuis le debut de l accord, et on avait vise combien au depart ?',
      'figures',
      [NOT_YET, target(30, 'trente')],
    ),
    t('et le nombre de nos gens qui sont alles aux JPO de l afpa on l a ?', 'figures', [[...NOT_YET, 'indicateur']]),
  ]),

  c('b19-cible-ase-promo', ['written'], [
    t(
      "Le directeur enfance-famille me demande où nous en sommes de l'orientation des jeunes de l'ASE vers La Promo 16/18 : combien ont été orientés à ce jour, et quel était l'objectif fixé dans le plan d'action ?",
      'figures',
      [NOT_YET, target(10, 'dix')],
    ),
    t('et pour la promo les sorties positives ils visent quel taux', 'figures', [['70 %', '70%', '70 pour', 'soixante-dix']]),
  ]),
];
