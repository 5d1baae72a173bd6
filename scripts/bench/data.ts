// Shared locations and output helpers of the benchmarks.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const ECB_DIR = path.join(SHARED, 'benchmarks/ecbplus');
export const ECB_DOCS = path.join(ECB_DIR, 'docs');
export const NER_DIR = path.join(SHARED, 'datasets/ner');

export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(cells[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}

/** Sentences of a CoNLL file (token<TAB>tag lines), detokenized into ordinary text. */
export function readConllSentences(file: string): string[] {
  const out: string[] = [];
  let tokens: string[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      if (tokens.length) out.push(detokenize(tokens));
      tokens = [];
    } else {
      tokens.push(line.split('\t')[0]);
    }
  }
  if (tokens.length) out.push(detokenize(tokens));
  return out;
}

function detokenize(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/`` ?| ?''/g, '"');
}
