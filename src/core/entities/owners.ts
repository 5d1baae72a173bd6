/**
 * The country or organization a generic body belongs to. News names many countries' ministries,
 * courts and central banks with the same words: "Russia's Foreign Ministry" and "China's Foreign
 * Ministry" are two bodies, and "the Chinese Foreign Ministry" is the second of them.
 */
import type { Owner, Token } from '../types';
import type { Candidate } from './spans';
import { COUNTRY, PLACE_NAME } from '../ner/gazetteer';
import { isCalendarWord, isShortMonth } from './calendar';
import { nameLists } from '../ner/tagger';
import { identityKey } from './identity';
import { startsUpper } from '../nlp/letters';
import { isTitleWord } from './titles';

/**
 * Words that name what a government body does or where it stands, not whose it is: a name made of
 * these and a government body's head word ("Supreme Court", "Ministry of Foreign Affairs") exists
 * in every country.
 */
const GENERIC_WORDS = new Set(
  `foreign interior home defence defense health finance financial justice economy economic trade commerce
  industry education agriculture energy environment transport transportation labour labor culture
  information communications tourism affairs public security internal external supreme constitutional
  high central electoral national federal state armed military police intelligence election
  independent presidential general civil aviation border customs revenue tax statistics emergency
  disaster meteorological water mining planning development social welfare youth sports women air red
  city county town municipal provincial regional district fair competition antitrust consumer data protection privacy
  securities human rights audit anti-corruption corruption
  state of for and the &`.split(/\s+/),
);

/**
 * Head words of bodies every country has its own of: government bodies and Red Cross or Red Crescent
 * societies (not parties, companies or hospitals: "Indian National Congress", "Saudi Hospital" are names).
 */
const GOVERNMENT_HEADS = new Set(
  `ministry department court bank commission parliament assembly senate cabinet government army navy force
  forces police office council agency tribunal committee secretariat directorate bureau guard cross crescent`.split(/\s+/),
);

/** The domain of an office after "<title> of": "Minister of [Public Health]", "Secretary of [State]". */
export function isGenericOfficeDomain(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.text !== 'of' || !isTitleWord(tokens[start - 2]?.text ?? '')) return false;
  for (let i = start; i < end; i++) if (!GENERIC_WORDS.has(tokens[i].text.toLowerCase())) return false;
  return true;
}

/**
 * A legislature every country with one calls "Congress" ("Peru's Congress"); after a demonym the
 * word names a party ("Indian National Congress"), so only alone.
 */
const BARE_ONLY_HEADS = new Set(['congress']);

/** An identity key made only of generic words and a government body's head word ("congress", "supreme court"). */
export function isGenericBodyKey(key: string): boolean {
  return isGenericBody(key.split(' '), true);
}

/** A name made only of generic words and at least one government body's head word (or, `bare`, "Congress" alone). */
function isGenericBody(words: readonly string[], bare: boolean): boolean {
  if (bare && words.length === 1 && BARE_ONLY_HEADS.has(words[0].toLowerCase())) return true;
  let head = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (GOVERNMENT_HEADS.has(lower)) head = true;
    else if (!GENERIC_WORDS.has(lower)) return false;
  }
  return head;
}

/** Demonyms whose country no regular ending gives. */
const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['american', 'United States'],
  ['british', 'United Kingdom'],
  ['french', 'France'],
  ['dutch', 'Netherlands'],
  ['german', 'Germany'],
  ['greek', 'Greece'],
  ['swiss', 'Switzerland'],
  ['danish', 'Denmark'],
  ['finnish', 'Finland'],
  ['irish', 'Ireland'],
  ['norwegian', 'Norway'],
  ['spanish', 'Spain'],
  ['belgian', 'Belgium'],
  ['peruvian', 'Peru'],
  ['filipino', 'Philippines'],
  ['philippine', 'Philippines'],
  ['cypriot', 'Cyprus'],
  ['saudi', 'Saudi Arabia'],
  ['emirati', 'United Arab Emirates'],
  ['thai', 'Thailand'],
  ['argentine', 'Argentina'],
  ['afghan', 'Afghanistan'],
  // … and as news and sport write them informally.
  ['aussie', 'Australia'],
  ['kiwi', 'New Zealand'],
  ['brit', 'United Kingdom'],
]);

/** Demonym endings and the country endings that replace them: "Russian" → "Russia", "Chinese" → "China". */
const DEMONYM_ENDINGS = ['n', 'ian', 'an', 'ese', 'ish', 'i'];
const COUNTRY_ENDINGS = ['', 'a', 'e', 'o', 'y', 'ia', 'ey', 'en', 'on', 'and', 'land', 'istan', 'stan'];

/** The country a capitalized demonym names ("Kenyan" → "Kenya"), if the country list has it. */
export function countryOfDemonym(word: string): string | undefined {
  // (Two words for a country of two: "Sri Lankan", "New Zealander".)
  if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_DEMONYMS.get(lower);
  if (irregular) return irregular;
  if (nameLists().lookup(lower) & COUNTRY) return undefined;
  for (const ending of DEMONYM_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const replacement of COUNTRY_ENDINGS) {
      const country = stem + replacement;
      if (country !== lower && nameLists().lookup(country) & COUNTRY) return country.replace(/(^|\s)(\p{L})/gu, (_, s: string, l: string) => s + l.toUpperCase());
    }
  }
  return undefined;
}

const POSSESSIVE = /^['’]s$/;

/**
 * The owner of an organization candidate named like a generic body: a place or organization in
 * the possessive before it (`before`, the candidate ending just there: "Russia's Foreign
 * Ministry"), or a country's demonym opening it ("Russian Foreign Ministry") or just before it
 * ("the Kenyan Supreme Court"). After a demonym a body of one word is more often a name of its
 * own ("Palestinian Authority"), so it needs two. `surface` gives a candidate's text.
 */
export function ownerOf(tokens: readonly Token[], c: Candidate, before: Candidate | undefined, surface: (c: Candidate) => string): Owner | undefined {
  if (c.label !== 'ORG') return undefined;
  const text = surface(c);
  const bodyOf = (from: number) => text.slice(tokens[from].start - tokens[c.start].start);
  const opening = c.end - c.start >= 3 ? countryOfDemonym(tokens[c.start].text) : undefined;
  if (opening) return isGenericBody(words(tokens, c.start + 1, c.end), false) ? { name: opening, body: bodyOf(c.start + 1) } : undefined;
  if (!isGenericBody(words(tokens, c.start, c.end), true)) return undefined;
  const previous = tokens[c.start - 1];
  // (A bare apostrophe only right after a name in "s": "the Philippines' Department of Health".)
  const possessive = previous !== undefined && (POSSESSIVE.test(previous.text) || (/^['’]$/.test(previous.text) && /s$/.test(tokens[c.start - 2]?.text ?? '') && tokens[c.start - 2].end === previous.start));
  if (possessive && before && before.end === c.start - 1 && before.label !== 'PER' && startsUpper(tokens[before.start].text)) {
    return { name: surface(before), body: text };
  }
  const demonym = previous && c.end - c.start >= 2 && countryOfDemonym(previous.text);
  return demonym ? { name: demonym, body: text } : undefined;
}

function words(tokens: readonly Token[], start: number, end: number): string[] {
  return tokens.slice(start, end).map((t) => t.text);
}

/** The identity key of an owned body: "russia's foreign ministry". */
export function ownedKey(owner: Owner): string {
  return `${identityKey(owner.name)}'s ${identityKey(owner.body)}`;
}

/** A state abbreviated as news does: "Ky.", "Calif.", "Tenn."; a month abbreviated alike. */
const STATE_ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}\.$/u;

/** A country, or a state written out or abbreviated ("Spain", "Ohio", "Ky."), not a month ("March 3", "Nov. 4"). */
export function isRegion(word: string): boolean {
  if (isCalendarWord(word) || isShortMonth(word)) return false;
  return STATE_ABBREVIATION.test(word) || (nameLists().lookup(word.toLowerCase()) & (COUNTRY | PLACE_NAME)) !== 0;
}
