import { describe, expect, it } from 'vitest';
import { agendaFilters, parseAgendaQuery, runAgendaQuery } from '../../../data/agenda/agenda-query.js';
import type { AgendaEvent } from '../../../data/agenda/model.js';
import { followUp } from '../../../data/qa/follow-up.js';

/**
 * « un mardi matin », « le jeudi aprem, pas le matin », « à partir de 14h », « en fin de
 * semaine »: when in the day or the week the person can come, as référents ask it.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00'); // Monday

describe('the time of day asked', () => {
  it.each([
    ['vous avez qqch un mardi matin en janvier ?', { beforeHour: 12 }],
    ['une info coll prepa le jeudi aprem ?', { fromHour: 12 }],
    ['jpo l apres-midi ?', { fromHour: 12 }],
    ['info coll pec pas le matin svp elle travaille', { fromHour: 12 }],
    ['en fevrier a partir de 14h il y a quoi ?', { fromHour: 14 }],
    ['une visite apres 15 h ?', { fromHour: 15 }],
    ['une reunion metier avant 11h ?', { beforeHour: 11 }],
    ['en mars a partir de 14h ya quoi ? le matin j ai des rdv', { fromHour: 14 }],
    ['une info coll un jeudi aprem ? pas le matin elle a ses enfants', { fromHour: 12 }],
    ['visite un mardi matin ? l apres midi elle travaille', { beforeHour: 12 }],
  ])('« %s »', (text, hours) => {
    const query = parseAgendaQuery(text, NOW);
    expect(query).toMatchObject(hours);
  });

  it('no time of day asked, none set', () => {
    const query = parseAgendaQuery('prochaines jpo a montauban ?', NOW);
    expect(query?.fromHour).toBeUndefined();
    expect(query?.beforeHour).toBeUndefined();
  });

  it('« un truc l’après-midi à Caussade ? » asks the agenda', () => {
    expect(parseAgendaQuery('un truc l apres midi a caussade ?', NOW)).toMatchObject({
      kind: 'events',
      fromHour: 12,
      place: 'caussade',
    });
  });

  it('« et le matin ? » after a list asks the same list in the morning', () => {
    expect(agendaFilters('et le matin ?', NOW)).toMatchObject({ beforeHour: 12 });
  });
});

describe('the end of the week', () => {
  it('« en fin de semaine » is this Thursday to Sunday', () => {
    expect(parseAgendaQuery('en fin de semaine il se passe quoi a l afpa ?', NOW)).toMatchObject({
      from: '2027-01-14',
      to: '2027-01-17',
    });
  });

  it('« en fin de semaine prochaine » is next week’s', () => {
    expect(parseAgendaQuery('des jpo en fin de semaine prochaine ?', NOW)).toMatchObject({
      from: '2027-01-21',
      to: '2027-01-24',
    });
  });
});

describe('events kept by the hour they start', () => {
  const event = (id: string, start: string): AgendaEvent => ({
    id,
    type: 'jpo',
    title: `Journée ${id}`,
    start: `2027-01-19T${start}`,
    end: `2027-01-19T${start.slice(0, 2) === '09' ? '11:00' : '17:00'}`,
    place: 'AFPA Montauban',
    trade: '',
    description: '',
    seats: null,
    cancelled: false,
  });
  const items = [event('matin', '09:00'), event('midi', '12:00'), event('aprem', '14:30')];
  const ids = (hours: { fromHour?: number; beforeHour?: number }) =>
    runAgendaQuery(items, { kind: 'events', ...hours }, NOW).map((e) => e.id);

  it('in the morning: what starts before noon', () => {
    expect(ids({ beforeHour: 12 })).toEqual(['matin']);
  });

  it('in the afternoon: what starts at noon or later', () => {
    expect(ids({ fromHour: 12 })).toEqual(['midi', 'aprem']);
  });

  it('from 14h: what starts then or later', () => {
    expect(ids({ fromHour: 14 })).toEqual(['aprem']);
  });
});

describe('the référente’s own day is no time asked', () => {
  it.each([
    'une info coll prepa bientot pour une dame que je vois ce matin',
    'jpo ? je l ai vu cet apres midi',
  ])('« %s »', (text) => {
    const query = parseAgendaQuery(text, NOW);
    expect(query?.fromHour).toBeUndefined();
    expect(query?.beforeHour).toBeUndefined();
  });
});

describe('another part of the day asked after a list', () => {
  it('« et le matin plutôt ? » after an afternoon list replaces the hours, it does not add to them', () => {
    const context = { at: NOW.toISOString(), agenda: { kind: 'events' as const, fromHour: 12 } };
    expect(followUp('et le matin plutot ?', context, NOW)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', beforeHour: 12 },
    });
  });
});
