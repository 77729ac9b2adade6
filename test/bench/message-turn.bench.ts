/**
 * `npm run bench`: time of a message turn (question in → answer posted to the stand-in
 * connector) for the real bot and for a bare echo bot on the same adapter and server.
 * Prints figures; asserts nothing. Traffic stays on 127.0.0.1 and every loop is bounded.
 */
import { execFileSync } from 'node:child_process';
import { personalConversation, teamsMessage } from '../factories.js';
import { EVAL_SET } from '../qa/eval-set.js';
import { ConnectorStub } from '../support/connector-stub.js';
import { startServer, stopServer } from './servers.js';

const TURNS = 2000;
const CONVERSATIONS = 20;
/** As in the growth bench and the profile: the JIT settles over the first thousand turns or so. */
const WARM_UP_TURNS = 1500;

type Figures = { median: number; p99: number; mean: number; rssMiB: number; turnsPerSecond: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(kind: 'bot' | 'echo', connector: ConnectorStub, serviceUrl: string): Promise<Figures> {
  const { child, port } = await startServer(kind);
  const url = `http://127.0.0.1:${port}/api/messages`;
  const questions = EVAL_SET.map((c) => c.question);
  const send = async (conversationId: string, question: string): Promise<number> => {
    // One person per personal chat, as in Teams: each référent has their own conversation with the bot.
    const activity = teamsMessage(serviceUrl, personalConversation(conversationId), question, {
      from: { id: `29:${conversationId}`, name: 'Référent banc d’essai' },
    });
    const before = connector.repliesIn(conversationId).length;
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    // The bot awaits its reply before answering the POST: the reply is already recorded here.
    if (connector.repliesIn(conversationId).length <= before) throw new Error(`${kind}: no reply posted`);
    return performance.now() - started;
  };
  const run = async (turns: number, prefix: string): Promise<number[]> => {
    const durations: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONVERSATIONS }, async (_, c) => {
        while (next < turns) {
          const i = next++;
          durations.push(await send(`${prefix}-${kind}-${c}`, questions[i % questions.length]!));
        }
      }),
    );
    return durations;
  };
  try {
    await run(WARM_UP_TURNS, 'warmup');
    const started = performance.now();
    const durations = (await run(TURNS, 'bench')).sort((a, b) => a - b);
    const elapsed = (performance.now() - started) / 1000;
    const rssKiB = Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)])
        .toString()
        .trim(),
    );
    return {
      median: percentile(durations, 50),
      p99: percentile(durations, 99),
      mean: durations.reduce((a, b) => a + b, 0) / durations.length,
      rssMiB: rssKiB / 1024,
      turnsPerSecond: TURNS / elapsed,
    };
  } finally {
    await stopServer(child);
  }
}

const connector = new ConnectorStub();
const serviceUrl = await connector.start();
try {
  const echo = await measure('echo', connector, serviceUrl);
  const bot = await measure('bot', connector, serviceUrl);
  const row = (name: string, f: Figures) =>
    `${name.padEnd(10)} ${f.median.toFixed(2).padStart(8)} ${f.p99.toFixed(2).padStart(8)} ${f.mean.toFixed(2).padStart(8)} ${f.turnsPerSecond.toFixed(0).padStart(8)} ${f.rssMiB.toFixed(0).padStart(8)}`;
  console.log(
    `Tour de message : ${TURNS} tours, ${CONVERSATIONS} conversations simultanées (après ${WARM_UP_TURNS} tours de chauffe)`,
  );
  console.log(
    `${''.padEnd(10)} ${'médiane'.padStart(8)} ${'p99'.padStart(8)} ${'moyenne'.padStart(8)} ${'tours/s'.padStart(8)} ${'RSS Mio'.padStart(8)}`,
  );
  console.log(row('écho', echo));
  console.log(row('bot', bot));
  console.log(
    `ratio bot/écho : médiane ${(bot.median / echo.median).toFixed(2)} ×, p99 ${(bot.p99 / echo.p99).toFixed(2)} × (objectif ≤ 1,5 ×)`,
  );
} finally {
  await connector.stop();
}
