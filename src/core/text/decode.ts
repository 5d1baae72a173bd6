/** Turning a file's bytes into analyzable text, or a clear reason why not. */

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; hadBom: boolean }
  | { ok: false; reason: string };

export function decodeSource(bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit` };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL or control bytes), not text' };
  return utf8(bytes, false);
}

function utf8(bytes: Uint8Array, hadBom: boolean): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hadBom };
  } catch {
    // Not valid UTF-8: legacy Western text is far more common in saved articles than anything else.
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', hadBom };
  }
}

// Node's decoder treats windows-1252 as ISO-8859-1, losing curly quotes and dashes (0x80–0x9F).
const CP1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

/** NUL bytes, or many C0 control bytes other than tab/newline/CR/form feed, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
