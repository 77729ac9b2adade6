import { aspectFacts } from '../catalogue/aspect-facts.js';
import type { Aspect, Dispositif } from '../catalogue/schema.js';
import { normalizeText } from './normalize.js';

/** « on est associés ? », « il est dans la boucle ? », « ils sont prévenus ? »: whether someone takes part, asked. */
const TAKES_PART =
  /\b(associee?s?|impliquee?s?|informee?s?|prevenue?s?|destinataires?|participe\w*|invitee?s?|conviee?s?|partie prenante|dans la boucle|en copie|un role|quel role)\b/;

/** Parties a référent may ask about, with the words the agreement would use for them when it names them. */
const PARTIES: ReadonlyArray<{ asked: RegExp; named: RegExp; label: string }> = [
  {
    asked: /\b(ase|aide sociale a l enfance)\b/,
    named: /\b(ase|aide sociale a l enfance)\b/,
    label: 'l’ASE',
  },
  { asked: /\bcaf\b/, named: /\b(caf|caisse d allocations familiales)\b/, label: 'la CAF' },
  { asked: /\b(parents?|familles?)\b/, named: /\b(parents?|familles?)\b/, label: 'les parents' },
  { asked: /\b(educ|educateurs?|educatrices?)\b/, named: /\beducat\w*\b/, label: 'les éducateurs' },
  { asked: /\bjuges?\b/, named: /\bjuges?\b/, label: 'le juge' },
];

/** « l'ASE est dans la boucle ? »: a party's part asked, not a person described (« un jeune de l'ASE »). */
export function asksAPartysPart(question: string): boolean {
  const text = normalizeText(question);
  return TAKES_PART.test(text) && PARTIES.some(({ asked }) => asked.test(text));
}

/**
 * « nous l'ASE, on est associés au suivi après la promo ? »: a party asked about whom neither the
 * facts shown nor the passages quoted name. The answer then says the agreement gives them no part
 * there, rather than let the Missions locales' part read as theirs.
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
  return shown.some((words) => party.named.test(words)) ? undefined : party.label;
}
