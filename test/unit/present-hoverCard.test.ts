import assert from 'node:assert/strict';
import { dateCard, entityCard, OPEN_MENTION, REVEAL_IN_CLAIMS, SHOW_ALL_MENTIONS } from '../../src/core/present/hoverCard';
import type { Claim } from '../../src/core/types';
import { commandLinks, corpusOf, date, doc, entity, hrefs, renderMarkdown } from './present-fixtures';

const label = (file: string) => `src/${file}`;

describe('present: entity hover card', () => {
  const a = doc('a.txt', 'Ana Ruiz spoke in Lisbon.\nLater Ruiz left.');
  const b = doc('b.txt', 'In Porto, Ana Ruiz met Ruiz fans.\nRuiz again.\nAnd Ruiz.\nRuiz, finally.');
  const c = doc('c.txt', 'Nothing about her, but Ruiz once.');
  const ruiz = entity('p1', 'Ana Ruiz', 'PERSON', [a, b, c], ['Ana Ruiz', 'Ruiz']);
  // Surface forms overlap ("Ruiz" inside "Ana Ruiz"): keep the longer mention.
  ruiz.mentions = ruiz.mentions.filter(
    (m) => !ruiz.mentions.some((o) => o !== m && o.file === m.file && o.start <= m.start && o.end >= m.end),
  );
  ruiz.roles = ['minister'];
  const claims: Claim[] = [
    { id: 'k1', topic: 't', statement: 'Ruiz *won* [x](command:evil)', status: 'single-source', sources: [], entities: ['p1'] },
    { id: 'k2', topic: 't', statement: 'Ruiz lost', status: 'conflict', sources: [], entities: ['p1'] },
  ];
  const corpus = corpusOf([a, b, c], [ruiz], claims);
  const here = ruiz.mentions.find((m) => m.file === 'a.txt')!;
  const html = renderMarkdown(entityCard(corpus, ruiz, 'a.txt', here, { label, perFile: 2 }));
  const links = commandLinks(html);

  it('names the entity, its type, roles, aliases and how often it is mentioned where', () => {
    assert.match(html, /<strong>Ana Ruiz<\/strong> — person/);
    assert.match(html, /minister/);
    assert.match(html, /Also:<\/em> Ruiz/);
    assert.match(html, new RegExp(`${ruiz.mentions.length} mentions in 3 sources`));
  });

  it('links mentions in the other files to the exact spans of their text', () => {
    const opened = links.filter((l) => l.command === OPEN_MENTION).map((l) => l.args);
    const files = new Set(opened.map((t) => t.file));
    assert.ok(files.has('b.txt') && files.has('c.txt'));
    for (const t of opened) {
      const text = [a, b, c].find((d) => d.file === t.file)!.text.slice(t.start, t.end);
      assert.ok(text === 'Ana Ruiz' || text === 'Ruiz', text);
    }
  });

  it('lists other sources before the hovered file and leaves out the hovered mention', () => {
    const order = [...html.matchAll(/<strong>src\/(\w)\.txt<\/strong>/g)].map((m) => m[1]);
    assert.deepEqual(order, ['b', 'c', 'a']);
    const opened = links.filter((l) => l.command === OPEN_MENTION).map((l) => l.args);
    assert.ok(!opened.some((t) => t.file === 'a.txt' && t.start === here.start));
  });

  it('shows the first few per file and links to all of them', () => {
    const inB = links.filter((l) => l.command === OPEN_MENTION && l.args.file === 'b.txt');
    assert.equal(inB.length, 2);
    const all = links.filter((l) => l.command === SHOW_ALL_MENTIONS);
    assert.ok(all.length >= 2, 'the summary link and the "more" link of b.txt');
    assert.deepEqual(all[0].args, { entityId: 'p1', file: 'a.txt', start: here.start });
  });

  it('caps the number of files, linking to the rest', () => {
    const capped = renderMarkdown(entityCard(corpus, ruiz, 'a.txt', here, { label, maxFiles: 1 }));
    assert.equal([...capped.matchAll(/<strong>src\//g)].length, 1);
    assert.match(capped, /2 more sources…<\/a>/);
  });

  it('lists its claims, conflicts first, linking to the Claims view, with their text inert', () => {
    const claimLinks = links.filter((l) => l.command === REVEAL_IN_CLAIMS).map((l) => l.args.claimId);
    assert.deepEqual(claimLinks, ['k2', 'k1']);
    assert.ok(!hrefs(html).some((h) => h.includes('evil')));
    assert.doesNotMatch(html, /<em>won<\/em>/);
  });

  it('renders names and snippets containing markdown as text', () => {
    const d = doc('d.txt', '[Evil](command:x) **Corp** <b>here</b> and [Evil](command:x) **Corp** again');
    const evil = entity('o1', '[Evil](command:x) **Corp**', 'ORG', [d]);
    const card = renderMarkdown(entityCard(corpusOf([d], [evil]), evil, 'd.txt', evil.mentions[0], { label }));
    assert.deepEqual(
      hrefs(card).filter((h) => !h.startsWith(`command:${OPEN_MENTION}?`) && !h.startsWith(`command:${SHOW_ALL_MENTIONS}?`)),
      [],
    );
    assert.doesNotMatch(card, /<b>/);
    assert.match(card, /\[Evil\]\(command:x\) \*\*Corp\*\*/);
  });
});

describe('present: date hover card', () => {
  const a = doc('a.txt', 'It happened on Monday in Lisbon.');
  const b = doc('b.txt', 'On 2025-07-28 the talks began. Monday was busy.');
  const c = doc('c.txt', 'A different day: Tuesday.');
  const monday = date(a, 'Monday', '2025-07-28', "Monday → 2025-07-28, from this article's date");
  date(b, '2025-07-28', '2025-07-28');
  date(b, 'Monday', '2025-07-28');
  date(c, 'Tuesday', '2025-07-29');
  const corpus = corpusOf([a, b, c], []);

  it('shows the value and how it was resolved', () => {
    const html = renderMarkdown(dateCard(corpus, monday, 'a.txt', { label }));
    assert.match(html, /<strong>Monday<\/strong> — date/);
    assert.match(html, /2025-07-28/);
    assert.match(html, /Monday → 2025-07-28, from this article/);
    // A clock time with the zone its text names.
    const t = doc('t.txt', 'It struck at 3:15 p.m. EST.');
    const zoned = { ...date(t, '3:15 p.m. EST', '2025-07-28T15:15'), zone: '-05:00' };
    assert.match(renderMarkdown(dateCard(corpus, zoned, 't.txt', { label })), /2025-07-28T15:15-05:00/);
  });

  it("links the other sources' mentions of the same value, and only those", () => {
    const links = commandLinks(renderMarkdown(dateCard(corpus, monday, 'a.txt', { label })));
    const opened = links.filter((l) => l.command === OPEN_MENTION).map((l) => l.args);
    assert.deepEqual(
      opened.map((t) => b.text.slice(t.start, t.end)),
      ['2025-07-28', 'Monday'],
    );
    assert.ok(opened.every((t) => t.file === 'b.txt'));
    assert.deepEqual(links.find((l) => l.command === SHOW_ALL_MENTIONS)?.args, { dateValue: '2025-07-28', file: 'a.txt', start: monday.start });
  });

  it('says so when the date is unresolved or nobody else mentions it', () => {
    const d = doc('d.txt', 'Some day soon.');
    const soon = date(d, 'Some day', null);
    assert.match(renderMarkdown(dateCard(corpusOf([d], []), soon, 'd.txt', { label })), /Not resolved/);
    const tuesday = c.dates[0];
    assert.match(renderMarkdown(dateCard(corpus, tuesday, 'c.txt', { label })), /No other source/);
  });
});
