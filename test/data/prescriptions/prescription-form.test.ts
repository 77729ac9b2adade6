import { describe, expect, it } from 'vitest';
import { readPrescriptionForm, type FormOutcome } from '../../../data/prescriptions/prescription-form.js';
import {
  CONTEXT,
  DAY_AFTER_DEADLINE,
  DEADLINE_DAY,
  FORM_CASES,
  PEC_BASE,
  PREPA_BASE,
  PROMO_BASE,
  type FormCase,
  type FormContext,
} from './form-cases.js';

const read = (input: Record<string, string>, context: FormContext = CONTEXT): FormOutcome =>
  readPrescriptionForm({ ...input }, context);

/** What to print when the outcome is not the expected one. */
const summary = (result: FormOutcome): string => JSON.stringify(result);

/** Words that give away an English message where a French one is expected. */
const ENGLISH = /\b(required|invalid|must|should|please|field|error|missing|enter|wrong)\b/i;

function expectFrenchMessage(field: string, message: unknown): void {
  expect(typeof message, `message for ${field}`).toBe('string');
  const text = String(message).trim();
  expect(text.length, `message for ${field}`).toBeGreaterThan(0);
  expect(text, `message for ${field}`).not.toBe(field);
  expect(text, `message for ${field}`).toMatch(/\p{L}{2,}/u);
  expect(text, `message for ${field}`).not.toMatch(ENGLISH);
}

describe('readPrescriptionForm', () => {
  it.each(FORM_CASES.map((c): [string, FormCase] => [c.name, c]))('%s', (_name, c) => {
    const result = read(c.input, c.context ?? CONTEXT);
    expect(result.outcome, summary(result)).toBe(c.expect.outcome);

    switch (c.expect.outcome) {
      case 'invalid': {
        if (result.outcome !== 'invalid') return;
        expect(Object.keys(result.errors).sort(), summary(result)).toEqual([...c.expect.fields].sort());
        for (const [field, message] of Object.entries(result.errors)) expectFrenchMessage(field, message);
        // Everything typed comes back as typed, so that the card shows it again; surrounding
        // spaces do not count (they are ignored), and an empty field may come back empty or not at all.
        const values = result.values as Record<string, string | undefined>;
        for (const [field, typed] of Object.entries(c.input)) {
          expect((values[field] ?? '').trim(), `values.${field}`).toBe(typed.trim());
        }
        break;
      }
      case 'valid': {
        if (result.outcome !== 'valid') return;
        if (c.expect.phone !== undefined) expect(result.draft.person.phone).toBe(c.expect.phone);
        break;
      }
      case 'refused': {
        if (result.outcome !== 'refused') return;
        expect(result.verdict, summary(result)).toBe(c.expect.verdict);
        expect(typeof result.nextStep).toBe('string');
        expect(result.nextStep.trim().length).toBeGreaterThan(0);
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) expect(reason.text.trim().length).toBeGreaterThan(0);
        if (c.expect.nextStepMentions) expect(result.nextStep).toMatch(c.expect.nextStepMentions);
        break;
      }
    }
  });

  it('computes the age at the start of the chosen session, not today', () => {
    // 17 on 1 March 2027, 18 on 10 April 2027; the April session starts on 12 April.
    const turns18BeforeTheSession = { ...PREPA_BASE, naissance: '2009-04-10' };

    const onTheSession = read({ ...turns18BeforeTheSession, session: 'prepa-avril' });
    expect(onTheSession.outcome, summary(onTheSession)).toBe('valid');
    if (onTheSession.outcome === 'valid') expect(onTheSession.draft.session?.id).toBe('prepa-avril');

    const onTheFirstAvailable = read({ ...turns18BeforeTheSession, session: 'premiere' });
    expect(onTheFirstAvailable).toMatchObject({ outcome: 'refused', verdict: 'not_eligible' });

    // "Today" is the day in Paris: at 00:30 on 1 March in Paris (still 28 February in UTC),
    // someone born on 1 March 2009 is 18; at 23:30 on 28 February in Paris, 17.
    const bornOn1March2009 = { ...PREPA_BASE, naissance: '2009-03-01' };
    const justAfterMidnight = read(bornOn1March2009, { ...CONTEXT, now: new Date('2027-02-28T23:30:00Z') });
    expect(justAfterMidnight.outcome, summary(justAfterMidnight)).toBe('valid');
    const justBeforeMidnight = read(bornOn1March2009, { ...CONTEXT, now: new Date('2027-02-28T22:30:00Z') });
    expect(justBeforeMidnight).toMatchObject({ outcome: 'refused', verdict: 'not_eligible' });
  });

  it('keeps entries open on the last day of the campaign and closes them the next day', () => {
    for (const [base, closedVerdict] of [
      [PREPA_BASE, 'closed'],
      [PEC_BASE, 'other_prescriber'],
    ] as const) {
      const lastDay = read(base, DEADLINE_DAY);
      expect(lastDay.outcome, summary(lastDay)).toBe('valid');
      const nextDay = read(base, DAY_AFTER_DEADLINE);
      expect(nextDay).toMatchObject({ outcome: 'refused', verdict: closedVerdict });

      // The day changes at midnight in Paris (UTC+1 in winter), not at midnight UTC.
      const lastMinute = read(base, { ...DEADLINE_DAY, now: new Date('2027-12-31T22:59:00Z') });
      expect(lastMinute.outcome, summary(lastMinute)).toBe('valid');
      const firstMinute = read(base, { ...DEADLINE_DAY, now: new Date('2027-12-31T23:00:00Z') });
      expect(firstMinute).toMatchObject({ outcome: 'refused', verdict: closedVerdict });
    }
    // La Promo 16/18 is not bound by the campaign of protocol § 8.
    expect(read(PROMO_BASE, DAY_AFTER_DEADLINE).outcome).toBe('valid');
  });

  it('never puts the person’s name or contact details in a refusal', () => {
    const person = {
      nom: 'Rouquette',
      prenom: 'Bénédicte',
      telephone: '06 98 76 54 32',
      email: 'benedicte.rouquette@wanadoo.fr',
    };
    const refusals: Array<[Record<string, string>, FormContext]> = [
      [{ ...PREPA_BASE, ...person, naissance: '2009-03-02' }, CONTEXT],
      [{ ...PREPA_BASE, ...person, rsa: 'non', accompagne: 'non', franceTravail: 'oui' }, CONTEXT],
      [{ ...PREPA_BASE, ...person }, DAY_AFTER_DEADLINE],
      [{ ...PEC_BASE, ...person, pec: 'non' }, CONTEXT],
      [{ ...PEC_BASE, ...person, accompagne: 'non' }, CONTEXT],
      [{ ...PROMO_BASE, ...person, naissance: '2009-03-01' }, CONTEXT],
      [{ ...PROMO_BASE, ...person, ase: 'non' }, CONTEXT],
      [{ ...PROMO_BASE, ...person, scolarise: 'oui' }, CONTEXT],
    ];
    for (const [input, context] of refusals) {
      const result = read(input, context);
      expect(result.outcome, summary(result)).toBe('refused');
      const text = JSON.stringify(result).toLowerCase();
      for (const secret of ['rouquette', 'bénédicte', 'benedicte', '98 76 54 32', '0698765432', 'wanadoo']) {
        expect(text, `refusal mentions ${secret}`).not.toContain(secret);
      }
    }
  });

  it('stores the person as the referent meant it: trimmed, with an ISO birth date', () => {
    const result = read({
      ...PREPA_BASE,
      nom: ' Le Goff-Martin ',
      prenom: 'Zoé ',
      naissance: '05/03/1985',
      telephone: '+33 6 12 34 56 78',
      email: ' marie.dupont@orange.fr',
      commune: 'Montauban ',
      mobilite: 'true',
    });
    expect(result.outcome, summary(result)).toBe('valid');
    if (result.outcome !== 'valid') return;
    expect(result.draft.person).toEqual({
      lastName: 'Le Goff-Martin',
      firstName: 'Zoé',
      birthDate: '1985-03-05',
      phone: '06 12 34 56 78',
      email: 'marie.dupont@orange.fr',
      town: 'Montauban',
    });
    expect(result.draft.volet).toBe('volet-1');
    expect(result.draft.conditions.mobility).toBe(true);
    expect(result.draft.conditions.childcare).toBe(false);

    const pecWithoutVolet = read({ ...PEC_BASE, volet: '' });
    expect(pecWithoutVolet.outcome, summary(pecWithoutVolet)).toBe('valid');
    if (pecWithoutVolet.outcome === 'valid') expect(pecWithoutVolet.draft.volet).toBe('a-choisir');
  });
});
