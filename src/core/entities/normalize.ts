/**
 * Comparison keys for names: the same name written with different case, accents, hyphens,
 * apostrophes, dots or a possessive ending gets the same key ("U.S." = "US", "Smith-Jones's" =
 * "smith jones").
 */

/** A string function whose answers are kept (up to a bound): the same names recur across documents. */
export function memoized<T>(compute: (text: string) => T, limit = 100_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** Letters that Unicode does not decompose into a base letter and a mark, as outlets write them without ("Ørjan" = "Orjan"). */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ı: 'i', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', þ: 'th', Þ: 'Th',
};

/** Key of a name for equality across mentions and documents. */
export const nameKey = memoized(computeKey);

function computeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØłŁđĐðÐıæÆœŒßþÞ]/g, (c) => UNDECOMPOSED[c])
    .replace(/[’‘`´]/g, "'")
    .replace(/^the\s+/i, '')
    // A possessive inside a name too: "Moody's Ratings" is "Moody's" with its business word.
    .replace(/'s?(?=\s|$)/gi, '')
    .replace(/(\p{L})\.(?=\p{L}|$)/gu, '$1')
    .replace(/[-‐‑–—_/]+/g, ' ')
    .replace(/[^\p{L}\p{N}&'+ ]+/gu, ' ')
    // "OPEC+" is not "OPEC", but "A + B" is "A B"
    .replace(/(?<![\p{L}\p{N}])\++/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Number of words of a name key (keys have single spaces), without splitting it. */
export function wordCount(key: string): number {
  let n = key.length > 0 ? 1 : 0;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/** The words of a name key. */
export function keyWords(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 0);
}

/** A readable, stable slug for ids ("Lena Varga" → "lena-varga"). */
export function slug(name: string): string {
  return nameKey(name)
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
