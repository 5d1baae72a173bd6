import type { Statement } from './extract';

/**
 * Statements as sparse TF-IDF vectors over content lemmas (w), entity ids (e), names (n), value
 * dimensions (v) and value anchors (a: the words of a value's clause, "weekday:launch").
 */

/** Feature kinds: lexical ones show what is said, the others whom and what values it concerns. */
const WEIGHT = { w: 1, e: 1.3, n: 1, v: 1, a: 1 } as const;
type Kind = keyof typeof WEIGHT;

export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
  /** Per position: 1 when the feature is lexical (predicate) evidence, 2 when it names a participant. */
  role: Uint8Array;
  /** Per value dimension, the idf of each anchor feature id. */
  anchors: Map<string, Map<number, number>>;
}

export interface Vectors {
  vectors: Vector[];
  /** Document frequency per feature id, over statements. */
  df: number[];
  /** Per feature id, whether it names a participant (entity id or name). */
  participant: boolean[];
}

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

export function vectorize(statements: readonly Statement[]): Vectors {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  const participant: boolean[] = [];
  const lists = statements.map((s) =>
    features(s).map((f) => {
      let id = vocabulary.get(f);
      if (id === undefined) {
        vocabulary.set(f, (id = df.length));
        df.push(0);
        participant.push(f[0] === 'e' || f[0] === 'n');
      }
      df[id]++;
      return { id, kind: f[0] as Kind, dim: f[0] === 'a' ? f.slice(2, f.lastIndexOf(':')) : '' };
    }),
  );
  const n = statements.length;
  const idf = (id: number) => Math.log(1 + n / df[id]);
  const vectors = lists.map((list) => {
    list.sort((a, b) => a.id - b.id);
    const anchors = new Map<string, Map<number, number>>();
    for (const f of list) {
      if (!f.dim) continue;
      if (!anchors.has(f.dim)) anchors.set(f.dim, new Map());
      anchors.get(f.dim)!.set(f.id, idf(f.id));
    }
    const weights = new Float64Array(list.map((f) => WEIGHT[f.kind] * idf(f.id)));
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return {
      ids: Int32Array.from(list.map((f) => f.id)),
      weights,
      role: Uint8Array.from(list.map((f) => (f.kind === 'w' || f.kind === 'a' ? LEXICAL : f.kind === 'e' || f.kind === 'n' ? PARTICIPANT : 0))),
      anchors,
    };
  });
  return { vectors, df, participant };
}

const LEXICAL = 1;
const PARTICIPANT = 2;

/** Cosine of two vectors, and the parts of it due to lexical features and to shared participants. */
export function cosine(a: Vector, b: Vector): { all: number; lexical: number; participants: number } {
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
      if (a.role[i] === LEXICAL) lexical += p;
      else if (a.role[i] === PARTICIPANT) participants += p;
      i++;
      j++;
    }
  }
  return { all, lexical, participants };
}

/**
 * How much two statements give a value for the same slot: for a value dimension both have, the
 * idf-weighted overlap of the words of the values' clauses ("launch ... on Thursday" and "the launch
 * ... scheduled for Friday" share "launch").
 */
export function slotOverlap(a: Vector, b: Vector): number {
  let best = 0;
  for (const [dim, wa] of a.anchors) {
    const wb = b.anchors.get(dim);
    if (!wb) continue;
    let shared = 0;
    let sumA = 0;
    let sumB = 0;
    for (const [id, w] of wa) {
      sumA += w;
      if (wb.has(id)) shared += w;
    }
    for (const w of wb.values()) sumB += w;
    best = Math.max(best, shared / Math.max(1e-9, Math.min(sumA, sumB)));
  }
  return best;
}
