import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { PARIS, parisDay } from '../dates.js';
import { keepAtMost } from '../text.js';

/**
 * Dates as a French reader expects them: « mardi 8 décembre 2026, 9 h 30 – 12 h ».
 * Every input is a wall-clock time or a day in Paris, as AFPA wrote it.
 */

function parts(local: string): { year: number; month: number; day: number; hours: number; minutes: number } {
  const [date, time = '00:00'] = local.split('T') as [string, string?];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return { year, month, day, hours, minutes };
}

/** The real instant of a Paris wall-clock time ('YYYY-MM-DDTHH:mm', or a day at midnight). */
export function parisInstant(local: string): Date {
  const p = parts(local);
  return new Date(new TZDate(p.year, p.month - 1, p.day, p.hours, p.minutes, 0, 'Europe/Paris').getTime());
}

/** A calendar date for formatting, free of any time zone: only its day matters. */
function calendarDate(local: string): Date {
  const p = parts(local);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, 12));
}

/**
 * Days already written, by day and form: an agenda answer writes the same few dozen
 * days at every question, and date-fns' formatting in a time zone cost more than the
 * rest of such a turn. A day is always written the same; bounded, as the days asked move on.
 */
const writtenDays = new Map<string, string>();
const WRITTEN_DAYS_KEPT = 4_096;

/** « mardi 8 décembre 2026 », with « 1er » for the first of the month. */
function longDay(local: string, withYear = true): string {
  const key = `${local.slice(0, 10)}${withYear ? '' : '-'}`;
  const known = writtenDays.get(key);
  if (known !== undefined) return known;
  const written = writeLongDay(local, withYear);
  keepAtMost(writtenDays, WRITTEN_DAYS_KEPT, key, written);
  return written;
}

function writeLongDay(local: string, withYear: boolean): string {
  const date = calendarDate(local);
  const day = parts(local).day === 1 ? '1er' : String(parts(local).day);
  const weekday = format(date, 'EEEE', { locale: fr, in: PARIS });
  const month = format(date, withYear ? 'MMMM yyyy' : 'MMMM', { locale: fr, in: PARIS });
  return `${weekday} ${day} ${month}`;
}

/** « 9 h 30 », « 12 h ». */
function clock(local: string): string {
  const { hours, minutes } = parts(local);
  return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
}

/** Events' times already written, by start and end: as the days, the same few at every agenda answer. */
const writtenTimes = new Map<string, string>();

/** « mardi 8 décembre 2026, 9 h 30 – 12 h », or a range over two days. */
export function formatEventWhen(start: string, end: string): string {
  const key = `${start}|${end}`;
  const known = writtenTimes.get(key);
  if (known !== undefined) return known;
  const written = writeEventWhen(start, end);
  keepAtMost(writtenTimes, WRITTEN_DAYS_KEPT, key, written);
  return written;
}

function writeEventWhen(start: string, end: string): string {
  if (start.slice(0, 10) === end.slice(0, 10)) return `${longDay(start)}, ${clock(start)} – ${clock(end)}`;
  return `du ${longDay(start)}, ${clock(start)} au ${longDay(end)}, ${clock(end)}`;
}

/** « du lundi 4 janvier au vendredi 15 janvier 2027 », or one day. */
export function formatDayRange(start: string, end: string): string {
  if (start === end) return longDay(start);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `du ${longDay(start, !sameYear)} au ${longDay(end)}`;
}

/**
 * How fresh a count is: « mis à jour il y a 3 jours (le 25 novembre) », counted in Paris
 * calendar days; the date too, for whoever asks « ça date de quand ? ».
 */
export function formatFreshness(updatedAt: string, now: Date): string {
  const days = differenceInCalendarDays(calendarDate(parisDay(now)), calendarDate(updatedAt.slice(0, 10)));
  if (days <= 0) return 'mis à jour aujourd’hui';
  if (days === 1) return 'mis à jour hier';
  const date = calendarDate(updatedAt.slice(0, 10));
  const day = `${date.getUTCDate() === 1 ? '1er' : String(date.getUTCDate())} ${format(date, 'MMMM', { locale: fr, in: PARIS })}`;
  if (days < 14) return `mis à jour il y a ${days} jours (le ${day})`;
  if (days <= 60) return `mis à jour il y a ${Math.floor(days / 7)} semaines (le ${day})`;
  return `mis à jour le ${day} ${format(date, 'yyyy', { locale: fr, in: PARIS })}`;
}
