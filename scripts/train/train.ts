/**
 * Trains the shipped NER model: `npm run train` (or `node --import tsx scripts/train/train.ts`).
 * Deterministic: fixed seed, fixed data order. Flags override the defaults for experiments:
 *   --epochs N  --bits N  --title P  --upper P  --wikigold N (copies)  --btc 0|1  --folds N  --out FILE
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { deflateRawSync } from 'zlib';
import gazetteerFile from '../../models/gazetteer.json';
import { Featurizer } from '../../src/core/ner/features';
import { Gazetteer, type GazetteerFile } from '../../src/core/ner/gazetteer';
import { tagsToSpans } from '../../src/core/ner/labels';
import { posTags } from '../../src/core/ner/pos';
import { decode, type WeightTable } from '../../src/core/ner/scoring';
import type { ModelFile } from '../../src/core/ner/weights';
import { random, shuffle, titleCase, upperCase } from './augment';
import { dataPath, readConll, type Sentence } from './conll';
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
  folds: 5,
  out: resolve(__dirname, '../../models/ner.json'),
});

function main(): void {
  const started = Date.now();
  const sources = [
    readConll(dataPath('gmb', 'train')),
    readConll(dataPath('wikigold', 'train')),
    Number(options.btc) ? readConll(dataPath('btc', 'train')) : [],
  ];
  const train = sources.flat();
  const dev: Record<string, Sentence[]> = {
    gmb: readConll(dataPath('gmb', 'dev')),
    wikigold: readConll(dataPath('wikigold', 'dev')),
  };
  // UNER dev (EWT web text) is only printed, to watch out-of-domain behaviour; it never trains.
  const watch: Record<string, Sentence[]> = { uner: readConll(dataPath('uner_en_eval', 'dev')) };
  const lexiconLists = buildCaseLexicon(train);
  const gazetteer = new Gazetteer(gazetteerFile as GazetteerFile);
  const featurizer = new Featurizer(lexiconMap(lexiconLists), gazetteer);

  // Jackknifed lexicons: a training sentence sees the lexicon of the other folds, so words
  // missing from the lexicon occur in training as often as unseen words do at test time.
  const folds = Number(options.folds);
  const foldOf = (i: number): number => Math.floor((i * folds) / train.length);
  const foldFeaturizers = Array.from({ length: folds }, (_, f) =>
    new Featurizer(lexiconMap(buildCaseLexicon(train.filter((_s, i) => foldOf(i) !== f))), gazetteer),
  );
  const rand = random(Number(options.seed));
  const items: { sentence: Sentence; pos: string[]; featurizer: Featurizer }[] = [];
  train.forEach((sentence, i) => {
    const fz = foldFeaturizers[foldOf(i)];
    const copies = i >= sources[0].length && i < sources[0].length + sources[1].length ? Number(options.wikigold) : 1;
    const pos = posTags(sentence.tokens);
    for (let c = 0; c < copies; c++) items.push({ sentence, pos, featurizer: fz });
    const r = rand();
    const variant = r < Number(options.title) ? titleCase(sentence) : r < Number(options.title) + Number(options.upper) ? upperCase(sentence) : undefined;
    if (variant) items.push({ sentence: variant, pos: posTags(variant.tokens), featurizer: fz });
  });
  console.log(`training on ${items.length} sentences (${train.length} original), lexicon ${lexiconLists.map((l) => l.length).join('/')}`);

  const model = new Perceptron(Number(options.bits));
  let best = { f1: -1, epoch: 0, table: undefined as WeightTable | undefined };
  for (let epoch = 1; epoch <= Number(options.epochs); epoch++) {
    shuffle(items, rand);
    for (const { sentence, pos, featurizer: fz } of items) model.train(fz, sentence, pos);
    const table = model.averaged();
    const scores = Object.entries(dev).map(([name, data]) => [name, evaluate(table, featurizer, data)] as const);
    const mean = scores.reduce((sum, [, f]) => sum + f, 0) / scores.length;
    const watched = Object.entries(watch).map(([n, d]) => `${n} dev F1 ${evaluate(table, featurizer, d).toFixed(4)}`);
    console.log(`epoch ${epoch}: ${scores.map(([n, f]) => `${n} dev F1 ${f.toFixed(4)}`).concat(watched).join(', ')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (mean > best.f1) best = { f1: mean, epoch, table };
  }

  const file = quantize(best.table!, Number(options.bits), lexiconLists);
  writeFileSync(String(options.out), JSON.stringify(file));
  const check = new Featurizer(lexiconMap(lexiconLists), gazetteer);
  const { readWeights } = require('../../src/core/ner/weights') as typeof import('../../src/core/ner/weights');
  const shipped = readWeights(file);
  console.log(`kept epoch ${best.epoch}; quantized: ${Object.entries(dev).map(([n, d]) => `${n} dev F1 ${evaluate(shipped, check, d).toFixed(4)}`).join(', ')}`);
  console.log(`wrote ${options.out} (${(JSON.stringify(file).length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const posCache = new WeakMap<Sentence, string[]>();

function evaluate(table: WeightTable, featurizer: Featurizer, data: Sentence[]): number {
  return microF1(data, data.map((s) => {
    let pos = posCache.get(s);
    if (!pos) posCache.set(s, (pos = posTags(s.tokens)));
    return tagsToSpans(decode(table, featurizer, featurizer.sentence(s.tokens, pos)));
  }));
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
