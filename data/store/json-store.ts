import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low, Memory, type Adapter } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import lockfile from 'proper-lockfile';
import { keepLastGoodCopy, readingDataFile } from './data-file-error.js';

/**
 * A JSON document kept by lowdb, with every change serialised: a change reads the
 * latest data, mutates it and is written before the next change starts, so two
 * concurrent turns can never overwrite each other's work. lowdb's file adapter
 * writes through a temporary file and a rename, so a crash never leaves half a file.
 */
export class JsonStore<T extends object> {
  private queue: Promise<unknown> = Promise.resolve();
  /** Which version of the shared file `db.data` holds (see fileStamp). */
  private stamp: string | undefined;
  /** Goes up each time the data may have changed: what readers key their derived views on. */
  private generation = 0;

  private constructor(
    private readonly db: Low<T>,
    /** Set when another process (the import command) writes the same file. */
    private readonly sharedFile?: string,
    /** The file behind the store, named when it cannot be read. */
    private readonly file?: string,
  ) {}

  private load(): Promise<void> {
    return this.file ? readingDataFile(this.file, () => this.db.read()) : this.db.read();
  }

  static async open<T extends object>(
    adapter: Adapter<T>,
    defaults: T,
    sharedFile?: string,
    file?: string,
  ): Promise<JsonStore<T>> {
    const db = new Low<T>(adapter, defaults);
    const stamp = sharedFile ? fileStamp(sharedFile) : undefined;
    const store = new JsonStore(db, sharedFile, file);
    await store.load();
    store.stamp = stamp;
    // Read whole: this is the copy to go back to if the file is ever damaged.
    if (file) await keepLastGoodCopy(file);
    return store;
  }

  /**
   * A store on a JSON file. With `shared`, every change takes a lock on the file and
   * starts from what is on disk, and every read reloads it: the bot and the import
   * command can then write the same file without losing each other's changes.
   */
  static async openFile<T extends object>(
    file: string,
    defaults: T,
    options: { shared?: boolean } = {},
  ): Promise<JsonStore<T>> {
    await mkdir(dirname(file), { recursive: true });
    return JsonStore.open(new JSONFile<T>(file), defaults, options.shared ? file : undefined, file);
  }

  static inMemory<T extends object>(defaults: T): Promise<JsonStore<T>> {
    return JsonStore.open(new Memory<T>(), defaults);
  }

  /**
   * Runs `read` on the current data once every change queued before it is written.
   * `generation` changes whenever the data may have: a reader can keep what it derives
   * from the data (an index, a calendar) for as long as it stays the same.
   */
  read<R>(read: (data: Readonly<T>, generation: number) => R): Promise<R> {
    return this.enqueue(async () => {
      await this.refresh();
      return read(this.db.data, this.generation);
    });
  }

  /**
   * Applies `change` and writes. `change` checks everything before it mutates, so
   * that throwing leaves the data as it was. If the write itself fails, the data is
   * reloaded from the file so that memory never runs ahead of the disk.
   */
  update<R>(change: (data: T) => R): Promise<R> {
    return this.enqueue(() =>
      this.withFileLock(async () => {
        await this.refresh();
        this.generation++;
        const result = change(this.db.data);
        try {
          await this.db.write();
        } catch (error) {
          this.stamp = undefined;
          await this.db.read().catch(() => undefined);
          throw error;
        }
        // Still under the lock: nobody else wrote between our write and this look.
        if (this.sharedFile) this.stamp = fileStamp(this.sharedFile);
        return result;
      }),
    );
  }

  /**
   * Reloads the shared file only if another process replaced it since we last read or
   * wrote it: a look at its metadata costs microseconds, a parse of a large agenda
   * tens of milliseconds.
   */
  private async refresh(): Promise<void> {
    if (!this.sharedFile) return;
    const stamp = fileStamp(this.sharedFile);
    if (stamp === this.stamp) return;
    await this.load();
    this.stamp = stamp;
    this.generation++;
  }

  private async withFileLock<R>(task: () => Promise<R>): Promise<R> {
    if (!this.sharedFile) return task();
    const release = await lockfile.lock(this.sharedFile, {
      realpath: false,
      // A lock left by a crashed process is taken over after 10 s.
      stale: 10_000,
      retries: { retries: 50, minTimeout: 20, maxTimeout: 200 },
    });
    try {
      return await task();
    } finally {
      await release();
    }
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    // The queue must go on after a failure; the caller still sees the error through `run`.
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * What tells one version of a file from the next: every write goes through a new
 * temporary file renamed over the old one, so the inode changes at each write, and
 * size and modification time catch anyone who writes in place. Looked up synchronously:
 * a few microseconds, where the asynchronous call costs a trip through libuv's thread
 * pool at every agenda question.
 */
function fileStamp(file: string): string {
  const info = statSync(file, { throwIfNoEntry: false });
  return info ? `${info.ino}:${info.size}:${info.mtimeMs}` : 'missing';
}
