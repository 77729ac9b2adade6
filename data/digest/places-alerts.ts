import { runAgendaQuery } from '../agenda/agenda-query.js';
import type { AgendaChange } from '../agenda/agenda-history.js';
import type { AgendaStore } from '../agenda/agenda-store.js';
import type { EntrySession, TrainingPlace } from '../agenda/model.js';
import { parisDay } from '../dates.js';
import { newMessage, type Outbox } from '../outbox/outbox.js';
import type { DocumentStore } from '../store/document-store.js';
import { hashedKey } from '../store/keys.js';
import { interestQueries } from './digest-content.js';
import { PLACES_ALERT_MESSAGE, type Reach } from './digest-run.js';
import type { Subscription, Subscriptions } from './subscriptions.js';

/**
 * « Des places viennent d’être publiées en soudure » : a référent who follows a trade
 * or a programme hears it within minutes of AFPA publishing places in it, by an import
 * or a form, from the bot or from `npm run import`, at most once a day, all grouped.
 *
 * The agenda's history is read from a cursor; each alert is claimed in the outbox as
 * `alert-<référent>-<day>`, so a second import the same day adds nothing, and two
 * instances scanning at once announce once.
 */

/** A change that opens places: new places or sessions with room, or more room than before. */
export function opensPlaces(change: AgendaChange): boolean {
  if (change.change === 'removed') return false;
  if (change.kind === 'places') {
    const now = (change.item as TrainingPlace).available;
    const before = change.change === 'updated' ? (change.before as TrainingPlace).available : 0;
    return now > before;
  }
  if (change.kind === 'sessions') {
    const seats = (change.item as EntrySession).seats;
    const before = change.change === 'updated' ? (change.before as EntrySession).seats : 0;
    // A session with no count published is open; one whose count went up has more room.
    return seats === null ? change.change === 'added' : seats > (before ?? Infinity);
  }
  return false;
}

/** Whether someone follows something precise: a trade or a programme (following everything is the digest). */
export function followsSomething(subscription: Subscription): boolean {
  return subscription.trades.length > 0 || subscription.dispositifs.length > 0;
}

/** The opened places among `changes` that `subscription` follows, latest state of each. */
export function placesFor(
  subscription: Subscription,
  changes: readonly AgendaChange[],
  now: Date,
): AgendaChange[] {
  const latest = new Map<string, AgendaChange>();
  for (const change of changes) if (opensPlaces(change)) latest.set(`${change.kind}|${change.id}`, change);
  return [...latest.values()].filter((change) => {
    // Sessions are followed by programme, places by trade: the digest's queries decide.
    if (change.kind === 'places' && subscription.trades.length === 0) return false;
    if (change.kind === 'sessions' && subscription.dispositifs.length === 0) return false;
    const queries = interestQueries(change.kind, subscription, { withSeats: true });
    return queries.some((query) => runAgendaQuery([change.item], query, now).length > 0);
  });
}

export function alertMessageId(userId: string, day: string): string {
  return `alert-${hashedKey(userId)}-${day}`;
}

const SETTINGS = 'settings';
const CURSOR_KEY = 'places-alert-cursor';

export class PlacesAlerts {
  constructor(
    private readonly deps: {
      docs: DocumentStore;
      agenda: AgendaStore;
      subscriptions: Subscriptions;
      outbox: Outbox;
      reach: Reach;
      clock: () => Date;
    },
  ) {}

  /** Announces what was published since the last scan; returns how many alerts were claimed. */
  async scan(): Promise<{ alerts: number; changes: number }> {
    const { docs, agenda, subscriptions, outbox, reach, clock } = this.deps;
    const now = clock();
    const stored = await docs.get<{ at: string }>(SETTINGS, CURSOR_KEY);
    // First scan ever: what was published before the bot looked is the digest's business.
    if (!stored) {
      await docs.commit([{ collection: SETTINGS, key: CURSOR_KEY, document: { at: now.toISOString() } }]);
      return { alerts: 0, changes: 0 };
    }
    const changes = await agenda.changesSince(stored.at);
    if (changes.length === 0) return { alerts: 0, changes: 0 };
    const day = parisDay(now);
    let alerts = 0;
    for (const subscription of subscriptions.active()) {
      if (!followsSomething(subscription) || subscription.lastAlertDay === day) continue;
      if (reach(subscription.userId) !== 'ok') continue;
      if (placesFor(subscription, changes, now).length === 0) continue;
      const message = newMessage(
        { kind: 'user', userId: subscription.userId },
        { type: PLACES_ALERT_MESSAGE, userId: subscription.userId, day, since: stored.at },
        now,
        alertMessageId(subscription.userId, day),
      );
      if (await outbox.claim(message)) alerts += 1;
      await subscriptions.markAlerted(subscription.userId, day);
    }
    const last = changes[changes.length - 1]!.at;
    await docs.commit([{ collection: SETTINGS, key: CURSOR_KEY, document: { at: last } }]);
    return { alerts, changes: changes.length };
  }
}
