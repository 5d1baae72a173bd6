/**
 * Markdown for VS Code hovers built from untrusted document text. Every ASCII punctuation character
 * is backslash-escaped (CommonMark allows that for all of them), so no emphasis, link, image, HTML
 * tag, entity, autolink, heading, list or table can come out of a document; runs of whitespace
 * become one space, so no block structure (paragraphs, indented code) can either.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/**
 * A link that runs a command with JSON arguments. The label must already be markdown (escaped);
 * the arguments are percent-encoded, parentheses and quotes included, so they cannot end the link.
 */
export function commandLink(label: string, command: string, args: unknown, tooltip?: string): string {
  const encoded = encodeURIComponent(JSON.stringify([args])).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const title = tooltip === undefined ? '' : ` "${escapeMarkdown(tooltip)}"`;
  return `[${label}](command:${command}?${encoded}${title})`;
}
