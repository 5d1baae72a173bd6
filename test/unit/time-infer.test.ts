import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/nlp/pipeline';
import { findDates, findPublished, inferMissingDates } from '../../src/core/time';
import type { DocumentAnalysis, LocalMention } from '../../src/core/types';

/** A document analysis with the given names as its entity mentions (found in the text). */
function doc(file: string, text: string, published: string | null, names: string[]): DocumentAnalysis {
  const pipeline = runPipeline(text);
  const mentions: LocalMention[] = names.map((name) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    return { start, end: start + name.length, text: name, type: 'MISC', kind: 'NAME', roles: [], localKey: name };
  });
  return { file, text, title: file, published, ...pipeline, mentions, dates: findDates(text, pipeline, published) };
}

const STORY = ['Harbor Council', 'Mara Quist', 'Dunmore Bridge', 'Lake Vell'];

/** The date a document's own text gives it (its dateline), as the analysis finds it. */
function findPublishedOf(d: DocumentAnalysis): string | null {
  return findPublished(d.text, { tokens: d.tokens, sentences: d.sentences });
}
/** A sentence for each name, so a document mentions them all. */
const many = (names: string[]) => names.map((n) => `${n} spoke.`).join(' ');
const storyText = (extra: string) =>
  `Harbor Council backed Mara Quist's plan for the Dunmore Bridge over Lake Vell. ${extra}`;

describe('time: dates inferred from the corpus', () => {
  it('reads a header date with both numbers 12 or less day first when the story\'s other sources are dated so', () => {
    const header = (date: string) => `Issued on: ${date} - 13:05\n\n${storyText('The council voted on Monday.')}`;
    const afp = header('09/03/2026');
    const docs = [
      doc('a.txt', afp, findPublished(afp, runPipeline(afp)), STORY),
      doc('b.txt', storyText('Opponents walked out.'), '2026-03-09', STORY),
      doc('c.txt', storyText('The vote was close.'), '2026-03-10', STORY),
    ];
    assert.equal(docs[0].published, '2026-09-03T13:05', 'month first on its own');
    const a = inferMissingDates(docs).get('a.txt')!;
    assert.equal(a.published, '2026-03-09');
    assert.equal(a.dates.find((d) => d.text === 'on Monday')!.value, '2026-03-09');
    // A story dated near the month-first reading keeps it.
    const september = [docs[0], doc('b.txt', storyText('Opponents walked out.'), '2026-09-04', STORY)];
    assert.equal(inferMissingDates(september).has('a.txt'), false);
  });

  it('dates an undated report of a story from the dated reports of it, the latest day', () => {
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2024-10-16T09:00', STORY),
      doc('b.txt', storyText('Opponents walked out.'), '2024-10-17', STORY),
      doc('c.txt', storyText('The council voted on Monday.'), null, STORY),
    ];
    const inferred = inferMissingDates(docs);
    assert.deepEqual([...inferred.keys()], ['c.txt']);
    const c = inferred.get('c.txt')!;
    assert.equal(c.published, '2024-10-17');
    const monday = c.dates.find((d) => d.text === 'on Monday')!;
    assert.equal(monday.value, '2024-10-14');
    assert.match(monday.resolution!, /from the corpus: other sources on this story dated 2024-10-16 to 2024-10-17/);
  });

  it("dates an undated report by the latest day of its story, with a dated report sharing few of its names but many of a neighbour's", () => {
    const analysis = ['Ostra Tendon Survey', 'Kelby Labs', 'Ivo Brandt', 'Velna Grout', 'Pella Dock', 'Runa Vik', 'Sefton Tarn', 'Lodd Fell'];
    const vigil = ['Sadie Orr', 'Tom Vale', 'Kelm Abbey', 'Pell Park', 'Mira Holt', 'Kest Moor', 'Orrin Gate', 'Dale Wyn'];
    const report = (day: string) => doc('b.txt', storyText(`The vote was close. ${many(analysis)}`), day, [...STORY, ...analysis]);
    const docs = [
      doc('a.txt', storyText('Opponents walked out.'), '2024-10-15', STORY),
      report('2024-10-17'),
      doc('c.txt', storyText(`Mourners gathered. ${many(vigil)}`), null, [...STORY.slice(0, 3), ...vigil]),
    ];
    assert.equal(inferMissingDates(docs).get('c.txt')!.published, '2024-10-17');
    // … not where the neighbour lies too far from the report's own story.
    docs[1] = report('2024-10-25');
    assert.equal(inferMissingDates(docs).get('c.txt')!.published, '2024-10-15');
  });

  it("dates a wire dateline without its year on its own day, in the year of the story's dated reports", () => {
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2025-01-02', STORY),
      doc('c.txt', `OSLO, Dec. 31 (Reuters) - ${storyText('The council voted on Tuesday.')}`, null, STORY),
    ];
    const c = inferMissingDates(docs).get('c.txt')!;
    assert.equal(c.published, '2024-12-31');
    assert.equal(c.dates.find((d) => d.text === 'on Tuesday')!.value, '2024-12-31');
  });

  it("gives a wire dateline its year from a report of its story within a week of it, though others lie weeks away", () => {
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2024-09-20', STORY),
      doc('b.txt', storyText('Opponents walked out.'), '2024-10-17', STORY),
      doc('c.txt', `OSLO, Oct. 16 (Reuters) - ${storyText('The council voted on Tuesday.')}`, null, STORY),
    ];
    const c = inferMissingDates(docs).get('c.txt')!;
    assert.equal(c.published, '2024-10-16');
    assert.equal(c.dates.find((d) => d.text === 'on Tuesday')!.value, '2024-10-15');
  });

  it("corrects the guessed year of a wire dateline by the story's dated reports within a week of it", () => {
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2025-01-02', STORY),
      doc('c.txt', `OSLO, Dec. 31 (Reuters) - ${storyText('Emissions fell below 2010 levels.')}`, null, STORY),
    ];
    const guessed = findPublishedOf(docs[1]);
    assert.notEqual(guessed, null);
    assert.notEqual(guessed!.slice(0, 4), '2024', 'the story alone gives an older year');
    const corrected = inferMissingDates([docs[0], { ...docs[1], published: guessed }]).get('c.txt')!;
    assert.equal(corrected.published, '2024-12-31');
    // … though other reports of its story lie weeks away.
    const later = doc('b.txt', storyText('Opponents walked out.'), '2025-02-20', STORY);
    assert.equal(inferMissingDates([docs[0], later, { ...docs[1], published: guessed }]).get('c.txt')!.published, '2024-12-31');
  });

  it("corrects a wire dateline's guessed year by a report within a week of it that shares a few of its many names", () => {
    const ours = ['Ostra Yard', 'Velna Bay', 'Ivo Brandt', 'Kelmar Port', 'Tove Lind', 'Arne Sol', 'Hesk Mill', 'Brun Quay'];
    const theirs = ['Pella Dock', 'Runa Vik', 'Sefton Tarn', 'Lodd Fell', 'Mira Holt', 'Kest Moor', 'Orrin Gate', 'Dale Wyn'];
    const text = `OSLO, Dec. 31 (Reuters) - ${storyText(`Emissions fell below 2010 levels. ${many(ours)}`)}`;
    const wire = doc('w.txt', text, null, [...STORY.slice(0, 3), ...ours]);
    const guessed = { ...wire, published: findPublishedOf(wire) };
    assert.notEqual(guessed.published!.slice(0, 4), '2024', 'the wire alone gives an older year');
    const report = doc('a.txt', storyText(`The vote was close. ${many(theirs)}`), '2025-01-02', [...STORY.slice(0, 3), ...theirs]);
    assert.equal(inferMissingDates([report, guessed]).get('w.txt')!.published, '2024-12-31');
  });

  it('dates an undated report by the stated dates of its story, not by a guessed year', () => {
    const wire = doc('w.txt', `OSLO, Dec. 31 (Reuters) - ${storyText('Emissions fell below 2010 levels.')}`, null, STORY);
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2025-01-01', STORY),
      { ...wire, published: findPublishedOf(wire) },
      doc('c.txt', storyText('The council voted on Tuesday.'), null, STORY),
    ];
    assert.notEqual(docs[1].published!.slice(0, 4), '2024', 'the wire alone gives an older year');
    assert.equal(inferMissingDates(docs).get('c.txt')!.published, '2025-01-01');
  });

  it('dates an undated report that shares names only with a wire report by its year as corrected', () => {
    const other = ['Kelmar Port', 'Ivo Brandt', 'Ostra Yard', 'Velna Bay'];
    const otherText = 'Kelmar Port hired Ivo Brandt to run the Ostra Yard on Velna Bay.';
    const wire = doc('w.txt', `OSLO, Dec. 31 (Reuters) - ${storyText(`Emissions fell below 2010 levels. ${otherText}`)}`, null, [...STORY, ...other]);
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2025-01-01', STORY),
      { ...wire, published: findPublishedOf(wire) },
      doc('c.txt', `${otherText} The yard reopened.`, null, other),
    ];
    assert.notEqual(docs[1].published!.slice(0, 4), '2024', 'the wire alone gives an older year');
    const inferred = inferMissingDates(docs);
    assert.equal(inferred.get('w.txt')!.published, '2024-12-31');
    // (The latest day of the story the wire shares, which a guessed year would put too far from it.)
    assert.equal(inferred.get('c.txt')!.published, '2025-01-01');
  });

  it('reads a weekday by its tense within two days of the inferred date, and without tense as past', () => {
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2024-10-18', STORY),
      doc('c.txt', storyText('It met on Tuesday and will vote on Thursday. Talks are on Wednesday.'), null, STORY),
    ];
    const dates = inferMissingDates(docs).get('c.txt')!.dates;
    assert.equal(dates.find((d) => d.text === 'on Tuesday')!.value, '2024-10-15');
    assert.equal(dates.find((d) => d.text === 'on Thursday')!.value, '2024-10-17');
    assert.equal(dates.find((d) => d.text === 'on Wednesday')!.value, '2024-10-16');
    // A weekend told in the past is over by then: beside a Thursday's reports, the one before, not the coming one.
    const weekend = inferMissingDates([doc('a.txt', storyText('The vote was close.'), '2024-10-17', STORY), doc('c.txt', storyText('Crews rode out over the weekend.'), null, STORY)]);
    assert.equal(weekend.get('c.txt')!.dates.find((d) => d.text === 'over the weekend')!.value, '2024-W41-WE');
    // Dated sources of a Monday: "voted on Sunday" was the day before, not the Sunday ending that week.
    const monday = [
      doc('a.txt', storyText('The vote was close.'), '2024-10-14', STORY),
      doc('c.txt', storyText('It voted on Sunday. Police fired on Thursday. It will sit on Friday. Shells hit late Saturday.'), null, STORY),
    ];
    const after = inferMissingDates(monday).get('c.txt')!.dates;
    assert.deepEqual(['on Sunday', 'on Thursday', 'on Friday'].map((t) => after.find((d) => d.text === t)!.value), ['2024-10-13', '2024-10-10', '2024-10-18']);
    // "hit" says no tense: the Saturday before, not the one ending the week.
    assert.equal(after.find((d) => d.text === 'late Saturday')!.value, '2024-10-12');
  });

  it('dates a lone local report of a story that names many people and places of its own besides the story\'s', () => {
    const local = ['Ellis Varden', 'Corran Joinery', 'Tobin Marsh', 'Hethby', 'Ollerton Vale', 'Priya Sandhu', 'Wren Lane', 'Saltby', 'Gale Mills', 'Norrow'];
    const national = ['Aldo Brenner', 'Fen Institute', 'Castleford', 'Juno Okafor', 'Marrick Group', 'Staithe', 'Ida Holm', 'Tern Hall'];
    const said = (names: string[]) => ` ${names.join(', ')} all spoke.`;
    const docs = [
      doc('a.txt', storyText('The vote was close.') + said(national), '2024-10-16', [...STORY, ...national]),
      doc('c.txt', storyText('The council voted on Monday.') + said(local), null, [...STORY.slice(0, 3), ...local]),
    ];
    assert.equal(inferMissingDates(docs).get('c.txt')?.published, '2024-10-16');
    // Two undated reports of a story of their own, sharing a few names with a dated one: another event, maybe.
    const sibling = doc('d.txt', storyText('The council met again.') + said(local), null, [...STORY.slice(0, 3), ...local]);
    assert.equal(inferMissingDates([...docs, sibling]).size, 0);
  });

  it('does not date a document that shares too few names with the dated ones', () => {
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2024-10-16', STORY),
      doc('c.txt', 'Harbor Council met Tom Ruiz about the Eastgate Tunnel. It voted on Monday.', null, [
        'Harbor Council', 'Tom Ruiz', 'Eastgate Tunnel',
      ]),
    ];
    assert.equal(inferMissingDates(docs).size, 0);
  });

  it('does not date a document when the dated reports are far apart', () => {
    const docs = [
      doc('a.txt', storyText('The vote was close.'), '2024-10-01', STORY),
      doc('b.txt', storyText('Opponents walked out.'), '2024-10-17', STORY),
      doc('c.txt', storyText('The council voted on Monday.'), null, STORY),
    ];
    assert.equal(inferMissingDates(docs).size, 0);
  });

  it('infers nothing when no document has a date', () => {
    const docs = [doc('a.txt', storyText('One.'), null, STORY), doc('b.txt', storyText('Two.'), null, STORY)];
    assert.equal(inferMissingDates(docs).size, 0);
  });
});
