// `npm run bench`: every benchmark of the project, each printing its own table. Not a test.
// `npm run bench -- ner speed` runs only the named ones. Each runs in a fresh process: wink-nlp
// learns words as it reads and the large corpora leave garbage behind, so sharing a process would
// let one benchmark's history change another's timings.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const SUITES = ['ner', 'ecbplus', 'dates', 'claims', 'editor', 'speed'];

function main(): number {
  const wanted = process.argv.slice(2).filter((a) => SUITES.includes(a));
  let failed = 0;
  for (const name of wanted.length > 0 ? wanted : SUITES) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, `${name}.ts`)], { stdio: 'inherit' });
    if (result.status !== 0) failed++;
    console.log(`\n(${name}: ${((performance.now() - start) / 1000).toFixed(1)} s${result.status !== 0 ? ', FAILED' : ''})`);
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
