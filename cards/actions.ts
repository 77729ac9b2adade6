import { z } from 'zod';
import { DispositifIdSchema } from '../data/catalogue/schema.js';

/**
 * Every button of every card carries one of these verbs in its data; the bot routes
 * on the verb, never on the button's text.
 */
export const VERBS = {
  showMenu: 'showMenu',
  listDispositifs: 'listDispositifs',
  showDispositif: 'showDispositif',
} as const;

export const CardActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(VERBS.showMenu) }),
  z.object({ verb: z.literal(VERBS.listDispositifs) }),
  z.object({ verb: z.literal(VERBS.showDispositif), dispositif: DispositifIdSchema }),
]);
export type CardAction = z.infer<typeof CardActionSchema>;
