import * as vscode from 'vscode';
import type { Services } from './extension';
import type { CorpusIndex } from './corpusIndex';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/present/kinds';
import { highlightsOf } from '../core/present/highlights';

const DEBOUNCE_MS = 50;

/** Theme colours `crosscheck.<kind>Background` / `crosscheck.<kind>Border` (contributed in package.json). */
function decorationType(kind: HighlightKind): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`crosscheck.${kind}Background`),
    borderColor: new vscode.ThemeColor(`crosscheck.${kind}Border`),
    borderStyle: 'solid',
    borderWidth: '0 0 1px 0',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/**
 * Entity and date highlights in every visible corpus editor: one decoration type per kind, one
 * `setDecorations` call per type per editor, debounced; editors of files that left the corpus are cleared.
 */
export class Highlighter implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>(
    HIGHLIGHT_KINDS.map((k) => [k, decorationType(k)]),
  );
  private readonly decorated = new WeakSet<vscode.TextEditor>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly index: CorpusIndex) {}

  /** Re-applies the highlights of all visible editors soon (coalescing bursts of events). */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(), DEBOUNCE_MS);
  }

  apply(): void {
    this.timer = undefined;
    const config = vscode.workspace.getConfiguration('crosscheck.highlight');
    const enabled = config.get<boolean>('enabled', true);
    for (const editor of vscode.window.visibleTextEditors) {
      const source = enabled && this.index.isSource(editor.document.uri);
      if (!source) {
        if (this.decorated.has(editor)) this.clear(editor);
        continue;
      }
      this.index.sync(editor.document);
      const file = this.index.keyOf(editor.document.uri);
      const spans = highlightsOf(this.index.corpus, file);
      for (const [kind, type] of this.types) {
        const ranges = config.get<boolean>(kind, true)
          ? spans.get(kind)!.map((s) => new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end)))
          : [];
        editor.setDecorations(type, ranges);
      }
      this.decorated.add(editor);
    }
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.decorated.delete(editor);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const type of this.types.values()) type.dispose();
  }
}

export function activateDecorations(context: vscode.ExtensionContext, { index }: Services): void {
  const highlighter = new Highlighter(index);
  const schedule = () => highlighter.schedule();
  context.subscriptions.push(
    highlighter,
    index.onDidChange(schedule),
    vscode.window.onDidChangeVisibleTextEditors(schedule),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('crosscheck.highlight') && schedule()),
    vscode.commands.registerCommand('crosscheck.toggleHighlights', async () => {
      const config = vscode.workspace.getConfiguration('crosscheck.highlight');
      // Flip the value where it is set, so a workspace setting does not hide the change.
      const target =
        config.inspect('enabled')?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
      await config.update('enabled', !config.get<boolean>('enabled', true), target);
    }),
  );
  schedule();
}
