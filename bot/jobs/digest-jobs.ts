import { Cron } from 'croner';
import type { DigestRuns } from '../../data/digest/digest-run.js';
import { weekStart } from '../../data/digest/periods.js';
import type { PlacesAlerts } from '../../data/digest/places-alerts.js';
import { describeError, type Logger } from '../logger.js';

/**
 * The digest's clock, in Paris time: the weekly run at the configured time (Monday
 * 08:30 by default), and every minute a look at what AFPA published for the places
 * alerts. At start, a run whose time passed this week while the bot was stopped is
 * caught up; the claims make it harmless if it had run already.
 */

const TIMEZONE = 'Europe/Paris';

/** This week's planned run, if its time has come: what a bot started on Tuesday catches up. */
export function plannedRunThisWeek(schedule: string, now: Date): Date | undefined {
  const planned = new Cron(schedule, { timezone: TIMEZONE, paused: true }).nextRun(
    new Date(weekStart(now).getTime() - 1),
  );
  return planned && planned.getTime() <= now.getTime() ? planned : undefined;
}

export function startDigestJobs(deps: {
  runs: DigestRuns;
  alerts: PlacesAlerts;
  schedule: string;
  clock: () => Date;
  logger: Logger;
}): { stop(): void } {
  const { runs, alerts, schedule, clock, logger } = deps;
  const weekly = async (trigger: 'planning' | 'rattrapage', cutoff?: Date) => {
    try {
      const { report } = await runs.run({ trigger, cutoff });
      logger.info('digest_run', { trigger, week: report.week, ...report.counts });
    } catch (error) {
      logger.error('digest_run_failed', describeError(error));
    }
  };
  const scan = async () => {
    try {
      const { alerts: sent, changes } = await alerts.scan();
      if (sent > 0) logger.info('places_alerts', { alerts: sent, changes });
    } catch (error) {
      logger.error('places_alerts_failed', describeError(error));
    }
  };
  const options = { timezone: TIMEZONE, protect: true, unref: true } as const;
  const jobs = [new Cron(schedule, options, () => weekly('planning')), new Cron('* * * * *', options, scan)];
  const startup = setTimeout(() => {
    const planned = plannedRunThisWeek(schedule, clock());
    void (planned ? weekly('rattrapage', planned) : Promise.resolve()).then(scan);
  }, 5_000);
  startup.unref();
  return {
    stop() {
      clearTimeout(startup);
      jobs.forEach((job) => job.stop());
    },
  };
}
