/**
 * Acronyms: recognizing them, matching them to the initials of a longer name, and the few
 * country and union acronyms every news reader knows ("U.S." = "United States").
 */
import { keyWords, nameKey } from './normalize';

/** "NASA", "ISS", "U.S.", "U.K.", "AT&T": two or more capitals (dots allowed), no lower case. */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(text) || /^\p{Lu}[\p{Lu}\d&]*\p{Lu}[\p{Lu}\d]*$/u.test(text);
}

/** Very common acronyms of countries and unions, as general knowledge: key → key of the full name. */
const WELL_KNOWN: ReadonlyMap<string, string> = new Map(Object.entries({
  us: 'united states',
  usa: 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  uae: 'united arab emirates',
  eu: 'european union',
  un: 'united nations',
  ussr: 'soviet union',
  drc: 'democratic republic of the congo',
}));

const canonicalCache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** The key of a name with well-known acronyms replaced by their full name's key. */
export function canonicalKey(name: string): string {
  let key = canonicalCache.get(name);
  if (key === undefined) {
    const plain = nameKey(name);
    key = WELL_KNOWN.get(plain) ?? plain;
    if (canonicalCache.size >= CACHE_LIMIT) canonicalCache.clear();
    canonicalCache.set(name, key);
  }
  return key;
}

/** Function words that acronyms usually skip ("Bank of America" → "BoA"/"BA"). */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'la', 'le', 'des', 'del', 'der', '&', 'a', 'an']);

/** Possible acronyms of a multi-word name: initials of all words, and of the content words only. */
export function initialsOf(name: string): string[] {
  const words = keyWords(nameKey(name));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('');
  const content = words.filter((w) => !SKIPPED.has(w)).map((w) => w[0]).join('');
  return all === content ? [all] : [content, all];
}

/** Whether `acronym` abbreviates `name` ("ISS" ↔ "International Space Station"). */
export function abbreviates(acronym: string, name: string): boolean {
  if (!isAcronym(acronym)) return false;
  const letters = nameKey(acronym).replace(/[^a-z0-9]/g, '');
  return letters.length >= 2 && initialsOf(name).includes(letters);
}
