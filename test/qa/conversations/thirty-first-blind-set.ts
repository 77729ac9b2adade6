import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/**
 * Thirty-first blind set: « A MONDAY MORNING OF CHECKS ».
 *
 * Monday 11 January 2027, first hours of the week. Référents insertion of the Département
 * (CD82) go through their RSA recipients, educators of the ASE through the young people in
 * care, and the AFPA coordinator in Montauban answers the calls of référents, missions
 * locales, Cap emploi. Each checks a person against the programmes of the agreement
 * (Prépa Compétences, Compétences PEC, La Promo 16/18, VAE / RSFP / CléA, Français à visée
 * professionnelle, formation de droit commun), then asks how it goes for that person (how
 * long, who registers, the employer's agreement, the report at the end), when the next entry
 * or information session is, and a few things the assistant does not do.
 *
 * Style: typed in Teams between two appointments: BRSA, ASE, PEC, 1618, prépa comp, FT, ML,
 * TH, CD; no accents, typos, very short or very long messages, numbers in letters, questions
 * without a question mark; follow-ups that change one fact, correct a mistake, ask another
 * programme for the same person or for a relative, hesitate.
 *
 * Written only from the agreement (seed), the product guide and `agenda-fixture.ts` (today
 * frozen at Monday 11 January 2027, Europe/Paris), without looking at the bot. The reason of
 * every « no » is expected as the agreement states it; where the agreement does not settle a
 * case, the rule (or a question back) is expected, never a verdict.
 */

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Programmes, by name ─────────────────────────────────────────────────────

const PREPA = ['prepa competences', 'prepa-competences', 'prepa comp'];
const COMP_PEC = [
  'competences pec',
  'competences p.e.c',
  'competences-pec',
  'competences – pec',
  'competences - pec',
];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618', 'la promo'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['clea'];
const FLE = [
  'francais a visee professionnelle',
  'visee professionnelle',
  'francais langue etrangere',
  ' fle',
  'f.l.e',
];

// ── Verdicts ────────────────────────────────────────────────────────────────

const YES = [
  'oui',
  'eligible',
  'peut beneficier',
  'peut en beneficier',
  'peut entrer',
  'peut integrer',
  'peut suivre',
  'peut faire',
  'peut etre oriente',
  'pouvez',
  'correspond',
  'possible',
  'releve',
  'rentre dans',
  'fait partie',
  'accessible',
];
const NO = [
  'non',
  'pas eligible',
  'ne peut pas',
  'pas possible',
  'ne releve pas',
  'ne correspond pas',
  'ne remplit pas',
  'pas accessible',
  'ne rentre pas',
  'exclu',
  'ne pourra pas',
  'impossible',
  'pas concerne',
];

/** A « yes » about Prépa Compétences must not say the person cannot do it. */
const NOT_PREPA_NO = [
  'pas eligible a prepa',
  'pas eligible au dispositif prepa',
  'ne peut pas beneficier de prepa',
  'ne peut pas faire prepa',
  'ne peut pas entrer en prepa',
  'ne peut pas suivre prepa',
];
const NOT_PROMO_NO = [
  'pas eligible a la promo',
  'ne peut pas integrer la promo',
  'ne peut pas faire la promo',
  'ne peut pas entrer dans la promo',
  'ne peut pas entrer sur la promo',
];
const NOT_PEC_NO = ['pas eligible a competences pec', 'ne peut pas beneficier de competences pec'];
/** A « no » must not say the opposite. */
const NOT_PROMO_YES = [
  'est eligible a la promo',
  'est bien eligible',
  'peut integrer la promo',
  'peut entrer dans la promo',
];
const NOT_PEC_YES = ['est eligible a competences pec', 'est bien eligible a competences pec'];

// ── Rules of the agreement, as reasons ──────────────────────────────────────

/** Prépa Compétences: RSA recipients, registered or not with Pôle emploi / France Travail. */
const RSA = [' rsa', 'rsa ', 'r.s.a', 'allocataire', 'brsa', '(rsa'];
const FT = ['france travail', 'pole emploi'];
/** Contradicts « inscrits ou non-inscrits à Pôle Emploi ». */
const NEEDS_FT = [
  'doit etre inscrit',
  'inscription obligatoire',
  'obligatoirement inscrit',
  'doit passer par france travail',
  'doit passer par pole emploi',
  'uniquement via france travail',
];
/** Compétences PEC: people who signed a Parcours Emploi Compétences contract. */
const IN_PEC = [
  'parcours emploi competences',
  'contrat pec',
  'en pec',
  'un pec',
  'du pec',
  'signataire',
  'salaries pec',
  'salarie pec',
  'contrat aide',
];
/** « mobilisable dès signature du contrat PEC ou dès les premiers mois », 5 days over the PEC. */
const PEC_TIMING = [
  'signature',
  'premiers mois',
  'duree du pec',
  'duree du contrat',
  'pendant le pec',
  'pendant le contrat',
  'en cours de pec',
  'repartis',
  '5 jours',
  'cinq jours',
];
/** La Promo 16/18: minors from 16. */
const PROMO_MIN_AGE = [
  '16 ans',
  '16 a 18 ans',
  '16 a 17',
  '16 et 17',
  '16-17',
  'moins de 16',
  'au moins 16',
  'partir de 16',
  'trop jeune',
  'seize ans',
];
const PROMO_WRONG_MIN_AGE = ['15 a 18', 'des 15 ans', 'partir de 15', '15-18'];
const MINOR = [
  'mineur',
  '16 et 17',
  '16-17',
  '16 a 17',
  'moins de 18',
  'avant 18',
  'avant ses 18',
  'pas encore 18',
  'majeur',
  'plus de 17',
];
const PROMO_WRONG_MAX_AGE = ['16 a 25', '18 a 25', 'moins de 26', '16 a 26'];
/** La Promo 16/18: left collège or lycée early, not in training, not working. */
const LEFT_SCHOOL = [
  'quitte',
  'decroch',
  'scolaris',
  'sorti',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'mission locale',
  ' cio',
  'c.i.o',
];
const NOT_IN_TRAINING_NOR_WORK = [
  'en formation',
  'apprenti',
  'travaill',
  'en emploi',
  'ni en formation',
  'pas en formation',
  'contrat',
];
const PARENTAL = ['parental', 'autorisation', 'accord des parents'];
/** Formation de droit commun (2.1.2): programmes of the public funders, notably the Région. */
const DROIT_COMMUN = [
  'conseil regional',
  'region',
  'financeurs publics',
  'droit commun',
  'programmes de formation',
];

// ── How the programmes go ───────────────────────────────────────────────────

const PREPA_DAYS = [
  '2 a 8 jours',
  '2 et 8 jours',
  'deux a huit',
  '2 a 8 j',
  '2-8 jours',
  'entre 2 et 8',
  '5 a 6 jours',
  '5 ou 6 jours',
  '5-6 jours',
  '4 a 8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET_1 = ['volet 1', 'consolider', 'consolidation'];
const VOLET_2 = ['volet 2', 'securiser', 'securisation'];
const VOLET_2_DAYS = ['4 a 8 jours', '4 et 8 jours', 'quatre a huit', '4-8 jours', '4 a 8 j'];
const REMOTE = ['distance', 'distanciel'];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois', '4 mois', 'quatre mois'];
const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi-jeudi', 'du lundi', 'lundi a jeudi'];
const EMPLOYER = ['employeur'];
const EMPLOYER_AGREES = ['accord', 'recueill', 'informe', 'consent'];
const PANDA = ['panda'];
const REFERENT_REGISTERS = [
  'referent',
  'travailleur social',
  'travailleurs sociaux',
  'conseiller',
  'prescripteur',
];
const REPORT = ['bilan'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun cout',
  'pas de cout',
  'ne coute',
  'finance par l',
  'financement',
  ' pic',
  '(pic',
  'p.i.c',
  'plan d investissement',
];
const ML_CIO = ['mission locale', 'missions locales', ' cio', 'c.i.o'];
const RSFP_USE = ['passeport', 'employabilite', 'evolution', 'valoris', 'transfert', 'reconna'];

// ── Agenda, contacts, figures, the rest ─────────────────────────────────────

const FULL = [
  'complet',
  'plus de place',
  'aucune place',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'pas de place',
  'zero place',
  'plus aucune',
];
const MONTAUBAN = ['montauban'];
const BATTEDOU = ['battedou'];
const AFPA_CONTACTS = ['battedou', 'vella'];
const CD_CONTACT = ['referent', 'weill'];
const PRESCRIBE = ['prescri', 'formulaire'];
const OUT_OF_SCOPE = [
  'ne peux pas',
  'pas en mesure',
  'hors de mon',
  'hors du',
  'hors champ',
  'hors perimetre',
  'pas de mon ressort',
  'ne traite pas',
  'ne gere pas',
  'ne couvre pas',
  'pas dans mon',
  'ne suis pas',
  'je reponds',
  'je peux vous renseigner',
  'je peux vous aider',
  'uniquement',
  'seulement',
  'ne dispose pas',
  'pas acces',
  'aucune information',
  'je ne sais pas',
  'pas prevu',
  'ne concerne pas',
];

export const THIRTY_FIRST_BLIND_SET: ConversationCase[] = [
  // ── Référents insertion: RSA recipients ───────────────────────────────────
  c(
    'b31-brsa-non-inscrite-aide-domicile',
    ['rsa', 'prepa', 'prescribe-flow'],
    [
      t(
        "bjr, j'ai une BRSA de 45 ans, pas inscrite a FT, elle voudrait bosser dans l'aide a domicile mais le projet est pas du tout cale. prepa comp c'est possible pour elle",
        'eligibility',
        [PREPA, YES],
        [...NEEDS_FT, ...NOT_PREPA_NO],
      ),
      t('et ca dure combien de temps', 'dispositif', [PREPA_DAYS, TWO_WEEKS], ['13 semaines']),
      t('ok top je lui en parle jeudi et je la prescris', 'prescribe', [PRESCRIBE]),
    ],
  ),
  c(
    'b31-brsa-soudeur-volet-2',
    ['rsa', 'prepa', 'volet'],
    [
      t(
        "Mr B, allocataire rsa, inscrit a france travail depuis 2 ans. il a deja son projet : formation soudeur a l'afpa. mais il a peur de pas tenir le rythme. prepa competence ca peut l'aider ?",
        'eligibility',
        [PREPA, YES],
        NOT_PREPA_NO,
      ),
      t("du coup c'est quel volet pour lui et ca fait combien de jours", 'dispositif', [
        VOLET_2,
        VOLET_2_DAYS,
      ]),
      t(
        'la prochaine entree volet 2 il reste de la place ?',
        'agenda',
        [FULL, on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08')],
      ),
    ],
  ),
  c(
    'b31-brsa-cdi-traiteur',
    ['rsa', 'pec', 'verdict-no', 'other-programme'],
    [
      t(
        'une brsa vient de signer un cdi a mi temps chez un traiteur. elle peut faire competences pec pour faire reconnaitre son experience ?',
        'eligibility',
        [NO, IN_PEC],
        NOT_PEC_YES,
      ),
      t('et une vae tout court alors', 'eligibility', [VAE, ['titre', 'possible']]),
    ],
  ),
  c(
    'b31-brsa-pec-espaces-verts',
    ['rsa', 'pec'],
    [
      t(
        'salut. allocataire rsa en PEC depuis deux mois aux espaces verts de la mairie de negrepelisse. comp pec c pour lui ?',
        'eligibility',
        [COMP_PEC, YES],
        NOT_PEC_NO,
      ),
      t(
        "faut l'accord de son employeur ?",
        'dispositif',
        [EMPLOYER, EMPLOYER_AGREES],
        ['pas besoin', 'pas necessaire'],
      ),
      t('et a la fin il a quoi, il a aucun diplome', 'dispositif', [VAE, RSFP, CLEA]),
    ],
  ),
  c(
    'b31-correction-pec-en-cdd',
    ['rsa', 'pec', 'correction', 'verdict-no'],
    [
      t(
        "Mme D. BRSA, en PEC a l'ehpad depuis octobre, je peux l'orienter vers competences PEC",
        'eligibility',
        [COMP_PEC, YES],
        NOT_PEC_NO,
      ),
      t(
        "ah non pardon je me suis trompee de dossier, c'est un CDD classique, pas un PEC. du coup ?",
        'eligibility',
        [NO, IN_PEC],
        NOT_PEC_YES,
      ),
    ],
  ),
  c(
    'b31-brsa-logistique-et-son-fils',
    ['rsa', 'prepa', 'promo', 'relative'],
    [
      t(
        'BRSA 41 ans non inscrite FT sans diplome, elle veut se former en logistique (cariste). prepa comp ?',
        'eligibility',
        [PREPA, YES],
        [...NEEDS_FT, ...NOT_PREPA_NO],
      ),
      t(
        "et son fils de 17 ans qui a arrete le lycee l'an dernier et qui fait rien de ses journees, il y a qqch pour lui",
        'eligibility',
        [PROMO],
      ),
      t(
        'pour la maman, y a une reunion sur les metiers de la logistique bientot',
        'agenda',
        [on('2027-01-26')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b31-aci-macon-sans-diplome',
    ['siae', 'rsfp'],
    [
      t(
        "salarie en ACI (chantier d'insertion), 50 ans, 10 ans de maconnerie mais zero diplome et pas les prerequis pour une VAE. y a un truc ?",
        'eligibility',
        [RSFP],
      ),
      t('ca lui sert a quoi concretement', 'dispositif', [RSFP_USE]),
    ],
  ),
  c(
    'b31-brsa-primo-arrivant',
    ['rsa', 'fle'],
    [
      t(
        "Monsieur arrive d'afghanistan, brsa, parle tres peu francais, il voudrait travailler dans le batiment. l'afpa a qqch pour lui",
        'eligibility',
        [FLE],
      ),
    ],
  ),
  c(
    'b31-brsa-bases-hesitation',
    ['rsa', 'clea', 'hesitation'],
    [
      t(
        "euh je sais pas trop... dame au rsa qui maitrise mal les bases (lire, ecrire, compter, un peu l'ordi). prepa comp ? clea ? rien ?",
        'eligibility',
        [CLEA],
      ),
    ],
  ),
  c(
    'b31-pec-fin-proche',
    ['rsa', 'pec', 'unsettled'],
    [
      t("il reste 1 mois de PEC a mon BRSA, c'est trop tard pour competences pec", 'eligibility', [
        PEC_TIMING,
      ]),
    ],
  ),
  c(
    'b31-brsa-rqth',
    ['rsa', 'prepa', 'unsettled'],
    [
      t('BRSA avec RQTH (TH), suivie juste par moi pas par cap emploi. prepa comp ok', 'eligibility', [
        PREPA,
        RSA,
      ]),
    ],
  ),
  c(
    'b31-are-pas-rsa',
    ['prepa', 'not-rsa'],
    [
      t(
        "Mme K. n'est pas au rsa (elle touche l'ARE), inscrite FT, je la suis en accompagnement social. je peux la mettre sur prepa comp ?",
        'eligibility',
        [RSA, FT],
      ),
    ],
  ),
  c(
    'b31-couple-rsa',
    ['rsa', 'prepa', 'pec', 'relative'],
    [
      t(
        "couple au rsa. monsieur en PEC agent d'entretien au college depuis novembre, madame sans emploi pas inscrite FT. lui comp PEC et elle prepa comp, ca marche ?",
        'eligibility',
        [COMP_PEC, PREPA, YES],
        [...NEEDS_FT, ...NOT_PREPA_NO, ...NOT_PEC_NO],
      ),
      t('ils ont pas de voiture, ca peut se faire a distance', 'dispositif', [REMOTE]),
    ],
  ),
  c(
    'b31-brsa-quel-volet',
    ['rsa', 'prepa', 'volet', 'hesitation'],
    [
      t(
        'brsa 29 ans, hesite entre aide-soignante et auxiliaire de puericulture, rien de cale. prepa comp oui mais quel volet ?',
        'eligibility',
        [VOLET_1],
      ),
    ],
  ),
  c(
    'b31-brsa-pec-cuisine-vae',
    ['rsa', 'pec', 'vae'],
    [
      t(
        "BRSA en PEC aide cuisinier depuis 4 mois, il voudrait passer un titre pro. une vae via competences pec c'est possible ?",
        'eligibility',
        [YES, VAE],
        NOT_PEC_NO,
      ),
      t("et moi j'ai un retour a la fin ?", 'dispositif', [REPORT]),
    ],
  ),
  c(
    'b31-siae-qualif-logistique',
    ['siae', 'droit-commun'],
    [
      t(
        'salariee SIAE (AI), projet de qualif en logistique bien avance. elle peut acceder aux formations afpa ?',
        'eligibility',
        [DROIT_COMMUN],
      ),
      t(
        'y a des places en cariste en ce moment',
        'agenda',
        [seats(6)],
        ['plaquiste', 'soudeur', 'macon', 'electricien', 'propret', 'restauration'],
      ),
    ],
  ),
  c(
    'b31-famille-m-long-message',
    ['rsa', 'pec', 'promo', 'relative', 'long'],
    [
      t(
        "Bonjour, je reviens vers vous pour la situation de la famille M. que je suis depuis 2024. Madame est allocataire du RSA, elle a signé un PEC il y a trois semaines comme agent d'accueil à la médiathèque de Caussade, ça se passe bien et l'employeur est plutôt partant pour qu'elle se forme, il me l'a dit au téléphone vendredi. Son fils aîné a 19 ans et travaille en intérim à la plateforme logistique, la petite dernière a 14 ans et est au collège à Caussade, avec des difficultés mais elle y va. Madame n'a aucun diplôme, elle a travaillé longtemps dans la restauration sans être déclarée. Ma question c'est pour Madame : Compétences PEC, c'est jouable dans sa situation ?",
        'eligibility',
        [COMP_PEC, YES],
        NOT_PEC_NO,
      ),
      t(
        'et la petite de 14 ans, si elle decroche, la promo 1618 ca serait pour elle',
        'eligibility',
        [PROMO_MIN_AGE],
        PROMO_WRONG_MIN_AGE,
      ),
    ],
  ),
  c(
    'b31-brsa-moissac-sans-voiture',
    ['rsa', 'prepa'],
    [
      t(
        'BRSA sur moissac, 37 ans, veut changer de metier mais sait pas vers quoi. prepa comp ?',
        'eligibility',
        [PREPA, YES],
        NOT_PREPA_NO,
      ),
      t('elle a pas de voiture, il y a une entree a moissac ou a distance', 'agenda', [
        [...on('2027-03-08'), ...on('2027-02-08')],
      ]),
    ],
  ),
  c(
    'b31-brsa-sans-emploi-pec-puis-prepa',
    ['rsa', 'pec', 'prepa', 'verdict-no', 'other-programme'],
    [
      t(
        'BRSA non inscrite FT, sans emploi depuis 3 ans. competences pec pour elle ?',
        'eligibility',
        [NO, IN_PEC],
        NOT_PEC_YES,
      ),
      t('ok et prepa comp alors', 'eligibility', [PREPA, YES], [...NEEDS_FT, ...NOT_PREPA_NO]),
    ],
  ),
  c(
    'b31-brsa-cariste-contact',
    ['rsa', 'prepa'],
    [
      t(
        'BRSA 52 ans, ex-magasinier, veut refaire une formation cariste, non inscrit FT. prepa comp ok ?',
        'eligibility',
        [PREPA, YES],
        [...NEEDS_FT, ...NOT_PREPA_NO],
      ),
      t("qui j'appelle a l'afpa pour en parler", 'contact', [AFPA_CONTACTS]),
    ],
  ),
  c(
    'b31-brsa-58-ans',
    ['rsa', 'prepa', 'age'],
    [
      t(
        "BRSA 58 ans, jamais travaille en france, pas inscrit FT. prepa ou c'est fichu a son age",
        'eligibility',
        [PREPA, YES],
        [...NEEDS_FT, ...NOT_PREPA_NO],
      ),
    ],
  ),
  c(
    'b31-brsa-court',
    ['rsa', 'prepa', 'short'],
    [
      t(
        'brsa 33a pas de diplome veut une formation qualifiante. prepa ?',
        'eligibility',
        [PREPA, YES],
        NOT_PREPA_NO,
      ),
    ],
  ),
  c(
    'b31-cout-cd',
    ['prepa', 'cost'],
    [t('ca coute quoi au CD une prepa comp pour un brsa ?', 'dispositif', [FREE])],
  ),

  // ── Educators of the ASE: young people in care ────────────────────────────
  c(
    'b31-ase-dix-sept-descolarise',
    ['ase', 'promo', 'letters'],
    [
      t(
        'Bonjour, educatrice ASE. J accompagne un jeune de dix-sept ans confie au service, plus scolarise depuis la rentree, il ne travaille pas. La Promo 16/18 est envisageable pour lui ?',
        'eligibility',
        [PROMO, YES],
        NOT_PROMO_NO,
      ),
      t("ca dure combien et c'est tous les jours ?", 'dispositif', [PROMO_LENGTH, MONDAY_THURSDAY]),
      t("il faut l'accord des parents ? il est place, c'est complique avec eux", 'dispositif', [PARENTAL]),
    ],
  ),
  c(
    'b31-ase-quinze-ans-exclu',
    ['ase', 'promo', 'age', 'verdict-no', 'change-fact'],
    [
      t(
        'jeune ASE quinze ans, exclu du college en novembre et rien depuis. 1618 ?',
        'eligibility',
        [NO, PROMO_MIN_AGE],
        PROMO_WRONG_MIN_AGE,
      ),
      t(
        'il a 16 ans en septembre, ca sera bon a ce moment la ?',
        'eligibility',
        [
          ['oui', 'pourra', 'possible', 'eligible'],
          ['scolaris', 'formation', 'travaill', 'emploi', 'decroch', 'quitte'],
        ],
        PROMO_WRONG_MIN_AGE,
      ),
    ],
  ),
  c(
    'b31-ase-jeune-majeur',
    ['ase', 'promo', 'prepa', 'age', 'verdict-no', 'other-programme'],
    [
      t(
        'jeune majeur ASE (contrat jeune majeur), 18 ans depuis decembre, decroche. promo 16 18 ?',
        'eligibility',
        [NO, MINOR],
        [...NOT_PROMO_YES, ...PROMO_WRONG_MAX_AGE],
      ),
      t('et prepa comp alors ?', 'eligibility', [PREPA, RSA]),
    ],
  ),
  c(
    'b31-ase-apprenti-boulanger',
    ['ase', 'promo', 'verdict-no'],
    [
      t(
        'educ ASE. gamin 16 ans en apprentissage CAP boulanger depuis septembre, ca se passe mal. il peut faire la promo 1618 ??',
        'eligibility',
        [[...NO, 'tant qu', 'rupture'], NOT_IN_TRAINING_NOR_WORK],
        NOT_PROMO_YES,
      ),
    ],
  ),
  c(
    'b31-ase-seconde-pro-absente',
    ['ase', 'promo', 'unsettled', 'hesitation'],
    [
      t(
        'jeune de 16 ans ASE toujours inscrite en seconde pro mais elle y va quasi plus. promo 16-18 possible',
        'eligibility',
        [LEFT_SCHOOL],
      ),
    ],
  ),
  c(
    'b31-ase-presque-dix-huit',
    ['ase', 'promo', 'age', 'unsettled'],
    [
      t(
        "ASE, jeune de 17 ans et 10 mois, decroche depuis l'ete. il aura 18 ans pendant la promo, ca passe quand meme ?",
        'eligibility',
        [[...MINOR, '16 a 18', '18 ans', 'date d', 'a l entree']],
      ),
    ],
  ),
  c(
    'b31-ase-parents-contre',
    ['ase', 'promo', 'unsettled'],
    [
      t(
        'ASE 16 ans, retour en famille prevu, decrocheur. les parents veulent pas entendre parler de la promo 1618. on peut quand meme',
        'eligibility',
        [PARENTAL],
      ),
    ],
  ),
  c(
    'b31-ase-mna-dix-sept',
    ['ase', 'promo', 'fle'],
    [
      t(
        "MNA de 17 ans confie a l'ASE, arrive il y a 6 mois, parle peu francais, pas scolarise. promo 1618 ou plutot le FLE ?",
        'eligibility',
        [PROMO, FLE],
      ),
    ],
  ),
  c(
    'b31-ase-decrocheuse-courte',
    ['ase', 'promo', 'short'],
    [t('ASE 16a decrocheuse depuis juin, fait rien. 1618 ?', 'eligibility', [PROMO, YES], NOT_PROMO_NO)],
  ),
  c(
    'b31-ase-qui-oriente',
    ['ase', 'promo'],
    [t("ado 16 ans ASE decroche : c'est moi qui l'oriente sur la 1618 ou la ML ?", 'dispositif', [ML_CIO])],
  ),
  c(
    'b31-ase-prescrire-promo',
    ['ase', 'promo'],
    [t('je veux prescrire la promo 1618 pour un jeune ASE de seize ans', 'prescribe', [PRESCRIBE, PROMO])],
  ),

  // ── The AFPA coordinator takes calls ──────────────────────────────────────
  c(
    'b31-afpa-ml-jeune-fille',
    ['afpa', 'promo', 'ml'],
    [
      t(
        "coordo afpa ici, j'ai la ML de castelsarrasin au tel : jeune fille 16 ans, pas ASE, sortie du lycee en octobre, sans emploi ni formation. elle peut rentrer sur la 1618 ?",
        'eligibility',
        [PROMO, YES],
        [...NOT_PROMO_NO, 'doit etre confie', 'reserve aux jeunes ase', 'uniquement aux jeunes ase'],
      ),
      t(
        "ok et la prochaine entree c'est quand",
        'agenda',
        [on('2027-02-01')],
        [...notOn('2027-01-18'), ...notOn('2027-01-20')],
      ),
    ],
  ),
  c(
    'b31-afpa-educ-seize-ans-et-demi',
    ['afpa', 'ase', 'promo', 'panda'],
    [
      t(
        "une educ de l'ASE m'appelle pour un jeune de 16 ans et demi, decrocheur depuis deux mois, aucune activite. c'est ok pour la promo ?",
        'eligibility',
        [PROMO, YES],
        NOT_PROMO_NO,
      ),
      t("et c'est l'educ qui l'inscrit sur panda ou c'est nous", 'dispositif', [PANDA, REFERENT_REGISTERS]),
    ],
  ),
  c(
    'b31-afpa-cap-emploi-pec',
    ['afpa', 'pec', 'not-rsa'],
    [
      t('conseiller cap emploi au tel : salarie en PEC, TH, pas au rsa. comp pec possible ?', 'eligibility', [
        YES,
        [...IN_PEC, ...FT, 'cap emploi'],
      ]),
    ],
  ),
  c(
    'b31-afpa-referent-cd-proprete',
    ['afpa', 'rsa', 'prepa'],
    [
      t(
        "un referent du CD m'appelle : BRSA inscrite FT depuis 2 ans, peu qualifiee, veut entrer en formation agent de proprete. prepa comp ou elle doit passer par FT ?",
        'eligibility',
        [PREPA, YES],
        [...NEEDS_FT, ...NOT_PREPA_NO],
      ),
      t(
        'et il reste des places en agent de proprete',
        'agenda',
        [seats(7), ['moissac']],
        ['plaquiste', 'soudeur', 'cariste'],
      ),
    ],
  ),
  c(
    'b31-afpa-interlocuteur-cd',
    ['afpa'],
    [
      t("je suis a l'afpa, c'est qui mon interlocuteur au departement pour les dispositifs", 'contact', [
        CD_CONTACT,
      ]),
    ],
  ),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c(
    'b31-agenda-info-coll-semaine',
    ['prepa'],
    [
      t(
        'info coll prepa comp cette semaine ?',
        'agenda',
        [on('2027-01-14'), MONTAUBAN],
        [...notOn('2027-01-07'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b31-agenda-jpo-ratee',
    ['jpo'],
    [
      t(
        "j'ai loupe la jpo de jeudi dernier, c'est quand la prochaine",
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b31-agenda-soudure',
    ['visite', 'places'],
    [
      t('il y a une visite du plateau soudure bientot', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      t(
        'et niveau places dans la formation soudeur',
        'agenda',
        [seats(4)],
        ['plaquiste', 'cariste', 'electricien', 'macon', 'restauration'],
      ),
    ],
  ),
  c(
    'b31-agenda-plaquiste',
    ['places'],
    [t('plaquiste reste de la place ?', 'agenda', [FULL], ['soudeur', 'cariste', 'restauration', 'propret'])],
  ),
  c(
    'b31-agenda-entree-pec',
    ['pec'],
    [
      t(
        'prochaine entree comp pec atelier 2, combien de places',
        'agenda',
        [on('2027-01-20'), seats(4)],
        notOn('2027-01-18'),
      ),
    ],
  ),
  c(
    'b31-agenda-reunion-batiment',
    ['reunion-metier'],
    [t('reunion metier batiment c quand', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26'))],
  ),

  // ── Contacts, figures, out of scope ───────────────────────────────────────
  c(
    'b31-contact-rap',
    [],
    [t("c qui la responsable accompagnement et parcours a l'afpa montauban", 'contact', [BATTEDOU])],
  ),
  c(
    'b31-figures-objectifs',
    ['objectifs'],
    [
      t("c'est quoi l'objectif de BRSA en comp PEC ?", 'figures', [['50']]),
      t('et en prepa comp', 'figures', [['30']]),
    ],
  ),
  c(
    'b31-oos-caf',
    [],
    [t('tu peux regarder si la CAF a repris le versement du rsa de mme D ?', 'out_of_scope', [OUT_OF_SCOPE])],
  ),
  c(
    'b31-oos-montant-rsa',
    [],
    [
      t(
        "le montant du rsa pour une personne seule c'est combien en ce moment",
        'out_of_scope',
        [OUT_OF_SCOPE],
        ['€'],
      ),
    ],
  ),
  c(
    'b31-oos-fjt',
    ['ase'],
    [
      t('tu connais un FJT qui a de la place a Montauban pour un jeune ASE de 18 ans ?', 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),
  c(
    'b31-oos-rapport-juge',
    ['ase'],
    [
      t('tu peux me rediger le rapport pour le juge des enfants sur un de mes jeunes', 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),
];
