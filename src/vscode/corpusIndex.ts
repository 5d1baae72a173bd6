import * as vscode from 'vscode';
import { Corpus } from '../core/corpus';
import { decodeSource } from '../core/text/decode';

/**
 * The corpus as the editor sees it: every workspace file matched by `crosscheck.sources`,
 * read through `vscode.workspace.fs`, keyed by `uri.toString()`.
 * (Minimal version: the editor feature work adds progress, cancellation, watchers and live edits.)
 */
export class CorpusIndex implements vscode.Disposable {
  readonly corpus = new Corpus();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after the corpus changed (debounced by the index, not by listeners). */
  readonly onDidChange = this.changeEmitter.event;
  private readyPromise: Promise<void> = Promise.resolve();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Resolves when the current (re)indexing pass has finished. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  keyOf(uri: vscode.Uri): string {
    return uri.toString();
  }

  uriOf(file: string): vscode.Uri {
    return vscode.Uri.parse(file);
  }

  isSource(uri: vscode.Uri): boolean {
    return this.corpus.has(this.keyOf(uri));
  }

  reindex(): Promise<void> {
    this.readyPromise = this.indexAll();
    return this.readyPromise;
  }

  private async indexAll(): Promise<void> {
    const patterns = vscode.workspace.getConfiguration('crosscheck').get<string[]>('sources', []);
    const found = new Map<string, vscode.Uri>();
    for (const pattern of patterns) {
      for (const uri of await vscode.workspace.findFiles(pattern)) found.set(this.keyOf(uri), uri);
    }
    for (const [key, uri] of found) {
      const decoded = decodeSource(await vscode.workspace.fs.readFile(uri));
      if (decoded.ok) this.corpus.set(key, decoded.text);
      else this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${decoded.reason}`);
    }
    this.changeEmitter.fire();
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
