/**
 * Commodity grades and benchmarks ("Brent crude", "Urals blend") are no entities, though the
 * tagger reads a grade's one word as a person's name. A name the corpus writes right before
 * "crude" or "blend" is a grade's in every document ("Brent rose 2%"), unless the corpus makes it
 * a place: "Dubai crude" leaves the city.
 */
import type { DocumentAnalysis } from '../types';
import { tokenIndexAt } from '../nlp/tokens';

const GRADE_NOUNS = new Set(['crude', 'blend']);

const gradesByDocument = new WeakMap<DocumentAnalysis, readonly string[]>();

/** The local keys of the names written before a grade's noun, in any document. */
export function gradeKeys(docs: readonly DocumentAnalysis[]): Set<string> {
  const keys = new Set<string>();
  for (const doc of docs) for (const key of gradesOf(doc)) keys.add(key);
  return keys;
}

/** One document's grade keys; analyses are immutable, so they are kept per analysis. */
function gradesOf(doc: DocumentAnalysis): readonly string[] {
  let keys = gradesByDocument.get(doc);
  if (keys) return keys;
  const found = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind === 'DESCRIPTION') continue;
    const next = doc.tokens[tokenIndexAt(doc.tokens, m.end - 1) + 1];
    if (next && GRADE_NOUNS.has(next.text)) found.add(m.localKey);
  }
  keys = [...found];
  gradesByDocument.set(doc, keys);
  return keys;
}
