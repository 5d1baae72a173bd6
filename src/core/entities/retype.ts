/**
 * Organizations the tagger calls people: a one-word name it tags PERSON in most sentences ("Acme
 * said …") is still an organization when the corpus never gives it a first name and the words
 * around it say so ("Acme officials", "Acme, the chip maker,", "HP and Acme"). Precision first:
 * any sign of a person ("Mr. Acme", "Acme's wife", "Acme, 45,") keeps it a person.
 */
import type { DocumentAnalysis, EntityType } from '../types';
import { MentionContext } from './evidence';
import { keyWords, wordCount } from './normalize';
import { surnameOf } from './surnames';

/** Organization cues needed, summed over the corpus, with no person cue at all. */
const MIN_ORG_EVIDENCE = 2;

/** Identity keys of one-word "people" that the context shows to be organizations. */
export function organizationsByContext(docs: readonly DocumentAnalysis[], typeOfKey: ReadonlyMap<string, EntityType>): Set<string> {
  const namesOfPeople = new Set<string>();
  for (const [key, type] of typeOfKey) {
    if (type !== 'PERSON' || wordCount(key) < 2) continue;
    namesOfPeople.add(surnameOf(key)!);
    namesOfPeople.add(keyWords(key)[0]);
  }
  const isCandidate = (key: string) => typeOfKey.get(key) === 'PERSON' && wordCount(key) === 1 && !namesOfPeople.has(key);

  const org = new Map<string, number>();
  const person = new Map<string, number>();
  for (const doc of docs) {
    if (!doc.mentions.some((m) => isCandidate(m.localKey))) continue;
    const context = new MentionContext(doc.tokens, doc.mentions);
    for (const m of doc.mentions) {
      if (m.kind === 'DESCRIPTION' || !isCandidate(m.localKey)) continue;
      const e = context.evidence(m);
      org.set(m.localKey, (org.get(m.localKey) ?? 0) + e.org);
      person.set(m.localKey, (person.get(m.localKey) ?? 0) + e.person);
    }
  }
  return new Set([...org].filter(([key, n]) => n >= MIN_ORG_EVIDENCE && (person.get(key) ?? 0) === 0).map(([key]) => key));
}
