import type { Claim, ClaimStatus } from '../types';
import { statusLabels } from './order';

/** What the reader narrowed the Claims view to; every facet set must match. */
export interface ClaimFilter {
  text?: string;
  entity?: { id: string; name: string };
  status?: ClaimStatus;
}

export function isFilterActive(filter: ClaimFilter): boolean {
  return Boolean(filter.text || filter.entity || filter.status);
}

export function matchesFilter(claim: Claim, filter: ClaimFilter): boolean {
  if (filter.status && claim.status !== filter.status) return false;
  if (filter.entity && !claim.entities?.includes(filter.entity.id)) return false;
  if (filter.text) {
    const needle = fold(filter.text);
    const haystack = [claim.statement, claim.topic, claim.slot ?? '', ...claim.sources.flatMap((s) => [s.text, s.value ?? ''])];
    if (!haystack.some((field) => fold(field).includes(needle))) return false;
  }
  return true;
}

/** The filter as the view's description shows it, e.g. `"ferry" · Conflicting · Harbor Authority`. */
export function describeFilter(filter: ClaimFilter): string {
  const parts: string[] = [];
  if (filter.text) parts.push(`"${filter.text}"`);
  if (filter.status) parts.push(statusLabels[filter.status]);
  if (filter.entity) parts.push(filter.entity.name);
  return parts.join(' · ');
}

/** Case-, accent- and spacing-insensitive form for substring search. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}
