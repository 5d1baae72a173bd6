// Bundles the extension and the CLI with esbuild. `--production` minifies; `--watch` rebuilds on change.
// Outside --production it also bundles the integration tests (see integrationTests below).
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js' },
];

// Each test/integration/**/*.test.ts and the suite's index.ts become out/test/integration/**/*.js,
// which VS Code loads in the extension host; vscode and mocha come from the host and node_modules.
const integrationTestsOut = 'out/test/integration';
const integrationTests = {
  ...common,
  entryPoints: fs
    .readdirSync('test/integration', { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.ts' || file.endsWith('.test.ts'))
    .map((file) => `test/integration/${file}`),
  outbase: 'test/integration',
  outdir: integrationTestsOut,
  external: ['vscode', 'mocha'],
};
if (!production) {
  fs.rmSync(integrationTestsOut, { recursive: true, force: true }); // no stale bundles of deleted tests
  builds.push(integrationTests);
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
