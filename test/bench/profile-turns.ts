/**
 * Where a kind of turn spends its time: starts the app as `npm start` runs it (servers.ts) under
 * `--cpu-prof`, with the growth bench's agenda of 16 events, sends TURNS turns of one
 * kind from 20 conversations at once after a warm-up, and prints the functions that
 * take the most time, self and inclusive, beside the profile's path (for Chrome's
 * DevTools). Usage: tsx test/bench/profile-turns.ts "prochaines JPO" [--fresh];
 * `--eval` sends the evaluation questions in turn, as the message-turn bench does;
 * BENCH_SERVER=echo profiles the bare echo bot instead.
 */
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personalConversation, teamsMessage } from '../factories.js';
import { EVAL_SET } from '../qa/eval-set.js';
import { ConnectorStub } from '../support/connector-stub.js';
import { startServer, stopServer } from './servers.js';
import { writeAgenda } from './datasets.js';

const text = process.argv[2] ?? 'bonjour';
const questions = process.argv.includes('--eval') ? EVAL_SET.map((c) => c.question) : [text];
const fresh = process.argv.includes('--fresh');
const TURNS = Number(process.env['BENCH_TURNS'] ?? 400);
/** As in the growth bench: the JIT settles over the first thousand turns or so. */
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 1500);
const CONCURRENCY = 20;

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const dataDir = await mkdtemp(join(tmpdir(), 'bench-profile-'));
const profileDir = await mkdtemp(join(tmpdir(), 'bench-cpuprofile-'));
await writeAgenda(dataDir, 16, new Date());
const connector = new ConnectorStub();
const serviceUrl = await connector.start();
const { child, port } = await startServer(process.env['BENCH_SERVER'] === 'echo' ? 'echo' : 'bot', {
  dataDir,
  nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
});
const url = `http://127.0.0.1:${port}/api/messages`;

let sequence = 0;
let asked = 0;
async function load(turns: number, tag: string): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, c) => {
      while (next++ < turns) {
        const id = fresh ? `a:${tag}-${++sequence}` : `a:${tag}-${c}`;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(
            teamsMessage(serviceUrl, personalConversation(id), questions[asked++ % questions.length]!, {
              from: { id: `29:${id}`, name: 'Banc' },
            }),
          ),
        });
        await response.arrayBuffer();
      }
    }),
  );
}

await load(WARMUP, 'warmup');
const started = performance.now();
await load(TURNS, 'profile');
const elapsed = performance.now() - started;
// What a turn sends back: the echo bot's one short text against a card weighs on the HTTP client.
const replies = connector.posted;
const replyBytes = replies.reduce((sum, { activity }) => sum + JSON.stringify(activity).length, 0);
await stopServer(child);
await connector.stop();

// The largest profile: a worker thread may write one of its own.
const files = await Promise.all(
  (await readdir(profileDir)).map(async (name) => ({
    path: join(profileDir, name),
    size: (await stat(join(profileDir, name))).size,
  })),
);
const file = files.sort((a, b) => b.size - a.size)[0]!.path;
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
// Only the samples taken during the measured turns (the profile's clock is in µs).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anonyme)'} ${n.callFrame.url.replace(/^.*\/(node_modules\/|wt-[^/]+\/|work\/[^/]+\/)/, '')}:${n.callFrame.lineNumber + 1}`;
let time = profile.startTime;
const from = profile.endTime - elapsed * 1000 - 200_000;
let total = 0;
for (const [i, sample] of profile.samples.entries()) {
  time += profile.timeDeltas[i] ?? 0;
  if (time < from) continue;
  const dt = profile.timeDeltas[i] ?? 0;
  const node = byId.get(sample)!;
  if (node.callFrame.functionName === '(idle)') continue;
  total += dt;
  self.set(name(node), (self.get(name(node)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const key = name(byId.get(id)!);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  }
}
const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `${((us / 1000 / TURNS) * 1000).toFixed(0).padStart(6)} µs/tour  ${key}`)
    .join('\n');
console.log(
  `« ${questions.length > 1 ? 'questions d’évaluation' : text} »${fresh ? ' (nouvelle conversation à chaque tour)' : ''} : ${TURNS} tours en ${elapsed.toFixed(0)} ms, CPU hors attente ${(total / 1000 / TURNS).toFixed(2)} ms/tour\n`,
);
console.log(
  `Temps propre :\n${top(self, 25)}\n\nTemps inclusif :\n${top(inclusive, Number(process.env['TOP'] ?? 60))}`,
);
console.log(
  `\nRéponses : ${(replies.length / (WARMUP + TURNS)).toFixed(2)} activités par tour, ${(replyBytes / replies.length).toFixed(0)} octets chacune`,
);
console.log(`\nProfil : ${file}`);
