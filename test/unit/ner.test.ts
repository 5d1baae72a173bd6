import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { loadNerModel, type NerSpan } from '../../src/core/ner/tagger';
import { joinKnownPlaces, joinOrganizationOf, joinPlaceToOrganization, splitKnownPlaces, tagsToSpans } from '../../src/core/ner/labels';
import { deflateRawSync } from 'zlib';
import { classAt, readClusters, readVocabulary, UNKNOWN_CLUSTER, type ClusterFile } from '../../src/core/ner/clusters';
import { Gazetteer, normalizeName } from '../../src/core/ner/gazetteer';
import { DocumentHistory } from '../../src/core/ner/history';
import shippedClusters from '../../models/clusters.json';
import shippedGazetteer from '../../models/gazetteer.json';
import { buildGazetteer } from '../../scripts/train/gazetteer';
import shippedPriors from '../../models/typePriors.json';
import { NO_PRIOR, PRIOR_CONFIDENCE, PRIOR_TYPES, priorCode, readTypePriors, type TypePriorFile } from '../../src/core/ner/typePriors';
import type { ItemSentence } from 'wink-nlp';
import { wink } from '../../src/core/nlp/wink';

/** Tags `text` the way the engine does: wink tokens and POS of each sentence. */
function entities(text: string): string[] {
  const nlp = wink();
  const out: string[] = [];
  nlp.readDoc(text).sentences().each((s: ItemSentence) => {
    const tokens = s.tokens().out() as string[];
    const spans: NerSpan[] = loadNerModel().tagSentence(tokens, s.tokens().out(nlp.its.pos) as string[]);
    for (const span of spans) out.push(`${tokens.slice(span.start, span.end).join(' ')}/${span.label}`);
  });
  return out;
}

describe('NER tagger', () => {
  it('loads the shipped model, JSON included, in under a second', () => {
    // A fresh process, because this one may already hold the model. wink is loaded first: the
    // engine always has it, and its own load time is not the model's.
    const script =
      `require('./src/core/nlp/wink').wink(); const t = performance.now(); ` +
      `require('./src/core/ner/tagger').loadNerModel(); console.log(performance.now() - t);`;
    const ms = Number(execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8' }));
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('finds people, organizations and places in news prose', () => {
    const found = entities('Maria Lopez met officials of UNICEF in Lisbon on Tuesday.');
    assert.deepStrictEqual(found, ['Maria Lopez/PER', 'UNICEF/ORG', 'Lisbon/LOC']);
  });

  it('completes a body named by a plural head word with its "for" part', () => {
    const found = entities('A trial run by the US Centers for Disease Control and Prevention ended.');
    assert.deepStrictEqual(found, ['US Centers for Disease Control and Prevention/ORG']);
  });

  it('does not read a Title Case headline as a string of names', () => {
    const found = entities('Ministry Warns Farmers About Rising Fertilizer Prices Amid Drought Concerns');
    for (const word of ['Warns', 'Rising', 'Prices', 'Concerns', 'Drought']) {
      assert.ok(!found.some((e) => e.includes(word)), `unexpected entity in ${found.join(', ')}`);
    }
  });

  it('computes POS itself when the caller gives none', () => {
    const spans = loadNerModel().tagSentence(['Angela', 'Merkel', 'visited', 'Paris', '.']);
    assert.deepStrictEqual(spans, [
      { start: 0, end: 2, label: 'PER' },
      { start: 3, end: 4, label: 'LOC' },
    ]);
  });

  it('tags a name before a curly possessive as it does before a straight one', () => {
    const straight = entities("Maria Okonkwo's plan was approved by the council on Monday.");
    assert.ok(straight.includes('Maria Okonkwo/PER'), straight.join(', '));
    assert.deepEqual(entities('Maria Okonkwo’s plan was approved by the council on Monday.'), straight);
  });

  it('returns nothing for an empty sentence', () => {
    assert.deepStrictEqual(loadNerModel().tagSentence([]), []);
  });

  it('tags a bare surname after the full name was introduced earlier in the document', () => {
    const sentences = ['Striker Ana Okafor scored twice on Sunday .', 'Okafor celebrated with the fans .'].map((s) => ({ tokens: s.split(' ') }));
    const [first, second] = loadNerModel().tagDocument(sentences);
    assert.deepStrictEqual(first, [{ start: 1, end: 3, label: 'PER' }]);
    assert.deepStrictEqual(second, [{ start: 0, end: 1, label: 'PER' }]);
  });

  it('tags each document on its own: an earlier document lends nothing', () => {
    const model = loadNerModel();
    model.tagDocument([{ tokens: 'Striker Ana Okafor scored twice on Sunday .'.split(' ') }]);
    const alone = model.tagDocument([{ tokens: 'Okafor celebrated with the fans .'.split(' ') }]);
    assert.deepStrictEqual(alone, [model.tagSentence('Okafor celebrated with the fans .'.split(' '))]);
  });
});

describe('DocumentHistory', () => {
  // Tags: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
  it('knows nothing of a word it has not seen capitalized', () => {
    const history = new DocumentHistory();
    history.record(['berg', 'said'], [true, false], [1, 0]);
    assert.strictEqual(history.label('said'), 0);
    assert.strictEqual(history.label('lisbon'), 0);
  });

  it('gives the majority type of a word, marking disagreement', () => {
    const history = new DocumentHistory();
    history.record(['jordan'], [true], [5]);
    assert.strictEqual(history.label('jordan'), 1 + 3, 'LOC only');
    history.record(['jordan', 'jordan'], [true, true], [1, 5]);
    assert.strictEqual(history.label('jordan'), 1 + 3 + 8, 'mostly LOC, once PER');
    history.record(['the'], [true], [0]);
    assert.strictEqual(history.label('the'), 1, 'capitalized but untagged');
  });
});

describe('word classes', () => {
  it('reads the packed file and its class prefixes', () => {
    const ids = Uint16Array.from([0x123, 0xfff]);
    const file: ClusterFile = {
      version: 1,
      source: 'test',
      words: deflateRawSync('alpha\nbeta').toString('base64'),
      ids: deflateRawSync(Buffer.from(ids.buffer)).toString('base64'),
    };
    const classes = readClusters(file);
    assert.strictEqual(classes.get('alpha'), 0x123);
    assert.deepStrictEqual([1, 2, 3].map((level) => classAt(classes.get('alpha')!, level)), [0x1, 0x12, 0x123]);
    assert.strictEqual(classAt(UNKNOWN_CLUSTER, 1), -1);
  });

  it('ships classes that group words used alike', () => {
    const classes = readClusters(shippedClusters as ClusterFile);
    assert.ok(classes.size >= 100_000, `${classes.size} words`);
    const same = (a: string, b: string) => classes.get(a) === classes.get(b);
    assert.ok(same('monday', 'friday'), 'weekdays');
    assert.ok(!same('monday', 'paris'), 'a weekday and a city');
  });
});

describe('type priors', () => {
  it('reads one code per word of the word-class file, and codes type and confidence', () => {
    const vocabulary: ClusterFile = { version: 1, source: 'test', words: deflateRawSync('alpha\nbeta').toString('base64'), ids: '' };
    const org = PRIOR_TYPES.indexOf('ORG');
    const file: TypePriorFile = { version: 1, codes: deflateRawSync(Buffer.from([priorCode(org, 0.9), NO_PRIOR])).toString('base64') };
    const priors = readTypePriors(file, readVocabulary(vocabulary));
    assert.strictEqual(priors.get('alpha'), priorCode(org, 0.75));
    assert.notStrictEqual(priorCode(org, 0.9), priorCode(org, 0.55));
    assert.notStrictEqual(priorCode(org, 0.9), priorCode(PRIOR_TYPES.indexOf('PER'), 0.9));
    assert.strictEqual(priors.get('beta'), NO_PRIOR);
    const short: TypePriorFile = { version: 1, codes: deflateRawSync(Buffer.from([1])).toString('base64') };
    assert.throws(() => readTypePriors(short, readVocabulary(vocabulary)), /differ in length/);
  });

  it('ships priors that tell companies, people and places apart by their neighbours', () => {
    const priors = readTypePriors(shippedPriors as TypePriorFile, readVocabulary(shippedClusters as ClusterFile));
    const type = (word: string) => PRIOR_TYPES[Math.floor((priors.get(word)! - 1) / (PRIOR_CONFIDENCE.length + 1))];
    assert.deepStrictEqual(['nissan', 'harris', 'solihull'].map(type), ['ORG', 'PER', 'LOC']);
  });
});

describe('joinKnownPlaces', () => {
  it('joins adjacent spans that together spell a listed place', () => {
    const words = ['from', 'costa', 'rica', 'and', 'peru'];
    const isPlace = (start: number, end: number) => ['costa rica', 'peru'].includes(words.slice(start, end).join(' '));
    const spans: NerSpan[] = [
      { start: 1, end: 2, label: 'LOC' },
      { start: 2, end: 3, label: 'PER' },
      { start: 4, end: 5, label: 'LOC' },
    ];
    assert.deepStrictEqual(joinKnownPlaces(spans, isPlace), [
      { start: 1, end: 3, label: 'LOC' },
      { start: 4, end: 5, label: 'LOC' },
    ]);
    assert.deepStrictEqual(joinKnownPlaces([spans[1], spans[2]], isPlace), [spans[1], spans[2]], '"rica and peru" is no place');
    const state = ['in', 'rio', 'grande', 'do', 'sul'];
    const isState = (start: number, end: number) => state.slice(start, end).join(' ') === 'rio grande do sul';
    const parts: NerSpan[] = [
      { start: 1, end: 3, label: 'LOC' },
      { start: 4, end: 5, label: 'LOC' },
    ];
    assert.deepStrictEqual(joinKnownPlaces(parts, isState), [{ start: 1, end: 5, label: 'LOC' }], 'one word apart');
  });
});

describe('splitKnownPlaces', () => {
  it('splits a place span that is a listed place and a country, and no listed place', () => {
    const words = ['in', 'kelmar', 'new', 'valdora', 'and', 'san', 'jose', 'and', 'ostria', 'africa'];
    const lookup = (start: number, end: number) => words.slice(start, end).join(' ');
    const isPlace = (start: number, end: number) => ['kelmar', 'new valdora', 'san', 'jose', 'san jose', 'ostria', 'africa'].includes(lookup(start, end));
    const isCountry = (start: number, end: number) => ['new valdora', 'ostria'].includes(lookup(start, end));
    const spans: NerSpan[] = [
      { start: 1, end: 4, label: 'LOC' },
      { start: 5, end: 7, label: 'LOC' },
      { start: 8, end: 10, label: 'LOC' },
    ];
    // A country and then a listed place, too ("UK Africa minister").
    assert.deepStrictEqual(splitKnownPlaces(spans, isPlace, isCountry), [
      { start: 1, end: 2, label: 'LOC' },
      { start: 2, end: 4, label: 'LOC' },
      { start: 5, end: 7, label: 'LOC' },
      { start: 8, end: 9, label: 'LOC' },
      { start: 9, end: 10, label: 'LOC' },
    ]);
  });
});

describe('joinPlaceToOrganization', () => {
  it('joins a place directly before an organization into the organization', () => {
    // "U.S. Army said": LOC then ORG with nothing between.
    assert.deepStrictEqual(
      joinPlaceToOrganization([
        { start: 0, end: 1, label: 'LOC' },
        { start: 1, end: 2, label: 'ORG' },
      ]),
      [{ start: 0, end: 2, label: 'ORG' }],
    );
  });

  it('keeps a place apart from an organization after a gap or in the other order', () => {
    const spans: NerSpan[] = [
      { start: 0, end: 1, label: 'LOC' },
      { start: 2, end: 3, label: 'ORG' },
      { start: 3, end: 4, label: 'LOC' },
    ];
    assert.deepStrictEqual(joinPlaceToOrganization(spans), spans);
  });
});

describe('joinOrganizationOf', () => {
  const join = (text: string, spans: NerSpan[], heads: string[]) => {
    const words = text.toLowerCase().split(' ');
    return joinOrganizationOf(spans, words, (i) => heads.includes(words[i]));
  };

  it('completes an organization named by its head word and "of" / "for the"', () => {
    // "Ministry of Coastal Affairs", "Society for the Protection of Birds".
    assert.deepStrictEqual(
      join('the Ministry of Coastal Affairs said', [{ start: 1, end: 2, label: 'ORG' }, { start: 3, end: 5, label: 'ORG' }], ['ministry']),
      [{ start: 1, end: 5, label: 'ORG' }],
    );
    assert.deepStrictEqual(
      join('Royal Society for the Protection of Birds', [{ start: 0, end: 2, label: 'ORG' }, { start: 4, end: 7, label: 'ORG' }], ['society']),
      [{ start: 0, end: 7, label: 'ORG' }],
    );
  });

  it('goes on completing a name it completed once', () => {
    // "Church of Saint Peter of the Isles": "Peter" is no head word, but the name was completed at "Church".
    assert.deepStrictEqual(
      join(
        'the Church of Saint Peter of the Isles met',
        [{ start: 1, end: 2, label: 'ORG' }, { start: 3, end: 5, label: 'PER' }, { start: 7, end: 8, label: 'LOC' }],
        ['church'],
      ),
      [{ start: 1, end: 8, label: 'ORG' }],
    );
  });

  it('completes a head word with what follows "on", but not a name completed once', () => {
    assert.deepStrictEqual(
      join('the Council on Coastal Relations met', [{ start: 1, end: 2, label: 'ORG' }, { start: 3, end: 5, label: 'ORG' }], ['council']),
      [{ start: 1, end: 5, label: 'ORG' }],
    );
    const twice: NerSpan[] = [{ start: 0, end: 1, label: 'ORG' }, { start: 2, end: 3, label: 'LOC' }, { start: 4, end: 5, label: 'LOC' }];
    assert.deepStrictEqual(join('Council of Lisbon on Oporto', twice, ['council']), [{ start: 0, end: 3, label: 'ORG' }, twice[2]]);
  });

  it('completes a span the tagger left dangling on "of"', () => {
    assert.deepStrictEqual(
      join('Bank of Northern Europe cut rates', [{ start: 0, end: 2, label: 'ORG' }, { start: 2, end: 4, label: 'LOC' }], []),
      [{ start: 0, end: 4, label: 'ORG' }],
    );
  });

  it('leaves apart an organization without a head word, or linked by other words', () => {
    const apart: NerSpan[] = [{ start: 0, end: 1, label: 'ORG' }, { start: 2, end: 3, label: 'LOC' }];
    assert.deepStrictEqual(join('Acme of Lisbon', apart, []), apart, 'no head word');
    assert.deepStrictEqual(join('Ministry in Lisbon', apart, ['ministry']), apart, '"in" is no link');
    assert.deepStrictEqual(join('Ministry and Lisbon', apart, ['ministry']), apart, '"and" joins two names');
  });
});

describe('tagsToSpans', () => {
  it('closes a span where the type changes', () => {
    // O B-PER I-PER I-ORG B-LOC: the stray I-ORG starts its own span.
    assert.deepStrictEqual(tagsToSpans([0, 1, 2, 4, 5]), [
      { start: 1, end: 3, label: 'PER' },
      { start: 3, end: 4, label: 'ORG' },
      { start: 4, end: 5, label: 'LOC' },
    ]);
  });
});

describe('Gazetteer', () => {
  // Bits: 1 first name, 2 last name, 4 place, 8 country, 16 organization word.
  const gazetteer = new Gazetteer({ version: 2, entries: { '4': 'santa clara\nsanta cruz de tenerife', '9': 'jordan' } });

  it('gives a word the bits of every list it is on', () => {
    assert.strictEqual(gazetteer.lookup('jordan'), 9);
    assert.strictEqual(gazetteer.lookup('amman'), 0);
  });

  it('knows multi-word entries and how long they can be from their first word', () => {
    assert.strictEqual(gazetteer.longestPhrase('santa'), 4);
    assert.strictEqual(gazetteer.lookup('santa clara'), 4);
    assert.strictEqual(gazetteer.lookup('santa'), 0);
    assert.strictEqual(gazetteer.longestPhrase('clara'), 0);
  });

  it('gives regions a place\'s bits for the entity rules, none for the tagger, which was trained without them', () => {
    const lists = new Gazetteer({ version: 2, entries: { '4': 'galway', '1': 'clare' }, regions: 'clare\ngalway\nnorth kelmarshire' });
    assert.deepStrictEqual([lists.lookup('clare'), lists.taggerLookup('clare'), lists.lookup('north kelmarshire'), lists.taggerLookup('north kelmarshire')], [5, 1, 4, 0]);
    assert.deepStrictEqual([lists.longestPhrase('north'), lists.taggerLongestPhrase('north')], [2, 0]);
    // A region no city shares its name with.
    assert.deepStrictEqual([lists.isRegionOnly('clare'), lists.isRegionOnly('galway'), lists.isRegionOnly('kelmar')], [true, false, false]);
  });

  it('normalizes names the way tokens are compared', () => {
    assert.strictEqual(normalizeName('  Rio  de Janeiro '), 'rio de janeiro');
  });

  it('ships first names, cities, countries and organization words', () => {
    const shipped = new Gazetteer(shippedGazetteer as never);
    for (const [word, bit] of [['maria', 1], ['nairobi', 4], ['kenya', 8], ['ministry', 16]] as const) {
      assert.ok(shipped.lookup(word) & bit, `${word} lacks bit ${bit}`);
    }
    assert.ok(shipped.lookup('new york') & 4);
    // … and the regions of every country.
    for (const region of ['north yorkshire', 'bayern', 'tamil nadu']) assert.ok(shipped.lookup(region) & 4, region);
  });

  it('ships exactly the lists its build script makes from the licensed packages, nothing added by hand', () => {
    assert.deepStrictEqual(buildGazetteer(), shippedGazetteer);
  });
});
