import { describe, expect, it } from 'vitest';
import {
  MAX_ATTEMPTS,
  nextAttempt,
  parseRetryAfter,
  type DeliveryFailure,
  type RetryDecision,
} from '../../../data/outbox/retry-policy.js';

/** The top of the jitter range: what `random` can come closest to without reaching 1. */
const ALMOST_ONE = 1 - Number.EPSILON;
const top = () => ALMOST_ONE;
const half = () => 0.5;
const zero = () => 0;

describe('nextAttempt: which failures are worth another try', () => {
  const cases: Array<[string, DeliveryFailure, RetryDecision['retry'], string?]> = [
    ['429 throttled', { status: 429 }, true],
    ['412 precondition failed', { status: 412 }, true],
    ['500 internal error', { status: 500 }, true],
    ['502 bad gateway', { status: 502 }, true],
    ['503 unavailable', { status: 503 }, true],
    ['504 gateway timeout', { status: 504 }, true],
    ['408 request timeout', { status: 408 }, true],
    ['connection refused', { network: true, code: 'ECONNREFUSED' }, true],
    ['timeout', { network: true }, true],
    ['403 MessageWritesBlocked', { status: 403, code: 'MessageWritesBlocked' }, false, 'gone'],
    ['403 ForbiddenOperationException', { status: 403, code: 'ForbiddenOperationException' }, false, 'gone'],
    ['403 without code', { status: 403 }, false, 'gone'],
    ['404 ConversationNotFound', { status: 404, code: 'ConversationNotFound' }, false, 'gone'],
    ['404 BotNotInConversationRoster', { status: 404, code: 'BotNotInConversationRoster' }, false, 'gone'],
    ['400 bad argument', { status: 400, code: 'BadArgument' }, false, 'rejected'],
    ['401 unauthorised', { status: 401 }, false, 'rejected'],
    ['413 too large', { status: 413 }, false, 'rejected'],
    ['501 not implemented', { status: 501 }, false, 'rejected'],
    ['a bug, not a delivery failure', { code: 'TypeError' }, false, 'rejected'],
    ['nothing known', {}, false, 'rejected'],
    ['403 even with a Retry-After', { status: 403, retryAfterMs: 1000 }, false, 'gone'],
  ];

  it.each(cases)('%s', (_name, failure, retry, reason) => {
    const decision = nextAttempt(failure, 1, half);
    expect(decision.retry).toBe(retry);
    if (!decision.retry) expect(decision.reason).toBe(reason);
  });
});

describe('nextAttempt: how many tries', () => {
  const cases: Array<[number, RetryDecision]> = [
    [1, { retry: true, delayMs: 1_000 }],
    [MAX_ATTEMPTS - 1, { retry: true, delayMs: 256_000 }],
    [MAX_ATTEMPTS, { retry: false, reason: 'exhausted' }],
    [MAX_ATTEMPTS + 1, { retry: false, reason: 'exhausted' }],
  ];
  it.each(cases)('after attempt %i', (attempt, expected) => {
    expect(nextAttempt({ status: 503 }, attempt, half)).toEqual(expected);
  });

  it('says gone, not exhausted, for a recipient gone at the last attempt', () => {
    expect(nextAttempt({ status: 404 }, MAX_ATTEMPTS, half)).toEqual({ retry: false, reason: 'gone' });
  });
});

describe('nextAttempt: how long to wait', () => {
  // Full jitter: a random share of 2 s × 2^(attempt − 1), capped at 10 min.
  const cases: Array<[string, DeliveryFailure, number, () => number, number]> = [
    ['attempt 1, lowest draw', { status: 429 }, 1, zero, 0],
    ['attempt 1, middle draw', { status: 429 }, 1, half, 1_000],
    ['attempt 1, highest draw', { status: 429 }, 1, top, 1_999],
    ['attempt 2, highest draw', { status: 429 }, 2, top, 3_999],
    ['attempt 9, highest draw, below the cap', { status: 429 }, 9, top, 511_999],
    ['Retry-After larger than the backoff wins', { status: 429, retryAfterMs: 30_000 }, 1, top, 30_000],
    ['backoff larger than Retry-After wins', { status: 429, retryAfterMs: 500 }, 2, half, 2_000],
    ['Retry-After of 0 leaves the backoff', { status: 503, retryAfterMs: 0 }, 1, half, 1_000],
    ['Retry-After beyond an hour is capped', { status: 429, retryAfterMs: 86_400_000 }, 1, zero, 3_600_000],
    ['network failure backs off the same way', { network: true }, 3, half, 4_000],
  ];
  it.each(cases)('%s', (_name, failure, attempt, random, delayMs) => {
    expect(nextAttempt(failure, attempt, random)).toEqual({ retry: true, delayMs });
  });

  it('stays within [0, ceiling) for any draw', () => {
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const ceiling = Math.min(2_000 * 2 ** (attempt - 1), 600_000);
      for (const draw of [0, 0.25, 0.75, ALMOST_ONE]) {
        const decision = nextAttempt({ status: 502 }, attempt, () => draw);
        expect(decision.retry).toBe(true);
        if (decision.retry) {
          expect(decision.delayMs).toBeGreaterThanOrEqual(0);
          expect(decision.delayMs).toBeLessThan(ceiling);
        }
      }
    }
  });

  it('uses Math.random when given nothing', () => {
    const decision = nextAttempt({ status: 429 }, 1);
    expect(decision.retry && decision.delayMs).toBeLessThan(2_000);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2024-03-05T10:00:00Z');
  const cases: Array<[string, string | null | undefined, number | undefined]> = [
    ['seconds', '3', 3_000],
    ['zero seconds', '0', 0],
    ['seconds with spaces', ' 120 ', 120_000],
    ['fractional seconds', '1.5', 1_500],
    ['HTTP-date 90 s ahead', 'Tue, 05 Mar 2024 10:01:30 GMT', 90_000],
    ['HTTP-date in the past', 'Tue, 05 Mar 2024 09:59:00 GMT', 0],
    ['HTTP-date now', 'Tue, 05 Mar 2024 10:00:00 GMT', 0],
    ['seconds beyond an hour', '7200', 3_600_000],
    ['HTTP-date beyond an hour', 'Wed, 06 Mar 2024 10:00:00 GMT', 3_600_000],
    ['exactly an hour', '3600', 3_600_000],
    ['negative seconds', '-5', undefined],
    ['not a date', 'soon', undefined],
    ['empty', '', undefined],
    ['null', null, undefined],
    ['absent', undefined, undefined],
  ];
  it.each(cases)('%s', (_name, value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
