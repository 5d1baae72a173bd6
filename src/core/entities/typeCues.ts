/**
 * Words around a name that say what it names, where the tagger judged the name by its own words
 * and got an unusual one wrong ("Tyre Nichols": Tyre is a city; "Morgan Stanley" reads as a
 * person). A cue anywhere in the document types every name ending in the same word (a place's
 * cue, every name spelled the same: "near Cambridge" makes no place of "University of Cambridge").
 *
 * A person: a courtesy title or an office right before a lone surname ("Mr. Morales", "President
 * Morales"), an abbreviated title before a full name ("Dr. Tedros Adhanom"), a title in apposition
 * before a full name ("its spokesman, Ali Qurashi,"), a leader's verb ("led by Minni Ostra"), a
 * kinship or a death after the possessive ("Ruiz's mother", "Ruiz' death"), "the Ruiz family",
 * "the Ruiz administration", an age, a kinship or a person's title in apposition ("Ana Ruiz, 29,",
 * "Eva Lind, Ruiz's mother,", "Geert Wilders, leader of …").
 * A company: its shares or stock ("shares of Kelmar", "Kelmar shares"), its officers, founder or
 * valuation after the possessive ("Kelmar's chief executive"), a deal for it ("its acquisition of
 * Kelmar", "a stake in Kelmar"), the analysts who work at it ("analysts at Kelmar"), its staff after
 * it ("a Kelmar engineer"), "Kelmar was valued at", "Kelmar, founded in", its sites ("Kelmar's 12
 * stores"), a plural of its kind before a list of examples ("carriers including Kelmar", "among them
 * Kelmar") or after it ("Kelmar and other lenders"); a name a person, or a place no list has, was
 * taken for then becomes an organization. A name someone gives a body ("which calls the group …"). Any body: an apposition defining it
 * ("the Lok Sabha, the lower house of parliament,"), which makes an organization of a name taken
 * for a place or another name.
 * A place: a noun of geography after it ("the Amazon basin"), before it ("the town of Kelmar", "the
 * villages of Kelmar and Ostra") or defining it ("Kelmar is a river"), "near" or a direction before
 * it ("near Kelmar", "north of Kelmar"), those who live there or a journey's end ("residents of Kelmar", "flew to
 * Kelmar"), a local office after it ("Kelmar Mayor Ana Ruiz") or a
 * jurisdiction's services ("Kelmar prosecutors"), "in" before a one-word name no list has ("his office
 * in Kelmar").
 * A medicine: a brand beside its generic name in brackets ("Keytruda (pembrolizumab)"), a product.
 * A team: a city's name that plays in a sentence with a score ("Kelmar beat Ostra 3-1"), leads a
 * table or is called a club (isTeam); this one types the name, not every name ending alike.
 * Where cues disagree, the tagger's label stands.
 */
import type { Token } from '../types';
import { COUNTRY, FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { startsUpper } from '../nlp/letters';
import { isPersonWord, nameLists } from '../ner/tagger';
import { isAgentNoun, type Candidate } from './spans';
import { isBusinessWord } from './companies';
import { isCountryOwned } from './untagged';
import { isBodyHead, isFacilityHead, isFacilityNoun, isPeopleGroupHead } from './types';
import { isBodyOfficer, isHonorific, isPlaceOffice, isTitleWord } from './titles';
import { isHyphen, isPlaceCompoundEnd, isPossessive, isRoyalTitle, isStreetHead, isTickerPart, PERSON_NAME_WORD } from './words';
import { identityKey } from './identity';
import { isHyphenatedName } from './surnames';

/** One's kin by a word for one person: "her brother Piran Hocking", "his late wife Ana". */
const KIN = new Set(
  `mother father wife husband son daughter brother sister widow widower girlfriend boyfriend fiancee fiancée fiancé fiance
  uncle aunt cousin nephew niece grandmother grandfather grandson granddaughter stepson stepdaughter stepfather stepmother`.split(/\s+/),
);
/** What only a person has after the possessive: kin, and "Ruiz's family", "Ruiz' death". */
const PERSONAL = new Set([...KIN, ...`family parents children relatives funeral death killing murder`.split(/\s+/)]);
const KIN_OWNER = /^(?:her|his|their|my|our|your)$/i;
const AGE = /^\d{1,3}$/;

export function withTypeCues(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
  const people = new Set<string>();
  const personal = new Set<number>();
  const companies = new Set<string>();
  const companyNames = new Set<string>();
  const places = new Set<string>();
  const bodies = new Set<string>();
  /** Bodies their apposition defines ("Fuerza Solidaria, the party of …"): evidence enough to unmake a person. */
  const defined = new Set<string>();
  for (const c of candidates) {
    const word = lastWord(tokens, c);
    const possessor = possessorOf(tokens, c, candidates);
    if (isOfficesPlace(tokens, c) || isPlaceCompound(tokens, c)) places.add(nameOf(tokens, c));
    else if (isMembersBody(tokens, c, candidates)) {
      // A body's member after its possessive: the possessor is the body, however its words read.
      bodies.add(word);
      defined.add(nameOf(tokens, c));
    }
    else if (hasPersonCue(tokens, c) || isListedAfterPeople(tokens, c, candidates) || (possessor !== undefined && isBodyPossessor(tokens, possessor) && isUnlistedFullName(tokens, c))) {
      people.add(word);
      personal.add(c.start);
    }
    else if (isHeadedBy(tokens, c.end)) {
      // Officers make a company of any name, one taken for a person included.
      companies.add(word);
      bodies.add(word);
    }
    else if (hasCompanyCue(tokens, c, candidates) || isUnknownSource(tokens, c, candidates)) {
      companies.add(word);
      companyNames.add(nameOf(tokens, c));
    }
    else if (isDefinedAsBody(tokens, c)) {
      bodies.add(word);
      // A one-word "person" is for the corpus to judge (retype.ts): it may know a first name.
      if (c.end - c.start >= 2) defined.add(nameOf(tokens, c));
    }
    else if (c.end - c.start === 1 && /^\p{Lu}{3,6}$/u.test(tokens[c.start].text) && isCountryOwned(tokens, c.start)) bodies.add(word);
    else if (hasPlaceCue(tokens, c)) places.add(nameOf(tokens, c));
  }
  // (Not a person's surname: "14 points ahead of Harcombe" in a drivers' table, "Liam Harcombe" elsewhere in the document.)
  const surnames = new Set(candidates.filter((c) => c.label === 'PER' && c.end - c.start >= 2).map((c) => lastWord(tokens, c)));
  const teams = new Set(candidates.filter((c) => isTeam(tokens, c) && !(c.end - c.start === 1 && surnames.has(lastWord(tokens, c)))).map((c) => nameOf(tokens, c)));
  const medicines = new Set(candidates.filter((c) => isMedicineBrand(tokens, c) || isProductInApposition(tokens, c)).map((c) => nameOf(tokens, c)));
  if (people.size === 0 && companies.size === 0 && bodies.size === 0 && places.size === 0 && teams.size === 0 && medicines.size === 0) return [...candidates];
  return candidates.map((c) => {
    if (teams.has(nameOf(tokens, c)) && c.label !== 'PER') return { ...c, label: 'ORG', cued: true };
    if (medicines.has(nameOf(tokens, c))) return { ...c, label: 'MISC', product: true, person: undefined, cued: true };
    const word = lastWord(tokens, c);
    const organization = companies.has(word) || bodies.has(word);
    // A place's cue types that name only ("near Cambridge" makes no place of "University of Cambridge").
    const place = places.has(nameOf(tokens, c));
    if (Number(people.has(word)) + Number(organization) + Number(place) !== 1) return c;
    if (people.has(word)) return { ...c, label: 'PER', person: true, cued: true, ...(personal.has(c.start) && { personal: true as const }) };
    // Whether a "person" is a body is for the corpus to say (retype.ts): it may know a first name.
    // A company's cue on "Vrana" makes no company of its founder "Otto Vrana", only of a name cued itself ("Morgan Stanley shares").
    const founder = c.end - c.start >= 2 && isGivenName(tokens[c.start].text) && !companyNames.has(nameOf(tokens, c));
    // Not a nationality before its noun, which the tagger rightly calls another name: "the Kyrgyz firm".
    const misc = c.label === 'MISC' && tokens[c.end]?.pos !== 'NOUN';
    const misread = c.label === 'PER' || misc || isUnlistedPlace(tokens, c);
    // (A company the tagger saw is one its cues confirm: "Shares in Kessvik".)
    if ((companies.has(word) && !founder && (misread || c.label === 'ORG')) || (bodies.has(word) && (c.label !== 'PER' || defined.has(nameOf(tokens, c))))) return { ...c, label: 'ORG', cued: true };
    if (place && (c.label !== 'LOC' || c.person)) return { ...c, label: 'LOC', person: undefined, roles: [], cued: true };
    return c;
  });
}

/** The name right before `c` with a possessive between: "Green Dawn" of "Green Dawn's Somchai Rattanakul". */
function possessorOf(tokens: readonly Token[], c: Candidate, candidates: readonly Candidate[]): Candidate | undefined {
  return isPossessive(tokens[c.start - 1]?.text ?? '') ? candidates.find((o) => o.end === c.start - 1) : undefined;
}

/**
 * "The Labour Front's Niran Thepsiri", "Green Dawn's Somchai Rattanakul": two or more capitalized words no list
 * has as a place or a body's, right after a body's possessive or a name's of two words or more, are a
 * member's full name; whose name it is after, a body's (a person's possessive names a relative or an
 * office first: "Ana Ruiz's husband, Ivo").
 */
function isUnlistedFullName(tokens: readonly Token[], c: Candidate): boolean {
  // Not a product's ("T-Mobile's BlackBerry Curve 8900", "its Unlimited HotSpot Calling"), nor what a noun after it
  // makes a thing or a place ("Velmora's Aurelio Castan airport", "Cobb Mountain community").
  const next = tokens[c.end];
  if (c.end - c.start < 2 || c.end - c.start > MAX_MEMBER_NAME || c.label === 'ORG' || c.label === 'MISC' || /^\d/.test(next?.text ?? '') || (next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text))) return false;
  // (Nor a building's or a body's: "Corvane's Pellby Works".)
  if (isFacilityHead(tokens[c.end - 1].text) || isBodyHead(tokens[c.end - 1].text)) return false;
  // (Nor a place whose words are surnames: "V&F's Hong Kong chief".)
  const listed = (text: string) => (nameLists().lookup(text.toLowerCase()) & (PLACE_NAME | ORG_WORD)) !== 0;
  if (listed(tokens.slice(c.start, c.end).map((t) => t.text).join(' '))) return false;
  return tokens.slice(c.start, c.end).every((t) => PERSON_NAME_WORD.test(t.text) && !listed(t.text) && !isFacilityNoun(t.text.toLowerCase()));
}

const MAX_MEMBER_NAME = 3;

/** Last words of places' names: "Lake County's …" is a place's possessive. */
const PLACE_KINDS = /^(?:County|Province|District|State|Region|City|Island|Islands|Valley|Prefecture|Governorate|Municipality)$/;

/** A body's name before a possessive, or a "place" no list has, which a party often is to the tagger ("New Horizon's"). */
function isBodyPossessor(tokens: readonly Token[], c: Candidate): boolean {
  return c.label === 'ORG' || (c.label === 'LOC' && !(nameLists().lookup(nameOf(tokens, c)) & PLACE_NAME) && !PLACE_KINDS.test(tokens[c.end - 1].text));
}

/** A "person" or an unlisted "place" of two words or more whose possessive comes right before a member's full name: "Green Dawn's Somchai Rattanakul". */
function isMembersBody(tokens: readonly Token[], c: Candidate, candidates: readonly Candidate[]): boolean {
  if ((c.label !== 'PER' && !(c.label === 'LOC' && isBodyPossessor(tokens, c))) || c.end - c.start < 2 || !isPossessive(tokens[c.end]?.text ?? '')) return false;
  return candidates.some((o) => o.start === c.end + 1 && o.label !== 'ORG' && isUnlistedFullName(tokens, o));
}

const EXECUTIVE = /^(?:CEO|CFO|COO)$/;

/** "Kelmar Southern CEO Ana Ruiz", "Kelmar's (new) chief executive": the name has officers, so it is a body. */
function isHeadedBy(tokens: readonly Token[], end: number): boolean {
  // Over a possessive and an officer's tense ("Hollinby's new chief executive", "Kelmar's former CEO").
  let at = isPossessive(tokens[end]?.text ?? '') ? end + 1 : end;
  if (at > end && /^(?:new|former|outgoing|incoming|interim|acting)$/.test(tokens[at]?.text ?? '')) at++;
  const word = tokens[at]?.text ?? '';
  return EXECUTIVE.test(word) || (/^chief$/i.test(word) && /^executive$/i.test(tokens[at + 1]?.text ?? ''));
}

/** Nouns of bodies that the place lists' organization words lack. */
const BODY_NOUNS = new Set(['house', 'chamber', 'legislature', 'firm', 'band', 'club', 'team', 'unit', 'subsidiary', 'affiliate', 'division', 'service', 'broadcaster', 'regulator', 'watchdog', 'thinktank']);
/** What opens an apposition that defines a name: "the", "a", "its" ("Banamex, its Mexican unit,"). */
const DEFINITION_START = /^(?:a|an|the|its|their)$/i;
const COPULA = /^(?:is|was)$/;
/** A demonym's ending: "Mexican", "Japanese", "British". */
const DEMONYM = /(?:an|ese|ish|i)$/;

/** A body's noun: "party", "group", "the lower house", "unit". */
function isBodyNoun(word: string): boolean {
  return BODY_NOUNS.has(word) || isOrgKindNoun(word) || (/^\p{Ll}/u.test(word) && (nameLists().lookup(word) & ORG_WORD) !== 0);
}

/**
 * ", the lower house of parliament,", "is a German company": an apposition or a copula that defines the name as a body; or the name in
 * apposition after a body's noun ("the main opposition party, Tisza,"). Not when a name follows the
 * noun ("Syria, the militant group Hamas"), nor for a listed place.
 */
function isDefinedAsBody(tokens: readonly Token[], c: Candidate): boolean {
  const listed = () => (nameLists().lookup(nameOf(tokens, c)) & PLACE_NAME) !== 0;
  if (tokens[c.start - 1]?.text === ',' && isBodyNoun(tokens[c.start - 2]?.text ?? '') && tokens[c.end]?.text === ',') return !listed() && !isComplement(tokens, c.start - 2);
  // "Varnholt is a German company": a copula defines as an apposition does.
  if (tokens[c.end]?.text !== ',' && !COPULA.test(tokens[c.end]?.text ?? '')) return false;
  // "Pellarin, France's biggest operator,": a place's possessive opens it as an article would.
  const owner = startsUpper(tokens[c.end + 1]?.text ?? '') && isPossessive(tokens[c.end + 2]?.text ?? '') ? 3 : 0;
  if (!owner && !DEFINITION_START.test(tokens[c.end + 1]?.text ?? '')) return false;
  const from = c.end + (owner || 2);
  for (let i = from; i < tokens.length && i - from < MAX_PLACE_DEFINITION; i++) {
    // The noun heads the apposition: not "a party member", "the union's leader" ("the group's holding company" is one).
    const modifies = isPossessive(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.pos === 'NOUN';
    if (isBodyNoun(tokens[i].text) && !modifies) return !startsUpper(tokens[i + 1]?.text ?? '') && !listed();
    // "the Utah-based software company": a compound's hyphen and participle.
    if (isPossessive(tokens[i].text) || isHyphen(tokens[i].text) || (isHyphen(tokens[i - 1].text) && /ed$/.test(tokens[i].text))) continue;
    // Adjectives, nouns, demonyms and listed places ("its Mexican unit", "the Brussels thinktank") may come before the noun.
    const modifier = tokens[i].pos === 'PROPN' && (DEMONYM.test(tokens[i].text) || (nameLists().lookup(tokens[i].text.toLowerCase()) & PLACE_NAME) !== 0 || isHyphen(tokens[i + 1]?.text ?? ''));
    if (tokens[i].pos !== 'ADJ' && tokens[i].pos !== 'NOUN' && !modifier) return false;
  }
  return false;
}

/**
 * A noun at `noun` in the phrase of a preposition after another noun: "the chairman of the party",
 * "its leader on the council" (the name after them is the chairman's, the leader's; not "backed by the party").
 */
function isComplement(tokens: readonly Token[], noun: number): boolean {
  let k = noun - 1;
  while (k >= 0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN')) k--;
  if (DEFINITION_START.test(tokens[k]?.text ?? '')) k--;
  return tokens[k]?.pos === 'ADP' && tokens[k - 1]?.pos === 'NOUN';
}

/** Nouns of geography: "the Amazon basin", "Thames is a river". */
const PLACE_NOUNS = new Set(
  `river basin rainforest region province valley mountains desert coast delta peninsula island islands lake sea
  bay county district city town village country commune municipality suburb borough township hamlet
  neighborhood neighbourhood parish prefecture state capital area mountain hill peak crag cliff cliffs moor headland
  forest gorge estuary`.split(/\s+/),
);
const ARTICLE = /^(?:a|an|the)$/i;
const MAX_PLACE_DEFINITION = 6;

/** Nouns of what befalls a person, after their name: "the Morrow case", "the Hale affair". */
const PERSONAL_AFFAIRS = /^(?:case|affair|saga|scandal|trial|verdict|ruling|inquest|family|estate|camp|era)$/;
/** Offices named after their city or state, capitalized before a name. */
const LOCAL_OFFICES = new Set(['Mayor', 'Governor', 'Sheriff']);
/** Nouns of trust before "in" and a person: "confidence in Hale". */
const BELIEF = /^(?:confidence|faith|trust|belief|interest|stake|stakes|role|part|share|shares|investment|investments|invest|invested|believe|believes|believed)$/i;

/** Verbs "in" is a particle of, before what they act on: "rein in Hale", "brought in Ruiz". */
const IN_PARTICLE_VERBS = /^(?:rein|reined|reining|reins|bring|brings|brought|bringing|usher|ushered|rope|roped|call|called|calling|swear|swore|sworn|weigh|weighed|factor|factored|lock|locked|hem|hemmed|box|boxed|fill|filled|turn|turned|let|take|took|taken)$/i;

/** Services and people of a place, in lower case after its name. */
const JURISDICTION_SERVICES = new Set(['prosecutor', 'prosecutors', 'police', 'authorities', 'residents', 'prefecture', 'municipality']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts']);

const MAX_UNIVERSITY_NAME = 5;

/** Whether a university's name ends right before `at`: "University of California", "Kelmar State University". */
function isUniversityEnding(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= MAX_UNIVERSITY_NAME; k--) {
    const word = tokens[k].text;
    if (/^(?:University|Universit[éy]|Universidad|College)$/.test(word)) return true;
    if (!startsUpper(word) && !/^(?:of|de|the)$/.test(word)) return false;
  }
  return false;
}

/** "the Gothenburg-based owner", "a Texas-born singer": where a body is based or a person was born (not a nationality's "Swiss-based"). */
function isPlaceCompound(tokens: readonly Token[], c: Candidate): boolean {
  const hyphen = tokens[c.end];
  return c.label !== 'MISC' && hyphen !== undefined && isHyphen(hyphen.text) && hyphen.start === tokens[c.end - 1].end && isPlaceCompoundEnd(tokens[c.end + 1]?.text ?? '');
}

/** "the Amazon basin", "Thames is a river", "Kelmar is the largest city", "the town of Kelmar". */
function hasPlaceCue(tokens: readonly Token[], c: Candidate): boolean {
  if (tokens[c.start - 1]?.text === 'of' && PLACE_NOUNS.has(tokens[c.start - 2]?.text ?? '') && /^the$/i.test(tokens[c.start - 3]?.text ?? '')) return true;
  if (isInPlaceList(tokens, c.start)) return true;
  // "the University of California, Berkeley,": a campus after its university's name and a comma (not a
  // person listed next: "Kelmar University, Ivo Lind,").
  if (tokens[c.start - 1]?.text === ',' && c.end - c.start <= 2 && !isGivenName(tokens[c.start].text) && /^[,.;)]$/.test(tokens[c.end]?.text ?? '') && isUniversityEnding(tokens, c.start - 1)) return true;
  // "The map stops at the Shannon": a one-word name after "the" is no person's, most often a river's.
  // (Not a name before what befell its bearer: "why the Morrow case will not be the last".)
  if (c.label === 'PER' && c.end - c.start === 1 && tokens[c.start - 1]?.text === 'the' && !/s$/.test(tokens[c.start].text) && !startsUpper(tokens[c.end]?.text ?? '') && !isPossessive(tokens[c.end]?.text ?? '') && !PERSONAL_AFFAIRS.test(tokens[c.end]?.text ?? '')) return true;
  // "a campus near Kyle", "20 km north of Tyler".
  const [before, before2] = [tokens[c.start - 1]?.text.toLowerCase() ?? '', tokens[c.start - 2]?.text.toLowerCase() ?? ''];
  if (c.label !== 'ORG' && (before === 'near' || (before === 'of' && DIRECTIONS.has(before2)))) return true;
  // "Residents of Palma marched", "she flew to Tenerife": those who live in a place, a journey's end, whatever name the word is too.
  const lone = (c.end - c.start === 1 || (c.end - c.start === 2 && !isGivenName(tokens[c.start].text))) && !startsUpper(tokens[c.end]?.text ?? '') && !isPossessive(tokens[c.end]?.text ?? '');
  // (… and where one lives or grew up: "who grew up in Sowerby Bridge", "born in Kelmar Cross".)
  const lived = before === 'in' && (LIVING.test(before2) || (before2 === 'up' && /^(?:grew|grown|growing)$/i.test(tokens[c.start - 3]?.text ?? '')));
  if (lone && ((before === 'of' && RESIDENTS.test(tokens[c.start - 2]?.text ?? '')) || (before === 'to' && JOURNEYS.test(before2)) || lived)) return true;
  // "his office in Stourford", "Turnout in Stourford was low": a one-word name no list has after "in" (a
  // listed one the tagger knows), not a company's ("in Acme's plant") nor what one believes in ("confidence in Hale").
  // … or two, the first no given name ("the library in Dukes Heath"), and those listed after them ("in Little Heath and Brackhill";
  // not a reporter placed in turn: "by Jun Sato in Doverton and Mei Tanaka in Columbus").
  const placed = tokens[c.end]?.text === 'in' && startsUpper(tokens[c.end + 1]?.text ?? '');
  const alone = c.end - c.start <= 2 && tokens.slice(c.start, c.end).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) && !startsUpper(tokens[c.end]?.text ?? '') && !isPossessive(tokens[c.end]?.text ?? '') && !placed;
  const opener = listOpener(tokens, c.start);
  const [at, at2] = [tokens[opener - 1]?.text.toLowerCase() ?? '', tokens[opener - 2]?.text.toLowerCase() ?? ''];
  if (at === 'in' && alone && c.label !== 'ORG' && !BELIEF.test(at2) && !IN_PARTICLE_VERBS.test(at2) && !isGivenName(tokens[c.start].text) && !isGivenName(tokens[opener].text) && !nameLists().lookup(nameOf(tokens, c))) return true;
  // "booked in Lyon and Munich": a listed place closing a list of listed places after "in" is one too, a body to the tagger or not.
  const place = (i: number) => {
    const bits = nameLists().lookup(tokens[i].text.toLowerCase());
    return (bits & (PLACE_NAME | COUNTRY)) !== 0 && (bits & ORG_WORD) === 0;
  };
  if (at === 'in' && alone && opener < c.start && c.end - c.start === 1 && !BELIEF.test(at2) && !IN_PARTICLE_VERBS.test(at2) && tokens.slice(opener, c.start).every((t, k) => /^(?:,|and)$/.test(t.text) || place(opener + k)) && place(c.start)) return true;
  const next = tokens[c.end];
  if (next === undefined) return false;
  if (PLACE_NOUNS.has(next.text) && c.label !== 'PER') return true;
  // "Harrison and Hancock counties", "the Amite and Pearl rivers": names listed before their kind in the plural.
  if (c.label !== 'MISC' && isBeforePluralPlaceNoun(tokens, c.end)) return true;
  // "the Oxford company", "Oxford biotech Kestrel": a listed place before the kind of a company based there.
  // (… over the words saying what it does: "a Lyon software group", "a Munich health-software firm".)
  if (c.end - c.start === 1 && /^\p{Lu}\p{Ll}/u.test(tokens[c.start].text) && isKindOfCompanyAt(tokens, c.end) && nameLists().lookup(nameOf(tokens, c)) & PLACE_NAME) return true;
  // "a Hamilton dentist", "a Lincoln councillor": a listed place the tagger took for a person, between "a" and who lives there.
  if (c.label === 'PER' && c.end - c.start === 1 && /^an?$/i.test(before) && isAgentNoun(next.text) && !startsUpper(tokens[c.end + 1]?.text ?? '') && nameLists().lookup(nameOf(tokens, c)) & PLACE_NAME) return true;
  // "Baripur lies 40 km east of Gaya", "Ostra is located on the coast".
  if (next.text === 'lies' || (/^(?:is|was)$/.test(next.text) && tokens[c.end + 1]?.text === 'located')) return true;
  // "Florence Mayor Sara Funaro", "Dallas Police Chief …": a local office names its place.
  if (LOCAL_OFFICES.has(next.text) && /^\p{Lu}/u.test(tokens[c.end + 1]?.text ?? '')) return true;
  // "the Vellingen prosecutor's office", "Munich prosecutors said": a one-word name of a jurisdiction's services.
  if (c.end - c.start === 1 && JURISDICTION_SERVICES.has(next.text)) return true;
  // "Kelmar is a river", and in apposition: "Raven Scar, the gritstone crag above Calderbrook".
  // (Not a person's office of a place: "Matt Smith, the county attorney".)
  if ((next.text !== 'is' && next.text !== ',') || !ARTICLE.test(tokens[c.end + 1]?.text ?? '')) return false;
  for (let i = c.end + 2; i < tokens.length && i - c.end - 2 < MAX_PLACE_DEFINITION; i++) {
    if (PLACE_NOUNS.has(tokens[i].text)) return !isTitleWord(tokens[i + 1]?.text ?? '');
    // (Over modifiers, nouns among them: "the gritstone crag".)
    if (tokens[i].pos !== 'ADJ' && tokens[i].pos !== 'ADV' && !(tokens[i].pos === 'NOUN' && /^\p{Ll}/u.test(tokens[i].text))) return false;
  }
  return false;
}

/** "The Bishop of Wenmouth apologised", "the Mayor of Tarnby": the place an office is of, one word (not "Duke of Kent Hospital"). */
function isOfficesPlace(tokens: readonly Token[], c: Candidate): boolean {
  const title = tokens[c.start - 2];
  return c.label !== 'ORG' && c.end - c.start === 1 && tokens[c.start - 1]?.text === 'of' && title !== undefined && startsUpper(title.text) && isPlaceOffice(title.text) && !startsUpper(tokens[c.end]?.text ?? '');
}

/** Those who live in a place, before "of" and its name. */
const RESIDENTS = /^(?:[Rr]esidents|[Ii]nhabitants|[Tt]ownspeople|[Vv]illagers|[Oo]utskirts|[Ss]uburbs)$/;
/** Words of where one lives or was born, before "in" and the place. */
const LIVING = /^(?:born|raised|lives|lived|living|resides|resided|settled)$/;
/** Verbs of a journey, before "to" and where it ends. */
const JOURNEYS = /^(?:flew|fly|flies|flying|travelled|traveled|travel|travels|sailed|drove|fled|headed|evacuated|deported|airlifted)$/;

const MAX_LIST_ITEM = 4;
const MAX_LIST_ITEMS = 6;

/**
 * The first token of the list of names that the one at `start` ends after "and": "[Little Heath] and
 * Brackhill", "[Ostra], Kelmar and Valdo"; else `start` itself (not after a comma alone: "in Manila, Kazuya Endo,").
 */
function listOpener(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.text !== 'and') return start;
  let first = start;
  for (let items = 0; items < MAX_LIST_ITEMS && /^(?:,|and)$/.test(tokens[first - 1]?.text ?? ''); items++) {
    let k = first - 2;
    while (k >= 0 && first - 1 - k <= MAX_LIST_ITEM && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text)) k--;
    if (k === first - 2) break;
    first = k + 1;
  }
  return first;
}

/**
 * A name listed after a plural noun of places and "of": "the villages of Kota Wuri and Tana
 * Lestari", "the towns of Kelmar, Ostra and Valdo".
 */
function isInPlaceList(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  for (let items = 0; items < MAX_LIST_ITEMS && (tokens[i]?.text === 'and' || tokens[i]?.text === ','); items++) {
    let k = i - 1;
    while (k >= 0 && i - k <= MAX_LIST_ITEM && startsUpper(tokens[k].text)) k--;
    if (k === i - 1) return false;
    i = k;
  }
  return tokens[i]?.text === 'of' && PLACE_NOUNS.has(singular(tokens[i - 1]?.text ?? ''));
}

/** The names listed from `end` on ("and Pearl", ", Ostra and Valdo") end before a place noun in the plural. */
function isBeforePluralPlaceNoun(tokens: readonly Token[], end: number): boolean {
  let i = end;
  for (let items = 0; items < MAX_LIST_ITEMS && (tokens[i]?.text === 'and' || tokens[i]?.text === ','); items++) {
    let k = i + 1;
    while (k < tokens.length && k - i <= MAX_LIST_ITEM && startsUpper(tokens[k].text)) k++;
    if (k === i + 1) return false;
    i = k;
  }
  return PLACE_NOUNS.has(singular(tokens[i]?.text ?? ''));
}

/** "villages" → "village", "cities" → "city", "parishes" → "parish" (enough for the place nouns); "" for no plural. */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : '';
}

const STOCK = new Set(['shares', 'stock', 'stocks']);
const OFFICERS = new Set(['shares', 'stock', 'shareholders', 'board', 'headquarters', 'subsidiary', 'subsidiaries', 'valuation', 'founder', 'founders', 'revenue', 'customers']);
const OBJECT_START = /^(?:her|his|their|its|my|our|your|the|a|an|this|that|these|those|some|many|no)$/i;
const ANALYSTS = /^(?:analysts?|economists?|strategists?)$/i;

/** People on a firm's staff, named after it: "a Stripe engineer". */
const STAFF = new Set(['engineer', 'engineers', 'employee', 'employees', 'staffer', 'staffers', 'executive', 'executives', 'spokesperson', 'spokeswoman', 'spokesman']);

/**
 * Nouns of kinds of organization that name no person's job, so a name right after one is the
 * organization's ("automaker Ostra"; not "producer Willie Mitchell", "developer Ana Ruiz").
 */
const ORG_KIND_NOUNS = new Set(
  `company firm corporation conglomerate startup start-up chipmaker automaker carmaker drugmaker planemaker shipbuilder
  refiner exporter consultancy brokerage utility retailer lender biotech miner maker
  insurer bank broadcaster newspaper airline carrier giant manufacturer agency group party union network watchdog regulator
  distributor studio streamer publisher label supplier operator chain gang cartel outfit charity nonprofit exchange
  bloc coalition consortium cooperative federation association housebuilder homebuilder syndicate provider vendor
  website platform app journal magazine tabloid brand`.split(/\s+/),
);

/** "the Varnok trade union": after "the", the name, at most one lower-case word, and a noun of an organization's kind ending the phrase. */
function isKindAfter(tokens: readonly Token[], c: Candidate): boolean {
  // "the US chipmaker", "the Oxford company": a country or a city before its company's kind.
  // (… or after a name's possessive and its premodifiers: "Iran's semi-official Tasnim news agency"; not "the bank's ScioPay app".)
  const determiner = determinerBefore(tokens, c.start);
  const owned = /^['’]s$/.test(tokens[determiner]?.text ?? '') && startsUpper(tokens[determiner - 1]?.text ?? '');
  if (!(/^the$/i.test(tokens[determiner]?.text ?? '') || owned) || nameLists().lookup(identityKey(nameOf(tokens, c))) & PLACE_NAME) return false;
  const noun = /^\p{Ll}/u.test(tokens[c.end]?.text ?? '') && isOrgKindNoun(tokens[c.end + 1]?.text ?? '') ? c.end + 1 : c.end;
  return isOrgKindNoun(tokens[noun]?.text ?? '') && !startsUpper(tokens[noun + 1]?.text ?? '');
}

/** Lower-case words a determiner may stand before a name with: "the state-run", "Iran's semi-official". */
const MAX_PREMODIFIERS = 3;

/** Where the determiner before a name and its lower-case premodifiers stands ("the state - run Kelmar"): `start - 1` without any. */
function determinerBefore(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  while (k > 0 && start - 1 - k < MAX_PREMODIFIERS && (/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) || isHyphen(tokens[k].text)) && !/^(?:the|a|an)$/.test(tokens[k].text)) k--;
  return k;
}

/** How far before "among them" the plural kind of the names listed may stand: "14 operators fly the jet, among them …". */
const MAX_AMONG_KIND = 8;

/**
 * A name someone gives a body: "which calls the group Basalt Typhoon", "tracks the group as …", "a
 * campaign that Microsoft tracks as …", "the group it calls …" (an opening quote may stand before it).
 */
function isGivenBodyName(tokens: readonly Token[], start: number): boolean {
  const at = /^["“]$/.test(tokens[start - 1]?.text ?? '') ? start - 1 : start;
  const word = (k: number) => tokens[at - k]?.text ?? '';
  if (isOrgKindNoun(word(1)) && /^the$/i.test(word(2)) && NAMING_VERBS.test(word(3))) return true;
  // Not a person's: "a citizen named as Nurlan B.", "gave his name as Ibrahima".
  if (word(1) === 'as' && (TRACKING_VERBS.test(word(2)) || (isOrgKindNoun(word(2)) && /^the$/i.test(word(3)) && NAMING_VERBS.test(word(4))))) return true;
  return NAMING_VERBS.test(word(1)) && /^(?:PRON|PROPN)$/.test(tokens[at - 2]?.pos ?? '') && isOrgKindNoun(word(3));
}

/** Verbs that file what they name under a name: "Microsoft tracks as …". */
const TRACKING_VERBS = /^(?:tracks?|tracked|tracking|calls?|dubs?|dubbed|labels?|labelled|labeled)$/i;

/** Verbs that give a body a name: "calls the group …", "dubbed the gang …". */
const NAMING_VERBS = /^(?:calls?|called|dubs?|dubbed|names?|named|tracks?|tracked|labels?|labelled|labeled)$/i;

/** Words before a noun that make it a definite description, not a bare one: "the company Ruiz founded". */
const DETERMINER = /^(?:the|a|an|this|that|his|her|its|their|our|whose)$/i;

/**
 * "automaker Ostra", "Rival automakers Ostra and Velox", "U.S. chipmaker Kelmar": a bare noun of a
 * kind of organization right before the name. Not after a determiner ("the company Ruiz founded").
 */
function isPremodifiedByOrgNoun(tokens: readonly Token[], start: number): boolean {
  // "a criminal group called Vexmoor", "a startup named Kelmar": the noun names the kind whatever comes before it.
  if (/^(?:called|named)$/.test(tokens[start - 1]?.text ?? '') && isOrgKindNoun(tokens[start - 2]?.text ?? '')) return true;
  if (isGivenBodyName(tokens, start)) return true;
  const [before, before2] = [tokens[start - 1]?.text ?? '', tokens[start - 2]?.text ?? ''];
  // "… fly the jet, among them Norvale, Condra": the plural kind before the list's comma.
  if (before === 'them' && before2 === 'among' && tokens[start - 3]?.text === ',') {
    for (let k = start - 4; k >= 0 && start - k <= MAX_AMONG_KIND && tokens[k].sentence === tokens[start].sentence; k--) if (/s$/.test(tokens[k].text) && isOrgKindNoun(tokens[k].text)) return true;
    return false;
  }
  // "carriers including Norvale, Condra and Belwing", "lenders such as Ostra": a plural kind before its examples
  // (not an example's owner: "blocs, including Ana Ruiz's Fuerza Popular").
  const kind = kindOfExamples(tokens, start);
  if (kind !== undefined) return /s$/.test(kind) && isOrgKindNoun(kind) && !isOwnerAt(tokens, start);
  const noun = tokens[start - 1]?.text ?? '';
  // "market leader Drovana": a market's leader is a company.
  if (/^leaders?$/i.test(noun) && /^(?:market|industry|sector)$/i.test(tokens[start - 2]?.text ?? '')) return true;
  // "published in the journal Polar Geoscience": a publication's noun names it after "the" too (not the subject of a
  // clause about it: "the tabloid Vell is suing").
  if (!isOrgKindNoun(noun) || (PEOPLES_KINDS.test(noun) && isGivenName(tokens[start].text) && startsUpper(tokens[start + 1]?.text ?? ''))) return false;
  return !DETERMINER.test(tokens[start - 2]?.text ?? '') || (PUBLICATION_NOUNS.test(noun) && !opensClause(tokens, start));
}

/** Kinds of organization that are people's jobs too, before a given name and a surname: "ferry operator Hank Ostrowski". */
const PEOPLES_KINDS = /^(?:operator|broadcaster|publisher|miner)$/;

/** Whether the name from `start` is followed by a verb: the subject of a clause ("the tabloid Vell is suing"). */
function opensClause(tokens: readonly Token[], start: number): boolean {
  let k = start;
  while (k < tokens.length && startsUpper(tokens[k].text) && tokens[k].pos === 'PROPN') k++;
  return tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB';
}

const PUBLICATION_NOUNS = /^(?:journal|magazine|newspaper|tabloid)$/;

const MAX_TRADE_WORDS = 4;

/** Whether the kind of a company follows token `at`, after words in lower case or hyphens saying what it does: "software group". */
function isKindOfCompanyAt(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k - at < MAX_TRADE_WORDS; k++) {
    if (isOrgKindNoun(tokens[k].text)) return true;
    if (!(/^\p{Ll}+$/u.test(tokens[k].text) && /^(?:NOUN|ADJ)$/.test(tokens[k].pos)) && !isHyphen(tokens[k].text)) return false;
  }
  return false;
}

function isOrgKindNoun(noun: string): boolean {
  return /^\p{Ll}+$/u.test(noun) && (ORG_KIND_NOUNS.has(noun) || (noun.endsWith('s') && ORG_KIND_NOUNS.has(noun.slice(0, -1))));
}

/**
 * The first name of the list that ends at `start`: "[Ostra] and Velox", "[Varnex], Tolvik and Brennor"
 * (a comma alone makes no list: "the agency Velmar, Ivo Brandt" is an apposition).
 */
function previousConjunct(tokens: readonly Token[], candidates: readonly Candidate[], start: number): Candidate | undefined {
  const joint = tokens[start - 1]?.text;
  const listed = joint === ',' && candidates.some((o) => o.start === start) && isListJoint(tokens, candidates, start);
  if (joint !== 'and' && joint !== 'or' && !listed) return undefined;
  let first = candidates.find((o) => o.end === start - 1);
  while (first && tokens[first.start - 1]?.text === ',') {
    const before = candidates.find((o) => o.end === first!.start - 1);
    if (!before) break;
    first = before;
  }
  return first;
}

/** Plural nouns of people whose examples a list names: "stars such as …", "athletes including …" (not market "players"). */
const PEOPLE_NOUNS = new Set(
  `stars artists singers rappers musicians actors actresses athletes performers writers authors novelists poets
  directors politicians candidates lawmakers footballers`.split(/\s+/),
);

/** "stars such as Kelzo, Bamidex and Torra": a name of a list of examples after a plural noun of people. */
function isListedAfterPeople(tokens: readonly Token[], c: Candidate, candidates: readonly Candidate[]): boolean {
  const first = previousConjunct(tokens, candidates, c.start) ?? c;
  return PEOPLE_NOUNS.has(kindOfExamples(tokens, first.start)?.toLowerCase() ?? '');
}

/** Whether the capitalized words from `start` end in a possessive: "Ana Ruiz's". */
function isOwnerAt(tokens: readonly Token[], start: number): boolean {
  let end = start;
  while (end < tokens.length && startsUpper(tokens[end].text)) end++;
  return isPossessive(tokens[end]?.text ?? '');
}

/**
 * The plural noun whose examples start at `start`: "carriers" in "carriers including Norvale", "lenders
 * such as Ostra", "resale websites, including Tixora" (a comma may set the examples off).
 */
function kindOfExamples(tokens: readonly Token[], start: number): string | undefined {
  const [before, before2] = [tokens[start - 1]?.text ?? '', tokens[start - 2]?.text ?? ''];
  const including = /^(?:including|like)$/.test(before) ? 1 : before === 'as' && before2 === 'such' ? 2 : 0;
  if (including === 0) return undefined;
  const kind = tokens[start - 1 - including]?.text === ',' ? start - 2 - including : start - 1 - including;
  return tokens[kind]?.text;
}

/** The name at `start` goes on to another name of its list: "Tolvik" in "Varnex, Tolvik and Brennor". */
function isListJoint(tokens: readonly Token[], candidates: readonly Candidate[], start: number): boolean {
  const c = candidates.find((o) => o.start === start)!;
  return /^(?:,|and|or)$/.test(tokens[c.end]?.text ?? '') && candidates.some((o) => o.start === c.end + 1);
}

/** Whether tokens [start, end) have a company's cue around them on their own: "Shares in Target", "clothing retailer Next". */
export function isCuedCompany(tokens: readonly Token[], start: number, end: number): boolean {
  return hasCompanyCue(tokens, { start, end, label: 'ORG', roles: [] }, []);
}

function hasCompanyCue(tokens: readonly Token[], c: Candidate, candidates: readonly Candidate[]): boolean {
  // "Shares in Ridgeham-based Veldt": the cue is the company's, not its base's.
  if (isPlaceCompound(tokens, c)) return false;
  // Cues before a list hold for every name in it: "analysts at Kelmar and Ostra".
  const first = previousConjunct(tokens, candidates, c.start) ?? c;
  if (first !== c && hasCompanyCueBefore(tokens, first.start)) return true;
  if (hasCompanyCueBefore(tokens, c.start)) return true;
  // "at Montreal-based Fednav": what is based somewhere, named right after, is a body (not "Glasgow-based Jane Kirk").
  if (tokens[c.start - 1]?.text === 'based' && isHyphen(tokens[c.start - 2]?.text ?? '') && !isGivenName(tokens[c.start].text)) return true;
  // "Dulac Artists, which represents the conductor, declined": a sentence's subject that "which" takes up is no person
  // (a place may be: "Dunmore, which lies on the coast").
  if (c.label === 'PER' && tokens[c.end]?.text === ',' && tokens[c.end + 1]?.text === 'which' && tokens[c.start - 1]?.sentence !== tokens[c.start].sentence) return true;
  // A platform, one word ("wrote on Telegram"; not "said on Capitol Hill").
  if (c.end - c.start === 1 && tokens[c.start - 1]?.text === 'on' && POSTED.test(tokens[c.start - 2]?.text ?? '')) return true;
  const [next, after] = [tokens[c.end]?.text, tokens[c.end + 1]?.text];
  // "Holt-Barrow-Keene (HBK.N)": a listed company's instrument code after its name.
  if (tokens[c.end]?.text === '(' && isTickerPart(tokens, c.end + 1)) return true;
  // "the Varnok trade union", "the Kolbex exchange": the name before a noun of its kind, no name after that.
  if (isKindAfter(tokens, c)) return true;
  // "Condra and other carriers": a name listed with others of its kind.
  if (next === 'and' && after === 'other' && /s$/.test(tokens[c.end + 2]?.text ?? '') && isOrgKindNoun(tokens[c.end + 2].text)) return true;
  // "Kelmar shares fell", not "Ruiz shares her view".
  if (next !== undefined && STOCK.has(next) && !OBJECT_START.test(after ?? '')) return true;
  // "a Stripe engineer": a staff noun after the name, the name after an article; "Stifel analyst Carla Yu": before a person.
  if (next !== undefined && STAFF.has(next) && /^an?$/i.test(tokens[c.start - 1]?.text ?? '')) return true;
  if (next !== undefined && ANALYSTS.test(next) && candidates.some((o) => o.start === c.end + 1 && o.label === 'PER')) return true;
  // "Goldman Sachs analysts expect …", "Morgan Stanley said in a note to clients": a firm's research.
  if (next !== undefined && /^(?:analysts|economists|strategists)$/.test(next) && /^(?:said|say|says|expect|expects|see|sees|wrote|estimate|forecast|cut|raised|lowered)$/.test(after ?? '')) return true;
  // (not a person: "Ana Ruiz said in a note").
  if (next === 'said' && after === 'in' && /^(?:a|its)$/.test(tokens[c.end + 2]?.text ?? '') && /^(?:note|report)$/.test(tokens[c.end + 3]?.text ?? '') && !isGivenName(tokens[c.start].text)) return true;
  // "Kelmar was valued at", "Kelmar, founded in 2020 by …".
  if ((/^(?:was|is)$/.test(next ?? '') && after === 'valued') || (next === ',' && after === 'founded')) return true;
  // "Tallowby, which is based in York, declined": what is based somewhere is a body (a person lives there).
  if (next === ',' && after === 'which' && /^(?:is|was)$/.test(tokens[c.end + 2]?.text ?? '') && /^(?:based|headquartered)$/.test(tokens[c.end + 3]?.text ?? '')) return true;
  if (next === undefined || !isPossessive(next) || after === undefined) return false;
  // "across Larkfield Health's 12 hospitals": a chain's sites, counted or not (not a listed place's).
  const sites = /^\d[\d,]*$/.test(after) ? tokens[c.end + 2]?.text ?? '' : after;
  if (CHAIN_SITES.has(sites) && !(nameLists().lookup(nameOf(tokens, c)) & PLACE_NAME)) return true;
  return OFFICERS.has(after.toLowerCase()) || isEmployerOf(tokens, c, candidates);
}

/**
 * "…, according to Kessling.": a one-word source no list has as a person's or a place's name, nor
 * any person of the document as a surname ("according to Jobs" after "Steve Jobs").
 */
function isUnknownSource(tokens: readonly Token[], c: Candidate, candidates: readonly Candidate[]): boolean {
  // The source alone before the clause ends (not "according to US officials").
  if (c.end - c.start !== 1 || tokens[c.start - 1]?.text !== 'to' || !/^according$/i.test(tokens[c.start - 2]?.text ?? '') || tokens[c.end]?.pos !== 'PUNCT') return false;
  const word = tokens[c.start].text;
  if (nameLists().lookup(word.toLowerCase()) & (FIRST_NAME | LAST_NAME | PLACE_NAME | COUNTRY)) return false;
  return !candidates.some((o) => o.label === 'PER' && o.end - o.start >= 2 && tokens[o.end - 1].text === word);
}

/** A chain's sites after its possessive: "Larkfield Health's 12 hospitals", "Ostra's stores". */
const CHAIN_SITES = new Set(['hospitals', 'clinics', 'stores', 'shops', 'branches', 'restaurants', 'outlets', 'plants', 'factories', 'mines', 'refineries', 'hotels', 'warehouses', 'dealerships']);

/**
 * "Hostra's Ana Lind said": a word neither the name lists nor its GloVe neighbours make a person's,
 * before the possessive and a person's full name, is where that person works ("Biden's John Kerry"
 * is left alone).
 */
function isEmployerOf(tokens: readonly Token[], c: Candidate, candidates: readonly Candidate[]): boolean {
  const word = tokens[c.start].text;
  if (c.end - c.start !== 1 || nameLists().lookup(word.toLowerCase()) & (FIRST_NAME | LAST_NAME) || isPersonWord(word)) return false;
  // Not "Velmora's Aurelio Castan airport": a facility named after a person.
  return candidates.some((o) => o.start === c.end + 1 && o.label === 'PER' && o.end - o.start >= 2 && !isFacilityNoun(tokens[o.end]?.text ?? ''));
}

/** "shares of Kelmar", "analysts at Kelmar", "automaker Kelmar". */
/** Deals whose object is a company: "its acquisition of Harnvik", "a stake in Kelmar", "agreed to acquire Ostra". */
const DEAL_BEFORE = /^(?:acquisition|takeover|buyout) of$|^merger with$|^stake in$|^(?:acquire|acquires|acquired|acquiring)$/;

/** What is posted or said on a platform: "wrote on Telegram", "in a post on X". */
const POSTED = /^(?:posted|post|posts|wrote|writes|shared|said|says|video|videos|channel|account|statement|message|livestream|streamed)$/i;

function hasCompanyCueBefore(tokens: readonly Token[], start: number): boolean {
  const [before, before2] = [tokens[start - 1]?.text, tokens[start - 2]?.text];
  if ((before === 'of' || before === 'in') && before2 !== undefined && STOCK.has(before2.toLowerCase())) return true;
  if (before !== undefined && (DEAL_BEFORE.test(before) || (before2 !== undefined && DEAL_BEFORE.test(`${before2} ${before}`)))) return true;
  if (before === 'at' && before2 !== undefined && ANALYSTS.test(before2)) return true;
  if (before === 'at' && isWorkplaceOf(tokens, start - 1)) return true;
  // "fleet data from Cirium", "leased largely from AerCap", "a tug chartered from Boskalis": a supplier (a listed place
  // stays one: "data from Japan").
  if (before === 'from' && SUPPLIED.test(/^(?:largely|mainly|mostly|partly)$/.test(before2 ?? '') ? tokens[start - 3]?.text ?? '' : before2 ?? '')) return true;
  return isPremodifiedByOrgNoun(tokens, start);
}

/** What one has from a supplier: "data from", "leased from". */
const SUPPLIED = /^(?:data|figures|estimates|research|analysis|chartered|leased|hired|rented|bought|purchased|licensed|sourced)$/;

/** Nouns of jobs: the name after "<job> at" is where one works. */
const JOBS = new Set(
  `analyst economist strategist head director chief executive partner researcher fellow manager adviser advisor consultant
  lawyer attorney scientist spokesperson spokesman spokeswoman trader banker employee engineer editor
  reporter correspondent chairman chairwoman president founder professor lecturer`.split(/\s+/),
);
const MAX_JOB_PHRASE = 5;

/** "head of commodities strategy at [Panmure Liberum]", "a senior economist at [Kelmar]": a job's phrase before "at" (at `at`). */
function isWorkplaceOf(tokens: readonly Token[], at: number): boolean {
  // Over the job's own words, no verb: not "officers arrived at [Haldon Manor]"; a region's name may be
  // one of them ("head of Asia rates strategy at [Harlows]").
  for (let k = at - 1; k >= 0 && at - k <= MAX_JOB_PHRASE && /^\p{L}/u.test(tokens[k].text) && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX'; k--) {
    if (JOBS.has(tokens[k].text) || JOBS.has(tokens[k].text.replace(/s$/, ''))) return true;
  }
  return false;
}

const MATCH_VERBS = new Set(['beat', 'beats', 'defeated', 'edged', 'routed', 'thrashed', 'drew', 'tied', 'won', 'lost']);
const OPPONENT = new Set([...MATCH_VERBS, 'against', 'over']);
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/**
 * A team named after its city: in a match report ("Kelmar beat Ostra City 3-1", "gave Kelmar a 2-1
 * win", "beat Perth by six wickets": the sentence has a score or a margin and the name plays or is played), in a league table ("two
 * points clear of Ostra"), or called a club or side ("Belgian club Ostra"). Countries are left
 * alone (national sides read as places in news conventions).
 */
function isTeam(tokens: readonly Token[], c: Candidate): boolean {
  if (nameLists().lookup(nameOf(tokens, c)) & COUNTRY) return false;
  // "Belgian club Genk", "Italian side Lazio".
  const noun = tokens[c.start - 1]?.text ?? '';
  if (TEAM_NOUNS.has(noun)) return true;
  // "over 10-man Sevilla": a side's number of players is no word between.
  const skip = SIDE_SIZE.test(noun) ? 1 : noun === 'man' && isHyphen(tokens[c.start - 2]?.text ?? '') && /^\d{1,2}$/.test(tokens[c.start - 3]?.text ?? '') ? 3 : 0;
  const [before, before2, next] = [tokens[c.start - 1 - skip]?.text.toLowerCase() ?? '', tokens[c.start - 2 - skip]?.text.toLowerCase() ?? '', tokens[c.end]?.text.toLowerCase() ?? ''];
  const lostTo = before === 'to' && before2 === 'lost';
  // "gave Valencia a 2-1 win", "two points clear of Leganés".
  const given = GIVE.test(before) && /^an?$/i.test(next);
  const table =
    (before === 'of' && (before2 === 'clear' || before2 === 'ahead') && inSentence(tokens, c, (t) => POINTS.test(t))) ||
    (LEADS_TABLE.test(next) && TABLE.test(tokens[c.end + 2]?.text ?? ''));
  // "a 3-0 win at Osasuna".
  const away = before === 'at' && RESULTS.test(before2);
  if (!MATCH_VERBS.has(next) && !OPPONENT.has(before) && !lostTo && !given && !table && !away) return false;
  return table || inSentence(tokens, c, (t) => SCORE.test(t) || MARGIN.test(t));
}

/** A cricket result's margin: "by six wickets", "by 44 runs", "by an innings". */
const MARGIN = /^(?:wickets|runs|innings)$/;

/** "Barcelona lead the standings", "Kelmar top the table". */
const LEADS_TABLE = /^(?:lead|leads|top|tops)$/;
const TABLE = /^(?:standings|table|league)$/;
const RESULTS = /^(?:win|victory|draw|defeat|loss)$/;

const TEAM_NOUNS = new Set(['club', 'side']);
const SIDE_SIZE = /^\d{1,2}-man$/;
const GIVE = /^(?:give|gives|gave|giving|handed|hand)$/;
const POINTS = /^points?$/;

/** Whether a token of the candidate's sentence passes the test. */
function inSentence(tokens: readonly Token[], c: Candidate, test: (text: string) => boolean): boolean {
  const sentence = tokens[c.start].sentence;
  for (let i = c.start; i >= 0 && tokens[i].sentence === sentence; i--) if (test(tokens[i].text)) return true;
  for (let i = c.end; i < tokens.length && tokens[i].sentence === sentence; i++) if (test(tokens[i].text)) return true;
  return false;
}

/** The stems of international nonproprietary names of medicines ("pembrolizumab", "semaglutide", "atorvastatin"). */
const GENERIC_MEDICINE = /^[a-z]{3,}(?:mab|tinib|ciclib|rafenib|parib|lisib|glutide|lutide|gliflozin|gliptin|pril|sartan|statin|olol|prazole|conazole|vir|cillin|mycin|floxacin|parin|lukast|dipine|tidine|setron|triptan|ercept|platin|taxel|rubicin|zepam|zolam|oxetine|afil|dronate|coxib|gatran|xaban|relin|sertib|kinra|stat)$/;

/** A medicine's brand with its generic name in brackets after or before it: "Keytruda (pembrolizumab)", "semaglutide (Wegovy)". */
function isMedicineBrand(tokens: readonly Token[], c: Candidate): boolean {
  const after = tokens[c.end]?.text === '(' && GENERIC_MEDICINE.test(tokens[c.end + 1]?.text ?? '') && tokens[c.end + 2]?.text === ')';
  const before = tokens[c.start - 1]?.text === '(' && tokens[c.end]?.text === ')' && GENERIC_MEDICINE.test(tokens[c.start - 2]?.text ?? '');
  return after || before;
}

/** Nouns for a kind of product a name is given in apposition: "VoxBridge, its video interpreting platform". */
const PRODUCT_NOUNS = /^(?:app|apps|platform|software|product|model|cheese|beer|ale|lager|cider|wine|gin|whisky|whiskey|vodka|drink|car|vehicle|phone|smartphone|handset|device|board|surfboard|drug|medicine|vaccine|game|console|tablet|laptop|camera|aircraft|jet|truck|bike|bicycle|scooter|chip|processor|engine|tractor|robot|drone|toy|doll|perfume|fragrance)$/;
const PRODUCT_DETERMINERS = /^(?:its|their|his|her|our|a|an|the)$/i;
const MAX_PRODUCT_PHRASE = 6;
const PHRASE_PREPOSITIONS = /^(?:of|for|from|by|with|in|on|at|to)$/;

/** Whether tokens from `from` are a determiner, lower-case words and a product's noun, then `,` `.` `;` or `)`: "its video remote interpreting platform,". */
function isProductPhrase(tokens: readonly Token[], from: number): boolean {
  if (!PRODUCT_DETERMINERS.test(tokens[from]?.text ?? '')) return false;
  for (let k = from + 1; k < tokens.length && k - from <= MAX_PRODUCT_PHRASE && tokens[k].sentence === tokens[from].sentence; k++) {
    if (PRODUCT_NOUNS.test(tokens[k].text) && /^[,.;)]$/.test(tokens[k + 1]?.text ?? '')) return true;
    // (The product's noun heads the phrase: not "Opsware, a maker of data center automation software;".)
    if (!/^[\p{Ll}-]+$/u.test(tokens[k].text) || PHRASE_PREPOSITIONS.test(tokens[k].text)) return false;
  }
  return false;
}

/**
 * A product named in apposition with its kind, after it or before it: "VoxBridge, its video remote interpreting platform,",
 * "a new washed-rind cheese, Tamarack Gold,", "Northway's sign language product, SignPath," (not a company's kind: "its partner,
 * Quillon Aerospace").
 */
function isProductInApposition(tokens: readonly Token[], c: Candidate): boolean {
  if (tokens[c.end]?.text === ',' && isProductPhrase(tokens, c.end + 1)) return true;
  if (tokens[c.start - 1]?.text !== ',' || !PRODUCT_NOUNS.test(tokens[c.start - 2]?.text ?? '') || !/^[,.;)]$/.test(tokens[c.end]?.text ?? '')) return false;
  for (let k = c.start - 3; k >= 0 && c.start - 2 - k <= MAX_PRODUCT_PHRASE; k--) {
    if (PRODUCT_DETERMINERS.test(tokens[k].text) || isPossessive(tokens[k].text)) return true;
    if (!/^[\p{Ll}-]+$/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** A name taken for a place that no place list has: "shares of Nvidia" may make a company of it. */
function isUnlistedPlace(tokens: readonly Token[], c: Candidate): boolean {
  return c.label === 'LOC' && !(nameLists().lookup(nameOf(tokens, c)) & (PLACE_NAME | COUNTRY));
}

function isGivenName(word: string): boolean {
  return (nameLists().lookup(word.toLowerCase()) & FIRST_NAME) !== 0;
}

function nameOf(tokens: readonly Token[], c: Candidate): string {
  return tokens.slice(c.start, c.end).map((t) => t.text.toLowerCase()).join(' ');
}

function lastWord(tokens: readonly Token[], c: Candidate): string {
  return tokens[c.end - 1].text.toLowerCase();
}

/** Verbs of leading a body, before "by" and its leader (a coalition may be "led by Saudi Arabia", so places are left out). */
const LEADS = /^(?:led|headed|chaired|coached|founded|co-founded)$/;

/**
 * A listed place or country, a name with a body's word in it ("the Ministry of Defence"), or one ending in a country's
 * name after no given name ("Export Development Canada"; not "Michael Jordan").
 */
function isListedOrBody(tokens: readonly Token[], c: Candidate): boolean {
  const lists = nameLists();
  if (lists.lookup(nameOf(tokens, c)) & (PLACE_NAME | COUNTRY)) return true;
  if (c.end - c.start >= 2 && lists.lookup(tokens[c.end - 1].text.toLowerCase()) & COUNTRY && !(lists.lookup(tokens[c.start].text.toLowerCase()) & FIRST_NAME)) return true;
  return tokens.slice(c.start, c.end).some((t) => lists.lookup(t.text.toLowerCase()) & ORG_WORD || isBusinessWord(t.text));
}

function hasPersonCue(tokens: readonly Token[], c: Candidate): boolean {
  // "Mr. Morales", "President Morales": a courtesy title or an office right before the name, in its sentence
  // (not a byline's "Crime Correspondent" above a dateline's "LONDON").
  const previous = tokens[c.start - 1];
  const before = previous?.sentence === tokens[c.start].sentence ? previous.text : '';
  if (startsUpper(before) && (isHonorific(before) || isTitleWord(before)) && c.end - c.start === 1) return true;
  // "Dr. Tedros Adhanom Ghebreyesus", "Sen. Ana Ruiz": a courtesy title or abbreviated rank before a full name, or opening the name;
  // "Actor Nico Castell": a title before a given name and a surname.
  if (startsUpper(before) && isHonorific(before)) return true;
  const nameWords = () => tokens.slice(c.start, c.end).every((t) => PERSON_NAME_WORD.test(t.text));
  // (Not a street named for a monarch: "on Queen Victoria Street".)
  const street = isRoyalTitle(before) && isStreetHead(tokens[c.end - 1].text);
  if (startsUpper(before) && isTitleWord(before) && c.end - c.start >= 2 && nameLists().lookup(tokens[c.start].text.toLowerCase()) & FIRST_NAME && nameWords() && !isListedOrBody(tokens, c) && !street) return true;
  const [opening, second] = [tokens[c.start].text, tokens[c.start + 1]?.text ?? ''];
  if (c.end - c.start >= 2 && isHonorific(opening) && startsUpper(second) && !isTitleWord(second) && !isListedOrBody(tokens, c)) return true;
  // "the group's spokesman, Ali Qurashi,", "said its auction manager, Rangi Pohatu.", "a movement led by Minni Ostra": a
  // title before it, or a leader's verb.
  // Not a company's name after a title that fits firms too ("its engines partner, Quillon Aerospace,").
  if (c.end - c.start >= 2 && before === ',' && isTitleWord(tokens[c.start - 2]?.text ?? '') && /^[,.]$/.test(tokens[c.end]?.text ?? '') && !isListedOrBody(tokens, c)) return true;
  if (c.end - c.start >= 2 && before === 'by' && LEADS.test(tokens[c.start - 2]?.text ?? '') && c.label !== 'LOC' && !isListedOrBody(tokens, c) && !isPeopleGroupHead(opening)) return true;
  // "Geert Wilders, leader of the …": a given name with a person's title in apposition.
  if (c.end - c.start >= 2 && nameLists().lookup(tokens[c.start].text.toLowerCase()) & FIRST_NAME && hasTitleApposition(tokens, c.end)) return true;
  // "Dunwick, the agency's acting head,": a lone name whose apposition is an office a body's possessive owns.
  if (c.end - c.start === 1 && hasOwnedOfficeApposition(tokens, c.end)) return true;
  // '"It was a textbook rescue," said Morwenna Hocking,': a quote's speaker named in full after it.
  if (before === 'said' && /^[,"”’]$/.test(tokens[c.start - 2]?.text ?? '') && c.end - c.start >= 2 && nameWords() && !isListedOrBody(tokens, c)) return true;
  // "co-founded it with her brother Piran Hocking", "her late husband Peter": a relative named right after the kinship.
  const owner = tokens[c.start - 2]?.text === 'late' ? tokens[c.start - 3] : tokens[c.start - 2];
  if (KIN.has(before) && KIN_OWNER.test(owner?.text ?? '') && nameWords()) return true;
  const [next, after, third] = [tokens[c.end]?.text, tokens[c.end + 1]?.text, tokens[c.end + 2]?.text];
  if (next !== undefined && isPossessive(next) && after !== undefined && PERSONAL.has(after.toLowerCase())) return true;
  if (next === 'family' && /^the$/i.test(tokens[c.start - 1]?.text ?? '')) return true;
  // "the Harrow administration": a leader's surname names the government they lead.
  if (next === 'administration' && c.end - c.start === 1 && /^the$/i.test(tokens[c.start - 1]?.text ?? '') && !(nameLists().lookup(nameOf(tokens, c)) & COUNTRY)) return true;
  if (next !== ',' || after === undefined) return false;
  // An age in apposition: "Ana Ruiz, 29,"; a lone name with a job after it or a quote before it ("said Harwati, 52, a teacher").
  const aged = AGE.test(after) && (third === ',' || third === ')');
  if (aged && (c.end - c.start >= 2 || /^an?$/i.test(tokens[c.end + 3]?.text ?? '') || tokens[c.start - 1]?.text === 'said')) return true;
  // "Lindqvist, who chairs the board,": a surname before "who" (not a club's name: "Arsenal, who have won").
  if (after === 'who' && isSurnameWord(tokens, c)) return true;
  return isKinApposition(tokens, c.end + 1);
}

const MAX_APPOSITION = 5;

/** One listed surname, no place's or body's word, or a hyphenated one ("Okonkwo-Baird"). */
function isSurnameWord(tokens: readonly Token[], c: Candidate): boolean {
  const words = tokens.slice(c.start, c.end).map((t) => t.text);
  const listed = words.length === 1 && (nameLists().lookup(words[0].toLowerCase()) & (LAST_NAME | PLACE_NAME | ORG_WORD)) === LAST_NAME;
  return listed || (words.length === 3 && isHyphenatedName(words.join('')));
}

/** ", leader of the …", ", the WHO director-general,", ", the Labour MP for …": a person's title heads the apposition at `end`. */
function hasTitleApposition(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  let i = end + 1;
  if (ARTICLE.test(tokens[i]?.text ?? '')) i++;
  for (const stop = i + MAX_APPOSITION; i < tokens.length && i < stop; i++) {
    const t = tokens[i];
    if (isTitleWord(t.text) && /^(?:[,.;]|of|for)$/.test(tokens[i + 1]?.text ?? '')) return true;
    if (t.pos === 'VERB' || (t.pos === 'PUNCT' && !isHyphen(t.text))) return false;
  }
  return false;
}

/** ", the agency's acting head,", ", the MBS's chief,": "the", a body's noun or name and its possessive, then its officer (not its "owner", who may be a company). */
function hasOwnedOfficeApposition(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !/^the$/i.test(tokens[end + 1]?.text ?? '') || !/^(?:NOUN|PROPN)$/.test(tokens[end + 2]?.pos ?? '') || !isPossessive(tokens[end + 3]?.text ?? '')) return false;
  for (let i = end + 4; i < end + 4 + MAX_APPOSITION && i < tokens.length; i++) {
    if (isBodyOfficer(tokens[i].text)) return /^[,.;]$/.test(tokens[i + 1]?.text ?? '');
    if (tokens[i].pos !== 'ADJ' && tokens[i].pos !== 'NOUN' && tokens[i].pos !== 'VERB') return false;
  }
  return false;
}

const OWNER = /^(?:his|her|their)$/i;

/** ", Ruiz's mother," / ", his widow,": a kinship noun owned by someone, in apposition from `from`. */
function isKinApposition(tokens: readonly Token[], from: number): boolean {
  // (Not a phrase of company: "in Westminster, with his wife Helen at his side".)
  if (/^(?:with|alongside|beside)$/i.test(tokens[from]?.text ?? '')) return false;
  for (let i = from; i < tokens.length && i - from < MAX_APPOSITION && tokens[i].text !== ','; i++) {
    if (i > from && PERSONAL.has(tokens[i].text.toLowerCase())) return isPossessive(tokens[i - 1].text) || OWNER.test(tokens[i - 1].text);
  }
  return false;
}
