/** Calendar arithmetic on plain days (UTC, so no time zone or DST shifts), formatted as ISO-8601. */

export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2025-08-01" or "2025-08-01T14:40" → the day, or undefined. */
export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const day = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(day) ? day : undefined;
}

export function isValidDay({ year, month, day }: Day): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay({ year, month, day }: Day): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** A month, or a day of it, in every year: "XXXX-07", "XXXX-07-04". */
export function formatYearly(month: number, day?: number): string {
  return day === undefined ? `XXXX-${pad(month)}` : `XXXX-${pad(month)}-${pad(day)}`;
}

function toDate({ year, month, day }: Day): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function fromDate(d: Date): Day {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

/** Month arithmetic on (year, month) pairs. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  return toDate(day).getUTCDay() || 7;
}

/** Days between two days (b − a). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}

/** ISO week "2025-W31": weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - weekday(day));
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/** The ISO week that holds a day, or that week's weekend ("2026-W16-WE"). */
export function weekValue(day: Day, inWeek: 'week' | 'weekend'): string {
  return inWeek === 'weekend' ? `${isoWeek(day)}-WE` : isoWeek(day);
}

/**
 * A day and a clock time as one value; midnight ("24:00", which AP style counts to the day that
 * ends) is the next day's 00:00: "midnight on Sunday" is Monday's first moment.
 */
export function atClock(day: string, clock: string): string {
  const parsed = clock.startsWith('24:00') ? parseDay(day) : undefined;
  return parsed ? `${formatDay(addDays(parsed, 1))}T00:00${clock.slice(5)}` : `${day}T${clock}`;
}
