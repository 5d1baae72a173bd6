/** Counts written as digits or English words: "8", "2.5", "6-1/2", "8½", "5,000", "eight", "twenty-five", "a dozen", "two and a half". */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORD_VALUES = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as [string, number]),
  ...TENS.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w),
  ['a', 1], ['an', 1], ['dozen', 12], ['hundred', 100],
]);

const SP = '[^\\S\\r\\n]+';
const TENS_SRC = TENS.filter(Boolean).join('|');
// Longer words first: "seventeen" before "seven", "eighty" before "eight".
const UNITS_SRC = [...UNITS].sort((a, b) => b.length - a.length).join('|');

/** A whole count in words up to ninety-nine as a regex source (no capture groups): "nine", "sixty-eight". */
export const WORD_COUNT_SRC = `(?:(?:${TENS_SRC})(?:[- ](?:${UNITS_SRC}))?|${UNITS_SRC})`;

/**
 * A count as a regex source (no capture groups): digits, word numbers up to ninety-nine, "a dozen",
 * "a hundred", each optionally followed by "and a half"; or "half a"/"half an", "a quarter of an"; or the article "a"/"an".
 */
export const NUMBER_SRC =
  `(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:[- ]?(?:[13]/[24])|[½¼¾])|\\d+(?:\\.\\d+)?|(?:${TENS_SRC})(?:[- ](?:${UNITS_SRC}))?|${UNITS_SRC}|(?:a${SP})?dozen|(?:a|one|two|three)${SP}hundred)` +
  `(?:${SP}and${SP}a${SP}half)?|half${SP}an?|(?:a|one|three)${SP}quarters?${SP}of${SP}an?|an?|another)`;

const FRACTIONS: Readonly<Record<string, string>> = { '½': '1/2', '¼': '1/4', '¾': '3/4' };

/** The value of a count matched by NUMBER_SRC, or undefined. */
export function parseNumber(raw: string): number | undefined {
  const words = raw.toLowerCase().replace(/[½¼¾]/g, (f) => ` ${FRACTIONS[f]}`).split(/[\s-]+/).filter(Boolean);
  if (words[0] === 'half') return 0.5;
  if (/^quarters?$/.test(words[1] ?? '')) return words[0] === 'three' ? 0.75 : 0.25;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'and' && words[i + 1] === 'a' && words[i + 2] === 'half') return current + 0.5;
    if (/^\d+(\.\d+)?$/.test(w)) current += Number(w);
    else if (/^[13]\/[24]$/.test(w)) current += Number(w[0]) / Number(w[2]);
    else if (/^\d{1,3}(,\d{3})+$/.test(w)) current += Number(w.replace(/,/g, ''));
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'a' || w === 'an' || w === 'another') current += i + 1 < words.length && /^(dozen|hundred)$/.test(words[i + 1]) ? 0 : 1;
    else if (WORD_VALUES.has(w)) current += WORD_VALUES.get(w)!;
    else return undefined;
  }
  return current;
}

/** True for the bare article "a"/"an" or "another" (a count that needs context to be temporal: "for a year", not "a day"). */
export function isArticle(raw: string): boolean {
  return /^(?:an?|another)$/i.test(raw.trim());
}

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** The days of a month as ordinal words, "first" to "thirty-first", by their number. */
const DAY_ORDINALS = new Map<string, number>([
  ...ORDINAL_UNITS.map((w, i) => [w, i + 1] as [string, number]),
  ['twentieth', 20], ...ORDINAL_UNITS.slice(0, 9).map((w, i) => [`twenty-${w}`, 21 + i] as [string, number]), ['thirtieth', 30], ['thirty-first', 31],
]);

/** A day of a month as an ordinal word, as a regex source (no capture groups), longer words first: "twenty-first", "first". */
export const DAY_ORDINAL_SRC = [...DAY_ORDINALS.keys()].sort((a, b) => b.length - a.length).join('|');

/** The day an ordinal word names ("twenty-first" 21), or undefined. */
export function dayOfOrdinal(word: string): number | undefined {
  return DAY_ORDINALS.get(word.toLowerCase());
}
