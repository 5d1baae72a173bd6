import assert from 'node:assert/strict';
import type { NerLabel } from '../../src/core/ner/tagger';
import type { DocumentAnalysis } from '../../src/core/types';
import { linkEntities } from '../../src/core/entities/link';
import { analyzeWith } from './entities.fixture';

type Source = [file: string, text: string, names: Record<string, NerLabel>];

const TAGS: Record<string, NerLabel> = { 'Anna Berg': 'PER', Berg: 'PER', 'Northern Rail Authority': 'ORG', NRA: 'ORG', Velmora: 'PER', Oslo: 'LOC' };

/** A corpus that exercises recurring names, retyping, surnames and acronyms. */
const SOURCES: Source[] = [
  ['a.txt', 'Anna Berg met the Northern Rail Authority (NRA) in Oslo. Velmora officials said so.', TAGS],
  ['b.txt', 'Berg criticized the NRA. Velmora, the rail maker, disagreed.', TAGS],
  ['c.txt', 'Oslo welcomed Velmora and the Northern Rail Authority.', { Oslo: 'LOC', Velmora: 'PER' }],
  ['d.txt', 'The Northern Rail Authority met Anna Berg in Oslo again.', {}],
  ['e.txt', 'Paul Wren visited Oslo.', { 'Paul Wren': 'PER', Oslo: 'LOC' }],
];

const analyze = (sources: readonly Source[]): DocumentAnalysis[] => sources.map(([file, text, names]) => analyzeWith(file, text, names));

/** Links after replacing one document by a new analysis, keeping the other analyses as they were. */
function relinkAfterEdit(docs: DocumentAnalysis[], edit: Source): { docs: DocumentAnalysis[]; entities: ReturnType<typeof linkEntities> } {
  const edited = analyzeWith(...edit);
  const next = docs.some((d) => d.file === edit[0]) ? docs.map((d) => (d.file === edit[0] ? edited : d)) : [...docs, edited];
  return { docs: next, entities: linkEntities(next) };
}

function sourcesAfter(edits: readonly Source[]): Source[] {
  const byFile = new Map(SOURCES.map((s) => [s[0], s]));
  for (const e of edits) byFile.set(e[0], e);
  return [...byFile.values()];
}

describe('entity linking after an edit', () => {
  const edits: Source[] = [
    // Nothing the corpus knows changes.
    ['e.txt', 'Paul Wren visited Oslo twice.', { 'Paul Wren': 'PER', Oslo: 'LOC' }],
    // A name becomes known (tagged twice), so other documents find it where their tagger missed it.
    ['e.txt', 'Paul Wren met Anna Berg at the Northern Rail Authority.', { 'Paul Wren': 'PER', 'Anna Berg': 'PER', 'Northern Rail Authority': 'ORG' }],
    // Evidence that a one-word "person" is an organization disappears.
    ['b.txt', 'Berg criticized the NRA. Velmora disagreed.', TAGS],
    // A new document joins.
    ['f.txt', 'Velmora and Paul Wren spoke. Wren left.', { Velmora: 'PER', 'Paul Wren': 'PER', Wren: 'PER' }],
    // A document where the tagger misses a known one-word name.
    ['g.txt', 'Velmora staff met the Northern Rail Authority.', {}],
    // The corpus now writes that name in lower case, so it is no longer known.
    ['d.txt', 'The Northern Rail Authority met Anna Berg in Oslo again. A velmora is a bird.', {}],
    // The tagger's majority type for a name changes.
    ['a.txt', 'Anna Berg met the Northern Rail Authority (NRA) in Oslo. Velmora officials said so.', { ...TAGS, Oslo: 'ORG' }],
    ['e.txt', 'Oslo hosted Paul Wren.', { 'Paul Wren': 'PER', Oslo: 'ORG' }],
  ];

  it('gives after each edit exactly what linking the edited corpus from scratch gives', () => {
    let docs = analyze(SOURCES);
    assert.deepEqual(linkEntities(docs), linkEntities(analyze(SOURCES)));
    for (let i = 0; i < edits.length; i++) {
      const relinked = relinkAfterEdit(docs, edits[i]);
      docs = relinked.docs;
      assert.deepEqual(relinked.entities, linkEntities(analyze(sourcesAfter(edits.slice(0, i + 1)))), `after edit ${i + 1}`);
    }
  });

  it('changes the result with each edit from the new document on, so each of them tests something', () => {
    let docs = analyze(sourcesAfter(edits.slice(0, 3)));
    let before = linkEntities(docs);
    for (const [i, edit] of edits.entries()) {
      if (i < 3) continue;
      const relinked = relinkAfterEdit(docs, edit);
      assert.notDeepEqual(relinked.entities, before, `edit ${i + 1}`);
      ({ docs, entities: before } = relinked);
    }
  });

  it('gives what linking from scratch gives after documents are removed and added back', () => {
    const docs = analyze(SOURCES);
    linkEntities(docs);
    for (const file of ['a.txt', 'c.txt']) {
      const rest = docs.filter((d) => d.file !== file);
      assert.deepEqual(linkEntities(rest), linkEntities(analyze(SOURCES.filter((s) => s[0] !== file))), `without ${file}`);
      assert.deepEqual(linkEntities(docs), linkEntities(analyze(SOURCES)), `with ${file} again`);
    }
  });

  it('gives each corpus its own result when two corpora are linked in turn', () => {
    const other = sourcesAfter(edits.slice(0, 6));
    const [first, second] = [analyze(SOURCES), analyze(other)];
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(linkEntities(first), linkEntities(analyze(SOURCES)));
      assert.deepEqual(linkEntities(second), linkEntities(analyze(other)));
    }
  });

  it('gives the original result again when an edit is undone', () => {
    const docs = analyze(SOURCES);
    const before = linkEntities(docs);
    const { docs: edited } = relinkAfterEdit(docs, edits[1]);
    assert.notDeepEqual(linkEntities(edited), before);
    assert.deepEqual(linkEntities(docs), before);
  });
});
