import type { DateType } from '../types';
import { type Direction, type Meaning, RELATIVE_TO_EVENT } from './meaning';
import { SEASONAL_PLACES, seasonalZoneMarker } from './seasonalZones';
import { movableDay, movableDayNamed, nthWeekdayOf, usualDay } from './movable';
import { type Day, daysInMonth, formatDay, formatMonth, formatYearly, isValidDay, weekValue } from './calendar';
import { dayOfOrdinal, DAY_ORDINAL_SRC, isArticle, NUMBER_SRC, parseNumber, WORD_COUNT_SRC } from './numbers';
import {
  DAY_SRC, isCapitalized, isoDuration, MONTH_FULL_SRC, MONTH_SRC, monthNumber, OSP, PART_OF_DAY_SRC, partOfDay, SP, unitOf,
  UNIT_SRC, WEEKDAY_ABBR_SRC, WEEKDAY_SRC, weekdayNumber, YEAR_SRC,
} from './lexicon';

/** A temporal expression found by one pattern, before overlaps, merges and modifiers are settled. */
export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  meaning: Meaning;
  /** "a year", "one day": temporal only after a preposition or approximator ("for a year"). */
  needsModifier?: boolean;
}

/** `length`: how much of the match the expression spans, when less than all of it; `skip`: how much of it the span starts after. */
type Found = Omit<Candidate, 'start' | 'end'> & { length?: number; skip?: number };
interface Rule {
  re: RegExp;
  build: (m: RegExpExecArray, text: string) => Found | null;
  /** Lowercase strings of which every match contains one: a text with none of them is not scanned. */
  gate?: readonly string[];
}

const rule = (src: string, build: Rule['build'], gate?: readonly string[], flags = 'gi'): Rule => ({
  re: new RegExp(src, flags),
  build,
  gate,
});
const fixed = (type: DateType, value: string, note?: string): Found => ({ type, meaning: { kind: 'fixed', value, note } });
const vague = (type: DateType, why: string): Found => ({ type, meaning: { kind: 'vague', why } });

/** How many units apart "every other", "every third" … are: "every third year" is each three years. */
const EVERY_NTH: Readonly<Record<string, number>> = { other: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/** A count right before a unit's adjective: "a ", "two-", "18 ". */
const COUNT_BEFORE = new RegExp(`\\b${NUMBER_SRC}(?:${SP}|-)$`, 'i');

/** "of" and what lasted so, no determiner ("a decade of rule", not "one day of the week"). */
const LENGTH_OF = /^[^\S\r\n]+of[^\S\r\n]+(?!(?:the|a|an|this|that|its|his|her|their)\b)\p{Ll}/u;

/** TIMEX3's length of an unstated number of a unit ("for weeks" → PXW, "for hours" → PTXH). */
const UNSTATED_LENGTH: Readonly<Record<string, string>> = {
  seconds: 'PTXS', minutes: 'PTXM', hours: 'PTXH', days: 'PXD', weeks: 'PXW', months: 'PXM', years: 'PXY', decades: 'PXDE', centuries: 'PXCE',
};
const unstatedLength = (unit: string): Found => fixed('DURATION', UNSTATED_LENGTH[unit.toLowerCase()], 'no exact length');

/** early / mid / late before a month, year or decade: part of the span, not of the value. */
const EML = `(?:(?:early|mid|late)(?:-|${SP}))?`;
const DIR = `(?:(last|next|this|coming|following)${SP})?`;
/** … and before a month or a season, "this past": "this past November" is last November. */
const DIR_OR_PAST = `(?:(last|next|this${SP}past|this|coming|following)${SP})?`;
/** Places whose time keeps one offset all year: "9 a.m. Moscow time". */
const PLACE_OFFSETS: Readonly<Record<string, string>> = {
  Moscow: '+03:00', Beijing: '+08:00', Tokyo: '+09:00', Japan: '+09:00', Seoul: '+09:00', Korea: '+09:00', 'Hong Kong': '+08:00', Singapore: '+08:00',
};
/** The places a time is written by: "UK time", "Moscow time". */
const PLACE_TIMES = [...SEASONAL_PLACES, ...Object.keys(PLACE_OFFSETS)].map((p) => p.replace(/ /g, SP)).join('|');
/** Any other place's time ("7pm Sydney time", "10 a.m. New York time"): a span without an offset, once its capitals are checked. */
const ANY_PLACE = `[a-z][a-z'’-]+(?:${SP}[a-z][a-z'’-]+)?`;
const DAY_OR_MONTH_OPENS = new RegExp(`^(?:${WEEKDAY_SRC}|${MONTH_FULL_SRC})\\b`, 'i');
/** Whether a zone is a place's time the text does not capitalize as a name ("7pm dinner time") or names by a day or a month. */
function isNoPlaceTime(zone: string | undefined): boolean {
  if (!zone || !/ time$/i.test(zone) || /^local\b/i.test(zone) || ZONE_OFFSETS[zone.replace(/\s+/g, ' ').replace(/ time$/, ' Time')] || seasonalZoneMarker(zone)) return false;
  return !zone.slice(0, -5).split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) || DAY_OR_MONTH_OPENS.test(zone);
}
/** A clock time's match without the zone it does not name. */
const withoutZone = (match: string, zone: string): number => match.slice(0, match.lastIndexOf(zone)).trimEnd().length;
const TZ = `(?:${SP}(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|BST|CET|CEST|EET|EEST|WAT|CAT|EAT|SAST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|ACST|ACDT|NZST|NZDT|PKT|WIB|PHT|ICT|(?:local|${PLACE_TIMES}|${ANY_PLACE})${SP}time|(?:Eastern|Central|Mountain|Pacific)(?:${SP}(?:(?:Standard|Daylight)${SP})?[Tt]ime)?)\\b)?`;
const PLURAL_UNIT = '(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)';

function direction(word: string | undefined): Direction | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return w === 'last' || /^this\s+past$/.test(w) ? 'last' : w === 'this' ? 'this' : 'next';
}

/**
 * A capitalized word with a lower-case letter ending the text: a name before the comma of an age in apposition; not one
 * word after a count and a comma, a list's ("Kent, 12, Essex, 9").
 */
const NAME_BEFORE_COMMA = /(?<!\d,[^\S\r\n]+)\p{Lu}[\p{L}'’-]*\p{Ll}$/u;

const WORD_AFTER = /^[^\S\r\n]+([\p{L}\d'’]+)/u;
const WORD_BEFORE = /([\p{L}\d'’]+)[^\S\r\n]+$/u;

/** The word right after `end` on the same line. */
function nextWord(text: string, end: number): string {
  return WORD_AFTER.exec(text.slice(end, end + 40))?.[1] ?? '';
}

/** The word right before `start` on the same line. */
function previousWord(text: string, start: number): string {
  return WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
}

/** Capitalized words a year may follow as a date's: months and seasons, and what starts a sentence ("In 2020", "His 2018 season"). */
const BEFORE_YEAR = /^(?:spring|summer|autumn|fall|winter|fiscal|his|her|its|their|our|my|your|a|an|that|these|those|every|each|as|than|in|since|by|from|until|till|through|before|after|during|of|early|mid|late|the|between|and|or|last|next|this|for|on|at|to|around|about|circa|year|class|season|cop|vintage)$/i;

/** A capitalized word after a word of its sentence, right before: "… told Planning |Today". */
const TITLE_WORD_BEFORE = /[\p{L},][^\S\r\n]+\p{Lu}[\p{L}&]*[^\S\r\n]+$/u;

/** "BBC Radio 4's Today programme", "the Today show": a capitalized day word after a possessive or "the", or before a programme's noun, is a title. */
function isProgrammeTitle(text: string, start: number, found: string): boolean {
  if (!/^(?:Today|Tonight|Tomorrow|Yesterday|TODAY)\b/.test(found)) return false;
  // … or the last word of a title after a capitalized word within its sentence: "told Planning Today", "USA Today".
  // (The title ends there: not a headline in Title Case, "California Earthquake Today 2013 Erupts".)
  const titled = /^Today\b/.test(found) && TITLE_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !/^[^\S\r\n]*[\p{Lu}\d]/u.test(text.slice(start + found.length, start + found.length + 4));
  // … or a masthead's in capitals, a word and "TODAY" alone on their line: "FREIGHT TODAY".
  const masthead = /^TODAY$/.test(found) && /(?:^|\n)[^\S\r\n]*\p{Lu}{3,}[^\S\r\n]+$/u.test(text.slice(Math.max(0, start - 30), start)) && /^[^\S\r\n]*(?:\r?\n|$)/.test(text.slice(start + found.length, start + found.length + 3));
  return titled || masthead || /(?:['’]s|\bthe)\s+$/.test(text.slice(Math.max(0, start - 6), start)) || /^\s+(?:programme|program|show|podcast|newspaper)\b/.test(text.slice(start + found.length, start + found.length + 12));
}

/** US legislatures' bills by their chamber's letters and number: "HB 2041", "SB 1100", "AB 5". */
export const BILL_CODE = /^(?:HB|SB|AB|HR|HF|SF|LB|LD)$/;

/** "Vision 2030", "Expo 2030", "Agenda 2063", "HB 2041": a year that ends a name, no date of the story. */
function isNamedForYear(text: string, start: number): boolean {
  const word = previousWord(text, start);
  return (BILL_CODE.test(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && !BEFORE_YEAR.test(word) && monthNumber(word) === undefined)) && /^[^\S\r\n]+$/.test(text.slice(start - 1, start));
}

/** Words before "the next year" that make it a length: "over the next year", "for at least the next month". */
const SPAN_BEFORE = /\b(?:over|in|within|during|for|throughout|of|through|into|across)(?:\s+(?:at\s+least|up\s+to|about|roughly|nearly|almost))?\s+$/i;

/** Nouns that make a four-digit number a count ("2000 people"), not a year. */
const COUNTED = new RegExp(
  `^(?:${[
    'people', 'persons', 'men', 'women', 'children', 'troops', 'soldiers', 'police', 'officers', 'members', 'workers',
    'employees', 'jobs', 'residents', 'students', 'votes', 'cases', 'deaths', 'homes', 'houses', 'units', 'copies',
    'times', 'feet', 'foot', 'metres', 'meters', 'miles', 'km', 'kilometres', 'kilometers', 'tons', 'tonnes', 'pounds',
    'dollars', 'euros', 'acres', 'hectares', 'square', 'calories', 'words', 'pages', 'points', 'shares', 'users',
    'customers', 'patients', 'block',
  ].join('|')})$`,
  'i',
);
/** Words before "the 15th" that make it a day of the month, when nothing follows it ("on the 15th."; not "the 15th floor"). */
const ORDINAL_DAY_CUE = /^(on|by|until|till|from|since|before|after)$/i;
/** Words a day of the month alone goes on to: a verb or a clause's end ("on the 3rd were lost"), not a noun ("the 3rd floor"). */
const AFTER_DAY_OF_MONTH = /^(?:was|were|is|are|will|when|at|that|which)$/i;

/**
 * Whether an ordinal ending at `end` ends a day of the month: before no word, a verb, or "and"/"or" and another ordinal
 * that does ("on the 3rd and 4th were lost"; not "on the 2nd and 3rd floors").
 */
function endsDayOfMonth(text: string, end: number): boolean {
  const next = nextWord(text, end);
  if (next === '' || AFTER_DAY_OF_MONTH.test(next)) return true;
  const other = /^[^\S\r\n]+(?:and|or)[^\S\r\n]+(?:the[^\S\r\n]+)?\d{1,2}(?:st|nd|rd|th)\b/i.exec(text.slice(end));
  return other !== null && endsDayOfMonth(text, end + other[0].length);
}
/** The first of two days of the month just before the second: "the 3rd and " of "on the 3rd and 4th". */
const FIRST_ORDINAL_BEFORE = new RegExp(`\\bthe${SP}(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)${SP}(?:and|or)${SP}$`, 'i');
const MAX_FIRST_ORDINAL = 24;
/** The weekdays of a list after "every" just before another: "every Monday and " of "every Monday and Wednesday". */
const EVERY_LIST_BEFORE = new RegExp(`\\b(?:every|each)${SP}${WEEKDAY_SRC}s?(?:(?:,|${SP}and|${SP}or|,${SP}and)${SP}${WEEKDAY_SRC}s?)*(?:,|${SP}and|${SP}or|,${SP}and)${SP}$`, 'i');
const MAX_EVERY_LIST = 80;
/** Words after which "May" and "March" are months rather than a verb or a march ("until at least May"). */
const MONTH_CUE = /^(in|since|until|till|by|from|through|throughout|during|before|after|beyond|into|of|early|late|mid|between|and|or|last|next|this|coming|least)$/i;
/** A schedule before "for" or "to" and a month: "is scheduled for May", "was pushed back to March" (not "voted for May"). */
const SCHEDULED_FOR = /\b(?:scheduled|planned|set|slated|due|expected|pencilled|penciled|postponed|delayed|moved|pushed|put|brought|back|forward)[^\S\r\n]+(?:for|to)[^\S\r\n]+$/i;
const MAX_SCHEDULE_CUE = 24;

/** Nouns after which "May" and "March" are months: "its March meeting", "the May election". */
const MONTH_EVENT = /^(?:meeting|meetings|session|deadline|auction|vote|election|elections|summit|figures|data|sales|orders|payrolls|contract|contracts|futures|report|review|budget|statement)$/i;

/** A surname after a weekday, then an age or a role in apposition: " Ebiere, 52,", " Adeyemi, a trader". */
const GIVEN_NAME_AFTER = /^[^\S\r\n]+\p{Lu}\p{Ll}+(?:[^\S\r\n]+\p{Lu}\p{Ll}+)?,[^\S\r\n]+(?:\d{1,3}[,)]|an?[^\S\r\n])/u;
/** "a", "one" and maybe an adjective of days before a weekday: some such day ("on a wet Tuesday"; not "in a statement Tuesday"). */
const INDEFINITE_BEFORE = /\b(?:an?|one)\s+(?:(?:wet|rainy|cold|hot|warm|sunny|snowy|grey|gray|quiet|busy|typical|normal|certain|single|fine)\s+)?$/i;
/** Words that go on after a day rather than name a kind of thing by it. */
const CLAUSE_GOES_ON = /^(?:in|at|of|on|when|and|or|after|before|while|during)$/;
/** Words that put a day before a weekday, which then names no one: "on Sunday", "until Friday". */
const DAY_PREPOSITION = /^(?:on|by|until|till|since|from|of|every|before|after|through|last|next|this|that|late|early)$/i;

/** "said Sunday Ebiere, 52, a fisherman": a weekday at [start, end) that is a given name, its surname and an age or a role after it. */
export function isWeekdayGivenName(text: string, start: number, end: number): boolean {
  return GIVEN_NAME_AFTER.test(text.slice(end)) && !monthNumber(nextWord(text, end)) && !DAY_PREPOSITION.test(previousWord(text, start));
}

/** The longest span of years read as one ("1998–2003"), and of a life's dates in brackets ("(1850-1921)"). */
const MAX_SPAN_YEARS = 50;
const MAX_LIFE_YEARS = 120;

/**
 * Whether the four digits at `start` end a telephone number or a code, "0300 123 2040", "555-2040" (not a year after a
 * year: "1998 - 2003"), or open one: "1800 555 010" (not a year before a count: "in 2023 150 firms").
 */
function isInDigitGroups(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return (/\d{2,}[ -]$/.test(before) && !/(?:^|\D)(?:19|20)\d\d\s?[-–]?\s?$/.test(before)) || /^[ -]\d{2,}[ -]\d{2,}/.test(text.slice(end, end + 12));
}

/** A two-digit year: 00–29 → 2000s, 30–99 → 1900s. */
function twoDigitYear(raw: string): number {
  const y = +raw;
  return y < 30 ? 2000 + y : 1900 + y;
}

function dayFound(year: number | undefined, month: number, day: number, note?: string): Found | null {
  if (year === undefined) {
    return isValidDay({ year: 2000, month, day }) ? { type: 'DATE', meaning: { kind: 'calendar', month, day } } : null;
  }
  return isValidDay({ year, month, day }) ? fixed('DATE', formatDay({ year, month, day }), note) : null;
}

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** A season's name: "spring", "fall". */
export function isSeasonWord(word: string): boolean {
  return SEASONS[word.toLowerCase()] !== undefined;
}
/** Adjectives that judge a season as one lived through: "a difficult spring", "a long, hard summer". */
const SEASON_JUDGEMENTS = 'long|hard|difficult|remarkable|busy|strong|tough|good|bad|poor|record|quiet|challenging|disappointing|successful|wet|dry|cold|mild|warm';
/** Prepositions a season follows without "the": "by fall", "until summer". */
const SEASON_PREPOSITIONS = /^(?:by|until|till|before|since|through|into)$/i;
/** … and those it follows only where it is no verb: "in late spring", "the run-up to summer", "all summer" (not "rates to fall"). */
const NOUN_SEASON_PREPOSITIONS = /^(?:to|in|for|over|during|after|all)$/i;
/** A school's or a course's nouns after a season, which make it that season: "the spring semester", "autumn term". */
const TERM_NOUNS = /^(?:semester|term|tuition|intake|session)$/i;
/** Verbs after a season that make it a clause's subject: "said that summer is hot". */
const CLAUSE_VERB = /^(?:is|was|are|were|will|would|has|had|have|can|could|may|might|must|should|seems?|seemed|looks?|looked|brings?|brought)$/i;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
/** Words of weather before "the nineties" that make it degrees: "temperatures climbed into the nineties". */
const TEMPERATURE_BEFORE = /\b(?:temperatures?|highs?|lows?|heat|degrees|thermometers?)\b[^.;]*$/i;
/** Decades in words from the thirties on, in order. */
const DECADE_WORDS = ['thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const CENTURY_WORDS: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };
const HOLIDAYS: [RegExp, number, number][] = [
  [/^christmas\s+eve$/i, 12, 24], [/^christmas/i, 12, 25], [/^new\s+year['’]s\s+eve$/i, 12, 31],
  [/^new\s+year/i, 1, 1], [/^valentine/i, 2, 14], [/^halloween$/i, 10, 31], [/^boxing\s+day$/i, 12, 26],
  [/^(?:st\.?|saint)\s+patrick/i, 3, 17], [/^bastille\s+day$/i, 7, 14],
  [/^fourth\s+of\s+july$/i, 7, 4], [/^canada\s+day$/i, 7, 1], [/^australia\s+day$/i, 1, 26], [/^anzac\s+day$/i, 4, 25],
  [/^(?:armistice|remembrance|veterans['’]?)\s+day$/i, 11, 11], [/^juneteenth$/i, 6, 19], [/^(?:bonfire|guy\s+fawkes)\s+night$/i, 11, 5], [/^hogmanay$/i, 12, 31],
  [/^waitangi\s+day$/i, 2, 6], [/^(?:st\.?|saint)\s+andrew['’]s\s+day$/i, 11, 30], [/^(?:st\.?|saint)\s+david['’]s\s+day$/i, 3, 1],
  [/^(?:st\.?|saint)\s+george['’]s\s+day$/i, 4, 23],
];
/** The last words of the holidays' names, movable or not, and the first words of those HOLIDAYS reads as prefixes. */
const HOLIDAY_LAST_WORD = /(?:day|eve|night|christmas|easter|pentecost|thanksgiving|juneteenth|hogmanay|halloween|gras|whitsunday|friday|monday|sunday|tuesday|wednesday|thursday|saturday|july|year['’]?s?)$/i;
const HOLIDAY_FIRST_WORDS = /^(?:christmas|new\s+year|valentine|(?:st\.?|saint)\s+patrick)/i;
/** A holiday's name, which the date finder reads as its day ("Easter", "Christmas Day", "Thanksgiving"), no entity's. */
export function isHolidayName(name: string): boolean {
  // (Most names end in no holiday's last word: cheap to tell, as every name of a document is asked.)
  if (!HOLIDAY_LAST_WORD.test(name) && !HOLIDAY_FIRST_WORDS.test(name)) return false;
  // tokens joined by spaces: "Presidents ' Day", "King Jr . Day"
  const written = name.replace(/\s+(?=[.'’])/g, '');
  return movableDayNamed(written) !== undefined || HOLIDAYS.some(([re]) => re.test(written));
}

const FISCAL = "a company's fiscal quarter: its months depend on the company's year";
const FISCAL_YEAR = "a financial year: its months depend on whose year it is";
const FISCAL_LOOKAHEAD = 40;
/** What names a year or a span of years a financial year after it: "2025/26 financial year", "2027-29 biennium" … */
const FINANCIAL_YEARS_AFTER = /^\s+(?:(?:financial|fiscal|budget|budgetary|tax|academic|school|reporting)\s+year|biennium)\b/i;
/** … and before it: "fiscal year 2025/26", "FY 2025-26". */
const FINANCIAL_YEARS_BEFORE = /\b(?:fiscal|financial)\s+year\s+$|\bFY\s*$/i;

/** Whether the words around a year at text[start, end) name it a financial year (or, with `season`, a season of two years). */
function isFinancialYear(text: string, start: number, end: number, season = false): boolean {
  const after = text.slice(end, end + FISCAL_LOOKAHEAD);
  return FINANCIAL_YEARS_AFTER.test(after) || (season && /^\s+season\b/i.test(after)) || FINANCIAL_YEARS_BEFORE.test(text.slice(Math.max(0, start - FISCAL_LOOKAHEAD), start));
}
/** "its fiscal first quarter": the word may come before the ordinal. */
const FISCAL_LOOKBEHIND = 8;

/** "the first fiscal quarter", "its fiscal first quarter", "the first quarter of its 2026 financial year", "Q1 FY2026": a company's own quarter. */
function isFiscal(found: string, after: string): boolean {
  return /\bfiscal\s/i.test(found) || /^\s+(?:of\s+(?:its|the|their)\s+(?:\d{4}\s+)?(?:fiscal|financial)\s+year|(?:of\s+)?(?:FY|fiscal\b))/i.test(after);
}

/** Between the days of a range: a dash, or a word after "from" or "between" ("from June 14 to 16"). */
const DAY_RANGE_SEPARATOR = `[-–]|${SP}(?:to|through|and)${SP}`;

/** A word between two days joins them only after "from" or "between": not "rose on June 14 to 16%". */
function isDayRange(separator: string, text: string, index: number): boolean {
  return /^[-–]$/.test(separator) || /\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, index - 9), index));
}

/** The day of a month whose ISO week is its first, second … week ("the first week of March" holds March 4). */
const WEEK_DAYS: Readonly<Record<string, number>> = { first: 4, second: 11, third: 18, fourth: 25 };

/** Saturday's number (ISO: Monday is 1), the day a month's first or last weekend is counted by. */
const SATURDAY = 6;

/** The ISO week that holds a day, or its weekend, fixed when the text gives the year. */
function weekOf(year: number | undefined, month: number, day: number, inWeek: 'week' | 'weekend' = 'week'): Found | null {
  if (!isValidDay({ year: year ?? 2000, month, day })) return null;
  return year !== undefined ? fixed('DATE', weekValue({ year, month, day }, inWeek)) : { type: 'DATE', meaning: { kind: 'calendar', month, day, inWeek } };
}

/** A day of a month, fixed in its year when the text gives one: a range's end. */
function dayOfMonth(year: number | undefined, month: number, day: number): Meaning {
  return year !== undefined ? { kind: 'fixed', value: formatDay({ year, month, day }) } : { kind: 'calendar', month, day };
}

/** Units of distance a speed is written in before "an hour": "kilometres", "km", "miles". */
const SPEED_UNIT_BEFORE = /\b(?:kilomet(?:re|er)s|km|miles|metres|meters|knots|nautical miles)\s+$/i;
/**
 * A count, or a count and its plural noun, before "a month": "38 a month", "60 jets a year", "$2 million a week", "3 per cent a
 * year", "twenty sacks of flour a week", "20,000 kronor a year".
 */
const RATE_BEFORE = new RegExp(
  `(?:\\d%?|\\b(?:${WORD_COUNT_SRC}|dozen|hundred))\\s*(?:(?:million|billion|trillion|thousand|bn|mn|m)\\s+)?(?:(?:per\\s?cent|percent|percentage\\s+points?)\\s+)?` +
    `(?:(?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+s\\s+(?:of\\s+[\\p{Ll}-]+\\s+)?|(?<=\\d\\s*)(?:kronor|krona|kroner|yen|yuan|renminbi|won|baht|euro|rand)\\s+)?(?:\\([^()]{1,24}\\)\\s+)?$`,
  'u',
);

/** A year before the era in ISO 8601's numbering, which has a year 0: 1 BC is "0000", 1150 BC "-1149". */
function beforeEra(year: number): string {
  return year === 1 ? '0000' : `-${String(year - 1).padStart(4, '0')}`;
}

/** Seconds as a race's times write them: "14", "09", "14.706". */
const SECONDS_SRC = '\\d{1,3}(?:\\.\\d{1,3})?';

/** An hour of a 12-hour clock in the half of the day named after it: "6:40 in the morning" 6, "9:15 at night" 21, "12:30 at night" 0. */
function hourOfPart(hour: number, part: string): number {
  if (/morning/i.test(part)) return hour % 12;
  if (/night/i.test(part) && (hour === 12 || hour < 5)) return hour % 12;
  return (hour % 12) + 12;
}

/** What comes right before a word that opens a line, a bullet or a sentence. */
const LINE_OR_SENTENCE_OPENS = /(?:^|\n|[-•*]\s|[.!?]\s)\s*$/;

/** Nouns of a measure or a publication per time, no recurring event: "daily total", "quarterly loss", "weekly newspaper". */
const MEASURED_PER_TIME =
  '(?:active|average|total|totals|high|highs|low|lows|record|records|rate|rates|limit|limits|cap|caps|ceiling|allowance|volume|volumes|loss|losses|profit|profits|gain|gains|revenue|revenues|sales|output|turnover|decline|declines|drop|drops|rise|rises|increase|increases|newspaper|newspapers|paper|papers|bulletin|magazine|show|dose|doses|intake|wage|wages|rent|mail)';

const PER_UNIT: Record<string, string> = {
  annually: 'P1Y', annual: 'P1Y', biennial: 'P2Y', biennially: 'P2Y', triennial: 'P3Y', yearly: 'P1Y', quarterly: 'P3M', monthly: 'P1M', fortnightly: 'P2W', weekly: 'P1W', daily: 'P1D', nightly: 'P1D', hourly: 'PT1H',
};

/** Nouns a weekday can name a kind of ("a Sunday newspaper", "the Friday market", "Friday prayers"). */
const WEEKDAY_KINDS = /^(?:newspapers?|papers?|markets?|editions?|magazines?|supplements?|prayers?|services?|shows?|sermons?|masses|mass|league|school)$/i;
/** Kinds of year a year's number may name: "the 2025 financial year". */
const YEAR_KIND = /\b(?:financial|fiscal|calendar|school|academic)\s+years?\b/i;
/** A determiner before "last"/"next" that makes it an adjective of order: "his last Sunday Mass". */
const ORDER_OWNER = /^(?:his|her|its|their|our|my|your|the)$/i;

/** The hours of the clock in words. */
const WORD_HOURS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const WORD_HOURS_SRC = Object.keys(WORD_HOURS).join('|');
/** Words before an hour in words that make it a clock time ("at six in the morning", not "six in the morning shift"). */
const CLOCK_WORD_CUE = /^(?:at|by|until|till|from|around|about|before|after|since|past|nearly|almost|gone)$/i;

/**
 * Offsets of the zones that name one ("EST" is always UTC−5, "Moscow time" UTC+3); "ET", "CT", "PT"
 * and "UK time" change with the season, and "CST" and "IST" name zones of several countries, so they have none.
 */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', WAT: '+01:00', CAT: '+02:00',
  EAT: '+03:00', SAST: '+02:00', MSK: '+03:00', JST: '+09:00', KST: '+09:00', HKT: '+08:00', SGT: '+08:00',
  AEST: '+10:00', AEDT: '+11:00', AWST: '+08:00', ACST: '+09:30', ACDT: '+10:30', NZST: '+12:00', NZDT: '+13:00', PKT: '+05:00', WIB: '+07:00',
  PHT: '+08:00', ICT: '+07:00',
  ...Object.fromEntries(Object.entries(PLACE_OFFSETS).map(([place, offset]) => [`${place} Time`, offset])),
  'Eastern Standard Time': '-05:00', 'Eastern Daylight Time': '-04:00', 'Central Standard Time': '-06:00', 'Central Daylight Time': '-05:00',
  'Mountain Standard Time': '-07:00', 'Mountain Daylight Time': '-06:00', 'Pacific Standard Time': '-08:00', 'Pacific Daylight Time': '-07:00',
};

/** A clip's length in brackets closing a "Watch:" or "Video:" line: "Watch: the minister on the arrests (02:14)". */
function isClipLength(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  return /^\s*(?:watch|video|listen|play|audio)\b/i.test(text.slice(lineStart, start)) && /^\)\s*(?:\n|$)/.test(text.slice(end, end + 4));
}

/** A clock time with its offset from UTC when the zone says it ("GMT" → Z, "GMT+1" → +01:00, "EDT" → -04:00). */
function clock(hour: number, minute: number, zone: string | undefined): string {
  const offset = zone ? /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(zone) : null;
  const named = zone?.replace(/\s+/g, ' ').replace(/ time$/, ' Time');
  const z = !offset ? (named && (ZONE_OFFSETS[named] ?? seasonalZoneMarker(named))) || '' : offset[1] ? `${offset[1]}${offset[2].padStart(2, '0')}:${offset[3] ?? '00'}` : 'Z';
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${z}`;
}

/**
 * Whether "a/b/year" is day first: a is no month, or only the day-first reading is not after
 * `today` ("12/03/2026" read in November 2026 is 12 March: no story is dated ahead).
 */
export function isDayFirst(a: number, b: number, year: number, today: Day): boolean {
  if (a > 12) return true;
  if (b > 12 || a === b) return false;
  const key = (d: Day) => d.year * 10000 + d.month * 100 + d.day;
  return key({ year, month: a, day: b }) > key(today) && key({ year, month: b, day: a }) <= key(today);
}

const DAY_BEFORE_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?(?:${MONTH_FULL_SRC})\\b`, 'g');
const MONTH_BEFORE_DAY = new RegExp(`\\b(?:${MONTH_FULL_SRC})\\.?${SP}\\d{1,2}\\b`, 'g');

/** Whether a text writes its dates with the day before the month's name ("2 August 2026") more often than after it. */
function writesDayFirst(text: string): boolean {
  return [...text.matchAll(DAY_BEFORE_MONTH)].length > [...text.matchAll(MONTH_BEFORE_DAY)].length;
}

/**
 * A clock in the time of a country that writes the day first, right after a numeric date: ", 18:45 GMT", " 09.30 BST",
 * " 9:40pm AEST".
 */
const DAY_FIRST_CLOCK_AFTER = /^,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|IST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SAST)\b/i;

/** Agencies whose copy writes numeric dates day first. */
const DAY_FIRST_AGENCIES = /\((?:AFP|dpa|ANSA|EFE|Belga|ANP|PTI|IANS|Bernama)\)|\bAgence France-Presse\b/;

function today(): Day {
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/** The patterns, compiled once. Each scans the whole text; overlaps are settled by the caller. */
export const RULES: readonly Rule[] = [
  // 2025-07-31, 2025-07-31T14:40, 2025-07-31 14:40, 2027-03-05 07:30 GMT
  rule(`\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?${TZ})?(?![\\d-])`, (m) => {
    const day = { year: +m[1], month: +m[2], day: +m[3] };
    if (!isValidDay(day)) return null;
    if (m[4] === undefined) return fixed('DATE', formatDay(day));
    if (+m[4] > 23 || +m[5] > 59) return null;
    if (isNoPlaceTime(m[6])) return { ...fixed('TIME', `${formatDay(day)}T${clock(+m[4], +m[5], undefined)}`), length: withoutZone(m[0], m[6]) };
    return fixed('TIME', `${formatDay(day)}T${clock(+m[4], +m[5], m[6])}`);
  }, ['-']),
  // 07/31/2025, 31/07/2025, 7/31/25; 18-03-2026, its year in full
  rule(`(?<![\\d/.-])(\\d{1,2})(?:/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])|-(\\d{1,2})-(\\d{4})(?![\\d-]))`, (m, text) => {
    const [a, b] = [+m[1], +(m[2] ?? m[4])];
    const written = m[3] ?? m[5];
    const year = written.length === 4 ? +written : twoDigitYear(written);
    // An agency or a text that writes the day first ("AFP", "2 August 2026") says how to read both numbers 12 or less.
    const ambiguous = a <= 12 && b <= 12 && a !== b;
    const agency = ambiguous && DAY_FIRST_AGENCIES.test(text);
    const house = ambiguous && !agency && writesDayFirst(text);
    // (… and so does a clock after it in the time of a country that writes the day first: "10/03/2026 18:45 GMT".)
    const zoned = ambiguous && !agency && !house && DAY_FIRST_CLOCK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
    const dayFirst = agency || house || zoned || isDayFirst(a, b, year, today());
    const notes = [
      dayFirst ? (a > 12 ? 'read as day/month/year' : agency ? 'read as day/month/year, as its agency writes dates' : house ? 'read as day/month/year, as the text writes its dates' : zoned ? 'read as day/month/year, as the zone of the clock after it writes dates' : 'read as day/month/year: month first would be a day still ahead') : b <= 12 && a !== b ? 'read as month/day/year' : '',
      written.length === 2 ? `'${written} read as ${year}` : '',
    ].filter(Boolean);
    return dayFirst ? dayFound(year, b, a, notes.join('; ') || undefined) : dayFound(year, a, b, notes.join('; ') || undefined);
  }, ['/', '-']),
  // "on 17 and 18 March", "3, 4 and 5 June": the days listed before the month that ends the list.
  rule(`\\b(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?=(?:,${SP}(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?)*,?${SP}and${SP}(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?${SP}(${MONTH_SRC})\\b(?:${SP}(${YEAR_SRC}))?)`, (m) => {
    const month = monthNumber(m[2]);
    return month && isCapitalized(m[2]) ? dayFound(m[3] === undefined ? undefined : +m[3], month, +m[1]) : null;
  }, ['and']),
  // "on March 3 and 4": the days listed after the month that opens the list.
  rule(`(?<=\\b(${MONTH_SRC})${SP}(?:3[01]|[12]\\d|0?[1-9])(?:,${SP}(?:3[01]|[12]\\d|0?[1-9]))*,?${SP}and${SP})(3[01]|[12]\\d|0?[1-9])\\b(?!${SP}(?:${MONTH_SRC})\\b|[.,]\\d|${SP}(?:percent|per|%|million|billion))`, (m) => {
    const month = monthNumber(m[1]);
    return month && isCapitalized(m[1]) ? dayFound(undefined, month, +m[2]) : null;
  }, ['and']),
  // 31.07.2025
  rule(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d|\\.\\d)`, (m) => dayFound(+m[3], +m[2], +m[1]), ['.']),
  // June 28-29, Sept. 17–18, 2024, from June 14 to 16: a range of days, as an ISO interval
  rule(`\\b(${MONTH_SRC})${SP}(3[01]|[12]\\d|0?[1-9])(${DAY_RANGE_SEPARATOR})(3[01]|[12]\\d|0?[1-9])\\b(?:,?${SP}(${YEAR_SRC}))?`, (m, text) => {
    const month = monthNumber(m[1]);
    const [first, last] = [parseInt(m[2], 10), parseInt(m[4], 10)];
    if (!month || !isCapitalized(m[1]) || last <= first || !isDayRange(m[3], text, m.index)) return null;
    const year = m[5] ? +m[5] : undefined;
    return { type: 'DATE', meaning: { kind: 'range', from: dayOfMonth(year, month, first), to: dayOfMonth(year, month, last) } };
  }),
  // 27-28 April, 27–28 April 2026, from 14 to 16 June: a range of days written day first
  rule(`\\b(3[01]|[12]\\d|0?[1-9])(${DAY_RANGE_SEPARATOR})(3[01]|[12]\\d|0?[1-9])${SP}(${MONTH_SRC})\\b(?:,?${SP}(${YEAR_SRC}))?`, (m, text) => {
    const month = monthNumber(m[4]);
    const [first, last] = [parseInt(m[1], 10), parseInt(m[3], 10)];
    if (!month || !isCapitalized(m[4]) || last <= first || !isDayRange(m[2], text, m.index)) return null;
    const year = m[5] ? +m[5] : undefined;
    return { type: 'DATE', meaning: { kind: 'range', from: dayOfMonth(year, month, first), to: dayOfMonth(year, month, last) } };
  }),
  // April-June, the July–September period: a range of months
  rule(`\\b(${MONTH_SRC})[-–](${MONTH_SRC})\\b(?:${SP}(${YEAR_SRC}))?`, (m) => {
    const [from, to] = [monthNumber(m[1]), monthNumber(m[2])];
    if (!from || !to || !isCapitalized(m[1]) || !isCapitalized(m[2]) || to <= from) return null;
    const month = (n: number): Meaning => (m[3] ? { kind: 'fixed', value: formatMonth(+m[3], n) } : { kind: 'calendar', month: n });
    return { type: 'DATE', meaning: { kind: 'range', from: month(from), to: month(to) } };
  }, ['-', '–']),
  // July 31, Aug. 1, 2025, Sept 5 2024
  rule(`\\b(${MONTH_SRC})${SP}(${DAY_SRC})(?:,?${SP}(${YEAR_SRC}))?`, (m) => {
    const month = monthNumber(m[1]);
    if (!month || !isCapitalized(m[1])) return null;
    return dayFound(m[3] ? +m[3] : undefined, month, parseInt(m[2], 10));
  }),
  // 31 July 2025, the 1st of August
  rule(`\\b(?:the${SP})?(${DAY_SRC})(?:${SP}of)?${SP}(${MONTH_SRC})(?:,?${SP}(${YEAR_SRC}))?`, (m) => {
    const month = monthNumber(m[2]);
    if (!month || !isCapitalized(m[2])) return null;
    return dayFound(m[3] ? +m[3] : undefined, month, parseInt(m[1], 10));
  }),
  // "the first of April", "the twenty-first of June 2027": a day in words (only with "the" and "of": not "the first of many";
  // capitalized, a holiday's name: "the Fourth of July").
  rule(`\\bthe${SP}(${DAY_ORDINAL_SRC})${SP}of${SP}(${MONTH_SRC})(?:,?${SP}(${YEAR_SRC}))?\\b`, (m) => {
    const [month, day] = [monthNumber(m[2]), dayOfOrdinal(m[1])];
    if (!month || !day || !isCapitalized(m[2]) || isCapitalized(m[1])) return null;
    return dayFound(m[3] ? +m[3] : undefined, month, day);
  }, ['of']),
  // on the 15th, by the 3rd of next month, "posted on the 3rd and 4th were": a day of the article's month (or the one named)
  rule(`\\bthe${SP}(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\b(?:${SP}of${SP}(this|last|next)${SP}month\\b)?`, (m, text) => {
    const end = m.index + m[0].length;
    if (!m[2] && (!ORDINAL_DAY_CUE.test(previousWord(text, m.index)) || !endsDayOfMonth(text, end))) return null;
    const by = m[2] ? { this: 0, last: -1, next: 1 }[m[2].toLowerCase() as 'this'] : undefined;
    return { type: 'DATE', meaning: { kind: 'monthDay', day: parseInt(m[1], 10), by } };
  }, ['st', 'nd', 'rd', 'th']),
  // … and the second of two: "on the 3rd and 4th".
  rule(`\\b(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\b`, (m, text) => {
    const before = text.slice(Math.max(0, m.index - MAX_FIRST_ORDINAL), m.index);
    const first = FIRST_ORDINAL_BEFORE.exec(before);
    if (!first || !ORDINAL_DAY_CUE.test(previousWord(text, m.index - before.length + first.index)) || !endsDayOfMonth(text, m.index + m[0].length)) return null;
    return { type: 'DATE', meaning: { kind: 'monthDay', day: parseInt(m[1], 10) } };
  }, ['st', 'nd', 'rd', 'th']),
  // July 2025, mid-July 2025, July of 2025
  rule(`\\b${EML}(${MONTH_SRC})(?:,|${SP}of)?${SP}(${YEAR_SRC})`, (m) => {
    const month = monthNumber(m[1]);
    if (!month || !isCapitalized(m[1])) return null;
    return fixed('DATE', formatMonth(+m[2], month));
  }),
  // "March and April 2025", "May or June 2024", "March, May and June of 2025": the months of a list take the year written after the last
  rule(`\\b${EML}(${MONTH_FULL_SRC})(?=(?:(?:,|,?${SP}and|,?${SP}or)${SP}${EML}${MONTH_SRC})+(?:,|${SP}of)?${SP}(${YEAR_SRC}))`, (m) => {
    const month = monthNumber(m[1]);
    if (!month || !isCapitalized(m[1])) return null;
    return fixed('DATE', formatMonth(+m[2], month));
  }),
  // February last year, in May next year, March of this year
  rule(`\\b${EML}(${MONTH_FULL_SRC})(?:,|${SP}of)?${SP}(last|next|this)${SP}year\\b`, (m) => {
    const month = monthNumber(m[1]);
    if (!month || !isCapitalized(m[1])) return null;
    return { type: 'DATE', meaning: { kind: 'calendar', month, yearBy: { last: -1, this: 0, next: 1 }[m[2].toLowerCase() as 'last'] } };
  }, ['year']),
  // "on 4 May last year", "March 3 next year", "Oct. 1 of next year": a day in the year before or after the article's
  rule(`\\b(?:(${DAY_SRC})${SP}(${MONTH_FULL_SRC})|(${MONTH_SRC})${SP}(${DAY_SRC}))(?:,|${SP}of)?${SP}(last|next|this)${SP}year\\b`, (m) => {
    const month = monthNumber(m[2] ?? m[3]);
    if (!month || !isCapitalized(m[2] ?? m[3])) return null;
    const day = parseInt(m[1] ?? m[4], 10);
    if (!isValidDay({ year: 2000, month, day })) return null;
    return { type: 'DATE', meaning: { kind: 'calendar', month, day, yearBy: { last: -1, this: 0, next: 1 }[m[5].toLowerCase() as 'last'] } };
  }, ['year']),
  // September of that year, in May of the same year: in the year the text named just before
  rule(`\\b(${MONTH_FULL_SRC})${SP}of${SP}(?:that|the${SP}same)${SP}year\\b`, (m) => {
    const month = monthNumber(m[1]);
    return month && isCapitalized(m[1]) ? { type: 'DATE', meaning: { kind: 'calendar', month, inNamedYear: true } } : null;
  }, ['year']),
  // June, in May, last September, mid-July, the following December
  rule(`\\b(?:the${SP}(?=following\\b))?${DIR_OR_PAST}(${EML})(${MONTH_FULL_SRC})(?!-)`, (m, text) => {
    const month = monthNumber(m[3]);
    if (!month || !isCapitalized(m[3])) return null;
    const cued = Boolean(m[1] || m[2]);
    // A capitalized word after a bare month name makes it a name ("June Carter").
    if (!cued && isCapitalized(nextWord(text, m.index + m[0].length))) return null;
    const scheduled = () => SCHEDULED_FOR.test(text.slice(Math.max(0, m.index - MAX_SCHEDULE_CUE), m.index));
    if (!cued && (month === 3 || month === 5) && !MONTH_CUE.test(previousWord(text, m.index)) && !MONTH_EVENT.test(nextWord(text, m.index + m[0].length)) && !scheduled()) return null;
    const following = /^following$/i.test(m[1] ?? '');
    return { type: 'DATE', meaning: { kind: 'calendar', month, direction: direction(m[1]), ...(following && { afterEvent: true as const }) } };
  }),
  // "the week of April 20", "the week of 20 April 2026": the ISO week that holds the day.
  rule(`\\bthe${SP}week${SP}of${SP}(?:(${MONTH_SRC})${SP}(\\d{1,2})|(\\d{1,2})${SP}(${MONTH_SRC}))(?:st|nd|rd|th)?(?:,?${SP}(${YEAR_SRC}))?\\b`, (m) => {
    const [month, day] = m[1] ? [monthNumber(m[1]), +m[2]] : [monthNumber(m[4]), +m[3]];
    return month ? weekOf(m[5] === undefined ? undefined : +m[5], month, day) : null;
  }, ['week']),
  // "the first week of March", "the last week of June": the ISO week that holds its fourth day, or its last but three.
  rule(`\\b(?:the${SP})?(first|second|third|fourth|last|final)${SP}week${SP}of${SP}(${MONTH_SRC})(?:${SP}(${YEAR_SRC}))?\\b`, (m) => {
    const month = monthNumber(m[2]);
    if (!month) return null;
    const year = m[3] === undefined ? undefined : +m[3];
    const ordinal = m[1].toLowerCase();
    const day = ordinal === 'last' || ordinal === 'final' ? daysInMonth(year ?? 2001, month) - 3 : WEEK_DAYS[ordinal];
    return weekOf(year, month, day);
  }, ['week']),
  // "the weekend of 18-19 April", "the weekend of July 18-19", "the weekend of 11 and 12 July": the weekend of the ISO week
  // that holds the day.
  rule(`\\bthe${SP}weekend${SP}of${SP}(?:(${MONTH_SRC})${SP}(\\d{1,2})(?:(?:[-–]|${SP}and${SP})\\d{1,2})?|(\\d{1,2})(?:(?:[-–]|${SP}and${SP})\\d{1,2})?${SP}(${MONTH_SRC}))(?:st|nd|rd|th)?(?:,?${SP}(${YEAR_SRC}))?\\b`, (m) => {
    const [month, day] = m[1] ? [monthNumber(m[1]), +m[2]] : [monthNumber(m[4]), +m[3]];
    return month ? weekOf(m[5] === undefined ? undefined : +m[5], month, day, 'weekend') : null;
  }, ['weekend']),
  // "the last weekend of March", "the first weekend in May 2027": the weekend of the month's first or last Saturday.
  rule(`\\b(?:the${SP})?(first|second|third|fourth|last|final)${SP}weekend${SP}(?:of|in)${SP}(${MONTH_FULL_SRC})(?:,?${SP}(${YEAR_SRC}))?\\b`, (m) => {
    const month = monthNumber(m[2]);
    if (!month || !isCapitalized(m[2])) return null;
    const nth = /^(?:last|final)$/i.test(m[1]) ? -1 : ORDINAL[m[1].toLowerCase()];
    if (m[3]) return fixed('DATE', weekValue(nthWeekdayOf(+m[3], month, [nth, SATURDAY]), 'weekend'));
    return { type: 'DATE', meaning: { kind: 'calendar', month, day: nth > 0 ? 7 * nth - 3 : 25, nthWeekday: [nth, SATURDAY], inWeek: 'weekend' } };
  }, ['weekend']),
  // "the first Sunday of July", "the last Friday in May 2027": a weekday by its place in the month.
  rule(`\\b(?:the${SP})?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)${SP}(${WEEKDAY_SRC})${SP}(?:of|in)${SP}(${MONTH_FULL_SRC})(?:,?${SP}(${YEAR_SRC}))?\\b`, (m) => {
    const month = monthNumber(m[3]);
    const day = weekdayNumber(m[2]);
    if (!month || !day || !isCapitalized(m[3])) return null;
    const nth = /^(?:last|final)$/i.test(m[1]) ? -1 : ORDINAL[m[1].toLowerCase()];
    if (m[4]) return fixed('DATE', formatDay(nthWeekdayOf(+m[4], month, [nth, day])));
    return { type: 'DATE', meaning: { kind: 'calendar', month, day: nth > 0 ? 7 * nth - 3 : 25, nthWeekday: [nth, day] } };
  }, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
  // 2021-22, the 2024-25 fiscal year, 1998–2003: a span of years, as an ISO interval
  rule(`\\b(?<![$€£#.,:/'’])(?:(fiscal|FY)${OSP})?(${YEAR_SRC})[-–/](\\d\\d|${YEAR_SRC})(?![-–/.,:]?\\d)`, (m, text) => {
    const first = +m[2];
    const last = m[3].length === 2 ? Math.floor(first / 100) * 100 + +m[3] : +m[3];
    // A life's dates in brackets span longer: "Anton Vesselring (1850-1921)".
    const life = text[m.index - 1] === '(' && text[m.index + m[0].length] === ')';
    if (last <= first || last - first > (life ? MAX_LIFE_YEARS : MAX_SPAN_YEARS)) return null;
    // "fiscal 2026-27", "the 2025/26 financial year", "the 2027-29 biennium", "the 2020-21 academic year", "the 2026-27
    // season", and any year written "2026/27": whose year it is decides its months.
    if (m[1] || isFinancialYear(text, m.index, m.index + m[0].length, true) || /^\d{4}\/\d\d$/.test(m[0])) return vague('DATE', FISCAL_YEAR);
    return fixed('DATE', `${first}/${last}`);
  }, ['-', '–', '/']),
  // 2022, mid-2024, fiscal 2007
  rule(`\\b(?<![$€£#.,:/'’])(?:(fiscal|FY)${OSP})?${EML}(${YEAR_SRC})(?![.,]\\d|-\\d\\d-|-\\d{3}|:\\d|${OSP}%|${SP}[A-Z]{1,2}\\d)`, (m, text) => {
    if (COUNTED.test(nextWord(text, m.index + m[0].length))) return null;
    if (m[0] === m[2] && isNamedForYear(text, m.index)) return null;
    if (m[0] === m[2] && isInDigitGroups(text, m.index, m.index + m[0].length)) return null;
    // "fiscal 2025", "fiscal year 2026", "the 2026 financial year": whose year it is decides its months.
    if (m[1] || isFinancialYear(text, m.index, m.index + m[0].length)) return vague('DATE', FISCAL_YEAR);
    return fixed('DATE', m[2]);
  }),
  // FY27, FY30: a fiscal year, whose months depend on whose year it is
  rule(`\\bFY${OSP}(?:(?:19|20)\\d\\d[-/])?['’]?(\\d\\d)(?![\\d-])`, () => vague('DATE', FISCAL_YEAR), ['fy'], 'g'),
  // '09, early '09
  rule(`(?<![\\w'’])${EML}['’](\\d\\d)(?![\\w'’])`, (m) => {
    const year = twoDigitYear(m[1]);
    return fixed('DATE', String(year), `'${m[1]} read as ${year}`);
  }, ["'", '’']),
  // the 1970s, the early 2000s, the '80s
  rule(`(?<![\\w'’])(?:the${SP})?${EML}(?:(1[6-9]\\d|20\\d)0|['’](\\d)0)['’]?s\\b`, (m) => {
    if (m[1]) return fixed('DATE', `${m[1]}X`);
    return +m[2] >= 3 ? fixed('DATE', `19${m[2]}X`, `read as the 19${m[2]}0s`) : vague('DATE', 'the century is not stated');
  }, ['0s', "0'", '0’']),
  // the nineties, the late seventies: a decade in words, of the last century (not "the twenties", either century's; not
  // an age, "in her nineties", nor a temperature, "highs in the nineties").
  rule(`\\bthe${SP}${EML}(thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b(?!${SP}(?:Fahrenheit|degrees|°))`, (m, text) => {
    if (TEMPERATURE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
    const decade = DECADE_WORDS.indexOf(m[1].toLowerCase()) + 3;
    return fixed('DATE', `19${decade}X`, `read as the 19${decade}0s`);
  }, ['ties']),
  // the 21st century, the nineteenth century, a 10th-century inscription (whose "the" is its noun's: "the 19th-century bushranger")
  rule(`\\b(?:the${SP}(?!\\S*-century\\b))?${EML}(\\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|twenty-first)(?:${SP}|-)century\\b(${SP}(?:BCE|BC|B\\.C\\.E\\.|B\\.C\\.)(?!\\w))?`, (m) => {
    const n = CENTURY_WORDS[m[1].toLowerCase()] ?? parseInt(m[1], 10);
    if (m[2]) return vague('DATE', 'a century before the era');
    return n >= 1 ? fixed('DATE', String(n - 1).padStart(2, '0')) : null;
  }, ['century']),
  // 1150 BC, 1150–1000 cal BC, between 850 and 700 B.C.: years before the era, in ISO 8601's numbering (1 BC is 0000).
  rule(`\\b(?:between${SP}(\\d{1,4})${SP}and${SP}|(\\d{1,4})${OSP}[-–]${OSP})?(\\d{1,4})${SP}(?:cal${SP})?(?:BCE|BC|B\\.C\\.E\\.|B\\.C\\.)(?!\\w)`, (m) => {
    const [from, to] = [m[1] ?? m[2], m[3]].map((n) => (n === undefined ? undefined : +n));
    if (to! < 1 || (from !== undefined && from <= to!)) return null;
    return fixed('DATE', from === undefined ? beforeEra(to!) : `${beforeEra(from)}/${beforeEra(to!)}`);
  }, ['bc', 'b.c'], 'g'),
  // AD 950, 950 CE: a year of the era, written with it.
  rule(`\\b(?:(?:AD|A\\.D\\.)${SP}(\\d{1,4})|(\\d{1,4})${SP}(?:AD|A\\.D\\.|CE|C\\.E\\.))(?!\\w)`, (m) => {
    const year = +(m[1] ?? m[2]);
    return year >= 1 ? fixed('DATE', String(year).padStart(4, '0')) : null;
  }, ['a.d', 'c.e', ...'0123456789'.split('').flatMap((d) => [`${d} ad`, `${d} ce`, `ad ${d}`])], 'g'),
  // the fourth quarter, the second half of 2008, first-quarter 2026, the first quarter of next year, the first half of calendar 2028
  rule(
    `\\b(?:the${SP})?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:-|${SP})(?:fiscal${SP})?(quarter|half)\\b` +
      `(?:${SP}of${SP}(?:(this|last|next|the)${SP}year|(?:fiscal${SP}|calendar${SP})?(${YEAR_SRC}))|${SP}(${YEAR_SRC}))?`,
    (m, text) => {
      const half = m[2].toLowerCase() === 'half';
      const n = ORDINAL[m[1].toLowerCase()];
      const year = m[4] ?? m[5];
      if ((half && n > 2) || (!m[3] && !year && (half || /^(final|last)$/i.test(m[1])))) return null;
      if (isFiscal(text.slice(Math.max(0, m.index - FISCAL_LOOKBEHIND), m.index) + m[0], text.slice(m.index + m[0].length, m.index + m[0].length + FISCAL_LOOKAHEAD))) return vague('DATE', FISCAL);
      const part = `${half ? 'H' : 'Q'}${half && n === 4 ? 2 : n}`;
      if (year) return fixed('DATE', `${year}-${part}`);
      const which = m[3]?.toLowerCase();
      // "the fourth quarter", "of the year": this year's unless the tense points to another.
      if (!which || which === 'the') return { type: 'RELATIVE', meaning: { kind: 'yearPart', part, by: 0, byTense: true } };
      return { type: 'RELATIVE', meaning: { kind: 'yearPart', part, by: { this: 0, last: -1, next: 1 }[which as 'this'] } };
    },
    ['quarter', 'half'],
  ),
  // "the June quarter", "March quarter figures": a quarter named by its last month, as Australian and British business copy does.
  rule(`\\b(?:the${SP})?(March|June|September|December)${SP}quarter\\b`, (m, text) => {
    if (isFiscal(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + FISCAL_LOOKAHEAD))) return vague('DATE', FISCAL);
    const part = `Q${monthNumber(m[1])! / 3}`;
    return { type: 'RELATIVE', meaning: { kind: 'yearPart', part, by: 0, byTense: true } };
  }, ['quarter']),
  // "the October-December quarter", "the April-June 2025 quarter": a calendar quarter named by its months.
  rule(`\\bthe${SP}(${MONTH_SRC})[-–](${MONTH_SRC})(?:${SP}(${YEAR_SRC}))?${SP}quarter\\b`, (m) => {
    const [from, to] = [monthNumber(m[1]), monthNumber(m[2])];
    if (!from || !to || !isCapitalized(m[1]) || !isCapitalized(m[2]) || to - from !== 2 || from % 3 !== 1) return null;
    const part = `Q${to / 3}`;
    return m[3] ? fixed('DATE', `${m[3]}-${part}`) : { type: 'RELATIVE', meaning: { kind: 'yearPart', part, by: 0, byTense: true } };
  }, ['quarter']),
  // the final three months of 2025, the first six months of 2024, of the year: a quarter or half of that year
  rule(`\\b(?:the${SP})?(first|final|last)${SP}(three|six|3|6)${SP}months${SP}of${SP}(?:(${YEAR_SRC})|(this|last|next|the)${SP}year)\\b`, (m) => {
    const first = m[1].toLowerCase() === 'first';
    const half = /^(six|6)$/i.test(m[2]);
    const part = half ? (first ? 'H1' : 'H2') : first ? 'Q1' : 'Q4';
    if (m[3]) return fixed('DATE', `${m[3]}-${part}`);
    const which = m[4].toLowerCase();
    return { type: 'RELATIVE', meaning: which === 'the' ? { kind: 'yearPart', part, by: 0, byTense: true } : { kind: 'yearPart', part, by: { this: 0, last: -1, next: 1 }[which as 'this'] } };
  }, ['months of']),
  // 2008 second-quarter, 2025 first half
  rule(`\\b(${YEAR_SRC})${SP}(first|second|third|fourth|1st|2nd|3rd|4th)(?:-|${SP})(quarter|half)\\b`, (m) => {
    const n = ORDINAL[m[2].toLowerCase()];
    const half = m[3].toLowerCase() === 'half';
    return half && n > 2 ? null : fixed('DATE', `${m[1]}-${half ? 'H' : 'Q'}${n}`);
  }, ['quarter', 'half']),
  // Q3 2024, Q1, H2 2025, 1H 2027, 3Q25
  rule(`\\b(Q[1-4]|H[12]|[1-4]Q|[12]H)(?:${SP}(${YEAR_SRC})|${OSP}['’]?(\\d\\d)\\b)?(?![\\w-])`, (m, text) => {
    if (isFiscal(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + FISCAL_LOOKAHEAD))) return vague('DATE', FISCAL);
    const part = /^\d/.test(m[1]) ? m[1][1] + m[1][0] : m[1];
    const year = m[2] ?? (m[3] ? String(twoDigitYear(m[3])) : undefined);
    if (year) return fixed('DATE', `${year}-${part}`);
    // "1Q" alone reads as a count more often than a quarter.
    // (This year's unless the tense points to another, as "the fourth quarter": "booked a charge in Q4".)
    return part[0] === 'Q' && part === m[1] ? { type: 'RELATIVE', meaning: { kind: 'yearPart', part, by: 0, byTense: true } } : null;
  }, ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', '1q', '2q', '3q', '4q', '1h', '2h'], 'g'),
  // last summer, the summer of 2024, fall 2023, the autumn of that year, the spring of last year, spring last year, all summer
  rule(`\\b(the${SP}|all${SP})?${DIR_OR_PAST}${EML}(spring|summer|autumn|fall|winter)(?:${SP}(?:of${SP})?(${YEAR_SRC}))?(${SP}of${SP}(?:that|the${SP}same)${SP}year)?(?:${SP}(?:of${SP})?(last|this|next)${SP}year\\b(?!['’]))?\\b`, (m, text) => {
    const season = SEASONS[m[3].toLowerCase()];
    if (m[4]) return fixed('DATE', `${m[4]}-${season}`);
    if (m[5]) return { type: 'DATE', meaning: { kind: 'yearPart', part: season, by: 0, inNamedYear: true } };
    if (m[6] && !m[2]) return { type: 'RELATIVE', meaning: { kind: 'yearPart', part: season, by: { last: -1, this: 0, next: 1 }[m[6].toLowerCase() as 'last'], ofYear: true } };
    if (m[2]) return { type: 'RELATIVE', meaning: { kind: 'yearPart', part: season, by: { last: -1, this: 0, next: 1 }[direction(m[2])!] } };
    // "in the spring", "since the autumn", "by fall": the nearest such season the tense allows. Not "the fall of the regime".
    const before = previousWord(text, m.index);
    // ("in early fall": a part of the season is the season's, whatever "fall" may mean alone.)
    const part = /^(?:early|mid|late)\b/i.test(m[0]);
    // ("that winter": the season of the time the text tells of; not a clause's subject: "said that summer is hot".)
    const that = /^that$/i.test(before) && !CLAUSE_VERB.test(nextWord(text, m.index + m[0].length));
    // ("the spring semester", "autumn term": a school's season.)
    const term = TERM_NOUNS.test(nextWord(text, m.index + m[0].length));
    const bare = !m[1] && (SEASON_PREPOSITIONS.test(before) || that || (NOUN_SEASON_PREPOSITIONS.test(before) && (part || !/^fall$/i.test(m[3]))));
    if (term && /^[a-z]/.test(m[3])) return { type: 'RELATIVE', meaning: { kind: 'yearPart', part: season, by: 0, byTense: true } };
    // (Not a fall in prices: "asked about the fall in the shares".)
    if ((!m[1] && !bare) || !/^[a-z]/.test(m[3]) || /^(?:of|in)$/i.test(nextWord(text, m.index + m[0].length))) return null;
    return { type: 'RELATIVE', meaning: { kind: 'yearPart', part: season, by: 0, byTense: true } };
  }, ['spring', 'summer', 'autumn', 'fall', 'winter']),
  // "caps a difficult spring for clubs", "a long, hard summer": a season a judging adjective or two describe, after "a", is one
  // of the story's (not "a hot spring", "a spring in his step").
  rule(`\\ban?${SP}((?:(?:${SEASON_JUDGEMENTS}),?${SP}){1,2})(spring|summer|autumn|winter)\\b`, (m) => ({
    type: 'RELATIVE', meaning: { kind: 'yearPart', part: SEASONS[m[2].toLowerCase()], by: 0, byTense: true }, skip: m[0].length - m[2].length,
  }), ['spring', 'summer', 'autumn', 'winter']),
  // "two summers ago": that season so many years back.
  rule(`\\b(${NUMBER_SRC})${SP}(spring|summer|autumn|fall|winter)s${SP}ago\\b`, (m) => {
    const n = parseNumber(m[1]);
    return n === undefined || isArticle(m[1]) ? null : { type: 'RELATIVE', meaning: { kind: 'yearPart', part: SEASONS[m[2].toLowerCase()], by: -n } };
  }, ['springs', 'summers', 'autumns', 'falls', 'winters']),
  // "every Monday and Wednesday", "each Tuesday, Thursday or Friday": each weekday of the list is every such day
  // (before the bare weekday's rule, which would read the second as one day).
  rule(`\\b(${WEEKDAY_SRC})s?\\b`, (m, text) => {
    const weekday = weekdayNumber(m[1]);
    return weekday && EVERY_LIST_BEFORE.test(text.slice(Math.max(0, m.index - MAX_EVERY_LIST), m.index)) ? fixed('SET', `XXXX-WXX-${weekday}`) : null;
  }, ['every', 'each']),
  // Thursday, on Mondays, last Friday, early Tuesday, Thursday morning
  rule(`\\b${DIR}(?:(?:early|late)${SP})?(${WEEKDAY_SRC})(s)?(?:${SP}(${PART_OF_DAY_SRC})(s)?)?\\b`, (m, text) => {
    if (!isCapitalized(m[2])) return null;
    // "the Sunday Times": a weekday inside a name.
    const after = nextWord(text, m.index + m[0].length);
    if (/^the$/i.test(previousWord(text, m.index)) && isCapitalized(after) && !monthNumber(after)) return null;
    // "a Sunday newspaper", "the town's Thursday market": a weekday naming a kind of thing, no date (not after a
    // preposition: "figures released on Thursday show").
    if (!m[1] && !m[3] && !m[4] && WEEKDAY_KINDS.test(after) && !DAY_PREPOSITION.test(previousWord(text, m.index))) return null;
    // "his last Sunday Mass": the last of a kind, no day.
    if (m[1] && !m[3] && !m[4] && WEEKDAY_KINDS.test(after) && /^(?:last|next)$/i.test(m[1]) && ORDER_OWNER.test(previousWord(text, m.index))) return null;
    if (!m[1] && !m[3] && !m[4] && isWeekdayGivenName(text, m.index, m.index + m[0].length)) return null;
    const weekday = weekdayNumber(m[2])!;
    // "on Tuesdays", "on Tuesday afternoons": every such day, or part of it.
    if (m[3] || m[5]) return fixed('SET', `XXXX-WXX-${weekday}${m[4] ? `T${partOfDay(m[4])}` : ''}`);
    // "on a Tuesday morning in September 2023", "one wet Saturday": some such weekday, no date of the telling's week.
    // (Not a weekday naming a kind of thing: "to host a Sunday conversation stage".)
    if (!m[1] && INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && (!/^[a-z]/.test(after) || CLAUSE_GOES_ON.test(after))) return fixed('DATE', `XXXX-WXX-${weekday}`);
    return { type: 'RELATIVE', meaning: { kind: 'weekday', weekday, direction: direction(m[1]), part: partOfDay(m[4]) } };
  }, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
  // Fri, Aug 1 / Thu 31 July: abbreviated weekdays only before a date they are merged with
  rule(`\\b(${WEEKDAY_ABBR_SRC})(?=,?${SP}(?:${MONTH_SRC}|${DAY_SRC}${SP}${MONTH_SRC}))`, (m) => {
    if (!isCapitalized(m[1])) return null;
    return { type: 'RELATIVE', meaning: { kind: 'weekday', weekday: weekdayNumber(m[1])! } };
  }, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  // "a week on Wednesday", "a fortnight on Saturday": British for that weekday a week or two after the coming one.
  rule(`\\ba${SP}(week|fortnight)${SP}on${SP}(${WEEKDAY_SRC})\\b`, (m) => ({
    type: 'RELATIVE', meaning: { kind: 'weekday', weekday: weekdayNumber(m[2])!, weeksOn: /^week$/i.test(m[1]) ? 1 : 2 },
  }), ['week', 'fortnight']),
  // "opens on Friday week": the same, the weekday first (not "the Friday week of …", "Friday weekend").
  rule(`\\b(?:on${SP})?(${WEEKDAY_SRC})${SP}(week|fortnight)\\b(?![-'’]|${SP}(?:of|ago|before|after|earlier|later|end)\\b)`, (m, text) =>
    !isCapitalized(m[1]) || /^(?:the|a|this|that|last|next|every|each)$/i.test(previousWord(text, m.index)) ? null : {
      type: 'RELATIVE', meaning: { kind: 'weekday', weekday: weekdayNumber(m[1])!, weeksOn: /^week$/i.test(m[2]) ? 1 : 2 },
    }, ['week', 'fortnight']),
  // today, later today, yesterday morning, tonight, this morning, last night, last evening, the day before yesterday, late last
  // night, early yesterday
  rule(
    `\\b(?:the${SP}day${SP}(before|after)${SP})?(?:(?:later|earlier)${SP}(?=(?:today|tonight|this${SP}(?:morning|afternoon|evening))\\b))?(?:(?:late|early)${SP}(?=(?:today|tonight|yesterday|tomorrow|last${SP}night)\\b))?(today|tonight|yesterday|tomorrow|this${SP}(morning|afternoon|evening)|last${SP}(?:night|evening))` +
      `(?:${SP}(${PART_OF_DAY_SRC}))?\\b`,
    (m, text) => {
      if (isProgrammeTitle(text, m.index, m[0])) return null;
      const word = m[2].toLowerCase();
      const base = /^(yesterday|last)/.test(word) ? -1 : word === 'tomorrow' ? 1 : 0;
      const by = base + (m[1] ? (m[1].toLowerCase() === 'before' ? -1 : 1) : 0);
      const part = partOfDay(m[4] ?? m[3] ?? word.match(/(?:night|evening)$/)?.[0]);
      return { type: 'RELATIVE', meaning: { kind: 'offset', unit: 'day', by, part } };
    },
    ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night'],
  ),
  // "took the whole afternoon", "for much of the morning", "in the evening": that part of the day named before it, as a
  // clock time is (not "the morning of June 3", "the morning after", "the evening news").
  rule(
    `\\b(?:all|the${SP}whole|the${SP}entire|(?:for${SP})?(?:much|most)${SP}of${SP}the|throughout${SP}the|during${SP}the|in${SP}the|(?:early|late)${SP}in${SP}the)${SP}(morning|afternoon|evening)\\b(?!${SP}(?:of|after|before|news|edition|show|papers?|rush|peak|session|shifts?|commute|traffic)\\b)`,
    (m) => fixed('TIME', `T${partOfDay(m[1])}`),
    ['morning', 'afternoon', 'evening'],
  ),
  // "killed 12 people overnight": the night before the story's day (not "an overnight flight").
  rule(
    `\\bovernight(?=${OSP}(?:[.,;:!?)]|$)|${SP}(?:on|in|to|toward|towards|from|into|and|as|after|before|while|when|near|at|by|with)\\b)`,
    () => ({ type: 'RELATIVE', meaning: { kind: 'offset', unit: 'day', by: -1, part: 'NI' } }),
    ['overnight'],
  ),
  // this week, last month, next year, earlier this month, later this year, early next year, this weekend; last financial
  // year (no value: whose year?)
  rule(
    `\\b(?:(?:earlier|later)${SP}(?:in${SP})?|(?:early|late|mid)(?:-|${SP}))?((?:the${SP}|this${SP})?coming|this${SP}past|this|last|next|current|the${SP}current)${SP}` +
      `(?:(?:financial|fiscal)${SP}(?=year))?(week|weekend|month|quarter|year|decade|century)\\b`,
    (m) => {
      const word = m[1].toLowerCase().replace(/^(?:the|this)\s+(?=coming)/, '').replace(/^this\s+past$/, 'last');
      const unit = m[2].toLowerCase();
      const by = word === 'last' ? -1 : word === 'next' || word === 'coming' ? 1 : 0;
      // "the coming weekend", "this coming weekend": the first weekend ahead, this week's before it begins.
      if (unit === 'weekend' && word === 'coming') return { type: 'RELATIVE', meaning: { kind: 'weekday', weekday: 6, weekend: true, weeksOn: 0 } };
      if (unit === 'weekend') {
        const dir = (['last', 'this', 'next'] as const)[by + 1];
        return { type: 'RELATIVE', meaning: { kind: 'weekday', weekday: 6, weekend: true, direction: dir } };
      }
      if (/\b(?:financial|fiscal)\s/i.test(m[0])) return vague('RELATIVE', FISCAL_YEAR);
      return { type: 'RELATIVE', meaning: { kind: 'offset', unit: unit as 'week', by, later: /^later/i.test(m[0]) } };
    },
  ),
  // "the week after next", "the month before last": two weeks or months on from the telling's, or back.
  rule(`\\bthe${SP}(week|month|year)${SP}(after${SP}next|before${SP}last)\\b`, (m) => ({
    type: 'RELATIVE',
    meaning: { kind: 'offset', unit: m[1].toLowerCase() as 'week', by: /^after/i.test(m[2]) ? 2 : -2 },
  }), ['next', 'last']),
  // "on the radio all week", "all month long": the week or month of the telling (not "all year round", which is every year).
  rule(`\\ball${SP}(week|month|year)(?:${SP}long)?\\b(?!${SP}round\\b)`, (m) => ({
    type: 'RELATIVE',
    meaning: { kind: 'offset', unit: m[1].toLowerCase() as 'week', by: 0 },
  }), ['all']),
  // "this season", "last season's title", "before the next planting season": a season of sport or nature, its dates
  // unstated (not "the next season of the show").
  rule(
    `\\b(?:the${SP})?(?:this|last|next|coming|current|previous|following)${SP}(?:[a-z]+${SP})?season\\b(?!${SP}of\\b)`,
    () => vague('RELATIVE', 'the season\'s dates are not stated'),
    ['season'],
  ),
  // "resume in the new year": the year after the telling's (not "the New Year's holiday", not "Lunar New Year").
  rule(`\\bthe${SP}new${SP}year\\b(?!['’]s|${SP}(?:holidays?|break|period|day|eve)\\b)`, () => ({
    type: 'RELATIVE',
    meaning: { kind: 'offset', unit: 'year', by: 1, note: 'the new year' },
  }), ['new']),
  // the weekend, over the weekend
  rule(`\\bthe${SP}weekend\\b`, () => ({ type: 'RELATIVE', meaning: { kind: 'weekday', weekday: 6, weekend: true } }), [
    'weekend',
  ]),
  // "open at weekends", "on weekends": every weekend.
  rule(`\\b(?:at|on)${SP}weekends\\b`, () => fixed('SET', 'XXXX-WXX-WE'), ['weekends']),
  // the past week (a length); the next day, the previous year (from an event in the text)
  rule(`\\bthe${SP}(past|last|next|coming|previous|prior|preceding|following)${SP}(day|week|fortnight|month|quarter|year|decade|century)\\b`, (m, text) => {
    const unit = unitOf(m[2]);
    const word = m[1].toLowerCase().replace(/^(?:prior|preceding)$/, 'previous');
    const counted = /^(day|week|month|year)$/.test(unit);
    // "over the next year" is a length; "to follow the next year", "The next year, he left": the one after the date just named.
    const afterEvent = word === 'next' && !SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (counted && (word === 'previous' || word === 'following' || (word === 'next' && (unit === 'day' || afterEvent)))) {
      return { type: 'RELATIVE', meaning: { kind: 'fromEvent', unit: unit as 'day', by: word === 'previous' ? -1 : 1 } };
    }
    if (unit === 'day' || /^(previous|following)$/.test(word)) return vague('RELATIVE', RELATIVE_TO_EVENT);
    // (A quarter's length is three months.)
    return { type: 'DURATION', meaning: m[2].toLowerCase() === 'quarter' ? { kind: 'duration', n: 3, unit: 'month' } : { kind: 'duration', n: 1, unit } };
  }),
  // "By mid-morning", "in the afternoon", "from early afternoon": a part of the day the text named just before.
  rule(`\\b(?:(?:in|during)${SP}the${SP}|mid-|early${SP}|late${SP})(morning|afternoon|evening)\\b`, (m) => ({
    type: 'RELATIVE',
    meaning: { kind: 'fromEvent', unit: 'day', by: 0, part: partOfDay(m[1]) },
  }), ['morning', 'afternoon', 'evening']),
  // "fell 4% in afternoon trading", "at an afternoon briefing": a part of the day, naming a market's session or an event
  // of it, dated as a clock time is.
  rule(`\\b(morning|afternoon|evening)(?=${SP}(?:trading|trade|session|deals|briefing|news${SP}conference|press${SP}conference)\\b)`, (m) =>
    fixed('TIME', `T${partOfDay(m[1])}`),
  ['morning', 'afternoon', 'evening']),
  // the next morning, the following evening: the day after the one the text named just before, in its part
  rule(`\\bthe${SP}(?:next|following)${SP}(morning|afternoon|evening|night)\\b`, (m) => ({
    type: 'RELATIVE',
    meaning: { kind: 'fromEvent', unit: 'day', by: 1, part: partOfDay(m[1]) },
  }), ['next', 'following']),
  // up from the previous Monday, the following Friday: a week before or after the weekday the text named just before
  rule(`\\bthe${SP}(previous|following)${SP}(${WEEKDAY_SRC})\\b`, (m) => ({
    type: 'RELATIVE',
    meaning: { kind: 'fromEvent', unit: 'day', by: /^previous$/i.test(m[1]) ? -7 : 7 },
  }), ['previous', 'following']),
  // "cancelled it on the Monday before.": the nearest such weekday before or after the date the text named just before.
  rule(`\\bthe${SP}(${WEEKDAY_SRC})${SP}(before|after)(?=${OSP}(?:[.,;:)]|$))`, (m) => ({
    type: 'RELATIVE',
    meaning: { kind: 'fromEvent', unit: 'day', by: /^before$/i.test(m[2]) ? -1 : 1, weekday: weekdayNumber(m[1])! },
  }), ['before', 'after']),
  // "has stood empty since then": since the date the text named just before.
  rule(`\\bsince${SP}then\\b`, () => ({ type: 'RELATIVE', meaning: { kind: 'fromEvent', unit: 'date', by: 0 } }), ['then']),
  // "up from 25 million the year before": the date the text named just before, a unit back (not "the day before the vote");
  // "a preview the evening before": that part of the day before.
  rule(`\\bthe${SP}(day|week|month|year|morning|afternoon|evening|night)${SP}before(?=${OSP}(?:[.,;:)]|$))`, (m) => {
    const part = partOfDay(m[1]);
    return { type: 'RELATIVE', meaning: part ? { kind: 'fromEvent', unit: 'day', by: -1, part } : { kind: 'fromEvent', unit: m[1].toLowerCase() as 'day', by: -1 } };
  }, ['before']),
  // that year, the same day, that same night, later that day: the date the text named just before (in that part of its day)
  rule(`\\b(?:(?:later|earlier)${SP})?(?:that(?:${SP}same)?|the${SP}same)${SP}(day|week|month|year|morning|afternoon|evening|night)\\b`, (m) => {
    const part = partOfDay(m[1]);
    return { type: 'RELATIVE', meaning: part ? { kind: 'fromEvent', unit: 'day', by: 0, part } : { kind: 'fromEvent', unit: m[1].toLowerCase() as 'day', by: 0 } };
  }, ['that', 'same']),
  // the end of the decade, the start of the year
  rule(
    `\\b(?:the${SP})?(end|beginning|start|middle|turn|rest|remainder)${SP}of${SP}(?:the|this)${SP}` +
      `(week|month|quarter|year|decade|century)\\b`,
    (m) => ({
      type: 'RELATIVE',
      meaning: { kind: 'offset', unit: m[2].toLowerCase() as 'year', by: 0, note: `the ${m[2].toLowerCase()} as a whole` },
    }),
  ),
  // mid-year, by year-end: a part of the year in hand
  rule(`\\b(mid-?year|year-?end|end-of-year)\\b`, (m) => ({
    type: 'RELATIVE',
    meaning: { kind: 'offset', unit: 'year', by: 0, note: `${m[1].toLowerCase().startsWith('mid') ? 'the middle' : 'the end'} of the year` },
  }), ['year']),
  // "by year's end", "at month's end": the end of the period in hand
  rule(`\\b(year|month|week)['’]s${SP}end\\b`, (m) => ({
    type: 'RELATIVE',
    meaning: { kind: 'offset', unit: m[1].toLowerCase() as 'year', by: 0, note: `the end of the ${m[1].toLowerCase()}` },
  }), ['end']),
  // recent years, the coming weeks, the past few months
  rule(`\\b(?:the${SP})?(recent|coming|(?:past|last|next)${SP}(?:few|several))${SP}(days|weeks|months|years|decades)\\b`, (m) =>
    /^(recent|coming)$/i.test(m[1])
      ? vague('RELATIVE', 'no specific date')
      : unstatedLength(m[2]),
    ['recent', 'coming', 'few', 'several'],
  ),
  // a year or two, a week or so… : a length of one or two
  rule(`\\b(?:a|an|one)${SP}(${UNIT_SRC})${SP}or${SP}two\\b`, (m) => {
    const unit = unitOf(m[1]);
    return fixed('DURATION', `${isoDuration(1, unit)}/${isoDuration(2, unit)}`);
  }, ['or']),
  // three to five years, 12 to 18 months, four-to-six weeks: a length between two, both in the value
  rule(`\\b(${NUMBER_SRC})(?:${SP}(?:to|or)${SP}|${OSP}[-–]${OSP}|-to-)(${NUMBER_SRC})(?:${SP}|-)(${UNIT_SRC})\\b(?!${SP}(?:ago|later|earlier|before|after|old)\\b)`, (m) => {
    const [from, to] = [parseNumber(m[1]), parseNumber(m[2])];
    if (from === undefined || to === undefined || from >= to || isArticle(m[1])) return null;
    const unit = unitOf(m[3]);
    return fixed('DURATION', `${isoDuration(from, unit)}/${isoDuration(to, unit)}`);
  }, ['to', 'or', '-', '–']),
  // "between 18 and 24 months": a range of lengths.
  rule(`\\bbetween${SP}(${NUMBER_SRC})${SP}and${SP}(${NUMBER_SRC})(?:${SP}|-)(${UNIT_SRC})\\b(?!${SP}(?:ago|later|earlier|before|after|old)\\b)`, (m) => {
    const [from, to] = [parseNumber(m[1]), parseNumber(m[2])];
    if (from === undefined || to === undefined || from >= to) return null;
    const unit = unitOf(m[3]);
    return fixed('DURATION', `${isoDuration(from, unit)}/${isoDuration(to, unit)}`);
  }, ['between']),
  // "five business days", "three trading sessions", "15 court days": days of a kind, counted as days.
  rule(`\\b(${NUMBER_SRC})${SP}(?:business|trading|working|(court|sitting|legislative|parliamentary))${SP}(days?|sessions?|weeks?)\\b`, (m) => {
    // (Not "at the end of a court session".)
    if (m[2] && !/^days?$/i.test(m[3])) return null;
    const n = parseNumber(m[1]);
    return n === undefined ? null : fixed('DURATION', isoDuration(n, /^weeks?$/i.test(m[3]) ? 'week' : 'day'));
  }, ['business', 'trading', 'working', 'court', 'sitting', 'legislative', 'parliamentary']),
  // "three hours and 25 minutes", "two hours, 21 minutes and seven seconds", "3h 25min", "8h", "45 mins", a race's "1hr 34min
  // 14.706sec", "6min 48.3sec", "1 minute 44 seconds": hours, minutes and seconds as one length.
  rule(
    `\\b(?:(${NUMBER_SRC})${SP}hours?,?${SP}(?:and${SP})?(${NUMBER_SRC})${SP}minutes?(?:,?${SP}(?:and${SP})?(${SECONDS_SRC}|${NUMBER_SRC})${SP}seconds?)?|(\\d{1,3}(?:\\.\\d)?)${OSP}(?:h|hrs?)(?:${OSP}(\\d{1,2})${OSP}mins?)?(?:${OSP}(${SECONDS_SRC})${OSP}secs?)?` +
      `|(\\d{1,3})${OSP}mins?(?:${OSP}(${SECONDS_SRC})${OSP}secs?)?|(${NUMBER_SRC})${SP}minutes?${SP}(?:and${SP})?(${SECONDS_SRC}|${NUMBER_SRC})${SP}seconds?)\\b`,
    (m, text) => {
      // "at 10h": a clock time as French writes it; "5 Min Read": a page's label.
      if (!m[1] && !m[9] && (/\bat\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) || /[A-Z]/.test(m[0]))) return null;
      const [hours, minutes] = m[1] ? [parseNumber(m[1]), parseNumber(m[2])] : m[9] ? [0, parseNumber(m[9])] : [m[4] ? Number(m[4]) : 0, Number(m[5] ?? m[7] ?? 0)];
      const secondsText = m[3] ?? m[6] ?? m[8] ?? m[10];
      const seconds = secondsText === undefined ? 0 : /^\d/.test(secondsText) ? Number(secondsText) : parseNumber(secondsText);
      if (hours === undefined || minutes === undefined || seconds === undefined || (hours === 0 && minutes === 0 && seconds === 0)) return null;
      return fixed('DURATION', `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`);
    },
    ['hour', 'h', 'min'],
  ),
  // A race's margin in seconds: "by 4.2sec", "0.8s ahead", "+10s", "a 5sec penalty" (a plain "5s" may be anything).
  rule(`(?<![\\w.])(\\+)?(${SECONDS_SRC})${OSP}(secs?|s)\\b`, (m) =>
    m[3].toLowerCase() === 's' && !m[1] && !/\./.test(m[2]) ? null : fixed('DURATION', `PT${Number(m[2])}S`),
    ['sec', ...'0123456789'.split('').map((d) => `${d}s`)],
  ),
  // "six years and eight months", "two months and 10 days": a length in two units, the second the smaller.
  rule(`\\b(${NUMBER_SRC})${SP}(years?|months?)${SP}and${SP}(${NUMBER_SRC})${SP}(months?|days?)\\b(?!${SP}(?:ago|later|earlier|before|after|old)\\b)`, (m) => {
    const [big, small] = [parseNumber(m[1]), parseNumber(m[3])];
    const [bigUnit, smallUnit] = [m[2][0].toUpperCase(), m[4][0].toUpperCase()];
    if (big === undefined || small === undefined || bigUnit === smallUnit) return null;
    return fixed('DURATION', `P${big}${bigUnit}${small}${smallUnit}`);
  }, ['and']),
  // "Olive Brand, aged 68,": an age in years (not a range of them: "people aged 18 to 24", "aged 70 and over").
  // (… in words too: "started racing aged nine".)
  rule(`\\baged${SP}(\\d{1,3}|${WORD_COUNT_SRC})\\b(?!${OSP}(?:[-–+]|to\\b|and\\b|or\\b|through\\b|plus\\b))`, (m) => fixed('DURATION', `P${parseNumber(m[1])}Y`, 'an age'), ['aged']),
  // "before the age of 18", "at the age of nine" (not "the age of six months": that unit's length).
  rule(`\\bthe${SP}age${SP}of${SP}(\\d{1,3}|${WORD_COUNT_SRC})\\b(?!${OSP}(?:[-–+%]|${UNIT_SRC}\\b|(?:to|and|or)${SP}\\d))`, (m) => fixed('DURATION', `P${parseNumber(m[1])}Y`, 'an age'), ['age of']),
  // "when he was 18", "gave her age as 43": an age told.
  rule(
    `\\b(?:when${SP}(?:he|she|I|they|we|you)${SP}(?:was|were)|(?:his|her|their|its)${SP}age${SP}as)${SP}(\\d{1,3}|${WORD_COUNT_SRC})\\b(?!${OSP}(?:[-–+%:.]\\d|${UNIT_SRC}\\b|[ap]\\.?m\\b|o['’]clock|percent|per|times|points))`,
    (m) => ({ ...fixed('DURATION', `P${parseNumber(m[1])}Y`, 'an age'), skip: m[0].length - m[1].length }),
    ['when', ' age as'],
  ),
  // "I retired at 65", "retire at 67": the age one retires at.
  rule(`\\bretir(?:e|ed|es|ing)${SP}at${SP}(\\d{2})\\b(?![:.]\\d|${OSP}(?:[ap]\\.?m\\b|o['’]clock|%|per))`, (m) => ({ ...fixed('DURATION', `P${m[1]}Y`, 'an age'), skip: m[0].length - m[1].length }), ['retir']),
  // "Rosa Quint, 54, said", "Delaney, 52, was", "said Ana Birt, 16.": an age in apposition to a name (not a list's count:
  // "Kent, 12, Essex, 9").
  rule(`,${SP}(\\d{1,3})(?=,${SP}[a-z]|[.;](?!\\d))`, (m, text) => {
    const age = Number(m[1]);
    return age > 0 && age < 120 && !/^0/.test(m[1]) && NAME_BEFORE_COMMA.test(text.slice(Math.max(0, m.index - 40), m.index))
      ? { ...fixed('DURATION', `P${age}Y`, 'an age'), skip: m[0].length - m[1].length }
      : null;
  }, undefined, 'g'),
  // seven years, two and a half years, a year and a half, 23 months ago, two days later, an 18-month delay, a 45-year-old,
  // ten straight months, two financial years, five working days, a year-long slowdown, a decade on, 14 months' time,
  // "over the two days" (the event's days, with their "the"; not a noun's: "during the 25-minute hearing")
  rule(
    `\\b(?:the${SP}(?:past|last|next|coming|first|final|previous|following)${SP}|(?<=\\b(?:over|during|across|throughout)${SP})the${SP}(?=${NUMBER_SRC}${SP}))?(${NUMBER_SRC})(?:${SP}|-)(?:(?:straight|consecutive|successive|long|full|whole|more|further|additional|extra|financial|fiscal|calendar|school|academic|working|business|remarkable|difficult|tough|turbulent)${SP})?(${UNIT_SRC})\\b` +
      `(${SP}and${SP}a${SP}half)?(?:-(old|long)\\b|['’]?${SP}(ago|later|earlier|before|after|from${SP}now|prior|old|long|in${SP}a${SP}row|running|straight|on(?=${OSP}[,;]|${SP}(?:from|since)\\b)|(?<=['’]${SP})time)\\b)?`,
    (m, text) => {
      const unit = unitOf(m[2]);
      const count = parseNumber(m[1]);
      // "the 2025 calendar year": a year's name, no length.
      if (YEAR_KIND.test(m[0]) && /^(?:19|20)\d\d$/.test(m[1])) return null;
      const suffix = (m[4] ?? m[5] ?? '').toLowerCase().replace(/\s+/g, ' ');
      // "capped output at 38 a month", "$294,000 a year before discounts": a rate, each such time (not "from -19 a month earlier").
      if (isArticle(m[1]) && !/^(?:ago|later|earlier|from now)$/.test(suffix) && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) {
        // "280 kilometres an hour": a speed, no time.
        if (SPEED_UNIT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
        return suffix === '' && !m[3] && /^(?:hour|day|week|month|year)$/i.test(m[2]) ? fixed('SET', isoDuration(1, unit)) : null;
      }
      // "a second", and "the Kalder 9 second stage": an ordinal, no length (that would be "9 seconds").
      if (count === undefined || (unit === 'second' && (isArticle(m[1]) || (count !== 1 && /^second$/i.test(m[2]) && !/-second$/i.test(m[0]))))) return null;
      // "a years-long standoff": no count of one before a plural.
      if (isArticle(m[1]) && /s$/i.test(m[2]) && suffix === 'long') return unstatedLength(m[2]);
      // "a week-long selloff": the article is the noun's, the length the adjective's.
      if (isArticle(m[1]) && suffix === 'long') return { type: 'DURATION', meaning: { kind: 'duration', n: 1, unit }, skip: m[0].length - m[2].length - '-long'.length };
      // An age is a length, as TIMEX counts it: "a 45-year-old engineer", "45 years old".
      if (suffix === 'old') return fixed('DURATION', isoDuration(count, unit), 'an age');
      const n = count + (m[3] ? 0.5 : 0);
      // ("in 14 months' time": from now.)
      if (suffix === 'ago' || suffix === 'from now' || suffix === 'time') {
        const sign = suffix === 'ago' ? -1 : 1;
        if (!Number.isInteger(n) || /second|minute|hour/.test(unit)) return vague('RELATIVE', 'too fine or too vague to count back in days');
        // Counted in a unit the value can carry: "a decade ago" is a year, "a fortnight ago" a week, as "two weeks ago" is.
        const [u, k] = ({ fortnight: ['week', 2], decade: ['year', 10], century: ['year', 100] } as const)[unit as 'decade'] ?? [unit, 1];
        return { type: 'RELATIVE', meaning: { kind: 'offset', unit: u as 'year', by: sign * n * k } };
      }
      // "31 years after it was proposed", "five weeks before the election", "followed for 18 months after
      // treatment": a length between two events; the event is no part of the date, nor "after" (a signal).
      if (/^(before|after|prior)$/.test(suffix)) {
        return { type: 'DURATION', meaning: { kind: 'duration', n, unit }, length: m[0].slice(0, m[0].length - m[5].length).trimEnd().length };
      }
      // "three months later than planned": a length between a date and the one it was due, no date of its own.
      if (/^(later|earlier)$/.test(suffix) && /^\s+than\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) {
        return { type: 'DURATION', meaning: { kind: 'duration', n, unit }, length: m[0].slice(0, m[0].length - m[5].length).trimEnd().length };
      }
      if (/^(later|earlier)$/.test(suffix)) {
        // Later or earlier: countable from a date named just before ("in 2012 … three years later").
        if (/^(minute|hour|day|week|month|year)$/.test(unit) && Number.isInteger(n)) {
          return { type: 'RELATIVE', meaning: { kind: 'fromEvent', unit: unit as 'day', by: suffix === 'later' ? n : -n } };
        }
        return vague('RELATIVE', RELATIVE_TO_EVENT);
      }
      // "a year", "one day" alone are as often no time at all ("one day he left"); "one-day", "a year-long" are lengths.
      // (… but a length of something is one: "ended a decade of rule", "a month of protests", "a fortnight's wait".)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      const lengthOf = LENGTH_OF.test(after) || (suffix === '' && /^['’]s\s+\p{Ll}/u.test(after));
      // "A decade on, the town …", "five years on from the flood": the length since, its own date unstated.
      // ("a fortnight" is always a length: "take a fortnight off".)
      const needsModifier = suffix !== 'on' && unit !== 'fortnight' && ((isArticle(m[1]) && !m[3]) || (/^one$/i.test(m[1]) && unit === 'day' && !/^one-/i.test(m[0]))) && suffix !== 'long' && !lengthOf;
      return { type: 'DURATION', meaning: { kind: 'duration', n, unit }, needsModifier };
    },
  ),
  // "a rotating, hour-long interruption": a length of one unit as an adjective, with no count before it (the rule above
  // reads "a week-long", "two-day").
  rule(`\\b(minute|hour|day|week|month|year|decade)-long\\b`, (m, text) =>
    COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ? null : { type: 'DURATION', meaning: { kind: 'duration', n: 1, unit: unitOf(m[1]) } }, ['-long']),
  // "four consecutive quarters", "two quarters", "three quarters running": a length in quarters (not a share: "three
  // quarters of voters").
  rule(`\\b(${NUMBER_SRC})${SP}(?:(?:straight|consecutive|successive|full)${SP})?quarters\\b(?:${SP}(?:running|in${SP}a${SP}row))?(?!${SP}of\\b)`, (m) => {
    const n = parseNumber(m[1]);
    return n === undefined || n < 2 || isArticle(m[1]) ? null : fixed('DURATION', `P${n}Q`);
  }, ['quarters']),
  // several years, a few weeks ago, many months
  rule(
    `\\b(a${SP}few|few|several|many|some|a${SP}couple${SP}of|a${SP}number${SP}of|hundreds${SP}of|thousands${SP}of)${SP}(${PLURAL_UNIT})\\b` +
      `(?:${SP}(ago|later|earlier|before|after|from${SP}now))?`,
    (m) => (m[3] ? vague('RELATIVE', 'no exact date') : unstatedLength(m[2])),
    ['few', 'several', 'many', 'some', 'couple', 'number', 'hundreds', 'thousands'],
  ),
  // for years, over decades, within minutes, the first time in years
  rule(`\\b(?:for|over|within|in)${SP}(${PLURAL_UNIT})\\b`, (m) => unstatedLength(m[1]), [
    'years', 'decades', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'centuries',
  ]),
  // "can take weeks", "spent years", "faces decades in prison": a length a verb of time takes as its object.
  rule(`(?<=\\b(?:take|takes|took|taking|taken|spent|spend|spends|spending|lasted|lasting|lasts|face|faces|faced|facing|serve|serves|served|serving)${SP})(${PLURAL_UNIT})\\b`, (m) => unstatedLength(m[1]), [
    'years', 'decades', 'months', 'weeks', 'days', 'hours', 'minutes', 'centuries',
  ]),
  // every year, each Monday, every Saturday morning, every two years, every year and a half, every other week, every third
  // year, every second Tuesday, each autumn, every quarter, every single week (not "every night-bus driver")
  rule(
    `\\b(?:every|each)${SP}(?:single${SP})?(?:(other|second|third|fourth|fifth|sixth)${SP}|(${NUMBER_SRC})${SP})?` +
      `(${UNIT_SRC}|quarters?|(${WEEKDAY_SRC})s?(?:${SP}(${PART_OF_DAY_SRC}))?|weekends?|mornings?|afternoons?|evenings?|nights?|${MONTH_FULL_SRC}|spring|summer|autumn|fall|winter)` +
      `(${SP}and${SP}a${SP}half)?\\b(?!-[a-z])`,
    (m) => {
      const weekday = m[4] && weekdayNumber(m[4]);
      if (weekday) return fixed('SET', `XXXX-WXX-${weekday}${m[5] ? `T${partOfDay(m[5])}` : ''}`);
      // "each autumn": that season of every year.
      const season = SEASONS[m[3].toLowerCase()];
      if (season) return m[1] || m[2] ? null : fixed('SET', `XXXX-${season}`);
      // "each July": that month of every year.
      const month = !m[1] && !m[2] && isCapitalized(m[3]) ? monthNumber(m[3]) : undefined;
      if (month) return fixed('SET', formatYearly(month));
      if (/^weekends?$/i.test(m[3])) return fixed('SET', 'XXXX-WXX-WE');
      // "every morning": that part of each day; "every other night": each second day.
      if (/^(morning|afternoon|evening|night)s?$/i.test(m[3])) {
        const days = m[1] ? EVERY_NTH[m[1].toLowerCase()] : m[2] ? parseNumber(m[2]) : undefined;
        return days ? fixed('SET', `P${days}D`) : fixed('SET', `XXXX-XX-XXT${partOfDay(m[3].replace(/s$/i, ''))}`);
      }
      const count = m[1] ? EVERY_NTH[m[1].toLowerCase()] : m[2] ? parseNumber(m[2]) : 1;
      // "every year and a half": that length and half of it again.
      const n = count && m[6] ? count + 0.5 : count;
      // (A quarter is three months.)
      if (n && /^quarters?$/i.test(m[3])) return fixed('SET', isoDuration(3 * n, 'month'));
      return n ? fixed('SET', isoDuration(n, unitOf(m[3]))) : null;
    },
    ['every', 'each'],
  ),
  // "any Saturday morning": whichever such day, each of them.
  rule(`\\bany${SP}(${WEEKDAY_SRC})(?:${SP}(${PART_OF_DAY_SRC}))?\\b`, (m) =>
    isCapitalized(m[1]) ? fixed('SET', `XXXX-WXX-${weekdayNumber(m[1])}${m[2] ? `T${partOfDay(m[2])}` : ''}`) : null, ['any']),
  // "every half hour", "each quarter-hour": each such part of an hour.
  rule(`\\b(?:every|each)${SP}(half|quarter)(?:-|${SP})?hour\\b`, (m) => fixed('SET', m[1].toLowerCase() === 'half' ? 'PT30M' : 'PT15M'), ['every', 'each']),
  // "$148,000 per year", "once-daily", "twice-weekly": each such time.
  rule(`\\bper${SP}(hour|day|week|month|year|annum)\\b|\\b(?:once|twice)-(daily|weekly|monthly|yearly)\\b`, (m, text) =>
    SPEED_UNIT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ? null
    : m[1] ? fixed('SET', /^annum$/i.test(m[1]) ? 'P1Y' : isoDuration(1, unitOf(m[1]))) : fixed('SET', PER_UNIT[m[2].toLowerCase()]),
    ['per', 'once', 'twice'],
  ),
  // "seven days a week", "three days a week", "24 hours a day": so many of a unit in each larger one, each such time.
  rule(`\\b(${NUMBER_SRC})${SP}(?:days|hours|nights|shifts)${SP}(?:a|an|per)${SP}(day|week|month|year)\\b`, (m) => {
    const n = parseNumber(m[1]);
    if (n === undefined) return null;
    const every = unitOf(m[2]);
    return fixed('SET', n === 7 && every === 'week' ? 'P1D' : isoDuration(1, every));
  }, ['days', 'hours', 'nights', 'shifts']),
  // twice a year, three times a week, once per month, more than twice in a calendar year
  // (the count is checked in code: the word-number pattern at every word would cost more than this rule is worth)
  rule(`\\b(?:once|twice|thrice|([\\w-]+)${SP}times)${SP}(?:a|an|per|each|every|in${SP}(?:a|any|one)(?:${SP}(?:single|given|calendar))?)${SP}(${UNIT_SRC})\\b`, (m) =>
    m[1] && parseNumber(m[1]) === undefined ? null : fixed('SET', isoDuration(1, unitOf(m[2]))),
    ['once', 'twice', 'thrice', 'times'],
  ),
  // annually; weekly, daily … as adverbs at the end of a clause or before a preposition or "and" ("Buses run hourly on
  // weekdays"; capitalized they end a title: "Harbor & Rail Weekly")
  rule(`\\b(?:annually|(?:yearly|quarterly|monthly|fortnightly|weekly|daily|nightly|hourly)(?=${OSP}(?:[.,;:!?)\\r\\n]|$)|${SP}(?:on|in|at|for|from|until|since|and|or|during|throughout|except)\\b))`, (m) =>
    /^\p{Ll}/u.test(m[0]) ? fixed('SET', PER_UNIT[m[0].toLowerCase()]) : null,
    ['annually', 'yearly', 'quarterly', 'monthly', 'fortnightly', 'weekly', 'daily', 'nightly', 'hourly'],
  ),
  // "monthly payments", "a weekly meeting", "quarterly inspections", "an annual audit": a thing done each such time (not a
  // measure of one: "the highest daily total", "its third quarterly loss", "a weekly newspaper", "annual sales").
  // (Capitalized only where a line, a bullet or a sentence opens: "- Quarterly reviews with the board"; not "Monthly Review".)
  // (… and an event held each such time by its name after "the" or an owner: "the trust's annual Saltmere Migration Weekend".)
  rule(`\\b(?:annual|biennial|triennial|yearly|quarterly|monthly|fortnightly|weekly|daily|nightly|hourly)(?=${SP}(?!${MEASURED_PER_TIME}\\b)\\p{L})`, (m, text) => {
    if (!/^\p{Ll}/u.test(m[0]) && !LINE_OR_SENTENCE_OPENS.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    const named = /^(?:annual|biennial|triennial)$/.test(m[0]) && /(?:\b(?:the|its|their|his|her|our)|['’]s?)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    return /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length)) || named ? fixed('SET', PER_UNIT[m[0].toLowerCase()]) : null;
  }, ['annual', 'biennial', 'triennial', 'yearly', 'quarterly', 'monthly', 'fortnightly', 'weekly', 'daily', 'nightly', 'hourly'], 'giu'),
  // 2:40 PM, 10 a.m., 2.40pm ET
  rule(`(?<![\\d:.])(\\d{1,2})(?:[:.](\\d{2}))?${OSP}([ap])(?:\\.m\\.?|m\\b)${TZ}`, (m) => {
    const [h, min] = [+m[1], m[2] ? +m[2] : 0];
    if (h < 1 || h > 12 || min > 59) return null;
    const hour = (h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    if (isNoPlaceTime(m[4])) return { ...fixed('TIME', `T${clock(hour, min, undefined)}`), length: withoutZone(m[0], m[4]) };
    return fixed('TIME', `T${clock(hour, min, m[4])}`);
  }),
  // "from 4 to 7 p.m.", "between 11 and 2 p.m.": the first hour takes the second's half of the day, or the other
  // half when it comes later on the clock face ("11 to 2 p.m." begins before noon).
  rule(`(?<=\\b(?:from|between)${SP})(\\d{1,2})(?::(\\d{2}))?(?=${OSP}(?:to|and|until|till|-|–)${OSP}(\\d{1,2})(?::\\d{2})?${OSP}([ap])(?:\\.m\\.?|m\\b))`, (m) => {
    const [h, min, end] = [+m[1], m[2] ? +m[2] : 0, +m[3]];
    if (h < 1 || h > 12 || end < 1 || end > 12 || min > 59) return null;
    const sameHalf = h % 12 < end % 12;
    const pm = (m[4].toLowerCase() === 'p') === sameHalf;
    return fixed('TIME', `T${clock((h % 12) + (pm ? 12 : 0), min, undefined)}`);
  }, ['from', 'between']),
  // "tonight at 11", "at 9.30 tonight": an hour of the evening without its "p.m." (not one past midnight).
  rule(`\\btonight${SP}at${SP}(\\d{1,2})(?:[:.](\\d\\d))?\\b(?![:.]?\\d|${OSP}[ap]\\.?m\\b)|\\bat${SP}(\\d{1,2})(?:[:.](\\d\\d))?${SP}tonight\\b`, (m) => {
    const hour = +(m[1] ?? m[3]);
    const minute = +(m[2] ?? m[4] ?? 0);
    if (hour < 5 || hour > 11 || minute > 59) return null;
    return { type: 'TIME', meaning: { kind: 'at', day: { kind: 'offset', unit: 'day', by: 0 }, clock: `${hour + 12}:${String(minute).padStart(2, '0')}` } };
  }, ['tonight']),
  // "at six in the morning", "half past six this morning", "quarter to nine at night": a clock time in words, its half of the
  // day said (else no value); this morning's the article's day.
  rule(
    // (British "half eight" is half past: "at half eight yesterday morning".)
    `\\b(?:(half|quarter)${SP}(past|to)${SP}|(half)${SP})?(${WORD_HOURS_SRC}|(?:1[0-2]|[1-9])(?=${SP}o['’]clock))(?:${SP}o['’]clock)?(?:${SP}(in${SP}the${SP}(?:morning|afternoon|evening)|at${SP}night|this${SP}(?:morning|afternoon|evening)|tonight|(?:yesterday|tomorrow)${SP}(?:morning|afternoon|evening)|last${SP}night))?\\b`,
    (m, text) => {
      if (!m[1] && !CLOCK_WORD_CUE.test(previousWord(text, m.index))) return null;
      if (!m[1] && !m[3] && !m[5] && !/o['’]clock/i.test(m[0])) return null;
      const word = WORD_HOURS[m[4].toLowerCase()] ?? +m[4];
      const to = m[2]?.toLowerCase() === 'to';
      const minute = m[1] ? (m[1].toLowerCase() === 'half' ? 30 : to ? 45 : 15) : m[3] ? 30 : 0;
      const part = m[5]?.toLowerCase() ?? '';
      if (!part) return vague('TIME', 'morning or afternoon not stated');
      const base = (to ? word - 1 || 12 : word) % 12;
      const hour = /afternoon|evening|night/.test(part) ? base + 12 : base;
      const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      const by = /^(?:this|tonight)/.test(part) ? 0 : /^(?:yesterday|last)/.test(part) ? -1 : /^tomorrow/.test(part) ? 1 : undefined;
      return by !== undefined ? { type: 'TIME', meaning: { kind: 'at', day: { kind: 'offset', unit: 'day', by }, clock } } : fixed('TIME', `T${clock}`);
    },
    // (Only where a half of the day, a clock's fraction or "o'clock" is written at all.)
    ['morning', 'afternoon', 'evening', 'night', 'tonight', 'half', 'quarter', "o'clock", 'o’clock'],
  ),
  // "won in 7:29.87", "the marathon in 2:05:47", "+0:09": a race time, with hundredths or hours, a length (no clock reads so).
  rule(`(?<![\\d:.])(?:(\\d{1,2}):)?(\\d{1,2}):([0-5]\\d)(?:\\.(\\d{1,3}))?(?![\\d:]|\\.\\d)`, (m, text) => {
    const [hours, minutes, seconds, fraction] = [m[1], +m[2], m[3], m[4]];
    // Minutes and seconds with a fraction anywhere; hours, minutes and seconds only after "in", "of", "(" and the like, or
    // in a results table's row ("Kallenberg (Valcor): 1:34:12.806"); a gap after "+" ("+0:09"); a clip's length ("Watch … (3:42)").
    // (… or a runner's own: "Her 2:31:17 was a best", "whose 2:45:02 was slower".)
    const cued = /^(?:in|of|time|clocked|his|her|their|whose)$/i.test(previousWord(text, m.index)) || /(?:^|[(=]|\):)\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    const gap = text[m.index - 1] === '+';
    const clip = isClipLength(text, m.index, m.index + m[0].length);
    if (hours === undefined ? fraction === undefined && !gap && !clip : !(cued || gap) || minutes > 59) return null;
    const parts = `${hours !== undefined && +hours > 0 ? `${+hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${+seconds}${fraction ? `.${fraction}` : ''}S`;
    return fixed('DURATION', `PT${parts}`);
  }, [':']),
  // 14:40, 09:30 GMT, "Correction, 3 June 2026, 11:45:"; 2:40 only after "at", with a.m./p.m. unknown unless the half of the
  // day follows ("at 6:40 in the morning")
  rule(`(?<![\\d:.])([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d|:\\d)(?!${OSP}[ap]\\.?m\\b)${TZ}(?:${SP}(in${SP}the${SP}(?:morning|afternoon|evening)|at${SP}night))?`, (m, text) => {
    if (isClipLength(text, m.index, m.index + m[0].length)) return null;
    if (isNoPlaceTime(m[3])) {
      const found = m[1].length === 2 ? fixed('TIME', `T${clock(+m[1], +m[2], undefined)}`) : /^at$/i.test(previousWord(text, m.index)) ? vague('TIME', 'morning or afternoon not stated') : null;
      return found && { ...found, length: withoutZone(m[0], m[3]) };
    }
    if (m[4] && +m[1] <= 12) return fixed('TIME', `T${clock(hourOfPart(+m[1], m[4]), +m[2], m[3])}`);
    // (Without it, the match ends before a part of the day not read.)
    if (m[4]) return { ...fixed('TIME', `T${clock(+m[1], +m[2], m[3])}`), length: m[0].length - m[4].length - 1 };
    if (m[1].length === 2 || m[3]) {
      const hour = +m[1];
      return fixed('TIME', `T${clock(hour, +m[2], m[3])}`, hour <= 12 && hour > 0 ? 'read as 24-hour time' : undefined);
    }
    return /^at$/i.test(previousWord(text, m.index)) ? vague('TIME', 'morning or afternoon not stated') : null;
  }, [':']),
  // 10.47 GMT, 16.00 Swedish time: a clock time with a dot, in British headers, only with its zone, or a nation's time
  // ("2.5 percent" is none).
  rule(`(?<![\\d.])([01]?\\d|2[0-3])\\.([0-5]\\d)(?=${SP}(?:GMT|UTC|BST|CET|CEST|(?:local|[a-z]+(?:ish|an|ese|ch))${SP}time)\\b)${TZ}`, (m) => fixed('TIME', `T${clock(+m[1], +m[2], m[3])}`), ['gmt', 'utc', 'bst', 'cet', 'time']),
  // "at 09.40", "at 10.15 on Tuesday morning", "at 6.30 this morning": a clock time with a dot after "at", its hour written
  // with two digits from 0 or a part of the day after it (not a price: "closed at 10.15 on Tuesday").
  rule(`(?<=\\bat${SP})(0\\d|1\\d|2[0-3]|[1-9])\\.([0-5]\\d)(?!\\d|\\.\\d)(?=(${SP}(?:on${SP})?${WEEKDAY_SRC}${SP}${PART_OF_DAY_SRC}\\b|${SP}(?:this|that|the${SP}same)${SP}${PART_OF_DAY_SRC}\\b)?)`, (m) =>
    m[1].startsWith('0') || m[3] ? fixed('TIME', `T${clock(m[3] && +m[1] <= 12 ? hourOfPart(+m[1], m[3]) : +m[1], +m[2], undefined)}`) : null, ['at']),
  // 1940 GMT, 0000 local time: wire copy's clock time without a colon, never a year when a time zone follows.
  rule(`(?<![\\d:.,])([01]\\d|2[0-3])([0-5]\\d)${SP}(GMT|UTC|local${SP}time)\\b`, (m) => fixed('TIME', `T${clock(+m[1], +m[2], m[3])}`), ['gmt', 'utc', 'local']),
  // noon, midnight
  // midnight ends its day (AP style): "24:00", the next day's first moment once it has a day
  rule(`\\b(noon|midday|midnight)\\b`, (m, text) => {
    // "the Midnight Ramblers": a capitalized word before another opens a name; "Pellham & Noon": one after "&" ends a firm's;
    // "Ellis Noon", "Mr Noon": one after a name or a title mid-sentence is a surname.
    const surname = /^\p{Lu}/u.test(previousWord(text, m.index)) && !/[.!?:"“]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && !/^(?:At|By|Until|Till|From|Before|After|Since)$/.test(previousWord(text, m.index));
    if (isCapitalized(m[1]) && (surname || isCapitalized(nextWord(text, m.index + m[0].length)) || /&\s+$/.test(text.slice(Math.max(0, m.index - 3), m.index)))) return null;
    return fixed('TIME', /^midnight$/i.test(m[1]) ? 'T24:00' : 'T12:00');
  }, [
    'noon', 'midday', 'midnight',
  ]),
  // Good Friday, Easter Monday 2025, last Thanksgiving, Black Friday, Labor Day, Presidents' Day: days whose date moves with the year
  rule(
    `\\b${DIR}(Black${SP}Friday|Cyber${SP}Monday|Good${SP}Friday|Easter(?:${SP}(?:Sunday|Monday))?|Ash${SP}Wednesday|Maundy${SP}Thursday|Holy${SP}(?:Thursday|Saturday)|Thanksgiving(?:${SP}Day)?|Labor${SP}Day|Memorial${SP}Day|Election${SP}Day|` +
      `Palm${SP}Sunday|Shrove${SP}Tuesday|Pancake${SP}Day|Mardi${SP}Gras|Ascension${SP}Day|Pentecost|Whit${SP}?(?:Sunday|Monday)|` +
      `Martin${SP}Luther${SP}King(?:${SP}Jr\\.?)?${SP}Day|MLK${SP}Day|Presidents?['’]?${SP}Day|Columbus${SP}Day|Victoria${SP}Day)\\b` +
      `(?:${SP}(${YEAR_SRC}))?`,
    (m) => {
      const name = movableDayNamed(m[2]);
      if (!name || !isCapitalized(m[2])) return null;
      if (m[3]) return fixed('DATE', formatDay(movableDay(name, +m[3])));
      return { type: 'DATE', meaning: { kind: 'calendar', ...usualDay(name), direction: direction(m[1]), movable: name } };
    },
    ['friday', 'monday', 'easter', 'wednesday', 'thursday', 'saturday', 'thanksgiving', 'labor', 'memorial', 'election',
      'sunday', 'tuesday', 'gras', 'ascension', 'pentecost', 'whitsunday', 'king', 'mlk', 'presidents', 'president', 'columbus', 'victoria'],
  ),
  // Christmas, New Year's Eve 2024, last Christmas, Boxing Day, the Fourth of July, Anzac Day, Bonfire Night, Juneteenth; every Christmas
  rule(
    `\\b(?:(every|each)${SP})?${DIR}(Christmas${SP}Eve|Christmas${SP}Day|Christmas|New${SP}Year['’]s(?:${SP}(?:Eve|Day))?|Valentine['’]s${SP}Day|Halloween|Boxing${SP}Day|(?:St\\.?|Saint)${SP}(?:Patrick|Andrew|David|George)['’]s${SP}Day|Bastille${SP}Day|Fourth${SP}of${SP}July|(?:Canada|Australia|Anzac|Armistice|Remembrance|Waitangi|Veterans['’]?)${SP}Day|(?:Bonfire|Guy${SP}Fawkes)${SP}Night|Hogmanay|Juneteenth)` +
      `(?:${SP}(${YEAR_SRC}))?`,
    (m) => {
      const [every, dir, name, year] = [m[1], m[2], m[3], m[4]];
      if (!isCapitalized(name) || (every && (dir || year))) return null;
      const [, month, day] = HOLIDAYS.find(([re]) => re.test(name))!;
      if (every) return fixed('SET', formatYearly(month, day));
      if (year) return dayFound(+year, month, day);
      return { type: 'DATE', meaning: { kind: 'calendar', month, day, direction: direction(dir) } };
    },
    ['christmas', 'year', 'valentine', 'halloween', 'boxing', 'patrick', 'bastille', 'andrew', 'david', 'george', 'july', 'canada', 'australia', 'anzac', 'armistice', 'remembrance', 'waitangi', 'bonfire', 'fawkes', 'hogmanay', 'veterans', 'juneteenth'],
  ),
];
