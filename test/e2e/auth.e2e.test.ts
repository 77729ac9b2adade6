import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personalConversation, teamsMessage } from '../factories.js';
import { EndToEnd } from '../support/bot-harness.js';

describe('with a Microsoft app id, only authenticated requests reach the bot', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    e2e = await new EndToEnd().start({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      // Any value: the bot rejects the request before it would ever use it.
      MicrosoftAppPassword: 'x',
    });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('answers 401 to a request without a token, and the bot posts nothing', async () => {
    const response = await e2e.bot.post(teamsMessage(e2e.serviceUrl, personalConversation(), 'aide'));
    expect(response.status).toBe(401);
    expect(e2e.connector.posted).toHaveLength(0);
  });

  it('answers 401 to a request with a token that is not a Bot Framework token', async () => {
    const response = await e2e.bot.post(teamsMessage(e2e.serviceUrl, personalConversation(), 'aide'), {
      authorization: 'Bearer not.a.jwt',
    });
    expect(response.status).toBe(401);
    expect(e2e.connector.posted).toHaveLength(0);
  });

  it('does not log that authentication is off', () => {
    expect(e2e.bot.logs.join('\n')).not.toContain('auth_disabled');
  });
});

describe('with ALLOWED_TENANT_IDS, only that tenant is served', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    e2e = await new EndToEnd().start({ ALLOWED_TENANT_IDS: 'tenant-1' });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('answers the configured tenant', async () => {
    const replies = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'aide'));
    expect(replies.length).toBeGreaterThan(0);
  });

  it('answers 403 to another tenant, and the bot posts and stores nothing', async () => {
    const message = teamsMessage(e2e.serviceUrl, personalConversation(), 'aide', {
      conversation: { id: 'a:other', conversationType: 'personal', tenantId: 'tenant-2' } as never,
      channelData: { tenant: { id: 'tenant-2' } },
    });
    const response = await e2e.bot.post(message);
    expect(response.status).toBe(403);
    expect(e2e.connector.posted).toHaveLength(0);
    expect(e2e.bot.app.stores.directory.knownPeople()).toHaveLength(0);
  });
});
