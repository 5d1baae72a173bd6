// The foundation in a real extension host, with samples/seeds open: the Source Text language,
// activation, the foundation's commands and the Crosscheck views.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'crosscheck.crosscheck';

describe('Foundation', () => {
  let seedFile: vscode.Uri;

  before(async () => {
    const files = await vscode.workspace.findFiles('**/*.txt');
    assert.ok(files.length > 0, 'the tests open samples/seeds, which holds .txt articles');
    [seedFile] = files.sort((a, b) => a.path.localeCompare(b.path));
  });

  it('opens an article from a seeds folder as Source Text', async () => {
    const document = await vscode.workspace.openTextDocument(seedFile);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'sourcetext');
  });

  it('activates once a Source Text file is open', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded as the extension under development`);
    await vscode.workspace.openTextDocument(seedFile);
    await waitFor(() => extension.isActive, 'the extension to activate');
  });

  it('registers the foundation commands, which run', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of ['crosscheck.showOutput', 'crosscheck.reindex']) {
      assert.ok(registered.has(command), `${command} is registered`);
    }
    await vscode.commands.executeCommand('crosscheck.reindex');
    await vscode.commands.executeCommand('crosscheck.showOutput');
  });

  it('contributes the Crosscheck container with the Claims and Entities views', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.crosscheck');
    // VS Code registers `<view id>.focus` for every contributed view, and it fails for unknown views.
    await vscode.commands.executeCommand('crosscheck.claims.focus');
    await vscode.commands.executeCommand('crosscheck.entities.focus');
  });
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
