/**
 * Headlines and headings in Title Case, and lines in capitals only, are no evidence of names: a
 * name found there is kept only when the same name (same case) occurs in the body. A
 * sentence-case headline keeps the evidence of its capitals.
 */
import type { Sentence } from '../types';
import { isHeadingLine } from '../text/boilerplate';

/** Whether capital letters in this sentence say nothing about names. */
export function isCapitalized(text: string, s: Sentence): boolean {
  const line = text.slice(s.start, s.end);
  return (s.heading && isHeadingLine(line)) || isShouted(line);
}

/** A sentence in capitals only ("POLICE SAY TWO MEN WERE ARRESTED."). */
function isShouted(line: string): boolean {
  return /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** The document's body: its content sentences where capitals mean something. */
export class BodyText {
  private readonly body: string;

  constructor(text: string, sentences: readonly Sentence[]) {
    this.body = sentences
      .filter((s) => !s.boilerplate && !isCapitalized(text, s))
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
