import { buildBundle, bundleIsCurrent, removeBundle } from '../../bot/bundle.mjs';
import { ensureTabBuilt } from '../../bot/tab-build.js';

/**
 * Vitest global setup, once before any file runs: the browser tests read the built tab,
 * and the tests that start the bot as `npm start` does run the compiled bot; each is
 * built only when its sources changed, and not by two test files at once.
 */
export default async function setup(): Promise<void> {
  await ensureTabBuilt();
  if (!bundleIsCurrent()) {
    await removeBundle();
    await buildBundle();
  }
}
