import * as vscode from 'vscode';
import type { Services } from './extension';

/**
 * "Crosscheck: Add Folder to Sources": appends `<folder>/**` + `/*.txt` (relative to its workspace
 * folder) to `crosscheck.sources` in the workspace settings. The index re-reads on the settings change.
 */
export function activateAddFolderToSources(context: vscode.ExtensionContext, { index }: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.addFolderToSources', async (picked?: vscode.Uri) => {
      const folderUri = picked ?? (await pickFolder());
      if (!folderUri) return;
      const workspaceFolder = vscode.workspace.getWorkspaceFolder(folderUri);
      if (!workspaceFolder) {
        void vscode.window.showWarningMessage('Crosscheck: choose a folder inside the workspace.');
        return;
      }
      const relative = folderUri.path.slice(workspaceFolder.uri.path.replace(/\/$/, '').length + 1);
      const pattern = relative ? `${relative}/**/*.txt` : '**/*.txt';
      const config = vscode.workspace.getConfiguration('crosscheck', workspaceFolder);
      const current = config.get<string[]>('sources', []);
      if (current.includes(pattern)) {
        void vscode.window.showInformationMessage(`Crosscheck: ${pattern} is already a source pattern.`);
        return;
      }
      const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
      await config.update(
        'sources',
        [...current, pattern],
        multiRoot ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace,
      );
      await index.ready;
      void vscode.window.showInformationMessage(`Crosscheck: added ${pattern} to the sources.`);
    }),
  );
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Add to Crosscheck Sources',
  });
  return picked?.[0];
}
