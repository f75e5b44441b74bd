import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';
import { SimulationPage } from './support/simulation-page';

/**
 * The Cost tab, the figures on the canvas and the change a setting makes, as a user sees them.
 * Hand-worked (https://aws.amazon.com/kinesis/data-streams/pricing/, list prices in
 * lib/cost/prices.ts): a provisioned stream without traffic is billed shard-hours only,
 * 730 × $0.015 = $10.95 a month per shard in us-east-1, 730 × $0.018 = $13.14 in ap-southeast-2.
 */
test('the Cost tab prices the design; the Region and a setting change it, shown beside the field and undoable', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await d.dragFromPalette('Kinesis data stream', { x: 300, y: 200 });
  await expect(d.node('Kinesis data stream 1')).toBeVisible();
  // The figure on the node.
  await expect(d.nodeById('stream-1').getByText('$10.95/mo')).toBeVisible();

  // Keyboard: from the Simulate tab, the arrow key moves to the Cost tab.
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByRole('tab', { name: 'Simulate' }).press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Cost' })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel', { name: 'Cost' });
  await expect(panel.getByRole('heading', { name: 'Monthly cost' })).toBeVisible();
  await expect(panel.getByRole('definition').first()).toHaveText('$10.95/month');
  const table = panel.getByRole('table', { name: 'Cost per service' });
  await expect(table.getByRole('row', { name: /Kinesis data stream 1/ })).toContainText('$10.95');
  await expect(table).toContainText('730 shard-hours × $0.015/shard-hour');

  // The Region: priced at Sydney's list price, the change shown beside the selector.
  await panel.getByRole('combobox', { name: 'Region' }).selectOption('ap-southeast-2');
  await expect(panel.getByRole('definition').first()).toHaveText('$13.14/month');
  await expect(panel.getByText('Monthly cost: +$2.19/month')).toBeVisible();
  await expect(d.nodeById('stream-1').getByText('$13.14/mo')).toBeVisible();

  // A setting: two more shards, 2 × 730 × $0.018 = +$26.28 a month, beside the Shards field.
  await d.nodeById('stream-1').click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector: Kinesis data stream 1' });
  await expect(inspector.getByText('Monthly cost (design): $13.14/mo')).toBeVisible();
  const shards = page.getByLabel('Shards', { exact: true });
  await shards.fill('3');
  await shards.press('Enter');
  await expect(inspector.getByText('Monthly cost: +$26.28/month')).toBeVisible();
  await expect(d.nodeById('stream-1').getByText('$39.42/mo')).toBeVisible();

  // Undoable like every edit: one undo brings the shard count and the bill back.
  await page.getByRole('button', { name: 'Undo Edit Shards' }).click();
  await expect(shards).toHaveValue('1');
  await expect(d.nodeById('stream-1').getByText('$13.14/mo')).toBeVisible();
  await page.getByRole('tab', { name: 'Cost' }).click();
  await expect(panel.getByRole('definition').first()).toHaveText('$13.14/month');
  // Sortable: the Design column header sorts, and says how.
  const designHeader = table.getByRole('columnheader', { name: /Design/ });
  await designHeader.getByRole('button').click();
  await expect(designHeader).toHaveAttribute('aria-sort', 'ascending');
});

/**
 * The design and the last simulation side by side. SQS → Lambda → S3 with a DLQ, us-east-1
 * (hand-worked in lib/cli/__tests__/cost.test.ts): $636.76 a month from the design (with the function's CloudWatch Logs); a run's
 * figure is the run scaled to 730 hours, a little more here (poison messages are retried).
 */
test('the Cost tab shows the last simulation beside the design', async ({ page }) => {
  const d = new Designer(page);
  const sim = new SimulationPage(d);
  await d.open();
  await d.openExample('SQS → Lambda → S3 with a DLQ');
  await page.getByRole('tab', { name: 'Cost' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Cost' });
  const totals = panel.getByRole('definition');
  await expect(totals.nth(0)).toHaveText('$636.76/month');
  await expect(totals.nth(1)).toHaveText('—');
  await sim.open();
  await sim.run('1 h');
  await expect(sim.summary('1 h')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Cost' }).click();
  await expect(totals.nth(1)).toHaveText(/^\$6\d\d\.\d\d\/month$/);
  const simulated = Number((await totals.nth(1).innerText()).replace(/[$,]|\/month/g, ''));
  // Within 5 % of the design: constant traffic, and few failures (poison messages retried).
  expect(Math.abs(simulated - 636.76) / 636.76).toBeLessThan(0.05);
  await expect(panel.getByRole('table', { name: 'Cost per service' }).getByRole('row', { name: /^Archive orders/ })).toContainText('$76.54');
});
