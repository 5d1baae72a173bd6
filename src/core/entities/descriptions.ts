/**
 * Descriptions: a role phrase that later stands for its person in the same document ("the
 * polygamist leader" after "polygamist leader Warren Jeffs"; "the spokesman" after "Ministry
 * spokesman Tomas Reed"; "the 53-year-old" after "Ana Ruiz, 53,"). Precision first: the phrase
 * must follow "the", come after the person's first mention, and belong to exactly one person of
 * the document.
 */
import type { LocalMention, Token } from '../types';
import { startsUpper } from '../nlp/letters';
import { ORG_WORD } from '../ner/gazetteer';
import { nameLists } from '../ner/tagger';
import { isMeaningfulRole, isTitleOnlyModifier, isTitleWord } from './titles';

export function findDescriptions(text: string, tokens: readonly Token[], mentions: readonly LocalMention[]): LocalMention[] {
  const owners = new Map<string, Set<string>>();
  const firstSeen = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    if (!firstSeen.has(m.localKey)) firstSeen.set(m.localKey, m.start);
    for (const role of m.roles) {
      if (!isMeaningfulRole(role)) continue;
      for (const phrase of headPhrases(role)) {
        const set = owners.get(phrase) ?? new Set<string>();
        set.add(m.localKey);
        owners.set(phrase, set);
      }
    }
  }
  const phrases = [...owners].filter(([, keys]) => keys.size === 1).map(([p, keys]) => ({ words: p.split(' '), key: [...keys][0] }));
  phrases.sort((a, b) => b.words.length - a.words.length);

  const taken = mentions.map((m) => [m.start, m.end] as const);
  const personEnds = new Set(mentions.filter((m) => m.type === 'PERSON').map((m) => m.end));
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => s < end && start < e);
  const found: LocalMention[] = [];
  for (let i = 0; phrases.length > 0 && i + 1 < tokens.length; i++) {
    if (tokens[i].text.toLowerCase() !== 'the' || isApposition(tokens, i, personEnds)) continue;
    const hit = phrases.find((p) => matches(tokens, i + 1, p.words));
    if (!hit) continue;
    const first = tokens[i + 1];
    // "the Doctor" with a capital is a name, not a description.
    if (startsUpper(tokens[i + hit.words.length].text)) continue;
    const last = tokens[i + hit.words.length];
    const next = tokens[i + hit.words.length + 1];
    // "the acting Administrator Jane Roe" is a title before a name, not a description.
    if (next && next.pos === 'PROPN' && startsUpper(next.text)) continue;
    if (first.start < firstSeen.get(hit.key)! || overlaps(first.start, last.end)) continue;
    found.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), type: 'PERSON', kind: 'DESCRIPTION', roles: [], localKey: hit.key });
    i += hit.words.length;
  }
  return [...found, ...ageDescriptions(text, tokens, mentions, firstSeen, overlaps)];
}

/** "the" opening an apposition, "Ana Ruiz, the new chief executive," or "… as the chief executive": a role, not a reference. */
function isApposition(tokens: readonly Token[], the: number, personEnds: ReadonlySet<number>): boolean {
  const before = tokens[the - 1];
  return before !== undefined && (/^as$/i.test(before.text) || (before.text === ',' && personEnds.has(tokens[the - 2]?.end ?? -1)));
}

/**
 * "the 53-year-old" after "Ana Ruiz, 53,": the only person of the document given that age in
 * apposition (", 53," or "(53)").
 */
function ageDescriptions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly LocalMention[],
  firstSeen: ReadonlyMap<string, number>,
  overlaps: (start: number, end: number) => boolean,
): LocalMention[] {
  const ages = new Map<string, Set<string>>();
  let t = 0;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.kind === 'DESCRIPTION') continue;
    while (t < tokens.length && tokens[t].start < m.end) t++;
    const [open, age, close] = [tokens[t]?.text, tokens[t + 1]?.text ?? '', tokens[t + 2]?.text];
    if (((open === ',' && close === ',') || (open === '(' && close === ')')) && /^\d{1,3}$/.test(age)) {
      ages.set(age, (ages.get(age) ?? new Set()).add(m.localKey));
    }
  }
  const found: LocalMention[] = [];
  for (let i = 0; i + 5 < tokens.length; i++) {
    if (tokens[i].text.toLowerCase() !== 'the' || tokens.slice(i + 2, i + 6).map((x) => x.text).join('') !== '-year-old') continue;
    const owners = ages.get(tokens[i + 1].text);
    const [first, last] = [tokens[i + 1], tokens[i + 5]];
    if (owners?.size !== 1 || overlaps(first.start, last.end)) continue;
    const key = [...owners][0];
    if (first.start < firstSeen.get(key)!) continue;
    found.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), type: 'PERSON', kind: 'DESCRIPTION', roles: [], localKey: key });
  }
  return found;
}

/**
 * Lowercase phrases a role can be referred back by: the role, and when it ends in its title word
 * also the shorter endings ("polygamist sect leader" → "sect leader", "leader"). A role with its
 * head inside ("director of Railnet") is taken whole, and when it names an organization by its
 * head word, also by that word: "head of the Kelmar Space Agency" → "head of the agency",
 * "agency head".
 */
function headPhrases(role: string): string[] {
  const words = role.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  // A deputy or former minister is no "the minister": shorter endings keep such a modifier.
  const keep = words.findIndex(isTitleOnlyModifier);
  const starts = keep >= 0 ? keep + 1 : words.length;
  if (isTitleWord(words[words.length - 1])) return words.slice(0, starts).map((_, i) => words.slice(i).join(' '));
  const of = words.indexOf('of');
  const last = words[words.length - 1];
  const [title, body] = [words[of - 1], words.slice(of + 1).filter((w) => w !== 'the')];
  if (of < 1 || !isTitleWord(title) || body.length < 2 || !(nameLists().lookup(last) & ORG_WORD)) return [words.join(' ')];
  return [words.join(' '), `${words.slice(0, of).join(' ')} of the ${last}`, `${last} ${title}`];
}

function matches(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[at + k].text.toLowerCase() !== words[k]) return false;
  return true;
}
