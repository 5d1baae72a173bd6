/** Weekday and month names: capitalized, proper nouns to wink, and never part of a person's name. */
const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/),
);

export function isCalendarWord(text: string): boolean {
  return CALENDAR.has(text.toLowerCase());
}
