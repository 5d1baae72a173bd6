/** Reading the CoNLL files (token<TAB>IOB2 tag, blank line between sentences) and their location. */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { tagIndex } from '../../src/core/ner/labels';

export interface Sentence {
  tokens: string[];
  tags: number[];
}

/**
 * Sentences per dataset, grouped into documents: at `-DOCSTART-` lines where the file has them
 * (wikigold, uner), else in runs of `DOCUMENT_CHUNK` consecutive sentences (gmb keeps its
 * articles' sentences in order; btc's tweets stand alone).
 */
const DOCUMENT_CHUNK: Record<string, number> = { gmb: 15, btc: 1 };

export function readDocuments(dataset: string, split: string): Sentence[][] {
  const docs: Sentence[][] = [];
  let current: Sentence[] = [];
  const chunk = DOCUMENT_CHUNK[dataset] ?? Infinity;
  for (const item of readItems(dataPath(dataset, split))) {
    if (item === DOCSTART || current.length >= chunk) {
      if (current.length) docs.push(current);
      current = [];
    }
    if (item !== DOCSTART) current.push(item);
  }
  if (current.length) docs.push(current);
  return docs;
}

/** The prepared datasets live beside the repo; NER_DATA overrides the location. */
export function dataPath(dataset: string, split: string): string {
  const root = process.env.NER_DATA ?? resolve(__dirname, '../../../shared/datasets/ner');
  return resolve(root, dataset, `${split}.conll`);
}

export function readConll(file: string): Sentence[] {
  return readItems(file).filter((item): item is Sentence => item !== DOCSTART);
}

const DOCSTART = Symbol('DOCSTART');

function readItems(file: string): (Sentence | typeof DOCSTART)[] {
  const sentences: (Sentence | typeof DOCSTART)[] = [];
  let current: Sentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (current.tokens.length) sentences.push(current);
    current = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      flush();
      if (line.startsWith('-DOCSTART-')) sentences.push(DOCSTART);
      continue;
    }
    const [token, tag] = line.split('\t');
    current.tokens.push(token);
    current.tags.push(tagIndex(tag.trim()));
  }
  flush();
  return sentences;
}
