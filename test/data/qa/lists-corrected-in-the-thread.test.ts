import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps, readThread } from '../../support/understanding-deps.js';

/**
 * A list of entries asked for someone, then corrected as the référent learns more (blind set 132,
 * said in other words): her home in the same message, her aim changed, a trade's session asked
 * beside a programme, and « une autre ? » when only one is published.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

const thread = (...messages: string[]) => readThread(NOW, ...messages);

describe('the entries near where the person lives, said in the same message', () => {
  it('« habite Moissac… volet 2 près de chez elle ? » is volet 2 at Moissac', () => {
    expect(
      thread(
        'dame 45 ans au rsa, elle habite moissac, elle a un projet. volet 2 prepa pas loin de chez elle ?',
      ),
    ).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2', place: 'moissac' },
    });
  });
});

describe('the aim corrected after a step’s entries', () => {
  it('« non en fait il a son projet, il veut assurer son entrée » moves the list to volet 2', () => {
    expect(
      thread(
        'les entrees volet 1 de la prepa ?',
        'non en fait il a deja son projet, il veut assurer son entree en formation',
      ),
    ).toMatchObject({ kind: 'agenda', query: { kind: 'sessions', volet: 'volet 2' } });
  });

  it('« finalement elle sait pas quel métier » moves it to volet 1', () => {
    expect(
      thread('prochaines entrees prepa volet 2 ?', 'finalement elle sait pas quel metier faire'),
    ).toMatchObject({ kind: 'agenda', query: { kind: 'sessions', volet: 'volet 1' } });
  });
});

describe('a trade’s session asked beside a programme', () => {
  it('« pas compatible avec la prépa, une autre session soudure ? » asks the trade’s training', () => {
    expect(parseAgendaQuery('pas compatible avec la prepa, une autre session soudure ?', NOW)).toMatchObject({
      kind: 'places',
      anotherAsked: true,
    });
  });

  it('« la session prépa de février ? » is still the programme’s entry', () => {
    expect(parseAgendaQuery('la session prepa de fevrier pour un futur soudeur ?', NOW)).toMatchObject({
      kind: 'sessions',
      dispositif: 'prepa-competences',
    });
  });

  it('« et une autre question » after a list is no filter of it', () => {
    const reading = thread('places en soudure ?', 'et une autre question : la prepa dure combien ?');
    expect(reading.kind).not.toBe('agenda');
  });
});

describe('a trade and a town asked for a group', () => {
  it('« des BRSA vers Moissac branchés logistique, y a quoi pour eux ? » is what is on there for that trade', () => {
    expect(
      parseAgendaQuery('j ai des brsa vers moissac branches logistique, y a quoi pour eux ?', NOW),
    ).toMatchObject({ kind: 'events', place: expect.stringMatching(/moissac/i) });
  });

  it('« y a quoi pour eux ? » with no trade nor town still asks what fits them', () => {
    expect(parseAgendaQuery('j ai des brsa sans projet, y a quoi pour eux ?', NOW)).toBeUndefined();
  });
});

describe('how the places reach the référents', () => {
  it.each([
    'on a les places dispo de l afpa en temps reel nous ?',
    'par quel moyen les referents connaissent les places ?',
  ])('« %s » quotes the agreement, not the list', (text) => {
    expect(parseAgendaQuery(text, NOW)).toBeUndefined();
    expect(JSON.stringify(readMessage(text, NOW, undefined, deps))).toContain('Info Places');
  });

  it('« il reste des places en soudure ? » is still the list', () => {
    expect(parseAgendaQuery('il reste des places en soudure ?', NOW)?.kind).toBe('places');
  });
});
