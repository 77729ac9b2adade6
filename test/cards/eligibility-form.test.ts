import { describe, expect, it } from 'vitest';
import { eligibilityFormCard, readEligibilityForm, valuesOf } from '../../cards/eligibility-cards.js';

describe('the eligibility form', () => {
  it('reads Oui / Non / nothing as true / false / unknown, and the age as a whole number', () => {
    expect(
      readEligibilityForm({ verb: 'checkEligibility', age: '17', ase: 'oui', inEducation: 'non', rsa: '' }),
    ).toEqual({
      ok: true,
      profile: { age: 17, ase: true, inEducation: false },
    });
  });

  it('treats an empty form as a check with nothing known', () => {
    expect(readEligibilityForm({ verb: 'checkEligibility' })).toEqual({ ok: true, profile: {} });
  });

  it.each(['17.5', '-1', '121', 'dix-sept'])(
    'refuses the age « %s » with a French message next to the field',
    (age) => {
      const reading = readEligibilityForm({ age, rsa: 'oui' });
      expect(reading.ok).toBe(false);
      if (!reading.ok) {
        expect(reading.errors.age).toMatch(/âge en années entières/);
        // What was typed correctly is kept.
        expect(reading.values.answers.rsa).toBe('oui');
      }
    },
  );

  it('refuses an answer that is not one of the choices', () => {
    const reading = readEligibilityForm({ rsa: 'peut-être' });
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.errors.rsa).toBeDefined();
  });

  it('shows the form again with the values and the error under the wrong field', () => {
    const reading = readEligibilityForm({ age: '17.5', ase: 'oui' });
    if (reading.ok) throw new Error('expected errors');
    const card = eligibilityFormCard({ values: reading.values, errors: reading.errors }).content as {
      body: Array<Record<string, unknown>>;
    };
    const ageIndex = card.body.findIndex((e) => e['id'] === 'age');
    expect(card.body[ageIndex]!['value']).toBe(17.5);
    expect(card.body[ageIndex + 1]!['text']).toMatch(/âge en années entières/);
    expect(JSON.stringify(card.body)).toContain('"id":"ase","label"');
    expect(JSON.stringify(card.body)).toMatch(/"id":"ase".*?"value":"oui"/);
  });

  it('fills the form back from a profile ("Modifier")', () => {
    expect(valuesOf({ age: 40, rsa: true, pecContract: false })).toEqual({
      age: 40,
      answers: { rsa: 'oui', pecContract: 'non' },
    });
  });
});
