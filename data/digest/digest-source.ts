import type { AgendaStore } from '../agenda/agenda-store.js';
import { currentStatus, shortName } from '../prescriptions/model.js';
import type { Prescriptions } from '../prescriptions/prescriptions.js';
import { buildDigest, type Digest, type PrescriptionNews } from './digest-content.js';
import type { Subscription } from './subscriptions.js';

/** How many of a référent's latest prescriptions are looked at for the week's changes. */
const RECENT_PRESCRIPTIONS = 200;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export type DigestSource = { agenda: AgendaStore; prescriptions: Pick<Prescriptions, 'listMine'> };

/** For the part of a digest that is the same for everyone who follows the same things. */
export const NO_PRESCRIPTIONS: DigestSource['prescriptions'] = {
  listMine: async () => ({ items: [], total: 0 }),
};

/** The référent's own prescriptions that moved since the last digest, or over the last 7 days. */
export async function prescriptionNews(
  prescriptions: DigestSource['prescriptions'],
  person: { id: string; aadObjectId?: string },
  now: Date,
  since: string | undefined,
): Promise<PrescriptionNews[]> {
  const mine = await prescriptions.listMine({ ...person, name: '' }, 0, RECENT_PRESCRIPTIONS);
  const from = since ?? new Date(now.getTime() - WEEK_MS).toISOString();
  return mine.items
    .filter((p) => p.history.some((entry) => entry.at > from))
    .map((p) => ({
      id: p.id,
      dispositif: p.dispositif,
      status: currentStatus(p),
      at: p.history[p.history.length - 1]!.at,
      name: shortName(p.person, p.erasedAt !== undefined),
    }));
}

/**
 * One référent's digest as of `now`, read from the stores: the weekly card, the
 * admin's preview and the dry run all come from here.
 */
export async function digestOf(
  source: DigestSource,
  subscription: Subscription,
  person: { id: string; aadObjectId?: string },
  now: Date,
  /** The last digest's instant (what is new is new since then); undefined for a first digest. */
  since: string | undefined,
): Promise<Digest> {
  const [events, sessions, places, changes, prescriptions] = await Promise.all([
    source.agenda.list('events'),
    source.agenda.list('sessions'),
    source.agenda.list('places'),
    since ? source.agenda.changesSince(since) : Promise.resolve([]),
    prescriptionNews(source.prescriptions, person, now, since),
  ]);
  return buildDigest({
    interests: subscription,
    now,
    since,
    events,
    sessions,
    places,
    changes,
    prescriptions,
  });
}
