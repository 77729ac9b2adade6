/**
 * When to try a Teams delivery again, and after how long.
 *
 * Microsoft, "Rate limiting for bots" (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
 * retry 429, 412, 502, 503 and 504 with exponential backoff and jitter, honouring
 * Retry-After. We also retry 500 and connection failures, which are transient too.
 * Microsoft, "Status codes from bot conversational APIs": 403 (MessageWritesBlocked,
 * ForbiddenOperationException...) and 404 (ConversationNotFound,
 * BotNotInConversationRoster) mean the bot was blocked or removed: sending again
 * only adds to the rate count until the person speaks to the bot again.
 *
 * Pure: no botbuilder here, so that the outbox decides the same way whatever SDK sends.
 */

/** What went wrong with one delivery attempt: never the message text. */
export type DeliveryFailure = { status?: number; code?: string; retryAfterMs?: number; network?: boolean };

export type RetryDecision =
  { retry: true; delayMs: number } | { retry: false; reason: 'gone' | 'rejected' | 'exhausted' };

/** Attempts in all, the first one included: at most about 17 minutes of backoff before giving up. */
export const MAX_ATTEMPTS = 10;

const BASE_DELAY_MS = 2_000;
const BACKOFF_FACTOR = 2;
const MAX_BACKOFF_MS = 10 * 60 * 1000;
/** A Retry-After further away than this is more likely a mistake than a plan. */
const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 412, 429, 500, 502, 503, 504]);
const GONE_STATUSES: ReadonlySet<number> = new Set([403, 404]);

/**
 * `attempt` counts the attempts already made, the failed one included (1 after the first).
 * `random` returns [0, 1); tests pass a fixed one.
 */
export function nextAttempt(
  failure: DeliveryFailure,
  attempt: number,
  random: () => number = Math.random,
): RetryDecision {
  if (!isTransient(failure)) {
    const gone = failure.status !== undefined && GONE_STATUSES.has(failure.status);
    return { retry: false, reason: gone ? 'gone' : 'rejected' };
  }
  if (attempt >= MAX_ATTEMPTS) return { retry: false, reason: 'exhausted' };
  const retryAfter = Math.min(Math.max(failure.retryAfterMs ?? 0, 0), MAX_RETRY_AFTER_MS);
  return { retry: true, delayMs: Math.max(retryAfter, backoff(attempt, random)) };
}

function isTransient(failure: DeliveryFailure): boolean {
  if (failure.status === undefined) return failure.network === true;
  // Other 5xx are server trouble too, except "not implemented" and "version not supported".
  if (failure.status >= 500) return failure.status !== 501 && failure.status !== 505;
  return TRANSIENT_STATUSES.has(failure.status);
}

/**
 * "Full jitter": a random wait between 0 and the exponential ceiling, so that the
 * messages throttled together do not all come back at the same instant.
 */
function backoff(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * BACKOFF_FACTOR ** Math.max(attempt - 1, 0));
  return Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
}

/**
 * A Retry-After header in milliseconds: either delay-seconds or an HTTP-date
 * (RFC 9110 § 10.2.3), capped at one hour; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(text)) {
    ms = Number(text) * 1000;
  } else {
    // Only a date with letters in it: Date.parse would read "12" as a year.
    const at = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
    if (Number.isNaN(at)) return undefined;
    ms = Math.max(at - now.getTime(), 0);
  }
  return Math.min(Math.round(ms), MAX_RETRY_AFTER_MS);
}
