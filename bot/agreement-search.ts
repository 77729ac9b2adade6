import { PassageSearch } from '../data/qa/passages.js';

/**
 * The agreement's full-text search, built at its first use rather than at start: indexing
 * the agreement took 50 to 80 ms before the bot could answer anything, and most messages
 * (the menu, a programme, the agenda) never search it. Every search goes to the one index
 * `PassageSearch.ofAgreement()` keeps for the process.
 */
export class LazyAgreementSearch extends PassageSearch {
  constructor() {
    // Nothing indexed here: this instance only hands each search on.
    super([]);
  }

  override find(...args: Parameters<PassageSearch['find']>): ReturnType<PassageSearch['find']> {
    return PassageSearch.ofAgreement().find(...args);
  }
}
