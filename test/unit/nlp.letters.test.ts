import assert from 'node:assert/strict';
import { startsLower, startsUpper } from '../../src/core/nlp/letters';

describe('first-letter case tests', () => {
  const words = ['Apple', 'apple', 'A', 'z', '', '9lives', '-Acme', "'s", 'Élan', 'élan', 'Ωmega', 'ωmega', 'ǅemal', '𝐀bc', '😀', 'ß', 'İstanbul'];

  it('answer as the Unicode properties Lu and Ll of the first character', () => {
    for (const w of words) {
      assert.equal(startsUpper(w), /^\p{Lu}/u.test(w), `startsUpper(${JSON.stringify(w)})`);
      assert.equal(startsLower(w), /^\p{Ll}/u.test(w), `startsLower(${JSON.stringify(w)})`);
    }
  });

  it('say neither for digits, punctuation, title-case letters and the empty string', () => {
    for (const w of ['9lives', '-Acme', 'ǅemal', '']) assert.equal(startsUpper(w) || startsLower(w), false, w);
  });
});
