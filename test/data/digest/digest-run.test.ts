import { describe, expect, it } from 'vitest';
import { DigestRuns, digestMessageId, type Reach } from '../../../data/digest/digest-run.js';
import { Subscriptions } from '../../../data/digest/subscriptions.js';
import { Outbox } from '../../../data/outbox/outbox.js';
import { MemoryDocumentStore } from '../../../data/store/document-store.js';
import { testClock } from '../../factories.js';

// Monday 7 December 2026, 08:30 in Paris: week 50.
const MONDAY = '2026-12-07T07:30:00Z';

async function setup(reach: Reach = () => 'ok') {
  const docs = new MemoryDocumentStore();
  const time = testClock(MONDAY);
  const subscriptions = await Subscriptions.open(docs);
  const outbox = await Outbox.open(docs);
  const open = () => DigestRuns.open({ docs, subscriptions, outbox, reach, clock: time.clock });
  return { docs, time, subscriptions, outbox, runs: await open(), open };
}

describe('a digest run', () => {
  it('claims one message per subscriber and per week, whatever runs again', async () => {
    const { subscriptions, outbox, runs, open, time } = await setup();
    for (const id of ['29:a', '29:b', '29:c'])
      await subscriptions.subscribe(id, new Date('2026-12-01T10:00:00Z'));
    const first = await runs.run({ trigger: 'planning' });
    expect(first.report.counts.claimed).toBe(3);
    expect(first.report.week).toBe('2026-W50');
    expect(outbox.pendingCount()).toBe(3);

    // The same week, triggered again, by another instance started on the same store, or an hour later.
    const again = await runs.run({ trigger: 'http' });
    const other = await (await open()).run({ trigger: 'commande' });
    time.advance({ hours: 1 });
    const later = await runs.run({ trigger: 'rattrapage' });
    for (const run of [again, other, later]) {
      expect(run.report.counts.claimed).toBe(0);
      expect(run.report.counts.already).toBe(3);
    }
    expect(outbox.pendingCount()).toBe(3);
    expect(outbox.get(digestMessageId('29:a', '2026-W50'))?.payload).toMatchObject({
      type: 'digest',
      userId: '29:a',
      week: '2026-W50',
      since: '',
    });

    // Next week, the digest says what changed since this one.
    time.advance({ days: 7 });
    const next = await runs.run({ trigger: 'planning' });
    expect(next.report.counts.claimed).toBe(3);
    expect(outbox.get(digestMessageId('29:a', '2026-W51'))?.payload['since']).toBe(
      '2026-12-07T07:30:00.000Z',
    );
  });

  it('claims only what a run killed halfway had not claimed yet', async () => {
    const { subscriptions, outbox, runs } = await setup();
    for (const id of ['29:a', '29:b', '29:c', '29:d'])
      await subscriptions.subscribe(id, new Date('2026-12-01T10:00:00Z'));
    // What the killed run had claimed before it died.
    const claimedBefore = digestMessageId('29:b', '2026-W50');
    await outbox.claim({
      id: claimedBefore,
      recipient: { kind: 'user', userId: '29:b' },
      payload: { type: 'digest', userId: '29:b', week: '2026-W50', since: '' },
      state: 'pending',
      attempts: 0,
      notBefore: MONDAY,
      createdAt: MONDAY,
    });
    const { report } = await runs.run({ trigger: 'rattrapage' });
    expect(report.counts).toMatchObject({ claimed: 3, already: 1 });
    expect(outbox.pendingCount()).toBe(4);
  });

  it('leaves out whoever cannot be reached, is not due, or subscribed after the planned time', async () => {
    const reach: Reach = (id) => (id === '29:blocked' ? 'unreachable' : id === '29:never' ? 'noChat' : 'ok');
    const { subscriptions, runs } = await setup(reach);
    const before = new Date('2026-12-01T10:00:00Z');
    await subscriptions.subscribe('29:blocked', before);
    await subscriptions.subscribe('29:never', before);
    await subscriptions.subscribe('29:late', new Date('2026-12-07T10:00:00Z'));
    await subscriptions.subscribe('29:biweekly', before, {
      dispositifs: [],
      trades: [],
      towns: [],
      frequency: 'biweekly',
      sendWhenNothingNew: false,
    });
    await subscriptions.markDigested('29:biweekly', '2026-W49', new Date('2026-11-30T07:30:00Z'));
    await subscriptions.subscribe('29:gone', before);
    await subscriptions.unsubscribe('29:gone');
    const { report } = await runs.run({ trigger: 'rattrapage', cutoff: new Date(MONDAY) });
    expect(report.counts).toMatchObject({
      claimed: 0,
      unreachable: 1,
      noChat: 1,
      subscribedAfter: 1,
      notDue: 1,
    });
  });

  it('claims nothing in a dry run and says who would get one', async () => {
    const { subscriptions, outbox, runs } = await setup();
    await subscriptions.subscribe('29:a', new Date('2026-12-01T10:00:00Z'));
    const { report, plan } = await runs.run({ trigger: 'commande', dryRun: true });
    expect(plan.map((p) => [p.subscription.userId, p.outcome])).toEqual([['29:a', 'claimed']]);
    expect(report.dryRun).toBe(true);
    expect(outbox.pendingCount()).toBe(0);
    expect(runs.recentRuns()).toEqual([]);
  });

  it('keeps the reports of the last runs for « état des envois », across a restart', async () => {
    const { subscriptions, runs, open, time } = await setup();
    await subscriptions.subscribe('29:a', new Date('2026-12-01T10:00:00Z'));
    await runs.run({ trigger: 'planning' });
    time.advance({ hours: 1 });
    await runs.run({ trigger: 'admin' });
    const reopened = await open();
    expect(reopened.recentRuns().map((r) => [r.trigger, r.counts.claimed])).toEqual([
      ['admin', 0],
      ['planning', 1],
    ]);
  });
});
