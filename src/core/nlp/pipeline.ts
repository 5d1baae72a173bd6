import type { Sentence, Token } from '../types';
import { isBoilerplateLine, isHeadingLine } from '../text/boilerplate';
import { winkTagger } from './wink';

export interface Pipeline {
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Tokens with exact UTF-16 offsets and POS tags, and sentences that also end at line breaks
 * (headlines, datelines and bullets stand on lines of their own in saved articles).
 */
export function runPipeline(text: string): Pipeline {
  const nlp = winkTagger();
  const doc = nlp.readDoc(text);
  const words = doc.tokens();
  const values = words.out() as string[];
  const tags = words.out(nlp.its.pos) as string[];
  // Spans are [first, last] token indices; reading them avoids an item object per sentence.
  const winkSentenceStarts = new Set<number>();
  for (const [first, last] of doc.sentences().out(nlp.its.span) as number[][]) {
    if (last >= first) winkSentenceStarts.add(first);
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let sentenceStart = 0;
  const closeSentence = (tokenEnd: number) => {
    if (tokenEnd <= sentenceStart) return;
    const start = tokens[sentenceStart].start;
    const end = tokens[tokenEnd - 1].end;
    sentences.push({ start, end, tokenStart: sentenceStart, tokenEnd, boilerplate: false, heading: false });
    sentenceStart = tokenEnd;
  };
  let winkBoundary = false;
  for (let i = 0; i < values.length; i++) {
    winkBoundary ||= winkSentenceStarts.has(i);
    // wink keeps runs of line breaks as tokens of their own; they only mark boundaries here.
    if (!/\S/.test(values[i])) continue;
    const { start, end } = locate(text, values[i], cursor);
    const last = tokens[tokens.length - 1];
    // One word that wink split at a letter beyond Latin-1 ("Bronis|ł|awa", "Erdo|ğ|an"), a model's
    // plural it read as a decade ("A3|30s", "9|00s"), an ordinal it split before "11th", "12th" or "13th" ("4|12th"),
    // or a name it read as "I've" ("Jonathan I|ve explained").
    const name = last?.text === 'I' && values[i] === 've';
    const ordinal = last !== undefined && /^\d+$/.test(last.text) && SPLIT_ORDINAL.test(values[i]);
    if (last && last.end === start && (isSplitWord(text, start) || (MODEL_START.test(last.text) && DECADE.test(values[i])) || name || ordinal)) {
      last.end = end;
      last.text = text.slice(last.start, end);
      if (tags[i] === 'PROPN' || name) last.pos = 'PROPN';
      if (ordinal) last.pos = tags[i];
      winkBoundary = false;
      cursor = end;
      continue;
    }
    // No sentence ends inside a number: wink ends one at the stop of "6.05am".
    const inNumber = last !== undefined && last.end === start && /\d\.$/.test(text.slice(Math.max(0, start - 2), start)) && /^\d/.test(values[i]);
    // An abbreviation wink splits from its stop, inside a sentence, is one word as wink writes "Gen.": "Adm.", "Bros.".
    const abbreviated = winkBoundary && !hasLineBreak(text, cursor, start) && continuesAfterAbbreviation(tokens, values[i]);
    if (abbreviated) {
      const stop = tokens.pop()!;
      const word = tokens[tokens.length - 1];
      word.end = stop.end;
      word.text = text.slice(word.start, word.end);
    }
    const boundary = winkBoundary && !inNumber && !abbreviated;
    const afterState = endsAfterStateLetters(tokens, values[i]);
    if (tokens.length > 0 && (boundary || endsAfterClock(last, values[i]) || endsAfterLegalForm(last, values[i]) || afterState || hasLineBreak(text, cursor, start))) closeSentence(tokens.length);
    winkBoundary = false;
    // wink splits "Kelmar's" from its "'s" except before punctuation ("at Kelmar's,"), and caches a word it
    // kept whole across documents, so that it stays whole after that anywhere; split where wink splits it
    // first, every document reads the same whatever was read before.
    // A legal form written without a stop keeps none ("… at Tillman Greer LLP. \"I'd …\""): the stop ends the sentence.
    const stopped = UNSTOPPED_LEGAL_FORM.test(values[i]) ? end - 1 : end;
    const possessive = POSSESSIVE_END.test(values[i]) && end - start === values[i].length && !isBeforePunctuation(values, i) ? end - 2 : stopped;
    // The whole word's tag is the cache's, not the context's: a capital says proper noun, as wink says of the part.
    const pos = stopped < end ? 'PROPN' : possessive < end ? (/^\p{Lu}/u.test(values[i]) ? 'PROPN' : 'NOUN') : tags[i];
    tokens.push({ start, end: possessive, text: text.slice(start, possessive), pos, sentence: sentences.length });
    if (possessive < end) tokens.push({ start: possessive, end, text: text.slice(possessive, end), pos: stopped < end ? 'PUNCT' : 'PART', sentence: sentences.length });
    cursor = end;
  }
  closeSentence(tokens.length);
  markLines(text, sentences);
  namesInIng(tokens);
  return { tokens, sentences };
}

const CAPITALIZED_ING = /^\p{Lu}\p{Ll}+ing$/u;

/**
 * A capitalized "-ing" word wink reads as a verb after a proper noun, before a word in lower case, is a name's:
 * "Corvid Releasing bought the rights", "Sinclair Broadcasting said" (not a Title Case headline's "Storm Battering Coast").
 */
function namesInIng(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [t, prev, next] = [tokens[i], tokens[i - 1], tokens[i + 1]];
    if (t.pos === 'VERB' && prev.pos === 'PROPN' && prev.sentence === t.sentence && CAPITALIZED_ING.test(t.text) && !/^\p{Lu}/u.test(next.text)) t.pos = 'PROPN';
  }
}

/** Abbreviated titles wink ends a sentence after: "Rear Adm. Roy Ostra", "Ma. Theresa Lazaro", "Det. Ana Ruiz". */
const TITLE_ABBREVIATIONS = /^(?:Adm|Cmdr|Cdr|Maj|Det|Supt|Insp|Cpl|Pvt|Msgr|Mgr|Ald|Atty|Ma|Sta|Sto)$/;
/** Abbreviated words inside names: "Warner Bros. Discovery", "Kelmar Bros. fell", legal forms: "Pte. Ltd.", "Sdn. Bhd.". */
const NAME_ABBREVIATIONS = /^(?:Bros|Mass|Conn|Ariz|Calif|Penn|Pte|Sdn|Bhd|Pty)$/;
/** Words that open a sentence after a name's abbreviation: "… to Warner Bros. The deal …", "… by Harlow Ltd. Yesterday it …". */
const SENTENCE_OPENERS =
  /^(?:The|A|An|It|Its|He|She|They|We|I|In|On|At|But|And|This|That|These|Those|There|Shares|However|Yesterday|Today|Tomorrow|Last|Earlier|Later|Meanwhile|Since|When|While|After|Now|His|Her|Their|Our|Some|Many|Most|Analysts|Officials)$/;
/** Legal forms written without a stop, whose stop after them wink keeps in the word: "LLP.", "GmbH.". */
const UNSTOPPED_LEGAL_FORM = /^(?:LLP|LLC|PLC|AG|SE|AB|GmbH|NV|BV|ASA|KG|DAC)\.$/;
/** A legal form's abbreviation, whose stop wink keeps in the word: "Ltd.", "Inc.". */
const LEGAL_FORM_STOP = /^(?:Ltd|Inc|Corp|Co|Cos|Plc|PLC|LLC|Bhd|Pty)\.$/;

/** Whether a sentence ends after a legal form wink did not end one after, before `next`: "made by Harlow Ltd. Yesterday the firm said". */
function endsAfterLegalForm(last: Token | undefined, next: string): boolean {
  return last !== undefined && LEGAL_FORM_STOP.test(last.text) && SENTENCE_OPENERS.test(next);
}

/** A US state's dotted letters, whose stop wink keeps in the word: "N.H.", "N.Y." (not "D.C.", which opens names: "D.C. Council"). */
const STATE_LETTERS = /^(?:N\.[HJYCDM]|S\.[CD]|R\.I)\.$/;

/** Whether a sentence ends after a town's state in letters before a capital: "made in Portsmouth, N.H. Project architect Nina Vell said". */
function endsAfterStateLetters(tokens: readonly Token[], next: string): boolean {
  const [town, comma, state] = tokens.slice(-3);
  return state !== undefined && STATE_LETTERS.test(state.text) && comma?.text === ',' && /^\p{Lu}/u.test(town?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(next);
}

/** Whether the stop after an abbreviation (wink's last two tokens) goes on in the same sentence before `next`. */
function continuesAfterAbbreviation(tokens: readonly Token[], next: string): boolean {
  const [word, stop] = [tokens[tokens.length - 2], tokens[tokens.length - 1]];
  if (stop?.text !== '.' || word === undefined || word.end !== stop.start) return false;
  if (TITLE_ABBREVIATIONS.test(word.text)) return /^\p{Lu}/u.test(next);
  if (!NAME_ABBREVIATIONS.test(word.text)) return false;
  return /^\p{Ll}/u.test(next) || (/^\p{Lu}/u.test(next) && !SENTENCE_OPENERS.test(next));
}

/** Whether the next token after `i` that is no line break is a stop, comma or closing bracket (or there is none). */
function isBeforePunctuation(values: readonly string[], i: number): boolean {
  let k = i + 1;
  while (k < values.length && !/\S/.test(values[k])) k++;
  return k === values.length || /^[,.;:!?)\]]/.test(values[k]);
}

/** A word with a possessive "'s" wink left in it. */
const POSSESSIVE_END = /\p{L}['’]s$/u;
const MODEL_START = /^\p{Lu}{0,3}\d+$/u;
const DECADE = /^\d+s$/;
const SPLIT_ORDINAL = /^1[123]th$/;

/** "a.m." and "6pm." or "6.30pm.", the stop wink keeps in the word. */
const CLOCK_SUFFIX = /^(?:[ap]\.m\.|\d{1,2}(?:[:.]\d\d)?[ap]m\.)$/i;
/** What may follow "a.m." in its own sentence: a zone ("EST", "Eastern time"), a day ("Tuesday", "Jan."). */
const AFTER_CLOCK = /^(?:\p{Lu}{2,5}|Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\b/u;

/** Whether a sentence ends after "10 a.m." or "6pm." (whose stop wink keeps in the word) before `next`: "at 10 a.m. Prosecutors asked". */
function endsAfterClock(last: Token | undefined, next: string): boolean {
  return last !== undefined && CLOCK_SUFFIX.test(last.text) && /^\p{Lu}/u.test(next) && !AFTER_CLOCK.test(next);
}

/** wink gives no offsets: find the token verbatim after the cursor, or take the next non-space run. */
function locate(text: string, value: string, cursor: number): { start: number; end: number } {
  const found = text.indexOf(value, cursor);
  if (found >= 0 && isBlank(text, cursor, found)) return { start: found, end: found + value.length };
  let start = cursor;
  while (start < text.length && /\s/.test(text[start])) start++;
  return { start, end: Math.min(text.length, start + value.length) };
}

const SPACES = /\s*/y;

/** Whether text[from, to) is all white space; tested in place, as this runs for every token. */
function isBlank(text: string, from: number, to: number): boolean {
  SPACES.lastIndex = from;
  SPACES.test(text);
  return SPACES.lastIndex >= to;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}]/u;

/**
 * Whether the tokens meeting at `at` (no space between) are parts of one word: wink's tokenizer
 * knows the letters of Latin-1 only and cuts words at any other ("ł", "ğ", "ř", "ễ"). Plain
 * contractions ("do|n't") meet between ASCII letters and stay apart.
 */
function isSplitWord(text: string, at: number): boolean {
  const before = text.codePointAt(at - 1 - (isLowSurrogate(text.charCodeAt(at - 1)) ? 1 : 0))!;
  const after = text.codePointAt(at)!;
  if (before <= 0xff && after <= 0xff) return false;
  return WORD_CHAR.test(String.fromCodePoint(before)) && WORD_CHAR.test(String.fromCodePoint(after));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Flags boilerplate lines and headings; the first content line is the headline. */
function markLines(text: string, sentences: Sentence[]): void {
  let firstContent = true;
  for (const s of sentences) {
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    let lineEnd = text.indexOf('\n', s.end);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const wholeLine = line.trim() === text.slice(s.start, s.end).trim();
    s.boilerplate = isBoilerplateLine(line);
    s.heading = wholeLine && !s.boilerplate && (firstContent || isHeadingLine(line));
    if (!s.boilerplate && LETTER.test(line)) firstContent = false;
  }
}
