import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { addDays, format, parse } from 'date-fns';
import ical, { ICalEventStatus } from 'ical-generator';
import { eventTitleWithType, MODALITY_LABELS, type AgendaEvent, type EntrySession } from './model.js';

/** Names a session in a calendar: "Entrée Prépa Compétences – volet 1". */
export type SessionNamer = (session: EntrySession) => string;

const TIMEZONE = 'Europe/Paris';

/**
 * iCalendar for Outlook: events keep AFPA's wall-clock times with TZID=Europe/Paris
 * and its VTIMEZONE, so 9:00 shows as 9:00 on both sides of a daylight-saving change.
 * Entry sessions are all-day events.
 */
export function buildCalendar(options: {
  name: string;
  events: readonly AgendaEvent[];
  sessions?: readonly EntrySession[];
  sessionName?: SessionNamer;
  now: Date;
}): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Departement de Tarn-et-Garonne', product: 'assistant-afpa-82', language: 'FR' },
    timezone: { name: TIMEZONE, generator: getVtimezoneComponent },
  });
  const stamp = options.now;
  // Written out a few hundred events at a time, so that a large agenda never holds all of
  // the library's event objects at once; folding goes line by line, so chunks change nothing.
  const parts: string[] = [];
  const flush = () => {
    parts.push(
      foldLines(
        calendar
          .events()
          .map((event) => event.toString())
          .join(''),
      ),
    );
    calendar.clear();
  };
  const CHUNK = 500;
  for (const event of options.events) {
    if (calendar.length() >= CHUNK) flush();
    calendar.createEvent({
      id: `event-${event.id}@assistant-afpa-82`,
      start: `${event.start}:00`,
      end: `${event.end}:00`,
      timezone: TIMEZONE,
      stamp,
      summary: `${event.cancelled ? 'ANNULÉ – ' : ''}${eventTitleWithType(event)}`,
      location: event.place || undefined,
      description:
        [event.description, event.trade ? `Métier : ${event.trade}` : ''].filter(Boolean).join('\n') ||
        undefined,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  for (const session of options.sessions ?? []) {
    if (calendar.length() >= CHUNK) flush();
    calendar.createEvent({
      id: `session-${session.id}@assistant-afpa-82`,
      allDay: true,
      start: session.start,
      // DTEND of an all-day event is the day after the last one.
      end: format(addDays(parse(session.end, 'yyyy-MM-dd', new Date(2000, 0, 1)), 1), 'yyyy-MM-dd'),
      stamp,
      summary: options.sessionName?.(session) ?? `Entrée ${session.dispositif}`,
      location: session.place || undefined,
      description: `Modalité : ${MODALITY_LABELS[session.modality]}`,
    });
  }
  flush();
  // The library folds long lines with one TextEncoder per character, which is most of
  // the time spent on a large agenda: the events are folded here, the same way, faster.
  const frame = calendar.toString();
  const end = 'END:VCALENDAR';
  return frame.slice(0, frame.length - end.length) + parts.join('') + end;
}

/**
 * RFC 5545 line folding exactly as ical-generator does it: a line longer than 75
 * octets goes on after CRLF and a space, never inside a character.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      let folded = '';
      let octets = 0;
      let from = 0;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        let size: number;
        let char: string | undefined;
        if (code < 0x80) size = 1;
        else {
          char = line.charAt(i);
          if (code >= 0xd800 && code <= 0xdbff) char += line.charAt(++i);
          size = Buffer.byteLength(char, 'utf8');
        }
        octets += size;
        if (octets > 74) {
          folded += line.slice(from, i + 1 - (char?.length ?? 1)) + '\r\n ';
          from = i + 1 - (char?.length ?? 1);
          octets = size;
        }
      }
      return folded + line.slice(from);
    })
    .join('\r\n');
}
