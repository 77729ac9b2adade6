import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_2022_CAMPAIGN,
  checkEligibility,
  EligibilityInputError,
  missingFacts,
  LETS_IN,
  verdictsStillPossible,
  type Profile,
  type Programme,
  type Verdict,
} from '../../data/eligibility.js';

/** A day inside the 2022 campaign, so that the deadline plays no part unless a case says so. */
const OPEN = { today: '2022-06-15' };
const verdictOf = (
  programme: Programme,
  profile: Profile,
  options: Parameters<typeof checkEligibility>[1] = OPEN,
) => checkEligibility(profile, options).find((r) => r.dispositif === programme)!;

const adultRsaFollowed: Profile = { age: 40, rsa: true, accompaniedByDepartment: true };
const freeYoung = (age: number, more: Profile = {}): Profile => ({
  age,
  inEducation: false,
  inTraining: false,
  employed: false,
  ...more,
});

type Case = [string, Profile, Verdict];

const PREPA: Case[] = [
  ['RSA, followed, registered', { ...adultRsaFollowed, registeredJobseeker: true }, 'eligible'],
  ['RSA, followed, not registered', { ...adultRsaFollowed, registeredJobseeker: false }, 'eligible'],
  ['RSA, followed, registration unknown', adultRsaFollowed, 'eligible'],
  ['18 years old, RSA, followed', { ...adultRsaFollowed, age: 18 }, 'eligible'],
  ['17 years old, RSA, followed', { ...adultRsaFollowed, age: 17 }, 'not_eligible'],
  ['16 years old', { age: 16 }, 'not_eligible'],
  ['15 years old', { age: 15, rsa: true }, 'not_eligible'],
  ['registered, no RSA', { age: 30, rsa: false, registeredJobseeker: true }, 'other_prescriber'],
  [
    'RSA not followed by the Département, registered',
    { age: 30, rsa: true, accompaniedByDepartment: false, registeredJobseeker: true },
    'other_prescriber',
  ],
  ['neither RSA nor registered', { age: 30, rsa: false, registeredJobseeker: false }, 'not_eligible'],
  ['neither RSA nor registered, age unknown', { rsa: false, registeredJobseeker: false }, 'not_eligible'],
  [
    'RSA, neither followed nor registered',
    { age: 30, rsa: true, accompaniedByDepartment: false, registeredJobseeker: false },
    'not_eligible',
  ],
  // An RSA recipient is an adult (CASF, art. L262-4): the age no longer blocks.
  ['age unknown, RSA, followed', { rsa: true, accompaniedByDepartment: true }, 'eligible'],
  ['adult, nothing else known', { age: 30 }, 'to_check'],
  ['adult RSA, follow-up unknown', { age: 30, rsa: true }, 'to_check'],
  ['adult, no RSA, registration unknown', { age: 30, rsa: false }, 'to_check'],
  ['nothing known', {}, 'to_check'],
  ['minor beats every unknown', { age: 17 }, 'not_eligible'],
  ['registered, RSA unknown, follow-up unknown', { age: 30, registeredJobseeker: true }, 'to_check'],
  ['registered, RSA, follow-up unknown', { age: 30, rsa: true, registeredJobseeker: true }, 'to_check'],
];

const PEC: Case[] = [
  ['in PEC, RSA, followed', { pecContract: true, rsa: true, accompaniedByDepartment: true }, 'eligible'],
  [
    'in PEC, RSA, followed, any age',
    { age: 19, pecContract: true, rsa: true, accompaniedByDepartment: true },
    'eligible',
  ],
  ['in PEC, no RSA', { pecContract: true, rsa: false }, 'other_prescriber'],
  [
    'in PEC, RSA not followed here',
    { pecContract: true, rsa: true, accompaniedByDepartment: false },
    'other_prescriber',
  ],
  [
    'in PEC, not followed, RSA unknown',
    { pecContract: true, accompaniedByDepartment: false },
    'other_prescriber',
  ],
  ['not in PEC', { pecContract: false, rsa: true, accompaniedByDepartment: true }, 'not_eligible'],
  ['not in PEC, all else unknown', { pecContract: false }, 'not_eligible'],
  ['PEC unknown, RSA, followed', { rsa: true, accompaniedByDepartment: true }, 'to_check'],
  ['in PEC, RSA, follow-up unknown', { pecContract: true, rsa: true }, 'to_check'],
  ['in PEC, nothing else', { pecContract: true }, 'to_check'],
  ['nothing known', {}, 'to_check'],
];

const PROMO: Case[] = [
  ['17, ASE, free', freeYoung(17, { ase: true }), 'eligible'],
  ['16, ASE, free', freeYoung(16, { ase: true }), 'eligible'],
  ['15, ASE, free', freeYoung(15, { ase: true }), 'not_eligible'],
  ['18, ASE, free', freeYoung(18, { ase: true }), 'not_eligible'],
  ['17, not ASE, free', freeYoung(17, { ase: false }), 'other_prescriber'],
  ['16, not ASE, free', freeYoung(16, { ase: false }), 'other_prescriber'],
  ['17, ASE, at school', freeYoung(17, { ase: true, inEducation: true }), 'not_eligible'],
  ['17, ASE, in training', freeYoung(17, { ase: true, inTraining: true }), 'not_eligible'],
  ['17, ASE, employed', freeYoung(17, { ase: true, employed: true }), 'not_eligible'],
  ['17, at school, rest unknown', { age: 17, inEducation: true }, 'not_eligible'],
  ['age unknown, at school', { inEducation: true }, 'not_eligible'],
  ['40 years old', { age: 40 }, 'not_eligible'],
  ['17, ASE, school unknown', { age: 17, ase: true, inTraining: false, employed: false }, 'to_check'],
  ['17, free, ASE unknown', freeYoung(17), 'to_check'],
  [
    'age unknown, ASE, free',
    { ase: true, inEducation: false, inTraining: false, employed: false },
    'to_check',
  ],
  ['nothing known', {}, 'to_check'],
  ['16, not ASE, at school', freeYoung(16, { ase: false, inEducation: true }), 'not_eligible'],
];

describe('checkEligibility — the rules of the agreement', () => {
  it.each(PREPA)('Prépa Compétences: %s → %s', (_label, profile, verdict) => {
    expect(verdictOf('prepa-competences', profile).verdict).toBe(verdict);
  });
  it.each(PEC)('Compétences PEC: %s → %s', (_label, profile, verdict) => {
    expect(verdictOf('competences-pec', profile).verdict).toBe(verdict);
  });
  it.each(PROMO)('La Promo 16/18: %s → %s', (_label, profile, verdict) => {
    expect(verdictOf('promo-16-18', profile).verdict).toBe(verdict);
  });
});

describe('checkEligibility — the campaign', () => {
  const closed = { today: '2023-01-01' };
  /** Every criterion of the Département's route, and no other prescriber open to the person. */
  const notRegistered: Profile = { ...adultRsaFollowed, registeredJobseeker: false };
  it.each([
    ['the deadline day itself', '2022-12-31', 'eligible'],
    ['the day after the deadline', '2023-01-01', 'closed'],
    ['well after', '2026-11-28', 'closed'],
    ['the first day of the agreement', '2022-01-01', 'eligible'],
  ] as const)('Prépa Compétences on %s (%s) → %s', (_label, today, verdict) => {
    expect(verdictOf('prepa-competences', notRegistered, { today }).verdict).toBe(verdict);
  });

  it.each([
    ['2022-12-31', 'eligible'],
    ['2023-01-01', 'other_prescriber'],
  ] as const)('Compétences PEC on %s → %s', (today, verdict) => {
    expect(
      verdictOf('competences-pec', { pecContract: true, rsa: true, accompaniedByDepartment: true }, { today })
        .verdict,
    ).toBe(verdict);
  });

  it('does not apply to La Promo 16/18', () => {
    expect(verdictOf('promo-16-18', freeYoung(17, { ase: true }), closed).verdict).toBe('eligible');
  });

  it('says the campaign is closed, and since when', () => {
    const result = verdictOf('prepa-competences', notRegistered, closed);
    expect(result.reasons.map((r) => r.text).join(' ')).toContain('31 décembre 2022');
    expect(result.reasons.map((r) => r.text).join(' ')).toContain('1er janvier 2023');
    expect(result.reasons.some((r) => r.source === 'Protocole, § 8')).toBe(true);
  });

  it('a closed campaign is not a disqualifier: unknown facts stay to check', () => {
    expect(verdictOf('prepa-competences', {}, closed).verdict).toBe('to_check');
    expect(verdictOf('competences-pec', {}, closed).verdict).toBe('to_check');
    expect(verdictOf('prepa-competences', adultRsaFollowed, closed).verdict).toBe('to_check');
  });

  it('follows new campaign dates set by an avenant', () => {
    const campaign = { entryDeadline: '2027-06-30', completionDeadline: '2027-10-31' };
    expect(verdictOf('prepa-competences', notRegistered, { today: '2027-06-30', campaign }).verdict).toBe(
      'eligible',
    );
    expect(verdictOf('prepa-competences', notRegistered, { today: '2027-07-01', campaign }).verdict).toBe(
      'closed',
    );
  });

  it('reads "today" as a day in Paris: 31 December at 23:30 in Paris is still open', () => {
    const lateEvening = new Date('2022-12-31T22:30:00Z'); // 23:30 in Paris
    const afterMidnight = new Date('2022-12-31T23:30:00Z'); // 00:30 on 1 January in Paris
    expect(verdictOf('prepa-competences', notRegistered, { today: lateEvening }).verdict).toBe('eligible');
    expect(verdictOf('prepa-competences', notRegistered, { today: afterMidnight }).verdict).toBe('closed');
  });

  it('defaults to the agreement’s campaign', () => {
    expect(AGREEMENT_2022_CAMPAIGN).toEqual({
      year: 2022,
      entryDeadline: '2022-12-31',
      completionDeadline: '2023-04-30',
    });
    expect(verdictOf('prepa-competences', notRegistered, { today: '2023-01-01' }).verdict).toBe('closed');
  });
});

describe('checkEligibility — what it says', () => {
  it('returns one result per programme, in a stable order, with the contract’s shape', () => {
    const results = checkEligibility(adultRsaFollowed, OPEN);
    expect(results.map((r) => r.dispositif)).toEqual(['prepa-competences', 'competences-pec', 'promo-16-18']);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(['dispositif', 'nextStep', 'reasons', 'verdict']);
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.nextStep.length).toBeGreaterThan(0);
      // The agreement, or a legal rule named as such.
      for (const reason of r.reasons)
        expect(reason.source).toMatch(
          /^(Accord, art\.|Protocole, §|Code de l’action sociale et des familles)/,
        );
    }
  });

  it('reminds that the PEC employer must agree', () => {
    const result = verdictOf('competences-pec', {
      pecContract: true,
      rsa: true,
      accompaniedByDepartment: true,
    });
    expect(result.reasons.map((r) => r.text).join(' ')).toMatch(/employeur/);
  });

  it('reminds that parental authorisation is needed for La Promo 16/18', () => {
    const result = verdictOf('promo-16-18', freeYoung(17, { ase: true }));
    expect(`${result.reasons.map((r) => r.text).join(' ')} ${result.nextStep}`).toMatch(
      /autorisations parentales/,
    );
  });

  it('names the other prescriber', () => {
    expect(
      verdictOf('prepa-competences', { age: 30, rsa: false, registeredJobseeker: true }).nextStep,
    ).toMatch(/France Travail \(ex-Pôle emploi\)/);
    expect(verdictOf('competences-pec', { pecContract: true, rsa: false }).nextStep).toMatch(
      /Mission locale.*Cap emploi/,
    );
    expect(verdictOf('promo-16-18', freeYoung(16, { ase: false })).nextStep).toMatch(
      /Mission locale ou le CIO/,
    );
  });

  it('lists every known disqualifier, not only the first', () => {
    const result = verdictOf('promo-16-18', { age: 18, inEducation: true, employed: true });
    expect(result.reasons).toHaveLength(3);
  });

  it('says what is left to check, and only what could change the verdict', () => {
    const prepa = verdictOf('prepa-competences', { rsa: false, registeredJobseeker: true });
    expect(prepa.reasons.map((r) => r.text)).toEqual(['À vérifier : quel âge aura la personne à l’entrée ?']);
  });
});

describe('missingFacts — what the guided conversation asks', () => {
  it('never asks a 40-year-old about school', () => {
    const missing = missingFacts({ age: 40 }, OPEN);
    expect(missing).not.toContain('inEducation');
    expect(missing).not.toContain('ase');
    expect(missing).toEqual(['rsa', 'accompaniedByDepartment', 'registeredJobseeker', 'pecContract']);
  });

  it('reads « majeure » without an age: La Promo is shut, and the age is not asked for what it would not change', () => {
    const promo = verdictOf('promo-16-18', { adult: true, ase: false });
    expect(promo.verdict).toBe('not_eligible');
    expect(promo.reasons[0]?.text).toMatch(/majeure.*réservée aux mineurs/);
    expect(
      missingFacts({ adult: true, rsa: true, accompaniedByDepartment: true, pecContract: false }, OPEN),
    ).toEqual([]);
    expect(
      verdictOf('prepa-competences', { adult: true, rsa: true, accompaniedByDepartment: true }).verdict,
    ).toBe('eligible');
  });

  it('reads « mineure » without an age: Prépa Compétences is shut, La Promo still asks the age (15 is too young)', () => {
    expect(verdictOf('prepa-competences', { adult: false }).verdict).toBe('not_eligible');
    expect(
      missingFacts({ adult: false, ase: true, inEducation: false, inTraining: false, employed: false }, OPEN),
    ).toContain('age');
  });

  it('lets a told age win over « majeure »', () => {
    expect(verdictOf('promo-16-18', { ...freeYoung(17, { ase: true }), adult: true }).verdict).toBe(
      'eligible',
    );
  });

  it('starts with the age when nothing is known', () => {
    expect(missingFacts({}, OPEN)[0]).toBe('age');
  });

  it('asks nothing more once every programme is settled', () => {
    expect(missingFacts({ ...freeYoung(17, { ase: true }), pecContract: false }, OPEN)).toEqual([]);
  });

  it('does not ask about France Travail for an RSA recipient followed by the Département', () => {
    expect(
      missingFacts({ age: 45, rsa: true, accompaniedByDepartment: true, pecContract: false }, OPEN),
    ).toEqual([]);
  });
});

/** Whether every answer still missing lets the person in. */
const openWhateverIsLeft = (profile: Profile, programme: Programme, options = OPEN) =>
  [...verdictsStillPossible(profile, programme, options)].every((verdict) => LETS_IN.has(verdict));

describe('verdictsStillPossible — the programme is open whatever the answers still missing', () => {
  it('says so for an adult on the RSA registered with France Travail: only who prescribes is left', () => {
    expect(
      openWhateverIsLeft({ age: 29, rsa: true, registeredJobseeker: true }, 'prepa-competences', OPEN),
    ).toBe(true);
  });

  it('does not while an answer could still shut it', () => {
    // Not registered: whether the Département follows her decides.
    expect(
      openWhateverIsLeft({ age: 45, rsa: true, registeredJobseeker: false }, 'prepa-competences', OPEN),
    ).toBe(false);
    expect(openWhateverIsLeft({ age: 16, ase: true, inEducation: false }, 'promo-16-18', OPEN)).toBe(false);
    expect(openWhateverIsLeft({ rsa: true }, 'competences-pec', OPEN)).toBe(false);
  });

  it('says so for a PEC contract, whoever prescribes it', () => {
    expect(openWhateverIsLeft({ age: 40, pecContract: true }, 'competences-pec', OPEN)).toBe(true);
  });

  it('does not once the campaign is over for the Département', () => {
    expect(
      openWhateverIsLeft({ age: 40, rsa: true, registeredJobseeker: false }, 'prepa-competences', {
        today: '2023-03-01',
      }),
    ).toBe(false);
  });
});

describe('checkEligibility — invalid input', () => {
  it.each([
    [{ age: -1 }, 'age'],
    [{ age: 17.5 }, 'age'],
    [{ age: '17' }, 'age'],
    [{ rsa: 'oui' }, 'rsa'],
    [{ name: 'Dupont' }, 'name'],
    [{ rsa: true, nir: '1234' }, 'nir'],
  ])('refuses %j, naming %s', (profile, field) => {
    expect(() => checkEligibility(profile as Profile, OPEN)).toThrow(EligibilityInputError);
    expect(() => checkEligibility(profile as Profile, OPEN)).toThrow(new RegExp(field));
  });

  it.each([
    [{ today: '2022-02-30' }],
    [{ today: 'demain' }],
    [{ campaign: { entryDeadline: '2022-12-31' } }],
    [{ campaign: { entryDeadline: '2023-12-31', completionDeadline: '2023-01-01' } }],
    [{ tomorrow: true }],
  ])('refuses options %j', (options) => {
    expect(() => checkEligibility({}, options as never)).toThrow(EligibilityInputError);
  });
});

describe('checkEligibility: every verdict gives its reasons, even on facts that contradict one another', () => {
  it('gives at least one reason for every programme, over every combination of facts', () => {
    const ages = [undefined, 15, 16, 17, 18, 40];
    const answers = [undefined, true, false];
    for (const age of ages)
      for (const rsa of answers)
        for (const pecContract of answers)
          for (const inEducation of answers)
            for (const accompaniedByDepartment of answers)
              for (const adult of answers) {
                const profile = Object.fromEntries(
                  Object.entries({
                    age,
                    rsa,
                    pecContract,
                    inEducation,
                    accompaniedByDepartment,
                    adult,
                  }).filter(([, v]) => v !== undefined),
                );
                for (const result of checkEligibility(profile, { today: '2022-06-15' }))
                  expect(result.reasons.length, JSON.stringify({ profile, result })).toBeGreaterThan(0);
              }
  });

  it('says a minor on the RSA is to check, for Compétences PEC too', () => {
    const pec = checkEligibility({ age: 15, rsa: true }, { today: '2022-06-15' }).find(
      (r) => r.dispositif === 'competences-pec',
    )!;
    expect(pec.verdict).toBe('to_check');
    expect(pec.reasons[0]!.text).toMatch(/15 ans et percevrait le RSA/);
  });
});
