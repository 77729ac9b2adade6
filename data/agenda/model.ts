import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isIsoDay } from '../dates.js';
import { withoutAccents } from '../text.js';

/**
 * What AFPA publishes (action plan 2.1.1 to 2.1.3): events, entry sessions of the
 * three programmes, and free training places. Times are kept as AFPA wrote them,
 * wall-clock times in Paris ("2027-03-29T09:00"), so that 9:00 stays 9:00 across a
 * daylight-saving change; instants are derived when comparing with now.
 */

export const EVENT_TYPES = ['jpo', 'info_collective', 'visite_plateau', 'reunion_metier'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, { one: string; many: string }> = {
  jpo: { one: 'Journée portes ouvertes', many: 'Journées portes ouvertes' },
  info_collective: { one: 'Information collective', many: 'Informations collectives' },
  visite_plateau: { one: 'Visite de plateau technique', many: 'Visites de plateaux techniques' },
  reunion_metier: { one: 'Réunion métier', many: 'Réunions métiers' },
};

/** « Information collective : Présentation de Prépa », but never the type twice when the title starts with it. */
export function eventTitleWithType(event: Pick<AgendaEvent, 'type' | 'title'>): string {
  const label = EVENT_TYPE_LABELS[event.type].one;
  return withoutAccents(event.title).startsWith(withoutAccents(label))
    ? event.title
    : `${label} : ${event.title}`;
}

export const SESSION_DISPOSITIFS = ['prepa-competences', 'competences-pec', 'promo-16-18'] as const;
export type SessionDispositif = (typeof SESSION_DISPOSITIFS)[number];

export const MODALITIES = ['presentiel', 'distanciel', 'mixte'] as const;
export type Modality = (typeof MODALITIES)[number];
/** In AFPA's own words (its files say présentiel, distanciel, mixte), which référents use too. */
export const MODALITY_LABELS: Record<Modality, string> = {
  presentiel: 'en présentiel',
  distanciel: 'à distance',
  mixte: 'mixte (présentiel et à distance)',
};

/** "2027-03-29T09:00": a wall-clock time in Paris. */
export const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  .refine(
    (value) => isIsoDay(value.slice(0, 10)) && isTimeOfDay(value.slice(11)),
    'date et heure réelles attendues',
  );
/** "2027-03-29": a day that exists (a forged 2027-02-30 would break every date format downstream). */
export const LocalDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDay, 'date réelle attendue (AAAA-MM-JJ)');

function isTimeOfDay(value: string): boolean {
  const [hours, minutes] = value.split(':').map(Number);
  return hours! <= 23 && minutes! <= 59;
}

const seats = z.number().int().min(0).nullable();

export const AgendaEventSchema = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  title: z.string().min(1),
  start: LocalDateTimeSchema,
  end: LocalDateTimeSchema,
  place: z.string(),
  trade: z.string(),
  description: z.string(),
  seats,
  cancelled: z.boolean(),
});
export type AgendaEvent = z.infer<typeof AgendaEventSchema>;

export const EntrySessionSchema = z.object({
  id: z.string(),
  dispositif: z.enum(SESSION_DISPOSITIFS),
  volet: z.string(),
  start: LocalDaySchema,
  end: LocalDaySchema,
  place: z.string(),
  modality: z.enum(MODALITIES),
  seats,
});
export type EntrySession = z.infer<typeof EntrySessionSchema>;

export const TrainingPlaceSchema = z.object({
  id: z.string(),
  training: z.string().min(1),
  trade: z.string(),
  start: LocalDaySchema,
  end: LocalDaySchema,
  place: z.string(),
  available: z.number().int().min(0),
  /** When AFPA last counted the free places: a day, or a day and a time. */
  updatedAt: z.string(),
});
export type TrainingPlace = z.infer<typeof TrainingPlaceSchema>;

export type AgendaKind = 'events' | 'sessions' | 'places';
export const AGENDA_KINDS: readonly AgendaKind[] = ['events', 'sessions', 'places'];
export type AgendaItem<K extends AgendaKind> = K extends 'events'
  ? AgendaEvent
  : K extends 'sessions'
    ? EntrySession
    : TrainingPlace;

export const KIND_LABELS: Record<AgendaKind, string> = {
  events: 'événements',
  sessions: 'sessions d’entrée',
  places: 'places disponibles',
};

/** « 12 événements », « 1 session d’entrée », « 3 formations avec leurs places disponibles ». */
export function countLabel(kind: AgendaKind, count: number): string {
  const s = count > 1 ? 's' : '';
  switch (kind) {
    case 'events':
      return `${count} événement${s}`;
    case 'sessions':
      return `${count} session${s} d’entrée`;
    case 'places':
      return `${count} formation${s} avec ${count > 1 ? 'leurs' : 'ses'} places disponibles`;
  }
}

/**
 * What identifies an item from one import to the next: the same event imported again
 * keeps its id (and its iCalendar UID), a changed time or place makes it another one.
 */
export function naturalKey(
  kind: AgendaKind,
  item: Omit<AgendaEvent, 'id'> | Omit<EntrySession, 'id'> | Omit<TrainingPlace, 'id'>,
): string {
  switch (kind) {
    case 'events': {
      const e = item as AgendaEvent;
      return [e.type, e.start, e.place, e.title].join('|');
    }
    case 'sessions': {
      const s = item as EntrySession;
      return [s.dispositif, s.volet, s.start, s.place].join('|');
    }
    case 'places': {
      const p = item as TrainingPlace;
      return [p.training, p.start, p.place].join('|');
    }
  }
}

export function itemId(kind: AgendaKind, key: string): string {
  return createHash('sha256').update(`${kind}|${key.toLowerCase()}`).digest('hex').slice(0, 16);
}

/**
 * An agenda question as it travels: in a button (« Voir la suite », « Prochaines entrées »)
 * and in the thread of a conversation. Checked like anything a client sends.
 */
/** `item` of the last one of a list: « la dernière ». */
export const LAST_ITEM = -1;

export const AgendaQuerySchema = z
  .object({
    kind: z.enum(['events', 'sessions', 'places']),
    types: z.array(z.enum(EVENT_TYPES)).optional(),
    dispositif: z.enum(SESSION_DISPOSITIFS).optional(),
    volet: z.string().max(100).optional(),
    trade: z.string().max(100).optional(),
    place: z.string().max(100).optional(),
    /** « ailleurs qu'à Montauban »: every place but that one. */
    elsewhereThan: z.string().max(100).optional(),
    exceptTypes: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).optional(),
    exceptTrade: z.string().max(100).optional(),
    exceptDispositif: z.enum(SESSION_DISPOSITIFS).optional(),
    exceptMonth: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .optional(),
    /** « un mercredi en février »: that day of the week only, 0 being Sunday. */
    weekday: z.number().int().min(0).max(6).optional(),
    /** « l'après-midi », « à partir de 14h »: events starting at that hour or later. */
    fromHour: z.number().int().min(0).max(23).optional(),
    /** « le matin », « avant 11h »: events starting before that hour. */
    beforeHour: z.number().int().min(1).max(24).optional(),
    from: LocalDaySchema.optional(),
    to: LocalDaySchema.optional(),
    modality: z.enum(MODALITIES).optional(),
    onlyModality: z.boolean().optional(),
    modalityQuestioned: z.boolean().optional(),
    withSeats: z.boolean().optional(),
    full: z.boolean().optional(),
    startsWithin: z.boolean().optional(),
    aroundTown: z.boolean().optional(),
    roomAsked: z.boolean().optional(),
    /** « y a une autre session cariste plus tard ? »: another than the one known, so a single one is said to be the only one. */
    anotherAsked: z.boolean().optional(),
    item: z.number().int().min(LAST_ITEM).max(50).optional(),
  })
  .strict();
