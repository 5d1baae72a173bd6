/**
 * Mention detection for one document, given a tagger: tag each content sentence, clean the spans,
 * separate people from their titles, type the names, find acronym definitions and repeats the
 * tagger missed, then chain the mentions within the document.
 */
import type { LocalMention, Token } from '../types';
import type { Pipeline } from '../nlp/pipeline';
import type { NerModel } from '../ner/tagger';
import { abbreviates, isAcronym } from './acronyms';
import { buildChains, type Draft } from './chains';
import { isHeadingLine } from '../text/boilerplate';
import { findDescriptions } from './descriptions';
import { BodyText } from './headings';
import { propagate } from './propagate';
import {
  acronymsInRole,
  endWithoutPossessive,
  namesAfterTitles,
  separateTitles,
  splitAtTitle,
  trimCandidate,
  type Candidate,
} from './spans';
import { entityType, isNationality } from './types';
import { taggerWords } from './words';

export function detectMentions(text: string, pipeline: Pipeline, model: NerModel): LocalMention[] {
  const { tokens, sentences } = pipeline;
  const body = new BodyText(text, sentences);
  const surface = (c: Candidate) => text.slice(tokens[c.start].start, endWithoutPossessive(tokens[c.end - 1]));
  const tagged: Candidate[] = [];
  const fromRoles: Candidate[] = [];

  sentences.forEach((s, index) => {
    if (s.boilerplate || s.tokenEnd <= s.tokenStart) return;
    // Only Title Case and ALL-CAPS headings void the evidence of capitals; a sentence-case headline keeps it.
    const capitalized = s.heading && isHeadingLine(text.slice(s.start, s.end));
    const keep = (c: Candidate) => isNamey(tokens, c) && (!capitalized || body.mentions(surface(c)));
    const spans: Candidate[] = [];
    const words = taggerWords(tokens, s.tokenStart, s.tokenEnd);
    for (const span of model.tagSentence(words.texts, words.pos)) {
      const [start, end] = [words.tokens[span.start][0], words.tokens[span.end - 1][1]];
      const raw: Candidate = { start, end, label: span.label, sentence: index, roles: [] };
      const c = trimCandidate(tokens, raw);
      if (c) spans.push(...splitAtTitle(tokens, c));
    }
    const taggedHere = new Uint8Array(tokens.length);
    for (const c of spans) taggedHere.fill(1, c.start, c.end);
    spans.push(...namesAfterTitles(tokens, s.tokenStart, s.tokenEnd, taggedHere, index));

    for (const c of spans) {
      if (c.label !== 'PER') {
        if (keep(c) && !(c.end - c.start === 1 && isNationality(c.label, tokens[c.start].text, tokens[c.start].pos, tokens[c.end]?.text))) {
          tagged.push(c);
        }
        continue;
      }
      const { person, roleStart } = separateTitles(text, tokens, c, s.tokenStart, s.tokenEnd);
      if (person && keep(person)) tagged.push(person);
      for (const i of acronymsInRole(tokens, roleStart, person ? person.start : c.end)) {
        const org: Candidate = { start: i, end: i + 1, label: 'ORG', sentence: index, roles: [] };
        if (keep(org)) fromRoles.push(org);
      }
    }
  });

  const covered = new Uint8Array(tokens.length);
  for (const c of tagged) covered.fill(1, c.start, c.end);
  const found = [...tagged, ...fromRoles.filter((c) => !covered.subarray(c.start, c.end).some((x) => x === 1))];
  const aliases = acronymDefinitions(tokens, found, surface);
  found.push(...propagate(tokens, sentences, found));
  found.sort((a, b) => a.start - b.start);

  const drafts: Draft[] = found.map((c) => {
    const words = tokens.slice(c.start, c.end).map((t) => t.text);
    const mentionText = surface(c);
    return {
      start: tokens[c.start].start,
      end: tokens[c.start].start + mentionText.length,
      text: mentionText,
      type: entityType(c.label, words, tokens[c.end]?.text),
      kind: isAcronym(mentionText) ? 'ACRONYM' : 'NAME',
      roles: c.roles,
    };
  });
  const chained = buildChains(drafts, aliases.map(([long, short]) => [surface(long), surface(short)]));
  return [...chained, ...findDescriptions(text, tokens, chained)].sort((a, b) => a.start - b.start);
}

/** A name has a capital letter or a digit; the tagger sometimes marks lowercase words. */
function isNamey(tokens: readonly Token[], c: Candidate): boolean {
  for (let i = c.start; i < c.end; i++) if (/^[\p{Lu}\p{N}]/u.test(tokens[i].text)) return true;
  return false;
}

/**
 * "Long Name (LN)" and "LN (Long Name)": pairs of (long, short) candidates. An acronym in
 * parentheses that the tagger missed is added to `found` with the long name's label.
 */
function acronymDefinitions(
  tokens: readonly Token[],
  found: Candidate[],
  surface: (c: Candidate) => string,
): [Candidate, Candidate][] {
  const byStart = new Map(found.map((c) => [c.start, c]));
  const pairs: [Candidate, Candidate][] = [];
  for (const c of [...found]) {
    if (tokens[c.end]?.text !== '(') continue;
    const inner = c.end + 1;
    const innerCandidate = byStart.get(inner);
    const closing = innerCandidate ? innerCandidate.end : inner + 1;
    if (tokens[closing]?.text !== ')') continue;
    const short = innerCandidate ?? { start: inner, end: inner + 1, label: c.label, sentence: c.sentence, roles: [] };
    const [longForm, shortForm] = isAcronym(surface(c)) ? [short, c] : [c, short];
    if (!abbreviates(surface(shortForm), surface(longForm))) continue;
    if (!innerCandidate) found.push(short);
    pairs.push([longForm, shortForm]);
  }
  return pairs;
}
