import type { Attachment } from 'botbuilder';
import type { AgendaListOptions } from '../cards/agenda-cards.js';
import { digestCard, placesAlertCard } from '../cards/digest-cards.js';
import { digestOf, NO_PRESCRIPTIONS, prescriptionNews } from '../data/digest/digest-source.js';
import { parisDay } from '../data/dates.js';
import type { Digest } from '../data/digest/digest-content.js';
import { placesFor } from '../data/digest/places-alerts.js';
import { DEFAULT_PREFERENCES, type Subscription } from '../data/digest/subscriptions.js';
import type { Stores } from './stores.js';

/**
 * A référent's digest and places alert as cards, read from the stores at the moment
 * they are shown: the weekly send, the référent's « mon récap » and the admin's preview.
 */
export type DigestViewDeps = {
  stores: Stores;
  catalogue: AgendaListOptions['catalogue'];
  links: AgendaListOptions['links'];
};

function listOptions(deps: DigestViewDeps, userId: string, now: Date): AgendaListOptions {
  return {
    catalogue: deps.catalogue,
    links: deps.links,
    now,
    canPrescribe: deps.stores.rolesOf(deps.stores.directory.person(userId)).has('referent'),
  };
}

/** Someone not subscribed sees what the digest would hold with the default choices. */
export function subscriptionOrDefault(stores: Stores, userId: string): Subscription {
  return stores.subscriptions.get(userId) ?? { ...DEFAULT_PREFERENCES, userId, active: false };
}

/**
 * Référents who follow the same things since the same digest get the same agenda part:
 * it is built once for all of them and kept a minute, so that a run for thousands
 * costs a few builds, not one per person. Their own prescriptions are added per person.
 */
const SHARED_FOR_MS = 60_000;
type Shared = { at: number; digest: Promise<Digest>; card?: Attachment };
/** Per set of stores: two bots in one process (tests) never share a digest. */
const sharedByStores = new WeakMap<Stores, Map<string, Shared>>();

function sharedPart(stores: Stores, key: string, now: Date, build: () => Promise<Digest>): Shared {
  let shared = sharedByStores.get(stores);
  if (!shared) sharedByStores.set(stores, (shared = new Map()));
  const known = shared.get(key);
  if (known && now.getTime() - known.at < SHARED_FOR_MS && known.at <= now.getTime()) return known;
  if (shared.size > 1_000) shared.clear();
  const fresh: Shared = { at: now.getTime(), digest: build() };
  shared.set(key, fresh);
  return fresh;
}

export async function digestView(
  deps: DigestViewDeps,
  userId: string,
  now: Date,
  options: { since?: string; previewOf?: string; hidePrescriptions?: boolean } = {},
): Promise<{ digest: Digest; card: Attachment; subscription: Subscription }> {
  const subscription = subscriptionOrDefault(deps.stores, userId);
  const person = deps.stores.directory.person(userId);
  const list = listOptions(deps, userId, now);
  const cardOptions = {
    ...list,
    since: options.since,
    previewOf: options.previewOf,
    hidePrescriptions: options.hidePrescriptions,
  };
  const { dispositifs, trades, towns, frequency } = subscription;
  const key = JSON.stringify([
    dispositifs,
    trades,
    towns,
    frequency,
    options.since,
    parisDay(now),
    cardOptions.canPrescribe,
    options.previewOf,
  ]);
  const part = sharedPart(deps.stores, key, now, () =>
    digestOf(
      { agenda: deps.stores.agenda, prescriptions: NO_PRESCRIPTIONS },
      subscription,
      person,
      now,
      options.since,
    ),
  );
  const [agenda, mine] = await Promise.all([
    part.digest,
    options.previewOf || options.hidePrescriptions
      ? Promise.resolve([])
      : prescriptionNews(deps.stores.prescriptions, person, now, options.since),
  ]);
  const digest: Digest = { ...agenda, prescriptions: mine, hasNews: agenda.hasNews || mine.length > 0 };
  // Most weeks most people have no prescription news: their card is the shared one.
  if (mine.length > 0) return { digest, card: digestCard(digest, subscription, cardOptions), subscription };
  part.card ??= digestCard(digest, subscription, cardOptions);
  return { digest, card: part.card, subscription };
}

/** The places opened since `since` in what `userId` follows; undefined when there is nothing left to say. */
export async function placesAlertView(
  deps: DigestViewDeps,
  userId: string,
  since: string,
  now: Date,
): Promise<Attachment | undefined> {
  const subscription = deps.stores.subscriptions.get(userId);
  if (!subscription?.active) return undefined;
  const opened = placesFor(subscription, await deps.stores.agenda.changesSince(since), now);
  if (opened.length === 0) return undefined;
  return placesAlertCard(opened, subscription, listOptions(deps, userId, now));
}
