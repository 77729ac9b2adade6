import { createHash } from 'node:crypto';

/** A file-safe document key for an id that may hold « : » or « / » (Teams ids do). */
export function hashedKey(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 40);
}
