import type { DateMention, DocumentAnalysis, Sentence, Token } from '../types';
import type { Pipeline } from '../nlp/pipeline';
import { type Day, daysBetween, formatDay, parseDay } from './calendar';
import { DateContext } from './context';
import { isAloneOnLine, isTimelineEntry } from './lines';
import { findDateline } from './dateline';
import { type Expression, isClock, scan } from './detect';
import { NameIndex, inferAnchor, storyDays } from './infer';
import { dayOf } from './meaning';
import { bareWeekday, type ToldWeekday, withConversionDay, withDateAfter, withDayAfterClock, withHeadlineTenses, withPartOfDay } from './neighbours';
import { type Anchor, resolve } from './resolve';
import { datesTheTelling, type Tense, tenseNear } from './tense';
import { findWireDateline, hasYearlessWireDateline, wireDayNear } from './wireDateline';

/**
 * The document's own date-time from its dateline, ISO ("2025-08-01T14:40"), or null; for a wire
 * dateline without a year ("LONDON, March 3 (Reuters) -"), the year the story's own dates allow.
 */
export function findPublished(text: string, pipeline: Pipeline): string | null {
  const found = findDateline(text);
  if (found) return found;
  const { tokens, sentences } = pipeline;
  return findWireDateline(text, expressions(text, tokens), (e) => {
    const sentence = sentences.find((s) => s.start <= e.start && e.start < s.end);
    return sentence ? tenseNear(tokens, sentence, e.start, e.end) : null;
  });
}

/** Temporal expressions of one document, resolved against its date when known. */
export function findDates(text: string, pipeline: Pipeline, published: string | null): DateMention[] {
  const day = published ? parseDay(published) : undefined;
  return datesOf(text, pipeline, day ? { day, source: `this article's date (${formatDay(day)})` } : null);
}

/** A document's day as the corpus gives it: the day, how it was obtained, and the document's dates read against it. */
export interface InferredDate {
  published: string;
  publishedFrom: string;
  dates: DateMention[];
}

/**
 * For documents without a dateline: a date inferred from the dated documents of the same story
 * (see inferAnchor), with the document's dates re-resolved against it; for a wire dateline whose
 * year was guessed, that year corrected by them. Documents whose date the corpus does not
 * establish or correct are left out.
 */
export function inferMissingDates(
  docs: readonly DocumentAnalysis[],
): Map<string, InferredDate> {
  const dated = docs.filter((d) => d.published);
  const out = new Map<string, InferredDate>();
  if (dated.length === 0) return out;
  const guessed = new Set(dated.filter((d) => hasYearlessWireDateline(d.text, expressions(d.text, d.tokens))));
  const swapped = new Map(dated.flatMap((d) => {
    const other = otherReading(d);
    return other ? [[d, other] as const] : [];
  }));
  const index = new NameIndex(dated);
  // (Built only where a lone report asks for it: the undated may be most of a large corpus.)
  let undatedIndex: NameIndex | undefined;
  const undated = () => (undatedIndex ??= new NameIndex(docs.filter((d) => !d.published)));
  // Only dates the documents state correct a guessed year or reading: two guesses would trade theirs.
  const stated = guessed.size + swapped.size > 0 ? new NameIndex(dated.filter((d) => !guessed.has(d) && !swapped.has(d))) : index;
  for (const doc of dated) {
    const other = swapped.get(doc);
    if (other) {
      // "09/03/2026" read month first gives way to 9 March when the story's other sources are dated near that.
      const inferred = inferAnchor(doc, stated);
      const own = parseDay(doc.published!)!;
      if (inferred && Math.abs(daysBetween(other, inferred.day)) <= MAX_WIRE_DAYS && Math.abs(daysBetween(other, inferred.day)) < Math.abs(daysBetween(own, inferred.day))) {
        out.set(doc.file, reresolved(doc, { day: other, source: `its dateline read day first, as ${inferred.source.replace(/^the corpus: /, '')}` }));
      }
      continue;
    }
    if (!guessed.has(doc)) continue;
    const inferred = inferAnchor(doc, stated);
    // A wire dateline's year guessed from the story's own dates ("below 1990 levels") gives way to the
    // year of the story's dated reports, when the dateline's day lies within a week of theirs.
    const day = inferred && wireDayNear(doc.text, expressions(doc.text, doc.tokens), inferred.day);
    if (day && formatDay(day) !== doc.published!.slice(0, 10) && Math.abs(daysBetween(day, inferred.day)) <= MAX_WIRE_DAYS) {
      out.set(doc.file, reresolved(doc, { day, source: `its dateline, in the year of ${inferred.source.replace(/^the corpus: /, '')}` }));
    }
    // (Reports of its story too far apart to date it still give the year, one dated within a week of its day.)
    const yearOf = inferred ? undefined : storyYearOfDateline(doc, stated);
    if (yearOf && formatDay(yearOf.day) !== doc.published!.slice(0, 10)) out.set(doc.file, reresolved(doc, yearOf));
  }
  // An undated document takes stated dates over guessed ones when its story has both, and the guesses as
  // corrected above ("LONDON, March 3 (Reuters)" put in its story's year).
  const corrected = out.size > 0 ? new NameIndex(dated.map((d) => (out.has(d.file) ? { ...d, published: out.get(d.file)!.published } : d))) : index;
  for (const doc of docs) {
    if (doc.published) continue;
    const inferred = inferAnchor(doc, stated, undated) ?? inferAnchor(doc, corrected, undated);
    if (!inferred) {
      // Reports of its story too far apart to date it still give a wire dateline's year, its day within a week of one.
      const yearOf = storyYearOfDateline(doc, stated);
      if (yearOf) out.set(doc.file, reresolved(doc, yearOf));
      continue;
    }
    // A wire dateline without its year still gives the day: the corpus gives only the year.
    const day = wireDayNear(doc.text, expressions(doc.text, doc.tokens), inferred.day);
    out.set(doc.file, reresolved(doc, day ? { day, source: `its dateline, in the year of ${inferred.source.replace(/^the corpus: /, '')}` } : inferred));
  }
  return out;
}

/**
 * A yearless wire dateline's day in the year of the story report dated within a week of it ("DUBAI, April 7 (…) -"): a
 * report that shares enough of its names, the day being evidence of its own.
 */
function storyYearOfDateline(doc: DocumentAnalysis, dated: NameIndex): Anchor | undefined {
  const found = expressions(doc.text, doc.tokens);
  for (const near of storyDays(doc, dated, 0)) {
    const day = wireDayNear(doc.text, found, near);
    if (day && Math.abs(daysBetween(day, near)) <= MAX_WIRE_DAYS) return { day, source: `its dateline, in the year of another source on this story dated ${formatDay(near)}` };
  }
  return undefined;
}

/** How far into a document its header may lie. */
const HEADER_CHARS = 600;

/**
 * The other reading of a document's date when its header writes it with both numbers 12 or less,
 * "09/03/2026": the date of 3 September read as 9 March.
 */
function otherReading(doc: DocumentAnalysis): Day | undefined {
  const day = parseDay(doc.published!);
  if (!day || day.day > 12 || day.day === day.month) return undefined;
  const written = new RegExp(`(?<![\\d/.])0?${day.month}/0?${day.day}/(?:${day.year}|${String(day.year).slice(2)})(?![\\d/])`);
  return written.test(doc.text.slice(0, HEADER_CHARS)) ? { year: day.year, month: day.day, day: day.month } : undefined;
}

/** How far a wire dateline's day may lie from the dated reports of its story for their year to count. */
const MAX_WIRE_DAYS = 7;

const reresolvedCache = new WeakMap<DocumentAnalysis, { source: string; result: InferredDate }>();

/** The document's dates resolved against an inferred anchor; reused while the document and anchor stay the same. */
function reresolved(doc: DocumentAnalysis, anchor: Anchor): InferredDate {
  const cached = reresolvedCache.get(doc);
  if (cached && cached.source === anchor.source) return cached.result;
  const result = { published: formatDay(anchor.day), publishedFrom: anchor.source, dates: datesOf(doc.text, doc, anchor) };
  reresolvedCache.set(doc, { source: anchor.source, result });
  return result;
}

/**
 * A document's temporal expressions, keyed by its token array (shared by the pipeline and the
 * analysis): re-resolving it against an inferred date does not scan the text again.
 */
const expressionsOf = new WeakMap<readonly Token[], { text: string; found: Expression[] }>();

function expressions(text: string, tokens: readonly Token[]): Expression[] {
  const cached = expressionsOf.get(tokens);
  if (cached && cached.text === text) return cached.found;
  const found = scan(text);
  expressionsOf.set(tokens, { text, found });
  return found;
}

/** "his wife, June, 75,": a month's name between commas before an age is a person's. */
function isNamedWithAge(text: string, e: Expression, label: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(label) && /,\s*$/.test(text.slice(Math.max(0, e.start - 3), e.start)) && /^,\s*\d{1,3},/.test(text.slice(e.end, e.end + 6));
}

/** "set a hearing for Friday", "scheduled for Tuesday at 10 a.m.": a day something is set for lies ahead (not "for Friday's attack"). */
function isSetFor(text: string, e: Expression): boolean {
  const day = dayOf(e.meaning);
  // "Brent crude for June delivery rose": a contract's month lies ahead.
  if (e.modifiers[0] === 'for' && day.kind === 'calendar' && day.day === undefined && DELIVERY_AFTER.test(text.slice(e.end, e.end + 12))) return true;
  return e.modifiers[0] === 'for' && day.kind === 'weekday' && !/^['’]s\b/.test(text.slice(e.end, e.end + 3));
}

const DELIVERY_AFTER = /^\s+(?:delivery|contracts?|futures)\b/i;

/**
 * A day's word capitalized inside a running sentence is a work's or a show's word, no date: "her book \"Waiting for
 * Tomorrow\"", "told NBC's Today" (a heading capitalizes every word).
 */
function isDayWordOfName(text: string, e: Expression, label: string, sentence: Sentence | undefined): boolean {
  if (!DAY_WORD.test(label) || !sentence || sentence.heading) return false;
  return /\p{Ll}/u.test(text.slice(sentence.start, e.start)) && !/["“‘'(—–-]\s*$/.test(text.slice(sentence.start, e.start));
}
const DAY_WORD = /^(?:Today|Tomorrow|Yesterday|Tonight)$/;


/**
 * "said it had until Monday to lodge a petition", "was given until Friday", "cancelled until at least
 * Saturday", "released on bail until May", "promised to announce his choice by Friday": a deadline
 * lies ahead of the telling.
 */
function isDeadline(text: string, e: Expression): boolean {
  // "the outage was extended to April", "brought forward to Friday": a new deadline lies ahead.
  if (MOVED_TO.test(text.slice(Math.max(0, e.start - 24), e.start))) return true;
  // "cancelled until at least Saturday": a boundary no earlier than that day, still ahead.
  if (e.modifiers[0] === 'at least until' || (/^(until|till)$/.test(e.modifiers[0] ?? '') && e.modifiers[1] === 'at least')) return true;
  if (/^(until|till)$/.test(e.modifiers[0] ?? '')) {
    const before = text.slice(Math.max(0, e.start - 40), e.start);
    return GIVEN_UNTIL.test(before) || HELD_UNTIL.test(before) || REPORTED_HAD_UNTIL.test(text.slice(Math.max(0, e.start - 80), e.start));
  }
  return e.modifiers[0] === 'by' && TO_DO_BEFORE.test(text.slice(Math.max(0, e.start - TO_DO_WINDOW), e.start));
}

const WEEKDAY_LIST = /^\s*(?:,|or|and|,\s*or|,\s*and|instead of|rather than)\s*$/i;

/** "a pause from Sunday", "eligible from Oct. 14": a start, a day or a month. */
function isStart(e: Expression): boolean {
  const day = dayOf(e.meaning);
  return e.modifiers[0] === 'from' && (day.kind === 'weekday' || (day.kind === 'calendar' && !day.direction && day.yearBy === undefined));
}

/** Words that put a sentence's event ahead of its telling: "will", "ahead of", "next", "upcoming". */
const LOOKS_AHEAD = /\b(?:will|shall|would|ahead|next|upcoming|coming|due|set to|plans? to|expect(?:s|ed|ing)?|scheduled|slated|preparing|prepares)\b|['’]ll\b/i;

/** A bare weekday or month with a possessive after it, owning a noun: "January's fire", "Sunday's run-off". */
function isOwnedEvent(text: string, e: Expression): boolean {
  const day = dayOf(e.meaning);
  const bare = (day.kind === 'weekday' && !day.direction) || (day.kind === 'calendar' && day.day === undefined && !day.direction && day.yearBy === undefined);
  return bare && /^['’]s\s+\p{L}/u.test(text.slice(e.end, e.end + 4));
}

/** The words that make a month a limit: "through June", "until May", "by the end of April". */
const LIMIT = /^(?:until|till|through|thru|by|before|up until|at least through|at least until|no later than)$/;

/** "had originally planned the launch for", "originally set for": a plan changed since, its month before or after the telling. */
const ORIGINAL_PLAN = /\b(?:had|originally)\s+(?:been\s+)?(?:planned|scheduled|set|slated|due|intended|expected)\b[^.;!?]*$/i;

/** "was due to deliver the lecture on", "were scheduled for": a plan told in the past, its date before or after the telling. */
const PAST_PLAN = /\b(?:was|were)\s+(?:due|scheduled|set|slated|planned)\b[^.;!?]*$/i;

/**
 * A bare month a changed plan named, or a date a plan told in the past named: the nearest, whatever the verbs say
 * ("Sorano had originally planned a release in June", "a talk scheduled for Feb. 26 was called off").
 */
function isOriginalPlan(text: string, before: string, e: Expression): boolean {
  const day = dayOf(e.meaning);
  const plain = day.kind === 'calendar' && !day.direction && day.yearBy === undefined;
  return plain && ((day.day === undefined && ORIGINAL_PLAN.test(before)) || PAST_PLAN.test(before) || isPlanOfPastEvent(text, before, e));
}

/** "a plan scheduled for", its sentence told in the past after the date: "The talk, scheduled for Feb. 26, was called off". */
const PLANNED_FOR = /\b(?:scheduled|slated|planned|set|due)(?:\s+(?:for|on))?\s*$/i;
const PAST_AFTER = /^[^.;!?]*?\b(?:was|were|had)\b/i;

function isPlanOfPastEvent(text: string, before: string, e: Expression): boolean {
  return PLANNED_FOR.test(before) && PAST_AFTER.test(text.slice(e.end, e.end + 80));
}

/** A past verb of a span that ran its course: "lasted until May" is last May. */
const SPAN_RUN = /\b(?:lasted|continued|remained|stayed|persisted|ran|served|worked|lived)\b[^.;!?]*$/i;

/**
 * "capped shipments through June", "to cover its needs until May", "sold for delivery by the end of April", "signalled no
 * change before June": a limit set in the past mostly lies ahead, so the month it names is the nearer one, whatever the
 * verb's tense (a season stays the tense's: "He left before the summer").
 */
function isMonthLimit(text: string, e: Expression): boolean {
  const day = dayOf(e.meaning);
  if (day.kind !== 'calendar' || day.day !== undefined || day.direction || day.yearBy !== undefined) return false;
  return LIMIT.test(e.modifiers[0] ?? '') && !SPAN_RUN.test(text.slice(Math.max(0, e.start - 60), e.start));
}

function isWeekday(e: Expression): boolean {
  return dayOf(e.meaning).kind === 'weekday';
}

/** "before Saturday", "before Saturday's final": a weekday something comes before; without a tense, one ahead. */
function isBeforeWeekday(text: string, e: Expression): boolean {
  const day = dayOf(e.meaning);
  // (… or its possessor's, the preposition left out of the span: "before Friday's deadline".)
  const before = e.modifiers[0]?.toLowerCase() === 'before' || /\bbefore\s+$/i.test(text.slice(Math.max(0, e.start - 8), e.start));
  return before && day.kind === 'weekday' && !day.direction;
}

/** "tomorrow", "tomorrow morning": the day after the telling. */
function isTomorrow(e: Expression): boolean {
  const day = dayOf(e.meaning);
  return day.kind === 'offset' && day.unit === 'day' && day.by === 1;
}

/** A request, an intention or an expectation and what it is for: "called on the minister to make a statement", "is expected to testify" (not one told in the past perfect). */
const ASKED_TO = /(?<!\bhad\s+)\b(?:urged|urges|called on|calls on|asked|asks|wants|wanted|invited|invites|summoned|intends|intended|promised|promises|pledged|pledges|vowed|vows|threatened|threatens|(?<!\b(?:was|were|been)\s+)expected|expects)\b(?:\s+[\p{L}'’-]+){0,5}?\s+to\s+\p{L}+\b(?:(?!\b(?:and|but|ago|was|were|had|after)\b)[^.;!?])*$/iu;

/** How far back in its sentence a day's asking may stand. */
const ASKING_REACH = 120;
/** A demand and what it wants by a day: "The union wants a meeting with the chief executive by Friday". */
const WANTED_BY = /\b(?:wants|wanted|demands|demanded|calls for|called for|asked for|asks for)\b[^.;!?]*$/i;
/** … and on a day in the clause, asked for now: "has asked for a meeting on Wednesday", "wants talks on Friday" (a perfect or a present takes no day of its own). */
const WANTED_NOW = /\b(?:wants|demands|calls for|asks for|requests|(?:has|have) (?:asked for|called for|requested|demanded|sought))\b[^.;!?,]*$/i;

/**
 * "Ms Venn called on the minister to make a statement to Parliament on Thursday", "wants a meeting by Friday", "has asked
 * for a meeting on Wednesday": a bare weekday or month of what someone was asked or means to do lies ahead, whatever
 * the tense of the asking.
 */
function isAskedToDo(before: string, e: Expression): boolean {
  const day = dayOf(e.meaning);
  const bare = (day.kind === 'weekday' && !day.direction) || (day.kind === 'calendar' && day.day === undefined && !day.direction && day.yearBy === undefined);
  return bare && (ASKED_TO.test(before) || (e.modifiers[0] === 'by' && WANTED_BY.test(before)) || (e.modifiers[0] === 'on' && WANTED_NOW.test(before)));
}

/** "a strike starting Wednesday", "new rules effective Monday": what is announced to begin on a weekday begins ahead. */
function isStartingDay(text: string, e: Expression): boolean {
  const day = dayOf(e.meaning);
  return day.kind === 'weekday' && !day.direction && /\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$/i.test(text.slice(Math.max(0, e.start - 24), e.start));
}

/** Nouns of figures a period counts. */
const DATA_NOUNS = 'orders|deliveries|sales|figures|data|results|earnings|revenue|profits?|traffic|exports|imports|output|production|payrolls|shipments|registrations|inflation|statistics|numbers';
/** Figures a month or a quarter is the period of: "February orders", "its January figures", "third-quarter results". */
const DATA_AFTER_PERIOD = new RegExp(`^\\s+(?:${DATA_NOUNS})\\b`);

/** Figures before the "for" of the period they count: "retail sales figures for December" (the span may open with the "for"). */
const DATA_BEFORE_PERIOD = new RegExp(`\\b(?:${DATA_NOUNS})\\s+(for\\s+)?$`);

/**
 * "is set to report February orders", "will publish its third-quarter figures", "will publish retail
 * sales figures for December": a month or a part of the year that names the period of its figures is one
 * already begun, whatever the verb says.
 */
function isDataPeriod(text: string, e: Expression): boolean {
  const m = e.meaning;
  const period = (m.kind === 'calendar' && m.day === undefined && !m.direction && m.yearBy === undefined) || (m.kind === 'yearPart' && m.byTense === true);
  if (!period) return false;
  const before = DATA_BEFORE_PERIOD.exec(text.slice(Math.max(0, e.start - 24), e.start));
  return DATA_AFTER_PERIOD.test(text.slice(e.end, e.end + 16)) || (before !== null && (before[1] !== undefined || /^for\s/i.test(text.slice(e.start, e.end))));
}

/** "since the first flights in September": a date inside a phrase "since" opens lies in the past. */
const SINCE_BEFORE = /\bsince\s+(?!(?:\w+\s+){0,3}?(?:will|would|shall|is|are|was|were|has|have|had|can|could)\b)(?:[\p{L}\d'’-]+\s+){1,4}$/iu;

/** "…, according to a statement late Wednesday": a weekday in the source's phrase dates the source, before its telling. */
const ACCORDING_TO = /\baccording\s+to\b[^,;.!?]*$/i;

/** A deadline moved: "extended to", "postponed to", "pushed back to", "brought forward to". */
const MOVED_TO = /\b(?:extended|postponed|delayed|deferred|rescheduled|(?:pushed|put|brought|moved)\s+(?:back|forward))\s+(?:to|until)\s+$/i;

/** "has until", "was given until", "gave the firm until": a time allowed, up to "until" (not "had until": one that ran out … */
const GIVEN_UNTIL = /\b(?:has|have|given|gave|give|gives|giving)(?:\s+[\p{L}'’.-]+){0,3}\s+$/iu;

/** … unless its telling is reported: "The party said it had until Monday to appeal"). */
const REPORTED_HAD_UNTIL = /\b(?:said|says|told|added|announced|warned|noted)\b[^.;!?]*\bhad(?:\s+[\p{L}'’.-]+){0,3}\s+$/iu;

/** "released on bail until", "adjourned until", "extended until": a state or delay that lasts up to "until", ahead of its telling. */
const HELD_UNTIL = /\b(?:bail|custody|remanded|suspended|banned|adjourned|postponed|delayed|deferred|extended|frozen)(?:\s+[\p{L}'’.-]+){0,2}\s+$/iu;

/** "… to announce his choice " before "by Friday": an infinitive in the clause, nothing ending it between. */
const TO_DO_BEFORE = /\bto\s+\p{Ll}+\b[^.;,]*$/u;
/** How far back the infinitive is looked for: its object may be long ("to hand over engine maintenance records for the past two years"). */
const TO_DO_WINDOW = 100;

function datesOf(text: string, { tokens, sentences }: Pipeline, anchor: Anchor | null): DateMention[] {
  const out: DateMention[] = [];
  const context = new DateContext(text, anchor?.day.year, anchor?.day);
  let s = 0;
  let previous: { e: Expression; tense: Tense } | undefined;
  /** Bare weekdays as told, by their index in `out`. */
  const told: ToldWeekday[] = [];
  const found = expressions(text, tokens);
  for (const [i, e] of found.entries()) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= e.start) s++;
    const sentence: Sentence | undefined = sentences[s];
    if (sentence?.boilerplate) continue;
    const label = text.slice(e.start, e.end);
    if (isNamedWithAge(text, e, label) || isDayWordOfName(text, e, label, sentence)) continue;
    const near = sentence ? tenseNear(tokens, sentence, e.start, e.end) : null;
    const before = text.slice(Math.max(0, e.start - 60), e.start);
    // "since October", "according to a statement on Wednesday", "February orders" lie in the past whatever the verb says;
    // "set for Friday", "by Friday" ahead; "until Thursday", "a pause from Sunday" ahead when the verb says nothing.
    const past = e.modifiers.some((m) => /^since$/i.test(m)) || SINCE_BEFORE.test(before) || (isWeekday(e) && ACCORDING_TO.test(before)) || isDataPeriod(text, e);
    const ahead = isSetFor(text, e) || isDeadline(text, e) || isStartingDay(text, e) || isAskedToDo(text.slice(Math.max(sentence?.start ?? 0, e.start - ASKING_REACH), e.start), e);
    const aheadUntold = e.modifiers.some((m) => /^(until|till)$/i.test(m)) || isStart(e) || isBeforeWeekday(text, e);
    // "for Wednesday or Thursday": a weekday listed with the one before shares its direction; "tomorrow and Saturday" lie ahead.
    const listed = previous && isWeekday(e) && WEEKDAY_LIST.test(text.slice(previous.e.end, e.start)) && (isWeekday(previous.e) || isTomorrow(previous.e));
    // (A timeline tells in the present what happened: "- 14 April: Quenby closes the file".)
    const entry = isTimelineEntry(text, e);
    // (… and a headline's month before its noun, "after January storm damage", the nearest, whatever the headline's verb.)
    const nearer = (near === 'past' && isMonthLimit(text, e)) || isOriginalPlan(text, before, e) || entry || e.attributive === true;
    // "still rebuilding from January's fire", "refused to concede Sunday's run-off": what a day's or month's possessive
    // names has happened, unless the sentence looks ahead ("ahead of Sunday's vote").
    // ("Riders rest before Saturday's time trial": what a sentence without a past waits for lies ahead.)
    const happened = isOwnedEvent(text, e) && !(sentence && LOOKS_AHEAD.test(text.slice(sentence.start, sentence.end))) && !(near !== 'past' && isBeforeWeekday(text, e));
    const tense = listed ? (isTomorrow(previous!.e) ? 'future' : previous!.tense) : past || happened ? 'past' : ahead ? 'future' : nearer ? null : near ?? (aheadUntold ? 'future' : null);
    previous = { e, tense };
    const alone = isAloneOnLine(text, e);
    // (A clock time whose day the count after it gives takes that day, not one named before: "03:35 the next morning".)
    const ofCount = isClockOfCount(text, e, found[i + 1]);
    const meaning = ofCount ? e.meaning : context.meaningOf(e, sentence, s, tense, alone, entry);
    const resolved = resolve(label, e.type, meaning, anchor, tense);
    // A clock time's conversion in brackets ("6:40 am (2240 GMT Saturday)") names the day elsewhere: no date of the story.
    const conversion = resolved.type === 'TIME' && text[e.start - 1] === '(';
    if ((resolved.type === 'DATE' || resolved.type === 'RELATIVE' || resolved.type === 'TIME') && !conversion && !ofCount) {
      // "by the end of next year, and the rest the following year" with no article date: a date named
      // but not known, which nothing may count from.
      if (!anchor && meaning.kind === 'offset') context.forget();
      else context.record(resolved.value, s, { telling: datesTheTelling(text.slice(Math.max(0, e.start - 40), e.start)), perfect: sentence !== undefined && /\bhad\b/i.test(text.slice(sentence.start, sentence.end)), alone, since: e.modifiers[0] === 'since' });
    }
    out.push({ start: e.start, end: e.end, text: label, ...resolved });
    const day = bareWeekday(meaning);
    if (day !== undefined) told.push({ at: out.length - 1, weekday: day, tense, heading: sentence?.heading === true, e, meaning });
  }
  withHeadlineTenses(out, told, anchor);
  for (const t of told) withDateAfter(text, out, t.at, t.weekday);
  for (let i = 1; i < out.length; i++) withConversionDay(text, out, i);
  for (let i = 1; i < out.length; i++) withDayAfterClock(text, out, i);
  for (let i = 0; i < out.length; i++) withPartOfDay(text, out, i);
  return out.map(withZoneApart);
}

/** Between a clock time and the count that gives its day: "03:35 the next morning", "at 2 a.m., the following day". */
const CLOCK_TO_COUNT = /^[^\S\r\n]*,?[^\S\r\n]*$/;

/** A clock time whose day the count right after it gives names no day to count from: the count starts before it. */
function isClockOfCount(text: string, e: Expression, next: Expression | undefined): boolean {
  return isClock(e) && next?.meaning.kind === 'fromEvent' && next.meaning.unit === 'day' && next.meaning.by !== 0 && CLOCK_TO_COUNT.test(text.slice(e.end, next.start));
}

/** A clock time's zone at the end of its value ("…T15:30-05:00", "…T07:45Z"). */
const ZONE_END = /^(.*T\d\d:\d\d(?::\d\d)?)(Z|[+-]\d\d:\d\d)$/;

/** A clock time's value in the text's own zone, the zone's offset apart: "2026-05-06T15:15" and "-05:00". */
function withZoneApart(d: DateMention): DateMention {
  const zoned = d.value ? ZONE_END.exec(d.value) : null;
  return zoned ? { ...d, value: zoned[1], zone: zoned[2] } : d;
}
