import { expect, test } from '@playwright/test';
import { FilesPage } from './support/files-page';

/** A small valid pipeline file, as a user would have on disk. */
const ORDERS = JSON.stringify({
  format: 'sluice.pipeline',
  version: 1,
  name: 'orders-from-disk',
  nodes: [
    { id: 'queue', kind: 'sqs-queue', name: 'Incoming orders', position: { x: 0, y: 0 }, config: { visibilityTimeoutSeconds: 180 } },
    { id: 'fn', kind: 'lambda-function', name: 'Archive orders', position: { x: 260, y: 0 }, config: { timeoutSeconds: 30 } },
  ],
  edges: [{ id: 'queue-fn', source: 'queue', target: 'fn', config: { batchSize: 10 } }],
});

const start = (page: import('@playwright/test').Page) => FilesPage.start(page);

test('open a file with the file picker: it becomes a new pipeline next to the first one', async ({ page }) => {
  const { designer, files } = await start(page);
  await files.openFile('orders.sluice.json', ORDERS);
  await expect(designer.node('Incoming orders')).toBeVisible();
  await expect(designer.node('Archive orders')).toBeVisible();
  await expect(designer.nodes).toHaveCount(2);
  await expect(files.title).toHaveText('orders-from-disk');
  await expect(designer.notice).toContainText('Opened orders.sluice.json as a new pipeline');
  await files.openLibrary();
  await expect.poll(() => files.pipelineNames()).toEqual(['orders-from-disk', 'clickstream-search']);
});

test('Ctrl+O asks for a file', async ({ page }) => {
  await start(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  expect((await chooser).isMultiple()).toBe(true);
});

test('drop a .sluice.json file onto the page to open it', async ({ page }) => {
  const { designer, files } = await start(page);
  await files.dropFile('orders.sluice.json', ORDERS);
  await expect(files.title).toHaveText('orders-from-disk');
  await expect(designer.node('Archive orders')).toBeVisible();
  await expect(designer.nodes).toHaveCount(2);
});

test('a bad file is refused with the JSON path of each problem, and the canvas is unchanged', async ({ page }) => {
  const { designer, files } = await start(page);
  const before = await designer.nodes.count();
  const bad = JSON.parse(ORDERS);
  bad.nodes[1].config.timeoutSeconds = 'abc';
  bad.nodes[0].config.visibilityTimeoutSeconds = -5;
  await files.openFile('broken.sluice.json', JSON.stringify(bad));
  await expect(designer.notice).toContainText('Could not open broken.sluice.json');
  await expect(designer.notice).toContainText('nodes[1].config.timeoutSeconds: expected a number, got "abc"');
  await expect(designer.notice).toContainText('nodes[0].config.visibilityTimeoutSeconds: must be at least 0, got -5');
  await expect(designer.notice).toContainText('The open pipeline is unchanged');
  await expect(files.title).toHaveText('clickstream-search');
  await expect(designer.nodes).toHaveCount(before);
  await files.openLibrary();
  await expect.poll(() => files.pipelineNames()).toEqual(['clickstream-search']);
});

test('a file that is not JSON says where the syntax breaks', async ({ page }) => {
  const { designer, files } = await start(page);
  await files.dropFile('notes.sluice.json', '{\n  "format": "sluice.pipeline",\n  oops\n}');
  await expect(designer.notice).toContainText('Could not open notes.sluice.json: not valid JSON at line 3');
  await expect(files.title).toHaveText('clickstream-search');
});

test('a file from a newer Sluice is refused; an older one is upgraded and says so', async ({ page }) => {
  const { designer, files } = await start(page);
  await files.openFile('future.sluice.json', JSON.stringify({ ...JSON.parse(ORDERS), version: 7 }));
  await expect(designer.notice).toContainText('version: this file is version 7, written by a newer Sluice');
  await expect(files.title).toHaveText('clickstream-search');

  const prototype = { format: 'sluice', version: 0, name: 'prototype-design', nodes: [{ id: 'q', type: 'sqs-queue', name: 'Old queue', props: {} }], links: [] };
  await files.openFile('old.sluice.json', JSON.stringify(prototype));
  await expect(designer.notice).toContainText('written in file format version 0 and has been upgraded');
  await expect(files.title).toHaveText('prototype-design');
  await expect(designer.node('Old queue')).toBeVisible();
});

test('Save downloads <pipeline name>.sluice.json holding the same pipeline; Ctrl+S too', async ({ page }) => {
  const { designer, files } = await start(page);
  await files.openFile('orders.sluice.json', ORDERS);
  await expect(files.title).toHaveText('orders-from-disk');
  const saved = await files.save();
  expect(saved.fileName).toBe('orders-from-disk.sluice.json');
  const doc = JSON.parse(saved.text);
  const original = JSON.parse(ORDERS);
  expect(doc).toMatchObject({ format: 'sluice.pipeline', version: 3, name: 'orders-from-disk' });
  expect(doc.nodes.map((n: { id: string; name: string; config: object }) => [n.id, n.name])).toEqual(original.nodes.map((n: { id: string; name: string }) => [n.id, n.name]));
  expect(doc.nodes[0].config.visibilityTimeoutSeconds).toBe(180);
  expect(doc.nodes[1].config.timeoutSeconds).toBe(30);
  expect(doc.edges).toEqual([expect.objectContaining({ id: 'queue-fn', source: 'queue', target: 'fn', config: expect.objectContaining({ batchSize: 10 }) })]);

  // Reopening the saved file gives the same pipeline again.
  await files.openFile(saved.fileName, saved.text);
  await expect(designer.nodes).toHaveCount(2);
  const again = await files.save('shortcut');
  expect(JSON.parse(again.text)).toEqual(doc);
});

test('the file name is made safe for any file system', async ({ page }) => {
  const { files } = await start(page);
  await page.getByLabel('Pipeline name').fill('orders/2024: "final"?');
  await page.getByLabel('Pipeline name').press('Enter');
  await expect(files.title).toHaveText('orders/2024: "final"?');
  const saved = await files.save();
  expect(saved.fileName).toBe('orders-2024- -final-.sluice.json');
});
