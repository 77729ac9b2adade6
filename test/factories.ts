import type { Activity } from 'botbuilder';
import type { AgendaEvent } from '../data/agenda/model.js';
import type { AppConfig } from '../bot/config.js';
import { loadConfig } from '../bot/config.js';

let sequence = 0;

export type TeamsConversation = { id: string; conversationType: 'personal' | 'channel' | 'groupChat' };

export const BOT_ACCOUNT = { id: '28:bot-cd82-afpa', name: 'Assistant AFPA 82' };
export const REFERENT = {
  id: '29:referent-1',
  name: 'Référente test',
  aadObjectId: '00000000-0000-0000-0000-000000000001',
};

export function personalConversation(id = `a:personal-${++sequence}`): TeamsConversation {
  return { id, conversationType: 'personal' };
}

/** A message as Teams sends it to the bot. */
export function teamsMessage(
  serviceUrl: string,
  conversation: TeamsConversation,
  text: string,
  extra: Partial<Activity> = {},
): Partial<Activity> {
  return {
    type: 'message',
    id: `msg-${++sequence}`,
    timestamp: new Date(),
    channelId: 'msteams',
    serviceUrl,
    from: REFERENT,
    recipient: BOT_ACCOUNT,
    conversation: {
      ...conversation,
      isGroup: conversation.conversationType !== 'personal',
      tenantId: 'tenant-1',
    } as Activity['conversation'],
    text,
    textFormat: 'plain',
    locale: 'fr-FR',
    channelData: { tenant: { id: 'tenant-1' } },
    ...extra,
  };
}

/** A card button press (Action.Submit) as Teams sends it. */
export function cardSubmit(
  serviceUrl: string,
  conversation: TeamsConversation,
  value: unknown,
): Partial<Activity> {
  return teamsMessage(serviceUrl, conversation, '', { text: undefined, value } as Partial<Activity>);
}

/** The bot being installed in a chat. */
export function botAdded(serviceUrl: string, conversation: TeamsConversation): Partial<Activity> {
  return {
    ...teamsMessage(serviceUrl, conversation, ''),
    type: 'conversationUpdate',
    text: undefined,
    membersAdded: [BOT_ACCOUNT],
  };
}

/** A channel message where the bot is @mentioned. */
export function channelMention(
  serviceUrl: string,
  conversationId: string,
  question: string,
): Partial<Activity> {
  const mention = `<at>${BOT_ACCOUNT.name}</at>`;
  return teamsMessage(
    serviceUrl,
    { id: conversationId, conversationType: 'channel' },
    `${mention} ${question}`,
    {
      entities: [{ type: 'mention', text: mention, mentioned: BOT_ACCOUNT }],
    },
  );
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...overrides });
}

/** An open day at AFPA Montauban; every field can be overridden. */
export function agendaEvent(overrides: Partial<AgendaEvent> & { id: string }): AgendaEvent {
  return {
    type: 'jpo',
    title: `Portes ouvertes ${overrides.id}`,
    start: '2027-01-20T09:00',
    end: '2027-01-20T12:00',
    place: 'AFPA Montauban',
    trade: '',
    description: '',
    seats: null,
    cancelled: false,
    ...overrides,
  };
}
