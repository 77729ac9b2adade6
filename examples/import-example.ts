/**
 * `npm run example`: publishes the example agenda of examples/agenda/ (events, entry
 * sessions and free places, as AFPA exports them from Excel) into DATA_DIR, moved to
 * this week so that a first run shows a live agenda rather than « rien de prévu ».
 * The files are dated around the week of REFERENCE_MONDAY; every date moves by whole
 * weeks, so a Tuesday visit stays a Tuesday.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addDays, differenceInCalendarDays, format, parseISO, startOfWeek } from 'date-fns';
import { runImport } from '../bot/import-command.js';
import { parisDay } from '../data/dates.js';
import type { AgendaKind } from '../data/agenda/model.js';

export const EXAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'agenda');
export const EXAMPLE_FILES: Record<AgendaKind, string> = {
  events: 'evenements.csv',
  sessions: 'sessions.csv',
  places: 'places.csv',
};
/** The Monday of the week the example files are written for. */
export const REFERENCE_MONDAY = '2026-01-05';

/** Whole weeks from the files' week to the Paris week of `now`. */
export function weeksToShift(now: Date): number {
  const monday = startOfWeek(parseISO(parisDay(now)), { weekStartsOn: 1 });
  return Math.round(differenceInCalendarDays(monday, parseISO(REFERENCE_MONDAY)) / 7);
}

/** The CSV text with every date (« 2026-01-14 », « 2026-01-14 09:30 ») moved by `weeks`. */
export function shiftDates(csv: string, weeks: number): string {
  return csv.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (day) =>
    format(addDays(parseISO(day), weeks * 7), 'yyyy-MM-dd'),
  );
}

/** One example file, dated for the week of `now`. */
export async function exampleCsv(kind: AgendaKind, now: Date): Promise<string> {
  const csv = await readFile(join(EXAMPLE_DIR, EXAMPLE_FILES[kind]), 'utf8');
  return shiftDates(csv, weeksToShift(now));
}

export async function importExample(
  now: Date,
  out: (line: string) => void = console.log,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'cd82-exemple-'));
  try {
    for (const kind of Object.keys(EXAMPLE_FILES) as AgendaKind[]) {
      const file = join(dir, EXAMPLE_FILES[kind]);
      await writeFile(file, await exampleCsv(kind, now));
      out(`Exemple « ${EXAMPLE_FILES[kind]} » :`);
      const code = await runImport([kind, file], (line) => out(`  ${line}`), env);
      if (code !== 0) return code;
    }
    out('Agenda d’exemple publié : essayez « prochaines JPO » dans le chat, ou ouvrez /tab/.');
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  importExample(new Date()).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Échec de l’import de l’exemple : ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
