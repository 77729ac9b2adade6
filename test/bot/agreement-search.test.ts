import { describe, expect, it } from 'vitest';
import { LazyAgreementSearch } from '../../bot/agreement-search.js';
import { PassageSearch } from '../../data/qa/passages.js';

describe('the lazy agreement search the server uses', () => {
  // Every public method of PassageSearch must reach the agreement: the server holds this one, the tests the other.
  const methods = Object.getOwnPropertyNames(PassageSearch.prototype).filter(
    (name) => name !== 'constructor',
  );

  it('hands every method of the search on, none answering from its own empty index', () => {
    const own = Object.getOwnPropertyNames(LazyAgreementSearch.prototype);
    expect(methods.filter((name) => !own.includes(name))).toEqual([]);
  });

  it('answers as the agreement’s own search does', () => {
    const lazy = new LazyAgreementSearch();
    const agreement = PassageSearch.ofAgreement();
    expect(lazy.ofPart('Accord, art. 6')).toEqual(agreement.ofPart('Accord, art. 6'));
    expect(lazy.ofPart('Accord, art. 6')).toHaveLength(1);
    expect(lazy.find('le comité de pilotage se réunit quand ?')).toEqual(
      agreement.find('le comité de pilotage se réunit quand ?'),
    );
  });
});
