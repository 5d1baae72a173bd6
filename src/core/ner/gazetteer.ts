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

export interface GazetteerFile {
  version: 2;
  /**
   * Entries grouped by their bits (the decimal key): newline-separated, normalized
   * (`normalizeName`) and sorted. Grouping makes loading one Map insertion per entry.
   */
  entries: Record<string, string>;
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

  constructor(file: GazetteerFile) {
    for (const [key, list] of Object.entries(file.entries)) {
      const bits = Number(key);
      for (const entry of list.split('\n')) {
        this.bits.set(entry, bits);
        const space = entry.indexOf(' ');
        if (space < 0) continue;
        const first = entry.slice(0, space);
        const parts = entry.split(' ');
        if (parts.length > (this.phraseStarts.get(first) ?? 0)) this.phraseStarts.set(first, parts.length);
        let seconds = this.secondTokens.get(first);
        if (!seconds) this.secondTokens.set(first, (seconds = new Set()));
        seconds.add(parts[1]);
      }
    }
  }

  /** Bits of a lower-cased token, or of lower-cased tokens joined by single spaces. */
  lookup(lower: string): GazetteerBits {
    return this.bits.get(lower) ?? 0;
  }

  /** Longest multi-token entry, in tokens, that could start with this lower-cased token (0: none). */
  longestPhrase(lower: string): number {
    return this.phraseStarts.get(lower) ?? 0;
  }

  /**
   * Whether a multi-token entry may start with these two lower-cased tokens: false rules out
   * every key that joins them with what follows. (A token with a space in it is not ruled out.)
   */
  mayContinue(first: string, second: string): boolean {
    return this.secondTokens.get(first)?.has(second) === true || second.includes(' ');
  }
}
