import { describe, expect, it } from 'vitest';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps, readThread } from '../../support/understanding-deps.js';

/**
 * Weighing one thing against another and time said from today (blind set 136, in other words):
 * two towns or two trades asked side by side, an event placed against the entries, a period
 * spanning two months, the week after the week after, and figures compared with a year or a target.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('lists side by side', () => {
  it('« visite moissac ou visite caussade, laquelle d’abord ? » lists each town', () => {
    expect(read('visite moissac ou visite caussade, laquelle d abord ?')).toMatchObject({
      kind: 'several',
      readings: [{ query: { place: 'moissac' } }, { query: { place: 'caussade' } }],
    });
  });

  it('« soudeur ou maçon, lequel commence le plus tôt » lists both trades', () => {
    expect(read('soudeur ou macon, lequel commence le plus tot')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places', trade: expect.stringMatching(/soud.* ou macon/) },
    });
  });

  it('« l’info coll prépa c’est avant l’entrée ? » gives the events and the entries', () => {
    expect(read('prepa comp, l info coll c est bien avant le demarrage ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { types: ['info_collective'], dispositif: 'prepa-competences' } },
        { kind: 'agenda', query: { kind: 'sessions', dispositif: 'prepa-competences' } },
      ],
    });
  });
});

describe('periods said from today', () => {
  it('« mi janvier début février » spans from the first part to the end of the last', () => {
    expect(read('mi janvier debut fevrier, il se passe quoi ?')).toMatchObject({
      kind: 'agenda',
      query: { from: '2027-01-10', to: '2027-02-10' },
    });
  });

  it('« et celle d’encore après » goes one week further again', () => {
    expect(
      readThread(NOW, 'y a quoi la semaine prochaine', 'et la semaine suivante ?', 'et celle encore apres ?'),
    ).toMatchObject({ kind: 'agenda', query: { from: '2027-02-01', to: '2027-02-07' } });
  });
});

describe('figures compared', () => {
  it.each([
    'par rapport a l an dernier on a fait mieux ?',
    'combien de moins qu en 2022 en prepa ?',
    'on a fait moins bien que prevu sur la promo ?',
  ])('« %s » asks the figures', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('figures');
  });

  it('« et on a fait mieux ? » after a target asks the figures', () => {
    expect(readThread(NOW, 'objectif pec c combien', 'et on a fait mieux ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures' },
    });
  });

  it('« les objectifs de 2026 c’est pareil qu’en 2022 ? » asks 2026’s, which the card says are not set', () => {
    expect(recognizeScopeQuestion('les objectifs de 2026 c est pareil qu en 2022 ?')).toMatchObject({
      kind: 'figures',
      year: 2026,
    });
  });
});

describe('whom to see, beside or as a choice', () => {
  it.each([
    'pour un retard de bilan je relance le directeur ou la RAP ?',
    'c est la meme personne chez l afpa pour la prepa et la promo ?',
  ])('« %s » asks whom to contact', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('contacts');
  });

  it('« la promo dure combien et je vois ça avec qui ? » answers both', () => {
    expect(read('la promo dure combien et je vois ca avec qui ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'duration' } },
        { kind: 'scope', question: { kind: 'contacts' } },
      ],
    });
  });
});

describe('what the agreement does or does not settle, asked as a choice', () => {
  it.each([
    ['la prepa c plutot le matin ou l apres midi ?', /horaires/],
    ['les ateliers pec c est plutot le matin ?', /horaires/],
    ['qui paye le mieux, le pec ou un cdi ?', /rémunération/],
    ['afpa montauban ou afpa albi pour un stage ?', /autres centres AFPA/],
  ])('« %s »', (text, subject) => {
    const question = recognizeScopeQuestion(text);
    expect(question?.kind === 'out_of_scope' ? question.subject : question?.kind).toMatch(subject);
  });

  it('« il vaut mieux passer par une info coll avant ? » asks whether it is required', () => {
    expect(read('c est preferable de passer par une info coll avant de l orienter ?')).toMatchObject({
      kind: 'several',
      readings: [{ kind: 'scope', question: { kind: 'joiningEvent', required: true } }, { kind: 'agenda' }],
    });
  });

  it('« la promo, c’est sur la base du volontariat ? » asks how it is prescribed (the adhesion)', () => {
    expect(read('la promo c est sur la base du volontariat ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'prescription' },
    });
  });
});

describe('La Promo’s steps, by their names', () => {
  it('« la phase d’engagement elle sert à quoi ? » is that step', () => {
    expect(read('la promo, l engagement ca sert a quoi ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'phases', step: 'l engagement' },
    });
  });

  it('« et la préparation de la suite ? » after the Promo is its last step, not Prépa Compétences', () => {
    expect(readThread(NOW, 'la promo ca dure combien', 'et la preparation de la suite ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', step: 'la preparation de la suite' },
    });
  });
});

describe('someone else brought in after a choice', () => {
  it('« et pour son père, 50 ans au RSA ? » after « prépa ou promo pour elle ? » checks him for both', () => {
    expect(
      readThread(NOW, 'prepa ou promo pour une jeune de 16 ans ase ?', 'et pour son pere 50 ans au rsa ?'),
    ).toMatchObject({
      kind: 'person',
      extracted: { profile: { age: 50, rsa: true }, choice: ['prepa-competences', 'promo-16-18'] },
    });
  });
});

describe('« et si… ? » after whom a programme is for: that person, checked for it', () => {
  it.each([
    ['la promo c est pour qui', 'et s il a que 15 ans ?', 'promo-16-18', { age: 15 }],
    ['la prepa c pour quel public', 'et si il touche pas le rsa ?', 'prepa-competences', { rsa: false }],
  ])('« %s » then « %s »', (first, second, programme, profile) => {
    expect(readThread(NOW, first, second)).toMatchObject({
      kind: 'person',
      extracted: { programme, profile },
    });
  });

  it('« si elle a 17 ans, la promo ? » asked alone is still a check, the condition being the person', () => {
    expect(read('si elle a 17 ans et qu elle est a l ase, la promo c possible ?')).toMatchObject({
      kind: 'person',
      extracted: { profile: { age: 17, ase: true } },
    });
  });
});

describe('whose part, asked of an event', () => {
  it('« aux JPO, c’est nous ou l’AFPA qui tient le stand ? » quotes the action plan, then the JPO', () => {
    expect(read('aux jpo c est nous ou l afpa qui tient le stand ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'passages', passages: [{ source: 'Plan d’action, 2.1.1 (engagements du Département)' }] },
        { kind: 'agenda', query: { types: ['jpo'] } },
      ],
    });
  });
});

describe('« et si… » that asks what follows', () => {
  it('« et s’il fait rien, elle risque une amende ? » after the Promo is no check of the young person', () => {
    expect(
      readThread(
        NOW,
        'la promo ca compte pour l obligation de formation ?',
        'et si il fait rien, elle risque une amende ?',
      ).kind,
    ).not.toBe('person');
  });
});
