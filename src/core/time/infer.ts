import type { DocumentAnalysis } from '../types';
import { daysBetween, formatDay, parseDay } from './calendar';
import type { Anchor } from './resolve';

/** Distinct names two documents must share to count as reports of the same story. */
const MIN_SHARED_NAMES = 3;
/** …and the share of the smaller document's names that must be among them. */
const MIN_SHARED_RATIO = 0.3;
/** Dated reports of one story must lie within this many days of each other to date another one. */
const MAX_SPREAD_DAYS = 3;

/** The names a document mentions, lowercased, without a possessive: its story's fingerprint. */
function names(doc: DocumentAnalysis): Set<string> {
  const out = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind === 'DESCRIPTION') continue;
    out.add(m.text.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ').trim());
  }
  return out;
}

function sameStory(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const n of a) if (b.has(n)) shared++;
  return shared >= MIN_SHARED_NAMES && shared / Math.min(a.size, b.size) >= MIN_SHARED_RATIO;
}

/**
 * An anchor for an undated document, from the documents that have a dateline: those that share its
 * story (enough of the same names) must all be dated within a few days of each other. The latest of
 * their days is taken: pages without a dateline are mostly re-posts, feeds and aggregator copies,
 * which appear after the dated originals. Day precision only; never a time of day.
 * Null when no dated document shares the story or the dated ones are too far apart to say.
 */
export function inferAnchor(doc: DocumentAnalysis, dated: readonly DocumentAnalysis[]): Anchor | null {
  const own = names(doc);
  const days = dated
    .filter((d) => d.file !== doc.file && sameStory(own, names(d)))
    .map((d) => parseDay(d.published!))
    .filter((d) => d !== undefined)
    .sort((a, b) => daysBetween(b, a));
  if (days.length === 0) return null;
  const [first, last] = [days[0], days[days.length - 1]];
  if (daysBetween(first, last) > MAX_SPREAD_DAYS) return null;
  const span = daysBetween(first, last) === 0 ? formatDay(last) : `${formatDay(first)} to ${formatDay(last)}, the latest taken`;
  const sources = days.length === 1 ? 'another source on this story dated' : 'other sources on this story dated';
  return { day: last, source: `the corpus: ${sources} ${span}`, weekOnly: true };
}
