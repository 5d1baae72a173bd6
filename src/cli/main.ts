import * as fs from 'fs';
import { Corpus } from '../core/corpus';
import { decodeSource } from '../core/text/decode';
import { collectInputs } from './files';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { formatSummary } from './summary';

declare const CROSSCHECK_VERSION: string | undefined;

/** Runs the CLI; returns the process exit code. Problems with single files never stop the run. */
export function main(argv: readonly string[]): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`crosscheck: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`${typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev'}\n`);
    return 0;
  }
  return analyze(options);
}

function analyze(options: CliOptions): number {
  const { files, problems } = collectInputs(options.paths, options.include);
  const maxBytes = (options.maxSizeKB ?? 5120) * 1024;
  const corpus = new Corpus();
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file.absolute);
    } catch (error) {
      problems.push(`${file.relative}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const decoded = decodeSource(bytes, maxBytes);
    if (!decoded.ok) {
      problems.push(`${file.relative}: ${decoded.reason}`);
      continue;
    }
    if (decoded.encoding === 'windows-1252') process.stderr.write(`crosscheck: ${file.relative}: not valid UTF-8, read as Windows-1252\n`);
    corpus.set(file.relative, decoded.text);
  }
  for (const problem of problems) process.stderr.write(`crosscheck: ${problem}\n`);
  if (corpus.files().length === 0) {
    process.stderr.write('crosscheck: nothing to analyze\n');
    return 2;
  }
  const report = corpus.report();
  const output = options.json ? `${JSON.stringify(report, null, 2)}\n` : formatSummary(report);
  if (options.out) {
    try {
      fs.writeFileSync(options.out, output);
    } catch (error) {
      process.stderr.write(`crosscheck: ${options.out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      return 2;
    }
  } else {
    process.stdout.write(output);
  }
  return problems.length > 0 ? 1 : 0;
}
