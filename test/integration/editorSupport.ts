// Shared by the editor integration suites: the running extension, waiting, and picking test
// positions from whatever the engine found in the workspace (never from known seed content).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../src/vscode/extension';
import type { Entity } from '../../src/core/types';

export const EXTENSION_ID = 'crosscheck.crosscheck';
/** Files the suites create in the workspace start with this and are deleted afterwards. */
export const TEMP_PREFIX = 'zz-crosscheck-editor-test';

export async function extensionApi(): Promise<Services> {
  const extension = vscode.extensions.getExtension<Services>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const api = await extension.activate();
  await api.index.whenIdle();
  return api;
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The entity mentioned in the most files (people first), which must be in more than one. */
export function crossFileEntity(api: Services): Entity {
  const files = (e: Entity) => new Set(e.mentions.map((m) => m.file)).size;
  const candidates = api.index.corpus.entities().filter((e) => files(e) > 1);
  assert.ok(candidates.length > 0, 'the engine links at least one entity across the workspace files');
  return candidates.sort((a, b) => Number(b.type === 'PERSON') - Number(a.type === 'PERSON') || files(b) - files(a))[0];
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a folder open');
  return folder;
}

export function tempUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, `${TEMP_PREFIX}-${name}`);
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Deletes whatever the suites created, whether or not the test got that far. */
export async function removeTempFiles(): Promise<void> {
  let deleted = false;
  for (const [name] of await vscode.workspace.fs.readDirectory(workspaceFolder().uri)) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, name), { recursive: true, useTrash: false });
    deleted = true;
  }
  if (!deleted) return;
  // Let the file watcher catch up: right after a watched folder is deleted, VS Code's recursive
  // watcher briefly misses events, which made the next suite's file-creation tests flaky.
  const api = await extensionApi();
  await waitFor(() => !api.index.corpus.files().some((f) => f.includes(`/${TEMP_PREFIX}`)), 'deleted test files to leave the corpus', 10_000);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

/** The editor position of a corpus offset. */
export async function positionAt(uri: vscode.Uri, offset: number): Promise<vscode.Position> {
  return (await vscode.workspace.openTextDocument(uri)).positionAt(offset);
}

/** The text an editor location covers. */
export async function textAt(location: vscode.Location): Promise<string> {
  return (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
}

/** The markdown of hover contents, whatever shape the API returns them in. */
export function hoverMarkdown(hovers: vscode.Hover[]): { value: string; content: vscode.MarkdownString | undefined }[] {
  return hovers.flatMap((h) =>
    h.contents.map((c) =>
      c instanceof vscode.MarkdownString ? { value: c.value, content: c } : { value: typeof c === 'string' ? c : c.value, content: undefined },
    ),
  );
}

/** Command links in hover markdown: the command and its (JSON, single) argument. */
export function commandLinks(markdown: string): { command: string; args: any }[] {
  return [...markdown.matchAll(/\]\(command:([\w.-]+)\?([^)\s]*)/g)].map((m) => ({
    command: m[1],
    args: JSON.parse(decodeURIComponent(m[2]))[0],
  }));
}
