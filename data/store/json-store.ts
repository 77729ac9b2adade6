import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low, Memory, type Adapter } from 'lowdb';
import { JSONFile } from 'lowdb/node';

/**
 * A JSON document kept by lowdb, with every change serialised: a change reads the
 * latest data, mutates it and is written before the next change starts, so two
 * concurrent turns can never overwrite each other's work. lowdb's file adapter
 * writes through a temporary file and a rename, so a crash never leaves half a file.
 */
export class JsonStore<T extends object> {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<T>) {}

  static async open<T extends object>(adapter: Adapter<T>, defaults: T): Promise<JsonStore<T>> {
    const db = new Low<T>(adapter, defaults);
    await db.read();
    return new JsonStore(db);
  }

  static async openFile<T extends object>(file: string, defaults: T): Promise<JsonStore<T>> {
    await mkdir(dirname(file), { recursive: true });
    return JsonStore.open(new JSONFile<T>(file), defaults);
  }

  static inMemory<T extends object>(defaults: T): Promise<JsonStore<T>> {
    return JsonStore.open(new Memory<T>(), defaults);
  }

  /** Runs `read` on the current data once every change queued before it is written. */
  read<R>(read: (data: Readonly<T>) => R): Promise<R> {
    return this.enqueue(async () => read(this.db.data));
  }

  /**
   * Applies `change` and writes. `change` checks everything before it mutates, so
   * that throwing leaves the data as it was. If the write itself fails, the data is
   * reloaded from the file so that memory never runs ahead of the disk.
   */
  update<R>(change: (data: T) => R): Promise<R> {
    return this.enqueue(async () => {
      const result = change(this.db.data);
      try {
        await this.db.write();
      } catch (error) {
        await this.db.read().catch(() => undefined);
        throw error;
      }
      return result;
    });
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    // The queue must go on after a failure; the caller still sees the error through `run`.
    this.queue = run.catch(() => undefined);
    return run;
  }
}
