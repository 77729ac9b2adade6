import { describe, expect, it } from 'vitest';
import { severalPeople } from '../../../data/qa/several-people.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';

/**
 * A référent with a caseload describes several people in one message: a list of ages, twins,
 * « un …, l'autre … ». Each is checked on their own facts and on those said of them all.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const people = (message: string) => severalPeople(message, NOW) ?? [];

describe('several people, as a caseload is told', () => {
  it.each<[string, number[]]>([
    ['3 jeunes de 17, 19 et 22 ans, ase, sortis du lycee, la promo ?', [17, 19, 22]],
    ['j ai trois jeunes : 16 ans, 18 ans et 25 ans. lesquels pour la promo ?', [16, 18, 25]],
    ['deux ados ase 16 ans et 15 ans, decrocheurs, promo possible ?', [16, 15]],
  ])('« %s »: one person for each age', (message, ages) => {
    const read = people(message);
    expect(read.map((p) => p.profile.age)).toEqual(ages);
    expect(read.every((p) => p.programme === 'promo-16-18')).toBe(true);
  });

  it('keeps what is said of them all for each of the ages listed', () => {
    const read = people('2 jeunes ase : 15 ans et 17 ans, tous les deux decroches. la promo ?');
    expect(read.map((p) => p.profile.ase)).toEqual([true, true]);
    expect(read.map((p) => p.profile.inEducation)).toEqual([false, false]);
  });

  it.each([
    'jumelles de 17 ans a l ase, une encore au lycee et l autre deco depuis l ete, promo ?',
    '2 jeunes de 17 ans ase, un en CAP l autre qui fait plus rien, promo ?',
  ])('« %s »: « l’une…, l’autre… » are two people with what is said of both', (message) => {
    const read = people(message);
    expect(read).toHaveLength(2);
    expect(read.map((p) => p.profile.age)).toEqual([17, 17]);
    expect(read.map((p) => p.profile.ase)).toEqual([true, true]);
    expect(read[0]!.profile.inEducation).toBe(true);
  });

  it('reads « l’autre a arrêté » beside « encore au lycée » as having left school', () => {
    const read = people(
      'des jumeaux de 16 ans ase, un toujours au college, l autre a arrete en octobre. promo ?',
    );
    expect(read.map((p) => p.profile.inEducation)).toEqual([true, false]);
  });
});

describe('prescribing for several people', () => {
  it.each([
    'pour les deux freres je fais une seule prescription ?',
    'je peux inscrire mes 4 brsa d un coup ?',
    'y a une prescription groupee pour un groupe de 6 ?',
    'si je te donne une liste de noms tu peux les prescrire tous ?',
    'un formulaire pour le couple ou un chacun ?',
  ])('« %s » asks how prescribing goes', (message) => {
    expect(recognizeScopeQuestion(message)).toEqual({ kind: 'prescribing' });
  });

  it('leaves a table of names sent to AFPA to personal data', () => {
    expect(
      recognizeScopeQuestion('je peux envoyer a l afpa un tableau excel avec les noms de mes brsa ?'),
    ).not.toEqual({
      kind: 'prescribing',
    });
  });
});

describe('what is asked of the people described', () => {
  it('reads someone sent to AFPA for a programme as whether they can be taken', () => {
    const e = extractProfile('la ML nous oriente une jeune de 19 ans pour la promo, je lui dis quoi', {
      today: NOW,
    });
    expect(e).toMatchObject({ profile: { age: 19 }, programme: 'promo-16-18', asksEligibility: true });
  });

  it('reads whether they are paid during a programme as a question of its own, not a check', () => {
    const e = extractProfile('une jeune ase de 16 ans, elle sera payee pendant la promo ?', { today: NOW });
    expect(e.asksEligibility).toBe(false);
  });
});
