import { describe, expect, it } from 'vitest';
import { followUp, keepsAspects, liveContext, type ConversationContext } from '../../../data/qa/follow-up.js';

const NOW = new Date('2027-01-11T09:00:00+01:00'); // a Monday
const at = NOW.toISOString();
const afterJpo: ConversationContext = { agenda: { kind: 'events', types: ['jpo'] }, at };
const afterSessions: ConversationContext = {
  agenda: { kind: 'sessions', dispositif: 'prepa-competences' },
  at,
};
const afterPrepaDuration: ConversationContext = {
  dispositif: 'prepa-competences',
  aspects: ['duration'],
  at,
};
const afterPromo: ConversationContext = { dispositif: 'promo-16-18', aspects: ['overview'], at };

describe('follow-ups as référents type them', () => {
  it.each<[string, ConversationContext, unknown]>([
    [
      'y a une reunion pour les parents ?',
      { agenda: { kind: 'sessions', dispositif: 'promo-16-18' }, at },
      { kind: 'agenda', query: { kind: 'events', types: ['info_collective'], dispositif: 'promo-16-18' } },
    ],
    [
      'il doit y aller tous les jours ? il a son rdv educ le vendredi',
      { agenda: { kind: 'sessions', dispositif: 'promo-16-18' }, at },
      { kind: 'dispositif', dispositif: 'promo-16-18', aspects: ['modality'] },
    ],
    [
      'et du côté de Moissac ?',
      afterJpo,
      { kind: 'agenda', query: { kind: 'events', types: ['jpo'], place: 'Moissac' } },
    ],
    [
      'et a castelsarrasin',
      afterJpo,
      { kind: 'agenda', query: { kind: 'events', types: ['jpo'], place: 'castelsarrasin' } },
    ],
    [
      'et en fevrier ?',
      afterJpo,
      { kind: 'agenda', query: { kind: 'events', types: ['jpo'], from: '2027-02-01', to: '2027-02-28' } },
    ],
    [
      'et en distanciel ?',
      afterSessions,
      {
        kind: 'agenda',
        query: { kind: 'sessions', dispositif: 'prepa-competences', modality: 'distanciel' },
      },
    ],
    [
      'il reste de la place ?',
      afterSessions,
      {
        kind: 'agenda',
        query: { kind: 'sessions', dispositif: 'prepa-competences', withSeats: true, roomAsked: true },
      },
    ],
    [
      'et le volet 2 ?',
      afterSessions,
      { kind: 'agenda', query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2' } },
    ],
    [
      'ça démarre quand ?',
      afterPromo,
      { kind: 'agenda', query: { kind: 'sessions', dispositif: 'promo-16-18' } },
    ],
    [
      'il reste des places ?',
      afterPromo,
      { kind: 'agenda', query: { kind: 'sessions', dispositif: 'promo-16-18', withSeats: true } },
    ],
    [
      'c est a distance ?',
      afterPrepaDuration,
      { kind: 'dispositif', dispositif: 'prepa-competences', aspects: ['modality'] },
    ],
    [
      'et qui prescrit ?',
      afterPrepaDuration,
      { kind: 'dispositif', dispositif: 'prepa-competences', aspects: ['prescription'] },
    ],
    ['pour qui ?', afterPromo, { kind: 'dispositif', dispositif: 'promo-16-18', aspects: ['audience'] }],
  ])('« %s »', (message, context, expected) => {
    expect(followUp(message, context, NOW)).toEqual(expected);
  });

  it.each<[string, ConversationContext]>([
    ['et les infos collectives ?', afterJpo], // a new list, not a filter
    ['c est quoi la vae ?', afterPrepaDuration], // names its own subject... asked as an overview
    ['bonjour', afterJpo],
    ['prochaines entrees pec', afterSessions],
    [
      'je voudrais savoir si une personne qui a déjà fait une formation l’an dernier peut recommencer',
      afterPrepaDuration,
    ],
  ])('leaves « %s » to stand on its own', (message, context) => {
    expect(followUp(message, context, NOW)).toBeUndefined();
  });

  it('keeps the question when only the subject changes: « et pour la PEC ? »', () => {
    expect(keepsAspects('et pour la PEC ?', afterPrepaDuration)).toEqual(['duration']);
    expect(keepsAspects('et pour la PEC, c est a distance ?', afterPrepaDuration)).toBeUndefined();
    expect(keepsAspects('la PEC ?', afterPrepaDuration)).toBeUndefined();
  });

  it('forgets after 30 minutes of silence, or when what is stored is not a context', () => {
    expect(liveContext(afterJpo, new Date(NOW.getTime() + 29 * 60_000))).toEqual(afterJpo);
    expect(liveContext(afterJpo, new Date(NOW.getTime() + 31 * 60_000))).toBeUndefined();
    expect(liveContext({ dispositif: 'nope', at }, NOW)).toBeUndefined();
    expect(liveContext(undefined, NOW)).toBeUndefined();
  });
});
