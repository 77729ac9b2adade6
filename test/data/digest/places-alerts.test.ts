import { describe, expect, it } from 'vitest';
import { AgendaStore } from '../../../data/agenda/agenda-store.js';
import type { EntrySession, TrainingPlace } from '../../../data/agenda/model.js';
import { alertMessageId, PlacesAlerts } from '../../../data/digest/places-alerts.js';
import { Subscriptions, type Preferences } from '../../../data/digest/subscriptions.js';
import { Outbox } from '../../../data/outbox/outbox.js';
import { MemoryDocumentStore } from '../../../data/store/document-store.js';
import { testClock } from '../../factories.js';

const place = (id: string, trade: string, available: number): TrainingPlace => ({
  id,
  training: `Formation ${trade}`,
  trade,
  start: '2027-01-04',
  end: '2027-06-30',
  place: 'Montauban',
  available,
  updatedAt: '2026-12-08',
});
const session = (id: string, dispositif: EntrySession['dispositif'], seats: number | null): EntrySession => ({
  id,
  dispositif,
  volet: '',
  start: '2027-01-11',
  end: '2027-03-11',
  place: 'Montauban',
  modality: 'presentiel',
  seats,
});
const follows = (more: Partial<Preferences>): Preferences => ({
  dispositifs: [],
  trades: [],
  towns: [],
  frequency: 'weekly',
  sendWhenNothingNew: false,
  ...more,
});

async function setup() {
  const docs = new MemoryDocumentStore();
  const time = testClock('2026-12-08T09:00:00Z');
  const agenda = await AgendaStore.inMemory(time.clock);
  const subscriptions = await Subscriptions.open(docs);
  const outbox = await Outbox.open(docs);
  const alerts = new PlacesAlerts({
    docs,
    agenda,
    subscriptions,
    outbox,
    reach: () => 'ok',
    clock: time.clock,
  });
  await alerts.scan(); // the first scan only sets the cursor
  return { time, agenda, subscriptions, outbox, alerts };
}

describe('places alerts', () => {
  it('tells each follower of a trade once a day, however many imports that day', async () => {
    const { time, agenda, subscriptions, outbox, alerts } = await setup();
    const since = new Date('2026-12-01T00:00:00Z');
    await subscriptions.subscribe('29:soudure', since, follows({ trades: ['soudure'] }));
    await subscriptions.subscribe('29:soudure-2', since, follows({ trades: ['Soudure', 'cariste'] }));
    await subscriptions.subscribe('29:cariste', since, follows({ trades: ['cariste'] }));
    await subscriptions.subscribe('29:everything', since);

    time.advance({ ms: 60_000 });
    await agenda.replace('places', [place('s', 'Soudure', 4), place('m', 'Maçonnerie', 2)]);
    expect(await alerts.scan()).toEqual({ alerts: 2, changes: 2 });
    expect(outbox.get(alertMessageId('29:soudure', '2026-12-08'))?.payload).toMatchObject({
      type: 'places-alert',
      day: '2026-12-08',
    });

    // A second import the same day, with more places: nothing more.
    time.advance({ hours: 2 });
    await agenda.replace('places', [place('s', 'Soudure', 6), place('m', 'Maçonnerie', 2)]);
    expect(await alerts.scan()).toMatchObject({ alerts: 0 });
    expect(outbox.pendingCount()).toBe(2);

    // The next day, new places again: a new alert.
    time.advance({ days: 1 });
    await agenda.replace('places', [place('s', 'Soudure', 8), place('m', 'Maçonnerie', 2)]);
    expect(await alerts.scan()).toMatchObject({ alerts: 2 });
  });

  it('tells followers of a programme about a new entry session with room, not about a full one', async () => {
    const { time, agenda, subscriptions, alerts } = await setup();
    await subscriptions.subscribe(
      '29:promo',
      new Date('2026-12-01T00:00:00Z'),
      follows({ dispositifs: ['promo-16-18'] }),
    );
    time.advance({ ms: 60_000 });
    await agenda.replace('sessions', [
      session('full', 'promo-16-18', 0),
      session('prepa', 'prepa-competences', 8),
    ]);
    expect((await alerts.scan()).alerts).toBe(0);
    time.advance({ ms: 60_000 });
    await agenda.upsert('sessions', session('open', 'promo-16-18', 12));
    expect((await alerts.scan()).alerts).toBe(1);
  });

  it('says nothing of places that went down, or of changes made before the bot first looked', async () => {
    const docs = new MemoryDocumentStore();
    const time = testClock('2026-12-08T09:00:00Z');
    const agenda = await AgendaStore.inMemory(time.clock);
    await agenda.replace('places', [place('s', 'Soudure', 4)]);
    const subscriptions = await Subscriptions.open(docs);
    await subscriptions.subscribe(
      '29:soudure',
      new Date('2026-12-01T00:00:00Z'),
      follows({ trades: ['soudure'] }),
    );
    const outbox = await Outbox.open(docs);
    const alerts = new PlacesAlerts({
      docs,
      agenda,
      subscriptions,
      outbox,
      reach: () => 'ok',
      clock: time.clock,
    });
    time.advance({ ms: 60_000 });
    expect((await alerts.scan()).alerts).toBe(0);
    time.advance({ ms: 60_000 });
    await agenda.replace('places', [place('s', 'Soudure', 1)]);
    expect((await alerts.scan()).alerts).toBe(0);
  });
});
