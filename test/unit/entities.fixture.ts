/**
 * Test scaffolding for the entity tests: a scripted tagger that tags the names it is given
 * (longest match first, case-sensitive), so the rules around the tagger are tested on their own.
 */
import type { DocumentAnalysis } from '../../src/core/types';
import type { NerLabel, NerModel, NerSpan } from '../../src/core/ner/tagger';
import { runPipeline } from '../../src/core/nlp/pipeline';
import { detectMentions } from '../../src/core/entities/detect';

export function scriptedTagger(names: Record<string, NerLabel>): NerModel {
  const entries = Object.entries(names)
    .map(([name, label]) => ({ words: name.split(' '), label }))
    .sort((a, b) => b.words.length - a.words.length);
  const model: NerModel = {
    tagDocument: (sentences) => sentences.map((s) => model.tagSentence(s.tokens)),
    tagSentence(tokens: readonly string[]): NerSpan[] {
      const spans: NerSpan[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const hit = entries.find((e) => e.words.every((w, k) => tokens[i + k] === w));
        if (!hit) continue;
        spans.push({ start: i, end: i + hit.words.length, label: hit.label });
        i += hit.words.length - 1;
      }
      return spans;
    },
  };
  return model;
}

/** One document analyzed with the scripted tagger (dates and claims left empty). */
export function analyzeWith(file: string, text: string, names: Record<string, NerLabel>): DocumentAnalysis {
  const pipeline = runPipeline(text);
  return {
    file,
    text,
    title: '',
    published: null,
    tokens: pipeline.tokens,
    sentences: pipeline.sentences,
    mentions: detectMentions(text, pipeline, scriptedTagger(names)),
    dates: [],
  };
}
