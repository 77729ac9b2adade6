import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { FRAME_ANCESTORS, registerTabRoutes } from '../../bot/tab-routes.js';

describe('the built tab under /tab/', () => {
  let server: restify.Server;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cd82-tab-dist-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Agenda</title>');
    await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'not served');
    server = restify.createServer();
    registerTabRoutes(server, { dir, logger: createLogger('silent') });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the page revalidated each time, framable by Teams only', async () => {
    const response = await fetch(`${base}/tab/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(FRAME_ANCESTORS);
    const again = await fetch(`${base}/tab/`, {
      headers: { 'if-none-match': response.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('caches the hashed assets for a year', async () => {
    const response = await fetch(`${base}/tab/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('redirects /tab to /tab/', async () => {
    const response = await fetch(`${base}/tab`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/tab/');
  });

  it.each([
    '/tab/secret.txt',
    '/tab/..%2F..%2Fetc%2Fpasswd',
    '/tab/assets/missing.js',
    '/tab/%2e%2e/index.html',
  ])('serves nothing else: %s', async (path) => {
    expect((await fetch(`${base}${path}`)).status).toBe(404);
  });

  it('says how to build the tab when it is not built', async () => {
    await rm(join(dir, 'index.html'));
    const response = await fetch(`${base}/tab/`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: string }).error).toMatch(/npm start/);
  });
});
