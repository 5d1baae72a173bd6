// Speed and memory of the full analysis next to wink-nlp's bare readDoc on the same text (issue 3).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { wink } from '../../src/core/nlp/wink';
import { Corpus } from '../../src/core/corpus';
import { ECB_DOCS, printTable } from './data';

export async function run(): Promise<void> {
  const files = fs.readdirSync(ECB_DOCS).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => fs.readFileSync(path.join(ECB_DOCS, f), 'utf8'));

  const loadStart = performance.now();
  const nlp = wink();
  const winkLoad = performance.now() - loadStart;
  const modelStart = performance.now();
  new Corpus().set('warmup.txt', 'Warm-up sentence by Ana Ruiz in Lisbon on Monday.');
  const engineLoad = performance.now() - modelStart;
  nlp.readDoc('Warm-up sentence by Ana Ruiz in Lisbon on Monday.');

  let tokens = 0;
  const bareStart = performance.now();
  for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
  const bare = performance.now() - bareStart;

  const fullStart = performance.now();
  const corpus = new Corpus();
  texts.forEach((t, i) => corpus.set(files[i], t));
  const perDoc = performance.now() - fullStart;
  const linkStart = performance.now();
  corpus.entities();
  corpus.claims();
  const link = performance.now() - linkStart;
  const full = perDoc + link;

  const cliStart = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'analyze', ECB_DOCS, '--json', '--out', '/dev/null'], {
    stdio: 'ignore',
  });
  const cli = performance.now() - cliStart;

  const rate = (ms: number) => Math.round(tokens / (ms / 1000)).toLocaleString('en-US');
  printTable(`Speed on ECB+ (${files.length} documents, ${tokens.toLocaleString('en-US')} tokens)`, ['measure', 'value'], [
    ['wink readDoc alone (its full default pipeline)', `${rate(bare)} tokens/s`],
    ['full analysis (per document + linking + claims)', `${rate(full)} tokens/s`],
    ['ratio full / bare (target ≥ 0.5)', (bare / full).toFixed(2)],
    ['of which cross-document linking + claims', `${link.toFixed(0)} ms`],
    ['CLI end to end on the folder (target < 10 s)', `${(cli / 1000).toFixed(2)} s`],
    ['wink model load', `${winkLoad.toFixed(0)} ms`],
    ['engine first use (NER model load etc.)', `${engineLoad.toFixed(0)} ms`],
    ['peak resident memory (this process)', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`],
  ]);
}

if (require.main === module) void run();
