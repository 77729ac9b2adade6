import type { AgendaEvent, EntrySession, TrainingPlace } from '../../data/agenda/model.js';
import { agendaEvent } from '../factories.js';

/**
 * A small published agenda around Monday 4 January 2027, 10:00 in Paris (NOW), with one
 * item of each kind that every filter of the tab and the API keeps or drops.
 */
export const NOW = new Date('2027-01-04T09:00:00Z');

export const EVENTS: AgendaEvent[] = [
  agendaEvent({
    id: 'e-jpo',
    type: 'jpo',
    title: 'Portes ouvertes de janvier',
    start: '2027-01-20T09:00',
    end: '2027-01-20T12:00',
    place: 'AFPA Montauban',
  }),
  agendaEvent({
    id: 'e-info',
    type: 'info_collective',
    title: 'Information collective Prépa Compétences',
    start: '2027-01-12T14:00',
    end: '2027-01-12T16:00',
    place: 'Moissac',
    trade: 'Logistique',
    seats: 12,
  }),
  agendaEvent({
    id: 'e-visite',
    type: 'visite_plateau',
    title: 'Visite du plateau de soudure',
    start: '2027-02-03T09:00',
    end: '2027-02-03T11:00',
    place: 'Castelsarrasin',
    trade: 'Soudure',
    seats: 0,
  }),
  agendaEvent({
    id: 'e-reunion',
    type: 'reunion_metier',
    title: 'Les métiers du bâtiment',
    start: '2027-01-28T14:00',
    end: '2027-01-28T16:30',
    place: 'AFPA Montauban',
    trade: 'Maçon',
    seats: 5,
    cancelled: true,
  }),
  // Over already: never listed.
  agendaEvent({
    id: 'e-past',
    type: 'jpo',
    title: 'Portes ouvertes de décembre',
    start: '2026-12-10T09:00',
    end: '2026-12-10T12:00',
  }),
];

const session = (overrides: Partial<EntrySession> & { id: string }): EntrySession => ({
  dispositif: 'prepa-competences',
  volet: '',
  start: '2027-01-18',
  end: '2027-01-29',
  place: 'AFPA Montauban',
  modality: 'presentiel',
  seats: null,
  ...overrides,
});

export const SESSIONS: EntrySession[] = [
  session({ id: 's-prepa-1', volet: 'Volet 1', seats: 8 }),
  session({
    id: 's-prepa-2',
    volet: 'Volet 2',
    start: '2027-02-08',
    end: '2027-02-19',
    place: 'Castelsarrasin',
    modality: 'distanciel',
    seats: 0,
  }),
  session({
    id: 's-pec',
    dispositif: 'competences-pec',
    start: '2027-01-25',
    end: '2027-03-31',
    modality: 'mixte',
  }),
  session({ id: 's-promo', dispositif: 'promo-16-18', start: '2027-03-01', end: '2027-06-04', seats: 12 }),
];

export const PLACES: TrainingPlace[] = [
  {
    id: 'p-soudure',
    training: 'Soudeur assembleur industriel',
    trade: 'Soudure',
    start: '2027-02-01',
    end: '2027-07-30',
    place: 'AFPA Montauban',
    available: 3,
    updatedAt: '2027-01-01',
  },
  {
    id: 'p-macon',
    training: 'Maçon du bâti ancien',
    trade: 'Maçonnerie',
    start: '2027-03-01',
    end: '2027-09-30',
    place: 'Castelsarrasin',
    available: 0,
    updatedAt: '2027-01-04',
  },
  {
    id: 'p-cariste',
    training: 'Cariste d’entrepôt',
    trade: 'Logistique',
    start: '2027-01-11',
    end: '2027-04-30',
    place: 'Moissac',
    available: 5,
    updatedAt: '2026-12-20',
  },
];
