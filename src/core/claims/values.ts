import type { DateMention, Span, Token } from '../types';
import { NUMBER, NUMBER_WORDS, ORDINAL, parseNumber, parseOrdinal } from './numbers';
import { isStopword, lemma } from './lexicon';
import { datesTheTelling } from '../time/tense';

/**
 * A checkable value of a statement, as a closed interval on a dimension, so that values written
 * differently compare: "eight years" is [8, 9), "over seven years" (7, 8), "since 2018" written
 * in mid-2025 is [6.6, 7.6]; two values conflict when their intervals do not overlap.
 */
export interface Value extends Span {
  /** What is measured: elapsed, since, until, duration, weekday, date, year, qty:<unit>, ordinal:<noun>. */
  dim: string;
  /** As written ("over seven years"). */
  text: string;
  lo: number;
  hi: number;
  /** The word before the value ("in", "take"): values only compare when said of the same thing. */
  cue: string;
}

const EPS = 1e-6;
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTHS.join('|')})`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const QUALIFIER = '(?:just over|just under|more than|over|at least|upwards of|nearly|almost|close to|about|around|approximately|roughly|some|up to|less than|fewer than|under)';
const TIME_UNIT = '(?:years?|months?|weeks?|days?|decades?|hours?)';
const UNIT_YEARS: Record<string, number> = { year: 1, month: 1 / 12, week: 7 / 365, day: 1 / 365, decade: 10, hour: 1 / 8760 };

/** The patterns, compiled once: run in order, each taking only text no earlier one took. */
const FIRST_IN = new RegExp(`\\bfirst\\b[^;!?]{0,160}?\\b(?:in|for)\\s+((${QUALIFIER})?\\s*(${NUMBER})\\s+(${TIME_UNIT}))\\b`, 'gid');
const FIRST_SINCE = new RegExp(`\\bfirst\\b[^;!?]{0,160}?\\b(since\\s+(?:(${MONTH})\\s+)?(${YEAR}))\\b`, 'gid');
const SINCE = new RegExp(`\\b(since\\s+(?:${MONTH}\\s+)?(${YEAR}))\\b`, 'gid');
const UNTIL = new RegExp(`\\b((at least\\s+)?(?:until|through|till|thru|beyond)\\s+(at least\\s+)?(?:(${YEAR})|the end of (?:the|this) (decade|year)))\\b`, 'gid');
const DURATION = new RegExp(`\\b((${QUALIFIER})?\\s*(${NUMBER})[- ](${TIME_UNIT})(-old)?)\\b`, 'gid');
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'gid');
const ORDINAL_NOUN = new RegExp(`\\b(${ORDINAL})\\s+([a-z][a-z-]+)`, 'gid');
const YEAR_ALONE = new RegExp(`(?<![\\w-])(${YEAR})(?![\\w-])`, 'gd');
const QUANTITY = new RegExp(`(?<![\\w:./-])((${QUALIFIER})\\s+)?([$€£]\\s?)?(${NUMBER})(\\s*(?:%|percent|per cent))?(?:[- ]([a-z][a-z]+))?`, 'gid');

/** A cheap test for a word every match of a pattern contains. */
const NUMBER_WORD = new RegExp(`\\d|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'i');
const TRIGGER = new Map<RegExp, RegExp>([
  [FIRST_IN, /\bfirst\b/i],
  [FIRST_SINCE, /\bfirst\b/i],
  [SINCE, /\bsince\b/i],
  [UNTIL, /\b(?:until|through|till|thru|beyond)\b/i],
  // The unit after its number: far rarer than a number.
  [DURATION, /[- ](?:year|month|week|day|decade|hour)/i],
  [WEEKDAY, /day\b/i],
  // An ordinal's ending before the space to its noun ("fourteenth", "twentieth" end in -teenth, -tieth).
  [ORDINAL_NOUN, /\d(?:st|nd|rd|th)\s|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth|hundredth)\s/i],
  [YEAR_ALONE, /\d{4}/],
  [QUANTITY, NUMBER_WORD],
]);

type Mode = 'floor' | 'point' | 'approx';

/** How a qualifier widens a number: floor for "it has been N years", point for counts. */
function interval(n: number, qualifier: string | undefined, mode: Mode): [number, number] {
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  const top = mode === 'floor' ? n + 1 - EPS : Infinity;
  switch (q) {
    case 'over': case 'more than': case 'just over': case 'upwards of':
      return [n + EPS, top];
    case 'at least':
      return [n, Infinity];
    case 'nearly': case 'almost': case 'close to': case 'just under':
      return mode === 'floor' ? [n - 1, n - EPS] : [0.8 * n, n];
    case 'under': case 'less than': case 'fewer than': case 'up to':
      return [0, n];
    case 'about': case 'around': case 'approximately': case 'roughly': case 'some':
      return mode === 'floor' ? [n - 0.5, n + 1 - EPS] : [0.85 * n, 1.15 * n];
    default:
      if (mode === 'floor') return [n, n + 1 - EPS];
      return mode === 'approx' ? [0.95 * n, 1.05 * n] : [n, n];
  }
}

function unitYears(unit: string): number {
  return UNIT_YEARS[unit.toLowerCase().replace(/s$/, '')] ?? 1;
}

/** A date as a fractional year, for elapsed-time arithmetic ("2025-08-01" → 2025.58). */
export function fractionalYear(iso: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 6;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return Number(m[1]) + (month + day / 31) / 12;
}

/** The word before a value (a module constant: the build turns a `\p{…}` literal into `new RegExp(…)` at every evaluation). */
const CUE_WORD = /(\p{L}+)\W*$/u;

class Collector {
  readonly values: Value[] = [];
  private readonly taken: Span[] = [];
  constructor(private readonly text: string, private readonly base: number) {}

  free(start: number, end: number): boolean {
    return !this.taken.some((t) => start < t.end && t.start < end);
  }

  add(dim: string, start: number, end: number, lo: number, hi: number): void {
    if (!this.free(start, end) || Number.isNaN(lo) || Number.isNaN(hi)) return;
    this.taken.push({ start, end });
    const text = this.text.slice(start, end).replace(/\s+/g, ' ');
    const cue = CUE_WORD.exec(this.text.slice(Math.max(0, start - 30), start))?.[1].toLowerCase() ?? '';
    this.values.push({ dim, text, lo, hi, cue, start: this.base + start, end: this.base + end });
  }

  /**
   * Runs a global regex; `group` is the span that becomes the value. The patterns are costly and
   * most sentences hold few values, so each runs only when the text has its TRIGGER. An exec loop,
   * not matchAll, which copies the regex on every call.
   */
  each(re: RegExp, group: number, fn: (m: RegExpExecArray, start: number, end: number) => void): void {
    if (!TRIGGER.get(re)!.test(this.text)) return;
    re.lastIndex = 0;
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      if (m[0] === '') re.lastIndex++;
      const [start, end] = m.indices![group];
      fn(m, start, end);
    }
  }
}

/**
 * The values of one sentence. `base` is the sentence's offset in the document; `ref` the document's
 * date as a fractional year (null when unknown: elapsed time since a year is then not computed).
 */
export function extractValues(
  text: string,
  base: number,
  ref: number | null,
  dates: readonly DateMention[] = [],
  tokens: readonly Token[] = [],
): Value[] {
  const c = new Collector(text, base);

  // "the first meeting in eight years", "first talks since 2018": time since the last occurrence.
  c.each(FIRST_IN, 1, (m, s, e) => {
    const n = parseNumber(m[3]);
    if (n === null) return;
    const [lo, hi] = interval(n, m[2], 'floor');
    const f = unitYears(m[4]);
    c.add('elapsed', s, e, lo * f, hi * f);
  });
  c.each(FIRST_SINCE, 1, (m, s, e) => {
    const year = Number(m[3]);
    const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
    const [from, to] = month >= 0 ? [year + month / 12, year + (month + 1) / 12] : [year, year + 1];
    if (ref !== null) c.add('elapsed', s, e, ref - to, ref - from);
    else c.add('since', s, e, from, to - EPS);
  });
  c.each(SINCE, 1, (m, s, e) => {
    const year = Number(m[2]);
    c.add('since', s, e, year, year + 1 - EPS);
  });

  // "until 2030", "at least through 2028", "until the end of the decade".
  c.each(UNTIL, 1, (m, s, e) => {
    const open = Boolean(m[2] || m[3]) || /^beyond/i.test(m[1].replace(/^at least\s+/i, ''));
    if (m[4]) {
      const y = Number(m[4]);
      c.add('until', s, e, y, open ? Infinity : y + 1 - EPS);
    } else if (ref !== null) {
      const year = Math.floor(ref);
      // Whether a decade ends in its 9 or its 0 is disputed, so both are accepted.
      const [lo, hi] = m[5].toLowerCase() === 'decade' ? [Math.floor(year / 10) * 10 + 9, Math.floor(year / 10) * 10 + 11 - EPS] : [year, year + 1 - EPS];
      c.add('until', s, e, lo, open ? Infinity : hi);
    }
  });

  // Ages and durations: "a 45-year-old man", "about two and a half years".
  c.each(DURATION, 1, (m, s, e) => {
    const n = parseNumber(m[3]);
    if (n === null) return;
    const start = m[2] ? s : s + m[1].indexOf(m[3]);
    if (m[5]) c.add('qty:age', start, e, n, n);
    else {
      const [lo, hi] = interval(n, m[2], 'approx');
      const f = unitYears(m[4]);
      c.add('duration', start, e, lo * f, hi * f);
    }
  });

  c.each(WEEKDAY, 1, (m, s, e) => {
    if (datesTheTelling(text.slice(0, s))) return;
    const day = WEEKDAYS.indexOf(m[1].toLowerCase());
    c.add('weekday', s, e, day, day);
  });

  // Ordinals of countable things: "the 49th anniversary", "its third launch"; "first" is too common.
  c.each(ORDINAL_NOUN, 0, (m, s, e) => {
    const n = parseOrdinal(m[1]);
    if (n === null || n === 1 || isStopword(m[2])) return;
    c.add(`ordinal:${lemma(m[2])}`, s, e, n, n);
  });

  for (const d of dates) {
    const s = d.start - base;
    if (d.type === 'DATE' && /\d/.test(d.text) && d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) {
      const day = Date.parse(d.value) / 86_400_000;
      c.add('date', s, d.end - base, day, day);
    }
  }

  c.each(YEAR_ALONE, 1, (m, s, e) => {
    const y = Number(m[1]);
    c.add('year', s, e, y, y + 1 - EPS);
  });

  // Counts and amounts with their unit: "300 people", "$5 million", "12%".
  c.each(QUANTITY, 0, (m, s, e) => {
    if (/^(one|a dozen)$/i.test(m[4]) && !m[3]) return;
    const n = parseNumber(m[4]);
    const counted = m[6] && !isStopword(m[6]) ? headNoun(tokens, base + m.indices![6][0]) ?? m[6] : null;
    const unit = m[3] ? m[3].trim() : m[5] ? 'percent' : counted && lemma(counted);
    if (n === null || unit === null) return;
    const [lo, hi] = interval(n, m[2], 'point');
    const end = m[6] && !m[3] && !m[5] ? e : m.indices![5]?.[1] ?? m.indices![4][1];
    c.add(`qty:${unit}`, s, end, lo, hi);
  });

  return c.values.sort((a, b) => a.start - b.start);
}

/** The head of the noun phrase starting at `offset`: "two port authorities" counts authorities. */
function headNoun(tokens: readonly Token[], offset: number): string | null {
  let i = tokens.findIndex((t) => t.start >= offset);
  if (i < 0) return null;
  let head: string | null = null;
  for (; i < tokens.length && ['NOUN', 'PROPN', 'ADJ', 'PUNCT'].includes(tokens[i].pos); i++) {
    if (tokens[i].pos === 'PUNCT' && tokens[i].text !== '-') break;
    if (tokens[i].pos === 'NOUN') head = tokens[i].text;
  }
  return head;
}

export function overlaps(a: Value, b: Value): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}
