import { describe, expect, it } from 'vitest';
import { agendaFilters, parseAgendaQuery, runAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { agendaEvent } from '../../factories.js';

/**
 * What a list leaves out, said as référents say it (« sauf », « hors », « à part », « ni… ni »,
 * « autre chose que », « pas en », « sans les complets »), and the « pas » that leaves nothing
 * out (« c'est pas à Montauban ? », « y a pas une session à distance ? », « elle peut pas avant »).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('what a list leaves out', () => {
  it.each<[string, Record<string, unknown>]>([
    ['les jpo sauf celle de moissac', { types: ['jpo'], elsewhereThan: 'moissac' }],
    [
      'visites de plateau en dehors de montauban ?',
      { types: ['visite_plateau'], elsewhereThan: 'montauban' },
    ],
    [
      'info coll ni sur caussade ni sur moissac',
      { types: ['info_collective'], elsewhereThan: 'caussade ou moissac' },
    ],
    ['tout ce qui se passe en mars a part les reunions metier', { exceptTypes: ['reunion_metier'] }],
    ['reunions metier hormis le batiment', { types: ['reunion_metier'], exceptTrade: 'batiment' }],
    ['entrees pec mais pas en fevrier', { dispositif: 'competences-pec', exceptMonth: '2027-02' }],
    ['prochaines entrees prepa sans les completes', { dispositif: 'prepa-competences', withSeats: true }],
    [
      'une entree prepa qui soit pas en distanciel',
      { dispositif: 'prepa-competences', modality: 'presentiel' },
    ],
  ])('« %s »', (text, expected) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject(expected);
  });

  it('names nothing it leaves out as asked: « sauf les JPO » lists no JPO', () => {
    const query = parseAgendaQuery('les evenements de fevrier sauf les jpo', NOW);
    expect(query?.types).toBeUndefined();
    expect(query?.exceptTypes).toEqual(['jpo']);
  });

  it('leaves out, in a follow-up, what it names: « et pas à Caussade ? »', () => {
    expect(agendaFilters('et pas a caussade ?', NOW)).toMatchObject({ elsewhereThan: 'caussade' });
    expect(agendaFilters('et pas a caussade ?', NOW).place).toBeUndefined();
  });
});

describe('a « pas » that leaves nothing out', () => {
  it.each([
    ['les jpo c est pas a montauban ?', { place: 'montauban' }],
    ['y a pas une entree prepa a distance ?', { modality: 'distanciel' }],
    ['elle pourra pas venir avant mars, une info coll pec ?', { from: '2027-03-01' }],
    // Dictated: « prêt pas compétence » is Prépa Compétences.
    ['la prochaine session de prêt pas compétence à distance', { modality: 'distanciel' }],
    [
      'le jeune (16 ans, sans rien depuis juin) veut bien la promo, prochaine entree ?',
      { dispositif: 'promo-16-18' },
    ],
  ])('« %s »', (text, expected) => {
    const query = parseAgendaQuery(text, NOW);
    expect(query).toMatchObject(expected);
    expect(JSON.stringify(query)).not.toMatch(/elsewhereThan|except/);
  });
});

describe('running a list that leaves things out', () => {
  const events = [
    agendaEvent({
      id: 'a',
      type: 'jpo',
      start: '2027-01-20T09:00',
      end: '2027-01-20T12:00',
      place: 'AFPA Montauban',
    }),
    agendaEvent({
      id: 'b',
      type: 'jpo',
      start: '2027-02-03T09:00',
      end: '2027-02-03T12:00',
      place: 'Moissac – MSAP',
    }),
    agendaEvent({
      id: 'c',
      type: 'info_collective',
      start: '2027-02-09T09:00',
      end: '2027-02-09T11:00',
      place: 'Castelsarrasin',
    }),
    agendaEvent({
      id: 'd',
      type: 'reunion_metier',
      trade: 'Logistique',
      start: '2027-02-10T14:00',
      end: '2027-02-10T16:00',
    }),
  ];
  const ids = (query: Parameters<typeof runAgendaQuery>[1]) =>
    runAgendaQuery(events, query, NOW).map((e) => e.id);

  it('leaves out each town, kind, trade and month named', () => {
    expect(ids({ kind: 'events', elsewhereThan: 'montauban ou moissac' })).toEqual(['c']);
    expect(ids({ kind: 'events', exceptTypes: ['jpo'] })).toEqual(['c', 'd']);
    expect(ids({ kind: 'events', exceptTrade: 'logistique' })).toEqual(['a', 'b', 'c']);
    expect(ids({ kind: 'events', exceptMonth: '2027-02' })).toEqual(['a']);
  });
});
