/** Acronyms: recognizing them and matching them to the initials of a longer name. */
import type { Token } from '../types';
import { bodyKey, identityKey, spelledKey } from './identity';
import { keyWords, memoized, nameKey } from './normalize';
import { startsUpper } from '../nlp/letters';
import { ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { nameLists } from '../ner/tagger';
import { isLawHead } from './types';

const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
const CAPITALS = /^\p{Lu}[\p{Lu}\d&/]*\p{Lu}[\p{Lu}\d]*(?:\+|\(\p{Lu}{1,4}\))?$/u;

/** Capitals with one small letter inside, as parties and ministries write theirs: "AfD", "PiS", "DoJ". */
const ONE_SMALL = /^\p{Lu}{1,3}\p{Ll}\p{Lu}{1,3}$/u;

/** Merged bodies' acronyms: "SAG-AFTRA", "AFL-CIO". */
const HYPHENATED = /^\p{Lu}{3,}(?:-\p{Lu}{3,})+$/u;

/** "NATO", "WHO", "U.S.", "U.K.", "AT&T", "AfD", "AFL-CIO": two or more capitals (dots allowed), at most one small letter inside. */
export function isAcronym(text: string): boolean {
  return startsUpper(text) && (DOTTED.test(text) || CAPITALS.test(text) || ONE_SMALL.test(text) || HYPHENATED.test(text));
}

/**
 * A place written in capitals, as datelines do ("JAKARTA", "OSLO", "SEVILLE"): a listed place, or
 * any place name of five letters or more; a name, not an acronym ("USA", "USSR" stay acronyms).
 */
export function isShoutedPlace(text: string, taggedPlace: boolean): boolean {
  if (text.length < 4 || text.includes('.')) return false;
  return (taggedPlace && text.length >= 5) || (nameLists().lookup(text.toLowerCase()) & PLACE_NAME) !== 0;
}

/** Acronyms of common nouns ("falling PC demand", "the GDP") and of time zones: general English vocabulary, never names. */
const COMMON_NOUN_ACRONYMS = new Set(
  `AI PC PCs TV TVs GDP CEO CEOs CFO COO CTO IPO IPOs ETF ETFs EV EVs SUV SUVs DNA RNA HIV GPS USB ATM ATMs VAT
  PhD CPU GPU LED LCD ID IDs PIN FAQ RSVP ASAP UFO SMS URL HTML PDF API VPN CCTV ICU IVF NGO NGOs HR IQ DJ MVP TEU TEUs DWT
  NFT NFTs PPE GMO CO2 OK AM PM KO TKO FIR FIRs PIL MP MPs MEP MEPs MSP MSPs SME SMEs MD NDA BLA mL mg kg km FX ESG CPI PPI PMI
  GMT UTC CET CEST EET EEST BST EST EDT CST CDT MST MDT PST PDT AEST AEDT ACST ACDT AWST NZST NZDT JST KST IST HKT SGT PKT WIB PHT ICT
  WAT CAT EAT SAST MSK AAA BBB LNG LPG AT1 KC QC RPG RPGs DLC VR VAR TMO HIA CNC MRI CT 3D PVC HGV HGVs CPR VHF UHF UV AGM EGM`.split(/\s+/),
);

/** An acronym of a common noun, not a name ("PC", "GDP", "CEO"). */
export function isCommonNounAcronym(text: string): boolean {
  return COMMON_NOUN_ACRONYMS.has(text.replace(/\./g, ''));
}

/**
 * Acronyms a document defines by lower-case words, which makes them common nouns' ("chronic renal
 * sclerosis (CRS)", "cholera treatment centre (CTC)", "primary sclerosing cholangitis, or PSC"), not names.
 */
export function commonNounAcronymsOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const bracketed = tokens[i - 1].text === '(' && tokens[i + 1].text === ')';
    const restated = tokens[i - 1].text === 'or';
    if (!bracketed && !restated) continue;
    // "personal independence payments (Pip)": a bracketed word in title case may abbreviate common words too.
    const letters = acronymLetters(tokens[i].text) ?? (bracketed && /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[i].text) ? tokens[i].text.toLowerCase() : undefined);
    if (!letters) continue;
    let k = i - 2;
    if (restated && tokens[k]?.text === ',') k--;
    let initials = '';
    for (; k >= 0 && initials.length < letters.length && /^\p{Ll}/u.test(tokens[k].text); k--) {
      if (!SKIPPED.has(tokens[k].text)) initials = tokens[k].text[0] + initials;
    }
    if (initials === letters) out.add(tokens[i].text);
  }
  return out;
}

/** Function words that acronyms usually skip ("Bank of America" → "BoA"/"BA"). */
const SKIPPED = new Set([
  'of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', '&', 'a', 'an',
  'de', 'du', 'la', 'le', 'les', 'des', 'del', 'der', 'do', 'da', 'dos', 'das', 'el', 'los', 'las', 'y', 'e', 'para', 'por', 'et', 'pour', 'di', 'della',
]);

/** Possible acronyms of a multi-word name: initials of its content words, and of all words. */
export const initialsOf = memoized(computeInitials);

function computeInitials(name: string): string[] {
  const out = new Set<string>();
  const capitals = capitalInitials(name);
  if (capitals) out.add(capitals);
  // With and without a legal designator: "Taiwan Semiconductor Manufacturing Co" is "TSMC" and "TSM".
  for (const key of new Set([identityKey(name), bodyKey(name), spelledKey(name), nameKey(name)])) {
    const words = keyWords(key);
    if (words.length < 2) continue;
    out.add(words.filter((w) => !SKIPPED.has(w)).map((w) => w[0]).join(''));
    out.add(words.map((w) => w[0]).join(''));
    // "Department of Health and Human Services" goes by "HHS" too: the initials of what a body is of,
    // three words or more ("Council of the European Union" is no "EU").
    // Keys put a department's or ministry's head last ("health and human services department").
    const of = words.indexOf('of');
    const body = of > 0 && of <= 2 && (nameLists().lookup(words[of - 1]) & ORG_WORD) !== 0;
    const headLast = /^(?:department|ministry)$/.test(words[words.length - 1]);
    const domain = (body ? words.slice(of + 1) : headLast ? words.slice(0, -1) : []).filter((w) => !SKIPPED.has(w));
    if (domain.length >= 3) out.add(domain.map((w) => w[0]).join(''));
    // A station's news goes by the station's initials: "Yorkshire Coast Radio News" is "YCR".
    if (words.length >= 3 && words.at(-1) === 'news') out.add(words.slice(0, -1).map((w) => w[0]).join(''));
  }
  return [...out];
}

/** "Medicines and Healthcare products Regulatory Agency" is "MHRA": the initials of a name's capitalized words, two or more. */
export function capitalInitials(name: string): string | undefined {
  const capitals = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return capitals.length >= 2 ? capitals.map((w) => w[0].toLowerCase()).join('') : undefined;
}

const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}$/u;

/** The initials of a one-word name written in parts ("GlaxoSmithKline" → "gsk"), three or more, or undefined. */
export function camelCaseInitials(name: string): string | undefined {
  return CAMEL_CASE.test(name) ? name.replace(/\p{Ll}+/gu, '').toLowerCase() : undefined;
}

/** The initials an acronym stands for ("U.S." → "us"), or undefined for no acronym of two or more. */
export function acronymLetters(acronym: string): string | undefined {
  // "OPEC+" names more than the body its letters stand for.
  if (!isAcronym(acronym) || acronym.endsWith('+')) return undefined;
  const letters = nameKey(acronym).replace(/[^a-z0-9]/g, '');
  return letters.length >= 2 ? letters : undefined;
}

/** Whether `acronym` abbreviates `name` ("WHO" ↔ "World Health Organization"). */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  return letters !== undefined && initialsOf(name).includes(letters);
}

/**
 * Whether `acronym`, written in parentheses right after `name`, defines it: it abbreviates the name,
 * or the end of it ("U.S. Federal Trade Commission (FTC)"), or a law's name without its kind ("Coastal Waters
 * Protection Act (CWP)"), or, for an organization, spells it in
 * another language ("Royal Spanish Football Federation (RFEF)") or is any one-word short name
 * ("Bank of Mexico (Banxico)"): the brackets say as much.
 */
export function definesAcronym(acronym: string, name: string, organization: boolean): boolean {
  const letters = acronymLetters(acronym);
  // "New Slovenia (NSi)": a party's capitals and a small letter of its last word's.
  const capitals = /^(\p{Lu}{2,})\p{Ll}$/u.exec(acronym)?.[1].toLowerCase();
  if (capitals !== undefined && initialsOf(name).some((i) => i.endsWith(capitals))) return true;
  // "Bank of Mexico (Banxico)", "Bureau of Meteorology (BoM)": an organization's one-word short name; or one that keeps
  // its first word: "Hanbit Engineering & Construction (Hanbit E&C)".
  if (letters === undefined) return organization && (isShortName(acronym) || keepsFirstWord(acronym, name)) && keyWords(nameKey(name)).length >= 2;
  if (isCommonNounAcronym(acronym)) return false;
  const initials = initialsOf(name);
  if (initials.some((i) => i.endsWith(letters))) return true;
  // "Coastal Waters Protection Act (CWP)": a law's letters without its kind's.
  const words = name.split(/\s+/);
  if (words.length >= 3 && isLawHead(words.at(-1)!) && initialsOf(words.slice(0, -1).join(' ')).some((i) => i.endsWith(letters))) return true;
  return organization && initials.length > 0;
}

/** A short name of two or three words, the name's own first word first: "Hanbit E&C" of "Hanbit Engineering & Construction". */
function keepsFirstWord(short: string, name: string): boolean {
  const [words, full] = [short.split(/\s+/), name.split(/\s+/)];
  return words.length >= 2 && words.length <= 3 && words.length < full.length && words[0] === full[0] && /^\p{Lu}/u.test(words[0]);
}

/** One capitalized word, hyphens allowed, that is no listed place ("Banxico", "BoM", "Health-ISAC", not "Germany"). */
function isShortName(word: string): boolean {
  return /^\p{Lu}[\p{L}\d]+(?:-[\p{L}\d]+)*$/u.test(word) && !(nameLists().lookup(word.toLowerCase()) & PLACE_NAME);
}
