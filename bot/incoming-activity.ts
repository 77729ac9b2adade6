import { z } from 'zod';

/**
 * The least an activity must have for the adapter to answer it. Anything else is
 * refused with 400 before it reaches the bot.
 */
export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    from: z
      .object({ id: z.string().min(1) })
      .passthrough()
      .optional(),
    recipient: z
      .object({ id: z.string().min(1) })
      .passthrough()
      .optional(),
    text: z.string().optional(),
  })
  .passthrough();

export function isIncomingActivity(body: unknown): boolean {
  return IncomingActivitySchema.safeParse(body).success;
}
