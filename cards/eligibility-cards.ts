import { z } from 'zod';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel } from '../data/catalogue/schema.js';
import {
  describeProfile,
  FACT_QUESTIONS,
  PROGRAMMES,
  type EligibilityResult,
  type Profile,
  type ProfileField,
  type Programme,
  type Verdict,
} from '../data/eligibility.js';
import { VERBS, ButtonSchema } from './actions.js';
import { CardTemplate } from './render.js';
import formTemplate from './eligibility-form.json' with { type: 'json' };
import resultTemplate from './eligibility-result.json' with { type: 'json' };

export const PRIVACY_NOTE =
  'Test anonyme : ne saisissez ni nom ni information permettant de reconnaître la personne. Rien n’est enregistré.';

const form = new CardTemplate(
  'eligibility-form',
  formTemplate,
  z.object({
    title: z.string(),
    intro: z.string(),
    formError: z.string(),
    ageLabel: z.string(),
    age: z.number().nullable(),
    ageError: z.string(),
    facts: z.array(
      z.object({ id: z.string(), label: z.string(), value: z.enum(['oui', 'non', '']), error: z.string() }),
    ),
    checkVerb: z.literal(VERBS.checkEligibility),
    checkData: z.record(z.string(), z.unknown()),
    buttons: z.array(ButtonSchema),
  }),
);

const result = new CardTemplate(
  'eligibility-result',
  resultTemplate,
  z.object({
    title: z.string(),
    answer: z.string(),
    understood: z.string(),
    privacy: z.string(),
    campaign: z.string(),
    programmes: z
      .array(
        z.object({
          name: z.string(),
          verdictLabel: z.string(),
          verdictColor: z.enum(['Good', 'Accent', 'Attention', 'Warning']),
          reasons: z.array(z.object({ text: z.string(), source: z.string() })).min(1),
          nextStep: z.string(),
        }),
      )
      .min(1)
      .max(PROGRAMMES.length),
    buttons: z.array(ButtonSchema).max(5),
  }),
);

/** The yes/no facts of the form, in the order the rules read them. */
const FORM_FACTS: Exclude<ProfileField, 'age'>[] = [
  'rsa',
  'accompaniedByDepartment',
  'registeredJobseeker',
  'pecContract',
  'ase',
  'inEducation',
  'inTraining',
  'employed',
];

export const VERDICT_DISPLAY: Record<
  Verdict,
  { label: string; color: 'Good' | 'Accent' | 'Attention' | 'Warning' }
> = {
  eligible: { label: 'Éligible – prescription possible', color: 'Good' },
  closed: { label: 'Critères remplis – entrées closes', color: 'Warning' },
  other_prescriber: { label: 'Autre prescripteur', color: 'Accent' },
  not_eligible: { label: 'Non éligible', color: 'Attention' },
  to_check: { label: 'À vérifier', color: 'Warning' },
};

// ── Reading the form ──────────────────────────────────────────────────────────────

const answer = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(['oui', 'non', '']).optional(),
);

const FormInputSchema = z.object({
  age: z.union([z.string(), z.number()]).optional(),
  ...Object.fromEntries(FORM_FACTS.map((f) => [f, answer])),
});

export type FormReading =
  | { ok: true; profile: Profile }
  | { ok: false; values: FormValues; errors: Partial<Record<ProfileField, string>> };
/** What the référent typed, kept as typed so that a form shown again loses nothing. */
export type FormValues = { age?: number; answers: Partial<Record<ProfileField, 'oui' | 'non'>> };

/** The form's inputs as a profile, or the errors to show next to each wrong field. */
export function readEligibilityForm(data: Record<string, unknown>): FormReading {
  const parsed = FormInputSchema.safeParse(data);
  const raw = (parsed.success ? parsed.data : {}) as Record<string, string | number | undefined>;
  const errors: Partial<Record<ProfileField, string>> = {};
  const profile: Profile = {};
  const values: FormValues = { answers: {} };

  const ageText = String(raw['age'] ?? '').trim();
  if (ageText !== '') {
    const age = Number(ageText.replace(',', '.'));
    // Shown again as typed, even when wrong, so that nothing is lost.
    if (Number.isFinite(age)) values.age = age;
    if (!Number.isInteger(age) || age < 0 || age > 120) {
      errors.age = 'Indiquez un âge en années entières, entre 0 et 120, ou laissez vide.';
    } else {
      profile.age = age;
    }
  }
  for (const fact of FORM_FACTS) {
    const value = raw[fact];
    if (value === 'oui' || value === 'non') {
      profile[fact] = value === 'oui';
      values.answers[fact] = value;
    }
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ProfileField;
      errors[field] = 'Choisissez Oui, Non ou laissez « Je ne sais pas ».';
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, values, errors } : { ok: true, profile };
}

export function valuesOf(profile: Profile): FormValues {
  const answers: FormValues['answers'] = {};
  for (const fact of FORM_FACTS)
    if (profile[fact] !== undefined) answers[fact] = profile[fact] ? 'oui' : 'non';
  return { age: profile.age, answers };
}

// ── The cards ─────────────────────────────────────────────────────────────────────

export function eligibilityFormCard(
  options: { values?: FormValues; errors?: Partial<Record<ProfileField, string>>; focus?: Programme } = {},
) {
  const { values = { answers: {} }, errors = {}, focus } = options;
  const hasErrors = Object.keys(errors).length > 0;
  return form.attachment({
    title: 'Vérifier l’éligibilité',
    intro: `${PRIVACY_NOTE} Laissez « Je ne sais pas » quand vous n’êtes pas sûr : je vous dirai ce qu’il reste à vérifier.`,
    formError: hasErrors ? 'Un champ est à corriger : voyez le message sous ce champ.' : '',
    ageLabel: FACT_QUESTIONS.age,
    age: values.age ?? null,
    ageError: errors.age ?? '',
    facts: FORM_FACTS.map((id) => ({
      id,
      label: FACT_QUESTIONS[id],
      value: values.answers[id] ?? '',
      error: errors[id] ?? '',
    })),
    checkVerb: VERBS.checkEligibility,
    checkData: focus ? { verb: VERBS.checkEligibility, focus } : { verb: VERBS.checkEligibility },
    buttons: [
      {
        title: 'Question par question',
        data: { verb: VERBS.startGuidedEligibility, ...(focus ? { focus } : {}) },
      },
    ],
  });
}

/**
 * « 1618 possible ? » is a yes-or-no question: its answer comes first, in a sentence, before
 * the verdicts and their reasons. None while a fact is still missing: the card says what.
 */
export function answerTo(verdict: Verdict, name: string): string {
  switch (verdict) {
    case 'eligible':
      return `Oui : la personne peut entrer dans ${name}.`;
    case 'not_eligible':
      return `Non : la personne ne peut pas entrer dans ${name}.`;
    case 'closed':
      return `La personne remplit les critères de ${name}, mais les entrées de la campagne sont closes.`;
    case 'other_prescriber':
      return `La personne remplit les critères de ${name} et peut en bénéficier, mais c’est un autre prescripteur que le Département qui l’y oriente.`;
    case 'to_check':
      return '';
  }
}

/** The verdicts, the programme asked about first, with the facts they rest on. */
export function eligibilityResultCard(
  catalogue: Catalogue,
  profile: Profile,
  results: EligibilityResult[],
  focus?: Programme,
  /** « Campagne 2022 : entrées … closes depuis le 1er janvier 2023. » */
  campaign?: string,
  /** Facts hedged (« je crois qu’elle est au RSA »), said « (à confirmer) ». */
  uncertain: readonly ProfileField[] = [],
) {
  // The programme asked about first; of the others, only those still open to the person:
  // « prépa comp possible ? » is not answered with two « Non éligible » beside it.
  const ordered = focus
    ? [...results]
        .sort((a, b) => Number(b.dispositif === focus) - Number(a.dispositif === focus))
        .filter((r) => r.dispositif === focus || r.verdict !== 'not_eligible')
    : results;
  const facts = describeProfile(profile, uncertain);
  const toCheck = results.some((r) => r.verdict === 'to_check');
  const asked = focus ? results.find((r) => r.dispositif === focus) : undefined;
  return result.attachment({
    title: 'Éligibilité',
    answer: asked ? answerTo(asked.verdict, shortLabel(catalogue.get(asked.dispositif))) : '',
    understood:
      facts.length > 0
        ? `Ce que j’ai compris de la personne : ${facts.join(', ')}.`
        : 'Aucune information sur la personne pour l’instant.',
    privacy: 'Test anonyme : rien n’est enregistré.',
    campaign: campaign ?? '',
    programmes: ordered.map((r) => ({
      name: shortLabel(catalogue.get(r.dispositif)),
      verdictLabel: VERDICT_DISPLAY[r.verdict].label,
      verdictColor: VERDICT_DISPLAY[r.verdict].color,
      reasons: r.reasons,
      nextStep: r.nextStep,
    })),
    buttons: [
      // Straight on to the prescription, with what the test already knows.
      ...ordered
        .filter((r) => r.verdict === 'eligible')
        .slice(0, 2)
        .map((r) => ({
          title: `Prescrire ${shortLabel(catalogue.get(r.dispositif))}`,
          data: { verb: VERBS.openPrescription, dispositif: r.dispositif, profile },
        })),
      ...(toCheck
        ? [
            {
              title: 'Compléter',
              // Every programme still to check is asked about, not only the one the test began with.
              data: { verb: VERBS.startGuidedEligibility, profile },
            },
          ]
        : []),
      { title: 'Modifier', data: { verb: VERBS.openEligibility, profile, ...(focus ? { focus } : {}) } },
      { title: 'Nouveau test', data: { verb: VERBS.openEligibility } },
    ],
  });
}
