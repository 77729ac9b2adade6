import { MemoryStorage, type StoreItems } from 'botbuilder';

/**
 * botbuilder's `MemoryStorage`, whose entries are dropped once nothing wrote them for
 * `lifetimeMs`: state that only matters for a while (the thread of a conversation, the
 * person of the last check) leaves memory with it, however many conversations never come
 * back. Entries are kept in the order last written, so each write drops only those expired.
 */
export class ExpiringMemoryStorage extends MemoryStorage {
  private readonly writtenAt = new Map<string, number>();

  constructor(
    private readonly lifetimeMs: number,
    private readonly clock: () => Date,
  ) {
    super();
  }

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    const now = this.clock().getTime();
    for (const key of Object.keys(changes)) {
      this.writtenAt.delete(key);
      this.writtenAt.set(key, now);
    }
    const expired: string[] = [];
    for (const [key, at] of this.writtenAt) {
      if (now - at <= this.lifetimeMs) break;
      expired.push(key);
    }
    if (expired.length > 0) await this.delete(expired);
  }

  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.writtenAt.delete(key);
    await super.delete(keys);
  }

  /** How many entries memory holds. */
  get size(): number {
    return this.writtenAt.size;
  }
}
