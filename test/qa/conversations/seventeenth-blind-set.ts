/**
 * Seventeenth blind set: « a week in the partnership ».
 *
 * Written only from the agreement (accord Département de Tarn-et-Garonne – AFPA, its
 * 2022-2023 action plan and the protocol of Prépa Compétences, Compétences PEC and
 * La Promo 16/18), the product guide and the agenda fixture (today: Monday 11 January 2027,
 * Europe/Paris). Four kinds of users live the same week:
 * - a référente insertion who just joined the Département (MDS de Castelsarrasin);
 * - a conseiller of the Mission locale helping on the 16/18 side;
 * - the AFPA coordinator in Montauban answering colleagues;
 * - a pilot of the action plan.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
const ap = (...xs: string[]): string[] => [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’')]))];

// ── Ways a correct French answer may word a fact ────────────────────────────

/** The agreement does not settle the question. */
const OUT_OF_SCOPE = ap(
  'ne couvre pas',
  'ne dit rien',
  'ne prévoit pas',
  "hors de l'accord",
  'hors accord',
  'hors du champ',
  'hors champ',
  'ne précise pas',
  'pas prévu',
  'ne traite pas',
  "n'aborde pas",
  'ne mentionne pas',
  'ne fixe pas',
  'ne règle pas',
  'ne contient pas',
  'ne parle pas',
  'ne détaille pas',
  'ne figure pas',
  "pas d'information",
  'aucune information',
  "n'est pas couvert",
  'pas couvert',
  "n'est pas traité",
  'pas dans le périmètre',
  'pas dans le cadre',
);

/** The référent secures the material conditions (mobility, childcare): agreement, protocol 5. */
const MATERIAL_CONDITIONS = [...OUT_OF_SCOPE, 'conditions matérielles'];

/** Realised figures are not available yet. */
const NOT_YET = ap(
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'aucun chiffre',
  'pas de donnée',
  'aucune donnée',
  'pas encore',
  'pas de résultat',
  'aucun résultat',
  'ne sont pas connus',
  'pas connu',
  'non communiqué',
  "pas d'indicateur",
  'aucune réalisation',
  'pas de réalisé',
);

const YES = ap('oui', 'éligible', 'peut', 'possible', 'accessible', 'ouvert', 'parmi les publics');
/** What a positive eligibility answer must not say. */
const NOT_NO = ap(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  "n'est pas possible",
  'pas accessible',
  "n'y a pas droit",
  "n'est pas ouvert",
);
const NO = ap(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'impossible',
  'réservé',
  'uniquement',
  'seulement',
  'ne concerne que',
  "ne s'adresse qu",
  'ne relève pas',
  'ne correspond pas',
  'pas accessible',
  "n'est pas ouvert",
  'trop jeune',
  'trop âgé',
  'pas concerné',
  "n'y a pas droit",
  'non,',
  'non.',
  'non :',
  'non !',
  'non -',
  'non –',
);

const FREE = ap(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'aucun frais',
  'rien à payer',
  'ne coûte rien',
  "financé par l'état",
  "financés par l'état",
  "pris en charge par l'état",
  "plan d'investissement dans les compétences",
  'p.i.c',
  '(pic)',
  ' pic ',
);

const PREPA_DURATION = ap(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'de 2 à 8',
  '8 jours maxi',
  '8 jours maximum',
  "jusqu'à 8 jours",
);
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const SIX_MONTHS = ['6 mois', 'six mois'];

const PREPA = ['prépa compétences', 'prépa-compétences', 'prépa comp'];
const COMP_PEC = ['compétences pec', 'compétences p.e.c', 'compétences – pec', 'compétences - pec', 'compétences-pec'];

const AT_930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30', '09 h 30'];
const AT_14 = ['14h', '14 h', '14:00'];
const AT_10 = ['10h', '10 h', '10:00'];

/** The other trainings of Info Places, for an answer about one trade. */
const NOT_SOUDEUR = ['maçon', 'cariste', 'plaquiste', 'électricien', 'propreté', 'restauration', 'préparateur de commandes'];

// ── Monday and Tuesday: a référente insertion who just joined the Département ─

const REFERENTE: ConversationCase[] = [
  c('b17-ref-lundi-panorama', ['referente-insertion', 'onboarding', 'careful', 'follow-up'], [
    t(
      "Bonjour ! Je viens de prendre mon poste de référente insertion au Département, à la MDS de Castelsarrasin. Quels dispositifs de l'AFPA puis-je mobiliser pour les allocataires du RSA que j'accompagne ?",
      'dispositif',
      [PREPA, COMP_PEC],
    ),
    t(
      'Merci. Et concrètement, Prépa Compétences, ça dure combien de temps ?',
      'dispositif',
      [PREPA_DURATION, TWO_WEEKS],
      ['13 semaines', 'treize semaines'],
    ),
    t(
      "D'accord. Et à la fin du parcours, est-ce que l'AFPA me fait un retour sur ce qu'a fait la personne ?",
      'dispositif',
      [['bilan']],
    ),
  ]),

  c('b17-ref-volets-sms', ['referente-insertion', 'sms', 'no-accents'], [
    t(
      'c koi la diff entre volet 1 et volet 2 ds prepa comp ? jpeux pas tt lire lol',
      'dispositif',
      [['projet'], ['sécuris', "entrée en formation", 'entrer en formation']],
    ),
  ]),

  c('b17-ref-distance-transport', ['referente-insertion', 'careful', 'rural', 'topic-change'], [
    t(
      "Une allocataire qui habite à Saint-Antonin-Noble-Val n'a pas de voiture. Peut-elle suivre Prépa Compétences à distance ?",
      'dispositif',
      [['distance', 'distanciel'], ['oui', 'tout ou partie', 'possible', 'peut']],
      ['uniquement en présentiel'],
    ),
    t(
      'Et si elle doit quand même venir à Montauban pour certaines séances, ses frais de transport sont-ils remboursés ?',
      'out_of_scope',
      [MATERIAL_CONDITIONS],
    ),
  ]),

  c('b17-ref-brsa-pas-inscrite-ft', ['referente-insertion', 'sms', 'no-accents', 'abbreviations'], [
    t(
      'ma BRSA est pas inscrite a FT, elle a le droit a la prepa comp qd meme ??',
      'eligibility',
      [YES],
      NOT_NO,
    ),
  ]),

  c('b17-ref-cout-puis-rsa', ['referente-insertion', 'careful', 'topic-change'], [
    t(
      'Est-ce que prescrire Compétences PEC coûte quelque chose au Département ?',
      'dispositif',
      [FREE],
    ),
    t('ok et la personne elle garde son rsa pendant ce temps la ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),

  c('b17-ref-prescrire-prepa', ['referente-insertion', 'prescription', 'follow-up'], [
    t(
      "Je voudrais prescrire Prépa Compétences pour un monsieur que je suis depuis six mois. Comment je fais ?",
      'prescribe',
      [['prescri', 'panda', 'inscri', 'orient']],
    ),
    t('faut que jai son accord avant ou pas', 'prescribe', [
      ['adhésion', 'accord', 'consentement', 'recueill'],
    ]),
    t(
      "il a 2 petits en bas age, si c en presentiel qui paye la garde ?",
      'out_of_scope',
      [MATERIAL_CONDITIONS],
    ),
  ]),

  c('b17-ref-cette-semaine', ['referente-insertion', 'this-week', 'follow-up', 'topic-change'], [
    t(
      "Qu'est-ce qui est prévu cette semaine à l'AFPA ? J'aimerais caler un RDV pour deux BRSA.",
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-18'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
    t("C'est à quelle heure ?", 'agenda', [AT_930]),
    t('et sinon la prochaine JPO c quand', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),

  c('b17-ref-contacts-afpa', ['referente-insertion', 'careful', 'follow-up'], [
    t(
      "À qui dois-je m'adresser à l'AFPA de Montauban pour le déploiement de Prépa Compétences ?",
      'contact',
      [['battedou', 'vella']],
    ),
    t('Et le directeur du centre, c’est qui ?', 'contact', [['vella']]),
  ]),

  c('b17-ref-castel-puis-moissac', ['referente-insertion', 'town', 'no-accents', 'follow-up', 'topic-change'], [
    t(
      'y a une info coll prepa comp a castelsarrasin prochainement ?',
      'agenda',
      [on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
    ),
    t(
      'et a moissac ?',
      'agenda',
      [
        [
          ...on('2027-02-09'),
          ...on('2027-02-17'),
          ...on('2027-03-08'),
          'aucune',
          'aucun',
          "pas d'info",
          'pas d’info',
          'rien de prévu',
          'pas de session',
        ],
      ],
      [...notOn('2027-01-21'), ...notOn('2027-01-14')],
    ),
    t(
      'ok merci du coup je vais prescrire une prepa comp pr une dame de moissac',
      'prescribe',
      [['prescri', 'panda', 'inscri', 'formulaire']],
    ),
  ]),

  c('b17-ref-garantie-activite', ['referente-insertion', 'careful'], [
    t(
      "Une allocataire du RSA suivie en garantie d'activité voudrait se qualifier comme agente de propreté. Est-elle éligible aux formations de l'AFPA financées par la Région ?",
      'eligibility',
      [YES],
      NOT_NO,
    ),
  ]),

  c('b17-ref-acces-panda', ['referente-insertion', 'sms', 'no-accents', 'tooling'], [
    t(
      "jai pas d'acces a panda pr inscrire mes gens, ca se passe comment",
      'prescribe',
      [['habilit', 'autoris']],
    ),
  ]),

  c('b17-ref-dictee-pec', ['referente-insertion', 'voice-dictation', 'prescription', 'follow-up'], [
    t(
      'je voudrais orienter un monsieur qui est en PEC dans une association de Caussade vers compétences PEC comment on fait',
      'prescribe',
      [['prescri', 'panda', 'inscri', 'formulaire', 'orient']],
    ),
    t("est-ce que son employeur doit être d'accord", 'prescribe', [['employeur'], ['accord', 'oui']]),
    t(
      'il est en contrat depuis 4 mois c’est pas trop tard',
      'eligibility',
      [['premiers mois', 'signature', 'durée du pec', 'durée du p.e.c', 'durée du contrat', 'durée de son contrat']],
    ),
  ]),

  c('b17-ref-entrees-semaine-prochaine', ['referente-insertion', 'next-week', 'follow-up'], [
    t(
      'La semaine prochaine, il y a des entrées en Prépa Compétences ?',
      'agenda',
      [on('2027-01-18')],
      [...notOn('2027-01-25'), ...notOn('2027-02-08')],
    ),
    t('la suivante ?', 'agenda', [[...on('2027-01-25'), ...on('2027-02-08')]]),
  ]),

  c('b17-ref-referent-experimentation', ['referente-insertion', 'careful'], [
    t(
      "Côté Département, qui est l'interlocuteur privilégié du directeur de l'AFPA pour l'expérimentation des trois dispositifs ?",
      'contact',
      [['référent', 'désign']],
    ),
  ]),

  c('b17-ref-cdi-pas-pec', ['referente-insertion', 'sms', 'no-accents'], [
    t(
      'une dame en CDI normal (pas un contrat pec) elle peut faire competences pec pr valider son experience?',
      'eligibility',
      [NO],
    ),
  ]),
];

// ── The Mission locale, on the 16/18 side ───────────────────────────────────

const MISSION_LOCALE: ConversationCase[] = [
  c('b17-ml-promo-presentation', ['mission-locale', 'careful', 'follow-up'], [
    t(
      "Bonjour, je suis conseiller à la Mission locale de Montauban et j'aide sur le volet 16/18. Pouvez-vous me présenter La Promo 16/18 ?",
      'dispositif',
      [
        PROMO_DURATION,
        ['décroch', 'quitté', 'déscolaris', 'ni en formation', 'pas en formation', 'ne travaill', 'ni en emploi', 'sortis'],
      ],
      ['2 à 8 jours'],
    ),
    t('Comment se déroulent les différentes phases ?', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['suite'],
    ]),
    t(
      'et apres les 13 semaines le jeune est laché dans la nature ?',
      'dispositif',
      [SIX_MONTHS, ['mission', 'prolong', 'suivi', 'accompagn']],
    ),
  ]),

  c('b17-ml-15-ans-puis-16', ['mission-locale', 'sms', 'age-boundary', 'follow-up'], [
    t('jeune 15 ans et demi decrocheur il peut rentrer ds la promo 1618 ?', 'eligibility', [
      [...NO, 'à partir de 16', 'dès 16', 'attendre'],
      ['16'],
    ]),
    t('et qd il aura 16 ans ?', 'eligibility', [YES], NOT_NO),
  ]),

  c('b17-ml-lyceenne-inscrite', ['mission-locale', 'careful'], [
    t(
      "Une jeune de 17 ans est toujours inscrite au lycée mais elle n'y va presque plus. La Promo 16/18 est-elle possible pour elle ?",
      'eligibility',
      [['quitt', 'ni en formation', 'pas en formation', 'plus scolaris', 'déscolaris', 'sorti', 'décroch']],
    ),
  ]),

  c('b17-ml-ase-17', ['mission-locale', 'ase', 'sms', 'follow-up'], [
    t(
      "un jeune confié a l'ASE 17 ans, rien depuis la 3eme, ni boulot ni formation. promo 16 18 possible?",
      'eligibility',
      [YES],
      NOT_NO,
    ),
    t("c moi qui le positionne ou c l'ase ?", 'prescribe', [
      ['mission locale', 'missions locales', 'panda', 'référent', 'c.i.o', ' cio'],
    ]),
  ]),

  c('b17-ml-jours-modalite', ['mission-locale', 'two-questions', 'sms'], [
    t('la promo 16-18 c a distance ou sur place ? et c quels jours ds la semaine', 'dispositif', [
      ['présentiel', 'sur place'],
      ['lundi'],
      ['jeudi'],
    ], ['tout ou partie']),
  ]),

  c('b17-ml-agenda-promo', ['mission-locale', 'follow-up', 'with-places'], [
    t(
      'c quand la prochaine info coll promo 16/18 ?',
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
    ),
    t(
      'et la prochaine entrée sur le programme, il reste de la place ?',
      'agenda',
      [on('2027-02-01'), seats(10)],
      [...notOn('2027-01-18'), ...notOn('2027-01-20')],
    ),
  ]),

  c('b17-ml-badges', ['mission-locale', 'no-accents', 'typos'], [
    t(
      'ds la promo 1618 est ce quils valident leur competences avec un truc ou cest juste de laccompagnement',
      'dispositif',
      [['open badge', 'badges']],
    ),
  ]),

  c('b17-ml-19-ans', ['mission-locale', 'age-boundary', 'voice-dictation'], [
    t(
      "j'ai un jeune de 19 ans sorti du lycée sans diplôme est-ce qu'il peut intégrer la promo 16/18",
      'eligibility',
      [NO, ['mineur', '16', '18']],
    ),
  ]),

  c('b17-ml-hebergement-mobilite', ['mission-locale', 'careful'], [
    t(
      "Pendant la période d'initiation à la mobilité de La Promo 16/18, qui prend en charge l'hébergement et les repas du jeune ?",
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),

  c('b17-ml-contact-puis-cej', ['mission-locale', 'topic-change', 'follow-up'], [
    t(
      "Pour faciliter l'orientation des jeunes de l'ASE vers La Promo 16/18, qui est mon interlocuteur à l'AFPA ?",
      'contact',
      [['battedou', 'vella']],
    ),
    t(
      "et le CEJ qu'on fait a la ML ca se cumule avec la promo ?",
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),

  c('b17-ml-apprenti', ['mission-locale', 'sms', 'abbreviations'], [
    t('jeune 17a en apprentissage depuis septembre, veut changer de voie, promo 1618 pr lui ?', 'eligibility', [
      [...NO, 'ne travaill', 'ni en emploi', 'ni en formation', 'pas en formation', 'ni formation'],
    ]),
  ]),

  c('b17-ml-sorties', ['mission-locale', 'no-accents'], [
    t('a la sortie de la promo ils partent vers quoi en general', 'dispositif', [
      ['alternance', 'apprentissage'],
      ['e2c', 'epide', 'e.p.i.d.e', 'deuxième chance', 'scolaire', 'emploi'],
    ]),
  ]),

  c('b17-ml-inscrire-promo', ['mission-locale', 'prescription', 'follow-up', 'topic-change'], [
    t('je veux inscrire un jeune de 16 ans à la promo 16/18', 'prescribe', [
      ['panda', 'inscri', 'prescri', 'orient'],
    ]),
    t("il faut l'accord des parents ?", 'dispositif', [['parent']]),
  ]),
];

// ── Wednesday: the AFPA coordinator in Montauban answers colleagues ─────────

const AFPA: ConversationCase[] = [
  c('b17-afpa-soudure', ['afpa-coordination', 'trade', 'two-questions', 'follow-up'], [
    t(
      "Un collègue me demande s'il reste des places sur la formation soudeur, et quand elle démarre.",
      'agenda',
      [seats(4), on('2027-02-01')],
      NOT_SOUDEUR,
    ),
    t(
      "et la visite du plateau soudure c'est quel jour déjà ? à quelle heure ?",
      'agenda',
      [on('2027-01-19'), AT_14],
      notOn('2027-03-10'),
    ),
  ]),

  c('b17-afpa-prepa-places-fevrier', ['afpa-coordination', 'with-places', 'month'], [
    t(
      "Quelles sessions Prépa Compétences ont encore des places d'ici fin février ?",
      'agenda',
      [on('2027-01-18'), on('2027-02-08'), on('2027-02-15')],
      [...notOn('2027-01-25'), ...notOn('2027-03-08')],
    ),
  ]),

  c('b17-afpa-distanciel', ['afpa-coordination', 'remote', 'follow-up', 'no-accents'], [
    t(
      'qd est la prochaine session 100% a distance ?',
      'agenda',
      [on('2027-02-08')],
      [...notOn('2027-01-18'), ...notOn('2027-01-25')],
    ),
    t('et en competences pec ?', 'agenda', [on('2027-03-03')], notOn('2027-02-10')),
  ]),

  c('b17-afpa-batiment', ['afpa-coordination', 'trade', 'two-questions'], [
    t(
      'La réunion métiers du bâtiment : c’est où, quand, et combien de places ?',
      'agenda',
      [on('2027-02-23'), ['caussade'], seats(12)],
      notOn('2027-01-26'),
    ),
  ]),

  c('b17-afpa-pec-deroule', ['afpa-coordination', 'careful', 'follow-up'], [
    t(
      'Un formateur me demande comment se déroule Compétences PEC, étape par étape.',
      'dispositif',
      [['positionnement'], ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa'], ['demi-journée', 'demi journée', '1/2 journée']],
    ),
    t("Et l'atelier CléA socle, il dure combien de temps ?", 'dispositif', [
      ['1 jour', 'une journée', 'un jour', '1 journée'],
    ]),
  ]),

  c('b17-afpa-clea-cpir', ['afpa-coordination', 'no-accents'], [
    t('a la fin de latelier clea socle les acquis sont presentes a qui ?', 'dispositif', [
      ['c.p.i.r', 'cpir', 'commission paritaire'],
    ]),
  ]),

  c('b17-afpa-clea-numerique', ['afpa-coordination', 'careful'], [
    t("Qu'apporte CléA Numérique par rapport au CléA classique ?", 'dispositif', [
      ['numérique'],
      ['usages fondamentaux', 'environnement de travail', 'usages du numérique'],
    ]),
  ]),

  c('b17-afpa-rsfp-siae', ['afpa-coordination', 'follow-up'], [
    t('Quelle est la différence entre la RSFP et la VAE ?', 'dispositif', [
      ['prérequis', 'pré-requis'],
    ]),
    t(
      "Et pour un salarié d'un chantier d'insertion, la RSFP c'est ouvert ?",
      'eligibility',
      [[...YES, 'siae', 's.i.a.e']],
      NOT_NO,
    ),
  ]),

  c('b17-afpa-primo-arrivante', ['afpa-coordination', 'careful'], [
    t(
      "On a une dame primo-arrivante, orientée par le CD, qui parle très peu français : est-ce qu'il existe quelque chose pour elle à l'AFPA ?",
      'dispositif',
      [['français langue étrangère', 'fle', 'visée professionnelle', 'français à visée']],
    ),
  ]),

  c('b17-afpa-direct-puis-remuneration', ['afpa-coordination', 'topic-change', 'follow-up'], [
    t(
      'Une référente du CD me demande si elle doit passer par France Travail pour prescrire Prépa Compétences à une allocataire, ou si elle peut prescrire directement.',
      'prescribe',
      [['directement', 'direct']],
    ),
    t(
      'Elle demande aussi si la personne est rémunérée pendant les jours de Prépa.',
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),

  c('b17-afpa-rap', ['afpa-coordination', 'sms'], [
    t("c ki la responsable accompagnement et parcours a l'afpa montauban ?", 'contact', [['battedou']]),
  ]),

  c('b17-afpa-places-montauban-fevrier', ['afpa-coordination', 'places', 'town', 'month', 'abbreviations'], [
    t(
      'formations qualifiantes a montauban qui demarrent en fevrier avec des places dispo ?',
      'agenda',
      [['soudeur'], ['maçon']],
      ['plaquiste', 'propreté', 'restauration', 'préparateur de commandes', 'cariste', 'électricien'],
    ),
  ]),

  c('b17-afpa-jpo-moissac', ['afpa-coordination', 'two-questions', 'town', 'sms'], [
    t(
      'la JPO de moissac c quel jour et ça ouvre a quelle heure',
      'agenda',
      [on('2027-02-17'), AT_10],
      [...notOn('2027-02-03'), ...notOn('2027-01-07')],
    ),
  ]),

  c('b17-afpa-rsa-inscrit-ft', ['afpa-coordination', 'careful'], [
    t(
      'Un allocataire du RSA déjà inscrit à France Travail depuis deux ans peut-il entrer en Prépa Compétences sur prescription du Département ?',
      'eligibility',
      [YES],
      NOT_NO,
    ),
  ]),

  c('b17-afpa-avant-fin-janvier', ['afpa-coordination', 'before-end-of-january', 'no-accents'], [
    t(
      'tous les evenements (info coll, visites, reunions) avant fin janvier stp',
      'agenda',
      [on('2027-01-14'), on('2027-01-19'), on('2027-01-21'), on('2027-01-26')],
      [...notOn('2027-01-07'), ...notOn('2027-02-03'), ...notOn('2027-02-09')],
    ),
  ]),
];

// ── Thursday and Friday: a pilot of the action plan ─────────────────────────

const PILOT: ConversationCase[] = [
  c('b17-pilot-objectifs', ['pilot', 'careful', 'follow-up'], [
    t(
      "Quels sont les objectifs chiffrés fixés par le plan d'action pour les trois dispositifs ?",
      'figures',
      [['30', 'trente'], ['50', 'cinquante'], ['10', 'dix']],
    ),
    t('Et on en est où pour Prépa Compétences ?', 'figures', [NOT_YET, ['30', 'trente']]),
    t('et compétences pec ?', 'figures', [NOT_YET, ['50', 'cinquante']]),
  ]),

  c('b17-pilot-indicateurs', ['pilot', 'indicator', 'follow-up', 'sms'], [
    t(
      "Dans le plan d'action, l'indicateur du 2.1.3 « Volet 1 / Volet 2 » de Prépa Compétences, il compte quoi exactement ?",
      'figures',
      [['nombre'], ['entrés', 'entrées', 'entrant', 'entrée']],
    ),
    t('et pr les JPO / info coll / visites plateau on compte cb de quoi ?', 'figures', [
      ['nombre'],
      ['particip', 'présent', 'allocataire', 'bénéficiaire'],
    ]),
  ]),

  c('b17-pilot-promo-national', ['pilot', 'careful'], [
    t(
      'Au niveau national, La Promo 16/18 visait combien de jeunes, et avec quel objectif de sorties positives ?',
      'figures',
      [['35 000', '35000', '35\u00a0000', '35\u202f000', 'trente-cinq mille'], ['70']],
    ),
  ]),

  c('b17-pilot-2023-puis-reporting', ['pilot', 'follow-up', 'topic-change'], [
    t('Des objectifs sont-ils fixés pour 2023 ?', 'figures', [
      ['2022'],
      ap('30', '50', '10', "pas d'objectif", 'aucun objectif', 'ne fixe pas', 'ne prévoit pas', 'poursuite'),
    ]),
    t(
      'Et le tableau de bord de chaque dispositif, il part à la DGEFP à quel rythme ?',
      'figures',
      [['mensuel', 'chaque mois', 'tous les mois', 'par mois']],
    ),
  ]),

  c('b17-pilot-suivi-accord', ['pilot', 'careful'], [
    t(
      "Qui sont les deux personnes chargées du suivi de l'accord, côté AFPA et côté Département ?",
      'contact',
      [['vella'], ['weill']],
    ),
  ]),

  c('b17-pilot-montant-rsa', ['pilot', 'sms', 'abbreviations'], [
    t('pr le rapport : montant du RSA pr une personne seule en ce moment ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),

  c('b17-pilot-plie', ['pilot', 'careful'], [
    t(
      "Les parcours du PLIE du Grand Montauban entrent-ils dans le cadre de cet accord ?",
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),

  c('b17-pilot-mars', ['pilot', 'month', 'voice-dictation'], [
    t(
      "qu'est-ce qui est programmé en mars comme événements",
      'agenda',
      [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
      [...notOn('2027-02-23'), ...notOn('2027-02-17')],
    ),
  ]),

  c('b17-pilot-deux-questions', ['pilot', 'two-questions', 'follow-up'], [
    t(
      "Bonjour, deux questions : combien d'allocataires visés en Compétences PEC pour 2022, et qui est la responsable accompagnement et parcours à l'AFPA ?",
      'figures',
      [['50', 'cinquante'], ['battedou']],
    ),
    t('Merci. Elle s’occupe aussi de La Promo 16/18 ?', 'contact', [
      ['oui', 'également', 'aussi', 'promo'],
    ]),
  ]),

  c('b17-pilot-bilan-ddets', ['pilot', 'no-accents'], [
    t('le bilan annuel departemental par dispositif il est envoye a qui', 'contact', [
      ['ddets', 'd.d.e.t.s'],
    ]),
  ]),
];

export const SEVENTEENTH_BLIND_SET: ConversationCase[] = [...REFERENTE, ...MISSION_LOCALE, ...AFPA, ...PILOT];
