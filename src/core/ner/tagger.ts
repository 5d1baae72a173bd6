/**
 * Statistical named-entity tagger: an averaged perceptron over hashed features, decoded greedily
 * left to right. Trained by `npm run train` (scripts/train); see docs/MODEL.md.
 */
import modelFile from '../../../models/ner.json';
import { Featurizer } from './features';
import { tagsToSpans, type NerSpan } from './labels';
import { decode, type WeightTable } from './scoring';
import { readLexicon, readWeights, type ModelFile } from './weights';

export type { NerLabel, NerSpan } from './labels';

export interface NerModel {
  /**
   * Entity spans in one sentence of wink-nlp tokens. `pos` is accepted for interface stability;
   * the model does not use it (POS features did not pay for aligning wink with CoNLL tokens).
   */
  tagSentence(tokens: readonly string[], pos?: readonly string[]): NerSpan[];
}

class PerceptronTagger implements NerModel {
  constructor(
    private readonly table: WeightTable,
    private readonly featurizer: Featurizer,
  ) {}

  tagSentence(tokens: readonly string[]): NerSpan[] {
    if (tokens.length === 0) return [];
    return tagsToSpans(decode(this.table, this.featurizer, this.featurizer.sentence(tokens)));
  }
}

let shared: NerModel | undefined;

/** The shipped model, decoded once per process. */
export function loadNerModel(): NerModel {
  if (!shared) {
    const file = modelFile as ModelFile;
    shared = new PerceptronTagger(readWeights(file), new Featurizer(readLexicon(file)));
  }
  return shared;
}
