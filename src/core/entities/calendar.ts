import type { Token } from '../types';

/** Weekday and month names: capitalized, proper nouns to wink, and never part of a person's name. */
const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/),
);

export function isCalendarWord(text: string): boolean {
  return CALENDAR.has(text.toLowerCase());
}

const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** A month's short name, with or without its full stop: "Jan", "Sept.". */
export function isShortMonth(text: string): boolean {
  return MONTH_SHORT.test(text);
}

/** "Jan 15": a month's short name before a day of it, a date's part and never a name. */
export function isShortMonthBeforeDay(tokens: readonly Token[], i: number): boolean {
  return isShortMonth(tokens[i]?.text ?? '') && /^\d{1,2}$/.test(tokens[i + 1]?.text ?? '');
}
