import assert from 'node:assert/strict';
import { claimsReportMarkdown } from '../../src/core/report/markdown';
import { renameReportFiles } from '../../src/core/report/relative';
import type { AnalysisReport } from '../../src/core/types';
import { claim, source } from './claimsview-fixtures';

const report: AnalysisReport = {
  version: 1,
  documents: [
    { file: 'file:///ws/a.txt', title: 'Flood hits valley', published: '2024-05-01' },
    { file: 'file:///ws/sub/b.txt', title: 'Valley floods', published: null },
  ],
  entities: [{ id: 'e1', name: 'Valley', type: 'PLACE', aliases: [], mentions: [{ file: 'file:///ws/a.txt', start: 0, end: 6, text: 'Valley', kind: 'NAME' }] }],
  dates: [{ file: 'file:///ws/a.txt', start: 10, end: 14, text: 'May 1', type: 'DATE', value: '2024-05-01' }],
  claims: [
    claim('agree', { statement: 'The river rose.', status: 'agree', score: 9, sources: [source('file:///ws/a.txt', 'The river rose.'), source('file:///ws/sub/b.txt', 'The river was rising.')] }),
    claim('conf', {
      statement: 'Twelve homes were *evacuated*.',
      status: 'conflict',
      slot: 'homes evacuated',
      score: 1,
      sources: [source('file:///ws/a.txt', 'Twelve homes were evacuated.', 'twelve'), source('file:///ws/sub/b.txt', '[Fifteen](http://x) homes were evacuated.', 'fifteen')],
    }),
  ],
};
const relative = renameReportFiles(report, (f) => f.replace('file:///ws/', ''));

describe('report: JSON contract with relative files', () => {
  it('rewrites every file field and nothing else', () => {
    const files = [
      ...relative.documents.map((d) => d.file),
      ...relative.entities.flatMap((e) => e.mentions.map((m) => m.file)),
      ...relative.dates.map((d) => d.file),
      ...relative.claims.flatMap((c) => c.sources.map((s) => s.file)),
    ];
    assert.ok(files.every((f) => !f.startsWith('file:')), files.join());
    assert.ok(files.includes('sub/b.txt'));
    assert.deepEqual(renameReportFiles(report, (f) => f), report);
    assert.equal(report.documents[0].file, 'file:///ws/a.txt', 'the input is not mutated');
  });
});

describe('report: Markdown', () => {
  const md = claimsReportMarkdown(relative, (c) => (c.id === 'conf' ? { verdict: 'disputed', note: 'council says 14', statement: '', sentences: [], updated: '' } : undefined));
  const sections = md.split('\n## ').slice(1);

  it('has a section per claim, conflicts first, then a list of documents', () => {
    assert.equal(sections.length, 3);
    assert.match(sections[0], /^1\. Twelve homes/);
    assert.match(sections[1], /^2\. The river rose/);
    assert.match(sections[2], /^Documents/);
    assert.match(md, /2 claims from 2 documents: 1 conflicting, 1 corroborated, 0 single-source\./);
  });
  it("marks a document's day inferred from its story", () => {
    const inferred = { ...relative, documents: [{ file: 'c.txt', title: 'Valley floods', published: '2024-05-02', publishedFrom: 'the corpus: another source on this story dated 2024-05-02' }] };
    assert.match(claimsReportMarkdown(inferred, () => undefined), /- c\\\.txt: Valley floods \(2024\\-05\\-02, inferred\)/);
  });
  it('gives each source its relative file, value and sentence, and the verdict', () => {
    assert.match(sections[0], /- a\\\.txt — \*\*twelve\*\*\n {2}> Twelve homes were evacuated\\\./);
    assert.match(sections[0], /- sub/);
    assert.match(sections[0], /Verdict: disputed — council says 14/);
    assert.match(sections[0], /\*\*Conflicting\\: homes evacuated\*\* \(2 sources\)/);
  });
  it('escapes document text', () => {
    assert.ok(!md.includes('[Fifteen](http://x)'));
    assert.ok(!md.includes('*evacuated*'));
  });
});
