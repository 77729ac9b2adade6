import type { PublicEvent, PublicPlace, PublicSession } from '../../data/agenda/public-agenda.js';
import type { PublicDispositif } from '../../data/catalogue/public-catalogue.js';

/** What /api/public/… answers: the views the server builds, plus the links it adds. */
type Linked = { askBotLink?: string; prescribeLink?: string };
export type TabEvent = PublicEvent & Linked & { calendar: string };
export type TabSession = PublicSession & Linked;
export type TabPlace = PublicPlace & Linked;
export type TabDispositif = PublicDispositif & Linked;

export type AgendaAnswer = {
  today: string;
  feed: string;
  events: TabEvent[];
  sessions: TabSession[];
  choices: { towns: string[]; trades: string[] };
};

export type Filters = {
  type: string;
  dispositif: string;
  town: string;
  trade: string;
  withSeats: boolean;
};

/** The API's parameters for these filters: « Entrées en dispositif » is a kind, the rest event types. */
export function agendaParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type === 'sessions') params.set('kind', 'sessions');
  else if (filters.type) params.set('type', filters.type);
  if (filters.dispositif) params.set('dispositif', filters.dispositif);
  if (filters.town) params.set('town', filters.town);
  if (filters.trade) params.set('trade', filters.trade);
  if (filters.withSeats) params.set('withSeats', 'true');
  return params;
}

/** Free places take the filters that make sense for them: town, trade, with seats. */
export function placesParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.town) params.set('town', filters.town);
  if (filters.trade) params.set('trade', filters.trade);
  if (filters.withSeats) params.set('withSeats', 'true');
  return params;
}

async function getJson<T>(path: string, params = new URLSearchParams()): Promise<T> {
  const query = params.toString();
  // Relative to /tab/: the page works wherever the bot is served.
  const response = await fetch(new URL(`../api/public/${path}${query ? `?${query}` : ''}`, document.baseURI));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const api = {
  agenda: (filters: Filters) => getJson<AgendaAnswer>('agenda', agendaParams(filters)),
  places: (filters: Filters) =>
    getJson<{ today: string; places: TabPlace[] }>('places', placesParams(filters)),
  catalogue: () => getJson<{ dispositifs: TabDispositif[] }>('catalogue'),
};
