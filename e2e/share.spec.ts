import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';
import { FilesPage } from './support/files-page';

test('a share link opens as a new copy; the user\'s own pipeline stays in the list', async ({ page, context }) => {
  const designer = new Designer(page);
  const files = new FilesPage(page);
  await designer.open();
  await expect(files.title).toHaveText('clickstream-search');
  await designer.openExample('S3 → Glue crawler → Data Catalog → Athena');
  await expect(files.title).toHaveText('data-lake-catalog');
  const link = await files.shareLink();
  expect(link).toMatch(/^http:\/\/localhost:\d+\/#share=[A-Za-z0-9+\-$_]+$/);

  // The user goes back to their own pipeline and edits it.
  await files.openLibrary();
  await files.libraryDialog.getByRole('button', { name: 'Open clickstream-search' }).click();
  await page.getByLabel('Pipeline name').fill('my-own-pipeline');
  await page.getByLabel('Pipeline name').press('Enter');
  await expect(files.title).toHaveText('my-own-pipeline');

  // Opening the link in a new tab: a copy, the fragment cleared.
  const tab = await context.newPage();
  const tabDesigner = new Designer(tab);
  const tabFiles = new FilesPage(tab);
  await tab.goto(link);
  await expect(tabFiles.title).toHaveText('data-lake-catalog');
  await expect(tabDesigner.nodes).toHaveCount(5);
  await expect(tabDesigner.notice).toContainText('as a new copy');
  await expect.poll(() => new URL(tab.url()).hash).toBe('');
  await tabFiles.openLibrary();
  await expect.poll(async () => (await tabFiles.pipelineNames()).sort()).toEqual(['data-lake-catalog', 'data-lake-catalog', 'my-own-pipeline']);
  await tab.close();

  // Pasting the link into the address bar of the open designer: also a new copy.
  await page.goto(link);
  await expect(files.title).toHaveText('data-lake-catalog');
  await files.openLibrary();
  await expect.poll(() => files.pipelineNames()).toHaveLength(4);
  await files.libraryDialog.getByRole('button', { name: 'Open my-own-pipeline' }).click();
  await expect(designer.node('Click events')).toBeVisible();
});

test('the share dialog shows the link in a field and offers to copy it', async ({ page }) => {
  const designer = new Designer(page);
  const files = new FilesPage(page);
  await designer.open();
  await files.button('Share').click();
  const dialog = page.getByRole('dialog', { name: 'Share this pipeline' });
  await expect(dialog.getByLabel('Share link')).toHaveValue(/#share=/);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Link copied|select the link above and copy it/);
});

test('a garbage share link shows an error and loses nothing', async ({ page }) => {
  const designer = new Designer(page);
  const files = new FilesPage(page);
  await designer.open();
  await page.getByLabel('Pipeline name').fill('precious-work');
  await page.getByLabel('Pipeline name').press('Enter');
  await expect(files.title).toHaveText('precious-work');

  // A fresh load of the link (as from another app)...
  await page.goto('about:blank');
  await page.goto('/#share=this-is-not-a-pipeline');
  await expect(designer.notice).toContainText('Could not open the share link');
  await expect(designer.notice).toContainText('Nothing was changed');
  await expect(files.title).toHaveText('precious-work');
  await expect(designer.node('Click events')).toBeVisible();
  await files.openLibrary();
  await expect.poll(() => files.pipelineNames()).toEqual(['precious-work']);
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await files.closeDialog();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(designer.notice).toHaveCount(0);

  // ...and one pasted into the address bar of the open designer.
  await page.goto('/#share=N4Ig');
  await expect(designer.notice).toContainText('Could not open the share link');
  await expect(files.title).toHaveText('precious-work');
  await expect.poll(() => new URL(page.url()).hash).toBe('');
});
