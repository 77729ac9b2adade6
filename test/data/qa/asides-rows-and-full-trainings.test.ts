import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { followUp } from '../../../data/qa/follow-up.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What blind sets 78 and 79 showed, in other words than theirs: a subject outside the
 * agreement told as context beside an agenda question, a row of the plan named beside a
 * measure, the events for which the plan sets no target, a training asked whether it is
 * full, the trainings starting in a town, and a step asked after information sessions.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('a subject outside the agreement, told beside the question', () => {
  it.each([
    ['des JPO en fevrier ? il avait rdv a la caf le 3 donc il a pas pu venir', 'agenda'],
    ['prochaine info coll prepa ? (elle sort d un arret maladie)', 'agenda'],
  ])('« %s » asks the agenda', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it.each([
    'la caf peut l aider pour payer la formation ?',
    'il est en arret maladie, ça pose problème pour la prépa ?',
  ])('« %s » still asks about that subject', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('out_of_scope');
  });

  it.each([
    'des cheques dejeuner pour les stagiaires prepa ?',
    'les jeunes de la promo ont des tickets restaurant ?',
    'pour faire garder ses enfants pendant la PEC le departement verse une aide ?',
  ])('« %s » is a cost the agreement does not settle', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('out_of_scope');
  });
});

describe('rows of the action plan', () => {
  it('a row named beside a measure gives that row’s indicators, not every figure', () => {
    const question = recognizeScopeQuestion('le 2.1.2 il compte le taux de sortie emploi ?');
    expect(question).toEqual({ kind: 'figures', indicators: ['2.1.2'] });
  });

  it('« et pour le 2.1.4 ? » after what a row counts gives that row', () => {
    const context = { topic: 'figures' as const, at: NOW.toISOString() };
    const next = followUp('et pour le 2.1.4 ?', context as never, NOW);
    expect(next).toEqual({ kind: 'figures', indicators: ['2.1.4'] });
  });

  it.each([
    ['les visites de plateaux ont un objectif chiffre ?', '2.1.1'],
    ['combien de participants vises aux reunions metiers ?', '2.1.2'],
  ])('« %s »: the plan sets no target there, and says what it counts', (text, row) => {
    const question = recognizeScopeQuestion(text);
    expect(question).toMatchObject({ kind: 'figures', noTarget: true });
    expect(question?.kind === 'figures' && question.indicators).toContain(row);
  });

  it('a programme’s target is still its target', () => {
    expect(recognizeScopeQuestion('objectif chiffré prépa ?')).not.toMatchObject({ noTarget: true });
  });
});

describe('trainings and steps in the agenda', () => {
  it.each([
    ['la formation plaquiste elle est complete ?', 'plaquiste'],
    ['complet ou pas la formation soudeur ?', 'soudeur'],
  ])('« %s » asks that training’s places', (text, trade) => {
    const query = parseAgendaQuery(text, NOW);
    expect(query?.kind).toBe('places');
    expect(query?.kind === 'places' && query.trade?.toLowerCase()).toContain(trade);
  });

  it('« des formations qui commencent a moissac ? » asks the trainings held there', () => {
    expect(parseAgendaQuery('des formations qui commencent a moissac ?', NOW)).toMatchObject({
      kind: 'places',
      place: expect.stringMatching(/moissac/i),
    });
  });

  it('« et l’atelier 2 ? » after the PEC’s information sessions asks that step’s entries', () => {
    const context = {
      at: NOW.toISOString(),
      agenda: { kind: 'events', types: ['info_collective'], dispositif: 'competences-pec' },
    };
    expect(followUp('et l’atelier 2 ?', context as never, NOW)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'competences-pec', volet: 'atelier 2' },
    });
  });
});

describe('a person described, asking whether a programme is open', () => {
  it('« BRSA avec RQTH, la prépa comp c’est ouvert pour lui ? » checks the person', () => {
    expect(read('BRSA avec RQTH, la prépa comp c’est ouvert pour lui ?').kind).toBe('person');
  });
});
