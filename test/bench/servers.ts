/**
 * The servers the benchmarks measure, each in its own process so that the load generator
 * does not share its event loop:
 * - `bot` is the app as `npm start` runs it: `bot/start.mjs`, which serves the compiled
 *   bundle (dist/bot.mjs, built first if a source is newer), configured by its environment;
 * - `echo` is the baseline the issues name, a bare botbuilder echo bot on CloudAdapter and
 *   restify in plain JavaScript that loads nothing of the app.
 * Each listens on a free port, with its own data folder for the bot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = {
  bot: join(ROOT, 'bot/start.mjs'),
  echo: fileURLToPath(new URL('./echo-bare.mjs', import.meta.url)),
};

export type BenchServer = { child: ChildProcess; port: number; dataDir: string };

export type ServerOptions = {
  /** The bot's data folder (agenda, conversations) prepared by the bench; a new empty one otherwise. */
  dataDir?: string;
  /** More of the bot's configuration, as `npm start` reads it from its environment. */
  env?: Record<string, string>;
  /** Node's own options (`--cpu-prof` for a profile). */
  nodeOptions?: string[];
};

/** A port free right now: the server under test is told to listen there. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** Starts a server and waits until it accepts connections (a first build of the bundle included). */
export async function startServer(kind: 'bot' | 'echo', options: ServerOptions = {}): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'bench-bot-')));
  const child = spawn(
    process.execPath,
    ['--disable-warning=DEP0111', '--disable-warning=DEP0005', ...(options.nodeOptions ?? []), ENTRY[kind]],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        ...options.env,
      },
    },
  );
  for (let waited = 0; !(await accepts(port)); waited += 20) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${kind}: the server stopped before listening`);
    if (waited > 120_000) throw new Error(`${kind}: not listening after two minutes`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, port, dataDir };
}

/** Stops a server cleanly (a profile taken with --cpu-prof is written on exit), unless it has gone. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
