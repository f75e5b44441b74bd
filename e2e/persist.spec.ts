import { expect, test } from '@playwright/test';
import { FilesPage } from './support/files-page';

const start = (page: import('@playwright/test').Page) => FilesPage.start(page);

/** Node names of every pipeline stored in this browser's IndexedDB library. */
function storedNodeNames(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('sluice');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('pipelines').objectStore('pipelines').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const records = all.result as { document?: { nodes?: { name: string }[] } }[];
            open.result.close();
            resolve(records.flatMap((r) => r.document?.nodes?.map((n) => n.name) ?? []));
          };
        };
      }),
  );
}

test('an edit made just before a reload is still there after it', async ({ page }) => {
  const { designer } = await start(page);
  await designer.node('Click events').click();
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Renamed click stream');
  await name.press('Enter');
  await expect(designer.node('Renamed click stream')).toBeVisible();
  await page.reload();
  await expect(designer.node('Renamed click stream')).toBeVisible();
  await expect(designer.node('Click events')).toHaveCount(0);
  // Undo history is not stored: the restored pipeline starts a fresh history.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('after a reload only the restored pipeline is shown, never the first example as a placeholder', async ({ page }) => {
  const { designer, files } = await start(page);
  await files.button('New').click();
  await expect(files.title).toHaveText('untitled-pipeline');
  // Watch every change of the page from its first byte: the example's nodes must never appear.
  await page.addInitScript(() => {
    const seen = { placeholder: false };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      if (document.querySelector('.react-flow__node') || document.querySelector('.pipeline-title')?.textContent === 'clickstream-search') seen.placeholder = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await expect(files.title).toHaveText('untitled-pipeline');
  await expect(designer.canvas).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __seen: { placeholder: boolean } }).__seen.placeholder)).toBe(false);
});

test('several pipelines are listed and switchable, and the open one is restored on reload', async ({ page }) => {
  const { designer, files } = await start(page);
  await files.button('New').click();
  await expect(designer.nodes).toHaveCount(0);
  await expect(files.title).toHaveText('untitled-pipeline');
  await designer.paletteItem('Kinesis data stream').focus();
  await page.keyboard.press('Enter');
  await expect(designer.nodes).toHaveCount(1);

  await files.openLibrary();
  await expect.poll(() => files.pipelineNames()).toEqual(['untitled-pipeline', 'clickstream-search']);
  await expect(files.libraryDialog.getByRole('listitem').filter({ hasText: 'untitled-pipeline' })).toContainText('open');
  await files.libraryDialog.getByRole('button', { name: 'Open clickstream-search' }).click();
  await expect(files.libraryDialog).toBeHidden();
  await expect(files.title).toHaveText('clickstream-search');
  await expect(designer.node('Click events')).toBeVisible();

  await page.reload();
  await expect(files.title).toHaveText('clickstream-search');
  await files.openLibrary();
  await files.libraryDialog.getByRole('button', { name: 'Open untitled-pipeline' }).click();
  await expect(designer.nodes).toHaveCount(1);
  await expect(designer.node('Kinesis data stream 1')).toBeVisible();
});

test('rename a pipeline from the list', async ({ page }) => {
  const { files } = await start(page);
  await files.openLibrary();
  // Escape leaves the rename and keeps the list open.
  await files.libraryDialog.getByRole('button', { name: 'Rename clickstream-search' }).click();
  await files.libraryDialog.getByLabel('New name for clickstream-search').press('Escape');
  await expect(files.libraryDialog).toBeVisible();
  await expect(files.libraryDialog.getByLabel('New name for clickstream-search')).toHaveCount(0);
  await expect(files.libraryDialog.getByRole('button', { name: 'Rename clickstream-search' })).toBeFocused();
  await files.libraryDialog.getByRole('button', { name: 'Rename clickstream-search' }).click();
  const field = files.libraryDialog.getByLabel('New name for clickstream-search');
  await field.fill('   ');
  await field.press('Enter');
  await expect(files.libraryDialog.getByRole('alert')).toContainText('a pipeline needs a name');
  await field.fill('clicks-to-search');
  await field.press('Enter');
  await expect.poll(() => files.pipelineNames()).toEqual(['clicks-to-search']);
  await expect(files.title).toHaveText('clicks-to-search');
});

test('delete asks first, can be undone, and deleted pipelines can be restored', async ({ page }) => {
  const { designer, files } = await start(page);
  await designer.openExample('SQS → Lambda → S3 with a DLQ');
  await expect(files.title).toHaveText('order-archiver');
  await files.openLibrary();
  await expect.poll(() => files.pipelineNames()).toEqual(['order-archiver', 'clickstream-search']);

  // Deleting asks first; Cancel keeps it, and so does Escape (the list stays open).
  await files.libraryDialog.getByRole('button', { name: 'Delete clickstream-search' }).click();
  await files.libraryDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => files.pipelineNames()).toEqual(['order-archiver', 'clickstream-search']);
  await expect(files.libraryDialog.getByRole('button', { name: 'Delete clickstream-search' })).toBeFocused();
  await files.libraryDialog.getByRole('button', { name: 'Delete clickstream-search' }).click();
  await page.keyboard.press('Escape');
  await expect(files.libraryDialog).toBeVisible();
  await expect(files.libraryDialog.getByRole('group', { name: 'Confirm deleting clickstream-search' })).toHaveCount(0);

  await files.libraryDialog.getByRole('button', { name: 'Delete clickstream-search' }).click();
  await files.libraryDialog.getByRole('group', { name: 'Confirm deleting clickstream-search' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(files.libraryDialog.getByText('Deleted “clickstream-search”.')).toBeVisible();
  await expect(files.libraryDialog.getByRole('button', { name: 'Undo delete' })).toBeFocused();
  await expect.poll(() => files.pipelineNames()).toEqual(['order-archiver']);
  await files.libraryDialog.getByRole('button', { name: 'Undo delete' }).click();
  await expect.poll(() => files.pipelineNames()).toEqual(['order-archiver', 'clickstream-search']);

  // Deleting the open pipeline shows the next one; it waits in Recently deleted.
  await files.libraryDialog.getByRole('button', { name: 'Delete order-archiver' }).click();
  await files.libraryDialog.getByRole('group', { name: 'Confirm deleting order-archiver' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(files.title).toHaveText('clickstream-search');
  await files.libraryDialog.getByText('Recently deleted (1)').click();
  await files.libraryDialog.getByRole('button', { name: 'Restore order-archiver' }).click();
  await expect.poll(() => files.pipelineNames()).toContain('order-archiver');
  await page.reload();
  await files.openLibrary();
  await expect.poll(async () => (await files.pipelineNames()).sort()).toEqual(['clickstream-search', 'order-archiver']);
});

test('an example from the gallery opens as a new pipeline without overwriting the open one', async ({ page }) => {
  const { designer, files } = await start(page);
  await designer.node('Click events').click();
  await page.getByLabel('Name', { exact: true }).fill('My edited stream');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await files.button('Examples').click();
  const gallery = page.getByRole('dialog', { name: 'Example gallery' });
  await expect(gallery.getByRole('heading', { name: 'S3 → Glue crawler → Data Catalog → Athena' })).toBeVisible();
  await expect(gallery).toContainText('queried with Athena');
  await gallery.getByRole('button', { name: 'Open example S3 → Glue crawler → Data Catalog → Athena' }).click();
  await expect(files.title).toHaveText('data-lake-catalog');
  await files.openLibrary();
  await files.libraryDialog.getByRole('button', { name: 'Open clickstream-search' }).click();
  await expect(designer.node('My edited stream')).toBeVisible();
});

test('two tabs on the same pipeline: a change saved in one shows in the other, undoably, and nothing is overwritten', async ({ page, context }) => {
  const first = await start(page);
  const other = await context.newPage();
  const second = await FilesPage.start(other);
  await expect(second.files.title).toHaveText('clickstream-search');

  // Rename a node in the second tab: the first tab, with no edits of its own, shows it.
  await other.bringToFront();
  await second.designer.node('Click events').click();
  const name = other.getByLabel('Name', { exact: true });
  await name.fill('Clicks from tab two');
  await name.press('Enter');
  await expect(first.designer.node('Clicks from tab two')).toBeVisible();
  await expect(first.designer.notice).toContainText('changes saved in another tab');

  // The first tab can undo what arrived; that is an edit of its own, saved, and seen by the second.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Undo Changes from another tab' }).click();
  await expect(first.designer.node('Click events')).toBeVisible();
  await expect(second.designer.node('Click events')).toBeVisible();

  // A new pipeline made in one tab appears in the other tab's open list.
  await first.files.openLibrary();
  await other.bringToFront();
  await second.files.button('New').click();
  await expect(first.files.libraryDialog.getByRole('button', { name: 'Open untitled-pipeline' })).toBeVisible();
  await other.close();
});

test('two tabs that both changed the same pipeline keep both versions: the later save becomes a copy', async ({ page, context }) => {
  const first = await start(page);
  // A second tab that cannot hear the first (no BroadcastChannel, as in a browser without it):
  // it only learns of the first tab's save when its own save is refused.
  const other = await context.newPage();
  await other.addInitScript(() => {
    delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
  });
  const second = await FilesPage.start(other);

  await page.bringToFront();
  await first.designer.node('Click events').click();
  const firstName = page.getByLabel('Name', { exact: true });
  await firstName.fill('Renamed in tab one');
  await firstName.press('Enter');
  await expect(first.designer.node('Renamed in tab one')).toBeVisible();
  // Wait until the first tab's autosave is in the browser's storage.
  await expect.poll(() => storedNodeNames(page)).toContain('Renamed in tab one');

  await other.bringToFront();
  await expect(second.designer.node('Click events')).toBeVisible(); // it did not hear the first tab
  await second.designer.node('Click events').click();
  const secondName = other.getByLabel('Name', { exact: true });
  await secondName.fill('Renamed in tab two');
  await secondName.press('Enter');
  await expect(second.designer.notice).toContainText('was also changed in another tab. Nothing is lost');
  await expect(second.files.title).toHaveText('clickstream-search (edits from another tab)');
  await expect(second.designer.node('Renamed in tab two')).toBeVisible();

  // Both versions are in the library; the first tab's is under the original name.
  await page.bringToFront();
  await first.files.openLibrary();
  await expect.poll(() => first.files.pipelineNames()).toEqual(['clickstream-search (edits from another tab)', 'clickstream-search']);
  await first.files.closeDialog();
  await expect(first.designer.node('Renamed in tab one')).toBeVisible();
  await other.close();
});

test('a pipeline deleted in another tab is said so, and nothing done here is lost', async ({ page, context }) => {
  const first = await start(page);
  const other = await context.newPage();
  const second = await FilesPage.start(other);
  // The first tab deletes the pipeline both are showing.
  await page.bringToFront();
  await first.files.openLibrary();
  await first.files.libraryDialog.getByRole('button', { name: 'Delete clickstream-search' }).click();
  await first.files.libraryDialog.getByRole('group', { name: 'Confirm deleting clickstream-search' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(first.files.title).toHaveText('untitled-pipeline');

  await other.bringToFront();
  await expect(second.designer.notice).toContainText('"clickstream-search" was deleted in another tab');
  // An edit here is still stored (in Recently deleted), where the first tab can restore it.
  await second.designer.node('Click events').click();
  const name = other.getByLabel('Name', { exact: true });
  await name.fill('Edited after the delete');
  await name.press('Enter');
  await expect.poll(() => storedNodeNames(other)).toContain('Edited after the delete');
  await other.close();
});
