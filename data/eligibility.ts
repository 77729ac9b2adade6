import { z } from 'zod';
import { dayAfter, frenchDay, isIsoDay, parisDay } from './dates.js';
import { keepAtMost, lowerFirst } from './text.js';

/**
 * Can a Département référent prescribe this programme, under this partnership, for
 * this person? One pure function, `checkEligibility`, used by the form, the guided
 * conversation and the free-text check alike. Every reason names the article of
 * the agreement it comes from (art. 2.1.3, 2.1.4, protocol §§ 2, 5, 8).
 */

export const PROGRAMMES = ['prepa-competences', 'competences-pec', 'promo-16-18'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const VERDICTS = ['eligible', 'closed', 'other_prescriber', 'not_eligible', 'to_check'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ProfileSchema = z
  .object({
    /** Whole years at the intended entry. */
    age: z.number().int('l’âge doit être un nombre entier d’années').min(0).max(120).optional(),
    /** « elle est majeure », « mineur ASE »: which side of 18 when the age itself is not told; the age, once told, says more. */
    adult: z.boolean().optional(),
    rsa: z.boolean().optional(),
    accompaniedByDepartment: z.boolean().optional(),
    registeredJobseeker: z.boolean().optional(),
    pecContract: z.boolean().optional(),
    ase: z.boolean().optional(),
    inEducation: z.boolean().optional(),
    inTraining: z.boolean().optional(),
    /** Employed outside a PEC. */
    employed: z.boolean().optional(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileField = keyof Profile;
export const PROFILE_FIELDS = Object.keys(ProfileSchema.shape) as ProfileField[];

export const CampaignSchema = z
  .object({
    /** The year the campaign is named after (« Campagne 2022 »). */
    year: z.number().int().min(2000).max(2100).optional(),
    entryDeadline: z.string().refine(isIsoDay, 'date AAAA-MM-JJ attendue'),
    completionDeadline: z.string().refine(isIsoDay, 'date AAAA-MM-JJ attendue'),
  })
  .strict()
  .refine((c) => c.completionDeadline >= c.entryDeadline, {
    message: 'la fin des parcours ne peut pas précéder la dernière date d’entrée',
    path: ['completionDeadline'],
  });
export type Campaign = z.infer<typeof CampaignSchema>;

/**
 * The campaign of the 2022 agreement (protocol § 8), the documented example. The running
 * bot passes the campaign from its configuration, which an admin updates after an avenant.
 */
export const AGREEMENT_2022_CAMPAIGN: Campaign = {
  year: 2022,
  entryDeadline: '2022-12-31',
  completionDeadline: '2023-04-30',
};

const OptionsSchema = z
  .object({
    today: z.union([z.date(), z.string().refine(isIsoDay, 'date AAAA-MM-JJ attendue')]).optional(),
    campaign: CampaignSchema.optional(),
  })
  .strict();
export type EligibilityOptions = z.input<typeof OptionsSchema>;

export type Reason = { text: string; source: string };
export type EligibilityResult = {
  dispositif: Programme;
  verdict: Verdict;
  reasons: Reason[];
  nextStep: string;
};

export class EligibilityInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Profil invalide : ${problems.join(' ; ')}`);
    this.name = 'EligibilityInputError';
  }
}

/** Named so that the rules read as the agreement does. */
const ADULT_AGE = 18;
const PROMO_MIN_AGE = 16;

type Context = { entriesOpen: boolean; campaign: Campaign };
type Decision = Omit<EligibilityResult, 'dispositif'>;

// ── Sentences shared by several rules ──────────────────────────────────────────────

/** Not in the agreement: French law. Said as such, with its real source. */
const RSA_IS_ADULT: Reason = {
  text: 'Le RSA n’est ouvert qu’à partir de 18 ans : une personne au RSA est majeure (règle légale, hors accord).',
  source: 'Code de l’action sociale et des familles, art. L262-4',
};

/** « Campagne 2022 : entrées closes depuis le 1er janvier 2023 ». */
export function campaignLine(campaign: Campaign, today: Date | string): string {
  const day = typeof today === 'string' ? today : parisDay(today);
  const name = campaign.year ? `Campagne ${campaign.year}` : 'Campagne en cours';
  return day <= campaign.entryDeadline
    ? `${name} : entrées prescrites par le Département ouvertes jusqu’au ${frenchDay(campaign.entryDeadline)} inclus.`
    : `${name} : entrées prescrites par le Département closes depuis le ${frenchDay(dayAfter(campaign.entryDeadline))}.`;
}

const ENTRIES_CLOSED = (ctx: Context): Reason => ({
  text: `Les entrées prescrites par le Département étaient possibles jusqu’au ${frenchDay(ctx.campaign.entryDeadline)} : elles sont closes depuis le ${frenchDay(dayAfter(ctx.campaign.entryDeadline))}.`,
  source: 'Protocole, § 8',
});
const ENTRIES_UNTIL = (ctx: Context): Reason => ({
  text: `Les entrées sont possibles jusqu’au ${frenchDay(ctx.campaign.entryDeadline)} inclus.`,
  source: 'Protocole, § 8',
});
const NEW_CAMPAIGN_NEXT =
  'Si un avenant ouvre une nouvelle campagne, l’administrateur l’ajoute au bot (« campagne ») et la prescription redevient possible.';

/** Facts that contradict one another, with nothing left to ask: said, rather than no reason at all. */
const CONTRADICTORY_FACTS =
  'Les informations données se contredisent : vérifiez-les avec la personne, puis refaites le test.';

/** Facts that cannot both be true: said, and left to check rather than decided on. */
const RSA_AND_MINOR = (age: number): Decision => ({
  verdict: 'to_check',
  reasons: [
    { ...RSA_IS_ADULT, text: `La personne aurait ${age} ans et percevrait le RSA : ${RSA_IS_ADULT.text}` },
  ],
  nextStep: 'Vérifiez l’âge de la personne et si elle perçoit bien le RSA, puis refaites le test.',
});

function notEligible(reasons: Reason[], nextStep: string): Decision {
  return { verdict: 'not_eligible', reasons, nextStep };
}

/** « La personne a 17 ans », « La personne est majeure »: what is known of the person's age, as told. */
function sideOf18(p: Profile): string {
  if (p.age !== undefined) return `La personne a ${p.age} ans`;
  return p.adult ? 'La personne est majeure' : 'La personne est mineure';
}

/** Known to be an adult: by age, or because only an adult can receive the RSA. */
function adultness(p: Profile): { adult: boolean | undefined; byRsa: boolean } {
  if (p.age !== undefined) return { adult: p.age >= ADULT_AGE, byRsa: false };
  if (p.adult !== undefined) return { adult: p.adult, byRsa: false };
  if (p.rsa === true) return { adult: true, byRsa: true };
  return { adult: undefined, byRsa: false };
}

// ── Prépa Compétences (art. 2.1.3 ; protocole §§ 2, 5, 8) ─────────────────────────

const FRANCE_TRAVAIL_PRESCRIBES: Decision = {
  verdict: 'other_prescriber',
  reasons: [
    {
      text: 'Personne inscrite à France Travail (ex-Pôle emploi) : son conseiller France Travail peut mobiliser Prépa Compétences, dispositif mis en œuvre avec l’AFPA.',
      source: 'Accord, art. 2.1.3 ; Protocole, § 2',
    },
  ],
  nextStep: 'Orientez la personne vers son conseiller France Travail (ex-Pôle emploi).',
};

function prepaCompetences(p: Profile, ctx: Context): Decision | undefined {
  const against: Reason[] = [];
  if (adultness(p).adult === false) {
    against.push({
      text: `${sideOf18(p)} : Prépa Compétences, pour les allocataires du RSA et les demandeurs d’emploi, n’est pas ouverte aux mineurs, qui relèvent de La Promo 16/18.`,
      source: 'Accord, art. 2.1.3',
    });
  }
  if (p.rsa === false && p.registeredJobseeker === false) {
    against.push({
      text: 'La personne ne perçoit pas le RSA et n’est pas inscrite à France Travail (ex-Pôle emploi) : Prépa Compétences ne lui est pas ouverte dans ce cadre.',
      source: 'Accord, art. 2.1.3 ; Protocole, § 2',
    });
  } else if (p.accompaniedByDepartment === false && p.registeredJobseeker === false) {
    // With or without the RSA, nobody can prescribe it: neither the Département nor France Travail.
    against.push({
      text: 'La personne n’est ni accompagnée par le Département ni inscrite à France Travail (ex-Pôle emploi) : l’accord ne prévoit pas de prescription dans ce cas.',
      source: 'Accord, art. 2.1.3 ; Protocole, § 2',
    });
  }
  if (against.length > 0) {
    const promoAge = p.age !== undefined && p.age >= PROMO_MIN_AGE && p.age < ADULT_AGE;
    return notEligible(
      against,
      promoAge
        ? 'Pour un jeune de 16 ou 17 ans, vérifiez La Promo 16/18.'
        : p.accompaniedByDepartment === false && p.registeredJobseeker === false
          ? 'Voyez avec la structure qui accompagne la personne.'
          : 'Aucune prescription possible dans ce cadre.',
    );
  }
  const { adult, byRsa } = adultness(p);
  const departmentRoute = adult === true && p.rsa === true && p.accompaniedByDepartment === true;
  const criteriaMet: Reason = {
    text: 'Personne allocataire du RSA accompagnée par le Département : le Département prescrit directement. Pas besoin d’inscription à France Travail (ex-Pôle emploi) : les allocataires du RSA y ont accès, inscrits ou non.',
    source: 'Accord, art. 2.1.3 ; Protocole, § 2',
  };
  if (departmentRoute && ctx.entriesOpen) {
    return {
      verdict: 'eligible',
      reasons: [criteriaMet, ...(byRsa ? [RSA_IS_ADULT] : []), ENTRIES_UNTIL(ctx)],
      // The form asks which volet: what each is for, from the protocol's own titles (§ 3).
      nextStep:
        'Vous pouvez prescrire : informez la personne et recueillez son adhésion, vérifiez avec elle ou lui les conditions matérielles (mobilité, garde d’enfants…), puis inscrivez la personne (Protocole, § 5). Selon son besoin : volet 1 « Consolider son projet », ou volet 2 « Sécuriser l’entrée en formation » (Protocole, § 3).',
    };
  }
  // The closing date is the Département's route only (§ 8): France Travail prescribes on its own.
  if (
    adult === true &&
    p.registeredJobseeker === true &&
    (!ctx.entriesOpen || p.rsa === false || p.accompaniedByDepartment === false)
  ) {
    // « je peux prescrire direct ? » for someone on the ASS: why the Département cannot, first.
    const shut = departmentRouteShut(p);
    if (!shut) return FRANCE_TRAVAIL_PRESCRIBES;
    const notByDepartment =
      shut === 'no-rsa'
        ? 'La personne ne perçoit pas le RSA'
        : 'La personne n’est pas accompagnée par le Département';
    return {
      ...FRANCE_TRAVAIL_PRESCRIBES,
      reasons: [
        {
          text: `${notByDepartment} : le Département ne prescrit Prépa Compétences qu’aux allocataires du RSA accompagnés par ses services. La personne étant inscrite à France Travail (ex-Pôle emploi), son conseiller France Travail peut la mobiliser.`,
          source: 'Accord, art. 2.1.3 ; Protocole, § 2',
        },
      ],
    };
  }
  if (departmentRoute && !ctx.entriesOpen && p.registeredJobseeker === false) {
    return {
      verdict: 'closed',
      reasons: [
        {
          ...criteriaMet,
          text: 'Critères remplis : la personne est majeure, allocataire du RSA et accompagnée par le Département.',
        },
        ...(byRsa ? [RSA_IS_ADULT] : []),
        ENTRIES_CLOSED(ctx),
      ],
      nextStep: `Si la personne s’inscrit à France Travail (ex-Pôle emploi), son conseiller peut mobiliser Prépa Compétences. ${NEW_CAMPAIGN_NEXT}`,
    };
  }
  return undefined;
}

// ── Compétences PEC (art. 2.1.4 ; protocole §§ 2, 5, 8) ───────────────────────────

const EMPLOYER_AGREEMENT: Reason = {
  text: 'L’employeur du contrat PEC doit être informé et donner son accord.',
  source: 'Protocole, § 5',
};
const PEC_PRESCRIBER_NEXT =
  'Orientez la personne vers le prescripteur de son contrat PEC : France Travail (ex-Pôle emploi), sa Mission locale ou Cap emploi.';

function competencesPec(p: Profile, ctx: Context): Decision | undefined {
  if (p.pecContract === false) {
    return notEligible(
      [
        {
          text: 'La personne n’est pas en Parcours Emploi Compétences (PEC) : Compétences PEC est réservé aux personnes en contrat PEC. Mobilisable dès la signature du contrat, le dispositif se déroule pendant sa durée.',
          source: 'Accord, art. 2.1.4 ; Protocole, §§ 2 et 3',
        },
      ],
      'Aucune prescription possible dans ce cadre.',
    );
  }
  // A minor on the RSA is said at once: no answer about the contract can settle it.
  if (p.rsa === true && p.age !== undefined && p.age < ADULT_AGE) return RSA_AND_MINOR(p.age);
  if (p.pecContract !== true) return undefined;
  const departmentRoute = p.rsa === true && p.accompaniedByDepartment === true;
  if (departmentRoute && ctx.entriesOpen) {
    return {
      verdict: 'eligible',
      reasons: [
        {
          text: 'En PEC, allocataire du RSA accompagnée par le Département : le Département prescrit directement.',
          source: 'Accord, art. 2.1.4 ; Protocole, § 2',
        },
        EMPLOYER_AGREEMENT,
        ENTRIES_UNTIL(ctx),
      ],
      nextStep:
        'Vous pouvez prescrire : informez l’employeur PEC et recueillez son accord, recueillez l’adhésion de la personne, puis inscrivez la personne auprès de l’AFPA (Protocole, § 5).',
    };
  }
  if (!ctx.entriesOpen) {
    // Closed for the Département, still open through the prescriber of the contract.
    return {
      verdict: 'other_prescriber',
      reasons: [
        {
          text: 'En PEC : Compétences PEC peut toujours être mobilisé par le prescripteur du contrat, France Travail (ex-Pôle emploi), la Mission locale ou Cap emploi.',
          source: 'Protocole, § 2',
        },
        ENTRIES_CLOSED(ctx),
        EMPLOYER_AGREEMENT,
      ],
      nextStep: PEC_PRESCRIBER_NEXT,
    };
  }
  if (p.rsa === false || p.accompaniedByDepartment === false) {
    return {
      verdict: 'other_prescriber',
      reasons: [
        {
          text: 'En PEC sans être allocataire du RSA accompagnée par le Département : Compétences PEC est mobilisé par le prescripteur du contrat, France Travail (ex-Pôle emploi), la Mission locale ou Cap emploi.',
          source: 'Protocole, § 2',
        },
        EMPLOYER_AGREEMENT,
      ],
      nextStep: PEC_PRESCRIBER_NEXT,
    };
  }
  return undefined;
}

// ── La Promo 16/18 (art. 2.1.3 ; protocole §§ 3, 4, 5) ─────────────────────────────

const PARENTAL_AUTHORISATIONS: Reason = {
  text: 'Les autorisations parentales sont requises dès la semaine d’engagement.',
  source: 'Protocole, § 3 (La Promo 16/18)',
};

function promo1618(p: Profile): Decision | undefined {
  const against: Reason[] = [];
  const { adult, byRsa } = adultness(p);
  if (p.rsa === true && p.age === undefined && p.adult !== true) against.push(RSA_IS_ADULT);
  if (p.age !== undefined && p.age < PROMO_MIN_AGE) {
    against.push({
      text: `Le jeune a ${p.age} ans : c’est trop tôt, La Promo 16/18 accueille les jeunes à partir de 16 ans (16 et 17 ans).`,
      source: 'Accord, art. 2.1.3',
    });
  }
  if (adult === true && !byRsa) {
    against.push({
      text: `${sideOf18(p)} : La Promo 16/18 est réservée aux mineurs de 16 et 17 ans.`,
      source: 'Accord, art. 2.1.3',
    });
  }
  const occupied: Array<[boolean | undefined, string]> = [
    [
      p.inEducation,
      'Le jeune est encore scolarisé : La Promo 16/18 s’adresse à ceux qui ont quitté le collège ou le lycée.',
    ],
    [
      p.inTraining,
      'Le jeune est déjà en formation : La Promo 16/18 s’adresse aux jeunes qui ne sont pas en formation.',
    ],
    [p.employed, 'Le jeune travaille : La Promo 16/18 s’adresse aux jeunes qui ne travaillent pas.'],
  ];
  for (const [fact, text] of occupied)
    if (fact === true) against.push({ text, source: 'Accord, art. 2.1.3' });
  if (against.length > 0) {
    return notEligible(
      against,
      adult === true
        ? 'Pour un adulte, vérifiez Prépa Compétences.'
        : 'Aucune orientation possible dans ce cadre.',
    );
  }
  const ageFits = p.age !== undefined && p.age >= PROMO_MIN_AGE && p.age < ADULT_AGE;
  const free = p.inEducation === false && p.inTraining === false && p.employed === false;
  if (ageFits && free && p.ase === true) {
    return {
      verdict: 'eligible',
      reasons: [
        {
          text: `Jeune de ${p.age} ans (La Promo 16/18 accueille les mineurs de 16 et 17 ans) confié à l’Aide sociale à l’enfance, ni scolarisé, ni en formation, ni en emploi : le Département peut l’orienter vers La Promo 16/18.`,
          source: 'Accord, art. 2.1.3 ; Protocole, § 4',
        },
        PARENTAL_AUTHORISATIONS,
      ],
      nextStep:
        'Vous pouvez orienter le jeune : invitez-le et inscrivez-le sur PANDA (Protocole, § 5), et préparez les autorisations parentales.',
    };
  }
  if (ageFits && free && p.ase === false) {
    return {
      verdict: 'other_prescriber',
      reasons: [
        {
          text: 'Jeune qui n’est pas confié à l’Aide sociale à l’enfance : ce sont la Mission locale ou le CIO qui proposent La Promo 16/18.',
          source: 'Accord, art. 2.1.3',
        },
      ],
      nextStep: 'Orientez le jeune vers la Mission locale ou le CIO.',
    };
  }
  return undefined;
}

// ── What is still to check ────────────────────────────────────────────────────────

/** The facts each programme's rules read, in the order a référent would be asked. */
export const FACTS_READ: Record<Programme, ProfileField[]> = {
  'prepa-competences': ['age', 'rsa', 'accompaniedByDepartment', 'registeredJobseeker'],
  'competences-pec': ['pecContract', 'rsa', 'accompaniedByDepartment'],
  'promo-16-18': ['age', 'inEducation', 'inTraining', 'employed', 'ase'],
};

/** One age on each side of every threshold the rules use (16 and 18). */
const AGE_SAMPLES = [PROMO_MIN_AGE - 1, PROMO_MIN_AGE, ADULT_AGE - 1, ADULT_AGE, 40];

/** Each question names its subject: the person's gender is not known. */
export const FACT_QUESTIONS: Record<ProfileField, string> = {
  age: 'Quel âge aura la personne à l’entrée ?',
  adult: 'La personne est-elle majeure ?',
  rsa: 'La personne perçoit-elle le RSA ?',
  accompaniedByDepartment: 'La personne est-elle accompagnée par un référent du Département ?',
  registeredJobseeker: 'La personne est-elle inscrite à France Travail (ex-Pôle emploi) ?',
  pecContract: 'La personne est-elle en contrat Parcours Emploi Compétences (PEC) ?',
  ase: 'Le jeune est-il confié à l’Aide sociale à l’enfance (ASE) ?',
  inEducation: 'Le jeune est-il encore scolarisé (collège, lycée) ?',
  inTraining: 'Le jeune est-il en formation ?',
  employed: 'La personne travaille-t-elle (hors contrat PEC) ?',
};

/**
 * How a known fact reads back to the référent, after « Ce que j’ai compris de la
 * personne : ». Each label agrees with « la personne » (« accompagnée », « inscrite »),
 * which is right whatever the person's gender, and none names them « le jeune ».
 */
const FACT_LABELS: Record<Exclude<ProfileField, 'age'>, [yes: string, no: string]> = {
  adult: ['majeure', 'mineure'],
  rsa: ['allocataire du RSA', 'non allocataire du RSA'],
  accompaniedByDepartment: ['accompagnée par le Département', 'pas accompagnée par le Département'],
  registeredJobseeker: [
    'inscrite à France Travail (ex-Pôle emploi)',
    'pas inscrite à France Travail (ex-Pôle emploi)',
  ],
  pecContract: ['en contrat PEC', 'pas en contrat PEC'],
  ase: ['confiée à l’ASE', 'pas confiée à l’ASE'],
  inEducation: ['scolarisée', 'plus scolarisée'],
  inTraining: ['en formation', 'pas en formation'],
  employed: ['en emploi (hors PEC)', 'sans emploi'],
};

/** Said of a fact taken from a hedged phrase (« je crois qu’elle est inscrite »). */
const TO_CONFIRM = ' (à confirmer)';

/**
 * The known facts of a profile, in French, in asking order; those in `uncertain`
 * (read from a hedge by `extractProfile`) are marked « (à confirmer) ».
 */
export function describeProfile(profile: Profile, uncertain: readonly ProfileField[] = []): string[] {
  return PROFILE_FIELDS.flatMap((field) => {
    const value = profile[field];
    // The age said, « majeure » says nothing more.
    if (value === undefined || (field === 'adult' && profile.age !== undefined)) return [];
    const label = field === 'age' ? `${value} ans` : FACT_LABELS[field][value ? 0 : 1];
    return [uncertain.includes(field) ? `${label}${TO_CONFIRM}` : label];
  });
}

const CHECK_SOURCES: Record<Programme, string> = {
  'prepa-competences': 'Accord, art. 2.1.3 ; Protocole, § 2',
  'competences-pec': 'Accord, art. 2.1.4 ; Protocole, § 2',
  'promo-16-18': 'Accord, art. 2.1.3',
};

function decide(programme: Programme, p: Profile, ctx: Context): Decision | undefined {
  switch (programme) {
    case 'prepa-competences':
      return prepaCompetences(p, ctx);
    case 'competences-pec':
      return competencesPec(p, ctx);
    case 'promo-16-18':
      return promo1618(p);
  }
}

/** The ages to weigh: « elle est majeure » leaves only those on that side of 18. */
function agesFor(p: Profile): number[] {
  return p.adult === undefined ? AGE_SAMPLES : AGE_SAMPLES.filter((age) => age >= ADULT_AGE === p.adult);
}

function* completions(p: Profile, fields: ProfileField[]): Generator<Profile> {
  const [field, ...rest] = fields;
  if (field === undefined) {
    yield p;
    return;
  }
  const values: Array<number | boolean> =
    p[field] !== undefined ? [p[field]] : field === 'age' ? agesFor(p) : [true, false];
  for (const value of values) {
    const next = { ...p, [field]: value };
    // Only an adult receives the RSA: a minor on the RSA is not a case to weigh.
    if (next.rsa === true && next.age !== undefined && next.age < ADULT_AGE) continue;
    if (next.rsa === true && next.age === undefined && next.adult === false) continue;
    yield* completions(next, rest);
  }
}

function verdictsOver(programme: Programme, p: Profile, ctx: Context): Set<Verdict> {
  const verdicts = new Set<Verdict>();
  for (const complete of completions(p, FACTS_READ[programme])) {
    verdicts.add(decide(programme, complete, ctx)?.verdict ?? 'to_check');
  }
  return verdicts;
}

/**
 * The unknown facts whose answer could change the verdict, in asking order: a
 * 40-year-old is never asked about school, an RSA recipient followed by the
 * Département is not asked whether she is registered with France Travail.
 */
function factsThatMatter(programme: Programme, p: Profile, ctx: Context): ProfileField[] {
  const key = JSON.stringify([programme, p, ctx]);
  const known = weighed.get(key);
  if (known) return [...known];
  const facts = weighFacts(programme, p, ctx);
  keepAtMost(weighed, WEIGHED_KEPT, key, facts);
  return [...facts];
}

/**
 * The facts already weighed, by programme, profile and campaign: the guided check and the
 * routing of a message ask again for the same few profiles at each step, and weighing every
 * completion of a profile was the largest part of an eligibility turn. The rules are pure
 * functions of these three, so an answer once weighed stays right; bounded all the same.
 */
const weighed = new Map<string, readonly ProfileField[]>();
const WEIGHED_KEPT = 1_000;

function weighFacts(programme: Programme, p: Profile, ctx: Context): ProfileField[] {
  return FACTS_READ[programme].filter((field) => {
    if (p[field] !== undefined) return false;
    const values = field === 'age' ? agesFor(p) : [true, false];
    // A value that cannot go with what is known (a minor on the RSA) is no answer to weigh.
    const outcomes = values
      .map((value) => [...verdictsOver(programme, { ...p, [field]: value }, ctx)].sort().join())
      .filter((outcome) => outcome !== '');
    return new Set(outcomes).size > 1;
  });
}

// ── The contract ──────────────────────────────────────────────────────────────────

function parseInput(profile: unknown, options: unknown): { profile: Profile; ctx: Context } {
  const parsedProfile = ProfileSchema.safeParse(profile);
  const parsedOptions = OptionsSchema.safeParse(options ?? {});
  const problems = [
    ...(parsedProfile.error?.issues ?? []).map((i) => `${i.path.join('.') || 'profil'} : ${i.message}`),
    ...(parsedOptions.error?.issues ?? []).map((i) => `options.${i.path.join('.')} : ${i.message}`),
  ];
  if (!parsedProfile.success || !parsedOptions.success || problems.length > 0)
    throw new EligibilityInputError(problems);
  const { today = new Date(), campaign = AGREEMENT_2022_CAMPAIGN } = parsedOptions.data;
  const day = typeof today === 'string' ? today : parisDay(today);
  return {
    profile: parsedProfile.data,
    ctx: { entriesOpen: day <= campaign.entryDeadline, campaign },
  };
}

/**
 * Why the Département cannot prescribe for this person, if it cannot: no RSA, or an RSA it
 * does not follow (« elle dépend du Lot »).
 */
function departmentRouteShut(p: Profile): 'no-rsa' | 'not-followed' | undefined {
  if (p.rsa === false) return 'no-rsa';
  return p.accompaniedByDepartment === false ? 'not-followed' : undefined;
}

/**
 * « je peux le prescrire via le CD ? » for someone not on the RSA, or on another Département's:
 * whatever the rest of the check finds, the Département's own route is closed; said first, with
 * who prescribes instead.
 */
export function departmentRouteClosed(programme: Programme | undefined, p: Profile): Reason | undefined {
  const shut = departmentRouteShut(p);
  if (!shut) return undefined;
  const who = shut === 'no-rsa' ? 'qui ne perçoit pas le RSA' : 'que le Département n’accompagne pas';
  if (programme === 'prepa-competences')
    return {
      text: `Non, pas par le Département : il prescrit Prépa Compétences pour les allocataires du RSA qu’il accompagne. Pour une personne ${who}, c’est son conseiller France Travail (ex-Pôle emploi) qui peut la prescrire, si elle y est inscrite.`,
      source: 'Accord, art. 2.1.3 ; Protocole, § 2',
    };
  if (programme === 'competences-pec')
    return {
      text: `Non, pas par le Département : il prescrit Compétences PEC pour les allocataires du RSA qu’il accompagne. Pour une personne en PEC ${who}, c’est le prescripteur de son contrat (France Travail, Mission locale ou Cap emploi) qui le mobilise.`,
      source: 'Accord, art. 2.1.4 ; Protocole, § 2',
    };
  return undefined;
}

/**
 * « il a 17 ans et fait rien », « au RSA, en PEC, quel dispositif ? »: the programme the facts
 * call for when none is named, so that the check says its rule and its verdict first.
 */
export function impliedProgramme(p: Profile): Programme | undefined {
  if (p.pecContract === true) return 'competences-pec';
  // A minor under 16 too: the programme for minors is the one to say no to first, and from what age.
  if (p.age !== undefined && p.age < ADULT_AGE) return 'promo-16-18';
  return undefined;
}

/**
 * Which part of Prépa Compétences fits what the story says the person needs (Protocole, § 3),
 * or that the agreement places it before a training, for an adult already in one (§ 1).
 */
export function prepaFit(
  p: Profile,
  story: { aim?: 'project' | 'trainingEntry'; qualified?: boolean },
): Reason | undefined {
  const { aim } = story;
  if (story.qualified)
    return {
      text: 'L’accord destine Prépa Compétences aux personnes peu ou pas qualifiées, les plus éloignées de l’emploi : pour une personne diplômée, voyez avec l’AFPA si le parcours a du sens.',
      source: 'Protocole, § 1',
    };
  if (p.inTraining === true && (p.age === undefined || p.age >= ADULT_AGE))
    return {
      text: 'La personne est déjà en formation : l’accord présente Prépa Compétences comme mobilisable en amont d’un parcours d’accès à la qualification, pour sécuriser l’entrée en formation, et ne dit rien d’une personne déjà entrée. Voyez avec l’AFPA.',
      source: 'Protocole, § 1',
    };
  if (aim === 'trainingEntry')
    return {
      text: 'Pour son entrée en formation : c’est le volet 2 de Prépa Compétences, « Sécuriser l’entrée en formation » (4 à 8 jours sur 2 semaines), que la formation soit à l’AFPA ou ailleurs.',
      source: 'Protocole, § 3',
    };
  if (aim === 'project')
    return {
      text: 'Pour son projet : c’est le volet 1 de Prépa Compétences, « Consolider son projet » (5 à 6 jours sur 2 semaines).',
      source: 'Protocole, § 3',
    };
  return undefined;
}

/** For an employee of an insertion structure, what the agreement offers instead of Compétences PEC. */
export const INSERTION_STRUCTURE_ROUTE: Reason = {
  text: 'Pour une personne salariée d’une structure d’insertion (SIAE, CDDI), l’accord présente la Reconnaissance des savoir-faire professionnels (RSFP), destinée aussi à qui n’a pas les prérequis de la VAE ; la VAE reste possible sur les titres professionnels.',
  source: 'Accord, art. 2.1.4',
};

/**
 * Who can enter each programme, in one sentence of the agreement's own conditions: said
 * at once when a référent asks about one programme and the check still needs answers,
 * so that the rule comes before the questions.
 */
export const WHO_CAN_ENTER: Readonly<Record<Programme, Reason>> = {
  'prepa-competences': {
    text: 'Les allocataires du RSA, qu’ils soient inscrits ou non à France Travail (ex-Pôle emploi), peuvent bénéficier de Prépa Compétences : le Département la prescrit directement pour ceux qu’il accompagne, France Travail pour ses inscrits. L’accord ne fixe pas de limite d’âge.',
    source: 'Accord, art. 2.1.3 ; Protocole, § 2',
  },
  'competences-pec': {
    text: 'Compétences PEC est réservé aux salariés en contrat PEC (Parcours Emploi Compétences), pour valider leur expérience (VAE, RSFP ou CléA socle) ; l’accord de l’employeur est nécessaire, et le dispositif se déroule pendant la durée du contrat (mobilisable dès la signature du contrat) : le Département le prescrit pour les allocataires du RSA qu’il accompagne, sinon le prescripteur du contrat (France Travail, Mission locale ou Cap emploi).',
    source: 'Accord, art. 2.1.4 ; Protocole, §§ 2, 3 et 5',
  },
  'promo-16-18': {
    text: `La Promo 16/18 s’adresse aux jeunes mineurs de 16 à 18 ans (16 ou 17 ans) qui ont quitté le collège ou le lycée, ni en formation ni en emploi : le Département y oriente ceux qui lui sont confiés à l’ASE, la Mission locale ou le CIO les autres. ${PARENTAL_AUTHORISATIONS.text}`,
    source: 'Accord, art. 2.1.3 ; Protocole, § 3 (La Promo 16/18)',
  },
};

/** For each programme: may this Département référent prescribe it, why, and what to do next. */
export function checkEligibility(profile: Profile, options?: EligibilityOptions): EligibilityResult[] {
  const { profile: p, ctx } = parseInput(profile, options);
  return PROGRAMMES.map((dispositif) => {
    const decided = decide(dispositif, p, ctx);
    if (decided) return { dispositif, ...decided };
    const missing = factsThatMatter(dispositif, p, ctx);
    // Facts that contradict one another leave nothing to ask: say so rather than nothing.
    const reasons =
      missing.length > 0
        ? missing.map((field) => ({
            text: `À vérifier : ${lowerFirst(FACT_QUESTIONS[field])}`,
            source: CHECK_SOURCES[dispositif],
          }))
        : [{ text: CONTRADICTORY_FACTS, source: CHECK_SOURCES[dispositif] }];
    return {
      dispositif,
      verdict: 'to_check',
      reasons,
      nextStep: 'Vérifiez ces points avec la personne, puis refaites le test.',
    };
  });
}

/** The verdict on one programme. */
export function checkProgramme(
  profile: Profile,
  programme: Programme,
  options?: EligibilityOptions,
): EligibilityResult {
  return checkEligibility(profile, options).find((r) => r.dispositif === programme)!;
}

/**
 * « BRSA 29 ans inscrit FT, prépa comp ? »: the verdicts the facts still unknown could lead to.
 * When all let the person in, the answers left only say who prescribes, which can be said at once.
 */
export function verdictsStillPossible(
  profile: Profile,
  programme: Programme,
  options?: EligibilityOptions,
): Set<Verdict> {
  const { profile: p, ctx } = parseInput(profile, options);
  return verdictsOver(programme, p, ctx);
}

/** The verdicts that let the person in, whoever prescribes. */
export const LETS_IN: ReadonlySet<Verdict> = new Set(['eligible', 'other_prescriber']);

/** Whether every verdict the facts still unknown could lead to lets the person in: they only say who prescribes. */
export function letsInWhateverIsLeft(
  profile: Profile,
  programme: Programme,
  options?: EligibilityOptions,
): boolean {
  return [...verdictsStillPossible(profile, programme, options)].every((verdict) => LETS_IN.has(verdict));
}

/**
 * The programme asked about when it lets the person in; with none asked, the only one that does.
 * One asked and ruled out leaves the subject open: « finalement il a signé un PEC » is about the person.
 */
export function programmeSettled(
  results: readonly EligibilityResult[],
  focus: Programme | undefined,
): Programme | undefined {
  return settledAmong(
    results.filter((r) => LETS_IN.has(r.verdict)).map((r) => r.dispositif),
    focus,
  );
}

/**
 * The same while the questions go on: the programme asked (or left of a choice: « prépa ou PEC ? »
 * for someone with no contract) as long as it may still let the person in.
 */
export function programmeSettledSoFar(
  profile: Profile,
  focus: Programme | undefined,
  options?: EligibilityOptions,
): Programme | undefined {
  if (focus)
    return [...verdictsStillPossible(profile, focus, options)].some((verdict) => LETS_IN.has(verdict))
      ? focus
      : undefined;
  // With none asked, only one already decided: one open whatever is left is not yet the thread's subject
  // (« elle voudrait surtout faire reconnaître son expérience » is a need told, not a question on it).
  return programmeSettled(checkEligibility(profile, options), undefined);
}

/** Whether a dispositif is one of the three programmes the eligibility check knows. */
export function isProgramme(id: string | undefined): id is Programme {
  return PROGRAMMES.some((programme) => programme === id);
}

/** The programmes the person may enter whatever the facts still unknown: they only say who prescribes. */
export function openAlready(profile: Profile, options?: EligibilityOptions): Programme[] {
  return PROGRAMMES.filter((programme) => letsInWhateverIsLeft(profile, programme, options));
}

function settledAmong(open: readonly Programme[], focus: Programme | undefined): Programme | undefined {
  if (focus) return open.includes(focus) ? focus : undefined;
  return open.length === 1 ? open[0] : undefined;
}

/** The reason that decides a verdict, to follow the sentence that says it (leading space), or nothing. */
export function decidingReason(result: EligibilityResult): string {
  return result.reasons[0] ? ` ${result.reasons[0].text}` : '';
}

/** The facts still unknown that would settle at least one of `programmes`, in asking order. */
export function missingFacts(
  profile: Profile,
  options?: EligibilityOptions,
  programmes: readonly Programme[] = PROGRAMMES,
): ProfileField[] {
  const { profile: p, ctx } = parseInput(profile, options);
  const fields = new Set<ProfileField>();
  for (const programme of programmes) {
    if (decide(programme, p, ctx)) continue;
    for (const field of factsThatMatter(programme, p, ctx)) fields.add(field);
  }
  return PROFILE_FIELDS.filter((f) => fields.has(f));
}
