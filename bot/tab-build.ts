import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.js';

/**
 * The tab is built with Vite (a dev dependency) into tab/dist. `npm start` builds it
 * when it is missing or older than its sources, so that the README's commands work
 * from a clean clone with no extra step; tests build it once before the browser tests.
 */

export const TAB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tab');
export const TAB_DIST = join(TAB_DIR, 'dist');

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? await newestSource(path) : (await stat(path)).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

export async function tabIsCurrent(): Promise<boolean> {
  const built = await stat(join(TAB_DIST, 'index.html')).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
  return built !== undefined && built >= (await newestSource(TAB_DIR));
}

/** Builds the tab unless it is current; without Vite (a production install), says how to build it. */
export async function ensureTabBuilt(logger?: Logger): Promise<'current' | 'built' | 'unavailable'> {
  if (await tabIsCurrent()) return 'current';
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    logger?.warn('tab_not_built', { note: 'Vite absent : construisez l’onglet avec « npm run build:tab ».' });
    return 'unavailable';
  }
  await vite.build({ configFile: join(TAB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  logger?.info('tab_built', { dir: TAB_DIST });
  return 'built';
}
