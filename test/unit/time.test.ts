import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/nlp/pipeline';
import { findDates } from '../../src/core/time';
import { isDayFirst } from '../../src/core/time/patterns';
import type { DateMention } from '../../src/core/types';

// The article date used throughout: Wednesday 16 October 2024, ISO week 42.
const PUBLISHED = '2024-10-16';

function datesIn(text: string, published: string | null = PUBLISHED): DateMention[] {
  const dates = findDates(text, runPipeline(text), published);
  for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text, 'span matches the text');
  return dates;
}

/** A date's value with its clock time's zone after it, as ISO writes a zoned time ("2026-05-06T15:15-05:00"). */
function zoned(d: DateMention): string | null {
  return d.value !== null && d.zone !== undefined ? d.value + d.zone : d.value;
}

/** The single date mention of a sentence. */
function only(text: string, published: string | null = PUBLISHED): DateMention {
  const dates = datesIn(text, published);
  assert.equal(dates.length, 1, `one date in "${text}": ${JSON.stringify(dates.map((d) => d.text))}`);
  return dates[0];
}

describe('time: patterns and their spans', () => {
  const cases: [string, string, string, string | null][] = [
    // sentence, span, type, value
    ['The harbor bridge has been closed since 2019.', 'since 2019', 'DATE', '2019'],
    ['The lease on the pier runs at least through 2031.', 'at least through 2031', 'DATE', '2031'],
    ['Tolls stay frozen until 2027.', 'until 2027', 'DATE', '2027'],
    ['A debate is set for the week after next.', 'for the week after next', 'RELATIVE', '2024-W44'],
    ['Sales fell the month before last.', 'the month before last', 'RELATIVE', '2024-08'],
    ['It shows the 19th-century outlaw on a horse.', '19th-century', 'DATE', '18'],
    ['Force majeure was declared on some February cargoes.', 'February', 'DATE', '2024-02'],
    // ("as of" is a signal, like a bare preposition: no part of the time.)
    ['The fund held $310 million as of June 30.', 'June 30', 'DATE', '2024-06-30'],
    ['Repairs dragged on over nine years.', 'over nine years', 'DURATION', 'P9Y'],
    ['The ferry strike dragged on for weeks.', 'for weeks', 'DURATION', 'PXW'],
    ["Relief comes in 14 months' time.", "in 14 months' time", 'RELATIVE', '2025-12'],
    ['The minister called late last night.', 'late last night', 'RELATIVE', '2024-10-15TNI'],
    ['It went into administration early yesterday.', 'early yesterday', 'RELATIVE', '2024-10-15'],
    ['Crowds stayed until gone 9pm yesterday.', 'until gone 9pm yesterday', 'TIME', '2024-10-15T21:00'],
    ["People stood until nearly nine o'clock at night.", "until nearly nine o'clock at night", 'TIME', '2024-10-16T21:00'],
    ['The dispute lasted about three and a half years.', 'about three and a half years', 'DURATION', 'P3.5Y'],
    ['They had owned it for barely a month.', 'for barely a month', 'DURATION', 'P1M'],
    ['The river will stay high for at least another ten days.', 'for at least another ten days', 'DURATION', 'P10D'],
    ['He was jailed for 6-1/2 years.', 'for 6-1/2 years', 'DURATION', 'P6.5Y'],
    ['The next meeting is scheduled for May.', 'for May', 'DATE', '2025-05'],
    ['Subsidies may run beyond March.', 'beyond March', 'DATE', '2025-03'],
    ['She got a 3 1/2-year sentence.', '3 1/2-year', 'DURATION', 'P3.5Y'],
    ['The hearing took 2½ hours.', '2½ hours', 'DURATION', 'PT2.5H'],
    ['Prices have fallen for ten straight months.', 'for ten straight months', 'DURATION', 'P10M'],
    ['Koech won the 3000m in 7:29.87 on her debut.', 'in 7:29.87', 'DURATION', 'PT7M29.87S'],
    ['Tola took the marathon in 2:05:47 at his debut.', 'in 2:05:47', 'DURATION', 'PT2H5M47S'],
    ['Her 2:31:17 was a personal best.', '2:31:17', 'DURATION', 'PT2H31M17S'],
    ['She won in two hours, 21 minutes and seven seconds.', 'in two hours, 21 minutes and seven seconds', 'DURATION', 'PT2H21M7S'],
    ['Her winning time was 1hr 21min 09.554sec on the day.', '1hr 21min 09.554sec', 'DURATION', 'PT1H21M9.554S'],
    ['Ruiz leads by 1 minute 44 seconds overall.', 'by 1 minute 44 seconds', 'DURATION', 'PT1M44S'],
    ['Ruiz won by 4.2sec from Kohl.', 'by 4.2sec', 'DURATION', 'PT4.2S'],
    ['Kohl finished 0.8s ahead of Lind.', '0.8s', 'DURATION', 'PT0.8S'],
    ['Osterhagen (Quasar): 1:21:09.554', '1:21:09.554', 'DURATION', 'PT1H21M9.554S'],
    ['Castellane (Tessaro): +0:14', '0:14', 'DURATION', 'PT14S'],
    ['The audit covered two financial years.', 'two financial years', 'DURATION', 'P2Y'],
    ['Refunds take five working days.', 'five working days', 'DURATION', 'P5D'],
    ['Sales rose for four consecutive quarters.', 'for four consecutive quarters', 'DURATION', 'P4Q'],
    ['Output may stay low for at least two quarters.', 'for at least two quarters', 'DURATION', 'P2Q'],
    ['Results for the 2025 financial year were weak.', '2025', 'DATE', null],
    // (The article is the noun's.)
    ['A year-long slowdown ended.', 'year-long', 'DURATION', 'P1Y'],
    ['It was a rotating, hour-long outage.', 'hour-long', 'DURATION', 'PT1H'],
    ['The whole machine pauses every third year.', 'every third year', 'SET', 'P3Y'],
    // ("over the two days" of an event keeps its "the"; "over" there is no "more than".)
    ['Police had four complaints over the two days.', 'the two days', 'DURATION', 'P2D'],
    ['They met during the 25-minute hearing.', '25-minute', 'DURATION', 'PT25M'],
    // ("around" after "come" is its particle.)
    ['Such votes come around every 18 months.', 'every 18 months', 'SET', 'P18M'],
    ['It ended a years-long standoff.', 'a years-long', 'DURATION', 'PXY'],
    ['He was out for a quarter of an hour.', 'for a quarter of an hour', 'DURATION', 'PT15M'],
    ['It was the first vote on the bridge in twelve years.', 'in twelve years', 'DURATION', 'P12Y'],
    ['You can truck in topsoil, but you can\'t truck in thirty years of worm activity.', 'in thirty years', 'DURATION', 'P30Y'],
    ['Crews are working on the deck this week.', 'this week', 'RELATIVE', '2024-W42'],
    ['Traffic fell sharply in 2020.', 'in 2020', 'DATE', '2020'],
    ['The span went up in the 1960s.', 'in the 1960s', 'DATE', '196X'],
    ['The span went up in the late sixties.', 'in the late sixties', 'DATE', '196X'],
    ['Inspectors visit every year.', 'every year', 'SET', 'P1Y'],
    ['The market opens every weekend.', 'every weekend', 'SET', 'XXXX-WXX-WE'],
    ['The 2021-22 drought hit the farms.', '2021-22', 'DATE', '2021/2022'],
    ['Revenue rose in the 2025-26 financial year.', '2025-26', 'DATE', null],
    ['Fees rise in fiscal year 2025-26.', '2025-26', 'DATE', null],
    ['Budgets were cut in 2026/27.', 'in 2026/27', 'DATE', null],
    ['The 2012 financial guidance held.', '2012', 'DATE', '2012'],
    ['She served from 1998–2003 on the board.', 'from 1998–2003', 'DATE', '1998/2003'],
    ['A portrait by Anton Vesselring (1850-1921) sold.', '1850-1921', 'DATE', '1850/1921'],
    ['Ferries run twice a week.', 'twice a week', 'SET', 'P1W'],
    ['The quay closed shortly after 11am.', 'shortly after 11am', 'TIME', '2024-10-16T11:00'],
    ['The blaze broke out late on Saturday.', 'late on Saturday', 'RELATIVE', '2024-10-12'],
    ['The cheese matures for a minimum of ten weeks.', 'for a minimum of ten weeks', 'DURATION', 'P10W'],
    ["The trust's annual Kelby Migration Weekend goes ahead.", 'annual', 'SET', 'P1Y'],
    ['The fair is a biennial event.', 'biennial', 'SET', 'P2Y'],
    ['The bill requires yearly chimney inspections.', 'yearly', 'SET', 'P1Y'],
    ['Sixty lots sold in a little over three hours.', 'in a little over three hours', 'DURATION', 'PT3H'],
    ['She came to us in the spring of last year.', 'in the spring of last year', 'RELATIVE', '2023-SP'],
    ['The ship was meant to sail by spring last year.', 'by spring last year', 'RELATIVE', '2023-SP'],
    ['"It has been like this all summer," he said.', 'all summer', 'RELATIVE', '2024-SU'],
    ['The shop opens in the summer of next year.', 'in the summer of next year', 'RELATIVE', '2025-SU'],
    ['Its fiscal third quarter was strong.', 'fiscal third quarter', 'DATE', null],
    ['He wound it for close to three decades.', 'for close to three decades', 'DURATION', 'P30Y'],
    ['A circa 1790 clock sold.', 'circa 1790', 'DATE', '1790'],
    ['Tours run every half hour.', 'every half hour', 'SET', 'PT30M'],
    ['Tubs marked "best before 30 Nov 2026" are affected.', '30 Nov 2026', 'DATE', '2026-11-30'],
    ['"We have been on the radio all week," he said.', 'all week', 'RELATIVE', '2024-W42'],
    ['Bookings for the coming weekend were refunded.', 'for the coming weekend', 'RELATIVE', '2024-W42-WE'],
    ["Doors open at 9 o'clock this morning.", "at 9 o'clock this morning", 'TIME', '2024-10-16T09:00'],
    ['Contracts may change more than twice in a calendar year.', 'more than twice in a calendar year', 'SET', 'P1Y'],
    ['The council approved the budget last month.', 'last month', 'RELATIVE', '2024-09'],
    ['Rates will fall by mid-year.', 'by mid-year', 'RELATIVE', '2024'],
    ['Talks resume in the new year.', 'in the new year', 'RELATIVE', '2025'],
    ['Inspectors audit the books every quarter.', 'every quarter', 'SET', 'P3M'],
    ['March quarter sales fell sharply.', 'March quarter', 'RELATIVE', '2024-Q1'],
    ['Crews would begin searching the block later today.', 'later today', 'RELATIVE', '2024-10-16'],
    ['The premier spoke at a briefing last evening.', 'last evening', 'RELATIVE', '2024-10-15TEV'],
    ['Records were offline since the early hours of Sunday.', 'since the early hours of Sunday', 'RELATIVE', '2024-10-13'],
    ['We knew something was wrong a fortnight ago.', 'a fortnight ago', 'RELATIVE', '2024-W40'],
    ['Regulators recalled it later the same day.', 'later the same day', 'RELATIVE', null],
    ['It runs beyond the earlier 2028 deadline.', '2028', 'DATE', '2028'],
    ['The draw is held every Saturday morning.', 'every Saturday morning', 'SET', 'XXXX-WXX-6TMO'],
    ['Volunteers may come any Saturday morning.', 'any Saturday morning', 'SET', 'XXXX-WXX-6TMO'],
    ['Guards patrol the yard every night.', 'every night', 'SET', 'XXXX-XX-XXTNI'],
    ['The nurse calls every other evening.', 'every other evening', 'SET', 'P2D'],
    ['The market opens every Sunday at 10am.', 'every Sunday at 10am', 'SET', 'XXXX-WXX-7T10:00'],
    ['A ferry leaves every evening at 7 p.m.', 'every evening at 7 p.m.', 'SET', 'XXXX-XX-XXT19:00'],
    ['Inspections happen every year and a half.', 'every year and a half', 'SET', 'P1.5Y'],
    ['The firm has 20 court days to pay.', '20 court days', 'DURATION', 'P20D'],
    ['The bill needs 20 legislative days.', '20 legislative days', 'DURATION', 'P20D'],
    ['The board meets every second Tuesday.', 'every second Tuesday', 'SET', 'XXXX-WXX-2'],
    ['Floods come every second year.', 'every second year', 'SET', 'P2Y'],
    ['We trained every single week.', 'every single week', 'SET', 'P1W'],
    ['She started racing aged nine.', 'aged nine', 'DURATION', 'P9Y'],
    ['He will rest for another fortnight.', 'for another fortnight', 'DURATION', 'P2W'],
    ['Last financial year, the agency opened 11 cases.', 'Last financial year', 'RELATIVE', null],
    ['The dispute lasted 1,200 days.', '1,200 days', 'DURATION', 'P1200D'],
    ['Output will double by FY30.', 'by FY30', 'DATE', null],
    ['Profit rose in fiscal 2025.', 'in fiscal 2025', 'DATE', null],
    ['Sales fell in the 2026 financial year.', '2026', 'DATE', null],
    ['The town was founded 1,500 years ago.', '1,500 years ago', 'RELATIVE', '0524'],
    ['It lost money in the final three months of 2023.', 'in the final three months of 2023', 'DATE', '2023-Q4'],
    ['It lost money in the first six months of 2023.', 'in the first six months of 2023', 'DATE', '2023-H1'],
    ['It was the biggest one-day drop.', 'one-day', 'DURATION', 'P1D'],
    ['Tue 15 Oct 2024 19.40 GMT', 'Tue 15 Oct 2024 19.40 GMT', 'TIME', '2024-10-15T19:40Z'],
    ['Two days later the contractor resigned.', 'Two days later', 'RELATIVE', null],
    ['The pier burned. A decade on, it stands again.', 'A decade on', 'DURATION', 'P10Y'],
    ['Five years on from the flood, the farms recovered.', 'Five years on', 'DURATION', 'P5Y'],
    ['Kelso will stay at the club next season.', 'next season', 'RELATIVE', null],
    ['Crews cleared brush before the next fire season.', 'before the next fire season', 'RELATIVE', null],
    ['Orvale sold the next season of the show in 2025.', 'in 2025', 'DATE', '2025'],
    ['Patients need monthly blood tests.', 'monthly', 'SET', 'P1M'],
    ['Ferries carry three loads a day.', 'a day', 'SET', 'P1D'],
    ['The plant makes 8 gigawatt-hours of cells a year.', 'a year', 'SET', 'P1Y'],
    ['The cap limits growth to 3 per cent a year.', 'a year', 'SET', 'P1Y'],
    ['She gets through twenty sacks of flour a week.', 'a week', 'SET', 'P1W'],
    ['The club spends 20,000 kronor a year on travel.', 'a year', 'SET', 'P1Y'],
    ['Buyers face a fortnight\'s wait for the phone.', 'a fortnight', 'DURATION', 'P2W'],
    ['He will take a fortnight off.', 'a fortnight', 'DURATION', 'P2W'],
    ['He played there two summers ago.', 'two summers ago', 'RELATIVE', '2023-SU'],
    ['Staff left on the afternoon of October 3.', 'the afternoon of October 3', 'TIME', '2024-10-03TAF'],
    ['Her doctor called at 9:15 this morning.', 'at 9:15 this morning', 'TIME', '2024-10-16T09:15'],
    ['He spoke at 8:40 on Monday night.', 'at 8:40 on Monday night', 'TIME', '2024-10-14T20:40'],
    ['The fair falls every year on 14 October.', 'every year on 14 October', 'SET', 'XXXX-10-14'],
    ['Sales should recover by year\'s end.', 'by year\'s end', 'RELATIVE', '2024'],
    ['The sedan arrived three months later than planned.', 'three months', 'DURATION', 'P3M'],
    ['The rampart dates to between 850 and 700 B.C. on this reading.', 'between 850 and 700 B.C.', 'DATE', '-0849/-0699'],
    ['A hoard dates to 1150–1000 cal BC.', '1150–1000 cal BC', 'DATE', '-1149/-0999'],
    ['The brooch was made around AD 620.', 'around AD 620', 'DATE', '0620'],
    ['The coin dates to 2050 BC.', '2050 BC', 'DATE', '-2049'],
    ['The jar bears a 10th-century inscription.', '10th-century', 'DATE', '09'],
    ['The wall went up in the 5th century BC.', 'in the 5th century BC', 'DATE', null],
    ['The regulator holds quarterly inspections.', 'quarterly', 'SET', 'P3M'],
    ['The board ordered an annual audit.', 'annual', 'SET', 'P1Y'],
    ['- Quarterly reviews with the safety committee', 'Quarterly', 'SET', 'P3M'],
    ['Vary the flying times at weekends.', 'at weekends', 'SET', 'XXXX-WXX-WE'],
    ['The market opens every Christmas.', 'every Christmas', 'SET', 'XXXX-12-25'],
    ['Students will pay spring tuition.', 'spring', 'RELATIVE', '2025-SP'],
    ['It opens on the twenty-first of June 2027.', 'on the twenty-first of June 2027', 'DATE', '2027-06-21'],
    ['Funding is secured until the end of the decade.', 'until the end of the decade', 'RELATIVE', '202X'],
    ['Costs have climbed in recent years.', 'in recent years', 'RELATIVE', null],
    ['The survey began in early 2023.', 'in early 2023', 'DATE', '2023'],
    ['Bids closed on September 30.', 'on September 30', 'DATE', '2024-09-30'],
    ['The report is signed 2 October 2024.', '2 October 2024', 'DATE', '2024-10-02'],
    ['Form number 7 was filed 2024-10-02.', '2024-10-02', 'DATE', '2024-10-02'],
    ['The permit expired 10/02/2024.', '10/02/2024', 'DATE', '2024-10-02'],
    ['Updated 10/02/2024 18:45 GMT, the notice stands.', '10/02/2024 18:45 GMT', 'TIME', '2024-02-10T18:45Z'],
    ['Published: 10/02/2024 9:40pm AEST', '10/02/2024 9:40pm AEST', 'TIME', '2024-02-10T21:40+10:00'],
    ['The ferry was cancelled yesterday.', 'yesterday', 'RELATIVE', '2024-10-15'],
    ['Revenue grew last year.', 'last year', 'RELATIVE', '2023'],
    ['Hearings resume next month.', 'next month', 'RELATIVE', '2024-11'],
    ['The tunnel option was dropped a decade ago.', 'a decade ago', 'RELATIVE', '2014'],
    ['Divers stayed down for twenty-five minutes.', 'for twenty-five minutes', 'DURATION', 'PT25M'],
    ['The pumps ran for three hours.', 'for three hours', 'DURATION', 'PT3H'],
    ['The works lasted ninety-nine days.', 'ninety-nine days', 'DURATION', 'P99D'],
    ['Nobody used it for a dozen years.', 'for a dozen years', 'DURATION', 'P12Y'],
    ['The closure took half an hour.', 'half an hour', 'DURATION', 'PT30M'],
    ['The closure lasted a year and a half.', 'a year and a half', 'DURATION', 'P1.5Y'],
    ['The session opened at 9:05 PM.', 'at 9:05 PM', 'TIME', '2024-10-16T21:05'],
    ['The water was cold at 6:40 in the morning.', 'at 6:40 in the morning', 'TIME', '2024-10-16T06:40'],
    ['The alarm sounded at 9:15 at night.', 'at 9:15 at night', 'TIME', '2024-10-16T21:15'],
    ['Sirens sounded at 14:40 UTC.', 'at 14:40 UTC', 'TIME', '2024-10-16T14:40Z'],
    ['Trading halted at 3:30 p.m. EST.', 'at 3:30 p.m. EST', 'TIME', '2024-10-16T15:30-05:00'],
    ['Published: 2027-03-05 07:30 GMT', '2027-03-05 07:30 GMT', 'TIME', '2027-03-05T07:30Z'],
    ['The council meets weekly.', 'weekly', 'SET', 'P1W'],
    ['The trial will take three to five years.', 'three to five years', 'DURATION', 'P3Y/P5Y'],
    ['Panels take 12 to 18 months to rule.', '12 to 18 months', 'DURATION', 'P12M/P18M'],
    ['It could take a year or two.', 'a year or two', 'DURATION', 'P1Y/P2Y'],
    ['Launch is set for 1H 2027.', 'for 1H 2027', 'DATE', '2027-H1'],
    ['A ruling is due in the next two weeks.', 'in the next two weeks', 'DURATION', 'P2W'],
    ['The vote closed at 8 p.m. CST.', 'at 8 p.m. CST', 'TIME', '2024-10-16T20:00'],
    ['Doors close at 5 p.m. Eastern Standard Time.', 'at 5 p.m. Eastern Standard Time', 'TIME', 'T17:00-05:00'],
    ['The blast came at night (1945 GMT).', '1945 GMT', 'TIME', 'T19:45Z'],
    ['The polls closed at 4:47 PM GMT+1.', 'at 4:47 PM GMT+1', 'TIME', '2024-10-16T16:47+01:00'],
    ['Patients were followed for 18 months after treatment.', 'for 18 months', 'DURATION', 'P18M'],
    ['Sales were weak in the July–September 2023 quarter.', 'in the July–September 2023 quarter', 'DATE', '2023-Q3'],
    ['The April–June period was dry.', 'April–June', 'DATE', '2024-04/2024-06'],
    ['Sales fell in the first three months of the year.', 'in the first three months of the year', 'RELATIVE', '2024-Q1'],
    ['Talks were held on 27-28 September 2023.', 'on 27-28 September 2023', 'DATE', '2023-09-27/2023-09-28'],
    ['The pier stayed shut for weeks.', 'for weeks', 'DURATION', 'PXW'],
    ['Shelling killed 12 people overnight, medics said.', 'overnight', 'RELATIVE', '2024-10-15TNI'],
    ['Crews will work overnight to restore power.', 'overnight', 'RELATIVE', '2024-10-16TNI'],
    ['He read a Sunday newspaper in 2019.', 'in 2019', 'DATE', '2019'],
    ['Crews searched for survivors within hours.', 'within hours', 'DURATION', 'PTXH'],
    ['The repairs took several years.', 'several years', 'DURATION', 'PXY'],
    ['The ribbon was cut on Sept. 3, 2024, 11:15 a.m.', 'on Sept. 3, 2024, 11:15 a.m.', 'TIME', '2024-09-03T11:15'],
    ['Results are due in the third quarter of 2025.', 'in the third quarter of 2025', 'DATE', '2025-Q3'],
  ];
  for (const [sentence, span, type, value] of cases) {
    it(`"${span}" → ${type} ${value}`, () => {
      const d = only(sentence);
      assert.deepEqual([d.text, d.type, zoned(d)], [span, type, value]);
    });
  }

  it('reads no date in a weekday that is a given name, its surname and an age or a role after it', () => {
    assert.deepEqual(datesIn('"I sleep in my boat," said Sunday Ebiere, 52, a fisherman. Monday Adeyemi, a trader, agreed.').map((d) => d.text), ['52']);
    assert.deepEqual(datesIn('On Sunday Ebiere, 52, left.').map((d) => d.text), ['On Sunday', '52']);
  });

  it('reads "May" and "March" as months only with a cue: a preposition or a schedule, not a vote', () => {
    assert.deepEqual(datesIn('Voters backed May. Most voted for May, and the march went on. He spoke to May.'), []);
    assert.deepEqual(datesIn('The cameras stay off until at least May.', '2026-03-03').map((d) => [d.text, d.value]), [['until at least May', '2026-05']]);
  });

  it('reads a mid-month without a year in the article year', () => {
    const d = only('Work resumes in mid-November.');
    assert.deepEqual([d.text, d.value], ['in mid-November', '2024-11']);
  });

  it('finds several expressions in one sentence, each with its own span', () => {
    const text = 'Built in 1961, the bridge was closed on Monday for about two weeks.';
    assert.deepEqual(
      datesIn(text).map((d) => [d.text, d.value]),
      [['in 1961', '1961'], ['on Monday', '2024-10-14'], ['for about two weeks', 'P2W']],
    );
  });

  it('leaves a locative before "today" to the noun it belongs to', () => {
    assert.equal(only("The plan is on the agenda at today's meeting.").text, 'today');
    assert.equal(only('The fare has been frozen since yesterday.').text, 'since yesterday');
  });

  it("leaves a preposition before a length or a headline's month that describes a noun to that noun", () => {
    assert.deepEqual(datesIn('Kart track plan approved after three-hour meeting').map((d) => [d.text, d.value]), [['three-hour', 'PT3H']]);
    // A headline's month before its noun is the nearest, whatever the headline's verb says.
    assert.deepEqual(datesIn('Lighthouse repairs to start next week after January storm damage', '2027-04-06').map((d) => [d.text, d.value]), [['next week', '2027-W15'], ['January', '2027-01']]);
    // In a sentence the preposition stays the time's.
    assert.deepEqual(datesIn('By March prices had fallen. They won after three years of trying.', '2027-04-06').map((d) => d.text), ['By March', 'after three years']);
  });

  it('reads hours and minutes, years and months, as one length, written out or compact, a rate as each such time, but not a clock time "at 10h"', () => {
    assert.deepEqual(datesIn('It lasted three hours and 25 minutes, or 3h 25min; the trip takes 8h and 45 mins.').map((d) => [d.text, d.value]), [
      ['three hours and 25 minutes', 'PT3H25M'], ['3h 25min', 'PT3H25M'], ['8h', 'PT8H'], ['45 mins', 'PT45M'],
    ]);
    assert.deepEqual(datesIn('The ship left at 10h.').map((d) => d.value), []);
    // … after a conversion in brackets too; and no time in a firm's "& Noon".
    assert.deepEqual(datesIn('The outage costs 4 million euros ($4.3 million) a day, auditors Pellham & Noon said.').map((d) => [d.text, d.type]), [['a day', 'SET']]);
    // A surname after a given name or a title, mid-sentence, is no clock time; one a sentence opens with is.
    assert.deepEqual(datesIn('Manager Ellis Noon said so. Mr Noon agreed. Noon is when it opens.').map((d) => d.text), ['Noon']);
    // A rate: each such time ("$2 million a week", "per year", "once-daily", "fortnightly"); a verb of time's object.
    assert.deepEqual(datesIn('It costs $2 million a week, 9,000 boxes a day, $148,000 per year and a once-daily pill; it reports fortnightly. The backlog will take a week to clear.').map((d) => [d.text, d.type, d.value]), [
      ['a week', 'SET', 'P1W'], ['a day', 'SET', 'P1D'], ['per year', 'SET', 'P1Y'], ['once-daily', 'SET', 'P1D'], ['fortnightly', 'SET', 'P2W'], ['a week', 'DURATION', 'P1W'],
    ]);
    // (A rate's year is no yearly date: "5% a year in March" is not every March.)
    assert.deepEqual(datesIn('Sales rose 5% a year in March.').map((d) => d.value), ['P1Y', '2024-03']);
    // So many of a unit in each larger one; an adjective between a count and its unit.
    assert.deepEqual(datesIn('They work seven days a week, train three days a week, waited three long years and need two more weeks.').map((d) => [d.text, d.type, d.value]), [
      ['seven days a week', 'SET', 'P1D'], ['three days a week', 'SET', 'P1W'], ['three long years', 'DURATION', 'P3Y'], ['two more weeks', 'DURATION', 'P2W'],
    ]);
    // Years and months, months and days.
    assert.deepEqual(datesIn('He was jailed for six years and eight months; it took a year and six months and 2 months and 10 days.').map((d) => [d.text, d.value]), [
      ['for six years and eight months', 'P6Y8M'], ['a year and six months', 'P1Y6M'], ['2 months and 10 days', 'P2M10D'],
    ]);
    assert.deepEqual(datesIn('Ports strike\n5 Min Read\n\nIt rained.').map((d) => d.value), [], "a page's label");
  });

  it('reads a bare plural unit as an unstated length after "in", "within" or a verb of time, and days of a kind as days', () => {
    assert.deepEqual(datesIn('It was the best show in years, sold out within minutes, and repairs can take weeks.').map((d) => [d.text, d.value]), [
      ['in years', 'PXY'], ['within minutes', 'PTXM'], ['weeks', 'PXW'],
    ]);
    assert.deepEqual(datesIn('Shares fell in three trading sessions; he faces decades in prison; refunds come within five business days.').map((d) => [d.text, d.value]), [
      ['in three trading sessions', 'P3D'], ['decades', 'PXDE'], ['within five business days', 'P5D'],
    ]);
  });

  it('reads "a week on Wednesday" as the Wednesday a week after the coming one, and "a fortnight on" two', () => {
    assert.deepEqual(datesIn('She speaks a week on Monday and again a fortnight on Friday.').map((d) => [d.text, d.value]), [
      ['a week on Monday', '2024-10-28'], ['a fortnight on Friday', '2024-11-01'],
    ]);
    // … and with the weekday first: "on Friday week", "Tuesday fortnight" (not "the Friday week of events").
    assert.deepEqual(datesIn('It opens on Friday week; bins go out Tuesday fortnight. The Friday week of events ended.').map((d) => [d.text, d.value]), [
      ['on Friday week', '2024-10-25'], ['Tuesday fortnight', '2024-11-05'], ['Friday', '2024-10-11'],
    ]);
  });

  it('reads a count before "a month" as a rate, no length ("38 a month", "$90,000 a year before tax")', () => {
    assert.deepEqual(datesIn('The plant capped output at 38 a month after a fire, and the drug costs $90,000 a year before discounts.').map((d) => d.text), []);
    assert.deepEqual(datesIn('The index rose to -21 from -19 a month earlier.').map((d) => d.text), ['a month earlier']);
  });

  it('reads a timeline\'s dates told in the present by the nearer year or week, not as ahead', () => {
    const dates = datesIn('- 14 April: Orvane closes the file\n- Thursday: The count begins at 9 a.m.\n- 20 September: The hearing opens', '2026-09-12');
    assert.deepEqual(dates.map((d) => d.value), ['2026-04-14', '2026-09-10', '2026-09-10T09:00', '2026-09-20']);
  });

  it('reads no date in a day\'s word capitalized inside a sentence, a work\'s or a show\'s', () => {
    const text = 'Her book "Waiting for Tomorrow" sold well, she told NBC\'s Today show. Tomorrow, she will speak.';
    assert.deepEqual(datesIn(text).map((d) => d.start), [text.indexOf('Tomorrow,')]);
  });

  it('reads no decade in words for an age or a temperature', () => {
    assert.deepEqual(datesIn('She is in her nineties. Temperatures climbed into the nineties.').map((d) => d.text), []);
  });

  it('reads no year at the end or the start of a telephone number', () => {
    assert.deepEqual(datesIn('Call 0300 123 2040 or 555-2040 for advice. The plan runs to 2040.').map((d) => d.text), ['2040']);
    // … "1800 555 010" opens one; "2023 150 firms" is a year before a count.
    assert.deepEqual(datesIn('Call the helpline on 1900 444 020. In 2023 150 firms closed.').map((d) => d.text), ['In 2023']);
  });

  it('reads "from June 14 to 16" and "between 14 and 16 June" as ranges of days, a word between only after "from" or "between"', () => {
    const dates = datesIn('The summit runs from June 14 to 16, talks go on between 14 and 16 July, and the index rose on June 14 to 16 points.', '2026-03-12');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [
      ['from June 14 to 16', '2026-06-14/2026-06-16'], ['14 and 16 July', '2026-07-14/2026-07-16'], ['on June 14', '2025-06-14'],
    ]);
  });

  it('reads a range of days with both months as its two dates, the year at its end for both, the year before over a new year', () => {
    const dates = datesIn('The festival runs Feb. 11 to Feb. 21, 2027, the fair Dec. 28 to Jan. 3, 2027, and drills go from April 20 to May 8.', '2026-02-21');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [
      ['Feb. 11', '2027-02-11'], ['Feb. 21, 2027', '2027-02-21'], ['Dec. 28', '2026-12-28'], ['Jan. 3, 2027', '2027-01-03'], ['from April 20', '2026-04-20'], ['May 8', '2026-05-08'],
    ]);
  });

  it('reads "May" beside a day\'s number as the month, no modal verb that would put the date ahead', () => {
    const dates = datesIn('Intruders had access for about two weeks, from 14 April to 3 May.', '2026-05-18');
    assert.deepEqual(dates.map((d) => d.value), ['P2W', '2026-04-14', '2026-05-03']);
    // … nor before a number: a dateline's "May 5" puts nothing of its sentence ahead.
    const dateline = datesIn('LONDON, May 5, 2026 — Staff are told to work from home on Thursday.', '2026-05-05');
    assert.deepEqual(dateline.map((d) => d.value), ['2026-05-05', '2026-04-30']);
  });

  it('reads the date of a plan told in the past as the nearer one', () => {
    const dates = datesIn('The writer was due to deliver the lecture on February 26. A talk, which was set for Feb. 20, was called off.', '2026-03-03');
    assert.deepEqual(dates.map((d) => d.value), ['2026-02-26', '2026-02-20']);
    // … and a plan's date before a past verb: "The recital, scheduled for Feb. 24, was called off"; not a future one.
    const reduced = datesIn('The recital, scheduled for Feb. 24, was called off. The tasting scheduled for Feb. 14 will go ahead.', '2026-03-03');
    assert.deepEqual(reduced.map((d) => d.value), ['2026-02-24', '2027-02-14']);
  });

  it('reads a day a week gone in a future sentence as this year\'s, and a weekday after "instead of" as the one before it', () => {
    assert.equal(datesIn('Anyone with information should call 101, quoting log 0917 of February 28.', '2026-03-04')[0].value, '2026-02-28');
    const moved = datesIn('The chief is now expected to testify Friday morning instead of Thursday.', '2026-03-11');
    assert.deepEqual(moved.map((d) => d.value), ['2026-03-13TMO', '2026-03-12']);
  });

  it('reads the day of what someone was asked or means to do as one ahead, whatever the tense of the asking', () => {
    const asked = datesIn('Ms Tolle called on the minister to make a statement on Thursday. The union wants a meeting with its chief executive, Ivo Kask, by Friday.', '2026-03-10');
    assert.deepEqual(asked.map((d) => d.value), ['2026-03-12', '2026-03-13']);
    // (Not past another clause: "asked to leave a week ago and was left out of Saturday's win".)
    const left = datesIn('He asked to leave a week ago and was left out of Saturday 2-1 win.', '2026-03-10');
    assert.equal(left.at(-1)!.value, '2026-03-07');
    // … and of a meeting asked for now on a day (not a day a clause between tells: "which wants a rise, struck on Friday").
    const meeting = datesIn('The union has asked for a meeting with managers on Friday. The guild, which wants a rise, struck on Friday.', '2026-03-10');
    assert.deepEqual(meeting.map((d) => d.value), ['2026-03-13', '2026-03-06']);
  });

  it('reads "the Monday before" and "the Friday after" from the date just named', () => {
    const dates = datesIn('The talk was set for May 7. The board cancelled it on the Monday before. The vote came on May 4, and the result the Friday after.', '2026-05-14');
    assert.deepEqual(dates.map((d) => d.value), ['2026-05-07', '2026-05-04', '2026-05-04', '2026-05-08']);
  });

  it('counts "the previous Monday" a week back from the Monday just named', () => {
    assert.deepEqual(datesIn('Streams reached 41 million on Monday, up 540% from the previous Monday.', '2026-02-03').map((d) => d.value), ['2026-02-02', '2026-01-26']);
  });

  it('reads "the past fortnight" as two weeks', () => {
    assert.equal(only('Traffic fell over the past fortnight.').value, 'P2W');
  });

  it('reads an age as a length', () => {
    const dates = datesIn('A 45-year-old engineer signed it. Her son is 7 years old, and the 18-month-old slept.');
    assert.deepEqual(dates.map((d) => [d.text, d.type, d.value]), [['45-year-old', 'DURATION', 'P45Y'], ['7 years old', 'DURATION', 'P7Y'], ['18-month-old', 'DURATION', 'P18M']]);
    // "aged 68", not a range of ages.
    const aged = datesIn('Retired nurse Ilse Varga, aged 68, was there. Voters aged 18 to 24 and those aged 70 and over stayed away.');
    assert.deepEqual(aged.map((d) => [d.text, d.value]), [['aged 68', 'P68Y']]);
    // An age in apposition to a name, the age one leaves work at, "the age of"; not a list's counts, a time or a length.
    const apposed = datesIn('Rosa Quint, 54, said so, and Delaney, 52, agreed. "I retired at 65," said Ana Birt, 16. Cases: Kent, 12, Essex, 9.');
    assert.deepEqual(apposed.map((d) => [d.text, d.value]), [['54', 'P54Y'], ['52', 'P52Y'], ['at 65', 'P65Y'], ['16', 'P16Y']]);
    const told = datesIn('He began when he was 18 and gave his age as 43. When they were 10 minutes away, it fell.');
    assert.deepEqual(told.map((d) => [d.text, d.value]), [['18', 'P18Y'], ['43', 'P43Y'], ['10 minutes', 'PT10M']]);
    const ageOf = datesIn('Those who began before the age of 18 may go; babies at the age of six months and pupils from the age of 11 to 14 may not. She retires at 10:30.');
    assert.deepEqual(ageOf.map((d) => [d.text, d.value]), [['before the age of 18', 'P18Y'], ['six months', 'P6M'], ['at 10:30', 'T10:30']]);
  });

  it('ignores counts and verbs', () => {
    for (const text of [
      'About 2000 people crossed the bridge.',
      'Officials may decide to close it.',
      'Police closed the 1600 block of Harbor Street.',
      'Call the hotline at 2021-2255 for help.',
      'The probe flew past the asteroid 2001 CC21.',
      'Telemetry from the Kalder 9 second stage showed a drop.',
    ]) {
      assert.deepEqual(datesIn(text).map((d) => d.text), [], text);
    }
  });

  it('dates headlines but not boilerplate lines', () => {
    const text = 'Council Votes Tuesday On Harbor Bridge Plan\nPhoto: taken March 3, 2024 by staff\nThe vote was close.';
    assert.deepEqual(datesIn(text).map((d) => d.text), ['Tuesday']);
  });

  it('keeps exact offsets in CRLF text', () => {
    const text = 'Harbor notes\r\nThe ferry resumed on Friday.\r\nTolls rise in 2026.\r\n';
    const dates = datesIn(text);
    assert.deepEqual(dates.map((d) => d.text), ['on Friday', 'in 2026']);
    assert.equal(dates[1].start, text.indexOf('in 2026'));
  });
});

describe('time: no dates in titles', () => {
  it('reads no frequency in a capitalized title ("Harbor & Rail Weekly")', () => {
    assert.equal(datesIn('Port volumes fell, Harbor & Rail Weekly reported.\nKELMAR RAIL WEEKLY').length, 0);
  });

  it('reads no frequency in a measure per time or a paper: "the highest daily total", "a third quarterly loss", "the weekly Kelmar Post"', () => {
    assert.equal(datesIn('It was the highest daily total, after a third quarterly loss, the weekly Kelmar Post and a weekly newspaper said.').length, 0);
    assert.equal(datesIn('Annual sales rose at the annual rate of 3%.').length, 0);
  });

  it('reads no time in a speed: "280 kilometres an hour", "80 miles per hour", but a wage\'s "$6 an hour"', () => {
    assert.deepEqual(datesIn('The car hit 280 kilometres an hour and 80 miles per hour; drivers earn $6 an hour.').map((d) => d.text), ['an hour']);
  });

  it('reads no day in a programme\'s title ("Radio Kelmar\'s Today programme"), but "today" and a sentence\'s "Today"', () => {
    const text = "She told Radio Kelmar's Today programme and the Tonight show she would resign today. Today the board met.";
    assert.deepEqual(datesIn(text).map((d) => [d.text, d.value]), [['today', '2024-10-16'], ['Today', '2024-10-16']]);
    // … nor in a masthead in capitals: "FREIGHT TODAY" alone on its line (a sentence's "TODAY" is a day).
    assert.deepEqual(datesIn('FREIGHT TODAY\n\nThe vote is TODAY.').map((d) => d.text), ['TODAY']);
    assert.equal(datesIn('FREIGHT TODAY\n\nThe vote is TODAY.')[0].start, 'FREIGHT TODAY\n\nThe vote is '.length);
  });

  it('reads no month in a name between commas before an age ("his wife, June, 75,"), but the age', () => {
    assert.deepEqual(datesIn('Ivo Brandt, 77, and his wife, June, 75, paid in June, 2025.').map((d) => d.text), ['77', '75', 'in June, 2025']);
  });
});

describe('time: numeric dates', () => {
  it('reads a/b/year month first, unless a is no month or only the day-first reading is not ahead of today', () => {
    const today = { year: 2026, month: 11, day: 22 };
    assert.equal(isDayFirst(10, 2, 2024, today), false, 'both past: month first');
    assert.equal(isDayFirst(31, 7, 2025, today), true, '31 is no month');
    assert.equal(isDayFirst(12, 3, 2026, today), true, '3 December 2026 is still ahead, 12 March is not');
    assert.equal(isDayFirst(12, 3, 2027, today), false, 'both ahead: month first');
  });

  it('reads a/b/year day first where the text writes its dates with the day before the month', () => {
    const first = (text: string) => zoned(findDates(text, runPipeline(text), null)[0]);
    assert.equal(first('Published on 04/03/2024 - 07:12 GMT+1\n\nA final vote is due 2 August 2024.'), '2024-03-04T07:12+01:00');
    assert.equal(first('Published 04/03/2024\n\nA final vote is due August 2, 2024.'), '2024-04-03');
  });
});

describe('time: resolution against the article date', () => {
  it('reads a day with "last year", a pledge\'s date ahead, a limit of a month the nearer one, and clock times in words', () => {
    assert.equal(only('The article was published on 4 May last year.', '2026-03-11').value, '2025-05-04');
    assert.equal(only('The final is on November 13 of next year.', '2026-03-11').value, '2027-11-13');
    assert.equal(datesIn('She took the oath at noon, pledging to hand over power on July 28.', '2026-03-11').at(-1)!.value, '2026-07-28');
    assert.equal(datesIn('The council had signalled in March that it saw no change before June.', '2026-04-08').at(-1)!.value, '2026-06');
    assert.equal(only('The protest comes as Poland prepares for the climate summit in November.', '2026-04-13').value, '2026-11');
    assert.equal(only('He said his mother phoned him at six in the morning.', '2026-03-11').value, '2026-03-11T06:00');
    assert.equal(only('Just after half past six this morning, police moved in.', '2026-03-11').value, '2026-03-11T06:30');
    assert.ok(!datesIn('Six in the morning shift workers were there.', '2026-03-11').some((d) => d.type === 'TIME'));
    // … on the day before or after, and British "half eight" is half past eight.
    assert.equal(only("We found out at nine o'clock yesterday morning.", '2026-03-11').value, '2026-03-10T09:00');
    assert.equal(only('The agent rang me at half eight yesterday morning.', '2026-03-11').value, '2026-03-10T08:30');
    assert.equal(only('The crew returns at ten tomorrow evening.', '2026-03-11').value, '2026-03-12T22:00');
  });

  it('reads an adverb of frequency before a preposition as a set, and a part of the day as the day named before it', () => {
    assert.equal(only('Buses run hourly on weekdays.', '2026-03-11').value, 'PT1H');
    const dates = datesIn('The outage began on Monday. By mid-morning the company had confirmed it. Crowds gathered from early afternoon.', '2026-03-11');
    assert.deepEqual(dates.map((d) => d.value), ['2026-03-09', '2026-03-09TMO', '2026-03-09TAF']);
  });

  it('reads a length of something with an article as a duration, not a day of the week', () => {
    assert.equal(only('The result ended a decade of rule by the front.', '2026-03-11').value, 'P10Y');
    assert.equal(datesIn('One day of the week was free.', '2026-03-11').length, 0);
  });

  it('takes no fall in prices for autumn and no "Today" ending a title for a day', () => {
    assert.equal(datesIn('Asked about the fall in the shares, the minister said nothing.', '2026-03-11').length, 0);
    assert.equal(datesIn('The council leader told Local Transport Today that work would begin.', '2026-03-11').length, 0);
    assert.equal(only('Today the council met.', '2026-03-11').value, '2026-03-11');
  });

  it("reads a day's or a month's possessive as what has happened, unless the sentence looks ahead", () => {
    assert.equal(only("Towns are still rebuilding from January's floods.", '2026-05-13').value, '2026-01');
    assert.equal(only("The deficit is smaller than projected in December's update.", '2026-05-13').value, '2025-12');
    assert.equal(only("Valentina Okoro refused to concede Sunday's run-off election.", '2026-05-13').value, '2026-05-10');
    assert.equal(only("Voters are preparing ahead of Sunday's vote.", '2026-05-13').value, '2026-05-17');
  });

  it("reads a month a changed plan named as the nearest, whatever the verbs say", () => {
    assert.equal(only('Velto had originally planned a worldwide release in June.', '2026-09-17').value, '2026-06');
    assert.equal(only('The launch, originally planned for June, slipped.', '2026-03-10').value, '2026-06');
  });

  it('reads a weekday something comes before as one ahead, unless the sentence is past', () => {
    assert.equal(only("The riders rest in Tarbes before Saturday's time trial.", '2026-05-13').value, '2026-05-16');
    assert.equal(only('Negotiators hope for a text before Friday.', '2026-05-13').value, '2026-05-15');
    assert.equal(only("Corin Vale was injured before Sunday's match.", '2026-05-13').value, '2026-05-10');
  });

  it("leaves out of a weekday's span the preposition that governs its possessor's noun", () => {
    const spans = datesIn("Shops braced for a hard stretch after Tuesday's budget confirmed cuts. Talks go on before Friday's deadline.", '2026-11-04');
    assert.deepEqual(spans.map((d) => [d.text, d.value]), [['Tuesday', '2026-11-03'], ['Friday', '2026-11-06']]);
  });

  it('puts no clock time told in the past on a day ahead named in its sentence', () => {
    const dates = datesIn('Her successor will be sworn in on Friday, the speaker said after the vote, which ended at 9:40 p.m.', '2026-03-11');
    assert.equal(dates.at(-1)!.value, '2026-03-11T21:40');
    assert.equal(only('The vote will be held on Friday at 9 p.m.', '2026-03-11').value, '2026-03-13T21:00');
  });

  it('reads a weekday after a preposition before "show" as a day, a date fixed or pencilled in for a month as ahead', () => {
    assert.equal(only('Figures released on Thursday show 1,274 cases.', '2026-03-11').value, '2026-03-05');
    assert.equal(datesIn('He read a Sunday newspaper.', '2026-03-11').length, 0);
    // "his last Sunday Mass": the last of a kind, no day (but "fans met last Sunday").
    assert.deepEqual(datesIn('He will celebrate his last Sunday Mass here. Fans met last Sunday.', '2026-06-03').map((d) => d.text), ['last Sunday']);
    assert.equal(only('A trial date has been fixed for October.', '2026-02-20').value, '2026-10');
    assert.equal(only('A trial date has been pencilled in for October.', '2026-02-20').value, '2026-10');
  });

  it('reads "since then" as the date named before it, and "the previous quarter" and "the past quarter"', () => {
    assert.equal(datesIn('The plant closed in 2019 and has stood empty since then.', '2026-03-11')[1].value, '2019');
    assert.equal(datesIn('Marchers arrived on Friday and have camped in the square since then.', '2026-03-11')[1].value, '2026-03-06');
    assert.equal(only('Nurses worked long hours during the previous quarter.', '2026-03-11').text, 'during the previous quarter');
    assert.equal(only('Sales rose over the past quarter.', '2026-03-11').value, 'P3M');
    // A quarter by its letter is the one the tense points to, as one by its ordinal is.
    assert.deepEqual(datesIn('Ferrow Labs booked a charge in Q4 and expects growth in Q3.', '2026-06-02').map((d) => d.value), ['2025-Q4', '2026-Q3']);
  });

  it("reads a clip's length in brackets on a \"Watch:\" line as a length, not a clock time", () => {
    assert.deepEqual(datesIn('Watch: Police spokesperson on the arrests (02:14)', '2026-03-11').map((d) => [d.type, d.value]), [['DURATION', 'PT2M14S']]);
    assert.equal(only('The plane landed at 14:02.', '2026-03-11').value, '2026-03-11T14:02');
  });

  it('reads a month a limit names in a past-tense sentence as the nearer one, but not the end of a span that ran', () => {
    assert.equal(only('Velmar capped wheat shipments through June.', '2026-02-17').value, '2026-06');
    assert.equal(only('Ostra had counted on the cargoes to cover its needs until May.', '2026-02-17').value, '2026-05');
    assert.equal(only('The firm sold corn for delivery by the end of April.', '2026-02-17').value, '2026-04');
    assert.equal(only('The strike lasted until May.', '2026-02-17').value, '2025-05');
    assert.equal(only('Sales rose until October.', '2026-02-17').value, '2025-10');
  });

  it('reads a deadline on an infinitive with a long object, and an invitation as a perfect of "called", as ahead', () => {
    assert.equal(datesIn('The regulator had asked the airline to hand over engine maintenance records for the past two years by Friday.', '2026-03-10').at(-1)!.value, '2026-03-13');
    assert.equal(only('The conciliator has called management and the union back to the table on Monday.', '2026-03-11').value, '2026-03-16');
    assert.equal(only('The union called a strike on Monday.', '2026-03-11').value, '2026-03-09');
  });

  it('takes a weekday in a past-tense sentence as the one before the article date', () => {
    const d = only('The council voted on Monday.');
    assert.equal(d.value, '2024-10-14');
    assert.match(d.resolution!, /^on Monday → 2024-10-14 .*from this article's date \(2024-10-16\)$/);
  });

  it('reads a verb whose past is its base form as past after a singular subject, and an event placed by "last" or "next"', () => {
    const cut = datesIn('Borrowers expect rates to fall by the third quarter after the central bank cut its key rate on Tuesday.');
    assert.equal(cut[1].value, '2024-10-15');
    assert.equal(only('The bank will cut its key rate on Thursday.').value, '2024-10-17');
    const sale = datesIn('Traders said yields could fall at the auction, from 18.9 percent at the last sale on February 18. The next auction on March 18 may tell.', '2026-03-04');
    assert.deepEqual(sale.map((d) => d.value), ['2026-02-18', '2026-03-18']);
    // An owner's last is the final one, its time the clause's.
    assert.equal(only('Members will sail their last race in July.', '2026-05-12').value, '2026-07');
    // A plan's noun tells no tense, unless it is for an appointment; a target's participle looks ahead.
    const plans = datesIn("The council approved Kelby Homes' plan for 90 flats late on Monday. The board unveiled a plan for a vote on Friday.", '2026-05-06');
    assert.deepEqual(plans.map((d) => d.value), ['2026-05-04', '2026-05-08']);
    assert.equal(only('Timetable: completion targeted for July–September', '2026-03-11').value, '2026-07/2026-09');
    // A market's close on a day is past, whatever is promised for it; a shop that will close is ahead.
    const close = datesIn("Holders will get a premium to the closing price on Monday, or to Monday's close. The shop will close on Friday.", '2026-03-04');
    assert.deepEqual(close.map((d) => d.value), ['2026-03-02', '2026-03-02', '2026-03-06']);
    // Figures for a month count one already begun.
    assert.equal(only('The office will publish retail sales figures for December.', '2026-01-14').value, '2025-12');
  });

  it('takes a weekday in a future-tense sentence as the next one', () => {
    assert.equal(only('The council will vote on Monday.').value, '2024-10-21');
    assert.equal(only('The final vote is scheduled for Friday.').value, '2024-10-18');
    assert.equal(only('The mayor is expected to sign it on Tuesday.').value, '2024-10-22');
    // … and a timetable's verb in the present progressive, an arrangement (not any progressive: "are investigating a crash").
    assert.equal(only('The choir is holding a concert on Saturday.').value, '2024-10-19');
    assert.equal(only("She's holding a concert on Saturday.").value, '2024-10-19');
    // (A possessive's "'s" is no "is": "at Tuesday's meeting" is past after "voted", whatever a relative clause says.)
    assert.equal(datesIn("Councillors voted five to two at Tuesday night's meeting to approve the swap with Kelmar Homes, which will build a hall.")[0].value, '2024-10-15TNI');
    assert.equal(only('Police are investigating a crash on Saturday.').value, '2024-10-12');
    assert.equal(only('Campaigns closed ahead of Saturday’s vote.').value, '2024-10-19');
    assert.equal(only('The trial continues on Monday.').value, '2024-10-21');
    // (… after a plural subject: "The ministers leave Ottawa on Tuesday".)
    assert.equal(only('The two ministers leave Vellby on Tuesday.').value, '2024-10-22');
    // A plan given up is past on its day: "abandoned a planned rights issue on Tuesday" (a planned one ahead).
    assert.equal(only('Kelmar abandoned a planned share sale on Tuesday.').value, '2024-10-15');
    assert.equal(only('Kelmar will hold a planned share sale on Tuesday.').value, '2024-10-22');
    // A perfect's "been" before its participle tells what has been, over an adverb ("had last been inspected in October"),
    // not what was said of what lies ahead; a noun after "after" is no timetable's verb ("after launch on Tuesday").
    assert.equal(only('The boiler had last been inspected in March during a planned outage.').value, '2024-03');
    assert.equal(only('The phone has been rumored to be released in November.').value, '2024-11');
    assert.equal(only('The rocket broke up after launch on Tuesday morning.').value, '2024-10-15TMO');
    // … after a plural subject too, where wink reads an adjective ("The doors open"), and "go" (not an object's "kept the doors open").
    assert.deepEqual(datesIn('The doors open at 10:00 on Saturday. Tickets go on sale at 9am on Monday.').map((d) => d.value), ['2024-10-19T10:00', '2024-10-21T09:00']);
    assert.equal(only('Staff kept the doors open on Saturday.').value, '2024-10-12');
    // "'d" before a past participle is "had", before a base form "would".
    assert.deepEqual(datesIn("We'd done 30 hours in it before Saturday. We'd go there before Saturday.").filter((d) => d.type !== 'DURATION').map((d) => d.value), ['2024-10-12', '2024-10-19']);
    // A timetable's noun is no verb: "played an eight-show run in February".
    assert.equal(only('The musical played an eight-show run in February.', '2026-03-03').value, '2026-02');
    assert.deepEqual(datesIn('Bayline cut crossings, including every evening run from Aug. 30.', '2027-09-09').map((d) => d.value), ['XXXX-XX-XXTEV', '2027-08-30']);
    assert.equal(only('The auctions continue Monday with a day sale.').value, '2024-10-21');
    assert.equal(only('The minister delivers her budget on Monday.').value, '2024-10-21');
    // A fixture: "travel to", and "host" after a relative clause between commas (wink reads a noun there).
    assert.equal(only('They travel to Harwick on Thursday.').value, '2024-10-17');
    assert.equal(only('Dunmore Rovers, who are five points clear, host Carrow Rovers on Sunday.').value, '2024-10-20');
    assert.equal(only('Its sister fund, Velmar Teachers, reports Thursday.').value, '2024-10-17');
    // An appointment held: "I have a wedding on Saturday," she said (not "the firm has a history …").
    assert.equal(only('"I have a wedding on Saturday," Ana Ruiz said.').value, '2024-10-19');
    assert.equal(only('The firm has a history of losses on Monday.').value, '2024-10-14');
    assert.equal(only('The team will play at the Rose Bowl on Jan. 9.', '2025-12-30').value, '2026-01-09');
    assert.equal(only('The museum is closed until Thursday.').value, '2024-10-17');
    // A weekday after a past decision's infinitive is the decision's day; after an expectation's, ahead.
    assert.equal(only('Corvane agreed to buy Maplethorpe Home Lending on Monday.').value, '2024-10-14');
    assert.equal(only('The bank is expected to sign the deal on Monday.').value, '2024-10-21');
    // (… a clock time's too, its weekday named after it.)
    assert.equal(datesIn('The grid operator ordered utilities to cut power at 4:17 a.m. EST (0917 GMT) on Monday.')[0].value, '2024-10-14T04:17');
    // A timetable's "wraps up", and a weekday listed after "tomorrow".
    assert.equal(only('The race wraps up Sunday.').value, '2024-10-20');
    assert.deepEqual(datesIn('Tomorrow and Saturday are hard days, she said.').map((d) => d.value), ['2024-10-17', '2024-10-19']);
  });

  it("leaves a company's fiscal quarter without a calendar value, and keeps a calendar one", () => {
    const text = 'Results for the first quarter of its 2025 financial year, its fiscal second quarter and Q1 FY2025 sales fell; the fourth quarter of 2023 was better.';
    assert.deepEqual(datesIn(text).filter((d) => /quarter|Q1/.test(d.text)).map((d) => [d.text, d.value]), [
      ['for the first quarter', null], ['fiscal second quarter', null], ['Q1', null], ['the fourth quarter of 2023', '2023-Q4'],
    ]);
  });

  it('dates the deed of a participle and its agent before the day, not the clause after it', () => {
    assert.equal(only('Under a draft law approved by the cabinet on Tuesday, logging would end.').value, '2024-10-15');
    assert.equal(only('He said it would be claimed by both sides by Friday.').value, '2024-10-18');
    // … and one after the day describes its noun: "a demonstration on Sunday organised by …".
    assert.equal(only('Residents plan to join a demonstration on Sunday organised by the Assembly.').value, '2024-10-20');
  });

  it('reads a deadline an infinitive sets as ahead, but not a count "by" a day after "according to"', () => {
    assert.equal(zoned(datesIn('Velor issued a directive on Wednesday, ordering the agencies to find, patch and disconnect all of the vulnerable devices and report back by 5 p.m. ET on Friday.')[1]), '2024-10-18T17:00-04:00');
    assert.equal(only('According to figures, the district had 903 cases by 12 October.').value, '2024-10-12');
  });

  it('reads "expected" as the future only before what is expected ("expected to", "expected in")', () => {
    assert.equal(only('The mayor is expected in Lisbon on Tuesday.').value, '2024-10-22');
    assert.equal(only('The bank reported better-than-expected profit on Monday.').value, '2024-10-14');
    assert.equal(only('Ostra posted better-than-expected first-quarter profit.', '2025-04-30').value, '2025-Q1');
  });

  it('reads the tense nearest to each weekday', () => {
    const dates = datesIn('She said on Monday that the council will vote on Friday.');
    assert.deepEqual(dates.map((d) => d.value), ['2024-10-14', '2024-10-18']);
  });

  it("reads the tense of the weekday's own clause before the rest of the sentence", () => {
    assert.equal(only('The truce took effect on Sunday and will hold.').value, '2024-10-13');
    assert.equal(only('Talks ended, and on Monday the two sides will meet again.').value, '2024-10-21');
  });

  it('reads a passive or a state after "will" as the future, not the participle as the past', () => {
    assert.equal(only('The exam will be held on Monday.').value, '2024-10-21');
    assert.equal(only('Schools will remain closed on Friday.').value, '2024-10-18');
    assert.equal(only('The bridge was closed on Monday.').value, '2024-10-14');
  });

  it('does not take an attribution after a comma (", officials said") as the tense of the date', () => {
    assert.equal(only('The singer will be honored at the harbor festival on Friday, organizers said.').value, '2024-10-18');
    assert.equal(only('The pier reopened on Friday, officials said.').value, '2024-10-11');
    assert.equal(only('Kelmar plans a release ahead of a wider rollout in December, sources told Ostra News.').value, '2024-12');
    assert.equal(only('We expect a hike in December, said Ana Ruiz.').value, '2024-12');
  });

  it('reads no tense in the noun "forecast" after a day, but the verb and the forecast for a day', () => {
    assert.equal(only('In August the agency cut its growth forecast.').value, '2024-08');
    assert.equal(only('Analysts forecast a cut in June.').value, '2025-06');
    assert.equal(only("The bank's forecast for June was grim.").value, '2025-06');
  });

  it('reads a forecast as the future, but not "could not be reached"', () => {
    assert.equal(only('The bank could raise rates again in December.').value, '2024-12');
    assert.equal(only('Growth may pick up in the first quarter.').value, '2025-Q1');
    assert.equal(only('Ana Ruiz could not be reached for comment on Tuesday.').value, '2024-10-15');
  });

  it('reads no purpose infinitive and no quote inside a passive as the tense', () => {
    assert.equal(only('Ana Ruiz flew to Lisbon on Tuesday to meet staff.').value, '2024-10-15');
    assert.equal(only('She said it would be "settled by Friday".').value, '2024-10-18');
  });

  it('reads "this week" written on a Sunday as the coming week when the event is ahead', () => {
    // 20 October 2024 is a Sunday, the last day of ISO week 42.
    assert.equal(only('Talks resume later this week.', '2024-10-20').value, '2024-W43');
    assert.equal(only('The council will vote this week.', '2024-10-20').value, '2024-W43');
    assert.equal(only('The council voted this week.', '2024-10-20').value, '2024-W42');
  });

  it('reads parts of a year named without "this" by the tense', () => {
    assert.deepEqual(datesIn('Sales fell in the first half of the year.').map((d) => d.value), ['2024-H1']);
    assert.equal(only('Repairs begin in the spring.').value, '2025-SP');
    assert.equal(only('Tolls rose sharply in the winter of 2019.').value, '2019-WI');
    // Written in October: a past spring is this year's, a past winter ahead of October last year's.
    assert.equal(only('The mayor said fourth-quarter revenue fell.', '2025-02-10').value, '2024-Q4');
    assert.equal(only('Work will resume in the summer.', '2024-10-16').value, '2025-SU');
    assert.equal(datesIn('The fall of the old regime shocked the city.').length, 0);
    // … and after a preposition without "the", where no verb: "in late spring", "the run-up to summer", not "rates to fall".
    assert.deepEqual(datesIn('Seals begin pupping in late spring, in the run-up to summer.').map((d) => d.value), ['2025-SP', '2025-SU']);
    assert.equal(datesIn('Rates are expected to fall over time.').length, 0);
    assert.deepEqual(datesIn('The ground was dry all summer.').map((d) => d.text), ['all summer']);
    assert.deepEqual(datesIn("In the summer last year's profits fell.").map((d) => d.text), ['In the summer', 'last year']);
    // A part of the fall is the season ("in early fall", not "the fall in shares"); a season joined to one of a year is of that year.
    assert.deepEqual(datesIn('It will list its shares in early fall, after the fall in shares.').map((d) => d.value), ['2024-FA']);
    assert.deepEqual(datesIn('Prices rose over the autumn and winter of 2022.').map((d) => d.value), ['2022-FA', '2022-WI']);
  });

  it('reads a market session\'s or an event\'s part of the day as that of the day named before, and a range\'s start in its end\'s year', () => {
    assert.deepEqual(datesIn('LONDON, 10 March 2026 — Shares fell 4 percent in afternoon trading. He reads the morning papers.', '2026-03-10').map((d) => [d.text, d.value]), [
      ['10 March 2026', '2026-03-10'],
      ['in afternoon', '2026-03-10TAF'],
    ]);
    assert.deepEqual(datesIn('Staff met between March and June last year.', '2026-05-05').map((d) => d.value), ['2025-03', '2025-06']);
    // "next summer" is the first to begin after the day, "last winter" the last to end before it.
    const seasons = (published: string) => datesIn('Crops failed last summer and last winter; we sell next summer and next spring.', published).map((d) => d.value);
    assert.deepEqual(seasons('2026-04-20'), ['2025-SU', '2025-WI', '2026-SU', '2027-SP']);
    assert.deepEqual(seasons('2026-10-10'), ['2026-SU', '2025-WI', '2027-SU', '2027-SP']);
    assert.deepEqual(seasons('2026-02-10'), ['2025-SU', '2024-WI', '2026-SU', '2026-SP']);
    // A quarter with its year right after it.
    assert.equal(only('Brindle will report its first-quarter 2026 results.', '2026-04-20').value, '2026-Q1');
    // … or after "calendar".
    assert.equal(only('Volumes could fall in the first half of calendar 2028.', '2026-04-20').value, '2028-H1');
  });

  it('gives a yearless month or day the year that opens its sentence or runs into it', () => {
    assert.deepEqual(datesIn('In 2021, the union struck from August to mid-September.').map((d) => d.value), ['2021', '2021-08', '2021-09']);
    assert.deepEqual(datesIn('The pier was shut in 2020 from March 13 until Aug. 29.').map((d) => d.value), ['2020', '2020-03-13', '2020-08-29']);
    // A year elsewhere in the sentence is another event's: "founded in 1998, said on March 3".
    assert.deepEqual(datesIn('The firm, founded in 1998, said on March 3 that it would sell.').map((d) => d.value), ['1998', '2024-03-03']);
  });

  it('counts whole years later or earlier from the year named just before, and only from there', () => {
    const dates = datesIn('She joined the port in 2012. Three years later she ran it. Two years earlier, she had left.');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['in 2012', '2012'], ['Three years later', '2015'], ['Two years earlier', '2013']]);
    assert.equal(only('Three years later she ran it.').value, null);
    assert.equal(datesIn('She joined in 2012. The port grew. It was sold. Three years later she left.')[1].value, null);
  });

  it('reads "on the 15th" as a day of the article month, moved by the tense, but not "the 15th floor"', () => {
    const dates = datesIn('The vote is due on the 15th of next month. Crews arrived on the 20th. Talks will resume on the 2nd.');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['on the 15th of next month', '2024-11-15'], ['on the 20th', '2024-09-20'], ['on the 2nd', '2024-11-02']]);
    assert.equal(datesIn('She lives on the 15th floor and won for the 3rd time.').length, 0);
    // … before a verb or a relative clause, and two such days, but not two floors.
    const two = datesIn('Cards posted on the 3rd and 4th that came back were lost on the 9th were found.', '2025-12-17');
    assert.deepEqual(two.map((d) => [d.text, d.value]), [['on the 3rd', '2025-12-03'], ['4th', '2025-12-04'], ['on the 9th', '2025-12-09']]);
    assert.equal(datesIn('Flats on the 2nd and 3rd floors burned.').length, 0);
  });

  it('joins a clock time with the day after it, local time included', () => {
    const dates = datesIn('The storm hit at about 9pm on Saturday. Trains will resume at 3 p.m. local time on Monday, and from 8pm Friday.');
    assert.deepEqual(dates.map((d) => [d.text, d.type, d.value]), [
      ['at about 9pm on Saturday', 'TIME', '2024-10-12T21:00'],
      ['at 3 p.m. local time on Monday', 'TIME', '2024-10-21T15:00'],
      ['from 8pm Friday', 'TIME', '2024-10-18T20:00'],
    ]);
    const truce = datesIn('The truce starts at 0000 local time on Thursday and ends at midnight local time Friday.', '2026-03-03');
    // 0000 opens its day; midnight ends it (AP style).
    assert.deepEqual(truce.map((d) => [d.text, d.value]), [['at 0000 local time on Thursday', '2026-03-05T00:00'], ['at midnight local time Friday', '2026-03-07T00:00']]);
    // … over a header's slash: "Updated: Jun 5, 2026 / 08:20 AM EDT".
    assert.deepEqual(datesIn('Posted: Jun 4, 2026 / 06:10 PM EDT\nUpdated: Jun 5, 2026 / 08:20 AM EDT\n\nIt rained.', '2026-06-04').map(zoned), [
      '2026-06-04T18:10-04:00',
      '2026-06-05T08:20-04:00',
    ]);
    // (Not the day that opens the next sentence.)
    const next = datesIn('The briefing began at 10:30 a.m. On June 3 the grid failed.', '2026-03-12');
    assert.deepEqual(next.map((d) => d.text), ['at 10:30 a.m.', 'On June 3']);
    const night = datesIn('It was just after 10 p.m. on Wednesday. By midnight the fire was out.', '2026-03-12');
    assert.deepEqual(night.map((d) => d.value), ['2026-03-11T22:00', '2026-03-12T00:00']);
    assert.equal(only('Shops close at midnight.').value, 'T24:00');
    assert.deepEqual(datesIn('He fronted the Midnight Ramblers.'), []);
  });

  it("dates a clock time by the article's day its header names, however far down, and past a month named after it", () => {
    const text = '16 October 2024\n\nAna Ruiz\nPolitical reporter\n\nImage source, Kelmar Pictures\nImage caption, Ruiz won shortly after 03:00 GMT\n\nThe result, declared at 3.10am, is the first win since last May.';
    assert.deepEqual(datesIn(text).map((d) => [d.text, zoned(d)]), [
      ['16 October 2024', '2024-10-16'], ['shortly after 03:00 GMT', '2024-10-16T03:00Z'], ['at 3.10am', '2024-10-16T03:10'], ['since last May', '2024-05'],
    ]);
  });

  it('keeps a day a few weeks ahead in a past-tense sentence in this year: it was set, not past', () => {
    assert.equal(only('The judge ordered a hearing for June 3.', '2025-05-20').value, '2025-06-03');
    assert.equal(only('The judge ruled on December 3.', '2025-05-20').value, '2024-12-03');
  });

  it('puts a clock time alone on the day just named, unless its sentence names its own or recurs', () => {
    const dates = datesIn('The quake struck on Tuesday. It hit at 10:40 a.m., the agency said. It hit again at 3 p.m. on Wednesday. Shops open at 9 a.m. daily.', '2026-03-04');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [
      ['on Tuesday', '2026-03-03'],
      ['at 10:40 a.m.', '2026-03-03T10:40'],
      ['at 3 p.m. on Wednesday', '2026-03-04T15:00'],
      ['at 9 a.m.', 'T09:00'],
      ['daily', 'P1D'],
    ]);
    // A day in another clause, or a recurring word far off, is not its own.
    const otherClause = datesIn('Staff met on Tuesday. They were summoned at 2:30 p.m. and told the plant would close on June 5.', '2026-05-12');
    assert.deepEqual(otherClause.map((d) => [d.text, d.value]), [['on Tuesday', '2026-05-12'], ['at 2:30 p.m.', '2026-05-12T14:30'], ['on June 5', '2026-06-05']]);
    assert.equal(datesIn('He was named on Saturday. It was announced at noon by the press office in its daily bulletin.', '2026-05-09')[1].value, '2026-05-09T12:00');
    // A past perfect in another clause makes no flashback.
    assert.equal(datesIn('A reactor shut on Tuesday. It tripped at 4:17 a.m., and there had been no leak.', '2026-05-05')[1].value, '2026-05-05T04:17');
    // "until 2 a.m." after a day's talks is the next morning.
    assert.equal(datesIn('Talks resumed on Monday, with mediators shuttling until 2 a.m. local time.', '2026-03-10')[1].value, '2026-03-10T02:00');
    // Past a year or month named in between.
    const coarse = datesIn('Copper jumped on Monday to its highest level this year. Futures were up 3% by 0930 GMT.', '2026-03-02');
    assert.deepEqual(coarse.map(zoned), ['2026-03-02', '2026', '2026-03-02T09:30Z']);
    // Not from a flashback or a day still ahead (the article's day instead), and no day at all in a past perfect.
    const flashback = datesIn('He had bought a ticket on Feb. 20. The hearing began after 10 a.m.', '2026-03-04');
    assert.equal(flashback[1].value, '2026-03-04T10:00');
    assert.equal(datesIn('Rescuers dug on Tuesday. The quake had struck at 4:17 a.m.', '2026-03-04')[1].value, 'T04:17');
    // … unless earlier than the time named just before: what had happened by then that day.
    const earlier = datesIn('Demand peaked at 5.30pm on Monday. Unit 2 had already come off at 4.10pm. Officials said at a 7am briefing that no one had been hurt.', '2027-01-13');
    assert.deepEqual(earlier.map((d) => d.value), ['2027-01-11T17:30', '2027-01-11T16:10', '2027-01-13T07:00']);
    assert.equal(datesIn('The team will leave on Thursday. The first aftershock came at 6:03 a.m.', '2026-03-04')[1].value, '2026-03-04T06:03');
    // … nor from a day long past named a few sentences before, a habit told in the present, or a conversion in brackets.
    const trial = datesIn('Calls were made between 10:37 and 10:58 p.m. April 8. A trooper stopped him at 10:46 p.m.', '2026-09-26');
    assert.equal(trial.at(-1)!.value, 'T22:46');
    assert.deepEqual(datesIn('Shops close at midnight. The blast came at night (1945 GMT).', '2026-03-04').map(zoned), ['T24:00', 'T19:45Z']);
    // … but past a day ahead, the last day named before it that is not ahead, in a telling too.
    const ahead = datesIn('A ferry struck the quay on Tuesday. Engineers will inspect it on Thursday. Residents were woken before 4 a.m.', '2026-05-05');
    assert.equal(ahead[2].value, '2026-05-05T04:00');
    const release = datesIn('She will leave after the show on Friday, the group said on Tuesday. The statement was released at 18:30.', '2026-03-04');
    assert.equal(release[2].value, '2026-03-03T18:30');
    const vote = datesIn('The board voted on Monday. Sales end on May 29. "It matters," the chief told reporters after the vote, which was taken at 4:15 p.m.', '2026-03-02');
    assert.equal(vote[2].value, '2026-03-02T16:15');
    // A clock time not told in the past after a day of the week ahead is that day's; a call to the reader is the page's.
    const kickOff = datesIn('The final is on Sunday. Kick-off is at 4pm.', '2026-06-01');
    assert.equal(kickOff[1].value, '2026-06-07T16:00');
    const listen = datesIn('The verdict came on Thursday. The club will meet fans at 7pm on Friday. Listen to the full report from 5pm.', '2026-03-12');
    assert.equal(listen[2].value, '2026-03-12T17:00');
    // Not from the day of the telling, unless the clock time's sentence tells too.
    const told = datesIn('A ship ran aground late on Monday, the port said on Tuesday. It lost power at 11:40 p.m., the owner said.', '2026-03-03');
    assert.equal(told[2].value, '2026-03-02T23:40');
    // A market's clock time is the article's day.
    const market = datesIn('A ship ran aground late on Monday, the port said. Its owner\'s shares were down 2% by 1045 GMT.', '2026-03-03');
    assert.equal(zoned(market[1]), '2026-03-03T10:45Z');
    // … and so is an editor's note's on the article's update.
    const note = datesIn('The council met on Monday. Editor\'s note: This story was updated at 17:40 to include comments.', '2026-03-12');
    assert.equal(note[1].value, '2026-03-12T17:40');
    const update = datesIn('Six died, the agency said on Tuesday. It said in an update at 10 a.m. that six remain missing.', '2026-03-04');
    assert.equal(update[1].value, '2026-03-03T10:00');
    // A few sentences on, past a flashback in between.
    const later = datesIn('The court heard arguments on Wednesday. Agents found the phone in November 2022. It was used at his trial two years later. Arguments began at 10 a.m.', '2026-03-11');
    assert.equal(later[3].value, '2026-03-11T10:00');
    // … however many sentences on.
    const auction = datesIn('A quilt sold at an auction on Saturday. It went to a doctor. She bid by phone. The guild was founded in 1988. It has 140 members. Its chair spoke. The sale, which began at 7 p.m., included 62 lots.', '2026-05-17');
    assert.equal(auction.at(-1)!.value, '2026-05-16T19:00');
    // Not from a conversion in brackets, whose day is another zone's.
    const converted = datesIn('Ships blocked the boat at 6:40 am (2240 GMT Saturday). One struck it at 7:55 am.', '2026-03-02');
    assert.deepEqual(converted.map(zoned), ['T06:40', '2026-02-28T22:40Z', 'T07:55']);
    // A conversion without a day of its own takes the dated time's, or the next or previous day half a day apart.
    const zones = datesIn('Qualifying starts at 10 a.m. on Sunday (1400 GMT). The vote closes at 10 p.m. on Friday (0200 GMT). Launch is at 6:40 am on Saturday (2240 GMT).', '2026-05-20');
    assert.deepEqual(zones.map(zoned), ['2026-05-24T10:00', '2026-05-24T14:00Z', '2026-05-22T22:00', '2026-05-23T02:00Z', '2026-05-23T06:40', '2026-05-22T22:40Z']);
    // A day of the week named in the sentence before dates a clock time up to a week back, unless told as a flashback (the
    // article's day then).
    const landed = datesIn('A jet landed in Tolbury on Friday night. It touched down at 9:20 p.m. local time.', '2026-04-07');
    assert.equal(landed[1].value, '2026-04-03T21:20');
    const canvass = datesIn('The canvass on Monday had put his lead at 143 votes. She spoke at 4:45 p.m.', '2026-11-20');
    assert.equal(canvass[1].value, '2026-11-20T16:45');
    // A timeline's entries run on from the day named before the list, past a telling's day ("told Kelby Post on Thursday").
    const timeline = datesIn('Pumps failed on Monday. The firm told Kelby Post on Thursday that it had erred.\n\nThe sequence:\n- 06:40 — pressure lost\n- 11:15 — repairs began\n- 13:20 — water returned\n- 18:50 — all clear', '2026-04-10');
    assert.deepEqual(timeline.filter((d) => d.type === 'TIME').map((d) => d.value), ['2026-04-06T06:40', '2026-04-06T11:15', '2026-04-06T13:20', '2026-04-06T18:50']);
    // … but from the story's day, not a day ahead it is not told of: "Rain is forecast for Wednesday. Timeline: - 15:20: rain".
    const forecast = datesIn('The stage was annulled on Tuesday. Rain is forecast again on Wednesday.\n\nTimeline\n- 15:20: rain begins\n- 15:42: crash', '2026-05-19');
    assert.deepEqual(forecast.filter((d) => d.type === 'TIME').map((d) => d.value), ['2026-05-19T15:20', '2026-05-19T15:42']);
    // A part of the day the text points back to is that part of the day named before: "the same night", "that evening".
    const same = datesIn('Staff found the leak on March 3 and cut access the same night. They left later that evening.', '2026-03-10');
    assert.deepEqual(same.map((d) => [d.text, d.value]), [['on March 3', '2026-03-03'], ['the same night', '2026-03-03TNI'], ['later that evening', '2026-03-03TEV']]);
    // … and any day of the sentence before that the clock time points back to ("that night"), or that the telling goes on
    // in, past or ahead; but no day told of in another tense.
    const night = datesIn('Ivo Vane was attacked on 2 May 2021. He died at about 10.50pm that night. The raid took place on Sept. 18, 2025. Officers entered at 5:42 a.m.', '2026-06-11');
    assert.deepEqual(night.filter((d) => d.type === 'TIME').map((d) => d.value), ['2021-05-02T22:50', '2025-09-18T05:42']);
    const rededicated = datesIn('The clock will be rededicated on Saturday 26 September. Tours will run from 10am. It was built on 3 June 1874. Tours will end at 3pm.', '2026-09-17');
    assert.deepEqual(rededicated.filter((d) => d.type === 'TIME').map((d) => d.value), ['2026-09-26T10:00', 'T15:00']);
    // A part of the day with its article is the day named before it, past a relative clause's past perfect.
    const afternoon = datesIn('The trial resumed on Thursday. Her lawyer spent much of the afternoon asking who had signed it.', '2026-03-19');
    assert.deepEqual(afternoon.map((d) => [d.text, d.value]), [['on Thursday', '2026-03-19'], ['much of the afternoon', '2026-03-19TAF']]);
    assert.deepEqual(datesIn('He read the morning papers.', '2026-03-19'), []);
    // A live report's entry stamped on a line of its own is on the day last dated so, else the article's.
    const live = datesIn('14:52 GMT\nRain fell on Monday and Tuesday.\n13:25 GMT\nDivers went down.\nFriday 5 June\n11:58 GMT\nA diver surfaced.', '2026-06-11');
    assert.deepEqual(live.filter((d) => d.type === 'TIME').map(zoned), ['2026-06-11T14:52Z', '2026-06-11T13:25Z', '2026-06-05T11:58Z']);
    // A clock time takes the day its clause names a few words on, not one another clause names.
    const march = datesIn('The march will begin at 11:15 outside the town hall on Thursday. Staff met at 9am and will vote on Friday.', '2026-06-03');
    assert.deepEqual(march.map((d) => d.value), ['2026-06-04T11:15', '2026-06-04', 'T09:00', '2026-06-05']);
    // (Nor the day of what a count is according to: the count was on the day named before.)
    const count = datesIn('Staff ran 900 booths on Saturday and had counted most votes by 11pm, according to figures released on Sunday afternoon.', '2026-10-19');
    assert.equal(count.find((d) => d.text === 'by 11pm')!.value, '2026-10-17T23:00');
    // A clock time with its day of the month after it takes no other day.
    assert.equal(datesIn('The firm said so on Tuesday. Anything that lands after midnight on the 12th pays more.', '2026-03-03')[1].value, 'T24:00');
  });

  it("keeps a clock time's zone apart from its value, as TimeML writes the time in the text's own zone", () => {
    const d = only('The quake struck at 3:15 p.m. EST on Tuesday.', '2026-05-06');
    assert.deepEqual([d.value, d.zone], ['2026-05-05T15:15', '-05:00']);
    assert.equal(only('Talks began on Tuesday.', '2026-05-06').zone, undefined);
  });

  it('gives a US zone written without its season the offset of the day: standard in winter, daylight in summer', () => {
    const winter = datesIn('Power returns by 5 p.m. CT Tuesday. Trading resumes at 9 a.m. Eastern on Wednesday.', '2026-02-10');
    assert.deepEqual(winter.map(zoned), ['2026-02-10T17:00-06:00', '2026-02-11T09:00-05:00']);
    assert.equal(zoned(only('The blast came at 4 p.m. PKT on Tuesday.', '2024-10-16')), '2024-10-15T16:00+05:00');
    // Daylight time from the second Sunday of March (8 March 2026) to the first of November (1 November 2026).
    assert.equal(zoned(only('The summit opens at 10 a.m. ET on March 9.', '2026-03-01')), '2026-03-09T10:00-04:00');
    assert.equal(zoned(only('The summit opens at 10 a.m. ET on March 7.', '2026-03-01')), '2026-03-07T10:00-05:00');
    assert.equal(zoned(only('The summit opens at 10 a.m. PT on November 2.', '2026-10-01')), '2026-11-02T10:00-08:00');
    assert.equal(only('Doors open at 10 a.m. ET.', null).value, 'T10:00', 'no day, no offset');
  });

  it("gives a place's time its zone, with summer time where the place keeps it", () => {
    // European summer time from the last Sunday of March (29 March 2026) to the last of October (25 October 2026).
    const uk = datesIn('Voting closes at 3pm UK time on Friday. The second round closes at 3pm London time on March 30.', '2026-03-03');
    assert.deepEqual(uk.map((d) => [d.text, zoned(d)]), [
      ['at 3pm UK time on Friday', '2026-03-06T15:00Z'],
      ['at 3pm London time on March 30', '2026-03-30T15:00+01:00'],
    ]);
    assert.equal(zoned(only('Kick-off is at 8:45 p.m. Paris time on October 26.', '2026-10-01')), '2026-10-26T20:45+01:00');
    assert.equal(zoned(only('Talks resume at 9 a.m. Moscow time on Monday.', '2026-07-01')), '2026-07-06T09:00+03:00', 'no summer time');
  });

  it("takes any other place's time into the span without an offset, but no common word's or day's", () => {
    const launch = only('The launch is set for 7pm Tarrowby time on Friday.', '2026-03-03');
    assert.deepEqual([launch.text, zoned(launch)], ['for 7pm Tarrowby time on Friday', '2026-03-06T19:00']);
    const markets = only('Markets open at 09:30 New Kestrel time.', '2026-03-03');
    assert.deepEqual([markets.text, zoned(markets)], ['at 09:30 New Kestrel time', 'T09:30']);
    assert.deepEqual(datesIn('Meals are served at 7pm dinner time.', '2026-03-03').map((d) => d.text), ['at 7pm']);
  });

  it('reads both ends of a clock range, the first taking the half of the day and the day of the second', () => {
    const dates = datesIn('Polls will be open from 4 to 7 p.m. on Thursday. The hearing ran from 9 a.m. to noon on Monday.', '2026-03-04');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [
      ['from 4', '2026-03-05T16:00'],
      ['7 p.m. on Thursday', '2026-03-05T19:00'],
      ['from 9 a.m.', '2026-03-02T09:00'],
      ['noon on Monday', '2026-03-02T12:00'],
    ]);
    assert.deepEqual(datesIn('Shops shut between 11 and 2 p.m.').map((d) => [d.text, d.value]), [['11', 'T11:00'], ['2 p.m.', 'T14:00']]);
    // Over midnight the other end is the day before or after the one named.
    const night = datesIn('A warning is in place from 15:00 until 09:00 on Saturday. The road shut from 10pm on Friday until 4am.', '2026-07-24');
    assert.deepEqual(night.map((d) => [d.text, d.value]), [
      ['from 15:00', '2026-07-24T15:00'],
      ['until 09:00 on Saturday', '2026-07-25T09:00'],
      ['from 10pm on Friday', '2026-07-24T22:00'],
      ['until 4am', '2026-07-25T04:00'],
    ]);
    // A conversion in parentheses before the day shares it.
    const converted = datesIn('The strike began at 6 p.m. (1700 GMT) on Tuesday.', '2026-05-05');
    assert.deepEqual(converted.map((d) => [d.text, zoned(d)]), [['at 6 p.m.', '2026-05-05T18:00'], ['1700 GMT', '2026-05-05T17:00Z'], ['on Tuesday', '2026-05-05']]);
    assert.deepEqual(datesIn('Fares rose from 4 to 7 percent in 2025.').map((d) => d.text), ['in 2025']);
  });

  it('reads a date in what a past decision or expectation looks forward to as ahead, but not after a past perfect', () => {
    const published = '2026-03-02';
    assert.equal(datesIn('Ministers agreed in an online meeting Sunday to trim output from April.', published)[1].value, '2026-04');
    assert.equal(only('The retailer said it expected prices to climb in the second quarter.', published).value, '2026-Q2');
    assert.equal(only('The agency gave Vantor until early May to present a plan.', published).value, '2026-05');
    assert.equal(only('Regulators said the firm must act by June.', published).value, '2026-06');
    assert.equal(only('The alliance had threatened to walk out on Thursday.', published).value, '2026-02-26');
    // An invitation's object may say where the meeting is; "to talks" is no verb.
    assert.equal(only('The minister has invited both sides to a meeting in Velmar on Thursday.', published).value, '2026-03-05');
    assert.equal(only('The minister has invited both sides to talks on Thursday.', published).value, '2026-03-05');
    // What had been due to happen was due then.
    assert.equal(only('The feeder, which had been due to load copper on Thursday, sat idle.', published).value, '2026-02-26');
    // What was sought was tried then.
    assert.equal(only('The minister sought to reassure the industry on Thursday.', published).value, '2026-02-26');
    assert.equal(only('The ministers met to discuss the plan in February.', published).value, '2026-02');
    // "after it forecast": a forecast made; "is preparing to": ahead.
    assert.equal(only('Shares tumbled nearly 9 percent on Thursday after it forecast weak sales.', '2026-01-23').value, '2026-01-22');
    assert.equal(datesIn('Norvane, which took over the field in 2022, is preparing to drill from the second quarter.', '2026-03-03')[1].value, '2026-Q2');
    // No tense: the nearer fourth quarter, a headline's in January.
    assert.equal(only('Vantor fourth-quarter results miss', '2026-01-22').value, '2025-Q4');
    // "this weekend" told in the past on a weekday: the weekend just past; ahead otherwise.
    assert.equal(only('What happened this weekend was unacceptable.', '2026-02-10').value, '2026-W06-WE');
    assert.equal(only('Crews will work this weekend.', '2026-02-10').value, '2026-W07-WE');
    // What is announced to start on a weekday starts ahead; what started, before.
    assert.equal(datesIn('The union on Monday called a strike starting Wednesday.', '2026-03-09')[1].value, '2026-03-11');
    assert.equal(only('The strike, which started Wednesday, ended.', '2026-03-09').value, '2026-03-04');
    // Not a date inside the infinitive's object ("to investigate … the weekend ice storm"); a range's end not before its start.
    assert.equal(datesIn('The governor on Monday night ordered regulators to investigate the weekend ice storm.', '2026-02-10')[1].value, '2026-W06-WE');
    assert.equal(datesIn('Shares fell on Thursday after it forecast sales for the January-March quarter.', '2026-01-23')[1].value, '2026-Q1');
    // A participle's clause after a comma has a tense of its own ("reversing … they made last year").
    assert.equal(datesIn('They said on Sunday that they would cut output by 411,000 tonnes per day (tpd) in April, reversing the increases they made last year.', '2026-03-02').find((d) => d.text === 'in April')?.value, '2026-04');
    // … one the tagger reads as a noun too; and a perfect's participle is past ("has run").
    assert.equal(only('The club received a letter on November 12, warning that the gates were unsafe.', '2026-02-02').value, '2025-11-12');
    assert.equal(only('The saga has run for most of the January window.', '2026-02-02').value, '2026-01');
    // A same-form past after a relative pronoun; a past form after a preposition is an adjective; "becomes" is scheduled.
    assert.equal(only('Telmora, which cut 900 jobs in March, will hire again.', '2026-10-03').value, '2026-03');
    assert.equal(only('Hugo Brandt will remain on paid leave until June 30.', '2026-03-20').value, '2026-06-30');
    assert.equal(only('Lena Ortiz becomes interim director on Monday.', '2026-03-20').value, '2026-03-23');
    // A contract's month lies ahead; a past form in a compound is an adjective ("closed-door").
    assert.equal(only('Brent crude for June delivery rose 2%.', '2026-05-05').value, '2026-06');
    // A price a market closed at is past, whatever is promised for it.
    assert.equal(only('Dalmont said it would pay a premium to Friday\'s closing price.', '2026-03-10').value, '2026-03-06');
    assert.equal(only('The regulator will hold a closed-door briefing for industry players on Thursday.', '2026-04-14').value, '2026-04-16');
    // … and so is one right after an article, whatever wink reads after it.
    assert.equal(datesIn('Builders will begin work in May, with a phased go-live from the third quarter.', '2026-03-11').at(-1)!.value, '2026-Q3');
    // A weekday listed with the one before shares its direction.
    assert.deepEqual(datesIn('Officials issued red alerts for Tuesday and Wednesday.', '2023-08-14').map((d) => d.value), ['2023-08-15', '2023-08-16']);
    assert.deepEqual(datesIn('Talks were held on Monday and Tuesday.', '2026-03-11').map((d) => d.value), ['2026-03-09', '2026-03-10']);
    // An obligation, a threat to act and a course that finishes look ahead; "said on Wednesday that … will" looks back.
    assert.equal(only('"Now we have to do it again on Saturday," he said.', '2026-11-11').value, '2026-11-14');
    assert.equal(only("She repeated the union's threat to withdraw from supervision from Monday.", '2026-11-12').value, '2026-11-16');
    assert.equal(only('"My course finishes in September, so I am not affected," she said.', '2026-03-03').value, '2026-09');
    assert.equal(only('The president said in the city of Lodwin on Wednesday that those responsible "will face the law."', '2026-11-12').value, '2026-11-11');
    // A date inside a "since" phrase is past; "since" as "because" says nothing.
    assert.equal(only('Some 9,000 people have been returned since the first flights in September, the ministry said.', '2026-03-11').value, '2025-09');
    assert.equal(only('Since they will meet in September, the plan waits.', '2026-03-11').value, '2026-09');
    // "Moody's said": a name's "'s", no "is" before a participle.
    assert.equal(only("Agency Moody's said on Tuesday it could revise the outlook.", '2026-03-18').value, '2026-03-17');
  });

  it('reads a weekday a thing is set for, a deadline, a timetable and a compound adjective as ahead or neutral', () => {
    const published = '2026-03-04'; // a Wednesday
    assert.equal(only('The judge set a hearing for Friday.', published).value, '2026-03-06');
    assert.equal(only('He was jailed for Friday\'s attack.', published).value, '2026-02-27');
    assert.equal(only('The party said it had until Monday to appeal.', published).value, '2026-03-09');
    assert.equal(only('Exporters had until February 20 to submit cost data.', published).value, '2026-02-20');
    assert.equal(only('All flights were cancelled until at least Saturday.', published).value, '2026-03-07');
    assert.equal(only('He was released on bail until May.', published).value, '2026-05');
    assert.equal(only('He stayed there until February.', published).value, '2026-02');
    assert.equal(only('Its leader has promised to announce his choice by Friday.', published).value, '2026-03-06');
    assert.equal(only('Shares fell to $3 by Tuesday.', published).value, '2026-03-03');
    // A deadline on what is asked or expected is ahead of the asking; what had happened by a day is not.
    assert.equal(only('The union demanded a response by Friday.', published).value, '2026-03-06');
    assert.equal(only('The company said it expected approval by June.', published).value, '2026-06');
    assert.equal(only('Rebels had withdrawn by Friday, officials said.', published).value, '2026-02-27');
    assert.equal(only('Its next big decision is due by December.', published).value, '2026-12');
    assert.equal(only('The forum, organized by the ministry, runs until Thursday.', published).value, '2026-03-05');
    // What is expected is ahead when expected now or in reported speech, not when told as expected then.
    assert.equal(only('The economist said she expected a cut in May.', published).value, '2026-05');
    assert.equal(only('She said she expected a 50-basis-point reduction in May.', published).value, '2026-05');
    assert.equal(only('The chief said she expected "a first hearing in May".', published).value, '2026-05');
    assert.equal(only('The company expects to publish updated KX-217 data in early June.', published).value, '2026-06');
    assert.equal(only('Analysts expected a cut in January, but the bank held.', published).value, '2026-01');
    // An aside a past participle opens dates what the participle says.
    assert.deepEqual(datesIn('The walkout, called by the union on Monday, runs until Friday.', '2026-03-10').map((d) => d.value), ['2026-03-09', '2026-03-13']);
    assert.equal(only('The offer expires on Friday.', published).value, '2026-03-06');
    assert.deepEqual(datesIn('The museum reopens on Friday, and the last ferry leaves on Sunday.', published).map((d) => d.value), ['2026-03-06', '2026-03-08']);
    assert.equal(only('The next window for an attempt is on Thursday.', published).value, '2026-03-05');
    assert.equal(only('Lawyers say a panel could not be composed before the summer, and Kelmar has signalled it will object.', published).value, '2026-SU');
    assert.equal(only('He left before the summer.', published).value, '2025-SU');
    assert.equal(only('A rocket failed after lifting off late on Monday, launch officials said.', published).value, '2026-03-02');
    // A relative clause between the date and its verb has no say; a fixture's present is ahead.
    assert.equal(only('On Tuesday the agency, which runs testing for the sport, said it found nothing.', published).value, '2026-03-03');
    assert.equal(only('The side sits 14th, and they visit Kervon on Saturday.', published).value, '2026-03-07');
    assert.equal(datesIn('He has been laid off since December 2023 and said his benefits run out in June.', published)[1].value, '2026-06');
    assert.equal(datesIn('Ana Ruiz told Radio Kelmar on Tuesday he expected completion before the summer.', published)[1].value, '2026-SU');
    // A condition still to be met is ahead; one in a past perfect is not.
    assert.equal(only('The bill reached $40m, the broker estimated, if the ship is freed by Friday.', published).value, '2026-03-06');
    assert.equal(only('If it had been freed by Friday, costs would have fallen.', published).value, '2026-02-27');
    assert.equal(only('The company launched its phone, which ships in June.', published).value, '2026-06');
    assert.equal(datesIn('The chip, unveiled last week, goes into laptops in June.', published)[1].value, '2026-06');
    // A caption's present tells what happened: "arrives at court on Tuesday".
    assert.equal(only('Photo: Ivo Brandt arrives at court on Tuesday.', published).value, '2026-03-03');
    assert.equal(only('It said it would send a large and well-equipped team on Monday.', published).value, '2026-03-09');
    // A relative clause the date stands in has its own tense.
    assert.deepEqual(datesIn('Ana Ruiz, who toured the hills on Tuesday evening, is expected to speak at Thursday\'s meeting.', published).map((d) => d.value), ['2026-03-03TEV', '2026-03-05']);
    assert.equal(only('Winds, which gusted at 70 km/h on Monday, will ease.', published).value, '2026-03-02');
    assert.equal(only('Ivo Lind, who meets the board on Friday, said little.', published).value, '2026-03-06');
    // What was done until or through a weekday holds until it, ahead; a course already run is past.
    assert.equal(only('The office extended its red warning until Saturday.', published).value, '2026-03-07');
    assert.equal(only('It has issued flood warnings through Friday morning.', published).value, '2026-03-06TMO');
    assert.equal(only('The talks lasted until Monday.', published).value, '2026-03-02');
    assert.equal(only('"By Saturday I want to be home," she said.', published).value, '2026-03-07');
    // A relative clause after a noun in apposition has its own time or none; a participle after the date tells none.
    assert.equal(only('A bronze sold at Harwood\'s on Wednesday, a result that could lift the market.', published).value, '2026-03-04');
    assert.equal(only('The regulator has opened a probe, a move that pushes any decision into the summer.', published).value, '2026-SU');
    assert.equal(only('Harwood\'s will hold its next sale on Friday, led by a portrait.', published).value, '2026-03-06');
    assert.equal(only('Rival Kelmar, owned by a fund, holds its own sale on Friday.', published).value, '2026-03-06');
    assert.equal(only('Prices will rise, said the bank, which cut rates in February.', published).value, '2026-02');
    // A refused bid's day is the refusal's; a plan with its object lies ahead.
    assert.equal(only("A judge rejected Kelmar Card's bid to dismiss the case on Monday.", published).value, '2026-03-02');
    assert.equal(only('The fishing group plans a boat protest on Friday.', published).value, '2026-03-06');
    assert.equal(only('Critics attacked the plans the board made on Monday.', published).value, '2026-03-02');
    assert.equal(only('The ministry said it would send a search-and-rescue team on Monday, while the capital said it stood ready.', published).value, '2026-03-09');
    // "10 a.m." ends its sentence before a capitalized word that is no zone or day.
    assert.equal(datesIn('A hearing was scheduled for Friday at 10 a.m. Prosecutors asked for more.', published)[0].value, '2026-03-06T10:00');
  });

  it('reads "said" with an object as a verb of the story, and "since" as the past', () => {
    assert.equal(only('On Feb. 8, the government announced a tariff and said it would review it.', '2023-06-12').value, '2023-02-08');
    assert.equal(only('Prices have fallen since October.', '2023-06-12').value, '2022-10');
  });

  it('puts a yearless date right after a date of an earlier year in that story time', () => {
    const dates = datesIn('On Feb. 11, 2019, she presented her findings. In July, she was told to stop. In July, the board will meet.', '2024-11-04');
    assert.deepEqual(dates.map((d) => d.value), ['2019-02-11', '2019-07', '2025-07']);
    // Not a date of the days or weeks before the article's own: that is the story's present.
    const recent = datesIn('Ivo Marek was arrested in November 2024. The commission called on June 3 for his release. His lawyer resigned in April.', '2026-06-04');
    assert.deepEqual(recent.map((d) => d.value), ['2024-11', '2026-06-03', '2026-04']);
    // "that November" is of the time named before it, however near the article's own.
    assert.equal(datesIn('The fund lost its money in May 2022 and in a bankruptcy that November.', '2026-01-15')[1].value, '2022-11');
    // Nor a month "since" which something runs to the telling.
    assert.equal(datesIn('The ban began in January 2020.\n\nPrices hit their highest level since November.', '2026-03-23')[1].value, '2025-11');
    // … nor a date after one a state lasting to the telling began on: that state frames no story time.
    assert.equal(datesIn('The firm has held the contract since October 2024. It is the third delay since the trial opened on 27 April.', '2026-05-12')[1].value, '2026-04-27');
  });

  it('puts "that October" and "that winter" after a year named alone, and a clock time\'s yearless day, in that story time', () => {
    const convicted = datesIn('Ivo Marek was convicted in 2024 of fraud. A judge sentenced him that October to 12 years.', '2026-03-12');
    assert.deepEqual(convicted.map((d) => d.value), ['2024', '2024-10', 'P12Y']);
    // … and "that winter", but no season a clause opens with ("said that summer is hot").
    assert.deepEqual(datesIn('The bell was lost in 1943. Soldiers took it that winter. He said that summer is hot.', '2026-03-12').map((d) => d.value), ['1943', '1943-WI']);
    // A year named alone frames no month the text does not tie to it.
    assert.equal(datesIn('Ivo Marek was convicted in 2024 of fraud. In October he was sentenced.', '2026-03-12')[1].value, '2025-10');
    const night = datesIn('The firm froze withdrawals in November 2022. His phone was there at 11:40 p.m. on Nov. 14.', '2026-03-12');
    assert.equal(night[1].value, '2022-11-14T23:40');
  });

  it('reads a month in a sentence reporting a change over a year as the latest one, not in the time of the date before', () => {
    const dates = datesIn('The bank ended its bond buying in May 2023. Prices rose 3% in February from a year earlier.', '2025-03-19');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['in May 2023', '2023-05'], ['in February', '2025-02'], ['from a year earlier', '2024']]);
  });

  it('compares "from a year earlier" with a period just named, but never with a year still ahead', () => {
    const ahead = datesIn('The firm gave an outlook for fiscal 2027. Orders doubled from a year earlier, and profit rose to $40 million from $31 million a year earlier.', '2025-11-04');
    assert.deepEqual(ahead.map((d) => d.value), [null, '2024', '2024']);
    const past = datesIn('Buyers stockpiled chips through 2023. Revenue was up 12 percent from a year earlier.', '2024-03-03');
    assert.deepEqual(past.map((d) => d.value), ['2023', '2022']);
  });

  it('takes the nearest such date for a yearless date in a sentence without tense', () => {
    assert.equal(only('The central bank meets on Feb. 3.', '2024-12-27').value, '2025-02-03');
    assert.equal(only('The figures for November are in.', '2025-02-10').value, '2024-11');
  });

  it('reads a past form before a noun after a verb as an adjective, not as the past tense', () => {
    assert.equal(only('The bank will publish updated forecasts in September.', '2024-07-18').value, '2024-09');
    assert.equal(datesIn('The bank will publish updated regional price data in its review in January.', '2024-10-13')[0].value, '2025-01');
    assert.equal(only('The museum drew record crowds in September.', '2024-07-18').value, '2023-09');
  });

  it('counts days, weeks and months later, "the next day", "the following year" and "that year" from the date named just before', () => {
    const dates = datesIn('The pier opened on July 22, 2019, and the next day the mayor came. A week earlier it had rained. Sales rose that year.');
    assert.deepEqual(dates.map((d) => d.value), ['2019-07-22', '2019-07-23', '2019-W29', '2019']);
    const months = datesIn('In May 2020 it closed; two months later it reopened. It was sold in 2021. The following year, it grew.');
    assert.deepEqual(months.map((d) => d.value), ['2020-05', '2020-07', '2021', '2022']);
    // A week counted from a year alone has no value, unless a day was named just before.
    assert.equal(datesIn('It was sold in 2021. A week later it closed.')[1].value, null);
    assert.equal(datesIn('She wrote on May 5, 2020. It cited a record from 2011. A reply came the next day.')[2].value, '2020-05-06');
    // In a sentence a year opens, too.
    assert.equal(datesIn('In 2001, riots followed a vote held the previous year.')[1].value, '2000');
    // A clock time just before the count is on the day counted, which counts from the day named before the clock time.
    const night = datesIn('The yacht struck at 21:40 on Saturday.\n- 03:35 the next morning: a helicopter came.\n- just before 04:00: the last one was lifted.', '2026-06-08');
    assert.deepEqual(night.map((d) => [d.text, d.value]), [['at 21:40 on Saturday', '2026-06-06T21:40'], ['03:35', '2026-06-07T03:35'], ['the next morning', '2026-06-07TMO'], ['just before 04:00', '2026-06-07T04:00']]);
    assert.deepEqual(datesIn('The boat sank on Saturday. At 2 a.m. the following day the crew was found.', '2026-06-08').map((d) => d.value), ['2026-06-06', '2026-06-07T02:00', '2026-06-07']);
  });

  it('reads the date a clause names back to ("that same year", "the year before"), and a weekday after "a" as no day of the week in hand', () => {
    assert.deepEqual(datesIn('He founded it in 2018 and joined an accelerator that same year.').map((d) => d.value), ['2018', '2018']);
    assert.deepEqual(datesIn('Sales hit 40 million in 2023, up from 25 million the year before.').map((d) => d.value), ['2023', '2022']);
    // … and a part of the day before it: "a preview the evening before".
    assert.deepEqual(datesIn('The show opens Sept. 18. The museum will host a preview the evening before.', '2027-03-08').map((d) => d.value), ['2027-09-18', '2027-09-17TEV']);
    assert.deepEqual(datesIn('He left the day before the vote.'), []);
    assert.equal(only('Officials raided its offices on a wet Tuesday.').value, 'XXXX-WXX-2');
    // A weekday's part in the plural is every such part: "on Tuesday afternoons".
    assert.deepEqual(datesIn('Clinics run on Tuesday afternoons and Saturday mornings.').map((d) => [d.type, d.value]), [['SET', 'XXXX-WXX-2TAF'], ['SET', 'XXXX-WXX-6TMO']]);
    assert.equal(datesIn('Officials raided its offices on a Tuesday morning in September 2023.', '2026-06-03')[0].value, 'XXXX-WXX-2');
    assert.equal(only('The firm said in a statement Tuesday it would close the plant.').value, '2024-10-15');
    assert.deepEqual(datesIn('Every night-bus driver was late.'), []);
  });

  it("takes a day's tense from the telling a day opening the sentence dates, past a charge, an adjective after a preposition and two names joined", () => {
    assert.equal(only('On Monday, she told reporters that the firm would act.').value, '2024-10-14');
    assert.equal(only('Ruiz is expected to appear in court on Thursday charged with theft.').value, '2024-10-17');
    assert.equal(only('It will hold a job fair for affected workers Saturday.').value, '2024-10-19');
    assert.equal(datesIn('The first units will reach Oslo and Bergen in May, with the remaining fleet replaced later.')[0].value, '2025-05');
    assert.equal(only('The union asked for talks before Friday.').value, '2024-10-18');
    assert.equal(only('Students have called a protest outside the store on Saturday.').value, '2024-10-19');
    assert.equal(only('The union called a strike on Monday.').value, '2024-10-14');
    assert.equal(only('The ministry updated its travel advice for Kelby on Thursday, urging visitors to leave.').value, '2024-10-10');
  });

  it('reads "the new year" as the year after the telling, but not a New Year holiday or the Lunar New Year', () => {
    assert.equal(only('Talks will resume in the new year.', '2026-11-04').value, '2027');
    assert.deepEqual(datesIn('Shops shut for the New Year holiday and the Lunar New Year.', '2026-11-04').map((d) => d.text), []);
  });

  it('reads "the next year" after a date as the year after it, over or in the next year as a length, and no count past the article', () => {
    assert.equal(datesIn('It will file in H2 2026, with regulators to follow the next year.', '2026-03-04')[1].value, '2027');
    assert.equal(only('Prices will rise over the next year.', '2026-03-04').value, 'P1Y');
    assert.equal(datesIn('It was sold in 2025. Staff stay for at least the next year.', '2026-03-04')[1].value, 'P1Y');
    const late = datesIn('It was set up in 2018. She told us yesterday: "Eight years later we have a drug."', '2026-03-04');
    assert.equal(late[2].value, null);
  });

  it('reads "the next morning" as the morning after the day named before', () => {
    const dates = datesIn('The boat sank on Tuesday night. Rescuers found survivors the next morning.', '2026-03-11');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['on Tuesday night', '2026-03-10TNI'], ['the next morning', '2026-03-11TMO']]);
  });

  it('counts "three days later" from a day named two sentences before', () => {
    const dates = datesIn('The water reached her village on Tuesday night. She walked the children to a school. Three days later, she is still there.', '2026-08-28');
    assert.deepEqual(dates.map((d) => d.value), ['2026-08-25TNI', '2026-08-28']);
  });

  it('reads a month before its figures as one already begun, whatever the verb says ("will report February orders")', () => {
    const dates = datesIn('Corvane will report February orders on Tuesday, and Norvale will publish its January figures next week. Sales will rise in February.', '2026-03-05');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['February', '2026-02'], ['on Tuesday', '2026-03-10'], ['January', '2026-01'], ['next week', '2026-W11'], ['in February', '2027-02']]);
  });

  it('takes no tense from a clause "after", "because" or "once" opens after the span, nor from "have got"', () => {
    const dates = datesIn('Bills will rise from April after councillors approved the budget. "We\'ve got until the fall," said Ada Kline.', '2026-02-24');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['from April', '2026-04'], ['until the fall', '2026-FA']]);
    assert.equal(only('The port said pilots would begin channel surveys at the two Orrin terminals on Thursday, once the swell allowed.', '2027-02-17').value, '2027-02-18');
    // Before the span "after" leads a phrase of its clause: "said after a conference on Sunday that they would …".
    assert.equal(only('The group said after a video conference on Sunday that it would cut output.', '2026-03-04').value, '2026-03-01');
  });

  it('reads a day in a condition as ahead, a past one that sets it too ("if it won … on 7 May"), not an indirect question', () => {
    assert.equal(only('He said his party would audit every penny if it won control of the council at the local elections on 7 May.', '2026-02-24').value, '2026-05-07');
    assert.equal(only('Police did not say if the suspect fled on Monday.', '2026-02-25').value, '2026-02-23');
  });

  it('reads a weekday or a day "from" which something holds as ahead when the verb says nothing, past when it does', () => {
    assert.deepEqual(datesIn('The council calls for a pause from Sunday. Ships sailed from Monday. Runners are eligible from Oct. 14.', '2026-03-12').map((d) => d.value), ['2026-03-15', '2026-03-09', '2026-10-14']);
  });

  it('takes no tense from an attribution with its own time after the clause ("…, the diocese said on Thursday")', () => {
    assert.equal(datesIn('Bishop Anselm Korvath will visit the town of Marwick in July, the diocese said on Thursday.', '2026-02-12')[0].value, '2026-07');
  });

  it('reads "May" and "March" before a noun of events as months ("its March meeting")', () => {
    assert.deepEqual(datesIn('The bank held rates at its March meeting and will act at its May meeting. Protesters march on Friday.', '2026-03-10').map((d) => [d.text, d.value]), [
      ['March', '2026-03'], ['May', '2026-05'], ['on Friday', '2026-03-06'],
    ]);
  });

  it('takes no tense from a reduced relative clause in apposition ("…, a move aimed at …"), and dates a source\'s weekday before its telling', () => {
    const dates = datesIn('The regulator will cut quotas from April, the regulator said, a move aimed at propping up prices. It will allow exports, according to a statement late Wednesday.', '2026-03-05');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['from April', '2026-04'], ['late Wednesday', '2026-03-04']]);
  });

  it('takes no schedule from a verb after "not", and no adjective of a past verb after a name wink reads as a verb', () => {
    const dates = datesIn('Dora Pell did not return calls Wednesday. Secretary Tom Shedding told reporters on Tuesday that his department would act.', '2026-03-05');
    assert.deepEqual(dates.map((d) => d.value), ['2026-03-04', '2026-03-03']);
  });

  it('reads "on course to" and "on track to" as ahead', () => {
    assert.equal(datesIn('The chart company said on Tuesday the album was on course to re-enter the top 10 on Friday.', '2026-02-03')[1].value, '2026-02-06');
  });

  it('reads what one "added" one expected as ahead, a sequence\'s participle and a scheduled report as telling no past, and a quarter before its figures as begun', () => {
    const expected = datesIn('The agency said capital was strong, adding that it expected reinsurance prices at the Jan. 1 renewals to rise.', '2026-10-09');
    assert.equal(expected[0].value, '2027-01-01');
    const results = datesIn('Amberlin is due to publish its third-quarter figures on Thursday, followed by Sorvane on Friday. Shares in Tolvik, which reports on Friday, rose.', '2026-11-10');
    assert.deepEqual(results.map((d) => d.value), ['2026-Q3', '2026-11-12', '2026-11-13', '2026-11-13']);
  });

  it('reads a deadline moved "to" a month as ahead', () => {
    assert.equal(only('The outage was extended to April.', '2026-03-03').value, '2026-04');
  });

  it('reads a forecast\'s "warning of", "should", "expected at", a session "brought forward to" and a past "this weekend" told late in the week as ahead', () => {
    const dates = datesIn('Forecasters are warning of heavy rain on Saturday. Sunday should be sunny. Qualifying was brought forward to Friday. This weekend\'s race has been moved.', '2026-05-21');
    assert.deepEqual(dates.map((d) => d.value), ['2026-05-23', '2026-05-24', '2026-05-22', '2026-W21-WE']);
    // Told on a Tuesday, a past weekend is the one just past.
    assert.equal(only('The race this weekend was moved.', '2026-05-19').value, '2026-W20-WE');
    // Someone "expected at" a place on a day is yet to come.
    assert.equal(only('Its chief executive is expected at the circuit on Sunday.', '2026-05-21').value, '2026-05-24');
    // What a warning given was of lies ahead; a warning given on a day is past.
    assert.equal(only('Forecasters warned of heavy rain on Saturday.', '2026-05-20').value, '2026-05-23');
    assert.equal(only('Forecasters had warned of heavy rain on Saturday.', '2026-05-20').value, '2026-05-16', 'what had been warned of is over');
    assert.equal(only('The watchdog ordered the insurer to raise capital, most recently in December.', '2026-04-09').value, '2025-12', 'a time told as recent is past');
    // What one can do is yet to come, not what one can tell of the past, nor another clause's ability after the day.
    assert.equal(only('Listeners can hear the interview at 7 p.m. on Friday.', '2026-04-09').value, '2026-04-10T19:00');
    assert.equal(only('Police can confirm the man died on Tuesday.', '2026-04-09').value, '2026-04-07');
    assert.equal(datesIn('The river is high after rain on Monday, and the unit says it can work only in daylight.', '2026-04-09')[0].value, '2026-04-06');
    assert.equal(only('The watchdog said it expected the hearing to be held in public, possibly as early as June.', '2026-03-05').value, '2026-06');
    assert.equal(only('The regulator warned in March that prices could rise.', '2026-05-20').value, '2026-03');
  });

  it("reads a headline's weekday no word puts in time as the body's mentions of that day do", () => {
    const ahead = datesIn('Marshals to hear protest on Thursday\n\nThe hearing will take place on Thursday in Paris.', '2026-05-05');
    assert.deepEqual(ahead.map((d) => d.value), ['2026-05-07', '2026-05-07']);
    const past = datesIn('Marshals hear protest on Thursday\n\nThe marshals heard the protest on Thursday in Paris.', '2026-05-05');
    assert.deepEqual(past.map((d) => d.value), ['2026-04-30', '2026-04-30']);
    // Not in the body: "the peak late Sunday night" is no preview.
    assert.equal(datesIn('Power returns to most homes\n\nOutages peaked late Sunday night. Crews will work on Sunday.', '2026-02-10')[0].value, '2026-02-08TNI');
  });

  it('dates a weekday by the date written right after it', () => {
    const dates = datesIn('The house opens its sales on Tuesday evening (19 May) with a record. Updated 12:10 AM EDT, Wed May 20, 2026.', '2026-05-14');
    assert.deepEqual(dates.map((d) => [d.text, zoned(d)]), [
      ['on Tuesday evening', '2026-05-19TEV'], ['19 May', '2026-05-19'], ['12:10 AM EDT, Wed May 20, 2026', '2026-05-20T00:10-04:00'],
    ]);
    // … with the weekday's part of the day.
    assert.equal(only('The glow will again be held on Saturday night, Sept. 25.', '2027-04-07').value, '2027-09-25TNI');
    // … a clock time's weekday too: "at 9am on Monday 1 June" is that day's, not the coming Monday's.
    assert.deepEqual(datesIn('Tickets go on sale at 9am on Monday 1 June.', '2026-05-13').map((d) => [d.text, d.value]), [['at 9am on Monday 1 June', '2026-06-01T09:00']]);
    // Not a date that falls on another weekday: "on Friday (12 May)" is no Tuesday's date.
    assert.equal(datesIn('Crews arrived on Friday (12 May).', '2026-05-13')[0].value, '2026-05-08');
  });

  it('reads a limit that is "unlikely" as ahead, in reported speech too', () => {
    assert.equal(only('One official said a decision was unlikely before the summer.', '2026-03-12').value, '2026-SU');
    // (Nor a compound's verb in a relative clause: "a balloon that crash-landed on Saturday", told on a Sunday.)
    assert.equal(only('It would examine a balloon that crash-landed in rural Kelby on Saturday.', '2026-05-17').value, '2026-05-16');
    // (Not "likely" before its noun: "identified a drain installed in April as the likely source", told in May.)
    assert.equal(only('The firm had identified a damaged drain installed during a refurbishment in April as the likely source.', '2026-05-13').value, '2026-04');
  });

  it('reads "September of that year" and "the autumn of that year" in the year named just before, and none without one', () => {
    assert.deepEqual(datesIn('Since 2023, auditors have run the city. It went bust in September of that year.', '2026-02-24').map((d) => [d.text, d.value]), [
      ['Since 2023', '2023'], ['in September of that year', '2023-09'],
    ]);
    assert.equal(only('It went bust in September of that year.', '2026-02-24').value, null);
    // … and a season so.
    assert.deepEqual(datesIn('The plan passed in 2024, and work ended in the autumn of that year.', '2026-06-07').map((d) => d.value), ['2024', '2024-FA']);
  });

  it('puts a clock time before "the same day" or "that day" on the day named before it', () => {
    const dates = datesIn('Kelmar Air stopped flying at 11:59 p.m. on Monday. Its shares had been halted at 1:12 p.m. ET the same day. Talks ended at 4pm that day.', '2027-01-07');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['at 11:59 p.m. on Monday', '2027-01-04T23:59'], ['at 1:12 p.m. ET the same day', '2027-01-04T13:12'], ['at 4pm that day', '2027-01-04T16:00']]);
  });

  it('counts "six hours later" and "30 minutes earlier" from the clock time named just before, over midnight, and from no day alone', () => {
    const dates = datesIn('The reactor tripped at 7:02 p.m. on Tuesday, and power returned about six hours later.', '2026-03-04');
    assert.deepEqual(dates.map((d) => d.value), ['2026-03-03T19:02', '2026-03-04T01:02']);
    assert.equal(datesIn('The reactor tripped on Tuesday, and power returned six hours later.', '2026-03-04')[1].value, null);
    // A coarser date of the same sentence that holds the day named adds nothing to count from.
    const morning = datesIn('He was arrested at 9.40pm on 14 September last year. He was released the following morning.', '2026-03-04');
    assert.equal(morning.at(-1)!.value, '2025-09-15TMO');
    // Minutes too: "doors open 30 minutes earlier".
    const doors = datesIn('The talk is on Thursday 19 March at 7.30pm, with doors opening 30 minutes earlier.', '2026-02-16');
    assert.deepEqual(doors.map((d) => d.value), ['2026-03-19T19:30', '2026-03-19T19:00']);
  });

  it('reads "the following January" as the first January after the date named just before', () => {
    const dates = datesIn('He was elected in November 1987 and took office the following January.', '2026-03-04');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['in November 1987', '1987-11'], ['the following January', '1988-01']]);
  });

  it('counts "the following year" from a year ahead named in its own sentence, and from nothing when that one has no value', () => {
    const text = 'The first jet joined the fleet in 2003. The older jets leave by the end of next year, and the newer ones the following year.';
    assert.deepEqual(datesIn(text, '2026-03-04').map((d) => d.value), ['2003', '2027', '2028']);
    assert.deepEqual(datesIn(text, null).map((d) => d.value), ['2003', null, null]);
  });

  it('reads a clock time before dawn told after an afternoon or evening one as the next day', () => {
    const dates = datesIn('The jet left at 22:42 UTC on 1 March and the crew saw an alert at about 01:10 UTC.', '2026-03-04');
    assert.deepEqual(dates.map(zoned), ['2026-03-01T22:42Z', '2026-03-02T01:10Z']);
    // … and in a later sentence, not past the article's day.
    const later = datesIn('A fire broke out on Monday. It started at 11:15 p.m. Crews brought it under control at around 4:10 a.m.', '2026-05-05');
    assert.deepEqual(later.map((d) => d.value), ['2026-05-04', '2026-05-04T23:15', '2026-05-05T04:10']);
    // … an afternoon's too: a rescue told in order through the night.
    const rescue = datesIn('The team was called out just before 5 p.m. Saturday. Rescuers reached the pair at about 2:30 a.m.', '2027-01-18');
    assert.deepEqual(rescue.map((d) => d.value), ['2027-01-16T17:00', '2027-01-17T02:30']);
    // Not from a header's evening: the small hours of the story are that day's.
    assert.deepEqual(datesIn('Updated March 3, 2026, 7:45 p.m.\n\nThe fire broke out at 3 a.m.', '2026-03-03').map((d) => d.value), ['2026-03-03T19:45', '2026-03-03T03:00']);
  });

  it('reads "N years after" an event of its own as the length between, "after" left out', () => {
    const dates = datesIn('The plan was drafted in 2012. It opened 31 years after it was proposed, five weeks before the vote.');
    assert.deepEqual(dates.slice(1).map((d) => [d.text, d.type, d.value]), [['31 years', 'DURATION', 'P31Y'], ['five weeks', 'DURATION', 'P5W']]);
    assert.deepEqual(datesIn('She died a day after the attack.').map((d) => [d.text, d.value]), [['a day', 'P1D']]);
  });

  it('gives a weekday or today its part of the day, unless a clock time says more', () => {
    const dates = datesIn('Talks ended on Monday night. Crews left this morning. She spoke on Tuesday morning at 9 a.m.');
    assert.deepEqual(dates.map((d) => d.value), ['2024-10-14TNI', '2024-10-16TMO', '2024-10-15T09:00']);
  });

  it('keeps early / late / mid before next year, and a range of days whole', () => {
    assert.deepEqual([only('Growth will slow early next year.').text, only('Growth will slow early next year.').value], ['early next year', '2025']);
    const range = only('The summit will be held on June 28-29.');
    assert.deepEqual([range.text, range.value], ['on June 28-29', '2025-06-28/2025-06-29']);
  });

  it('reads a month with last, this or next year as one date in that year', () => {
    const dates = datesIn('It sued in February last year. Sales in March this year rose. The plant opens in May next year.');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['in February last year', '2023-02'], ['in March this year', '2024-03'], ['in May next year', '2025-05']]);
  });

  it('gives the first months of a list the year written after the last', () => {
    const dates = datesIn('Strikes hit the port in March and April 2021, and again in May or June 2022.', '2026-03-04');
    assert.deepEqual(dates.map((d) => d.value), ['2021-03', '2021-04', '2022-05', '2022-06']);
    // Every month of a longer list, the year after "of".
    const list = datesIn('Wages were late in March, May and June of 2025.', '2026-03-04');
    assert.deepEqual(list.map((d) => d.value), ['2025-03', '2025-05', '2025-06']);
  });

  it("gives the start of a range the year its end names, the year before when it is later in the year", () => {
    const dates = datesIn('Sales rose from January to November 2024. Talks ran from November to February 2025 and from May 3 to June 1, 2023.', '2026-03-10');
    assert.deepEqual(dates.map((d) => d.value), ['2024-01', '2024-11', '2024-11', '2025-02', '2023-05-03', '2023-06-01']);
  });

  it('gives the end month of a range the first such month after its start', () => {
    const dates = datesIn('The season runs from December through March. Talks ran from November 2025 to February.', '2026-01-10');
    assert.deepEqual(dates.map((d) => d.value), ['2026-12', '2027-03', '2025-11', '2026-02']);
  });

  it("dates the holidays of the calendar's fixed days", () => {
    const dates = datesIn('They have not lost since Boxing Day. The parade is on Saint Patrick\'s Day.', '2026-02-01');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['since Boxing Day', '2025-12-26'], ["on Saint Patrick's Day", '2026-03-17']]);
    // … and other nations' fixed days, none of them a saint's town ("St. George, Utah").
    const more = datesIn("The Fourth of July parade will go ahead. Anzac Day 2025 was quiet. On Bonfire Night crowds came. St Andrew's Day is on Monday. St. George, Utah, agreed.", '2026-06-03');
    assert.deepEqual(more.map((d) => [d.text, d.value]), [['Fourth of July', '2026-07-04'], ['Anzac Day 2025', '2025-04-25'], ['On Bonfire Night', '2025-11-05'], ["St Andrew's Day", '2026-11-30'], ['on Monday', '2026-06-08']]);
  });

  it('dates days that move with the year: Easter and its days, Thanksgiving and the shopping days after it, US weekday holidays', () => {
    const dates = datesIn('Stores open on Black Friday and close after Cyber Monday. Churches fill on Good Friday 2025 and on Easter Monday.', '2026-11-23');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [
      ['on Black Friday', '2026-11-27'], ['after Cyber Monday', '2026-11-30'], ['on Good Friday 2025', '2025-04-18'], ['on Easter Monday', '2025-04-21'],
    ]);
    assert.equal(datesIn('He died on Easter Monday.', '2026-11-23')[0].value, '2026-04-06');
    assert.deepEqual(datesIn('Eastern Europe grew.', '2026-11-23'), []);
    assert.equal(datesIn('Sales over Thanksgiving 2024 rose.', '2026-11-23')[0].value, '2024-11-28');
    // US days set on a weekday of their month, the nearest such or the one named by a year.
    const us = datesIn('Ballots must arrive by Election Day. Crews print through Labor Day; Memorial Day 2025 was busy. The election day was set.', '2026-09-01');
    assert.deepEqual(us.map((d) => [d.text, d.value]), [['by Election Day', '2026-11-03'], ['through Labor Day', '2026-09-07'], ['Memorial Day 2025', '2025-05-26']]);
    // … the other US and Canadian weekday holidays, and the church's days counted from Easter.
    const more = datesIn("Offices will shut on Presidents' Day and on Martin Luther King Jr. Day 2027; Victoria Day fireworks are next. Shrove Tuesday 2027 has a pancake race.", '2026-03-10');
    assert.deepEqual(more.map((d) => [d.text, d.value]), [
      ["on Presidents' Day", '2027-02-15'], ['on Martin Luther King Jr. Day 2027', '2027-01-18'], ['Victoria Day', '2026-05-18'], ['Shrove Tuesday 2027', '2027-02-09'],
    ]);
    assert.deepEqual(datesIn('Crowds came on Whit Monday. Pews fill on Palm Sunday.', '2026-02-01').map((d) => d.value), ['2025-06-09', '2026-03-29']);
    assert.deepEqual(datesIn('Parades ran on Veterans Day and on Juneteenth.', '2026-12-01').map((d) => d.value), ['2026-11-11', '2026-06-19']);
  });

  it('reads every weekday of a list after "every", an evening hour "tonight", a dotted time by its nation and a stamp after a date', () => {
    const sets = datesIn('The office opens every Monday and Wednesday; bins go out each Tuesday, Thursday or Friday.', '2026-06-03');
    assert.deepEqual(sets.map((d) => [d.text, d.value]), [
      ['every Monday', 'XXXX-WXX-1'], ['Wednesday', 'XXXX-WXX-3'], ['each Tuesday', 'XXXX-WXX-2'], ['Thursday', 'XXXX-WXX-4'], ['Friday', 'XXXX-WXX-5'],
    ]);
    const evening = datesIn('WKRT 9 will have more tonight at 11. The vote is at 9.30 tonight.', '2026-06-03');
    assert.deepEqual(evening.map((d) => d.value), ['2026-06-03T23:00', '2026-06-03T21:30']);
    assert.deepEqual(datesIn('Play begins at 16.00 Swedish time. The score was 10.45 this time.', '2026-06-03').map((d) => d.value), ['T16:00']);
    // … or after "at" with a leading zero or a part of the day after it, but not a price.
    const dotted = datesIn('She called at 09.40. He left at 10.15 on Tuesday morning. Shares closed at 10.15 on Tuesday.', '2026-03-10');
    assert.deepEqual(dotted.map((d) => [d.text, d.value]), [['at 09.40', '2026-03-10T09:40'], ['at 10.15 on Tuesday morning', '2026-03-10T10:15'], ['on Tuesday', '2026-03-10']]);
    // … an hour of one digit before a part of the day, in its half of the day.
    const halves = datesIn('I got a call at 6.30 this morning. The bus left at 9.45 on Monday evening. It cost 6.30 on Monday.', '2026-03-10');
    assert.deepEqual(halves.map((d) => [d.text, d.value]), [['at 6.30 this morning', '2026-03-10T06:30'], ['at 9.45 on Monday evening', '2026-03-09T21:45'], ['on Monday', '2026-03-09']]);
    assert.deepEqual(datesIn('Correction, 3 June 2026, 11:45: a name was misspelt.', '2026-06-03').map((d) => d.value), ['2026-06-03T11:45']);
  });

  it('dates a weekday by its place in its month, in the year the tense picks or the one named', () => {
    const dates = datesIn('A memorial is planned for the first Sunday of July. He arrived on the last Friday of May. It falls on the 3rd Monday of January 2027.', '2026-06-03');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [
      ['for the first Sunday of July', '2026-07-05'], ['on the last Friday of May', '2026-05-29'], ['on the 3rd Monday of January 2027', '2027-01-18'],
    ]);
    assert.equal(datesIn('The vote is on the second Tuesday in March.', '2026-06-03')[0].value, '2027-03-09');
  });

  it('reads no date in a year that ends a name, but one after a month, a season, a preposition or a determiner', () => {
    assert.deepEqual(datesIn("The kingdom's Vision 2045 plan will host Expo 2045 under the Harbour Act 2019.", '2026-11-23'), []);
    assert.deepEqual(datesIn('Lawmakers passed HB 2041 and SB 1999.', '2026-11-23'), []);
    const dates = datesIn('In 2025 sales rose. His 2018 season was long. Spring 2024 was wet, and June 2023 hot.', '2026-11-23');
    assert.deepEqual(dates.map((d) => d.value), ['2025', '2018', '2024-SP', '2023-06']);
  });

  it('puts a season in the year that opens its sentence', () => {
    assert.equal(datesIn('In 2003, the firm grew over the summer.')[1].value, '2003-SU');
  });

  it('honours last / next / this before a weekday', () => {
    assert.equal(only('They met last Wednesday.').value, '2024-10-09');
    assert.equal(only('They meet again next Wednesday.').value, '2024-10-23');
    assert.equal(only('They meet this Friday.').value, '2024-10-18');
    // Yesterday would be "yesterday": "last Tuesday" written on a Wednesday is the week before's, and
    // "next Thursday" the week after's.
    assert.equal(only('They met last Tuesday.').value, '2024-10-08');
    assert.equal(only('They meet next Thursday.').value, '2024-10-24');
    assert.equal(only('He is due before the committee on Tuesday.').value, '2024-10-22');
  });

  it('turns "in N years" into a future point only in a future-tense sentence', () => {
    const d = only('The mayor will reopen the bridge in two years.');
    assert.deepEqual([d.type, d.value], ['RELATIVE', '2026']);
  });

  it('keeps "in N years" a length after a first/last/superlative, even in the future tense', () => {
    const d = only('She will become the third mayor in ten years.');
    assert.deepEqual([d.text, d.type, d.value], ['in ten years', 'DURATION', 'P10Y']);
  });

  it('uses the weekday beside a yearless date to pick the year', () => {
    // 12 November is a Tuesday in 2024 and a Sunday in 2023.
    assert.equal(only('They met on Sunday, November 12.').value, '2023-11-12');
  });

  it('leaves relative expressions unresolved without an article date, never guessing', () => {
    for (const text of ['The council voted on Monday.', 'Crews worked this week.', 'Bids closed on September 30.']) {
      const d = only(text, null);
      assert.equal(d.value, null, text);
      assert.match(d.resolution!, /unresolved \(no article date\)$/);
    }
    assert.equal(only('Tolls stay frozen until 2027.', null).value, '2027');
  });

  it('resolves weeks across a year boundary as ISO weeks', () => {
    assert.equal(only('Crews worked this week.', '2021-01-01').value, '2020-W53');
    assert.equal(only('Crews worked this week.', '2024-12-30').value, '2025-W01');
    assert.equal(only('The plan was shelved last week.', '2025-01-02').value, '2024-W52');
  });

  it('dates each day of a list that names its month once, before or after the days', () => {
    assert.deepEqual(datesIn('Work from home on 17 and 18 March; talks on March 3 and 4; shares rose 3 and 4 percent in May.', '2026-03-05').map((d) => [d.text, d.value]), [
      ['on 17', '2026-03-17'], ['18 March', '2026-03-18'], ['on March 3', '2026-03-03'], ['4', '2026-03-04'], ['in May', '2025-05'],
    ]);
  });

  it('reads what "had" been put in force through a weekday as over', () => {
    assert.equal(datesIn('The Met Office had issued a warning through Friday night.', '2026-05-09')[0].value, '2026-05-08TNI');
    assert.equal(datesIn('The Met Office has issued a warning through Friday night.', '2026-05-09')[0].value, '2026-05-15TNI');
  });

  it('reads a numeric date written with hyphens, its year in full, as one written with slashes', () => {
    assert.deepEqual(datesIn('Updated: 18-03-2026. The score was 2-1 in 2021-22.').map((d) => [d.text, d.value]), [['18-03-2026', '2026-03-18'], ['in 2021-22', '2021/2022']]);
  });

  it('reads "the week of" a day and "the first week of" a month as the ISO week that holds it', () => {
    assert.deepEqual(datesIn('Talks are set for the week of April 20, and he visits in the first week of March.', '2026-02-10').map((d) => [d.text, d.value]), [
      ['for the week of April 20', '2026-W17'], ['in the first week of March', '2026-W10'],
    ]);
    assert.equal(only('It ended in the last week of June 2025.', '2026-02-10').value, '2025-W26');
  });

  it('reads a season a judging adjective describes after "a" as one of the story\'s, not a hot spring', () => {
    const dates = datesIn('The vote caps a difficult spring for clubs. Members face a long, hard summer. It was a hot spring.', '2026-06-05');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['spring', '2026-SP'], ['summer', '2026-SU']]);
  });

  it('reads "this past" as "last" before a month, a season, a week or a weekend, not before a weekday', () => {
    const dates = datesIn('Funds came from a gala this past November. Crews worked this past weekend and this past week.', '2027-01-18');
    assert.deepEqual(dates.map((d) => [d.text, d.value]), [['this past November', '2026-11'], ['this past weekend', '2027-W02-WE'], ['this past week', '2027-W02']]);
  });

  it('reads "the weekend of" a day or a range of days, and "the last weekend of" a month, as that ISO week\'s weekend', () => {
    const text = 'The fair is on the weekend of 18-19 April, after the weekend of March 14. The show was moved to the last weekend of May.';
    assert.deepEqual(datesIn(text, '2026-03-03').map((d) => [d.text, d.value]), [
      ['on the weekend of 18-19 April', '2026-W16-WE'], ['after the weekend of March 14', '2026-W11-WE'], ['the last weekend of May', '2026-W22-WE'],
    ]);
    assert.equal(only('It opened on the first weekend in May 2027.', '2026-02-10').value, '2027-W17-WE');
    assert.equal(only('The festival runs over the weekend of 11 and 12 July.', '2026-05-13').value, '2026-W28-WE');
  });

  it('reads "each July" and "every autumn" as that month or season of every year', () => {
    assert.deepEqual(datesIn('It publishes figures each July and meets every May.').map((d) => [d.text, d.type, d.value]), [['each July', 'SET', 'XXXX-07'], ['every May', 'SET', 'XXXX-05']]);
    assert.deepEqual(datesIn('It tours each autumn and rests every winter.').map((d) => [d.text, d.type, d.value]), [['each autumn', 'SET', 'XXXX-FA'], ['every winter', 'SET', 'XXXX-WI']]);
  });

  it('reads a weekday a headline looks ahead to with "eye" as ahead', () => {
    assert.equal(datesIn('Salvors eye Wednesday refloat\n\nCrews struggled on Monday.', '2026-04-13')[0].value, '2026-04-15');
    // (Not a storm's eye, a noun: the past clause tells the day.)
    assert.equal(datesIn('Water topped a section of the town dyke along the Varne River at 3:15 a.m. Thursday, about an hour before the eye came ashore.', '2026-08-28')[0].value, '2026-08-27T03:15');
  });
});
