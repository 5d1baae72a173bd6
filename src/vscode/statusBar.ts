import * as vscode from 'vscode';
import type { Services } from './extension';
import { plural } from '../core/present/kinds';

/** "Crosscheck: 5 sources · 43 entities · 12 conflicts"; while indexing, how far it got. Opens the Claims view. */
export function activateStatusBar(context: vscode.ExtensionContext, { index }: Services): void {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Crosscheck';
  item.command = { title: 'Show Claims', command: 'crosscheck.claims.focus' };
  const update = () => {
    const progress = index.progress;
    if (progress) {
      item.text = `$(sync~spin) Crosscheck: indexing ${progress.done}/${progress.total}`;
      item.tooltip = 'Crosscheck is reading the source files. Click to open the Claims view.';
    } else {
      const { corpus } = index;
      const conflicts = corpus.claims().filter((c) => c.status === 'conflict').length;
      item.text = `$(checklist) Crosscheck: ${[
        plural(corpus.files().length, 'source'),
        plural(corpus.entities().length, 'entity', 'entities'),
        plural(conflicts, 'conflict'),
      ].join(' · ')}`;
      item.tooltip = 'Crosscheck corpus. Click to open the Claims view.';
    }
    item.show();
  };
  update();
  context.subscriptions.push(item, index.onDidChange(update), index.onDidChangeProgress(update));
}
