import type { DocumentAnalysis, Sentence } from './types';
import { runPipeline } from './nlp/pipeline';
import { findMentions } from './entities/mentions';
import { findDates, findPublished } from './time';
import { isPublicationHead } from './entities/types';
import { isRoleByline } from './entities/credits';

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

/**
 * The headline: the first heading sentence, else the first content sentence, shortened. Content
 * is tested only where it can decide: on headings, and on sentences until the first content one.
 */
function findTitle(text: string, { sentences }: ReturnType<typeof runPipeline>): string {
  let pick: Sentence | undefined;
  let firstContent: Sentence | undefined;
  for (const s of sentences) {
    const line = text.slice(s.start, s.end);
    if (s.boilerplate || (firstContent && !s.heading) || !hasWords(line) || isMastheadLine(line) || BYLINE.test(line) || isRoleByline(line)) continue;
    if (s.heading) {
      pick = s;
      break;
    }
    firstContent = s;
  }
  pick ??= firstContent;
  if (!pick) return '';
  const title = text.slice(pick.start, pick.end).replace(/\s+/g, ' ').trim();
  return title.length > 140 ? `${title.slice(0, 139)}…` : title;
}

/** "By Morag Lindsay", "By Gareth Pryce-Owen, Industry Editor": a byline, no headline. */
const BYLINE = /^By\s+\p{Lu}/u;

const MASTHEAD = /^(?:the\s+)?(?:[\p{Lu}][\p{L}&'’]*\s+){0,3}([\p{Lu}][\p{L}]*)\s*(?:\||$)/iu;

/** "The Coastal Tribune | Business", "ANDEAN MINING JOURNAL": a newspaper's name, and its section, no headline. */
function isMastheadLine(line: string): boolean {
  const m = MASTHEAD.exec(line);
  return m !== null && isPublicationHead(m[1]);
}

const CALENDAR_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^[ap]\.?m\.?$/i;
const TWO_LETTERS = /\p{L}{2,}/u;

/** Two or more words that are not month, weekday or clock words: datelines are not titles. */
function hasWords(sentence: string): boolean {
  return sentence.split(/[\s,]+/).filter((w) => TWO_LETTERS.test(w) && !CALENDAR_WORD.test(w)).length >= 2;
}
