/** Typed exact-span precision/recall/F1 for PER, ORG and LOC; MISC is dropped on both sides. */
import { tagsToSpans, type NerLabel, type NerSpan } from '../../src/core/ner/labels';
import type { Sentence } from './conll';

export const SCORED: readonly NerLabel[] = ['PER', 'ORG', 'LOC'];

export interface Score {
  label: NerLabel | 'ALL';
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreSpans(gold: Sentence[], predicted: NerSpan[][]): Score[] {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  for (const label of [...SCORED, 'ALL']) counts.set(label, { gold: 0, predicted: 0, correct: 0 });
  const key = (s: NerSpan): string => `${s.start}:${s.end}:${s.label}`;
  gold.forEach((sentence, i) => {
    const g = tagsToSpans(sentence.tags).filter((s) => SCORED.includes(s.label));
    const p = predicted[i].filter((s) => SCORED.includes(s.label));
    const goldKeys = new Set(g.map(key));
    for (const s of g) bump(s.label, 'gold');
    for (const s of p) {
      bump(s.label, 'predicted');
      if (goldKeys.has(key(s))) bump(s.label, 'correct');
    }
  });
  return [...counts].map(([label, c]) => {
    const precision = c.predicted ? c.correct / c.predicted : 0;
    const recall = c.gold ? c.correct / c.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label: label as Score['label'], ...c, precision, recall, f1 };
  });

  function bump(label: string, field: 'gold' | 'predicted' | 'correct'): void {
    counts.get(label)![field]++;
    counts.get('ALL')![field]++;
  }
}

export function microF1(gold: Sentence[], predicted: NerSpan[][]): number {
  return scoreSpans(gold, predicted).find((s) => s.label === 'ALL')!.f1;
}
