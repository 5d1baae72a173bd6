/** Plain-text shaping of document text for one-line display (tree rows, hovers, reports). */

/** Collapses line breaks and runs of spaces: a sentence of a source is shown on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens to at most `max` characters at a word boundary when possible, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
