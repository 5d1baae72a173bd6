/** The IOB2 tag set the tagger predicts, and conversion of a tag sequence to spans. */

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';
/** Token indices, `end` exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
}

export const ENTITY_TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** Tag 0 is O; entity type t has B = 1 + 2t and I = 2 + 2t. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const TAG_COUNT = TAGS.length;

export function tagIndex(tag: string): number {
  const i = TAGS.indexOf(tag);
  if (i < 0) throw new Error(`unknown NER tag ${tag}`);
  return i;
}

/** I-X may only continue a B-X or I-X; enforcing this at decode time avoids broken spans. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

export function tagsToSpans(tags: ArrayLike<number>): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (open && (t === 0 || t % 2 === 1 || ENTITY_TYPES[(t - 2) / 2] !== open.label)) {
      spans.push(open);
      open = undefined;
    }
    if (t === 0) continue;
    if (!open) open = { start: i, end: i + 1, label: ENTITY_TYPES[Math.floor((t - 1) / 2)] };
    else open.end = i + 1;
  }
  if (open) spans.push(open);
  return spans;
}

/**
 * Spans that together spell a known place, adjacent or one word apart, are that place: the tagger
 * sometimes splits an unseen context's "Costa Rica" into "Costa" and a person "Rica", or "Rio
 * Grande do Sul" at "do". `isPlace(start, end)` says whether the words start..end are on the
 * place lists.
 */
export function joinKnownPlaces(spans: NerSpan[], isPlace: (start: number, end: number) => boolean): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    const near = last !== undefined && span.start - last.end <= 1;
    if (near && isPlace(last.start, span.end)) out[out.length - 1] = { start: last.start, end: span.end, label: 'LOC' };
    else out.push(span);
  }
  return out;
}

/**
 * A place span that is no listed place but a listed place and then a country, or a country and then
 * a listed place, is those two: "Invercargill New Zealand" written without its comma, "UK Africa
 * minister". (Two places alone would split "San Jose".)
 */
export function splitKnownPlaces(
  spans: NerSpan[],
  isPlace: (start: number, end: number) => boolean,
  isCountry: (start: number, end: number) => boolean,
): NerSpan[] {
  return spans.flatMap((span) => {
    if (span.label !== 'LOC' || span.end - span.start < 2 || isPlace(span.start, span.end)) return [span];
    for (let k = span.start + 1; k < span.end; k++) {
      if ((isPlace(span.start, k) && isCountry(k, span.end)) || (isCountry(span.start, k) && isPlace(k, span.end))) return [{ ...span, end: k }, { ...span, start: k }];
    }
    return [span];
  });
}

/**
 * GMB, the largest training set, tags a place that opens an organization's name apart ("U.S." +
 * "Army"); the gold sets and readers take "U.S. Army" as one organization, so a place span
 * directly followed by an organization span joins it.
 */
export function joinPlaceToOrganization(spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && last.label === 'LOC' && span.label === 'ORG' && last.end === span.start) out[out.length - 1] = { ...span, start: last.start };
    else out.push(span);
  }
  return out;
}

/** Words that link an organization's head to the rest of its name ("Bank of …", "Society for the …"). */
const LINKS = new Set(['of', 'for', 'the', 'de']);

/**
 * Joins an organization to the name that completes it after "of" / "for (the)" / "on": the tagger often
 * ends "Ministry of Coastal Affairs" or "Society for the Protection of Birds" after the head
 * word, or leaves a dangling "Bank of" before the place that completes it. Applies only when
 * the organization span ends in an organization head word (`isOrgHead`) or in the link word.
 */
export function joinOrganizationOf(spans: NerSpan[], words: readonly string[], isOrgHead: (i: number) => boolean): NerSpan[] {
  const out: NerSpan[] = [];
  // A name completed once may go on: "Church of Jesus Christ" + "of Latter Day Saints".
  let joined = false;
  for (const span of spans) {
    const last = out[out.length - 1];
    joined = last !== undefined && last.label === 'ORG' && span.label !== 'MISC' && linked(last, span, joined);
    if (joined) out[out.length - 1] = { start: last.start, end: span.end, label: 'ORG' };
    else out.push(span);
  }
  return out;

  function linked(org: NerSpan, next: NerSpan, completed: boolean): boolean {
    const tail = words[org.end - 1];
    if (LINKS.has(tail) && tail !== 'the') return next.start === org.end;
    if (!(completed || isOrgHead(org.end - 1)) || next.start - org.end < 1 || next.start - org.end > 2) return false;
    const between = words.slice(org.end, next.start);
    // "Council on Foreign Relations": "on" only after the head word, where no date can follow ("the Council on Monday").
    const on = between[0] === 'on' && !completed && between.slice(1).every((w) => w === 'the');
    return on || ((between[0] === 'of' || between[0] === 'for') && between.every((w) => LINKS.has(w)));
  }
}
