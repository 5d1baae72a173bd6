/** Weekday and month names: capitalized, proper nouns to wink, and never part of a person's name. */
const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/),
);

export function isCalendarWord(text: string): boolean {
  return CALENDAR.has(text.toLowerCase());
}

const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** "Jan 15": a month's short name before a day of it, a date's part and never a name. */
export function isShortMonthBeforeDay(texts: readonly string[], i: number): boolean {
  return MONTH_SHORT.test(texts[i] ?? '') && /^\d{1,2}$/.test(texts[i + 1] ?? '');
}
