import { describe, expect, it } from 'vitest';
import { foldAccents, normalizeTerm, normalizeText } from '../../../data/qa/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['Prépa Compétences ?', 'prepa competences'],
    ['PROMO 16/18', 'promo 1618'],
    ['la promo 16-18', 'la promo 1618'],
    ['promo 16 18', 'promo 1618'],
    ['promo1618', 'promo 1618'],
    ['Compétences P.E.C.', 'competences pec'],
    ['V.A.E', 'vae'],
    ['CléA numérique', 'clea numerique'],
    ['c’est quoi', 'c est quoi'],
    ['  œuvre   ', 'oeuvre'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeTerm', () => {
  it.each([
    ['comp', 'competence'],
    ['compétences', 'competence'],
    ['competance', 'competence'],
    ['num', 'numerique'],
    ['ateliers', 'atelier'],
    ['pec', 'pec'],
    ['badge', 'badge'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTerm(input)).toBe(expected);
  });
});

describe('normalizeText: chat spellings', () => {
  it.each([
    ['c koi panda', 'c quoi panda'],
    ['cb de tps la prepa', 'combien de temps la prepa'],
    ['kel age pr la promo', 'quel age pour la promo'],
    ['on peut y envoyer qqun ds la semaine', 'on peut y envoyer quelqu un dans la semaine'],
  ])('« %s » → « %s »', (typed, normal) => {
    expect(normalizeText(typed)).toBe(normal);
  });

  it('leaves words that only look like object keys alone', () => {
    expect(normalizeText('constructor toString')).toBe('constructor tostring');
    expect(normalizeTerm('constructor')).toBe('constructor');
  });
});

describe('normalizeTerm, kept for the words met', () => {
  it('gives the same term the first time and after, and reads a long « word » without keeping it', () => {
    const words = ['Compétences', 'prepas', 'formations', 'CléA'];
    const first = words.map(normalizeTerm);
    expect(first).toEqual(['competence', 'prepa', 'formation', 'clea']);
    // Read again after the message cache has seen other texts: the same terms.
    for (let i = 0; i < 300; i++) normalizeText(`message ${i}`);
    expect(words.map(normalizeTerm)).toEqual(first);
    const long = `${'é'.repeat(60)}s`;
    expect(normalizeTerm(long)).toBe('e'.repeat(60));
    expect(normalizeTerm(long)).toBe('e'.repeat(60));
  });
});

describe('foldAccents, kept for the messages of the moment', () => {
  it('folds each text as its own, the first time and after', () => {
    const texts = ['Prépa Compétences ?', 'Œuvre ÉTÉ', 'à Moissac, jeudi 1er'];
    const first = texts.map(foldAccents);
    expect(first).toEqual(['prepa competences ?', 'oeuvre ete', 'a moissac, jeudi 1er']);
    for (let i = 0; i < 40; i++) foldAccents(`autre message ${i} é`);
    expect(texts.map(foldAccents)).toEqual(first);
    expect(foldAccents('É'.repeat(3000))).toBe('e'.repeat(3000));
  });
});
