import { tz } from '@date-fns/tz';
import { addDays, format, isValid, parse } from 'date-fns';
import { fr } from 'date-fns/locale';

/** Every date the bot reasons about is a day in Paris. */
export const PARIS = tz('Europe/Paris');

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A pure function of a day, remembered: a turn asks the same few days (the campaign's
 * deadlines, today) many times, and each date-fns parse or format costs microseconds.
 */
function remembered<R>(compute: (day: string) => R): (day: string) => R {
  const known = new Map<string, R>();
  return (day) => {
    let result = known.get(day);
    if (result === undefined && !known.has(day)) {
      result = compute(day);
      // Bounded: the days asked are few, but they come from what people type.
      if (known.size >= 1024) known.clear();
      known.set(day, result);
    }
    return result as R;
  };
}

/** Whether `value` is a real calendar day written YYYY-MM-DD (2023-02-30 is not). */
export const isIsoDay = remembered(
  (value: string): boolean =>
    ISO_DAY.test(value) && isValid(parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1))),
);

/** The last instant's minute and its Paris day: the day changes at a whole minute, never within one. */
let lastMinute = Number.NaN;
let lastDay = '';

/** The day it is in Paris at `instant`, as YYYY-MM-DD. */
export function parisDay(instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = format(instant, 'yyyy-MM-dd', { in: PARIS });
    lastMinute = minute;
  }
  return lastDay;
}

/** "31 décembre 2022", "1er janvier 2023". */
export const frenchDay = remembered((isoDay: string): string => {
  const date = parse(isoDay, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const day = date.getDate() === 1 ? '1er' : String(date.getDate());
  return `${day} ${format(date, 'MMMM yyyy', { locale: fr })}`;
});

/** The day after `isoDay` (« closes depuis le 1er janvier 2023 » after a deadline of 31 December). */
export const dayAfter = remembered((isoDay: string): string =>
  format(addDays(parse(isoDay, 'yyyy-MM-dd', new Date(2000, 0, 1)), 1), 'yyyy-MM-dd'),
);
