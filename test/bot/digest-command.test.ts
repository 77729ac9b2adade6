import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDigest } from '../../bot/digest-command.js';
import { openStores } from '../../bot/stores.js';
import { testConfig } from '../factories.js';
import { headline } from '../support/bot-harness.js';
import { ConnectorStub } from '../support/connector-stub.js';

describe('npm run digest', () => {
  let dir: string;
  let lines: string[];
  const connector = new ConnectorStub();
  let serviceUrl: string;
  const run = (...argv: string[]) => runDigest(argv, (line) => lines.push(line), { env: { DATA_DIR: dir } });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'digest-'));
    lines = [];
    serviceUrl = await connector.start();
    const now = new Date();
    const stores = await openStores(testConfig({ DATA_DIR: dir }), () => now);
    await stores.agenda.replace('places', [
      {
        id: 'p1',
        training: 'Soudeur TIG',
        trade: 'Soudure',
        start: '2099-01-04',
        end: '2099-06-30',
        place: 'Montauban',
        available: 4,
        updatedAt: '2026-11-25',
      },
    ]);
    for (const [id, name] of [
      ['29:a', 'Alice Martin'],
      ['29:b', 'Bruno Petit'],
    ] as const) {
      await stores.directory.saveContact(
        {
          userId: id,
          name,
          serviceUrl,
          reference: {
            serviceUrl,
            channelId: 'msteams',
            conversation: { id: `a:chat-${id}`, conversationType: 'personal' },
            bot: { id: '28:bot' },
            user: { id },
          },
        },
        now,
      );
      await stores.subscriptions.subscribe(id, now);
    }
    // Subscribed, but the bot has no way to write to them.
    await stores.subscriptions.subscribe('29:c', now);
  });
  afterEach(async () => {
    await connector.stop();
    connector.posted.length = 0;
    await rm(dir, { recursive: true, force: true });
  });

  it('says who would get what on a dry run, and sends nothing', async () => {
    expect(await run('--dry-run')).toBe(0);
    const text = lines.join('\n');
    expect(text).toContain('essai à blanc');
    expect(text).toContain('Alice Martin : 1 place, 0 événement, 0 entrée, 0 prescription suivie');
    expect(text).toContain('29:c : aucune conversation avec le bot');
    expect(connector.posted).toEqual([]);
  });

  it('sends each digest once, however many times it runs in a week', async () => {
    expect(await run()).toBe(0);
    expect(lines.join('\n')).toContain('Envoyés : 2 ; sans nouveauté : 0 ; en échec : 0.');
    expect(connector.posted.map((p) => [p.conversationId, headline(p.activity)]).sort()).toEqual([
      ['a:chat-29:a', 'Votre récap de la semaine'],
      ['a:chat-29:b', 'Votre récap de la semaine'],
    ]);
    lines = [];
    expect(await run()).toBe(0);
    expect(lines.join('\n')).toContain('déjà servi cette semaine : 2');
    expect(connector.posted).toHaveLength(2);
  });

  it('refuses an unknown option', async () => {
    expect(await run('--now')).toBe(2);
    expect(lines).toEqual(['Usage : npm run digest [-- --dry-run]']);
  });
});
