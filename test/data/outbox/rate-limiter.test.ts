import { describe, expect, it } from 'vitest';
import { PER_CONVERSATION, RateLimiter, type RateWindow } from '../../../data/outbox/rate-limiter.js';

function limiter(perSecond: number, perConversation?: readonly RateWindow[]) {
  let now = 1_000_000;
  const rate = new RateLimiter({ perSecond, perConversation, clock: () => now });
  /** Reserves and returns the instant reserved, relative to the start. */
  const at = (conversation: string) => now + rate.reserve(conversation) - 1_000_000;
  return { at, advance: (ms: number) => (now += ms) };
}

/** How many of `instants` fall in any window of `ms` — the most in one window. */
function busiest(instants: number[], ms: number): number {
  return Math.max(...instants.map((start) => instants.filter((t) => t >= start && t < start + ms).length));
}

describe('RateLimiter', () => {
  it('spaces requests to different conversations at the global rate', () => {
    const { at } = limiter(20);
    const instants = Array.from({ length: 100 }, (_, i) => at(`c${i}`));
    expect(instants[0]).toBe(0);
    expect(instants[99]).toBe(99 * 50);
    expect(busiest(instants, 1000)).toBe(20);
  });

  it('keeps one conversation within every documented window of Teams', () => {
    const { at } = limiter(Infinity);
    const instants = Array.from({ length: 200 }, () => at('one'));
    for (const window of PER_CONVERSATION)
      expect(busiest(instants, window.ms)).toBeLessThanOrEqual(window.count);
    // 60 in 30 seconds is the binding window for a long burst: 200 messages take more than 90 seconds.
    expect(instants[199]!).toBeGreaterThanOrEqual(90_000);
  });

  it('does not hold back other conversations behind a busy one', () => {
    const { at } = limiter(Infinity);
    for (let i = 0; i < 30; i++) at('busy');
    expect(at('other')).toBe(0);
  });

  it('lets a conversation go again at once after a quiet hour', () => {
    const { at, advance } = limiter(Infinity);
    for (let i = 0; i < 10; i++) at('one');
    advance(3_700_000);
    expect(at('one')).toBe(3_700_000);
  });
});
