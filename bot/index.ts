import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger, describeError } from './logger.js';
import { ensureTabBuilt } from './tab-build.js';
import { CorruptDataFileError } from '../data/store/data-file-error.js';

/** `npm start`: read the configuration, start the bot, stop cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  await ensureTabBuilt(logger);
  const app = await createApp({ config, logger });
  const address = await app.listen();
  logger.info('listening', { url: `http://localhost:${address.port}/api/messages`, dataDir: config.dataDir });

  const stop = async () => {
    logger.info('stopping');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  const fields = error instanceof CorruptDataFileError ? { file: error.file, problem: error.problem } : {};
  console.error(
    JSON.stringify({ level: 'error', event: 'start_failed', ...describeError(error), ...fields }),
  );
  // Written for whoever restarts the bot: the file, what is wrong, how to start again.
  if (error instanceof CorruptDataFileError) console.error(error.message);
  process.exit(1);
});
