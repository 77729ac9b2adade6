import { describe, expect, it } from 'vitest';
import { MemoryDocumentStore } from '../../../data/store/document-store.js';
import { Subscriptions } from '../../../data/digest/subscriptions.js';

const NOW = new Date('2026-11-30T10:00:00Z');

describe('digest subscriptions', () => {
  it('subscribes, unsubscribes and keeps the choices for a later subscription', async () => {
    const docs = new MemoryDocumentStore();
    const subscriptions = await Subscriptions.open(docs);
    await subscriptions.subscribe('29:a', NOW, {
      dispositifs: ['promo-16-18'],
      trades: ['Soudure'],
      towns: [],
      frequency: 'biweekly',
      sendWhenNothingNew: true,
    });
    expect(await subscriptions.unsubscribe('29:a')).toBe(true);
    expect(await subscriptions.unsubscribe('29:a')).toBe(false);
    expect(subscriptions.active()).toEqual([]);
    await subscriptions.subscribe('29:a', new Date('2026-12-15T10:00:00Z'));
    const reopened = await Subscriptions.open(docs);
    expect(reopened.get('29:a')).toMatchObject({
      active: true,
      trades: ['Soudure'],
      frequency: 'biweekly',
      subscribedAt: '2026-12-15T10:00:00.000Z',
    });
  });

  it('offers the digest once, and never to someone already subscribed', async () => {
    const subscriptions = await Subscriptions.open(new MemoryDocumentStore());
    expect(await subscriptions.offer('29:a', NOW)).toBe(true);
    expect(await subscriptions.offer('29:a', NOW)).toBe(false);
    expect(subscriptions.get('29:a')?.active).toBe(false);
    await subscriptions.subscribe('29:b', NOW);
    expect(await subscriptions.offer('29:b', NOW)).toBe(false);
    await subscriptions.unsubscribe('29:b');
    expect(await subscriptions.offer('29:b', NOW)).toBe(false);
  });

  it('is due every week, or every other week, from the last digest', async () => {
    const subscriptions = await Subscriptions.open(new MemoryDocumentStore());
    const weekly = await subscriptions.subscribe('29:w', NOW);
    expect(Subscriptions.dueIn(weekly, '2026-W49')).toBe(true);
    const sent = (await subscriptions.markDigested('29:w', '2026-W49', NOW))!;
    expect(Subscriptions.dueIn(sent, '2026-W49')).toBe(false);
    expect(Subscriptions.dueIn(sent, '2026-W50')).toBe(true);

    await subscriptions.subscribe('29:b', NOW, {
      dispositifs: [],
      trades: [],
      towns: [],
      frequency: 'biweekly',
      sendWhenNothingNew: false,
    });
    const biweekly = (await subscriptions.markDigested('29:b', '2026-W52', NOW))!;
    expect(Subscriptions.dueIn(biweekly, '2026-W53')).toBe(false);
    expect(Subscriptions.dueIn(biweekly, '2027-W01')).toBe(true);
  });
});
