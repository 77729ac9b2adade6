/**
 * Keeps what the bot sends on its own within Teams' limits, so that a weekly digest to
 * thousands of référents does not end in a storm of 429s.
 *
 * Microsoft, "Optimize your bot with rate limiting in Teams"
 * (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): per bot and per
 * conversation, sending is limited to 7 operations a second, 8 in 2 seconds, 60 in 30
 * seconds and 1,800 an hour; per app and per tenant, the global limit is stated there
 * as 50 requests a second, and lower figures (30) are given for some operations: the
 * global rate is configurable and defaults under the lowest (20 a second). The exact
 * values may change, which is why 429 is still retried (retry-policy.ts).
 */

export type RateWindow = { count: number; ms: number };

/** Per bot and per conversation: the four windows of the page cited above. */
export const PER_CONVERSATION: readonly RateWindow[] = [
  { count: 7, ms: 1_000 },
  { count: 8, ms: 2_000 },
  { count: 60, ms: 30_000 },
  { count: 1_800, ms: 3_600_000 },
];

export type RateLimiterOptions = {
  /** Requests a second for the whole app; Infinity lifts the limit (the bench). */
  perSecond: number;
  perConversation?: readonly RateWindow[];
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

const defaultSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * Each request reserves the first instant at which it keeps every limit, then waits
 * for it: reservations are handed out in order, so nobody is starved, and the
 * requests to one conversation never bunch up whatever the others do.
 */
export class RateLimiter {
  private nextGlobal = 0;
  /** Reserved instants per conversation, oldest first, within the longest window. */
  private readonly reserved = new Map<string, number[]>();
  private readonly windows: readonly RateWindow[];
  private readonly longest: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.windows = options.perConversation ?? PER_CONVERSATION;
    this.longest = Math.max(0, ...this.windows.map((w) => w.ms));
  }

  /** Waits until a request to `conversationId` may go. */
  async take(conversationId: string): Promise<void> {
    const wait = this.reserve(conversationId);
    if (wait > 0) await (this.options.sleep ?? defaultSleep)(wait);
  }

  /** Reserves the next allowed instant for `conversationId` and says how long to wait for it, in ms. */
  reserve(conversationId: string): number {
    const now = (this.options.clock ?? Date.now)();
    const log = this.recent(conversationId, now);
    let at = Math.max(now, this.nextGlobal);
    for (const { count, ms } of this.windows) {
      // The request that would be one too many in this window must fall out of it first.
      if (log.length >= count) at = Math.max(at, log[log.length - count]! + ms);
    }
    log.push(at);
    this.reserved.set(conversationId, log);
    if (Number.isFinite(this.options.perSecond)) this.nextGlobal = at + 1000 / this.options.perSecond;
    return at - now;
  }

  private recent(conversationId: string, now: number): number[] {
    const log = this.reserved.get(conversationId) ?? [];
    const first = log.findIndex((at) => at > now - this.longest);
    if (first < 0) {
      this.reserved.delete(conversationId);
      return [];
    }
    return first > 0 ? log.slice(first) : log;
  }
}
