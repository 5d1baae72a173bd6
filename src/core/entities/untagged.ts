/**
 * Names found by their setting or their form, where the tagger missed or mistyped them: the place
 * of a news dateline, events, treaties, streets, brands, companies, acronyms, party labels' places
 * and Korean names it left untagged or cut short. Credit lines and bylines: credits.ts.
 */
import type { Token } from '../types';
import { isBodyHead, isFacilityHead, isLegislatureName, isProductNoun, isRaceDistance, isShipPrefix } from './types';
import { acronymLetters, initialsOf, isCommonNounAcronym } from './acronyms';
import { isEastAsianFamilyName, KOREAN_GIVEN_NAME } from './surnames';
import { COUNTRY, FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isCommonWord, isSometimesLowerCase, isUsuallyLowerCase, nameLists } from '../ner/tagger';
import { startsUpper } from '../nlp/letters';
import { isCalendarWord, isShortMonth } from './calendar';
import { isRegion } from './owners';
import { isBusinessWord, isCompanyNameEnd, isCompanyTail, isNamedHomeKind } from './companies';
import { identityKey, isLegalDesignator } from './identity';
import { BULLET, isCapitalizedName, isDealOfTwo, isSizeUnit, MAX_NAME_TOKENS, NAME_START, opensNoName, type Candidate } from './spans';
import { compoundStart, isTitleWord } from './titles';
import { BALLOT_MEASURE, BODY_OF, isAwardHead, isBritishRoadNumber, isInterstateCode, isNumberedRoadWord, isRoadOwner, isPeopleGroupHead, isDocumentHead, isEventFirst, isEventFirstLink, isEventHead, MAX_EVENT_LEAD, isObservanceFirst, isModelNumber, isNumberedBerthWord, isParadeName, isPublicationHead, isStormGrade, isStormKind, isStormWord, isTownOnlyHead, isVillageName } from './types';
import { BILL_CODE, isWeekdayGivenName } from '../time/patterns';
import { monthNumber, WEEKDAY_SRC } from '../time/lexicon';
import { isCallLetters, isDemonymNoun, isDomainWord, isHyphen, isPeriodCode, isPossessive, isRomanNumeral, isStationKind, isTickerPart } from './words';

const SHOUTED_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;
const DATELINE_END = /^[,(\-–—]$/;
const MAX_DATELINE_WORDS = 4;
const LINE_START = /(?:^|\n)[ \t]*$/;

/**
 * The place of a news dateline: a listed place in capitals that opens a line, before a comma, a
 * parenthesis or a dash ("PORTO ALEGRE, Brazil (Reuters) —", "OSLO —"). The tagger, seeing
 * capitals only, may call it anything.
 */
export function datelinePlace(text: string, tokens: readonly Token[], from: number, to: number, afterSlash = false): Candidate | undefined {
  if (from >= to || (!afterSlash && !LINE_START.test(text.slice(Math.max(0, tokens[from].start - 20), tokens[from].start)))) return undefined;
  let end = from;
  // "SAINT-DENIS": a hyphen is a token of its own, inside the word.
  const innerHyphen = (k: number) => k > from && k + 1 < to && isHyphen(tokens[k].text) && tokens[k].start === tokens[k - 1].end && tokens[k + 1].start === tokens[k].end;
  while (end < to && end - from < MAX_DATELINE_WORDS && (SHOUTED_WORD.test(tokens[end].text) || innerHyphen(end))) end++;
  // "Zahran (AFP) -": a place not in capitals, which its agency in brackets and the dash then vouch for.
  const titled = end === from;
  if (titled) while (end < to && end - from < MAX_DATELINE_WORDS && NAME_START.test(tokens[end].text) && tokens[end].pos === 'PROPN') end++;
  if (end === from || end >= to || !DATELINE_END.test(tokens[end].text)) return undefined;
  const name = text.slice(tokens[from].start, tokens[end - 1].end).toLowerCase().replace(/\s+/g, ' ');
  // An unlisted place passes when its country or state follows ("SEVILLE, Spain (Reuters)", "HARLOW SPRINGS, Ky. (AP)"),
  // or its agency and the dash, after the date or not ("GROVETON (NP) —", "ZAHRAN, June 4 (Reuters) -").
  const region = tokens[end].text === ',' && end + 1 < to && isRegion(tokens[end + 1].text);
  const credited = datelineAgency(tokens, { start: from, end, label: 'LOC', roles: [] }, to) !== undefined;
  // "VELDORA — Investigators met": a place of five letters or more in capitals before the dash, no label ("BREAKING —").
  const dashed = !titled && /^[-–—]$/.test(tokens[end].text) && name.replace(/[^a-z]/g, '').length >= 5 && !HEADER_LABELS.test(name);
  // "HALVERTON, September 16, 2026 —", "CRAIGTON, Thursday 12 March 2026 —": a place of five letters or more in capitals
  // before a comma and a day of a month.
  const dated = !titled && !isCalendarWord(name) && tokens[end].text === ',' && opensDayOfMonth(tokens, end + 1) && name.replace(/[^a-z]/g, '').length >= 5;
  const listed = (nameLists().lookup(name) & PLACE_NAME) !== 0;
  const place = titled ? credited : listed || region || credited || dashed || dated;
  if (!place) return undefined;
  // "UNITED NATIONS, March 12 (Reuters) - The United Nations said": an unlisted name the story writes after
  // "the" is a body's, whose dateline is no cue of a place.
  return { start: from, end, label: 'LOC', roles: [], ...(!(listed || region) && writtenAfterThe(text, name) ? {} : { cued: true as const }) };
}

/** Tokens from `k` write a day of a month, after its weekday or not: "September 16", "Thursday 12 March", "Friday, 3 July". */
function opensDayOfMonth(tokens: readonly Token[], k: number): boolean {
  if (WEEKDAY.test(tokens[k]?.text ?? '')) k += tokens[k + 1]?.text === ',' ? 2 : 1;
  const day = (i: number) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i]?.text ?? '');
  const month = (i: number) => monthNumber(tokens[i]?.text ?? '') !== undefined;
  return (month(k) && day(k + 1)) || (day(k) && month(k + 1));
}

/**
 * The places of a dateline that names two, a slash between them ("ROTTERDAM/ANTWERP, March 3 (Meridian) -"):
 * the first, and the second as `datelinePlace` reads it; else the one place, if any.
 */
export function datelinePlaces(text: string, tokens: readonly Token[], from: number, to: number): Candidate[] {
  const one = datelinePlace(text, tokens, from, to);
  if (one) return [one];
  let slash = from;
  while (slash < to && slash - from < MAX_DATELINE_WORDS && SHOUTED_WORD.test(tokens[slash].text)) slash++;
  if (slash === from || tokens[slash]?.text !== '/' || slash + 1 >= to) return [];
  const first = text.slice(tokens[from].start, tokens[slash - 1].end).toLowerCase();
  const second = datelinePlace(text, tokens, slash + 1, to, true);
  if (!second || !(nameLists().lookup(first) & PLACE_NAME)) return [];
  return [{ start: from, end: slash, label: 'LOC', roles: [], cued: true }, second];
}

/** Whether `text` writes the lower-case `name` in mixed case after "the": "The United Nations said". */
function writtenAfterThe(text: string, name: string): boolean {
  const mixed = name.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
  // Alone, not opening a longer name: "the Delford Transit Authority" is another body's.
  return new RegExp(`\\b[Tt]he\\s+${mixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?!['’]?\\s*\\p{Lu})`, 'u').test(text);
}

/** Words in capitals that open a line before a dash as a label, no place. */
const HEADER_LABELS = /^(?:breaking|update|updated|exclusive|analysis|opinion|watch|live|editorial|correction|review|interview|explainer|factbox|insight|column)\b/;


const DATELINE_DASH = /^(?:-|--|–|—)$/;
const MAX_DATELINE_LENGTH = 16;

/**
 * Words of a wire dateline that opens a sentence, up to its dash ("NEW YORK (Reuters) -", "OSLO, June
 * 2 -", "BRUSSELS (AP) —"), or 0: the sentence opens with a word in capitals and the dash follows a
 * parenthesis, a word in capitals or a number.
 */
export function datelineLength(words: readonly string[]): number {
  // "Nagpur, Mar 11 (PTI) The party …": a dateline whose agency ends it without a dash.
  for (let k = 3; k < words.length - 1 && k < MAX_DATELINE_LENGTH; k++) {
    if (words[k] === ')' && words[k - 2] === '(' && /^\p{Lu}{2,}$/u.test(words[k - 1]) && /^\d/.test(words[k - 3]) && words[1] === ',' && /^\p{Lu}/u.test(words[0])) return k + 1;
  }
  if (!isShoutedWord(words[0] ?? '')) return 0;
  for (let k = 1; k < words.length - 1 && k < MAX_DATELINE_LENGTH; k++) {
    if (!DATELINE_DASH.test(words[k])) continue;
    const before = words[k - 1];
    return before === ')' || isShoutedWord(before) || /^\d/.test(before) ? k + 1 : 0;
  }
  return 0;
}

/**
 * The place and region of a dateline alone on its line before the story's date ("Harwick, Ontario —
 * March 3, 2026", "Toronto, May 4"): Title Case like a headline, but its words are places.
 */
export function datelineLinePlaces(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const nameEnd = (k: number) => {
    let end = k;
    while (end < to && end - k < MAX_DATELINE_WORDS && NAME_START.test(tokens[end].text) && !isCalendarWord(tokens[end].text)) end++;
    return end;
  };
  const place = { start: from, end: nameEnd(from), label: 'LOC' as const, roles: [], cued: true as const };
  // "Mara Quill, March 3, 2026" is a byline.
  const opening = nameLists().lookup(tokens[from].text.toLowerCase());
  if (place.end === from || (opening & FIRST_NAME && !(opening & PLACE_NAME))) return [];
  const regionEnd = tokens[place.end]?.text === ',' ? nameEnd(place.end + 1) : place.end + 1;
  const k = regionEnd > place.end + 1 ? regionEnd : place.end;
  if (k >= to || !DATELINE_END.test(tokens[k].text)) return [];
  // A listed place, or one its state or country vouches for: "Budget Update, March 2026" is a headline.
  const name = tokens.slice(from, place.end).map((t) => t.text).join(' ').toLowerCase();
  if (!(k > place.end && isRegion(tokens[place.end + 1].text)) && !(nameLists().lookup(name) & PLACE_NAME)) return [];
  const rest = tokens.slice(k + 1, to).map((t) => t.text);
  const onlyDate = rest.some((w) => isCalendarWord(w) || /^\d{4}$/.test(w)) && rest.every((w) => isCalendarWord(w) || isShortMonth(w) || /^(?:\d{1,4}(?:st|nd|rd|th)?|[,.\-–—])$/.test(w));
  if (!onlyDate) return [];
  return k === place.end ? [place] : [place, { ...place, start: place.end + 1, end: k }];
}

/** A word in capitals of two letters or more: "OSLO", "NEW", "AP". */
export function isShoutedWord(word: string): boolean {
  return word.length > 1 && SHOUTED_WORD.test(word);
}


const MAX_EVENT_WORDS = 4;
const EVENT_MODIFIER = /^(?:\d{4}|\p{Lu}[\p{Ll}-]+)$/u;

/** Parts of speech that are never part of a name: "In Communications", "The Federal …". */
const NOT_IN_NAMES = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'SCONJ']);

/** A word that may be part of a name: no function word, title or calendar word. */
function mayBeInName(t: Token): boolean {
  return !NOT_IN_NAMES.has(t.pos) && !isTitleWord(t.text) && !isCalendarWord(t.text);
}

function isEventModifier(t: Token): boolean {
  return EVENT_MODIFIER.test(t.text) && mayBeInName(t);
}

const WEEKDAY = new RegExp(`^${WEEKDAY_SRC}$`);

/**
 * People whose given name is a weekday, which the date finder leaves them: "said Sunday Ebiere, 52,
 * a fisherman" (a surname, then an age or a role in apposition). `covered` marks tagged tokens.
 */
export function weekdayGivenNames(text: string, tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!WEEKDAY.test(tokens[i].text) || !isWeekdayGivenName(text, tokens[i].start, tokens[i].end)) continue;
    let end = i + 1;
    while (end < to && tokens[end].text !== ',') end++;
    out.push({ start: i, end, label: 'PER', roles: [], person: true });
    covered.fill(1, i, end);
    i = end;
  }
  return out;
}

/** Prepositions that run through the names of campaigns and charities, capitalized: "Reporters Without Borders". */
const NAME_PREPOSITION = /^(?:Without|Against|Beyond)$/;
const MAX_PREPOSITION_SIDE = 3;

/**
 * Bodies named with a capitalized preposition inside, which the tagger left untagged: "Reporters
 * Without Borders", "Mothers Against Drunk Driving" (capitalized words either side).
 */
export function prepositionBodies(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const word = (k: number) => k >= from && k < to && !covered[k] && /^\p{Lu}\p{Ll}/u.test(tokens[k].text) && !NAME_PREPOSITION.test(tokens[k].text);
  for (let i = from + 1; i + 1 < to; i++) {
    if (!NAME_PREPOSITION.test(tokens[i].text) || covered[i] || !word(i - 1) || !word(i + 1)) continue;
    let [start, end] = [i - 1, i + 2];
    while (i - start < MAX_PREPOSITION_SIDE && word(start - 1)) start--;
    while (end - i <= MAX_PREPOSITION_SIDE && word(end)) end++;
    out.push({ start, end, label: 'ORG', roles: [] });
    i = end;
  }
  return out;
}

/**
 * Events, treaties and awards the tagger left untagged: capitalized words (or, for an event, a year) before
 * a capitalized event, treaty or award head, and a numeral after "War" ("the Cold War", "Second World War",
 * "World War I", "2008 Olympics", "the Quito Declaration", "The Golden Churn Award"), as other names that `entityType` types.
 * `covered` marks tagged tokens.
 */
export function eventNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    const document = isDocumentHead(tokens[i].text) || isAwardHead(tokens[i].text);
    const parade = tokens[i].text === 'Parade';
    const race = i > from + 1 && isRaceDistance(tokens[i - 1].text, tokens[i].text) && tokens[i - 1].end === tokens[i].start && !covered[i - 1];
    if (covered[i] || !(document || parade || race || isEventHead(tokens[i].text))) continue;
    const modifies = (t: Token) => isEventModifier(t) && !(document && /^\d/.test(t.text));
    // (A race's distance is two tokens: "10", "K".)
    const head = race ? i - 1 : i;
    let start = head;
    while (start > from && i - start < MAX_EVENT_WORDS && modifies(tokens[start - 1]) && !covered[start - 1]) start--;
    if (start === head || (parade && !isParadeName(tokens.slice(start, i + 1).map((t) => t.text)))) continue;
    let end = i + 1 < to && tokens[i].text === 'War' && /^(?:I|II|One|Two)$/.test(tokens[i + 1].text) ? i + 2 : i + 1;
    // (Over another head after it: "the Spring Classic Sale".)
    while (end < to && !covered[end] && isEventHead(tokens[end].text)) end++;
    out.push({ start, end, label: 'MISC', roles: [] });
    i = end - 1;
  }
  return out;
}

/**
 * A storm's word before a name the tagger found alone ("Hurricane [Velda]", "Tropical Storm [Ana]"),
 * or before a capitalized word it left untagged: the storm, which `entityType` makes an event.
 */
export function withStormWord(tokens: readonly Token[], c: Candidate): Candidate {
  let start = c.start;
  if (c.end - c.start <= 2 && isStormWord(tokens[start - 1]?.text ?? '')) {
    start--;
    if (isStormKind(tokens[start - 1]?.text ?? '')) start--;
  }
  // (… and a storm's grade before its kind: "Severe Tropical Cyclone Marlowe", which stormNameOf reads.)
  if (isStormGrade(tokens[start - 1]?.text, tokens[start].text)) start--;
  return start === c.start ? c : { ...c, start, label: 'MISC', roles: [], person: undefined };
}

const MAX_AWARD_WORDS = 4;

/**
 * Awards named for whom they honour "of the Year", whatever the tagger made of them: "Westby Citizen of the Year",
 * "European Car of the Year", "Player of the Year". The result replaces what it overlaps.
 */
export function yearAwards(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const capital = (k: number) => k >= from && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) && !/^(?:The|A|An)$/.test(tokens[k].text) && !isCalendarWord(tokens[k].text);
  for (let i = from + 3; i < to; i++) {
    if (tokens[i].text !== 'Year' || tokens[i - 1].text !== 'the' || tokens[i - 2].text !== 'of' || !capital(i - 3)) continue;
    let start = i - 3;
    while (i - 2 - start < MAX_AWARD_WORDS && capital(start - 1)) start--;
    out.push({ start, end: i + 1, label: 'MISC', roles: [] });
  }
  return out;
}

const MAX_EVENT_PLACE = 3;
const EVENT_PLACE_ARTICLE = /^(?:the|la|el|le|les|los|las)$/;

/**
 * Events named by their kind and what they are of after "the", whatever the tagger made of them: "the Tour of Flanders",
 * "the Giro delle Valli Orobiche", "the Ronde van Oostermeer", "the Fenland Festival of Karting". The result replaces
 * what it overlaps.
 */
export function kindEvents(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const capital = (k: number) => k < to && /^\p{Lu}\p{Ll}/u.test(tokens[k].text) && !isCalendarWord(tokens[k].text);
  for (let i = from + 1; i + 2 < to; i++) {
    if (!isEventFirst(tokens[i].text) || !isEventFirstLink(tokens[i + 1].text)) continue;
    let start = i;
    while (start - 1 > from && i - start < MAX_EVENT_LEAD && capital(start - 1)) start--;
    if (!/^the$/i.test(tokens[start - 1].text)) continue;
    const first = EVENT_PLACE_ARTICLE.test(tokens[i + 2].text) ? i + 3 : i + 2;
    let end = first;
    // (Over its own links: "the Fête des Vins de Vaudrenne".)
    while (end - first < MAX_EVENT_PLACE && (capital(end) || (end > first && isEventFirstLink(tokens[end]?.text ?? '') && capital(end + 1)))) end++;
    if (end > first) out.push({ start, end, label: 'MISC', roles: [] });
  }
  return out;
}

/** "the Tour of the [Dolomites]", "the Battle of [Mosul]", "the Fiesta de la [Laguna]": an event named by its kind before the place the tagger found. */
export function withEventKind(tokens: readonly Token[], c: Candidate): Candidate {
  // (… or the kind the tagger found without the place: "the [Fiesta] de las Estrellas".)
  if (c.end - c.start === 1 && isEventFirst(tokens[c.start].text) && /^(?:of|de|del|du|a)$/.test(tokens[c.end]?.text ?? '')) {
    let end = c.end + 1;
    if (EVENT_PLACE_ARTICLE.test(tokens[end]?.text ?? '')) end++;
    const first = end;
    while (end < tokens.length && end - first < MAX_EVENT_PLACE && /^\p{Lu}\p{Ll}/u.test(tokens[end].text) && tokens[end].sentence === tokens[c.start].sentence) end++;
    return end > first ? { ...c, end, label: 'MISC', roles: [], person: undefined } : c;
  }
  let at = c.start - 1;
  if (EVENT_PLACE_ARTICLE.test(tokens[at]?.text ?? '')) at--;
  if (c.label === 'PER' || !/^(?:of|de|du|a)$/.test(tokens[at]?.text ?? '') || !isEventFirst(tokens[at - 1]?.text ?? '')) return c;
  return { ...c, start: at - 1, label: 'MISC', roles: [], person: undefined };
}

const MAX_OBSERVANCE_WORDS = 4;

/**
 * Days the world or a nation marks, whatever the tagger made of their words: "World Nurses' Day", "International
 * Women's Day", "National Voter Registration Day". The result replaces what it overlaps.
 */
export function observanceDays(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 2 < to; i++) {
    if (!isObservanceFirst(tokens[i].text)) continue;
    let end = i + 1;
    while (end < to && end - i <= MAX_OBSERVANCE_WORDS && (NAME_START.test(tokens[end].text) || isPossessive(tokens[end].text)) && tokens[end].text !== 'Day') end++;
    if (tokens[end]?.text === 'Day' && end > i + 1) out.push({ start: i, end: end + 1, label: 'MISC', roles: [] });
    i = end;
  }
  return out;
}

/** Storms the tagger left untagged: "Hurricane Velda", "Typhoon Mawar". `covered` marks tagged tokens. */
export function stormNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (covered[i] || covered[i + 1] || !isStormWord(tokens[i].text) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1].text)) continue;
    const start = i > from && isStormKind(tokens[i - 1].text) && !covered[i - 1] ? i - 1 : i;
    out.push({ start, end: i + 2, label: 'MISC', roles: [] });
    i++;
  }
  return out;
}

/** Titles a ship named after a person keeps: "RRS Sir David Attenborough", "USS Admiral Nimitz". */
const SHIP_NAME_TITLE = /^(?:Sir|Dame|Admiral|General|President|King|Queen|Prince|Princess|Lord|Lady|Miss)$/;

/** Nouns for vessels that name one right after them: "the tanker Helga Morrow", "container ship Marta Vell" (not "carrier": an airline). */
const VESSEL_NOUNS = new Set(['ship', 'tanker', 'vessel', 'freighter', 'trawler', 'ferry', 'yacht', 'liner', 'tug', 'tugboat', 'frigate', 'destroyer', 'submarine', 'icebreaker', 'dredger', 'barge', 'schooner', 'corvette', 'lifeboat', 'superyacht', 'narrowboat', 'houseboat', 'boat', 'dinghy', 'catamaran', 'steamer', 'cruiser', 'dragger', 'longliner', 'crabber', 'gillnetter', 'seiner', 'skiff', 'sloop', 'ketch', 'cutter']);

/** Words a vessel's apposition may run to before its noun: "a 9,200-container vessel". */
const MAX_VESSEL_DESCRIPTION = 6;

/** A vessel's noun, or its plural where `plural` allows it. */
function isVesselNoun(word: string, plural: boolean): boolean {
  return VESSEL_NOUNS.has(word) || (plural && word.endsWith('s') && VESSEL_NOUNS.has(word.slice(0, -1)));
}

/** Whether the noun phrase from `from` ends in a vessel's noun, over numbers, adjectives and nouns ("9,200-container vessel", not "ship owner"). */
function isVesselDescription(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + MAX_VESSEL_DESCRIPTION && k < tokens.length; k++) {
    if (isVesselNoun(tokens[k].text, false)) return tokens[k + 1]?.pos !== 'NOUN';
    if (!/^(?:NUM|ADJ|NOUN|PUNCT)$/.test(tokens[k].pos) || tokens[k].text === ',') return false;
  }
  return false;
}

/** A carrier of goods right before `start`: "the car carrier Galaxy Leader", "an LNG carrier" (a bare "carrier" is an airline). */
function carried(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.text === 'carrier' && /^(?:car|bulk|crude|gas|LNG|oil|container|vehicle|ore)$/.test(tokens[start - 2]?.text ?? '');
}

/**
 * A ship by its prefix, inside the name or right before it (over a title), or after a vessel's noun, whatever the tagger
 * made of it: a product, as its setting says (outweighing the tagger's guesses for its name alone elsewhere).
 */
export function asShip(tokens: readonly Token[], c: Candidate): Candidate {
  // (… or after its flag: "the Liberian-flagged Nordic Aurora"; a company is "registered", not flagged.)
  const flagged = tokens[c.start - 1]?.text === 'flagged' && isHyphen(tokens[c.start - 2]?.text ?? '');
  const before = (isShipPrefix(tokens[c.start - 1]?.text ?? '') || isVesselNoun(tokens[c.start - 1]?.text ?? '', false) || flagged) && startsUpper(tokens[c.start].text);
  // ("the dragger Miss Kathleen": a vessel's noun before the title.)
  const kind = tokens[c.start - 2]?.text ?? '';
  const titled = (isShipPrefix(kind) || isVesselNoun(kind, false)) && SHIP_NAME_TITLE.test(tokens[c.start - 1]?.text ?? '');
  const inside = c.end - c.start >= 2 && isShipPrefix(tokens[c.start].text) && startsUpper(tokens[c.start + 1].text);
  // "The 12m yacht, Marianne II, had been sailing": the vessel's name in apposition, closed by its comma or the sentence's end;
  // "two of its tankers, the Sable Horizon", "its vessels, including the Sable Horizon" (the article left out).
  const article = /^the$/i.test(tokens[c.start - 1]?.text ?? '') ? 1 : 0;
  const including = tokens[c.start - 1 - article]?.text === 'including' ? 1 : 0;
  const listed = tokens[c.start - 1 - article - including]?.text === ',' && isVesselNoun(tokens[c.start - 2 - article - including]?.text ?? '', true);
  const apposed = listed && /^(?:[,.;]|and)$/.test(tokens[c.end]?.text ?? '');
  // "The Corvina Star, a 9,200-container vessel operated by …": a vessel's noun heading the apposition after the name.
  const described = tokens[c.end]?.text === ',' && /^an?$/i.test(tokens[c.end + 1]?.text ?? '') && isVesselDescription(tokens, c.end + 2);
  if (!before && !titled && !inside && !apposed && !described && !carried(tokens, c.start)) return c;
  const start = titled ? (isShipPrefix(kind) ? c.start - 2 : c.start - 1) : before && isShipPrefix(tokens[c.start - 1].text) ? c.start - 1 : c.start;
  return { ...c, start, label: 'MISC', product: true, cued: true, person: undefined, roles: [] };
}

const MAX_CAUSE_NAME = 4;

/**
 * Campaigning groups the tagger left untagged, named for people and what they are for or against: "Citizens for a Clean
 * Basin", "Parents Against Cuts" (a plural noun for people, "for" or "against", maybe an article, capitalized words).
 */
export function causeGroups(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 2 < to; i++) {
    if (covered[i] || !isPeopleGroupHead(tokens[i].text) || !/^(?:for|[Aa]gainst)$/.test(tokens[i + 1].text)) continue;
    let end = /^(?:a|an|the)$/.test(tokens[i + 2].text) ? i + 3 : i + 2;
    const first = end;
    while (end < to && end - first < MAX_CAUSE_NAME && !covered[end] && /^\p{Lu}\p{Ll}/u.test(tokens[end].text) && !isCalendarWord(tokens[end].text)) end++;
    if (end > first) out.push({ start: i, end, label: 'ORG', roles: [] });
  }
  return out;
}

const MAX_HOME_NAME = 3;

/**
 * Funeral and care homes the tagger left untagged, their names common words: "Evergreen Rest Funeral Home", "Maple
 * Grove Care Home" (capitalized words before the kind and its head).
 */
export function homeNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i + 1 < to; i++) {
    if (!isNamedHomeKind(tokens[i].text, tokens[i + 1].text) || covered[i] || covered[i + 1]) continue;
    let start = i;
    while (start > from && i - start < MAX_HOME_NAME && !covered[start - 1] && /^\p{Lu}\p{Ll}/u.test(tokens[start - 1].text) && !isCalendarWord(tokens[start - 1].text)) start--;
    // (Not a sentence's capitalized first word alone before the kind: "The Funeral Home".)
    if (start < i && !(start === from && i - start === 1 && isUsuallyLowerCase(tokens[start].text))) out.push({ start, end: i + 2, label: 'ORG', roles: [] });
  }
  return out;
}

const MAX_SHIP_NAME = 3;
const SHIP_NAME_POS = /^(?:PROPN|NOUN|ADJ|VERB)$/;

/**
 * Ships the tagger left untagged, after a prefix or a vessel's noun: "- HMS Ardlamont" in a list, "the ferry Silver
 * Heron" (words no list makes a name). Products, as `asShip` makes the tagged ones. `covered` marks tagged tokens.
 */
export function shipNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 1 < to; i++) {
    const prefix = isShipPrefix(tokens[i].text);
    if (covered[i + 1] || !(prefix || VESSEL_NOUNS.has(tokens[i].text))) continue;
    let end = i + 1;
    while (end < to && end - i <= MAX_SHIP_NAME && !covered[end] && /^\p{Lu}\p{Ll}/u.test(tokens[end].text) && SHIP_NAME_POS.test(tokens[end].pos) && !isTitleWord(tokens[end].text) && !isCalendarWord(tokens[end].text)) end++;
    if (end === i + 1) continue;
    out.push({ start: prefix ? i : i + 1, end, label: 'MISC', product: true, cued: true, roles: [] });
    i = end - 1;
  }
  return out;
}

/** What follows an immigration form's code: "an I-130 petition", "I-9 forms". */
const FORM_AFTER = /^(?:forms?|petitions?|applications?|filings?|visas?|status)$/i;

/** Capitalized last words of street names ("Lane" is left out: it is a common surname). */
const STREET_WORDS = new Set(['Street', 'Road', 'Avenue', 'Boulevard']);

/**
 * Streets the tagger left untagged: capitalized words or an ordinal right before "Street", "Road" …
 * ("340 Hay Street", "on Harbour Road", "250th Street"), and numbered roads ("Highway 30"), as
 * places. `covered` marks tagged tokens.
 */
export function streetNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    // "Highway 30", "Route 66", "Interstate 80": a road by its number; "State Route 14", "County Road 9" with its owner.
    // (… and a pier, a terminal or a gate: "Pier 4", "Terminal 5".)
    if (!covered[i] && (isNumberedRoadWord(tokens[i].text) || isNumberedBerthWord(tokens[i].text)) && i + 1 < to && ROAD_NUMBER.test(tokens[i + 1].text)) {
      const owned = i > from && !covered[i - 1] && isRoadOwner(tokens[i - 1].text);
      out.push({ start: owned ? i - 1 : i, end: i + 2, label: 'LOC', roles: [] });
      continue;
    }
    // "closed the A46 between Wymeswold and Kettleby", "the A684 through Ulverby", "stuck on the A30 for hours": a British
    // road by its letter and number (not "the A380 landed", an airliner; nor "the M1 chip", "the A4 sheet").
    if (!covered[i] && isBritishRoadNumber(tokens[i].text) && /^the$/i.test(tokens[i - 1]?.text ?? '') && isRoadAfter(tokens[i].text, tokens[i + 1]?.text ?? '')) {
      out.push({ start: i, end: i + 1, label: 'LOC', roles: [] });
      continue;
    }
    // "reopen I-70", "use I-270": an Interstate by its letter and number (not an immigration form: "Form I-9", "an I-130 petition").
    if (!covered[i] && isInterstateCode(tokens[i].text) && !/^Form$/i.test(tokens[i - 1]?.text ?? '') && !FORM_AFTER.test(tokens[i + 1]?.text ?? '')) {
      out.push({ start: i, end: i + 1, label: 'LOC', roles: [] });
      continue;
    }
    if (i === from || covered[i] || !STREET_WORDS.has(tokens[i].text) || covered[i - 1] || !isStreetNameWord(tokens[i - 1])) continue;
    let start = i - 1;
    while (start > from && i - start < MAX_NAME_TOKENS && !covered[start - 1] && isCapitalizedName(tokens[start - 1])) start--;
    out.push({ start, end: i + 1, label: 'LOC', roles: [] });
  }
  return out;
}

/**
 * Towns the tagger left untagged: capitalized words before a town's last word ("Ravel Falls Mayor Jo Penn"), and English
 * villages inside a sentence ("commutes from Little Tabby"), as places. `covered` marks tagged tokens.
 */
export function townNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    if (covered[i] || covered[i - 1]) continue;
    // (Whatever wink made of the name's word: "Ravel" reads as a verb.)
    if (isTownOnlyHead(tokens[i].text) && NAME_START.test(tokens[i - 1].text) && !isTitleWord(tokens[i - 1].text) && !isCalendarWord(tokens[i - 1].text)) {
      out.push({ start: i - 1, end: i + 1, label: 'LOC', roles: [] });
    } else if (i - 1 > from && isVillageName(tokens[i - 1].text, tokens[i].text) && !startsUpper(tokens[i + 1]?.text ?? '')) {
      out.push({ start: i - 1, end: i + 1, label: 'LOC', roles: [] });
    }
  }
  return out;
}

const MAX_OPENING_BODY = 5;
const INITIALS_AND = /^\p{Lu}+&\p{Lu}+$/u;
/** Last words of firms' and campaigners' names the lists of bodies' words lack ("Capital Economics", "Amnesty International"). */
const OPENING_BODY_ENDS = new Set(['international', 'economics', 'ratings', 'research', 'watch', 'intelligence', 'insights', 'advisory', 'strategies', 'global', 'worldwide']);

/**
 * A body that opens its sentence and acts, which the tagger left untagged for its common words:
 * capitalized words ending in a body's or business word, then a verb or a possessive ("Summit
 * Economics expects", "Clemency International's director").
 */
export function openingBodies(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  // (After a list's bullet too: "- Sponsor Penlee Mutual's deal runs on".)
  const first = BULLET.test(tokens[from]?.text ?? '') ? from + 1 : from;
  let start = /^the$/i.test(tokens[first]?.text ?? '') ? first + 1 : first;
  let end = start;
  // Initials over "&" are a name's word too: "S&P Global Ratings", "AT&T Business".
  const named = (t: Token) => isCapitalizedName(t) || INITIALS_AND.test(t.text);
  while (end < to && end - start < MAX_OPENING_BODY && !covered[end] && named(tokens[end])) end++;
  // (Not a common noun capitalized as the sentence's first word: "Sponsor Brightwater Mutual's deal".)
  if (start === first && end - start >= 3 && (isUsuallyLowerCase(tokens[start].text) || opensNoName(tokens[start].text))) start++;
  if (end - start < 2) return [];
  // (A past verb wink reads as an adjective acts too: "Corvid Releasing acquired the rights".)
  const acts = isPossessive(tokens[end]?.text ?? '') || tokens[end]?.pos === 'VERB' || tokens[end]?.pos === 'AUX' || (tokens[end]?.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(tokens[end].text));
  return isBodyEnd(tokens[end - 1].text) && acts ? [{ start, end, label: 'ORG', roles: [] }] : [];
}

/** A body's or a firm's last word: "Council", "Holdings", "Research". */
function isBodyEnd(word: string): boolean {
  return (nameLists().lookup(word.toLowerCase()) & ORG_WORD) !== 0 || isBusinessWord(word) || OPENING_BODY_ENDS.has(word.toLowerCase());
}

/**
 * The body a pull quote's attribution names after the person and a comma, to the line's end, whatever the tagger made of
 * it: "— Ida Varn, Dunmore Research" (not a title: "— Ida Varn, Chief Executive").
 */
export function attributedBodies(tokens: readonly Token[], from: number, to: number): Candidate[] {
  // (After a quoted line's mark too: "> — Ida Varn, Dunmore Research".)
  const dash = tokens[from]?.text === '>' ? from + 1 : from;
  if (!/^[—–]$/.test(tokens[dash]?.text ?? '')) return [];
  let comma = dash + 1;
  while (comma < to && tokens[comma].text !== ',') comma++;
  if (comma >= to) return [];
  let end = comma + 1;
  while (end < to && (isCapitalizedName(tokens[end]) || tokens[end].text === '&')) end++;
  const closes = end === to || /^[.)]$/.test(tokens[end].text);
  return end - comma > 2 && closes && isBodyEnd(tokens[end - 1].text) ? [{ start: comma + 1, end, label: 'ORG', roles: [] }] : [];
}

/** Whose road a numbered road is: "State Route 14", "County Road 9", "Farm Road 12". */
const ROAD_NUMBER = /^\d{1,3}[A-Z]?$/;
/** Words a British road's number goes on to: where it runs, or that it is a motorway. */
const ROAD_WAY_AFTER = /^(?:between|through|near|towards|from|to|at|in|northbound|southbound|eastbound|westbound|motorway|junction|carriageway|corridor|bypass|upgrade|roundabout|,|\.)$/;
/** Airliners' numbers, which a road may share: "the A380", "the A220". */
const AIRLINER_NUMBER = /^A(?:220|3\d\d)$/;
/** Nouns after a letter and number that make it a product's, no road's: "the M1 chip", "the A4 sheet". */
const PRODUCT_AFTER_NUMBER = /^(?:chips?|processors?|paper|sheets?|pages?|format|size|envelopes?|vitamins?|rifles?|carbines?|jets?|aircraft|planes?|airliners?|engines?|tanks?|grades?|levels?|models?)$/;

/** Whether the word after a British road's letter and number says it is the road ("the A46 between", "the A30 for hours"). */
function isRoadAfter(road: string, next: string): boolean {
  if (ROAD_WAY_AFTER.test(next)) return true;
  return !AIRLINER_NUMBER.test(road) && /^\p{Ll}/u.test(next) && !PRODUCT_AFTER_NUMBER.test(next);
}

/** A word that names a street before "Street", "Avenue" …: a capitalized name or an ordinal ("250th Street"). */
function isStreetNameWord(t: Token): boolean {
  return isCapitalizedName(t) || /^\d{1,4}(?:st|nd|rd|th)$/.test(t.text);
}

/** "U.S. Highway" tagged without its number: the road's number belongs to its name. */
export function withRoadNumber(tokens: readonly Token[], c: Candidate): Candidate {
  return isNumberedRoadWord(tokens[c.end - 1].text) && ROAD_NUMBER.test(tokens[c.end]?.text ?? '') ? { ...c, end: c.end + 1, label: 'LOC' } : c;
}

/**
 * "Potomac 4 News" tagged without its number and kind: a station's name goes on over them (without the imperative
 * opening its sentence: "Watch Summit 8 News at 6 p.m.").
 */
export function withStationNumber(tokens: readonly Token[], c: Candidate): Candidate {
  if (!isStationNumberAt(tokens, c.end) || !tokens.slice(c.start, c.end).every((t) => startsUpper(t.text))) return c;
  const opening = c.end - c.start >= 2 && tokens[c.start - 1]?.sentence !== tokens[c.start].sentence && isCommonWord(tokens[c.start].text);
  return { ...c, start: opening ? c.start + 1 : c.start, end: c.end + 2, label: 'ORG' };
}

/** "By Coastal 9 News Staff": a capitalized word before a station's number and kind, untagged, is the station. */
export function stationNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 2 < to; i++) {
    if (!covered[i] && !covered[i + 1] && isCapitalizedName(tokens[i]) && isStationNumberAt(tokens, i + 1)) out.push({ start: i, end: i + 3, label: 'ORG', roles: [] });
  }
  return out;
}

/** A station's number and its kind at token `i`: "4 News", "9 News". */
function isStationNumberAt(tokens: readonly Token[], i: number): boolean {
  return /^\d{1,3}$/.test(tokens[i]?.text ?? '') && isStationKind(tokens[i + 1]?.text ?? '') && tokens[i + 1].sentence === tokens[i].sentence;
}

/** Kinds of court British and Indian papers write in lower case after the court's town: "Leeds magistrates' court". */
const LOWER_CASE_COURT = /^(?:magistrates|crown|county|high|district|sessions|coroner's|coroners|youth|family)$/;

/**
 * "Bristol magistrates' court", "York crown court", "the Delhi high court": a town and a kind of court in lower case
 * name the court, an organization.
 */
export function withLowerCaseCourt(tokens: readonly Token[], c: Candidate): Candidate {
  if (c.label !== 'LOC' || !LOWER_CASE_COURT.test(tokens[c.end]?.text ?? '')) return c;
  const court = /^['’]$/.test(tokens[c.end + 1]?.text ?? '') ? c.end + 2 : c.end + 1;
  return tokens[court]?.text === 'court' && tokens[court].sentence === tokens[c.start].sentence ? { ...c, end: court + 1, label: 'ORG' } : c;
}

/** "OPEC+", "Canal+": a plus sign written onto a name makes another name, which it joins. */
export function withPlus(tokens: readonly Token[], c: Candidate): Candidate {
  const glued = (i: number) => tokens[i] !== undefined && tokens[i].start === tokens[i - 1].end;
  const plus = tokens[c.end]?.text === '+' && glued(c.end) && !(glued(c.end + 1) && /^[\p{L}\d]/u.test(tokens[c.end + 1].text));
  return plus ? { ...c, end: c.end + 1 } : c;
}

const LETTERS = /^\p{Lu}{2,}$/u;

/**
 * "RFE/RL", "QRF/KL": capitals written onto capitals over a slash are one name, unless the document
 * names either part alone ("AMD/ATI" beside "AMD" and "ATI"); the second part's own candidate, if any, is gone.
 */
export function joinSlashedLetters(tokens: readonly Token[], found: Candidate[]): void {
  const glued = (i: number) => tokens[i] !== undefined && tokens[i - 1] !== undefined && tokens[i].start === tokens[i - 1].end;
  const alone = (i: number) => tokens.some((t, k) => t.text === tokens[i].text && tokens[k - 1]?.text !== '/' && tokens[k + 1]?.text !== '/');
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const slash = c.end;
    if (c.end - c.start !== 1 || !LETTERS.test(tokens[c.start].text) || tokens[slash]?.text !== '/' || !glued(slash) || !glued(slash + 1)) continue;
    // (Not a dateline's two places, the second going on in capitals: "OSLO/NEW YORK, May 4".)
    const goesOn = SHOUTED_WORD.test(tokens[slash + 2]?.text ?? '');
    if (!LETTERS.test(tokens[slash + 1].text) || glued(slash + 2) || goesOn || alone(c.start) || alone(slash + 1)) continue;
    found[i] = { ...c, end: slash + 2, label: 'ORG' };
    const second = found.findIndex((o) => o.start === slash + 1);
    if (second >= 0) found.splice(second, 1);
  }
}

/** "eBay", "iPhone", "OpenAI", "YouTube": a capital inside a word, after a lower-case letter. */
const INNER_CAPITAL = /^(?:\p{Ll}{1,2}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu})[\p{L}\d]*$/u;
/** Surnames and given names written with an inner capital: "McCarthy", "DeSantis", "LeBron". */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)\p{Lu}/u;

/**
 * Hyphenated names the tagger left untagged, with the capitalized words after them: "Hapag-Lloyd
 * said", "shipped to Altyn-Tash Trade", "Baden-Württemberg". A place where a part is a listed place,
 * else an organization (a person's double surname comes with a given name, which the tagger finds);
 * not of two places ("the Asia-Europe route") nor of nationalities ("Anglo-Swedish"), but a region named so ("Asia-Pacific").
 */
export function hyphenatedNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const glued = (k: number) => k > 0 && tokens[k].start === tokens[k - 1].end;
  for (let i = from; i + 2 < to; i++) {
    const [first, hyphen, second] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (covered[i] || covered[i + 2] || !isHyphen(hyphen.text) || !glued(i + 1) || !glued(i + 2) || glued(i) || (i + 3 < to && glued(i + 3) && tokens[i + 3].text !== ',' && tokens[i + 3].text !== '.')) continue;
    if (!isNameWord(first) || !isNameWord(second)) continue;
    if (COMPOUND_REGIONS.test(`${first.text}-${second.text}`)) {
      out.push({ start: i, end: i + 3, label: 'LOC', roles: [] });
      continue;
    }
    if (isNationalityPart(first.text) || isNationalityPart(second.text) || /^(?:Mr|Ms|Mrs|Dr)\.?$/.test(first.text)) continue;
    // "Ji-hoon Park": a Korean given name before its family name (koreanNames).
    if (isKoreanGivenName(tokens, i) && isEastAsianFamilyName(tokens[i + 3]?.text ?? '')) continue;
    // "Soccer-Hayashida" (a wire slug), "EU-Mercosur", "AMRAAM-ER": no name of its own.
    if (isUsuallyLowerCase(first.text) || isUsuallyLowerCase(second.text)) continue;
    const lists = nameLists();
    const isPlace = (t: Token) => (lists.lookup(t.text.toLowerCase()) & PLACE_NAME) !== 0;
    if (acronymLetters(first.text) || acronymLetters(second.text)) {
      if (isMergedBodyAcronym(tokens, i, isPlace)) out.push({ start: i, end: i + 3, label: 'ORG', roles: [] });
      continue;
    }
    // "the Asia-Europe route", "US-China talks", "Asia-North Europe services": two places a link is named for, each
    // a place (not "the Paris-Nice race", a thing of its own).
    const secondPlaceEnd = isPlace(second) ? i + 3 : PLACE_PARTS.test(second.text) && i + 3 < to && isPlace(tokens[i + 3]) ? i + 4 : undefined;
    if (isPlace(first) && secondPlaceEnd !== undefined) {
      if (!covered[secondPlaceEnd - 1] && !RACES.test(tokens[secondPlaceEnd]?.text ?? '')) out.push({ start: i, end: i + 1, label: 'LOC', roles: [] }, { start: i + 2, end: secondPlaceEnd, label: 'LOC', roles: [] });
      i = secondPlaceEnd - 1;
      continue;
    }
    let end = i + 3;
    while (end < to && !covered[end] && isNameWord(tokens[end]) && end - i < MAX_NAME_TOKENS) end++;
    // "Hamburg-Nord", "Haut-Katanga": a place with a part of it; not "Mercedes-Benz", "Meteo-France".
    const part = (t: Token) => PLACE_PARTS.test(t.text);
    const named = (t: Token) => (lists.lookup(t.text.toLowerCase()) & (FIRST_NAME | LAST_NAME)) !== 0;
    const place = end === i + 3 && ((isPlace(first) && !named(second)) || (part(first) && isPlace(second)));
    // "the 1975 Apollo-Soyuz mission", "the Paris-Nice race": a thing of its own, named for both.
    const thing = HYPHENATED_THINGS.test(tokens[end]?.text ?? '');
    const joined: Candidate = { start: i, end, label: thing ? 'MISC' : place ? 'LOC' : 'ORG', roles: [] };
    if (isDealOfTwo(tokens, joined)) out.push({ start: i, end: i + 1, label: 'ORG', roles: [] }, { start: i + 2, end: i + 3, label: 'ORG', roles: [] });
    else out.push(joined);
    i = end;
  }
  return out;
}

/** Lower-case words inside a hyphened place's name: "Aix-en-Provence", "Newcastle-upon-Tyne", "Weston-super-Mare". */
const PLACE_PARTICLES = /^(?:en|sur|sous|upon|on|in|under|by|super|de|du|des|la|le|les|lès|aux|am|im|an|der|di|del|della|da|do|dos|das)$/;
/** Ends of hyphened titles and roles, no places: "Editor-in-Chief", "Writer-in-Residence". */
const HYPHENED_ROLE_ENDS = /^(?:Chief|Law|Laws|Residence|Waiting|Arms|Training|Council|Charge)$/;

/**
 * Places whose hyphened names hold a lower-case particle, which the tagger reads as one unknown
 * word: "in Aix-en-Provence", "Newcastle-upon-Tyne's council". Not a given name before a surname
 * ("Jean-de-Dieu Mugisha").
 */
export function particlePlaces(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const glued = (k: number) => k > from && tokens[k].start === tokens[k - 1].end;
  for (let i = from; i + 4 < to; i++) {
    if (covered[i] || glued(i) || !NAME_START.test(tokens[i].text)) continue;
    let end = i + 1;
    let particles = 0;
    while (end + 1 < to && isHyphen(tokens[end].text) && glued(end) && glued(end + 1) && !covered[end + 1]) {
      const word = tokens[end + 1].text;
      if (PLACE_PARTICLES.test(word)) particles++;
      else if (!NAME_START.test(word)) break;
      end += 2;
    }
    const last = tokens[end - 1].text;
    if (particles === 0 || !NAME_START.test(last) || HYPHENED_ROLE_ENDS.test(last) || (end < to && glued(end) && !isPossessive(tokens[end].text) && !/^[,.]$/.test(tokens[end].text))) continue;
    if (end < to && !glued(end) && NAME_START.test(tokens[end].text) && (nameLists().lookup(tokens[end].text.toLowerCase()) & LAST_NAME) !== 0) continue;
    out.push({ start: i, end, label: 'LOC', roles: [] });
    i = end - 1;
  }
  return out;
}

/**
 * "SAG-AFTRA", "AFL-CIO": two acronyms of merged bodies, the body's one name. Not two bodies or
 * places a link is named for ("IMF-EU bailout", "US-UK talks"): neither part a place, nor named
 * alone anywhere in the document, nor before a noun of a link between them.
 */
function isMergedBodyAcronym(tokens: readonly Token[], i: number, isPlace: (t: Token) => boolean): boolean {
  const [first, second] = [tokens[i], tokens[i + 2]];
  const long = (t: Token) => (acronymLetters(t.text)?.length ?? 0) >= MIN_MERGED_ACRONYM && !/\d/.test(t.text) && !isPlace(t);
  if (!long(first) || !long(second) || HYPHENATED_THINGS.test(tokens[i + 3]?.text ?? '')) return false;
  const inPair = (k: number) => (tokens[k + 2]?.text === second.text && isHyphen(tokens[k + 1].text)) || (tokens[k - 2]?.text === first.text && isHyphen(tokens[k - 1].text));
  return !tokens.some((t, k) => (t.text === first.text || t.text === second.text) && !inPair(k));
}

/** Letters of each acronym of a merged body's name: a model's variant ("AMRAAM-ER") has fewer. */
const MIN_MERGED_ACRONYM = 3;

/** Events named for the places they run between: "the Paris-Nice race". */
const RACES = /^(?:race|rally|marathon|derby|classic|regatta)$/;

/** Nouns after a hyphenated name that make it an event, a deal or a route rather than a body. */
const HYPHENATED_THINGS = /^(?:mission|missions|race|war|summit|talks|treaty|pact|accord|agreement|deal|project|programme|program|pipeline|railway|corridor|route|border|dispute|alliance|bailout|relations|ties|trade|meeting|cooperation|partnership|axis)$/;

/** Regions named by two hyphened parts, one of which reads as a nationality's: "the Asia-Pacific region", "the Indo-Pacific". */
const COMPOUND_REGIONS = /^(?:Asia-Pacific|Indo-Pacific)$/;

/** Words that name a part of a place before or after its name. */
const PLACE_PARTS = /^(?:Haut|Haute|Bas|Basse|Nord|Sud|Ost|West|North|South|East|Upper|Lower|Greater|Alt|Neu)$/;

/** "Anglo", "Swedish", "Franco": a nationality's word, which hyphenated compounds of nationalities are made of. */
function isNationalityPart(word: string): boolean {
  return /^(?:Anglo|Franco|Sino|Indo|Afro|Euro|Russo|Austro|Greco|Judeo|Italo|Irano|Turko)$/.test(word) || /(?:ish|ese|ian|an|ic|i)$/.test(word) && !(nameLists().lookup(word.toLowerCase()) & (PLACE_NAME | LAST_NAME));
}

/**
 * Brands the tagger left untagged, written with a capital inside the word ("eBay", "OpenAI"), as
 * other names: they are as often products ("iPhone") as companies. `covered` marks tagged tokens.
 */
export function brandNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const text = tokens[i].text;
    if (!covered[i] && INNER_CAPITAL.test(text) && !NAME_PREFIX.test(text) && !isSizeUnit(text)) out.push({ start: i, end: i + 1, label: 'MISC', roles: [] });
  }
  return out;
}

/**
 * Acronyms the tagger left untagged where only a body's stands: after a country's possessive
 * ("Italy's BRSV") or a noun of a kind of body ("local broadcaster RKP", "the regulator ANSV").
 * `covered` marks tagged tokens.
 */
export function bodyAcronyms(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i];
    if (covered[i] || !/^\p{Lu}{3,6}$/u.test(t.text) || isCommonNounAcronym(t.text)) continue;
    // "Spain's development agency, OBCED, pledged …": in apposition after a body's noun.
    const apposed = tokens[i - 1].text === ',' && tokens[i + 1]?.text === ',' && BODY_KIND_BEFORE.has(tokens[i - 2]?.text ?? '');
    if (isCountryOwned(tokens, i, from) || apposed || BODY_KIND_BEFORE.has(tokens[i - 1].text)) out.push({ start: i, end: i + 1, label: 'ORG', roles: [] });
  }
  return out;
}

/** The EU's bodies as British papers write them: "the European parliament", "the European commission". */
const EU_BODY_NOUNS = /^(?:parliament|commission|council|union|court)$/;

/** Token `i` opens "European parliament" and the like: the body. */
export function isEuropeanBody(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === 'European' && EU_BODY_NOUNS.test(tokens[i + 1]?.text ?? '');
}

/** The end of a European body's name at `i` in sentence case: "European court of human rights". */
export function europeanBodyEnd(tokens: readonly Token[], i: number): number {
  const court = tokens[i + 1]?.text === 'court' && tokens[i + 2]?.text === 'of' ? COURT_OF.exec(tokens.slice(i + 3, i + 6).map((t) => t.text).join(' ')) : null;
  return i + 2 + (court ? 1 + court[0].split(' ').length : 0);
}
const COURT_OF = /^(?:justice|human rights|auditors)/;

/** The EU's bodies in sentence case that the tagger left untagged. `covered` marks tagged tokens. */
export function europeanBodies(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 1 < to; i++) if (!covered[i] && isEuropeanBody(tokens, i)) out.push({ start: i, end: Math.min(to, europeanBodyEnd(tokens, i)), label: 'ORG', roles: [] });
  return out;
}

/** Three or more capitals with their stops: "F.B.I.", "N.A.A.C.P." (two, "U.S.", are mostly places'). */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){3,}$/u;

/**
 * Acronyms written with stops that the tagger left untagged ("F.B.I. agents"), as the New York
 * Times writes them: an organization's, or the place they spell ("U.A.E."). `covered` marks tagged tokens.
 */
export function dottedAcronyms(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    if (covered[i] || !DOTTED_ACRONYM.test(tokens[i].text)) continue;
    const place = (nameLists().lookup(identityKey(tokens[i].text)) & (COUNTRY | PLACE_NAME)) !== 0;
    out.push({ start: i, end: i + 1, label: place ? 'LOC' : 'ORG', roles: [] });
  }
  return out;
}

/** "JD(U)", "NCP(SP)": a party's letters with its faction's in brackets, written as one word, untagged. */
export function factionAcronyms(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const glued = (k: number) => tokens[k].start === tokens[k - 1].end;
  for (let i = from; i + 3 < to; i++) {
    if (covered[i] || !/^\p{Lu}{1,5}$/u.test(tokens[i].text) || tokens[i + 1].text !== '(' || tokens[i + 3].text !== ')') continue;
    if (/^\p{Lu}{1,4}$/u.test(tokens[i + 2].text) && glued(i + 1) && glued(i + 2) && glued(i + 3)) out.push({ start: i, end: i + 4, label: 'ORG', roles: [] });
  }
  return out;
}

/** "Italy's BRSV": a token after a country's possessive, which only a body's name can be in capitals. */
export function isCountryOwned(tokens: readonly Token[], i: number, from = 0): boolean {
  return i - 2 >= from && isPossessive(tokens[i - 1].text) && (nameLists().lookup(tokens[i - 2].text.toLowerCase()) & COUNTRY) !== 0;
}

const BODY_KIND_BEFORE = new Set(['service', 'broadcaster', 'regulator', 'agency', 'watchdog', 'network', 'newspaper', 'daily', 'party', 'group', 'company', 'firm', 'airline', 'carrier', 'bank', 'union']);

/** Nouns naming a kind of work, before its title in quotes. */
const WORK_NOUNS = new Set(
  `album albums song songs single singles track film films movie movies documentary book books novel novels memoir
  play musical opera poem painting paintings work works masterpiece exhibition series show episode ep record
  follow-up sequel anthem feature features debut drama thriller comedy sitcom podcast triptych diptych sculpture
  sculptures portrait portraits canvas programme program franchise hit hits premiere ballet production revival
  choreography composition symphony concerto`.split(/\s+/),
);
/** What may stand between a work noun and a list of titles: "series such as", "films including". */
const LIST_OPENERS = /(?:such as|including|like)$/;
/** Words a title's apposition may open with before its work noun: ", the second feature by …", ", a thriller set in …". */
const MAX_APPOSITION_WORDS = 5;
const OPEN_QUOTE = /^["“]$/;
const CLOSE_QUOTE = /^["”]$/;
const MAX_TITLE_TOKENS = 12;

/**
 * A leader by the government named after them that the tagger left untagged: "the Trump
 * administration" (a word it knows in lower case). Not a country's or a body's: "the Kenya
 * administration", "the county administration". `covered` marks tagged tokens.
 */
export function administrationLeaders(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i + 1 < to; i++) {
    const word = tokens[i].text;
    if (covered[i] || tokens[i + 1].text !== 'administration' || !/^the$/i.test(tokens[i - 1].text) || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    if (!(nameLists().lookup(word.toLowerCase()) & (COUNTRY | PLACE_NAME | ORG_WORD))) out.push({ start: i, end: i + 1, label: 'PER', roles: [] });
  }
  return out;
}

const MAX_PARTY_NAME = 4;

/**
 * Parties named in sentence case that the tagger missed, "the Pirate party", "the Slovenian
 * Democratic party": the capitalized words before "party", an organization (without the lower-case
 * word, as annotators write "the Labour party"); and parties named for their members, "the Island
 * Independents", "the Coastal Greens" (the head with them); and parties by a bare name (isBarePartyName). `covered`
 * marks tagged tokens.
 */
export function partyNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) if (!covered[i] && isBarePartyName(tokens, i, from)) out.push({ start: i, end: i + 1, label: 'ORG', roles: [] });
  for (let i = from + 1; i < to; i++) {
    if (MEMBERS_PARTY.test(tokens[i].text) && !covered[i] && !covered[i - 1] && isPartyNameWord(tokens[i - 1])) {
      let start = i - 1;
      while (start > from && i - start < MAX_PARTY_NAME && !covered[start - 1] && isPartyNameWord(tokens[start - 1])) start--;
      if (/^the$/i.test(tokens[start - 1]?.text ?? '')) out.push({ start, end: i + 1, label: 'ORG', roles: [] });
      continue;
    }
    if (tokens[i].text !== 'party' || covered[i - 1]) continue;
    let start = i;
    for (;;) {
      if (start > from && i - start < MAX_PARTY_NAME && !covered[start - 1] && isPartyNameWord(tokens[start - 1])) start--;
      // "Law and Justice party", "Patria e Lavoro party": over a linking word between two capitalized words.
      else if (start > from + 1 && start < i && PARTY_LINKS.test(tokens[start - 1].text) && !covered[start - 2] && isPartyNameWord(tokens[start - 2])) start -= 2;
      else break;
    }
    // Not a sentence's first word, capitalized by its place ("Third party candidates …").
    if (start < i && start > from) out.push({ start, end: i, label: 'ORG', roles: [] });
  }
  return out;
}

/** Parties named by one word that is otherwise a common noun, capitalized: "said Labor had", "Labour leader Chris Hipkins". */
const BARE_PARTIES = /^(?:Labour|Labor|Greens|Conservatives|Tories|Coalition)$/;
/** Words after which "Coalition" opens another name or is a coalition of something: "Coalition for Safer Roads". */
const NOT_PARTY_AFTER = /^(?:for|of|against|to)$/;
/** What a party does or has after its name where that opens a sentence: "Labour said", "Greens senator Maya Pratt". */
const PARTY_AFTER = /^(?:said|says|leader|leaders|senator|senators|MP|MPs|MSP|MSPs|MLA|MLAs|peer|peers|councillor|councillors|backbencher|backbenchers|group|candidate|candidates|government|spokesperson|spokesman|spokeswoman|minister|voters|members)$/;

/**
 * A party by its bare name, not in a longer one ("Labor Day", "Department of Labor"); opening a sentence or a quote, only
 * before what a party does or has ("Labour costs rose", '"Labor and energy costs are high"' are the noun's).
 */
function isBarePartyName(tokens: readonly Token[], i: number, from: number): boolean {
  const next = tokens[i + 1]?.text ?? '';
  if (!BARE_PARTIES.test(tokens[i].text) || (startsUpper(next) && !PARTY_AFTER.test(next)) || tokens[i - 1]?.text === 'of' || (tokens[i].text === 'Coalition' && NOT_PARTY_AFTER.test(next))) return false;
  // (… or its possessive before a member's name or role: "Labor's Alison Cheng", "Labour's leader".)
  const after = isPossessive(next) ? tokens[i + 2]?.text ?? '' : next;
  return (i > from && /^(?:\p{Ll}|The$|[,;(—–])/u.test(tokens[i - 1].text)) || PARTY_AFTER.test(after) || (after !== next && /^\p{Lu}\p{Ll}/u.test(after));
}

const PARTY_LINKS = /^(?:and|of|for|e|y|i|et|und|de|del|della|di|la|le|du|da|do|dos)$/;
/** A party's head naming its members: "the Island Independents", "the Scottish Greens". */
const MEMBERS_PARTY = /^(?:Independents|Greens)$/;

/** Occasions a party is held for: "the Christmas party". */
const OCCASIONS = /^(?:Christmas|Easter|Halloween|Thanksgiving|Hanukkah|Diwali|Eid|Birthday|Year|Office|Tea|Garden|Dinner|Launch|Pool|Search)$/;

function isPartyNameWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/^(?:The|A|An)$/.test(t.text) && !isCalendarWord(t.text) && !OCCASIONS.test(t.text);
}

/** The ordinals of the US federal circuits in words, first to eleventh. */
export const CIRCUIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];
/** A circuit's ordinal, spelled or in figures: "Second", "2nd", "D.C.". */
const CIRCUIT_ORDINAL = new RegExp(`^(?:${CIRCUIT_ORDINALS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')}|Federal|D\\.C\\.|1st|2nd|3rd|[4-9]th|1[01]th)$`);

/** A federal appeals court by its circuit the tagger missed: "the Second Circuit". `covered` marks tagged tokens. */
export function circuitCourts(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!covered[i] && !covered[i + 1] && CIRCUIT_ORDINAL.test(tokens[i].text) && tokens[i + 1].text === 'Circuit') out.push({ start: i, end: i + 2, label: 'ORG', roles: [] });
  }
  return out;
}

/** The circuit's ordinal the tagger left out of an appeals court's name: "2nd [U.S. Circuit Court of Appeals]". */
export function withCircuitOrdinal(tokens: readonly Token[], c: Candidate): Candidate {
  const circuit = tokens[c.start].text === 'Circuit' || (/^(?:U\.S\.|US)$/.test(tokens[c.start].text) && tokens[c.start + 1]?.text === 'Circuit');
  return circuit && CIRCUIT_ORDINAL.test(tokens[c.start - 1]?.text ?? '') ? { ...c, start: c.start - 1, label: 'ORG' } : c;
}

/**
 * Federal courts' names the tagger split: "the Southern District of New York", one organization over
 * its state; "the United States Court of Appeals for the Second Circuit", one over its circuit.
 */
export function withJudicialNames(tokens: readonly Token[], spans: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of spans) {
    const prev = out[out.length - 1];
    const district = prev !== undefined && prev.end - prev.start === 2 && /^(?:Northern|Southern|Eastern|Western|Middle|Central)$/.test(tokens[prev.start].text) && tokens[prev.start + 1].text === 'District';
    const appeals = prev !== undefined && tokens[prev.end - 1].text === 'Appeals' && tokens[c.end - 1].text === 'Circuit' && tokens[prev.end]?.text === 'for' && tokens[prev.end + 1]?.text === 'the' && c.start === prev.end + 2;
    if ((district && tokens[prev.end]?.text === 'of' && c.start === prev.end + 1) || appeals) out[out.length - 1] = { ...prev, end: c.end, label: 'ORG' };
    else out.push(c);
  }
  return out;
}

/** Words a case's name may hold between its parties' capitalized words: "Board of Education", "Kelmar Inc.". */
const CASE_CONNECTORS = /^(?:of|the|for|and|&|ex|rel\.)$/;
/** Capitalized words that open a sentence or a phrase before a case, not a party: "In Roe v. Wade". */
const CASE_LEAD = /^(?:In|Under|After|Since|See|Before|From|Like|Unlike|With|And|But|The)$/;
const MAX_PARTY_TOKENS = 6;

/**
 * Court cases by their parties, "Roe v. Wade", "United States v. Kelmar Inc.", "Brown v. Board of
 * Education": one other name, the parties inside it no people or places of their own.
 */
export function caseNames(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const party = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  // Not over a title: "Plaintiff Jane Roe v. Acme Corp.".
  const lead = (t: Token) => CASE_LEAD.test(t.text) || isTitleWord(t.text);
  // "… v. United States and Brown v. Board …": an "and" before another case ends this one.
  const nextCase = (k: number) => tokens.slice(k, Math.min(to, k + MAX_PARTY_TOKENS)).some((t) => t.text === 'v.');
  for (let i = from + 1; i + 1 < to; i++) {
    if (tokens[i].text !== 'v.' || !party(tokens[i - 1]) || !party(tokens[i + 1])) continue;
    let start = i - 1;
    while (start > from && i - start < MAX_PARTY_TOKENS && (party(tokens[start - 1]) || /^(?:of|the|for)$/.test(tokens[start - 1].text)) && !lead(tokens[start - 1])) start--;
    while (CASE_CONNECTORS.test(tokens[start].text) || lead(tokens[start])) start++;
    let end = i + 2;
    while (end < to && end - i <= MAX_PARTY_TOKENS && (party(tokens[end]) || (CASE_CONNECTORS.test(tokens[end].text) && party(tokens[end + 1]) && !nextCase(end)))) end++;
    if (start < i) out.push({ start, end, label: 'MISC', roles: [], work: true });
    i = end - 1;
  }
  return out;
}

/**
 * Titles of works in quotes after a noun that names the kind of work or after their author's
 * possessive: the album "Down on Beale Street", Monet's "Morning on the Seine". The names inside are
 * part of the title, not places or people.
 */
export function quotedWorks(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  let listEnd = -1;
  for (let i = from + 1; i < to; i++) {
    if (!OPEN_QUOTE.test(tokens[i].text)) continue;
    // "series such as "A" and "B"": past a list's opener, and on along a list of titles.
    const listed = listEnd >= 0 && tokens.slice(listEnd + 1, i).every((t) => /^(?:,|and|or)$/.test(t.text));
    const opener = LIST_OPENERS.exec(tokens.slice(Math.max(from, i - 2), i).map((t) => t.text).join(' '));
    const last = (tokens[i - 1].text === ',' ? i - 2 : i - 1) - (opener ? opener[0].split(' ').length : 0);
    const noun = last >= from ? tokens.slice(compoundStart(tokens, last, from), last + 1).map((t) => t.text).join('') : '';
    // Or an artist's: Monet's "Morning on the Seine", her own "Salt Lines".
    const artists = i - 2 >= from && ((isPossessive(tokens[i - 1].text) && /^\p{Lu}/u.test(tokens[i - 2].text)) || (tokens[i - 1].text === 'own' && /^(?:her|his|their)$/i.test(tokens[i - 2].text)));
    if (!/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) continue;
    let close = i + 1;
    while (close < to && close - i <= MAX_TITLE_TOKENS && !CLOSE_QUOTE.test(tokens[close].text)) close++;
    if (close >= to || !CLOSE_QUOTE.test(tokens[close].text)) continue;
    // Or described after it: "Nightwater", the second feature by …; or its author named: "Firebird Variations" by Petra Lind.
    const authored = tokens[close + 1]?.text === 'by' && namesAuthor(tokens, close + 2, to);
    if (!(WORK_NOUNS.has(noun.toLowerCase()) || artists || listed || authored || describedAsWork(tokens, close, to))) continue;
    let end = close;
    while (end > i + 1 && /^[,.!?;:]$/.test(tokens[end - 1].text)) end--;
    if (end > i + 1) out.push({ start: i + 1, end, label: 'MISC', roles: [], work: true });
    listEnd = close;
    i = close;
  }
  return out;
}

const MAX_AUTHOR_WORDS = 6;

/** Whether a name of two capitalized words follows `at` within a phrase ("the Swedish choreographer Petra Lind"), not "any measure". */
function namesAuthor(tokens: readonly Token[], at: number, to: number): boolean {
  for (let k = at; k + 1 < to && k - at < MAX_AUTHOR_WORDS && tokens[k].pos !== 'PUNCT'; k++) {
    if (/^\p{Lu}/u.test(tokens[k].text) && /^\p{Lu}/u.test(tokens[k + 1].text) && tokens[k].text !== 'The') return true;
  }
  return false;
}

/** Whether an apposition after the closing quote at `close` names a kind of work: `", the second feature by"`. */
function describedAsWork(tokens: readonly Token[], close: number, to: number): boolean {
  let i = close + 1;
  // The comma after the title or, in American style, inside its quotes.
  if (tokens[i]?.text === ',') i++;
  else if (tokens[close - 1]?.text !== ',') return false;
  // (An apposition, no verb of the sentence: not 'nicknamed "Simba", broke the record'.)
  for (const stop = i + MAX_APPOSITION_WORDS; i < to && i < stop && tokens[i].pos !== 'VERB' && tokens[i].pos !== 'AUX'; i++) if (WORK_NOUNS.has(tokens[i].text.toLowerCase())) return true;
  return false;
}

/** How far into a dateline's line its agency may stand ("SEATTLE, Oct 24, 2024 (Reuters) -"). */
const MAX_AGENCY_OFFSET = 12;

/**
 * The news agency in brackets on a dateline, before the dash: "(AAP)" in "MELBOURNE, Dec 28 (AAP)
 * -". `dateline` is the line's place (datelinePlace).
 */
export function datelineAgency(tokens: readonly Token[], dateline: Candidate, to: number): Candidate | undefined {
  for (let i = dateline.end; i < to && i - dateline.end < MAX_AGENCY_OFFSET; i++) {
    if (tokens[i].text !== '(') continue;
    let close = i + 1;
    while (close < to && close - i <= 3 && /^\p{Lu}/u.test(tokens[close].text)) close++;
    // "(Reuters) -", or "(PTI) The …" with no dash.
    const after = tokens[close + 1]?.text ?? '';
    return close > i + 1 && tokens[close]?.text === ')' && (/^[-–—]$/.test(after) || /^\p{Lu}\p{Ll}/u.test(after)) ? { start: i + 1, end: close, label: 'ORG', roles: [], credit: true } : undefined;
  }
  return undefined;
}

/** The state or country after a dateline's place, "Ky." in "HARLOW SPRINGS, Ky. (AP) —". */
export function datelineRegion(tokens: readonly Token[], dateline: Candidate, to: number): Candidate | undefined {
  const at = dateline.end + 1;
  return tokens[dateline.end]?.text === ',' && at < to && isRegion(tokens[at].text) ? { start: at, end: at + 1, label: 'LOC', roles: [] } : undefined;
}

const MAX_BASED_PLACE_WORDS = 3;

/**
 * Names in "-based" ("-registered", "-headquartered") and "-listed" modifiers the tagger leaves
 * untagged: "Stockholm" in "the Stockholm-based developer", "New York" in "a New York-based bank",
 * any proper noun before "-based" ("Wuse-based Tallbrook Capital"); a listed place or an exchange's acronym before
 * "-listed" ("US-listed", "TSXV-listed"). `covered` marks tagged tokens.
 */
export function basedPlaces(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 2 < to; i++) {
    const [word, hyphen, participle] = [tokens[i], tokens[i + 1], tokens[i + 2].text.toLowerCase()];
    if (covered[i] || !isHyphen(hyphen.text) || !BASE_PARTICIPLE.test(participle) || hyphen.start !== word.end) continue;
    // The longest listed place ending there: "New York-based", "San Francisco-based".
    const place = listedPlaceEndingAt(tokens, Math.max(from, i - MAX_BASED_PLACE_WORDS + 1), i, covered);
    if (place !== undefined) out.push({ start: place, end: i + 1, label: 'LOC', roles: [] });
    else if (participle === 'listed' && acronymLetters(word.text) && !isRomanNumeral(word.text)) {
      const country = (nameLists().lookup(identityKey(word.text)) & COUNTRY) !== 0;
      out.push({ start: i, end: i + 1, label: country ? 'LOC' : 'ORG', roles: [] });
    }
    // "the Nasdaq-listed company": an exchange written as a word.
    else if (participle === 'listed' && /^\p{Lu}\p{Ll}{2,}$/u.test(word.text) && !isUsuallyLowerCase(word.text)) out.push({ start: i, end: i + 1, label: 'ORG', roles: [] });
    else if (participle !== 'listed' && isBasedName(word) && isBasedWho(tokens[i + 3])) out.push({ start: i, end: i + 1, label: 'LOC', roles: [] });
  }
  return out;
}

/** Participles after a place's name and a hyphen: "New York-based", "Cyprus-registered", "Oslo-listed", "Chicago-born", "Asia-bound". */
const BASE_PARTICIPLE = /^(?:based|registered|headquartered|listed|born|bound)$/;


/** Nouns of firms and people a place is the base of: "a Wuse-based lender" (not "Atom-based netbooks"). */
const BASED_WHO = new Set(
  `company companies firm firms group bank banks lender lenders startup start-up developer developers maker manufacturer unit subsidiary
  analyst analysts economist economists investor investors fund funds insurer carrier airline operator miner producer retailer
  broker brokerage consultancy agency organization organisation charity nonprofit newspaper publisher studio team club
  researchers scientists activist activists lawyer lawyers`.split(/\s+/),
);

/** A proper noun before "-based" that no list has, no nationality ("Wuse", not "Nigerian"). */
function isBasedName(word: Token): boolean {
  return word.pos === 'PROPN' && NAME_START.test(word.text) && !isDemonymNoun(word.text);
}

/** What follows "X-based" when X is a place: a name ("Wuse-based Tallbrook Capital") or a firm's or person's noun. */
function isBasedWho(next: Token | undefined): boolean {
  return next !== undefined && ((next.pos === 'PROPN' && startsUpper(next.text)) || BASED_WHO.has(next.text.toLowerCase()));
}

/** The first token of the longest listed place among tokens [from, last], none of them covered, ending at `last`. */
function listedPlaceEndingAt(tokens: readonly Token[], from: number, last: number, covered: Uint8Array): number | undefined {
  for (let start = from; start <= last; start++) {
    const name = tokens.slice(start, last + 1).map((t) => t.text.toLowerCase()).join(' ');
    if (!tokens.slice(start, last + 1).some((_, k) => covered[start + k]) && nameLists().lookup(name) & PLACE_NAME) return start;
  }
  return undefined;
}

function isNameWord(t: Token): boolean {
  return NAME_START.test(t.text) && mayBeInName(t);
}

/** Head words of bodies' names: "Federal Trade Commission", "Kelmar Regional Council". */
const BODY_HEADS = new Set(
  `agency alliance administration assembly association authority board bureau cabinet coalition college commission
  committee congress council court department directorate federation foundation institute league ministry
  office parliament party senate union university organization organisation fund forum`.split(/\s+/),
);

/**
 * Companies named with a plural business noun and bodies named with their head word that the
 * tagger missed, or companies it cut short: "Advanced Micro Devices announced …", "The Federal
 * Trade Commission on Monday sued …", "[Texas] Instruments", "[Ostra] Holdings" become one
 * organization each. `spans` are the sentence's candidates so far; the result replaces them.
 */
export function companyNames(tokens: readonly Token[], spans: readonly Candidate[], from: number, to: number): Candidate[] {
  const out = withLegalForms(tokens, spans, from, to);
  for (let i = from + 1; i < to; i++) {
    // "Munich Re", "Kelmsford Re Partners": a reinsurer's "Re" ends its name as a business word does.
    const company = isCompanyNameEnd(tokens[i].text) || (tokens[i].text === 'Re' && tokens[i + 1]?.text !== ':');
    const body = !company && startsUpper(tokens[i].text) && BODY_HEADS.has(tokens[i].text.toLowerCase());
    // "[Kersbergen] [Holding NV]": a company's name the tagger split before its business word.
    const opened = company ? out.findIndex((c) => c.start === i && c.end > i + 1) : -1;
    if (opened >= 0 && isNameWord(tokens[i - 1])) {
      let start = i - 1;
      while (start > from && i - start < MAX_NAME_TOKENS - 1 && isNameWord(tokens[start - 1]) && !opensNoName(tokens[start - 1].text)) start--;
      const end = out[opened].end;
      out.splice(0, out.length, ...out.filter((c) => c.end <= start || c.start >= end), { start, end, label: 'ORG', roles: [] });
      continue;
    }
    if ((!company && !body) || out.some((c) => c.start <= i && c.end > i)) continue;
    const before = out.findIndex((c) => c.end === i);
    if (before >= 0 && body) continue;
    if (before >= 0) {
      const c = out[before];
      let named = true;
      for (let k = c.start; k < c.end && named; k++) named = isNameWord(tokens[k]);
      if (named && c.end - c.start < MAX_NAME_TOKENS) out[before] = { ...c, end: i + 1, label: 'ORG', roles: [] };
      continue;
    }
    let start = i;
    while (start > from && i - start < MAX_NAME_TOKENS - 1 && isNameWord(tokens[start - 1]) && !opensNoName(tokens[start - 1].text) && !out.some((c) => c.end === start)) start--;
    if (body && start < i && isFieldBeforeAnd(tokens, start, from)) start -= 2;
    // (A trade's gerund after an adjective, an office's "of" or a common word opening the sentence names an activity or a
    // department: "Indoor Climbing is popular", "vice president of Worldwide Marketing".)
    if (/ing$/.test(tokens[i].text) && (tokens[start].pos === 'ADJ' || tokens[start - 1]?.text === 'of' || ((start === from || /^[—–-]$/.test(tokens[start - 1]?.text ?? '')) && isSometimesLowerCase(tokens[start].text)))) continue;
    let end = body ? bodyDomainEnd(tokens, i + 1, to) : i + 1;
    // (No office of a person the tagger found: "the Office of Mayor Ana Ruiz" is the mayor's.)
    if (out.some((c) => c.label === 'PER' && c.start > i && c.start < end)) continue;
    if (end > i + 1 && tokens[end]?.text === 'and') end = domainAfterAnd(tokens, end, to, (k) => !out.some((c) => c.start <= k && k < c.end));
    if (start < i || end > i + 1) out.push({ start, end, label: 'ORG', roles: [] });
  }
  return out.flatMap((c) => withoutCountry(tokens, withMunicipality(tokens, c, from)));
}

const MAX_DOMAIN_WORDS = 4;

/** Kinds of municipality and the bodies named "<kind> of <place> <body>": "the City of London Police". */
const MUNICIPALITY = /^(?:City|County|Borough|Town)$/;
const MUNICIPAL_BODY = /^(?:Police|Council|Corporation)$/;

/** A municipality's body with its "City of" the tagger left out: "the City of [London Police]". */
function withMunicipality(tokens: readonly Token[], c: Candidate, from: number): Candidate {
  const owned = c.start - 2 >= from && tokens[c.start - 1].text === 'of' && MUNICIPALITY.test(tokens[c.start - 2].text);
  return owned && MUNICIPAL_BODY.test(tokens[c.end - 1].text) ? { ...c, start: c.start - 2, label: 'ORG' } : c;
}

/**
 * "the Business and [Trade Committee]", "the Theatre and [Stage Workers' Union]": one field's word and "and" before a
 * body's name, after "the" (a field, no body, place or given name: not "the Treasury and Kelby Council").
 */
function isFieldBeforeAnd(tokens: readonly Token[], start: number, from: number): boolean {
  const field = tokens[start - 2];
  if (start - 3 < from || !/^(?:and|&)$/.test(tokens[start - 1].text) || !/^the$/i.test(tokens[start - 3].text) || !isNameWord(field)) return false;
  return !(nameLists().lookup(field.text.toLowerCase()) & (ORG_WORD | PLACE_NAME | COUNTRY | FIRST_NAME | LAST_NAME)) && !BODY_HEADS.has(field.text.toLowerCase());
}

/** Where "of (the) <Name>" after a body's head ends: "Office [of the Special Auditor]"; `at` itself if none follows. */
function bodyDomainEnd(tokens: readonly Token[], at: number, to: number): number {
  if (tokens[at]?.text !== 'of') return at;
  const first = /^the$/i.test(tokens[at + 1]?.text ?? '') ? at + 2 : at + 1;
  let end = first;
  // A title may name what an office is of: "the Office of the Special Prosecutor".
  while (end < to && end - first < MAX_DOMAIN_WORDS && NAME_START.test(tokens[end].text) && !NOT_IN_NAMES.has(tokens[end].pos) && !isCalendarWord(tokens[end].text)) end++;
  return end > first ? end : at;
}

/**
 * "Weller Implement Co.", which the tagger read as a person and a common word: the capitalized words
 * before a legal form the tagger left out are one company, names inside them included.
 */
function withLegalForms(tokens: readonly Token[], spans: readonly Candidate[], from: number, to: number): Candidate[] {
  let out = [...spans];
  for (let i = from + 2; i < to; i++) {
    if (!/^\p{Lu}/u.test(tokens[i].text) || !isLegalDesignator(tokens[i].text) || out.some((c) => c.start <= i && i < c.end)) continue;
    let start = i;
    while (start > from && i - start < MAX_NAME_TOKENS && isNameWord(tokens[start - 1]) && !opensNoName(tokens[start - 1].text)) start--;
    // A legal form after one word alone needs that word to be a name already ("Kelmar Ltd", not "Inc.").
    if (i - start < 2 && !out.some((c) => c.start === start && c.end === i)) continue;
    out = [...out.filter((c) => c.end <= start || c.start >= i + 1), { start, end: i + 1, label: 'ORG', roles: [] }];
  }
  return out;
}

/** A company said to be of a country is two names: "[Kelmar Pharma] of [Denmark]" ("Bank of Canada" has no business word). */
function withoutCountry(tokens: readonly Token[], c: Candidate): Candidate[] {
  for (let i = c.start + 1; i < c.end - 1; i++) {
    if (tokens[i].text !== 'of' || !isBusinessWord(tokens[i - 1].text)) continue;
    const rest = tokens.slice(i + 1, c.end).map((t) => t.text.toLowerCase()).join(' ');
    if (nameLists().lookup(rest) & COUNTRY) return [{ ...c, end: i }, { start: i + 1, end: c.end, label: 'LOC', roles: [] }];
  }
  return [c];
}

const MAX_SKIPPED_IN_ACRONYM = 2;

/**
 * A body's name the tagger cut or split before the acronym in brackets after it grows left over the
 * words the acronym's first letters stand for, lower-case words between them skipped: "the
 * Medicines and Healthcare products Regulatory Agency (MHRA)", "the Vessels and Harbour works
 * Licensing Board (VHLB)". Names inside the grown span give way to it.
 */
export function withAcronymStarts(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
  let out = [...candidates];
  for (const c of candidates) {
    if (c.label === 'PER' || tokens[c.end]?.text !== '(' || tokens[c.end + 2]?.text !== ')') continue;
    const letters = acronymLetters(tokens[c.end + 1].text);
    const own = tokens.slice(c.start, c.end).filter((t) => startsUpper(t.text)).map((t) => t.text[0].toLowerCase()).join('');
    if (!letters || letters.length <= own.length || !letters.endsWith(own)) continue;
    let needed = letters.length - own.length;
    let start = c.start;
    let skipped = 0;
    for (let i = c.start - 1; i >= 0 && needed > 0 && tokens[i].sentence === tokens[c.start].sentence; i--) {
      const word = tokens[i].text;
      if (startsUpper(word) && word[0].toLowerCase() === letters[needed - 1]) {
        needed--;
        start = i;
        skipped = 0;
      } else if (!/^\p{Ll}+$/u.test(word) || ++skipped > MAX_SKIPPED_IN_ACRONYM) break;
    }
    if (needed > 0) continue;
    out = [...out.filter((o) => o !== c && (o.end <= start || o.start >= c.end)), { ...c, start, label: 'ORG' }];
  }
  return out.sort((a, b) => a.start - b.start);
}

const MIN_UNTAGGED_ACRONYM = 3;

/**
 * Acronyms the tagger left untagged that abbreviate an organization the document names, of three
 * letters or more: "the Texas Commission on Environmental Quality … The suit names TCEQ".
 * `surface` gives a candidate's text.
 */
export function abbreviations(tokens: readonly Token[], candidates: readonly Candidate[], surface: (c: Candidate) => string): Candidate[] {
  const named = new Set<string>();
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) {
    covered.fill(1, c.start, c.end);
    if (c.label === 'ORG' && c.end - c.start >= 2) for (const initials of initialsOf(surface(c))) if (initials.length >= MIN_UNTAGGED_ACRONYM) named.add(initials);
  }
  const out: Candidate[] = [];
  if (named.size === 0) return out;
  tokens.forEach((t, i) => {
    const letters = covered[i] || isCommonNounAcronym(t.text) || isTickerPart(tokens, i) ? undefined : acronymLetters(t.text);
    if (letters && named.has(letters)) out.push({ start: i, end: i + 1, label: 'ORG', roles: [] });
  });
  return out;
}

const MAX_BODY_OF_WORDS = 3;

/**
 * "the Chamber of Deputies", "the Office of Rail", "the Directorate-General for Trade": a body's head, "of" (or a
 * directorate's "for") and capitalized words the tagger left untagged, a body's name.
 */
export function bodiesOf(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 2 < to; i++) {
    if (covered[i] || !BODY_OF.test(tokens[i].text)) continue;
    // (The European Commission's "Directorate-General for Competition", "Directorate General for Trade".)
    const head = tokens[i].text === 'Directorate' ? directorateEnd(tokens, i) : i + 1;
    const linked = tokens[head]?.text === 'of' || (head > i + 1 && tokens[head]?.text === 'for');
    if (!linked || head + 1 >= to || covered[head] || covered[head + 1]) continue;
    let end = head + 1;
    while (end < to && end - head - 1 < MAX_BODY_OF_WORDS && !covered[end] && isNameWord(tokens[end])) end++;
    if (end > head + 1 && tokens[end]?.text === 'and') end = domainAfterAnd(tokens, end, to, (k) => !covered[k]);
    if (end > head + 1) out.push({ start: i, end, label: 'ORG', roles: [] });
    i = end - 1;
  }
  return out;
}

/** One past "Directorate-General" or "Directorate General" at `i`; `i + 1` after "Directorate" alone. */
function directorateEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.text === 'General') return i + 2;
  return tokens[i + 2]?.text === 'General' && compoundStart(tokens, i + 2, i) === i ? i + 3 : i + 1;
}

/**
 * The end of a body's domain that goes on after "and" at `and` in common words in capitals, ending the name:
 * "Ministry of Trade[ and Industry]", not "the Office of Rail and Kelmar Water" (`and` itself then).
 */
function domainAfterAnd(tokens: readonly Token[], and: number, to: number, free: (k: number) => boolean): number {
  let end = and + 1;
  while (end < to && end - and <= MAX_BODY_OF_WORDS && free(end) && isNameWord(tokens[end]) && isDomainWord(tokens[end].text)) end++;
  return end > and + 1 && !(end < to && isNameWord(tokens[end])) ? end : and;
}

/** Words of a newspaper's time of appearing, calendar words among them: "the Sunday Herald", "the Evening Courier". */
const PAPER_TIMES = /^(?:Morning|Evening|Daily|Weekly|Sunday|Saturday)$/;

/**
 * "the Herald" for the document's "Lusaka Herald": a newspaper goes by the last word of its name,
 * capitalized after "the", which the tagger reads as a common noun.
 */
export function publicationHeads(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
  const heads = new Set(candidates.filter((c) => c.end - c.start >= 2 && isPublicationHead(tokens[c.end - 1].text)).map((c) => tokens[c.end - 1].text.toLowerCase()));
  const out: Candidate[] = [];
  if (heads.size === 0) return out;
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) covered.fill(1, c.start, c.end);
  tokens.forEach((t, i) => {
    if (covered[i] || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !heads.has(t.text.toLowerCase()) || !/^the$/i.test(tokens[i - 1]?.text ?? '')) return;
    if (!startsUpper(tokens[i + 1]?.text ?? '')) out.push({ start: i, end: i + 1, label: 'ORG', roles: [] });
  });
  return out;
}

const MAX_PAPER_WORDS = 3;

/**
 * A newspaper named with two heads a hyphen joins, which the tagger or the rules cut at the hyphen: "Fife Courier[-Star]",
 * "the Courier[-Star]'s review", "THE FIFE COURIER[-STAR]".
 */
export function withHyphenedPaperHead(tokens: readonly Token[], c: Candidate): Candidate {
  const [hyphen, head] = [tokens[c.end], tokens[c.end + 1]];
  if (c.label !== 'ORG' || !isPublicationHead(tokens[c.end - 1].text) || hyphen === undefined || head === undefined || !isHyphen(hyphen.text)) return c;
  const glued = hyphen.start === tokens[c.end - 1].end && head.start === hyphen.end;
  return glued && startsUpper(head.text) && isPublicationHead(head.text) ? { ...c, end: c.end + 2 } : c;
}

/**
 * A newspaper or trade title the tagger left untagged: capitalized words before a newspaper's word, "told Stamina Digest
 * on Wednesday", "Fashion Insider reported", "The Morning Herald apologised" (a time's word opening it). `covered`
 * marks tagged tokens.
 */
export function paperNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    // (Not a programme's "Today": "the Sports Today programme".)
    if (covered[i] || !/^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) || !isPublicationHead(tokens[i].text) || tokens[i].text === 'Today' || startsUpper(tokens[i + 1]?.text ?? '')) continue;
    let start = i;
    // (Not over an article: "The Morning Herald".)
    const word = (k: number) => /^\p{Lu}[\p{L}&]+$/u.test(tokens[k].text) && !/^(?:The|A|An)$/.test(tokens[k].text) && !isTitleWord(tokens[k].text) && (!isCalendarWord(tokens[k].text) || PAPER_TIMES.test(tokens[k].text));
    while (start > from && i - start < MAX_PAPER_WORDS && !covered[start - 1] && word(start - 1)) start--;
    // (Nor from a word in capitals opening the sentence: a heading's.)
    if (start === i || (start === from && !/^\p{Lu}\p{Ll}+$/u.test(tokens[start].text))) continue;
    out.push({ start, end: i + 1, label: 'ORG', roles: [] });
  }
  return out;
}

/** Words before "the" and a paper's name alone: "told the Guardian", "wrote in the Telegraph", "an interview with the Times". */
const BEFORE_PAPER = /^(?:told|to|in|for|with)$/i;
/** A paper's last words that name no paper alone ("the Daily", "today"). */
const NOT_ALONE = /^(?:Daily|Weekly|Today|Standard)$/;

/**
 * A newspaper by its head word alone after "told the", "in the" and the like, which the tagger reads as a common noun:
 * "the 51-year-old told the Guardian by phone". `covered` marks tagged tokens.
 */
export function barePapers(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 2; i < to; i++) {
    const t = tokens[i];
    if (covered[i] || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isPublicationHead(t.text) || NOT_ALONE.test(t.text)) continue;
    // (Not before a name or a number its own would take: "told the Guardian 41 bodies …".)
    if (!/^the$/.test(tokens[i - 1].text) || !BEFORE_PAPER.test(tokens[i - 2].text) || /^[\p{Lu}\d]/u.test(tokens[i + 1]?.text ?? '')) continue;
    out.push({ start: i, end: i + 1, label: 'ORG', roles: [] });
  }
  return out;
}

const PARTY_LETTER = /^[RDI]$/;
const MAX_LABEL_PLACE = 3;

/** Where the place of a party label starts ("Sen. Ana Ruiz, R-Texas,", "(D-Calif.)"), or -1: after "R-", "D-" or "I-" that follow a comma or bracket. */
function labelPlaceStart(tokens: readonly Token[], i: number): number {
  const opens = tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '(';
  return opens && PARTY_LETTER.test(tokens[i]?.text ?? '') && isHyphen(tokens[i + 1]?.text ?? '') && startsUpper(tokens[i + 2]?.text ?? '') ? i + 2 : -1;
}

/** A tagged span over a US party label is the place in it: "[R-Texas]" → "Texas". */
export function withoutPartyLabel(tokens: readonly Token[], c: Candidate): Candidate {
  const start = labelPlaceStart(tokens, c.start);
  return start > 0 && start < c.end ? { ...c, start, label: 'LOC' } : c;
}

/** The places of US party labels the tagger left untagged: "Rep. Ana Ruiz, D-Calif., said". `covered` marks tagged tokens. */
export function partyLabelPlaces(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    const start = labelPlaceStart(tokens, i);
    if (start < 0 || covered[start]) continue;
    let end = start;
    while (end < to && end - start < MAX_LABEL_PLACE && startsUpper(tokens[end].text) && !covered[end]) end++;
    out.push({ start, end, label: 'LOC', roles: [] });
  }
  return out;
}

/**
 * Regions known by one word after "the": a country's by their compass point ("across the Midwest", "the Southeast"),
 * mountain ranges ("the Alps", "the Rockies"), and regions written as adjectives or peoples are ("the Caribbean", "the
 * Balkans").
 */
const NAMED_REGION = /^(?:Midwest|Mid-West|Southeast|Northeast|Northwest|Southwest|Midlands|Mid-Atlantic|Alps|Rockies|Pyrenees|Urals|Dolomites|Apennines|Carpathians|Appalachians|Cascades|Caucasus|Himalayas|Andes|Caribbean|Mediterranean|Balkans|Baltics|Levant|Maghreb)$/;

/** Whether a word names a region after "the": "Midwest", "Alps", "Caribbean". */
export function isNamedRegion(word: string): boolean {
  return NAMED_REGION.test(word);
}

/** Regions named so that the tagger left untagged; not a word of a longer name ("the Southeast Asian nations"). */
export function namedRegions(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    if (covered[i] || !isNamedRegion(tokens[i].text) || !/^the$/i.test(tokens[i - 1].text) || (i + 1 < to && isNameWord(tokens[i + 1]))) continue;
    out.push({ start: i, end: i + 1, label: 'LOC', roles: [] });
  }
  return out;
}

/**
 * A legislature by its one word that the tagger left untagged: inside a sentence, or opening it before its verb
 * ("Parliament voted"); not a word of a longer name ("European Parliament", "Parliament Square").
 */
export function legislatures(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    if (covered[i] || !isLegislatureName(tokens[i].text)) continue;
    const [previous, next] = [tokens[i - 1], tokens[i + 1]];
    const opens = i === from && /^(?:VERB|AUX)$/.test(next?.pos ?? '');
    if ((i === from && !opens) || (i > from && NAME_START.test(previous.text) && previous.text !== 'The') || (next !== undefined && i + 1 < to && NAME_START.test(next.text))) continue;
    if (tokens[i].text === 'Commons' && !/^the$/i.test(previous?.text ?? '')) continue;
    out.push({ start: i, end: i + 1, label: 'ORG', roles: [] });
  }
  return out;
}

/** Words of a title before an office's possessive at most: "the Chief Secretary to the Treasury" is none. */
const MAX_OFFICE_TITLE = 3;

/**
 * The office of a titled person, named by the title's possessive: "the Prime Minister's Office", "the Mayor's Office",
 * which a title and its holder's name would otherwise take apart.
 */
export function titleOffices(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 2; i < to; i++) {
    if (tokens[i].text !== 'Office' || covered[i] || !isPossessive(tokens[i - 1].text) || !isTitleWord(tokens[i - 2].text)) continue;
    let start = i - 1;
    while (start > from && i - 1 - start < MAX_OFFICE_TITLE && !covered[start - 1] && startsUpper(tokens[start - 1].text) && !/^the$/i.test(tokens[start - 1].text)) start--;
    if (start < i - 1 && /^the$/i.test(tokens[start - 1]?.text ?? '')) out.push({ start, end: i + 1, label: 'ORG', roles: [] });
  }
  return out;
}

/** Climate conferences, groups of countries, resolutions and channels named by their number: "COP30", "G20", "G-7", "Resolution 2817", "Channel 4". */
const NUMBERED_CONFERENCE = /^COP\d{1,2}$/;
const NUMBERED_GROUP = /^G-?\d{1,2}$/;
const RESOLUTION_NUMBER = /^\d{3,4}$/;
const CHANNEL_NUMBER = /^\d{1,2}$/;
/** A ballot measure's number or letters: "212", "HH", "A". */
const MEASURE_NUMBER = /^(?:\d{1,4}|\p{Lu}{1,2})$/u;
const BILL_NUMBER = /^\d{1,5}$/;

/**
 * Conferences, groups of countries, resolutions, ballot measures, bills, channels, wards and union locals named by a number
 * that the tagger left untagged. `covered` marks tagged tokens.
 */
export function numberedNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const first = tokens[i].text[0];
    // "Resolution 2817": a UN resolution by its number.
    if (!covered[i] && tokens[i].text === 'Resolution' && RESOLUTION_NUMBER.test(tokens[i + 1]?.text ?? '') && i + 1 < to) out.push({ start: i, end: i + 2, label: 'MISC', roles: [] });
    // "Proposition 212", "Prop 50", "Measure 110", "Proposition HH", "HB 2041": a ballot measure or a bill by its number or letters.
    if (!covered[i] && !covered[i + 1] && BALLOT_MEASURE.test(tokens[i].text) && MEASURE_NUMBER.test(tokens[i + 1]?.text ?? '') && i + 1 < to) out.push({ start: i, end: i + 2, label: 'MISC', roles: [] });
    if (!covered[i] && !covered[i + 1] && BILL_CODE.test(tokens[i].text) && BILL_NUMBER.test(tokens[i + 1]?.text ?? '') && i + 1 < to) out.push({ start: i, end: i + 2, label: 'MISC', roles: [] });
    // "Channel 4", "Channel 9": a broadcaster by its number.
    if (!covered[i] && !covered[i + 1] && tokens[i].text === 'Channel' && CHANNEL_NUMBER.test(tokens[i + 1]?.text ?? '') && i + 1 < to) out.push({ start: i, end: i + 2, label: 'ORG', roles: [] });
    // "the 3rd Ward": a ward by its ordinal.
    if (!covered[i] && !covered[i + 1] && ORDINAL.test(tokens[i].text) && ORDINAL_AREAS.test(tokens[i + 1]?.text ?? '') && i + 1 < to) out.push({ start: i, end: i + 2, label: 'LOC', roles: [] });
    // "Local 862 President Dora Mills", "Teamsters Local 705": a union's local by its number, after the union's name.
    if (!covered[i] && !covered[i + 1] && tokens[i].text === 'Local' && UNIT_NUMBER.test(tokens[i + 1]?.text ?? '') && i + 1 < to) {
      const union = i > from && !covered[i - 1] && isNameWord(tokens[i - 1]) && (i - 1 > from || isUsuallyLowerCase(tokens[i - 1].text) === false) ? i - 1 : i;
      out.push({ start: union, end: i + 2, label: 'ORG', roles: [] });
    }
    if (covered[i] || (first !== 'C' && first !== 'G')) continue;
    if (NUMBERED_CONFERENCE.test(tokens[i].text)) out.push({ start: i, end: i + 1, label: 'MISC', roles: [] });
    else if (NUMBERED_GROUP.test(tokens[i].text)) out.push({ start: i, end: i + 1, label: 'ORG', roles: [] });
  }
  return out;
}

/** Units of bodies and places named by a number: "Lodge 37", "Local 1199", "District 88", "Ward 3". */
const NUMBERED_UNIT = /^(?:Lodge|Local|District|Chapter|Post|Precinct|Ward)$/;
const UNIT_NUMBER = /^\d{1,5}$/;

/**
 * A name the tagger cut before its unit's number: "Brotherhood of Firefighters Lodge [37]", "Pinecrest School District
 * [88]", "SEIU [Local 1199]", "KLMN [7 News]", "Channel 9 [News]", "KTLX News [7]".
 */
export function withUnitNumber(tokens: readonly Token[], c: Candidate): Candidate {
  const [next, after] = [tokens[c.end]?.text ?? '', tokens[c.end + 1]?.text ?? ''];
  if (c.label === 'PER') return c;
  if (c.end - c.start >= 2 && NUMBERED_UNIT.test(tokens[c.end - 1].text) && UNIT_NUMBER.test(next)) return { ...c, end: c.end + 1 };
  if (next === 'Local' && UNIT_NUMBER.test(after)) return { ...c, end: c.end + 2, label: 'ORG' };
  if (c.end - c.start === 1 && isCallLetters(tokens[c.start].text) && CHANNEL_NUMBER.test(next) && after === 'News') return { ...c, end: c.end + 2, label: 'ORG' };
  // (… or its number alone: "told WKBR 9 the plant", not "WKBR 9 percent".)
  if (c.end - c.start === 1 && isCallLetters(tokens[c.start].text) && CHANNEL_NUMBER.test(next) && tokens[c.end].sentence === tokens[c.start].sentence && !/^(?:NOUN|NUM|PROPN|SYM)$/.test(tokens[c.end + 1]?.pos ?? '')) return { ...c, end: c.end + 1, label: 'ORG' };
  if (c.end - c.start >= 2 && CHANNEL_NUMBER.test(tokens[c.end - 1].text) && next === 'News' && (tokens[c.start].text === 'Channel' || isCallLetters(tokens[c.start].text))) return { ...c, end: c.end + 1, label: 'ORG' };
  // (… or after "News": "KTLX News [7]".)
  if (c.end - c.start === 2 && isCallLetters(tokens[c.start].text) && tokens[c.start + 1].text === 'News' && CHANNEL_NUMBER.test(next) && tokens[c.end].start === tokens[c.end - 1].end + 1) return { ...c, end: c.end + 1, label: 'ORG' };
  return c;
}

/** "the 3rd Ward", "the 11th Precinct": a city's ward by its ordinal. */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const ORDINAL_AREAS = /^(?:Ward|Precinct)$/;

const MODEL = /^\d{2,4}(?:-\d{1,4})?s?$/;
const YEAR_OR_DECADE = /^(?:19|20)\d\ds?$/;

/** Words of a candidate, a hyphenated one counted once ("Brannock-Hale Halvard": two). */
function wordsIn(tokens: readonly Token[], c: Candidate): number {
  let n = 0;
  for (let i = c.start; i < c.end; i++) if (!isHyphen(tokens[i].text) && !(i > c.start && isHyphen(tokens[i - 1].text) && tokens[i - 1].end === tokens[i].start)) n++;
  return n;
}
/** Words that name a model's tier after its number. */
const TIER = /^(?:Max|Pro|Neo|Ultra|Plus|Mini)$/;
const MODEL_PART = /^(?:\d{1,4}|[A-Z]{1,2}\d{0,2}|Max|Pro|Neo|neo|Ultra|Plus|Mini|XWB|ER|LR|XLR)$/;
const AFTER_AMOUNT = /^(?:%|percent|per|million|billion|trillion|people|workers|jobs|years?|months?|weeks?|days?|hours?|minutes?|seconds?|points?|goals?|tries|runs|wickets|votes|seats|places|games|matches|wins|shots|strokes|metres|meters|miles|kilometres|kilometers|times)$/i;

/**
 * A team's score, "Penn State 24-17", "Texas 31, Oklahoma 27", not a model ("72-600", "787-9", "iPhone 17 sold").
 */
function isScore(number: string, next: string | undefined): boolean {
  const [first, second] = number.split('-');
  if (second !== undefined) return second.length < 3 && !(first.length === 3 && second.length === 1);
  return first.length <= 2 && /^[,.;]$/.test(next ?? '');
}

/**
 * Products named by a word and a number the tagger left untagged, a product's noun after them: "its Halcyon 2
 * rocket", "the Osprey-2 satellite". `covered` marks tagged tokens.
 */
export function numberedProducts(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 1 < to; i++) {
    // (Asked of every word: a product's noun after it, or after the number after it, first.)
    if (!isProductNoun(tokens[i + 1].text) && !isProductNoun(tokens[i + 2]?.text ?? '') && !isProductNoun(tokens[i + 3]?.text ?? '')) continue;
    // One token: "Osprey-2", "its SV-15 model".
    if (!covered[i] && (/^\p{Lu}\p{Ll}+-\d{1,4}$/u.test(tokens[i].text) || (tokens[i].text.includes('-') && isModelNumber(tokens[i].text))) && isProductNoun(tokens[i + 1].text) && /^\p{Ll}/u.test(tokens[i + 1].text)) {
      out.push({ start: i, end: i + 1, label: 'MISC', roles: [], product: true });
      continue;
    }
    // (Not the end of a longer name: "BlackBerry Curve 8900 smartphone".)
    if (covered[i] || i + 2 >= to || !/^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) || (i > from && startsUpper(tokens[i - 1].text) && !/^(?:The|A|An|Its|Their|His|Her)$/.test(tokens[i - 1].text))) continue;
    const glued = isHyphen(tokens[i + 1].text) && tokens[i + 1].start === tokens[i].end && tokens[i + 2].start === tokens[i + 1].end;
    const number = glued ? i + 2 : i + 1;
    if (covered[number] || !/^\d{1,4}$/.test(tokens[number]?.text ?? '') || !isProductNoun(tokens[number + 1]?.text ?? '') || !/^\p{Ll}/u.test(tokens[number + 1].text)) continue;
    out.push({ start: i, end: number + 1, label: 'MISC', roles: [], product: true });
    i = number;
  }
  return out;
}

const MAX_VINTAGE_NAME = 4;
/** Words before a vintage's year: "a 1958 Ashcombe Tourer", "its 2024 Fernhill Block Pinot Noir". */
const VINTAGE_OWNER = /^(?:a|an|the|his|her|its|their|our|my|['’]s)$/i;

/**
 * Products the tagger left untagged, named after their year: "A 1958 Ashcombe Tourer slid", "the estate's 2024 Fernhill
 * Block Pinot Noir" (capitalized words after an article or an owner and a year, none a body's, a building's or an
 * event's head: not "the 2026 Kelby Show"). `covered` marks tagged tokens.
 */
export function vintageProducts(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i + 1 < to; i++) {
    if (!/^(?:19|20)\d\d$/.test(tokens[i].text) || !VINTAGE_OWNER.test(tokens[i - 1].text)) continue;
    let end = i + 1;
    while (end < to && end - i <= MAX_VINTAGE_NAME && !covered[end] && /^\p{Lu}\p{Ll}+$/u.test(tokens[end].text) && !isCalendarWord(tokens[end].text)) end++;
    const words = tokens.slice(i + 1, end).map((t) => t.text);
    const headed = words.some((w) => isEventHead(w) || isBodyHead(w) || isFacilityHead(w) || isCompanyNameEnd(w) || isTitleWord(w));
    if (end - i < 3 || headed || (end < to && startsUpper(tokens[end].text))) continue;
    out.push({ start: i + 1, end, label: 'MISC', roles: [], product: true });
    i = end - 1;
  }
  return out;
}

/** Families of stock market indices, as markets copy names them: "FTSE 100", "the Hang Seng", "S&P 500". */
const INDEX_FAMILIES = new Set(['FTSE', 'Nikkei', 'NIKKEI', 'STOXX', 'Stoxx', 'CAC', 'DAX', 'MSCI', 'Sensex', 'SENSEX', 'Nifty', 'NIFTY', 'KOSPI', 'Kospi', 'TOPIX', 'Topix', 'IBEX', 'Ibex', 'Bovespa', 'Hang Seng', 'Euro Stoxx', 'EURO STOXX']);
/** … and those that name a firm or a person without their number: "S&P 500" (not "S&P"), "Russell 2000". */
const NUMBERED_INDEX_FAMILIES = new Set(['S&P', 'Russell', 'ASX', 'TSX']);
/** Their first words: asked first, of every word. */
const INDEX_FIRST_WORDS = new Set([...INDEX_FAMILIES, ...NUMBERED_INDEX_FAMILIES].map((family) => family.split(' ')[0]));
const INDEX_NUMBER = /^\d{2,4}$/;

/** Tokens [start, end) are a market index's name: a family and maybe its number. */
export function isMarketIndex(tokens: readonly Token[], start: number, end: number): boolean {
  if (end > tokens.length || end <= start || !INDEX_FIRST_WORDS.has(tokens[start].text)) return false;
  const words = tokens.slice(start, end).map((t) => t.text);
  const numbered = words.length >= 2 && INDEX_NUMBER.test(words[words.length - 1]);
  const family = (numbered ? words.slice(0, -1) : words).join(' ');
  return INDEX_FAMILIES.has(family) || (numbered && NUMBERED_INDEX_FAMILIES.has(family));
}

/** Market indices the tagger left untagged or took for a product: "the FTSE 250", "the S&P 500 rose". `covered` marks tagged tokens. */
export function marketIndices(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    if (covered[i]) continue;
    for (const width of [3, 2, 1]) {
      if (i + width > to || covered.subarray(i, i + width).some((x) => x) || !isMarketIndex(tokens, i, i + width)) continue;
      out.push({ start: i, end: i + width, label: 'MISC', roles: [] });
      i += width - 1;
      break;
    }
  }
  return out;
}

/** An aircraft's type by letters, a hyphen and its number: "P-8A", "KC-135". */
const AIRFRAME = /^\p{Lu}{1,3}-\d{1,4}\p{Lu}?$/u;
/** Last words of an armed force's name: "Royal Australian Air Force", "the Navy". */
const FORCE_HEADS = /^(?:Force|Navy|Army|Guard|Corps|Marines)$/;

/**
 * A force's aircraft or vessel named with its force, which the tagger took for one name: "a Royal Australian Air Force
 * C-17", "RAAF P-8A Poseidon aircraft": the force, then the model (a model number right after the force's name or letters).
 */
export function splitForceOfModel(tokens: readonly Token[], c: Candidate): Candidate[] {
  for (let i = c.start + 1; i < c.end; i++) {
    const force = FORCE_HEADS.test(tokens[i - 1].text) || (i - 1 === c.start && /^\p{Lu}{3,5}$/u.test(tokens[i - 1].text));
    if (force && (isModelNumber(tokens[i].text) || AIRFRAME.test(tokens[i].text))) return [{ ...c, end: i, label: 'ORG', product: undefined }, { ...c, start: i, label: 'MISC', product: true, roles: [] }];
  }
  return [c];
}

/**
 * A maker's name with its model number is a product, the number in its span: "The ATR 72-600",
 * "a Boeing 737 Max 9", "Windows 11" (not a year, "Boeing 2025", nor an amount, "Apple 10 percent").
 */
export function withModelNumber(tokens: readonly Token[], c: Candidate): Candidate {
  // (An outlet's number is a channel's: "Gulf Sport 24 | Cricket".)
  if (c.credit) return c;
  // "the FTSE 250": an index's number, no model's, which the tagger may have left out ("the [Nikkei] 225").
  const index = isMarketIndex(tokens, c.start, c.end + 1) ? c.end + 1 : isMarketIndex(tokens, c.start, c.end) ? c.end : undefined;
  if (index !== undefined) return { ...c, end: index, label: 'MISC', product: undefined, person: undefined };
  // "HomeShield Plus", "ArenaLite Pro": a brand written with a capital inside, and its tier after it, are a product.
  if (c.end - c.start === 1 && INNER_CAPITAL.test(tokens[c.start].text) && TIER.test(tokens[c.end]?.text ?? '')) return { ...c, end: c.end + 1, label: 'MISC', product: true, person: undefined };
  // "The Corvane 830 Max", "the 737 Max": a tier the tagger took for a name, after its model's number.
  const model = tokens[c.start - 1]?.text ?? '';
  if (c.end - c.start === 1 && TIER.test(tokens[c.start].text) && (MODEL.test(model) || isModelNumber(model)) && !/^(?:19|20)\d\d$/.test(model)) {
    const maker = c.start - 2 >= 0 && /^\p{Lu}[\p{L}-]+$/u.test(tokens[c.start - 2].text) && !/^(?:The|A|An)$/.test(tokens[c.start - 2].text) ? c.start - 2 : c.start - 1;
    return { ...c, start: maker, label: 'MISC', product: true, person: undefined };
  }
  const words = wordsIn(tokens, c);
  if (words > 3 || isNumberedNonProduct(tokens[c.end - 1].text) || isNumberedNonProduct(tokens[c.end - 2]?.text ?? '')) return c;
  // Tagged with its number ("Vela 7", "Orion X3"): a person's name ends in none; a tier may follow ("Max").
  const last = tokens[c.end - 1].text;
  if (c.end - c.start >= 2 && (/^\d{1,4}(?:-\d{1,4})?s?$/.test(last) || isModelNumber(last)) && !YEAR_OR_DECADE.test(last)) {
    // "a Kestrel Airlines E190": an airline's or other company's aircraft, the company the name.
    if (c.end - c.start >= 3 && isCompanyTail(tokens[c.end - 2].text.toLowerCase())) return { ...c, end: c.end - 1, label: 'ORG' };
    return { ...withTier(tokens, c, c.end), label: 'MISC', product: true, person: undefined };
  }
  // A "person" of a word or two before a number of three digits or more, or a model's code, is a maker's or a
  // range's: "a Halvard 900 engine", "25 Belmark B350-1000s", "a Brannock-Hale Curtis 7000".
  const next = tokens[c.end]?.text ?? '';
  // (A full name opens with a given name: "Tom Lind 747" stays a person.)
  const person = c.label === 'PER' && (words === 1 || (words === 2 && !(nameLists().lookup(tokens[c.start].text.toLowerCase()) & FIRST_NAME))) &&
    (/^\d{3,4}(?:-\d{1,4})?s?$/.test(next) || (isModelNumber(next) && next.length >= 3)) && !YEAR_OR_DECADE.test(next);
  if ((c.label !== 'ORG' && c.label !== 'MISC' && !person) || words > 2) return c;
  const number = tokens[c.end];
  // (Not a number opening the next line: "found by the River Wend\n18 March - …".)
  // (… one digit after a brand written with a capital inside: "the ThermoMax 3 heater", not "ThermoMax 3 times".)
  const brandDigit = c.end - c.start === 1 && INNER_CAPITAL.test(tokens[c.start].text) && /^\d$/.test(number?.text ?? '') && !/^(?:times|to|of|or|and|-)$/.test(tokens[c.end + 1]?.text ?? '');
  const numbered = number !== undefined && number.sentence === tokens[c.start].sentence && (MODEL.test(number.text) || VERSION.test(number.text) || brandDigit || (isModelNumber(number.text) && !isPeriodCode(number.text)));
  // (Nor a tally against another: "out-landed Quill 211 to 187".)
  const tally = tokens[c.end + 1]?.text === 'to' && /^\d+$/.test(tokens[c.end + 2]?.text ?? '');
  if (!numbered || tally || isTickerPart(tokens, c.end) || YEAR_OR_DECADE.test(number.text) || AFTER_AMOUNT.test(tokens[c.end + 1]?.text ?? '') || (!brandDigit && isScore(number.text, tokens[c.end + 1]?.text))) return c;
  return { ...withTier(tokens, c, c.end + 1), label: 'MISC', product: true, person: undefined };
}

/** Words before a number that make no product: laws, ballot measures, roads, places, parts, units and stations ("Bill 87", "HB 2041", "Prop 50", "Route 66", "Ward 3", "WKRV 12"). */
function isNumberedNonProduct(word: string): boolean {
  return NUMBERED_NON_PRODUCTS.test(word) || BALLOT_MEASURE.test(word) || BILL_CODE.test(word);
}

const NUMBERED_NON_PRODUCTS = /^(?:[KW][A-Z]{2,3}|Channel|News|Bill|Resolution|Act|Amendment|Article|Section|Chapter|Title|Highway|Route|Interstate|Road|Flight|Gate|Terminal|Platform|Pier|Ward|District|Lodge|Local|Area|Zone|Precinct|Block|Sector|Level|Phase|Round|Game|Episode|Season|Part|Volume|Room|Division|Group|Unit|Brigade|Battalion|Squadron|Regiment|Corps|Army|Fleet|Column|Category|Class|Grade|Stage|Week|Day)$/;

/** "OrionOS 2.4": a version number after a product's name. */
const VERSION = /^\d{1,3}\.\d{1,3}(?:\.\d{1,3})?$/;

/** The product's span from `from` on over the rest of its model: "-600" of "72-600", "Max 9". */
function withTier(tokens: readonly Token[], c: Candidate, from: number): Candidate {
  let end = from;
  while (end < tokens.length && end - from < 3 && tokens[end].sentence === tokens[c.start].sentence) {
    const [t, glued] = [tokens[end], tokens[end].start === tokens[end - 1].end];
    if (isHyphen(t.text) && glued && /^\d/.test(tokens[end + 1]?.text ?? '') && tokens[end + 1].start === t.end) end += 2;
    else if (MODEL_PART.test(t.text) && !glued) end++;
    else break;
  }
  return { ...c, end };
}

/**
 * Korean names the tagger left untagged: a common family name and a hyphenated given name, "Oh
 * Sang-min", "Park Min-seo" (wink splits the given name at its hyphen). `covered` marks tagged tokens.
 */
export function koreanNames(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i + 3 < to; i++) {
    const [family, given, hyphen, rest] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    // The hyphen first: most words are followed by none.
    if (!isHyphen(hyphen.text) || covered[i] || covered[i + 1] || !/^\p{Lu}\p{Ll}+$/u.test(family.text) || !isEastAsianFamilyName(family.text)) continue;
    const glued = hyphen.start === given.end && rest.start === hyphen.end;
    if (glued && /^\p{Lu}\p{Ll}+$/u.test(given.text) && /^\p{Ll}+$/u.test(rest.text)) out.push({ start: i, end: i + 4, label: 'PER', roles: [], person: true });
  }
  // … and the given name first, as English copy often writes it: "analyst Ji-hoon Park".
  for (let i = from; i + 3 < to; i++) {
    if (covered[i] || covered[i + 3] || !isKoreanGivenName(tokens, i) || !isEastAsianFamilyName(tokens[i + 3].text) || out.some((c) => c.start <= i + 3 && i < c.end)) continue;
    out.push({ start: i, end: i + 4, label: 'PER', roles: [], person: true });
  }
  return out;
}

/** Tokens `i`..`i + 2` are a hyphenated given name as Korean names are romanized, which wink splits: "Ji-hoon". */
function isKoreanGivenName(tokens: readonly Token[], i: number): boolean {
  const [given, hyphen, rest] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return rest !== undefined && hyphen.start === given.end && rest.start === hyphen.end && KOREAN_GIVEN_NAME.test(given.text + hyphen.text + rest.text);
}
