/**
 * Averaged perceptron over the hashed weight table. Averaging uses the "w - u/c" trick: `u`
 * accumulates each update times the step at which it happened, so no per-weight timestamps.
 */
import { DYNAMIC_FEATURES, STATIC_FEATURES, staticHashes, type Featurizer, type SentenceFeatures } from '../../src/core/ner/features';
import type { DocumentHistory } from '../../src/core/ner/history';
import { allowed, TAG_COUNT } from '../../src/core/ner/labels';
import { addRows, BEAM_WIDTH, decode, type WeightTable } from '../../src/core/ner/scoring';
import type { Sentence } from './conll';

export class Perceptron {
  readonly table: WeightTable;
  private readonly totals: Float64Array;
  private step = 1;

  constructor(bits: number) {
    const size = (1 << bits) * TAG_COUNT;
    this.table = { weights: new Float32Array(size), mask: (1 << bits) - 1 };
    this.totals = new Float64Array(size);
  }

  /**
   * One pass over a sentence with a beam as wide as the tagger's ("early update", Collins &
   * Roark 2004): as soon as the gold tags fall out of the beam, the gold prefix is rewarded and
   * the best prefix penalized, so the model learns what the beam decoder needs (dev F1 +0.5 gmb,
   * +1.5 wikigold, +1.3 UNER over greedy training). Tag-history and document-history features
   * follow the model's own predictions, as they will when tagging. Unlike the tagger's beam,
   * this one neither merges histories nor prunes by margin: it only has to find where gold drops.
   */
  train(featurizer: Featurizer, sentence: Sentence, pos: readonly string[], history: DocumentHistory): void {
    const feats = featurizer.sentence(sentence.tokens, pos, history);
    const n = feats.length;
    const gold = validTags(sentence.tags);
    const stat = new Uint32Array(STATIC_FEATURES);
    const dyn = new Uint32Array(DYNAMIC_FEATURES);
    let beam: { tags: number[]; score: number }[] = [{ tags: [], score: 0 }];
    let predicted: number[] | undefined;
    for (let i = 0; i < n && !predicted; i++) {
      const base = new Float32Array(TAG_COUNT);
      staticHashes(feats, i, stat);
      addRows(this.table, stat, 0, STATIC_FEATURES, base);
      const next: { tags: number[]; score: number }[] = [];
      for (const item of beam) {
        const prev = item.tags[i - 1] ?? 0;
        const scores = base.slice();
        featurizer.dynamic(feats.words, i, prev, item.tags[i - 2] ?? 0, dyn);
        addRows(this.table, dyn, 0, DYNAMIC_FEATURES, scores);
        for (let k = 0; k < TAG_COUNT; k++) if (allowed(prev, k)) next.push({ tags: [...item.tags, k], score: item.score + scores[k] });
      }
      next.sort((a, b) => b.score - a.score);
      beam = next.slice(0, BEAM_WIDTH);
      if (!beam.some((item) => item.tags[i] === gold[i] && item.tags.every((t, j) => t === gold[j]))) predicted = beam[0].tags;
    }
    predicted ??= beam[0].tags;
    this.step += n;
    if (predicted.some((t, j) => t !== gold[j])) this.updateSequences(featurizer, feats, gold.slice(0, predicted.length), predicted);
    featurizer.remember(history, feats, decode(this.table, featurizer, feats));
  }

  /** The averaged weights, as used for evaluation and shipping. */
  averaged(): WeightTable {
    const { weights, mask } = this.table;
    const out = new Float32Array(weights.length);
    for (let i = 0; i < out.length; i++) out[i] = weights[i] - this.totals[i] / this.step;
    return { weights: out, mask };
  }

  /** Rewards the features of `gold` and penalizes those of `predicted`, two tag sequences of one length. */
  private updateSequences(featurizer: Featurizer, feats: SentenceFeatures, gold: readonly number[], predicted: readonly number[]): void {
    const stat = new Uint32Array(STATIC_FEATURES);
    const goldDyn = new Uint32Array(DYNAMIC_FEATURES);
    const predDyn = new Uint32Array(DYNAMIC_FEATURES);
    for (let j = 0; j < gold.length; j++) {
      const [g, p] = [gold[j], predicted[j]];
      if (g !== p) {
        staticHashes(feats, j, stat);
        this.update(stat, 0, STATIC_FEATURES, g, p);
      }
      featurizer.dynamic(feats.words, j, gold[j - 1] ?? 0, gold[j - 2] ?? 0, goldDyn);
      featurizer.dynamic(feats.words, j, predicted[j - 1] ?? 0, predicted[j - 2] ?? 0, predDyn);
      this.shift(goldDyn, g, 1);
      this.shift(predDyn, p, -1);
    }
  }

  private shift(feats: Uint32Array, tag: number, by: number): void {
    const { weights, mask } = this.table;
    for (let f = 0; f < feats.length; f++) {
      const row = (feats[f] & mask) * TAG_COUNT + tag;
      weights[row] += by;
      this.totals[row] += by * this.step;
    }
  }

  private update(feats: Uint32Array, from: number, count: number, gold: number, predicted: number): void {
    const { weights, mask } = this.table;
    for (let f = from; f < from + count; f++) {
      const row = (feats[f] & mask) * TAG_COUNT;
      weights[row + gold] += 1;
      weights[row + predicted] -= 1;
      this.totals[row + gold] += this.step;
      this.totals[row + predicted] -= this.step;
    }
  }
}

/** Gold tags with every I- tag that follows no span of its type turned into a B- tag. */
function validTags(tags: readonly number[]): number[] {
  const out: number[] = [];
  tags.forEach((t, i) => out.push(allowed(out[i - 1] ?? 0, t) ? t : t - 1));
  return out;
}
