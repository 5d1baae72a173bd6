import * as assert from 'node:assert/strict';
import type { Claim, EntityType } from '../../src/core/types';
import { doc, link } from './claims.fixture';
import { buildClaims } from '../../src/core/claims';
import { findAttribution } from '../../src/core/claims/attribution';

const NAMES: Record<string, EntityType> = { 'Lena Varga': 'PERSON', Varga: 'PERSON', 'Tomas Reed': 'PERSON', Reed: 'PERSON', Valden: 'PLACE', 'Harbor Authority': 'ORG' };
const ENTITIES = { varga: ['Lena Varga', 'Varga'], reed: ['Tomas Reed', 'Reed'], valden: ['Valden'], authority: ['Harbor Authority'] };

const corpus = () => {
  const docs = [
    doc(
      'a.txt',
      'Ferry Talks Resume in Valden\n\nHarbor minister Lena Varga met port director Tomas Reed in Valden, their first meeting in eight years.\n' +
        'The ferry service will run until 2030, Varga said.\nThe new ferry terminal will open on Thursday, officials said.\n' +
        'Varga criticized Reed over the budget of the dredging project in a letter to lawmakers.\n\nShare this article\n',
      '2025-08-01',
      NAMES,
    ),
    doc(
      'b.txt',
      'Port Chiefs Meet Again\n' +
        'Varga and Reed held talks in Valden, the first such meeting between them in over seven years.\n' +
        'According to the Harbor Authority, the ferry service will run through 2028.\nThe opening of the ferry terminal is scheduled for Friday.\n' +
        'Reed praised the new cargo cranes that arrived from overseas last month.\n',
      '2025-08-01',
      NAMES,
    ),
    doc(
      'c.txt',
      'Harbor News\n\nLena Varga and Tomas Reed met in Valden, the first meeting between the two since 2018.\n' +
        'The festival in Valden marked the 49th anniversary of the 1975 harbor treaty.\n',
      '2025-08-02',
      NAMES,
    ),
  ];
  return { docs, claims: buildClaims(docs, link(docs, ENTITIES)) };
};

function claimWith(claims: Claim[], file: string, fragment: string): Claim {
  const found = claims.find((c) => c.sources.some((s) => s.file === file && s.text.includes(fragment)) && !c.slot?.includes('anniversary'));
  assert.ok(found, `a claim with "${fragment}" from ${file}`);
  return found;
}

describe('claims', () => {
  const { docs, claims } = corpus();

  describe('alignment and conflicts', () => {
    it('groups differently worded reports of one meeting and shows each source value side by side', () => {
      const meeting = claimWith(claims, 'a.txt', 'first meeting in eight years');
      assert.deepEqual(meeting.sources.map((s) => s.file), ['a.txt', 'b.txt', 'c.txt']);
      assert.equal(meeting.status, 'conflict');
      assert.equal(meeting.slot, 'years since last meeting');
      assert.deepEqual(meeting.sources.map((s) => s.value), ['eight years', 'over seven years', 'since 2018']);
      assert.match(meeting.statement, /^years since last meeting: .*eight years \(1 source\).* \/ .*over seven years \(1\)/);
      assert.deepEqual([...(meeting.entities ?? [])].sort(), ['reed', 'valden', 'varga']);
    });

    it('flags different end years and different weekdays for the same fact', () => {
      const service = claimWith(claims, 'a.txt', 'until 2030');
      assert.deepEqual(service.sources.map((s) => s.file), ['a.txt', 'b.txt']);
      assert.equal(service.status, 'conflict');
      assert.deepEqual(service.sources.map((s) => s.value), ['until 2030', 'through 2028']);
      const opening = claimWith(claims, 'a.txt', 'on Thursday');
      assert.equal(opening.status, 'conflict');
      assert.deepEqual(opening.sources.map((s) => s.value), ['Thursday', 'Friday']);
    });

    it('keeps statements about other propositions apart even when they share the people', () => {
      const criticism = claimWith(claims, 'a.txt', 'criticized Reed');
      const cranes = claimWith(claims, 'b.txt', 'cargo cranes');
      assert.notEqual(criticism.id, cranes.id);
      assert.equal(criticism.status, 'single-source');
      assert.equal(cranes.sources.length, 1);
    });

    it('agrees when the sources give compatible values', () => {
      const d = [
        doc('x.txt', 'Bridge Budget\nThe council approved the new budget of $40 million for the bridge on Tuesday.', '2024-03-01'),
        doc('y.txt', 'Council Votes\nOn Tuesday the council approved a $40 million budget for the bridge.', '2024-03-01'),
      ];
      const [claim] = buildClaims(d, []);
      assert.equal(claim.status, 'agree');
      assert.equal(claim.sources.length, 2);
    });

    it('takes at most one statement per document into a claim', () => {
      for (const c of claims) assert.equal(new Set(c.sources.map((s) => s.file)).size, c.sources.length);
    });
  });

  describe('extraction', () => {
    it('skips headlines, boilerplate and fragments', () => {
      const sourced = new Set(claims.flatMap((c) => c.sources.map((s) => s.text)));
      assert.ok(!sourced.has('Ferry Talks Resume in Valden'));
      assert.ok(!sourced.has('Share this article'));
    });

    it('does not repeat a headline repeated as body text', () => {
      const text = 'Storm floods the lower town of Merrow\nStorm floods the lower town of Merrow\nThe river rose two meters overnight and flooded forty houses.\n';
      const sources = buildClaims([doc('r.txt', text, null)], []).flatMap((c) => c.sources);
      assert.deepEqual(sources.map((s) => s.text), ['The river rose two meters overnight and flooded forty houses.']);
    });

    it('reports an anniversary count that does not match the years as a single-source conflict', () => {
      const anniversary = claims.find((c) => c.slot === 'anniversary count');
      assert.ok(anniversary);
      assert.equal(anniversary.status, 'conflict');
      assert.equal(anniversary.sources.length, 1);
      assert.equal(anniversary.sources[0].file, 'c.txt');
      assert.match(anniversary.sources[0].value ?? '', /49th.*1975.*2025 − 1975 = 50/);
      const right = buildClaims([doc('d.txt', 'Harbor Festival\nThe festival marked the 50th anniversary of the 1975 harbor treaty.', '2025-06-01')], []);
      assert.ok(!right.some((c) => c.slot === 'anniversary count'));
    });

    it('gives source spans that are the sentences of the files', () => {
      for (const c of claims) {
        for (const s of c.sources) assert.equal(docs.find((d) => d.file === s.file)!.text.slice(s.start, s.end), s.text);
      }
    });
  });

  describe('attribution', () => {
    const attribution = (text: string, names: Record<string, EntityType> = {}) => {
      const d = doc('t.txt', text, null, names);
      const mentions = d.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, entity: m.text.toLowerCase() }));
      return findAttribution(d.text, d.tokens, mentions);
    };

    it('finds "X said" and links X to its entity', () => {
      const a = attribution('The ferry service will run until 2030, Varga said.', { Varga: 'PERSON' });
      assert.equal(a?.text, 'Varga');
      assert.equal(a?.entity, 'varga');
    });

    it('finds "according to X"', () => {
      assert.equal(attribution('According to the Harbor Authority, the service ends in 2028.', { 'Harbor Authority': 'ORG' })?.text, 'Harbor Authority');
    });

    it('finds quoted speech with the speaker after the quote', () => {
      const a = attribution('“We will keep the line open,” noted one observer.');
      assert.equal(a?.text, 'one observer');
      assert.equal(a?.quoted, true);
    });

    it('finds "X told Y"', () => {
      assert.equal(attribution('Reed told reporters that the cranes had arrived.', { Reed: 'PERSON' })?.text, 'Reed');
    });

    it('finds the speaker before an appositive, not the words after the verb', () => {
      const a = attribution('Tomas Reed, the port director, indicated preliminary approval of the plan.', { 'Tomas Reed': 'PERSON' });
      assert.equal(a?.text, 'Tomas Reed');
    });

    it('finds none in a plain statement', () => {
      assert.equal(attribution('The river rose two meters overnight.'), null);
    });
  });

  describe('ids and order', () => {
    it('keeps claim ids when the text is analysed again', () => {
      assert.deepEqual(corpus().claims.map((c) => c.id).sort(), claims.map((c) => c.id).sort());
      assert.equal(new Set(claims.map((c) => c.id)).size, claims.length);
    });

    it('sorts by check-worthiness with conflicts first', () => {
      const scores = claims.map((c) => c.score ?? 0);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
      assert.equal(claims[0].status, 'conflict');
      const firstSingle = claims.findIndex((c) => c.status === 'single-source' && !c.slot);
      const lastConflict = claims.map((c) => c.status).lastIndexOf('conflict');
      assert.ok(firstSingle < 0 || lastConflict < firstSingle);
    });
  });
});
