import { z } from 'zod';

/**
 * What an activity must look like for the bot to handle it: every field the adapter or a
 * handler reads without checking is checked here, so that a forged activity is refused
 * with 400 before it reaches the bot instead of ending in an exception mid-turn.
 */

const account = z.object({ id: z.string().min(1), name: z.string().optional() }).passthrough();

/** botbuilder's removeRecipientMention reads `mentioned.id` of every mention entity. */
const entity = z
  .object({ type: z.string().optional() })
  .passthrough()
  .refine(
    (value) =>
      value.type !== 'mention' || account.safeParse((value as { mentioned?: unknown }).mentioned).success,
    { message: 'mention sans destinataire' },
  );

export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    conversation: z
      .object({
        id: z.string().min(1),
        tenantId: z.string().optional(),
        conversationType: z.string().optional(),
        isGroup: z.boolean().optional(),
      })
      .passthrough(),
    // The Bot Framework always names both ends; state keys and replies are built from them.
    from: account.extend({ aadObjectId: z.string().optional() }),
    recipient: account,
    text: z.string().optional(),
    name: z.string().optional(),
    action: z.string().optional(),
    entities: z.array(entity).optional(),
    attachments: z.array(z.object({}).passthrough()).optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
  })
  .passthrough();

export function isIncomingActivity(body: unknown): boolean {
  return IncomingActivitySchema.safeParse(body).success;
}
