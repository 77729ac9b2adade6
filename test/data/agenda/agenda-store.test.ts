import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AgendaItemNotFoundError, AgendaStore } from '../../../data/agenda/agenda-store.js';
import type { AgendaEvent } from '../../../data/agenda/model.js';
import { agendaEvent } from '../../factories.js';

const event = (id: string, more: Partial<AgendaEvent> = {}) => agendaEvent({ id, ...more });

describe('AgendaStore', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loses no write when two processes change the same file at once', async () => {
    dir = await mkdtemp(join(tmpdir(), 'agenda-'));
    // Two stores on one file stand for the bot and the import command: only the file lock keeps them apart.
    const [bot, command] = await Promise.all([AgendaStore.open(dir), AgendaStore.open(dir)]);
    await Promise.all([
      ...Array.from({ length: 25 }, (_, i) => bot.upsert('events', event(`bot-${i}`))),
      ...Array.from({ length: 25 }, (_, i) => command.upsert('events', event(`cli-${i}`))),
    ]);
    expect(await bot.list('events')).toHaveLength(50);
    expect(await command.list('events')).toHaveLength(50);
  });

  it('replaces one kind at once and leaves the others alone', async () => {
    const store = await AgendaStore.inMemory();
    await store.upsert('places', {
      id: 'p',
      training: 'Maçon',
      trade: 'Maçonnerie',
      start: '2027-01-04',
      end: '2027-06-30',
      place: 'Montauban',
      available: 3,
      updatedAt: '2026-11-25',
    });
    await store.replace('events', [event('a'), event('b')]);
    await store.replace('events', [event('c')]);
    expect((await store.list('events')).map((e) => e.id)).toEqual(['c']);
    expect(await store.list('places')).toHaveLength(1);
  });

  it('applies a staged import once, and only within a day', async () => {
    let now = new Date('2026-11-28T10:00:00Z');
    const store = await AgendaStore.inMemory(() => now);
    const id = await store.stageImport('events', [event('a')], 'afpa');
    expect(await store.list('events')).toEqual([]);
    expect(await store.commitImport(id)).toEqual({ kind: 'events', count: 1 });
    expect(await store.commitImport(id)).toBeUndefined();

    const late = await store.stageImport('events', [event('b')], 'afpa');
    now = new Date('2026-11-29T10:00:01Z');
    expect(await store.commitImport(late)).toBeUndefined();
    expect((await store.list('events')).map((e) => e.id)).toEqual(['a']);
  });

  it('cancels an event without removing it, and says when it does not exist', async () => {
    const store = await AgendaStore.inMemory();
    await store.upsert('events', event('a'));
    expect((await store.cancelEvent('a')).cancelled).toBe(true);
    expect(await store.list('events')).toHaveLength(1);
    await expect(store.cancelEvent('nope')).rejects.toBeInstanceOf(AgendaItemNotFoundError);
  });

  it('edits in place: the same id is updated, not duplicated', async () => {
    const store = await AgendaStore.inMemory();
    expect(await store.upsert('events', event('a'))).toBe('added');
    expect(await store.upsert('events', event('a', { title: 'Nouveau titre' }))).toBe('updated');
    expect((await store.list('events')).map((e) => e.title)).toEqual(['Nouveau titre']);
  });
});
