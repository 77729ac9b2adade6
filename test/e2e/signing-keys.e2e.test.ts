import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { AUTH_UNAVAILABLE_TEXT } from '../../bot/adapter.js';
import { BOT_ACCOUNT, REFERENT, teamsMessage, personalConversation } from '../factories.js';
import { EndToEnd } from '../support/bot-harness.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';

/** Stands in for login.botframework.com: the OpenID metadata and the signing keys, or a dead host. */
class KeyEndpoint {
  up = false;
  readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server?: Server;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      // Down: the connection drops, as when the host cannot be reached.
      if (!this.up) return req.socket.destroy();
      res.setHeader('content-type', 'application/json');
      if (req.url === '/openid') res.end(JSON.stringify({ jwks_uri: `${this.url}/keys` }));
      else {
        const { n, e } = this.key.publicKey.export({ format: 'jwk' });
        res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: 'genuine', n, e }] }));
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return `${this.url}/openid`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A Bot Framework channel token for `serviceUrl`, signed with `key` under the key id `kid`. */
function token(serviceUrl: string, key: KeyObject, kid: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part({
    iss: 'https://api.botframework.com',
    aud: APP_ID,
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 3 * 24 * 3600,
  })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url');
  return `Bearer ${unsigned}.${signature}`;
}

const keys = new KeyEndpoint();
const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
let e2e: EndToEnd;
const BOT_FRAMEWORK_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

beforeAll(async () => {
  const metadataUrl = await keys.start();
  // The machine has no way out: the Bot Framework's metadata address is served by the stand-in.
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) =>
    realFetch(String(input) === BOT_FRAMEWORK_METADATA ? metadataUrl : input, init),
  );
  e2e = await new EndToEnd().start({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' });
});
afterAll(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await e2e.stop();
  await keys.stop();
});

it('answers 503 with a log line while the signing keys cannot be fetched, then keeps them through an outage', async () => {
  // Someone joining: the bot answers nothing, so only authentication decides the status.
  const activity = {
    ...teamsMessage(e2e.serviceUrl, personalConversation(), ''),
    type: 'conversationUpdate',
    text: undefined,
    membersAdded: [REFERENT],
    recipient: BOT_ACCOUNT,
  };
  const post = (authorization: string) => e2e.bot.post(activity, { authorization });
  const genuine = () => token(e2e.serviceUrl, keys.key.privateKey, 'genuine');
  const forged = () => token(e2e.serviceUrl, forger.privateKey, 'forged');
  vi.useFakeTimers({ toFake: ['Date'], now: new Date() });

  // Never fetched, the key endpoint down: nothing can be checked.
  const unavailable = await post(forged());
  expect(unavailable.status).toBe(503);
  expect(JSON.parse(unavailable.body)).toEqual({ error: AUTH_UNAVAILABLE_TEXT });
  expect(e2e.bot.logs.join('\n')).toContain('"event":"signing_keys_unavailable"');

  keys.up = true;
  vi.advanceTimersByTime(11 * 60_000);
  expect((await post(genuine())).status).toBe(200);
  expect((await post(forged())).status).toBe(401);

  // A day later the keys are due for refresh, and the endpoint is down again: they are kept.
  keys.up = false;
  vi.advanceTimersByTime(25 * 3600_000);
  expect((await post(genuine())).status).toBe(200);
  expect((await post(forged())).status).toBe(401);
  expect(e2e.bot.logs.join('\n')).not.toContain('request_failed');
});
