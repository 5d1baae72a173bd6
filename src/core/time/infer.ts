import type { DocumentAnalysis } from '../types';
import { type Day, daysBetween, formatDay, parseDay } from './calendar';
import type { Anchor } from './resolve';
import { MIN_SHARED_RATIO, shareOf } from '../sameStory';

/** Dated reports of one story must lie within this many days of each other to date another one. */
const MAX_SPREAD_DAYS = 3;
/**
 * The share of its names enough for an undated report that no other undated report shares its story with: a local
 * report adds many names of its own to the story's ("Bank of England", "Andrew Bailey" among its town's firms and people).
 * Where undated reports share a story, it may be another event than the dated ones' (two earthquakes in one region).
 */
const LONE_SHARED_RATIO = 0.15;

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
 * Null when no dated document shares the story or the dated ones are too far apart to say. With the `undated` documents,
 * one that shares its story with none of them, and with no dated one by the usual share of its names, asks for fewer of
 * them among a dated one's (LONE_SHARED_RATIO).
 */
export function inferAnchor(doc: DocumentAnalysis, dated: NameIndex, undated?: () => NameIndex): Anchor | null {
  const reports = storyReports(doc, dated);
  let days = withStoryNeighbours(reports, dated);
  // (Asked only where the share asked of most finds no report and the others would date it: a corpus of many undated
  // documents has many to compare.)
  if (days.length === 0 && undated !== undefined) {
    const loose = daysSharing(reports, LONE_SHARED_RATIO);
    const own = names(doc);
    if (isNear(loose) && ![...undated().sharedCounts(own)].some(([d, n]) => d !== doc && shareOf(n, own.size, names(d).size) >= MIN_SHARED_RATIO)) days = loose;
  }
  if (!isNear(days)) return null;
  const [first, last] = [days[0], days[days.length - 1]];
  const span = daysBetween(first, last) === 0 ? formatDay(last) : `${formatDay(first)} to ${formatDay(last)}, the latest taken`;
  const sources = days.length === 1 ? 'another source on this story dated' : 'other sources on this story dated';
  return { day: last, source: `the corpus: ${sources} ${span}`, weekOnly: true };
}

/** Whether days (earliest first) lie near enough to each other to date a report of their story. */
function isNear(days: readonly Day[]): boolean {
  return days.length > 0 && daysBetween(days[0], days[days.length - 1]) <= MAX_SPREAD_DAYS;
}

/** The days of the dated reports that share a document's story (by `share` of their names: see sameStory), earliest first. */
export function storyDays(doc: DocumentAnalysis, dated: NameIndex, share: number): Day[] {
  return daysSharing(storyReports(doc, dated), share);
}

/** A dated report sharing names with a document: its day and the share of names (shareOf). */
interface Report {
  doc: DocumentAnalysis;
  day: Day;
  share: number;
}

/** The dated reports sharing three of a document's names at least. */
function storyReports(doc: DocumentAnalysis, dated: NameIndex): Report[] {
  const own = names(doc);
  return [...dated.sharedCounts(own)].flatMap(([d, shared]) => {
    const [day, share] = [parseDay(d.published!), d.file === doc.file ? 0 : shareOf(shared, own.size, names(d).size)];
    return day !== undefined && share > 0 ? [{ doc: d, day, share }] : [];
  });
}

/**
 * The days of the reports sharing the usual share of the names, with those of the dated reports that share theirs,
 * earliest first, where all lie near each other: a short report names few of a long one's names (a trade paper's
 * analysis dated two days on, beside a broadcaster's undated tribute page), though both share the wire's.
 */
function withStoryNeighbours(reports: readonly Report[], dated: NameIndex): Day[] {
  const direct = reports.filter((r) => r.share >= MIN_SHARED_RATIO);
  const days = [...direct.map((r) => r.day), ...direct.flatMap((r) => neighbourDays(r.doc, dated))].sort((a, b) => daysBetween(b, a));
  return isNear(days) ? days : daysSharing(direct, MIN_SHARED_RATIO);
}

/** The days of the dated reports sharing a dated report's story (cached by the index: each is asked by every undated report of its story). */
function neighbourDays(doc: DocumentAnalysis, dated: NameIndex): Day[] {
  let days = dated.storyDaysOf.get(doc);
  if (!days) dated.storyDaysOf.set(doc, (days = daysSharing(storyReports(doc, dated), MIN_SHARED_RATIO)));
  return days;
}

/** The days of the reports sharing `share` of the names at least, earliest first. */
function daysSharing(reports: readonly Report[], share: number): Day[] {
  return reports.filter((r) => r.share >= share).map((r) => r.day).sort((a, b) => daysBetween(b, a));
}

/** Documents by the names they mention, so an undated one is compared only with those sharing a name. */
export class NameIndex {
  private readonly byName = new Map<string, DocumentAnalysis[]>();
  /** The days of each indexed report's story, as neighbourDays found them. */
  readonly storyDaysOf = new Map<DocumentAnalysis, Day[]>();

  constructor(docs: readonly DocumentAnalysis[]) {
    for (const doc of docs) {
      for (const name of names(doc)) {
        let list = this.byName.get(name);
        if (!list) this.byName.set(name, (list = []));
        list.push(doc);
      }
    }
  }

  /** How many of the names each document sharing one of them has (counted off the index, no document's names read). */
  sharedCounts(own: ReadonlySet<string>): Map<DocumentAnalysis, number> {
    const counts = new Map<DocumentAnalysis, number>();
    for (const name of own) for (const doc of this.byName.get(name) ?? []) counts.set(doc, (counts.get(doc) ?? 0) + 1);
    return counts;
  }
}
