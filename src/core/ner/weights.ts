/**
 * The shipped model file: an int16-quantized dense weight table, deflated and base64-encoded so
 * it can be a JSON module that esbuild inlines into the bundles, plus the case lexicon.
 */
import { inflateRawSync } from 'zlib';
import type { CaseClass, CaseLexicon } from './features';
import { TAG_COUNT } from './labels';
import type { WeightTable } from './scoring';

export interface ModelFile {
  version: 1;
  bits: number;
  /** Quantized value q stands for q * scale (kept for reference; decoding needs only q). */
  scale: number;
  /** base64(deflateRaw(little-endian Int16Array of 2^bits * TAG_COUNT)). */
  weights: string;
  /** Newline-separated lower-case words per case class 1..3. */
  lexicon: [string, string, string];
}

export function readWeights(file: ModelFile): WeightTable {
  const raw = inflateRawSync(Buffer.from(file.weights, 'base64'));
  const rows = 1 << file.bits;
  if (raw.length !== 2 * rows * TAG_COUNT) throw new Error('NER model: weight table has the wrong size');
  // Copied into a fresh, aligned buffer: inflate output may start at an odd offset.
  const weights = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  return { weights, mask: rows - 1, scale: file.scale };
}

export function readLexicon(file: ModelFile): CaseLexicon {
  const lexicon = new Map<string, CaseClass>();
  file.lexicon.forEach((words, i) => {
    for (const w of words.split('\n')) if (w) lexicon.set(w, (i + 1) as CaseClass);
  });
  return lexicon;
}
