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

/**
 * What the filters compare. Dates are computed for every item when the agenda
 * changes; the normalised texts only for items a question reaches (the upcoming
 * ones), once, then kept.
 */
export class IndexedItem<K extends AgendaKind> {
  readonly startDay: string;
  readonly endDay: string;
  /** Minutes past midnight an event starts at (« 09:30 » is 570); 0 for what lasts whole days. */
  readonly startMinute: number;
  private normalized?: { place: string; words: readonly string[]; volet: string };
  private named?: ReadonlySet<SessionDispositif>;

  constructor(
    readonly kind: K,
    readonly item: AgendaItem<K>,
    /** When it stops being worth listing: an event's end instant, the day an entry starts, a training's last day. */
    readonly until: number | string,
  ) {
    this.startDay = item.start.slice(0, 10);
    this.endDay = item.end.slice(0, 10);
    const time = item.start.slice(11);
    this.startMinute = time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : 0;
  }

  get place(): string {
    return this.texts().place;
  }

  /** The words a trade is looked for in. */
  get words(): readonly string[] {
    return this.texts().words;
  }

  get volet(): string {
    return this.texts().volet;
  }

  /** Programmes an event's title or description names (a session: its own). */
  get programmes(): ReadonlySet<SessionDispositif> {
    if (!this.named) {
      if (this.kind === 'sessions') this.named = new Set([(this.item as EntrySession).dispositif]);
      else if (this.kind === 'events') {
        const e = this.item as AgendaEvent;
        this.named = new Set(programmesNamedIn(normalizeText(`${e.title} ${e.description}`)));
      } else this.named = new Set();
    }
    return this.named;
  }

  private texts() {
    if (!this.normalized) {
      const item = this.item as AgendaItem<AgendaKind>;
      let searchable: string;
      if (this.kind === 'events') {
        const e = item as AgendaEvent;
        searchable = `${e.trade} ${e.title} ${e.description}`;
      } else if (this.kind === 'places') {
        const p = item as TrainingPlace;
        searchable = `${p.trade} ${p.training}`;
      } else searchable = (item as EntrySession).volet;
      this.normalized = {
        place: normalizeText((item as { place: string }).place),
        words: normalizeText(searchable).split(' '),
        volet: this.kind === 'sessions' ? normalizeText((item as EntrySession).volet) : '',
      };
    }
    return this.normalized;
  }
}

const PROGRAMME_WORDS: ReadonlyArray<readonly [SessionDispositif, RegExp]> = [
  ['prepa-competences', /\bprepa\b/],
  ['promo-16-18', /\b(promo|1618)\b/],
  ['competences-pec', /\bpec\b/],
];

/** The programmes a normalised message names, in the order it names them (« pec et promo »). */
export function programmesNamedIn(normalized: string): SessionDispositif[] {
  return programmesNamedAt(normalized).map(({ id }) => id);
}

/** The same, with where each is first named. */
export function programmesNamedAt(normalized: string): Array<{ id: SessionDispositif; at: number }> {
  return PROGRAMME_WORDS.map(([id, words]) => ({ id, at: normalized.search(words) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
}

function titleOf(kind: AgendaKind, item: AgendaItem<AgendaKind>): string {
  if (kind === 'events') return (item as AgendaEvent).title;
  if (kind === 'places') return (item as TrainingPlace).training;
  return (item as EntrySession).volet;
}

/**
 * Paris wall-clock times to instants, with the UTC offset worked out once per day:
 * a time-zone computation per item would cost more than all the rest of the index.
 * The two days a year the offset changes are computed item by item.
 */
class ParisClock {
  private readonly offsets = new Map<string, number | null>();

  instant(local: string): number {
    const day = local.slice(0, 10);
    let offset = this.offsets.get(day);
    if (offset === undefined) {
      const morning = wallAsUtc(`${day}T00:00`) - parisInstant(`${day}T00:00`).getTime();
      const evening = wallAsUtc(`${day}T23:59`) - parisInstant(`${day}T23:59`).getTime();
      offset = morning === evening ? morning : null;
      this.offsets.set(day, offset);
    }
    return offset === null ? parisInstant(local).getTime() : wallAsUtc(local) - offset;
  }
}

/** "2027-03-29T09:00" read as if it were UTC. */
function wallAsUtc(local: string): number {
  return Date.UTC(
    Number(local.slice(0, 4)),
    Number(local.slice(5, 7)) - 1,
    Number(local.slice(8, 10)),
    Number(local.slice(11, 13)),
    Number(local.slice(14, 16)),
  );
}

function untilOf(kind: AgendaKind, item: AgendaItem<AgendaKind>, clock: ParisClock): number | string {
  if (kind === 'events') return clock.instant((item as AgendaEvent).end);
  if (kind === 'sessions') return (item as EntrySession).start;
  return (item as TrainingPlace).end;
}

/** The default collation, as String#localeCompare uses, made once. */
const collator = new Intl.Collator();

/**
 * Items sorted by start (then title), with the latest `until` seen up to each
 * position: everything before the first position whose running latest `until` is
 * still ahead is over, so a question starts there and never walks the past.
 */
export class KindIndex<K extends AgendaKind> {
  readonly entries: readonly IndexedItem<K>[];
  private readonly latestUntil: ReadonlyArray<number | string>;
  private readonly latestEndDay: readonly string[];

  /** The items of a list, in any order. */
  static of<K extends AgendaKind>(
    kind: K,
    items: readonly AgendaItem<K>[],
    clock = new ParisClock(),
  ): KindIndex<K> {
    // Sorted once here as the answers are listed; Array.sort is stable, so equal items keep their order.
    // Starts of one kind share one fixed format, so comparing them as strings orders them by date.
    const entries = items
      .map((item) => new IndexedItem(kind, item, untilOf(kind, item, clock)))
      .sort(
        (a, b) =>
          (a.item.start < b.item.start ? -1 : a.item.start > b.item.start ? 1 : 0) ||
          collator.compare(titleOf(kind, a.item), titleOf(kind, b.item)),
      );
    return new KindIndex(kind, entries);
  }

  /** `entries` already in the order answers are listed. */
  constructor(
    readonly kind: K,
    entries: readonly IndexedItem<K>[],
  ) {
    this.entries = entries;
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
    this.events = KindIndex.of('events', items.events);
    this.sessions = KindIndex.of('sessions', items.sessions);
    this.places = KindIndex.of('places', items.places);
    const types = new Map<EventType, IndexedItem<'events'>[]>();
    for (const entry of this.events.entries) {
      const list = types.get(entry.item.type) ?? [];
      list.push(entry);
      types.set(entry.item.type, list);
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
