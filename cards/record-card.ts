import { z } from 'zod';
import { ButtonSchema } from './actions.js';
import { CardTemplate } from './render.js';
import template from './record.json' with { type: 'json' };

/**
 * A card of facts, text blocks, items with their buttons, and buttons: a title, an
 * optional status line, and Action.Execute buttons with their Action.Submit fallback.
 * Prescriptions, lists, admin screens and short answers are all this one template.
 */

export const COLORS = ['Default', 'Good', 'Accent', 'Attention', 'Warning'] as const;

const record = new CardTemplate(
  'record',
  template,
  z.object({
    title: z.string().min(1),
    subtitle: z.string().default(''),
    status: z.string().default(''),
    statusColor: z.enum(COLORS).default('Default'),
    facts: z.array(z.object({ title: z.string(), value: z.string() })).default([]),
    blocks: z.array(z.object({ heading: z.string().default(''), text: z.string().min(1) })).default([]),
    items: z
      .array(z.object({ title: z.string(), subtitle: z.string(), buttons: z.array(ButtonSchema).max(3) }))
      .default([]),
    buttons: z.array(ButtonSchema).max(5).default([]),
  }),
);
export type RecordData = z.input<typeof record extends CardTemplate<infer S> ? S : never>;

export function recordCard(data: RecordData) {
  return record.attachment(data);
}

export type CardColor = (typeof COLORS)[number];
