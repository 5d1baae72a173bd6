/**
 * Department words of an office: in "Energy Secretary Jo Park", "the Foreign Minister" and
 * "Homeland Security Secretary" the capitalized words name the office, not an organization. Places
 * ("Texas Secretary of State") and acronyms ("EU Commissioner") stay names, and so does a word the
 * document also uses as a name on its own ("Treasury said ... Treasury Secretary Jo Park"); a
 * country's code before the department is the country's ("US Commerce Secretary").
 */
import type { Token } from '../types';
import { isAcronym } from './acronyms';
import type { Candidate } from './spans';
import { isTitleWord } from './titles';
import { startsUpper } from '../nlp/letters';
import { isCountryCode } from './words';
import { isSometimesLowerCase, nameLists } from '../ner/tagger';
import { PLACE_NAME } from '../ner/gazetteer';

/** Offices named after a department: "<Department> Secretary", "<Ministry> Minister". */
const OFFICE_HEADS = new Set(['secretary', 'minister', 'commissioner', 'undersecretary', 'under-secretary', 'secretary-general']);

function isOfficeHead(word: string | undefined): boolean {
  return word !== undefined && OFFICE_HEADS.has(word.toLowerCase());
}

/**
 * A name tagged together with the title after it ("Energy Secretary", "ESA Administrator"
 * as one organization) without the title: an acronym before any title, capitalized words before
 * an office. The department is then judged on its own. Names with function words ("Office of
 * the Prime Minister") are names of offices and stay whole.
 */
export function withoutOffice(tokens: readonly Token[], c: Candidate): Candidate {
  let end = c.end;
  while (end > c.start + 1 && isTitleWord(tokens[end - 1].text)) end--;
  if (end === c.end) return c;
  const rest = tokens.slice(c.start, end);
  const office = tokens.slice(end, c.end).some((t) => isOfficeHead(t.text));
  const acronym = rest.length === 1 && isAcronym(rest[0].text);
  return acronym || (office && rest.every((t) => startsUpper(t.text))) ? { ...c, end } : c;
}

/** Whether a candidate is the department part of an office title: right before the office's head. */
function isDepartmentWord(tokens: readonly Token[], c: Candidate): boolean {
  // A person before "and" is a list's ("Adviser Eduardo Año and Foreign Affairs Secretary …").
  const office = c.label === 'PER' ? c.end : officeAfter(tokens, c.end);
  // A place before an office is the place's ("Kenya Foreign Minister"), unless it opens a joint portfolio and no list has it
  // as a place: "Land [and Environment] Minister".
  if (!isOfficeHead(tokens[office]?.text)) return false;
  if (c.label === 'LOC' && (office === c.end || nameLists().lookup(tokens.slice(c.start, c.end).map((t) => t.text.toLowerCase()).join(' ')) & PLACE_NAME)) return false;
  return !tokens.slice(c.start, c.end).some((t) => isAcronym(t.text));
}

const MAX_JOINT_PORTFOLIO = 3;

/** Where the office's head stands after a department at `end`, over a joint portfolio: "Energy [and Mines] Minister". */
function officeAfter(tokens: readonly Token[], end: number): number {
  if (!/^(?:and|&)$/.test(tokens[end]?.text ?? '')) return end;
  let k = end + 1;
  while (k < tokens.length && k - end <= MAX_JOINT_PORTFOLIO && startsUpper(tokens[k].text) && !isOfficeHead(tokens[k].text)) k++;
  return k > end + 1 ? k : end;
}

/**
 * Drops department words unless the same name occurs elsewhere in the document as a name of its
 * own; `nameOf` gives a candidate's comparison key.
 */
export function withoutDepartments(tokens: readonly Token[], names: readonly Candidate[], nameOf: (c: Candidate) => string): Candidate[] {
  const department = names.map((c) => isDepartmentWord(tokens, c));
  const standalone = new Set(names.filter((_, i) => !department[i]).map(nameOf));
  return names.filter((c, i) => !department[i] || standalone.has(nameOf(c))).map((c) => withoutCountryDepartment(tokens, c));
}

/** "US Commerce Secretary": a country's code before a department's word names the country, the department word the office. */
function withoutCountryDepartment(tokens: readonly Token[], c: Candidate): Candidate {
  if (c.label === 'PER' || c.end - c.start < 2 || !isOfficeHead(tokens[c.end]?.text) || !isCountryCode(tokens[c.start].text)) return c;
  return tokens.slice(c.start + 1, c.end).every((t) => startsUpper(t.text) && !isAcronym(t.text)) ? { ...c, end: c.start + 1, label: 'LOC' } : c;
}

const MAX_PORTFOLIO_LIST = 12;

/**
 * An office's portfolio, no body: "[State for Relief]" after "Minister of", and a later item of the list
 * of portfolios after "for": "Minister of State for Relief, [Disaster Preparedness and Refugees]",
 * "Minister for Housing, [Local Government] and [Heritage]", and one of common words right after "for": "Minister for
 * [Food and Agriculture]".
 */
export function isOfficePortfolio(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start].text === 'State' && tokens[start + 1]?.text === 'for') return isOfficeOf(tokens, start - 1);
  // "Minister for [Food and Agriculture]": common words after an office's "for" (not a name: "Minister for Europe").
  if (tokens[start - 1]?.text === 'for' && start > 1 && isOffice(tokens[start - 2].text) && tokens.slice(start, end).every((t) => /^(?:,|and|&)$/.test(t.text) || isSometimesLowerCase(t.text))) return true;
  let k = start - 1;
  let listed = false;
  while (k > 0 && start - k <= MAX_PORTFOLIO_LIST && (startsUpper(tokens[k].text) || /^(?:,|and|&)$/.test(tokens[k].text)) && !isTitleWord(tokens[k].text)) {
    if (!startsUpper(tokens[k].text)) listed = true;
    k--;
  }
  if (!listed || tokens[k]?.text !== 'for' || !startsUpper(tokens[k + 1]?.text ?? '')) return false;
  return tokens[k - 1]?.text === 'State' ? isOfficeOf(tokens, k - 2) : k > 0 && isOffice(tokens[k - 1].text);
}

/** Whether token `of` is the "of" after a title: "Minister [of] State". */
function isOfficeOf(tokens: readonly Token[], of: number): boolean {
  return tokens[of]?.text === 'of' && of > 0 && isOffice(tokens[of - 1].text);
}

/** A title written as an office's, capitalized: "Minister" (not "a spokesperson for Innovation, Science and …"). */
function isOffice(word: string): boolean {
  return startsUpper(word) && isTitleWord(word);
}
