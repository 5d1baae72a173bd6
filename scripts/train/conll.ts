/** Reading the CoNLL files (token<TAB>IOB2 tag, blank line between sentences) and their location. */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { tagIndex } from '../../src/core/ner/labels';

export interface Sentence {
  tokens: string[];
  tags: number[];
}

/** The prepared datasets live beside the repo; NER_DATA overrides the location. */
export function dataPath(dataset: string, split: string): string {
  const root = process.env.NER_DATA ?? resolve(__dirname, '../../../shared/datasets/ner');
  return resolve(root, dataset, `${split}.conll`);
}

export function readConll(file: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (current.tokens.length) sentences.push(current);
    current = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const [token, tag] = line.split('\t');
    current.tokens.push(token);
    current.tags.push(tagIndex(tag.trim()));
  }
  flush();
  return sentences;
}
