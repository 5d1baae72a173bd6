import type { DocumentAnalysis, Span } from '../types';
import { LineIndex } from '../text/lines';
import { escapeMarkdown } from './markdown';

/** A mention in its line: a little context on each side, whitespace collapsed, cut at word breaks. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
  /** 0-based line of the mention's start. */
  line: number;
}

const lineIndexes = new WeakMap<DocumentAnalysis, LineIndex>();

/** Line look-ups for an analyzed document, built once per analysis (analyses are immutable). */
export function lineIndexOf(doc: DocumentAnalysis): LineIndex {
  let index = lineIndexes.get(doc);
  if (!index) lineIndexes.set(doc, (index = new LineIndex(doc.text)));
  return index;
}

export function snippetOf(doc: DocumentAnalysis, span: Span, context = 40): Snippet {
  const lines = lineIndexOf(doc);
  const { line, character } = lines.position(span.start);
  const lineStart = span.start - character;
  const lineEnd = lineStart + lines.lineText(line).length;
  const end = Math.min(span.end, doc.text.length);
  return {
    before: trimStart(doc.text.slice(Math.max(lineStart, span.start - context * 2), span.start), context),
    match: doc.text.slice(span.start, end).replace(/\s+/g, ' '),
    after: trimEnd(doc.text.slice(end, Math.max(end, Math.min(lineEnd, end + context * 2))), context),
    line,
  };
}

/** The snippet as markdown: escaped text with the mention in bold. */
export function snippetMarkdown(s: Snippet): string {
  return `${escapeMarkdown(s.before)}**${escapeMarkdown(s.match)}**${escapeMarkdown(s.after)}`;
}

/** The snippet as one plain line, with where the mention is in it (for tree labels). */
export function snippetLabel(s: Snippet): { label: string; highlight: [number, number] } {
  const before = s.before.replace(/\s+/g, ' ');
  const label = `${before}${s.match}${s.after.replace(/\s+/g, ' ')}`;
  return { label, highlight: [before.length, before.length + s.match.length] };
}

function trimStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(-max);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < max / 2 ? cut.slice(space) : cut}`;
}

function trimEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
