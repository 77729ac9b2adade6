/**
 * Part of `npm run bench` (and runnable alone with tsx): from a process's start to the
 * answer to its first message, for `npm start` exactly as the README runs it (npm
 * included), beside the bare echo bot in plain JavaScript (botbuilder and restify only).
 * Each start gets an empty data folder and a free port. Runs interleaved, RUNS times;
 * median and spread. Prints; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
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

/**
 * CPU time (user + system, ms) of every process in a process group so far: npm, its shell
 * and the bot alike. Unlike the time to answer, it hardly moves when other work shares the
 * machine. Fields 5 (group), 14 and 15 (ticks of 10 ms) of proc(5).
 */
async function groupCpuMs(group: number): Promise<number> {
  let ticks = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

export type ColdStart = { ms: number; cpuMs: number };

/** From the spawn to the first « bonjour » answered with a 2xx: the time, and the CPU it took. */
export async function coldStart([command, args]: [string, string[]], serviceUrl: string): Promise<ColdStart> {
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
      if (answered) return { ms: performance.now() - started, cpuMs: await groupCpuMs(child.pid!) };
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
    const times = new Map(Object.keys(COLD_STARTS).map((name) => [name, [] as ColdStart[]]));
    for (let r = 0; r < runs; r++)
      for (const [name, start] of Object.entries(COLD_STARTS))
        times.get(name)!.push(await coldStart(start, serviceUrl));
    // A newcomer's edit: the next start rebuilds before serving (its mtime only is changed).
    const now = new Date();
    await utimes(join(ROOT, 'bot/index.ts'), now, now);
    const afterEdit = await coldStart(COLD_STARTS['bot (npm start)']!, serviceUrl);

    const echo = times.get('écho JS nu')!;
    const cell = (values: number[], bare: number) => {
      const spread = Math.max(...values) - Math.min(...values);
      return `${`${median(values).toFixed(0)} ±${spread.toFixed(0)}`.padStart(11)} ms ${(median(values) / bare).toFixed(2).padStart(5)}×`;
    };
    console.log(
      `\nDémarrage à froid jusqu’à la réponse au premier message (${runs} passages, médiane ±écart ; CPU : tous les processus lancés, npm compris) :`,
    );
    console.log(
      `${''.padEnd(16)} ${'durée'.padStart(14)} ${'/écho'.padStart(6)} ${'CPU'.padStart(14)} ${'/écho'.padStart(6)}`,
    );
    for (const [name, values] of times)
      console.log(
        `${name.padEnd(16)} ${cell(
          values.map((v) => v.ms),
          median(echo.map((v) => v.ms)),
        )} ${cell(
          values.map((v) => v.cpuMs),
          median(echo.map((v) => v.cpuMs)),
        )}`,
      );
    console.log(
      `npm start après une modification d’un source : ${afterEdit.ms.toFixed(0)} ms (reconstruit dist/bot.mjs avant de servir)`,
    );
  } finally {
    await connector.stop();
  }
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href)
  await reportColdStarts(Number(process.env['BENCH_RUNS'] ?? 3));
