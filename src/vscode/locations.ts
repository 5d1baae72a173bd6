import * as vscode from 'vscode';
import type { MentionHit } from '../core/corpus';
import type { DateMention, Span } from '../core/types';
import { lineIndexOf } from '../core/present/snippet';
import type { CorpusIndex } from './corpusIndex';

/**
 * The documents the providers answer for: any corpus file, whatever its language (they check). A
 * pattern filter scores as high as a language match, so for Document Highlights, where the first
 * provider to answer wins, ours comes before generic ones registered for every language.
 */
export const SOURCE_SELECTOR: vscode.DocumentSelector = [{ language: 'sourcetext' }, { pattern: '**' }];

/** Offsets of the corpus as editor ranges. The corpus text is the text the offsets refer to. */
export function rangeOf(index: CorpusIndex, file: string, span: Span): vscode.Range | undefined {
  const doc = index.corpus.document(file);
  if (!doc) return undefined;
  const lines = lineIndexOf(doc);
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export function locationOf(index: CorpusIndex, file: string, span: Span): vscode.Location | undefined {
  const range = rangeOf(index, file, span);
  return range && new vscode.Location(index.uriOf(file), range);
}

/** What is under the cursor: an entity mention, a date, or nothing (the document must be a source). */
export type Target =
  | { kind: 'entity'; file: string; hit: MentionHit }
  | { kind: 'date'; file: string; date: DateMention }
  | undefined;

export function targetAt(index: CorpusIndex, document: vscode.TextDocument, position: vscode.Position): Target {
  if (!index.isSource(document.uri)) return undefined;
  index.sync(document);
  const file = index.keyOf(document.uri);
  const offset = document.offsetAt(position);
  const hit = index.corpus.entityAt(file, offset);
  if (hit) return { kind: 'entity', file, hit };
  const date = index.corpus.dateAt(file, offset);
  return date && { kind: 'date', file, date };
}
