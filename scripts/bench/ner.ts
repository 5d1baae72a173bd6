/**
 * NER benchmark: typed exact-span P/R/F1 for PER, ORG and LOC (MISC dropped on both sides) of
 * the shipped model, plus its speed next to wink's readDoc. `npm run bench -- ner`, or
 * standalone: `node --import tsx scripts/bench/ner.ts`.
 */
import type { ItemSentence } from 'wink-nlp';
import { wink } from '../../src/core/nlp/wink';
import { loadNerModel } from '../../src/core/ner/tagger';
import { posTags } from '../../src/core/ner/pos';
import { dataPath, readConll, readDocuments } from '../train/conll';
import { scoreSpans, type Score } from '../train/evaluate';
import { engineSpans } from './nerEngine';

export interface NerBenchRow extends Score {
  dataset: string;
  annotation: 'gold' | 'silver';
  /** The tagger alone, or the whole engine on the documents' text (nerEngine.ts). */
  stage: 'tagger' | 'engine';
}

const SETS = [
  { dataset: 'wikigold', annotation: 'gold' },
  { dataset: 'uner_en_eval', annotation: 'gold' },
  { dataset: 'gmb', annotation: 'silver' },
] as const;

export async function runNerBench(): Promise<NerBenchRow[]> {
  const model = loadNerModel();
  const rows: NerBenchRow[] = [];
  for (const { dataset, annotation } of SETS) {
    // Tagged document by document, as the engine does (gmb has no document marks: runs of 15 sentences).
    const docs = readDocuments(dataset, 'test');
    const predicted = docs.flatMap((doc) => model.tagDocument(doc.map((s) => ({ tokens: s.tokens, pos: posTags(s.tokens) }))));
    for (const score of scoreSpans(docs.flat(), predicted)) rows.push({ dataset, annotation, stage: 'tagger', ...score });
    for (const score of scoreSpans(docs.flat(), engineSpans(docs))) rows.push({ dataset, annotation, stage: 'engine', ...score });
  }
  return rows;
}

/**
 * Tokens per second of wink's readDoc and of the tagger (given wink's tokens and tags). CPU time,
 * best of alternating repeats: on a shared machine wall time measures the neighbours.
 */
export function measureSpeed(): { winkTokensPerSecond: number; taggerTokensPerSecond: number; loadMs: number } {
  const started = performance.now();
  const model = loadNerModel();
  const loadMs = performance.now() - started;
  const text = readConll(dataPath('uner_en_eval', 'test')).map((s) => s.tokens.join(' ')).join('\n');
  const nlp = wink();
  const sentences: { tokens: string[]; pos: string[] }[] = [];
  nlp.readDoc(text).sentences().each((s: ItemSentence) => {
    sentences.push({ tokens: s.tokens().out() as string[], pos: s.tokens().out(nlp.its.pos) as string[] });
  });
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const cpuSeconds = (fn: () => void): number => {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };
  let winkSeconds = Infinity;
  let taggerSeconds = Infinity;
  for (let r = 0; r < 6; r++) {
    winkSeconds = Math.min(winkSeconds, cpuSeconds(() => nlp.readDoc(text)));
    taggerSeconds = Math.min(taggerSeconds, cpuSeconds(() => sentences.forEach((s) => model.tagSentence(s.tokens, s.pos))));
  }
  return { winkTokensPerSecond: tokens / winkSeconds, taggerTokensPerSecond: tokens / taggerSeconds, loadMs };
}

export async function run(): Promise<void> {
  const speed = measureSpeed();
  const rows = await runNerBench();
  console.log('\nNER (typed exact span; PER/ORG/LOC, MISC dropped; test splits)');
  console.log('dataset        annot.  stage   label   gold  pred     P      R      F1');
  for (const r of rows) {
    console.log(
      `${r.dataset.padEnd(14)} ${r.annotation.padEnd(7)} ${r.stage.padEnd(7)} ${r.label.padEnd(5)} ${String(r.gold).padStart(6)} ${String(r.predicted).padStart(5)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`,
    );
  }
  console.log('(gmb labels are silver: automatically tagged, partly corrected)');
  console.log('(tagger: the model on the gold tokens; engine: the full analysis of the documents as text, facilities counted as LOC)');
  const ratio = speed.taggerTokensPerSecond / (speed.winkTokensPerSecond + speed.taggerTokensPerSecond);
  console.log(
    `model load ${speed.loadMs.toFixed(0)} ms; tagger ${Math.round(speed.taggerTokensPerSecond).toLocaleString('en')} tokens/s; ` +
      `wink readDoc ${Math.round(speed.winkTokensPerSecond).toLocaleString('en')} tokens/s; ` +
      `wink + tagger runs at ${ratio.toFixed(2)}× bare readDoc (CPU time, UNER test text)`,
  );
}

if (require.main === module) void run();
