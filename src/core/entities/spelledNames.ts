/**
 * A body's name that an acronym elsewhere in the document spells: "U.S. Customs and Border
 * Protection … a CBP spokesman", "Immigration and Customs Enforcement … ICE agents". The tagger
 * often cuts such a name at its "and" or leaves part of it; the acronym vouches for the whole, as
 * brackets do right after a name (withAcronymStarts in untagged.ts).
 */
import type { Token } from '../types';
import { startsUpper } from '../nlp/letters';
import type { Candidate } from './spans';
import { acronymLetters, isAcronym, isCommonNounAcronym } from './acronyms';
import { FUNCTION_WORDS } from './extend';

/** Lower-case words and commas inside a body's name that its acronym skips ("Foreign, Commonwealth and Development Office"). */
const CONNECTORS = /^(?:and|of|for|on|the|&|,)$/;
/** Acronyms this short spell too many runs of capitals by chance. */
const MIN_LETTERS = 3;
const MAX_LETTERS = 6;
/** A word of three capitals or more, dots allowed: an acronym's shape. */
const SHOUTED = /^\p{Lu}[\p{Lu}.]{2,}$/u;
/** A country's short form before a national body's name, part of it: "U.S. Customs and Border Protection". */
const COUNTRY_PREFIX = /^(?:U\.S\.|US|U\.K\.|UK)$/;

export function namesSpelledByAcronyms(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
  const spelled = new Set<string>();
  for (const t of tokens) {
    // (Asked of every word: capitals first.)
    if (!SHOUTED.test(t.text)) continue;
    const letters = acronymLetters(t.text);
    if (letters && letters.length >= MIN_LETTERS && letters.length <= MAX_LETTERS && !/\d/.test(letters) && !isCommonNounAcronym(t.text)) spelled.add(letters);
  }
  if (spelled.size === 0) return [...candidates];
  let out = [...candidates];
  for (let i = 0; i < tokens.length; i++) {
    if (!startsUpper(tokens[i].text) || isAcronym(tokens[i].text) || (i > 0 && startsUpper(tokens[i - 1].text) && !COUNTRY_PREFIX.test(tokens[i - 1].text) && tokens[i - 1].sentence === tokens[i].sentence && !isSentenceStart(tokens, i - 1))) continue;
    // (Not a byline's "By" before a person: "By Hannah Pryce" spells no "BHP".)
    const openerCut = isSentenceStart(tokens, i) && !FUNCTION_WORDS.has(tokens[i].pos) && out.some((c) => c.start === i + 1 && c.label !== 'PER');
    const end = spelledRunEnd(tokens, i, spelled, openerCut);
    if (end === undefined) continue;
    // Only where the tagger cut or missed the name: a name found whole is left as it is.
    if (out.some((c) => c.start === i && c.end === end)) continue;
    const start = COUNTRY_PREFIX.test(tokens[i - 1]?.text ?? '') && tokens[i - 1].sentence === tokens[i].sentence ? i - 1 : i;
    // Not inside a longer name the tagger found ("Centers for Disease Control and Prevention Foundation").
    if (out.some((c) => c.start < start && c.end > start) || out.some((c) => c.start < end && c.end > end)) continue;
    out = [...out.filter((c) => c.end <= start || c.start >= end), { start, end, label: 'ORG', roles: [] }];
    i = end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * One past the last token of a run of capitalized words from `i` whose initials are one of `spelled`, if any. A run of capitals alone the tagger finds whole, or cuts at the common word that opens a sentence (`openerCut`):
 * "Internal Revenue Service agents raided … The IRS said".
 */
function spelledRunEnd(tokens: readonly Token[], i: number, spelled: ReadonlySet<string>, openerCut: boolean): number | undefined {
  let initials = '';
  let words = 0;
  let connectors = 0;
  let lowerCase = 0;
  for (let k = i; k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
    const word = tokens[k].text;
    if (startsUpper(word) && /^\p{L}/u.test(word) && !isAcronym(word)) {
      initials += word[0].toLowerCase();
      words++;
      if (initials.length > MAX_LETTERS) return undefined;
      const next = tokens[k + 1]?.text ?? '';
      // The run ends where the name does: no capital after it.
      if (words >= 2 && (connectors + lowerCase > 0 || openerCut) && spelled.has(initials) && !(startsUpper(next) && tokens[k + 1].sentence === tokens[i].sentence)) return k + 1;
    } else if (CONNECTORS.test(word) && words > 0) connectors++;
    // "Medicines and Healthcare products Regulatory Agency": one word in lower case the letters skip, between capitals.
    else if (/^\p{Ll}+$/u.test(word) && words >= 2 && lowerCase === 0 && startsUpper(tokens[k + 1]?.text ?? '')) lowerCase++;
    else return undefined;
  }
  return undefined;
}

/** Whether token `i` opens its sentence. */
function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1].sentence !== tokens[i].sentence;
}
