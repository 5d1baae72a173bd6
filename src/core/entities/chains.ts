/**
 * Within-document chains: which mentions of one document refer to the same entity. Same name
 * (by key), surname ↔ full name when only one person in the document has that surname, first and
 * last name ↔ name with middle names, and acronyms defined or abbreviating a name of the document.
 * Each chain gets one type, by majority over its mentions.
 */
import type { EntityType, LocalMention } from '../types';
import { COUNTRY, FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isCommonWord, nameLists } from '../ner/tagger';
import { acronymLetters, initialsOf } from './acronyms';
import { companyShortKeys, councilWithoutKind, isCompanyTail, mayBePlaceShortNameOf, ownersOfShortName } from './companies';
import { identityKey, isLegalDesignator } from './identity';
import { ownedKey } from './owners';
import { isFeatureHead, isPeopleGroupHead, isPlaceOnly, isProductNoun, isPublicationHead, isShipPrefix, stormNameOf } from './types';
import { capitalized } from '../nlp/letters';
import { keyWords, wordCount } from './normalize';
import { doubleSurnameOf, firstLastOf, isHyphenatedName, mayBeDoubleSurname, quotedNickname, surnameBeforeLast, surnameFormsOf } from './surnames';
import { groupBy, pushTo, unionGroups, UnionFind } from './grouping';
import { isMediaName } from './words';
import { type Gender, givenNameGender } from './gender';
import { fullGivenNames } from './nicknames';
import { officeOf } from './titles';

/**
 * A mention before linking; `courtesy`, the gender its courtesy title says ("Ms. Vossberg");
 * `personal`, the words around it say it is a person's ("Sharma, 58,"); `unrelated`, its sentence says it is no
 * relation of someone ("Pierce, who is not related to the driver,").
 */
export type Draft = Omit<LocalMention, 'localKey'> & { courtesy?: Gender; personal?: true; unrelated?: true };

/** Order used to break ties between equally frequent types. */
const TYPE_ORDER: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'FACILITY', 'EVENT', 'PRODUCT', 'MISC'];

/** The most frequent of the types voted for the name `key`, ties broken as `mostCountedFor` does. */
export function majorityTypeFor(key: string, types: Iterable<EntityType>): EntityType {
  return mostCountedFor(key, counted(types));
}

function counted(types: Iterable<EntityType>): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The type with the highest count, ties broken by `TYPE_ORDER`. */
export function mostCounted(counts: ReadonlyMap<EntityType, number>): EntityType {
  let best: EntityType = 'MISC';
  let bestCount = 0;
  for (const t of TYPE_ORDER) {
    const n = counts.get(t) ?? 0;
    if (n > bestCount) [best, bestCount] = [t, n];
  }
  return best;
}

/**
 * The type of the name `key` with the highest count, except that a listed place counted as often a
 * place as an organization is a place ("Qatar says" in a headline, "Qatar's prime minister" below),
 * and one no list has as a name is a place when counted a place half as often as a person.
 */
export function mostCountedFor(key: string, counts: ReadonlyMap<EntityType, number>): EntityType {
  const type = mostCounted(counts);
  // "Warsaw" a person in five mentions ("Warsaw signs"), a place in three: a place no list has as a name is that place.
  if (type === 'PERSON' && 2 * (counts.get('PLACE') ?? 0) >= counts.get('PERSON')! && wordCount(key) === 1 && isPlaceOnly(key)) return 'PLACE';
  return type === 'ORG' && counts.get('PLACE') === counts.get('ORG') && nameLists().lookup(key) & PLACE_NAME ? 'PLACE' : type;
}

/** A name ending in a legal form: "Ferris Holt LLP". */
function hasLegalForm(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && isLegalDesignator(words[words.length - 1]);
}

/** A listed given name. */
export function isGivenName(word: string): boolean {
  return (nameLists().lookup(word) & FIRST_NAME) !== 0;
}

/**
 * Links the mentions of one document into chains. `aliases` are acronym definitions found in the
 * text ("Long Name (LN)"), as pairs of names; `sentenceOf` gives the sentence of an offset.
 */
export function buildChains(drafts: readonly Draft[], aliases: readonly [string, string][], sentenceOf: (offset: number) => number): LocalMention[] {
  const keyOf = drafts.map((d) => (d.owner ? ownedKey(d.owner) : (d.contextKey ?? identityKey(d.text))));
  const typesByKey = new Map<string, EntityType[]>();
  drafts.forEach((d, i) => {
    pushTo(typesByKey, keyOf[i], d.type);
    // (A dateline's place outweighs the same word in capitals read as letters: "HARWICK, May 3 — HARWICK was celebrating".)
    if (d.cued === 'PLACE' && d.type === 'PLACE') pushTo(typesByKey, keyOf[i], d.type);
  });
  const typeOf = new Map([...typesByKey].map(([k, types]) => [k, majorityTypeFor(k, types)]));
  const keys = [...typeOf.keys()];
  const chains = new UnionFind();
  for (const k of keys) chains.find(k);

  // A defined acronym stands for its long name as owned there: "the Indonesian Red Cross (PMI)".
  const ownedAs = new Map(drafts.flatMap((d, i) => (d.owner ? [[identityKey(d.text), keyOf[i]] as const] : [])));
  const aliasKey = (name: string) => ownedAs.get(identityKey(name)) ?? identityKey(name);
  for (const [long, short] of aliases) chains.union(aliasKey(long), aliasKey(short));
  unionGroups(chains, ownedBodies(drafts, keyOf));
  const hyphenated = new Set(drafts.filter((d) => isHyphenatedName(d.text)).map((d) => identityKey(d.text)));
  // The words of the document's people's full names: "Mark Ellison", "Paul Ellison" … "Ellison's truck", a surname of
  // them, however ambiguous, is theirs.
  const peoplesWords = new Set(keys.filter((k) => typeOf.get(k) === 'PERSON' && wordCount(k) > 1).flatMap(keyWords));
  const surnames = linkPeople(keys, typeOf, chains, hyphenated, peoplesWords);
  // 'Harold "Hal" Jessup' … "Hal said": the nickname alone is the person.
  drafts.forEach((d, i) => {
    const nickname = d.type === 'PERSON' ? quotedNickname(d.text) : undefined;
    const key = nickname && identityKey(nickname.nickname);
    if (!key || !typeOf.has(key) || surnames.has(key) || chains.find(key) !== key) return;
    chains.union(keyOf[i], key);
    surnames.add(key);
  });
  // "Cyclone Marisol" … "After Marisol": a storm's name alone is the storm.
  const storms = new Set<string>();
  drafts.forEach((d, i) => {
    const name = d.type === 'EVENT' ? stormNameOf(d.text.split(/\s+/)) : undefined;
    const key = name && identityKey(name);
    if (!key || !typeOf.has(key) || surnames.has(key)) return;
    chains.union(keyOf[i], key);
    storms.add(key);
  });
  // Organizations the words around them define ("Tianqi Lithium, the Chinese company that …"), and the acronyms.
  const cuedBodies = new Set(keyOf.filter((k, i) => drafts[i].cued === 'ORG' && wordCount(k) > 1));
  const acronyms = new Set(keyOf.filter((_, i) => drafts[i].kind === 'ACRONYM'));
  const units = new Set(keyOf.filter((_, i) => drafts[i].unit));
  // Surnames read as a person's by their courtesy title or their setting: "Ms. Vossberg", "Sharma, 58,".
  const titled = new Set(keyOf.filter((_, i) => drafts[i].courtesy || drafts[i].personal));
  const shortNames = linkCompanies(keys, typeOf, chains, surnames, units, titled, peoplesWords, (k, owners) => !acronyms.has(k) && owners.length === 1 && cuedBodies.has(owners[0]));
  // (A company's short name is no feature's: "Calder said" beside "Calder Bank" and "the Calder Valley".)
  const features = linkShortForms(keys, chains, new Set([...surnames, ...shortNames]), (k) => featureShorts(k, typeOf));
  // (Not a town the text makes a place: "in Kessental" beside the "Kessental Arena", "sailed to Caran Bay" beside the "MV Caran Bay".)
  const surnamesAndPlaces = new Set([...surnames, ...keys.filter((k) => typeOf.get(k) === 'PLACE')]);
  const instruments = new Set([
    ...linkShortForms(keys, chains, surnames, (k) => instrumentShorts(k, typeOf)),
    ...linkShortForms(keys, chains, surnamesAndPlaces, (k) => shipShorts(k, typeOf)),
  ]);
  const facilities = linkShortForms(keys, chains, surnamesAndPlaces, (k) => facilityShorts(k, typeOf));
  linkShortForms(keys, chains, surnames, (k) => councilShorts(k, typeOf));
  linkShortForms(keys, chains, surnames, (k) => placeLessShorts(k, typeOf));
  linkAcronyms(drafts, keyOf, typeOf, chains);
  for (const k of sharedSurnames(drafts, keyOf, keys, typeOf, chains, sentenceOf)) surnames.add(k);

  // One type per chain: majority over its names (acronyms only when it has nothing else);
  // a surname linked to a full name counts as a person.
  const chainTypes = new Map<string, { names: EntityType[]; all: EntityType[] }>();
  drafts.forEach((d, i) => {
    const root = chains.find(keyOf[i]);
    const votes = chainTypes.get(root) ?? { names: [], all: [] };
    // "Warsaw is setting the pace": a listed place no list has as a name is no person, unless it is a surname here.
    const placeOnly = d.type === 'PERSON' && d.kind === 'NAME' && d.cued !== 'PERSON' && wordCount(keyOf[i]) === 1 && isPlaceOnly(d.text);
    const type = surnames.has(keyOf[i]) ? 'PERSON' : storms.has(keyOf[i]) ? 'EVENT' : shortNames.has(keyOf[i]) ? 'ORG' : features.has(keyOf[i]) || placeOnly ? 'PLACE' : instruments.has(keyOf[i]) ? 'PRODUCT' : facilities.has(keyOf[i]) ? 'FACILITY' : d.type;
    votes.all.push(type);
    if (d.kind !== 'ACRONYM') {
      votes.names.push(type);
      // A name whose setting says its type (a dateline's place, "a group called …") outweighs a guess, and so does a
      // company's legal form ("Ferris Holt LLP" … "Ferris Holt said") and a dateline's credit ("(Meridian) -" … "told Meridian").
      if ((d.cued === type && type !== 'PERSON') || (type === 'ORG' && (hasLegalForm(d.text) || d.credit))) votes.names.push(type);
    }
    chainTypes.set(root, votes);
  });
  const chainType = new Map([...chainTypes].map(([root, v]) => [root, majorityTypeFor(root, v.names.length > 0 ? v.names : v.all)]));
  // A name the text defines a short form for types its chain: the short form is often an unknown word ("Banxico").
  // A "place" no list has that defines one is a body named like a place: "New Moldova (NMi)", a party (not a
  // natural feature with a nickname: "Brackenfell Glacier, the so-called Widowmaker Glacier").
  for (const [long] of aliases) {
    const type = typeOf.get(aliasKey(long));
    const unlisted = type === 'PLACE' && !(nameLists().lookup(aliasKey(long)) & (PLACE_NAME | COUNTRY)) && !isFeatureHead(keyWords(aliasKey(long)).at(-1)!);
    if (type && type !== 'PERSON') chainType.set(chains.find(aliasKey(long)), unlisted ? 'ORG' : type);
  }
  const canonical = canonicalKeys(keys, chains);
  return drafts.map(({ courtesy: _, personal: __, ...d }, i) => {
    const root = chains.find(keyOf[i]);
    return { ...d, type: chainType.get(root)!, localKey: canonical.get(root)! };
  });
}

/** A body named without its owner ("the Foreign Ministry") → the one owned body of the document with those words. */
function ownedBodies(drafts: readonly Draft[], keyOf: readonly string[]): Map<string, string[]> {
  const owned = new Map<string, Set<string>>();
  drafts.forEach((d, i) => {
    if (!d.owner) return;
    const body = identityKey(d.owner.body);
    owned.set(body, (owned.get(body) ?? new Set()).add(keyOf[i]));
  });
  const groups = new Map<string, string[]>();
  drafts.forEach((d, i) => {
    const owners = d.owner ? undefined : owned.get(keyOf[i]);
    if (owners?.size === 1) groups.set(keyOf[i], [keyOf[i], ...owners]);
  });
  return groups;
}

/**
 * Surname ↔ full name, and "first last" ↔ "first middle last", when unambiguous in the document.
 * Returns the keys linked as surnames.
 */
function linkPeople(
  keys: readonly string[],
  typeOf: ReadonlyMap<string, EntityType>,
  chains: UnionFind,
  hyphenated: ReadonlySet<string>,
  peoplesWords: ReadonlySet<string>,
): Set<string> {
  const fullNames = keys.filter((k) => typeOf.get(k) === 'PERSON' && wordCount(k) > 1);
  const isFullName = new Set(fullNames);
  unionGroups(chains, groupBy(fullNames, firstLastOf));
  const bySurname = groupBy(fullNames, surnameFormsOf);
  const byFirstName = groupBy(fullNames, (k) => keyWords(k)[0]);
  const byMiddle = groupBy(fullNames, (k) => surnameBeforeLast(k, isGivenName));
  const linked = new Set<string>();
  // A two-word key that is the last two words of one longer name, written with a hyphen or opening
  // with no given name, is its double surname ("Solberg-Haugen" for "Ingrid Solberg-Haugen"), even
  // where the tagger called the hyphenated form a body ("Ampofo-Danso has always denied …").
  const byDoubleSurname = groupBy(fullNames, doubleSurnameOf);
  for (const k of keys.filter((key) => isFullName.has(key) || (hyphenated.has(key) && wordCount(key) === 2))) {
    const owners = new Set((byDoubleSurname.get(k) ?? []).map((n) => chains.find(n)));
    if (owners.size !== 1 || !mayBeDoubleSurname(k, isGivenName, hyphenated.has(k))) continue;
    chains.union([...owners][0], k);
    linked.add(k);
  }
  // "Vrana's shares" beside "Vrana Biologics" and its founder "Otto Vrana": a name the text calls an
  // organization and a company of the document is named by is the company's (linkCompanies).
  // (A firm named for its partners goes by no partner's surname alone: "Whitcombe said" beside "Graham Whitcombe of
  // Whitcombe Reyes LLP" is the lawyer.)
  const companyShorts = new Set(
    keys.filter((k) => typeOf.get(k) === 'ORG').flatMap((k) => [...companyShortKeys(k, true), ...(wordCount(k) > 1 && !isPartnersFirm(k, peoplesWords) ? [keyWords(k)[0]] : [])]),
  );
  for (const k of keys) {
    if (isFullName.has(k) || (typeOf.get(k) === 'ORG' && companyShorts.has(k))) continue;
    // Within one document a word equal to the surname of its only person with that surname is
    // that person, whatever the tagger called it there (it often calls unseen surnames places).
    // Failing that, a first name of exactly one person ("Laci" for "Laci Peterson").
    // A first name must not be a place the tagger did not call a person: "Texas" is no given
    // name in "Texas Longhorns" (surnames are kept: "Jordan" after "Michael Jordan").
    const place = typeOf.get(k) !== 'PERSON' && (nameLists().lookup(k) & PLACE_NAME) !== 0;
    const surnames = new Set((bySurname.get(k) ?? []).map((n) => chains.find(n)));
    // (… or of its full form, where no one has the short one: "Greg" for "Gregory Tallis".)
    const given = byFirstName.get(k) ?? (wordCount(k) === 1 ? fullGivenNames(k).flatMap((full) => byFirstName.get(full) ?? []) : []);
    const firstNames = new Set(place ? [] : given.map((n) => chains.find(n)));
    // Then the word before the last surname of one person, for a person of the text: "Quispe" said by
    // "Marisol Quispe Huanca", a first surname no list knows.
    const middles = new Set(typeOf.get(k) === 'PERSON' ? (byMiddle.get(k) ?? []).map((n) => chains.find(n)) : []);
    const people = surnames.size > 0 ? surnames : firstNames.size > 0 ? firstNames : middles;
    if (people.size === 1) {
      chains.union([...people][0], k);
      linked.add(k);
    }
  }
  return linked;
}

/** Sentences after a titled surname that picked another person over which a bare surname is still theirs. */
const PICKED_SENTENCES = 2;

/**
 * A bare surname that two people of the document bear ("Naomi Adeyemi … her husband, Tunde
 * Adeyemi … Adeyemi sued") is the one introduced first, the story's subject: relatives come later
 * and go by their given names. A courtesy title of the other gender picks the latest of that gender
 * introduced ("Mr. Adeyemi said" after "her son, Femi Adeyemi"). Mentions before the subject's first
 * full name stay apart, and so do all when two of them are introduced in one sentence. Rewrites those mentions' keys in `keyOf`; returns the
 * keys so assigned.
 */
function sharedSurnames(
  drafts: readonly Draft[],
  keyOf: string[],
  keys: readonly string[],
  typeOf: ReadonlyMap<string, EntityType>,
  chains: UnionFind,
  sentenceOf: (offset: number) => number,
): string[] {
  const fullNames = keys.filter((k) => typeOf.get(k) === 'PERSON' && wordCount(k) > 1);
  const isFullName = new Set(fullNames);
  const firstSeen = new Map<string, number>();
  drafts.forEach((d, i) => {
    const root = chains.find(keyOf[i]);
    if (isFullName.has(keyOf[i]) && !firstSeen.has(root)) firstSeen.set(root, d.start);
  });
  const genderOf = new Map<string, Gender>();
  // The offices people hold where their full names stand: "Councillor Tom Abbot" is a councillor.
  const officesOf = new Map<string, string[]>();
  drafts.forEach((d, i) => {
    if (!isFullName.has(keyOf[i])) return;
    const gender = d.courtesy ?? givenNameGender(keyWords(keyOf[i])[0]);
    if (gender) genderOf.set(chains.find(keyOf[i]), gender);
    for (const role of d.roles) pushTo(officesOf, chains.find(keyOf[i]), officeOf(role));
  });
  const assigned: string[] = [];
  for (const [surname, names] of groupBy(fullNames, surnameFormsOf)) {
    const people = [...new Set(names.map((n) => chains.find(n)))].sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
    // The surname alone is on its own still, or only with a nickname ("Ms. Vossberg, known as Mimi"), not with a firm or a person.
    if (people.length < 2 || wordCount(surname) !== 1 || typeOf.get(surname) === undefined) continue;
    const root = chains.find(surname);
    if (keys.some((k) => chains.find(k) === root && wordCount(k) > 1)) continue;
    const first = people[0];
    // Introduced together ("John Smith and Mary Smith came"), neither is the subject: only a title of one's gender or office
    // picks one ("Mr Pryce" after "Gareth Pryce, no relation to Helen Pryce", "Cllr Fenwick" after "Neil Fenwick, whose
    // mother, Cllr Margaret Fenwick").
    const together = people.some((p) => p !== first && sentenceOf(firstSeen.get(p)!) === sentenceOf(firstSeen.get(first)!));
    if (together) {
      drafts.forEach((d, i) => {
        if (keyOf[i] !== surname || d.kind !== 'NAME') return;
        const before = people.filter((p) => firstSeen.get(p)! < d.start);
        // (Of a gender no other is: "Mr" is not Helen's, whatever gender "Gareth" has.)
        const titled = d.courtesy ? before.filter((p) => (genderOf.get(p) ?? d.courtesy) === d.courtesy) : d.roles.length > 0 ? before.filter((p) => officesOf.get(p)?.includes(officeOf(d.roles[0]))) : [];
        if (titled.length !== 1) return;
        keyOf[i] = titled[0];
        if (!assigned.includes(titled[0])) assigned.push(titled[0]);
      });
      continue;
    }
    let nicknamed = root === surname;
    // The other person a title picked, and its sentence: the bare surname right after is theirs still ("Mr. Strand said.
    // … Strand said the firm would appeal").
    let picked: { person: string; sentence: number } | undefined;
    drafts.forEach((d, i) => {
      if (keyOf[i] !== surname || d.kind !== 'NAME' || d.start <= firstSeen.get(first)!) return;
      // A title of the subject's gender is the subject's; of the other, the latest of that gender introduced ("Mr." after "her son").
      // An office is that of the one person introduced holding it ("Cllr Abbot" after "Councillor Tom Abbot").
      const holders = d.courtesy || d.roles.length === 0 ? [] : people.filter((p) => firstSeen.get(p)! < d.start && officesOf.get(p)?.includes(officeOf(d.roles[0])));
      const sentence = sentenceOf(d.start);
      // (… and a title of the subject's gender too, where another of it was introduced just before: "Her daughter, Amira
      // Varga, told GRN … 'Mum is tough,' Ms Varga said.")
      const latest = d.courtesy ? people.filter((p) => firstSeen.get(p)! < d.start && genderOf.get(p) === d.courtesy).at(-1) : undefined;
      const justIntroduced = latest !== undefined && latest !== first && sentence - sentenceOf(firstSeen.get(latest)!) <= PICKED_SENTENCES ? latest : undefined;
      // A surname said to be no relation of someone is not the subject's but the latest other introduced: "said Kayla Pierce …
      // Pierce, who is not related to the driver" after the driver "Ronald Pierce"; "(Landry is no relation to this reporter.)".
      const unrelated = d.unrelated ? people.filter((p) => p !== first && firstSeen.get(p)! < d.start).at(-1) : undefined;
      const other = unrelated ?? (d.courtesy && genderOf.get(first) !== d.courtesy ? latest : justIntroduced ?? (holders.length === 1 ? holders[0] : undefined));
      const continued = !d.courtesy && picked !== undefined && sentence - picked.sentence <= PICKED_SENTENCES ? picked.person : undefined;
      picked = other ? { person: other, sentence } : d.courtesy ? undefined : picked;
      keyOf[i] = other ?? continued ?? first;
      if (!assigned.includes(keyOf[i])) assigned.push(keyOf[i]);
      // The nickname given with the first of these mentions is that person's.
      if (!nicknamed) chains.union(keyOf[i], surname);
      nicknamed = true;
    });
  }
  return assigned;
}

/**
 * A company's short name ↔ its full name ("Lumora" ↔ "Lumora Technologies"), or the body word an
 * organization's name ends in ↔ its full name ("Commission" ↔ "European Commission"), or else the
 * first word of an organization's name ("Quarrow" ↔ "Quarrow Forensics"), when exactly
 * one organization of the document has that short name, whatever the tagger called the short name
 * ("Lumora said …" reads like a person), unless it is a person's surname there or one of the
 * document's people's read as a person's ("Ms. Vossberg", "Sharma, 58,"). Returns the keys linked as short names.
 */
function linkCompanies(
  keys: readonly string[],
  typeOf: ReadonlyMap<string, EntityType>,
  chains: UnionFind,
  surnames: ReadonlySet<string>,
  units: ReadonlySet<string>,
  titled: ReadonlySet<string>,
  peoplesWords: ReadonlySet<string>,
  leadsDefinedBody: (key: string, owners: readonly string[]) => boolean,
): Set<string> {
  // A company's unit goes by no short name: "Zephyron" beside "Zephyron Robotics, the unit" is the parent.
  const companies = keys.filter((k) => typeOf.get(k) === 'ORG' && !units.has(k));
  const byShortName = groupBy(companies, (k) => companyShortKeys(k, true));
  // Within a document an organization also goes by its last word when that names a body: "the Commission", "Congress".
  // … or by the head before "of", "on" or "for" ("the Bank" of the "Bank of Norland", the "Committee" of the "Standing
  // Committee on Finance").
  // … and a newspaper by its last two words: the "Morning Ledger" of the "Westvale Morning Ledger" (whose head is then
  // the whole name's alone).
  const paperTail = (k: string) => (wordCount(k) >= 3 && isPublicationHead(keyWords(k).at(-1)!) ? keyWords(k).slice(-2).join(' ') : undefined);
  const paperTails = new Set(companies.flatMap((k) => paperTail(k) ?? []));
  const byHead = groupBy(companies.filter((k) => wordCount(k) > 1 && !paperTails.has(k)), (k) => {
    const words = keyWords(k);
    const of = words.findIndex((w) => w === 'of' || w === 'on' || w === 'for');
    if (of > 0) return [words[of - 1], words.at(-1)!];
    const tail = paperTail(k);
    return tail ? [words.at(-1)!, tail] : words.at(-1);
  });
  const byOfHead = groupBy(companies, (k) => {
    const of = keyWords(k).indexOf('of');
    return of >= 2 ? keyWords(k).slice(0, of).join(' ') : undefined;
  });
  const byLead = leadingWords(companies);
  const linked = new Set<string>();
  for (const k of keys) {
    const place = (nameLists().lookup(k) & PLACE_NAME) !== 0;
    // (… and a group by its people: "the Friends" of the "Friends of Gannet Rock Light".)
    const body = (nameLists().lookup(k) & ORG_WORD) !== 0 || GOVERNMENT_HEADS.test(k) || isPeopleGroupHead(capitalized(k));
    // … or, in the plural, by what it is of: "the Commons" of the "House of Commons" (not a place: "Bank of England").
    const complement = /s$/.test(k) && typeOf.get(k) === 'ORG' && (byHead.get(k) ?? []).every((o) => keyWords(o).at(-2) === 'of');
    // … and a school by what it is of, where the text makes that an organization: "Ashcombe's admissions director" of the
    // "University of Ashcombe".
    const schoolOf = wordCount(k) === 1 && typeOf.get(k) === 'ORG' && (byHead.get(k) ?? []).every((o) => SCHOOL_HEADS.test(keyWords(o)[0]) && keyWords(o)[1] === 'of');
    const paper = wordCount(k) === 2 && isPublicationHead(keyWords(k)[1]);
    // (… or by its words before "of", two or more: the "Reserve Bank" of the "Reserve Bank of Australia".)
    const heads = ((wordCount(k) === 1 && (body || isPublicationHead(k) || complement || schoolOf)) || paper) && !place ? (byHead.get(k) ?? []) : (wordCount(k) > 1 && typeOf.get(k) === 'ORG' ? (byOfHead.get(k) ?? []) : []);
    // A place's name is a company's short name only where the document does not use it as a place ("Kaiyuan said"
    // beside "Kaiyuan Shipping Group", read as a person's).
    const shortNames = place && typeOf.get(k) === 'PLACE' ? [] : ownersOfShortName(k, byShortName).filter((o) => typeOf.get(k) !== 'PLACE' || mayBePlaceShortNameOf(o));
    // A founder's surname the text calls an organization is the company's ("Tessaro said" beside "Nadia Tessaro" and "Tessaro Labs"),
    // not a partner's of a firm named for its partners.
    const founders = wordCount(k) === 1 && typeOf.get(k) === 'ORG' && peoplesWords.has(k) && !(byLead.get(k) ?? []).every((o) => isPartnersFirm(o, peoplesWords));
    const saint = wordCount(k) === 2 && SAINT.test(keyWords(k)[0]) && !place;
    // The first word of the one body the text defines: "a Tianqi spokesperson" after "Tianqi Lithium, the Chinese company".
    const definedLead = wordCount(k) === 1 && !peoplesWords.has(k) && leadsDefinedBody(k, byLead.get(k) ?? []);
    // "Lindgren Aero Components" … "Lindgren did not respond": a surname no person of the document bears is the company's.
    const unborneSurname = wordCount(k) === 1 && typeOf.get(k) === 'PERSON' && !peoplesWords.has(k) && !isGivenName(k) && !(nameLists().lookup(k) & PLACE_NAME);
    // "Garrow President Abel Finch" beside "Garrow University": a school by its first word.
    const school = wordCount(k) === 1 && typeOf.get(k) === 'ORG' && (byLead.get(k) ?? []).some((o) => SCHOOL_HEADS.test(keyWords(o).at(-1)!));
    const lead = ((isUnknownWord(k, typeOf.get(k)) || unborneSurname) && !peoplesWords.has(k)) || (wordCount(k) > 1 && typeOf.get(k) === 'ORG') || founders || saint || definedLead || school;
    // A word the text makes a place is the place an organization is named after ("Baripur Kisan Morcha"), a
    // newspaper's first word is the town it is named after ("Harrowby's market" beside the "Harrowby Courier"), and a
    // council's the place it governs unless the text makes it a body ("on the edge of Kelsworth" beside "Kelsworth Town Council"),
    // as is a trust's, a school's or another's named after its place ("Skerrow lands mixed boxes" beside "Skerrow Harbour Trust").
    const governed = typeOf.get(k) !== 'ORG' && (byLead.get(k) ?? []).some((o) => councilWithoutKind(o) !== undefined || !mayBePlaceShortNameOf(o));
    const leads = shortNames.length + heads.length === 0 && lead && (typeOf.get(k) !== 'PLACE' || saint) && !governed ? (byLead.get(k) ?? []).filter((o) => !isPublicationHead(keyWords(o).at(-1)!)) : [];
    const owners = new Set([...shortNames, ...heads, ...leads].map((n) => chains.find(n)));
    // "Ms. Vossberg" beside "Marta Vossberg", "Jonas Vossberg" and "Vossberg Ventures": a surname the document's people
    // bear, read as a person's by a title or its setting, is theirs (not "moved to Varnell" beside "Bill Varnell" and "Varnell Motor Co.").
    const bornePerson = titled.has(k) && peoplesWords.has(k);
    // A full name with a given name, or read as a person's, is a person's ("Tory Burch" beside "Tory Burch LLC",
    // "the fund founded by Harlan Brooks"); "Omba Wave" beside "Omba Wave Records" is the label's.
    const fullName = typeOf.get(k) === 'PERSON' && wordCount(k) > 1 && (shortNames.length === 0 || isGivenName(keyWords(k)[0]) || titled.has(k));
    if (owners.size !== 1 || surnames.has(k) || bornePerson || fullName) continue;
    chains.union([...owners][0], k);
    linked.add(k);
  }
  return linked;
}

/**
 * A firm named for its partners, two or three surnames: "Whitcombe Reyes", "Hale & Moss" (each word a listed surname or one
 * of the document's people's, no business word).
 */
function isPartnersFirm(key: string, peoplesWords: ReadonlySet<string>): boolean {
  const words = keyWords(key).filter((w) => w !== 'and');
  return words.length >= 2 && words.length <= 3 && words.every((w) => (peoplesWords.has(w) || (nameLists().lookup(w) & LAST_NAME) !== 0) && !isCompanyTail(w) && !isCommonWord(w));
}

const LEAD_END = /^(?:the|de|del|la|le|di|da)$/;
const SCHOOL_HEADS = /^(?:university|college|polytechnic)$/;
/** Heads of government bodies the lists lack as organizations' words: "the Treasury" of the "National Treasury". */
const GOVERNMENT_HEADS = /^(?:treasury|inspectorate|presidency|exchequer)$/;
const SAINT = /^(?:st|saint|ste|san|santa|sao|são)$/;

/**
 * The first words of organizations' names, for a short form in the same document: "Quarrow
 * Forensics" … "Quarrow"; and, for a company's name, any two or more ("Marula Mutual Home
 * Insurance" … "Marula Mutual"). First words → full keys.
 */
function leadingWords(names: readonly string[]): Map<string, string[]> {
  const byLead = new Map<string, string[]>();
  for (const k of names) {
    const words = keyWords(k);
    if (words.length > 1 && !LEAD_END.test(words[0])) pushTo(byLead, words[0], k);
    // "St. Brigid Medical Center" … "St. Brigid": a saint's name for the hospital or school named after them.
    if (words.length > 2 && SAINT.test(words[0])) pushTo(byLead, words.slice(0, 2).join(' '), k);
    if (!isCompanyTail(words[words.length - 1])) continue;
    for (let n = 2; n < words.length - 1; n++) if (!LEAD_END.test(words[n - 1])) pushTo(byLead, words.slice(0, n).join(' '), k);
  }
  return byLead;
}

/**
 * One word the tagger took for a person that no list knows as a name or a place: an organization's
 * short form may read so ("Quarrow declined to comment"); a parent body ("BBC" of "BBC Africa"), a
 * place ("Stawell" of "Stawell Entertainment Centre") or a known name ("Trump" of "Trump Tower") is
 * a name of its own.
 */
function isUnknownWord(key: string, type: EntityType | undefined): boolean {
  return type === 'PERSON' && wordCount(key) === 1 && !(nameLists().lookup(key) & (FIRST_NAME | LAST_NAME | PLACE_NAME));
}

/** A compass point alone that names the one place of the document it opens: "the North" after "North Korea". */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);

/** Words that name a kind of natural feature before or after its name ("River Avon", "Lake Vell", "Tawali River"). */
const FEATURE_WORDS = new Set(['river', 'lake', 'mount', 'mountain', 'island', 'bay', 'gulf', 'strait', 'valley', 'desert', 'sea', 'glacier', 'volcano', 'canyon', 'reef', 'peninsula', 'lagoon']);

/**
 * A natural feature's name without its kind: "the Avon" is the "River Avon", "the Tawali bridge" names
 * the "Tawali River", "the North" "North Korea" (a listed place is that place: "Springfield" beside
 * "Lake Springfield").
 */
function featureShorts(k: string, typeOf: ReadonlyMap<string, EntityType>): string[] {
  if (typeOf.get(k) !== 'PLACE' || wordCount(k) !== 2) return [];
  const [first, second] = keyWords(k);
  if (COMPASS_WORDS.has(first)) return [first];
  return FEATURE_WORDS.has(first) ? [second] : FEATURE_WORDS.has(second) ? [first] : [];
}

/**
 * A named instrument's or craft's name without its kind ↔ the full name, when one product of the
 * document has it: "Hubble" is the "Hubble Space Telescope", "Webb" the "James Webb Space Telescope".
 */
function instrumentShorts(k: string, typeOf: ReadonlyMap<string, EntityType>): string[] {
  if (typeOf.get(k) !== 'PRODUCT' || wordCount(k) < 2 || !isProductNoun(keyWords(k).at(-1)!)) return [];
  // Any word of the name but its kind and common words: "hubble", "james", "webb" (not "space").
  return keyWords(k).slice(0, -1).filter((w) => !isCommonWord(w));
}

/** A ship's name without its prefix: "Caran Bay" is the "MV Caran Bay". */
function shipShorts(k: string, typeOf: ReadonlyMap<string, EntityType>): string[] {
  const [prefix, ...name] = keyWords(k);
  return typeOf.get(k) === 'PRODUCT' && name.length > 0 && isShipPrefix(prefix) ? [name.join(' ')] : [];
}

/**
 * Words of a facility's kind after its name: "Kruger National Park", "Marsden Reservoir", "Kestrel Bay Wastewater Treatment
 * Plant", "the Halvorsen" of the "Halvorsen Theatre" (not an airport's, a railway station's or a racecourse's, which are named
 * after the town the text names too; a power or pumping station's are the station's: "Brannock Ridge Power Station").
 */
const FACILITY_KINDS = new Set(
  `park sanctuary reserve conservancy stadium arena reservoir plant refinery mine dam power wastewater sewage treatment
  works smelter mill theatre theater playhouse velodrome ballpark pumping generating`.split(/\s+/),
);
const FACILITY_MODIFIERS = new Set(['national', 'wildlife', 'game', 'tiger', 'nature', 'marine', 'forest', 'state', 'international', 'regional']);

/** Whether the `i`th word of a facility's name names its kind: "Park", "Plant", "Station" after "Power" or "Pumping". */
function isFacilityKindAt(words: readonly string[], i: number): boolean {
  return FACILITY_KINDS.has(words[i]) || (words[i] === 'station' && i > 0 && FACILITY_KINDS.has(words[i - 1]));
}

/** A facility's name without its kind: "Kruger" is "Kruger National Park", "Kestrel Bay" the "Kestrel Bay Wastewater Treatment Plant". */
function facilityShorts(k: string, typeOf: ReadonlyMap<string, EntityType>): string[] {
  const words = keyWords(k);
  if (typeOf.get(k) !== 'FACILITY' || words.length < 2 || !isFacilityKindAt(words, words.length - 1)) return [];
  let end = words.length - 1;
  while (end > 0 && (isFacilityKindAt(words, end - 1) || FACILITY_MODIFIERS.has(words[end - 1]))) end--;
  return end > 0 ? [words.slice(0, end).join(' ')] : [];
}

/** Words of a place before a body's or a building's name at most: "Marlow County". */
const MAX_PLACE_PREFIX = 2;

/**
 * A body, a building or an event without the place the document names that its name opens with: "the Memorial Hall" of
 * the "Wetherhope Memorial Hall" beside "residents of Wetherhope", "Wool Days" of "Harlow Creek Wool Days" (two words
 * left at least).
 */
function placeLessShorts(k: string, typeOf: ReadonlyMap<string, EntityType>): string[] {
  const type = typeOf.get(k);
  if (type !== 'ORG' && type !== 'FACILITY' && type !== 'EVENT') return [];
  const words = keyWords(k);
  const shorts: string[] = [];
  for (let j = 1; j <= MAX_PLACE_PREFIX && words.length - j >= 2; j++) {
    const prefix = words.slice(0, j).join(' ');
    if (typeOf.get(prefix) === 'PLACE') shorts.push(words.slice(j).join(' '));
  }
  return shorts;
}

/** A council without its kind: "Granta Vale council" is the "Granta Vale District Council". */
function councilShorts(k: string, typeOf: ReadonlyMap<string, EntityType>): string[] {
  const short = typeOf.get(k) === 'ORG' ? councilWithoutKind(k) : undefined;
  return short ? [short] : [];
}

/**
 * A name without its kind ↔ the one full name of the document whose short forms (`shortsOf`) have it,
 * whatever the tagger called the short name. Not a person's surname there, nor a listed place. Returns the keys linked.
 */
function linkShortForms(keys: readonly string[], chains: UnionFind, surnames: ReadonlySet<string>, shortsOf: (k: string) => string[]): Set<string> {
  const byShort = groupBy(keys, shortsOf);
  const linked = new Set<string>();
  for (const k of keys) {
    const owners = byShort.get(k);
    if (owners?.length !== 1 || owners[0] === k || surnames.has(k) || nameLists().lookup(k) & PLACE_NAME) continue;
    chains.union(owners[0], k);
    linked.add(k);
  }
  return linked;
}

/**
 * An acronym of the document abbreviating exactly one longer non-person name of it. Long names
 * are indexed by their possible initials, which depend on the name's key alone.
 */
function linkAcronyms(drafts: readonly Draft[], keyOf: readonly string[], typeOf: ReadonlyMap<string, EntityType>, chains: UnionFind): void {
  const byInitials = new Map<string, string[]>();
  const indexed = new Set<string>();
  drafts.forEach((d, i) => {
    const key = keyOf[i];
    if (d.kind !== 'NAME' || indexed.has(key) || typeOf.get(key) === 'PERSON' || wordCount(key) <= 1) return;
    indexed.add(key);
    for (const initials of initialsOf(d.text)) pushTo(byInitials, initials, key);
  });
  // Letters a dateline credits are the agency's throughout the document ("(AP)", "told AP"), no body's initials ("Apple Pay").
  const credited = new Set(keyOf.filter((_, i) => drafts[i].credit));
  const done = new Set<string>();
  drafts.forEach((d, i) => {
    if (d.kind !== 'ACRONYM' || done.has(keyOf[i])) return;
    done.add(keyOf[i]);
    const letters = acronymLetters(d.text);
    // Two bare capitals are no place's initials unless read as a place ("SK" of "SK On" is no "South Korea"; "B.C." and "NSW" are).
    const placeless = /^\p{Lu}{2}$/u.test(d.text);
    // Initials with stops the tagger read as a place are a place's ("the northern B.C. coast" is no "Bank of Carrow"), and
    // so are two bare capitals it read as one ("WA and Queensland vote No" beside "Western Australia").
    const placeOnly = (d.text.includes('.') || placeless) && typeOf.get(keyOf[i]) === 'PLACE';
    const agency = credited.has(keyOf[i]);
    const fits = (k: string) => (placeOnly ? typeOf.get(k) === 'PLACE' : !(placeless && typeOf.get(k) === 'PLACE'));
    const candidates = (letters === undefined ? [] : byInitials.get(letters) ?? []).filter((k) => fits(k) && (!agency || isMediaName(k)));
    const targets = new Set(candidates.map((k) => chains.find(k)));
    if (targets.size === 1) chains.union([...targets][0], keyOf[i]);
  });
}

/** Per chain root, the key of its most complete name: most words, then longest, then first by sort order. */
function canonicalKeys(keys: readonly string[], chains: UnionFind): Map<string, string> {
  const best = new Map<string, string>();
  for (const k of keys) {
    const root = chains.find(k);
    const current = best.get(root);
    if (current === undefined || moreComplete(k, current)) best.set(root, k);
  }
  return best;
}

export function moreComplete(a: string, b: string): boolean {
  const wa = wordCount(a);
  const wb = wordCount(b);
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}
