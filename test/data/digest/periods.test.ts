import { describe, expect, it } from 'vitest';
import { isoWeekOf, weekStart, weeksBetween } from '../../../data/digest/periods.js';

describe('ISO weeks in Paris', () => {
  it.each([
    // 2026 starts on a Thursday: it has a week 53, which runs into 2027.
    ['2026-12-28T12:00:00Z', '2026-W53'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2027-01-01T12:00:00Z', '2026-W53'],
    ['2027-01-03T22:59:00Z', '2026-W53'],
    // Monday 4 January 2027 at 00:00 in Paris is still Sunday in UTC.
    ['2027-01-03T23:00:00Z', '2027-W01'],
    ['2027-12-31T12:00:00Z', '2027-W52'],
    ['2028-01-03T12:00:00Z', '2028-W01'],
  ])('%s is in %s', (instant, week) => {
    expect(isoWeekOf(new Date(instant))).toBe(week);
  });

  it('starts each week on Monday at midnight in Paris, across both 2027 clock changes', () => {
    // Summer time starts on Sunday 28 March 2027 and ends on Sunday 31 October 2027.
    expect(weekStart(new Date('2027-03-28T12:00:00Z')).toISOString()).toBe('2027-03-21T23:00:00.000Z');
    expect(weekStart(new Date('2027-03-29T12:00:00Z')).toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(weekStart(new Date('2027-10-31T12:00:00Z')).toISOString()).toBe('2027-10-24T22:00:00.000Z');
    expect(weekStart(new Date('2027-11-01T12:00:00Z')).toISOString()).toBe('2027-10-31T23:00:00.000Z');
    expect(isoWeekOf(new Date('2027-03-28T21:59:00Z'))).toBe('2027-W12');
    expect(isoWeekOf(new Date('2027-03-28T22:00:00Z'))).toBe('2027-W13');
  });

  it('counts the weeks between two weeks, across a year of 53 weeks and one of 52', () => {
    expect(weeksBetween('2026-W49', '2026-W49')).toBe(0);
    expect(weeksBetween('2026-W49', '2026-W51')).toBe(2);
    expect(weeksBetween('2026-W52', '2027-W01')).toBe(2);
    expect(weeksBetween('2026-W53', '2027-W01')).toBe(1);
    expect(weeksBetween('2027-W52', '2028-W01')).toBe(1);
    expect(weeksBetween('2027-W13', '2027-W12')).toBe(-1);
  });
});
