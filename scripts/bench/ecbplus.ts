/**
 * ECB+ cross-document entity coreference (test topics 36–45), end to end from raw text:
 * every article goes through `Corpus`, entity mentions (and date mentions, TIME_DATE in the
 * benchmark's named-entity set) become predictions, and the benchmark's own scorer grades them.
 * Run: `npm run bench -- ecbplus` or `node --import tsx scripts/bench/ecbplus.ts`.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { Corpus } from '../../src/core/corpus';
import { linkEntities } from '../../src/core/entities/link';
import type { ContractMention } from '../../src/core/types';

const BENCH = process.env.ECBPLUS_DIR ?? '/work/shared/benchmarks/ecbplus';
/** Our date types that ECB+ annotates as TIME_DATE: calendar dates and deictic ones ("on Tuesday", "today"). */
const GOLD_DATE_TYPES = new Set(['DATE', 'RELATIVE']);

interface Prediction {
  doc: string;
  start: number;
  end: number;
  cluster: string;
}

interface Scores {
  p: number;
  r: number;
  f: number;
}

interface ScoreReport {
  mention_detection: Scores;
  coref_on_detected_gold: { conll: number; links_cross: Scores };
  coref_end_to_end: { conll: number; links_cross: Scores };
}

export async function run(): Promise<void> {
  const docsDir = join(BENCH, 'docs');
  const files = readdirSync(docsDir).filter((f) => f.endsWith('.txt')).sort();
  const corpus = new Corpus();
  const analyzeStart = performance.now();
  for (const f of files) corpus.set(basename(f, '.txt'), readFileSync(join(docsDir, f), 'utf8'));
  const analyzeMs = performance.now() - analyzeStart;
  const entities = corpus.entities();
  const linkStart = performance.now();
  linkEntities(corpus.documents());
  const linkMs = performance.now() - linkStart;

  const dates: Prediction[] = corpus.documents().flatMap((doc) =>
    doc.dates
      .map((d, i) => ({ d, cluster: d.value ? `date:${d.value}` : `date:${doc.file}:${i}` }))
      .filter(({ d }) => GOLD_DATE_TYPES.has(d.type))
      .map(({ d, cluster }) => ({ doc: doc.file, start: d.start, end: d.end, cluster })),
  );
  const predictions = (keep: (m: ContractMention) => boolean): Prediction[] => [
    ...entities.flatMap((e) => e.mentions.filter(keep).map((m) => ({ doc: m.file, start: m.start, end: m.end, cluster: e.id }))),
    ...dates,
  ];
  const dir = mkdtempSync(join(tmpdir(), 'ecbplus-'));
  const mentions = predictions(() => true);
  const predFile = join(dir, 'pred.json');
  writeFileSync(predFile, JSON.stringify({ mentions }));
  // What a names-only view gets: no pronouns or descriptions, which the proper-form gold cannot match.
  const namesFile = join(dir, 'pred-names.json');
  writeFileSync(namesFile, JSON.stringify({ mentions: predictions((m) => m.kind !== 'DESCRIPTION') }));

  console.log(`ECB+ entities (test topics 36–45, ne types): ${files.length} documents, ${mentions.length} predicted mentions, ${entities.length} entities`);
  console.log(`analysis ${(analyzeMs / 1000).toFixed(1)} s, entity linking ${linkMs.toFixed(0)} ms`);
  console.log('setting          mention P/R/F1        CoNLL e2e  CoNLL on detected  links_cross e2e P/R/F1  links_cross on detected F1');
  const settings = [
    { name: 'ne exact', file: predFile, args: ['--match', 'exact'] },
    { name: 'ne lenient', file: predFile, args: ['--match', 'lenient'] },
    { name: 'proper lenient', file: predFile, args: ['--match', 'lenient', '--forms', 'proper'] },
    { name: '  names only', file: namesFile, args: ['--match', 'lenient', '--forms', 'proper'] },
  ];
  for (const { name, file, args } of settings) {
    const out = execFileSync(process.execPath, [join(BENCH, 'score.js'), file, ...args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const s = JSON.parse(out) as ScoreReport;
    const md = s.mention_detection;
    const e2e = s.coref_end_to_end;
    const det = s.coref_on_detected_gold;
    console.log(
      `${name.padEnd(16)} ${pct(md.p)}/${pct(md.r)}/${pct(md.f)}        ${pct(e2e.conll)}       ${pct(det.conll)}               ` +
        `${pct(e2e.links_cross.p)}/${pct(e2e.links_cross.r)}/${pct(e2e.links_cross.f)}        ${pct(det.links_cross.f)}`,
    );
  }
  console.log(`(predictions: ${predFile})`);
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

if (require.main === module) void run();
