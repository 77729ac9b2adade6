/**
 * `npm run export -- prescriptions [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] FICHIER.csv`:
 * the prescriptions sent in a period (Paris days, both included) as a CSV that AFPA
 * opens in Excel to type them into PANDA. The file holds personal data: it is created
 * readable by its owner only, and the export is written to the audit trail.
 */
import { writeFile } from 'node:fs/promises';
import { loadCatalogue } from '../data/catalogue/catalogue.js';
import { periodBounds, prescriptionsCsv, type ExportLabels } from '../data/prescriptions/export.js';
import { ConfigError, loadConfig } from './config.js';
import { openStores, type Stores } from './stores.js';

const USAGE = 'Usage : npm run export -- prescriptions [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] FICHIER.csv';

/** Who the audit trail names for what is done from the command line. */
export const CLI_ACTOR = { id: 'cli', name: 'Ligne de commande' } as const;

/** The labels the export writes: the reasons as an admin named them, the dispositifs as the catalogue does. */
export function exportLabels(stores: Pick<Stores, 'reasons'>): ExportLabels {
  const catalogue = loadCatalogue();
  return {
    reason: (list, code) => stores.reasons.label(list, code),
    dispositif: (id) => catalogue.find(id)?.name ?? id,
  };
}

type ExportArgs = { from?: string; to?: string; file: string };

function readArgs(argv: string[]): ExportArgs | undefined {
  const [what, ...rest] = argv;
  if (what !== 'prescriptions') return undefined;
  const args: { from?: string; to?: string; file?: string } = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const option = /^--(from|to)(?:=(.*))?$/.exec(arg);
    if (option) {
      const name = option[1] as 'from' | 'to';
      const value = option[2] ?? rest[++i];
      if (value === undefined || value === '' || args[name] !== undefined) return undefined;
      args[name] = value;
    } else if (arg.startsWith('--') || args.file !== undefined) {
      return undefined;
    } else {
      args.file = arg;
    }
  }
  if (!args.file) return undefined;
  return { ...args, file: args.file };
}

export async function runExport(
  argv: string[],
  out: (line: string) => void = console.log,
  env: Record<string, string | undefined> = process.env,
  clock: () => Date = () => new Date(),
): Promise<number> {
  const args = readArgs(argv);
  if (!args) {
    out(USAGE);
    return 2;
  }
  let bounds: { from: string; to: string };
  try {
    bounds = periodBounds(args.from, args.to);
  } catch (error) {
    out((error as Error).message);
    return 1;
  }
  const stores = await openStores(loadConfig(env), clock);
  // Recorded before the file exists: no personal data leaves the store unaudited.
  const prescriptions = await stores.prescriptions.exportPeriod(bounds, CLI_ACTOR, periodDetail(args));
  const csv = prescriptionsCsv(prescriptions, exportLabels(stores));
  try {
    await writeFile(args.file, csv, { encoding: 'utf8', mode: 0o600 });
  } catch {
    out(`Impossible d’écrire le fichier : ${args.file}`);
    return 1;
  }
  const n = prescriptions.length;
  out(
    `${n} prescription${n > 1 ? 's' : ''} exportée${n > 1 ? 's' : ''} (${periodDetail(args)}) dans ${args.file}.`,
  );
  return 0;
}

export function periodDetail(args: { from?: string; to?: string }): string {
  if (args.from && args.to) return `du ${args.from} au ${args.to}`;
  if (args.from) return `depuis le ${args.from}`;
  if (args.to) return `jusqu’au ${args.to}`;
  return 'toutes les dates';
}

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  runExport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        error instanceof ConfigError ? error.message : `Échec de l’export : ${(error as Error).name}`,
      );
      process.exit(1);
    },
  );
}
