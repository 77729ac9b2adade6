import restify from 'restify';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { BotAdapter, TeamsAnswer } from './adapter.js';
import { isIncomingActivity } from './incoming-activity.js';
import { describeError, type Logger } from './logger.js';

export type ServerDeps = {
  adapter: BotAdapter;
  bot: ActivityHandler;
  logger: Logger;
  maxBodyBytes: number;
  /** Teams gets an answer within this time, whatever the turn still waits for. */
  answerDeadlineMs?: number;
  /** Tenants served; empty: any (local use). */
  allowedTenantIds?: readonly string[];
};

/** The HTTP surface: Bot Framework messages and a health probe. */
export function createServer({
  adapter,
  bot,
  logger,
  maxBodyBytes,
  answerDeadlineMs = 10_000,
  allowedTenantIds = [],
}: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'cd82-afpa-bot', handleUncaughtExceptions: false });
  // The body limit counts the bytes received: a gzip body would be unpacked past it (a few
  // hundred kilobytes can hold gigabytes). The Bot Connector never compresses, so nothing is.
  server.use(refuseContentEncoding);
  // Malformed JSON and oversized bodies are refused here (400, 413), before any bot code runs.
  server.use(restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false, mapFiles: false }));

  server.get('/health', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.post('/api/messages', async (req, res) => {
    if (!isIncomingActivity(req.body)) {
      res.send(400, { error: 'Requête invalide : une activité Bot Framework est attendue.' });
      return;
    }
    if (allowedTenantIds.length > 0 && !allowedTenantIds.includes(tenantOf(req.body) ?? '')) {
      logger.warn('tenant_refused', { channelId: String((req.body as { channelId?: unknown }).channelId) });
      res.send(403, { error: 'Ce locataire Microsoft 365 n’est pas autorisé à utiliser ce bot.' });
      return;
    }
    try {
      const authorization = req.headers.authorization ?? '';
      const activity = req.body as Activity;
      const turn = adapter.answer(activity, authorization, (context) => bot.run(context));
      const answer = await withinDeadline(turn, answerDeadlineMs, activity.type === 'invoke', logger);
      if (answer.body === undefined) res.send(answer.status);
      else res.send(answer.status, answer.body);
    } catch (error) {
      logger.error('request_failed', describeError(error));
      if (!res.headersSent) res.send(500, { error: 'Erreur interne.' });
    }
  });

  server.on('restifyError', (_req, _res, error: Error, callback: () => void) => {
    logger.warn('http_error', describeError(error));
    callback();
  });
  return server;
}

/** The tenant of an activity, as Teams writes it in the conversation or in channelData. */
function tenantOf(body: unknown): string | undefined {
  const activity = body as {
    conversation?: { tenantId?: unknown };
    channelData?: { tenant?: { id?: unknown } };
  };
  const id = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Any Content-Encoding but identity: 415 before a byte of the body is read or unpacked. */
function refuseContentEncoding(req: restify.Request, res: restify.Response, next: restify.Next): void {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    res.header('accept-encoding', 'identity');
    res.send(415, {
      error: 'Requête refusée : les corps compressés (Content-Encoding) ne sont pas acceptés.',
    });
    next(false);
    return;
  }
  next();
}

export const TOO_SLOW_TEXT =
  'Teams met trop de temps à répondre : l’action a peut-être abouti. Vérifiez avant de recommencer.';

/**
 * The turn's answer, or, once the deadline passes, one that tells Teams the work goes on
 * (202 for a message) or that the action could not be confirmed in time (an invoke). The
 * turn keeps running; what it fails with later is logged.
 */
async function withinDeadline(
  turn: Promise<TeamsAnswer>,
  deadlineMs: number,
  invoke: boolean,
  logger: Logger,
): Promise<TeamsAnswer> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deadlineMs);
  });
  const outcome = await Promise.race([turn, late]).finally(() => clearTimeout(timer));
  if (outcome !== 'late') return outcome;
  logger.warn('answer_deadline_passed', { deadlineMs, invoke });
  turn.catch((error: unknown) => logger.error('request_failed', describeError(error)));
  if (!invoke) return { status: 202 };
  return {
    status: 200,
    body: {
      statusCode: 503,
      type: 'application/vnd.microsoft.error',
      value: { code: 'ServiceUnavailable', message: TOO_SLOW_TEXT },
    },
  };
}
