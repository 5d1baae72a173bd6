/**
 * Averaged perceptron over the hashed weight table. Averaging uses the "w - u/c" trick: `u`
 * accumulates each update times the step at which it happened, so no per-weight timestamps.
 *
 * Domain adaptation by feature augmentation (Daumé III 2007, "Frustratingly easy domain
 * adaptation"): every feature fires twice, once in a shared block and once in its source's own
 * block of the same size. The silver GMB's conventions (metonymic places as LOC, its tagger's
 * slips) are learnt by its own block instead of bending the shared one. The shipped table is the
 * shared block plus one source's block (`fold`), so tagging costs nothing extra.
 */
import { DYNAMIC_FEATURES, STATIC_FEATURES, staticHashes, type Featurizer, type SentenceFeatures } from '../../src/core/ner/features';
import type { DocumentHistory } from '../../src/core/ner/history';
import { allowed, TAG_COUNT } from '../../src/core/ner/labels';
import { addRows, BEAM_WIDTH, type WeightTable } from '../../src/core/ner/scoring';
import type { Sentence } from './conll';

/** Blocks: 0 shared, then one per source (1 … 3). */
const DOMAIN_BITS = 2;

export class Perceptron {
  readonly table: WeightTable;
  private readonly totals: Float64Array;
  private readonly rowMask: number;
  private step = 1;

  constructor(private readonly bits: number) {
    const size = (1 << (bits + DOMAIN_BITS)) * TAG_COUNT;
    this.table = { weights: new Float32Array(size), mask: (1 << (bits + DOMAIN_BITS)) - 1 };
    this.totals = new Float64Array(size);
    this.rowMask = (1 << bits) - 1;
  }

  /**
   * One pass over a sentence of source `domain` (1 … 3) with a beam as wide as the tagger's
   * ("early update", Collins & Roark 2004): where the gold tags first fall out of the beam, the
   * gold prefix is rewarded and the best prefix penalized, so the model learns what the beam
   * decoder needs (dev F1 +0.5 gmb, +1.5 wikigold, +1.3 UNER over greedy training). The beam
   * then runs to the end, and its best tags are what the document history remembers, as the
   * tagger's own predictions will be. Unlike the tagger's beam, this one neither merges
   * histories nor prunes by margin.
   */
  train(featurizer: Featurizer, sentence: Sentence, pos: readonly string[], history: DocumentHistory, domain: number): void {
    const feats = featurizer.sentence(sentence.tokens, pos, history);
    const n = feats.length;
    const gold = validTags(sentence.tags);
    const stat = new Uint32Array(STATIC_FEATURES);
    const dyn = new Uint32Array(DYNAMIC_FEATURES);
    const statRows = new Uint32Array(2 * STATIC_FEATURES);
    const dynRows = new Uint32Array(2 * DYNAMIC_FEATURES);
    let beam: { tags: number[]; score: number }[] = [{ tags: [], score: 0 }];
    let violation: number[] | undefined;
    for (let i = 0; i < n; i++) {
      const base = new Float32Array(TAG_COUNT);
      staticHashes(feats, i, stat);
      this.rows(stat, domain, statRows);
      addRows(this.table, statRows, 0, statRows.length, base);
      const next: { tags: number[]; score: number }[] = [];
      for (const item of beam) {
        const prev = item.tags[i - 1] ?? 0;
        const scores = base.slice();
        featurizer.dynamic(feats.words, i, prev, item.tags[i - 2] ?? 0, dyn);
        this.rows(dyn, domain, dynRows);
        addRows(this.table, dynRows, 0, dynRows.length, scores);
        for (let k = 0; k < TAG_COUNT; k++) if (allowed(prev, k)) next.push({ tags: [...item.tags, k], score: item.score + scores[k] });
      }
      next.sort((a, b) => b.score - a.score);
      beam = next.slice(0, BEAM_WIDTH);
      if (!violation && !beam.some((item) => item.tags.every((t, j) => t === gold[j]))) violation = beam[0].tags;
    }
    const predicted = violation ?? beam[0].tags;
    this.step += n;
    if (predicted.some((t, j) => t !== gold[j])) this.updateSequences(featurizer, feats, gold.slice(0, predicted.length), predicted, domain);
    featurizer.remember(history, feats, beam[0].tags);
  }

  /** The averaged weights of all blocks. */
  averaged(): WeightTable {
    const { weights, mask } = this.table;
    const out = new Float32Array(weights.length);
    for (let i = 0; i < out.length; i++) out[i] = weights[i] - this.totals[i] / this.step;
    return { weights: out, mask };
  }

  /** A table of the tagger's size: the shared block of `table` (from `averaged`) plus the block of `domain` (0: none). */
  fold(table: WeightTable, domain: number): WeightTable {
    const size = (this.rowMask + 1) * TAG_COUNT;
    const weights = table.weights.slice(0, size);
    if (domain > 0) for (let i = 0; i < size; i++) weights[i] += table.weights[domain * size + i];
    return { weights, mask: this.rowMask };
  }

  /** Each hash as a row of the shared block and a row of the domain's block. */
  private rows(hashes: Uint32Array, domain: number, out: Uint32Array): void {
    for (let f = 0; f < hashes.length; f++) {
      const row = hashes[f] & this.rowMask;
      out[2 * f] = row;
      out[2 * f + 1] = row | (domain << this.bits);
    }
  }

  /** Rewards the features of `gold` and penalizes those of `predicted`, two tag sequences of one length. */
  private updateSequences(featurizer: Featurizer, feats: SentenceFeatures, gold: readonly number[], predicted: readonly number[], domain: number): void {
    const stat = new Uint32Array(STATIC_FEATURES);
    const statRows = new Uint32Array(2 * STATIC_FEATURES);
    const dyn = new Uint32Array(DYNAMIC_FEATURES);
    const dynRows = new Uint32Array(2 * DYNAMIC_FEATURES);
    for (let j = 0; j < gold.length; j++) {
      const [g, p] = [gold[j], predicted[j]];
      if (g !== p) {
        staticHashes(feats, j, stat);
        this.rows(stat, domain, statRows);
        this.update(statRows, g, p);
      }
      featurizer.dynamic(feats.words, j, gold[j - 1] ?? 0, gold[j - 2] ?? 0, dyn);
      this.rows(dyn, domain, dynRows);
      this.shift(dynRows, g, 1);
      featurizer.dynamic(feats.words, j, predicted[j - 1] ?? 0, predicted[j - 2] ?? 0, dyn);
      this.rows(dyn, domain, dynRows);
      this.shift(dynRows, p, -1);
    }
  }

  private shift(rows: Uint32Array, tag: number, by: number): void {
    const { weights } = this.table;
    for (let f = 0; f < rows.length; f++) {
      const at = rows[f] * TAG_COUNT + tag;
      weights[at] += by;
      this.totals[at] += by * this.step;
    }
  }

  private update(rows: Uint32Array, gold: number, predicted: number): void {
    const { weights } = this.table;
    for (let f = 0; f < rows.length; f++) {
      const at = rows[f] * TAG_COUNT;
      weights[at + gold] += 1;
      weights[at + predicted] -= 1;
      this.totals[at + gold] += this.step;
      this.totals[at + predicted] -= this.step;
    }
  }
}

/** Gold tags with every I- tag that follows no span of its type turned into a B- tag. */
function validTags(tags: readonly number[]): number[] {
  const out: number[] = [];
  tags.forEach((t, i) => out.push(allowed(out[i - 1] ?? 0, t) ? t : t - 1));
  return out;
}
