/**
 * Identity keys: the name key (normalize.ts) with the variation news text shows for one entity
 * removed: legal designators ("Apple Inc." = "Apple") and the few country and union acronyms
 * (and "the Fed") every reader knows, also inside longer names ("U.S. Geological Survey" = "United States
 * Geological Survey").
 */
import { memoized, nameKey } from './normalize';

/** Very common acronyms of countries and unions, and "the Fed", as general knowledge: key → full name's key. */
const WELL_KNOWN: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'],
  ['usa', 'united states'],
  ['united states of america', 'united states'],
  ['uk', 'united kingdom'],
  ['great britain', 'united kingdom'],
  ['uae', 'united arab emirates'],
  ['eu', 'european union'],
  ['un', 'united nations'],
  ['ussr', 'soviet union'],
  ['drc', 'democratic republic of the congo'],
  ['fed', 'federal reserve'],
]);

const LEGAL = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'lp', 'llp']);

/** "Inc.", "Corp", "Ltd": a legal designator, never a name on its own. */
export function isLegalDesignator(word: string): boolean {
  return LEGAL.has(word.toLowerCase().replace(/\.$/, ''));
}

export const identityKey = memoized(computeKey);

function computeKey(name: string): string {
  const plain = nameKey(name);
  const whole = WELL_KNOWN.get(plain);
  if (whole) return whole;
  const words = plain.split(' ');
  while (words.length > 1 && LEGAL.has(words[words.length - 1])) words.pop();
  return words.map((w) => WELL_KNOWN.get(w) ?? w).join(' ');
}
