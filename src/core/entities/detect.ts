/**
 * Mention detection for one document, given a tagger: tag each content sentence, clean the spans,
 * separate people from their titles, type the names, find acronym definitions and repeats the
 * tagger missed, then chain the mentions within the document.
 */
import type { LocalMention, Sentence, Token } from '../types';
import { startsLower, startsUpper } from '../nlp/letters';
import { COUNTRY, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isUsuallyLowerCase, nameLists } from '../ner/tagger';
import type { Pipeline } from '../nlp/pipeline';
import type { NerModel } from '../ner/tagger';
import type { NerSpan } from '../ner/labels';
import { commonNounAcronymsOf, isAcronym, isCommonNounAcronym, isShoutedPlace } from './acronyms';
import { aliasPairs } from './aliases';
import { findAnaphora } from './anaphora';
import { buildChains, type Draft } from './chains';
import { peopleInLists, sharedTitles, splitCoordinated, splitSurnamePairs, withSharedSurnames } from './coordination';
import { findDescriptions } from './descriptions';
import { joinBodyDomains, joinCountryUnits, joinHouseNames, joinFieldBodies, joinPurposeBodies, membersBodies, joinCoupleBodies, joinCommonWordBodies, joinCountryBodies, joinPlaceServingBodies, joinPortsOf, joinBodyHeadsOf, joinBodiesFor, joinPossessivePlaces, joinDistricts, joinLowerCaseCouncils, joinMembersConferences, joinSaintsInstitutions, splitBodyLists, splitSeats, splitAtStreet, joinTradeBodies, splitCompaniesFor } from './bodyJoins';
import { extendDocumentNames, extendSpans, joinMembersBodies, joinLawNames, joinPartnerFirms, joinPluralPossessiveBodies, joinPlaceHeads, joinPlacePrefixes, joinCampaignGroups, joinRomanceBodies, listMembers, joinSplitNames, withFactions, standaloneNames, withPublicationHeads } from './extend';
import { BodyText, isCapitalized, isLineOfNames } from './headings';
import { isNamingFurniture } from '../text/boilerplate';
import { identityKey } from './identity';
import { isOfficePortfolio, withoutDepartments, withoutOffice } from './offices';
import { isHonorific, isTitleWord } from './titles';
import { countryOfDemonym, isGenericOfficeDomain, ownerOf } from './owners';
import { withTypeCues } from './typeCues';
import { propagate, withEdgeWordOfName } from './propagate';
import {
  acronymsInRole,
  companyInRole,
  endWithoutPossessive,
  isDiseaseEponym,
  namesAfterTitles,
  personAfterOffice,
  separateTitles,
  splitAtOwner,
  splitAtSeat,
  splitPersonOfFirm,
  splitAtHyphenOfBodies,
  splitAtDestination,
  splitAtHomeTown,
  splitCountryRegion,
  splitOfficeOfPlace,
  splitAtTitle,
  splitAtSpacedDash,
  storeName,
  trimCandidate,
  type Candidate,
} from './spans';
import { entityType, kindAfter, isBodyHead, isDirectionalDemonym, isEventFirst, isNationality, namesLaw } from './types';
import { bylineOutlet, copyrightHolder, creditedNames, creditedPeople, creditedSpans, labelledCredit, shoutedBylineAgency, slashCredit } from './credits';
import { abbreviations, administrationLeaders, attributedBodies, asShip, dottedAcronyms, europeanBodies, europeanBodyEnd, isEuropeanBody, partyNames, caseNames, circuitCourts, stormNames, withCircuitOrdinal, withJudicialNames, withStormWord, withEventKind, withAcronymStarts, basedPlaces, hyphenatedNames, particlePlaces, bodyAcronyms, namedRegions, legislatures, observanceDays, publicationHeads, withModelNumber, splitForceOfModel, titleOffices, withUnitNumber, withHyphenedPaperHead, withRoadNumber, withStationNumber, stationNames, withLowerCaseCourt, withPlus, joinSlashedLetters, prepositionBodies, weekdayGivenNames, brandNames, companyNames, datelineAgency, datelineRegion, datelineLength, datelinePlaces, eventNames, koreanNames, numberedNames, openingBodies, factionAcronyms, partyLabelPlaces, quotedWorks, causeGroups, homeNames, kindEvents, yearAwards, shipNames, streetNames, townNames, withoutPartyLabel, marketIndices, numberedProducts, vintageProducts, barePapers, paperNames, bodiesOf, datelineLinePlaces, isNamedRegion } from './untagged';
import { isHyphen, isMediaName, isPeriodCode, isPossessive, isRomanNumeral, isRoyalTitle, isStreetHead, taggerWords, type Words } from './words';
import { abbreviatedStates, countryCodes, lowerCasePlaces, postalPlaces, withStateStop } from './unmarkedPlaces';
import { isHolidayName } from '../time/patterns';
import { isCalendarWord, isShortMonthBeforeDay } from './calendar';
import { isNamedUnit } from './companies';
import { cuedCompanies } from './cuedCompanies';
import { headerFields, isBylineLine, isBylineOrStamp, mastheadName } from './mastheads';
import { namesSpelledByAcronyms } from './spelledNames';
import { titleGender } from './gender';
import { withWashingtonSenses } from './washington';

/** "at 10 a.m. ET", "1400 GMT": a time zone's letters after a clock time name no one. */
function isZoneAfterClock(tokens: readonly Token[], c: Candidate): boolean {
  return c.end - c.start === 1 && /^(?:[A-Z]{1,4}T|UTC)$/.test(tokens[c.start].text) && /^(?:[ap]\.?m\.?|\d{1,2}(?:[:.]\d\d)?|\d{4})$/i.test(tokens[c.start - 1]?.text ?? '');
}

/** "R90,000", "R1.2bn", "R500m": an amount of rand, which the tokenizer cuts after its sign and first digits. */
function isRandAmount(tokens: readonly Token[], c: Candidate): boolean {
  const first = tokens[c.start].text;
  if (!/^R\d+(?:k|m|bn)?$/.test(first)) return false;
  if (/[a-z]$/.test(first)) return true;
  const [mark, digits] = [tokens[c.start + 1], tokens[c.start + 2]];
  return mark !== undefined && digits !== undefined && /^[,.]$/.test(mark.text) && mark.start === tokens[c.start].end && digits.start === mark.end && /^\d/.test(digits.text);
}

/** Kinds of settlement named before "of" and the settlement's name: "the village of Skelmer Bridge". */
const SETTLEMENTS = /^(?:village|town|hamlet|city|suburb|township)$/;
/** Words after a building's name that make it the body working there. */
const SPEAKS_FOR = /^(?:said|says|insisted|insists|announced|announces|confirmed|confirms|denied|denies|condemned|condemns|warned|warns|welcomed|welcomes|rejected|rejects|declined|declines|spokesperson|spokesman|spokeswoman|officials?|sources?)$/;

export function detectMentions(text: string, pipeline: Pipeline, model: NerModel): LocalMention[] {
  const { tokens, sentences } = pipeline;
  const surface = (c: Candidate) => text.slice(tokens[c.start].start, endWithoutPossessive(tokens[c.end - 1]));
  const commonNouns = commonNounAcronymsOf(tokens);
  const isDatePart = (c: Candidate) => c.end - c.start === 1 && isShortMonthBeforeDay(tokens, c.start);
  const found = namesSpelledByAcronyms(tokens, withAcronymStarts(tokens, tagNames(text, pipeline, model, surface))).filter(
    (c) => (c.end - c.start > 1 || !commonNouns.has(tokens[c.start].text)) && !isDatePart(c) && !isRandAmount(tokens, c) && !isZoneAfterClock(tokens, c),
  );
  withPossessiveLaws(tokens, found);
  const aliases = aliasPairs(tokens, found, surface);
  const bodiesCredits = creditsOfStoryBodies(found, aliases, surface);
  // (Not "North" again before "Korean": a compass point of a demonym is no name.)
  found.push(...propagate(tokens, sentences, found).filter((c) => c.end - c.start > 1 || !isDirectionalDemonym(tokens, c.start, c.end)));
  withEdgeWordOfName(tokens, found);
  found.splice(0, found.length, ...found.filter((c) => !c.party));
  found.push(...abbreviations(tokens, found, surface), ...publicationHeads(tokens, found));
  found.splice(0, found.length, ...found.filter((c) => !bodiesCredits.has(c.start)));
  lawsNamedAfterPeople(tokens, found);
  joinSlashedLetters(tokens, found);
  found.forEach((c, i) => (found[i] = withLowerCaseCourt(tokens, withCircuitOrdinal(tokens, asShip(tokens, withEventKind(tokens, withStormWord(tokens, withPlus(tokens, withStationNumber(tokens, withRoadNumber(tokens, withModelNumber(tokens, withHyphenedPaperHead(tokens, withUnitNumber(tokens, c)))))))))))));
  // A model's tier the tagger took apart ("Orion X3 [Max]") is inside the product now, or is the product itself; so is an
  // event's kind inside the event ("[Fiesta] de la Laguna").
  const products = found.filter((c) => c.product || (c.label === 'MISC' && c.end - c.start > 1 && isEventFirst(tokens[c.start].text)));
  const inside = (c: Candidate) =>
    products.some((o, k) => o !== c && o.start <= c.start && c.end <= o.end && (o.end - o.start > c.end - c.start || k < products.indexOf(c)));
  found.splice(0, found.length, ...found.filter((c) => !inside(c)));
  found.sort((a, b) => a.start - b.start);
  found.splice(0, found.length, ...withJudicialNames(tokens, found));
  // One mention per span, however many rules found it ("told the Courier": a paper's bare name found twice); no person
  // in a family's surname ("the Vukovic brothers", "the selling Vukovic family" are no one Vukovic), nor an adverb
  // opening a sentence ("Radiologically, this is minor").
  const seen = new Set<string>();
  found.splice(0, found.length, ...found.filter((c) => !seen.has(`${c.start}:${c.end}`) && seen.add(`${c.start}:${c.end}`) && !isFamilySurname(tokens, c) && !isOpeningAdverb(tokens, c)));

  const isTownOwningBody = (c: Candidate) => {
    if (c.end - c.start !== 1 || !isPossessive(tokens[c.end]?.text ?? '')) return false;
    const listed = nameLists().lookup(tokens[c.start].text.toLowerCase());
    return (listed & PLACE_NAME) !== 0 && (listed & ORG_WORD) === 0 && found.some((o) => o.start === c.end + 1 && o.label === 'ORG' && !o.person);
  };
  const studios = studioNames(tokens, found, surface);
  const typeOf = (c: Candidate, words: readonly string[]) => {
    const type = entityType(c.label, words, kindAfter(tokens, c.end));
    // A body its cues name keeps a place's word ("the advocacy group Healthy Gulf"; not a place before the kind
    // of a company there: "the Silicon Valley startup").
    if (type === 'PLACE' && c.cued && c.label === 'ORG' && !startsLower(tokens[c.end]?.text ?? '')) return 'ORG';
    // A dateline's place keeps a building's word: "ASHCOMBE BRIDGE, April 7"; so does a village's: "the village of Skelmer Bridge".
    // (… or a town's "Bridge" after "in": one lives in Hebden Bridge, not in a bridge.)
    const settlement = (tokens[c.start - 1]?.text === 'of' && SETTLEMENTS.test(tokens[c.start - 2]?.text ?? '')) || (tokens[c.start - 1]?.text === 'in' && words.at(-1) === 'Bridge');
    if (type === 'FACILITY' && ((c.cued && c.label === 'LOC' && tokens[c.start - 1]?.sentence !== tokens[c.start].sentence) || settlement)) return 'PLACE';
    // A building that speaks is the body working there: "Downing Street said", "a Downing Street spokesperson" (not
    // "residents on Coopers Creek Road said", nor "a spokesperson for Flughafen Kelsbach said").
    if (type === 'FACILITY' && SPEAKS_FOR.test(tokens[c.end]?.text ?? '') && tokens[c.start - 1]?.pos !== 'ADP') return 'ORG';
    // A listed town owning a body is the town: "owned by Leeds's Carrow Group" (not a club's player: "Chelsea's Ana Ruiz").
    if (type === 'ORG' && isTownOwningBody(c)) return 'PLACE';
    return type === 'EVENT' && studios.has(surface(c)) ? 'ORG' : type;
  };
  // Where each sentence last says someone is no relation of someone ("Pierce, who is not related to the driver,"): a name
  // before it is said to be (not the one after it, whom it is no relation to: "Ken Randall, no relation of Ms Randall").
  const cues = new Map<number, number>();
  const lastUnrelatedCue = (k: number) => {
    if (!cues.has(k)) cues.set(k, lastMatchStart(UNRELATED, text, sentences[k]));
    return cues.get(k)!;
  };
  const drafts: Draft[] = found.map((c, i) => {
    const mentionText = surface(c);
    const words = tokens.slice(c.start, c.end).map((t) => t.text);
    const owner = ownerOf(tokens, c, found[i - 1], surface);
    const courtesy = titleGender(tokens[c.start - 1]?.text ?? '');
    const type = c.person ? 'PERSON' : c.work ? 'MISC' : c.product ? 'PRODUCT' : c.credit ? 'ORG' : typeOf(c, words);
    return {
      start: tokens[c.start].start,
      end: tokens[c.start].start + mentionText.length,
      text: mentionText,
      type,
      kind: isAcronym(mentionText) && !isShoutedPlace(mentionText, c.label === 'LOC') ? 'ACRONYM' : 'NAME',
      roles: c.roles,
      ...(owner && { owner }),
      ...(c.work && { work: c.work }),
      ...(c.cued && { cued: c.person ? ('PERSON' as const) : c.product ? ('PRODUCT' as const) : typeOf(c, words) }),
      ...(type === 'ORG' && c.end - c.start > 1 && isNamedUnit(tokens, c.start, c.end) && { unit: true as const }),
      ...(c.credit && { credit: true as const }),
      ...(courtesy && { courtesy }),
      ...(c.personal && { personal: true as const }),
      ...(c.end - c.start === 1 && tokens[c.start].end <= lastUnrelatedCue(tokens[c.start].sentence) && { unrelated: true as const }),
    };
  });
  withWashingtonSenses(tokens, found, drafts);
  withSharedSurnames(tokens, found, drafts);
  const sentenceOf = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const chained = buildChains(drafts, aliases.map(([long, short]) => [surface(long), surface(short)]), sentenceOf);
  const described = [...chained, ...findDescriptions(text, tokens, chained)];
  return [...described, ...findAnaphora(tokens, sentences, described)].sort((a, b) => a.start - b.start);
}

const UNRELATED = /\b(?:no relation|not related|unrelated)\b/gi;

/** The offset in the text of the last match of a global `pattern` in the sentence, or -1. */
function lastMatchStart(pattern: RegExp, text: string, s: Sentence): number {
  let last = -1;
  for (const m of text.slice(s.start, s.end).matchAll(pattern)) last = s.start + m.index;
  return last;
}

/** Nouns of a family after its surname. */
const FAMILY_NOUNS = /^(?:family|families|brothers|sisters|siblings|twins|clan|dynasty)$/;

/** Endings of adverbs that end no name: "Radiologically", "Previously" ("-ly" alone ends "Kelly" and "Wembley"). */
const ADVERB_ENDING = /^\p{Lu}\p{Ll}+(?:ically|ously|fully|ively|ingly|edly)$/u;

/** A one-word name that is an adverb before a comma: "Radiologically, this is a minor event". */
function isOpeningAdverb(tokens: readonly Token[], c: Candidate): boolean {
  return c.end - c.start === 1 && tokens[c.end]?.text === ',' && ADVERB_ENDING.test(tokens[c.start].text);
}

/** A one-word person's name before a family's noun: "the Vukovic brothers". */
function isFamilySurname(tokens: readonly Token[], c: Candidate): boolean {
  return c.label === 'PER' && c.end - c.start === 1 && FAMILY_NOUNS.test(tokens[c.end]?.text ?? '');
}

/** A region the tagger found standing alone after "the", though written as an adjective is ("the Caribbean"; not "the Caribbean nations"). */
function isRegionNoun(tokens: readonly Token[], c: Candidate): boolean {
  const next = tokens[c.end];
  if (c.end - c.start !== 1 || !isNamedRegion(tokens[c.start].text) || !/^the$/i.test(tokens[c.start - 1]?.text ?? '')) return false;
  return next === undefined || !(startsUpper(next.text) || /^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos));
}

/**
 * The agency a dateline credits whose letters the story defines for a body of its own ("MANILA
 * (AFP) -" and "the Armed Forces of the Philippines (AFP)"): the story's letters are the body's, so
 * the credit is left out rather than joined to it. Returns the credits' first tokens.
 */
function creditsOfStoryBodies(found: readonly Candidate[], aliases: readonly [Candidate, Candidate][], surface: (c: Candidate) => string): Set<number> {
  const defined = new Set(aliases.filter(([long]) => !isMediaName(surface(long))).map(([, short]) => surface(short)));
  // "GLOBAL OUTBREAK MONITOR (GOM)": letters that define the name before them are no credit.
  const defining = new Set(aliases.map(([, short]) => short.start));
  return new Set(found.filter((c) => c.credit && !defining.has(c.start) && defined.has(surface(c))).map((c) => c.start));
}

/** A line with no sentence's end and no byline's "By": a headline, below a masthead. */
function readsAsHeadline(text: string, s: Sentence | undefined): boolean {
  const line = s && text.slice(s.start, s.end).trim();
  return line !== undefined && !/[.?!:;"”)]$/.test(line) && !/^By\b/i.test(line);
}

/**
 * "Bank shares fell", "Airlines usually receive discounts": a body's common word capitalized only
 * because it opens the sentence names no body before a sector's shares, nor in the plural before a
 * word in lower case ("Airlines including …"; "Council members", one council's, stay).
 */
function isGenericOpening(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  const word = tokens[c.start].text;
  if (c.end - c.start !== 1 || c.start !== s.tokenStart || !(nameLists().lookup(word.toLowerCase()) & ORG_WORD)) return false;
  const next = tokens[c.end];
  if (next === undefined || !startsLower(next.text)) return false;
  return SECTOR_SHARES.test(next.text) || /[^s]s$/.test(word);
}

const SECTOR_SHARES = /^(?:shares|stocks)$/;

/** "- Investment: about €2 billion": a fact box's label, a common noun before its colon, names nothing. */
function isFactLabel(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  const first = /^[-–•*]$/.test(tokens[s.tokenStart].text) ? s.tokenStart + 1 : s.tokenStart;
  return c.start === first && c.end - c.start === 1 && tokens[c.end]?.text === ':' && isUsuallyLowerCase(tokens[c.start].text);
}

/** Words of a fact box's label at most: "- Planning consultant:", "- Silver Sprocket Prize for design:". */
const MAX_FACT_LABEL = 6;

/** "- Engineer: Holmbury Crest Consulting": a bulleted fact whose value after its label's colon is a name, in Title Case or not. */
function isBulletedFact(tokens: readonly Token[], s: Sentence): boolean {
  if (!/^[-–•*]$/.test(tokens[s.tokenStart].text)) return false;
  for (let i = s.tokenStart + 2; i < s.tokenEnd - 1 && i <= s.tokenStart + MAX_FACT_LABEL; i++) if (tokens[i].text === ':') return startsUpper(tokens[i + 1].text);
  return false;
}

/** "Strikers marched on the dock": a plural common noun opening the sentence, read as a person's name. */
function isPluralOpening(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  const word = tokens[c.start].text;
  return c.end - c.start === 1 && c.start === s.tokenStart && /^\p{Lu}\p{Ll}+[^s]s$/u.test(word) && isUsuallyLowerCase(word.slice(0, -1));
}

/**
 * "Brackwater Games said …": a name ending in "Games" is a studio's unless the document writes it
 * as sporting events are written, after "the" or a year ("the Island Games", "2026 Asian Games"),
 * or it opens with an adjective of peoples or a place ("Olympic Games", "Pan American Games").
 */
function studioNames(tokens: readonly Token[], found: readonly Candidate[], surface: (c: Candidate) => string): Set<string> {
  const games = found.filter((c) => c.end - c.start >= 2 && tokens[c.end - 1].text === 'Games');
  const isEvent = (c: Candidate) => {
    const before = tokens[c.start - 1]?.text ?? '';
    const first = tokens[c.start].text;
    return /^(?:the|\d+(?:th|st|nd|rd)?)$/i.test(before) || /^\d|(?:an|ic)$/.test(first) || isPlacesAdjective(first) || (nameLists().lookup(first.toLowerCase()) & (PLACE_NAME | COUNTRY)) !== 0;
  };
  const events = new Set(games.filter(isEvent).map(surface));
  return new Set(games.map(surface).filter((name) => !events.has(name)));
}

/** "Omani mediators", "Sri Lankan officials": a nationality the tagger took for a person, alone. */
function isDemonymWord(tokens: readonly Token[], c: Candidate): boolean {
  return (c.end - c.start === 1 && isPlacesAdjective(tokens[c.start].text)) || (c.end - c.start === 2 && isTwoWordDemonym(tokens, c.start));
}

/** A region's adjective of two words before its noun: "two Middle Eastern investors", "West African leaders". */
const REGION_DEMONYM = /^(?:(?:Middle|Far|Near) Eastern|(?:North|South|East|West|Central|Southeast|Southern|Northern|Eastern|Western|Latin|Sub-Saharan) (?:African|Asian|American|European))$/;

/** "Sri Lankan", "Costa Rican": a country's demonym of two words. */
function isTwoWordDemonym(tokens: readonly Token[], i: number): boolean {
  return countryOfDemonym(`${tokens[i].text} ${tokens[i + 1]?.text ?? ''}`) !== undefined;
}

/**
 * "Marla Venn of Stoke said": one word the tagger called a person after a person and "of" is where the person is
 * from (letters name the body they are of: "Jo Park of NRSB"); so is any name after a person, an age and "of", as news
 * writes a home: "Noah Pereira, 23, of Byron Bay".
 */
function placeOfPerson(tokens: readonly Token[], c: Candidate, spans: readonly Candidate[]): Candidate | undefined {
  if (tokens[c.start - 1]?.text !== 'of') return undefined;
  const person = (end: number) => spans.some((o) => o.label === 'PER' && o.end === end);
  const aged = tokens[c.start - 2]?.text === ',' && /^\d{1,3}$/.test(tokens[c.start - 3]?.text ?? '') && tokens[c.start - 4]?.text === ',' && person(c.start - 4);
  // (A body's name keeps its label: "Jo Park, 41, of Kelby Rail Ltd".)
  const bodyWord = tokens.slice(c.start, c.end).some((t) => nameLists().lookup(t.text.toLowerCase()) & ORG_WORD);
  if (aged ? c.label === 'LOC' || (c.label === 'ORG' && bodyWord) || isAcronym(tokens[c.start].text) : c.label !== 'PER' || c.end - c.start !== 1 || !person(c.start - 1)) return undefined;
  return { ...c, label: isAcronym(tokens[c.start].text) ? 'ORG' : 'LOC' };
}

/** Words before a street one goes on, along or off. */
const ALONG_STREET = /^(?:on|along|off|down|up|near|into|onto|at|in|from)$/i;

/**
 * "stopped on King Edward Terrace", "a shop on Victoria Street": a "person" whose last word is a street's after a
 * preposition of place is the street (whatever surname "Street" is too), a title's word included; so is a monarch's
 * word before a street the tagger found: "on [Queen] Victoria Street".
 */
function streetOf(tokens: readonly Token[], c: Candidate): Candidate | undefined {
  if (c.end - c.start < 2 || !isStreetHead(tokens[c.end - 1].text)) return undefined;
  if (c.label === 'PER' && ALONG_STREET.test(tokens[c.start - 1]?.text ?? '')) return { ...c, label: 'LOC' };
  const royal = c.label === 'LOC' && isRoyalTitle(tokens[c.start - 1]?.text ?? '') && ALONG_STREET.test(tokens[c.start - 2]?.text ?? '');
  return royal ? { ...c, start: c.start - 1 } : undefined;
}

const JUDGES = /^(?:Justice|Judge|Magistrate)$/;
/** "Justice Mercy Chigwenembe-Soko": a hyphen is a token of its own. */
const MAX_JUDGE_NAME_TOKENS = 6;

/** "Justice Mbanefo": a judge's title before a name, which the tagger took for a body ("Justice Department" stays one). */
function isJudgeByName(tokens: readonly Token[], c: Candidate): boolean {
  if (c.label === 'PER' || c.end - c.start < 2 || c.end - c.start > MAX_JUDGE_NAME_TOKENS || !JUDGES.test(tokens[c.start].text)) return false;
  // (Not a body's: "the Justice Review Network".)
  return tokens.slice(c.start + 1, c.end).every((t) => (startsUpper(t.text) || isHyphen(t.text)) && !(nameLists().lookup(t.text.toLowerCase()) & ORG_WORD) && !isBodyHead(t.text) && !isTitleWord(t.text));
}

/** "better known as Corin's Law": a law named with a person's possessive, the possessive and its noun the law's. */
function withPossessiveLaws(tokens: readonly Token[], found: Candidate[]): void {
  found.forEach((c, i) => {
    if (isPossessive(tokens[c.end]?.text ?? '') && /^(?:Law|Act|Rule)$/.test(tokens[c.end + 1]?.text ?? '')) found[i] = { start: c.start, end: c.end + 2, label: 'MISC', roles: [] };
  });
}

/**
 * "the so-called Ferrante law": a law, not the person it is named after, whatever the tagger
 * called the name; the law's noun joins its span.
 */
function lawsNamedAfterPeople(tokens: readonly Token[], found: Candidate[]): void {
  const texts = (start: number, end: number) => tokens.slice(start, end).map((t) => t.text).join(' ');
  const surnames = new Set(found.filter((c) => c.label === 'PER').flatMap((c) => Array.from({ length: c.end - c.start }, (_, k) => texts(c.start + k, c.end))));
  found.forEach((c, i) => {
    if (c.label === 'MISC' || !namesLaw(tokens, c.start, c.end) || (c.label !== 'PER' && !surnames.has(texts(c.start, c.end)))) return;
    found[i] = { start: c.start, end: c.end + 1, label: 'MISC', roles: [] };
  });
}

/** Rules that join, split and grow the tagger's spans by the names' shapes, in the order they apply. */
const SPAN_RULES: readonly ((words: Words, spans: readonly NerSpan[]) => readonly NerSpan[])[] = [
  splitCompaniesFor, joinPluralPossessiveBodies, joinPartnerFirms, joinBodyHeadsOf, joinBodiesFor, joinPossessivePlaces,
  joinPortsOf, joinHouseNames, joinCoupleBodies, joinCommonWordBodies, joinCountryBodies, joinPlaceServingBodies, splitBodyLists, joinBodyDomains,
  joinFieldBodies, joinCountryUnits, joinSaintsInstitutions, joinLowerCaseCouncils, membersBodies,
  joinPurposeBodies, joinMembersConferences, splitSeats, splitAtStreet, joinDistricts,
  listMembers, extendSpans, joinPlacePrefixes, joinCampaignGroups, joinPlaceHeads,
  joinRomanceBodies, joinMembersBodies, joinTradeBodies, extendDocumentNames, withFactions, joinLawNames,
];

/** The tagger's names in every content sentence, cleaned, with people separated from their titles. */
function tagNames(text: string, { tokens, sentences }: Pipeline, model: NerModel, surface: (c: Candidate) => string): Candidate[] {
  const capitalized = sentences.map((s) => !s.boilerplate && isCapitalized(text, s));
  const body = new BodyText(text, sentences, capitalized);
  const names: Candidate[] = [];
  // Organizations named inside roles: acronyms ("acting ESA Administrator"), companies ("Portex CEO").
  const roleOrgs: Candidate[] = [];
  const parties: Candidate[] = [];
  const companies = new Set<string>();
  const covered = new Uint8Array(tokens.length);
  const inRoles = new Uint8Array(tokens.length);
  const content = sentences
    .map((s, i) => ({ s, capitalized: capitalized[i] }))
    // A bare credit or a link to another story is page furniture, but the names it holds are names.
    .filter(({ s }) => (!s.boilerplate || isNamingFurniture(text.slice(s.start, s.end))) && s.tokenEnd > s.tokenStart)
    .map(({ s, capitalized }) => ({ s, capitalized, words: taggerWords(tokens, s.tokenStart, s.tokenEnd) }));
  // Headlines are tagged after the body: Title Case misleads the tagger ("Halvorsen Industries to
  // Buy …"), and its guess there must not reach the body through the document history.
  const order = content.map((_, i) => i).sort((a, b) => Number(content[a].capitalized) - Number(content[b].capitalized) || a - b);
  // A wire dateline is tagged apart from the story it opens: after "NEW YORK (Reuters) -" the first
  // word is the start of a sentence, and the tagger misses "Citigroup said …" when it reads on.
  const cuts = content.map(({ words }) => datelineLength(words.texts));
  const inputs = order.flatMap((i) => {
    const { texts, pos } = content[i].words;
    const cut = cuts[i];
    return cut ? [{ tokens: texts.slice(0, cut), pos: pos.slice(0, cut) }, { tokens: texts.slice(cut), pos: pos.slice(cut) }] : [{ tokens: texts, pos }];
  });
  const tagged = model.tagDocument(inputs);
  const spans: NerSpan[][] = [];
  let next = 0;
  for (const i of order) {
    const cut = cuts[i];
    spans[i] = cut ? [...tagged[next], ...tagged[next + 1].map((x) => ({ ...x, start: x.start + cut, end: x.end + cut }))] : tagged[next];
    next += cut ? 2 : 1;
  }
  const tagging = content.map((c, i) => ({ ...c, tagged: spans[i] }));
  const standalone = standaloneNames(tagging);
  for (const [k, { s, capitalized, words, tagged }] of tagging.entries()) {
    const first = k === 0;
    const credited = creditedNames(tokens, s.tokenStart, s.tokenEnd, first);
    const place = {
      first,
      aboveHeadline: first && readsAsHeadline(text, tagging[1]?.s),
      belowByline: k > 0 && isBylineLine(tokens, tagging[k - 1].s),
      belowHeadline: k === 1,
      aboveByline: k === 1 && isBylineOrStamp(tokens, tagging[2]?.s),
    };
    // A credit line on its own looks like a Title Case heading; its names are names all the same.
    // A photo credit's photographer and agency are names whatever the tagger made of them.
    const slashed = slashCredit(tokens, s.tokenStart, s.tokenEnd);
    const labelled = slashed.length > 0 ? slashed : labelledCredit(tokens, s.tokenStart, s.tokenEnd);
    const credit = labelled.length > 0 ? labelled : copyrightHolder(tokens, s.tokenStart, s.tokenEnd);
    // So is a quote's attribution on the line after it: "— Councillor Imogen Strake".
    const attribution = /^[—–]\s/.test(text.slice(s.start, s.end));
    const onlyNames = capitalized && (credited !== undefined || credit.length > 0 || attribution || isLineOfNames(words, tagged) || isBulletedFact(tokens, s));
    // A masthead's name is whole, whatever the tagger made of its words, and a name whether or not the story uses it.
    const masthead = capitalized ? mastheadName(tokens, s, place) : undefined;
    const isMasthead = (c: Candidate) => masthead !== undefined && c.start === masthead.start && c.end === masthead.end;
    const datelines = datelinePlaces(text, tokens, s.tokenStart, s.tokenEnd);
    // A dateline alone on its line reads as a Title Case heading; its places are places all the same, and so are a
    // header line's.
    const lineDatelines = capitalized && datelines.length === 0 ? datelineLinePlaces(tokens, s.tokenStart, s.tokenEnd) : [];
    const fields = capitalized && lineDatelines.length === 0 ? headerFields(tokens, s) : [];
    const furniture = [...lineDatelines, ...fields];
    datelines.push(...lineDatelines);
    const keep = (c: Candidate) =>
      isNamey(tokens, c) && !isGenericOpening(tokens, c, s) && !isFactLabel(tokens, c, s) && (!capitalized || onlyNames || furniture.includes(c) || body.mentions(surface(c), isHeadingWordOfName(c)) || body.abbreviates(c, surface(c)) || isMasthead(c));
    const spans: Candidate[] = [];
    // (The last of two places, "ROTTERDAM/ANTWERP,", is the one its date and agency follow.)
    const dateline = datelines.at(-1);
    const cases = capitalized ? [] : caseNames(tokens, s.tokenStart, s.tokenEnd);
    const works = capitalized ? [] : [...quotedWorks(tokens, s.tokenStart, s.tokenEnd), ...cases];
    const overlaps = (c: Candidate, others: readonly Candidate[]) => others.some((o) => c.start < o.end && c.end > o.start);
    const shaped = capitalized ? withPublicationHeads(words, tagged) : SPAN_RULES.reduce<readonly NerSpan[]>((spans, rule) => rule(words, spans), joinSplitNames(words, tagged, standalone));
    for (const span of shaped) {
      const [start, end] = [words.starts[span.start], words.ends[span.end - 1]];
      const trimmed = trimCandidate(tokens, { start, end, label: span.label, roles: [] }, s.tokenStart);
      const c = trimmed && withStateStop(tokens, withoutPartyLabel(tokens, trimmed));
      // A case's party is no mention here, but a name to find elsewhere: "Kelmar Inc. v. Ostra" … "Kelmar, for its part".
      if (c && overlaps(c, cases)) parties.push({ ...c, party: true });
      // (A holiday is a date's, whole: no "Jr. Day" after the title "King" in "Martin Luther King Jr. Day".)
      if (!c || overlaps(c, datelines) || overlaps(c, fields) || overlaps(c, works) || isHolidayName(text.slice(tokens[c.start].start, tokens[c.end - 1].end))) continue;
      for (const part of credited ? creditedSpans(tokens, c, credited, s.tokenStart) : [c]) {
        // A byline's name widened from two tagged pieces is one name ("By KANG JI-MIN").
        for (const piece of splitAtSpacedDash(tokens, part).flatMap((p) => splitAtOwner(tokens, personAfterOffice(tokens, storeName(tokens, p)))).flatMap((p) => splitAtTitle(tokens, p)).flatMap((p) => splitAtSeat(tokens, p)).flatMap((p) => splitPersonOfFirm(tokens, p)).flatMap((p) => splitAtHyphenOfBodies(tokens, p)).flatMap((p) => splitAtDestination(tokens, p)).flatMap((p) => splitAtHomeTown(tokens, p)).flatMap((p) => splitCountryRegion(tokens, p)).flatMap((p) => splitOfficeOfPlace(tokens, p)).flatMap((p) => splitForceOfModel(tokens, p))) {
          // Once only, and not inside a name already taken whole ("Brennan's [Investors Service]").
          if (!spans.some((o) => o.start <= piece.start && piece.end <= o.end)) spans.push(piece);
        }
      }
    }
    const agency = dateline && datelineAgency(tokens, dateline, s.tokenEnd);
    // The tagger may have found the agency itself; it is the credit all the same.
    const taggedAgency = agency ? spans.findIndex((o) => o.start === agency.start && o.end === agency.end) : -1;
    if (taggedAgency >= 0) spans[taggedAgency] = { ...spans[taggedAgency], label: 'ORG', credit: true };
    else if (agency && !overlaps(agency, spans)) spans.push(agency);
    const region = dateline && datelineRegion(tokens, dateline, s.tokenEnd);
    if (region && !overlaps(region, spans)) spans.push(region);
    spans.push(...datelines, ...fields);
    if (masthead) spans.splice(0, spans.length, ...spans.filter((c) => !overlaps(c, [masthead])), masthead);
    if (credit.length > 0) spans.splice(0, spans.length, ...spans.filter((c) => !overlaps(c, credit)), ...credit);
    spans.push(...works);
    // (A pull quote's body whatever the tagger made of its words: "— Sunita Barrow, Fenwick Capital".)
    const wholes = [...(capitalized ? [] : [...observanceDays(tokens, s.tokenStart, s.tokenEnd), ...kindEvents(tokens, s.tokenStart, s.tokenEnd), ...yearAwards(tokens, s.tokenStart, s.tokenEnd)]), ...shoutedBylineAgency(tokens, s.tokenStart, s.tokenEnd), ...bylineOutlet(tokens, s.tokenStart, s.tokenEnd, credited), ...attributedBodies(tokens, s.tokenStart, s.tokenEnd)];
    if (wholes.length > 0) spans.splice(0, spans.length, ...spans.filter((c) => !overlaps(c, wholes)), ...wholes);
    if (!capitalized) spans.splice(0, spans.length, ...companyNames(tokens, spans, s.tokenStart, s.tokenEnd));
    // The tagger's words in lower case are no names ("francisco" in "san francisco"): rules may read them.
    for (const c of spans) if (hasCapitalOrDigit(tokens, c)) covered.fill(1, c.start, c.end);
    spans.push(...namesAfterTitles(tokens, s.tokenStart, s.tokenEnd, covered), ...creditedPeople(tokens, s.tokenStart, credited, covered), ...weekdayGivenNames(text, tokens, s.tokenStart, s.tokenEnd, covered));
    if (!capitalized) {
      spans.push(...streetNames(tokens, s.tokenStart, s.tokenEnd, covered), ...stationNames(tokens, s.tokenStart, s.tokenEnd, covered), ...shipNames(tokens, s.tokenStart, s.tokenEnd, covered), ...townNames(tokens, s.tokenStart, s.tokenEnd, covered), ...eventNames(tokens, s.tokenStart, s.tokenEnd, covered), ...stormNames(tokens, s.tokenStart, s.tokenEnd, covered), ...circuitCourts(tokens, s.tokenStart, s.tokenEnd, covered), ...administrationLeaders(tokens, s.tokenStart, s.tokenEnd, covered), ...partyNames(tokens, s.tokenStart, s.tokenEnd, covered), ...dottedAcronyms(tokens, s.tokenStart, s.tokenEnd, covered), ...europeanBodies(tokens, s.tokenStart, s.tokenEnd, covered));
      spans.push(...brandNames(tokens, s.tokenStart, s.tokenEnd, covered), ...basedPlaces(tokens, s.tokenStart, s.tokenEnd, covered), ...prepositionBodies(tokens, s.tokenStart, s.tokenEnd, covered));
      for (const c of spans) if (hasCapitalOrDigit(tokens, c)) covered.fill(1, c.start, c.end);
      spans.push(...particlePlaces(tokens, s.tokenStart, s.tokenEnd, covered), ...causeGroups(tokens, s.tokenStart, s.tokenEnd, covered), ...homeNames(tokens, s.tokenStart, s.tokenEnd, covered));
      for (const c of spans) if (hasCapitalOrDigit(tokens, c)) covered.fill(1, c.start, c.end);
      spans.push(...hyphenatedNames(tokens, s.tokenStart, s.tokenEnd, covered));
      for (const c of spans) if (hasCapitalOrDigit(tokens, c)) covered.fill(1, c.start, c.end);
      spans.push(...partyLabelPlaces(tokens, s.tokenStart, s.tokenEnd, covered), ...numberedNames(tokens, s.tokenStart, s.tokenEnd, covered), ...namedRegions(tokens, s.tokenStart, s.tokenEnd, covered), ...legislatures(tokens, s.tokenStart, s.tokenEnd, covered), ...titleOffices(tokens, s.tokenStart, s.tokenEnd, covered));
      spans.push(...koreanNames(tokens, s.tokenStart, s.tokenEnd, covered), ...bodyAcronyms(tokens, s.tokenStart, s.tokenEnd, covered));
      spans.push(...openingBodies(tokens, s.tokenStart, s.tokenEnd, covered), ...factionAcronyms(tokens, s.tokenStart, s.tokenEnd, covered));
      spans.push(...lowerCasePlaces(tokens, s.tokenStart, s.tokenEnd, covered), ...postalPlaces(tokens, s.tokenStart, s.tokenEnd, covered), ...abbreviatedStates(tokens, s.tokenStart, s.tokenEnd, covered), ...countryCodes(tokens, s.tokenStart, s.tokenEnd, covered));
      spans.push(...cuedCompanies(tokens, s.tokenStart, s.tokenEnd, covered), ...marketIndices(tokens, s.tokenStart, s.tokenEnd, covered), ...numberedProducts(tokens, s.tokenStart, s.tokenEnd, covered), ...vintageProducts(tokens, s.tokenStart, s.tokenEnd, covered));
      spans.push(...barePapers(tokens, s.tokenStart, s.tokenEnd, covered), ...paperNames(tokens, s.tokenStart, s.tokenEnd, covered), ...bodiesOf(tokens, s.tokenStart, s.tokenEnd, covered));
    }

    for (const found of spans) {
      const tagged = isJudgeByName(tokens, found) ? { ...found, label: 'PER' as const } : (streetOf(tokens, found) ?? placeOfPerson(tokens, found, spans) ?? found);
      if (tagged.label !== 'PER') {
        // "the European parliament": the adjective the tagger found, with its body's noun in lower case.
        const c = found.end - found.start === 1 && isEuropeanBody(tokens, found.start) ? { ...found, end: europeanBodyEnd(tokens, found.start), label: 'ORG' as const } : withoutOffice(tokens, tagged);
        const adjective =
          (c.end - c.start === 1 && isNationality(c.label, tokens[c.start].text, tokens[c.start].pos, tokens[c.end]?.text) && !isRegionNoun(tokens, c)) ||
          (c.end - c.start === 1 && isDemonymBefore(tokens, c.start)) ||
          (c.end - c.start === 1 && isPeopleOfPlace(tokens[c.start].text) && !isRegionNoun(tokens, c)) ||
          (c.end - c.start === 2 && startsLower(tokens[c.end]?.text ?? '') && (isTwoWordDemonym(tokens, c.start) || REGION_DEMONYM.test(`${tokens[c.start].text} ${tokens[c.start + 1].text}`))) ||
          isGenericOfficeDomain(tokens, c.start, c.end) ||
          isOfficePortfolio(tokens, c.start, c.end) ||
          isDirectionalDemonym(tokens, c.start, c.end);
        if (keep(c) && !adjective) names.push(c);
        continue;
      }
      const { person, roles } = separateTitles(text, tokens, tagged, s.tokenStart, s.tokenEnd);
      if (person && keep(person) && !isDemonymWord(tokens, person) && !isPluralOpening(tokens, person, s)) names.push(person);
      for (const role of roles) {
        inRoles.fill(1, role.start, role.end);
        for (const i of acronymsInRole(tokens, role.start, role.end)) {
          const org: Candidate = { start: i, end: i + 1, label: 'ORG', roles: [] };
          if (keep(org)) roleOrgs.push(org);
        }
        const company = companyInRole(tokens, role.start, role.end);
        if (company && keep(company)) {
          roleOrgs.push(company);
          companies.add(`${company.start}:${company.end}`);
        }
      }
    }
  }
  // People known only from the text around them get their titles separated now ("Dr. X, the WHO
  // director-general,", "headed by Justice X").
  const split = withTypeCues(tokens, sharedTitles(tokens, peopleInLists(tokens, splitSurnamePairs(tokens, splitCoordinated(tokens, names))))).map((c) => {
    if (!c.person || c.roles.length > 0) return c;
    const s = sentences[tokens[c.start].sentence];
    const person = separateTitles(text, tokens, c, s.tokenStart, s.tokenEnd).person;
    if (!person) return c;
    // A title comes off before a full name, or when it is an abbreviated one ("Cllr Booth"): "Singer
    // Laren" (a museum) keeps its first word.
    const honorific = tokens.slice(c.start, person.start).every((t) => isHonorific(t.text));
    return person.end - person.start >= 2 || honorific ? { ...c, start: person.start, end: person.end, roles: person.roles } : { ...c, roles: person.roles };
  });
  const named = new Uint8Array(tokens.length);
  for (const c of split) named.fill(1, c.start, c.end);
  // A one-word "person" inside another person's title ("Portex chief", "director of Portex")
  // is the organization the title belongs to; full names there stay people ("attorney for Jo Park").
  // A company before an executive's title is one whatever the tagger said ("Norfolk Southern CEO").
  const inRoleOrg = (c: Candidate) => (c.label === 'PER' && c.end - c.start === 1 && inRoles[c.start]) || companies.has(`${c.start}:${c.end}`);
  // A rank the tagger took apart from the rest of a person's role is no name: "[Seaman] First Class Ely Bautro"; nor is a
  // body's bare kind there, where the document names no body of that kind in full or the kind opens the sentence:
  // "[Council] chair Martin Fenwick".
  const heads = new Set(split.filter((c) => c.end - c.start >= 2).flatMap((c) => tokens.slice(c.start, c.end).map((t) => t.text)));
  const bareKind = (i: number) => BARE_BODY_KINDS.test(tokens[i].text) && (!heads.has(tokens[i].text) || tokens[i - 1]?.sentence !== tokens[i].sentence);
  const rank = (c: Candidate) => c.end - c.start === 1 && inRoles[c.start] === 1 && (isTitleWord(tokens[c.start].text) || bareKind(c.start));
  // A family by its surname in the plural is no name of its own: "the Ridleys" beside "Tom Ridley".
  const surnames = new Set(split.filter((c) => c.label === 'PER' && c.end - c.start >= 2).map((c) => tokens[c.end - 1].text));
  const family = (c: Candidate) => {
    const word = tokens[c.start].text;
    return c.end - c.start === 1 && ((/s$/.test(word) && surnames.has(word.slice(0, -1))) || (/es$/.test(word) && surnames.has(word.slice(0, -2))));
  };
  const typed = split.filter((c) => !rank(c) && !family(c)).map((c) => (inRoleOrg(c) ? { ...c, label: 'ORG' as const } : c));
  const kept = withoutDepartments(tokens, typed, (c) => identityKey(surface(c)));
  // A body named in a role takes in the shorter names the tagger found inside it: "[Victoria] Police chief commissioner".
  const within = (o: Candidate, c: Candidate) => o.start >= c.start && o.end <= c.end;
  const wider = roleOrgs.filter((c) => named[c.start] && kept.some((o) => within(o, c) && o.end - o.start < c.end - c.start) && !kept.some((o) => o.start < c.end && o.end > c.start && !within(o, c)));
  return [...kept.filter((o) => !wider.some((c) => within(o, c))), ...wider, ...roleOrgs.filter((c) => !named[c.start] && !rank(c)), ...parties];
}

/**
 * A heading's one word for no person: the body must use it other than as a longer name's later word, which a headline
 * does not shorten a name to ("Creamery" of "Halvorsen Creamery Inc."; a person's "Smith" of "Ana Smith" it does).
 */
function isHeadingWordOfName(c: Candidate): boolean {
  return c.end - c.start === 1 && c.label !== 'PER';
}

/** Words a family calls its own by: "Grandad", "Mum". */
const FAMILY_WORDS = /^(?:Grandad|Granddad|Grandpa|Grandma|Granny|Gran|Nan|Nana|Nanna|Mum|Mom|Mummy|Mommy|Dad|Daddy|Mam|Mammy)$/;

/** Kinds of body, workplace or event that name none alone in a role: "Council chair", "Station Manager", "Association president". */
const BARE_BODY_KINDS = /^(?:Council|Board|Committee|Station|Branch|Site|Store|Association|Society|Club|Trust|Team|Regatta|Festival|Show)$/;

/** A country's demonym before a lower-case word or a title, whatever the tagger called it: "Argentine officials", "Kenyan President Ana Ruiz". */
function isDemonymBefore(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? '';
  return (startsLower(next) || isTitleWord(next)) && isPlacesAdjective(tokens[i].text);
}

/** "Ukrainians", "Europeans": the people of a country or region, which the tagger may take for a body. */
function isPeopleOfPlace(word: string): boolean {
  // (Not a place's own name: "the Philippines".)
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && isPlacesAdjective(word.slice(0, -1)) && !(nameLists().lookup(word.toLowerCase()) & (PLACE_NAME | COUNTRY));
}

/** A country's or a region's adjective: "Kenyan", "European". */
function isPlacesAdjective(word: string): boolean {
  return countryOfDemonym(word) !== undefined || REGIONAL.test(word);
}

/** Adjectives of regions no country list has: "European carmakers", "African leaders". */
const REGIONAL =
  /^(?:European|African|Asian|Arab|Nordic|Scandinavian|Balkan|Western|Eastern|Northern|Southern|Cornish|Texan|Californian|Floridian|Alaskan|Hawaiian|Bavarian|Catalan|Basque|Flemish|Breton|Corsican|Sicilian|Sardinian|Tuscan|Andalusian|Tasmanian|Kurdish|Tibetan|Québécois|Quebecois)$/;

const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;
/** Verbs of a price's move: "Sterling fell", "… edged up". */
const MARKET_MOVES = /^(?:fell|rose|slipped|slid|dipped|gained|climbed|jumped|dropped|edged|weakened|strengthened|steadied|traded|was|is)$/;

const definedForNames = new WeakMap<readonly Token[], Set<string>>();

/** Acronyms a document defines in brackets after a capitalized name: "Northern Democratic Alliance (NDA)". */
function definesForName(tokens: readonly Token[]): Set<string> {
  let out = definedForNames.get(tokens);
  if (out) return out;
  out = new Set<string>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text === '(' && tokens[i + 2].text === ')' && startsUpper(tokens[i - 1].text) && isAcronym(tokens[i + 1].text)) out.add(tokens[i + 1].text);
  }
  definedForNames.set(tokens, out);
  return out;
}

/**
 * A name has a capital letter ("eBay" too) or a digit (the tagger sometimes marks lowercase words)
 * and is no common noun's acronym, unless the text defines it for a name ("National Democratic
 * Alliance (NDA)").
 */
function isNamey(tokens: readonly Token[], c: Candidate): boolean {
  if (c.end - c.start === 1 && isCommonNounAcronym(tokens[c.start].text) && !definesForName(tokens).has(tokens[c.start].text)) return false;
  const words = tokens.slice(c.start, c.end).map((t) => t.text);
  // "Parts I through IV, VI and VII": numbered parts, no name (a name keeps its numeral: "World War II").
  if (words.every(isRomanNumeral)) return false;
  // "mid-April", "pre-Christmas": a time, no name.
  const timed = /^(?:mid|early|late|pre|post)[-‐‑](.+)$/i.exec(words.join(''));
  if (timed && (isCalendarWord(timed[1]) || isHolidayName(timed[1]))) return false;
  // "NZ$3.10", "US$5 billion": a currency's country letters glued to its sign are the currency's, no place named.
  const next = tokens[c.end];
  if (c.end - c.start === 1 && next !== undefined && /^[$€£¥]/u.test(next.text) && next.start === tokens[c.start].end) return false;
  // "Grandad looked after it", "Mum said": a relative called by the family's word for them is no one's name.
  if (c.end - c.start === 1 && FAMILY_WORDS.test(tokens[c.start].text)) return false;
  // "Alzheimer's", "Parkinson's disease": a disease named for its describer is no name of a person or a place.
  if (c.end - c.start === 1 && isDiseaseEponym(tokens, c.start)) return false;
  // "before Easter": a holiday is a date's, no name; so is a company's period ("Q1 FY2026").
  if (isHolidayName(words.join(' ')) || words.every(isPeriodCode)) return false;
  // A rate ("kept Bank Rate at 4%") and the pound as markets speak of it ("Sterling fell 0.4%") are no names.
  if (c.end - c.start >= 2 && /^Rates?$/.test(tokens[c.end - 1].text)) return false;
  if (c.end - c.start === 1 && tokens[c.start].text === 'Sterling' && MARKET_MOVES.test(tokens[c.end]?.text ?? '')) return false;
  return hasCapitalOrDigit(tokens, c) || c.lowerCase === true;
}

function hasCapitalOrDigit(tokens: readonly Token[], c: Candidate): boolean {
  for (let i = c.start; i < c.end; i++) if (CAPITAL_OR_DIGIT.test(tokens[i].text)) return true;
  return false;
}
