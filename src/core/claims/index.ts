import type { Claim, DocumentAnalysis, Entity } from '../types';

/** Claims of the corpus, aligned across documents (stub). */
export function buildClaims(_docs: readonly DocumentAnalysis[], _entities: readonly Entity[]): Claim[] {
  return [];
}
