import { z } from 'zod';
import { WEEKDAYS, type AgendaQuery } from '../data/agenda/agenda-query.js';
import { formatDayRange, formatEventWhen, formatFreshness } from '../data/agenda/french-format.js';
import { CSV_COLUMNS, type ImportDiff, type ImportError } from '../data/agenda/csv-import.js';
import { townSpelled } from '../data/agenda/towns.js';
import {
  AGENDA_KINDS,
  EVENT_TYPE_LABELS,
  eventTitleWithType,
  KIND_LABELS,
  MODALITY_LABELS,
  type AgendaEvent,
  type AgendaItem,
  type AgendaKind,
  type EntrySession,
  type TrainingPlace,
} from '../data/agenda/model.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel } from '../data/catalogue/schema.js';
import { frenchDay } from '../data/dates.js';
import { VERBS, ButtonSchema } from './actions.js';
import { CardTemplate } from './render.js';
import listTemplate from './agenda-list.json' with { type: 'json' };
import reportTemplate from './import-report.json' with { type: 'json' };

/** How many items a list shows before "Voir la suite". */
export const PAGE_SIZE = 5;
/** How many bad lines an import report spells out; the rest are counted. */
const MAX_ERRORS_SHOWN = 30;

const LinkSchema = z.object({ title: z.string().min(1), url: z.string().url() });

const list = new CardTemplate(
  'agenda-list',
  listTemplate,
  z.object({
    title: z.string().min(1),
    intro: z.string(),
    items: z.array(
      z.object({
        heading: z.string(),
        color: z.enum(['Default', 'Attention']),
        lines: z.array(z.string()),
        links: z.array(LinkSchema),
        buttons: z.array(ButtonSchema),
      }),
    ),
    footerButtons: z.array(ButtonSchema),
    footerLinks: z.array(LinkSchema),
  }),
);

const report = new CardTemplate(
  'import-report',
  reportTemplate,
  z.object({
    title: z.string(),
    titleColor: z.enum(['Default', 'Good', 'Attention']),
    intro: z.string(),
    facts: z.array(z.object({ title: z.string(), value: z.string() })),
    lines: z.array(z.string()),
    note: z.string(),
    executes: z.array(
      z.object({
        title: z.string(),
        verb: z.string(),
        data: z.record(z.string(), z.unknown()),
        style: z.enum(['positive', 'destructive', 'default']),
      }),
    ),
  }),
);

export type AgendaListOptions = {
  catalogue: Catalogue;
  now: Date;
  links: { feed: string; event: (id: string) => string };
  /** AFPA staff see "Modifier" and "Annuler" on each item. */
  canEdit?: boolean;
  /** Référents see « Prescrire sur cette session » on each session with room. */
  canPrescribe?: boolean;
  singleType?: boolean;
  /** Said instead of the count: why these results rather than those asked (« L’entrée du 25 janvier est complète. »). */
  lead?: (count: number) => string;
  /** How many items the first page shows, when fewer than a page: « rien demain ; la prochaine date : … ». */
  firstPage?: number;
  /** Told the items shown: « je l'inscris dessus » then means the entry the list led with. */
  shown?: (items: readonly AgendaItem<AgendaKind>[]) => void;
};

function editButtons(kind: AgendaKind, item: AgendaItem<AgendaKind>, options: AgendaListOptions) {
  if (!options.canEdit) return [];
  const edit = { title: 'Modifier', data: { verb: VERBS.openAgendaForm, kind, id: item.id } };
  if (kind === 'events') {
    return (item as AgendaEvent).cancelled
      ? [edit]
      : [edit, { title: 'Annuler l’événement', data: { verb: VERBS.cancelEvent, id: item.id } }];
  }
  return [edit, { title: 'Retirer', data: { verb: VERBS.removeAgendaItem, kind, id: item.id } }];
}

function prescribeButton(kind: AgendaKind, item: AgendaItem<AgendaKind>, options: AgendaListOptions) {
  if (!options.canPrescribe || kind !== 'sessions') return [];
  const session = item as EntrySession;
  if (session.seats === 0) return [];
  return [
    { title: 'Prescrire sur cette session', data: { verb: VERBS.openPrescription, session: session.id } },
  ];
}

// ── What a query asks, in French ──────────────────────────────────────────────────

function periodLabel(query: AgendaQuery): string {
  if (query.from && query.to) {
    // « en mars 2027 » rather than « du 1er mars 2027 au 31 mars 2027 ».
    const month = wholeMonth(query.from, query.to);
    if (month) return ` en ${month}`;
    return query.from === query.to
      ? ` le ${frenchDay(query.from)}`
      : ` du ${frenchDay(query.from)} au ${frenchDay(query.to)}`;
  }
  if (query.from) return ` à partir du ${frenchDay(query.from)}`;
  if (query.to) return ` jusqu’au ${frenchDay(query.to)}`;
  return '';
}

const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** « mars 2027 » when the period is that whole month, from its 1st to its last day. */
function wholeMonth(from: string, to: string): string | undefined {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y1, m1, 0)).getUTCDate();
  return y1 === y2 && m1 === m2 && d1 === 1 && d2 === lastDay ? `${MONTH_NAMES[m1 - 1]} ${y1}` : undefined;
}

/** « le matin », « l’après-midi », « à partir de 14 h », « avant 11 h »: the hours asked, as said. */
function hoursLabel(query: AgendaQuery): string | undefined {
  const { fromHour: from, beforeHour: before } = query;
  if (from === undefined && before === undefined) return undefined;
  if (from === undefined) return before === 12 ? 'le matin' : `avant ${before} h`;
  if (before === undefined) return from === 12 ? 'l’après-midi' : `à partir de ${from} h`;
  return `de ${from} h à ${before} h`;
}

/** "Prochaines informations collectives – logistique, du 1er au 31 janvier 2027". */
export function describeQuery(query: AgendaQuery, catalogue: Catalogue): string {
  let what: string;
  if (query.kind === 'events') {
    const types = query.types ?? [];
    what = types.length === 1 ? EVENT_TYPE_LABELS[types[0]!].many : 'Agenda AFPA';
    // « info coll promo en février » : the programme asked is named, even when nothing is on.
    // « Agenda AFPA – La Promo 16/18 »: the whole agenda, kept to one programme.
    if (query.dispositif)
      what += `${types.length === 1 ? ' ' : ' – '}${shortLabel(catalogue.get(query.dispositif))}`;
  } else if (query.kind === 'sessions') {
    what = query.dispositif
      ? `Entrées ${shortLabel(catalogue.get(query.dispositif))}`
      : 'Entrées en dispositif';
    if (query.volet) what += ` – ${query.volet}`;
  } else {
    what = query.full ? 'Formations' : 'Places disponibles';
  }
  const filters = [
    query.trade,
    query.place ? `à ${townSpelled(query.place)}` : undefined,
    // « à Castel » says it all: the town left out is only said of a list with none asked.
    query.elsewhereThan && !query.place ? `hors de ${townSpelled(query.elsewhereThan)}` : undefined,
    query.weekday !== undefined ? `les ${WEEKDAYS[query.weekday]}s` : undefined,
    hoursLabel(query),
    query.modality
      ? `${query.onlyModality ? 'entièrement ' : ''}${MODALITY_LABELS[query.modality]}`
      : undefined,
    query.withSeats ? 'avec des places' : undefined,
    query.full ? (query.kind === 'events' ? 'complet' : 'complètes') : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  // With no period left (the next date shown instead), nothing « starts » in it.
  const starting = query.startsWithin && query.from ? ' – qui démarrent' : '';
  return `${what}${filters ? ` – ${filters}` : ''}${starting}${periodLabel(query)}`;
}

// ── One line per item ─────────────────────────────────────────────────────────────

export type ListItem = z.input<typeof list extends CardTemplate<infer S> ? S : never>['items'][number];

function seatsLine(seats: number | null): string[] {
  if (seats === null) return [];
  return [seats === 0 ? 'Complet' : `${seats} place${seats > 1 ? 's' : ''}`];
}

function eventItem(event: AgendaEvent, options: AgendaListOptions): ListItem {
  // In a list of one type, the title says it already: no « Journée portes ouvertes : Journée portes ouvertes… ».
  return {
    heading: `${event.cancelled ? 'ANNULÉ – ' : ''}${options.singleType ? event.title : eventTitleWithType(event)}`,
    color: event.cancelled ? 'Attention' : 'Default',
    lines: [
      formatEventWhen(event.start, event.end),
      ...(event.place ? [event.place] : []),
      ...(event.trade ? [`Métier : ${event.trade}`] : []),
      ...(event.description ? [event.description] : []),
      ...(event.cancelled ? [] : seatsLine(event.seats)),
    ],
    links: event.cancelled ? [] : [{ title: 'Ajouter à mon agenda', url: options.links.event(event.id) }],
    buttons: [],
  };
}

function sessionItem(session: EntrySession, options: AgendaListOptions): ListItem {
  const name = shortLabel(options.catalogue.get(session.dispositif));
  return {
    heading: `${name}${session.volet ? ` – ${session.volet}` : ''}`,
    color: 'Default',
    lines: [
      formatDayRange(session.start, session.end),
      [session.place, MODALITY_LABELS[session.modality]].filter(Boolean).join(' – '),
      ...seatsLine(session.seats),
    ],
    links: [],
    buttons: [],
  };
}

function placeItem(place: TrainingPlace, options: AgendaListOptions): ListItem {
  return {
    heading: `${place.training}${place.trade && place.trade !== place.training ? ` – ${place.trade}` : ''}`,
    color: 'Default',
    lines: [
      // « Complet », as an entry session says it: « 0 place disponible » reads like a typo.
      `${place.available === 0 ? 'Complet' : `${place.available} place${place.available > 1 ? 's' : ''} disponible${place.available > 1 ? 's' : ''}`} – ${formatFreshness(place.updatedAt, options.now)}`,
      formatDayRange(place.start, place.end),
      ...(place.place ? [place.place] : []),
    ],
    links: [],
    buttons: [],
  };
}

/** One item as every list shows it (the agenda, the weekly digest): heading, lines, links and buttons. */
export function agendaItemView(
  kind: AgendaKind,
  item: AgendaItem<AgendaKind>,
  options: AgendaListOptions,
): ListItem {
  const shown =
    kind === 'events'
      ? eventItem(item as AgendaEvent, options)
      : kind === 'sessions'
        ? sessionItem(item as EntrySession, options)
        : placeItem(item as TrainingPlace, options);
  return {
    ...shown,
    buttons: [...prescribeButton(kind, item, options), ...editButtons(kind, item, options)],
  };
}

const EMPTY_TEXT: Record<AgendaKind, string> = {
  events: 'Rien de prévu pour l’instant. L’AFPA publie ici ses dates dès qu’elles sont connues.',
  sessions:
    'Aucune entrée programmée pour l’instant. L’AFPA publie ici son calendrier d’entrées dès qu’il est connu.',
  places: 'Aucune place disponible publiée pour l’instant.',
};

/** A page of results: the first ones, sorted, and "Voir la suite" when there are more. */
export function agendaListCard(
  query: AgendaQuery,
  results: readonly AgendaItem<AgendaKind>[],
  offset: number,
  options: AgendaListOptions,
) {
  const page = results.slice(
    offset,
    offset + (offset === 0 && options.firstPage ? options.firstPage : PAGE_SIZE),
  );
  const remaining = results.length - offset - page.length;
  options.shown?.(page);
  const count =
    results.length === 0
      ? query.kind === 'places' && query.trade
        ? `Aucune place publiée pour « ${query.trade} » : cette formation ne figure pas, pour l’instant, dans les places disponibles publiées par l’AFPA.`
        : query.full
          ? 'Rien de complet pour l’instant : tout ce que l’AFPA a publié a encore des places.'
          : EMPTY_TEXT[query.kind]
      : query.anotherAsked && results.length === 1
        ? 'Pas d’autre date publiée pour l’instant : c’est la seule.'
        : `${results.length} résultat${results.length > 1 ? 's' : ''}${offset > 0 ? ` (suite : ${offset + 1} à ${offset + page.length})` : ''}.`;
  const intro = options.lead && offset === 0 ? options.lead(results.length) : count;
  return list.attachment({
    title: describeQuery(query, options.catalogue),
    intro,
    items: page.map((item) =>
      agendaItemView(query.kind, item, { ...options, singleType: query.types?.length === 1 }),
    ),
    footerButtons:
      remaining > 0
        ? [
            {
              title: `Voir la suite (${remaining})`,
              data: { verb: VERBS.showAgenda, query, offset: offset + page.length },
            },
          ]
        : [],
    footerLinks:
      query.kind === 'events' ? [{ title: 'S’abonner dans Outlook', url: options.links.feed }] : [],
  });
}

// ── Imports ───────────────────────────────────────────────────────────────────────

const expectedHeader = (kind: AgendaKind) => CSV_COLUMNS[kind].join(';');

export function importErrorsCard(kind: AgendaKind | undefined, errors: readonly ImportError[]) {
  const shown = errors
    .slice(0, MAX_ERRORS_SHOWN)
    .map((e) => `Ligne ${e.line}${e.column ? `, colonne « ${e.column} »` : ''} : ${e.message}`);
  const more = errors.length - shown.length;
  return report.attachment({
    title: 'Fichier refusé : rien n’a été importé',
    titleColor: 'Attention',
    intro: `${errors.length} problème${errors.length > 1 ? 's' : ''} à corriger${kind ? ` dans ce fichier de ${KIND_LABELS[kind]}` : ''}, puis renvoyez-le.`,
    facts: [],
    lines: more > 0 ? [...shown, `… et ${more} autre${more > 1 ? 's' : ''}.`] : shown,
    note: kind
      ? `En-tête attendu : ${expectedHeader(kind)}`
      : `En-têtes reconnus : ${AGENDA_KINDS.map(expectedHeader).join(' | ')}`,
    executes: [],
  });
}

/** What the import will change, with "Importer" and "Annuler". */
export function importPreviewCard(
  kind: AgendaKind,
  importId: string,
  diff: ImportDiff,
  sample: string[],
  /** Why this preview is shown again, when it is. */
  notice?: string,
) {
  const intro = `Le fichier est valide. En confirmant, il remplace la liste actuelle des ${KIND_LABELS[kind]}.`;
  return report.attachment({
    title: `Aperçu de l’import : ${KIND_LABELS[kind]}`,
    titleColor: notice ? 'Attention' : 'Default',
    intro: notice ? `${notice} ${intro}` : intro,
    facts: [
      { title: 'Nouvelles lignes', value: String(diff.added) },
      { title: 'Modifiées', value: String(diff.changed) },
      { title: 'Inchangées', value: String(diff.unchanged) },
      { title: 'Retirées', value: String(diff.removed) },
    ],
    lines: sample,
    note: 'Rien ne change tant que vous n’avez pas cliqué sur « Importer ».',
    executes: [
      { title: 'Importer', verb: VERBS.confirmImport, data: { importId }, style: 'positive' },
      { title: 'Annuler', verb: VERBS.cancelImport, data: { importId }, style: 'default' },
    ],
  });
}

export function importDoneCard(title: string, intro: string, ok: boolean) {
  return report.attachment({
    title,
    titleColor: ok ? 'Good' : 'Default',
    intro,
    facts: [],
    lines: [],
    note: '',
    executes: [],
  });
}

/** A few lines of what is about to be published, as a référent will read them. */
export function importSample(
  kind: AgendaKind,
  items: readonly AgendaItem<AgendaKind>[],
  catalogue: Catalogue,
): string[] {
  const line = (item: AgendaItem<AgendaKind>): string => {
    switch (kind) {
      case 'events': {
        const e = item as AgendaEvent;
        return `${eventTitleWithType(e)} – ${formatEventWhen(e.start, e.end)}`;
      }
      case 'sessions': {
        const s = item as EntrySession;
        return `${shortLabel(catalogue.get(s.dispositif))}${s.volet ? ` – ${s.volet}` : ''} : ${formatDayRange(s.start, s.end)}`;
      }
      case 'places': {
        const p = item as TrainingPlace;
        return `${p.training} : ${p.available} place${p.available > 1 ? 's' : ''}`;
      }
    }
  };
  const shown = items.slice(0, 5).map(line);
  return items.length > 5
    ? [...shown, `… et ${items.length - 5} autre${items.length - 5 > 1 ? 's' : ''}.`]
    : shown;
}
