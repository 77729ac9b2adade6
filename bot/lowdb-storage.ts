import type { Storage, StoreItems } from 'botbuilder';
import { JsonStore } from '../data/store/json-store.js';

/** `savedAt`: when the item was last written, for the purge of idle conversations. */
type StoredItem = { eTag: string; document: Record<string, unknown>; savedAt?: string };
export type BotStateFile = { nextETag: number; items: Record<string, StoredItem> };

export const EMPTY_BOT_STATE: BotStateFile = { nextETag: 1, items: {} };

export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/**
 * botbuilder `Storage` over a lowdb JSON file, with the eTag rules of botbuilder's
 * `MemoryStorage`: a write carrying an eTag succeeds only if it matches the stored one,
 * `*` or no eTag always wins. Reads return copies, so a caller never mutates the store.
 */
/** A conversation nobody has spoken in for this long is forgotten (RGPD: keep no more than needed). */
export const IDLE_STATE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export class LowdbStorage implements Storage {
  constructor(
    private readonly store: JsonStore<BotStateFile>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('Keys are required when reading.');
    return this.store.read((data) => {
      const found: StoreItems = {};
      for (const key of keys) {
        const item = data.items[key];
        if (item) found[key] = { ...structuredClone(item.document), eTag: item.eTag };
      }
      return found;
    });
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || typeof changes !== 'object') throw new TypeError('Changes are required when writing.');
    await this.store.update((data) => {
      // Check every eTag first: a batch with one conflict writes nothing.
      for (const [key, change] of Object.entries(changes)) {
        const expected = (change as { eTag?: string } | null)?.eTag;
        const current = data.items[key];
        if (current && expected && expected !== '*' && expected !== current.eTag) {
          throw new ETagConflictError(key);
        }
      }
      for (const [key, change] of Object.entries(changes)) {
        const { eTag: _eTag, ...document } = structuredClone(change ?? {}) as Record<string, unknown>;
        data.items[key] = { eTag: String(data.nextETag++), document, savedAt: this.clock().toISOString() };
      }
    });
  }

  /**
   * Deletes the state of conversations idle for `IDLE_STATE_DAYS`; returns how many. An item
   * written before dates were kept is dated now, and so waits its 30 days like the others.
   */
  async purgeIdle(): Promise<number> {
    const now = this.clock();
    const cutoff = new Date(now.getTime() - IDLE_STATE_DAYS * DAY_MS).toISOString();
    let purged = 0;
    await this.store.update((data) => {
      for (const [key, item] of Object.entries(data.items)) {
        if (!item.savedAt) item.savedAt = now.toISOString();
        else if (item.savedAt < cutoff) {
          delete data.items[key];
          purged++;
        }
      }
    });
    return purged;
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Keys are required when deleting.');
    await this.store.update((data) => {
      for (const key of keys) delete data.items[key];
    });
  }
}
