import type { DocumentAnalysis, Entity, Sentence, Span, Token } from '../types';
import { type Attribution, type SentenceMention, findAttribution, isReportingVerb } from './attribution';
import { isEventWord, isStopword, lemma } from './lexicon';
import { type Value, extractValues } from './values';

/** One factual statement: a content sentence with what it is about and what it asserts. */
export interface Statement {
  /** The document's file: statements of one file are never grouped together. */
  file: string;
  /** The sentence span in the file. */
  start: number;
  end: number;
  text: string;
  /** Content lemmas (nouns, verbs, adjectives), synonym-normalized. */
  lemmas: string[];
  /** Linked entity ids, and lowercased proper names outside any linked mention. */
  entities: string[];
  names: string[];
  values: Value[];
  /** The content words in the clause of each value: what the value is said of. */
  slotWords: SlotWord[];
  /** "dim:lemma" of the slot words, for matching. */
  anchors: string[];
  attribution: Attribution | null;
  /** The main verb's lemma, the reporting verb excluded. */
  predicate: string | null;
  /** Lemmas of all content verbs (and nouns of the synonym classes: "talks", "arrest"), reporting verbs excluded. */
  events: string[];
  /** The document's date as a fractional year, for values relative to it. */
  ref: number | null;
}

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ']);
/** Verbs too general to identify an event. */
const LIGHT_VERBS = new Set(['get', 'go', 'take', 'give', 'make', 'come', 'become', 'seem', 'include', 'continue', 'remain', 'expect', 'want', 'need', 'use', 'show', 'see', 'know', 'think', 'find', 'keep', 'help', 'try', 'begin', 'call', 'lead']);
/** Day and month names are values of the statement, not names of what it is about. */
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const LETTER = /\p{L}/u;
const TERMINAL = /[.!?"”’')\]]$/;
/** Fewer content words than this and a sentence is a fragment, not a claim. */
const MIN_WORDS = 5;
/** A line without closing punctuation and shorter than this reads as a headline or teaser. */
const HEADLINE_WORDS = 12;

/** Tokens either side of a value that can still belong to its clause. */
const CLAUSE_REACH = 12;
const CLAUSE_BREAK = /^[,;:—–()"“”]$/;

/** A content word in the clause of a value: what the value is said of ("launch" for "on Thursday"). */
export interface SlotWord {
  dim: string;
  lemma: string;
  /** As written, lowercased. */
  word: string;
  noun: boolean;
  /** Tokens between the word and the value. */
  distance: number;
}

/** The content words of each value's clause, tagged with the value's dimension. */
function slotWordsOf(values: readonly Value[], tokens: readonly Token[]): SlotWord[] {
  const out: SlotWord[] = [];
  for (const v of values) {
    const first = tokens.findIndex((t) => t.end > v.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < v.end) last++;
    const take = (t: Token, distance: number) => {
      if (CONTENT_POS.has(t.pos) && !isStopword(t.text) && LETTER.test(t.text) && !(t.start >= v.start && t.end <= v.end)) {
        out.push({ dim: v.dim, lemma: lemma(t.text), word: t.text.toLowerCase(), noun: t.pos === 'NOUN', distance });
      }
    };
    for (let i = first - 1; i >= 0 && first - i <= CLAUSE_REACH && !CLAUSE_BREAK.test(tokens[i].text); i--) take(tokens[i], first - i);
    for (let i = last + 1; i < tokens.length && i - last <= CLAUSE_REACH && !CLAUSE_BREAK.test(tokens[i].text); i++) take(tokens[i], i - last);
  }
  return out;
}

/** Entity ids by file and span, so a local mention finds its cross-document entity. */
export function entityIndex(entities: readonly Entity[]): Map<string, LinkedSpan[]> {
  const byFile = new Map<string, LinkedSpan[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      let list = byFile.get(m.file);
      if (!list) byFile.set(m.file, (list = []));
      list.push({ start: m.start, end: m.end, id: e.id, type: e.type });
    }
  }
  for (const list of byFile.values()) list.sort((a, b) => a.start - b.start);
  return byFile;
}

/** A span of the document linked to a cross-document entity. */
export interface LinkedSpan extends Span {
  id: string;
  type: Entity['type'];
}

/**
 * Statements of one document: content sentences only (no boilerplate, headings, repeats, fragments).
 * `ref` is the date values relative to "now" are computed from, as a fractional year.
 */
export function extractStatements(doc: DocumentAnalysis, linked: readonly LinkedSpan[], ref: number | null): Statement[] {
  const mentionsIn = mentionCursor(sentenceMentions(doc, linked));
  const seen = new Set<string>();
  const out: Statement[] = [];
  let previous: { text: string; entity?: string } | undefined;
  // A line after "Read more:" is a link to another article, not a statement of this one.
  let previousLine: Sentence | undefined;
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const key = text.toLowerCase().replace(/\W+/g, ' ').trim();
    const repeated = seen.has(key);
    seen.add(key);
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    const inSentence = mentionsIn(s);
    const attribution = findAttribution(doc.text, tokens, inSentence, previous);
    if (attribution) previous = { text: attribution.text, entity: attribution.entity };
    else {
      const person = [...inSentence].reverse().find((m) => m.type === 'PERSON');
      if (person) previous = { text: doc.text.slice(person.start, person.end), entity: person.entity };
    }
    const teaser = previousLine?.boilerplate && /:\s*$/.test(doc.text.slice(previousLine.start, previousLine.end));
    previousLine = s;
    if (repeated || teaser || !isContent(doc, s, tokens)) continue;
    out.push(buildStatement(doc, s, tokens, inSentence, attribution, ref));
  }
  return out;
}

function sentenceMentions(doc: DocumentAnalysis, linked: readonly LinkedSpan[]): SentenceMention[] {
  const byKey = new Map(linked.map((l) => [`${l.start}:${l.end}`, l]));
  const out: SentenceMention[] = doc.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, entity: byKey.get(`${m.start}:${m.end}`)?.id }));
  const local = new Set(doc.mentions.map((m) => `${m.start}:${m.end}`));
  for (const l of linked) if (!local.has(`${l.start}:${l.end}`)) out.push({ start: l.start, end: l.end, type: l.type, entity: l.id });
  return out.sort((a, b) => a.start - b.start);
}

/** The mentions wholly inside each sentence, asked in text order: one pass over the mentions (sorted by start). */
function mentionCursor(mentions: readonly SentenceMention[]): (s: Span) => SentenceMention[] {
  let first = 0;
  return (s) => {
    while (first < mentions.length && mentions[first].start < s.start) first++;
    const inside: SentenceMention[] = [];
    for (let k = first; k < mentions.length && mentions[k].start <= s.end; k++) if (mentions[k].end <= s.end) inside.push(mentions[k]);
    return inside;
  };
}

/** A sentence a reader would count as a statement of the article. */
function isContent(doc: DocumentAnalysis, s: Sentence, tokens: readonly Token[]): boolean {
  if (s.boilerplate || s.heading) return false;
  let words = 0;
  for (const t of tokens) if (LETTER.test(t.text)) words++;
  if (words < MIN_WORDS) return false;
  // A short whole line without closing punctuation is a headline, teaser or caption, not running text.
  const lineStart = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  const nl = doc.text.indexOf('\n', s.end);
  const line = doc.text.slice(lineStart, nl < 0 ? doc.text.length : nl).trim();
  const text = doc.text.slice(s.start, s.end).trim();
  return !(line === text && !TERMINAL.test(text) && words < HEADLINE_WORDS);
}

function buildStatement(
  doc: DocumentAnalysis,
  s: Sentence,
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  attribution: Attribution | null,
  ref: number | null,
): Statement {
  const text = doc.text.slice(s.start, s.end);
  const lemmas: string[] = [];
  const names: string[] = [];
  let predicate: string | null = null;
  const events = new Set<string>();
  for (const t of tokens) {
    const inMention = mentions.some((m) => m.entity && m.start <= t.start && t.end <= m.end);
    const inAttribution = attribution && attribution.start <= t.start && t.end <= attribution.end;
    if (inMention || inAttribution || !LETTER.test(t.text)) continue;
    if (t.pos === 'PROPN') {
      if (!CALENDAR.test(t.text)) names.push(t.text.toLowerCase());
    }
    else if (CONTENT_POS.has(t.pos) && !isStopword(t.text) && t.text.length > 1) {
      const l = lemma(t.text);
      lemmas.push(l);
      if (t.pos === 'VERB' && !isReportingVerb(t.text) && !LIGHT_VERBS.has(l)) {
        predicate ??= l;
        events.add(l);
      } else if (t.pos === 'NOUN' && isEventWord(l)) events.add(l);
    }
  }
  const dates = doc.dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const values = extractValues(text, s.start, ref, dates, tokens);
  const slotWords = slotWordsOf(values, tokens);
  return {
    file: doc.file,
    start: s.start,
    end: s.end,
    text,
    lemmas,
    entities: [...new Set(mentions.flatMap((m) => (m.entity ? [m.entity] : [])))],
    names,
    values,
    slotWords,
    anchors: [...new Set(slotWords.map((w) => `${w.dim}:${w.lemma}`))],
    attribution,
    predicate,
    events: [...events],
    ref,
  };
}
