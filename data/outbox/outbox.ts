import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DocumentChange, DocumentStore } from '../store/document-store.js';

/**
 * Every message the bot sends on its own (to AFPA, to a référent, a card updated in
 * place) is first written here, in the same commit as the change that causes it,
 * then sent in the background and retried until it goes out or can never go out.
 *
 * A message names what to send, never its text: it is rendered when it is sent,
 * from the store, so that it shows the latest state and holds no personal data.
 */

export const RecipientSchema = z.discriminatedUnion('kind', [
  /** The AFPA conversation: the channel or group chat designated by an admin, or configured. */
  z.object({ kind: z.literal('afpa') }),
  /** A person's personal chat with the bot. */
  z.object({ kind: z.literal('user'), userId: z.string().min(1) }),
]);
export type Recipient = z.infer<typeof RecipientSchema>;

export const MESSAGE_STATES = ['pending', 'sent', 'failed'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

export const OutboxMessageSchema = z.object({
  /** Also the idempotency key: one id, one message delivered. */
  id: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/),
  recipient: RecipientSchema,
  /** What to render, by type: `{ type: 'prescription-new', prescriptionId }`. */
  payload: z.object({ type: z.string().min(1) }).catchall(z.union([z.string(), z.number(), z.boolean()])),
  state: z.enum(MESSAGE_STATES),
  attempts: z.number().int().min(0),
  /** Not sent before this instant (backoff, Retry-After). */
  notBefore: z.string(),
  createdAt: z.string(),
  sentAt: z.string().optional(),
  /** Why nothing went out, for a message that had nothing to say when its time came (« rien de nouveau »). */
  skipped: z.string().optional(),
  /** The Teams id of the posted activity, to update it later. */
  activityId: z.string().optional(),
  /** Why the last attempt failed: HTTP status and Teams code, never message text. */
  lastError: z
    .object({ status: z.number().optional(), code: z.string().optional(), reason: z.string() })
    .optional(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;
export type Payload = OutboxMessage['payload'];

const COLLECTION = 'outbox';

type QueueKey = { notBefore: string; createdAt: string; id: string };
const queueKey = (m: OutboxMessage): QueueKey => ({
  notBefore: m.notBefore,
  createdAt: m.createdAt,
  id: m.id,
});
function compareKeys(a: QueueKey, b: QueueKey): number {
  return (
    a.notBefore.localeCompare(b.notBefore) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** A new message, due now. */
export function newMessage(
  recipient: Recipient,
  payload: Payload,
  now: Date,
  id: string = randomUUID(),
): OutboxMessage {
  return {
    id,
    recipient,
    payload,
    state: 'pending',
    attempts: 0,
    notBefore: now.toISOString(),
    createdAt: now.toISOString(),
  };
}

export function outboxChanges(messages: readonly OutboxMessage[]): DocumentChange[] {
  return messages.map((message) => ({ collection: COLLECTION, key: message.id, document: message }));
}

/** How long a sent or failed message stays readable in « état des envois ». */
const KEEP_DONE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The outbox: pending messages indexed in memory by due time, so that finding the
 * next one to send does not read the store; every change written per message.
 */
export class Outbox {
  private readonly pending = new Map<string, OutboxMessage>();
  /** The pending messages sorted by due time, then creation, then id. */
  private readonly queue: QueueKey[] = [];
  private readonly done = new Map<string, OutboxMessage>();
  private readonly listeners = new Set<() => void>();

  private constructor(private readonly docs: DocumentStore) {}

  /**
   * `takeOver` says which stored messages this process sends: all of them for the bot
   * (what a crash left pending goes out), none for `npm run digest`, which sends only
   * what it claims itself while the bot goes on with the rest.
   */
  static async open(
    docs: DocumentStore,
    takeOver: (message: OutboxMessage) => boolean = () => true,
  ): Promise<Outbox> {
    const outbox = new Outbox(docs);
    for (const message of (await docs.all<OutboxMessage>(COLLECTION)).values())
      if (takeOver(message)) outbox.index(message);
    return outbox;
  }

  /** Called by the stores once their commit holding `messages` is written. */
  added(messages: readonly OutboxMessage[]): void {
    for (const message of messages) this.index(message);
    if (messages.length > 0) this.listeners.forEach((wake) => wake());
  }

  /**
   * Writes `message` unless a message with its id was ever written (and not pruned),
   * and says whether it did. Two processes claiming the same id: one wins. The id is
   * then the claim: a weekly digest is `digest-<référent>-<week>`.
   */
  async claim(message: OutboxMessage): Promise<boolean> {
    const created = await this.docs.create(COLLECTION, message.id, message);
    if (created) this.added([message]);
    return created;
  }

  /** Writes messages that are not part of a larger change. */
  async enqueue(messages: readonly OutboxMessage[]): Promise<void> {
    await this.docs.commit(outboxChanges(messages));
    this.added(messages);
  }

  onAdded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pending messages due at `now`, oldest first: read from the front of the queue, whatever its length. */
  due(now: Date, limit = 20): OutboxMessage[] {
    const at = now.toISOString();
    const found: OutboxMessage[] = [];
    for (const key of this.queue) {
      if (found.length >= limit || key.notBefore > at) break;
      found.push(this.pending.get(key.id)!);
    }
    return found;
  }

  /** When the next pending message falls due, if any. */
  nextDueAt(): Date | undefined {
    const first = this.queue[0];
    return first ? new Date(first.notBefore) : undefined;
  }

  get(id: string): OutboxMessage | undefined {
    return this.pending.get(id) ?? this.done.get(id);
  }

  pendingCount(): number {
    return this.pending.size;
  }

  /** Sent, failed and waiting messages, newest first, for « état des envois ». */
  recent(now: Date): { pending: OutboxMessage[]; failed: OutboxMessage[]; sent: number } {
    const cutoff = new Date(now.getTime() - KEEP_DONE_MS).toISOString();
    const done = [...this.done.values()].filter((m) => (m.sentAt ?? m.createdAt) >= cutoff);
    const byNewest = (a: OutboxMessage, b: OutboxMessage) => b.createdAt.localeCompare(a.createdAt);
    return {
      pending: [...this.pending.values()].sort(byNewest),
      failed: done.filter((m) => m.state === 'failed').sort(byNewest),
      sent: done.filter((m) => m.state === 'sent').length,
    };
  }

  /** Pending messages matching `test` (a message still waiting can make another one unnecessary). */
  findPending(test: (message: OutboxMessage) => boolean): OutboxMessage[] {
    return [...this.pending.values()].filter(test);
  }

  markSent(message: OutboxMessage, at: Date, activityId?: string): Promise<void> {
    return this.save({
      ...message,
      state: 'sent',
      attempts: message.attempts + 1,
      sentAt: at.toISOString(),
      ...(activityId ? { activityId } : {}),
    });
  }

  /** Done without sending: when its time came, the message had nothing to say. */
  markSkipped(message: OutboxMessage, at: Date, reason: string): Promise<void> {
    return this.save({
      ...message,
      state: 'sent',
      attempts: message.attempts + 1,
      sentAt: at.toISOString(),
      skipped: reason,
    });
  }

  /** Every message of one kind still kept, waiting or done: what « état des envois » counts for a run. */
  ofType(type: string): OutboxMessage[] {
    return [...this.pending.values(), ...this.done.values()].filter((m) => m.payload.type === type);
  }

  markRetry(
    message: OutboxMessage,
    notBefore: Date,
    error: NonNullable<OutboxMessage['lastError']>,
  ): Promise<void> {
    return this.save({
      ...message,
      attempts: message.attempts + 1,
      notBefore: notBefore.toISOString(),
      lastError: error,
    });
  }

  /** Waits without counting an attempt: the recipient is not known yet (no AFPA conversation). */
  postpone(message: OutboxMessage, notBefore: Date, reason: string): Promise<void> {
    return this.save({ ...message, notBefore: notBefore.toISOString(), lastError: { reason } });
  }

  markFailed(message: OutboxMessage, error: NonNullable<OutboxMessage['lastError']>): Promise<void> {
    return this.save({ ...message, state: 'failed', attempts: message.attempts + 1, lastError: error });
  }

  /** Everything waiting for `recipient` becomes due now (the AFPA conversation was just designated). */
  async wakeAll(test: (message: OutboxMessage) => boolean, now: Date): Promise<void> {
    const woken = this.findPending(test).map((m) => ({ ...m, notBefore: now.toISOString() }));
    if (woken.length === 0) return;
    await this.docs.commit(outboxChanges(woken));
    this.added(woken);
  }

  /** Drops sent and failed messages older than the window of « état des envois ». */
  async prune(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - KEEP_DONE_MS).toISOString();
    const old = [...this.done.values()].filter((m) => (m.sentAt ?? m.createdAt) < cutoff);
    await this.docs.commit(old.map((m) => ({ collection: COLLECTION, key: m.id, document: null })));
    old.forEach((m) => this.done.delete(m.id));
    return old.length;
  }

  private async save(message: OutboxMessage): Promise<void> {
    await this.docs.commit(outboxChanges([message]));
    this.index(message);
  }

  private index(message: OutboxMessage): void {
    const previous = this.pending.get(message.id);
    if (previous) this.queue.splice(this.position(queueKey(previous)), 1);
    if (message.state === 'pending') {
      this.pending.set(message.id, message);
      this.done.delete(message.id);
      const key = queueKey(message);
      this.queue.splice(this.position(key), 0, key);
    } else {
      this.pending.delete(message.id);
      this.done.set(message.id, message);
    }
  }

  /** Where `key` is, or goes, in the queue sorted by due time (binary search). */
  private position(key: QueueKey): number {
    let low = 0;
    let high = this.queue.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(this.queue[middle]!, key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
