/**
 * Days whose date moves with the year: Easter and the days counted from it, the US shopping
 * days counted from Thanksgiving (the fourth Thursday of November), US and Canadian days set on a weekday
 * of their month (Labor Day, Memorial Day, Election Day, Victoria Day), and any weekday so set ("the first Sunday of July").
 */
import { addDays, daysInMonth, formatDay, formatMonth, weekday, weekValue, type Day } from './calendar';

export type MovableDay =
  | 'easter' | 'goodFriday' | 'easterMonday' | 'ashWednesday' | 'maundyThursday' | 'holySaturday' | 'thanksgiving' | 'blackFriday' | 'cyberMonday'
  | 'palmSunday' | 'shroveTuesday' | 'ascension' | 'pentecost' | 'whitMonday'
  | 'laborDay' | 'memorialDay' | 'electionDay' | 'mlkDay' | 'presidentsDay' | 'columbusDay' | 'victoriaDay';

/** Each name news gives the day, lower case with single spaces → the day. */
export const MOVABLE_NAMES: ReadonlyMap<string, MovableDay> = new Map([
  ['easter', 'easter'], ['easter sunday', 'easter'], ['good friday', 'goodFriday'], ['easter monday', 'easterMonday'],
  ['ash wednesday', 'ashWednesday'], ['maundy thursday', 'maundyThursday'], ['holy thursday', 'maundyThursday'], ['holy saturday', 'holySaturday'],
  ['thanksgiving', 'thanksgiving'], ['thanksgiving day', 'thanksgiving'], ['black friday', 'blackFriday'], ['cyber monday', 'cyberMonday'],
  ['palm sunday', 'palmSunday'], ['shrove tuesday', 'shroveTuesday'], ['pancake day', 'shroveTuesday'], ['mardi gras', 'shroveTuesday'],
  ['ascension day', 'ascension'], ['pentecost', 'pentecost'], ['whit sunday', 'pentecost'], ['whitsunday', 'pentecost'], ['whit monday', 'whitMonday'],
  ['labor day', 'laborDay'], ['memorial day', 'memorialDay'], ['election day', 'electionDay'],
  ['martin luther king day', 'mlkDay'], ['martin luther king jr. day', 'mlkDay'], ['martin luther king jr day', 'mlkDay'], ['mlk day', 'mlkDay'],
  ["presidents' day", 'presidentsDay'], ['presidents day', 'presidentsDay'], ["president's day", 'presidentsDay'],
  ['columbus day', 'columbusDay'], ['victoria day', 'victoriaDay'],
]);

/** The movable day a name gives, in any case, spacing or apostrophe: "Presidents’ Day", "Good  Friday". */
export function movableDayNamed(name: string): MovableDay | undefined {
  return MOVABLE_NAMES.get(name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"));
}

/** Days after Easter Sunday, or after Thanksgiving. */
const FROM_EASTER: Partial<Record<MovableDay, number>> = {
  easter: 0, goodFriday: -2, easterMonday: 1, ashWednesday: -46, maundyThursday: -3, holySaturday: -1,
  palmSunday: -7, shroveTuesday: -47, ascension: 39, pentecost: 49, whitMonday: 50,
};
const FROM_THANKSGIVING: Partial<Record<MovableDay, number>> = { thanksgiving: 0, blackFriday: 1, cyberMonday: 4 };

/**
 * Days on a weekday of their month: the first Monday of September, the last Monday of May, the Tuesday after the first
 * Monday of November (the first Tuesday from November 2), the Monday before May 25, as [month, weekday (Monday 1),
 * first day it may fall on].
 */
const ON_WEEKDAY: Partial<Record<MovableDay, readonly [number, number, number]>> = {
  laborDay: [9, 1, 1], memorialDay: [5, 1, 25], electionDay: [11, 2, 2],
  mlkDay: [1, 1, 15], presidentsDay: [2, 1, 15], columbusDay: [10, 1, 8], victoriaDay: [5, 1, 18],
};

/** A weekday (Monday 1) by its place in its month, 1 to 4 or -1 for the last: [1, 7] is the first Sunday. */
export type NthWeekday = readonly [nth: number, weekday: number];

/** The day of `month` in `year` that its place and weekday name: "the last Friday of May". */
export function nthWeekdayOf(year: number, month: number, [nth, day]: NthWeekday): Day {
  return weekdayFrom({ year, month, day: nth > 0 ? 1 + 7 * (nth - 1) : daysInMonth(year, month) - 6 }, day);
}

/** The first `day` of the week (Monday 1) on or after `from`. */
function weekdayFrom(from: Day, day: number): Day {
  return addDays(from, (day - weekday(from) + 7) % 7);
}

/** The day in `year`. */
export function movableDay(name: MovableDay, year: number): Day {
  const easter = FROM_EASTER[name];
  const onWeekday = ON_WEEKDAY[name];
  if (onWeekday) {
    const [month, day, from] = onWeekday;
    return weekdayFrom({ year, month, day: from }, day);
  }
  return easter !== undefined ? addDays(easterSunday(year), easter) : addDays(thanksgiving(year), FROM_THANKSGIVING[name]!);
}

/** The value of a yearless calendar date ("July", "July 31", "Good Friday", "the first Sunday of July") in `year`. */
export function calendarValue(m: { month: number; day?: number; movable?: MovableDay; nthWeekday?: NthWeekday; inWeek?: 'week' | 'weekend' }, year: number): string {
  if (m.movable) return formatDay(movableDay(m.movable, year));
  if (m.nthWeekday) {
    const day = nthWeekdayOf(year, m.month, m.nthWeekday);
    return m.inWeek ? weekValue(day, m.inWeek) : formatDay(day);
  }
  return m.day === undefined ? formatMonth(year, m.month) : formatDay({ year, month: m.month, day: m.day });
}

/** A month and day near the day in any year, to choose the year by. */
export function usualDay(name: MovableDay): { month: number; day: number } {
  const onWeekday = ON_WEEKDAY[name];
  if (onWeekday) return { month: onWeekday[0], day: onWeekday[2] + 3 };
  const easter = FROM_EASTER[name];
  if (easter === undefined) return { month: 11, day: 27 };
  // Easter's middle date in a common year, moved as far as the day is from Easter.
  const { month, day } = addDays({ year: 2001, month: 4, day: 8 }, easter);
  return { month, day };
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The fourth Thursday of November. */
function thanksgiving(year: number): Day {
  const first = { year, month: 11, day: 1 };
  const toThursday = (4 - weekday(first) + 7) % 7;
  return addDays(first, toThursday + 21);
}
