/**
 * The majority type per identity over the name mentions of all chains with that identity, kept
 * between calls: linking is redone after every edit, and each document's chains are the same array
 * while the document is unchanged, so only the chains of added and removed documents are counted.
 */
import type { EntityType, LocalMention } from '../types';
import { mostCountedFor } from './chains';

interface VotingChain {
  key: string;
  mentions: readonly LocalMention[];
}

interface Tally {
  chains: number;
  byType: Map<EntityType, number>;
  /** Mentions the text names as works in quotes: one settles the type (other sources give a title no cue). */
  works: number;
  /** Mentions whose words around them say their type (no person's), by that type: they outweigh a guessed person. */
  cued: Map<EntityType, number>;
}

const state = {
  /** The per-document chain arrays counted, with how often each was passed. */
  counted: new Map<readonly VotingChain[], number>(),
  tallies: new Map<string, Tally>(),
  types: new Map<string, EntityType>(),
};

/**
 * Majority type per identity (ties as `mostCountedFor` breaks them; MISC for identities without
 * names); a "person" by majority takes the type some mention's context says it is instead: "a group
 * called Vexmoor" in one source types the Vexmoor three other sources leave to the tagger.
 */
export function typeVotes(chainsByDocument: readonly (readonly VotingChain[])[]): ReadonlyMap<string, EntityType> {
  const now = new Map<readonly VotingChain[], number>();
  for (const chains of chainsByDocument) now.set(chains, (now.get(chains) ?? 0) + 1);
  const touched = new Set<string>();
  for (const [chains, n] of state.counted) if (now.get(chains) !== n) count(chains, (now.get(chains) ?? 0) - n, touched);
  for (const [chains, n] of now) if (!state.counted.has(chains)) count(chains, n, touched);
  state.counted = now;
  for (const key of touched) {
    const tally = state.tallies.get(key)!;
    if (tally.chains > 0) {
      const guessed = mostCountedFor(key, tally.byType);
      const cued = guessed === 'PERSON' && [...tally.cued.values()].some((n) => n > 0);
      state.types.set(key, tally.works > 0 ? 'MISC' : cued ? mostCountedFor(key, tally.cued) : guessed);
    } else {
      state.tallies.delete(key);
      state.types.delete(key);
    }
  }
  return state.types;
}

/** Adds the chains' votes `times` times (removes them when negative). */
function count(chains: readonly VotingChain[], times: number, touched: Set<string>): void {
  for (const c of chains) {
    const tally = state.tallies.get(c.key) ?? { chains: 0, byType: new Map<EntityType, number>(), works: 0, cued: new Map<EntityType, number>() };
    tally.chains += times;
    for (const m of c.mentions) {
      if (m.kind !== 'DESCRIPTION') tally.byType.set(m.type, (tally.byType.get(m.type) ?? 0) + times);
      if (m.work) tally.works += times;
      if (m.cued && m.kind !== 'DESCRIPTION') tally.cued.set(m.cued, (tally.cued.get(m.cued) ?? 0) + times);
    }
    state.tallies.set(c.key, tally);
    touched.add(c.key);
  }
}
