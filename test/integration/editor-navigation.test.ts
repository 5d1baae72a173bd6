// Go to Definition, references, highlights, outline, workspace symbols and the Entities view in a
// real extension host on samples/seeds. Expectations are derived from the corpus at run time.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../src/vscode/extension';
import type { Entity } from '../../src/core/types';
import { crossFileEntity, extensionApi, positionAt, textAt } from './editorSupport';

const key = (l: vscode.Location) => `${l.uri.toString()}#${l.range.start.line}:${l.range.start.character}`;

describe('Editor: navigation', function () {
  this.timeout(60_000);
  let api: Services;
  let entity: Entity;

  before(async () => {
    api = await extensionApi();
    entity = crossFileEntity(api);
  });

  const at = async (mention = entity.mentions[0]) => ({
    uri: api.index.uriOf(mention.file),
    position: await positionAt(api.index.uriOf(mention.file), mention.start + 1),
  });

  it('Find All References lists every mention of the entity across files', async () => {
    const { uri, position } = await at();
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position);
    assert.equal(new Set(refs.map(key)).size, entity.mentions.length);
    assert.deepEqual(new Set(refs.map((l) => l.uri.toString())), new Set(entity.mentions.map((m) => m.file)));
    for (const ref of refs) {
      const offset = (await vscode.workspace.openTextDocument(ref.uri)).offsetAt(ref.range.start);
      const mention = entity.mentions.find((m) => m.file === ref.uri.toString() && m.start === offset);
      assert.equal(await textAt(ref), mention?.text, 'each reference covers a mention');
    }
  });

  it('Go to Definition lands on a full-name mention of the entity', async () => {
    const { uri, position } = await at(entity.mentions[entity.mentions.length - 1]);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
    assert.equal(defs.length, 1);
    const def = defs[0] instanceof vscode.Location ? defs[0] : new vscode.Location(defs[0].targetUri, defs[0].targetRange);
    const text = await textAt(def);
    assert.ok(entity.mentions.some((m) => m.file === def.uri.toString() && m.text === text), 'a mention of the entity');
    if (entity.mentions.some((m) => m.text === entity.name)) assert.equal(text, entity.name);
  });

  it('highlights the mentions of the entity under the cursor in this file', async () => {
    const { uri, position } = await at();
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, position);
    const inFile = entity.mentions.filter((m) => m.file === uri.toString());
    assert.equal(highlights.length, inFile.length);
  });

  it('outlines the entities, dates and claims of a file', async () => {
    const file = entity.mentions[0].file;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', api.index.uriOf(file));
    const entities = symbols.find((s) => s.name === 'Entities');
    assert.ok(entities, 'an Entities group');
    const expected = new Set(api.index.corpus.mentionsIn(file).map((h) => h.entity.name.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(new Set(entities.children.map((c) => c.name)), expected);
    const dates = api.index.corpus.document(file)!.dates;
    assert.equal(symbols.find((s) => s.name === 'Dates')?.children.length ?? 0, dates.length);
    const claims = api.index.corpus.claims().flatMap((c) => c.sources).filter((s) => s.file === file);
    assert.equal(symbols.find((s) => s.name === 'Claims')?.children.length ?? 0, claims.length);
  });

  it('workspace symbols find an entity by any of its names', async () => {
    for (const alias of [entity.name, ...entity.aliases].slice(0, 3)) {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', alias);
      const hit = symbols.find((s) => s.name.startsWith(entity.name));
      assert.ok(hit, `"${alias}" finds ${entity.name}`);
      assert.ok(entity.mentions.some((m) => m.file === hit.location.uri.toString()));
    }
  });

  it('the Entities view groups entities by kind, most mentioned first, down to each mention', () => {
    const tree = api.entities!;
    const groups = tree.getChildren();
    assert.ok(groups.length > 0);
    for (const group of groups) {
      const entities = tree.getChildren(group);
      const counts = entities.map((e) => (e.type === 'entity' ? e.entity.mentions.length : 0));
      assert.ok(counts.every((c, i) => i === 0 || counts[i - 1] >= c), 'sorted by mention count');
    }
    const node = tree.nodeOf(entity.id, entity.mentions[0])!;
    assert.equal(node.type, 'mention', 'the mention has a row');
    const item = tree.getTreeItem(node);
    assert.equal(item.command?.command, 'crosscheck.openMention');
    const chain = [];
    for (let n: ReturnType<typeof tree.getParent> = node; n; n = tree.getParent(n)) chain.push(n.type);
    assert.deepEqual(chain, ['mention', 'file', 'entity', 'group']);
    const entityNode = tree.nodeOf(entity.id)!;
    const files = new Set(entity.mentions.map((m) => m.file)).size;
    assert.match(String(tree.getTreeItem(entityNode).description), new RegExp(`^${entity.mentions.length} mentions · ${files} sources$`));
  });

  it('Reveal in Entities and Toggle Highlights run', async () => {
    const { uri, position } = await at();
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('crosscheck.revealInEntities');
    const config = () => vscode.workspace.getConfiguration('crosscheck.highlight');
    const before = config().get<boolean>('enabled');
    await vscode.commands.executeCommand('crosscheck.toggleHighlights');
    assert.equal(config().get<boolean>('enabled'), !before);
    await vscode.commands.executeCommand('crosscheck.toggleHighlights');
    assert.equal(config().get<boolean>('enabled'), before);
  });
});
