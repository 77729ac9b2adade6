import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../bot/adapter.js';
import { createLogger } from '../../bot/logger.js';
import { BotFrameworkMessenger, DeliveryError, referenceOf } from '../../bot/teams/messenger.js';
import type { StoredReference } from '../../data/outbox/conversation-ref.js';
import { BOT_ACCOUNT, personalConversation, REFERENT, teamsMessage, testConfig } from '../factories.js';
import { ConnectorStub } from '../support/connector-stub.js';

const TEXT = 'Nouvelle prescription pour Mme Exemple';

/** The DeliveryError a call rejects with. */
async function failureOf(call: Promise<unknown>): Promise<DeliveryError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('BotFrameworkMessenger, through a real CloudAdapter and the connector stand-in', () => {
  const connector = new ConnectorStub();
  const logs: string[] = [];
  let serviceUrl = '';
  let messenger: BotFrameworkMessenger;
  let ref: StoredReference;

  beforeAll(async () => {
    serviceUrl = await connector.start();
    const config = testConfig();
    // The app's own adapter, onTurnError included: a failed send must not reach it.
    const adapter = createAdapter(
      config.auth,
      createLogger('debug', (line) => logs.push(line)),
    );
    messenger = new BotFrameworkMessenger(adapter, config.auth.appId);
  });
  afterAll(() => connector.stop());

  beforeEach(() => {
    ref = referenceOf(teamsMessage(serviceUrl, personalConversation(), 'bonjour'));
  });

  it('keeps from an incoming message what sending needs, without the person’s name', () => {
    expect(ref).toEqual({
      serviceUrl,
      channelId: 'msteams',
      conversation: {
        id: ref.conversation.id,
        conversationType: 'personal',
        tenantId: 'tenant-1',
        isGroup: false,
      },
      bot: BOT_ACCOUNT,
      user: { id: REFERENT.id, aadObjectId: REFERENT.aadObjectId },
      tenantId: 'tenant-1',
    });
  });

  it('sends a new message and returns the id Teams gave it', async () => {
    const before = connector.posted.length;
    const { activityId } = await messenger.send(ref, { type: 'message', text: TEXT });

    const posted = connector.posted.slice(before);
    expect(posted).toHaveLength(1);
    expect(activityId).toMatch(/^reply-\d+$/);
    // A new message, not a reply to the continuation turn's made-up id.
    expect(posted[0]!.replyToId).toBeUndefined();
    expect(posted[0]!.conversationId).toBe(ref.conversation.id);
    expect(posted[0]!.activity).toMatchObject({ type: 'message', text: TEXT, from: { id: BOT_ACCOUNT.id } });
  });

  it('updates a posted message in place', async () => {
    const { activityId } = await messenger.send(ref, { type: 'message', text: TEXT });
    const before = connector.updated.length;

    await messenger.update(ref, activityId!, { type: 'message', text: 'Prescription reçue' });
    await connector.waitForUpdates(before + 1, 1000);

    expect(connector.updated.at(-1)).toMatchObject({
      conversationId: ref.conversation.id,
      activityId,
      activity: { id: activityId, text: 'Prescription reçue' },
    });
  });

  it('opens a personal chat that can then be written to', async () => {
    const created = await messenger.createPersonalConversation({
      serviceUrl,
      tenantId: 'tenant-1',
      userId: REFERENT.id,
      botId: BOT_ACCOUNT.id,
    });

    expect(created).toEqual({
      serviceUrl,
      channelId: 'msteams',
      conversation: {
        id: connector.created.at(-1)!.id,
        conversationType: 'personal',
        isGroup: false,
        tenantId: 'tenant-1',
      },
      bot: { id: BOT_ACCOUNT.id },
      user: { id: REFERENT.id },
      tenantId: 'tenant-1',
    });
    expect(connector.created.at(-1)!.parameters).toMatchObject({
      isGroup: false,
      bot: { id: BOT_ACCOUNT.id },
      members: [{ id: REFERENT.id }],
      tenantId: 'tenant-1',
      channelData: { tenant: { id: 'tenant-1' } },
    });

    await messenger.send(created, { type: 'message', text: TEXT });
    expect(connector.repliesIn(created.conversation.id)).toHaveLength(1);
  });

  it('reports throttling with its Retry-After, after one call to Teams only', async () => {
    const attempts = connector.attempts;
    connector.script({ status: 429, retryAfter: '3' });

    const error = await failureOf(messenger.send(ref, { type: 'message', text: TEXT }));

    expect(error.failure).toEqual({ status: 429, retryAfterMs: 3000 });
    // The SDK's own retry loop would have slept 3 s and called again: the outbox decides instead.
    expect(connector.attempts).toBe(attempts + 1);
  });

  it('reports a server error after one call to Teams only', async () => {
    const attempts = connector.attempts;
    connector.script({ status: 503, code: 'ServiceUnavailable' });

    const error = await failureOf(messenger.update(ref, 'reply-1', { type: 'message', text: TEXT }));

    expect(error.failure).toEqual({ status: 503, code: 'ServiceUnavailable' });
    expect(connector.attempts).toBe(attempts + 1);
  });

  it.each([
    [403, 'MessageWritesBlocked'],
    [403, 'ForbiddenOperationException'],
    [404, 'ConversationNotFound'],
    [404, 'BotNotInConversationRoster'],
  ])('reports a recipient gone: %i %s', async (status, code) => {
    connector.script({ status, code });
    const error = await failureOf(messenger.send(ref, { type: 'message', text: TEXT }));
    expect(error.failure).toEqual({ status, code });
  });

  it('leaves the conversation alone when a send fails: no apology, no turn error', async () => {
    const posted = connector.posted.length;
    const logged = logs.length;
    connector.script({ status: 403, code: 'MessageWritesBlocked' });

    await failureOf(messenger.send(ref, { type: 'message', text: TEXT }));

    expect(connector.posted.length).toBe(posted);
    expect(logs.slice(logged).join('\n')).not.toContain('turn_failed');
  });

  it('says what failed and nothing of what was sent or answered', async () => {
    connector.script({ status: 400, code: 'BadArgument' });
    const error = await failureOf(messenger.send(ref, { type: 'message', text: TEXT }));

    expect(error.failure).toEqual({ status: 400, code: 'BadArgument' });
    expect(error.message).toBe('Teams delivery failed: status 400, BadArgument');
    expect(JSON.stringify({ ...error, message: error.message, cause: error.cause })).not.toMatch(
      /Exemple|Scripted/,
    );
  });

  it('reports a refused conversation creation', async () => {
    connector.script({ status: 403, code: 'ForbiddenOperationException' });
    const error = await failureOf(
      messenger.createPersonalConversation({
        serviceUrl,
        tenantId: 'tenant-1',
        userId: 'u',
        botId: BOT_ACCOUNT.id,
      }),
    );
    expect(error.failure).toEqual({ status: 403, code: 'ForbiddenOperationException' });
  });

  it('fails the same share of calls on every run when the stand-in is told to', async () => {
    const pattern = async () => {
      connector.failRate({ status: 503, share: 0.5, retryAfter: '1' });
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        outcomes.push(
          await messenger.send(ref, { type: 'message', text: TEXT }).then(
            () => 'sent',
            (e: unknown) =>
              e instanceof DeliveryError ? `${e.failure.status}/${e.failure.retryAfterMs}` : 'other',
          ),
        );
      }
      connector.failRate(undefined);
      return outcomes;
    };

    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['sent', '503/1000']));
  });

  it('reports a connector that does not answer as a network failure', async () => {
    const gone = new ConnectorStub();
    const goneUrl = await gone.start();
    await gone.stop();

    const error = await failureOf(
      messenger.send({ ...ref, serviceUrl: goneUrl }, { type: 'message', text: TEXT }),
    );

    expect(error.failure).toEqual({ network: true, code: 'ECONNREFUSED' });
  });
});

describe('referenceOf, beside the reference already stored', () => {
  const url = 'https://smba.trafficmanager.net/fr/';
  const chat = personalConversation();
  it('gives back the stored one when the activity says the same, and checks any other', () => {
    const stored = referenceOf(teamsMessage(url, chat, 'bonjour'));
    // The same person again: the very reference stored, not checked again.
    expect(referenceOf(teamsMessage(url, chat, 'et la promo ?'), stored)).toBe(stored);
    // Teams moved the conversation: a new reference, checked.
    const moved = referenceOf(teamsMessage('https://smba.trafficmanager.net/emea/', chat, 'x'), stored);
    expect(moved).not.toBe(stored);
    expect(moved.serviceUrl).toBe('https://smba.trafficmanager.net/emea/');
    expect(moved).toEqual({ ...stored, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    // A reference that is not one is refused, whatever was stored.
    expect(() => referenceOf(teamsMessage('pas une adresse', chat, 'x'), stored)).toThrow();
  });
});
