/**
 * Feature extraction shared by training and tagging. Every feature is a 32-bit hash; the weight
 * table row is `hash & mask`. Per-word features are cached by surface form, and context
 * features only mix cached integers, so a token costs a few dozen integer operations.
 */
import { hashString, mix as mixHashes } from './hash';

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

/** Number of static (label-independent) features per token. */
export const STATIC_FEATURES = 33;
/** Number of features that depend on the previous tags. */
export const DYNAMIC_FEATURES = 5;

interface WordInfo {
  /** Word-level features, already hashed with their template. */
  own: number[];
  lower: number;
  shape: number;
  short: number;
  cap: Cap;
  caseClass: CaseClass;
}

const PAD: WordInfo = { own: [], lower: hashString('<pad>'), shape: 1, short: 2, cap: Cap.None, caseClass: 0 };
const CACHE_LIMIT = 200_000;

export interface SentenceFeatures {
  length: number;
  /** `length * STATIC_FEATURES` hashes. */
  static: Uint32Array;
  words: WordInfo[];
}

export class Featurizer {
  private readonly cache = new Map<string, WordInfo>();

  constructor(private readonly lexicon: CaseLexicon) {}

  /** `pos` holds wink UPOS tags, one per token: they generalize to names never seen in training. */
  sentence(tokens: readonly string[], pos: readonly string[]): SentenceFeatures {
    const n = tokens.length;
    const tags = pos.map(hashString);
    const tag = (i: number): number => (i >= 0 && i < n ? tags[i] : 0);
    const words = tokens.map((t) => this.word(t));
    const mode = sentenceMode(words);
    const out = new Uint32Array(n * STATIC_FEATURES);
    const at = (i: number): WordInfo => (i >= 0 && i < n ? words[i] : PAD);
    for (let i = 0, o = 0; i < n; i++) {
      const w = words[i];
      const m2 = at(i - 2), m1 = at(i - 1), p1 = at(i + 1), p2 = at(i + 2);
      for (const h of w.own) out[o++] = h;
      out[o++] = mix(m2.lower, 101);
      out[o++] = mix(m1.lower, 102);
      out[o++] = mix(p1.lower, 103);
      out[o++] = mix(p2.lower, 104);
      out[o++] = mix(m2.short, 105);
      out[o++] = mix(m1.shape, 106);
      out[o++] = mix(p1.shape, 107);
      out[o++] = mix(p2.short, 108);
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
      out[o++] = mix(tag(i - 1), 118);
      out[o++] = mix(tag(i + 1), 119);
      out[o++] = mix(mix(mix(tag(i - 1), tags[i]), tag(i + 1)), 120);
      out[o++] = mix(mix(tags[i], mode), 121);
      out[o++] = mix(mix(tags[i], w.caseClass), 122);
    }
    return { length: n, static: out, words };
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

  private word(token: string): WordInfo {
    let info = this.cache.get(token);
    if (info) return info;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    info = describe(token, this.lexicon);
    this.cache.set(token, info);
    return info;
  }
}

/** The 11 word-level features; their count is part of STATIC_FEATURES. */
function describe(token: string, lexicon: CaseLexicon): WordInfo {
  const lower = token.toLowerCase();
  const shape = wordShape(token, 4);
  const short = wordShape(token, 1);
  const cap = capitalization(token);
  const caseClass = lexicon.get(lower) ?? 0;
  const own = [
    hashString('w' + lower),
    hashString('W' + token),
    hashString('s' + shape),
    hashString('p1' + lower.slice(0, 1)),
    hashString('p2' + lower.slice(0, 2)),
    hashString('p3' + lower.slice(0, 3)),
    hashString('x1' + lower.slice(-1)),
    hashString('x2' + lower.slice(-2)),
    hashString('x3' + lower.slice(-3)),
    hashString('x4' + lower.slice(-4)),
    mix(cap * 8 + caseClass, 100),
  ];
  return { own, lower: hashString(lower), shape: hashString(shape), short: hashString(short), cap, caseClass };
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
    if (ch.toLowerCase() !== ch) upper++;
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
