/**
 * `npm run import -- events|sessions|places FILE [--dry-run]`: publishes AFPA's agenda
 * from a CSV on the server. Same checks as an import from the chat: a file with any
 * bad line imports nothing. Safe while the bot runs: the agenda file is locked.
 */
import { readFile } from 'node:fs/promises';
import { AgendaStore } from '../data/agenda/agenda-store.js';
import { diffImport, parseAgendaCsv } from '../data/agenda/csv-import.js';
import { AGENDA_KINDS, countLabel, type AgendaKind } from '../data/agenda/model.js';
import { ConfigError, loadConfig } from './config.js';

const USAGE = 'Usage : npm run import -- events|sessions|places FICHIER.csv [--dry-run]';

export async function runImport(
  argv: string[],
  out: (line: string) => void = console.log,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const [kind, file] = argv.filter((a) => a !== '--dry-run');
  if (!kind || !file || !AGENDA_KINDS.includes(kind as AgendaKind)) {
    out(USAGE);
    return 2;
  }
  const config = loadConfig(env);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    out(`Fichier introuvable ou illisible : ${file}`);
    return 2;
  }
  const parsed = parseAgendaCsv(kind as AgendaKind, bytes);
  if (!parsed.ok) {
    out(`Fichier refusé, rien n’a été importé (${parsed.errors.length} problème(s)) :`);
    for (const e of parsed.errors)
      out(`  ligne ${e.line}${e.column ? `, colonne « ${e.column} »` : ''} : ${e.message}`);
    return 1;
  }
  const agenda = await AgendaStore.open(config.dataDir);
  const diff = diffImport(parsed.kind, await agenda.list(parsed.kind), parsed.items);
  out(`Dans le fichier : ${countLabel(parsed.kind, parsed.items.length)}.`);
  const n = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;
  out(
    `Lignes : ${n(diff.added, 'nouvelle')}, ${n(diff.changed, 'modifiée')}, ` +
      `${n(diff.unchanged, 'inchangée')}, ${n(diff.removed, 'retirée')}.`,
  );
  if (dryRun) {
    out('Essai à blanc : rien n’a été modifié.');
    return 0;
  }
  await agenda.replace(parsed.kind, parsed.items);
  out(`C’est publié dans ${config.dataDir}.`);
  return 0;
}

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  runImport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        error instanceof ConfigError ? error.message : `Échec de l’import : ${(error as Error).name}`,
      );
      process.exit(1);
    },
  );
}
