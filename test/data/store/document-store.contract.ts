import { describe, expect, it } from 'vitest';
import type { DocumentChange, DocumentStore } from '../../../data/store/document-store.js';

/**
 * What every `DocumentStore` must do, whatever keeps the documents: the in-memory
 * reference, one JSON file per document, or a PostgreSQL table.
 *
 * `make` opens an empty store. `reopen`, when the storage outlives the object, opens
 * the same storage again as a restarted process would. `knownFailures` names tests
 * this implementation is known to fail (they run as `it.fails` and are reported).
 */
export type DocumentStoreHarness = {
  store: DocumentStore;
  reopen?: () => Promise<DocumentStore>;
};

export type DocumentStoreContractOptions = { knownFailures?: readonly string[] };

/** Names of the tests an implementation may list in `knownFailures`. */
export const DOCUMENT_STORE_TESTS = {
  rejectsNeverThrows: 'reports a refused commit as a rejected promise, never as a synchronous throw',
} as const;

/** Runs `commit` and returns what went wrong, thrown synchronously or as a rejection. */
async function failureOf(run: () => Promise<void>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const UNSAFE_KEYS = ['../x', 'a/b', '29:abc', '', '.hidden', 'a\\b', 'é', 'x'.repeat(129)];
const UNSAFE_COLLECTIONS = ['../outbox', 'a/b', '', 'x y'];

export function describeDocumentStoreContract(
  name: string,
  make: () => Promise<DocumentStoreHarness>,
  options: DocumentStoreContractOptions = {},
): void {
  const known = new Set(options.knownFailures ?? []);
  const test = (title: string) => (known.has(title) ? it.fails : it);

  describe(`DocumentStore contract: ${name}`, () => {
    it('reads back what a commit wrote, by key and by collection', async () => {
      const { store } = await make();
      await store.commit([
        {
          collection: 'prescriptions',
          key: 'P-ABCDEF',
          document: { id: 'P-ABCDEF', n: 1, tags: ['a', 'é'] },
        },
        { collection: 'prescriptions', key: 'P-GHJKLM', document: { id: 'P-GHJKLM', n: 2 } },
        { collection: 'outbox', key: 'm_0001-abc', document: { text: 'Camille D. « 06 »' } },
      ]);
      expect(await store.get('prescriptions', 'P-ABCDEF')).toEqual({
        id: 'P-ABCDEF',
        n: 1,
        tags: ['a', 'é'],
      });
      expect(await store.get('outbox', 'm_0001-abc')).toEqual({ text: 'Camille D. « 06 »' });
      const all = await store.all<{ n: number }>('prescriptions');
      expect([...all.keys()].sort()).toEqual(['P-ABCDEF', 'P-GHJKLM']);
      expect(all.get('P-GHJKLM')).toEqual({ id: 'P-GHJKLM', n: 2 });
    });

    it('answers undefined for an unknown key and an empty map for an unknown collection', async () => {
      const { store } = await make();
      await store.commit([{ collection: 'a', key: 'k', document: { x: 1 } }]);
      expect(await store.get('a', 'other')).toBeUndefined();
      expect(await store.get('never-written', 'k')).toBeUndefined();
      expect((await store.all('never-written')).size).toBe(0);
    });

    it('keeps collections apart: the same key in two collections is two documents', async () => {
      const { store } = await make();
      await store.commit([
        { collection: 'a', key: 'same', document: { from: 'a' } },
        { collection: 'b', key: 'same', document: { from: 'b' } },
      ]);
      expect(await store.get('a', 'same')).toEqual({ from: 'a' });
      expect(await store.get('b', 'same')).toEqual({ from: 'b' });
    });

    it('replaces a document written again under the same key', async () => {
      const { store } = await make();
      await store.commit([{ collection: 'a', key: 'k', document: { v: 1, old: true } }]);
      await store.commit([{ collection: 'a', key: 'k', document: { v: 2 } }]);
      expect(await store.get('a', 'k')).toEqual({ v: 2 });
      expect((await store.all('a')).size).toBe(1);
    });

    it('deletes a key given a null document, in the same commit as other writes', async () => {
      const { store } = await make();
      await store.commit([
        { collection: 'a', key: 'gone', document: { v: 1 } },
        { collection: 'a', key: 'kept', document: { v: 1 } },
      ]);
      await store.commit([
        { collection: 'a', key: 'gone', document: null },
        { collection: 'a', key: 'new', document: { v: 2 } },
      ]);
      expect(await store.get('a', 'gone')).toBeUndefined();
      expect([...(await store.all('a')).keys()].sort()).toEqual(['kept', 'new']);
      // Deleting what does not exist is not an error.
      await store.commit([{ collection: 'a', key: 'never', document: null }]);
      expect((await store.all('a')).size).toBe(2);
    });

    it('accepts an empty commit', async () => {
      const { store } = await make();
      await store.commit([]);
      expect((await store.all('a')).size).toBe(0);
    });

    it('stores a copy: changing an object after the commit, or a document read, changes nothing stored', async () => {
      const { store } = await make();
      const document = { list: [1, 2], nested: { v: 'a' } };
      await store.commit([{ collection: 'a', key: 'k', document }]);
      document.list.push(3);
      document.nested.v = 'changed';
      const read = (await store.get<typeof document>('a', 'k'))!;
      expect(read).toEqual({ list: [1, 2], nested: { v: 'a' } });
      read.list.push(99);
      (await store.all<typeof document>('a')).get('k')!.nested.v = 'also changed';
      expect(await store.get('a', 'k')).toEqual({ list: [1, 2], nested: { v: 'a' } });
    });

    describe('a commit that cannot be written changes nothing', () => {
      const before: DocumentChange[] = [
        { collection: 'a', key: 'existing', document: { v: 'before' } },
        { collection: 'b', key: 'to-delete', document: { v: 'before' } },
      ];
      const alongside: DocumentChange[] = [
        { collection: 'a', key: 'existing', document: { v: 'after' } },
        { collection: 'a', key: 'added', document: { v: 'after' } },
        { collection: 'b', key: 'to-delete', document: null },
      ];
      const cases: Array<[string, DocumentChange]> = [
        ['a BigInt, which JSON cannot hold', { collection: 'a', key: 'bad', document: { n: 10n } }],
        [
          'a document that refers to itself',
          (() => {
            const loop: Record<string, unknown> = {};
            loop.self = loop;
            return { collection: 'a', key: 'bad', document: loop };
          })(),
        ],
        ...UNSAFE_KEYS.map((key): [string, DocumentChange] => [
          `the unsafe key ${JSON.stringify(key.length > 20 ? `${key.slice(0, 5)}… (${key.length})` : key)}`,
          { collection: 'a', key, document: { v: 1 } },
        ]),
        ...UNSAFE_COLLECTIONS.map((collection): [string, DocumentChange] => [
          `the unsafe collection ${JSON.stringify(collection)}`,
          { collection, key: 'k', document: { v: 1 } },
        ]),
      ];

      it.each(cases)('%s, first or last in the commit', async (_name, bad) => {
        for (const order of [
          [bad, ...alongside],
          [...alongside, bad],
        ]) {
          const { store } = await make();
          await store.commit(before);
          const error = await failureOf(() => store.commit(order));
          expect(error, 'the commit must fail').toBeInstanceOf(Error);
          expect(await store.get('a', 'existing')).toEqual({ v: 'before' });
          expect(await store.get('a', 'added')).toBeUndefined();
          expect(await store.get('b', 'to-delete')).toEqual({ v: 'before' });
          expect([...(await store.all('a')).keys()]).toEqual(['existing']);
          // The store goes on working after the failure.
          await store.commit(alongside);
          expect(await store.get('a', 'added')).toEqual({ v: 'after' });
          expect(await store.get('b', 'to-delete')).toBeUndefined();
        }
      });

      it('names no document content in the error of an unsafe key', async () => {
        const { store } = await make();
        const error = await failureOf(() =>
          store.commit([{ collection: 'a', key: '../x', document: { lastName: 'Dupont' } }]),
        );
        expect(String((error as Error).message)).not.toContain('Dupont');
      });
    });

    test(DOCUMENT_STORE_TESTS.rejectsNeverThrows)(DOCUMENT_STORE_TESTS.rejectsNeverThrows, async () => {
      const { store } = await make();
      for (const change of [
        { collection: 'a', key: '../x', document: {} },
        { collection: 'a', key: 'k', document: { n: 1n } },
      ]) {
        let promise: Promise<void> | undefined;
        expect(() => {
          promise = store.commit([change]);
        }).not.toThrow();
        await expect(promise).rejects.toBeInstanceOf(Error);
      }
    });

    it('lets concurrent commits all land: none is lost', async () => {
      const { store } = await make();
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          store.commit([
            { collection: 'a', key: `k${i}`, document: { i } },
            { collection: 'b', key: `k${i}`, document: { i } },
          ]),
        ),
      );
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.commit([{ collection: 'c', key: `single-${i}`, document: { i } }]),
        ),
      );
      const a = await store.all<{ i: number }>('a');
      const b = await store.all<{ i: number }>('b');
      expect(a.size).toBe(40);
      expect(b.size).toBe(40);
      for (let i = 0; i < 40; i++) {
        expect(a.get(`k${i}`)).toEqual({ i });
        expect(b.get(`k${i}`)).toEqual({ i });
      }
      expect((await store.all('c')).size).toBe(20);
    });

    it('ends concurrent writes of one key with one whole document, never a mix', async () => {
      const { store } = await make();
      const versions = Array.from({ length: 20 }, (_, i) => ({ version: i, body: 'x'.repeat(i * 50) }));
      await Promise.all(versions.map((v) => store.commit([{ collection: 'a', key: 'k', document: v }])));
      expect(versions).toContainEqual(await store.get('a', 'k'));
      expect((await store.all('a')).size).toBe(1);
    });

    it('creates a key once: a second creation changes nothing and says so', async () => {
      const { store } = await make();
      expect(await store.create('claims', 'k', { by: 'first' })).toBe(true);
      expect(await store.create('claims', 'k', { by: 'second' })).toBe(false);
      expect(await store.get('claims', 'k')).toEqual({ by: 'first' });
      expect([...(await store.all('claims')).keys()]).toEqual(['k']);
    });

    it('lets exactly one of many concurrent creations of one key win', async () => {
      const { store } = await make();
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => store.create('claims', 'same', { i })),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect(await store.get('claims', 'same')).toEqual({ i: winner });
    });

    it('lets exactly one of two stores on the same storage create a key', async (context) => {
      const harness = await make();
      if (!harness.reopen) return context.skip();
      const other = await harness.reopen();
      const results = await Promise.all([
        harness.store.create('claims', 'k', { by: 'a' }),
        other.create('claims', 'k', { by: 'b' }),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await other.get('claims', 'k')).toEqual({ by: results[0] ? 'a' : 'b' });
    });

    it('refuses an unsafe key in a creation', async () => {
      const { store } = await make();
      await expect(store.create('claims', '../x', {})).rejects.toThrow();
    });

    it('reads back every document after a reopen', async (context) => {
      const harness = await make();
      if (!harness.reopen) return context.skip();
      await harness.store.commit([
        { collection: 'a', key: 'k1', document: { v: 1 } },
        { collection: 'a', key: 'k2', document: { v: 2 } },
        { collection: 'b', key: 'k1', document: { nested: { list: [1, 'é'] } } },
      ]);
      await harness.store.commit([{ collection: 'a', key: 'k2', document: null }]);
      await harness.store.commit([{ collection: 'c', key: 'only', document: { v: 3 } }]);
      const reopened = await harness.reopen();
      expect(Object.fromEntries(await reopened.all('a'))).toEqual({ k1: { v: 1 } });
      expect(Object.fromEntries(await reopened.all('b'))).toEqual({ k1: { nested: { list: [1, 'é'] } } });
      expect(await reopened.get('c', 'only')).toEqual({ v: 3 });
    });
  });
}
