/**
 * The engine's named entities scored like the tagger's: each test document is written out as
 * text (tokens joined by spaces, one sentence per line), analyzed by `Corpus` (detection,
 * title and span rules, chains, cross-document linking and typing), and every named mention
 * mapped back to the tokens it covers. This is what a user sees, where the tagger table
 * measures one stage of it.
 */
import { Corpus } from '../../src/core/corpus';
import type { NerLabel, NerSpan } from '../../src/core/ner/labels';
import type { EntityType } from '../../src/core/types';
import type { Sentence } from '../train/conll';

/** Facilities count as places, as CoNLL-style gold mostly has them; the finer types as MISC. */
const LABEL: Readonly<Record<EntityType, NerLabel>> = {
  PERSON: 'PER',
  ORG: 'ORG',
  PLACE: 'LOC',
  FACILITY: 'LOC',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
  MISC: 'MISC',
};

interface Layout {
  file: string;
  /** Per sentence, each token's start and end offset in the file. */
  starts: number[][];
  ends: number[][];
}

/** Predicted spans per sentence, in the order of `docs.flat()`. */
export function engineSpans(docs: readonly Sentence[][]): NerSpan[][] {
  const corpus = new Corpus();
  const layouts = docs.map((doc, d) => {
    const layout: Layout = { file: `doc${d}.txt`, starts: [], ends: [] };
    let text = '';
    for (const s of doc) {
      const starts: number[] = [];
      const ends: number[] = [];
      s.tokens.forEach((token, i) => {
        if (i > 0) text += ' ';
        starts.push(text.length);
        text += token;
        ends.push(text.length);
      });
      text += '\n';
      layout.starts.push(starts);
      layout.ends.push(ends);
    }
    corpus.set(layout.file, text);
    return layout;
  });
  const byFile = new Map<string, { start: number; end: number; label: NerLabel }[]>();
  for (const entity of corpus.entities()) {
    for (const m of entity.mentions) {
      if (m.kind === 'DESCRIPTION') continue;
      const list = byFile.get(m.file) ?? [];
      list.push({ start: m.start, end: m.end, label: LABEL[entity.type] });
      byFile.set(m.file, list);
    }
  }
  return layouts.flatMap(({ file, starts, ends }) =>
    starts.map((sentenceStarts, s) =>
      (byFile.get(file) ?? []).flatMap((m) => {
        const first = sentenceStarts.indexOf(m.start);
        const last = ends[s].indexOf(m.end);
        return first >= 0 && last >= first ? [{ start: first, end: last + 1, label: m.label }] : [];
      }),
    ),
  );
}
