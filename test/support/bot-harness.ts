import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { createApp, type App, type AppDeps } from '../../bot/app.js';
import { createLogger } from '../../bot/logger.js';
import { testConfig } from '../factories.js';
import { ConnectorStub } from './connector-stub.js';

export type RunningBot = {
  url: string;
  dataDir: string;
  app: App;
  logs: string[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
};

/** Starts the real server on a free port, with its store in `dataDir` and logs captured. */
export async function startBot(
  dataDir: string,
  env: Record<string, string> = {},
  deps: Pick<AppDeps, 'downloads' | 'clock'> = {},
): Promise<RunningBot> {
  const logs: string[] = [];
  const config = testConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...env });
  const app = await createApp({ config, logger: createLogger('debug', (line) => logs.push(line)), ...deps });
  const address = await app.listen();
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    dataDir,
    app,
    logs,
    async post(body, headers = {}) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: await response.text() };
    },
    stop: () => app.close(),
  };
}

/** A connector stand-in, a temporary data folder and a running bot, torn down together. */
export class EndToEnd {
  readonly connector = new ConnectorStub();
  serviceUrl = '';
  dataDir = '';
  bot!: RunningBot;
  /** Files come from the stand-in, over plain HTTP on 127.0.0.1; false: the production rules. */
  stubDownloads = true;

  private get deps(): Pick<AppDeps, 'downloads'> {
    return this.stubDownloads ? { downloads: { hosts: ['127.0.0.1'], allowLoopbackHttp: true } } : {};
  }

  async start(env: Record<string, string> = {}, options: { clock?: () => Date } = {}): Promise<this> {
    this.serviceUrl = await this.connector.start();
    this.dataDir = await mkdtemp(join(tmpdir(), 'cd82-bot-'));
    this.bot = await startBot(this.dataDir, env, { ...this.deps, ...options });
    return this;
  }

  async restartBot(env: Record<string, string> = {}): Promise<void> {
    await this.bot.stop();
    this.bot = await startBot(this.dataDir, env, this.deps);
  }

  /** Sends an activity and returns what the bot posted back for it. */
  async say(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const before = this.connector.posted.length;
    const response = await this.bot.post(activity);
    if (response.status >= 300) throw new Error(`Bot answered ${response.status}: ${response.body}`);
    // Typing indicators are not replies a person reads.
    return this.connector
      .repliesIn(activity.conversation!.id, before)
      .filter((reply) => reply.type !== 'typing');
  }

  async stop(): Promise<void> {
    await this.bot?.stop();
    await this.connector.stop();
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}

/** All the text a person sees in a reply: message text and every TextBlock and button of its cards. */
export function visibleText(activity: Partial<Activity>): string {
  const parts: string[] = [];
  if (activity.text) parts.push(activity.text);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record['text'] === 'string') parts.push(record['text']);
      if (typeof record['title'] === 'string') parts.push(record['title']);
      Object.values(record).forEach(walk);
    }
  };
  walk(activity.attachments?.map((a) => a.content));
  return parts.join('\n');
}

/** The first TextBlock of the first card, or the message text. */
export function headline(activity: Partial<Activity>): string | undefined {
  const content = activity.attachments?.[0]?.content as
    { body?: Array<{ type: string; text?: string }> } | undefined;
  return content?.body?.find((b) => b.type === 'TextBlock')?.text ?? activity.text;
}
