import { ensureTabBuilt } from '../../bot/tab-build.js';

/** Vitest global setup: the browser tests read the built tab; build it once, before any file runs. */
export default async function setup(): Promise<void> {
  await ensureTabBuilt();
}
