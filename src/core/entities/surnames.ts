/**
 * Parts of person names, for linking "Varga" to "Lena Varga" and "Warren Steed Jeffs" to
 * "Warren Jeffs". Works on name keys (see normalize.ts).
 */
import { COUNTRY, FIRST_NAME, LAST_NAME } from '../ner/gazetteer';
import { nameLists } from '../ner/tagger';
import { keyWords, memoized } from './normalize';

const GENERATION_MARKS = ['jr', 'sr', 'ii', 'iii', 'iv'];
const SUFFIXES = new Set([...GENERATION_MARKS, 'v', 'phd', 'md', 'kc', 'qc', 'mp', 'obe', 'mbe', 'cbe']);

/** A generation's mark after a name ("Jr", "Sr.", "III"), in any case, with or without its stop. */
export function isGenerationMark(word: string): boolean {
  return GENERATION_MARKS.includes(word.toLowerCase().replace(/\.$/, ''));
}

/** Surname particles kept with the surname ("van Gogh", "de la Cruz"). */
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'los', 'las', 'dos', 'das', 'do', 'bin', 'ibn', 'al', 'el', 'ben', 'st']);

/** A particle that belongs to a surname ("de" in "Pieter de Groot"), in any case. */
export function isSurnameParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

function significantWords(key: string): string[] {
  const words = keyWords(key);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words;
}

/** The surname of a full name key ("lena varga" → "varga", "vincent van gogh" → "van gogh"); undefined for one word. */
export function surnameOf(key: string): string | undefined {
  return surnameIn(significantWords(key));
}

function surnameIn(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  return words.slice(start).join(' ');
}

/**
 * Common Korean and Chinese family names (Cantonese spellings too), which come first: "Park Ji-hoon", "Lee Jae-yong" (a
 * hyphenated given name makes three words of the key), "Xi Jinping", "Leung Siu-ming". General knowledge.
 */
const EAST_ASIAN_SURNAMES = new Set(
  `kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon
  yang son bae baek heo nam roh ha kwak sung cha joo woo min ryu jin chae chun bang hyun byun gong seok pyo eom cheon tak wang zhang li liu
  chen huang zhao wu zhou xu sun ma zhu hu guo gao lin luo zheng liang xie tang feng deng cao peng zeng xiao tian
  dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao xi jia fan
  chan wong leung cheung lau lam ng tsang yip kwok chow tse mak lai fung`.split(/\s+/),
);

/** A common Korean or Chinese family name, in any case ("Park", "Oh"). */
/** A given name of two syllables joined by a hyphen, as Korean names are romanized: "Ji-hoon", "Seo-yeon". */
export const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

export function isEastAsianFamilyName(word: string): boolean {
  return EAST_ASIAN_SURNAMES.has(word.toLowerCase());
}

/**
 * The family name of a name written family name first ("park ji hoon" → "park"), if it looks like one; also after an
 * English given name, as Hong Kong writes names ("winnie leung siu ming" → "leung").
 */
export function familyNameFirst(key: string): string | undefined {
  const words = keyWords(key);
  const at = words.length === 4 && !EAST_ASIAN_SURNAMES.has(words[0]) ? 1 : 0;
  if (!EAST_ASIAN_SURNAMES.has(words[at]) || words.length !== 3 + at) return undefined;
  return words[at + 1].length <= 4 && words[at + 2].length <= 4 ? words[at] : undefined;
}

/**
 * The surname of a full name key, and without its particles when it has some: "abdel fattah al
 * burhan" → ["al burhan", "burhan"], as news writes "Burhan" too; a family name written first too.
 */
export const surnameFormsOf = memoized(computeSurnameFormsOf);

function computeSurnameFormsOf(key: string): string[] {
  const surname = surnameOf(key);
  if (!surname) return [];
  const family = familyNameFirst(key);
  if (family) return [surname, family];
  return [...withoutParticles(surname.split(' ')), ...firstSurnameForms(significantWords(key)), ...nameBeforeParticle(key)];
}

/**
 * "luiz inacio lula da silva" → "lula": Portuguese and Spanish names call a person by the word
 * before the particle of the last surname, after two given names.
 */
function nameBeforeParticle(key: string): string[] {
  const words = key.split(' ');
  const last = words.length - 1;
  return words.length >= 5 && PARTICLES.has(words[last - 1]) && !PARTICLES.has(words[last - 2]) ? [words[last - 2]] : [];
}

/** A surname with its particles, and without them when it has some: "de la torre", "torre". */
function withoutParticles(words: readonly string[]): string[] {
  let first = 0;
  while (first < words.length - 1 && PARTICLES.has(words[first])) first++;
  return first > 0 ? [words.join(' '), words.slice(first).join(' ')] : [words.join(' ')];
}

/** Where the last surname of a name's words starts, its particles included ("ana de la cruz" → 1). */
function surnameStart(words: readonly string[]): number {
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  return start;
}

/** Where the surname before the last one starts, its particles included, for names of three words or more. */
function firstSurnameStart(words: readonly string[]): number | undefined {
  const last = surnameStart(words);
  let start = last - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  return start >= 1 && !PARTICLES.has(words[last - 1]) ? start : undefined;
}

/**
 * Spanish and Portuguese names carry two surnames, and news often gives only the first: "Martín
 * Ibáñez Cárdenas" is "Ibáñez", "Yolanda Méndez del Valle" is "Méndez", "Luis de la Torre Ospina"
 * is "de la Torre". The word there must be a surname: one with particles, or a listed surname or
 * one ending like "Méndez", and no listed given name, which makes it a middle name ("John Paul
 * Jones"); names written family name first have none ("Kim Jong Un").
 */
function firstSurnameForms(words: readonly string[]): string[] {
  const start = firstSurnameStart(words);
  if (start === undefined || familyNameFirst(words.join(' '))) return [];
  const end = surnameStart(words);
  const core = words[end - 1];
  const listed = nameLists().lookup(core);
  const surname = (listed & LAST_NAME) !== 0 || HISPANIC_SURNAME_END.test(core);
  if (start === end - 1 && (listed & FIRST_NAME || !surname)) return [];
  return withoutParticles(words.slice(start, end));
}

const HISPANIC_SURNAME_END = /^\p{L}{2,}[aeio]z$/u;

/**
 * The word before the last surname of a name of three words or more, when it is no particle and
 * no listed given name: a first surname no list knows ("marisol quispe huanca" → "quispe"), for
 * linking within one document only.
 */
export function surnameBeforeLast(key: string, isGivenName: (word: string) => boolean): string | undefined {
  const words = significantWords(key);
  if (words.length < 3 || familyNameFirst(words.join(' '))) return undefined;
  const word = words[surnameStart(words) - 1];
  return word !== undefined && word.length >= MIN_FIRST_SURNAME && !PARTICLES.has(word) && !isGivenName(word) ? word : undefined;
}

const MIN_FIRST_SURNAME = 3;

/**
 * Common English short forms of given names, as general knowledge: "Dan Okafor" is "Daniel
 * Okafor". Short forms of more than one name ("Chris", "Pat", "Sam", "Alex") are left out.
 */
const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map(
  `andy:andrew tony:anthony bill:william billy:william will:william liz:elizabeth beth:elizabeth
  betty:elizabeth bob:robert bobby:robert rob:robert cathy:catherine kathy:katherine dan:daniel
  danny:daniel dave:david ed:edward eddie:edward jim:james jimmy:james jen:jennifer jenny:jennifer
  joe:joseph joey:joseph mike:michael matt:matthew nick:nicholas steve:steven tom:thomas
  tommy:thomas ben:benjamin greg:gregory jeff:jeffrey ken:kenneth larry:lawrence ron:ronald
  tim:timothy vince:vincent walt:walter charlie:charles chuck:charles dick:richard rick:richard
  rich:richard peggy:margaret maggie:margaret sue:susan becky:rebecca vicky:victoria
  fred:frederick paddy:patrick toby:tobias pete:peter ray:raymond ollie:oliver wally:walter stu:stuart ernie:ernest
  hank:henry doug:douglas don:donald len:leonard marty:martin mick:michael abby:abigail debbie:deborah pam:pamela
  patty:patricia trish:patricia bea:beatrice roz:rosalind`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** First and last name of a full name key, ignoring middle names and short forms ("warren steed jeffs" → "warren jeffs", "dan okafor" → "daniel okafor"). */
export const firstLastOf = memoized(computeFirstLastOf);

function computeFirstLastOf(key: string): string[] {
  const words = significantWords(key);
  const surname = surnameIn(words);
  if (!surname || words.length < 2) return [];
  const given = GIVEN_NAME_FORMS.get(words[0]) ?? words[0];
  // With the first of two surnames too: "Martín Ibáñez Cárdenas" is "Martín Ibáñez".
  const first = firstSurnameForms(words)[0];
  return first === undefined ? [`${given} ${surname}`] : [`${given} ${surname}`, `${given} ${first}`];
}

/**
 * The last two surnames of a name of three words or more ("ingrid solberg haugen" → "solberg
 * haugen", hyphens being spaces in keys; "yolanda mendez del valle" → "mendez del valle"), with and
 * without the particles before them ("anna de vries kovacs" → "de vries kovacs", "vries kovacs");
 * failing two, the last surname with its particles ("ivo de kelmar" → "de kelmar").
 */
export const doubleSurnameOf = memoized(computeDoubleSurnameOf);

function computeDoubleSurnameOf(key: string): string[] {
  const words = significantWords(key);
  if (words.length <= 2) return [];
  const start = firstSurnameStart(words) ?? surnameStart(words);
  // "Growers United Kingdom": a country of two words ends no person's name ("Ana Jordan" may be "Jordan").
  return start < words.length - 1 ? withoutParticles(words.slice(start)).filter((form) => !(nameLists().lookup(form) & COUNTRY)) : [];
}

/**
 * Whether a key of one or two words besides particles may be a surname of more than one word
 * alone: written with a hyphen ("Watson-Hale", "De Vries-Kovacs") or with particles ("De Kelmar",
 * "Dos Reis Faria", "Méndez del Valle"), or its first word is no listed given name ("Ann Smith" is
 * a name).
 */
export function mayBeDoubleSurname(key: string, isGivenName: (word: string) => boolean, hyphenated: boolean): boolean {
  const words = keyWords(key);
  const names = words.filter((w) => !PARTICLES.has(w));
  if (names.length === 0 || names.length > 2 || words.length < 2 || PARTICLES.has(words[words.length - 1])) return false;
  return hyphenated || names.length < words.length || !isGivenName(names[0]);
}

/** A name written as one hyphenated word, perhaps after particles ("Watson-Hale", "De Vries-Kovacs"). */
export function isHyphenatedName(text: string): boolean {
  return /^(?:\p{L}+ )*\p{L}+[-‐‑]\p{L}+$/u.test(text) && text.split(' ').slice(0, -1).every(isSurnameParticle);
}

/** Spellings that transliterations of one name differ by, each mapped to one form. */
const TRANSLITERATIONS: readonly [RegExp, string][] = [
  [/^ye/, 'e'], [/kh/g, 'h'], [/ph/g, 'f'], [/x/g, 'ks'], [/gh/g, 'k'], [/q/g, 'k'], [/c(?!h)/g, 'k'], [/w/g, 'v'], [/dzh|dj|zh/g, 'j'],
  // German and English spellings of one Russian name: "Seljonow", "Zelyonov".
  [/(?<=\w)j(?=[aeiou])/g, 'y'], [/^s(?=[aeiou])/, 'z'],
];
/** Consonants a transliteration key must keep for two names to be compared by it. */
const MIN_SKELETON = 5;

/**
 * The consonant skeleton of a full name, with the spelling differences of transliteration removed:
 * "Oleksandr Zelenskyy" and "Olexander Zelensky" share "o lksndr zlnsk". Undefined for short names,
 * whose skeletons say too little.
 */
export const transliterationKeyOf = memoized(computeTransliterationKey);

function computeTransliterationKey(key: string): string | undefined {
  const words = significantWords(key);
  if (words.length < 2) return undefined;
  const first = words[0];
  const surname = words[words.length - 1];
  const skeleton = (w: string) => {
    let out = w;
    for (const [from, to] of TRANSLITERATIONS) out = out.replace(from, to);
    return out[0] + out.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  };
  const result = `${skeleton(first)} ${skeleton(surname)}`;
  return result.replace(/[^a-z]/g, '').length >= MIN_SKELETON ? result : undefined;
}

/** 'Harold "Hal" Jessup', 'Rui "Tio Patinhas" Mabote': a given name, a quoted nickname (of two words at most), a surname. */
const NICKNAMED = /^\p{L}[\p{L}.'’-]*\s+["“‘']([\p{L}.'’-]+(?:\s[\p{L}.'’-]+)?)["”’']\s+(.+)$/u;

/** The nickname a name quotes and its surname: 'Harold "Hal" Jessup' → Hal, Jessup. */
export function quotedNickname(text: string): { nickname: string; surname: string } | undefined {
  // Most names quote nothing: relinking asks of every mention.
  if (!/["“‘']/.test(text)) return undefined;
  const found = NICKNAMED.exec(text);
  return found ? { nickname: found[1], surname: found[2] } : undefined;
}
