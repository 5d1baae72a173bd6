/**
 * Entity types: the tagger's four labels mapped to the product's types, refined where the name's
 * own head word says more ("Lincoln Memorial Center" is a facility, "Winter Olympics" an event).
 */
import type { EntityType } from '../types';
import type { NerLabel } from '../ner/tagger';
import { startsLower, startsUpper } from '../nlp/letters';

const FROM_LABEL: Readonly<Record<NerLabel, EntityType>> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'MISC' };

/** Last words of facility names. */
const FACILITY_HEADS = new Set(
  `center centre airport airfield station bridge stadium arena hospital clinic port harbor harbour
  base cosmodrome spaceport tower building palace castle museum library prison jail dam tunnel
  terminal plant refinery mine observatory laboratory lab hall theatre theater cathedral church
  mosque temple synagogue school highway motorway railway park square court courthouse embassy
  consulate hotel mall`.split(/\s+/),
);

/** Last words of event names (only when capitalized, as part of a name). */
const EVENT_HEADS = new Set(
  `war olympics games summit cup championship championships festival conference congress election
  elections revolution uprising crisis massacre earthquake hurricane typhoon cyclone tournament
  open grand prix marathon expo fair world-cup`.split(/\s+/),
);

/**
 * Last words of newspaper names ("Houston Chronicle", "Austin American-Statesman"): such a name
 * is an organization whatever the tagger called it, a person included.
 */
const PUBLICATION_HEADS = new Set(
  `chronicle tribune gazette journal times herald statesman telegraph examiner observer inquirer
  ledger dispatch courier bulletin`.split(/\s+/),
);

/** Nouns that, right after a name, say the name is a product ("Falcon 9 rocket", "Pixel phone"). */
const PRODUCT_NOUNS = new Set(
  `spacecraft rocket capsule satellite telescope phone smartphone handset tablet laptop notebook
  computer console car sedan truck jet aircraft airliner plane helicopter drone missile vaccine drug
  software app browser chip processor`.split(/\s+/),
);

/**
 * Type of a name given the tagger label, the name's words and the word right after it.
 * Facility and event heads must be capitalized, so "the airport" never makes "Smith" a facility.
 */
export function entityType(label: NerLabel, words: readonly string[], next: string | undefined): EntityType {
  const base = FROM_LABEL[label];
  if (words.length === 0) return base;
  const head = words[words.length - 1];
  const capitalized = startsUpper(head);
  if (capitalized && words.length >= 2 && PUBLICATION_HEADS.has(lastPart(head).toLowerCase())) return 'ORG';
  if (base === 'PERSON') return base;
  if (capitalized && words.length >= 2 && FACILITY_HEADS.has(head.toLowerCase())) return 'FACILITY';
  if (capitalized && EVENT_HEADS.has(head.toLowerCase()) && (words.length >= 2 || head === 'Olympics')) return 'EVENT';
  if (base !== 'PLACE' && next !== undefined && PRODUCT_NOUNS.has(next.toLowerCase())) return 'PRODUCT';
  return base;
}

/** The part after the last hyphen: "American-Statesman" → "Statesman". */
function lastPart(word: string): string {
  return word.slice(word.lastIndexOf('-') + 1);
}

const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Nationality and demonym words ("Russian", "Americans", "Iraqi"): not places. They are left out
 * of the entities, like any adjective: a reader follows the country, not the adjective. Only
 * single words. A place's own name may end like a demonym ("Japan", "Oman"), so a word tagged as
 * a place needs a demonym ending that names rarely have, used as an adjective or a plural.
 */
export function isNationality(label: NerLabel, word: string, pos: string, next: string | undefined): boolean {
  if (label === 'PER' || label === 'ORG' || !CAPITALIZED_WORD.test(word)) return false;
  if (pos === 'ADJ') return true;
  if (label === 'MISC') return /(?:an|ans|ish|ic|i|is|ch|ese)$/.test(word);
  const adjectival = next !== undefined && startsLower(next);
  return /(?:ians|eans|ese)$/.test(word) || (adjectival && /(?:ian|ean|ish)$/.test(word));
}
