import { z } from 'zod';

/**
 * Where a proactive message goes: the part of a Bot Framework conversation
 * reference that sending needs, kept in the store. No botbuilder type here so that
 * the store outlives the SDK; bot/teams/messenger.ts converts both ways.
 *
 * Refresh it from every incoming activity: Teams may move a conversation to another
 * `serviceUrl`, and a stale one fails.
 */
export const StoredReferenceSchema: z.ZodType<StoredReference> = z.object({
  serviceUrl: z.url({ protocol: /^https?$/ }),
  channelId: z.string().min(1),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.object({ id: z.string().min(1), name: z.string().optional() }),
  /** The person, in a personal chat; absent for a channel or a group chat. */
  user: z
    .object({ id: z.string().min(1), aadObjectId: z.string().optional(), name: z.string().optional() })
    .optional(),
  tenantId: z.string().optional(),
});

export type StoredReference = {
  serviceUrl: string;
  channelId: string;
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  bot: { id: string; name?: string };
  user?: { id: string; aadObjectId?: string; name?: string };
  tenantId?: string;
};
