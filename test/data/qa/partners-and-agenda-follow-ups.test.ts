import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 118 and 119 showed, in other words than their own: partners of the
 * référents (social workers, SIAE staff) asking in their own words, and référents working
 * through AFPA's agenda list by list.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);

describe('partners asking in their own words', () => {
  it('« cléa numérique c’est quoi ? ils galèrent sur le site de la CAF » asks the dispositif, the CAF being why', () => {
    expect(
      conversation('cléa numérique c est quoi ? plusieurs de mes BRSA galerent sur le site de la CAF'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'clea-numerique' } });
  });

  it('« le portefeuille de compétences de la PEC, tout le monde en a un ? » asks its content', () => {
    expect(conversation('le portefeuille de competences de la PEC, tout le monde en a un ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: expect.arrayContaining(['content']) },
    });
  });

  it('« qui suit l’expérimentation côté Département ? » asks whom to contact', () => {
    expect(recognizeScopeQuestion('qui suit l experimentation cote departement ?')).toEqual({
      kind: 'contacts',
    });
  });

  it('« ils ont une rému pendant la formation ? » is outside the agreement', () => {
    expect(
      recognizeScopeQuestion('les stagiaires ont une remu pendant la formation qualifiante ?'),
    ).toMatchObject({
      kind: 'out_of_scope',
      subject: 'la rémunération des personnes pendant le parcours',
    });
  });

  it('« veut changer de métier mais sait pas dans quoi » needs a project', () => {
    expect(
      extractProfile('monsieur 50 ans BRSA, veut changer de metier mais sait pas dans quoi', { today: NOW })
        .aim,
    ).toBe('project');
  });

  it('« elle a bossé 12 ans en usine » tells her past, not a job now; « elle travaille au marché » is one', () => {
    expect(
      extractProfile('dame 45 ans BRSA, elle a bosse 12 ans en usine, sait plus quoi faire', { today: NOW })
        .profile.employed,
    ).toBeUndefined();
    expect(extractProfile('elle travaille au marche le matin', { today: NOW }).profile.employed).toBe(true);
  });

  it('« formation cariste c’est où et quand ? mon monsieur est de Moissac, 5 ans de chariot » asks the places', () => {
    expect(
      conversation(
        'formation cariste c est ou et quand ? mon monsieur est de moissac, il a fait 5 ans de chariot',
      ),
    ).toMatchObject({ kind: 'agenda', query: { kind: 'places', trade: 'cariste' } });
  });
});

describe('a programme asked, then the facts', () => {
  it('« et la prépa ? elle est pas au RSA et pas inscrite à FT » checks her for it', () => {
    expect(
      extractProfile('et la prepa ? elle est pas au RSA et pas inscrite a FT', { today: NOW }),
    ).toMatchObject({
      programme: 'prepa-competences',
      asksEligibility: true,
      profile: { rsa: false, registeredJobseeker: false },
    });
  });
});

describe('newcomers and people in a hurry (sets 120 and 121)', () => {
  it.each(['la convention avec l afpa, qui la suit cote cd ?', 'c quoi le nom de la RAP deja ?'])(
    '« %s » asks whom to contact',
    (text) => {
      expect(recognizeScopeQuestion(text)).toEqual({ kind: 'contacts' });
    },
  );

  it('« et si elle est en congé ? » after the roles gives them again', () => {
    expect(conversation('qui contacter a l afpa ?', 'et si elle est en conge ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('« et le taux réel chez nous ? » after the figures asks them', () => {
    expect(conversation('les objectifs chiffres 2022 ?', 'et le taux reel chez nous ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures' },
    });
  });
});

describe('working through the agenda list by list', () => {
  it('« ajoute la 2e à mon agenda » after a list picks that one', () => {
    expect(conversation('prochaines jpo', 'ajoute la 2e a mon agenda')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'], item: 2 },
    });
  });

  it('« et à Moissac ? » after Montauban’s list asks Moissac, and leaves Montauban out of « ailleurs »', () => {
    expect(conversation('info coll a montauban ?', 'et a moissac ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'], place: 'moissac', elsewhereThan: 'montauban' },
    });
  });
});
