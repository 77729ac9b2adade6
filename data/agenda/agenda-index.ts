import { parisDay } from '../dates.js';
import { normalizeText } from '../qa/normalize.js';
import { parisInstant } from './french-format.js';
import type {
  AgendaEvent,
  AgendaItem,
  AgendaKind,
  EntrySession,
  EventType,
  SessionDispositif,
  TrainingPlace,
} from './model.js';

/**
 * The items of one kind, ready to answer questions: sorted as answers are listed,
 * with everything a filter compares normalised once, when the agenda changes, so
 * that a question never pays for it. The query itself lives in agenda-query.ts.
 */

/** What the filters compare, computed once per item. */
export type IndexedItem<K extends AgendaKind> = {
  item: AgendaItem<K>;
  startDay: string;
  endDay: string;
  /** When it stops being worth listing: an event's end instant, the day an entry starts, a training's last day. */
  until: number | string;
  place: string;
  /** The words a trade is looked for in. */
  words: readonly string[];
  volet: string;
  /** Programmes an event's title or description names (a session: its own). */
  programmes: ReadonlySet<SessionDispositif>;
};

const PROGRAMME_WORDS: ReadonlyArray<readonly [SessionDispositif, RegExp]> = [
  ['prepa-competences', /\bprepa\b/],
  ['promo-16-18', /\b(promo|1618)\b/],
  ['competences-pec', /\bpec\b/],
];

export function programmesNamedIn(normalized: string): SessionDispositif[] {
  return PROGRAMME_WORDS.filter(([, words]) => words.test(normalized)).map(([id]) => id);
}

function titleOf(kind: AgendaKind, item: AgendaItem<AgendaKind>): string {
  if (kind === 'events') return (item as AgendaEvent).title;
  if (kind === 'places') return (item as TrainingPlace).training;
  return (item as EntrySession).volet;
}

function indexed<K extends AgendaKind>(kind: K, item: AgendaItem<K>): IndexedItem<K> {
  const startDay = item.start.slice(0, 10);
  const endDay = item.end.slice(0, 10);
  let until: number | string;
  let searchable: string;
  let programmes: SessionDispositif[] = [];
  if (kind === 'events') {
    const e = item as AgendaEvent;
    until = parisInstant(e.end).getTime();
    searchable = `${e.trade} ${e.title} ${e.description}`;
    programmes = programmesNamedIn(normalizeText(`${e.title} ${e.description}`));
  } else if (kind === 'sessions') {
    const s = item as EntrySession;
    until = s.start;
    searchable = s.volet;
    programmes = [s.dispositif];
  } else {
    const p = item as TrainingPlace;
    until = p.end;
    searchable = `${p.trade} ${p.training}`;
  }
  return {
    item,
    startDay,
    endDay,
    until,
    place: normalizeText((item as { place: string }).place),
    words: normalizeText(searchable).split(' '),
    volet: kind === 'sessions' ? normalizeText((item as EntrySession).volet) : '',
    programmes: new Set(programmes),
  };
}

/**
 * Items sorted by start (then title), with the latest `until` seen up to each
 * position: everything before the first position whose running latest `until` is
 * still ahead is over, so a question starts there and never walks the past.
 */
export class KindIndex<K extends AgendaKind> {
  readonly entries: readonly IndexedItem<K>[];
  private readonly latestUntil: ReadonlyArray<number | string>;
  private readonly latestEndDay: readonly string[];

  constructor(
    readonly kind: K,
    items: readonly AgendaItem<K>[],
  ) {
    // Sorted once here as the answers are listed; Array.sort is stable, so equal items keep their order.
    this.entries = items
      .map((item) => indexed(kind, item))
      .sort(
        (a, b) =>
          a.item.start.localeCompare(b.item.start) ||
          titleOf(kind, a.item).localeCompare(titleOf(kind, b.item)),
      );
    const latestUntil: Array<number | string> = [];
    const latestEndDay: string[] = [];
    for (const [i, entry] of this.entries.entries()) {
      const previous = latestUntil[i - 1];
      latestUntil.push(previous !== undefined && previous > entry.until ? previous : entry.until);
      const previousDay = latestEndDay[i - 1];
      latestEndDay.push(previousDay !== undefined && previousDay > entry.endDay ? previousDay : entry.endDay);
    }
    this.latestUntil = latestUntil;
    this.latestEndDay = latestEndDay;
  }

  /** The first position that may still be upcoming at `now` and end on or after `from`. */
  firstCandidate(now: Date, from: string | undefined): number {
    const threshold = this.kind === 'events' ? now.getTime() : parisDay(now);
    // Events last until their end instant (strictly after now); days count while they are today or later.
    const stillOn = (until: number | string) =>
      typeof until === 'number' ? until > (threshold as number) : until >= (threshold as string);
    let first = firstWhere(this.latestUntil, stillOn);
    if (from)
      first = Math.max(
        first,
        firstWhere(this.latestEndDay, (day) => day >= from),
      );
    return first;
  }

  isUpcoming(entry: IndexedItem<K>, now: Date, today: string): boolean {
    return typeof entry.until === 'number' ? entry.until > now.getTime() : entry.until >= today;
  }
}

/** Binary search: the first index whose value passes `test`, on values where passing is monotone. */
function firstWhere<T>(values: readonly T[], test: (value: T) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(values[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The agenda as questions read it: one index per kind, and the events of each type on their own. */
export class AgendaIndex {
  readonly events: KindIndex<'events'>;
  readonly sessions: KindIndex<'sessions'>;
  readonly places: KindIndex<'places'>;
  private readonly eventsByType = new Map<EventType, KindIndex<'events'>>();
  private readonly byId: { [K in AgendaKind]: Map<string, AgendaItem<K>> };
  private readonly items: { [K in AgendaKind]: readonly AgendaItem<K>[] };

  /** The items are frozen: they are shared by every answer until the agenda changes. */
  constructor(items: {
    events: readonly AgendaEvent[];
    sessions: readonly EntrySession[];
    places: readonly TrainingPlace[];
  }) {
    for (const list of [items.events, items.sessions, items.places])
      for (const item of list) Object.freeze(item);
    this.items = { events: items.events, sessions: items.sessions, places: items.places };
    this.events = new KindIndex('events', items.events);
    this.sessions = new KindIndex('sessions', items.sessions);
    this.places = new KindIndex('places', items.places);
    const types = new Map<EventType, AgendaEvent[]>();
    for (const { item } of this.events.entries) {
      const list = types.get(item.type) ?? [];
      list.push(item);
      types.set(item.type, list);
    }
    for (const [type, list] of types) this.eventsByType.set(type, new KindIndex('events', list));
    this.byId = {
      events: firstById(items.events),
      sessions: firstById(items.sessions),
      places: firstById(items.places),
    };
  }

  kind<K extends AgendaKind>(kind: K): KindIndex<K> {
    return this[kind] as unknown as KindIndex<K>;
  }

  /** The smallest index that holds every event of `types`. */
  eventsOf(types: readonly EventType[] | undefined): KindIndex<'events'> {
    if (types?.length !== 1) return this.events;
    return this.eventsByType.get(types[0]!) ?? new KindIndex('events', []);
  }

  /** Every item of a kind, in the order they were given. */
  valid<K extends AgendaKind>(kind: K): readonly AgendaItem<K>[] {
    return this.items[kind] as readonly AgendaItem<K>[];
  }

  find<K extends AgendaKind>(kind: K, id: string): AgendaItem<K> | undefined {
    return (this.byId[kind] as Map<string, AgendaItem<K>>).get(id);
  }
}

/** Ids are unique in practice; if a file repeats one, the first is the one found, as a scan would. */
function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const found = new Map<string, T>();
  for (const item of items) if (!found.has(item.id)) found.set(item.id, item);
  return found;
}
