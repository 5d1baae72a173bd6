import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { loadNerModel, type NerSpan } from '../../src/core/ner/tagger';
import { tagsToSpans } from '../../src/core/ner/labels';
import { Gazetteer, normalizeName } from '../../src/core/ner/gazetteer';
import shippedGazetteer from '../../models/gazetteer.json';
import type { ItemSentence } from 'wink-nlp';
import { wink } from '../../src/core/nlp/wink';

/** Tags `text` the way the engine does: wink tokens and POS of each sentence. */
function entities(text: string): string[] {
  const nlp = wink();
  const out: string[] = [];
  nlp.readDoc(text).sentences().each((s: ItemSentence) => {
    const tokens = s.tokens().out() as string[];
    const spans: NerSpan[] = loadNerModel().tagSentence(tokens, s.tokens().out(nlp.its.pos) as string[]);
    for (const span of spans) out.push(`${tokens.slice(span.start, span.end).join(' ')}/${span.label}`);
  });
  return out;
}

describe('NER tagger', () => {
  it('loads the shipped model, JSON included, in under a second', () => {
    // A fresh process, because this one may already hold the model. wink is loaded first: the
    // engine always has it, and its own load time is not the model's.
    const script =
      `require('./src/core/nlp/wink').wink(); const t = performance.now(); ` +
      `require('./src/core/ner/tagger').loadNerModel(); console.log(performance.now() - t);`;
    const ms = Number(execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8' }));
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('finds people, organizations and places in news prose', () => {
    const found = entities('Maria Lopez met officials of UNICEF in Lisbon on Tuesday.');
    assert.deepStrictEqual(found, ['Maria Lopez/PER', 'UNICEF/ORG', 'Lisbon/LOC']);
  });

  it('does not read a Title Case headline as a string of names', () => {
    const found = entities('Ministry Warns Farmers About Rising Fertilizer Prices Amid Drought Concerns');
    for (const word of ['Warns', 'Rising', 'Prices', 'Concerns', 'Drought']) {
      assert.ok(!found.some((e) => e.includes(word)), `unexpected entity in ${found.join(', ')}`);
    }
  });

  it('computes POS itself when the caller gives none', () => {
    const spans = loadNerModel().tagSentence(['Angela', 'Merkel', 'visited', 'Paris', '.']);
    assert.deepStrictEqual(spans, [
      { start: 0, end: 2, label: 'PER' },
      { start: 3, end: 4, label: 'LOC' },
    ]);
  });

  it('tags a name before a curly possessive as it does before a straight one', () => {
    const straight = entities("Okonkwo's plan was approved by the council on Monday.");
    assert.ok(straight.includes('Okonkwo/PER'), straight.join(', '));
    assert.deepEqual(entities('Okonkwo’s plan was approved by the council on Monday.'), straight);
  });

  it('returns nothing for an empty sentence', () => {
    assert.deepStrictEqual(loadNerModel().tagSentence([]), []);
  });
});

describe('tagsToSpans', () => {
  it('closes a span where the type changes', () => {
    // O B-PER I-PER I-ORG B-LOC: the stray I-ORG starts its own span.
    assert.deepStrictEqual(tagsToSpans([0, 1, 2, 4, 5]), [
      { start: 1, end: 3, label: 'PER' },
      { start: 3, end: 4, label: 'ORG' },
      { start: 4, end: 5, label: 'LOC' },
    ]);
  });
});

describe('Gazetteer', () => {
  // Bits: 1 first name, 2 last name, 4 place, 8 country, 16 organization word.
  const gazetteer = new Gazetteer({ version: 2, entries: { '4': 'santa clara\nsanta cruz de tenerife', '9': 'jordan' } });

  it('gives a word the bits of every list it is on', () => {
    assert.strictEqual(gazetteer.lookup('jordan'), 9);
    assert.strictEqual(gazetteer.lookup('amman'), 0);
  });

  it('knows multi-word entries and how long they can be from their first word', () => {
    assert.strictEqual(gazetteer.longestPhrase('santa'), 4);
    assert.strictEqual(gazetteer.lookup('santa clara'), 4);
    assert.strictEqual(gazetteer.lookup('santa'), 0);
    assert.strictEqual(gazetteer.longestPhrase('clara'), 0);
  });

  it('normalizes names the way tokens are compared', () => {
    assert.strictEqual(normalizeName('  Rio  de Janeiro '), 'rio de janeiro');
  });

  it('ships first names, cities, countries and organization words', () => {
    const shipped = new Gazetteer(shippedGazetteer as never);
    for (const [word, bit] of [['maria', 1], ['nairobi', 4], ['kenya', 8], ['ministry', 16]] as const) {
      assert.ok(shipped.lookup(word) & bit, `${word} lacks bit ${bit}`);
    }
    assert.ok(shipped.lookup('new york') & 4);
  });
});
