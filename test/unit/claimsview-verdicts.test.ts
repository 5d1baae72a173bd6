import assert from 'node:assert/strict';
import {
  emptyVerdicts,
  matchVerdicts,
  normalizeSentence,
  parseVerdicts,
  serializeVerdicts,
  withVerdict,
  withoutVerdict,
} from '../../src/core/claims-view/verdicts';
import { claim, source } from './claimsview-fixtures';

const now = new Date('2025-01-02T03:04:05Z');
const dam = claim('c7', {
  statement: 'The dam holds 40 million cubic metres.',
  sources: [source('a.txt', 'The dam holds 40 million cubic metres.', null, 100), source('b.txt', 'Its reservoir stores 40 million m3.', null, 300)],
});
const school = claim('c8', { sources: [source('a.txt', 'A new school opens in March.')] });

describe('claims view: verdicts', () => {
  it('anchors to sentence text regardless of case, spacing and typographic quotes', () => {
    assert.equal(normalizeSentence('  He said “yes’  \n now. '), normalizeSentence('he said "yes\' now.'));
  });

  it('re-applies a verdict after re-analysis renumbered the claim and moved its offsets', () => {
    const file = withVerdict(emptyVerdicts(), [dam, school], dam, 'disputed', 'figure is outdated', now);
    const reanalysed = { ...dam, id: 'c3', sources: dam.sources.map((s) => ({ ...s, start: s.start + 50, end: s.end + 50 })) };
    const renumberedSchool = { ...school, id: 'c7' };
    const match = matchVerdicts([renumberedSchool, reanalysed], file);
    assert.equal(match.get('c3'), 'c7', 'the verdict follows the sentences');
    assert.equal(match.has('c7'), false, 'a claim that took over the old id gets no verdict');
  });

  it('keeps a verdict when a new source joins the claim, drops it when the sentences are gone', () => {
    const file = withVerdict(emptyVerdicts(), [dam], dam, 'verified', undefined, now);
    const grown = { ...dam, id: 'x', sources: [...dam.sources, source('c.txt', 'The dam can hold 40 million cubic metres.')] };
    assert.equal(matchVerdicts([grown], file).get('x'), 'c7');
    const rewritten = { ...dam, id: 'y', sources: [source('a.txt', 'Entirely different wording now.')] };
    assert.equal(matchVerdicts([rewritten], file).size, 0);
  });

  it('replaces the old entry when a verdict is changed on a renumbered claim, and clears it', () => {
    const first = withVerdict(emptyVerdicts(), [dam], dam, 'unclear', undefined, now);
    const renumbered = { ...dam, id: 'c9' };
    const second = withVerdict(first, [renumbered], renumbered, 'verified', 'ok', now);
    assert.deepEqual(Object.keys(second.verdicts), ['c9']);
    assert.equal(second.verdicts.c9.note, 'ok');
    assert.deepEqual(withoutVerdict(second, [renumbered], renumbered).verdicts, {});
  });

  it('serializes deterministically, pretty-printed, one entry per claim, and reads back', () => {
    let file = withVerdict(emptyVerdicts(), [dam, school], school, 'verified', undefined, now);
    file = withVerdict(file, [dam, school], dam, 'disputed', 'see registry', now);
    const text = serializeVerdicts(file);
    assert.equal(text, serializeVerdicts(parseVerdicts(text)));
    assert.ok(text.endsWith('}\n') && text.includes('\n  "verdicts": {\n    "c7": {'), text);
    assert.ok(text.indexOf('"c7"') < text.indexOf('"c8"'), 'claims in key order');
    assert.ok(text.indexOf('"note"') < text.indexOf('"sentences"') && text.indexOf('"statement"') < text.indexOf('"verdict"'));
  });

  it('ignores malformed entries but rejects text that is not JSON', () => {
    const file = parseVerdicts('{"version":1,"verdicts":{"a":{"verdict":"maybe","sentences":[]},"b":{"verdict":"verified","sentences":["X"]}}}');
    assert.deepEqual(Object.keys(file.verdicts), ['b']);
    assert.deepEqual(file.verdicts.b.sentences, ['x']);
    assert.throws(() => parseVerdicts('{oops'));
  });
});
