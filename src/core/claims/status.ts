import type { ClaimStatus } from '../types';
import { memoize } from './cache';
import type { Statement } from './extract';
import { displayWord, isEventWord, lemma } from './lexicon';
import { type Value, overlaps } from './values';

export interface Assessment {
  status: ClaimStatus;
  /** The slot that differs, for conflicts. */
  slot?: string;
  /** Per member, the value it gives for the slot, as written. */
  values: (string | null)[];
  /** For conflicts: "slot: value (2 sources) / value (1)". */
  summary?: string;
}

/** Slots in the order they are reported when several differ: time and dates before counts. */
const PRIORITY = ['elapsed', 'since', 'until', 'weekday', 'date', 'duration', 'ordinal:', 'qty:', 'year'];
/** Dimensions whose values are only compared when introduced by the same word ("in 2022" vs "in 2014"). */
const CUED = new Set(['year', 'duration', 'date']);

/** Minimum affinity of two members for their values to be compared. */
const CONFLICT_AFFINITY = 0.3;

function rank(dim: string): number {
  const i = PRIORITY.findIndex((p) => (p.endsWith(':') ? dim.startsWith(p) : dim === p));
  return i < 0 ? PRIORITY.length : i;
}

/** Members' values of one dimension; compatible when some value of one overlaps some value of the other. */
function compatible(a: readonly Value[], b: readonly Value[], dim: string): boolean {
  return a.some((x) => b.some((y) => (CUED.has(dim) && x.cue !== y.cue) || overlaps(x, y)));
}

/** The word the members share most, preferring words of the synonym classes ("meeting"). */
export function focusWord(members: readonly Statement[]): string {
  return members.length === 1 ? ownFocus(members[0]) : sharedFocus(members);
}

/** Most claims have one statement: its focus is kept with it. */
const ownFocus = memoize((s: Statement) => sharedFocus([s]));

function sharedFocus(members: readonly Statement[]): string {
  const counts = new Map<string, number>();
  for (const m of members) for (const l of new Set(m.lemmas)) counts.set(l, (counts.get(l) ?? 0) + 1);
  const predicates = new Set(members.map((m) => m.predicate));
  let best = '';
  let bestScore = -1;
  for (const [l, n] of counts) {
    const score = n * 10 + (displayWord(l) !== l ? 3 : 0) + (predicates.has(l) ? 2 : 0) + Math.min(l.length, 10) / 10;
    if (score > bestScore || (score === bestScore && l < best)) [best, bestScore] = [l, score];
  }
  return displayWord(best) !== best ? displayWord(best) : surfaceOf(best, members);
}

const WORD = /\p{L}[\p{L}-]*/gu;

/** A word as written for a stem ("criticiz" → "criticized"), for labels. */
function surfaceOf(stemmed: string, members: readonly Statement[]): string {
  for (const m of members) {
    for (const word of m.text.match(WORD) ?? []) if (lemma(word) === stemmed) return word.toLowerCase();
  }
  return stemmed;
}

/**
 * What a value of `dim` is said of in the members, as a noun for a label: the clause word most
 * members share; then an event word, a word written as a noun (a label needs one) and as a verb
 * (what is dated or counted is usually an action: "open" / "the opening"), nearer the value first.
 */
export function slotNoun(dim: string, members: readonly Statement[]): string {
  const seen = new Map<string, { members: Set<Statement>; noun: boolean; verb: boolean; distance: number }>();
  for (const m of members) {
    for (const w of m.slotWords) {
      if (w.dim !== dim) continue;
      const entry = seen.get(w.lemma) ?? { members: new Set<Statement>(), noun: false, verb: false, distance: Infinity };
      entry.members.add(m);
      entry.noun ||= w.noun;
      entry.verb ||= !w.noun;
      entry.distance = Math.min(entry.distance, w.distance);
      seen.set(w.lemma, entry);
    }
  }
  let best = '';
  let bestScore = -Infinity;
  for (const [l, e] of seen) {
    const score = e.members.size * 10 + (isEventWord(l) ? 3 : 0) + (e.noun ? 2 : 0) + (e.verb ? 1 : 0) - e.distance / 10;
    if (score > bestScore || (score === bestScore && l < best)) [best, bestScore] = [l, score];
  }
  if (!best) return '';
  if (displayWord(best) !== best) return displayWord(best);
  // Shown as written, a noun when some member writes it as one ("operations" over "operating").
  const words = members.flatMap((m) => m.slotWords.filter((w) => w.lemma === best));
  return (words.find((w) => w.noun) ?? words[0]).word;
}

/** A readable name of what differs: "launch day", "years since last meeting", "end year of operations". */
export function slotLabel(dim: string, members: readonly Statement[]): string {
  const noun = slotNoun(dim, members) || focusWord(members);
  const of = noun ? ` of ${noun}` : '';
  if (dim === 'elapsed') return `years since last ${noun || 'occurrence'}`;
  if (dim === 'since') return `start year${of}`;
  if (dim === 'until') return `end year${of}`;
  if (dim === 'weekday') return noun ? `${noun} day` : 'day';
  if (dim === 'date') return noun ? `${noun} date` : 'date';
  if (dim === 'year') return `year${of}`;
  if (dim === 'duration') return `duration${of}`;
  if (dim === 'qty:percent') return `percentage${of}`;
  if (dim.startsWith('ordinal:')) return `${dim.slice(8)} count`;
  const unit = dim.slice(4);
  return /^[$€£]$/.test(unit) ? `amount${of}` : `number of ${unit}s`;
}

/**
 * agree / conflict / single-source for a group of statements from different documents. `affinity`
 * tells how closely two members (by position) match: values conflict only between close members, as
 * a loosely attached member may give a value of a neighbouring fact.
 */
export function assess(members: readonly Statement[], affinity: (a: number, b: number) => number = () => 1): Assessment {
  const dims = [...new Set(members.flatMap((m) => m.values.map((v) => v.dim)))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const valuesOf = (m: Statement, dim: string) => m.values.filter((v) => v.dim === dim);
  const textOf = (m: Statement, dim: string) => {
    const vs = valuesOf(m, dim);
    return vs.length ? vs.map((v) => v.text).join(', ') : null;
  };
  if (members.length === 1) return { status: 'single-source', values: [dims[0] ? textOf(members[0], dims[0]) : null] };
  for (const dim of dims) {
    const having = members.map((_, i) => i).filter((i) => valuesOf(members[i], dim).length > 0);
    const clash = having.some((a, k) =>
      having.slice(k + 1).some((b) => affinity(a, b) >= CONFLICT_AFFINITY && !compatible(valuesOf(members[a], dim), valuesOf(members[b], dim), dim)),
    );
    if (!clash) continue;
    const slot = slotLabel(dim, members);
    const values = members.map((m) => textOf(m, dim));
    return { status: 'conflict', slot, values, summary: `${slot}: ${tally(values)}` };
  }
  const shared = dims.find((d) => members.filter((m) => valuesOf(m, d).length > 0).length >= 2) ?? dims[0];
  return { status: 'agree', values: members.map((m) => (shared ? textOf(m, shared) : null)) };
}

/** "eight years (2 sources) / over seven years (2) / since 2018 (1)", most frequent first. */
function tally(values: readonly (string | null)[]): string {
  const counts = new Map<string, { text: string; n: number }>();
  for (const v of values) {
    if (v === null) continue;
    const key = v.toLowerCase();
    const entry = counts.get(key) ?? { text: v, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .map((e, i) => `${e.text} (${e.n}${i === 0 ? (e.n === 1 ? ' source' : ' sources') : ''})`)
    .join(' / ');
}
