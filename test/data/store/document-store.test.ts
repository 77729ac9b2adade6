import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FileDocumentStore,
  MemoryDocumentStore,
  UnsafeKeyError,
  type DocumentChange,
} from '../../../data/store/document-store.js';
import { describeDocumentStoreContract } from './document-store.contract.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cd82-docs-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describeDocumentStoreContract('MemoryDocumentStore', async () => ({ store: new MemoryDocumentStore() }));

describeDocumentStoreContract('FileDocumentStore', async () => {
  const dir = await tempDir();
  return { store: await FileDocumentStore.open(dir), reopen: () => FileDocumentStore.open(dir) };
});

describe('MemoryDocumentStore and FileDocumentStore refuse the same keys', () => {
  it.each(['../x', 'a/b', '29:abc', '..', 'a..b'])('%s is an UnsafeKeyError in both', async (key) => {
    const memory = new MemoryDocumentStore();
    const file = await FileDocumentStore.open(await tempDir());
    for (const store of [memory, file]) {
      let error: unknown;
      try {
        await store.commit([{ collection: 'a', key, document: {} }]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UnsafeKeyError);
    }
  });
});

describe('FileDocumentStore on disk', () => {
  const journalOf = (dir: string) => join(dir, 'journal');

  it('keeps one JSON file per document and leaves no journal entry behind', async () => {
    const dir = await tempDir();
    const store = await FileDocumentStore.open(dir);
    await store.commit([
      { collection: 'prescriptions', key: 'P-ABCDEF', document: { id: 'P-ABCDEF' } },
      { collection: 'outbox', key: 'msg-00000001', document: { state: 'pending' } },
    ]);
    expect(JSON.parse(await readFile(join(dir, 'prescriptions', 'P-ABCDEF.json'), 'utf8'))).toEqual({
      id: 'P-ABCDEF',
    });
    expect(JSON.parse(await readFile(join(dir, 'outbox', 'msg-00000001.json'), 'utf8'))).toEqual({
      state: 'pending',
    });
    expect(await readdir(journalOf(dir))).toEqual([]);
  });

  it('writes nothing at all, journal included, for a commit it refuses', async () => {
    const dir = await tempDir();
    const store = await FileDocumentStore.open(dir);
    await expect(
      (async () =>
        store.commit([
          { collection: 'a', key: 'k', document: { v: 1 } },
          { collection: 'a', key: 'bad', document: { n: 1n } },
        ]))(),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['journal']);
    expect(await readdir(journalOf(dir))).toEqual([]);
  });

  it('applies a journal entry left by a crash when it opens, then removes it', async () => {
    const dir = await tempDir();
    const first = await FileDocumentStore.open(dir);
    await first.commit([
      { collection: 'prescriptions', key: 'P-AAAAAA', document: { status: 'envoyee' } },
      { collection: 'outbox', key: 'to-delete', document: { state: 'sent' } },
      { collection: 'other', key: 'untouched', document: { v: 'kept' } },
    ]);
    // The process stopped after writing the journal entry, before applying it.
    const entry: DocumentChange[] = [
      { collection: 'prescriptions', key: 'P-AAAAAA', document: { status: 'recue' } },
      { collection: 'outbox', key: 'msg-00000002', document: { state: 'pending' } },
      { collection: 'outbox', key: 'to-delete', document: null },
      { collection: 'audit', key: '20270503080000000-x', document: { action: 'change' } },
    ];
    await writeFile(join(journalOf(dir), '1780000000000-crash.json'), JSON.stringify(entry));

    const reopened = await FileDocumentStore.open(dir);
    expect(await reopened.get('prescriptions', 'P-AAAAAA')).toEqual({ status: 'recue' });
    expect(Object.fromEntries(await reopened.all('outbox'))).toEqual({
      'msg-00000002': { state: 'pending' },
    });
    expect(await reopened.get('audit', '20270503080000000-x')).toEqual({ action: 'change' });
    expect(await reopened.get('other', 'untouched')).toEqual({ v: 'kept' });
    expect(await readdir(journalOf(dir))).toEqual([]);
  });

  it('applies several journal entries oldest first, so that the latest write wins', async () => {
    const dir = await tempDir();
    await mkdir(journalOf(dir), { recursive: true });
    const write = (name: string, v: number) =>
      writeFile(
        join(journalOf(dir), name),
        JSON.stringify([
          { collection: 'a', key: 'k', document: { v } },
          { collection: 'a', key: `from-${v}`, document: { v } },
        ]),
      );
    await write('1780000000002-b.json', 2);
    await write('1780000000001-a.json', 1);
    const store = await FileDocumentStore.open(dir);
    expect(await store.get('a', 'k')).toEqual({ v: 2 });
    expect([...(await store.all('a')).keys()].sort()).toEqual(['from-1', 'from-2', 'k']);
    expect(await readdir(journalOf(dir))).toEqual([]);
  });

  it.each([
    ['cut short', '[{"collection":"a","key":"k","document":{"v":2}'],
    ['empty', ''],
    ['not JSON', 'garbage'],
  ])('removes a %s journal entry without touching the documents', async (_name, text) => {
    const dir = await tempDir();
    const first = await FileDocumentStore.open(dir);
    await first.commit([
      { collection: 'a', key: 'k', document: { v: 1 } },
      { collection: 'a', key: 'other', document: { v: 1 } },
    ]);
    await writeFile(join(journalOf(dir), '1780000000000-cut.json'), text);
    const reopened = await FileDocumentStore.open(dir);
    expect(Object.fromEntries(await reopened.all('a'))).toEqual({ k: { v: 1 }, other: { v: 1 } });
    expect(await readdir(journalOf(dir))).toEqual([]);
    // And it keeps working.
    await reopened.commit([{ collection: 'a', key: 'k', document: { v: 3 } }]);
    expect(await reopened.get('a', 'k')).toEqual({ v: 3 });
  });

  it('ignores files in a collection folder that are not documents (temporary files of a write)', async () => {
    const dir = await tempDir();
    const store = await FileDocumentStore.open(dir);
    await store.commit([{ collection: 'a', key: 'k', document: { v: 1 } }]);
    await writeFile(join(dir, 'a', '.k.json.tmp'), '{"v":');
    await writeFile(join(dir, 'a', 'notes.txt'), 'x');
    expect(Object.fromEntries(await store.all('a'))).toEqual({ k: { v: 1 } });
  });

  it('refuses to read with an unsafe collection or key', async () => {
    const store = await FileDocumentStore.open(await tempDir());
    await expect(store.get('a', '../../etc/passwd')).rejects.toBeInstanceOf(UnsafeKeyError);
    await expect(store.all('../')).rejects.toBeInstanceOf(UnsafeKeyError);
  });
});
