import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../data/catalogue/catalogue.js';
import { DispositifFinder } from '../../../data/qa/dispositif-finder.js';

const finder = new DispositifFinder(loadCatalogue().all);
const ids = (text: string) => finder.find(text).map((found) => found.id);

describe('DispositifFinder', () => {
  // Words that reach no word of the index are not searched: nothing is found, as the search would find.
  it.each(['prochaines JPO', 'une dame de 30 ans au RSA', 'bonjour', 'merci !', ''])(
    '« %s » names no dispositif',
    (text) => {
      expect(finder.find(text)).toEqual([]);
    },
  );

  // One word reaching the index is enough for the whole message to be searched, as before.
  it.each([
    ['une dame de 30 ans au RSA, elle peut faire la prépa ?', ['prepa-competences', 'clauses-sociales']],
    ['prochaine entrée', ['prepa-competences']],
    ['prepa comeptences', ['prepa-competences', 'competences-pec', 'open-badges', 'clauses-sociales']],
    ['compet', ['prepa-competences', 'competences-pec', 'open-badges']],
    ['valdation des acquis', ['vae']],
    ['rsfpp', ['rsfp']],
    ['reconaisance des savoir faire', ['rsfp']],
    ['cléa numérik', ['clea', 'clea-numerique']],
  ])('« %s » reaches the index by a word, a prefix or a misspelling: %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('answers a word the same way the second time, from what it kept', () => {
    expect(ids('prochaine entrée')).toEqual(ids('prochaine entrée'));
    expect(ids('prochaines JPO')).toEqual([]);
  });
});
