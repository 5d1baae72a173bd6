/**
 * Case tests of a word's first letter (and the word with it in capitals), called per token in several passes. ASCII is answered
 * from the character code; anything else goes to the Unicode property regexes, so the answers
 * are exactly those of /^\p{Lu}/u and /^\p{Ll}/u. (The regexes are module constants: esbuild
 * turns a `\p{…}` literal into `new RegExp(…)` at every evaluation.)
 */
const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;

/** /^\p{Lu}/u: the word starts with an upper-case letter. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_INITIAL.test(word);
}

/** /^\p{Ll}/u: the word starts with a lower-case letter. */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_INITIAL.test(word);
}

/** The word with its first letter in capitals: "reporter" → "Reporter". */
export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
