import { addDays, addMonths, endOfMonth, endOfWeek, format, startOfWeek } from 'date-fns';
import { parisDay } from '../dates.js';
import { normalizeText } from '../qa/normalize.js';
import { parisInstant } from './french-format.js';
import type {
  AgendaEvent,
  AgendaItem,
  AgendaKind,
  EntrySession,
  EventType,
  SessionDispositif,
  TrainingPlace,
} from './model.js';

/** An agenda question, as understood: what to list, filtered how. Days are Paris days, inclusive. */
export type AgendaQuery = {
  kind: AgendaKind;
  types?: EventType[];
  dispositif?: SessionDispositif;
  volet?: string;
  trade?: string;
  place?: string;
  from?: string;
  to?: string;
};

const EVENT_WORDS: ReadonlyArray<readonly [EventType, RegExp]> = [
  ['jpo', /\b(jpo|journees? portes? ouvertes?|portes? ouvertes?)\b/],
  [
    'info_collective',
    /\b(infos? coll?ectives?|informations? coll?ectives?|infos? co|reunions? d information)\b/,
  ],
  [
    'visite_plateau',
    /\b(visites?( de| des| du)? (plateaux?|ateliers?)( techniques?)?|plateaux? techniques?|visites?)\b/,
  ],
  ['reunion_metier', /\b(reunions? (metiers?|sur les metiers?|de metiers?)|metiers? en tension)\b/],
];

const AGENDA_WORDS =
  /\b(agenda|evenements?|events?|qu est ce qu il y a|quoi de prevu|qu y a t il|ce qui se passe)\b/;
/** « les formations de droit commun, ça comprend quoi ? info places… » asks what something is. */
const DEFINITION_WORDS = /\b(comprend|consiste|c est quoi|qu est ce que c est|definition)\b/;
const SESSION_WORDS =
  /\b(entrees?|dates? d entrees?|calendriers?|sessions?|quand (commence|demarre|debute)\w*|prochaines? (promo|prepa|comp|competences?|pec)|rentree)\b/;
/** "combien de places prévues" asks for a target, not for free places. */
const PLACE_WORDS =
  /\b(places? (disponibles?|libres?|dispo|restantes?)|info ?places?|de la place|des places|places? (en|a|pour|sur|de))\b/;
const TARGET_WORDS = /\b(objectifs?|prevus?|prevues?|vises?|visees?|cibles?)\b/;

const DISPOSITIF_WORDS: ReadonlyArray<readonly [SessionDispositif, RegExp]> = [
  ['prepa-competences', /\bprepa\b/],
  ['promo-16-18', /\b(promo|1618)\b/],
  ['competences-pec', /\bpec\b/],
];

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

/** Words that follow « à » or « en » without being a place or a trade. */
const NOT_A_NAME = new Set([
  ...MONTHS,
  'la',
  'le',
  'les',
  'l',
  'un',
  'une',
  'des',
  'venir',
  'partir',
  'distance',
  'ce',
  'cette',
  'ligne',
  'presentiel',
  'distanciel',
  'janvier',
  'prochain',
  'prochaine',
  'quel',
  'quelle',
  'qui',
  'quoi',
  'faire',
  'prevoir',
  'noter',
  'jour',
  'date',
  'dates',
  'entree',
  'entrees',
  'formation',
  'ce',
  'mon',
  'ma',
  'mes',
  'son',
  'sa',
  'ses',
  'ete',
  'attendre',
  'voir',
  'cours',
  'moment',
]);

const dayOf = (date: Date) => format(date, 'yyyy-MM-dd');

/** A calendar date at noon UTC for the Paris day of `now`: day arithmetic without time-zone surprises. */
function todayAsDate(now: Date): Date {
  const [y, m, d] = parisDay(now).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

function period(text: string, now: Date): Pick<AgendaQuery, 'from' | 'to'> {
  const today = todayAsDate(now);
  if (/\bsemaine prochaine\b/.test(text)) {
    const monday = startOfWeek(addDays(today, 7), { weekStartsOn: 1 });
    return { from: dayOf(monday), to: dayOf(endOfWeek(monday, { weekStartsOn: 1 })) };
  }
  if (/\bcette semaine\b/.test(text))
    return { from: dayOf(today), to: dayOf(endOfWeek(today, { weekStartsOn: 1 })) };
  if (/\bmois prochain\b/.test(text)) {
    const next = addMonths(today, 1);
    return { from: dayOf(new Date(next.getFullYear(), next.getMonth(), 1)), to: dayOf(endOfMonth(next)) };
  }
  if (/\bce mois( ci)?\b/.test(text)) return { from: dayOf(today), to: dayOf(endOfMonth(today)) };
  if (/\bdemain\b/.test(text)) return { from: dayOf(addDays(today, 1)), to: dayOf(addDays(today, 1)) };
  if (/\baujourd hui\b/.test(text)) return { from: dayOf(today), to: dayOf(today) };
  const month = new RegExp(`\\b(?:en|de|d|au mois de|pour) (${MONTHS.join('|')})(?: (\\d{4}))?\\b`).exec(
    text,
  );
  if (month) {
    const index = MONTHS.indexOf(month[1]!);
    // « en janvier » is the next January; a year, when given, settles it.
    const year = month[2]
      ? Number(month[2])
      : index >= today.getMonth()
        ? today.getFullYear()
        : today.getFullYear() + 1;
    const first = new Date(year, index, 1);
    return { from: dayOf(first), to: dayOf(endOfMonth(first)) };
  }
  return {};
}

/** The name after « à » (or « sur »): a town. The last one wins: « il y a à Castelsarrasin ». */
function placeIn(text: string): string | undefined {
  const matches = [
    ...text.matchAll(/\b(?:a|sur|au centre de|vers) ([a-z][a-z-]+(?: (?:sur|en|de|d) [a-z]+)?)/g),
  ];
  const names = matches.map((m) => m[1]!).filter((name) => !NOT_A_NAME.has(name.split(' ')[0]!));
  return names.at(-1);
}

/** The trade after « en », « métier(s) » or « réunion(s) métier(s) »: « places en maçonnerie ». */
function tradeIn(text: string): string | undefined {
  const match =
    /\b(?:reunions? metiers?|metiers?|places? (?:disponibles? )?(?:en|pour)|de la place en|en|sur la|sur le|dans la|dans le) ([a-z][a-z]+)/g;
  const names = [...text.matchAll(match)]
    .map((m) => m[1]!)
    .filter((w) => !NOT_A_NAME.has(w) && !/^(tension|formation|entree|place)s?$/.test(w));
  return names[0];
}

/**
 * Whether a message asks for AFPA's agenda, and what exactly. Undefined for any other
 * message: « c'est quoi Prépa Compétences ? » is a question about the dispositif.
 */
export function parseAgendaQuery(message: string, now: Date): AgendaQuery | undefined {
  const text = normalizeText(message);
  if (DEFINITION_WORDS.test(text)) return undefined;
  // Dates and names are read only once the message is known to ask for the agenda.
  const filters = () => ({ place: asWritten(message, placeIn(text)), ...period(text, now) });
  const tradeOf = (t: string) => asWritten(message, tradeIn(t));

  if (PLACE_WORDS.test(text) && !TARGET_WORDS.test(text)) {
    return strip({
      kind: 'places',
      trade: tradeOf(text.replace(/\bplaces? (disponibles?|libres?)\b/, ' ')),
      ...filters(),
    });
  }
  const types = EVENT_WORDS.filter(([, words]) => words.test(text)).map(([type]) => type);
  if (types.length > 0) {
    const trade =
      types.includes('reunion_metier') || types.includes('info_collective') ? tradeOf(text) : undefined;
    return strip({ kind: 'events', types, trade, ...filters() });
  }
  const dispositif = DISPOSITIF_WORDS.find(([, words]) => words.test(text))?.[0];
  if (SESSION_WORDS.test(text) && (dispositif || /\b(entrees?|sessions?)\b/.test(text))) {
    const volet = /\b(atelier|volet) (\d)\b/.exec(text);
    return strip({
      kind: 'sessions',
      dispositif,
      volet: volet ? `${volet[1]} ${volet[2]}` : undefined,
      ...filters(),
    });
  }
  if (AGENDA_WORDS.test(text)) return strip({ kind: 'events', ...filters() });
  return undefined;
}

/** The word as the référent wrote it (« maçonnerie », « Castelsarrasin »), for titles. */
function asWritten(message: string, normalized: string | undefined): string | undefined {
  if (!normalized) return undefined;
  const words = message.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const count = normalized.split(' ').length;
  for (let i = 0; i + count <= words.length; i++) {
    const candidate = words.slice(i, i + count).join(' ');
    if (normalizeText(candidate) === normalized) return candidate;
  }
  return normalized;
}

function strip(query: AgendaQuery): AgendaQuery {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as AgendaQuery;
}

// ── Running a query ───────────────────────────────────────────────────────────────

/** A few first letters stand for a trade: « maçonnerie » finds « Maçon », « cariste » finds « Cariste d'entrepôt ». */
function mentionsTrade(haystack: string, trade: string): boolean {
  const words = normalizeText(haystack).split(' ');
  const stem = normalizeText(trade).slice(0, 5);
  return words.some((word) => word.startsWith(stem) || (word.length >= 4 && stem.startsWith(word)));
}

function searchable(kind: AgendaKind, item: AgendaItem<AgendaKind>): string {
  if (kind === 'events') {
    const e = item as AgendaEvent;
    return `${e.trade} ${e.title} ${e.description}`;
  }
  if (kind === 'places') {
    const p = item as TrainingPlace;
    return `${p.trade} ${p.training}`;
  }
  return (item as EntrySession).volet;
}

function days(kind: AgendaKind, item: AgendaItem<AgendaKind>): { start: string; end: string } {
  return { start: item.start.slice(0, 10), end: item.end.slice(0, 10) };
}

/** Still useful to a référent: an event not over yet, an entry not started yet, a training not finished. */
function upcoming(kind: AgendaKind, item: AgendaItem<AgendaKind>, now: Date): boolean {
  const today = parisDay(now);
  if (kind === 'events') return parisInstant((item as AgendaEvent).end).getTime() > now.getTime();
  if (kind === 'sessions') return (item as EntrySession).start >= today;
  return (item as TrainingPlace).end >= today;
}

export function runAgendaQuery<T extends AgendaItem<AgendaKind>>(
  items: readonly T[],
  query: AgendaQuery,
  now: Date,
): T[] {
  const kind = query.kind;
  return items
    .filter((item) => upcoming(kind, item, now))
    .filter((item) => !query.types || query.types.includes((item as AgendaEvent).type))
    .filter((item) => !query.dispositif || (item as EntrySession).dispositif === query.dispositif)
    .filter(
      (item) =>
        !query.volet || normalizeText((item as EntrySession).volet).includes(normalizeText(query.volet)),
    )
    .filter((item) => !query.trade || mentionsTrade(searchable(kind, item), query.trade))
    .filter(
      (item) =>
        !query.place || normalizeText((item as { place: string }).place).includes(normalizeText(query.place)),
    )
    .filter((item) => {
      const { start, end } = days(kind, item);
      return (!query.to || start <= query.to) && (!query.from || end >= query.from);
    })
    .sort((a, b) => a.start.localeCompare(b.start) || titleOf(kind, a).localeCompare(titleOf(kind, b)));
}

function titleOf(kind: AgendaKind, item: AgendaItem<AgendaKind>): string {
  if (kind === 'events') return (item as AgendaEvent).title;
  if (kind === 'places') return (item as TrainingPlace).training;
  return (item as EntrySession).volet;
}
