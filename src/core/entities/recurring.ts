/**
 * Names the corpus knows, found again where a document's tagger missed them: the tagger decides
 * per sentence, and a name it tags in several places ("Zentro-Volk" as an organization) is the
 * same name in a sentence where it tagged nothing. Precision first: only names tagged at least
 * twice and in a fair share of their occurrences, one-word names only when the corpus never
 * writes them in lower case, never inside a longer capitalized name, never in boilerplate.
 */
import type { DocumentAnalysis, EntityType, LocalMention, Token } from '../types';
import { isAcronym } from './acronyms';
import { majorityType } from './chains';
import { pushTo } from './grouping';
import { identityKey } from './identity';
import { fits, isNamePart } from './propagate';
import { startsLower, startsUpper } from '../nlp/letters';

const MIN_TAGGED = 2;
/** A name missed more than this many times per time it was found is no reliable name ("16 GB"). */
const MAX_MISSED_PER_TAGGED = 3;

interface KnownName {
  words: string[];
  type: EntityType;
  /** How often the documents' own analysis found it. */
  tagged: number;
}

/** Per document (by file), the mentions of known names its own analysis missed. */
export function recurringNames(docs: readonly DocumentAnalysis[]): Map<string, LocalMention[]> {
  const known = knownNames(docs);
  const found = docs.map((doc) => findIn(doc, known));
  const missed = new Map<KnownName, number>();
  for (const list of found) for (const { name } of list) missed.set(name, (missed.get(name) ?? 0) + 1);
  const out = new Map<string, LocalMention[]>();
  docs.forEach((doc, i) => {
    const reliable = found[i].filter(({ name }) => missed.get(name)! <= MAX_MISSED_PER_TAGGED * name.tagged).map(({ mention }) => mention);
    if (reliable.length > 0) out.set(doc.file, reliable);
  });
  return out;
}

/** Names tagged at least twice in the corpus, by their first word, longest first. */
function knownNames(docs: readonly DocumentAnalysis[]): Map<string, KnownName[]> {
  const lower = new Set<string>();
  const types = new Map<string, EntityType[]>();
  for (const doc of docs) {
    for (const t of doc.tokens) if (startsLower(t.text)) lower.add(t.text);
    for (const m of doc.mentions) {
      if (m.kind === 'DESCRIPTION') continue;
      const words = wordsOf(doc.tokens, m);
      if (words.length > 0 && startsUpper(words[0])) pushTo(types, words.join(' '), m.type);
    }
  }
  const byFirst = new Map<string, KnownName[]>();
  for (const [surface, seen] of types) {
    const words = surface.split(' ');
    if (seen.length < MIN_TAGGED || (words.length === 1 && lower.has(words[0].toLowerCase()))) continue;
    pushTo(byFirst, words[0], { words, type: majorityType(seen), tagged: seen.length });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

function findIn(doc: DocumentAnalysis, known: ReadonlyMap<string, KnownName[]>): { name: KnownName; mention: LocalMention }[] {
  const { tokens, sentences } = doc;
  const covered = new Uint8Array(tokens.length);
  const chainOf = new Map<string, string>();
  for (const m of doc.mentions) {
    const [start, end] = tokenRange(tokens, m);
    covered.fill(1, start, end);
    if (m.kind !== 'DESCRIPTION') chainOf.set(identityKey(m.text), m.localKey);
  }
  const found: { name: KnownName; mention: LocalMention }[] = [];
  for (const s of sentences) {
    if (s.boilerplate) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const name = known.get(tokens[i].text)?.find((k) => fits(tokens, covered, i, s.tokenEnd, k.words));
      if (!name) continue;
      const end = i + name.words.length;
      if (!s.heading && (isNamePart(tokens[end], end < s.tokenEnd) || isNamePart(tokens[i - 1], i > s.tokenStart + 1))) continue;
      const text = doc.text.slice(tokens[i].start, tokens[end - 1].end);
      const key = identityKey(text);
      const mention: LocalMention = { start: tokens[i].start, end: tokens[end - 1].end, text, type: name.type, kind: isAcronym(text) ? 'ACRONYM' : 'NAME', roles: [], localKey: chainOf.get(key) ?? key };
      found.push({ name, mention });
      covered.fill(1, i, end);
      i = end - 1;
    }
  }
  return found;
}

/** The mention's token range [start, end). */
function tokenRange(tokens: readonly Token[], m: LocalMention): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end].start < m.end) end++;
  return [lo, end];
}

function wordsOf(tokens: readonly Token[], m: LocalMention): string[] {
  const [start, end] = tokenRange(tokens, m);
  // A possessive the tokenizer left on the last word ("Jones'") is not part of the name.
  if (end === start || tokens[end - 1].end !== m.end) return [];
  return tokens.slice(start, end).map((t) => t.text);
}
