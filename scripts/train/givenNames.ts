/**
 * Builds models/givenNames.json: given names that faker lists only as female or only as male,
 * in its Latin-script locales, for telling "he" from "she" (src/core/entities/gender.ts). Names it
 * lists under both are left out. Run by `npm run train`; standalone:
 * `node --import tsx scripts/train/givenNames.ts`. Deterministic: sorted, de-duplicated.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { allLocales } from '@faker-js/faker';
import type { GivenNamesFile } from '../../src/core/entities/gender';

const LATIN = /^[\p{Script=Latin}\p{M}'-]+$/u;

function main(): void {
  const female = new Set<string>();
  const male = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const names = locale.person?.first_name as { female?: string[]; male?: string[] } | string[] | undefined;
    if (!names || Array.isArray(names)) continue;
    for (const name of names.female ?? []) if (LATIN.test(name)) female.add(name.toLowerCase());
    for (const name of names.male ?? []) if (LATIN.test(name)) male.add(name.toLowerCase());
  }
  const only = (a: Set<string>, b: Set<string>) => [...a].filter((n) => !b.has(n)).sort().join('\n');
  const file: GivenNamesFile = { female: only(female, male), male: only(male, female) };
  const out = resolve(__dirname, '../../models/givenNames.json');
  writeFileSync(out, JSON.stringify(file));
  console.log(`wrote ${out} (${(JSON.stringify(file).length / 1e3).toFixed(0)} KB)`);
}

main();
