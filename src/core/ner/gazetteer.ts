/**
 * Name lists (first names, surnames, places, countries, organization words) that let the tagger
 * type names it never saw in training. Built by scripts/train/gazetteer.ts into
 * models/gazetteer.json; the tagger only sees membership bits, so the lists can change without
 * changing the feature templates.
 */

/** Bit `1 << i` of an entry stands for kind i; `common` marks a listed name that is also an English word. */
export const GAZETTEER_KINDS = ['first', 'last', 'place', 'country', 'org', 'common'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];
export type GazetteerBits = number;
export const FIRST_NAME: GazetteerBits = 1;
export const LAST_NAME: GazetteerBits = 1 << GAZETTEER_KINDS.indexOf('last');
export const ORG_WORD: GazetteerBits = 1 << GAZETTEER_KINDS.indexOf('org');
/** Bits of the place and country lists. */
export const COUNTRY: GazetteerBits = 1 << GAZETTEER_KINDS.indexOf('country');
export const PLACE_NAME: GazetteerBits = (1 << GAZETTEER_KINDS.indexOf('place')) | COUNTRY;
/** A listed name that is also an English word ("Will", "Bath"). */
export const COMMON_WORD: GazetteerBits = 1 << GAZETTEER_KINDS.indexOf('common');
/** What a region is to the entity rules: a place. */
const REGION_BITS: GazetteerBits = 1 << GAZETTEER_KINDS.indexOf('place');

export interface GazetteerFile {
  version: 2;
  /**
   * Entries grouped by their bits (the decimal key): newline-separated, normalized
   * (`normalizeName`) and sorted. Grouping makes loading one Map insertion per entry.
   */
  entries: Record<string, string>;
  /**
   * States, provinces, counties and regions, newline-separated and normalized: places to the entity rules
   * (`lookup`), unknown to the tagger's features (`taggerLookup`), which were trained without them.
   */
  regions?: string;
}

/** Lower case, single spaces: entries are compared with the space-joined, lower-cased tokens. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export class Gazetteer {
  /** Entries, single- and multi-token (keyed by their space-joined tokens). */
  private readonly bits = new Map<string, GazetteerBits>();
  /** For the first token of a multi-token entry, the longest such entry in tokens. */
  private readonly phraseStarts = new Map<string, number>();
  /** For the first token of a multi-token entry, the second tokens of such entries. */
  private readonly secondTokens = new Map<string, Set<string>>();
  /** The regions' entries' bits without the region's, as the tagger was trained (0: on no other list). */
  private readonly taggerBits = new Map<string, GazetteerBits>();
  /** For the first token of a multi-token region, the longest entry in tokens without the regions. */
  private readonly taggerPhraseStarts = new Map<string, number>();

  constructor(file: GazetteerFile) {
    for (const [key, list] of Object.entries(file.entries)) {
      const bits = Number(key);
      for (const entry of list.split('\n')) {
        this.bits.set(entry, bits);
        const parts = entry.split(' ');
        if (parts.length < 2) continue;
        if (parts.length > (this.phraseStarts.get(parts[0]) ?? 0)) this.phraseStarts.set(parts[0], parts.length);
        let seconds = this.secondTokens.get(parts[0]);
        if (!seconds) this.secondTokens.set(parts[0], (seconds = new Set()));
        seconds.add(parts[1]);
      }
    }
    // (The regions go into the same maps, which the entity rules ask most; the tagger's few asks go past them.)
    for (const entry of file.regions ? file.regions.split('\n') : []) {
      const bits = this.bits.get(entry) ?? 0;
      this.taggerBits.set(entry, bits);
      this.bits.set(entry, bits | REGION_BITS);
      const parts = entry.split(' ');
      const longest = this.phraseStarts.get(parts[0]) ?? 0;
      if (parts.length < 2 || parts.length <= longest) continue;
      if (!this.taggerPhraseStarts.has(parts[0])) this.taggerPhraseStarts.set(parts[0], longest);
      this.phraseStarts.set(parts[0], parts.length);
    }
  }

  /** Bits of a lower-cased token, or of lower-cased tokens joined by single spaces; a region's are a place's. */
  lookup(lower: string): GazetteerBits {
    return this.bits.get(lower) ?? 0;
  }

  /** Longest multi-token entry or region, in tokens, that could start with this lower-cased token (0: none). */
  longestPhrase(lower: string): number {
    return this.phraseStarts.get(lower) ?? 0;
  }

  /** Whether a lower-cased name is a region's and no other place's ("kildare", not "galway", a city too). */
  isRegionOnly(lower: string): boolean {
    const bits = this.taggerBits.get(lower);
    return bits !== undefined && (bits & PLACE_NAME) === 0;
  }

  /** `lookup` as the tagger was trained: without the regions. */
  taggerLookup(lower: string): GazetteerBits {
    return this.taggerBits.get(lower) ?? this.bits.get(lower) ?? 0;
  }

  /** `longestPhrase` as the tagger was trained: without the regions. */
  taggerLongestPhrase(lower: string): number {
    return this.taggerPhraseStarts.get(lower) ?? this.phraseStarts.get(lower) ?? 0;
  }

  /**
   * Whether a multi-token entry may start with these two lower-cased tokens: false rules out
   * every key that joins them with what follows. (A token with a space in it is not ruled out.)
   */
  mayContinue(first: string, second: string): boolean {
    return this.secondTokens.get(first)?.has(second) === true || second.includes(' ');
  }
}
