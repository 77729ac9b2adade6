import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * The bot as `npm start` runs it, in its own process, so that a test can kill it
 * without warning (SIGKILL) halfway through its work and start it again on the same data.
 */
export type BotProcess = { url: string; child: ChildProcess; kill(): Promise<void>; stop(): Promise<void> };

/** What `npm start` runs: the compiled bot, rebuilt first if a source changed. */
const ENTRY = fileURLToPath(new URL('../../bot/start.mjs', import.meta.url));
const NODE_FLAGS = ['--disable-warning=DEP0111', '--disable-warning=DEP0005'];

/** `nodeArgs` go before the entry point: a test may preload a module (`--import`) into the bot. */
export async function spawnBot(env: Record<string, string>, nodeArgs: string[] = []): Promise<BotProcess> {
  const child = spawn(process.execPath, [...NODE_FLAGS, ...nodeArgs, ENTRY], {
    // The « listening » line is how the test learns the port: logged at info.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The bot did not start within 30 s')), 30_000);
    lines.on('line', (line) => {
      const entry = safeParse(line);
      if (entry?.event === 'listening' && typeof entry.url === 'string') {
        clearTimeout(timer);
        resolve(new URL(entry.url).origin.replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => reject(new Error(`The bot exited with ${code} before listening`)));
  });
  const ended = once(child, 'exit');
  return {
    url,
    child,
    async kill() {
      child.kill('SIGKILL');
      await ended;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await ended;
    },
  };
}

function safeParse(line: string): { event?: unknown; url?: unknown } | undefined {
  try {
    return JSON.parse(line) as { event?: unknown; url?: unknown };
  } catch {
    return undefined;
  }
}
