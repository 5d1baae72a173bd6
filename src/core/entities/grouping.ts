/** Grouping helpers: disjoint sets over string keys, and lists keyed in a map. */

/** Disjoint sets over string keys, for grouping names that refer to the same entity. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = this.parent.get(key) ?? key;
    if (root === key) {
      this.parent.set(key, key);
      return key;
    }
    root = this.find(root);
    this.parent.set(key, root);
    return root;
  }

  /** Joins the sets of `a` and `b`; the smaller key (by sort order) stays the root, for determinism. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/** Appends `value` to the list under `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Keys grouped by a derived key, or by several ("al burhan" and "burhan"); keys for which `by` gives undefined are left out. */
export function groupBy(keys: readonly string[], by: (k: string) => string | readonly string[] | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of keys) {
    const g = by(k);
    if (typeof g === 'string') pushTo(out, g, k);
    else for (const each of g ?? []) pushTo(out, each, k);
  }
  return out;
}

/** Joins the keys of each group into one set ("Warren Jeffs" and "Warren Steed Jeffs", grouped by first and last name). */
export function unionGroups(sets: UnionFind, groups: ReadonlyMap<string, readonly string[]>): void {
  for (const keys of groups.values()) for (const k of keys) sets.union(keys[0], k);
}
