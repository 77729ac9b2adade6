/**
 * `npm run digest [-- --dry-run]`: this week's digest from the command line, for an
 * external clock (cron, a scheduler) or to see beforehand who would get what. Without
 * --dry-run it claims each référent's digest, as the bot's own run does, and sends
 * them itself; a digest already claimed this week, by the bot or an earlier run, is
 * not sent again. What a killed run left pending goes out at the bot's next start.
 */
import { loadCatalogue, type Catalogue } from '../data/catalogue/catalogue.js';
import { digestOf } from '../data/digest/digest-source.js';
import type { Outcome } from '../data/digest/digest-run.js';
import { createAdapter } from './adapter.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { createOutboxWorker } from './jobs/outbox-setup.js';
import { createLogger } from './logger.js';
import { openStores, type Stores } from './stores.js';
import { BotFrameworkMessenger, type Messenger } from './teams/messenger.js';

const USAGE = 'Usage : npm run digest [-- --dry-run]';

const OUTCOME_LABELS: Record<Outcome, string> = {
  claimed: 'à envoyer',
  already: 'déjà servi cette semaine',
  notDue: 'pas cette semaine (un lundi sur deux)',
  subscribedAfter: 'abonné après l’heure prévue',
  unreachable: 'injoignable (a bloqué ou retiré le bot)',
  noChat: 'aucune conversation avec le bot',
};

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** « 3 places, 2 événements, 1 entrée, 1 prescription » — what one digest would hold. */
async function summary(stores: Stores, userId: string, now: Date): Promise<string> {
  const subscription = stores.subscriptions.get(userId)!;
  const digest = await digestOf(
    stores,
    subscription,
    stores.directory.person(userId),
    now,
    subscription.lastDigestAt,
  );
  const parts = [
    plural(digest.places.length, 'place'),
    plural(digest.events.length, 'événement'),
    plural(digest.sessions.length, 'entrée'),
    plural(digest.prescriptions.length, 'prescription suivie'),
  ].join(', ');
  if (digest.hasNews) return parts;
  return subscription.sendWhenNothingNew
    ? `${parts} → « rien de nouveau »`
    : `${parts} → rien de nouveau, rien envoyé`;
}

export async function runDigest(
  argv: string[],
  out: (line: string) => void = console.log,
  options: {
    env?: Record<string, string | undefined>;
    clock?: () => Date;
    /** Tests pass the stand-in connector's messenger; otherwise Teams, with the bot's identity. */
    messenger?: (config: AppConfig) => Messenger;
    catalogue?: Catalogue;
  } = {},
): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--dry-run');
  if (unknown.length > 0) {
    out(USAGE);
    return 2;
  }
  const dryRun = argv.includes('--dry-run');
  const clock = options.clock ?? (() => new Date());
  const config = loadConfig(options.env ?? process.env);
  // What the bot has pending is the bot's to send: this command sends only what it claims.
  const stores = await openStores(config, clock, { takeOverOutbox: () => false });
  const { report, plan } = await stores.digestRuns.run({ trigger: 'commande', dryRun });
  out(`Récap ${report.week}${dryRun ? ' – essai à blanc, rien n’est envoyé' : ''} :`);
  for (const { subscription, outcome } of plan) {
    const name = stores.directory.contact(subscription.userId)?.name || subscription.userId;
    const detail =
      outcome === 'claimed' ? await summary(stores, subscription.userId, clock()) : OUTCOME_LABELS[outcome];
    out(`  ${name} : ${detail}`);
  }
  const counts = Object.entries(report.counts)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${OUTCOME_LABELS[outcome as Outcome]} : ${n}`);
  out(plan.length === 0 ? 'Aucun abonné.' : counts.join(' ; '));
  if (dryRun || report.counts.claimed === 0) return 0;

  const logger = createLogger('silent');
  const messenger =
    options.messenger?.(config) ??
    new BotFrameworkMessenger(createAdapter(config.auth, logger), config.auth.appId);
  const worker = await createOutboxWorker({
    config,
    stores,
    catalogue: options.catalogue ?? loadCatalogue(),
    messenger,
    logger,
    clock,
  });
  const claimed = new Set(plan.filter((p) => p.outcome === 'claimed').map((p) => p.subscription.userId));
  const mine = () =>
    stores.outbox
      .ofType('digest')
      .filter((m) => m.payload['week'] === report.week && claimed.has(String(m.payload['userId'])));
  out(`Envoi de ${plural(claimed.size, 'récap')} à ${config.teamsRatePerSecond} par seconde au plus…`);
  // Retries wait for their time (Retry-After, backoff): the command waits with them.
  while (mine().some((m) => m.state === 'pending')) {
    await worker.drain();
    const next = stores.outbox.nextDueAt();
    if (mine().some((m) => m.state === 'pending') && next)
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, Math.min(next.getTime() - clock().getTime(), 60_000))),
      );
  }
  const done = mine();
  const sent = done.filter((m) => m.state === 'sent' && !m.skipped).length;
  const skipped = done.filter((m) => m.skipped).length;
  const failed = done.filter((m) => m.state === 'failed');
  out(
    `Envoyés : ${sent} ; sans nouveauté : ${skipped} ; en échec : ${failed.length}${failed.length > 0 ? ` (${[...new Set(failed.map((m) => m.lastError?.reason ?? ''))].join(' ; ')})` : ''}.`,
  );
  return failed.length > 0 ? 1 : 0;
}

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  runDigest(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        error instanceof ConfigError ? error.message : `Échec du récap : ${(error as Error).name}`,
      );
      process.exit(1);
    },
  );
}
