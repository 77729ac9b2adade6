import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity, ConversationParameters } from 'botbuilder';

export type PostedActivity = { conversationId: string; replyToId?: string; activity: Partial<Activity> };
export type UpdatedActivity = { conversationId: string; activityId: string; activity: Partial<Activity> };
export type CreatedConversation = { id: string; parameters: Partial<ConversationParameters> };
/** A refusal as Teams words it: a status, an optional Retry-After header and Teams error code. */
export type ScriptedResponse = { status: number; retryAfter?: string; code?: string };
export type FailRate = { status: number; share: number; retryAfter?: string; code?: string; seed?: number };

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * Stands in for the Bot Framework connector: the bot posts its replies here
 * (POST /v3/conversations/{id}/activities[/{replyToId}]), updates them
 * (PUT /v3/conversations/{id}/activities/{activityId}), opens conversations
 * (POST /v3/conversations), and the test reads what arrived. Failures can be
 * scripted, one by one or as a share of all calls, to exercise retries.
 */
export class ConnectorStub {
  readonly posted: PostedActivity[] = [];
  readonly updated: UpdatedActivity[] = [];
  readonly created: CreatedConversation[] = [];
  /** Every POST and PUT received, refused ones included: what Teams would count against the rate limit. */
  attempts = 0;
  private server?: Server;
  private waiters: Array<() => void> = [];
  private counter = 0;
  private createdCounter = 0;
  /** The next posts are refused with this status, as many times as `failures` says (to test failures). */
  failWith?: number;
  failures = 0;
  /** GET requests received: the files the bot tried to download. */
  fileRequests = 0;
  /** The next POST/PUT calls are accepted and never answered, as many as this says. */
  hangs = 0;
  private readonly scripted: ScriptedResponse[] = [];
  private rate?: { failures: readonly FailRate[]; random: () => number };
  /** Conversations whose every call is refused, as when a person blocked the bot. */
  private readonly refused = new Map<string, ScriptedResponse>();
  /** While set, posts wait here unrecorded, as if the connector took them and never answered. */
  private held?: Array<() => void>;

  /** Files the stand-in serves, as Teams serves a file's downloadUrl. */
  private readonly files = new Map<string, Uint8Array>();
  private baseUrl = '';

  /** Makes `bytes` downloadable and returns its URL. */
  serveFile(name: string, bytes: Uint8Array | string): string {
    const path = `/files/${encodeURIComponent(name)}`;
    this.files.set(path, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    return `${this.baseUrl}${path}`;
  }

  /** The next POST/PUT calls get these answers, in order, before any normal handling. */
  script(...responses: ScriptedResponse[]): void {
    this.scripted.push(...responses);
  }

  /**
   * Refuses about `share` (0 to 1) of the POST/PUT calls that no script answers, drawn
   * from a seeded generator so that a run repeats exactly; `undefined` stops it.
   */
  failRate(failure: FailRate | readonly FailRate[] | undefined): void {
    const failures = failure === undefined ? [] : Array.isArray(failure) ? failure : [failure as FailRate];
    this.rate = failures.length > 0 ? { failures, random: seededRandom(failures[0]!.seed ?? 82) } : undefined;
  }

  /** Every call to `conversationId` gets `response` from now on (403: the bot was blocked). */
  refuseConversation(conversationId: string, response: ScriptedResponse): void {
    this.refused.set(conversationId, response);
  }

  /** From now on, posts are held without an answer and without being recorded. */
  hold(): void {
    this.held ??= [];
  }

  /** How many posts are held. */
  get holding(): number {
    return this.held?.length ?? 0;
  }

  /** Answers the held posts with 503, unrecorded: they never reached anyone. */
  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    held.forEach((answer) => answer());
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      if (req.method === 'GET') this.fileRequests++;
      const file = req.method === 'GET' ? this.files.get(req.url ?? '') : undefined;
      if (file) {
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(file.byteLength),
        });
        res.end(file);
        return;
      }
      if (req.method !== 'GET' && this.hangs > 0) {
        this.hangs--;
        this.attempts++;
        return;
      }
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    // Calls left hanging would keep the server from closing.
    this.server?.closeAllConnections();
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
  waitForCount(count: number, timeoutMs = 5000): Promise<void> {
    return this.waitUntil(
      () => this.posted.length >= count,
      () => `Expected ${count} posted activities, got ${this.posted.length}`,
      timeoutMs,
    );
  }

  /** Resolves once `count` activities in all have been updated (or rejects after `timeoutMs`). */
  waitForUpdates(count: number, timeoutMs = 5000): Promise<void> {
    return this.waitUntil(
      () => this.updated.length >= count,
      () => `Expected ${count} updated activities, got ${this.updated.length}`,
      timeoutMs,
    );
  }

  private async waitUntil(done: () => boolean, failure: () => string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(failure());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async handle(req: IncomingMessage): Promise<Answer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' && req.method !== 'PUT') return { status: 404, body: { error: 'not found' } };
    this.attempts++;
    if (this.held) {
      const held = this.held;
      await new Promise<void>((resolve) => held.push(resolve));
      return { status: 503, body: { error: { code: 'ServiceUnavailable', message: 'held' } } };
    }

    const url = req.url ?? '';
    const conversation = /^\/v3\/conversations\/([^/]+)\//.exec(url)?.[1];
    const blocked = conversation ? this.refused.get(decodeURIComponent(conversation)) : undefined;
    if (blocked) return teamsError(blocked);
    const refusal = this.refusal();
    if (refusal) return refusal;

    const body = (): unknown => JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const activityPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url);
    let answer: Answer | undefined;
    if (req.method === 'POST' && activityPath) {
      this.posted.push({
        conversationId: decodeURIComponent(activityPath[1]!),
        replyToId: activityPath[2] ? decodeURIComponent(activityPath[2]) : undefined,
        activity: body() as Partial<Activity>,
      });
      answer = { status: 200, body: { id: `reply-${++this.counter}` } };
    } else if (req.method === 'PUT' && activityPath?.[2]) {
      const activityId = decodeURIComponent(activityPath[2]);
      this.updated.push({
        conversationId: decodeURIComponent(activityPath[1]!),
        activityId,
        activity: body() as Partial<Activity>,
      });
      answer = { status: 200, body: { id: activityId } };
    } else if (req.method === 'POST' && url === '/v3/conversations') {
      const id = `a:created-${++this.createdCounter}`;
      this.created.push({ id, parameters: body() as Partial<ConversationParameters> });
      answer = { status: 201, body: { id } };
    }
    if (!answer) return { status: 404, body: { error: 'not found' } };
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
    return answer;
  }

  /** The failure this call gets, if any: the script first, then `failWith`, then the random share. */
  private refusal(): Answer | undefined {
    const scripted = this.scripted.shift();
    if (scripted) return teamsError(scripted);
    if (this.failWith && this.failures > 0) {
      this.failures--;
      return { status: this.failWith, body: { error: 'unavailable' } };
    }
    if (!this.rate) return undefined;
    // One draw per call: the shares of the failures stack up, the rest succeeds.
    let draw = this.rate.random();
    for (const failure of this.rate.failures) {
      if (draw < failure.share) return teamsError(failure);
      draw -= failure.share;
    }
    return undefined;
  }
}

function teamsError({ status, retryAfter, code }: ScriptedResponse): Answer {
  return {
    status,
    body: { error: { code, message: `Scripted failure ${status}` } },
    headers: retryAfter === undefined ? undefined : { 'retry-after': retryAfter },
  };
}

/** mulberry32: a tiny seeded generator, enough to make a failure pattern repeatable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
