/**
 * ECB+ cross-document entity coreference (test topics 36–45), end to end from raw text:
 * every article goes through `Corpus`, entity mentions (and DATE mentions, TIME_DATE in the
 * benchmark's named-entity set) become predictions, and the benchmark's own scorer grades them.
 * Run: `npm run bench -- ecbplus` or `node --import tsx scripts/bench/ecbplus.ts`.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { Corpus } from '../../src/core/corpus';
import { linkEntities } from '../../src/core/entities/link';

const BENCH = process.env.ECBPLUS_DIR ?? '/work/shared/benchmarks/ecbplus';

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

  const mentions: Prediction[] = entities.flatMap((e) => e.mentions.map((m) => ({ doc: m.file, start: m.start, end: m.end, cluster: e.id })));
  for (const doc of corpus.documents()) {
    doc.dates.forEach((d, i) => {
      if (d.type !== 'DATE') return;
      mentions.push({ doc: doc.file, start: d.start, end: d.end, cluster: d.value ? `date:${d.value}` : `date:${doc.file}:${i}` });
    });
  }
  const predFile = join(mkdtempSync(join(tmpdir(), 'ecbplus-')), 'pred.json');
  writeFileSync(predFile, JSON.stringify({ mentions }));

  console.log(`ECB+ entities (test topics 36–45, ne types): ${files.length} documents, ${mentions.length} predicted mentions, ${entities.length} entities`);
  console.log(`analysis ${(analyzeMs / 1000).toFixed(1)} s, entity linking ${linkMs.toFixed(0)} ms`);
  console.log('setting          mention P/R/F1        CoNLL e2e  CoNLL on detected  links_cross e2e P/R/F1  links_cross on detected F1');
  const settings = [
    { name: 'ne exact', args: ['--match', 'exact'] },
    { name: 'ne lenient', args: ['--match', 'lenient'] },
    { name: 'proper lenient', args: ['--match', 'lenient', '--forms', 'proper'] },
  ];
  for (const { name, args } of settings) {
    const out = execFileSync(process.execPath, [join(BENCH, 'score.js'), predFile, ...args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
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
