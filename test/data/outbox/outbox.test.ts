import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConversationDirectory, type Contact } from '../../../data/outbox/conversation-directory.js';
import type { StoredReference } from '../../../data/outbox/conversation-ref.js';
import { newMessage, Outbox, OutboxMessageSchema, type OutboxMessage } from '../../../data/outbox/outbox.js';
import { PostedCards } from '../../../data/outbox/posted-cards.js';
import { FileDocumentStore, MemoryDocumentStore } from '../../../data/store/document-store.js';
import { recordingDocumentStore } from '../../factories.js';

const T0 = new Date('2027-05-03T08:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const plus = (ms: number, from = T0) => new Date(from.getTime() + ms);
const AFPA = { kind: 'afpa' } as const;
const ERROR = { status: 502, reason: 'Bad Gateway' };

/** A message created at `createdMinutes` and due at `dueMinutes` after T0. */
function message(id: string, createdMinutes: number, dueMinutes = createdMinutes): OutboxMessage {
  return {
    ...newMessage(
      AFPA,
      { type: 'prescription-afpa-card', prescriptionId: 'P-ABCDEF' },
      plus(createdMinutes * MINUTE),
      id,
    ),
    notBefore: plus(dueMinutes * MINUTE).toISOString(),
  };
}

async function setup() {
  const memory = new MemoryDocumentStore();
  const docs = recordingDocumentStore(memory);
  return { memory, docs, outbox: await Outbox.open(docs) };
}

const ids = (messages: OutboxMessage[]) => messages.map((m) => m.id);

describe('newMessage', () => {
  it('makes a pending message due now, valid against its schema', () => {
    const m = newMessage(
      { kind: 'user', userId: '29:x' },
      { type: 'prescription-status', historyIndex: 2 },
      T0,
    );
    expect(OutboxMessageSchema.safeParse(m).success).toBe(true);
    expect(m).toMatchObject({
      state: 'pending',
      attempts: 0,
      notBefore: T0.toISOString(),
      createdAt: T0.toISOString(),
    });
    expect(newMessage(AFPA, { type: 'x' }, T0).id).not.toBe(m.id);
  });
});

describe('Outbox', () => {
  it('hands out due messages by due time, then by creation, up to the limit', async () => {
    const { outbox } = await setup();
    await outbox.enqueue([
      message('msg-late-created', 5, 1),
      message('msg-first-due', 3, 0),
      message('msg-same-due-a', 1, 2),
      message('msg-same-due-b', 0, 2),
      message('msg-not-yet-due', 0, 60),
    ]);
    const at = plus(10 * MINUTE);
    expect(ids(outbox.due(at))).toEqual([
      'msg-first-due',
      'msg-late-created',
      'msg-same-due-b',
      'msg-same-due-a',
    ]);
    expect(ids(outbox.due(at, 2))).toEqual(['msg-first-due', 'msg-late-created']);
    expect(outbox.due(at, 0)).toEqual([]);
    expect(outbox.pendingCount()).toBe(5);
  });

  it('hands out 20 at most by default', async () => {
    const { outbox } = await setup();
    await outbox.enqueue(
      Array.from({ length: 25 }, (_, i) => message(`msg-${String(i).padStart(4, '0')}`, i)),
    );
    expect(outbox.due(plus(DAY))).toHaveLength(20);
    expect(ids(outbox.due(plus(DAY))).at(-1)).toBe('msg-0019');
  });

  it('does not hand out a message before its notBefore, and does at that very instant', async () => {
    const { outbox } = await setup();
    await outbox.enqueue([message('msg-at-ten', 0, 10)]);
    expect(outbox.due(plus(10 * MINUTE - 1))).toEqual([]);
    expect(ids(outbox.due(plus(10 * MINUTE)))).toEqual(['msg-at-ten']);
    expect(outbox.nextDueAt()).toEqual(plus(10 * MINUTE));
  });

  it('knows when the next message falls due, and nothing when none waits', async () => {
    const { outbox } = await setup();
    expect(outbox.nextDueAt()).toBeUndefined();
    await outbox.enqueue([message('msg-in-thirty', 0, 30), message('msg-in-twenty', 0, 20)]);
    expect(outbox.nextDueAt()).toEqual(plus(20 * MINUTE));
    await outbox.markSent(outbox.get('msg-in-twenty')!, plus(20 * MINUTE));
    expect(outbox.nextDueAt()).toEqual(plus(30 * MINUTE));
  });

  it('tells its listeners when messages are added, not when none are', async () => {
    const { outbox } = await setup();
    let woken = 0;
    const stop = outbox.onAdded(() => woken++);
    await outbox.enqueue([message('msg-wake-0001', 0)]);
    outbox.added([]);
    expect(woken).toBe(1);
    stop();
    await outbox.enqueue([message('msg-wake-0002', 0)]);
    expect(woken).toBe(1);
  });

  describe('after an attempt', () => {
    it('retries later: one more attempt, still pending, not due before the new time', async () => {
      const { outbox, memory } = await setup();
      await outbox.enqueue([message('msg-retry-0001', 0)]);
      await outbox.markRetry(outbox.get('msg-retry-0001')!, plus(5 * MINUTE), ERROR);
      const m = outbox.get('msg-retry-0001')!;
      expect(m).toMatchObject({
        state: 'pending',
        attempts: 1,
        notBefore: plus(5 * MINUTE).toISOString(),
        lastError: ERROR,
      });
      expect(outbox.due(plus(5 * MINUTE - 1))).toEqual([]);
      expect(ids(outbox.due(plus(5 * MINUTE)))).toEqual(['msg-retry-0001']);
      expect(await memory.get('outbox', 'msg-retry-0001')).toEqual(m);
    });

    it('marks a message sent: out of the pending ones, attempt counted, activity id kept', async () => {
      const { outbox, memory } = await setup();
      await outbox.enqueue([message('msg-sent-0001', 0), message('msg-other-001', 0)]);
      await outbox.markSent(outbox.get('msg-sent-0001')!, plus(MINUTE), '1:activity');
      expect(outbox.pendingCount()).toBe(1);
      expect(ids(outbox.due(plus(DAY)))).toEqual(['msg-other-001']);
      const sent = outbox.get('msg-sent-0001')!;
      expect(sent).toMatchObject({
        state: 'sent',
        attempts: 1,
        sentAt: plus(MINUTE).toISOString(),
        activityId: '1:activity',
      });
      expect(await memory.get('outbox', 'msg-sent-0001')).toEqual(sent);
    });

    it('marks a message failed for good: out of the pending ones, in the failed list', async () => {
      const { outbox } = await setup();
      await outbox.enqueue([message('msg-fail-0001', 0)]);
      await outbox.markRetry(outbox.get('msg-fail-0001')!, plus(MINUTE), ERROR);
      const gone = { status: 403, code: 'MessageWritesBlocked', reason: 'bot bloqué' };
      await outbox.markFailed(outbox.get('msg-fail-0001')!, gone);
      expect(outbox.pendingCount()).toBe(0);
      expect(outbox.due(plus(DAY))).toEqual([]);
      expect(outbox.get('msg-fail-0001')).toMatchObject({ state: 'failed', attempts: 2, lastError: gone });
      expect(ids(outbox.recent(plus(MINUTE)).failed)).toEqual(['msg-fail-0001']);
    });

    it('postpones without counting an attempt', async () => {
      const { outbox } = await setup();
      await outbox.enqueue([message('msg-wait-0001', 0)]);
      await outbox.postpone(
        outbox.get('msg-wait-0001')!,
        plus(15 * MINUTE),
        'aucune conversation AFPA désignée',
      );
      expect(outbox.get('msg-wait-0001')).toMatchObject({
        state: 'pending',
        attempts: 0,
        notBefore: plus(15 * MINUTE).toISOString(),
        lastError: { reason: 'aucune conversation AFPA désignée' },
      });
      expect(outbox.due(plus(14 * MINUTE))).toEqual([]);
    });

    it('leaves the outbox as it was when the write of a change fails', async () => {
      const memory = new MemoryDocumentStore();
      const outbox = await Outbox.open({
        all: (c) => memory.all(c),
        get: (c, k) => memory.get(c, k),
        create: (c, k, d) => memory.create(c, k, d),
        commit: async (changes) => {
          if (changes.some((c) => (c.document as OutboxMessage | null)?.state === 'sent'))
            throw new Error('disk full');
          return memory.commit(changes);
        },
      });
      await outbox.enqueue([message('msg-disk-0001', 0)]);
      await expect(outbox.markSent(outbox.get('msg-disk-0001')!, plus(MINUTE))).rejects.toThrow('disk full');
      expect(outbox.get('msg-disk-0001')).toMatchObject({ state: 'pending', attempts: 0 });
      expect(outbox.pendingCount()).toBe(1);
    });
  });

  it('wakes every waiting message that matches: due now, listeners told, attempts kept', async () => {
    const { outbox } = await setup();
    await outbox.enqueue([
      message('msg-afpa-0001', 0, 60),
      message('msg-afpa-0002', 1, 120),
      {
        ...newMessage({ kind: 'user', userId: '29:x' }, { type: 'prescription-status' }, T0, 'msg-user-0001'),
        notBefore: plus(60 * MINUTE).toISOString(),
      },
    ]);
    await outbox.markRetry(outbox.get('msg-afpa-0002')!, plus(120 * MINUTE), ERROR);
    let woken = 0;
    outbox.onAdded(() => woken++);
    const now = plus(5 * MINUTE);
    await outbox.wakeAll((m) => m.recipient.kind === 'afpa', now);
    expect(ids(outbox.due(now))).toEqual(['msg-afpa-0001', 'msg-afpa-0002']);
    expect(outbox.get('msg-afpa-0002')).toMatchObject({ attempts: 1, notBefore: now.toISOString() });
    expect(outbox.get('msg-user-0001')!.notBefore).toBe(plus(60 * MINUTE).toISOString());
    expect(woken).toBe(1);
    // Nothing to wake: nothing written, nobody told.
    const { docs, outbox: other } = await setup();
    await other.wakeAll(() => true, now);
    expect(docs.commits).toEqual([]);
  });

  it('shows what was sent, failed and waits in the last 30 days, newest first', async () => {
    const { outbox } = await setup();
    await outbox.enqueue([
      message('msg-old-sent-01', 0),
      message('msg-new-sent-01', 1),
      message('msg-old-failed1', 2),
      message('msg-new-failed1', 3),
      message('msg-pending-001', 4),
      message('msg-pending-002', 5),
    ]);
    await outbox.markSent(outbox.get('msg-old-sent-01')!, plus(0));
    await outbox.markSent(outbox.get('msg-new-sent-01')!, plus(20 * DAY));
    await outbox.markFailed(outbox.get('msg-old-failed1')!, ERROR);
    await outbox.markFailed(outbox.get('msg-new-failed1')!, ERROR);
    const now = plus(30 * DAY + 2.5 * MINUTE);
    const recent = outbox.recent(now);
    expect(ids(recent.pending)).toEqual(['msg-pending-002', 'msg-pending-001']);
    // A failed message counts from its creation, a sent one from its sending.
    expect(ids(recent.failed)).toEqual(['msg-new-failed1']);
    expect(recent.sent).toBe(1);
    expect(outbox.recent(plus(MINUTE)).sent).toBe(2);
  });

  it('drops sent and failed messages older than 30 days, and only those', async () => {
    const { outbox, memory } = await setup();
    await outbox.enqueue([
      message('msg-sent-old-01', 0),
      message('msg-sent-edge-1', 0),
      message('msg-failed-old1', 0),
      message('msg-pending-old', 0),
    ]);
    await outbox.markSent(outbox.get('msg-sent-old-01')!, plus(0));
    await outbox.markSent(outbox.get('msg-sent-edge-1')!, plus(1));
    await outbox.markFailed(outbox.get('msg-failed-old1')!, ERROR);
    const now = plus(30 * DAY + 1);
    expect(await outbox.prune(now)).toBe(2);
    expect(outbox.get('msg-sent-old-01')).toBeUndefined();
    expect(outbox.get('msg-failed-old1')).toBeUndefined();
    expect(await memory.get('outbox', 'msg-sent-old-01')).toBeUndefined();
    expect(await memory.get('outbox', 'msg-failed-old1')).toBeUndefined();
    // Sent exactly 30 days before: kept.
    expect(outbox.get('msg-sent-edge-1')?.state).toBe('sent');
    // A message still waiting is never dropped, however old.
    expect(outbox.get('msg-pending-old')?.state).toBe('pending');
    expect(await outbox.prune(now)).toBe(0);
  });

  it('finds the waiting messages again after a restart, and the sent ones as sent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cd82-outbox-'));
    try {
      const outbox = await Outbox.open(await FileDocumentStore.open(dir));
      await outbox.enqueue([
        message('msg-restart-001', 0),
        message('msg-restart-002', 1, 30),
        message('msg-restart-003', 2),
      ]);
      await outbox.markSent(outbox.get('msg-restart-001')!, plus(MINUTE), '1:abc');
      await outbox.markRetry(outbox.get('msg-restart-003')!, plus(10 * MINUTE), ERROR);
      const reopened = await Outbox.open(await FileDocumentStore.open(dir));
      expect(reopened.pendingCount()).toBe(2);
      expect(ids(reopened.due(plus(DAY)))).toEqual(['msg-restart-003', 'msg-restart-002']);
      expect(reopened.get('msg-restart-003')).toEqual(outbox.get('msg-restart-003'));
      expect(reopened.get('msg-restart-001')).toMatchObject({ state: 'sent', activityId: '1:abc' });
      expect(reopened.nextDueAt()).toEqual(plus(10 * MINUTE));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

function personalReference(
  userId: string,
  serviceUrl = 'https://smba.trafficmanager.net/emea/',
): StoredReference {
  return {
    serviceUrl,
    channelId: 'msteams',
    conversation: { id: `a:personal-${userId}`, conversationType: 'personal', tenantId: 'tenant-1' },
    bot: { id: '28:bot' },
    user: { id: userId },
    tenantId: 'tenant-1',
  };
}

const CAMILLE: Omit<Contact, 'updatedAt'> = {
  userId: '29:camille',
  aadObjectId: 'aad-camille',
  name: 'Camille Référente',
  reference: personalReference('29:camille'),
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'tenant-1',
};

describe('ConversationDirectory', () => {
  async function directory() {
    const memory = new MemoryDocumentStore();
    const docs = recordingDocumentStore(memory);
    return { memory, docs, directory: await ConversationDirectory.open(docs) };
  }

  it('finds a contact by Teams id and by Entra id, also after a restart', async () => {
    const { memory, directory: d } = await directory();
    await d.saveContact(CAMILLE, T0);
    const expected = { ...CAMILLE, updatedAt: T0.toISOString() };
    expect(d.contact('29:camille')).toEqual(expected);
    expect(d.contact('aad-camille')).toEqual(expected);
    expect(d.contact('29:unknown')).toBeUndefined();
    const reopened = await ConversationDirectory.open(memory);
    expect(reopened.contact('aad-camille')).toEqual(expected);
    // Filed under a key that is safe as a file name, whatever the Teams id holds.
    expect([...(await memory.all('contacts')).keys()].every((k) => /^[0-9a-f]{40}$/.test(k))).toBe(true);
  });

  it('writes only when something changed', async () => {
    const { docs, directory: d } = await directory();
    await d.saveContact(CAMILLE, T0);
    await d.saveContact(CAMILLE, plus(MINUTE));
    await d.saveContact({ ...CAMILLE, reference: personalReference('29:camille') }, plus(2 * MINUTE));
    expect(docs.commits).toHaveLength(1);
    expect(d.contact('29:camille')!.updatedAt).toBe(T0.toISOString());
  });

  it.each([
    ['the name', { name: 'Camille Dupuis-Référente' }],
    ['the service URL (Teams moved the conversation)', { serviceUrl: 'https://smba.trafficmanager.net/fr/' }],
    [
      'the personal chat',
      { reference: personalReference('29:camille', 'https://smba.trafficmanager.net/fr/') },
    ],
  ])('writes when %s changes', async (_name, change) => {
    const { docs, directory: d } = await directory();
    await d.saveContact(CAMILLE, T0);
    await d.saveContact({ ...CAMILLE, ...change }, plus(MINUTE));
    expect(docs.commits).toHaveLength(2);
    expect(d.contact('29:camille')).toMatchObject({ ...change, updatedAt: plus(MINUTE).toISOString() });
  });

  // Contact fields that must count as a change.
  it.each([
    ['the Entra id, given for the first time', { aadObjectId: 'aad-camille' }, 'aad-camille'],
    ['the tenant', { tenantId: 'tenant-2' }, '29:camille'],
  ])('writes when %s changes', async (_name, change, lookup) => {
    const { directory: d } = await directory();
    const { aadObjectId: _a, ...withoutAad } = CAMILLE;
    await d.saveContact(withoutAad, T0);
    await d.saveContact({ ...withoutAad, ...change }, plus(MINUTE));
    expect(d.contact(lookup)).toMatchObject(change);
  });

  it('keeps the personal chat it knows when the person speaks in a channel, and writes nothing', async () => {
    const { docs, directory: d } = await directory();
    await d.saveContact(CAMILLE, T0);
    const { reference: _r, ...fromChannel } = CAMILLE;
    await d.saveContact(fromChannel, plus(MINUTE));
    expect(d.contact('29:camille')!.reference).toEqual(CAMILLE.reference);
    expect(docs.commits).toHaveLength(1);
    // A channel message with a new name: written, the personal chat still kept.
    await d.saveContact({ ...fromChannel, name: 'Camille R.' }, plus(2 * MINUTE));
    expect(d.contact('29:camille')).toMatchObject({ name: 'Camille R.', reference: CAMILLE.reference });
  });

  it('knows someone who only spoke in a channel, without a personal chat', async () => {
    const { directory: d } = await directory();
    const { reference: _r, ...fromChannel } = CAMILLE;
    await d.saveContact(fromChannel, T0);
    expect(d.contact('29:camille')!.reference).toBeUndefined();
    expect(d.contact('29:camille')!.serviceUrl).toBe(CAMILLE.serviceUrl);
  });

  it('marks a person unreachable, and clears it when they speak again', async () => {
    const { memory, docs, directory: d } = await directory();
    await d.saveContact(CAMILLE, T0);
    await d.markUnreachable('aad-camille', plus(MINUTE));
    expect(d.contact('29:camille')!.unreachableSince).toBe(plus(MINUTE).toISOString());
    // Marked once: the first instant stays.
    await d.markUnreachable('29:camille', plus(2 * MINUTE));
    expect(d.contact('29:camille')!.unreachableSince).toBe(plus(MINUTE).toISOString());
    expect(docs.commits).toHaveLength(2);
    expect((await ConversationDirectory.open(memory)).contact('29:camille')!.unreachableSince).toBeDefined();

    await d.saveContact(CAMILLE, plus(3 * MINUTE));
    expect(d.contact('29:camille')!.unreachableSince).toBeUndefined();
    expect(d.contact('aad-camille')!.unreachableSince).toBeUndefined();
    expect(
      (await ConversationDirectory.open(memory)).contact('29:camille')!.unreachableSince,
    ).toBeUndefined();
    // Unknown people are not recorded.
    await d.markUnreachable('29:unknown', T0);
    expect(d.contact('29:unknown')).toBeUndefined();
  });

  it('forgets a contact by either id', async () => {
    const { memory, directory: d } = await directory();
    await d.saveContact(CAMILLE, T0);
    await d.removeContact('aad-camille');
    expect(d.contact('29:camille')).toBeUndefined();
    expect(d.contact('aad-camille')).toBeUndefined();
    expect((await memory.all('contacts')).size).toBe(0);
    await d.removeContact('29:unknown');
  });

  it('lists the people it knows once each, by name in French order', async () => {
    const { directory: d } = await directory();
    for (const [userId, name] of [
      ['29:f', 'Fabienne'],
      ['29:e', 'Élodie'],
      ['29:d', 'Didier'],
    ] as const)
      await d.saveContact({ userId, aadObjectId: `aad-${userId}`, name, serviceUrl: CAMILLE.serviceUrl }, T0);
    expect(d.knownPeople().map((c) => c.name)).toEqual(['Didier', 'Élodie', 'Fabienne']);
  });

  it('uses the configured AFPA conversation until an admin designates one, which then stays', async () => {
    const memory = new MemoryDocumentStore();
    const configured = {
      ...personalReference('x'),
      user: undefined,
      conversation: { id: '19:configured', isGroup: true },
    };
    const d = await ConversationDirectory.open(memory, configured);
    expect(d.afpaConversation()).toEqual(configured);
    const channel = {
      ...configured,
      conversation: { id: '19:channel@thread.tacv2', isGroup: true, conversationType: 'channel' },
    };
    await d.designateAfpa(channel, 'Coordinatrice AFPA', T0);
    expect(d.afpaConversation()).toEqual(channel);
    expect((await ConversationDirectory.open(memory, configured)).afpaConversation()).toEqual(channel);
    expect((await ConversationDirectory.open(new MemoryDocumentStore())).afpaConversation()).toBeUndefined();
  });
});

describe('PostedCards', () => {
  it('remembers where a card was posted, also after a restart', async () => {
    const memory = new MemoryDocumentStore();
    const posted = await PostedCards.open(memory);
    expect(posted.get('afpa-P-ABCDEF')).toBeUndefined();
    const card = { reference: personalReference('29:x'), activityId: '1:posted', postedAt: T0.toISOString() };
    await posted.save('afpa-P-ABCDEF', card);
    expect(posted.get('afpa-P-ABCDEF')).toEqual(card);
    expect((await PostedCards.open(memory)).get('afpa-P-ABCDEF')).toEqual(card);
  });
});

describe('Outbox.claim', () => {
  it('writes a message under an id once: the id is the claim, even once the message is sent', async () => {
    const { outbox } = await setup();
    const first = message('digest-aaaa-2027-W18', 0);
    expect(await outbox.claim(first)).toBe(true);
    expect(ids(outbox.due(T0))).toEqual(['digest-aaaa-2027-W18']);
    expect(await outbox.claim({ ...first, payload: { type: 'other' } })).toBe(false);
    await outbox.markSent(outbox.get(first.id)!, T0);
    expect(await outbox.claim(first)).toBe(false);
    expect(outbox.due(T0)).toEqual([]);
  });

  it('lets one of two processes on the same files claim an id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-claim-'));
    try {
      const [a, b] = await Promise.all([
        FileDocumentStore.open(dir).then((docs) => Outbox.open(docs)),
        FileDocumentStore.open(dir).then((docs) => Outbox.open(docs)),
      ]);
      const claims = await Promise.all([
        a.claim(message('digest-bbbb-2027-W18', 0)),
        b.claim(message('digest-bbbb-2027-W18', 0)),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(a.pendingCount() + b.pendingCount()).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
