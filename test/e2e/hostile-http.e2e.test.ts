import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNKNOWN_ACTION_TEXT } from '../../bot/teams/card-actions.js';
import { personalConversation, teamsMessage } from '../factories.js';
import { EndToEnd, headline, visibleText } from '../support/bot-harness.js';
import { APOLOGY_TEXT } from '../../bot/adapter.js';

let e2e: EndToEnd;

async function stillAnswers(): Promise<void> {
  const replies = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'aide'));
  expect(replies.length).toBeGreaterThan(0);
}

/**
 * Requests a hostile client can send to /api/messages (issue #11): each gets a 4xx or is
 * ignored, changes nothing, and the bot answers the next message as usual.
 */
describe('hostile requests to /api/messages', () => {
  beforeEach(async () => {
    e2e = await new EndToEnd().start();
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('refuses a gzip body with 415, even one far smaller than the limit, and posts nothing', async () => {
    // 4 MB of padding once unpacked, a few kilobytes on the wire: well past MAX_BODY_BYTES (256 KB).
    const activity = teamsMessage(e2e.serviceUrl, personalConversation(), 'aide', {
      channelData: { tenant: { id: 'tenant-1' }, padding: ' '.repeat(4_000_000) },
    });
    const compressed = gzipSync(JSON.stringify(activity));
    expect(compressed.byteLength).toBeLessThan(64 * 1024);
    const response = await fetch(`${e2e.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: compressed,
    });
    expect(response.status).toBe(415);
    expect(e2e.connector.posted).toHaveLength(0);
    await stillAnswers();
  });

  it('refuses with 400 an activity without `from`, a mention without `mentioned` or a null member, and no turn fails', async () => {
    const chat = personalConversation();
    const { from: _from, ...withoutFrom } = teamsMessage(e2e.serviceUrl, chat, 'aide');
    const forged = [
      withoutFrom,
      teamsMessage(e2e.serviceUrl, chat, '<at>Bot</at> aide', {
        entities: [{ type: 'mention', text: '<at>Bot</at>' }],
      }),
      {
        ...teamsMessage(e2e.serviceUrl, chat, ''),
        type: 'conversationUpdate',
        text: undefined,
        membersAdded: [null],
      },
    ];
    for (const activity of forged) {
      const response = await e2e.bot.post(activity);
      expect(response.status).toBe(400);
      expect(response.body).toContain('Requête invalide');
    }
    expect(e2e.connector.posted).toHaveLength(0);
    expect(e2e.bot.logs.join('\n')).not.toContain('turn_failed');
    await stillAnswers();
  });

  it('answers an Action.Execute with a forged date with a 400 error card in French, not an empty 501', async () => {
    const chat = personalConversation();
    for (const from of ['2027-02-30', '2027-99-99']) {
      const response = await e2e.bot.post({
        ...teamsMessage(e2e.serviceUrl, chat, ''),
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: {
          action: { type: 'Action.Execute', verb: 'showAgenda', data: { query: { kind: 'sessions', from } } },
        },
      });
      expect(response.status).toBe(400);
      const body = JSON.parse(response.body) as {
        statusCode: number;
        type: string;
        value: { message: string };
      };
      expect(body.statusCode).toBe(400);
      expect(body.type).toBe('application/vnd.microsoft.error');
      expect(body.value.message).toBe(UNKNOWN_ACTION_TEXT);
    }
    expect(e2e.bot.logs.join('\n')).not.toContain('turn_failed');
    expect(e2e.connector.posted).toHaveLength(0);
    await stillAnswers();
  });
});

describe('one very long word', () => {
  beforeEach(async () => {
    e2e = await new EndToEnd().start();
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('is read in bounded time: /health answers while it is handled', async () => {
    // Fuzzy matching took seconds over such a word (about 8 s here), the event loop held throughout.
    const word = 'prepacompetencesss'.repeat(2_800);
    let done = false;
    const turn = e2e.bot
      .post(teamsMessage(e2e.serviceUrl, personalConversation(), word))
      .finally(() => (done = true));
    // Health probes all along the turn, and a few more: the slowest says how long the bot was deaf.
    let slowest = 0;
    for (let probes = 0; !done || probes < 5; probes++) {
      const started = Date.now();
      expect((await fetch(`${e2e.bot.url}/health`)).status).toBe(200);
      slowest = Math.max(slowest, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await turn).status).toBe(200);
    // Generous: the turn itself takes a few tens of milliseconds.
    expect(slowest).toBeLessThan(1_000);
    expect(e2e.connector.posted.length).toBeGreaterThan(0);
  });
});

describe('a Bot Connector that accepts calls and never answers', () => {
  beforeEach(async () => {
    e2e = await new EndToEnd().start({ CONNECTOR_TIMEOUT_MS: '300' });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('holds neither the answer to Teams nor the turn past the timeout', async () => {
    e2e.connector.hangs = 10;
    const started = Date.now();
    // Without a timeout the answer never comes: the probe gives up after 8 s.
    const response = await fetch(`${e2e.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage(e2e.serviceUrl, personalConversation(), 'aide')),
      signal: AbortSignal.timeout(8_000),
    });
    expect(response.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The turn itself gave up on the connector: its reply and the apology both timed out.
    await expect.poll(() => e2e.bot.logs.join('\n'), { timeout: 5_000 }).toContain('apology_failed');
    expect(e2e.bot.logs.join('\n')).toContain('"errorName":"TimeoutError"');
    e2e.connector.hangs = 0;
    await stillAnswers();
  });
});

describe('a Bot Connector that throttles without Retry-After', () => {
  beforeEach(async () => {
    e2e = await new EndToEnd().start();
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('retries the reply after a bare 429 instead of failing the turn', async () => {
    const attempts = e2e.connector.attempts;
    e2e.connector.script({ status: 429 });
    const replies = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'aide'));
    expect(replies.map((reply) => reply.text)).not.toContain(APOLOGY_TEXT);
    expect(headline(replies[0]!)).toMatch(/^Bonjour/);
    expect(e2e.connector.attempts - attempts).toBe(2);
    expect(e2e.bot.logs.join('\n')).not.toContain('turn_failed');
  });
});

describe('a typing indicator Teams refuses', () => {
  const STAFF = {
    id: '29:afpa-staff',
    name: 'Coordinatrice AFPA',
    aadObjectId: '11111111-0000-0000-0000-00000000000a',
  };
  beforeEach(async () => {
    e2e = await new EndToEnd().start({ AFPA_STAFF_IDS: STAFF.id });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('does not stop the preview of a CSV file', async () => {
    const csv = [
      'type;titre;debut;fin;lieu;metier;description;places',
      'jpo;Portes ouvertes;2027-03-29 09:00;2027-03-29 12:00;AFPA Montauban;;;',
    ].join('\r\n');
    const downloadUrl = e2e.connector.serveFile('evenements.csv', csv);
    // The first call to Teams is the typing indicator.
    e2e.connector.script({ status: 403, code: 'ForbiddenOperationException' });
    const replies = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), '', {
        from: STAFF,
        text: undefined,
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            name: 'evenements.csv',
            content: { downloadUrl, uniqueId: 'file-1', fileType: 'csv' },
          },
        ],
      }),
    );
    expect(replies).toHaveLength(1);
    expect(headline(replies[0]!)).toMatch(/^Aperçu/);
    expect(e2e.bot.logs.join('\n')).toContain('"event":"typing_failed"');
  });
});

describe('a question the bot must clarify', () => {
  beforeEach(async () => {
    e2e = await new EndToEnd().start();
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('leaves only the doubt in the stored state, never the text that may name a person', async () => {
    const chat = personalConversation();
    const [prompt] = await e2e.say(
      teamsMessage(e2e.serviceUrl, chat, 'combien de temps dure compétences pour Mme Zorglub ?'),
    );
    expect(visibleText(prompt!)).toContain('Duquel parlez-vous ?');
    // Every conversation's state, one file each under bot-state/.
    const folder = join(e2e.dataDir, 'bot-state');
    const files = (await readdir(folder, { recursive: true })).filter((f) => f.endsWith('.json'));
    const stored = (await Promise.all(files.map((f) => readFile(join(folder, f), 'utf8')))).join('\n');
    expect(stored).toContain('competences-pec');
    expect(stored).not.toMatch(/zorglub/i);
    // The doubt is enough to answer the choice.
    const [answer] = await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'Compétences PEC'));
    expect(headline(answer!)).toBe('Compétences PEC');
  });
});

describe('a file attachment naming an address outside Teams', () => {
  const STAFF = { id: '29:afpa-staff', name: 'Coordinatrice AFPA' };
  beforeEach(async () => {
    e2e = new EndToEnd();
    // The production rules, plus a name that resolves to the loopback address.
    e2e.stubDownloads = false;
    await e2e.start({ AFPA_STAFF_IDS: STAFF.id, FILE_DOWNLOAD_HOSTS: '*.sharepoint.com,localhost' });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('is never downloaded: not HTTPS, not a Teams host, or a loopback address after DNS', async () => {
    const served = new URL(e2e.connector.serveFile('evenements.csv', 'type;titre\n'));
    const port = served.port;
    const addresses = [
      served.href,
      `https://127.0.0.1:${port}${served.pathname}`,
      `https://localhost:${port}${served.pathname}`,
      `https://169.254.169.254/latest/meta-data/`,
    ];
    for (const downloadUrl of addresses) {
      const [reply] = await e2e.say(
        teamsMessage(e2e.serviceUrl, personalConversation(), '', {
          from: STAFF,
          text: undefined,
          attachments: [
            {
              contentType: 'application/vnd.microsoft.teams.file.download.info',
              name: 'evenements.csv',
              content: { downloadUrl, uniqueId: 'file-1', fileType: 'csv' },
            },
          ],
        }),
      );
      expect(visibleText(reply!)).toContain('n’est pas hébergé par Teams');
    }
    expect(e2e.connector.fileRequests).toBe(0);
  });
});

describe('control characters in what AFPA publishes', () => {
  const STAFF = { id: '29:afpa-staff', name: 'Coordinatrice AFPA' };
  beforeEach(async () => {
    e2e = await new EndToEnd().start({ AFPA_STAFF_IDS: STAFF.id });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('never reach the store, the cards or the iCalendar feed', async () => {
    const csv = [
      'type;titre;debut;fin;lieu;metier;description;places',
      'jpo;"Portes\u0007 ouvertes\u001b[31m";2027-03-29 09:00;2027-03-29 12:00;AFPA\u0000 Montauban;;"Ateliers\u0085\nvisites\u0008";',
    ].join('\r\n');
    const downloadUrl = e2e.connector.serveFile('evenements.csv', csv);
    const chat = personalConversation();
    const [preview] = await e2e.say(
      teamsMessage(e2e.serviceUrl, chat, '', {
        from: STAFF,
        text: undefined,
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            name: 'evenements.csv',
            content: { downloadUrl, uniqueId: 'file-1', fileType: 'csv' },
          },
        ],
      }),
    );
    const card = preview!.attachments![0]!.content as { actions: Array<{ verb?: string; data?: object }> };
    const confirm = card.actions.find((action) => action.verb === 'confirmImport')!;
    const confirmed = await e2e.bot.post({
      ...teamsMessage(e2e.serviceUrl, chat, '', { from: STAFF }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: 'confirmImport', data: confirm.data } },
    });
    expect(confirmed.status).toBe(200);

    const [event] = await e2e.bot.app.stores.agenda.list('events');
    expect(event).toMatchObject({
      title: 'Portes ouvertes[31m',
      place: 'AFPA Montauban',
      description: 'Ateliers\nvisites',
    });
    const ics = await (await fetch(`${e2e.bot.url}/agenda.ics`)).text();
    expect(ics).toContain(': Portes ouvertes[31m');
    // Nothing but the CRLF that ends each iCalendar line.
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.stringify(preview)).not.toMatch(/\\u000[078]|\\u001b/);
  });
});
