/**
 * VS Code's glob syntax (`**`, `*`, `?`, `{a,b}`, `[a-z]`, `[!a]`) over '/'-separated relative paths,
 * for deciding without a search whether a file event concerns the corpus.
 */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern.replace(/^\.\//, ''))}$`);
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // A double star followed by a slash matches zero or more whole segments; otherwise anything.
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      const close = matching(glob, i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${splitAlternatives(glob.slice(i + 1, close)).map(translate).join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else {
      out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  return out;
}

function matching(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(body.slice(last));
  return parts;
}

// The patterns of one workspace folder, relative to it. A pattern like `**/seeds/**/*.txt` also
// covers a folder that itself lies inside a `seeds` folder: then `**/*.txt` applies from its root.
export function folderPatterns(pattern: string, folderPath: string): string[] {
  const out = [pattern];
  const folder = folderPath.replace(/^\/+|\/+$/g, '');
  if (!folder) return out;
  for (let i = pattern.indexOf('/**/'); i >= 0; i = pattern.indexOf('/**/', i + 1)) {
    const head = pattern.slice(0, i);
    if (globToRegExp(head).test(folder) || globToRegExp(`${head}/**`).test(folder)) out.push(`**/${pattern.slice(i + 4)}`);
  }
  return [...new Set(out)];
}

/** Compiled `crosscheck.sources` and `files.exclude` of one workspace folder. */
export class SourceFilter {
  /** The source patterns relative to the folder, to search for. */
  readonly patterns: string[];
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  /**
   * `folderPath` is the folder's absolute path; `exclude` is `files.exclude`, whose patterns
   * mapped to true are active (conditional `when` entries are ignored).
   */
  constructor(include: readonly string[], exclude: Record<string, unknown> = {}, folderPath = '') {
    this.patterns = [...new Set(include.flatMap((p) => folderPatterns(p, folderPath)))];
    this.include = this.patterns.map(globToRegExp);
    this.exclude = Object.entries(exclude)
      .filter(([, on]) => on === true)
      .map(([pattern]) => globToRegExp(pattern));
  }

  /** Whether a path relative to the folder is a source: matched, and neither it nor a parent folder excluded. */
  accepts(relativePath: string): boolean {
    if (!this.include.some((re) => re.test(relativePath))) return false;
    const parts = relativePath.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (this.exclude.some((re) => re.test(prefix))) return false;
    }
    return true;
  }
}
