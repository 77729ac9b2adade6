import { join } from 'node:path';
import { PassageSearch } from '../data/qa/passages.js';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, PrivateConversationState, type Storage } from 'botbuilder';
import type restify from 'restify';
import { asCampaign } from '../data/campaigns.js';
import { loadCatalogue, type Catalogue } from '../data/catalogue/catalogue.js';
import { PostedCards } from '../data/outbox/posted-cards.js';
import { QuestionAnswering } from '../data/qa/question-answering.js';
import type { DocumentStore } from '../data/store/document-store.js';
import { EligibilityDialog } from '../dialogs/eligibility-dialog.js';
import { QuestionDialog } from '../dialogs/question-dialog.js';
import { createAdapter } from './adapter.js';
import { AgendaPublisher } from './agenda-publisher.js';
import { calendarLinks, registerAgendaRoutes } from './agenda-routes.js';
import type { AppConfig } from './config.js';
import { exportLabels } from './export-command.js';
import { createRenderer } from './jobs/notifications.js';
import { OutboxWorker } from './jobs/outbox-worker.js';
import { startDailyJobs } from './jobs/daily-jobs.js';
import { FileStateStorage } from './file-state-storage.js';
import type { Logger } from './logger.js';
import { createServer } from './server.js';
import { openStores, type Stores } from './stores.js';
import { TeamsBot } from './teams-bot.js';
import { BotFrameworkMessenger, type Messenger } from './teams/messenger.js';
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
}: AppDeps): Promise<App> {
  const botStorage =
    storage ??
    (await FileStateStorage.open(join(config.dataDir, 'bot-state'), join(config.dataDir, 'bot-state.json')));
  // Per person and per conversation: in a channel, two référents never answer each other's questions.
  const conversationState = new PrivateConversationState(botStorage);
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
  });
  const adapter = createAdapter(config.auth, logger);
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
    scratchState: new PrivateConversationState(new MemoryStorage()),
    threadState: new PrivateConversationState(new MemoryStorage()),
    qa,
    passages: PassageSearch.ofAgreement(),
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
    allowedTenantIds: config.allowedTenantIds,
  });
  registerAgendaRoutes(server, { agenda: stores.agenda, catalogue, clock, logger });

  const outboxWorker = new OutboxWorker({
    outbox: stores.outbox,
    messenger: teams,
    clock,
    logger,
    render: createRenderer({
      stores,
      posted: await PostedCards.open(stores.docs),
      catalogue,
      messenger: teams,
      expiryDays: config.prescriptions.expiryDays,
      botId: config.auth.appId ? `28:${config.auth.appId}` : 'bot',
      clock,
    }),
    onRecipientGone: async (message) => {
      if (message.recipient.kind === 'user')
        await stores.directory.markUnreachable(message.recipient.userId, clock());
    },
  });
  const dailyJobs = startDailyJobs({
    prescriptions: stores.prescriptions,
    outbox: stores.outbox,
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
      await outboxWorker.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
