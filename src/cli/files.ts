import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';

/** Which files count as sources when a folder is given. */
export const DEFAULT_INCLUDE = ['**/*.txt'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out']);

export interface InputFile {
  /** Absolute path. */
  absolute: string;
  /** Path reported in the output: relative to the folder given, or to the working directory. */
  relative: string;
}

export interface Collected {
  files: InputFile[];
  /** One-line problems with the arguments themselves (missing paths, globs matching nothing). */
  problems: string[];
}

/** Expands the CLI's path arguments (folders, files or globs) into files to analyze. */
export function collectInputs(args: readonly string[], include: readonly string[] = DEFAULT_INCLUDE, cwd = process.cwd()): Collected {
  const files = new Map<string, InputFile>();
  const problems: string[] = [];
  const add = (absolute: string, relative: string) => {
    if (!files.has(absolute)) files.set(absolute, { absolute, relative: toPosix(relative) });
  };
  const matchInclude = picomatch(include as string[], { dot: false });
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    if (picomatch.scan(arg).isGlob) {
      const base = path.resolve(cwd, picomatch.scan(arg).base || '.');
      const matcher = picomatch(toPosix(path.relative(base, absolute)));
      const found = walk(base).filter((f) => matcher(toPosix(path.relative(base, f))));
      if (found.length === 0) problems.push(`${arg}: no file matches this pattern`);
      for (const f of found) add(f, path.relative(cwd, f));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      problems.push(`${arg}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(absolute).filter((f) => matchInclude(toPosix(path.relative(absolute, f))));
      if (found.length === 0) problems.push(`${arg}: folder has no files matching ${include.join(', ')}`);
      for (const f of found) add(f, path.relative(absolute, f));
    } else {
      add(absolute, path.relative(cwd, absolute));
    }
  }
  return { files: [...files.values()].sort((a, b) => a.relative.localeCompare(b.relative)), problems };
}

/** All files below `dir`, skipping hidden and tool folders; unreadable folders are skipped silently. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) stack.push(full);
      } else if (entry.isFile()) {
        out.push(full);
      }
    }
  }
  return out;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
