/**
 * Pronouns and generic nouns that stand for a named entity nearby, precision first; anything
 * ambiguous is left alone. They become DESCRIPTION mentions of that entity:
 * - "he", "she": the only person named earlier in the sentence, or, if none, in the sentence before,
 *   among those not known to be of the other gender (gender.ts) and on the same side of a quotation;
 * - "it", "its": the organization the sentence starts with ("Acme said it would …"), unless another
 *   name stands right before the pronoun ("Acme bought Zenit and its unit") or another clause opens
 *   between them ("Acme backed the proposal, but critics said it …");
 * - "the company", "the firm" …: the only organization named in the sentence or the two before it,
 *   if no other has been named more often so far;
 * - "the bank", "the church" …: the only organization there whose name has that word.
 * "his" and "her" are not taken: "her" may be an object, and both often name a person the text
 * never names.
 */
import type { EntityType, LocalMention, Sentence, Token } from '../types';
import { pushTo } from './grouping';
import { type Gender, givenNameGender, roleGender, titleGender } from './gender';
import { isPossessive } from './words';
import { startsLower } from '../nlp/letters';
import { tokenIndexAt } from '../nlp/tokens';
import { ORG_WORD } from '../ner/gazetteer';
import { nameLists } from '../ner/tagger';

const PERSON_PRONOUNS = new Set(['he', 'He', 'she', 'She']);
const ORG_PRONOUNS = new Set(['it', 'It', 'its', 'Its']);
/** Generic nouns that refer back to an organization after "the". */
const ORG_NOUNS = new Set(
  `company firm agency group corporation club team band drugmaker automaker carmaker chipmaker retailer airline
  insurer lender broadcaster startup conglomerate manufacturer`.split(/\s+/),
);
/** Last words of public bodies' names, which no noun of a business ("the company", "the lender") stands for. */
const PUBLIC_BODY_HEADS = new Set(
  `court ministry department police commission agency bureau council parliament senate government army office tribunal
  committee authority administration`.split(/\s+/),
);

/** Nouns of a part or arm of an organization, which a name before them only modifies ("UN food agency"). */
const BODY_NOUNS = new Set(['agency', 'office', 'body', 'unit', 'arm', 'subsidiary', 'division', 'mission', 'affiliate', 'branch', 'wing']);
const MAX_MODIFIED_NOUNS = 2;
/** Sentences before the current one searched for an organization. */
const ORG_WINDOW = 2;
/** Tokens before a pronoun in which another name makes it ambiguous. */
const NEARBY = 3;
const VERBS = new Set(['VERB', 'AUX']);

interface Named {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  /** The name's words in lower case. */
  words: string[];
  /** Named inside a quotation. */
  quoted: boolean;
}

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'male', she: 'female' };

export function findAnaphora(tokens: readonly Token[], sentences: readonly Sentence[], mentions: readonly LocalMention[]): LocalMention[] {
  const quotedTokens = insideQuotes(tokens);
  // The agency a dateline credits is the story's publisher, named in its header too: no actor of the story.
  const publishers = new Set(mentions.filter((m) => m.credit).map((m) => m.localKey));
  const bySentence = new Map<number, Named[]>();
  for (const m of mentions) {
    if (m.kind === 'DESCRIPTION' || publishers.has(m.localKey)) continue;
    const sentence = tokens[tokenIndexAt(tokens, m.start)]?.sentence ?? -1;
    const quoted = quotedTokens[tokenIndexAt(tokens, m.start)] === 1;
    pushTo(bySentence, sentence, { start: m.start, end: m.end, type: m.type, key: m.localKey, words: m.text.toLowerCase().split(/\s+/), quoted });
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  const taken = (offset: number) => mentions.some((m) => m.start <= offset && offset < m.end);
  const genders = gendersOf(tokens, mentions);
  /**
   * The one entity of `type` named in sentences `from`..`to` before offset `before`, if exactly
   * one; with `gender`, the one not known to be of the other gender.
   */
  const onlyOne = (type: EntityType, from: number, to: number, before: number, gender?: Gender, quoted?: boolean): Named | undefined => {
    let last: Named | undefined;
    for (let k = from; k <= to; k++) {
      for (const n of bySentence.get(k) ?? []) {
        if (n.type !== type || n.start >= before || (quoted !== undefined && n.quoted !== quoted)) continue;
        const known = genders.get(n.key);
        if (gender && known && known !== gender) continue;
        if (last && last.key !== n.key) return undefined;
        last = n;
      }
    }
    return last;
  };

  /**
   * The one organization of sentences `from`..`to` before `before` whose name's head is `noun`: its
   * last word or the word before its "of" or "for" ("the bank" → "Bank of Valdora"; "the drug" is no
   * "Food and Drug Agency", "the target" no "Target").
   */
  const namedBy = (noun: string, from: number, to: number, before: number): Named | undefined => {
    let found: Named | undefined;
    for (let k = from; k <= to; k++) {
      for (const n of bySentence.get(k) ?? []) {
        if (n.type !== 'ORG' || n.start >= before || !isHeadOf(noun, n.words)) continue;
        if (found && found.key !== n.key) return undefined;
        found = n;
      }
    }
    return found;
  };

  const organizations = mentions.filter((m) => m.kind !== 'DESCRIPTION' && m.type === 'ORG' && !publishers.has(m.localKey));
  const isMostNamedOrganization = (key: string, before: number): boolean => {
    const counts = new Map<string, number>();
    for (const m of organizations) if (m.start < before) counts.set(m.localKey, (counts.get(m.localKey) ?? 0) + 1);
    const own = counts.get(key) ?? 0;
    return [...counts.values()].every((n) => n <= own);
  };

  const out: LocalMention[] = [];
  for (const s of sentences) {
    if (s.boilerplate || s.tokenEnd <= s.tokenStart) continue;
    const index = tokens[s.tokenStart].sentence;
    const inSentence = bySentence.get(index) ?? [];
    const subject = subjectOf(tokens, s, inSentence[0]);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      let antecedent: Named | undefined;
      if (PERSON_PRONOUNS.has(t.text)) {
        const gender = PRONOUN_GENDER[t.text.toLowerCase()];
        // Inside a quotation a pronoun refers to someone named inside one, and outside to someone named outside.
        const quoted = quotedTokens[i] === 1;
        const fits = (n: Named) =>
          n.type === 'PERSON' && n.start < t.start && n.quoted === quoted && genders.get(n.key) !== (gender === 'male' ? 'female' : 'male');
        const here = inSentence.some(fits);
        antecedent = onlyOne('PERSON', here ? index : index - 1, here ? index : index - 1, t.start, gender, quoted);
      } else if (ORG_PRONOUNS.has(t.text) && subject?.type === 'ORG' && subject.end <= t.start) {
        // Any other name right before it may own it as well, and so may an organization between them
        // that owns something or does something itself ("Y's marketing of its bonds", "X asked the
        // Fund to reconsider claims it rejected"), outside a clause set off by commas ("X, which is
        // backed by Y's fund, said its …").
        const near = tokens[Math.max(s.tokenStart, i - NEARBY)].start;
        const comma = (from: number, to: number) => hasComma(tokens, s.tokenStart, i, from, to);
        const aside = (n: Named) => comma(subject.end, n.start) && comma(n.end, t.start);
        const actor = (n: Named) => n.type === 'ORG' && n.start > subject.end && !aside(n) && isActorBetween(tokens, s.tokenStart, i, n);
        const otherName = inSentence.some((n) => n.key !== subject.key && n.end <= t.start && (n.end > near || actor(n)));
        antecedent = otherName || clauseBetween(tokens, subject.end, i) ? undefined : subject;
      } else if (/^the$/i.test(tokens[i - 1]?.text ?? '') && t.pos === 'NOUN' && !/^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) {
        antecedent = ORG_NOUNS.has(t.text) ? onlyOne('ORG', index - ORG_WINDOW, index, t.start) : namedBy(t.text, index - ORG_WINDOW, index, t.start);
        // "the company" is the story's company: not a nearby one named less often so far than another,
        // nor a public body ("the lender" is no "Supreme Court").
        if (antecedent && ORG_NOUNS.has(t.text) && !isMostNamedOrganization(antecedent.key, t.start)) antecedent = undefined;
        if (antecedent && ORG_NOUNS.has(t.text) && t.text !== 'agency' && PUBLIC_BODY_HEADS.has(antecedent.words[antecedent.words.length - 1])) antecedent = undefined;
        // "the UN refugee agency … the agency" is the agency, a body of the name, not the name.
        if (antecedent && bodyNounAfter(tokens, antecedent, tokens.length) === t.text) antecedent = undefined;
      }
      if (antecedent && !taken(t.start)) {
        out.push({ start: t.start, end: t.end, text: t.text, type: antecedent.type, kind: 'DESCRIPTION', roles: [], localKey: antecedent.key });
      }
    }
  }
  return out;
}

/**
 * The sentence's first name when no verb comes before it and it is no possessive ("Acme's
 * shares"): its grammatical subject, roughly.
 */
function subjectOf(tokens: readonly Token[], s: Sentence, first: Named | undefined): Named | undefined {
  if (!first) return undefined;
  const after = tokens[tokenIndexAt(tokens, first.end - 1) + 1];
  if (after && after.start === first.end && isPossessive(after.text)) return undefined;
  // "UN food agency says it …": a name before a noun of a body modifies the subject, it is not it.
  if (bodyNounAfter(tokens, first, s.tokenEnd)) return undefined;
  for (let i = s.tokenStart; i < s.tokenEnd && tokens[i].start < first.start; i++) if (VERBS.has(tokens[i].pos)) return undefined;
  return first;
}

/** The noun of a body that a name modifies, "agency" after "the UN refugee agency", if any. */
function bodyNounAfter(tokens: readonly Token[], name: Named, end: number): string | undefined {
  const index = tokenIndexAt(tokens, name.end - 1);
  for (let k = index + 1; k <= index + MAX_MODIFIED_NOUNS && k < end && startsLower(tokens[k].text); k++) if (BODY_NOUNS.has(tokens[k].text)) return tokens[k].text;
  return undefined;
}

/**
 * Per chain, the gender its mentions show: a courtesy title before a mention, a gendered role,
 * else the given name of its longest name. Chains whose evidence disagrees get none.
 */
function gendersOf(tokens: readonly Token[], mentions: readonly LocalMention[]): Map<string, Gender> {
  const votes = new Map<string, Set<Gender>>();
  const longest = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.kind === 'DESCRIPTION') continue;
    const before = tokens[tokenIndexAt(tokens, m.start) - 1];
    const said = [before && titleGender(before.text), ...m.roles.map(roleGender)].filter((g): g is Gender => g !== undefined);
    for (const g of said) pushToSet(votes, m.localKey, g);
    if ((longest.get(m.localKey)?.length ?? 0) < m.text.length) longest.set(m.localKey, m.text);
  }
  for (const [key, name] of longest) {
    const words = name.split(/\s+/);
    const given = words.length > 1 ? givenNameGender(words[0]) : undefined;
    if (given && !votes.has(key)) pushToSet(votes, key, given);
  }
  const out = new Map<string, Gender>();
  for (const [key, set] of votes) if (set.size === 1) out.set(key, [...set][0]);
  return out;
}

function pushToSet(map: Map<string, Set<Gender>>, key: string, value: Gender): void {
  const set = map.get(key) ?? new Set<Gender>();
  set.add(value);
  map.set(key, set);
}

const OPEN_QUOTE = new Set(['“', '«']);
const CLOSE_QUOTE = new Set(['”', '»']);

/** Per token, 1 inside a quotation: between curly quotes, or between a straight quote and the next. */
function insideQuotes(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let inside = false;
  tokens.forEach((t, i) => {
    if (OPEN_QUOTE.has(t.text)) inside = true;
    else if (CLOSE_QUOTE.has(t.text)) inside = false;
    else if (t.text === '"') inside = !inside;
    else if (inside) out[i] = 1;
  });
  return out;
}

/** Conjunctions that open a clause with a subject of its own ("Acme backed it, but critics said it …"). */
const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though', ';']);

/** Whether another clause opens between offset `from` and token `to`. */
function clauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= 0 && tokens[k].start >= from; k--) if (CLAUSE_OPENERS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** Whether `noun` heads the name: its last word or the word before its first "of" or "for". */
function isHeadOf(noun: string, words: readonly string[]): boolean {
  // A one-word name is its own, no head, unless a body's word: "the target" is no "Target" ("the commission" is the "Commission").
  if (words.length === 1 && !(nameLists().lookup(words[0]) & ORG_WORD)) return false;
  const connector = words.findIndex((w) => w === 'of' || w === 'for');
  return words[words.length - 1] === noun || (connector > 0 && words[connector - 1] === noun);
}

/** Verbs whose object is the subject of the infinitive after it: "asked the Fund to reconsider". */
const ASKS = new Set(['for', 'asked', 'urged', 'told', 'called', 'pressed', 'allowed', 'forced', 'ordered']);

/**
 * Whether the name, among tokens [first, last), owns something ("Zenit Bank's marketing") or is
 * the subject of an infinitive ("asked the Kelmar Fund to reconsider").
 */
function isActorBetween(tokens: readonly Token[], first: number, last: number, n: { start: number; end: number }): boolean {
  for (let k = first; k < last; k++) {
    if (tokens[k].start >= n.end) return isPossessive(tokens[k].text) || (tokens[k].text === 'to' && precededByAsk(tokens, first, k, n.start));
  }
  return false;
}

function precededByAsk(tokens: readonly Token[], first: number, to: number, start: number): boolean {
  for (let k = to - 1; k >= first; k--) {
    if (tokens[k].end > start) continue;
    return ASKS.has(tokens[k].text.toLowerCase()) || (/^the$/i.test(tokens[k].text) && k > first && ASKS.has(tokens[k - 1].text.toLowerCase()));
  }
  return false;
}

/** Whether a comma among tokens [first, last) stands between the offsets. */
function hasComma(tokens: readonly Token[], first: number, last: number, from: number, to: number): boolean {
  for (let k = first; k < last; k++) if (tokens[k].text === ',' && tokens[k].start >= from && tokens[k].end <= to) return true;
  return false;
}
