/**
 * Organizations the tagger calls people: a one-word name it tags PERSON in most sentences ("Acme
 * said …") is still an organization when the corpus never gives it a first name, and a longer one
 * ("Morgan Stanley") when the corpus never calls anyone by its last word alone, and the words
 * around it say so ("Acme officials", "Acme, the chip maker,", "HP and Acme"; one cue is enough for
 * a word whose nearest names in GloVe space are organizations, as "Hyundai"'s are). Precision first:
 * any sign of a person ("Mr. Acme", "Acme's wife", "Acme, 45,", "Acme said she …") keeps it a person.
 */
import type { DocumentAnalysis, EntityType } from '../types';
import { MentionContext, type TypeEvidence } from './evidence';
import { keyWords, nameKey, wordCount } from './normalize';
import { surnameOf } from './surnames';
import { isSurelyOrganizationWord } from '../ner/tagger';

/** Pronouns only a person is referred to by. */
const PERSONAL_PRONOUN = /^(?:he|she)$/i;

/** Organization cues needed, summed over the corpus, with no person cue at all. */
const MIN_ORG_EVIDENCE = 2;

/** Identity keys of "people" that the context shows to be organizations. */
export function organizationsByContext(docs: readonly DocumentAnalysis[], typeOfKey: ReadonlyMap<string, EntityType>): Set<string> {
  const namesOfPeople = new Set<string>();
  for (const [key, type] of typeOfKey) if (type === 'PERSON' && wordCount(key) > 1) namesOfPeople.add(surnameOf(key)!).add(keyWords(key)[0]);
  const namedAlone = new Set<string>();
  for (const doc of docs) for (const key of oneWordNamesOf(doc)) namedAlone.add(key);
  // A full name is a person's when the corpus calls anyone by its surname alone; "Morgan Stanley" it never does.
  const isCandidate = (key: string) =>
    typeOfKey.get(key) === 'PERSON' && (wordCount(key) === 1 ? !namesOfPeople.has(key) : !namedAlone.has(surnameOf(key)!));

  const org = new Map<string, number>();
  const person = new Map<string, number>();
  for (const doc of docs) {
    const evidence = evidenceOf(doc);
    for (const key of evidence.keys) {
      if (!isCandidate(key)) continue;
      const e = evidence.of(key);
      org.set(key, (org.get(key) ?? 0) + e.org);
      person.set(key, (person.get(key) ?? 0) + e.person);
    }
  }
  // A word whose nearest names in the training data are surely organizations' ("Hyundai") needs one cue less.
  const evidence = (key: string, n: number) => n + (isSurelyOrganizationWord(key) ? 1 : 0);
  return new Set([...org].filter(([key, n]) => evidence(key, n) >= MIN_ORG_EVIDENCE && (person.get(key) ?? 0) === 0).map(([key]) => key));
}

const oneWordNames = new WeakMap<DocumentAnalysis, readonly string[]>();

/** The keys of a document's names written as one word ("Stanley"), kept per analysis. */
function oneWordNamesOf(doc: DocumentAnalysis): readonly string[] {
  let keys = oneWordNames.get(doc);
  if (!keys) oneWordNames.set(doc, (keys = [...new Set(doc.mentions.filter((m) => m.kind !== 'DESCRIPTION' && !/\s/.test(m.text)).map((m) => nameKey(m.text)))]));
  return keys;
}

/**
 * A document's name keys and, computed when first asked, their summed context evidence.
 * Both depend on the document alone, so they are kept per analysis (analyses are immutable) and a
 * relink after an edit only looks again at the edited document.
 */
interface DocumentEvidence {
  keys: readonly string[];
  of(key: string): TypeEvidence;
}
const evidenceByDocument = new WeakMap<DocumentAnalysis, DocumentEvidence>();

function evidenceOf(doc: DocumentAnalysis): DocumentEvidence {
  let cached = evidenceByDocument.get(doc);
  if (cached) return cached;
  const names = doc.mentions.filter((m) => m.kind !== 'DESCRIPTION');
  // "Kovalenko said in a statement she …": a personal pronoun the document gives a name is a person's sign.
  const pronouns = new Map<string, number>();
  for (const m of doc.mentions) if (m.kind === 'DESCRIPTION' && PERSONAL_PRONOUN.test(m.text)) pronouns.set(m.localKey, (pronouns.get(m.localKey) ?? 0) + 1);
  const byKey = new Map<string, TypeEvidence>();
  let context: MentionContext | undefined;
  cached = {
    keys: [...new Set(names.map((m) => m.localKey))],
    of(key) {
      let sum = byKey.get(key);
      if (sum) return sum;
      context ??= new MentionContext(doc.tokens, doc.mentions);
      sum = { org: 0, person: 0 };
      for (const m of names) {
        if (m.localKey !== key) continue;
        // A full name needs a cue no person has: people too speak "in a statement".
        const e = context.evidence(m, wordCount(key) > 1);
        sum.org += e.org;
        sum.person += e.person;
      }
      sum.person += pronouns.get(key) ?? 0;
      byKey.set(key, sum);
      return sum;
    },
  };
  evidenceByDocument.set(doc, cached);
  return cached;
}
