/**
 * Dates counted from an event the text has just dated: "in 2012 … three years later", "on July 22
 * … a week earlier", "the following day", "that year". The count starts from the last calendar
 * value named in the same sentence or the one before; further back, or at a coarser precision than
 * the count needs, it has no value.
 */
import { addDays, addMonths, formatDay, formatMonth, isoWeek, parseDay, weekday } from './calendar';
import { type Meaning, RELATIVE_TO_EVENT } from './meaning';

export type EventUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'date';

/** The last calendar value the text named, and in which sentence. */
export interface NamedDate {
  value: string;
  sentence: number;
  /** Named in a clause told in the past perfect, a flashback: "The canvass on Monday had put his lead at 143". */
  perfect?: true;
  /** Named as where a state began that lasts to the telling ("since October 2024"): no frame for the story's time. */
  since?: true;
}

const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W\d{2}|-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T.*)?$/;

/** The calendar value of a resolved expression to count from, if it has one ("2012", "2024-07", "2024-W29", "2024-H2", "2024-07-22T14:00"). */
export function namedDate(value: string | null, sentence: number): NamedDate | undefined {
  return value && CALENDAR_VALUE.test(value) ? { value, sentence } : undefined;
}

/** How many sentences back the date named last may lie for "three days later" to count from it. */
const EVENT_REACH = 2;

export function countFromEvent(unit: EventUnit, by: number, named: NamedDate | undefined, sentence: number, part?: string, weekdayTo?: number): Meaning {
  const m = named && sentence - named.sentence <= EVENT_REACH ? CALENDAR_VALUE.exec(named.value) : null;
  if (!m) return { kind: 'vague', why: RELATIVE_TO_EVENT };
  const [year, month, day] = [+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined];
  // "at 7:02 p.m. on Tuesday … about six hours later", "doors open 30 minutes earlier": from a clock time, its zone kept.
  if (unit === 'hour' || unit === 'minute') return minutesLater(named!.value, unit === 'hour' ? by * 60 : by);
  const note = `counted from ${named!.value.replace(/T.*$/, '')}, the date named before it`;
  if (unit === 'date') return { kind: 'fixed', value: named!.value.replace(/T.*$/, ''), note: `${named!.value.replace(/T.*$/, '')}, the date named before it` };
  if (unit === 'year') return { kind: 'fixed', value: String(year + by), note };
  if (month === undefined) return { kind: 'vague', why: RELATIVE_TO_EVENT };
  if (unit === 'month') {
    const moved = addMonths(year, month, by);
    return { kind: 'fixed', value: formatMonth(moved.year, moved.month), note };
  }
  if (day === undefined) return { kind: 'vague', why: RELATIVE_TO_EVENT };
  const from = { year, month, day };
  // "the Monday before": the nearest such weekday on the side `by` points to.
  const days = weekdayTo === undefined ? by : by < 0 ? -((weekday(from) - weekdayTo + 7) % 7 || 7) : (weekdayTo - weekday(from) + 7) % 7 || 7;
  const value = unit === 'week' ? isoWeek(addDays(from, 7 * by)) : formatDay(addDays(from, days));
  return { kind: 'fixed', value: part ? `${value}T${part}` : value, note };
}

const CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(.*)$/;
const MINUTES_A_DAY = 24 * 60;

/** `by` minutes from a day's clock time ("2026-03-03T19:02-05:00" + 360 → "2026-03-04T01:02-05:00"); none from a day alone. */
function minutesLater(value: string, by: number): Meaning {
  const m = CLOCK.exec(value);
  const from = m && parseDay(m[1]);
  if (!m || !from) return { kind: 'vague', why: RELATIVE_TO_EVENT };
  const minutes = +m[2] * 60 + +m[3] + by;
  const days = Math.floor(minutes / MINUTES_A_DAY);
  const left = minutes - days * MINUTES_A_DAY;
  const clock = `${String(Math.floor(left / 60)).padStart(2, '0')}:${String(left % 60).padStart(2, '0')}${m[4]}`;
  return { kind: 'fixed', value: `${formatDay(addDays(from, days))}T${clock}`, note: `counted from ${value}, the time named before it` };
}
