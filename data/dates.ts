import { tz } from '@date-fns/tz';
import { addDays, format, isValid, parse } from 'date-fns';
import { fr } from 'date-fns/locale';

/** Every date the bot reasons about is a day in Paris. */
export const PARIS = tz('Europe/Paris');

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value) && isValid(parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1)));
}

/** The day it is in Paris at `instant`, as YYYY-MM-DD. */
export function parisDay(instant: Date): string {
  return format(instant, 'yyyy-MM-dd', { in: PARIS });
}

/** "31 décembre 2022", "1er janvier 2023". */
export function frenchDay(isoDay: string): string {
  const date = parse(isoDay, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const day = date.getDate() === 1 ? '1er' : String(date.getDate());
  return `${day} ${format(date, 'MMMM yyyy', { locale: fr })}`;
}

/** The day after `isoDay` (« closes depuis le 1er janvier 2023 » after a deadline of 31 December). */
export function dayAfter(isoDay: string): string {
  return format(addDays(parse(isoDay, 'yyyy-MM-dd', new Date(2000, 0, 1)), 1), 'yyyy-MM-dd');
}
