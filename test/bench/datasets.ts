/**
 * Data sets for `npm run bench`, generated at each run and never committed: an agenda
 * of a given size and a number of stored conversations, written where the bot reads them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { FileStateStorage } from '../../bot/file-state-storage.js';
import {
  EVENT_TYPES,
  type AgendaEvent,
  type EntrySession,
  type TrainingPlace,
} from '../../data/agenda/model.js';

/** The next six months hold at most this many events: an agenda grows by its history, not by its future. */
const UPCOMING_EVENTS = 400;
const TOWNS = ['AFPA Montauban', 'Castelsarrasin', 'Moissac', 'Caussade', 'Valence d’Agen', 'Nègrepelisse'];
const TRADES = ['Logistique', 'Maçonnerie', 'Soudure', 'Restauration', 'Aide à domicile', 'Cariste', ''];

/** A small deterministic generator, so that every run measures the same agenda. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` events: up to UPCOMING_EVENTS in the next 180 days, the rest spread over the
 * years before today, as an agenda that has been kept for a while. A few sessions and places.
 */
export function agendaOf(count: number, today: Date) {
  const random = seeded(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const upcoming = Math.min(count, UPCOMING_EVENTS);
  const pastDays = Math.max(365, Math.ceil((count - upcoming) / 20));
  const events: AgendaEvent[] = Array.from({ length: count }, (_, i) => {
    const offset = i < upcoming ? 1 + Math.floor(random() * 180) : -1 - Math.floor(random() * pastDays);
    const day = format(addDays(today, offset), 'yyyy-MM-dd');
    const hour = 9 + Math.floor(random() * 6);
    const type = pick(EVENT_TYPES);
    const trade = pick(TRADES);
    return {
      id: `bench-${i.toString(36)}`,
      type,
      title: `${type === 'jpo' ? 'Portes ouvertes' : 'Information'} ${trade || 'tous métiers'} n° ${i}`,
      start: `${day}T${String(hour).padStart(2, '0')}:00`,
      end: `${day}T${String(hour + 2).padStart(2, '0')}:30`,
      place: pick(TOWNS),
      trade,
      description:
        'Découverte des métiers et des formations, visite des plateaux techniques, rencontre avec les formateurs.',
      seats: random() < 0.3 ? null : Math.floor(random() * 20),
      cancelled: random() < 0.05,
    };
  });
  const sessions: EntrySession[] = Array.from({ length: 24 }, (_, i) => ({
    id: `bench-session-${i}`,
    dispositif: (['prepa-competences', 'competences-pec', 'promo-16-18'] as const)[i % 3]!,
    volet: i % 2 ? 'volet 1' : 'volet 2',
    start: format(addDays(today, 7 * (i + 1)), 'yyyy-MM-dd'),
    end: format(addDays(today, 7 * (i + 1) + 10), 'yyyy-MM-dd'),
    place: pick(TOWNS),
    modality: (['presentiel', 'distanciel', 'mixte'] as const)[i % 3]!,
    seats: Math.floor(random() * 12),
  }));
  const places: TrainingPlace[] = Array.from({ length: 30 }, (_, i) => ({
    id: `bench-place-${i}`,
    training: `Titre professionnel ${pick(TRADES) || 'Agent de propreté'}`,
    trade: pick(TRADES),
    start: format(addDays(today, 10 * i), 'yyyy-MM-dd'),
    end: format(addDays(today, 10 * i + 120), 'yyyy-MM-dd'),
    place: pick(TOWNS),
    available: Math.floor(random() * 8),
    updatedAt: format(today, 'yyyy-MM-dd'),
  }));
  return { events, sessions, places };
}

export async function writeAgenda(dataDir: string, count: number, today: Date): Promise<void> {
  const agenda = agendaOf(count, today);
  await writeFile(
    join(dataDir, 'agenda.json'),
    JSON.stringify({ ...agenda, pendingImports: {}, history: [] }),
  );
}

/** A conversation's state as the bot keeps it between two turns: about 1.9 KB, like a real one. */
function conversationState(i: number) {
  return {
    dialogState: {
      dialogStack: [
        {
          id: 'questionDialog',
          state: { options: {}, values: { instanceId: `bench-${i}` }, stepIndex: 1 },
        },
      ],
    },
    thread: {
      dispositif: 'prepa-competences',
      lastQuestion: { kind: 'events', types: ['jpo'], place: 'Montauban' },
      shown: Array.from({ length: 12 }, (_, j) => `bench-event-${i}-${j}-${'x'.repeat(90)}`),
    },
  };
}

/** `count` conversations stored the way the bot stores them, written a few at a time. */
export async function seedConversations(dataDir: string, count: number): Promise<void> {
  if (count === 0) return;
  const storage = await FileStateStorage.open(join(dataDir, 'bot-state'));
  const BATCH = 64;
  for (let first = 0; first < count; first += BATCH) {
    await Promise.all(
      Array.from({ length: Math.min(BATCH, count - first) }, (_, j) =>
        storage.write({
          [`msteams/conversations/a:stored-${first + j}/29:stored-${first + j}`]: conversationState(
            first + j,
          ),
        }),
      ),
    );
  }
}
