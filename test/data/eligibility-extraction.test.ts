import { describe, expect, it } from 'vitest';
import { describeProfile } from '../../data/eligibility.js';
import { describesPerson, extractProfile } from '../../data/eligibility-extraction.js';
import { EXTRACTION_CASES, EXTRACTION_TODAY } from './eligibility-extraction-cases.js';

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

describe('extractProfile, as référents type in Teams', () => {
  it.each(EXTRACTION_CASES.map((c) => [c.text, c] as const))('« %s »', (_text, expected) => {
    const extracted = extractProfile(expected.text, { today: EXTRACTION_TODAY });
    expect(extracted.profile).toEqual(expected.profile);
    expect(extracted.uncertain).toEqual(expected.uncertain ?? []);
  });

  it('has enough cases, traps included, for the rules to be trusted', () => {
    expect(EXTRACTION_CASES.length).toBeGreaterThanOrEqual(80);
    expect(EXTRACTION_CASES.filter((c) => c.trap).length).toBeGreaterThanOrEqual(15);
    expect(new Set(EXTRACTION_CASES.map((c) => c.text)).size).toBe(EXTRACTION_CASES.length);
  });

  it('reads no birth date without the day it is read on', () => {
    expect(extractProfile('né en 2009, ASE').profile).toEqual({ ase: true });
    expect(extractProfile('née le 02/05/2009', { today: new Date('2026-05-02T08:00:00Z') }).profile).toEqual({
      age: 17,
    });
  });

  it('leaves a fact unknown when the message says both', () => {
    expect(extractProfile('au RSA, enfin non pas au RSA, 40 ans').profile).toEqual({ age: 40 });
  });

  it('keeps a fact certain when it is also stated without a hedge', () => {
    const extracted = extractProfile('je crois qu’elle est au RSA ; oui, elle est au RSA');
    expect(extracted.profile).toEqual({ rsa: true });
    expect(extracted.uncertain).toEqual([]);
  });
});

describe('describesPerson', () => {
  it.each([
    ['jeune de 17 ans confié à l’ASE, il peut faire la promo ?', true],
    ['allocataire du RSA, prépa compétences possible ?', true],
    ['une personne de 40 ans au RSA', true],
    ['c’est moi sa référente, elle est au RSA', true],
    ['mineure déscolarisée', true],
    ['c’est quoi prepa comp ?', false],
    ['qui peut prescrire la VAE', false],
    ['la promo 1618 c’est pour qui', false],
    ['combien de temps dure la promo 16/18', false],
    ['RSA ?', false],
    ['les jeunes de l’ASE peuvent faire la promo ?', false],
    ['un salarié en chantier d’insertion peut aller en formation à l’afpa ?', false],
    ['salarié en ACI, il peut faire compétences PEC ?', true],
  ])('« %s » → %s', (sentence, expected) => {
    expect(describesPerson(extractProfile(sentence))).toBe(expected);
  });
});

describe('what a référent says of someone they accompany', () => {
  it('reads « j’ai un monsieur au RSA » as followed by the Département, and a training planned as no training', () => {
    expect(
      extractProfile(
        'j’ai un monsieur de 32 ans au RSA, il veut sécuriser son entrée en formation, la prépa ?',
      ).profile,
    ).toEqual({ age: 32, rsa: true, accompaniedByDepartment: true });
  });

  it('still reads a training the person is in', () => {
    expect(extractProfile('elle a 17 ans et elle est en formation').profile).toMatchObject({
      inTraining: true,
    });
  });
});

describe('asksEligibility — whether the person can enter, asked any way', () => {
  it.each([
    'un jeune de 15 ans exclu du collège, il pourrait faire la promo',
    'elle pourra entrer en prépa en mars ?',
    'il est en terminale, la promo peut le prendre dès maintenant ?',
    'projet pas très clair, ça rentre dans la prépa ?',
    'elle veut faire compétences PEC pour avoir un diplôme',
    'il voudrait intégrer la promo 16/18',
    'elle peut s’inscrire à la prépa ?',
    'est-ce qu’il est pris en prépa à 62 ans ?',
  ])('« %s »', (sentence) => {
    expect(extractProfile(sentence).asksEligibility).toBe(true);
  });

  it.each([
    'il veut faire soudeur, il y a des places ?',
    'la promo peut prendre combien de jeunes ?',
    'elle veut savoir combien de temps dure la prépa',
  ])('not « %s »', (sentence) => {
    expect(extractProfile(sentence).asksEligibility).toBe(false);
  });
});

describe('describeProfile', () => {
  it('reads back after « Ce que j’ai compris de la personne : » in asking order', () => {
    expect(describeProfile({ ase: true, age: 17, inEducation: false, inTraining: false }).join(', ')).toBe(
      '17 ans, confiée à l’ASE, plus scolarisée, pas en formation',
    );
  });

  it('marks what was said with a hedge « à confirmer »', () => {
    const { profile, uncertain } = extractProfile('je crois qu’elle est inscrite, 45 ans, au RSA');
    expect(describeProfile(profile, uncertain)).toEqual([
      '45 ans',
      'allocataire du RSA',
      'inscrite à France Travail (ex-Pôle emploi) (à confirmer)',
    ]);
  });

  it('agrees every label with « la personne », never with a guessed gender, and never says « le jeune »', () => {
    const all = {
      rsa: true,
      accompaniedByDepartment: true,
      registeredJobseeker: true,
      pecContract: true,
      ase: true,
      inEducation: true,
      inTraining: true,
      employed: true,
    };
    const none = Object.fromEntries(Object.keys(all).map((k) => [k, false]));
    for (const label of [...describeProfile(all), ...describeProfile(none)]) {
      expect(label).not.toMatch(/\b(il|elle|le jeune|la jeune|ne perçoit)\b/i);
      // Participles agree with « la personne »: « accompagnée », never « accompagné ».
      expect(label).not.toMatch(/\p{L}+(?<!e)é(?!\p{L})/u);
    }
  });
});

describe('a training aimed at is not a training followed', () => {
  it('reads « elle veut entrer en formation cariste » as not saying she is in training', () => {
    const { profile } = extractProfile('femme 45 ans au rsa, elle veut entrer en formation cariste');
    expect(profile.inTraining).toBeUndefined();
    expect(extractProfile('jeune 17 ans en formation').profile.inTraining).toBe(true);
  });
});

describe('years in a contract are no duration', () => {
  it('reads the age of « un jeune de 19 ans en contrat jeune majeur »', () => {
    expect(extractProfile('un jeune de 19 ans en contrat jeune majeur a l ase').profile).toMatchObject({
      age: 19,
      ase: true,
    });
  });
});
