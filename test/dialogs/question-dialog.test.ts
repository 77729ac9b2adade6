import type { Activity } from 'botbuilder';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient, DialogTestLogger } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import type { DispositifId } from '../../data/catalogue/schema.js';
import { QuestionAnswering } from '../../data/qa/question-answering.js';
import { NOT_SURE_TEXT } from '../../dialogs/answer-activity.js';
import { CANCELLED_TEXT } from '../../dialogs/cancel-and-help-dialog.js';
import { QuestionDialog, type QuestionOptions, type QuestionResult } from '../../dialogs/question-dialog.js';
import { headline, visibleText } from '../support/bot-harness.js';

const catalogue = loadCatalogue();
const qa = new QuestionAnswering(catalogue.all);
const nameOf = (id: DispositifId) => catalogue.get(id).name;

const CLARIFY_PROMPT = 'Je vois plusieurs dispositifs possibles. Duquel parlez-vous ?';
const AMBIGUOUS = 'combien de temps dure compétences ?';

/** What a reply must show; every field given is checked. */
type Expected = {
  /** The first TextBlock of the card (the dispositif name on an answer), or the message text. */
  headline?: string | RegExp;
  /** The heading of the first section of an answer card: the aspect asked. */
  firstSection?: string;
  /** Somewhere in what the person sees. */
  shows?: string | RegExp;
  /** Not anywhere in what the person sees. */
  hides?: string | RegExp;
  /** The buttons of a choice prompt, in order. */
  choices?: string[];
};
type Step = [userSays: string, botShows: Expected];
type Transcript = {
  name: string;
  steps: Step[];
  status: DialogTurnStatus;
  result?: QuestionResult;
};

/** A client whose dialog starts from the first thing the person says, as the bot starts it. */
function clientFor(question: string, transcript?: string[]) {
  const dialog = new QuestionDialog(catalogue, qa);
  const middlewares = transcript
    ? [new DialogTestLogger({ log: (line: string) => transcript.push(line) } as never)]
    : [];
  return new DialogTestClient('msteams', dialog, { question } satisfies QuestionOptions, middlewares);
}

type Json = Record<string, unknown>;
const cardOf = (reply: Partial<Activity>) => reply.attachments?.[0]?.content as Json | undefined;

/** Headings of the sections of an answer card (the TextBlock that opens each Container of the body). */
function sectionHeadings(reply: Partial<Activity>): string[] {
  const body = (cardOf(reply)?.['body'] ?? []) as Json[];
  return body
    .filter((e) => e['type'] === 'Container')
    .map((c) => (c['items'] as Json[])[0]!['text'] as string);
}

function choiceButtons(reply: Partial<Activity>): string[] {
  const buttons = (cardOf(reply)?.['buttons'] ?? []) as Json[];
  return buttons.map((b) => b['title'] as string);
}

function expectReply(reply: Partial<Activity> | undefined, expected: Expected, said: string): void {
  expect(reply, `no reply to « ${said} »`).toBeDefined();
  const r = reply!;
  const context = `reply to « ${said} »:\n${visibleText(r)}`;
  if (expected.headline instanceof RegExp) expect(headline(r), context).toMatch(expected.headline);
  else if (expected.headline !== undefined) expect(headline(r), context).toBe(expected.headline);
  if (expected.firstSection !== undefined) expect(sectionHeadings(r)[0], context).toBe(expected.firstSection);
  if (expected.shows !== undefined) {
    if (expected.shows instanceof RegExp) expect(visibleText(r), context).toMatch(expected.shows);
    else expect(visibleText(r), context).toContain(expected.shows);
  }
  if (expected.hides !== undefined) {
    if (expected.hides instanceof RegExp) expect(visibleText(r), context).not.toMatch(expected.hides);
    else expect(visibleText(r), context).not.toContain(expected.hides);
  }
  if (expected.choices !== undefined) expect(choiceButtons(r), context).toEqual(expected.choices);
}

const CLARIFICATION: Step = [
  AMBIGUOUS,
  { shows: CLARIFY_PROMPT, choices: ['Prépa Compétences', 'Compétences PEC', 'Open Badges'] },
];

const TRANSCRIPTS: Transcript[] = [
  {
    name: 'a clear question gets an answer card headed by the dispositif',
    steps: [
      [
        'c’est quoi Prépa Compétences ?',
        { headline: 'Prépa Compétences', firstSection: 'En bref', shows: 'Pour qui' },
      ],
    ],
    status: DialogTurnStatus.complete,
    result: { answered: 'prepa-competences' },
  },
  {
    name: 'a question on a duration puts « Durée » first',
    steps: [
      [
        'combien de temps dure la promo 16/18',
        { headline: 'La Promo 16/18', firstSection: 'Durée', shows: '13 semaines' },
      ],
    ],
    status: DialogTurnStatus.complete,
    result: { answered: 'promo-16-18' },
  },
  {
    name: 'a question on prescription puts « Comment prescrire » first',
    steps: [['qui peut prescrire la VAE ?', { headline: nameOf('vae'), firstSection: 'Comment prescrire' }]],
    status: DialogTurnStatus.complete,
    result: { answered: 'vae' },
  },
  {
    name: 'a question on an undocumented target says the agreement is silent',
    steps: [
      [
        'objectif chiffré de la VAE',
        {
          headline: nameOf('vae'),
          firstSection: 'Objectif chiffré',
          shows: 'L’accord ne fixe pas',
          hides: /Objectif 20\d\d/,
        },
      ],
    ],
    status: DialogTurnStatus.complete,
    result: { answered: 'vae' },
  },
  {
    name: 'two dispositifs named against each other get a comparison',
    steps: [
      [
        'différence entre VAE et RSFP ?',
        { headline: 'VAE et RSFP : les différences', shows: nameOf('rsfp') },
      ],
    ],
    status: DialogTurnStatus.complete,
    result: { answered: 'vae' },
  },
  {
    name: 'an off-topic question gets the « pas sûr » menu, not a guess',
    steps: [
      [
        'quel temps fait-il à Montauban ?',
        { headline: NOT_SURE_TEXT, shows: 'Vérifier l’éligibilité', hides: 'En bref' },
      ],
    ],
    status: DialogTurnStatus.complete,
    result: { answered: null },
  },
  {
    name: 'a question that fits several dispositifs asks which one, and waits',
    steps: [CLARIFICATION],
    status: DialogTurnStatus.waiting,
  },
  {
    name: 'the choice answers the question first asked, for the dispositif chosen',
    steps: [
      CLARIFICATION,
      ['Compétences PEC', { headline: 'Compétences PEC', firstSection: 'Durée', shows: '5 jours' }],
    ],
    status: DialogTurnStatus.complete,
    result: { answered: 'competences-pec' },
  },
  {
    name: 'the choice can be given by its number',
    steps: [CLARIFICATION, ['1', { headline: 'Prépa Compétences', firstSection: 'Durée' }]],
    status: DialogTurnStatus.complete,
    result: { answered: 'prepa-competences' },
  },
];

describe('QuestionDialog — transcripts', () => {
  it.each(TRANSCRIPTS)('$name', async ({ steps, status, result }) => {
    const client = clientFor(steps[0]![0]);
    for (const [userSays, botShows] of steps) {
      const reply = (await client.sendActivity(userSays)) as Partial<Activity> | undefined;
      expectReply(reply, botShows, userSays);
    }
    expect(client.getNextReply(), 'one reply per turn').toBeUndefined();
    expect(client.dialogTurnResult.status).toBe(status);
    if (result) expect(client.dialogTurnResult.result).toEqual(result);
  });
});

describe('QuestionDialog — a message that does not answer the clarification', () => {
  // The dialog hands such a message back (passOn) and says nothing: the bot routes it like any
  // new message, so a question, a command or a person described each get their own answer.
  it.each([
    'c’est quoi la VAE',
    'qui peut prescrire Compétences PEC ?',
    'compétences',
    'dispositifs',
    'éligibilité',
    'aucun des deux',
  ])('« %s » is passed on, not taken as a choice', async (message) => {
    const client = clientFor(AMBIGUOUS);
    await client.sendActivity(AMBIGUOUS);
    const reply = await client.sendActivity(message);
    expect(reply).toBeUndefined();
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
    expect(client.dialogTurnResult.result).toMatchObject({ passOn: message });
  });
});

describe('QuestionDialog — interruptions during the clarification', () => {
  it('stops on « annuler » with the French cancel text, and answers nothing', async () => {
    const client = clientFor(AMBIGUOUS);
    await client.sendActivity(AMBIGUOUS);
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
    const reply = (await client.sendActivity('annuler')) as Partial<Activity>;
    expect(reply.text).toBe(CANCELLED_TEXT);
    expect(reply.attachments ?? []).toEqual([]);
    expect(client.getNextReply()).toBeUndefined();
    // The inner dialogs are cancelled; the component then ends without a result.
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
    expect(client.dialogTurnResult.result).toBeUndefined();
    expect(client.dialogContext.activeDialog).toBeUndefined();
  });

  it('shows the welcome card on « aide » and drops the question', async () => {
    const client = clientFor(AMBIGUOUS);
    await client.sendActivity(AMBIGUOUS);
    const reply = (await client.sendActivity('aide')) as Partial<Activity>;
    expect(headline(reply)).toMatch(/^Bonjour/);
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
    expect(client.dialogTurnResult.result).toBeUndefined();
  });

  it('logs the transcript through DialogTestLogger: the prompt expects input, the answer does not', async () => {
    const lines: string[] = [];
    const client = clientFor(AMBIGUOUS, lines);
    await client.sendActivity(AMBIGUOUS);
    await client.sendActivity('Compétences PEC');
    const log = lines.join('\n');
    expect(log).toContain(`User: Text = ${AMBIGUOUS}`);
    expect(log).toContain('User: Text = Compétences PEC');
    // The clarification tells Teams it expects an answer; the answer card does not.
    const hints = lines.filter((l) => l.includes('InputHint')).map((l) => l.split('=')[1]!.trim());
    expect(hints).toEqual(['expectingInput', 'acceptingInput']);
  });
});
