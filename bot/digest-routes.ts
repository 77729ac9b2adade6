import { timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import type { DigestRuns } from '../data/digest/digest-run.js';
import { describeError, type Logger } from './logger.js';

/**
 * POST /api/digest: the weekly run triggered by an external clock, for deployments
 * with several instances or their own scheduler. It exists only when
 * DIGEST_TRIGGER_SECRET is set, and asks for it as a bearer token. Running it twice
 * in a week sends nothing twice: each digest is claimed once.
 */
export function registerDigestRoute(
  server: restify.Server,
  deps: { runs: DigestRuns; secret?: string; logger: Logger },
): void {
  const { secret } = deps;
  if (!secret) return;
  const expected = Buffer.from(`Bearer ${secret}`);
  server.post('/api/digest', async (req, res) => {
    const given = Buffer.from(String(req.headers.authorization ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.send(401, { error: 'Jeton absent ou invalide.' });
      return;
    }
    try {
      const { report } = await deps.runs.run({ trigger: 'http' });
      res.send(200, { week: report.week, counts: report.counts });
    } catch (error) {
      deps.logger.error('digest_trigger_failed', describeError(error));
      res.send(503, { error: 'Récap indisponible pour le moment, réessayez plus tard.' });
    }
  });
}
