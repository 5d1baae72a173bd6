import type { DateType } from '../types';
import { type Meaning, type OffsetUnit, RELATIVE_TO_EVENT } from './meaning';
import type { Tense } from './tense';
import { addDays, addMonths, atClock, type Day, daysBetween, formatDay, formatMonth, isoWeek, isValidDay, parseDay, weekday, weekValue } from './calendar';
import { isoDuration } from './lexicon';
import { withSeasonalOffset } from './seasonalZones';
import { calendarValue } from './movable';

/** The date relative expressions are counted from, and where it came from (said in every resolution). */
export interface Anchor {
  day: Day;
  /** "this article's date (2025-08-01)", "the corpus: other sources dated 2025-08-01". */
  source: string;
  /** An inferred date is only good to its week: a bare weekday then names that day of that week. */
  weekOnly?: boolean;
}

export interface Resolved {
  type: DateType;
  value: string | null;
  resolution?: string;
}

/** A value with what it was read as; `anchored` when it was counted from the anchor. */
interface Reading {
  value: string | null;
  type?: DateType;
  detail?: string;
  anchored?: boolean;
  /** Why there is no value. */
  why?: string;
}

const NO_ANCHOR: Reading = { value: null, why: 'unresolved (no article date)' };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The ISO value of an expression and a sentence saying how it was obtained; never a guessed value. */
export function resolve(label: string, type: DateType, meaning: Meaning, anchor: Anchor | null, tense: Tense): Resolved {
  const reading = read(meaning, anchor, tense);
  const r = reading.value === null ? reading : { ...reading, value: withSeasonalOffset(reading.value, anchor?.day) };
  const shown = label.replace(/\s+/g, ' ');
  const detail = r.detail ? ` (${r.detail})` : '';
  let resolution: string | undefined;
  if (r.value === null) resolution = `${shown}: ${r.why}`;
  else if (r.anchored) resolution = `${shown} → ${r.value}${detail}, from ${anchor!.source}`;
  else if (r.detail) resolution = `${shown} → ${r.value}${detail}`;
  return { type: r.type ?? type, value: r.value, resolution };
}

function read(meaning: Meaning, anchor: Anchor | null, tense: Tense): Reading {
  switch (meaning.kind) {
    case 'fixed':
      return { value: meaning.value, detail: meaning.note };
    case 'vague':
      return { value: null, why: meaning.why };
    case 'fromEvent':
      return { value: null, why: RELATIVE_TO_EVENT };
    case 'duration':
      return { value: isoDuration(meaning.n, meaning.unit) };
    case 'ahead':
      return readAhead(meaning, anchor, tense);
    case 'at':
      return readAt(meaning, anchor, tense);
    case 'range': {
      const [from, to] = [read(meaning.from, anchor, tense), read(meaning.to, anchor, tense)];
      return from.value && to.value ? { ...from, value: `${from.value}/${endAfter(from.value, to.value)}` } : from.value ? to : from;
    }
  }
  if (!anchor) return NO_ANCHOR;
  switch (meaning.kind) {
    case 'calendar':
      return withPart(readCalendar(meaning, anchor.day, tense), meaning.part);
    case 'weekday':
      return withPart(readWeekday(meaning, anchor, tense), meaning.part);
    case 'offset':
      return withPart(readOffset(meaning, anchor.day, tense), meaning.part);
    case 'yearPart':
      return readYearPart(meaning, anchor.day, tense);
    case 'monthDay':
      return readMonthDay(meaning, anchor.day, tense);
  }
}

/** "on the 15th": this month's, unless a past-tense sentence puts it after today (last month's) or a future one before (next month's). */
function readMonthDay(m: Extract<Meaning, { kind: 'monthDay' }>, anchor: Day, tense: Tense): Reading {
  let by = m.by ?? 0;
  let detail: string | undefined;
  if (m.by === undefined && tense === 'past' && m.day > anchor.day) (by = -1), (detail = 'past tense');
  else if (m.by === undefined && tense === 'future' && m.day < anchor.day) (by = 1), (detail = 'future tense');
  const { year, month } = addMonths(anchor.year, anchor.month, by);
  const day = { year, month, day: m.day };
  return isValidDay(day) ? { value: formatDay(day), detail, anchored: true } : { value: null, why: 'no such day in that month' };
}

/** A day with a part of it: "2024-07-18" + "AF" → "2024-07-18TAF". */
function withPart(r: Reading, part: string | undefined): Reading {
  return part && r.value && /^\d{4}-\d{2}-\d{2}$/.test(r.value) ? { ...r, value: `${r.value}T${part}` } : r;
}

/** "this week" written on a Sunday, the last day of its ISO week, speaks of the coming one when the event is ahead. */
function readOffset(m: Extract<Meaning, { kind: 'offset' }>, anchor: Day, tense: Tense): Reading {
  if (m.unit === 'week' && m.by === 0 && weekday(anchor) === 7 && (m.later || tense === 'future')) {
    return { value: offsetValue(anchor, 'week', 1), detail: 'the week after a Sunday, the event being ahead', anchored: true };
  }
  return { value: offsetValue(anchor, m.unit, m.by), detail: m.note, anchored: true };
}

/** First and last month of a part of a year (winter: December to February, as months 12–14). */
const PART_MONTHS: Record<string, [number, number]> = {
  Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12], SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14],
};

/** A part of a year; one named without "this" is last year's if a past-tense sentence puts it after today, next year's if a future one puts it before. */
function readYearPart(m: Extract<Meaning, { kind: 'yearPart' }>, anchor: Day, tense: Tense): Reading {
  const [first, last] = PART_MONTHS[m.part] ?? [1, 12];
  let year = m.by !== 0 && SEASON_PARTS.has(m.part) && !m.ofYear ? seasonYear(m.by, first, last, anchor) : anchor.year + m.by;
  let detail: string | undefined;
  if (m.byTense && tense === 'past' && first > anchor.month) (year -= 1), (detail = 'past tense');
  else if (m.byTense && tense === 'future' && last < anchor.month) (year += 1), (detail = 'future tense');
  // No tense ("fourth-quarter results miss", a headline in January): the nearer of last year's and this year's.
  else if (m.byTense && tense === null && first - anchor.month > HALF_YEAR) (year -= 1), (detail = 'the nearer one');
  return { value: `${year}-${m.part}`, detail, anchored: true };
}

const HALF_YEAR = 6;
const SEASON_PARTS = new Set(['SP', 'SU', 'FA', 'WI']);

/**
 * The year of "next summer" or "last winter": the first such season to begin after the day, or the
 * last to end before it ("next summer" in April is this year's; "last winter" in February the one before the present).
 */
function seasonYear(by: number, first: number, last: number, anchor: Day): number {
  const now = anchor.year * 12 + anchor.month;
  if (by > 0) {
    let year = anchor.year - 1;
    while (year * 12 + first <= now) year++;
    return year + by - 1;
  }
  let year = anchor.year + 1;
  while (year * 12 + last >= now) year--;
  return year + by + 1;
}

/** "in eight years": a point ahead in a sentence about the future, else a length. */
function readAhead(m: Extract<Meaning, { kind: 'ahead' }>, anchor: Anchor | null, tense: Tense): Reading {
  const countable = Number.isInteger(m.n) && /^(day|week|month|year|decade|century)$/.test(m.unit);
  if (tense !== 'future' || !countable) return { value: isoDuration(m.n, m.unit), type: 'DURATION' };
  if (!anchor) return { ...NO_ANCHOR, type: 'RELATIVE' };
  return { value: offsetValue(anchor.day, m.unit as OffsetUnit, m.n), type: 'RELATIVE', detail: 'future tense', anchored: true };
}

function readAt(m: Extract<Meaning, { kind: 'at' }>, anchor: Anchor | null, tense: Tense): Reading {
  // The clock time says more than a part of the day ("Monday morning at 9").
  const day = read(m.day.kind === 'weekday' || m.day.kind === 'offset' ? { ...m.day, part: undefined } : m.day, anchor, tense);
  if (day.value === null) return day;
  if (m.clock === null) return { ...day, detail: [day.detail, 'a.m. or p.m. not stated'].filter(Boolean).join('; ') };
  const parsed = m.dayBy ? parseDay(day.value) : undefined;
  if (parsed) return { ...day, value: atClock(formatDay(addDays(parsed, m.dayBy!)), m.clock), detail: [day.detail, 'the other end of the range over midnight'].filter(Boolean).join('; ') };
  return { ...day, value: atClock(day.value, m.clock) };
}

/** How many days back a day in a future-tense sentence is still this year's. */
const JUST_GONE_DAYS = 7;

/** Whether the month and day lie up to a week before the article's day, in its year. */
function isJustGone(m: Extract<Meaning, { kind: 'calendar' }>, anchor: Day): boolean {
  const day = m.day !== undefined ? { year: anchor.year, month: m.month, day: m.day } : undefined;
  if (!day || !isValidDay(day)) return false;
  const back = daysBetween(day, anchor);
  return back > 0 && back <= JUST_GONE_DAYS;
}

/** How far ahead, in month·100 + day units (about two months), a day in a past-tense sentence is taken as scheduled. */
const SCHEDULED_AHEAD = 200;

/** A month (and day) without a year: the year that the tense or "last"/"next" points to, else the nearest. */
function readCalendar(m: Extract<Meaning, { kind: 'calendar' }>, anchor: Day, tense: Tense): Reading {
  const key = (month: number, day: number) => month * 100 + day;
  const here = key(anchor.month, m.day ?? anchor.day);
  const there = key(m.month, m.day ?? anchor.day);
  let year = anchor.year;
  let detail: string | undefined;
  if (m.yearBy !== undefined) (year += m.yearBy), (detail = 'the year named with it');
  else if (m.direction === 'last') year -= there >= here ? 1 : 0;
  else if (m.direction === 'next') year += there <= here ? 1 : 0;
  // A past-tense sentence may set a day a few weeks ahead ("ordered a hearing for June 3"): that one stays this year's.
  else if (!m.direction && tense === 'past') (year -= there > here + (m.day === undefined ? 0 : SCHEDULED_AHEAD) ? 1 : 0), (detail = 'past tense');
  // … and a future one may name a day just gone ("should call, quoting log 0917 of February 28", told on March 4).
  else if (!m.direction && tense === 'future') (year += there < here && !isJustGone(m, anchor) ? 1 : 0), (detail = 'future tense');
  else if (!m.direction) {
    // No tense to go by: the nearest such date, within half a year ("The Fed meets on Feb. 1" in late December).
    const months = m.month - anchor.month;
    if (months > 6) (year -= 1), (detail = 'the nearest such date');
    else if (months < -6) (year += 1), (detail = 'the nearest such date');
    else detail = "the article's year";
  }
  if (m.day === undefined || m.movable || m.nthWeekday) return { value: calendarValue(m, year), detail, anchored: true };
  if (m.weekday !== undefined) {
    // The year next to the article's in which the date falls on the weekday named with it.
    const match = [year, anchor.year, anchor.year - 1, anchor.year + 1].find((y) => {
      const d = { year: y, month: m.month, day: m.day! };
      return isValidDay(d) && weekday(d) === m.weekday;
    });
    if (match !== undefined) {
      const value = formatDay({ year: match, month: m.month, day: m.day });
      return { value, detail: `the year in which it is a ${WEEKDAYS[m.weekday - 1]}`, anchored: true };
    }
    detail = `${detail ? `${detail}; ` : ''}the weekday named does not match`;
  }
  const day = { year, month: m.month, day: m.day };
  if (!isValidDay(day)) return { value: null, why: `no such day in ${year}` };
  return { value: m.inWeek ? weekValue(day, m.inWeek) : formatDay(day), detail, anchored: true };
}

/** A range's end read on its own may fall before its start ("January-March" in January, past tense): it is the start's year's, or the next. */
function endAfter(from: string, to: string): string {
  if (to >= from || !/^\d{4}/.test(from) || !/^\d{4}/.test(to)) return to;
  const year = +from.slice(0, 4);
  const same = `${year}${to.slice(4)}`;
  return same >= from ? same : `${year + 1}${to.slice(4)}`;
}

/** Days an undated report may lie before or after the date inferred for it from its story's sources. */
const INFERRED_LEEWAY = 2;

/** Days to Saturday from a Wednesday: told before then, a past "this weekend" is the one just past. */
const EARLY_WEEK_SHIFT = 3;

/** A weekday: "last"/"next"/"this" say which; else the tense (past, or no cue: the one before; future: the next). */
function readWeekday(m: Extract<Meaning, { kind: 'weekday' }>, { day: anchor, weekOnly }: Anchor, tense: Tense): Reading {
  const today = weekday(anchor);
  const name = m.weekend ? 'weekend' : WEEKDAYS[m.weekday - 1];
  let shift: number;
  let detail: string | undefined;
  if (m.weeksOn !== undefined) {
    shift = (m.weekday - today + 7) % 7 + 7 * m.weeksOn;
    detail = m.weeksOn === 0 ? `the coming ${name}` : `${m.weeksOn} week${m.weeksOn > 1 ? 's' : ''} after the coming ${name}`;
  }
  else if (m.direction === 'this') {
    shift = m.weekday - today;
    // "What happened this weekend", told on a Tuesday: the weekend just past (told on a Thursday or a
    // Friday, the coming one still: "this weekend's race has been moved").
    if (m.weekend && tense === 'past' && shift >= EARLY_WEEK_SHIFT) (shift -= 7), (detail = 'past tense: the weekend just past');
  }
  // "last weekend" is the previous week's, "last Friday" the latest Friday before today, but the
  // one before yesterday: yesterday would be "yesterday" ("last Thursday" written on a Friday).
  else if (m.direction === 'last') {
    const back = (today - m.weekday + 7) % 7;
    shift = m.weekend ? m.weekday - today - 7 : -(back || 7) - (back === 1 ? 7 : 0);
  }
  // "next Sunday" written on a Saturday is the week after's: tomorrow would be "tomorrow".
  else if (m.direction === 'next') {
    const ahead = (m.weekday - today + 7) % 7;
    shift = m.weekend ? m.weekday - today + 7 : (ahead || 7) + (ahead === 1 ? 7 : 0);
  }
  // Without a future tense a weekday against an inferred date is read as past: reports tell what happened.
  else if (weekOnly && tense !== 'future') {
    // An undated report may be a day or two off the date inferred for it: the latest such weekday
    // up to INFERRED_LEEWAY days after that date (a weekend over by then: its Sunday).
    const last = m.weekend ? 7 : m.weekday;
    shift = INFERRED_LEEWAY - (((today + INFERRED_LEEWAY - last) % 7) + 7) % 7;
    detail = `${tense === 'past' ? 'past tense' : 'no future tense'}: the ${name} before the inferred date, give or take ${INFERRED_LEEWAY} days`;
  } else if (weekOnly) {
    shift = (((m.weekday - today + INFERRED_LEEWAY) % 7) + 7) % 7 - INFERRED_LEEWAY;
    detail = `future tense: the ${name} after the inferred date, give or take ${INFERRED_LEEWAY} days`;
  } else if (tense === 'future') {
    shift = (m.weekday - today + 7) % 7;
    detail = `future tense: ${shift === 0 ? 'that same day' : `the coming ${name}`}`;
  }
  else {
    shift = -((today - m.weekday + 7) % 7);
    const which = shift === 0 ? 'that same day' : `the ${name} before`;
    detail = tense === 'past' ? `past tense: ${which}` : `no tense cue: taken as ${which}`;
  }
  const day = addDays(anchor, shift);
  return { value: m.weekend ? weekValue(day, 'weekend') : formatDay(day), detail, anchored: true };
}

/** The calendar period `by` units from the anchor, at that unit's precision. */
function offsetValue(anchor: Day, unit: OffsetUnit, by: number): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(anchor, by));
    case 'week':
      return isoWeek(addDays(anchor, 7 * by));
    case 'month': {
      const { year, month } = addMonths(anchor.year, anchor.month, by);
      return formatMonth(year, month);
    }
    case 'quarter': {
      const { year, month } = addMonths(anchor.year, anchor.month, 3 * by);
      return `${year}-Q${Math.ceil(month / 3)}`;
    }
    case 'year': {
      // ISO years have four digits: "1,500 years ago" is "0524", before year 0 "-2474".
      const year = anchor.year + by;
      return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
    }
    case 'decade':
      return `${Math.floor(anchor.year / 10) + by}X`;
    case 'century':
      return String(Math.floor(anchor.year / 100) + by).padStart(2, '0');
  }
}
