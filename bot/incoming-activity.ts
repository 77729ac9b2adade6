import { z } from 'zod';

/**
 * What an activity must look like for the bot to handle it: every field the adapter or a
 * handler reads without checking is checked here, so that a forged activity is refused
 * with 400 before it reaches the bot instead of ending in an exception mid-turn. The
 * schema says it; `isIncomingActivity` checks it.
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

/**
 * IncomingActivitySchema, checked by hand: what it accepts, and only that (a test holds
 * the two side by side on valid and forged activities). Every request goes through this
 * check, and zod, whose parsers every schema of the app shares, cost 10 to 20 µs of each
 * turn here, more than the rest of the HTTP boundary.
 */
export function isIncomingActivity(body: unknown): boolean {
  if (!isRecord(body)) return false;
  const { conversation } = body;
  return (
    isFilled(body['type']) &&
    isFilled(body['channelId']) &&
    isUrl(body['serviceUrl']) &&
    isRecord(conversation) &&
    isFilled(conversation['id']) &&
    optional(conversation['tenantId'], isString) &&
    optional(conversation['conversationType'], isString) &&
    optional(conversation['isGroup'], isBoolean) &&
    isAccount(body['from']) &&
    optional((body['from'] as Record<string, unknown>)['aadObjectId'], isString) &&
    isAccount(body['recipient']) &&
    optional(body['text'], isString) &&
    optional(body['name'], isString) &&
    optional(body['action'], isString) &&
    optional(body['entities'], (entities) => isListOf(entities, isEntity)) &&
    optional(body['attachments'], (attachments) => isListOf(attachments, isRecord)) &&
    optional(body['membersAdded'], (members) => isListOf(members, isAccount)) &&
    optional(body['membersRemoved'], (members) => isListOf(members, isAccount))
  );
}

/** What zod takes for an object: not null, not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** z.string().min(1). */
function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** z.string().url(): what the URL parser reads, once trimmed. */
function isUrl(value: unknown): boolean {
  return typeof value === 'string' && URL.canParse(value.trim());
}

/** `.optional()`: absent, or as checked. */
function optional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isListOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every((item) => check(item));
}

/** `account`. */
function isAccount(value: unknown): boolean {
  return isRecord(value) && isFilled(value['id']) && optional(value['name'], isString);
}

/** `entity`: a mention names whom it mentions. */
function isEntity(value: unknown): boolean {
  return (
    isRecord(value) &&
    optional(value['type'], isString) &&
    (value['type'] !== 'mention' || isAccount(value['mentioned']))
  );
}
