import { describe, expect, it } from 'vitest';
import { IncomingActivitySchema, isIncomingActivity } from '../../bot/incoming-activity.js';
import { personalConversation, teamsMessage } from '../factories.js';

const url = 'https://smba.trafficmanager.net/fr/';
const valid = teamsMessage(url, personalConversation(), 'prochaines JPO') as unknown as Record<
  string,
  unknown
>;
const mention = { type: 'mention', text: '<at>Bot</at>', mentioned: { id: '28:bot', name: 'Bot' } };

/** Each a change to a valid message: what the guard must say is what the schema says. */
const variants: Array<[string, Record<string, unknown>]> = [
  ['valid', {}],
  ['no type', { type: undefined }],
  ['empty type', { type: '' }],
  ['type not a string', { type: 3 }],
  ['no channel', { channelId: undefined }],
  ['empty channel', { channelId: '' }],
  ['no service URL', { serviceUrl: undefined }],
  ['service URL not a URL', { serviceUrl: 'pas une adresse' }],
  ['service URL with spaces around', { serviceUrl: `  ${url}  ` }],
  ['service URL with a newline', { serviceUrl: 'https://exa\nmple.com/' }],
  ['service URL http:host', { serviceUrl: 'http:example.com' }],
  ['service URL https:/path', { serviceUrl: 'https:/path' }],
  ['service URL mailto', { serviceUrl: 'mailto:someone@example.com' }],
  ['service URL empty', { serviceUrl: '' }],
  ['conversation null', { conversation: null }],
  ['conversation an array', { conversation: [] }],
  ['conversation without id', { conversation: { conversationType: 'personal' } }],
  ['conversation with empty id', { conversation: { id: '' } }],
  ['conversation isGroup a string', { conversation: { id: 'a:1', isGroup: 'false' } }],
  ['conversation tenantId a number', { conversation: { id: 'a:1', tenantId: 4 } }],
  ['conversation with extra fields', { conversation: { id: 'a:1', extra: { x: 1 } } }],
  ['no from', { from: undefined }],
  ['from without id', { from: { name: 'B' } }],
  ['from with a numeric name', { from: { id: '29:x', name: 3 } }],
  ['from with a numeric aadObjectId', { from: { id: '29:x', aadObjectId: 3 } }],
  ['from null', { from: null }],
  ['no recipient', { recipient: undefined }],
  ['recipient with empty id', { recipient: { id: '' } }],
  ['text a number', { text: 3 }],
  ['text null', { text: null }],
  ['name an object', { name: {} }],
  ['action a boolean', { action: true }],
  ['entities not a list', { entities: {} }],
  ['a mention without mentioned', { entities: [{ type: 'mention', text: '<at>Bot</at>' }] }],
  ['a mention of no one', { entities: [{ type: 'mention', mentioned: { id: '' } }] }],
  ['a mention', { entities: [mention] }],
  ['an entity without type', { entities: [{ locale: 'fr-FR' }] }],
  ['an entity with a numeric type', { entities: [{ type: 1 }] }],
  ['a null entity', { entities: [null] }],
  ['attachments', { attachments: [{ contentType: 'text/html', content: '<b>x</b>' }] }],
  ['a null attachment', { attachments: [null] }],
  ['an attachment list that is not one', { attachments: 'x' }],
  ['members added', { membersAdded: [{ id: '28:bot' }] }],
  ['a null member added', { membersAdded: [null] }],
  ['a member removed without id', { membersRemoved: [{ name: 'x' }] }],
  ['extra fields', { channelData: { tenant: { id: 't' } }, value: { verb: 'x' } }],
];

describe('isIncomingActivity', () => {
  it.each(variants)('%s: as IncomingActivitySchema says', (_name, change) => {
    const activity = { ...valid, ...change };
    expect(isIncomingActivity(activity)).toBe(IncomingActivitySchema.safeParse(activity).success);
  });

  it('accepts a Teams message and refuses what is not an object', () => {
    expect(isIncomingActivity(valid)).toBe(true);
    for (const body of [null, undefined, 'texte', 42, [], [valid]]) {
      expect(isIncomingActivity(body)).toBe(false);
      expect(IncomingActivitySchema.safeParse(body).success).toBe(false);
    }
  });
});
