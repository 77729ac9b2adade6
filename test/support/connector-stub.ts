import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export type PostedActivity = { conversationId: string; replyToId?: string; activity: Partial<Activity> };

/**
 * Stands in for the Bot Framework connector: the bot posts its replies here
 * (POST /v3/conversations/{id}/activities[/{replyToId}]) and the test reads them.
 */
export class ConnectorStub {
  readonly posted: PostedActivity[] = [];
  private server?: Server;
  private waiters: Array<() => void> = [];
  private counter = 0;
  /** The next posts are refused with this status, as many times as `failures` says (to test failures). */
  failWith?: number;
  failures = 0;

  /** Files the stand-in serves, as Teams serves a file's downloadUrl. */
  private readonly files = new Map<string, Uint8Array>();
  private baseUrl = '';

  /** Makes `bytes` downloadable and returns its URL. */
  serveFile(name: string, bytes: Uint8Array | string): string {
    const path = `/files/${encodeURIComponent(name)}`;
    this.files.set(path, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    return `${this.baseUrl}${path}`;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const file = req.method === 'GET' ? this.files.get(req.url ?? '') : undefined;
      if (file) {
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(file.byteLength),
        });
        res.end(file);
        return;
      }
      void this.handle(req).then(([status, body]) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Replies posted to a conversation since `from`. */
  repliesIn(conversationId: string, from = 0): Partial<Activity>[] {
    return this.posted
      .slice(from)
      .filter((p) => p.conversationId === conversationId)
      .map((p) => p.activity);
  }

  /** Resolves once `count` activities in all have been posted (or rejects after `timeoutMs`). */
  async waitForCount(count: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.posted.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Expected ${count} posted activities, got ${this.posted.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return [404, { error: 'not found' }];
    if (this.failWith && this.failures > 0) {
      this.failures--;
      return [this.failWith, { error: 'unavailable' }];
    }
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>;
    this.posted.push({
      conversationId: decodeURIComponent(match[1]!),
      replyToId: match[2] ? decodeURIComponent(match[2]) : undefined,
      activity,
    });
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
    return [200, { id: `reply-${++this.counter}` }];
  }
}
