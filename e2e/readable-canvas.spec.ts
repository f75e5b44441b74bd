import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { Designer } from './support/designer';
import { FilesPage } from './support/files-page';

// Every example of the gallery (components/gallery/examples.ts).
const EXAMPLES = [
  'Kinesis → Lambda → OpenSearch',
  'S3 upload → Lambda → DynamoDB',
  'S3 → Glue crawler → Data Catalog → Athena',
  'Nightly schedule → Glue job (Spark) → Redshift',
  'SQS → Lambda → S3 with a DLQ',
  'IoT → Lambda → Kinesis → Firehose → S3',
  'Everything wrong (breaks limits on purpose)',
];
/** On-screen text smaller than this is guessed at, not read (components/canvas/fit-viewport.ts). */
const LEGIBLE_PX = 8;

/** The smallest text any node draws, in screen pixels: font size times the canvas zoom. */
async function smallestNodeTextPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? 1);
    let min = Infinity;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node .pipeline-node-text, .react-flow__node .pipeline-node-text *')) {
      if (el.textContent?.trim()) min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    return min;
  });
}

/** Nodes whose centre lies under a panel or outside the canvas. */
async function nodesHiddenUnderPanels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hidden: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = node.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (top && !node.contains(top) && top.closest('.palette, .side-panel')) hidden.push(node.dataset.id ?? '');
    }
    return hidden;
  });
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`every example stays readable after opening, Fit view and Auto-layout at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const d = new Designer(page);
    await d.open();
    for (const title of EXAMPLES) {
      await d.openExample(title);
      await expect(d.nodes.first()).toBeVisible();
      await page.getByRole('button', { name: 'Fit view', exact: true }).click();
      await page.waitForTimeout(300); // the 200 ms zoom animation
      expect(await smallestNodeTextPx(page), `${title}, Fit view`).toBeGreaterThanOrEqual(LEGIBLE_PX);
      await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
      await page.waitForTimeout(400);
      expect(await smallestNodeTextPx(page), `${title}, Auto-layout`).toBeGreaterThanOrEqual(LEGIBLE_PX);
      // What fits is not put under the panels that lie over the canvas on a narrow window.
      if ((await d.nodes.count()) <= 5) expect(await nodesHiddenUnderPanels(page), title).toEqual([]);
    }
  });
}

/** Nodes not wholly inside the canvas, or under the palette or the side panel. */
async function nodesOutOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const c = document.querySelector('.react-flow')!.getBoundingClientRect();
    const panels = [...document.querySelectorAll('.palette, .side-panel')].map((e) => e.getBoundingClientRect());
    const out: string[] = [];
    for (const n of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = n.getBoundingClientRect();
      const inCanvas = r.left >= c.left - 1 && r.right <= c.right + 1 && r.top >= c.top - 1 && r.bottom <= c.bottom + 1;
      const under = panels.some((p) => r.right > p.left && r.left < p.right && r.bottom > p.top && r.top < p.bottom);
      if (!inCanvas || under) out.push(n.dataset.id ?? '');
    }
    return out;
  });
}

test('at 1440×900 every example opens with every service in view, none under the inspector (long chains are drawn in bands)', async ({ page }) => {
  // The IoT example used to open with Firehose half under the inspector and S3 off the canvas.
  const d = new Designer(page);
  await d.open();
  for (const title of EXAMPLES) {
    await d.openExample(title);
    await expect(d.nodes.first()).toBeVisible();
    // The view settles once the nodes are measured (an animated fit): wait for it, not a fixed time.
    await expect.poll(() => nodesOutOfView(page), { message: `${title}, opened` }).toEqual([]);
    expect(await smallestNodeTextPx(page), `${title}, opened`).toBeGreaterThanOrEqual(LEGIBLE_PX);
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await page.waitForTimeout(300); // the 200 ms zoom animation
    expect(await nodesOutOfView(page), `${title}, Fit view`).toEqual([]);
  }
});

test('auto-layout wraps a long chain instead of shrinking it: the IoT example keeps its nodes within the visible width', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.openExample('IoT → Lambda → Kinesis → Firehose → S3');
  await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
  // 5 layers of 200 + 130 would be 1520 canvas units wide; the canvas (~800 px) shows ~1000 readable:
  // the chain continues in a second band below, starting at the left again.
  await expect.poll(async () => (await d.flowPosition('delivery')).y).toBeGreaterThan((await d.flowPosition('telemetry')).y + 100);
  const iot = await d.flowPosition('telemetry');
  const delivery = await d.flowPosition('delivery');
  expect(delivery.x).toBeLessThan(iot.x + 700);
});

test('the palette and the side panel collapse with a shortcut each and stay so after a reload; the side panel resizes', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const canvasWidth = async () => (await d.canvas.boundingBox())!.width;
  const before = await canvasWidth();
  await d.canvas.click({ position: { x: 40, y: 300 } });
  await d.press('Shift+P');
  await expect(d.palette).toBeHidden();
  await d.press('Shift+S');
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toBeHidden();
  // Each leaves a 28 px rail with the button that brings it back.
  expect(await canvasWidth()).toBeGreaterThan(before + 500);
  await page.reload();
  await expect(d.canvas).toBeVisible();
  await expect(d.palette).toBeHidden();
  await page.getByRole('button', { name: 'Show side panel' }).click();
  await page.getByRole('button', { name: 'Show services palette' }).click();
  await expect(d.palette).toBeVisible();
  const side = page.getByRole('complementary', { name: 'Side panel' });
  await expect(side).toBeVisible();
  const width = (await side.boundingBox())!.width;
  const handle = page.getByRole('separator', { name: 'Resize side panel' });
  await handle.focus();
  await d.press('ArrowLeft');
  await d.press('ArrowLeft');
  await expect.poll(async () => Math.round((await side.boundingBox())!.width)).toBe(Math.round(width + 40));
});

test('at 1024 px the panels open over the canvas, which keeps the whole width', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const d = new Designer(page);
  await d.open();
  const canvas = (await d.canvas.boundingBox())!;
  expect(canvas.width).toBeGreaterThan(1000);
  const side = (await page.getByRole('complementary', { name: 'Side panel' }).boundingBox())!;
  expect(side.x).toBeLessThan(canvas.x + canvas.width);
});

test('connection labels and their badges draw above nodes; an error edge is red and dashed', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await d.dragFromPalette('Kinesis data stream', { x: 100, y: 150 });
  await d.dragFromPalette('Lambda function', { x: 700, y: 150 });
  await d.connect('stream-1', 'function-1');
  const label = page.getByTestId('edge-label-stream-1-to-function-1');
  await expect(label).toContainText('polled by');
  // Drop a queue right on the label: the node now lies under it.
  const box = (await label.boundingBox())!;
  const canvas = (await d.canvas.boundingBox())!;
  await d.dragFromPalette('SQS queue', { x: box.x + box.width / 2 - canvas.x, y: box.y + box.height / 2 - canvas.y });
  const node = d.nodeById('queue-1');
  const labelBox = (await label.boundingBox())!;
  const nodeBox = (await node.boundingBox())!;
  expect(labelBox.x < nodeBox.x + nodeBox.width && labelBox.x + labelBox.width > nodeBox.x && labelBox.y < nodeBox.y + nodeBox.height && labelBox.y + labelBox.height > nodeBox.y).toBe(true);
  // The label's layer is stacked above every node (a selected node is raised to 1000)...
  const stacking = await page.evaluate(() => {
    const layer = Number(getComputedStyle(document.querySelector('.react-flow__edgelabel-renderer')!).zIndex);
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => Number(getComputedStyle(n).zIndex) || 0);
    return { layer, highestNode: Math.max(...nodes) };
  });
  expect(stacking.layer).toBeGreaterThan(stacking.highestNode);
  await expect(label).toBeVisible();
  // ...yet not in the way: the node under it can still be clicked.
  await d.canvas.click({ position: { x: 40, y: 40 } });
  await node.click({ position: { x: 20, y: 20 } });
  await expect(node).toHaveClass(/selected/);

  // An error edge: colour and pattern.
  await d.openExample('Everything wrong (breaks limits on purpose)');
  const errorEdge = page.locator('.react-flow__edge-path.pipeline-edge.has-error').first();
  await expect(errorEdge).toHaveCSS('stroke-dasharray', /\d/);
});

test('right-angled connections are a remembered setting', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const toggle = page.getByRole('button', { name: 'Right-angled connections' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const path = page.locator('.react-flow__edge-path.pipeline-edge').first();
  const curved = await path.getAttribute('d');
  expect(curved).toContain('C');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => path.getAttribute('d')).not.toContain('C');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Right-angled connections' })).toHaveAttribute('aria-pressed', 'true');
});

test('an empty canvas says how to start: drag a service, open an example, import a template', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const prompt = page.getByRole('region', { name: 'Start a pipeline' });
  await expect(prompt).toContainText('Drag a service here');
  await expect(prompt.getByRole('button', { name: 'Import template…' })).toBeVisible();
  await prompt.getByRole('button', { name: 'Open an example' }).click();
  await expect(page.getByRole('dialog', { name: 'Example gallery' })).toBeVisible();
  await page.keyboard.press('Escape');
  // A service dropped on the prompt's text lands on the canvas.
  const box = (await prompt.getByRole('heading').boundingBox())!;
  const canvas = (await d.canvas.boundingBox())!;
  await d.dragFromPalette('SQS queue', { x: box.x - canvas.x + 10, y: box.y - canvas.y + 5 });
  await expect(d.nodes).toHaveCount(1);
  await expect(prompt).toBeHidden();
});

test('dragging a connection near the canvas edge does not pan the canvas', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await d.dragFromPalette('Kinesis data stream', { x: 200, y: 200 });
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
  const handle = (await d.nodeById('stream-1').locator('.react-flow__handle.source').boundingBox())!;
  const canvas = (await d.canvas.boundingBox())!;
  await page.mouse.move(handle.x + 5, handle.y + 5);
  await page.mouse.down();
  // Hold the pointer just inside the canvas' right edge for a while.
  await page.mouse.move(canvas.x + canvas.width - 4, canvas.y + 300, { steps: 10 });
  await page.waitForTimeout(600);
  await page.mouse.up();
  expect(await viewport.evaluate((el) => (el as HTMLElement).style.transform)).toBe(before);
});

test('a connection drawn backwards says which way works', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await d.dragFromPalette('Glue crawler', { x: 150, y: 200 });
  await d.dragFromPalette('S3 bucket', { x: 500, y: 200 });
  await d.connect('crawler-1', 'bucket-1');
  await expect(d.notice).toContainText('The other way round works: draw S3 bucket 1 → Glue crawler 1');
  await d.nodeById('crawler-1').click();
  await expect(page.getByLabel('Connect to').locator('option', { hasText: 'S3 bucket 1 (S3 bucket): not possible, only the other way round' })).toBeDisabled();
});

test('messages stack at the bottom, clear of the tabs; the next of the same kind replaces the last', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await d.dragFromPalette('SQS queue', { x: 200, y: 200 });
  await d.dragFromPalette('Glue crawler', { x: 500, y: 200 });
  await d.connect('queue-1', 'crawler-1');
  await expect(page.getByRole('alert').filter({ hasText: 'Connection refused' })).toBeVisible();
  await d.nodeById('queue-1').click();
  await page.keyboard.press('Control+c');
  await expect(d.notice).toContainText('Copied 1 service');
  await d.press('Control+a');
  await page.keyboard.press('Control+c');
  await expect(d.notice).toContainText('Copied 2 services');
  await expect(d.notice).not.toContainText('Copied 1 service');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  // Both kinds stacked, each dismissable.
  await expect(d.notice.getByRole('button', { name: 'Dismiss message' })).toHaveCount(2);
  const tabs = (await page.getByRole('tablist', { name: 'Panels' }).boundingBox())!;
  const stack = (await d.notice.boundingBox())!;
  expect(stack.y).toBeGreaterThan(tabs.y + tabs.height);
});

test('My pipelines tells pipelines of the same name apart and offers a rename', async ({ page }) => {
  const { designer, files } = await FilesPage.start(page);
  // The first visit opened the clickstream example; open it again: two pipelines named "clickstream-search".
  await designer.openExample('Kinesis → Lambda → OpenSearch');
  await expect(files.title).toHaveText('clickstream-search');
  const dialog = await files.openLibrary();
  await expect(dialog.getByText(/same name: 1 of 2, created/)).toBeVisible();
  await expect(dialog.getByText(/same name: 2 of 2, created/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Rename clickstream-search' })).toHaveCount(2);
});

test('service badges say what they stand for: the Glue job is not "ETL" like its section, and names service and category on hover', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const badge = d.paletteItem('Glue job').locator('.kind-icon');
  await expect(badge).toHaveText('JOB');
  await expect(badge).toHaveAttribute('title', 'Glue job · ETL · AWS Analytics');
  // Each AWS icon family has a shape of its own, not only a colour: the Lambda tile is an
  // octagon, the S3 tile a bucket, the SQS tile a circle, the Glue tile a rounded square.
  const clip = (name: string) => d.paletteItem(name).locator('.kind-icon').evaluate((el) => getComputedStyle(el).clipPath + ' ' + getComputedStyle(el).borderRadius);
  const shapes = await Promise.all(['Glue job', 'Lambda function', 'S3 bucket', 'SQS queue', 'DynamoDB table', 'IoT topic rule'].map(clip));
  expect(new Set(shapes).size).toBe(6);
  await expect(d.paletteItem('Lambda function').locator('.kind-icon')).toHaveAttribute('data-shape', 'octagon');
  await expect(d.paletteItem('S3 bucket').locator('.kind-icon')).toHaveAttribute('title', 'S3 bucket · Sources, Sinks · AWS Storage');
});

test('the designer loads under 350 KB of gzipped JavaScript; Monaco, ELK and the charts load when first needed', async ({ page }) => {
  const scripts: { url: string; gz: number }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    const body = await r.body().catch(() => null);
    if (body) scripts.push({ url: r.url(), gz: gzipSync(body).length });
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('application', { name: 'Pipeline canvas' })).toBeVisible();
  const total = scripts.reduce((sum, s) => sum + s.gz, 0);
  // Measured 2026-12-06: 396 KB before the Code, JSON and Simulate panels were split off, 295 KB after.
  expect(total / 1024).toBeLessThan(350);
});

test('a long name wraps between its words, and the pipeline name stays whole when the problem count grows', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await d.dragFromPalette('Kinesis data stream', { x: 250, y: 200 });
  await page.getByLabel('Name', { exact: true }).fill('DataActivityKinesisStream');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  const name = d.nodeById('stream-1').locator('.pipeline-node-name');
  await expect(name).toHaveText('DataActivityKinesisStream');
  // Break points between the words only (it was drawn "DataActivityKine sisStream"); nothing overflows.
  await expect(name.locator('wbr')).toHaveCount(3);
  const lines = await name.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBeGreaterThan(1);
  const words = await name.evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => {
    const range = document.createRange();
    range.selectNodeContents(n);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  }));
  expect(words.every((count) => count === 1)).toBe(true);

  await d.openExample('Everything wrong (breaks limits on purpose)');
  const title = page.locator('.pipeline-title');
  await expect(title).toHaveText('everything-wrong');
  expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});
