import type { Attachment } from 'botbuilder';
import type { AgendaListOptions } from '../cards/agenda-cards.js';
import { digestCard, placesAlertCard } from '../cards/digest-cards.js';
import { digestOf } from '../data/digest/digest-source.js';
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
  const contact = deps.stores.directory.contact(userId);
  const person = { id: userId, ...(contact?.aadObjectId ? { aadObjectId: contact.aadObjectId } : {}) };
  return {
    catalogue: deps.catalogue,
    links: deps.links,
    now,
    canPrescribe: deps.stores.rolesOf(person).has('referent'),
  };
}

/** Someone not subscribed sees what the digest would hold with the default choices. */
export function subscriptionOrDefault(stores: Stores, userId: string): Subscription {
  return stores.subscriptions.get(userId) ?? { ...DEFAULT_PREFERENCES, userId, active: false };
}

export async function digestView(
  deps: DigestViewDeps,
  userId: string,
  now: Date,
  options: { since?: string; previewOf?: string; hidePrescriptions?: boolean } = {},
): Promise<{ digest: Digest; card: Attachment; subscription: Subscription }> {
  const subscription = subscriptionOrDefault(deps.stores, userId);
  const contact = deps.stores.directory.contact(userId);
  const person = { id: userId, ...(contact?.aadObjectId ? { aadObjectId: contact.aadObjectId } : {}) };
  const digest = await digestOf(deps.stores, subscription, person, now, options.since);
  const card = digestCard(digest, subscription, {
    ...listOptions(deps, userId, now),
    since: options.since,
    previewOf: options.previewOf,
    hidePrescriptions: options.hidePrescriptions,
  });
  return { digest, card, subscription };
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
