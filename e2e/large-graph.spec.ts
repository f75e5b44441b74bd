import { expect, type Page, test } from '@playwright/test';
import { Designer } from './support/designer';

/**
 * A 500-node, 600-connection pipeline (the bench page: generated, never saved). Far out, the
 * canvas draws a simpler picture; every gesture still works and undoes as on a small graph.
 */
async function openLargeGraph(page: Page): Promise<Designer> {
  const d = new Designer(page);
  await d.open('/bench/designer?nodes=500');
  await expect(d.nodeById('n0')).toBeVisible();
  await expect(d.nodes).toHaveCount(500);
  return d;
}

async function zoomInAt(page: Page, x: number, y: number, times: number) {
  await page.mouse.move(x, y);
  for (let i = 0; i < times; i++) {
    await page.mouse.wheel(0, -500);
    await page.waitForTimeout(100);
  }
}

test('a large graph opens whole and simply drawn; zooming in brings names and connection labels back', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const d = await openLargeGraph(page);
  // Far out: no labels or text, but each node keeps its accessible name and the minimap shows every node.
  await expect(page.locator('.pipeline-edge-label')).toHaveCount(0);
  await expect(page.locator('.pipeline-node-name')).toHaveCount(0);
  await expect(d.nodeById('n0')).toHaveAccessibleName('clicks-1-stream');
  await expect(page.locator('.react-flow__minimap-node')).toHaveCount(500);
  expect(Number(await page.locator('.react-flow__minimap-node').first().getAttribute('width'))).toBeGreaterThan(0);

  const box = (await d.nodeById('n0').boundingBox())!;
  await zoomInAt(page, box.x + box.width / 2, box.y + box.height / 2, 3);
  await expect(page.getByText('clicks-1-stream', { exact: true })).toBeVisible();
  await expect(page.locator('.pipeline-edge-label').first()).toBeVisible();
  await expect(page.getByTestId('edge-label-e0')).toContainText('polled by');
  expect(errors).toEqual([]);
});

test('in a large graph, dragging a node selects it and is one undoable step', async ({ page }) => {
  const d = await openLargeGraph(page);
  const id = 'n250';
  const before = await d.flowPosition(id);
  const box = (await d.nodeById(id).boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 30, at.y + 20, { steps: 10 });
  await page.mouse.move(at.x + 60, at.y + 40, { steps: 10 });
  await page.mouse.up();
  const moved = await d.flowPosition(id);
  expect(Math.abs(moved.x - before.x)).toBeGreaterThan(100);
  await expect(d.nodeById(id)).toHaveClass(/selected/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(/^[a-z]+-\d+-[a-z]+$/);
  await d.press('Control+z');
  await expect.poll(() => d.flowPosition(id)).toEqual(before);
  await d.press('Control+Shift+z');
  await expect.poll(() => d.flowPosition(id)).toEqual(moved);
});
