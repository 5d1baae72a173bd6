/**
 * Words around a name that only a person has: a kinship or a death after the possessive ("Ruiz's
 * mother", "Ruiz' death"), "the Ruiz family", an age or a kinship in apposition ("Ana Ruiz, 29,",
 * "Eva Lind, Ruiz's mother,"). The tagger
 * judges a name by its words, and an unusual one ("Tyre Nichols": Tyre is a city) gets the wrong
 * type; such a cue anywhere in the document makes every name ending in that word a person.
 */
import type { Token } from '../types';
import type { Candidate } from './spans';

const PERSONAL = new Set(
  `mother father wife husband son daughter brother sister family parents widow widower girlfriend
  boyfriend fiancee fiancé fiance uncle aunt cousin nephew niece grandmother grandfather children
  relatives funeral death killing murder`.split(/\s+/),
);
const POSSESSIVE = /^['’]s?$/;
const AGE = /^\d{1,3}$/;

export function withPersonCues(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
  const people = new Set<string>();
  for (const c of candidates) if (hasPersonCue(tokens, c)) people.add(lastWord(tokens, c));
  if (people.size === 0) return [...candidates];
  return candidates.map((c) => (people.has(lastWord(tokens, c)) ? { ...c, label: 'PER', person: true } : c));
}

function lastWord(tokens: readonly Token[], c: Candidate): string {
  return tokens[c.end - 1].text.toLowerCase();
}

function hasPersonCue(tokens: readonly Token[], c: Candidate): boolean {
  const [next, after, third] = [tokens[c.end]?.text, tokens[c.end + 1]?.text, tokens[c.end + 2]?.text];
  if (next !== undefined && POSSESSIVE.test(next) && after !== undefined && PERSONAL.has(after.toLowerCase())) return true;
  if (next === 'family' && /^the$/i.test(tokens[c.start - 1]?.text ?? '')) return true;
  if (next !== ',' || after === undefined) return false;
  if (c.end - c.start >= 2 && AGE.test(after) && (third === ',' || third === ')')) return true;
  return isKinApposition(tokens, c.end + 1);
}

const MAX_APPOSITION = 5;
const OWNER = /^(?:his|her|their)$/i;

/** ", Ruiz's mother," / ", his widow,": a kinship noun owned by someone, in apposition from `from`. */
function isKinApposition(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < MAX_APPOSITION && tokens[i].text !== ','; i++) {
    if (i > from && PERSONAL.has(tokens[i].text.toLowerCase())) return POSSESSIVE.test(tokens[i - 1].text) || OWNER.test(tokens[i - 1].text);
  }
  return false;
}
