// `npm run train`: builds models/gazetteer.json, models/givenNames.json, models/clusters.json and models/typePriors.json, then trains the NER
// model and writes models/ner.json (see docs/MODEL.md). Both are TypeScript, so they run under tsx; extra
// arguments are passed to the trainer.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (script, args = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/train', script), ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;
process.exit(run('gazetteer.ts') || run('givenNames.ts') || run('clusters.ts') || run('typePriors.ts') || run('train.ts', process.argv.slice(2)));
