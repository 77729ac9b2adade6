import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

/**
 * The UMD build of `adaptivecards` loads in Node without a DOM (the package's main
 * entry point does not: it touches `document` at import time). Parsing and
 * validating a card need no rendering.
 */
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** What Teams renders on desktop and mobile, and what every card of the bot declares. */
export const CARD_VERSION = '1.5';
const SCHEMA_URL = /^https?:\/\/adaptivecards\.io\/schemas\/adaptive-card\.json$/;

/**
 * Every problem found in an Adaptive Card, as readable lines; empty when the card is valid.
 *
 * What the library itself reports (checked by reading its `src/` and by the tests):
 * - while parsing, against schema 1.5 (`SerializationContext` targeted at 1.5): unknown
 *   element types (also an element without `type`, or a `Column` outside a ColumnSet),
 *   unknown action types, actions not allowed where they are (an Action.ShowCard as a
 *   `selectAction`), invalid values of enumerated properties (`size`, `weight`, `color`,
 *   `spacing`, `style`, column `width`…), an invalid `version` string, properties newer
 *   than 1.5 (`role` of an action, 1.6), an Action.ShowCard without its `card`;
 * - in `validateProperties()`: `type` other than "AdaptiveCard", a version above the
 *   library's latest (1.6), duplicate ids, inputs without `id`, an empty Input.ChoiceSet
 *   or choices without title/value, Action.OpenUrl without `url`, required inputs without
 *   label or error message, more actions than the host allows (5 with the default host config).
 *
 * What it does not report, and this function adds: a `version` other than 1.5 (a missing
 * version is silently taken as 1.0 by the library), a `$schema` that is not the Adaptive
 * Card schema, and a TextBlock without `text` (required by the Adaptive Cards schema, ignored
 * by the library). It does not report an Action.Submit without title or an Image without url.
 */
export function validateAdaptiveCard(card: object): string[] {
  const json = card as Record<string, unknown>;
  const errors: string[] = [];

  if (json['type'] !== 'AdaptiveCard')
    errors.push(`type: "${String(json['type'])}" au lieu de "AdaptiveCard"`);
  if (json['version'] !== CARD_VERSION)
    errors.push(`version: "${String(json['version'])}" au lieu de "${CARD_VERSION}"`);
  if (typeof json['$schema'] !== 'string' || !SCHEMA_URL.test(json['$schema'])) {
    errors.push(`$schema: "${String(json['$schema'])}" n'est pas le schéma des Adaptive Cards`);
  }

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    errors.push(`parse ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    errors.push(`validation ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }

  const blocks = [
    ...textBlocksWithoutText(json['body'], 'body'),
    ...textBlocksWithoutText(json['actions'], 'actions'),
  ];
  for (const path of blocks) errors.push(`${path}: TextBlock sans "text"`);
  return errors;
}

/**
 * TextBlocks anywhere (containers, columns, show-cards) whose `text` is missing or not a
 * string. The `data` of an action is the bot's own payload, not card content: not walked.
 */
function textBlocksWithoutText(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => textBlocksWithoutText(child, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const here = record['type'] === 'TextBlock' && typeof record['text'] !== 'string' ? [path] : [];
  return [
    ...here,
    ...Object.entries(record)
      .filter(([key, value]) => key !== 'data' && value !== null && typeof value === 'object')
      .flatMap(([key, value]) => textBlocksWithoutText(value, `${path}.${key}`)),
  ];
}
