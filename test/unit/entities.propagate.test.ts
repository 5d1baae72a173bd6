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
    const { tokens } = runPipeline(text);
    const at = (phrase: string, from = 0) => tokens.findIndex((_t, i) => i >= from && phrase.split(' ').every((w, k) => tokens[i + k]?.text === w));
    const bank = at('First Ostrava Savings Bank');
    const ostrava = at('Ostrava', bank + 2);
    const lind = at('Ivo Lind', at('First Ivo'));
    const found = [
      { start: bank, end: bank + 4, label: 'ORG' as const, roles: [] },
      { start: ostrava, end: ostrava + 1, label: 'PER' as const, roles: [] },
      { start: lind, end: lind + 2, label: 'PER' as const, roles: [] },
    ];
    withEdgeWordOfName(tokens, found);
    assert.deepEqual(found.map((c) => [tokens.slice(c.start, c.end).map((t) => t.text).join(' '), c.label]), [
      ['First Ostrava Savings Bank', 'ORG'],
      ['First Ostrava', 'ORG'],
      ['Ivo Lind', 'PER'],
    ]);
  });

  it('takes back the opening word of a name the document writes whole elsewhere, but never an article', () => {
    const text = 'The Kelby Post\nSavers queued at Hope Tarrow Bank. Hope Tarrow Bank said it would reopen, The Kelby Post learned.';
    const { tokens } = runPipeline(text);
    const at = (phrase: string, from = 0) => tokens.findIndex((_t, i) => i >= from && phrase.split(' ').every((w, k) => tokens[i + k]?.text === w));
    const bank = at('Hope Tarrow Bank');
    const again = at('Tarrow Bank', bank + 3);
    const post = at('Kelby Post', again);
    const found = [
      { start: 0, end: 3, label: 'ORG' as const, roles: [] },
      { start: bank, end: bank + 3, label: 'ORG' as const, roles: [] },
      { start: again, end: again + 2, label: 'ORG' as const, roles: [] },
      { start: post, end: post + 2, label: 'ORG' as const, roles: [] },
    ];
    withEdgeWordOfName(tokens, found);
    assert.deepEqual(found.slice(1).map((c) => tokens.slice(c.start, c.end).map((t) => t.text).join(' ')), ['Hope Tarrow Bank', 'Hope Tarrow Bank', 'Kelby Post']);
  });

  it('takes back the closing word of a name the document writes whole elsewhere, only to that name\'s length', () => {
    const text = 'Climbers reached Varn Peak. Varn Peak, first climbed in 1960, is steep. Tolla Point residents met the Tolla Point Action Group.';
    const { tokens } = runPipeline(text);
    const at = (phrase: string, from = 0) => tokens.findIndex((_t, i) => i >= from && phrase.split(' ').every((w, k) => tokens[i + k]?.text === w));
    const peak = at('Varn Peak');
    const again = at('Varn Peak', peak + 2);
    const tolla = at('Tolla Point residents');
    const group = at('Tolla Point Action Group');
    const found = [
      { start: peak, end: peak + 2, label: 'LOC' as const, roles: [] },
      { start: again, end: again + 1, label: 'PER' as const, roles: [] },
      { start: tolla, end: tolla + 1, label: 'LOC' as const, roles: [] },
      { start: group, end: group + 4, label: 'ORG' as const, roles: [] },
    ];
    withEdgeWordOfName(tokens, found);
    assert.deepEqual(found.map((c) => [tokens.slice(c.start, c.end).map((t) => t.text).join(' '), c.label]), [
      ['Varn Peak', 'LOC'], ['Varn Peak', 'LOC'], ['Tolla', 'LOC'], ['Tolla Point Action Group', 'ORG'],
    ]);
  });

  it('finds an outlet named in capitals again in mixed case, and a station without its kind after its number', () => {
    assert.deepEqual(added('KELBY POST\n\nRecords reviewed by Kelby Post show delays.', 'KELBY POST', 'ORG'), ['Kelby Post']);
    assert.deepEqual(added('KTRX 5 News | Tulsa\n\nKTRX 5 spoke with parents.', 'KTRX 5 News', 'ORG'), ['KTRX 5']);
  });
});
