import type { DocumentAnalysis } from '../types';
import { type Day, daysBetween, formatDay, parseDay } from './calendar';
import type { Anchor } from './resolve';
import { sameStory } from '../sameStory';

/** Dated reports of one story must lie within this many days of each other to date another one. */
const MAX_SPREAD_DAYS = 3;

const nameSets = new WeakMap<DocumentAnalysis, Set<string>>();

/** The names a document mentions, lowercased, without a possessive: its story's fingerprint (cached: analyses are immutable). */
function names(doc: DocumentAnalysis): Set<string> {
  const cached = nameSets.get(doc);
  if (cached) return cached;
  const out = new Set<string>();
  nameSets.set(doc, out);
  for (const m of doc.mentions) {
    if (m.kind === 'DESCRIPTION') continue;
    out.add(m.text.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ').trim());
  }
  return out;
}

/**
 * An anchor for an undated document, from the documents that have a dateline: those that share its
 * story (enough of the same names) must all be dated within a few days of each other. The latest of
 * their days is taken: pages without a dateline are mostly re-posts, feeds and aggregator copies,
 * which appear after the dated originals. Day precision only; never a time of day.
 * Null when no dated document shares the story or the dated ones are too far apart to say.
 */
export function inferAnchor(doc: DocumentAnalysis, dated: DatedIndex): Anchor | null {
  const days = storyDays(doc, dated);
  if (days.length === 0) return null;
  const [first, last] = [days[0], days[days.length - 1]];
  if (daysBetween(first, last) > MAX_SPREAD_DAYS) return null;
  const span = daysBetween(first, last) === 0 ? formatDay(last) : `${formatDay(first)} to ${formatDay(last)}, the latest taken`;
  const sources = days.length === 1 ? 'another source on this story dated' : 'other sources on this story dated';
  return { day: last, source: `the corpus: ${sources} ${span}`, weekOnly: true };
}

/** The days of the dated reports that share a document's story (or only enough of its names: `named`), earliest first. */
export function storyDays(doc: DocumentAnalysis, dated: DatedIndex, named = false): Day[] {
  const own = names(doc);
  return dated
    .sharingNames(own)
    .filter((d) => d.file !== doc.file && sameStory(own, names(d), named))
    .map((d) => parseDay(d.published!))
    .filter((d) => d !== undefined)
    .sort((a, b) => daysBetween(b, a));
}

/** Dated documents by the names they mention, so an undated one is compared only with those sharing a name. */
export class DatedIndex {
  private readonly byName = new Map<string, DocumentAnalysis[]>();

  constructor(dated: readonly DocumentAnalysis[]) {
    for (const doc of dated) {
      for (const name of names(doc)) {
        let list = this.byName.get(name);
        if (!list) this.byName.set(name, (list = []));
        list.push(doc);
      }
    }
  }

  sharingNames(own: ReadonlySet<string>): DocumentAnalysis[] {
    const found = new Set<DocumentAnalysis>();
    for (const name of own) for (const doc of this.byName.get(name) ?? []) found.add(doc);
    return [...found];
  }
}
