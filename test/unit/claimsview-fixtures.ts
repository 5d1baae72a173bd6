import type { Claim, ClaimSource } from '../../src/core/types';

/** A source sentence; offsets are irrelevant to these tests but kept plausible. */
export function source(file: string, text: string, value: string | null = null, start = 0): ClaimSource {
  return { file, start, end: start + text.length, text, value };
}

export function claim(id: string, fields: Partial<Claim> & Pick<Claim, 'sources'>): Claim {
  return { id, topic: 'topic', statement: `statement ${id}`, status: 'single-source', ...fields };
}
