import type { Claim, ClaimSource, DocumentAnalysis, Entity } from '../types';
import { hashString } from '../ner/hash';
import { alignStatements } from './align';
import { findInconsistencies } from './consistency';
import { documentStatements, memoize } from './cache';
import { type Statement, entityIndex } from './extract';
import { checkWorthiness } from './score';
import { assess, focusWord } from './status';
import { fractionalYear } from './values';

const inconsistencies = memoize(findInconsistencies);

/** Longest representative statement shown for a claim. */
const MAX_STATEMENT = 200;

/**
 * Claims of the corpus: statements extracted per document, aligned across documents into claims,
 * each marked agree / conflict / single-source, plus computable inconsistencies inside one document.
 * Sorted by check-worthiness.
 */
export function buildClaims(docs: readonly DocumentAnalysis[], entities: readonly Entity[]): Claim[] {
  const linked = entityIndex(entities);
  const fallbackRef = median(docs.map((d) => fractionalYear(d.published)).filter((y): y is number => y !== null));
  const statements = docs.flatMap((doc) => documentStatements(doc, linked.get(doc.file) ?? [], fractionalYear(doc.published) ?? fallbackRef));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const ids = new Set<string>();
  const claims: Claim[] = [];

  const { groups, affinity } = alignStatements(statements);
  for (const group of groups) {
    const order = [...group].sort((a, b) => statements[a].file.localeCompare(statements[b].file) || statements[a].start - statements[b].start);
    const members = order.map((i) => statements[i]);
    const claim = members.length === 1 ? singleClaim(members[0], names) : groupClaim(members, (a, b) => affinity(order[a], order[b]), names);
    const id = uniqueId(ids, claim.id);
    claims.push(id === claim.id ? claim : { ...claim, id });
  }

  for (const s of statements) {
    for (const problem of inconsistencies(s)) {
      claims.push({
        id: uniqueId(ids, idOf(`${problem.slot}\u0000${s.text}`)),
        topic: topic([s], names),
        statement: `${problem.slot}: ${problem.value}`,
        status: 'conflict',
        sources: [source(s, problem.value, names)],
        slot: problem.slot,
        score: checkWorthiness([s], 'conflict'),
        entities: entityIds([s]),
      });
    }
  }
  return claims.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || b.sources.length - a.sources.length || a.id.localeCompare(b.id));
}

function groupClaim(members: readonly Statement[], affinity: (a: number, b: number) => number, names: ReadonlyMap<string, string>): Claim {
  const { status, slot, values, summary } = assess(members, affinity);
  return {
    id: idBase(members[0]),
    topic: topic(members, names),
    statement: summary ?? shortText(representative(members)),
    status,
    sources: members.map((m, i) => source(m, values[i], names)),
    ...(slot ? { slot } : {}),
    score: checkWorthiness(members, status),
    entities: entityIds(members),
  };
}

/**
 * The claim of a statement no other source makes, kept with the statement: most claims are such, and
 * theirs changes only with the names of the entities it mentions.
 */
const singles = new WeakMap<Statement, { names: string; claim: Claim }>();

function singleClaim(s: Statement, names: ReadonlyMap<string, string>): Claim {
  const key = [...s.entities, s.attribution?.entity ?? ''].map((id) => names.get(id) ?? '').join('\u0000');
  const hit = singles.get(s);
  if (hit?.names === key) return hit.claim;
  const claim = groupClaim([s], () => 1, names);
  singles.set(s, { names: key, claim });
  return claim;
}

function source(s: Statement, value: string | null, names: ReadonlyMap<string, string>): ClaimSource {
  const attribution = s.attribution && ((s.attribution.entity && names.get(s.attribution.entity)) || s.attribution.text);
  return { file: s.file, start: s.start, end: s.end, text: s.text, value, ...(attribution ? { attribution } : {}) };
}

/** The member most like the others' wording: the one sharing most lemmas with them, shorter on ties. */
function representative(members: readonly Statement[]): Statement {
  let best = members[0];
  let bestScore = -Infinity;
  for (const m of members) {
    const own = new Set(m.lemmas);
    const shared = members.reduce((n, o) => n + (o === m ? 0 : o.lemmas.filter((l) => own.has(l)).length), 0);
    const score = shared - m.text.length / 1000;
    if (score > bestScore) [best, bestScore] = [m, score];
  }
  return best;
}

/** The main entity and the shared predicate word: "Ann Lee · meeting". */
function topic(members: readonly Statement[], names: ReadonlyMap<string, string>): string {
  const counts = new Map<string, number>();
  for (const m of members) for (const e of m.entities) counts.set(e, (counts.get(e) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const speaker = members.find((m) => m.attribution)?.attribution?.text;
  const who = (main && names.get(main)) ?? speaker ?? asWritten(members[0].names[0], members[0].text);
  return [who, focusWord(members)].filter(Boolean).join(' · ');
}

/** A lowercased name as the sentence writes it ("lisbon" → "Lisbon"). */
function asWritten(name: string | undefined, text: string): string {
  if (!name) return '';
  const at = text.toLowerCase().indexOf(name);
  return at < 0 ? name : text.slice(at, at + name.length);
}

function entityIds(members: readonly Statement[]): string[] {
  return [...new Set(members.flatMap((m) => m.entities))];
}

/** A statement's text as a claim's statement: one line, without a bullet, not too long. */
const shortText = memoize((s: Statement): string => {
  const t = s.text.replace(/\s+/g, ' ').replace(/^[•*\-–]\s*/, '').trim();
  return t.length > MAX_STATEMENT ? `${t.slice(0, MAX_STATEMENT - 1)}…` : t;
});

/** Stable across re-analysis: derived from the normalized text of the claim's first source. */
function idOf(text: string): string {
  return `c${hashString(text.toLowerCase().replace(/\s+/g, ' ').trim()).toString(36)}`;
}

const idBase = memoize((s: Statement) => idOf(s.text));

function uniqueId(taken: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
