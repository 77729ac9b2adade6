import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../../data/agenda/agenda-history.js';
import type { EntrySession, TrainingPlace } from '../../../data/agenda/model.js';
import { buildDigest, type DigestInput } from '../../../data/digest/digest-content.js';
import { DEFAULT_PREFERENCES, type Interests } from '../../../data/digest/subscriptions.js';
import { agendaEvent } from '../../factories.js';

// Monday 7 December 2026, 08:30 in Paris.
const NOW = new Date('2026-12-07T07:30:00Z');
const LAST_DIGEST = '2026-11-30T07:30:00.000Z';

const place = (id: string, more: Partial<TrainingPlace> = {}): TrainingPlace => ({
  id,
  training: `Formation ${id}`,
  trade: 'Maçonnerie',
  start: '2027-01-04',
  end: '2027-06-30',
  place: 'Montauban',
  available: 3,
  updatedAt: '2026-12-01',
  ...more,
});
const session = (id: string, more: Partial<EntrySession> = {}): EntrySession => ({
  id,
  dispositif: 'prepa-competences',
  volet: '',
  start: '2026-12-14',
  end: '2027-02-14',
  place: 'Montauban',
  modality: 'presentiel',
  seats: 8,
  ...more,
});
const everything: Interests = { dispositifs: [], trades: [], towns: [] };

function digest(more: Partial<DigestInput>) {
  return buildDigest({
    interests: everything,
    now: NOW,
    events: [],
    sessions: [],
    places: [],
    changes: [],
    prescriptions: [],
    ...more,
  });
}

describe('the digest’s content', () => {
  it('holds places with room, events of the next 14 days and entries of the next 4 weeks', () => {
    const d = digest({
      places: [place('a'), place('full', { available: 0 }), place('over', { end: '2026-12-01' })],
      events: [
        agendaEvent({ id: 'soon', start: '2026-12-10T09:00', end: '2026-12-10T12:00' }),
        agendaEvent({ id: 'day14', start: '2026-12-21T09:00', end: '2026-12-21T12:00' }),
        agendaEvent({ id: 'later', start: '2026-12-22T09:00', end: '2026-12-22T12:00' }),
        agendaEvent({ id: 'past', start: '2026-12-04T09:00', end: '2026-12-04T12:00' }),
      ],
      sessions: [
        session('in3weeks', { start: '2026-12-28' }),
        session('in4weeks', { start: '2027-01-04' }),
        session('in5weeks', { start: '2027-01-11' }),
      ],
    });
    expect(d.places.map((p) => p.item.id)).toEqual(['a']);
    expect(d.events.map((e) => e.item.id)).toEqual(['soon', 'day14']);
    expect(d.sessions.map((s) => s.item.id)).toEqual(['in3weeks', 'in4weeks']);
    // A first digest is all news.
    expect(d.hasNews).toBe(true);
  });

  it('keeps to the trades, programmes and towns chosen, and keeps events of the whole centre', () => {
    const d = digest({
      interests: { dispositifs: ['promo-16-18'], trades: ['soudure'], towns: [] },
      places: [place('macon'), place('soudeur', { trade: 'Soudure', training: 'Soudeur TIG' })],
      events: [
        agendaEvent({ id: 'jpo', start: '2026-12-10T09:00', end: '2026-12-10T12:00' }),
        agendaEvent({
          id: 'soudure',
          type: 'visite_plateau',
          trade: 'Soudure',
          start: '2026-12-11T09:00',
          end: '2026-12-11T12:00',
        }),
        agendaEvent({
          id: 'cariste',
          type: 'reunion_metier',
          trade: 'Cariste',
          start: '2026-12-12T09:00',
          end: '2026-12-12T12:00',
        }),
      ],
      sessions: [session('prepa'), session('promo', { dispositif: 'promo-16-18' })],
    });
    expect(d.places.map((p) => p.item.id)).toEqual(['soudeur']);
    expect(d.events.map((e) => e.item.id)).toEqual(['jpo', 'soudure']);
    expect(d.sessions.map((s) => s.item.id)).toEqual(['promo']);
  });

  it('keeps to the towns chosen, however they are written', () => {
    const d = digest({
      interests: { dispositifs: [], trades: [], towns: ['castelsarrasin'] },
      places: [place('mtb'), place('cst', { place: 'AFPA Castelsarrasin' })],
      sessions: [session('mtb'), session('cst', { place: 'Castelsarrasin' })],
    });
    expect(d.places.map((p) => p.item.id)).toEqual(['cst']);
    expect(d.sessions.map((s) => s.item.id)).toEqual(['cst']);
  });

  it('says what changed in the places since the last digest', () => {
    const before = [
      place('more', { available: 2 }),
      place('same'),
      place('fewer', { available: 5 }),
      place('gone'),
      place('filled'),
    ];
    const after = [
      place('more', { available: 6 }),
      place('same', { updatedAt: '2026-12-04' }),
      place('fewer', { available: 1 }),
      place('filled', { available: 0 }),
      place('new'),
    ];
    const d = digest({
      since: LAST_DIGEST,
      places: after,
      changes: changesBetween('places', before, after, new Date('2026-12-03T10:00:00Z')),
    });
    const news = Object.fromEntries(d.places.map((p) => [p.item.id, [p.news, p.before]]));
    expect(news).toEqual({
      more: ['plus de places', 2],
      same: [undefined, undefined],
      fewer: ['moins de places', 5],
      new: ['nouveau', undefined],
    });
    expect(d.placesGone.map((p) => p.id).sort()).toEqual(['filled', 'gone']);
    expect(d.hasNews).toBe(true);
  });

  it('has no news when nothing changed and nothing entered its windows since the last digest', () => {
    const d = digest({
      since: LAST_DIGEST,
      places: [place('a')],
      events: [agendaEvent({ id: 'e', start: '2026-12-10T09:00', end: '2026-12-10T12:00' })],
      sessions: [session('s')],
    });
    expect(d.places).toHaveLength(1);
    expect(d.events).toHaveLength(1);
    expect(d.hasNews).toBe(false);
  });

  it('counts as new an event already published that has just come within 14 days', () => {
    const d = digest({
      since: LAST_DIGEST,
      events: [
        agendaEvent({ id: 'was-in', start: '2026-12-09T09:00', end: '2026-12-09T12:00' }),
        agendaEvent({ id: 'came-in', start: '2026-12-18T09:00', end: '2026-12-18T12:00' }),
      ],
    });
    expect(d.events.map((e) => [e.item.id, e.news])).toEqual([
      ['was-in', undefined],
      ['came-in', 'nouveau'],
    ]);
    expect(d.hasNews).toBe(true);
  });

  it('marks an event cancelled since the last digest', () => {
    const open = agendaEvent({ id: 'e', start: '2026-12-10T09:00', end: '2026-12-10T12:00' });
    const cancelled = { ...open, cancelled: true };
    const d = digest({
      since: LAST_DIGEST,
      events: [cancelled],
      changes: changesBetween('events', [open], [cancelled], new Date('2026-12-02T10:00:00Z')),
    });
    expect(d.events.map((e) => e.news)).toEqual(['annulé']);
  });

  it('has news when only one of the référent’s own prescriptions moved', () => {
    const d = digest({
      since: LAST_DIGEST,
      prescriptions: [
        {
          id: 'P-7K3M9Q',
          dispositif: 'prepa-competences',
          status: 'recue',
          at: '2026-12-02T10:00:00Z',
          name: 'Marie D.',
        },
      ],
    });
    expect(d.hasNews).toBe(true);
  });

  it('is empty, with no news, when AFPA has published nothing', () => {
    const d = digest({ interests: { ...DEFAULT_PREFERENCES } });
    expect([d.places, d.placesGone, d.events, d.sessions, d.prescriptions].every((s) => s.length === 0)).toBe(
      true,
    );
    expect(d.hasNews).toBe(false);
  });
});
