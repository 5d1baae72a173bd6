// Runs the integration suites (out/test/integration, built by scripts/build.mjs) in a real VS Code
// extension host with samples/seeds open, through @vscode/test-electron's standard runTests.
// By default VS Code is code-server behind scripts/vscode-shim.sh (no desktop, no internet needed);
// `--desktop` leaves vscodeExecutablePath out, so runTests downloads and runs desktop VS Code.
import { runTests } from '@vscode/test-electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const desktop = process.argv.includes('--desktop');

try {
  await runTests({
    vscodeExecutablePath: desktop ? undefined : path.join(root, 'scripts', 'vscode-shim.sh'),
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
    // Desktop only: no other installed extensions in the test instance (the shim's profile is empty anyway).
    launchArgs: [path.join(root, 'samples', 'seeds'), ...(desktop ? ['--disable-extensions'] : [])],
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
