import * as assert from 'node:assert/strict';
import type { Claim, EntityType } from '../../src/core/types';
import { doc, link } from './claims.fixture';
import { buildClaims } from '../../src/core/claims';
import { lemma } from '../../src/core/claims/lexicon';

const NAMES: Record<string, EntityType> = { 'Mira Holt': 'PERSON', Holt: 'PERSON', 'Dock Board': 'ORG' };
const GROUPS = { holt: ['Mira Holt', 'Holt'], board: ['Dock Board'] };

function texts(): [string, string][] {
  return [
    ['a.txt', 'Canal Works\n\nThe new canal lock will open on Tuesday, Mira Holt said.\nCanal operations will continue until 2031 under the current contract.\nThe dredgers removed 4,000 tonnes of silt from the basin last spring.\n'],
    ['b.txt', 'Lock Opening Delayed\n\nAccording to the Dock Board, the opening of the canal lock is set for Wednesday.\nThe board expects to keep operating the canal through 2029 under the current contract.\nMira Holt inspected the new gates of the lock with two engineers.\n'],
    ['c.txt', 'Harbour Notes\n\nA bakery on the quay won a regional prize for its rye bread this winter.\n'],
  ];
}

const summary = (claims: Claim[]) => claims.map((c) => [c.id, c.status, c.slot ?? '', c.sources.map((s) => `${s.file}:${s.start}:${s.value}:${s.attribution ?? ''}`).join('|')].join(' '));

describe('claims: attribution, slot names, incremental builds', () => {
  const docs = texts().map(([file, text]) => doc(file, text, '2025-03-01', NAMES));
  const claims = buildClaims(docs, link(docs, GROUPS));
  const withText = (fragment: string) => {
    const found = claims.find((c) => c.sources.some((s) => s.text.includes(fragment)));
    assert.ok(found, `a claim with "${fragment}"`);
    return found;
  };

  it('names the speaker of each source: the linked entity by its name, others as written', () => {
    const opening = withText('will open on Tuesday');
    const bySource = Object.fromEntries(opening.sources.map((s) => [s.file, s.attribution]));
    assert.equal(bySource['a.txt'], 'Mira Holt');
    assert.equal(bySource['b.txt'], 'Dock Board');
    assert.equal(withText('rye bread').sources[0].attribution, undefined);
  });

  it('names a conflicting slot after what the values are said of', () => {
    const opening = withText('will open on Tuesday');
    assert.equal(opening.status, 'conflict');
    assert.equal(opening.slot, 'opening day');
    const operations = withText('until 2031');
    assert.equal(operations.status, 'conflict');
    assert.equal(operations.slot, 'end year of operations');
    assert.deepEqual(operations.sources.map((s) => s.value), ['until 2031', 'through 2029']);
  });

  it('gives after changing one document the claims a build from scratch gives', () => {
    const edited = [...docs];
    edited[2] = doc('c.txt', `${texts()[2][1]}The quay bakery will open a second shop on Tuesday.\n`, '2025-03-01', NAMES);
    const incremental = buildClaims(edited, link(edited, GROUPS));
    const fresh = texts().map(([file, text]) => doc(file, file === 'c.txt' ? edited[2].text : text, '2025-03-01', NAMES));
    assert.deepEqual(summary(incremental), summary(buildClaims(fresh, link(fresh, GROUPS))));
    assert.ok(incremental.some((c) => c.sources.some((s) => s.text.includes('second shop'))));
  });

  it('follows entity ids that change with the rest of the corpus, for unchanged documents too', () => {
    const renamed = buildClaims(docs, link(docs, { 'holt-2': GROUPS.holt, board: GROUPS.board }));
    const opening = renamed.find((c) => c.sources.some((s) => s.text.includes('will open on Tuesday')))!;
    assert.ok(opening.entities?.includes('holt-2'));
    assert.ok(!opening.entities?.includes('holt'));
  });

  it('groups paraphrases even when their words are common in a large corpus', () => {
    const filler = Array.from({ length: 60 }, (_, i) =>
      doc(`f${i}.txt`, `Note ${i}\n\nThe city council discussed item number ${i + 100} of the agenda at length.\n`, null),
    );
    const pair = [
      doc('p.txt', 'Ferry Fares\n\nThe city council voted to double ferry fares for tourists from June.\n', null),
      doc('q.txt', 'Fares Rise\n\nFerry fares for tourists will double from June after a city council vote.\n', null),
    ];
    const all = buildClaims([...filler, ...pair], []);
    const fares = all.find((c) => c.sources.some((s) => s.file === 'p.txt'))!;
    assert.deepEqual(fares.sources.map((s) => s.file), ['p.txt', 'q.txt']);
    assert.ok(all.filter((c) => c.sources.some((s) => s.file.startsWith('f'))).every((c) => c.sources.length === 1));
  });

  it('normalizes verb forms and nominalizations to one lemma', () => {
    assert.equal(lemma('operations'), lemma('operating'));
    assert.equal(lemma('negotiations'), lemma('negotiated'));
    assert.equal(lemma('withdrew'), lemma('withdraw'));
    assert.notEqual(lemma('station'), lemma('state'));
  });
});
