import type { LocalMention } from '../types';
import type { Pipeline } from '../nlp/pipeline';

/** Entity mentions of one document (stub until the tagger lands). */
export function findMentions(_text: string, _pipeline: Pipeline): LocalMention[] {
  return [];
}
