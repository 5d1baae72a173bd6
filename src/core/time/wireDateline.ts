import { type Day, daysBetween, formatDay, isValidDay, weekday } from './calendar';
import type { Expression } from './detect';
import type { Tense } from './tense';

/** A wire dateline sits at the start of one of the first content lines (a summary's bullets not counted). */
const MAX_LINES = 5;
const BULLET = /^[ \t]*[*•▪‣-][ \t]/;
/**
 * Before the date: the place, in capitals or not, perhaps with its country or a second place ("LONDON,", "PORTO ALEGRE,
 * Brazil,", "Multan,", "FRANKFURT/WASHINGTON,"), and a comma, or a dash after it and perhaps the agency ("Chicago (GLPS) –").
 */
const PLACE = /^[ \t]*\p{Lu}[\p{L}\p{M} .'’/-]{0,40}(?:,[ \t]*\p{Lu}[\p{L}\p{M} .'’-]*)?(?:,|[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—])[ \t]*$/u;
/**
 * After the date: the agency in brackets or slashes, then a dash ("(Reuters) -", "(AP) —",
 * "/PRNewswire/ --"), or the agency in brackets before the first sentence ("(PTI) The party …").
 */
const AGENCY = /^[ \t]*(?:(?:\([^()\n]{1,40}\)[ \t]*|\/[^/\n]{1,40}\/[ \t]*)?[-–—]|\([^()\n]{1,40}\)[ \t]+\p{Lu})/u;
/** Modifiers that point past the time of writing ("through 2028"): such dates set no lower bound. */
const AHEAD = /\b(?:until|till|through|thru|by|before|ahead)\b/i;
/** How many years before this one a year named alone may still date a story's present. */
const MAX_STORY_YEARS_BACK = 20;

/** Weekday-date pairs repeat within this many years, so a search beyond it finds nothing new. */
const WEEKDAY_CYCLE = 12;

/**
 * The date of a wire story's dateline at the start of its first paragraph ("SEATTLE, Oct 24, 2024
 * (Reuters) -"), or null. When it gives the day but not the year ("LONDON, March 3 (Reuters) -"),
 * the year is the earliest that puts that day on or after every date the story speaks of outside
 * the future tense ("since August 2023" → 2024) and, when the story names a weekday with a date
 * ("on Friday, April 5"), that makes the weekday right, and that puts the dateline on the weekday
 * its first lines name (leadWeekday); with no such date, null.
 */
export function findWireDateline(text: string, found: readonly Expression[], tenseOf: (e: Expression) => Tense): string | null {
  const dateline = wireDay(text, found);
  if (!dateline) return null;
  if (dateline.year !== undefined) return formatDay({ ...dateline, year: dateline.year });
  let floor: Day | undefined;
  const pairs: { weekday: number; month: number; day: number }[] = [];
  for (const e of found) {
    if (e === dateline.expression) continue;
    if (e.meaning.kind === 'calendar' && e.meaning.weekday !== undefined && e.meaning.day !== undefined) {
      pairs.push({ weekday: e.meaning.weekday, month: e.meaning.month, day: e.meaning.day });
    }
    const day = e.type === 'DATE' && e.meaning.kind === 'fixed' ? explicitDay(e.meaning.value) : undefined;
    // A year after this one is a target ("the 2030 targets"), not a date the story looks back on; a year alone
    // long before this one is history ("founded in 1950"), too far back to date the story by.
    const history = day !== undefined && /^\d{4}$/.test((e.meaning as { value: string }).value) && currentYear() - day.year > MAX_STORY_YEARS_BACK;
    if (!day || history || day.year > currentYear() || e.modifiers.some((m) => AHEAD.test(m)) || tenseOf(e) === 'future') continue;
    if (!floor || key(day) > key(floor)) floor = day;
  }
  if (!floor) return null;
  const first = floor.month * 100 + floor.day <= dateline.month * 100 + dateline.day ? floor.year : floor.year + 1;
  // The lead's weekday is the dateline's day: "LONDON, March 3 (Reuters) - … said on Wednesday" (in no year after this
  // one: a weekday alone dates no story years ahead).
  const lead = leadWeekday(text, found, dateline.expression, tenseOf);
  for (const withLead of lead === undefined ? [false] : [true, false]) {
    const last = withLead ? Math.max(first, currentYear()) : first + WEEKDAY_CYCLE - 1;
    for (let year = first; year <= last; year++) {
      const day = { year, month: dateline.month, day: dateline.day };
      if (withLead && weekday(day) !== lead) continue;
      if (pairs.every((p) => weekdayFits(p, day))) return formatDay(day);
    }
  }
  return formatDay({ ...dateline, year: first });
}

/** Lines of the story, its first included, whose weekdays say which day the dateline is. */
const LEAD_LINES = 3;
const LATE_BEFORE = /\blate\s+$/i;
const NIGHT_AFTER = /^\s+(?:night|evening)\b/i;

/**
 * The dateline's weekday (1–7) by the bare weekdays of the past or present in the story's first
 * lines ("… said on Wednesday"), the day after for a day's late hours ("late on Sunday", "Sunday
 * night" → Monday): the latest of them, the one the others fall shortest before ("declared the
 * winner on Sunday … told supporters on Monday" → Monday).
 */
function leadWeekday(text: string, found: readonly Expression[], dateline: Expression, tenseOf: (e: Expression) => Tense): number | undefined {
  let end = dateline.end;
  for (let lines = 0; lines < LEAD_LINES && end < text.length; ) {
    const newline = text.indexOf('\n', end + 1);
    if (text.slice(end, newline < 0 ? text.length : newline).trim()) lines++;
    end = newline < 0 ? text.length : newline;
  }
  const weekdays = new Set<number>();
  for (const e of found) {
    if (e.start <= dateline.end || e.start >= end || e.meaning.kind !== 'weekday' || e.meaning.direction || e.meaning.weekend) continue;
    if (tenseOf(e) === 'future') continue;
    // What happened late on a day is news of the next: "said late on Sunday" in a Monday story.
    const late = e.modifiers[0] === 'late on' || LATE_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)) || NIGHT_AFTER.test(text.slice(e.end, e.end + 10));
    weekdays.add(late ? (e.meaning.weekday % 7) + 1 : e.meaning.weekday);
  }
  let best: { day: number; span: number } | undefined;
  for (const day of weekdays) {
    const span = Math.max(...[...weekdays].map((w) => (day - w + 7) % 7));
    if (!best || span < best.span) best = { day, span };
  }
  return best?.day;
}

/** Whether the document opens with a wire dateline that gives no year ("LONDON, March 3 (Reuters) -"). */
export function hasYearlessWireDateline(text: string, found: readonly Expression[]): boolean {
  const dateline = wireDay(text, found);
  return dateline !== null && dateline.year === undefined;
}

/**
 * The day of a wire dateline without its year, dated in the year that puts it nearest `near` (the
 * date other sources of the story give: "VALENCIA, March 1 (Reuters) -" next to reports of 2 March
 * 2025 is 1 March 2025); null without such a dateline.
 */
export function wireDayNear(text: string, found: readonly Expression[], near: Day): Day | null {
  const dateline = wireDay(text, found);
  if (!dateline || dateline.year !== undefined) return null;
  const candidates = [near.year - 1, near.year, near.year + 1]
    .map((year) => ({ year, month: dateline.month, day: dateline.day }))
    .filter(isValidDay);
  return candidates.reduce((best, d) => (Math.abs(daysBetween(d, near)) < Math.abs(daysBetween(best, near)) ? d : best));
}

function wireDay(text: string, found: readonly Expression[]): { year?: number; month: number; day: number; expression: Expression } | null {
  let lineStart = 0;
  for (let seen = 0; seen < MAX_LINES && lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() && !BULLET.test(line)) {
      seen++;
      const e = found.find((x) => x.start >= lineStart && x.start < lineEnd);
      const inPlace = e !== undefined && PLACE.test(text.slice(lineStart, e.start)) && AGENCY.test(text.slice(e.end, lineEnd));
      if (inPlace && e.meaning.kind === 'calendar' && e.meaning.day !== undefined && !e.meaning.direction) {
        return { month: e.meaning.month, day: e.meaning.day, expression: e };
      }
      // With its year ("SEATTLE, Oct 24, 2024 (Reuters) -"): the date as written.
      const full = inPlace && e.meaning.kind === 'fixed' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(e.meaning.value) : null;
      if (full) return { year: +full[1], month: +full[2], day: +full[3], expression: e! };
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/** This year by the clock: no story was written later. */
function currentYear(): number {
  return new Date().getUTCFullYear();
}

/** First month of a part of a year ("SU" → 6). */
const PART_START: Readonly<Record<string, number>> = { Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, H2: 7, SP: 3, SU: 6, FA: 9, WI: 12 };

/** The first day of an explicit year, part of a year, month or day ("2023", "2024-SU", "2023-08", "2023-08-14"). */
function explicitDay(value: string): Day | undefined {
  const part = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (part) return { year: +part[1], month: PART_START[part[2]], day: 1 };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  return m ? { year: +m[1], month: m[2] ? +m[2] : 1, day: m[3] ? +m[3] : 1 } : undefined;
}

function key(d: Day): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

/** Whether a weekday-date pair falls on its weekday in the year, of the three around the story's date, nearest to it. */
function weekdayFits(p: { weekday: number; month: number; day: number }, story: Day): boolean {
  const offset = (p.month - story.month) * 31 + (p.day - story.day);
  const year = offset > 183 ? story.year - 1 : offset < -183 ? story.year + 1 : story.year;
  const day = { year, month: p.month, day: p.day };
  return isValidDay(day) && weekday(day) === p.weekday;
}
