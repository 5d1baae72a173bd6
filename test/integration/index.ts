// The extension-tests entry point (`--extensionTestsPath`): VS Code loads this module in its
// extension host and calls run(). It runs every *.test.js bundled next to it (scripts/build.mjs
// bundles each test/integration/*.test.ts), so a new test file needs no registration.
// CROSSCHECK_TEST_GREP=<text> runs only the tests whose full title contains the text.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import SummaryReporter = require('../support/summaryReporter');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: SummaryReporter });
  const grep = process.env.CROSSCHECK_TEST_GREP;
  if (grep) mocha.grep(grep);
  const testFiles = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of testFiles) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
