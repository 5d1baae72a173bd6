// What the editor features cost on a large corpus, with the core alone (no VS Code): initial indexing,
// hover-card computation, and re-analysis of an edited 10 KB document with the look-up that follows.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, type MentionHit } from '../../src/core/corpus';
import { dateCard, entityCard } from '../../src/core/present/hoverCard';
import { ECB_DOCS, NER_DIR, printTable, readConllSentences } from './data';

const MIN_DOCUMENTS = 2000;
const SENTENCES_PER_PSEUDO_DOCUMENT = 26;
const HOVER_SAMPLES = 1000;
// Each edit is followed by a relink of the corpus (incremental), so a few edits say enough.
const EDITS = 20;

export async function run(): Promise<void> {
  const documents = buildCorpus();
  const corpus = new Corpus();
  const label = (file: string) => file;

  // Initial indexing: every document analyzed, then linked across documents (as the first query does).
  let tokens = 0;
  const indexStart = performance.now();
  for (const [file, text] of documents) tokens += corpus.set(file, text).tokens.length;
  const analyzed = performance.now();
  corpus.entities();
  corpus.claims();
  const indexEnd = performance.now();
  const seconds = (indexEnd - indexStart) / 1000;

  // Hover cards on random mentions (entities and dates), including the position look-up.
  const random = seeded(42);
  const files = corpus.files();
  const entityTimes: number[] = [];
  const dateTimes: number[] = [];
  for (let i = 0; i < HOVER_SAMPLES * 4 && (entityTimes.length < HOVER_SAMPLES || dateTimes.length < HOVER_SAMPLES); i++) {
    const file = files[Math.floor(random() * files.length)];
    const hits: readonly MentionHit[] = corpus.mentionsIn(file);
    const dates = corpus.document(file)!.dates;
    if (hits.length && entityTimes.length < HOVER_SAMPLES) {
      const offset = hits[Math.floor(random() * hits.length)].mention.start;
      const t = performance.now();
      const hit = corpus.entityAt(file, offset)!;
      entityCard(corpus, hit.entity, file, hit.mention, { label });
      entityTimes.push(performance.now() - t);
    }
    if (dates.length && dateTimes.length < HOVER_SAMPLES) {
      const offset = dates[Math.floor(random() * dates.length)].start;
      const t = performance.now();
      const date = corpus.dateAt(file, offset)!;
      dateCard(corpus, date, file, { label });
      dateTimes.push(performance.now() - t);
    }
  }

  // An edited 10 KB document: re-analysis, relinking and the hover look-up at the edit.
  const editedFile = 'edited/ten-kb.txt';
  const tenKb = tenKilobytes(documents);
  corpus.set(editedFile, tenKb);
  corpus.entities();
  const editTimes: number[] = [];
  const analysisTimes: number[] = [];
  const relinkTimes: number[] = [];
  let text = tenKb;
  for (let i = 0; i < EDITS; i++) {
    const at = text.indexOf('. ', Math.floor(random() * (text.length - 200))) + 2;
    text = `${text.slice(0, at)}Officials said so again. ${text.slice(at)}`;
    const t = performance.now();
    corpus.set(editedFile, text);
    const analyzedAt = performance.now();
    const hit = corpus.entityAt(editedFile, corpus.document(editedFile)!.mentions[0]?.start ?? at);
    if (hit) entityCard(corpus, hit.entity, editedFile, hit.mention, { label });
    const done = performance.now();
    editTimes.push(done - t);
    analysisTimes.push(analyzedAt - t);
    relinkTimes.push(done - analyzedAt);
  }

  const entityCount = corpus.entities().length;
  printTable(
    `Editor on ${documents.size.toLocaleString('en-US')} documents (${tokens.toLocaleString('en-US')} tokens, ${entityCount.toLocaleString('en-US')} entities)`,
    ['measure', 'value', 'target'],
    [
      ['initial indexing: documents/s', Math.round(documents.size / seconds).toLocaleString('en-US'), ''],
      ['initial indexing: tokens/s', Math.round(tokens / seconds).toLocaleString('en-US'), ''],
      ['initial indexing: total (of which linking + claims)', `${seconds.toFixed(1)} s (${((indexEnd - analyzed) / 1000).toFixed(1)} s)`, ''],
      [`entity hover p50 / p95 (${entityTimes.length} samples)`, percentiles(entityTimes), 'p95 < 10 ms'],
      [`date hover p50 / p95 (${dateTimes.length} samples)`, percentiles(dateTimes), 'p95 < 10 ms'],
      [`re-analysis of an edited ${Math.round(tenKb.length / 1024)} KB document p50 / p95 (${EDITS} edits)`, percentiles(analysisTimes), '< 50 ms'],
      ['then relinking the corpus + look-up + hover p50 / p95', percentiles(relinkTimes), ''],
      ['edit to hover card, total p50 / p95', percentiles(editTimes), ''],
    ],
  );
}

/** The ECB+ articles plus pseudo-articles of consecutive GMB sentences, at least MIN_DOCUMENTS in all. */
export function buildCorpus(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of fs.readdirSync(ECB_DOCS).filter((f) => f.endsWith('.txt')).sort()) {
    documents.set(`ecbplus/${file}`, fs.readFileSync(path.join(ECB_DOCS, file), 'utf8'));
  }
  const sentences = ['train', 'dev', 'test'].flatMap((split) => readConllSentences(path.join(NER_DIR, 'gmb', `${split}.conll`)));
  for (let i = 0; documents.size < MIN_DOCUMENTS; i++) {
    const start = (i * SENTENCES_PER_PSEUDO_DOCUMENT) % sentences.length;
    const body = sentences.slice(start, start + SENTENCES_PER_PSEUDO_DOCUMENT);
    // Paragraphs of three sentences, like wire copy.
    const paragraphs: string[] = [];
    for (let p = 0; p < body.length; p += 3) paragraphs.push(body.slice(p, p + 3).join(' '));
    documents.set(`gmb/doc-${String(i).padStart(4, '0')}.txt`, `${paragraphs.join('\n\n')}\n`);
  }
  return documents;
}

/** About 10 KB of real article text, for the edit measurement. */
function tenKilobytes(documents: Map<string, string>): string {
  let text = '';
  for (const [file, body] of documents) {
    if (!file.startsWith('ecbplus/')) continue;
    text += `${body.trim()}\n\n`;
    if (text.length >= 10 * 1024) break;
  }
  return text.slice(0, text.lastIndexOf('.', 10 * 1024) + 1);
}

function percentiles(times: number[]): string {
  if (times.length === 0) return 'n/a (nothing to hover)';
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `${at(0.5).toFixed(2)} / ${at(0.95).toFixed(2)} ms`;
}

/** A small deterministic generator, so runs pick the same samples. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

if (require.main === module) void run();
