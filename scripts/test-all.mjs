// `npm test`: everything, in order: test dependencies, typecheck, build, unit tests, integration
// tests (real VS Code extension host), E2E tests (real workbench in headless Chromium). Each mocha
// suite reports its counts through test/support/summaryReporter.ts; the last line printed is the
// total over all suites, `N passed, N failed`. A step or suite that fails to run counts as one
// failure, and the exit code is non-zero on any failure. How it works: docs/TESTING.md.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reporter = ['--reporter', 'test/support/summaryReporter.ts', ...(process.stdout.isTTY ? ['--color'] : [])];

/** `needs`: steps whose failure makes this one pointless (it is then counted as failed, not run). */
const steps = [
  { name: 'test dependencies', command: ['node', '--import', 'tsx', 'scripts/ensure-test-deps.ts'] },
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'build', command: ['node', 'scripts/build.mjs'] },
  { name: 'unit tests', suite: true, command: ['npx', 'mocha', ...reporter], skipUnless: ['test/unit', '.test.ts'] },
  { name: 'integration tests', suite: true, command: ['node', 'scripts/test-integration.mjs'], needs: ['test dependencies', 'build'] },
  { name: 'e2e tests', suite: true, command: ['npx', 'mocha', '--config', 'test/e2e/.mocharc.json', ...reporter], needs: ['test dependencies', 'build'] },
];

const failedSteps = new Set();
const results = [];
for (const step of steps) {
  const started = Date.now();
  const result = await runStep(step);
  if (result.failed > 0) failedSteps.add(step.name);
  results.push({ ...result, name: step.name, seconds: (Date.now() - started) / 1000 });
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log('\n──── summary ────');
for (const { name, note, seconds } of results) console.log(`${name.padEnd(20)} ${note.padEnd(38)} ${seconds.toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

async function runStep({ name, command, suite, needs = [], skipUnless }) {
  const blocker = needs.find((need) => failedSteps.has(need));
  if (blocker) return { passed: 0, failed: 1, note: `not run: ${blocker} failed` };
  if (skipUnless && !hasFiles(...skipUnless)) return { passed: 0, failed: 0, note: 'none yet' };
  console.log(`\n──── ${name}: ${command.join(' ')}`);
  const { code, output } = await run(command);
  if (!suite) return code === 0 ? { passed: 0, failed: 0, note: 'ok' } : { passed: 0, failed: 1, note: `failed (exit ${code})` };
  const counts = lastSummary(output);
  if (!counts) return { passed: 0, failed: 1, note: `crashed (exit ${code}, no results)` };
  // Failing tests exit non-zero by themselves; a non-zero exit with none failing is a crash after the run.
  const crashed = code !== 0 && counts.failed === 0;
  const failed = counts.failed + (crashed ? 1 : 0);
  return { passed: counts.passed, failed, note: `${counts.passed} ok, ${failed} failing${crashed ? ` (exit ${code})` : ''}` };
}

/** Runs a command from the project root, showing its output live and keeping its stdout. */
function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', (error) => {
      console.error(`could not run ${command}: ${error.message}`);
      resolve({ code: 127, output });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? signal, output }));
  });
}

/** The counts test/support/summaryReporter.ts printed last, if the suite got that far. */
function lastSummary(output) {
  const lines = [...output.matchAll(/^\[test-summary\] (\{.*\})\s*$/gm)];
  return lines.length ? JSON.parse(lines[lines.length - 1][1]) : undefined;
}

function hasFiles(folder, suffix) {
  const dir = path.join(root, folder);
  return fs.existsSync(dir) && fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((file) => file.endsWith(suffix));
}
