/**
 * Companies', parties' and teams' short names: after the first mention news drops the words that
 * say what a company does ("Lumora Technologies" → "Lumora", "Halberd Construction" → "Halberd"),
 * "Party" ("Labour Party" → "Labour") and a team's city ("Atlanta Hawks" → "Hawks"). Legal
 * designators ("Inc", "Ltd") are already out of identity keys (identity.ts).
 */
import { isCommonWord, isSometimesLowerCase, nameLists } from '../ner/tagger';
import { COUNTRY, FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import type { Token } from '../types';
import { keyWords, memoized } from './normalize';
import { isCallLetters, isCountryCode, isHyphen } from './words';
import { isLegalDesignator } from './identity';
import { countryOfDemonym } from './owners';
import { capitalized } from '../nlp/letters';
import { isFacilityHead } from './types';

/** Trailing words of company names that the short name leaves out (not "Labs": "HP Labs" is a part of HP). */
const COMPANY_TAILS = new Set(
  `technologies technology foods electronics group holdings capital brands estates motor motors airlines airways systems
  industries pharmaceuticals partners enterprises networks communications media entertainment financial
  insurance petroleum resources mining therapeutics biosciences software solutions logistics ventures ai lines aviation
  party construction developments engineering consulting data cloud security steel chemicals materials
  semiconductor semiconductors automotive aerospace shipping telecom fc afc cf united pharma biologics biotech
  biopharma biopharmaceuticals biotherapeutics biotechnology bioscience pharmaceutical healthcare diagnostics analytics hardware genomics robotics photonics micro microsystems water energy power electric utilities
  holding logistik gruppe werke industrie industrias transportes logistica logística projects infrastructure infra sciences
  farms towing trucking plumbing dairy bakery brewery creamery distillery winery cannery roastery brokerage concerts promotions
  productions insaat inşaat sanayi ticaret trading global carriers tankers bulk freight maritime geospatial orbital
  auctions railways railway mobile telecommunications comunicaciones comunicações telecomunicaciones engenharia ingenieria
  ingeniería construcciones apparel sportswear broadcasting recruitment staffing pharmacy assurance reinsurance banking music travel research
  minerals metals exploration racing cycling team risk mutual orchestra opera organization organisation theatricals
  services gaming betting bloodstock talent lawyers solicitors line cooperative co-operative producers growers ballet theatre theater
  vineyards vineyard wines cellars agri agro garments textiles knitwear renewables advisory appliance appliances stores
  supermarkets retail publishing releasing printing distribution distributors packaging television films network brewing brewers ales drinks beverages magazine
  optics outfitters thermal precision instruments devices microelectronics treks expeditions tours adventures hotels resorts inns partnership
  leisure auctioneers ferries architects surveyors sugars chocolatiers homes ingredients seeds tools
  interpreting translation translations marketing manufacturing catering recycling accounting advertising lending leasing
  landscaping cleaning processing distilling bottling drilling dredging haulage removals scaffolding surfboards climbing guiding processors shearing flooring floorings
  vehicles coachworks boats boatyard boatworks outboards fabrication fabrications nutrition civils seafood seafoods conservation
  karts motorsport motorsports`.split(/\s+/),
);

/**
 * Tails a short name drops that end no company's name before "and" ("Atrium Health" → "Atrium", but
 * "Oregon Health and Science University" is one name; "Norwind Regional" → "Norwind").
 */
const SHORT_NAME_TAILS = new Set(['weekly', 'monthly', 'hospital', 'health', 'regional', 'air', 'restoration', 'roofing', 'contractors', 'builders', 'bank', 'ratings', 'gold', 'asset', 'semicon', 'exchange', 'news', 'radio', 'lithium', 'nickel', 'copper', 'uranium', 'coal', 'authority', 'museum', 'gallery', 'cemetery', 'crematorium', 'farm', 'estate']);

/**
 * Tails of names an unlisted place may lead: "Korea Exchange" is no "Korea", though "Kestrel Exchange" is "Kestrel"; a
 * school, a health trust, an authority, a museum or a football club is named after its town ("Carrowby Primary School",
 * "Kesworth Town FC"), and so are a reinsurer ("Kelmsford Re"), a weekly ("Harjuvaara Weekly"), a village's stores, a
 * town's orchestra or choir ("Brayford Chamber Orchestra") and a region's radio ("Tees Valley Radio").
 */
const PLACE_NAMED_TAILS = new Set(['orchestra', 'choir', 'chorus', 'stores', 'weekly', 'monthly', 'exchange', 'school', 'trust', 'authority', 'museum', 'gallery', 'fc', 'afc', 'cf', 'reinsurance', 'network', 'cemetery', 'crematorium', 'farm', 'estate', 'radio']);

/** Whether a name the text types a place may be the short name of `owner` (a key): not of an exchange, school … named after it. */
export function mayBePlaceShortNameOf(owner: string): boolean {
  return !PLACE_NAMED_TAILS.has(keyWords(owner).at(-1)!);
}

/**
 * Words that open Spanish, Portuguese, Italian and French names of companies, houses and foundations, which their
 * short names drop ("Constructora Vial del Oriente" … "Vial del Oriente", "Maison Orsel" … "Orsel"; not a party's or a
 * court's: "Partido Popular").
 */
const COMPANY_HEADS = new Set(['constructora', 'construtora', 'fundación', 'fundacion', 'fundação', 'fondazione', 'grupo', 'gruppo', 'groupe', 'inversiones', 'empresas', 'industrias', 'maison', 'casa', 'château', 'chateau', 'domaine', 'bodegas']);
/** … and an operation's kind, which its short name drops too ("Operation Ironwood" … "the Ironwood raids"). */
const DROPPED_HEADS = new Set([...COMPANY_HEADS, 'operation']);

/** A key of two words or more opening with a company's or foundation's kind: "fundación bosque claro" (not a place's: "casa grande"). */
export function opensWithCompanyHead(key: string): boolean {
  const words = keyWords(key);
  return words.length > 1 && COMPANY_HEADS.has(words[0]) && !(nameLists().lookup(key) & PLACE_NAME);
}

/** "Department of Energy" has no short name "Department of". */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the']);

/** Words that end company names without being dropped from them later ("Atlantic Records" is not "the Atlantic"). */
const BUSINESS_WORDS = new Set(['chambers', 'records', 'management', 'studios', 'pictures', 'advisors', 'advisers', 'associates', 'securities', 'investments', 'trust']);

/** A word that makes a capitalized name ending in it a company ("Lumora Technologies", "Elliott Management"). */
export function isBusinessWord(word: string): boolean {
  const lower = word.toLowerCase();
  return COMPANY_TAILS.has(lower) || BUSINESS_WORDS.has(lower) || TECH_COMPOUND.test(lower);
}

/** The family a firm is named for after its founder's name: "and Sons", "and Daughters". */
export function isFamilyFirmWord(word: string): boolean {
  return /^(?:Sons|Son|Daughters|Brothers|Sisters)$/.test(word);
}

/** "Infratech", "Medtech", "Fintech": a coined business word; "Clockmakers", "Boatbuilders", "Silversmiths": a trade's. */
const TECH_COMPOUND = /^[a-z]{3,}(?:tech|makers|builders|smiths|wrights)$/;

/** Plural nouns that end a company's name but are no business words of the short-name rule. */
const PLURAL_NAME_ENDS = new Set(['devices', 'instruments', 'machines', 'products', 'laboratories', 'labs', 'stores']);

/**
 * A capitalized plural that ends company names ("Analog Devices", "Applied Materials", "Ostra
 * Holdings"), a holding's singular ("Kersbergen Holding") or a trade's gerund ("Peakline Guiding"): a name before it is
 * a company's.
 */
export function isCompanyNameEnd(word: string): boolean {
  if (word === 'Holding') return true;
  // (… or a trade's gerund: "Hive Climbing", "Peakline Guiding".)
  if (/^\p{Lu}\p{Ll}+ing$/u.test(word)) return COMPANY_TAILS.has(word.toLowerCase());
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return isBusinessWord(lower) || PLURAL_NAME_ENDS.has(lower);
}

/**
 * The company, party or team keys a short form may stand for in `byShortName` (short name → full
 * keys): its own, and a party's members in the plural ("Conservatives" for "Conservative Party").
 */
export function ownersOfShortName(key: string, byShortName: ReadonlyMap<string, string[]>): string[] {
  const own = byShortName.get(key) ?? [];
  const members = key.endsWith('s') ? (byShortName.get(key.slice(0, -1)) ?? []).filter((k) => k.endsWith(' party')) : [];
  return [...own, ...members];
}

/**
 * The short names of a company's identity key, longest first ("volta power holdings" → "volta power",
 * "volta"), or none when it has no company tail or the rest is a listed place ("Kenya Airways" is no "Kenya").
 */
export function companyShortKeys(key: string, withinDocument = false): readonly string[] {
  return withinDocument ? shortKeysInDocument(key) : shortKeysAcross(key);
}

const shortKeysAcross = memoized((key) => computeShortKeys(key, false));
const shortKeysInDocument = memoized((key) => computeShortKeys(key, true));

function computeShortKeys(key: string, withinDocument: boolean): readonly string[] {
  const words = keyWords(key);
  // A team after its city goes by its plural nickname: "Atlanta Hawks" → "hawks" (not "Central Texas" → "texas").
  const last = words[words.length - 1];
  const team = words.length >= 2 && last.endsWith('s') && !isBusinessWord(last) && !(nameLists().lookup(last) & PLACE_NAME);
  if (team && nameLists().lookup(words.slice(0, -1).join(' ')) & PLACE_NAME) return [last];
  // … and so does one after an unlisted town: "Ardley Hornets" … "the Hornets" (not a body's word: "Kelby News", "Ostra
  // Times"; nor a plural the short names of many share: "Kelby Homes").
  if (team && words.length === 2 && last.length >= MIN_NICKNAME && !/ss$/.test(last) && !isCompanyTail(last) && !isSometimesLowerCase(words[0]) && !(nameLists().lookup(last) & ORG_WORD) && !SHARED_PLURALS.test(last)) return [last];
  const out: string[] = [];
  // An English health trust, a school, a funeral home or a news agency goes without its kind: "Kestrel Valley Health NHS
  // Trust" … "Kestrel Valley Health", "Brackwater Central High School" … "Brackwater Central", "Evergreen Rest Funeral
  // Home" … "Evergreen Rest", "Meridian Wire Service" … "Meridian Wire", "Dunmere Fire and Rescue Service" … "Dunmere Fire & Rescue".
  for (const kind of [NHS_TRUST, SCHOOL_KIND, DROPPED_SERVICE]) if (kind.test(key) && words.length >= 3) out.push(key.replace(kind, ''));
  if (endsInHomeKind(words)) out.push(words.slice(0, -2).join(' '));
  // … or a school without its noun: "Ashgrove Primary School" … "Ashgrove Primary"; a council without its kind: "Fenmoor
  // County Council" … "Fenmoor Council"; a museum without what it is of: "Fjordvik Museum of Modern Art" … "Fjordvik Museum".
  if (SCHOOL_KIND.test(key) && words.length >= 3) out.push(key.replace(/ school$/, ''));
  // … and a state university without its noun: "Ohio State University" … "Ohio State" (not where that names the state:
  // "Washington State", "New York State").
  if (/ state university$/.test(key) && words.length >= 3 && !STATES_NAMED_STATE.test(key)) out.push(key.replace(/ university$/, ''));
  const council = councilWithoutKind(key);
  if (council) out.push(council);
  const of = words.indexOf('of');
  if (of >= 2 && INSTITUTIONS_OF.test(words[of - 1])) out.push(words.slice(0, of).join(' '));
  // … and an institute without what it is for: "Sedley Institute for Policy Research" … "Sedley Institute".
  const forAt = words.indexOf('for');
  if (forAt >= 2 && INSTITUTES_FOR.test(words[forAt - 1])) out.push(words.slice(0, forAt).join(' '));
  // A broadcaster goes by its call letters: "WKBR NewsChannel 9" … "WKBR", "KDSN News 4" … "KDSN".
  // (Letters that spell no word or name: not "Kent News" or "West Radio".)
  const callLetters = isCallLetters(words[0].toUpperCase()) && !isCommonWord(words[0]) && !(nameLists().lookup(words[0]) & (PLACE_NAME | FIRST_NAME | LAST_NAME));
  if (words.length >= 2 && callLetters && words.slice(1).some((w) => /^\d{1,2}$/.test(w) || BROADCAST_WORDS.test(w))) out.push(words[0]);
  // A union's local or lodge goes by its number alone: "UAW Local 862" … "Local 862".
  if (words.length >= 3 && /^(?:local|lodge)$/.test(words[words.length - 2]) && /^\d+$/.test(last)) out.push(words.slice(-2).join(' '));
  // A company's national arm goes by the company's name: "Corrib Mobile Ireland" … "Corrib Mobile" (and "Corrib").
  if (words.length >= 3 && isCompanyTail(words[words.length - 2]) && nameLists().lookup(last) & COUNTRY) {
    const company = words.slice(0, -1).join(' ');
    return [company, ...computeShortKeys(company, withinDocument)];
  }
  // A company named with its nationality goes without it: "Saudi Aramco" … "Aramco", "Omani Kestrelco" … "Kestrelco"
  // (a body named for its country is another without it: "Norwegian Refugee Council" is no "Refugee Council").
  const rest = words.slice(1);
  const body = rest.some((w) => nameLists().lookup(w) & ORG_WORD);
  if (rest.length > 0 && isDemonymKey(words[0]) && !body && !(rest.length === 1 && (rest[0].length < 3 || isCommonWord(rest[0])))) out.push(rest.join(' '));
  // … and one named with its kind first, as Spanish and Portuguese do, without it: "Fundación Bosque Claro" … "Bosque Claro".
  if (words.length > 1 && DROPPED_HEADS.has(words[0]) && !(nameLists().lookup(rest.join(' ')) & PLACE_NAME) && !(rest.length === 1 && isCommonWord(rest[0]))) out.push(rest.join(' '));
  // Within one document the short name may drop any business word: "Stax Records" … "Stax"; so may a firm named for
  // its partners anywhere: "Brenner & Vail Securities" … "Brenner & Vail".
  // (A station's number before its tail goes too: "KQTV 8 News" … "KQTV".)
  // (… and a team's "Pro" before its sport's word: "Aurex Pro Cycling" … "Aurex"; not "Kelmar Pro" alone.)
  const partners = words.indexOf('and') > 0;
  const dropped = (end: number) =>
    isTail(words[end - 1], withinDocument || partners) || (end < words.length && end > 1 && (/^\d{1,2}$/.test(words[end - 1]) ? words[end - 2] !== 'channel' : words[end - 1] === 'pro'));
  for (let end = words.length; end > 1 && dropped(end); end--) {
    if (CONNECTORS.has(words[end - 2])) break;
    // A building's operator is no building: "Kelby Airport Authority" is no "Kelby Airport", "Ashcombe Playhouse Trust" no "Ashcombe Playhouse".
    if (FACILITY_OPERATORS.test(words[end - 1]) && isFacilityHead(words[end - 2])) break;
    // "Tokyo Electric Power Company Holdings" goes by "Tokyo Electric Power" too: a legal form before the tail.
    const legal = end - 2 > 0 && isLegalDesignator(words[end - 2]) ? end - 2 : end - 1;
    for (const short of new Set([words.slice(0, end - 1).join(' '), words.slice(0, legal).join(' ')])) {
      // Across documents a place's name is no company's short name ("Kenya Airways" … "Kenya"); within one,
      // the caller checks how the short name is used ("Toyota Motor" … "Toyota said").
      // (Nor a nationality alone: "Indian Railways" is no "Indian".)
      if ((withinDocument || !(nameLists().lookup(short) & PLACE_NAME)) && !isDemonymKey(short)) out.push(short);
      // "Guangxi Ruifeng Nickel Co" … "Ruifeng": a coined name after its home's goes without it.
      const [home, name, ...more] = keyWords(short);
      if (more.length === 0 && name !== undefined && nameLists().lookup(home) & PLACE_NAME && !isSometimesLowerCase(name) && !(nameLists().lookup(name) & PLACE_NAME)) out.push(name);
    }
  }
  // A coined name before its trade and a tail goes by the coined name: "Tallgrass Milk Producers" … "Tallgrass"
  // (not an English word's: "Royal Mail Group" is no "Royal").
  const [coined, trade] = words;
  const coinedName = words.length === 3 && COMPANY_TAILS.has(last) && isSometimesLowerCase(trade) && !isSometimesLowerCase(coined) && !isDemonymKey(coined);
  if (coinedName && !out.includes(coined) && !(nameLists().lookup(coined) & PLACE_NAME)) out.push(coined);
  return out;
}

/** Last words of the bodies that run a building named before them: "Airport Authority", "Playhouse Trust". */
const FACILITY_OPERATORS = /^(?:authority|trust|board|company|corporation)$/;

/** Letters of a team's plural nickname at least ("Stags"). */
const MIN_NICKNAME = 5;
/** Plurals that end the names of many firms and bodies, no team's nickname. */
const SHARED_PLURALS = /^(?:homes|brothers|sons|partners|friends|farms|estates|motors|sports|games|studios|records|pictures|stores|foods|works|properties|cars|buses|coaches|kids|parents|residents|citizens|veterans|workers)$/;

/** Kinds of local council: "Granta Vale District Council", "Harlow Borough Council". */
const COUNCIL_KINDS = new Set(['district', 'borough', 'county', 'city', 'town', 'parish', 'community', 'regional', 'municipal', 'metropolitan', 'unitary', 'shire']);

/** Whether a word, in any case, is a kind of local council: "Borough", "town". */
export function isCouncilKind(word: string): boolean {
  return COUNCIL_KINDS.has(word.toLowerCase());
}

/** A council's key without its kind, past every kind word: "eddersby metropolitan borough council" → "eddersby council". */
export function councilWithoutKind(key: string): string | undefined {
  const words = keyWords(key);
  if (words.length < 3 || words.at(-1) !== 'council' || !COUNCIL_KINDS.has(words.at(-2)!)) return undefined;
  let end = words.length - 1;
  while (end > 1 && COUNCIL_KINDS.has(words[end - 1])) end--;
  return [...words.slice(0, end), 'council'].join(' ');
}

/** Institutions named for what they are of after their own name: "Fjordvik Museum of Modern Art". */
const INSTITUTIONS_OF = /^(?:museum|gallery|galleries|library)$/;

/** Institutions named for what they are for after their own name: "Sedley Institute for Policy Research". */
const INSTITUTES_FOR = /^(?:institute|centre|center)$/;

/** A news agency's or an emergency service's "service": "meridian wire service" … "meridian wire", "dunmere fire and rescue service" … "dunmere fire and rescue". */
const DROPPED_SERVICE = /(?<= (?:wire|news|press|rescue|ambulance|police)) service$/;
/** The kinds of home and what a home's kind is of: "Funeral Home", "Care Home", "Nursing Home", "Funeral Parlour". */
const HOME_KIND = /^(?:funeral|care|nursing|retirement)$/i;
const HOME_HEAD = /^(?:home|homes|parlour|parlor|chapel|directors)$/i;

/** Whether a name's words (or a key's) end in a home's kind and head: "Evergreen Rest Funeral Home". */
export function endsInHomeKind(words: readonly string[]): boolean {
  return words.length >= 3 && HOME_KIND.test(words[words.length - 2]) && HOME_HEAD.test(words[words.length - 1]);
}

/** Whether two words are a home's kind and head, capitalized as in a name: "Funeral Home" (not "funeral home"). */
export function isNamedHomeKind(kind: string, head: string): boolean {
  return /^\p{Lu}/u.test(kind) && /^\p{Lu}/u.test(head) && HOME_KIND.test(kind) && HOME_HEAD.test(head);
}

/** The kinds an English health trust's and a school's short names drop. */
const NHS_TRUST = / nhs(?: foundation)? trust$/;
const SCHOOL_KIND = / (?:high|secondary|primary|middle|elementary|grammar) school$/;
/** States the news names with "State" after them, as their universities are. */
const STATES_NAMED_STATE = /^(?:washington|new york) state /;
/** Words of a station's name after its call letters: "WKBR NewsChannel 9". */
const BROADCAST_WORDS = /^(?:news|newschannel|tv|radio|fm|am|channel|action|eyewitness)$/;

/** A nationality as a key's word: "saudi", "omani". */
function isDemonymKey(word: string): boolean {
  return countryOfDemonym(capitalized(word)) !== undefined;
}

function isTail(word: string, withinDocument: boolean): boolean {
  return isCompanyTail(word) || (withinDocument && BUSINESS_WORDS.has(word));
}

/** A last word of a company's name that its short name leaves out ("technologies", "insurance", "health"). */
export function isCompanyTail(word: string): boolean {
  return COMPANY_TAILS.has(word) || SHORT_NAME_TAILS.has(word) || TECH_COMPOUND.test(word);
}

/** Nouns that call a company a part of another. */
const UNIT_NOUNS = new Set(['unit', 'units', 'subsidiary', 'division', 'arm', 'affiliate']);

export function isUnitNoun(word: string): boolean {
  return UNIT_NOUNS.has(word.toLowerCase());
}
const MAX_UNIT_APPOSITION = 6;

/**
 * A company name tokens [start, end) that the text calls a unit of another: "Zephyron Robotics,
 * the Ohio-based unit", "its robotics unit Zephyron Robotics", or a country's unit by its code,
 * "Lumora Pay UK Ltd". "Zephyron" alone is then the parent.
 */
export function isNamedUnit(tokens: readonly Token[], start: number, end: number): boolean {
  if (isUnitNoun(tokens[start - 1]?.text ?? '')) return true;
  // "Lumora Pay UK Ltd": a country's unit, named with its code.
  const last = isLegalDesignator(tokens[end - 1].text) ? end - 2 : end - 1;
  if (last > start && isCountryCode(tokens[last].text)) return true;
  if (tokens[end]?.text !== ',') return false;
  for (let i = end + 1; i < tokens.length && i <= end + MAX_UNIT_APPOSITION; i++) {
    if (isUnitNoun(tokens[i].text)) return true;
    // Over a compound ("the Ohio-based unit"), not over a clause.
    const compound = isHyphen(tokens[i].text) || isHyphen(tokens[i - 1].text);
    if (!compound && (tokens[i].pos === 'PUNCT' || tokens[i].pos === 'VERB')) return false;
  }
  return false;
}
