/**
 * Type priors (built by scripts/train/typePriors.ts): for each word of the word-class vocabulary,
 * the type that the training data gives the capitalized words nearest to it in GloVe space, and
 * how sure that vote is. "Foxconn" never occurs in the training data, but its neighbours
 * ("Samsung", "Boeing") are organizations there; "Okafor"'s are people.
 */
import { inflateRawSync } from 'zlib';

/** The types voted for, in the order of their codes. */
export const PRIOR_TYPES = ['PER', 'ORG', 'LOC', 'MISC', 'O'] as const;
/** Vote shares from which a prior counts as likely and as sure. */
export const PRIOR_CONFIDENCE = [0.5, 0.7] as const;
/** Code of a word outside the vocabulary. */
export const NO_PRIOR = 0;

export interface TypePriorFile {
  version: 1;
  /** base64(deflateRaw(Uint8Array)): one code per word of the word-class file, in its order. */
  codes: string;
}

export type TypePriors = ReadonlyMap<string, number>;

/** A type's code: 1 + type × 3 + confidence step (0 unsure, 1 likely, 2 sure). */
export function priorCode(type: number, share: number): number {
  const step = PRIOR_CONFIDENCE.filter((c) => share >= c).length;
  return 1 + type * (PRIOR_CONFIDENCE.length + 1) + step;
}

/** `words`: the word-class file's vocabulary (clusters.ts `readVocabulary`), which the codes follow. */
export function readTypePriors(file: TypePriorFile, words: readonly string[]): TypePriors {
  const codes = inflateRawSync(Buffer.from(file.codes, 'base64'));
  if (codes.length !== words.length) throw new Error('type priors: codes and word classes differ in length');
  const map = new Map<string, number>();
  words.forEach((w, i) => map.set(w, codes[i]));
  return map;
}
