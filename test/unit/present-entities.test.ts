import assert from 'node:assert/strict';
import { definitionOf, groupByKind, mentionSummary, mentionsByFile, searchEntities } from '../../src/core/present/entities';
import { highlightsOf } from '../../src/core/present/highlights';
import { corpusOf, date, doc, entity } from './present-fixtures';

describe('present: entities', () => {
  const a = doc('a.txt', 'Ruiz said. Later Ana Ruiz of Acme Corp spoke at Lisbon Arena during Expo Week in Lisbon.');
  const b = doc('b.txt', 'Ana Ruiz met José Álvarez. Acme Corp agreed. Lisbon too. Ruiz left.');
  const ruiz = entity('p1', 'Ana Ruiz', 'PERSON', [a, b], ['Ana Ruiz', 'Ruiz']);
  ruiz.mentions = ruiz.mentions.filter((m) => !(m.text === 'Ruiz' && [a, b].find((d) => d.file === m.file)!.text.slice(m.start - 4, m.start) === 'Ana '));
  const alvarez = entity('p2', 'José Álvarez', 'PERSON', [b]);
  const acme = entity('o1', 'Acme Corp', 'ORG', [a, b], ['Acme Corp']);
  acme.aliases = ['ACME'];
  const arena = entity('f1', 'Lisbon Arena', 'FACILITY', [a]);
  const lisbon = entity('l1', 'Lisbon', 'PLACE', [a, b]);
  lisbon.mentions = lisbon.mentions.filter((m) => a.text.slice(m.start, m.start + 12) !== 'Lisbon Arena' || m.file !== 'a.txt');
  const expo = entity('e1', 'Expo Week', 'EVENT', [a]);
  const all = [expo, arena, alvarez, lisbon, acme, ruiz];

  it('groups by kind in a fixed order, most mentioned first, facilities with places', () => {
    const groups = groupByKind(all);
    assert.deepEqual(groups.map((g) => g.kind), ['person', 'organization', 'place', 'other']);
    assert.deepEqual(groups[0].entities.map((e) => e.id), ['p1', 'p2']);
    assert.deepEqual(groups[2].entities.map((e) => e.id), ['l1', 'f1']);
  });

  it('summarizes mentions and sources with correct plurals', () => {
    assert.equal(mentionSummary(ruiz), `${ruiz.mentions.length} mentions · 2 sources`);
    assert.equal(mentionSummary(expo), '1 mention · 1 source');
  });

  it('groups mentions per file in text order', () => {
    const byFile = mentionsByFile(ruiz);
    assert.deepEqual([...byFile.keys()], ['a.txt', 'b.txt']);
    for (const list of byFile.values()) assert.deepEqual(list, [...list].sort((x, y) => x.start - y.start));
  });

  it('defines an entity at its first full-name mention, not an earlier short one', () => {
    const first = definitionOf(ruiz)!;
    assert.equal(first.file, 'a.txt');
    assert.equal(a.text.slice(first.start, first.end), 'Ana Ruiz');
  });

  it('finds entities by any alias, ignoring case and accents, prefix matches first', () => {
    assert.deepEqual(searchEntities(all, 'acme').map((h) => h.entity.id), ['o1']);
    assert.equal(searchEntities(all, 'ACME')[0].matched, 'Acme Corp');
    assert.deepEqual(searchEntities(all, 'alvarez').map((h) => h.entity.id), ['p2']);
    assert.deepEqual(searchEntities(all, 'lisbon').map((h) => h.entity.id), ['l1', 'f1']);
    assert.deepEqual(searchEntities(all, 'ruiz').map((h) => h.entity.id), ['p1']);
    assert.equal(searchEntities(all, '').length, all.length);
    assert.deepEqual(searchEntities(all, 'nobody'), []);
  });

  it('highlights each mention under its kind, and dates', () => {
    date(a, 'Later', null);
    const spans = highlightsOf(corpusOf([a, b], all), 'a.txt');
    const texts = (kind: Parameters<typeof spans.get>[0]) => spans.get(kind)!.map((s) => a.text.slice(s.start, s.end));
    assert.deepEqual(texts('person'), ['Ruiz', 'Ana Ruiz']);
    assert.deepEqual(texts('organization'), ['Acme Corp']);
    assert.deepEqual(texts('place').sort(), ['Lisbon', 'Lisbon Arena']);
    assert.deepEqual(texts('other'), ['Expo Week']);
    assert.deepEqual(texts('date'), ['Later']);
  });
});
