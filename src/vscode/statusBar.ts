import * as vscode from 'vscode';
import type { Services } from './extension';
import { plural } from '../core/present/kinds';

/** Claims are computed this long after the corpus settles, if nothing else asked for them first. */
const CLAIMS_AFTER_MS = 1000;

/** "Crosscheck: 5 sources · 43 entities · 12 conflicts"; while indexing, how far it got. Opens the Claims view. */
export function activateStatusBar(context: vscode.ExtensionContext, { index }: Services): void {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Crosscheck';
  item.command = { title: 'Show Claims', command: 'crosscheck.claims.focus' };
  let claimsLater: NodeJS.Timeout | undefined;
  const update = () => {
    clearTimeout(claimsLater);
    const progress = index.progress;
    if (progress) {
      item.text = `$(sync~spin) Crosscheck: indexing ${progress.done}/${progress.total}`;
      item.tooltip = 'Crosscheck is reading the source files. Click to open the Claims view.';
    } else {
      const { corpus } = index;
      const parts = [plural(corpus.files().length, 'source'), plural(corpus.entities().length, 'entity', 'entities')];
      if (corpus.claimsReady) {
        parts.push(plural(corpus.claims().filter((c) => c.status === 'conflict').length, 'conflict'));
      } else {
        // Claims are the costly part: compute them once edits pause, not on every keystroke.
        claimsLater = setTimeout(() => {
          corpus.claims();
          update();
        }, CLAIMS_AFTER_MS);
      }
      item.text = `$(checklist) Crosscheck: ${parts.join(' · ')}`;
      item.tooltip = 'Crosscheck corpus. Click to open the Claims view.';
    }
    item.show();
  };
  update();
  context.subscriptions.push(item, index.onDidChange(update), index.onDidChangeProgress(update), {
    dispose: () => clearTimeout(claimsLater),
  });
}
