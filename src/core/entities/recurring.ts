/**
 * Names the corpus knows, found again where a document's tagger missed them: the tagger decides
 * per sentence, and a name it tags in several places ("Zentro-Volk" as an organization) is the
 * same name in a sentence where it tagged nothing. Precision first: only names tagged at least
 * twice (once for three words or more) and in a fair share of their occurrences, one-word names
 * only when the corpus never writes them in lower case, never inside a longer capitalized name,
 * never in boilerplate.
 */
import type { DocumentAnalysis, EntityType, LocalMention, Token } from '../types';
import { isAcronym } from './acronyms';
import { mostCounted } from './chains';
import { identityKey } from './identity';
import { fits, isInsideHyphenated, isNamedByCapital, isNamePart, nameBesideHyphen } from './propagate';
import { startsLower, startsUpper } from '../nlp/letters';
import { isAgencyCredit } from './words';
import { isSometimesLowerCase } from '../ner/tagger';

const MIN_TAGGED = 2;
const LONG_NAME = 3;
/** A name missed more than this many times per time it was found is no reliable name ("16 GB"). */
const MAX_MISSED_PER_TAGGED = 3;

interface KnownName {
  surface: string;
  words: string[];
  type: EntityType;
  /** An ordinary word a company's cue made a name ("retailer Next"): found again only where its capital tells. */
  inSentence?: boolean;
}

/** A document's own contribution to the known names: its lower-case words and the names it tags (whether cued as a company's). */
interface DocumentNames {
  lower: string[];
  tagged: [string, EntityType, boolean][];
}

/** How often the corpus tags a surface, in all and per type. */
interface TaggedCount {
  total: number;
  byType: Map<EntityType, number>;
  /** How often as a company its cues name ("Shares in Target"). */
  cued: number;
}

/**
 * The known names, kept between calls: linking is redone after every edit, so the counts behind
 * them are updated for the documents added and removed since the last call instead of being
 * recounted. `version` is replaced whenever a known name appears, disappears or changes type.
 */
interface KnownState {
  /** The documents counted, with how often each was passed. */
  docs: Map<DocumentAnalysis, number>;
  /** Per lower-case word, how many documents contain it. */
  lower: Map<string, number>;
  tagged: Map<string, TaggedCount>;
  /** Tagged one-word surfaces by their lower-case form, the ones a lower-case word rules out. */
  oneWord: Map<string, Set<string>>;
  bySurface: Map<string, KnownName>;
  /** Known names by their first word, longest first. */
  byFirst: Map<string, KnownName[]>;
  version: object;
  /** The version before the last change, and the words of the names that changed then. */
  previous?: { version: object; changed: readonly (readonly string[])[] };
}
const state: KnownState = { docs: new Map(), lower: new Map(), tagged: new Map(), oneWord: new Map(), bySurface: new Map(), byFirst: new Map(), version: {} };

/**
 * Per-document pieces, cached per analysis (analyses are immutable): its names, and what it
 * contains of the known names, valid for one version of them.
 */
const namesOf = new WeakMap<DocumentAnalysis, DocumentNames>();
const tokenTexts = new WeakMap<DocumentAnalysis, ReadonlySet<string>>();
const foundIn = new WeakMap<DocumentAnalysis, FoundIn>();
interface FoundIn {
  version: object;
  found: Found[];
  /** The last result for the document, kept as the same array while unchanged. */
  reliable?: LocalMention[];
}
type Found = { name: KnownName; mention: LocalMention };

/** Per document (by file), the mentions of known names its own analysis missed. */
export function recurringNames(docs: readonly DocumentAnalysis[]): Map<string, LocalMention[]> {
  updateKnownNames(docs);
  const { version, previous, byFirst, tagged } = state;
  const found = docs.map((doc) => {
    const cached = foundIn.get(doc);
    if (cached?.version === version) return cached;
    // A document without all words of any changed name finds exactly what it found before.
    if (cached && cached.version === previous?.version && !previous.changed.some((name) => containsAll(tokenTextsOf(doc), name))) {
      cached.version = version;
      return cached;
    }
    const fresh: FoundIn = { version, found: findIn(doc, byFirst) };
    foundIn.set(doc, fresh);
    return fresh;
  });
  const missed = new Map<KnownName, number>();
  for (const entry of found) for (const { name } of entry.found) missed.set(name, (missed.get(name) ?? 0) + 1);
  const out = new Map<string, LocalMention[]>();
  docs.forEach((doc, i) => {
    const entry = found[i];
    const reliable = entry.found.filter(({ name }) => missed.get(name)! <= MAX_MISSED_PER_TAGGED * tagged.get(name.surface)!.total).map(({ mention }) => mention);
    // The same array as last time when nothing changed, so callers can cache by identity.
    if (!sameItems(entry.reliable, reliable)) entry.reliable = reliable;
    if (reliable.length > 0) out.set(doc.file, entry.reliable!);
  });
  return out;
}

function containsAll(words: ReadonlySet<string>, name: readonly string[]): boolean {
  return name.every((w) => words.has(w));
}

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Brings the known names up to date with `docs`: names tagged at least twice in the corpus, one-word
 * names only when the corpus never writes them in lower case, each with its majority type.
 */
function updateKnownNames(docs: readonly DocumentAnalysis[]): void {
  const now = new Map<DocumentAnalysis, number>();
  for (const doc of docs) now.set(doc, (now.get(doc) ?? 0) + 1);
  const touched = new Set<string>();
  for (const [doc, n] of state.docs) if (now.get(doc) !== n) count(doc, (now.get(doc) ?? 0) - n, touched);
  for (const [doc, n] of now) if (!state.docs.has(doc)) count(doc, n, touched);
  state.docs = now;

  const changed: string[][] = [];
  for (const surface of touched) {
    const seen = state.tagged.get(surface);
    const words = surface.split(' ');
    // A name of three words or more is specific enough once: "World Weather Attribution, the group …" opening a sentence.
    // An ordinary word is a name where a company's cue made it one ("retailer Next" … "next month").
    const inSentence = words.length === 1 && state.lower.has(words[0].toLowerCase());
    // A company's cue is evidence enough once ("price reporting agency Fastmarkets").
    const known = seen !== undefined && seen.total >= (words.length >= LONG_NAME || seen.cued > 0 ? 1 : MIN_TAGGED) && (!inSentence || seen.cued > 0);
    const before = state.bySurface.get(surface);
    const type = known ? (inSentence ? 'ORG' : mostCounted(seen.byType)) : undefined;
    if (before?.type === type && Boolean(before?.inSentence) === (type !== undefined && inSentence)) continue;
    changed.push(words);
    const list = (state.byFirst.get(words[0]) ?? []).filter((k) => k !== before);
    if (type === undefined) {
      state.bySurface.delete(surface);
    } else {
      const name: KnownName = { surface, words, type, ...(inSentence && { inSentence }) };
      state.bySurface.set(surface, name);
      list.push(name);
      list.sort((a, b) => b.words.length - a.words.length);
    }
    if (list.length > 0) state.byFirst.set(words[0], list);
    else state.byFirst.delete(words[0]);
  }
  if (changed.length > 0) {
    state.previous = { version: state.version, changed };
    state.version = {};
  }
}

/** Adds a document's names `times` times to the counts (removes them when negative). */
function count(doc: DocumentAnalysis, times: number, touched: Set<string>): void {
  const names = documentNames(doc);
  for (const w of names.lower) {
    const before = state.lower.get(w) ?? 0;
    const after = before + times;
    if (after === 0) state.lower.delete(w);
    else state.lower.set(w, after);
    if ((before === 0) !== (after === 0)) for (const s of state.oneWord.get(w) ?? []) touched.add(s);
  }
  for (const [surface, type, cued] of names.tagged) {
    touched.add(surface);
    const seen = state.tagged.get(surface) ?? { total: 0, byType: new Map<EntityType, number>(), cued: 0 };
    seen.total += times;
    if (cued) seen.cued += times;
    seen.byType.set(type, (seen.byType.get(type) ?? 0) + times);
    const oneWord = surface.includes(' ') ? undefined : surface.toLowerCase();
    if (seen.total > 0) {
      state.tagged.set(surface, seen);
      if (oneWord !== undefined) pushToSet(state.oneWord, oneWord, surface);
    } else {
      state.tagged.delete(surface);
      if (oneWord !== undefined) removeFromSet(state.oneWord, oneWord, surface);
    }
  }
}

function pushToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function removeFromSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}

function documentNames(doc: DocumentAnalysis): DocumentNames {
  let names = namesOf.get(doc);
  if (names) return names;
  const lower = new Set<string>();
  const tagged: [string, EntityType, boolean][] = [];
  for (const t of doc.tokens) if (startsLower(t.text)) lower.add(t.text);
  for (const m of doc.mentions) {
    if (m.kind === 'DESCRIPTION') continue;
    const words = wordsOf(doc.tokens, m);
    if (words.length > 0 && startsUpper(words[0])) tagged.push([words.join(' '), m.type, m.cued === 'ORG' && m.type === 'ORG']);
    // A person's full name counts for the surname too, one no common word: "Quillfeather" after "Mara Quillfeather".
    const surname = words.at(-1) ?? '';
    if (m.type === 'PERSON' && m.kind === 'NAME' && words.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(surname) && !isSometimesLowerCase(surname)) tagged.push([surname, 'PERSON', false]);
  }
  names = { lower: [...lower], tagged };
  namesOf.set(doc, names);
  return names;
}

/** Every token text of the document, to tell whether a change of the known names can concern it. */
function tokenTextsOf(doc: DocumentAnalysis): ReadonlySet<string> {
  let texts = tokenTexts.get(doc);
  if (!texts) tokenTexts.set(doc, (texts = new Set(doc.tokens.map((t) => t.text))));
  return texts;
}

function findIn(doc: DocumentAnalysis, known: ReadonlyMap<string, KnownName[]>): Found[] {
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
      if (name.inSentence && !isNamedByCapital(tokens, i, s)) continue;
      if (!s.heading && (isNamePart(tokens[end], end < s.tokenEnd) || isNamePart(tokens[i - 1], i > s.tokenStart + 1))) continue;
      if (isInsideHyphenated(tokens, i, end, nameBesideHyphen(name.type === 'PERSON', (word) => known.has(word)))) continue;
      // A dateline's agency the document left out shares its letters with a body of the story (detect.ts).
      if (isAgencyCredit(tokens, i, end)) continue;
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
