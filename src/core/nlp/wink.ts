import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

/** Loading the model costs ~100 ms, so each instance is made once per process. */
let full: Wink | undefined;
let lean: Wink | undefined;

/** wink-nlp with its default pipeline (also its own entities, negation and sentiment): wink's plain readDoc. */
export function wink(): Wink {
  full ??= winkNLP(model);
  return full;
}

/**
 * wink-nlp computing only what the engine reads: sentence boundaries and POS. wink's POS tagger
 * reads neither its entities nor negation or sentiment, so tokens, sentences and tags are those
 * of `wink()`, at about half the cost.
 */
export function winkTagger(): Wink {
  lean ??= winkNLP(model, ['sbd', 'pos']);
  return lean;
}
