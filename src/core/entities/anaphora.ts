/**
 * Pronouns and generic nouns that stand for a named entity nearby, precision first: "he", "she",
 * "his", "her" for the only person named earlier in the sentence (or, if none, in the sentence
 * before); "the company", "the firm" for the only organization named in the sentence or the two
 * before it. Anything ambiguous is left alone. They become DESCRIPTION mentions of that entity.
 */
import type { EntityType, LocalMention, Sentence, Token } from '../types';

const PERSON_PRONOUNS = new Set((process.env.PRON ?? 'he,she,his,her').split(','));
/** Generic nouns that refer back to an organization after "the". */
const ORG_NOUNS = new Set(['company', 'firm', 'agency', 'group', 'corporation']);
/** Sentences before the current one searched for an organization. */
const ORG_WINDOW = 2;

interface Named {
  sentence: number;
  start: number;
  type: EntityType;
  key: string;
}

export function findAnaphora(text: string, tokens: readonly Token[], sentences: readonly Sentence[], mentions: readonly LocalMention[]): LocalMention[] {
  const named: Named[] = mentions
    .filter((m) => m.kind !== 'DESCRIPTION')
    .map((m) => ({ sentence: sentenceOf(tokens, m.start), start: m.start, type: m.type, key: m.localKey }));
  const taken = new Set(mentions.map((m) => m.start));
  /** The one entity of `type` named in sentences `from`..`to` (before offset `before`), if exactly one. */
  const onlyOne = (type: EntityType, from: number, to: number, before: number): Named | undefined => {
    const found = named.filter((n) => n.type === type && n.sentence >= from && n.sentence <= to && n.start < before);
    return new Set(found.map((n) => n.key)).size === 1 ? found[found.length - 1] : undefined;
  };

  const out: LocalMention[] = [];
  const add = (t: Token, antecedent: Named | undefined) => {
    if (!antecedent || taken.has(t.start)) return;
    out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), type: antecedent.type, kind: 'DESCRIPTION', roles: [], localKey: antecedent.key });
  };
  for (const s of sentences) {
    if (s.boilerplate || s.heading) continue;
    const index = tokens[s.tokenStart]?.sentence;
    if (index === undefined) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      const word = t.text.toLowerCase();
      if (PERSON_PRONOUNS.has(word)) {
        const here = named.some((n) => n.sentence === index && n.type === 'PERSON' && n.start < t.start);
        add(t, here ? onlyOne('PERSON', index, index, t.start) : onlyOne('PERSON', index - 1, index - 1, t.start));
      } else if (process.env.ITS && (word === 'it' || word === 'its')) {
        const subject = named.find((n) => n.sentence === index);
        const org = onlyOne('ORG', index, index, t.start);
        add(t, subject && subject.type === 'ORG' && org && org.key === subject.key ? org : undefined);
      } else if (ORG_NOUNS.has(word) && i > s.tokenStart && tokens[i - 1].text.toLowerCase() === 'the' && !/^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) {
        add(t, onlyOne('ORG', index - ORG_WINDOW, index, t.start));
      }
    }
  }
  return out;
}

/** Index of the sentence of the token starting at or containing `offset`. */
function sentenceOf(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return tokens[lo]?.sentence ?? -1;
}
