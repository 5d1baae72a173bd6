// The editor features as a reader meets them in the real workbench: highlighted names in a seed
// article, a hover card on a person's surname with links to the other articles, and one click to
// the mention elsewhere. What to hover is worked out from the engine's own analysis of the seeds.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../scripts/code-server';
import { Corpus } from '../../src/core/corpus';
import { LineIndex } from '../../src/core/text/lines';
import type { ContractMention, Entity } from '../../src/core/types';
import { openWorkbench, type Workbench } from './workbench';

const seedsFolder = path.join(projectRoot, 'samples', 'seeds');

/** A person mentioned in several seed files, and a one-word (surname) mention of them to hover. */
function pickSurnameMention(): { entity: Entity; mention: ContractMention; texts: Map<string, string> } {
  const corpus = new Corpus();
  const texts = new Map<string, string>();
  for (const name of fs.readdirSync(seedsFolder).filter((n) => n.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(seedsFolder, name), 'utf8').replace(/^\uFEFF/, '');
    texts.set(name, text);
    corpus.set(name, text);
  }
  const files = (e: Entity) => new Set(e.mentions.map((m) => m.file)).size;
  const people = corpus
    .entities()
    .filter((e) => e.type === 'PERSON' && files(e) > 1)
    .sort((a, b) => files(b) - files(a));
  for (const entity of people) {
    const surname = entity.name.split(/\s+/).pop()!;
    const mention = entity.mentions.find((m) => m.text === surname) ?? entity.mentions.find((m) => m.text.endsWith(surname));
    if (mention) return { entity, mention: { ...mention, start: mention.start + mention.text.length - surname.length }, texts };
  }
  assert.fail('the engine links a person across the seed articles');
}

/** The argument of a `command:crosscheck.openMention?…` link. */
function openMentionArgs(href: string): { file: string; start: number; end: number } | undefined {
  const match = /^command:crosscheck\.openMention\?(.*)$/.exec(href);
  return match ? JSON.parse(decodeURIComponent(match[1]))[0] : undefined;
}

describe('Editor features in the workbench', function () {
  this.timeout(180_000);
  let workbench: Workbench;
  const { entity, mention, texts } = pickSurnameMention();
  const here = mention.file;

  before(async () => {
    workbench = await openWorkbench(seedsFolder, {
      'workbench.colorTheme': 'Default Light Modern',
      'editor.hover.delay': 200,
      // Whole paragraphs in view, and no boxes around typographic quotes, for the screenshots.
      'editor.wordWrap': 'on',
      'editor.minimap.enabled': false,
      'editor.unicodeHighlight.ambiguousCharacters': false,
    });
  });

  after(async () => {
    await workbench?.close();
  });

  it('highlights the names and dates of a seed article', async () => {
    const { page } = workbench;
    await workbench.openFile(here);
    await page.locator('.monaco-editor .view-overlays [class*="ced-"], .monaco-editor [class*="ced-"]').first().waitFor({ timeout: 60_000 });
    assert.ok((await page.locator('.monaco-editor [class*="ced-"]').count()) > 3, 'several highlights');
    await page.locator('.activitybar a.action-label[aria-label^="Crosscheck"]').click({ force: true }); // its badge covers it
    await page.locator('.part.sidebar .pane-header', { hasText: 'Entities' }).waitFor();
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'People' }).first().waitFor();
    fs.copyFileSync(await workbench.screenshot('editor-highlights'), path.join(projectRoot, 'docs', 'screenshot-highlights.png'));
  });

  it("hovering a person's surname shows links to their mentions in the other articles", async () => {
    const { page } = workbench;
    const { line, character } = new LineIndex(texts.get(here)!).position(mention.start);
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(`:${line + 1}:${character + 1}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const cursor = await page.locator('.monaco-editor.focused .cursor').first().boundingBox();
    assert.ok(cursor, 'the cursor is on screen');
    await page.mouse.move(cursor.x + 4, cursor.y + cursor.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: 'mention' });
    await hover.waitFor({ timeout: 20_000 });
    const hrefs = await hover.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
    const elsewhere = hrefs.map(openMentionArgs).filter((t) => t !== undefined && !t.file.endsWith(`/${here}`));
    assert.ok(elsewhere.length > 0, `links to other articles among ${JSON.stringify(hrefs)}`);
    assert.ok((await hover.innerText()).includes(entity.name));
    // Let the hover's fade-in finish before the screenshot (browser-side code, as a string: no DOM types here).
    await page.waitForFunction(`(() => {
      const hover = [...document.querySelectorAll('.monaco-hover')].find((e) => e.offsetParent !== null);
      return hover && document.getAnimations().every((a) => {
        const target = a.effect && a.effect.target;
        const related = target && (target.contains(hover) || hover.contains(target));
        return !related || a.playState !== 'running' || a.effect.getTiming().iterations === Infinity;
      });
    })()`);
    fs.copyFileSync(await workbench.screenshot('editor-hover'), path.join(projectRoot, 'docs', 'screenshot-hover.png'));
  });

  it('clicking a link opens the other article with the mention selected', async () => {
    const { page } = workbench;
    const hover = page.locator('.monaco-hover:visible', { hasText: 'mention' });
    const links = hover.locator('a');
    let target: { file: string; start: number; end: number } | undefined;
    for (let i = 0; i < (await links.count()); i++) {
      const href = (await links.nth(i).getAttribute('data-href')) ?? (await links.nth(i).getAttribute('href')) ?? '';
      target = openMentionArgs(href);
      if (target && !target.file.endsWith(`/${here}`)) {
        await links.nth(i).click();
        break;
      }
    }
    assert.ok(target, 'a link to another article');
    const name = decodeURIComponent(target.file.slice(target.file.lastIndexOf('/') + 1));
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    const text = texts.get(name)!;
    const { line } = new LineIndex(text).position(target.start);
    const selected = target.end - target.start;
    await page
      .locator('[id="status.editor.selection"]', { hasText: new RegExp(`Ln ${line + 1}, Col \\d+ \\(${selected} selected\\)`) })
      .waitFor({ timeout: 10_000 });
  });
});
