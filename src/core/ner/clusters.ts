/**
 * Word classes from distributional similarity (built by scripts/train/clusters.ts from GloVe
 * vectors). A class id has CLUSTER_LEVELS digits in base CLUSTER_BRANCH; its leading digits
 * are the coarser classes that contain it.
 */
import { inflateRawSync } from 'zlib';

export const CLUSTER_BRANCH = 16;
export const CLUSTER_LEVELS = 3;
/** The class of words outside the vocabulary: rare names, typos, numbers. */
export const UNKNOWN_CLUSTER = CLUSTER_BRANCH ** CLUSTER_LEVELS;

export interface ClusterFile {
  version: 1;
  /** The npm package the vectors came from. */
  source: string;
  /** base64(deflateRaw(lower-case words joined by "\n")), most frequent first. */
  words: string;
  /** base64(deflateRaw(little-endian Uint16Array)): each word's class. */
  ids: string;
}

export type WordClasses = ReadonlyMap<string, number>;

/** `words`: the file's vocabulary when the caller has read it already (the type priors share it). */
export function readClusters(file: ClusterFile, words: readonly string[] = readVocabulary(file)): WordClasses {
  const raw = inflateRawSync(Buffer.from(file.ids, 'base64'));
  const ids = new Uint16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  if (ids.length !== words.length) throw new Error('word classes: ids and words differ in length');
  const map = new Map<string, number>();
  words.forEach((w, i) => map.set(w, ids[i]));
  return map;
}

/** The file's words, most frequent first: the vocabulary the type priors are aligned with too. */
export function readVocabulary(file: ClusterFile): string[] {
  return inflateRawSync(Buffer.from(file.words, 'base64')).toString('utf8').split('\n');
}

/** The class of `id` at `level` (1 = coarsest … CLUSTER_LEVELS = `id` itself). */
export function classAt(id: number, level: number): number {
  return id === UNKNOWN_CLUSTER ? -1 : Math.floor(id / CLUSTER_BRANCH ** (CLUSTER_LEVELS - level));
}
