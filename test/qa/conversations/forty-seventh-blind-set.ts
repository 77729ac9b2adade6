/**
 * Forty-seventh blind set: the référents insertion of the Caussade and Nègrepelisse sector
 * (Département de Tarn-et-Garonne), with a few AFPA Montauban staff, over a spring of real use.
 *
 * Who speaks: référents typing fast on a phone or a laptop between two appointments, often
 * with the person's story in the same message (age, RSA, ASE, France Travail registration,
 * PEC or CDDI contract, RQTH, level of French, already in training), then a follow-up that
 * only makes sense after the previous answer (« et à Caussade ? », « et pour sa sœur ? »,
 * « ça dure combien ? »). Proportions as observed: about a third eligibility, a quarter
 * agenda, a fifth programmes, the rest contacts, figures, prescribing, out of scope and
 * small talk.
 *
 * Written blind: only from the agreement (Département – AFPA 2022, its action plan and the
 * protocol of the three programmes) and from `agenda-fixture.ts` (today frozen at Monday
 * 11 January 2027, 9:00 Paris), without looking at how the bot works or at any other set.
 * Where the agreement is silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
function apos(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’'), x.replace(/’/g, "'")]))];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 a 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours max',
];
const VOLET1_DAYS = [
  '5 à 6 jours',
  '5 a 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  'cinq à six jours',
  '5 à 6 j',
];
const VOLET2_DAYS = [
  '4 à 8 jours',
  '4 a 8 jours',
  '4 et 8 jours',
  '4-8 jours',
  'quatre à huit jours',
  '4 à 8 j',
];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j '];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi a jeudi', 'lundi-jeudi', 'du lundi au jeudi'];
const REMOTE = ['distance', 'distanciel'];
const ON_SITE = ['présentiel', 'presentiel', 'sur place'];
const MONTAUBAN = ['Montauban'];
const RSA = ['RSA', 'R.S.A', 'allocataire'];
const FRANCE_TRAVAIL = ['France Travail', 'Pôle emploi', 'Pole emploi'];
const MISSION_LOCALE_CIO = ['mission locale', 'missions locales', 'CIO', 'C.I.O'];
const ASE = ['ASE', 'A.S.E', 'aide sociale à l', 'aide sociale a l'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'];
const FLE = [
  'français à visée professionnelle',
  'francais a visee professionnelle',
  'français langue étrangère',
  'francais langue etrangere',
  'FLE',
];

/** Registered at France Travail or not makes no difference for an RSA recipient. */
const REGISTERED_OR_NOT = apos(
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'sans etre inscrit',
  "pas besoin d'être inscrit",
  "pas besoin d'etre inscrit",
  "n'a pas besoin",
  'pas obligé',
  'pas obligatoire',
  'pas nécessaire',
  'pas necessaire',
);

/** The Promo 16/18 is for minors of 16 or 17. */
const MINORS_16_18 = [
  '16 à 18 ans',
  '16 a 18 ans',
  'entre 16 et 18',
  '16 et 17 ans',
  '16-17 ans',
  'mineur',
  'moins de 18 ans',
];
/** … who left school and are neither in training nor employed. */
const LEFT_SCHOOL = apos(
  'quitté',
  'quitte',
  'décroch',
  'decroch',
  'déscolaris',
  'descolaris',
  'plus scolaris',
  'pas en formation',
  'ni en formation',
  'sans formation',
  'ne sont pas en formation',
  "n'est pas en formation",
  "n'est plus",
  'ne travaill',
  'sans emploi',
  'ni en emploi',
);

const YES = apos(
  'oui',
  'éligible',
  'eligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'possible',
);
const NO = apos(
  'non',
  'pas éligible',
  'pas eligible',
  'inéligible',
  'ineligible',
  'ne peut pas',
  'pas possible',
  'réservé',
  'reserve',
  'ne correspond pas',
  "n'est pas",
);

/** The agreement does not settle it: say so, invent nothing. */
const SILENT = apos(
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'ne précise pas',
  'ne precise pas',
  'ne traite pas',
  'ne mentionne pas',
  'ne fixe pas',
  'ne règle pas',
  'ne regle pas',
  'ne couvre pas',
  'ne parle pas',
  'ne contient pas',
  'ne donne pas',
  'ne figure pas',
  'ne dispose pas',
  "n'indique pas",
  "n'aborde pas",
  "pas d'information",
  'aucune information',
  "je n'ai pas",
  'hors du champ',
  'hors champ',
  'hors de',
  'rien sur',
);
const OUT_OF_SCOPE = [
  ...SILENT,
  ...apos('je ne peux pas', 'ne relève pas', 'ne releve pas', 'pas de mon ressort'),
];
const NOTHING_THERE = apos('aucun', 'aucune', 'pas de ', "pas d'", 'rien', 'ne figure');
const FULL = [
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'plus aucune place',
  ...seats(0),
];
const NOT_YET = apos(
  'pas encore',
  'pas disponible',
  'pas de données',
  'pas de donnees',
  'aucune donnée',
  'aucune donnee',
  "je n'ai pas",
  'ne dispose pas',
  'pas de chiffre',
  'pas de décompte',
  'pas de suivi',
  'aucun chiffre',
);

// ── Eligibility ─────────────────────────────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c(
    'b47-elig-brsa-not-registered-cariste',
    ['prepa-competences', 'rambling'],
    [
      turn(
        'bjr, mr 52 ans BRSA depuis 2019, pas inscrit a FT, il parle de cariste mais il sait pas trop si c pour lui, je peux lui proposer prepa comp ?',
        'eligibility',
        [YES, REGISTERED_OR_NOT],
      ),
    ],
  ),
  c(
    'b47-elig-ase-17-then-sister-15',
    ['promo-16-18', 'follow-up', 'sibling'],
    [
      turn(
        'jeune ASE 17 ans, a arrete le lycee en novembre, rien depuis ni boulot ni formation. promo 1618 ok ?',
        'eligibility',
        [YES, [...ASE, ...LEFT_SCHOOL, ...MINORS_16_18]],
      ),
      turn('et pour sa soeur ? elle a 15 ans, elle aussi elle va plus au college', 'eligibility', [
        NO,
        ['16 ans', '16 à 18', '16 a 18', 'entre 16 et 18', 'trop jeune', 'moins de 16'],
      ]),
      turn('ok et pour lui ca dure combien ?', 'dispositif', [PROMO_DURATION]),
    ],
  ),
  c(
    'b47-elig-pec-mairie-negrepelisse',
    ['competences-pec', 'negrepelisse', 'follow-up'],
    [
      turn(
        "Mme en PEC (CDD a la mairie de Negrepelisse) depuis 1 mois, elle voudrait faire reconnaitre ce qu'elle fait, y a quelque chose ?",
        'eligibility',
        [
          ['Compétences PEC', 'competences PEC', 'Compétences P.E.C', 'competences P.E.C'],
          ['VAE', 'V.A.E', ...RSFP, 'CléA', 'clea'],
        ],
      ),
      turn("faut l'accord de son employeur ?", 'prescribe', [['employeur'], ['oui', 'accord']]),
    ],
  ),
  c(
    'b47-elig-cddi-siae-not-pec',
    ['competences-pec', 'siae', 'follow-up'],
    [
      turn(
        "monsieur en CDDI dans un chantier d'insertion (SIAE) vers caussade, c pas un PEC. competences pec possible qd meme ?",
        'eligibility',
        [
          NO,
          [
            'parcours emploi compétences',
            'parcours emploi competences',
            'contrat PEC',
            'en PEC',
            'signataire',
            'salarié en PEC',
            'salariés en PEC',
            'personnes en PEC',
          ],
        ],
      ),
      turn('alors on peut lui proposer quoi pour valoriser son experience ?', 'dispositif', [RSFP]),
    ],
  ),
  c(
    'b47-elig-19-not-minor',
    ['promo-16-18', 'age-bound'],
    [
      turn('jeune 19 ans sorti de l ase, decrocheur depuis 2 ans, promo 16 18 ?', 'eligibility', [
        NO,
        ['mineur', '16 à 18', '16 a 18', 'entre 16 et 18', 'moins de 18', '16 et 17'],
      ]),
    ],
  ),
  c(
    'b47-elig-must-register-ft-first',
    ['prepa-competences', 'france-travail'],
    [
      turn(
        "une dame au RSA pas inscrite a pole emploi, est ce qu'elle doit s'inscrire a FT avant de faire prepa comp ?",
        'eligibility',
        [REGISTERED_OR_NOT],
      ),
    ],
  ),
  c(
    'b47-elig-ft-only-no-rsa',
    ['prepa-competences', 'france-travail'],
    [
      turn(
        "mr pas au RSA, juste inscrit FT comme demandeur d'emploi, je peux le prescrire moi en prepa comp ?",
        'eligibility',
        [FRANCE_TRAVAIL, RSA],
      ),
    ],
  ),
  c(
    'b47-elig-rsa-rqth',
    ['prepa-competences', 'handicap'],
    [
      turn(
        'BRSA avec RQTH (TH reconnu en 2021), prepa comp ok ou faut passer par cap emploi ?',
        'eligibility',
        [YES, RSA],
      ),
    ],
  ),
  c(
    'b47-elig-primo-arrivante-a1',
    ['french-language', 'prepa-competences'],
    [
      turn(
        'elle parle tres peu francais, primo arrivante, niveau A1, au rsa depuis 6 mois. prepa comp ou y a autre chose de mieux ?',
        'eligibility',
        [FLE],
      ),
    ],
  ),
  c(
    'b47-elig-ase-16-still-at-school',
    ['promo-16-18', 'ase'],
    [
      turn(
        "jeune 16 ans confié a l'ASE, encore au lycee en 1ere mais ca se passe mal, il veut tout lacher. promo 16/18 ?",
        'eligibility',
        [NO, LEFT_SCHOOL],
      ),
    ],
  ),
  c(
    'b47-elig-17-not-ase-who-orients',
    ['promo-16-18', 'follow-up'],
    [
      turn(
        'gamin de 17 ans (pas ASE, sa mere est au rsa), il traine, pas de formation pas de boulot. il peut faire la promo ?',
        'eligibility',
        [YES, [...LEFT_SCHOOL, ...MINORS_16_18]],
      ),
      turn("c'est qui qui l'oriente, moi ?", 'prescribe', [MISSION_LOCALE_CIO]),
    ],
  ),
  c(
    'b47-elig-61-too-old',
    ['prepa-competences', 'age'],
    [
      turn('BRSA 61 ans trop vieux pour prepa comp ?', 'eligibility', [
        apos(
          'pas de limite',
          'aucune limite',
          'limite d',
          'ne fixe pas',
          'ne prévoit pas',
          'ne prevoit pas',
          "condition d'âge",
          "condition d'age",
          "pas d'âge",
          'quel que soit',
          'pas trop',
          'éligible',
          'eligible',
        ),
        RSA,
      ]),
    ],
  ),
  c(
    'b47-elig-pec-ending-in-two-weeks',
    ['competences-pec', 'timing'],
    [
      turn(
        'mr en PEC depuis 10 mois le contrat finit dans 2 semaines, encore temps pour competences pec ??',
        'eligibility',
        [
          apos(
            'premiers mois',
            'dès la signature',
            'des la signature',
            'durée du PEC',
            'duree du PEC',
            'durée du contrat',
            'duree du contrat',
            'pendant le PEC',
            'pendant le contrat',
            'début du contrat',
            'debut du contrat',
            'au long du',
            'réparti',
            'reparti',
          ),
        ],
      ),
    ],
  ),
  c(
    'b47-elig-already-in-training',
    ['prepa-competences', 'already-in-training'],
    [
      turn(
        "au rsa mais deja en formation soudeur a l'afpa depuis janvier, prepa comp en plus ca sert ?",
        'eligibility',
        [
          apos(
            'en amont',
            'avant l',
            'avant d',
            "l'entrée en formation",
            "l'entree en formation",
            'entrer en formation',
            'accès à la formation',
            'acces a la formation',
            'déjà en formation',
            'deja en formation',
          ),
        ],
      ),
    ],
  ),
  c(
    'b47-elig-couple-both-rsa',
    ['prepa-competences'],
    [
      turn(
        'couple au RSA tous les 2 (mr 38 madame 35), ils peuvent faire prepa comp en meme temps ou 1 seul par foyer ?',
        'eligibility',
        [[...YES, 'chacun', 'tous les deux', 'tous deux', 'les deux'], RSA],
      ),
    ],
  ),
  c(
    'b47-elig-vae-not-enough-experience',
    ['rsfp', 'vae'],
    [
      turn(
        "mme rsa veut faire une vae mais elle a pas les prerequis (pas assez d'experience), y a un truc intermediaire ?",
        'eligibility',
        [RSFP],
      ),
    ],
  ),
  c(
    'b47-elig-ase-apprentice-wants-to-quit',
    ['promo-16-18', 'ase'],
    [
      turn(
        'jeune ase 16 ans en apprentissage CAP boulanger, il veut arreter. promo possible ?',
        'eligibility',
        [LEFT_SCHOOL],
      ),
    ],
  ),
  c(
    'b47-elig-registered-global-accompaniment',
    ['prepa-competences', 'france-travail'],
    [
      turn(
        'BRSA inscrit FT en accompagnement global, prepa comp possible ou c que pour les non inscrits ??',
        'eligibility',
        [YES, REGISTERED_OR_NOT],
      ),
    ],
  ),
  c(
    'b47-elig-pec-not-rsa',
    ['competences-pec', 'france-travail'],
    [
      turn('salarie en PEC mais pas au RSA du tout. competences pec par nous ou pas ?', 'eligibility', [
        [...FRANCE_TRAVAIL, 'mission locale', 'Cap emploi', 'prescripteur du PEC'],
      ]),
    ],
  ),
  c(
    'b47-elig-clear-project-which-volet',
    ['prepa-competences', 'volet-2', 'follow-up'],
    [
      turn(
        'mr rsa 30 ans, il a un projet clair electricien, il veut juste etre sur de reussir son entree en formation : volet 1 ou 2 ?',
        'eligibility',
        [['volet 2', 'volet 2 ', 'sécuris', 'securis'], VOLET2_DAYS],
      ),
      turn(
        'et y a une entree quand ?',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
  c(
    'b47-elig-no-project-at-all',
    ['prepa-competences', 'volet-1'],
    [
      turn(
        'une dame au rsa, pas de projet du tout, rien, prêt pas compétences ça marche quand meme ?',
        'eligibility',
        [['volet 1', 'consolider', 'projet professionnel'], VOLET1_DAYS],
      ),
    ],
  ),
  c(
    'b47-elig-sick-leave',
    ['prepa-competences', 'silent'],
    [
      turn('brsa en arret maladie longue duree depuis 6 mois, prepa comp envisageable ?', 'eligibility', [
        SILENT,
      ]),
    ],
  ),
  c(
    'b47-elig-ase-caussade-foyer',
    ['promo-16-18', 'caussade', 'follow-up', 'two-questions'],
    [
      turn(
        "jeune 16 ans ase en foyer a caussade, il a arrete l'ecole l'an dernier et fait rien. ok pour la promo ? et c ou ?",
        'eligibility',
        [YES, MONTAUBAN],
      ),
      turn('il y a des places ?', 'agenda', [seats(10), on('2027-02-01')]),
      turn('il doit y aller tous les jours ?', 'dispositif', [MON_THU]),
    ],
  ),
  c(
    'b47-elig-clea-basic-skills',
    ['clea'],
    [
      turn("mme rsa pas le brevet, galere en calcul et a l'ecrit, le clea c pour elle ?", 'eligibility', [
        YES,
        ['compétences de base', 'competences de base', 'socle', 'savoirs de base'],
      ]),
    ],
  ),
  c(
    'b47-elig-three-kids-no-licence-caussade',
    ['prepa-competences', 'caussade', 'mobility', 'follow-up'],
    [
      turn(
        'dame 28 ans rsa 3 enfants pas de permis, elle habite caussade : prepa comp possible meme si elle peut pas aller a montauban tous les jours ?',
        'eligibility',
        [[...REMOTE, 'délocalis', 'delocalis']],
      ),
      turn('et la garde des enfants pendant ce temps qui s en occupe ?', 'dispositif', [
        [
          ...apos(
            'référent',
            'referent',
            "s'assure",
            'sécuris',
            'securis',
            'conditions matérielles',
            'conditions materielles',
          ),
          ...SILENT,
        ],
      ]),
    ],
  ),
  c(
    'b47-elig-leaving-prison',
    ['prepa-competences'],
    [
      turn('mr au rsa qui sort de detention le mois dernier, prepa comp possible ?', 'eligibility', [
        YES,
        RSA,
      ]),
    ],
  ),
  c(
    'b47-elig-pec-3-weeks-which-one',
    ['competences-pec', 'follow-up'],
    [
      turn(
        'BRSA en PEC dans une asso de negrepelisse depuis 3 semaines : prepa comp ou competences pec ??',
        'eligibility',
        [
          ['Compétences PEC', 'competences PEC', 'Compétences P.E.C', 'competences P.E.C'],
          apos('signature', 'premiers mois', 'durée du PEC', 'duree du PEC', 'VAE', 'valid', 'certification'),
        ],
      ),
      turn('ca lui prend combien de jours sur son temps de travail ?', 'dispositif', [PEC_DAYS]),
    ],
  ),
  c(
    'b47-elig-ase-17-half-then-brother-20',
    ['promo-16-18', 'sibling', 'follow-up'],
    [
      turn(
        'jeune ase 17 ans et demi, decrocheur depuis la rentree, il peut encore rentrer en promo 1618 ?',
        'eligibility',
        [YES],
      ),
      turn('et son frere il a 20 ans, pareil ?', 'eligibility', [
        NO,
        ['mineur', '16 à 18', '16 a 18', 'moins de 18', '16 et 17'],
      ]),
    ],
  ),
  c(
    'b47-elig-mna-17',
    ['promo-16-18', 'ase', 'french-language'],
    [
      turn(
        "jeune MNA confie a l'ase, 17 ans, pas scolarise depuis qu'il est arrive, parle un peu francais. promo 1618 envisageable ?",
        'eligibility',
        [YES, [...ASE, ...MINORS_16_18, ...LEFT_SCHOOL]],
      ),
    ],
  ),
  c(
    'b47-elig-siae-qualification-then-macon',
    ['siae', 'droit-commun', 'info-places', 'follow-up'],
    [
      turn(
        "BRSA en CDDI dans une SIAE a caussade, il a un projet de qualif en maconnerie. il peut entrer en formation a l'afpa (droit commun) ?",
        'eligibility',
        [YES, ['région', 'regional', 'financeurs publics', 'financeur public']],
      ),
      turn(
        'y a des places en macon ?',
        'agenda',
        [seats(3), on('2027-02-15')],
        ['plaquiste', 'soudeur', 'cariste'],
      ),
    ],
  ),
  c(
    'b47-elig-parents-refuse',
    ['promo-16-18', 'ase', 'parental-authorisation'],
    [
      turn(
        'jeune ase 16 ans descolarise, partant pour la promo 16 18 mais les parents veulent rien signer. ca bloque ?',
        'eligibility',
        [['autorisation']],
      ),
    ],
  ),
];

// ── Agenda ──────────────────────────────────────────────────────────────────

const AGENDA: ConversationCase[] = [
  c(
    'b47-agenda-info-coll-prepa-then-caussade',
    ['info-collective', 'caussade', 'follow-up'],
    [
      turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07')),
      turn('et a caussade ?', 'agenda', [[...NOTHING_THERE, ...on('2027-02-23')]], notOn('2027-01-07')),
    ],
  ),
  c(
    'b47-agenda-caussade-batiment',
    ['caussade', 'reunion-metier', 'follow-up'],
    [
      turn(
        "y a quoi sur caussade prochainement ? j'ai 2-3 personnes interessees par le batiment",
        'agenda',
        [on('2027-02-23'), ['bâtiment', 'batiment']],
        [...notOn('2027-01-14'), ...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
      turn("c'est ou exactement ?", 'agenda', [['salle des fêtes', 'salle des fetes']]),
    ],
  ),
  c(
    'b47-agenda-jpo-and-soudure',
    ['jpo', 'visite-plateau', 'two-questions'],
    [
      turn(
        'c quand la prochaine jpo ? et la visite du plateau soudure ?',
        'agenda',
        [on('2027-02-03'), on('2027-01-19')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b47-agenda-soudeur-places',
    ['info-places', 'negrepelisse'],
    [
      turn(
        "j'ai un monsieur a negrepelisse tres interesse par la soudure, des places en formation soudeur ?",
        'agenda',
        [seats(4), on('2027-02-01')],
        ['plaquiste', 'cariste', 'maçon'],
      ),
    ],
  ),
  c(
    'b47-agenda-logistique-cariste',
    ['reunion-metier', 'info-places', 'follow-up'],
    [
      turn('reunion metier logistique ?', 'agenda', [on('2027-01-26'), MONTAUBAN], notOn('2027-02-23')),
      turn(
        'il reste des places en cariste ?',
        'agenda',
        [seats(6), on('2027-01-27')],
        ['plaquiste', 'soudeur'],
      ),
      turn('ça dure combien ?', 'agenda', [
        [...on('2027-03-26'), '2 mois', 'deux mois', '8 semaines', 'huit semaines', '9 semaines'],
      ]),
    ],
  ),
  c(
    'b47-agenda-this-week',
    ['this-week'],
    [
      turn(
        "qu'est ce qu'il y a cette semaine a l'afpa ?",
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b47-agenda-next-week',
    ['next-week'],
    [
      turn(
        'quoi de prevu la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [
          ...notOn('2027-01-14'),
          ...notOn('2027-01-26'),
          ...notOn('2027-01-07'),
          ...notOn('2027-01-25'),
          ...notOn('2027-01-27'),
        ],
      ),
    ],
  ),
  c(
    'b47-agenda-plaquiste-full',
    ['info-places', 'full'],
    [turn('plaquiste il reste de la place ?', 'agenda', [FULL], ['soudeur', 'cariste', 'agent de propreté'])],
  ),
  c(
    'b47-agenda-restauration-caussade',
    ['info-places', 'caussade', 'two-questions'],
    [
      turn(
        'la formation agent de restau a caussade ca commence quand ? combien de places ?',
        'agenda',
        [on('2027-03-15'), seats(4)],
        ['plaquiste', 'soudeur', 'cariste'],
      ),
    ],
  ),
  c(
    'b47-agenda-info-coll-promo',
    ['info-collective', 'promo-16-18'],
    [
      turn(
        'info coll promo seize dix huit c quand ? je voudrais y envoyer un jeune et sa maman',
        'agenda',
        [on('2027-03-17'), MONTAUBAN],
        [...notOn('2027-01-14'), ...notOn('2027-02-09')],
      ),
    ],
  ),
  c(
    'b47-agenda-prepa-volet1-then-remote',
    ['entry-session', 'prepa-competences', 'follow-up'],
    [
      turn('prochaine entree prepa volet 1 ?', 'agenda', [on('2027-01-18'), MONTAUBAN], notOn('2027-01-25')),
      turn('il y en a a distance ?', 'agenda', [on('2027-02-08'), REMOTE], notOn('2027-01-25')),
    ],
  ),
  c(
    'b47-agenda-volet2-full-then-next',
    ['entry-session', 'prepa-competences', 'full', 'follow-up'],
    [
      turn("l'entree prepa volet 2 du 25 janvier il reste de la place ?", 'agenda', [FULL]),
      turn('la suivante ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin']]),
    ],
  ),
  c(
    'b47-agenda-negrepelisse-nothing',
    ['negrepelisse', 'nothing'],
    [turn('negrepelisse y a quelque chose de prevu ? info coll, jpo, nimporte', 'agenda', [NOTHING_THERE])],
  ),
  c(
    'b47-agenda-february-montauban-then-march',
    ['month', 'follow-up'],
    [
      turn(
        'en fevrier sur montauban il y a quoi comme evenements ?',
        'agenda',
        [on('2027-02-03'), on('2027-02-11')],
        [...notOn('2027-02-17'), ...notOn('2027-02-23'), ...notOn('2027-02-09')],
      ),
      turn(
        'et en mars ?',
        'agenda',
        [on('2027-03-10'), on('2027-03-17')],
        [...notOn('2027-03-04'), ...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b47-agenda-moissac-one-word',
    ['one-word', 'moissac'],
    [
      turn(
        'moissac ?',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        [...notOn('2027-02-23'), ...notOn('2027-01-14')],
      ),
    ],
  ),
];

// ── Programmes ─────────────────────────────────────────────────────────────

const DISPOSITIFS: ConversationCase[] = [
  c(
    'b47-dispo-prepa-short-then-remote',
    ['prepa-competences', 'follow-up'],
    [
      turn('prepa comp c koi en 2 mots', 'dispositif', [PREPA_DURATION]),
      turn('ca peut se faire a distance ?', 'dispositif', [REMOTE, ON_SITE]),
    ],
  ),
  c(
    'b47-dispo-volet1-vs-volet2',
    ['prepa-competences'],
    [turn('difference volet 1 volet 2 prepa comp', 'dispositif', [VOLET1_DAYS, VOLET2_DAYS])],
  ),
  c(
    'b47-dispo-promo-phases',
    ['promo-16-18'],
    [
      turn('les phases de la promo 16/18 ?', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['préparation de la suite', 'preparation de la suite', 'la suite'],
      ]),
    ],
  ),
  c(
    'b47-dispo-promo-follow-up-after',
    ['promo-16-18'],
    [
      turn('apres la promo y a un suivi du jeune ou il est lache dans la nature ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b47-dispo-rsfp',
    ['rsfp', 'one-word'],
    [
      turn('RSFP ?', 'dispositif', [
        ['VAE', 'V.A.E'],
        ['prérequis', 'prerequis', 'pré-requis', 'pre-requis'],
      ]),
    ],
  ),
  c(
    'b47-dispo-open-badges',
    ['open-badges'],
    [
      turn('open badges ?', 'dispositif', [
        apos(
          'soft skills',
          'compétences douces',
          'competences douces',
          'savoir-être',
          'savoir-etre',
          'savoir être',
          'transvers',
        ),
      ]),
    ],
  ),
  c(
    'b47-dispo-bilan-who-receives',
    ['prepa-competences', 'bilan'],
    [
      turn('le bilan de fin de prepa il arrive a qui ? moi ou FT ?', 'dispositif', [
        ['référent', 'referent', 'vous'],
        ['AFPA', 'A.F.P.A'],
      ]),
    ],
  ),
  c(
    'b47-dispo-vae-days-in-pec',
    ['competences-pec', 'vae'],
    [
      turn('la vae dans competences pec ca represente combien de jours pour la personne', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b47-dispo-clauses-sociales',
    ['siae', 'clauses-sociales'],
    [
      turn(
        "on a un chantier d'insertion qui demarre sur caussade avec clause sociale, l'afpa peut faire quoi la dessus ?",
        'dispositif',
        [['premiers gestes', 'gestes techniques', 'former', 'préparer', 'preparer']],
      ),
    ],
  ),
  c(
    'b47-dispo-prepa-where',
    ['prepa-competences', 'caussade'],
    [
      turn('prepa comp ca se fait que a montauban ou aussi vers caussade / negrepelisse ?', 'dispositif', [
        MONTAUBAN,
        [...REMOTE, 'délocalis', 'delocalis', 'ensemble du département', 'ensemble du departement'],
      ]),
    ],
  ),
  c(
    'b47-dispo-agreement-still-valid',
    ['agreement'],
    [
      turn('la convention elle est encore valable ? elle date de 2022 non', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['avenant'],
      ]),
    ],
  ),
  c(
    'b47-dispo-campaign-deadline',
    ['agreement', 'campaign'],
    [
      turn("la campagne c'etait jusqu'a quand deja pour les entrees ?", 'dispositif', [
        ['31 décembre 2022', '31 decembre 2022', '31/12/2022', '2022-12-31', '31 déc. 2022'],
      ]),
    ],
  ),
];

// ── Contacts ────────────────────────────────────────────────────────────────

const CONTACTS: ConversationCase[] = [
  c(
    'b47-contact-prepa-then-role',
    ['follow-up'],
    [
      turn("qui contacter a l'afpa pour la prepa comp ?", 'contact', [['Battedou', 'Vella']]),
      turn('elle fait quoi exactement ?', 'contact', [
        [
          'Responsable Accompagnement et Parcours',
          'responsable accompagnement',
          'déploiement',
          'deploiement',
        ],
      ]),
    ],
  ),
  c('b47-contact-director', [], [turn('c qui le directeur afpa montauban', 'contact', [['Vella']])]),
  c(
    'b47-contact-phone-number',
    ['silent'],
    [
      turn('numero de tel de fabienne battedou stp', 'contact', [
        [...SILENT, 'pas de numéro', 'pas de numero', 'coordonnées', 'coordonnees'],
      ]),
    ],
  ),
  c(
    'b47-contact-cd-referent',
    ['silent'],
    [
      turn("c'est qui le referent de l'experimentation cote departement ?", 'contact', [
        [...SILENT, 'désign', 'design', 'ne nomme pas', 'pas nommé', 'pas nomme'],
      ]),
    ],
  ),
];

// ── Figures ─────────────────────────────────────────────────────────────────

const FIGURES: ConversationCase[] = [
  c(
    'b47-figures-prepa-target-then-progress',
    ['prepa-competences', 'follow-up'],
    [
      turn('objectif 2022 prepa comp ?', 'figures', [
        [
          '30 allocataires',
          '30 bénéficiaires',
          '30 beneficiaires',
          '30 personnes',
          'trente',
          ': 30',
          'de 30',
          '30 BRSA',
          '30 RSA',
          '30 entrées',
        ],
      ]),
      turn('et on en est ou ?', 'figures', [[...NOT_YET, 'sur 30', '/ 30', '/30']]),
    ],
  ),
  c(
    'b47-figures-pec-target',
    ['competences-pec'],
    [
      turn('combien de PEC prevus dans la convention', 'figures', [
        [
          '50 allocataires',
          '50 bénéficiaires',
          '50 beneficiaires',
          '50 personnes',
          'cinquante',
          ': 50',
          'de 50',
          '50 BRSA',
          '50 RSA',
          '50 entrées',
        ],
      ]),
    ],
  ),
  c(
    'b47-figures-ase-promo-target',
    ['promo-16-18', 'ase'],
    [
      turn('objectif jeunes ase sur la promo ?', 'figures', [
        ['10 jeunes', '10 personnes', 'dix', ': 10', 'de 10', '10 ASE'],
      ]),
    ],
  ),
  c(
    'b47-figures-reporting',
    ['reporting', 'two-questions'],
    [
      turn('les chiffres ils partent ou ? DGEFP ? tous les combien ?', 'figures', [
        ['DGEFP', 'D.G.E.F.P'],
        ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ]),
    ],
  ),
];

// ── Prescribing ─────────────────────────────────────────────────────────────

const PRESCRIBE: ConversationCase[] = [
  c(
    'b47-prescribe-cost',
    ['prepa-competences'],
    [
      turn('faut payer qqch pour prescrire prepa comp ? le service a plus de budget', 'prescribe', [
        apos(
          'sans contrepartie',
          'gratuit',
          'aucun coût',
          'aucun cout',
          'pas de coût',
          'pas de cout',
          'rien à payer',
          'rien a payer',
          'sans frais',
          'pas payant',
          "l'État",
          "l'Etat",
        ),
      ]),
    ],
  ),
  c(
    'b47-prescribe-panda-who',
    ['panda'],
    [
      turn("c moi qui l'inscrit sur panda ou c l'afpa ?", 'prescribe', [
        ['vous', 'référent', 'referent'],
        ['PANDA', 'Panda'],
      ]),
    ],
  ),
  c(
    'b47-prescribe-panda-habilitation',
    ['panda'],
    [turn("j'ai pas acces a panda, qui m'habilite ?", 'prescribe', [['AFPA', 'A.F.P.A']])],
  ),
];

// ── Out of scope ────────────────────────────────────────────────────────────

const OUT: ConversationCase[] = [
  c(
    'b47-oos-paid-during-prepa',
    ['prepa-competences', 'silent'],
    [
      turn(
        "est ce qu'elle est remuneree pendant prepa comp ? elle a peur de perdre son rsa",
        'out_of_scope',
        [SILENT],
      ),
    ],
  ),
  c(
    'b47-oos-travel-costs',
    ['mobility', 'silent'],
    [turn('frais de deplacement caussade montauban rembourses ou pas ?', 'out_of_scope', [SILENT])],
  ),
  c('b47-oos-rsa-amount', [], [turn('montant rsa personne seule 2027 ?', 'out_of_scope', [OUT_OF_SCOPE])]),
  c(
    'b47-oos-caf-letter',
    [],
    [turn('tu peux me faire un courrier pour la caf pour un indu', 'out_of_scope', [OUT_OF_SCOPE])],
  ),
  c('b47-oos-weather', [], [turn('meteo caussade demain', 'out_of_scope', [OUT_OF_SCOPE])]),
];

// ── Small talk ──────────────────────────────────────────────────────────────

const OTHER: ConversationCase[] = [
  c(
    'b47-other-thanks',
    [],
    [
      turn('merci bcp !', 'other', [
        apos(
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'bonne journée',
          'bonne journee',
          'à votre service',
          "n'hésitez",
          "n'hesitez",
          'volontiers',
        ),
      ]),
    ],
  ),
  c(
    'b47-other-what-can-you-do',
    [],
    [turn('tu sais faire quoi ?', 'other', [['dispositif', 'agenda', 'prescri', 'éligib', 'eligib']])],
  ),
];

export const FORTY_SEVENTH_BLIND_SET: ConversationCase[] = [
  ...ELIGIBILITY,
  ...AGENDA,
  ...DISPOSITIFS,
  ...CONTACTS,
  ...FIGURES,
  ...PRESCRIBE,
  ...OUT,
  ...OTHER,
];
