import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';

const A = 'Harbour Plan Wins Approval\n\nMayor Ana Ruiz of Lisbon said on Monday that the council approved the harbour plan.\n';
const B = 'Ruiz Defends Harbour Costs\n\nAna Ruiz told reporters the plan would cost 40 million euros.\n';

describe('Corpus', () => {
  it('analyzes texts that end inside a name, a bracket, a dash or a list without failing', () => {
    const corpus = new Corpus();
    const endings = ['Zahran (', 'Kelmar (AFP', 'VELDORA —', 'by', 'Shares in Kelmar, Ostra and', 'Pruett, Langley &', 'Hapag-', 'UPDATE 2-', 'Cape of', "the UN's", 'It fell on the FTSE 250', 'SAG-', 'Port of', 'the week of', 'It was set up under the Inquiries Act', 'Photo: Ana Lutz/', 'from 15:00 until', 'KLMN 7', 'SEIU Local', 'convicted after a trial in the Central Cr'];
    endings.forEach((text, i) => assert.doesNotThrow(() => corpus.set(`e${i}.txt`, text), text));
    assert.equal(corpus.documents().length, endings.length);
  });

  it('links the same person across documents under one entity id', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', A);
    corpus.set('b.txt', B);
    const ruiz = corpus.entities().find((e) => e.name === 'Ana Ruiz');
    assert.ok(ruiz, 'Ana Ruiz is an entity');
    assert.equal(ruiz.type, 'PERSON');
    assert.deepEqual([...new Set(ruiz.mentions.map((m) => m.file))].sort(), ['a.txt', 'b.txt']);
    for (const m of ruiz.mentions) assert.equal(corpus.document(m.file)!.text.slice(m.start, m.end), m.text);
  });

  it('finds the mention under a position, including just after its last character', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', A);
    const start = A.indexOf('Ana Ruiz');
    assert.equal(corpus.entityAt('a.txt', start + 2)?.entity.name, 'Ana Ruiz');
    assert.equal(corpus.entityAt('a.txt', start + 'Ana Ruiz'.length)?.entity.name, 'Ana Ruiz');
    assert.equal(corpus.entityAt('a.txt', A.indexOf('approved')), undefined);
  });

  it('updates queries after a change, a deletion and a rename, and bumps its version', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', A);
    corpus.set('b.txt', B);
    const v = corpus.version;
    corpus.set('a.txt', 'Nothing to see here.\n');
    assert.ok(corpus.version > v);
    const ruiz = corpus.entities().find((e) => e.name === 'Ana Ruiz')!;
    assert.deepEqual([...new Set(ruiz.mentions.map((m) => m.file))], ['b.txt']);
    corpus.rename('b.txt', 'c.txt');
    assert.deepEqual(corpus.files(), ['a.txt', 'c.txt']);
    assert.ok(corpus.entities().find((e) => e.name === 'Ana Ruiz')!.mentions.every((m) => m.file === 'c.txt'));
    assert.ok(corpus.delete('c.txt'));
    assert.equal(corpus.entities().find((e) => e.name === 'Ana Ruiz'), undefined);
  });

  it('does not re-analyze a document whose text did not change', () => {
    const corpus = new Corpus();
    const first = corpus.set('a.txt', A);
    const v = corpus.version;
    assert.equal(corpus.set('a.txt', A), first);
    assert.equal(corpus.version, v);
  });

  it('names an entity by its usual spelling, not by a shouted headline', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'POLICE QUESTION TOMAS BERGSTROM\n\nPolice questioned Tomas Bergstrom in Lisbon on Monday.\n');
    const entity = corpus.entities().find((e) => e.name.toLowerCase() === 'tomas bergstrom')!;
    assert.equal(entity.name, 'Tomas Bergstrom');
    assert.equal(entity.mentions.length, 2);
  });

  it("names a place known only from a shouted dateline as places are written, and a merged body's acronym as it is", () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'RIO DE JANEIRO, Brazil (Reuters) - Police met.\n');
    corpus.set('b.txt', 'AIX-EN-PROVENCE, France (AP) - The actors union KELVA-STAGRA voted.\n');
    const names = corpus.entities().map((e) => e.name);
    for (const name of ['Rio de Janeiro', 'Aix-en-Provence', 'KELVA-STAGRA']) assert.ok(names.includes(name), names.join(' | '));
  });

  it('does not let a Title Case headline change how the tagger reads the body', () => {
    const corpus = new Corpus();
    const text =
      'Halvorsen Industries to Buy Brightwater Logistics in $4.2 Billion Deal\n\n' +
      'NEW YORK — Halvorsen Industries Inc. (NYSE: HLV) agreed on Monday to acquire Brightwater Logistics Corporation for about $4.2 billion in cash.\n';
    corpus.set('a.txt', text);
    const names = corpus.entities().map((e) => `${e.name}/${e.type}`);
    assert.ok(names.includes('Halvorsen Industries Inc./ORG'), names.join(' | '));
    assert.ok(!names.some((n) => n.startsWith('Industries')), names.join(' | '));
  });

  it('keeps entity ids stable when an unrelated document is added', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', A);
    corpus.set('b.txt', B);
    const id = corpus.entities().find((e) => e.name === 'Ana Ruiz')!.id;
    corpus.set('z.txt', 'Storm Closes Port\n\nA storm closed the port of Valletta on Friday, officials said.\n');
    assert.equal(corpus.entities().find((e) => e.name === 'Ana Ruiz')!.id, id);
  });

  it('ranks the entities mentioned in the same sentences, most frequent first', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', A);
    corpus.set('b.txt', 'Ana Ruiz met Tomas Berg in Lisbon.\n\nAna Ruiz and Tomas Berg spoke again.\n\nAna Ruiz thanked Tomas Berg.\n');
    const ruiz = corpus.entities().find((e) => e.name === 'Ana Ruiz')!;
    const ranked = corpus.cooccurring(ruiz.id).map((c) => [c.entity.name, c.count]);
    assert.deepEqual(ranked.slice(0, 2), [['Tomas Berg', 3], ['Lisbon', 2]]);
    assert.deepEqual(corpus.cooccurring(ruiz.id, 1).map((c) => c.entity.name), ['Tomas Berg']);
  });

  it("titles a document by its headline, not by a masthead line or a byline, and names the masthead's newspaper", () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'The Velmar Tribune | Business\n\nHarbour Strike Ends After Talks\n\nDockers in Gdynia voted on Monday.\n');
    corpus.set('b.txt', 'KESTREL MINING JOURNAL\n\nOstra Pit Halts Output\n\nThe pit stopped.\n');
    corpus.set('c.txt', 'THE VELMAR TIMES HERALD\nFerry grounding: island counts the cost\nBy Morag Lindqvist\n\nThe ferry ran aground.\n');
    corpus.set('d.txt', 'Aoife Gilsenan, Technology Correspondent\nFriday 8 May 2026\n\nFarmers gathered outside the council offices on Thursday.\n');
    assert.deepEqual(corpus.report().documents.map((d) => d.title), ['Harbour Strike Ends After Talks', 'Ostra Pit Halts Output', 'Ferry grounding: island counts the cost', 'Farmers gathered outside the council offices on Thursday.']);
    const names = corpus.entities().map((e) => `${e.name}/${e.type}`);
    for (const name of ['Velmar Tribune/ORG', 'Kestrel Mining Journal/ORG']) assert.ok(names.includes(name), names.join(' | '));
  });

  it("finds the reporter of a byline with a hyphenated or particled surname, a role in lower case, or in a header's fields", () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'Strike ends\n\nAma Boateng-Oduro in Accra\n\nNurses went back to work.\n');
    corpus.set('b.txt', 'Pay blunder\n\nTobias Adewale-Grant, Health Editor\n\nNurses were not paid.\n');
    corpus.set('c.txt', 'War news\n\nIva Kestrel, Middle East correspondent\n\nTalks failed.\n');
    corpus.set('d.txt', 'Pump failure\n\n3 March 2026 | Marguerite Okonjo | Pipeline Weekly\n\nA pump failed.\n');
    corpus.set('e.txt', 'Deal done\n\nBy Marieke Van der Meer | April 22, 2026\n\nThe deal closed.\n');
    const people = corpus.entities().filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
    assert.deepEqual(people, ['Ama Boateng-Oduro', 'Iva Kestrel', 'Marguerite Okonjo', 'Marieke Van der Meer', 'Tobias Adewale-Grant']);
    assert.equal(corpus.entities().find((e) => e.name === 'Middle East')?.type, 'PLACE');
    // An agency after a byline's names in capitals.
    const agency = new Corpus();
    agency.set('f.txt', 'Storm hits\n\nBy DANA RUELAS Kestrel Press\n\nRain fell on Monday.\n');
    assert.deepEqual(agency.entities().map((e) => `${e.name}/${e.type}`).sort(), ['Dana Ruelas/PERSON', 'Kestrel Press/ORG']);
    // A byline's kind of piece before "by" on a line of its own; an outlet's staff credited.
    const kinds = new Corpus();
    kinds.set('g.txt', 'Deal done\n\nAnalysis by Fergus Marrowby\n\nThe deal closed.\n');
    kinds.set('h.txt', 'Rocket lost\n\nBy Orbit Kestrel Staff\n\nThe rocket broke up.\n');
    assert.deepEqual(kinds.entities().map((e) => `${e.name}/${e.type}`).sort(), ['Fergus Marrowby/PERSON', 'Orbit Kestrel/ORG']);
    // An outlet's name before a header's fields, whole and not as its letters; the fields' words no names.
    const header = new Corpus();
    header.set('i.txt', 'Passengers Start Arriving Home\n\nKBV News · Posted: Jan. 6, 2027 6:45 PM CT\n\nThe first plane landed.\n');
    header.set('j.txt', 'Passengers Start Arriving Home\n\nUpdated: 5:48 PM CDT Sep 7, 2027\n\nThe first plane landed.\n');
    assert.deepEqual(header.entities().map((e) => `${e.name}/${e.type}`), ['KBV News/ORG']);
  });

  it('keeps a person whom a pronoun refers to a person, and types a name before a double surname as a person', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', 'Rights group backs march\n\nVelkova said in a statement she respects the right to protest.\n');
    corpus.set('b.txt', 'Rates to rise\n\nVeko Adekunle-Ross said rates would rise.\n');
    assert.deepEqual(corpus.entities().map((e) => `${e.name}/${e.type}`).sort(), ['Veko Adekunle-Ross/PERSON', 'Velkova/PERSON']);
  });

  it('reports the JSON contract: documents, entities, dates and claims with exact spans', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', A);
    const report = corpus.report();
    assert.equal(report.version, 1);
    assert.deepEqual(report.documents, [{ file: 'a.txt', title: 'Harbour Plan Wins Approval', published: null }]);
    const monday = report.dates.find((d) => d.text.includes('Monday'));
    assert.ok(monday, 'the weekday is a date mention');
    assert.equal(A.slice(monday.start, monday.end), monday.text);
    assert.ok(Array.isArray(report.claims));
  });

  it("reports how an undated document's day was inferred from its story, and nothing for a dated one", () => {
    const story = 'Harbor Council member Mara Quist said the Dunmore Bridge over Lake Vell would close on Monday.';
    const corpus = new Corpus();
    corpus.set('a.txt', `Bridge to close\n\nPublished 12 March 2026\n\n${story}\n`);
    corpus.set('b.txt', `Bridge shut\n\n${story}\n`);
    const [dated, undated] = corpus.report().documents;
    assert.deepEqual(dated, { file: 'a.txt', title: 'Bridge to close', published: '2026-03-12' });
    assert.equal(undated.published, '2026-03-12');
    assert.match(undated.publishedFrom ?? '', /^the corpus: another source on this story dated 2026-03-12/);
  });
});
