import type { Statement } from './extract';
import { isEventWord } from './lexicon';
import { type Vector, type Vectors, cosine, slotOverlap, vectorize } from './vectors';

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
const MAX_DF_SHARE = 0.01;
const MIN_DF_CAP = 40;
/** Candidates whose uncommon shared features carry less than this of a statement's weight are dropped. */
const MIN_PARTIAL = 0.15;
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
/** Without a shared participant or story, only near-paraphrases link. */
const PARAPHRASE = 0.5;

/**
 * Documents as bags of their participants (entities, names), to tell whether two tell the same story:
 * the share of the smaller bag found in the other. Participants of one document only cannot be
 * shared, and in a large corpus those of many documents ("U.S.") do not make a story: both are left out.
 */
class Stories {
  private readonly bags: Set<number>[];
  private readonly cache = new Map<number, number>();

  constructor(statements: readonly Statement[], v: Vectors) {
    const docCount = statements.reduce((n, s) => Math.max(n, s.doc + 1), 0);
    const raw: Set<number>[] = Array.from({ length: docCount }, () => new Set<number>());
    statements.forEach((s, i) => {
      for (const id of v.vectors[i].ids) if (v.participant[id]) raw[s.doc].add(id);
    });
    const docDf = new Map<number, number>();
    for (const bag of raw) for (const id of bag) docDf.set(id, (docDf.get(id) ?? 0) + 1);
    const common = docCount >= LARGE_CORPUS ? docCount * COMMON_PARTICIPANT : Infinity;
    this.bags = raw.map((bag) => new Set([...bag].filter((id) => docDf.get(id)! > 1 && docDf.get(id)! <= common)));
  }

  similarity(a: number, b: number): number {
    const key = Math.min(a, b) * this.bags.length + Math.max(a, b);
    let sim = this.cache.get(key);
    if (sim === undefined) {
      const [small, large] = this.bags[a].size < this.bags[b].size ? [this.bags[a], this.bags[b]] : [this.bags[b], this.bags[a]];
      let shared = 0;
      for (const id of small) if (large.has(id)) shared++;
      sim = small.size ? shared / small.size : 0;
      this.cache.set(key, sim);
    }
    return sim;
  }
}

class Linker {
  readonly v: Vectors;
  private readonly stories: Stories;
  /** Per statement, its value anchors on event words ("elapsed:meet"), the strongest sign of a shared slot. */
  private readonly eventAnchors: string[][];

  constructor(private readonly statements: readonly Statement[], private readonly options: AlignOptions) {
    this.v = vectorize(statements);
    this.stories = new Stories(statements, this.v);
    this.eventAnchors = statements.map((s) => s.anchors.filter((x) => isEventWord(x.slice(x.lastIndexOf(':') + 1))));
  }

  /**
   * Similarity of two statements: the best of their cosine, their slot affinity and their event link
   * (the last two within one story only); 0 unless they share a participant, come from one story or
   * are near-paraphrases, as the same wording about other people reports another event.
   */
  affinity(i: number, j: number, cos = cosine(this.v.vectors[i], this.v.vectors[j])): number {
    const { all, participants } = cos;
    const eventSlot = shareAny(this.eventAnchors[i], this.eventAnchors[j]);
    // The story (a cached but costly look-up) matters only when a slot or event link is possible.
    const storyMatters = eventSlot || all >= Math.min(SLOT_MIN_COSINE, EVENT_MIN_COSINE);
    if (!storyMatters || !this.sameStory(i, j)) return participants > 0 || all >= PARAPHRASE ? all : 0;
    if (eventSlot) return Math.max(all, EVENT_SLOT_SCORE);
    const slot = all >= SLOT_MIN_COSINE ? SLOT_WEIGHT * slotOverlap(this.v.vectors[i], this.v.vectors[j]) : 0;
    const event = all >= EVENT_MIN_COSINE && shareAny(this.statements[i].events, this.statements[j].events) ? EVENT_SCORE : 0;
    return Math.max(all, slot, event);
  }

  /** Link score, 0 when not linked: similar enough, and by more than shared names alone. */
  link(i: number, j: number): number {
    const cos = cosine(this.v.vectors[i], this.v.vectors[j]);
    const score = this.affinity(i, j, cos);
    if (score < this.options.threshold) return 0;
    return score > cos.all || cos.lexical >= this.options.threshold / 3 ? score : 0;
  }

  private sameStory(i: number, j: number): boolean {
    return this.stories.similarity(this.statements[i].doc, this.statements[j].doc) >= STORY_MIN;
  }

  /** Candidate pairs (i < j, different documents) by partial dot products over uncommon features. */
  candidates(): [number, number, number][] {
    const { vectors, df } = this.v;
    const cap = Math.max(MIN_DF_CAP, Math.floor(this.statements.length * MAX_DF_SHARE));
    // Posting lists of uncommon features, in ascending statement order.
    const postings = new Map<number, number[]>();
    vectors.forEach((v, i) => {
      for (const id of v.ids) {
        if (df[id] > cap) continue;
        let list = postings.get(id);
        if (!list) postings.set(id, (list = []));
        list.push(i);
      }
    });
    const docOf = Int32Array.from(this.statements, (s) => s.doc);
    const partial = new Float64Array(this.statements.length);
    const touched: number[] = [];
    const pairs: [number, number, number][] = [];
    vectors.forEach((v: Vector, i) => {
      for (let k = 0; k < v.ids.length; k++) {
        const list = postings.get(v.ids[k]);
        if (!list) continue;
        const w = v.weights[k];
        for (let p = list.length - 1; p >= 0 && list[p] > i; p--) {
          const j = list[p];
          if (docOf[j] === docOf[i]) continue;
          if (partial[j] === 0) touched.push(j);
          partial[j] += w;
        }
      }
      const best = touched
        .filter((j) => partial[j] >= MIN_PARTIAL)
        .sort((x, y) => partial[y] - partial[x])
        .slice(0, this.options.neighbours * 2);
      for (const j of touched) partial[j] = 0;
      touched.length = 0;
      const scored = best.map((j) => [i, j, this.link(i, j)] as [number, number, number]).filter((p) => p[2] > 0);
      pairs.push(...scored.sort((x, y) => y[2] - x[2]).slice(0, this.options.neighbours));
    });
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
    const docs = new Set(members[a].map((m) => statements[m].doc));
    if (members[b].some((m) => docs.has(statements[m].doc))) continue;
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

function shareAny(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.some((x) => a.includes(x));
}

function averageAffinity(linker: Linker, a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += linker.affinity(i, j);
  return sum / (a.length * b.length);
}
