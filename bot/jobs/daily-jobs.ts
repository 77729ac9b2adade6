import { Cron } from 'croner';
import type { Outbox } from '../../data/outbox/outbox.js';
import type { Prescriptions } from '../../data/prescriptions/prescriptions.js';
import { describeError, type Logger } from '../logger.js';

/**
 * The jobs the bot runs on its own clock (Europe/Paris): every hour, reminders and
 * expiry of prescriptions AFPA has not answered; every night, the purge of personal
 * fields past the retention period, of old delivery records and of the state of
 * conversations idle for 30 days. Each also runs once at start, so that a bot stopped
 * over a weekend catches up.
 */
export type JobsDeps = {
  prescriptions: Prescriptions;
  outbox: Outbox;
  /** The stored conversation state, when it can forget idle conversations. */
  conversations?: { purgeIdle(): Promise<number> };
  clock: () => Date;
  logger: Logger;
};

export function startDailyJobs(deps: JobsDeps): { stop(): void } {
  const { prescriptions, outbox, conversations, clock, logger } = deps;
  const guarded = (name: string, job: () => Promise<Record<string, number>>) => async () => {
    try {
      logger.info(name, await job());
    } catch (error) {
      logger.error(`${name}_failed`, describeError(error));
    }
  };
  const followUp = guarded('prescriptions_follow_up', () => prescriptions.followUp());
  const purge = guarded('retention_purge', async () => ({
    erased: (await prescriptions.purge()).ids.length,
    deliveriesPruned: await outbox.prune(clock()),
    idleConversationsPurged: (await conversations?.purgeIdle()) ?? 0,
  }));
  const options = { timezone: 'Europe/Paris', protect: true, unref: true } as const;
  const jobs = [new Cron('7 * * * *', options, followUp), new Cron('15 3 * * *', options, purge)];
  const startup = setTimeout(() => void followUp().then(purge), 5_000);
  startup.unref();
  return {
    stop() {
      clearTimeout(startup);
      jobs.forEach((job) => job.stop());
    },
  };
}
