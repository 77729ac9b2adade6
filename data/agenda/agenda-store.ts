import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { JsonStore } from '../store/json-store.js';
import { appendHistory, changesBetween, changesSince, type AgendaChange } from './agenda-history.js';
import { AgendaIndex } from './agenda-index.js';
import { queryIndex, type AgendaQuery } from './agenda-query.js';
import {
  AgendaEventSchema,
  EntrySessionSchema,
  TrainingPlaceSchema,
  type AgendaEvent,
  type AgendaItem,
  type AgendaKind,
  type EntrySession,
  type TrainingPlace,
} from './model.js';

/** An import parsed and shown to AFPA, waiting for "Importer". */
export type PendingImport = {
  id: string;
  kind: AgendaKind;
  items: AgendaItem<AgendaKind>[];
  stagedAt: string;
  stagedBy: string;
};

export type AgendaFile = {
  events: AgendaEvent[];
  sessions: EntrySession[];
  places: TrainingPlace[];
  pendingImports: Record<string, PendingImport>;
  /** Every change, oldest first (absent from files written before it was kept). */
  history?: AgendaChange[];
};

export const EMPTY_AGENDA: AgendaFile = {
  events: [],
  sessions: [],
  places: [],
  pendingImports: {},
  history: [],
};

/** A preview not confirmed within a day is dropped: the file may have changed since. */
const PENDING_IMPORT_LIFETIME_MS = 24 * 60 * 60 * 1000;

export class AgendaItemNotFoundError extends Error {
  constructor(
    readonly kind: AgendaKind,
    readonly id: string,
  ) {
    super(`No ${kind} item ${id}`);
    this.name = 'AgendaItemNotFoundError';
  }
}

/** Told about an item of the file that does not have the shape of its kind; it is left out of every answer. */
export type InvalidItemReport = { kind: AgendaKind; id: string; problem: string };

export type AgendaStoreOptions = { onInvalidItem?: (report: InvalidItemReport) => void };

/** What the bot reads: the valid items, indexed, and a number that changes with them. */
export type AgendaView = { version: number; index: AgendaIndex };

/**
 * AFPA's published agenda. The file is shared with the import command, so every
 * change is made under a file lock from what is on disk (see JsonStore). Questions
 * are answered from an index kept in memory, rebuilt only when the file changed.
 */
export class AgendaStore {
  private view?: AgendaView;
  /** Bad items already reported: a file read again says nothing new about them. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly store: JsonStore<AgendaFile>,
    private readonly clock: () => Date = () => new Date(),
    private readonly options: AgendaStoreOptions = {},
  ) {}

  static async open(dataDir: string, clock?: () => Date, options?: AgendaStoreOptions): Promise<AgendaStore> {
    const store = await JsonStore.openFile(join(dataDir, 'agenda.json'), structuredClone(EMPTY_AGENDA), {
      shared: true,
    });
    return new AgendaStore(store, clock, options);
  }

  static async inMemory(clock?: () => Date, options?: AgendaStoreOptions): Promise<AgendaStore> {
    return new AgendaStore(await JsonStore.inMemory(structuredClone(EMPTY_AGENDA)), clock, options);
  }

  /** The valid items of one kind, in the file's order, as copies the caller may change. */
  list<K extends AgendaKind>(kind: K): Promise<AgendaItem<K>[]> {
    return this.current().then(({ index }) => structuredClone([...index.valid(kind)]));
  }

  find<K extends AgendaKind>(kind: K, id: string): Promise<AgendaItem<K> | undefined> {
    return this.current().then(({ index }) => structuredClone(index.find(kind, id)));
  }

  /**
   * The items that answer an agenda question, in the order they are listed. They are
   * the store's own, frozen: read them, do not keep them across agenda changes.
   */
  query<K extends AgendaKind>(query: AgendaQuery & { kind: K }, now: Date): Promise<AgendaItem<K>[]> {
    return this.current().then(({ index }) =>
      queryIndex(
        query.kind === 'events' ? (index.eventsOf(query.types) as never) : index.kind(query.kind),
        query,
        now,
      ),
    );
  }

  /** The agenda as it is now; `version` changes with it, for whoever builds something from it (the calendar). */
  current(): Promise<AgendaView> {
    return this.store.read((data, generation) => {
      if (this.view?.version !== generation) this.view = { version: generation, index: this.indexOf(data) };
      return this.view;
    });
  }

  /** Replaces all items of one kind at once: readers see the old list or the new one, never a mix. */
  replace<K extends AgendaKind>(kind: K, items: readonly AgendaItem<K>[]): Promise<void> {
    return this.store.update((data) => {
      this.record(data, kind, structuredClone([...items]));
    });
  }

  /** What changed after `since` (an ISO instant), oldest first. */
  changesSince(since: string): Promise<AgendaChange[]> {
    return this.store.read((data) => structuredClone(changesSince(data.history ?? [], since)));
  }

  /** Adds an item, or replaces the one with the same id (an edit). */
  upsert<K extends AgendaKind>(kind: K, item: AgendaItem<K>): Promise<'added' | 'updated'> {
    return this.store.update((data) => {
      const list = [...(data[kind] as AgendaItem<K>[])];
      const index = list.findIndex((existing) => existing.id === item.id);
      if (index >= 0) list[index] = structuredClone(item);
      else list.push(structuredClone(item));
      this.record(data, kind, list);
      return index >= 0 ? 'updated' : 'added';
    });
  }

  /** A cancelled event stays listed, marked as cancelled, until its date has passed. */
  cancelEvent(id: string): Promise<AgendaEvent> {
    return this.store.update((data) => {
      const event = data.events.find((e) => e.id === id);
      if (!event) throw new AgendaItemNotFoundError('events', id);
      const cancelled = { ...structuredClone(event), cancelled: true };
      this.record(
        data,
        'events',
        data.events.map((e) => (e.id === id ? cancelled : e)),
      );
      return structuredClone(cancelled);
    });
  }

  remove(kind: AgendaKind, id: string): Promise<void> {
    return this.store.update((data) => {
      const list = data[kind] as Array<{ id: string }>;
      if (!list.some((item) => item.id === id)) throw new AgendaItemNotFoundError(kind, id);
      this.record(
        data,
        kind,
        (data[kind] as AgendaItem<AgendaKind>[]).filter((item) => item.id !== id),
      );
    });
  }

  /** Keeps a parsed file until it is confirmed; returns the id the confirm button carries. */
  stageImport<K extends AgendaKind>(
    kind: K,
    items: readonly AgendaItem<K>[],
    stagedBy: string,
  ): Promise<string> {
    const now = this.clock();
    return this.store.update((data) => {
      this.dropExpired(data, now);
      const id = randomUUID();
      data.pendingImports[id] = {
        id,
        kind,
        items: structuredClone([...items]),
        stagedAt: now.toISOString(),
        stagedBy,
      };
      return id;
    });
  }

  /** Applies a staged import, once; undefined if it expired or was already applied. */
  commitImport(id: string): Promise<{ kind: AgendaKind; count: number } | undefined> {
    const now = this.clock();
    return this.store.update((data) => {
      this.dropExpired(data, now);
      const pending = data.pendingImports[id];
      if (!pending) return undefined;
      this.record(data, pending.kind, pending.items);
      delete data.pendingImports[id];
      return { kind: pending.kind, count: pending.items.length };
    });
  }

  /** Puts `items` in place of the list of `kind`, and writes down what that changed. */
  private record<K extends AgendaKind>(data: AgendaFile, kind: K, items: AgendaItem<K>[]): void {
    const now = this.clock();
    const changes = changesBetween(kind, data[kind] as AgendaItem<K>[], items, now);
    (data[kind] as AgendaItem<K>[]) = items;
    if (changes.length === 0) return;
    data.history ??= [];
    appendHistory(data.history, changes, now);
  }

  /** Each item checked against its kind's schema: one bad line in the file never hides the rest. */
  private indexOf(data: Readonly<AgendaFile>): AgendaIndex {
    const valid = <K extends AgendaKind>(
      kind: K,
      schema: {
        safeParse(value: unknown): {
          success: boolean;
          error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
        };
      },
    ) =>
      ((data[kind] ?? []) as unknown[]).filter((item) => {
        const result = schema.safeParse(item);
        if (result.success) return true;
        this.report(kind, item, result.error?.issues ?? []);
        return false;
      }) as AgendaItem<K>[];
    return new AgendaIndex({
      events: valid('events', AgendaEventSchema),
      sessions: valid('sessions', EntrySessionSchema),
      places: valid('places', TrainingPlaceSchema),
    });
  }

  private report(
    kind: AgendaKind,
    item: unknown,
    issues: Array<{ path: PropertyKey[]; message: string }>,
  ): void {
    const rawId = (item as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' ? rawId : '(sans id)';
    const problem = issues
      .map((issue) => `${issue.path.map(String).join('.') || 'élément'}: ${issue.message}`)
      .join('; ');
    const key = `${kind}|${id}|${problem}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.options.onInvalidItem?.({ kind, id, problem });
  }

  private dropExpired(data: AgendaFile, now: Date): void {
    for (const [id, pending] of Object.entries(data.pendingImports)) {
      if (now.getTime() - Date.parse(pending.stagedAt) > PENDING_IMPORT_LIFETIME_MS)
        delete data.pendingImports[id];
    }
  }
}
