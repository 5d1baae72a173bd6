/**
 * A name runs over all its capitalized words: the tagger sometimes tags only part of one
 * ("Advanced [Micro] Devices", "[BlackBerry] Q10", "Ka'Loni [Marie Flynn]"). Spans grow over
 * adjacent capitalized words it left untagged, but never over a title, a weekday or a month, nor a
 * person's over the office before it ("Secretary of State [Kim Lee]"), a common noun or a
 * nationality. A person split in two by the tagger ("[Wanjiru]ORG [Kamau]PER") or by a quoted
 * nickname is joined back. Not for headings, where every word is capitalized.
 */
import { COUNTRY, FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isPersonWord, isSometimesLowerCase, isUsuallyLowerCase, nameLists, type NerSpan } from '../ner/tagger';
import { isAcronym } from './acronyms';
import { isCalendarWord, isShortMonth } from './calendar';
import { isRoleModifier, isTitleOnlyModifier, isTitleWord } from './titles';
import { isSurnameParticle } from './surnames';
import { isDemonymNoun, isHyphen, isPhotoWord, isPossessive, isRoyalTitle, isStreetWord, type Words } from './words';
import { isPeopleOwner } from './spans';
import { startsLower, startsUpper } from '../nlp/letters';
import { BODY_OF, isBodyEventHead, isBodyHead, isDocumentHead, isEnglishPlacePrefix, isEventHead, isLawHead, isModelNumber, isProductNoun, isPublicationHead, isRomanceBodyHead, isTownHead, isVillageName } from './types';
import { isFamilyFirmWord } from './companies';
import { isShoutedWord } from './untagged';
import { countryOfDemonym } from './owners';


/** Parts of speech no name word has: a capitalized "In", "Is" or "Their" starts a sentence or a headline word. */
export const FUNCTION_WORDS = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'SCONJ']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A capitalized word: a proper noun, or any content word after the sentence's first (where
 * capitals are the rule, also behind an opening quote or bullet).
 */
export function isNameWord(words: Words, i: number): boolean {
  const text = words.texts[i];
  if (text === undefined || !startsUpper(text) || isTitleWord(text) || isCalendarWord(text) || isShortMonth(text) || text === 'I') return false;
  if (FUNCTION_WORDS.has(words.pos[i])) return false;
  return words.pos[i] === 'PROPN' || i > firstWord(words);
}

const firstWords = new WeakMap<Words, number>();

/** Index of the sentence's first word (behind any opening quotes or bullets). */
function firstWord(words: Words): number {
  let first = firstWords.get(words);
  if (first === undefined) {
    first = words.texts.findIndex((w) => LETTER_OR_DIGIT.test(w));
    firstWords.set(words, first);
  }
  return first;
}


/** The number of a bill or a union's local after its name: "House Bill 1123", "Culinary Workers Union Local 226". */
function isBillNumber(words: Words, i: number): boolean {
  return /^\d+$/.test(words.texts[i]) && /^(?:Bill|Resolution|Local)$/.test(words.texts[i - 1] ?? '');
}

/** A number between a name and a product noun: "5" in "Ariane 5 rocket", "737" in "Boeing 737 jets". */
function isProductNumber(words: Words, i: number): boolean {
  const next = words.texts[i + 1];
  return /^\d+$/.test(words.texts[i]) && next !== undefined && startsLower(next) && isProductNoun(next.replace(/s$/, ''));
}

const DEMONYM_ENDING = /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u;

/** "Austrian Andreas Lind", "Minnesotan Ivo Lind": a nationality before a person, which is no listed name ("Christian", "Sullivan"). */
function isDemonym(word: string): boolean {
  return isDemonymNoun(word) || (DEMONYM_ENDING.test(word) && !(nameLists().lookup(word.toLowerCase()) & (FIRST_NAME | LAST_NAME)));
}

/**
 * Capitalized words after "<title> of" or "for" name an office ("Secretary of State", "Minister for Health",
 * "Secretary of State for Energy"), not the person after them.
 */
function isOfficeDomain(words: Words, start: number): boolean {
  if (start < 2 || !/^(?:of|for)$/.test(words.texts[start - 1])) return false;
  return isTitleWord(words.texts[start - 2]) || (words.texts[start - 1] === 'for' && isOfficeDomain(words, start - 2));
}

/** Heads before "of" and a place that make one body's name: "Port of Barcelona", "University of Ostra". */
const BODY_BEFORE_OF_PLACE = /^(?:Port|University|Archdiocese|Diocese)$/;
/** Kinds of a British council's area named before "of" and its place: "City of Edinburgh Council", "East Riding of Yorkshire Council". */
const COUNCIL_AREA_BEFORE_OF = /^(?:City|Riding|Borough|County)$/;
/** Heads of a council's name. */
const COUNCIL_HEADS = /^(?:Council|Corporation)$/;
/** Heads a body's name puts before "of the": "Organization of the Petroleum Exporting Countries", "Council of the European Union", "Friends of the Earth", "Sisters of the Holy Cross". */
const BODY_BEFORE_OF_THE = /^(?:Organi[sz]ation|Friends|Union|Association|League|Federation|Confederation|Alliance|Council|Society|Bank|Church|Order|Forces|Sisters|Brothers|Daughters|Knights|Servants)$/;

/** How many capitalized common words an office's domain may have before its title ("Economic Development Minister"). */
const MAX_DOMAIN_WORDS = 3;

/** Whether capitalized common words from `i` run into a title: "Economic Development Minister", "Health and Social Care Secretary". */
function opensOffice(words: Words, i: number): boolean {
  for (let j = i; j < i + MAX_DOMAIN_WORDS && j < words.texts.length; j++) {
    if (words.texts[j] !== 'and' && !(isNameWord(words, j) && isSometimesLowerCase(words.texts[j]))) return false;
    if (j > i && isTitleWord(words.texts[j + 1] ?? '')) return true;
  }
  return false;
}

export function extendSpans(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  const covered = new Uint8Array(words.texts.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  return spans.map((span) => {
    let { start, end } = span;
    // A capitalized common noun beside a person is a title or a description ("Comedian", "First
    // Lady", "Senators"), not part of the name; organizations take theirs in ("Lumen Systems"),
    // but not a sentence's first word, capitalized only by its place ("Top United Nations …").
    const canTake = (i: number) =>
      isNameWord(words, i) &&
      // "(AP Photo/Ana Ruiz)": the credit's word after the agency.
      !(isPhotoWord(words.texts[i]) && words.texts[i + 1] === '/') &&
      // (A town's last word after its first goes with it, though it is a verb too: "Ashworth Falls".)
      !((span.label === 'PER' || i === firstWord(words)) && isUsuallyLowerCase(words.texts[i]) && !(i === end && i === start + 1 && isTownHead(words.texts[i]))) &&
      !(span.label === 'PER' && i < start && isDemonym(words.texts[i]));
    // A word right before a title belongs to the title ("U.S. [Assistant Secretary]"), but a town's last word ("Ashby Falls Mayor").
    // (… and so do a place's office's words: "Saskatchewan [Economic Development Minister]".)
    const beforeTitle = (i: number) =>
      (i + 1 < words.texts.length && isTitleWord(words.texts[i + 1]) && !(i === start + 1 && isTownHead(words.texts[i]))) || (span.label === 'LOC' && opensOffice(words, i));
    while (end < words.texts.length && !covered[end] && ((canTake(end) && !beforeTitle(end)) || isModelNumber(words.texts[end]) || isProductNumber(words, end) || isBillNumber(words, end))) {
      covered[end] = 1;
      end++;
    }
    // "Dorran Tool & Die", "Ostra & Sons": a firm's name goes on over "&" and the word that ends such names;
    // "Jurek & Young": a surname and "&" and one more name make a firm (news joins two people with "and").
    const partner = () => (span.label === 'PER' ? end - start === 1 && isNameWord(words, end + 1) && !isNameWord(words, end + 2) : FIRM_ENDS.test(words.texts[end + 1] ?? ''));
    const firm = words.texts[end] === '&' && !covered[end + 1] && partner();
    if (firm) {
      covered.fill(1, end, end + 2);
      end += 2;
    }
    let left = start;
    const takeLeft = () => {
      while (left > 0 && !covered[left - 1] && canTake(left - 1) && !isTitleOnlyModifier(words.texts[left - 1])) left--;
    };
    takeLeft();
    // "[Competition and] Markets Authority": a capitalized common noun and "and" open a body's name
    // (a name before "and" would be a list's: "Kelmar and Ostra Bank", "Zenith, Access and First Bank").
    const and = words.texts[left - 1];
    const listed = words.texts[left - 3] === ',' || (left >= 3 && covered[left - 3] === 1);
    if (span.label === 'ORG' && (and === 'and' || and === '&') && left >= 2 && !listed && !covered[left - 2] && canTake(left - 2) && isUsuallyLowerCase(words.texts[left - 2])) {
      left -= 2;
      takeLeft();
    }
    // "Chief Executive [Drew] Marsh": a given name that is also a word, between a title and a surname.
    if (span.label === 'PER' && left === start && start - 2 >= 0 && !covered[start - 1] && isGivenNameWord(words.texts[start - 1]) && isTitleWord(words.texts[start - 2])) left--;
    // "Teenager [Mere] Walker won": a given name no list has, or a listed one that is also a word, before a listed surname.
    if (span.label === 'PER' && left === start && end - start === 1 && start > 0 && !covered[start - 1] && isUnlistedGivenName(words, start - 1) && nameLists().lookup(words.texts[start].toLowerCase()) & LAST_NAME) left--;
    // "[Per] Lindqvist, who coached her": a listed given name that is also a word, before a word listed only as a surname
    // that the tagger took for a body, is a person's name.
    const person = span.label === 'ORG' && left === start && end - start === 1 && start > 0 && !covered[start - 1] && isGivenNameWord(words.texts[start - 1]) && !isTitleWord(words.texts[start - 1]) && nameLists().lookup(words.texts[start].toLowerCase()) === LAST_NAME;
    if (person) left--;
    // A surname's particles the tagger left out, in either case: "De Groot lost", "blamed van Gaal", "de la Fuente said".
    if (span.label === 'PER' && left === start) {
      while (left > 0 && start - left < MAX_PARTICLES && !covered[left - 1] && isSurnameParticle(words.texts[left - 1])) left--;
    }
    if (span.label !== 'PER' || !isOfficeDomain(words, left)) {
      covered.fill(1, left, start);
      start = left;
    }
    // "[Organization] of the [Petroleum Exporting Countries]": a body's head before "of the" is its name's start.
    if (span.label !== 'PER' && left >= 3 && words.texts[left - 1] === 'the' && words.texts[left - 2] === 'of' && BODY_BEFORE_OF_THE.test(words.texts[left - 3]) && !covered[left - 3]) {
      // … with the words before the head: "the Armed Forces of the Norlands".
      let head = left - 3;
      while (head > 0 && !covered[head - 1] && isNameWord(words, head - 1) && !/^the$/i.test(words.texts[head - 1])) head--;
      covered.fill(1, head, start);
      return { ...span, start: head, end, label: 'ORG' as const };
    }
    // "the [City of] Edinburgh Council", "the [East Riding of] Yorkshire Council": a council's area by its kind before "of".
    if (span.label === 'ORG' && left >= 2 && COUNCIL_HEADS.test(words.texts[end - 1]) && words.texts[left - 1] === 'of' && COUNCIL_AREA_BEFORE_OF.test(words.texts[left - 2]) && !covered[left - 2]) {
      const area = left - 2 > 0 && !covered[left - 3] && /^(?:East|West|North|South|Royal)$/.test(words.texts[left - 3]) ? left - 3 : left - 2;
      covered.fill(1, area, start);
      return { ...span, start: area, end };
    }
    // "the [Port] of [Barcelona]": a port's or a university's name before "of" and its place.
    if (span.label === 'LOC' && left >= 2 && words.texts[left - 1] === 'of' && BODY_BEFORE_OF_PLACE.test(words.texts[left - 2]) && !covered[left - 2]) {
      covered.fill(1, left - 2, start);
      return { ...span, start: left - 2, end, label: 'ORG' as const };
    }
    return { ...span, start, end, ...(firm && { label: 'ORG' as const }), ...(person && { label: 'PER' as const }) };
  });
}

/** A capitalized word before a surname that can only be its given name: listed as one ("Summer"), or listed as nothing ("Mere"). */
function isUnlistedGivenName(words: Words, i: number): boolean {
  const word = words.texts[i];
  if (isTitleWord(word) || isCalendarWord(word) || isDemonymNoun(word) || countryOfDemonym(word) !== undefined) return false;
  return isGivenNameWord(word) || (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && nameLists().lookup(word.toLowerCase()) === 0 && /^(?:PROPN|NOUN|ADJ)$/.test(words.pos[i]));
}

/** A capitalized listed given name: "Drew", "Will", "Mark". */
function isGivenNameWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (nameLists().lookup(word.toLowerCase()) & FIRST_NAME) !== 0;
}

/** Words that end firms' names after "&". */
const FIRM_ENDS = /^(?:Sons|Daughters|Partners|Associates|Die|Co\.?|Company)$/;

/** `spans` with `span` in place of those it overlaps, in order; a span that ran into it from a list keeps its part before the list's joint. */
export function withListedName(words: Words, spans: readonly NerSpan[], span: NerSpan): NerSpan[] {
  const before = spans.flatMap((o) => (o.start < span.start && o.end > span.start ? [{ ...o, end: span.start }] : []));
  for (const o of before) while (o.end > o.start && /^(?:,|and|or|&)$/.test(words.texts[o.end - 1])) o.end--;
  return [...withSpan(spans, span), ...before.filter((o) => o.end > o.start)].sort((a, b) => a.start - b.start);
}

/** `spans` with `span` in place of those it overlaps, in order. */
export function withSpan(spans: readonly NerSpan[], span: NerSpan): NerSpan[] {
  return [...spans.filter((o) => o.end <= span.start || o.start >= span.end), span].sort((x, y) => x.start - y.start);
}

/**
 * Spanish, Portuguese, French and Italian words between a body's head and what it is of or for: "Banco Central do Brasil",
 * "Alianza para el Progreso", "Fédération Nationale des Brasseurs", "Banca Popolare di Sondrio".
 */
const ROMANCE_LINKS = /^(?:de|do|da|dos|das|del|para|por|des|du|di|dei|degli|delle|della|dello)$/;
const ROMANCE_ARTICLES = /^(?:la|el|los|las|o|a|os|as)$/;
const MAX_ROMANCE_HEAD = 3;

/**
 * A Spanish, Portuguese, French or Italian body the tagger cut at its linking word, or missed in part: a capitalized
 * run opening with a body's head ("Frente", "Banco Central"), "por la", "do" … and the capitalized
 * run after them, one organization ("Frente por la Esperanza", "Banco Central do Brasil", "Fédération Nationale des
 * Brasseurs", "Banca Popolare di Sondrio").
 */
export function joinRomanceBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  for (let link = 1; link + 1 < words.texts.length; link++) {
    if (!ROMANCE_LINKS.test(words.texts[link])) continue;
    let start = link;
    while (start > 0 && link - start < MAX_ROMANCE_HEAD && startsUpper(words.texts[start - 1])) start--;
    // "The Banco Central do Brasil": the name from its head on.
    while (start < link && !isRomanceBodyHead(words.texts[start])) start++;
    if (start === link || out.some((o) => o.label === 'PER' && o.start <= start && o.end > start)) continue;
    let end = ROMANCE_ARTICLES.test(words.texts[link + 1]) ? link + 2 : link + 1;
    const first = end;
    while (end < words.texts.length && end - first < MAX_ROMANCE_HEAD && startsUpper(words.texts[end])) end++;
    if (end === first) continue;
    // … and on over "y", "e" or another link to the next capitalized run: "Comisión Nacional de los Mercados y la Competencia".
    for (let more = runAfterLink(words, end); more > end; more = runAfterLink(words, end)) end = more;
    // Not where a name already reaches that far ("Instituto de Astrofísica de Canarias").
    if (out.some((o) => o.start <= start && o.end >= end)) continue;
    out = withSpan(out, { start, end, label: 'ORG' });
    link = end - 1;
  }
  return out;
}

/** Words that join two parts of a Spanish or Portuguese body's name: "Puertos y Costas", "Mercados e Valores". */
const ROMANCE_AND = /^(?:y|e)$/;

/** The end of a capitalized run after a link ("y", "de", "do" …, and an article) at `at`, or `at` where there is none. */
function runAfterLink(words: Words, at: number): number {
  if (!ROMANCE_AND.test(words.texts[at] ?? '') && !ROMANCE_LINKS.test(words.texts[at] ?? '')) return at;
  let end = ROMANCE_ARTICLES.test(words.texts[at + 1] ?? '') ? at + 2 : at + 1;
  const first = end;
  while (end < words.texts.length && end - first < MAX_ROMANCE_HEAD && startsUpper(words.texts[end])) end++;
  return end === first ? at : end;
}

const MAX_LAW_WORDS = 10;

/** Heads of statutory instruments, laws only with their year: not "the Order of Malta", "house rules". */
const INSTRUMENT_HEADS = /^(?:Order|Rules)$/;

/** Heads of taxes' names. */
const TAX_HEADS = /^(?:Tax|Levy|Duty|Surcharge)$/;

/**
 * A law's or treaty's name over the commas, "and" and brackets of its list, whatever the tagger made
 * of its parts: "the Coastal Safety, Fisheries and Harbours Act", "the Protection of Orvania (Ports and
 * Fisheries) Act 2024", "the Charter on Fisheries and Tourism", a tax's: "the Digital Services Levy". One other name.
 */
export function joinLawNames(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  // A capitalized word of a name, not a sentence's opening preposition ("Under the False Claims Act").
  // Nor a day after it ("the … Act on Monday"); nor a word past the sentence's end ("… under the Inquiries Act").
  const capital = (i: number) => i >= 0 && i < words.texts.length && startsUpper(words.texts[i]) && !FUNCTION_WORDS.has(words.pos[i]) && !isCalendarWord(words.texts[i]);
  // "the Prairie Autonomy Within a Strong Federation Act": a law's own small words.
  // … and a possessive inside it, not a place's: "the Renters' Rights Act" (not "China's State Administration …").
  const owned = (i: number) => isPossessive(words.texts[i]) && capital(i - 1) && capital(i + 1) && !(nameLists().lookup(words.texts[i - 1].toLowerCase()) & PLACE_NAME);
  const joiner = (i: number) => /^(?:and|&|of|on|for|the|a|an|within|with|against|\(|\))$/i.test(words.texts[i]) || (words.texts[i] === ',' && capital(i + 1)) || owned(i);
  for (let head = 1; head < words.texts.length; head++) {
    // (Not a quoted nickname: "Senator William 'Bill' Roth".)
    // (An order or rules only by a year after them or brackets before, as statutory instruments: "the Apiary Health
    // (Scotland) Order 2021", "the Regulatory Reform (Fire Safety) Order".)
    const instrument = INSTRUMENT_HEADS.test(words.texts[head]) && (/^(?:19|20)\d\d$/.test(words.texts[head + 1] ?? '') || words.texts[head - 1] === ')');
    // (A tax after common words in capitals: "the Digital Services Levy", not "Bernard Levy".)
    const tax = TAX_HEADS.test(words.texts[head]) && capital(head - 1) && isSometimesLowerCase(words.texts[head - 1]);
    if (!(isLawHead(words.texts[head]) || instrument || tax) || (QUOTE.test(words.texts[head - 1]) && QUOTE.test(words.texts[head + 1] ?? ''))) continue;
    let start = head;
    const joins = (k: number) => k >= 0 && (capital(k) || words.texts[k] === ')');
    // Over two small words only inside a law's own name, not from a body's ("the Authority for the Regulation …").
    const body = (k: number) => (nameLists().lookup(words.texts[k]?.toLowerCase() ?? '') & ORG_WORD) !== 0;
    while (start > 0 && head - start < MAX_LAW_WORDS && (capital(start - 1) || (joiner(start - 1) && (joins(start - 2) || (joiner(start - 2) && joins(start - 3) && !body(start - 3)))))) start--;
    // "Violations of the Clean Water Act can …": a plural common noun opening the sentence says what is of the law.
    if (start === firstWord(words) && words.texts[start + 1] === 'of' && /^the$/i.test(words.texts[start + 2] ?? '') && /s$/.test(words.texts[start]) && isUsuallyLowerCase(words.texts[start])) start += 3;
    // Not a body named for what it regulates: "the Commission for Postal Regulation".
    if (words.texts.slice(start, head).some((w, k) => BODY_OF.test(w) && /^(?:for|of)$/.test(words.texts[start + k + 1]))) continue;
    let end = head + 1;
    // Not a place named after one: "the Bingu International Convention Centre", "Regulation Authority".
    if (capital(end) && !/^\d/.test(words.texts[end])) continue;
    // "Act 2024", "House Bill 1123"; "Charter on Fisheries and Tourism", "Convention on the Law of the Sea".
    const then = (k: number) => capital(k) || (/^the$/i.test(words.texts[k] ?? '') && capital(k + 1));
    if (/^\d{1,4}$/.test(words.texts[end] ?? '')) end++;
    // "the Inflation Reduction Act of 2022": its year after "of".
    else if (words.texts[end] === 'of' && /^(?:19|20)\d\d$/.test(words.texts[end + 1] ?? '')) end += 2;
    else if (/^(?:on|for|of)$/.test(words.texts[end] ?? '') && then(end + 1)) {
      end++;
      while (end < words.texts.length && end - head < MAX_LAW_WORDS && (capital(end) || (joiner(end) && then(end + 1)))) end++;
    }
    const inner = out.filter((o) => o.start < end && o.end > start);
    // No person inside (a "person" the tagger ran over the law's head is the law: "[Vapes Bill]").
    if (end - start < 2 || inner.some((o) => o.label === 'PER' && !(o.start <= head && head < o.end)) || words.texts.slice(start, end).filter((w) => w === '(').length !== words.texts.slice(start, end).filter((w) => w === ')').length) continue;
    out = withSpan(out, { start, end, label: 'MISC' });
    head = end - 1;
  }
  return out;
}

/** Last words of parties' names that a faction's name in brackets may follow: "Janata Dal (United)", "Shiv Sena (UBT)". */
const PARTY_HEADS = /^(?:Dal|Party|Sena|League|Congress|Front|Morcha|Alliance)$/;
const MAX_FACTION_WORDS = 3;

/** A party's name with its faction in brackets after it is one name: "Janata Dal (United)", "Lok Janshakti Party (Ram Vilas)". */
export function withFactions(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    let close = span.end + 1;
    while (close < words.texts.length && close - span.end - 1 < MAX_FACTION_WORDS && isNameWord(words, close)) close++;
    // Words, not letters: "(PCC)" defines an acronym.
    const faction = words.texts[span.end] === '(' && close > span.end + 1 && words.texts[close] === ')' && words.texts.slice(span.end + 1, close).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    if (!faction || !PARTY_HEADS.test(words.texts[span.end - 1])) {
      out.push(span);
      continue;
    }
    out.push({ start: span.start, end: close + 1, label: 'ORG' });
  }
  return out;
}

const PLURAL_NAME_WORD = /^\p{Lu}\p{Ll}+s$/u;
const BARE_APOSTROPHE = /^['’]$/;
const POSSESSIVE_S = /^['’]s$/;
const MAX_BODY_NAME = 4;

/**
 * A body named for its members in the plural possessive, whatever the tagger made of it: "Workers'
 * Party", "the Dutch Train Drivers' Union" (one organization, from the first capitalized word); their
 * meeting so named is an event ("the ASEAN Foreign Ministers' Meeting", "the FIFA Women's World Cup").
 */
export function joinMembersBodies(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  const bodyWord = (i: number) => (nameLists().lookup(words.texts[i].toLowerCase()) & ORG_WORD) !== 0 || MEMBERS_BODY_HEADS.test(words.texts[i]) || isEventHead(words.texts[i]);
  for (let p = 1; p + 1 < words.texts.length; p++) {
    // (… or people's whose plural takes "'s", or a monarch's: "Women's World Cup", "Children's Hospital", "Queen's University".)
    const owner = words.texts[p - 1];
    const possessor = (BARE_APOSTROPHE.test(words.texts[p]) && PLURAL_NAME_WORD.test(owner)) || (POSSESSIVE_S.test(words.texts[p]) && (isPeopleOwner(owner) || isRoyalTitle(owner)));
    // (Not inside a name the tagger found across the possessive: "[Children's Hospital of Philadelphia]".)
    if (!possessor || !startsUpper(words.texts[p + 1]) || out.some((o) => o.start < p && o.end > p + 1)) continue;
    // Not a place whose name ends in "s": "the Philippines' Department of Energy" is the country's.
    if (nameLists().lookup(words.texts[p - 1].toLowerCase()) & PLACE_NAME) continue;
    // The capitalized words after the apostrophe, up to the last body's word among them: "Retirement System", "Mutual Trust".
    let end = p + 1;
    for (let k = p + 1; k < words.texts.length && k - p <= MAX_BODY_NAME && (k === p + 1 || isNameWord(words, k)) && startsUpper(words.texts[k]); k++) if (bodyWord(k)) end = k + 1;
    if (end === p + 1) continue;
    // (… and on over the rest of a name the tagger found after it: "Queen's [University Belfast]".)
    end = Math.max(end, out.find((o) => o.start === p + 1)?.end ?? end);
    let start = p - 1;
    while (start > 0 && p - start < MAX_BODY_NAME && isNameWord(words, start - 1) && !out.some((o) => o.label === 'PER' && o.end === start)) start--;
    // (A conference of members is their body: "the Irish Catholic Bishops' Conference".)
    const head = words.texts[end - 1];
    if (!isInsideLonger(out, start, end)) out = withSpan(out, { start, end, label: isEventHead(head) && !isBodyEventHead(head) ? 'MISC' : 'ORG' });
    p = end - 1;
  }
  return out;
}

/** Whether a name the tagger found runs over [start, end) from further back: "the [Harrowby and District Beekeepers' Association]". */
function isInsideLonger(spans: readonly NerSpan[], start: number, end: number): boolean {
  return spans.some((s) => s.start < start && s.end >= end);
}

/** Last words of members' bodies the name lists lack: "Employees' Retirement System", "People's Partnership", "Developers' Forum", "Ratepayers' Voice". */
const MEMBERS_BODY_HEADS = /^(?:System|Partnership|Scheme|Plan|Forum|Voice|Action|Collective)$/;

/** Words that carry a treaty's name on after its head: "Protocol on Fisheries", "Charter for Energy Cooperation". */
const DOCUMENT_LINKS = new Set(['on', 'for', 'of']);
const NAME_CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on']);
const MAX_DOCUMENT_TAIL = 7;
/** Heads of natural features named "X of Y": "Cape of Good Hope", "Strait of Hormuz", "Isle of Man". */
const FEATURE_BEFORE_OF = new Set(['Cape', 'Gulf', 'Bay', 'Strait', 'Straits', 'Isle', 'Isles', 'Sea', 'Lake', 'Mount']);
const FEATURE_CONNECTORS = new Set(['the']);

/**
 * A treaty's name goes on after its head, over "on", "for" or "of" and the capitalized words after
 * them, whatever the tagger made of those: "[Vilnius Accord] on [Baltic Energy Security]" is one
 * other name; so does a body's over "on" ("Texas Commission on Environmental Quality"), and a
 * natural feature's over "of" ("Cape of Good Hope").
 */
export function extendDocumentNames(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    let end = span.end + 1;
    const head = words.texts[span.end - 1];
    // A body's name goes on over "on" too: "[Texas Commission] on Environmental Quality".
    const body = span.label === 'ORG' && words.texts[span.end] === 'on' && startsUpper(head) && (nameLists().lookup(head.toLowerCase()) & ORG_WORD) !== 0;
    // "Convention on Biological Diversity" is a treaty too ("Democratic National Convention" is not: no "on").
    const treaty = (isDocumentHead(head) && DOCUMENT_LINKS.has(words.texts[span.end] ?? '')) || (head === 'Convention' && words.texts[span.end] === 'on');
    // "[Cape] of Good Hope", "[Bay] of Kelmar": a feature's head before "of" and the name after it.
    const feature = span.end - span.start === 1 && FEATURE_BEFORE_OF.has(head) && words.texts[span.end] === 'of';
    if (treaty || body || feature) {
      const connectors = feature ? FEATURE_CONNECTORS : NAME_CONNECTORS;
      for (let i = end; i < words.texts.length && i - span.end <= MAX_DOCUMENT_TAIL; i++) {
        if (isNameWord(words, i)) end = i + 1;
        else if (!connectors.has(words.texts[i])) break;
      }
    }
    // (Not over the street a body's building stands on, "the Post Office on Church Street", nor the place it is on: "the
    // Cedar Flats Allotment Society on [Vancouver Island]".)
    const place = spans[k + 1]?.label === 'LOC' && spans[k + 1].start === span.end + 1;
    if (end === span.end + 1 || (body && (place || words.texts.slice(span.end, end).some(isStreetWord)))) {
      out.push(span);
      continue;
    }
    out.push({ start: span.start, end, label: treaty ? 'MISC' : feature ? 'LOC' : 'ORG' });
    while (k + 1 < spans.length && spans[k + 1].start < end) k++;
  }
  return out;
}

/**
 * In a heading, a name the tagger cut before a newspaper's last word is the newspaper's: the
 * masthead "THE [KELMAR] COURIER" names the Kelmar Courier, not the place.
 */
export function withPublicationHeads(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  return spans.map((span) => {
    if (!isPublicationHead(words.texts[span.end] ?? '') || spans.some((o) => o.start === span.end)) return span;
    // "MINING [AFRICA] MONITOR": a masthead in capitals is the newspaper's name from its first word on.
    let start = span.start;
    while (start > 0 && (isShoutedWord(words.texts[start - 1]) || words.texts[start - 1] === '&') && words.texts[start - 1] !== 'THE' && !spans.some((o) => o.end === start)) start--;
    return { start, end: span.end + 1, label: 'ORG' };
  });
}


const MAX_JOINED_WORDS = 4;
/** Particles a surname may open with: "de la", "van der". */
const MAX_PARTICLES = 2;

/**
 * Words the document tags on their own as organizations or other non-person names, not right
 * before a person: "Intel" in "Intel said …" is no given name in "Intel Xeon".
 */
export function standaloneNames(sentences: readonly { words: Words; tagged: readonly NerSpan[] }[]): Set<string> {
  const names = new Set<string>();
  for (const { words, tagged } of sentences) {
    tagged.forEach((span, k) => {
      const beforePerson = tagged[k + 1]?.start === span.end && (tagged[k + 1].label === 'PER' || areNameTypedAsPlaces(words, span, tagged[k + 1]));
      if (span.label !== 'PER' && span.end - span.start === 1 && !beforePerson) names.add(words.texts[span.start]);
    });
  }
  return names;
}

/** Prepositions that put a place somewhere: "in", "from", "across". */
const PLACE_PREPOSITIONS = /^(?:in|at|from|to|near|into|across|around|outside|throughout|via|through|towards?)$/i;

/**
 * A one-word span that can be a given name: capitalized, no acronym nor nationality, not a
 * name the document uses on its own, and not where a role's head would be ("former Companion",
 * "Secretary of State"); a place only where the lists have it as a given name and no preposition
 * puts it somewhere ("Jordan Hale said", not "In Nairobi Kamau said").
 */
function isLoneGivenName(words: Words, span: NerSpan, standalone: ReadonlySet<string>): boolean {
  const i = span.start;
  const place = span.label === 'LOC' && (!(nameLists().lookup(words.texts[i].toLowerCase()) & FIRST_NAME) || PLACE_PREPOSITIONS.test(words.texts[i - 1] ?? ''));
  if (place || span.end - i !== 1 || !isNameWord(words, i) || isAcronym(words.texts[i]) || standalone.has(words.texts[i])) return false;
  // Not a nationality before the name ("Australian Tom Brevik").
  return !isOfficeDomain(words, i) && !(i > 0 && isRoleModifier(words.texts[i - 1])) && !isDemonym(words.texts[i]);
}

/**
 * Adjacent spans ending in a person, with nothing between them but surname particles, are one
 * person: an unseen given name the tagger typed apart from its surname. Surnames either side of
 * "&" are one firm. The part before a person must itself be a person
 * or a lone word that can be a given name (not "In Nairobi Kamau said").
 */
export function joinSplitNames(words: Words, spans: readonly NerSpan[], standalone: ReadonlySet<string>): NerSpan[] {
  const out: NerSpan[] = [];
  for (const tagged of spans) {
    const span = withNicknameClosed(words, tagged);
    const prev = out[out.length - 1];
    const joinable =
      prev !== undefined &&
      span.label === 'PER' &&
      ((prev.end === span.start && span.end - prev.start <= MAX_JOINED_WORDS && (prev.label === 'PER' || isLoneGivenName(words, prev, standalone))) ||
        (prev.label === 'PER' && isNicknameBetween(words, prev.start, span.start)) ||
        (prev.label === 'PER' && prev.end === span.start - 1 && opensNickname(words, span)) ||
        (prev.label === 'PER' && isParticlesBetween(words, prev.end, span.start)) ||
        isPatronymicBetween(words, prev.end, span.start));
    // "Kim & Chang", "Ernst & Young": surnames joined by an ampersand are a firm's ("Ana Ruiz & Ivo
    // Lind", full names, are two people).
    const firm = prev !== undefined && prev.end - prev.start === 1 && span.start === prev.end + 1 && words.texts[prev.end] === '&';
    const collective = collectiveStart(words, span);
    if (firm) out[out.length - 1] = { start: prev.start, end: span.end, label: 'ORG' };
    else if (prev !== undefined && areNameTypedAsPlaces(words, prev, span)) out[out.length - 1] = { start: prev.start, end: span.end, label: 'PER' };
    else if (prev !== undefined && span.label === 'PER' && isTitledNameStart(words, prev, span)) out[out.length - 1] = { start: prev.start, end: span.end, label: 'PER' };
    // "[Portuguese] [Kiteboard Federation]": a body's nationality the tagger typed apart is its name's.
    else if (prev !== undefined && prev.label === 'MISC' && prev.end === span.start && prev.end - prev.start === 1 && span.label === 'ORG' && isNationalBody(words, prev.start, span)) out[out.length - 1] = { start: prev.start, end: span.end, label: 'ORG' };
    // (Not an owner before its possessive: "Nam's People's Unity Party".)
    else if (collective !== undefined && prev !== undefined && prev.end >= collective - 1 && !isOwnerBefore(words, prev, collective)) out[out.length - 1] = { start: Math.min(prev.start, collective), end: span.end, label: 'ORG' };
    else if (collective !== undefined) out.push({ start: collective, end: span.end, label: 'ORG' });
    else if (joinable) out[out.length - 1] = { ...span, start: prev.start };
    else out.push(span);
  }
  return out.map((span, i) => withCollectiveBody(words, span, out[i + 1]?.start ?? words.texts.length));
}

const MAX_BODY_AFTER_POSSESSIVE = 3;

/**
 * "[Jordan] [Hale]": a given name and a name word the tagger typed as two places side by side, nothing between them,
 * are one person's name (two places are never written so; not a country after: "Jordan Israel").
 */
function areNameTypedAsPlaces(words: Words, prev: NerSpan, span: NerSpan): boolean {
  if (prev.label !== 'LOC' || span.label !== 'LOC' || prev.end !== span.start || prev.end - prev.start !== 1 || span.end - span.start !== 1) return false;
  const [given, surname] = [words.texts[prev.start], words.texts[span.start]];
  const lists = nameLists();
  const bits = lists.lookup(surname.toLowerCase());
  return startsUpper(surname) && (lists.lookup(given.toLowerCase()) & FIRST_NAME) !== 0 && !(bits & COUNTRY) && ((bits & (FIRST_NAME | LAST_NAME)) !== 0 || isPersonWord(surname));
}

/** A demonym at `at` before a body's name that ends in a body's word: "Danish Refugee Council". */
function isNationalBody(words: Words, at: number, span: NerSpan): boolean {
  return countryOfDemonym(words.texts[at]) !== undefined && isBodyHead(words.texts[span.end - 1]);
}

/**
 * "[U.N. Ambassador Al]-[Tarik Idriss Mahmoud]": a body's span the tagger ran on over a title into
 * the first part of the name after it, the rest of the name a person's, with or without a hyphen.
 */
function isTitledNameStart(words: Words, prev: NerSpan, span: NerSpan): boolean {
  const gap = span.start - prev.end;
  if (prev.label === 'PER' || !(gap === 0 || (gap === 1 && isHyphen(words.texts[prev.end])))) return false;
  const title = words.texts.slice(prev.start, prev.end - 1).findIndex((w) => isTitleWord(w));
  return title >= 0 && words.texts.slice(prev.start + title + 1, prev.end).every((w) => startsUpper(w) && !isTitleWord(w));
}

/**
 * A capitalized word listed between two names of one kind is a name of that kind, which the tagger
 * missed for an ordinary word: "Walmart, [Target] and Ikea", "Tesco, [Gap] or Aldi"; and one after a
 * one-word organization or a place at the list's end.
 */
export function listMembers(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  const endingAt = new Map(spans.map((s) => [s.end, s]));
  const startingAt = new Map(spans.map((s) => [s.start, s]));
  const covered = new Uint8Array(words.texts.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const added: NerSpan[] = [];
  for (let i = 2; i + 2 < words.texts.length; i++) {
    if (covered[i] || words.texts[i - 1] !== ',' || !/^(?:,|and|or)$/.test(words.texts[i + 1]) || !isNameWord(words, i)) continue;
    const before = endingAt.get(i - 1);
    const after = startingAt.get(i + 2);
    if (before && after && before.label === after.label && before.label !== 'PER') added.push({ start: i, end: i + 1, label: before.label });
  }
  // … and one word after a one-word organization at a list's end, "Walmart and [Target] have sued",
  // "services such as Klarna and [Affirm]", or after a place, one a list has: "Paris and [Nice]".
  const nameAt = (i: number) => i >= 0 && i < words.texts.length && isNameWord(words, i);
  for (let i = 2; i < words.texts.length; i++) {
    if (covered[i] || !nameAt(i) || nameAt(i + 1) || !/^(?:and|or)$/.test(words.texts[i - 1])) continue;
    const before = endingAt.get(i - 1);
    if (before?.label === 'ORG' && before.end - before.start === 1) added.push({ start: i, end: i + 1, label: 'ORG' });
    else if (before?.label === 'LOC' && nameLists().lookup(words.texts[i].toLowerCase()) & PLACE_NAME) added.push({ start: i, end: i + 1, label: 'LOC' });
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start);
}

const MAX_PARTNERS = 6;

/**
 * A firm named for partners listed before "&", whatever the tagger made of each: "Pruett, Langley &
 * Moss", "Keefe, Bruyette & Woods" (one-word names joined by commas, one name after "&"); or for two
 * ("Marks & Spencer"); or for a founder and family: "Marchetti and Sons".
 */
export function joinPartnerFirms(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  let out = [...spans];
  for (let amp = 1; amp + 1 < words.texts.length; amp++) {
    // "Marchetti and Sons", "Hollins and Daughters": a family firm written with "and".
    if (words.texts[amp] === 'and' && isFamilyFirmWord(words.texts[amp + 1]) && isNameWord(words, amp - 1) && !isNameWord(words, amp + 2)) {
      out = withListedName(words, out, { start: amp - 1, end: amp + 2, label: 'ORG' });
      continue;
    }
    if (words.texts[amp] !== '&' || !isNameWord(words, amp + 1) || !isNameWord(words, amp - 1)) continue;
    if (words.texts[amp - 2] !== ',') {
      out = withAmpersandName(words, out, amp);
      continue;
    }
    let start = amp - 1;
    let partners = 1;
    while (start >= 2 && words.texts[start - 1] === ',' && isNameWord(words, start - 2) && partners < MAX_PARTNERS) {
      start -= 2;
      partners++;
    }
    // Not the last of a longer name before the list ("Bank of Ostra, Kelmar & Lind").
    if (start > 0 && isNameWord(words, start - 1)) continue;
    // A name the tagger ran into the list keeps its part before it: "[Lazard and] Wachtell, …".
    out = withListedName(words, out, { start, end: amp + 2, label: 'ORG' });
  }
  return out;
}

const MAX_AMPERSAND_SIDE = 3;

/**
 * "Marks & Spencer", "Owl & Sam", "Fresh & Keep": capitalized words either side of "&" are one
 * firm's or brand's name, whatever the tagger made of them (a person of the part after it, often),
 * unless a span of the tagger's takes in more or it found a longer name either side.
 */
function withAmpersandName(words: Words, spans: NerSpan[], amp: number): NerSpan[] {
  let start = amp - 1;
  while (start > 0 && amp - start < MAX_AMPERSAND_SIDE && isNameWord(words, start - 1)) start--;
  // "London School of Hygiene & Tropical Medicine": over the "of" of a body's name (not a person's: "Tamsin Kell of Ravello & Stroud").
  if (words.texts[start - 1] === 'of' && isNameWord(words, start - 2) && !spans.some((o) => o.label === 'PER' && o.end === start - 1)) {
    start -= 2;
    while (start > 0 && isNameWord(words, start - 1) && amp - start <= 2 * MAX_AMPERSAND_SIDE) start--;
  }
  let end = amp + 2;
  while (end < words.texts.length && end - amp <= MAX_AMPERSAND_SIDE && isNameWord(words, end)) end++;
  if (spans.some((o) => o.start <= start && o.end >= end)) return spans;
  // Two names of two words or more either side: "Karl Langdon & Harvey Deegan", "Reds Rugby League & West Coast Eagles".
  const long = (o: NerSpan) => o.end - o.start >= 2;
  if (spans.some((o) => o.end === amp && long(o)) && spans.some((o) => o.start === amp + 1 && long(o))) return spans;
  return withSpan(spans, { start: Math.min(start, ...spans.filter((o) => o.start < start && o.end > start).map((o) => o.start)), end, label: 'ORG' });
}

/** Whether `prev` ends right before a possessive that precedes token `at`: "[Nam]'s People's". */
function isOwnerBefore(words: Words, prev: NerSpan, at: number): boolean {
  return prev.end === at - 1 && isPossessive(words.texts[prev.end]);
}

/** "[United Farmers]' Alliance": the body's name goes on, untagged, after the collective possessive, up to a body's word before `limit`. */
function withCollectiveBody(words: Words, span: NerSpan, limit: number): NerSpan {
  if (!COLLECTIVE.test(words.texts[span.end - 1]) || !isPossessive(words.texts[span.end] ?? '')) return span;
  for (let end = span.end + 2; end <= Math.min(limit, span.end + 1 + MAX_BODY_AFTER_POSSESSIVE); end++) {
    if (!startsUpper(words.texts[end - 1])) return span;
    if (nameLists().lookup(words.texts[end - 1].toLowerCase()) & ORG_WORD) return { start: span.start, end, label: 'ORG' };
  }
  return span;
}

/** Words a body's name may run over after a plural possessive before its head ("Players' Benevolent Guild"), and before it. */
const MAX_AFTER_PLURAL_POSSESSIVE = 3;
const MAX_BEFORE_PLURAL_POSSESSIVE = 2;

/**
 * A body named for its members with a plural possessive, which the tagger cuts at the apostrophe or misses: "the Stagehands'
 * Guild", "Session Singers' Guild", "Orchestral Players' Guild", "Eastport Trawlermen's Cooperative" (its last word a
 * body's, all its words capitalized).
 */
export function joinPluralPossessiveBodies(words: Words, spans: readonly NerSpan[]): readonly NerSpan[] {
  let out = spans;
  for (let i = 1; i + 1 < words.texts.length; i++) {
    // (Not a plural place's: "The Philippines' Department of Health".)
    // (A plural in "-men" takes "'s": "the Trawlermen's Cooperative".)
    const plural = /^['’]$/.test(words.texts[i]) ? /^\p{Lu}\p{L}*\p{Ll}s$/u.test(words.texts[i - 1]) : /^['’]s$/.test(words.texts[i]) && /^\p{Lu}\p{L}*men$/u.test(words.texts[i - 1]);
    if (!plural || nameLists().lookup(words.texts[i - 1].toLowerCase()) & PLACE_NAME) continue;
    let end = i + 1;
    while (end < i + 1 + MAX_AFTER_PLURAL_POSSESSIVE && isNameWord(words, end) && !isBodyHead(words.texts[end])) end++;
    // (Not a street's or a building's, nor a body of something: "Lopes' Union Street", "Farmers' Union of Kelmar".)
    if (!isNameWord(words, end) || !isBodyHead(words.texts[end]) || isNameWord(words, end + 1) || words.texts[end + 1] === 'of') continue;
    let start = i - 1;
    while (start > 0 && i - start < MAX_BEFORE_PLURAL_POSSESSIVE + 1 && isNameWord(words, start - 1)) start--;
    if (isInsideLonger(out, start, end + 1)) continue;
    out = withSpan(out, { start, end: end + 1, label: 'ORG' });
  }
  return out;
}

/** Plural nouns of groups of people that open bodies' names before a possessive: "People's", "Farmers'". */
const COLLECTIVE = /^(?:People|Peoples|Farmers|Workers|Women|Children|Citizens|Doctors|Teachers|Nurses|Men|Veterans|Consumers|Traders|Employers|Students|Journalists|Writers|Patriots|Mothers|Youth|Bishops|Churches|Pilots|Miners|Lawyers|Owners|Producers|Exporters|Manufacturers|Retailers|Growers|Officers|Governors|Mayors|Ministers|Artists|Actors|Musicians|Engineers)$/;

/**
 * Where a body's name starts that the tagger split at a collective possessive, its last word a
 * body's: "[Kivu People]'s [Liberty Party]", "[Malawi] People's [Renewal Party]", "the People's
 * [Liberation Army]"; undefined for other spans.
 */
function collectiveStart(words: Words, span: NerSpan): number | undefined {
  const possessive = isPossessive(words.texts[span.start - 1] ?? '') ? span.start - 1 : -1;
  if (possessive < 1 || !COLLECTIVE.test(words.texts[possessive - 1]) || !(nameLists().lookup(words.texts[span.end - 1].toLowerCase()) & ORG_WORD)) return undefined;
  return possessive - 1;
}


/** Last words of places' names that the tagger tags apart: "Victoria [Island]", "Kelmar [Bay]". */
const PLACE_HEADS = new Set(
  `Island Islands Bay Beach Hill Hills Creek Point Harbour Harbor Cove Valley River Lake Coast Peninsula Strait Gulf Reef
  Mountain Mountains Falls Springs Heights`.split(/\s+/),
);

/**
 * A campaign group named for the place it would keep, which the tagger reads as the place: "Friends of Tamsin Creek",
 * "Save the Wendle", "Keep the Ardle".
 */
export function joinCampaignGroups(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  const { texts } = words;
  return spans.map((span, k) => {
    if (span.label === 'PER') return span;
    const the = texts[span.start - 1] === 'the' ? 1 : 0;
    const friends = texts[span.start - 1 - the] === 'of' && texts[span.start - 2 - the] === 'Friends' ? span.start - 2 - the : -1;
    const start = friends >= 0 ? friends : the === 1 && /^(?:Save|Keep)$/.test(texts[span.start - 2] ?? '') ? span.start - 2 : -1;
    if (start < 0 || (k > 0 && spans[k - 1].end > start)) return span;
    return { start, end: span.end, label: 'ORG' };
  });
}

/** Waters' and islands' kinds before "of" and their name: "Gulf of Maine", "Isle of Wight". */
const KIND_BEFORE_OF = /^(?:Gulf|Bay|Isle|Isles|Sea|Strait|Straits|Firth)$/;

/**
 * A place's (or its body's) name with the prefix before it the tagger left out: "[Little] Chalfont Parish Council",
 * "[Gulf of] Maine Lobster Alliance".
 */
export function joinPlacePrefixes(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  return spans.map((span, k) => {
    const { texts } = words;
    const before = texts[span.start - 1] === 'of' && KIND_BEFORE_OF.test(texts[span.start - 2] ?? '') ? span.start - 2 : span.start - 1;
    const prefixed = before === span.start - 2 || isEnglishPlacePrefix(texts[before] ?? '');
    // (A village's prefix makes a place of the "person" after it, opening a sentence too: "Little Wendle voted".)
    const village = span.label === 'PER' && span.end - span.start === 1 && before === span.start - 1 && isVillageName(texts[before] ?? '', texts[span.start]);
    // (… and an island's or a water's kind before "of" the "person" after it: "the Isle of Mullan".)
    const feature = span.label === 'PER' && before === span.start - 2;
    if ((village || feature) && !(k > 0 && spans[k - 1].end > before)) return { ...span, start: before, label: 'LOC' as const };
    if (span.label === 'MISC' || span.label === 'PER' || before < 0 || !prefixed || (k > 0 && spans[k - 1].end > before)) return span;
    return { ...span, start: before };
  });
}

/**
 * A place's last word the tagger typed apart joins the name before it ("Victoria Island"); after
 * capitalized words it left untagged it is no place alone ("Milk Can [Island]" would link every
 * island of the corpus). Only the words after a preposition the name before ran on over join it: "[Cedar Flats
 * Society] on [Vancouver Island]".
 */
export function joinPlaceHeads(words: Words, spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const head = span.end - span.start === 1 && PLACE_HEADS.has(words.texts[span.start]);
    if (head && prev !== undefined && prev.end === span.start && prev.label !== 'PER') {
      const at = locativeIn(words, prev);
      if (at < 0) out[out.length - 1] = { start: prev.start, end: span.end, label: 'LOC' };
      else out.splice(-1, 1, { ...prev, end: at }, { start: at + 1, end: span.end, label: 'LOC' });
    } else if (!head || !startsUpper(words.texts[span.start - 1] ?? '')) out.push(span);
  }
  return out;
}

/** Where a locative preposition stands inside a name, between capitalized words: "on" of "Cedar Flats Society on Vancouver"; or -1. */
function locativeIn(words: Words, span: NerSpan): number {
  for (let i = span.end - 2; i > span.start; i--) if (/^(?:on|in|at|near)$/.test(words.texts[i]) && startsUpper(words.texts[i + 1])) return i;
  return -1;
}

/** Surname particles in lower case between a given name and a surname: "Julia [de los] Ríos", which the tagger splits at them. */
function isParticlesBetween(words: Words, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_PARTICLES) return false;
  for (let i = from; i < to; i++) if (!startsLower(words.texts[i]) || !isSurnameParticle(words.texts[i])) return false;
  return true;
}

/** "son of"/"daughter of" in Arabic names: "Faisal bin Farhan Al Saud", which the tagger splits at it. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);

function isPatronymicBetween(words: Words, from: number, to: number): boolean {
  return to === from + 1 && PATRONYMIC.has(words.texts[from]);
}

const QUOTE = /^["“”'‘’]$/;
const MAX_NICKNAME_WORDS = 2;

/** The quote marks inside a span. */
function quotesIn(words: Words, span: NerSpan): number[] {
  const found: number[] = [];
  for (let i = span.start; i < span.end; i++) if (QUOTE.test(words.texts[i])) found.push(i);
  return found;
}

/**
 * `[Rui "Tio Patinhas]" Mabote`: a person the tagger ended inside a quoted nickname runs on over the closing quote to
 * the surname after it.
 */
function withNicknameClosed(words: Words, span: NerSpan): NerSpan {
  if (span.label !== 'PER' || !QUOTE.test(words.texts[span.end] ?? '')) return span;
  const quotes = quotesIn(words, span);
  if (quotes.length !== 1 || quotes[0] === span.start || span.end - quotes[0] - 1 > MAX_NICKNAME_WORDS) return span;
  const surname = words.texts[span.end + 1];
  return surname !== undefined && NAME_WORD.test(surname) ? { ...span, end: span.end + 2 } : span;
}

/** `Chukwuemeka ["Shaun" Obiora]`: a person the tagger started inside a quoted nickname, its opening quote just before. */
function opensNickname(words: Words, span: NerSpan): boolean {
  if (!QUOTE.test(words.texts[span.start - 1] ?? '')) return false;
  const quotes = quotesIn(words, span);
  return quotes.length === 1 && quotes[0] > span.start && quotes[0] - span.start <= MAX_NICKNAME_WORDS && quotes[0] < span.end - 1;
}

/** A capitalized word that may be a surname ("Mabote", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * Whether words [from, to) are a given name and a quoted nickname: `Gerardo "Tata"` in
 * `Gerardo "Tata" Martino`, which the tagger splits at the quotes.
 */
function isNicknameBetween(words: Words, from: number, to: number): boolean {
  const quotes: number[] = [];
  for (let i = from; i < to; i++) if (QUOTE.test(words.texts[i])) quotes.push(i);
  if (quotes.length !== 2 || quotes[1] !== to - 1 || quotes[0] === from) return false;
  const inside = quotes[1] - quotes[0] - 1;
  if (inside < 1 || inside > MAX_NICKNAME_WORDS) return false;
  for (let i = quotes[0] + 1; i < quotes[1]; i++) if (!startsUpper(words.texts[i])) return false;
  return true;
}
