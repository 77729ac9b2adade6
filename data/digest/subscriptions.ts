import { z } from 'zod';
import { SESSION_DISPOSITIFS } from '../agenda/model.js';
import type { DocumentStore } from '../store/document-store.js';
import { hashedKey } from '../store/keys.js';
import { weeksBetween, type IsoWeek } from './periods.js';

/**
 * Who gets the weekly digest, and what interests them. A référent's choices are about
 * AFPA's public agenda (programmes, trades, towns), never about a person. Empty
 * lists mean « tout ».
 */

export const FREQUENCIES = ['weekly', 'biweekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  weekly: 'chaque semaine',
  biweekly: 'toutes les deux semaines',
};

const Choice = z.string().trim().min(1).max(60);

export const InterestsSchema = z.object({
  dispositifs: z.array(z.enum(SESSION_DISPOSITIFS)).max(SESSION_DISPOSITIFS.length),
  trades: z.array(Choice).max(15),
  towns: z.array(Choice).max(15),
});
export type Interests = z.infer<typeof InterestsSchema>;

export const PreferencesSchema = InterestsSchema.extend({
  frequency: z.enum(FREQUENCIES),
  /** A week with nothing new sends one line rather than nothing. */
  sendWhenNothingNew: z.boolean(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  dispositifs: [],
  trades: [],
  towns: [],
  frequency: 'weekly',
  sendWhenNothingNew: false,
};

export type Subscription = Preferences & {
  userId: string;
  active: boolean;
  /** When the subscription was last switched on: a digest due before that is not theirs. */
  subscribedAt?: string;
  /** When the bot offered the digest, at installation: it offers it once. */
  offeredAt?: string;
  /** The week of the last digest claimed for them, and when: « what changed since ». */
  lastWeek?: IsoWeek;
  lastDigestAt?: string;
  /** The Paris day of the last places alert: at most one a day. */
  lastAlertDay?: string;
};

const COLLECTION = 'digest-subscriptions';

export class Subscriptions {
  private readonly byUser = new Map<string, Subscription>();

  private constructor(private readonly docs: DocumentStore) {}

  static async open(docs: DocumentStore): Promise<Subscriptions> {
    const subscriptions = new Subscriptions(docs);
    for (const s of (await docs.all<Subscription>(COLLECTION)).values())
      subscriptions.byUser.set(s.userId, s);
    return subscriptions;
  }

  get(userId: string): Subscription | undefined {
    return this.byUser.get(userId);
  }

  /** Subscribed référents, in a stable order (the order of a run). */
  active(): Subscription[] {
    return [...this.byUser.values()].filter((s) => s.active).sort((a, b) => a.userId.localeCompare(b.userId));
  }

  /** Switches the digest on, keeping the choices made before an unsubscription. */
  subscribe(userId: string, now: Date, preferences?: Preferences): Promise<Subscription> {
    const known = this.byUser.get(userId);
    return this.save({
      ...DEFAULT_PREFERENCES,
      ...known,
      ...preferences,
      userId,
      active: true,
      subscribedAt: known?.active ? known.subscribedAt : now.toISOString(),
      // Someone who subscribed once, even unsubscribed since, is not offered the digest again.
      offeredAt: known?.offeredAt ?? now.toISOString(),
    });
  }

  async unsubscribe(userId: string): Promise<boolean> {
    const known = this.byUser.get(userId);
    if (!known?.active) return false;
    await this.save({ ...known, active: false });
    return true;
  }

  /** Records the offer made at installation; false when it was already made. */
  async offer(userId: string, now: Date): Promise<boolean> {
    const known = this.byUser.get(userId);
    if (known?.offeredAt) return false;
    await this.save({
      ...DEFAULT_PREFERENCES,
      ...known,
      userId,
      active: false,
      offeredAt: now.toISOString(),
    });
    return true;
  }

  /** Whether a digest is due for `subscription` in `week`, given how often they want one. */
  static dueIn(subscription: Subscription, week: IsoWeek): boolean {
    if (!subscription.active) return false;
    if (!subscription.lastWeek) return true;
    return weeksBetween(subscription.lastWeek, week) >= (subscription.frequency === 'biweekly' ? 2 : 1);
  }

  markDigested(userId: string, week: IsoWeek, at: Date): Promise<Subscription | undefined> {
    const known = this.byUser.get(userId);
    if (!known) return Promise.resolve(undefined);
    return this.save({ ...known, lastWeek: week, lastDigestAt: at.toISOString() });
  }

  markAlerted(userId: string, day: string): Promise<Subscription | undefined> {
    const known = this.byUser.get(userId);
    if (!known) return Promise.resolve(undefined);
    return this.save({ ...known, lastAlertDay: day });
  }

  private async save(subscription: Subscription): Promise<Subscription> {
    await this.docs.commit([
      { collection: COLLECTION, key: hashedKey(subscription.userId), document: subscription },
    ]);
    this.byUser.set(subscription.userId, subscription);
    return subscription;
  }
}
