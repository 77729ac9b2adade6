import type { Catalogue } from '../../data/catalogue/catalogue.js';
import { PostedCards } from '../../data/outbox/posted-cards.js';
import { RateLimiter } from '../../data/outbox/rate-limiter.js';
import { calendarLinks } from '../agenda-routes.js';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../stores.js';
import type { Messenger } from '../teams/messenger.js';
import { createRenderer } from './notifications.js';
import { OutboxWorker } from './outbox-worker.js';

/** The outbox worker as the bot and `npm run digest` both run it: renderer, Teams rates, unreachable people. */
export async function createOutboxWorker(deps: {
  config: AppConfig;
  stores: Stores;
  catalogue: Catalogue;
  messenger: Messenger;
  logger: Logger;
  clock: () => Date;
  /** Requests a second to Teams; the configured rate unless given (the bench lifts it). */
  ratePerSecond?: number;
  concurrency?: number;
}): Promise<OutboxWorker> {
  const { config, stores, catalogue, messenger, logger, clock } = deps;
  return new OutboxWorker({
    outbox: stores.outbox,
    messenger,
    clock,
    logger,
    concurrency: deps.concurrency,
    limiter: new RateLimiter({ perSecond: deps.ratePerSecond ?? config.teamsRatePerSecond }),
    render: createRenderer({
      stores,
      posted: await PostedCards.open(stores.docs),
      catalogue,
      messenger,
      expiryDays: config.prescriptions.expiryDays,
      botId: config.auth.appId ? `28:${config.auth.appId}` : 'bot',
      clock,
      links: calendarLinks(config.publicBaseUrl),
    }),
    onRecipientGone: async (message) => {
      if (message.recipient.kind === 'user')
        await stores.directory.markUnreachable(message.recipient.userId, clock());
    },
  });
}
