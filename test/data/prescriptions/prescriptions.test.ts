import { describe, expect, it } from 'vitest';
import { Habilitations } from '../../../data/access/habilitations.js';
import { rolesOf, type AccessLists, type Person } from '../../../data/access/roles.js';
import { Outbox, type OutboxMessage } from '../../../data/outbox/outbox.js';
import { currentStatus, PrescriptionSchema, type Prescription } from '../../../data/prescriptions/model.js';
import {
  DocumentPrescriptionStore,
  type AuditEntry,
} from '../../../data/prescriptions/prescription-store.js';
import {
  NOTICES,
  Prescriptions,
  SYSTEM,
  type SubmitResult,
} from '../../../data/prescriptions/prescriptions.js';
import { Reasons } from '../../../data/prescriptions/reasons.js';
import { MemoryDocumentStore } from '../../../data/store/document-store.js';
import { recordingDocumentStore, REFERENT, testClock } from '../../factories.js';
import { CAMPAIGN, PEC_BASE, PREPA_BASE, PROMO_BASE, SESSIONS } from './form-cases.js';

/** Monday 3 May 2027, 10:00 in Paris: no change of clocks until October. */
const T0 = '2027-05-03T08:00:00.000Z';
const DAY = 86_400_000;

const STAFF = { id: '29:afpa-staff', name: 'Coordinatrice AFPA' };
const ADMIN = { id: '29:admin-teams-id', aadObjectId: 'aad-admin', name: 'Administratrice' };
const OTHER_REFERENT = { id: '29:referent-2', aadObjectId: 'aad-referent-2', name: 'Autre référent' };
const ACCESS: AccessLists = { afpaStaffIds: [STAFF.id], adminIds: [ADMIN.aadObjectId], referentIds: [] };

/** A person whose every personal value is distinctive, so that a search for it finds nothing else. */
const FORM: Record<string, string> = {
  ...PREPA_BASE,
  nom: 'Delacroix-Sébire',
  prenom: 'Aurélie',
  naissance: '1986-07-14',
  telephone: '0698765432',
  email: 'aurelie.ds@exemple.fr',
  commune: 'Lafrançaise',
  commentaire: 'Joignable après 17 h, interphone 4521',
  autre: 'true',
  autrePrecision: 'Garde alternée le mercredi',
};
const PERSONAL = [
  'Delacroix',
  'Sébire',
  'Aurélie',
  '1986-07-14',
  '06 98 76 54 32',
  '0698765432',
  'aurelie.ds@exemple.fr',
  'Lafrançaise',
  'interphone',
  'Garde alternée',
];
const BILAN = 'Bilan : projet de magasinage confirmé, entrée en formation qualifiante visée.';

async function setup(start = T0) {
  const time = testClock(start);
  const memory = new MemoryDocumentStore();
  const docs = recordingDocumentStore(memory);
  const outbox = await Outbox.open(docs);
  const reasons = await Reasons.open(docs);
  const habilitations = await Habilitations.open(docs);
  await habilitations.grant(REFERENT, STAFF.name, time.clock());
  await habilitations.grant(OTHER_REFERENT, STAFF.name, time.clock());
  const store = await DocumentPrescriptionStore.open(docs, outbox);
  const service = new Prescriptions({
    store,
    reasons,
    clock: time.clock,
    campaign: () => CAMPAIGN,
    sessions: async () => SESSIONS,
    delays: { reminderDays: 10, expiryDays: 30 },
    retentionMonths: 24,
  });
  const roles = (person: Person) => rolesOf(person, ACCESS, (ids) => habilitations.isHabilitated(ids));
  const commits = () => docs.commits.length;
  const memoryCommitCollections = () =>
    docs.commits.map((c) => [...new Set(c.map((x) => x.collection))].sort());
  const messagesFor = (id: string): OutboxMessage[] =>
    outbox
      .findPending((m) => m.payload['prescriptionId'] === id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const audit = async (): Promise<AuditEntry[]> => [...(await memory.all<AuditEntry>('audit')).values()];
  return {
    time,
    memory,
    outbox,
    reasons,
    store,
    service,
    roles,
    commits,
    memoryCommitCollections,
    messagesFor,
    audit,
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;

let forms = 0;
/** Submits `data` from `referent` with a fresh form id and returns the created prescription. */
async function submitted(
  s: Setup,
  data: Record<string, string> = FORM,
  referent = REFERENT,
): Promise<Prescription> {
  const result = await s.service.submit(`form-${++forms}-abcdef`, data, referent);
  if (result.outcome !== 'created') throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.prescription;
}

/** AFPA moves a prescription through `steps`, the clock set to each step's instant. */
async function afpaMoves(
  s: Setup,
  id: string,
  steps: Array<[string, Parameters<Prescriptions['transition']>[1]]>,
) {
  for (const [when, request] of steps) {
    s.time.set(when);
    const result = await s.service.transition(id, request, STAFF, s.roles(STAFF));
    if (result.kind !== 'done') throw new Error(`${request.to}: ${JSON.stringify(result)}`);
  }
}

describe('Prescriptions.submit', () => {
  it('creates the prescription, tells AFPA once and audits the creation', async () => {
    const s = await setup();
    const result = await s.service.submit('form-first-0001', FORM, { ...REFERENT, tenantId: 'tenant-1' });
    expect(result.outcome).toBe('created');
    const p = (result as Extract<SubmitResult, { outcome: 'created' }>).prescription;
    expect(() => PrescriptionSchema.parse(p)).not.toThrow();
    expect(p).toMatchObject({
      formId: 'form-first-0001',
      dispositif: 'prepa-competences',
      volet: 'volet-1',
      session: null,
      person: {
        lastName: 'Delacroix-Sébire',
        firstName: 'Aurélie',
        phone: '06 98 76 54 32',
        town: 'Lafrançaise',
      },
      referent: { ...REFERENT, tenantId: 'tenant-1' },
      createdAt: T0,
      reminders: [],
    });
    expect(p.history).toEqual([{ at: T0, status: 'envoyee', actor: 'referent', by: REFERENT }]);
    expect(await s.service.get(p.id)).toEqual(p);

    const messages = s.outbox.due(new Date(T0), 100);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      recipient: { kind: 'afpa' },
      payload: { type: NOTICES.afpaCard, prescriptionId: p.id },
      state: 'pending',
      attempts: 0,
    });
    const audit = await s.store.auditOf(p.id);
    expect(audit).toEqual([{ at: T0, actor: REFERENT, action: 'create', prescriptionIds: [p.id] }]);
    // The prescription, its message and its audit line in one commit (after the two habilitations).
    expect(s.commits()).toBe(3);
    expect(s.memoryCommitCollections().at(-1)).toEqual(['audit', 'outbox', 'prescriptions']);
  });

  it('gives the first prescription back for the same form, with no new message nor write', async () => {
    const s = await setup();
    const first = await s.service.submit('form-twice-00001', FORM, REFERENT);
    const writes = s.commits();
    s.time.advance({ hours: 1 });
    const again = await s.service.submit('form-twice-00001', { ...FORM, nom: 'Autre' }, REFERENT);
    expect(again).toEqual({
      outcome: 'already',
      prescription: (first as { prescription: Prescription }).prescription,
    });
    expect(s.commits()).toBe(writes);
    expect(s.outbox.pendingCount()).toBe(1);
  });

  it('makes one prescription of five submissions of one form at once', async () => {
    const s = await setup();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => s.service.submit('form-clicks-00001', FORM, REFERENT)),
    );
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'already')).toHaveLength(4);
    const ids = new Set(results.map((r) => (r as { prescription: Prescription }).prescription.id));
    expect(ids.size).toBe(1);
    expect(s.outbox.pendingCount()).toBe(1);
    expect((await s.store.listAll()).length).toBe(1);
  });

  it.each([
    ['a form error', { ...FORM, nom: '' }, 'invalid'],
    ['no consent', { ...FORM, adhesion: 'false' }, 'invalid'],
    ['a full session', { ...FORM, session: 'prepa-complete' }, 'invalid'],
    [
      'registered with France Travail, no RSA',
      { ...FORM, rsa: 'non', accompagne: 'non', franceTravail: 'oui' },
      'refused',
    ],
    ['too young for Prépa Compétences', { ...FORM, naissance: '2010-01-01' }, 'refused'],
    ['PEC without a PEC contract', { ...PEC_BASE, pec: 'non' }, 'refused'],
  ])('writes nothing for %s', async (_name, data, outcome) => {
    const s = await setup();
    const writes = s.commits();
    const result = await s.service.submit('form-rejected-001', data, REFERENT);
    expect(result.outcome).toBe(outcome);
    expect(s.commits()).toBe(writes);
    expect(await s.store.listAll()).toEqual([]);
    expect(s.outbox.pendingCount()).toBe(0);
    expect(await s.store.findByForm('form-rejected-001')).toBeUndefined();
  });

  it('keeps the chosen entry session on the prescription', async () => {
    const s = await setup();
    const p = await submitted(s, { ...PROMO_BASE, session: 'promo-septembre' });
    expect(p.session).toMatchObject({ id: 'promo-septembre', start: '2027-09-06' });
  });
});

describe('Prescriptions.transition', () => {
  it('lets AFPA staff move it on: history appended, the référent told, the AFPA card updated', async () => {
    const s = await setup();
    const p = await submitted(s);
    s.time.set('2027-05-04T07:30:00.000Z');
    const before = s.messagesFor(p.id).map((m) => m.id);
    const result = await s.service.transition(
      p.id,
      { to: 'recue', comment: ' Reçue ' },
      STAFF,
      s.roles(STAFF),
    );
    expect(result.kind).toBe('done');
    const stored = (await s.service.get(p.id))!;
    expect(stored.history).toEqual([
      p.history[0],
      { at: '2027-05-04T07:30:00.000Z', status: 'recue', actor: 'afpa', by: STAFF, comment: 'Reçue' },
    ]);
    const added = s.messagesFor(p.id).filter((m) => !before.includes(m.id));
    expect(added.map((m) => [m.recipient, m.payload])).toEqual([
      [
        { kind: 'user', userId: REFERENT.id },
        { type: NOTICES.referentStatus, prescriptionId: p.id, historyIndex: 1 },
      ],
      [{ kind: 'afpa' }, { type: NOTICES.afpaCardUpdate, prescriptionId: p.id }],
    ]);
    expect((await s.store.auditOf(p.id)).at(-1)).toEqual({
      at: '2027-05-04T07:30:00.000Z',
      actor: STAFF,
      action: 'change',
      prescriptionIds: [p.id],
      detail: 'statut : recue',
    });
  });

  it('lets an administrator, known by their Entra id, act as AFPA', async () => {
    const s = await setup();
    const p = await submitted(s);
    expect([...s.roles(ADMIN)].sort()).toEqual(['admin', 'afpa']);
    const result = await s.service.transition(
      p.id,
      { to: 'refusee', reason: 'complet' },
      ADMIN,
      s.roles(ADMIN),
    );
    expect(result.kind).toBe('done');
    expect(currentStatus((await s.service.get(p.id))!)).toBe('refusee');
  });

  it('follows a prescription to its end with the bilan', async () => {
    const s = await setup();
    const p = await submitted(s);
    await afpaMoves(s, p.id, [
      ['2027-05-04T08:00:00.000Z', { to: 'recue' }],
      ['2027-05-05T08:00:00.000Z', { to: 'entretien', date: '2027-05-10' }],
      ['2027-05-10T08:00:00.000Z', { to: 'entree', date: '2027-05-10' }],
      ['2027-05-21T08:00:00.000Z', { to: 'sortie', date: '2027-05-21', bilan: BILAN }],
    ]);
    const done = (await s.service.get(p.id))!;
    expect(done.history.map((h) => h.status)).toEqual(['envoyee', 'recue', 'entretien', 'entree', 'sortie']);
    expect(done.history.at(-1)).toMatchObject({ date: '2027-05-21', bilan: BILAN });
    // Each step told the référent, with the index of the step.
    const toReferent = s.messagesFor(p.id).filter((m) => m.recipient.kind === 'user');
    expect(toReferent.map((m) => m.payload['historyIndex'])).toEqual([1, 2, 3, 4]);
    expect((await s.service.listOpen(0, 10)).total).toBe(0);
  });

  it('refuses a move that misses what it needs, and writes nothing', async () => {
    const s = await setup();
    const p = await submitted(s);
    await afpaMoves(s, p.id, [[T0, { to: 'recue' }]]);
    const writes = s.commits();
    const result = await s.service.transition(p.id, { to: 'entree' }, STAFF, s.roles(STAFF));
    expect(result).toMatchObject({ kind: 'invalid', problems: [{ field: 'date' }] });
    const refusal = await s.service.transition(
      p.id,
      { to: 'refusee', reason: 'pas-un-motif' },
      STAFF,
      s.roles(STAFF),
    );
    expect(refusal).toMatchObject({ kind: 'invalid', problems: [{ field: 'reason' }] });
    expect(s.commits()).toBe(writes);
  });

  it('refuses a reason AFPA retired from the list', async () => {
    const s = await setup();
    const p = await submitted(s);
    await s.reasons.retire('refusal', 'complet');
    const result = await s.service.transition(
      p.id,
      { to: 'refusee', reason: 'complet' },
      STAFF,
      s.roles(STAFF),
    );
    expect(result).toMatchObject({ kind: 'invalid', problems: [{ field: 'reason' }] });
  });

  it('lets the référent cancel their own prescription while it is « envoyée »; AFPA’s card shows it, the référent gets no message about their own act', async () => {
    const s = await setup();
    const p = await submitted(s);
    expect([...s.roles(REFERENT)]).toEqual(['referent']);
    s.time.advance({ hours: 2 });
    const result = await s.service.transition(p.id, { to: 'annulee' }, REFERENT, s.roles(REFERENT));
    expect(result.kind).toBe('done');
    const stored = (await s.service.get(p.id))!;
    expect(stored.history.at(-1)).toMatchObject({ status: 'annulee', actor: 'referent', by: REFERENT });
    expect(s.messagesFor(p.id).map((m) => m.payload.type)).toEqual([
      NOTICES.afpaCard,
      NOTICES.afpaCardUpdate,
    ]);
  });

  it('recognises the référent by their Entra id when Teams gives them another id', async () => {
    const s = await setup();
    const p = await submitted(s);
    const sameReferent = { ...REFERENT, id: '29:referent-1-new' };
    const result = await s.service.transition(p.id, { to: 'annulee' }, sameReferent, s.roles(sameReferent));
    expect(result.kind).toBe('done');
  });

  it('does not let the référent cancel once AFPA has received it, nor do what AFPA does', async () => {
    const s = await setup();
    const p = await submitted(s);
    const early = await s.service.transition(p.id, { to: 'recue' }, REFERENT, s.roles(REFERENT));
    expect(early).toMatchObject({ kind: 'invalid', problems: [{ field: 'status' }] });
    await afpaMoves(s, p.id, [['2027-05-04T08:00:00.000Z', { to: 'recue' }]]);
    const writes = s.commits();
    const late = await s.service.transition(p.id, { to: 'annulee' }, REFERENT, s.roles(REFERENT));
    expect(late).toMatchObject({
      kind: 'invalid',
      problems: [{ field: 'status', message: expect.stringContaining('L’AFPA a déjà reçu') }],
    });
    expect(currentStatus((await s.service.get(p.id))!)).toBe('recue');
    expect(s.commits()).toBe(writes);
  });

  it('answers not-found to another référent, for a read and a change, and changes nothing', async () => {
    const s = await setup();
    const p = await submitted(s);
    const writes = s.commits();
    const roles = s.roles(OTHER_REFERENT);
    expect([...roles]).toEqual(['referent']);
    expect(await s.service.read(p.id, OTHER_REFERENT, roles)).toBeUndefined();
    expect(await s.service.transition(p.id, { to: 'annulee' }, OTHER_REFERENT, roles)).toEqual({
      kind: 'not-found',
    });
    expect(await s.service.transition(p.id, { to: 'recue' }, OTHER_REFERENT, roles)).toEqual({
      kind: 'not-found',
    });
    expect(s.commits()).toBe(writes);
    expect(await s.service.get(p.id)).toEqual(p);
    expect((await s.service.listMine(OTHER_REFERENT, 0, 10)).total).toBe(0);
    // The same answer as for a prescription that does not exist.
    expect(await s.service.transition('P-ZZZZZZ', { to: 'recue' }, STAFF, s.roles(STAFF))).toEqual({
      kind: 'not-found',
    });
  });

  it('audits the reads of the référent and of AFPA', async () => {
    const s = await setup();
    const p = await submitted(s);
    s.time.advance({ hours: 1 });
    expect(await s.service.read(p.id, REFERENT, s.roles(REFERENT))).toEqual(p);
    s.time.advance({ hours: 1 });
    expect(await s.service.read(p.id, STAFF, s.roles(STAFF))).toEqual(p);
    const reads = (await s.store.auditOf(p.id)).filter((e) => e.action === 'read');
    expect(reads.map((e) => e.actor.id)).toEqual([REFERENT.id, STAFF.id]);
  });

  it("lists a référent's own prescriptions only", async () => {
    const s = await setup();
    const mine = await submitted(s);
    const theirs = await submitted(s, FORM, OTHER_REFERENT);
    expect((await s.service.listMine(REFERENT, 0, 10)).items.map((p) => p.id)).toEqual([mine.id]);
    expect((await s.service.listMine(OTHER_REFERENT, 0, 10)).items.map((p) => p.id)).toEqual([theirs.id]);
  });
});

describe('Prescriptions.followUp: reminders at 10 and 20 days, expiry at 30', () => {
  it('reminds AFPA on day 10 and day 20, then expires on day 30 and tells the référent', async () => {
    const s = await setup();
    const p = await submitted(s);
    const at = (days: number, ms = 0) => s.time.set(new Date(Date.parse(T0) + days * DAY + ms).toISOString());
    const reminders = () => s.messagesFor(p.id).filter((m) => m.payload.type === NOTICES.afpaReminder);

    const steps: Array<
      [days: number, ms: number, expected: { reminded: number; expired: number }, count: number]
    > = [
      [9, 0, { reminded: 0, expired: 0 }, 0],
      [10, -1, { reminded: 0, expired: 0 }, 0],
      [10, 0, { reminded: 1, expired: 0 }, 1],
      [10, 1000, { reminded: 0, expired: 0 }, 1],
      [19, 0, { reminded: 0, expired: 0 }, 1],
      [20, 0, { reminded: 1, expired: 0 }, 2],
      [29, 0, { reminded: 0, expired: 0 }, 2],
    ];
    for (const [days, ms, expected, count] of steps) {
      at(days, ms);
      expect(await s.service.followUp(), `day ${days}${ms ? ` ${ms} ms` : ''}`).toEqual(expected);
      expect(reminders().map((m) => m.payload['count'])).toEqual(
        Array.from({ length: count }, (_, i) => i + 1),
      );
    }
    expect(reminders().every((m) => m.recipient.kind === 'afpa')).toBe(true);
    expect(currentStatus((await s.service.get(p.id))!)).toBe('envoyee');

    at(30);
    expect(await s.service.followUp()).toEqual({ reminded: 0, expired: 1 });
    const expired = (await s.service.get(p.id))!;
    expect(expired.history.at(-1)).toEqual({
      at: new Date(Date.parse(T0) + 30 * DAY).toISOString(),
      status: 'expiree',
      actor: 'system',
    });
    expect(expired.reminders).toHaveLength(2);
    const last = s.messagesFor(p.id).slice(-2);
    expect(last.map((m) => [m.recipient, m.payload.type])).toEqual([
      [{ kind: 'user', userId: REFERENT.id }, NOTICES.referentStatus],
      [{ kind: 'afpa' }, NOTICES.afpaCardUpdate],
    ]);
    expect((await s.store.auditOf(p.id)).at(-1)).toMatchObject({
      actor: SYSTEM,
      action: 'change',
      detail: 'statut : expiree',
    });
    // Nothing more afterwards.
    at(40);
    expect(await s.service.followUp()).toEqual({ reminded: 0, expired: 0 });
  });

  it('tells each référent of the expiry of their own prescription', async () => {
    const s = await setup();
    const mine = await submitted(s);
    const theirs = await submitted(s, FORM, OTHER_REFERENT);
    s.time.advance({ days: 30 });
    expect(await s.service.followUp()).toEqual({ reminded: 0, expired: 2 });
    const statusTo = (id: string) =>
      s
        .messagesFor(id)
        .filter((m) => m.payload.type === NOTICES.referentStatus)
        .map((m) => m.recipient);
    expect(statusTo(mine.id)).toEqual([{ kind: 'user', userId: REFERENT.id }]);
    expect(statusTo(theirs.id)).toEqual([{ kind: 'user', userId: OTHER_REFERENT.id }]);
  });

  it('leaves alone what AFPA acknowledged or the référent cancelled', async () => {
    const s = await setup();
    const received = await submitted(s);
    const cancelled = await submitted(s);
    await afpaMoves(s, received.id, [[T0, { to: 'recue' }]]);
    await s.service.transition(cancelled.id, { to: 'annulee' }, REFERENT, s.roles(REFERENT));
    const writes = s.commits();
    for (const days of [10, 20, 30, 60]) {
      s.time.set(new Date(Date.parse(T0) + days * DAY).toISOString());
      expect(await s.service.followUp()).toEqual({ reminded: 0, expired: 0 });
    }
    expect(s.commits()).toBe(writes);
  });
});

describe('Prescriptions.purge: personal fields erased 24 months after the last event', () => {
  it('erases only the idle ones, keeps what the indicators need, and does it once', async () => {
    const s = await setup();
    const idle = await submitted(s);
    const active = await submitted(s);
    await afpaMoves(s, active.id, [['2027-09-01T08:00:00.000Z', { to: 'recue' }]]);
    s.time.set('2028-01-10T09:00:00.000Z');
    const recent = await submitted(s, PROMO_BASE);

    // Exactly 24 months after its last event: not yet.
    s.time.set('2029-05-03T08:00:00.000Z');
    expect(await s.service.purge({ dryRun: true })).toEqual({ ids: [] });
    s.time.set('2029-05-03T08:00:00.001Z');
    const writes = s.commits();
    expect(await s.service.purge({ dryRun: true })).toEqual({ ids: [idle.id] });
    expect(s.commits()).toBe(writes);
    expect(await s.service.get(idle.id)).toEqual(idle);

    s.time.set('2029-06-01T08:00:00.000Z');
    expect(await s.service.purge()).toEqual({ ids: [idle.id] });
    const erased = (await s.service.get(idle.id))!;
    expect(erased.erasedAt).toBe('2029-06-01T08:00:00.000Z');
    expect(erased).toMatchObject({
      id: idle.id,
      dispositif: idle.dispositif,
      createdAt: idle.createdAt,
      formId: idle.formId,
    });
    expect(erased.history.map((h) => [h.status, h.at])).toEqual(idle.history.map((h) => [h.status, h.at]));
    for (const value of PERSONAL) expect(JSON.stringify(erased)).not.toContain(value);
    expect(await s.service.get(active.id)).toMatchObject({ person: active.person });
    expect(await s.service.get(recent.id)).toEqual(recent);
    expect((await s.store.auditOf(idle.id)).at(-1)).toEqual({
      at: '2029-06-01T08:00:00.000Z',
      actor: SYSTEM,
      action: 'purge',
      prescriptionIds: [idle.id],
    });

    const afterFirst = s.commits();
    expect(await s.service.purge()).toEqual({ ids: [] });
    expect(s.commits()).toBe(afterFirst);

    // Later, the one AFPA received in September 2027 goes too; the 2028 one stays.
    s.time.set('2029-09-02T08:00:00.000Z');
    expect(await s.service.purge()).toEqual({ ids: [active.id] });
    expect(await s.service.get(recent.id)).toEqual(recent);
  });
});

describe('Prescriptions.erase and findPerson', () => {
  async function finished(s: Setup): Promise<Prescription> {
    const p = await submitted(s);
    await afpaMoves(s, p.id, [
      ['2027-05-04T08:00:00.000Z', { to: 'recue', comment: 'Appel à Aurélie Delacroix-Sébire' }],
      [
        '2027-05-05T08:00:00.000Z',
        { to: 'entretien', date: '2027-05-10', comment: 'Entretien au 06 98 76 54 32' },
      ],
      ['2027-05-10T08:00:00.000Z', { to: 'entree', date: '2027-05-10' }],
      [
        '2027-05-21T08:00:00.000Z',
        { to: 'sortie', date: '2027-05-21', bilan: `${BILAN} Aurélie est motivée.` },
      ],
    ]);
    return (await s.service.get(p.id))!;
  }

  it('removes every personal field, and keeps the prescription readable', async () => {
    const s = await setup();
    const p = await finished(s);
    expect(JSON.stringify(p)).toContain('Delacroix');
    s.time.set('2027-06-01T08:00:00.000Z');
    expect(await s.service.erase(p.id, STAFF)).toBe(true);
    const erased = (await s.service.get(p.id))!;
    const text = JSON.stringify(erased);
    for (const value of [...PERSONAL, BILAN, 'motivée']) expect(text, value).not.toContain(value);
    expect(erased.history.some((h) => 'comment' in h || 'bilan' in h)).toBe(false);
    expect(erased.conditions).toEqual({ mobility: false, childcare: false, other: false, otherText: '' });
    expect(erased.comment).toBe('');
    expect(() => PrescriptionSchema.parse(erased)).not.toThrow();
    // What the indicators read stays.
    expect(erased.history.map((h) => [h.status, h.date])).toEqual(p.history.map((h) => [h.status, h.date]));
    expect(erased).toMatchObject({
      id: p.id,
      dispositif: p.dispositif,
      referent: p.referent,
      erasedAt: '2027-06-01T08:00:00.000Z',
    });
    expect((await s.store.auditOf(p.id)).at(-1)).toMatchObject({ actor: STAFF, action: 'erase' });
    // Erasing again does nothing.
    const writes = s.commits();
    expect(await s.service.erase(p.id, STAFF)).toBe(false);
    expect(s.commits()).toBe(writes);
    expect(await s.service.erase('P-ZZZZZZ', STAFF)).toBe(false);
  });

  it('never writes a personal field in the audit trail or the outbox', async () => {
    const s = await setup();
    const p = await finished(s);
    await s.service.read(p.id, STAFF, s.roles(STAFF));
    await s.service.sendDetailTo(p.id, STAFF);
    await s.service.erase(p.id, STAFF);
    const audit = await s.audit();
    expect(audit.length).toBeGreaterThanOrEqual(8);
    const outbox = [...(await s.memory.all<OutboxMessage>('outbox')).values()];
    expect(outbox.length).toBeGreaterThanOrEqual(9);
    const text = JSON.stringify([audit, outbox]);
    for (const value of [...PERSONAL, 'motivée']) expect(text, value).not.toContain(value);
  });

  it.each([
    ['as typed', 'Delacroix-Sébire', 'Aurélie', true],
    ['in capitals without accents', 'DELACROIX-SEBIRE', 'AURELIE', true],
    ['lower case, spaces around', '  delacroix-sébire ', ' aurélie', true],
    ['another first name', 'Delacroix-Sébire', 'Aurore', false],
    ['without the hyphenated part', 'Delacroix', 'Aurélie', false],
  ])('finds a person %s', async (_name, lastName, firstName, found) => {
    const s = await setup();
    const p = await submitted(s);
    await submitted(s, PEC_BASE);
    const result = await s.service.findPerson(lastName, firstName, '1986-07-14');
    expect(result.map((x) => x.id)).toEqual(found ? [p.id] : []);
  });

  it('matches apostrophes of either kind, needs the birth date, and ignores erased prescriptions', async () => {
    const s = await setup();
    const p = await submitted(s, { ...FORM, nom: 'N’Diaye', prenom: 'Aminata' });
    expect((await s.service.findPerson("n'diaye", 'AMINATA', '1986-07-14')).map((x) => x.id)).toEqual([p.id]);
    expect(await s.service.findPerson("n'diaye", 'aminata', '1986-07-15')).toEqual([]);
    await s.service.erase(p.id, STAFF);
    expect(await s.service.findPerson("n'diaye", 'aminata', '1986-07-14')).toEqual([]);
  });
});
