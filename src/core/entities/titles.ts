/**
 * Titles and roles around person names: "acting Port Administrator Ana Ruiz", "Mr. Smith",
 * "Lena Varga, director of Portex," and "Malta's harbour chief, Lena Varga". General
 * English vocabulary of offices, ranks and jobs; a name is never part of its title.
 */
import type { Token } from '../types';
import { startsLower, startsUpper } from '../nlp/letters';
import { memoized } from './normalize';
import { isHyphen } from './words';
import { isCalendarWord } from './calendar';
import { isSometimesLowerCase } from '../ner/tagger';

/** Head words of roles: a role phrase ends with one of these ("port authority chief"). */
const TITLE_WORDS = new Set(
  `president vice-president president-elect secretary monsignor administrator spokesman spokeswoman spokesperson
  spokespeople chief minister premier chancellor director ceo cfo coo cto ciso cmo cco chairman chairwoman chair
  chairperson governor senator representative congressman congresswoman lawmaker legislator mayor
  councillor councilor councilman councilwoman judge justice magistrate ambassador envoy diplomat consul
  commissioner general colonel lieutenant captain sergeant major admiral commander corporal private
  marshal officer head leader founder co-founder cofounder executive manager editor correspondent
  reporter columnist analyst professor doctor king queen prince princess emperor empress sultan emir
  sheikh pope cardinal archbishop bishop reverend pastor priest rabbi imam ayatollah attorney prosecutor
  lawyer counsel solicitor sheriff inspector detective constable superintendent agent astronaut cosmonaut
  coach owner boss anchor host producer dean provost principal treasurer trustee partner auditor comptroller
  controller clerk assessor registrar ombudsman regent investigator
  adviser advisor aide deputy speaker official officials negotiator mediator economist scientist
  researcher physicist chemist engineer astronomer historian author writer novelist poet actor actress
  singer rapper musician filmmaker star striker midfielder defender goalkeeper quarterback
  pitcher champion player commentator strategist pollster activist campaigner organizer
  chairman-elect governor-elect mp mep msp mla mpp mna mha td alderman alderwoman aldermen alderwomen councilmember justices
  senators judges commissioners councillors councilors councilmembers magistrates
  guitarist bassist drummer pianist vocalist saxophonist keyboardist violinist cellist
  composer conductor referee umpire winger substitute playmaker neurologist epidemiologist virologist meteorologist
  forecaster
  physician surgeon nurse teacher journalist photographer architect entrepreneur biologist
  psychologist sociologist designer plaintiff defendant taoiseach lady lord countess count duchess duke
  baroness baron marchioness marquess viscount commodore seaman airman ensign brigadier midshipman class
  rapporteur assemblymember assemblyman assemblywoman tánaiste tanaiste driver co-driver rider cyclist
  fullback full-back halfback half-back flanker fly-half scrum-half batsman wicketkeeper paceman jockey golfer caddie
  swimmer sprinter boxer trainer stablehand groundsman groundskeeper presenter newsreader warden
  organiser convenor convener skipper harbourmaster harbormaster curator librarian archivist coroner
  firefighter lecturer headteacher headmaster headmistress hhj canon archdeacon vicar rector chaplain curate deacon
  prebendary revd grandmaster concierge lifeguard sommelier barista hotelier innkeeper doorman waiter waitress housekeeper
  coxswain helmsman navigator ranger vet pilot selectman selectwoman selectmen selectperson`.split(/\s+/),
);

/** Offices of a place, before "of" and its name: "the Bishop of Wenmouth", "the Mayor of Tarnby" (not a peer's title, a name). */
const PLACE_OFFICES = /^(?:mayor|bishop|archbishop|dean|archdeacon|provost|governor|sheriff|vicar|rector)$/i;

export function isPlaceOffice(word: string): boolean {
  return PLACE_OFFICES.test(word);
}

/** Words that may precede a role's head inside the role ("acting", "former", "deputy"). */
const MODIFIERS = new Set(
  `acting former interim deputy vice assistant associate senior junior chief executive general top
  then ex incoming outgoing new longtime long-time veteran prime lead principal managing first second
  foreign defense defence interior finance justice health education state federal national regional
  district county city press public affairs communications`.split(/\s+/),
);

/** A lowercase word that may precede a role's head ("former", "acting"). */
export function isRoleModifier(word: string): boolean {
  return MODIFIERS.has(word) && startsLower(word);
}

/** Modifiers that only ever qualify a title, capitalized or not: never the first word of a name ("Assistant U.S. Attorney", "Former Central Java governor"). */
const TITLE_ONLY_MODIFIERS = new Set(['acting', 'former', 'interim', 'deputy', 'assistant', 'associate', 'vice', 'then', 'ex', 'incoming', 'outgoing', 'longtime', 'long-time', 'minority', 'majority']);

export function isTitleOnlyModifier(word: string): boolean {
  return TITLE_ONLY_MODIFIERS.has(word.toLowerCase());
}

/** Honorifics stripped from names but not worth keeping as roles ("Shri", not "Sri": "Sri Lanka" is far more often written). */
const COURTESY = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'sir', 'dame', 'madam', 'shri', 'smt', 'shrimati', 'begum', 'maulana',
  'comrade', 'alhaji', 'alhaja', 'hajia', 'sayyid', 'sayyida', 'sheikha',
  // Malaysia's: "Datuk Azlan", "Datin Siti", "Puan Aisha".
  'datuk', 'dato', 'datin', 'puan',
]);

/** "Sri"/"Seri" after the word that opens a Malaysian honorific: "Datuk Seri", "Dato' Sri", "Tan Sri", "Puan Sri". */
const HONORIFIC_SECOND = /^(?:Sri|Seri)$/;
const HONORIFIC_FIRST = /^(?:Datuk|Dato|Dato'|Dato’|Tan|Puan|Toh)$/;

/** Whether token `i` (no further back than `floor`) ends a Malaysian honorific of two words: the "Seri" of "Datuk Seri". */
export function isHonorificSecond(tokens: readonly Token[], i: number, floor: number): boolean {
  if (!HONORIFIC_SECOND.test(tokens[i].text) || i <= floor) return false;
  const first = honorificFirst(tokens, i);
  return first >= floor && HONORIFIC_FIRST.test(tokens.slice(first, i).map((t) => t.text).join(''));
}

/** Where the honorific "Sri" at `i` completes starts: the word before, or before its apostrophe, which the tokenizer splits ("Dato' Sri"). */
function honorificFirst(tokens: readonly Token[], i: number): number {
  return /^['’]$/.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
}

/** Abbreviated ranks and offices written out: "Cllr" is a "councillor", "Det." a "detective". */
const WRITTEN_OUT: Readonly<Record<string, string>> = {
  cllr: 'councillor', cr: 'councillor', dr: 'doctor', prof: 'professor', gen: 'general', sen: 'senator', rep: 'representative', gov: 'governor',
  lt: 'lieutenant', col: 'colonel', capt: 'captain', sgt: 'sergeant', adm: 'admiral', cmdr: 'commander', cdr: 'commander', maj: 'major',
  supt: 'superintendent', insp: 'inspector', det: 'detective', amb: 'ambassador', rev: 'reverend', fr: 'father', atty: 'attorney',
  cpl: 'corporal', pvt: 'private', brig: 'brigadier', ald: 'alderman',
};

/** Abbreviated ranks and offices ("Gen.", "Sen."); kept as roles. */
const ABBREVIATED = new Set([...Object.keys(WRITTEN_OUT), ...`pres hon gov-elect msgr mgr sr`.split(/\s+/)]);

/**
 * Ranks and offices abbreviated in capitals only: British police ("DI Varga"; "Di" opens Italian
 * surnames, "Di Muro"), prime, chief and deputy chief ministers, cabinet secretaries ("CM Sinha", "CS Ogamba"),
 * members of Ireland's parliament ("TD Orla Brannigan"), video referees ("TMO Mateo Ferreyra", "VAR Ana Lutz").
 */
const POLICE_RANKS = new Set(['DI', 'DCI', 'DS', 'DSU', 'DSI', 'DCS', 'PM', 'CM', 'DCM', 'CS', 'TD', 'TMO', 'VAR']);

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** British police ranks written out: "DI Odell" after "Detective Inspector Ruth Odell". */
const RANKS_WRITTEN_OUT: Readonly<Record<string, string>> = { di: 'inspector', dci: 'inspector', ds: 'sergeant', dsu: 'superintendent', dsi: 'superintendent', dcs: 'superintendent' };

/** Offices on a council its elected members hold: "Harland Borough Council leader" is a councillor. */
const COUNCIL_MEMBERS_OFFICES = /^(?:leader|member|chair|chairman|chairwoman|chairperson)$/;

/**
 * The office a role's last word names, abbreviated or not, in lower case: "Cllr" and "Councillor" are "councillor",
 * and so is a council's leader or member.
 */
export function officeOf(role: string): string {
  const words = role.split(/\s+/);
  const word = bare(words.at(-1) ?? '');
  if (COUNCIL_MEMBERS_OFFICES.test(word) && words.some((w) => /^council$/i.test(w))) return 'councillor';
  return WRITTEN_OUT[word] ?? RANKS_WRITTEN_OUT[word] ?? word;
}

/** A courtesy title, with or without its full stop ("Mr.", "Ms"). */
export function isCourtesyTitle(word: string): boolean {
  return COURTESY.has(bare(word)) && startsUpper(word);
}

/** A courtesy title or abbreviated rank ("Mr.", "Dr.", "Gen."). */
export function isHonorific(word: string): boolean {
  const w = bare(word);
  return COURTESY.has(w) || (ABBREVIATED.has(w) && (word.endsWith('.') || startsUpper(word))) || POLICE_RANKS.has(word);
}

/** Officers of a body, in lower case after its name or its possessive ("Golf Australia chief executive", "the agency's acting head"); no team's ("Australia coach"). */
const BODY_OFFICER = /^(?:chief|executive|president|boss|spokesperson|spokesman|spokeswoman|head|chair|chairman|chairwoman|director|officials?|ceo)$/;

export function isBodyOfficer(word: string): boolean {
  return BODY_OFFICER.test(word);
}

/** A word that can end a role phrase. Asked of most tokens, several times: answers are kept per word. */
export const isTitleWord = memoized((word) => TITLE_WORDS.has(word.toLowerCase()) || isHonorific(word) || isHyphenatedTitle(word.toLowerCase()));

/** "in charge" and its kind, or a term not yet begun, after a title: "investigator-in-charge", "editor-in-chief", "mayor-elect". */
const IN_OFFICE = /^(.+)-(?:in-charge|in-chief|at-large|elect|designate)$/;

/**
 * A title written with hyphens: "vice-chancellor", "pro-vice-chancellor", "investigator-in-charge", "mayor-elect" (its
 * last part a title, the others titles or their modifiers; or a title and its charge or term).
 */
function isHyphenatedTitle(lower: string): boolean {
  if (!lower.includes('-')) return false;
  const inOffice = IN_OFFICE.exec(lower);
  if (inOffice) return TITLE_WORDS.has(inOffice[1]);
  const parts = lower.split('-');
  return TITLE_WORDS.has(parts.at(-1)!) && parts.slice(0, -1).every((p) => p === 'pro' || p === 'co' || MODIFIERS.has(p) || TITLE_WORDS.has(p));
}

/** Whether a stripped title is worth keeping as a role ("Dr." yes, "Mr." no). */
export function isMeaningfulRole(role: string): boolean {
  return !COURTESY.has(bare(role));
}

const MAX_ROLE_TOKENS = 6;
/** Prepositions wink may tag as adjectives or nouns ("a free kick past Sevilla goalkeeper X"). */
const MISREAD_PREPOSITIONS = new Set(['past', 'near', 'via', 'beyond', 'despite', 'toward', 'towards', 'against', 'behind', 'amid', 'versus', 'vs']);
const ROLE_WORD = /^[\p{L}][\p{L}\-.&]*$/u;
const STOP_POS = new Set(['DET', 'ADP', 'PUNCT', 'PRON', 'PART', 'AUX', 'CCONJ', 'SCONJ', 'NUM', 'SYM', 'INTJ']);

/**
 * Whether a token can sit inside a role phrase to the left of its head. Before an abbreviated
 * title ("Mr.", "Sgt.") only other titles and names can ("RCMP Sgt."), not common nouns.
 */
function inRole(t: Token, abbreviatedHead: boolean): boolean {
  const w = t.text.toLowerCase();
  if (TITLE_WORDS.has(w) || MODIFIERS.has(w) || isHonorific(t.text)) return true;
  // "On Monday Finance Minister …", "when Finance Minister …": no day or adverb opens a role.
  if (MISREAD_PREPOSITIONS.has(w) || t.pos === 'ADV' || isCalendarWord(t.text)) return false;
  // A capitalized "verb" there is a name wink misread ("Fed Chair").
  if (STOP_POS.has(t.pos) || (t.pos === 'VERB' && !startsUpper(t.text))) return false;
  // A lower-case abbreviation ("a.m.", "etc.") often ends the sentence the splitter did not end.
  if (!startsUpper(t.text) && (abbreviatedHead || t.text.includes('.'))) return false;
  return ROLE_WORD.test(t.text);
}

/**
 * Start of the role phrase that ends at token `head` (a title word), scanning left no further
 * than `floor`; -1 when `head` is no title word.
 */
function roleStart(tokens: readonly Token[], head: number, floor: number): number {
  if (head < floor || !isTitleAt(tokens, head, floor)) return -1;
  const abbreviated = isHonorific(tokens[head].text);
  let start = isHonorificSecond(tokens, head, floor) ? honorificFirst(tokens, head) : compoundStart(tokens, head, floor);
  for (;;) {
    while (start - 1 >= floor && head - start + 1 < MAX_ROLE_TOKENS && inRole(tokens[start - 1], abbreviated) && !isGerund(tokens, start - 1)) {
      const from = compoundStart(tokens, start - 1, floor);
      // Not over a number a compound opens with: a wire slug's "UPDATE 2-Romanian ex-minister".
      if (!ROLE_WORD.test(tokens[from].text)) break;
      start = from;
    }
    // A joint portfolio: "Land and Environment Minister", "Trade & Industry Secretary" (one word before "and", a word
    // written in lower case too: not a name's, "Ana Lobo and Finance Minister Tom Berg").
    const alone = start - 3 < floor || !startsUpper(tokens[start - 3].text) || start - 3 === floor - 1;
    const joined = start - 2 >= floor && start < head && alone && /^(?:and|&)$/.test(tokens[start - 1].text) && startsUpper(tokens[start].text) && startsUpper(tokens[start - 2].text) && isSometimesLowerCase(tokens[start - 2].text);
    if (!joined || !inRole(tokens[start - 2], abbreviated) || head - start + 3 > MAX_ROLE_TOKENS) return start;
    start -= 2;
  }
}

/** A verb in -ing after a preposition ("after meeting … President"): not part of a role ("housing minister" is). */
function isGerund(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].text;
  return /^\p{Ll}+ing$/u.test(word) && !MODIFIERS.has(word) && i > 0 && (tokens[i - 1].pos === 'ADP' || tokens[i - 1].pos === 'SCONJ');
}

/**
 * The first token of the hyphenated compound that token `i` ends, which the tokenizer split:
 * "Secretary" for "General" in "Secretary-General"; `i` itself when there is none.
 */
export function compoundStart(tokens: readonly Token[], i: number, floor: number): number {
  let start = i;
  while (start - 2 >= floor && isHyphen(tokens[start - 1].text) && tokens[start - 1].start === tokens[start - 2].end && tokens[start].start === tokens[start - 1].end) start -= 2;
  return start;
}

/** Whether token `i` ends a title, alone or as the last part of a compound the tokenizer split ("Investigator-in-charge"). */
export function isTitleAt(tokens: readonly Token[], i: number, floor: number): boolean {
  if (isTitleWord(tokens[i].text) || isHonorificSecond(tokens, i, floor)) return true;
  const start = compoundStart(tokens, i, floor);
  return start < i && isTitleWord(tokens.slice(start, i + 1).map((t) => t.text).join(''));
}

/** A role phrase: its tokens (absolute indices, `end` exclusive) and its text. */
export interface Role {
  start: number;
  end: number;
  text: string;
}

function role(text: string, tokens: readonly Token[], start: number, end: number): Role {
  return { start, end, text: text.slice(tokens[start].start, tokens[end - 1].end) };
}

/**
 * The role written right before a name ("Ministry spokesman" in "Ministry spokesman Tomas Reed"),
 * an office's domain included ("Secretary of State" in "Secretary of State Ana Ruiz").
 */
export function roleBefore(text: string, tokens: readonly Token[], name: number, floor: number): Role | undefined {
  // "GOV.UK": a web address, no "Gov." before a name.
  if (name > 0 && tokens[name - 1].end === tokens[name].start && tokens[name - 1].text.endsWith('.')) return undefined;
  const start = roleStart(tokens, officeTitle(tokens, name, floor) ?? name - 1, floor);
  if (start < 0) return undefined;
  // "lead author Dr. Fiona MacLeod": the role is "lead author" (but "Republican Gov." stays whole).
  const end = name - 1 > start && isHonorific(tokens[name - 1].text) && TITLE_WORDS.has(tokens[name - 2].text.toLowerCase()) ? name - 1 : name;
  return role(text, tokens, start, end);
}

/** The title word of "<title> of <Domain>" right before a name ("Minister of Foreign Affairs"), if there is one. */
function officeTitle(tokens: readonly Token[], name: number, floor: number): number | undefined {
  const title = officeTitleBefore(tokens, name, floor);
  return title !== undefined && title < name - 2 ? title : undefined;
}

/** Tokens of an office's domain at most: "Foreign Affairs and Trade". */
const MAX_DOMAIN_TOKENS = 5;

/**
 * The title word of "<title> of|for <Domain>" whose domain runs up to token `end` (exclusive), two parts joined by
 * "and" included: "Secretary of State", "Minister for Trade and Energy".
 */
export function officeTitleBefore(tokens: readonly Token[], end: number, floor: number): number | undefined {
  const inDomain = (t: Token | undefined) => t !== undefined && startsUpper(t.text) && !isTitleWord(t.text);
  let k = end - 1;
  while (k > floor && end - k <= MAX_DOMAIN_TOKENS && (inDomain(tokens[k]) || (/^(?:and|&)$/.test(tokens[k].text) && inDomain(tokens[k - 1]) && inDomain(tokens[k + 1])))) k--;
  return k > floor && /^(?:of|for)$/.test(tokens[k].text) && isTitleWord(tokens[k - 1].text) ? k - 1 : undefined;
}

/**
 * A role in apposition before the name: "Malta's harbour chief, Lena Varga" → "harbour chief";
 * "Portex's vice president of engineering, Lena Varga" → "vice president of engineering".
 */
export function roleInFrontApposition(text: string, tokens: readonly Token[], name: number, floor: number): Role | undefined {
  if (name - 2 < floor || tokens[name - 1].text !== ',') return undefined;
  const start = roleStart(tokens, complementedTitle(tokens, name - 2, floor) ?? name - 2, floor);
  return start < 0 ? undefined : role(text, tokens, start, name - 1);
}

const MAX_COMPLEMENT_TOKENS = 4;
const COMPLEMENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'CCONJ']);

/** The title word of a title with an "of" complement ending at token `last` ("president of engineering"). */
function complementedTitle(tokens: readonly Token[], last: number, floor: number): number | undefined {
  for (let k = last; k > floor && last - k < MAX_COMPLEMENT_TOKENS; k--) {
    if (tokens[k].text === 'of') return k < last && isTitleWord(tokens[k - 1].text) ? k - 1 : undefined;
    if (!COMPLEMENT_POS.has(tokens[k].pos)) return undefined;
  }
  return undefined;
}

const APPOSITION_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP', 'DET', 'PART', 'CCONJ']);
const MAX_APPOSITION_TOKENS = 8;

const MAX_AS_ROLE_TOKENS = 4;

/** Words before a name whose "as" role is the subject's: "will join Veltrix as chief", "worked at Veltrix as an engineer". */
const SUBJECT_ROLE_BEFORE = /^(?:join|joins|joined|joining|rejoin|rejoined|at|for|with|from|to|in|leave|leaves|left|leaving)$/i;

/**
 * A role given with "as" after the name: "appointed Marco Vellani as manager", "named Ana Ruiz as
 * its new chief executive" → "manager", "new chief executive"; not the subject's role ("will join
 * Veltrix as chief data officer").
 */
export function roleAfterAs(text: string, tokens: readonly Token[], nameStart: number, nameEnd: number, ceiling: number): Role | undefined {
  if (nameEnd >= ceiling || tokens[nameEnd].text.toLowerCase() !== 'as' || SUBJECT_ROLE_BEFORE.test(tokens[nameStart - 1]?.text ?? '')) return undefined;
  let start = nameEnd + 1;
  if (start < ceiling && /^(the|a|an|its|their|his|her)$/i.test(tokens[start].text)) start++;
  for (let end = start; end < ceiling && end - start < MAX_AS_ROLE_TOKENS; end++) {
    if (isTitleWord(tokens[end].text) && !startsUpper(tokens[end + 1]?.text ?? '')) return role(text, tokens, start, end + 1);
    if (!inRole(tokens[end], false)) return undefined;
  }
  return undefined;
}

/**
 * A role in apposition after the name, between commas or up to the sentence end:
 * "Lena Varga, director of Portex," → "director of Portex".
 */
export function roleInApposition(text: string, tokens: readonly Token[], nameEnd: number, ceiling: number): Role | undefined {
  if (nameEnd >= ceiling || tokens[nameEnd].text !== ',') return undefined;
  let start = nameEnd + 1;
  if (start < ceiling && /^as$/i.test(tokens[start].text)) start++;
  if (start < ceiling && /^(the|a|an)$/i.test(tokens[start].text)) start++;
  let end = start;
  let head = -1;
  while (end < ceiling && end - start < MAX_APPOSITION_TOKENS) {
    const t = tokens[end];
    if (/^[,;:)—–]$/.test(t.text) || (t.pos === 'PUNCT' && t.text === '.')) break;
    const modifier = MODIFIERS.has(t.text.toLowerCase());
    if (!modifier && !APPOSITION_POS.has(t.pos) && !isHyphen(t.text)) return undefined;
    if (head < 0 && isTitleWord(t.text)) head = end;
    end++;
  }
  const closed = end === ceiling || /^[,;:).—–]$/.test(tokens[end].text);
  if (head < 0 || head - start > 4 || end === start || !closed) return undefined;
  // "guitarist Earl Haynes, bassist Tommy Booker and …": a title before a name is another person's.
  if (head + 1 < end && startsUpper(tokens[head + 1].text) && tokens[head + 1].pos === 'PROPN' && !/^(of|for|at)$/i.test(tokens[head + 1].text)) return undefined;
  return role(text, tokens, start, end);
}
