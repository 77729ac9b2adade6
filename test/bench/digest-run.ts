/**
 * One measured digest run, in its own process so that its peak memory is its own:
 * `tsx test/bench/digest-run.ts N SERVICE_URL` seeds N subscribers (their personal
 * chats on the stand-in connector) and a realistic agenda, then claims and sends every
 * digest with Teams' rate limit lifted. Prints one JSON line of figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { createOutboxWorker } from '../../bot/jobs/outbox-setup.js';
import { createLogger } from '../../bot/logger.js';
import { openStores } from '../../bot/stores.js';
import { createAdapter } from '../../bot/adapter.js';
import { BotFrameworkMessenger } from '../../bot/teams/messenger.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { agendaEvent, testConfig } from '../factories.js';

const subscribers = Number(process.argv[2]);
const serviceUrl = process.argv[3]!;
const dataDir = await mkdtemp(join(tmpdir(), 'bench-digest-'));
const config = testConfig({ DATA_DIR: dataDir });
const logger = createLogger('silent');
const now = new Date();
const stores = await openStores(config, () => new Date());
const day = (n: number) => format(addDays(now, n), 'yyyy-MM-dd');

// What a Département's agenda holds in a busy month.
const trades = [
  'Soudure',
  'Maçonnerie',
  'Cariste',
  'Logistique',
  'Aide à domicile',
  'Cuisine',
  'Vente',
  'Électricité',
];
await stores.agenda.replace(
  'events',
  Array.from({ length: 60 }, (_, i) =>
    agendaEvent({
      id: `e${i}`,
      trade: trades[i % trades.length]!,
      start: `${day(i % 30)}T09:00`,
      end: `${day(i % 30)}T12:00`,
    }),
  ),
);
await stores.agenda.replace(
  'sessions',
  Array.from({ length: 30 }, (_, i) => ({
    id: `s${i}`,
    dispositif: (['prepa-competences', 'competences-pec', 'promo-16-18'] as const)[i % 3]!,
    volet: '',
    start: day(i * 2),
    end: day(i * 2 + 60),
    place: i % 2 ? 'Montauban' : 'Castelsarrasin',
    modality: 'presentiel' as const,
    seats: 8,
  })),
);
await stores.agenda.replace(
  'places',
  Array.from({ length: 40 }, (_, i) => ({
    id: `p${i}`,
    training: `Formation ${trades[i % trades.length]} ${i}`,
    trade: trades[i % trades.length]!,
    start: day(10 + i),
    end: day(200),
    place: 'Montauban',
    available: 1 + (i % 5),
    updatedAt: day(0),
  })),
);
for (let i = 0; i < subscribers; i++) {
  const userId = `29:bench-${i}`;
  await stores.directory.saveContact(
    {
      userId,
      name: `Référent ${i}`,
      serviceUrl,
      reference: {
        serviceUrl,
        channelId: 'msteams',
        conversation: { id: `a:bench-${i}`, conversationType: 'personal' },
        bot: { id: '28:bench-bot' },
        user: { id: userId },
      },
    },
    now,
  );
  // A third follow trades, a third a programme, a third everything.
  await stores.subscriptions.subscribe(userId, now, {
    dispositifs: i % 3 === 1 ? ['promo-16-18'] : [],
    trades: i % 3 === 0 ? [trades[i % trades.length]!.toLowerCase()] : [],
    towns: [],
    frequency: 'weekly',
    sendWhenNothingNew: false,
  });
}

const worker = await createOutboxWorker({
  config,
  stores,
  catalogue: loadCatalogue(),
  messenger: new BotFrameworkMessenger(createAdapter(config.auth, logger), undefined),
  logger,
  clock: () => new Date(),
  ratePerSecond: Infinity,
});
const rssBeforeMiB = process.memoryUsage().rss / 1048576;
const started = performance.now();
const { report } = await stores.digestRuns.run({ trigger: 'commande' });
const claimed = performance.now();
const peakAfterClaimMiB = process.resourceUsage().maxRSS / 1024;
await worker.drain();
const done = performance.now();
const digests = stores.outbox.ofType('digest');
console.log(
  JSON.stringify({
    subscribers,
    claimed: report.counts.claimed,
    sent: digests.filter((m) => m.state === 'sent' && !m.skipped).length,
    claimSeconds: (claimed - started) / 1000,
    sendSeconds: (done - claimed) / 1000,
    totalSeconds: (done - started) / 1000,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMiB,
    peakAfterClaimMiB,
    // After a full collection: what the run keeps, as opposed to what it left to collect.
    heapAfterMiB: (globalThis.gc?.(), process.memoryUsage().heapUsed / 1048576),
  }),
);
await rm(dataDir, { recursive: true, force: true });
