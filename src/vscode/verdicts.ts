import * as vscode from 'vscode';
import type { Claim } from '../core/types';
import {
  emptyVerdicts,
  matchVerdicts,
  parseVerdicts,
  serializeVerdicts,
  withVerdict,
  withoutVerdict,
  type Verdict,
  type VerdictFile,
  type VerdictKind,
} from '../core/claims-view/verdicts';
import type { Services } from './extension';

const relativePath = '.crosscheck/verdicts.json';

interface FolderVerdicts {
  file: VerdictFile;
  /** False when the file exists but could not be read: then it is never overwritten. */
  writable: boolean;
}

/**
 * Readers' verdicts on claims, one `.crosscheck/verdicts.json` per workspace folder. A claim's
 * verdict lives in the folder of its first source. Edits outside (git checkout, a teammate's
 * change) are picked up by a file watcher.
 */
export class VerdictStore implements vscode.Disposable {
  private folders = new Map<string, FolderVerdicts>();
  private matches: { version: number; byClaim: Map<string, Verdict> } | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  /** Reads and writes run one at a time, so a reload never overtakes a write. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  readonly ready: Promise<void>;

  constructor(private readonly services: Services) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${relativePath}`);
    const reload = () => void this.serialized(() => this.load());
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
    this.ready = this.serialized(() => this.load());
  }

  verdictFor(claim: Claim): Verdict | undefined {
    const corpus = this.services.index.corpus;
    if (this.matches?.version !== corpus.version) {
      const byClaim = new Map<string, Verdict>();
      const claims = corpus.claims();
      for (const [folder, { file }] of this.folders) {
        const own = claims.filter((c) => this.folderOf(c)?.uri.toString() === folder);
        for (const [claimId, key] of matchVerdicts(own, file)) byClaim.set(claimId, file.verdicts[key]);
      }
      this.matches = { version: corpus.version, byClaim };
    }
    return this.matches.byClaim.get(claim.id);
  }

  set(claim: Claim, verdict: VerdictKind, note: string | undefined): Promise<void> {
    return this.update(claim, (file, claims) => withVerdict(file, claims, claim, verdict, note, new Date()));
  }

  clear(claim: Claim): Promise<void> {
    return this.update(claim, (file, claims) => withoutVerdict(file, claims, claim));
  }

  /** The file a claim's verdict is stored in (for messages and tests). */
  fileFor(claim: Claim): vscode.Uri | undefined {
    const folder = this.folderOf(claim);
    return folder && vscode.Uri.joinPath(folder.uri, relativePath);
  }

  private folderOf(claim: Claim): vscode.WorkspaceFolder | undefined {
    const first = claim.sources[0];
    return (first && vscode.workspace.getWorkspaceFolder(this.services.index.uriOf(first.file))) ?? vscode.workspace.workspaceFolders?.[0];
  }

  private update(claim: Claim, change: (file: VerdictFile, claims: readonly Claim[]) => VerdictFile): Promise<void> {
    return this.serialized(async () => {
      const folder = this.folderOf(claim);
      if (!folder) throw new Error('Open a workspace folder to store verdicts.');
      const key = folder.uri.toString();
      const current = this.folders.get(key) ?? { file: emptyVerdicts(), writable: true };
      if (!current.writable) throw new Error(`${relativePath} in ${folder.name} could not be read; fix or remove it first.`);
      const claims = this.services.index.corpus.claims().filter((c) => this.folderOf(c)?.uri.toString() === key);
      const file = change(current.file, claims);
      await writeAtomically(vscode.Uri.joinPath(folder.uri, relativePath), serializeVerdicts(file));
      this.folders.set(key, { file, writable: true });
      this.changed();
    });
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<void> {
    const folders = new Map<string, FolderVerdicts>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, relativePath);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no verdicts yet
      }
      try {
        folders.set(folder.uri.toString(), { file: parseVerdicts(text), writable: true });
      } catch (error) {
        this.services.log.warn(`${vscode.workspace.asRelativePath(uri)} is not valid JSON; verdicts from it are ignored: ${String(error)}`);
        folders.set(folder.uri.toString(), { file: emptyVerdicts(), writable: false });
      }
    }
    this.folders = folders;
    this.changed();
  }

  private changed(): void {
    this.matches = undefined;
    this.changeEmitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Writes next to the target, then renames over it, so a crash never leaves half a file. */
async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  const dir = vscode.Uri.joinPath(target, '..');
  await vscode.workspace.fs.createDirectory(dir);
  const temp = vscode.Uri.joinPath(dir, `.${target.path.split('/').pop()}.${Math.random().toString(36).slice(2)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
