import MiniSearch, { type SearchResult } from 'minisearch';
import type { Dispositif, DispositifId } from '../catalogue/schema.js';
import { keepAtMost } from '../text.js';
import {
  boundedFuzzy,
  boundedPrefix,
  firstWords,
  MAX_EDIT_DISTANCE,
  MAX_FUZZY_TERM_LENGTH,
  normalizeTerm,
  tokenize,
} from './normalize.js';

/** Words that carry no meaning for telling dispositifs apart. */
const STOPWORDS = new Set(
  (
    'a au aux avec ce ces c cest ca cela d dans de des du elle en est et etre il ils j je l la le les leur lui ' +
    'ma me mes moi mon n ne nos notre nous on ou par pas pour qu que quel quelle quels quelles qui s sa se ses si ' +
    'son sont sur ta te tes toi ton tu un une vos votre vous y quoi comment combien dispositif dispositifs ' +
    'afpa programme prestation offre svp stp merci bonjour peut peux faire fait avoir'
  ).split(' '),
);

/**
 * « savoir-être » is one word, read as its synonym « softskills »: read as two, its « être » a
 * stopword, « savoir » alone (« faudrait savoir ») would name Open Badges, and so would any
 * word it starts.
 */
const SAVOIR_ETRE = /\bsavoirs?[\s'’-]+[eê]tre\b/gi;
const wordsOf = (text: string) => tokenize(text.replace(SAVOIR_ETRE, 'softskills'));

function meaningfulTerm(term: string): string | null {
  const word = normalizeTerm(term);
  return word === '' || STOPWORDS.has(word) ? null : word;
}

function meaningfulWords(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .map(meaningfulTerm)
      .filter((w): w is string => w !== null),
  );
}

/** Words outside the vocabulary whose answer is kept: far more than a day's messages use. */
const REACHING_LIMIT = 4096;

export type FoundDispositif = {
  id: DispositifId;
  score: number;
  /** Position, in the question's words, of the first word that named it: "X ou Y" keeps X first. */
  firstMention: number;
  /** The question's words that named it. */
  words: string[];
};

type AliasDocument = { key: string; dispositif: DispositifId; text: string; wordCount: number };

/**
 * Finds which dispositifs a question names, with MiniSearch over every name and
 * alias of the catalogue: each alias is its own document, so the alias that
 * matches best ("clea numerique" over "clea") decides, and typos are forgiven by
 * fuzzy and prefix matching on longer words only.
 */
export class DispositifFinder {
  private readonly index: MiniSearch<AliasDocument>;
  /** Every word of every name and alias: a word spelled as the catalogue spells it needs no forgiving. */
  private readonly vocabulary = new Set<string>();
  private readonly forgiving = boundedFuzzy(5, 0.2);
  private readonly prefix = boundedPrefix(4);
  /**
   * Whether words outside the vocabulary reach it (see `reaches`): the same words (« prochaines »,
   * « ans », « dame ») come back in message after message, and the index never changes.
   */
  private readonly reaching = new Map<string, boolean>();
  /** What the index answered for each set of words that reach it (see `searchOnce`). */
  private readonly searched = new Map<string, readonly SearchResult[]>();
  // The fuzzy walk of the index is most of a search's cost, and only a misspelt word needs it.
  private readonly fuzzy = (term: string) => !this.vocabulary.has(term) && this.forgiving(term);

  constructor(dispositifs: readonly Dispositif[]) {
    this.index = new MiniSearch<AliasDocument>({
      idField: 'key',
      fields: ['text'],
      storeFields: ['dispositif', 'wordCount'],
      tokenize: wordsOf,
      processTerm: meaningfulTerm,
    });
    const documents: AliasDocument[] = [];
    for (const d of dispositifs) {
      const names = [d.name, ...d.aliases];
      names.forEach((text, i) =>
        documents.push({
          key: `${d.id}#${i}`,
          dispositif: d.id,
          text,
          wordCount: meaningfulWords(text).size,
        }),
      );
    }
    this.index.addAll(documents);
    for (const document of documents)
      for (const word of meaningfulWords(document.text)) this.vocabulary.add(word);
  }

  /** Dispositifs named by the question, best first. */
  find(text: string): FoundDispositif[] {
    const question = firstWords(text);
    const tokens = wordsOf(question);
    const words = tokens.map(normalizeTerm);
    // Most messages name no dispositif (« prochaines JPO », a person described): a word that
    // cannot reach a word of the index finds nothing, at the cost of a walk of the index for
    // each longer word; only the words that reach it are searched, and none, no search.
    const reaching = tokens.filter((_, i) => {
      const word = words[i]!;
      return word !== '' && !STOPWORDS.has(word) && this.reaches(word);
    });
    if (reaching.length === 0) return [];
    const results = this.searchOnce(reaching);
    const byDispositif = new Map<DispositifId, FoundDispositif>();
    for (const result of results) {
      const id = result['dispositif'] as DispositifId;
      // "clea" names CléA fully but CléA Numérique only by half: an alias counts in
      // proportion to the share of its words that the question contains.
      // Squared, so that two words out of three ("parcours emploi competences") stay well behind a full name.
      const coverage = Math.min(1, result.terms.length / Math.max(1, result['wordCount'] as number));
      const score = result.score * coverage ** 2;
      // Where the alias is complete: in "clea ou clea numerique", CléA Numérique comes second.
      const positions = result.queryTerms.map((t) => words.indexOf(t)).filter((i) => i >= 0);
      const firstMention = positions.length > 0 ? Math.max(...positions) : words.length;
      const known = byDispositif.get(id);
      if (!known || score > known.score) {
        byDispositif.set(id, {
          id,
          score,
          firstMention: Math.min(firstMention, known?.firstMention ?? firstMention),
          words: result.queryTerms,
        });
      } else {
        known.firstMention = Math.min(known.firstMention, firstMention);
      }
    }
    return [...byDispositif.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * The index searched for these words. The search depends on them alone and the index never
   * changes, and few sets of words reach it (« prepa », « promo 16 18 », « vae »): each set is
   * searched once, then read again from here whatever else the message says around it.
   */
  private searchOnce(reaching: string[]): readonly SearchResult[] {
    const key = reaching.map(normalizeTerm).join(' ');
    const known = this.searched.get(key);
    if (known) return known;
    const results = this.index.search(reaching.join(' '), {
      combineWith: 'OR',
      prefix: this.prefix,
      fuzzy: this.fuzzy,
      maxFuzzy: MAX_EDIT_DISTANCE,
      weights: { fuzzy: 0.6, prefix: 0.5 },
    });
    keepAtMost(this.searched, REACHING_LIMIT, key, results);
    return results;
  }

  /**
   * Whether a meaningful word of a question, as the index reads it, can match a word of the
   * index as the search matches words: exactly, as a prefix, or within the edit distance it
   * forgives (MiniSearch's own rule, a Levenshtein distance).
   */
  private reaches(term: string): boolean {
    if (this.vocabulary.has(term)) return true;
    const known = this.reaching.get(term);
    if (known !== undefined) return known;
    const reaches = this.anyWithin(term);
    if (term.length <= MAX_FUZZY_TERM_LENGTH) keepAtMost(this.reaching, REACHING_LIMIT, term, reaches);
    return reaches;
  }

  private anyWithin(term: string): boolean {
    const prefix = this.prefix(term);
    const share = this.fuzzy(term);
    const distance = !share
      ? 0
      : share < 1
        ? Math.min(MAX_EDIT_DISTANCE, Math.round(term.length * share))
        : share;
    for (const known of this.vocabulary) {
      if (prefix && known.startsWith(term)) return true;
      if (distance > 0 && withinEditDistance(term, known, distance)) return true;
    }
    return false;
  }

  /**
   * Whether `other` is named by words of its own, not only by words that `best` already
   * uses: "clea numerique" names CléA Numérique, not CléA as well; "clea ou clea numerique" names both.
   */
  namedApart(question: string, best: FoundDispositif, other: FoundDispositif): boolean {
    const words = wordsOf(firstWords(question)).map(normalizeTerm);
    const occurrences = (w: string) => words.filter((x) => x === w).length;
    return other.words.some((w) => !best.words.includes(w) || occurrences(w) > 1);
  }

  /**
   * Whether two dispositifs are named one after the other and joined by « et » (« RSFP et CléA »,
   * « la promo et la prépa »): both are asked, not one of them in doubt.
   */
  namedTogether(question: string, first: FoundDispositif, then: FoundDispositif): boolean {
    const words = wordsOf(firstWords(question)).map(normalizeTerm);
    const after = words.slice(first.firstMention + 1);
    const start = after.findIndex((word) => then.words.includes(word));
    const between = start < 0 ? [] : after.slice(0, start);
    return between.includes('et') && between.every((w) => JOINING.has(w));
  }
}

/** What may stand between two names listed together: « et », and an article before the second. */
const JOINING: ReadonlySet<string> = new Set(['et', 'la', 'le', 'l', 'les', 'aussi', 'puis']);

/** Whether `a` becomes `b` in at most `max` insertions, deletions or substitutions (Levenshtein). */
function withinEditDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous: number[] = [];
  for (let j = 0; j <= b.length; j++) previous.push(j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const remove = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      const distance = Math.min(substitute, remove, insert);
      current.push(distance);
      if (distance < best) best = distance;
    }
    // Distances never shrink from one row to the next.
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}
