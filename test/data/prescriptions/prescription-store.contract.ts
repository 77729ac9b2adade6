import { describe, expect, it } from 'vitest';
import { newMessage, type Outbox, type OutboxMessage } from '../../../data/outbox/outbox.js';
import { currentStatus, type Prescription, type Status } from '../../../data/prescriptions/model.js';
import {
  auditEntry,
  referentKey,
  type AuditEntry,
  type PrescriptionStore,
} from '../../../data/prescriptions/prescription-store.js';
import { REFERENT, testPrescription } from '../../factories.js';

/**
 * What every `PrescriptionStore` must do: the document one today, a PostgreSQL one
 * tomorrow. `make` opens an empty store with the outbox its commits feed.
 *
 * Optional abilities, used when the implementation offers them:
 * - `reopen`: open the same storage again, as a restarted process would;
 * - `holdWrites`: hold the next writes until `release`, to look at the world mid-commit;
 * - `writeCount`: how many writes reached the storage so far.
 */
export type PrescriptionStoreHarness = {
  store: PrescriptionStore;
  outbox: Outbox;
  reopen?: () => Promise<{ store: PrescriptionStore; outbox: Outbox }>;
  holdWrites?: () => { reached: Promise<void>; release: () => void };
  writeCount?: () => number;
};

const T0 = '2027-05-03T08:00:00.000Z';
const NOW = new Date('2027-05-03T08:00:00.000Z');
/** Long after every instant used here: every pending message is due. */
const LATER = new Date('2030-01-01T00:00:00.000Z');

const ALICE = { id: '29:alice', aadObjectId: 'aad-alice', name: 'Alice Référente' };
/** Alice again, after Teams gave her another conversation id: the same Entra id. */
const ALICE_NEW_TEAMS_ID = { id: '29:alice-2', aadObjectId: 'aad-alice', name: 'Alice Référente' };
const BOB = { id: '29:bob', name: 'Bob Référent' };
const STAFF = { id: '29:afpa-1', name: 'Coordinatrice AFPA' };

const at = (day: number, hour = 8) => new Date(Date.UTC(2027, 4, day, hour)).toISOString();

function afpaCard(p: Prescription, id?: string): OutboxMessage {
  return newMessage({ kind: 'afpa' }, { type: 'prescription-afpa-card', prescriptionId: p.id }, NOW, id);
}

function createAudit(p: Prescription, when = p.createdAt): AuditEntry {
  return auditEntry(p.referent, 'create', [p.id], new Date(when));
}

/** The prescription with one more history entry. */
function moved(
  p: Prescription,
  status: Status,
  when: string,
  extra: Partial<Prescription['history'][number]> = {},
) {
  return { ...p, history: [...p.history, { at: when, status, actor: 'afpa' as const, by: STAFF, ...extra }] };
}

/** Runs `run` and returns what went wrong, thrown synchronously or as a rejection. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const pendingFor = (outbox: Outbox, id: string) =>
  outbox.findPending((m) => m.payload['prescriptionId'] === id).map((m) => m.id);

export function describePrescriptionStoreContract(
  name: string,
  make: () => Promise<PrescriptionStoreHarness>,
): void {
  describe(`PrescriptionStore contract: ${name}`, () => {
    describe('create and get', () => {
      it('returns what was created, by id and by form', async () => {
        const { store } = await make();
        const p = testPrescription({ at: T0 });
        const result = await store.create(p, [afpaCard(p)], [createAudit(p)]);
        expect(result).toEqual({ created: true, prescription: p });
        expect(await store.get(p.id)).toEqual(p);
        expect(await store.findByForm(p.formId)).toEqual(p);
        expect(await store.get('P-ZZZZZZ')).toBeUndefined();
        expect(await store.findByForm('form-never-sent')).toBeUndefined();
      });

      it('gives the first prescription back when the same form comes again, and writes nothing for the second', async () => {
        const { store, outbox } = await make();
        const first = testPrescription({ at: T0 });
        const second = testPrescription({ at: at(4), formId: first.formId, comment: 'second' });
        await store.create(first, [afpaCard(first)], [createAudit(first)]);
        const again = await store.create(second, [afpaCard(second)], [createAudit(second)]);
        expect(again).toEqual({ created: false, prescription: first });
        expect(await store.get(second.id)).toBeUndefined();
        expect(await store.listAll()).toEqual([first]);
        expect(pendingFor(outbox, second.id)).toEqual([]);
        expect(await store.auditOf(second.id)).toEqual([]);
      });

      it('creates one prescription when the same form arrives 10 times at once', async () => {
        const { store, outbox } = await make();
        const formId = 'form-double-click-0001';
        const attempts = Array.from({ length: 10 }, (_, i) =>
          testPrescription({ at: at(3, 8), formId, comment: `attempt ${i}` }),
        );
        const results = await Promise.all(
          attempts.map((p) => store.create(p, [afpaCard(p)], [createAudit(p)])),
        );
        expect(results.filter((r) => r.created)).toHaveLength(1);
        const winner = results.find((r) => r.created)!.prescription;
        for (const r of results) expect(r.prescription).toEqual(winner);
        expect((await store.listAll()).map((p) => p.id)).toEqual([winner.id]);
        expect(outbox.due(LATER, 100).map((m) => m.payload['prescriptionId'])).toEqual([winner.id]);
        for (const p of attempts.filter((p) => p.id !== winner.id)) {
          expect(await store.get(p.id)).toBeUndefined();
          expect(await store.auditOf(p.id)).toEqual([]);
        }
        expect((await store.listByReferent(referentKey(REFERENT), { offset: 0, limit: 20 })).total).toBe(1);
      });

      it('refuses a second prescription with a reference already used by another form, and keeps the first', async () => {
        const { store, outbox } = await make();
        const first = testPrescription({ at: T0 });
        const clash = testPrescription({
          at: at(4),
          id: first.id,
          formId: 'form-another-one',
          comment: 'clash',
        });
        await store.create(first, [afpaCard(first)], []);
        const error = await failureOf(() => store.create(clash, [afpaCard(clash, 'clash-message-1')], []));
        expect(error).toBeInstanceOf(Error);
        expect(await store.get(first.id)).toEqual(first);
        expect(await store.findByForm('form-another-one')).toBeUndefined();
        expect(outbox.get('clash-message-1')).toBeUndefined();
      });
    });

    describe('lists', () => {
      it("lists a référent's prescriptions newest first, by page, with the total", async () => {
        const { store } = await make();
        const mine = Array.from({ length: 7 }, (_, i) =>
          testPrescription({ at: at(3 + i), referent: i % 2 === 0 ? ALICE : ALICE_NEW_TEAMS_ID }),
        );
        const others = [
          testPrescription({ at: at(4, 9), referent: BOB }),
          testPrescription({ at: at(20), referent: BOB }),
        ];
        for (const p of [...mine, ...others].sort((a, b) => a.createdAt.localeCompare(b.createdAt)))
          await store.create(p, [], []);
        const newestFirst = [...mine].reverse().map((p) => p.id);
        const page = async (offset: number, limit: number) => {
          const result = await store.listByReferent('aad-alice', { offset, limit });
          return { ids: result.items.map((p) => p.id), total: result.total };
        };
        expect(await page(0, 3)).toEqual({ ids: newestFirst.slice(0, 3), total: 7 });
        expect(await page(3, 3)).toEqual({ ids: newestFirst.slice(3, 6), total: 7 });
        expect(await page(6, 3)).toEqual({ ids: newestFirst.slice(6), total: 7 });
        expect(await page(9, 3)).toEqual({ ids: [], total: 7 });
        expect(await page(0, 50)).toEqual({ ids: newestFirst, total: 7 });
      });

      it('keeps référents apart: filed by Entra id when Teams gives one, by Teams id otherwise', async () => {
        const { store } = await make();
        const alice = testPrescription({ at: at(3), referent: ALICE });
        const bob = testPrescription({ at: at(4), referent: BOB });
        for (const p of [alice, bob]) await store.create(p, [], []);
        const ids = async (key: string) =>
          (await store.listByReferent(key, { offset: 0, limit: 10 })).items.map((p) => p.id);
        expect(referentKey(ALICE)).toBe('aad-alice');
        expect(await ids('aad-alice')).toEqual([alice.id]);
        expect(await ids('29:bob')).toEqual([bob.id]);
        // Alice's Teams id is not the key her prescriptions are filed under.
        expect(await ids('29:alice')).toEqual([]);
        expect(await store.listByReferent('nobody', { offset: 0, limit: 10 })).toEqual({
          items: [],
          total: 0,
        });
      });

      it('lists open prescriptions oldest first, without the closed ones, by page', async () => {
        const { store } = await make();
        const statuses: Status[] = [
          'envoyee',
          'recue',
          'entretien',
          'entree',
          'sortie',
          'refusee',
          'abandon',
          'annulee',
          'expiree',
        ];
        const all = statuses.map((status, i) =>
          status === 'envoyee'
            ? testPrescription({ at: at(20 - i) })
            : testPrescription({ at: at(20 - i), then: [{ status, at: at(21) }] }),
        );
        // Created in an order that is not their age.
        for (const p of [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt)))
          await store.create(p, [], []);
        const expected = all
          .filter((p) => ['envoyee', 'recue', 'entretien', 'entree'].includes(currentStatus(p)))
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .map((p) => p.id);
        const first = await store.listOpen({ offset: 0, limit: 3 });
        const second = await store.listOpen({ offset: 3, limit: 3 });
        expect(first.total).toBe(4);
        expect(second.total).toBe(4);
        expect([...first.items, ...second.items].map((p) => p.id)).toEqual(expected);
      });

      it('takes a prescription out of the open and waiting lists once its status is final', async () => {
        const { store } = await make();
        const p = testPrescription({ at: T0 });
        await store.create(p, [], []);
        expect((await store.listWaiting()).map((w) => w.id)).toEqual([p.id]);
        await store.update(p.id, (current) => ({
          prescription: moved(current, 'recue', at(4)),
          result: null,
        }));
        expect((await store.listWaiting()).map((w) => w.id)).toEqual([]);
        expect((await store.listOpen({ offset: 0, limit: 10 })).total).toBe(1);
        await store.update(p.id, (current) => ({
          prescription: moved(current, 'refusee', at(5), { reason: 'criteres' }),
          result: null,
        }));
        expect(await store.listOpen({ offset: 0, limit: 10 })).toEqual({ items: [], total: 0 });
      });

      it('lists as waiting only the prescriptions AFPA has not acknowledged', async () => {
        const { store } = await make();
        const waiting = testPrescription({ at: at(3) });
        const received = testPrescription({ at: at(4), then: [{ status: 'recue' }] });
        const cancelled = testPrescription({ at: at(5), then: [{ status: 'annulee', actor: 'referent' }] });
        for (const p of [waiting, received, cancelled]) await store.create(p, [], []);
        expect((await store.listWaiting()).map((p) => p.id)).toEqual([waiting.id]);
      });

      it('lists created between two instants, the first included and the second excluded, oldest first', async () => {
        const { store } = await make();
        const from = '2027-05-10T22:00:00.000Z';
        const to = '2027-05-12T22:00:00.000Z';
        const cases: Array<[string, boolean]> = [
          ['2027-05-10T21:59:59.999Z', false],
          ['2027-05-10T22:00:00.000Z', true],
          ['2027-05-11T12:00:00.000Z', true],
          ['2027-05-12T21:59:59.999Z', true],
          ['2027-05-12T22:00:00.000Z', false],
        ];
        const created = cases.map(([when]) => testPrescription({ at: when }));
        for (const p of [...created].reverse()) await store.create(p, [], []);
        const expected = created.filter((_, i) => cases[i]![1]).map((p) => p.id);
        expect((await store.listCreatedBetween(from, to)).map((p) => p.id)).toEqual(expected);
        expect(await store.listCreatedBetween(to, '2027-05-13T00:00:00.000Z')).toHaveLength(1);
        expect(
          await store.listCreatedBetween('2027-06-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z'),
        ).toEqual([]);
      });

      it('lists as idle those whose last event is strictly older than the instant, and never an erased one', async () => {
        const { store } = await make();
        const before = '2029-05-03T08:00:00.000Z';
        const old = testPrescription({ at: '2027-01-10T08:00:00.000Z' });
        const exactly = testPrescription({ at: before });
        const justBefore = testPrescription({ at: '2029-05-03T07:59:59.999Z' });
        // Created long ago, but something happened since.
        const revived = testPrescription({
          at: '2027-01-10T08:00:00.000Z',
          then: [{ status: 'recue', at: '2029-06-01T08:00:00.000Z' }],
        });
        const erased = testPrescription({
          at: '2027-01-10T08:00:00.000Z',
          erasedAt: '2029-01-01T00:00:00.000Z',
        });
        for (const p of [old, exactly, justBefore, revived, erased]) await store.create(p, [], []);
        expect((await store.listIdleSince(before)).sort()).toEqual([old.id, justBefore.id].sort());
        // Erased by an update: no longer listed.
        await store.update(old.id, (p) => ({
          prescription: { ...p, erasedAt: '2029-05-03T08:00:00.000Z' },
          result: null,
        }));
        expect(await store.listIdleSince(before)).toEqual([justBefore.id]);
      });

      it('lists every prescription', async () => {
        const { store } = await make();
        const ps = [
          testPrescription({ at: at(3), referent: ALICE }),
          testPrescription({ at: at(4), referent: BOB }),
        ];
        for (const p of ps) await store.create(p, [], []);
        expect((await store.listAll()).map((p) => p.id).sort()).toEqual(ps.map((p) => p.id).sort());
      });
    });

    describe('update', () => {
      it('serialises changes of one prescription: 50 concurrent appends all count', async () => {
        const { store } = await make();
        const p = testPrescription({ at: T0, then: [{ status: 'recue', at: at(4) }] });
        await store.create(p, [], []);
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            store.update(p.id, (current) => ({
              prescription: moved(current, 'entretien', at(5), { date: '2027-05-20', comment: `n°${i}` }),
              result: current.history.length,
            })),
          ),
        );
        // Each change saw the one before it.
        expect([...results].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
        const final = (await store.get(p.id))!;
        expect(final.history).toHaveLength(52);
        expect(new Set(final.history.map((h) => h.comment).filter(Boolean)).size).toBe(50);
      });

      it('writes nothing when the change only returns a result', async () => {
        const harness = await make();
        const { store, outbox } = harness;
        const p = testPrescription({ at: T0 });
        await store.create(p, [afpaCard(p)], [createAudit(p)]);
        const writes = harness.writeCount?.();
        const pending = outbox.pendingCount();
        const audit = await store.auditOf(p.id);
        const result = await store.update(p.id, () => ({ result: 'unchanged' as const }));
        expect(result).toBe('unchanged');
        expect(await store.get(p.id)).toEqual(p);
        expect(outbox.pendingCount()).toBe(pending);
        expect(await store.auditOf(p.id)).toEqual(audit);
        if (writes !== undefined) expect(harness.writeCount!()).toBe(writes);
      });

      it('answers undefined for an unknown prescription without calling the change', async () => {
        const { store } = await make();
        let called = false;
        const result = await store.update('P-ZZZZZZ', () => {
          called = true;
          return { result: 1 };
        });
        expect(result).toBeUndefined();
        expect(called).toBe(false);
      });

      it('leaves the prescription as it was when the change throws, and goes on with the next change', async () => {
        const { store } = await make();
        const p = testPrescription({ at: T0 });
        await store.create(p, [], []);
        const failing = store.update(p.id, () => {
          throw new Error('refused');
        });
        const next = store.update(p.id, (current) => ({
          prescription: moved(current, 'recue', at(4)),
          result: 'ok',
        }));
        await expect(failing).rejects.toThrow('refused');
        expect(await next).toBe('ok');
        expect((await store.get(p.id))!.history.map((h) => h.status)).toEqual(['envoyee', 'recue']);
      });

      it('writes the messages and audit lines of a change with it', async () => {
        const { store, outbox } = await make();
        const p = testPrescription({ at: T0 });
        await store.create(p, [], []);
        const message = newMessage(
          { kind: 'user', userId: REFERENT.id },
          { type: 'prescription-status', prescriptionId: p.id, historyIndex: 1 },
          new Date(at(4)),
          'status-message-0001',
        );
        await store.update(p.id, (current) => ({
          prescription: moved(current, 'recue', at(4)),
          messages: [message],
          audit: [auditEntry(STAFF, 'change', [p.id], new Date(at(4)), 'statut : recue')],
          result: null,
        }));
        expect(outbox.get('status-message-0001')).toEqual(message);
        expect(outbox.due(LATER).map((m) => m.id)).toEqual(['status-message-0001']);
        expect((await store.auditOf(p.id)).map((e) => e.action)).toEqual(['change']);
      });
    });

    describe('messages and crash safety', () => {
      it('shows the messages of a creation only once its commit is written', async (context) => {
        const harness = await make();
        if (!harness.holdWrites) return context.skip();
        const { store, outbox } = harness;
        const p = testPrescription({ at: T0 });
        const { reached, release } = harness.holdWrites();
        const creating = store.create(p, [afpaCard(p, 'card-message-0001')], [createAudit(p)]);
        await reached;
        expect(outbox.due(LATER)).toEqual([]);
        expect(outbox.get('card-message-0001')).toBeUndefined();
        expect(await store.get(p.id)).toBeUndefined();
        release();
        await creating;
        expect(outbox.due(LATER).map((m) => m.id)).toEqual(['card-message-0001']);
        expect(await store.get(p.id)).toEqual(p);
      });

      it('shows the messages of an update only once its commit is written', async (context) => {
        const harness = await make();
        if (!harness.holdWrites) return context.skip();
        const { store, outbox } = harness;
        const p = testPrescription({ at: T0 });
        await store.create(p, [], []);
        const message = newMessage(
          { kind: 'afpa' },
          { type: 'x', prescriptionId: p.id },
          NOW,
          'update-message-01',
        );
        const { reached, release } = harness.holdWrites();
        const updating = store.update(p.id, (current) => ({
          prescription: moved(current, 'recue', at(4)),
          messages: [message],
          result: null,
        }));
        await reached;
        expect(outbox.get('update-message-01')).toBeUndefined();
        expect(currentStatus((await store.get(p.id))!)).toBe('envoyee');
        release();
        await updating;
        expect(outbox.due(LATER).map((m) => m.id)).toEqual(['update-message-01']);
      });

      it('writes neither the prescription nor its messages when one part of the commit cannot be written', async () => {
        const { store, outbox } = await make();
        const p = testPrescription({ at: T0 });
        const bad = {
          ...afpaCard(p, 'bad-message-00001'),
          payload: { type: 'x', n: 1n as unknown as number },
        };
        const error = await failureOf(() =>
          store.create(p, [afpaCard(p, 'good-message-0001'), bad], [createAudit(p)]),
        );
        expect(error).toBeInstanceOf(Error);
        expect(await store.get(p.id)).toBeUndefined();
        expect(await store.findByForm(p.formId)).toBeUndefined();
        expect(outbox.get('good-message-0001')).toBeUndefined();
        expect(await store.auditOf(p.id)).toEqual([]);
        // The same form can then be sent again.
        expect((await store.create(p, [afpaCard(p)], [])).created).toBe(true);

        const updateError = await failureOf(() =>
          store.update(p.id, (current) => ({
            prescription: moved(current, 'recue', at(4)),
            messages: [bad],
            result: null,
          })),
        );
        expect(updateError).toBeInstanceOf(Error);
        expect(currentStatus((await store.get(p.id))!)).toBe('envoyee');
        expect(outbox.get('bad-message-00001')).toBeUndefined();
      });

      it('finds the prescriptions, their messages and audit lines again after a restart', async (context) => {
        const harness = await make();
        if (!harness.reopen) return context.skip();
        const { store } = harness;
        const p = testPrescription({ at: T0, referent: ALICE });
        const closed = testPrescription({
          at: at(4),
          referent: ALICE,
          then: [{ status: 'annulee', actor: 'referent' }],
        });
        await store.create(p, [afpaCard(p, 'restart-card-0001')], [createAudit(p)]);
        await store.create(closed, [], []);
        const status = newMessage(
          { kind: 'user', userId: ALICE.id },
          { type: 's', prescriptionId: p.id },
          NOW,
          'restart-status-01',
        );
        await store.update(p.id, (current) => ({
          prescription: moved(current, 'recue', at(5)),
          messages: [status],
          audit: [auditEntry(STAFF, 'change', [p.id], new Date(at(5)))],
          result: null,
        }));

        const again = await harness.reopen();
        expect(await again.store.get(p.id)).toEqual(moved(p, 'recue', at(5)));
        expect((await again.store.findByForm(closed.formId))?.id).toBe(closed.id);
        expect(
          again.outbox
            .due(LATER)
            .map((m) => m.id)
            .sort(),
        ).toEqual(['restart-card-0001', 'restart-status-01']);
        expect((await again.store.auditOf(p.id)).map((e) => e.action)).toEqual(['create', 'change']);
        expect(
          (await again.store.listByReferent('aad-alice', { offset: 0, limit: 5 })).items.map((x) => x.id),
        ).toEqual([closed.id, p.id]);
        expect((await again.store.listOpen({ offset: 0, limit: 5 })).items.map((x) => x.id)).toEqual([p.id]);
        expect(await again.store.listWaiting()).toEqual([]);
        // The same form after the restart is still the same prescription.
        expect((await again.store.create({ ...p, id: 'P-222222' }, [], [])).created).toBe(false);
      });
    });

    describe('audit', () => {
      it('returns the audit lines of one prescription, oldest first, shared lines included', async () => {
        const { store } = await make();
        const p = testPrescription({ at: T0 });
        const other = testPrescription({ at: at(4) });
        await store.create(p, [], [createAudit(p)]);
        await store.create(other, [], [createAudit(other)]);
        await store.audit([auditEntry(STAFF, 'export', [p.id, other.id], new Date(at(7)))]);
        await store.audit([auditEntry(STAFF, 'read', [p.id], new Date(at(6)))]);
        await store.update(p.id, (current) => ({
          prescription: moved(current, 'recue', at(8)),
          audit: [auditEntry(STAFF, 'change', [p.id], new Date(at(8)), 'statut : recue')],
          result: null,
        }));
        const lines = await store.auditOf(p.id);
        expect(lines.map((e) => [e.action, e.at])).toEqual([
          ['create', T0],
          ['read', at(6)],
          ['export', at(7)],
          ['change', at(8)],
        ]);
        expect(lines[3]).toEqual({
          at: at(8),
          actor: STAFF,
          action: 'change',
          prescriptionIds: [p.id],
          detail: 'statut : recue',
        });
        expect((await store.auditOf(other.id)).map((e) => e.action)).toEqual(['create', 'export']);
        expect(await store.auditOf('P-ZZZZZZ')).toEqual([]);
      });

      it('adds nothing personal to the audit lines it is given', async () => {
        const { store } = await make();
        const p = testPrescription({ at: T0 });
        await store.create(p, [afpaCard(p)], [createAudit(p)]);
        await store.update(p.id, (current) => ({
          prescription: moved(current, 'recue', at(4), { comment: 'Appeler Marie Dupont au 06 12 34 56 78' }),
          audit: [auditEntry(STAFF, 'change', [p.id], new Date(at(4)), 'statut : recue')],
          result: null,
        }));
        const text = JSON.stringify(await store.auditOf(p.id));
        for (const personal of [
          p.person.lastName,
          p.person.firstName,
          p.person.phone,
          p.person.email,
          p.person.town,
          p.person.birthDate,
        ])
          expect(text).not.toContain(personal);
      });
    });
  });
}
