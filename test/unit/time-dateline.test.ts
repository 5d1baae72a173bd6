import assert from 'node:assert/strict';
import { runPipeline } from '../../src/core/nlp/pipeline';
import { findDates, findPublished } from '../../src/core/time';

const published = (text: string) => findPublished(text, runPipeline(text));

describe('time: the dateline', () => {
  it('reads a date and time line above the headline', () => {
    assert.equal(published('Oct 16, 2024, 2:40 PM\n\nHarbor Bridge Reopens After Repairs\nThe bridge reopened.'), '2024-10-16T14:40');
    assert.equal(published('Published 9:12 PM GMT+2, May 23, 2026\n\nThe jury met.'), '2026-05-23T21:12+02:00');
  });

  it('reads a date that opens the story before a dash, as a place does', () => {
    assert.equal(published('May 4, 2026 - Bristane Energy said on Friday it would delay the restart until next month.'), '2026-05-04');
    assert.equal(published('The restart that began on May 4, 2026 - a long delay - ended.'), null);
    // … below a masthead, a section label and a headline, where the body starts.
    assert.equal(published('Coastal Review\nANALYSIS | Manufacturing\n\nTarrow closure squeezes Kinsale\n\n20/02/2026 — Kinsale said on Thursday that talks would resume.'), '2026-02-20');
  });

  it('reads labelled datelines, with or without a time', () => {
    assert.equal(published('Harbor Bridge Reopens\nPublished: 16 October 2024 14:40\nThe bridge reopened.'), '2024-10-16T14:40');
    assert.equal(published('Harbor Bridge Reopens\nBy Ana Ortiz | October 16, 2024\nThe bridge reopened.'), '2024-10-16');
    assert.equal(published('Harbor Bridge Reopens\n2024-10-16\nThe bridge reopened.'), '2024-10-16');
    // Fields apart: a byline with a long role, a section after the date.
    assert.equal(published('Barley slips\nThursday, 5 February 2026 09:40 CET | By Oskar Wendt, Senior Markets Editor\nPrices fell.'), '2026-02-05T09:40+01:00');
    assert.equal(published('Copper jumps\nStaff Writer | March 4, 2026 | 9:12 am Markets Latin America Copper\nPrices rose.'), '2026-03-04T09:12');
    assert.equal(published('Harbor Bridge Reopens\nThe bridge that opened on October 16, 2024 was closed again by the city council\nIt rained.'), null);
  });

  it('prefers the publication date to an update', () => {
    assert.equal(published('Updated: October 17, 2024\nPublished: October 16, 2024\nThe bridge reopened.'), '2024-10-16');
    assert.equal(published('Harbor Bridge Reopens\nUpdated: October 17, 2024\nThe bridge reopened.'), '2024-10-17');
  });

  it('skips boilerplate lines above the dateline', () => {
    assert.equal(published('Share\nRSS feed\nOct 16, 2024\nHarbor Bridge Reopens'), '2024-10-16');
  });

  it('dates a wire dateline without a year by the dates the story speaks of in the past', () => {
    const text = 'LONDON, March 3 (Reuters) - Rates stay at 5.25% after rising since August 2023, the bank said.';
    assert.equal(published(text), '2024-03-03');
    // A date ahead ("until 2030", or in a future-tense sentence) sets no lower bound.
    assert.equal(published('LISBON, Portugal, May 9 (AP) — The pier, shut since 2021, reopened and will stay open until 2030.'), '2021-05-09');
    // A season with its year bounds it too.
    assert.equal(published('LISBON, Feb. 9 (AP) — The painting, recovered in 2023, was shown in the summer of 2024.'), '2025-02-09');
    // Both numbers 12 or less: read day first in an agency's copy that writes dates so, month first otherwise.
    assert.equal(published('Published on: 04/03/2026 - 02:10\n\nDARVILLE (AFP) - The plant will close.'), '2026-03-04T02:10');
    assert.equal(published('Published on: 04/03/2026 - 02:10\n\nDARVILLE (AP) - The plant will close.'), '2026-04-03T02:10');
    // Two places for two bureaus.
    assert.equal(published('KELMAR/OSTRA, Feb. 9 (Reuters) - The painting, recovered in 2023, was shown in the summer of 2024.'), '2025-02-09');
  });

  it('reads a date line that ends in "a.m." as the header it is', () => {
    assert.equal(published('THE KELMAR LEDGER\n\nCouncil member switches vote\n\nBy Jo Tran\nMarch 4, 2026 at 6:00 a.m.\n\nThe council voted on Monday.'), '2026-03-04T06:00');
  });

  it('reads a wire dateline with its year at the start of the first paragraph', () => {
    assert.equal(published('SEATTLE, Oct 24, 2024 (Reuters) - The plane maker posted a loss on Thursday, a day after its rival did.'), '2024-10-24');
    // … after a summary's bullets and a byline.
    const summary = 'Kelmar wins approval for copper deal\n\n* Regulator clears deal\n* Shares up 3%\n* Deal to close in July\n\nBy Ana Lutz\n\n';
    assert.equal(published(`${summary}OSTRA, May 5, 2026 (Wire) - Kelmar Holdings on Tuesday won approval.`), '2026-05-05');
  });

  it('reads a dateline whose place is not in capitals, and one whose agency needs no dash', () => {
    assert.equal(published('Multan, 28 August 2026 - The minister said relief would arrive on Saturday.'), '2026-08-28');
    assert.equal(published('Nagpur, Mar 11, 2026 (PTI) The party on Wednesday warned its ally.'), '2026-03-11');
    assert.equal(published('Later, the council met again on March 11, 2026 and voted.'), null);
    // … and one whose place and agency a dash ends before the date.
    assert.equal(published('Kelby Wire\n\nBrick prices climb\n\nDunmore (KWS) – Jan. 14, 2026 – Builders complained on Wednesday.'), '2026-01-14');
    assert.equal(published('Ostra — March 3, 2026 — The mill reopened.'), '2026-03-03');
    assert.equal(published('Ostra – March 3, 2026 was the day the mill reopened.'), null);
  });

  it('reads a press-release dateline with the wire in slashes', () => {
    assert.equal(published('OSLO, Norway, March 4, 2025 /PRNewswire/ -- The shipowner said today that it will list.'), '2025-03-04');
  });

  it('uses a weekday named with a date to pick the year of a wire dateline', () => {
    // 5 April is a Friday in 2024, not in 2023.
    const text = 'NEW YORK, Jan. 15 (AP) — The museum drew record crowds in 2023 and will extend its hours on Friday, April 5.';
    assert.equal(published(text), '2024-01-15');
  });

  it('puts a wire dateline without a year on the weekday its paragraph names', () => {
    // 12 March is a Wednesday in 2025, the first such year from 2021 on.
    assert.equal(published('NEW YORK, March 12 (Reuters) - The bank said on Wednesday it will cut jobs. Its chief has led it since 2021.'), '2025-03-12');
    // What was said late on Tuesday is Wednesday's news.
    assert.equal(published('NEW YORK, March 12 (Reuters) - The bank said late on Tuesday it would cut jobs. It was founded in 2022.'), '2025-03-12');
    assert.equal(published('NEW YORK, March 12 (Reuters) - The bank said on Tuesday it would cut jobs. It was founded in 2022.'), '2024-03-12');
    // No year after this one: a weekday alone dates no story years ahead (10 March is a Monday first in 2031).
    assert.equal(published(`LOS ANGELES, March 10 (Wire) - Tove Lind sued her label on Monday over a deal signed in October ${new Date().getFullYear() - 1}.`), `${new Date().getFullYear()}-03-10`);
    // Of the weekdays of its first lines, the latest: the others are the days before.
    const text = 'HARARE, March 4 (Reuters) - The board named Ana Ruiz its head on Monday.\n\nHer rival, who lost in 2018, rejected the result on Tuesday.';
    assert.equal(published(text), '2025-03-04');
    // A weekday ahead says nothing of the dateline's day.
    assert.equal(published('NEW YORK, March 12 (Reuters) - The bank will vote on Friday. Its chief has led it since 2021.'), '2021-03-12');
  });

  it('leaves a wire dateline without a year undated when the story gives no year', () => {
    assert.equal(published('LONDON, March 3 (Reuters) - Rates stayed on hold, the bank said on Friday.'), null);
    assert.equal(published('Harbor Bridge Reopens\nCrews met on March 3 (see below) - a first since 2019.'), null);
    // A year still ahead is a target, not a date the story looks back on.
    assert.equal(published('BRUSSELS, March 10 (Reuters) - Lawmakers on Tuesday backed the 2099 targets, officials said.'), null);
    // A year alone long before this one is history, too far back to date the story by.
    assert.equal(published('TALMORE, May 4 (Reuters) - Jeweller Kessling agreed to be sold on Monday. Kessling was founded in 1950.'), null);
  });

  it('does not take a date inside a body sentence', () => {
    const text = 'Harbor Bridge Reopens\nThe council met on October 16, 2024 to approve the long-delayed repairs of the bridge.';
    assert.equal(published(text), null);
  });

  it('does not take a bare year or a date below the start of the body', () => {
    assert.equal(published('Harbor Bridge Plans for 2025\nThe plan is ready.'), null);
    assert.equal(published('Headline\nOne.\nTwo.\nThree.\nFour.\nOct 16, 2024'), null);
  });

  it('reads a dateline below a long header: masthead, section, headline, byline and credit', () => {
    const header = 'THE HARBOR COURIER\nBusiness | Health\n\nKelmar drug clears key test\n\nBy Lena Ostrow and Carl Pemby\nCourier Staff\n\n';
    assert.equal(published(`${header}Published Tue May 19, 2026\n\nThe drug met its goal.`), '2026-05-19');
  });

  it('anchors the document’s relative dates, also with CRLF line ends', () => {
    const text = 'Oct 16, 2024\r\nHarbor Bridge Reopens\r\nThe council voted on Monday.\r\n';
    const pipeline = runPipeline(text);
    const date = findPublished(text, pipeline);
    const monday = findDates(text, pipeline, date).find((d) => d.text === 'on Monday');
    assert.equal(monday?.value, '2024-10-14');
    assert.equal(text.slice(monday!.start, monday!.end), 'on Monday');
  });
});
