/**
 * `npm run bench` (digest part): building and sending the weekly digest for 500 to
 * 5,000 subscribers against the stand-in connector, Teams' rate limit lifted; time and
 * peak memory, and how both grow. Each size runs in a fresh process. Prints figures,
 * asserts nothing. Goal of the issue: 5,000 in under 30 s and 300 MB on this machine.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadConfig } from '../../bot/config.js';
import { ConnectorStub } from '../support/connector-stub.js';

const run = promisify(execFile);
const SIZES = [500, 1000, 2500, 5000];
type Figures = {
  subscribers: number;
  sent: number;
  claimSeconds: number;
  sendSeconds: number;
  totalSeconds: number;
  peakRssMiB: number;
  rssBeforeMiB: number;
  heapAfterMiB: number;
};

const connector = new ConnectorStub();
const serviceUrl = await connector.start();
const script = fileURLToPath(new URL('./digest-run.ts', import.meta.url));
const results: Figures[] = [];
for (const size of SIZES) {
  const { stdout } = await run(
    process.execPath,
    ['--disable-warning=DEP0111', '--expose-gc', '--import', 'tsx', script, String(size), serviceUrl],
    {
      maxBuffer: 10_000_000,
    },
  );
  results.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as Figures);
}
await connector.stop();

const rate = loadConfig({}).teamsRatePerSecond;
console.log(
  '\nRécap hebdomadaire : préparation et envoi, limite de débit levée (connecteur de substitution)',
);
console.log(
  'abonnés | envoyés | réservation (s) | envoi (s) | total (s) | ms / abonné | mémoire max (Mio) | au débit par défaut',
);
for (const r of results)
  console.log(
    `${String(r.subscribers).padStart(7)} | ${String(r.sent).padStart(7)} | ${r.claimSeconds.toFixed(2).padStart(15)} | ${r.sendSeconds.toFixed(2).padStart(9)} | ${r.totalSeconds.toFixed(2).padStart(9)} | ${((r.totalSeconds * 1000) / r.subscribers).toFixed(2).padStart(11)} | ${r.rssBeforeMiB.toFixed(0).padStart(15)} | ${r.peakRssMiB.toFixed(0).padStart(13)} | ${r.heapAfterMiB.toFixed(0).padStart(18)} | ${(r.subscribers / rate).toFixed(0)} s à ${rate}/s`,
  );
const [first, last] = [results[0]!, results.at(-1)!];
console.log(
  `De ${first.subscribers} à ${last.subscribers} abonnés (×${last.subscribers / first.subscribers}) : temps ×${(last.totalSeconds / first.totalSeconds).toFixed(1)}, mémoire ×${(last.peakRssMiB / first.peakRssMiB).toFixed(2)}.`,
);
