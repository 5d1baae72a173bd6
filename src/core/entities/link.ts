import type { DocumentAnalysis, Entity } from '../types';

/** Links mentions across documents into entities (stub). */
export function linkEntities(_docs: readonly DocumentAnalysis[]): Entity[] {
  return [];
}
