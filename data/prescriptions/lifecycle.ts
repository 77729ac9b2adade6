import { isIsoDay, parisDay } from '../dates.js';
import type { Programme } from '../eligibility.js';
import {
  currentStatus,
  sentAt,
  STATUSES,
  type Actor,
  type HistoryEntry,
  type Prescription,
  type Status,
} from './model.js';

/**
 * The lifecycle of a prescription, as one table: from which status to which, who
 * may make the move, and what it needs. The history is append-only; the current
 * status, the reminders and the expiry are all read from it.
 */

export type Requirement = {
  /** The day of the interview, the entry or the exit. */
  date?: 'any' | 'not-future';
  /** A reason from the refusal or abandon list. */
  reason?: ReasonList;
  /** The individual bilan, for the programmes where the protocol asks AFPA for one. */
  bilan?: boolean;
};

export type ReasonList = 'refusal' | 'abandon';

export type Transition = { from: Status; to: Status; by: readonly Actor[]; requires: Requirement };

const AFPA: readonly Actor[] = ['afpa'];
const ONGOING: readonly Status[] = ['recue', 'entretien'];

export const TRANSITIONS: readonly Transition[] = [
  { from: 'envoyee', to: 'recue', by: AFPA, requires: {} },
  { from: 'envoyee', to: 'refusee', by: AFPA, requires: { reason: 'refusal' } },
  // A référent may withdraw a prescription as long as AFPA has not received it.
  { from: 'envoyee', to: 'annulee', by: ['referent'], requires: {} },
  { from: 'envoyee', to: 'expiree', by: ['system'], requires: {} },
  { from: 'recue', to: 'entretien', by: AFPA, requires: { date: 'any' } },
  // A new date for the interview is a new step in the history.
  { from: 'entretien', to: 'entretien', by: AFPA, requires: { date: 'any' } },
  ...ONGOING.flatMap((from): Transition[] => [
    { from, to: 'entree', by: AFPA, requires: { date: 'not-future' } },
    { from, to: 'refusee', by: AFPA, requires: { reason: 'refusal' } },
    { from, to: 'abandon', by: AFPA, requires: { reason: 'abandon' } },
  ]),
  { from: 'entree', to: 'sortie', by: AFPA, requires: { date: 'not-future', bilan: true } },
  { from: 'entree', to: 'abandon', by: AFPA, requires: { reason: 'abandon', date: 'not-future' } },
];

/** A status nothing leads out of: the prescription is closed. */
export const FINAL_STATUSES: ReadonlySet<Status> = new Set(
  STATUSES.filter((status) => !TRANSITIONS.some((t) => t.from === status)),
);

/** The protocol asks AFPA for an individual bilan at the end of these two (§ 5). */
const BILAN_EXPECTED: ReadonlySet<Programme> = new Set(['prepa-competences', 'competences-pec']);

export function transitionsFrom(status: Status, actor: Actor): Transition[] {
  return TRANSITIONS.filter((t) => t.from === status && t.by.includes(actor));
}

/** The list of reasons a move to `to` takes its reason from, if it needs one. */
export function reasonListFor(to: Status): ReasonList | undefined {
  return TRANSITIONS.find((t) => t.to === to && t.requires.reason)?.requires.reason;
}

export function findTransition(from: Status, to: Status): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** What a person asks: move this prescription to `to`, with what the move needs. */
export type TransitionRequest = {
  to: Status;
  actor: Actor;
  date?: string;
  reason?: string;
  comment?: string;
  bilan?: string;
};

export type TransitionProblem =
  { field: 'status'; message: string } | { field: 'date' | 'reason' | 'bilan'; message: string };

/**
 * Checks a move against the table: who may make it, and whether it carries what it
 * needs. `reasons` are the codes currently offered for each list.
 */
export function checkTransition(
  prescription: Pick<Prescription, 'history' | 'dispositif' | 'createdAt'>,
  request: TransitionRequest,
  context: { now: Date; reasons: Record<ReasonList, readonly string[]> },
): TransitionProblem[] {
  const from = currentStatus(prescription);
  const transition = findTransition(from, request.to);
  if (!transition || !transition.by.includes(request.actor)) {
    return [{ field: 'status', message: forbiddenMessage(from, request.actor) }];
  }
  const problems: TransitionProblem[] = [];
  const { requires } = transition;
  const today = parisDay(context.now);
  if (requires.date) {
    if (!request.date) problems.push({ field: 'date', message: 'Indiquez la date.' });
    else if (!isIsoDay(request.date))
      problems.push({ field: 'date', message: 'Date attendue au format AAAA-MM-JJ (une date qui existe).' });
    else if (requires.date === 'not-future' && request.date > today)
      problems.push({ field: 'date', message: 'Cette date ne peut pas être dans le futur.' });
    else if (request.date < parisDay(new Date(prescription.createdAt)))
      problems.push({ field: 'date', message: 'Cette date précède l’envoi de la prescription.' });
    else if (request.to === 'sortie' || request.to === 'abandon') {
      const entry = entryDate(prescription.history);
      if (entry && request.date < entry)
        problems.push({ field: 'date', message: 'La sortie ne peut pas précéder l’entrée en parcours.' });
    }
  }
  if (requires.reason) {
    if (!request.reason || !context.reasons[requires.reason].includes(request.reason))
      problems.push({ field: 'reason', message: 'Choisissez un motif dans la liste.' });
  }
  if (requires.bilan && BILAN_EXPECTED.has(prescription.dispositif) && !request.bilan?.trim()) {
    problems.push({
      field: 'bilan',
      message: 'Le bilan individuel est attendu à la fin du parcours (Protocole, § 5) : saisissez-le.',
    });
  }
  return problems;
}

function forbiddenMessage(from: Status, actor: Actor): string {
  if (FINAL_STATUSES.has(from)) return 'Cette prescription est close : son statut ne change plus.';
  if (actor === 'referent')
    return from === 'envoyee'
      ? 'Ce changement est réservé à l’AFPA.'
      : 'L’AFPA a déjà reçu cette prescription : pour l’arrêter, voyez avec l’AFPA.';
  return 'Ce changement n’est pas possible depuis le statut actuel.';
}

function entryDate(history: readonly HistoryEntry[]): string | undefined {
  return [...history].reverse().find((h) => h.status === 'entree')?.date;
}

/** The history entry a checked move appends. */
export function historyEntry(request: TransitionRequest, at: Date, by?: HistoryEntry['by']): HistoryEntry {
  return {
    at: at.toISOString(),
    status: request.to,
    actor: request.actor,
    ...(by ? { by } : {}),
    ...(request.date ? { date: request.date } : {}),
    ...(request.reason ? { reason: request.reason } : {}),
    ...(request.comment?.trim() ? { comment: request.comment.trim() } : {}),
    ...(request.bilan?.trim() ? { bilan: request.bilan.trim() } : {}),
  };
}

/** How long AFPA has to answer: a reminder every `reminderDays`, expiry after `expiryDays`. */
export type FollowUpDelays = { reminderDays: number; expiryDays: number };

export type FollowUp = { kind: 'remind' } | { kind: 'expire' } | undefined;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days of 24 hours: the same delay whatever the server's time zone and across clock changes. */
function after(instant: string, days: number): Date {
  return new Date(new Date(instant).getTime() + days * DAY_MS);
}

/**
 * What a prescription still waiting for AFPA needs now: expiry once `expiryDays`
 * have passed since it was sent; otherwise a reminder `reminderDays` after the sending,
 * then `reminderDays` after the last reminder (a bot stopped for a while sends one
 * reminder when it comes back, not all those it missed).
 */
export function followUpDue(
  prescription: Pick<Prescription, 'history' | 'reminders'>,
  now: Date,
  delays: FollowUpDelays,
): FollowUp {
  if (currentStatus(prescription) !== 'envoyee') return undefined;
  // Past the expiry, the prescription expires, whatever reminders were missed.
  if (now >= after(sentAt(prescription), delays.expiryDays)) return { kind: 'expire' };
  const next = nextFollowUp(prescription, delays);
  if (!next || now < next.at) return undefined;
  return { kind: next.kind };
}

/** When the next follow-up falls, so that the job knows when to look again. */
export function nextFollowUpAt(
  prescription: Pick<Prescription, 'history' | 'reminders'>,
  delays: FollowUpDelays,
): Date | undefined {
  return nextFollowUp(prescription, delays)?.at;
}

function nextFollowUp(
  prescription: Pick<Prescription, 'history' | 'reminders'>,
  delays: FollowUpDelays,
): { kind: 'remind' | 'expire'; at: Date } | undefined {
  if (currentStatus(prescription) !== 'envoyee') return undefined;
  const expiry = after(sentAt(prescription), delays.expiryDays);
  const reminder = after(prescription.reminders.at(-1) ?? sentAt(prescription), delays.reminderDays);
  return reminder < expiry ? { kind: 'remind', at: reminder } : { kind: 'expire', at: expiry };
}
