import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../bot/app.js';
import { createLogger } from '../../bot/logger.js';
import { testConfig } from '../factories.js';

const run = promisify(execFile);

/** `npm start` on `dataDir`: what it prints and how it ends. */
async function start(dataDir: string): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'bot/index.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
      timeout: 20_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? '' };
  }
}

describe('a corrupt data file at start', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cd82-corrupt-'));
    // A first start leaves the files, and the last good copy of each store file beside it.
    const app = await createApp({
      config: testConfig({ DATA_DIR: dataDir }),
      logger: createLogger('silent'),
    });
    await app.close();
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops the start with the file named, what is wrong and the copy to go back to', async () => {
    const file = join(dataDir, 'agenda.json');
    const good = JSON.stringify({ events: [], sessions: [], places: [], pendingImports: {}, history: [] });
    await writeFile(file, good);
    // A start that reads it whole keeps it as the last good copy, beside it.
    const app = await createApp({
      config: testConfig({ DATA_DIR: dataDir }),
      logger: createLogger('silent'),
    });
    await app.close();
    // Cut short, as a full disk would leave it; it names a person, who must not reach the log.
    await writeFile(file, '{"events": [{"title": "Mme Zorglub": ');

    const { code, stderr } = await start(dataDir);

    expect(code).toBe(1);
    expect(stderr).toContain(`Fichier de données illisible : ${file}`);
    expect(stderr).toContain(`${file}.last-good`);
    expect(stderr).not.toContain('Zorglub');
    expect(await readFile(`${file}.last-good`, 'utf8')).toBe(good);
  });

  it('names a damaged conversation-state file of the former layout instead of dropping it', async () => {
    const file = join(dataDir, 'bot-state.json');
    await writeFile(file, '{"items": {"Mme Zorglub": ');
    const { code, stderr } = await start(dataDir);
    expect(code).toBe(1);
    expect(stderr).toContain(`Fichier de données illisible : ${file}`);
    expect(stderr).not.toContain('Zorglub');
  });

  it('names a damaged document of the store the same way', async () => {
    const dir = join(dataDir, 'store', 'settings');
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'reasons.json');
    await writeFile(file, '{"refusal": [oops');

    const { code, stderr } = await start(dataDir);

    expect(code).toBe(1);
    expect(stderr).toContain(`Fichier de données illisible : ${file}`);
    expect(stderr).toContain('JSON invalide');
    expect(stderr).not.toContain('oops');
  });
});
