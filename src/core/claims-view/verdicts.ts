import type { Claim } from '../types';

export type VerdictKind = 'verified' | 'disputed' | 'unclear';
export const verdictKinds: readonly VerdictKind[] = ['verified', 'disputed', 'unclear'];

/**
 * A reader's verdict on a claim. It is anchored to the normalized texts of the claim's source
 * sentences, so it finds its claim again after re-analysis renumbers claims or shifts offsets.
 */
export interface Verdict {
  verdict: VerdictKind;
  note?: string;
  statement: string;
  sentences: string[];
  updated: string;
}

/** `.crosscheck/verdicts.json`: one entry per claim, keyed by the claim id it was given for. */
export interface VerdictFile {
  version: 1;
  verdicts: Record<string, Verdict>;
}

export const emptyVerdicts = (): VerdictFile => ({ version: 1, verdicts: {} });

/** Typographic variants, case and spacing do not break an anchor. */
export function normalizeSentence(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function anchorOf(claim: Claim): string[] {
  return [...new Set(claim.sources.map((s) => normalizeSentence(s.text)))].sort();
}

/** A verdict whose anchor shares at least this share of sentences with a claim follows it to a new id. */
const minOverlap = 0.5;

/**
 * Which stored verdict belongs to which claim (claim id → verdict key). A verdict needs at least one
 * sentence in common with its claim; the same id wins, otherwise the largest overlap. Each verdict
 * and each claim is used once.
 */
export function matchVerdicts(claims: readonly Claim[], file: VerdictFile): Map<string, string> {
  const candidates: { claim: string; key: string; score: number }[] = [];
  const entries = Object.entries(file.verdicts).map(([key, v]) => ({ key, sentences: new Set(v.sentences) }));
  for (const claim of claims) {
    const anchor = anchorOf(claim);
    for (const entry of entries) {
      const shared = anchor.filter((s) => entry.sentences.has(s)).length;
      if (shared === 0) continue;
      const overlap = shared / (anchor.length + entry.sentences.size - shared);
      if (entry.key === claim.id) candidates.push({ claim: claim.id, key: entry.key, score: 1 + overlap });
      else if (overlap >= minOverlap) candidates.push({ claim: claim.id, key: entry.key, score: overlap });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const matched = new Map<string, string>();
  const used = new Set<string>();
  for (const { claim, key } of candidates) {
    if (matched.has(claim) || used.has(key)) continue;
    matched.set(claim, key);
    used.add(key);
  }
  return matched;
}

/** Returns a new file with the claim's verdict set (replacing the entry it matched before, under the claim's current id). */
export function withVerdict(
  file: VerdictFile,
  claims: readonly Claim[],
  claim: Claim,
  verdict: VerdictKind,
  note: string | undefined,
  now: Date,
): VerdictFile {
  const verdicts = withoutMatch(file, claims, claim);
  verdicts[claim.id] = {
    verdict,
    ...(note ? { note } : {}),
    statement: claim.statement,
    sentences: anchorOf(claim),
    updated: now.toISOString(),
  };
  return { version: 1, verdicts };
}

export function withoutVerdict(file: VerdictFile, claims: readonly Claim[], claim: Claim): VerdictFile {
  return { version: 1, verdicts: withoutMatch(file, claims, claim) };
}

function withoutMatch(file: VerdictFile, claims: readonly Claim[], claim: Claim): Record<string, Verdict> {
  const key = matchVerdicts(claims, file).get(claim.id);
  const verdicts = { ...file.verdicts };
  if (key !== undefined) delete verdicts[key];
  return verdicts;
}

/** Pretty-printed with sorted keys and a final newline, so the file diffs line by line in git. */
export function serializeVerdicts(file: VerdictFile): string {
  return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}

/** Reads a verdicts file, dropping entries that are not well-formed; throws on text that is not JSON. */
export function parseVerdicts(text: string): VerdictFile {
  const raw: unknown = JSON.parse(text);
  const file = emptyVerdicts();
  const entries = isRecord(raw) && isRecord(raw.verdicts) ? raw.verdicts : {};
  for (const [key, value] of Object.entries(entries)) {
    if (!isRecord(value) || !verdictKinds.includes(value.verdict as VerdictKind)) continue;
    if (!Array.isArray(value.sentences) || !value.sentences.every((s) => typeof s === 'string')) continue;
    file.verdicts[key] = {
      verdict: value.verdict as VerdictKind,
      ...(typeof value.note === 'string' && value.note ? { note: value.note } : {}),
      statement: typeof value.statement === 'string' ? value.statement : '',
      sentences: value.sentences.map(normalizeSentence),
      updated: typeof value.updated === 'string' ? value.updated : '',
    };
  }
  return file;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}
