import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { Designer } from './support/designer';
import { SimulationPage } from './support/simulation-page';

/** axe-core's WCAG 2.1 A/AA checks and best practices on the page as it is; each violation named with where it is. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')).slice(0, 3).join(', ')}`);
}

test('the designer, each side panel, dark mode and the dialogs pass axe with no violations', async ({ page }) => {
  // A dozen axe scans of the whole page (the Cost tab added one): minutes on a busy machine.
  test.setTimeout(180_000);
  const designer = new Designer(page);
  await designer.open();
  await designer.openExample('Everything wrong (breaks limits on purpose)');
  expect(await violations(page), 'designer').toEqual([]);

  await designer.node('Slow consumer').click();
  expect(await violations(page), 'inspector').toEqual([]);

  for (const tab of ['Problems', 'JSON', 'Code']) {
    await designer.tab(tab).click();
    await expect(designer.tab(tab)).toHaveAttribute('aria-selected', 'true');
    await page.waitForTimeout(500); // Monaco and the export finish drawing
    expect(await violations(page), tab).toEqual([]);
  }

  const sim = new SimulationPage(designer);
  await sim.open();
  await sim.run('10 min');
  await expect(sim.summary('10 min')).toBeVisible({ timeout: 30_000 });
  expect(await violations(page), 'simulation').toEqual([]);
  // The Cost tab with both columns (design and the run just made).
  await designer.tab('Cost').click();
  await expect(page.getByRole('heading', { name: 'Monthly cost' })).toBeVisible();
  expect(await violations(page), 'Cost').toEqual([]);

  await page.getByRole('button', { name: 'Dark mode' }).click();
  expect(await violations(page), 'dark mode').toEqual([]);
  for (const tab of ['JSON', 'Code']) {
    await designer.tab(tab).click();
    await page.waitForTimeout(500);
    expect(await violations(page), `${tab}, dark`).toEqual([]);
  }

  await page.getByRole('button', { name: 'My pipelines' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'My pipelines').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Examples' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'Examples').toEqual([]);
  await page.keyboard.press('Escape');
});
