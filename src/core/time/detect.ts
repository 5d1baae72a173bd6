import type { Meaning } from './meaning';
import { type Candidate, isSeasonWord, RULES } from './patterns';
import { extendLeft, PREPOSITION } from './modifiers';
import { isHeadlineLine } from './lines';
import { monthNumber } from './lexicon';
import { formatDay, formatMonth, formatYearly } from './calendar';

/** A settled temporal expression: no overlaps, date and time joined, modifiers in its span. */
export interface Expression extends Candidate {
  /** Modifier words taken into the span, outermost first ("at least through", "about"). */
  modifiers: string[];
  /** Whether it describes the noun after it ("after three-hour meeting", a headline's "after March flood"). */
  attributive?: true;
}

/** Temporal expressions wholly inside text[from, to), in text order. Linear in the text: one pass per pattern. */
export function scan(text: string, from = 0, to = text.length): Expression[] {
  const found: Candidate[] = [];
  // Cut at `to` so that no pattern searches past it; the text before `from` stays for look-behinds.
  const bounded = to < text.length ? text.slice(0, to) : text;
  const lower = text.slice(from, to).toLowerCase();
  const pairs = new CharPairs(lower);
  for (const { re, build, gate } of RULES) {
    if (gate && !gate.some((g) => pairs.mayContain(g) && lower.includes(g))) continue;
    re.lastIndex = from;
    for (let m = re.exec(bounded); m; m = re.exec(bounded)) {
      const end = m.index + m[0].length;
      if (end === m.index) re.lastIndex++;
      else {
        const c = build(m, text);
        if (c) {
          const { length, skip, ...candidate } = c;
          found.push({ ...candidate, start: m.index + (skip ?? 0), end: length === undefined ? end : m.index + length });
        }
      }
    }
  }
  return withModifiers(text, shareRangeDay(text, merge(text, select(found))), from);
}

/**
 * The adjacent character pairs of a text, hashed into a bit set: a string with a pair not in the
 * set does not occur in the text. Most gates fail, and this rules them out without a search.
 */
class CharPairs {
  private readonly bits = new Uint32Array(128);

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) this.add(text.charCodeAt(i), i + 1 < text.length ? text.charCodeAt(i + 1) : -1);
  }

  /** False only if `s` cannot occur in the text; true means "search to know". */
  mayContain(s: string): boolean {
    for (let i = 0; i < s.length; i++) if (!this.has(s.charCodeAt(i), i + 1 < s.length ? s.charCodeAt(i + 1) : -1)) return false;
    return true;
  }

  /** `next` -1 stands for "any character or none": every character is added alone as well. */
  private add(c: number, next: number): void {
    this.set(slot(c, -1));
    if (next >= 0) this.set(slot(c, next));
  }

  private has(c: number, next: number): boolean {
    const k = slot(c, next);
    return (this.bits[k >>> 5] & (1 << (k & 31))) !== 0;
  }

  private set(k: number): void {
    this.bits[k >>> 5] |= 1 << (k & 31);
  }
}

function slot(c: number, next: number): number {
  return (Math.imul(c, 31) + next + 1) & 4095;
}

/** Earliest first, and of those starting together the longest; drops anything overlapping a kept one. */
function select(found: Candidate[]): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of found) if (kept.length === 0 || c.start >= kept[kept.length - 1].end) kept.push(c);
  return kept;
}

/** What may stand between a date and the time or date that completes it: "Aug 1, 2025, 2:40 PM", "Thursday at noon". */
// (A slash too, between a header's date and its time: "Updated: Jun 5, 2026 / 08:20 AM EDT".)
const JOIN = /^[^\S\r\n]*[,/|·•–—-]?[^\S\r\n]*(?:at[^\S\r\n]+)?$/i;

const isDayLike = (m: Meaning): boolean =>
  (m.kind === 'fixed' && /^\d{4}-\d{2}-\d{2}$/.test(m.value)) ||
  (m.kind === 'calendar' && m.day !== undefined) ||
  (m.kind === 'weekday' && !m.weekend) ||
  (m.kind === 'offset' && m.unit === 'day');

/** A clock time without its day: "14:40", "at 9:15" (a.m. or p.m. unstated). */
export const isClock = (c: Candidate): boolean =>
  c.type === 'TIME' && ((c.meaning.kind === 'fixed' && c.meaning.value.startsWith('T')) || c.meaning.kind === 'vague');

/** What may stand between a clock time and the day after it: "9 p.m. on Saturday", "noon, March 11", "midnight local time Thursday". */
// (Not over a sentence's end: "at 10:30 a.m. On June 3 …".)
const CLOCK_THEN_DAY = /^[^\S\r\n]*(?:[Ll]ocal[^\S\r\n]+time[^\S\r\n]*)?,?[^\S\r\n]*(?:on[^\S\r\n]+)?$/;

/** Joins a weekday with the date it names ("Thursday, July 31") and a day with its clock time, either way round. */
function merge(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const next of list) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, next.start) : '';
    const joined =
      prev &&
      ((JOIN.test(gap) ? join(prev, next) : undefined) ??
        (CLOCK_THEN_DAY.test(gap) ? clockThenDay(withHalfOfDay(text, prev, next.meaning), next) : undefined) ??
        (YEARLY_GAP.test(gap) && YEARLY.test(text.slice(prev.start, prev.end)) ? yearlyDate(prev, next) : undefined));
    if (joined) out[out.length - 1] = joined;
    else out.push(next);
  }
  return out;
}

/** What joins the two ends of a clock range: "4 to 7 p.m.", "9 a.m.-noon". */
const RANGE_GAP = /^[^\S\r\n]*(?:to|and|until|till|through|-|–)[^\S\r\n]*$/i;

/** A value with its year and month: "2024-11", "2024-06-01". */
const DATED_END = /^(\d{4})-(\d{2})(?:-\d{2})?$/;
/** A season of a year: "2022-WI". */
const SEASON_OF_YEAR = /^\d{4}-(?:SP|SU|FA|WI)$/;

/** A clock time's conversion in parentheses, then the day: "at 6 p.m. (1700 GMT) on Tuesday". */
const OPENS_CONVERSION = /^[^\S\r\n]*\($/;
const CLOSES_CONVERSION = /^\)[^\S\r\n]*,?[^\S\r\n]*(?:on[^\S\r\n]+)?$/i;

/**
 * The two ends of a clock range share the day that one of them names ("from 9 a.m. to noon on
 * Monday"), and so do a clock time and its conversion in parentheses before the day.
 */
function shareRangeDay(text: string, list: Candidate[]): Candidate[] {
  for (let i = 1; i < list.length; i++) {
    const [a, b] = [list[i - 1], list[i]];
    const gap = text.slice(a.end, b.start);
    const next = list[i + 1];
    if (isClock(a) && isClock(b) && next && isDayLike(next.meaning) && OPENS_CONVERSION.test(gap) && CLOSES_CONVERSION.test(text.slice(b.end, next.start))) {
      [list[i - 1], list[i]] = [withDay(a, next.meaning), withDay(b, next.meaning)];
      continue;
    }
    if (!RANGE_GAP.test(gap)) continue;
    // "from January to November 2024", "from May 3 to June 1, 2024": the start takes the end's year (the one before when it is later in the year).
    const end = b.meaning.kind === 'fixed' ? DATED_END.exec(b.meaning.value) : null;
    if (end && a.meaning.kind === 'calendar' && !a.meaning.direction && a.meaning.yearBy === undefined && !a.meaning.afterEvent && !a.meaning.inNamedYear && !a.meaning.movable && !a.meaning.inWeek) {
      const { month, day } = a.meaning;
      const year = Number(end[1]) - (month > Number(end[2]) ? 1 : 0);
      list[i - 1] = { ...a, meaning: { kind: 'fixed', value: day === undefined ? formatMonth(year, month) : formatDay({ year, month, day }) } };
    }
    // "over the autumn and winter of 2022": a season takes the year of the season it is joined to.
    else if (a.meaning.kind === 'yearPart' && a.meaning.byTense && b.meaning.kind === 'fixed' && SEASON_OF_YEAR.test(b.meaning.value)) {
      list[i - 1] = { ...a, type: 'DATE', meaning: { kind: 'fixed', value: `${b.meaning.value.slice(0, 4)}-${a.meaning.part}` } };
    }
    // "between March and June last year": the start takes the end's year counted from the article's.
    else if (b.meaning.kind === 'calendar' && b.meaning.yearBy !== undefined && a.meaning.kind === 'calendar' && !a.meaning.direction && a.meaning.yearBy === undefined && !a.meaning.afterEvent && !a.meaning.inNamedYear && !a.meaning.movable && !a.meaning.inWeek) {
      list[i - 1] = { ...a, meaning: { ...a.meaning, yearBy: b.meaning.yearBy - (a.meaning.month > b.meaning.month ? 1 : 0) } };
    }
    // "from December through March", "from November 2025 to February": the end month is the first after the start.
    if (isMonth(a.meaning) && b.meaning.kind === 'calendar' && b.meaning.day === undefined && !b.meaning.direction && b.meaning.yearBy === undefined) {
      list[i] = { ...b, meaning: { ...b.meaning, afterEvent: true } };
    }
    // (Over midnight the other end is on the next day or the one before: "from 15:00 until 09:00 on Saturday".)
    if (a.meaning.kind === 'at' && isClock(b)) list[i] = withDay(b, a.meaning.day, overMidnight(a.meaning.clock, clockOf(b)) ? 1 : 0);
    else if (isClock(a) && b.meaning.kind === 'at') list[i - 1] = withDay(a, b.meaning.day, overMidnight(clockOf(a), b.meaning.clock) ? -1 : 0);
  }
  return list;
}

/** A clock time's value without its "T" ("15:00", "09:00Z"), or null when a.m. or p.m. is not stated. */
function clockOf(c: Candidate): string | null {
  return c.meaning.kind === 'fixed' ? c.meaning.value.slice(1) : null;
}

/** Whether a range from one clock time to another runs over midnight (both known, the end earlier: "22:00 to 03:00"). */
function overMidnight(from: string | null, to: string | null): boolean {
  return from !== null && to !== null && from.slice(0, 5) > to.slice(0, 5);
}

/** A month, with its year or without: "December", "November 2025". */
function isMonth(m: Meaning): boolean {
  return (m.kind === 'calendar' && m.day === undefined) || (m.kind === 'fixed' && /^\d{4}-\d{2}$/.test(m.value));
}

function withDay(c: Candidate, day: Meaning, dayBy = 0): Candidate {
  return { ...c, meaning: { kind: 'at', day, clock: clockOf(c), ...(dayBy ? { dayBy } : {}) } };
}

function join(a: Candidate, b: Candidate): Candidate | undefined {
  const plainWeekday = a.meaning.kind === 'weekday' && !a.meaning.weekend && !a.meaning.direction;
  if (a.meaning.kind === 'weekday' && plainWeekday && isDayLike(b.meaning) && b.meaning.kind !== 'weekday') {
    // A weekday beside a date without a year tells the year ("Monday, Nov. 12"), and its part of the day is the date's
    // ("Saturday night, Sept. 25").
    const meaning = b.meaning.kind === 'calendar' ? { ...b.meaning, weekday: a.meaning.weekday, ...(a.meaning.part && b.meaning.day !== undefined && { part: a.meaning.part }) } : b.meaning;
    return { ...b, start: a.start, meaning };
  }
  if (isDayLike(a.meaning) && isClock(b)) return { ...withDay(b, a.meaning), start: a.start };
  // "at 9am on Monday 1 June": the clock time's weekday names the date after it.
  const day = a.meaning.kind === 'at' ? a.meaning.day : undefined;
  if (a.meaning.kind === 'at' && day?.kind === 'weekday' && !day.weekend && !day.direction && !day.part && b.meaning.kind !== 'weekday' && isDayLike(b.meaning) && b.type === 'DATE') {
    const date = b.meaning.kind === 'calendar' ? { ...b.meaning, weekday: day.weekday } : b.meaning;
    return { ...a, end: b.end, meaning: { ...a.meaning, day: date } };
  }
  // "every Sunday at 10am", "every evening at 7 p.m.": the clock time of each such day.
  const clock = isClock(b) ? clockOf(b) : null;
  if (a.type === 'SET' && a.meaning.kind === 'fixed' && RECURRING_DAY.test(a.meaning.value) && clock !== null) {
    return { ...a, end: b.end, meaning: { kind: 'fixed', value: `${a.meaning.value.replace(/T[A-Z]{2}$/, '')}T${clock}` } };
  }
  return undefined;
}

/** A set of days, or of parts of them: "XXXX-WXX-7", "XXXX-XX-XXTEV". */
const RECURRING_DAY = /^XXXX-(?:WXX-\d|XX-XX)(?:T[A-Z]{2})?$/;

/** An hour and its minutes, a.m. or p.m. unstated: "9:15". */
const BARE_CLOCK = /(\d{1,2}):(\d\d)$/;

/** A clock time whose half of the day the day after it tells: "at 9:15 this morning", "at 8:40 on Monday night". */
function withHalfOfDay(text: string, c: Candidate, day: Meaning): Candidate {
  const part = day.kind === 'offset' || day.kind === 'weekday' ? day.part : undefined;
  const read = c.meaning.kind === 'vague' && part ? BARE_CLOCK.exec(text.slice(c.start, c.end)) : null;
  // (Not an hour past midnight of a night, which is the next day's: "at 2:10 last night".)
  if (!read || +read[1] < 1 || +read[1] > 12 || (part === 'NI' && +read[1] < 5)) return c;
  const hour = (+read[1] % 12) + (part === 'MO' ? 0 : 12);
  return { ...c, meaning: { kind: 'fixed', value: `T${String(hour).padStart(2, '0')}:${read[2]}` } };
}

/** Between "every year" and its day: "every year on 14 October", "annually in June" (not a rate's "5% a year in March"). */
const YEARLY_GAP = /^[^\S\r\n]+(?:on|in)[^\S\r\n]+$/i;
const YEARLY = /^(?:(?:every|each)\s+year|annually|yearly)$/i;

/** "every year on 14 October": each year's such day (or month). */
function yearlyDate(a: Candidate, b: Candidate): Candidate | undefined {
  const m = b.meaning;
  if (a.type !== 'SET' || m.kind !== 'calendar' || m.direction || m.yearBy !== undefined || m.afterEvent || m.inNamedYear || m.movable || m.inWeek) return undefined;
  return { ...a, end: b.end, meaning: { kind: 'fixed', value: formatYearly(m.month, m.day) } };
}

function clockThenDay(a: Candidate, b: Candidate): Candidate | undefined {
  // (… or the day named before: "at 1:12 p.m. ET the same day".)
  const sameDay = b.meaning.kind === 'fromEvent' && b.meaning.unit === 'day' && b.meaning.by === 0 && !b.meaning.part;
  return isClock(a) && (isDayLike(b.meaning) || sameDay) ? { ...withDay(a, b.meaning), end: b.end } : undefined;
}

/** "at today's meeting", "in tonight's vote": before these words a locative belongs to the noun, not the day. */
const DEICTIC_DAY = /^(?:today|tonight|yesterday|tomorrow)\b/i;
const LOCATIVE: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'for']);

/** A length as an adjective: "three-hour", "10-year", "two-week-long". */
const LENGTH_ADJECTIVE = /-(?:second|minute|hour|day|night|week|month|year|decade)(?:-long)?$/i;
const NOUN_NEXT = /^[ \t]+\p{Ll}[\p{Ll}'’-]*(?![\p{L}])/u;

/**
 * Whether a time describes the noun after it ("after three-hour meeting", a headline's "after March flood"): a
 * preposition before it is the noun's, no modifier of the time. (Only in a headline for a month: in a sentence one
 * may lead an adverbial with no comma, "By March prices had fallen".)
 */
function isAttributive(text: string, c: Candidate): boolean {
  const core = text.slice(c.start, c.end);
  if (LENGTH_ADJECTIVE.test(core)) return NOUN_NEXT.test(text.slice(c.end, c.end + 30));
  // (A month or season named alone, then a word in lower case: a headline's "after March flood", "after January storm damage".)
  return (monthNumber(core) !== undefined || isSeasonWord(core)) && NOUN_NEXT.test(text.slice(c.end, c.end + 30)) && isHeadlineLine(text, c.start);
}

const GAP_CUE = new RegExp(
  '\\b(?:first|second|third|fourth|fifth|last|only|\\d+(?:st|nd|rd|th)|most|least|best|worst|biggest|largest|highest' +
    '|lowest|longest|strongest|deadliest)\\b',
  'i',
);

/** A possessive after a time and the noun it owns: "Tuesday's budget". */
const POSSESSOR = /^['’]s\s+\p{L}/u;

/** "of" after a length: what the length is of ("thirty years of worm activity"). */
const OF_AFTER = /^\s+of\b/;

/** A verb whose object is a length: "take a week", "lasted a day", "spent a month". */
const TIME_TAKING = /\b(?:take|takes|took|taking|taken|last|lasts|lasted|lasting|spend|spends|spent|spending|wait|waits|waited)\s+$/i;

/** The text of the clause before `start`, on its line. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  return before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'), before.search(/[.;!?][^.;!?]*$/)) + 1);
}

/** Takes leading modifiers into each span; drops bare "a year"-like counts that have none. */
function withModifiers(text: string, list: Candidate[], from: number): Expression[] {
  const out: Expression[] = [];
  for (const c of list) {
    const floor = out.length ? out[out.length - 1].end : from;
    const deictic = DEICTIC_DAY.test(text.slice(c.start, c.start + 9));
    const attributive = isAttributive(text, c);
    // "after Tuesday's budget", "before Friday's deadline": the preposition governs the possessor's noun.
    const possessor = POSSESSOR.test(text.slice(c.end, c.end + 4));
    const { start, modifiers } = extendLeft(text, c.start, floor, deictic ? LOCATIVE : attributive || possessor ? PREPOSITION : undefined);
    // … or a verb of time taking it as its object: "will take a week to clear", "lasted a day".
    if (c.needsModifier && modifiers.length === 0 && !TIME_TAKING.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "in eight years": a point ahead ("will return in eight years") unless a first/last/superlative makes it
    // the length of a gap ("the first talks in eight years", "the 11th leader in 45 years").
    // "in the next two weeks" is a length from now, not a point two weeks ahead; "thirty years of worm activity" a length of it.
    const span = /^the\s+(?:next|coming|past|last)\b/i.test(text.slice(c.start, c.end));
    const meaning: Meaning =
      c.meaning.kind === 'duration' && modifiers[0] === 'in' && !span && !GAP_CUE.test(clauseBefore(text, start)) && !OF_AFTER.test(text.slice(c.end, c.end + 4))
        ? { ...c.meaning, kind: 'ahead' }
        : c.meaning;
    out.push({ ...c, start, meaning, modifiers, ...(attributive && { attributive }) });
  }
  return out;
}
