import { z } from 'zod';
import { ButtonSchema } from './actions.js';
import { CardTemplate } from './render.js';
import template from './form.json' with { type: 'json' };

/**
 * Every form of the bot (agenda items, prescriptions, status changes, habilitations)
 * is this one template: a list of fields, each with its error underneath, and one
 * Action.Execute button (with an Action.Submit fallback) that sends them all.
 */

/** `choices`: several may be ticked; the value is then the ticked values, comma-separated. */
export const INPUTS = ['heading', 'text', 'choice', 'choices', 'date', 'time', 'number', 'toggle'] as const;
export type Input = (typeof INPUTS)[number];

export const FieldSchema = z.object({
  id: z.string(),
  label: z.string(),
  input: z.enum(INPUTS),
  value: z.string().default(''),
  multiline: z.boolean().default(false),
  maxLength: z.number().int().positive().default(500),
  choices: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
  placeholder: z.string().default(''),
  error: z.string().default(''),
});
export type Field = z.input<typeof FieldSchema>;

const form = new CardTemplate(
  'form',
  template,
  z.object({
    title: z.string(),
    intro: z.string().default(''),
    formError: z.string().optional(),
    fields: z.array(FieldSchema).min(1),
    submitTitle: z.string(),
    submitVerb: z.string().min(1),
    submitData: z.record(z.string(), z.unknown()),
    buttons: z.array(ButtonSchema).max(4).default([]),
  }),
);

export type FormCardData = z.input<typeof form extends CardTemplate<infer S> ? S : never>;

export const FORM_ERROR_TEXT =
  'À corriger : voyez le message sous chaque champ concerné. Rien n’a été enregistré.';

/**
 * The form, with `submitData.verb` as the Action.Execute verb. The banner above the
 * fields says there is something to correct whenever a field shows an error; a form
 * whose errors may not all sit on a shown field says so itself with `formError`.
 */
export function formCard(data: Omit<FormCardData, 'submitVerb'> & { submitData: { verb: string } }) {
  const formError = data.formError ?? (data.fields.some((f) => f.error) ? FORM_ERROR_TEXT : '');
  return form.attachment({ ...data, formError, submitVerb: data.submitData.verb });
}

/**
 * Fields with what was typed and the error of each, from their ids: a form shown
 * again after an error keeps everything and says what is wrong where it is wrong.
 */
export function filled<K extends string>(
  specs: ReadonlyArray<Omit<Field, 'value' | 'error'> & { id: K }>,
  values: Partial<Record<K, string>> = {},
  errors: Partial<Record<K, string>> = {},
): Field[] {
  return specs.map((spec) => ({ ...spec, value: values[spec.id] ?? '', error: errors[spec.id] ?? '' }));
}
