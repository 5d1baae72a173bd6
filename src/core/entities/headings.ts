/**
 * Headlines and headings are Title Case or ALL CAPS, so capital letters there are no evidence of a
 * name: a heading span is kept only when the same name (same case) occurs in the body.
 */
import type { Sentence } from '../types';

export class BodyText {
  private readonly body: string;

  constructor(text: string, sentences: readonly Sentence[]) {
    this.body = sentences
      .filter((s) => !s.heading && !s.boilerplate)
      .map((s) => text.slice(s.start, s.end))
      .join('\n');
  }

  /** Whether `name` occurs in the body as whole words, case-sensitively. */
  mentions(name: string): boolean {
    if (!this.body.includes(name)) return false;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(this.body);
  }
}
