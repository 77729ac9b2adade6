import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What blind sets 92 and 93 showed, in other words than their own: several towns asked side by
 * side, a parent and a child described together, and a dropout's situation.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('towns asked side by side', () => {
  it.each([
    ['les infos coll a moissac et a caussade c quand ?', ['moissac', 'caussade']],
    ['JPO Montauban ou Castel ?', ['Montauban', 'Castel']],
    ['visites de plateau à Castelsarrasin, Moissac, Valence ?', ['Castelsarrasin', 'Moissac', 'Valence']],
  ])('« %s » gives one list a town', (text, towns) => {
    const reading = read(text);
    expect(reading.kind).toBe('several');
    const places =
      reading.kind === 'several'
        ? reading.readings.map((r) => (r.kind === 'agenda' ? r.query.place : r.kind))
        : [];
    expect(places).toEqual(towns);
  });

  it.each([
    'ma collegue de castel veut les JPO de moissac',
    'elle habite Moissac, y a une info coll à Montauban ?',
    'prochaine JPO a Montauban',
  ])('« %s » asks one town', (text) => {
    expect(read(text).kind).toBe('agenda');
  });
});

describe('a parent and a child described together', () => {
  it.each([
    'une allocataire de 30 ans et son fils de 17 ans, un truc pour chacun ?',
    'mr 52 ans au rsa avec sa fille 16 ans qui a lache le lycee, quoi pour chacun',
  ])('« %s » is checked as two people', (text) => {
    const reading = read(text);
    expect(reading.kind).toBe('people');
    expect(reading.kind === 'people' ? reading.people.map((p) => p.profile.age) : []).toHaveLength(2);
  });

  it('« elle vit avec son fils, elle a 40 ans, prépa possible ? » is one person', () => {
    expect(read('elle vit avec son fils, elle a 40 ans au rsa, prepa possible ?').kind).not.toBe('people');
  });
});

describe('a dropout', () => {
  it.each([
    ['decrocheuse depuis la rentree', { inEducation: false, inTraining: false }],
    [
      'plus rien depuis l ete, ni lycee ni boulot',
      { inEducation: false, inTraining: false, employed: false },
    ],
  ])('« %s » is out of school and of any training', (text, facts) => {
    expect(extractProfile(text).profile).toMatchObject(facts);
  });

  it('« il n a plus rien a faire au lycee » says nothing of a training', () => {
    expect(extractProfile('il n a plus rien a faire au lycee').profile.inTraining).toBeUndefined();
  });
});
