/**
 * The people of news credit lines and bylines: "Reporting by Ana Ruiz in Lima; Editing by Jo Park",
 * "By THOMAS ELLISON AP Business Writer", "Ana Ruiz in Lima and Ivo Lind in Quito". Their names are
 * people whatever the tagger made of them, and the places after "in" are places.
 */
import type { Token } from '../types';
import { FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { nameLists } from '../ner/tagger';
import { capitalized, startsUpper } from '../nlp/letters';
import { MAX_NAME_TOKENS, NAME_START, type Candidate } from './spans';
import { isShoutedWord } from './untagged';
import { isHyphen } from './words';
import { isTitleWord } from './titles';
import { isPublicationHead } from './types';
import { isSurnameParticle } from './surnames';
import { STAMP_WORDS } from './mastheads';

const CREDIT = /^(?:reporting|editing|writing|compiled|photography|photos?)$/i;
const CREDIT_END = /^[;)]$/;

/**
 * Tokens of a news credit line's name lists ("Reporting by Ana Ruiz in Lima and Tomas Berg in Quito;
 * Editing by Jo Park", "With assistance from Jo Park"), from each "by" or "from" to the next ";" or ")", and of a byline in capitals or of
 * names with their places on a line of their own (not the headline): the names there are people,
 * the places after "in" aside.
 */
export function creditedNames(tokens: readonly Token[], from: number, to: number, headline: boolean): Uint8Array | undefined {
  // A headline in Title Case may read like "Name in Place" ("Storm Batters Coast in Florida").
  let marks = shoutedByline(tokens, from, to) ?? (headline ? undefined : bylineWithPlaces(tokens, from, to) ?? bylineWithRole(tokens, from, to) ?? bylineOrPhotoCredit(tokens, from, to) ?? bylineField(tokens, from, to));
  for (let i = from + 1; i < to; i++) {
    if (!opensCredit(tokens, i)) continue;
    marks ??= new Uint8Array(to - from);
    for (let j = i + 1; j < to && !CREDIT_END.test(tokens[j].text); j++) {
      if (tokens[j].text !== 'in') {
        marks[j - from] = 1;
        continue;
      }
      // "by Ana Ruiz in Lima and Tomas Berg in Quito": the list goes on after the place.
      let k = j + 1;
      while (k < to && startsUpper(tokens[k].text)) k++;
      // (… after the place's state or country: "in Durham, North Carolina; additional reporting by …".)
      if (tokens[k]?.text === ',') k = afterRegion(tokens, k + 1, to) ?? k;
      if (tokens[k]?.text !== 'and' && tokens[k]?.text !== ',') break;
      j = k;
    }
  }
  return marks;
}

/** One past a listed place's capitalized words from `i` where no "in" follows them (a credited place's region), else undefined. */
function afterRegion(tokens: readonly Token[], i: number, to: number): number | undefined {
  let k = i;
  while (k < to && startsUpper(tokens[k].text)) k++;
  const listed = k > i && (nameLists().lookup(tokens.slice(i, k).map((t) => t.text.toLowerCase()).join(' ')) & PLACE_NAME) !== 0;
  return listed && tokens[k]?.text !== 'in' ? k : undefined;
}

/** "Reporting by", "Reporting:", "Editing by", a date's "Posted on March 3, 2026 by", Bloomberg's "With assistance from" and Canadian papers' "With files from". */
function opensCredit(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].text;
  // (Or a colon after a writer's credit: "Reporting: Kiri Ambrose and Luca Ferrante"; a photo's names its subject.)
  const written = word === ':' && /^(?:reporting|editing|writing)$/i.test(tokens[i - 1].text);
  // (A credit's word opens its line, bracket or clause, or is capitalized: not "figures compiled by the coalition".)
  const credit = CREDIT.test(tokens[i - 1].text) && (startsUpper(tokens[i - 1].text) || tokens[i - 2]?.sentence !== tokens[i].sentence || /^[(;,|]$/.test(tokens[i - 2].text));
  return written || (word === 'by' && (credit || isPostedBy(tokens, i))) || (word === 'from' && /^(?:assistance|files)$/i.test(tokens[i - 1].text));
}

const MAX_POSTED_DATE = 8;

/** Words opening a line that dates a story before its "by". */
const POSTED = new RegExp(`^(?:${STAMP_WORDS}|Written)$`);

/** "Posted on March 3, 2026 by": a line opening with "Posted" or "Published", its date, then "by". */
function isPostedBy(tokens: readonly Token[], by: number): boolean {
  if (!/^(?:19|20)\d\d$/.test(tokens[by - 1]?.text ?? '')) return false;
  let k = by - 1;
  while (k > 0 && by - k < MAX_POSTED_DATE && tokens[k - 1].sentence === tokens[by].sentence) k--;
  return POSTED.test(tokens[k].text);
}

const MAX_BYLINE_NAME = 3;

/** The names of a byline in capitals: "By THOMAS ELLISON AP Business Writer", "By ANA RUIZ and IVO LIND". */
function shoutedByline(tokens: readonly Token[], from: number, to: number): Uint8Array | undefined {
  if (tokens[from]?.text !== 'By' || !isShoutedName(tokens[from + 1]?.text ?? '')) return undefined;
  const marks = new Uint8Array(to - from);
  for (let j = from + 1; j < to; ) {
    let end = j;
    for (let words = 0, part = shoutedPart(tokens, end, to); part > 0 && words < MAX_BYLINE_NAME; words++, part = shoutedPart(tokens, end, to)) {
      marks.fill(1, end - from, end + part - from);
      end += part;
    }
    if (end === j || (tokens[end]?.text !== 'and' && tokens[end]?.text !== ',')) break;
    j = end + 1;
  }
  return marks;
}

/**
 * The agency a byline in capitals names after its reporters, whatever the tagger made of it: "By DANA RUELAS Associated
 * Press" (two capitalized words or more, up to a title's: not "AP Business Writer"). It replaces what it overlaps.
 */
export function shoutedBylineAgency(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const marks = shoutedByline(tokens, from, to);
  if (!marks) return [];
  const start = from + marks.lastIndexOf(1) + 1;
  let end = start;
  while (end < to && /^\p{Lu}\p{Ll}/u.test(tokens[end].text) && !isTitleWord(tokens[end].text) && !STAFF_LABEL.test(tokens[end].text)) end++;
  return end - start >= 2 && (end === to || tokens[end].text === ',') ? [{ start, end, label: 'ORG', roles: [] }] : [];
}

const MAX_OUTLET_WORDS = 5;
const MAX_ROLE_AFTER = 3;

/**
 * The outlet a byline names after its writers and their role, to the line's end: "By Liam Okoro, Anglia Sound", "By
 * Claire Danvers, Courts Reporter, Harland Evening Post", "By Jenny Talbot | Abbotsmere Courier" (capitalized words with
 * no title's or staff label's word; not a listed place alone: "By Ana Ruiz, Lima"). `marks` are the byline's names
 * (creditedNames, from token `from`).
 */
export function bylineOutlet(tokens: readonly Token[], from: number, to: number, marks: Uint8Array | undefined): Candidate[] {
  if (tokens[from]?.text !== 'By' || !marks || !marks.includes(1)) return [];
  let comma = from + marks.lastIndexOf(1) + 1;
  while (/^[,|]$/.test(tokens[comma]?.text ?? '') && comma + 1 < to) {
    let end = comma + 1;
    while (end < to && (startsUpper(tokens[end].text) || tokens[end].text === '&' || /^\d{1,3}$/.test(tokens[end].text))) end++;
    const words = tokens.slice(comma + 1, end);
    const role = words.some((t) => isTitleWord(t.text) || STAFF_LABEL.test(t.text));
    // (… or before the writer's role in lower case: "By Ruth Elsdon, Carrowby Evening Echo health reporter".)
    const roleAfter = end < to && to - end <= MAX_ROLE_AFTER && tokens.slice(end, to).every((t) => /^\p{Ll}+$/u.test(t.text)) && STAFF_LABEL.test(capitalized(tokens[to - 1].text));
    if ((end === to || roleAfter) && words.length > 0 && words.length <= MAX_OUTLET_WORDS && !role) {
      // (Past its article: "By Mia Kowal, The Northern Beacon".)
      const start = words.length > 1 && /^the$/i.test(words[0].text) ? comma + 2 : comma + 1;
      const place = end - start === 1 && (nameLists().lookup(tokens[start].text.toLowerCase()) & PLACE_NAME) !== 0;
      return place ? [] : [{ start, end, label: 'ORG', roles: [], credit: true }];
    }
    if (end === comma + 1 || !role) break;
    comma = end;
  }
  return [];
}

/**
 * Tokens of the word of a name in capitals at `i`: one ("THOMAS"), or three for a hyphenated
 * given name that wink splits ("JI" + "-" + "MIN"); 0 for none.
 */
function shoutedPart(tokens: readonly Token[], i: number, to: number): number {
  const [word, hyphen, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!word || !isShoutedWord(word.text)) return 0;
  if (i + 2 < to && isHyphen(hyphen.text) && hyphen.start === word.end && next.start === hyphen.end && isShoutedWord(next.text)) return 3;
  return isShoutedName(word.text) ? 1 : 0;
}

/**
 * A tagged span of a credit line or byline (`marks`, creditedNames, from token `from`): a name of
 * two words or more in the marks is a person's, widened over the marked words the tagger left
 * out, and the words after the marks are the agency's: "By GRACE OKORO Associated Press" tagged
 * [OKORO Associated Press] is the person "GRACE OKORO" and the organization "Associated Press".
 */
export function creditedSpans(tokens: readonly Token[], c: Candidate, marks: Uint8Array, from: number): Candidate[] {
  const marked = (i: number) => i >= from && i - from < marks.length && marks[i - from] === 1;
  // "Reporting by Jared Pell in Tamsin Falls": the place after a credited name, whatever the tagger made of it.
  if (!marked(c.start) && tokens[c.start - 1]?.text === 'in' && marked(c.start - 2)) {
    let end = c.end;
    while (end < from + marks.length && startsUpper(tokens[end].text)) end++;
    return [{ ...c, end, label: 'LOC', person: undefined, roles: [] }];
  }
  if (!marked(c.start)) return [c];
  // A word of a name, or the hyphen inside one ("JI-MIN").
  const nameWord = (i: number) =>
    marked(i) && (NAME_START.test(tokens[i].text) || (isHyphen(tokens[i].text) && marked(i + 1) && tokens[i + 1].start === tokens[i].end));
  let [start, end] = [c.start, c.start];
  while (nameWord(start - 1)) start--;
  while (end < c.end && marked(end)) end++;
  if (end === c.end) while (nameWord(end)) end++;
  const outlet = isOutlet(tokens, start, end);
  const person: Candidate[] = outlet ? [outlet] : end - start >= 2 ? [{ ...c, start, end, label: 'PER', person: true }] : [{ ...c, start, end }];
  return end < c.end ? [...person, { start: end, end: c.end, label: 'ORG', roles: [] }] : person;
}

const SEPARATOR = /^[·|•]$/;

/** Whether the line opens with two or three capitalized words, the first a listed given name, then a separator. */
function isNameBeforeSeparator(tokens: readonly Token[], line: number, to: number): boolean {
  if (!NAME_START.test(tokens[line]?.text ?? '') || !(nameLists().lookup(tokens[line].text.toLowerCase()) & FIRST_NAME)) return false;
  for (let k = line + 1; k < to && k - line <= MAX_BYLINE_NAME + 2; k++) {
    if (SEPARATOR.test(tokens[k].text)) return k - line >= 2;
    // Not an outlet's name: "Sky-Line News Online | Updated: …".
    const word = tokens[k].text;
    if ((!NAME_START.test(word) && !isHyphen(word)) || isPublicationHead(word) || nameLists().lookup(word.toLowerCase()) & ORG_WORD) return false;
  }
  return false;
}

/** Words after an outlet's name that credit its staff: "Globe Staff", "Courier Correspondent" (or "Echo health reporter"). */
const STAFF_LABEL = /^(?:Staff|Correspondent|Correspondents|Writer|Writers|Reporter|Reporters)$/;

/** Labels that open a byline line other than "By": "Author", "Reporter: Li Wen", "Words: Ana Ruiz". */
const BYLINE_LABEL = /^(?:by|Author|Authors|Reporter|Reporters|Words|Contributor|Contributors)$/;

/** Verbs a byline line may open with before "by", and kinds of piece a header names before it ("6 Mar 2026 | Analysis by …"). */
const WRITTEN_WORDS = 'Written|Edited|Reported|Compiled|Analysis|Report|Commentary|Opinion|Review|Feature|Story|Text';
const WRITTEN = new RegExp(`^(?:${WRITTEN_WORDS})$`);

/** A byline's line, its capitals a name's though every word has one: "By Maria Okafor, Reuters", "Analysis by Ivo Lind". */
export const BYLINE_LINE = new RegExp(`^\\s*(?:(?:${WRITTEN_WORDS})\\s+by|By)\\s+\\p{Lu}\\p{Ll}`, 'u');

/** What opens a photo credit: "Photo: Ana Ruiz / Staff", "Photograph: Ivo Lind/Reuters". */
const PHOTO = /^(?:Photos?|Photographs?|Pictures?|Images?)$/;

/**
 * The names of a byline line, "By Chad Vale, Channel 9 News", "By Ana Ruiz and Ivo Lind", "Ana Ruiz ·
 * CBC News", or of a photo credit, "Photo: Ana Ruiz / Staff photographer": each from a listed given name, two or three
 * words; the outlet after them is none ("CNN", "Channel 9 News").
 */
function bylineOrPhotoCredit(tokens: readonly Token[], line: number, to: number): Uint8Array | undefined {
  // "10 March 2026 | By Marit Haugland": a header's fields apart.
  // "by Ada Pell — March 5", "Author Jens Marrow (with Reuters)", "Reporter: Li Wen": a line's own label.
  // "Written by Anita Kohli | Updated: …", "Edited by …": a verb of writing before "by" labels it too.
  const writtenAt = (k: number) => WRITTEN.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'by';
  const written = writtenAt(line);
  const labelled = written || BYLINE_LABEL.test(tokens[line]?.text ?? '');
  // "Mira Kostanek-Lund · NSB News": a name alone before a separator and its outlet is a byline too.
  const separated = !labelled && isNameBeforeSeparator(tokens, line, to);
  let from = labelled && (written || tokens[line + 1]?.text === ':') ? line + 1 : line;
  while (!labelled && !separated && from + 1 < to && tokens[from].text !== 'By' && !PHOTO.test(tokens[from].text) && !writtenAt(from)) from++;
  if (from > line && !labelled && tokens[from - 1].text !== '|') return undefined;
  // (A header's "| Analysis by Keir Dunmore" as its "| By …".)
  const fieldWritten = from > line && !labelled && writtenAt(from);
  if (fieldWritten) from++;
  const photo = PHOTO.test(tokens[from]?.text ?? '') && /^(?::|by)$/.test(tokens[from + 1]?.text ?? '');
  if (tokens[from]?.text !== 'By' && !photo && !labelled && !separated && !fieldWritten) return undefined;
  // (After a capital "By", a given name no list has, nor any word: "Posted: 2026-06-03 | By Taavi Morrell".)
  const unlisted = (i: number) => tokens[from]?.text === 'By' && i === from + 1 && nameLists().lookup(tokens[i].text.toLowerCase()) === 0;
  const opensName = (i: number) => NAME_START.test(tokens[i]?.text ?? '') && ((nameLists().lookup(tokens[i].text.toLowerCase()) & FIRST_NAME) !== 0 || unlisted(i));
  const marks = new Uint8Array(to - line);
  const glued = (k: number) => tokens[k + 1] !== undefined && tokens[k + 1].start === tokens[k].end;
  for (let i = separated ? line : from + (photo ? 2 : 1); opensName(i); ) {
    let [end, words] = [i, 0];
    for (; end < to && words < MAX_BYLINE_NAME && NAME_START.test(tokens[end].text); words++, end++) {
      // "Joe Brisk Globe Staff": the outlet's word before a staff label is no part of the name.
      if (words >= 2 && STAFF_LABEL.test(tokens[end + 1]?.text ?? '')) break;
      // … nor are letters after a name ("By Ciarán Dolan BL").
      if (words >= 2 && /^\p{Lu}{2,4}$/u.test(tokens[end].text)) break;
      // "Ferris-Okoye", "Min-ji": a hyphenated word is one.
      while (end + 2 < to && isHyphen(tokens[end + 1].text) && glued(end) && glued(end + 1)) end += 2;
      end = overParticles(tokens, end, to);
    }
    // A bureau or desk after the names is the outlet's: "By Ana Ruiz, Washington Bureau".
    if (words < 2 || nameLists().lookup(tokens[end - 1].text.toLowerCase()) & ORG_WORD) break;
    marks.fill(1, i - line, end - line);
    if (tokens[end]?.text !== 'and' && tokens[end]?.text !== ',') break;
    i = end + 1;
  }
  return marks.includes(1) ? marks : undefined;
}

/**
 * A header's field that is a name, between its separators: "3 March 2026 | Marguerite Okonjo | Pipeline Weekly",
 * "GridLine | 08.06.2026 | by Marten Holvik" (from a listed given name, two or three words, no outlet's or body's word).
 */
function bylineField(tokens: readonly Token[], line: number, to: number): Uint8Array | undefined {
  for (let k = line; k + 2 < to; k++) {
    if (!SEPARATOR.test(tokens[k].text)) continue;
    const i = /^by$/i.test(tokens[k + 1].text) ? k + 2 : k + 1;
    const end = nameRunEnd(tokens, i, to, (t) => !isPublicationHead(t.text) && !(nameLists().lookup(t.text.toLowerCase()) & ORG_WORD));
    const given = (nameLists().lookup(tokens[i]?.text.toLowerCase() ?? '') & FIRST_NAME) !== 0;
    if (!given || end - i < 2 || (end < to && !SEPARATOR.test(tokens[end].text))) continue;
    const marks = new Uint8Array(to - line);
    marks.fill(1, i - line, end - line);
    return marks;
  }
  return undefined;
}

const MAX_BYLINE_PLACE = 3;

/**
 * A byline of names with where each writes from, alone on its line: "Ana Ruiz in Lima and Ivo
 * Lind in Quito". The whole line must read so; the names are marked, not the places.
 */
function bylineWithPlaces(tokens: readonly Token[], from: number, to: number): Uint8Array | undefined {
  // Proper nouns from a listed given name only: a Title Case heading ("Early Years in Bergamo") is no byline.
  const opensName = (i: number) => tokens[i]?.pos === 'PROPN' && (nameLists().lookup(tokens[i].text.toLowerCase()) & FIRST_NAME) !== 0;
  if (!opensName(from)) return undefined;
  const marks = new Uint8Array(to - from);
  let i = from;
  let places = 0;
  while (i < to) {
    const end = nameRunEnd(tokens, i, to, (t) => t.pos === 'PROPN');
    if (end - i < 2 || !opensName(i)) return undefined;
    marks.fill(1, i - from, end - from);
    i = end;
    // (… or "at" where a reporter is: "Helen Marchbanks at Wimbledon".)
    if (tokens[i]?.text === 'in' || tokens[i]?.text === 'at') {
      let place = i + 1;
      while (place < to && place - i <= MAX_BYLINE_PLACE && NAME_START.test(tokens[place].text)) place++;
      if (place === i + 1) return undefined;
      places++;
      i = place;
    }
    if (i < to && tokens[i].text !== 'and' && tokens[i].text !== ',') return undefined;
    if (i < to) i++;
  }
  return places > 0 ? marks : undefined;
}

/**
 * The end of a byline's name from `i`: up to three capitalized words that pass `word`, a hyphenated one counted once
 * ("Ama Boateng-Oduro").
 */
function nameRunEnd(tokens: readonly Token[], i: number, to: number, word: (t: Token) => boolean): number {
  const glued = (k: number) => tokens[k + 1] !== undefined && tokens[k + 1].start === tokens[k].end;
  let end = i;
  for (let words = 0; end < to && words < MAX_BYLINE_NAME && NAME_START.test(tokens[end].text) && word(tokens[end]); words++, end++) {
    while (end + 2 < to && isHyphen(tokens[end + 1].text) && glued(end) && glued(end + 1) && NAME_START.test(tokens[end + 2].text)) end += 2;
    end = overParticles(tokens, end, to);
  }
  return end;
}

/** The last particle of a surname's after name word `end` ("Van [der] Meer", "de [la] Cruz"), before a capitalized word; else `end`. */
function overParticles(tokens: readonly Token[], end: number, to: number): number {
  let k = end;
  while (k + 2 < to && isSurnameParticle(tokens[k + 1].text) && /^\p{Ll}/u.test(tokens[k + 1].text) && (NAME_START.test(tokens[k + 2].text) || isSurnameParticle(tokens[k + 2].text))) k++;
  return k > end && NAME_START.test(tokens[k + 1]?.text ?? '') ? k : end;
}

/** Last words of a reporter's role after the name on a byline line: "Technology Correspondent", "Health Editor". */
const ROLE_END = /^(?:Correspondent|Reporter|Editor|Writer|Columnist|Producer|Presenter)$/i;
const MAX_ROLE_WORDS = 4;

/** A line of a name and a reporter's role: "Aoife Gilsenan, Technology Correspondent", "Ana Ruiz, Middle East correspondent" (a byline, no headline). */
const ROLE_BYLINE = new RegExp(`^\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2},(?:\\s+[\\p{L}&'’-]+){0,${MAX_ROLE_WORDS - 1}}\\s+${ROLE_END.source.slice(1, -1)}$`, 'iu');

export function isRoleByline(line: string): boolean {
  return ROLE_BYLINE.test(line.trim());
}

/**
 * A byline of a name and its role, alone on its line or after its date: "Aoife Gilsenan, Technology Correspondent",
 * "2026-02-06 · Samira Holt, Technical Editor". The name is marked.
 */
function bylineWithRole(tokens: readonly Token[], line: number, to: number): Uint8Array | undefined {
  const from = afterDate(tokens, line, to);
  if (tokens[from]?.pos !== 'PROPN' || !(nameLists().lookup(tokens[from].text.toLowerCase()) & FIRST_NAME)) return undefined;
  const comma = nameRunEnd(tokens, from, to, () => true);
  if (comma - from < 2 || tokens[comma]?.text !== ',' || to - comma - 1 < 1 || to - comma - 1 > MAX_ROLE_WORDS || !ROLE_END.test(tokens[to - 1].text)) return undefined;
  if (!tokens.slice(comma + 1, to).every((t) => /^[\p{L}&'’-]+$/u.test(t.text))) return undefined;
  const marks = new Uint8Array(to - line);
  marks.fill(1, from - line, comma - line);
  return marks;
}

/** Words of a date before a byline: "2026-02-06", "March 5, 2026". */
const DATE_WORD = /^(?:\d[\d/.:-]*|\p{Lu}\p{Ll}{2,8}\.?|,)$/u;
const MAX_DATE_WORDS = 6;

/** The token after a date and its separator opening a line ("2026-02-06 · "), or the line's first. */
function afterDate(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && i - from < MAX_DATE_WORDS && DATE_WORD.test(tokens[i].text)) i++;
  const dated = tokens.slice(from, i).some((t) => /^\d/.test(t.text));
  return dated && i > from && i + 1 < to && /^[·|•—–-]$/.test(tokens[i].text) ? i + 1 : from;
}

/**
 * The people of a credit line that the tagger left untagged: runs of two to four capitalized words
 * in `marks` (creditedNames), "Editing by Mark Potter". `covered` marks tagged tokens.
 */
export function creditedPeople(tokens: readonly Token[], from: number, marks: Uint8Array | undefined, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  if (!marks) return out;
  for (let i = from; i - from < marks.length; i++) {
    if (!marks[i - from] || covered[i] || !NAME_START.test(tokens[i].text)) continue;
    let end = i;
    // Over a hyphen the byline marked inside a name: "Samuel Brandt-Okoye".
    const inName = (k: number) => NAME_START.test(tokens[k].text) || (isHyphen(tokens[k].text) && end > i && NAME_START.test(tokens[k + 1]?.text ?? ''));
    while (end - from < marks.length && marks[end - from] && !covered[end] && inName(end) && end - i < MAX_NAME_TOKENS) end++;
    // "Staff Writer", "Special Correspondent": a credit without a name.
    const outlet = end - i >= 2 ? isOutlet(tokens, i, end) : undefined;
    if (outlet) out.push(outlet);
    else if (end - i >= 2 && !tokens.slice(i, end).every((t) => isTitleWord(t.text) || NO_NAME_CREDIT.test(t.text))) out.push({ start: i, end, label: 'PER', roles: [] });
    i = end;
  }
  return out;
}

const NO_NAME_CREDIT = /^(?:Staff|Special|Our|Senior|Own|Wire|Agency|Agencies)$/;

/** A credited outlet, not a person: "The Canadian Press", "Kelby News" (without its "The"), "Pacific Wire Service", "Orbit Ledger [Staff]". */
function isOutlet(tokens: readonly Token[], start: number, end: number): Candidate | undefined {
  const the = tokens[start].text === 'The';
  const last = tokens[end - 1].text;
  // "By Orbit Ledger Staff": the outlet's staff.
  if (last === 'Staff' && end - start >= 2 && !isTitleWord(tokens[end - 2].text) && !NO_NAME_CREDIT.test(tokens[end - 2].text)) return { start: the ? start + 1 : start, end: end - 1, label: 'ORG', roles: [] };
  return (the && end - start >= 2) || isPublicationHead(last) || AGENCY_WORDS.test(last) ? { start: the ? start + 1 : start, end, label: 'ORG', roles: [] } : undefined;
}

/** A name in capitals in a byline: "THOMAS", "O'NEILL" (not the agency "AP"). */
function isShoutedName(word: string): boolean {
  return word.length > 2 && isShoutedWord(word);
}

const CREDIT_LABEL = /^(?:Photos?|Photographs?|Pictures?|Images?|Credit|Words)$/;

/** Where a credit's label ("Photo:", "Credit:") is in [from, to); the last token when there is none. */
function creditLabel(tokens: readonly Token[], from: number, to: number): number {
  let label = from;
  while (label + 1 < to && !(CREDIT_LABEL.test(tokens[label].text) && tokens[label + 1].text === ':')) label++;
  return label;
}
const MAX_CREDIT_SIDE = 4;

/**
 * A photo credit naming the photographer and the agency either side of a slash, in either order:
 * "Photograph: Ana Lutz/Brightlane Images", "Photo: Herald / Jonas De Wit", "(Chad Ellery/Vale Gazette)". The photographer is the side of
 * two or three words that opens with a listed given name or ends with a listed surname; the other side
 * is the agency. Both whatever the tagger made of them.
 */
export function slashCredit(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const label = creditLabel(tokens, from, to);
  // (Or a bracket around it, with a label before or none: "(Chad Ellery/Vale Gazette)".)
  const bracket = label === to - 1;
  const first = bracket ? from : label + 2;
  let slash = first + 1;
  while (slash < to && tokens[slash].text !== '/') slash++;
  if (slash >= to) return [];
  // (A station's number inside its name: "LakeCity 7 News"; an ampersand: "Field & Flyway".)
  const inSide = (k: number) =>
    NAME_START.test(tokens[k].text) ||
    (tokens[k].text === '&' && NAME_START.test(tokens[k - 1]?.text ?? '') && NAME_START.test(tokens[k + 1]?.text ?? '')) ||
    (isSurnameParticle(tokens[k].text) && NAME_START.test(tokens[k + 1]?.text ?? '')) ||
    (/^\d{1,3}$/.test(tokens[k].text) && NAME_START.test(tokens[k - 1]?.text ?? '') && NAME_START.test(tokens[k + 1]?.text ?? ''));
  let start = slash;
  while (start > first && slash - start < MAX_CREDIT_SIDE && inSide(start - 1)) start--;
  let end = slash + 1;
  while (end < to && end - slash - 1 < MAX_CREDIT_SIDE && inSide(end)) end++;
  const opened = (!bracket && start === first) || tokens[start - 1]?.text === '(';
  if (!opened || start === slash || end === slash + 1 || (end < to && !/^[)\]]$/.test(tokens[end].text))) return [];
  const left = { start, end: slash, label: 'PER' as const, roles: [] };
  const right = { start: slash + 1, end, label: 'PER' as const, roles: [] };
  // (Neither side known: the photographer beside an agency's or a paper's words, "Photo: Sazzad Hossain/Daily Lodestar",
  // "Picture: Courier/Harpreet Sangha".)
  const named = (side: Candidate) => side.end - side.start >= 2 && side.end - side.start <= 3;
  const person =
    [left, right].find((side) => isPhotographer(tokens, side.start, side.end)) ??
    (isAgency(tokens, right.start, right.end) && named(left) ? left : isAgency(tokens, left.start, left.end) && named(right) && !isAgency(tokens, right.start, right.end) ? right : undefined);
  if (!person) return [];
  const agency = person === left ? right : left;
  // (Without its article: "Photograph: Diego Alvarenga/The Chronicle".)
  const article = /^the$/i.test(tokens[agency.start].text) && agency.end - agency.start > 1 ? 1 : 0;
  return [person, { ...agency, start: agency.start + article, label: 'ORG' }];
}

/** Words of photo agencies', wire services' and broadcasters' names: "Getty Images", "Pacific Wire Service", "Ridge 4 News". */
const AGENCY_WORDS = /^(?:Images|Photos|Pictures|Photography|Press|Agency|News|Media|Wire|Service|Newswire|Network|Radio|TV|FM)$/;

/**
 * A photo credit's names after its label without a slash: the photographer "for" an outlet, "(Photo: Dario Velkov for The
 * Continental Post)", a photo agency alone, "Credit: Redline Images", or a writer's or a photographer's name alone,
 * "Words: Kit Farrow | Photographs: Sorrel Dane". Whatever the tagger made of them.
 */
export function labelledCredit(tokens: readonly Token[], from: number, to: number): Candidate[] {
  const label = creditLabel(tokens, from, to);
  const first = label + 2;
  if (first >= to) return [];
  const end = namedRun(tokens, first, to);
  if (end === first) return [];
  const closes = (k: number) => k === to || /^[)\]|]$/.test(tokens[k].text);
  if (closes(end) && end - first >= 2 && AGENCY_WORDS.test(tokens[end - 1].text)) return [{ start: first, end, label: 'ORG', roles: [] }];
  if (closes(end)) return isCreditedName(tokens, first, end) ? [{ start: first, end, label: 'PER', roles: [] }, ...labelledCredit(tokens, end, to)] : [];
  const words = tokens.slice(first, end).filter((t) => !isHyphen(t.text)).length;
  if (tokens[end].text !== 'for' || words < 2 || words > 3) return [];
  const outlet = /^the$/i.test(tokens[end + 1]?.text ?? '') ? end + 2 : end + 1;
  const outletEnd = namedRun(tokens, outlet, to);
  if (outletEnd === outlet || !closes(outletEnd)) return [];
  return [{ start: first, end, label: 'PER', roles: [] }, { start: outlet, end: outletEnd, label: 'ORG', roles: [] }];
}

/**
 * The holder a copyright line names after its sign and years, whatever the tagger made of it: "© 2026 Eastern Star Press",
 * "Copyright 2026 KMNX-TV. All rights reserved." (an outlet; its article aside, as everywhere).
 */
export function copyrightHolder(tokens: readonly Token[], from: number, to: number): Candidate[] {
  if (!/^(?:©|copyright)$/i.test(tokens[from]?.text ?? '')) return [];
  let first = from + 1;
  while (first < to && /^(?:©|\(c\)|\d{4}(?:[-–]\d{2,4})?|[-–])$/i.test(tokens[first].text)) first++;
  if (/^the$/i.test(tokens[first]?.text ?? '')) first++;
  const end = namedRun(tokens, first, to);
  return end > first && (end === to || /^[.,;|]$/.test(tokens[end].text)) ? [{ start: first, end, label: 'ORG', roles: [] }] : [];
}

/** A name of two or three words alone after its credit's label, no agency's: a photographer's or a writer's. */
function isCreditedName(tokens: readonly Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).filter((t) => !isHyphen(t.text)).length;
  return words >= 2 && words <= 3 && !isAgency(tokens, start, end) && !tokens.slice(start, end).some((t) => nameLists().lookup(t.text.toLowerCase()) & (PLACE_NAME | ORG_WORD));
}

/** One past the capitalized words from `start`, a hyphen glued inside them ("Holt-Adebayo"), at most four words. */
function namedRun(tokens: readonly Token[], start: number, to: number): number {
  let end = start;
  const glued = (k: number) => tokens[k].start === tokens[k - 1].end && tokens[k + 1]?.start === tokens[k].end;
  while (end < to && end - start < MAX_CREDIT_SIDE && (NAME_START.test(tokens[end].text) || (end > start && isHyphen(tokens[end].text) && glued(end) && NAME_START.test(tokens[end + 1]?.text ?? '')))) end++;
  return end;
}

/** Words naming a photo agency or a paper: "Getty Images", "Daily Lodestar". */
function isAgency(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.slice(start, end).some((t) => AGENCY_WORDS.test(t.text) || isPublicationHead(t.text));
}

/** Two or three words opening with a listed given name or ending with a listed surname, no body's or paper's word last. */
function isPhotographer(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3) return false;
  const lists = nameLists();
  const last = tokens[end - 1].text.toLowerCase();
  return ((lists.lookup(tokens[start].text.toLowerCase()) & FIRST_NAME) !== 0 || (lists.lookup(last) & LAST_NAME) !== 0) && !(lists.lookup(last) & ORG_WORD) && !isPublicationHead(tokens[end - 1].text);
}
