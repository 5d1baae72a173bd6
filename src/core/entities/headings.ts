/**
 * Headlines and headings in Title Case, and lines in capitals only, are no evidence of names: a
 * name found there is kept only when the same name (same case) occurs in the body. A
 * sentence-case headline keeps the evidence of its capitals.
 */
import type { Sentence } from '../types';
import type { NerSpan } from '../ner/tagger';
import type { Words } from './words';
import { isHeadingLine } from '../text/boilerplate';
import { initialsOf } from './acronyms';
import { BYLINE_LINE } from './credits';
import { STAMP_WORDS } from './mastheads';

/** Whether capital letters in this sentence say nothing about names. */
export function isCapitalized(text: string, s: Sentence): boolean {
  const line = text.slice(s.start, s.end);
  return (s.heading && isHeadingLine(line) && !BYLINE_LINE.test(line) && !SHORT_BULLET.test(line) && !ATTRIBUTION.test(line) && !HEADER_FIELDS.test(line)) || isShouted(line);
}

/** An outlet's name before a header's fields, its capitals a name's: "PBC News · Posted: Jan. 6, 2027". */
const HEADER_FIELDS = new RegExp(`^[^:|·•]*\\p{L}[^:|·•]*[|·•]\\s*(?:${STAMP_WORDS}|Last updated):`, 'u');

/** A pull quote's attribution, in a quoted block or not: "> — Prof. Lotte Verbiest, Antwerp Institute of Sport Science". */
const ATTRIBUTION = /^(?:>\s*)?[—–]\s/u;

/** An item of a list of a few words, a name's capitals its own: "- HMS Dunlin", "• Kelmar Holdings". */
const SHORT_BULLET = /^[-*•–]\s+\S+(?:\s+\S+){0,2}$/u;

const LOWER_CASE = /\p{Ll}/u;
const TWO_SHOUTED_WORDS = /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/u;

/** A sentence in capitals only ("POLICE SAY TWO MEN WERE ARRESTED."). Any lower-case letter rules it out first, cheaply. */
function isShouted(line: string): boolean {
  return !LOWER_CASE.test(line) && TWO_SHOUTED_WORDS.test(line);
}

/**
 * A line of names, one of them a person's or two or more: an author line ("Ana Ruiz, Reuters"),
 * a signature, a dateline ("WASHINGTON (Reuters)"), an item of a list of people ("Ali Khan, 24,
 * London E17"). Every word with a lower-case letter is in a name, so its capitals are the names'
 * own, not a headline's. One other name alone may be a headline word ("Strains").
 */
export function isLineOfNames(words: Words, tagged: readonly NerSpan[]): boolean {
  const names = tagged.filter((span) => span.label !== 'MISC');
  if (names.length < 2 && !names.some((span) => span.label === 'PER')) return false;
  const named = new Uint8Array(words.texts.length);
  for (const span of names) named.fill(1, span.start, span.end);
  // "Lena Hartwell and Omar Quddusi": a byline without "By" joins its names with "and".
  return words.texts.every((w, i) => named[i] || !LOWER_CASE.test(w) || (w === 'and' && named[i - 1] === 1 && named[i + 1] === 1));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The document's body: its content sentences where capitals mean something. */
export class BodyText {
  private body: string | undefined;
  private lowerBody: string | undefined;

  /** `capitalized[i]`: whether sentence i is capitalized (see isCapitalized); the body is joined on first use. */
  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly capitalized: readonly boolean[],
  ) {}

  /**
   * Whether `name` occurs in the body as whole words, case-sensitively. A name in capitals only
   * ("ANA RUIZ" in a shouted headline) may occur in any case, unless it is one short word, which
   * is more likely an acronym than a shouted name ("US" is not "us").
   */
  mentions(name: string, alone = false): boolean {
    this.body ??= this.sentences
      .filter((s, i) => !s.boilerplate && !this.capitalized[i])
      .map((s) => this.text.slice(s.start, s.end))
      .join('\n');
    const shouted = !LOWER_CASE.test(name) && name.toLowerCase() !== name && (name.includes(' ') || name.length >= 5);
    if (!shouted) return occursIn(this.body, name, alone);
    this.lowerBody ??= this.body.toLowerCase();
    return occursIn(this.lowerBody, name.toLowerCase());
  }

  /** Whether the body writes an organization's name as its initials ("Associated Press" on a byline's line, "AP" in the story). */
  abbreviates(span: { label: string }, name: string): boolean {
    return span.label === 'ORG' && initialsOf(name).some((letters) => this.mentions(letters.toUpperCase()));
  }
}

/**
 * Whether `name` occurs in `body` as whole words; with `alone`, not after a capitalized word, as a longer name's later
 * word ("Creamery" of "Halvorsen Creamery Inc." is none; "Halvorsen" of it is).
 */
function occursIn(body: string, name: string, alone = false): boolean {
  if (!body.includes(name)) return false;
  if (SURROGATE.test(name)) return wholeWordsByRegex(body, name);
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    if (isLetterOrDigit(codePointBefore(body, at)) || isLetterOrDigit(body.codePointAt(at + name.length))) continue;
    if (!alone || !CAPITALIZED_BEFORE.test(body.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

/** A capitalized word right before a name, of which it is then a later word: "Halvorsen [Creamery]". */
const CAPITALIZED_BEFORE = /\p{Lu}[\p{L}'’.&-]*[ ]$/u;

/** The code point ending right before `at` (a surrogate pair read whole, as a /u look-behind does). */
function codePointBefore(s: string, at: number): number | undefined {
  if (at === 0) return undefined;
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(at - 2);
  }
  return low;
}

function isLetterOrDigit(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** The general form, for names with surrogates, where code-point boundaries matter. */
function wholeWordsByRegex(body: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(body);
}
