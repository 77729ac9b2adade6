import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../bot/import-command.js';
import { AgendaStore } from '../../data/agenda/agenda-store.js';

const PLACES =
  'formation;metier;debut;fin;lieu;places_disponibles;mise_a_jour\nMaçon;Maçonnerie;2027-01-04;2027-07-02;Montauban;3;2026-11-25\n';

describe('npm run import', () => {
  let dir: string;
  let lines: string[];
  const run = (...argv: string[]) => runImport(argv, (line) => lines.push(line), { DATA_DIR: dir });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'import-'));
    lines = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('publishes a valid file and says what changed', async () => {
    await writeFile(join(dir, 'places.csv'), PLACES);
    expect(await run('places', join(dir, 'places.csv'))).toBe(0);
    expect(lines.join('\n')).toContain('Lignes : 1 nouvelle, 0 modifiée, 0 inchangée, 0 retirée.');
    expect(await (await AgendaStore.open(dir)).list('places')).toHaveLength(1);
  });

  it('changes nothing on a dry run', async () => {
    await writeFile(join(dir, 'places.csv'), PLACES);
    expect(await run('places', join(dir, 'places.csv'), '--dry-run')).toBe(0);
    expect(await (await AgendaStore.open(dir)).list('places')).toEqual([]);
  });

  it('refuses a bad file, names each bad line, imports nothing and exits 1', async () => {
    await writeFile(
      join(dir, 'bad.csv'),
      `${PLACES}Cariste;;2027-02-30;2027-03-01;Montauban;-1;2026-11-25\n`,
    );
    expect(await run('places', join(dir, 'bad.csv'))).toBe(1);
    expect(lines.join('\n')).toMatch(/ligne 3, colonne « debut »/);
    expect(await (await AgendaStore.open(dir)).list('places')).toEqual([]);
  });

  it('explains its usage and exits 2 on a wrong kind or a missing file', async () => {
    expect(await run('cours', 'x.csv')).toBe(2);
    expect(lines[0]).toMatch(/^Usage/);
    expect(await run('events', join(dir, 'absent.csv'))).toBe(2);
    expect(lines.at(-1)).toMatch(/introuvable/);
  });
});
