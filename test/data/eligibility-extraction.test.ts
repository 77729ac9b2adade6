import { describe, expect, it } from 'vitest';
import { describesPerson, extractProfile } from '../../data/eligibility-extraction.js';

describe('extractProfile', () => {
  it.each([
    [
      'jeune de 17 ans confié à l’ASE, déscolarisé depuis mars, il peut faire la promo 16-18 ?',
      { age: 17, ase: true, inEducation: false },
      'promo-16-18',
    ],
    [
      'allocataire RSA suivie par nous, pas inscrite à France Travail, prépa compétences possible ?',
      { rsa: true, accompaniedByDepartment: true, registeredJobseeker: false },
      'prepa-competences',
    ],
    [
      'un salarié en PEC qui touche le RSA peut-il faire compétences PEC ?',
      { rsa: true, pecContract: true },
      'competences-pec',
    ],
    [
      'dame de 45 ans au RSA que je suis, inscrite à Pôle emploi',
      { age: 45, rsa: true, accompaniedByDepartment: true, registeredJobseeker: true },
      undefined,
    ],
    [
      'il a 16 ans, ni en emploi ni en formation, pas à l’ASE',
      { age: 16, inTraining: false, employed: false, ase: false },
      undefined,
    ],
    [
      'monsieur de 30 ans, ne touche pas le RSA, demandeur d’emploi',
      { age: 30, rsa: false, registeredJobseeker: true },
      undefined,
    ],
    ['jeune de 16 ans encore au lycée', { age: 16, inEducation: true }, undefined],
    ['pas en contrat PEC, au RSA', { pecContract: false, rsa: true }, undefined],
  ])('« %s »', (sentence, profile, programme) => {
    const extracted = extractProfile(sentence);
    expect(extracted.profile).toEqual(profile);
    expect(extracted.programme).toBe(programme);
  });

  it('does not read a programme’s name as a fact: "Compétences PEC" is not a PEC contract', () => {
    expect(extractProfile('c’est quoi compétences PEC ?').profile).toEqual({});
  });

  it('ignores an age no one has', () => {
    expect(extractProfile('il a 150 ans et touche le RSA').profile).toEqual({ rsa: true });
  });
});

describe('describesPerson', () => {
  it.each([
    ['jeune de 17 ans confié à l’ASE, il peut faire la promo ?', true],
    ['allocataire du RSA, prépa compétences possible ?', true],
    ['une personne de 40 ans au RSA', true],
    ['c’est quoi prepa comp ?', false],
    ['qui peut prescrire la VAE', false],
    ['la promo 1618 c’est pour qui', false],
    ['combien de temps dure la promo 16/18', false],
  ])('« %s » → %s', (sentence, expected) => {
    expect(describesPerson(extractProfile(sentence))).toBe(expected);
  });
});
