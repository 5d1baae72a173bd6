/**
 * Stable entity ids: a slug of the type and the entity's identity key ("person-lena-varga"),
 * so an entity keeps its id across runs and when unrelated documents change. A short hash of the
 * key disambiguates names whose slugs collide or are empty (non-Latin scripts).
 */
import type { EntityType } from '../types';
import { slug } from './normalize';

export function entityId(type: EntityType, key: string, withHash: boolean): string {
  const base = `${type.toLowerCase()}-${slug(key)}`;
  return withHash || base.endsWith('-') ? `${base.replace(/-$/, '')}-${shortHash(key)}` : base;
}

/** FNV-1a, 32 bits, base 36. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
