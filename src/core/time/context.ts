/**
 * What earlier expressions of a document say about later ones, read in text order: a year that
 * opens a sentence frames its yearless dates ("In 2021, … from August to mid-September"), a year
 * runs into the dates right after it ("in 2020 from March 13 until Aug. 29"), and the last date
 * named is what "three years later" or "the next day" count from (fromEvent.ts) and what a yearless
 * date right after it belongs to ("On Feb. 11, 2019, … In July, …").
 */
import type { Sentence } from '../types';
import { addDays, atClock, type Day, daysBetween, formatDay, formatMonth, parseDay } from './calendar';
import { calendarValue } from './movable';
import { MONTH_SRC, WEEKDAY_SRC } from './lexicon';
import type { Expression } from './detect';
import { countFromEvent, namedDate, type NamedDate } from './fromEvent';
import { CLAUSE_BREAK } from './lexicon';
import { type Meaning, RELATIVE_TO_EVENT } from './meaning';
import { type Tense, tellsWords } from './tense';

const COMPARED = /\b(than|with|to|versus|vs\.?|from)\s+(?:[$€£¥]?\d[\d.,]*\s*(?:%|percent|per cent|[mb]illion|trillion|bn|m)?\s+)?$/i;
/** A sentence reporting a change over a period, whose yearless month is the latest one: "prices rose 3% in February from a year earlier". */
const REPORTED_CHANGE = /\b(a year (earlier|ago|before)|year[- ]on[- ]year|(month|quarter)[- ]on[- ](month|quarter)|from the (previous|prior) (month|quarter|year))\b/i;

/** A season's code in a year's part: "SU" (not a quarter's "Q4"). */
const SEASON = /^(?:SP|SU|FA|WI)$/;
/** "that October": a month of the time the text is telling of. */
const ANAPHORIC = /\bthat\s+$/i;
/** A day named after a clock time in its sentence ("… on Saturday", "… March 4"; not "last May"). */
const OWN_DAY_AFTER = new RegExp(`\\b(?:${WEEKDAY_SRC}|today|tomorrow|yesterday|tonight|the \\d{1,2}(?:st|nd|rd|th))\\b|${MONTH_SRC}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SRC}`);
const RECURRING = /\b(?:every|each|daily|weekly|nightly)\b/i;
/** How many characters either side of a clock time a word making it recurring may stand: "every Monday at 7 a.m.", "at 9 a.m. daily". */
const RECURRING_REACH = 20;
const MARKET = /\b(?:shares|stocks?|futures|index|traded|trading|bourse|yields?)\b/i;
/** An article's own update before a clock time: "This story was updated at", "(corrected at". */
const UPDATED_AT = /\b(?:story|article|report|page|piece|this)\s+(?:was|has\s+been|is)\s+(?:updated|amended|corrected)\s+$/i;
/** How far from the article's day a day named in the sentences before may lie to date a clock time. */
const RECENT_DAYS = 2;
/** … and ahead of it, for a time not told in the past. */
const WEEK_AHEAD_DAYS = 7;
/** A clock time's pointer back to the day just named: "at 10.50pm that night". */
const THAT_DAY_AFTER = /^\s+(?:on\s+)?that\s+(?:night|morning|afternoon|evening|day)\b/i;
/** A sentence that calls on the reader: "Listen to the report from 5pm", "Watch live at 7pm". */
const CALL_TO_READER = /^\W*(?:Listen|Watch|Tune in|Read|Follow|Join us|Call|Visit|Sign up|Subscribe|Contact|Email|Download)\b/;
/** Days, and months back, from the article's day within which a yearless date is the story's present. */
const PRESENT_DAYS = 14;
const PRESENT_MONTHS = 2;
/** How many sentences back "that year" may have been named. */
const EVENT_YEAR_REACH = 2;
const OVERNIGHT = /\bovernight\b/i;
/** A past perfect's auxiliary. */
const HAD = /\bhad\b/i;
/** How many sentences a day long past goes on being the story's, for a clock time no day dates. */
const PAST_DAY_REACH = 8;
/** How many sentences on a timeline's entries run from the day named before the list. */
const TIMELINE_SENTENCES = 12;

export class DateContext {
  private frame: { sentence: Sentence; year: string } | undefined;
  private run: { end: number; year: string } | undefined;
  private named: NamedDate | undefined;
  /** The last date named to the day: a clock time's day, past a year or month named since ("this year", "since February 2022"). */
  private namedToTheDay: NamedDate | undefined;
  /** … of those, the last that dates the story, not its telling ("the port said on Tuesday"). */
  private namedStoryDay: NamedDate | undefined;
  /** The last date named to the day not after the article's day, for a time told in the past after a day ahead. */
  private namedPresentDay: NamedDate | undefined;
  /** The last day dated on a line of its own: a live report's heading ("Friday 27 February"). */
  private lineDay: string | undefined;
  /** The sentence of the last clock time whose sentence dates it elsewhere ("at 6:40 am (2240 GMT Saturday)"). */
  private ownDayClock: number | undefined;
  /** Whether the last expression read compares with a period ("from a year earlier"). */
  private comparison = false;

  constructor(
    private readonly text: string,
    private readonly anchorYear: number | undefined,
    private readonly anchorDay?: Day,
  ) {}

  /**
   * The meaning of `e` given what came before it; `index` is its sentence's index, `alone` whether it stands alone on its
   * line, `entry` whether it opens a timeline's entry.
   */
  meaningOf(e: Expression, sentence: Sentence | undefined, index: number, tense: Tense, alone = false, entry = false): Meaning {
    const year = e.meaning.kind === 'fixed' && /^\d{4}$/.test(e.meaning.value) ? e.meaning.value : undefined;
    const running = this.run && /^\s*$/.test(this.text.slice(this.run.end, e.start)) ? this.run.year : undefined;
    if (sentence && year && e.start === sentence.start) this.frame = { sentence, year };
    const framing = running ?? (this.frame && this.frame.sentence === sentence ? this.frame.year : undefined);
    const from = year ?? running;
    this.run = from ? { end: e.end, year: from } : undefined;
    // "will stream updates overnight", "expected to weaken overnight": the night ahead is the telling's own.
    if (tense === 'future' && e.meaning.kind === 'offset' && e.meaning.part === 'NI' && OVERNIGHT.test(this.text.slice(e.start, e.end))) return { ...e.meaning, by: 0 };
    // Counted from the date named before it, inside a year-framed sentence too: "In 2001, … the previous year".
    // "at 1:12 p.m. ET the same day": a clock time on the day named before it.
    if (e.meaning.kind === 'at' && e.meaning.day.kind === 'fromEvent') return { ...e.meaning, day: this.meaningOf({ ...e, meaning: e.meaning.day }, sentence, index, tense, alone, entry) };
    this.comparison = e.meaning.kind === 'fromEvent' && this.isComparison(e);
    if (e.meaning.kind === 'fromEvent') {
      // "rose 5% from a year earlier" compares with a period the text has just named, or else the article's
      // own: never with a year still ahead ("an outlook for fiscal 2027. Orders doubled from a year earlier").
      if (this.comparison && !this.isRecentPast(index)) return e.meaning.unit === 'hour' || e.meaning.unit === 'minute' || e.meaning.unit === 'date' ? { kind: 'vague', why: RELATIVE_TO_EVENT } : { kind: 'offset', unit: e.meaning.unit, by: e.meaning.by };
      // ("She wrote on May 5, noting a record created in 2011. A reply the next day …": days count from the last day named
      // past a year or month named since, but the article's own or one ahead of it.)
      const daily = e.meaning.unit === 'day' || e.meaning.unit === 'week';
      const day = this.namedToTheDay;
      const aside = daily && this.named && !/^\d{4}-\d{2}-\d{2}/.test(this.named.value) && day !== undefined && !this.isAhead(day) && day.value.slice(0, 10) !== (this.anchorDay && formatDay(this.anchorDay));
      const from = aside ? day : this.named;
      const counted = countFromEvent(e.meaning.unit, e.meaning.by, from, index, e.meaning.part, e.meaning.weekday);
      // "set up in 2018 … told us yesterday: 'Eight years later we have a drug'": a count past the article's
      // day in a sentence not about the future started from the wrong date (not one from a year ahead in
      // its own sentence without tense: "by the end of next year, and the rest the following year").
      const year = this.anchorDay && String(this.anchorDay.year);
      const fromAhead = tense === null && this.named !== undefined && this.named.sentence === index && this.named.value.slice(0, 4) > year!;
      if (counted.kind === 'fixed' && tense !== 'future' && year && counted.value.slice(0, 4) > year && !fromAhead) {
        return { kind: 'vague', why: RELATIVE_TO_EVENT };
      }
      return counted;
    }
    if (e.meaning.kind === 'calendar' && e.meaning.afterEvent) {
      // "elected in November 1987 … took office the following January": the first January after that date.
      const named = this.named && index - this.named.sentence <= 1 ? /^(\d{4})(?:-(\d{2}))?/.exec(this.named.value) : null;
      if (named) {
        const year = +named[1] + (named[2] === undefined || e.meaning.month <= +named[2] ? 1 : 0);
        return { kind: 'fixed', value: formatMonth(year, e.meaning.month), note: `the first after ${this.named!.value.slice(0, 10)}, named before it` };
      }
    }
    if ((e.meaning.kind === 'calendar' || e.meaning.kind === 'yearPart') && e.meaning.inNamedYear) {
      const named = this.named && index - this.named.sentence <= EVENT_YEAR_REACH ? this.named.value.slice(0, 4) : undefined;
      const value = named && (e.meaning.kind === 'calendar' ? formatMonth(+named, e.meaning.month) : `${named}-${e.meaning.part}`);
      return value ? { kind: 'fixed', value, note: `in ${named}, the year named before it` } : { kind: 'vague', why: RELATIVE_TO_EVENT };
    }
    if (framing) return inYear(e.meaning, framing);
    // "On Tuesday … the blast came at 10:40 a.m.": a clock time alone is on the day just named; a live report's entry
    // stamped on a line of its own ("14:52 GMT") on the day last dated so, else the article's.
    const clock = e.meaning.kind === 'fixed' && e.meaning.value.startsWith('T');
    const stamped = clock && alone ? (this.lineDay ?? (this.anchorDay && formatDay(this.anchorDay))) : undefined;
    if (stamped && e.meaning.kind === 'fixed') return { kind: 'fixed', value: atClock(stamped, e.meaning.value.slice(1)), note: `on ${stamped}, the day of the entries it stamps` };
    const ownDay = clock && this.datesItsOwnDay(e, sentence);
    const afterOwnDay = this.ownDayClock !== undefined && index - this.ownDayClock <= 1;
    if (ownDay) this.ownDayClock = index;
    const day = clock && !ownDay ? this.namedDay(e, index, sentence, tense, entry) : undefined;
    if (day && e.meaning.kind === 'fixed') return { kind: 'fixed', value: atClock(day, e.meaning.value.slice(1)), note: `on ${day}, the day named before it` };
    const today = clock && !ownDay && !afterOwnDay && tense === 'past' ? this.articleDayOf(e, index, sentence) : undefined;
    if (today && e.meaning.kind === 'fixed') return { kind: 'fixed', value: atClock(today, e.meaning.value.slice(1)), note: `on ${today}, the article's day` };
    // ("… its highest level since November": what runs "since" a month runs to the telling, in its time.)
    if (tense === 'future' || e.modifiers.some((m) => /^since$/i.test(m)) || (sentence && REPORTED_CHANGE.test(this.text.slice(sentence.start, sentence.end)))) return e.meaning;
    return this.inNarrative(e.meaning, index, ANAPHORIC.test(this.text.slice(Math.max(0, e.start - 8), e.start)));
  }

  /**
   * Whether a clock time's sentence says its day later or makes it recurring: "at 3:40 am (1940 GMT
   * Friday) on Saturday", "every Monday at 7 a.m.", "at 9 a.m. daily".
   */
  private datesItsOwnDay(e: Expression, sentence: Sentence | undefined): boolean {
    if (!sentence) return false;
    // (In its own clause: not "summoned at 2:30 p.m. and told the plant would close on June 5"; nor a
    // recurring word far from it: "announced at noon … in its daily bulletin".)
    const after = this.restOfClause(e.end, sentence);
    const near = this.text.slice(Math.max(sentence.start, e.start - RECURRING_REACH), Math.min(sentence.end, e.end + RECURRING_REACH));
    return OWN_DAY_AFTER.test(after) || RECURRING.test(near);
  }

  /** The day named last, in this sentence or (a recent one) in the few before, if the text named one to the day. */
  private namedDay(e: Expression, index: number, sentence: Sentence | undefined, tense: Tense, entry: boolean): string | undefined {
    // A clock time of the story takes the story's day: "ran aground late on Monday, the port said on
    // Tuesday. The vessel lost power at 11:40 p.m., the owner said" is Monday's. One after a telling ("said
    // in an update at 10 a.m.") takes the last day named; a market's ("Shares were down 2% by 1045 GMT") the article's.
    // … and so does an editor's note on the article's own updates: "This story was updated at 17:40 to include …".
    if (sentence && (MARKET.test(this.text.slice(sentence.start, sentence.end)) || UPDATED_AT.test(this.text.slice(sentence.start, e.start)))) return this.anchorDay && formatDay(this.anchorDay);
    const telling = sentence !== undefined && tellsWords(this.text.slice(sentence.start, e.start));
    const last = telling ? this.namedToTheDay : this.namedStoryDay;
    // However far back the story named it: "sold at a charity auction on Saturday … [a dozen sentences] … The sale, which
    // began at 7 p.m.," (a timeline's entries, "- 06:40 — pressure lost", run on from the day named before the list, a
    // dozen at most, unless that is the article's own day, named in its header).
    const own = last !== undefined && this.anchorDay !== undefined && last.value.slice(0, 10) === formatDay(this.anchorDay);
    if (!last || (entry && index - last.sentence > TIMELINE_SENTENCES && !own)) return undefined;
    const day = this.dayOf(last, e, index, sentence, tense, entry);
    if (day !== undefined || tense === 'future' || !this.isAhead(last)) return day;
    // A time not told ahead after a day ahead is on the last day named before that is not ahead: "The ferry struck the
    // quay on Tuesday. Engineers will inspect it on Thursday. Residents were woken before 4 a.m." (in a telling too: "…
    // told reporters after the vote, which was taken at 4:15 p.m.")
    const present = this.namedPresentDay;
    return present ? this.dayOf(present, e, index, sentence, tense) : undefined;
  }

  /**
   * The article's day for a clock time told in the past that no day named before dates, as news is of its day: "told analysts
   * on a call at 2pm". Not a flashback's ("The quake had struck at 4:17 a.m."), a conversion's in brackets, whose day may be
   * another ("at night (1945 GMT)"), nor one in the telling of a day long past named a few sentences before ("Between 10:37
   * and 10:58 p.m. April 8 … pulled Flynn over at 10:46 p.m."). (A habit told in the present, "Shops close at midnight", and a
   * time told on from one whose own sentence dates it elsewhere, "at 6:40 am (2240 GMT Saturday). One struck it at 7:55 am.",
   * are the caller's to leave out.)
   */
  private articleDayOf(e: Expression, index: number, sentence: Sentence | undefined): string | undefined {
    if (!this.anchorDay || this.text[e.start - 1] === '(' || this.isPastDayNear(index)) return undefined;
    if (sentence && this.isPastPerfectBefore(e, sentence)) return undefined;
    return formatDay(this.anchorDay);
  }

  /** Whether a day named to the day within a few sentences before lies before the story's present. */
  private isPastDayNear(index: number): boolean {
    const last = this.namedToTheDay;
    const day = last && parseDay(last.value.slice(0, 10));
    return day !== undefined && this.anchorDay !== undefined && index - last!.sentence <= PAST_DAY_REACH && daysBetween(day, this.anchorDay) > PRESENT_DAYS;
  }

  /** Whether a named date lies after the article's day. */
  private isAhead(named: NamedDate): boolean {
    const day = parseDay(named.value.slice(0, 10));
    return day !== undefined && this.anchorDay !== undefined && daysBetween(this.anchorDay, day) > 0;
  }

  /** The day of `last`, a date named before a clock time, if it may date it. */
  private dayOf(last: NamedDate, e: Expression, index: number, sentence: Sentence | undefined, tense: Tense, entry = false): string | undefined {
    // (Not a day ahead for a time told in the past: "will be sworn in on Friday, … after the vote, which ended at 9:40 p.m.".)
    if (last.sentence === index) return tense === 'past' && this.anchorDay && daysBetween(this.anchorDay, parseDay(last.value.slice(0, 10)) ?? this.anchorDay) > 0 ? undefined : afterMidnight(last.value, e);
    const day = last.value.slice(0, 10);
    // From the sentences before only a day of the story's present, not a flashback ("had bought a ticket on
    // Feb. 27", "The quake had struck at 4:17 a.m."), nor a day ahead for a time already past.
    const named = parseDay(day);
    if (!named || !this.anchorDay) return undefined;
    // (A day of the week ahead dates a time not told in the past, "The final is on Sunday. Kick-off is at 4pm.", but not
    // a call to the reader, which is the page's: "Listen to the full report from 5pm.")
    const ahead = daysBetween(this.anchorDay, named);
    const told = sentence === undefined || !CALL_TO_READER.test(this.text.slice(sentence.start, sentence.end));
    // (… and so does a day of the week just named behind: "landed in Tolleson on Friday night. It touched down at 9:20 p.m.")
    // (… and any day of the sentence just before that the clock time points back to: "attacked on 2 May 2021. He died at
    // about 10.50pm that night.")
    const adjacent = (index - last.sentence <= 1 || entry) && !last.perfect;
    const pointed = adjacent && THAT_DAY_AFTER.test(this.text.slice(e.end, e.end + 20));
    // (… and so does a day the sentence just before names in the same telling, however far back in the past or ahead in
    // the future: "fell silent on 14 March 2024 … Its hands stopped at 4.17pm", "rededicated on 26 September. Tours run
    // from 10am".)
    const sameTelling = adjacent && (ahead > 0 ? tense === 'future' : tense === 'past');
    const reach = pointed || sameTelling ? Infinity : ahead > 0 ? (tense !== 'past' && told ? WEEK_AHEAD_DAYS : RECENT_DAYS) : adjacent ? WEEK_AHEAD_DAYS : RECENT_DAYS;
    if (Math.abs(ahead) > reach) return undefined;
    // (A past perfect's time earlier than the time named just before is of that day: "peaked at 5.30pm on Monday … Unit 2
    // had already come off at 4.10pm".)
    const earlier = adjacent && sentence !== undefined && this.isPastPerfectBefore(e, sentence) && isEarlierThan(e, last.value);
    if (sentence && HAD.test(this.clauseOf(e, sentence)) && !earlier) return undefined;
    // (Nor a day ahead for a timeline's entry not told ahead: "Rain is forecast for Wednesday. Crash timeline: - 15:20: rain begins".)
    if ((tense === 'past' || !told || (entry && tense !== 'future')) && ahead > 0) return undefined;
    // Past midnight after a late clock time, not past the article's day: "The blaze started at 11:15 p.m. … under control
    // at around 4:10 a.m." (not after a header's "Updated March 3, 7:45 p.m.").
    const next = afterMidnight(last.value, e);
    return tense !== 'future' && daysBetween(this.anchorDay, parseDay(next) ?? named) > 0 ? day : next;
  }

  /** The clause of a sentence an expression stands in: "the shutdown was triggered at 4:17 a.m." of "…, and there had been no leak". */
  private clauseOf(e: Expression, sentence: Sentence): string {
    return this.clauseBefore(e, sentence) + this.restOfClause(e.start, sentence);
  }

  /** Whether a past perfect's "had" stands before an expression in its clause: "Unit 2 had already come off at 4.10pm". */
  private isPastPerfectBefore(e: Expression, sentence: Sentence): boolean {
    return HAD.test(this.clauseBefore(e, sentence));
  }

  /** The part of an expression's clause before it. */
  private clauseBefore(e: Expression, sentence: Sentence): string {
    return this.text.slice(sentence.start, e.start).split(CLAUSE_BREAK).at(-1)!;
  }

  /** A sentence's text from `from` to the end of its clause. */
  private restOfClause(from: number, sentence: Sentence): string {
    return this.text.slice(from, sentence.end).split(CLAUSE_BREAK)[0];
  }

  /** Whether the date named last is in this sentence or one before it, and not after the article's year. */
  private isRecentPast(index: number): boolean {
    if (!this.named || index - this.named.sentence > 1) return false;
    return this.named.sentence === index || this.anchorYear === undefined || +this.named.value.slice(0, 4) <= this.anchorYear;
  }

  /** "from a year earlier", "than a month earlier", "compared with a year earlier", "from $31 million a year earlier". */
  private isComparison(e: Expression): boolean {
    return e.modifiers[0] === 'from' || COMPARED.test(this.text.slice(Math.max(0, e.start - 32), e.start));
  }

  /**
   * A yearless month or day right after a date of an earlier year is in that story's time, not the
   * article's: "On Feb. 11, 2019, she presented her findings. In July, she was fired." → 2019-07;
   * a month before the named one is the next year's, as stories move forward.
   */
  private inNarrative(meaning: Meaning, index: number, anaphoric: boolean): Meaning {
    // "at 11:40 p.m. on Nov. 14": the day's year, the clock kept.
    if (meaning.kind === 'at') {
      const day = this.inNarrative(meaning.day, index, anaphoric);
      return day === meaning.day ? meaning : { ...meaning, day };
    }
    // "convicted in 2024 … sentenced him that October": a year named alone frames only a month said to be of that time.
    // (Not a year a state lasting to the telling began in: "has held the contract since October 2024. … since the trial
    // opened on 27 April" is this year's April.)
    const named = this.named && index - this.named.sentence <= 1 && !this.named.since ? /^(\d{4})(?:-(\d{2}))?/.exec(this.named.value) : null;
    // "lost in 1943 … took it that winter": a season said to be of that time is of the year named.
    if (meaning.kind === 'yearPart' && SEASON.test(meaning.part) && meaning.byTense && anaphoric && named) return { kind: 'fixed', value: `${named[1]}-${meaning.part}`, note: `in ${named[1]}, the year named before it` };
    if (meaning.kind !== 'calendar' || meaning.direction || meaning.yearBy !== undefined || !named || (named[2] === undefined && !anaphoric)) return meaning;
    if (this.anchorYear === undefined || +named[1] >= this.anchorYear || (!anaphoric && this.isNearTheArticle(meaning))) return meaning;
    const year = +named[1] + (named[2] !== undefined && meaning.month < +named[2] ? 1 : 0);
    if (year >= this.anchorYear) return meaning;
    return { kind: 'fixed', value: calendarValue(meaning, year), note: `in the time of ${this.named!.value.slice(0, 10)}, named before it` };
  }

  /**
   * Whether a yearless date lies so close to the article's day that it is the story's present ("was
   * arrested in November 2024. The commission called on June 3 for his release", told on June 4).
   */
  private isNearTheArticle(m: { month: number; day?: number }): boolean {
    const a = this.anchorDay;
    if (!a) return false;
    if (m.day === undefined) return (a.month - m.month + 12) % 12 <= PRESENT_MONTHS;
    return [a.year - 1, a.year, a.year + 1].some((year) => Math.abs(daysBetween({ year, month: m.month, day: m.day! }, a)) <= PRESENT_DAYS);
  }

  /** Notes that the last date named has no known value: a count after it has none either. */
  forget(): void {
    this.named = undefined;
  }

  /**
   * Notes the calendar value an expression resolved to, for counts from it; a comparison's names no
   * event, and a day that dates the telling ("the port said on Tuesday") no day for a clock time after it.
   */
  record(value: string | null, index: number, { telling = false, perfect = false, alone = false, since = false } = {}): void {
    if (this.comparison) return;
    if (alone && value && /^\d{4}-\d{2}-\d{2}/.test(value)) this.lineDay = value.slice(0, 10);
    const date = namedDate(value, index);
    const named = date && { ...date, ...(perfect && { perfect: true as const }), ...(since && { since: true as const }) };
    // "on 14 September last year": a coarser date of the same sentence that holds the one just named adds nothing to count from.
    const holds = named !== undefined && this.named?.sentence === index && this.named.value.length > named.value.length && this.named.value.startsWith(named.value);
    if (!holds) this.named = named ?? this.named;
    if (!named || !/^\d{4}-\d{2}-\d{2}/.test(named.value)) return;
    this.namedToTheDay = named;
    if (!this.isAhead(named)) this.namedPresentDay = named;
    if (!telling) this.namedStoryDay = named;
  }
}

/**
 * Hours of a night that a story told in order crosses: from an afternoon's or an evening's to one before dawn is the next
 * day ("called out just before 5 p.m. Saturday … reached them at about 2:30 a.m.").
 */
const [LATE_HOUR, EARLY_HOUR] = [12, 6];

/** A clock time's hour and minute, "16:10" of "T16:10" (none for an expression that is no fixed clock time). */
function clockOf(e: Expression): string | undefined {
  return e.meaning.kind === 'fixed' ? /^T(\d{2}:\d{2})/.exec(e.meaning.value)?.[1] : undefined;
}

/** Whether a clock time is earlier in the day than the clock time of a named date ("T16:10" before "2027-01-11T17:30"). */
function isEarlierThan(e: Expression, named: string): boolean {
  const time = /T(\d{2}:\d{2})/.exec(named)?.[1];
  const clock = clockOf(e);
  return time !== undefined && clock !== undefined && clock < time;
}

/**
 * The day of a clock time told after `named`: the next one past midnight ("departed at 22:42 on 1 March and … an alert
 * at 01:10", "talks on Monday … until 2 a.m.").
 */
function afterMidnight(named: string, e: Expression): string {
  const day = named.slice(0, 10);
  const before = /T(\d{2}):/.exec(named);
  const clock = clockOf(e);
  const early = clock !== undefined && +clock.slice(0, 2) < EARLY_HOUR;
  const through = before === null && e.modifiers.some((m) => /^(?:until|till)$/i.test(m));
  const next = early && ((before !== null && +before[1] >= LATE_HOUR) || through) ? parseDay(day) : undefined;
  return next ? formatDay(addDays(next, 1)) : day;
}

/** A month, day or season without a year, in a sentence that opens with a year, is in that year. */
function inYear(meaning: Meaning, year: string): Meaning {
  const note = `the year ${year} that opens its sentence`;
  if (meaning.kind === 'yearPart' && meaning.byTense) return { kind: 'fixed', value: `${year}-${meaning.part}`, note };
  if (meaning.kind !== 'calendar' || meaning.direction || meaning.yearBy !== undefined) return meaning;
  return { kind: 'fixed', value: calendarValue(meaning, +year), note };
}
