import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type restify from 'restify';
import { describeError, type Logger } from './logger.js';

/**
 * The built tab (tab/dist) under /tab/. Vite names every asset after its content, so
 * those are cached for a year; the page itself is revalidated each time (ETag), so a
 * new build reaches everyone at once. Teams shows the tab in a frame: only Teams and
 * Microsoft 365 may frame it.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

export const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.skype.com https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft";

const NOT_BUILT_TEXT =
  'L’onglet n’est pas encore construit : lancez « npm start » (qui le construit) ou « npm run build:tab ».';

export function registerTabRoutes(server: restify.Server, deps: { dir: string; logger: Logger }): void {
  server.get('/tab', async (_req, res) => {
    res.writeHead(301, { location: '/tab/' });
    res.end();
  });

  server.get('/tab/*', async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).slice(
      '/tab/'.length,
    );
    const relative = normalize(path || 'index.html');
    if (relative.startsWith('..') || relative.includes(`${sep}..`) || relative.startsWith(sep)) {
      res.send(404, { error: 'Introuvable.' });
      return;
    }
    const extension = extname(relative);
    const type = TYPES[extension];
    let body: Buffer;
    try {
      if (!type) throw Object.assign(new Error('type'), { code: 'ENOENT' });
      body = await readFile(join(deps.dir, relative));
    } catch (error) {
      const missing = (error as { code?: string }).code === 'ENOENT';
      if (!missing) deps.logger.error('tab_file_failed', describeError(error));
      const pageMissing = relative === 'index.html';
      res.send(pageMissing ? 503 : 404, { error: pageMissing ? NOT_BUILT_TEXT : 'Introuvable.' });
      return;
    }
    const hashed = relative.startsWith(`assets${sep}`);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const headers: Record<string, string> = {
      'content-type': type!,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      'x-content-type-options': 'nosniff',
    };
    if (extension === '.html') headers['content-security-policy'] = FRAME_ANCESTORS;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, headers);
    res.end(body);
  });
}
