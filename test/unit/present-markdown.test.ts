import assert from 'node:assert/strict';
import { commandLink, escapeMarkdown } from '../../src/core/present/markdown';
import { commandLinks, hrefs, renderMarkdown } from './present-fixtures';

/** The visible text of rendered HTML (tags dropped, entities decoded). */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

const HOSTILE = [
  '**bold** _em_ `code` ~~strike~~',
  '[click](command:workbench.action.terminal.new) and [x](https://evil.example)',
  '![img](https://evil.example/a.png)',
  '<img src=x onerror=alert(1)> <a href="command:foo">a</a> <script>alert(1)</script>',
  'https://evil.example/path and www.evil.example and mail@evil.example',
  '# Heading\n- item\n1. one\n> quote\n    indented code\n---',
  '| a | b |\n|---|---|\n| c | d |',
  '&amp; &#x41; &copy; \\*escaped\\* $(zap) [ref]\n\n[ref]: command:foo',
];

describe('present: markdown escaping', () => {
  for (const text of HOSTILE) {
    it(`renders ${JSON.stringify(text.slice(0, 40))}… as its own plain text`, () => {
      const html = renderMarkdown(escapeMarkdown(text));
      assert.deepEqual(hrefs(html), [], 'no link survives');
      assert.doesNotMatch(html, /<(?!\/?p>)[a-z]/i, 'no element other than the paragraph');
      assert.equal(visibleText(html), text.replace(/\s+/g, ' ').trim());
    });
  }

  it('keeps ordinary prose readable', () => {
    assert.equal(escapeMarkdown('Ana Ruiz met officials'), 'Ana Ruiz met officials');
  });
});

describe('present: command links', () => {
  it('carries its JSON arguments intact, whatever characters a file name holds', () => {
    const args = { file: 'file:///tmp/a (draft)) ]"\'*!.txt', start: 3, end: 9 };
    const links = commandLinks(renderMarkdown(commandLink('line 2', 'crosscheck.openMention', args)));
    assert.deepEqual(links, [{ command: 'crosscheck.openMention', args }]);
  });

  it('shows the label and an escaped tooltip', () => {
    const html = renderMarkdown(commandLink('line 2', 'crosscheck.openMention', {}, 'Open "a*b".txt'));
    assert.match(html, />line 2<\/a>/);
    assert.match(html, /title="Open &quot;a\*b&quot;\.txt"/);
  });
});
