/**
 * `npm start`: runs the compiled bot (dist/bot.mjs), built first whenever a source is newer
 * than it, so that whoever edits the code is never served an old build. The check costs a
 * millisecond or two; a build, a few seconds, once after each change.
 *
 * If the bundle cannot be built (a read-only install, esbuild missing), the bot still
 * starts, from its TypeScript sources through tsx, as it did before: slower, never stale.
 */
import { stderr } from 'node:process';
import { pathToFileURL } from 'node:url';
import { BUNDLE, ROOT, buildBundle, bundleIsCurrent, removeBundle } from './bundle.mjs';

let entry = pathToFileURL(BUNDLE).href;
if (!bundleIsCurrent()) {
  try {
    await removeBundle();
    await buildBundle();
  } catch (error) {
    stderr.write(
      `${JSON.stringify({
        time: new Date().toISOString(),
        level: 'warn',
        event: 'bundle_failed',
        message: String(error?.message ?? error).slice(0, 500),
        note: 'dist/bot.mjs ne peut pas être construit : le bot démarre depuis ses sources (plus lentement).',
      })}\n`,
    );
    const { register } = await import('tsx/esm/api');
    register();
    entry = pathToFileURL(`${ROOT}/bot/index.ts`).href;
  }
}
await import(entry);
