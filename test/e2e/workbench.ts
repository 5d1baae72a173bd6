/**
 * A real VS Code workbench for E2E tests: code-server with this extension under development
 * (dist/extension.js, so build first) and a folder open, shown in headless Chromium that Playwright
 * drives. Usage in a test/e2e/*.e2e.ts file:
 *
 *   let workbench: Workbench;
 *   before(async () => (workbench = await openWorkbench('samples/seeds')));
 *   after(() => workbench?.close());
 *   it('…', async () => {
 *     await workbench.openFile('some-file.txt');                // Quick Open, waits for the tab
 *     await workbench.runCommand('Crosscheck: Re-index Sources'); // Command Palette, by title
 *     await workbench.page.locator('.monaco-hover').waitFor();    // anything Playwright can do
 *     await workbench.whenIdle();                                 // no progress spinner for 1 s
 *     await workbench.screenshot('hover');                        // test-results/hover.png
 *   });
 *
 * `settings` are user settings (e.g. { 'crosscheck.highlight.date': false }). Useful selectors are in
 * /work/shared/VSCODE-TESTING.md and docs/TESTING.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, projectRoot, startCodeServer } from '../../scripts/code-server';

export interface Workbench {
  /** The workbench page, ready for input. */
  readonly page: Page;
  /** Opens a file of the workspace by name through Quick Open and waits for its editor tab. */
  openFile(name: string): Promise<void>;
  /** Runs a command from the Command Palette by its title as shown there ("Category: Title"). */
  runCommand(title: string): Promise<void>;
  /** Resolves once no progress indicator (status-bar spinner, activity-bar progress badge) has shown for 1 s. */
  whenIdle(): Promise<void>;
  /** Saves a screenshot of the page as test-results/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

export const resultsDir = path.join(projectRoot, 'test-results');

/** Opens `folder` (absolute or relative to the project root) in a fresh workbench. */
export async function openWorkbench(folder: string, settings: Record<string, unknown> = {}): Promise<Workbench> {
  const server = await startCodeServer(settings);
  const browser = await launchChromium().catch(async (error) => {
    await server.stop();
    throw error;
  });
  const close = async () => {
    await browser.close();
    await server.stop();
  };
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.workbenchUrl({ folder: path.resolve(projectRoot, folder), extensionDevelopmentPath: projectRoot }));
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
    return {
      page,
      openFile: (name) => openFile(page, name),
      runCommand: (title) => runCommand(page, title),
      whenIdle: () => whenIdle(page),
      screenshot: async (name) => {
        const file = path.join(resultsDir, `${name}.png`);
        fs.mkdirSync(resultsDir, { recursive: true });
        await page.screenshot({ path: file });
        return file;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await pickFromQuickInput(page, name, name);
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await pickFromQuickInput(page, `>${title}`, title);
}

/** Types into the open Quick Input and accepts the row whose label is exactly `label`. */
async function pickFromQuickInput(page: Page, query: string, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(query);
  const row = page.locator('.quick-input-list .monaco-list-row', {
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
  });
  await row.first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function whenIdle(page: Page, quietMs = 1000, timeoutMs = 60_000): Promise<void> {
  const busy = page.locator('.part.statusbar .codicon-modifier-spin, .part.activitybar .progress-badge');
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline) throw new Error(`the workbench was still busy after ${timeoutMs / 1000} s`);
    if ((await busy.count()) > 0) quietSince = Date.now();
    await page.waitForTimeout(100);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
