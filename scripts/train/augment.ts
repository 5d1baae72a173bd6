/**
 * Case-perturbed copies of training sentences. Headlines in Title Case and ALL-CAPS lines are
 * common in news files but rare in the corpora, so the model would read every capital as a name.
 */
import type { Sentence } from './conll';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as']);

export function titleCase(s: Sentence): Sentence {
  const tokens = s.tokens.map((t, i) =>
    i > 0 && SMALL_WORDS.has(t.toLowerCase()) ? t : t.charAt(0).toUpperCase() + t.slice(1),
  );
  return { tokens, tags: s.tags };
}

export function upperCase(s: Sentence): Sentence {
  return { tokens: s.tokens.map((t) => t.toUpperCase()), tags: s.tags };
}

/** Deterministic PRNG (mulberry32) so training is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], rand: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
