import * as assert from 'node:assert/strict';
import { decodeSource } from '../../src/core/text/decode';
import { LineIndex } from '../../src/core/text/lines';
import { isBoilerplateLine, isHeadingLine } from '../../src/core/text/boilerplate';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeSource', () => {
  it('reads UTF-8 and removes a BOM so offsets start at the first character', () => {
    const d = decodeSource(bytes([0xef, 0xbb, 0xbf], 'Héllo “world”'));
    assert.ok(d.ok);
    assert.equal(d.text, 'Héllo “world”');
    assert.equal(d.hadBom, true);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const d = decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë', 'utf16le')]));
    assert.ok(d.ok);
    assert.equal(d.text, 'Zoë');
    assert.equal(d.encoding, 'utf-16le');
  });

  it('falls back to Windows-1252 for invalid UTF-8 instead of failing', () => {
    const d = decodeSource(bytes('caf', [0xe9], ' ', [0x93], 'quoted', [0x94]));
    assert.ok(d.ok);
    assert.equal(d.encoding, 'windows-1252');
    assert.equal(d.text, 'café “quoted”');
  });

  it('rejects binary data with a reason', () => {
    const d = decodeSource(bytes('PK', [0, 0, 3, 4], 'zip'));
    assert.equal(d.ok, false);
    assert.match(!d.ok ? d.reason : '', /binary/);
  });

  it('rejects files over the size limit, naming both sizes', () => {
    const d = decodeSource(Buffer.alloc(3000, 0x61), 2048);
    assert.equal(d.ok, false);
    assert.match(!d.ok ? d.reason : '', /3 KB.*2 KB/);
  });

  it('accepts an empty file as empty text', () => {
    const d = decodeSource(new Uint8Array());
    assert.ok(d.ok);
    assert.equal(d.text, '');
  });
});

describe('LineIndex', () => {
  it('maps offsets to lines with LF, CRLF and lone CR breaks', () => {
    const idx = new LineIndex('ab\r\ncd\ne\rf');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.position(4), { line: 1, character: 0 });
    assert.deepEqual(idx.position(8), { line: 2, character: 1 });
    assert.deepEqual(idx.position(9), { line: 3, character: 0 });
    assert.equal(idx.offset(1, 1), 5);
    assert.equal(idx.lineText(0), 'ab');
  });

  it('counts UTF-16 code units like VS Code (astral characters are two)', () => {
    const idx = new LineIndex('😀 x\ny');
    assert.deepEqual(idx.position(3), { line: 0, character: 3 });
  });
});

describe('boilerplate and headings', () => {
  it('recognizes common page furniture lines', () => {
    for (const line of [
      'Source link',
      'READ MORE:',
      'Tags:',
      'Leave a Comment',
      'Scroll to Top',
      '  Share this article ',
      'FOR IMMEDIATE RELEASE',
      "Related: Valdora's lithium plans stall again",
      'We use cookies to improve your experience. By continuing you accept our Cookie Policy.',
      'Home | World | Business | Sport | Culture',
      'You are receiving this email because you signed up.',
      'Photo: Getty Images',
      'Video: Watch the moment the bridge fell',
    ]) {
      assert.ok(isBoilerplateLine(line), line);
    }
  });

  it('does not flag ordinary sentences that start with the same words', () => {
    assert.ok(!isBoilerplateLine('Tags were attached to every migrating bird in the study.'));
    assert.ok(!isBoilerplateLine('Read more about the budget in the annual report, the minister said.'));
    assert.ok(!isBoilerplateLine('Related talks with the union, the minister said, would resume.'));
    assert.ok(!isBoilerplateLine('The vote was 12 | 3 in favour.'));
    assert.ok(!isBoilerplateLine('Photo: Volunteers of the Kembali Relief Society spray a house in Tsangano on Sunday.'), 'a caption');
  });

  it('recognizes Title Case and ALL-CAPS headings but not sentences', () => {
    assert.ok(isHeadingLine('Council Approves Budget Amid Widening Deficit Fears'));
    assert.ok(isHeadingLine('BREAKING NEWS FROM THE HARBOUR'));
    assert.ok(!isHeadingLine('The council approved the budget on Monday.'));
    assert.ok(!isHeadingLine('Council approves budget amid deficit fears'));
    // A fact box's lines are no headings; a kicker before a Title Case headline leaves one.
    assert.ok(!isHeadingLine('- Power: Brightwater Power'));
    assert.ok(!isHeadingLine('Site: 212 acres, Harlan County, Kansas'));
    assert.ok(isHeadingLine('Explainer: How a Canola Row Turned Into a Trade War'));
  });
});
