import type { AgendaItem, AgendaKind } from './model.js';

/**
 * What AFPA changed in its agenda, and when: recorded by the agenda store at each
 * import or edit, in the same write. The weekly digest reads « ce qui a changé depuis
 * le dernier récap » from here, and the places alert finds here the places just
 * published, whichever process published them (the bot or `npm run import`).
 */
export type AgendaChange = {
  /** ISO instant of the write. */
  at: string;
  kind: AgendaKind;
  id: string;
  change: 'added' | 'updated' | 'removed';
  /** The item as it is now; as it was for a removal. */
  item: AgendaItem<AgendaKind>;
  /** The item before an update: what the digest compares with (3 places → 5). */
  before?: AgendaItem<AgendaKind>;
};

/** Long enough for a digest every two weeks and a bot stopped for a while; short enough to stay small. */
export const HISTORY_DAYS = 60;

/** The changes from `before` to `after`, matched by id (an item's id is its natural key). */
export function changesBetween<K extends AgendaKind>(
  kind: K,
  before: readonly AgendaItem<K>[],
  after: readonly AgendaItem<K>[],
  at: Date,
): AgendaChange[] {
  const stamp = at.toISOString();
  const previous = new Map(before.map((item) => [item.id, item]));
  const changes: AgendaChange[] = [];
  for (const item of after) {
    const old = previous.get(item.id);
    previous.delete(item.id);
    if (!old) changes.push({ at: stamp, kind, id: item.id, change: 'added', item: structuredClone(item) });
    else if (JSON.stringify(old) !== JSON.stringify(item))
      changes.push({
        at: stamp,
        kind,
        id: item.id,
        change: 'updated',
        item: structuredClone(item),
        before: structuredClone(old),
      });
  }
  for (const old of previous.values())
    changes.push({ at: stamp, kind, id: old.id, change: 'removed', item: structuredClone(old) });
  return changes;
}

/** Appends `changes` and forgets what is older than HISTORY_DAYS. */
export function appendHistory(history: AgendaChange[], changes: readonly AgendaChange[], now: Date): void {
  history.push(...changes);
  const cutoff = new Date(now.getTime() - HISTORY_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const firstKept = history.findIndex((change) => change.at >= cutoff);
  history.splice(0, firstKept < 0 ? history.length : firstKept);
}

/** The changes recorded strictly after `since` (the history is in write order). */
export function changesSince(history: readonly AgendaChange[], since: string): AgendaChange[] {
  let low = 0;
  let high = history.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (history[middle]!.at <= since) low = middle + 1;
    else high = middle;
  }
  return history.slice(low);
}
