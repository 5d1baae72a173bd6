/**
 * What the tagger already said about each capitalized word earlier in the same document
 * ("extended prediction history", Ratinov & Roth 2009). A name is usually introduced in full
 * and in a clear context ("the striker Ana Ruiz"); later bare mentions ("Ruiz said") then
 * inherit that evidence as a feature instead of being judged alone.
 */
import { TAG_COUNT } from './labels';

/** Per word: how often it was tagged O, PER, ORG, LOC, MISC. */
const KINDS = 1 + (TAG_COUNT - 1) / 2;

export class DocumentHistory {
  private readonly counts = new Map<string, Uint16Array>();

  /**
   * The word's dominant earlier kind: 0 never seen capitalized, 1 mostly untagged, 2 + t for
   * entity type t (majority of its tagged uses), +8 when its uses disagree.
   */
  label(word: string): number {
    const c = this.counts.get(word);
    if (!c) return 0;
    let best = 0;
    let total = 0;
    for (let k = 0; k < KINDS; k++) {
      total += c[k];
      if (c[k] > c[best]) best = k;
    }
    return 1 + best + (c[best] < total ? 8 : 0);
  }

  /** Records a tagged sentence: `words` are lower-cased, `capitalized` says which to remember. */
  record(words: readonly string[], capitalized: ArrayLike<boolean>, tags: ArrayLike<number>): void {
    for (let i = 0; i < words.length; i++) {
      if (!capitalized[i]) continue;
      let c = this.counts.get(words[i]);
      if (!c) this.counts.set(words[i], (c = new Uint16Array(KINDS)));
      const kind = tags[i] === 0 ? 0 : 1 + Math.floor((tags[i] - 1) / 2);
      if (c[kind] < 0xffff) c[kind]++;
    }
  }
}
