import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAgendaQuery, runAgendaQuery } from '../../data/agenda/agenda-query.js';
import { AgendaStore } from '../../data/agenda/agenda-store.js';
import { parseAgendaCsv } from '../../data/agenda/csv-import.js';
import { formatFreshness } from '../../data/agenda/french-format.js';
import type { AgendaKind } from '../../data/agenda/model.js';
import { exampleCsv, importExample, shiftDates, weeksToShift } from '../../examples/import-example.js';

/** Wednesday 17 March 2027, 10:00 in Paris: any day would do, the files move to its week. */
const NOW = new Date('2027-03-17T09:00:00Z');

describe('the example agenda', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cd82-example-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('moves every date by whole weeks, so each weekday stays', () => {
    expect(shiftDates('jpo;JPO;2026-01-14 09:30;2026-01-14 16:00;Montauban;;;', 2)).toBe(
      'jpo;JPO;2026-01-28 09:30;2026-01-28 16:00;Montauban;;;',
    );
    expect(weeksToShift(new Date('2026-01-05T08:00:00Z'))).toBe(0);
    // Sunday 11 January, 23:30 in Paris, is still the files' week; Monday 00:30 is the next.
    expect(weeksToShift(new Date('2026-01-11T22:30:00Z'))).toBe(0);
    expect(weeksToShift(new Date('2026-01-11T23:30:00Z'))).toBe(1);
  });

  it.each(['events', 'sessions', 'places'] as AgendaKind[])(
    'is a valid %s file as AFPA exports it',
    async (kind) => {
      const parsed = parseAgendaCsv(kind, await exampleCsv(kind, NOW));
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    },
  );

  it('imports into DATA_DIR and shows a live agenda in the chat’s answers', async () => {
    const lines: string[] = [];
    expect(await importExample(NOW, (line) => lines.push(line), { DATA_DIR: dataDir })).toBe(0);
    const agenda = await AgendaStore.open(dataDir);
    const ask = async (message: string) => {
      const query = parseAgendaQuery(message, NOW)!;
      return runAgendaQuery(await agenda.list(query.kind), query, NOW);
    };
    expect((await ask('prochaines JPO')).length).toBeGreaterThan(0);
    expect((await ask('infos collectives')).length).toBeGreaterThan(0);
    expect((await ask('prochaines entrées prépa compétences')).length).toBeGreaterThan(1);
    expect((await ask('places en soudure')).length).toBe(1);
    // Counted this week or last: « mis à jour il y a … jours », never months ago.
    const places = await agenda.list('places');
    for (const place of places)
      expect(formatFreshness(place.updatedAt, NOW)).toMatch(/aujourd’hui|hier|jours/);
    expect(lines.at(-1)).toMatch(/Agenda d’exemple publié/);
  });

  it('imported again the same week, changes nothing', async () => {
    await importExample(NOW, () => {}, { DATA_DIR: dataDir });
    const lines: string[] = [];
    await importExample(NOW, (line) => lines.push(line), { DATA_DIR: dataDir });
    expect(lines.filter((l) => l.includes('Lignes')).every((l) => / 0 nouvelle, 0 modifiée/.test(l))).toBe(
      true,
    );
  });
});
