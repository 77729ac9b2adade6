import { foldAccents } from './normalize.js';

/**
 * « art 2.1.4 ? », « le § 5 du protocole il dit quoi ? », « point 2.1.3 du plan d'action »:
 * a part of the agreement asked by its number, as its passages are labelled (`Passage.source`).
 */
const NUMBERED = /(?:\b(?:art(?:icle)?s?|paragraphe|point|section)\.?\s*|§\s*)(\d{1,2}(?:\.\d){0,2})\b/;

export function articleAsked(message: string): string | undefined {
  const text = foldAccents(message.toLowerCase());
  const found = NUMBERED.exec(text);
  if (!found) return undefined;
  const number = found[1]!;
  if (/\bplan d.?action\b/.test(text)) return `Plan d’action, ${number}`;
  // The protocol (the annex) numbers its parts with « § »; the agreement, with articles.
  if (/\b(protocole|annexe)\b/.test(text) || (found[0].startsWith('§') && !/\baccord\b/.test(text)))
    return `Protocole, § ${number}`;
  return `Accord, art. ${number}`;
}
