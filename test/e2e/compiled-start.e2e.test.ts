import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { afterAll, beforeAll, expect, it } from 'vitest';
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
