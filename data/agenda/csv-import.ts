import { parse } from 'csv-parse/sync';
import { cleanText } from '../text.js';
import iconv from 'iconv-lite';
import { isValid, parse as parseDate } from 'date-fns';
import { isIsoDay } from '../dates.js';
import { normalizeText } from '../qa/normalize.js';
import {
  EVENT_TYPES,
  itemId,
  MODALITIES,
  naturalKey,
  SESSION_DISPOSITIFS,
  type AgendaEvent,
  type AgendaItem,
  type AgendaKind,
  type EntrySession,
  type TrainingPlace,
} from './model.js';

/**
 * CSV files as AFPA exports them from Excel or LibreOffice: `;` or `,`, UTF-8 with or
 * without BOM or Windows-1252, CRLF or LF, times in Paris. A file with a single bad
 * line imports nothing, and every bad line is named with its column and the reason.
 */

export type ImportError = { line: number; column?: string; message: string };
export type ParsedImport<K extends AgendaKind> =
  { ok: true; kind: K; items: AgendaItem<K>[] } | { ok: false; kind: K; errors: ImportError[] };
export type ImportDiff = { added: number; changed: number; unchanged: number; removed: number };

/** The header of each kind of file, as AFPA's spreadsheets write it (any order). */
export const CSV_COLUMNS: Record<AgendaKind, readonly string[]> = {
  events: ['type', 'titre', 'debut', 'fin', 'lieu', 'metier', 'description', 'places'],
  sessions: ['dispositif', 'volet', 'debut', 'fin', 'lieu', 'modalite', 'places'],
  places: ['formation', 'metier', 'debut', 'fin', 'lieu', 'places_disponibles', 'mise_a_jour'],
};

/**
 * UTF-8 when the bytes are valid UTF-8 (with or without BOM), Windows-1252 otherwise.
 * iconv-lite rather than TextDecoder: Node 20 decodes "windows-1252" as Latin-1 and
 * turns Excel's ’ (0x92) and – (0x96) into control characters.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
}

function headerName(raw: string): string {
  return normalizeText(raw).replace(/ /g, '_');
}

/** Which kind of data a file holds: the kind whose columns are all in its header. */
export function detectAgendaKind(input: Uint8Array | string): AgendaKind | undefined {
  const text = (typeof input === 'string' ? input : decodeCsv(input)).replace(/^\uFEFF/, '');
  const header = (text.split(/\r?\n/, 1)[0] ?? '').split(detectDelimiter(text)).map(headerName);
  return (Object.keys(CSV_COLUMNS) as AgendaKind[]).find((kind) =>
    CSV_COLUMNS[kind].every((c) => header.includes(c)),
  );
}

function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

// ── Field readers: each returns the value, or a French reason ─────────────────────

type Read<T> = { value: T } | { error: string };

function readDay(raw: string): Read<string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { error: `date invalide : « ${raw} » (attendu AAAA-MM-JJ)` };
  return isIsoDay(raw) ? { value: raw } : { error: `date impossible : ${raw}` };
}

function readDateTime(raw: string): Read<string> {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})$/.exec(raw);
  if (!match) return { error: `date et heure invalides : « ${raw} » (attendu AAAA-MM-JJ HH:mm)` };
  const [, day, hours, minutes] = match as unknown as [string, string, string, string];
  if (!isIsoDay(day)) return { error: `date impossible : ${day}` };
  const time = `${hours.padStart(2, '0')}:${minutes}`;
  if (!isValid(parseDate(time, 'HH:mm', new Date(2000, 0, 1))))
    return { error: `heure impossible : ${hours}:${minutes}` };
  return { value: `${day}T${time}` };
}

function readCount(raw: string, required: boolean): Read<number | null> {
  if (raw === '') return required ? { error: 'nombre de places manquant' } : { value: null };
  if (!/^\d+$/.test(raw)) return { error: `nombre de places invalide : « ${raw} »` };
  return { value: Number(raw) };
}

function readChoice<T extends string>(raw: string, allowed: readonly T[], what: string): Read<T> {
  // "Info collective", "info-collective" and "info_collective" are the same code.
  const folded = (value: string) => normalizeText(value).replace(/ /g, '');
  const found = allowed.find((code) => folded(code) === folded(raw));
  return found
    ? { value: found }
    : { error: `${what} inconnu : « ${raw} » (attendu : ${allowed.join(', ')})` };
}

/** Reads one line into an item, or lists what is wrong with it, column by column. */
type RowReader<K extends AgendaKind> = (
  field: (column: string) => string,
  fail: (column: string, message: string) => void,
) => Omit<AgendaItem<K>, 'id'> | undefined;

function take<T>(
  read: Read<T>,
  column: string,
  fail: (column: string, message: string) => void,
): T | undefined {
  if ('error' in read) {
    fail(column, read.error);
    return undefined;
  }
  return read.value;
}

const readEvent: RowReader<'events'> = (field, fail) => {
  const type = take(readChoice(field('type'), EVENT_TYPES, 'type'), 'type', fail);
  const title = field('titre');
  if (title === '') fail('titre', 'titre manquant');
  const start = take(readDateTime(field('debut')), 'debut', fail);
  const end = take(readDateTime(field('fin')), 'fin', fail);
  if (start && end && end <= start) {
    fail('fin', `la fin (${end.replace('T', ' ')}) n’est pas après le début (${start.replace('T', ' ')})`);
  }
  const seats = take(readCount(field('places'), false), 'places', fail);
  if (!type || !title || !start || !end || end <= start || seats === undefined) return undefined;
  return {
    type,
    title,
    start,
    end,
    place: field('lieu'),
    trade: field('metier'),
    description: field('description'),
    seats,
    cancelled: false,
  } satisfies Omit<AgendaEvent, 'id'>;
};

const readSession: RowReader<'sessions'> = (field, fail) => {
  const dispositif = take(
    readChoice(field('dispositif'), SESSION_DISPOSITIFS, 'dispositif'),
    'dispositif',
    fail,
  );
  const modality = take(readChoice(field('modalite'), MODALITIES, 'modalité'), 'modalite', fail);
  const start = take(readDay(field('debut')), 'debut', fail);
  const end = take(readDay(field('fin')), 'fin', fail);
  if (start && end && end < start) fail('fin', `la fin (${end}) est avant le début (${start})`);
  const seats = take(readCount(field('places'), false), 'places', fail);
  if (!dispositif || !modality || !start || !end || end < start || seats === undefined) return undefined;
  return {
    dispositif,
    volet: field('volet'),
    start,
    end,
    place: field('lieu'),
    modality,
    seats,
  } satisfies Omit<EntrySession, 'id'>;
};

const readPlace: RowReader<'places'> = (field, fail) => {
  const training = field('formation');
  if (training === '') fail('formation', 'formation manquante');
  const start = take(readDay(field('debut')), 'debut', fail);
  const end = take(readDay(field('fin')), 'fin', fail);
  if (start && end && end < start) fail('fin', `la fin (${end}) est avant le début (${start})`);
  const available = take(readCount(field('places_disponibles'), true), 'places_disponibles', fail);
  const rawUpdate = field('mise_a_jour');
  const updatedAt =
    rawUpdate.length > 10
      ? take(readDateTime(rawUpdate), 'mise_a_jour', fail)
      : take(readDay(rawUpdate), 'mise_a_jour', fail);
  if (
    !training ||
    !start ||
    !end ||
    end < start ||
    available === undefined ||
    available === null ||
    !updatedAt
  )
    return undefined;
  return {
    training,
    trade: field('metier'),
    start,
    end,
    place: field('lieu'),
    available,
    updatedAt,
  } satisfies Omit<TrainingPlace, 'id'>;
};

const READERS: { [K in AgendaKind]: RowReader<K> } = {
  events: readEvent,
  sessions: readSession,
  places: readPlace,
};

// ── The file ──────────────────────────────────────────────────────────────────────

/** Columns whose text may span lines; the others are one line. */
const MULTILINE_COLUMNS: ReadonlySet<string> = new Set(['description']);

type Record_ = { record: string[]; raw: string };

export function parseAgendaCsv<K extends AgendaKind>(kind: K, input: Uint8Array | string): ParsedImport<K> {
  const text = (typeof input === 'string' ? input : decodeCsv(input)).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, kind, errors: [{ line: 1, message: 'fichier vide' }] };

  let rows: Record_[];
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      raw: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as unknown as Record_[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, kind, errors: [{ line, message: 'ligne illisible (guillemet non refermé ?)' }] };
  }

  // Line numbers counted from the raw text of each record, so that a quoted field
  // spanning lines, or blank lines, never shift the line named in an error.
  const breaks = (text: string) => text.match(/\r\n|\n|\r/g)?.length ?? 0;
  let linesBefore = 0;
  const startLines = rows.map(({ raw }) => {
    const leading = /^(\r\n|\n|\r)*/.exec(raw)![0];
    const start = linesBefore + breaks(leading) + 1;
    linesBefore += breaks(raw);
    return start;
  });

  const [header, ...records] = rows;
  const rawHeader = header!.record;
  const names = rawHeader.map(headerName);
  const expected = CSV_COLUMNS[kind];
  const headerErrors: ImportError[] = [
    ...expected
      .filter((c) => !names.includes(c))
      .map((c) => ({ line: 1, column: c, message: `colonne manquante : ${c}` })),
    ...rawHeader
      .filter((_, i) => !expected.includes(names[i]!))
      .map((raw) => ({
        line: 1,
        column: raw,
        message: `colonne inconnue : « ${raw} » (attendu : ${expected.join(';')})`,
      })),
  ];
  if (headerErrors.length > 0) return { ok: false, kind, errors: headerErrors };

  const errors: ImportError[] = [];
  const items: AgendaItem<K>[] = [];
  const seen = new Map<string, number>();
  for (const [index, { record }] of records.entries()) {
    const line = startLines[index + 1]!;
    if (record.length !== rawHeader.length) {
      errors.push({
        line,
        message: `${record.length} champ(s) au lieu de ${rawHeader.length} : vérifiez le séparateur et les guillemets`,
      });
      continue;
    }
    // Every cell enters the store through here, the agenda form's too: cleaned once, at the door.
    const field = (column: string) =>
      cleanText(record[names.indexOf(column)] ?? '', { multiline: MULTILINE_COLUMNS.has(column) }).trim();
    const fail = (column: string, message: string) =>
      errors.push({ line, column: rawHeader[names.indexOf(column)] ?? column, message });
    const read = READERS[kind](field, fail) as Omit<AgendaItem<K>, 'id'> | undefined;
    if (!read) continue;
    const id = itemId(kind, naturalKey(kind, read as never));
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push({ line, message: `ligne en double : même contenu que la ligne ${first}` });
      continue;
    }
    seen.set(id, line);
    items.push({ id, ...read } as AgendaItem<K>);
  }
  return errors.length > 0 ? { ok: false, kind, errors } : { ok: true, kind, items };
}

export function diffImport<K extends AgendaKind>(
  _kind: K,
  current: readonly AgendaItem<K>[],
  incoming: readonly AgendaItem<K>[],
): ImportDiff {
  // Key order differs between a file and an edit: compare with sorted keys.
  const canonical = (item: object) =>
    JSON.stringify(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)));
  const before = new Map(current.map((item) => [item.id, canonical(item)]));
  const after = new Set(incoming.map((item) => item.id));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const item of incoming) {
    const previous = before.get(item.id);
    if (previous === undefined) added++;
    else if (previous === canonical(item)) unchanged++;
    else changed++;
  }
  const removed = current.filter((item) => !after.has(item.id)).length;
  return { added, changed, unchanged, removed };
}
