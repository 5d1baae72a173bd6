/**
 * Identity keys: the name key (normalize.ts) with the variation news text shows for one entity
 * removed: legal designators ("Apple Inc." = "Apple") and the few country and union acronyms
 * (and "the Fed") every reader knows, also inside longer names ("U.S. Geological Survey" = "United States
 * Geological Survey"), and the old and new spellings of a few places ("Kiev" = "Kyiv").
 */
import { memoized, nameKey, wordCount } from './normalize';
import { isCallLetters } from './words';
import { PLACE_NAME } from '../ner/gazetteer';
import { nameLists } from '../ner/tagger';

/** US states and Canadian provinces as news abbreviates them (those that are no English word: not "Miss.", "Ill.", "Wash.", "Man."). */
const STATE_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['ala', 'alabama'], ['ariz', 'arizona'], ['ark', 'arkansas'], ['calif', 'california'], ['colo', 'colorado'], ['conn', 'connecticut'],
  ['fla', 'florida'], ['kan', 'kansas'], ['ky', 'kentucky'], ['mich', 'michigan'], ['minn', 'minnesota'], ['mont', 'montana'],
  ['neb', 'nebraska'], ['nev', 'nevada'], ['okla', 'oklahoma'], ['tenn', 'tennessee'], ['tex', 'texas'], ['wis', 'wisconsin'], ['wyo', 'wyoming'],
  ['ont', 'ontario'], ['que', 'quebec'], ['alta', 'alberta'], ['sask', 'saskatchewan'], ['nfld', 'newfoundland'],
];
const STATE_ABBREVIATED = new Set(STATE_ABBREVIATIONS.map(([short]) => short));

/** Whether a capitalized word is a US state as news abbreviates it, before its stop: "Wis", "Calif". */
export function isStateAbbreviation(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && STATE_ABBREVIATED.has(word.toLowerCase());
}

/** Very common acronyms of countries and unions, "the Fed", and places with two names in the news, as general knowledge: key → the key used. */
const WELL_KNOWN: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'],
  ['usa', 'united states'],
  ['united states of america', 'united states'],
  ['uk', 'united kingdom'],
  ['great britain', 'united kingdom'],
  ['britain', 'united kingdom'],
  ['uae', 'united arab emirates'],
  ['nz', 'new zealand'],
  ['republic of ireland', 'ireland'],
  ['eu', 'european union'],
  ['un', 'united nations'],
  ['ussr', 'soviet union'],
  ['drc', 'democratic republic of congo'],
  ['dr congo', 'democratic republic of congo'],
  ['fed', 'federal reserve'],
  ['f1', 'formula one'],
  ['formula 1', 'formula one'],
  ['federal reserve board', 'federal reserve'],
  ['federal reserve system', 'federal reserve'],
  // British parties by the names news gives them.
  ['tory', 'conservative party'],
  ['tories', 'conservative party'],
  ['conservatives', 'conservative party'],
  ['lib dem', 'liberal democrats'],
  ['lib dems', 'liberal democrats'],
  ['liberal democrat', 'liberal democrats'],
  ...STATE_ABBREVIATIONS,
  ['pa', 'pennsylvania'], ['vt', 'vermont'], ['va', 'virginia'], ['wva', 'west virginia'], ['ga', 'georgia'],
  ['nj', 'new jersey'], ['ny', 'new york'], ['nh', 'new hampshire'], ['nm', 'new mexico'], ['ri', 'rhode island'],
  ['nc', 'north carolina'], ['sc', 'south carolina'], ['nd', 'north dakota'], ['sd', 'south dakota'],
  // Postal codes of the states that spell no word or common initials ("Austin, TX"; not "OR", "ME", "CO", "LA", "Wi-Fi").
  ['tx', 'texas'], ['ca', 'california'], ['fl', 'florida'], ['az', 'arizona'], ['nv', 'nevada'], ['tn', 'tennessee'], ['mn', 'minnesota'],
  ['ct', 'connecticut'], ['md', 'maryland'], ['ks', 'kansas'], ['ia', 'iowa'], ['ar', 'arkansas'],
  // Canadian provinces as news abbreviates them (the rest with the states above).
  ['bc', 'british columbia'],
  // Places known by two spellings or names in the news.
  ['kiev', 'kyiv'],
  ['tirol', 'tyrol'],
  ['kharkov', 'kharkiv'],
  ['odessa', 'odesa'],
  ['lvov', 'lviv'],
  ['bombay', 'mumbai'],
  ['calcutta', 'kolkata'],
  ['madras', 'chennai'],
  ['peking', 'beijing'],
  ['burma', 'myanmar'],
  ['turkiye', 'turkey'],
  ['czechia', 'czech republic'],
  ['swaziland', 'eswatini'],
  ['saigon', 'ho chi minh city'],
  ['bangalore', 'bengaluru'],
  ['gurgaon', 'gurugram'],
  ['rangoon', 'yangon'],
  ['ivory coast', "cote d'ivoire"],
  ['cape verde', 'cabo verde'],
  ['east timor', 'timor leste'],
]);

const GROUP_OF = /^g ?(\d{1,2})$|^group of (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)$/;
const MEMBER_COUNTS: ReadonlyMap<string, string> = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [w, String(i + 2)] as const).concat([['twenty', '20']]),
);

const WELL_KNOWN_NAMES = new Set([...WELL_KNOWN.keys(), ...WELL_KNOWN.values()]);

/** A country, union or body every reader knows by this name or acronym ("UN", "United Nations", "EU"). */
export function isWellKnownName(name: string): boolean {
  return WELL_KNOWN_NAMES.has(nameKey(name));
}

/** A co-operative's word, shortened or hyphened, as the key writes it whole: "co op", "co operative". */
const CO_OP = /\bco (?:op|operative)\b/g;

/** British and American spellings of words in names, one form kept ("World Food Programme" = "World Food Program"). */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'], ['programmes', 'programs'], ['centre', 'center'], ['centres', 'centers'], ['organisation', 'organization'],
  ['defence', 'defense'], ['labour', 'labor'], ['theatre', 'theater'],
  // "Canadian GP" = "Canadian Grand Prix"; "Prop 212" = "Proposition 212".
  ['gp', 'grand prix'], ['prop', 'proposition'],
  // "St. Veitsberg" = "Sankt Veitsberg" = "Saint Veitsberg"; "Mt. Kelby" = "Mount Kelby".
  ['saint', 'st'], ['sankt', 'st'], ['mount', 'mt'],
  // "Vostrand Re" = "Vostrand Reinsurance"; "Aldervik Energi" = "Aldervik Energy".
  ['re', 'reinsurance'], ['energi', 'energy'],
]);

const LEGAL = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'sarl', 'sas', 'srl', 'nv', 'bv', 'lp', 'llp', 'asa', 'ab', 'oyj', 'spa', 'se', 'fze', 'fzco', 'pte', 'sdn', 'bhd', 'pty', 'pvt', 'sl', 'slu', 'sau', 'oy', 'lda', 'ltda', 'sac',
  // Malaysia's, Indonesia's, Vietnam's and Russia's: "Pelita Sawit Berhad", "PT Orvane Tbk", "Hai Long Aluminium JSC".
  'berhad', 'tbk', 'jsc', 'pjsc', 'ojsc',
  // Ireland's and Germany's and Denmark's: "Corrin Assurance DAC", "Velter KG", "Strand ApS".
  'dac', 'clg', 'kg', 'kgaa', 'aps']);
/** Legal forms of more than one word: written with a slash ("A/S" → "a s"), or in full ("Joint Stock Company"). */
const SLASHED_LEGAL = / (?:a s|s a|k s|joint stock company)$/;
/** Indonesia's legal form before the name: "PT Orvane Tbk" = "Orvane". */
const LEGAL_PREFIX = /^pt (?=\S)/;

/** "Inc.", "Corp", "Ltd": a legal designator, never a name on its own. */
export function isLegalDesignator(word: string): boolean {
  // ("The Moss Spa" is a spa: Italy's form is written "SpA" or "S.p.A.".)
  return LEGAL.has(word.toLowerCase().replace(/\.$/, '')) && word !== 'Spa';
}

export const identityKey = memoized((name) => bodyKey(name).replace(HEAD_FIRST, '$2 $1'));

/** The identity key with a department's or ministry's words in their written order, as its acronym spells them ("department of energy"). */
export const bodyKey = memoized((name) => airportKey(withoutOwnerPrefix(spelledKey(name))));

const AIRPORT = /^(.+?) (?:international )?airport$/;

/**
 * An airport goes with and without "International" and its city: "Boston Logan International
 * Airport" = "Logan International Airport" = "Logan Airport" (the city a listed place's name).
 */
function airportKey(key: string): string {
  const name = AIRPORT.exec(key)?.[1];
  if (name === undefined) return key;
  const space = name.indexOf(' ');
  const city = space > 0 && nameLists().lookup(name.slice(0, space)) & PLACE_NAME ? space + 1 : 0;
  return `${name.slice(city)} airport`;
}

/** Owners news writes before their bodies' names or leaves out, with the words the rest needs to be no generic name. */
const OWNER_PREFIXES: readonly { prefix: string; minWords: number }[] = [
  { prefix: 'united nations ', minWords: 4 },
  { prefix: 'united states ', minWords: 2 },
  { prefix: 'united kingdom ', minWords: 2 },
];

/**
 * The United Nations', the United States' and the United Kingdom's own bodies go with and without their name: "U.N.
 * Office for the Coordination of Humanitarian Affairs" = "Office for the Coordination of
 * Humanitarian Affairs", "U.S. Federal Trade Commission" = "Federal Trade Commission" (not "U.S.
 * Army" = "Army").
 */
function withoutOwnerPrefix(key: string): string {
  for (const { prefix, minWords } of OWNER_PREFIXES) {
    if (key.startsWith(prefix) && wordCount(key) - wordCount(prefix.trim()) >= minWords) return key.slice(prefix.length);
  }
  return key;
}

/** An Interstate's key by its letter: "i 70". */
const INTERSTATE = /^i (\d{1,3})$/;

/** A station's medium after its call letters: "WKBR-TV", "KQRS-FM". */
const BROADCAST_MEDIUM = /^(?:TV|DT|FM|AM)$/;

/** The identity key with every word of the name kept, "U.N." included: what acronyms abbreviate ("UNFCCC"). */
export const spelledKey = memoized(computeSpelledKey);

function computeSpelledKey(name: string): string {
  // "Organization of the Copper Exporting States" = "Organization of Copper Exporting States"; "Northway Co-op" = "Northway
  // Co-operative" = "Northway Cooperative".
  const plain = nameKey(name).replace(SLASHED_LEGAL, '').replace(LEGAL_PREFIX, '').replace(/ of the /g, ' of ').replace(CO_OP, 'cooperative');
  const whole = WELL_KNOWN.get(plain) ?? WHOLE_NAME_ALIASES.get(plain);
  if (whole) return whole;
  // "Group of Seven" = "G7" = "G-7": a group by the number of its members.
  const group = GROUP_OF.exec(plain);
  const members = group && (group[1] ?? MEMBER_COUNTS.get(group[2]) ?? group[2]);
  if (members) return `g${members}`;
  // "WKBR-TV" = "WKBR": a station by its call letters with or without its medium.
  const [letters, medium] = name.split('-');
  if (medium !== undefined && isCallLetters(letters) && BROADCAST_MEDIUM.test(medium)) return letters.toLowerCase();
  // "I-70" = "Interstate 70".
  const interstate = INTERSTATE.exec(plain);
  if (interstate) return `interstate ${interstate[1]}`;
  const words = plain.split(' ');
  // "JPMorgan Chase & Co." = "JPMorgan Chase": the designator and the "&" before it.
  while (words.length > 1 && LEGAL.has(words[words.length - 1])) {
    words.pop();
    if (words.length > 1 && words[words.length - 1] === '&') words.pop();
  }
  // "Sewerage & Water Board" = "Sewerage and Water Board".
  return words.map((w) => (w === '&' ? 'and' : (WELL_KNOWN.get(w) ?? SPELLINGS.get(w) ?? w))).join(' ');
}

/**
 * US states abbreviated as English words are ("Mass.", "Wash."), and countries shortened ("America", "Korea"): only a
 * whole name is one, never a word inside a longer name ("Mass Transit Authority", "Latin America"); not those that are
 * also people's or cities' ("Mo", "Miss", "LA").
 */
const WHOLE_NAME_ALIASES: ReadonlyMap<string, string> = new Map([
  ['mass', 'massachusetts'], ['md', 'maryland'], ['ore', 'oregon'], ['wash', 'washington state'], ['ill', 'illinois'], ['ind', 'indiana'], ['del', 'delaware'],
  // … and countries as the news shortens them, a whole name only (not "Latin America", "North Korea").
  ['america', 'united states'], ['korea', 'south korea'], ['republic of korea', 'south korea'],
  // … and the capital by its district's letters (Washington the state is "Washington State": washington.ts).
  ['dc', 'washington'], ['washington dc', 'washington'], ['district of columbia', 'washington'],
]);

/** "Department of Justice" = "Justice Department", "Ministry of Foreign Affairs" = "Foreign Affairs Ministry". */
const HEAD_FIRST = /^(department|ministry) of (?!the )(\S+(?: \S+){0,4})$/;
