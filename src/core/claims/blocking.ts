import { type Cosine, LEXICAL, PARTICIPANT, type Vectors, roleOf } from './vectors';

/**
 * The statements sharing uncommon features with a given one, with exact cosines, found without
 * comparing all pairs. Dot products are accumulated over posting lists of the features in at most
 * `cap` statements, so a common word never makes the work quadratic. What the common features add
 * to a cosine is computed only for the pairs worth it: `bound` caps it beforehand by the product of
 * the two statements' norms over them (Cauchy–Schwarz).
 */
export class SharedFeatures {
  /** The later statements of other documents sharing an uncommon feature with the gathered one. */
  readonly found: number[] = [];
  private readonly offset: Int32Array;
  private readonly postings: Int32Array;
  private readonly postingWeights: Float64Array;
  /** The common features of statement i and their weights at [commonStart[i], commonStart[i + 1]), and their norm. */
  private readonly commonStart: Int32Array;
  private readonly commonIds: Int32Array;
  private readonly commonWeights: Float64Array;
  private readonly commonNorm: Float64Array;
  /** Per found statement, its dot product with the gathered one over uncommon features, and its parts. */
  private readonly dot: Float64Array;
  private readonly lexical: Float64Array;
  private readonly participants: Float64Array;
  /** The gathered statement's weights on its common features, by feature id. */
  private readonly scattered: Float64Array;
  private current = -1;

  constructor(private readonly v: Vectors, private readonly docOf: Int32Array, private readonly cap: number) {
    const { vectors, df } = v;
    const n = vectors.length;
    this.offset = new Int32Array(df.length + 1);
    for (let id = 0; id < df.length; id++) this.offset[id + 1] = this.offset[id] + (df[id] <= cap ? df[id] : 0);
    this.postings = new Int32Array(this.offset[df.length]);
    this.postingWeights = new Float64Array(this.offset[df.length]);
    const fill = this.offset.slice(0, df.length);
    this.commonStart = new Int32Array(n + 1);
    vectors.forEach((vector, i) => {
      let common = 0;
      for (const id of vector.ids) if (df[id] > cap) common++;
      this.commonStart[i + 1] = this.commonStart[i] + common;
    });
    this.commonIds = new Int32Array(this.commonStart[n]);
    this.commonWeights = new Float64Array(this.commonStart[n]);
    this.commonNorm = new Float64Array(n);
    vectors.forEach((vector, i) => {
      let c = this.commonStart[i];
      let norm = 0;
      vector.ids.forEach((id, k) => {
        const w = vector.weights[k];
        if (df[id] > cap) {
          this.commonIds[c] = id;
          this.commonWeights[c++] = w;
          norm += w * w;
        } else {
          this.postingWeights[fill[id]] = w;
          this.postings[fill[id]++] = i;
        }
      });
      this.commonNorm[i] = Math.sqrt(norm);
    });
    this.dot = new Float64Array(n);
    this.lexical = new Float64Array(n);
    this.participants = new Float64Array(n);
    this.scattered = new Float64Array(df.length);
  }

  /** Finds the statements after `i` that share an uncommon feature with it. */
  gather(i: number): void {
    this.release();
    this.current = i;
    const { ids, weights } = this.v.vectors[i];
    const { offset, postings, postingWeights, docOf, dot, found } = this;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (this.v.df[id] > this.cap) continue;
      const w = weights[k];
      const role = roleOf(id);
      const part = role === LEXICAL ? this.lexical : role === PARTICIPANT ? this.participants : null;
      for (let p = offset[id + 1] - 1; p >= offset[id] && postings[p] > i; p--) {
        const j = postings[p];
        if (docOf[j] === docOf[i]) continue;
        if (dot[j] === 0) found.push(j);
        const product = w * postingWeights[p];
        dot[j] += product;
        if (part) part[j] += product;
      }
    }
    for (let c = this.commonStart[i]; c < this.commonStart[i + 1]; c++) this.scattered[this.commonIds[c]] = this.commonWeights[c];
  }

  /** The dot product of the gathered statement and `j` over uncommon features. */
  uncommonDot(j: number): number {
    return this.dot[j];
  }

  /** The most the cosine of the gathered statement and `j` can be. */
  bound(j: number): number {
    return this.dot[j] + this.commonNorm[this.current] * this.commonNorm[j];
  }

  /** The exact cosine of the gathered statement and `j`, written into `out`. */
  cosine(j: number, out: Cosine): Cosine {
    out.all = this.dot[j];
    out.lexical = this.lexical[j];
    out.participants = this.participants[j];
    for (let c = this.commonStart[j]; c < this.commonStart[j + 1]; c++) {
      const w = this.scattered[this.commonIds[c]];
      if (w === 0) continue;
      const product = w * this.commonWeights[c];
      out.all += product;
      const role = roleOf(this.commonIds[c]);
      if (role === LEXICAL) out.lexical += product;
      else if (role === PARTICIPANT) out.participants += product;
    }
    return out;
  }

  private release(): void {
    for (const j of this.found) this.dot[j] = this.lexical[j] = this.participants[j] = 0;
    this.found.length = 0;
    if (this.current >= 0) for (let c = this.commonStart[this.current]; c < this.commonStart[this.current + 1]; c++) this.scattered[this.commonIds[c]] = 0;
  }
}
