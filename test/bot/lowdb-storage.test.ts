import { mkdtemp, readdir, readFile, rm, utimes, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FileStateStorage } from '../../bot/file-state-storage.js';
import { EMPTY_BOT_STATE, LowdbStorage } from '../../bot/lowdb-storage.js';
import { JsonStore } from '../../data/store/json-store.js';
import { testClock } from '../factories.js';

async function memoryLowdb(): Promise<LowdbStorage> {
  return new LowdbStorage(await JsonStore.inMemory(structuredClone(EMPTY_BOT_STATE)));
}

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function fileStorage(): Promise<FileStateStorage> {
  const folder = await mkdtemp(join(tmpdir(), 'file-state-'));
  folders.push(folder);
  return FileStateStorage.open(folder);
}

// The same contract, run against botbuilder's MemoryStorage as the reference and against ours.
const implementations: Array<[string, () => Promise<Storage>]> = [
  ['MemoryStorage (reference)', async () => new MemoryStorage()],
  ['LowdbStorage', memoryLowdb],
  ['FileStateStorage', fileStorage],
];

describe.each(implementations)('%s follows the botbuilder Storage contract', (_name, make) => {
  it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
    const storage = await make();
    await storage.write({ a: { count: 1 } });
    const items = await storage.read(['a', 'missing']);
    expect(items['a']).toMatchObject({ count: 1 });
    expect(typeof items['a'].eTag).toBe('string');
    expect(items['missing']).toBeUndefined();
  });

  it('accepts a write carrying the current eTag and gives a new one', async () => {
    const storage = await make();
    await storage.write({ a: { count: 1 } });
    const first = (await storage.read(['a']))['a'];
    await storage.write({ a: { ...first, count: 2 } });
    const second = (await storage.read(['a']))['a'];
    expect(second.count).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('refuses a write carrying a stale eTag and keeps the newer data', async () => {
    const storage = await make();
    await storage.write({ a: { count: 1 } });
    const stale = (await storage.read(['a']))['a'];
    await storage.write({ a: { ...stale, count: 2 } });
    await expect(storage.write({ a: { ...stale, count: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['a']))['a'].count).toBe(2);
  });

  it('lets "*" and a missing eTag overwrite', async () => {
    const storage = await make();
    await storage.write({ a: { count: 1 } });
    await storage.write({ a: { count: 2, eTag: '*' } });
    expect((await storage.read(['a']))['a'].count).toBe(2);
    await storage.write({ a: { count: 3 } });
    expect((await storage.read(['a']))['a'].count).toBe(3);
  });

  it('deletes', async () => {
    const storage = await make();
    await storage.write({ a: { count: 1 }, b: { count: 2 } });
    await storage.delete(['a']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('returns copies: changing what was read does not change the store', async () => {
    const storage = await make();
    await storage.write({ a: { nested: { count: 1 } } });
    const read = (await storage.read(['a']))['a'];
    read.nested.count = 99;
    expect((await storage.read(['a']))['a'].nested.count).toBe(1);
  });
});

describe('LowdbStorage on a file', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps what was written across a reopen (a restart)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lowdb-storage-'));
    const file = join(dir, 'state.json');
    const first = new LowdbStorage(await JsonStore.openFile(file, structuredClone(EMPTY_BOT_STATE)));
    await first.write({ 'conv/1': { dialogState: { step: 1 } } });
    const reopened = new LowdbStorage(await JsonStore.openFile(file, structuredClone(EMPTY_BOT_STATE)));
    expect((await reopened.read(['conv/1']))['conv/1']).toMatchObject({ dialogState: { step: 1 } });
    expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('items');
  });

  it('loses no write when many are made at once', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lowdb-storage-'));
    const file = join(dir, 'state.json');
    const storage = new LowdbStorage(await JsonStore.openFile(file, structuredClone(EMPTY_BOT_STATE)));
    await Promise.all(Array.from({ length: 50 }, (_, i) => storage.write({ [`k${i}`]: { i } })));
    const reopened = new LowdbStorage(await JsonStore.openFile(file, structuredClone(EMPTY_BOT_STATE)));
    const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
    expect(Object.keys(await reopened.read(keys))).toHaveLength(50);
  });

  it('writes nothing of a batch that has one conflict', async () => {
    const storage = await memoryLowdb();
    await storage.write({ a: { v: 1 } });
    const stale = (await storage.read(['a']))['a'];
    await storage.write({ a: { ...stale, v: 2 } });
    await expect(storage.write({ b: { v: 1 }, a: { ...stale, v: 3 } })).rejects.toThrow();
    expect(await storage.read(['b'])).toEqual({});
  });
});

describe('LowdbStorage forgets idle conversations', () => {
  it('purges the state of a conversation idle for 30 days and keeps a more recent one', async () => {
    const time = testClock('2027-01-01T10:00:00Z');
    const storage = new LowdbStorage(await JsonStore.inMemory(structuredClone(EMPTY_BOT_STATE)), time.clock);
    await storage.write({ idle: { dialogState: { dialogStack: [] } } });
    time.advance({ days: 2 });
    await storage.write({ recent: { dialogState: { dialogStack: [] } } });
    time.advance({ days: 29 });

    expect(await storage.purgeIdle()).toBe(1);
    const left = await storage.read(['idle', 'recent']);
    expect(left['idle']).toBeUndefined();
    expect(left['recent']).toBeDefined();
  });
});

describe('FileStateStorage', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps what was written across a reopen, and loses no write when many are made at once', async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-state-'));
    const storage = await FileStateStorage.open(dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => storage.write({ [`conv/${i}`]: { i } })));
    await storage.write({ 'conv/1': { dialogState: { step: 1 } } });
    const reopened = await FileStateStorage.open(dir);
    const keys = Array.from({ length: 50 }, (_, i) => `conv/${i}`);
    expect(Object.keys(await reopened.read(keys))).toHaveLength(50);
    expect((await reopened.read(['conv/1']))['conv/1']).toMatchObject({ dialogState: { step: 1 } });
  });

  it('writes a conversation without touching the file of another', async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-state-'));
    const storage = await FileStateStorage.open(dir);
    await storage.write({ a: { v: 1 }, b: { v: 1 } });
    const inodes = async () => {
      const found = new Map<string, bigint>();
      for (const file of await readdir(dir!, { recursive: true })) {
        if (!file.endsWith('.json')) continue;
        const { key } = JSON.parse(await readFile(join(dir!, file), 'utf8')) as { key: string };
        found.set(key, (await stat(join(dir!, file), { bigint: true })).ino);
      }
      return found;
    };
    const before = await inodes();
    expect([...before.keys()].sort()).toEqual(['a', 'b']);
    await storage.write({ a: { v: 2 } });
    const after = await inodes();
    expect(after.get('b')).toBe(before.get('b'));
    expect(after.get('a')).not.toBe(before.get('a'));
  });

  it('takes over the conversations of the former single state file once', async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-state-'));
    const former = join(dir, 'bot-state.json');
    const old = new LowdbStorage(await JsonStore.openFile(former, structuredClone(EMPTY_BOT_STATE)));
    await old.write({ 'conv/1': { dialogState: { step: 2 } } });
    const storage = await FileStateStorage.open(join(dir, 'bot-state'), former);
    expect((await storage.read(['conv/1']))['conv/1']).toMatchObject({ dialogState: { step: 2 } });
    expect(await readdir(dir)).toContain('bot-state.json.migrated');
    const again = await FileStateStorage.open(join(dir, 'bot-state'), former);
    expect((await again.read(['conv/1']))['conv/1']).toMatchObject({ dialogState: { step: 2 } });
  });

  it('writes nothing of a batch that has one conflict', async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-state-'));
    const storage = await FileStateStorage.open(dir);
    await storage.write({ a: { v: 1 } });
    const stale = (await storage.read(['a']))['a'];
    await storage.write({ a: { ...stale, v: 2 } });
    await expect(storage.write({ b: { v: 1 }, a: { ...stale, v: 3 } })).rejects.toThrow(/eTag conflict/);
    expect(await storage.read(['b'])).toEqual({});
    expect((await storage.read(['a']))['a'].v).toBe(2);
  });
});

describe('FileStateStorage forgets idle conversations', () => {
  it('purges the state of a conversation idle for 30 days and keeps a more recent one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'file-state-idle-'));
    try {
      const time = testClock('2027-02-15T10:00:00Z');
      const storage = await FileStateStorage.open(dir, undefined, time.clock);
      await storage.write({ idle: { dialogState: { dialogStack: [] } }, recent: { v: 1 } });
      // The idle one was last written 31 days ago, the other one yesterday.
      for (const file of await readdir(dir, { recursive: true })) {
        if (!file.endsWith('.json')) continue;
        const path = join(dir, file);
        const { key } = JSON.parse(await readFile(path, 'utf8')) as { key: string };
        const at = new Date(key === 'idle' ? '2027-01-15T09:00:00Z' : '2027-02-14T10:00:00Z');
        await utimes(path, at, at);
      }
      expect(await storage.purgeIdle()).toBe(1);
      const reopened = await FileStateStorage.open(dir, undefined, time.clock);
      const left = await reopened.read(['idle', 'recent']);
      expect(left['idle']).toBeUndefined();
      expect(left['recent']).toBeDefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
