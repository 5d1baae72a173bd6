/**
 * Companies named by ordinary words, which the tagger leaves alone: "clothing retailer Next", "Shares in Target rose",
 * "Harvest (HRV.L)", "Shares of Stage Nation fell", "Lina Moss of Stride Global Management". A capitalized word inside a
 * sentence, with a company's cue around it, is the company's name; propagate.ts and recurring.ts find it again.
 */
import type { Token } from '../types';
import { startsUpper } from '../nlp/letters';
import type { Candidate } from './spans';
import { isCalendarWord } from './calendar';
import { isBusinessWord } from './companies';
import { countryOfDemonym } from './owners';
import { isTitleWord } from './titles';
import { OPENING } from './propagate';
import { isCuedCompany } from './typeCues';
import { isHyphen } from './words';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const ADJECTIVE_ENDING = /(?:ist|ic|ian|an|ish|ese|ive|al)$/;

const MAX_CUED_WORDS = 3;

/** Tokens [from, to) are a sentence; `covered` marks the tokens already in names. */
export function cuedCompanies(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    const word = tokens[i].text;
    // "in a post on X": the platform's one letter.
    if (word === 'X' && !covered[i] && tokens[i - 1].text === 'on' && isCuedCompany(tokens, i, i + 1)) {
      out.push({ start: i, end: i + 1, label: 'ORG', roles: [], cued: true });
      continue;
    }
    if (covered[i] || !TITLE_CASE.test(word) || OPENING.test(tokens[i - 1].text)) continue;
    // "Shares of Stage Nation fell": two or three words in Title Case, none of them the tagger's.
    let end = i + 1;
    while (end < to && end - i < MAX_CUED_WORDS && !covered[end] && TITLE_CASE.test(tokens[end].text) && !isCalendarWord(tokens[end].text)) end++;
    // … or after a name and "of", ending in a company's word ("Lina Moss of Stride Global Management").
    const firmOf = tokens[i - 1].text === 'of' && covered[i - 2] === 1 && isBusinessWord(tokens[end - 1].text);
    if (end > i + 1 && !startsUpper(tokens[end]?.text ?? '') && !startsUpper(tokens[i - 1].text) && (firmOf || isCuedCompany(tokens, i, end))) {
      out.push({ start: i, end, label: 'ORG', roles: [], cued: true });
      i = end - 1;
      continue;
    }
    // One word alone: a capital, a hyphen or a number beside it makes a longer name ("Sea-Intelligence", "Fab 34").
    const next = tokens[i + 1]?.text ?? '';
    if (startsUpper(tokens[i - 1].text) || startsUpper(next) || /^[-‐‑\d]/.test(next) || isHyphen(tokens[i - 1].text)) continue;
    if (isTitleWord(word) || isCalendarWord(word) || countryOfDemonym(word) !== undefined) continue;
    // Before a noun an adjective's form is its modifier ("the Islamist group", "the Democratic party"; not "the Solidarity union").
    if (tokens[i + 1]?.pos === 'NOUN' && ADJECTIVE_ENDING.test(word)) continue;
    if (isCuedCompany(tokens, i, i + 1)) out.push({ start: i, end: i + 1, label: 'ORG', roles: [], cued: true });
  }
  return out;
}
