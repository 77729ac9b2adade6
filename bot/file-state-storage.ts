import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { JSONFile, TextFile } from 'lowdb/node';
import { readingDataFile } from '../data/store/data-file-error.js';
import { KeyLocks } from '../data/store/document-store.js';
import { hashedKey } from '../data/store/keys.js';
import { ETagConflictError, type BotStateFile } from './lowdb-storage.js';

type StoredState = { key: string; eTag: string; document: Record<string, unknown> };

/** Conversations whose state is kept in memory too: the ones active now, a few megabytes at most. */
const RECENT_LIMIT = 2_000;
/** A conversation silent this long has its state forgotten (issue #11: never kept on disk for nothing). */
export const IDLE_STATE_DAYS = 30;

/**
 * botbuilder `Storage` with one small JSON file per key, so that a turn writes its
 * own conversation's state and nothing else: the cost of a write does not grow with
 * the number of conversations. Files sit in 256 folders named by the first two hex
 * digits of the key's hash, and lowdb's text file adapter writes each through a temporary
 * file and a rename, so a crash never leaves half a state. The eTag rules are those
 * of botbuilder's `MemoryStorage`, as in LowdbStorage.
 */
export class FileStateStorage implements Storage {
  private readonly locks = new KeyLocks();
  private readonly made = new Set<string>();
  /**
   * The state of recently active conversations as written, newest last: a turn reads
   * its state back from here rather than from disk. This process is the only one that
   * writes these files, so what it wrote last is what they hold.
   */
  private readonly recent = new Map<string, { eTag: string; text: string } | null>();

  private constructor(
    private readonly dir: string,
    private readonly clock: () => Date,
  ) {}

  /**
   * Opens the folder; a state file of the earlier layout (every conversation in one
   * file) beside it is split into it once, then kept as `.migrated`.
   */
  static async open(
    dir: string,
    formerFile?: string,
    clock: () => Date = () => new Date(),
  ): Promise<FileStateStorage> {
    await mkdir(dir, { recursive: true });
    const storage = new FileStateStorage(dir, clock);
    if (formerFile) await storage.migrate(formerFile);
    return storage;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('Keys are required when reading.');
    const found: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const stored = await this.load(key);
        // Parsed from the file at each read: the caller gets its own copy.
        if (stored) found[key] = { ...stored.document, eTag: stored.eTag };
      }),
    );
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || typeof changes !== 'object') throw new TypeError('Changes are required when writing.');
    const entries = Object.entries(changes);
    // Serialised first, so that a document that cannot be written changes nothing.
    const documents = entries.map(([key, change]) => {
      const { eTag: _eTag, ...document } = JSON.parse(JSON.stringify(change ?? {})) as Record<
        string,
        unknown
      >;
      return { key, expected: (change as { eTag?: string } | null)?.eTag, document };
    });
    await this.locks.run(
      entries.map(([key]) => key),
      async () => {
        // Every eTag checked before anything is written: a batch with one conflict writes nothing.
        for (const { key, expected } of documents) {
          if (!expected || expected === '*') continue;
          const current = await this.load(key);
          if (current && current.eTag !== expected) throw new ETagConflictError(key);
        }
        for (const { key, document } of documents) await this.save({ key, eTag: randomUUID(), document });
      },
    );
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Keys are required when deleting.');
    await this.locks.run(keys, async () => {
      for (const key of keys) {
        await rm(this.pathOf(key).file, { force: true });
        this.remember(key, null);
      }
    });
  }

  /**
   * Deletes the state of conversations not written for IDLE_STATE_DAYS (the file's
   * modification time is when it was last written); run every night. Returns how many.
   */
  async purgeIdle(): Promise<number> {
    const cutoff = this.clock().getTime() - IDLE_STATE_DAYS * 24 * 60 * 60 * 1000;
    let purged = 0;
    for (const folder of await readdir(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      for (const name of await readdir(join(this.dir, folder))) {
        if (!name.endsWith('.json')) continue;
        const file = join(this.dir, folder, name);
        const info = await stat(file).catch(() => undefined);
        if (!info || info.mtimeMs >= cutoff) continue;
        const key = (JSON.parse(await readFile(file, 'utf8')) as StoredState).key;
        await this.locks.run([key], async () => {
          // Written again since the look above: it is not idle any more.
          const again = await stat(file).catch(() => undefined);
          if (!again || again.mtimeMs >= cutoff) return;
          await rm(file, { force: true });
          this.recent.delete(key);
          purged++;
        });
      }
    }
    return purged;
  }

  private pathOf(key: string): { folder: string; file: string } {
    const hash = hashedKey(key);
    const folder = join(this.dir, hash.slice(0, 2));
    return { folder, file: join(folder, `${hash}.json`) };
  }

  private async load(key: string): Promise<StoredState | undefined> {
    const cached = this.recent.get(key);
    if (cached !== undefined) {
      this.remember(key, cached);
      // Parsed at each read: every caller gets its own copy.
      if (!cached) return undefined;
      return { key, eTag: cached.eTag, document: JSON.parse(cached.text) as Record<string, unknown> };
    }
    let text: string;
    try {
      text = await readFile(this.pathOf(key).file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.remember(key, null);
      return undefined;
    }
    const stored = JSON.parse(text) as StoredState;
    // Two keys sharing a hash prefix is unlikely; reading another key's state must still never happen.
    if (stored.key !== key) return undefined;
    this.remember(key, { eTag: stored.eTag, text: JSON.stringify(stored.document) });
    return stored;
  }

  private async save(state: StoredState): Promise<void> {
    const { folder, file } = this.pathOf(state.key);
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    // The document serialised once, for the file and for the memory alike.
    const text = JSON.stringify(state.document);
    try {
      await new TextFile(file).write(
        `{"key":${JSON.stringify(state.key)},"eTag":${JSON.stringify(state.eTag)},"document":${text}}`,
      );
    } catch (error) {
      // What the file holds after a failed write is unknown: the next read goes to disk.
      this.recent.delete(state.key);
      throw error;
    }
    this.remember(state.key, { eTag: state.eTag, text });
  }

  /** Keeps `key` as the most recently used, and forgets the least recently used beyond the limit. */
  private remember(key: string, state: { eTag: string; text: string } | null): void {
    this.recent.delete(key);
    this.recent.set(key, state);
    if (this.recent.size > RECENT_LIMIT) this.recent.delete(this.recent.keys().next().value!);
  }

  private async migrate(formerFile: string): Promise<void> {
    // A damaged file is named at start, not dropped: it may hold conversations in progress.
    const former = await readingDataFile(formerFile, () => new JSONFile<BotStateFile>(formerFile).read());
    if (!former) return;
    for (const [key, item] of Object.entries(former.items ?? {})) {
      if (!(await this.load(key))) await this.save({ key, eTag: item.eTag, document: item.document });
    }
    await rename(formerFile, `${formerFile}.migrated`);
  }
}
