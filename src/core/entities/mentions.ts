import type { LocalMention } from '../types';
import type { Pipeline } from '../nlp/pipeline';
import { loadNerModel } from '../ner/tagger';
import { detectMentions } from './detect';

/** Entity mentions of one document, found with the shipped NER model (see detect.ts). */
export function findMentions(text: string, pipeline: Pipeline): LocalMention[] {
  return detectMentions(text, pipeline, loadNerModel());
}
