import type { EntityType } from '../types';

/** What the editor highlights and groups by: four kinds of names, and dates. */
export type NameKind = 'person' | 'organization' | 'place' | 'other';
export type HighlightKind = NameKind | 'date';

export const NAME_KINDS: readonly NameKind[] = ['person', 'organization', 'place', 'other'];
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...NAME_KINDS, 'date'];

const KIND_OF: Record<EntityType, NameKind> = {
  PERSON: 'person',
  ORG: 'organization',
  PLACE: 'place',
  FACILITY: 'place',
  EVENT: 'other',
  PRODUCT: 'other',
  MISC: 'other',
};

export function kindOf(type: EntityType): NameKind {
  return KIND_OF[type];
}

const TYPE_LABEL: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'organization',
  PLACE: 'place',
  FACILITY: 'facility',
  EVENT: 'event',
  PRODUCT: 'product',
  MISC: 'other name',
};

/** The entity type as a reader says it ("organization"). */
export function typeLabel(type: EntityType): string {
  return TYPE_LABEL[type];
}

export const GROUP_LABEL: Record<NameKind, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  other: 'Other names',
};

/** "1 mention", "3 mentions", "2 entities". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}
