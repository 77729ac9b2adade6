import type { TabDispositif, TabEvent, TabPlace, TabSession } from './api.js';
import { el, hiddenText } from './dom.js';

/** A link that opens the bot's chat in Teams; main.ts routes its click through the host. */
function chatLink(label: string, url: string | undefined, about: string): HTMLAnchorElement | null {
  if (!url) return null;
  return el(
    'a',
    { href: url, class: 'link-button', 'data-deep-link': true, target: '_blank', rel: 'noopener' },
    label,
    hiddenText(` : ${about}`),
  );
}

function line(text: string | undefined, className?: string): HTMLParagraphElement | null {
  return text ? el('p', { class: className }, text) : null;
}

function eventCard(event: TabEvent): HTMLLIElement {
  const headingId = `event-${event.id}`;
  return el(
    'li',
    { class: `item${event.cancelled ? ' cancelled' : ''}`, 'data-kind': 'event', 'data-id': event.id },
    el(
      'article',
      { 'aria-labelledby': headingId },
      el('p', { class: 'tag' }, event.cancelled ? `Annulé – ${event.typeLabel}` : event.typeLabel),
      el('h3', { id: headingId }, event.title),
      line(event.when, 'when'),
      line(event.place),
      line(event.trade && `Métier : ${event.trade}`),
      line(event.description),
      line(event.seatsLabel, 'seats'),
      el(
        'div',
        { class: 'actions' },
        event.cancelled
          ? null
          : el(
              'a',
              {
                href: event.calendar,
                class: 'link-button',
                download: `afpa-${event.start.slice(0, 10)}.ics`,
              },
              'Ajouter à mon agenda',
              hiddenText(` : ${event.title}`),
            ),
        chatLink('Demander au bot', event.askBotLink, event.title),
      ),
    ),
  );
}

function sessionTitle(session: TabSession): string {
  return `${session.dispositifName}${session.volet ? ` – ${session.volet}` : ''}`;
}

function sessionCard(session: TabSession): HTMLLIElement {
  const headingId = `session-${session.id}`;
  const title = sessionTitle(session);
  return el(
    'li',
    { class: 'item', 'data-kind': 'session', 'data-id': session.id },
    el(
      'article',
      { 'aria-labelledby': headingId },
      el('p', { class: 'tag' }, 'Entrée en dispositif'),
      el('h3', { id: headingId }, title),
      line(session.when, 'when'),
      line([session.place, session.modalityLabel].filter(Boolean).join(' – ')),
      line(session.seatsLabel, 'seats'),
      el(
        'div',
        { class: 'actions' },
        chatLink('Demander au bot', session.askBotLink, title),
        chatLink('Prescrire sur cette session', session.prescribeLink, `${title}, ${session.when}`),
      ),
    ),
  );
}

/** Events and entries together, by date: what a référent plans an appointment around. */
export function agendaList(events: TabEvent[], sessions: TabSession[]): HTMLElement {
  const items = [
    ...events.map((e) => ({ start: e.start, node: () => eventCard(e) })),
    ...sessions.map((s) => ({ start: s.start, node: () => sessionCard(s) })),
  ].sort((a, b) => a.start.localeCompare(b.start));
  return el('ul', { class: 'items', 'aria-label': 'Événements et entrées' }, ...items.map((i) => i.node()));
}

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** « YYYY-MM » of a day, and moving by months without time zones: only calendar days matter. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}
export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + count, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function monthLabel(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  );
}

type DayEntry = { label: string; kind: 'event' | 'session'; id: string; cancelled: boolean };

function hourOf(start: string): string {
  const [hours, minutes] = start.slice(11, 16).split(':');
  return minutes === '00' ? `${Number(hours)} h` : `${Number(hours)} h ${minutes}`;
}

/** The month as a calendar: a table of weeks, each day with what starts that day. */
export function agendaMonth(
  month: string,
  events: TabEvent[],
  sessions: TabSession[],
  locale: string,
): HTMLElement {
  const byDay = new Map<string, DayEntry[]>();
  const add = (day: string, entry: DayEntry) => byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  for (const e of events)
    add(e.start.slice(0, 10), {
      label: `${hourOf(e.start)} · ${e.typeLabel} : ${e.title}`,
      kind: 'event',
      id: e.id,
      cancelled: e.cancelled,
    });
  for (const s of sessions)
    add(s.start, { label: `Entrée ${sessionTitle(s)}`, kind: 'session', id: s.id, cancelled: false });

  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7;
  const rows: HTMLTableRowElement[] = [];
  let cells: HTMLTableCellElement[] = Array.from({ length: offset }, () => el('td', { class: 'empty' }));
  for (let day = 1; day <= daysInMonth; day++) {
    const iso = `${month}-${String(day).padStart(2, '0')}`;
    const entries = byDay.get(iso) ?? [];
    const weekday = WEEKDAYS[(offset + day - 1) % 7]!;
    cells.push(
      el(
        'td',
        { class: entries.length > 0 ? 'busy' : 'free', 'data-day': iso },
        el('span', { class: 'day-number' }, hiddenText(`${weekday} `), String(day)),
        entries.length > 0
          ? el(
              'ul',
              {},
              ...entries.map((entry) =>
                el(
                  'li',
                  {
                    'data-kind': entry.kind,
                    'data-id': entry.id,
                    class: entry.cancelled ? 'cancelled' : undefined,
                  },
                  entry.cancelled ? `Annulé – ${entry.label}` : entry.label,
                ),
              ),
            )
          : null,
      ),
    );
    if (cells.length === 7) {
      rows.push(el('tr', {}, ...cells));
      cells = [];
    }
  }
  if (cells.length > 0) {
    while (cells.length < 7) cells.push(el('td', { class: 'empty' }));
    rows.push(el('tr', {}, ...cells));
  }
  return el(
    'table',
    { class: 'month' },
    el('caption', {}, monthLabel(month, locale)),
    el(
      'thead',
      {},
      el('tr', {}, ...WEEKDAYS.map((day) => el('th', { scope: 'col', abbr: day }, day.slice(0, 3)))),
    ),
    el('tbody', {}, ...rows),
  );
}

export function placesTable(places: TabPlace[]): HTMLElement {
  const head = ['Formation', 'Métier', 'Dates', 'Lieu', 'Places', 'Mise à jour', 'Question'];
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'places-title', tabindex: '0' },
    el(
      'table',
      { class: 'places' },
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        ...places.map((p) =>
          el(
            'tr',
            { 'data-id': p.id, class: p.available === 0 ? 'full' : undefined },
            el('th', { scope: 'row' }, p.training),
            el('td', {}, p.trade),
            el('td', {}, p.when),
            el('td', {}, p.place),
            el('td', { class: 'number' }, p.available === 0 ? 'Complet' : String(p.available)),
            el('td', {}, p.freshness),
            el('td', {}, chatLink('Demander au bot', p.askBotLink, p.training) ?? ''),
          ),
        ),
      ),
    ),
  );
}

export function dispositifSheets(dispositifs: TabDispositif[]): HTMLElement {
  return el(
    'div',
    { class: 'sheets' },
    ...dispositifs.map((d) =>
      el(
        'details',
        { 'data-id': d.id },
        el('summary', {}, el('span', { class: 'name' }, d.name), el('span', { class: 'summary' }, d.summary)),
        ...d.sections.map((section) =>
          el(
            'section',
            { class: 'sheet-section' },
            el('h3', {}, section.heading),
            section.lines.length > 1
              ? el('ul', {}, ...section.lines.map((l) => el('li', {}, l)))
              : el('p', {}, section.lines[0] ?? ''),
            el(
              'p',
              { class: 'source' },
              `${section.sources.length > 1 ? 'Sources' : 'Source'} : ${section.sources.join(' ; ')}`,
            ),
          ),
        ),
        el(
          'div',
          { class: 'actions' },
          chatLink('Demander au bot', d.askBotLink, d.name),
          chatLink('Prescrire', d.prescribeLink, d.name),
        ),
      ),
    ),
  );
}
