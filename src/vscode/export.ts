import * as vscode from 'vscode';
import { claimsReportMarkdown } from '../core/report/markdown';
import { renameReportFiles } from '../core/report/relative';
import type { Services } from './extension';
import type { VerdictStore } from './verdicts';

/**
 * "Crosscheck: Export Claims Report": a Markdown report and, next to it, the JSON contract, with
 * file names relative to their workspace folder. `{ uri }` skips the save dialog (tests, scripts).
 */
export function registerExportReport(context: vscode.ExtensionContext, { index }: Services, verdicts: VerdictStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.exportReport', async (arg?: { uri: vscode.Uri }): Promise<vscode.Uri[] | undefined> => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target =
        arg?.uri ??
        (await vscode.window.showSaveDialog({
          title: 'Export Claims Report',
          defaultUri: folder && vscode.Uri.joinPath(folder, 'crosscheck-report.md'),
          filters: { Markdown: ['md'] },
        }));
      if (!target) return undefined;
      await index.ready;
      const report = renameReportFiles(index.corpus.report(), (file) => vscode.workspace.asRelativePath(index.uriOf(file), false));
      const markdown = claimsReportMarkdown(report, (claim) => verdicts.verdictFor(claim));
      const json = target.with({ path: target.path.replace(/(\.md)?$/i, '.json') });
      const encode = (text: string) => new TextEncoder().encode(text);
      await vscode.workspace.fs.writeFile(target, encode(markdown));
      await vscode.workspace.fs.writeFile(json, encode(`${JSON.stringify(report, null, 2)}\n`));
      if (!arg) void vscode.window.showInformationMessage(`Claims report written to ${vscode.workspace.asRelativePath(target)} and ${vscode.workspace.asRelativePath(json)}.`);
      return [target, json];
    }),
  );
}
