import { DialogTurnStatus, type DialogTurnResult } from 'botbuilder-dialogs';
import { normalizeText } from '../data/qa/normalize.js';
import { recognizePrescribeRequest } from './commands.js';

/**
 * A dialog waiting for an answer may get something else: a new question, a command,
 * a person described. It then ends and hands the message back (`passOn`), and the bot
 * routes it like any new message, instead of asking the same question again.
 */
export type PassedOn = {
  passOn?: string;
  /** What the dialog had when the message came, kept by the bot in memory to take it up again (« reprendre »). */
  paused?: unknown;
};

/** A reply longer than this is a new message rather than an answer to the prompt. */
const MAX_ANSWER_WORDS = 4;

/** A long reply, or a short request to prescribe (« ok go presc »), which is never an answer. */
export function looksLikeNewMessage(text: string): boolean {
  return (
    normalizeText(text).split(' ').filter(Boolean).length > MAX_ANSWER_WORDS ||
    recognizePrescribeRequest(text) !== undefined
  );
}

/** The message a dialog handed back on this turn, if it did. */
export function passedOnText(result: DialogTurnResult): string | undefined {
  if (result.status !== DialogTurnStatus.complete) return undefined;
  return (result.result as PassedOn | undefined)?.passOn;
}
