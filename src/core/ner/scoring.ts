/** Greedy left-to-right decoding over hashed features; shared by the tagger and the trainer. */
import * as features from './features';
import type { Featurizer, SentenceFeatures, WordInfo } from './features';
import { allowed as isAllowed, TAG_COUNT } from './labels';

// Local copies: in CommonJS output (tsx, mocha) every use of an imported binding goes through a
// getter, which in these per-feature loops costs more than the arithmetic.
const K = TAG_COUNT;
const allowed = isAllowed;
const { CONTEXT_FEATURES, DYNAMIC_FEATURES, ROLE_OFFSETS, STATIC_FEATURES, staticHashes, wordAt } = features;
if (K !== 9) throw new Error('addRows is unrolled for 9 tags');

/**
 * Weight table: row `hash & mask` holds one weight per tag. The shipped table stays int16:
 * its scale does not change which tag wins, so it is never converted to floats.
 */
export interface WeightTable {
  weights: Float32Array | Int16Array;
  mask: number;
}

/**
 * Adds the rows of `count` hashes from `feats[from..]` to `scores`. Unrolled over the nine tags
 * with local sums: the generic inner loop re-reads and re-writes `scores` for every feature.
 */
export function addRows(table: WeightTable, feats: Uint32Array, from: number, count: number, scores: Float32Array): void {
  const { weights, mask } = table;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  for (let f = from; f < from + count; f++) {
    const r = (feats[f] & mask) * 9;
    s0 += weights[r];
    s1 += weights[r + 1];
    s2 += weights[r + 2];
    s3 += weights[r + 3];
    s4 += weights[r + 4];
    s5 += weights[r + 5];
    s6 += weights[r + 6];
    s7 += weights[r + 7];
    s8 += weights[r + 8];
  }
  scores[0] += s0;
  scores[1] += s1;
  scores[2] += s2;
  scores[3] += s3;
  scores[4] += s4;
  scores[5] += s5;
  scores[6] += s6;
  scores[7] += s7;
  scores[8] += s8;
}

/** Best tag allowed after `prev` (an I- tag cannot start a span). */
export function argmax(scores: Float32Array, prev: number): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (scores[k] > scores[best] && allowed(prev, k)) best = k;
  return best;
}

/**
 * Tags a sentence greedily. With `visit` (training) every static hash is looked up and `visit`
 * sees them, the dynamic features and the scores before the choice, so the trainer updates
 * exactly the features the decoder used. Without it (tagging, fixed integer weights) the rows of
 * each word's own and neighbour hashes come summed from the word's cache; integer sums are
 * exact, so both paths score alike.
 */
export function decode(
  table: WeightTable,
  featurizer: Featurizer,
  sentence: SentenceFeatures,
  visit?: (i: number, stat: Uint32Array, dyn: Uint32Array, predicted: number, prev: number) => number,
): Uint8Array {
  if (!visit && table.weights instanceof Int16Array) return decodeFixed(table, featurizer, sentence);
  const { words, context } = sentence;
  const tags = new Uint8Array(sentence.length);
  const scores = new Float32Array(K);
  const stat = visit ? new Uint32Array(STATIC_FEATURES) : EMPTY;
  const dyn = new Uint32Array(DYNAMIC_FEATURES);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < sentence.length; i++) {
    scores.fill(0);
    if (visit) {
      staticHashes(sentence, i, stat);
      addRows(table, stat, 0, STATIC_FEATURES, scores);
    } else {
      addCached(table, wordAt(words, i), 0, scores);
      for (let r = 0; r < ROLES; r++) addCached(table, wordAt(words, i + ROLE_OFFSETS[r]), r + 1, scores);
      addRows(table, context, i * CONTEXT_FEATURES, CONTEXT_FEATURES, scores);
    }
    featurizer.dynamic(words, i, prev, prev2, dyn);
    addRows(table, dyn, 0, DYNAMIC_FEATURES, scores);
    let tag = argmax(scores, prev);
    if (visit) tag = visit(i, stat, dyn, tag, prev);
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

const ROLES = ROLE_OFFSETS.length;
const EMPTY = new Uint32Array(0);

/**
 * `decode` without `visit` for the shipped integer table. Its sums are integers far below 2^24,
 * exact in any order and in float32 or float64, so the nine scores are summed in locals and the
 * tags are those of the generic loop.
 */
function decodeFixed(table: WeightTable, featurizer: Featurizer, sentence: SentenceFeatures): Uint8Array {
  const { weights, mask } = table;
  const { words, context } = sentence;
  const n = sentence.length;
  const tags = new Uint8Array(n);
  const scores = new Float32Array(K);
  const dyn = new Uint32Array(DYNAMIC_FEATURES);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let b = 0; b <= ROLES; b++) {
      const sums = cachedSums(table, wordAt(words, b === 0 ? i : i + ROLE_OFFSETS[b - 1]));
      const o = b * 9;
      s0 += sums[o];
      s1 += sums[o + 1];
      s2 += sums[o + 2];
      s3 += sums[o + 3];
      s4 += sums[o + 4];
      s5 += sums[o + 5];
      s6 += sums[o + 6];
      s7 += sums[o + 7];
      s8 += sums[o + 8];
    }
    featurizer.dynamic(words, i, prev, prev2, dyn);
    for (let f = 0; f < CONTEXT_FEATURES + DYNAMIC_FEATURES; f++) {
      const h = f < CONTEXT_FEATURES ? context[i * CONTEXT_FEATURES + f] : dyn[f - CONTEXT_FEATURES];
      const r = (h & mask) * 9;
      s0 += weights[r];
      s1 += weights[r + 1];
      s2 += weights[r + 2];
      s3 += weights[r + 3];
      s4 += weights[r + 4];
      s5 += weights[r + 5];
      s6 += weights[r + 6];
      s7 += weights[r + 7];
      s8 += weights[r + 8];
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
    scores[8] = s8;
    const tag = argmax(scores, prev);
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

/** Adds block `block` (0: the word's own hashes, 1 + r: its hashes in role r) of the word's cached sums. */
function addCached(table: WeightTable, word: WordInfo, block: number, scores: Float32Array): void {
  const sums = cachedSums(table, word);
  for (let k = 0, o = block * K; k < K; k++) scores[k] += sums[o + k];
}

/** The word's summed rows per block (its own hashes, then its hashes in each role), computed once per table. */
function cachedSums(table: WeightTable, word: WordInfo): Float64Array {
  if (word.scoreTable !== table) {
    const sums = new Float64Array((ROLES + 1) * K);
    sumRows(table, word.own, sums, 0);
    for (let r = 0; r < ROLES; r++) sumRows(table, word.roles[r], sums, (r + 1) * K);
    word.scores = sums;
    word.scoreTable = table;
  }
  return word.scores!;
}

/**
 * Writes the summed rows of `hashes` to `out[at..at + K)`: summed as addRows does, then rounded
 * to float32 as addRows' float32 `scores` would be, so cached and direct sums agree to the bit.
 */
function sumRows(table: WeightTable, hashes: readonly number[], out: Float64Array, at: number): void {
  const { weights, mask } = table;
  for (let k = 0; k < K; k++) {
    let s = 0;
    for (let f = 0; f < hashes.length; f++) s += weights[(hashes[f] & mask) * K + k];
    out[at + k] = Math.fround(s);
  }
}
