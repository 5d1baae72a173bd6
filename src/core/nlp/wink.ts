import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One shared wink-nlp instance: loading the model costs ~100 ms, so it is done once per process. */
let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}
