import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { PassageSearch } from '../../data/qa/passages.js';
import { QuestionAnswering } from '../../data/qa/question-answering.js';
import { contextAfter, readMessage } from '../../data/qa/understanding.js';

/**
 * What the message reader needs, built once per test file: the catalogue of the agreement,
 * its question answering and its full-text search over the agreement's paragraphs.
 */
export const catalogue = loadCatalogue();
export const deps = {
  qa: new QuestionAnswering(catalogue.all),
  passages: PassageSearch.ofAgreement(),
  catalogue,
};

/** Each message read at `now` in the thread the ones before it leave; the last one's reading. */
export function readThread(now: Date, ...messages: string[]): ReturnType<typeof readMessage> {
  let context: Parameters<typeof readMessage>[2];
  let reading: ReturnType<typeof readMessage> | undefined;
  for (const message of messages) {
    reading = readMessage(message, now, context, deps);
    context = contextAfter(reading, now, message, context) ?? context;
  }
  return reading!;
}
