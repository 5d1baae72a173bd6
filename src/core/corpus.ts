import type { AnalysisReport, Claim, ContractMention, DateMention, DocumentAnalysis, Entity, Span } from './types';
import { analyzeDocument } from './analyze';
import { linkEntities } from './entities/link';
import { buildClaims } from './claims';
import { inferMissingDates, type InferredDate } from './time';

export interface MentionHit {
  entity: Entity;
  mention: ContractMention;
}

interface Linked {
  entities: Entity[];
  byId: Map<string, Entity>;
  /** Documents as queries see them: undated ones carry the date inferred from the corpus. */
  docs: Map<string, DocumentAnalysis>;
  /** Per file, mentions sorted by start offset, for position look-ups. */
  byFile: Map<string, MentionHit[]>;
  datesByValue: Map<string, (DateMention & { file: string })[]>;
  /** Co-occurrence counts per entity, filled on demand: frequent entities are hovered again and again. */
  cooccurrence: Map<string, { entity: Entity; count: number }[]>;
}

/**
 * The index of a corpus. Documents are analyzed one by one as they are added or changed;
 * cross-document linking and claims are recomputed lazily, once per change, on first query.
 */
export class Corpus {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private linked: Linked | undefined;
  /** Claims cost far more than linking, so they have their own cache: entity look-ups never wait for them. */
  private claimCache: { claims: Claim[]; byEntity: Map<string, Claim[]> } | undefined;
  /** Increments on every change; views compare it to know when to refresh. */
  version = 0;

  /** Adds or replaces a document; returns its analysis. */
  set(file: string, text: string): DocumentAnalysis {
    const previous = this.docs.get(file);
    if (previous && previous.text === text) return previous;
    const analysis = analyzeDocument(file, text);
    this.docs.set(file, analysis);
    this.changed();
    return analysis;
  }

  delete(file: string): boolean {
    const existed = this.docs.delete(file);
    if (existed) this.changed();
    return existed;
  }

  rename(from: string, to: string): void {
    const doc = this.docs.get(from);
    if (!doc) return;
    this.docs.delete(from);
    this.docs.set(to, { ...doc, file: to });
    this.changed();
  }

  has(file: string): boolean {
    return this.docs.has(file);
  }

  files(): string[] {
    return [...this.docs.keys()].sort();
  }

  /** A document's analysis, with its date inferred from the corpus when it has no dateline. */
  document(file: string): DocumentAnalysis | undefined {
    return this.link().docs.get(file);
  }

  documents(): DocumentAnalysis[] {
    const { docs } = this.link();
    return this.files().map((f) => docs.get(f)!);
  }

  entities(): Entity[] {
    return this.link().entities;
  }

  entity(id: string): Entity | undefined {
    return this.link().byId.get(id);
  }

  /** The entity mention covering `offset` in `file` (end inclusive, so a cursor after a name still finds it). */
  entityAt(file: string, offset: number): MentionHit | undefined {
    const hits = this.link().byFile.get(file);
    if (!hits) return undefined;
    let lo = 0;
    let hi = hits.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = hits[mid].mention;
      if (offset < m.start) hi = mid - 1;
      else if (offset > m.end) lo = mid + 1;
      else return hits[mid];
    }
    return undefined;
  }

  /** Mentions of all entities in one file, sorted by offset. */
  mentionsIn(file: string): readonly MentionHit[] {
    return this.link().byFile.get(file) ?? [];
  }

  dateAt(file: string, offset: number): DateMention | undefined {
    return this.document(file)?.dates.find((d) => d.start <= offset && offset <= d.end);
  }

  /** Every date mention in the corpus with the same normalized value, in file order. */
  datesWithValue(value: string): readonly (DateMention & { file: string })[] {
    return this.link().datesByValue.get(value) ?? [];
  }

  claims(): Claim[] {
    return this.claimIndex().claims;
  }

  /** Whether `claims()` would return at once (callers on a latency budget, like hovers, check first). */
  get claimsReady(): boolean {
    return this.claimCache !== undefined;
  }

  claimsAbout(entityId: string): Claim[] {
    return this.claimIndex().byEntity.get(entityId) ?? [];
  }

  /** Claims with a source sentence covering `offset` in `file`. */
  claimsAt(file: string, offset: number): Claim[] {
    return this.claims().filter((c) => c.sources.some((s) => s.file === file && s.start <= offset && offset <= s.end));
  }

  /** Entities mentioned in the same sentences as `entityId`, most frequent first. */
  cooccurring(entityId: string, limit = 5): { entity: Entity; count: number }[] {
    const { cooccurrence } = this.link();
    let ranked = cooccurrence.get(entityId);
    if (!ranked) cooccurrence.set(entityId, (ranked = this.rankCooccurring(entityId)));
    return ranked.slice(0, limit);
  }

  private rankCooccurring(entityId: string): { entity: Entity; count: number }[] {
    const target = this.entity(entityId);
    if (!target) return [];
    const counts = new Map<string, number>();
    for (const file of new Set(target.mentions.map((m) => m.file))) {
      const sentences = this.document(file)?.sentences ?? [];
      const bySentence = new Map<number, Set<string>>();
      for (const hit of this.mentionsIn(file)) {
        const index = sentenceIndexAt(sentences, hit.mention.start);
        let ids = bySentence.get(index);
        if (!ids) bySentence.set(index, (ids = new Set()));
        ids.add(hit.entity.id);
      }
      for (const ids of bySentence.values()) {
        if (!ids.has(entityId)) continue;
        for (const id of ids) if (id !== entityId) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_COOCCURRING)
      .map(([id, count]) => ({ entity: this.entity(id)!, count }));
  }

  /** The `analyze --json` contract. */
  report(): AnalysisReport {
    const docs = this.documents();
    return {
      version: 1,
      documents: docs.map((d) => ({ file: d.file, title: d.title, published: d.published, ...(d.publishedFrom && { publishedFrom: d.publishedFrom }) })),
      entities: this.entities().map((e) => ({ ...e })),
      dates: docs.flatMap((d) => d.dates.map((x) => ({ file: d.file, ...x }))),
      claims: this.claims(),
    };
  }

  private claimIndex(): { claims: Claim[]; byEntity: Map<string, Claim[]> } {
    if (this.claimCache) return this.claimCache;
    const claims = buildClaims(this.documents(), this.link().entities);
    const byEntity = new Map<string, Claim[]>();
    for (const claim of claims) {
      for (const id of new Set(claim.entities ?? [])) {
        let list = byEntity.get(id);
        if (!list) byEntity.set(id, (list = []));
        list.push(claim);
      }
    }
    this.claimCache = { claims, byEntity };
    return this.claimCache;
  }

  /** Documents in file order as analyzed on their own (no corpus inference). */
  private analyses(): DocumentAnalysis[] {
    return this.files().map((f) => this.docs.get(f)!);
  }

  private changed(): void {
    this.linked = undefined;
    this.claimCache = undefined;
    this.version++;
  }

  private link(): Linked {
    if (this.linked) return this.linked;
    const own = this.analyses();
    const inferred = inferMissingDates(own);
    const docs = own.map((doc) => {
      const found = inferred.get(doc.file);
      return found ? withInferredDate(doc, found) : doc;
    });
    const entities = linkEntities(docs);
    const byId = new Map(entities.map((e) => [e.id, e]));
    const byFile = new Map<string, MentionHit[]>();
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        let list = byFile.get(mention.file);
        if (!list) byFile.set(mention.file, (list = []));
        list.push({ entity, mention });
      }
    }
    for (const list of byFile.values()) list.sort((a, b) => a.mention.start - b.mention.start);
    const datesByValue = new Map<string, (DateMention & { file: string })[]>();
    for (const doc of docs) {
      for (const date of doc.dates) {
        if (date.value === null) continue;
        let list = datesByValue.get(date.value);
        if (!list) datesByValue.set(date.value, (list = []));
        list.push({ ...date, file: doc.file });
      }
    }
    this.linked = { docs: new Map(docs.map((d) => [d.file, d])), entities, byId, byFile, datesByValue, cooccurrence: new Map() };
    return this.linked;
  }
}

/** Co-occurring entities kept per entity; callers ask for at most this many. */
const MAX_COOCCURRING = 20;

const inferredViews = new WeakMap<DocumentAnalysis, { from: InferredDate; view: DocumentAnalysis }>();

/** The document with its inferred date; the same object while the inference is unchanged, so per-document caches keep working. */
function withInferredDate(doc: DocumentAnalysis, inferred: InferredDate): DocumentAnalysis {
  const cached = inferredViews.get(doc);
  if (cached?.from === inferred) return cached.view;
  const view = { ...doc, published: inferred.published, publishedFrom: inferred.publishedFrom, dates: inferred.dates };
  inferredViews.set(doc, { from: inferred, view });
  return view;
}

/** Index of the sentence containing (or last starting before) `offset`; sentences are in text order. */
function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
