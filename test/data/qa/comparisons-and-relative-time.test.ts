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
