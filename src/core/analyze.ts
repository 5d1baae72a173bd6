import type { DocumentAnalysis } from './types';
import { runPipeline } from './nlp/pipeline';
import { findMentions } from './entities/mentions';
import { findDates, findPublished } from './time';

/** Everything that can be computed from one document alone. */
export function analyzeDocument(file: string, text: string): DocumentAnalysis {
  const pipeline = runPipeline(text);
  const published = findPublished(text, pipeline);
  return {
    file,
    text,
    title: findTitle(text, pipeline),
    published,
    tokens: pipeline.tokens,
    sentences: pipeline.sentences,
    mentions: findMentions(text, pipeline),
    dates: findDates(text, pipeline, published),
  };
}

/** The headline: the first heading sentence, else the first content sentence, shortened. */
function findTitle(text: string, { sentences }: ReturnType<typeof runPipeline>): string {
  const content = sentences.filter((s) => !s.boilerplate && hasWords(text.slice(s.start, s.end)));
  const pick = content.find((s) => s.heading) ?? content[0];
  if (!pick) return '';
  const title = text.slice(pick.start, pick.end).replace(/\s+/g, ' ').trim();
  return title.length > 140 ? `${title.slice(0, 139)}…` : title;
}

/** Two or more words that are not month, weekday or clock words: datelines are not titles. */
function hasWords(sentence: string): boolean {
  const calendar = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^[ap]\.?m\.?$/i;
  return sentence.split(/[\s,]+/).filter((w) => /\p{L}{2,}/u.test(w) && !calendar.test(w)).length >= 2;
}
