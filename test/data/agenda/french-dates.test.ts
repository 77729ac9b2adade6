import { describe, expect, it } from 'vitest';
import {
  formatDayRange,
  formatEventWhen,
  formatFreshness,
  parisInstant,
} from '../../../data/agenda/french-format.js';

describe('formatEventWhen', () => {
  it.each([
    ['2026-12-08T09:30', '2026-12-08T12:00', 'mardi 8 décembre 2026, 9 h 30 – 12 h'],
    ['2027-01-01T14:00', '2027-01-01T16:45', 'vendredi 1er janvier 2027, 14 h – 16 h 45'],
    ['2027-03-29T09:00', '2027-03-29T12:00', 'lundi 29 mars 2027, 9 h – 12 h'],
    ['2027-10-25T09:00', '2027-10-25T12:00', 'lundi 25 octobre 2027, 9 h – 12 h'],
    [
      '2027-01-20T09:00',
      '2027-01-21T12:00',
      'du mercredi 20 janvier 2027, 9 h au jeudi 21 janvier 2027, 12 h',
    ],
  ])('%s → %s', (start, end, expected) => {
    expect(formatEventWhen(start, end)).toBe(expected);
  });

  it('writes an event again the same, and another end as its own', () => {
    expect(formatEventWhen('2026-12-08T09:30', '2026-12-08T12:00')).toBe(
      formatEventWhen('2026-12-08T09:30', '2026-12-08T12:00'),
    );
    expect(formatEventWhen('2026-12-08T09:30', '2026-12-08T11:15')).toBe(
      'mardi 8 décembre 2026, 9 h 30 – 11 h 15',
    );
    expect(formatEventWhen('2026-12-08T09:30', '2026-12-09T11:15')).toBe(
      'du mardi 8 décembre 2026, 9 h 30 au mercredi 9 décembre 2026, 11 h 15',
    );
  });
});

describe('formatDayRange', () => {
  it.each([
    ['2027-01-04', '2027-01-15', 'du lundi 4 janvier au vendredi 15 janvier 2027'],
    ['2026-12-28', '2027-01-08', 'du lundi 28 décembre 2026 au vendredi 8 janvier 2027'],
    ['2027-02-01', '2027-02-01', 'lundi 1er février 2027'],
  ])('%s – %s → %s', (start, end, expected) => {
    expect(formatDayRange(start, end)).toBe(expected);
  });
});

describe('parisInstant', () => {
  it.each([
    ['2027-03-26T09:00', '2027-03-26T08:00:00.000Z'],
    ['2027-03-29T09:00', '2027-03-29T07:00:00.000Z'],
    ['2027-10-25T09:00', '2027-10-25T07:00:00.000Z'],
    ['2027-11-02T09:00', '2027-11-02T08:00:00.000Z'],
    ['2027-01-04', '2027-01-03T23:00:00.000Z'],
  ])('%s in Paris is %s', (local, utc) => {
    expect(parisInstant(local).toISOString()).toBe(utc);
  });
});

describe('formatFreshness', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  it.each([
    ['2026-11-28', 'mis à jour aujourd’hui'],
    ['2026-11-28T08:15', 'mis à jour aujourd’hui'],
    ['2026-11-27', 'mis à jour hier'],
    ['2026-11-25', 'mis à jour il y a 3 jours (le 25 novembre)'],
    ['2026-11-10', 'mis à jour il y a 2 semaines (le 10 novembre)'],
    ['2026-09-01', 'mis à jour le 1er septembre 2026'],
  ])('%s → %s', (updatedAt, expected) => {
    expect(formatFreshness(updatedAt, now)).toBe(expected);
  });

  it('counts days in Paris: 23:30 UTC on the 27th is already the 28th there', () => {
    expect(formatFreshness('2026-11-28', new Date('2026-11-27T23:30:00Z'))).toBe('mis à jour aujourd’hui');
  });
});
