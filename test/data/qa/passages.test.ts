import { describe, expect, it } from 'vitest';
import { PassageSearch } from '../../../data/qa/passages.js';

const search = PassageSearch.ofAgreement();

/** Precise questions and the article whose words answer them. */
describe('the agreement’s passages, found and labelled with their article', () => {
  it.each([
    ['qui trace les parcours des bénéficiaires ?', 'Protocole, § 5', 'PANDA'],
    ['qui envoie le bilan a la fin ?', 'Protocole, § 5', 'bilan individuel'],
    ['et les données personnelles ?', 'Accord, art. 5', 'données personnelles'],
    ['l accord dure combien de temps', 'Accord, art. 6', '2 ans'],
    ['le comité de pilotage se réunit quand ?', 'Accord, art. 3', 'au moins 1 fois par an'],
    ['les 4 phases de prépa comp c quoi', 'Protocole, § 3 (Prépa Compétences)', 'Se préparer'],
    ['la promo ça dure 4 mois maximum ?', 'Protocole, § 3 (La Promo 16/18)', '4 mois'],
  ])('« %s » → %s', (question, source, words) => {
    const found = search.find(question);
    expect(found.map((p) => p.source)).toContain(source);
    expect(found.map((p) => p.text).join(' ')).toContain(words);
  });

  it.each(['non', 'oui', 'quel temps fait-il à Montauban', 'blabla'])(
    'answers nothing to « %s »',
    (question) => {
      expect(search.find(question)).toEqual([]);
    },
  );
});
