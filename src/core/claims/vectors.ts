import { memoize } from './cache';
import type { Statement } from './extract';
import { isEventWord } from './lexicon';

/**
 * Statements as sparse TF-IDF vectors over content lemmas (w), entity ids (e), names (n), value
 * dimensions (v) and value anchors (a: the words of a value's clause, "weekday:launch").
 */

/** Feature kinds: lexical ones show what is said, the others whom and what values it concerns. */
const WEIGHT = { w: 1, e: 1.3, n: 1, v: 1, a: 1 } as const;
type Kind = keyof typeof WEIGHT;

/** A feature's role in a cosine: lexical (predicate) evidence, a participant, or neither (value dimensions). */
export const LEXICAL = 1;
export const PARTICIPANT = 2;

/** Dimensions whose exact value is a feature too: statements naming the same year or day are closer. */
const EXACT = new Set(['year', 'until', 'since', 'weekday', 'date']);

/** Feature strings of a statement, prefixed by kind. */
export function features(s: Statement): string[] {
  const out = new Set<string>();
  for (const l of s.lemmas) out.add(`w:${l}`);
  for (const e of s.entities) out.add(`e:${e}`);
  for (const n of s.names) out.add(`n:${n}`);
  for (const a of s.anchors) out.add(`a:${a}`);
  for (const v of s.values) {
    out.add(`v:${v.dim}`);
    if (EXACT.has(v.dim)) out.add(`v:${v.dim}=${v.lo}`);
  }
  return [...out];
}

/**
 * Feature ids for the life of the process: a cached statement is interned once and every later build
 * reuses its ids. Per id: its kind's weight, its role, and for anchors the value dimension.
 */
const vocabulary = new Map<string, number>();
const kindWeight: number[] = [];
const role: number[] = [];
/** Per feature id, the index of its anchor's value dimension in `dimensions`, or -1. */
const anchorDim: number[] = [];
const dimensions = new Map<string, number>();

function intern(feature: string): number {
  let id = vocabulary.get(feature);
  if (id === undefined) {
    vocabulary.set(feature, (id = kindWeight.length));
    const kind = feature[0] as Kind;
    kindWeight.push(WEIGHT[kind]);
    role.push(kind === 'w' || kind === 'a' ? LEXICAL : kind === 'e' || kind === 'n' ? PARTICIPANT : 0);
    anchorDim.push(kind === 'a' ? dimensionIndex(feature.slice(2, feature.lastIndexOf(':'))) : -1);
  }
  return id;
}

function dimensionIndex(dim: string): number {
  if (!dimensions.has(dim)) dimensions.set(dim, dimensions.size);
  return dimensions.get(dim)!;
}

/** A statement's feature ids, ascending. */
export const featureIds = memoize((s: Statement): Int32Array => Int32Array.from(features(s), intern).sort());

/** The feature ids the story rules of alignment look at, each ascending: event words, value anchors, anchors on event words. */
export const ruleFeatures = memoize((s: Statement) => {
  const ids = (list: string[]) => Int32Array.from(list, intern).sort();
  return {
    events: ids(s.events.map((e) => `w:${e}`)),
    anchors: ids(s.anchors.map((a) => `a:${a}`)),
    eventAnchors: ids(s.anchors.filter((a) => isEventWord(a.slice(a.lastIndexOf(':') + 1))).map((a) => `a:${a}`)),
  };
});

/** Whether two ascending id lists share an id. */
export function intersects(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

export function roleOf(id: number): number {
  return role[id];
}

export function isParticipant(id: number): boolean {
  return role[id] === PARTICIPANT;
}

export interface Vector {
  ids: Int32Array;
  /** Unit-normalized TF-IDF weights, by position in `ids`. */
  weights: Float64Array;
}

/** The vectors of one build: weights depend on document frequencies over all its statements. */
export class Vectors {
  readonly vectors: Vector[];
  /** Statements containing each feature id. */
  readonly df: Int32Array;
  readonly idf: Float64Array;

  constructor(statements: readonly Statement[]) {
    const lists = statements.map(featureIds);
    this.df = new Int32Array(kindWeight.length);
    for (const ids of lists) for (const id of ids) this.df[id]++;
    const n = statements.length;
    this.idf = Float64Array.from(this.df, (df) => (df ? Math.log(1 + n / df) : 0));
    this.vectors = lists.map((ids) => {
      const weights = Float64Array.from(ids, (id) => kindWeight[id] * this.idf[id]);
      let norm = 0;
      for (const w of weights) norm += w * w;
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < weights.length; i++) weights[i] /= norm;
      return { ids, weights };
    });
  }
}

/** A cosine and the parts of it due to lexical features and to shared participants. */
export interface Cosine {
  all: number;
  lexical: number;
  participants: number;
}

/** Cosine of two vectors, written into `out` (called for every candidate pair, so it allocates nothing). */
export function cosine(a: Vector, b: Vector, out: Cosine = { all: 0, lexical: 0, participants: 0 }): Cosine {
  let i = 0;
  let j = 0;
  let all = 0;
  let lexical = 0;
  let participants = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] < b.ids[j]) i++;
    else if (a.ids[i] > b.ids[j]) j++;
    else {
      const p = a.weights[i] * b.weights[j];
      all += p;
      if (role[a.ids[i]] === LEXICAL) lexical += p;
      else if (role[a.ids[i]] === PARTICIPANT) participants += p;
      i++;
      j++;
    }
  }
  out.all = all;
  out.lexical = lexical;
  out.participants = participants;
  return out;
}

/** Per anchor dimension index (see `anchorDim`): idf sums of each side and of the shared anchors. */
const slotSums = { a: [] as number[], b: [] as number[], shared: [] as number[] };

/**
 * How much two statements give a value for the same slot: for a value dimension both have, the
 * idf-weighted overlap of the words of the values' clauses ("launch ... on Thursday" and "the launch
 * ... scheduled for Friday" share "launch").
 */
export function slotOverlap(a: Vector, b: Vector, idf: Float64Array): number {
  const dims: number[] = [];
  const add = (id: number, side: number[]) => {
    const dim = anchorDim[id];
    if (dim < 0) return;
    if (!dims.includes(dim)) {
      dims.push(dim);
      slotSums.a[dim] = slotSums.b[dim] = slotSums.shared[dim] = 0;
    }
    side[dim] += idf[id];
  };
  for (const id of a.ids) add(id, slotSums.a);
  for (const id of b.ids) add(id, slotSums.b);
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] < b.ids[j]) i++;
    else if (a.ids[i] > b.ids[j]) j++;
    else {
      add(a.ids[i], slotSums.shared);
      i++;
      j++;
    }
  }
  let best = 0;
  for (const d of dims) {
    const [sa, sb] = [slotSums.a[d], slotSums.b[d]];
    if (sa > 0 && sb > 0) best = Math.max(best, slotSums.shared[d] / Math.min(sa, sb));
  }
  return best;
}
