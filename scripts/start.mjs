// `npm start`: builds the extension and opens samples/seeds in VS Code with it loaded as the
// extension under development. With desktop VS Code (`code` on PATH) it runs
// `code --extensionDevelopmentPath=. samples/seeds`; otherwise, or with `npm start -- --web`, it
// serves the same through code-server and prints the URL to open, until Ctrl+C.
// Rebuild on change with `npm run watch` in another terminal, then reload the window.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'samples', 'seeds');
const desktop = !process.argv.includes('--web') && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;

run('node', [path.join(root, 'scripts', 'build.mjs')]);
if (desktop) {
  run('code', [`--extensionDevelopmentPath=${root}`, folder]);
} else {
  run('node', ['--import', 'tsx', path.join(root, 'scripts', 'ensure-test-deps.ts')]);
  const { startCodeServer } = await tsImport('./code-server.ts', import.meta.url);
  const server = await startCodeServer();
  const stop = () => server.stop().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const url = server.workbenchUrl({ folder, extensionDevelopmentPath: root });
  console.log(`\nVS Code (code-server) with Crosscheck on samples/seeds; open in a browser:\n\n  ${url}\n\nCtrl+C stops it.`);
}

function run(command, args) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
