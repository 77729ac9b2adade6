import { aspectFacts } from '../catalogue/aspect-facts.js';
import type { Aspect, Dispositif } from '../catalogue/schema.js';
import { normalizeText } from './normalize.js';

/** « on est associés ? », « il est dans la boucle ? », « ils sont prévenus ? »: whether someone takes part, asked. */
const TAKES_PART =
  /\b(associee?s?|impliquee?s?|informee?s?|prevenue?s?|destinataires?|participe\w*|invitee?s?|conviee?s?|partie prenante|dans la boucle|en copie|un role|quel role)\b/;

/** Parties a référent may ask about, and the other words the agreement would name them by. */
const PARTIES: ReadonlyArray<{ asked: RegExp; alsoNamed?: RegExp; label: string }> = [
  { asked: /\b(ase|aide sociale a l enfance)\b/, label: 'l’ASE' },
  { asked: /\bcaf\b/, alsoNamed: /\bcaisse d allocations familiales\b/, label: 'la CAF' },
  { asked: /\b(parents?|familles?)\b/, label: 'les parents' },
  { asked: /\b(educ|educateurs?|educatrices?)\b/, alsoNamed: /\beducat\w*\b/, label: 'les éducateurs' },
  { asked: /\bjuges?\b/, label: 'le juge' },
];

/** « l'ASE est dans la boucle ? »: a party's part asked, not a person described (« un jeune de l'ASE »). */
export function asksAPartysPart(question: string): boolean {
  const text = normalizeText(question);
  return TAKES_PART.test(text) && PARTIES.some(({ asked }) => asked.test(text));
}

/**
 * « nous l'ASE, on est associés au suivi après la promo ? »: a party asked about whom what the answer
 * shows does not name (the facts of the aspects asked, or, with none, the passages quoted). The answer
 * then says the agreement gives them no part there, rather than let the Missions locales' part read as theirs.
 */
export function partyNotNamed(
  question: string,
  d: Dispositif,
  aspects: readonly Aspect[],
  passages: ReadonlyArray<{ text: string }>,
): string | undefined {
  if (!asksAPartysPart(question)) return undefined;
  const text = normalizeText(question);
  const party = PARTIES.find(({ asked }) => asked.test(text));
  if (!party) return undefined;
  // The facts of the aspects asked say who takes part; with none asked, the passages quoted do.
  const asked = aspects.filter((aspect) => aspect !== 'overview');
  const shown = (
    asked.length > 0 ? asked.flatMap((aspect) => aspectFacts(d, aspect).lines) : passages.map((p) => p.text)
  ).map(normalizeText);
  const named = (words: string) => party.asked.test(words) || (party.alsoNamed?.test(words) ?? false);
  return shown.some(named) ? undefined : party.label;
}
