/**
 * Readings a document's dates give each other once all are resolved: a headline's weekday read as
 * the body reads that day, a weekday dated by the date written after it, a clock's conversion to
 * another zone dated by the time it converts, a clock time dated by the day its clause names after it, a
 * part of the day by the date it is of.
 */
import type { DateMention } from '../types';
import { addDays, formatDay, parseDay, weekday } from './calendar';
import type { Expression } from './detect';
import { CLAUSE_BREAK, PART_OF_DAY_SRC, partOfDay } from './lexicon';
import { dayOf, type Meaning } from './meaning';
import { type Anchor, resolve } from './resolve';
import type { Tense } from './tense';

/** A bare weekday as told: its index among the document's dates, its tense and where it stands. */
export interface ToldWeekday {
  at: number;
  weekday: number;
  tense: Tense;
  heading: boolean;
  e: Expression;
  meaning: Meaning;
}

/** The weekday of "Saturday", "on Friday", "Sunday morning": one named with no direction of its own ("last Friday", "this weekend"). */
export function bareWeekday(m: Meaning): number | undefined {
  // (Not a range's end over midnight, a day off the weekday: "from 15:00 until 09:00 on Saturday".)
  if (m.kind === 'at' && m.dayBy) return undefined;
  const day = dayOf(m);
  return day.kind === 'weekday' && !day.direction && day.weeksOn === undefined && !day.weekend ? day.weekday : undefined;
}

/**
 * "Stewards to hear evidence on Thursday": a headline's weekday no word puts in time is the one the
 * document's other mentions of that weekday put ahead, when none puts it back (the body's past
 * is what the headline's weekday already reads).
 */
export function withHeadlineTenses(out: DateMention[], told: readonly ToldWeekday[], anchor: Anchor | null): void {
  for (const t of told) {
    if (t.tense !== null || !t.heading) continue;
    const others = told.filter((o) => o.weekday === t.weekday && o.tense !== null);
    if (others.length === 0 || others.some((o) => o.tense !== 'future')) continue;
    const resolved = resolve(out[t.at].text, t.e.type, t.meaning, anchor, 'future');
    out[t.at] = { ...out[t.at], ...resolved, resolution: `${resolved.resolution}; its tense from the article's other mentions of that day` };
  }
}

const DAY_AND_HOUR = /^(\d{4}-\d{2}-\d{2})T(\d{2}):/;
/** A clock and its zone, with or without a day taken from the context: "T14:00Z", "2026-05-23T22:40Z". */
const CLOCK = /^(?:\d{4}-\d{2}-\d{2})?(T(\d{2}):.*)$/;
/** A day named in the conversion itself: "(2240 GMT Saturday)". */
const OWN_DAY_WORD = /\p{Ll}{3,}/u;
/** Hours apart beyond which a clock's conversion falls on the next or the previous day ("10 p.m. Friday (0200 GMT)"). */
const HALF_DAY = 12;

/**
 * A clock time in brackets right after a dated one is that moment in another zone: "at 10 a.m. on
 * Sunday (1400 GMT)" takes Sunday, or the day after or before when the hours lie half a day apart.
 */
export function withConversionDay(text: string, out: DateMention[], at: number): void {
  const [before, own] = [out[at - 1], out[at]];
  const dated = before.value?.match(DAY_AND_HOUR);
  const clock = own.value?.match(CLOCK);
  if (!dated || !clock || OWN_DAY_WORD.test(own.text) || !/^\s*\($/.test(text.slice(before.end, own.start))) return;
  const hours = +clock[2] - +dated[2];
  const value = formatDay(addDays(parseDay(dated[1])!, hours <= -HALF_DAY ? 1 : hours >= HALF_DAY ? -1 : 0)) + clock[1];
  out[at] = { ...own, value, resolution: `${own.text.replace(/\s+/g, ' ')} → ${value}, the moment of ${before.text.replace(/\s+/g, ' ')} in another zone` };
}

/** Between a weekday and the date that says which it is: "Tuesday evening (12 May)", "Wed May 13, 2026". */
const WEEKDAY_TO_DATE = /^\s*[(,]?\s*$/;

/**
 * A weekday the text dates right after it takes that date, when it falls on that weekday: "on Tuesday
 * evening (12 May)" is 12 May whatever the tense; "12:10 AM EDT, Wed May 13, 2026" is 13 May.
 */
export function withDateAfter(text: string, out: DateMention[], at: number, day: number): void {
  const [own, next] = [out[at], out[at + 1]];
  const written = next?.value?.slice(0, 10) ?? '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(written) ? parseDay(written) : undefined;
  if (!own.value || !date || weekday(date) !== day || !WEEKDAY_TO_DATE.test(text.slice(own.end, next.start)) || own.value.startsWith(written)) return;
  out[at] = { ...own, value: written + own.value.slice(10), resolution: `${own.text.replace(/\s+/g, ' ')} → ${written}, the date written after it (${next.text.replace(/\s+/g, ' ')})` };
}

/** Between a clock time and the day its clause names after it: "at 11:15 outside the town hall on". */
const CLOCK_TO_DAY = /^[^.;:!?()]{1,60}$/;

/**
 * A clock time with no day whose clause names its day a few words on is on that day: "The march will begin at 11:15
 * outside the hall on Thursday" (the words between no other clause: not "met at 9am and will vote on Friday").
 */
export function withDayAfterClock(text: string, out: DateMention[], at: number): void {
  const [clock, next] = [out[at - 1], out[at]];
  // (The day of a part of it too, but a night's for an hour before noon: "at 2 a.m. on Saturday night" is Sunday's.)
  const [, day, part] = next.value?.match(/^(\d{4}-\d{2}-\d{2})(?:T(MO|AF|EV|NI))?$/) ?? [];
  const between = text.slice(clock.end, next.start);
  if (!day || clock.type !== 'TIME' || !clock.value?.startsWith('T') || !CLOCK_TO_DAY.test(between) || CLAUSE_BREAK.test(between)) return;
  if (part === 'NI' && clock.value < 'T12') return;
  const value = day + clock.value;
  out[at - 1] = { ...clock, value, resolution: `${clock.text.replace(/\s+/g, ' ')} → ${value}, on the day its clause names after it (${next.text.replace(/\s+/g, ' ')})` };
}

/** A part of the day before the date it is of: "on the afternoon of". */
const PART_OF = new RegExp(`\\bthe\\s+(${PART_OF_DAY_SRC})\\s+of\\s+$`, 'i');

/** A date after "the afternoon of" is that part of that day: "on the afternoon of March 7" is 2026-03-07TAF. */
export function withPartOfDay(text: string, out: DateMention[], at: number): void {
  const d = out[at];
  const day = d.value?.match(/^\d{4}-\d{2}-\d{2}$/)?.[0];
  const part = day ? PART_OF.exec(text.slice(Math.max(0, d.start - 24), d.start)) : null;
  if (!day || !part) return;
  const start = d.start - part[0].length;
  const value = `${day}T${partOfDay(part[1])}`;
  out[at] = { ...d, start, text: text.slice(start, d.end), type: 'TIME', value, resolution: `${d.resolution}; the ${part[1].toLowerCase()} of that day` };
}
