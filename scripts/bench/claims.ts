// Claim alignment quality on ECB+ (gold event chains as a proxy for "same proposition") and the
// time buildClaims takes on a 2,000-document corpus, in a full build and after one document changed (issue 5).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentAnalysis, Entity } from '../../src/core/types';
import { runPipeline } from '../../src/core/nlp/pipeline';
import { buildClaims } from '../../src/core/claims';
import { type AlignOptions, DEFAULT_ALIGN, alignStatements } from '../../src/core/claims/align';
import { entityIndex, extractStatements } from '../../src/core/claims/extract';
import { ECB_DIR, ECB_DOCS, NER_DIR, printTable, readConllSentences } from './data';

interface GoldDocument {
  doc: string;
  eval_spans: [number, number][];
}
interface GoldMention {
  doc: string;
  start: number;
  cluster: string;
}

const CORPUS_SIZE = 2000;
const GMB_SENTENCES_PER_DOC = 20;

/** Full analysis when the engine's models are present, else tokens and sentences only (no entities, dates). */
function analyzer(): { analyze: (file: string, text: string) => DocumentAnalysis; link: (docs: DocumentAnalysis[]) => Entity[]; full: boolean } {
  const bare = (file: string, text: string): DocumentAnalysis => {
    const p = runPipeline(text);
    return { file, text, title: '', published: null, tokens: p.tokens, sentences: p.sentences, mentions: [], dates: [] };
  };
  try {
    const { analyzeDocument } = require('../../src/core/analyze') as typeof import('../../src/core/analyze');
    const { linkEntities } = require('../../src/core/entities/link') as typeof import('../../src/core/entities/link');
    analyzeDocument('probe.txt', 'Ana Ruiz met Ben Ode in Lisbon on Monday.');
    return { analyze: analyzeDocument, link: linkEntities, full: true };
  } catch {
    return { analyze: bare, link: () => [], full: false };
  }
}

/** Cross-document pairs of validated sentences ("doc#line") that share a gold event chain. */
function goldPairs(docs: GoldDocument[], mentions: GoldMention[]): Set<string> {
  const chains = new Map<string, Set<string>>();
  for (const m of mentions) {
    const d = docs.find((x) => x.doc === m.doc)!;
    const line = d.eval_spans.findIndex(([s, e]) => s <= m.start && m.start < e);
    if (line < 0) continue;
    if (!chains.has(m.cluster)) chains.set(m.cluster, new Set());
    chains.get(m.cluster)!.add(`${m.doc}#${line}`);
  }
  const pairs = new Set<string>();
  for (const members of chains.values()) addPairs(pairs, [...members]);
  return pairs;
}

function addPairs(pairs: Set<string>, members: string[]): void {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i], members[j]].sort();
      if (a.split('#')[0] !== b.split('#')[0]) pairs.add(`${a}|${b}`);
    }
  }
}

function prf(predicted: Set<string>, gold: Set<string>): [string, string, string] {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  const precision = predicted.size ? tp / predicted.size : 0;
  const recall = gold.size ? tp / gold.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return [precision, recall, f1].map((x) => (100 * x).toFixed(1)) as [string, string, string];
}

/** GMB sentences, detokenized and grouped into pseudo-documents. */
function gmbDocuments(count: number): { file: string; text: string }[] {
  const sentences = readConllSentences(path.join(NER_DIR, 'gmb/train.conll'));
  const docs: { file: string; text: string }[] = [];
  for (let i = 0; docs.length < count && i < sentences.length; i += GMB_SENTENCES_PER_DOC) {
    docs.push({ file: `gmb_${docs.length}.txt`, text: `${sentences.slice(i, i + GMB_SENTENCES_PER_DOC).join('\n')}\n` });
  }
  return docs;
}

export async function run(): Promise<void> {
  const gold = JSON.parse(fs.readFileSync(path.join(ECB_DIR, 'gold_events.json'), 'utf8')) as {
    documents: GoldDocument[];
    mentions: GoldMention[];
  };
  const { analyze, link, full } = analyzer();
  const ecb = gold.documents.map((d) => analyze(`${d.doc}.txt`, fs.readFileSync(path.join(ECB_DOCS, `${d.doc}.txt`), 'utf8')));
  const entities = link(ecb);
  const expected = goldPairs(gold.documents, gold.mentions);
  const spans = new Map(gold.documents.map((d) => [`${d.doc}.txt`, d.eval_spans]));

  const linked = entityIndex(entities);
  const statements = ecb.flatMap((doc) => extractStatements(doc, linked.get(doc.file) ?? [], null));
  const settings: [string, AlignOptions][] = [
    ['strict (0.40)', { ...DEFAULT_ALIGN, threshold: 0.4, groupThreshold: 0.3 }],
    [`default (${DEFAULT_ALIGN.threshold.toFixed(2)})`, DEFAULT_ALIGN],
    ['loose (0.20)', { ...DEFAULT_ALIGN, threshold: 0.2, groupThreshold: 0.15 }],
  ];
  const keyOf = (s: (typeof statements)[number]): string | null => {
    const line = spans.get(s.file)!.findIndex(([a, b]) => a <= s.start && s.start < b);
    return line < 0 ? null : `${s.file.replace(/\.txt$/, '')}#${line}`;
  };
  // Headlines are not claims, so pairs with a headline cannot be found: recall is also given over the rest.
  const extracted = new Set(statements.map(keyOf));
  const reachable = new Set([...expected].filter((p) => p.split('|').every((k) => extracted.has(k))));
  const rows: (string | number)[][] = [];
  for (const [name, options] of settings) {
    const predicted = new Set<string>();
    let groups = 0;
    for (const group of alignStatements(statements, options).groups) {
      if (group.length > 1) groups++;
      const keys = group.flatMap((i) => keyOf(statements[i]) ?? []);
      addPairs(predicted, [...new Set(keys)]);
    }
    rows.push([name, groups, predicted.size, expected.size, ...prf(predicted, expected), reachable.size, prf(predicted, reachable)[1]]);
  }
  printTable(
    `Claim alignment on ECB+ test topics (${ecb.length} docs, ${statements.length} statements; cross-document pairs of validated sentences sharing a gold event chain${full ? '' : '; no entity or date models available, text only'})`,
    ['setting', 'multi-source claims', 'predicted pairs', 'gold pairs', 'P', 'R', 'F1', 'gold pairs between non-headline sentences', 'R over those'],
    rows,
  );

  const extra = gmbDocuments(CORPUS_SIZE - ecb.length);
  const analyzeStart = performance.now();
  const docs = [...ecb, ...extra.map((d) => analyze(d.file, d.text))];
  const analyzeMs = performance.now() - analyzeStart;
  const corpusEntities = link(docs);
  const fullBuild = timed(() => buildClaims(docs, corpusEntities));
  const claims = fullBuild.result;
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  printTable(
    'buildClaims on a 2,000-document corpus (ECB+ plus GMB sentences in pseudo-documents of 20), full build: no document seen before',
    ['documents', 'sentences', 'claims', 'multi-source', 'conflicts', 'wall s', 'CPU s (all threads)', 'per-document analysis s (not claims)'],
    [[docs.length, sentences, claims.length, claims.filter((c) => c.sources.length > 1).length, claims.filter((c) => c.status === 'conflict').length, seconds(fullBuild.ms), seconds(fullBuild.cpuMs), (analyzeMs / 1000).toFixed(1)]],
  );

  // What the editor does on a keystroke: one document changes (a new analysis object), entities are
  // linked again, and the Claims view asks for claims. Only buildClaims is timed here; the other
  // steps are reported beside it.
  const rebuilds: (string | number)[][] = [];
  for (const at of [7, Math.floor(docs.length / 2), docs.length - 1]) {
    const edited = timed(() => analyze(docs[at].file, `${docs[at].text}\nThe council met again on Friday to discuss the 12 new ferries.\n`));
    docs[at] = edited.result;
    const relinked = timed(() => link(docs));
    const rebuild = timed(() => buildClaims(docs, relinked.result));
    rebuilds.push([docs[at].file, rebuild.result.length, seconds(rebuild.ms), seconds(rebuild.cpuMs), seconds(edited.ms), seconds(relinked.ms)]);
  }
  printTable(
    'buildClaims again after one document changed (per-document work cached by analysis object)',
    ['changed document', 'claims', 'wall s', 'CPU s (all threads)', 'its re-analysis s (not claims)', 'entity linking s (not claims)'],
    rebuilds,
  );
}

/** Wall and CPU time of one call; CPU counts every thread of the process, the garbage collector's too. */
function timed<T>(fn: () => T): { result: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

if (require.main === module) void run();
