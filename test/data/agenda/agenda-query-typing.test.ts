import { describe, expect, it } from 'vitest';
import { parseAgendaQuery, runAgendaQuery, type AgendaQuery } from '../../../data/agenda/agenda-query.js';
import type { EntrySession } from '../../../data/agenda/model.js';

/** Saturday 28 November 2026, in Paris. */
const NOW = new Date('2026-11-28T10:00:00Z');

/** Agenda questions as référents type them: no accents, no preposition, shorthand, relative dates. */
describe('parseAgendaQuery, as référents type', () => {
  it.each<[string, AgendaQuery]>([
    ['JPO moissac', { kind: 'events', types: ['jpo'], place: 'moissac' }],
    ['info coll castelsarrasin ?', { kind: 'events', types: ['info_collective'], place: 'castelsarrasin' }],
    ['des jpo sur caussade bientot ?', { kind: 'events', types: ['jpo'], place: 'caussade' }],
    ['quoi de prevu vers valence d agen', { kind: 'events', place: 'valence d agen' }],
    ['dispo soudure ?', { kind: 'places', trade: 'soudure' }],
    ['des places en soudure a caussade', { kind: 'places', trade: 'soudure', place: 'caussade' }],
    ['il reste des places en maconnerie ?', { kind: 'places', trade: 'maconnerie' }],
    [
      'prochaines entrees prepa en distanciel',
      { kind: 'sessions', dispositif: 'prepa-competences', modality: 'distanciel' },
    ],
    ['entrees prepa comp volet 2', { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2' }],
    ['sessions pec avec des places', { kind: 'sessions', dispositif: 'competences-pec', withSeats: true }],
    [
      'calendrier promo 1618 sur place',
      { kind: 'sessions', dispositif: 'promo-16-18', modality: 'presentiel' },
    ],
    ['jpo lundi prochain', { kind: 'events', types: ['jpo'], from: '2026-11-30', to: '2026-11-30' }],
    ['infos coll avant noel', { kind: 'events', types: ['info_collective'], to: '2026-12-24' }],
    ['visites plateau avant fin janvier', { kind: 'events', types: ['visite_plateau'], to: '2027-01-31' }],
    ["agenda d'ici 15 jours", { kind: 'events', from: '2026-11-28', to: '2026-12-13' }],
    [
      'reunions metiers batiment en fevrier',
      { kind: 'events', types: ['reunion_metier'], trade: 'batiment', from: '2027-02-01', to: '2027-02-28' },
    ],
    [
      'entrees promo 1618 a montauban en janvier',
      {
        kind: 'sessions',
        dispositif: 'promo-16-18',
        place: 'montauban',
        from: '2027-01-01',
        to: '2027-01-31',
      },
    ],
    ['jpo le 12 decembre', { kind: 'events', types: ['jpo'], from: '2026-12-12', to: '2026-12-12' }],
  ])('« %s »', (message, expected) => {
    expect(parseAgendaQuery(message, NOW)).toEqual(expected);
  });

  it('reads an ordinary verb after « à » as no town', () => {
    expect(parseAgendaQuery('des visites de plateau a faire avec mon groupe ?', NOW)).toEqual({
      kind: 'events',
      types: ['visite_plateau'],
    });
  });

  it('never fails on a date the recognizer cannot read', () => {
    expect(() => parseAgendaQuery('jpo avant fin janvier ou debut fevrier peut etre', NOW)).not.toThrow();
  });
});

describe('runAgendaQuery with the new filters', () => {
  const session = (id: string, modality: EntrySession['modality'], seats: number | null): EntrySession => ({
    id,
    dispositif: 'prepa-competences',
    volet: 'Volet 1',
    start: '2027-01-11',
    end: '2027-01-22',
    place: 'AFPA Montauban',
    modality,
    seats,
  });
  const sessions = [
    session('remote', 'distanciel', 4),
    session('onsite', 'presentiel', 0),
    session('mixed', 'mixte', null),
  ];

  it('keeps remote and mixed sessions for « en distanciel », on-site and mixed for « sur place »', () => {
    const ids = (q: AgendaQuery) => runAgendaQuery(sessions, q, NOW).map((s) => s.id);
    expect(ids({ kind: 'sessions', modality: 'distanciel' })).toEqual(['remote', 'mixed']);
    expect(ids({ kind: 'sessions', modality: 'presentiel' })).toEqual(['onsite', 'mixed']);
  });

  it('leaves out full sessions for « avec des places »; a session without a count stays', () => {
    expect(runAgendaQuery(sessions, { kind: 'sessions', withSeats: true }, NOW).map((s) => s.id)).toEqual([
      'remote',
      'mixed',
    ]);
  });
});
