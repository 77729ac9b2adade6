import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, PrivateConversationState, type Storage } from 'botbuilder';
import type restify from 'restify';
import { loadCatalogue, type Catalogue } from '../data/catalogue/catalogue.js';
import { QuestionAnswering } from '../data/qa/question-answering.js';
import { JsonStore } from '../data/store/json-store.js';
import { EligibilityDialog } from '../dialogs/eligibility-dialog.js';
import { QuestionDialog } from '../dialogs/question-dialog.js';
import { AgendaStore } from '../data/agenda/agenda-store.js';
import { createAdapter } from './adapter.js';
import { AgendaPublisher } from './agenda-publisher.js';
import { calendarLinks, registerAgendaRoutes } from './agenda-routes.js';
import type { AppConfig } from './config.js';
import { EMPTY_BOT_STATE, LowdbStorage } from './lowdb-storage.js';
import type { Logger } from './logger.js';
import { createServer } from './server.js';
import { TeamsBot } from './teams-bot.js';

export type AppDeps = {
  config: AppConfig;
  logger: Logger;
  /** Defaults to the lowdb file under DATA_DIR. */
  storage?: Storage;
  catalogue?: Catalogue;
  /** Today's date and time; tests freeze it. */
  clock?: () => Date;
};

export type App = {
  server: restify.Server;
  listen(): Promise<AddressInfo>;
  close(): Promise<void>;
};

/** Wires configuration → storage → dialogs → bot → adapter → HTTP server. */
export async function createApp({
  config,
  logger,
  storage,
  catalogue = loadCatalogue(),
  clock = () => new Date(),
}: AppDeps): Promise<App> {
  const botStorage =
    storage ??
    new LowdbStorage(await JsonStore.openFile(join(config.dataDir, 'bot-state.json'), EMPTY_BOT_STATE));
  // Per person and per conversation: in a channel, two référents never answer each other's questions.
  const conversationState = new PrivateConversationState(botStorage);
  const qa = new QuestionAnswering(catalogue.all);
  const checkOptions = () => ({ today: clock(), campaign: config.campaign });
  const agenda = await AgendaStore.open(config.dataDir, clock);
  const publisher = new AgendaPublisher({
    agenda,
    catalogue,
    access: config.access,
    maxImportBytes: config.maxImportBytes,
    logger,
  });
  const bot = new TeamsBot({
    agenda,
    publisher,
    clock,
    links: calendarLinks(config.publicBaseUrl),
    catalogue,
    conversationState,
    scratchState: new PrivateConversationState(new MemoryStorage()),
    qa,
    questionDialog: new QuestionDialog(catalogue, qa),
    eligibilityDialog: new EligibilityDialog(catalogue, checkOptions),
    checkOptions,
  });
  const adapter = createAdapter(config.auth, logger);
  if (!config.auth.appId) {
    logger.warn('auth_disabled', {
      note: 'MicrosoftAppId absent : le bot accepte les requêtes sans authentification (usage local uniquement).',
    });
  }
  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes });
  registerAgendaRoutes(server, { agenda, catalogue, clock, logger });

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.removeListener('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
