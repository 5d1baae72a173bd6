// Hover cards in a real extension host on samples/seeds. Positions come from the corpus at run time.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../src/vscode/extension';
import { escapeMarkdown } from '../../src/core/present/markdown';
import { hrefs, renderMarkdown } from '../unit/present-fixtures';
import { commandLinks, crossFileEntity, extensionApi, hoverMarkdown, positionAt, removeTempFiles, tempUri, waitFor, writeText } from './editorSupport';

const OUR_COMMANDS = ['crosscheck.openMention', 'crosscheck.showAllMentions', 'crosscheck.revealInClaims'];

async function hoverAt(uri: vscode.Uri, offset: number) {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, await positionAt(uri, offset));
  return hoverMarkdown(hovers).find((h) => h.value.includes('command:crosscheck.'));
}

describe('Editor: hover cards', function () {
  this.timeout(60_000);
  let api: Services;

  before(async () => {
    api = await extensionApi();
  });
  after(removeTempFiles);

  it('on an entity mention, links its mentions in the other files', async () => {
    const entity = crossFileEntity(api);
    const here = entity.mentions[0];
    const card = await hoverAt(api.index.uriOf(here.file), here.start + 1);
    assert.ok(card, 'a Crosscheck hover card');
    assert.ok(card.value.includes(escapeMarkdown(entity.name)), 'the card names the entity');
    assert.match(card.value, new RegExp(`${entity.mentions.length} mentions? in \\d+ sources?`));
    const targets = commandLinks(card.value).filter((l) => l.command === 'crosscheck.openMention').map((l) => l.args);
    assert.ok(targets.some((t) => t.file !== here.file), 'links to another file');
    for (const t of targets) {
      assert.ok(entity.mentions.some((m) => m.file === t.file && m.start === t.start && m.end === t.end), 'each link is a mention of the entity');
    }
  });

  it('trusts only Crosscheck commands and allows no HTML', async () => {
    const here = crossFileEntity(api).mentions[0];
    const card = await hoverAt(api.index.uriOf(here.file), here.start);
    assert.ok(card?.content, 'a MarkdownString');
    assert.deepEqual(card.content.isTrusted, { enabledCommands: OUR_COMMANDS });
    assert.ok(!card.content.supportHtml);
    for (const link of commandLinks(card.value)) assert.ok(OUR_COMMANDS.includes(link.command), link.command);
  });

  it('a mention link opens the other file with the mention selected', async () => {
    const entity = crossFileEntity(api);
    const here = entity.mentions[0];
    const card = await hoverAt(api.index.uriOf(here.file), here.start);
    const target = commandLinks(card!.value).find((l) => l.command === 'crosscheck.openMention' && l.args.file !== here.file)!.args;
    await vscode.commands.executeCommand('crosscheck.openMention', target);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), target.file);
    assert.equal(editor.document.getText(editor.selection), api.index.corpus.document(target.file)!.text.slice(target.start, target.end));
  });

  it('"show all" lists every mention without error', async () => {
    const entity = crossFileEntity(api);
    const here = entity.mentions[0];
    await vscode.commands.executeCommand('crosscheck.showAllMentions', { entityId: entity.id, file: here.file, start: here.start });
  });

  it('on a date, shows its value and links the same value in other sources', async () => {
    const dated = api.index.corpus
      .documents()
      .flatMap((d) => d.dates.filter((x) => x.value).map((x) => ({ file: d.file, date: x })))
      .sort((a, b) => api.index.corpus.datesWithValue(b.date.value!).length - api.index.corpus.datesWithValue(a.date.value!).length);
    assert.ok(dated.length > 0, 'the engine resolves dates in the seed articles');
    const { file, date } = dated[0];
    const uri = api.index.uriOf(file);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, await positionAt(uri, date.start));
    const markdown = hoverMarkdown(hovers).map((h) => h.value).join('\n');
    assert.ok(markdown.includes(escapeMarkdown(date.value!)), 'the normalized value');
    const elsewhere = api.index.corpus.datesWithValue(date.value!).filter((d) => d.file !== file);
    const targets = commandLinks(markdown).filter((l) => l.command === 'crosscheck.openMention').map((l) => l.args);
    assert.equal(targets.length > 0, elsewhere.length > 0);
    for (const t of targets) assert.ok(elsewhere.some((d) => d.file === t.file && d.start === t.start), 'a mention of the same value elsewhere');
  });

  it('renders markdown, HTML and command links of a document as inert text', async () => {
    const name = crossFileEntity(api).name;
    // Each line's markup lies within the snippet context of the name on it.
    const hostile = [
      'A report with hostile markup',
      '',
      `[Quit](command:workbench.action.quit) ${name} <img src=x onerror=alert(1)> **bold**`,
      `<script>alert(1)</script> _em_ ${name} [run](command:crosscheck.openMention)`,
      '',
    ].join('\n');
    const uri = tempUri('hostile.txt');
    await writeText(uri, hostile);
    const key = api.index.keyOf(uri);
    const first = hostile.indexOf(name);
    const second = hostile.indexOf(name, first + 1);
    await waitFor(
      () => api.index.corpus.entityAt(key, first + 1) !== undefined && api.index.corpus.entityAt(key, second + 1) !== undefined,
      'the name in the new file to be recognized',
    );

    // The card on the second mention quotes the line of the first, and vice versa.
    for (const [hovered, shown] of [[second, '[Quit](command:workbench.action.quit)'], [first, '[run](command:crosscheck.openMention)']] as const) {
      const card = await hoverAt(uri, hovered + 1);
      assert.ok(card, 'a hover card in the hostile file');
      assert.ok(card.value.includes(escapeMarkdown(shown)), `the hostile text is shown, escaped: ${card.value}`);
      const html = renderMarkdown(card.value);
      for (const href of hrefs(html)) {
        assert.ok(OUR_COMMANDS.some((c) => href.startsWith(`command:${c}?`)), `only our links: ${href}`);
      }
      assert.ok(!hrefs(html).includes('command:crosscheck.openMention'), 'the document link is not a link');
      assert.doesNotMatch(html, /<(img|script)/);
      assert.doesNotMatch(html, /<strong>bold<\/strong>|<em>em<\/em>/);
      assert.ok(html.includes(shown.replace(/&/g, '&amp;')), 'the markup shows as text');
    }
  });
});
