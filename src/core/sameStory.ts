/** Distinct names two documents must share to count as reports of the same story. */
const MIN_SHARED_NAMES = 3;
/** …and the share of the smaller document's names that must be among them. */
export const MIN_SHARED_RATIO = 0.3;

/**
 * Whether two documents, by the names each mentions, report the same story: `share` of the smaller one's names shared at
 * least (0 asks only for the shared names, where other evidence joins the two: a wire dateline's day within a week of the
 * other's date).
 */
export function sameStory(a: ReadonlySet<string>, b: ReadonlySet<string>, share = MIN_SHARED_RATIO): boolean {
  let shared = 0;
  for (const n of a) if (b.has(n)) shared++;
  const of = shareOf(shared, a.size, b.size);
  return of > 0 && of >= share;
}

/** The share `shared` names are of the smaller of two documents with `a` and `b` names; 0 below MIN_SHARED_NAMES. */
export function shareOf(shared: number, a: number, b: number): number {
  return shared >= MIN_SHARED_NAMES ? shared / Math.min(a, b) : 0;
}
