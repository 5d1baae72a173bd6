/**
 * Washington the state and Washington the capital share a name; news tells them apart by the words around it.
 * "Washington state", "the state of Washington", "eastern Washington", "Spokane, Washington," and "Washington and
 * Oregon" name the state, and a document that names it so means the state by its other "Washington"s too, unless it
 * names the capital ("Washington, D.C.") or the name is its all-caps dateline ("WASHINGTON (AP) —", the capital's).
 */
import type { Token } from '../types';
import type { Draft } from './chains';
import type { Candidate } from './spans';
import { COUNTRY } from '../ner/gazetteer';
import { nameLists } from '../ner/tagger';
import { identityKey } from './identity';
import { startsUpper } from '../nlp/letters';

/** The state's identity key: "Washington State", "Wash." and "Washington" where the words around it say the state. */
export const WASHINGTON_STATE = 'washington state';

const US_STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming`
    .split(/\s+/)
    .concat(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island', 'south carolina', 'south dakota', 'west virginia']),
);

/** A US state's name (not Washington's, which names the capital too): "Ohio", "New Mexico". */
export function isUsState(name: string): boolean {
  return US_STATES.has(name.toLowerCase());
}

const COMPASS = /^(?:eastern|western|northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western|rural)$/i;
const LIST_JOIN = /^(?:and|or|,|&)$/i;
const CLAUSE_END = /^[,.;:)—–]$/;

/** Gives each "Washington" of the document that is the state the state's key (`drafts` and `found` in step). */
export function withWashingtonSenses(tokens: readonly Token[], found: readonly Candidate[], drafts: Draft[]): void {
  const places = drafts.map((_, i) => i).filter((i) => drafts[i].type === 'PLACE');
  const bare = places.filter((i) => /^washington$/i.test(drafts[i].text));
  if (bare.length === 0) return;
  const keys = places.map((i) => identityKey(drafts[i].text));
  const cued = new Set(bare.filter((i) => namesState(tokens, found, drafts, i)));
  const stateNamed = cued.size > 0 || keys.includes(WASHINGTON_STATE);
  const capital = places.some((i) => /^(?:D\.?C\.?|Washington,? D\.?C\.?|District of Columbia)$/.test(drafts[i].text));
  for (const i of bare) {
    const dateline = drafts[i].text === 'WASHINGTON';
    if (cued.has(i) || (stateNamed && !capital && !dateline)) drafts[i] = { ...drafts[i], contextKey: WASHINGTON_STATE };
  }
}

/** Whether the words around the `i`th name say it is the state. */
function namesState(tokens: readonly Token[], found: readonly Candidate[], drafts: readonly Draft[], i: number): boolean {
  const c = found[i];
  const [before, after] = [tokens[c.start - 1]?.text ?? '', tokens[c.end]?.text ?? ''];
  if (after === 'state' || (/^of$/i.test(before) && /^state$/i.test(tokens[c.start - 2]?.text ?? '')) || COMPASS.test(before)) return true;
  // "Washington and Oregon", "Idaho, Washington": listed with another state.
  const [prev, next] = [drafts[i - 1], drafts[i + 1]];
  if (prev && found[i - 1].end === c.start - 1 && LIST_JOIN.test(before) && isUsState(prev.text)) return true;
  if (next && found[i + 1].start === c.end + 1 && LIST_JOIN.test(after) && isUsState(next.text)) return true;
  // "Millbrook Falls, Washington, had …": the state after a town of it (not a list of capitals: "Paris, Washington, Rome").
  const town = prev && found[i - 1].end === c.start - 1 && before === ',' && prev.type === 'PLACE' && !(nameLists().lookup(prev.text.toLowerCase()) & COUNTRY);
  if (!town) return false;
  const then = tokens[c.end + 1]?.text ?? '';
  return after === '' || (CLAUSE_END.test(after) && !(after === ',' && (startsUpper(then) || LIST_JOIN.test(then))));
}
