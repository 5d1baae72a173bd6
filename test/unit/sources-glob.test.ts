import assert from 'node:assert/strict';
import { folderPatterns, globToRegExp, SourceFilter } from '../../src/core/sources/glob';

describe('sources: glob patterns', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['**/*.txt', 'a.txt.bak', false],
    ['*.txt', 'x/a.txt', false],
    ['**/seeds/**/*.txt', 'seeds/a.txt', true],
    ['**/seeds/**/*.txt', 'x/seeds/y/z/a.txt', true],
    ['**/seeds/**/*.txt', 'seedsx/a.txt', false],
    ['docs/**', 'docs/a/b.md', true],
    ['**/*.{txt,md}', 'a/b.md', true],
    ['**/*.{txt,md}', 'a/b.js', false],
    ['file?.txt', 'file1.txt', true],
    ['file[0-9].txt', 'fileA.txt', false],
    ['file[!0-9].txt', 'fileA.txt', true],
    ['a+b (1).txt', 'a+b (1).txt', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(globToRegExp(glob).test(path), expected);
    });
  }
});

describe('sources: which files are sources', () => {
  it('takes matched files that neither files.exclude nor an excluded parent folder hides', () => {
    const filter = new SourceFilter(['**/sources/**/*.txt'], { '**/drafts': true, '**/*.tmp.txt': true, '**/old': false });
    assert.equal(filter.accepts('sources/a.txt'), true);
    assert.equal(filter.accepts('sources/old/a.txt'), true);
    assert.equal(filter.accepts('sources/drafts/a.txt'), false);
    assert.equal(filter.accepts('sources/a.tmp.txt'), false);
    assert.equal(filter.accepts('notes/a.txt'), false);
  });

  it('applies a folder pattern from the root of a workspace folder that lies inside such a folder', () => {
    assert.deepEqual(folderPatterns('**/seeds/**/*.txt', '/home/me/samples/seeds'), ['**/seeds/**/*.txt', '**/*.txt']);
    assert.deepEqual(folderPatterns('**/seeds/**/*.txt', '/home/me/seeds/2025'), ['**/seeds/**/*.txt', '**/*.txt']);
    assert.deepEqual(folderPatterns('**/seeds/**/*.txt', '/home/me/project'), ['**/seeds/**/*.txt']);
    assert.equal(new SourceFilter(['**/seeds/**/*.txt'], {}, '/home/me/seeds').accepts('a.txt'), true);
  });
});
