/**
 * The grammatical gender a person's mentions show, for "he" and "she": a courtesy title ("Mr.",
 * "Mrs."), a gendered role word ("chairwoman", "king"), else the given name, by the lists of
 * female-only and male-only given names in models/givenNames.json (built from faker's locales by
 * scripts/train/givenNames.ts). Unknown when nothing says.
 */
import givenNamesFile from '../../../models/givenNames.json';

export type Gender = 'female' | 'male';

export interface GivenNamesFile {
  /** Newline-separated, lower-case, sorted. */
  female: string;
  male: string;
}

let names: Map<string, Gender> | undefined;

function givenNames(): Map<string, Gender> {
  if (!names) {
    const file = givenNamesFile as GivenNamesFile;
    names = new Map();
    for (const name of file.female.split('\n')) names.set(name, 'female');
    for (const name of file.male.split('\n')) names.set(name, 'male');
  }
  return names;
}

const TITLES: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['dame', 'female'], ['lady', 'female'], ['lord', 'male'],
]);

const ROLE_WORDS: ReadonlyMap<string, Gender> = new Map(
  [
    ...'king prince emperor duke sultan sheikh spokesman chairman congressman businessman councilman alderman husband father son brother uncle nephew grandfather actor'.split(' ').map((w) => [w, 'male'] as const),
    ...'queen princess empress duchess spokeswoman chairwoman congresswoman businesswoman councilwoman alderwoman wife mother daughter sister aunt niece grandmother actress'.split(' ').map((w) => [w, 'female'] as const),
  ],
);

/** The gender of a courtesy title ("Mrs." → female), if it has one. */
export function titleGender(word: string): Gender | undefined {
  return TITLES.get(word.toLowerCase().replace(/\.$/, ''));
}

/** The gender a role says ("Chairwoman of …", "his wife" aside: only the role's own words), if any. */
export function roleGender(role: string): Gender | undefined {
  let found: Gender | undefined;
  for (const word of role.toLowerCase().split(/[\s-]+/)) {
    const g = ROLE_WORDS.get(word) ?? titleGender(word);
    if (g && found && g !== found) return undefined;
    found = g ?? found;
  }
  return found;
}

/** The gender of a given name, when the lists have it for one gender only. */
export function givenNameGender(name: string): Gender | undefined {
  return givenNames().get(name.toLowerCase());
}
