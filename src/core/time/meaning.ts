import type { Unit } from './lexicon';
import type { MovableDay, NthWeekday } from './movable';

/** "last Friday" / "next March": an explicit direction, stronger than the sentence's tense. */
export type Direction = 'last' | 'next' | 'this';

/** Units a date can be counted in from the document's date ("three weeks ago", "next month"). */
export type OffsetUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Why a length counted from an event ("two days later") has no value. */
export const RELATIVE_TO_EVENT = 'counted from an event in the text, not from a date';

/** What a temporal expression denotes, before it is anchored to a document's date. */
export type Meaning =
  /** Complete as written: "2025-07-31", "197X", "T14:40", "XXXX-WXX-4". `note` records an assumption made in reading it. */
  | { kind: 'fixed'; value: string; note?: string }
  /** A counted length: "seven years", "two and a half hours". */
  | { kind: 'duration'; n: number; unit: Unit }
  /** "in eight years": a length, or a point that far ahead when the sentence speaks of the future. */
  | { kind: 'ahead'; n: number; unit: Unit }
  /**
   * A month (and day) without a year: "July 31", "in June", "last September", "Christmas"; with the
   * weekday named beside it; `yearBy`: its year counted from the document's ("February last year", −1);
   * `afterEvent`: the first after the date the text named just before ("the following January");
   * `inNamedYear`: in the year of the date the text named just before ("September of that year");
   * `movable`: a day whose date moves with the year ("Good Friday"), `month` and `day` near it;
   * `nthWeekday`: a weekday by its place in the month ("the first Sunday of July"), `day` near it;
   * `inWeek`: the ISO week that holds the day ("the week of April 20", "the first week of March"), or its weekend ("the
   * weekend of 18-19 April", "the last weekend of March"); `part`: the part of the day its weekday was named with
   * ("Saturday night, Sept. 25").
   */
  | { kind: 'calendar'; month: number; day?: number; direction?: Direction; weekday?: number; yearBy?: number; afterEvent?: true; inNamedYear?: true; movable?: MovableDay; nthWeekday?: NthWeekday; inWeek?: 'week' | 'weekend'; part?: string }
  /** A day of a month not named: "on the 15th" (the tense picks the month), "the 3rd of next month" (`by` 1). */
  | { kind: 'monthDay'; day: number; by?: number }
  /**
   * A weekday ("Thursday", "last Friday") or, with `weekend`, the weekend ("this weekend"); `part` of the day in TIMEX3 code ("AF");
   * `weeksOn` weeks after the coming one ("a week on Wednesday", British for the Wednesday after next).
   */
  | { kind: 'weekday'; weekday: number; direction?: Direction; weekend?: boolean; part?: string; weeksOn?: number }
  /** Counted from the document's date: today (day 0), last week (week −1), five years ago (year −5). */
  | { kind: 'offset'; unit: OffsetUnit; by: number; note?: string; later?: boolean; part?: string }
  /**
   * A part of a year counted from the document's year: "last summer" (SU, −1). With `byTense`, a part
   * named without "this" ("the fourth quarter", "in the spring") whose year the tense may move; with `inNamedYear`,
   * of the year the text named just before ("the autumn of that year"); with `ofYear`, `by` counts calendar years, not
   * seasons ("the summer of next year" in May is next year's).
   */
  | { kind: 'yearPart'; part: string; by: number; byTense?: boolean; inNamedYear?: true; ofYear?: true }
  /**
   * A day and a clock time: "Aug 1, 2025, 2:40 PM", "Thursday at noon". `clock` null: a.m./p.m. not stated;
   * `dayBy`: days from that day, for a range's end over midnight ("from 15:00 until 09:00 on Saturday": 15:00 the day before).
   */
  | { kind: 'at'; day: Meaning; clock: string | null; dayBy?: number }
  /**
   * Counted from an event the text dated just before ("three years later", "the following day"; "since then", `date`: that
   * date itself; with `weekday`, the nearest such weekday before or after it, "the Monday before"): see fromEvent.ts.
   */
  | { kind: 'fromEvent'; unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'date'; by: number; part?: string; weekday?: number }
  /** From one day to another ("June 28-29"): an ISO interval of the two. */
  | { kind: 'range'; from: Meaning; to: Meaning }
  /** Temporal, but with no value to give: "recent years", "two days later", "several weeks". */
  | { kind: 'vague'; why: string };

/** The day of a meaning, without the clock time "Thursday at noon" adds. */
export function dayOf(m: Meaning): Meaning {
  return m.kind === 'at' ? m.day : m;
}
