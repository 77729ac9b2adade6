import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import { createAdapter } from '../../bot/adapter.js';
import { createLogger } from '../../bot/logger.js';
import { referenceOf } from '../../bot/teams/messenger.js';
import { personalConversation, teamsMessage, testConfig } from '../factories.js';
import { ConnectorStub } from '../support/connector-stub.js';

describe('the adapter’s connector, from one turn to the next', () => {
  const connector = new ConnectorStub();
  const other = new ConnectorStub();
  let serviceUrl = '';
  let otherUrl = '';
  const adapter = createAdapter(testConfig().auth, createLogger('silent'));

  beforeAll(async () => {
    serviceUrl = await connector.start();
    otherUrl = await other.start();
  });
  afterAll(async () => {
    await connector.stop();
    await other.stop();
  });

  /** The connector client an incoming message's turn used, after it replied through it. */
  async function connectorOfTurn(url: string): Promise<unknown> {
    let client: unknown;
    const answer = await adapter.answer(
      teamsMessage(url, personalConversation(), 'bonjour') as Activity,
      '',
      async (ctx) => {
        client = ctx.turnState.get(adapter.ConnectorClientKey);
        await ctx.sendActivity('réponse');
      },
    );
    expect(answer.status).toBe(200);
    return client;
  }

  it('is kept for the next incoming turn to the same service, and each turn’s reply still arrives', async () => {
    const before = connector.attempts;
    const first = await connectorOfTurn(serviceUrl);
    const second = await connectorOfTurn(serviceUrl);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(connector.attempts - before).toBe(2);
  });

  it('is another one for another service URL', async () => {
    expect(await connectorOfTurn(otherUrl)).not.toBe(await connectorOfTurn(serviceUrl));
  });

  it('is never lent to a proactive turn, which takes the transport retries out of its own', async () => {
    const incoming = await connectorOfTurn(serviceUrl);
    let proactive: unknown;
    const reference = referenceOf(
      teamsMessage(serviceUrl, personalConversation(), 'bonjour'),
    ) as Partial<ConversationReference>;
    await adapter.continueConversationAsync('', reference, async (ctx: TurnContext) => {
      proactive = ctx.turnState.get(adapter.ConnectorClientKey);
    });
    expect(proactive).toBeDefined();
    expect(proactive).not.toBe(incoming);
  });

  it('retries a bare 429 on a reply at every turn: the policies added to it are not lost nor doubled', async () => {
    for (let turn = 0; turn < 3; turn++) {
      const before = connector.attempts;
      connector.script({ status: 429 });
      await connectorOfTurn(serviceUrl);
      expect(connector.attempts - before).toBe(2);
    }
  });
});
