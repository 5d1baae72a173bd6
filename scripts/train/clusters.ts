/**
 * Builds models/clusters.json: word classes for the tagger, from GloVe vectors (embeddings.ts).
 * Words used alike land in one class, so a surname, agency or town the training data never saw
 * still gets the features of the ones it did.
 * Run by `npm run train`; standalone: `node --import tsx scripts/train/clusters.ts`.
 *
 * Hierarchical spherical k-means, CLUSTER_BRANCH ways per level: a word's class at level 1 is the
 * prefix of its class at level 2, as with Brown-cluster bit prefixes. Deterministic.
 */
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { deflateRawSync } from 'zlib';
import { CLUSTER_BRANCH, CLUSTER_LEVELS, type ClusterFile } from '../../src/core/ner/clusters';
import { random } from './augment';
import { EMBEDDINGS_PACKAGE, loadEmbeddings, unitVectors } from './embeddings';

/** Words kept, most frequent first: 150k keep the file near 1 MB (CLUSTER_WORDS overrides it for experiments). */
const VOCABULARY = Number(process.env.CLUSTER_WORDS ?? 150_000);
const ITERATIONS = 12;
const root = resolve(__dirname, '../..');

function main(): void {
  const started = Date.now();
  const embeddings = loadEmbeddings();
  const { words, dimensions, vectors } = embeddings;
  const kept = words.filter((w) => w === w.toLowerCase() && !/\s/.test(w) && vectors[w]).slice(0, VOCABULARY);
  const data = unitVectors(embeddings, kept);
  const ids = new Uint16Array(kept.length);
  const rand = random(7);
  let groups: number[][] = [kept.map((_w, i) => i)];
  for (let level = 0; level < CLUSTER_LEVELS; level++) {
    const next: number[][] = [];
    for (const members of groups) {
      const assignment = kmeans(data, dimensions, members, CLUSTER_BRANCH, rand);
      for (let c = 0; c < CLUSTER_BRANCH; c++) next.push(members.filter((_m, j) => assignment[j] === c));
    }
    groups = next;
    console.log(`level ${level + 1}: ${groups.length} classes (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  groups.forEach((members, id) => members.forEach((m) => (ids[m] = id)));
  const file: ClusterFile = {
    version: 1,
    source: EMBEDDINGS_PACKAGE,
    words: deflateRawSync(kept.join('\n'), { level: 9 }).toString('base64'),
    ids: deflateRawSync(Buffer.from(ids.buffer), { level: 9 }).toString('base64'),
  };
  const out = join(root, 'models/clusters.json');
  writeFileSync(out, JSON.stringify(file));
  console.log(`wrote ${out}: ${kept.length} words, ${(JSON.stringify(file).length / 1e6).toFixed(2)} MB`);
}

/** Spherical k-means of `members` (rows of `data`) into k classes; returns each member's class. */
function kmeans(data: Float32Array, d: number, members: number[], k: number, rand: () => number): Uint8Array {
  const n = members.length;
  const assignment = new Uint8Array(n);
  if (n <= k) {
    members.forEach((_m, j) => (assignment[j] = j));
    return assignment;
  }
  const centroids = new Float32Array(k * d);
  // Seeds: k distinct members drawn at random (k-means++ costs n·k more and gains little here).
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(rand() * n));
  [...picked].forEach((j, c) => centroids.set(data.subarray(members[j] * d, members[j] * d + d), c * d));
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let j = 0; j < n; j++) {
      const at = members[j] * d;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let x = 0; x < d; x++) dot += data[at + x] * centroids[c * d + x];
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assignment[j] = best;
    }
    centroids.fill(0);
    for (let j = 0; j < n; j++) {
      const at = members[j] * d;
      const c = assignment[j] * d;
      for (let x = 0; x < d; x++) centroids[c + x] += data[at + x];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let x = 0; x < d; x++) norm += centroids[c * d + x] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let x = 0; x < d; x++) centroids[c * d + x] /= norm;
    }
  }
  return assignment;
}

main();
