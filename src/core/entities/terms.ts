/**
 * Names the corpus shows to be no entities' in every document, though the tagger takes them for
 * names:
 * - commodity grades and benchmarks: a name written right before "crude" or "blend" ("Brent
 *   crude"), also alone elsewhere ("Brent rose 2%"), unless the corpus makes it a place ("Dubai
 *   crude" leaves the city);
 * - acronyms a document defines by lower-case words ("primary sclerosing cholangitis (PSC)"), which
 *   make them a common noun's, also where another document uses them bare ("therapy for PSC").
 */
import type { DocumentAnalysis } from '../types';
import { tokenIndexAt } from '../nlp/tokens';
import { commonNounAcronymsOf } from './acronyms';
import { nameKey } from './normalize';

const GRADE_NOUNS = new Set(['crude', 'blend']);

const termsByDocument = new WeakMap<DocumentAnalysis, readonly string[]>();

/** The keys of names that are terms in some document of the corpus. */
export function termKeys(docs: readonly DocumentAnalysis[]): Set<string> {
  const keys = new Set<string>();
  for (const doc of docs) for (const key of termsOf(doc)) keys.add(key);
  return keys;
}

/** One document's term keys; analyses are immutable, so they are kept per analysis. */
function termsOf(doc: DocumentAnalysis): readonly string[] {
  let keys = termsByDocument.get(doc);
  if (keys) return keys;
  const found = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind === 'DESCRIPTION') continue;
    const next = doc.tokens[tokenIndexAt(doc.tokens, m.end - 1) + 1];
    if (next && GRADE_NOUNS.has(next.text)) found.add(m.localKey);
  }
  for (const acronym of commonNounAcronymsOf(doc.tokens)) found.add(nameKey(acronym));
  keys = [...found];
  termsByDocument.set(doc, keys);
  return keys;
}
