import { expect, type Page, test } from '@playwright/test';
import { Designer } from './support/designer';
import { ProblemsPage } from './support/problems-page';

const EDGE = 'stream-1-to-function-1';

// The validator's UI must not log errors (React key clashes, failed fixes, bad hooks...).
let consoleErrors: string[] = [];
test.beforeEach(({ page }) => {
  consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});
test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});
const BATCH_ERROR = 'batch size 20,000 is over the maximum of 10,000 for Kinesis';

/** Select an edge by clicking its path beside the label (the label sits on the middle of the path). */
async function clickEdge(page: Page, id: string) {
  const edge = page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-interaction`);
  const box = await edge.boundingBox();
  if (!box) throw new Error(`edge ${id} is not visible`);
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
}

async function openBrokenExample(page: Page) {
  const d = new Designer(page);
  await d.open();
  await d.openExample('Everything wrong (breaks limits on purpose)');
  await expect(d.nodeById('slow-consumer')).toBeVisible();
  return d;
}

test('a batch size over the Kinesis maximum shows on the edge and in Problems; the fix clears it; undo brings it back', async ({ page }) => {
  const d = new Designer(page);
  const problems = new ProblemsPage(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(d.nodes).toHaveCount(0);
  await expect(problems.status).toHaveText('✓ No problems');

  await d.dragFromPalette('Kinesis data stream', { x: 200, y: 200 });
  await d.dragFromPalette('Lambda function', { x: 550, y: 200 });
  await d.connect('stream-1', 'function-1');
  await expect(d.edges).toHaveCount(1);

  // Select the edge by clicking it, then type the batch size in the inspector.
  await d.canvas.click({ position: { x: 20, y: 20 } });
  await clickEdge(page, EDGE);
  const batchSize = page.getByLabel('Batch size');
  await batchSize.fill('20000');
  await batchSize.press('Enter');

  const edgeLabel = page.getByTestId(`edge-label-${EDGE}`);
  await expect(problems.badge(edgeLabel)).toHaveAccessibleName(/^1 error/);
  await expect(problems.badge(edgeLabel)).toHaveAttribute('title', new RegExp(`Error: ${BATCH_ERROR}`));
  // The inspector shows the finding under the field it concerns.
  await expect(page.locator('[data-field="batchSize"] .field-finding.error')).toContainText(BATCH_ERROR);
  await expect(problems.status).toContainText('1 error');

  await problems.open();
  const row = problems.row(BATCH_ERROR);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Kinesis data stream 1 → Lambda function 1');
  await expect(row.getByRole('link', { name: 'esm-batch-size' })).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);

  await row.getByRole('button', { name: 'Apply fix: Set batch size to 10,000' }).click();
  await expect(problems.row(BATCH_ERROR)).toHaveCount(0);
  await expect(problems.badge(edgeLabel)).not.toHaveAccessibleName(/error/);
  await expect(page.getByRole('button', { name: 'Undo Fix: Set batch size to 10,000' })).toBeEnabled();

  await d.press('Control+z');
  await expect(problems.row(BATCH_ERROR)).toBeVisible();
  await expect(problems.badge(edgeLabel)).toHaveAccessibleName(/^1 error/);
});

test('clicking a problem selects its node and focuses the field in the inspector', async ({ page }) => {
  const d = await openBrokenExample(page);
  const problems = new ProblemsPage(page);
  await problems.open();

  await problems.row('the timeout is 1,200 s').getByText('the timeout is 1,200 s').click();
  await expect(d.tab('Inspector')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Inspector: Slow consumer' })).toBeVisible();
  await expect(d.nodeById('slow-consumer')).toHaveClass(/selected/);
  await expect(page.getByLabel('Timeout (s)')).toBeFocused();

  // Keyboard: Enter on a problem about an edge selects the edge and focuses its field.
  await problems.open();
  await problems.row(/batch size 20,000 is over/).getByRole('button', { name: /batch size 20,000/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Inspector: connection' })).toBeVisible();
  await expect(page.getByLabel('Batch size')).toBeFocused();
  await expect(page.locator('.react-flow__edge[data-id="events-to-consumer"]')).toHaveClass(/selected/);
});

test('suppressing a problem with a written reason moves it to Suppressed; unsuppress brings it back', async ({ page }) => {
  await openBrokenExample(page);
  const problems = new ProblemsPage(page);
  await problems.open();
  const message = 'legacy-copy uses AWS Data Pipeline';
  await expect(problems.row(message)).toBeVisible();
  const before = Number((await problems.tab.textContent())?.match(/\((\d+)\)/)?.[1]);

  // A reason is required.
  await problems.row(message).getByRole('button', { name: 'Suppress…' }).click();
  await problems.suppressDialog.getByRole('button', { name: 'Suppress', exact: true }).click();
  await expect(problems.suppressDialog.getByRole('alert')).toContainText('a suppression needs a reason');
  await problems.suppressDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(problems.row(message)).toBeVisible();

  await problems.suppress(problems.row(message), 'Migrating off it next quarter (ticket OPS-42)');
  await expect(problems.row(message)).toHaveCount(0);
  await expect(problems.tab).toHaveText(`Problems (${before - 1})`);
  await expect(problems.suppressedSummary).toHaveText('Suppressed (1)');
  await problems.suppressedSummary.click();
  const suppressed = problems.suppressedList.getByRole('listitem').filter({ hasText: message });
  await expect(suppressed).toContainText('Reason: Migrating off it next quarter (ticket OPS-42)');

  await suppressed.getByRole('button', { name: 'Unsuppress' }).click();
  await expect(problems.row(message)).toBeVisible();
  await expect(problems.suppressedSummary).toHaveCount(0);
});

test('the broken-on-purpose example shows error badges on the nodes it breaks', async ({ page }) => {
  const d = await openBrokenExample(page);
  const problems = new ProblemsPage(page);
  for (const id of ['events', 'slow-consumer', 'jobs', 'crawler', 'hive-job']) {
    await expect(problems.badge(d.nodeById(id))).toHaveAccessibleName(/^\d+ errors?/);
    await expect(d.nodeById(id).locator('.pipeline-node')).toHaveClass(/has-error/);
  }
  await expect(problems.badge(page.getByTestId('edge-label-events-to-consumer'))).toHaveAccessibleName(/^\d+ errors?/);
  // A node the example does not break has no badge.
  await expect(problems.badge(d.nodeById('catalog'))).toHaveCount(0);
  await expect(problems.status).toHaveText(/^\d+ errors, \d+ warnings/);

  // Filters: only warnings, then a text filter.
  await problems.open();
  await page.getByRole('button', { name: /^Errors \(\d+\)$/ }).click();
  await page.getByRole('button', { name: /^Info \(\d+\)$/ }).click();
  await expect(problems.list.getByText('Error', { exact: true })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Filter problems' }).fill('glue-encryption');
  await expect(problems.list.getByRole('listitem')).toHaveCount(1);
  await expect(problems.row('Hive aggregation')).toBeVisible();
});
