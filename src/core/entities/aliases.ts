/**
 * Other names a text gives a name as it introduces it: "Long Name (LN)", "LN (Long Name)",
 * "X, known as Y" or "often called Y", and stock tickers ("Halvern Industries Inc. (NYSE: HLV)"), as (name, alias)
 * pairs of candidates.
 */
import type { Token } from '../types';
import { startsUpper } from '../nlp/letters';
import { abbreviates, definesAcronym, isAcronym, isCommonNounAcronym } from './acronyms';
import { NAME_START, type Candidate } from './spans';
import { isLegalDesignator } from './identity';
import { ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isTickerPart } from './words';
import { nameLists } from '../ner/tagger';
import { BODY_OF, isBodyHead } from './types';

/** All alias pairs of a document's candidates; acronyms and tickers the tagger missed are added to `found`. */
export function aliasPairs(tokens: readonly Token[], found: Candidate[], surface: (c: Candidate) => string): [Candidate, Candidate][] {
  found.push(...untaggedLongForms(tokens, found, surface));
  return [...formerNames(tokens, found), ...acronymDefinitions(tokens, found, surface), ...knownAs(tokens, found), ...tickers(tokens, found)];
}

const FORMERLY = /^(?:formerly|previously)$/;
/** What may follow a former name: it closes its brackets or clause, not "formerly Kelmar's chief". */
const FORMER_NAME_END = /^[,).;:]$/;
const MAX_RENAMED = 4;

/**
 * "Velora Group (formerly Halden Holdings)", "the Kelmar Racing Board, formerly known as the Kelmar
 * Turf Club,": a name and the one it had before, as (name, former) pairs. A name the tagger missed
 * before "(formerly" is the capitalized words there ("World Aquatics (formerly FINA)"), added to `found`
 * with its former name's label.
 */
function formerNames(tokens: readonly Token[], found: Candidate[]): [Candidate, Candidate][] {
  const byStart = new Map(found.map((c) => [c.start, c]));
  const pairs: [Candidate, Candidate][] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!FORMERLY.test(tokens[i].text) || !/^[,(]$/.test(tokens[i - 1].text)) continue;
    let at = i + 1;
    if (tokens[at]?.text === 'known' && tokens[at + 1]?.text === 'as') at += 2;
    else if (tokens[at]?.text === 'called') at++;
    if (tokens[at]?.text === 'the') at++;
    const former = byStart.get(at);
    if (!former || !FORMER_NAME_END.test(tokens[former.end]?.text ?? '.')) continue;
    let name = found.find((c) => c.end === i - 1);
    if (!name && tokens[i - 1].text === '(') {
      let start = i - 1;
      while (start > 0 && i - 1 - start < MAX_RENAMED && NAME_START.test(tokens[start - 1].text)) start--;
      if (start < i - 1 && !found.some((c) => c.start < i - 1 && c.end > start)) found.push((name = { start, end: i - 1, label: former.label, roles: [] }));
    }
    if (name && name.label === former.label) pairs.push([name, former]);
  }
  return pairs;
}

/** Stock exchanges named before a ticker in parentheses. */
const EXCHANGES = new Set(['NYSE', 'NASDAQ', 'Nasdaq', 'AMEX', 'LSE', 'TSX', 'ASX', 'HKEX', 'SGX', 'JSE', 'NSE', 'BSE', 'Euronext', 'OTC']);
const TICKER = /^[A-Z][A-Z0-9.]{0,5}$/;

/** A Reuters instrument code: "C.N", "7203.T", "VOWG_p.DE". */
const INSTRUMENT_CODE = /^[A-Z0-9]{1,6}(?:_[a-z])?\.[A-Z]{1,2}$/;

/**
 * "Halvern Industries Inc. (NYSE: HLV)": the ticker is another name of the company, and the exchange a
 * name of its own. A wire's instrument code after it ("Citigroup Inc (C.N)") is no name at all and
 * leaves `found`.
 */
function tickers(tokens: readonly Token[], found: Candidate[]): [Candidate, Candidate][] {
  const pairs: [Candidate, Candidate][] = [];
  // "Visa Inc. (NYSE: V)": the company the tagger missed is the capitalized words before the listing.
  for (let i = 1; i < tokens.length; i++) {
    if (!isListing(tokens, i) || found.some((f) => f.end === i)) continue;
    let start = i;
    while (start > 0 && i - start < MAX_LISTED_NAME && (NAME_START.test(tokens[start - 1].text) || isLegalDesignator(tokens[start - 1].text) || tokens[start - 1].text === '&')) start--;
    if (start < i && !found.some((f) => f.start < i && f.end > start)) found.push({ start, end: i, label: 'ORG', roles: [] });
  }
  for (const c of [...found]) {
    const codeEnd = instrumentCodeEnd(tokens, c.end);
    if (codeEnd > 0) {
      for (let i = found.length - 1; i >= 0; i--) if (found[i].start > c.end && found[i].end <= codeEnd) found.splice(i, 1);
      continue;
    }
    if (!isListing(tokens, c.end)) continue;
    // The exchange is an organization of its own, whether or not the tagger saw it.
    if (!found.some((f) => f.start === c.end + 1)) found.push({ start: c.end + 1, end: c.end + 2, label: 'ORG', roles: [] });
    const at = c.end + 3;
    let ticker = found.find((f) => f.start === at && f.end === at + 1);
    if (!ticker) found.push((ticker = { start: at, end: at + 1, label: 'ORG', roles: [] }));
    pairs.push([c, ticker]);
  }
  return pairs;
}

const MAX_LISTED_NAME = 4;
/** An exchange's letters before a ticker: a known exchange's name, or capitals ("MSE"). */
const EXCHANGE_LETTERS = /^\p{Lu}{2,6}$/u;

/** "(NYSE: HLV)" at `open`: an exchange and a ticker in parentheses. */
function isListing(tokens: readonly Token[], open: number): boolean {
  if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ':') return false;
  const [exchange, symbol, close] = [tokens[open + 1].text, tokens[open + 3]?.text ?? '', tokens[open + 4]?.text];
  return (EXCHANGES.has(exchange) || EXCHANGE_LETTERS.test(exchange)) && TICKER.test(symbol) && close === ')';
}

/** The index of the ")" closing an instrument code in parentheses at `open` ("(", "HLV", ".", "N", ")"), or 0. */
function instrumentCodeEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return 0;
  let code = '';
  for (let i = open + 1; i < tokens.length && i <= open + 5; i++) {
    if (tokens[i].text === ')') return INSTRUMENT_CODE.test(code) ? i : 0;
    if (i > open + 1 && tokens[i].start !== tokens[i - 1].end) return 0;
    code += tokens[i].text;
  }
  return 0;
}

const KNOWN_AS = /^(?:,|\(|is|was|also|widely|better|popularly|commonly|locally|simply|formally|officially|often|sometimes|usually|the|so|-|—|–|\d{1,3})$/;
const NICKNAMED = /^(?:nicknamed|dubbed)$/;
/** Words between a name and "known", "called" or "nicknamed": ", the so-called". */
const MAX_KNOWN_AS = 4;

/** ", the so-called" before `called`. */
function isSoCalled(tokens: readonly Token[], called: number): boolean {
  return tokens[called - 1]?.text === '-' && tokens[called - 2]?.text === 'so';
}
/** Adverbs that make "called" name what a thing is called by habit: "often called", "also called". */
const CALLED_BY_HABIT = /^(?:also|widely|popularly|commonly|locally|often|sometimes|usually)$/;

/**
 * "California Department of Forestry, known as Cal Fire": a name and the other name the text
 * gives it right after "known as", "known by its acronym" or "often called" (behind a comma, a parenthesis, "also"
 * or "widely" …), as (name, alias) pairs; a stage name's real name after "whose real name is".
 */
function knownAs(tokens: readonly Token[], found: Candidate[]): [Candidate, Candidate][] {
  const byStart = new Map(found.map((c) => [c.start, c]));
  const pairs: [Candidate, Candidate][] = [];
  for (const c of [...found]) {
    // "Velvet Saint, whose real name is Maria Odunze-Clay,": a stage name and the name behind it.
    // (Past an age between commas: "Castell, 44, whose real name is …".)
    const comma = tokens[c.end]?.text === ',' && /^\d{1,3}$/.test(tokens[c.end + 1]?.text ?? '') && tokens[c.end + 2]?.text === ',' ? c.end + 2 : c.end;
    const real = tokens[comma]?.text === ',' && REAL_NAME.test(tokens.slice(comma + 1, comma + 5).map((t) => t.text).join(' ')) ? byStart.get(comma + 5) : undefined;
    if (real) {
      // A person's, whatever the tagger made of the stage name.
      const stage: Candidate = { ...c, label: 'PER', person: true };
      found[found.indexOf(c)] = stage;
      pairs.push([real, stage]);
    }
    // "Daniel Varnum, who performs as Vesk,": the name a person performs under.
    const performs = c.label === 'PER' && tokens[c.end]?.text === ',' && PERFORMS_AS.test(tokens.slice(c.end + 1, c.end + 4).map((t) => t.text).join(' '));
    if (performs && NAME_START.test(tokens[c.end + 4]?.text ?? '')) {
      const named = byStart.get(c.end + 4);
      const stage: Candidate = { ...(named ?? { start: c.end + 4, end: c.end + 5, roles: [] }), label: 'PER', person: true };
      if (named) found[found.indexOf(named)] = stage;
      else found.push(stage);
      pairs.push([c, stage]);
    }
    // (Past the name's acronym in brackets: "The Serious Fraud Bureau (SFB), known as the Falcons".)
    let i = tokens[c.end]?.text === '(' && isAcronym(tokens[c.end + 1]?.text ?? '') && tokens[c.end + 2]?.text === ')' ? c.end + 3 : c.end;
    const from = i;
    while (i < from + MAX_KNOWN_AS && KNOWN_AS.test(tokens[i]?.text ?? '')) i++;
    // "the Advisory Commission, often called the Limbach Commission": called so by habit, not "…, called the meeting";
    // "Brackenfell Glacier, the so-called 'Widowmaker Glacier'", "… is nicknamed the Widowmaker Glacier".
    const called = tokens[i]?.text === 'called' && (CALLED_BY_HABIT.test(tokens[i - 1]?.text ?? '') || isSoCalled(tokens, i));
    const nicknamed = NICKNAMED.test(tokens[i]?.text ?? '');
    if (i === from || (tokens[i]?.text !== 'known' && !called && !nicknamed)) continue;
    const at = called || nicknamed ? quotedStart(tokens, i + 1) : aliasAfterKnown(tokens, i + 1);
    let alias = byStart.get(at);
    // Not the head of a longer name the tagger cut: "known as the Valley of the Racehorse".
    if (alias && /^(?:of|de)$/.test(tokens[alias.end]?.text ?? '')) continue;
    // An acronym the tagger missed is the name's all the same ("known by its acronym BERS").
    if (!alias && isAcronym(tokens[at]?.text ?? '') && !isCommonNounAcronym(tokens[at].text)) found.push((alias = { start: at, end: at + 1, label: c.label, roles: [] }));
    // A place is known by another place's name only: "Myanmar, also known as Burma", not the end of a
    // longer name the tagger missed ("… Claims Against Germany, known as the Claims Conference").
    // (A name ending as the place's does is a place's too: "the Widowmaker Glacier".)
    const sameKind = alias !== undefined && tokens[alias.end - 1].text === tokens[c.end - 1].text;
    if (alias && (c.label !== 'LOC' || alias.label === 'LOC' || sameKind)) pairs.push([c, alias]);
  }
  return pairs;
}

const REAL_NAME = /^(?:whose (?:real|birth) name is|who was born as)$/;
const PERFORMS_AS = /^who (?:performs|performed|records|recorded|raps|sings|wrestles|fights) as$/;
const ACRONYM_NOUN = /^(?:acronym|initials|abbreviation)$/;
const MAX_ACRONYM_PHRASE = 4;

/** Where the alias starts after "known": "as X", or "by its French acronym X", "by the initials X". */
function aliasAfterKnown(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text === 'as') return quotedStart(tokens, at + 1);
  // "known to supporters as", "known locally as", "known around City Hall as", "known universally in Darwin as".
  if (tokens[at]?.text !== 'by') {
    for (let i = at; i <= at + MAX_ACRONYM_PHRASE && i < tokens.length && /^[\p{L}-]+$/u.test(tokens[i].text); i++) if (tokens[i].text === 'as') return quotedStart(tokens, i + 1);
    return -1;
  }
  for (let i = at + 1; i <= at + MAX_ACRONYM_PHRASE && i < tokens.length; i++) if (ACRONYM_NOUN.test(tokens[i].text)) return i + 1;
  return -1;
}

/** The alias after an opening quote or "the", if one opens it: 'as "Mama Tiwo"', "as the Berlinale". */
function quotedStart(tokens: readonly Token[], at: number): number {
  return /^(?:["“‘']|the)$/.test(tokens[at]?.text ?? '') ? at + 1 : at;
}

/**
 * "Long Name (LN)" and "LN (Long Name)": pairs of (long, short) candidates. An acronym in
 * parentheses that the tagger missed is added to `found` with the long name's label.
 */
function acronymDefinitions(
  tokens: readonly Token[],
  found: Candidate[],
  surface: (c: Candidate) => string,
): [Candidate, Candidate][] {
  const byStart = new Map(found.map((c) => [c.start, c]));
  const pairs: [Candidate, Candidate][] = [];
  for (const candidate of [...found]) {
    // A name an earlier one was widened over is gone.
    if (!found.includes(candidate)) continue;
    const tagged = widenedRightToAcronym(tokens, found, candidate, surface);
    if (tokens[tagged.end]?.text !== '(') continue;
    const inner = tagged.end + 1;
    // "(HBK.N)": an instrument code, no acronym.
    if (isTickerPart(tokens, inner)) continue;
    const innerCandidate = byStart.get(inner);
    const closing = innerCandidate ? innerCandidate.end : inner + 1;
    if (tokens[closing]?.text !== ')') continue;
    const c = widenedToAcronym(tokens, found, tagged, tokens[inner].text, surface);
    const short = innerCandidate ?? { start: inner, end: inner + 1, label: c.label, roles: [] };
    const [longForm, shortForm] = isAcronym(surface(c)) ? [short, c] : [c, short];
    // A name right after "and"/"of" may be the tail of a longer one ("… Red Cross and Red Crescent Societies (IFRC)").
    const tail = c.start >= 2 && ACRONYM_JOINERS.has(tokens[c.start - 1].text.toLowerCase()) && startsUpper(tokens[c.start - 2].text);
    // (A nationality's name the tagger ran on over a body's words is the body's: "Nigerian Exchange (NGX)".)
    // (… or a body's head before what it is for: "Commission for Postal Regulation (ComPost)".)
    const headFirst = c.end - c.start >= 3 && BODY_OF.test(tokens[c.start].text) && /^(?:of|for)$/.test(tokens[c.start + 1].text);
    const body = c.label === 'ORG' || (c.label === 'MISC' && c.end - c.start >= 2 && (isBodyHead(tokens[c.end - 1].text) || headFirst));
    // "The BCEAO (Central Bank of West African States)": a body's name in brackets defines the acronym before it, in any language.
    const defined = shortForm === short ? definesAcronym(surface(short), surface(c), body && !tail) : abbreviates(surface(shortForm), surface(longForm)) || (short.end - short.start >= 3 && (short.label === 'ORG' || isBodyHead(tokens[short.end - 1].text)) && definesAcronym(surface(shortForm), surface(longForm), true));
    // "Torvane (TORV)", "Coinbase (COIN)": a symbol spelled from the name's own letters lists it, a company or an asset.
    const symbol = !defined && shortForm === short && c.end - c.start === 1 && isSymbolOf(tokens[inner].text, surface(c));
    if (!defined && !symbol) continue;
    const at = found.indexOf(c);
    const long = symbol && at >= 0 ? { ...c, label: 'ORG' as const, cued: true as const } : longForm;
    if (long !== longForm) found.splice(at, 1, long);
    const listed = symbol && !innerCandidate ? { ...short, label: 'ORG' as const } : short;
    if (!innerCandidate) found.push(listed);
    pairs.push([long, shortForm === short ? listed : shortForm]);
  }
  return pairs;
}

const SYMBOL = /^\p{Lu}{2,5}$/u;

/** Capitals that spell a one-word name's own letters in order, from its first: "TORV" of "Torvane", "BTC" of "Bitcoin". */
function isSymbolOf(symbol: string, name: string): boolean {
  if (!SYMBOL.test(symbol)) return false;
  const letters = name.toLowerCase();
  if (letters[0] !== symbol[0].toLowerCase()) return false;
  let at = 0;
  for (const ch of symbol.toLowerCase()) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Words a name may be widened over, besides capitalized ones, to match its acronym ("Kenya Plantation and Agricultural Workers Union"). */
const ACRONYM_JOINERS = new Set([
  'and', '&', 'of', 'for', 'the', 'on', 'in',
  // "Banco Regional do Sertão (BRS)", "Alianza para el Progreso (APP)"
  'de', 'do', 'da', 'dos', 'das', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'para', 'por', 'du', 'des', 'et', 'pour', 'di', 'della',
]);
/** A joiner at `i`, or a comma between two capitalized words of a list inside a name ("Textiles, Leather and Footwear"). */
function isJoinerAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].text;
  return ACRONYM_JOINERS.has(word.toLowerCase()) || (word === ',' && startsUpper(tokens[i + 1]?.text ?? '') && startsUpper(tokens[i - 1]?.text ?? ''));
}

/** The most words a long form the tagger missed may have. */
const MAX_LONG_FORM = 8;
/** How many tokens a name may be widened by to its left ("Committee on Foreign Investment in the" + "United States (CFIUS)"). */
const MAX_WIDENING = 7;

/**
 * A name whose acronym follows in parentheses, widened leftwards when the tagger cut it short
 * ("Kenya Plantation" + "and" + "Agricultural Workers Union (KPAWU)"): the nearest start whose
 * initials the acronym spells. Names it swallows leave `found`.
 */
function widenedToAcronym(
  tokens: readonly Token[],
  found: Candidate[],
  c: Candidate,
  acronym: string,
  surface: (c: Candidate) => string,
): Candidate {
  if (!isAcronym(acronym) || abbreviates(acronym, surface(c))) return c;
  for (let start = c.start - 1; start >= Math.max(0, c.start - MAX_WIDENING); start--) {
    const word = tokens[start].text;
    if (!startsUpper(word) && !isJoinerAt(tokens, start)) break;
    if (!startsUpper(word)) continue;
    const wide = widened(tokens, c, start, c.end);
    if (!abbreviates(acronym, surface(wide))) continue;
    const swallowed = found.filter((f) => f !== c && f.start >= start && f.end <= c.start);
    for (const f of [c, ...swallowed]) found.splice(found.indexOf(f), 1);
    found.push(wide);
    return wide;
  }
  return c;
}

/**
 * A name the tagger ended before "on"/"of"/"and" and the words that complete it, when the
 * acronym in parentheses after those words spells the whole ("Intergovernmental Authority" +
 * "on Development (IGAD)"). Names it swallows leave `found`.
 */
function widenedRightToAcronym(tokens: readonly Token[], found: Candidate[], c: Candidate, surface: (c: Candidate) => string): Candidate {
  let paren = c.end;
  while (paren < c.end + MAX_WIDENING && tokens[paren] && tokens[paren].text !== '(') {
    const word = tokens[paren].text;
    if (!startsUpper(word) && !isJoinerAt(tokens, paren)) return c;
    paren++;
  }
  if (paren === c.end || tokens[paren]?.text !== '(' || !isAcronym(tokens[paren + 1]?.text ?? '')) return c;
  const wide = widened(tokens, c, c.start, paren);
  if (!abbreviates(tokens[paren + 1].text, surface(wide))) return c;
  const swallowed = found.filter((f) => f.start >= c.end && f.end <= paren);
  for (const f of [c, ...swallowed]) found.splice(found.indexOf(f), 1);
  found.push(wide);
  return wide;
}

/**
 * `c` over start..end; a body's name when a body's word ends it ("Kenya Plantation" + "… Workers
 * Union"), or when a place was widened into a name no list has as a place ("Alternative for [Norland]").
 */
function widened(tokens: readonly Token[], c: Candidate, start: number, end: number): Candidate {
  const body = (nameLists().lookup(tokens[end - 1].text.toLowerCase()) & ORG_WORD) !== 0;
  const name = tokens.slice(start, end).map((t) => t.text).join(' ').toLowerCase();
  const unlistedPlace = c.label === 'LOC' && !(nameLists().lookup(name) & PLACE_NAME);
  return { ...c, start, end, label: body || unlistedPlace ? 'ORG' : c.label };
}

/**
 * Long forms the tagger missed before their acronym: the capitalized words (joined by "of", "on",
 * "and" …) right before "(IGAD)" whose initials the acronym spells, as organizations.
 */
function untaggedLongForms(tokens: readonly Token[], found: readonly Candidate[], surface: (c: Candidate) => string): Candidate[] {
  const out: Candidate[] = [];
  const ends = new Set(found.map((c) => c.end));
  for (let paren = 1; paren + 2 < tokens.length; paren++) {
    if (tokens[paren].text !== '(' || tokens[paren + 2].text !== ')' || ends.has(paren) || !isAcronym(tokens[paren + 1].text)) continue;
    // "Law and Justice (PiS)": letters in mixed case spell a name in its own language; the whole capitalized run is the long form.
    const foreign = MIXED_CASE_ACRONYM.test(tokens[paren + 1].text);
    let longest: Candidate | undefined;
    for (let start = paren - 1; start >= Math.max(0, paren - MAX_LONG_FORM); start--) {
      const word = tokens[start].text;
      if (!startsUpper(word) && !isJoinerAt(tokens, start)) break;
      const c: Candidate = { start, end: paren, label: 'ORG', roles: [] };
      if (!startsUpper(word)) continue;
      // A name the tagger found in the run is widened to its acronym elsewhere ("[Kiel Institute] for the World Economy (IfW)").
      if (found.some((f) => f.start < paren && f.end > start)) {
        longest = undefined;
        break;
      }
      if (abbreviates(tokens[paren + 1].text, surface(c))) {
        longest = c;
        break;
      }
      if (foreign && paren - start >= 2) longest = c;
    }
    if (longest) out.push(longest);
  }
  return out;
}

/** Capitals with a small letter between them: "PiS", "HoP" (not "NSi", whose small letter ends it). */
const MIXED_CASE_ACRONYM = /^\p{Lu}+\p{Ll}+\p{Lu}[\p{Lu}\p{Ll}]*$/u;
