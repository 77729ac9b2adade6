/**
 * `npm run purge [--dry-run]`: erases the personal fields of the prescriptions whose
 * last event is older than RETENTION_MONTHS (24 by default; article 5 of the agreement).
 * The reference, the dispositif, the dates and the statuses stay for the indicators.
 * Each erasure is written to the audit trail. With --dry-run, nothing changes.
 */
import { ConfigError, loadConfig } from './config.js';
import { openStores } from './stores.js';

const USAGE = 'Usage : npm run purge [-- --dry-run]';

export async function runPurge(
  argv: string[],
  out: (line: string) => void = console.log,
  env: Record<string, string | undefined> = process.env,
  clock: () => Date = () => new Date(),
): Promise<number> {
  if (argv.some((a) => a !== '--dry-run')) {
    out(USAGE);
    return 2;
  }
  const dryRun = argv.includes('--dry-run');
  const config = loadConfig(env);
  const stores = await openStores(config, clock);
  const { ids } = await stores.prescriptions.purge({ dryRun });
  const months = config.prescriptions.retentionMonths;
  const n = ids.length;
  const plural = n > 1 ? 's' : '';
  const why = `dernier événement il y a plus de ${months} mois`;
  if (dryRun) {
    out(
      `Essai à blanc : ${n} prescription${plural} ser${n > 1 ? 'aient' : 'ait'} effacée${plural} (${why}).`,
    );
    for (const id of ids) out(`  ${id}`);
    out('Rien n’a été modifié.');
    return 0;
  }
  out(`${n} prescription${plural} effacée${plural} (${why}) : les données personnelles ont été supprimées.`);
  return 0;
}

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  runPurge(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        error instanceof ConfigError ? error.message : `Échec de la purge : ${(error as Error).name}`,
      );
      process.exit(1);
    },
  );
}
