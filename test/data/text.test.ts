import { describe, expect, it } from 'vitest';
import { cleanText } from '../../data/text.js';

describe('cleanText keeps what a person wrote and drops control characters', () => {
  it.each([
    ['plain French', 'Journée « portes ouvertes » – 9 h', false, 'Journée « portes ouvertes » – 9 h'],
    ['NUL, BEL, ESC and DEL', 'a\u0000b\u0007c\u001bd\u007fe', false, 'abcde'],
    ['C1 controls (NEL, CSI)', 'a\u0085b\u009bc', false, 'abc'],
    ['tab and breaks on one line become spaces', 'a\tb\r\nc\nd', false, 'a b c d'],
    ['a multi-line field keeps tabs and breaks, as \\n', 'a\tb\r\nc\rd', true, 'a\tb\nc\nd'],
    ['a multi-line field still drops the others', 'a\u0000\nb\u0008', true, 'a\nb'],
  ])('%s', (_case, input, multiline, expected) => {
    expect(cleanText(input, { multiline })).toBe(expected);
  });
});
