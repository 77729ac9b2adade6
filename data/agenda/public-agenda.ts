import { frenchDay } from '../dates.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { shortLabel } from '../catalogue/schema.js';
import { normalizeText } from '../qa/normalize.js';
import { asWritten } from './agenda-query.js';
import { formatDayRange, formatEventWhen, formatFreshness } from './french-format.js';
import {
  EVENT_TYPE_LABELS,
  MODALITY_LABELS,
  type AgendaEvent,
  type EntrySession,
  type EventType,
  type Modality,
  type SessionDispositif,
  type TrainingPlace,
} from './model.js';
import { townIn } from './towns.js';

/**
 * The agenda as anyone may read it (the Teams tab, its JSON API): what AFPA publishes
 * for everyone, field by field. Each view is built from named fields, never by copying
 * a stored object, so that nothing else a store may hold (who staged an import, a
 * column added later) can reach a reader.
 */

export type PublicEvent = {
  id: string;
  type: EventType;
  typeLabel: string;
  title: string;
  start: string;
  end: string;
  when: string;
  place: string;
  trade: string;
  description: string;
  seats: number | null;
  seatsLabel: string;
  cancelled: boolean;
  /** What to type to the bot to get this kind of event in the chat. */
  askBot: string;
};

export type PublicSession = {
  id: string;
  dispositif: SessionDispositif;
  dispositifName: string;
  volet: string;
  start: string;
  end: string;
  when: string;
  place: string;
  modality: Modality;
  modalityLabel: string;
  seats: number | null;
  seatsLabel: string;
  askBot: string;
  /** What to type to the bot to open the prescription form on this very session; absent when full. */
  prescribe?: string;
};

export type PublicPlace = {
  id: string;
  training: string;
  trade: string;
  start: string;
  end: string;
  when: string;
  place: string;
  available: number;
  updatedAt: string;
  freshness: string;
  askBot: string;
};

function seatsLabel(seats: number | null): string {
  if (seats === null) return '';
  if (seats === 0) return 'Complet';
  return `${seats} place${seats > 1 ? 's' : ''}`;
}

/** « Montauban » out of « AFPA Montauban – salle 3 », as AFPA wrote it; the whole place when no known town is in it. */
export function townOf(place: string): string {
  return asWritten(place, townIn(normalizeText(place))) ?? place;
}

/** « à Montauban », or nothing when AFPA gave no place. */
function atTown(place: string): string {
  const town = place ? townOf(place) : '';
  return town ? ` à ${town}` : '';
}

export function publicEvent(event: AgendaEvent): PublicEvent {
  return {
    id: event.id,
    type: event.type,
    typeLabel: EVENT_TYPE_LABELS[event.type].one,
    title: event.title,
    start: event.start,
    end: event.end,
    when: formatEventWhen(event.start, event.end),
    place: event.place,
    trade: event.trade,
    description: event.description,
    seats: event.seats,
    seatsLabel: event.cancelled ? '' : seatsLabel(event.seats),
    cancelled: event.cancelled,
    askBot: `prochaines ${EVENT_TYPE_LABELS[event.type].many.toLowerCase()}${atTown(event.place)}`,
  };
}

/**
 * « prescrire en Prépa Compétences, volet 1, sur l’entrée du 18 janvier 2027 à Montauban »:
 * the bot reads the programme, the day, the town and the volet, and opens its form on
 * the one session they name.
 */
export function prescribeMessage(session: EntrySession, catalogue: Catalogue): string {
  const name = catalogue.get(session.dispositif).name;
  const volet = /\b(volet|atelier)[\s-]?(\d)\b/i.exec(session.volet);
  return `prescrire en ${name}${volet ? `, ${volet[1]!.toLowerCase()} ${volet[2]},` : ''} sur l’entrée du ${frenchDay(session.start)}${atTown(session.place)}`;
}

export function publicSession(session: EntrySession, catalogue: Catalogue): PublicSession {
  const name = shortLabel(catalogue.get(session.dispositif));
  return {
    id: session.id,
    dispositif: session.dispositif,
    dispositifName: name,
    volet: session.volet,
    start: session.start,
    end: session.end,
    when: formatDayRange(session.start, session.end),
    place: session.place,
    modality: session.modality,
    modalityLabel: MODALITY_LABELS[session.modality],
    seats: session.seats,
    seatsLabel: seatsLabel(session.seats),
    askBot: `prochaines entrées ${catalogue.get(session.dispositif).name}${atTown(session.place)}`,
    ...(session.seats === 0 ? {} : { prescribe: prescribeMessage(session, catalogue) }),
  };
}

export function publicPlace(place: TrainingPlace, now: Date): PublicPlace {
  return {
    id: place.id,
    training: place.training,
    trade: place.trade,
    start: place.start,
    end: place.end,
    when: formatDayRange(place.start, place.end),
    place: place.place,
    available: place.available,
    updatedAt: place.updatedAt,
    freshness: formatFreshness(place.updatedAt, now),
    askBot: `places en ${(place.trade || place.training).toLowerCase()}`,
  };
}

/** The towns and trades a filter can offer: those of what is still to come, as AFPA wrote them, sorted. */
export function filterChoices(items: {
  events: readonly AgendaEvent[];
  sessions: readonly EntrySession[];
  places: readonly TrainingPlace[];
}): { towns: string[]; trades: string[] } {
  const distinct = (values: string[]) => {
    const byKey = new Map<string, string>();
    for (const value of values.filter(Boolean)) {
      const key = normalizeText(value);
      if (!byKey.has(key)) byKey.set(key, value);
    }
    return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'fr'));
  };
  const places = [...items.events, ...items.sessions, ...items.places].map((item) => item.place);
  return {
    towns: distinct(places.filter(Boolean).map(townOf)),
    trades: distinct([...items.events.map((e) => e.trade), ...items.places.map((p) => p.trade)]),
  };
}
