import { randomUUID } from 'node:crypto';
import { outboxChanges, type Outbox, type OutboxMessage } from '../outbox/outbox.js';
import type { DocumentChange, DocumentStore } from '../store/document-store.js';
import { FINAL_STATUSES } from './lifecycle.js';
import { currentStatus, lastEventAt, type Prescription, type Status, type UserRef } from './model.js';

/**
 * Where prescriptions live. A prescription, its history entry, the messages it causes
 * and the audit lines are written in one commit, before anything is sent.
 * `test/data/prescriptions/prescription-store.contract.ts` is the suite every
 * implementation must pass.
 */
export interface PrescriptionStore {
  get(id: string): Promise<Prescription | undefined>;
  findByForm(formId: string): Promise<Prescription | undefined>;
  /** A référent's prescriptions, newest first. */
  listByReferent(referentKey: string, page: Page): Promise<Paged<Prescription>>;
  /** Prescriptions AFPA still has to act on, oldest first. */
  listOpen(page: Page): Promise<Paged<Prescription>>;
  /** Prescriptions still waiting for AFPA's acknowledgement (reminders, expiry). */
  listWaiting(): Promise<Prescription[]>;
  /** Created between two instants (ISO), for the export. */
  listCreatedBetween(from: string, to: string): Promise<Prescription[]>;
  /** Ids whose last event is older than `before` and whose personal fields are not erased yet. */
  listIdleSince(before: string): Promise<string[]>;
  /** Every prescription, for an erasure or export request about one person. */
  listAll(): Promise<Prescription[]>;
  /** Creates a prescription, unless its form was already sent: then the first one is returned. */
  create(prescription: Prescription, messages: OutboxMessage[], audit: AuditEntry[]): Promise<CreateResult>;
  /**
   * Reads, changes and writes one prescription with nobody else changing it meanwhile.
   * `change` returns the new version with the messages and audit lines it causes, or
   * `undefined` to leave it as it is.
   */
  update<R>(id: string, change: (current: Prescription) => Change<R> | { result: R }): Promise<R | undefined>;
  /** Audit lines that are not part of a change (a read, an export). */
  audit(entries: AuditEntry[]): Promise<void>;
  auditOf(prescriptionId: string): Promise<AuditEntry[]>;
}

export type Page = { offset: number; limit: number };
export type Paged<T> = { items: T[]; total: number };
export type CreateResult = { created: boolean; prescription: Prescription };
export type Change<R> = {
  prescription: Prescription;
  messages?: OutboxMessage[];
  audit?: AuditEntry[];
  result: R;
};

/** Who did what to which prescription, and when. Never a personal field. */
export type AuditEntry = {
  at: string;
  actor: UserRef | { id: 'system'; name: string };
  action: 'create' | 'read' | 'change' | 'export' | 'erase' | 'purge';
  prescriptionIds: string[];
  detail?: string;
};

export function auditEntry(
  actor: AuditEntry['actor'],
  action: AuditEntry['action'],
  prescriptionIds: string[],
  at: Date,
  detail?: string,
): AuditEntry {
  return { at: at.toISOString(), actor, action, prescriptionIds, ...(detail ? { detail } : {}) };
}

/** The key a référent's prescriptions are filed under: their Entra id when Teams gives it. */
export function referentKey(user: Pick<UserRef, 'id' | 'aadObjectId'>): string {
  return user.aadObjectId ?? user.id;
}

const PRESCRIPTIONS = 'prescriptions';
const AUDIT = 'audit';

/** What the indexes keep of each prescription: enough to list and select without reading it. */
type Summary = {
  id: string;
  formId: string;
  referent: string;
  status: Status;
  createdAt: string;
  lastEventAt: string;
  erased: boolean;
};

function summarize(p: Prescription): Summary {
  return {
    id: p.id,
    formId: p.formId,
    referent: referentKey(p.referent),
    status: currentStatus(p),
    createdAt: p.createdAt,
    lastEventAt: lastEventAt(p),
    erased: p.erasedAt !== undefined,
  };
}

/** Runs changes of one key one after the other; other keys go on in parallel. */
class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  run<R>(key: string, task: () => Promise<R>): Promise<R> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

/**
 * Prescriptions on a `DocumentStore` (one document each), with their summaries kept
 * in memory: listing a référent's five latest reads five documents, whatever the total.
 */
export class DocumentPrescriptionStore implements PrescriptionStore {
  private readonly summaries = new Map<string, Summary>();
  private readonly byForm = new Map<string, string>();
  /** Ids per référent, oldest first. */
  private readonly byReferent = new Map<string, string[]>();
  private readonly open = new Set<string>();
  private readonly queue = new KeyedQueue();

  private constructor(
    private readonly docs: DocumentStore,
    private readonly outbox: Outbox,
  ) {}

  static async open(docs: DocumentStore, outbox: Outbox): Promise<DocumentPrescriptionStore> {
    const store = new DocumentPrescriptionStore(docs, outbox);
    const all = [...(await docs.all<Prescription>(PRESCRIPTIONS)).values()];
    all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const p of all) store.index(p);
    return store;
  }

  get(id: string): Promise<Prescription | undefined> {
    return this.summaries.has(id)
      ? this.docs.get<Prescription>(PRESCRIPTIONS, id)
      : Promise.resolve(undefined);
  }

  async findByForm(formId: string): Promise<Prescription | undefined> {
    const id = this.byForm.get(formId);
    return id ? this.get(id) : undefined;
  }

  async listByReferent(key: string, page: Page): Promise<Paged<Prescription>> {
    const ids = [...(this.byReferent.get(key) ?? [])].reverse();
    return { items: await this.load(ids.slice(page.offset, page.offset + page.limit)), total: ids.length };
  }

  async listOpen(page: Page): Promise<Paged<Prescription>> {
    const ids = [...this.open]
      .map((id) => this.summaries.get(id)!)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((s) => s.id);
    return { items: await this.load(ids.slice(page.offset, page.offset + page.limit)), total: ids.length };
  }

  listWaiting(): Promise<Prescription[]> {
    return this.load([...this.open].filter((id) => this.summaries.get(id)?.status === 'envoyee'));
  }

  listCreatedBetween(from: string, to: string): Promise<Prescription[]> {
    const ids = [...this.summaries.values()]
      .filter((s) => s.createdAt >= from && s.createdAt < to)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((s) => s.id);
    return this.load(ids);
  }

  async listIdleSince(before: string): Promise<string[]> {
    return [...this.summaries.values()].filter((s) => !s.erased && s.lastEventAt < before).map((s) => s.id);
  }

  listAll(): Promise<Prescription[]> {
    return this.load([...this.summaries.keys()]);
  }

  create(prescription: Prescription, messages: OutboxMessage[], audit: AuditEntry[]): Promise<CreateResult> {
    // Queued on the form: a double click waits for the first submission, then finds it.
    return this.queue.run(`form:${prescription.formId}`, async () => {
      const existing = await this.findByForm(prescription.formId);
      if (existing) return { created: false, prescription: existing };
      if (this.summaries.has(prescription.id)) throw new Error('Prescription reference already used');
      await this.docs.commit([
        { collection: PRESCRIPTIONS, key: prescription.id, document: prescription },
        ...outboxChanges(messages),
        ...auditChanges(audit),
      ]);
      this.index(prescription);
      this.outbox.added(messages);
      return { created: true, prescription };
    });
  }

  update<R>(
    id: string,
    change: (current: Prescription) => Change<R> | { result: R },
  ): Promise<R | undefined> {
    return this.queue.run(`id:${id}`, async () => {
      const current = await this.get(id);
      if (!current) return undefined;
      const outcome = change(current);
      if (!('prescription' in outcome)) return outcome.result;
      const messages = outcome.messages ?? [];
      await this.docs.commit([
        { collection: PRESCRIPTIONS, key: id, document: outcome.prescription },
        ...outboxChanges(messages),
        ...auditChanges(outcome.audit ?? []),
      ]);
      this.index(outcome.prescription);
      this.outbox.added(messages);
      return outcome.result;
    });
  }

  async audit(entries: AuditEntry[]): Promise<void> {
    await this.docs.commit(auditChanges(entries));
  }

  async auditOf(prescriptionId: string): Promise<AuditEntry[]> {
    const all = await this.docs.all<AuditEntry>(AUDIT);
    return [...all.values()]
      .filter((entry) => entry.prescriptionIds.includes(prescriptionId))
      .sort((a, b) => a.at.localeCompare(b.at));
  }

  private async load(ids: string[]): Promise<Prescription[]> {
    const found = await Promise.all(ids.map((id) => this.docs.get<Prescription>(PRESCRIPTIONS, id)));
    return found.filter((p): p is Prescription => p !== undefined);
  }

  private index(p: Prescription): void {
    const summary = summarize(p);
    if (!this.summaries.has(p.id)) {
      const list = this.byReferent.get(summary.referent) ?? [];
      list.push(p.id);
      this.byReferent.set(summary.referent, list);
    }
    this.summaries.set(p.id, summary);
    this.byForm.set(p.formId, p.id);
    if (FINAL_STATUSES.has(summary.status)) this.open.delete(p.id);
    else this.open.add(p.id);
  }
}

function auditChanges(entries: readonly AuditEntry[]): DocumentChange[] {
  return entries.map((entry) => ({
    collection: AUDIT,
    key: `${entry.at.replace(/[^0-9]/g, '')}-${randomUUID()}`,
    document: entry,
  }));
}
