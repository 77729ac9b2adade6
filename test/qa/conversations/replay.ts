/**
 * Replays the conversation sets against the real app, through the Bot Framework protocol,
 * with AFPA's agenda fixture imported and today frozen at Monday 11 January 2027.
 *
 *   npx tsx test/qa/conversations/replay.ts                 every case
 *   npx tsx test/qa/conversations/replay.ts --only agenda   cases whose id or a tag contains « agenda »
 *   npx tsx test/qa/conversations/replay.ts --json out.json the full results as JSON too
 *
 * Each case is one personal conversation; its turns are sent in order, and the visible text
 * of every reply to a turn (message text, TextBlocks and button titles of its cards) is what
 * the expectations are checked against, case- and accent-insensitively.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Activity } from 'botbuilder';
import { createApp } from '../../../bot/app.js';
import { createLogger } from '../../../bot/logger.js';
import { personalConversation, teamsMessage, testConfig } from '../../factories.js';
import { visibleText } from '../../support/bot-harness.js';
import { ConnectorStub } from '../../support/connector-stub.js';
import { AGENDA_FIXTURE, EVAL_NOW } from './agenda-fixture.js';
import { SECOND_BLIND_SET } from './second-blind-set.js';
import { THIRD_BLIND_SET } from './third-blind-set.js';
import { FOURTH_BLIND_SET } from './fourth-blind-set.js';
import { FIFTH_BLIND_SET } from './fifth-blind-set.js';
import { SIXTH_BLIND_SET } from './sixth-blind-set.js';
import { SEVENTH_BLIND_SET } from './seventh-blind-set.js';
import { EIGHTH_BLIND_SET } from './eighth-blind-set.js';
import { NINTH_BLIND_SET } from './ninth-blind-set.js';
import { TENTH_BLIND_SET } from './tenth-blind-set.js';
import { ELEVENTH_BLIND_SET } from './eleventh-blind-set.js';
import { TWELFTH_BLIND_SET } from './twelfth-blind-set.js';
import { THIRTEENTH_BLIND_SET } from './thirteenth-blind-set.js';
import { FOURTEENTH_BLIND_SET } from './fourteenth-blind-set.js';
import { FIFTEENTH_BLIND_SET } from './fifteenth-blind-set.js';
import { SIXTEENTH_BLIND_SET } from './sixteenth-blind-set.js';
import { SEVENTEENTH_BLIND_SET } from './seventeenth-blind-set.js';
import { EIGHTEENTH_BLIND_SET } from './eighteenth-blind-set.js';
import { NINETEENTH_BLIND_SET } from './nineteenth-blind-set.js';
import { TWENTIETH_BLIND_SET } from './twentieth-blind-set.js';
import { TWENTY_FIRST_BLIND_SET } from './twenty-first-blind-set.js';
import { TWENTY_SECOND_BLIND_SET } from './twenty-second-blind-set.js';
import { TWENTY_THIRD_BLIND_SET } from './twenty-third-blind-set.js';
import { TWENTY_FOURTH_BLIND_SET } from './twenty-fourth-blind-set.js';
import { TWENTY_FIFTH_BLIND_SET } from './twenty-fifth-blind-set.js';
import { TWENTY_SIXTH_BLIND_SET } from './twenty-sixth-blind-set.js';
import { TWENTY_SEVENTH_BLIND_SET } from './twenty-seventh-blind-set.js';
import { TWENTY_EIGHTH_BLIND_SET } from './twenty-eighth-blind-set.js';
import { TWENTY_NINTH_BLIND_SET } from './twenty-ninth-blind-set.js';
import { THIRTIETH_BLIND_SET } from './thirtieth-blind-set.js';
import { THIRTY_FIRST_BLIND_SET } from './thirty-first-blind-set.js';
import { THIRTY_SECOND_BLIND_SET } from './thirty-second-blind-set.js';
import { THIRTY_THIRD_BLIND_SET } from './thirty-third-blind-set.js';
import { THIRTY_FOURTH_BLIND_SET } from './thirty-fourth-blind-set.js';
import { THIRTY_FIFTH_BLIND_SET } from './thirty-fifth-blind-set.js';
import { THIRTY_SIXTH_BLIND_SET } from './thirty-sixth-blind-set.js';
import { THIRTY_SEVENTH_BLIND_SET } from './thirty-seventh-blind-set.js';
import { THIRTY_EIGHTH_BLIND_SET } from './thirty-eighth-blind-set.js';
import { THIRTY_NINTH_BLIND_SET } from './thirty-ninth-blind-set.js';
import { FORTIETH_BLIND_SET } from './fortieth-blind-set.js';
import { FORTY_FIRST_BLIND_SET } from './forty-first-blind-set.js';
import { FORTY_SECOND_BLIND_SET } from './forty-second-blind-set.js';
import { FORTY_THIRD_BLIND_SET } from './forty-third-blind-set.js';
import { FORTY_FOURTH_BLIND_SET } from './forty-fourth-blind-set.js';
import { FORTY_FIFTH_BLIND_SET } from './forty-fifth-blind-set.js';
import { FORTY_SIXTH_BLIND_SET } from './forty-sixth-blind-set.js';
import { FORTY_SEVENTH_BLIND_SET } from './forty-seventh-blind-set.js';
import { FORTY_EIGHTH_BLIND_SET } from './forty-eighth-blind-set.js';
import { FORTY_NINTH_BLIND_SET } from './forty-ninth-blind-set.js';
import { FIFTIETH_BLIND_SET } from './fiftieth-blind-set.js';
import { FIFTY_FIRST_BLIND_SET } from './fifty-first-blind-set.js';
import { FIFTY_SECOND_BLIND_SET } from './fifty-second-blind-set.js';
import { FIFTY_THIRD_BLIND_SET } from './fifty-third-blind-set.js';
import { FIFTY_FOURTH_BLIND_SET } from './fifty-fourth-blind-set.js';
import { FIFTY_FIFTH_BLIND_SET } from './fifty-fifth-blind-set.js';
import { FIFTY_SIXTH_BLIND_SET } from './fifty-sixth-blind-set.js';
import { FIFTY_SEVENTH_BLIND_SET } from './fifty-seventh-blind-set.js';
import { FIFTY_EIGHTH_BLIND_SET } from './fifty-eighth-blind-set.js';
import { FIFTY_NINTH_BLIND_SET } from './fifty-ninth-blind-set.js';
import { SIXTIETH_BLIND_SET } from './sixtieth-blind-set.js';
import { SIXTY_FIRST_BLIND_SET } from './sixty-first-blind-set.js';
import { SIXTY_SECOND_BLIND_SET } from './sixty-second-blind-set.js';
import { SIXTY_THIRD_BLIND_SET } from './sixty-third-blind-set.js';
import { SIXTY_FOURTH_BLIND_SET } from './sixty-fourth-blind-set.js';
import { SIXTY_FIFTH_BLIND_SET } from './sixty-fifth-blind-set.js';
import { SIXTY_SIXTH_BLIND_SET } from './sixty-sixth-blind-set.js';
import { SIXTY_SEVENTH_BLIND_SET } from './sixty-seventh-blind-set.js';
import { SIXTY_EIGHTH_BLIND_SET } from './sixty-eighth-blind-set.js';
import { SIXTY_NINTH_BLIND_SET } from './sixty-ninth-blind-set.js';
import { SEVENTIETH_BLIND_SET } from './seventieth-blind-set.js';
import { SEVENTY_FIRST_BLIND_SET } from './seventy-first-blind-set.js';
import { SEVENTY_SECOND_BLIND_SET } from './seventy-second-blind-set.js';
import { SEVENTY_THIRD_BLIND_SET } from './seventy-third-blind-set.js';
import { SEVENTY_FOURTH_BLIND_SET } from './seventy-fourth-blind-set.js';
import { SEVENTY_FIFTH_BLIND_SET } from './seventy-fifth-blind-set.js';
import { SEVENTY_SIXTH_BLIND_SET } from './seventy-sixth-blind-set.js';
import { SEVENTY_SEVENTH_BLIND_SET } from './seventy-seventh-blind-set.js';
import { SEVENTY_EIGHTH_BLIND_SET } from './seventy-eighth-blind-set.js';
import { SEVENTY_NINTH_BLIND_SET } from './seventy-ninth-blind-set.js';
import { EIGHTIETH_BLIND_SET } from './eightieth-blind-set.js';
import { EIGHTY_FIRST_BLIND_SET } from './eighty-first-blind-set.js';
import { EIGHTY_SECOND_BLIND_SET } from './eighty-second-blind-set.js';
import { EIGHTY_THIRD_BLIND_SET } from './eighty-third-blind-set.js';
import { EIGHTY_FOURTH_BLIND_SET } from './eighty-fourth-blind-set.js';
import { EIGHTY_FIFTH_BLIND_SET } from './eighty-fifth-blind-set.js';
import { EIGHTY_SIXTH_BLIND_SET } from './eighty-sixth-blind-set.js';
import { EIGHTY_SEVENTH_BLIND_SET } from './eighty-seventh-blind-set.js';
import { EIGHTY_EIGHTH_BLIND_SET } from './eighty-eighth-blind-set.js';
import { EIGHTY_NINTH_BLIND_SET } from './eighty-ninth-blind-set.js';
import { NINETIETH_BLIND_SET } from './ninetieth-blind-set.js';
import { NINETY_FIRST_BLIND_SET } from './ninety-first-blind-set.js';
import { NINETY_SECOND_BLIND_SET } from './ninety-second-blind-set.js';
import { NINETY_THIRD_BLIND_SET } from './ninety-third-blind-set.js';
import { NINETY_FOURTH_BLIND_SET } from './ninety-fourth-blind-set.js';
import { NINETY_FIFTH_BLIND_SET } from './ninety-fifth-blind-set.js';
import { NINETY_SIXTH_BLIND_SET } from './ninety-sixth-blind-set.js';
import { NINETY_SEVENTH_BLIND_SET } from './ninety-seventh-blind-set.js';
import { NINETY_EIGHTH_BLIND_SET } from './ninety-eighth-blind-set.js';
import { NINETY_NINTH_BLIND_SET } from './ninety-ninth-blind-set.js';
import { HUNDREDTH_BLIND_SET } from './hundredth-blind-set.js';
import { HUNDRED_FIRST_BLIND_SET } from './hundred-first-blind-set.js';
import { HUNDRED_SECOND_BLIND_SET } from './hundred-second-blind-set.js';
import { HUNDRED_THIRD_BLIND_SET } from './hundred-third-blind-set.js';
import { HUNDRED_FOURTH_BLIND_SET } from './hundred-fourth-blind-set.js';
import { HUNDRED_FIFTH_BLIND_SET } from './hundred-fifth-blind-set.js';
import { HUNDRED_SIXTH_BLIND_SET } from './hundred-sixth-blind-set.js';
import { HUNDRED_SEVENTH_BLIND_SET } from './hundred-seventh-blind-set.js';
import { HUNDRED_EIGHTH_BLIND_SET } from './hundred-eighth-blind-set.js';
import { HUNDRED_NINTH_BLIND_SET } from './hundred-ninth-blind-set.js';
import { HUNDRED_TENTH_BLIND_SET } from './hundred-tenth-blind-set.js';
import { HUNDRED_ELEVENTH_BLIND_SET } from './hundred-eleventh-blind-set.js';
import { HUNDRED_TWELFTH_BLIND_SET } from './hundred-twelfth-blind-set.js';
import { HUNDRED_THIRTEENTH_BLIND_SET } from './hundred-thirteenth-blind-set.js';
import { HUNDRED_FOURTEENTH_BLIND_SET } from './hundred-fourteenth-blind-set.js';
import { HUNDRED_FIFTEENTH_BLIND_SET } from './hundred-fifteenth-blind-set.js';
import { HUNDRED_SIXTEENTH_BLIND_SET } from './hundred-sixteenth-blind-set.js';
import { HUNDRED_SEVENTEENTH_BLIND_SET } from './hundred-seventeenth-blind-set.js';
import { HUNDRED_EIGHTEENTH_BLIND_SET } from './hundred-eighteenth-blind-set.js';
import { HUNDRED_NINETEENTH_BLIND_SET } from './hundred-nineteenth-blind-set.js';
import { HUNDRED_TWENTIETH_BLIND_SET } from './hundred-twentieth-blind-set.js';
import { HUNDRED_TWENTY_FIRST_BLIND_SET } from './hundred-twenty-first-blind-set.js';
import { HUNDRED_TWENTY_SECOND_BLIND_SET } from './hundred-twenty-second-blind-set.js';
import { HUNDRED_TWENTY_THIRD_BLIND_SET } from './hundred-twenty-third-blind-set.js';
import { HUNDRED_TWENTY_FOURTH_BLIND_SET } from './hundred-twenty-fourth-blind-set.js';
import { HUNDRED_TWENTY_FIFTH_BLIND_SET } from './hundred-twenty-fifth-blind-set.js';
import { HUNDRED_TWENTY_SIXTH_BLIND_SET } from './hundred-twenty-sixth-blind-set.js';
import { HUNDRED_TWENTY_SEVENTH_BLIND_SET } from './hundred-twenty-seventh-blind-set.js';
import { HUNDRED_TWENTY_EIGHTH_BLIND_SET } from './hundred-twenty-eighth-blind-set.js';
import { HUNDRED_TWENTY_NINTH_BLIND_SET } from './hundred-twenty-ninth-blind-set.js';
import { HUNDRED_THIRTIETH_BLIND_SET } from './hundred-thirtieth-blind-set.js';
import { HUNDRED_THIRTY_FIRST_BLIND_SET } from './hundred-thirty-first-blind-set.js';
import { HUNDRED_THIRTY_SECOND_BLIND_SET } from './hundred-thirty-second-blind-set.js';
import { HUNDRED_THIRTY_THIRD_BLIND_SET } from './hundred-thirty-third-blind-set.js';
import { HUNDRED_THIRTY_FOURTH_BLIND_SET } from './hundred-thirty-fourth-blind-set.js';
import { HUNDRED_THIRTY_FIFTH_BLIND_SET } from './hundred-thirty-fifth-blind-set.js';
import { HUNDRED_THIRTY_SIXTH_BLIND_SET } from './hundred-thirty-sixth-blind-set.js';
import { HUNDRED_THIRTY_SEVENTH_BLIND_SET } from './hundred-thirty-seventh-blind-set.js';
import { HUNDRED_THIRTY_EIGHTH_BLIND_SET } from './hundred-thirty-eighth-blind-set.js';
import { HUNDRED_THIRTY_NINTH_BLIND_SET } from './hundred-thirty-ninth-blind-set.js';
import { HUNDRED_FORTIETH_BLIND_SET } from './hundred-fortieth-blind-set.js';
import { HUNDRED_FORTY_FIRST_BLIND_SET } from './hundred-forty-first-blind-set.js';
import {
  ALL_CONVERSATIONS,
  INTENTS,
  SETS,
  type ConversationCase,
  type Expectation,
  type Intent,
} from './sets.js';

export type Score = { right: number; total: number };

export type TurnResult = {
  say: string;
  intent: Intent;
  ok: boolean;
  /** Groups of which no alternative was found. */
  missing: string[][];
  /** Forbidden strings that were found. */
  forbidden: string[];
  answer: string;
};

export type CaseResult = { id: string; tags: string[]; ok: boolean; turns: TurnResult[] };

export type ReplayReport = {
  cases: CaseResult[];
  /** Answers (turns) per intent. */
  byIntent: Record<Intent, Score>;
  /** Every answer. */
  turns: Score;
  /** Conversations whose every answer is right. */
  conversations: Score;
  elapsedMs: number;
};

export type ReplayOptions = {
  /** Conversations replayed at the same time (each one's turns stay in order). */
  concurrency?: number;
};

/** Lower case, no accents, one kind of apostrophe and dash, single spaces; starts with a space. */
export function normalize(text: string): string {
  return (
    ' ' +
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      .toLowerCase()
      .replace(/[’‘‛`´]/g, "'")
      .replace(/[‐‑‒–—]/g, '-')
      .replace(/[\s\u00a0\u202f]+/g, ' ')
  );
}

/** Checks one answer's visible text against one turn's expectation. */
export function check(answer: string, expect: Expectation): Pick<TurnResult, 'ok' | 'missing' | 'forbidden'> {
  const haystack = normalize(answer);
  // Alternatives keep their own leading space when they have one (« 4 mars » must not match « 14 mars »).
  const found = (needle: string) => haystack.includes(normalize(needle).slice(1));
  const missing = expect.mustContain.filter((group) => !group.some(found));
  const forbidden = (expect.mustNotContain ?? []).filter(found);
  return { ok: missing.length === 0 && forbidden.length === 0, missing, forbidden };
}

/** Starts the app on a free port with the fixture, replays every case, and stops it. */
export async function replayConversations(
  cases: readonly ConversationCase[],
  { concurrency = 4 }: ReplayOptions = {},
): Promise<ReplayReport> {
  const started = Date.now();
  const connector = new ConnectorStub();
  const serviceUrl = await connector.start();
  const dataDir = await mkdtemp(join(tmpdir(), 'cd82-conversations-'));
  const config = testConfig({
    DATA_DIR: dataDir,
    REFERENT_IDS: '29:referent-1',
    CAMPAIGN_ENTRY_DEADLINE: '2027-12-31',
    CAMPAIGN_COMPLETION_DEADLINE: '2028-04-30',
  });
  const app = await createApp({ config, logger: createLogger('silent'), clock: () => EVAL_NOW });
  try {
    await app.stores.agenda.replace('events', AGENDA_FIXTURE.events);
    await app.stores.agenda.replace('sessions', AGENDA_FIXTURE.sessions);
    await app.stores.agenda.replace('places', AGENDA_FIXTURE.places);
    const { port } = await app.listen();
    const endpoint = `http://127.0.0.1:${port}/api/messages`;

    const replayCase = async (testCase: ConversationCase): Promise<CaseResult> => {
      const conversation = personalConversation(`a:eval-${testCase.id}`);
      const turns: TurnResult[] = [];
      for (const [index, { say, expect }] of testCase.turns.entries()) {
        // A few seconds between turns, as a person types: never near the 30-minute expiry.
        const sentAt = new Date(EVAL_NOW.getTime() + index * 20_000);
        const activity: Partial<Activity> = teamsMessage(serviceUrl, conversation, say, {
          timestamp: sentAt,
          localTimestamp: sentAt,
          localTimezone: 'Europe/Paris',
        });
        const before = connector.posted.length;
        let answer: string;
        try {
          const response = await fetch(endpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(activity),
          });
          const body = await response.text();
          answer =
            response.status >= 300
              ? `[HTTP ${response.status}] ${body}`
              : connector
                  .repliesIn(conversation.id, before)
                  .filter((reply) => reply.type !== 'typing')
                  .map(visibleText)
                  .join('\n');
        } catch (error) {
          answer = `[erreur] ${error instanceof Error ? error.message : String(error)}`;
        }
        turns.push({ say, intent: expect.intent, answer, ...check(answer, expect) });
      }
      return { id: testCase.id, tags: testCase.tags, ok: turns.every((t) => t.ok), turns };
    };

    const results: CaseResult[] = new Array(cases.length);
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const index = next++;
        results[index] = await replayCase(cases[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, cases.length)) }, worker));

    const byIntent = Object.fromEntries(INTENTS.map((intent) => [intent, { right: 0, total: 0 }])) as Record<
      Intent,
      Score
    >;
    const turnScore: Score = { right: 0, total: 0 };
    for (const turn of results.flatMap((r) => r.turns)) {
      byIntent[turn.intent].total++;
      turnScore.total++;
      if (turn.ok) {
        byIntent[turn.intent].right++;
        turnScore.right++;
      }
    }
    return {
      cases: results,
      byIntent,
      turns: turnScore,
      conversations: { right: results.filter((r) => r.ok).length, total: results.length },
      elapsedMs: Date.now() - started,
    };
  } finally {
    await app.close();
    await connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// ── Report ──────────────────────────────────────────────────────────────────

const percent = ({ right, total }: Score) =>
  total === 0 ? '  –  ' : `${((100 * right) / total).toFixed(1)} %`;
const line = (label: string, score: Score, extra = '') =>
  `${label.padEnd(16)} ${String(score.right).padStart(4)} / ${String(score.total).padEnd(4)} ${percent(score).padStart(8)}${extra}`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat || '(aucune réponse)';
};

export function formatReport(report: ReplayReport): string {
  const out: string[] = [];
  const allTurns = report.cases.flatMap((c) => c.turns);
  const lengths = (turns: TurnResult[]) =>
    `   longueur médiane ${median(turns.map((t) => t.answer.length))} car.`;
  out.push('Réponses par intention (un tour = une réponse)');
  for (const intent of INTENTS)
    if (report.byIntent[intent].total > 0)
      out.push(line(intent, report.byIntent[intent], lengths(allTurns.filter((t) => t.intent === intent))));
  out.push(line('ensemble', report.turns, lengths(allTurns)));
  out.push(line('conversations', report.conversations));

  out.push('', 'Conversations par jeu');
  const byId = new Map(report.cases.map((c) => [c.id, c]));
  for (const [name, cases] of Object.entries(SETS)) {
    const replayed = cases.map((c) => byId.get(c.id)).filter((c): c is CaseResult => c !== undefined);
    if (replayed.length > 0)
      out.push(line(name, { right: replayed.filter((c) => c.ok).length, total: replayed.length }));
  }

  const misses = report.cases.filter((c) => !c.ok);
  out.push('', `Erreurs (${misses.length})`);
  for (const miss of misses) {
    out.push('', `✗ ${miss.id}  [${miss.tags.join(', ')}]`);
    miss.turns.forEach((turn, index) => {
      const mark = turn.ok ? '  ✓' : '  ✗';
      out.push(`${mark} tour ${index + 1} (${turn.intent}) « ${turn.say} »`);
      if (turn.ok) return;
      for (const group of turn.missing)
        out.push(`      manque : ${group.map((a) => `« ${a.trim()} »`).join(' | ')}`);
      if (turn.forbidden.length > 0)
        out.push(`      interdit trouvé : ${turn.forbidden.map((a) => `« ${a.trim()} »`).join(', ')}`);
      out.push(`      réponse : ${excerpt(turn.answer)}`);
    });
  }
  out.push(
    '',
    `${report.cases.length} conversations, ${report.turns.total} réponses, ${(report.elapsedMs / 1000).toFixed(1)} s`,
  );
  return out.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const only = option('--only')?.toLowerCase();
  const jsonFile = option('--json');
  const ids = new Set<string>();
  for (const c of [
    ...ALL_CONVERSATIONS,
    ...SECOND_BLIND_SET,
    ...THIRD_BLIND_SET,
    ...FOURTH_BLIND_SET,
    ...FIFTH_BLIND_SET,
    ...SIXTH_BLIND_SET,
    ...SEVENTH_BLIND_SET,
    ...EIGHTH_BLIND_SET,
    ...NINTH_BLIND_SET,
    ...TENTH_BLIND_SET,
    ...ELEVENTH_BLIND_SET,
    ...TWELFTH_BLIND_SET,
    ...THIRTEENTH_BLIND_SET,
    ...FOURTEENTH_BLIND_SET,
    ...FIFTEENTH_BLIND_SET,
    ...SIXTEENTH_BLIND_SET,
    ...SEVENTEENTH_BLIND_SET,
    ...EIGHTEENTH_BLIND_SET,
    ...NINETEENTH_BLIND_SET,
    ...TWENTIETH_BLIND_SET,
    ...TWENTY_FIRST_BLIND_SET,
    ...TWENTY_SECOND_BLIND_SET,
    ...TWENTY_THIRD_BLIND_SET,
    ...TWENTY_FOURTH_BLIND_SET,
    ...TWENTY_FIFTH_BLIND_SET,
    ...TWENTY_SIXTH_BLIND_SET,
    ...TWENTY_SEVENTH_BLIND_SET,
    ...TWENTY_EIGHTH_BLIND_SET,
    ...TWENTY_NINTH_BLIND_SET,
    ...THIRTIETH_BLIND_SET,
    ...THIRTY_FIRST_BLIND_SET,
    ...THIRTY_SECOND_BLIND_SET,
    ...THIRTY_THIRD_BLIND_SET,
    ...THIRTY_FOURTH_BLIND_SET,
    ...THIRTY_FIFTH_BLIND_SET,
    ...THIRTY_SIXTH_BLIND_SET,
    ...THIRTY_SEVENTH_BLIND_SET,
    ...THIRTY_EIGHTH_BLIND_SET,
    ...THIRTY_NINTH_BLIND_SET,
    ...FORTIETH_BLIND_SET,
    ...FORTY_FIRST_BLIND_SET,
    ...FORTY_SECOND_BLIND_SET,
    ...FORTY_THIRD_BLIND_SET,
    ...FORTY_FOURTH_BLIND_SET,
    ...FORTY_FIFTH_BLIND_SET,
    ...FORTY_SIXTH_BLIND_SET,
    ...FORTY_SEVENTH_BLIND_SET,
    ...FORTY_EIGHTH_BLIND_SET,
    ...FORTY_NINTH_BLIND_SET,
    ...FIFTIETH_BLIND_SET,
    ...FIFTY_FIRST_BLIND_SET,
    ...FIFTY_SECOND_BLIND_SET,
    ...FIFTY_THIRD_BLIND_SET,
    ...FIFTY_FOURTH_BLIND_SET,
    ...FIFTY_FIFTH_BLIND_SET,
    ...FIFTY_SIXTH_BLIND_SET,
    ...FIFTY_SEVENTH_BLIND_SET,
    ...FIFTY_EIGHTH_BLIND_SET,
    ...FIFTY_NINTH_BLIND_SET,
    ...SIXTIETH_BLIND_SET,
    ...SIXTY_FIRST_BLIND_SET,
    ...SIXTY_SECOND_BLIND_SET,
    ...SIXTY_THIRD_BLIND_SET,
    ...SIXTY_FOURTH_BLIND_SET,
    ...SIXTY_FIFTH_BLIND_SET,
    ...SIXTY_SIXTH_BLIND_SET,
    ...SIXTY_SEVENTH_BLIND_SET,
    ...SIXTY_EIGHTH_BLIND_SET,
    ...SIXTY_NINTH_BLIND_SET,
    ...SEVENTIETH_BLIND_SET,
    ...SEVENTY_FIRST_BLIND_SET,
    ...SEVENTY_SECOND_BLIND_SET,
    ...SEVENTY_THIRD_BLIND_SET,
    ...SEVENTY_FOURTH_BLIND_SET,
    ...SEVENTY_FIFTH_BLIND_SET,
    ...SEVENTY_SIXTH_BLIND_SET,
    ...SEVENTY_SEVENTH_BLIND_SET,
    ...SEVENTY_EIGHTH_BLIND_SET,
    ...SEVENTY_NINTH_BLIND_SET,
    ...EIGHTIETH_BLIND_SET,
    ...EIGHTY_FIRST_BLIND_SET,
    ...EIGHTY_SECOND_BLIND_SET,
    ...EIGHTY_THIRD_BLIND_SET,
    ...EIGHTY_FOURTH_BLIND_SET,
    ...EIGHTY_FIFTH_BLIND_SET,
    ...EIGHTY_SIXTH_BLIND_SET,
    ...EIGHTY_SEVENTH_BLIND_SET,
    ...EIGHTY_EIGHTH_BLIND_SET,
    ...EIGHTY_NINTH_BLIND_SET,
    ...NINETIETH_BLIND_SET,
    ...NINETY_FIRST_BLIND_SET,
    ...NINETY_SECOND_BLIND_SET,
    ...NINETY_THIRD_BLIND_SET,
    ...NINETY_FOURTH_BLIND_SET,
    ...NINETY_FIFTH_BLIND_SET,
    ...NINETY_SIXTH_BLIND_SET,
    ...NINETY_SEVENTH_BLIND_SET,
    ...NINETY_EIGHTH_BLIND_SET,
    ...NINETY_NINTH_BLIND_SET,
    ...HUNDREDTH_BLIND_SET,
    ...HUNDRED_FIRST_BLIND_SET,
    ...HUNDRED_SECOND_BLIND_SET,
    ...HUNDRED_THIRD_BLIND_SET,
    ...HUNDRED_FOURTH_BLIND_SET,
    ...HUNDRED_FIFTH_BLIND_SET,
    ...HUNDRED_SIXTH_BLIND_SET,
    ...HUNDRED_SEVENTH_BLIND_SET,
    ...HUNDRED_EIGHTH_BLIND_SET,
    ...HUNDRED_NINTH_BLIND_SET,
    ...HUNDRED_TENTH_BLIND_SET,
    ...HUNDRED_ELEVENTH_BLIND_SET,
    ...HUNDRED_TWELFTH_BLIND_SET,
    ...HUNDRED_THIRTEENTH_BLIND_SET,
    ...HUNDRED_FOURTEENTH_BLIND_SET,
    ...HUNDRED_FIFTEENTH_BLIND_SET,
    ...HUNDRED_SIXTEENTH_BLIND_SET,
    ...HUNDRED_SEVENTEENTH_BLIND_SET,
    ...HUNDRED_EIGHTEENTH_BLIND_SET,
    ...HUNDRED_NINETEENTH_BLIND_SET,
    ...HUNDRED_TWENTIETH_BLIND_SET,
    ...HUNDRED_TWENTY_FIRST_BLIND_SET,
  ]) {
    if (ids.has(c.id)) throw new Error(`Identifiant en double : ${c.id}`);
    ids.add(c.id);
  }
  // « --set second » to « --set hundred-forty-first »: the later blind sets, kept apart so that each keeps its own score.
  const sets: Record<string, ConversationCase[]> = {
    second: SECOND_BLIND_SET,
    third: THIRD_BLIND_SET,
    fourth: FOURTH_BLIND_SET,
    fifth: FIFTH_BLIND_SET,
    sixth: SIXTH_BLIND_SET,
    seventh: SEVENTH_BLIND_SET,
    eighth: EIGHTH_BLIND_SET,
    ninth: NINTH_BLIND_SET,
    tenth: TENTH_BLIND_SET,
    eleventh: ELEVENTH_BLIND_SET,
    twelfth: TWELFTH_BLIND_SET,
    thirteenth: THIRTEENTH_BLIND_SET,
    fourteenth: FOURTEENTH_BLIND_SET,
    fifteenth: FIFTEENTH_BLIND_SET,
    sixteenth: SIXTEENTH_BLIND_SET,
    seventeenth: SEVENTEENTH_BLIND_SET,
    eighteenth: EIGHTEENTH_BLIND_SET,
    nineteenth: NINETEENTH_BLIND_SET,
    twentieth: TWENTIETH_BLIND_SET,
    'twenty-first': TWENTY_FIRST_BLIND_SET,
    'twenty-second': TWENTY_SECOND_BLIND_SET,
    'twenty-third': TWENTY_THIRD_BLIND_SET,
    'twenty-fourth': TWENTY_FOURTH_BLIND_SET,
    'twenty-fifth': TWENTY_FIFTH_BLIND_SET,
    'twenty-sixth': TWENTY_SIXTH_BLIND_SET,
    'twenty-seventh': TWENTY_SEVENTH_BLIND_SET,
    'twenty-eighth': TWENTY_EIGHTH_BLIND_SET,
    'twenty-ninth': TWENTY_NINTH_BLIND_SET,
    thirtieth: THIRTIETH_BLIND_SET,
    'thirty-first': THIRTY_FIRST_BLIND_SET,
    'thirty-second': THIRTY_SECOND_BLIND_SET,
    'thirty-third': THIRTY_THIRD_BLIND_SET,
    'thirty-fourth': THIRTY_FOURTH_BLIND_SET,
    'thirty-fifth': THIRTY_FIFTH_BLIND_SET,
    'thirty-sixth': THIRTY_SIXTH_BLIND_SET,
    'thirty-seventh': THIRTY_SEVENTH_BLIND_SET,
    'thirty-eighth': THIRTY_EIGHTH_BLIND_SET,
    'thirty-ninth': THIRTY_NINTH_BLIND_SET,
    fortieth: FORTIETH_BLIND_SET,
    'forty-first': FORTY_FIRST_BLIND_SET,
    'forty-second': FORTY_SECOND_BLIND_SET,
    'forty-third': FORTY_THIRD_BLIND_SET,
    'forty-fourth': FORTY_FOURTH_BLIND_SET,
    'forty-fifth': FORTY_FIFTH_BLIND_SET,
    'forty-sixth': FORTY_SIXTH_BLIND_SET,
    'forty-seventh': FORTY_SEVENTH_BLIND_SET,
    'forty-eighth': FORTY_EIGHTH_BLIND_SET,
    'forty-ninth': FORTY_NINTH_BLIND_SET,
    fiftieth: FIFTIETH_BLIND_SET,
    'fifty-first': FIFTY_FIRST_BLIND_SET,
    'fifty-second': FIFTY_SECOND_BLIND_SET,
    'fifty-third': FIFTY_THIRD_BLIND_SET,
    'fifty-fourth': FIFTY_FOURTH_BLIND_SET,
    'fifty-fifth': FIFTY_FIFTH_BLIND_SET,
    'fifty-sixth': FIFTY_SIXTH_BLIND_SET,
    'fifty-seventh': FIFTY_SEVENTH_BLIND_SET,
    'fifty-eighth': FIFTY_EIGHTH_BLIND_SET,
    'fifty-ninth': FIFTY_NINTH_BLIND_SET,
    sixtieth: SIXTIETH_BLIND_SET,
    'sixty-first': SIXTY_FIRST_BLIND_SET,
    'sixty-second': SIXTY_SECOND_BLIND_SET,
    'sixty-third': SIXTY_THIRD_BLIND_SET,
    'sixty-fourth': SIXTY_FOURTH_BLIND_SET,
    'sixty-fifth': SIXTY_FIFTH_BLIND_SET,
    'sixty-sixth': SIXTY_SIXTH_BLIND_SET,
    'sixty-seventh': SIXTY_SEVENTH_BLIND_SET,
    'sixty-eighth': SIXTY_EIGHTH_BLIND_SET,
    'sixty-ninth': SIXTY_NINTH_BLIND_SET,
    seventieth: SEVENTIETH_BLIND_SET,
    'seventy-first': SEVENTY_FIRST_BLIND_SET,
    'seventy-second': SEVENTY_SECOND_BLIND_SET,
    'seventy-third': SEVENTY_THIRD_BLIND_SET,
    'seventy-fourth': SEVENTY_FOURTH_BLIND_SET,
    'seventy-fifth': SEVENTY_FIFTH_BLIND_SET,
    'seventy-sixth': SEVENTY_SIXTH_BLIND_SET,
    'seventy-seventh': SEVENTY_SEVENTH_BLIND_SET,
    'seventy-eighth': SEVENTY_EIGHTH_BLIND_SET,
    'seventy-ninth': SEVENTY_NINTH_BLIND_SET,
    eightieth: EIGHTIETH_BLIND_SET,
    'eighty-first': EIGHTY_FIRST_BLIND_SET,
    'eighty-second': EIGHTY_SECOND_BLIND_SET,
    'eighty-third': EIGHTY_THIRD_BLIND_SET,
    'eighty-fourth': EIGHTY_FOURTH_BLIND_SET,
    'eighty-fifth': EIGHTY_FIFTH_BLIND_SET,
    'eighty-sixth': EIGHTY_SIXTH_BLIND_SET,
    'eighty-seventh': EIGHTY_SEVENTH_BLIND_SET,
    'eighty-eighth': EIGHTY_EIGHTH_BLIND_SET,
    'eighty-ninth': EIGHTY_NINTH_BLIND_SET,
    ninetieth: NINETIETH_BLIND_SET,
    'ninety-first': NINETY_FIRST_BLIND_SET,
    'ninety-second': NINETY_SECOND_BLIND_SET,
    'ninety-third': NINETY_THIRD_BLIND_SET,
    'ninety-fourth': NINETY_FOURTH_BLIND_SET,
    'ninety-fifth': NINETY_FIFTH_BLIND_SET,
    'ninety-sixth': NINETY_SIXTH_BLIND_SET,
    'ninety-seventh': NINETY_SEVENTH_BLIND_SET,
    'ninety-eighth': NINETY_EIGHTH_BLIND_SET,
    'ninety-ninth': NINETY_NINTH_BLIND_SET,
    hundredth: HUNDREDTH_BLIND_SET,
    'hundred-first': HUNDRED_FIRST_BLIND_SET,
    'hundred-second': HUNDRED_SECOND_BLIND_SET,
    'hundred-third': HUNDRED_THIRD_BLIND_SET,
    'hundred-fourth': HUNDRED_FOURTH_BLIND_SET,
    'hundred-fifth': HUNDRED_FIFTH_BLIND_SET,
    'hundred-sixth': HUNDRED_SIXTH_BLIND_SET,
    'hundred-seventh': HUNDRED_SEVENTH_BLIND_SET,
    'hundred-eighth': HUNDRED_EIGHTH_BLIND_SET,
    'hundred-ninth': HUNDRED_NINTH_BLIND_SET,
    'hundred-tenth': HUNDRED_TENTH_BLIND_SET,
    'hundred-eleventh': HUNDRED_ELEVENTH_BLIND_SET,
    'hundred-twelfth': HUNDRED_TWELFTH_BLIND_SET,
    'hundred-thirteenth': HUNDRED_THIRTEENTH_BLIND_SET,
    'hundred-fourteenth': HUNDRED_FOURTEENTH_BLIND_SET,
    'hundred-fifteenth': HUNDRED_FIFTEENTH_BLIND_SET,
    'hundred-sixteenth': HUNDRED_SIXTEENTH_BLIND_SET,
    'hundred-seventeenth': HUNDRED_SEVENTEENTH_BLIND_SET,
    'hundred-eighteenth': HUNDRED_EIGHTEENTH_BLIND_SET,
    'hundred-nineteenth': HUNDRED_NINETEENTH_BLIND_SET,
    'hundred-twentieth': HUNDRED_TWENTIETH_BLIND_SET,
    'hundred-twenty-first': HUNDRED_TWENTY_FIRST_BLIND_SET,
    'hundred-twenty-second': HUNDRED_TWENTY_SECOND_BLIND_SET,
    'hundred-twenty-third': HUNDRED_TWENTY_THIRD_BLIND_SET,
    'hundred-twenty-fourth': HUNDRED_TWENTY_FOURTH_BLIND_SET,
    'hundred-twenty-fifth': HUNDRED_TWENTY_FIFTH_BLIND_SET,
    'hundred-twenty-sixth': HUNDRED_TWENTY_SIXTH_BLIND_SET,
    'hundred-twenty-seventh': HUNDRED_TWENTY_SEVENTH_BLIND_SET,
    'hundred-twenty-eighth': HUNDRED_TWENTY_EIGHTH_BLIND_SET,
    'hundred-twenty-ninth': HUNDRED_TWENTY_NINTH_BLIND_SET,
    'hundred-thirtieth': HUNDRED_THIRTIETH_BLIND_SET,
    'hundred-thirty-first': HUNDRED_THIRTY_FIRST_BLIND_SET,
    'hundred-thirty-second': HUNDRED_THIRTY_SECOND_BLIND_SET,
    'hundred-thirty-third': HUNDRED_THIRTY_THIRD_BLIND_SET,
    'hundred-thirty-fourth': HUNDRED_THIRTY_FOURTH_BLIND_SET,
    'hundred-thirty-fifth': HUNDRED_THIRTY_FIFTH_BLIND_SET,
    'hundred-thirty-sixth': HUNDRED_THIRTY_SIXTH_BLIND_SET,
    'hundred-thirty-seventh': HUNDRED_THIRTY_SEVENTH_BLIND_SET,
    'hundred-thirty-eighth': HUNDRED_THIRTY_EIGHTH_BLIND_SET,
    'hundred-thirty-ninth': HUNDRED_THIRTY_NINTH_BLIND_SET,
    'hundred-fortieth': HUNDRED_FORTIETH_BLIND_SET,
    'hundred-forty-first': HUNDRED_FORTY_FIRST_BLIND_SET,
  };
  const set = sets[option('--set') ?? ''] ?? ALL_CONVERSATIONS;
  const cases = only
    ? set.filter((c) => c.id.includes(only) || c.tags.some((tag) => tag.includes(only)))
    : set;
  const report = await replayConversations(cases);
  process.stdout.write(`${formatReport(report)}\n`);
  if (jsonFile) await writeFile(jsonFile, JSON.stringify(report, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    // The app's timers (outbox, daily jobs) are stopped by close(); exit anyway once printed.
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
