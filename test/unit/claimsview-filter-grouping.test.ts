import assert from 'node:assert/strict';
import { describeFilter, isFilterActive, matchesFilter } from '../../src/core/claims-view/filter';
import { groupClaims } from '../../src/core/claims-view/grouping';
import { compareClaims, compareForReport, sortClaims } from '../../src/core/claims-view/order';
import { claim, source } from './claimsview-fixtures';

const bridge = claim('bridge', {
  statement: 'The bridge reopened after eight months.',
  status: 'conflict',
  slot: 'duration of closure',
  score: 5,
  entities: ['e:city'],
  sources: [source('a.txt', 'The bridge reopened after eight months.', 'eight months'), source('b.txt', 'After nine months the bridge is open.', 'nine months')],
});
const mayor = claim('mayor', {
  statement: 'The mayor attended the ceremony.',
  status: 'agree',
  score: 5,
  entities: ['e:mayor', 'e:city'],
  sources: [source('a.txt', 'The mayor attended the ceremony.'), source('c.txt', 'Mayor Ruiz was at the ceremony.')],
});
const café = claim('cafe', {
  statement: 'A café on the riverbank closed.',
  score: 1,
  sources: [source('c.txt', 'A café on the riverbank closed.')],
});
const all = [café, mayor, bridge];
const names = { entityName: (id: string) => ({ 'e:city': 'Springfield', 'e:mayor': 'Ana Ruiz' })[id], fileName: (f: string) => `docs/${f}` };

describe('claims view: order', () => {
  it('puts higher scores first and breaks ties with conflicts first', () => {
    assert.deepEqual(sortClaims(all).map((c) => c.id), ['bridge', 'mayor', 'cafe']);
    assert.ok(compareClaims(bridge, mayor) < 0);
  });
  it('orders the report by status before score', () => {
    const weakConflict = { ...bridge, id: 'weak', score: 0 };
    assert.deepEqual(sortClaims([mayor, weakConflict], compareForReport).map((c) => c.id), ['weak', 'mayor']);
  });
});

describe('claims view: filter', () => {
  it('matches text in statements and source sentences, ignoring case and accents', () => {
    assert.ok(matchesFilter(café, { text: 'CAFE' }));
    assert.ok(matchesFilter(mayor, { text: 'ruiz' }), 'source sentence text is searched');
    assert.ok(matchesFilter(bridge, { text: 'nine months' }), 'values are searched');
    assert.ok(!matchesFilter(mayor, { text: 'bridge' }));
  });
  it('combines status and entity facets', () => {
    const f = { status: 'conflict' as const, entity: { id: 'e:city', name: 'Springfield' } };
    assert.deepEqual(all.filter((c) => matchesFilter(c, f)).map((c) => c.id), ['bridge']);
  });
  it('describes only the facets that are set', () => {
    assert.equal(isFilterActive({}), false);
    assert.equal(describeFilter({ text: 'x', status: 'agree', entity: { id: 'e', name: 'Ana' } }), '"x" · Corroborated · Ana');
    assert.equal(describeFilter({ status: 'conflict' }), 'Conflicting');
  });
});

describe('claims view: grouping', () => {
  it('by status lists non-empty statuses in fixed order', () => {
    const groups = groupClaims(all, 'status', names);
    assert.deepEqual(groups.map((g) => [g.label, g.claims.map((c) => c.id)]), [
      ['Conflicting', ['bridge']],
      ['Corroborated', ['mayor']],
      ['Single source', ['cafe']],
    ]);
  });
  it('by entity puts a claim under each of its entities and keeps claims without entities', () => {
    const groups = groupClaims(all, 'entity', names);
    assert.deepEqual(groups.map((g) => [g.label, g.claims.map((c) => c.id)]), [
      ['Springfield', ['bridge', 'mayor']],
      ['Ana Ruiz', ['mayor']],
      ['No entity', ['cafe']],
    ]);
  });
  it('by document puts a claim under each file it has a source in, named for the reader', () => {
    const groups = groupClaims(all, 'document', names);
    assert.deepEqual(groups.map((g) => [g.label, g.claims.map((c) => c.id)]), [
      ['docs/a.txt', ['bridge', 'mayor']],
      ['docs/b.txt', ['bridge']],
      ['docs/c.txt', ['mayor', 'cafe']],
    ]);
    assert.equal(new Set(groups.map((g) => g.key)).size, groups.length, 'group keys are unique');
  });
});
