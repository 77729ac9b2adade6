import { describe, expect, it } from 'vitest';
import { parseAgendaQuery, runAgendaQuery, type AgendaQuery } from '../../../data/agenda/agenda-query.js';
import type { AgendaEvent, EntrySession, TrainingPlace } from '../../../data/agenda/model.js';
import { agendaEvent } from '../../factories.js';

const event = (title: string, start: string, end: string, more: Partial<AgendaEvent> = {}) =>
  agendaEvent({ id: title, title, start, end, ...more });
import { EVAL_SET } from '../../qa/eval-set.js';
import { HOLDOUT_SET } from '../../qa/holdout-set.js';

const NOW = new Date('2026-11-28T10:00:00Z'); // a Saturday

describe('parseAgendaQuery', () => {
  it.each<[string, AgendaQuery]>([
    ['prochaines JPO', { kind: 'events', types: ['jpo'] }],
    ['journées portes ouvertes', { kind: 'events', types: ['jpo'] }],
    [
      'infos collectives en janvier',
      { kind: 'events', types: ['info_collective'], from: '2027-01-01', to: '2027-01-31' },
    ],
    ['visites de plateaux techniques', { kind: 'events', types: ['visite_plateau'] }],
    ['réunions métiers logistique', { kind: 'events', types: ['reunion_metier'], trade: 'logistique' }],
    ['qu’est-ce qu’il y a à Castelsarrasin ?', { kind: 'events', place: 'Castelsarrasin' }],
    ['agenda de la semaine prochaine', { kind: 'events', from: '2026-11-30', to: '2026-12-06' }],
    ['agenda de cette semaine', { kind: 'events', from: '2026-11-28', to: '2026-11-29' }],
    ['koi de prevu la semaine pro', { kind: 'events', from: '2026-11-30', to: '2026-12-06' }],
    [
      'infos coll le mois pro ?',
      { kind: 'events', types: ['info_collective'], from: '2026-12-01', to: '2026-12-31' },
    ],
    [
      'entrees prepa volet 2, il y a encore de la place ?',
      {
        kind: 'sessions',
        dispositif: 'prepa-competences',
        volet: 'volet 2',
        withSeats: true,
        roomAsked: true,
      },
    ],
    [
      'y a encore de la place sur la session prepa du 25 janvier ?',
      {
        kind: 'sessions',
        dispositif: 'prepa-competences',
        withSeats: true,
        roomAsked: true,
        from: '2027-01-25',
        to: '2027-01-25',
        startsWithin: true,
      },
    ],
    ['JPO en mars 2027', { kind: 'events', types: ['jpo'], from: '2027-03-01', to: '2027-03-31' }],
    ['prochaines entrées Prépa Compétences', { kind: 'sessions', dispositif: 'prepa-competences' }],
    ['dates d’entrée promo 16/18', { kind: 'sessions', dispositif: 'promo-16-18' }],
    ['calendrier PEC atelier 2', { kind: 'sessions', dispositif: 'competences-pec', volet: 'atelier 2' }],
    // « qui démarre en janvier »: the entries starting then, not one begun before and still running.
    [
      'qu est ce qui demarre en janvier en prepa ?',
      {
        kind: 'sessions',
        dispositif: 'prepa-competences',
        from: '2027-01-01',
        to: '2027-01-31',
        startsWithin: true,
      },
    ],
    ['places disponibles', { kind: 'places' }],
    ['places en maçonnerie', { kind: 'places', trade: 'maçonnerie' }],
    ['y a-t-il de la place en cariste ?', { kind: 'places', trade: 'cariste' }],
    ['places à Montauban', { kind: 'places', place: 'Montauban' }],
  ])('« %s »', (message, expected) => {
    expect(parseAgendaQuery(message, NOW)).toEqual(expected);
  });

  it.each([
    'c’est quoi prépa comp ?',
    'combien de temps dure la promo 1618',
    'qui peut prescrire la VAE',
    'combien de places prévues en PEC',
    'quel temps il fait à Montauban demain',
  ])('leaves « %s » to the question answering', (message) => {
    expect(parseAgendaQuery(message, NOW)).toBeUndefined();
  });

  it('takes none of the questions of the evaluation sets for an agenda question', () => {
    const taken = [...EVAL_SET, ...HOLDOUT_SET]
      .filter((c) => parseAgendaQuery(c.question, NOW))
      .map((c) => c.question);
    expect(taken).toEqual([]);
  });

  it('reads « en janvier » as the next January, and « en novembre » in November as this one', () => {
    expect(parseAgendaQuery('JPO en novembre', NOW)).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(parseAgendaQuery('JPO en octobre', NOW)).toMatchObject({ from: '2027-10-01', to: '2027-10-31' });
  });
});

describe('runAgendaQuery', () => {
  const events: AgendaEvent[] = [
    event('Printemps', '2027-03-29T09:00', '2027-03-29T12:00'),
    event('Passée', '2026-10-01T09:00', '2026-10-01T12:00'),
    event('Ce matin', '2026-11-28T10:00', '2026-11-28T12:30'), // under way at 11:00 in Paris
    event('Logistique', '2027-01-19T09:00', '2027-01-19T11:30', {
      type: 'reunion_metier',
      trade: 'Logistique',
      place: 'Castelsarrasin',
    }),
    event('Hiver annulée', '2027-01-20T09:30', '2027-01-20T12:00', { cancelled: true }),
  ];

  it('hides what is over, keeps what is still going on or cancelled, sorted by date', () => {
    expect(runAgendaQuery(events, { kind: 'events' }, NOW).map((e) => e.title)).toEqual([
      'Ce matin',
      'Logistique',
      'Hiver annulée',
      'Printemps',
    ]);
  });

  it('filters by type, trade, place and period', () => {
    expect(runAgendaQuery(events, { kind: 'events', types: ['jpo'] }, NOW).map((e) => e.title)).toEqual([
      'Ce matin',
      'Hiver annulée',
      'Printemps',
    ]);
    expect(runAgendaQuery(events, { kind: 'events', trade: 'logistique' }, NOW).map((e) => e.title)).toEqual([
      'Logistique',
    ]);
    expect(
      runAgendaQuery(events, { kind: 'events', place: 'castelsarrasin' }, NOW).map((e) => e.title),
    ).toEqual(['Logistique']);
    expect(
      runAgendaQuery(events, { kind: 'events', from: '2027-01-01', to: '2027-01-31' }, NOW).map(
        (e) => e.title,
      ),
    ).toEqual(['Logistique', 'Hiver annulée']);
  });

  it('finds a trade by its first letters: « maçonnerie » finds « Maçon », « cariste » finds « Cariste d’entrepôt »', () => {
    const places: TrainingPlace[] = [
      {
        id: 'a',
        training: 'Maçon',
        trade: '',
        start: '2027-01-04',
        end: '2027-07-02',
        place: 'M',
        available: 3,
        updatedAt: '2026-11-25',
      },
      {
        id: 'b',
        training: 'Cariste d’entrepôt',
        trade: 'Logistique',
        start: '2026-12-14',
        end: '2027-03-05',
        place: 'M',
        available: 5,
        updatedAt: '2026-11-27',
      },
      {
        id: 'c',
        training: 'Ancienne',
        trade: 'Maçonnerie',
        start: '2026-01-04',
        end: '2026-07-02',
        place: 'M',
        available: 1,
        updatedAt: '2026-01-01',
      },
    ];
    expect(runAgendaQuery(places, { kind: 'places', trade: 'maçonnerie' }, NOW).map((p) => p.id)).toEqual([
      'a',
    ]);
    expect(runAgendaQuery(places, { kind: 'places', trade: 'cariste' }, NOW).map((p) => p.id)).toEqual(['b']);
  });

  it('lists only the entries not started yet, of the programme and volet asked', () => {
    const sessions: EntrySession[] = [
      {
        id: '1',
        dispositif: 'competences-pec',
        volet: 'Atelier 2',
        start: '2027-01-11',
        end: '2027-01-15',
        place: 'M',
        modality: 'mixte',
        seats: 6,
      },
      {
        id: '2',
        dispositif: 'competences-pec',
        volet: 'Atelier 3',
        start: '2027-01-18',
        end: '2027-01-22',
        place: 'M',
        modality: 'mixte',
        seats: 6,
      },
      {
        id: '3',
        dispositif: 'competences-pec',
        volet: 'Atelier 2',
        start: '2026-11-23',
        end: '2026-12-04',
        place: 'M',
        modality: 'mixte',
        seats: 6,
      },
      {
        id: '4',
        dispositif: 'prepa-competences',
        volet: 'volet 1',
        start: '2027-01-04',
        end: '2027-01-15',
        place: 'M',
        modality: 'presentiel',
        seats: null,
      },
    ];
    expect(
      runAgendaQuery(
        sessions,
        { kind: 'sessions', dispositif: 'competences-pec', volet: 'atelier 2' },
        NOW,
      ).map((s) => s.id),
    ).toEqual(['1']);
  });
});

describe('runAgendaQuery: trainings that start within the period', () => {
  const place = (id: string, start: string) => ({
    id,
    training: `Formation ${id}`,
    trade: 'Logistique',
    start,
    end: '2027-06-30',
    place: 'Montauban',
    available: 3,
    updatedAt: '2026-11-25',
  });
  const places = [
    place('janvier', '2027-01-25'),
    place('fevrier', '2027-02-08'),
    place('mars', '2027-03-01'),
  ];

  it('keeps the trainings running in February, or only those starting then when asked', () => {
    const february = { kind: 'places', from: '2027-02-01', to: '2027-02-28' } as const;
    expect(runAgendaQuery(places, february, NOW).map((p) => p.id)).toEqual(['janvier', 'fevrier']);
    expect(runAgendaQuery(places, { ...february, startsWithin: true }, NOW).map((p) => p.id)).toEqual([
      'fevrier',
    ]);
  });
});

describe('runAgendaQuery: a trade written as the worker or as the workshop', () => {
  const visit = event('Visite du plateau', '2027-01-19T14:00', '2027-01-19T16:00', {
    type: 'visite_plateau',
    trade: 'soudure',
  });
  const openDay = event('Information collective Prépa Compétences', '2027-01-14T09:30', '2027-01-14T11:30', {
    type: 'info_collective',
  });

  it('finds the welding workshop’s visit for « soudeur », and a Prépa event not for « préparateur »', () => {
    const ids = (trade: string) =>
      runAgendaQuery([visit, openDay], { kind: 'events', trade }, NOW).map((e) => e.id);
    expect(ids('soudeur')).toEqual([visit.id]);
    expect(ids('préparateur de commandes')).not.toContain(openDay.id);
  });
});

describe('parseAgendaQuery: a programme’s name is no trade', () => {
  it('reads « une information collective sur La Promo 16/18 ? » with no trade', () => {
    expect(parseAgendaQuery('Y a-t-il une information collective sur La Promo 16/18 ?', NOW)).toEqual({
      kind: 'events',
      types: ['info_collective'],
      dispositif: 'promo-16-18',
    });
  });
});

describe('runAgendaQuery: every place but one', () => {
  it('leaves out the events of the town named', () => {
    const montauban = event('JPO Montauban', '2027-02-03T09:00', '2027-02-03T12:00', {
      place: 'AFPA Montauban',
    });
    const moissac = event('JPO Moissac', '2027-02-17T10:00', '2027-02-17T16:00', { place: 'Moissac' });
    expect(
      runAgendaQuery([montauban, moissac], { kind: 'events', elsewhereThan: 'Montauban' }, NOW).map(
        (e) => e.id,
      ),
    ).toEqual([moissac.id]);
  });
});

describe('runAgendaQuery: one day of the week', () => {
  it('keeps the events on that day of the week only', () => {
    const wednesday = event('Mercredi', '2027-02-17T10:00', '2027-02-17T12:00');
    const tuesday = event('Mardi', '2027-02-23T10:00', '2027-02-23T12:00');
    expect(
      runAgendaQuery([wednesday, tuesday], { kind: 'events', weekday: 3 }, NOW).map((e) => e.id),
    ).toEqual([wednesday.id]);
  });
});

describe('runAgendaQuery: one day of the week, for the entries too', () => {
  it('keeps the entries that start on that day of the week', () => {
    const session = (id: string, start: string): EntrySession => ({
      id,
      dispositif: 'prepa-competences',
      volet: 'Volet 1',
      start,
      end: start,
      place: 'AFPA Montauban',
      modality: 'presentiel',
      seats: 4,
    });
    const monday = session('lundi', '2027-03-08');
    const wednesday = session('mercredi', '2027-03-03');
    expect(
      runAgendaQuery([monday, wednesday], { kind: 'sessions', weekday: 3 }, NOW).map((s) => s.id),
    ).toEqual(['mercredi']);
  });
});

describe('entries wholly at a distance, or wholly on site', () => {
  const session = (id: string, modality: EntrySession['modality']): EntrySession => ({
    id,
    dispositif: 'prepa-competences',
    volet: 'volet 1',
    start: '2027-01-18',
    end: '2027-01-29',
    place: 'Montauban',
    modality,
    seats: 5,
  });
  const sessions = [
    session('remote', 'distanciel'),
    session('mixed', 'mixte'),
    session('on site', 'presentiel'),
  ];

  it.each([
    ['la prochaine session 100% a distance ?', ['remote']],
    ['y a une entree entierement en ligne ?', ['remote']],
    ['une session a distance ?', ['remote', 'mixed']],
  ])('« %s » lists %j', (text, ids) => {
    const query = parseAgendaQuery(text, NOW)!;
    expect(runAgendaQuery(sessions, query, NOW).map((s) => s.id)).toEqual(ids);
  });

  it('keeps the events on site when « sur place » is asked, and none at a distance: an event is held at its place', () => {
    const meeting = event('Réunion métiers de la logistique', '2027-01-26T09:00', '2027-01-26T12:00', {
      type: 'reunion_metier',
      trade: 'logistique',
    });
    const onSite: AgendaQuery = { kind: 'events', types: ['reunion_metier'], modality: 'presentiel' };
    expect(runAgendaQuery([meeting], onSite, NOW)).toEqual([meeting]);
    expect(runAgendaQuery([meeting], { ...onSite, modality: 'distanciel' }, NOW)).toEqual([]);
  });

  it('reads « la prochaine entrée, il reste de la place ? » as entries with room, not trainings', () => {
    expect(parseAgendaQuery('et la prochaine entree sur le programme il reste de la place ?', NOW)).toEqual({
      kind: 'sessions',
      withSeats: true,
      roomAsked: true,
    });
    // « avec des places » filters; it does not ask whether any is full.
    expect(parseAgendaQuery('sessions prepa avec des places', NOW)).toEqual({
      kind: 'sessions',
      dispositif: 'prepa-competences',
      withSeats: true,
    });
  });
});
