/**
 * Twelfth blind set: long working sessions in Teams.
 *
 * Written blind, by someone who never ran the bot nor read its code, its cards, its data or
 * the other sets: only the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its
 * action plan 2022-2023 and the protocol of the three programmes), the product guide, the
 * building blocks of `sets.ts` and the published agenda of `agenda-fixture.ts` (today is
 * frozen at Monday 11 January 2027, Europe/Paris).
 *
 * What it covers:
 * - about half the cases are long threads (3 to 6 turns) where a référent insertion prepares
 *   one person's file step by step (profile → can they enter → content or duration → next
 *   dates in a town → places → who to call or prescribe), or where a pilot of the
 *   Département prepares a steering committee (targets, figures, reporting, duration of the
 *   agreement, contacts). Follow-ups are short and lean on the thread, with a topic change
 *   here and there and one correction of the person's age;
 * - the other half are single questions from people met for the first time: a new chargée
 *   d'insertion of a Maison des solidarités, an AFPA formateur, an assistante sociale of the
 *   ASE writing very formally, a secretary preparing her team's agenda, a référent writing
 *   in bullet points, one pasting a partner's e-mail, and subjects near the domain that the
 *   agreement does not settle (pay, transport, sanctions, CPF, CACES, RQTH adjustments…).
 *
 * Styles: accents or none, typos, abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, CD, MDS,
 * ASE, RQTH, JPO, info coll), two-part questions, line breaks.
 *
 * Every expected fact is in the agreement or in the agenda fixture, written as loose
 * alternatives; `mustNotContain` only lists agenda items a correct answer would not show.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

// ── Loose alternatives ──────────────────────────────────────────────────────

/** A positive verdict, however French says it. */
const YES = [
  'est éligible',
  'sont éligibles',
  'est bien éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peuvent bénéficier',
  'pourra en bénéficier',
  'pourrait en bénéficier',
  'pourrait bénéficier',
  'serait éligible',
  'deviendrait éligible',
  'pourra entrer',
  'pourrait entrer',
  'pourra intégrer',
  'pourrait intégrer',
  'pourrait y entrer',
  'peut entrer',
  'peut intégrer',
  'peut y entrer',
  'peut y accéder',
  'peut accéder',
  'peut suivre',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'pouvez le prescrire',
  'pouvez la prescrire',
  'est possible',
  'oui',
  'ouvert aux',
  'ouvert à',
  'ouverte aux',
  'ouverte à',
  'fait partie du public',
  'correspond bien',
  'remplit les conditions',
];

/** A negative verdict. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne peuvent pas',
  'ne peut y',
  'pas possible',
  'impossible',
  'n’est pas ouvert',
  "n'est pas ouvert",
  'n’est pas ouverte',
  "n'est pas ouverte",
  'réservé',
  'réservée',
  'pas accessible',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  'hors du public',
  'pas dans le public',
  'pas concerné',
  'pas concernée',
];

/** La Promo 16/18: the age condition (the programme's name alone does not count). */
const AGE_1618 = ['16 à 18', '16 et 18', '16-18 ans', '16 ans', 'entre 16', 'mineur', '18 ans'];

/** La Promo 16/18 is for young people who left school, not in training, not working. */
const LEFT_SCHOOL = [
  'quitté',
  'décroch',
  'scolaris',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'ne travaillent pas',
  'sans emploi',
];

/** Prépa Compétences is open to RSA recipients registered with France Travail or not. */
const RSA_REGISTERED_OR_NOT = [
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'inscrit ou non',
  'inscrits ou non',
  'ne sont pas inscrits',
  'sans être inscrit',
  'accompagné par le Département',
  'accompagnés par le Département',
  'accompagnés par les Départements',
  'RSA',
  'R.S.A',
  'allocataire',
];

/** Compétences PEC is for people signed on a Parcours Emploi Compétences. */
const IN_PEC = [
  'parcours emploi compétences',
  'contrat PEC',
  'en PEC',
  'un PEC',
  'signataire',
  'bénéficiaires de PEC',
  'bénéficiaire d’un PEC',
  "bénéficiaire d'un PEC",
  'salariés en',
  'salarié en',
  'durée du PEC',
];

const PREPA_DURATION = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '8 jours maxi'];
const VOLET1_DURATION = ['5 à 6 jours', '5-6 jours', '5 et 6 jours', 'cinq à six jours', '5 à 6 j'];
const VOLET2_DURATION = ['4 à 8 jours', '4-8 jours', '4 et 8 jours', 'quatre à huit jours', '4 à 8 j'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_TO_THU = ['lundi au jeudi'];
const REMOTE = ['à distance', 'distanciel', 'a distance'];

const OUT_OF_SCOPE = [
  'ne couvre pas',
  'ne dit rien',
  'n’en dit rien',
  "n'en dit rien",
  'ne prévoit pas',
  'ne prévoit rien',
  'hors de l’accord',
  "hors de l'accord",
  'hors accord',
  'hors du champ',
  'pas couvert',
  'ne traite pas',
  'ne précise pas',
  'ne mentionne pas',
  'rien dans l’accord',
  "rien dans l'accord",
  'ne fixe pas',
  'ne règle pas',
  'n’aborde pas',
  "n'aborde pas",
  'pas prévu par l’accord',
  "pas prévu par l'accord",
];

const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'aucun chiffre',
  'pas encore mesur',
  'pas encore de donnée',
  'pas de donnée',
  'aucune donnée',
  'ne dispose pas',
  'pas encore connu',
  'pas encore remont',
];

const PRESCRIBE = ['prescri', 'formulaire', 'fiche de prescription'];

/** A full session or training. */
const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'plus aucune',
  'place(s) : 0',
];

const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const WEILL = ['weill'];

/** Trainings of Info Places unrelated to logistics or cleaning: an answer about those does not list them. */
const UNRELATED_TRAININGS = ['Soudeur', 'Plaquiste', 'Maçon', 'restauration'];

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── The set ─────────────────────────────────────────────────────────────────

export const TWELFTH_BLIND_SET: ConversationCase[] = [
  // ── Long threads: one person's file, step by step ─────────────────────────

  c(
    'b12-dossier-rsa-castel-prepa-v1',
    ['long-thread', 'file', 'prepa-competences', 'castelsarrasin'],
    [
      t(
        "Bonjour, je suis référente RSA à la MDS de Castelsarrasin. J'accompagne une dame de 41 ans au RSA, pas inscrite à France Travail, qui hésite entre la logistique et l'aide à domicile. Elle peut faire Prépa Compétences ?",
        'eligibility',
        [YES, RSA_REGISTERED_OR_NOT],
      ),
      t('quel volet pour elle du coup, et ça dure combien ? elle a pas de projet arrêté', 'dispositif', [
        ['volet 1', 'consolid', 'diagnostic de faisabilité', 'travailler son projet'],
        VOLET1_DURATION,
      ]),
      t('elle a pas de voiture, ca peut se faire a distance ?', 'dispositif', [
        REMOTE,
        ['oui', 'tout ou partie', 'possible', 'peut être suivi', 'peut se faire', 'en partie'],
      ]),
      t('la prochaine entrée volet 1 c quand ?', 'agenda', [on('2027-01-18')], notOn('2027-01-25')),
      t('et celle à distance, il reste de la place ?', 'agenda', [on('2027-02-08'), seats(8)]),
      t('parfait je la prescris sur celle-là', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b12-dossier-ase-17-promo',
    ['long-thread', 'file', 'promo-16-18', 'ase'],
    [
      t(
        "Bonjour, assistante sociale à l'ASE. J'ai un jeune de 17 ans confié au service, il a lâché son lycée pro en novembre et depuis il ne fait rien, ni formation ni boulot. La Promo 16/18 c'est envisageable ?",
        'eligibility',
        [YES, [...AGE_1618, 'aide sociale à l', 'ASE', 'quitté', 'décroch']],
      ),
      t('ça dure combien de temps ?', 'dispositif', [PROMO_DURATION]),
      t("il est en foyer à Moissac, il faut qu'il vienne tous les jours ?", 'dispositif', [MON_TO_THU]),
      t("il faut l'accord de qui pour l'inscrire ?", 'dispositif', [
        ['parent', 'représentant légal', 'adhésion', 'autorisation'],
      ]),
      t('la prochaine entrée c’est quand ?', 'agenda', [on('2027-02-01')]),
      t('y a une info coll Promo pour lui et son educ ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    ],
  ),

  c(
    'b12-dossier-pec-lafrancaise',
    ['long-thread', 'file', 'competences-pec'],
    [
      t(
        "J'ai un monsieur en PEC depuis septembre comme agent d'entretien à la mairie de Lafrançaise, toujours au RSA. Compétences PEC c'est possible pour lui ?",
        'eligibility',
        [YES, [...IN_PEC, 'employeur', 'salarié']],
      ),
      t('ça lui prend combien de jours sur son temps de travail ?', 'dispositif', [PEC_DAYS]),
      t('faut prévenir son employeur ?', 'dispositif', [['accord']]),
      t('il pourrait avoir un diplôme au bout ?', 'dispositif', [
        [
          'VAE',
          'V.A.E',
          'validation des acquis',
          'certification',
          'titre professionnel',
          'RSFP',
          'R.S.F.P',
          'CléA',
        ],
      ]),
      t('le prochain atelier 2 c’est quand ?', 'agenda', [on('2027-01-20')]),
      t('ok go, je fais la prescription', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b12-dossier-soudeur-prepa-v2',
    ['long-thread', 'file', 'prepa-competences', 'places', 'full'],
    [
      t(
        "Prépa comp volet 2, ça consiste en quoi exactement et ça dure combien ? C'est pour un BRSA de 29 ans retenu sur la formation soudeur en février, il a peur de pas tenir",
        'dispositif',
        [['sécuris'], VOLET2_DURATION],
      ),
      t('la session volet 2 du 25 janvier, il reste de la place ?', 'agenda', [FULL]),
      t('la suivante alors ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin', 'Castel']]),
      t(
        'et la formation soudeur elle-même, il reste combien de places ?',
        'agenda',
        [seats(4)],
        ['Plaquiste', 'Cariste'],
      ),
      t("à la fin de la prépa, j'ai un retour de l'AFPA ?", 'dispositif', [['bilan']]),
    ],
  ),

  c(
    'b12-dossier-cariste-logistique',
    ['long-thread', 'file', 'places', 'logistique', 'topic-change'],
    [
      t(
        "j'ai un monsieur au RSA intéressé par le métier de cariste, y a des places en formation en ce moment ?",
        'agenda',
        [seats(6), on('2027-01-27')],
        UNRELATED_TRAININGS,
      ),
      t('il y a une reunion metier logistique bientot ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
      t("c'est où et à quelle heure ?", 'agenda', [['Montauban'], ['9h', '9 h', '09:00', '9:00', '09h']]),
      t('et préparateur de commandes, y a des places à Castel ?', 'agenda', [seats(5), on('2027-03-01')]),
      t('le CACES est compris dans la formation cariste ?', 'out_of_scope', [OUT_OF_SCOPE]),
    ],
  ),

  c(
    'b12-dossier-jeune-15-ans',
    ['long-thread', 'file', 'promo-16-18', 'ase', 'age-boundary'],
    [
      t(
        "une jeune de 15 ans et demi confiée à l'ASE, déscolarisée depuis la rentrée, elle peut aller à la promo 1618 ?",
        'eligibility',
        [[...NO, 'pas encore', 'attendre', 'à partir de 16', 'dès ses 16', 'dès 16'], ['16']],
      ),
      t('et si elle avait 16 ans ?', 'eligibility', [YES, ['16', 'ASE', 'aide sociale', 'mineur']]),
      t(
        "c'est quand la prochaine info coll pour les 16-18 ?",
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-09')],
      ),
    ],
  ),

  c(
    'b12-dossier-pas-en-pec-vae',
    ['long-thread', 'file', 'competences-pec', 'topic-change'],
    [
      t(
        'une allocataire RSA en CDD classique de 6 mois (pas un PEC) dans une asso, elle peut avoir Compétences PEC pour faire une VAE ?',
        'eligibility',
        [NO, IN_PEC],
      ),
      t("et si elle n'a pas les prérequis pour une VAE, il existe autre chose ?", 'dispositif', [
        ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'],
      ]),
      t('CléA, c’est quoi exactement ?', 'dispositif', [
        ['compétences de base', 'socle', 'interprofessionnel'],
      ]),
      t('y a une version numérique ?', 'dispositif', [
        ['CléA Numérique', 'usages fondamentaux', 'usages du numérique'],
      ]),
    ],
  ),

  c(
    'b12-dossier-primo-arrivant',
    ['long-thread', 'file', 'fle', 'topic-change'],
    [
      t(
        "J'accompagne un monsieur arrivé d'Afghanistan il y a un an, au RSA, il parle peu le français. L'AFPA a quelque chose pour lui ?",
        'dispositif',
        [['langue étrangère', 'FLE', 'visée professionnelle', 'primo-arrivant', 'primo arrivant']],
      ),
      t("c'est quoi le contenu ?", 'dispositif', [['écouter', 'parler', 'écrire', 'oral', 'linguistique']]),
      t('il pourrait aussi faire Prépa Compétences ? il est au RSA mais pas inscrit à FT', 'eligibility', [
        YES,
        RSA_REGISTERED_OR_NOT,
      ]),
    ],
  ),

  c(
    'b12-dossier-ase-scolarise',
    ['long-thread', 'file', 'promo-16-18', 'ase'],
    [
      t(
        'jeune de 17 ans (ASE) encore inscrit en 1re bac pro mais qui sèche beaucoup, on peut le mettre en Promo 16/18 ?',
        'eligibility',
        [NO, LEFT_SCHOOL],
      ),
      t("et s'il quitte officiellement le lycée en février ?", 'eligibility', [
        YES,
        [...LEFT_SCHOOL, 'ASE', 'aide sociale', ...AGE_1618],
      ]),
      t("normalement c'est qui qui repère ces jeunes ?", 'contact', [
        ['mission locale', 'missions locales', 'CIO', 'C.I.O'],
      ]),
      t('après la Promo il y a un suivi ?', 'dispositif', [['6 mois', 'six mois']]),
    ],
  ),

  c(
    'b12-dossier-58-ans-proprete',
    ['long-thread', 'file', 'prepa-competences', 'places', 'moissac'],
    [
      t('BRSA 58 ans, veut se reconvertir en agent de propreté. Trop âgée pour prépa comp ?', 'eligibility', [
        YES,
        ['RSA', 'R.S.A', 'allocataire', 'âge', 'limite'],
      ]),
      t('et ça dure combien en tout ?', 'dispositif', [PREPA_DURATION]),
      t('y a des places en agent de propreté ?', 'agenda', [seats(7), ['Moissac']], UNRELATED_TRAININGS),
      t(
        'elle veut voir le centre avant, la prochaine JPO ?',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
      t("bon je l'inscris en prépa, je fais comment ?", 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b12-dossier-correction-age',
    ['long-thread', 'file', 'promo-16-18', 'correction', 'age-boundary'],
    [
      t("Un jeune homme de 19 ans, sorti de l'ASE, sans diplôme, la Promo 16/18 ?", 'eligibility', [
        NO,
        AGE_1618,
      ]),
      t(
        "pardon je me suis trompée, il a 17 ans, il a quitté le lycée l'an dernier et il ne fait rien depuis",
        'eligibility',
        [YES, [...AGE_1618, 'ASE', 'aide sociale', 'quitté', 'décroch']],
      ),
      t('super. ça se déroule comment, les phases ?', 'dispositif', [['engagement'], ['construction']]),
      t('et la prochaine commence quand ?', 'agenda', [on('2027-02-01')]),
      t('ok je le prescris', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b12-dossier-pec-phases',
    ['long-thread', 'competences-pec'],
    [
      t('Compétences PEC : tu peux me résumer les 5 phases ?', 'dispositif', [
        ['inscription'],
        ['positionnement'],
        ['VAE', 'V.A.E', 'RSFP', 'R.S.F.P', 'CléA'],
      ]),
      t('les ateliers de reconnaissance des acquis, ça fait combien de séances ?', 'dispositif', [
        ['6 ateliers', 'six ateliers', '6 demi', 'six demi', '6 séances', 'six séances'],
      ]),
      t("l'option RSFP prend combien de jours ?", 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
      t('et CléA socle ?', 'dispositif', [['1 jour', 'une journée', '1 journée', 'un jour']]),
      t('la personne repart avec un document à la fin ?', 'dispositif', [['portefeuille', 'bilan']]),
    ],
  ),

  // ── Long threads: agenda for a team, a group, a town ─────────────────────

  c(
    'b12-secretaire-planning-fevrier',
    ['long-thread', 'secretary', 'month'],
    [
      t(
        "Bonjour, je fais le planning de l'équipe insertion pour février. Quels sont les événements AFPA en février ?",
        'agenda',
        [on('2027-02-03'), on('2027-02-09'), on('2027-02-11'), on('2027-02-17'), on('2027-02-23')],
        [...notOn('2027-01-07'), ...notOn('2027-01-26'), ...notOn('2027-03-04')],
      ),
      t(
        'et juste les JPO ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-02-23')],
      ),
      t('celle de Moissac, elle commence à quelle heure ?', 'agenda', [
        ['10h', '10 h', '10:00', '10h00', '10 à 16'],
      ]),
      t(
        'Pour mars maintenant : tous les événements, pas que les JPO.',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        notOn('2027-02-23'),
      ),
    ],
  ),

  c(
    'b12-groupe-visites-plateaux',
    ['long-thread', 'visite', 'weekday'],
    [
      t(
        "Je voudrais emmener un petit groupe voir des ateliers à l'AFPA. Prochaines visites de plateaux techniques ?",
        'agenda',
        [on('2027-01-19'), on('2027-03-10')],
        notOn('2027-01-07'),
      ),
      t("la visite soudure, c'est combien de personnes max ?", 'agenda', [
        [...seats(8), '8 personnes', 'huit'],
      ]),
      t('elle finit à quelle heure ?', 'agenda', [['16h', '16 h', '16:00']]),
      t("et celle d'électricité, c'est quel jour de la semaine ?", 'agenda', [['mercredi']]),
    ],
  ),

  c(
    'b12-mds-moissac-secteur',
    ['long-thread', 'town', 'moissac'],
    [
      t(
        "MDS de Moissac ici. Qu'est-ce qui est prévu à Moissac dans les prochaines semaines ?",
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-01-21'), ...notOn('2027-02-23')],
      ),
      t("l'info coll du 9, c'est pour quel public ?", 'agenda', [['PEC', 'parcours emploi', 'employeur']]),
      t(
        'il y a des places de formation à Moissac ?',
        'agenda',
        [seats(7), ['propreté']],
        ['Soudeur', 'Cariste', 'Plaquiste'],
      ),
      t('et une entrée prépa comp à Moissac ?', 'agenda', [on('2027-03-08')]),
    ],
  ),

  // ── Long threads: pilots of the Département ──────────────────────────────

  c(
    'b12-pilote-copil-fevrier',
    ['long-thread', 'pilot', 'copil'],
    [
      t(
        "Je prépare le COPIL AFPA de février. Rappelle-moi les objectifs chiffrés du plan d'action ?",
        'figures',
        [['30'], ['50'], ['10 jeunes', '10 personnes', ' 10 ', '10 ASE', 'dix']],
      ),
      t('et on en est où sur Prépa Compétences ?', 'figures', [NOT_AVAILABLE, ['30']]),
      t('les tableaux de bord, ils partent où et à quel rythme ?', 'figures', [
        ['DGEFP', 'D.G.E.F.P', 'délégation générale'],
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ]),
      t('le copil de l’accord doit se réunir combien de fois ?', 'figures', [
        ['fois par an', 'annuel', 'chaque année', 'par an'],
      ]),
      t("et l'accord court jusqu'à quand ?", 'dispositif', [['2 ans', 'deux ans', '2023', '2024']]),
      t("qui suit l'accord côté AFPA ?", 'contact', [VELLA]),
    ],
  ),

  c(
    'b12-pilote-promo-ase',
    ['long-thread', 'pilot', 'promo-16-18', 'ase'],
    [
      t("Combien de jeunes de l'ASE ont été orientés vers la Promo 16/18 depuis le début ?", 'figures', [
        NOT_AVAILABLE,
        ['10'],
      ]),
      t('qui pilote le déploiement de la Promo côté AFPA ?', 'contact', [[...BATTEDOU, ...VELLA]]),
      t('et le coordonnateur départemental des dispositifs ?', 'contact', [VELLA]),
      t(
        "sur l'orientation facilitée des jeunes de l'ASE, l'accord prévoit quoi concrètement ?",
        'dispositif',
        [['réflexion', 'sera engagée', '10 jeunes', 'dix jeunes']],
      ),
    ],
  ),

  c(
    'b12-pilote-bilan-indicateurs',
    ['long-thread', 'pilot', 'indicators'],
    [
      t(
        "Pour le bilan annuel : quels indicateurs le plan d'action prévoit pour les JPO, infos coll et visites de plateaux ?",
        'figures',
        [['nombre'], ['allocataire', 'bénéficiaire', 'participant']],
      ),
      t('on a déjà ces chiffres ?', 'figures', [NOT_AVAILABLE]),
      t('et le taux de sortie en emploi des allocataires formés ?', 'figures', [NOT_AVAILABLE]),
      t(
        "rappelle-moi la date limite d'entrée de la campagne 2022 et la date de fin des parcours",
        'dispositif',
        [
          ['31 décembre 2022', '31/12/2022', '31 décembre', 'fin 2022'],
          ['30 avril 2023', '30/04/2023', '30 avril'],
        ],
      ),
    ],
  ),

  c(
    'b12-pilote-duree-accord',
    ['long-thread', 'pilot', 'agreement'],
    [
      t("L'accord CD82-AFPA a été conclu pour combien de temps ?", 'dispositif', [['2 ans', 'deux ans']]),
      t('on peut le modifier ou le prolonger ?', 'dispositif', [['avenant']]),
      t('et pour le résilier ?', 'dispositif', [['préavis'], ['2 mois', 'deux mois']]),
      t("qui l'a signé côté Département ?", 'contact', [WEILL]),
    ],
  ),

  // ── Single questions ─────────────────────────────────────────────────────

  c(
    'b12-nouvelle-mds-prepa',
    ['single', 'newcomer', 'two-part', 'prepa-competences'],
    [
      t(
        "Bonjour, je viens d'arriver comme chargée d'insertion à la MDS de Valence d'Agen. C'est quoi exactement Prépa Compétences et à qui ça s'adresse ?",
        'dispositif',
        [
          ['RSA', 'R.S.A', 'éloign', 'peu ou pas qualifi'],
          ['projet', 'formation'],
        ],
      ),
    ],
  ),

  c(
    'b12-valence-info-coll',
    ['single', 'town', 'valence'],
    [t("référent secteur Valence-d'Agen : des infos coll prévues chez nous ?", 'agenda', [on('2027-03-04')])],
  ),

  c(
    'b12-formateur-soudure',
    ['single', 'afpa-staff', 'visite'],
    [
      t(
        'Formateur soudure au centre AFPA. Pour la visite de mon plateau du 19, les référents du CD peuvent venir à combien de personnes ?',
        'agenda',
        [[...seats(8), '8 personnes', 'huit']],
      ),
    ],
  ),

  c(
    'b12-ase-formel-16-ans',
    ['single', 'formal', 'ase', 'promo-16-18'],
    [
      t(
        "Madame, Monsieur, je me permets de vous solliciter afin de savoir si un mineur de seize ans, confié au service de l'Aide sociale à l'enfance et ayant quitté le collège sans solution depuis l'été dernier, pourrait prétendre au programme La Promo 16/18. Je vous remercie par avance de votre retour.",
        'eligibility',
        [YES, ['16', 'seize', 'mineur', 'aide sociale', 'ASE']],
      ),
    ],
  ),

  c(
    'b12-secretaire-info-coll-janvier',
    ['single', 'secretary', 'month'],
    [
      t(
        "Bonjour ! je prépare l'agenda de l'équipe, vous pouvez me lister les informations collectives de janvier svp",
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-01-26')],
      ),
    ],
  ),

  c(
    'b12-puces-pec',
    ['single', 'bullets', 'two-part', 'competences-pec'],
    [
      t(
        'Question rapide :\n- Compétences PEC, combien de jours au total ?\n- et c’est étalé sur quelle période ?',
        'dispositif',
        [
          PEC_DAYS,
          ['durée du PEC', 'durée du contrat', 'pendant le PEC', 'tout au long', 'réparti', 'sur la durée'],
        ],
      ),
    ],
  ),

  c(
    'b12-mail-colle-promo',
    ['single', 'pasted-email', 'two-part', 'promo-16-18'],
    [
      t(
        "« Bonjour, pouvez-vous me confirmer la durée de La Promo 16/18 et si les jeunes y sont tous les jours ? Cordialement » -> c'est un partenaire qui demande, tu peux me dire ?",
        'dispositif',
        [PROMO_DURATION, MON_TO_THU],
      ),
    ],
  ),

  c(
    'b12-open-badges',
    ['single', 'sms'],
    [
      t('c koi les open badges ?', 'dispositif', [
        ['reconnaissance', 'valoris', 'soft skills', 'savoir-être', 'savoir être', 'transvers'],
      ]),
    ],
  ),

  c(
    'b12-semaine-prochaine',
    ['single', 'relative-date'],
    [
      t(
        "quoi de prévu la semaine prochaine à l'AFPA ?",
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),

  c(
    'b12-reunion-batiment',
    ['single', 'trade', 'batiment'],
    [
      t(
        'Réunion métiers bâtiment : date + lieu ?',
        'agenda',
        [on('2027-02-23'), ['Caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),

  c(
    'b12-cdi-pas-rsa',
    ['single', 'prepa-competences', 'not-eligible'],
    [
      t(
        "bonjour, un monsieur de 45 ans en CDI à temps plein, pas au RSA, il voudrait faire Prépa Compétences par notre biais, c'est possible ?",
        'eligibility',
        [NO, ['RSA', 'R.S.A', 'allocataire']],
      ),
    ],
  ),

  c(
    'b12-apprenti-ase',
    ['single', 'ase', 'promo-16-18', 'not-eligible'],
    [
      t(
        'jeune ASE 17 ans, en apprentissage CAP boulanger depuis septembre, la Promo 16/18 est possible ?',
        'eligibility',
        [NO, [...LEFT_SCHOOL, 'en formation', 'travaill', 'apprenti']],
      ),
    ],
  ),

  c(
    'b12-chiffres-pec',
    ['single', 'pilot', 'two-part'],
    [
      t("Nombre d'allocataires RSA entrés en Compétences PEC à ce jour, et l'objectif fixé ?", 'figures', [
        NOT_AVAILABLE,
        ['50'],
      ]),
    ],
  ),

  c(
    'b12-contact-rap',
    ['single', 'contact'],
    [t("qui est la Responsable Accompagnement et Parcours à l'AFPA ?", 'contact', [BATTEDOU])],
  ),

  c(
    'b12-contact-formel',
    ['single', 'formal', 'contact'],
    [
      t(
        "À qui dois-je m'adresser au sein du centre AFPA de Montauban pour coordonner le déploiement des dispositifs sur le département ?",
        'contact',
        [[...VELLA, ...BATTEDOU]],
      ),
    ],
  ),

  c(
    'b12-prescription-directe',
    ['single', 'prescribe'],
    [t('prescription prépa compétences volet 2 pour M. B. stp', 'prescribe', [PRESCRIBE])],
  ),

  // Subjects near the domain that the agreement does not settle.

  c(
    'b12-hs-remuneration',
    ['single', 'out-of-scope'],
    [t('les stagiaires en prepa competences sont remunérés ?', 'out_of_scope', [OUT_OF_SCOPE])],
  ),

  c(
    'b12-hs-transport',
    ['single', 'out-of-scope'],
    [
      t(
        "est-ce que l'afpa rembourse les frais de transport pour quelqu'un qui vient de Beaumont-de-Lomagne ?",
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),

  c(
    'b12-hs-sanction-rsa',
    ['single', 'out-of-scope'],
    [
      t(
        "Si un BRSA abandonne la Prépa en cours de route, on doit saisir l'équipe pluridisciplinaire pour une sanction ?",
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),

  c(
    'b12-hs-aide-employeur-pec',
    ['single', 'out-of-scope'],
    [
      t("c'est quoi le montant de l'aide de l'Etat à l'employeur pour un PEC à 20h ?", 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),

  c(
    'b12-hs-repas-promo',
    ['single', 'out-of-scope'],
    [
      t('les repas du midi sont pris en charge pour les jeunes de la Promo ?', 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),

  c(
    'b12-hs-cpf',
    ['single', 'out-of-scope'],
    [
      t(
        "Peut-on mobiliser le CPF d'un allocataire pour financer la formation cariste après sa Prépa ?",
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),

  c(
    'b12-hs-pret-ordinateur',
    ['single', 'out-of-scope'],
    [t("l'AFPA prête des ordis pour suivre la prépa à distance ?", 'out_of_scope', [OUT_OF_SCOPE])],
  ),

  c(
    'b12-hs-rqth-amenagement',
    ['single', 'out-of-scope', 'rqth'],
    [
      t(
        "Une personne RQTH, est-ce que l'AFPA prévoit des aménagements de poste pendant les ateliers ?",
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),
];
