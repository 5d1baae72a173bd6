/**
 * Builds models/typePriors.json (src/core/ner/typePriors.ts): for every word of the word-class
 * vocabulary (models/clusters.json, so run clusters.ts first), the type the training data gives
 * its NEIGHBOURS nearest in GloVe space (embeddings.ts), with the share of the vote. A word is
 * never its own neighbour, so the priors of training words carry no label of their own: the
 * tagger learns to trust them as far as they hold for words it has never seen.
 * Run by `npm run train`; standalone: `node --import tsx scripts/train/typePriors.ts`.
 */
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { deflateRawSync } from 'zlib';
import clusterFile from '../../models/clusters.json';
import { readVocabulary, type ClusterFile } from '../../src/core/ner/clusters';
import { NO_PRIOR, PRIOR_TYPES, priorCode, type TypePriorFile } from '../../src/core/ner/typePriors';
import { readDocuments } from './conll';
import { loadEmbeddings, unitVectors } from './embeddings';

/** The training sources of train.ts. */
const SOURCES = ['gmb', 'wikigold', 'btc'];
/** Neighbours that vote. */
const NEIGHBOURS = 10;
/** Capitalized uses a training word needs to vote. */
const MIN_USES = 2;
const OUTSIDE = PRIOR_TYPES.indexOf('O');
const root = resolve(__dirname, '../..');

function main(): void {
  const started = Date.now();
  const words = readVocabulary(clusterFile as ClusterFile);
  const embeddings = loadEmbeddings();
  const d = embeddings.dimensions;
  const data = unitVectors(embeddings, words);
  const index = new Map(words.map((w, i) => [w, i]));

  const voters = [...capitalizedUses()].filter(([w, counts]) => index.has(w) && sum(counts) >= MIN_USES);
  const voterRow = Int32Array.from(voters, ([w]) => index.get(w)!);
  const shares = voters.map(([, counts]) => counts.map((c) => c / sum(counts)));
  const codes = new Uint8Array(words.length);
  const best = { sims: new Float32Array(NEIGHBOURS), voters: new Int32Array(NEIGHBOURS) };
  for (let i = 0; i < words.length; i++) {
    nearest(data, d, i, voterRow, best);
    const votes = new Array<number>(PRIOR_TYPES.length).fill(0);
    let total = 0;
    for (let k = 0; k < NEIGHBOURS && best.voters[k] >= 0; k++) {
      const weight = Math.max(best.sims[k], 0);
      total += weight;
      shares[best.voters[k]].forEach((s, t) => (votes[t] += weight * s));
    }
    const type = votes.indexOf(Math.max(...votes));
    codes[i] = total > 0 ? priorCode(type, votes[type] / total) : NO_PRIOR;
  }
  const file: TypePriorFile = { version: 1, codes: deflateRawSync(Buffer.from(codes), { level: 9 }).toString('base64') };
  const out = join(root, 'models/typePriors.json');
  writeFileSync(out, JSON.stringify(file));
  console.log(`wrote ${out}: ${words.length} words, ${voters.length} voters, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Per lower-cased word, how often the training data tags it PER, ORG, LOC, MISC or O when capitalized mid-sentence. */
function capitalizedUses(): Map<string, number[]> {
  const uses = new Map<string, number[]>();
  for (const source of SOURCES) {
    for (const doc of readDocuments(source, 'train')) {
      for (const { tokens, tags } of doc) {
        tokens.forEach((token, i) => {
          if (i === 0 || !/^\p{Lu}/u.test(token)) return;
          const word = token.toLowerCase();
          const counts = uses.get(word) ?? new Array<number>(PRIOR_TYPES.length).fill(0);
          // Tag 0 is O; B-/I- of type t are 1 + 2t and 2 + 2t (labels.ts).
          counts[tags[i] === 0 ? OUTSIDE : (tags[i] - 1) >> 1]++;
          uses.set(word, counts);
        });
      }
    }
  }
  return uses;
}

/** The NEIGHBOURS voters most similar to row `row` (itself excluded), best first, in `best`. */
function nearest(data: Float32Array, d: number, row: number, voterRow: Int32Array, best: { sims: Float32Array; voters: Int32Array }): void {
  best.sims.fill(-Infinity);
  best.voters.fill(-1);
  const at = row * d;
  for (let j = 0; j < voterRow.length; j++) {
    if (voterRow[j] === row) continue;
    const other = voterRow[j] * d;
    let sim = 0;
    for (let x = 0; x < d; x++) sim += data[at + x] * data[other + x];
    if (sim <= best.sims[NEIGHBOURS - 1]) continue;
    let k = NEIGHBOURS - 1;
    for (; k > 0 && best.sims[k - 1] < sim; k--) {
      best.sims[k] = best.sims[k - 1];
      best.voters[k] = best.voters[k - 1];
    }
    best.sims[k] = sim;
    best.voters[k] = j;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

main();
