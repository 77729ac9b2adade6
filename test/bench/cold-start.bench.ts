/**
 * Part of `npm run bench` (and runnable alone with tsx): from a process's start to the
 * answer to its first message, for `npm start` exactly as the README runs it (npm
 * included), beside the bare echo bot in plain JavaScript (botbuilder and restify only).
 * Each start gets an empty data folder and a free port. Runs interleaved, RUNS times;
 * median and spread. Prints; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { personalConversation, teamsMessage } from '../factories.js';
import { ConnectorStub } from '../support/connector-stub.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What is started: a command and its arguments, run from the project's folder. */
export const COLD_STARTS: Record<string, [string, string[]]> = {
  'écho JS nu': [process.execPath, [fileURLToPath(new URL('./echo-bare.mjs', import.meta.url))]],
  'bot (npm start)': ['npm', ['start']],
  // The same without npm's own start, to tell the two apart.
  'bot sans npm': [
    process.execPath,
    ['--disable-warning=DEP0111', '--disable-warning=DEP0005', join(ROOT, 'bot/start.mjs')],
  ],
};

/** A port free right now: the server under test is told to listen there. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Milliseconds from the spawn to the first « bonjour » answered with a 2xx. */
export async function coldStart([command, args]: [string, string[]], serviceUrl: string): Promise<number> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-cold-'));
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    // Its own process group: stopping npm alone would leave the bot it started running.
    detached: true,
  });
  const exited = once(child, 'exit');
  try {
    for (let attempt = 0; attempt < 6000; attempt++) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')}: stopped before answering`);
      const answered = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsMessage(serviceUrl, personalConversation('a:cold'), 'bonjour')),
      }).then(
        async (response) => (await response.arrayBuffer(), response.status < 300),
        () => false,
      );
      if (answered) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`${command} ${args.join(' ')}: no answer`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Prints the cold starts, RUNS of each, and `npm start` once right after a source was edited. */
export async function reportColdStarts(runs: number): Promise<void> {
  const connector = new ConnectorStub();
  const serviceUrl = await connector.start();
  try {
    // Untimed: builds the bundle if a source changed, and warms the disk cache for every contender.
    for (const start of Object.values(COLD_STARTS)) await coldStart(start, serviceUrl);
    const times = new Map(Object.keys(COLD_STARTS).map((name) => [name, [] as number[]]));
    for (let r = 0; r < runs; r++)
      for (const [name, start] of Object.entries(COLD_STARTS))
        times.get(name)!.push(await coldStart(start, serviceUrl));
    // A newcomer's edit: the next start rebuilds before serving (its mtime only is changed).
    const now = new Date();
    await utimes(join(ROOT, 'bot/index.ts'), now, now);
    const afterEdit = await coldStart(COLD_STARTS['bot (npm start)']!, serviceUrl);

    const bare = median(times.get('écho JS nu')!);
    console.log(
      `\nDémarrage à froid jusqu’à la réponse au premier message (${runs} passages, médiane ±écart) :`,
    );
    for (const [name, values] of times) {
      const spread = Math.max(...values) - Math.min(...values);
      console.log(
        `${name.padEnd(16)} ${`${median(values).toFixed(0)} ±${spread.toFixed(0)}`.padStart(12)} ms  ${(median(values) / bare).toFixed(2)}× l’écho JS nu`,
      );
    }
    console.log(
      `${'npm start, source modifiée'.padEnd(16)} ${afterEdit.toFixed(0).padStart(12)} ms  (reconstruit dist/bot.mjs avant de servir)`,
    );
  } finally {
    await connector.stop();
  }
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href)
  await reportColdStarts(Number(process.env['BENCH_RUNS'] ?? 3));
