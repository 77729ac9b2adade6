import { describe, expect, it } from 'vitest';
import { ExpiringMemoryStorage } from '../../bot/expiring-memory-storage.js';

describe('ExpiringMemoryStorage', () => {
  it('lets go of what nothing wrote for its lifetime, and keeps what was written again', async () => {
    let now = new Date('2027-01-11T09:00:00Z');
    const storage = new ExpiringMemoryStorage(30 * 60 * 1000, () => now);
    await storage.write({ 'a/thread': { topic: 'figures' }, 'b/thread': { topic: 'contacts' } });
    now = new Date('2027-01-11T09:20:00Z');
    await storage.write({ 'b/thread': { topic: 'agreement' } });
    now = new Date('2027-01-11T09:40:00Z');
    await storage.write({ 'c/thread': { topic: 'contacts' } });
    const read = await storage.read(['a/thread', 'b/thread', 'c/thread']);
    expect(Object.keys(read).sort()).toEqual(['b/thread', 'c/thread']);
    expect(read['b/thread']).toMatchObject({ topic: 'agreement' });
    expect(storage.size).toBe(2);
  });

  it('forgets what is deleted', async () => {
    const storage = new ExpiringMemoryStorage(1000, () => new Date('2027-01-11T09:00:00Z'));
    await storage.write({ k: { v: 1 } });
    await storage.delete(['k']);
    expect(storage.size).toBe(0);
    expect(await storage.read(['k'])).toEqual({});
  });
});
