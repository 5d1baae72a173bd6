/**
 * Two names joined by "and" that the tagger took for one ("the Dallas Morning News and Houston
 * Post", "Intel and Nvidia"). Names with "and" inside exist ("Procter and Gamble", "Department
 * of Health and Human Services", "Bosnia and Herzegovina"), so a span is split only when both
 * halves are names of two or more words and the first names no office or body with "of"/"for",
 * or when the document also uses both halves as names on their own.
 */
import type { Token } from '../types';
import type { Candidate } from './spans';

const AND = new Set(['and', '&']);
const OF = new Set(['of', 'for']);

export function splitCoordinated(tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const text = (start: number, end: number) => tokens.slice(start, end).map((t) => t.text).join(' ');
  const single = new Set(names.map((c) => text(c.start, c.end)));
  return names.flatMap((c) => {
    if (c.label === 'PER') return [c];
    const at = tokens.slice(c.start, c.end).findIndex((t) => AND.has(t.text));
    if (at <= 0) return [c];
    const mid = c.start + at;
    if (mid + 1 >= c.end || tokens.slice(mid + 1, c.end).some((t) => AND.has(t.text))) return [c];
    const left = { ...c, end: mid };
    const right = { ...c, start: mid + 1, roles: [] };
    const long = mid - c.start >= 2 && c.end - mid - 1 >= 2 && !tokens.slice(c.start, mid).some((t) => OF.has(t.text));
    const known = single.has(text(left.start, left.end)) && single.has(text(right.start, right.end));
    return long || known ? [left, right] : [c];
  });
}
