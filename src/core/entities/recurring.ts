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
  surface: string;
  words: string[];
  type: EntityType;
}

/** A document's own contribution to the known names: its lower-case words and the names it tags. */
interface DocumentNames {
  lower: string[];
  tagged: [string, EntityType][];
}

/**
 * Per-document pieces, cached per analysis (analyses are immutable): its names, and what it
 * contains of the known names, valid while the known names are the same object.
 */
const namesOf = new WeakMap<DocumentAnalysis, DocumentNames>();
const foundIn = new WeakMap<DocumentAnalysis, FoundIn>();
interface FoundIn {
  known: KnownNames;
  found: Found[];
  /** The last result for the document, kept as the same array while unchanged. */
  reliable?: LocalMention[];
}
type KnownNames = ReadonlyMap<string, KnownName[]>;
type Found = { name: KnownName; mention: LocalMention };
/** The known names of the last call with their signature, reused while the signature is unchanged. */
let lastKnown: { signature: string; known: KnownNames } | undefined;

/** Per document (by file), the mentions of known names its own analysis missed. */
export function recurringNames(docs: readonly DocumentAnalysis[]): Map<string, LocalMention[]> {
  const { known, tagged } = knownNames(docs);
  const found = docs.map((doc) => {
    const cached = foundIn.get(doc);
    if (cached?.known === known) return cached;
    const fresh: FoundIn = { known, found: findIn(doc, known) };
    foundIn.set(doc, fresh);
    return fresh;
  });
  const missed = new Map<KnownName, number>();
  for (const entry of found) for (const { name } of entry.found) missed.set(name, (missed.get(name) ?? 0) + 1);
  const out = new Map<string, LocalMention[]>();
  docs.forEach((doc, i) => {
    const entry = found[i];
    const reliable = entry.found.filter(({ name }) => missed.get(name)! <= MAX_MISSED_PER_TAGGED * tagged.get(name.surface)!.length).map(({ mention }) => mention);
    // The same array as last time when nothing changed, so callers can cache by identity.
    if (!sameItems(entry.reliable, reliable)) entry.reliable = reliable;
    if (reliable.length > 0) out.set(doc.file, entry.reliable!);
  });
  return out;
}

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Names tagged at least twice in the corpus, by their first word, longest first, and the types
 * each name is tagged with (how often the documents' own analysis found it).
 */
function knownNames(docs: readonly DocumentAnalysis[]): { known: KnownNames; tagged: Map<string, EntityType[]> } {
  const lower = new Set<string>();
  const types = new Map<string, EntityType[]>();
  for (const doc of docs) {
    const names = documentNames(doc);
    for (const w of names.lower) lower.add(w);
    for (const [surface, type] of names.tagged) pushTo(types, surface, type);
  }
  const byFirst = new Map<string, KnownName[]>();
  const signature: string[] = [];
  for (const [surface, seen] of types) {
    const words = surface.split(' ');
    if (seen.length < MIN_TAGGED || (words.length === 1 && lower.has(words[0].toLowerCase()))) continue;
    const name = { surface, words, type: majorityType(seen) };
    pushTo(byFirst, words[0], name);
    signature.push(`${surface}\t${name.type}`);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const key = signature.sort().join('\n');
  if (lastKnown?.signature !== key) lastKnown = { signature: key, known: byFirst };
  return { known: lastKnown.known, tagged: types };
}

function documentNames(doc: DocumentAnalysis): DocumentNames {
  let names = namesOf.get(doc);
  if (names) return names;
  const lower = new Set<string>();
  const tagged: [string, EntityType][] = [];
  for (const t of doc.tokens) if (startsLower(t.text)) lower.add(t.text);
  for (const m of doc.mentions) {
    if (m.kind === 'DESCRIPTION') continue;
    const words = wordsOf(doc.tokens, m);
    if (words.length > 0 && startsUpper(words[0])) tagged.push([words.join(' '), m.type]);
  }
  names = { lower: [...lower], tagged };
  namesOf.set(doc, names);
  return names;
}

function findIn(doc: DocumentAnalysis, known: KnownNames): Found[] {
  const { tokens, sentences } = doc;
  const covered = new Uint8Array(tokens.length);
  const chainOf = new Map<string, string>();
  for (const m of doc.mentions) {
    const [start, end] = tokenRange(tokens, m);
    covered.fill(1, start, end);
    if (m.kind !== 'DESCRIPTION') chainOf.set(identityKey(m.text), m.localKey);
  }
  const found: Found[] = [];
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
