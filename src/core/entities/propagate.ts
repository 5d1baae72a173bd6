/**
 * A name the tagger found once in a document is a name wherever it recurs there: the tagger
 * decides per sentence and misses some repeats (and headline words get no credit at all). Only
 * capitalized forms that never occur in lower case in the document are propagated, so "Apple" the
 * company never spreads to "apple".
 */
import type { Sentence, Token } from '../types';
import type { Candidate } from './spans';
import { PLACE_NAME } from '../ner/gazetteer';
import { isCommonWord, nameLists } from '../ner/tagger';
import { endsInHomeKind, isCompanyTail } from './companies';
import { countryOfDemonym } from './owners';
import { startsLower, startsUpper } from '../nlp/letters';
import { familyNameFirst, isEastAsianFamilyName, isSurnameParticle } from './surnames';
import { compoundStart } from './titles';
import { entityType, kindAfter, isNationality, stormNameOf } from './types';
import { isHyphen, isPhotoWord, isPossessive, isStationKind } from './words';
import { isLegalDesignator } from './identity';
import { isCalendarWord } from './calendar';
import { isHolidayName } from '../time/patterns';

/**
 * A name to look for again; `surname` for a person's last name looked for alone; `inSentence` for an
 * ordinary word its cues made a company's name ("retailer Next" … "next month"), looked for only
 * where its capital tells (see isNamedByCapital).
 */
interface Form {
  words: string[];
  label: Candidate['label'];
  surname?: boolean;
  inSentence?: boolean;
}

export function propagate(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  found: readonly Candidate[],
): Candidate[] {
  const lower = new Set<string>();
  for (const t of tokens) if (startsLower(t.text)) lower.add(t.text);
  const byFirst = new Map<string, Form[]>();
  const seen = new Set<string>();
  const add = (words: string[], label: Candidate['label'], surname = false, cued = false) => {
    const surface = words.join(' ');
    const inSentence = words.length === 1 && lower.has(words[0].toLowerCase());
    if (seen.has(surface) || !startsUpper(words[0]) || (inSentence && !cued)) return;
    seen.add(surface);
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, label, surname, ...(inSentence && { inSentence }) });
    byFirst.set(words[0], list);
  };
  for (const c of found) add(tokens.slice(c.start, c.end).map((t) => t.text), c.label, false, c.cued && c.label === 'ORG');
  // A company recurs without its legal form: "Lantern Inc." … "Shares of Lantern fell".
  for (const c of found) {
    const words = tokens.slice(c.start, c.end).map((t) => t.text).filter((w) => w !== '.');
    while (words.length > 1 && (isLegalDesignator(words[words.length - 1]) || words[words.length - 1] === ',')) words.pop();
    if (c.label === 'ORG' && words.length < c.end - c.start && words.length > 0) add(words, 'ORG');
    // … or without the word that says what it does: "Quarrow Cloud" … "Quarrow said" (an unlisted, unusual word only).
    const short = c.label === 'ORG' && words.length === 2 && isCompanyTail(words[1].toLowerCase()) ? words[0] : '';
    if (short.length > 2 && !isCommonWord(short) && !(nameLists().lookup(short.toLowerCase()) & PLACE_NAME) && !countryOfDemonym(short)) add([short], 'ORG');
    // … or a home without its kind, two words at least: "Evergreen Rest Funeral Home" … "Evergreen Rest said".
    if (c.label === 'ORG' && words.length >= 4 && endsInHomeKind(words)) add(words.slice(0, -2), 'ORG');
  }
  // An outlet named in capitals recurs in mixed case ("FREIGHT TODAY" … "reviewed by Freight Today"), and a station without
  // its kind after its number ("KTRX 5 News" … "KTRX 5 spoke with parents").
  for (const c of found) {
    if (c.label !== 'ORG' || c.end - c.start < 2) continue;
    const words = tokens.slice(c.start, c.end).map((t) => t.text);
    if (words.every((w) => SHOUTED_WORD.test(w))) add(words.map((w) => w[0] + w.slice(1).toLowerCase()), 'ORG');
    if (words.length >= 3 && isStationKind(words.at(-1)!) && /^\d{1,3}$/.test(words.at(-2)!)) add(words.slice(0, -1), 'ORG');
  }
  // A storm recurs by its name alone: "Hurricane Cristofor" … "Cristofor later weakened".
  for (const c of found) {
    const name = stormNameOf(tokens.slice(c.start, c.end).map((t) => t.text));
    if (name !== undefined) add(name.split(' '), 'MISC');
  }
  // A person's surname recurs alone ("Landry Fields … Fields said"), even when it is an English word.
  for (const c of found) {
    // (A surname of two letters only if East Asian, and no English word: "Oh" of "Min-jun Oh", not "He".)
    const last = tokens[c.end - 1].text;
    if (c.label !== 'PER' || c.end - c.start < 2 || (last.length < 3 && !(isEastAsianFamilyName(last) && /^\p{Lu}\p{Ll}$/u.test(last) && !SHORT_WORDS.test(last)))) continue;
    // A "person" whose name makes it a law, award or event has no surname: "the Finance Bill" … "the Bill".
    const words = tokens.slice(c.start, c.end).map((t) => t.text);
    const type = entityType(c.label, words, kindAfter(tokens, c.end));
    if (type === 'MISC' || type === 'EVENT') continue;
    // A hyphenated surname is looked for whole: "Watson-Hale", not "Hale"; one with a particle with it,
    // which opens a sentence in capitals: "de Groot", "De Groot".
    let first = compoundStart(tokens, c.end - 1, c.start + 1);
    while (first - 1 > c.start && isSurnameParticle(tokens[first - 1].text) && !startsUpper(tokens[first - 1].text)) first--;
    const surname = tokens.slice(first, c.end).map((t) => t.text);
    add(surname, 'PER', true);
    // A family name written first: "Park" of "Park Ji-hoon", "Leung" of "Winnie Leung Siu-ming".
    const family = familyNameFirst(tokens.slice(c.start, c.end).map((t) => t.text).join(' ').replace(/\s*-\s*/g, ' ').toLowerCase());
    const familyToken = family && tokens.slice(c.start, c.end).find((t) => t.text.toLowerCase() === family);
    if (familyToken) add([familyToken.text], 'PER', true);
    if (first < c.end - 1 && isSurnameParticle(surname[0])) add([surname[0][0].toUpperCase() + surname[0].slice(1), ...surname.slice(1)], 'PER', true);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  // A line in capitals only ("POLICE ARREST ANA RUIZ") gets the names written in mixed case
  // elsewhere; one short word there is more likely an acronym ("US") than a shouted name.
  const byShoutedFirst = new Map<string, Form[]>();
  for (const list of byFirst.values()) {
    for (const f of list) {
      if (f.words.length === 1 && f.words[0].length < 5) continue;
      const shouted = f.words.map((w) => w.toUpperCase());
      if (shouted.every((w, k) => w === f.words[k])) continue;
      const key = shouted[0];
      byShoutedFirst.set(key, [...(byShoutedFirst.get(key) ?? []), { words: shouted, label: f.label }]);
    }
  }

  const covered = new Uint8Array(tokens.length);
  for (const c of found) covered.fill(1, c.start, c.end);
  const added: Candidate[] = [];
  for (const s of sentences) {
    if (s.boilerplate) continue;
    const names = isShouted(tokens, s) ? byShoutedFirst : byFirst;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (covered[i]) continue;
      const match = names.get(tokens[i].text)?.find((f) => fits(tokens, covered, i, s.tokenEnd, f.words));
      if (!match) continue;
      const end = i + match.words.length;
      if (match.surname && !isLoneSurname(tokens, i, end, s)) continue;
      if (match.inSentence && !isNamedByCapital(tokens, i, s)) continue;
      // In running text, a match glued to other capitalized words is part of a longer name, and so is
      // one hyphened to a capitalized word ("Meteo-Portugal", "Lisbon-Korvo"; not "Lisbon-based").
      if (!s.heading && (isNamePart(tokens[end], end < s.tokenEnd) || isNamePart(tokens[i - 1], i > s.tokenStart + 1))) continue;
      // A holiday named for the person is a date: "Martin Luther King Jr. Day".
      if (end < s.tokenEnd && isHolidayName(tokens.slice(i, end + 1).map((t) => t.text).join(' '))) continue;
      // A person's name beside another name is a double surname or a firm's ("Sorensen-Hale").
      if (isInsideHyphenated(tokens, i, end, nameBesideHyphen(match.label === 'PER', (word) => byFirst.has(word)))) continue;
      // A demonym kept as a name in one place is an adjective here: "Chilean officials".
      if (end === i + 1 && isNationality(match.label, tokens[i].text, tokens[i].pos, tokens[end]?.text)) continue;
      added.push({ start: i, end, label: match.label, roles: [] });
      covered.fill(1, i, end);
      i = end - 1;
    }
  }
  return added;
}

/**
 * Whether a person's surname stands alone at tokens [i, end): no capitalized word beside it (that would
 * be another name: "Assan Abdullah Khan"), not read as an adjective ("is Muslim"), and opening a
 * sentence only before a verb ("Fields said", not "Rice prices rose").
 */
function isLoneSurname(tokens: readonly Token[], i: number, end: number, s: Sentence): boolean {
  // "Castell & Sons Freight": a firm's name the surname opens.
  if (tokens[i].pos === 'ADJ' || startsUpper(tokens[end]?.text ?? '') || tokens[end]?.text === '&' || isHyphen(tokens[i - 1]?.text ?? '')) return false;
  if (i > s.tokenStart) return !startsUpper(tokens[i - 1].text);
  // Opening a sentence, before its verb or a possessive: "Ferreira-Banks' office said".
  return VERBS.has(tokens[end]?.pos ?? '') || isPossessive(tokens[end]?.text ?? '');
}

/**
 * Whether the capital of an ordinary word at `i` marks a name: inside a running sentence, or opening
 * one before a possessive, a verb, a day or ", which" ("Next's shares", "Next said", "Target on
 * Wednesday posted", "Next, which employs"), not "Next year" nor a headline's.
 */
export function isNamedByCapital(tokens: readonly Token[], i: number, s: Sentence): boolean {
  if (s.heading) return false;
  let first = s.tokenStart;
  while (first < i && OPENING.test(tokens[first].text)) first++;
  if (i > first) return true;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  // "Target on Wednesday posted …": a day between the subject and its verb.
  const dated = /^(?:on|last|this)$/i.test(next.text) && isCalendarWord(tokens[i + 2]?.text ?? '');
  return isPossessive(next.text) || VERBS.has(next.pos) || dated || (next.text === ',' && /^(?:which|whose)$/i.test(tokens[i + 2]?.text ?? ''));
}

/** A word in capitals, three letters or more: "FREIGHT". */
const SHOUTED_WORD = /^\p{Lu}{3,}$/u;

/** Two-letter English words some East Asian surnames are spelled as. */
const SHORT_WORDS = /^(?:He|So|No|An|On|In|Do|Go|Me|We|Us|Am|As|At|By|If|It|Is|Of|Or|To|Up)$/;

/** What may open a sentence before its first word: quotes, brackets, dashes, bullets. */
export const OPENING = /^["“‘'(\-–—•*]$/;
const LOWER_CASE = /\p{Ll}/u;
const VERBS = new Set(['VERB', 'AUX']);

/** A sentence without a lower-case letter. */
function isShouted(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (LOWER_CASE.test(tokens[i].text)) return false;
  return true;
}

/** Whether `words` occur at token `at` (before `limit`) on tokens not yet covered by a name. */
export function fits(tokens: readonly Token[], covered: Uint8Array, at: number, limit: number, words: readonly string[]): boolean {
  if (at + words.length > limit) return false;
  for (let k = 0; k < words.length; k++) if (covered[at + k] || tokens[at + k].text !== words[k]) return false;
  return true;
}

/** A capitalized proper noun inside the sentence: glued to a match, it makes the match part of a longer name. */
/**
 * Whether tokens [start, end) are hyphened to a capitalized word on either side that is no name of
 * its own: "Meteo-[France]", "[Lyon]-Saint Exupery" (not "[Russia]-US", "[Israel]-Hamas": `isName`).
 */
export function isInsideHyphenated(tokens: readonly Token[], start: number, end: number, isName: (word: string) => boolean): boolean {
  return isHyphenedToName(tokens, start - 1, start - 2, isName) || isHyphenedToName(tokens, end, end + 1, isName);
}

/** What a name found again may stand hyphened to and still be itself: another name, unless it is a person's ("Sorensen-Hale"). */
export function nameBesideHyphen(person: boolean, known: (word: string) => boolean): (word: string) => boolean {
  return (word) => !person && (known(word) || isListedName(word));
}

/** Whether `hyphen` is a hyphen joined on both sides, with a capitalized word at `word` that is no name. */
function isHyphenedToName(tokens: readonly Token[], hyphen: number, word: number, isName: (word: string) => boolean): boolean {
  const [h, w] = [tokens[hyphen], tokens[word]];
  if (!h || !w || !isHyphen(h.text) || !startsUpper(w.text) || isName(w.text)) return false;
  const [left, right] = hyphen < word ? [tokens[hyphen - 1], w] : [w, tokens[hyphen + 1]];
  return left !== undefined && right !== undefined && h.start === left.end && right.start === h.end;
}

/** A listed place or an acronym: a name on either side of a hyphen ("US-China", "Russia-Ukraine"). */
function isListedName(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) || (nameLists().lookup(word.toLowerCase()) & PLACE_NAME) !== 0;
}

export function isNamePart(token: Token | undefined, inside: boolean): boolean {
  return inside && token !== undefined && token.pos === 'PROPN' && startsUpper(token.text) && !isPhotoWord(token.text);
}

/**
 * A name the tagger cut at a capitalized common word before it, or any capitalized word after it, that another name of the
 * document has there:
 * "First Brenlow's chief executive said", "keep First Brenlow's team", where the document names "First Brenlow Savings
 * Bank", is "First Brenlow" (the tagger reads "First" as an adverb); "Hope Mutual Bank said" opening a sentence, where the
 * document names "Hope Mutual Bank" inside one, is that name too, and so is "Kharsang Peak, first climbed in 1987" where
 * the tagger kept "Kharsang" alone. Never an article: "The Harbour Ledger" of a masthead is no reason to read "told The
 * Harbour Ledger" with its "The". In place, typed as the name. A sentence's first word need not be a common word, its
 * capital says nothing: "Global Affairs Canada said" opening one, where the document names "Global Affairs Canada" inside one;
 * nor need a word after it: "Sophie Lavallée · DBN News ·" where the tagger kept "DBN".
 */
export function withEdgeWordOfName(tokens: readonly Token[], found: Candidate[]): void {
  const wordBefore = (c: Candidate) => {
    const at = c.start - 1;
    const word = tokens[at];
    if (word === undefined || !startsUpper(word.text) || word.pos === 'DET' || word.sentence !== tokens[c.start].sentence) return false;
    return isCommonWord(word.text) || (tokens[at - 1]?.sentence !== word.sentence && !found.some((o) => o.start <= at && at < o.end));
  };
  const nextWordOfName = (c: Candidate) => {
    const word = tokens[c.end];
    return word !== undefined && startsUpper(word.text) && word.pos !== 'DET' && word.sentence === tokens[c.start].sentence && !found.some((o) => o.start === c.end);
  };
  // (A word after the name only to the length of another name: "Hollins" before "Point" is no "Hollins Point Residents' Group".)
  const named = (from: number, end: number, longer: boolean) => {
    const words = tokens.slice(from, end).map((t) => t.text);
    return found.find((o) => (longer ? o.end - o.start >= words.length : o.end - o.start === words.length) && words.every((w, k) => tokens[o.start + k].text === w));
  };
  found.forEach((c, i) => {
    const before = wordBefore(c) ? named(c.start - 1, c.end, true) : undefined;
    const after = !before && nextWordOfName(c) ? named(c.start, c.end + 1, false) : undefined;
    if (before) found[i] = { ...c, start: c.start - 1, label: before.label, person: undefined };
    else if (after) found[i] = { ...c, end: c.end + 1, label: after.label, person: undefined };
  });
}
