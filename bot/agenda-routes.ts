import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type restify from 'restify';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel } from '../data/catalogue/schema.js';
import type { AgendaIndex } from '../data/agenda/agenda-index.js';
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

  const feed = new CalendarFeed(deps);
  server.get('/agenda.ics', async (req, res) => {
    try {
      const built = await feed.current();
      const zipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const headers = {
        etag: zipped ? built.gzipEtag : built.etag,
        'last-modified': built.lastModified,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      if (notModified(req, built)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const body = zipped ? built.gzipped : built.body;
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="agenda-afpa.ics"',
        'content-length': String(body.byteLength),
        ...(zipped ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(body);
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

type BuiltFeed = {
  version: number;
  body: Buffer;
  etag: string;
  /** Compressed once too: a large agenda is megabytes of text that compress tenfold. */
  gzipped: Buffer;
  gzipEtag: string;
  lastModified: string;
  modifiedAt: number;
};

/**
 * The whole agenda as one calendar, built once per agenda change: Outlook polls the
 * feed, and a large agenda takes a while to write out. The ETag is the body's hash.
 */
class CalendarFeed {
  private built?: BuiltFeed;
  private building?: { version: number; promise: Promise<BuiltFeed> };

  constructor(private readonly deps: { agenda: AgendaStore; catalogue: Catalogue; clock: () => Date }) {}

  async current(): Promise<BuiltFeed> {
    const { version, index } = await this.deps.agenda.current();
    if (this.built?.version === version) return this.built;
    // Requests that arrive while it is being built wait for that build rather than start their own.
    if (this.building?.version !== version) {
      const promise = this.build(version, index);
      this.building = { version, promise };
      promise.catch(() => {
        if (this.building?.promise === promise) this.building = undefined;
      });
    }
    const built = await this.building!.promise;
    if (!this.built || this.built.version < version) this.built = built;
    return built;
  }

  private async build(version: number, index: AgendaIndex): Promise<BuiltFeed> {
    const now = this.deps.clock();
    const body = Buffer.from(
      buildCalendar({
        name: CALENDAR_NAME,
        events: index.valid('events'),
        sessions: index.valid('sessions'),
        sessionName: sessionName(this.deps.catalogue),
        now,
      }),
      'utf8',
    );
    // HTTP dates have whole seconds.
    const modifiedAt = Math.floor(now.getTime() / 1000) * 1000;
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
    return {
      version,
      body,
      etag: `"${hash}"`,
      gzipped: await gzipped(body),
      gzipEtag: `"${hash}-gzip"`,
      lastModified: new Date(modifiedAt).toUTCString(),
      modifiedAt,
    };
  }
}

/** A client that already holds this version gets 304: If-None-Match first, else If-Modified-Since. */
function notModified(req: restify.Request, built: BuiltFeed): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined)
    return match.split(',').some((tag) => {
      const bare = tag.trim().replace(/^W\//, '');
      return bare === built.etag || bare === built.gzipEtag;
    });
  const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
  return !Number.isNaN(since) && since >= built.modifiedAt;
}

const gzipped = promisify(gzip);
