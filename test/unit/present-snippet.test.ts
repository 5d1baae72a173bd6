import assert from 'node:assert/strict';
import { snippetLabel, snippetMarkdown, snippetOf } from '../../src/core/present/snippet';
import { doc, renderMarkdown } from './present-fixtures';

describe('present: snippets', () => {
  const text = 'Headline here\r\nThe minister Ana Ruiz arrived in Lisbon on a long and very rainy Monday morning after a delayed flight.\nEnd.';
  const d = doc('a.txt', text);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('gives the 0-based line of the mention (CR LF is one break)', () => {
    assert.equal(snippetOf(d, at('Ana Ruiz')).line, 1);
    assert.equal(snippetOf(d, at('End')).line, 2);
  });

  it('keeps context within the line, cut at word breaks with an ellipsis', () => {
    const s = snippetOf(d, at('Lisbon'), 20);
    assert.equal(s.match, 'Lisbon');
    assert.ok(s.before.startsWith('…') && s.after.endsWith('…'), JSON.stringify(s));
    assert.ok(!s.before.includes('\n') && !s.after.includes('\n'));
    assert.ok(text.includes(s.before.replace('…', '').trimStart()) && s.before.length <= 22);
    assert.ok(text.includes(s.after.replace('…', '')));
  });

  it('does not cross into the previous or next line', () => {
    const s = snippetOf(d, at('The minister'));
    assert.equal(s.before, '');
    assert.equal(snippetOf(d, at('End')).after, '.');
  });

  it('bolds the mention and escapes the rest in markdown', () => {
    const evil = doc('b.txt', 'See [x](command:foo) said *Ana Ruiz* today');
    const html = renderMarkdown(snippetMarkdown(snippetOf(evil, { start: 27, end: 35 })));
    assert.match(html, /<strong>Ana Ruiz<\/strong>/);
    assert.doesNotMatch(html, /<a /);
  });

  it('gives a plain label with the mention highlighted for tree rows', () => {
    const { label, highlight } = snippetLabel(snippetOf(d, at('Ana Ruiz'), 12));
    assert.equal(label.slice(...highlight), 'Ana Ruiz');
  });
});
