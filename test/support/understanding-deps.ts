import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { PassageSearch } from '../../data/qa/passages.js';
import { QuestionAnswering } from '../../data/qa/question-answering.js';

/**
 * What the message reader needs, built once per test file: the catalogue of the agreement,
 * its question answering and its full-text search over the agreement's paragraphs.
 */
export const catalogue = loadCatalogue();
export const deps = {
  qa: new QuestionAnswering(catalogue.all),
  passages: PassageSearch.ofAgreement(),
  catalogue,
};
