import * as assert from 'node:assert/strict';
import { extractValues, fractionalYear, overlaps } from '../../src/core/claims/values';
import { runPipeline } from '../../src/core/nlp/pipeline';

const AUG_2025 = fractionalYear('2025-08-01');

function only(text: string, dim: string, ref = AUG_2025) {
  const values = extractValues(text, 0, ref, [], runPipeline(text).tokens).filter((v) => v.dim === dim);
  assert.equal(values.length, 1, `one ${dim} value in "${text}": ${JSON.stringify(values)}`);
  return values[0];
}

describe('claim values', () => {
  describe('time since the last occurrence', () => {
    const eight = only('It was the first meeting of the two ministers in eight years.', 'elapsed');
    const overSeven = only('The talks were their first face-to-face meeting in over seven years.', 'elapsed');
    const since2018 = only('It marked the first meeting between the ministers since 2018.', 'elapsed');

    it('keeps the words as written', () => {
      assert.equal(eight.text, 'eight years');
      assert.equal(overSeven.text, 'over seven years');
      assert.equal(since2018.text, 'since 2018');
    });

    it('eight years and over seven years conflict', () => {
      assert.equal(overlaps(eight, overSeven), false);
    });

    it('since 2018, written in 2025, conflicts with eight years but not with over seven years', () => {
      assert.equal(overlaps(since2018, eight), false);
      assert.equal(overlaps(since2018, overSeven), true);
    });

    it('the same duration in other words agrees', () => {
      const digits = only('This is the first visit by a premier in 8 years.', 'elapsed');
      assert.equal(overlaps(eight, digits), true);
    });

    it('without a document date, "since 2018" stays a year and is not compared with durations', () => {
      assert.equal(extractValues('The first meeting since 2018 took place.', 0, null)[0].dim, 'since');
    });
  });

  describe('end years', () => {
    it('"until 2030" and "through 2028" conflict', () => {
      assert.equal(overlaps(only('The plant will run until 2030.', 'until'), only('The plant will run through 2028.', 'until')), false);
    });

    it('"at least through 2028" leaves room for 2030', () => {
      assert.equal(overlaps(only('It will operate at least through 2028.', 'until'), only('It will operate until 2030.', 'until')), true);
    });

    it('"until the end of the decade" is resolved against the document date', () => {
      const decade = only('They agreed to run it until the end of the decade.', 'until');
      assert.equal(overlaps(decade, only('It will run until 2030.', 'until')), true);
      assert.equal(overlaps(decade, only('It will run until 2027.', 'until')), false);
    });
  });

  describe('days, counts and amounts', () => {
    it('Thursday and Friday differ, Thursday and Thursday agree', () => {
      const thu = only('The rocket will launch on Thursday.', 'weekday');
      assert.equal(overlaps(thu, only('The launch is now set for Friday.', 'weekday')), false);
      assert.equal(overlaps(thu, only('Liftoff is planned for Thursday evening.', 'weekday')), true);
    });

    it('ignores the day a statement was made ("said on Wednesday")', () => {
      assert.deepEqual(extractValues('The mayor said on Wednesday that the bridge will reopen.', 0, null).filter((v) => v.dim === 'weekday'), []);
    });

    it('reads counts with their head noun and qualifiers', () => {
      const exact = only('The storm killed 12 people in the valley.', 'qty:person');
      const atLeast = only('At least ten people died in the storm.', 'qty:person');
      assert.equal(exact.lo, 12);
      assert.equal(overlaps(exact, atLeast), true);
      assert.equal(overlaps(exact, only('The storm killed 40 people.', 'qty:person')), false);
      assert.equal(only('The two space agencies met.', 'qty:agency').lo, 2);
    });

    it('reads amounts, percentages, ages and ordinals', () => {
      assert.equal(only('The firm paid $5 million for the site.', 'qty:$').lo, 5e6);
      assert.equal(only('Turnout rose to 64% this year.', 'qty:percent').lo, 64);
      assert.equal(only('A 45-year-old man was arrested.', 'qty:age').lo, 45);
      assert.equal(only('The town held its 49th anniversary parade.', 'ordinal:anniversary').lo, 49);
      assert.equal(only('It was the twenty-first edition of the race.', 'ordinal:edition').lo, 21);
    });

    it('does not read numbers inside names or clock times', () => {
      assert.deepEqual(extractValues('The Falcon-9 crew left at 2:40 PM aboard Soyuz MS-25.', 0, null), []);
    });
  });
});
