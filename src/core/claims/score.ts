import type { ClaimStatus } from '../types';
import type { Statement } from './extract';

/** Dimensions a fact-checker can verify against a record: times, dates, counts, amounts. */
const CHECKABLE = /^(elapsed|since|until|weekday|date|year|duration|qty:|ordinal:)/;

/**
 * Check-worthiness: conflicts first, then statements with checkable values and attributions,
 * then corroborated ones; more sources weigh a little more.
 */
export function checkWorthiness(members: readonly Statement[], status: ClaimStatus): number {
  const dims = new Set(members.flatMap((m) => m.values.map((v) => v.dim)).filter((d) => CHECKABLE.test(d)));
  const attributed = members.some((m) => m.attribution);
  const quoted = members.some((m) => m.attribution?.quoted);
  const entities = new Set(members.flatMap((m) => m.entities)).size;
  let score = 1;
  score += Math.min(dims.size, 3) * 1.5;
  score += attributed ? 1.5 : 0;
  score += quoted ? 0.5 : 0;
  score += Math.log2(members.length);
  score += status === 'conflict' ? 6 : status === 'agree' ? 1.5 : 0;
  score += Math.min(entities, 5) * 0.2;
  return Math.round(score * 100) / 100;
}
