import type { Reading, SingleReading } from './understanding.js';

/**
 * Several questions in one message (« prépa c payant pour le cd ? et ça dure cb »): each
 * read as its own turn, then merged where one answer serves both.
 */

/** « elle habite à Lafrançaise et a pas de bus » after a question asks nothing of the programme discussed. */
export function onlyOverview(reading: SingleReading): boolean {
  return (
    reading.kind === 'answer' &&
    (reading.result.aspects ?? [reading.result.aspect]).every((a) => a === 'overview')
  );
}

/**
 * The questions' readings, merged where one answer serves both: two aspects of one
 * programme are one card, and a list narrowed by the next question is the narrower list.
 */
export function combined(whole: SingleReading, readings: SingleReading[]): Reading {
  const kept: SingleReading[] = [];
  for (const reading of readings) {
    const previous = kept.at(-1);
    const merged = previous && mergedReading(previous, reading);
    if (merged) kept[kept.length - 1] = merged;
    else kept.push(reading);
  }
  // Cut apart, the questions must still say what the whole message says: otherwise the
  // cut lost the link between them (« une aide pour le scooter ? elle a pas de bus »).
  // « la vae ça dure cb ? et c'est qui qui valide ? »: one programme, its aspects merged into one answer.
  const [only] = kept;
  if (kept.length === 1 && only?.kind === 'answer' && whole.kind === 'answer' && sameSubject(only, whole)) {
    // The whole message's passages first: they were searched with every word of it.
    const passages = [...new Set([...(whole.passages ?? []), ...(only.passages ?? [])])].slice(0, 2);
    return { ...only, ...(passages.length > 0 ? { passages } : {}) };
  }
  // « c quoi PANDA ? je dois m'en servir ? »: what one question says is better than nothing.
  if (whole.kind === 'not_found' || whole.kind === 'unsure') {
    if (kept.length === 0) return whole;
    return kept.length === 1 ? kept[0]! : { kind: 'several', readings: kept };
  }
  if (kept.length < 2 || !kept.some((reading) => sameSubject(reading, whole))) return whole;
  return { kind: 'several', readings: kept };
}

function sameSubject(a: SingleReading, b: SingleReading): boolean {
  if (a.kind === 'answer' && b.kind === 'answer') return a.result.dispositif === b.result.dispositif;
  // « combien de temps dure la prépa et la PEC ? »: both named, each answered rather than asked which.
  if (a.kind === 'answer' && b.kind === 'clarify') return b.result.candidates.includes(a.result.dispositif);
  if (a.kind === 'scope' && b.kind === 'scope') return a.question.kind === b.question.kind;
  if (a.kind === 'agenda' && b.kind === 'agenda') return a.query.kind === b.query.kind;
  return a.kind === b.kind;
}

function mergedReading(first: SingleReading, second: SingleReading): SingleReading | undefined {
  if (first.kind === 'answer' && second.kind === 'answer') {
    if (first.result.dispositif !== second.result.dispositif || first.result.comparedWith) return undefined;
    const aspects = [
      ...new Set([
        ...(first.result.aspects ?? [first.result.aspect]),
        ...(second.result.aspects ?? [second.result.aspect]),
      ]),
    ].filter(
      (aspect, _, all) => aspect !== 'overview' || all.length === 1 || first.whatItIs || second.whatItIs,
    );
    // The best passage of each question first: « les parents signent ? et le code de la route ? ».
    const [a = [], b = []] = [first.passages, second.passages];
    const passages = [...new Set([a[0], b[0], ...a.slice(1), ...b.slice(1)])].filter(
      (passage) => passage !== undefined,
    );
    // « le volet 1 ça dure cb ? et le volet 2 ? »: two steps asked, both shown.
    const { step: _step, ...firstResult } = first.result;
    const step = first.result.step === second.result.step ? first.result.step : undefined;
    return {
      kind: 'answer',
      result: {
        ...firstResult,
        aspect: aspects[0]!,
        aspects: aspects.slice(0, 3),
        ...(step ? { step } : {}),
      },
      ...(passages.length > 0 ? { passages: passages.slice(0, 2) } : {}),
    };
  }
  // The second list was read as a follow-up of the first: it holds its filters, and more. Entries
  // and events are two lists: « prochaine entrée promo ? et une info coll pour les parents ? ».
  // « prochaine JPO ? et la prochaine info coll ? »: two kinds of event, two lists.
  if (first.kind === 'agenda' && second.kind === 'agenda') {
    const [a, b] = [first.query.types ?? [], second.query.types ?? []];
    const otherKinds = a.length > 0 && b.length > 0 && !b.some((type) => a.includes(type));
    // « entrées volet 1 ? et en volet 2 où il reste de la place ? »: two steps, two lists.
    const otherSteps = Boolean(
      first.query.volet && second.query.volet && first.query.volet !== second.query.volet,
    );
    // « agent de restau à Caussade ? et agent de propreté ? »: two trades, two lists, each said
    // of that town or, with nothing there, of the others. Without a town, one list of either.
    const otherTrades = Boolean(
      first.query.place &&
      first.query.trade &&
      second.query.trade &&
      first.query.trade !== second.query.trade,
    );
    // « info coll à Valence c quand ? et à Moissac aussi ? »: two towns, two lists.
    const otherTowns = Boolean(
      first.query.place && second.query.place && first.query.place !== second.query.place,
    );
    return first.query.kind === second.query.kind && !otherKinds && !otherSteps && !otherTrades && !otherTowns
      ? second
      : undefined;
  }
  if (first.kind === 'scope' && second.kind === 'scope' && first.question.kind === second.question.kind)
    return first;
  // « un accès panda ? c qui qui me le donne ? »: the second half says too little to search on its own.
  if (first.kind === 'passages' && second.kind === 'passages') return first;
  return undefined;
}
