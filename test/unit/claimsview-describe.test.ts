import assert from 'node:assert/strict';
import { claimAsText, claimDescription, claimTooltip, sourceDescription, sourceLabel } from '../../src/core/claims-view/describe';
import { escapeMarkdown } from '../../src/core/present/markdown';
import { shorten } from '../../src/core/text/format';
import { claim, source } from './claimsview-fixtures';

const name = (f: string) => `news/${f}`;
const conflict = claim('c1', {
  statement: 'Turnout was 61 percent.',
  status: 'conflict',
  slot: 'turnout',
  sources: [source('one.txt', 'Turnout was 61 percent.', '61 percent'), source('two.txt', 'Turnout\nreached 58%.', '58%'), source('two.txt', 'About 58% voted.', '58%')],
});

describe('claims view: markdown escaping', () => {
  it('neutralises links, html, emphasis, tables and code in document text', () => {
    const hostile = '[click](command:workbench.action.quit) <img src=x> *bold* a|b `code`';
    const escaped = escapeMarkdown(hostile);
    assert.ok(!/(^|[^\\])[[\]<>*|`]/.test(escaped), escaped);
    assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile, 'only escapes are added');
  });
  it('keeps a sentence starting with a number or hash from becoming a list or heading', () => {
    assert.equal(escapeMarkdown('2025. A year'), '2025\\. A year');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
  });
  it('shortens at a word boundary', () => {
    assert.equal(shorten('alpha beta gamma delta', 18), 'alpha beta gamma…');
    assert.equal(shorten('short', 12), 'short');
  });
});

describe('claims view: rows and tooltips', () => {
  it('counts distinct source documents', () => {
    assert.equal(claimDescription(conflict), '2 sources');
    assert.equal(claimDescription(conflict, { verdict: 'disputed', statement: '', sentences: [], updated: '' }), '2 sources · disputed');
  });
  it('labels a source with the value it gives, then its file name and sentence', () => {
    assert.equal(sourceLabel(conflict.sources[1], name), '58%');
    assert.equal(sourceDescription(conflict.sources[1], name), 'two.txt · Turnout reached 58%.');
    const plain = source('x/y.txt', 'No value here.');
    assert.equal(sourceLabel(plain, (f) => f), 'y.txt');
    assert.equal(sourceDescription(plain, (f) => f), 'No value here.');
  });
  it('shows every source with its value side by side in the tooltip', () => {
    const md = claimTooltip(conflict, name);
    assert.match(md, /Conflicting\\: turnout/);
    const rows = md.split('\n').filter((l) => l.startsWith('| news\\/'));
    assert.equal(rows.length, 3);
    assert.ok(rows[0].includes('61 percent') && rows[1].includes('58\\%'));
    assert.ok(!md.includes('Turnout\nreached'), 'sentences are on one line');
  });
  it('copies the claim with each source, its value and sentence', () => {
    const text = claimAsText(conflict, name, { verdict: 'verified', note: 'checked the register', statement: '', sentences: [], updated: '' });
    assert.match(text, /^Turnout was 61 percent\.\nStatus: Conflicting: turnout \(2 sources\)\nVerdict: verified — checked the register\n/);
    assert.ok(text.includes('- news/two.txt (58%): "Turnout reached 58%."'));
  });
});
