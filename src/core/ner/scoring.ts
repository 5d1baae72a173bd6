/** Scoring over hashed features: row sums for the trainer, beam decoding for the tagger. */
import * as features from './features';
import type { Featurizer, SentenceFeatures, WordInfo } from './features';
import { allowed as isAllowed, TAG_COUNT } from './labels';

// Local copies: in CommonJS output (tsx, mocha) every use of an imported binding goes through a
// getter, which in these per-feature loops costs more than the arithmetic.
const K = TAG_COUNT;
const allowed = isAllowed;
const { CONTEXT_FEATURES, DYNAMIC_FEATURES, ROLE_OFFSETS, wordAt } = features;
if (K !== 9) throw new Error('addRows is unrolled for 9 tags');

/**
 * Weight table: row `hash & mask` holds one weight per tag. The shipped table stays int16:
 * only the beam margin depends on its scale, so it is never converted to floats.
 */
export interface WeightTable {
  weights: Float32Array | Int16Array;
  mask: number;
  /** Unquantized value of one unit of `weights` (1 for float tables). */
  scale?: number;
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

/**
 * Histories kept by the beam. Greedy choice commits to a tag before seeing the next words
 * ("Bank" after "Hamilton"); 4 histories recover most of that (dev F1 +0.3 gmb, +1.4 wikigold)
 * and wider beams found nothing more: two histories ending in the same two tags are merged, so
 * 81 would be exact Viterbi.
 */
export const BEAM_WIDTH = 4;
/**
 * Histories scoring more than this below the best (in unquantized weight units) are dropped.
 * Most tokens are clear-cut, so the beam mostly holds one history; on dev, 100 loses nothing
 * against the full beam (30 starts to) and cuts the beam's extra cost by about a third.
 */
export const BEAM_MARGIN = 100;
const W = BEAM_WIDTH;
const ROLES = ROLE_OFFSETS.length;

/**
 * Tags a sentence: beam search over the sum of per-token scores. A token's static score (its word's and its
 * neighbours' cached sums plus the context rows) is shared by all histories; only the 5 dynamic
 * rows are looked up per history. With the shipped int16 table all sums are exact integers.
 * The sums are unrolled into float64 locals like addRows, not via it: addRows rounds to its
 * float32 `scores`, and this is the tagger's hot loop.
 */
export function decode(table: WeightTable, featurizer: Featurizer, sentence: SentenceFeatures): Uint8Array {
  const { weights, mask } = table;
  const { words, context } = sentence;
  const n = sentence.length;
  const dyn = new Uint32Array(DYNAMIC_FEATURES);
  // Per position and beam slot: the tag chosen and the slot of its history at the previous position.
  const backTag = new Uint8Array(n * W);
  const backSlot = new Uint8Array(n * W);
  let prev = new Uint8Array(W);
  let prev2 = new Uint8Array(W);
  let total = new Float64Array(W);
  let size = 1;
  let nextPrev = new Uint8Array(W);
  let nextPrev2 = new Uint8Array(W);
  let nextTotal = new Float64Array(W);
  const scores = new Float64Array(K);
  const margin = BEAM_MARGIN / (table.scale ?? 1);
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
    for (let f = i * CONTEXT_FEATURES; f < (i + 1) * CONTEXT_FEATURES; f++) {
      const r = (context[f] & mask) * 9;
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
    let nextSize = 0;
    for (let s = 0; s < size; s++) {
      featurizer.dynamic(words, i, prev[s], prev2[s], dyn);
      let d0 = s0, d1 = s1, d2 = s2, d3 = s3, d4 = s4, d5 = s5, d6 = s6, d7 = s7, d8 = s8;
      for (let f = 0; f < DYNAMIC_FEATURES; f++) {
        const r = (dyn[f] & mask) * 9;
        d0 += weights[r];
        d1 += weights[r + 1];
        d2 += weights[r + 2];
        d3 += weights[r + 3];
        d4 += weights[r + 4];
        d5 += weights[r + 5];
        d6 += weights[r + 6];
        d7 += weights[r + 7];
        d8 += weights[r + 8];
      }
      scores[0] = d0;
      scores[1] = d1;
      scores[2] = d2;
      scores[3] = d3;
      scores[4] = d4;
      scores[5] = d5;
      scores[6] = d6;
      scores[7] = d7;
      scores[8] = d8;
      for (let k = 0; k < K; k++) {
        if (!allowed(prev[s], k)) continue;
        const score = total[s] + scores[k];
        // A history with the same last two tags scores every continuation alike: keep the better.
        let at = 0;
        while (at < nextSize && !(nextPrev[at] === k && nextPrev2[at] === prev[s])) at++;
        if (at < nextSize) {
          if (score <= nextTotal[at]) continue;
        } else {
          if (nextSize === W && score <= nextTotal[W - 1]) continue;
          at = nextSize < W ? nextSize++ : W - 1;
        }
        // Keep the slots sorted by score, best first.
        for (; at > 0 && nextTotal[at - 1] < score; at--) {
          nextPrev[at] = nextPrev[at - 1];
          nextPrev2[at] = nextPrev2[at - 1];
          nextTotal[at] = nextTotal[at - 1];
          backTag[i * W + at] = backTag[i * W + at - 1];
          backSlot[i * W + at] = backSlot[i * W + at - 1];
        }
        nextPrev[at] = k;
        nextPrev2[at] = prev[s];
        nextTotal[at] = score;
        backTag[i * W + at] = k;
        backSlot[i * W + at] = s;
      }
    }
    [prev, nextPrev] = [nextPrev, prev];
    [prev2, nextPrev2] = [nextPrev2, prev2];
    [total, nextTotal] = [nextTotal, total];
    // Histories far behind the best one would need an improbable turn to win: drop them.
    const floor = total[0] - margin;
    size = 1;
    while (size < nextSize && total[size] >= floor) size++;
  }
  const tags = new Uint8Array(n);
  for (let i = n - 1, s = 0; i >= 0; i--) {
    tags[i] = backTag[i * W + s];
    s = backSlot[i * W + s];
  }
  return tags;
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
