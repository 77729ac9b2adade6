import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLines as libraryFold } from 'ical-generator';
import { buildCalendar, foldLines } from '../../../data/agenda/icalendar.js';
import type { AgendaEvent, EntrySession } from '../../../data/agenda/model.js';
import { agendaEvent } from '../../factories.js';

const event = (id: string, start: string, end: string, more: Partial<AgendaEvent> = {}) =>
  agendaEvent({ id, start, end, ...more });

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('buildCalendar', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('keeps 9:00 in Paris at 9:00 on both sides of the daylight-saving changes of 2027', () => {
    const events = parse(
      buildCalendar({
        name: 'Agenda',
        now,
        events: [
          event('before-spring', '2027-03-26T09:00', '2027-03-26T12:00'),
          event('after-spring', '2027-03-29T09:00', '2027-03-29T12:00'),
          event('before-autumn', '2027-10-29T09:00', '2027-10-29T12:00'),
          event('after-autumn', '2027-10-25T09:00', '2027-10-25T12:00'),
        ],
      }),
    );
    const utc = Object.fromEntries(
      events.map((e) => [e.uid.split('@')[0], e.startDate.toJSDate().toISOString()]),
    );
    expect(utc).toEqual({
      'event-before-spring': '2027-03-26T08:00:00.000Z',
      'event-after-spring': '2027-03-29T07:00:00.000Z',
      'event-before-autumn': '2027-10-29T07:00:00.000Z',
      'event-after-autumn': '2027-10-25T07:00:00.000Z',
    });
    for (const e of events) {
      expect(e.startDate.toString().slice(11)).toBe('09:00:00');
      expect(e.startDate.zone?.tzid).toBe('Europe/Paris');
    }
  });

  it('marks a cancelled event as cancelled', () => {
    const [cancelled] = parse(
      buildCalendar({
        name: 'Agenda',
        now,
        events: [event('x', '2027-01-20T09:00', '2027-01-20T12:00', { cancelled: true })],
      }),
    );
    expect(cancelled!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled!.summary).toMatch(/^ANNULÉ/);
  });

  it('writes entry sessions as all-day events ending after their last day', () => {
    const session: EntrySession = {
      id: 's',
      dispositif: 'prepa-competences',
      volet: 'volet 1',
      start: '2027-01-04',
      end: '2027-01-15',
      place: 'Montauban',
      modality: 'presentiel',
      seats: 12,
    };
    const [entry] = parse(
      buildCalendar({
        name: 'Agenda',
        now,
        events: [],
        sessions: [session],
        sessionName: () => 'Entrée Prépa Compétences – volet 1',
      }),
    );
    expect(entry!.startDate.isDate).toBe(true);
    expect(entry!.startDate.toString()).toBe('2027-01-04');
    expect(entry!.endDate.toString()).toBe('2027-01-16');
    expect(entry!.summary).toBe('Entrée Prépa Compétences – volet 1');
  });

  it('gives each event a stable UID, so that Outlook updates it instead of duplicating it', () => {
    const once = parse(
      buildCalendar({ name: 'A', now, events: [event('a', '2027-01-20T09:00', '2027-01-20T12:00')] }),
    );
    const twice = parse(
      buildCalendar({
        name: 'A',
        now: new Date(),
        events: [event('a', '2027-01-20T09:00', '2027-01-20T12:00')],
      }),
    );
    expect(once[0]!.uid).toBe(twice[0]!.uid);
  });
});

describe('foldLines', () => {
  it('folds exactly as ical-generator does, accents and emoji included', () => {
    const lines = [
      '',
      'SUMMARY:court',
      `DESCRIPTION:${'Découverte des métiers de la logistique, visite des plateaux « techniques » '.repeat(4)}`,
      `LOCATION:${'é'.repeat(80)}`,
      `SUMMARY:${'a'.repeat(73)}😀${'b'.repeat(90)}`,
      `X:${'😀'.repeat(40)}\ud800z`,
    ];
    const text = `${lines.join('\r\n')}\r\n`;
    expect(foldLines(text)).toBe(libraryFold(text));
  });
});
