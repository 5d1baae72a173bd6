/** The case lexicon: how a word is usually cased mid-sentence in the training text. */
import type { CaseClass } from '../../src/core/ner/features';
import type { Sentence } from './conll';

const MIN_COUNT = 2;

/** Words per class 1..3 (see CaseClass), sorted so the model file is reproducible. */
export function buildCaseLexicon(sentences: readonly Sentence[]): [string[], string[], string[]] {
  const counts = new Map<string, [number, number]>();
  for (const { tokens } of sentences) {
    // Position 0 is skipped: sentence-initial capitals say nothing about the word.
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!/^\p{L}/u.test(t) || (t.length > 1 && t === t.toUpperCase())) continue;
      const lower = t.toLowerCase();
      const c = counts.get(lower) ?? [0, 0];
      c[t[0] === lower[0] ? 0 : 1]++;
      counts.set(lower, c);
    }
  }
  const classes: [string[], string[], string[]] = [[], [], []];
  for (const [word, [lower, upper]] of counts) {
    const total = lower + upper;
    if (total < MIN_COUNT) continue;
    const cls: CaseClass = lower >= 0.9 * total ? 1 : upper >= 0.9 * total ? 3 : 2;
    classes[cls - 1].push(word);
  }
  for (const list of classes) list.sort();
  return classes;
}
