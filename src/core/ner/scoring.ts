/** Greedy left-to-right decoding over hashed features; shared by the tagger and the trainer. */
import { DYNAMIC_FEATURES, Featurizer, STATIC_FEATURES, type SentenceFeatures } from './features';
import { allowed as isAllowed, TAG_COUNT } from './labels';

// Local copies: in CommonJS output (tsx, mocha) every use of an imported binding goes through a
// getter, which in these per-feature loops costs more than the arithmetic.
const K = TAG_COUNT;
const allowed = isAllowed;

/**
 * Weight table: row `hash & mask` holds one weight per tag. The shipped table stays int16:
 * its scale does not change which tag wins, so it is never converted to floats.
 */
export interface WeightTable {
  weights: Float32Array | Int16Array;
  mask: number;
}

/** Adds the rows of `count` hashes from `feats[from..]` to `scores`. */
export function addRows(table: WeightTable, feats: Uint32Array, from: number, count: number, scores: Float32Array): void {
  const { weights, mask } = table;
  for (let f = from; f < from + count; f++) {
    const row = (feats[f] & mask) * K;
    for (let k = 0; k < K; k++) scores[k] += weights[row + k];
  }
}

/** Best tag allowed after `prev` (an I- tag cannot start a span). */
export function argmax(scores: Float32Array, prev: number): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (scores[k] > scores[best] && allowed(prev, k)) best = k;
  return best;
}

/**
 * Tags a sentence greedily. `visit` sees each token's dynamic features and scores before the
 * choice, which is how the trainer updates with exactly the features the decoder used.
 */
export function decode(
  table: WeightTable,
  featurizer: Featurizer,
  sentence: SentenceFeatures,
  visit?: (i: number, dyn: Uint32Array, predicted: number, prev: number) => number,
): Uint8Array {
  const tags = new Uint8Array(sentence.length);
  const scores = new Float32Array(K);
  const dyn = new Uint32Array(DYNAMIC_FEATURES);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < sentence.length; i++) {
    scores.fill(0);
    addRows(table, sentence.static, i * STATIC_FEATURES, STATIC_FEATURES, scores);
    featurizer.dynamic(sentence.words, i, prev, prev2, dyn);
    addRows(table, dyn, 0, DYNAMIC_FEATURES, scores);
    let tag = argmax(scores, prev);
    if (visit) tag = visit(i, dyn, tag, prev);
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
  return tags;
}
