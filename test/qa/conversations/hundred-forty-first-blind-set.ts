/**
 * Hundred-forty-first blind set.
 *
 * Who speaks: a référent insertion of the Département de Tarn-et-Garonne (CD82) in their
 * first weeks in the job, and a new assistant at AFPA Montauban, learning how the
 * partnership works step by step. They ask how to prescribe (what to check with the person
 * first, who registers whom on which platform, who invites the person, who confirms the
 * entry, what comes back at the end and when), who does what between the Département, AFPA,
 * France Travail (ex-Pôle emploi), the Mission locale and the ASE, what the abbreviations
 * mean (BRSA, PEC, SIAE, ML, FT, CD, JPO, info coll, RSFP, VAE, TP, CCP, CEJ, CQP, TH),
 * what each programme contains and for whom, and what to do when something goes wrong (the
 * person cannot come, falls ill, drops out, moves house, the référent leaves). They type the
 * way new staff type in Teams: sometimes full polite sentences, often short and hesitant,
 * abbreviations just learned (prépa comp, comp pec, 1618, BRSA, FT, ML, CD), no accents,
 * typos, missing question marks, two questions in one message, and follow-ups that only make
 * sense after the previous answer (« et après ? », « c est moi qui l inscris ? »).
 *
 * What a correct answer does: it states the roles the protocol gives (the référent informs
 * the person and gathers their adhesion, for Compétences PEC informs the PEC employer and
 * gathers their agreement, secures the material conditions, invites the person and registers
 * them on AFPA's PANDA platform, on which AFPA habilitates the référents; AFPA sends the
 * individual report to the référent at the end of Prépa Compétences or of the VAE for people
 * in PEC; Missions locales and CIO propose La Promo 16/18; parents' authorisations during the
 * engagement week; a référent principal de parcours for each young person), the content and
 * steps of each programme, the published agenda items that answer (today is Monday
 * 11 January 2027; a past item never answers), the roles and targets of the agreement. For
 * what the agreement does not settle (no-shows, illness, drop-outs, moves, a référent who
 * leaves, delays, pay, transport, housing, benefits, abbreviations it never uses) it says the
 * agreement does not say, and invents nothing (the invented fact is in mustNotContain).
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18)
 * and from the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris),
 * without looking at the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with both apostrophes, « ’ » and « ' ». */
function both(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/’/g, "'"), a.replace(/'/g, '’')]))];
}

// ── When the agreement is silent ───────────────────────────────────────────

/** The agreement (or the published agenda) does not settle it: the answer says so. */
const NOT_SAID = both(
  'ne précise pas',
  'ne dit pas',
  'ne dit rien',
  'n’en dit rien',
  'ne fixe pas',
  'pas prévu',
  'n’est pas prévu',
  'n’est pas couvert',
  'ne couvre pas',
  'rien dans l’accord',
  'pas dans l’accord',
  'hors du champ',
  'hors champ',
  'hors de l’accord',
  'ne prévoit pas',
  'ne prévoit rien',
  'pas d’information',
  'aucune information',
  'ne règle pas',
  'aucune mention',
  'ne mentionne pas',
  'n’indique pas',
  'ne donne pas',
  'ne traite pas',
  'n’aborde pas',
  'ne figure pas',
  'ne dispose pas',
  'ne sais pas',
  'ne détaille pas',
  'ne décrit pas',
  'pas précisé',
  'non précisé',
  'silencieux',
);
/** An out-of-scope question must not be bounced back as « reformulez ». */
const NO_BOUNCE = ['reformulez'];
/** Delays nobody published. */
const INVENTED_DELAYS = both(
  '24 h',
  '24h',
  '48 h',
  '48h',
  '72 h',
  '72h',
  'sous 8 jours',
  'sous 10 jours',
  'sous 15 jours',
  'dans les 15 jours',
  'sous un mois',
  'sous 1 mois',
);
/** Contact details nobody published. */
const INVENTED_CONTACT = ['05 63', '0563', '@afpa.fr', 'hotline'];

// ── Who does what when prescribing (protocol § 5) ──────────────────────────

const AFPA = ['afpa', 'a.f.p.a'];
const PANDA = ['panda'];
const PLATFORM = ['panda', 'plateforme'];
const HABILIT = ['habilit'];
/** The référent informs the person and gathers their adhesion. */
const ADHESION = both('adhésion', 'recueill', 'accord de la personne', 'son accord');
const REGISTER = ['panda', 'plateforme', 'inscri'];
/** The référent secures the material conditions of access (mobility, childcare…). */
const MATERIAL = both(
  'conditions matérielles',
  'mobilité',
  'garde d’enfant',
  'garde des enfants',
  'garde d’enfants',
);
const SECURE = both(
  'sécuris',
  's’assure',
  's’assurer',
  'assurez-vous',
  'avec la personne',
  'avec le bénéficiaire',
  'avec la bénéficiaire',
  'avec elle',
);
/** It is the référent who does it. */
const REFERENT_DOES = both(
  'c’est vous',
  'vous-même',
  'vous l’',
  'vous invitez',
  'vous inscrivez',
  'vous informez',
  'informez',
  'le référent',
  'la référente',
  'au référent',
  'du référent',
  'conseiller référent',
  'le conseiller',
  'à vous',
);
/** The référent invites the person (to Prépa Compétences, to La Promo 16/18). */
const INVITE = ['invit'];
const EMPLOYER_AGREES = both(
  'accord de l’employeur',
  'accord de son employeur',
  'son accord',
  'informe l’employeur',
  'informer l’employeur',
  'informez l’employeur',
  'informez son employeur',
  'employeur donne son accord',
);
const BILAN = ['bilan'];
const REFERENT = ['référent', 'référente'];
const ML_CIO = both('mission locale', 'missions locales', 'c.i.o', ' cio');
const FREE = both(
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'financé par l’état',
  'financés par l’état',
  'l’état finance',
  'financement de l’état',
  'plan d’investissement dans les compétences',
  'p.i.c',
);
const RGPD = both(
  'rgpd',
  'r.g.p.d',
  '2016/679',
  'informatique et libertés',
  '1978',
  'article 5',
  'confidentialité',
  'confidentiel',
);

/**
 * The prescription form (or, for a référent not yet habilitated, the request for it):
 * « Prescrire » alone also matches the menu's button, hence the second group.
 */
const FORM = [
  ['prescrire', 'prescription', 'habilitation nécessaire'],
  ['première session', 'pour quel dispositif', 'habilitation nécessaire'],
];

// ── Content of the programmes (protocol § 3, articles 2.1 and 2.2) ─────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PEC_SPREAD = both(
  'durée du p.e.c',
  'durée du pec',
  'durée du contrat',
  'pendant le pec',
  'pendant le contrat',
  'au cours du contrat',
  'au fil du contrat',
  'répartis',
  'réparti',
);
const PEC_START = ['signature', 'premiers mois'];
const HALF_DAY = ['demi-journée', 'demi journée', 'demi-journées', 'demi journées'];
const SIX_WORKSHOPS = ['6 ateliers', 'six ateliers'];
const NON_CONSECUTIVE = both(
  'non consécutif',
  'pas consécutif',
  'non-consécutif',
  'pas à la suite',
  'pas d’affilée',
);
const ONE_DAY = ['1 jour', 'un jour', 'une journée', '1 journée'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const REMOTE = ['à distance', 'distanciel', 'distance', 'tout ou partie'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'savoir-faire'];
const CLEA = ['clea'];
const PREREQ = ['prérequis', 'pré-requis'];
const FRENCH = both('français à visée professionnelle', 'français langue étrangère', 'fle');
const PARENTS = [
  'autorisation parentale',
  'autorisations parentales',
  'accord des parents',
  'parents',
  'parental',
];
const LOW_QUALIF = both(
  'peu ou pas qualifié',
  'éloignées de l’emploi',
  'éloignés de l’emploi',
  'éloignée de l’emploi',
  'éloigné de l’emploi',
);
const TITRE_PRO = ['titre professionnel', 'titres professionnels'];

// ── Eligibility ────────────────────────────────────────────────────────────

const ELIGIBLE = [
  'prescription possible',
  'est éligible',
  'critères remplis',
  'peut entrer',
  'peut bénéficier',
  'peut en bénéficier',
  'peuvent bénéficier',
  'peut être prescrit',
  'vous pouvez prescrire',
  'peut faire',
  'peut intégrer',
  'c’est possible',
  "c'est possible",
];
const NOT_ELIGIBLE = both(
  'non éligible',
  'pas éligible',
  'ne peut pas',
  'ne remplit pas',
  'pas possible',
  'ne correspond pas',
  'réservé',
  'trop jeune',
  'trop âgé',
  'impossible',
);
const NOT_REGISTERED_TOO = both(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'qu’ils soient inscrits',
  'qu’elle soit inscrite',
  'pas obligatoire',
);

// ── Whom to contact (article 3, protocol § 5 and § 6) ──────────────────────

const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement & parcours', 'battedou'];
const DIRECTOR = both(
  'directeur du centre',
  'direction du centre',
  'coordonnateur départemental',
  'directeur de l’afpa',
  'vella',
);
const AFPA_CONTACT = [...RAP, ...DIRECTOR];
const SEMESTER = ['semestre', 'deux fois par an', '2 fois par an'];
const YEARLY = both(
  '1 fois par an',
  'une fois par an',
  'au moins une fois',
  'annuel',
  'chaque année',
  'par an',
);

// ── Figures (protocol § 4 and § 6) ─────────────────────────────────────────

const TARGET_PREPA = ['30 allocataires', '30 personnes', '30 bénéficiaires', 'objectif de 30', '30 brsa'];
const TARGET_PEC = ['50 allocataires', '50 personnes', '50 bénéficiaires', 'objectif de 50', '50 brsa'];
const TARGET_ASE = ['10 jeunes', '10 personnes', '10 ase', 'objectif de 10', '10 personnes jeunes'];
const NOT_AVAILABLE = both(
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas encore publi',
);

// ── Other clauses of the agreement ─────────────────────────────────────────

const TWO_YEARS = ['2 ans', 'deux ans'];
const TWO_MONTHS = ['2 mois', 'deux mois'];

// ── The agenda (fixture of 11 January 2027) ────────────────────────────────

const ELEVEN_THIRTY = ['11h30', '11 h 30', '11:30', '11h 30'];
const FULL = [
  ...seats(0),
  'complet',
  'complète',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
];
const TRAINING_NAMES = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
/** A places answer about one trade lists no other training. */
const otherTrainings = (...asked: string[]) =>
  TRAINING_NAMES.filter((name) => !asked.some((a) => name.includes(a)));

// ── Prescribing, step by step, and what happens after ─────────────────────

const prescribe: ConversationCase[] = [
  c(
    'b141-pr-prepa-premiere-fois-pas-a-pas',
    ['first-weeks', 'steps', 'what-next', 'polite', 'panda'],
    [
      turn(
        'Bonjour, je suis référente insertion depuis deux semaines. Comment je fais concrètement pour prescrire une Prépa Compétences à une allocataire du RSA ?',
        'prescribe',
        [ADHESION, REGISTER],
      ),
      turn('ok et apres ? c moi qui l inscris ou c l afpa', 'prescribe', [PANDA, REFERENT_DOES]),
      turn('j ai pas encore d acces a panda moi', 'prescribe', [HABILIT, AFPA]),
      turn('et elle, elle est prevenue comment pour venir ?', 'prescribe', [INVITE]),
    ],
  ),
  c(
    'b141-pr-verifier-avant-garde-enfants',
    ['first-weeks', 'checklist', 'no-question-mark', 'material-conditions', 'what-if', 'modality', 'session'],
    [
      turn('avant de prescrire je dois verifier quoi avec la personne', 'prescribe', [ADHESION, MATERIAL]),
      turn(
        'elle a deux petits et pas de voiture, je peux quand meme la mettre en prepa comp ?',
        'prescribe',
        [[...MATERIAL, ...REMOTE]],
      ),
      turn(
        'c a moi de trouver une solution de garde ?',
        'prescribe',
        [SECURE],
        ['€', ...both('l’afpa prend en charge la garde', 'l’afpa finance')],
      ),
      turn('elle peut la faire de chez elle alors', 'dispositif', [REMOTE]),
      turn('y a une session a distance bientot ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
    ],
  ),
  c(
    'b141-pr-comp-pec-employeur-puis-inscription',
    ['employer', 'steps', 'what-next', 'abbrev'],
    [
      turn('pour mettre un salarie pec en comp pec faut demander a son employeur ?', 'prescribe', [
        EMPLOYER_AGREES,
      ]),
      turn('c moi qui l appelle l employeur ??', 'prescribe', [REFERENT_DOES]),
      turn('ok et apres qui l inscrit', 'prescribe', [PLATFORM, REFERENT_DOES]),
      turn('et une fois inscrit il se passe quoi', 'prescribe', [
        ['consultant', 'première rencontre'],
        HALF_DAY,
      ]),
      turn(
        'y a une info coll ou je peux envoyer le salarie et son employeur ?',
        'agenda',
        [on('2027-02-09'), ['moissac']],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b141-pr-bilan-fin-de-parcours',
    ['end', 'silent', 'what-next', 'abbrev'],
    [
      turn('a la fin de la prepa comp est ce que j ai un retour ?', 'prescribe', [BILAN]),
      turn('c qui qui me l envoie', 'prescribe', [AFPA]),
      turn('y a quoi dedans exactement ?', 'prescribe', [NOT_SAID]),
      turn('et pour comp pec j en ai un aussi', 'prescribe', [VAE]),
      turn('et pour un jeune en promo 1618 ?', 'prescribe', [
        [...NOT_SAID, 'uniquement', 'seulement', 'que pour'],
      ]),
    ],
  ),
  c(
    'b141-pr-afpa-assistante-reception',
    ['afpa-side', 'what-next', 'first-weeks', 'panda', 'polite'],
    [
      turn(
        "Bonjour, je viens d'arriver comme assistante à l'AFPA de Montauban. Quand une référente du CD nous envoie une prescription, je dois faire quoi ?",
        'prescribe',
        [both('accus', 'statut', 'panda', 'tracé', 'traçabilité', 'prise en compte', 'prendre en compte')],
      ),
      turn('qui confirme que la personne est bien entree en prepa ?', 'prescribe', [
        ['panda', 'assiduité', 'statut'],
        AFPA,
      ]),
      turn('et les feuilles de presence on les sort d ou', 'prescribe', [PANDA]),
      turn('a la fin on renvoie quoi a la referente ?', 'prescribe', [BILAN]),
      turn('on fait ca pour les 3 dispositifs ?', 'prescribe', [['prépa'], VAE]),
    ],
  ),
  c(
    'b141-pr-jeune-ase-promo-etapes',
    ['ase', 'promo', 'steps', 'what-next'],
    [
      turn(
        'un jeune de l ase veut faire la promo 1618, c moi qui le prescris ou la mission locale ?',
        'prescribe',
        [[...ML_CIO, 'panda', 'invit']],
      ),
      turn('il faut l accord des parents ?', 'dispositif', [PARENTS]),
      turn('il doit ramener quoi la premiere semaine', 'dispositif', [
        both('pièces administratives', 'autorisations parentales', 'autorisation parentale'),
      ]),
      turn('et apres cette semaine qui s occupe de lui ?', 'dispositif', [
        ['référent principal', 'référent de parcours'],
      ]),
    ],
  ),
  c(
    'b141-pr-entree-du-18-elle-peut-pas',
    ['what-if', 'no-show', 'session', 'modality'],
    [
      turn(
        "j'ai inscrit une dame sur la prepa volet 1 du 18 et elle vient de m'appeler, elle pourra pas venir. je fais quoi",
        'prescribe',
        [[...NOT_SAID, ...AFPA_CONTACT]],
        INVENTED_DELAYS,
      ),
      turn('y a une autre entree volet 1 apres ?', 'agenda', [on('2027-02-08')], notOn('2027-01-25')),
      turn('elle a pas d ordi, y en a une pas 100% a distance ?', 'agenda', [on('2027-03-08')]),
      turn('c ou celle la', 'agenda', [['moissac']]),
    ],
  ),
  c(
    'b141-pr-malade-puis-abandon',
    ['what-if', 'illness', 'abandon', 'silent'],
    [
      turn(
        'ma beneficiaire est malade la semaine ou elle commence la prepa, comment ca se passe',
        'prescribe',
        [[...NOT_SAID, ...AFPA_CONTACT]],
        [...INVENTED_DELAYS, 'certificat médical'],
      ),
      turn(
        'et si finalement elle lache en plein milieu, l afpa me previent ?',
        'prescribe',
        [[...NOT_SAID, 'panda', 'assiduité']],
        INVENTED_DELAYS,
      ),
      turn('elle aura quand meme un bilan ?', 'prescribe', [NOT_SAID]),
    ],
  ),
  c(
    'b141-pr-demenagement-pendant-prepa',
    ['what-if', 'address', 'town', 'silent'],
    [
      turn('elle demenage a castelsarrasin pendant sa prepa, elle doit tout recommencer ?', 'prescribe', [
        [...NOT_SAID, 'délocalis', 'ensemble du département'],
      ]),
      turn(
        'y a des choses de prevues vers castel ?',
        'agenda',
        [[...on('2027-01-21'), ...on('2027-02-15')]],
        [...notOn('2027-03-08'), ...notOn('2027-02-09')],
      ),
      turn(
        'et si elle part en haute garonne ?',
        'out_of_scope',
        [[...NOT_SAID, 'tarn-et-garonne', 'tarn et garonne']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b141-pr-referent-qui-part',
    ['what-if', 'referent-leaves', 'silent', 'panda'],
    [
      turn(
        'je change de poste fin janvier, mes prescriptions en cours elles deviennent quoi ?',
        'prescribe',
        [NOT_SAID],
        INVENTED_DELAYS,
      ),
      turn('le bilan individuel il sera envoye a qui du coup', 'prescribe', [REFERENT]),
      turn('la personne qui me remplace elle devra avoir un acces panda ?', 'prescribe', [HABILIT]),
    ],
  ),
  c(
    'b141-pr-cout-pour-le-departement',
    ['funding', 'abbrev'],
    [
      turn(
        'quand je prescris une prepa ou une comp pec ca coute quelque chose au departement ?',
        'prescribe',
        [FREE],
        ['€'],
      ),
    ],
  ),
  c(
    'b141-pr-premiere-prescription-formulaire',
    ['form', 'action', 'first-weeks'],
    [
      turn(
        'bon je me lance, je voudrais faire ma premiere prescription prepa comp pour une dame au rsa',
        'prescribe',
        FORM,
      ),
    ],
  ),
  c(
    'b141-pr-comp-pec-atelier-2-formulaire',
    ['form', 'action', 'session', 'places', 'modality'],
    [
      turn(
        'je veux prescrire comp pec pour un mr en contrat pec depuis novembre, sur la prochaine entree atelier 2',
        'prescribe',
        [...FORM, on('2027-01-20')],
      ),
      turn('c en presentiel ? il bosse a caussade', 'agenda', [
        ['mixte', 'présentiel et à distance', 'présentiel et distanciel'],
      ]),
      turn('il reste cb de places', 'agenda', [seats(4)]),
    ],
  ),
  c(
    'b141-pr-rgpd-ce-que-je-mets',
    ['rgpd', 'form', 'first-weeks'],
    [
      turn(
        "dans la prescription je mets quoi sur la personne ? j'ai peur d'en mettre trop avec le rgpd",
        'prescribe',
        [
          both(
            'article 5',
            '2016/679',
            '1978',
            'informatique et libertés',
            'confidentialité',
            'confidentiel',
            'nécessaire',
          ),
        ],
      ),
    ],
  ),
  c(
    'b141-pr-qui-envoie-quoi-a-qui',
    ['first-weeks', 'roles', 'what-next'],
    [
      turn(
        'en gros pour une prepa qui envoie quoi a qui entre moi et l afpa, du debut a la fin ?',
        'prescribe',
        [REGISTER, BILAN],
      ),
    ],
  ),
  c(
    'b141-pr-dispositifs-prescriptibles',
    ['first-weeks', 'who'],
    [
      turn('en tant que referente rsa je peux prescrire quels dispositifs moi', 'prescribe', [
        ['prépa'],
        ['pec'],
      ]),
    ],
  ),
  c(
    'b141-pr-ou-trouver-dates-entree',
    ['session', 'calendar'],
    [
      turn("pour prescrire je trouve ou les dates d'entree ?", 'prescribe', [
        ['calendrier', ...on('2027-01-18'), ...on('2027-01-20'), ...on('2027-02-01')],
      ]),
    ],
  ),
];

// ── What the programmes contain, step by step ──────────────────────────────

const dispositifs: ConversationCase[] = [
  c(
    'b141-di-prepa-quoi-pour-qui-et-apres',
    ['first-weeks', 'audience', 'duration', 'volet', 'what-next', 'polite'],
    [
      turn("Bonjour, je débute. C'est quoi exactement Prépa Compétences, et c'est pour qui ?", 'dispositif', [
        both('projet professionnel', 'entrée en formation', 'prérequis', 'compétences nécessaires'),
        [...LOW_QUALIF, 'rsa'],
      ]),
      turn('ca dure combien en tout', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('volet 1 volet 2 c quoi la diff', 'dispositif', [
        both('consolider', 'diagnostic de faisabilité', 'projet professionnel'),
        ['sécuris'],
      ]),
      turn('et une fois la prepa finie elle fait quoi ?', 'prescribe', [
        both(
          'choix éclairés',
          'formation qualifiante',
          'formation personnalisée',
          'entrée en formation',
          'bilan individuel',
          'parcours de formation',
        ),
      ]),
      turn('la formation apres c forcement a l afpa ?', 'dispositif', [
        both('autre organisme', 'hors afpa', 'hors a.f.p.a', 'pas forcément', 'pas nécessairement'),
      ]),
    ],
  ),
  c(
    'b141-di-prepa-quatre-phases',
    ['phases'],
    [
      turn(
        'on m a parle de 4 phases pour la prepa comp, c lesquelles',
        'dispositif',
        [['préparer'], both('s’engager', 'engager'), ['réfléchir'], ['agir']],
        ['13 semaines', 'construction'],
      ),
    ],
  ),
  c(
    'b141-di-comp-pec-etapes',
    ['steps', 'phases', 'abbrev'],
    [
      turn('comp pec ca se deroule comment, c quoi les etapes ?', 'dispositif', [
        ['consultant', 'inscription'],
        ['reconnaissance des acquis'],
        ['positionnement'],
      ]),
      turn('les ateliers de reconnaissance des acquis c combien', 'dispositif', [SIX_WORKSHOPS, HALF_DAY]),
      turn('ils sont a la suite ou pas ? il travaille', 'dispositif', [NON_CONSECUTIVE]),
      turn('et le portefeuille de competences c pour tout le monde ?', 'dispositif', [
        both('systématique', 'chaque bénéficiaire', 'chaque personne', 'pour tous'),
      ]),
    ],
  ),
  c(
    'b141-di-comp-pec-certifications-vae',
    ['certification', 'abbrev', 'steps'],
    [
      turn('en comp pec on peut viser quelle certif ?', 'dispositif', [VAE, RSFP, CLEA]),
      turn('rsfp ca veut dire quoi', 'dispositif', [['reconnaissance des savoir-faire']]),
      turn('c pour qui plutot que la vae ?', 'dispositif', [PREREQ]),
      turn('et la vae ca se passe comment', 'dispositif', [['recevabilité'], ['évaluation']]),
      turn('le dossier de recevabilite il part ou ?', 'dispositif', [['direction du travail']]),
    ],
  ),
  c(
    'b141-di-clea-socle-duree',
    ['certification', 'no-question-mark'],
    [turn('clea socle en comp pec ca prend combien de temps', 'dispositif', [ONE_DAY], ['3,5 jours'])],
  ),
  c(
    'b141-di-promo-etapes',
    ['promo', 'phases', 'silent'],
    [
      turn(
        'la promo 1618 c quoi les etapes',
        'dispositif',
        [['engagement'], ['construction'], ['préparation de la suite']],
        ['réfléchir'],
      ),
      turn('c quoi la periode de mobilite dont ils parlent', 'dispositif', [TWO_WEEKS, ['village']]),
      turn('il dort la bas ?', 'dispositif', [NOT_SAID], ['internat']),
      turn('et le chantier solidaire ?', 'dispositif', [['collectivité']]),
    ],
  ),
  c(
    'b141-di-promo-et-apres',
    ['promo', 'what-next', 'abbrev'],
    [
      turn('et a la fin de la promo le jeune il va ou ?', 'dispositif', [
        both('alternance', 'e2c', 'e.p.i.d.e', 'epide', 'apprentissage', 'six mois', '6 mois'),
      ]),
      turn('e2c epide c quoi', 'dispositif', [
        [
          ...NOT_SAID,
          ...both('deuxième chance', 'dispositif d’accompagnement', 'dispositifs d’accompagnement'),
        ],
      ]),
      turn('la ml le suit encore apres ?', 'dispositif', [SIX_MONTHS]),
    ],
  ),
  c(
    'b141-di-promo-concretement',
    ['promo', 'content'],
    [
      turn(
        'ils font quoi concretement pendant la promo ? ma cheffe dit qu ils passent le code',
        'dispositif',
        [
          ['code de la route', 'code la route', 'code'],
          both('open badge', 'métiers', 'chantier solidaire', 'compétences numériques'),
        ],
      ),
    ],
  ),
  c(
    'b141-di-clea-numerique',
    ['content'],
    [
      turn('clea numerique c quoi ? j ai une dame qui sait pas se servir d un ordi', 'dispositif', [
        ['numérique'],
        both('usages fondamentaux', 'environnement de travail', 'compétences de base'),
      ]),
    ],
  ),
  c(
    'b141-di-fle-et-prescription',
    ['content', 'silent', 'two-questions', 'no-question-mark'],
    [
      turn(
        'j ai un monsieur qui vient d arriver en france et parle tres peu francais, l afpa a un truc ? je le prescris comment',
        'dispositif',
        [FRENCH, NOT_SAID],
      ),
    ],
  ),
  c(
    'b141-di-open-badges',
    ['content', 'abbrev'],
    [
      turn('open badges ca sert a quoi', 'dispositif', [
        both('soft skills', 'compétences douces', 'savoir-être', 'transverses', 'reconnaissance objective'),
      ]),
    ],
  ),
  c(
    'b141-di-chantiers-insertion',
    ['content'],
    [
      turn(
        "on m'a dit que l'afpa pouvait preparer des gens pour des chantiers d'insertion, c'est vrai ?",
        'dispositif',
        [both('gestes techniques', 'clauses sociales')],
      ),
    ],
  ),
  c(
    'b141-di-comp-pec-jours-quand',
    ['duration', 'two-questions'],
    [
      turn('comp pec ca prend combien de jours et c quand, pendant le contrat ?', 'dispositif', [
        PEC_DAYS,
        PEC_SPREAD,
      ]),
    ],
  ),
  c(
    'b141-di-prepa-apporter-premier-jour',
    ['silent', 'person-brings'],
    [
      turn(
        'elle doit apporter quoi le premier jour de prepa ?',
        'dispositif',
        [NOT_SAID],
        ['carte vitale', 'attestation caf', 'attestation de la caf'],
      ),
    ],
  ),
];

// ── Eligibility: a person described ───────────────────────────────────────

const eligibility: ConversationCase[] = [
  c(
    'b141-el-brsa-inscrite-ft-prepa',
    ['abbrev'],
    [
      turn('une dame au rsa inscrite a FT depuis 1 an, elle peut faire prepa comp par moi ?', 'eligibility', [
        [...ELIGIBLE, ...NOT_REGISTERED_TOO],
      ]),
    ],
  ),
  c(
    'b141-el-ase-17-ans-decroche',
    ['ase', 'promo'],
    [
      turn(
        'jeune de 17 ans suivi par l ase, il a arrete le lycee en novembre et fait rien depuis, promo 1618 possible ?',
        'eligibility',
        [ELIGIBLE],
      ),
    ],
  ),
  c(
    'b141-el-ase-15-ans',
    ['ase', 'promo', 'age'],
    [
      turn('un jeune de 15 ans de l ase qui va plus au college, il peut aller en promo ?', 'eligibility', [
        NOT_ELIGIBLE,
      ]),
    ],
  ),
  c(
    'b141-el-jeune-majeur-19-ans',
    ['ase', 'promo', 'age'],
    [turn('jeune majeur suivi par l ase, 19 ans, la promo 1618 c possible', 'eligibility', [NOT_ELIGIBLE])],
  ),
  c(
    'b141-el-comp-pec-qui-peut',
    ['abbrev', 'start', 'no-question-mark'],
    [
      turn('un brsa qui est pas en contrat pec, je peux le mettre en comp pec ?', 'eligibility', [
        [...NOT_ELIGIBLE, 'signataire'],
      ]),
      turn('et en prepa comp alors', 'eligibility', [ELIGIBLE]),
      turn('un autre mr a signe son contrat pec y a 8 mois, c trop tard pour comp pec', 'eligibility', [
        PEC_START,
      ]),
      turn('et une dame en pec prescrit par cap emploi elle peut ?', 'eligibility', [ELIGIBLE]),
    ],
  ),
  c(
    'b141-el-salarie-siae-formation',
    ['siae'],
    [
      turn(
        'un salarie de siae qui a un projet de qualif, il peut entrer en formation a l afpa ?',
        'eligibility',
        [
          both(
            'parmi les publics',
            'sont éligibles',
            'est éligible',
            'conseil régional',
            'financeurs publics',
          ),
        ],
      ),
    ],
  ),
  c(
    'b141-el-brsa-deja-diplome',
    ['audience'],
    [
      turn(
        'un brsa qui a un bac+3 mais au chomage depuis 3 ans, la prepa ca a du sens pour lui ?',
        'eligibility',
        [LOW_QUALIF],
      ),
    ],
  ),
  c(
    'b141-el-jeune-ml-pas-ase',
    ['promo', 'who'],
    [
      turn(
        'un jeune de 16 ans qui a quitte le college, pas a l ase, suivi juste par la ml, il peut aller en promo ?',
        'eligibility',
        [ELIGIBLE],
      ),
      turn('c moi qui le prescris alors ?', 'prescribe', [ML_CIO]),
    ],
  ),
  c(
    'b141-el-ase-apprenti',
    ['ase', 'promo'],
    [
      turn('jeune ase 17 ans qui a un contrat d apprentissage, la promo c pour lui ?', 'eligibility', [
        [...NOT_ELIGIBLE, 'ne travaillent pas', 'pas en formation', 'ni en formation'],
      ]),
    ],
  ),
];

// ── AFPA's published agenda (fixture of 11 January 2027) ───────────────────

const agenda: ConversationCase[] = [
  c(
    'b141-ag-info-coll-sigle-prochaine',
    ['abbrev', 'two-questions', 'time', 'places', 'silent', 'steps'],
    [
      turn(
        'info coll c quoi exactement ? et la prochaine pour la prepa c quand',
        'agenda',
        [both('information collective', 'informations collectives'), on('2027-01-14')],
        notOn('2027-01-07'),
      ),
      turn('elle est obligatoire avant de prescrire la prepa ?', 'prescribe', [NOT_SAID]),
      turn('ca dure longtemps ? elle a rdv a midi', 'agenda', [
        [...ELEVEN_THIRTY, '2 h', '2h', 'deux heures'],
      ]),
      turn('y a cb de places', 'agenda', [seats(15)]),
      turn('faut l inscrire avant ou elle vient comme ca ?', 'agenda', [
        [...NOT_SAID, 'orientées par leur référent', 'orienté'],
      ]),
    ],
  ),
  c(
    'b141-ag-jpo-stand-cd',
    ['abbrev', 'town'],
    [
      turn(
        'JPO = journee portes ouvertes c ca ? y en a une quand a montauban',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
      turn('on doit y aller nous le cd ? ma cheffe m a parle d un stand', 'other', [['stand']]),
      turn('et y en a une autre ailleurs', 'agenda', [on('2027-02-17'), ['moissac']]),
    ],
  ),
  c(
    'b141-ag-visite-plateau-technique',
    ['trade', 'places', 'two-questions'],
    [
      turn('c quoi une visite de plateau technique ?', 'other', [['grandeur nature', 'découvr']]),
      turn('la prochaine c quand et c quel metier', 'agenda', [on('2027-01-19'), ['soudure']]),
      turn('je voudrais y envoyer 3 de mes allocataires, je m adresse a qui ?', 'contact', [AFPA_CONTACT]),
      turn('il veut plutot l electricite', 'agenda', [on('2027-03-10')]),
      turn(
        'et la formation electricien y a de la place ?',
        'agenda',
        [seats(2)],
        otherTrainings('électricien'),
      ),
    ],
  ),
  c(
    'b141-ag-reunion-metier-cariste',
    ['trade', 'places'],
    [
      turn('reunion metier ca sert a quoi ? j ai un mr qui veut faire cariste', 'agenda', [
        ['logistique'],
        on('2027-01-26'),
      ]),
      turn('il va etre evalue la bas ?', 'other', [['évalu']]),
      turn(
        'et la formation cariste elle commence quand ? reste des places ?',
        'agenda',
        [on('2027-01-27'), seats(6)],
        otherTrainings('cariste', 'préparateur'),
      ),
    ],
  ),
  c(
    'b141-ag-info-coll-valence',
    ['town', 'no-question-mark'],
    [
      turn(
        'la prochaine info coll prepa vers valence d agen c quand',
        'agenda',
        [on('2027-03-04')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b141-ag-volet-2-avec-place',
    ['session', 'places', 'no-question-mark'],
    [
      turn('je cherche une entree prepa volet 2 ou il reste de la place', 'agenda', [
        on('2027-02-15'),
        seats(5),
      ]),
    ],
  ),
  c(
    'b141-ag-promo-entree-fin-places',
    ['promo', 'session', 'places'],
    [
      turn('la prochaine entree promo 1618 c quand ?', 'agenda', [on('2027-02-01')]),
      turn('et ca se finit quand', 'agenda', [[...on('2027-04-29'), ...PROMO_DURATION]]),
      turn('ya combien de places', 'agenda', [seats(10)]),
    ],
  ),
  c(
    'b141-ag-info-places-fevrier',
    ['places', 'relative-date'],
    [
      turn("c'est quoi info places ? ma collegue m'a dit de regarder", 'other', [
        both('temps réel', 'places disponibles'),
      ]),
      turn(
        'y a quoi comme formations qui demarrent en fevrier ?',
        'agenda',
        [['soudeur'], ['maçon'], ['propreté']],
        ['cariste', 'plaquiste', 'restauration', 'électricien', 'préparateur'],
      ),
      turn('le plaquiste y a de la place ?', 'agenda', [FULL]),
    ],
  ),
];

// ── Who to contact, who does what ─────────────────────────────────────────

const contacts: ConversationCase[] = [
  c(
    'b141-ct-interlocuteurs-et-prescripteurs',
    ['first-weeks', 'roles', 'silent', 'who', 'abbrev'],
    [
      turn('je connais personne a l afpa, c qui mon interlocuteur pour les dispositifs ?', 'contact', [
        AFPA_CONTACT,
      ]),
      turn('et eric vella il fait quoi lui', 'contact', [['directeur'], ['coordonnat', 'suivi']]),
      turn('et cote cd c qui le referent de l experimentation ?', 'contact', [
        [...NOT_SAID, 'désign', 'ne nomme pas', 'pas nommé'],
      ]),
      turn(
        'les assistantes sociales du cd peuvent prescrire aussi ou c que les referents rsa ?',
        'prescribe',
        [both('travailleurs sociaux', 'travailleur social', 'services compétents')],
      ),
      turn('et les conseillers FT ils passent par ou eux', 'prescribe', [
        [
          ...NOT_SAID,
          ...both(
            'conseiller en évolution professionnelle',
            'c.e.p',
            'conseillers de pôle emploi',
            'conseillers de france travail',
          ),
        ],
      ]),
    ],
  ),
  c(
    'b141-ct-assistante-afpa-roles',
    ['afpa-side', 'first-weeks', 'panda'],
    [
      turn('je suis nouvelle a l afpa, c nous qui donnons les acces panda aux referents du cd ?', 'contact', [
        HABILIT,
      ]),
      turn('on doit leur fournir quoi d autre comme docs', 'contact', [
        both('kit', 'flyer', 'argumentaire', 'liste des intervenants', 'liste des titres'),
      ]),
      turn('et les calendriers d entrees on les envoie a qui', 'contact', [
        ['conseil départemental', 'département', 'cd82'],
      ]),
      turn('on doit aussi aller a leurs reunions d equipe ?', 'other', [SEMESTER]),
    ],
  ),
  c(
    'b141-ct-panda-marche-pas',
    ['panda', 'silent'],
    [
      turn(
        'panda marche pas chez moi, j appelle qui',
        'contact',
        [[...AFPA_CONTACT, ...NOT_SAID]],
        INVENTED_CONTACT,
      ),
    ],
  ),
];

// ── Figures of the action plan ────────────────────────────────────────────

const figures: ConversationCase[] = [
  c(
    'b141-fig-objectifs-et-promo-national',
    ['targets', 'promo', 'national', 'silent'],
    [
      turn('on m a parle d objectifs chiffres dans l accord, c quoi ?', 'figures', [
        TARGET_PREPA,
        TARGET_PEC,
        TARGET_ASE,
      ]),
      turn('et on en est ou aujourd hui ?', 'figures', [[...NOT_AVAILABLE, ...NOT_SAID]]),
      turn('la promo 1618 au niveau national c pour combien de jeunes', 'figures', [
        ['35 000', '35000', '35 000', '35 000', '35.000'],
      ]),
      turn('et ils visent quoi comme resultat ?', 'figures', [['70 %', '70%', '70 %', '70 pour']]),
    ],
  ),
  c(
    'b141-fig-indicateurs-jpo-visites',
    ['indicators'],
    [
      turn('pour les jpo et les visites on compte quoi comme indicateur', 'figures', [
        ['nombre'],
        ['participant', 'allocataires', 'bénéficiaires'],
      ]),
    ],
  ),
  c(
    'b141-fig-prepa-entrees-par-volet',
    ['indicators', 'volet'],
    [turn('les entrees en prepa on les compte comment ? par volet ?', 'figures', [['volet 1'], ['volet 2']])],
  ),
  c(
    'b141-fig-qui-recoit-chaque-mois',
    ['frequency', 'abbrev'],
    [turn('les chiffres des dispositifs partent ou chaque mois ?', 'figures', [['dgefp', 'd.g.e.f.p']])],
  ),
];

// ── What the agreement does not cover ─────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c(
    'b141-oos-cej',
    ['abbrev', 'silent'],
    [
      turn(
        'CEJ c quoi ? c dans l accord ?',
        'out_of_scope',
        [[...NOT_SAID, ...both('contrat d’engagement jeune')]],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b141-oos-transport-rembourse',
    ['silent', 'money'],
    [
      turn(
        'l afpa rembourse l essence pour venir a la prepa ?',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, '€', 'par kilomètre', 'indemnité kilométrique'],
      ),
    ],
  ),
  c(
    'b141-oos-remuneration-et-rsa',
    ['silent', 'money', 'two-questions'],
    [
      turn(
        'elle est payee pendant la prepa ? et elle garde son rsa ?',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b141-oos-signer-contrat-pec',
    ['silent', 'abbrev'],
    [
      turn(
        'comment on fait signer un contrat pec a quelqu un ? c nous ou FT ?',
        'out_of_scope',
        [[...NOT_SAID, 'pôle emploi', 'france travail', 'cap emploi', 'mission locale']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b141-oos-hebergement',
    ['silent', 'housing'],
    [
      turn(
        'elle a plus de logement, l afpa peut l heberger pendant sa formation ?',
        'out_of_scope',
        [NOT_SAID],
        [...NO_BOUNCE, 'internat', '€'],
      ),
    ],
  ),
  c(
    'b141-oos-suspendre-rsa',
    ['silent', 'rsa-rules', 'no-show'],
    [
      turn(
        'si elle va pas a la prepa je peux faire suspendre son rsa ?',
        'out_of_scope',
        [NOT_SAID],
        [
          ...NO_BOUNCE,
          ...both('sera suspendu', 'est suspendu', 'suspension automatique', 'peut être suspendu'),
        ],
      ),
    ],
  ),
  c(
    'b141-oos-ase-autorite-parentale',
    ['silent', 'ase', 'promo'],
    [
      turn(
        'pour un jeune ase dont les parents ont plus l autorite parentale, c qui signe l autorisation pour la promo ?',
        'out_of_scope',
        [NOT_SAID],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b141-oos-bilan-de-competences',
    ['silent', 'confusion'],
    [
      turn(
        'l afpa fait des bilans de competences ? c pareil que le bilan individuel ?',
        'out_of_scope',
        [NOT_SAID],
        NO_BOUNCE,
      ),
    ],
  ),
];

// ── Abbreviations, tools and clauses ──────────────────────────────────────

const other: ConversationCase[] = [
  c(
    'b141-ot-sigles-premiere-semaine',
    ['abbrev', 'first-weeks', 'silent'],
    [
      turn('desolee question bete, BRSA ca veut dire quoi ?', 'other', [
        ['bénéficiaire', 'allocataire'],
        ['rsa', 'r.s.a', 'revenu de solidarité'],
      ]),
      turn('et ML, FT, CD ?', 'other', [
        ['mission locale', 'missions locales'],
        ['france travail', 'pôle emploi'],
        ['conseil départemental', 'département'],
      ]),
      turn('et PEC', 'other', [['parcours emploi compétences', 'parcours emploi-compétences']]),
      turn('siae ?', 'other', [
        both('insertion par l’activité économique', 'structure d’insertion', 'structures d’insertion'),
      ]),
      turn(
        'et TH ?',
        'out_of_scope',
        [[...NOT_SAID, 'travailleur handicapé', 'travailleurs handicapés']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b141-ot-tp-ccp-cqp',
    ['abbrev', 'silent'],
    [
      turn('tp ca veut dire quoi ? on me parle de tp cariste', 'other', [TITRE_PRO]),
      turn('et ccp ?', 'other', [
        ['certificat de compétences professionnel', 'certificats de compétences professionnel'],
      ]),
      turn('et un cqp c pareil ?', 'out_of_scope', [[...NOT_SAID, 'certificat de qualification']], NO_BOUNCE),
    ],
  ),
  c(
    'b141-ot-panda-cest-quoi',
    ['panda', 'abbrev'],
    [turn('panda c quoi ? tout le monde en parle ici', 'other', [both('traçabilité', 'tracé', 'trace')])],
  ),
  c(
    'b141-ot-accord-encore-valable',
    ['contract-dates', 'two-questions'],
    [
      turn(
        "l'accord il date de 2022, il est toujours valable ? et un des deux peut arreter quand il veut ?",
        'other',
        [[...TWO_YEARS, '2023'], ['avenant'], TWO_MONTHS],
        ['3 mois', 'trois mois'],
      ),
    ],
  ),
  c(
    'b141-ot-comite-de-pilotage',
    ['steering', 'two-questions'],
    [
      turn('le comite de pilotage de l accord il sert a quoi ? il se reunit souvent ?', 'other', [
        both('bilan', 'axes d’amélioration', 'plan d’action'),
        YEARLY,
      ]),
    ],
  ),
  c(
    'b141-ot-dossier-par-mail',
    ['rgpd'],
    [turn("j'ai le droit d'envoyer le dossier de la personne par mail a l'afpa ?", 'other', [RGPD])],
  ),
  c(
    'b141-ot-logos-flyer',
    ['communication'],
    [
      turn(
        'je fais un flyer pour presenter la prepa aux brsa de mon secteur, il faut mettre des logos ?',
        'other',
        [['logo'], ['état'], both('plan d’investissement', 'p.i.c', ' pic')],
      ),
    ],
  ),
  c(
    'b141-ot-presentation-equipe',
    ['communication', 'polite'],
    [
      turn("Est-ce que l'AFPA peut venir présenter les dispositifs à mon équipe de référents ?", 'other', [
        both(
          'communication spécifique',
          'collectifs de conseillers',
          'semestre',
          'en centre',
          'sur les territoires',
        ),
      ]),
    ],
  ),
];

export const HUNDRED_FORTY_FIRST_BLIND_SET: ConversationCase[] = [
  ...prescribe,
  ...dispositifs,
  ...eligibility,
  ...agenda,
  ...contacts,
  ...figures,
  ...outOfScope,
  ...other,
];
