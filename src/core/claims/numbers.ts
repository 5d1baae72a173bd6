/** Numbers written in digits or words ("1,200", "2.5", "twenty-five", "two and a half", "5 million"). */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};

/** Every word that can start or scale a number written in words. */
export const NUMBER_WORDS: Record<string, number> = { ...UNITS, ...SCALES };

const WORD = `(?:${Object.keys(UNITS).join('|')})`;
/** A number, in digits or words, with an optional "and a half" and scale word. Case-insensitive use. */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|a\\s+dozen|${WORD}(?:[- ]${WORD})*)(?:\\s+and\\s+a\\s+half)?(?:\\s+(?:${Object.keys(SCALES).join('|')}))?`;
/** An ordinal in digits ("49th") or words ("fiftieth", "twenty-first"). */
export const ORDINAL = `(?:\\d+(?:st|nd|rd|th)|(?:${WORD}-)?(?:${Object.keys(ORDINALS).join('|')}))`;

export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let value = 0;
  let rest = t;
  const half = / and a half$/.test(rest);
  if (half) rest = rest.replace(/ and a half$/, '');
  let scale = 1;
  const scaleMatch = / (hundred|thousand|million|billion|trillion)$/.exec(rest);
  if (scaleMatch) {
    scale = SCALES[scaleMatch[1]];
    rest = rest.slice(0, scaleMatch.index);
  }
  if (/^[\d,.]+$/.test(rest)) value = Number(rest.replace(/,/g, ''));
  else {
    for (const part of rest.replace(/^a /, '').split(/[- ]/)) {
      if (!(part in UNITS)) return null;
      value += UNITS[part];
    }
  }
  if (!Number.isFinite(value)) return null;
  return (value + (half ? 0.5 : 0)) * scale;
}

export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  const [tens, unit] = t.includes('-') ? t.split('-') : ['', t];
  if (!(unit in ORDINALS)) return null;
  return (tens ? (UNITS[tens] ?? NaN) : 0) + ORDINALS[unit];
}
