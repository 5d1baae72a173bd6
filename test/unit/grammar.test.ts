// The Source Text TextMate grammar, tokenized with the same engine VS Code uses (vscode-textmate + Oniguruma).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { isBoilerplateLine } from '../../src/core/text/boilerplate';

const GRAMMAR_PATH = path.join(__dirname, '../../syntaxes/sourcetext.tmLanguage.json');
const SCOPE = 'text.sourcetext';
const HEADING = 'markup.heading.sourcetext';
const DATE = 'constant.other.date.sourcetext';
const DOUBLE = 'string.quoted.double.sourcetext';
const SINGLE = 'string.quoted.single.sourcetext';
const LIST = 'markup.list.unnumbered.sourcetext';
const LIST_MARK = 'punctuation.definition.list.begin.sourcetext';
const BOILERPLATE = 'comment.line.boilerplate.sourcetext';

let grammarPromise: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === SCOPE ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar(SCOPE);
    if (!grammar) throw new Error(`grammar ${SCOPE} not found`);
    return grammar;
  })();
  return grammarPromise;
}

/** One line's tokens; `scopesOf` gives the scopes (root excluded) over a piece of the line, and fails unless one token covers it. */
class Line {
  constructor(readonly text: string, private readonly tokens: textmate.IToken[]) {}

  scopesOf(piece: string): string[] {
    const start = this.text.indexOf(piece);
    assert.ok(start >= 0, `"${piece}" is not in "${this.text}"`);
    const end = start + piece.length;
    const covering = this.tokens.filter((t) => t.startIndex < end && t.endIndex > start);
    const names = covering.map((t) => t.scopes.slice(1).join(' '));
    assert.ok(new Set(names).size === 1, `"${piece}" spans differently scoped tokens: ${JSON.stringify(names)}`);
    return covering[0].scopes.slice(1);
  }

  /** Every scope that occurs anywhere on the line. */
  allScopes(): string[] {
    return [...new Set(this.tokens.flatMap((t) => t.scopes.slice(1)))];
  }
}

async function tokenize(text: string): Promise<Line[]> {
  const grammar = await loadGrammar();
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return new Line(line, result.tokens);
  });
}

/** Tokenizes `body` below a headline, so that no line of it is taken for the headline. */
async function tokenizeBody(body: string): Promise<Line[]> {
  return (await tokenize(`Harbour Authority Opens New Ferry Terminal\n\n${body}`)).slice(2);
}

function has(scopes: string[], scope: string): boolean {
  return scopes.includes(scope);
}

describe('Source Text grammar', () => {
  describe('headline', () => {
    it('scopes the first line as the headline, and no later line', async () => {
      const lines = await tokenize('Harbour Authority Opens New Ferry Terminal\n\nThe terminal opened on Monday.\nSecond Title Case Line Here');
      assert.deepEqual(lines[0].scopesOf('Harbour Authority Opens New Ferry Terminal'), [HEADING, 'entity.name.section.sourcetext']);
      assert.ok(!has(lines[2].allScopes(), HEADING));
      assert.ok(!has(lines[3].allScopes(), HEADING));
    });

    it('skips leading blank, dateline and boilerplate lines to find the headline', async () => {
      const lines = await tokenize('\n  \nRSS News Feed\nMarch 3, 2024\n\nCouncil Votes to Keep the Old Library\nBody text follows.');
      assert.ok(has(lines[2].scopesOf('RSS News Feed'), BOILERPLATE));
      assert.ok(has(lines[3].scopesOf('March 3, 2024'), DATE));
      assert.ok(has(lines[5].scopesOf('Council Votes to Keep the Old Library'), HEADING));
      assert.deepEqual(lines[6].allScopes(), [], 'the line after the headline is body text');
    });

    it('scopes quotations inside the headline', async () => {
      const [line] = await tokenize('Mayor says “no more delays” on bridge');
      const scopes = line.scopesOf('no more delays');
      assert.ok(has(scopes, HEADING) && has(scopes, DOUBLE));
    });
  });

  describe('datelines', () => {
    const datelines = [
      'Aug 1, 2025, 2:40 PM',
      'Aug 1, 2025, 2:40\u202fPM',
      'August 1, 2025',
      '2025-08-01',
      '2025-08-01T14:40',
      'Friday, 3 March 2024',
      'Sept. 9, 2024 at 9:15 a.m. EDT',
      'Published: Mar. 3, 2024 14:05 GMT',
      '  Updated on 03/09/2024  ',
    ];
    for (const dateline of datelines) {
      it(`scopes the dateline "${dateline}"`, async () => {
        const [line] = await tokenizeBody(dateline);
        assert.ok(has(line.scopesOf(dateline.trim().replace(/^(Published:|Updated on) /, '')), DATE));
        assert.ok(has(line.allScopes(), 'meta.dateline.sourcetext'));
      });
    }

    it('leaves a date inside a sentence alone', async () => {
      const [line] = await tokenizeBody('The vote on March 3, 2024 was close.');
      assert.deepEqual(line.allScopes(), []);
    });
  });

  describe('quotations', () => {
    it('scopes straight double quotes', async () => {
      const [line] = await tokenizeBody('The mayor said "we will rebuild" on Monday.');
      assert.ok(has(line.scopesOf('we will rebuild'), DOUBLE));
      assert.ok(has(line.scopesOf('"'), 'punctuation.definition.string.begin.sourcetext'));
      assert.deepEqual(line.scopesOf('on Monday.'), []);
    });

    it('scopes curly double quotes, with single quotes nested in them', async () => {
      const [line] = await tokenizeBody('She said: “They called it ‘a disgrace’ yesterday.” Then she left.');
      assert.ok(has(line.scopesOf('They called it'), DOUBLE));
      const nested = line.scopesOf('a disgrace');
      assert.ok(has(nested, DOUBLE) && has(nested, SINGLE));
      assert.ok(has(line.scopesOf(' yesterday.'), DOUBLE));
      assert.deepEqual(line.scopesOf('Then she left.'), []);
    });

    it('does not end a single-quoted quotation at an apostrophe', async () => {
      const [line] = await tokenizeBody('It was the ‘mayor’s own plan’ after all, and it’s done.');
      assert.ok(has(line.scopesOf('mayor’s own plan'), SINGLE));
      assert.deepEqual(line.scopesOf(' after all, and it’s done.'), []);
    });

    it('runs an unclosed quotation to the end of its line only', async () => {
      const lines = await tokenizeBody('“We are not finished, the work goes on\nA reporter asked about costs.');
      assert.ok(has(lines[0].scopesOf('the work goes on'), DOUBLE));
      assert.deepEqual(lines[1].allScopes(), []);
    });
  });

  describe('bullets', () => {
    for (const marker of ['•', '-', '*', '–']) {
      it(`scopes a line that starts with "${marker}"`, async () => {
        const [line] = await tokenizeBody(`  ${marker} Fares will rise by 5% in June.`);
        assert.ok(has(line.scopesOf(marker), LIST_MARK));
        assert.ok(has(line.scopesOf('Fares will rise by 5% in June.'), LIST));
      });
    }

    it('scopes quotations within a bullet line', async () => {
      const [line] = await tokenizeBody('• Officials called it “a fair deal”.');
      const scopes = line.scopesOf('a fair deal');
      assert.ok(has(scopes, LIST) && has(scopes, DOUBLE));
    });

    it('does not take a leading minus sign for a bullet', async () => {
      const [line] = await tokenizeBody('-5 degrees was the low overnight.');
      assert.deepEqual(line.allScopes(), []);
    });
  });

  describe('boilerplate', () => {
    const boilerplate = [
      'Source link',
      'READ MORE:',
      'Tags:',
      'Related Articles',
      'Share this article',
      'Advertisement',
      'Comments',
      'Leave a Comment',
      'Leave a Reply',
      'Scroll to Top',
      'RSS News Feed',
      "You've reached the end",
      'Your email address will not be published. Required fields are marked *',
      'Subscribe to our newsletter',
      'Click here to read the full report',
      'Skip to content',
      'Skip to main content',
      'Back to top',
      'Follow us on social media',
      'Print this article',
      'Copyright 2024 Harbour Daily',
      '© 2024 Harbour Daily',
      'All rights reserved.',
      'Photo: City archive',
      'Image credit: Harbour Authority',
    ];
    const prose = [
      'Share prices rose sharply after the announcement.',
      'Tags on the luggage were checked twice.',
      'Readers who scroll to the bottom will find the data.',
      'The story broke late on Friday.',
    ];

    for (const text of boilerplate) {
      it(`dims "${text}"`, async () => {
        const [line] = await tokenizeBody(text);
        assert.deepEqual(line.scopesOf(text), [BOILERPLATE]);
      });
    }

    it('agrees with the core boilerplate detector line by line', async () => {
      for (const text of [...boilerplate, ...prose]) {
        const [line] = await tokenizeBody(text);
        const dimmed = has(line.allScopes(), BOILERPLATE);
        assert.equal(dimmed, isBoilerplateLine(text), `grammar and isBoilerplateLine disagree on "${text}"`);
      }
    });

    it('leaves prose that starts like boilerplate alone', async () => {
      for (const text of prose) {
        const [line] = await tokenizeBody(text);
        assert.deepEqual(line.allScopes(), [], text);
      }
    });
  });

  it('gives an ordinary body sentence no scope beyond the language', async () => {
    const [line] = await tokenizeBody('The ferry service will resume in April, officials said on Tuesday.');
    assert.deepEqual(line.allScopes(), []);
  });
});
