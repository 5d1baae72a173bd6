/**
 * Trains the shipped NER model: `npm run train` (or `node --import tsx scripts/train/train.ts`).
 * Deterministic: fixed seed, fixed data order. Flags override the defaults for experiments:
 *   --epochs N  --fold 0|1|2|3 (block added to the shared one)  --bits N  --title P  --upper P  --wikigold N (copies)  --btc 0|1  --folds N  --out FILE
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { deflateRawSync } from 'zlib';
import clusterFile from '../../models/clusters.json';
import gazetteerFile from '../../models/gazetteer.json';
import typePriorFile from '../../models/typePriors.json';
import { readClusters, readVocabulary, type ClusterFile } from '../../src/core/ner/clusters';
import { Featurizer } from '../../src/core/ner/features';
import { Gazetteer, type GazetteerFile } from '../../src/core/ner/gazetteer';
import { DocumentHistory } from '../../src/core/ner/history';
import { PerceptronTagger } from '../../src/core/ner/tagger';
import { readTypePriors, type TypePriorFile } from '../../src/core/ner/typePriors';
import { posTags } from '../../src/core/ner/pos';
import type { WeightTable } from '../../src/core/ner/scoring';
import type { ModelFile } from '../../src/core/ner/weights';
import { random, shuffle, titleCase, upperCase } from './augment';
import { readDocuments, type Sentence } from './conll';
import { microF1 } from './evaluate';
import { buildCaseLexicon } from './lexicon';
import { Perceptron } from './perceptron';

const options = parseArgs({
  epochs: 8,
  bits: 19,
  title: 0.05,
  upper: 0.02,
  wikigold: 2,
  btc: 1,
  seed: 42,
  fold: 0,
  folds: 5,
  out: resolve(__dirname, '../../models/ner.json'),
});

/**
 * Feature-augmentation blocks of the sources (perceptron.ts). The shipped table is the shared
 * block alone (`--fold 0`): on the gold dev sets it beat the shared block plus WikiGold's,
 * BTC's or GMB's own (the last fits GMB's silver conventions best and the gold sets worst).
 */
const [GMB, WIKIGOLD, BTC] = [1, 2, 3];

function main(): void {
  const started = Date.now();
  const sources = {
    gmb: readDocuments('gmb', 'train'),
    wikigold: readDocuments('wikigold', 'train'),
    btc: Number(options.btc) ? readDocuments('btc', 'train') : [],
  };
  const train = Object.values(sources).flat();
  const sentences = train.flat();
  const dev: Record<string, Sentence[][]> = { gmb: readDocuments('gmb', 'dev'), wikigold: readDocuments('wikigold', 'dev') };
  // UNER dev (EWT web text) is only printed, to watch out-of-domain behaviour; it never trains.
  const watch: Record<string, Sentence[][]> = { uner: readDocuments('uner_en_eval', 'dev') };
  const lexiconLists = buildCaseLexicon(sentences);
  const gazetteer = new Gazetteer(gazetteerFile as GazetteerFile);
  const vocabulary = readVocabulary(clusterFile as ClusterFile);
  const classes = readClusters(clusterFile as ClusterFile, vocabulary);
  const priors = readTypePriors(typePriorFile as TypePriorFile, vocabulary);
  const featurizer = new Featurizer(lexiconMap(lexiconLists), gazetteer, classes, priors);

  // Jackknifed lexicons: a training document sees the lexicon of the other folds, so words
  // missing from the lexicon occur in training as often as unseen words do at test time.
  const folds = Number(options.folds);
  const foldOf = (i: number): number => Math.floor((i * folds) / train.length);
  const foldFeaturizers = Array.from({ length: folds }, (_, f) =>
    new Featurizer(lexiconMap(buildCaseLexicon(train.filter((_d, i) => foldOf(i) !== f).flat())), gazetteer, classes, priors),
  );
  const rand = random(Number(options.seed));
  type Item = { sentence: Sentence; pos: string[] };
  const docs: { sentences: Item[]; featurizer: Featurizer; domain: number }[] = [];
  train.forEach((doc, i) => {
    const fz = foldFeaturizers[foldOf(i)];
    const copies = sources.wikigold.includes(doc) ? Number(options.wikigold) : 1;
    const domain = sources.gmb.includes(doc) ? GMB : sources.wikigold.includes(doc) ? WIKIGOLD : BTC;
    const items = doc.map((sentence) => ({ sentence, pos: posTags(sentence.tokens) }));
    for (let c = 0; c < copies; c++) docs.push({ sentences: items, featurizer: fz, domain });
    // Case variants stand alone: a Title Case copy would tell its document nothing true.
    for (const sentence of doc) {
      const r = rand();
      const variant = r < Number(options.title) ? titleCase(sentence) : r < Number(options.title) + Number(options.upper) ? upperCase(sentence) : undefined;
      if (variant) docs.push({ sentences: [{ sentence: variant, pos: posTags(variant.tokens) }], featurizer: fz, domain });
    }
  });
  console.log(`training on ${docs.length} documents (${sentences.length} original sentences), lexicon ${lexiconLists.map((l) => l.length).join('/')}`);

  const model = new Perceptron(Number(options.bits));
  let best = { f1: -1, epoch: 0, table: undefined as WeightTable | undefined };
  for (let epoch = 1; epoch <= Number(options.epochs); epoch++) {
    shuffle(docs, rand);
    for (const { sentences: items, featurizer: fz, domain } of docs) {
      const history = new DocumentHistory();
      for (const { sentence, pos } of items) model.train(fz, sentence, pos, history, domain);
    }
    const all = model.averaged();
    const table = model.fold(all, Number(options.fold));
    const scores = Object.entries(dev).map(([name, data]) => [name, evaluate(table, featurizer, data)] as const);
    const mean = scores.reduce((sum, [, f]) => sum + f, 0) / scores.length;
    const watched = Object.entries(watch).map(([n, d]) => `${n} dev F1 ${evaluate(table, featurizer, d).toFixed(4)}`);
    console.log(`epoch ${epoch}: ${scores.map(([n, f]) => `${n} dev F1 ${f.toFixed(4)}`).concat(watched).join(', ')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (mean > best.f1) best = { f1: mean, epoch, table };
  }

  const file = quantize(best.table!, Number(options.bits), lexiconLists);
  writeFileSync(String(options.out), JSON.stringify(file));
  const check = new Featurizer(lexiconMap(lexiconLists), gazetteer, classes, priors);
  const { readWeights } = require('../../src/core/ner/weights') as typeof import('../../src/core/ner/weights');
  const shipped = readWeights(file);
  console.log(`kept epoch ${best.epoch}; quantized: ${Object.entries(dev).map(([n, d]) => `${n} dev F1 ${evaluate(shipped, check, d).toFixed(4)}`).join(', ')}`);
  console.log(`wrote ${options.out} (${(JSON.stringify(file).length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const posCache = new WeakMap<Sentence, string[]>();

/** Micro F1 over documents tagged in order, each with its own history, as the tagger does. */
function evaluate(table: WeightTable, featurizer: Featurizer, docs: Sentence[][]): number {
  const tagger = new PerceptronTagger(table, featurizer);
  const predicted = docs.flatMap((doc) => tagger.tagDocument(doc.map((s) => ({ tokens: s.tokens, pos: posOf(s) }))));
  return microF1(docs.flat(), predicted);
}

function posOf(s: Sentence): string[] {
  let pos = posCache.get(s);
  if (!pos) posCache.set(s, (pos = posTags(s.tokens)));
  return pos;
}

/**
 * Linear int16, then deflate + base64. Not int8: the bias-like rows reach ~2000 while most
 * weights are below 1, and their large, cancelling values need an absolute error well under 1.
 */
function quantize(table: WeightTable, bits: number, lexicon: [string[], string[], string[]]): ModelFile {
  let max = 0;
  for (const w of table.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767;
  const q = new Int16Array(table.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(table.weights[i] / scale);
  const weights = deflateRawSync(Buffer.from(q.buffer), { level: 9 }).toString('base64');
  return { version: 1, bits, scale, weights, lexicon: lexicon.map((l) => l.join('\n')) as ModelFile['lexicon'] };
}

function lexiconMap(lists: [string[], string[], string[]]): Map<string, 1 | 2 | 3> {
  const map = new Map<string, 1 | 2 | 3>();
  lists.forEach((words, i) => words.forEach((w) => map.set(w, (i + 1) as 1 | 2 | 3)));
  return map;
}

function parseArgs<T extends Record<string, string | number>>(defaults: T): T {
  const out: Record<string, string | number> = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in defaults)) throw new Error(`unknown option --${key}`);
    out[key] = argv[i + 1];
  }
  return out as T;
}

main();
