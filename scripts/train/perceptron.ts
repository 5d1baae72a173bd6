/**
 * Averaged perceptron over the hashed weight table. Averaging uses the "w - u/c" trick: `u`
 * accumulates each update times the step at which it happened, so no per-weight timestamps.
 */
import { DYNAMIC_FEATURES, STATIC_FEATURES, type Featurizer } from '../../src/core/ner/features';
import type { DocumentHistory } from '../../src/core/ner/history';
import { allowed, TAG_COUNT } from '../../src/core/ner/labels';
import { decode, type WeightTable } from '../../src/core/ner/scoring';
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
   * One pass over a sentence; tag-history and document-history features follow the model's own
   * predictions, as they will when tagging.
   */
  train(featurizer: Featurizer, sentence: Sentence, pos: readonly string[], history: DocumentHistory): void {
    const feats = featurizer.sentence(sentence.tokens, pos, history);
    const tags = decode(this.table, featurizer, feats, (i, stat, dyn, predicted, prev) => {
      // After a wrong history an I- tag is unreachable; the best reachable answer is the B- tag.
      // Rewarding the unreachable tag instead inflates I- weights without bound.
      const gold = allowed(prev, sentence.tags[i]) ? sentence.tags[i] : sentence.tags[i] - 1;
      if (predicted !== gold) {
        this.update(stat, 0, STATIC_FEATURES, gold, predicted);
        this.update(dyn, 0, DYNAMIC_FEATURES, gold, predicted);
      }
      this.step++;
      return predicted;
    });
    featurizer.remember(history, feats, tags);
  }

  /** The averaged weights, as used for evaluation and shipping. */
  averaged(): WeightTable {
    const { weights, mask } = this.table;
    const out = new Float32Array(weights.length);
    for (let i = 0; i < out.length; i++) out[i] = weights[i] - this.totals[i] / this.step;
    return { weights: out, mask };
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
