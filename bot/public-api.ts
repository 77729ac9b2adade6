import type restify from 'restify';
import { z } from 'zod';
import { runAgendaQuery, type AgendaQuery } from '../data/agenda/agenda-query.js';
import type { AgendaStore } from '../data/agenda/agenda-store.js';
import {
  LocalDaySchema,
  EVENT_TYPES,
  MODALITIES,
  SESSION_DISPOSITIFS,
  type AgendaEvent,
  type EntrySession,
} from '../data/agenda/model.js';
import { filterChoices, publicEvent, publicPlace, publicSession } from '../data/agenda/public-agenda.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { publicCatalogue } from '../data/catalogue/public-catalogue.js';
import { parisDay } from '../data/dates.js';
import { describeError, type Logger } from './logger.js';

/**
 * `/api/public/…`: the agenda, the free places and the dispositifs, for the tab and
 * anyone else. Every filter goes through `runAgendaQuery`, the same one the chat
 * answers with; query parameters are checked and a wrong one is a 400 that names it.
 */

export type PublicApiDeps = {
  agenda: AgendaStore;
  catalogue: Catalogue;
  clock: () => Date;
  logger: Logger;
  links: { feed: string; event: (id: string) => string };
  /** The bot's Teams chat, the message typed in: absent when the bot has no app id (local use). */
  chatLink?: (message: string) => string;
};

const text = z.string().trim().min(1).max(100);
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((value) => value.split(',').map((v) => v.trim()))
    .pipe(z.array(z.enum(values)).min(1));

const Period = {
  from: LocalDaySchema.optional(),
  to: LocalDaySchema.optional(),
};
const periodInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const PERIOD_ORDER = { message: '« from » doit précéder « to »', path: ['to'] };

const AgendaParams = z
  .object({
    kind: z.enum(['events', 'sessions']).optional(),
    type: list(EVENT_TYPES).optional(),
    dispositif: z.enum(SESSION_DISPOSITIFS).optional(),
    town: text.optional(),
    trade: text.optional(),
    modality: z.enum(MODALITIES).optional(),
    withSeats: flag.optional(),
    ...Period,
  })
  .strict()
  .refine(periodInOrder, PERIOD_ORDER)
  .refine((q) => !(q.type && q.kind === 'sessions'), {
    message: '« type » ne vaut que pour les événements',
    path: ['type'],
  })
  .refine((q) => !(q.modality && q.kind === 'events'), {
    message: '« modality » ne vaut que pour les sessions d’entrée',
    path: ['modality'],
  });

const PlacesParams = z
  .object({ town: text.optional(), trade: text.optional(), withSeats: flag.optional(), ...Period })
  .strict()
  .refine(periodInOrder, PERIOD_ORDER);

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The query string as one value per name; a name given twice is a problem, not a guess. */
function parseQuery<T>(req: restify.Request, schema: z.ZodType<T>): Parsed<T> {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const [name, value] of params) {
    if (name in values) problems.push(`${name} : paramètre donné deux fois`);
    values[name] = value;
  }
  if (problems.length > 0) return { ok: false, problems };
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `paramètre inconnu : ${issue.keys.join(', ')}`
        : `${issue.path.join('.') || 'requête'} : ${issue.message}`,
    ),
  };
}

function sendJson(res: restify.Response, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    // Published agenda changes with every import: the tab asks again rather than show stale places.
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

function badRequest(res: restify.Response, problems: string[]): void {
  sendJson(res, 400, { error: 'Paramètres invalides.', problems });
}

export function registerPublicApi(server: restify.Server, deps: PublicApiDeps): void {
  const { catalogue } = deps;
  const withLinks = <T extends { askBot: string; prescribe?: string }>(view: T) =>
    deps.chatLink
      ? {
          ...view,
          askBotLink: deps.chatLink(view.askBot),
          ...(view.prescribe ? { prescribeLink: deps.chatLink(view.prescribe) } : {}),
        }
      : view;

  const guarded =
    (handler: (req: restify.Request, res: restify.Response) => Promise<void>) =>
    async (req: restify.Request, res: restify.Response) => {
      try {
        await handler(req, res);
      } catch (error) {
        deps.logger.error('public_api_failed', describeError(error));
        sendJson(res, 500, { error: 'Agenda indisponible pour le moment.' });
      }
    };

  server.get(
    '/api/public/agenda',
    guarded(async (req, res) => {
      const parsed = parseQuery(req, AgendaParams);
      if (!parsed.ok) return badRequest(res, parsed.problems);
      const params = parsed.value;
      const now = deps.clock();
      const [events, sessions, places] = await Promise.all([
        deps.agenda.list('events'),
        deps.agenda.list('sessions'),
        deps.agenda.list('places'),
      ]);
      const common = {
        dispositif: params.dispositif,
        place: params.town,
        trade: params.trade,
        from: params.from,
        to: params.to,
        withSeats: params.withSeats || undefined,
      };
      const eventQuery = strip<AgendaQuery>({ kind: 'events', types: params.type, ...common });
      const sessionQuery = strip<AgendaQuery>({ kind: 'sessions', modality: params.modality, ...common });
      const wantsEvents = params.kind !== 'sessions' && !params.modality;
      const wantsSessions = params.kind !== 'events' && !params.type;
      sendJson(res, 200, {
        today: parisDay(now),
        feed: deps.links.feed,
        events: wantsEvents
          ? runAgendaQuery(events, eventQuery, now).map((event) => ({
              ...withLinks(publicEvent(event)),
              calendar: deps.links.event(event.id),
            }))
          : [],
        sessions: wantsSessions
          ? runAgendaQuery(sessions, sessionQuery, now).map((session) =>
              withLinks(publicSession(session, catalogue)),
            )
          : [],
        choices: filterChoices({
          events: runAgendaQuery<AgendaEvent>(events, { kind: 'events' }, now),
          sessions: runAgendaQuery<EntrySession>(sessions, { kind: 'sessions' }, now),
          places: runAgendaQuery(places, { kind: 'places' }, now),
        }),
      });
    }),
  );

  server.get(
    '/api/public/places',
    guarded(async (req, res) => {
      const parsed = parseQuery(req, PlacesParams);
      if (!parsed.ok) return badRequest(res, parsed.problems);
      const { town, withSeats, ...rest } = parsed.value;
      const now = deps.clock();
      const query = strip<AgendaQuery>({
        kind: 'places',
        place: town,
        withSeats: withSeats || undefined,
        ...rest,
      });
      const places = runAgendaQuery(await deps.agenda.list('places'), query, now);
      sendJson(res, 200, {
        today: parisDay(now),
        places: places.map((place) => withLinks(publicPlace(place, now))),
      });
    }),
  );

  server.get(
    '/api/public/catalogue',
    guarded(async (req, res) => {
      const parsed = parseQuery(req, z.object({}).strict());
      if (!parsed.ok) return badRequest(res, parsed.problems);
      sendJson(res, 200, { dispositifs: publicCatalogue(catalogue).map(withLinks) });
    }),
  );
}

function strip<T extends object>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as T;
}
