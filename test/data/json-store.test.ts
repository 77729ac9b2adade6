import { describe, expect, it } from 'vitest';
import { JsonStore } from '../../data/store/json-store.js';

describe('JsonStore', () => {
  it('serialises changes: concurrent read-modify-writes all count', async () => {
    const store = await JsonStore.inMemory({ count: 0 });
    await Promise.all(
      Array.from({ length: 100 }, () =>
        store.update(async (data) => {
          data.count += 1;
        }),
      ),
    );
    expect(await store.read((d) => d.count)).toBe(100);
  });

  it('leaves the data unchanged when a change throws before mutating, and goes on afterwards', async () => {
    const store = await JsonStore.inMemory({ items: [1] });
    await expect(
      store.update(() => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await store.update((d) => d.items.push(2));
    expect(await store.read((d) => [...d.items])).toEqual([1, 2]);
  });
});
