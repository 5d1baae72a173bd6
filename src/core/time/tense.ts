import type { Sentence, Token } from '../types';

/** Whether a sentence places an event before or after the time of writing; null when it does not say. */
export type Tense = 'past' | 'future' | null;

/** Words that put the nearby event in the future: "will launch", "is scheduled for", "is expected to". */
const FUTURE = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'would', 'due', 'scheduled', 'slated', 'expected', 'expects', 'planned', 'plans',
  'plan', 'upcoming', 'forthcoming', 'poised', 'aims', 'intends', 'going', 'set',
]);
/** Words that need "to"/"for" after them to speak of the future ("set to", "going to"; not "a set of"). */
const FUTURE_NEEDS_TO = new Set(['going', 'set', 'due']);

/** Irregular past forms common in reporting; regular ones are caught by their -ed ending. */
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'made', 'took', 'gave', 'saw', 'held', 'left',
  'began', 'became', 'found', 'got', 'spoke', 'wrote', 'sent', 'won', 'lost', 'led', 'brought', 'thought', 'felt',
  'flew', 'fell', 'rose', 'ran', 'sold', 'bought', 'paid', 'kept', 'knew', 'grew', 'drew', 'broke', 'chose', 'struck',
  'fled', 'fought', 'caught', 'heard', 'meant', 'stood', 'built', 'spent', 'sat', 'shot', 'sank', 'stole', 'threw',
  'ate', 'drove', 'rode', 'shook', 'hung', 'laid', 'sought', 'stuck', 'swept', 'swung', 'tore', 'withdrew', 'oversaw',
  'arose', 'forgot', 'froze', 'hid', 'fed', 'dug', 'lent', 'sprang', 'undertook', 'overtook', 'woke', 'wore',
]);

function marker(tokens: readonly Token[], i: number, end: number): Tense {
  const word = tokens[i].text.toLowerCase();
  if (FUTURE.has(word)) {
    if (!FUTURE_NEEDS_TO.has(word)) return 'future';
    const next = i + 1 < end ? tokens[i + 1].text.toLowerCase() : '';
    return next === 'to' || next === 'for' ? 'future' : null;
  }
  if (PAST.has(word)) return 'past';
  const verb = tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX';
  return verb && /^[a-z]{2,}ed$/.test(word) ? 'past' : null;
}

/** Words that start another clause: a marker beyond one speaks of another event. */
const CLAUSE_BREAKS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', ';']);

/**
 * The tense nearest to a span inside its clause, else inside its sentence: the closest future or
 * past marker, by tokens, the one before the span winning a tie ("said on Thursday that it will …"
 * → past for Thursday; "took effect on Sunday and will hold …" → past).
 */
export function tenseNear(tokens: readonly Token[], sentence: Sentence, start: number, end: number): Tense {
  let first = sentence.tokenStart;
  while (first < sentence.tokenEnd && tokens[first].end <= start) first++;
  let last = first;
  while (last < sentence.tokenEnd && tokens[last].start < end) last++;
  let from = first;
  while (from > sentence.tokenStart && !CLAUSE_BREAKS.has(tokens[from - 1].text.toLowerCase())) from--;
  let to = last;
  while (to < sentence.tokenEnd && !CLAUSE_BREAKS.has(tokens[to].text.toLowerCase())) to++;
  return nearestMarker(tokens, first, last, from, to, sentence.tokenEnd) ?? nearestMarker(tokens, first, last, sentence.tokenStart, sentence.tokenEnd, sentence.tokenEnd);
}

/** The marker nearest to tokens [first, last) within [from, to), looking before and after alternately. */
function nearestMarker(tokens: readonly Token[], first: number, last: number, from: number, to: number, sentenceEnd: number): Tense {
  for (let d = 0; first - 1 - d >= from || last + d < to; d++) {
    const before = first - 1 - d >= from ? marker(tokens, first - 1 - d, sentenceEnd) : null;
    if (before) return before;
    const after = last + d < to ? marker(tokens, last + d, sentenceEnd) : null;
    if (after) return after;
  }
  return null;
}
