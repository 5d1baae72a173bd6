/**
 * Bodies' names the tagger cut or ran together, joined or split by their shape: a body named for a
 * couple ("the Bill and Melinda Gates Foundation"), a country's unit ("Brontal Pay UK Ltd"), an
 * electoral district named for two places ("the Ashby and Colne by-election"), an institution named
 * for a saint ("St Brigid's Primary School"), a body's name cut after its head or its domain
 * ("Superior Court of the District of Columbia", "Department of Housing and Urban Development") and
 * a name run on after "and" ("[Bank of England] and [Barclays]"), a council as British papers write
 * it ("Varnley city council"), a conference of members ("Conference of Catholic Bishops").
 */
import { COUNTRY, FIRST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isSometimesLowerCase, isUsuallyLowerCase, nameLists, type NerSpan } from '../ner/tagger';
import { startsUpper } from '../nlp/letters';
import { isCalendarWord } from './calendar';
import { isBusinessWord, isCompanyTail, isCouncilKind } from './companies';
import { isDistrictNounAt, isSeatAt } from './coordination';
import { FUNCTION_WORDS, isNameWord, withListedName, withSpan } from './extend';
import { isLegalDesignator } from './identity';
import { isAgentNoun } from './spans';
import { isBodyOfficer, isTitleWord } from './titles';
import { BODY_OF, isAwardHead, isBodyEventHead, isBodyHead, isEventHead, isFacilityHead, isInstitutionHead, isPeopleGroupHead, isPlaceServingBody, UK_NATION } from './types';
import { isCountryCode, isDomainWord, isPossessive, isStreetWord, type Words } from './words';

const MAX_COUPLE_NAME = 5;

/**
 * A body named for a couple, which the tagger reads as two people: "the Bill and Melinda Gates
 * Foundation", "the Ruth & Harold Kent Trust" (a given name, "and" or "&", a name ending in a
 * body's word).
 */
export function joinCoupleBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const given = (i: number) => isNameWord(words, i) && (nameLists().lookup(words.texts[i].toLowerCase()) & FIRST_NAME) !== 0;
  for (let and = 1; and + 2 < words.texts.length; and++) {
    if (!/^(?:and|&)$/.test(words.texts[and]) || !given(and - 1) || !given(and + 1) || (and > 1 && isNameWord(words, and - 2))) continue;
    let end = and + 2;
    while (end < words.texts.length && end - and <= MAX_COUPLE_NAME && isNameWord(words, end) && !(nameLists().lookup(words.texts[end - 1].toLowerCase()) & ORG_WORD)) end++;
    if (!(nameLists().lookup(words.texts[end - 1].toLowerCase()) & ORG_WORD)) continue;
    out = withSpan(out, { start: and - 1, end, label: 'ORG' });
  }
  return out;
}

/**
 * A body's or an event's name with two common words about its "and", which the tagger cut after the "and": "the Animal
 * and [Plant Health Agency]", "[Swanford Beer] and [Cider Festival]" (a body's or an event's word ends the second half,
 * no listed name opens it; the first half, a name or one word after "the", an owner or nothing, ends in a common word no
 * body's: not "[Kelby Council] and [Ostra Housing Association]", nor "[Ford] and [General Motors]").
 */
export function joinCommonWordBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  const common = (i: number) => startsUpper(texts[i] ?? '') && isSometimesLowerCase(texts[i]) && !(nameLists().lookup(texts[i].toLowerCase()) & (FIRST_NAME | PLACE_NAME | ORG_WORD));
  for (const right of spans) {
    const and = right.start - 1;
    const head = texts[right.end - 1];
    const headed = (nameLists().lookup(head.toLowerCase()) & ORG_WORD) !== 0 || isBodyHead(head) || isEventHead(head);
    if (right.label === 'PER' || !/^(?:and|&)$/.test(texts[and] ?? '') || !common(right.start) || !common(and - 1) || !headed) continue;
    const left = out.find((o) => o.end === and);
    if (left?.label === 'PER') continue;
    const opens = and - 1 === 0 || /^(?:the|its|their)$/i.test(texts[and - 2]) || isPossessive(texts[and - 2]);
    if (!left && !opens) continue;
    out = withSpan(out, { start: left?.start ?? and - 1, end: right.end, label: isEventHead(head) && !isBodyEventHead(head) ? 'MISC' : 'ORG' });
  }
  return out;
}

/** Words of the second half of a country named with "and" at most: "Saint Kitts and Nevis", "Sao Tome and Principe". */
const MAX_COUNTRY_HALF = 2;

/**
 * A body named for a country named with "and", which the tagger cut at the "and": "[Trinidad] and [Tobago Defence Force]"
 * (the listed country, then the body's words).
 */
export function joinCountryBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  for (const right of spans) {
    const and = right.start - 1;
    if (right.label !== 'ORG' || texts[and] !== 'and') continue;
    const left = out.find((o) => o.end === and && o.label === 'LOC');
    if (!left) continue;
    const country = (k: number) => (nameLists().lookup(texts.slice(left.start, right.start + k).join(' ').toLowerCase()) & COUNTRY) !== 0;
    const halves = Array.from({ length: Math.min(MAX_COUNTRY_HALF, right.end - right.start - 1) }, (_, i) => i + 1);
    if (halves.some(country)) out = withSpan(out, { start: left.start, end: right.end, label: 'ORG' });
  }
  return out;
}

/** Words of what a body does before the place it serves at most: "Natural Resources Wales". */
const MAX_SERVING_WORDS = 3;

/**
 * A body named by what it does and the place it serves, which the tagger cut before the place or left out but for the
 * place: "Natural Resources [Wales] said", "[Water Services] [Queensland]" (isPlaceServingBody; the body's words tagged
 * as one body or not at all, no name going on after the place).
 */
export function joinPlaceServingBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  for (const place of spans) {
    if (place.end - place.start !== 1 || isNameWord(words, place.end)) continue;
    // (A word the tagger took for a person or a body only where it is a country or a nation: not "Teenager Mere [Walker]".)
    const placed = place.label === 'LOC' || (nameLists().lookup(words.texts[place.start].toLowerCase()) & COUNTRY) !== 0 || UK_NATION.test(words.texts[place.start]);
    if (!placed) continue;
    const body = out.find((o) => o.end === place.start && o.label === 'ORG');
    let start = body?.start ?? place.start;
    if (!body) while (start > 0 && place.start - start < MAX_SERVING_WORDS && isNameWord(words, start - 1) && !out.some((o) => o.start < start && start - 1 < o.end)) start--;
    if (start < place.start && isPlaceServingBody(words.texts.slice(start, place.end))) out = withSpan(out, { start, end: place.end, label: 'ORG' });
  }
  return out;
}

/** Nouns of the houses named for two things, after the name: "the Fox and Hounds pub". */
const HOUSE_NOUNS = /^(?:pub|inn|tavern)$/;

/** A pub named for two things, which the tagger reads as two names: "the Fox and Hounds pub", "the Crown & Anchor inn". */
export function joinHouseNames(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  for (let and = 1; and + 2 < texts.length; and++) {
    if (!/^(?:and|&)$/.test(texts[and]) || !isNameWord(words, and - 1) || !isNameWord(words, and + 1) || !HOUSE_NOUNS.test(texts[and + 2])) continue;
    if (and > 1 && isNameWord(words, and - 2)) continue;
    out = withSpan(out, { start: and - 1, end: and + 2, label: 'LOC' });
  }
  return out;
}

const MAX_UNIT_NAME = 3;

/**
 * A body's national unit or branch, its name followed by a country's code and maybe a legal form:
 * "Brontal Pay UK Ltd", "Rally UK won the seat", one organization whatever the tagger split off
 * ("Brontal" a person, "UK Ltd" a company). Not the code before a name ("the UK Treasury"), nor a
 * place's ("Leeds UK").
 */
export function joinCountryUnits(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  for (let code = 1; code < texts.length; code++) {
    if (!isCountryCode(texts[code]) || (startsUpper(texts[code + 1] ?? '') && !isLegalDesignator(texts[code + 1]))) continue;
    let start = code;
    while (start > 0 && code - start < MAX_UNIT_NAME && isUnitWord(words, start - 1)) start--;
    if (start === code || nameLists().lookup(texts.slice(start, code).join(' ').toLowerCase()) & PLACE_NAME) continue;
    const end = isLegalDesignator(texts[code + 1] ?? '') ? code + 2 : code + 1;
    // A longer name the tagger found keeps its words: "Alzheimer's Research UK".
    if (out.some((o) => o.start < start && o.end >= end && !texts.slice(o.start, start).some((w) => /^(?:and|,)$/.test(w)))) continue;
    // A list the tagger ran into the name keeps its names before it: "[Conservatives and] Reform UK".
    out = withListedName(words, out, { start, end, label: 'ORG' });
  }
  return out;
}

function isUnitWord(words: Words, i: number): boolean {
  const text = words.texts[i];
  // Not a sentence's last word ("on X. Reform UK"), nor a word in capitals ("OK UK").
  return /^\p{Lu}[\p{Ll}\p{Lu}&'’-]*\p{Ll}[\p{L}&'’-]*$/u.test(text) && !FUNCTION_WORDS.has(words.pos[i]) && !isTitleWord(text) && !isCalendarWord(text);
}

/**
 * A body of a sport or a field named by its noun and its country, opening a sentence before one of its officers:
 * "Swimming Australia chief executive …", "Literature Wales chief executive …", where the tagger found the place alone.
 */
export function joinFieldBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  const { texts, pos } = words;
  // (Opening the sentence, or what follows a dateline's dash.)
  const opens = (k: number) => k === 0 || /^[-–—]$/.test(texts[k - 1]);
  const country = spans.find((s) => s.end === s.start + 1 && s.start > 0 && opens(s.start - 1));
  if (!country || !isBodyOfficer(texts[country.end] ?? '') || !(nameLists().lookup(texts[country.start].toLowerCase()) & (COUNTRY | PLACE_NAME))) return [...spans];
  const field = country.start - 1;
  if (!/^\p{Lu}\p{Ll}+$/u.test(texts[field]) || !/^(?:NOUN|PROPN|VERB)$/.test(pos[field]) || isTitleWord(texts[field]) || isCalendarWord(texts[field])) return [...spans];
  return withSpan(spans, { start: field, end: country.end, label: 'ORG' });
}

const MAX_DISTRICT_PART = 2;
/** A police force's last word: "Police", "Constabulary". */
const POLICE_FORCE = /^(?:Police|Constabulary)$/;

/** The last word of a canal or a railway named for the two places it joins: "the Kennet and Avon Canal". */
const LINK_HEAD = /^(?:Canal|Navigation|Railway)$/;

/**
 * An electoral district named for two places, "Ashby and Colne", one place whatever the tagger made of the parts; its
 * council one body, and a canal or railway between them one place.
 */
export function joinDistricts(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  for (let and = 1; and + 1 < texts.length; and++) {
    if ((texts[and] !== 'and' && texts[and] !== '&') || !isNameWord(words, and - 1) || !isNameWord(words, and + 1)) continue;
    let end = and + 1;
    while (end < texts.length && end - and <= MAX_DISTRICT_PART && isNameWord(words, end) && !isCouncilKind(texts[end]) && texts[end] !== 'Council' && !POLICE_FORCE.test(texts[end]) && !LINK_HEAD.test(texts[end])) end++;
    // "Dumfries and Galloway Council", "Fenwick and Ormsby Borough Council": the council of a district named for two places;
    // "Devon and Cornwall Police", "Avon and Somerset Constabulary": the police force of two counties.
    const kind = isCouncilKind(texts[end] ?? '') ? 1 : 0;
    const police = POLICE_FORCE.test(texts[end] ?? '');
    const council = texts[end + kind] === 'Council' || police;
    if (council) end += police ? 1 : kind + 1;
    let start = and - 1;
    while (start > 0 && and - start < MAX_DISTRICT_PART && isNameWord(words, start - 1)) start--;
    // "the Harrowby and Lenton Canal", "the Harrowby & Lenton Canal": a waterway after its article.
    const link = LINK_HEAD.test(texts[end] ?? '') && /^the$/i.test(texts[start - 1] ?? '');
    if (link) end++;
    if (texts[and] === '&' && !link) continue;
    // "the member for Tarn and Lochside", "MSP for Spey and Cairngorm": a seat an office is for.
    if (!council && !link && !isSeatAt((i) => texts[i], start) && !isDistrictNounAt((i) => texts[i], end)) continue;
    out = withSpan(out, { start, end, label: council ? 'ORG' : 'LOC' });
    and = end;
  }
  return out;
}

const TRADE_BODY_HEADS = /^(?:Union|Federation|Association|Guild|Society|Alliance|Confederation)$/;
/** Plural names of trades no word list may hold: "Dockers", "Shipwrights", "Boilermakers". */
const TRADE_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|wrights|smiths|men)$/u;
const MAX_TRADE_NAME = 4;

/**
 * A body named for two trades, which the tagger splits at "and": "the Steel and Allied Trades Union", "the Dockers
 * and General Workers Union" (a trade's word, "and", capitalized words to a union's head); and a fire service:
 * "North Valley Fire and Rescue", "Kelby Fire & Rescue Service".
 */
export function joinTradeBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  // (Never cutting a longer name short: "Fire & Rescue Review", a magazine.)
  const join = (span: NerSpan) => {
    if (!out.some((o) => o.start <= span.start && span.end <= o.end)) out = withSpan(out, span);
  };
  for (let and = 1; and + 1 < texts.length; and++) {
    if (!/^(?:and|&)$/.test(texts[and]) || !isNameWord(words, and - 1) || !startsUpper(texts[and + 1] ?? '')) continue;
    if (texts[and - 1] === 'Fire' && texts[and + 1] === 'Rescue') {
      let start = and - 1;
      while (start > 0 && and - start < MAX_TRADE_NAME && isNameWord(words, start - 1)) start--;
      join({ start, end: and + 2 + Number(/^(?:Service|Authority)$/.test(texts[and + 2] ?? '')), label: 'ORG' });
      continue;
    }
    const trade = isSometimesLowerCase(texts[and - 1]) || TRADE_PLURAL.test(texts[and - 1]);
    if (!trade || isNameWord(words, and - 2)) continue;
    let end = and + 1;
    // (Over a title's word too: "General"; and a plural's apostrophe: "the Harbour and Dock Workers' Union".)
    while (end < texts.length && end - and <= MAX_TRADE_NAME && (startsUpper(texts[end]) || isPossessive(texts[end])) && !TRADE_BODY_HEADS.test(texts[end - 1])) end++;
    if (TRADE_BODY_HEADS.test(texts[end - 1])) join({ start: and - 1, end, label: 'ORG' });
  }
  return out;
}

/**
 * A building and the street it stands on, which the tagger ran into one name: "the Deccan Chess Academy on Karve Road",
 * "the Post Office on Church Street" are two.
 */
export function splitAtStreet(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    const at = words.texts.indexOf('on', span.start + 2);
    if (at < 0 || at + 1 >= span.end || !isStreetWord(words.texts[span.end - 1])) return [span];
    const head = words.texts[at - 1];
    if (!startsUpper(head) || !(isFacilityHead(head) || isInstitutionHead(head) || isBodyHead(head))) return [span];
    return [{ ...span, end: at }, { start: at + 1, end: span.end, label: 'LOC' as const }];
  });
}

/** A seat the tagger ran into the body its member sits in: "Member of [Parliament for Dunhollow]" is a body and a place. */
export function splitSeats(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    const at = words.texts.indexOf('for', span.start + 1);
    if (at < 0 || at + 1 >= span.end || !isSeatAt((i) => words.texts[i], at + 1)) return [span];
    return [{ ...span, end: at }, { start: at + 1, end: span.end, label: 'LOC' as const }];
  });
}

const SAINT_WORD = /^(?:St\.?|Saint|Ste\.?)$/;
const MAX_SAINT_NAME = 2;
const MAX_INSTITUTION_WORDS = 3;

/**
 * An institution named for a saint, which the tagger splits at the possessive: "St Brigid's Primary
 * School", "St. Mary's Hospital" (the saint's name, "'s" and capitalized words to a facility's or a
 * body's head), one organization.
 */
export function joinSaintsInstitutions(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  for (let saint = 0; saint + 3 < texts.length; saint++) {
    if (!SAINT_WORD.test(texts[saint])) continue;
    let possessive = saint + 1;
    while (possessive < texts.length && possessive - saint <= MAX_SAINT_NAME && startsUpper(texts[possessive])) possessive++;
    if (possessive === saint + 1 || !isPossessive(texts[possessive] ?? '')) continue;
    let end = possessive + 1;
    while (end < texts.length && end - possessive <= MAX_INSTITUTION_WORDS && startsUpper(texts[end])) end++;
    // "St. Peter's Square", "St Paul's Cathedral": a place or building named for the saint.
    const site = isFacilityHead(texts[end - 1]);
    if (end === possessive + 1 || !(isInstitutionHead(texts[end - 1]) || site)) continue;
    out = withSpan(out, { start: saint, end, label: site && !isInstitutionHead(texts[end - 1]) ? 'LOC' : 'ORG' });
    saint = end - 1;
  }
  return out;
}

/** Heads of bodies named for what they deal with: "Department of Housing and Urban Development". */
const DOMAIN_BODY = /^(?:Department|Ministry|Secretariat|Office|Chamber|Commission|Committee|Agency|Board|Bureau|Authority|Institutes?|School|College|Faculty|Council|Centers?|Centres?|Alliance|Association|Federation|Union|Guild|Society|League)$/;
const MAX_DOMAIN_WORDS = 3;

/**
 * A body's name the tagger cut short after its head or its domain, or before its domain: "[Superior
 * Court] of the [District of Columbia]" (a body's word before "of the" and a name), "[Department of
 * Housing] and [Urban Development]", "[Ministry of Trade] and Industry" (common words after "and",
 * not a name: "the Department of Energy and Exxon"), "Centers for [Disease Control and Prevention]".
 */
export function joinBodyDomains(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  for (const span of spans) {
    // (A school the tagger took for a building: "[London School] of Economics".)
    const body = span.label === 'ORG' || (span.label === 'LOC' && DOMAIN_BODY.test(words.texts[span.end - 1]));
    if (!body || !out.includes(span)) continue;
    const [start, end] = [Math.min(domainStart(words, span), listedDomainsStart(words, span)), domainEnd(words, span)];
    if (start < span.start || end > span.end) out = withSpan(out, { start, end, label: 'ORG' });
  }
  return out;
}

/** Last words of bodies named by their members: "Guild", "Union". */
const MEMBERS_BODY = /^(?:Guild|Union|Alliance|Association|Federation|Society|League|Coalition|Syndicate)$/;
const MAX_MEMBERS_WORDS = 3;

/**
 * A body named by its members that the tagger missed, or of which it took only the place: "the Screen
 * Actors Guild", "the Writers Guild of [America]" (capitalized words after "the" up to a members'
 * body's head, and what it is of).
 */
export function membersBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  const inSpan = (i: number) => out.some((s) => s.start <= i && i < s.end);
  for (let head = 1; head < texts.length; head++) {
    if (!MEMBERS_BODY.test(texts[head]) || inSpan(head)) continue;
    let start = head;
    while (start > 0 && head - start < MAX_MEMBERS_WORDS && isNameWord(words, start - 1) && !inSpan(start - 1)) start--;
    if (start === head || !/^the$/i.test(texts[start - 1] ?? '')) continue;
    const end = texts[head + 1] === 'of' && isNameWord(words, head + 2) ? nameEnd(words, head + 2) : head + 1;
    out = withSpan(out, { start, end, label: 'ORG' });
    head = end;
  }
  return out;
}

/** "from" before a name, with or without its article: a route's start. */
function isRouteFrom(texts: readonly string[], start: number): boolean {
  const before = /^the$/i.test(texts[start - 1] ?? '') ? start - 2 : start - 1;
  return /^from$/i.test(texts[before] ?? '');
}

/** Heads of bodies named for their purpose with "to": "Committee to Protect Journalists". */
const PURPOSE_BODY = /^(?:Committee|Council|Commission|Campaign|Coalition|Alliance|Fund|Foundation|Movement|Network|Society|Project|Initiative|Partnership|Centre|Center)$/;
const MAX_PURPOSE_WORDS = 4;

/**
 * A body named for its purpose, which the tagger cut at "to": "[Committee] to [Protect Journalists]",
 * "the Global Campaign to End Child Labour" (capitalized words on both sides of "to"; not a route's two ends: "from the
 * Dunmore Transit Center to Saint Anselm Medical Center").
 */
export function joinPurposeBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  for (let head = 0; head + 2 < texts.length; head++) {
    if (!PURPOSE_BODY.test(texts[head]) || texts[head + 1] !== 'to' || !startsUpper(texts[head + 2])) continue;
    let end = head + 3;
    while (end < texts.length && end - head - 2 < MAX_PURPOSE_WORDS && isNameWord(words, end)) end++;
    if (end === head + 3) continue;
    let start = head;
    while (start > 0 && head - start < MAX_DOMAIN_WORDS && isNameWord(words, start - 1)) start--;
    if (isRouteFrom(texts, start) && (isInstitutionHead(texts[end - 1]) || isFacilityHead(texts[end - 1]))) continue;
    out = withSpan(out, { start, end, label: 'ORG' });
    head = end;
  }
  return out;
}

/**
 * A conference of members the tagger cut at "of": "[Tarnia] Conference of [Catholic Bishops]", one
 * body (the members a plural after capitals), not a conference held somewhere ("a Conference of the Parties" stays an event).
 */
export function joinMembersConferences(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  for (let head = 1; head + 2 < texts.length; head++) {
    if (texts[head] !== 'Conference' || texts[head + 1] !== 'of' || !isNameWord(words, head - 1)) continue;
    let end = head + 2;
    while (end < texts.length && end - head <= MAX_DOMAIN_WORDS + 1 && isNameWord(words, end)) end++;
    if (end === head + 2 || !/\p{Ll}s$/u.test(texts[end - 1])) continue;
    let start = head;
    while (start > 0 && head - start < MAX_DOMAIN_WORDS && isNameWord(words, start - 1)) start--;
    out = withSpan(out, { start, end, label: 'ORG' });
    head = end;
  }
  return out;
}

/**
 * The end of a name from `from` over its own "of" ("Protection of the Constitution"), not over "and":
 * "the Writers Guild of America West and SAG-AFTRA" are two.
 */
function nameEnd(words: Words, from: number): number {
  const { texts } = words;
  let end = from;
  for (;;) {
    if (isNameWord(words, end)) end++;
    else if (texts[end] === 'of' && texts[end + 1] === 'the' && isNameWord(words, end + 2)) end += 2;
    else if (texts[end] === 'of' && isNameWord(words, end + 1) && end > from) end++;
    else return end;
  }
}

/**
 * Where a body's name starts whose head the tagger left out before its domain: "[Centers for] Disease
 * Control and Prevention", "[the Centre for the] Study of Conflict".
 */
function domainStart(words: Words, span: NerSpan): number {
  const { texts } = words;
  // (Not over "of the": "the Tern Institute of the Danish Academy" names its parent.)
  const the = texts[span.start - 1] === 'the' && texts[span.start - 2] === 'for' ? 1 : 0;
  if (!/^(?:for|of)$/.test(texts[span.start - 1 - the] ?? '') || !DOMAIN_BODY.test(texts[span.start - 2 - the] ?? '')) return span.start;
  let start = span.start - 2 - the;
  while (start > 0 && span.start - start <= MAX_DOMAIN_WORDS + 2 && isNameWord(words, start - 1)) start--;
  return start;
}

/** A capitalized plural noun for people by their work: "Interpreters", "Translators", "Chemists". */
function isPeoplePlural(word: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && isAgentNoun(word.slice(0, -1).toLowerCase());
}

/**
 * A body's name and a name after "and" that the tagger ran together: "[Bank of England] and
 * [Barclays]", "[Department of Energy] and [Exxon]" (words after "and" never written in lower case),
 * but not "Department of Housing and Urban Development" or "Law Society of England and Wales".
 */
export function splitBodyLists(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    const { texts } = words;
    const of = texts.indexOf('of', span.start);
    const and = texts.indexOf('and', of + 2);
    if (span.label !== 'ORG' || of < 0 || and < 0 || and + 1 >= span.end) return [span];
    // A body's or a business's word is part of the name: "Department of Banking and Securities"; a name of its own opens
    // another ("[Federal Bureau of Investigation] and [Zorvath Forensics]").
    const proper = (w: string) => startsUpper(w) && !isDomainWord(w) && !isBusinessWord(w) && !(nameLists().lookup(w.toLowerCase()) & ORG_WORD);
    // (Two kinds of people it is of are one name: "Association of Court Interpreters and Translators".)
    const kinds = and + 2 === span.end && isPeoplePlural(texts[and - 1]) && isPeoplePlural(texts[and + 1]);
    const named = proper(texts[and + 1]) && texts.slice(and + 2, span.end).every(startsUpper) && !kinds;
    const places = (i: number) => (nameLists().lookup(texts[i].toLowerCase()) & PLACE_NAME) !== 0;
    if (!named || (places(and - 1) && places(and + 1))) return [span];
    return [{ ...span, end: and }, { start: and + 1, end: span.end, label: span.label }];
  });
}

function domainEnd(words: Words, span: NerSpan): number {
  const { texts } = words;
  const bodyWordIn = (from: number, to: number) => texts.slice(from, to).some((w) => startsUpper(w) && (nameLists().lookup(w.toLowerCase()) & ORG_WORD) !== 0);
  // A body's word heads the name, last or before its own "of": "Superior Court", "Court of Justice".
  if (texts[span.end] === 'of' && texts[span.end + 1] === 'the' && bodyWordIn(span.start, span.end)) {
    // The name after "of the", over its own linking words: "District of Columbia".
    let end = span.end + 2;
    while (isNameWord(words, end) || (/^(?:of|and)$/.test(texts[end]) && isNameWord(words, end + 1) && end > span.end + 2)) end++;
    // A body of its own after a unit's full name is its parent, no part of the name: "the Mammal Research
    // Institute of the Polish Academy of Sciences" (but "Court of Justice of the European Union").
    if (bodyWordIn(span.end + 2, end) && span.end - span.start >= 2 && !texts.slice(span.start, span.end).includes('of')) return span.end;
    // (… and a list of its domains: "Ministry of the Environment[, Conservation and Parks]".)
    if (end > span.end + 2 && texts[end] === ',' && DOMAIN_BODY.test(texts[span.end - 1])) return domainListEnd(words, end);
    return end > span.end + 2 ? end : span.end;
  }
  // "[Ottawa Board] of Trade", "[London School] of Economics", "[Independent Office] for Police Conduct": a body's head
  // before "of" or "for" and its domain, common words in capitals ending the name (over one "and": "for Policing and Crime").
  if ((texts[span.end] === 'of' || texts[span.end] === 'for') && DOMAIN_BODY.test(texts[span.end - 1])) {
    const end = domainWordsEnd(words, span.end + 1);
    if (end > span.end + 1 && texts[end] === 'and') {
      const more = domainWordsEnd(words, end + 1);
      if (more > end + 1) return more;
    }
    if (end > span.end + 1) return end;
  }
  // "[Federal Office] for the Protection of the Constitution": a body's head before "for the" and what it is for.
  if (texts[span.end] === 'for' && texts[span.end + 1] === 'the' && DOMAIN_BODY.test(texts[span.end - 1])) {
    const end = nameEnd(words, span.end + 2);
    return end > span.end + 2 ? end : span.end;
  }
  const domain = texts.slice(span.start, span.end).findIndex((w) => w === 'of' || w === 'for');
  if (domain < 1 || !DOMAIN_BODY.test(texts[span.start + domain - 1])) return span.end;
  if (texts[span.end] === ',') return domainListEnd(words, span.end);
  if (texts[span.end] !== 'and') return span.end;
  const end = domainWordsEnd(words, span.end + 1);
  return end > span.end + 1 ? end : span.end;
}

/**
 * Where a domain's words from `from` end, common words in capitals ("Trade", "Economics"), at most MAX_DOMAIN_WORDS; `from`
 * where none, or where a name goes on after them: not "Ministry of Trade and Industry officials" cut before a capitalized word.
 */
function domainWordsEnd(words: Words, from: number): number {
  const domain = (i: number) => isNameWord(words, i) && isDomainWord(words.texts[i]);
  let end = from;
  // (A body's word only before another domain word: "for Police Conduct".)
  while (end - from < MAX_DOMAIN_WORDS && domain(end) && (!(nameLists().lookup(words.texts[end].toLowerCase()) & ORG_WORD) || domain(end + 1))) end++;
  return isNameWord(words, end) ? from : end;
}

/**
 * Where a body's name starts that lists its domains before its head, which the tagger cut at the first
 * comma: "[Foreign, ]Commonwealth and Development Office", "[Fish, ]Wildlife and Parks Department"
 * (common words in capitals; not a list of names: "Zenith, Access and First Bank").
 */
function listedDomainsStart(words: Words, span: NerSpan): number {
  const { texts } = words;
  const inner = texts.slice(span.start, span.end - 1);
  // (… a service's too: "the Advisory, Conciliation and Arbitration Service".)
  const head = DOMAIN_BODY.test(texts[span.end - 1]) || texts[span.end - 1] === 'Service';
  if (!head || !inner.includes('and') || !inner.every((w) => w === 'and' || isDomainWord(w))) return span.start;
  let start = span.start;
  while (texts[start - 1] === ',' && isNameWord(words, start - 2) && isDomainWord(texts[start - 2])) start -= 2;
  return start > 0 && isNameWord(words, start - 1) ? span.start : start;
}

/**
 * Where a list of a body's domains that goes on at `comma` ends: "Department for Culture[, Media
 * and Sport]", "Ministry of Housing[, Communities and Local Government]" (common words in capitals,
 * the last after "and"); `comma` itself when none does ("the Department for Education, Ofsted and …").
 */
function domainListEnd(words: Words, comma: number): number {
  const { texts } = words;
  const domainWord = (i: number) => isNameWord(words, i) && isDomainWord(texts[i]);
  let end = comma;
  while (texts[end] === ',' || texts[end] === 'and') {
    // (A serial comma before "and": "Department of Environment, Great Lakes, and Energy".)
    if (texts[end] === ',' && texts[end + 1] === 'and') end++;
    const last = texts[end] === 'and';
    let next = end + 1;
    while (next - end <= MAX_DOMAIN_WORDS && domainWord(next)) next++;
    if (next === end + 1) return comma;
    end = next;
    if (last) return isNameWord(words, end) ? comma : end;
  }
  return comma;
}

const MAX_COUNCIL_PLACE = 3;

/**
 * A local council as British papers write it, the place's name capitalized and the rest not:
 * "Varnley city council", "Pellow borough council", one organization, whatever the tagger made of
 * the place; and one written in capitals the tagger cut after its place: "[Fenwick Falls] [Town Council]".
 */
export function joinLowerCaseCouncils(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const { texts } = words;
  for (let council = 1; council < texts.length; council++) {
    // Its kind named: a place's "council" alone is as often a description ("the North Varnley council").
    const lower = texts[council] === 'council' && /^\p{Ll}/u.test(texts[council - 1]) && isCouncilKind(texts[council - 1]);
    const kind = council - 1;
    // (Capitalized only where no span holds the council whole already: "Kelby's Bay Regional Council".)
    const capital = texts[council] === 'Council' && /^\p{Lu}/u.test(texts[kind]) && isCouncilKind(texts[kind]) && !out.some((o) => o.start < kind && o.end > council);
    if (!lower && !capital) continue;
    let start = kind;
    while (start > 0 && kind - start < MAX_COUNCIL_PLACE && isNameWord(words, start - 1) && !isCalendarWord(texts[start - 1])) start--;
    // Not a council one party runs: "a Labour council".
    if (start === kind || /^an?$/i.test(texts[start - 1] ?? '')) continue;
    out = withSpan(out, { start, end: council + 1, label: 'ORG' });
  }
  return out;
}

/** Facilities named by their kind and the place they serve: "Port of Beira", "Airport of Lima". */
const KIND_OF_PLACE = /^(?:Port|Airport|Harbour|Harbor)$/;

/**
 * A port named "Port of" a place, which the tagger reads as the word "Port" and the place apart, or
 * the place alone: "the Port of Walvis Bay", "Port of Korvik-Halsted chief executive …". One facility.
 */
export function joinPortsOf(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  for (let i = 0; i + 2 < words.texts.length; i++) {
    if (!KIND_OF_PLACE.test(words.texts[i]) || words.texts[i + 1] !== 'of') continue;
    const place = out.find((o) => o.start === i + 2 && o.label !== 'PER');
    // (Its authority where a title follows: "the Port of Ostra president".)
    if (place) out = withSpan(out, { start: i, end: place.end, label: isTitleWord(words.texts[place.end] ?? '') ? 'ORG' : 'LOC' });
  }
  return out;
}

/**
 * A body's head and "of" the tagger left out before what it is of: "the [Confederation of] Irish Industry", one
 * organization (a span of its own before them stays: "[Bank] of [England]" is joined elsewhere); and the prosecuting
 * office of England's, Ireland's or Australia's kind: "the [Director of] Public Prosecutions".
 */
export function joinBodyHeadsOf(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  return spans.map((span) => {
    const head = span.start - 2;
    const office = words.texts[head] === 'Director' && words.texts[span.end - 1] === 'Prosecutions';
    if (head < 0 || words.texts[span.start - 1] !== 'of' || !(BODY_OF.test(words.texts[head]) || office) || spans.some((o) => o.start <= head && head < o.end)) return span;
    return { start: head, end: span.end, label: 'ORG' };
  });
}

const MAX_PURPOSE_NAME = 4;

/** Heads of groups named for a cause after "for" or "Against": "Alliance for Clean Air", "Residents for Safe Streets", "Mothers Against Drink Driving". */
const CAUSE_BODY_HEADS = /^(?:Alliance|Coalition|Campaign|Movement|Network|Partnership|Fund|Foundation|Centre|Center)$/;
const isCauseHead = (word: string) => CAUSE_BODY_HEADS.test(word) || isPeopleGroupHead(word);

/**
 * A body's name the tagger ended at its head before "for" and what the body is for: "[Directorate-General] for
 * Competition", "[Commission] for Postal Regulation", "the Office for National Statistics" (the head a body's, or its
 * "-General"); or a group's before its cause: "[Dayton Neighbors] for Clean Air", "[Mothers] Against Drink Driving"; or
 * an award's before what it is for: "the [Heron Award] for Patient Safety".
 */
export function joinBodiesFor(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  for (const span of spans) {
    // (A group's head may follow, untagged: "[Rockford] Residents for Safe Streets".)
    let at = span.end;
    while (at - span.end < MAX_PURPOSE_NAME && isNameWord(words, at) && !isCauseHead(words.texts[at - 1])) at++;
    const link = words.texts[at];
    if (span.label === 'PER' || (link !== 'for' && link !== 'Against')) continue;
    const head = words.texts[at - 1].replace(/-General$/, '');
    const award = isAwardHead(head) && link === 'for' && at === span.end;
    if (!(isCauseHead(head) || award || (BODY_OF.test(head) && link === 'for' && span.label === 'ORG' && at === span.end))) continue;
    const first = words.texts[at + 1] === 'the' ? at + 2 : at + 1;
    // Not where something leaves for: "left the Okonkwo Hospital for Ibadan", "the Commission for Brussels".
    if (nameLists().lookup(words.texts[first]?.toLowerCase() ?? '') & PLACE_NAME) continue;
    // (Over its own "of": "U.S. Bankruptcy Court for the District of Delaware".)
    const end = nameEnd(words, first);
    if (end > first && end - first <= MAX_PURPOSE_NAME + 2) out = withSpan(out, { start: span.start, end, label: award ? 'MISC' : 'ORG' });
  }
  return out;
}

/**
 * A company's name the tagger ran on over "for" and what it was chosen for: "chose [Harwick Steel Group] for the Tarrant
 * programme", or the company a bid is for: "[Torrance Dynamics] for [Pellham Industries]" (not a body named for its
 * cause: "Centre for the Study of Rivers", "Citizens Group for Safer Roads").
 */
export function splitCompaniesFor(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    if (span.label !== 'ORG') return span;
    // (Looked for inside the span only: asked of every tagged body.)
    let at = span.start + 2;
    while (at < span.end - 1 && words.texts[at] !== 'for') at++;
    if (at >= span.end - 1) return span;
    const tail = words.texts[at - 1];
    const firm = (w: string) => isCompanyTail(w.toLowerCase()) || isLegalDesignator(w);
    // (… or another company after it: "from [Torrance Dynamics for Pellham Industries]", a bid for it.)
    const other = firm(words.texts[span.end - 1]) && startsUpper(words.texts[at + 1]);
    if (!(firm(tail) || other) || isCauseHead(tail) || isUsuallyLowerCase(words.texts[span.start])) return span;
    return other ? [{ ...span, end: at }, { ...span, start: at + 1 }] : { ...span, end: at };
  });
}

/** Last words of places named with a possessive: "Hawke's Bay", "King's Cross", "Martha's Vineyard", "Fisherman's Wharf". */
const POSSESSIVE_PLACE_HEADS = /^(?:Bay|Cross|Vineyard|Island|Point|Head|Harbour|Harbor|Landing|Reach|Creek|Cove|End|Beach|Hill|Lynn|Wood|Inn|Wharf|Quay|Channel|Sound)$/;

/**
 * A place named with a possessive, which the tagger reads as an owner and a place ("[Hawke] 's [Bay]"): one place,
 * or one body where a body's name goes on from it ("Hawke's Bay Regional Council").
 */
export function joinPossessivePlaces(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  for (let i = 0; i + 2 < words.texts.length; i++) {
    if (!POSSESSIVE_PLACE_HEADS.test(words.texts[i + 2]) || !/^['’]s$/.test(words.texts[i + 1]) || !/^\p{Lu}\p{Ll}+$/u.test(words.texts[i])) continue;
    // Not a place's possessive ("Norway's Harbour Regulation"), nor a head that opens another name.
    if (nameLists().lookup(words.texts[i].toLowerCase()) & PLACE_NAME) continue;
    const after = out.find((o) => o.start === i + 2);
    const body = after !== undefined && after.label === 'ORG' && after.end > i + 3;
    if (after !== undefined && after.end > i + 3 && !body) continue;
    out = withSpan(out, { start: i, end: body ? after.end : Math.max(i + 3, after?.end ?? 0), label: body ? 'ORG' : 'LOC' });
  }
  return out;
}

