/** Names in coordination: two names the tagger joined with "and" or a hyphen, and names listed among people. */
import type { Token } from '../types';
import { COUNTRY, FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isCommonWord, isSometimesLowerCase, isUsuallyLowerCase, nameLists } from '../ner/tagger';
import { isBusinessWord, isFamilyFirmWord } from './companies';
import { identityKey, isLegalDesignator } from './identity';
import { isTitleWord } from './titles';
import { isEventHead, isFacilityNoun } from './types';
import type { Candidate } from './spans';
import type { Draft } from './chains';
import { isCountryCode, isHyphen, isPossessive } from './words';

const AND = new Set(['and', '&']);
/** Gazetteer bits of words that open a name of their own ("Houston" in "… and Houston Post"). */
const NAME_BITS = FIRST_NAME | LAST_NAME | PLACE_NAME;
const OF = new Set(['of', 'for', 'on']);

/** The words of tokens start..end joined by spaces. */
function spanText(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.text).join(' ');
}

/** Nouns of an electoral district after its name: "the Ashby and Colne by-election", "Runcorn and Helsby constituency". */
const DISTRICT_NOUN = /^(?:by-?election|constituency|riding|seat|ward|electorate)$/i;

/**
 * "Rob and Sue Pennick": a person's given name alone before "and" and a full name shares that name's surname; its
 * mention is keyed as the full name it stands for, "rob pennick" (`drafts` and `found` in step).
 */
export function withSharedSurnames(tokens: readonly Token[], found: readonly Candidate[], drafts: Draft[]): void {
  const given = (i: number) => (nameLists().lookup(tokens[i].text.toLowerCase()) & FIRST_NAME) !== 0;
  // (A person's one word no list has as a surname only: "Rob", not "Smith and Sue Pennick".)
  const surnameOnly = (i: number) => (nameLists().lookup(tokens[i].text.toLowerCase()) & (FIRST_NAME | LAST_NAME)) === LAST_NAME;
  const byStart = new Map(found.map((c, i) => [c.start, i] as const));
  found.forEach((c, i) => {
    const j = byStart.get(c.end + 1);
    if (j === undefined || c.end - c.start !== 1 || !AND.has(tokens[c.end]?.text ?? '') || drafts[i].type !== 'PERSON' || drafts[j].type !== 'PERSON') return;
    const partner = found[j];
    if (partner.end - partner.start < 2 || surnameOnly(c.start) || !given(partner.start)) return;
    drafts[i] = { ...drafts[i], contextKey: identityKey(`${drafts[i].text} ${spanText(tokens, partner.start + 1, partner.end)}`) };
  });
}

/**
 * "the Brandt-Kallinis dispute": the surnames of two people the document names in full, joined by a hyphen, are those two
 * people, not one with a double surname (unless the document names someone with it: "Ana Brandt-Kallinis").
 */
export function splitSurnamePairs(tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const people = names.filter((c) => c.label === 'PER' && c.end - c.start >= 2);
  const surnames = new Set(people.map((c) => tokens[c.end - 1].text));
  const paired = (c: Candidate) => c.end - c.start === 3 && isHyphen(tokens[c.start + 1].text) && tokens[c.start + 1].start === tokens[c.start].end && tokens[c.start + 2].start === tokens[c.start + 1].end;
  const doubles = new Set(people.filter((c) => c.end - c.start >= 4 && isHyphen(tokens[c.end - 2].text)).map((c) => spanText(tokens, c.end - 3, c.end)));
  return names.flatMap((c) => {
    if ((c.label !== 'PER' && c.label !== 'MISC') || !paired(c)) return [c];
    const [first, second] = [tokens[c.start].text, tokens[c.start + 2].text];
    if (first === second || !surnames.has(first) || !surnames.has(second) || doubles.has(spanText(tokens, c.start, c.end))) return [c];
    return [{ ...c, end: c.start + 1, label: 'PER' as const }, { ...c, start: c.start + 2, label: 'PER' as const }];
  });
}

/**
 * Two names joined by "and" that the tagger took for one ("the Dallas Morning News and Houston
 * Post", "Intel and Nvidia"). Names with "and" inside exist ("Procter and Gamble", "Department
 * of Health and Human Services", "Bosnia and Herzegovina"), so a span is split only when both
 * halves are names of two or more words and the first names no office or body with "of"/"for",
 * when the document also uses both halves as names on their own, when it ends a list of names,
 * when one word stands on each side of a spelled-out "and" and the whole is no listed place or pair of surnames,
 * when the first half ends in a company's business word and names no body with "of"/"for"
 * ("British Airways and Iberia", not "Organization for Security and Co-operation"), or
 * when one half is a country and the whole is none.
 */
export function splitCoordinated(tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const text = (start: number, end: number) => spanText(tokens, start, end);
  const single = new Set(names.map((c) => text(c.start, c.end)));
  const ends = new Set(names.map((c) => c.end));
  const lists = nameLists();
  const isCountry = (start: number, end: number) => (lists.lookup(text(start, end).toLowerCase()) & COUNTRY) !== 0;
  return names.flatMap((c) => {
    if (c.label === 'PER') return [c];
    const at = tokens.slice(c.start, c.end).findIndex((t) => AND.has(t.text));
    const mid = c.start + at;
    // "Keller & Roth LLP", "Procter & Gamble Co.": a legal form makes the whole one firm (not after a firm's
    // full name: "Summit Holdings and Harbor Trust Holding Company"); "the Law and Justice party" one party.
    const firmBefore = at >= 2 && isBusinessWord(tokens[mid - 1].text);
    const designated = isLegalDesignator(tokens[c.end - 1].text);
    // (A full name after the "and" is one of two words besides the legal form: not "Tinden Treks and Expedition Pvt Ltd".)
    const fullAfter = tokens.slice(mid + 1, c.end).filter((t) => !isLegalDesignator(t.text) && t.text !== '.').length >= 2;
    // (… and "the Fox and Hounds pub" one pub.)
    if (at <= 0 || (designated && !(firmBefore && fullAfter)) || tokens[c.end]?.text === 'party' || isFacilityNoun(tokens[c.end]?.text ?? '') || isDistrictNounAt((i) => tokens[i]?.text, c.end) || isSeatAt((i) => tokens[i]?.text, c.start)) return [c];
    // "Baltimore Gas and Electric and Pepco": a second "and" before one name no body's word ends the list of two names
    // (not "the Alcohol and Tobacco Tax and Trade Bureau").
    const second = c.end - 2;
    if (second > mid && tokens[second].text === 'and' && !tokens.slice(mid + 1, second).some((t) => AND.has(t.text)) && /^\p{Lu}/u.test(tokens[c.end - 1].text) && !(lists.lookup(tokens[c.end - 1].text.toLowerCase()) & ORG_WORD)) {
      return [{ ...c, end: second }, { ...c, start: second + 1, roles: [] }];
    }
    if (mid + 1 >= c.end || tokens.slice(mid + 1, c.end).some((t) => AND.has(t.text))) return [c];
    // "the Environmental Permitting (England and Wales) Regulations": an "and" in a name's brackets is the name's.
    if (tokens.slice(c.start, mid).some((t) => t.text === '(') && tokens.slice(mid + 1, c.end).some((t) => t.text === ')')) return [c];
    // "Pruett, Langley & Moss": partners listed before "&" name one firm; so do a founder and family: "Marchetti and Sons".
    if (tokens[mid].text === '&' && tokens.slice(c.start, mid).some((t) => t.text === ',')) return [c];
    if (mid + 2 === c.end && isFamilyFirmWord(tokens[mid + 1].text)) return [c];
    const left = { ...c, end: mid };
    const right = { ...c, start: mid + 1, roles: [] };
    // A body's "of"/"for" before the "and" ("Department of Health and Human Services").
    const ofBody = tokens.slice(c.start, mid).some((t) => OF.has(t.text));
    const long = mid - c.start >= 2 && c.end - mid - 1 >= 2 && !ofBody;
    const known = single.has(text(left.start, left.end)) && single.has(text(right.start, right.end));
    // The end of a list ("Google, Meta and Amazon"), or a country beside another name ("Congo and United Nations experts").
    // (With "&" the name after a person's is a firm's: "— Colin Reyes, Haldane & Voss".)
    const listed = tokens[c.start - 1]?.text === ',' && ends.has(c.start - 1) && tokens[mid].text === 'and';
    const country = !isCountry(c.start, c.end) && (isCountry(left.start, left.end) || isCountry(right.start, right.end));
    // "Intel and Qualcomm": one word on each side of a spelled-out "and", unless the whole is a place or
    // two surnames, as firms are named ("Baxley and Crane").
    const surname = (i: number) => (lists.lookup(tokens[i].text.toLowerCase()) & LAST_NAME) !== 0;
    const words =
      mid - c.start === 1 && c.end - mid === 2 && tokens[mid].text === 'and' && !(lists.lookup(text(c.start, c.end).toLowerCase()) & PLACE_NAME) && !(surname(c.start) && surname(mid + 1));
    // "British Airways and Iberia": a company's name ends before the "and" (a body's goes on over common
    // words: "Securities and Exchange Commission").
    const common = (w: string) => isUsuallyLowerCase(w) || isCommonWord(w);
    const bodyGoesOn = common(tokens[mid + 1].text) && (lists.lookup(tokens[c.end - 1].text.toLowerCase()) & ORG_WORD) !== 0;
    // (Nor where the whole is one body by its form: "the Finnish Security and Intelligence Service".)
    const company = firmBefore && tokens[mid].text === 'and' && (!bodyGoesOn || designated) && !ofBody && !isOneBody(tokens, c, mid);
    // "Halbrook Bank and Ferrisbank": a body's word ends the first name, and one proper name no body's word is the
    // second (with "&" the firm goes on: "Hanul Investment & Securities").
    const body = (t: Token) => (lists.lookup(t.text.toLowerCase()) & ORG_WORD) !== 0;
    // (Not a domain's word: "Department for Culture, Media and Sport".)
    const nameAfterBody = mid - c.start >= 2 && tokens[mid].text === 'and' && body(tokens[mid - 1]) && c.end - mid === 2 && !body(tokens[mid + 1]) && !common(tokens[mid + 1].text) && !ofBody;
    if (!(known || listed || country || words || company || nameAfterBody || (long && !isOneBody(tokens, c, mid)))) return [c];
    // A country and a listed place the tagger took for one body are places: "in Singapore and Geneva" (not two towns'
    // clubs: "Everton and Liverpool").
    const place = (h: Candidate) => (lists.lookup(text(h.start, h.end).toLowerCase()) & (PLACE_NAME | COUNTRY)) !== 0;
    return country && place(left) && place(right) ? [{ ...left, label: 'LOC' as const }, { ...right, label: 'LOC' as const }] : [left, right];
  });
}

/**
 * "the Police Benevolent and Protective Association", "the International Boundary and Water
 * Commission", "the Rural Broadband Access and Fairness Act", "Holderness Fire and Rescue Service": after "the" (and
 * an adjective), or with common words about the "and", a
 * body's or a law's word ends the second half but not the first, and the second half opens with no
 * listed name, so the halves are one name ("the Dallas Morning News and Houston Post" are two).
 */
function isOneBody(tokens: readonly Token[], c: Candidate, mid: number): boolean {
  const lists = nameLists();
  // (… or an event's: "the Tolby Beer and Apple Festival".)
  const bodyOrLaw = (t: Token) => (lists.lookup(t.text.toLowerCase()) & ORG_WORD) !== 0 || LAW_HEADS.test(t.text);
  const body = (t: Token) => bodyOrLaw(t) || isEventHead(t.text);
  const named = (lists.lookup(tokens[mid + 1].text.toLowerCase()) & NAME_BITS) !== 0;
  // An adjective may stand between: "the federal Water Safety and Compliance Agency".
  const the = tokens[c.start - 1]?.pos === 'ADJ' ? tokens[c.start - 2] : tokens[c.start - 1];
  // … or its country's code before it: "U.S. Food and Drug Administration investigators".
  // … or an owner before it: "its Food and Drug Administration", "the UK's Foreign, Commonwealth and Development Office".
  const owned = /^(?:the|its|their|our)$/i.test(the?.text ?? '') || isPossessive(the?.text ?? '') || (mid - c.start >= 2 && isCountryCode(tokens[c.start].text));
  // … or two common words about the "and", a service's: "Holderness Fire and Rescue Service".
  const services = isSometimesLowerCase(tokens[mid - 1].text) && isSometimesLowerCase(tokens[mid + 1].text);
  // (A law's year after its head: "the Tenant Safety and Repairs Act 2021".)
  const last = /^\d{1,4}$/.test(tokens[c.end - 1].text) ? tokens[c.end - 2] : tokens[c.end - 1];
  // (… or a service's place after them: "Workplace Health and Safety Queensland".)
  const servicePlace = c.end - mid === 3 && services && (lists.lookup(last.text.toLowerCase()) & (PLACE_NAME | COUNTRY)) !== 0;
  // (An event's word before the "and" is a domain's where a body's word ends the name: "the Competition and Consumer Commission".)
  const first = bodyOrLaw(tokens[mid - 1]) || (isEventHead(tokens[mid - 1].text) && !bodyOrLaw(last));
  return (((owned || services) && body(last)) || servicePlace) && !first && !named;
}

/** Last words of laws' names, which end one name over "and" as a body's word does ("the Portability and Accountability Act"). */
const LAW_HEADS = /^(?:Act|Bill|Law|Treaty|Agreement|Convention|Regulations)$/;

const GLUE = new Set([',', 'and', 'or']);

/**
 * A name listed among people is a person: "astronauts Ana Ruiz, Tomas Berg and Kenji Sato" is a
 * list of one kind, and the tagger's "place" for an unseen foreign name in it is its mistake.
 * Only names of two or more words that the tagger called places and the place lists do not
 * know, joined by commas or "and" to people on every side they are joined at all; a country's
 * possessive in front ("Japan's Kenji Sato") is looked through.
 */
export function peopleInLists(tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const glued = (from: number, to: number) => to > from && tokens.slice(from, to).every((t) => GLUE.has(t.text));
  /** The name the list continues with before `k`, looking through "<place>'s". */
  const before = (k: number): Candidate | undefined => {
    const prev = sorted[k - 1];
    if (prev && prev.label === 'LOC' && prev.end + 1 === sorted[k].start && isPossessive(tokens[prev.end].text)) {
      const first = sorted[k - 2];
      return first && glued(first.end, prev.start) ? first : undefined;
    }
    return prev && glued(prev.end, sorted[k].start) ? prev : undefined;
  };
  const people = new Set<Candidate>();
  sorted.forEach((c, k) => {
    if (c.label !== 'LOC' || c.end - c.start < 2) return;
    if (nameLists().lookup(spanText(tokens, c.start, c.end).toLowerCase()) & PLACE_NAME) return;
    // (Nor a seat before its member: "the MP for Dunhollow and Kirkby West, Lena Moss,".)
    if (isSeatAt((i) => tokens[i]?.text, c.start)) return;
    // (Not a name before the noun it modifies: "By Ana Ruiz, Middle East correspondent".)
    const after = tokens[c.end]?.text ?? '';
    if (/^\p{Ll}/u.test(after) && after !== 'and') return;
    const next = sorted[k + 1] && glued(c.end, sorted[k + 1].start) ? sorted[k + 1] : undefined;
    const neighbours = [before(k), next].filter((n): n is Candidate => n !== undefined);
    if (neighbours.length > 0 && neighbours.every((n) => n.label === 'PER')) people.add(c);
  });
  return names.map((c) => (people.has(c) ? { ...c, label: 'PER' } : c));
}

/**
 * A plural title before a list of people is each one's: "Justices Ana Ruiz, Tomas Berg and Lena
 * Voss" gives all three the role "Justices", which the title split gave the first alone.
 */
export function sharedTitles(tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const glued = (from: number, to: number) => to > from && tokens.slice(from, to).every((t) => GLUE.has(t.text));
  const shared = new Map<Candidate, string>();
  sorted.forEach((c, k) => {
    const title = shared.get(c) ?? (c.label === 'PER' ? c.roles.find(isPluralTitle) : undefined);
    const next = sorted[k + 1];
    if (title && next?.label === 'PER' && glued(c.end, next.start)) shared.set(next, title);
  });
  return names.map((c) => (shared.has(c) && !c.roles.includes(shared.get(c)!) ? { ...c, roles: [...c.roles, shared.get(c)!] } : c));
}

/** "Justices", "Senators", "Aldermen": a title word in the plural, capitalized as a title before names. */
function isPluralTitle(role: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:s|men)$/u.test(role) && isTitleWord(role);
}

/** An electoral district's noun at `i` of the words `word` gives: "(Ashby and Colne) by-election", "… constituency". */
export function isDistrictNounAt(word: (i: number) => string | undefined, i: number): boolean {
  const noun = word(i) === 'by' && word(i + 1) === '-' ? `by-${word(i + 2) ?? ''}` : word(i) ?? '';
  return DISTRICT_NOUN.test(noun);
}

/** Who holds a seat: "the member for …", "MP for …", "Member of Parliament for …". */
const SEAT_HOLDERS = /^(?:member|Member|MP|MSP|MS|AM|MLA|MPP|TD|Parliament|seat|candidate)$/;

/** A seat's name opens at `i`, after who holds it: "the member for [Tarn and Lochside]", "MSP for [Spey and Cairngorm]". */
export function isSeatAt(word: (i: number) => string | undefined, i: number): boolean {
  return word(i - 1) === 'for' && SEAT_HOLDERS.test(word(i - 2) ?? '');
}
