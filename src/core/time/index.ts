import type { DateMention, DocumentAnalysis, Sentence, Token } from '../types';
import type { Pipeline } from '../nlp/pipeline';
import { formatDay, formatMonth, parseDay } from './calendar';
import { countFromEvent, namedDate, type NamedDate } from './fromEvent';
import type { Meaning } from './meaning';
import { findDateline } from './dateline';
import { type Expression, scan } from './detect';
import { DatedIndex, inferAnchor } from './infer';
import { type Anchor, resolve } from './resolve';
import { tenseNear } from './tense';
import { findWireDateline } from './wireDateline';

/**
 * The document's own date-time from its dateline, ISO ("2025-08-01T14:40"), or null; for a wire
 * dateline without a year ("LONDON, March 3 (Reuters) -"), the year the story's own dates allow.
 */
export function findPublished(text: string, pipeline: Pipeline): string | null {
  const found = findDateline(text);
  if (found) return found;
  const { tokens, sentences } = pipeline;
  return findWireDateline(text, expressions(text, tokens), (e) => {
    const sentence = sentences.find((s) => s.start <= e.start && e.start < s.end);
    return sentence ? tenseNear(tokens, sentence, e.start, e.end) : null;
  });
}

/** Temporal expressions of one document, resolved against its date when known. */
export function findDates(text: string, pipeline: Pipeline, published: string | null): DateMention[] {
  const day = published ? parseDay(published) : undefined;
  return datesOf(text, pipeline, day ? { day, source: `this article's date (${formatDay(day)})` } : null);
}

/**
 * For documents without a dateline: a date inferred from the dated documents of the same story
 * (see inferAnchor), with the document's dates re-resolved against it. Documents whose date the
 * corpus does not establish are left out.
 */
export function inferMissingDates(
  docs: readonly DocumentAnalysis[],
): Map<string, { published: string; dates: DateMention[] }> {
  const dated = docs.filter((d) => d.published);
  const out = new Map<string, { published: string; dates: DateMention[] }>();
  if (dated.length === 0) return out;
  const index = new DatedIndex(dated);
  for (const doc of docs) {
    if (doc.published) continue;
    const anchor = inferAnchor(doc, index);
    if (anchor) out.set(doc.file, reresolved(doc, anchor));
  }
  return out;
}

const reresolvedCache = new WeakMap<DocumentAnalysis, { source: string; result: { published: string; dates: DateMention[] } }>();

/** The document's dates resolved against an inferred anchor; reused while the document and anchor stay the same. */
function reresolved(doc: DocumentAnalysis, anchor: Anchor): { published: string; dates: DateMention[] } {
  const cached = reresolvedCache.get(doc);
  if (cached && cached.source === anchor.source) return cached.result;
  const result = { published: formatDay(anchor.day), dates: datesOf(doc.text, doc, anchor) };
  reresolvedCache.set(doc, { source: anchor.source, result });
  return result;
}

/**
 * A document's temporal expressions, keyed by its token array (shared by the pipeline and the
 * analysis): re-resolving it against an inferred date does not scan the text again.
 */
const expressionsOf = new WeakMap<readonly Token[], { text: string; found: Expression[] }>();

function expressions(text: string, tokens: readonly Token[]): Expression[] {
  const cached = expressionsOf.get(tokens);
  if (cached && cached.text === text) return cached.found;
  const found = scan(text);
  expressionsOf.set(tokens, { text, found });
  return found;
}

function datesOf(text: string, { tokens, sentences }: Pipeline, anchor: Anchor | null): DateMention[] {
  const out: DateMention[] = [];
  let s = 0;
  let frame: { sentence: Sentence; year: string } | undefined;
  let chain: { end: number; year: string } | undefined;
  let named: NamedDate | undefined;
  for (const e of expressions(text, tokens)) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= e.start) s++;
    const sentence: Sentence | undefined = sentences[s];
    if (sentence?.boilerplate) continue;
    const label = text.slice(e.start, e.end);
    const tense = sentence ? tenseNear(tokens, sentence, e.start, e.end) : null;
    const year = e.meaning.kind === 'fixed' && /^\d{4}$/.test(e.meaning.value) ? e.meaning.value : undefined;
    // A year opens the sentence ("In 2021, …"), or runs straight into the dates ("in 2020 from March 13 until Aug. 29").
    const run = chain && /^\s*$/.test(text.slice(chain.end, e.start)) ? chain.year : undefined;
    if (sentence && year && e.start === sentence.start) frame = { sentence, year };
    const framing = run ?? (frame?.sentence === sentence ? frame!.year : undefined);
    const meaning = framing ? inYear(e.meaning, framing) : e.meaning.kind === 'fromEvent' ? countFromEvent(e.meaning.unit, e.meaning.by, named, s) : e.meaning;
    chain = year ?? run ? { end: e.end, year: (year ?? run)! } : undefined;
    const resolved = resolve(label, e.type, meaning, anchor, tense);
    if (resolved.type === 'DATE' || resolved.type === 'RELATIVE' || resolved.type === 'TIME') named = namedDate(resolved.value, s) ?? named;
    out.push({ start: e.start, end: e.end, text: label, ...resolved });
  }
  return out;
}

/** A month, day or season without a year, in a sentence that opens with a year ("In 2021, … from August to …"), is in that year. */
function inYear(meaning: Meaning, year: string): Meaning {
  if (meaning.kind === 'yearPart' && meaning.byTense) return { kind: 'fixed', value: `${year}-${meaning.part}`, note: `the year ${year} that opens its sentence` };
  if (meaning.kind !== 'calendar' || meaning.direction) return meaning;
  const value = meaning.day === undefined ? formatMonth(+year, meaning.month) : formatDay({ year: +year, month: meaning.month, day: meaning.day });
  return { kind: 'fixed', value, note: `the year ${year} that opens its sentence` };
}
