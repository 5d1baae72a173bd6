import type { DateMention, DocumentAnalysis } from '../types';
import type { Pipeline } from '../nlp/pipeline';

/** The document's own date-time from its dateline, ISO ("2025-08-01T14:40"), or null (stub). */
export function findPublished(_text: string, _pipeline: Pipeline): string | null {
  return null;
}

/** Temporal expressions of one document, resolved against its date when known (stub). */
export function findDates(_text: string, _pipeline: Pipeline, _published: string | null): DateMention[] {
  return [];
}

/** For documents without a dateline: a date inferred from the corpus, with dates re-resolved (stub). */
export function inferMissingDates(
  _docs: readonly DocumentAnalysis[],
): Map<string, { published: string; dates: DateMention[] }> {
  return new Map();
}
