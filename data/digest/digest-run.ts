import { randomUUID } from 'node:crypto';
import { newMessage, type Outbox } from '../outbox/outbox.js';
import type { DocumentStore } from '../store/document-store.js';
import { hashedKey } from '../store/keys.js';
import { isoWeekOf, type IsoWeek } from './periods.js';
import { Subscriptions, type Subscription } from './subscriptions.js';

/**
 * A run of the weekly digest: for each subscribed référent due this week, one message
 * is claimed in the outbox under `digest-<référent>-<week>`, then the outbox worker
 * sends it. The claim is what makes it exactly once: a run restarted, triggered again
 * or running on two instances finds the claim and claims nothing more; a run killed
 * halfway claims the rest when it runs again, and the outbox sends what was claimed.
 */

export const DIGEST_MESSAGE = 'digest';
export const PLACES_ALERT_MESSAGE = 'places-alert';

export const TRIGGERS = ['planning', 'rattrapage', 'commande', 'http', 'admin'] as const;
export type Trigger = (typeof TRIGGERS)[number];

export const OUTCOMES = ['claimed', 'already', 'notDue', 'subscribedAfter', 'unreachable', 'noChat'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type RunReport = {
  id: string;
  week: IsoWeek;
  trigger: Trigger;
  dryRun: boolean;
  startedAt: string;
  finishedAt: string;
  counts: Record<Outcome, number>;
};

/** How the bot can reach a référent on its own. */
export type Reach = (userId: string) => 'ok' | 'unreachable' | 'noChat';

export function digestMessageId(userId: string, week: IsoWeek): string {
  return `digest-${hashedKey(userId)}-${week}`;
}

const RUNS = 'digest-runs';
/** How many runs « état des envois » shows. */
const RUNS_SHOWN = 10;
/** Claims made side by side: the store writes each on its own. */
const CLAIMS_AT_ONCE = 16;

export class DigestRuns {
  private recent: RunReport[] = [];

  private constructor(
    private readonly deps: {
      docs: DocumentStore;
      subscriptions: Subscriptions;
      outbox: Outbox;
      reach: Reach;
      clock: () => Date;
    },
  ) {}

  static async open(deps: DigestRuns['deps']): Promise<DigestRuns> {
    const runs = new DigestRuns(deps);
    const stored = [...(await deps.docs.all<RunReport>(RUNS)).entries()].sort(([a], [b]) =>
      b.localeCompare(a),
    );
    runs.recent = stored.slice(0, RUNS_SHOWN).map(([, report]) => report);
    // Older reports are not shown any more: they go.
    const old = stored.slice(RUNS_SHOWN).map(([key]) => ({ collection: RUNS, key, document: null }));
    await deps.docs.commit(old);
    return runs;
  }

  /** The last runs, newest first. */
  recentRuns(): RunReport[] {
    return [...this.recent];
  }

  /**
   * Claims this week's digest for every référent due. `cutoff`: someone who subscribed
   * after it waits for next week (a catch-up at start must not send the Monday digest
   * to whoever subscribed on Tuesday). `dryRun` claims nothing and says who would get one.
   */
  async run(options: {
    trigger: Trigger;
    dryRun?: boolean;
    cutoff?: Date;
  }): Promise<{ report: RunReport; plan: Array<{ subscription: Subscription; outcome: Outcome }> }> {
    const { subscriptions, outbox, reach, clock } = this.deps;
    const started = clock();
    const week = isoWeekOf(started);
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
    const plan: Array<{ subscription: Subscription; outcome: Outcome }> = [];
    const cutoff = options.cutoff?.toISOString();

    const decide = async (subscription: Subscription): Promise<Outcome> => {
      const id = digestMessageId(subscription.userId, week);
      if (outbox.get(id) || subscription.lastWeek === week) return 'already';
      if (!Subscriptions.dueIn(subscription, week)) return 'notDue';
      if (cutoff && (subscription.subscribedAt ?? '') > cutoff) return 'subscribedAfter';
      const reachable = reach(subscription.userId);
      if (reachable !== 'ok') return reachable;
      if (options.dryRun) return 'claimed';
      const message = newMessage(
        { kind: 'user', userId: subscription.userId },
        { type: DIGEST_MESSAGE, userId: subscription.userId, week, since: subscription.lastDigestAt ?? '' },
        clock(),
        id,
      );
      if (!(await outbox.claim(message))) return 'already';
      await subscriptions.markDigested(subscription.userId, week, started);
      return 'claimed';
    };

    const queue = subscriptions.active();
    let taken = 0;
    await Promise.all(
      Array.from({ length: CLAIMS_AT_ONCE }, async () => {
        for (let next = queue[taken++]; next; next = queue[taken++]) {
          const outcome = await decide(next);
          counts[outcome] += 1;
          plan.push({ subscription: next, outcome });
        }
      }),
    );

    const report: RunReport = {
      id: randomUUID(),
      week,
      trigger: options.trigger,
      dryRun: options.dryRun === true,
      startedAt: started.toISOString(),
      finishedAt: clock().toISOString(),
      counts,
    };
    if (!report.dryRun) {
      const key = `${report.startedAt.replace(/[^0-9]/g, '')}-${report.id.slice(0, 8)}`;
      await this.deps.docs.commit([{ collection: RUNS, key, document: report }]);
      this.recent = [report, ...this.recent].slice(0, RUNS_SHOWN);
    }
    return { report, plan };
  }
}
