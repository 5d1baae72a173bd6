// Bad input in a real extension host on samples/seeds: empty, binary, oversized, Windows-1252,
// CRLF + BOM, odd Unicode and vanishing files, created in a temporary source folder that is removed
// afterwards. The index must skip what is not text (saying why in the Crosscheck log), keep exact
// offsets in what is, and keep answering for the other files.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../src/vscode/extension';
import type { Entity } from '../../src/core/types';
import { crossFileEntity, extensionApi, positionAt, removeTempFiles, tempUri, waitFor } from './editorSupport';

type Level = 'warn' | 'error';

/** Records what the extension writes to its log at warn and error level while installed. */
function spyOnLog(log: vscode.LogOutputChannel): { lines: { level: Level; text: string }[]; restore(): void } {
  const lines: { level: Level; text: string }[] = [];
  const originals = { warn: log.warn, error: log.error };
  for (const level of ['warn', 'error'] as const) {
    log[level] = (message: string | Error, ...args: unknown[]) => {
      lines.push({ level, text: [message, ...args].map(String).join(' ') });
      originals[level].call(log, message as string, ...args);
    };
  }
  return { lines, restore: () => Object.assign(log, originals) };
}

function bytesOf(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
}

async function hoverRange(uri: vscode.Uri, offset: number): Promise<vscode.Range | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, await positionAt(uri, offset));
  return hovers.find((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('command:crosscheck.')))?.range;
}

describe('Editor: bad input files', function () {
  this.timeout(120_000);
  let api: Services;
  let log: ReturnType<typeof spyOnLog>;
  let entity: Entity;
  let folder: vscode.Uri;
  const uriOf = (name: string) => vscode.Uri.joinPath(folder, name);
  const keyOf = (name: string) => api.index.keyOf(uriOf(name));
  const logged = (name: string) => log.lines.filter((l) => l.text.includes(`/${name}`));
  const maxSize = () => vscode.workspace.getConfiguration('crosscheck').inspect<number>('maxFileSizeKB');
  let maxSizeBefore: number | undefined;
  let seedFiles: string[];

  // Every file is built from text of its own plus the name of an entity the engine found at run time.
  const texts = {
    crlfBom: () => `A report with Windows line ends\r\n\r\n${entity.name} spoke on Monday.\r\nLater that day ${entity.name} left.\r\n`,
    unicode: () =>
      `👩‍👩‍👧 Cafe\u0301 notes in 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇺🇳 \u200Bzero\u200Dwidth\n\nשלום עולם — مرحبا بكم\n\n` +
      `On Monday 👍🏽 ${entity.name} met the press. Later that day 🎉 ${entity.name} left.\n`,
  };

  before(async () => {
    api = await extensionApi();
    entity = crossFileEntity(api);
    seedFiles = api.index.corpus.files().sort();
    log = spyOnLog(api.log);
    maxSizeBefore = maxSize()?.globalValue;
    folder = tempUri(`bad-${Math.random().toString(36).slice(2, 8)}`);

    // Low enough for a file of our own to exceed, high enough for every seed to stay in.
    let largest = 0;
    for (const file of seedFiles) largest = Math.max(largest, (await vscode.workspace.fs.stat(api.index.uriOf(file))).size);
    const limitKB = Math.ceil(largest / 1024) + 1;
    // User settings, so nothing is written into the workspace folder.
    await vscode.workspace.getConfiguration('crosscheck').update('maxFileSizeKB', limitKB, vscode.ConfigurationTarget.Global);
    await api.index.whenIdle();

    const write = (name: string, bytes: Uint8Array) => vscode.workspace.fs.writeFile(uriOf(name), bytes);
    await write('empty.txt', new Uint8Array());
    await write('binary.txt', bytesOf([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
    await write('oversized.txt', bytesOf('A long report. '.repeat(Math.ceil((limitKB * 1024 + 1) / 15))));
    // “we will act” – with curly quotes and an en dash, as Windows-1252 bytes (not valid UTF-8).
    await write('cp1252.txt', bytesOf('The minister said ', [0x93], 'we will act', [0x94], ' ', [0x96], ' and left.\n'));
    await write('crlf-bom.txt', bytesOf([0xef, 0xbb, 0xbf], texts.crlfBom()));
    await write('unicode.txt', bytesOf(texts.unicode()));
    // Gone before the index gets to it, while a full pass runs.
    const pass = api.index.reindex();
    await write('vanishing.txt', bytesOf(`A short-lived report about ${entity.name}.\n`));
    await vscode.workspace.fs.delete(uriOf('vanishing.txt'), { useTrash: false });
    await pass;
    await waitFor(() => ['cp1252.txt', 'crlf-bom.txt', 'unicode.txt'].every((n) => api.index.corpus.has(keyOf(n))), 'the text files to be indexed');
    await api.index.whenIdle();
  });

  after(async () => {
    log?.restore();
    await vscode.workspace.getConfiguration('crosscheck').update('maxFileSizeKB', maxSizeBefore, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeTempFiles();
    await api?.index.whenIdle();
  });

  it('skips a binary file and says why in the log', () => {
    assert.ok(!api.index.corpus.has(keyOf('binary.txt')));
    assert.match(logged('binary.txt').map((l) => l.text).join('\n'), /binary/);
  });

  it('skips a file over crosscheck.maxFileSizeKB and says why in the log', () => {
    assert.ok(!api.index.corpus.has(keyOf('oversized.txt')));
    assert.match(logged('oversized.txt').map((l) => l.text).join('\n'), /maxFileSizeKB/);
  });

  it('takes an empty file without complaint', () => {
    assert.equal(api.index.corpus.document(keyOf('empty.txt'))?.text ?? '', '');
    assert.deepEqual(logged('empty.txt'), []);
  });

  it('reads a Windows-1252 file with its curly quotes and dash, and notes the encoding', () => {
    assert.equal(api.index.corpus.document(keyOf('cp1252.txt'))?.text, 'The minister said “we will act” – and left.\n');
    const notes = logged('cp1252.txt');
    assert.ok(notes.length > 0 && notes.every((l) => l.level === 'warn' && /Windows-1252/.test(l.text)), JSON.stringify(notes));
  });

  for (const [name, text] of [
    ['crlf-bom.txt', () => texts.crlfBom()],
    ['unicode.txt', () => texts.unicode()],
  ] as const) {
    it(`keeps exact offsets in ${name}: mentions and hovers land on the name`, async () => {
      const file = keyOf(name);
      assert.equal(api.index.corpus.document(file)?.text, text(), 'the text without BOM, line ends kept');
      const document = await vscode.workspace.openTextDocument(uriOf(name));
      const expected = [...text().matchAll(new RegExp(entity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index);
      for (const start of expected) {
        const hit = api.index.corpus.entityAt(file, start + 1);
        assert.deepEqual(hit && [hit.mention.start, hit.mention.end], [start, start + entity.name.length], `a mention at offset ${start}`);
        assert.ok(hit!.entity.mentions.some((m) => seedFiles.includes(m.file)), 'linked to the same entity in the seed files');
        const range = await hoverRange(uriOf(name), start + 1);
        assert.ok(range, `a hover card at offset ${start}`);
        assert.equal(document.getText(range), entity.name);
        assert.equal(document.offsetAt(range.start), start);
      }
      for (const { mention: m } of api.index.corpus.mentionsIn(file)) {
        const range = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
        assert.equal(document.getText(range), text().slice(m.start, m.end), 'every mention maps onto the editor text');
      }
    });
  }

  it('forgets a file deleted before it was indexed, without an error', () => {
    assert.ok(!api.index.corpus.has(keyOf('vanishing.txt')));
    assert.deepEqual(logged('vanishing.txt'), []);
  });

  it('logs no failure other than the two skipped files', () => {
    const errors = log.lines.filter((l) => l.level === 'error' && !/\/(binary|oversized)\.txt/.test(l.text));
    assert.deepEqual(errors, []);
  });

  it('keeps every seed file and keeps answering hovers on them', async () => {
    for (const file of seedFiles) assert.ok(api.index.corpus.has(file), file);
    const here = crossFileEntity(api).mentions.find((m) => seedFiles.includes(m.file))!;
    const range = await hoverRange(api.index.uriOf(here.file), here.start + 1);
    assert.ok(range, 'a hover card on a seed file');
    assert.equal((await positionAt(api.index.uriOf(here.file), here.start)).line, range.start.line);
  });
});
