// The foundation as a user sees it: samples/seeds opens, an article is Source Text, and the
// Crosscheck activity-bar container shows the Claims and Entities views.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../scripts/code-server';
import { openWorkbench, type Workbench } from './workbench';

const seedsFolder = path.join(projectRoot, 'samples', 'seeds');

describe('Foundation in the workbench', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench(seedsFolder);
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens an article from samples/seeds as Source Text', async () => {
    const [article] = fs.readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort();
    await workbench.openFile(article);
    await workbench.page.locator('[id="status.editor.mode"]', { hasText: 'Source Text' }).waitFor();
  });

  it('shows the Crosscheck container with the Claims and Entities views', async () => {
    const { page } = workbench;
    await page.locator('.activitybar a.action-label[aria-label^="Crosscheck"]').click();
    await page.mouse.move(900, 800); // off the activity bar (its tooltip would cover the views), onto blank editor space
    const sidebarTitle = page.locator('.part.sidebar .composite.title');
    await sidebarTitle.filter({ hasText: /crosscheck/i }).waitFor();
    for (const view of ['Claims', 'Entities']) {
      await page.locator('.part.sidebar .pane-header', { hasText: view }).waitFor();
    }
    await workbench.whenIdle(); // the screenshot is the README's: show the views filled, not loading
    const screenshot = await workbench.screenshot('foundation');
    fs.copyFileSync(screenshot, path.join(projectRoot, 'docs', 'screenshot-workbench.png'));
  });
});
