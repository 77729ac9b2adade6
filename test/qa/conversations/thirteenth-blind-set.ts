/**
 * Thirteenth blind set: the first month of a référent insertion with the bot, and the
 * questions of AFPA Montauban colleagues who answer référents.
 *
 * Written BLIND by a helper session: only from the agreement (seed, 2022 Département de
 * Tarn-et-Garonne – AFPA, its 2022-2023 action plan and the protocol of the three
 * programmes), the product guide, the types of `sets.ts` and the published agenda of
 * `agenda-fixture.ts` (today frozen at Monday 11 January 2027, Europe/Paris). The bot,
 * its code, its tests and the other sets were never read nor run.
 *
 * What it covers:
 * - precise practical questions: what happens in each volet, phase or atelier, what the
 *   référent must do before (adhesion, material conditions, PANDA), the employer of a PEC,
 *   the parents of a minor, the individual report, who informs whom, the steering
 *   committee, the length of the agreement, what AFPA sends to the Département and to the State;
 * - agenda questions with precise filters (a town named bare, « en présentiel », « à distance »,
 *   a volet or atelier, « avec encore de la place », a trade, a week, a weekday, « avant le… »,
 *   « après les vacances »), and short follow-ups;
 * - eligibility of borderline profiles (15, 16, 17, 19 years old, ASE, RSA + PEC, registered
 *   at France Travail or not, followed by a mission locale, in apprenticeship, part-time work);
 * - contacts, figures (none measured yet: say so and give the target), prescriptions, and
 *   subjects near the domain that the agreement does not settle.
 *
 * Styles: about half casual Teams shorthand (typos, no accents, abbreviations), half careful
 * French; some questions put first with the context after; a few turns with two questions.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

// ── Loose alternatives ──────────────────────────────────────────────────────

/** Each alternative with a straight and a typographic apostrophe. */
function apos(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’'), x.replace(/’/g, "'")]))];
}

const OUT_OF_SCOPE = apos(
  'ne couvre pas',
  'ne dit rien',
  "n'en dit rien",
  'ne prévoit pas',
  'ne prévoit rien',
  "hors de l'accord",
  'hors accord',
  'hors du champ',
  'pas couvert',
  'ne traite pas',
  'ne précise pas',
  'ne le précise pas',
  'ne mentionne pas',
  "rien dans l'accord",
  'ne fixe pas',
  'ne fixe aucun',
  'ne règle pas',
  "n'aborde pas",
  'ne parle pas',
  'ne dit pas',
  'ne le dit pas',
  "n'est pas prévu",
  'aucune disposition',
  'ne contient pas',
  'ne donne pas',
  "n'indique pas",
  'ne répond pas',
);

const NO_FIGURES = apos(
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'aucun chiffre',
  'pas encore mesur',
  'pas encore de donnée',
  'pas de donnée',
  'aucune donnée',
  "n'est pas encore",
  "n'ai pas encore",
  "n'ai pas de",
  'pas encore connu',
);

const PRESCRIBE = ['prescri', 'formulaire', 'fiche de prescription'];

const ELIGIBLE = apos(
  'est éligible',
  'sont éligibles',
  'bien éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peuvent bénéficier',
  'peut y entrer',
  'peut entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut la suivre',
  'peut le suivre',
  'peut suivre',
  'peut y accéder',
  'peut accéder',
  'peut faire',
  'ouvert aux',
  'ouverte aux',
  'ouvert à',
  'ouverte à',
  'oui',
);

const NOT_ELIGIBLE = apos(
  'non éligible',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne peut donc pas',
  'pas accessible',
  'réservé',
  'réservée',
  'ne relève pas',
  'pas ouvert',
  'pas ouverte',
  'ne correspond pas',
  'ne remplit pas',
  'exclu',
  'pas possible',
  "n'entre pas",
  'ne rentre pas',
  'pas concerné',
  'pas encore',
  'non,',
  'non.',
  'non :',
  'non !',
);

const FULL = [
  ...seats(0),
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
];

const HALF_DAY = ['demi-journée', 'demi journée', 'demi-journee', '1/2 journée'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_CONTRACT = apos(
  'parcours emploi compétences',
  'contrat PEC',
  'contrat P.E.C',
  'en PEC',
  'en P.E.C',
  'signataire',
  'salarié',
);
const RSA = ['RSA', 'R.S.A'];
const PROMO_AGE = apos('16 ans', '16 à 18', '16 et 18', 'entre 16', 'à partir de 16', '16-18 ans', 'mineur');
const LEFT_SCHOOL = apos(
  'quitté',
  'décroch',
  'déscolaris',
  'sortis du système',
  'sorti du système',
  'ne sont pas en formation',
  'pas en formation',
  'ni en formation',
  "n'est pas en formation",
  'ne travaill',
  'sans emploi',
);
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours'];
const VELLA = ['vella', 'directeur du centre', 'directeur de l’afpa', "directeur de l'afpa", 'coordonnateur'];
const WEILL = ['weill', 'président du conseil départemental', 'président du département'];
const EXPE_REFERENT = apos(
  'référent(e)',
  'référent de',
  'référente de',
  "référent de l'expérimentation",
  'désign',
);

/** Trainings of the published Info Places, for a places answer about one trade. */
const OTHER_TRAININGS_THAN = (...asked: string[]) =>
  [
    'soudeur',
    'maçon',
    'cariste',
    'préparateur de commandes',
    'électricien',
    'agent de propreté',
    'plaquiste',
    'agent de restauration',
  ].filter((name) => !asked.includes(name));

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── The set ─────────────────────────────────────────────────────────────────

export const THIRTEENTH_BLIND_SET: ConversationCase[] = [
  // ── Programmes: what happens, what the référent does ─────────────────────
  c(
    'b13-prepa-volets-premier-jour',
    ['careful', 'prepa-competences'],
    [
      t(
        "Bonjour, je découvre l'outil. Pouvez-vous m'expliquer concrètement ce qui se passe dans le volet 1 de Prépa Compétences ?",
        'dispositif',
        [
          ['diagnostic', 'faisabilité', 'consolider', 'consolidation'],
          ['5 à 6 jours', '5 et 6 jours', 'cinq à six jours', '5 à 6 j', '5-6 jours', '5 ou 6 jours'],
        ],
      ),
      t('Et le volet 2, il est plus long ?', 'dispositif', [
        ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', '4 à 8 j', '4-8 jours'],
        ['sécuris'],
      ]),
      t('Les deux volets se déroulent sur quelle période ?', 'dispositif', [TWO_WEEKS]),
      t('Combien de phases en tout, et lesquelles ?', 'dispositif', [
        ['se préparer'],
        apos("s'engager"),
        ['réfléchir'],
        ['agir'],
      ]),
    ],
  ),

  c(
    'b13-prepa-distance-puis-session',
    ['casual', 'prepa-competences', 'follow-up'],
    [
      t('prepa comp ca peut se faire a distance ou faut venir a montauban obligé ?', 'dispositif', [
        ['distance', 'distanciel'],
        ['présentiel', 'sur place', 'dans le centre', 'au centre'],
      ]),
      t(
        'ok et y a une session volet 1 a distance bientot',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-01-18'),
      ),
      t('il reste cb de places dessus', 'agenda', [seats(8)]),
    ],
  ),

  c(
    'b13-referent-avant-prepa',
    ['careful', 'prepa-competences', 'question-first', 'referent-role'],
    [
      t(
        "Qu'est-ce que je dois faire de mon côté avant que la personne commence Prépa Compétences ? Je suis référente RSA sur le secteur de Castelsarrasin.",
        'dispositif',
        [['panda'], apos('adhésion', 'inform', 'invite', "l'invit")],
      ),
      t(
        "Et tout ce qui est garde d'enfants, transport pour venir au centre : c'est à moi de m'en occuper ?",
        'dispositif',
        [apos('conditions matérielles', "s'assur", 'sécuris', 'mobilité', "garde d'enfant")],
      ),
      t(
        'Dernière chose : est-ce que ça coûte quelque chose au Département quand je prescris ?',
        'dispositif',
        [
          apos(
            'sans contrepartie',
            'aucune contrepartie',
            'gratuit',
            'aucun coût',
            'pas de coût',
            'ne coûte rien',
            "financé par l'État",
            "plan d'investissement dans les compétences",
            ' PIC',
            '(PIC',
            'P.I.C',
          ),
        ],
      ),
    ],
  ),

  c(
    'b13-pec-phases-casual',
    ['casual', 'competences-pec'],
    [
      t('competences PEC ca se passe comment, c combien de jours pr le salarié ?', 'dispositif', [
        ['5 jours', 'cinq jours'],
      ]),
      t('la 1ere etape c quoi, c moi qui inscrit ?', 'dispositif', [
        ['inscri'],
        ['consultant', 'première rencontre', '1re rencontre', 'premier rendez-vous'],
      ]),
      t("la phase 2 c'est quoi exactement", 'dispositif', [['6 ateliers', 'six ateliers'], HALF_DAY]),
      t("et l'atelier de positionnement ?", 'dispositif', [HALF_DAY, ['référentiel']]),
      t('au bout ils passent quoi comme certif ?', 'dispositif', [
        ['VAE', 'V.A.E', 'validation des acquis'],
        ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'],
        ['cléa', 'clea'],
      ]),
    ],
  ),

  c(
    'b13-pec-employeur-rsa',
    ['careful', 'competences-pec', 'employer'],
    [
      t(
        "Pour une salariée en PEC à la mairie de Caussade, faut-il l'accord de son employeur pour Compétences PEC ?",
        'dispositif',
        [['employeur'], ['accord', 'inform']],
      ),
      t('Elle perçoit aussi le RSA. Cela change-t-il quelque chose à son éligibilité ?', 'eligibility', [
        ELIGIBLE,
        PEC_CONTRACT,
      ]),
      t('Parfait, je lance sa prescription sur Compétences PEC.', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b13-pec-moment-portefeuille',
    ['casual', 'competences-pec'],
    [
      t(
        'a quel moment du PEC on peut mobiliser competences pec ? mon bénéf a signé y a 2 mois',
        'dispositif',
        [apos('dès la signature', 'dès signature', 'premiers mois', 'dès le début')],
      ),
      t("et s'il rate sa certif il repart avec rien ?", 'dispositif', [
        ['portefeuille de compétences', 'portefeuille'],
      ]),
    ],
  ),

  c(
    'b13-vae-atelier-afpa',
    ['careful', 'afpa-staff', 'competences-pec'],
    [
      t(
        "Je suis consultante à l'AFPA de Montauban. Sur l'atelier VAE de Compétences PEC, combien de jours et quelles étapes ?",
        'dispositif',
        [
          ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
          ['recevabilité'],
          ['évaluation'],
        ],
      ),
      t('Le dossier de recevabilité est transmis à qui ?', 'dispositif', [['direction du travail']]),
      t('Et pour CléA socle, ça prend combien de temps ?', 'dispositif', [
        ['1 jour', 'une journée', 'un jour', '1 journée'],
      ]),
      t('La restitution se fait devant quelle instance ?', 'dispositif', [
        ['CPIR', 'C.P.I.R', 'commission paritaire'],
      ]),
    ],
  ),

  c(
    'b13-siae-pas-pec',
    ['careful', 'competences-pec', 'siae'],
    [
      t(
        "Un salarié en chantier d'insertion, en CDDI et pas en PEC : peut-il bénéficier de Compétences PEC ?",
        'eligibility',
        [NOT_ELIGIBLE, PEC_CONTRACT],
      ),
      t(
        "Il n'a pas les prérequis pour une VAE de toute façon. Existe-t-il autre chose pour lui ?",
        'dispositif',
        [['RSFP', 'R.S.F.P', 'reconnaissance des savoir']],
      ),
    ],
  ),

  c(
    'b13-fle-clea-numerique',
    ['careful', 'other-dispositifs'],
    [
      t(
        "Une allocataire arrivée du Soudan l'an dernier parle très peu français. L'accord prévoit-il quelque chose pour elle à l'AFPA ?",
        'dispositif',
        [apos('français à visée professionnelle', 'français langue étrangère', 'FLE')],
      ),
      t("Et pour quelqu'un qui est perdu avec un ordinateur ?", 'dispositif', [
        ['cléa numérique', 'clea numerique'],
      ]),
    ],
  ),

  // ── La Promo 16/18 ───────────────────────────────────────────────────────
  c(
    'b13-promo-afpa-deroulement',
    ['careful', 'afpa-staff', 'promo-16-18'],
    [
      t(
        "Je travaille à l'AFPA de Montauban et je réponds souvent aux référents sur La Promo 16/18 : combien de temps dure la phase de construction 2 ?",
        'dispositif',
        [['6 semaines', 'six semaines']],
      ),
      t("Qu'y font les jeunes pendant ces semaines-là ?", 'dispositif', [['chantier solidaire']]),
      t('Et la période de mobilité, elle se passe où et combien de temps ?', 'dispositif', [
        ['village'],
        TWO_WEEKS,
      ]),
      t('Après la sortie du programme, le jeune est-il encore suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),

  c(
    'b13-promo-jours-duree',
    ['casual', 'promo-16-18', 'two-questions'],
    [
      t('la promo 16/18 c tous les jours ? vendredi compris ?', 'dispositif', [
        ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi'],
      ]),
      t('et ca dure cb au total, max ?', 'dispositif', [['4 mois', 'quatre mois']]),
      t('prochaine entree c quand', 'agenda', [on('2027-02-01')]),
    ],
  ),

  c(
    'b13-ase-17-parents',
    ['careful', 'promo-16-18', 'ase', 'parents'],
    [
      t(
        "Une jeune de 17 ans confiée à l'ASE a arrêté le lycée en novembre et ne fait rien depuis. Peut-elle faire La Promo 16/18 ?",
        'eligibility',
        [ELIGIBLE, apos('ASE', 'aide sociale à', "l'enfance")],
      ),
      t('Ses parents doivent-ils signer quelque chose ?', 'dispositif', [['autorisation']]),
      t('Elle est en foyer à Moissac : où se passe la première semaine ?', 'dispositif', [
        ['le plus proche', 'proximité', 'proche de'],
      ]),
      t("Très bien, je fais l'orientation tout de suite.", 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b13-promo-15-ans-et-lyceenne',
    ['casual', 'promo-16-18', 'age-boundary'],
    [
      t('jeune de 15 ans et demi decroché du college, promo 16/18 possible ?', 'eligibility', [
        NOT_ELIGIBLE,
        PROMO_AGE,
      ]),
      t('et qd il aura 16 ans en mars ?', 'eligibility', [PROMO_AGE, LEFT_SCHOOL]),
      t(
        'autre cas : une ado de 16 ans encore en seconde qui veut arreter, on peut l inscrire a la promo ?',
        'eligibility',
        [NOT_ELIGIBLE, LEFT_SCHOOL],
      ),
    ],
  ),

  c(
    'b13-ase-jeune-majeur',
    ['casual', 'promo-16-18', 'ase', 'age-boundary'],
    [
      t('jeune majeur ASE 19 ans (contrat jeune majeur), promo 1618 ok?', 'eligibility', [
        NOT_ELIGIBLE,
        apos('18 ans', '16 à 18', '16 et 18', 'mineur'),
      ]),
      t('et prepa competences du coup ? il a pas le rsa', 'eligibility', [
        RSA,
        [...NOT_ELIGIBLE, 'france travail', 'pôle emploi'],
      ]),
    ],
  ),

  c(
    'b13-apprentie-ase',
    ['careful', 'promo-16-18', 'ase'],
    [
      t(
        "La Promo 16/18 est-elle ouverte à un jeune de 17 ans suivi par l'ASE qui est en apprentissage depuis septembre ?",
        'eligibility',
        [NOT_ELIGIBLE, apos('ne travaill', 'pas en formation', 'ni en formation', 'en formation', 'emploi')],
      ),
    ],
  ),

  c(
    'b13-ml-decrocheur',
    ['casual', 'promo-16-18', 'other-structure'],
    [
      t(
        'ado 17 ans suivi par la mission locale (pas ASE), a quitté le lycée pro en octobre, sans taf. promo 16/18 ?',
        'eligibility',
        [ELIGIBLE],
      ),
      t('y a une info coll pour lui et sa mere ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    ],
  ),

  c(
    'b13-promo-info-coll-puis-age',
    ['careful', 'promo-16-18', 'age-boundary'],
    [
      t(
        'Y a-t-il une information collective sur La Promo 16/18 ? Je voudrais y emmener un jeune et sa mère.',
        'agenda',
        [on('2027-03-17')],
      ),
      t(
        'Il a eu 16 ans la semaine dernière et a quitté son lycée professionnel en décembre ; il ne travaille pas. Peut-il entrer dans le programme ?',
        'eligibility',
        [ELIGIBLE, PROMO_AGE],
      ),
    ],
  ),

  // ── RSA and registration ─────────────────────────────────────────────────
  c(
    'b13-rsa-non-inscrit-ft',
    ['careful', 'prepa-competences', 'france-travail'],
    [
      t(
        "Mon allocataire du RSA n'est pas inscrit à France Travail. Est-ce bloquant pour Prépa Compétences ?",
        'eligibility',
        [
          [...ELIGIBLE, ...apos('pas bloquant', "n'est pas bloquant", 'pas nécessaire', 'pas obligatoire')],
          apos('inscrits ou non', 'non inscrit', 'non-inscrit', 'pas inscrit', 'ne sont pas inscrits'),
        ],
      ),
      t('Et pour Compétences PEC, même chose ?', 'eligibility', [PEC_CONTRACT]),
      t(
        "Autre allocataire : elle travaille 15 h par semaine en CDD et touche toujours le RSA. Prépa Compétences, c'est possible ?",
        'eligibility',
        [['allocataire', 'bénéficiaire du RSA', 'bénéficiaires du RSA', 'au RSA', 'perçoit le RSA']],
      ),
    ],
  ),

  // ── Individual report, PANDA, agreement follow-up ────────────────────────
  c(
    'b13-bilan-individuel-afpa',
    ['afpa-staff', 'casual', 'report'],
    [
      t(
        'c nous (afpa) qui envoyons le bilan individuel au referent ou c lui qui le demande ? a quel moment ?',
        'dispositif',
        [apos('fin du parcours', 'à la fin', "à l'issue", 'fin de parcours', 'en fin de'), ['référent']],
      ),
      t('y a un bilan aussi pour competences pec ?', 'dispositif', [
        ['VAE', 'V.A.E', 'validation des acquis'],
      ]),
      t('dans quel delai apres la fin ?', 'out_of_scope', [OUT_OF_SCOPE]),
    ],
  ),

  c(
    'b13-panda',
    ['casual', 'panda'],
    [
      t("PANDA c quoi ? on m'en parle a chaque reunion", 'dispositif', [['traçabilité', 'tracer', 'trace']]),
      t('qui me donne les acces ?', 'dispositif', [['habilit'], ['AFPA', 'A.F.P.A']]),
      t('et je saisis quoi dedans concretement', 'dispositif', [['inscri', 'saisi', 'bénéficiaire']]),
    ],
  ),

  c(
    'b13-copil-accord',
    ['careful', 'steering-committee'],
    [
      t("À quelle fréquence se réunit le comité de pilotage de l'accord ?", 'other', [
        apos(
          '1 fois par an',
          'une fois par an',
          'au moins une fois',
          'au moins 1 fois',
          'annuel',
          'chaque année',
        ),
      ]),
      t('Que fait ce comité concrètement ?', 'other', [
        ['bilan'],
        apos('quantitatif', 'qualitatif', 'amélioration', "plan d'action", 'indicateurs'),
      ]),
      t("A-t-on déjà des chiffres sur le nombre d'allocataires entrés en Compétences PEC ?", 'figures', [
        NO_FIGURES,
        ['50'],
      ]),
    ],
  ),

  c(
    'b13-duree-accord',
    ['careful', 'agreement', 'two-questions'],
    [
      t("L'accord de partenariat court sur combien de temps ? Peut-il être prolongé ?", 'other', [
        ['2 ans', 'deux ans'],
        ['avenant'],
      ]),
      t('Et si une des parties veut en sortir ?', 'other', [['2 mois', 'deux mois'], ['préavis']]),
      t("Jusqu'à quand les allocataires pouvaient-ils entrer dans l'expérimentation ?", 'dispositif', [
        ['31 décembre 2022', '31/12/2022', '31 déc. 2022', 'fin 2022'],
        ['30 avril 2023', '30/04/2023'],
      ]),
    ],
  ),

  c(
    'b13-afpa-communication',
    ['afpa-staff', 'careful', 'action-plan'],
    [
      t(
        "Côté AFPA, qu'est-ce qu'on doit communiquer au Conseil départemental d'après le plan d'action ?",
        'dispositif',
        [['portes ouvertes', 'JPO', 'J.P.O'], ['places', 'info places'], ['calendrier']],
      ),
      t('on doit venir presenter nos actions au service insertion ? cb de fois ?', 'dispositif', [
        ['semestre', 'semestriel', '2 fois par an', 'deux fois par an'],
      ]),
      t('Sur nos flyers Prépa Compétences, quels logos faut-il mettre ?', 'dispositif', [
        ['état'],
        apos("plan d'investissement", ' PIC', 'P.I.C', '(PIC'),
      ]),
      t('et le kit pour les referents il contient quoi', 'dispositif', [
        ['flyer'],
        apos('argumentaire', 'liste des titres', 'intervenants', 'places disponibles'),
      ]),
    ],
  ),

  c(
    'b13-afpa-remontees',
    ['afpa-staff', 'casual', 'reporting'],
    [
      t('le tableau de bord de chaque dispositif on le transmet a qui et tous les cb ?', 'other', [
        ['DGEFP', 'D.G.E.F.P'],
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ]),
      t('et le bilan annuel departemental ?', 'other', [['DDETSPP', 'D.D.E.T.S.P.P']]),
    ],
  ),

  // ── Contacts ─────────────────────────────────────────────────────────────
  c(
    'b13-contacts-afpa',
    ['casual', 'contact'],
    [
      t('qui je contacte a l afpa pour le deploiement de competences pec ?', 'contact', [BATTEDOU]),
      t('et le coordonnateur departemental des dispositifs c qui', 'contact', [VELLA]),
      t('pour une question sur la promo 16/18 ce serait la meme personne ?', 'contact', [BATTEDOU]),
    ],
  ),

  c(
    'b13-contact-departement',
    ['careful', 'contact'],
    [
      t(
        "Côté Département, qui est l'interlocuteur privilégié du directeur de l'AFPA pour l'expérimentation ?",
        'contact',
        [EXPE_REFERENT],
      ),
      t("Et pour le suivi de l'accord dans son ensemble, qui sont les deux référents ?", 'contact', [
        WEILL,
        VELLA,
      ]),
      t(
        "Y a-t-il quelqu'un au Département chargé de travailler avec l'AFPA sur l'accès à la formation des allocataires ?",
        'contact',
        [['référent'], ['désign', 'chargé']],
      ),
    ],
  ),

  // ── Agenda ───────────────────────────────────────────────────────────────
  c(
    'b13-agenda-castel-valence',
    ['casual', 'town', 'follow-up'],
    [
      t(
        'info coll prepa castelsarrasin',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
      t('a quelle heure ?', 'agenda', [['14h', '14 h', '14:00', '14 heures']]),
      t('et valence d agen', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    ],
  ),

  c(
    'b13-agenda-semaine-18',
    ['careful', 'week'],
    [
      t(
        'Quels événements sont prévus la semaine du 18 janvier ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
      ),
    ],
  ),

  c(
    'b13-agenda-pec-ateliers',
    ['careful', 'competences-pec', 'atelier'],
    [
      t(
        "Quand a lieu la prochaine session de l'atelier 3 de Compétences PEC ?",
        'agenda',
        [on('2027-02-10')],
        [...notOn('2027-01-20'), ...notOn('2027-03-03')],
      ),
      t("Et l'atelier 2 entièrement à distance ?", 'agenda', [on('2027-03-03')], notOn('2027-02-10')),
      t('Combien de places y reste-t-il ?', 'agenda', [seats(3)]),
    ],
  ),

  c(
    'b13-agenda-volet2-places',
    ['casual', 'seats', 'prepa-competences'],
    [
      t('prépa volet 2 une session avec encore de la place ?', 'agenda', [
        on('2027-02-15'),
        ['castelsarrasin'],
        seats(5),
      ]),
      t('celle du 25 janvier elle est pleine ?', 'agenda', [FULL]),
    ],
  ),

  c(
    'b13-agenda-jpo',
    ['casual', 'town'],
    [
      t('JPO moissac c quand', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
      t('et montauban', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    ],
  ),

  c(
    'b13-agenda-mercredi-fevrier',
    ['careful', 'weekday', 'context-after'],
    [
      t(
        'Y a-t-il des événements un mercredi en février ? Mes allocataires ne sont disponibles que ce jour-là.',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-02-23')],
      ),
    ],
  ),

  c(
    'b13-agenda-avant-15-fevrier',
    ['careful', 'before'],
    [
      t(
        'Pourriez-vous me lister les informations collectives prévues avant le 15 février ?',
        'agenda',
        [on('2027-01-14'), on('2027-01-21'), on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-03-04'), ...notOn('2027-03-17')],
      ),
    ],
  ),

  c(
    'b13-agenda-apres-vacances',
    ['casual', 'month'],
    [
      t(
        'apres les vacances de fevrier, en mars, y a quoi comme info coll ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-17')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11')],
      ),
      t('la 1ere c ou ?', 'agenda', [['valence']]),
    ],
  ),

  c(
    'b13-places-soudure',
    ['casual', 'info-places', 'trade'],
    [
      t(
        'soudeur il reste des places en formation ?',
        'agenda',
        [seats(4), on('2027-02-01')],
        OTHER_TRAININGS_THAN('soudeur'),
      ),
      t("on peut visiter l'atelier avant ?", 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      t('combien de places pour la visite', 'agenda', [seats(8)]),
    ],
  ),

  c(
    'b13-places-logistique',
    ['careful', 'info-places', 'trade'],
    [
      t(
        'Quelles formations en logistique ont encore des places ?',
        'agenda',
        [['cariste'], ['préparateur de commandes'], seats(6), seats(5)],
        ['soudeur', 'maçon', 'plaquiste', 'électricien', 'agent de propreté', 'agent de restauration'],
      ),
      t('Y a-t-il une réunion métier sur la logistique ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
      t('Que se passe-t-il pour les personnes intéressées lors de ces réunions ?', 'dispositif', [['évalu']]),
    ],
  ),

  c(
    'b13-places-plaquiste',
    ['casual', 'info-places', 'full'],
    [t('formation plaquiste dispo ?', 'agenda', [FULL])],
  ),

  c(
    'b13-agenda-caussade',
    ['casual', 'town'],
    [
      t('caussade il se passe quoi', 'agenda', [on('2027-02-23')], notOn('2027-02-17')),
      t('la reunion batiment elle concerne quels metiers ?', 'agenda', [['maçon'], ['plâtr', 'électri']]),
    ],
  ),

  c(
    'b13-agenda-ce-jeudi',
    ['casual', 'this-week'],
    [
      t("ce jeudi y a une info coll a l'afpa ? j'ai 3 personnes a envoyer", 'agenda', [
        on('2027-01-14'),
        seats(15),
      ]),
    ],
  ),

  c(
    'b13-agenda-electricite',
    ['careful', 'trade', 'two-questions'],
    [
      t(
        'La visite du plateau électricité en mars : quelle date et combien de places ?',
        'agenda',
        [on('2027-03-10'), seats(8)],
        notOn('2027-01-19'),
      ),
      t("Et la formation d'électricien, elle commence quand ?", 'agenda', [on('2027-03-08')]),
    ],
  ),

  c(
    'b13-agenda-v1-presentiel-prescrire',
    ['careful', 'modality', 'prepa-competences'],
    [
      t(
        "Prépa Compétences volet 1 en présentiel : quelles sont les prochaines dates d'entrée ?",
        'agenda',
        [on('2027-01-18')],
        notOn('2027-02-08'),
      ),
      t('Je voudrais y inscrire Mme L., allocataire du RSA à Montech.', 'prescribe', [PRESCRIBE]),
    ],
  ),

  // ── Out of the agreement ─────────────────────────────────────────────────
  c(
    'b13-oos-remuneration-frais',
    ['careful', 'question-first'],
    [
      t(
        'La personne est-elle rémunérée pendant Prépa Compétences ? Elle me pose la question à chaque rendez-vous.',
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
      t('Et ses frais de déplacement jusqu’à Montauban, sont-ils remboursés ?', 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
      t(
        "Pour une allocataire en situation de handicap, l'AFPA prévoit-elle des aménagements particuliers ?",
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),

  c(
    'b13-oos-rsa-cpf',
    ['casual'],
    [
      t(
        'si mon allocataire abandonne prepa en cours de route ya une incidence sur son rsa ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
      t('on peut mobiliser son CPF pour financer la formation d apres ?', 'out_of_scope', [OUT_OF_SCOPE]),
    ],
  ),

  c(
    'b13-oos-promo-mobilite',
    ['casual', 'promo-16-18'],
    [
      t(
        "pendant la periode de mobilite de la promo, l'hebergement et les repas c a la charge de qui ?",
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
      t('et le permis de conduire il est financé ?', 'out_of_scope', [OUT_OF_SCOPE]),
    ],
  ),

  c(
    'b13-oos-garde-refaire',
    ['careful', 'casual'],
    [
      t(
        "Le Département prend-il en charge une solution de garde d'enfants pendant Prépa Compétences ?",
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
      t('un allocataire qui a deja fait prepa competences en 2025 il peut la refaire ?', 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),

  // ── Figures ──────────────────────────────────────────────────────────────
  c(
    'b13-figures-prepa-ase',
    ['careful'],
    [
      t("Combien d'allocataires du RSA sont entrés en Prépa Compétences depuis le début ?", 'figures', [
        NO_FIGURES,
        ['30'],
      ]),
      t("Et quel était l'objectif pour les jeunes de l'ASE sur La Promo 16/18 ?", 'figures', [
        ['10 ', 'dix', '10)', '10 jeunes'],
      ]),
      t('La Promo 16/18 vise quel taux de sorties positives ?', 'figures', [['70']]),
    ],
  ),

  c(
    'b13-figures-bilan-casual',
    ['casual'],
    [
      t('taux de sortie emploi des gens passés par l afpa ?', 'figures', [NO_FIGURES]),
      t('cb de nos allocataires sont venus aux JPO et aux visites de plateau ?', 'figures', [NO_FIGURES]),
      t('on en est ou par rapport aux objectifs 2022 des 3 dispositifs', 'figures', [
        NO_FIGURES,
        ['30'],
        ['50'],
        ['10'],
      ]),
    ],
  ),

  // ── Prescriptions ────────────────────────────────────────────────────────
  c(
    'b13-pec-session-puis-prescrire',
    ['casual', 'competences-pec', 'town'],
    [
      t('atelier 2 pec a montauban c quand', 'agenda', [on('2027-01-20')], notOn('2027-03-03')),
      t("ok je prescris M. R. dessus, il est en PEC a l'ehpad de Negrepelisse", 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b13-prescrire-direct',
    ['careful'],
    [
      t(
        'Je souhaite prescrire Prépa Compétences volet 2 pour M. D., allocataire du RSA à Montech.',
        'prescribe',
        [PRESCRIBE],
      ),
    ],
  ),
];
