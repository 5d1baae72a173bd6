/**
 * wink-nlp UPOS tags for an already tokenized sentence. Used for training (CoNLL tokens) and
 * when a caller gives no tags: the tokens are rejoined with spaces and re-read by wink, and
 * each token takes the tag of the first wink token that starts inside it.
 */
import { winkTagger } from '../nlp/wink';

export function posTags(tokens: readonly string[]): string[] {
  const text = tokens.join(' ');
  const nlp = winkTagger();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const out: string[] = new Array(tokens.length).fill('X');
  let token = 0;
  let tokenStart = 0;
  let cursor = 0;
  for (let i = 0; i < values.length && token < tokens.length; i++) {
    const found = text.indexOf(values[i], cursor);
    const start = found < 0 ? cursor : found;
    cursor = start + (found < 0 ? 0 : values[i].length);
    // Advance to the token containing `start`; a wink token spanning several keeps the first.
    while (token < tokens.length - 1 && start >= tokenStart + tokens[token].length + 1) {
      tokenStart += tokens[token].length + 1;
      token++;
    }
    if (out[token] === 'X' && start >= tokenStart) out[token] = tags[i];
  }
  return out;
}
