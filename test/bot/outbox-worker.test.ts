import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { OutboxWorker, type Rendered } from '../../bot/jobs/outbox-worker.js';
import { createLogger } from '../../bot/logger.js';
import { DeliveryError, type Messenger } from '../../bot/teams/messenger.js';
import type { StoredReference } from '../../data/outbox/conversation-ref.js';
import { newMessage, Outbox, type OutboxMessage, type Recipient } from '../../data/outbox/outbox.js';
import { MAX_ATTEMPTS, nextAttempt, type DeliveryFailure } from '../../data/outbox/retry-policy.js';
import { NOTICES } from '../../data/prescriptions/prescriptions.js';
import {
  FileDocumentStore,
  MemoryDocumentStore,
  type DocumentStore,
} from '../../data/store/document-store.js';
import { testClock } from '../factories.js';

/** Monday 3 May 2027, 10:00 in Paris. */
const T0 = '2027-05-03T08:00:00.000Z';
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const half = () => 0.5;

const AFPA: Recipient = { kind: 'afpa' };
const REFERENT_ID = '29:referent-outbox';
const TO_REFERENT: Recipient = { kind: 'user', userId: REFERENT_ID };

const AFPA_CHANNEL: StoredReference = {
  serviceUrl: 'https://smba.example.test/emea/',
  channelId: 'msteams',
  conversation: { id: '19:afpa-channel@thread.tacv2', isGroup: true },
  bot: { id: '28:bot' },
};

/**
 * What a prescription would put on a card: the worker must never write it to a log.
 * The message itself only names the prescription; the reference is also kept out.
 */
const PRESCRIPTION_ID = 'P-WXYZ23';
const PERSONAL = ['Delacroix', 'Aurélie', '06 98 76 54 32', 'aurelie.ds@exemple.fr', PRESCRIPTION_ID];
const CARD: Partial<Activity> = {
  type: 'message',
  text: `Prescription ${PRESCRIPTION_ID} : Aurélie Delacroix, 06 98 76 54 32, aurelie.ds@exemple.fr`,
};

// ── A Messenger that records calls and answers what the test scripts ───────

type Answer = { activityId?: string } | DeliveryError;

class FakeMessenger implements Messenger {
  readonly sends: Array<{ ref: StoredReference; activity: Partial<Activity> }> = [];
  readonly updates: Array<{ ref: StoredReference; activityId: string; activity: Partial<Activity> }> = [];
  /** Answers for the next calls (send or update), in order; then every call succeeds. */
  readonly script: Answer[] = [];
  /** While set, each call waits for it (to look at the worker with a send in flight). */
  gate?: Promise<void>;
  /** Each call yields once to the event loop, so that concurrent calls overlap. */
  inFlight = 0;
  maxInFlight = 0;

  async send(ref: StoredReference, activity: Partial<Activity>): Promise<{ activityId?: string }> {
    this.sends.push({ ref, activity });
    const answer = await this.answer();
    return answer ?? { activityId: `1:activity-${this.sends.length}` };
  }

  async update(ref: StoredReference, activityId: string, activity: Partial<Activity>): Promise<void> {
    this.updates.push({ ref, activityId, activity });
    await this.answer();
  }

  async createPersonalConversation(): Promise<StoredReference> {
    throw new Error('not used by the worker');
  }

  async uploadConsentedFile(): Promise<void> {
    throw new Error('not used by the worker');
  }

  get calls(): number {
    return this.sends.length + this.updates.length;
  }

  private async answer(): Promise<{ activityId?: string } | undefined> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.gate) await this.gate;
      const next = this.script.shift();
      if (next instanceof DeliveryError) throw next;
      return next;
    } finally {
      this.inFlight--;
    }
  }
}

const failure = (f: DeliveryFailure) => new DeliveryError(f);

// ── The worker on a real outbox, with a clock that moves only when told ─────

type RenderScript = Map<string, Rendered | (() => Rendered)>;

async function setup(options: { docs?: DocumentStore; concurrency?: number } = {}) {
  const time = testClock(T0);
  const docs = options.docs ?? new MemoryDocumentStore();
  const outbox = await Outbox.open(docs);
  const messenger = new FakeMessenger();
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line), time.clock);
  /** How each message renders, by id; a message not listed is sent to the AFPA channel. */
  const renders: RenderScript = new Map();
  const rendered: string[] = [];
  const gone: OutboxMessage[] = [];
  const worker = new OutboxWorker({
    outbox,
    messenger,
    clock: time.clock,
    logger,
    random: half,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    render: async (message) => {
      rendered.push(message.id);
      const script = renders.get(message.id);
      const result = typeof script === 'function' ? script() : script;
      return result ?? { kind: 'send', to: AFPA_CHANNEL, activity: CARD };
    },
    onRecipientGone: async (message) => {
      gone.push(message);
    },
  });

  let counter = 0;
  /** Writes a message due now (or at `at`) and returns its id. */
  async function add(recipient: Recipient = AFPA, at: Date = time.clock()): Promise<string> {
    const id = `msg-${String(++counter).padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
    await outbox.enqueue([
      newMessage(recipient, { type: NOTICES.afpaCard, prescriptionId: PRESCRIPTION_ID }, at, id),
    ]);
    return id;
  }
  const state = (id: string) => outbox.get(id)!;
  const after = (ms: number) => new Date(time.clock().getTime() + ms).toISOString();

  return { time, docs, outbox, messenger, logs, renders, rendered, gone, worker, add, state, after };
}

/** Waits until `check` holds, polling; fails after `ms`. */
async function until(check: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('OutboxWorker: delivering what is due', () => {
  it('sends a due message once, marks it sent with its activity id and hands the id to onSent', async () => {
    const { worker, add, state, messenger, renders, time } = await setup();
    const id = await add();
    const told: Array<string | undefined> = [];
    renders.set(id, {
      kind: 'send',
      to: AFPA_CHANNEL,
      activity: CARD,
      onSent: async (activityId) => {
        told.push(activityId);
      },
    });
    messenger.script.push({ activityId: '1:posted-card' });

    await worker.drain();
    await worker.drain();

    expect(messenger.sends).toEqual([{ ref: AFPA_CHANNEL, activity: CARD }]);
    expect(state(id)).toMatchObject({
      state: 'sent',
      attempts: 1,
      activityId: '1:posted-card',
      sentAt: time.clock().toISOString(),
    });
    expect(told).toEqual(['1:posted-card']);
  });

  it('leaves a message that is not due yet alone, and sends it once its time has come', async () => {
    const { worker, add, state, messenger, time, rendered } = await setup();
    const later = new Date(time.clock().getTime() + 5 * MINUTE);
    const id = await add(AFPA, later);

    await worker.drain();
    expect(messenger.calls).toBe(0);
    expect(rendered).toEqual([]);
    expect(state(id)).toMatchObject({ state: 'pending', attempts: 0 });

    time.advance({ ms: 5 * MINUTE });
    await worker.drain();
    expect(messenger.sends).toHaveLength(1);
    expect(state(id).state).toBe('sent');
  });

  it('updates a posted card in place with its activity id', async () => {
    const { worker, add, state, messenger, renders } = await setup();
    const id = await add();
    renders.set(id, { kind: 'update', to: AFPA_CHANNEL, activityId: '1:card-to-update', activity: CARD });

    await worker.drain();

    expect(messenger.sends).toEqual([]);
    expect(messenger.updates).toEqual([
      { ref: AFPA_CHANNEL, activityId: '1:card-to-update', activity: CARD },
    ]);
    expect(state(id)).toMatchObject({ state: 'sent', attempts: 1 });
  });
});

describe('OutboxWorker: what Teams answers', () => {
  it('honours a 429 Retry-After: pending, one attempt, not before 30 s, then sent once the clock passes it', async () => {
    const { worker, add, state, messenger, time, after } = await setup();
    const id = await add();
    messenger.script.push(failure({ status: 429, retryAfterMs: 30 * SECOND }));
    const notBeforeAtLeast = after(30 * SECOND);

    await worker.drain();
    expect(state(id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: { status: 429, reason: 'nouvel essai prévu' },
    });
    expect(state(id).notBefore >= notBeforeAtLeast).toBe(true);
    expect(messenger.sends).toHaveLength(1);

    time.advance({ ms: 29 * SECOND });
    await worker.drain();
    expect(messenger.sends).toHaveLength(1);

    time.advance({ ms: 1 * SECOND });
    await worker.drain();
    expect(messenger.sends).toHaveLength(2);
    expect(state(id)).toMatchObject({ state: 'sent', attempts: 2, activityId: '1:activity-2' });
  });

  it('backs off a 503 within the policy’s bounds, growing with each attempt', async () => {
    const { worker, add, state, messenger, time } = await setup();
    const id = await add();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      messenger.script.push(failure({ status: 503 }));
      const now = time.clock().getTime();
      await worker.drain();
      const message = state(id);
      expect(message).toMatchObject({ state: 'pending', attempts: attempt });
      const delay = new Date(message.notBefore).getTime() - now;
      // Full jitter: between 0 and 2 s × 2^(attempt − 1); with random() = 0.5, half of it.
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(2 * SECOND * 2 ** (attempt - 1));
      expect(nextAttempt({ status: 503 }, attempt, half)).toEqual({ retry: true, delayMs: delay });
      delays.push(delay);
      time.set(message.notBefore);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000]);
    await worker.drain();
    expect(state(id)).toMatchObject({ state: 'sent', attempts: 5 });
    expect(messenger.sends).toHaveLength(5);
  });

  it.each([
    ['403 MessageWritesBlocked', { status: 403, code: 'MessageWritesBlocked' }],
    ['403 ForbiddenOperationException', { status: 403, code: 'ForbiddenOperationException' }],
    ['404 ConversationNotFound', { status: 404, code: 'ConversationNotFound' }],
  ])('gives up at once on %s: recipient unreachable, onRecipientGone told, never retried', async (_, f) => {
    const { worker, add, state, messenger, gone, time } = await setup();
    const id = await add(TO_REFERENT);
    messenger.script.push(failure(f));

    await worker.drain();

    expect(state(id)).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: { status: f.status, code: f.code },
    });
    expect(state(id).lastError!.reason).toMatch(/^destinataire injoignable/);
    expect(gone.map((m) => m.id)).toEqual([id]);
    expect(gone[0]!.recipient).toEqual(TO_REFERENT);

    time.advance({ days: 2 });
    await worker.drain();
    expect(messenger.sends).toHaveLength(1);
    expect(gone).toHaveLength(1);
  });

  it('fails a message Teams rejects (400) without telling that the recipient is gone', async () => {
    const { worker, add, state, messenger, gone, time } = await setup();
    const id = await add(TO_REFERENT);
    messenger.script.push(failure({ status: 400, code: 'BadArgument' }));

    await worker.drain();
    time.advance({ days: 1 });
    await worker.drain();

    expect(state(id)).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: { status: 400, code: 'BadArgument', reason: 'refusé par Teams' },
    });
    expect(gone).toEqual([]);
    expect(messenger.sends).toHaveLength(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} transient failures: « abandonné après plusieurs essais »`, async () => {
    const { worker, add, state, messenger, time, gone } = await setup();
    const id = await add();
    for (let i = 0; i < MAX_ATTEMPTS; i++) messenger.script.push(failure({ status: 502 }));

    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await worker.drain();
      // The longest backoff is 10 minutes.
      time.advance({ ms: 11 * MINUTE });
    }

    expect(messenger.sends).toHaveLength(MAX_ATTEMPTS);
    expect(state(id)).toMatchObject({
      state: 'failed',
      attempts: MAX_ATTEMPTS,
      lastError: { status: 502, reason: 'abandonné après plusieurs essais' },
    });
    expect(gone).toEqual([]);
  });

  it('retries a connection failure like any transient one', async () => {
    const { worker, add, state, messenger } = await setup();
    const id = await add();
    messenger.script.push(failure({ network: true, code: 'ECONNRESET' }));
    await worker.drain();
    expect(state(id)).toMatchObject({ state: 'pending', attempts: 1, lastError: { code: 'ECONNRESET' } });
  });
});

describe('OutboxWorker: what the rendering decides', () => {
  it('postpones a message whose recipient is not known yet, without counting an attempt', async () => {
    const { worker, add, state, messenger, renders, after } = await setup();
    const id = await add();
    renders.set(id, { kind: 'wait', reason: 'aucune conversation AFPA désignée', retryInMs: 60 * MINUTE });

    await worker.drain();

    expect(messenger.calls).toBe(0);
    expect(state(id)).toMatchObject({
      state: 'pending',
      attempts: 0,
      notBefore: after(60 * MINUTE),
      lastError: { reason: 'aucune conversation AFPA désignée' },
    });
  });

  it('marks a skipped message sent without any call to Teams', async () => {
    const { worker, add, state, messenger, renders } = await setup();
    const id = await add();
    renders.set(id, { kind: 'skip', reason: 'carte pas encore publiée' });

    await worker.drain();

    expect(messenger.calls).toBe(0);
    expect(state(id)).toMatchObject({ state: 'sent', attempts: 1, skipped: 'carte pas encore publiée' });
    expect(state(id).activityId).toBeUndefined();
  });

  it('fails a dropped message with its reason, without any call to Teams', async () => {
    const { worker, add, state, messenger, renders, gone } = await setup();
    const id = await add();
    renders.set(id, { kind: 'drop', reason: 'prescription introuvable' });

    await worker.drain();

    expect(messenger.calls).toBe(0);
    expect(state(id)).toMatchObject({ state: 'failed', lastError: { reason: 'prescription introuvable' } });
    expect(gone).toEqual([]);
  });

  it('retries a message whose rendering throws in a minute, and sends the others meanwhile', async () => {
    const { worker, add, state, messenger, renders, after, time } = await setup();
    const first = await add();
    const broken = await add();
    const last = await add();
    let fail = true;
    renders.set(broken, () => {
      if (fail) throw new Error('store unreadable');
      return { kind: 'send', to: AFPA_CHANNEL, activity: CARD };
    });

    await worker.drain();

    expect(state(first).state).toBe('sent');
    expect(state(last).state).toBe('sent');
    expect(state(broken)).toMatchObject({
      state: 'pending',
      attempts: 1,
      notBefore: after(MINUTE),
      lastError: { reason: 'erreur de préparation du message' },
    });
    expect(messenger.sends).toHaveLength(2);

    fail = false;
    time.advance({ ms: MINUTE });
    await worker.drain();
    expect(state(broken)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(messenger.sends).toHaveLength(3);
  });
});

describe('OutboxWorker: restarts and load', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('sends, after a restart, what the previous run left pending in the file store, exactly once each', async () => {
    dir = await mkdtemp(join(tmpdir(), 'outbox-worker-'));
    const before = await setup({ docs: await FileDocumentStore.open(dir) });
    const sentBefore = await before.add();
    const throttled = await before.add();
    before.messenger.script.push({ activityId: '1:sent-before' }, failure({ status: 503 }));
    await before.worker.drain();
    // Written, then the process stops before the worker sees them.
    const waiting = [await before.add(), await before.add(TO_REFERENT)];
    expect(before.messenger.sends).toHaveLength(2);

    const after = await setup({ docs: await FileDocumentStore.open(dir) });
    expect(after.outbox.pendingCount()).toBe(3);
    expect(after.state(sentBefore)).toMatchObject({ state: 'sent', activityId: '1:sent-before' });
    expect(after.state(throttled)).toMatchObject({ state: 'pending', attempts: 1 });
    after.time.advance({ ms: MINUTE });
    await after.worker.drain();
    await after.worker.drain();

    expect([...after.rendered].sort()).toEqual([...waiting, throttled].sort());
    expect(after.messenger.sends).toHaveLength(3);
    for (const id of waiting) expect(after.state(id)).toMatchObject({ state: 'sent', attempts: 1 });
    expect(after.state(throttled)).toMatchObject({ state: 'sent', attempts: 2 });

    // The sent messages were written back: a third run has nothing to send.
    const third = await setup({ docs: await FileDocumentStore.open(dir) });
    expect(third.outbox.pendingCount()).toBe(0);
    await third.worker.drain();
    expect(third.messenger.calls).toBe(0);
  });

  it('keeps a Retry-After across a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'outbox-worker-'));
    const before = await setup({ docs: await FileDocumentStore.open(dir) });
    const id = await before.add();
    before.messenger.script.push(failure({ status: 429, retryAfterMs: 30 * SECOND }));
    await before.worker.drain();
    const notBefore = before.state(id).notBefore;

    const after = await setup({ docs: await FileDocumentStore.open(dir) });
    expect(after.state(id)).toMatchObject({ state: 'pending', attempts: 1, notBefore });
    await after.worker.drain();
    expect(after.messenger.calls).toBe(0);
    after.time.set(notBefore);
    await after.worker.drain();
    expect(after.messenger.sends).toHaveLength(1);
    expect(after.state(id)).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('sends 30 due messages four at a time, each exactly once', async () => {
    const { worker, add, state, messenger, rendered } = await setup({ concurrency: 4 });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await add(i % 2 === 0 ? AFPA : TO_REFERENT));

    await worker.drain();

    expect(messenger.sends).toHaveLength(30);
    expect([...rendered].sort()).toEqual([...ids].sort());
    expect(new Set(rendered).size).toBe(30);
    for (const id of ids) expect(state(id)).toMatchObject({ state: 'sent', attempts: 1 });
    expect(messenger.maxInFlight).toBe(4);
  });
});

describe('OutboxWorker: running in the background', () => {
  it('sends a message written after start() without being drained, and stop() waits for the send in flight', async () => {
    const { worker, add, state, messenger } = await setup();
    worker.start();
    try {
      const first = await add();
      await until(() => state(first).state === 'sent');
      expect(messenger.sends).toHaveLength(1);

      let release!: () => void;
      messenger.gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const second = await add();
      await until(() => messenger.sends.length === 2);

      let stopped = false;
      const stopping = worker.stop().then(() => {
        stopped = true;
      });
      await pause(30);
      expect(stopped).toBe(false);
      expect(state(second).state).toBe('pending');

      release();
      messenger.gate = undefined;
      await stopping;
      expect(state(second)).toMatchObject({ state: 'sent', attempts: 1 });

      // Stopped: what is written now waits for the next start.
      const third = await add();
      await pause(30);
      expect(messenger.sends).toHaveLength(2);
      expect(state(third).state).toBe('pending');
    } finally {
      await worker.stop();
    }
  });

  it('picks up, when started, what was already waiting', async () => {
    const { worker, add, state } = await setup();
    const ids = [await add(), await add(TO_REFERENT)];
    worker.start();
    try {
      await until(() => ids.every((id) => state(id).state === 'sent'));
    } finally {
      await worker.stop();
    }
  });
});

describe('OutboxWorker: when the store fails', () => {
  /** A store that cannot record a message as sent (disk full, say): every other write works. */
  function storeThatCannotMarkSent(): DocumentStore {
    const memory = new MemoryDocumentStore();
    return {
      all: (collection) => memory.all(collection),
      get: (collection, key) => memory.get(collection, key),
      create: (collection, key, document) => memory.create(collection, key, document),
      commit: async (changes) => {
        if (changes.some((c) => (c.document as OutboxMessage | null)?.state === 'sent'))
          throw new Error('ENOSPC: no space left on device');
        await memory.commit(changes);
      },
    };
  }

  it('sets the message aside, still pending, when the « sent » mark cannot be written', async () => {
    const { worker, add, state, messenger } = await setup({ docs: storeThatCannotMarkSent() });
    const id = await add();
    await worker.drain();
    expect(messenger.sends).toHaveLength(1);
    expect(state(id)).toMatchObject({ state: 'pending', attempts: 0 });
    // Set aside: a second drain right away sends nothing more.
    await worker.drain();
    expect(messenger.sends).toHaveLength(1);
  });

  // After a failure that is not Teams' own, the message waits a minute instead of going out
  // again at every turn of the event loop.
  it('does not resend in a tight loop a message whose « sent » mark cannot be written', async () => {
    const { worker, add, messenger } = await setup({ docs: storeThatCannotMarkSent() });
    await add();
    worker.start();
    try {
      await until(() => messenger.sends.length >= 1);
      await pause(150);
    } finally {
      await worker.stop();
    }
    expect(messenger.sends.length).toBeLessThanOrEqual(2);
  });
});

describe('OutboxWorker: logs', () => {
  it('writes no prescription data in any log line, whatever happens to the message', async () => {
    const { worker, add, messenger, renders, logs, time } = await setup();
    // Sent, throttled, recipient gone, rejected, in this order (four at a time).
    await add();
    await add();
    await add(TO_REFERENT);
    await add();
    const broken = await add();
    const skipped = await add();
    const dropped = await add();
    const waiting = await add();
    const updated = await add();
    renders.set(broken, () => {
      throw new Error(`Impossible de lire ${CARD.text}`);
    });
    renders.set(skipped, { kind: 'skip', reason: `carte ${PRESCRIPTION_ID} pas encore publiée` });
    renders.set(dropped, { kind: 'drop', reason: `prescription ${PRESCRIPTION_ID} introuvable` });
    renders.set(waiting, { kind: 'wait', reason: `attente ${PRESCRIPTION_ID}`, retryInMs: MINUTE });
    renders.set(updated, { kind: 'update', to: AFPA_CHANNEL, activityId: '1:card', activity: CARD });
    messenger.script.push(
      { activityId: '1:ok' },
      failure({ status: 429, retryAfterMs: 5 * SECOND }),
      failure({ status: 403, code: 'MessageWritesBlocked' }),
      failure({ status: 400, code: 'BadArgument' }),
    );
    for (let i = 0; i < MAX_ATTEMPTS; i++) messenger.script.push(failure({ status: 503 }));

    for (let round = 0; round < MAX_ATTEMPTS + 2; round++) {
      await worker.drain();
      time.advance({ ms: 11 * MINUTE });
    }

    expect(logs.length).toBeGreaterThan(10);
    const events = new Set(logs.map((line) => (JSON.parse(line) as { event: string }).event));
    for (const event of [
      'outbox_sent',
      'outbox_retry',
      'outbox_failed_for_good',
      'outbox_render_failed',
      'outbox_skipped',
      'outbox_dropped',
    ])
      expect(events).toContain(event);
    for (const line of logs) for (const value of PERSONAL) expect(line).not.toContain(value);
  });
});
