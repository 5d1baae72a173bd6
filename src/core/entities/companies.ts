/**
 * Companies' and teams' short names: after the first mention news drops the words that say what a
 * company does ("Lumora Technologies" → "Lumora", "Granite Peak Capital" → "Granite Peak") and a
 * team's city ("Atlanta Hawks" → "Hawks"). Legal designators ("Inc", "Ltd") are already out of
 * identity keys (identity.ts).
 */
import { nameLists } from '../ner/tagger';
import { PLACE_NAME } from '../ner/gazetteer';
import { keyWords } from './normalize';

/** Trailing words of company names that the short name leaves out (not "Labs": "HP Labs" is a part of HP). */
const COMPANY_TAILS = new Set(
  `technologies technology foods electronics group holdings capital brands estates motors airlines airways systems
  industries pharmaceuticals partners enterprises networks communications media entertainment financial
  insurance petroleum resources mining therapeutics biosciences software solutions logistics ventures`.split(/\s+/),
);

/** "Department of Energy" has no short name "Department of". */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the']);

/** Words that end company names without being dropped from them later ("Atlantic Records" is not "the Atlantic"). */
const BUSINESS_WORDS = new Set(['records', 'management', 'studios', 'pictures', 'advisors', 'advisers', 'associates', 'securities', 'investments']);

/** A word that makes a capitalized name ending in it a company ("Lumora Technologies", "Elliott Management"). */
export function isBusinessWord(word: string): boolean {
  const lower = word.toLowerCase();
  return COMPANY_TAILS.has(lower) || BUSINESS_WORDS.has(lower);
}

/**
 * The short name of a company's identity key ("lumora technologies" → "lumora"), or undefined when
 * it has no company tail or the rest is a listed place ("Kenya Airways" is no "Kenya").
 */
export function companyShortKey(key: string, withinDocument = false): string | undefined {
  const words = keyWords(key);
  // A team after its city goes by its plural nickname: "Atlanta Hawks" → "hawks".
  const last = words[words.length - 1];
  if (words.length >= 2 && last.endsWith('s') && nameLists().lookup(words.slice(0, -1).join(' ')) & PLACE_NAME) return last;
  let end = words.length;
  // Within one document the short name may drop any business word: "Stax Records" … "Stax".
  while (end > 1 && (COMPANY_TAILS.has(words[end - 1]) || (withinDocument && BUSINESS_WORDS.has(words[end - 1])))) end--;
  if (end === words.length) return undefined;
  if (CONNECTORS.has(words[end - 1])) return undefined;
  const short = words.slice(0, end).join(' ');
  return nameLists().lookup(short) & PLACE_NAME ? undefined : short;
}
