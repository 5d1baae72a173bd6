import type { DocumentAnalysis } from '../types';
import { type LinkedSpan, type Statement, extractStatements } from './extract';

/**
 * Statements per document, kept while the analysis object lives: the corpus replaces that object when
 * the document changes, so an edit re-extracts one document, not all. Statements also depend on which
 * spans are linked to which entity (linking runs across documents) and on the reference date (the
 * corpus median when the document has none), so those form the key of the cached entry.
 */
const cache = new WeakMap<DocumentAnalysis, { key: string; statements: Statement[] }>();

export function documentStatements(doc: DocumentAnalysis, linked: readonly LinkedSpan[], ref: number | null): Statement[] {
  const key = `${ref}|${linked.map((l) => `${l.start}:${l.end}:${l.type}:${l.id}`).join(' ')}`;
  const hit = cache.get(doc);
  if (hit?.key === key) return hit.statements;
  const statements = extractStatements(doc, linked, ref);
  cache.set(doc, { key, statements });
  return statements;
}

/** A function of an object computed once per object (a cached statement keeps its derived data). */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
