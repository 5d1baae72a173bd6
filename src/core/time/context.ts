/**
 * What earlier expressions of a document say about later ones, read in text order: a year that
 * opens a sentence frames its yearless dates ("In 2021, … from August to mid-September"), a year
 * runs into the dates right after it ("in 2020 from March 13 until Aug. 29"), and the last date
 * named is what "three years later" or "the next day" count from (fromEvent.ts) and what a yearless
 * date right after it belongs to ("On Feb. 11, 2019, … In July, …").
 */
import type { Sentence } from '../types';
import { formatDay, formatMonth } from './calendar';
import type { Expression } from './detect';
import { countFromEvent, namedDate, type NamedDate } from './fromEvent';
import type { Meaning } from './meaning';
import type { Tense } from './tense';

export class DateContext {
  private frame: { sentence: Sentence; year: string } | undefined;
  private run: { end: number; year: string } | undefined;
  private named: NamedDate | undefined;

  constructor(
    private readonly text: string,
    private readonly anchorYear: number | undefined,
  ) {}

  /** The meaning of `e` given what came before it; `index` is its sentence's index. */
  meaningOf(e: Expression, sentence: Sentence | undefined, index: number, tense: Tense): Meaning {
    const year = e.meaning.kind === 'fixed' && /^\d{4}$/.test(e.meaning.value) ? e.meaning.value : undefined;
    const running = this.run && /^\s*$/.test(this.text.slice(this.run.end, e.start)) ? this.run.year : undefined;
    if (sentence && year && e.start === sentence.start) this.frame = { sentence, year };
    const framing = running ?? (this.frame && this.frame.sentence === sentence ? this.frame.year : undefined);
    const from = year ?? running;
    this.run = from ? { end: e.end, year: from } : undefined;
    // Counted from the date named before it, inside a year-framed sentence too: "In 2001, … the previous year".
    if (e.meaning.kind === 'fromEvent') return countFromEvent(e.meaning.unit, e.meaning.by, this.named, index);
    if (framing) return inYear(e.meaning, framing);
    return tense === 'future' ? e.meaning : this.inNarrative(e.meaning, index);
  }

  /**
   * A yearless month or day right after a date of an earlier year is in that story's time, not the
   * article's: "On Feb. 11, 2019, she presented her findings. In July, she was fired." → 2019-07;
   * a month before the named one is the next year's, as stories move forward.
   */
  private inNarrative(meaning: Meaning, index: number): Meaning {
    const named = this.named && index - this.named.sentence <= 1 ? /^(\d{4})-(\d{2})/.exec(this.named.value) : null;
    if (meaning.kind !== 'calendar' || meaning.direction || meaning.yearBy !== undefined || !named || this.anchorYear === undefined || +named[1] >= this.anchorYear) return meaning;
    const year = +named[1] + (meaning.month < +named[2] ? 1 : 0);
    if (year >= this.anchorYear) return meaning;
    const value = meaning.day === undefined ? formatMonth(year, meaning.month) : formatDay({ year, month: meaning.month, day: meaning.day });
    return { kind: 'fixed', value, note: `in the time of ${this.named!.value.slice(0, 10)}, named before it` };
  }

  /** Notes the calendar value an expression resolved to, for counts from it. */
  record(value: string | null, index: number): void {
    this.named = namedDate(value, index) ?? this.named;
  }
}

/** A month, day or season without a year, in a sentence that opens with a year, is in that year. */
function inYear(meaning: Meaning, year: string): Meaning {
  const note = `the year ${year} that opens its sentence`;
  if (meaning.kind === 'yearPart' && meaning.byTense) return { kind: 'fixed', value: `${year}-${meaning.part}`, note };
  if (meaning.kind !== 'calendar' || meaning.direction || meaning.yearBy !== undefined) return meaning;
  const value = meaning.day === undefined ? formatMonth(+year, meaning.month) : formatDay({ year: +year, month: meaning.month, day: meaning.day });
  return { kind: 'fixed', value, note };
}
