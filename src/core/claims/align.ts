import type { Statement } from './extract';
import { isEventWord } from './lexicon';
import { type Cosine, Vectors, cosine, isParticipant, slotOverlap } from './vectors';

/**
 * Groups statements about the same proposition across documents. Two statements link when their
 * TF-IDF cosine is high and not only through shared names, or, inside one story (documents about
 * the same participants), when they give a value for the same slot. Groups are merged greedily,
 * best links first, while the average affinity between their members stays high and no document
 * has two statements in a group. Candidates come from an inverted index over features that are not
 * too common, so a large corpus never compares all pairs.
 */

export interface AlignOptions {
  /** Minimum cosine for two statements to be linked. */
  threshold: number;
  /** Minimum average affinity between all members of two groups being merged. */
  groupThreshold: number;
  /** Candidates kept per statement. */
  neighbours: number;
}

export const DEFAULT_ALIGN: AlignOptions = { threshold: 0.3, groupThreshold: 0.22, neighbours: 12 };

/** Features shared by more than this share of the statements do not generate candidates. */
const MAX_DF_SHARE = Number(process.env.DFS ?? 0.01);
const MIN_DF_CAP = 40;
/** Documents whose participants are at least this similar tell one story. */
const STORY_MIN = 0.4;
/** From this many documents on, participants of more than COMMON_PARTICIPANT of them are ignored. */
const LARGE_CORPUS = 20;
const COMMON_PARTICIPANT = 0.1;
/**
 * Within one story: values of one dimension said of the same event word ("first talks in eight years",
 * "first meeting since 2018") are one slot (EVENT_SLOT_SCORE); otherwise the overlap of the values'
 * clauses counts, given SLOT_MIN_COSINE, scaled by SLOT_WEIGHT; statements sharing an event word link
 * at EVENT_SCORE given EVENT_MIN_COSINE.
 */
const EVENT_SLOT_SCORE = 0.45;
const SLOT_MIN_COSINE = 0.12;
const SLOT_WEIGHT = 0.6;
const EVENT_MIN_COSINE = 0.12;
const EVENT_SCORE = 0.3;
/** The least cosine at which a story rule can link two statements without a shared event anchor. */
const STORY_MIN_COSINE = Math.min(SLOT_MIN_COSINE, EVENT_MIN_COSINE);
/** Without a shared participant or story, only near-paraphrases link. */
const PARAPHRASE = 0.5;

/**
 * Documents as bags of their participants (entities, names), to tell whether two tell the same story:
 * the share of the smaller bag found in the other. Participants of one document only cannot be
 * shared, and in a large corpus those of many documents ("U.S.") do not make a story: both are left out.
 */
class Stories {
  /** Per document, its shared participant ids, ascending. */
  private readonly bags: Int32Array[];
  /** Similarities of the document last asked about (`row`) to others, valid where stamped with `stamp`. */
  private row = -1;
  private stamp = 0;
  private readonly stamps: Int32Array;
  private readonly values: Float64Array;

  constructor(docOf: Int32Array, docCount: number, v: Vectors) {
    const raw: Set<number>[] = Array.from({ length: docCount }, () => new Set<number>());
    docOf.forEach((doc, i) => {
      for (const id of v.vectors[i].ids) if (isParticipant(id)) raw[doc].add(id);
    });
    const docDf = new Map<number, number>();
    for (const bag of raw) for (const id of bag) docDf.set(id, (docDf.get(id) ?? 0) + 1);
    const common = docCount >= LARGE_CORPUS ? docCount * COMMON_PARTICIPANT : Infinity;
    this.bags = raw.map((bag) => Int32Array.from([...bag].filter((id) => docDf.get(id)! > 1 && docDf.get(id)! <= common)).sort());
    this.stamps = new Int32Array(docCount);
    this.values = new Float64Array(docCount);
  }

  /** Asked for many documents `b` in a row with one `a` (candidates of one statement), so that row is cached. */
  similarity(a: number, b: number): number {
    if (a !== this.row) {
      this.row = a;
      this.stamp++;
    }
    if (this.stamps[b] !== this.stamp) {
      this.stamps[b] = this.stamp;
      this.values[b] = overlapShare(this.bags[a], this.bags[b]);
    }
    return this.values[b];
  }
}

/** The share of the smaller of two ascending id lists found in the other. */
function overlapShare(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / Math.min(a.length, b.length);
}

class Linker {
  readonly v: Vectors;
  /** Per statement, the index of its document (statements of one document are never linked). */
  readonly docOf: Int32Array;
  private readonly stories: Stories;
  /** Per statement, its value anchors on event words ("elapsed:meet"), the strongest sign of a shared slot. */
  private readonly eventAnchors: string[][];
  private readonly scratch: Cosine = { all: 0, lexical: 0, participants: 0 };

  constructor(private readonly statements: readonly Statement[], private readonly options: AlignOptions) {
    this.v = new Vectors(statements);
    const files = new Map<string, number>();
    this.docOf = Int32Array.from(statements, (s) => {
      if (!files.has(s.file)) files.set(s.file, files.size);
      return files.get(s.file)!;
    });
    this.stories = new Stories(this.docOf, files.size, this.v);
    this.eventAnchors = statements.map(eventAnchorsOf);
  }

  /**
   * Similarity of two statements: the best of their cosine, their slot affinity and their event link
   * (the last two within one story only); 0 unless they share a participant, come from one story or
   * are near-paraphrases, as the same wording about other people reports another event.
   */
  affinity(i: number, j: number, cos = cosine(this.v.vectors[i], this.v.vectors[j], this.scratch)): number {
    const { all, participants } = cos;
    const eventSlot = this.shareEventAnchor(i, j);
    // The story (a cached but costly look-up) matters only when a slot or event link is possible.
    const storyMatters = eventSlot || all >= STORY_MIN_COSINE;
    if (!storyMatters || !this.sameStory(i, j)) return participants > 0 || all >= PARAPHRASE ? all : 0;
    if (eventSlot) return Math.max(all, EVENT_SLOT_SCORE);
    const slot = all >= SLOT_MIN_COSINE ? SLOT_WEIGHT * slotOverlap(this.v.vectors[i], this.v.vectors[j], this.v.idf) : 0;
    const event = all >= EVENT_MIN_COSINE && shareAny(this.statements[i].events, this.statements[j].events) ? EVENT_SCORE : 0;
    return Math.max(all, slot, event);
  }

  /** Link score, 0 when not linked: similar enough, and by more than shared names alone. */
  link(i: number, j: number): number {
    const cos = cosine(this.v.vectors[i], this.v.vectors[j], this.scratch);
    const { all, lexical } = cos;
    const score = this.affinity(i, j, cos);
    if (score < this.options.threshold) return 0;
    return score > all || lexical >= this.options.threshold / 3 ? score : 0;
  }

  private shareEventAnchor(i: number, j: number): boolean {
    return shareAny(this.eventAnchors[i], this.eventAnchors[j]);
  }

  private sameStory(i: number, j: number): boolean {
    return this.stories.similarity(this.docOf[i], this.docOf[j]) >= STORY_MIN;
  }

  /**
   * Candidate pairs (i < j, different documents) with their link scores. Dot products are accumulated
   * over posting lists of uncommon features only (in at most `cap` statements), so a common word never
   * makes the work quadratic; what the common features could add is bounded by the product of the two
   * statements' norms over them (Cauchy–Schwarz), so a pair that cannot reach a link is never scored.
   * Each statement keeps its best few candidates.
   */
  candidates(): [number, number, number][] {
    const { vectors, df } = this.v;
    const n = this.statements.length;
    const cap = Math.max(MIN_DF_CAP, Math.floor(n * MAX_DF_SHARE));
    // Posting lists in one array (by feature id, statements ascending), with each statement's weight.
    const offset = new Int32Array(df.length + 1);
    for (let id = 0; id < df.length; id++) offset[id + 1] = offset[id] + (df[id] <= cap ? df[id] : 0);
    const postings = new Int32Array(offset[df.length]);
    const postingWeights = new Float64Array(offset[df.length]);
    const fill = offset.slice(0, df.length);
    const commonNorm = new Float64Array(n);
    vectors.forEach((v, i) => {
      let common = 0;
      v.ids.forEach((id, k) => {
        if (df[id] > cap) common += v.weights[k] ** 2;
        else {
          postingWeights[fill[id]] = v.weights[k];
          postings[fill[id]++] = i;
        }
      });
      commonNorm[i] = Math.sqrt(common);
    });
    const { threshold, neighbours } = this.options;
    const docOf = this.docOf;
    const anchored = Uint8Array.from(this.eventAnchors, (a) => (a.length > 0 ? 1 : 0));
    const dot = new Float64Array(n);
    const touched: number[] = [];
    const best: number[] = [];
    const scored: [number, number, number][] = [];
    const pairs: [number, number, number][] = [];
    for (let i = 0; i < n; i++) {
      const v = vectors[i];
      for (let k = 0; k < v.ids.length; k++) {
        const id = v.ids[k];
        if (df[id] > cap) continue;
        const w = v.weights[k];
        for (let p = offset[id + 1] - 1; p >= offset[id] && postings[p] > i; p--) {
          const j = postings[p];
          if (docOf[j] === docOf[i]) continue;
          if (dot[j] === 0) touched.push(j);
          dot[j] += w * postingWeights[p];
        }
      }
      for (let t = 0; t < touched.length; t++) {
        const j = touched[t];
        const bound = dot[j] + commonNorm[i] * commonNorm[j];
        // Below the threshold, only the story rules can link a pair (see `affinity`).
        if (bound >= threshold) best.push(j);
        else if ((bound >= STORY_MIN_COSINE || (anchored[i] && anchored[j] && this.shareEventAnchor(i, j))) && this.sameStory(i, j)) best.push(j);
      }
      if (best.length > neighbours * 2) {
        best.sort((x, y) => dot[y] - dot[x] || x - y);
        best.length = neighbours * 2;
      }
      for (const j of touched) dot[j] = 0;
      touched.length = 0;
      for (const j of best) {
        const score = this.link(i, j);
        if (score > 0) scored.push([i, j, score]);
      }
      best.length = 0;
      if (scored.length > neighbours) {
        scored.sort((x, y) => y[2] - x[2] || x[1] - y[1]);
        scored.length = neighbours;
      }
      pairs.push(...scored);
      scored.length = 0;
    }
    return pairs;
  }
}

export interface Alignment {
  /** Groups of statement indices; every statement is in exactly one group, singletons included. */
  groups: number[][];
  /** Affinity of two statements (by index), for judging members within a group. */
  affinity(i: number, j: number): number;
}

export function alignStatements(statements: readonly Statement[], options: AlignOptions = DEFAULT_ALIGN): Alignment {
  const linker = new Linker(statements, options);
  const pairs = linker.candidates().sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const parent = statements.map((_, i) => i);
  const members = statements.map((_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [i, j] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const docs = new Set(members[a].map((m) => linker.docOf[m]));
    if (members[b].some((m) => docs.has(linker.docOf[m]))) continue;
    if (members[a].length + members[b].length > 2 && averageAffinity(linker, members[a], members[b]) < options.groupThreshold) continue;
    parent[b] = a;
    members[a].push(...members[b]);
    members[b] = [];
  }
  return {
    groups: members.filter((m) => m.length > 0).map((m) => m.sort((x, y) => x - y)),
    affinity: (i, j) => linker.affinity(i, j),
  };
}

function eventAnchorsOf(s: Statement): string[] {
  return s.anchors.filter((x) => isEventWord(x.slice(x.lastIndexOf(':') + 1)));
}

function shareAny(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.some((x) => a.includes(x));
}

function averageAffinity(linker: Linker, a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += linker.affinity(i, j);
  return sum / (a.length * b.length);
}
