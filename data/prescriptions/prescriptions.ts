import { subMonths } from 'date-fns';
import { newMessage, type OutboxMessage, type Recipient } from '../outbox/outbox.js';
import type { Role } from '../access/roles.js';
import type { EntrySession } from '../agenda/model.js';
import type { Campaign } from '../eligibility.js';
import {
  checkTransition,
  followUpDue,
  historyEntry,
  type FollowUpDelays,
  type TransitionProblem,
  type TransitionRequest,
} from './lifecycle.js';
import { newReference, type HistoryEntry, type Prescription, type UserRef } from './model.js';
import { readPrescriptionForm, type FormOutcome } from './prescription-form.js';
import { auditEntry, referentKey, type AuditEntry, type PrescriptionStore } from './prescription-store.js';
import type { Reasons } from './reasons.js';

/**
 * The prescription loop of protocol § 5, without any Teams in it: a référent submits,
 * AFPA is told, moves it through its lifecycle and sends the bilan back; the référent
 * is told of each step. Every outgoing message is written with the change that causes it.
 */

/** What the outbox renders for each kind of message about a prescription. */
export const NOTICES = {
  /** The card posted in the AFPA conversation (no personal data). */
  afpaCard: 'prescription-afpa-card',
  /** The same card, updated in place after a change. */
  afpaCardUpdate: 'prescription-afpa-card-update',
  /** A status change (and the bilan) in the référent's personal chat. */
  referentStatus: 'prescription-status',
  /** A reminder in the AFPA conversation for a prescription still waiting. */
  afpaReminder: 'prescription-reminder',
  /** The person's details, sent to one AFPA staff member's personal chat. */
  staffDetail: 'prescription-detail',
} as const;

export type Actor = UserRef;

export type SubmitResult =
  /** The form was already used by someone else: nothing is said about what it holds. */
  | { outcome: 'foreign-form' }
  | { outcome: 'created'; prescription: Prescription }
  | { outcome: 'already'; prescription: Prescription }
  | Exclude<FormOutcome, { outcome: 'valid' }>;

export type TransitionResult =
  | { kind: 'done'; prescription: Prescription }
  | { kind: 'invalid'; problems: TransitionProblem[]; prescription: Prescription }
  | { kind: 'not-found' };

export type PrescriptionsDeps = {
  store: PrescriptionStore;
  reasons: Reasons;
  clock: () => Date;
  campaign: () => Campaign;
  sessions: () => Promise<EntrySession[]>;
  delays: FollowUpDelays;
  /** How long personal fields are kept after a prescription's last event (24 months by default). */
  retentionMonths: number;
  random?: () => number;
};

const AFPA: Recipient = { kind: 'afpa' };

export class Prescriptions {
  constructor(private readonly deps: PrescriptionsDeps) {}

  /** A référent sends the form. The same form sent twice gives the first prescription back. */
  async submit(
    formId: string,
    data: Record<string, unknown>,
    referent: Actor & { tenantId?: string },
  ): Promise<SubmitResult> {
    const already = await this.deps.store.findByForm(formId);
    if (already)
      return isReferentOf(already, referent)
        ? { outcome: 'already', prescription: already }
        : { outcome: 'foreign-form' };
    const now = this.deps.clock();
    const outcome = readPrescriptionForm(data, {
      now,
      campaign: this.deps.campaign(),
      sessions: await this.deps.sessions(),
    });
    if (outcome.outcome !== 'valid') return outcome;
    const prescription: Prescription = {
      ...outcome.draft,
      id: await this.freshReference(),
      formId,
      referent,
      createdAt: now.toISOString(),
      history: [historyEntry({ to: 'envoyee', actor: 'referent' }, now, user(referent))],
      reminders: [],
    };
    const result = await this.deps.store.create(
      prescription,
      [newMessage(AFPA, { type: NOTICES.afpaCard, prescriptionId: prescription.id }, now)],
      [auditEntry(user(referent), 'create', [prescription.id], now)],
    );
    if (result.created) return { outcome: 'created', prescription: result.prescription };
    return isReferentOf(result.prescription, referent)
      ? { outcome: 'already', prescription: result.prescription }
      : { outcome: 'foreign-form' };
  }

  /** For the messages sent to those allowed to see it (the outbox checked who they go to). */
  get(id: string): Promise<Prescription | undefined> {
    return this.deps.store.get(id);
  }

  /** A prescription as `who` may see it: its référent, or AFPA staff. The read is audited. */
  async read(id: string, who: Actor, roles: ReadonlySet<Role>): Promise<Prescription | undefined> {
    const prescription = await this.deps.store.get(id);
    if (!prescription || !mayRead(prescription, who, roles)) return undefined;
    await this.deps.store.audit([auditEntry(user(who), 'read', [id], this.deps.clock())]);
    return prescription;
  }

  /** A change of status by a référent (cancel) or AFPA staff, checked against the lifecycle table. */
  async transition(
    id: string,
    request: Omit<TransitionRequest, 'actor'>,
    who: Actor,
    roles: ReadonlySet<Role>,
  ): Promise<TransitionResult> {
    const now = this.deps.clock();
    const result = await this.deps.store.update<TransitionResult>(id, (current) => {
      const isOwner = referentKey(current.referent) === referentKey(who) || current.referent.id === who.id;
      const actor = roles.has('afpa') ? 'afpa' : isOwner ? 'referent' : undefined;
      // Someone who is neither the référent nor AFPA learns nothing, not even that it exists.
      if (!actor) return { result: { kind: 'not-found' } };
      const full: TransitionRequest = { ...request, actor };
      // The same step sent twice (a double click, a retried request) is recorded once.
      if (repeats(current.history.at(-1), full, who, now))
        return { result: { kind: 'done', prescription: current } };
      const problems = checkTransition(current, full, { now, reasons: this.deps.reasons.offeredCodes() });
      if (problems.length > 0) return { result: { kind: 'invalid', problems, prescription: current } };
      const next: Prescription = {
        ...current,
        history: [...current.history, historyEntry(full, now, user(who))],
      };
      return {
        prescription: next,
        // The référent who cancels knows it already: only AFPA's card changes.
        messages: this.noticesOfChange(next, now).filter(
          (m) => actor !== 'referent' || m.payload.type !== NOTICES.referentStatus,
        ),
        audit: [auditEntry(user(who), 'change', [id], now, `statut : ${full.to}`)],
        result: { kind: 'done', prescription: next },
      };
    });
    return result ?? { kind: 'not-found' };
  }

  /** The details of a prescription sent privately to one staff member (asked from a shared card). */
  async sendDetailTo(id: string, who: Actor): Promise<boolean> {
    const now = this.deps.clock();
    const sent = await this.deps.store.update(id, (current) => ({
      prescription: current,
      messages: [
        newMessage({ kind: 'user', userId: who.id }, { type: NOTICES.staffDetail, prescriptionId: id }, now),
      ],
      audit: [auditEntry(user(who), 'read', [id], now)],
      result: true,
    }));
    return sent === true;
  }

  /** Who created, read, changed and exported a prescription (for an admin or a person's request). */
  auditOf(id: string): Promise<AuditEntry[]> {
    return this.deps.store.auditOf(id);
  }

  listMine(who: Actor, offset: number, limit: number) {
    return this.deps.store.listByReferent(referentKey(who), { offset, limit });
  }

  /** What left the bot, and for what, in the audit trail: ids only, never a person's data. */
  private async auditExport(
    prescriptions: readonly Prescription[],
    who: AuditEntry['actor'],
    detail: string,
  ) {
    await this.deps.store.audit([
      auditEntry(
        who,
        'export',
        prescriptions.map((p) => p.id),
        this.deps.clock(),
        detail,
      ),
    ]);
  }

  /** The prescriptions sent in a period, for an export; the export is written to the audit trail first. */
  async exportPeriod(
    bounds: { from: string; to: string },
    who: AuditEntry['actor'],
    detail: string,
  ): Promise<Prescription[]> {
    const prescriptions = await this.deps.store.listCreatedBetween(bounds.from, bounds.to);
    await this.auditExport(prescriptions, who, detail);
    return prescriptions;
  }

  listOpen(offset: number, limit: number) {
    return this.deps.store.listOpen({ offset, limit });
  }

  /** Reminders to AFPA and expiry of prescriptions left unanswered; returns what was done. */
  async followUp(): Promise<{ reminded: number; expired: number }> {
    const now = this.deps.clock();
    let reminded = 0;
    let expired = 0;
    for (const waiting of await this.deps.store.listWaiting()) {
      await this.deps.store.update(waiting.id, (current) => {
        const due = followUpDue(current, now, this.deps.delays);
        if (!due) return { result: undefined };
        if (due.kind === 'expire') {
          expired++;
          const next: Prescription = {
            ...current,
            history: [...current.history, historyEntry({ to: 'expiree', actor: 'system' }, now)],
          };
          return {
            prescription: next,
            messages: this.noticesOfChange(next, now),
            audit: [auditEntry(SYSTEM, 'change', [current.id], now, 'statut : expiree')],
            result: undefined,
          };
        }
        reminded++;
        const next: Prescription = { ...current, reminders: [...current.reminders, now.toISOString()] };
        return {
          prescription: next,
          messages: [
            newMessage(
              AFPA,
              { type: NOTICES.afpaReminder, prescriptionId: current.id, count: next.reminders.length },
              now,
            ),
          ],
          result: undefined,
        };
      });
    }
    return { reminded, expired };
  }

  /**
   * Erases the personal fields of prescriptions whose last event is older than the
   * retention period. The reference, dispositif, dates and statuses stay for the
   * indicators; names, contact details, comments and bilans go.
   */
  async purge(options: { dryRun?: boolean } = {}): Promise<{ ids: string[] }> {
    const now = this.deps.clock();
    const before = subMonths(now, this.deps.retentionMonths).toISOString();
    const ids = await this.deps.store.listIdleSince(before);
    if (options.dryRun) return { ids };
    const erasedIds: string[] = [];
    for (const id of ids) if (await this.erase(id, SYSTEM, 'purge')) erasedIds.push(id);
    return { ids: erasedIds };
  }

  /** Erases one prescription's personal fields now (an erasure request). */
  async erase(id: string, who: AuditEntry['actor'], action: 'erase' | 'purge' = 'erase'): Promise<boolean> {
    const now = this.deps.clock();
    const done = await this.deps.store.update(id, (current) => {
      if (current.erasedAt) return { result: false };
      return {
        prescription: erased(current, now),
        audit: [auditEntry(who, action, [id], now)],
        result: true,
      };
    });
    return done === true;
  }

  /** A person's prescriptions with their audit trail, for their right of access; the export itself is audited. */
  async exportPerson(
    ids: readonly string[],
    who: AuditEntry['actor'],
  ): Promise<{ prescriptions: Prescription[]; audit: AuditEntry[] }> {
    const prescriptions = (await Promise.all(ids.map((id) => this.deps.store.get(id)))).filter(
      (p): p is Prescription => p !== undefined && !p.erasedAt,
    );
    const audit = (await Promise.all(prescriptions.map((p) => this.deps.store.auditOf(p.id)))).flat();
    await this.auditExport(prescriptions, who, 'demande de la personne');
    return { prescriptions, audit };
  }

  /** Every prescription about a person, found by name and birth date, for an export or an erasure. */
  async findPerson(lastName: string, firstName: string, birthDate: string): Promise<Prescription[]> {
    const same = (a: string, b: string) => fold(a) === fold(b);
    return (await this.deps.store.listAll()).filter(
      (p) =>
        !p.erasedAt &&
        same(p.person.lastName, lastName) &&
        same(p.person.firstName, firstName) &&
        p.person.birthDate === birthDate,
    );
  }

  /** The référent hears of every change; AFPA's card shows the new status. */
  private noticesOfChange(next: Prescription, now: Date): OutboxMessage[] {
    const index = next.history.length - 1;
    return [
      newMessage(
        { kind: 'user', userId: next.referent.id },
        { type: NOTICES.referentStatus, prescriptionId: next.id, historyIndex: index },
        now,
      ),
      newMessage(AFPA, { type: NOTICES.afpaCardUpdate, prescriptionId: next.id }, now),
    ];
  }

  private async freshReference(): Promise<string> {
    for (;;) {
      const reference = newReference(this.deps.random);
      if (!(await this.deps.store.get(reference))) return reference;
    }
  }
}

export const SYSTEM = { id: 'system', name: 'Assistant (tâche automatique)' } as const;

function user(who: Actor): UserRef {
  return { id: who.id, name: who.name, ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}) };
}

function isReferentOf(prescription: Prescription, who: Actor): boolean {
  return referentKey(prescription.referent) === referentKey(who) || prescription.referent.id === who.id;
}

/** How close two identical steps must be to count as one sent twice. */
const REPEAT_WINDOW_MS = 2 * 60 * 1000;

function repeats(last: HistoryEntry | undefined, request: TransitionRequest, who: Actor, now: Date): boolean {
  if (!last || last.status !== request.to || last.by?.id !== who.id) return false;
  if (now.getTime() - Date.parse(last.at) > REPEAT_WINDOW_MS) return false;
  return (
    (last.date ?? '') === (request.date ?? '') &&
    (last.reason ?? '') === (request.reason ?? '') &&
    (last.comment ?? '') === (request.comment?.trim() ?? '') &&
    (last.bilan ?? '') === (request.bilan?.trim() ?? '')
  );
}

export function mayRead(prescription: Prescription, who: Actor, roles: ReadonlySet<Role>): boolean {
  return (
    roles.has('afpa') ||
    referentKey(prescription.referent) === referentKey(who) ||
    prescription.referent.id === who.id
  );
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").trim().toLowerCase();
}

/** The prescription with nothing left that identifies the person. */
export function erased(p: Prescription, now: Date): Prescription {
  return {
    ...p,
    person: { lastName: '-', firstName: '-', birthDate: '1900-01-01', phone: '', email: '', town: '-' },
    conditions: { mobility: false, childcare: false, other: false, otherText: '' },
    comment: '',
    history: p.history.map(({ comment: _c, bilan: _b, ...entry }) => entry),
    erasedAt: now.toISOString(),
  };
}
