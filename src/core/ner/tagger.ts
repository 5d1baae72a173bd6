/**
 * Statistical named-entity tagger: an averaged perceptron over hashed features, decoded left to
 * right with a small beam. Trained by `npm run train` (scripts/train); see docs/MODEL.md.
 */
import clusterFile from '../../../models/clusters.json';
import gazetteerFile from '../../../models/gazetteer.json';
import modelFile from '../../../models/ner.json';
import typePriorFile from '../../../models/typePriors.json';
import { readClusters, readVocabulary, type ClusterFile } from './clusters';
import { Featurizer, type CaseLexicon } from './features';
import { COUNTRY, Gazetteer, ORG_WORD, PLACE_NAME, type GazetteerFile } from './gazetteer';
import { DocumentHistory } from './history';
import { joinKnownPlaces, joinOrganizationOf, joinPlaceToOrganization, splitKnownPlaces, tagsToSpans, type NerSpan } from './labels';
import { posTags } from './pos';
import { NO_PRIOR, PRIOR_CONFIDENCE, PRIOR_TYPES, priorCode, readTypePriors, type TypePriorFile, type TypePriors } from './typePriors';
import { decode, type WeightTable } from './scoring';
import { readLexicon, readWeights, type ModelFile } from './weights';

export type { NerLabel, NerSpan } from './labels';

export interface NerModel {
  /**
   * Entity spans in one sentence of wink-nlp tokens. `pos` are wink's UPOS tags for them; when
   * missing they are computed, which costs a second wink pass over the sentence.
   */
  tagSentence(tokens: readonly string[], pos?: readonly string[]): NerSpan[];
  /**
   * Entity spans in each sentence of one document, in order: later sentences see what was
   * found in earlier ones (history.ts).
   */
  tagDocument(sentences: readonly TaggerInput[]): NerSpan[][];
}

export interface TaggerInput {
  tokens: readonly string[];
  pos?: readonly string[];
}

export class PerceptronTagger implements NerModel {
  constructor(
    private readonly table: WeightTable,
    private readonly featurizer: Featurizer,
  ) {}

  tagSentence(tokens: readonly string[], pos?: readonly string[]): NerSpan[] {
    return this.tagDocument([{ tokens, pos }])[0];
  }

  tagDocument(sentences: readonly TaggerInput[]): NerSpan[][] {
    const history = new DocumentHistory();
    return sentences.map(({ tokens, pos }) => {
      if (tokens.length === 0) return [];
      const features = this.featurizer.sentence(tokens.map(asciiQuotes), pos ?? posTags(tokens), history);
      const tags = decode(this.table, this.featurizer, features);
      this.featurizer.remember(history, features, tags);
      const { words } = features;
      const lower = words.map((w) => w.text);
      const listed = (start: number, end: number) => nameLists().lookup(lower.slice(start, end).join(' '));
      const isPlace = (start: number, end: number) => (listed(start, end) & PLACE_NAME) !== 0;
      const isCountry = (start: number, end: number) => (listed(start, end) & COUNTRY) !== 0;
      const spans = joinPlaceToOrganization(splitKnownPlaces(joinKnownPlaces(tagsToSpans(tags), isPlace), isPlace, isCountry));
      // A head word in the plural too: "Centers for Disease Control and Prevention".
      const isOrgHead = (i: number) => (words[i].gazetteer & ORG_WORD) !== 0 || (lower[i].endsWith('s') && (listed(i, i + 1) & PLACE_NAME) === 0 && (nameLists().lookup(lower[i].slice(0, -1)) & ORG_WORD) !== 0);
      return joinOrganizationOf(spans, lower, isOrgHead);
    });
  }
}

const TYPOGRAPHIC = /[‘’‚‛“”„‟]/;

/**
 * The training data writes quotes and apostrophes in ASCII, so a curly possessive ("Okonkwo’s")
 * would look like an unseen word to the model; tokens are featurized with ASCII quotes instead.
 */
function asciiQuotes(token: string): string {
  return TYPOGRAPHIC.test(token) ? token.replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"') : token;
}

let shared: NerModel | undefined;
let sharedGazetteer: Gazetteer | undefined;
let sharedLexicon: CaseLexicon | undefined;
let sharedPriors: TypePriors | undefined;
let sharedVocabulary: readonly string[] | undefined;

/** The shipped model, decoded once per process. */
export function loadNerModel(): NerModel {
  shared ??= new PerceptronTagger(
    readWeights(modelFile as ModelFile),
    new Featurizer(caseLexicon(), nameLists(), readClusters(clusterFile as ClusterFile, vocabulary()), typePriors()),
  );
  return shared;
}

/** Whether the training data's names nearest to this word in GloVe space are surely organizations' (typePriors.ts): "Hyundai". */
export function isSurelyOrganizationWord(word: string): boolean {
  return typePriors().get(word.toLowerCase()) === SURELY_ORGANIZATION;
}

const SURELY_ORGANIZATION = priorCode(PRIOR_TYPES.indexOf('ORG'), PRIOR_CONFIDENCE[PRIOR_CONFIDENCE.length - 1]);
const ORGANIZATION_CODES = new Set([0, ...PRIOR_CONFIDENCE].map((share) => priorCode(PRIOR_TYPES.indexOf('ORG'), share)));

/** Whether the training data's names nearest to this word are mostly organizations', however sure: "Jazeera". */
export function isOrganizationWord(word: string): boolean {
  return ORGANIZATION_CODES.has(typePriors().get(word.toLowerCase()) ?? NO_PRIOR);
}

const COMMON_WORD_CODES = new Set([0, ...PRIOR_CONFIDENCE].map((share) => priorCode(PRIOR_TYPES.indexOf('O'), share)));

/** Whether this word's nearest GloVe neighbours are mostly no names in the training data: a common word ("geologist"). */
export function isCommonWord(word: string): boolean {
  return COMMON_WORD_CODES.has(typePriors().get(word.toLowerCase()) ?? NO_PRIOR);
}

const PERSON_CODES = new Set([0, ...PRIOR_CONFIDENCE].map((share) => priorCode(PRIOR_TYPES.indexOf('PER'), share)));

/** Whether the training data's names nearest to this word are mostly people's, however sure: "Biden". */
export function isPersonWord(word: string): boolean {
  return PERSON_CODES.has(typePriors().get(word.toLowerCase()) ?? NO_PRIOR);
}

function typePriors(): TypePriors {
  sharedPriors ??= readTypePriors(typePriorFile as TypePriorFile, vocabulary());
  return sharedPriors;
}

/** The word-class vocabulary, decoded once for the classes and the priors. */
function vocabulary(): readonly string[] {
  sharedVocabulary ??= readVocabulary(clusterFile as ClusterFile);
  return sharedVocabulary;
}

/** Whether the model's training text writes this word in lower case mid-sentence (≥ 90 % of its uses): "comedian", "presidents". */
export function isUsuallyLowerCase(word: string): boolean {
  return caseLexicon().get(word.toLowerCase()) === 1;
}

/** Whether the model's training text writes this word in lower case mid-sentence at times: a common word ("development"), no name ("Exxon"). */
export function isSometimesLowerCase(word: string): boolean {
  const lower = word.toLowerCase();
  const seen = (w: string) => [1, 2].includes(caseLexicon().get(w) ?? 0);
  // The training text is mostly American: "harbour" is seen as "harbor", and "labour" mostly as the party.
  return seen(lower) || seen(lower.replace(/our(s?)$/, 'or$1'));
}

/** Whether the model's training text never has this word: "haulier". */
export function isUnseenWord(word: string): boolean {
  return (caseLexicon().get(word.toLowerCase()) ?? 0) === 0;
}

function caseLexicon(): CaseLexicon {
  sharedLexicon ??= readLexicon(modelFile as ModelFile);
  return sharedLexicon;
}

/** The shipped name lists (the tagger's gazetteer), loaded once per process. */
export function nameLists(): Gazetteer {
  sharedGazetteer ??= new Gazetteer(gazetteerFile as GazetteerFile);
  return sharedGazetteer;
}
