// The Claims view in a real extension host on samples/seeds: tree rows and their sources, grouping,
// filter, source clicks, Reveal in Claims, verdicts that survive re-analysis, report export and
// conflict diagnostics. Assertions are generic: they hold for whatever claims the engine finds.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimsNode, ClaimNode, GroupNode, SourceNode } from '../../src/vscode/claimsViewTree';
import type { ClaimsView } from '../../src/vscode/claimsView';
import type { Services } from '../../src/vscode/extension';
import type { Claim, ClaimSource } from '../../src/core/types';
import { escapeMarkdown } from '../../src/core/present/markdown';

const EXTENSION_ID = 'crosscheck.crosscheck';
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Claims view', function () {
  this.timeout(60_000);
  let api: Services;
  let view: ClaimsView;
  let claims: Claim[];

  const roots = () => view.provider.getChildren() as (GroupNode | ClaimNode)[];
  const item = (node: ClaimsNode) => view.provider.getTreeItem(node);

  before(async () => {
    const extension = vscode.extensions.getExtension<Services>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    api = await extension.activate();
    assert.ok(api.claims, 'the extension exports its Claims view');
    view = api.claims;
    await api.index.whenIdle();
    await view.verdicts.ready;
    claims = api.index.corpus.claims();
    assert.ok(claims.length > 0, 'the engine finds claims in the seed articles');
  });

  afterEach(async () => {
    await view.setGrouping('none');
    view.setFilter({});
  });

  it('lists every claim once, most important first, with "K sources" and a status', () => {
    const rows = roots();
    assert.ok(rows.every((r): r is ClaimNode => r.kind === 'claim'));
    assert.deepEqual(new Set(rows.map((r) => (r as ClaimNode).claim.id)), new Set(claims.map((c) => c.id)));
    const scores = rows.map((r) => (r as ClaimNode).claim.score ?? 0);
    assert.ok(scores.every((s, i) => i === 0 || scores[i - 1] >= s), 'sorted by score');
    for (const row of rows as ClaimNode[]) {
      const treeItem = item(row);
      const files = new Set(row.claim.sources.map((s) => s.file)).size;
      assert.match(String(treeItem.description), new RegExp(`^${files} sources?`));
      assert.ok(treeItem.iconPath instanceof vscode.ThemeIcon && treeItem.iconPath.color, 'coloured status icon');
      assert.match(String(treeItem.contextValue), /^claim/);
    }
  });

  it('shows every source of a conflict as a child and side by side in the tooltip', () => {
    const conflicts = (roots() as ClaimNode[]).filter((r) => r.claim.status === 'conflict');
    assert.ok(conflicts.length > 0, 'the seed articles contain conflicting claims');
    for (const row of conflicts) {
      const children = view.provider.getChildren(row) as SourceNode[];
      assert.equal(children.length, row.claim.sources.length);
      const tooltip = item(row).tooltip as vscode.MarkdownString;
      assert.equal(tooltip.isTrusted, undefined, 'document text is never trusted markdown');
      for (const child of children) {
        assert.equal(view.provider.getParent(child), row);
        if (child.source.value) assert.ok(String(item(child).label).includes(flat(child.source.value)));
        const base = api.index.label(child.source.file).split('/').pop()!;
        assert.ok(tooltip.value.includes(escapeMarkdown(base)), `tooltip names ${base}`);
      }
    }
    assert.equal(view.view.badge?.value, conflicts.length, 'the badge counts conflicts');
  });

  it('opens a source with exactly its sentence selected when clicked', async () => {
    const row = roots()[0] as ClaimNode;
    for (const child of view.provider.getChildren(row) as SourceNode[]) {
      const command = item(child).command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), api.index.uriOf(child.source.file).toString());
      assert.equal(editor.document.offsetAt(editor.selection.start), child.source.start);
      assert.equal(editor.document.offsetAt(editor.selection.end), child.source.end);
      assert.equal(flat(editor.document.getText(editor.selection)), flat(child.source.text));
    }
  });

  it('opens all sources of a claim side by side, each with its sentence selected', async () => {
    const claim = claims.find((c) => new Set(c.sources.map((s) => s.file)).size > 1);
    assert.ok(claim, 'some claim has sources in several files');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('crosscheck.claims.openSources', { claimId: claim.id });
    const files = [...new Set(claim.sources.map((s) => s.file))];
    const uris = new Set(files.map((f) => api.index.uriOf(f).toString()));
    const editors = vscode.window.visibleTextEditors.filter((e) => uris.has(e.document.uri.toString()));
    assert.equal(new Set(editors.map((e) => e.viewColumn)).size, files.length, 'one column per file');
    for (const file of files) {
      const editor = editors.find((e) => e.document.uri.toString() === api.index.uriOf(file).toString());
      assert.ok(editor, `${api.index.label(file)} is open`);
      const first: ClaimSource = claim.sources.find((s) => s.file === file)!;
      assert.equal(editor.document.offsetAt(editor.selection.start), first.start);
      assert.equal(editor.document.offsetAt(editor.selection.end), first.end);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('copies a claim with every source sentence and value', async () => {
    const claim = claims.find((c) => c.status === 'conflict') ?? claims[0];
    await vscode.commands.executeCommand('crosscheck.claims.copy', { claimId: claim.id });
    const copied = await vscode.env.clipboard.readText();
    assert.ok(copied.startsWith(flat(claim.statement)));
    for (const source of claim.sources) {
      assert.ok(copied.includes(flat(source.text)), 'each sentence');
      if (source.value) assert.ok(copied.includes(flat(source.value)), 'each value');
    }
  });

  it('switches grouping by status, entity and document without losing claims', async () => {
    for (const grouping of ['status', 'entity', 'document'] as const) {
      await vscode.commands.executeCommand('crosscheck.claims.groupBy', grouping);
      const groups = roots() as GroupNode[];
      assert.ok(groups.length > 0 && groups.every((g) => g.kind === 'group'), grouping);
      const listed = new Set(groups.flatMap((g) => g.children.map((c) => c.claim.id)));
      assert.equal(listed.size, claims.length, `every claim appears when grouped by ${grouping}`);
      for (const group of groups) for (const child of group.children) assert.equal(view.provider.getParent(child), group);
    }
    await vscode.commands.executeCommand('crosscheck.claims.groupBy', 'status');
    for (const group of roots() as GroupNode[]) {
      assert.equal(new Set(group.children.map((c) => c.claim.status)).size, 1, `${group.label} holds one status`);
    }
  });

  it('filters by status and text, shows the filter in the description, and clears it', async () => {
    await vscode.commands.executeCommand('crosscheck.claims.filter', { status: 'conflict' });
    assert.ok((roots() as ClaimNode[]).every((r) => r.claim.status === 'conflict'));
    assert.ok(view.view.description, 'the filter is shown');
    const word = claims[0].statement.split(/\s+/).find((w) => w.length > 5) ?? claims[0].statement;
    await vscode.commands.executeCommand('crosscheck.claims.filter', { text: word });
    const shown = roots() as ClaimNode[];
    assert.ok(shown.some((r) => r.claim.id === claims[0].id));
    const haystack = (c: Claim) => [c.statement, c.topic, c.slot ?? '', ...c.sources.flatMap((s) => [s.text, s.value ?? ''])].join(' ').toLowerCase();
    assert.ok(shown.every((r) => haystack(r.claim).includes(word.toLowerCase())));
    await vscode.commands.executeCommand('crosscheck.claims.clearFilter');
    assert.equal(roots().length, claims.length);
    assert.equal(view.view.description, undefined);
  });

  it('reveals a claim by id, and the claim of the sentence under the cursor', async () => {
    const target = claims[claims.length - 1];
    await vscode.commands.executeCommand('crosscheck.claims.filter', { text: 'no claim says this 7f3a' });
    await vscode.commands.executeCommand('crosscheck.revealInClaims', { claimId: target.id });
    assert.equal((view.view.selection[0] as ClaimNode).claim.id, target.id, 'revealed even though the filter hid it');

    const source = claims[0].sources[0];
    const document = await vscode.workspace.openTextDocument(api.index.uriOf(source.file));
    const editor = await vscode.window.showTextDocument(document);
    const middle = document.positionAt((source.start + source.end) >> 1);
    editor.selection = new vscode.Selection(middle, middle);
    await vscode.commands.executeCommand('crosscheck.revealInClaims');
    const selected = view.view.selection[0] as ClaimNode;
    assert.ok(api.index.corpus.claimsAt(source.file, document.offsetAt(middle)).some((c) => c.id === selected.claim.id));
  });

  it('stores a verdict in .crosscheck/verdicts.json and re-applies it after re-analysis', async () => {
    const claim = claims.find((c) => c.sources.length > 1) ?? claims[0];
    const file = view.verdicts.fileFor(claim)!;
    const existed = await exists(file);
    const sentences = new Set(claim.sources.map((s) => flat(s.text).toLowerCase()));
    try {
      await vscode.commands.executeCommand('crosscheck.claims.markDisputed', { claimId: claim.id, note: 'integration test' });
      const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      const entry = stored.verdicts[claim.id];
      assert.equal(entry.verdict, 'disputed');
      assert.equal(entry.note, 'integration test');
      assert.ok(entry.sentences.some((s: string) => sentences.has(s)), 'anchored to the sentence texts');

      // Re-analysis with shifted offsets: a line break inserted at the top of one source (not saved).
      const sourceUri = api.index.uriOf(claim.sources[0].file);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sourceUri));
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), '\n'));
      await waitFor(() => api.index.corpus.document(claim.sources[0].file)?.text.startsWith('\n') === true, 'the edit to be analyzed');
      await api.index.whenIdle();
      const moved = api.index.corpus.claims().find((c) => c.sources.some((s) => sentences.has(flat(s.text).toLowerCase()) && s.file === claim.sources[0].file));
      assert.ok(moved, 'the claim is found again after re-analysis');
      assert.equal(view.verdicts.verdictFor(moved)?.verdict, 'disputed');
      const row = view.provider.findClaim(moved.id)!;
      assert.match(String(item(row).description), /disputed/);
      assert.equal(item(row).contextValue, 'claim.verdict');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await api.index.whenIdle();

      const current = api.index.corpus.claims().find((c) => view.verdicts.verdictFor(c))!;
      await vscode.commands.executeCommand('crosscheck.claims.clearVerdict', { claimId: current.id });
      const cleared = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      assert.equal(Object.values(cleared.verdicts).filter((v) => (v as { note?: string }).note === 'integration test').length, 0);
    } finally {
      if (!existed) await removeVerdicts(file);
    }
  });

  it('exports the Markdown report and the JSON contract with workspace-relative files', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const markdown = vscode.Uri.joinPath(folder, 'crosscheck-report.test.md');
    const json = vscode.Uri.joinPath(folder, 'crosscheck-report.test.json');
    try {
      await vscode.commands.executeCommand('crosscheck.exportReport', { uri: markdown });
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown));
      const report = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)));
      assert.equal(report.version, 1);
      assert.equal(report.claims.length, claims.length);
      assert.equal(text.match(/^## \d+\. /gm)?.length, claims.length, 'a section per claim');
      const statuses = report.claims.map((c: Claim) => c.status);
      const files: string[] = [...report.documents.map((d: { file: string }) => d.file), ...report.claims.flatMap((c: Claim) => c.sources.map((s) => s.file))];
      assert.ok(files.every((f) => !/^[a-z-]+:|^\//.test(f)), `relative paths: ${files.slice(0, 3).join(', ')}`);
      const firstConflict = text.indexOf('**Conflicting');
      if (statuses.includes('conflict')) assert.ok(firstConflict >= 0 && firstConflict < (text.indexOf('**Corroborated') >>> 0) && firstConflict < (text.indexOf('**Single source') >>> 0), 'conflicts first');
    } finally {
      for (const uri of [markdown, json]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('shows conflicts as Information diagnostics only while the setting is on', async () => {
    const config = vscode.workspace.getConfiguration('crosscheck.claims');
    const ours = () => vscode.languages.getDiagnostics().flatMap(([, list]) => list.filter((d) => d.source === 'Crosscheck' && claims.some((c) => c.id === d.code)));
    assert.equal(ours().length, 0, 'off by default');
    try {
      await config.update('showDiagnostics', true, vscode.ConfigurationTarget.Global);
      const expected = claims.filter((c) => c.status === 'conflict').reduce((n, c) => n + c.sources.length, 0);
      await waitFor(() => ours().length === expected, `${expected} diagnostics`);
      assert.ok(ours().every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    } finally {
      await config.update('showDiagnostics', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => ours().length === 0, 'diagnostics to be removed');
  });

  /**
   * Removes the verdicts file this test created, then its folder. Each step waits for the file
   * watchers: right after a watched folder is deleted, VS Code's recursive watcher briefly misses
   * events, which made a later suite's file-creation test flaky.
   */
  async function removeVerdicts(file: vscode.Uri): Promise<void> {
    const reloaded = new Promise<void>((resolve) => {
      const listener = view.verdicts.onDidChange(() => (listener.dispose(), resolve()));
    });
    await vscode.workspace.fs.delete(file);
    await Promise.race([reloaded, delay(5000)]);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true });
    await delay(1000);
  }
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await delay(100);
  }
}
