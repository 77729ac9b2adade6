import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AgendaStore } from '../../../data/agenda/agenda-store.js';
import { appendHistory, changesBetween, type AgendaChange } from '../../../data/agenda/agenda-history.js';
import type { TrainingPlace } from '../../../data/agenda/model.js';
import { agendaEvent } from '../../factories.js';

const place = (id: string, available: number): TrainingPlace => ({
  id,
  training: `Formation ${id}`,
  trade: 'Maçonnerie',
  start: '2027-01-04',
  end: '2027-06-30',
  place: 'Montauban',
  available,
  updatedAt: '2026-11-25',
});

describe('agenda history', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('tells added, updated and removed items apart, and leaves the unchanged ones out', () => {
    const at = new Date('2026-11-30T08:00:00Z');
    const changes = changesBetween(
      'places',
      [place('a', 3), place('b', 2), place('c', 1)],
      [place('a', 5), place('c', 1), place('d', 4)],
      at,
    );
    expect(changes.map((c) => [c.id, c.change])).toEqual([
      ['a', 'updated'],
      ['d', 'added'],
      ['b', 'removed'],
    ]);
    const updated = changes[0]!;
    expect((updated.before as TrainingPlace).available).toBe(3);
    expect((updated.item as TrainingPlace).available).toBe(5);
    expect(updated.at).toBe(at.toISOString());
  });

  it('forgets changes older than sixty days', () => {
    const history: AgendaChange[] = [];
    const old = changesBetween('places', [], [place('a', 1)], new Date('2026-09-01T00:00:00Z'));
    appendHistory(history, old, new Date('2026-09-01T00:00:00Z'));
    const recent = changesBetween('places', [], [place('b', 1)], new Date('2026-11-20T00:00:00Z'));
    appendHistory(history, recent, new Date('2026-11-20T00:00:00Z'));
    expect(history.map((c) => c.id)).toEqual(['b']);
  });

  it('records every kind of write, including the import command’s, in the shared file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'agenda-history-'));
    let now = new Date('2026-11-30T08:00:00Z');
    const bot = await AgendaStore.open(dir, () => now);
    const command = await AgendaStore.open(dir, () => now);
    await command.replace('places', [place('a', 0), place('b', 2)]);
    now = new Date('2026-11-30T09:00:00Z');
    await bot.upsert('places', place('a', 4));
    await bot.upsert('events', agendaEvent({ id: 'e1' }));
    now = new Date('2026-11-30T10:00:00Z');
    await bot.cancelEvent('e1');
    await bot.remove('places', 'b');
    const staged = await bot.stageImport('places', [place('c', 6)], 'afpa');
    await bot.commitImport(staged);

    const all = await bot.changesSince('');
    expect(all.map((c) => `${c.kind}:${c.id}:${c.change}`)).toEqual([
      'places:a:added',
      'places:b:added',
      'places:a:updated',
      'events:e1:added',
      'events:e1:updated',
      'places:b:removed',
      'places:c:added',
      'places:a:removed',
    ]);
    const sinceNine = await command.changesSince('2026-11-30T09:00:00.000Z');
    expect(sinceNine.every((c) => c.at === '2026-11-30T10:00:00.000Z')).toBe(true);
    expect(sinceNine).toHaveLength(4);
  });

  it('writes nothing in the history when an import changes nothing', async () => {
    const store = await AgendaStore.inMemory(() => new Date('2026-11-30T08:00:00Z'));
    await store.replace('places', [place('a', 1)]);
    await store.replace('places', [place('a', 1)]);
    expect(await store.changesSince('')).toHaveLength(1);
  });
});
