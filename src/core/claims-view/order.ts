import type { Claim, ClaimStatus } from '../types';

const statusRank: Record<ClaimStatus, number> = { conflict: 0, agree: 1, 'single-source': 2 };

/** Importance order: check-worthiness score first, then conflicts, then claims with more sources. */
export function compareClaims(a: Claim, b: Claim): number {
  return (
    (b.score ?? 0) - (a.score ?? 0) ||
    statusRank[a.status] - statusRank[b.status] ||
    b.sources.length - a.sources.length ||
    a.statement.localeCompare(b.statement) ||
    a.id.localeCompare(b.id)
  );
}

/** Conflicts first, then corroborated, then single-source; importance within each status. */
export function compareForReport(a: Claim, b: Claim): number {
  return statusRank[a.status] - statusRank[b.status] || compareClaims(a, b);
}

export function sortClaims(claims: readonly Claim[], compare = compareClaims): Claim[] {
  return [...claims].sort(compare);
}

export const statusLabels: Record<ClaimStatus, string> = {
  conflict: 'Conflicting',
  agree: 'Corroborated',
  'single-source': 'Single source',
};

export const statuses: readonly ClaimStatus[] = ['conflict', 'agree', 'single-source'];
