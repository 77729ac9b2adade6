/**
 * Part of `npm run bench`: how each kind of turn grows with what is stored, beside a
 * bare echo bot measured in the same run. For 16 to 100,000 agenda events, then for
 * 0 to 50,000 stored conversations: p50 and p99 of each kind of turn, turns per
 * second, bytes the server writes per turn (files and sockets, from /proc), its peak
 * memory, and the feed's time. Each figure is the median of RUNS runs, with the spread
 * (max − min). Data sets are generated in a temporary folder. Prints; asserts nothing.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personalConversation, teamsMessage } from '../factories.js';
import { ConnectorStub } from '../support/connector-stub.js';
import { reportColdStarts } from './cold-start.bench.js';
import { seedConversations, writeAgenda } from './datasets.js';
import { startServer, stopServer } from './servers.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const TURNS = Number(process.env['BENCH_TURNS'] ?? 200);
/**
 * Turns of each kind sent before measuring, until the JIT has settled: after 20, the echo
 * bot still got 40 % faster over the next thousand turns, which flattered every ratio.
 */
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 300);
/** Rounds the measured turns of each kind are spread over (TURNS a multiple of it). */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 4);
const CONCURRENCY = 20;
/** BENCH_EVENTS=16,1000 or BENCH_CONVERSATIONS=0 measure fewer sizes, when one figure is wanted quickly. */
const sizes = (name: string, all: number[]) => process.env[name]?.split(',').map(Number) ?? all;
const EVENT_SIZES = sizes('BENCH_EVENTS', [16, 1_000, 10_000, 100_000]);
const CONVERSATION_SIZES = sizes('BENCH_CONVERSATIONS', [0, 1_000, 10_000, 50_000]);

/** Each kind of turn a référent makes; « premier tour » opens a new conversation at each turn. */
const KINDS = [
  { name: 'premier tour', text: 'bonjour', fresh: true },
  { name: 'bonjour', text: 'bonjour', fresh: false },
  { name: 'dispositif', text: 'c’est quoi Prépa Compétences ?', fresh: false },
  { name: 'agenda JPO', text: 'prochaines JPO', fresh: false },
  { name: 'éligibilité', text: 'un jeune ASE de 17 ans peut-il faire la Promo 16/18 ?', fresh: false },
] as const;
type KindName = (typeof KINDS)[number]['name'];

type KindFigures = { p50: number; p99: number; perSecond: number; bytesPerTurn: number; cpuPerTurn: number };
type RunFigures = {
  kinds: Record<KindName, KindFigures>;
  peakMiB: number;
  feed?: { first: number; unchanged: number; notModified: number };
};
type Setup = { label: string; events: number; conversations: number; dataDir: string };

/** Bytes the process handed to write(2) so far: files and sockets alike. */
async function bytesWritten(pid: number): Promise<number> {
  const io = await readFile(`/proc/${pid}/io`, 'utf8');
  return Number(/^wchar: (\d+)/m.exec(io)![1]);
}

/**
 * CPU time the server used so far, all its threads, in ms: unlike latency, it hardly
 * moves when other work shares the machine, so it tells what a change saved.
 */
async function cpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function peakMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)![1]) / 1024;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let sequence = 0;

async function measureRun(kind: 'bot' | 'echo', dataDir?: string): Promise<RunFigures> {
  const connector = new ConnectorStub();
  const serviceUrl = await connector.start();
  const { child, port } = await startServer(kind, dataDir ? { dataDir } : {});
  const url = `http://127.0.0.1:${port}`;
  const run = ++sequence;
  const send = async (conversationId: string, text: string): Promise<number> => {
    const activity = teamsMessage(serviceUrl, personalConversation(conversationId), text, {
      from: { id: `29:${conversationId}`, name: 'Référent banc d’essai' },
    });
    const before = connector.posted.length;
    const started = performance.now();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (connector.repliesIn(conversationId, before).length === 0)
      throw new Error(`${kind}: no reply to « ${text} »`);
    return elapsed;
  };
  const load = async (turns: number, text: string, fresh: boolean, tag: string): Promise<number[]> => {
    const durations: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, c) => {
        while (next < turns) {
          const i = next++;
          durations.push(await send(fresh ? `a:${tag}-${run}-${i}` : `a:${tag}-${run}-user-${c}`, text));
        }
      }),
    );
    return durations.sort((a, b) => a - b);
  };
  try {
    for (const k of KINDS) await load(WARMUP, k.text, k.fresh, 'warmup');
    // The kinds take turns, a share of their turns in each round: measured one after the other,
    // the last ones ran on a warmer process (the echo bot got a quarter faster from its first
    // kind to its last, though every kind is the same work to it), which no warm-up fully removed.
    const measured = new Map(
      KINDS.map((k) => [k.name, { durations: [] as number[], seconds: 0, bytes: 0, cpu: 0 }]),
    );
    for (let round = 0; round < ROUNDS; round++) {
      for (const k of KINDS) {
        const into = measured.get(k.name)!;
        const bytesBefore = await bytesWritten(child.pid!);
        const cpuBefore = await cpuMs(child.pid!);
        const started = performance.now();
        const tag = k.fresh ? `bench-${k.name}-${round}` : `bench-${k.name}`;
        into.durations.push(...(await load(TURNS / ROUNDS, k.text, k.fresh, tag)));
        into.seconds += (performance.now() - started) / 1000;
        into.bytes += (await bytesWritten(child.pid!)) - bytesBefore;
        into.cpu += (await cpuMs(child.pid!)) - cpuBefore;
      }
    }
    const kinds = {} as Record<KindName, KindFigures>;
    for (const k of KINDS) {
      const { durations, seconds, bytes, cpu } = measured.get(k.name)!;
      durations.sort((a, b) => a - b);
      kinds[k.name] = {
        p50: percentile(durations, 50),
        p99: percentile(durations, 99),
        perSecond: durations.length / seconds,
        bytesPerTurn: bytes / durations.length,
        cpuPerTurn: cpu / durations.length,
      };
    }
    let feed: RunFigures['feed'];
    if (kind === 'bot') {
      const timed = async (headers: Record<string, string> = {}) => {
        const started = performance.now();
        const response = await fetch(`${url}/agenda.ics`, { headers });
        await response.arrayBuffer();
        return { ms: performance.now() - started, etag: response.headers.get('etag') };
      };
      const first = await timed();
      const again = [await timed(), await timed(), await timed()].map((t) => t.ms);
      const cached = first.etag
        ? [1, 2, 3].map(() => timed({ 'if-none-match': first.etag! }))
        : [Promise.resolve({ ms: Number.NaN, etag: null })];
      feed = {
        first: first.ms,
        unchanged: median(again),
        notModified: median((await Promise.all(cached)).map((t) => t.ms)),
      };
    }
    return { kinds, peakMiB: await peakMiB(child.pid!), feed };
  } finally {
    await stopServer(child);
    await connector.stop();
  }
}

/** « 12.3 ±0.4 »: the median of the runs and their spread. */
function summary(values: number[], digits = 1): string {
  const spread = Math.max(...values) - Math.min(...values);
  return `${median(values).toFixed(digits)} ±${spread.toFixed(digits)}`;
}

const totalStarted = performance.now();
const root = await mkdtemp(join(tmpdir(), 'bench-growth-'));
try {
  const today = new Date();
  const setups: Setup[] = [];
  for (const events of EVENT_SIZES)
    setups.push({ label: `${events} événements`, events, conversations: 0, dataDir: '' });
  for (const conversations of CONVERSATION_SIZES.filter((n) => n > 0))
    setups.push({ label: `${conversations} conversations stockées`, events: 16, conversations, dataDir: '' });
  const prepared = performance.now();
  for (const [i, setup] of setups.entries()) {
    setup.dataDir = join(root, `setup-${i}`);
    await mkdir(setup.dataDir, { recursive: true });
    await writeAgenda(setup.dataDir, setup.events, today);
    await seedConversations(setup.dataDir, setup.conversations);
  }
  console.log(
    `\nCroissance : ${TURNS} tours par sorte et par mesure, ${CONCURRENCY} conversations simultanées, ${RUNS} passages (médiane ±écart) ; données générées en ${((performance.now() - prepared) / 1000).toFixed(0)} s`,
  );

  const echo: RunFigures[] = [];
  const bot = new Map<Setup, RunFigures[]>(setups.map((s) => [s, []]));
  // Runs interleaved: echo and every size in each pass, so that a busy moment of the machine touches all alike.
  for (let r = 0; r < RUNS; r++) {
    echo.push(await measureRun('echo'));
    for (const setup of setups) bot.get(setup)!.push(await measureRun('bot', setup.dataDir));
  }

  const header = `${'tour'.padEnd(14)} ${'p50 ms'.padStart(13)} ${'p99 ms'.padStart(13)} ${'tours/s'.padStart(11)} ${'octets/tour'.padStart(15)} ${'CPU ms/tour'.padStart(12)} ${'p50/écho'.padStart(9)} ${'p99/écho'.padStart(9)} ${'CPU/écho'.padStart(9)}`;
  const rows = (runs: RunFigures[], baseline?: RunFigures[]) =>
    KINDS.map(({ name }) => {
      const of = (f: (k: KindFigures) => number, list = runs) => list.map((run) => f(run.kinds[name]));
      const ratio = (f: (k: KindFigures) => number) =>
        baseline ? (median(of(f)) / median(of(f, baseline))).toFixed(2).padStart(8) + '×' : ''.padStart(9);
      const cells = [
        name.padEnd(14),
        summary(of((k) => k.p50)).padStart(13),
        summary(of((k) => k.p99)).padStart(13),
        summary(
          of((k) => k.perSecond),
          0,
        ).padStart(11),
        summary(
          of((k) => k.bytesPerTurn),
          0,
        ).padStart(15),
        summary(
          of((k) => k.cpuPerTurn),
          2,
        ).padStart(12),
        ratio((k) => k.p50),
        ratio((k) => k.p99),
        ratio((k) => k.cpuPerTurn),
      ];
      return cells.join(' ');
    });
  console.log(
    `\nécho (botbuilder + restify nus) — mémoire max ${summary(
      echo.map((r) => r.peakMiB),
      0,
    )} Mio`,
  );
  console.log(header);
  for (const row of rows(echo)) console.log(row);
  for (const setup of setups) {
    const runs = bot.get(setup)!;
    const feed = runs.map((r) => r.feed!);
    console.log(
      `\nbot, ${setup.label} (${setup.events} événements, ${setup.conversations} conversations) — mémoire max ${summary(
        runs.map((r) => r.peakMiB),
        0,
      )} Mio ; agenda.ics : premier ${summary(feed.map((f) => f.first))} ms, inchangé ${summary(feed.map((f) => f.unchanged))} ms, 304 ${summary(feed.map((f) => f.notModified))} ms`,
    );
    console.log(header);
    for (const row of rows(runs, echo)) console.log(row);
  }
  await reportColdStarts(RUNS);

  console.log(`\nDurée totale : ${((performance.now() - totalStarted) / 1000).toFixed(0)} s`);
} finally {
  await rm(root, { recursive: true, force: true });
}
