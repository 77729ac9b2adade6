import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AgendaItemNotFoundError,
  AgendaStore,
  type AgendaFile,
  type InvalidItemReport,
} from '../../../data/agenda/agenda-store.js';
import { LAST_ITEM, type AgendaEvent } from '../../../data/agenda/model.js';
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

  it('answers one item of a list by its rank, the last one too, and nothing past its end', async () => {
    const store = await AgendaStore.inMemory();
    await store.replace('events', [
      event('c', { start: '2027-03-01T09:00', end: '2027-03-01T12:00' }),
      event('a'),
      event('b', { start: '2027-02-01T09:00', end: '2027-02-01T12:00' }),
    ]);
    const now = new Date('2026-11-28T10:00:00Z');
    const ids = async (item: number) => (await store.query({ kind: 'events', item }, now)).map((e) => e.id);
    expect(await ids(2)).toEqual(['b']);
    expect(await ids(LAST_ITEM)).toEqual(['c']);
    expect(await ids(4)).toEqual([]);
  });

  it('edits in place: the same id is updated, not duplicated', async () => {
    const store = await AgendaStore.inMemory();
    expect(await store.upsert('events', event('a'))).toBe('added');
    expect(await store.upsert('events', event('a', { title: 'Nouveau titre' }))).toBe('updated');
    expect((await store.list('events')).map((e) => e.title)).toEqual(['Nouveau titre']);
  });

  it('answers from what another process wrote since, and keeps its answer while the file stays the same', async () => {
    dir = await mkdtemp(join(tmpdir(), 'agenda-'));
    const [bot, command] = await Promise.all([AgendaStore.open(dir), AgendaStore.open(dir)]);
    const now = new Date('2026-11-28T10:00:00Z');
    expect(await bot.query({ kind: 'events' }, now)).toEqual([]);
    await command.replace('events', [
      event('b', { start: '2027-02-01T09:00', end: '2027-02-01T12:00' }),
      event('a'),
    ]);
    expect((await bot.query({ kind: 'events' }, now)).map((e) => e.id)).toEqual(['a', 'b']);
    const version = (await bot.current()).version;
    expect((await bot.current()).version).toBe(version);
    await command.remove('events', 'a');
    expect((await bot.query({ kind: 'events' }, now)).map((e) => e.id)).toEqual(['b']);
  });

  it('leaves out an item of the file that is not valid, says so once with its kind and id, and serves the rest', async () => {
    dir = await mkdtemp(join(tmpdir(), 'agenda-'));
    const seed = await AgendaStore.open(dir);
    await seed.replace('events', [event('good'), event('other')]);
    const file = join(dir, 'agenda.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as AgendaFile;
    (data.events[1] as unknown as Record<string, unknown>)['start'] = 'mardi';
    (data.events as unknown[]).push(null);
    await writeFile(file, JSON.stringify(data));

    const reports: InvalidItemReport[] = [];
    const store = await AgendaStore.open(dir, undefined, { onInvalidItem: (r) => reports.push(r) });
    const now = new Date('2026-11-28T10:00:00Z');
    expect((await store.query({ kind: 'events' }, now)).map((e) => e.id)).toEqual(['good']);
    expect((await store.list('events')).map((e) => e.id)).toEqual(['good']);
    expect(await store.find('events', 'other')).toBeUndefined();
    // The same file read again, after an unrelated change, reports nothing new.
    await seed.upsert('places', {
      id: 'p',
      training: 'Maçon',
      trade: 'Maçonnerie',
      start: '2027-01-04',
      end: '2027-06-30',
      place: 'Montauban',
      available: 3,
      updatedAt: '2026-11-25',
    });
    expect(await store.list('places')).toHaveLength(1);
    expect(reports.map((r) => [r.kind, r.id])).toEqual([
      ['events', 'other'],
      ['events', '(sans id)'],
    ]);
    expect(reports[0]!.problem).toMatch(/start/);
  });
});
