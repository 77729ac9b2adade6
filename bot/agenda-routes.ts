import type restify from 'restify';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel } from '../data/catalogue/schema.js';
import type { AgendaStore } from '../data/agenda/agenda-store.js';
import { buildCalendar } from '../data/agenda/icalendar.js';
import type { EntrySession } from '../data/agenda/model.js';
import { describeError, type Logger } from './logger.js';

export const CALENDAR_NAME = 'Agenda AFPA Montauban – partenariat CD82';

export function sessionName(catalogue: Catalogue): (session: EntrySession) => string {
  return (session) =>
    `Entrée ${shortLabel(catalogue.get(session.dispositif))}${session.volet ? ` – ${session.volet}` : ''}`;
}

/** The links the bot hands out: one event, and the whole agenda as a feed Outlook can subscribe to. */
export function calendarLinks(publicBaseUrl: string) {
  return {
    feed: `${publicBaseUrl}/agenda.ics`,
    event: (id: string) => `${publicBaseUrl}/agenda/events/${encodeURIComponent(id)}.ics`,
  };
}

/**
 * Public iCalendar files. They carry only what AFPA publishes for everyone (dates,
 * places, titles), never anything about a person.
 */
export function registerAgendaRoutes(
  server: restify.Server,
  deps: { agenda: AgendaStore; catalogue: Catalogue; clock: () => Date; logger: Logger },
): void {
  const send = (res: restify.Response, body: string, filename: string) => {
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-cache',
    });
    res.end(body);
  };

  server.get('/agenda.ics', async (_req, res) => {
    try {
      const [events, sessions] = await Promise.all([
        deps.agenda.list('events'),
        deps.agenda.list('sessions'),
      ]);
      send(
        res,
        buildCalendar({
          name: CALENDAR_NAME,
          events,
          sessions,
          sessionName: sessionName(deps.catalogue),
          now: deps.clock(),
        }),
        'agenda-afpa.ics',
      );
    } catch (error) {
      deps.logger.error('calendar_failed', describeError(error));
      res.send(500, { error: 'Agenda indisponible pour le moment.' });
    }
  });

  server.get('/agenda/events/:file', async (req, res) => {
    const match = /^([a-z0-9-]+)\.ics$/i.exec(String(req.params['file'] ?? ''));
    const event = match ? await deps.agenda.find('events', match[1]!) : undefined;
    if (!event) {
      res.send(404, { error: 'Cet événement n’existe pas ou n’est plus publié.' });
      return;
    }
    send(
      res,
      buildCalendar({ name: CALENDAR_NAME, events: [event], now: deps.clock() }),
      `afpa-${event.start.slice(0, 10)}.ics`,
    );
  });
}
