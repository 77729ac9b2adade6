import { api, type AgendaAnswer, type Filters } from './api.js';
import { connectToHost, type Host, type Theme } from './teams-host.js';
import { addMonths, agendaList, agendaMonth, dispositifSheets, monthOf, placesTable } from './views.js';

/** The page: filters → the public API → list, month, places; the dispositif sheets once. */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = $<HTMLFormElement>('filters');
const status = $('agenda-status');
const list = $('agenda-list');
const monthView = $('agenda-month');
const listButton = $<HTMLButtonElement>('view-list');
const monthButton = $<HTMLButtonElement>('view-month');

let host: Host | undefined;
let locale = 'fr-FR';
let latest: AgendaAnswer | undefined;
let month: string | undefined;
let view: 'list' | 'month' = 'list';
/** Only the answer to the last change of filters is shown, whatever order answers arrive in. */
let generation = 0;

function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

function readFilters(): Filters {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    type: text('type'),
    dispositif: text('dispositif'),
    town: text('town'),
    trade: text('trade'),
    withSeats: data.get('withSeats') === 'true',
  };
}

/** Keeps the choice made, adds what the agenda now offers. */
function fillChoices(select: HTMLSelectElement, values: string[]): void {
  const chosen = select.value;
  const first = select.options[0]!;
  select.replaceChildren(first, ...values.map((value) => new Option(value, value)));
  if (chosen && !values.includes(chosen)) select.append(new Option(chosen, chosen));
  select.value = chosen;
}

/** « aucun événement », « 1 événement », « 3 événements ». */
function count(n: number, none: string, one: string, many: string): string {
  return n === 0 ? none : `${n} ${n > 1 ? many : one}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function renderAgenda(): void {
  if (!latest) return;
  const { events, sessions } = latest;
  const total = events.length + sessions.length;
  status.textContent =
    total === 0
      ? 'Rien ne correspond à ces filtres pour l’instant.'
      : `${capitalize(count(events.length, 'aucun événement', 'événement', 'événements'))} et ${count(sessions.length, 'aucune entrée en dispositif', 'entrée en dispositif', 'entrées en dispositif')}.`;
  list.replaceChildren(agendaList(events, sessions));
  month ??= monthOf(latest.today);
  const previous = document.createElement('button');
  previous.type = 'button';
  previous.textContent = 'Mois précédent';
  previous.addEventListener('click', () => moveMonth(-1));
  const next = document.createElement('button');
  next.type = 'button';
  next.textContent = 'Mois suivant';
  next.addEventListener('click', () => moveMonth(1));
  const nav = document.createElement('div');
  nav.className = 'month-nav';
  nav.append(previous, next);
  monthView.replaceChildren(nav, agendaMonth(month, events, sessions, locale));
}

function moveMonth(by: number): void {
  month = addMonths(month!, by);
  renderAgenda();
  // The button pressed was replaced: keep the keyboard where it was.
  monthView.querySelectorAll('button')[by < 0 ? 0 : 1]?.focus();
}

function showView(next: 'list' | 'month'): void {
  view = next;
  list.hidden = view !== 'list';
  monthView.hidden = view !== 'month';
  listButton.setAttribute('aria-pressed', String(view === 'list'));
  monthButton.setAttribute('aria-pressed', String(view === 'month'));
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  const filters = readFilters();
  document.body.dataset['state'] = 'loading';
  try {
    const [agenda, places] = await Promise.all([api.agenda(filters), api.places(filters)]);
    if (mine !== generation) return;
    latest = agenda;
    fillChoices($<HTMLSelectElement>('filter-town'), agenda.choices.towns);
    fillChoices($<HTMLSelectElement>('filter-trade'), agenda.choices.trades);
    const feed = $<HTMLAnchorElement>('feed');
    feed.href = agenda.feed;
    feed.hidden = false;
    renderAgenda();
    $('places-status').textContent =
      places.places.length === 0
        ? 'Aucune place publiée ne correspond à ces filtres.'
        : `${count(places.places.length, '', 'formation', 'formations')} avec des places publiées.`;
    $('places-table').replaceChildren(placesTable(places.places));
    document.body.dataset['state'] = 'ready';
  } catch {
    if (mine !== generation) return;
    status.textContent = 'L’agenda n’a pas pu être chargé. Réessayez dans un instant.';
    document.body.dataset['state'] = 'error';
  }
}

async function loadSheets(): Promise<void> {
  try {
    const { dispositifs } = await api.catalogue();
    $('dispositifs-list').replaceChildren(dispositifSheets(dispositifs));
  } catch {
    $('dispositifs-list').textContent = 'Les fiches n’ont pas pu être chargées. Réessayez dans un instant.';
  }
}

form.addEventListener('change', () => void refresh());
form.addEventListener('submit', (event) => event.preventDefault());
// « reset » fires before the fields are back to their defaults.
form.addEventListener('reset', () => {
  document.body.dataset['state'] = 'loading';
  setTimeout(() => void refresh(), 0);
});
listButton.addEventListener('click', () => showView('list'));
monthButton.addEventListener('click', () => showView('month'));

// Inside Teams, a chat deep link must be opened by the host; a plain link would load Teams in the tab's frame.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-deep-link]');
  if (!link || !host?.inTeams) return;
  event.preventDefault();
  host.openLink(link.href);
});

void refresh();
void loadSheets();
void connectToHost().then((connected) => {
  host = connected;
  locale = connected.locale.toLowerCase().startsWith('fr') ? connected.locale : 'fr-FR';
  document.documentElement.lang = locale;
  document.documentElement.dataset['host'] = connected.inTeams ? 'teams' : 'browser';
  applyTheme(connected.theme);
  connected.onThemeChange(applyTheme);
  renderAgenda();
});
