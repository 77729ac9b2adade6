import type { Activity } from 'botbuilder';
import { parisDay } from '../../data/dates.js';
import { BOT_ACCOUNT, REFERENT, teamsMessage, type TeamsConversation } from '../factories.js';
import type { EndToEnd } from './bot-harness.js';

/** The people of the prescription loop, as Teams names them. */
export const AFPA_STAFF = {
  id: '29:afpa-coordinatrice',
  name: 'Coordinatrice AFPA',
  aadObjectId: '00000000-0000-0000-0000-0000000000af',
};
export const ADMIN = {
  id: '29:admin-cd82',
  name: 'Admin CD82',
  aadObjectId: '00000000-0000-0000-0000-0000000000ad',
};
export const OTHER_REFERENT = {
  id: '29:referent-2',
  name: 'Autre référente',
  aadObjectId: '00000000-0000-0000-0000-000000000002',
};
export const OUTSIDER = {
  id: '29:outsider',
  name: 'Personne non habilitée',
  aadObjectId: '00000000-0000-0000-0000-0000000000ff',
};

export const AFPA_CHANNEL: TeamsConversation = {
  id: '19:afpa-prescriptions@thread.tacv2',
  conversationType: 'channel',
};

export type Person = { id: string; name: string; aadObjectId?: string };

/** Environment of a bot where each of the people above has their role. */
export function prescriptionEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    REFERENT_IDS: `${REFERENT.id},${OTHER_REFERENT.id}`,
    AFPA_STAFF_IDS: AFPA_STAFF.id,
    ADMIN_IDS: ADMIN.id,
    CAMPAIGN_ENTRY_DEADLINE: '2027-12-31',
    CAMPAIGN_COMPLETION_DEADLINE: '2028-04-30',
    ...extra,
  };
}

/** A card button pressed with Action.Execute, as Teams sends it. */
export function execute(
  serviceUrl: string,
  conversation: TeamsConversation,
  from: Person,
  data: Record<string, unknown> & { verb: string },
): Partial<Activity> {
  const { verb, ...rest } = data;
  return {
    ...teamsMessage(serviceUrl, conversation, '', { from }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...rest } } },
  };
}

export function say(serviceUrl: string, conversation: TeamsConversation, from: Person, text: string) {
  const isChannel = conversation.conversationType !== 'personal';
  const mention = `<at>${BOT_ACCOUNT.name}</at>`;
  return teamsMessage(serviceUrl, conversation, isChannel ? `${mention} ${text}` : text, {
    from,
    ...(isChannel ? { entities: [{ type: 'mention', text: mention, mentioned: BOT_ACCOUNT }] } : {}),
  });
}

/** Posts an invoke and returns the card Teams would put in place of the one clicked. */
export async function invokeCard(
  e2e: EndToEnd,
  activity: Partial<Activity>,
): Promise<Record<string, unknown>> {
  const response = await e2e.bot.post(activity);
  if (response.status !== 200) throw new Error(`Invoke answered ${response.status}: ${response.body}`);
  const body = JSON.parse(response.body) as { statusCode: number; value: Record<string, unknown> };
  if (body.statusCode !== 200) throw new Error(`Invoke refused: ${response.body}`);
  return body.value;
}

/** Every text of a card, buttons included. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (
          (key === 'text' || key === 'title' || key === 'value' || key === 'label') &&
          typeof value === 'string'
        )
          parts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return parts.join('\n');
}

/** The data of the first button of a card carrying `verb`. */
export function buttonData(card: unknown, verb: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (found) return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const data = record['data'] as Record<string, unknown> | undefined;
      if (
        typeof record['type'] === 'string' &&
        record['type'].startsWith('Action.') &&
        data?.['verb'] === verb
      ) {
        found = data;
        return;
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** The ids of a card's inputs. */
export function inputIds(card: unknown): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (
        typeof record['type'] === 'string' &&
        record['type'].startsWith('Input.') &&
        typeof record['id'] === 'string'
      )
        ids.push(record['id']);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return ids;
}

/** A valid Prépa Compétences form for an RSA recipient followed by the Département. */
export function prepaForm(session: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    volet: 'volet-1',
    session,
    nom: 'Martin',
    prenom: 'Camille',
    naissance: '1985-03-05',
    telephone: '06 12 34 56 78',
    email: '',
    commune: 'Montauban',
    rsa: 'oui',
    accompagne: 'oui',
    franceTravail: 'non',
    mobilite: 'true',
    garde: 'false',
    autre: 'false',
    autrePrecision: '',
    commentaire: 'Disponible le matin.',
    adhesion: 'true',
    infoDonnees: 'true',
    ...overrides,
  };
}

export const today = () => parisDay(new Date());
