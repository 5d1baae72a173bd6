/** Shared data model of the analysis. Offsets are UTF-16 code units into the text as read (BOM removed). */

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'FACILITY' | 'EVENT' | 'PRODUCT' | 'MISC';
export type MentionKind = 'NAME' | 'ACRONYM' | 'DESCRIPTION';
export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET' | 'RELATIVE';
export type ClaimStatus = 'agree' | 'conflict' | 'single-source';

export interface Span {
  start: number;
  end: number;
}

/** A token of the NLP pipeline with its exact character span. */
export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A sentence (or headline, bullet, line) of a document. */
export interface Sentence extends Span {
  /** Index of the first token and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
  /** Lines a reader would not count as content: navigation, "Source link", "Tags:"... */
  boilerplate: boolean;
  /** The headline (first content line) or an all-caps / Title Case heading line. */
  heading: boolean;
}

/** A mention found inside one document, before cross-document linking. */
export interface LocalMention extends Span {
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** Premodifying titles / appositive roles seen with this mention ("acting ESA Administrator"). */
  roles: string[];
  /** Within-document chain: mentions with the same key refer to the same entity in this document. */
  localKey: string;
  /** Whose body a generically named organization is ("Russia's Foreign Ministry"; owners.ts). */
  owner?: Owner;
  /**
   * The identity the words around a name give it: "washington state" for "Spokane, Washington" (washington.ts), "rob
   * pennick" for the "Rob" of "Rob and Sue Pennick" (coordination.ts).
   */
  contextKey?: string;
  /** The text names it as a work in quotes ("the film \"Nightwater\""): its type across the corpus. */
  work?: true;
  /** The type words around it say ("a criminal group called Vexmoor": ORG), which outweighs the tagger's guess of a person across the corpus. */
  cued?: EntityType;
  /** The text calls it a unit of a company ("Zephyron Robotics, the Ohio-based unit"): no short name of the company is its. */
  unit?: true;
  /** The agency its document's dateline credits, "(AFP) -": the letters are the agency's there. */
  credit?: true;
}

export interface Owner {
  /** The owner as shown: "Russia". */
  name: string;
  /** The body's own words as written: "Foreign Ministry". */
  body: string;
}

export interface DateMention extends Span {
  text: string;
  type: DateType;
  /** ISO-8601 value ("2025-07-31", "P8Y", "2028", a clock time in the text's own zone: "2025-07-31T15:30") or null when unresolved. */
  value: string | null;
  /** The offset from UTC a clock time's zone names ("Z" for GMT, "-05:00" for EST), kept apart from the value as TimeML does. */
  zone?: string;
  /** How the value was obtained, shown in hovers ("Thursday → 2025-07-31, from this article's date"). */
  resolution?: string;
}

/** Everything computed for one document on its own. */
export interface DocumentAnalysis {
  file: string;
  text: string;
  title: string;
  /** ISO date-time from the dateline ("2025-08-01T14:40"), or null. */
  published: string | null;
  /** How `published` was obtained when the corpus gave it, not the document's own dateline ("the corpus: another source on this story dated …"). */
  publishedFrom?: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: LocalMention[];
  dates: DateMention[];
}

// ---- The `analyze --json` contract (DESIGN.md) ----

export interface ContractMention extends Span {
  file: string;
  text: string;
  kind: MentionKind;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: ContractMention[];
}

export interface ClaimSource extends Span {
  file: string;
  text: string;
  value: string | null;
  /** Who the source attributes the statement to: the speaker's entity name, or the speaker as written. */
  attribution?: string;
}

export interface Claim {
  id: string;
  topic: string;
  statement: string;
  status: ClaimStatus;
  sources: ClaimSource[];
  /** The slot that differs, for conflicts ("years since last meeting"). */
  slot?: string;
  /** Check-worthiness, higher first. */
  score?: number;
  /** Entity ids involved. */
  entities?: string[];
}

export interface AnalysisReport {
  version: 1;
  documents: { file: string; title: string; published: string | null; publishedFrom?: string }[];
  entities: Omit<Entity, 'roles'>[] & { roles?: string[] }[];
  dates: (DateMention & { file: string })[];
  claims: Claim[];
}
