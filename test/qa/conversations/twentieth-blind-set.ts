/**
 * Twentieth blind set: a balanced sample, as an independent evaluation would draw it.
 *
 * Written only from the agreement (accord Département de Tarn-et-Garonne – AFPA 2022, its
 * 2022-2023 action plan and the protocol of the three programmes), the product guide and
 * AFPA's published agenda (`agenda-fixture.ts`, today frozen at Monday 11 January 2027,
 * Europe/Paris). Never from what the bot says.
 *
 * Half the messages are written with accents and full sentences, half as référents type
 * them in Teams (prépa comp, PEC, 1618, BRSA, FT, ASE, JPO, info coll, cb, qd, pr, ds…),
 * with typos, two questions in one message and follow-ups.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Ways a correct French answer may phrase the facts ───────────────────────

/** The agreement does not settle it. */
const OOS = [
  'ne couvre pas',
  'ne dit rien',
  'ne prévoit pas',
  "hors de l'accord",
  'hors de l’accord',
  'ne précise pas',
  'pas prévu',
  'ne traite pas',
  'pas couvert',
  'ne mentionne pas',
  'ne fixe pas',
  'ne règle pas',
  'hors du champ',
  'hors champ',
  "n'aborde pas",
  'n’aborde pas',
  'ne figure pas',
  "pas dans l'accord",
  'pas dans l’accord',
  'aucune information',
  'ne contient pas',
  'ne parle pas',
  'pas mentionné',
  'ne porte pas sur',
  'ne répond pas',
  'pas de réponse',
];

/** Realised figures are not available yet. */
const NOT_YET = [
  'pas encore disponible',
  'pas encore',
  'pas de chiffre',
  'aucun chiffre',
  'non disponible',
  'pas disponible',
  'indisponible',
  'ne dispose pas',
  'pas de donnée',
  'aucune donnée',
  'aucune entrée',
  '0 entrée',
  'aucun bilan',
  'pas de bilan',
  'pas de réalisé',
  'aucun réalisé',
  'ne sont pas connus',
  'pas connu',
];

/** A yearly target of the action plan (2022). */
function target(n: number): string[] {
  return [
    `${n} allocataires`,
    `${n} allocataire`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} brsa`,
    `${n} entrées`,
    `${n} orientations`,
    `${n} orienté`,
    `objectif de ${n}`,
    `objectif : ${n}`,
    `objectif ${n}`,
    `: ${n} `,
    `**${n}**`,
  ];
}

const YES = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut y entrer',
  'peut suivre',
  'peut participer',
  'peut être orienté',
  'peut tout à fait',
  'correspond',
  'remplit',
  'peut y prétendre',
  'est possible',
  'accessible',
];
/** A « yes » answer that says « not eligible » is wrong. */
const NOT_YES = ["n'est pas éligible", 'n’est pas éligible', 'inéligible', 'non éligible'];

const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'impossible',
  'ne relève pas',
  'ne correspond pas',
  'ne remplit pas',
  'pas accessible',
  'réservé',
  'non,',
  'non.',
  'non :',
  'non !',
  'exclu',
  'pas ouvert',
  'pas encore',
];
/** A « no » answer that says « yes » is wrong. */
const NOT_NO = ['oui,', 'oui !', 'oui.', 'il est éligible', 'elle est éligible'];

/** The reason of an age refusal for La Promo 16/18. */
const AGE = [
  '16 ans',
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 à 17',
  '16-18 ans',
  '16/18 ans',
  'mineur',
  'trop jeune',
  'moins de 16',
  "l'âge",
  'l’âge',
  "d'âge",
  'd’âge',
  'âge minimum',
];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '8 jours max',
  '5 à 6 jours',
  '4 à 8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'sans frais',
  'sans coût',
  'aucune contrepartie',
  'pas de contrepartie',
  'rien à payer',
  'aucun frais',
  'aucune participation financière',
  "financé par l'état",
  'financé par l’état',
  "financés par l'état",
  'financés par l’état',
  'pris en charge par l',
  "plan d'investissement dans les compétences",
  'plan d’investissement dans les compétences',
  'P.I.C',
  '(PIC)',
];
const FULL = [
  'complet',
  'aucune place',
  '0 place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'plus aucune place',
];
const PRESCRIBE = ['prescription', 'prescrire', 'formulaire', 'orientation', 'inscrire', 'inscription'];
const THANKS = [
  'avec plaisir',
  'de rien',
  'je vous en prie',
  'à votre service',
  'bonne journée',
  "n'hésitez",
  'n’hésitez',
  'à bientôt',
  'volontiers',
  'ravi',
  'merci à vous',
];
const NOT_GIVEN = [
  'ne précise pas',
  'ne donne pas',
  'ne mentionne pas',
  'ne fournit pas',
  'ne figure pas',
  'pas indiqué',
  'ne communique pas',
  'ne contient pas',
  'pas de mail',
  "pas d'adresse",
  'pas d’adresse',
  'aucune adresse',
  'aucun mail',
  'aucun e-mail',
  'ne dispose pas',
  'pas de coordonnées',
  'aucune coordonnée',
  'ne dit rien',
  'ne couvre pas',
  'ne prévoit pas',
  'pas en mesure',
];
/** Trainings of the Info Places that are not about welding. */
const NOT_WELDING = ['plaquiste', 'cariste', 'maçon', 'préparateur de commandes', 'agent de restauration'];

export const TWENTIETH_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c('b20-prepa-duree-distance', ['prepa-competences', 'sms', 'follow-up'], [
    t('prepa comp c koi exactement ?', 'dispositif', [['projet'], ['formation']], ['13 semaines']),
    t('et ça dure cb de tps ?', 'dispositif', [PREPA_DURATION, TWO_WEEKS], ['13 semaines', '5 phases']),
    t(
      'c faisable a distance ou faut venir au centre ?',
      'dispositif',
      [['distance', 'distanciel'], ['oui', 'tout ou partie', 'possible', 'peut être suivi', 'peut se faire', 'au choix']],
    ),
  ]),
  c('b20-promo-phases-suivi', ['promo-16-18', 'formal', 'follow-up'], [
    t(
      'Quelles sont les différentes phases de La Promo 16/18 ?',
      'dispositif',
      [['engagement'], ['construction'], ['préparation de la suite', 'la suite']],
      ['5 phases', '2 à 8 jours'],
    ),
    t(
      'et apres la sortie du programme les jeunes sont encore suivis ?',
      'dispositif',
      [['6 mois', 'six mois'], ['mission locale', 'missions locales']],
    ),
  ]),
  c('b20-fle-public-objectif', ['fle', 'sms', 'follow-up'], [
    t(
      'vous faites du FLE a l afpa ? jai une dame qui parle tres peu francais',
      'dispositif',
      [['français', 'langue étrangère', 'fle'], ['primo-arrivant', 'primo arrivant', 'débutant']],
    ),
    t(
      "L'objectif, c'est seulement l'oral ou aussi l'écrit ?",
      'dispositif',
      [['écrire', 'écrit'], ['oral', 'parler']],
    ),
  ]),
  c('b20-vae-vs-rsfp', ['vae', 'rsfp', 'sms', 'follow-up'], [
    t(
      'diff entre vae et rsfp ??',
      'dispositif',
      [['prérequis', 'pré-requis', 'pre requis'], ['certification', 'titre', 'diplôme']],
    ),
    t(
      'et la rsfp ça prend combien de jours',
      'dispositif',
      [['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j'], ['jury', 'dossier', 'étapes', 'préparation']],
    ),
  ]),
  c('b20-clauses-sociales', ['clauses-sociales', 'formal', 'follow-up'], [
    t(
      "L'AFPA peut-elle préparer des allocataires à des missions dans le cadre des clauses sociales ?",
      'dispositif',
      [['gestes techniques', 'premiers gestes']],
    ),
    t(
      'et une fois la mission terminée il se passe quoi ?',
      'dispositif',
      [['évalu'], ['transférables', 'métiers en tension']],
    ),
  ]),
  c('b20-pec-ateliers', ['competences-pec', 'sms', 'two-questions'], [
    t(
      'cb d ateliers ds competences PEC et ils durent cb ?',
      'dispositif',
      [['6 ateliers', 'six ateliers'], ['demi-journée', 'demi journée', '½ journée']],
      ['13 semaines', '2 à 8 jours'],
    ),
  ]),
  c('b20-promo-jours', ['promo-16-18', 'formal'], [
    t(
      'La Promo 16/18 se déroule-t-elle en présentiel tous les jours de la semaine ?',
      'dispositif',
      [['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi']],
    ),
  ]),
  c('b20-vae-pec-etapes', ['vae', 'competences-pec', 'formal'], [
    t(
      'La VAE pour les personnes en PEC, comment ça se passe concrètement ?',
      'dispositif',
      [['recevabilité'], ['évaluation']],
    ),
  ]),
  c('b20-open-badges', ['open-badges', 'sms', 'no-accents'], [
    t(
      'les open badges ca sert a quoi pr nos allocataires',
      'dispositif',
      [
        ['soft skills', 'compétences douces', 'savoir-être', 'savoir être', 'transverses', 'transversales'],
        ['reconnaissance', 'reconnaître', 'reconnaitre', 'valoriser', 'valorisation'],
      ],
    ),
  ]),
  c('b20-bilan-fin-prepa', ['prepa-competences', 'bilan', 'formal'], [
    t(
      "À la fin d'une Prépa Compétences, est-ce que l'AFPA me fait un retour écrit sur la personne ?",
      'dispositif',
      [['bilan individuel', 'bilan']],
    ),
  ]),
  c('b20-lieux-82', ['lieux', 'sms', 'typo'], [
    t(
      'les dispositifs c uniquement sur montauban ou aussi ailleur dans le 82 ?',
      'dispositif',
      [
        ['montauban'],
        [
          'délocalis',
          'ensemble du département',
          'tout le département',
          'ailleurs dans le département',
          'castelsarrasin',
          'moissac',
          'caussade',
          'valence',
        ],
      ],
    ),
  ]),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c('b20-agenda-ic-prepa-villes', ['agenda', 'info-collective', 'formal', 'follow-up', 'towns'], [
    t(
      'Quand a lieu la prochaine information collective Prépa Compétences ?',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-02-09')],
    ),
    t('et du côté de Castelsarrasin ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-03-04')),
    t("et à Valence-d'Agen ?", 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-21')),
  ]),
  c('b20-agenda-volet2-complet', ['agenda', 'sessions', 'places', 'formal', 'follow-up'], [
    t('La session Prépa Compétences volet 2 du 25 janvier, il reste des places ?', 'agenda', [FULL]),
    t('ok et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin'], seats(5)]),
  ]),
  c('b20-agenda-visite-soudure', ['agenda', 'visite-plateau', 'places', 'sms', 'follow-up'], [
    t("c'est qd la prochaine visite de plateau technique ?", 'agenda', [on('2027-01-19'), ['soudure', 'soudeur']]),
    t('y a encore des places en formation soudeur ?', 'agenda', [seats(4), ['soudeur', 'soudure']], NOT_WELDING),
  ]),
  c('b20-agenda-fevrier-moissac', ['agenda', 'month', 'towns', 'formal', 'follow-up'], [
    t(
      "Qu'est-ce qui est prévu en février ?",
      'agenda',
      [on('2027-02-03'), on('2027-02-09'), on('2027-02-11'), on('2027-02-17'), on('2027-02-23')],
      [...notOn('2027-01-21'), ...notOn('2027-01-26'), ...notOn('2027-03-04'), ...notOn('2027-03-10')],
    ),
    t(
      'et seulement a moissac ?',
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-02-03'), ...notOn('2027-02-11'), ...notOn('2027-02-23')],
    ),
  ]),
  c('b20-agenda-jpo', ['agenda', 'jpo', 'sms'], [
    t('c qd la prochaine JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b20-agenda-semaine-pro', ['agenda', 'relative-date', 'sms', 'no-accents'], [
    t(
      'qu est ce qu il y a comme evenements a l afpa la semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b20-agenda-lundi-prochain', ['agenda', 'sessions', 'relative-date', 'sms'], [
    t(
      'lundi prochain ya une entree prepa comp ?',
      'agenda',
      [on('2027-01-18'), ['volet 1']],
      [...notOn('2027-01-25'), ...notOn('2027-02-08')],
    ),
  ]),
  c('b20-agenda-promo-entree', ['agenda', 'sessions', 'promo-16-18', 'formal'], [
    t('Quand démarre la prochaine Promo 16/18 ?', 'agenda', [on('2027-02-01')]),
  ]),
  c('b20-agenda-ic-avant-fin-fevrier', ['agenda', 'info-collective', 'relative-date', 'sms', 'no-accents'], [
    t(
      'des infos coll prepa comp avant fin fevrier ??',
      'agenda',
      [on('2027-01-14'), on('2027-01-21'), on('2027-02-11')],
      [...notOn('2027-03-04'), ...notOn('2027-02-09'), ...notOn('2027-01-07')],
    ),
  ]),
  c('b20-agenda-formations-fevrier', ['agenda', 'places', 'month', 'formal'], [
    t(
      'Quelles formations démarrent en février et ont encore des places ?',
      'agenda',
      [['soudeur'], ['maçon'], ['propreté']],
      ['plaquiste', 'cariste', 'électricien', 'agent de restauration', 'préparateur de commandes'],
    ),
  ]),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c('b20-elig-promo-16-statut', ['eligibility', 'promo-16-18', 'missing-fact', 'sms', 'follow-up'], [
    t(
      'jeune de 16 ans pr la 1618 ?',
      'eligibility',
      [
        [
          'scolaris',
          'formation',
          'travail',
          'emploi',
          'décroch',
          'quitté',
          'ni en',
          'oui',
          'éligible',
          'ase',
          'aide sociale',
        ],
      ],
    ),
    t(
      'il est a l ase, a quitte le lycee en juin, ni formation ni emploi depuis',
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b20-elig-promo-15-puis-16', ['eligibility', 'promo-16-18', 'age-boundary', 'formal', 'follow-up'], [
    t('Un jeune ASE de 15 ans, décrocheur : La Promo 16/18 est-elle possible ?', 'eligibility', [NO, AGE], NOT_NO),
    t(
      'il aura 16 ans le mois prochain, ce sera bon ?',
      'eligibility',
      [[...YES, 'à partir de', 'dès ses 16', 'dès 16', 'quand il aura 16', 'dès qu’il', "dès qu'il"], ['16']],
    ),
  ]),
  c('b20-elig-prepa-non-inscrite-prescrire', ['eligibility', 'prescribe', 'prepa-competences', 'sms', 'follow-up'], [
    t(
      'Mme D., BRSA, suivie par moi, pas inscrite a FT, veut travailler son projet pro : prepa comp possible ?',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t('ok je veux la prescrire', 'prescribe', [PRESCRIBE]),
  ]),
  c('b20-elig-prepa-volet', ['eligibility', 'prepa-competences', 'formal', 'follow-up'], [
    t(
      "J'accompagne un allocataire du RSA qui va entrer en formation cariste mais qui a peur de décrocher. Prépa Compétences peut-elle l'aider ?",
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t('quel volet du coup ?', 'dispositif', [['volet 2', 'sécuriser', 'sécurisation'], ['4 à 8', '4 et 8', '4-8', 'quatre à huit']]),
  ]),
  c('b20-elig-promo-17-ase', ['eligibility', 'promo-16-18', 'formal'], [
    t(
      "Un jeune confié à l'ASE, 17 ans, a quitté le lycée en novembre et ne fait rien depuis : est-il éligible à La Promo 16/18 ?",
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),
  c('b20-elig-promo-15-college', ['eligibility', 'promo-16-18', 'age-boundary', 'sms', 'typo'], [
    t('jeune 15a sorti du colege ya 2 mois il peut faire la 1618 ?', 'eligibility', [NO, AGE], NOT_NO),
  ]),
  c('b20-elig-promo-apprenti', ['eligibility', 'promo-16-18', 'sms'], [
    t(
      '17 ans en apprentissage chez un boulanger, la promo 1618 c possible pr lui ?',
      'eligibility',
      [NO, ['apprenti', 'en formation', 'travaille', 'emploi', 'contrat', 'pas en formation']],
      NOT_NO,
    ),
  ]),
  c('b20-elig-pec-sans-contrat', ['eligibility', 'competences-pec', 'formal'], [
    t(
      "Ma bénéficiaire du RSA n'a pas de contrat PEC : peut-elle quand même suivre Compétences PEC ?",
      'eligibility',
      [NO, ['pec', 'parcours emploi']],
      NOT_NO,
    ),
  ]),
  c('b20-elig-pec-mairie', ['eligibility', 'competences-pec', 'sms', 'no-accents'], [
    t('mr X brsa en pec depuis 1 mois ds une mairie, competences pec c ok ?', 'eligibility', [YES], NOT_YES),
  ]),
  c('b20-elig-vae-sans-prerequis', ['eligibility', 'vae', 'rsfp', 'formal'], [
    t(
      "Une allocataire voudrait faire une VAE mais elle n'a pas les prérequis. C'est possible quand même ?",
      'eligibility',
      [
        [...NO, 'plutôt', 'alternative', 'à la place', 'solution', 'orienter', 'directement'],
        ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
      ],
    ),
  ]),
  c('b20-elig-promo-age-manquant', ['eligibility', 'promo-16-18', 'missing-fact', 'formal'], [
    t(
      "Un jeune suivi par l'ASE peut-il faire La Promo 16/18 ?",
      'eligibility',
      [['quel âge', 'son âge', ...AGE, '17 ans']],
    ),
  ]),
  c('b20-elig-pec-statut-manquant', ['eligibility', 'competences-pec', 'missing-fact', 'sms'], [
    t(
      'mon allocataire peut faire competences pec ?',
      'eligibility',
      [
        [
          'contrat pec',
          'en pec',
          'parcours emploi compétences',
          'signataire',
          'p.e.c',
          'salarié',
          'contrat aidé',
        ],
      ],
    ),
  ]),
  c('b20-elig-prepa-inscrite-ft', ['eligibility', 'prepa-competences', 'formal'], [
    t(
      'Une personne au RSA déjà inscrite à France Travail peut-elle aussi entrer en Prépa Compétences ?',
      'eligibility',
      [YES, ['inscrit', 'qu’ils soient', "qu'ils soient", 'que la personne soit']],
      NOT_YES,
    ),
  ]),
  c('b20-elig-siae-rsfp', ['eligibility', 'rsfp', 'sms', 'no-accents'], [
    t("salariee en chantier d'insertion sans diplome, elle peut faire une rsfp ?", 'eligibility', [YES], NOT_YES),
  ]),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c('b20-oos-remuneration-cout', ['out-of-scope', 'prepa-competences', 'sms', 'follow-up'], [
    t('les gens en prepa comp ils sont remuneres ?', 'out_of_scope', [OOS]),
    t('Et pour le Département, la prescription a-t-elle un coût ?', 'dispositif', [FREE]),
  ]),
  c('b20-oos-batiment-embauche', ['out-of-scope', 'agenda', 'reunion-metier', 'sms', 'two-questions', 'follow-up'], [
    t('reunion metiers batiment c quand et ou ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    t(
      "et l'afpa garantit une embauche derriere ?",
      'out_of_scope',
      [[...OOS, 'ne garantit pas', 'pas de garantie', 'aucune garantie']],
    ),
  ]),
  c('b20-oos-frais-deplacement', ['out-of-scope', 'formal'], [
    t('Les frais de déplacement pour venir au centre AFPA sont-ils remboursés ?', 'out_of_scope', [OOS]),
  ]),
  c('b20-oos-rsa-maintenu', ['out-of-scope', 'sms', 'no-accents'], [
    t('le rsa est maintenu pdt la prepa comp ?', 'out_of_scope', [OOS]),
  ]),
  c('b20-oos-permis', ['out-of-scope', 'formal'], [
    t("L'AFPA peut-elle financer le permis B d'un allocataire ?", 'out_of_scope', [OOS]),
  ]),
  c('b20-oos-cpf', ['out-of-scope', 'sms'], [
    t('on peut utiliser le CPF de la personne pr completer le parcours ?', 'out_of_scope', [OOS]),
  ]),
  c('b20-oos-meteo', ['out-of-scope', 'off-topic', 'sms'], [
    t(
      'tu peux me dire la meteo demain a montauban',
      'out_of_scope',
      [[...OOS, 'je ne peux pas', 'ne peux pas', 'pas en mesure', 'uniquement', 'seulement']],
    ),
  ]),
  c('b20-oos-rqth', ['out-of-scope', 'formal'], [
    t(
      "L'accord prévoit-il des places réservées aux personnes en situation de handicap (RQTH) ?",
      'out_of_scope',
      [OOS],
    ),
  ]),

  // ── Contacts ──────────────────────────────────────────────────────────────
  c('b20-contact-deploiement-directeur', ['contact', 'sms', 'follow-up'], [
    t('qui s occupe du deploiement de prepa comp, PEC et 1618 cote afpa ?', 'contact', [['battedou']]),
    t("et le directeur du centre c'est qui ?", 'contact', [['vella']]),
  ]),
  c('b20-contact-promo-mail', ['contact', 'promo-16-18', 'formal', 'follow-up'], [
    t("Pour La Promo 16/18, qui est mon interlocuteur à l'AFPA ?", 'contact', [['battedou', 'vella']]),
    t('vous avez son adresse mail ?', 'contact', [NOT_GIVEN]),
  ]),
  c('b20-contact-coordonnateur', ['contact', 'formal'], [
    t('Qui est le coordonnateur départemental des dispositifs ?', 'contact', [['vella']]),
  ]),
  c('b20-contact-suivi-cd', ['contact', 'sms', 'no-accents'], [
    t(
      'qui suit l accord cote departement ?',
      'contact',
      [['weill', 'président du conseil', 'référent', 'représentant']],
    ),
  ]),
  c('b20-contact-habilitation-panda', ['contact', 'panda', 'sms', 'typo'], [
    t(
      'jdois etre habilite sur panda, je m adresse a qui ?',
      'contact',
      [['afpa'], ['battedou', 'vella', 'responsable accompagnement', 'coordonnat']],
    ),
  ]),

  // ── Figures ───────────────────────────────────────────────────────────────
  c('b20-fig-ase-prepa', ['figures', 'formal', 'follow-up'], [
    t(
      "Combien de jeunes de l'ASE ont été orientés vers La Promo 16/18 ?",
      'figures',
      [NOT_YET, target(10)],
    ),
    t('et en prepa comp cb d entrees ?', 'figures', [NOT_YET, target(30)]),
  ]),
  c('b20-pec-public-chiffres-prescrire', ['competences-pec', 'figures', 'prescribe', 'formal', 'follow-up'], [
    t(
      "Compétences PEC, ça s'adresse à qui ?",
      'dispositif',
      [['parcours emploi compétences', 'contrat pec', 'en pec', 'salarié', 'signataire', 'p.e.c']],
      ['13 semaines', '2 à 8 jours'],
    ),
    t('combien de brsa y sont entres ?', 'figures', [NOT_YET, target(50)]),
    t('ok je veux en prescrire un', 'prescribe', [PRESCRIBE]),
  ]),
  c('b20-fig-objectifs', ['figures', 'formal'], [
    t(
      "Quels sont les objectifs chiffrés fixés par le plan d'action ?",
      'figures',
      [target(30), target(50), target(10)],
    ),
  ]),
  c('b20-fig-sorties-positives', ['figures', 'promo-16-18', 'sms', 'no-accents'], [
    t('taux de sorties positives vise pr la promo ?', 'figures', [['70 %', '70%', '70 pour cent']]),
  ]),
  c('b20-fig-remontees', ['figures', 'formal', 'two-questions'], [
    t(
      "À qui l'AFPA remonte-t-elle les chiffres des dispositifs, et à quel rythme ?",
      'figures',
      [['dgefp', 'd.g.e.f.p'], ['mensuel', 'chaque mois', 'tous les mois', 'mois']],
    ),
  ]),
  c('b20-fig-indicateurs-jpo', ['figures', 'jpo', 'sms'], [
    t(
      'quels indicateurs pr les JPO et les info coll ?',
      'figures',
      [['nombre'], ['participant', 'participation', 'présents', 'ayant participé']],
    ),
  ]),

  // ── Prescriptions ─────────────────────────────────────────────────────────
  c('b20-presc-pec-atelier2', ['prescribe', 'agenda', 'competences-pec', 'sms', 'follow-up'], [
    t(
      'c quand les entrees competences PEC atelier 2 ?',
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
      notOn('2027-02-10'),
    ),
    t('ok je veux y inscrire une salariee en PEC', 'prescribe', [PRESCRIBE, ['employeur', 'accord']]),
  ]),
  c('b20-presc-etapes', ['prescribe', 'prepa-competences', 'formal', 'two-questions'], [
    t(
      'Comment je prescris une Prépa Compétences ? Quelles sont les étapes ?',
      'prescribe',
      [
        ['panda', 'plateforme', 'formulaire', 'prescription'],
        ['adhésion', 'accord', 'informe', 'consent'],
      ],
    ),
  ]),
  c('b20-presc-promo-ase', ['prescribe', 'promo-16-18', 'formal'], [
    t("Je souhaite orienter un jeune de l'ASE vers La Promo 16/18.", 'prescribe', [[...PRESCRIBE, 'panda']]),
  ]),
  c('b20-presc-suivi', ['prescribe', 'sms', 'no-accents'], [
    t('ou en st mes prescriptions ?', 'prescribe', [['prescription']]),
  ]),
  c('b20-presc-session-18', ['prescribe', 'sessions', 'sms'], [
    t('prescrire prepa comp volet 1 session du 18/01 pr mr T.', 'prescribe', [PRESCRIBE]),
  ]),

  // ── Other ─────────────────────────────────────────────────────────────────
  c('b20-other-bonjour-clea-merci', ['other', 'clea', 'formal', 'two-questions', 'follow-up'], [
    t('Bonjour !', 'other', [['bonjour', 'salut', 'hello']]),
    t(
      "C'est quoi CléA, et CléA Numérique ?",
      'dispositif',
      [
        ['compétences de base', 'socle', 'interprofessionnelle'],
        ['usages fondamentaux', 'usages du numérique', 'environnement de travail', 'usages numériques'],
      ],
    ),
    t('merci bcp', 'other', [THANKS]),
  ]),
  c('b20-other-annuler', ['other', 'cancel'], [
    t('annuler', 'other', [['rien à annuler', 'aucune', 'pas de', 'annul', 'rien en cours']]),
  ]),
  c('b20-other-aide', ['other', 'help'], [
    t('aide', 'other', [['dispositif', 'agenda', 'prescri', 'question', 'je peux']]),
  ]),
];
