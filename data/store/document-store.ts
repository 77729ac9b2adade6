import { randomUUID } from 'node:crypto';
import { link, mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { JSONFile } from 'lowdb/node';
// No copy is kept beside a document: an erased person's data would outlive the erasure in it.
import { readingDataFile } from './data-file-error.js';

/**
 * Documents grouped in collections, each under its own key, and a commit that writes
 * several of them at once or not at all. It is what the prescriptions, their history
 * and the messages they cause are written with: one commit, before anything is sent.
 *
 * The embedded implementation keeps one JSON file per document, so a write costs the
 * same whether ten or fifty thousand documents are stored; a PostgreSQL implementation
 * would be one table (collection, key, document) and a transaction.
 */
export interface DocumentStore {
  /** Every document of a collection, read once when a typed store builds its indexes. */
  all<T>(collection: string): Promise<Map<string, T>>;
  get<T>(collection: string, key: string): Promise<T | undefined>;
  /** Writes every change, or none of them. A `null` document deletes its key. */
  commit(changes: readonly DocumentChange[]): Promise<void>;
  /**
   * Writes `document` only if nothing is stored under its key, and says whether it did.
   * Atomic even between processes sharing the storage: of two creations of one key,
   * exactly one wins. It is how a weekly digest is claimed once per référent.
   */
  create(collection: string, key: string, document: unknown): Promise<boolean>;
}

export type DocumentChange = { collection: string; key: string; document: unknown };

/** Collection names and keys become file names: nothing else is accepted. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export class UnsafeKeyError extends Error {
  constructor(readonly key: string) {
    super('Document key or collection name with characters that are not allowed');
    this.name = 'UnsafeKeyError';
  }
}

function checkName(name: string): void {
  if (!SAFE_NAME.test(name) || name.includes('..')) throw new UnsafeKeyError(name);
}

/**
 * A commit waits for the earlier commits that touch one of its documents, and only
 * for those: two référents' prescriptions are written side by side, two changes of
 * one document one after the other.
 */
export class KeyLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<R>(keys: readonly string[], task: () => Promise<R>): Promise<R> {
    const unique = [...new Set(keys)];
    const before = unique.map((key) => this.tails.get(key) ?? Promise.resolve());
    const result = Promise.all(before).then(task);
    const tail = result.catch(() => undefined);
    for (const key of unique) this.tails.set(key, tail);
    void tail.then(() => {
      for (const key of unique) if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

/** Documents kept in memory only: tests, and the reference the file store is compared with. */
export class MemoryDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, Map<string, string>>();

  async all<T>(collection: string): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    for (const [key, text] of this.collections.get(collection) ?? []) found.set(key, JSON.parse(text) as T);
    return found;
  }

  async get<T>(collection: string, key: string): Promise<T | undefined> {
    const text = this.collections.get(collection)?.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async commit(changes: readonly DocumentChange[]): Promise<void> {
    for (const change of changes) {
      checkName(change.collection);
      checkName(change.key);
    }
    // Serialised before anything is applied, so that a document that cannot be written changes nothing.
    const texts = changes.map((c) => (c.document === null ? null : JSON.stringify(c.document)));
    changes.forEach((change, index) => {
      const collection = this.collections.get(change.collection) ?? new Map<string, string>();
      this.collections.set(change.collection, collection);
      const text = texts[index];
      if (text === null || text === undefined) collection.delete(change.key);
      else collection.set(change.key, text);
    });
  }

  async create(collection: string, key: string, document: unknown): Promise<boolean> {
    checkName(collection);
    checkName(key);
    if (this.collections.get(collection)?.has(key)) return false;
    await this.commit([{ collection, key, document }]);
    return true;
  }
}

/**
 * One JSON file per document under `dir/<collection>/<key>.json`, written atomically
 * by lowdb's file adapter (a temporary file, then a rename). A commit of several
 * documents is first written whole to `dir/journal/`, then applied, then the journal
 * entry is removed: a crash in between is finished at the next open.
 */
export class FileDocumentStore implements DocumentStore {
  private readonly locks = new KeyLocks();
  /** Collection folders already created. */
  private readonly made = new Set<string>();

  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<FileDocumentStore> {
    const store = new FileDocumentStore(dir);
    await mkdir(join(dir, 'journal'), { recursive: true });
    await store.replayJournal();
    return store;
  }

  async all<T>(collection: string): Promise<Map<string, T>> {
    checkName(collection);
    const found = new Map<string, T>();
    let names: string[];
    try {
      names = await readdir(join(this.dir, collection));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return found;
      throw error;
    }
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const key = name.slice(0, -'.json'.length);
      const document = await this.get<T>(collection, key);
      if (document !== undefined) found.set(key, document);
    }
    return found;
  }

  async get<T>(collection: string, key: string): Promise<T | undefined> {
    checkName(collection);
    checkName(key);
    const path = this.pathOf(collection, key);
    const document = await readingDataFile(path, () => new JSONFile<T>(path).read());
    return document ?? undefined;
  }

  async commit(changes: readonly DocumentChange[]): Promise<void> {
    for (const change of changes) {
      checkName(change.collection);
      checkName(change.key);
    }
    if (changes.length === 0) return;
    // Checked before the journal is written: a document that cannot be serialised changes nothing.
    const snapshot = JSON.parse(JSON.stringify(changes)) as DocumentChange[];
    const keys = snapshot.map((change) => `${change.collection}/${change.key}`);
    return this.locks.run(keys, async () => {
      if (snapshot.length === 1) {
        await this.apply(snapshot);
        return;
      }
      const entry = join(this.dir, 'journal', `${Date.now()}-${randomUUID()}.json`);
      await new JSONFile<DocumentChange[]>(entry).write(snapshot);
      await this.apply(snapshot);
      await unlink(entry);
    });
  }

  async create(collection: string, key: string, document: unknown): Promise<boolean> {
    checkName(collection);
    checkName(key);
    const text = JSON.stringify(document);
    return this.locks.run([`${collection}/${key}`], async () => {
      await this.makeCollection(collection);
      // Written whole aside, then hard-linked into place: link() fails if the name exists,
      // in this process or another, and the document is never seen half written.
      const aside = join(this.dir, collection, `.create-${randomUUID()}.json`);
      await new JSONFile<unknown>(aside).write(JSON.parse(text));
      try {
        await link(aside, this.pathOf(collection, key));
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      } finally {
        await unlink(aside);
      }
    });
  }

  private async makeCollection(collection: string): Promise<void> {
    if (this.made.has(collection)) return;
    await mkdir(join(this.dir, collection), { recursive: true });
    this.made.add(collection);
  }

  private pathOf(collection: string, key: string): string {
    return join(this.dir, collection, `${key}.json`);
  }

  private async apply(changes: readonly DocumentChange[]): Promise<void> {
    for (const change of changes) {
      const path = this.pathOf(change.collection, change.key);
      if (change.document === null) {
        await rm(path, { force: true });
      } else {
        await this.makeCollection(change.collection);
        await new JSONFile<unknown>(path).write(change.document);
      }
    }
  }

  /** Commits written to the journal but not applied when the process stopped are applied now. */
  private async replayJournal(): Promise<void> {
    const dir = join(this.dir, 'journal');
    const entries = (await readdir(dir))
      .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
      .sort();
    for (const name of entries) {
      const path = join(dir, name);
      let changes: unknown;
      try {
        changes = JSON.parse(await readFile(path, 'utf8'));
      } catch {
        // A journal entry cut short by a crash was never committed: its documents were not touched.
        changes = undefined;
      }
      if (Array.isArray(changes)) await this.apply(changes as DocumentChange[]);
      await unlink(path);
    }
  }
}
