import { describe, expect, it } from 'vitest';
import { parseAgendaQuery, runAgendaQuery, type AgendaQuery } from '../../../data/agenda/agenda-query.js';
import type { EntrySession } from '../../../data/agenda/model.js';

/** Saturday 28 November 2026, in Paris. */
const NOW = new Date('2026-11-28T10:00:00Z');

describe('where a programme is held is no list of its entries', () => {
  it('« la prépa c’est à Montauban seulement ou plus près de chez eux ? » asks where it is held', () => {
    expect(
      parseAgendaQuery(
        'la prepa c est a montauban seulement ou ca peut se faire plus pres de chez eux ?',
        NOW,
      ),
    ).toBeUndefined();
  });
});

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
    // A programme near where the person lives: its entries there.
    [
      'il vit a caussade, y a de la pec pas loin de chez lui ?',
      { kind: 'sessions', dispositif: 'competences-pec', place: 'caussade', aroundTown: true },
    ],
    [
      'elle habite castelsarrasin, volet 2 de la prepa pres de chez elle ?',
      { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2', place: 'castelsarrasin' },
    ],
    ['entrees prepa a moissac ?', { kind: 'sessions', dispositif: 'prepa-competences', place: 'moissac' }],
    [
      'prepa a moissac ?',
      { kind: 'sessions', dispositif: 'prepa-competences', place: 'moissac', aroundTown: true },
    ],
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
        // An entry is the day it starts: one begun in December is no entry in January.
        startsWithin: true,
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

describe('parseAgendaQuery: trades, programmes and dates as people write them', () => {
  it.each<[string, AgendaQuery]>([
    ['places soudure', { kind: 'places', trade: 'soudure' }],
    ['restauration caussade places', { kind: 'places', trade: 'restauration', place: 'caussade' }],
    ['y a de la place en formation cariste ?', { kind: 'places', trade: 'cariste' }],
    ['formations logistique avec des places', { kind: 'places', trade: 'logistique' }],
    ['plaquiste des places ?', { kind: 'places', trade: 'plaquiste' }],
    ['visite plateau soudure', { kind: 'events', types: ['visite_plateau'], trade: 'soudure' }],
    ['info coll prepa comp', { kind: 'events', types: ['info_collective'], dispositif: 'prepa-competences' }],
    [
      'y a une info coll pour la promo 1618 ?',
      { kind: 'events', types: ['info_collective'], dispositif: 'promo-16-18' },
    ],
    [
      'y a une reunion bientot sur les metiers de la logistique ?',
      { kind: 'events', types: ['reunion_metier'], trade: 'logistique' },
    ],
    [
      'elle peut aller voir l atelier soudure ?',
      { kind: 'events', types: ['visite_plateau'], trade: 'soudure' },
    ],
    [
      'castel il se passe quoi en janvier',
      { kind: 'events', place: 'castel', from: '2027-01-01', to: '2027-01-31' },
    ],
    [
      'prepa comp en distanciel c quand',
      { kind: 'sessions', dispositif: 'prepa-competences', modality: 'distanciel' },
    ],
    ['atelier 2 pec dates', { kind: 'sessions', dispositif: 'competences-pec', volet: 'atelier 2' }],
    [
      'qu est ce qu il y a avant le 15 fevrier en info collective',
      { kind: 'events', types: ['info_collective'], to: '2027-02-15' },
    ],
    ['jpo apres le 1er mars', { kind: 'events', types: ['jpo'], from: '2027-03-01' }],
  ])('« %s »', (message, expected) => {
    expect(parseAgendaQuery(message, NOW)).toEqual(expected);
  });
});

describe('runAgendaQuery: events about a programme', () => {
  it('keeps the events whose title or description names the programme', () => {
    const event = (id: string, title: string) => ({
      id,
      type: 'info_collective' as const,
      title,
      start: '2027-01-14T09:30',
      end: '2027-01-14T11:30',
      place: 'AFPA Montauban',
      trade: '',
      description: '',
      seats: null,
      cancelled: false,
    });
    const items = [
      event('a', 'Information collective Prépa Compétences'),
      event('b', 'Information collective La Promo 16/18'),
    ];
    expect(
      runAgendaQuery(items, { kind: 'events', dispositif: 'promo-16-18' }, NOW).map((e) => e.id),
    ).toEqual(['b']);
  });
});

/** From the third blind set: relative days, « peu importe », a trade meeting named by its trade, verbs after « à ». */
describe('parseAgendaQuery, more ways of asking', () => {
  it.each<[string, AgendaQuery]>([
    ['ya quoi demain a l afpa ?', { kind: 'events', from: '2026-11-29', to: '2026-11-29' }],
    ['et apres-demain y a quoi ?', { kind: 'events', from: '2026-11-30', to: '2026-11-30' }],
    [
      'jeudi l info coll prepa c a quelle heure ?',
      {
        kind: 'events',
        types: ['info_collective'],
        dispositif: 'prepa-competences',
        from: '2026-12-03',
        to: '2026-12-03',
      },
    ],
    [
      'des entrees la semaine pro ? prepa ou pec peu importe',
      { kind: 'sessions', from: '2026-11-30', to: '2026-12-06', startsWithin: true },
    ],
    ['c koi le programme du mois de janvier', { kind: 'events', from: '2027-01-01', to: '2027-01-31' }],
    ['visite plateau elec c quand', { kind: 'events', types: ['visite_plateau'], trade: 'elec' }],
    ['y a des formations qualifiantes a caussade ?', { kind: 'places', place: 'caussade' }],
    [
      'y a une reunion sur la logistique bientot ?',
      { kind: 'events', types: ['reunion_metier'], trade: 'logistique' },
    ],
    ['pour les jpo de l afpa on a un role a jouer ?', { kind: 'events', types: ['jpo'] }],
  ])('« %s »', (message, expected) => {
    expect(parseAgendaQuery(message, NOW)).toEqual(expected);
  });

  it('leaves « kit de comm, y a quoi dedans ? » to the questions', () => {
    expect(parseAgendaQuery('kit de comm afpa y a quoi dedans', NOW)).toBeUndefined();
  });
});

describe('trainings that start within a period', () => {
  it('reads « les formations qui démarrent en février avec des places » as starting in February', () => {
    expect(parseAgendaQuery('les formations qui demarrent en fevrier avec des places', NOW)).toEqual({
      kind: 'places',
      from: '2027-02-01',
      to: '2027-02-28',
      startsWithin: true,
    });
  });
});

describe('a difference asked is no agenda question', () => {
  it('leaves « atelier 2 et atelier 3, c koi la diff ? » to the fiche', () => {
    expect(
      parseAgendaQuery('dans le calendrier pec ils parlent d atelier 2 et atelier 3, c koi la diff ?', NOW),
    ).toBeUndefined();
  });
});

describe('parseAgendaQuery, from the fourth blind set', () => {
  it.each<[string, AgendaQuery]>([
    ['mardi pro ya qqch a l afpa ?', { kind: 'events', from: '2026-12-01', to: '2026-12-01' }],
    ['il se passe un truc le 23 fevrier ?', { kind: 'events', from: '2027-02-23', to: '2027-02-23' }],
    ['les info coll d ici fin janvier', { kind: 'events', types: ['info_collective'], to: '2027-01-31' }],
  ])('« %s »', (message, expected) => {
    expect(parseAgendaQuery(message, NOW)).toEqual(expected);
  });
});

describe('« mardi prochain » said on a Monday', () => {
  it('is next week’s Tuesday, and « mardi » alone is tomorrow', () => {
    const monday = new Date('2027-01-11T09:00:00Z');
    expect(parseAgendaQuery('mardi pro ya qqch a l afpa ?', monday)).toMatchObject({ from: '2027-01-19' });
    expect(parseAgendaQuery('jpo mardi', monday)).toMatchObject({ from: '2027-01-12' });
  });

  it('leaves « la session d’évaluation de la VAE » to the fiche', () => {
    expect(
      parseAgendaQuery('vae ds comp pec la preparaton a la session d evaluation c cb de temps', NOW),
    ).toBeUndefined();
  });
});

describe('weeks named as référents name them', () => {
  it.each<[string, AgendaQuery]>([
    // NOW is Saturday 28 November 2026.
    [
      'les 2 prochaines semaines il se passe quoi ?',
      { kind: 'events', from: '2026-11-28', to: '2026-12-12' },
    ],
    [
      'jpo dans les deux prochaines semaines',
      { kind: 'events', types: ['jpo'], from: '2026-11-28', to: '2026-12-12' },
    ],
    ['la semaine du 1er fevrier ya quoi ?', { kind: 'events', from: '2027-02-01', to: '2027-02-07' }],
    // The 7th of January 2027 is a Thursday: its week runs from Monday 4 to Sunday 10.
    [
      'info coll semaine du 7 janvier',
      { kind: 'events', types: ['info_collective'], from: '2027-01-04', to: '2027-01-10' },
    ],
    // « semaine du 14 » without a month: the next 14th, in December.
    ['quoi de prevu la semaine du 14 ?', { kind: 'events', from: '2026-12-14', to: '2026-12-20' }],
  ])('« %s »', (message, expected) => {
    expect(parseAgendaQuery(message, NOW)).toEqual(expected);
  });
});

describe('entries, trainings and towns asked in few words', () => {
  it.each<[string, AgendaQuery]>([
    // NOW is Saturday 28 November 2026.
    [
      'volet 2 prepa en janvier ?',
      {
        kind: 'sessions',
        dispositif: 'prepa-competences',
        volet: 'volet 2',
        from: '2027-01-01',
        to: '2027-01-31',
      },
    ],
    [
      'le prochain atelier 2 pec c qd ?',
      { kind: 'sessions', dispositif: 'competences-pec', volet: 'atelier 2' },
    ],
    ['la formation soudeur elle demarre qd ?', { kind: 'places', trade: 'soudeur' }],
    [
      'moissac la semaine prochaine ?',
      { kind: 'events', place: 'moissac', from: '2026-11-30', to: '2026-12-06' },
    ],
    ['caussade en decembre', { kind: 'events', place: 'caussade', from: '2026-12-01', to: '2026-12-31' }],
  ])('« %s »', (message, expected) => {
    expect(parseAgendaQuery(message, NOW)).toEqual(expected);
  });

  it('reads « décroché depuis la rentrée » as no entry asked', () => {
    expect(parseAgendaQuery('jeune ase 17a deco depuis la rentree promo ?', NOW)).toBeUndefined();
  });
});

describe('dates and trainings from the seventh blind set’s kinds of question', () => {
  it.each<[string, AgendaQuery]>([
    // NOW is Saturday 28 November 2026.
    ['le 10 decembre c quoi deja a l afpa', { kind: 'events', from: '2026-12-10', to: '2026-12-10' }],
    [
      'les evenements entre le 5 et le 20 decembre ?',
      { kind: 'events', from: '2026-12-05', to: '2026-12-20' },
    ],
    ['jpo du 1er au 15 decembre', { kind: 'events', types: ['jpo'], from: '2026-12-01', to: '2026-12-15' }],
    [
      'des formations qui demarrent en janvier ?',
      { kind: 'places', from: '2027-01-01', to: '2027-01-31', startsWithin: true },
    ],
    [
      'info coll prepa le 3/12',
      {
        kind: 'events',
        types: ['info_collective'],
        dispositif: 'prepa-competences',
        from: '2026-12-03',
        to: '2026-12-03',
      },
    ],
  ])('« %s »', (message, expected) => {
    expect(parseAgendaQuery(message, NOW)).toEqual(expected);
  });

  it('reads « une place pour mr B » as no trade', () => {
    expect(parseAgendaQuery('reserve lui une place pr mr B', NOW)).not.toMatchObject({ trade: 'mr' });
  });
});
