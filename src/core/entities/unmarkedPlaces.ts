/**
 * Places written without the capitals the tagger reads names by: in lower case, as informal posts,
 * reviews and mail write them ("a good restaurant in kerala"), and as the two-letter state of a
 * postal address ("Houston, TX 77002").
 */
import type { Token } from '../types';
import { COMMON_WORD, FIRST_NAME, LAST_NAME, PLACE_NAME } from '../ner/gazetteer';
import { isUsuallyLowerCase, nameLists } from '../ner/tagger';
import { startsUpper } from '../nlp/letters';
import { isStateAbbreviation } from './identity';
import { isCountryCode } from './words';
import type { Candidate } from './spans';

/** The bits of the lists that name: places, given names, surnames. */
const NAME_WORD = PLACE_NAME | FIRST_NAME | LAST_NAME;
const LOWER_WORD = /^\p{Ll}{3,}$/u;
/** Words after which a word in lower case may be a place: "in kerala", "from maryland", "between noida and …". */
const PLACE_LEADS = new Set(['in', 'from', 'to', 'at', 'near', 'around', 'across', 'into', 'through', 'between', 'and', 'or', 'of', 'visit', 'visiting', 'visited']);
const MAX_PLACE_TOKENS = 3;

/**
 * Listed places in lower case that the tagger left untagged, after a word that leads to a place or
 * opening the sentence: one word that is no English word and no listed given name or surname
 * ("in kerala", not "bath", "china" or "david"), or several words of which one is none of these
 * ("to san francisco", not "college station"). `covered` marks tagged tokens.
 */
export function lowerCasePlaces(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const lists = nameLists();
  const lower = (k: number) => !covered[k] && LOWER_WORD.test(tokens[k].text);
  const plain = (k: number) => !(lists.lookup(tokens[k].text) & (COMMON_WORD | FIRST_NAME | LAST_NAME)) && !isUsuallyLowerCase(tokens[k].text);
  const naming = (bits: number) => (bits & NAME_WORD) !== 0 && !(bits & COMMON_WORD);
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    // After a word that leads to a place, or opening the sentence: not "the roseau cane".
    if (!lower(i) || (i > from && !PLACE_LEADS.has(tokens[i - 1].text.toLowerCase()))) continue;
    let end = Math.min(to, i + Math.max(1, Math.min(MAX_PLACE_TOKENS, lists.longestPhrase(tokens[i].text))));
    for (; end > i; end--) {
      const words = tokens.slice(i, end);
      const telling = end - i === 1 ? plain(i) : words.some((t) => naming(lists.lookup(t.text)));
      if (telling && words.every((_, k) => lower(i + k)) && lists.lookup(words.map((t) => t.text).join(' ')) & PLACE_NAME) break;
    }
    if (end === i) continue;
    out.push({ start: i, end, label: 'LOC', roles: [], lowerCase: true });
    i = end - 1;
  }
  return out;
}

/** The postal codes of the US states and DC, and of Canada's provinces and territories. */
const POSTAL_REGIONS = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD
  TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT`.split(/\s+/),
);
/** Codes that are also words in capitals ("OK", "OR", "HI"): a region only after a listed place or before a postal code. */
const WORD_CODES = new Set(['CO', 'DE', 'HI', 'ID', 'IN', 'LA', 'MA', 'ME', 'OH', 'OK', 'ON', 'OR', 'PA']);
const POSTAL_CODE = /^(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z])$/;

/**
 * "one of a dozen UK importers": a country's code the tagger left untagged, in a sentence of lower-case words (not a
 * line in capitals: "LET US PRAY"; nor a currency's: "US $5.4 billion"). `covered` marks tagged tokens.
 */
export function countryCodes(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const lower = (k: number) => k >= from && k < to && /\p{Ll}/u.test(tokens[k].text);
  for (let i = from; i < to; i++) {
    const currency = /^[$€£¥\d]/u.test(tokens[i + 1]?.text ?? '');
    if (!covered[i] && isCountryCode(tokens[i].text) && !currency && (lower(i - 1) || lower(i + 1))) out.push({ start: i, end: i + 1, label: 'LOC', roles: [] });
  }
  return out;
}

/**
 * "LAKEMONT, Wis., April 15": a state as news abbreviates it after a town and a comma, with its stop, which wink cuts off
 * ("Calif." it keeps whole). `covered` marks tagged tokens.
 */
export function abbreviatedStates(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 2; i + 1 < to; i++) {
    if (covered[i] || !isStateWithStop(tokens, i) || tokens[i - 1].text !== ',' || !startsUpper(tokens[i - 2].text)) continue;
    out.push({ start: i, end: i + 2, label: 'LOC', roles: [] });
  }
  return out;
}

/** A place the tagger found in a state's abbreviation, with the stop wink cut off, even where it ends the sentence: "CARVER FALLS, Wis. - Shoppers". */
export function withStateStop(tokens: readonly Token[], c: Candidate): Candidate {
  return c.label === 'LOC' && c.end - c.start === 1 && isStateWithStop(tokens, c.start) ? { ...c, end: c.end + 1 } : c;
}

/** A state as news abbreviates it at token `i`, the stop wink cut off right after it: "Wis" + ".". */
function isStateWithStop(tokens: readonly Token[], i: number): boolean {
  const stop = tokens[i + 1];
  return stop?.text === '.' && stop.start === tokens[i].end && isStateAbbreviation(tokens[i].text);
}

/**
 * "Houston, TX 77002", "Lawrence, KS": a state's or province's postal code after a town and a
 * comma, and the town itself when the tagger left it untagged ("Spring, TX"). `covered` marks tagged tokens.
 */
export function postalPlaces(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 2; i < to; i++) {
    const code = tokens[i].text;
    if (covered[i] || !POSTAL_REGIONS.has(code) || tokens[i - 1].text !== ',' || !startsUpper(tokens[i - 2].text)) continue;
    const next = i + 1 < to ? tokens[i + 1] : undefined;
    const postal = next !== undefined && POSTAL_CODE.test(next.text);
    if (!postal && next !== undefined && startsUpper(next.text)) continue;
    let town = i - 2;
    while (town - 1 >= from && i - 1 - (town - 1) <= MAX_PLACE_TOKENS && startsUpper(tokens[town - 1].text) && covered[town - 1] === covered[i - 2]) town--;
    const listed = (nameLists().lookup(tokens.slice(town, i - 1).map((t) => t.text.toLowerCase()).join(' ')) & PLACE_NAME) !== 0;
    if (WORD_CODES.has(code) && !postal && !listed) continue;
    if (!covered[i - 2]) out.push({ start: town, end: i - 1, label: 'LOC', roles: [] });
    out.push({ start: i, end: i + 1, label: 'LOC', roles: [] });
  }
  return out;
}
