import assert from 'node:assert/strict';
import { BodyText, isCapitalized } from '../../src/core/entities/headings';
import { runPipeline } from '../../src/core/nlp/pipeline';

/** The body of `text`, every sentence counted as body (none capitalized). */
function bodyOf(text: string): BodyText {
  const { sentences } = runPipeline(text);
  return new BodyText(text, sentences, sentences.map(() => false));
}

describe('headline names checked against the body', () => {
  it('finds a name only as whole words, case-sensitively', () => {
    const body = bodyOf('Berg thanked the Bergen crew. Officials met at Port Vale.');
    assert.equal(body.mentions('Berg'), true);
    assert.equal(body.mentions('Port Vale'), true);
    assert.equal(body.mentions('Bergen crew'), true);
    assert.equal(body.mentions('Vale.'), true);
    assert.equal(body.mentions('berg'), false);
    assert.equal(body.mentions('Vale Officials'), false);
    assert.equal(body.mentions('Ber'), false);
  });

  it("finds a word alone, not as a longer name's later word, where asked to", () => {
    const body = bodyOf('Halvmoor Creamery Inc. will open shops. Halvmoor said so.');
    assert.equal(body.mentions('Creamery'), true);
    assert.equal(body.mentions('Creamery', true), false);
    assert.equal(body.mentions('Halvmoor', true), true);
  });

  it('finds a name shouted in capitals in any case, but not a short acronym-like word', () => {
    const body = bodyOf('Police arrested Ana Ruiz in Lisbon. Tell us more.');
    assert.equal(body.mentions('ANA RUIZ'), true);
    assert.equal(body.mentions('LISBON'), true);
    assert.equal(body.mentions('US'), false);
    assert.equal(body.mentions('ANA RUIZA'), false);
  });

  it("finds an organization's name written as its initials, but no other kind of name", () => {
    const body = bodyOf('BERLIN (KNA) — The Ostmark Bank said so.');
    assert.equal(body.abbreviates({ label: 'ORG' }, 'Kelmar News Agency'), true);
    assert.equal(body.abbreviates({ label: 'PER' }, 'Kurt Nils Aalto'), false);
    assert.equal(body.abbreviates({ label: 'ORG' }, 'Kelmar Press'), false);
  });

  it('treats accented and non-Latin letters and digits as part of a word', () => {
    const body = bodyOf('Zoë Berg met Åsa in Växjö. Team A7 won; Köln 2 lost.');
    assert.equal(body.mentions('Zoë'), true);
    assert.equal(body.mentions('Zo'), false);
    assert.equal(body.mentions('sa'), false);
    assert.equal(body.mentions('Växjö'), true);
    assert.equal(body.mentions('A'), false);
    assert.equal(body.mentions('Köln'), true);
  });

  it('reads letters outside the Basic Multilingual Plane whole', () => {
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter written as a surrogate pair.
    const body = bodyOf('The 𝐀Corp unit and 😀Corp fans met.');
    assert.equal(body.mentions('Corp'), true, 'an emoji is no letter, so "Corp" stands alone after it');
    assert.equal(body.mentions('𝐀Corp'), true);
  });

  it('ignores sentences flagged as capitalized', () => {
    const text = 'Berg Wins Port Vote\n\nThe vote went on.';
    const { sentences } = runPipeline(text);
    const body = new BodyText(text, sentences, sentences.map((_, i) => i === 0));
    assert.equal(body.mentions('Berg'), false);
    assert.equal(body.mentions('vote'), true);
  });
});

describe('capitalized lines', () => {
  const capitalizedLines = (text: string) => {
    const { sentences } = runPipeline(text);
    return sentences.filter((s) => isCapitalized(text, s)).map((s) => text.slice(s.start, s.end));
  };

  it('reads a Title Case headline as capitalized but a byline as names', () => {
    const text = 'Council Approves Harbour Plan\nBy Maria Okafor, Reuters\n\nThe council approved the plan on Monday.\n';
    assert.deepEqual(capitalizedLines(text), ['Council Approves Harbour Plan']);
  });
});
