import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';
import { FilesPage } from './support/files-page';
import { MonacoPage } from './support/monaco-page';

const EDITOR = 'Pipeline JSON';

async function openJsonView(page: import('@playwright/test').Page) {
  const designer = new Designer(page);
  const monaco = new MonacoPage(page);
  await designer.open();
  await designer.openExample('SQS → Lambda → S3 with a DLQ');
  await expect(designer.node('Archive orders')).toBeVisible();
  await designer.tab('JSON').click();
  await monaco.waitForEditor(EDITOR);
  return { designer, monaco };
}

test('editing a name in the JSON and applying it renames the node on the canvas; undo restores it', async ({ page }) => {
  const { designer, monaco } = await openJsonView(page);
  await expect(monaco.lines(EDITOR)).toContainText('"format": "sluice.pipeline"');
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();

  // Typed key by key: spaces included (the canvas must not take Space for itself).
  await monaco.replace(EDITOR, 'Archive orders', 'Archive every order', 'Archive orders', 'type');
  await expect(monaco.lines(EDITOR)).toContainText('"name": "Archive every order"');
  await expect(page.getByText('Edited, not applied')).toBeVisible();
  await page.getByRole('button', { name: 'Apply' }).click();

  await expect(designer.node('Archive every order')).toBeVisible();
  await expect(designer.node('Archive orders')).toHaveCount(0);
  await expect(page.getByText('Same as the canvas')).toBeVisible();

  // Undo from the canvas: the node and the JSON text both go back.
  await designer.canvas.click({ position: { x: 10, y: 10 } });
  await designer.press('ControlOrMeta+Z');
  await expect(designer.node('Archive orders')).toBeVisible();
  await expect(monaco.lines(EDITOR)).toContainText('"name": "Archive orders"');

  // The editor follows the app's theme.
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(monaco.widget(EDITOR)).toHaveClass(/vs-dark/);
  monaco.expectCleanRun();
});

test('unapplied text stays with its own pipeline: another one opens clean, and switching back brings the text back', async ({ page }) => {
  const { designer, monaco } = await openJsonView(page);
  await monaco.replace(EDITOR, 'Archive orders', 'Archive everything');
  await expect(page.getByText('Edited, not applied')).toBeVisible();

  const files = new FilesPage(page);
  await files.openLibrary();
  await files.libraryDialog.getByRole('button', { name: 'Open clickstream-search' }).click();
  await expect(designer.node('Click events')).toBeVisible();
  await designer.tab('JSON').click();
  await monaco.lines(EDITOR).click();
  await page.keyboard.press('ControlOrMeta+Home');
  await expect(monaco.lines(EDITOR)).toContainText('"name": "clickstream-search"');
  await expect(page.getByText('Same as the canvas')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep my edits' })).toHaveCount(0);

  await files.openLibrary();
  await files.libraryDialog.getByRole('button', { name: 'Open order-archiver' }).click();
  await expect(designer.node('Archive orders')).toBeVisible();
  await designer.tab('JSON').click();
  await expect(page.getByText('Edited, not applied')).toBeVisible();
  await monaco.select(EDITOR, '"name": "Archive everything"');
  monaco.expectCleanRun();
});

test('unapplied text is still there after a reload', async ({ page }) => {
  const { designer, monaco } = await openJsonView(page);
  await monaco.replace(EDITOR, 'Archive orders', 'Archive everything');
  await expect(page.getByText('Edited, not applied')).toBeVisible();
  await page.waitForTimeout(500); // saved a moment after typing stops (and at once on pagehide)
  await page.reload();
  await expect(designer.node('Archive orders')).toBeVisible();
  await designer.tab('JSON').click();
  await monaco.waitForEditor(EDITOR);
  await expect(page.getByText('Edited, not applied')).toBeVisible();
  await monaco.select(EDITOR, '"name": "Archive everything"');
  monaco.expectCleanRun();
});

test('an invalid value is refused: its errors are listed with their paths and the canvas is unchanged', async ({ page }) => {
  const { designer, monaco } = await openJsonView(page);
  await monaco.replace(EDITOR, '512', '64', '"memoryMb": 512');

  // The schema marks the value while typing, before anything is applied.
  await expect(monaco.squiggles(EDITOR, 'error').first()).toBeVisible();
  const textProblems = page.getByRole('region', { name: 'Problems in the text' });
  await expect(textProblems.getByRole('listitem').first()).toContainText('128');

  await monaco.input(EDITOR).press('ControlOrMeta+Enter');
  const refused = page.getByRole('region', { name: 'Not applied' });
  await expect(refused.getByRole('heading')).toHaveText('Not applied: 1 problem');
  await expect(refused.getByRole('listitem')).toHaveText('nodes[2].config.memoryMb: must be at least 128, got 64');

  // Nothing changed: the inspector still shows the old memory size.
  await designer.node('Archive orders').click();
  await designer.tab('Inspector').click();
  await expect(page.getByLabel('Memory (MB)', { exact: true })).toHaveValue('512');

  // Back on the JSON tab the edit is still there, and Revert discards it.
  await designer.tab('JSON').click();
  await monaco.waitForEditor(EDITOR);
  await expect(page.getByText('Edited, not applied')).toBeVisible();
  await page.getByRole('button', { name: 'Revert' }).click();
  await expect(page.getByText('Same as the canvas')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Not applied' })).toHaveCount(0);
  monaco.expectCleanRun();
});

test('a canvas change under unapplied edits asks before replacing the text', async ({ page }) => {
  const { designer, monaco } = await openJsonView(page);
  await monaco.replace(EDITOR, 'Order archive', 'Cold archive');
  await expect(page.getByText('Edited, not applied')).toBeVisible();

  // Delete a node on the canvas while the JSON has edits.
  await designer.node('Orders DLQ').click();
  await designer.press('Delete');
  await expect(designer.node('Orders DLQ')).toHaveCount(0);
  const banner = page.getByRole('alert').filter({ hasText: 'The pipeline changed on the canvas' });
  await expect(banner).toBeVisible();
  await expect(monaco.lines(EDITOR)).toContainText('Cold archive');

  await banner.getByRole('button', { name: 'Keep my edits' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByText('Edited, not applied')).toBeVisible();
  // Applying now puts the kept text (with the DLQ) back on the canvas, as one undo step.
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(designer.node('Cold archive')).toBeVisible();
  await expect(designer.node('Orders DLQ')).toBeVisible();
  monaco.expectCleanRun();
});

test("the validator's findings are marked in the JSON text and listed under it", async ({ page }) => {
  const designer = new Designer(page);
  const monaco = new MonacoPage(page);
  await designer.open();
  await designer.openExample('Everything wrong (breaks limits on purpose)');
  await designer.tab('JSON').click();
  await monaco.waitForEditor(EDITOR);
  const textProblems = page.getByRole('region', { name: 'Problems in the text' });
  const finding = textProblems.getByRole('button', { name: /batch size 20,000 is over the maximum of 10,000 for Kinesis/ });
  await expect(finding).toBeVisible();
  // Going to it puts the cursor on the edge's batch size.
  await finding.click();
  await expect(monaco.lines(EDITOR)).toContainText('"batchSize": 20000');
  await expect(monaco.squiggles(EDITOR, 'error').first()).toBeVisible();
  monaco.expectCleanRun();
});
