import { z } from 'zod';
import { DispositifIdSchema } from '../data/catalogue/schema.js';
import { PROGRAMMES, ProfileSchema } from '../data/eligibility.js';

/**
 * Every button of every card carries one of these verbs in its data; the bot routes
 * on the verb, never on the button's text.
 */
export const VERBS = {
  showMenu: 'showMenu',
  listDispositifs: 'listDispositifs',
  showDispositif: 'showDispositif',
  openEligibility: 'openEligibility',
  checkEligibility: 'checkEligibility',
  startGuidedEligibility: 'startGuidedEligibility',
} as const;

const FocusSchema = z.enum(PROGRAMMES).optional();

export const CardActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(VERBS.showMenu) }),
  z.object({ verb: z.literal(VERBS.listDispositifs) }),
  z.object({ verb: z.literal(VERBS.showDispositif), dispositif: DispositifIdSchema }),
  /** The form, empty or filled with what was known ("Modifier"). */
  z.object({ verb: z.literal(VERBS.openEligibility), focus: FocusSchema, profile: ProfileSchema.optional() }),
  /** The form's own inputs arrive beside the verb; they are read by `readEligibilityForm`. */
  z.object({ verb: z.literal(VERBS.checkEligibility), focus: FocusSchema }).passthrough(),
  z.object({ verb: z.literal(VERBS.startGuidedEligibility), focus: FocusSchema, profile: ProfileSchema.optional() }),
]);
export type CardAction = z.infer<typeof CardActionSchema>;
