/** Parsed command line of `crosscheck analyze`. */
export interface CliOptions {
  command: 'analyze' | 'help' | 'version';
  paths: string[];
  json: boolean;
  out?: string;
  include?: string[];
  maxSizeKB?: number;
}

export const USAGE = `Usage: crosscheck analyze <folder-or-files-or-globs…> [--json] [--out FILE] [--include GLOB] [--max-size KB]

  --json          write the analysis as JSON (the contract in the README)
  --out FILE      write the output to FILE instead of standard output
  --include GLOB  which files of a folder to read (repeatable; default **/*.txt)
  --max-size KB   skip files larger than this (default 5120)

Exit codes: 0 all inputs analyzed; 1 some inputs skipped (reasons on stderr); 2 usage error or nothing analyzed.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { command: 'help', paths: [], json: false };
  }
  if (command === '--version' || command === '-v') return { command: 'version', paths: [], json: false };
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  const options: CliOptions = { command: 'analyze', paths: [], json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--out') options.out = value();
    else if (arg === '--include') (options.include ??= []).push(value());
    else if (arg === '--max-size') {
      const kb = Number(value());
      if (!Number.isFinite(kb) || kb <= 0) throw new UsageError('--max-size takes a positive number of KB');
      options.maxSizeKB = kb;
    } else if (arg === '--help' || arg === '-h') return { command: 'help', paths: [], json: false };
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError('analyze needs at least one folder, file or glob');
  return options;
}
