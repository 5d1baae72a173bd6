import type { Claim } from '../types';
import { sortClaims, statusLabels, statuses } from './order';

export type ClaimGrouping = 'none' | 'status' | 'entity' | 'document';

export const groupingLabels: Record<ClaimGrouping, string> = {
  none: 'None (by importance)',
  status: 'Status',
  entity: 'Entity',
  document: 'Source document',
};

export interface ClaimGroup {
  /** Stable across refreshes, so the tree keeps groups expanded. */
  key: string;
  label: string;
  claims: Claim[];
}

export interface GroupingNames {
  entityName(id: string): string | undefined;
  fileName(file: string): string;
}

/**
 * Groups claims for the tree; a claim appears in every group it belongs to (each of its entities,
 * each of its documents). Claims keep importance order inside a group.
 */
export function groupClaims(claims: readonly Claim[], by: Exclude<ClaimGrouping, 'none'>, names: GroupingNames): ClaimGroup[] {
  const sorted = sortClaims(claims);
  switch (by) {
    case 'status':
      return statuses
        .map((status) => ({ key: `status:${status}`, label: statusLabels[status], claims: sorted.filter((c) => c.status === status) }))
        .filter((g) => g.claims.length > 0);
    case 'entity': {
      const groups = collect(sorted, (c) => (c.entities ?? []).filter((id) => names.entityName(id) !== undefined));
      const named = [...groups]
        .map(([id, list]) => ({ key: `entity:${id}`, label: names.entityName(id)!, claims: list }))
        .sort((a, b) => b.claims.length - a.claims.length || a.label.localeCompare(b.label));
      const loose = sorted.filter((c) => !(c.entities ?? []).some((id) => groups.has(id)));
      return loose.length ? [...named, { key: 'entity:', label: 'No entity', claims: loose }] : named;
    }
    case 'document':
      return [...collect(sorted, (c) => c.sources.map((s) => s.file))]
        .map(([file, list]) => ({ key: `document:${file}`, label: names.fileName(file), claims: list }))
        .sort((a, b) => a.label.localeCompare(b.label));
  }
}

function collect(claims: readonly Claim[], keysOf: (c: Claim) => string[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const key of new Set(keysOf(claim))) {
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(claim);
    }
  }
  return groups;
}
