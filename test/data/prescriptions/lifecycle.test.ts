import { describe, expect, it } from 'vitest';
import type { Programme } from '../../../data/eligibility.js';
import {
  checkTransition,
  FINAL_STATUSES,
  findTransition,
  followUpDue,
  historyEntry,
  nextFollowUpAt,
  TRANSITIONS,
  transitionsFrom,
  type FollowUpDelays,
  type ReasonList,
  type Requirement,
  type TransitionRequest,
} from '../../../data/prescriptions/lifecycle.js';
import {
  ACTORS,
  STATUSES,
  type Actor,
  type HistoryEntry,
  type Status,
} from '../../../data/prescriptions/model.js';
import { DEFAULT_REASONS } from '../../../data/prescriptions/reasons.js';
import { testPrescription } from '../../factories.js';

/**
 * The lifecycle the issue and the protocol (§ 5) describe, written out by hand so
 * that a change to `TRANSITIONS` that breaks it fails here:
 * reçue → entretien planifié (date) → entrée en parcours (date) → sortie (date, bilan);
 * refusée or abandon with a reason; the référent may cancel only while « envoyée »;
 * the system expires only « envoyée ».
 */
const EXPECTED: ReadonlyArray<[from: Status, to: Status, by: Actor, requires: Requirement]> = [
  ['envoyee', 'recue', 'afpa', {}],
  ['envoyee', 'refusee', 'afpa', { reason: 'refusal' }],
  ['envoyee', 'annulee', 'referent', {}],
  ['envoyee', 'expiree', 'system', {}],
  ['recue', 'entretien', 'afpa', { date: 'any' }],
  ['recue', 'entree', 'afpa', { date: 'not-future' }],
  ['recue', 'refusee', 'afpa', { reason: 'refusal' }],
  ['recue', 'abandon', 'afpa', { reason: 'abandon' }],
  ['entretien', 'entretien', 'afpa', { date: 'any' }],
  ['entretien', 'entree', 'afpa', { date: 'not-future' }],
  ['entretien', 'refusee', 'afpa', { reason: 'refusal' }],
  ['entretien', 'abandon', 'afpa', { reason: 'abandon' }],
  ['entree', 'sortie', 'afpa', { date: 'not-future', bilan: true }],
  ['entree', 'abandon', 'afpa', { reason: 'abandon', date: 'not-future' }],
];

const allowed = (from: Status, to: Status, actor: Actor) =>
  EXPECTED.some(([f, t, by]) => f === from && t === to && by === actor);

/** Sent on Monday 3 May 2027 at 10:00 in Paris; AFPA acts on Thursday 20 May. */
const SENT = '2027-05-03T08:00:00.000Z';
const NOW = new Date('2027-05-20T10:00:00.000Z');
const ENTRY_DAY = '2027-05-10';
const REASONS: Record<ReasonList, readonly string[]> = {
  refusal: DEFAULT_REASONS.refusal.map((r) => r.code),
  abandon: DEFAULT_REASONS.abandon.map((r) => r.code),
};
const context = { now: NOW, reasons: REASONS };

/** A prescription whose current status is `status`, reached the usual way. */
function at(status: Status, dispositif: Programme = 'prepa-competences') {
  const path: Record<Status, Array<Partial<HistoryEntry> & Pick<HistoryEntry, 'status'>>> = {
    envoyee: [],
    recue: [{ status: 'recue' }],
    entretien: [{ status: 'recue' }, { status: 'entretien', date: '2027-05-07' }],
    entree: [{ status: 'recue' }, { status: 'entree', date: ENTRY_DAY }],
    sortie: [
      { status: 'recue' },
      { status: 'entree', date: ENTRY_DAY },
      { status: 'sortie', date: '2027-05-15' },
    ],
    refusee: [{ status: 'refusee', reason: 'criteres' }],
    abandon: [{ status: 'recue' }, { status: 'abandon', reason: 'emploi' }],
    annulee: [{ status: 'annulee', actor: 'referent' }],
    expiree: [{ status: 'expiree', actor: 'system' }],
  };
  return testPrescription({ at: SENT, dispositif, then: path[status] });
}

/** A request carrying everything any move could need. */
function complete(to: Status, actor: Actor): TransitionRequest {
  return {
    to,
    actor,
    date: '2027-05-18',
    reason: to === 'abandon' ? 'emploi' : 'criteres',
    bilan: 'Projet confirmé : titre professionnel agent magasinier.',
  };
}

describe('TRANSITIONS: the table is the lifecycle of the protocol', () => {
  it('holds exactly the expected moves, actors and requirements', () => {
    const table = TRANSITIONS.flatMap((t) => t.by.map((by) => [t.from, t.to, by, t.requires] as const));
    const key = (row: readonly [Status, Status, Actor, Requirement]) => `${row[0]}→${row[1]} by ${row[2]}`;
    expect(table.map(key).sort()).toEqual(EXPECTED.map(key).sort());
    for (const row of EXPECTED) {
      const found = table.find((t) => key(t) === key(row));
      expect(found?.[3], key(row)).toEqual(row[3]);
    }
  });

  it('has one row per pair of statuses', () => {
    const pairs = TRANSITIONS.map((t) => `${t.from}→${t.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('closes exactly sortie, refusée, abandon, annulée and expirée', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['abandon', 'annulee', 'expiree', 'refusee', 'sortie']);
  });

  it('lets nothing out of a final status, and a way out of every other one', () => {
    for (const status of STATUSES) {
      const exits = ACTORS.flatMap((actor) => transitionsFrom(status, actor));
      expect(exits.length === 0, status).toBe(FINAL_STATUSES.has(status));
    }
  });

  it.each(STATUSES.flatMap((from) => ACTORS.map((actor) => [from, actor] as const)))(
    'transitionsFrom(%s, %s) offers the expected moves',
    (from, actor) => {
      const expected = EXPECTED.filter(([f, , by]) => f === from && by === actor).map(([, to]) => to);
      expect(
        transitionsFrom(from, actor)
          .map((t) => t.to)
          .sort(),
      ).toEqual([...expected].sort());
    },
  );

  it('findTransition finds a row whatever the actor, and nothing for a pair not in the table', () => {
    expect(findTransition('envoyee', 'annulee')?.by).toEqual(['referent']);
    expect(findTransition('recue', 'annulee')).toBeUndefined();
    expect(findTransition('sortie', 'entree')).toBeUndefined();
  });
});

describe('checkTransition: every status × status × actor', () => {
  const matrix = STATUSES.flatMap((from) =>
    STATUSES.flatMap((to) => ACTORS.map((actor) => [from, to, actor, allowed(from, to, actor)] as const)),
  );

  it('covers the 243 combinations, 14 of them allowed', () => {
    expect(matrix).toHaveLength(STATUSES.length * STATUSES.length * ACTORS.length);
    expect(matrix.filter(([, , , ok]) => ok)).toHaveLength(EXPECTED.length);
  });

  it.each(matrix)('%s → %s by %s: allowed %s', (from, to, actor, ok) => {
    const problems = checkTransition(at(from), complete(to, actor), context);
    if (ok) {
      expect(problems).toEqual([]);
    } else {
      expect(problems).toHaveLength(1);
      expect(problems[0]!.field).toBe('status');
      expect(problems[0]!.message).toMatch(/\p{L}{3,}/u);
    }
  });

  it.each([
    ['sortie', 'afpa', /close/],
    ['annulee', 'referent', /close/],
    ['expiree', 'system', /close/],
    ['recue', 'referent', /L’AFPA a déjà reçu/],
    ['entree', 'referent', /L’AFPA a déjà reçu/],
    ['envoyee', 'referent', /réservé à l’AFPA/],
    ['recue', 'afpa', /pas possible depuis le statut actuel/],
  ] as const)('refuses a move from « %s » by %s with a message that says why', (from, actor, message) => {
    // A move the table never allows from there.
    const problems = checkTransition(
      at(from),
      { to: 'sortie' === from ? 'entree' : 'recue', actor },
      context,
    );
    expect(problems).toEqual([{ field: 'status', message: expect.stringMatching(message) }]);
  });
});

describe('checkTransition: what a move needs', () => {
  type Case = [
    name: string,
    from: Status,
    request: Omit<TransitionRequest, 'actor'>,
    fields: string[],
    dispositif?: Programme,
  ];
  const cases: Case[] = [
    // Dates
    ['interview without a date', 'recue', { to: 'entretien' }, ['date']],
    ['interview with a blank date', 'recue', { to: 'entretien', date: '' }, ['date']],
    [
      'interview on a future day (allowed: it is planned)',
      'recue',
      { to: 'entretien', date: '2027-06-15' },
      [],
    ],
    ['interview moved to another day', 'entretien', { to: 'entretien', date: '2027-05-27' }, []],
    ['entry without a date', 'entretien', { to: 'entree' }, ['date']],
    ['entry today', 'entretien', { to: 'entree', date: '2027-05-20' }, []],
    ['entry tomorrow', 'entretien', { to: 'entree', date: '2027-05-21' }, ['date']],
    ['entry on the day the prescription was sent', 'recue', { to: 'entree', date: '2027-05-03' }, []],
    ['entry the day before it was sent', 'recue', { to: 'entree', date: '2027-05-02' }, ['date']],
    ['interview the day before it was sent', 'recue', { to: 'entretien', date: '2027-05-02' }, ['date']],
    ['exit without a date', 'entree', { to: 'sortie', bilan: 'Bilan.' }, ['date']],
    ['exit in the future', 'entree', { to: 'sortie', date: '2027-05-21', bilan: 'Bilan.' }, ['date']],
    [
      'exit the day before the entry',
      'entree',
      { to: 'sortie', date: '2027-05-09', bilan: 'Bilan.' },
      ['date'],
    ],
    ['exit on the day of the entry', 'entree', { to: 'sortie', date: ENTRY_DAY, bilan: 'Bilan.' }, []],
    [
      'abandon after entry, before the entry day',
      'entree',
      { to: 'abandon', reason: 'emploi', date: '2027-05-09' },
      ['date'],
    ],
    ['abandon after entry, without a date', 'entree', { to: 'abandon', reason: 'emploi' }, ['date']],
    [
      'abandon after entry, in the future',
      'entree',
      { to: 'abandon', reason: 'emploi', date: '2027-05-21' },
      ['date'],
    ],
    [
      'abandon after entry, on the entry day',
      'entree',
      { to: 'abandon', reason: 'emploi', date: ENTRY_DAY },
      [],
    ],
    ['abandon before entry needs no date', 'recue', { to: 'abandon', reason: 'sante' }, []],
    // Reasons
    ['refusal without a reason', 'envoyee', { to: 'refusee' }, ['reason']],
    ['refusal with an unknown reason', 'envoyee', { to: 'refusee', reason: 'pas-envie' }, ['reason']],
    ['refusal with an abandon reason', 'recue', { to: 'refusee', reason: 'emploi' }, ['reason']],
    ['refusal with a reason', 'recue', { to: 'refusee', reason: 'complet' }, []],
    ['abandon without a reason', 'entretien', { to: 'abandon' }, ['reason']],
    ['abandon with a refusal reason', 'entretien', { to: 'abandon', reason: 'criteres' }, ['reason']],
    ['abandon without reason nor date after entry', 'entree', { to: 'abandon' }, ['date', 'reason']],
    // Bilan (protocol § 5: Prépa Compétences and Compétences PEC)
    ['Prépa exit without bilan', 'entree', { to: 'sortie', date: '2027-05-18' }, ['bilan']],
    [
      'Prépa exit with a blank bilan',
      'entree',
      { to: 'sortie', date: '2027-05-18', bilan: '  \n ' },
      ['bilan'],
    ],
    ['Prépa exit with a bilan', 'entree', { to: 'sortie', date: '2027-05-18', bilan: 'Bilan.' }, []],
    ['PEC exit without bilan', 'entree', { to: 'sortie', date: '2027-05-18' }, ['bilan'], 'competences-pec'],
    [
      'PEC exit with a bilan',
      'entree',
      { to: 'sortie', date: '2027-05-18', bilan: 'VAE engagée.' },
      [],
      'competences-pec',
    ],
    ['Promo 16/18 exit without bilan', 'entree', { to: 'sortie', date: '2027-05-18' }, [], 'promo-16-18'],
    ['exit with neither date nor bilan', 'entree', { to: 'sortie' }, ['date', 'bilan']],
    // Moves that need nothing
    ['acknowledgement', 'envoyee', { to: 'recue' }, []],
  ];

  it.each(cases)('%s', (_name, from, request, fields, dispositif) => {
    const actor: Actor = 'afpa';
    const problems = checkTransition(at(from, dispositif), { ...request, actor }, context);
    expect(problems.map((p) => p.field).sort()).toEqual([...fields].sort());
    for (const p of problems) expect(p.message).toMatch(/\p{L}{3,}/u);
  });

  it('refuses a reason that was retired from the list, even though it is still a known code', () => {
    const offered = { ...REASONS, refusal: REASONS.refusal.filter((code) => code !== 'complet') };
    const request: TransitionRequest = { to: 'refusee', actor: 'afpa', reason: 'complet' };
    expect(checkTransition(at('recue'), request, { now: NOW, reasons: offered }).map((p) => p.field)).toEqual(
      ['reason'],
    );
    expect(checkTransition(at('recue'), request, context)).toEqual([]);
  });

  describe('reads days in Paris', () => {
    it.each([
      // 20 May 23:59 in Paris: the 21st is still tomorrow.
      ['2027-05-20T21:59:00.000Z', '2027-05-21', ['date']],
      // 21 May 00:30 in Paris, still the 20th in UTC: the 21st is today.
      ['2027-05-20T22:30:00.000Z', '2027-05-21', []],
    ])('now %s, entry on %s', (now, date, fields) => {
      const problems = checkTransition(
        at('recue'),
        { to: 'entree', actor: 'afpa', date },
        { now: new Date(now), reasons: REASONS },
      );
      expect(problems.map((p) => p.field)).toEqual(fields);
    });

    it.each([
      // Sent on 2 May at 23:30 UTC: 3 May 01:30 in Paris.
      ['2027-05-02', ['date']],
      ['2027-05-03', []],
    ])('sent on 3 May in Paris (still 2 May in UTC): interview on %s', (date, fields) => {
      const p = testPrescription({ at: '2027-05-02T23:30:00.000Z', then: [{ status: 'recue' }] });
      const problems = checkTransition(p, { to: 'entretien', actor: 'afpa', date }, context);
      expect(problems.map((x) => x.field)).toEqual(fields);
    });
  });
});

describe('historyEntry', () => {
  it('keeps only what the move carries, trimmed', () => {
    const entry = historyEntry(
      { to: 'sortie', actor: 'afpa', date: '2027-05-18', comment: '  fin  ', bilan: ' Bilan. ', reason: '' },
      NOW,
      { id: '29:afpa-1', name: 'Coordinatrice' },
    );
    expect(entry).toEqual({
      at: NOW.toISOString(),
      status: 'sortie',
      actor: 'afpa',
      by: { id: '29:afpa-1', name: 'Coordinatrice' },
      date: '2027-05-18',
      comment: 'fin',
      bilan: 'Bilan.',
    });
    expect(historyEntry({ to: 'recue', actor: 'afpa', comment: '   ' }, NOW)).toEqual({
      at: NOW.toISOString(),
      status: 'recue',
      actor: 'afpa',
    });
  });
});

describe('followUpDue and nextFollowUpAt: reminders every 10 days, expiry at 30', () => {
  const delays: FollowUpDelays = { reminderDays: 10, expiryDays: 30 };
  const DAY = 86_400_000;
  /** Sent on 3 May 2027; no change of clocks in Paris before October. */
  const sent = new Date(SENT).getTime();
  const after = (days: number, ms = 0) => new Date(sent + days * DAY + ms);
  const waiting = (reminders: number) =>
    testPrescription({
      at: SENT,
      reminders: Array.from({ length: reminders }, (_, i) => after(10 * (i + 1)).toISOString()),
    });

  it.each([
    ['just sent', 0, 0, 0, undefined],
    ['day 9', 0, 9, 0, undefined],
    ['a millisecond before day 10', 0, 10, -1, undefined],
    ['day 10', 0, 10, 0, 'remind'],
    ['day 15, no reminder yet (the job was down)', 0, 15, 0, 'remind'],
    ['day 10, already reminded', 1, 10, 0, undefined],
    ['day 19, reminded once', 1, 19, 0, undefined],
    ['a millisecond before day 20, reminded once', 1, 20, -1, undefined],
    ['day 20, reminded once', 1, 20, 0, 'remind'],
    ['day 20, reminded twice', 2, 20, 0, undefined],
    ['day 29, reminded twice', 2, 29, 0, undefined],
    ['a millisecond before day 30', 2, 30, -1, undefined],
    ['day 30', 2, 30, 0, 'expire'],
    ['day 30, never reminded', 0, 30, 0, 'expire'],
    ['day 45', 2, 45, 0, 'expire'],
  ] as const)('%s → %s', (_name, reminders, days, ms, expected) => {
    expect(followUpDue(waiting(reminders), after(days, ms), delays)?.kind).toBe(expected);
  });

  it.each(STATUSES.filter((s) => s !== 'envoyee'))(
    'asks nothing of a prescription « %s », even long after',
    (status) => {
      const p = at(status);
      expect(followUpDue(p, after(10), delays)).toBeUndefined();
      expect(followUpDue(p, after(400), delays)).toBeUndefined();
      expect(nextFollowUpAt(p, delays)).toBeUndefined();
    },
  );

  it.each([
    [0, 10],
    [1, 20],
    [2, 30],
    [3, 30],
  ])('after %i reminder(s), looks again on day %i', (reminders, day) => {
    expect(nextFollowUpAt(waiting(reminders), delays)).toEqual(after(day));
  });

  it('follows other delays the same way', () => {
    const short: FollowUpDelays = { reminderDays: 3, expiryDays: 7 };
    const remindedOn = (...days: number[]) =>
      testPrescription({ at: SENT, reminders: days.map((d) => after(d).toISOString()) });
    expect(followUpDue(remindedOn(), after(3), short)?.kind).toBe('remind');
    expect(followUpDue(remindedOn(3), after(5), short)).toBeUndefined();
    expect(followUpDue(remindedOn(3), after(6), short)?.kind).toBe('remind');
    expect(nextFollowUpAt(remindedOn(3, 6), short)).toEqual(after(7));
    expect(followUpDue(remindedOn(3, 6), after(7), short)?.kind).toBe('expire');
  });

  it('sends one reminder, not all those missed, when the job comes back after a stop', () => {
    // Never reminded, the job runs again on day 25: one reminder now, the next one 10 days later.
    expect(followUpDue(waiting(0), after(25), delays)?.kind).toBe('remind');
    const remindedOnDay25 = testPrescription({ at: SENT, reminders: [after(25).toISOString()] });
    expect(followUpDue(remindedOnDay25, after(26), delays)).toBeUndefined();
    expect(nextFollowUpAt(remindedOnDay25, delays)).toEqual(after(30));
  });
});
