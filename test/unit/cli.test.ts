import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { parseArgs } from '../../src/cli/args';

/** Runs the CLI in-process, capturing what it writes. */
function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  const previous = process.cwd();
  process.stdout.write = ((s: string) => ((stdout += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((stderr += s), true)) as typeof process.stderr.write;
  process.chdir(cwd);
  try {
    return { code: main(args), stdout, stderr };
  } finally {
    process.chdir(previous);
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe('crosscheck analyze (CLI)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
    fs.mkdirSync(path.join(dir, 'corpus', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'corpus', 'a.txt'), 'Harbour Vote Passes\n\nThe council approved the plan on Monday.\n');
    fs.writeFileSync(path.join(dir, 'corpus', 'sub', 'b.txt'), '\ufeffThe mayor said the plan\r\nwill cost $4 million.\r\n');
    fs.writeFileSync(path.join(dir, 'corpus', 'notes.md'), 'not a source');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the JSON contract with paths relative to the folder given', () => {
    const { code, stdout } = run(['analyze', 'corpus', '--json'], dir);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(report.documents.map((d: { file: string }) => d.file), ['a.txt', 'sub/b.txt']);
    assert.equal(report.documents[0].title, 'Harbour Vote Passes');
    for (const key of ['entities', 'dates', 'claims']) assert.ok(Array.isArray(report[key]), key);
  });

  it("lists the documents with their days in the readable summary, an inferred one marked", () => {
    const story = 'Harbor Council member Mara Quist said the Dunmore Bridge over Lake Vell would close on Monday.';
    fs.writeFileSync(path.join(dir, 'corpus', 'c.txt'), `Bridge to close\n\nPublished 12 March 2026\n\n${story}\n`);
    fs.writeFileSync(path.join(dir, 'corpus', 'd.txt'), `Bridge shut\n\n${story}\n`);
    const { stdout } = run(['analyze', 'corpus'], dir);
    assert.match(stdout, /\n {2}a\.txt {2}undated {2}Harbour Vote Passes\n/);
    assert.match(stdout, /\n {2}c\.txt {2}2026-03-12 {2}Bridge to close\n/);
    assert.match(stdout, /\n {2}d\.txt {2}2026-03-12 \(inferred\) {2}Bridge shut\n/);
  });

  it('names a missing path and a binary file on stderr, still analyzes the rest, and exits 1', () => {
    fs.writeFileSync(path.join(dir, 'corpus', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const { code, stdout, stderr } = run(['analyze', 'corpus', 'missing-folder', '--json'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /missing-folder: no such file or folder/);
    assert.match(stderr, /image\.txt: binary file/);
    assert.equal(JSON.parse(stdout).documents.length, 2);
  });

  it('skips files over --max-size with a one-line reason', () => {
    fs.writeFileSync(path.join(dir, 'corpus', 'big.txt'), 'word '.repeat(600));
    const { code, stderr } = run(['analyze', 'corpus', '--max-size', '1'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /big\.txt: file is 3 KB, over the 1 KB limit/);
  });

  it('accepts globs and single files, and writes to --out', () => {
    const { code, stderr } = run(['analyze', 'corpus/**/*.txt', '--json', '--out', 'report.json'], dir);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    assert.deepEqual(report.documents.map((d: { file: string }) => d.file), ['corpus/a.txt', 'corpus/sub/b.txt']);
  });

  it('exits 2 with usage on bad arguments or when nothing can be analyzed', () => {
    assert.equal(run(['analyze'], dir).code, 2);
    assert.equal(run(['frobnicate'], dir).code, 2);
    const nothing = run(['analyze', 'nowhere'], dir);
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /nothing to analyze/);
  });

  it('parses repeated --include and rejects a bad --max-size', () => {
    assert.deepEqual(parseArgs(['analyze', 'x', '--include', '*.md', '--include', '*.txt']).include, ['*.md', '*.txt']);
    assert.throws(() => parseArgs(['analyze', 'x', '--max-size', 'big']), /positive number/);
  });
});
