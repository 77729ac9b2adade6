import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Storage } from 'botbuilder';
import { CONTEXT_LIFETIME_MS } from '../data/qa/follow-up.js';
import { ExpiringMemoryStorage } from './expiring-memory-storage.js';
import { JsonConversationState } from './json-conversation-state.js';
import type restify from 'restify';
import { asCampaign } from '../data/campaigns.js';
import { loadCatalogue, type Catalogue } from '../data/catalogue/catalogue.js';
import { QuestionAnswering } from '../data/qa/question-answering.js';
import type { DocumentStore } from '../data/store/document-store.js';
import { EligibilityDialog } from '../dialogs/eligibility-dialog.js';
import { QuestionDialog } from '../dialogs/question-dialog.js';
import { createAdapter } from './adapter.js';
import { LazyAgreementSearch } from './agreement-search.js';
import { AgendaPublisher } from './agenda-publisher.js';
import { calendarLinks, registerAgendaRoutes } from './agenda-routes.js';
import type { AppConfig } from './config.js';
import { exportLabels } from './export-command.js';
import { createOutboxWorker } from './jobs/outbox-setup.js';
import type { OutboxWorker } from './jobs/outbox-worker.js';
import { startDigestJobs } from './jobs/digest-jobs.js';
import { registerDigestRoute } from './digest-routes.js';
import { registerPublicApi } from './public-api.js';
import { TAB_DIST } from './tab-build.js';
import { registerTabRoutes } from './tab-routes.js';
import { botChatLink } from './teams/deep-links.js';
import { startDailyJobs } from './jobs/daily-jobs.js';
import { FileStateStorage } from './file-state-storage.js';
import type { Logger } from './logger.js';
import { createServer } from './server.js';
import { openStores, type Stores } from './stores.js';
import { TeamsBot } from './teams-bot.js';
import { BotFrameworkMessenger, type Messenger } from './teams/messenger.js';
import type { DownloadRules } from './teams/file-download.js';
import { PrescriptionExports } from './teams/prescription-exports.js';

export type AppDeps = {
  config: AppConfig;
  logger: Logger;
  /** Defaults to one lowdb file per conversation under DATA_DIR/bot-state. */
  storage?: Storage;
  /** Defaults to one JSON file per document under DATA_DIR/store. */
  documents?: DocumentStore;
  catalogue?: Catalogue;
  /** Today's date and time; tests freeze it. */
  clock?: () => Date;
  /** Defaults to Teams through the Bot Framework; tests may pass their own. */
  messenger?: Messenger;
  /** Defaults to HTTPS from FILE_DOWNLOAD_HOSTS; tests serve files from a local stand-in. */
  downloads?: DownloadRules;
  /** The built tab served under /tab/; defaults to tab/dist. */
  tabDir?: string;
};

export type App = {
  server: restify.Server;
  stores: Stores;
  outboxWorker: OutboxWorker;
  listen(): Promise<AddressInfo>;
  close(): Promise<void>;
};

/** Wires configuration → storage → dialogs → bot → adapter → HTTP server, and the background jobs. */
export async function createApp({
  config,
  logger,
  storage,
  documents,
  catalogue = loadCatalogue(),
  clock = () => new Date(),
  messenger,
  downloads = { hosts: config.fileDownloadHosts },
  tabDir = TAB_DIST,
}: AppDeps): Promise<App> {
  const botStorage =
    storage ??
    (await FileStateStorage.open(
      join(config.dataDir, 'bot-state'),
      join(config.dataDir, 'bot-state.json'),
      clock,
    ));
  // Per person and per conversation: in a channel, two référents never answer each other's questions.
  const conversationState = new JsonConversationState(botStorage);
  const qa = new QuestionAnswering(catalogue.all);
  const stores = await openStores(config, clock, {
    ...(documents ? { docs: documents } : {}),
    onInvalidAgendaItem: (report) => logger.warn('agenda_item_invalid', report),
  });
  // The campaign an admin keeps current in the bot, read at each check: no restart after an avenant.
  const checkOptions = () => ({ today: clock(), campaign: asCampaign(stores.campaigns.current(clock())) });
  const publisher = new AgendaPublisher({
    agenda: stores.agenda,
    catalogue,
    maxImportBytes: config.maxImportBytes,
    logger,
    downloads,
  });
  const adapter = createAdapter(config.auth, logger, config.connectorTimeoutMs);
  const teams = messenger ?? new BotFrameworkMessenger(adapter, config.auth.appId);
  const exports = new PrescriptionExports({
    prescriptions: stores.prescriptions,
    labels: exportLabels(stores),
    clock,
    upload: (url, bytes) => teams.uploadConsentedFile(url, bytes),
  });
  const bot = new TeamsBot({
    stores,
    publisher,
    exports,
    logger,
    clock,
    links: calendarLinks(config.publicBaseUrl),
    catalogue,
    conversationState,
    scratchState: new JsonConversationState(new MemoryStorage()),
    // The thread and the last person checked matter for 30 minutes: memory lets them go after that.
    threadState: new JsonConversationState(new ExpiringMemoryStorage(CONTEXT_LIFETIME_MS, clock)),
    qa,
    passages: new LazyAgreementSearch(),
    questionDialog: new QuestionDialog(catalogue, qa),
    eligibilityDialog: new EligibilityDialog(catalogue, checkOptions),
    checkOptions,
  });
  if (!config.auth.appId) {
    logger.warn('auth_disabled', {
      note: 'MicrosoftAppId absent : le bot accepte les requêtes sans authentification (usage local uniquement).',
    });
  }
  const server = createServer({
    adapter,
    bot,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    answerDeadlineMs: config.connectorTimeoutMs,
    allowedTenantIds: config.allowedTenantIds,
  });
  registerAgendaRoutes(server, { agenda: stores.agenda, catalogue, clock, logger });
  const botId = config.auth.appId;
  registerPublicApi(server, {
    agenda: stores.agenda,
    catalogue,
    clock,
    logger,
    links: calendarLinks(config.publicBaseUrl),
    ...(botId ? { chatLink: (message: string) => botChatLink(botId, message) } : {}),
  });
  registerTabRoutes(server, { dir: tabDir, logger });
  registerDigestRoute(server, { runs: stores.digestRuns, secret: config.digest.triggerSecret, logger });

  const outboxWorker = await createOutboxWorker({
    config,
    stores,
    catalogue,
    messenger: teams,
    logger,
    clock,
  });
  const dailyJobs = startDailyJobs({
    prescriptions: stores.prescriptions,
    outbox: stores.outbox,
    ...(botStorage instanceof FileStateStorage ? { conversations: botStorage } : {}),
    clock,
    logger,
  });
  const digestJobs = startDigestJobs({
    runs: stores.digestRuns,
    alerts: stores.placesAlerts,
    schedule: config.digest.schedule,
    clock,
    logger,
  });

  return {
    server,
    stores,
    outboxWorker,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.removeListener('error', reject);
          // Whatever a crash or a restart left in the outbox goes out now.
          outboxWorker.start();
          resolve(server.address() as AddressInfo);
        });
      }),
    close: async () => {
      dailyJobs.stop();
      digestJobs.stop();
      await outboxWorker.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
