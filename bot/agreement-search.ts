import { PassageSearch } from '../data/qa/passages.js';

/**
 * The agreement's full-text search, built at its first use rather than at start: indexing
 * the agreement took 50 to 80 ms before the bot could answer anything, and most messages
 * (the menu, a programme, the agenda) never search it. Every method hands on to the one index
 * `PassageSearch.ofAgreement()` keeps for the process: one not handed on here would answer
 * from this empty instance, with nothing (as `ofPart` did, « art 2.1.4 ? » falling to « pas sûr »).
 */
export class LazyAgreementSearch extends PassageSearch {
  constructor() {
    // Nothing indexed here: this instance only hands each call on.
    super([]);
  }

  override find(...args: Parameters<PassageSearch['find']>): ReturnType<PassageSearch['find']> {
    return PassageSearch.ofAgreement().find(...args);
  }

  override ofPart(...args: Parameters<PassageSearch['ofPart']>): ReturnType<PassageSearch['ofPart']> {
    return PassageSearch.ofAgreement().ofPart(...args);
  }
}
