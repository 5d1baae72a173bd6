/**
 * Cross-document linking. Each document's chains (mentions sharing a `localKey`) are joined:
 * 0. names the corpus knows are found again where a document's tagger missed them (recurring.ts),
 *    and one-word "people" that the corpus shows to be organizations become organizations (retype.ts);
 *    commodity grades ("Brent crude") and acronyms of common nouns are no entities (terms.ts);
 * 1. chains with the same identity (their most complete name's key) are one entity; a generic body
 *    named bare takes the identity of the one its document's country owns (withOwners);
 * 2. a chain known only by a short form joins the one entity that form points to: a bare surname
 *    the only person with that surname, an acronym the only name it is defined for or abbreviates.
 *    Ambiguous short forms ("Smith" with a John and a Mary Smith in the corpus) link nothing.
 * Everything goes through hash maps keyed by name keys, so linking is linear in the mentions.
 */
import type { DocumentAnalysis, Entity, LocalMention } from '../types';
import { camelCaseInitials, capitalInitials, initialsOf } from './acronyms';
import { companyShortKeys, isBusinessWord, mayBePlaceShortNameOf, opensWithCompanyHead, ownersOfShortName } from './companies';
import { identityKey, isLegalDesignator } from './identity';
import { isGivenName, majorityTypeFor, moreComplete } from './chains';
import { entityId } from './ids';
import { keyWords, memoized, nameKey, wordCount } from './normalize';
import { recurringNames } from './recurring';
import { organizationsByContext } from './retype';
import { termKeys } from './terms';
import { isGenericBodyKey } from './owners';
import { sameStory } from '../sameStory';
import { isLawHead, stormNameOf } from './types';
import { CIRCUIT_ORDINALS } from './untagged';
import { typeVotes } from './votes';
import { doubleSurnameOf, firstLastOf, isEastAsianFamilyName, isHyphenatedName, mayBeDoubleSurname, quotedNickname, surnameFormsOf, transliterationKeyOf } from './surnames';
import { groupBy, pushTo, unionGroups, UnionFind } from './grouping';
import { COUNTRY, FIRST_NAME, LAST_NAME, PLACE_NAME } from '../ner/gazetteer';
import { isCommonWord, nameLists } from '../ner/tagger';
import { isCallLetters, isMediaName } from './words';

const MIN_UNDEFINED_ACRONYM = 3;
/** A given name and a surname's initial: "jonas k". */
const INITIALED = /^\S+ \S$/;
/** A transliteration's final "h" after a vowel: "Hodeidah", "Zubairah". */
const FINAL_H = /(?<=[aeiou])h$/;

interface Chain {
  file: string;
  /** Identity: the key of the chain's most complete name. */
  key: string;
  mentions: LocalMention[];
}

export function linkEntities(docs: readonly DocumentAnalysis[]): Entity[] {
  const recurring = recurringNames(docs);
  const chainsByDocument = docs.map((d) => chainsOf(d, recurring.get(d.file)));
  const votes = typeVotes(chainsByDocument);
  const organizations = organizationsByContext(docs, votes);
  const terms = termKeys(docs);
  const named = chainsByDocument.flat().filter((c) => !terms.has(c.key) || votes.get(c.key) === 'PLACE');
  const { chains, bodies } = withOwners(named.map((c) => (organizations.has(c.key) ? asOrganization(c) : c)));
  const groups = new UnionFind();
  for (const c of chains) groups.find(c.key);
  const filesOf = new Map<string, string[]>();
  for (const c of chains) pushTo(filesOf, c.key, c.file);
  /** Whether one document names both keys. */
  const together = (a: string, b: string) => (filesOf.get(a) ?? []).some((f) => filesOf.get(b)?.includes(f));

  const isPerson = (key: string) => !organizations.has(key) && votes.get(key) === 'PERSON';
  // "Verhoek's agency" in a source that never gives the full name: the tagger took the surname for a place no
  // list has. It is the surname of the one person the corpus names with a given name and that surname.
  const isStraySurname = (key: string) => votes.get(key) === 'PLACE' && wordCount(key) === 1 && !(nameLists().lookup(key) & PLACE_NAME);
  const keys = [...votes.keys()];
  const fullNames = keys.filter((k) => isPerson(k) && wordCount(k) > 1);
  unionGroups(groups, groupBy(fullNames, firstLastOf));
  // Outlets transliterate names differently: "Oleksandr Zelenskyy" and "Olexander Zelensky".
  unionGroups(groups, groupBy(fullNames, transliterationKeyOf));
  // … and order them differently: "Kazuo Ueda" and "Ueda Kazuo" (not "Thomas Scott" and "Scott Thomas", both given names).
  unionGroups(groups, groupBy(fullNames, wordsInAnyOrder));
  // … and a Korean name's family name first or last: "Bang Ji-hoon" and "Ji-hoon Bang".
  unionGroups(groups, groupBy(fullNames, familyNameFirstOrder));
  // … and space them differently: "Lubuk Basung" and "Lubukbasung" (people with people only).
  unionGroups(groups, groupBy(keys, (k) => `${isPerson(k) ? 'p' : 'n'}:${spaceless(k)}`));
  // … and withhold a suspect's surname but its initial: "Jonas K." is the one "Jonas K…" the corpus names.
  for (const k of keys.filter((key) => isPerson(key) && INITIALED.test(key))) {
    const [given, initial] = keyWords(k);
    const named = roots(fullNames.filter((f) => f !== k && keyWords(f)[0] === given && keyWords(f).length >= 2 && keyWords(f).at(-1)!.length > 1 && keyWords(f).at(-1)!.startsWith(initial)), groups);
    if (named.size === 1) groups.union([...named][0], k);
  }
  // … and leave out the second of two surnames, as Spanish and Portuguese names go: "Rosa Quenta" is the one "Rosa Quenta
  // Mamani" (not "Mary Ann" of "Mary Ann Smith": a given name).
  // (Nor a word run on after a dash: "Malcolm Tucker-would".)
  const byFirstTwo = groupBy(fullNames.filter((k) => wordCount(k) === 3 && !isCommonWord(keyWords(k)[2])), (k) => keyWords(k).slice(0, 2).join(' '));
  for (const k of fullNames) {
    const longer = wordCount(k) === 2 && !isGivenName(keyWords(k)[1]) ? byFirstTwo.get(k) : undefined;
    if (longer?.length === 1) groups.union(longer[0], k);
  }
  // … and shorten a given name to its initial or a familiar form: "M. Raghunathan", "Tom Wielgosz", "Seun Adebayo".
  for (const [short, full] of givenNameVariants(fullNames, together)) groups.union(full, short);
  // … and end a place's name with or without an "h": "Hodeida", "Hodeidah".
  unionGroups(groups, groupBy(keys.filter((k) => votes.get(k) === 'PLACE' && wordCount(k) === 1), (k) => k.replace(FINAL_H, '')));
  // … and name a district or a river with or without its kind: "Tsangano District", "Tsangano".
  // (The name alone, read as a body's, is the place too: "The Wensum burst its banks".)
  const districts = groupBy(keys.filter((k) => votes.get(k) === 'PLACE'), districtOf);
  for (const [core, list] of districts) if (!list.includes(core) && votes.get(core) === 'ORG') list.push(core);
  unionGroups(groups, districts);
  // … and call a person by the nickname one of them quotes: 'Harold "Hal" Jessup' is "Hal Jessup".
  for (const [alias, full] of nicknamed(chains)) if (votes.get(alias) === 'PERSON' && isPerson(full)) groups.union(full, alias);
  // … and order a body's words differently: "National Civil Defense Institute", "National Institute of Civil Defense".
  unionGroups(groups, groupBy(keys.filter((k) => votes.get(k) === 'ORG'), wordSetOf));
  // … and write a body's first or last words as their initials: "Glen Corran MRT" is the one "Glen Corran Mountain Rescue
  // Team", "UCW Local 77" the one "United Coach Workers Local 77".
  // (… and a law's: "the CPR Act" is the one "Cultural Property Return Act".)
  const isLawKey = (k: string) => isLawHead(keyWords(k).at(-1)!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  const initialled = (k: string) => votes.get(k) === 'ORG' || (votes.get(k) === 'MISC' && isLawKey(k));
  const byPartInitials = groupBy(keys.filter(initialled), partInitialsOf);
  for (const k of keys) {
    const long = byPartInitials.get(k);
    if (long?.length === 1 && initialled(k) && votes.get(k) === votes.get(long[0])) groups.union(long[0], k);
  }
  // … and name a federal appeals court by its circuit in words or figures: "2nd U.S. Circuit Court of Appeals", "the Second Circuit".
  unionGroups(groups, groupBy(keys.filter((k) => votes.get(k) === 'ORG'), circuitOf));
  // … and call a storm by its name alone in a source that never gives its kind, or by another kind: "Hurricane Ida" …
  // "Ida", "Cyclone Ravia" … "TC Ravia".
  const storms = new Map<string, string>();
  for (const c of chains) {
    const name = stormKeyOf(c);
    if (!name) continue;
    if (votes.has(name)) groups.union(c.key, name);
    const first = storms.get(name);
    if (first === undefined) storms.set(name, c.key);
    else groups.union(first, c.key);
  }
  // … and leave out where a body is or what it is for: "Coastal Grid Authority of Norland" is the "Coastal Grid Authority".
  for (const [short, long] of withoutPlaceOrPurpose(keys, votes)) groups.union(short, long);
  // … and go by a variant of their name where the corpus gives one other (see NAME_VARIANTS).
  const nonPeople = keys.filter((k) => !isPerson(k));
  for (const [variant, rest] of NAME_VARIANTS) unionGroups(groups, withOneVariant(nonPeople, variant, rest));
  // … and translate a body's name, keeping its letters: "Doctors Without Borders, known by its French initials MSF"
  // is the "Médecins Sans Frontières (MSF)" of another source.
  for (const [translated, original] of translatedNames(chains)) groups.union(original, translated);

  // Short forms resolve against the groups as they stand now, so one link never enables another.
  const owners = aliasOwners(chains, groups, bodies);
  const bySurname = groupBy(fullNames, surnameFormsOf);
  // "whose father Gerald has owned the club", in a source that never gives his surname: the one person the corpus names
  // with that given name (none where it names two, or where the name is a surname too).
  const byGivenName = groupBy(fullNames, (k) => keyWords(k)[0]);
  const isLoneGivenName = (key: string) => isPerson(key) && wordCount(key) === 1 && isGivenName(key) && !bySurname.has(key);
  const byDoubleSurname = groupBy(fullNames, doubleSurnameOf);
  const hyphenated = new Set(chains.filter(isWrittenHyphenated).map((c) => c.key));
  // An acronym no source defines stands for a name with its initials only when it has three letters
  // or more and the name is no place's: "TB" is no village "Tana Biru".
  const byInitials = new Map<string, string[]>();
  for (const k of keys) {
    if (isPerson(k) || votes.get(k) === 'PLACE') continue;
    for (const initials of initialsOf(k)) if (initials.length >= MIN_UNDEFINED_ACRONYM) pushTo(byInitials, initials, k);
  }
  // … and a one-word name written in parts by its parts' initials: "GSK" for "GlaxoSmithKline"; a name by its capitalized
  // words' ("MHRA" for "Medicines and Healthcare products Regulatory Agency").
  for (const c of chains) {
    if (isPerson(c.key) || votes.get(c.key) === 'PLACE') continue;
    const spelled = new Set(c.mentions.flatMap((m) => (m.kind === 'NAME' ? [camelCaseInitials(m.text), capitalInitials(m.text)] : [])));
    for (const initials of spelled) if (initials && initials.length >= MIN_UNDEFINED_ACRONYM) pushTo(byInitials, initials, c.key);
  }
  // Companies' short names: "Luwelezi District Health", a place the tagger cut from a title, has none.
  // … not a company's unit's ("Zephyron Robotics, the unit", whose short name is the parent's).
  const units = new Set(chains.filter((c) => c.mentions.some((m) => m.unit)).map((c) => c.key));
  const byShortName = groupBy(keys.filter((k) => !isPerson(k) && votes.get(k) !== 'PLACE' && !units.has(k)), (k) => companyShortKeys(k));
  // (Whatever pronouns and descriptions refer to it: "The HSRO said it would report".)
  const acronyms = new Set(chains.filter((c) => c.mentions.some((m) => m.kind === 'ACRONYM') && c.mentions.every((m) => m.kind !== 'NAME')).map((c) => c.key));
  // Letters a dateline credits ("BEIJING (AFP) -") name a news agency there, whatever another source defines them as.
  const credited = creditedKeys(docs);
  const links: [string, string][] = [];
  // "Caldris said" in a source that never gives "Caldris Pharma": a word no list has as a person's name and no person
  // of the corpus bears, read as a person's, is the company's short name (a city's name too: "Kaiyuan said").
  const peoplesWords = new Set(fullNames.flatMap(keyWords));
  // (How many full names hold each word: a name of several words shares none with another person's.)
  const peoplesWordUses = new Map<string, number>();
  for (const w of fullNames.flatMap((f) => [...new Set(keyWords(f))])) peoplesWordUses.set(w, (peoplesWordUses.get(w) ?? 0) + 1);
  // (Their short names as one document's would be: a place's name included, since no source uses it as the place.)
  let anyShortName: Map<string, string[]> | undefined;
  const byAnyShortName = () => (anyShortName ??= groupBy(keys.filter((k) => !isPerson(k) && votes.get(k) !== 'PLACE' && !units.has(k)), (k) => companyShortKeys(k, true)));
  // (Of two words or more when the first is no given name and none is another person's: "Bosque Claro" of "Fundación
  // Bosque Claro", "Dunmore Hale" of "Dunmore Hale Capital".)
  const isStrayCompanyName = (key: string) =>
    isPerson(key) &&
    (wordCount(key) === 1
      ? !peoplesWords.has(key) && !(nameLists().lookup(key) & (FIRST_NAME | LAST_NAME))
      : !(nameLists().lookup(keyWords(key)[0]) & FIRST_NAME) && keyWords(key).every((w) => peoplesWordUses.get(w) === 1));
  for (const key of keys) {
    // (One name's owners and its owner's short name: "Larkspur" of "Larkspur Hotels Group" and of "Larkspur Hotels".)
    const owned = roots(longestOwners(owners.get(key) ?? []), groups);
    if (owned.size > 1) continue;
    // People link only to people and everything else only to non-people ("Ford" ≠ "Gerald Ford").
    const sameKind = (target: string | undefined) => (target !== undefined && isPerson(target) === isPerson(key) ? target : undefined);
    // (Not a person's name that one document gives beside the company's: "founded by Harlo Brenn, and Harlo Brenn Capital grew".)
    const company = isStrayCompanyName(key) ? unique(longestOwners(ownersOfShortName(key, byAnyShortName())).filter((o) => wordCount(key) === 1 || !together(key, o)), groups) : undefined;
    const target =
      sameKind(owned.size === 1 ? [...owned][0] : undefined) ??
      (isPerson(key) ? unique(bySurname.get(key), groups) : undefined) ??
      (isLoneGivenName(key) ? unique(byGivenName.get(key), groups) : undefined) ??
      (isStraySurname(key) ? unique(bySurname.get(key), groups) : undefined) ??
      // (A hyphenated one the tagger took for a body's too: "Moss eases past Donnelly-Vance".)
      ((isPerson(key) || (votes.get(key) === 'ORG' && hyphenated.has(key))) && mayBeDoubleSurname(key, isGivenName, hyphenated.has(key)) ? unique(byDoubleSurname.get(key), groups) : undefined) ??
      (acronyms.has(key) ? sameKind(unique(byInitials.get(key), groups)) : undefined) ??
      sameKind(unique(ownersOfShortName(key, byShortName).filter((o) => votes.get(key) !== 'PLACE' || mayBePlaceShortNameOf(o)), groups)) ??
      (company !== undefined && !isPerson(company) ? company : undefined) ??
      // "the parks agency, Sernap," where another source defines "SERNAP": the tagger's person is the body's acronym.
      (isStrayCompanyName(key) && owned.size === 1 && !isPerson([...owned][0]) ? [...owned][0] : undefined);
    if (target !== undefined && !(credited.has(key) && !isMediaName(target))) links.push([target, key]);
  }
  for (const [a, b] of links) groups.union(a, b);
  return toEntities(chains, groups);
}

/** Letters of a familiar form cut from the start of a given name ("Tom" of "Tomasz"), or from its end ("Seun" of "Oluwaseun"). */
const MIN_FRONT_FORM = 3;
const MIN_END_FORM = 4;

/** Whether given name `short` is an initial or a familiar form of `full`: "m" or "mee" of "meera", "seun" of "oluwaseun". */
function isShortGivenName(short: string, full: string): boolean {
  if (short === full || short.length >= full.length) return false;
  if (short.length <= 2) return short.length === 1 ? full.startsWith(short) : full.startsWith(short[0]) && !isGivenName(short);
  return (short.length >= MIN_FRONT_FORM && full.startsWith(short)) || (short.length >= MIN_END_FORM && full.endsWith(short));
}

/**
 * People's names that differ only in a given name shortened, as one outlet writes "M. Raghunathan"
 * or "Kit Srisawat" where another writes "Meera Raghunathan" or "Kittipong Srisawat": pairs [short,
 * full] where the full name is the only one of the corpus with that surname the short one fits. Never
 * two names that one document gives but by an initial (a family's "Tom" and "Tomasz" are two people).
 */
function givenNameVariants(fullNames: readonly string[], together: (a: string, b: string) => boolean): [string, string][] {
  const bySurname = groupBy(fullNames.filter((k) => wordCount(k) === 2 && keyWords(k)[1].length > 1), (k) => keyWords(k)[1]);
  const pairs: [string, string][] = [];
  for (const names of bySurname.values()) {
    for (const short of names) {
      const fits = names.filter((full) => isShortGivenName(keyWords(short)[0], keyWords(full)[0]));
      if (fits.length !== 1) continue;
      // (An initial stands for the one name it fits in one document too: "Justice K. Ramanathan".)
      if (!(keyWords(short)[0].length > 1 && together(short, fits[0]))) pairs.push([short, fits[0]]);
    }
  }
  return pairs;
}

/** Owners of a short name but those that are short names of another ("kaiyuan shipping" of "kaiyuan shipping group"). */
function longestOwners(owners: readonly string[]): string[] {
  return owners.filter((o) => !owners.some((p) => p !== o && companyShortKeys(p, true).includes(o)));
}

/** Keys of the agencies documents' datelines credit: "(AFP) -". */
function creditedKeys(docs: readonly DocumentAnalysis[]): Set<string> {
  const keys = new Set<string>();
  for (const doc of docs) for (const key of creditsOf(doc)) keys.add(key);
  return keys;
}

const creditsByDocument = new WeakMap<DocumentAnalysis, readonly string[]>();

function creditsOf(doc: DocumentAnalysis): readonly string[] {
  let keys = creditsByDocument.get(doc);
  if (!keys) creditsByDocument.set(doc, (keys = doc.mentions.filter((m) => m.credit).map((m) => m.localKey)));
  return keys;
}

/**
 * "The Foreign Ministry" written bare in a source → the foreign ministry the corpus names with its
 * country ("Russia's Foreign Ministry"), when that source names exactly one of the countries whose
 * foreign ministry the corpus names: the chain takes the owned body's key. Also returns the keys
 * of the owned bodies' own words ("foreign ministry").
 */
function withOwners(chains: readonly Chain[]): { chains: readonly Chain[]; bodies: ReadonlySet<string> } {
  const owned = new Map<string, { key: string; owner: string }[]>();
  const ofPlace = new Map<string, { key: string; owner: string }[]>();
  const keysInFile = new Map<string, Set<string>>();
  for (const c of chains) {
    keysInFile.set(c.file, (keysInFile.get(c.file) ?? new Set()).add(c.key));
    const owner = c.mentions.find((m) => m.owner)?.owner;
    if (owner) pushTo(owned, identityKey(owner.body), { key: c.key, owner: identityKey(owner.name) });
    // … or with its country after "of" ("Election Commission of Thailand"), or its city before ("Dayton Police Department").
    const placed = owner ? undefined : placedBody(c.key);
    if (placed) pushTo(ofPlace, placed.body, { key: c.key, owner: placed.place });
  }
  const bodies = new Set([...owned.keys(), ...ofPlace.keys()]);
  const implicit = implicitOwners(chains);
  if (owned.size === 0 && ofPlace.size === 0 && implicit.size === 0) return { chains, bodies };
  // (… or names the owned body itself: "The Election Commission said … The Election Commission of India (ECI) will …".)
  const namedIn = (c: Chain, forms: Map<string, { key: string; owner: string }[]>) =>
    new Set((forms.get(c.key) ?? []).filter((b) => keysInFile.get(c.file)!.has(b.owner) || keysInFile.get(c.file)!.has(b.key)).map((b) => b.key));
  const rekeyedAll = chains.map((c) => {
    const owners = namedIn(c, owned);
    const named = owners.size > 0 ? owners : namedIn(c, ofPlace);
    if (named.size === 1) return rekeyed(c, [...named][0]);
    const country = implicit.get(c);
    return country ? rekeyed(c, `${country}'s ${c.key}`) : c;
  });
  return { chains: rekeyedAll, bodies };
}

/** A generic body's key and the place it is of, after "of" or before it: "election commission of thailand", "dayton city council". */
const placedBody = memoized((key): { body: string; place: string } | undefined => {
  const of = OF_PLACE.exec(key);
  if (of) return isGenericBodyKey(of[1]) && nameLists().lookup(of[2]) & PLACE_NAME ? { body: of[1], place: of[2] } : undefined;
  const words = keyWords(key);
  for (let n = 1; n <= 2 && words.length - n >= 2; n++) {
    const [place, body] = [words.slice(0, n).join(' '), words.slice(n).join(' ')];
    if (nameLists().lookup(place) & PLACE_NAME && isGenericBodyKey(body)) return { body, place };
  }
  return undefined;
});

/** Mentions of one country a document needs, and how many times those of any other, for the country to be its own. */
const MIN_COUNTRY_MENTIONS = 2;
const COUNTRY_LEAD = 2;

/**
 * "Congress" bare in reports from Peru and in reports from Brazil: two legislatures. A generic
 * body named bare (owners.ts) in documents whose own country differs — the one country a document
 * names most, and by far — is each document's country's; where the corpus has one such country
 * for the body, nothing changes. Chain → the owner country's key.
 */
function implicitOwners(chains: readonly Chain[]): Map<Chain, string> {
  const countryCounts = new Map<string, Map<string, number>>();
  for (const c of chains) {
    if (!c.mentions.some((m) => m.type === 'PLACE') || !(nameLists().lookup(c.key) & COUNTRY)) continue;
    const counts = countryCounts.get(c.file) ?? new Map<string, number>();
    counts.set(c.key, (counts.get(c.key) ?? 0) + c.mentions.filter((m) => m.kind !== 'DESCRIPTION').length);
    countryCounts.set(c.file, counts);
  }
  const ownCountry = new Map<string, string>();
  for (const [file, counts] of countryCounts) {
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (first[1] >= MIN_COUNTRY_MENTIONS && first[1] >= COUNTRY_LEAD * (second?.[1] ?? 0)) ownCountry.set(file, first[0]);
  }
  const byBody = new Map<string, Chain[]>();
  for (const c of chains) {
    if (ownCountry.has(c.file) && !c.mentions.some((m) => m.owner) && isGenericBodyKey(c.key)) pushTo(byBody, c.key, c);
  }
  const out = new Map<Chain, string>();
  let keysOf: Map<string, Set<string>> | undefined;
  for (const list of byBody.values()) {
    if (new Set(list.map((c) => ownCountry.get(c.file))).size < 2) continue;
    // The documents' names, gathered only for a body two countries share (most relinks have none).
    if (!keysOf) {
      keysOf = new Map();
      for (const c of chains) keysOf.set(c.file, (keysOf.get(c.file) ?? new Set()).add(c.key));
    }
    const names = keysOf;
    // Reports of one story keep one body whatever country each names most (an Indian court in a Pakistani paper).
    const crossed = list.some((a) => list.some((b) => ownCountry.get(a.file) !== ownCountry.get(b.file) && sameStory(names.get(a.file)!, names.get(b.file)!)));
    if (!crossed) for (const c of list) out.set(c, ownCountry.get(c.file)!);
  }
  return out;
}

/** The chain under another key, the same object as last time for the same key (drafts are cached by chain). */
function rekeyed(chain: Chain, key: string): Chain {
  let copy = rekeyedChains.get(chain);
  if (copy?.key !== key) rekeyedChains.set(chain, (copy = { ...chain, key }));
  return copy;
}

/**
 * Linking is redone after every edit, so the parts that depend on one document alone are kept per
 * analysis (analyses are immutable; an edit replaces the object), and per chain what depends on
 * the chain alone. Each piece records the corpus-level input it was made from and is reused only
 * while that input is the same object, so a relink after one edit recomputes that document's
 * pieces and merges the rest.
 */
const chainsByDocument = new WeakMap<DocumentAnalysis, { recurring: readonly LocalMention[] | undefined; chains: Chain[] }>();
const organizationChains = new WeakMap<Chain, Chain>();
const rekeyedChains = new WeakMap<Chain, Chain>();
const drafts = new WeakMap<Chain, { members: readonly Chain[]; draft: Draft }>();
const aliasForms = new WeakMap<Chain, readonly string[]>();
const hyphenatedChains = new WeakMap<Chain, boolean>();

/** Whether the chain's name is written as one hyphenated word somewhere ("Watson-Hale"). */
function isWrittenHyphenated(chain: Chain): boolean {
  let hyphenated = hyphenatedChains.get(chain);
  if (hyphenated === undefined) hyphenatedChains.set(chain, (hyphenated = chain.mentions.some((m) => isHyphenatedName(m.text))));
  return hyphenated;
}

/** A key without its spaces, for names spaced differently. */
const spaceless = memoized((key) => key.replace(/ /g, ''));

const DISTRICT_KINDS = /^(.+) (?:district|province|region|county|parish|prefecture|governorate|municipality|river|desert|ocean|islands|isles|strait)$/;
/** An Irish county's, a British river's or a strait's kind before its name: "County Donegal", "River Wensum", "Strait of Hormuz". */
const COUNTY_FIRST = /^(?:county|co|river|straits? of) (.+)$/;

/**
 * The name of an unlisted district or a listed region with or without its kind ("tsangano district" → "tsangano",
 * "county kildare" → "kildare", "river wensum" → "wensum", "strait of hormuz" → "hormuz"); listed cities keep theirs
 * ("york county" is no "york", the "strait of gibraltar" no "gibraltar").
 */
const districtOf = memoized((key) => {
  const core = DISTRICT_KINDS.exec(key)?.[1] ?? COUNTY_FIRST.exec(key)?.[1] ?? key;
  return nameLists().lookup(core) & PLACE_NAME && !nameLists().isRegionOnly(core) ? undefined : core;
});

/** A two-word person's key with its words sorted, unless both are given names ("Thomas Scott", "Scott Thomas"). */
const wordsInAnyOrder = memoized((key) => (wordCount(key) === 2 && !keyWords(key).every(isGivenName) ? keyWords(key).sort().join(' ') : undefined));

/** A three-word person's key with an East Asian family name moved first ("ji hoon bang" → "bang ji hoon"); undefined for others. */
const familyNameFirstOrder = memoized((key) => {
  const words = keyWords(key);
  if (words.length !== 3) return undefined;
  if (isEastAsianFamilyName(words[0])) return key;
  return isEastAsianFamilyName(words[2]) ? [words[2], words[0], words[1]].join(' ') : undefined;
});

const stormKeys = new WeakMap<Chain, string | undefined>();

/** The key of the storm's name a chain names with its kind ("Hurricane Ida" → "ida"), kept per chain. */
function stormKeyOf(chain: Chain): string | undefined {
  if (stormKeys.has(chain)) return stormKeys.get(chain);
  const storm = chain.mentions.map((m) => (m.type === 'EVENT' ? stormNameOf(m.text.split(/\s+/)) : undefined)).find((n) => n !== undefined);
  const key = storm && identityKey(storm);
  stormKeys.set(chain, key);
  return key;
}

const CIRCUIT = new RegExp(`(?:^| )(${CIRCUIT_ORDINALS.join('|')}|federal|d\\.?c\\.?|\\d{1,2})(?:st|nd|rd|th)? (?:(?:u\\.?s\\.?|united states) )?circuit(?: court of appeals)?$`);

/** The circuit a federal appeals court's key names ("circuit 2"), whether in words or in figures. */
const circuitOf = memoized((key) => {
  const ordinal = CIRCUIT.exec(key)?.[1];
  if (ordinal === undefined) return undefined;
  const n = CIRCUIT_ORDINALS.indexOf(ordinal);
  return `circuit ${n >= 0 ? n + 1 : ordinal.replace(/\./g, '')}`;
});

/** "X of Y" with Y a place: a body's name and where it is. */
const OF_PLACE = /^(.+ .+) of ([^ ]+(?: [^ ]+)?)$/;

/**
 * (short, long) pairs of an organization named with and without the place it is of, or what it is for,
 * where the corpus names one such body for the short name: "coastal grid authority" ↔ "coastal grid
 * authority of norland"; a body every country has only with its owner ("India's Supreme Court" is the "Supreme Court
 * of India", no other "Supreme Court").
 */
function withoutPlaceOrPurpose(keys: readonly string[], votes: ReadonlyMap<string, string>): [string, string][] {
  const longs = new Map<string, string[]>();
  for (const k of keys) {
    const m = votes.get(k) === 'ORG' ? OF_PLACE.exec(k) : null;
    if (m && votes.get(m[1]) === 'ORG' && (votes.get(m[2]) === 'PLACE' || nameLists().lookup(m[2]) & PLACE_NAME) && !isGenericBodyKey(m[1])) pushTo(longs, m[1], k);
  }
  // … or with its place as its owner: "india's supreme court" ↔ "supreme court of india".
  for (const k of keys) {
    const m = votes.get(k) === 'ORG' ? OF_PLACE.exec(k) : null;
    const owned = m && `${m[2]}'s ${m[1]}`;
    if (owned && votes.get(owned) === 'ORG') pushTo(longs, owned, k);
  }
  // … or without what it is for: "kiel institute" ↔ "kiel institute for the world economy".
  for (const k of keys) {
    const m = votes.get(k) === 'ORG' ? FOR_THE.exec(k) : null;
    if (m && votes.get(m[1]) === 'ORG' && !isGenericBodyKey(m[1])) pushTo(longs, m[1], k);
  }
  return [...longs].filter(([, list]) => list.length === 1).map(([short, [long]]) => [short, long]);
}

const FOR_THE = /^(.+ .+) for the .+$/;

/** Keys grouped by what is left without `variant` (replaced by `rest`), where the group holds one key with it. */
function withOneVariant(keys: readonly string[], variant: RegExp, rest: string): Map<string, string[]> {
  const groups = groupBy(keys, (k) => k.replace(variant, rest));
  return new Map([...groups].filter(([, list]) => list.filter((k) => variant.test(k)).length === 1));
}

/**
 * Parts a body's or an event's name goes with or without, each with what stands for it without, where the corpus
 * names one other (not two: the "2026 World Cup" is no "2030 World Cup", the "Companies Act 1985" no "Companies Act
 * 2006"):
 * - an event's edition: "the 12th Velora Music Awards", "the Velora Music Awards";
 * - a law's or a statutory order's year: "the Commissions of Investigation Act 2004", "the Commissions of Investigation Act";
 * - "National" before a body's name of two words or more: "National Heritage Buildings Fund", "Heritage Buildings Fund";
 * - "International" before an event's kind: "Marenza International Film Festival", "Marenza Film Festival";
 * - a police force's head other than "Police": "North Pennines Constabulary", "North Pennines Police", "… Police Service";
 * - a numbered road's owner: "State Route 14", "Route 14";
 * - an island's "Isle of": "the Isle of Mullan", "Mullan";
 * - a Westminster house's "House of": "the House of Commons", "the Commons", "the House of Lords", "the Lords".
 */
const NAME_VARIANTS: readonly [RegExp, string][] = [
  [/^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d) (?=\S+ \S)/, ''],
  [/( (?:act|regulations|code|ordinance|order|rules))(?: of)? (?:19|20)\d\d$/, '$1'],
  [/^national (?=\S+ \S)/, ''],
  [/(?<=\S) international(?= (?:\S+ )?(?:festival|fair|show|exhibition|conference|summit|forum|awards|prize|competition|championships?|marathon|tournament|expo)$)/, ''],
  [/(?<=\S) (?:constabulary|police service|police force)$/, ' police'],
  [/^(?:state|county|farm|provincial) (?=(?:route|highway|road) \d+[a-z]?$)/, ''],
  [/^isle of (?=\S)/, ''],
  [/^house of (?=(?:commons|lords)$)/, ''],
];

/**
 * Names whose letters their sources define though their initials do not spell them, paired with the one
 * name whose initials do: "Doctors Without Borders" (MSF) → "Médecins Sans Frontières" (MSF). Never two
 * names one document gives: those are two bodies that share their letters.
 */
function translatedNames(chains: readonly Chain[]): [string, string][] {
  const definers = new Map<string, Set<string>>();
  const files = new Map<string, Set<string>>();
  for (const c of chains) {
    if (wordCount(c.key) < 2) continue;
    files.set(c.key, (files.get(c.key) ?? new Set()).add(c.file));
    for (const m of c.mentions) {
      if (m.kind !== 'ACRONYM') continue;
      const letters = identityKey(m.text);
      definers.set(letters, (definers.get(letters) ?? new Set()).add(c.key));
    }
  }
  const out: [string, string][] = [];
  for (const [letters, keys] of definers) {
    const originals = [...keys].filter((k) => initialsOf(k).includes(letters));
    if (originals.length !== 1) continue;
    const [original] = originals;
    for (const key of keys) {
      if (key !== original && ![...files.get(key)!].some((f) => files.get(original)!.has(f))) out.push([key, original]);
    }
  }
  return out;
}

/** The nickname forms of people's names quoted with one ("hal jessup" → 'harold hal jessup'), and the nickname alone ("hal"). */
function nicknamed(chains: readonly Chain[]): Map<string, string> {
  const out = new Map<string, string>();
  // … and the nickname alone, where one person of the corpus bears it: "Her sister, Sade, said" in another source.
  const alone = new Map<string, Set<string>>();
  for (const c of chains) {
    for (const m of c.mentions) {
      const nickname = m.kind === 'NAME' && m.type === 'PERSON' ? quotedNickname(m.text) : undefined;
      if (!nickname) continue;
      out.set(identityKey(`${nickname.nickname} ${nickname.surname}`), c.key);
      const key = identityKey(nickname.nickname);
      alone.set(key, (alone.get(key) ?? new Set()).add(c.key));
    }
  }
  for (const [key, people] of alone) if (people.size === 1 && !out.has(key)) out.set(key, [...people][0]);
  return out;
}

const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in']);

/**
 * A body's key with its first or last two words or more written as their initials: "glen corran mrt" of "glen corran
 * mountain rescue team", "ucw local 77" of "united coach workers local 77".
 */
const partInitialsOf = memoized((key): string[] => {
  const words = keyWords(key);
  const initials = (part: string[]) => part.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w[0]).join('');
  const out: string[] = [];
  for (let at = 1; at <= words.length - 2; at++) {
    const tail = initials(words.slice(at));
    if (tail.length >= 2) out.push([...words.slice(0, at), tail].join(' '));
  }
  for (let at = 2; at < words.length; at++) {
    const head = initials(words.slice(0, at));
    if (head.length >= 2 && !FUNCTION_WORDS.has(words[at])) out.push([head, ...words.slice(at)].join(' '));
  }
  return out;
});

/** A body's name as the set of its content words, for names of three or more ("civil defense institute national"). */
const wordSetOf = memoized((key) => {
  const words = keyWords(key).filter((w) => !FUNCTION_WORDS.has(w));
  return words.length >= 3 ? [...words].sort().join(' ') : undefined;
});
const entityByDraft = new WeakMap<Draft, { sharesId: boolean; entity: Entity }>();

/** A document's mentions, with the recurring names found in it, grouped by `localKey`. */
function chainsOf(doc: DocumentAnalysis, recurring: readonly LocalMention[] | undefined): Chain[] {
  const cached = chainsByDocument.get(doc);
  if (cached && cached.recurring === recurring) return cached.chains;
  const byKey = new Map<string, Chain>();
  for (const m of [...doc.mentions, ...(recurring ?? [])]) {
    const chain = byKey.get(m.localKey) ?? { file: doc.file, key: m.localKey, mentions: [] };
    chain.mentions.push(m);
    byKey.set(m.localKey, chain);
  }
  const chains = [...byKey.values()];
  chainsByDocument.set(doc, { recurring, chains });
  return chains;
}

function asOrganization(chain: Chain): Chain {
  let org = organizationChains.get(chain);
  if (!org) organizationChains.set(chain, (org = { ...chain, mentions: chain.mentions.map((m) => ({ ...m, type: 'ORG' })) }));
  return org;
}

/**
 * Short forms (surnames, acronyms) seen inside chains with a longer identity: form → identities.
 * The words of an owned body are no short form of it: they name every country's (`bodies`, withOwners).
 */
function aliasOwners(chains: readonly Chain[], groups: UnionFind, bodies: ReadonlySet<string>): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const c of chains) for (const form of aliasFormsOf(c)) if (!bodies.has(form)) pushTo(owners, form, groups.find(c.key));
  return owners;
}

/** The keys of the chain's names other than its identity, once per name mention. */
function aliasFormsOf(chain: Chain): readonly string[] {
  let forms = aliasForms.get(chain);
  if (forms) return forms;
  forms = chain.mentions.filter((m) => m.kind !== 'DESCRIPTION').map((m) => m.contextKey ?? identityKey(m.text)).filter((form) => form !== chain.key);
  aliasForms.set(chain, forms);
  return forms;
}

/** The groups the candidates belong to. */
function roots(candidates: readonly string[] | undefined, groups: UnionFind): Set<string> {
  return new Set((candidates ?? []).map((k) => groups.find(k)));
}

/** The single group the candidates belong to, if they all belong to one. */
function unique(candidates: readonly string[] | undefined, groups: UnionFind): string | undefined {
  const found = roots(candidates, groups);
  return found.size === 1 ? [...found][0] : undefined;
}

function toEntities(chains: readonly Chain[], groups: UnionFind): Entity[] {
  const members = new Map<string, Chain[]>();
  for (const c of chains) pushTo(members, groups.find(c.key), c);
  const described = [...members.values()].map(draftOf);
  const idCount = new Map<string, number>();
  for (const d of described) idCount.set(d.id, (idCount.get(d.id) ?? 0) + 1);
  const entities = described.map((d) => entityOf(d, idCount.get(d.id)! > 1));
  return entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** An entity before ids are made unique, with the id it has when its name is unique. */
type Draft = Entity & { key: string };

/** The draft of the entity made of these chains; the same as last time when its chains are. */
function draftOf(members: readonly Chain[]): Draft {
  const cached = drafts.get(members[0]);
  if (cached && cached.members.length === members.length && cached.members.every((c, i) => c === members[i])) return cached.draft;
  const draft = describe(members);
  drafts.set(members[0], { members, draft });
  return draft;
}

/** The entity of a draft, with the id made unique when another entity has the same name. */
function entityOf(draft: Draft, sharesId: boolean): Entity {
  const cached = entityByDraft.get(draft);
  if (cached?.sharesId === sharesId) return cached.entity;
  const { key, ...rest } = draft;
  const entity = { ...rest, id: sharesId ? entityId(rest.type, key, true) : rest.id };
  entityByDraft.set(draft, { sharesId, entity });
  return entity;
}

/** Name, type, aliases, roles and mentions of one entity from its chains. */
function describe(chains: readonly Chain[]): Draft {
  // The identity: the most complete name, and of equally long ones the most used ("Tetiana Melnyk"
  // in three sources over "Tatyana Melnik" in one).
  const uses = new Map<string, number>();
  for (const c of chains) uses.set(c.key, (uses.get(c.key) ?? 0) + c.mentions.length);
  // A given name shortened is no identity while its full form is known: "Philip Schiller", not "Phil Schiller".
  const shortened = (k: string) => wordCount(k) === 2 && [...uses.keys()].some((o) => wordCount(o) === 2 && keyWords(o)[1] === keyWords(k)[1] && isShortGivenName(keyWords(k)[0], keyWords(o)[0]));
  const keyRank = (k: string) => [-wordCount(k), Number(shortened(k)), -uses.get(k)!];
  const key = [...uses.keys()].reduce((best, k) => {
    const order = compareRanks(keyRank(k), keyRank(best));
    return order < 0 || (order === 0 && moreComplete(k, best)) ? k : best;
  });
  const all = chains.flatMap((c) => c.mentions.map((m) => ({ file: c.file, m })));
  const names = all.filter(({ m }) => m.kind !== 'DESCRIPTION');
  // A title the text names as a work in quotes is one wherever no cue says so (votes.ts).
  // … and a "person" is what its context says in one source, where others leave it to the tagger (votes.ts).
  const guessed = majorityTypeFor(key, names.map(({ m }) => m.type));
  // (A title before a person's name is a cue too: one source's "the tabloid Castell is suing" makes no body of "Actor Nico Castell".)
  const cued = guessed === 'PERSON' ? names.flatMap(({ m }) => (m.cued ? [m.cued] : m.type === 'PERSON' && m.roles.length > 0 ? ['PERSON' as const] : [])) : [];
  // "Gilead Sciences" and "Gilead", read as a place twice (or a person): a name ending in a business word is a company's.
  // … and "Fundación Bosque Claro", read as a person where a source writes "Bosque Claro": its kind first makes a body.
  // … and "Kelmar Pvt Ltd" in one source, "Kelmar said" in another: a legal form anywhere makes a company.
  const legal = () => names.some(({ m }) => isLegalDesignator(m.text.slice(m.text.lastIndexOf(' ') + 1).replace(/\.$/, '')));
  const company = ((guessed === 'PLACE' || guessed === 'PERSON') && ((wordCount(key) > 1 && isBusinessWord(keyWords(key).at(-1)!)) || legal())) || (guessed !== 'ORG' && opensWithCompanyHead(key));
  // A storm named with its kind anywhere is the storm wherever its name stands alone ("Ida" read as a person).
  const storm = chains.some((c) => stormKeyOf(c) !== undefined);
  // … a river or a district named with its kind is a place, though its name alone read as a body's ("the Wensum burst …");
  const district = (DISTRICT_KINDS.test(key) || COUNTY_FIRST.test(key)) && names.some(({ m }) => m.type === 'PLACE');
  // … and an operation named by its code name is one where its code name stands alone ("the Blackthorn raids").
  const operation = keyWords(key)[0] === 'operation' && names.some(({ m }) => m.type === 'EVENT');
  // An acronym a source defines is no person's, whatever the tagger made of it in another ("the parks agency, Sernap,").
  // (Known by that one word alone: "CAPALDI!" in a shouted headline is no acronym of "Peter Capaldi".)
  const defined = guessed === 'PERSON' && wordCount(key) === 1 && names.some(({ m }) => m.kind === 'ACRONYM' && names.some((n) => n.m.kind === 'NAME' && n.m.text.toUpperCase() === m.text));
  const type = names.some(({ m }) => m.work) ? 'MISC' : storm || operation ? 'EVENT' : district ? 'PLACE' : cued.length > 0 ? majorityTypeFor(key, cued) : company || defined ? 'ORG' : guessed;
  const texts = ranked(names.map(({ m }) => m.text));
  // The fullest spelling of the identity: "United States" rather than "U.S.", "Ana Ruiz" rather than a
  // shouted headline's "ANA RUIZ", the spelling the identity is keyed by ("Kyiv", not "Kiev"), else the most used.
  // (Abbreviated the last: "Washington" rather than "Wash.", the state keyed by either.)
  const rank = (t: string) => [Number(isAllCaps(t)), -wordCount(nameKey(t)), Number(nameKey(t) !== key), Number(t.endsWith('.'))];
  const keyed = new Set(names.filter(({ m }) => (m.contextKey ?? identityKey(m.text)) === key).map(({ m }) => m.text));
  const spellings = texts.filter((t) => keyed.has(t));
  const spelled = spellings.reduce((best, t) => (compareRanks(rank(t), rank(best)) < 0 ? t : best), spellings[0] ?? texts[0]);
  // Known only from capitals that spell no acronym (a dateline's "JAKARTA"): shown as a name is written;
  // not a model ("ATR 72-600") nor a station ("KTFR-TV").
  const shouted = isAllCaps(spelled) && SHOUTED_WORD.test(spelled) && !/\d/.test(spelled) && !isCallLetters(spelled.split(/[-\s]/)[0]) && names.every(({ m }) => m.kind === 'NAME');
  const name = ownedName(names.map(({ m }) => m)) ?? (shouted ? titleCased(spelled) : spelled);
  return {
    id: entityId(type, key, false),
    key,
    name,
    type,
    aliases: texts.filter((t) => t !== name),
    roles: dedupeRoles(all.flatMap(({ m }) => m.roles)),
    mentions: all
      .map(({ file, m }) => ({ file, start: m.start, end: m.end, text: m.text, kind: m.kind }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start)),
  };
}

/**
 * A generic body is shown with its owner: as written with its demonym ("Russian Foreign Ministry"),
 * else with the owner after it ("Foreign Ministry (Russia)").
 */
function ownedName(mentions: readonly LocalMention[]): string | undefined {
  const owned = mentions.filter((m) => m.owner);
  if (owned.length === 0) return undefined;
  const written = owned.filter((m) => m.text !== m.owner!.body);
  if (written.length > 0) return ranked(written.map((m) => m.text))[0];
  const [body, owner] = [ranked(owned.map((m) => m.owner!.body))[0], ranked(owned.map((m) => m.owner!.name))[0]];
  // "Supreme Court of India", where a source writes the name so.
  return mentions.find((m) => m.text === `${body} of ${owner}`)?.text ?? `${body} (${owner})`;
}

const LOWER = /\p{Ll}/u;
/** A word in capitals long enough to be no code ("JAKARTA", not "3M"). */
const SHOUTED_WORD = /\p{Lu}{3,}/u;

/** Capitals only: "ANA RUIZ" from a shouted headline (or an acronym, all of whose spellings are). */
function isAllCaps(text: string): boolean {
  return !LOWER.test(text);
}

/** Particles that stay in lower case inside a place's name: "Rio de Janeiro", "Aix-en-Provence". */
const NAME_PARTICLES = /^(?:de|del|della|di|da|dos|das|du|des|la|les|en|sur|am|upon)$/;

/** "PORTO ALEGRE" → "Porto Alegre", "O'NEILL" → "O'Neill", "RIO DE JANEIRO" → "Rio de Janeiro". */
function titleCased(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-'’])(\p{L}+)/gu, (_, before: string, word: string) =>
    before && before !== "'" && before !== '’' && NAME_PARTICLES.test(word) ? before + word : before + word[0].toUpperCase() + word.slice(1),
  );
}

/** Lexicographic order of rank tuples. */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Distinct strings, most frequent first, then alphabetical. */
function ranked(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([t]) => t);
}

/** Roles without case or spacing duplicates, most frequent first. */
function dedupeRoles(roles: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const r of ranked(roles.map((r) => r.replace(/\s+/g, ' ').trim()))) {
    const k = r.toLowerCase();
    if (!byKey.has(k)) byKey.set(k, r);
  }
  return [...byKey.values()];
}
