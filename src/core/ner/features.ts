/**
 * Feature extraction shared by training and tagging. Every feature is a 32-bit hash; the weight
 * table row is `hash & mask`. Per-word features are cached by surface form, and context
 * features only mix cached integers, so a token costs a few dozen integer operations.
 */
import { classAt, CLUSTER_LEVELS, UNKNOWN_CLUSTER, type WordClasses } from './clusters';
import { FIRST_NAME, Gazetteer, type GazetteerBits } from './gazetteer';
import type { DocumentHistory } from './history';
import { hashJoined, hashString, mix as mixHashes } from './hash';
import { NO_PRIOR, type TypePriors } from './typePriors';

/** A local binding: CommonJS output would otherwise call an export getter per feature. */
const mix = mixHashes;

/** How often a word is capitalized mid-sentence in the training text (see `CaseClass`). */
export type CaseLexicon = ReadonlyMap<string, CaseClass>;
/** 0 unseen, 1 almost always lower case, 2 mixed, 3 almost always capitalized. */
export type CaseClass = 0 | 1 | 2 | 3;

/** Capitalization of one token. */
const enum Cap {
  None = 0, // no letters
  Lower = 1,
  Initial = 2,
  All = 3,
  Mixed = 4,
}

/** Sentence casing: in Title Case headlines and ALL-CAPS lines capital letters mean little. */
const enum Mode {
  Normal = 0,
  Title = 1,
  Upper = 2,
}

/** Hashes that depend on the word alone (`WordInfo.own`). */
export const WORD_FEATURES = 13 + CLUSTER_LEVELS;
/** Hashes that depend on one neighbour alone, per offset -2, -1, +1, +2 (`WordInfo.roles`). */
export const ROLE_FEATURES = [2, 5, 5, 2] as const;
/** Hashes of the rest of the context, computed per token. */
export const CONTEXT_FEATURES = 17;
/** Number of static (label-independent) features per token. */
export const STATIC_FEATURES = WORD_FEATURES + ROLE_FEATURES.reduce((a, b) => a + b, 0) + CONTEXT_FEATURES;
/** Number of features that depend on the previous tags. */
export const DYNAMIC_FEATURES = 5;
/** Neighbour offsets of `WordInfo.roles`. */
export const ROLE_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * One distinct word. Its own and neighbour-role hashes are fixed, so the tagger caches their
 * summed weights here (`scores`: 5 blocks of 9, valid for the table `scoreTable`) and adds 5
 * cached sums per token instead of looking up 22 rows.
 */
export interface WordInfo {
  own: number[];
  /** The hashes this word contributes as the neighbour at each of ROLE_OFFSETS. */
  roles: number[][];
  lower: number;
  shape: number;
  short: number;
  cap: Cap;
  caseClass: CaseClass;
  text: string;
  gazetteer: GazetteerBits;
  /** Longest multi-token gazetteer entry that starts with this word (0: none). */
  phrase: number;
  /** Distributional word class (clusters.ts), UNKNOWN_CLUSTER outside the vocabulary. */
  cluster: number;
  /** The type its neighbours in GloVe space have in the training data (typePriors.ts). */
  prior: number;
  scoreTable: object | undefined;
  scores: Float64Array | undefined;
}

// Every WordInfo is built with all its fields, cache slots included, so all share one hidden class.
const PAD: WordInfo = withRoles({
  own: [],
  roles: [],
  lower: hashString('<pad>'),
  shape: 1,
  short: 2,
  cap: Cap.None,
  caseClass: 0,
  text: '',
  gazetteer: 0,
  phrase: 0,
  cluster: UNKNOWN_CLUSTER,
  prior: NO_PRIOR,
  scoreTable: undefined,
  scores: undefined,
});
/** Lower-case words that may join a capitalized run into one name ("Bank of England"). */
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'de', 'del', 'da', 'du', 'la', 'van', 'von', 'al']);
/** Run bit set when a capitalized run starts with a listed first name. */
const RUN_STARTS_WITH_FIRST_NAME = 1 << 7;
const CACHE_LIMIT = 200_000;

export interface SentenceFeatures {
  length: number;
  /** `length * CONTEXT_FEATURES` hashes. */
  context: Uint32Array;
  words: WordInfo[];
}

export class Featurizer {
  private readonly cache = new Map<string, WordInfo>();

  constructor(
    private readonly lexicon: CaseLexicon,
    private readonly gazetteer: Gazetteer,
    private readonly classes: WordClasses,
    private readonly priors: TypePriors,
  ) {}

  /**
   * `pos` holds wink UPOS tags, one per token: they generalize to names never seen in training.
   * `history` holds the tags of the document's earlier sentences.
   */
  sentence(tokens: readonly string[], pos: readonly string[], history?: DocumentHistory): SentenceFeatures {
    const n = tokens.length;
    const tags = pos.map(hashString);
    const words = tokens.map((t) => this.word(t));
    const mode = sentenceMode(words);
    const phrases = this.phrases(words);
    const runs = capitalizedRuns(words, phrases);
    const out = new Uint32Array(n * CONTEXT_FEATURES);
    for (let i = 0, o = 0; i < n; i++) {
      const w = words[i];
      const m1 = i > 0 ? words[i - 1] : PAD;
      const p1 = i + 1 < n ? words[i + 1] : PAD;
      out[o++] = mix(mix(m1.lower, w.lower), 109);
      out[o++] = mix(mix(w.lower, p1.lower), 110);
      out[o++] = mix(mix(mix(m1.short, w.short), p1.short), 111);
      // Sentence-initial capitals carry no evidence; let the model learn that per case class.
      out[o++] = mix(((i === 0 ? 1 : 0) * 8 + w.cap) * 8 + w.caseClass, 112);
      out[o++] = mix((mode * 8 + w.cap) * 8 + w.caseClass, 113);
      out[o++] = mix(mix(mode, w.lower), 114);
      out[o++] = mix((m1.cap * 8 + w.cap) * 8 + p1.cap, 115);
      out[o++] = 116;
      out[o++] = mix(mix(tags[i], w.cap), 117);
      const t1 = i > 0 ? tags[i - 1] : 0;
      const t2 = i + 1 < n ? tags[i + 1] : 0;
      out[o++] = mix(t1, 118);
      out[o++] = mix(t2, 119);
      out[o++] = mix(mix(mix(t1, tags[i]), t2), 120);
      out[o++] = mix(mix(tags[i], mode), 121);
      out[o++] = mix(mix(tags[i], w.caseClass), 122);
      // A multi-word gazetteer entry the word is part of, and the capitalized run around it.
      out[o++] = mix(phrases[i], 124);
      out[o++] = mix(runs[i] * 4 + mode, 127);
      out[o++] = mix((history?.label(w.text) ?? 0) * 8 + w.cap, 128);
    }
    return { length: n, context: out, words };
  }

  /** Adds a tagged sentence to its document's history (its capitalized words only). */
  remember(history: DocumentHistory, sentence: SentenceFeatures, tags: ArrayLike<number>): void {
    const { words } = sentence;
    history.record(
      words.map((w) => w.text),
      words.map((w) => w.cap >= Cap.Initial),
      tags,
    );
  }

  /** Writes the tag-history features of token `i` into `out`. */
  dynamic(words: readonly WordInfo[], i: number, prev: number, prev2: number, out: Uint32Array): void {
    const w = words[i];
    out[0] = mix(prev, 201);
    out[1] = mix(prev2 * 16 + prev, 202);
    out[2] = mix(mix(w.lower, prev), 203);
    out[3] = mix(mix(w.short, prev), 204);
    out[4] = mix(w.cap * 16 + prev, 205);
  }

  /**
   * Per token, the longest multi-token gazetteer entry covering it: its bits × 4 + position
   * (1 first, 2 inside, 3 last); 0 outside any entry.
   */
  private phrases(words: readonly WordInfo[]): Uint32Array {
    const n = words.length;
    const out = new Uint32Array(n);
    for (let i = 0; i < n; ) {
      let matched = 1;
      const longest = Math.min(words[i].phrase, n - i);
      const possible = longest >= 2 && this.gazetteer.mayContinue(words[i].text, words[i + 1].text);
      for (let len = possible ? longest : 0; len >= 2; len--) {
        let key = words[i].text;
        for (let j = 1; j < len; j++) key += ' ' + words[i + j].text;
        const bits = this.gazetteer.taggerLookup(key);
        if (!bits) continue;
        for (let j = 0; j < len; j++) out[i + j] = bits * 4 + (j === 0 ? 1 : j === len - 1 ? 3 : 2);
        matched = len;
        break;
      }
      i += matched;
    }
    return out;
  }

  private word(token: string): WordInfo {
    let info = this.cache.get(token);
    if (info) return info;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    info = describe(token, this.lexicon, this.gazetteer, this.classes, this.priors);
    this.cache.set(token, info);
    return info;
  }
}

/** The word at `i` or, beyond the sentence, padding. */
export function wordAt(words: readonly WordInfo[], i: number): WordInfo {
  return i >= 0 && i < words.length ? words[i] : PAD;
}

/** Writes all static hashes of token `i` (own, neighbours' roles, context) into `out`. */
export function staticHashes(sentence: SentenceFeatures, i: number, out: Uint32Array): void {
  const { words, context } = sentence;
  let o = 0;
  for (const h of words[i].own) out[o++] = h;
  ROLE_OFFSETS.forEach((d, r) => {
    for (const h of wordAt(words, i + d).roles[r]) out[o++] = h;
  });
  for (let c = i * CONTEXT_FEATURES, end = c + CONTEXT_FEATURES; c < end; ) out[o++] = context[c++];
}

/** The word-level features; their count is WORD_FEATURES. */
function describe(token: string, lexicon: CaseLexicon, gazetteer: Gazetteer, classes: WordClasses, priors: TypePriors): WordInfo {
  const lower = token.toLowerCase();
  const shape = wordShape(token, 4);
  const short = wordShape(token, 1);
  const cap = capitalization(token);
  const caseClass = lexicon.get(lower) ?? 0;
  const bits = gazetteer.taggerLookup(lower);
  const cluster = classes.get(lower) ?? UNKNOWN_CLUSTER;
  // The vectors are of lower-case words, so an acronym would get the prior of a common word ("ARM", "EDS").
  const prior = cap === Cap.All ? NO_PRIOR : (priors.get(lower) ?? NO_PRIOR);
  const n = lower.length;
  // Prefixes lower.slice(0, k) and suffixes lower.slice(-k), hashed in place.
  const own = [
    hashJoined('w', lower),
    hashJoined('W', token),
    hashJoined('s', shape),
    hashJoined('p1', lower, 0, Math.min(1, n)),
    hashJoined('p2', lower, 0, Math.min(2, n)),
    hashJoined('p3', lower, 0, Math.min(3, n)),
    hashJoined('x1', lower, Math.max(0, n - 1)),
    hashJoined('x2', lower, Math.max(0, n - 2)),
    hashJoined('x3', lower, Math.max(0, n - 3)),
    hashJoined('x4', lower, Math.max(0, n - 4)),
    mix(cap * 8 + caseClass, 100),
    // Gazetteer lists of the word, by capitalization.
    mix(bits * 8 + cap, 123),
    // Its word class at each level, with capitalization: a capitalized word of a class of surnames.
    ...Array.from({ length: CLUSTER_LEVELS }, (_, l) => mix(mix(classAt(cluster, l + 1) + 2, cap), 130 + l)),
    // The type of its neighbours in GloVe space, with capitalization: "Foxconn" reads as "Samsung".
    mix(mix(prior, cap), 137),
  ];
  return withRoles({
    own,
    roles: [],
    lower: hashString(lower),
    shape: hashString(shape),
    short: hashString(short),
    cap,
    caseClass,
    text: lower,
    gazetteer: bits,
    phrase: gazetteer.taggerLongestPhrase(lower),
    cluster,
    prior,
    scoreTable: undefined,
    scores: undefined,
  });
}

/** The word as neighbour: its form at ±1 and ±2, its shape, and its lists, class and prior at ±1 ("… Ministry"). */
function withRoles(w: WordInfo): WordInfo {
  w.roles = [
    [mix(w.lower, 101), mix(w.short, 105)],
    [mix(w.lower, 102), mix(w.shape, 106), mix(w.gazetteer, 125), mix(classAt(w.cluster, 2) + 2, 135), mix(w.prior, 138)],
    [mix(w.lower, 103), mix(w.shape, 107), mix(w.gazetteer, 126), mix(classAt(w.cluster, 2) + 2, 136), mix(w.prior, 139)],
    [mix(w.lower, 104), mix(w.short, 108)],
  ];
  return w;
}

/**
 * Per token of a capitalized run (connectors allowed inside: "Bank of England"), the union of
 * the run's gazetteer bits × 4 + position (0 alone, 1 first, 2 inside, 3 last); 0 outside runs.
 * "Washington University" contains an organization word, so "Washington" there is no place.
 */
function capitalizedRuns(words: readonly WordInfo[], phrases: Uint32Array): Uint32Array {
  const n = words.length;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; ) {
    if (words[i].cap < Cap.Initial) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && (words[end].cap >= Cap.Initial || (end + 1 < n && CONNECTORS.has(words[end].text) && words[end + 1].cap >= Cap.Initial))) end++;
    let bits = words[i].gazetteer & FIRST_NAME ? RUN_STARTS_WITH_FIRST_NAME : 0;
    for (let k = i; k < end; k++) bits |= words[k].gazetteer | (phrases[k] >> 2);
    for (let k = i; k < end; k++) out[k] = bits * 4 + (end - i === 1 ? 0 : k === i ? 1 : k === end - 1 ? 3 : 2);
    i = end;
  }
  return out;
}

/** "McDonald's" → "XxXxxxx'x" with runs capped at `maxRun` ("Xx'x" when maxRun is 1). */
export function wordShape(token: string, maxRun: number): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of token) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : classify(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= maxRun) out += c;
  }
  return out;
}

function classify(ch: string): string {
  if (ch.toLowerCase() !== ch) return 'X';
  if (ch.toUpperCase() !== ch) return 'x';
  return ch;
}

function capitalization(token: string): Cap {
  let upper = 0;
  let lower = 0;
  for (const ch of token) {
    const c = ch.charCodeAt(0);
    // ASCII by code; case mapping only for the rest.
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    } else if (ch.toLowerCase() !== ch) upper++;
    else if (ch.toUpperCase() !== ch) lower++;
  }
  if (upper + lower === 0) return Cap.None;
  if (upper === 0) return Cap.Lower;
  if (lower === 0) return upper > 1 ? Cap.All : Cap.Initial;
  const first = token[0];
  return first.toLowerCase() !== first && /^.[^A-Z]*$/u.test(token) ? Cap.Initial : Cap.Mixed;
}

function sentenceMode(words: readonly WordInfo[]): Mode {
  let cased = 0;
  let initial = 0;
  let upper = 0;
  for (let i = 1; i < words.length; i++) {
    const c = words[i].cap;
    if (c === Cap.None) continue;
    cased++;
    if (c === Cap.All) upper++;
    else if (c === Cap.Initial || c === Cap.Mixed) initial++;
  }
  if (cased < 3) return Mode.Normal;
  if (upper >= 0.8 * cased) return Mode.Upper;
  if (initial + upper >= 0.7 * cased) return Mode.Title;
  return Mode.Normal;
}
