import { describe, expect, it } from 'vitest';
import { personAgain } from '../../../data/qa/person-again.js';

const NOW = new Date('2027-01-11T09:00:00+01:00');
const last = { profile: { age: 15, ase: true, inEducation: false }, programme: 'promo-16-18' as const };

describe('personAgain: the person just checked, asked again with one fact changed', () => {
  it.each<[string, unknown]>([
    [
      'et si elle avait 16 ans ?',
      { profile: { age: 16, ase: true, inEducation: false }, programme: 'promo-16-18' },
    ],
    [
      'ok et s il a 17 ans',
      { profile: { age: 17, ase: true, inEducation: false }, programme: 'promo-16-18' },
    ],
    [
      'et si elle était au RSA, pour la prépa ?',
      { profile: { age: 15, ase: true, inEducation: false, rsa: true }, programme: 'prepa-competences' },
    ],
  ])('« %s »', (text, expected) => {
    expect(personAgain(text, last, NOW)).toEqual(expected);
  });

  it('reads « ah bon, et si… » as the same supposition, and leaving an apprenticeship as leaving training', () => {
    const apprentice = {
      profile: { age: 17, ase: true, inTraining: true },
      programme: 'promo-16-18' as const,
    };
    expect(personAgain('ah bon, et si elle arrete son apprentissage ?', apprentice, NOW)).toMatchObject({
      profile: { age: 17, ase: true, inTraining: false },
    });
    expect(personAgain('bon alors s il lâche son alternance', apprentice, NOW)?.profile.inTraining).toBe(
      false,
    );
    // Not a supposition: a remark on the person.
    expect(personAgain('ah bon elle fait de l apprentissage', apprentice, NOW)).toBeUndefined();
  });

  it('checks a relative on what is said of them only', () => {
    expect(personAgain('et pour sa soeur qui a 19 ans ?', last, NOW)).toEqual({
      profile: { age: 19 },
      programme: 'promo-16-18',
      someoneElse: true,
    });
  });

  it.each(['et en mars ?', 'et pour la prepa ?', 'et si on regardait les dates ?', 'elle a 16 ans'])(
    'leaves « %s » to the other readings when something else was asked since the check',
    (text) => {
      expect(personAgain(text, last, NOW)).toBeUndefined();
    },
  );

  it.each(['et pour la prepa alors ?', 'ok et la prépa ?', 'et en prepa comp du coup'])(
    'checks the same person for Prépa Compétences on « %s » right after their check',
    (text) => {
      expect(personAgain(text, last, NOW, true)).toEqual({
        profile: last.profile,
        programme: 'prepa-competences',
      });
    },
  );

  it('leaves « et la promo ? » alone when the Promo was the programme just checked', () => {
    expect(personAgain('et la promo ?', last, NOW, true)).toBeUndefined();
  });
});

describe('personAgain: a correction of the person just checked', () => {
  it('reads « ah non pardon je confonds avec sa sœur, elle a 15 ans » as the same person, 15', () => {
    const before = { profile: { age: 17, ase: true }, programme: 'promo-16-18' as const };
    expect(personAgain('ah non pardon je confonds avec sa soeur, elle a 15 ans', before, NOW)).toEqual({
      profile: { age: 15, ase: true },
      programme: 'promo-16-18',
    });
  });

  it('leaves a correction stating no fact to the other readings', () => {
    const before = { profile: { age: 17 }, programme: 'promo-16-18' as const };
    expect(personAgain('pardon je parlais de la prepa', before, NOW)).toBeUndefined();
  });
});

describe('personAgain: another person, the same situation, a birthday to come', () => {
  const adult = { profile: { age: 38, rsa: true, pecContract: true }, programme: 'competences-pec' as const };

  it('keeps the situation for « et son frère 20 ans, pareil »', () => {
    expect(personAgain('et son frere 20 ans, pareil', last, NOW)).toEqual({
      profile: { age: 20, ase: true, inEducation: false },
      programme: 'promo-16-18',
    });
  });

  it('reads « même situation » written short: « et sa cousine 18a, meme situ »', () => {
    expect(personAgain('et sa cousine 18a, meme situ', last, NOW)).toMatchObject({
      profile: { age: 18, ase: true, inEducation: false },
    });
  });

  it('checks « et un autre, 16 ans, en CAP en alternance » on what is said of him', () => {
    expect(personAgain('et un autre, 16 ans, en CAP en alternance ?', last, NOW)).toEqual({
      profile: expect.objectContaining({ age: 16 }),
      programme: 'promo-16-18',
      someoneElse: true,
    });
    expect(personAgain('et un autre, 16 ans, en CAP en alternance ?', last, NOW)?.profile).not.toHaveProperty(
      'ase',
    );
  });

  it('reads a colleague as someone else: « et son collègue, même employeur, en CDD normal ? »', () => {
    const again = personAgain(
      'et son collegue, meme employeur, mais en cdd normal, au rsa aussi ?',
      adult,
      NOW,
    );
    expect(again).toEqual({
      profile: { rsa: true, pecContract: false, employed: true },
      programme: 'competences-pec',
      someoneElse: true,
    });
  });

  it('reads « et quand elle aura 16 ans ? » as the same person, older', () => {
    expect(personAgain('et quand elle aura 16 ans ?', last, NOW)).toEqual({
      profile: { age: 16, ase: true, inEducation: false },
      programme: 'promo-16-18',
    });
    expect(personAgain('et qd il aura 17 ans', last, NOW)?.profile.age).toBe(17);
  });
});

describe('personAgain: an age alone, and a PEC signed', () => {
  it('reads « et 18a ? » and « et a 19 ans ? » as the same person at that age', () => {
    expect(personAgain('et 18a ?', last, NOW)?.profile.age).toBe(18);
    expect(personAgain('et a 19 ans ?', last, NOW)?.profile.age).toBe(19);
  });

  it('does not read « 19 ans ? » without « et » as a follow-up', () => {
    expect(personAgain('17 ans ?', last, NOW)).toBeUndefined();
  });

  it('asks Compétences PEC for « et si elle signe un PEC ? »', () => {
    const adult = {
      profile: { age: 45, rsa: true, registeredJobseeker: false },
      programme: 'prepa-competences' as const,
    };
    expect(personAgain('et si elle signe un pec ?', adult, NOW)).toEqual({
      profile: { age: 45, rsa: true, registeredJobseeker: false, pecContract: true },
      programme: 'competences-pec',
    });
  });
});

describe('personAgain: « son petit frère, 16 ans, même situation »', () => {
  it('checks the little brother in the same situation', () => {
    const older = { profile: { age: 18, ase: true, inEducation: false }, programme: 'promo-16-18' as const };
    expect(personAgain('et son petit frere, 16 ans, meme situation ?', older, NOW)).toEqual({
      profile: { age: 16, ase: true, inEducation: false },
      programme: 'promo-16-18',
    });
  });
});
