import { MessageFactory, type Activity } from 'botbuilder';
import { answerCard, comparisonCard } from '../cards/dispositif-cards.js';
import { menuCard } from '../cards/welcome-card.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import type { Passage } from '../data/qa/passages.js';
import type { QaResult } from '../data/qa/question-answering.js';

export const NOT_SURE_TEXT =
  'Je ne suis pas sûr d’avoir compris : choisissez un dispositif ci-dessous ou reformulez votre question en le nommant.';

/** The message that answers a question the bot understood, or says it did not. */
export function answerActivity(
  catalogue: Catalogue,
  result: Exclude<QaResult, { kind: 'clarify' }>,
  /** The agreement's own words on what the aspects do not cover. */
  passages: readonly Passage[] = [],
): Partial<Activity> {
  if (result.kind === 'unsure') return MessageFactory.attachment(menuCard(NOT_SURE_TEXT));
  const card = result.comparedWith
    ? comparisonCard(catalogue, result.dispositif, result.comparedWith, result.aspects)
    : answerCard(catalogue, result.dispositif, result.aspects ?? [result.aspect], passages, {
        step: result.step,
        unnamedParty: result.unnamedParty,
        personFits: result.personFits,
        figureOf: result.figureOf,
      });
  return MessageFactory.attachment(card);
}
