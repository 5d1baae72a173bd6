// The corpus index in a real extension host on samples/seeds: every source indexed, files created,
// changed and deleted during the run, live unsaved edits, settings. Temporary files are removed after.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../src/vscode/extension';
import { crossFileEntity, extensionApi, positionAt, removeTempFiles, TEMP_PREFIX, tempUri, waitFor, workspaceFolder, writeText } from './editorSupport';

const WATCHER_TIMEOUT_MS = 60_000;

describe('Editor: the corpus index', function () {
  this.timeout(90_000);
  let api: Services;

  before(async () => {
    api = await extensionApi();
  });
  after(removeTempFiles);

  it('indexes every text file of the workspace', async () => {
    const files = (await vscode.workspace.findFiles('**/*.txt')).map((u) => u.toString()).filter((f) => !f.includes(TEMP_PREFIX));
    assert.ok(files.length > 1);
    assert.deepEqual(api.index.corpus.files().filter((f) => !f.includes(TEMP_PREFIX)).sort(), files.sort());
  });

  it('follows a file created, changed and deleted during the run', async () => {
    const entity = crossFileEntity(api);
    const anchor = entity.mentions[0];
    const references = async () =>
      (
        await vscode.commands.executeCommand<vscode.Location[]>(
          'vscode.executeReferenceProvider',
          api.index.uriOf(anchor.file),
          await positionAt(api.index.uriOf(anchor.file), anchor.start + 1),
        )
      ).map((l) => l.uri.toString());
    const uri = tempUri('created.txt');
    const file = api.index.keyOf(uri);

    await writeText(uri, `A new report\n\n${entity.name} was mentioned here today. Later ${entity.name} left.\n`);
    await waitFor(async () => (await references()).includes(file), 'the new file among the references');

    await writeText(uri, 'Nothing to see here any more.\n');
    await waitFor(() => api.index.corpus.document(file)?.text.startsWith('Nothing') === true, 'the changed text');
    await api.index.whenIdle();
    assert.ok(!(await references()).includes(file), 'no reference into the changed file');

    await vscode.workspace.fs.delete(uri);
    await waitFor(() => !api.index.corpus.has(file), 'the deleted file to leave the corpus');
  });

  it('follows a rename without analysing the file again', async () => {
    const from = tempUri('before-rename.txt');
    const to = tempUri('after-rename.txt');
    await writeText(from, 'A short report about a renamed file.\n');
    await waitFor(() => api.index.corpus.has(api.index.keyOf(from)), 'the new file to be indexed');
    const analysis = api.index.corpus.document(api.index.keyOf(from))!;
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => api.index.corpus.has(api.index.keyOf(to)) && !api.index.corpus.has(api.index.keyOf(from)), 'the new name in the corpus');
    await api.index.whenIdle();
    assert.equal(api.index.corpus.document(api.index.keyOf(to))!.tokens, analysis.tokens, 'the same analysis, moved');
  });

  it('reflects unsaved edits live and returns to the disk text when closed without saving', async () => {
    // The web workbench saves after a delay by default; this test is about unsaved text.
    const files = () => vscode.workspace.getConfiguration('files');
    const autoSave = files().inspect('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    try {
      const disk = api.index.corpus.document(crossFileEntity(api).mentions[0].file)!.text;
      const uri = tempUri('live.txt');
      const file = api.index.keyOf(uri);
      await writeText(uri, disk);
      await waitFor(() => api.index.corpus.document(file)?.text === disk, 'the new file to be indexed');
      const editor = await vscode.window.showTextDocument(uri);
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Inserted words. '));
      await waitFor(() => api.index.corpus.document(file)?.text === `Inserted words. ${disk}`, 'the unsaved text in the corpus');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor(() => api.index.corpus.document(file)?.text === disk, 'the disk text after closing without saving');
    } finally {
      await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    }
  });

  describe('settings', () => {
    const settingsFolder = () => vscode.Uri.joinPath(workspaceFolder().uri, '.vscode');
    let hadSettingsFolder = true;

    before(async () => {
      hadSettingsFolder = await vscode.workspace.fs.stat(settingsFolder()).then(
        () => true,
        () => false,
      );
    });

    after(async () => {
      await vscode.workspace.getConfiguration('crosscheck').update('sources', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      if (!hadSettingsFolder) await vscode.workspace.fs.delete(settingsFolder(), { recursive: true, useTrash: false });
    });

    it('honours files.exclude, and re-indexes when it changes', async () => {
      const folder = tempUri('folder');
      const uri = vscode.Uri.joinPath(folder, 'inside.txt');
      await writeText(uri, 'A short report from a folder.\n');
      const file = api.index.keyOf(uri);
      // File-system events for a new folder can lag on a loaded machine: a longer wait, the same check.
      await waitFor(() => api.index.corpus.has(file), 'the file in a new folder to be indexed', WATCHER_TIMEOUT_MS);
      await vscode.workspace.getConfiguration('files').update('exclude', { [`**/${TEMP_PREFIX}-folder`]: true }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !api.index.corpus.has(file), 'the excluded file to leave the corpus');
      await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.index.corpus.has(file), 'the file to return', WATCHER_TIMEOUT_MS);
    });

    it('"Add Folder to Sources" adds the folder\'s text files to crosscheck.sources', async () => {
      const folder = tempUri('folder');
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.commands.executeCommand('crosscheck.addFolderToSources', folder);
      const sources = vscode.workspace.getConfiguration('crosscheck').inspect<string[]>('sources')?.workspaceValue ?? [];
      assert.ok(sources.includes(`${TEMP_PREFIX}-folder/**/*.txt`), JSON.stringify(sources));
    });
  });
});
