import * as vscode from 'vscode';
import { Corpus } from '../core/corpus';
import { decodeSource } from '../core/text/decode';
import { SourceFilter } from '../core/sources/glob';

/** How far the current indexing pass has got. */
export interface IndexProgress {
  done: number;
  total: number;
}

const EDIT_DEBOUNCE_MS = 300;
const FILE_EVENT_DEBOUNCE_MS = 100;
const CHANGE_DEBOUNCE_MS = 100;
/** A pass that takes longer than this shows a (cancellable) progress notification. */
const NOTIFY_AFTER_MS = 1000;

/**
 * The corpus as the editor sees it: every workspace file matched by `crosscheck.sources` (minus
 * `files.exclude`), read through `vscode.workspace.fs`, keyed by `uri.toString()`. Open documents
 * count with their editor text, so unsaved edits show live; closing one returns to the disk text.
 * All reads and writes of the corpus go through one queue, so a late disk read never overwrites a
 * newer text.
 */
export class CorpusIndex implements vscode.Disposable {
  readonly corpus = new Corpus();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after the corpus changed (debounced by the index, not by listeners). */
  readonly onDidChange = this.changeEmitter.event;
  private readonly progressEmitter = new vscode.EventEmitter<IndexProgress | undefined>();
  /** Fires as an indexing pass advances, and with `undefined` when it ends. */
  readonly onDidChangeProgress = this.progressEmitter.event;

  private readyPromise: Promise<void> = Promise.resolve();
  private pass: vscode.CancellationTokenSource | undefined;
  private passProgress: IndexProgress | undefined;
  private filters = new Map<string, SourceFilter>();
  /** One watcher per workspace folder, by folder URI; kept across re-indexing (see `configure`). */
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly disposables: vscode.Disposable[] = [];
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  private readonly pendingFiles = new Map<string, NodeJS.Timeout>();
  private changeTimer: NodeJS.Timeout | undefined;
  private changedDuringPass = false;
  private notifiedProblem = false;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      this.changeEmitter,
      this.progressEmitter,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['crosscheck.sources', 'crosscheck.maxFileSizeKB', 'files.exclude'].some((s) => e.affectsConfiguration(s))) {
          void this.reindex();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reindex()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.editLater(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.opened(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.workspace.onDidRenameFiles((e) => this.renamed(e.files)),
    );
  }

  /** Resolves when the current (re)indexing pass has finished. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  /** The running pass, or undefined when none runs. */
  get progress(): IndexProgress | undefined {
    return this.passProgress;
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

  /** How a corpus file is named to the reader: its workspace-relative path. */
  label(file: string): string {
    return vscode.workspace.asRelativePath(this.uriOf(file), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  /** Applies a pending live edit of `document` now, so offsets in it match the corpus. */
  sync(document: vscode.TextDocument): void {
    const key = this.keyOf(document.uri);
    const timer = this.pendingEdits.get(key);
    if (!timer) return;
    clearTimeout(timer);
    this.pendingEdits.delete(key);
    this.setText(document.uri, document.getText());
  }

  /** Resolves once no pass, read, edit or change notification is pending (tests wait on it). */
  async whenIdle(): Promise<void> {
    for (;;) {
      await this.readyPromise;
      await this.queue;
      if (!this.pass && this.queued === 0 && !this.pendingEdits.size && !this.pendingFiles.size && !this.changeTimer) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Re-reads the settings and every source; unchanged texts are not analyzed again. */
  reindex(): Promise<void> {
    this.pass?.cancel();
    const pass = new vscode.CancellationTokenSource();
    this.pass = pass;
    this.configure();
    this.readyPromise = this.indexAll(pass.token).finally(() => {
      if (this.pass === pass) {
        this.pass = undefined;
        this.setProgress(undefined);
        if (this.changedDuringPass) this.changed();
      }
      pass.dispose();
    });
    const notify = setTimeout(() => this.showProgress(pass, this.readyPromise), NOTIFY_AFTER_MS);
    void this.readyPromise.finally(() => clearTimeout(notify));
    return this.readyPromise;
  }

  private configure(): void {
    this.filters.clear();
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const folder of folders) {
      const sources = vscode.workspace.getConfiguration('crosscheck', folder).get<string[]>('sources', []);
      const exclude = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude', {});
      this.filters.set(folder.uri.toString(), new SourceFilter(sources, exclude, folder.uri.path));
    }
    // Watchers do not depend on the settings, and a new one takes a moment to start reporting:
    // recreating them on every settings change would miss files created meanwhile.
    const current = new Set(folders.map((f) => f.uri.toString()));
    for (const [key, watcher] of this.watchers) {
      if (!current.has(key)) (watcher.dispose(), this.watchers.delete(key));
    }
    for (const folder of folders) {
      if (this.watchers.has(folder.uri.toString())) continue;
      // One watcher per folder: a deleted folder is reported only as itself, which no file pattern matches.
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
      watcher.onDidCreate((uri) => (this.accepts(uri) ? this.fileLater(uri) : this.folderLater(uri)));
      watcher.onDidChange((uri) => this.fileLater(uri));
      watcher.onDidDelete((uri) => this.removeUnder(uri));
      this.watchers.set(folder.uri.toString(), watcher);
    }
  }

  /** Whether `uri` belongs to the corpus by the settings (whether or not it is indexed yet). */
  private accepts(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const filter = folder && this.filters.get(folder.uri.toString());
    if (!filter) return false;
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return filter.accepts(relative);
  }

  private async indexAll(token: vscode.CancellationToken): Promise<void> {
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const pattern of this.filters.get(folder.uri.toString())?.patterns ?? []) {
        // No exclude argument: `files.exclude` applies.
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), undefined, undefined, token);
        for (const uri of uris) found.set(this.keyOf(uri), uri);
      }
    }
    if (token.isCancellationRequested) return;
    await this.serial(async () => {
      for (const file of this.corpus.files()) if (!found.has(file)) this.remove(file);
    });
    const progress: IndexProgress = { done: 0, total: found.size };
    this.setProgress(progress);
    const started = performance.now();
    for (const uri of found.values()) {
      if (token.isCancellationRequested) {
        this.log.info(`Indexing cancelled after ${progress.done} of ${progress.total} files.`);
        return;
      }
      await this.serial(() => this.load(uri));
      progress.done++;
      this.setProgress(progress);
      // Let the editor breathe between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.log.info(`Indexed ${progress.total} source files in ${Math.round(performance.now() - started)} ms.`);
  }

  private showProgress(pass: vscode.CancellationTokenSource, done: Promise<void>): void {
    if (this.pass !== pass) return;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Crosscheck: indexing sources', cancellable: true },
      (report, token) => {
        token.onCancellationRequested(() => pass.cancel());
        let reported = 0;
        const listener = this.onDidChangeProgress((p) => {
          if (!p || p.total === 0) return;
          const percent = (100 * p.done) / p.total;
          report.report({ message: `${p.done} of ${p.total} files`, increment: percent - reported });
          reported = percent;
        });
        return done.finally(() => listener.dispose());
      },
    );
  }

  private setProgress(progress: IndexProgress | undefined): void {
    this.passProgress = progress && { ...progress };
    this.progressEmitter.fire(this.passProgress);
  }

  /** Runs corpus mutations one at a time, in the order they were asked for. */
  private serial(task: () => Promise<void> | void): Promise<void> {
    this.queued++;
    const run = this.queue.then(task).catch((error) => this.log.error('Indexing failed', error));
    this.queue = run.finally(() => this.queued--);
    return this.queue;
  }

  /** Reads one source: the open editor's text when there is one, else the file. */
  private async load(uri: vscode.Uri, fromDisk = false): Promise<void> {
    const key = this.keyOf(uri);
    const open = fromDisk ? undefined : vscode.workspace.textDocuments.find((d) => this.keyOf(d.uri) === key);
    if (open) {
      this.setText(uri, open.getText());
      return;
    }
    const maxBytes = vscode.workspace.getConfiguration('crosscheck').get<number>('maxFileSizeKB', 2048) * 1024;
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return;
      if (stat.size > maxBytes) {
        this.problem(uri, `skipped: ${Math.ceil(stat.size / 1024)} KB is over crosscheck.maxFileSizeKB (${maxBytes / 1024} KB)`);
        this.remove(key);
        return;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        // Deleted while we were getting to it.
        this.remove(key);
        return;
      }
      this.problem(uri, `unreadable: ${(error as Error).message}`);
      this.remove(key);
      return;
    }
    const decoded = decodeSource(bytes, maxBytes);
    if (!decoded.ok) {
      this.problem(uri, `skipped: ${decoded.reason}`);
      this.remove(key);
      return;
    }
    if (decoded.encoding === 'windows-1252') this.problem(uri, 'not valid UTF-8; read as Windows-1252', 'warn');
    this.setText(uri, decoded.text);
  }

  private setText(uri: vscode.Uri, text: string): void {
    const before = this.corpus.version;
    try {
      this.corpus.set(this.keyOf(uri), text);
    } catch (error) {
      this.problem(uri, `analysis failed: ${(error as Error).stack ?? String(error)}`);
      this.remove(this.keyOf(uri));
    }
    if (this.corpus.version !== before) this.changed();
  }

  private remove(file: string): void {
    if (this.corpus.delete(file)) this.changed();
  }

  /** A file, or a folder with everything in it, is gone. */
  private removeUnder(uri: vscode.Uri): void {
    const key = this.keyOf(uri);
    void this.serial(() => {
      for (const file of this.corpus.files()) if (file === key || file.startsWith(`${key}/`)) this.remove(file);
    });
  }

  private fileLater(uri: vscode.Uri): void {
    if (!this.accepts(uri)) return;
    const key = this.keyOf(uri);
    clearTimeout(this.pendingFiles.get(key));
    this.pendingFiles.set(
      key,
      setTimeout(() => {
        this.pendingFiles.delete(key);
        void this.serial(() => this.load(uri));
      }, FILE_EVENT_DEBOUNCE_MS),
    );
  }

  /**
   * A folder created with files in it: the watcher may report only the folder when its files come
   * too soon after it for a watch on it to start, so its files are looked up once it settles.
   */
  private folderLater(uri: vscode.Uri): void {
    setTimeout(() => void this.scanFolder(uri), FILE_EVENT_DEBOUNCE_MS);
  }

  private async scanFolder(uri: vscode.Uri): Promise<void> {
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return;
      for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'))) if (this.accepts(file)) this.fileLater(file);
    } catch {
      // Gone again before it settled: nothing to index.
    }
  }

  private editLater(document: vscode.TextDocument): void {
    const key = this.keyOf(document.uri);
    if (!this.corpus.has(key) && !this.accepts(document.uri)) return;
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        void this.serial(() => this.setText(document.uri, document.getText()));
      }, EDIT_DEBOUNCE_MS),
    );
  }

  /** A document restored with unsaved changes counts with its editor text. */
  private opened(document: vscode.TextDocument): void {
    const indexed = this.corpus.document(this.keyOf(document.uri));
    if (indexed && indexed.text !== document.getText()) this.editLater(document);
  }

  /** Closing an editor (saved or not) returns the source to the text on disk. */
  private closed(document: vscode.TextDocument): void {
    const key = this.keyOf(document.uri);
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.delete(key);
    if (this.corpus.has(key)) void this.serial(() => this.load(document.uri, true));
  }

  private renamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): void {
    void this.serial(() => {
      for (const { oldUri, newUri } of files) {
        const from = this.keyOf(oldUri);
        for (const file of this.corpus.files()) {
          if (file !== from && !file.startsWith(`${from}/`)) continue;
          const to = this.uriOf(`${this.keyOf(newUri)}${file.slice(from.length)}`);
          if (this.accepts(to)) this.corpus.rename(file, this.keyOf(to));
          else this.corpus.delete(file);
          this.changed();
        }
      }
    });
  }

  private problem(uri: vscode.Uri, reason: string, level: 'warn' | 'error' = 'error'): void {
    const message = `${vscode.workspace.asRelativePath(uri)}: ${reason}`;
    this.log[level](message);
    if (this.notifiedProblem) return;
    this.notifiedProblem = true;
    void vscode.window
      .showWarningMessage(`Crosscheck: ${message}. Other problems, if any, are in the Crosscheck log.`, 'Show Log')
      .then((choice) => choice && this.log.show());
  }

  /** Notes a change; listeners hear of it once things settle (and once at the end of a pass). */
  private changed(): void {
    if (this.pass) {
      this.changedDuringPass = true;
      return;
    }
    this.changedDuringPass = false;
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changeEmitter.fire();
    }, CHANGE_DEBOUNCE_MS);
  }

  dispose(): void {
    this.pass?.cancel();
    for (const timer of [...this.pendingEdits.values(), ...this.pendingFiles.values(), this.changeTimer]) clearTimeout(timer);
    for (const d of [...this.watchers.values(), ...this.disposables]) d.dispose();
  }
}
