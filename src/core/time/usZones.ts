/**
 * US time zones written without "standard" or "daylight" ("10 a.m. ET", "5 p.m. Central"): their
 * offset from UTC follows the day, daylight time running from the second Sunday of March to the
 * first Sunday of November. A clock time carries the zone as a marker until its day is known.
 */
import { type Day, parseDay, weekday } from './calendar';

const STANDARD_HOURS: Readonly<Record<string, number>> = { ET: 5, CT: 6, MT: 7, PT: 8 };
const SPELLED: Readonly<Record<string, string>> = { eastern: 'ET', central: 'CT', mountain: 'MT', pacific: 'PT' };

/** The marker of a US zone written without its season ("ET", "Eastern", "Eastern Time"), or undefined. */
export function usZoneMarker(zone: string): string | undefined {
  const code = STANDARD_HOURS[zone] !== undefined ? zone : SPELLED[zone.toLowerCase().replace(/\s+time$/, '')];
  return code && `[${code}]`;
}

const MARKED = /\[(ET|CT|MT|PT)\]$/;

/** A value with a zone marker, given its offset for its own day or else `fallback`'s; without the marker when neither is known. */
export function withUsOffset(value: string, fallback: Day | undefined): string {
  const m = MARKED.exec(value);
  if (!m) return value;
  const day = parseDay(value.slice(0, 10)) ?? fallback;
  const bare = value.slice(0, m.index);
  if (!day) return bare;
  const hours = STANDARD_HOURS[m[1]] - (isDaylightTime(day) ? 1 : 0);
  return `${bare}-${String(hours).padStart(2, '0')}:00`;
}

/** Whether US daylight time is in force on `day` (its changes at 2 a.m. are taken as the whole day's). */
function isDaylightTime(day: Day): boolean {
  const start = nthSunday(day.year, 3, 2);
  const end = nthSunday(day.year, 11, 1);
  const key = (d: Day) => d.month * 100 + d.day;
  return key(day) >= key(start) && key(day) < key(end);
}

function nthSunday(year: number, month: number, n: number): Day {
  const first = weekday({ year, month, day: 1 });
  return { year, month, day: 1 + ((7 - first) % 7) + 7 * (n - 1) };
}
