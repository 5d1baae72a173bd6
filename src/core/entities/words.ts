/**
 * The words the tagger sees. wink splits "T-Mobile" and "Hewlett-Packard" at the hyphen, and
 * "800G" after its digits, while the tagger's training data (CoNLL style) keeps such words whole;
 * joining them back lets it recognize such names at all.
 */
import type { Token } from '../types';
import { FIRST_NAME, LAST_NAME, PLACE_NAME } from '../ner/gazetteer';
import { isSometimesLowerCase, nameLists } from '../ner/tagger';

export interface Words {
  texts: string[];
  pos: string[];
  /** For each word, its first token and one past its last token (absolute indices). */
  starts: number[];
  ends: number[];
}

const HYPHEN = /^[-‐‑]$/;
const POSSESSIVE = /^['’]s?$/i;

/** A word of a person's name as written: a capital, then small letters ("Thepsiri", "Ellison-Tait", "Al-amin"). */
export const PERSON_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/** A hyphen token (wink splits hyphenated words into word, hyphen, word). */
export function isHyphen(text: string): boolean {
  return HYPHEN.test(text);
}

/** A possessive ending as a token of its own: "'s", "’s", or a bare apostrophe ("Jones'"). */
export function isPossessive(text: string): boolean {
  return POSSESSIVE.test(text);
}
const TICKER = /^(?=.*[\p{Lu}\d])[\p{Lu}\d][\p{L}\d]{0,5}$/u;
const EXCHANGE = /^\p{Lu}{1,2}$/u;
/** A futures contract's code: "CLc1", "LCOc2". */
const CONTRACT = /^\p{Lu}{1,4}c\d{1,2}$/u;

/** Words of a news agency's or outlet's name: "Associated Press", "Press Trust of India", "Asian News International". */
const MEDIA_WORD = /\b(?:press|presse|prensa|news|noticias|nachrichten|agency|agence|agencia|agenzia|wire|service|broadcasting|radio|television)\b/i;

/** Whether a name is a news agency's or outlet's by its words. */
export function isMediaName(name: string): boolean {
  return MEDIA_WORD.test(name);
}

/** "Photo" of an agency's photo credit, "(AP Photo/Ana Ruiz)": no part of the agency's name. */
export function isPhotoWord(text: string): boolean {
  return /^Photos?$/.test(text);
}

/** Tokens `start`..`end` are the agency a dateline credits: "(Reuters) -". */
export function isAgencyCredit(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens[start - 1]?.text === '(' && tokens[end]?.text === ')' && /^[-–—]$/.test(tokens[end + 1]?.text ?? '');
}

/**
 * A token of a wire service's instrument code, after a company's name ("Brandvik Foods BRVK.O",
 * "Ostrava Mining 4411.SE") or a commodity's ("crude CLc1"): the code or its exchange's letters.
 * Neither is a name nor part of one.
 */
export function isTickerPart(tokens: readonly Token[], i: number): boolean {
  const joined = (a: number) => tokens[a + 1] !== undefined && tokens[a + 1].start === tokens[a].end;
  const code = (a: number) =>
    a >= 0 && TICKER.test(tokens[a].text) && joined(a) && tokens[a + 1].text === '.' && joined(a + 1) && EXCHANGE.test(tokens[a + 2].text) && !(joined(a + 2) && /^[\p{L}\d.]/u.test(tokens[a + 3].text));
  if (tokens[i] === undefined) return false;
  return CONTRACT.test(tokens[i].text) || code(i) || (EXCHANGE.test(tokens[i].text) && code(i - 2));
}
const WORDLIKE = /[\p{L}\p{N}]$/u;
const WORDLIKE_START = /^[\p{L}\p{N}]/u;
/** Second parts of the adjectives that make the name before them a place: "Gothenburg-based", "Texas-born", "Denver-area". */
const PLACE_COMPOUND_ENDS = /^(?:based|born|bred|headquartered|area)$/;
/** … and of others compounded with a name: "Saudi-led", "Kelmar-owned". */
const NAME_COMPOUND_ENDS = /^(?:led|owned|run|backed|listed|registered|bound|style|made|built)$/;

export function isPlaceCompoundEnd(word: string): boolean {
  return PLACE_COMPOUND_ENDS.test(word);
}

export function taggerWords(tokens: readonly Token[], from: number, to: number): Words {
  const words: Words = { texts: [], pos: [], starts: [], ends: [] };
  for (let i = from; i < to; i++) {
    let end = i + 1;
    while (
      end + 1 < to &&
      tokens[end].start === tokens[end - 1].end &&
      tokens[end + 1].start === tokens[end].end &&
      HYPHEN.test(tokens[end].text) &&
      WORDLIKE.test(tokens[end - 1].text) &&
      WORDLIKE_START.test(tokens[end + 1].text) &&
      // (Not a name's compound adjective: "the Los Angeles-based president" keeps "Angeles" a word of the name.)
      !(/^\p{Lu}/u.test(tokens[end - 1].text) && (isPlaceCompoundEnd(tokens[end + 1].text) || NAME_COMPOUND_ENDS.test(tokens[end + 1].text)))
    ) {
      end += 2;
    }
    // A model number wink splits after its digits: "800" + "G", "1.6" + "T" (not an amount, "$4.25" +
    // "B", nor a temperature, "46.3" + "C").
    const amount = i > from && /^\p{Sc}$/u.test(tokens[i - 1].text);
    const model = end < to && /\d$/.test(tokens[i].text) && tokens[end].start === tokens[i].end && /^\p{Lu}{1,2}$/u.test(tokens[end].text) && !/^[CF]$/.test(tokens[end].text);
    if (end === i + 1 && model && !amount) end++;
    // "JD(U)", "NCP(SP)": a party's letters with its faction's in brackets, written as one word.
    const glued = (k: number) => k < to && tokens[k].start === tokens[k - 1].end;
    if (end === i + 1 && /^\p{Lu}{1,5}$/u.test(tokens[i].text) && tokens[end]?.text === '(' && glued(end) && glued(end + 1) && /^\p{Lu}{1,4}$/u.test(tokens[end + 1].text) && tokens[end + 2]?.text === ')' && glued(end + 2)) end += 3;
    // "GOV.UK", a web address wink splits after its dot: one word, no title "Gov." before a name.
    while (end < to && tokens[end].start === tokens[end - 1].end && /\p{L}\.$/u.test(tokens[end - 1].text) && /^\p{Lu}{2,}$/u.test(tokens[end].text)) end++;
    if (end === i + 1) {
      words.texts.push(tokens[i].text);
      words.pos.push(tokens[i].pos);
    } else {
      const parts = tokens.slice(i, end);
      words.texts.push(parts.map((t) => t.text).join(''));
      words.pos.push(parts.some((t) => t.pos === 'PROPN') ? 'PROPN' : parts[parts.length - 1].pos);
    }
    words.starts.push(i);
    words.ends.push(end);
    i = end - 1;
  }
  return words;
}

/** Demonyms that are nouns for a person ("the Dutchman Pieter de Groot"): never part of the name. */
const DEMONYM_NOUNS = new Set(
  `Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Scotsman Scotswoman
  Welshman Welshwoman Briton Dane Swede Finn Pole Spaniard Turk Serb Croat Czech Slovak Greek Swiss Thai`.split(/\s+/),
);

export function isDemonymNoun(word: string): boolean {
  return DEMONYM_NOUNS.has(word);
}

const COUNTRY_CODE = /^(?:US|USA|U\.S\.|UK|U\.K\.)$/;

/** A country's code as news writes it before or after a body's name: "US", "U.K.". */
export function isCountryCode(word: string): boolean {
  return COUNTRY_CODE.test(word);
}

const ROMAN_NUMERAL = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A Roman numeral of two letters or more from I, V and X ("II", "XIV"; not "DC" or "MIX"). */
export function isRomanNumeral(word: string): boolean {
  return ROMAN_NUMERAL.test(word);
}

/** Codes of currencies that trade and business news writes before amounts ("CHF 300 million", "EUR 4.2bn"). */
const CURRENCY_CODE = /^(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|CAD|AUD|NZD|HKD|SGD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|TRY|RUB|UAH|INR|PKR|BDT|LKR|IDR|MYR|THB|VND|KRW|TWD|BRL|MXN|CLP|UYU|ZAR|NGN|KES|GHS|EGP|MAD|TND|ETB|TZS|UGX|XOF|XAF|SAR|AED|QAR|KWD|BHD|OMR|JOD|ILS)$/;

/** A currency's code before an amount's number: the "CHF" of "CHF 300 million". */
export function isCurrencyBeforeAmount(tokens: readonly Token[], i: number): boolean {
  return CURRENCY_CODE.test(tokens[i].text) && /^\d/.test(tokens[i + 1]?.text ?? '');
}

const PERIOD_CODE = /^(?:Q[1-4]|H[12]|FY\d{0,4})$/;

/** A company's quarter, half or fiscal year, no name nor model: "Q1", "H2", "FY2026". */
export function isPeriodCode(word: string): boolean {
  return PERIOD_CODE.test(word);
}

/** Words of bodies' domains that the lower-case lexicon lacks: "Customs and Excise", "Banking and Securities". */
const UNLISTED_DOMAINS = new Set(['excise', 'securities', 'aquaculture', 'irrigation', 'meteorology']);

/** The endings of abstract nouns, which the lower-case lexicon may lack: "Wellness", "Resettlement", "Interoperability". */
const ABSTRACT_NOUN = /\p{Ll}(?:ness|ment|tion|sion|ity|ism|ship|ology)$/u;

/** A word a body's domain may be made of: a common word in capitals ("Trade", "Industry", "Excise", "Wellness"). */
export function isDomainWord(word: string): boolean {
  return isSometimesLowerCase(word) || UNLISTED_DOMAINS.has(word.toLowerCase()) || (ABSTRACT_NOUN.test(word) && !(nameLists().lookup(word.toLowerCase()) & (FIRST_NAME | LAST_NAME | PLACE_NAME)));
}

/**
 * A street's last word in a name the tagger found: "Karve Road", "Church Lane" (untagged.ts, finding streets the tagger
 * missed, leaves "Lane" out: it is a surname too).
 */
export function isStreetWord(word: string): boolean {
  return /^(?:Street|Road|Avenue|Boulevard|Lane|Drive)$/.test(word);
}

/** A monarch's title, which opens streets' names too: "Queen Victoria Street", "King William Road". */
export function isRoyalTitle(word: string): boolean {
  return /^(?:King|Queen|Prince|Princess)$/.test(word);
}

/** Last words of streets' names, those of many other things included: "Terrace", "Place", "Square". */
export function isStreetHead(word: string): boolean {
  return isStreetWord(word) || /^(?:Terrace|Crescent|Place|Way|Parade|Row|Square)$/.test(word);
}

/** A US or Canadian broadcaster's call letters: "WLKX", "KQTV", "CBKT". */
const CALL_LETTERS = /^[KWC][A-Z]{2,3}$/;

/** Whether a word is written as call letters are: "WLKX". */
export function isCallLetters(word: string): boolean {
  return CALL_LETTERS.test(word);
}

/** A station's kind after its number: the "News" of "KTRX 5 News", "Coastal 9 News". */
export function isStationKind(word: string): boolean {
  return /^(?:News|TV|Radio|FM)$/.test(word);
}
