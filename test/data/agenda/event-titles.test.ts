import { describe, expect, it } from 'vitest';
import { eventTitleWithType } from '../../../data/agenda/model.js';

describe('an event’s title with its type', () => {
  it('says the type before a title that does not', () => {
    expect(eventTitleWithType({ type: 'jpo', title: 'Portes ouvertes de printemps' })).toBe(
      'Journée portes ouvertes : Portes ouvertes de printemps',
    );
  });

  it('never says it twice (« Information collective : Information collective Prépa… »)', () => {
    expect(
      eventTitleWithType({ type: 'info_collective', title: 'Information collective Prépa Compétences' }),
    ).toBe('Information collective Prépa Compétences');
    expect(eventTitleWithType({ type: 'reunion_metier', title: 'reunion metier batiment' })).toBe(
      'reunion metier batiment',
    );
  });
});

describe('only what is full', () => {
  it('keeps the items with no room left', async () => {
    const { runAgendaQuery } = await import('../../../data/agenda/agenda-query.js');
    const { AGENDA_FIXTURE, EVAL_NOW } = await import('../../qa/conversations/agenda-fixture.js');
    const full = runAgendaQuery(AGENDA_FIXTURE.places, { kind: 'places', full: true }, EVAL_NOW);
    expect(full.map((place) => place.training)).toEqual(['Plaquiste']);
  });
});
