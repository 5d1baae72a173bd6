import { SP } from './lexicon';

/**
 * Words before a temporal expression that belong to its span: prepositions that say how the time
 * relates to the event ("since 2018", "until 2030", "on Thursday"), and approximators and parts
 * ("about two years", "the end of 2025") that a preposition may precede in turn ("for about two years").
 * The leftmost match wins, so "at least through" beats "through". Never across a line break.
 */
const PREPOSITIONS = [
  'at least through', 'at least until', 'no later than', 'no earlier than', 'as early as', 'as late as',
  'as recently as', 'up until', 'sometime in', 'some time in', 'earlier in', 'later in', 'early in', 'late in',
  'within', 'since', 'until', 'till', 'through', 'throughout', 'by', 'before', 'after', 'from', 'in', 'on', 'at',
  'during', 'for', 'beyond', 'into', 'shortly after', 'shortly before', 'just after', 'just before', 'soon after',
  'late on', 'early on',
];
const APPROXIMATORS = [
  'at least', 'more than', 'less than', 'fewer than', 'up to', 'sometime', 'the end of', 'the beginning of',
  'the start of', 'the middle of', 'the turn of', 'the rest of', 'the early hours of', 'the small hours of', 'end of', 'beginning of', 'start of', 'nearly',
  'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'under', 'a minimum of', 'a maximum of',
  'close to', 'circa', 'exactly', 'precisely', 'a little over', 'a little under', 'a little more than', 'a little less than',
  'just over', 'just under', 'well over', 'at most', 'no more than', 'no less than', 'upwards of', 'barely', 'scarcely', 'another',
  // (British "gone" is past a clock time: "until gone 9pm".)
  'gone',
  // (… and whose period it is: "its fiscal third quarter".)
  'fiscal', 'financial',
];
/** The prepositions a time may take into its span. */
export const PREPOSITION: ReadonlySet<string> = new Set(PREPOSITIONS);

const alternation = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, SP)).join('|');
const BEFORE_CORE = new RegExp(
  `(?<![\\p{L}\\d'’-])(${alternation([...PREPOSITIONS, ...APPROXIMATORS])})${SP}$`,
  'iu',
);
const NONE: ReadonlySet<string> = new Set();
const WORD_CHAR = /[\p{L}\d]/u;

/** Words of a pack's date label before its "before" or "by". */
const LABEL_BEFORE = /\b(?:best|use|sell|display)\s+$/i;

/** Verbs of coming round, whose particle "around" is no approximator: "come around", "rolls around". */
const COMING_ROUND = /\b(?:come|comes|came|coming|roll|rolls|rolled|rolling)\s+$/i;

/** How far back a modifier chain is looked for ("for about", "until the end of"). */
const WINDOW = 48;

/**
 * Extends `start` leftwards over modifier words, never before `floor` (the end of the previous mention).
 * Returns the new start and the modifier words taken, lowercased, outermost first. Words in `refuse`
 * end the extension.
 */
export function extendLeft(
  text: string,
  start: number,
  floor: number,
  refuse: ReadonlySet<string> = NONE,
): { start: number; modifiers: string[] } {
  const modifiers: string[] = [];
  const opensWithPreposition = () => PREPOSITION.has(/^\p{L}+/u.exec(text.slice(start, start + 12))?.[0].toLowerCase() ?? '');
  for (let step = 0; step < 3; step++) {
    let from = Math.max(floor, start - WINDOW);
    while (from > floor && WORD_CHAR.test(text[from - 1])) from--; // never start the window mid-word
    const m = BEFORE_CORE.exec(text.slice(from, start));
    const word = m?.[1].toLowerCase().replace(/\s+/g, ' ');
    // A preposition ends the chain; "on" before an approximator or a preposition is a particle ("went on over nine years",
    // "dragged on for weeks"); a label's words are no modifier: "best before 30 Nov 2026", "use by 3 June"; nor is "some"
    // before a month's or a day's name, a determiner there: "on some February cargoes".
    const determiner = word === 'some' && /^\p{Lu}/u.test(text[start] ?? '');
    if (!m || !word) break;
    // ("around" after a verb of coming round is its particle: "these events come around every 18 months".)
    const particle = word === 'around' && COMING_ROUND.test(text.slice(Math.max(0, from + m.index - 12), from + m.index));
    // ("over" before a span's "the" and count is a preposition of time, no "more than": "over the two days".)
    const during = word === 'over' && /^the\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i.test(text.slice(start, start + 12));
    if (refuse.has(word) || determiner || particle || during || (word === 'on' && (modifiers.length > 0 || opensWithPreposition())) || LABEL_BEFORE.test(text.slice(Math.max(0, from + m.index - 8), from + m.index))) break;
    start = from + m.index;
    modifiers.unshift(word);
    if (PREPOSITION.has(word)) break;
  }
  return { start, modifiers };
}
