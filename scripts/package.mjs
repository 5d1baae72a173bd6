// `npm run package`: a production build, then a .vsix made by @vscode/vsce. The bundles in dist/ hold every
// runtime dependency, so node_modules stays out (--no-dependencies) and .vscodeignore allow-lists the rest.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// vsce rewrites the README's relative links to absolute ones; it guesses them only for GitHub and GitLab.
const { repository: repo } = manifest;
const repository = (typeof repo === 'string' ? repo : repo?.url ?? '').replace(/\.git$/, '');
if (!repository) {
  console.error('package.json needs a "repository" URL: vsce resolves the README\'s relative links against it.');
  process.exit(1);
}

// Every runtime dependency is bundled into dist/, so each needs its notice.
const notices = fs.readFileSync(path.join(root, 'THIRD_PARTY_NOTICES.md'), 'utf8');
const unnoticed = Object.keys(manifest.dependencies ?? {}).filter((name) => !notices.includes(`[${name}]`));
if (unnoticed.length > 0) {
  console.error(`THIRD_PARTY_NOTICES.md lacks the bundled dependencies: ${unnoticed.join(', ')}`);
  process.exit(1);
}

run(['scripts/build.mjs', '--production']);
fs.rmSync(vsix, { force: true });
run([
  path.join(root, 'node_modules/@vscode/vsce/vsce'),
  'package',
  '--no-dependencies',
  '--baseContentUrl', `${repository}/blob/HEAD`,
  '--baseImagesUrl', `${repository}/raw/HEAD`,
  '--out', vsix,
]);

const { size } = fs.statSync(vsix);
console.log(`${path.relative(process.cwd(), vsix)}: ${size} bytes (${(size / 1024 / 1024).toFixed(2)} MiB)`);
