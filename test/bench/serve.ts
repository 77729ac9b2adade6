/**
 * A server for the benchmark, in its own process so that the load generator does not
 * share its event loop: `bot` is the real app, `echo` a bare botbuilder echo bot on the
 * same adapter and HTTP server. Prints {"port": N} once listening.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ActivityHandler } from 'botbuilder';
import { createAdapter } from '../../bot/adapter.js';
import { createApp } from '../../bot/app.js';
import { createLogger } from '../../bot/logger.js';
import { createServer } from '../../bot/server.js';
import { testConfig } from '../factories.js';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo : ${context.activity.text}`);
      await next();
    });
  }
}

const kind = process.argv[2];
/** The prescription benchmark passes the stand-in connector's address: AFPA's conversation lives there. */
const afpaServiceUrl = process.argv[3];
/** The growth benchmark prepares a data folder (agenda, stored conversations) and passes it here. */
const dataDir = process.env['BENCH_DATA_DIR'] ?? (await mkdtemp(join(tmpdir(), 'bench-bot-')));
const config = testConfig({
  DATA_DIR: dataDir,
  ...(afpaServiceUrl
    ? {
        REFERENT_IDS: Array.from({ length: 20 }, (_, i) => `29:bench-referent-${i}`).join(','),
        CAMPAIGN_ENTRY_DEADLINE: '2099-12-31',
        CAMPAIGN_COMPLETION_DEADLINE: '2099-12-31',
        AFPA_CONVERSATION_ID: '19:bench-afpa@thread.tacv2',
        AFPA_SERVICE_URL: afpaServiceUrl,
      }
    : {}),
});
const logger = createLogger('silent');
// A clean exit on SIGTERM, so that a profile taken with --cpu-prof is written.
process.once('SIGTERM', () => process.exit(0));

if (kind === 'bot') {
  const app = await createApp({ config, logger });
  const address = await app.listen();
  console.log(JSON.stringify({ port: address.port, dataDir }));
} else if (kind === 'echo') {
  const server = createServer({
    adapter: createAdapter(config.auth, logger),
    bot: new EchoBot(),
    logger,
    maxBodyBytes: config.maxBodyBytes,
  });
  server.listen(Number(process.env['BENCH_PORT'] ?? 0), '127.0.0.1', () =>
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })),
  );
} else {
  console.error('usage: serve.ts bot|echo');
  process.exit(2);
}
