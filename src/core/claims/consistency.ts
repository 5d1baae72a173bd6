import type { Statement } from './extract';
import { NUMBER, ORDINAL, parseNumber, parseOrdinal } from './numbers';

/** A value inside one statement that contradicts arithmetic on the statement's own dates. */
export interface Inconsistency {
  slot: string;
  /** The value as written and the computed one ("49th anniversary of 1975; 2025 − 1975 = 50"). */
  value: string;
}

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const ANNIVERSARY = new RegExp(`\\b(${ORDINAL})\\s+anniversary\\s+of\\b[^.;!?]{0,80}?\\b${YEAR}\\b`, 'gi');
const YEARS_SINCE = new RegExp(`\\b(${NUMBER})\\s+years\\s+since\\b[^.;!?]{0,60}?\\b${YEAR}\\b`, 'gi');
/** Words every match of the two patterns contains: most statements are ruled out without running them. */
const CUE = /anniversary|years\s+since/i;

/**
 * Checks that can be computed from one sentence and its document's date: an anniversary count or a
 * "N years since YEAR" that does not match the years. Skipped when the sentence names another year
 * (the anniversary may then be dated by it, not by the article).
 */
export function findInconsistencies(s: Statement): Inconsistency[] {
  if (s.ref === null || !CUE.test(s.text)) return [];
  const now = Math.floor(s.ref);
  const years = new Set(s.text.match(/\b(1[5-9]\d\d|20\d\d)\b/g) ?? []);
  const out: Inconsistency[] = [];
  // `slack`: "N years since" may be counted before this year's date; an anniversary falls in one year.
  const check = (re: RegExp, parse: (t: string) => number | null, slack: number, slot: string, describe: (n: string, y: number) => string) => {
    for (const m of s.text.matchAll(re)) {
      const n = parse(m[1]);
      const year = Number(m[2]);
      if (n === null || years.size > 1 || year >= now) continue;
      if (n > now - year || n < now - year - slack) out.push({ slot, value: `${describe(m[1], year)}; ${now} − ${year} = ${now - year}` });
    }
  };
  check(ANNIVERSARY, parseOrdinal, 0, 'anniversary count', (n, y) => `${n} anniversary of ${y}`);
  check(YEARS_SINCE, parseNumber, 1, 'years since', (n, y) => `${n} years since ${y}`);
  return out;
}
