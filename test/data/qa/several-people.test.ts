import { describe, expect, it } from 'vitest';
import { severalPeople } from '../../../data/qa/several-people.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * Two people described in one message, as référents who follow a family or a caseload do:
 * each is checked on their own facts, for the programme asked for them.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('several people in one message', () => {
  it('checks each young person for the programme asked « pour les deux »', () => {
    const people = severalPeople(
      'j ai deux jeunes : une de 17 ans sortie du lycee en juin qui fait rien, et un de 15 ans encore au college. la promo pour les deux ?',
      NOW,
    );
    expect(people).toHaveLength(2);
    expect(people![0]).toMatchObject({ profile: { age: 17, inEducation: false }, programme: 'promo-16-18' });
    expect(people![1]).toMatchObject({ profile: { age: 15, inEducation: true }, programme: 'promo-16-18' });
  });

  it('gives each person the programme asked for them, in the order they were described', () => {
    const people = severalPeople(
      '2 situations : 1) mme 40 ans au rsa suivie par moi ; 2) son fils 17 ans a l ase, deco depuis septembre. prepa pour elle et promo pour lui ?',
      NOW,
    );
    expect(people).toHaveLength(2);
    expect(people![0]).toMatchObject({ profile: { age: 40, rsa: true }, programme: 'prepa-competences' });
    expect(people![1]).toMatchObject({ profile: { age: 17, ase: true }, programme: 'promo-16-18' });
  });

  it('shares the facts said of both before the colon: « 2 jeunes ASE : … »', () => {
    const people = severalPeople(
      '2 jeunes ase : un de 16 ans qui fait rien, une de 17 ans en cap. promo ok pr les 2 ?',
      NOW,
    );
    expect(people?.map((p) => p.profile.ase)).toEqual([true, true]);
    expect(people?.map((p) => p.profile.age)).toEqual([16, 17]);
  });

  it('reads « deux dossiers : mr A …, et mme B … » as two people', () => {
    const people = severalPeople(
      'deux dossiers : mr A 35 ans brsa non inscrit FT, et mme B 50 ans en pec a la mairie. prepa comp pour les deux ?',
      NOW,
    );
    expect(people?.map((p) => p.profile.age)).toEqual([35, 50]);
    expect(people?.[1]?.profile.pecContract).toBe(true);
  });

  it.each([
    'une jeune de 17 ans et sa mere au RSA, la promo c est possible ?',
    'j ai 2 enfants a charge, 35 ans, au rsa, prepa ?',
    'mme 45 ans au rsa, non inscrite FT, et elle veut se former en logistique, prepa ?',
  ])('« %s » describes one person', (text) => {
    expect(severalPeople(text, NOW)).toBeUndefined();
  });

  it('is read as a check of several people, not of one', () => {
    expect(
      readMessage(
        'deux jeunes ase : une de 16 ans encore au lycee, et un de 17 ans qui fait rien. 1618 pour les 2 ?',
        NOW,
        undefined,
        deps,
      ),
    ).toMatchObject({ kind: 'people' });
  });
});

describe('several ages of one description', () => {
  it('reads « 2 frères ASE, 15 et 17 ans » as two people with the same facts', () => {
    const people = severalPeople(
      '2 freres a l ase, 15 et 17 ans, plus scolarises, rien depuis l ete. la promo pour les deux ?',
      NOW,
    );
    expect(people?.map((p) => p.profile.age)).toEqual([15, 17]);
    expect(people?.map((p) => p.profile.ase)).toEqual([true, true]);
    expect(people?.map((p) => p.programme)).toEqual(['promo-16-18', 'promo-16-18']);
  });
});

describe('a couple', () => {
  it('reads « un couple au rsa, lui 30 ans elle 27, tous les 2 sans emploi » as two people with the facts of both', () => {
    const people = severalPeople(
      'un couple au rsa, lui 30 ans elle 27, tous les 2 sans emploi. prepa pour les deux ?',
      NOW,
    );
    expect(people?.map((p) => p.profile.age)).toEqual([30, 27]);
    expect(people?.map((p) => p.profile.rsa)).toEqual([true, true]);
    expect(people?.map((p) => p.profile.employed)).toEqual([false, false]);
  });
});

describe('a couple in one sentence', () => {
  it('reads « un couple de BRSA, lui 45 ans inscrit FT, elle 38 ans pas inscrite, prépa pour les deux ? » as two people', () => {
    const people = severalPeople(
      'salut, un couple de brsa, lui 45 ans inscrit ft, elle 38 ans pas inscrite, prepa pour les deux c est ok ?',
      NOW,
    );
    expect(people?.map((p) => p.profile.age)).toEqual([45, 38]);
    expect(people?.map((p) => p.profile.registeredJobseeker)).toEqual([true, false]);
    expect(people?.map((p) => p.programme)).toEqual(['prepa-competences', 'prepa-competences']);
  });
});

describe('first names typed in lower case', () => {
  it('reads « 3 jeunes ASE : tom 15a, sarah 17a en decrochage, yanis 18 ans » as three people, by their names', () => {
    const people = severalPeople(
      '3 jeunes ASE : tom 15a, sarah 17a en decrochage, yanis 18 ans depuis octobre. qui peut aller promo ?',
      NOW,
    );
    expect(people?.map((p) => [p.label, p.profile.age])).toEqual([
      ['Tom', 15],
      ['Sarah', 17],
      ['Yanis', 18],
    ]);
  });

  it('does not take « depuis 3 ans » for someone else, nor a word that describes someone for a name', () => {
    const people = severalPeople(
      '2 jeunes ASE : une de 16 ans en CAP, et un de 17 ans qui fait rien. promo pour les 2 ?',
      NOW,
    );
    expect(people?.map((p) => p.label)).toEqual([undefined, undefined]);
    expect(
      severalPeople(
        'couple au RSA : elle 38 ans, au RSA depuis 3 ans, et lui 40 ans. prepa pour les 2 ?',
        NOW,
      )?.length,
    ).toBe(2);
  });
});
