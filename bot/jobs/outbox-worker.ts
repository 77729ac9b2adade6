import type { Activity } from 'botbuilder';
import type { StoredReference } from '../../data/outbox/conversation-ref.js';
import type { Outbox, OutboxMessage } from '../../data/outbox/outbox.js';
import type { RateLimiter } from '../../data/outbox/rate-limiter.js';
import { MAX_ATTEMPTS, nextAttempt } from '../../data/outbox/retry-policy.js';
import { describeError, type Logger } from '../logger.js';
import { DeliveryError, type Messenger } from '../teams/messenger.js';

/**
 * Sends what the outbox holds, in the background: each message rendered from the
 * store at the moment it leaves, sent through the one Teams module, and marked sent,
 * retried (backoff, Retry-After) or failed (the recipient blocked or removed the bot).
 * Started with the bot, it picks up whatever a crash or a restart left pending.
 */

/** What a message becomes when it is about to leave. */
export type Rendered =
  | {
      kind: 'send';
      to: StoredReference;
      activity: Partial<Activity>;
      /** Called once Teams has the message, with its id (to update the card later). */
      onSent?: (activityId: string | undefined) => Promise<void>;
    }
  | { kind: 'update'; to: StoredReference; activityId: string; activity: Partial<Activity> }
  /** Nothing to send any more (the card it would update will be posted up to date). */
  | { kind: 'skip'; reason: string }
  /** The recipient is not known yet (no AFPA conversation designated): try again later, no attempt counted. */
  | { kind: 'wait'; reason: string; retryInMs: number }
  /** It can never be sent (the prescription is gone, the person unknown). */
  | { kind: 'drop'; reason: string };

export type Render = (message: OutboxMessage) => Promise<Rendered>;

/** How long a message is set aside after a failure that is not Teams' own. */
const SET_ASIDE_MS = 60_000;

export type OutboxWorkerDeps = {
  outbox: Outbox;
  render: Render;
  messenger: Messenger;
  clock: () => Date;
  logger: Logger;
  /** Told when Teams answers that a person blocked or removed the bot (403, 404). */
  onRecipientGone?: (message: OutboxMessage) => Promise<void>;
  /** Messages sent at the same time; Teams counts per conversation and per tenant. */
  concurrency?: number;
  /** Keeps sends within Teams' rates, per conversation and for the whole app. */
  limiter?: RateLimiter;
  random?: () => number;
};

export class OutboxWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private unsubscribe?: () => void;
  /** Messages set aside after an unexpected failure, until this instant (ms). */
  private readonly deferred = new Map<string, number>();

  constructor(private readonly deps: OutboxWorkerDeps) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.deps.outbox.onAdded(() => this.kick());
    this.kick();
  }

  /** Stops taking new messages and waits for those in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Sends everything due now, and resolves when done (tests, the command line). */
  async drain(): Promise<void> {
    const limit = this.deps.concurrency ?? 4;
    for (;;) {
      const now = this.deps.clock().getTime();
      for (const [id, until] of this.deferred) if (until <= now) this.deferred.delete(id);
      const due = this.deps.outbox
        .due(this.deps.clock(), limit + this.deferred.size)
        .filter((message) => !this.deferred.has(message.id))
        .slice(0, limit);
      if (due.length === 0) return;
      await Promise.all(due.map((message) => this.deliverSafely(message)));
    }
  }

  /**
   * A failure that is not Teams' (the store refusing a write, a bug) sets the message
   * aside for a while instead of sending it again at once, in a loop.
   */
  private async deliverSafely(message: OutboxMessage): Promise<void> {
    try {
      await this.deliver(message);
    } catch (error) {
      this.deps.logger.error('outbox_delivery_failed', { messageId: message.id, ...describeError(error) });
      this.deferred.set(message.id, this.deps.clock().getTime() + SET_ASIDE_MS);
    }
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.running = this.drain()
      .catch((error: unknown) => this.deps.logger.error('outbox_failed', describeError(error)))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        } else {
          this.schedule();
        }
      });
  }

  /** Sleeps until the next message falls due. */
  private schedule(): void {
    if (this.stopped) return;
    const next = this.deps.outbox.nextDueAt();
    if (!next) return;
    const wait = Math.max(0, Math.min(next.getTime() - this.deps.clock().getTime(), 60_000));
    this.timer = setTimeout(() => this.kick(), wait);
    this.timer.unref();
  }

  private async deliver(message: OutboxMessage): Promise<void> {
    const { outbox, messenger, clock, logger } = this.deps;
    const fields = { messageId: message.id, type: message.payload.type, attempt: message.attempts + 1 };
    let rendered: Rendered;
    try {
      rendered = await this.deps.render(message);
    } catch (error) {
      logger.error('outbox_render_failed', { ...fields, ...describeError(error) });
      const problem = { reason: 'erreur de préparation du message' };
      await (message.attempts + 1 >= MAX_ATTEMPTS
        ? outbox.markFailed(message, problem)
        : outbox.markRetry(message, new Date(clock().getTime() + SET_ASIDE_MS), problem));
      return;
    }
    if (rendered.kind === 'skip' || rendered.kind === 'drop') {
      await (rendered.kind === 'skip'
        ? outbox.markSkipped(message, clock(), rendered.reason)
        : outbox.markFailed(message, { reason: rendered.reason }));
      logger.info(rendered.kind === 'skip' ? 'outbox_skipped' : 'outbox_dropped', fields);
      return;
    }
    if (rendered.kind === 'wait') {
      await outbox.postpone(message, new Date(clock().getTime() + rendered.retryInMs), rendered.reason);
      return;
    }
    await this.deps.limiter?.take(rendered.to.conversation.id);
    try {
      if (rendered.kind === 'send') {
        const { activityId } = await messenger.send(rendered.to, rendered.activity);
        await outbox.markSent(message, clock(), activityId);
        await rendered.onSent?.(activityId);
      } else {
        await messenger.update(rendered.to, rendered.activityId, rendered.activity);
        await outbox.markSent(message, clock());
      }
      logger.info('outbox_sent', fields);
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error;
      await this.failed(message, error, fields);
    }
  }

  private async failed(
    message: OutboxMessage,
    error: DeliveryError,
    fields: Record<string, string | number>,
  ) {
    const { outbox, clock, logger } = this.deps;
    const { status, code } = error.failure;
    const decision = nextAttempt(error.failure, message.attempts + 1, this.deps.random);
    if (decision.retry) {
      await outbox.markRetry(message, new Date(clock().getTime() + decision.delayMs), {
        status,
        code,
        reason: 'nouvel essai prévu',
      });
      logger.warn('outbox_retry', { ...fields, status, code, delayMs: decision.delayMs });
      return;
    }
    const reason =
      decision.reason === 'gone'
        ? 'destinataire injoignable : le bot a été bloqué ou retiré de la conversation'
        : decision.reason === 'exhausted'
          ? 'abandonné après plusieurs essais'
          : 'refusé par Teams';
    await outbox.markFailed(message, { status, code, reason });
    logger.warn('outbox_failed_for_good', { ...fields, status, code, reason: decision.reason });
    if (decision.reason === 'gone') await this.deps.onRecipientGone?.(message);
  }
}
