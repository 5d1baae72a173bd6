// Builders for claims tests: documents through the real pipeline with hand-given entity mentions.
import type { DocumentAnalysis, Entity, EntityType, LocalMention } from '../../src/core/types';
import { runPipeline } from '../../src/core/nlp/pipeline';

/** A document analysed by the real pipeline, with entity mentions for every occurrence of the given names. */
export function doc(file: string, text: string, published: string | null, names: Record<string, EntityType> = {}): DocumentAnalysis {
  const { tokens, sentences } = runPipeline(text);
  const mentions: LocalMention[] = [];
  for (const [name, type] of Object.entries(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, text: name, type, kind: 'NAME', roles: [], localKey: name });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { file, text, title: '', published, tokens, sentences, mentions, dates: [] };
}

/** Entities linking every mention whose text is one of the aliases; the type is the first such mention's. */
export function link(docs: DocumentAnalysis[], groups: Record<string, string[]>): Entity[] {
  return Object.entries(groups).map(([id, aliases]) => {
    const mentions = docs.flatMap((d) =>
      d.mentions.filter((m) => aliases.includes(m.text)).map((m) => ({ file: d.file, start: m.start, end: m.end, text: m.text, kind: m.kind })),
    );
    const type = docs.flatMap((d) => d.mentions).find((m) => aliases.includes(m.text))?.type ?? 'MISC';
    return { id, name: aliases[0], type, aliases, roles: [], mentions };
  });
}
