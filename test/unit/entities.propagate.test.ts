import assert from 'node:assert/strict';
import { propagate, withEdgeWordOfName } from '../../src/core/entities/propagate';
import { runPipeline } from '../../src/core/nlp/pipeline';

/** The names `propagate` adds when the tagger found only `first` (a phrase) once. */
function added(text: string, first: string, label: 'LOC' | 'ORG' | 'PER'): string[] {
  const { tokens, sentences } = runPipeline(text);
  const words = first.split(' ');
  const start = tokens.findIndex((_t, i) => words.every((w, k) => tokens[i + k]?.text === w));
  const found = [{ start, end: start + words.length, label, roles: [] }];
  return propagate(tokens, sentences, found).map((c) => tokens.slice(c.start, c.end).map((t) => t.text).join(' '));
}

/** What `withEdgeWordOfName` makes of the tagger's names, each given as a phrase, which occurrence of it, and its label. */
function edged(text: string, names: readonly (readonly [phrase: string, nth: number, label: 'LOC' | 'ORG' | 'PER'])[]): [string, string][] {
  const { tokens } = runPipeline(text);
  const found = names.map(([phrase, nth, label]) => {
    const words = phrase.split(' ');
    const start = tokens.map((_t, i) => i).filter((i) => words.every((w, k) => tokens[i + k]?.text === w))[nth];
    return { start, end: start + words.length, label, roles: [] };
  });
  withEdgeWordOfName(tokens, found);
  return found.map((c) => [tokens.slice(c.start, c.end).map((t) => t.text).join(' '), c.label]);
}

describe('propagate', () => {
  it('finds a tagged name again where the tagger missed it', () => {
    assert.deepEqual(added('Zentro opened a plant. Later Zentro hired staff.', 'Zentro', 'ORG'), ['Zentro']);
  });

  it("finds a person's surname alone, even an English word, but not beside other capitals or opening a sentence before a noun but its possessive", () => {
    const text = 'Coach Ana Fields spoke. "We won," Fields said. Fields added more. Fields prices rose. Ivo Fields Brandt came. Fields\' office agreed.';
    assert.deepEqual(added(text, 'Ana Fields', 'PER'), ['Fields', 'Fields', 'Fields']);
  });

  it('finds no name hyphened to another capitalized word, but one before "-based"', () => {
    const text = 'Rain hit Ostria. Forecaster Meteo-Ostria warned, a plane left Ostria-Korvo, and Ostria-based crews waited. Ostria-US talks and Ostria-Kelmar ties resumed.';
    assert.deepEqual(added(text, 'Ostria', 'LOC'), ['Ostria', 'Ostria'], 'a name beside another name ("Ostria-US") or a listed place is one');
  });

  it("finds no person's surname hyphened to another name (\"Sorensen-Hale Funeral Home\")", () => {
    assert.deepEqual(added('Ana Sorensen sang. Hale spoke at the Sorensen-Hale Funeral Home.', 'Ana Sorensen', 'PER'), []);
  });

  it('takes no surname from a "person" whose name makes it a law, award or event', () => {
    assert.deepEqual(added('MPs rejected the Kelmar Finance Bill. Many voted against the Bill.', 'Kelmar Finance Bill', 'PER'), []);
  });

  it('does not spread a demonym to its adjective uses', () => {
    const text = 'Kelmar said the Chilean Orange Movement won. Chilean officials and Chilean President Ana Ruiz agreed.';
    assert.deepEqual(added(text, 'Chilean', 'LOC'), []);
  });

  it('takes back the opening word the tagger cut from a name that another name of the document opens with', () => {
    const text = 'Kelmar agreed to buy First Ostrava Savings Bank. First Ostrava was advised by Ivo Lind. First Ivo Lind spoke.';
    assert.deepEqual(edged(text, [['First Ostrava Savings Bank', 0, 'ORG'], ['Ostrava', 1, 'PER'], ['Ivo Lind', 1, 'PER']]), [
      ['First Ostrava Savings Bank', 'ORG'],
      ['First Ostrava', 'ORG'],
      ['Ivo Lind', 'PER'],
    ]);
  });

  it('takes back the opening word of a name the document writes whole elsewhere, but never an article', () => {
    const text = 'The Kelby Post\nSavers queued at Hope Tarrow Bank. Hope Tarrow Bank said it would reopen, The Kelby Post learned.';
    const names = [['The Kelby Post', 0, 'ORG'], ['Hope Tarrow Bank', 0, 'ORG'], ['Tarrow Bank', 1, 'ORG'], ['Kelby Post', 1, 'ORG']] as const;
    assert.deepEqual(edged(text, names).slice(1).map(([name]) => name), ['Hope Tarrow Bank', 'Hope Tarrow Bank', 'Kelby Post']);
  });

  it("takes back a sentence's opening word, however uncommon, where the document writes the name whole inside a sentence", () => {
    const text = 'Global Kelmar Ostrava said so. A note from Global Kelmar Ostrava followed. Kelmar Ostrava agreed.';
    assert.deepEqual(edged(text, [['Kelmar Ostrava', 0, 'ORG'], ['Global Kelmar Ostrava', 1, 'ORG'], ['Kelmar Ostrava', 2, 'ORG']]).map(([name]) => name), [
      'Global Kelmar Ostrava', 'Global Kelmar Ostrava', 'Kelmar Ostrava',
    ]);
    // (Not a word another name holds: "Tarrow" of "[Tarrow] [Kelmar Ostrava]" stays its own.)
    const apart = 'Tarrow Kelmar Ostrava met. The Tarrow Kelmar Ostrava board left.';
    assert.deepEqual(edged(apart, [['Tarrow', 0, 'LOC'], ['Kelmar Ostrava', 0, 'ORG'], ['Tarrow Kelmar Ostrava', 1, 'ORG']]).map(([name]) => name), ['Tarrow', 'Kelmar Ostrava', 'Tarrow Kelmar Ostrava']);
  });

  it("takes back the closing word of a name the document writes whole elsewhere, only to that name's length", () => {
    const text = 'Climbers reached Varn Peak. Varn Peak, first climbed in 1960, is steep. Tolla Point residents met the Tolla Point Action Group.';
    assert.deepEqual(edged(text, [['Varn Peak', 0, 'LOC'], ['Varn', 1, 'PER'], ['Tolla', 0, 'LOC'], ['Tolla Point Action Group', 0, 'ORG']]), [
      ['Varn Peak', 'LOC'], ['Varn Peak', 'LOC'], ['Tolla', 'LOC'], ['Tolla Point Action Group', 'ORG'],
    ]);
    // … a word no list has as common too: an outlet's kind after its letters in a byline.
    const byline = 'Ana Lind · KRV News · Posted: May 2\n\nThe firm told KRV News it would not comment.';
    assert.deepEqual(edged(byline, [['Ana Lind', 0, 'PER'], ['KRV', 0, 'ORG'], ['KRV News', 1, 'ORG']]).map(([name]) => name), ['Ana Lind', 'KRV News', 'KRV News']);
  });

  it('finds an outlet named in capitals again in mixed case, and a station without its kind after its number', () => {
    assert.deepEqual(added('KELBY POST\n\nRecords reviewed by Kelby Post show delays.', 'KELBY POST', 'ORG'), ['Kelby Post']);
    assert.deepEqual(added('KTRX 5 News | Tulsa\n\nKTRX 5 spoke with parents.', 'KTRX 5 News', 'ORG'), ['KTRX 5']);
  });
});
