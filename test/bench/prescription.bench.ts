/**
 * Part of `npm run bench`: the time to answer a prescription submission (the form sent
 * with Action.Execute, checked, stored with its outbox message, the confirmation card
 * returned), beside a plain « bonjour » turn in the same run, and how both grow with
 * the number of prescriptions stored. The AFPA card goes out in the background to the
 * stand-in connector. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { personalConversation, teamsMessage } from '../factories.js';
import { ConnectorStub } from '../support/connector-stub.js';
import { startServer, stopServer } from './servers.js';
import { execute, prepaForm } from '../support/prescription-flow.js';

const CONCURRENCY = 20;
const MEASURED = 400;
/** Prescriptions stored before each measure. */
const STEPS = [0, 2000, 6000];

/** The bot with a campaign open and twenty référents, AFPA's conversation on the stand-in connector. */
const start = (afpaServiceUrl: string) =>
  startServer('bot', {
    env: {
      REFERENT_IDS: Array.from({ length: 20 }, (_, i) => `29:bench-referent-${i}`).join(','),
      CAMPAIGN_ENTRY_DEADLINE: '2099-12-31',
      CAMPAIGN_COMPLETION_DEADLINE: '2099-12-31',
      AFPA_CONVERSATION_ID: '19:bench-afpa@thread.tacv2',
      AFPA_SERVICE_URL: afpaServiceUrl,
    },
  });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const connector = new ConnectorStub();
const serviceUrl = await connector.start();
const { child, port, dataDir } = await start(serviceUrl);
const url = `http://127.0.0.1:${port}/api/messages`;
const referent = (c: number) => ({ id: `29:bench-referent-${c}`, name: `Référent ${c}` });

async function post(body: unknown): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  if (text.includes('À corriger')) throw new Error('form refused');
  return performance.now() - started;
}

const submission = (c: number) =>
  execute(serviceUrl, personalConversation(`a:bench-${c}`), referent(c), {
    verb: 'submitPrescription',
    dispositif: 'prepa-competences',
    formId: randomUUID(),
    ...prepaForm('premiere'),
  });
const hello = (c: number) => ({
  ...teamsMessage(serviceUrl, personalConversation(`a:bench-${c}`), 'bonjour'),
  from: referent(c),
});

async function load(count: number, make: (c: number) => unknown): Promise<number[]> {
  const durations: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, c) => {
      while (next++ < count) durations.push(await post(make(c)));
    }),
  );
  return durations.sort((a, b) => a - b);
}

function storeBytes(): number {
  return Number(execFileSync('du', ['-sb', dataDir]).toString().split('\t')[0]);
}

try {
  await load(100, hello);
  console.log(
    `\nPrescriptions : ${MEASURED} envois et ${MEASURED} « bonjour » par palier, ${CONCURRENCY} référents simultanés`,
  );
  console.log(
    `${'stockées'.padStart(9)} ${'envoi p50'.padStart(10)} ${'envoi p99'.padStart(10)} ${'bonjour p50'.padStart(12)} ${'bonjour p99'.padStart(12)} ${'ratio p50'.padStart(10)} ${'octets/envoi'.padStart(13)}`,
  );
  let stored = 0;
  for (const step of STEPS) {
    if (step > stored) await load(step - stored, submission);
    stored = Math.max(stored, step);
    const bytesBefore = storeBytes();
    const submit = await load(MEASURED, submission);
    const bytesPerSubmission = (storeBytes() - bytesBefore) / MEASURED;
    stored += MEASURED;
    const plain = await load(MEASURED, hello);
    console.log(
      `${String(step).padStart(9)} ${percentile(submit, 50).toFixed(2).padStart(10)} ${percentile(submit, 99).toFixed(2).padStart(10)} ${percentile(plain, 50).toFixed(2).padStart(12)} ${percentile(plain, 99).toFixed(2).padStart(12)} ${(percentile(submit, 50) / percentile(plain, 50)).toFixed(2).padStart(10)} ${bytesPerSubmission.toFixed(0).padStart(13)}`,
    );
  }
  const rss =
    Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)])
        .toString()
        .trim(),
    ) / 1024;
  // The AFPA cards go out in the background: how many had arrived when the run ended.
  const cards = connector.posted.filter((p) => p.conversationId === '19:bench-afpa@thread.tacv2').length;
  console.log(
    `Cartes AFPA reçues par le faux connecteur : ${cards} sur ${stored} ; RSS du bot : ${rss.toFixed(0)} Mio`,
  );
} finally {
  await stopServer(child);
  await connector.stop();
}
