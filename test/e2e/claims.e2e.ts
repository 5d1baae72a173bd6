// The Claims view as a reader uses it: open the Crosscheck container, expand a conflicting claim,
// click one of its sources, and the editor shows that source's sentence selected. Fails (never
// skips) when the seeds yield no conflict. Leaves docs/screenshot-claims.png for the README.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../scripts/code-server';
import { openWorkbench, type Workbench } from './workbench';

const seedsFolder = path.join(projectRoot, 'samples', 'seeds');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Claims view in the workbench', function () {
  this.timeout(180_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench(seedsFolder);
  });

  after(async () => {
    await workbench?.close();
  });

  it('expands a conflicting claim; clicking a source selects its sentence in the editor', async () => {
    const { page } = workbench;
    await page.locator('.activitybar a.action-label[aria-label^="Crosscheck"]').click();
    const tree = page.locator('.part.sidebar .monaco-list[aria-label="Claims"]');
    await page.locator('.part.sidebar .pane-header', { hasText: 'Entities' }).click(); // collapsed: more room for claims
    await widenSidebar(page, 260);
    // Conflicts carry the warning icon; the corpus is indexed in the background, so wait for one
    // between sources (an inconsistency inside one article is a conflict with one source).
    const conflict = tree
      .locator('.monaco-list-row[aria-level="1"]:has(.codicon-warning)')
      .filter({ has: page.locator('.label-description', { hasText: /^([2-9]|\d\d+) sources/ }) })
      .first();
    await conflict.waitFor({ timeout: 60_000 });
    const badge = page.locator('.activitybar .action-item:has(a[aria-label^="Crosscheck"]) .badge-content');
    assert.match((await badge.textContent()) ?? '', /^[1-9]\d*$/, 'the container shows the number of conflicts');

    await conflict.click();
    assert.equal(await conflict.getAttribute('aria-expanded'), 'true');
    const sources = tree.locator('.monaco-list-row[aria-level="2"]');
    await sources.first().waitFor();
    assert.ok((await sources.count()) >= 2, 'a conflict has at least two sources');
    const source = sources.nth(1);
    const description = flat((await source.locator('.label-description').textContent()) ?? '');

    await source.click();
    const tab = page.locator('.part.editor .tab.active');
    await tab.waitFor();
    const status = page.locator('[id="status.editor.selection"]', { hasText: 'selected' });
    await status.waitFor();
    const fileName = flat((await tab.locator('.label-name').textContent()) ?? '');
    const match = /Ln (\d+), Col (\d+) \((\d+) selected\)/.exec((await status.textContent()) ?? '');
    assert.ok(match, 'the editor has a selection');
    const selected = selectedText(fs.readFileSync(path.join(seedsFolder, fileName), 'utf8'), Number(match[1]), Number(match[2]), Number(match[3]));
    assert.ok(selected.length > 20, `a sentence is selected, not "${selected}"`);
    assert.ok(description.endsWith(flat(selected)), `the editor selects the source's sentence:\n  row: ${description}\n  selection: ${selected}`);
    assert.ok((await source.getAttribute('aria-label'))?.includes(fileName), `the row names the file that opened (${fileName})`);

    const shot = await workbench.screenshot('claims');
    fs.copyFileSync(shot, path.join(projectRoot, 'docs', 'screenshot-claims.png'));
  });
});

/** Drags the sash between the side bar and the editor `by` pixels to the right. */
async function widenSidebar(page: Page, by: number): Promise<void> {
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  assert.ok(sidebar);
  const x = sidebar.x + sidebar.width;
  const y = sidebar.y + sidebar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by, y, { steps: 5 });
  await page.mouse.up();
}

/** The text a selection ends at (1-based line and column, as the status bar shows) and spans `length` characters of. */
function selectedText(text: string, line: number, column: number, length: number): string {
  const lines = text.split(/(?<=\n)/);
  const end = lines.slice(0, line - 1).reduce((n, l) => n + l.length, 0) + column - 1;
  return text.slice(end - length, end);
}
