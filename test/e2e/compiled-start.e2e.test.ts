import { createSign, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AUTH_UNAVAILABLE_TEXT } from '../../bot/adapter.js';
import { AgendaStore } from '../../data/agenda/agenda-store.js';
import { agendaEvent, personalConversation, teamsMessage } from '../factories.js';
import { EndToEnd, visibleText } from '../support/bot-harness.js';
import { spawnBot, type BotProcess } from '../support/bot-process.js';
import { ConnectorStub } from '../support/connector-stub.js';

/**
 * `npm start` runs the bot compiled into one file (dist/bot.mjs), node_modules included.
 * The same messages sent to it and to the bot run from its sources get the same answers:
 * the menu, a programme, the agenda, an eligibility, a passage of the agreement (searched
 * on first use), and the iCalendar feed (whose time-zone files stay beside their package).
 */

const MESSAGES = [
  'bonjour',
  'c’est quoi Prépa Compétences ?',
  'combien de temps dure la promo 1618',
  'prochaines JPO',
  'un jeune ASE de 17 ans peut-il faire la Promo 16/18 ?',
  'y a du code de la route dans la promo ?',
  'qui trace les parcours ?',
];

async function seedAgenda(dataDir: string): Promise<void> {
  const day = format(addDays(new Date(), 3), 'yyyy-MM-dd');
  const agenda = await AgendaStore.open(dataDir);
  await agenda.replace('events', [
    agendaEvent({
      id: 'jpo',
      title: 'Portes ouvertes du centre',
      start: `${day}T09:00`,
      end: `${day}T12:00`,
    }),
  ]);
}

/** The feed without its stamps of the moment it was written. */
const withoutStamps = (ics: string) =>
  ics
    .split('\r\n')
    .filter((line) => !line.startsWith('DTSTAMP') && !line.startsWith('LAST-MODIFIED'))
    .join('\n');

const sources = new EndToEnd();
const connector = new ConnectorStub();
let compiled: BotProcess | undefined;
let compiledDir = '';
let serviceUrl = '';

beforeAll(async () => {
  await sources.start();
  await seedAgenda(sources.dataDir);
  compiledDir = await mkdtemp(join(tmpdir(), 'cd82-compiled-'));
  await seedAgenda(compiledDir);
  serviceUrl = await connector.start();
  compiled = await spawnBot({ DATA_DIR: compiledDir, LOG_LEVEL: 'warn' });
});

afterAll(async () => {
  await compiled?.stop();
  await connector.stop();
  await sources.stop();
  if (compiledDir) await rm(compiledDir, { recursive: true, force: true });
});

it('answers each kind of message as the bot run from its sources', async () => {
  const fromSources: string[] = [];
  const fromCompiled: string[] = [];
  for (const [i, text] of MESSAGES.entries()) {
    const replies = await sources.say(
      teamsMessage(sources.serviceUrl, personalConversation(`a:sources-${i}`), text),
    );
    fromSources.push(replies.map(visibleText).join('\n---\n'));

    const chat = personalConversation(`a:compiled-${i}`);
    const before = connector.posted.length;
    const response = await fetch(`${compiled!.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage(serviceUrl, chat, text)),
    });
    expect(response.status, text).toBeLessThan(300);
    fromCompiled.push(
      connector
        .repliesIn(chat.id, before)
        .filter((reply) => reply.type !== 'typing')
        .map(visibleText)
        .join('\n---\n'),
    );
  }
  expect(fromSources.every((answer) => answer.length > 0)).toBe(true);
  expect(fromCompiled).toEqual(fromSources);
});

it('serves the same calendar feed, with its time zone', async () => {
  const [a, b] = await Promise.all(
    [sources.bot.url, compiled!.url].map(async (url) => {
      const response = await fetch(`${url}/agenda.ics`);
      expect(response.status).toBe(200);
      return response.text();
    }),
  );
  expect(b).toContain('BEGIN:VTIMEZONE');
  expect(withoutStamps(b!)).toEqual(withoutStamps(a!));
});

const APP_ID = '11111111-2222-3333-4444-555555555555';

/** A Bot Framework channel token in its form, signed with a key of its own: checking it needs the keys. */
function channelToken(serviceUrl: string, appId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: 'https://api.botframework.com',
    aud: appId,
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 3600,
  };
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: 'some-key' })}.${part(claims)}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return `Bearer ${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}

it('keeps its patch of the signing keys’ refresh: fetched by the bot’s own code, 503 when out of reach', async () => {
  const BOT_FRAMEWORK_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
  const dataDir = await mkdtemp(join(tmpdir(), 'cd82-compiled-auth-'));
  const seen = join(dataDir, 'fetched.txt');
  // The patched refresh fetches with the global fetch, the SDK's own with node-fetch: what the
  // global fetch is asked tells which one runs. The machine has no way out: the metadata
  // address goes to a port where nothing listens.
  const preload = [
    `import { appendFileSync } from 'node:fs';`,
    `const real = globalThis.fetch;`,
    `globalThis.fetch = (input, init) => {`,
    `  if (String(input) !== ${JSON.stringify(BOT_FRAMEWORK_METADATA)}) return real(input, init);`,
    `  appendFileSync(${JSON.stringify(seen)}, 'metadata');`,
    `  return real('http://127.0.0.1:9/openid', init);`,
    `};`,
  ].join('\n');
  const bot = await spawnBot(
    { DATA_DIR: dataDir, LOG_LEVEL: 'warn', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' },
    ['--import', `data:text/javascript,${encodeURIComponent(preload)}`],
  );
  try {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: channelToken(serviceUrl, APP_ID) },
      body: JSON.stringify(teamsMessage(serviceUrl, personalConversation('a:compiled-auth'), 'bonjour')),
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: AUTH_UNAVAILABLE_TEXT });
    expect(await readFile(seen, 'utf8')).toContain('metadata');
  } finally {
    await bot.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
