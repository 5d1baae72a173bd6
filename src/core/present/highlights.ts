import type { Corpus } from '../corpus';
import type { Span } from '../types';
import { HIGHLIGHT_KINDS, kindOf, type HighlightKind } from './kinds';

/**
 * The spans to highlight in one file, per kind (every kind present, possibly empty). Names only:
 * descriptions and pronouns linked to an entity ("he", "the company") stay in hovers and references,
 * since colouring every "he" would drown the names a reader scans for.
 */
export function highlightsOf(corpus: Pick<Corpus, 'mentionsIn' | 'document'>, file: string): Map<HighlightKind, Span[]> {
  const out = new Map<HighlightKind, Span[]>(HIGHLIGHT_KINDS.map((k) => [k, []]));
  for (const { entity, mention } of corpus.mentionsIn(file)) {
    if (mention.kind !== 'DESCRIPTION') out.get(kindOf(entity.type))!.push(mention);
  }
  for (const date of corpus.document(file)?.dates ?? []) out.get('date')!.push(date);
  return out;
}
