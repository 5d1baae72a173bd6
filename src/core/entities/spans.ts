/**
 * Candidate mention spans (token ranges) and the clean-up every name gets: no leading "the", no
 * possessive, no surrounding punctuation, and for people no premodifying title (which becomes a role).
 */
import type { Token } from '../types';
import type { NerLabel } from '../ner/tagger';
import { isAcronym, isCommonNounAcronym } from './acronyms';
import { isCalendarWord } from './calendar';
import { COUNTRY, FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isCommonWord, isSometimesLowerCase, isUnseenWord, isUsuallyLowerCase, nameLists } from '../ner/tagger';
import { startsUpper } from '../nlp/letters';
import { isLegalDesignator, isWellKnownName } from './identity';
import { isEastAsianFamilyName, isGenerationMark, isSurnameParticle } from './surnames';
import { isBusinessWord, isCompanyTail, isFamilyFirmWord, isUnitNoun } from './companies';
import { compoundStart, isCourtesyTitle, isHonorific, isHonorificSecond, isMeaningfulRole, isPlaceOffice, isRoleModifier, isTitleAt, isTitleOnlyModifier, isTitleWord, officeTitleBefore, roleAfterAs, roleBefore, roleInApposition, roleInFrontApposition, type Role } from './titles';
import { isCountryCode, isCurrencyBeforeAmount, isDemonymNoun, isHyphen, isPossessive, isTickerPart, PERSON_NAME_WORD } from './words';
import { isBodyHead, isCompassWord, isEventHead, isFacilityHead, isInstitutionHead } from './types';
import { countryOfDemonym, isRegion } from './owners';

/** A mention candidate: absolute token indices, `end` exclusive. */
export interface Candidate {
  start: number;
  end: number;
  label: NerLabel;
  roles: string[];
  /** The text says it is a person (typeCues.ts), whatever its words suggest. */
  person?: true;
  /** The title of a work in quotes (untagged.ts): another name, whatever its words suggest. */
  work?: true;
  /** A maker's name with a model number (untagged.ts): a product, "ATR 72-600". */
  product?: true;
  /** Words around it say its type (typeCues.ts): "a criminal group called Vexmoor". */
  cued?: true;
  /** Words around this very mention say it is a person's ("Sharma, 58,"), not only around another of its word. */
  personal?: true;
  /** The agency a dateline credits (untagged.ts), "(Reuters) -", or the outlet a masthead names (mastheads.ts). */
  credit?: true;
  /** A party inside a court case's name (detect.ts): no mention there, but a name to find elsewhere. */
  party?: true;
  /** A listed place written in lower case (unmarkedPlaces.ts): a name without capitals, "in kerala". */
  lowerCase?: true;
}

/**
 * The lower-case part of a hyphenated modifier: a participle or a word that makes one ("-based",
 * "-led", "-run", "-style", a headline's "Flood-hit"). Other lower-case parts belong to the name: "Roh Moo-hyun",
 * "Kim Jong-il", "Ban Ki-moon".
 */
const HYPHENATED_MODIFIER = /^(?:\p{Ll}+(?:ed|en)|led|run|born|made|built|held|style|era|wide|like|sized|bound|class|type|hit|struck|torn|swept)$/u;
const EDGE_PUNCT = /^[^\p{L}\p{N}]+$/u;

const CLAUSE_BREAK = /^[-‐‑–—:]$/;

/**
 * A capitalized "The" inside a sentence, tagged with the name after it, is part of that name:
 * "at The Hague", "by The Triffids", "(The Australian)". At the start of a sentence, or of what
 * follows a dateline's dash or a colon, its capital says nothing.
 */
function isNamePartThe(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  // "The Hague", "The Bronx": a place listed with its article.
  if (tokens[i].text === 'The' && tokens[i + 1] && nameLists().lookup(`the ${tokens[i + 1].text.toLowerCase()}`) & PLACE_NAME) return true;
  if (tokens[i].text !== 'The' || CLAUSE_BREAK.test(tokens[i - 1]?.text ?? '')) return false;
  for (let j = sentenceStart; j < i; j++) if (!EDGE_PUNCT.test(tokens[j].text)) return true;
  return false;
}

/**
 * Drops a leading "the" (unless it is part of the name, above; then it is taken in) and punctuation, a trailing
 * possessive and punctuation, and a hyphenated modifier ("Palo Alto-based HP" → "HP", "United
 * Nations-run" → "United Nations"); undefined if nothing is left or only a legal designator ("Inc.").
 */
/**
 * Words that never open a name: a party to a case ("Defendant Acme Corp."), a pronoun ("I'm Tom Hadley"), a kind of business
 * ("Reinsurer Castlemere", "Parent Veldhuis Holding"), a title's time ("Former UK minister").
 */
const NEVER_FIRST = /^(?:former|acting|interim|incoming|outgoing|plaintiffs?|defendants?|appellants?|respondents?|petitioners?|I|I['’]m|['’]m|chipmaker|automaker|carmaker|drugmaker|startup|start-up|insurer|reinsurer|retailer|lender|developer|builder|housebuilder|shipbuilder|boatbuilder|caterer|exporter|importer|processor|producer|grower|breeder|stockist|publisher|manufacturer|distributor|wholesaler|supplier|contractor|subcontractor|operator|sponsor|regulator|watchdog|broadcaster|grocer|brewer|steelmaker|planemaker|telco|conglomerate|fintech|insurtech|parent|several|many|some|both|few|such|each|copyright|©)$/i;

/** Whether a word never opens a name (see NEVER_FIRST). */
export function opensNoName(word: string): boolean {
  return NEVER_FIRST.test(word);
}

/** Units a size is written in, before a ship's or a plant's name or alone: "the 14,800 TEU Kaiyuan Harmony", "82,000 DWT", "20-kV lines". */
const SIZE_UNIT = /^(?:TEUs?|DWT|kV|kW|kWh|MW|GW|MWh|GWh|TWh|MVA)$/;

/** A unit of size or power ("TEU", "kV"): no name, nor a name's first word. */
export function isSizeUnit(word: string): boolean {
  return SIZE_UNIT.test(word);
}

/** Words after a title that name a body or a building by their last, not a person: "Hospitals NHS Trust", "Infirmary" (not "Jo Park"). */
function namesBody(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  const lists = nameLists();
  const last = tokens[to - 1].text;
  if (lists.lookup(tokens[from].text.toLowerCase()) & FIRST_NAME || lists.lookup(last.toLowerCase()) & LAST_NAME) return false;
  return isBodyHead(last) || isInstitutionHead(last) || isFacilityHead(last) || isBusinessWord(last);
}

/** A size's number before its unit: "2.4" of "the 2.4GW Holt Bank project". */
function isSizeBeforeUnit(tokens: readonly Token[], i: number): boolean {
  return /^\d[\d.,]*$/.test(tokens[i].text) && isSizeUnit(tokens[i + 1]?.text ?? '');
}

/** "Read more: How India's cotton belt …", "Why Europe's ports …": a question's word opening a linked headline. */
const QUESTION_WORD = /^(?:How|Why|What|When|Where|Which)$/;

/** The letter of an amount written on its number: the "B" of "$4.25B", the "M" of "€300M". */
function isAmountSuffix(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return /^(?:[KMBT]|bn|mn|m)$/.test(tokens[i].text) && previous !== undefined && previous.end === tokens[i].start && /\d$/.test(previous.text);
}

/** A number of an amount: "4.2", "1,200". */
const AMOUNT = /^\d[\d.,]*$/;

/** Legal forms written with a slash (Danish and Norwegian "A/S", Brazilian "S/A"). */
const SLASHED_LEGAL = /^(?:A\/S|S\/A|K\/S)$/;

/** Adjectives that describe a place and name none: "Neighbouring Zambia", "Landlocked Malawi". */
const PLACE_ADJECTIVES = /^(?:Neighbou?ring|Embattled|Landlocked|Impoverished|Troubled|Isolated|Rural|Coastal)$/;

/** Legislators' titles after a party's name: "Fianna Fáil TD", "Sinn Féin MLA". */
const LEGISLATORS = 'MP|MEP|MSP|MLA|MPP|MNA|MHA|TD';
const LEGISLATOR_TITLE = new RegExp(`^(?:${LEGISLATORS})$`);

/** Nouns of a party's or body's members, which the tagger may take into its name ("Labour MPs", "a Fianna Fáil TD"). */
const MEMBERS = new RegExp(`^(?:(?:${LEGISLATORS})s?|lawmakers|legislators|senators|members|supporters|voters|activists|officials|leaders)$`);

/** Titles of those whose names take a regnal numeral. */
const ROYAL_TITLE = /^(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Sultan|Shah|Kaiser|Pharaoh|Prince|Princess|Duke|Saint|St\.?)$/;

/** Honours and offices written after a person's name. */
const BEAT_JOBS = /^(?:correspondent|editor|reporter|writer|columnist)$/;
const BEATS = /^(?:Energy|Business|Economics|Economy|Markets|Finance|Politics|Political|Science|Health|Technology|Tech|Climate|Environment|Defen[cs]e|Security|Foreign|Diplomatic|Sports?|Culture|Arts|Legal|Justice|Education|Transport|Farming|Agriculture|Food|Media|Crime|Courts|Industry|Property|Travel|Africa|Asia|Europe|Americas|Washington)$/;
const JUDGES_LETTERS = /^(?:J|LJ|CJ)$/;
const HONORIFIC_AFTER = /^(?:ji|Ji|babu|Babu|sahib|Sahib|saheb|Saheb)$/;
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'BL', 'MP', 'MEP', 'MSP', 'MLA', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'OM', 'FRS']);

/** Particles in lower case that may open a name: "de la Cruz", "van der Berg", "al Thani", "bin Salman". */
const NAME_PARTICLE = /^(?:de|del|della|di|da|do|dos|das|du|la|le|van|von|der|den|ter|ten|al|el|bin|ibn|ben|abu|st)$/;

/**
 * A nationality, a listed given name and one or two more names, none a body's word: "American Jolene Price-Harris"
 * (not "the Swiss Grace Foundation").
 */
function isNationalBeforePerson(tokens: readonly Token[], start: number, end: number): boolean {
  const names = tokens.slice(start + 1, end).filter((t) => !isHyphen(t.text));
  if (names.length < 2 || names.length > 3 || countryOfDemonym(tokens[start].text) === undefined) return false;
  const lists = nameLists();
  return (lists.lookup(names[0].text.toLowerCase()) & FIRST_NAME) !== 0 && names.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !(lists.lookup(t.text.toLowerCase()) & ORG_WORD) && !isCompanyTail(t.text.toLowerCase()));
}

/** "Argentine Ravi Castellane": a nationality before a person's given name and surname, no given name of its own ("German Efromovich"). */
function isNationalityBeforeName(tokens: readonly Token[], i: number, end: number): boolean {
  return end - i >= 3 && countryOfDemonym(tokens[i].text) !== undefined && !(nameLists().lookup(tokens[i].text.toLowerCase()) & FIRST_NAME) && startsUpper(tokens[i + 1].text);
}

/** Acronyms of what a body holds or has, never its name's last word: "IPO", "AGM", "CEO". */
const AFTER_BODY_ACRONYMS = /^(?:IPOs?|AGM|EGM|CEOs?|CFO|COO|CTO)$/;

/** A bullet opening a line of a list. */
/** A bullet token opening a list item: "- Rival Kestrelnet agreed". */
export const BULLET = /^[-*•–]$/;

/** A word usually written in lower case that no list has as a name's or a particle: "Rival", not "Dos" or "Young". */
function isCommonOpener(word: string): boolean {
  // (Not a word of a line in capitals: "FASHION LEDGER | Business desk".)
  return /^\p{Lu}\p{Ll}+$/u.test(word) && isUsuallyLowerCase(word) && !NAME_PARTICLE.test(word.toLowerCase()) && !(nameLists().lookup(word.toLowerCase()) & (FIRST_NAME | LAST_NAME));
}

export function trimCandidate(tokens: readonly Token[], c: Candidate, sentenceStart: number): Candidate | undefined {
  let { start, end } = c;
  // The tagger leaves out the article of "The Hague"; it belongs to the name.
  if (start > sentenceStart && end === start + 1 && /^the$/i.test(tokens[start - 1].text) && isNamePartThe(tokens, start - 1, sentenceStart)) start--;
  for (let i = end - 1; i > start; i--) {
    if (!isHyphen(tokens[i - 1].text) || !HYPHENATED_MODIFIER.test(tokens[i].text)) continue;
    if (i + 1 < end) start = i + 1;
    else end = i - 1;
    break;
  }
  const leading = (t: Token, i: number) =>
    EDGE_PUNCT.test(t.text) || NEVER_FIRST.test(t.text) || QUESTION_WORD.test(t.text) || isSizeUnit(t.text) || isSizeBeforeUnit(tokens, i) || (c.label === 'PER' && (isDemonymNoun(t.text) || isNationalityBeforeName(tokens, i, end))) || isAmountSuffix(tokens, i) || isCurrencyBeforeAmount(tokens, i);
  while (start < end && ((/^the$/i.test(tokens[start].text) && !isNamePartThe(tokens, start, sentenceStart)) || leading(tokens[start], start))) start++;
  // "Mara Quinn @mquinnTV": a social handle after a byline's name is none of it.
  // (Not an address glued to the name: "Olsen@ENRON".)
  while (end - start >= 2 && tokens[end - 1].text.startsWith('@') && tokens[end - 1].start > tokens[end - 2].end) end--;
  // "Photo credit: Courtesy of Pennant & Hale": a credit's words are no part of the name.
  if (/^courtesy$/i.test(tokens[start]?.text ?? '') && tokens[start + 1]?.text === 'of') start += 2;
  // "Football-South Africa's Mokoena banned": a wire story's topic slug opens the headline, no name.
  if (start === sentenceStart && end - start >= 3 && SPORT_SLUGS.test(tokens[start].text) && isHyphen(tokens[start + 1].text) && tokens[start + 1].start === tokens[start].end) start += 2;
  // "UPDATE 2-Maryland Senate …": a wire story's update slug opens the headline, no name.
  if (start === sentenceStart && /^UPDATE$/.test(tokens[start].text) && /^\d+$/.test(tokens[start + 1]?.text ?? '') && isHyphen(tokens[start + 2]?.text ?? '')) start += 3;
  // (… or its number only, the tagger having left "UPDATE" out.)
  else if (start === sentenceStart + 1 && /^UPDATE$/.test(tokens[sentenceStart].text) && /^\d+$/.test(tokens[start].text) && isHyphen(tokens[start + 1]?.text ?? '')) start += 2;
  // "Democrat Kamala Harris": a party's member before a person is no part of the name.
  if (c.label === 'PER' && end - start >= 3 && /^(?:Democrat|Republican)$/.test(tokens[start].text)) start++;
  // "Neighbouring Zambia has …": an adjective of a place a sentence opens with, before a listed place, is no part of it.
  if (start === sentenceStart && end - start >= 2 && PLACE_ADJECTIVES.test(tokens[start].text) && nameLists().lookup(tokens.slice(start + 1, end).map((t) => t.text.toLowerCase()).join(' ')) & (PLACE_NAME | COUNTRY)) start++;
  // "- Rival Kestrelnet agreed": a word usually in lower case opening the sentence or its bullet, which no list has as
  // a name's, is no part of a person's name after it.
  const opening = start === sentenceStart || (start === sentenceStart + 1 && BULLET.test(tokens[sentenceStart].text));
  if (opening && c.label === 'PER' && end - start >= 2 && startsUpper(tokens[start + 1].text) && isCommonOpener(tokens[start].text)) start++;
  // "held by American Jolene Price-Harris": a nationality before a listed given name and a surname is the person's, no body's.
  if (c.label !== 'PER' && isNationalBeforePerson(tokens, start, end)) return { ...c, start: start + 1, end, label: 'PER' };
  // "Seventeen-year-old Annika Vasquez won": an age opening the sentence is no part of the name.
  if (end - start >= 6 && isHyphen(tokens[start + 1].text) && /^(?:year|month|week|day)s?$/i.test(tokens[start + 2].text) && isHyphen(tokens[start + 3]?.text ?? '') && /^old$/i.test(tokens[start + 4]?.text ?? '')) start += 5;
  // "The federal Department of Finance": a word in lower case opening the name is none of it (not a particle: "de la Cruz").
  // (Nor a given name written in lower case: "By samantha Fox".)
  while (end - start >= 2 && /^\p{Ll}+$/u.test(tokens[start].text) && !NAME_PARTICLE.test(tokens[start].text) && !(nameLists().lookup(tokens[start].text) & FIRST_NAME) && startsUpper(tokens[start + 1].text)) start++;
  // "Unlike HCB, the lender …", "Headline CPI rose": a sentence's opening word in lower case elsewhere, before an acronym.
  // (A word wink reads as no proper noun and no list has as a name's: not "Royal" of "Royal BC".)
  if (start === sentenceStart && end - start === 2 && isAcronym(tokens[start + 1].text) && /^\p{Lu}\p{Ll}/u.test(tokens[start].text) && tokens[start].pos !== 'PROPN' && !(nameLists().lookup(tokens[start].text.toLowerCase()) & (PLACE_NAME | FIRST_NAME | ORG_WORD))) start++;
  while (start < end && isTickerPart(tokens, start)) start++;
  // A bracket the name opens stays closed: "Janata Dal (United)".
  const closes = (i: number) => tokens[i].text === ')' && tokens.slice(start, i).some((t) => t.text === '(');
  while (end > start && (isPossessive(tokens[end - 1].text) || (EDGE_PUNCT.test(tokens[end - 1].text) && !closes(end - 1)) || isTickerPart(tokens, end - 1))) end--;
  // "The IMO Secretary-General's office": a body's title after its name is no part of it.
  // (An office of the title keeps it: "Office of the Attorney-General".)
  if (c.label !== 'PER' && end - start >= 4 && GENERAL_TITLE.test(tokens[end - 3].text) && isHyphen(tokens[end - 2].text) && tokens[end - 1].text === 'General' && !/^(?:the|of)$/i.test(tokens[end - 4].text)) end -= 3;
  // "Caldris Pharma plc": a legal form in lower case the tagger left out is the company's.
  if (c.label === 'ORG' && end === c.end && /^(?:plc|ltd|llc|inc)\.?$/.test(tokens[end]?.text ?? '')) end++;
  // A legal form written with a slash is whole: "Kelmar A/S", not "Kelmar A".
  if (end - start >= 2 && tokens[end]?.text === '/' && SLASHED_LEGAL.test(`${tokens[end - 1].text}/${tokens[end + 1]?.text ?? ''}`)) end += 2;
  // "Norwind Air Flight 318": the airline, whose flight is no name of its own.
  if (end - start >= 2 && /^Flight$/.test(tokens[end - 1].text) && /^\d{1,4}$/.test(tokens[end]?.text ?? '')) end--;
  // "a Norland Democrat": a member of a party from the place, the place alone a name (not a party's word
  // a place is named too: "Liberal Democrat").
  let { label } = c;
  const party = end - start >= 2 && /^(?:Democrat|Republican)$/.test(tokens[end - 1].text) && !(end - start === 2 && isSometimesLowerCase(tokens[start].text));
  if (party && nameLists().lookup(tokens.slice(start, end - 1).map((t) => t.text.toLowerCase()).join(' ')) & PLACE_NAME) {
    end--;
    label = 'LOC';
  }
  // "a Leeds GP": after "a", a family doctor of the place, the place alone a name (not "the Monaco GP").
  if (end - start >= 2 && /^GPs?$/.test(tokens[end - 1].text) && /^an?$/i.test(tokens[start - 1]?.text ?? '')) {
    end--;
    if (nameLists().lookup(tokens.slice(start, end).map((t) => t.text.toLowerCase()).join(' ')) & PLACE_NAME) label = 'LOC';
  }
  // A party's members are no part of its name: "Labour MPs", "Republican lawmakers"; nor a company's listing, meeting or
  // officer: "pulls $7.5 bln Nasdaq IPO", "the Kelmar AGM".
  while (c.label !== 'PER' && end - start >= 2 && (MEMBERS.test(tokens[end - 1].text) || AFTER_BODY_ACRONYMS.test(tokens[end - 1].text))) end--;
  // A byline's beat is no part of the name before it: "Ilse Varga Energy correspondent".
  if (end - start >= 3 && BEAT_JOBS.test(tokens[end]?.text ?? '') && BEATS.test(tokens[end - 1].text) && nameLists().lookup(tokens[start].text.toLowerCase()) & FIRST_NAME) {
    end--;
    label = 'PER';
  }
  // "Without Marta I would have lost": the pronoun before its verb, no regnal numeral (not "King Olaf I was crowned").
  if (c.label === 'PER' && end - start >= 2 && tokens[end - 1].text === 'I' && end === c.end && /^(?:AUX|VERB)$/.test(tokens[end]?.pos ?? '') && !ROYAL_TITLE.test(tokens[start - 1]?.text ?? '')) end--;
  // Letters after a person's name are no part of it: "Ana Ruiz KC", "Ivo Lind MP"; nor a South Asian honorific: "Saxena ji".
  while (c.label === 'PER' && end - start > 2 && POST_NOMINALS.has(tokens[end - 1].text)) end--;
  // … nor a judge's letters after the surname: "Talbot J", "Keane LJ" (Mr Justice Talbot, Lord Justice Keane).
  if (end - start >= 2 && JUDGES_LETTERS.test(tokens[end - 1].text) && (c.label === 'PER' || nameLists().lookup(tokens[end - 2].text.toLowerCase()) & LAST_NAME)) [end, label] = [end - 1, 'PER'];
  while (c.label === 'PER' && end - start >= 2 && HONORIFIC_AFTER.test(tokens[end - 1].text) && !isHyphen(tokens[end - 2].text)) end--;
  // (Nor is an amount's number: "CHF 4.2m" without its currency.)
  // (Nor is a courtesy title alone: "Dato'".)
  if (start === end || tokens.slice(start, end).every((t) => isLegalDesignator(t.text) || EDGE_PUNCT.test(t.text) || AMOUNT.test(t.text) || isCourtesyTitle(t.text))) return undefined;
  return { ...c, start, end, label };
}

/** Diseases named for those who described them, written with a possessive: "Alzheimer's", "Crohn's disease". */
const DISEASE_EPONYMS = /^(?:Alzheimer|Parkinson|Crohn|Hodgkin|Tourette|Asperger|Raynaud|Hashimoto|Legionnaires|Meniere|Ménière|Sjogren|Sjögren|Guillain|Creutzfeldt)$/;
/** … and any name before a disease's noun: "Huntington's disease", "Bell's palsy". */
const DISEASE_NOUNS = /^(?:disease|diseases|syndrome|palsy|lymphoma|sarcoma)$/;

/** Token `i` and the possessive after it name a disease, no person, place or shop: "Alzheimer's", "Huntington's disease". */
export function isDiseaseEponym(tokens: readonly Token[], i: number): boolean {
  return isPossessive(tokens[i + 1]?.text ?? '') && (DISEASE_EPONYMS.test(tokens[i].text) || DISEASE_NOUNS.test(tokens[i + 2]?.text ?? ''));
}

/** What follows a shop's name and never a possessive: a preposition, a conjunction, an auxiliary or a reporting verb. */
const AFTER_STORE = new Set(['ADP', 'AUX', 'CCONJ', 'SCONJ']);
const STORE_VERBS = new Set(['said', 'says', 'became', 'becomes', 'announced', 'reported', 'opened', 'closed']);
/** "Moody's both upgraded …", "… at Moody's." */
const STORE_FOLLOWERS = /^(?:[,.;:)]|both|all)$/;
/** Business words after a founder's "'s": "Moody's Investors Service". */
const MAX_STORE_BUSINESS = 2;
/** Words after a name's "'s" that make it "has" or "is": "Tane's been", "Ruiz's got", "Lind's not". */
const CONTRACTED_BEFORE = /^(?:been|got|gotten|gone|done|going|not|never)$/;

/**
 * A name whose "'s" owns nothing is a shop or company named after its founder: "Macy's in 2006",
 * "McDonald's said", "Ivey's and Sears", "Moody's both upgraded". Its "'s" stays in the name, and it is an organization;
 * "Obama's plan" is a possessive.
 */
export function storeName(tokens: readonly Token[], c: Candidate): Candidate {
  const next = tokens[c.end + 1];
  if (!isPossessive(tokens[c.end]?.text ?? '') || tokens[c.end].start !== tokens[c.end - 1].end || !next || (c.end - c.start === 1 && isDiseaseEponym(tokens, c.start))) return c;
  // "called her 'Dee' to her face": an apostrophe alone after a quote opened before the name closes it.
  if (/^['’]$/.test(tokens[c.end].text) && /^['‘]$/.test(tokens[c.start - 1]?.text ?? '')) return c;
  // "Tane's been great": the "'s" of "has" or "is" before a participle or a negation, no shop's.
  if (CONTRACTED_BEFORE.test(next.text)) return c;
  // "Moody's Ratings", "Brennan's Investors Service": a founder's "'s" and common words ending in a business's
  // (not an owner's name before its own: "Lim's Meriton Holdings", "Doha's Qatar Airways").
  let end = c.end + 1;
  while (end < tokens.length && end - c.end <= MAX_STORE_BUSINESS && /^\p{Lu}\p{Ll}/u.test(tokens[end].text) && isSometimesLowerCase(tokens[end].text)) end++;
  const business = (word: string) => isCompanyTail(word.toLowerCase()) || isBusinessWord(word) || /^(?:Service|Services|Restaurants)$/.test(word);
  const founder = c.label === 'PER' && c.end - c.start === 1 && !(nameLists().lookup(tokens[c.start].text.toLowerCase()) & PLACE_NAME);
  if (founder && end > c.end + 1 && !startsUpper(tokens[end]?.text ?? '') && business(tokens[end - 1].text)) return { ...c, end, label: 'ORG' };
  // A bare apostrophe before punctuation closes a quote: "'Peter Capaldi'."
  const followed = STORE_FOLLOWERS.test(next.text) && /^['’]s$/.test(tokens[c.end].text);
  // "Hollinby's expects more sales": a verb in the present's third person, no contraction's participle ("Ruiz's gone"),
  // nor a noun wink reads as one ("Volkswagen's works council", "Widodo's focus on", "KTLX's calls went").
  const object = tokens[c.end + 2]?.pos ?? '';
  const presentVerb = next.pos === 'VERB' && /^\p{Ll}+[^s]s$/u.test(next.text) && /^['’]s$/.test(tokens[c.end].text) && !/^(?:NOUN|ADP|PART|VERB|AUX)$/.test(object) && !isPlaceName(tokens, c);
  // (What is owned may be an acronym wink reads as a word: "Okoro's UP had pledged".)
  const acronym = /^\p{Lu}[\p{Lu}\d&]+$/u.test(next.text);
  // (… or a compound wink reads apart: "Ketterly Radio's on-course reporter".)
  const compound = isHyphen(tokens[c.end + 2]?.text ?? '') && tokens[c.end + 2].start === next.end;
  const owns = acronym || compound || !(AFTER_STORE.has(next.pos) || STORE_VERBS.has(next.text) || followed || presentVerb);
  return owns ? c : { ...c, end: c.end + 1, label: 'ORG', cued: true };
}

/** A place the tagger or the place lists name: "Europe's hopes" is a possessive. */
function isPlaceName(tokens: readonly Token[], c: Candidate): boolean {
  return c.label === 'LOC' || (nameLists().lookup(tokens.slice(c.start, c.end).map((t) => t.text).join(' ').toLowerCase()) & PLACE_NAME) !== 0;
}

/** The end offset of a token without a possessive ending that the tokenizer left attached ("Jones'"). */
export function endWithoutPossessive(token: Token): number {
  const m = /(?:['’]s?)$/i.exec(token.text);
  return m && m.index > 0 ? token.start + m.index : token.end;
}

/** Titles that are as often given names. */
const GIVEN_NAME_TITLES = /^Dean$/;

/** Endings of jobs' nouns: "seismologist", "technician", "photographer", "economist", "paramedic", "pharmacist", "mechanic". */
const JOB_ENDING = /(?:ologist|ician|ographer|onomist|medic|macist|chanic)$/;
/** Endings of nouns of people who do something ("farmer", "geologist"), not adjectives ("young"). */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|man|woman|eer|ess)$/;

/** A lower-case noun of someone who does something: "dentist", "councillor", "resident", "paramedic". */
export function isAgentNoun(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && (AGENT_NOUN.test(word) || JOB_ENDING.test(word));
}

/**
 * A common word, not a given name itself, before a given name: "Geologist Marta", "Farmer Ivo"; or a job the model never
 * saw before a word no list has: "Boater Gareth".
 */
function isJobBefore(tokens: readonly Token[], i: number): boolean {
  const [word, next] = [tokens[i].text.toLowerCase(), tokens[i + 1].text.toLowerCase()];
  // (A job no list has as a name's, seen in lower case at times or never seen at all: "Potter Helen Marsh", "Haulier Iain Lennie".)
  const unseen = isUnseenWord(word) && nameLists().lookup(word) === 0;
  const unlisted = unseen || (isSometimesLowerCase(word) && nameLists().lookup(word) === 0);
  const common = ((isUsuallyLowerCase(word) || isCommonWord(word) || unlisted) && AGENT_NOUN.test(word)) || JOB_ENDING.test(word);
  const given = (nameLists().lookup(next) & FIRST_NAME) !== 0 || (unseen && AGENT_NOUN.test(word) && nameLists().lookup(next) === 0 && !isSometimesLowerCase(next));
  return common && !(nameLists().lookup(word) & FIRST_NAME) && given;
}

/**
 * For a person, moves leading titles out of the span and collects roles from the words before
 * it and from appositions: "acting Port Administrator Ana Ruiz" → "Ana Ruiz" with role
 * "acting ESA Administrator". Also returns the role phrases' tokens, as names inside them
 * ("Port", "Portex" in "director of Portex") are organizations, not this person.
 */
export function separateTitles(
  text: string,
  tokens: readonly Token[],
  c: Candidate,
  floor: number,
  ceiling: number,
): { person: Candidate | undefined; roles: Role[] } {
  let start = c.start;
  // "Dean Moretti": a title that is as often a given name, before a surname alone, is the given name, also after
  // a title or a job ("Auctioneer Dean Whitfield", "President Dean Moretti").
  const second = c.end - 2;
  const given = second >= c.start && GIVEN_NAME_TITLES.test(tokens[second].text) && !(nameLists().lookup(tokens[c.end - 1].text.toLowerCase()) & FIRST_NAME) &&
    (second === c.start || isTitleAt(tokens, second - 1, c.start) || isJobBefore(tokens, second - 1));
  for (let i = given ? second - 1 : c.end - 2; i >= c.start; i--) {
    // "Martin Luther King Jr.": a title word before a generation's mark alone ends the name
    if (isTitleAt(tokens, i, c.start) && startsUpper(tokens[i + 1].text) && !tokens.slice(i + 1, c.end).every((t) => isGenerationMark(t.text) || t.text === '.')) {
      start = i + 1;
      break;
    }
  }
  if (start === c.start && (isHonorific(tokens[start].text) || isHonorificSecond(tokens, start, floor))) start++;
  // "Seismologist Marta Oyelaran said": a common noun that a sentence opens with, before a given name, is her job.
  // (… or a dateline's dash: "BENDIGO, March 14 — Potter Helen Marsh has lost her kiln".)
  const opening = start === floor || /^[—–-]$/.test(tokens[start - 1]?.text ?? '');
  const job = start === c.start && opening && c.end - start >= 3 && isJobBefore(tokens, start);
  if (job) start++;
  if (start >= c.end) return { person: undefined, roles: [] };
  const found = [
    job ? { start: c.start, end: c.start + 1, text: tokens[c.start].text.toLowerCase() } : undefined,
    roleBefore(text, tokens, start, floor),
    roleInFrontApposition(text, tokens, start, floor),
    roleInApposition(text, tokens, c.end, ceiling),
    roleAfterAs(text, tokens, start, c.end, ceiling),
  ].filter((r): r is Role => r !== undefined);
  const roles = found.map((r) => r.text).filter(isMeaningfulRole);
  return { person: { ...c, start, roles }, roles: found };
}

/**
 * Acronyms inside a role phrase ("ESA" in "acting ESA Administrator") are organizations of their
 * own. Other capitalized words there are often part of the title itself ("Transportation
 * Secretary"), so they are left to the tagger.
 */
export function acronymsInRole(tokens: readonly Token[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = from; i < to; i++) if (isAcronym(tokens[i].text) && !isTitleWord(tokens[i].text)) found.push(i);
  return found;
}

const EXECUTIVE_TITLE = /^(?:CEO|CFO|COO|chairman|founder)$/i;
/**
 * Titles of people who work for a club or firm: the name before them is one ("Sevilla goalkeeper",
 * "Jefferies analyst", "Foxconn spokesman"), unless it is a country ("Spain coach").
 */
const TEAM_TITLE = /^(?:goalkeeper|keeper|striker|midfielder|defender|winger|forward|coach|manager|captain|quarterback|pitcher|analyst|strategist|economist|spokesman|spokeswoman|spokesperson)$/i;


/**
 * The company or club a role names before its title: "Norfolk Southern" in "Norfolk Southern
 * CEO", "Sevilla" in "Sevilla goalkeeper". Before such a title capitalized words name the
 * organization, not the office.
 */
export function companyInRole(tokens: readonly Token[], from: number, to: number): Candidate | undefined {
  const title = chiefTitleStart(tokens, from, to - 1);
  // The name ends before the title's modifiers in lower case: "Kpler senior analyst", "Pantheon Macroeconomics chief economist".
  let head = title;
  while (head - 1 > from && isRoleModifier(tokens[head - 1].text)) head--;
  const team = head > from && TEAM_TITLE.test(tokens[title].text);
  const member = LEGISLATOR_TITLE.test(tokens[title].text);
  if (head <= from) return undefined;
  let start = head;
  // Not a capitalized first word or modifier of the title itself: "Political analyst", "Vice Chairman".
  const inName = (t: Token) => isCapitalizedName(t) && !isAcronym(t.text) && !isUsuallyLowerCase(t.text) && !isTitleOnlyModifier(t.text) && !isDemonymAdjective(t.text);
  // (A body's kind ends its name, in lower case as often as not: "Victoria Police chief commissioner".)
  const kind = isCapitalizedName(tokens[start - 1]) && (nameLists().lookup(tokens[start - 1].text.toLowerCase()) & ORG_WORD) !== 0;
  if (kind && start - 1 > from && inName(tokens[start - 2])) start--;
  while (start > from && inName(tokens[start - 1])) start--;
  // A body's nationality is its name's: "Portuguese Kiteboard Federation president" (not "Brazilian winger").
  const body = start < head && (nameLists().lookup(tokens[head - 1].text.toLowerCase()) & ORG_WORD) !== 0;
  while (body && start > from && isCapitalizedName(tokens[start - 1]) && isDemonymAdjective(tokens[start - 1].text)) start--;
  // (Before any title a body's name of two words or more ending in its kind, "Victoria Police chief commissioner", and so a
  // party's before a legislator's: "Fianna Fáil TD"; not "News Editor", "State MP".)
  const bodyOrParty = head - start >= 2 && (member || body);
  if (start === head || !(team || bodyOrParty || EXECUTIVE_TITLE.test(tokens[title].text) || title < to - 1)) return undefined;
  // (Not a kind of body or place capitalized only as the sentence's first word: "Museum spokeswoman Ida Moss", "Festival
  // founder Tom Hale".)
  const opening = start === head - 1 && (start === 0 || tokens[start - 1].sentence !== tokens[start].sentence);
  if (opening && (isBodyHead(tokens[start].text) || isFacilityHead(tokens[start].text) || isEventHead(tokens[start].text))) return undefined;
  const name = tokens.slice(start, head).map((t) => t.text.toLowerCase()).join(' ');
  // (A legislator's constituency is a place: "Wirral South MP", "Dublin Bay North TD".)
  const seat = member && tokens.slice(start, head).some((t) => isCompassWord(t.text) || nameLists().lookup(t.text.toLowerCase()) & PLACE_NAME);
  return (team && nameLists().lookup(name) & COUNTRY) || seat ? undefined : { start, end: head, label: 'ORG', roles: [] };
}

/** Words of a chief's title after "Chief": "Chief Executive", "Chief Financial Officer". */
const CHIEF_TITLE_WORDS = /^(?:Executive|Financial|Operating|Technology|Investment|Commercial|Officer)$/;

/** The first word of "Chief Executive (Officer)" ending at `last`, else `last`. */
function chiefTitleStart(tokens: readonly Token[], from: number, last: number): number {
  let k = last;
  while (k > from && CHIEF_TITLE_WORDS.test(tokens[k].text)) k--;
  return k < last && tokens[k].text === 'Chief' ? k : last;
}

const DEMONYM_SUFFIX = /(?:ian|ean|ese|ish|an|ic|i)$/;

/** "Brazilian winger", "Polish striker": a nationality before a title, not a club (a listed "Milan" is a place). */
function isDemonymAdjective(word: string): boolean {
  return DEMONYM_SUFFIX.test(word) && !(nameLists().lookup(word.toLowerCase()) & (PLACE_NAME | FIRST_NAME | LAST_NAME));
}

/** The most words a person's name or a street's name has. */
export const MAX_NAME_TOKENS = 4;

/** A word that may start a name: a capital and a letter. */
export const NAME_START = /^\p{Lu}\p{L}/u;
const TITLE_CASE_START = /^\p{Lu}\p{Ll}/u;

export function isCapitalizedName(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PROPN' && NAME_START.test(t.text) && !isTitleWord(t.text) && !isCalendarWord(t.text);
}

/** Heads of government units' names. */
const UNIT_HEADS = /^(?:Ministry|Department|Office|Agency|Commission|Bureau|Authority|Directorate|Inspectorate)$/;
/** A government unit's full name: its head then "of" or "for" ("Office of Foreign Assets Control"), or two words or more ending in it. */
function isUnitName(words: readonly string[]): boolean {
  if (words.length === 2) return UNIT_HEADS.test(words[1]);
  return words.length >= 3 && ((UNIT_HEADS.test(words[0]) && /^(?:of|for)$/.test(words[1])) || UNIT_HEADS.test(words[words.length - 1]));
}
/** Owners that are people, whose possessive opens a body's own name. */
const PEOPLE_OWNERS = /^(?:Children|Women|Men|People|Peoples|Workers|Veterans|Farmers|Teachers|Nurses|Citizens|Consumers|Parents)$/;

/** Whether a word is people's whose possessive opens a body's or an event's own name: "Women's World Cup", "Workers' Party". */
export function isPeopleOwner(word: string): boolean {
  return PEOPLE_OWNERS.test(word);
}

/** Last words of regions' names, and first words of their governments' departments. */
const REGION_HEADS = /^(?:State|Province|County|Region|Prefecture|Oblast)$/;
const DEPARTMENT_HEADS = /^(?:Ministry|Department|Office|Agency|Commission|Board|Bureau|Authority|Police)$/;

/**
 * A body's name after its owner's possessive, tagged as one name with it: "the UN's [Food and
 * Agriculture Organization]", "Britain's [Competition and Markets Authority]", "the World Health
 * Organization's [Emergency Committee]" are two names each. The owner is an acronym, a country, a
 * name every reader knows ("United Nations") or a body's name or word ("Parliament's Portfolio
 * Committee"); a name's own possessive stays ("McDonald's Corporation", "People's Bank of China").
 */
export function splitAtOwner(tokens: readonly Token[], c: Candidate): Candidate[] {
  if (c.label === 'PER') return [c];
  // "US FDA approves …", "UK MHRA clears …": a headline's country before a body's acronym, two names.
  if (c.end - c.start === 2 && COUNTRY_LETTERS.test(tokens[c.start].text) && isAcronym(tokens[c.start + 1].text) && !isCommonNounAcronym(tokens[c.start + 1].text)) {
    return [{ ...c, end: c.start + 1, label: 'LOC', roles: [] }, { ...c, start: c.start + 1, label: 'ORG' }];
  }
  // "which Kinsale's Dunmore unit has run": a company's unit after its owner's possessive.
  if (c.end - c.start === 3 && isPossessive(tokens[c.start + 1].text) && isUnitNoun(tokens[c.end]?.text ?? '')) {
    return [{ ...c, end: c.start + 1, label: 'ORG', roles: [] }, { ...c, start: c.start + 2, label: 'ORG' }];
  }
  const lists = nameLists();
  for (let i = c.start + 1; i < c.end - 1; i++) {
    if (!isPossessive(tokens[i].text) || tokens[i].start !== tokens[i - 1].end || !startsUpper(tokens[i + 1].text)) continue;
    const owner = tokens.slice(c.start, i).map((t) => t.text);
    const country = owner.length <= 3 && (lists.lookup(owner.join(' ').toLowerCase()) & COUNTRY) !== 0;
    // A body's name, or a body's word alone ("Parliament's Portfolio Committee"; not "People's Bank").
    const body = (lists.lookup(owner[owner.length - 1].toLowerCase()) & ORG_WORD) !== 0;
    // "Veldor State's Ministry of Roads": a government's department after any place's possessive.
    const place = REGION_HEADS.test(owner[owner.length - 1]) || (lists.lookup(owner.join(' ').toLowerCase()) & PLACE_NAME) !== 0;
    const department = place && DEPARTMENT_HEADS.test(tokens[i + 1].text);
    // "the U.S. Treasury's Office of Foreign Assets Control", "the Pentagon's Defense Intelligence Agency": a unit's full
    // name after any owner's (not a people's or an officer's: "the Women's Commission", "the U.S. Attorney's Office for …").
    const unit = isUnitName(tokens.slice(i + 1, c.end).map((t) => t.text)) && !PEOPLE_OWNERS.test(owner[owner.length - 1]) && !isTitleWord(owner[owner.length - 1]);
    if (!country && !body && !department && !unit && !isWellKnownName(owner.join(' ')) && !(owner.length === 1 && isAcronym(owner[0]))) return [c];
    return [{ ...c, end: i, label: country || department ? 'LOC' : 'ORG', roles: [] }, { ...c, start: i + 1 }];
  }
  return [c];
}

/**
 * A company's seat after its legal form or its group's word, which the tagger ran into its name:
 * "Brandt Polymer GmbH of Mannheim", "Norvik Freight Group of Gdansk" are a company and a place (not
 * "Bank of China", "Group of Seven").
 */
export function splitAtSeat(tokens: readonly Token[], c: Candidate): Candidate[] {
  if (c.label !== 'ORG') return [c];
  for (let i = c.start + 2; i + 1 < c.end; i++) {
    if (tokens[i].text !== 'of' || !(isLegalDesignator(tokens[i - 1].text) || /^(?:Group|Holdings)$/.test(tokens[i - 1].text))) continue;
    const place = tokens.slice(i + 1, c.end).map((t) => t.text.toLowerCase()).join(' ');
    // A listed place, or one its country follows: "GmbH of Ludwigshafen, Germany".
    const country = tokens[c.end]?.text === ',' && (nameLists().lookup(tokens[c.end + 1]?.text.toLowerCase() ?? '') & COUNTRY) !== 0;
    if (!(nameLists().lookup(place) & PLACE_NAME) && !country) return [c];
    return [{ ...c, end: i }, { ...c, start: i + 1, label: 'LOC', roles: [] }];
  }
  return [c];
}

/** Tokens a person's name may take before "of": "Mei - Lin Zhao". */
const MAX_PERSON_BEFORE_OF = 5;

/**
 * "said dealer Tomas Berg of Harrow & Finch Fine Art": a person's full name and the firm they are of, which the
 * tagger ran into one name: two names, when the name opens with a listed given name or follows a title and the
 * firm's ends in a business word or a legal form, or the firm names partners and the person has a listed given name
 * or surname or a title (not "Duke of Kent", "Bank of America").
 */
export function splitPersonOfFirm(tokens: readonly Token[], c: Candidate): Candidate[] {
  for (let of = c.start + 2; of <= c.start + MAX_PERSON_BEFORE_OF && of + 1 < c.end; of++) {
    if (tokens[of].text !== 'of') continue;
    // (A hyphened given name is one: "Mei-Lin Zhao".)
    const person = tokens.slice(c.start, of).filter((t) => !isHyphen(t.text));
    if (person.length > 3) continue;
    const lists = nameLists();
    const given = (lists.lookup(person[0].text.toLowerCase()) & (FIRST_NAME | PLACE_NAME | ORG_WORD)) === FIRST_NAME;
    const named = person.every((t) => PERSON_NAME_WORD.test(t.text) && !(lists.lookup(t.text.toLowerCase()) & ORG_WORD));
    const last = tokens[c.end - 1].text;
    // (… or whose firm is named for its partners: "Tobias Lind of Marlowe & Finch", "Mei-Lin Zhao of Halvorsen & Pike",
    // the person's known by a listed given name or surname.)
    const partners = tokens.slice(of + 1, c.end).some((t) => t.text === '&');
    const surname = (lists.lookup(person.at(-1)!.text.toLowerCase()) & (LAST_NAME | PLACE_NAME | ORG_WORD)) === LAST_NAME;
    // (… or the name's title says it is a person's: "Attorney Corwin Tull of Castell & Wynn LLP".)
    const titled = c.roles.length > 0 || isTitleWord(tokens[c.start - 1]?.text ?? '');
    const firm = isBusinessWord(last) || isLegalDesignator(last) || /^(?:Art|Arts)$/.test(last);
    if (named && (((given || titled) && firm) || (partners && (given || surname || titled)))) {
      return [{ ...c, end: of, label: 'PER' }, { ...c, start: of + 1, label: 'ORG', roles: [] }];
    }
  }
  return [c];
}

/** Topics wire services open headlines with: "Soccer-", "Cricket-", "Tennis-". */
const SPORT_SLUGS = /^(?:Soccer|Football|Cricket|Tennis|Rugby|Golf|Athletics|Cycling|Boxing|Basketball|Baseball|Hockey|Motor|Motorsport|Rallying|Horseracing|Olympics|Swimming|Sailing|Skiing)$/;

/**
 * "The Brazilian Space Agency-Kenya Space Agency agreement": two bodies a hyphen joins, which the tagger ran into one
 * name: split after the first body's head where the second name ends in one too.
 */
export function splitAtHyphenOfBodies(tokens: readonly Token[], c: Candidate): Candidate[] {
  if (isDealOfTwo(tokens, c)) return [{ ...c, end: c.start + 1, label: 'ORG' }, { ...c, start: c.start + 2, label: 'ORG', roles: [] }];
  if (c.label === 'PER') return [c];
  const isBodyHead = (t: Token) => (nameLists().lookup(t.text.toLowerCase()) & ORG_WORD) !== 0;
  for (let i = c.start + 1; i + 2 < c.end; i++) {
    const glued = isHyphen(tokens[i].text) && tokens[i].start === tokens[i - 1].end && tokens[i + 1].start === tokens[i].end;
    if (glued && isBodyHead(tokens[i - 1]) && isBodyHead(tokens[c.end - 1]) && c.end - i - 1 >= 2 && startsUpper(tokens[i + 1].text)) {
      return [{ ...c, end: i, label: 'ORG' }, { ...c, start: i + 1, label: 'ORG', roles: [] }];
    }
  }
  return [c];
}

/**
 * "left Ofer Prison for Ramallah", "flown from Kotoka Airport for Lagos": a facility and the place something leaves it
 * for, which the tagger ran into one name.
 */
export function splitAtDestination(tokens: readonly Token[], c: Candidate): Candidate[] {
  if (c.label === 'PER') return [c];
  for (let i = c.start + 1; i + 1 < c.end; i++) {
    if (tokens[i].text !== 'for' || !isFacilityHead(tokens[i - 1].text)) continue;
    const place = tokens.slice(i + 1, c.end).map((t) => t.text.toLowerCase()).join(' ');
    if (nameLists().lookup(place) & PLACE_NAME) return [{ ...c, end: i }, { ...c, start: i + 1, label: 'LOC', roles: [] }];
  }
  return [c];
}

const SPACED_DASH = /^[–—]$/;

/**
 * "Tarley — City Hall": a dash with space on both sides ends a name, however the tagger ran over it (not a hyphen:
 * text rebuilt from tokens spaces out "Harley - Davidson").
 */
export function splitAtSpacedDash(tokens: readonly Token[], c: Candidate): Candidate[] {
  for (let i = c.start + 1; i < c.end - 1; i++) {
    const dash = tokens[i];
    if (SPACED_DASH.test(dash.text) && dash.start > tokens[i - 1].end && tokens[i + 1].start > dash.end) {
      return [{ ...c, end: i }, ...splitAtSpacedDash(tokens, { ...c, start: i + 1, roles: [] })];
    }
  }
  return [c];
}

/** A company's legal word before "of" and the town it is in: "Bluebell Creamery Company [of] Fenwick Falls, Iowa". */
const COMPANY_OF = /^(?:Company|Co\.?|Corporation|Inc\.?)$/;

/** "the Dean of Wenmouth resigned": an office of a place tagged as a person's name is the place. */
export function splitOfficeOfPlace(tokens: readonly Token[], c: Candidate): Candidate[] {
  if (c.label !== 'PER' || c.end - c.start !== 3 || tokens[c.start + 1].text !== 'of' || !isPlaceOffice(tokens[c.start].text)) return [c];
  return [{ ...c, start: c.start + 2, label: 'LOC', person: undefined, roles: [] }];
}

/** A country's regions by their compass words: "the U.S. Northwest", "the UK's Midlands". */
const COMPASS_REGION = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Midwest|Midlands)$/;

/** "the largest lender in the U.S. Midwest": a country's letters and its region, which the tagger ran into one place. */
export function splitCountryRegion(tokens: readonly Token[], c: Candidate): Candidate[] {
  if (c.end - c.start !== 2 || c.label === 'PER' || !isCountryCode(tokens[c.start].text) || !COMPASS_REGION.test(tokens[c.start + 1].text)) return [c];
  return [{ ...c, end: c.start + 1, label: 'LOC' }, { ...c, start: c.start + 1, label: 'LOC', roles: [] }];
}

/**
 * "cheese from Bluebell Creamery Company of Fenwick Falls, Iowa": a company and the town it is in, its state or country
 * after a comma, which the tagger ran into one name (not "the Insurance Company of North America"); or a company named
 * by its trade or as a family's firm and a listed place after "of": "Orrin Health Systems of Leeds", "Chance Brothers of
 * Smethwick".
 */
export function splitAtHomeTown(tokens: readonly Token[], c: Candidate): Candidate[] {
  if (c.label === 'PER') return [c];
  const region = tokens[c.end]?.text === ',' && isRegion(tokens[c.end + 1]?.text ?? '');
  const listedPlace = (i: number) => (nameLists().lookup(tokens.slice(i, c.end).map((t) => t.text.toLowerCase()).join(' ')) & (PLACE_NAME | COUNTRY)) !== 0;
  for (let i = c.start + 2; i + 1 < c.end; i++) {
    if (tokens[i].text !== 'of') continue;
    // (A family's firm is of no body but its town, listed or not.)
    const family = isFamilyFirmWord(tokens[i - 1].text) && tokens.slice(i + 1, c.end).every((t) => startsUpper(t.text));
    const trade = family || (isBusinessWord(tokens[i - 1].text) && !COMPANY_OF.test(tokens[i - 1].text) && listedPlace(i + 1));
    if ((region && COMPANY_OF.test(tokens[i - 1].text)) || trade) return [{ ...c, end: i, label: 'ORG' }, { ...c, start: i + 1, label: 'LOC', roles: [] }];
  }
  return [c];
}

/** Nouns of a deal two companies strike, after their names joined by a hyphen. */
const DEAL_NOUNS = /^(?:merger|deal|tie-up|tieup|alliance|partnership|venture|takeover|combination|agreement|transaction)$/i;

/**
 * "The planned Vexo-Marlin merger": two companies a hyphen joins before their deal's noun, each named elsewhere in
 * the text ("Rolls-Royce", named only so, stays one).
 */
export function isDealOfTwo(tokens: readonly Token[], c: Candidate): boolean {
  if (c.end - c.start !== 3 || !isHyphen(tokens[c.start + 1].text) || !DEAL_NOUNS.test(tokens[c.end]?.text ?? '')) return false;
  const [first, second] = [tokens[c.start].text, tokens[c.start + 2].text];
  const elsewhere = (word: string) => tokens.some((t, i) => (i < c.start || i >= c.end) && t.text === word);
  return startsUpper(first) && startsUpper(second) && elsewhere(first) && elsewhere(second);
}

/** Titles written with "-General" after them: "Secretary-General", "Director-General". */
const GENERAL_TITLE = /^(?:Secretary|Director|Attorney|Solicitor|Surgeon|Inspector|Auditor|Governor|Postmaster|Consul)$/;

/** A country's letters: "US", "U.S.", "UK". */
const COUNTRY_LETTERS = /^(?:US|U\.S\.|UK|U\.K\.)$/;

/** Ranks, which name no body: "Captain Zembrolu", "Sergeant Hale". */
const RANKS = /^(?:Captain|Capt\.?|Sergeant|Sgt\.?|Lieutenant|Lt\.?|Colonel|Col\.?|Inspector|Detective|Constable|Corporal|Commander|Admiral|Lady|Lord|Dame)$/;

/** Titles that are words of companies' names as often: "Lone Star", "Anchor Foods", "King Power". */
const NAME_WORD_TITLES = new Set(['Star', 'Anchor', 'Host', 'Partner', 'Champion', 'King', 'Queen', 'Prince', 'Lord', 'Lady', 'Count', 'Class', 'Principal', 'Major', 'Private']);

/**
 * A span with a title inside: the title belongs to the person named after it.
 * "Apple CEO Tim Cook" tagged as one organization → "Apple" and the person "Tim Cook";
 * "ESA Administrator" right before "Ana Ruiz" → "ESA"; a "person" ending in a title before a
 * name ("Acme CEO" + "Jo Park") is the organization. A title as first word is part of the name
 * ("General Motors", "Prince Edward Island"), and a Title Case title word ending a person's
 * name is a surname ("Aaron Judge"). A possessive inside a person's span ends an organization's
 * name ("Jefferies' Sunil Mehta").
 */
export function splitAtTitle(tokens: readonly Token[], c: Candidate): Candidate[] {
  if (c.label === 'PER') {
    for (let i = c.start + 1; i < c.end - 1; i++) {
      // (Not the quote closing a nickname: "William 'Bill' Roth".)
      const closing = /^['’]$/.test(tokens[i].text) && tokens.slice(c.start, i - 1).some((t) => /^['‘]$/.test(t.text));
      if (isPossessive(tokens[i].text) && !closing && tokens[i].start === tokens[i - 1].end && startsUpper(tokens[i + 1].text)) {
        return [{ ...c, end: i, label: 'ORG', roles: [] }, ...splitAtTitle(tokens, { ...c, start: i + 1 })];
      }
    }
  }
  // "[MSP Morag Ellison-Tait]": an office's letters opening a "body" before a full name are the person's title.
  const nameWords = (from: number) => tokens.slice(from, c.end).every((t) => isHyphen(t.text) || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !(nameLists().lookup(t.text.toLowerCase()) & (ORG_WORD | PLACE_NAME))));
  // (… or before a listed surname: "former CFO Brandt", not "DR Congo".)
  const surname = c.end - c.start === 2 && (nameLists().lookup(tokens[c.start + 1].text.toLowerCase()) & LAST_NAME) !== 0;
  if (c.label !== 'PER' && (c.end - c.start >= 3 || surname) && c.end - c.start <= MAX_NAME_TOKENS + 2 && isAcronym(tokens[c.start].text) && isTitleWord(tokens[c.start].text) && nameWords(c.start + 1)) {
    return [{ ...c, start: c.start + 1, label: 'PER', roles: [tokens[c.start].text] }];
  }
  // "Captain Zembrolu": a rank before one name the tagger called a body is a person's title.
  if (c.label !== 'PER' && c.end - c.start === 2 && RANKS.test(tokens[c.start].text) && nameWords(c.start + 1)) {
    return [{ ...c, start: c.start + 1, label: 'PER', roles: [tokens[c.start].text] }];
  }
  let title = c.end - 1;
  // (Over a surname's particles: "Brightmoor Bank CISO Femke de Vries".)
  const inName = (i: number) => isCapitalizedName(tokens[i]) || (isSurnameParticle(tokens[i].text) && i + 1 < c.end && isCapitalizedName(tokens[i + 1]));
  while (title > c.start && c.label !== 'PER' && inName(title)) title--;
  const trailing = title === c.end - 1;
  if (title <= c.start || !isTitleWord(tokens[title].text) || c.end - title - 1 > MAX_NAME_TOKENS) return [c];
  // "U.N. General Assembly": the word after the title names a body, not a person; nor do "Kilbreck General Hospitals
  // NHS Trust" and "Dunmore General Infirmary" name one.
  if (title + 2 === c.end && nameLists().lookup(tokens[title + 1].text.toLowerCase()) & ORG_WORD) return [c];
  // "Department of Justice Canada": a title after "of" in a body's name is the body's domain.
  if (c.label !== 'PER' && tokens[title - 1]?.text === 'of') return [c];
  if (namesBody(tokens, title + 1, c.end)) return [c];
  // A title that is a word of companies' names too is one there unless a listed name follows: "Meghna Star Garments".
  const listedName = (t: Token) => (nameLists().lookup(t.text.toLowerCase()) & (FIRST_NAME | LAST_NAME)) !== 0;
  if (c.label !== 'PER' && !trailing && NAME_WORD_TITLES.has(tokens[title].text) && !tokens.slice(title + 1, c.end).some(listedName)) return [c];
  const beforeName = isCapitalizedName(tokens[c.end]);
  if (trailing && !beforeName && (c.label !== 'PER' || TITLE_CASE_START.test(tokens[title].text))) return [c];
  let prefixEnd = compoundStart(tokens, title, c.start);
  // "Senate [Minority Leader]": a title's modifiers go with it.
  while (prefixEnd > c.start + 1 && (isTitleWord(tokens[prefixEnd - 1].text) || isTitleOnlyModifier(tokens[prefixEnd - 1].text))) prefixEnd--;
  const parts: Candidate[] = [{ ...c, end: prefixEnd, label: c.label === 'PER' ? 'ORG' : c.label }];
  if (!trailing) parts.push({ ...c, start: title + 1, label: 'PER' });
  return parts;
}

/**
 * A name right after "<title> of" or "<title> for" that runs from the office's domain into a person's name is that
 * person: the tagger reads "Secretary of [State Ana Ruiz]" and "Minister for Trade and [Energy Paulo Venn]" as one
 * organization. The person starts at the first given name after the domain's first word and has two or three words;
 * the domain ("State", "Foreign Affairs", "Energy") belongs to the title.
 */
export function personAfterOffice(tokens: readonly Token[], c: Candidate): Candidate {
  if (officeTitleBefore(tokens, c.start, 0) === undefined) return c;
  const lists = nameLists();
  const domain = isSometimesLowerCase(tokens[c.start].text) && !(lists.lookup(tokens[c.start].text.toLowerCase()) & (FIRST_NAME | LAST_NAME));
  // (A "person" too, when an ordinary word opens it: "Minister for Trade and [Energy Paulo Venn]", not "lawyer for [Mary Ann Smith]".)
  if (c.label === 'PER' && !domain) return c;
  // Words of the name from token `k`, a hyphened surname's parts apart: "Ferreira - Banks" is two.
  const wordsFrom = (k: number) => tokens.slice(k, c.end).filter((t) => !isHyphen(t.text));
  for (let k = c.start + 1; k < c.end - 1; k++) {
    if (wordsFrom(k).length > 3 || !(lists.lookup(tokens[k].text.toLowerCase()) & FIRST_NAME)) continue;
    for (let j = k; j < c.end; j++) if (!isCapitalizedName(tokens[j]) && !isHyphen(tokens[j].text)) return c;
    return { ...c, start: k, label: 'PER' };
  }
  // (… or after a one-word domain no list has as a name's, two or three names never written in lower case but after a
  // hyphen: "Secretary of State Inés Carvalho-Banks", not "president of Enterprise Management Associates".)
  const count = wordsFrom(c.start + 1).length;
  if (!domain || count < 2 || count > 3) return c;
  for (let j = c.start + 1; j < c.end; j++) {
    const t = tokens[j];
    if (isHyphen(t.text)) continue;
    if (!isCapitalizedName(t) || (!isHyphen(tokens[j - 1].text) && isSometimesLowerCase(t.text)) || lists.lookup(t.text.toLowerCase()) & ORG_WORD) return c;
  }
  return { ...c, start: c.start + 1, label: 'PER' };
}

/**
 * Capitalized words right after a title that the tagger left untagged are a person's name:
 * "Administrator Ana Ruiz", "spokesman Tomas Reed". `covered` marks tagged tokens.
 */
export function namesAfterTitles(tokens: readonly Token[], from: number, to: number, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from + 1; i < to; i++) {
    if (covered[i] || !isTitleWord(tokens[i - 1].text)) continue;
    // After "Mr"/"Ms" any capitalized word is a name, whatever wink made of it ("Mr Grant said").
    const courtesy = isCourtesyTitle(tokens[i - 1].text);
    const nameWord = (t: Token) => isCapitalizedName(t) || (courtesy && NAME_START.test(t.text) && !isTitleWord(t.text));
    if (!nameWord(tokens[i])) continue;
    let end = i;
    while (end < to && end - i < MAX_NAME_TOKENS && !covered[end] && nameWord(tokens[end])) {
      end++;
      // A hyphenated surname the tokenizer split: "Watson-Hale"; a Korean given name: "Min-jun".
      const glued = isHyphen(tokens[end]?.text ?? '') && tokens[end].start === tokens[end - 1].end && tokens[end + 1]?.start === tokens[end].end;
      if (glued && (nameWord(tokens[end + 1]) || /^\p{Ll}{2,5}$/u.test(tokens[end + 1].text))) end += 2;
    }
    // "Analyst Min-jun Park": a family name after a Korean given name, whatever the lists say of its word.
    if (end - i === 3 && end < to && !covered[end] && isEastAsianFamilyName(tokens[end].text)) end++;
    // "Chief Technology Officer": capitals between two title words are the title's domain.
    if (end < to && (isCapitalizedName(tokens[end]) || isTitleWord(tokens[end].text))) continue;
    // "the Kestrel Point General Store": a title inside a name, before one word no list has as a person's, names no one;
    // nor does one before a body's or a building's name ("Dunmore General Infirmary").
    const inName = i >= 2 && startsUpper(tokens[i - 1].text) && isCapitalizedName(tokens[i - 2]);
    if (inName && ((end - i === 1 && !covered[i - 2] && !(nameLists().lookup(tokens[i].text.toLowerCase()) & (FIRST_NAME | LAST_NAME))) || namesBody(tokens, i, end))) continue;
    out.push({ start: i, end, label: 'PER', roles: [] });
    i = end;
  }
  return out;
}
