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
  /** The revision of its kind the preview was computed against (absent from older files). */
  basedOn?: number;
};

export type AgendaFile = {
  events: AgendaEvent[];
  sessions: EntrySession[];
  places: TrainingPlace[];
  pendingImports: Record<string, PendingImport>;
  /** Every change, oldest first (absent from files written before it was kept). */
  history?: AgendaChange[];
  /** Goes up by one at each write that changes a kind: a preview knows what it was computed against. */
  revisions?: Partial<Record<AgendaKind, number>>;
};

/** Who presses « Importer » or « Annuler »: the ids they are known by, and whether they administer the bot. */
export type ImportActor = { ids: readonly string[]; admin: boolean };

/** What became of a confirmed import. */
export type ImportConfirmation =
  | { outcome: 'applied'; kind: AgendaKind; count: number }
  /** Cancelled, applied already, expired, or never staged. */
  | { outcome: 'gone' }
  /** Staged by someone else: only they, or an admin, decide. */
  | { outcome: 'not-yours' }
  /**
   * The agenda changed since the preview: nothing applied, the file is staged again
   * under `importId` against what the agenda holds now, for a fresh preview.
   */
  | {
      outcome: 'outdated';
      importId: string;
      kind: AgendaKind;
      items: AgendaItem<AgendaKind>[];
      current: AgendaItem<AgendaKind>[];
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

type Issues = ReadonlyArray<{ path: PropertyKey[]; message: string }>;

const SCHEMAS: Record<
  AgendaKind,
  { safeParse(value: unknown): { success: boolean; error?: { issues: Issues } } }
> = { events: AgendaEventSchema, sessions: EntrySessionSchema, places: TrainingPlaceSchema };

/** The items of a list that have the shape of their kind; `onInvalid` hears of the others. */
function validItems<K extends AgendaKind>(
  kind: K,
  items: readonly unknown[],
  onInvalid?: (item: unknown, issues: Issues) => void,
): AgendaItem<K>[] {
  return items.filter((item) => {
    const result = SCHEMAS[kind].safeParse(item);
    if (!result.success) onInvalid?.(item, result.error?.issues ?? []);
    return result.success;
  }) as AgendaItem<K>[];
}

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
export type AgendaView = {
  version: number;
  index: AgendaIndex;
  revisions: Readonly<Partial<Record<AgendaKind, number>>>;
};

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
      if (this.view?.version !== generation)
        this.view = { version: generation, index: this.indexOf(data), revisions: { ...data.revisions } };
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

  /** The valid items of one kind with the revision they belong to: what a preview is computed from. */
  snapshot<K extends AgendaKind>(kind: K): Promise<{ items: AgendaItem<K>[]; revision: number }> {
    return this.current().then(({ index, revisions }) => ({
      items: structuredClone([...index.valid(kind)]),
      revision: revisions[kind] ?? 0,
    }));
  }

  /**
   * Keeps a parsed file until it is confirmed; returns the id the confirm button carries.
   * `basedOn` is the revision the preview was computed against (see snapshot); without
   * it, the revision at staging time.
   */
  stageImport<K extends AgendaKind>(
    kind: K,
    items: readonly AgendaItem<K>[],
    stagedBy: string,
    basedOn?: number,
  ): Promise<string> {
    const now = this.clock();
    return this.store.update((data) => {
      this.dropExpired(data, now);
      return this.stage(data, kind, structuredClone([...items]), stagedBy, now, basedOn);
    });
  }

  /** Applies a staged import, once; undefined if it was cancelled, applied already, expired, or is outdated. */
  async commitImport(id: string): Promise<{ kind: AgendaKind; count: number } | undefined> {
    const done = await this.confirmImport(id);
    return done.outcome === 'applied' ? { kind: done.kind, count: done.count } : undefined;
  }

  /**
   * Applies a staged import if `by` may (the person who staged it, or an admin; anyone
   * when `by` is left out, as the import command does) and if the agenda has not
   * changed since its preview. Checked and applied in one write.
   */
  confirmImport(id: string, by?: ImportActor): Promise<ImportConfirmation> {
    const now = this.clock();
    return this.store.update((data): ImportConfirmation => {
      this.dropExpired(data, now);
      const pending = data.pendingImports[id];
      if (!pending) return { outcome: 'gone' };
      if (by && !by.admin && !by.ids.includes(pending.stagedBy)) return { outcome: 'not-yours' };
      const revision = data.revisions?.[pending.kind] ?? 0;
      delete data.pendingImports[id];
      if (pending.basedOn !== undefined && pending.basedOn !== revision) {
        const importId = this.stage(data, pending.kind, pending.items, pending.stagedBy, now, revision);
        return {
          outcome: 'outdated',
          importId,
          kind: pending.kind,
          items: structuredClone(pending.items),
          current: structuredClone(validItems(pending.kind, data[pending.kind] as unknown[])),
        };
      }
      this.record(data, pending.kind, pending.items);
      return { outcome: 'applied', kind: pending.kind, count: pending.items.length };
    });
  }

  /** « Annuler »: the staged import is dropped and can never be applied. */
  cancelImport(id: string, by?: ImportActor): Promise<'cancelled' | 'gone' | 'not-yours'> {
    const now = this.clock();
    return this.store.update((data) => {
      this.dropExpired(data, now);
      const pending = data.pendingImports[id];
      if (!pending) return 'gone';
      if (by && !by.admin && !by.ids.includes(pending.stagedBy)) return 'not-yours';
      delete data.pendingImports[id];
      return 'cancelled';
    });
  }

  private stage(
    data: AgendaFile,
    kind: AgendaKind,
    items: AgendaItem<AgendaKind>[],
    stagedBy: string,
    now: Date,
    basedOn = data.revisions?.[kind] ?? 0,
  ): string {
    const id = randomUUID();
    data.pendingImports[id] = { id, kind, items, stagedAt: now.toISOString(), stagedBy, basedOn };
    return id;
  }

  /** Puts `items` in place of the list of `kind`, and writes down what that changed. */
  private record<K extends AgendaKind>(data: AgendaFile, kind: K, items: AgendaItem<K>[]): void {
    const now = this.clock();
    const changes = changesBetween(kind, data[kind] as AgendaItem<K>[], items, now);
    (data[kind] as AgendaItem<K>[]) = items;
    if (changes.length === 0) return;
    data.revisions = { ...data.revisions, [kind]: (data.revisions?.[kind] ?? 0) + 1 };
    data.history ??= [];
    appendHistory(data.history, changes, now);
  }

  /** Each item checked against its kind's schema: one bad line in the file never hides the rest. */
  private indexOf(data: Readonly<AgendaFile>): AgendaIndex {
    const valid = <K extends AgendaKind>(kind: K) =>
      validItems(kind, (data[kind] ?? []) as unknown[], (item, issues) => this.report(kind, item, issues));
    return new AgendaIndex({ events: valid('events'), sessions: valid('sessions'), places: valid('places') });
  }

  private report(kind: AgendaKind, item: unknown, issues: Issues): void {
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
