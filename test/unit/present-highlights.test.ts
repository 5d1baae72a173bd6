import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import { highlightsOf } from '../../src/core/present/highlights';

describe('highlightsOf', () => {
  const text = 'Mayor Ana Ruiz opened the Lisbon office of Acme Corp on Monday. She said it would hire 40 people.\n';
  const corpus = new Corpus();
  corpus.set('a.txt', text);
  const shown = (kind: string) => highlightsOf(corpus, 'a.txt').get(kind as never)!.map((s) => text.slice(s.start, s.end));

  it('highlights names by kind and dates', () => {
    assert.ok(shown('person').includes('Ana Ruiz'));
    assert.ok(shown('place').includes('Lisbon'));
    assert.ok(shown('date').some((d) => d.includes('Monday')));
  });

  it('does not highlight pronouns even when they are linked to an entity', () => {
    const ruiz = corpus.entities().find((e) => e.name === 'Ana Ruiz')!;
    assert.ok(ruiz.mentions.some((m) => m.text === 'She'), 'the pronoun is a linked mention');
    assert.ok(!shown('person').includes('She'));
  });
});
