/**
 * Time zones written without their season ("10 a.m. ET", "5 p.m. Central", "3pm UK time"): their
 * offset from UTC follows the day. US daylight time runs from the second Sunday of March to the
 * first Sunday of November, European summer time from the last Sunday of March to the last Sunday
 * of October. A clock time carries the zone as a marker until its day is known.
 */
import { type Day, parseDay, weekday } from './calendar';

/** Each zone's standard offset in hours and whose summer time it keeps. */
const ZONES: Readonly<Record<string, { hours: number; summer: 'US' | 'EU' }>> = {
  ET: { hours: -5, summer: 'US' },
  CT: { hours: -6, summer: 'US' },
  MT: { hours: -7, summer: 'US' },
  PT: { hours: -8, summer: 'US' },
  UK: { hours: 0, summer: 'EU' },
  CE: { hours: 1, summer: 'EU' },
  EE: { hours: 2, summer: 'EU' },
};
/** Places whose time ("UK time", "Paris time") keeps a season, by their zone. */
const PLACES: Readonly<Record<string, string>> = {
  uk: 'UK', british: 'UK', london: 'UK',
  paris: 'CE', berlin: 'CE', brussels: 'CE', rome: 'CE', madrid: 'CE',
  kyiv: 'EE', kiev: 'EE', athens: 'EE',
};
const SPELLED: Readonly<Record<string, string>> = { eastern: 'ET', central: 'CT', mountain: 'MT', pacific: 'PT', ...PLACES };

/** The places whose time keeps a season: "uk", "paris", … */
export const SEASONAL_PLACES: readonly string[] = Object.keys(PLACES);

/** The marker of a zone written without its season ("ET", "Eastern", "Eastern Time", "UK time"), or undefined. */
export function seasonalZoneMarker(zone: string): string | undefined {
  const code = /^[ECMP]T$/.test(zone) ? zone : SPELLED[zone.toLowerCase().replace(/\s+time$/, '')];
  return code && `[${code}]`;
}

const MARKED = /\[(ET|CT|MT|PT|UK|CE|EE)\]$/;

/** A value with a zone marker, given its offset for its own day or else `fallback`'s; without the marker when neither is known. */
export function withSeasonalOffset(value: string, fallback: Day | undefined): string {
  const m = MARKED.exec(value);
  if (!m) return value;
  const day = parseDay(value.slice(0, 10)) ?? fallback;
  const bare = value.slice(0, m.index);
  if (!day) return bare;
  const zone = ZONES[m[1]];
  const hours = zone.hours + (isSummerTime(day, zone.summer) ? 1 : 0);
  return `${bare}${hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`}`;
}

/** Whether summer time is in force on `day` (its changes in the small hours are taken as the whole day's). */
function isSummerTime(day: Day, summer: 'US' | 'EU'): boolean {
  const start = summer === 'US' ? nthSunday(day.year, 3, 2) : lastSunday(day.year, 3);
  const end = summer === 'US' ? nthSunday(day.year, 11, 1) : lastSunday(day.year, 10);
  const key = (d: Day) => d.month * 100 + d.day;
  return key(day) >= key(start) && key(day) < key(end);
}

function nthSunday(year: number, month: number, n: number): Day {
  const first = weekday({ year, month, day: 1 });
  return { year, month, day: 1 + ((7 - first) % 7) + 7 * (n - 1) };
}

/** March and October both have 31 days. */
function lastSunday(year: number, month: 3 | 10): Day {
  const last = weekday({ year, month, day: 31 });
  return { year, month, day: 31 - (last % 7) };
}
