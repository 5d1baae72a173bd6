import type { Corpus } from '../corpus';
import type { EntityType, Span } from '../types';
import { plural } from './kinds';

/** A document-outline entry; `selection` is the span the editor selects, inside `span`. */
export interface OutlineNode {
  name: string;
  detail: string;
  kind: 'group' | 'entity' | 'date' | 'claim';
  entityType?: EntityType;
  span: Span;
  selection: Span;
  children: OutlineNode[];
}

export type OutlineCorpus = Pick<Corpus, 'mentionsIn' | 'document' | 'claims'>;

/** The outline of one file: its entities (by first mention), dates and claims, each as a group. */
export function outlineOf(corpus: OutlineCorpus, file: string): OutlineNode[] {
  const entities = new Map<string, { node: OutlineNode; count: number }>();
  for (const { entity, mention } of corpus.mentionsIn(file)) {
    const seen = entities.get(entity.id);
    if (seen) {
      seen.count++;
      seen.node.span = { start: seen.node.span.start, end: Math.max(seen.node.span.end, mention.end) };
      continue;
    }
    const span = { start: mention.start, end: mention.end };
    const node: OutlineNode = {
      name: entity.name || mention.text,
      detail: '',
      kind: 'entity',
      entityType: entity.type,
      span,
      selection: span,
      children: [],
    };
    entities.set(entity.id, { node, count: 1 });
  }
  for (const e of entities.values()) e.node.detail = plural(e.count, 'mention');

  const dates: OutlineNode[] = (corpus.document(file)?.dates ?? []).map((d) => ({
    name: d.text,
    detail: d.value ?? 'unresolved',
    kind: 'date',
    span: { start: d.start, end: d.end },
    selection: { start: d.start, end: d.end },
    children: [],
  }));

  const claims: OutlineNode[] = [];
  for (const claim of corpus.claims()) {
    for (const s of claim.sources) {
      if (s.file !== file) continue;
      claims.push({
        name: claim.topic || claim.statement,
        detail: claim.status,
        kind: 'claim',
        span: { start: s.start, end: s.end },
        selection: { start: s.start, end: s.end },
        children: [],
      });
    }
  }
  claims.sort((a, b) => a.span.start - b.span.start);

  return [group('Entities', [...entities.values()].map((e) => e.node)), group('Dates', dates), group('Claims', claims)].filter(
    (g): g is OutlineNode => g !== undefined,
  );
}

function group(name: string, children: OutlineNode[]): OutlineNode | undefined {
  if (children.length === 0) return undefined;
  const start = Math.min(...children.map((c) => c.span.start));
  const end = Math.max(...children.map((c) => c.span.end));
  const first = children.reduce((a, c) => (c.span.start < a.span.start ? c : a));
  return { name, detail: String(children.length), kind: 'group', span: { start, end }, selection: first.selection, children };
}
