import type { EntityType, Span, Token } from '../types';
import { stem } from './lexicon';

/** A mention inside the sentence with the cross-document entity it belongs to, when linked. */
export interface SentenceMention extends Span {
  type: EntityType;
  entity?: string;
}

/** Who a statement is attributed to ("Reed said", "according to Portex"). */
export interface Attribution extends Span {
  text: string;
  entity?: string;
  /** The statement quotes its source verbatim. */
  quoted: boolean;
}

const REPORTING = new Set(
  `say tell state note add explain announce claim remark report confirm insist warn argue acknowledge
  write indicate emphasize emphasise stress suggest observe comment hint deny admit recall assert declare
  predict estimate`.split(/\s+/).filter(Boolean),
);
const REPORTING_STEMS = new Set([...REPORTING].map(stem));
const IRREGULAR_REPORTING = new Set(['said', 'told', 'wrote']);
const PRONOUNS = /^(he|she|they|it|we)$/i;
/** Tokens that can be part of a speaker description ("one observer", "the ministry's spokesman"). */
const SPEAKER_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PART']);

/** Answers by word as written: asked for most verbs of every sentence, and a corpus repeats its verbs. */
const reportingVerbs = new Map<string, boolean>();

/** "said", "told", "noted", "emphasized"... */
export function isReportingVerb(word: string): boolean {
  let answer = reportingVerbs.get(word);
  if (answer === undefined) reportingVerbs.set(word, (answer = reportingForm(word.toLowerCase())));
  return answer;
}

function reportingForm(w: string): boolean {
  if (IRREGULAR_REPORTING.has(w)) return true;
  return [w, stem(w), w.replace(/d$/, ''), w.replace(/ed$/, ''), w.replace(/s$/, '')].some((f) => REPORTING.has(f) || REPORTING_STEMS.has(f));
}

function isReporting(token: Token): boolean {
  return (token.pos === 'VERB' || token.pos === 'AUX') && isReportingVerb(token.text);
}

/**
 * The attribution of a sentence. `previous` is the entity last speaking or named as a person before this
 * sentence, used for "he said".
 */
export function findAttribution(
  text: string,
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  previous?: { text: string; entity?: string },
): Attribution | null {
  if (tokens.length === 0) return null;
  const sentence = text.slice(tokens[0].start, tokens[tokens.length - 1].end);
  const quoted = /["“”«»]|(^|\s)[‘'][^'’]{12,}['’]/.test(sentence);
  const make = (span: Span, entity?: string): Attribution => ({
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    entity: entity ?? mentions.find((m) => m.start < span.end && span.start < m.end)?.entity,
    quoted,
  });

  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text.toLowerCase() !== 'according' || tokens[i + 1].text.toLowerCase() !== 'to') continue;
    const span = phraseAfter(tokens, i + 2, mentions);
    if (span) return make(span);
  }

  for (let i = 0; i < tokens.length; i++) {
    if (!isReporting(tokens[i])) continue;
    const before = phraseBefore(tokens, i, mentions);
    if (before) {
      if (PRONOUNS.test(text.slice(before.start, before.end))) {
        return previous ? { ...make(before, previous.entity), text: previous.text } : make(before);
      }
      return make(before);
    }
    const prev = tokens[i - 1]?.text ?? '';
    // "Ann Lee, the mayor, said": the speaker stands before the appositive.
    if (prev === ',') {
      const open = lastIndexBefore(tokens, i - 1, (t) => t.text === ',', APPOSITIVE_REACH);
      const speaker = open > 0 ? phraseBefore(tokens, open, mentions) : null;
      if (speaker && (tokens[open - 1].pos === 'PROPN' || mentions.some((m) => m.start <= speaker.start && speaker.end <= m.end))) return make(speaker);
    }
    // Inverted order after a quote: `“...,” said Reed`, `“...,” noted one observer`.
    if ((i > 0 && /^["“”'’]$/.test(prev)) || (prev === ',' && quoted)) {
      const after = phraseAfter(tokens, i + 1, mentions);
      if (after) return make(after);
    }
  }
  return null;
}

/** Tokens an appositive between a speaker and the verb may span. */
const APPOSITIVE_REACH = 10;

function lastIndexBefore(tokens: readonly Token[], before: number, test: (t: Token) => boolean, reach: number): number {
  for (let k = before - 1; k >= 0 && before - k <= reach; k--) if (test(tokens[k])) return k;
  return -1;
}

/** The speaker just before a reporting verb: a mention, a pronoun, or a short noun phrase. */
function phraseBefore(tokens: readonly Token[], verb: number, mentions: readonly SentenceMention[]): Span | null {
  let j = verb - 1;
  // Skip auxiliaries ("has said", "was quoted as saying" is left out on purpose).
  while (j >= 0 && tokens[j].pos === 'AUX') j--;
  if (j < 0) return null;
  const mention = mentions.find((m) => m.start <= tokens[j].start && tokens[j].end <= m.end);
  if (mention) return mention;
  if (tokens[j].pos === 'PRON') return PRONOUNS.test(tokens[j].text) ? tokens[j] : null;
  if (tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') return null;
  let k = j;
  while (k - 1 >= 0 && SPEAKER_POS.has(tokens[k - 1].pos) && j - k < 4) k--;
  return { start: tokens[k].start, end: tokens[j].end };
}

/** The speaker after "according to" or an inverted reporting verb. */
function phraseAfter(tokens: readonly Token[], from: number, mentions: readonly SentenceMention[]): Span | null {
  if (from < tokens.length && tokens[from].pos === 'DET' && mentions.some((m) => m.start === tokens[from + 1]?.start)) from++;
  if (from >= tokens.length) return null;
  const mention = mentions.find((m) => m.start <= tokens[from].start && tokens[from].end <= m.end);
  if (mention) return mention;
  const first = tokens[from];
  const nextMention = mentions.find((m) => m.start >= first.start && m.start <= first.end + 40);
  let k = from;
  while (k < tokens.length && SPEAKER_POS.has(tokens[k].pos) && k - from < 5) k++;
  if (k === from) return null;
  const end = tokens[k - 1].end;
  if (nextMention && nextMention.start < end) return { start: first.start, end: Math.max(end, nextMention.end) };
  return { start: first.start, end };
}
