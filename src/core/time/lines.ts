/** Where an expression stands on its line: alone, or opening a timeline's entry. */
import type { Expression } from './detect';

/** The text of an expression's line before it and after it. */
export function lineAround(text: string, e: Expression): { before: string; after: string } {
  const lineEnd = text.indexOf('\n', e.end);
  return { before: text.slice(text.lastIndexOf('\n', e.start - 1) + 1, e.start), after: text.slice(e.end, lineEnd < 0 ? text.length : lineEnd) };
}

/** A date or a clock time alone on its line: a live report's heading or entry stamp ("Friday 27 February", "14:52 GMT"). */
export function isAloneOnLine(text: string, e: Expression): boolean {
  const { before, after } = lineAround(text, e);
  return /^[\s\p{P}]*$/u.test(before) && /^[\s\p{P}]*$/u.test(after);
}

/** A timeline's entry: a date opening its line, after a bullet or not, before a colon or a dash ("- 14 April: Quenby pays"). */
export function isTimelineEntry(text: string, e: Expression): boolean {
  const { before, after } = lineAround(text, e);
  return /^\s*(?:[-–—•*]\s*)?$/.test(before) && /^\s*(?::|[-–—]\s)/.test(after);
}

/** Words a headline has at most. */
const MAX_HEADLINE_WORDS = 20;

/** Whether the line at `at` reads as a headline: short, and with no stop at its end. */
export function isHeadlineLine(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, lineEnd < 0 ? text.length : lineEnd).trim();
  return !/[.!?:;"”'’)]$/.test(line) && line.split(/\s+/).length <= MAX_HEADLINE_WORDS;
}
