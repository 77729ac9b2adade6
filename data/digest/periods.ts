import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { PARIS } from '../dates.js';

/**
 * A digest is sent once per référent and per ISO week, the week as it is in Paris:
 * on Monday at 00:30 in Paris it is already the new week, though still Sunday in UTC.
 */

/** « 2026-W49 ». */
export type IsoWeek = string;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export function isoWeekOf(instant: Date): IsoWeek {
  const week = getISOWeek(instant, { in: PARIS });
  return `${getISOWeekYear(instant, { in: PARIS })}-W${String(week).padStart(2, '0')}`;
}

/** The instant the ISO week holding `instant` starts: Monday 00:00 in Paris. */
export function weekStart(instant: Date): Date {
  return new Date(startOfISOWeek(instant, { in: PARIS }).getTime());
}

/** How many weeks from `earlier` to `later` (2026-W52 → 2027-W01 is 2 in a 53-week year, 1 otherwise). */
export function weeksBetween(earlier: IsoWeek, later: IsoWeek): number {
  return Math.round((mondayOf(later) - mondayOf(earlier)) / (7 * 24 * 60 * 60 * 1000));
}

/** Monday of an ISO week as a UTC day, in ms: week 1 is the week holding 4 January. */
function mondayOf(week: IsoWeek): number {
  const match = ISO_WEEK.exec(week);
  if (!match) throw new RangeError(`Not an ISO week: ${week}`);
  const january4 = Date.UTC(Number(match[1]), 0, 4);
  const dayOfWeek = (new Date(january4).getUTCDay() + 6) % 7;
  return january4 - dayOfWeek * 86_400_000 + (Number(match[2]) - 1) * 7 * 86_400_000;
}
