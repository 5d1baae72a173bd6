import assert from 'node:assert/strict';
import { outlineOf } from '../../src/core/present/outline';
import type { Claim } from '../../src/core/types';
import { corpusOf, date, doc, entity } from './present-fixtures';

describe('present: document outline', () => {
  const a = doc('a.txt', 'Acme hired Ana Ruiz on Monday. Ruiz said Acme grew. Ana Ruiz left.');
  const b = doc('b.txt', 'Ana Ruiz elsewhere.');
  const ruiz = entity('p1', 'Ana Ruiz', 'PERSON', [a, b]);
  const acme = entity('o1', 'Acme', 'ORG', [a]);
  date(a, 'Monday', '2025-07-28');
  const sentence = 'Ruiz said Acme grew.';
  const claims: Claim[] = [
    {
      id: 'k1', topic: 'Acme growth', statement: 'Acme grew', status: 'conflict',
      sources: [{ file: 'a.txt', start: a.text.indexOf(sentence), end: a.text.indexOf(sentence) + sentence.length, text: sentence, value: null },
        { file: 'b.txt', start: 0, end: 5, text: 'Ana R', value: null }],
    },
  ];
  const outline = outlineOf(corpusOf([a, b], [ruiz, acme], claims), 'a.txt');

  it('has groups for entities, dates and claims of this file only', () => {
    assert.deepEqual(outline.map((g) => g.name), ['Entities', 'Dates', 'Claims']);
    assert.deepEqual(outline[0].children.map((c) => c.name), ['Acme', 'Ana Ruiz']);
    assert.deepEqual(outline[1].children.map((c) => [c.name, c.detail]), [['Monday', '2025-07-28']]);
    assert.deepEqual(outline[2].children.map((c) => [c.name, c.detail]), [['Acme growth', 'conflict']]);
    assert.equal(outline[2].children.length, 1);
  });

  it('counts mentions in this file and selects the first one', () => {
    const node = outline[0].children.find((c) => c.name === 'Ana Ruiz')!;
    assert.equal(node.detail, '2 mentions');
    assert.equal(a.text.slice(node.selection.start, node.selection.end), 'Ana Ruiz');
    assert.equal(node.selection.start, a.text.indexOf('Ana Ruiz'));
  });

  it('keeps every selection inside its range and every child inside its group', () => {
    for (const group of outline) {
      for (const node of [group, ...group.children]) {
        assert.ok(node.span.start <= node.selection.start && node.selection.end <= node.span.end, node.name);
        assert.ok(group.span.start <= node.span.start && node.span.end <= group.span.end, node.name);
      }
    }
  });

  it('leaves out empty groups', () => {
    assert.deepEqual(outlineOf(corpusOf([doc('e.txt', 'Nothing.')], []), 'e.txt'), []);
  });
});
