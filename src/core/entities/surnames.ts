/**
 * Parts of person names, for linking "Varga" to "Lena Varga" and "Warren Steed Jeffs" to
 * "Warren Jeffs". Works on name keys (see normalize.ts).
 */
import { keyWords } from './normalize';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md']);
/** Surname particles kept with the surname ("van Gogh", "de la Cruz"). */
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'st']);

function significantWords(key: string): string[] {
  const words = keyWords(key);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words;
}

/** The surname of a full name key ("lena varga" → "varga", "vincent van gogh" → "van gogh"); undefined for one word. */
export function surnameOf(key: string): string | undefined {
  return surnameIn(significantWords(key));
}

function surnameIn(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  return words.slice(start).join(' ');
}

/**
 * The surname of a full name key, and without its particles when it has some: "abdel fattah al
 * burhan" → ["al burhan", "burhan"], as news writes "Burhan" too.
 */
export function surnameFormsOf(key: string): string[] {
  const surname = surnameOf(key);
  if (!surname) return [];
  const words = surname.split(' ');
  let first = 0;
  while (first < words.length - 1 && PARTICLES.has(words[first])) first++;
  return first > 0 ? [surname, words.slice(first).join(' ')] : [surname];
}

/** First and last name of a full name key, ignoring middle names ("warren steed jeffs" → "warren jeffs"). */
export function firstLastOf(key: string): string | undefined {
  const words = significantWords(key);
  const surname = surnameIn(words);
  if (!surname || words.length < 2) return undefined;
  return `${words[0]} ${surname}`;
}

/** The last two words of a name of three or more ("ingrid solberg haugen" → "solberg haugen"): a double surname, hyphens being spaces in keys. */
export function doubleSurnameOf(key: string): string | undefined {
  const words = significantWords(key);
  return words.length > 2 ? words.slice(-2).join(' ') : undefined;
}

/** Whether a two-word key may be a double surname alone: its first word is no listed given name ("Ann Smith" is a name). */
export function mayBeDoubleSurname(key: string, isGivenName: (word: string) => boolean): boolean {
  const words = keyWords(key);
  return words.length === 2 && !isGivenName(words[0]);
}
