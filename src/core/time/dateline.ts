import { isBoilerplateLine } from '../text/boilerplate';
import { scan } from './detect';
import { resolve } from './resolve';

/** A dateline sits among the first content lines of a saved article: masthead, section, headline, byline, credit… */
const MAX_LINES = 10;
/** Longer lines are body text, whose dates are events, not the publication date. */
const MAX_LENGTH = 120;
/** A long line or a sentence among the first few may be a headline or a teaser; past them it is the body. */
const BODY_FROM = 3;
/** A sentence's last stop (not the one of "6:00 a.m.", which ends a header's time). */
const SENTENCE_END = /(?<!\b[ap]\.m)[.!?]["”’]?\s*$/i;
/** Words left beside the date on a dateline: a label, a byline ("By Jane Doe"), a place ("WASHINGTON"). */
const MAX_OTHER_WORDS = 4;
const LABELS = /\b(?:first\s+published|last\s+updated|published|posted|updated|modified|date|on|at|by|am|pm)\b/gi;
const LETTER = /\p{L}/u;
const UPDATE = /\b(?:updated|modified|edited|revised)\b[^\p{L}]*$/iu;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/;
/** Every pattern that yields a full date reads its year from digits: a line without any is no dateline. */
const DIGIT = /\d/;

/**
 * The document's publication date-time from its dateline, ISO ("2025-08-01T14:40" or "2025-08-01"), or null.
 * A dateline is a short line of the header, among its first ten content lines before the body, that is mostly a full date
 * ("Aug 1, 2025, 2:40 PM", "Published: 1 August 2025 14:40"); "Updated …" counts only when nothing else does.
 */
export function findDateline(text: string): string | null {
  let updated: string | null = null;
  let seen = 0;
  const lineBreak = /\r\n|\r|\n/g;
  for (let start = 0; seen < MAX_LINES && start <= text.length; ) {
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end);
    if (line.trim() && !isBoilerplateLine(line)) {
      // The header ends where the body starts: a long line or a sentence, past the first few lines (whose date before a dash
      // opening it is the story's dateline all the same: "20/02/2026 — Kinsale said …").
      if (seen >= BODY_FROM && (line.length > MAX_LENGTH || SENTENCE_END.test(line))) return datelineOf(text, start, end, true)?.value ?? updated;
      seen++;
      const date = line.length <= MAX_LENGTH && DIGIT.test(line) ? datelineOf(text, start, end) : null;
      if (date && !date.update) return date.value;
      updated ??= date?.value ?? null;
    }
    if (!found) break;
    start = lineBreak.lastIndex;
  }
  return updated;
}

function datelineOf(text: string, start: number, end: number, openingOnly = false): { value: string; update: boolean } | null {
  const expressions = scan(text, start, end);
  let rest = text.slice(start, end);
  let best: { value: string; update: boolean; start: number; end: number } | null = null;
  for (const e of expressions) {
    rest = rest.slice(0, e.start - start) + ' '.repeat(e.end - e.start) + rest.slice(e.end - start);
    const { value } = resolve('', e.type, e.meaning, null, null);
    if (best || !value || !FULL_DATE.test(value)) continue;
    best = { value, update: UPDATE.test(text.slice(start, e.start)), start: e.start - start, end: e.end - start };
  }
  if (!best) return null;
  // "May 4, 2026 - Bristane Energy said …": a date opening the story's first line before a dash, as a place's would.
  const line = text.slice(start, end);
  if (!line.slice(0, best.start).trim() && /^\s*[-–—]\s/.test(line.slice(best.end))) return { value: best.value, update: best.update };
  if (openingOnly) return null;
  const others = fieldsOf(rest, best.start, best.end).replace(LABELS, ' ').split(/\s+/).filter((w) => LETTER.test(w));
  return others.length <= MAX_OTHER_WORDS ? { value: best.value, update: best.update } : null;
}

/**
 * The fields of a header line ("Staff Writer | March 4, 2026 | Markets") that the date at [from, to)
 * touches: a byline or section in a field of its own says nothing against the date.
 */
function fieldsOf(line: string, from: number, to: number): string {
  let out = '';
  let at = 0;
  for (const field of line.split('|')) {
    if (at < to && at + field.length > from) out += ` ${field}`;
    at += field.length + 1;
  }
  return out;
}
