import { describe, expect, it } from 'vitest';
import { plannedRunThisWeek } from '../../bot/jobs/digest-jobs.js';

describe('the digest schedule', () => {
  it('catches up this week’s run only once its time has come, Monday 08:30 in Paris', () => {
    // Winter: Paris is UTC+1.
    expect(plannedRunThisWeek('30 8 * * 1', new Date('2026-12-07T07:29:00Z'))).toBeUndefined();
    expect(plannedRunThisWeek('30 8 * * 1', new Date('2026-12-07T07:30:00Z'))?.toISOString()).toBe(
      '2026-12-07T07:30:00.000Z',
    );
    expect(plannedRunThisWeek('30 8 * * 1', new Date('2026-12-10T15:00:00Z'))?.toISOString()).toBe(
      '2026-12-07T07:30:00.000Z',
    );
    // Sunday night: the week's run was last Monday's.
    expect(plannedRunThisWeek('30 8 * * 1', new Date('2026-12-13T22:00:00Z'))?.toISOString()).toBe(
      '2026-12-07T07:30:00.000Z',
    );
  });

  it('keeps 08:30 in Paris across both 2027 clock changes', () => {
    // Summer time from Sunday 28 March 2027: Monday 29 March 08:30 is 06:30 UTC.
    expect(plannedRunThisWeek('30 8 * * 1', new Date('2027-03-22T12:00:00Z'))?.toISOString()).toBe(
      '2027-03-22T07:30:00.000Z',
    );
    expect(plannedRunThisWeek('30 8 * * 1', new Date('2027-03-29T12:00:00Z'))?.toISOString()).toBe(
      '2027-03-29T06:30:00.000Z',
    );
    // Winter time again from Sunday 31 October 2027.
    expect(plannedRunThisWeek('30 8 * * 1', new Date('2027-10-25T12:00:00Z'))?.toISOString()).toBe(
      '2027-10-25T06:30:00.000Z',
    );
    expect(plannedRunThisWeek('30 8 * * 1', new Date('2027-11-01T12:00:00Z'))?.toISOString()).toBe(
      '2027-11-01T07:30:00.000Z',
    );
  });

  it('follows a configured time', () => {
    expect(plannedRunThisWeek('0 17 * * 5', new Date('2026-12-10T12:00:00Z'))).toBeUndefined();
    expect(plannedRunThisWeek('0 17 * * 5', new Date('2026-12-11T16:00:00Z'))?.toISOString()).toBe(
      '2026-12-11T16:00:00.000Z',
    );
  });
});
