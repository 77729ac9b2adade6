import { addDays, format, parseISO } from 'date-fns';
import { runAgendaQuery, type AgendaQuery } from '../agenda/agenda-query.js';
import type { AgendaChange } from '../agenda/agenda-history.js';
import type { AgendaEvent, AgendaItem, AgendaKind, EntrySession, TrainingPlace } from '../agenda/model.js';
import { parisDay } from '../dates.js';
import type { Programme } from '../eligibility.js';
import type { Status } from '../prescriptions/model.js';
import type { Interests } from './subscriptions.js';

/**
 * What one référent's digest holds, built from the same agenda queries as the chat
 * answers (`runAgendaQuery`), and what is new in it from the agenda's own history.
 * Pure: the bot renders it as a card, `npm run digest --dry-run` as lines.
 */

/** Events of the next 14 days and entry sessions of the next 4 weeks (the windows). */
export const EVENT_WINDOW_DAYS = 14;
export const SESSION_WINDOW_DAYS = 28;

export type News = 'nouveau' | 'modifié' | 'annulé' | 'plus de places' | 'moins de places';
export type Marked<T> = { item: T; news?: News; before?: number };

/** One change of a référent's own prescription since the last digest: what the card lists. */
export type PrescriptionNews = {
  id: string;
  dispositif: Programme;
  status: Status;
  at: string;
  /** « Marie D. »: the référent's own person, as their status cards already name her. */
  name: string;
};

export type Digest = {
  places: Marked<TrainingPlace>[];
  /** Places the référent was told about and that are gone or full since. */
  placesGone: TrainingPlace[];
  events: Marked<AgendaEvent>[];
  sessions: Marked<EntrySession>[];
  prescriptions: PrescriptionNews[];
  /** Whether anything in it is new since the last digest (a first digest with content is). */
  hasNews: boolean;
};

export type DigestInput = {
  interests: Interests;
  now: Date;
  /** When the last digest was made; absent for the first one. */
  since?: string;
  events: readonly AgendaEvent[];
  sessions: readonly EntrySession[];
  places: readonly TrainingPlace[];
  /** The agenda's history after `since`. */
  changes: readonly AgendaChange[];
  prescriptions: readonly PrescriptionNews[];
};

const shift = (day: string, days: number) => format(addDays(parseISO(day), days), 'yyyy-MM-dd');

/**
 * The chat's agenda queries matching someone's interests: one per combination of a
 * chosen town and a chosen trade or programme, all of them when nothing is chosen.
 */
export function interestQueries(
  kind: AgendaKind,
  interests: Interests,
  window: Pick<AgendaQuery, 'from' | 'to' | 'withSeats'>,
): AgendaQuery[] {
  const towns: Array<string | undefined> = interests.towns.length > 0 ? interests.towns : [undefined];
  const topics: Array<Pick<AgendaQuery, 'trade' | 'dispositif'>> = [];
  if (kind !== 'sessions') topics.push(...interests.trades.map((trade) => ({ trade })));
  if (kind !== 'places') topics.push(...interests.dispositifs.map((dispositif) => ({ dispositif })));
  if (topics.length === 0) topics.push({});
  return towns.flatMap((place) =>
    topics.map((topic) => ({ kind, ...window, ...topic, ...(place ? { place } : {}) })),
  );
}

function union<T extends AgendaItem<AgendaKind>>(
  items: readonly T[],
  queries: readonly AgendaQuery[],
  now: Date,
): T[] {
  return byStart(queries.flatMap((query) => runAgendaQuery(items, query, now)));
}

/** Each item once, soonest first. */
function byStart<T extends AgendaItem<AgendaKind>>(items: readonly T[]): T[] {
  const unique = new Map(items.map((item) => [item.id, item]));
  return [...unique.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** An event about no trade (a JPO of the whole centre) concerns everyone who follows trades or programmes. */
function generalEvents(
  events: readonly AgendaEvent[],
  interests: Interests,
  window: Pick<AgendaQuery, 'from' | 'to'>,
  now: Date,
) {
  if (interests.trades.length === 0 && interests.dispositifs.length === 0) return [];
  const anyTopic = { ...interests, trades: [], dispositifs: [] };
  return union(events, interestQueries('events', anyTopic, window), now).filter((e) => e.trade.trim() === '');
}

/** The latest change of each item after `since`, by kind and id. */
function latestChanges(changes: readonly AgendaChange[]): Map<string, AgendaChange> {
  const latest = new Map<string, AgendaChange>();
  for (const change of changes) latest.set(`${change.kind}|${change.id}`, change);
  return latest;
}

function placeNews(change: AgendaChange | undefined, place: TrainingPlace): Marked<TrainingPlace> {
  if (!change) return { item: place };
  if (change.change === 'added') return { item: place, news: 'nouveau' };
  const before = (change.before as TrainingPlace | undefined)?.available ?? 0;
  if (before === 0) return { item: place, news: 'nouveau' };
  if (before < place.available) return { item: place, news: 'plus de places', before };
  if (before > place.available) return { item: place, news: 'moins de places', before };
  // Counted again with the same number: nothing a référent needs to hear.
  return { item: place };
}

/**
 * An item is new to the reader when it was published or changed since the last digest,
 * or when it was already published but fell outside the last digest's window.
 */
function datedNews<T extends AgendaEvent | EntrySession>(
  change: AgendaChange | undefined,
  item: T,
  previousWindowEnd: string | undefined,
): Marked<T> {
  if (change?.change === 'added') return { item, news: 'nouveau' };
  if (change?.change === 'updated') {
    const cancelled = (item as AgendaEvent).cancelled && !(change.before as AgendaEvent).cancelled;
    return { item, news: cancelled ? 'annulé' : 'modifié' };
  }
  if (previousWindowEnd !== undefined && item.start.slice(0, 10) > previousWindowEnd)
    return { item, news: 'nouveau' };
  return { item };
}

export function buildDigest(input: DigestInput): Digest {
  const { interests, now, since } = input;
  const today = parisDay(now);
  const sinceDay = since ? parisDay(new Date(since)) : undefined;
  const latest = latestChanges(input.changes);
  const changeOf = (kind: AgendaKind, id: string) => latest.get(`${kind}|${id}`);

  const placeQueries = interestQueries('places', interests, { withSeats: true });
  const places = union(input.places, placeQueries, now).map((p) => placeNews(changeOf('places', p.id), p));

  const gone = new Set<string>();
  const placesGone: TrainingPlace[] = [];
  for (const change of latest.values()) {
    if (change.kind !== 'places' || change.change === 'added') continue;
    const before = (change.before ?? change.item) as TrainingPlace;
    const nowFull = change.change === 'removed' || (change.item as TrainingPlace).available === 0;
    const followed = union([before], interestQueries('places', interests, {}), now).length > 0;
    if (before.available > 0 && nowFull && followed && !gone.has(before.id)) {
      gone.add(before.id);
      placesGone.push(before);
    }
  }

  const eventWindow = { from: today, to: shift(today, EVENT_WINDOW_DAYS) };
  const eventItems = byStart([
    ...union(input.events, interestQueries('events', interests, eventWindow), now),
    ...generalEvents(input.events, interests, eventWindow, now),
  ]);
  const events = eventItems.map((e) =>
    datedNews(changeOf('events', e.id), e, sinceDay && shift(sinceDay, EVENT_WINDOW_DAYS)),
  );

  const sessionWindow = { from: today, to: shift(today, SESSION_WINDOW_DAYS) };
  const sessions = union(input.sessions, interestQueries('sessions', interests, sessionWindow), now).map(
    (s) => datedNews(changeOf('sessions', s.id), s, sinceDay && shift(sinceDay, SESSION_WINDOW_DAYS)),
  );

  const anything =
    places.length + placesGone.length + events.length + sessions.length + input.prescriptions.length > 0;
  const hasNews = since
    ? placesGone.length > 0 ||
      input.prescriptions.length > 0 ||
      [...places, ...events, ...sessions].some((marked) => marked.news !== undefined)
    : anything;
  return { places, placesGone, events, sessions, prescriptions: [...input.prescriptions], hasNews };
}
