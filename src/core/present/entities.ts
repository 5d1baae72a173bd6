import type { ContractMention, Entity } from '../types';
import { kindOf, NAME_KINDS, plural, type NameKind } from './kinds';

/** Mentions of an entity grouped by file, files in path order, mentions in text order. */
export function mentionsByFile(entity: Entity): Map<string, ContractMention[]> {
  const byFile = new Map<string, ContractMention[]>();
  for (const m of [...entity.mentions].sort(byPosition)) {
    let list = byFile.get(m.file);
    if (!list) byFile.set(m.file, (list = []));
    list.push(m);
  }
  return byFile;
}

export function sourceCount(entity: Entity): number {
  return new Set(entity.mentions.map((m) => m.file)).size;
}

/** "12 mentions · 4 sources". */
export function mentionSummary(entity: Entity): string {
  return `${plural(entity.mentions.length, 'mention')} · ${plural(sourceCount(entity), 'source')}`;
}

/** Entities by kind (fixed order, empty kinds left out), most mentioned first. */
export function groupByKind(entities: readonly Entity[]): { kind: NameKind; entities: Entity[] }[] {
  const groups = new Map<NameKind, Entity[]>(NAME_KINDS.map((k) => [k, []]));
  for (const e of entities) groups.get(kindOf(e.type))!.push(e);
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([kind, list]) => ({ kind, entities: list.sort(byMentionsThenName) }));
}

/**
 * Where Go to Definition lands: the first mention (in corpus order) that spells the canonical name,
 * else the first longest name mention, else the first mention.
 */
export function definitionOf(entity: Entity): ContractMention | undefined {
  const mentions = [...entity.mentions].sort(byPosition);
  const canonical = normalize(entity.name);
  const full = mentions.find((m) => m.kind === 'NAME' && normalize(m.text) === canonical);
  if (full) return full;
  const names = mentions.filter((m) => m.kind === 'NAME');
  const longest = names.reduce<ContractMention | undefined>((a, m) => (!a || m.text.length > a.text.length ? m : a), undefined);
  return longest ?? mentions[0];
}

/**
 * Entities whose name or an alias contains the query (case- and accent-insensitive), best first:
 * prefix matches before inner ones, then by mention count. `matched` is the name or alias that hit.
 */
export function searchEntities(entities: readonly Entity[], query: string, limit = 200): { entity: Entity; matched: string }[] {
  const q = normalize(query);
  const hits: { entity: Entity; matched: string; rank: number }[] = [];
  for (const entity of entities) {
    let best: { matched: string; rank: number } | undefined;
    for (const name of [entity.name, ...entity.aliases]) {
      const n = normalize(name);
      const at = n.indexOf(q);
      if (at < 0) continue;
      const rank = at === 0 ? 0 : n[at - 1] === ' ' ? 1 : 2;
      if (!best || rank < best.rank) best = { matched: name, rank };
    }
    if (best) hits.push({ entity, ...best });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || byMentionsThenName(a.entity, b.entity))
    .slice(0, limit)
    .map(({ entity, matched }) => ({ entity, matched }));
}

export function byPosition(a: ContractMention, b: ContractMention): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
}

function byMentionsThenName(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}

function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
