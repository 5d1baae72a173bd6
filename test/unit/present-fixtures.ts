// Small hand-written corpora for the presentation tests: documents, entities found by their text,
// and the few Corpus queries the presenters use, answered from those.
import type { Corpus, MentionHit } from '../../src/core/corpus';
import type { Claim, ContractMention, DateMention, DocumentAnalysis, Entity, EntityType } from '../../src/core/types';

export function doc(file: string, text: string, dates: DateMention[] = []): DocumentAnalysis {
  return { file, text, title: '', published: null, tokens: [], sentences: [], mentions: [], dates };
}

/** Every occurrence of each surface form in the documents, as mentions of one entity. */
export function entity(id: string, name: string, type: EntityType, docs: DocumentAnalysis[], forms = [name]): Entity {
  const mentions: ContractMention[] = [];
  for (const d of docs) {
    for (const form of forms) {
      for (let at = d.text.indexOf(form); at >= 0; at = d.text.indexOf(form, at + form.length)) {
        mentions.push({ file: d.file, start: at, end: at + form.length, text: form, kind: 'NAME' });
      }
    }
  }
  return { id, name, type, aliases: forms.filter((f) => f !== name), roles: [], mentions };
}

/** A date mention of the first occurrence of `text` in the document. */
export function date(d: DocumentAnalysis, text: string, value: string | null, resolution?: string): DateMention {
  const start = d.text.indexOf(text);
  const mention: DateMention = { start, end: start + text.length, text, type: 'DATE', value, resolution };
  d.dates.push(mention);
  return mention;
}

type Queries = Pick<Corpus, 'document' | 'cooccurring' | 'claimsAbout' | 'claimsReady' | 'datesWithValue' | 'mentionsIn' | 'claims'>;

export function corpusOf(docs: DocumentAnalysis[], entities: Entity[], claims: Claim[] = []): Queries {
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const mentionsIn = (file: string): MentionHit[] =>
    entities
      .flatMap((e) => e.mentions.filter((m) => m.file === file).map((mention) => ({ entity: e, mention })))
      .sort((a, b) => a.mention.start - b.mention.start);
  return {
    document: (file) => byFile.get(file),
    mentionsIn,
    claims: () => claims,
    claimsReady: true,
    claimsAbout: (id) => claims.filter((c) => c.entities?.includes(id)),
    cooccurring: () => [],
    datesWithValue: (value) => docs.flatMap((d) => d.dates.filter((x) => x.value === value).map((x) => ({ ...x, file: d.file }))),
  };
}

/** markdown-it renders like VS Code's CommonMark renderer, with bare-URL linking on as in GFM. */
export function renderMarkdown(markdown: string): string {
  // markdown-it ships no types; only render() is used.
  const MarkdownIt = require('markdown-it') as new (options: object) => { render(source: string): string };
  return new MarkdownIt({ html: true, linkify: true }).render(markdown);
}

/** The hrefs of all links in rendered HTML. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** Command links of rendered markdown: command id and its decoded argument. */
export function commandLinks(html: string): { command: string; args: any }[] {
  return hrefs(html)
    .filter((h) => h.startsWith('command:'))
    .map((h) => {
      const [command, query] = h.slice('command:'.length).split('?');
      return { command, args: JSON.parse(decodeURIComponent(query))[0] };
    });
}
