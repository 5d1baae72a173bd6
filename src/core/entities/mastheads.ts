/**
 * A masthead: the line naming the outlet above a story ("Harbour Gazette | Ports", "ANDEAN MINING JOURNAL",
 * "Gulf Sport 24 | Cricket"). Its name is a name whether or not the story uses it, and is whole whatever
 * the tagger made of its words.
 */
import type { Sentence, Token } from '../types';
import { startsUpper } from '../nlp/letters';
import type { Candidate } from './spans';
import { isPublicationHead } from './types';
import { isSometimesLowerCase, isUsuallyLowerCase, nameLists } from '../ner/tagger';
import { COUNTRY, PLACE_NAME } from '../ner/gazetteer';
import { isCallLetters } from './words';

const MAX_MASTHEAD_WORDS = 4;
/** What parts a masthead's name from its section: "Harbour Gazette | Ports", "EBN News - Culture", "Kestrel Business Review › Transport". */
const MASTHEAD_SEPARATOR = /^[|–—·›»-]$/;
/**
 * Last words of broadcasters' and trade titles' names, which also end headlines and reports' names ("Strong Jobs
 * Report"): a masthead's only on the document's first line, before a section or above a headline. A channel's number
 * may end it ("Gulf Sport 24"), and so may a word made with one of them ("North West Sportsline", "Energywire").
 */
const OUTLET_HEADS = /^(?:news|review|report|brief|record|radio|television|tv|pulse|wire|focus|week|magazine|online|watch|digest|monitor|insider|bulletin|\d{1,2}|\p{L}{3,}(?:line|wire|news|cast|watch|desk))$/iu;

/**
 * Where a sentence lies: the document's first line, above a line that reads as a headline, below a byline, the line
 * below the first (the headline), or between the headline and a byline or a line stamping when it was published.
 */
export interface LinePlace {
  first: boolean;
  aboveHeadline: boolean;
  belowByline: boolean;
  belowHeadline: boolean;
  aboveByline: boolean;
}

const MAX_BYLINE_TOKENS = 7;
/** Endings of a verb's forms a heading's words may have: "Pushes", "Named", "Opening" (not "Business"). */
const VERB_ENDING = /(?:[^s]s|ed|ing)$/;

/** Whether the sentence is a short line opening with "By": "By Sian Pritchard". */
export function isBylineLine(tokens: readonly Token[], s: Sentence): boolean {
  return tokens[s.tokenStart]?.text === 'By' && s.tokenEnd - s.tokenStart <= MAX_BYLINE_TOKENS;
}

/** The words that stamp a story's publication in its header: "Published: 2026-05-19 10:05". */
export const STAMP_WORDS = 'Published|Posted|Updated';
const STAMP = new RegExp(`^(?:${STAMP_WORDS})$`);

/** Whether the sentence is a byline or a line stamping the story's publication: "By Owen Pryce", "Published: 2026-05-19 10:05". */
export function isBylineOrStamp(tokens: readonly Token[], s: Sentence | undefined): boolean {
  return s !== undefined && (isBylineLine(tokens, s) || STAMP.test(tokens[s.tokenStart]?.text ?? ''));
}

/**
 * Whether the word at `end - 1` may end the name of a masthead on the sentence `s` ("BBC Wales News" below a byline or
 * before its "| By" too, "Stitchcraft Trade Review" alone on its line between the headline and a byline or a stamp, and
 * "Cumbria Sound News" alone on its line below the headline).
 */
function endsMasthead(tokens: readonly Token[], end: number, s: Sentence, place: LinePlace): boolean {
  const word = tokens[end - 1].text;
  const beforeByline = end < s.tokenEnd && isSeparator(tokens, end) && tokens[end + 1]?.text === 'By';
  // (Not a subheading between the headline and the byline: "Council Pushes New Review", nor one saying what news: "Good News".)
  const verbal = tokens.slice(s.tokenStart, end - 1).some((t) => isUsuallyLowerCase(t.text) && VERB_ENDING.test(t.text.toLowerCase()));
  const named = tokens.slice(s.tokenStart, end - 1).some((t) => !isSometimesLowerCase(t.text));
  const newsLine = place.belowHeadline && word === 'News' && named;
  const wholeLine = end === s.tokenEnd && (place.belowByline || ((place.aboveByline || newsLine) && !verbal));
  return isPublicationHead(word) || (((place.first && (end < s.tokenEnd || place.aboveHeadline)) || wholeLine || beforeByline) && OUTLET_HEADS.test(word));
}

/** Whether a separator with a space before it is at `i`, not a hyphen of a word ("13-Inch"). */
function isSeparator(tokens: readonly Token[], i: number): boolean {
  return MASTHEAD_SEPARATOR.test(tokens[i].text) && (i === 0 || tokens[i].start > tokens[i - 1].end);
}

/** Tokens before `end` end the sentence, or a separator follows them. */
function endsField(tokens: readonly Token[], end: number, s: Sentence): boolean {
  return end === s.tokenEnd || (end < s.tokenEnd && isSeparator(tokens, end));
}

/**
 * The outlet a masthead line names before its section: capitalized words (and "&", a channel's number) opening the
 * line, ending in a publication's word (or a broadcaster's or trade title's on the document's first line: see
 * OUTLET_HEADS), before a separator or the line's end.
 */
export function mastheadName(tokens: readonly Token[], s: Sentence, place: LinePlace): Candidate | undefined {
  // (Past its article.)
  const start = /^the$/i.test(tokens[s.tokenStart]?.text ?? '') ? s.tokenStart + 1 : s.tokenStart;
  let end = start;
  while (end < s.tokenEnd && end - start < MAX_MASTHEAD_WORDS && (startsUpper(tokens[end].text) || tokens[end].text === '&' || (end > start && /^\d{1,2}$/.test(tokens[end].text))) && !isSeparator(tokens, end)) end++;
  if (end - start < 2 || !endsMasthead(tokens, end, s, place) || !endsField(tokens, end, s)) return undefined;
  // (Not a section's label before the outlet: "Local News | WKRP".)
  if (tokens.slice(start, end - 1).every((t) => SECTION_WORDS.test(t.text))) return undefined;
  return { start, end, label: 'ORG', roles: [], credit: true };
}

/** Words of sections' labels that say what news, no outlet's name: "Local News", "World News", "Breaking News". */
const SECTION_WORDS = /^(?:Local|National|World|International|Business|Breaking|Top|Latest|Sports?|Politics|Opinion|Health|Science|Tech|Technology|Entertainment|Culture|Lifestyle|Regional|Community|Weather|Money|Finance|Financial|Education)$/;

/** What parts the fields of a header line or a breadcrumb: "WLKX | Lansing | News", "Home › Ireland › Media". */
const FIELD_SEPARATOR = /^[|–—·•›»/]$/;
const MAX_FIELD_WORDS = 4;

/**
 * The names of a header line's fields (a line of short fields between separators): a field that is a listed place
 * ("Lansing", "North America") or a broadcaster's call letters ("WLKX"). A heading's names the story does not use are
 * dropped; these are names all the same.
 */
export function headerFields(tokens: readonly Token[], s: Sentence): Candidate[] {
  const fields: [number, number][] = [];
  let start = s.tokenStart;
  for (let i = s.tokenStart; i <= s.tokenEnd; i++) {
    if (i < s.tokenEnd && !FIELD_SEPARATOR.test(tokens[i].text)) continue;
    if (i === start || i - start > MAX_FIELD_WORDS) return [];
    fields.push([start, i]);
    start = i + 1;
  }
  if (fields.length < 2) return [];
  const out: Candidate[] = [];
  for (const [from, to] of fields) {
    const text = tokens.slice(from, to).map((t) => t.text).join(' ');
    if (to - from === 1 && isCallLetters(text)) out.push({ start: from, end: to, label: 'ORG', roles: [], credit: true });
    else out.push(...fieldPlaces(tokens, from, to));
  }
  return out;
}

/** A field's listed place, or both of two joined by "&" or "and": "North East & Cumbria". */
function fieldPlaces(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const place = (a: number, b: number) => {
    const text = tokens.slice(a, b).map((t) => t.text).join(' ');
    return b > a && startsUpper(text) && (nameLists().lookup(text.toLowerCase()) & (PLACE_NAME | COUNTRY)) !== 0;
  };
  if (place(from, to)) return [{ start: from, end: to, label: 'LOC', roles: [], cued: true }];
  const and = tokens.slice(from, to).findIndex((t) => t.text === '&' || t.text === 'and') + from;
  if (and <= from || !place(from, and) || !place(and + 1, to)) return [];
  return [{ start: from, end: and, label: 'LOC', roles: [], cued: true }, { start: and + 1, end: to, label: 'LOC', roles: [], cued: true }];
}
