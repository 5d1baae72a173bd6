/** Calendar words: month and weekday names, units of time, and the regex sources built from them. */
import { startsUpper } from '../nlp/letters';

export const SP = '[^\\S\\r\\n]+';
/** Optional space, never across a line break. */
export const OSP = '[^\\S\\r\\n]*';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

/** Month number of a full name or abbreviation ("Sept.", "aug"), or undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length <= 4 && m.startsWith(w)));
  return i < 0 ? undefined : i + 1;
}

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** ISO weekday (Monday = 1) of a full name, plural or abbreviation ("Thurs."), or undefined. */
export function weekdayNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = WEEKDAY_NAMES.findIndex((d) => d === w || `${d}s` === w || (w.length >= 3 && w.length <= 5 && d.startsWith(w)));
  return i < 0 ? undefined : i + 1;
}

/** Full month names, or abbreviations with an optional period (longer alternatives first). */
export const MONTH_SRC =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b' +
  '|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)';
export const MONTH_FULL_SRC =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b';
export const WEEKDAY_SRC = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const WEEKDAY_ABBR_SRC = '(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\b\\.?';
export const DAY_SRC = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b';
export const YEAR_SRC = '(?:1[6-9]\\d\\d|20\\d\\d)\\b';
export const PART_OF_DAY_SRC = '(?:morning|afternoon|evening|night)';

/** TIMEX3's code of a part of the day ("afternoon" → "AF"). */
export function partOfDay(word: string | undefined): string | undefined {
  return word ? ({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as Record<string, string>)[word.toLowerCase()] : undefined;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century';

export const UNIT_SRC = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)';

/** Singular unit of a unit word ("centuries" → century). */
export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  return (w === 'centuries' ? 'century' : w.replace(/s$/, '')) as Unit;
}

/** An ISO-8601 duration of `n` units: P8Y, P2.5Y, PT3H, P2W; decades and centuries in years. */
export function isoDuration(n: number, unit: Unit): string {
  const num = (x: number) => String(Math.round(x * 1000) / 1000);
  switch (unit) {
    case 'second': return `PT${num(n)}S`;
    case 'minute': return `PT${num(n)}M`;
    // (Part of an hour in minutes: "half an hour" is PT30M.)
    case 'hour': return n < 1 && Number.isInteger(n * 60) ? `PT${n * 60}M` : `PT${num(n)}H`;
    case 'day': return `P${num(n)}D`;
    case 'week': return `P${num(n)}W`;
    case 'fortnight': return `P${num(n * 2)}W`;
    case 'month': return `P${num(n)}M`;
    case 'year': return `P${num(n)}Y`;
    case 'decade': return `P${num(n * 10)}Y`;
    case 'century': return `P${num(n * 100)}Y`;
  }
}

/** Whether a name was written as a name (capitalized or all caps), not as the word "may" or "march". */
export function isCapitalized(word: string): boolean {
  return startsUpper(word);
}

/** Words that open another clause: a clock time's day is told in its own ("summoned at 2:30 p.m. and told …"). */
export const CLAUSE_BREAK = /\b(?:and|but|while|when|after|before|because|said|says|according|then|until|who|which|whether)\b|;/i;
