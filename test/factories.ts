import type { Activity } from 'botbuilder';
import type { AgendaEvent, EntrySession } from '../data/agenda/model.js';
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

/** A one-day Prépa Compétences entry on site at AFPA Montauban; every field can be overridden. */
export function entrySession(overrides: Partial<EntrySession> & { id: string; start: string }): EntrySession {
  return {
    dispositif: 'prepa-competences',
    volet: 'Volet 1',
    end: overrides.start,
    place: 'AFPA Montauban',
    modality: 'presentiel',
    seats: 4,
    ...overrides,
  };
}

// ── Builders for the data/ tests (stores, prescriptions, outbox) ────────────
// Imports are hoisted: they sit here so that this block only adds to the file.
import type { DocumentChange, DocumentStore } from '../data/store/document-store.js';
import type { HistoryEntry, Prescription } from '../data/prescriptions/model.js';

/** A clock that only moves when the test says so. */
export type TestClock = {
  clock: () => Date;
  set(iso: string): void;
  advance(by: { days?: number; hours?: number; ms?: number }): void;
};

export function testClock(startIso: string): TestClock {
  let now = new Date(startIso).getTime();
  return {
    clock: () => new Date(now),
    set: (iso) => {
      now = new Date(iso).getTime();
    },
    advance: ({ days = 0, hours = 0, ms = 0 }) => {
      now += days * 86_400_000 + hours * 3_600_000 + ms;
    },
  };
}

const REFERENCE_LETTERS = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A prescription reference (« P-XXXXXX ») that no other call of this function returns. */
export function uniqueReference(): string {
  let n = ++sequence;
  let code = '';
  for (let i = 0; i < 6; i++) {
    code = REFERENCE_LETTERS[n % 32]! + code;
    n = Math.floor(n / 32);
  }
  return `P-${code}`;
}

/**
 * A Prépa Compétences prescription just sent by `REFERENT`, valid against
 * `PrescriptionSchema`. `at` sets both its creation and its first history entry;
 * `then` appends further history entries (status and optional date, etc.).
 */
export function testPrescription(
  overrides: Partial<Prescription> & {
    at?: string;
    then?: Array<Partial<HistoryEntry> & Pick<HistoryEntry, 'status'>>;
  } = {},
): Prescription {
  const { at = '2027-05-03T08:00:00.000Z', then = [], ...rest } = overrides;
  const id = rest.id ?? uniqueReference();
  const createdAt = rest.createdAt ?? at;
  return {
    dispositif: 'prepa-competences',
    volet: 'volet-1',
    session: null,
    person: {
      lastName: 'Dupont',
      firstName: 'Marie',
      birthDate: '1985-03-05',
      phone: '06 12 34 56 78',
      email: 'marie.dupont@orange.fr',
      town: 'Montauban',
    },
    situation: { rsa: true, accompaniedByDepartment: true, registeredJobseeker: false },
    conditions: { mobility: false, childcare: false, other: false, otherText: '' },
    comment: '',
    consent: { adhesion: true, dataInformed: true },
    id,
    formId: `form-${id}`,
    referent: { id: REFERENT.id, aadObjectId: REFERENT.aadObjectId, name: REFERENT.name },
    createdAt,
    history: [
      { at: createdAt, status: 'envoyee', actor: 'referent' },
      ...then.map((entry): HistoryEntry => ({ at: createdAt, actor: 'afpa', ...entry })),
    ],
    reminders: [],
    ...rest,
  };
}

/**
 * A `DocumentStore` in front of another one that records every commit and can hold
 * the next commits until the test releases them (to look at the world mid-commit).
 */
export type RecordingDocumentStore = DocumentStore & {
  readonly commits: DocumentChange[][];
  /** Holds every commit from now on; `reached` resolves when one is waiting. */
  hold(): { reached: Promise<void>; release: () => void };
};

export function recordingDocumentStore(inner: DocumentStore): RecordingDocumentStore {
  const commits: DocumentChange[][] = [];
  let gate: Promise<void> | undefined;
  let arrived: (() => void) | undefined;
  return {
    commits,
    all: (collection) => inner.all(collection),
    get: (collection, key) => inner.get(collection, key),
    async commit(changes) {
      if (gate) {
        arrived?.();
        await gate;
      }
      await inner.commit(changes);
      commits.push([...changes]);
    },
    async create(collection, key, document) {
      const created = await inner.create(collection, key, document);
      if (created) commits.push([{ collection, key, document }]);
      return created;
    },
    hold() {
      let release!: () => void;
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = undefined;
          resolve();
        };
      });
      const reached = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      return { reached, release };
    },
  };
}
