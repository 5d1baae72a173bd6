import type { Statement } from './extract';
import { SharedFeatures } from './blocking';
import { type Cosine, Vectors, cosine, intersects, isParticipant, ruleFeatures, slotOverlap } from './vectors';

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

/**
 * Features in more than this share of the statements (at least MIN_DF_CAP, at most MAX_DF_CAP) do
 * not generate candidates: with the upper bound, the work grows about linearly with the corpus.
 */
const MAX_DF_SHARE = 0.01;
const MIN_DF_CAP = 40;
const MAX_DF_CAP = 150;
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
/** The least cosine at which a slot or event rule applies. */
const STORY_MIN_COSINE = Math.min(SLOT_MIN_COSINE, EVENT_MIN_COSINE);
/** The least dot product over uncommon features for the slot and event rules to be tried on a pair. */
const STORY_MIN_DOT = 0.08;
/** Without a shared participant or story, only near-paraphrases link. */
const PARAPHRASE = 0.5;

/**
 * Which documents tell the same story: those whose participants (entities, names) overlap by at least
 * STORY_MIN of the smaller set. Participants of one document only cannot be shared, and in a large
 * corpus those of many documents ("U.S.") do not make a story: both are left out. Pairs are found
 * through an inverted index, so documents without a shared participant are never compared.
 */
class Stories {
  /** Per document, the other documents of its story. */
  private readonly partners: Set<number>[];

  constructor(docOf: Int32Array, docCount: number, v: Vectors) {
    const raw: Set<number>[] = Array.from({ length: docCount }, () => new Set<number>());
    docOf.forEach((doc, i) => {
      for (const id of v.vectors[i].ids) if (isParticipant(id)) raw[doc].add(id);
    });
    const docsWith = new Map<number, number[]>();
    raw.forEach((bag, doc) => {
      for (const id of bag) {
        let list = docsWith.get(id);
        if (!list) docsWith.set(id, (list = []));
        list.push(doc);
      }
    });
    const common = docCount >= LARGE_CORPUS ? docCount * COMMON_PARTICIPANT : Infinity;
    for (const [id, docs] of docsWith) if (docs.length < 2 || docs.length > common) docsWith.delete(id);
    const size = raw.map((bag) => [...bag].filter((id) => docsWith.has(id)).length);
    const shared = new Int32Array(docCount);
    const touched: number[] = [];
    this.partners = raw.map((bag, a) => {
      for (const id of bag) {
        for (const b of docsWith.get(id) ?? []) {
          if (b === a) continue;
          if (shared[b]++ === 0) touched.push(b);
        }
      }
      const partners = new Set(touched.filter((b) => shared[b] >= STORY_MIN * Math.min(size[a], size[b])));
      for (const b of touched) shared[b] = 0;
      touched.length = 0;
      return partners;
    });
  }

  same(a: number, b: number): boolean {
    return this.partners[a].has(b);
  }
}

class Linker {
  readonly v: Vectors;
  /** Per statement, the index of its document (statements of one document are never linked). */
  readonly docOf: Int32Array;
  private readonly stories: Stories;
  /** Per statement, the features of the story rules; anchors on event words ("elapsed:meet") are the strongest sign of a shared slot. */
  private readonly rules: { events: Int32Array; anchors: Int32Array; eventAnchors: Int32Array }[];
  private readonly eventAnchored: Uint8Array;
  private readonly scratch: Cosine = { all: 0, lexical: 0, participants: 0 };

  constructor(private readonly statements: readonly Statement[], private readonly options: AlignOptions) {
    this.v = new Vectors(statements);
    const files = new Map<string, number>();
    this.docOf = Int32Array.from(statements, (s) => {
      if (!files.has(s.file)) files.set(s.file, files.size);
      return files.get(s.file)!;
    });
    this.stories = new Stories(this.docOf, files.size, this.v);
    this.rules = statements.map(ruleFeatures);
    this.eventAnchored = Uint8Array.from(this.rules, (r) => (r.eventAnchors.length > 0 ? 1 : 0));
  }

  /**
   * Similarity of two statements: the best of their cosine, their slot affinity and their event link
   * (the last two within one story only); 0 unless they share a participant, come from one story or
   * are near-paraphrases, as the same wording about other people reports another event.
   */
  affinity(i: number, j: number, cos = cosine(this.v.vectors[i], this.v.vectors[j], this.scratch)): number {
    const { all, participants } = cos;
    const eventSlot = this.shareEventAnchor(i, j);
    // The story matters only when a slot or event link is possible.
    const storyMatters = eventSlot || all >= STORY_MIN_COSINE;
    if (!storyMatters || !this.sameStory(i, j)) return participants > 0 || all >= PARAPHRASE ? all : 0;
    if (eventSlot) return Math.max(all, EVENT_SLOT_SCORE);
    const slot = all >= SLOT_MIN_COSINE && this.shareAnchor(i, j) ? SLOT_WEIGHT * slotOverlap(this.v.vectors[i], this.v.vectors[j], this.v.idf) : 0;
    const event = all >= EVENT_MIN_COSINE && intersects(this.rules[i].events, this.rules[j].events) ? EVENT_SCORE : 0;
    return Math.max(all, slot, event);
  }

  /** Link score, 0 when not linked: similar enough, and by more than shared names alone. */
  private link(i: number, j: number, cos: Cosine): number {
    const { all, lexical } = cos;
    const score = this.affinity(i, j, cos);
    if (score < this.options.threshold) return 0;
    return score > all || lexical >= this.options.threshold / 3 ? score : 0;
  }

  /**
   * Whether a story rule (see `affinity`) may link a pair whose cosine is at most `cosine`: a cheap
   * test on dense per-statement arrays first, as it runs for most pairs sharing a feature, then the
   * rules' own features once the exact cosine is known. Apart from a shared event anchor, the rules
   * are tried only with some evidence from uncommon features (`dot`): the cosine bound is loose for
   * long statements, and scoring all those pairs costs much for little.
   */
  private storyRuleApplies(i: number, j: number, cosine: number, dot: number, exact: boolean): boolean {
    const eventAnchors = this.eventAnchored[i] && this.eventAnchored[j];
    if (!eventAnchors && (dot < STORY_MIN_DOT || cosine < STORY_MIN_COSINE)) return false;
    if (!this.sameStory(i, j)) return false;
    if (!exact || (eventAnchors && this.shareEventAnchor(i, j))) return true;
    if (dot < STORY_MIN_DOT) return false;
    return (cosine >= SLOT_MIN_COSINE && this.shareAnchor(i, j)) || (cosine >= EVENT_MIN_COSINE && intersects(this.rules[i].events, this.rules[j].events));
  }

  private shareEventAnchor(i: number, j: number): boolean {
    return intersects(this.rules[i].eventAnchors, this.rules[j].eventAnchors);
  }

  private shareAnchor(i: number, j: number): boolean {
    return intersects(this.rules[i].anchors, this.rules[j].anchors);
  }

  private sameStory(i: number, j: number): boolean {
    return this.stories.same(this.docOf[i], this.docOf[j]);
  }

  /**
   * Linked pairs (i < j, different documents) with their scores: each statement's best few among
   * those sharing uncommon features with it.
   */
  candidates(): [number, number, number][] {
    const n = this.statements.length;
    const shared = new SharedFeatures(this.v, this.docOf, Math.min(MAX_DF_CAP, Math.max(MIN_DF_CAP, Math.floor(n * MAX_DF_SHARE))));
    const { threshold, neighbours } = this.options;
    const cos: Cosine = { all: 0, lexical: 0, participants: 0 };
    const scored: [number, number, number][] = [];
    const pairs: [number, number, number][] = [];
    for (let i = 0; i < n; i++) {
      shared.gather(i);
      for (const j of shared.found) {
        // Below the threshold only the story rules can link a pair: checked first against the bound,
        // then against the exact cosine.
        if (shared.bound(j) < threshold && !this.storyRuleApplies(i, j, shared.bound(j), shared.uncommonDot(j), false)) continue;
        shared.cosine(j, cos);
        if (cos.all < threshold && !this.storyRuleApplies(i, j, cos.all, shared.uncommonDot(j), true)) continue;
        const score = this.link(i, j, cos);
        if (score > 0) scored.push([i, j, score]);
      }
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

function averageAffinity(linker: Linker, a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += linker.affinity(i, j);
  return sum / (a.length * b.length);
}
