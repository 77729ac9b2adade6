/**
 * A server for the benchmark, in its own process so that the load generator does not
 * share its event loop: `bot` is the real app, `echo` the baseline the issues name, a bare
 * botbuilder echo bot on CloudAdapter and restify that loads nothing of the app (the
 * app's adapter reuses its connector from turn to turn, which a bare bot does not).
 * Prints {"port": N} once listening.
 */
import type { AddressInfo } from 'node:net';

const kind = process.argv[2];
// A clean exit on SIGTERM, so that a profile taken with --cpu-prof is written.
process.once('SIGTERM', () => process.exit(0));

if (kind === 'bot') {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { createApp } = await import('../../bot/app.js');
  const { createLogger } = await import('../../bot/logger.js');
  const { testConfig } = await import('../factories.js');
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
  const app = await createApp({ config, logger: createLogger('silent') });
  const address = await app.listen();
  console.log(JSON.stringify({ port: address.port, dataDir }));
} else if (kind === 'echo') {
  // The same bare bot as the cold-start figure's, loaded by its path: no type of the app's reaches it.
  const bare = new URL('./echo-bare.mjs', import.meta.url).href;
  const { bareEchoServer } = (await import(bare)) as { bareEchoServer: () => import('restify').Server };
  const server = bareEchoServer();
  server.listen(Number(process.env['BENCH_PORT'] ?? 0), '127.0.0.1', () =>
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })),
  );
} else {
  console.error('usage: serve.ts bot|echo');
  process.exit(2);
}
