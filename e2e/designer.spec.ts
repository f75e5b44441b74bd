import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';

/** Start from an empty pipeline so each test owns what is on the canvas. */
async function emptyDesigner(page: import('@playwright/test').Page) {
  const d = new Designer(page);
  await d.open();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(d.nodes).toHaveCount(0);
  return d;
}

test('drag a service from the palette onto the canvas: it lands where dropped with defaults', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.dragFromPalette('Kinesis data stream', { x: 300, y: 200 });
  await expect(d.nodes).toHaveCount(1);
  await expect(d.node('Kinesis data stream 1')).toBeVisible();
  const box = await d.node('Kinesis data stream 1').boundingBox();
  const canvas = await d.canvas.boundingBox();
  expect(box && canvas && Math.abs(box.x + box.width / 2 - (canvas.x + 300))).toBeLessThan(40);
  // The inspector shows the new node with its defaults.
  await expect(page.getByRole('region', { name: 'Inspector: Kinesis data stream 1' })).toBeVisible();
  await expect(page.getByLabel('Shards')).toHaveValue('1');
  await expect(page.getByLabel('Retention (hours)')).toHaveValue('24');
});

test('keyboard: focus a palette item, press Enter, the node appears at the centre of the view', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.paletteItem('Lambda function').focus();
  await page.keyboard.press('Enter');
  await expect(d.node('Lambda function 1')).toBeVisible();
  const box = await d.node('Lambda function 1').boundingBox();
  const canvas = await d.canvas.boundingBox();
  expect(box && canvas && Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(40);
  expect(box && canvas && Math.abs(box.y + box.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(40);
});

test('search filters the palette', async ({ page }) => {
  const d = await emptyDesigner(page);
  await page.getByRole('searchbox', { name: 'Search services' }).fill('glue');
  await expect(d.paletteItem('Glue crawler')).toBeVisible();
  await expect(d.paletteItem('Glue job')).toBeVisible();
  await expect(d.paletteItem('Lambda function')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search services' }).fill('zzz');
  await expect(d.palette.getByText('No service matches')).toBeVisible();
  // The service the query names comes first; Enter in the search box adds it.
  const search = page.getByRole('searchbox', { name: 'Search services' });
  await search.fill('lambda');
  await expect(d.palette.locator('.palette-item').first()).toHaveAccessibleName('Add Lambda function');
  await search.press('Enter');
  await expect(d.nodes).toHaveCount(1);
  await expect(d.node('Lambda function 1')).toBeVisible();
});

test('connect two nodes by dragging from a handle; undo and redo the connection', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.dragFromPalette('Kinesis data stream', { x: 200, y: 200 });
  await d.dragFromPalette('Lambda function', { x: 550, y: 200 });
  await d.connect('stream-1', 'function-1');
  await expect(d.edges).toHaveCount(1);
  await expect(page.getByTestId('edge-label-stream-1-to-function-1')).toContainText('polled by');
  // The new connection is selected: the inspector shows the event source mapping settings.
  await expect(page.getByLabel('Batch size')).toBeVisible();
  await d.canvas.click({ position: { x: 20, y: 20 } });
  await d.press('Control+z');
  await expect(d.edges).toHaveCount(0);
  await d.press('Control+Shift+z');
  await expect(d.edges).toHaveCount(1);
});

test('keyboard: connect from the inspector, impossible targets offered but disabled; undo removes it', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.paletteItem('Lambda function').focus();
  await page.keyboard.press('Enter');
  await d.paletteItem('SNS topic').focus();
  await page.keyboard.press('Enter');
  await d.paletteItem('Kinesis data stream').focus();
  await page.keyboard.press('Enter');
  await expect(d.nodes).toHaveCount(3);
  // The stream just added is selected; its inspector offers what it can connect to.
  const target = page.getByLabel('Connect to');
  await expect(target.locator('option', { hasText: 'Lambda function 1 (Lambda function): polled by' })).toBeEnabled();
  await expect(target.locator('option', { hasText: 'SNS topic 1 (SNS topic): not possible' })).toBeDisabled();
  await target.focus();
  await target.selectOption({ label: 'Lambda function 1 (Lambda function): polled by' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(d.edges).toHaveCount(1);
  await expect(target).toBeFocused(); // ready for the next connection
  await expect(page.getByTestId('edge-label-stream-1-to-function-1')).toContainText('polled by');
  await expect(page.getByRole('region', { name: 'Connections' }).getByRole('button', { name: 'to Lambda function 1' })).toBeVisible();
  await expect(target.locator('option', { hasText: 'Lambda function 1 (Lambda function): already connected' })).toBeDisabled();
  // The listed connection opens its own settings.
  await page.getByRole('region', { name: 'Connections' }).getByRole('button', { name: 'to Lambda function 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Batch size')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inspector: connection' })).toBeFocused();
  // ...and can be deleted from there, undoably; the focus goes back to the service.
  await page.getByRole('button', { name: 'Delete connection' }).focus();
  await page.keyboard.press('Enter');
  await expect(d.edges).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Inspector: Kinesis data stream 1' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo Delete connection' }).click();
  await expect(d.edges).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo Connect' }).click();
  await expect(d.edges).toHaveCount(0);
});

test('keyboard: focus a service on the canvas, Enter selects it, arrow keys move it, undo moves it back', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.paletteItem('SQS queue').focus();
  await page.keyboard.press('Enter');
  await d.canvas.click({ position: { x: 20, y: 20 } }); // clear the selection
  await expect(page.getByLabel('Connect to')).toHaveCount(0);
  const before = await d.flowPosition('queue-1');
  await d.nodeById('queue-1').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Connect to')).toBeVisible(); // its inspector is open
  await d.nodeById('queue-1').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => d.flowPosition('queue-1').then((p) => p.x)).toBeGreaterThan(before.x);
  await d.press('Control+z');
  await d.press('Control+z');
  await expect.poll(() => d.flowPosition('queue-1')).toEqual(before);
});

test('a connection with no meaning is refused, with the reason shown', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.dragFromPalette('SNS topic', { x: 200, y: 200 });
  await d.dragFromPalette('Glue crawler', { x: 550, y: 200 });
  await d.connect('topic-1', 'crawler-1');
  await expect(d.notice).toContainText('SNS cannot be a Glue crawler target: crawlers read S3, JDBC databases and DynamoDB');
  await expect(d.edges).toHaveCount(0);
});

test('letting go of a connection anywhere on a node connects to it (or says why not)', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.dragFromPalette('Kinesis data stream', { x: 200, y: 200 });
  await d.dragFromPalette('Lambda function', { x: 550, y: 200 });
  await d.dragFromPalette('Glue crawler', { x: 550, y: 400 });
  await d.connectToBody('stream-1', 'function-1');
  await expect(d.edges).toHaveCount(1);
  await expect(page.getByTestId('edge-label-stream-1-to-function-1')).toContainText('polled by');
  await d.connectToBody('stream-1', 'crawler-1');
  await expect(d.notice).toContainText('Connection refused');
  await expect(d.edges).toHaveCount(1);
});

test('inspector: a bad value shows an inline error and changes nothing; a good one applies and undoes', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.dragFromPalette('Lambda function', { x: 300, y: 200 });
  const timeout = page.getByLabel('Timeout (s)');
  await timeout.fill('abc');
  await timeout.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'expected a number, got "abc"' })).toBeVisible();
  const memory = page.getByLabel('Memory (MB)', { exact: true });
  await memory.fill('64');
  await memory.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'must be at least 128, got 64' })).toBeVisible();
  await memory.fill('1024');
  await memory.press('Enter');
  await expect(memory).toHaveValue('1024');
  await expect(page.getByRole('button', { name: 'Undo Edit Memory (MB)' })).toBeEnabled();
  await d.canvas.click({ position: { x: 20, y: 20 } });
  await d.press('Control+z');
  await d.node('Lambda function 1').click();
  await expect(page.getByLabel('Memory (MB)', { exact: true })).toHaveValue('128');
});

test('rename, move, delete and auto-layout are each one undoable step', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.dragFromPalette('SQS queue', { x: 500, y: 400 });
  await d.dragFromPalette('Lambda function', { x: 150, y: 150 });
  await d.connect('queue-1', 'function-1');
  // Rename
  await d.node('SQS queue 1').click();
  await page.getByLabel('Name', { exact: true }).fill('Orders');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(d.node('Orders')).toBeVisible();
  // Move (drag the node body). Positions are compared in canvas coordinates, since
  // auto-layout also fits the view.
  const before = await d.flowPosition('queue-1');
  const start = await d.node('Orders').boundingBox();
  await d.node('Orders').hover();
  await page.mouse.down();
  await page.mouse.move(start!.x + 60, start!.y + 100, { steps: 8 });
  await page.mouse.move(start!.x + 240, start!.y + 160, { steps: 8 });
  await page.mouse.up();
  const moved = await d.flowPosition('queue-1');
  expect(Math.abs(moved.x - before.x)).toBeGreaterThan(60);
  // Auto-layout puts the queue left of the function (data flows left to right).
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect.poll(async () => (await d.flowPosition('queue-1')).x < (await d.flowPosition('function-1')).x).toBe(true);
  // Delete with the keyboard.
  await d.node('Orders').click();
  await d.press('Delete');
  await expect(d.node('Orders')).toHaveCount(0);
  await expect(d.edges).toHaveCount(0);
  // Undo, step by step: delete, layout, move, rename.
  await d.press('Control+z');
  await expect(d.node('Orders')).toBeVisible();
  await expect(d.edges).toHaveCount(1);
  await d.press('Control+z'); // layout
  await expect.poll(() => d.flowPosition('queue-1')).toEqual(moved);
  await d.press('Control+z'); // move
  await expect.poll(() => d.flowPosition('queue-1')).toEqual(before);
  await d.press('Control+z'); // rename
  await expect(d.node('SQS queue 1')).toBeVisible();
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(d.node('Orders')).toBeVisible();
});

test('copy and paste through the clipboard, duplicate, box-select and delete several', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const d = await emptyDesigner(page);
  await d.dragFromPalette('Kinesis data stream', { x: 200, y: 200 });
  await d.dragFromPalette('Lambda function', { x: 500, y: 200 });
  await d.connect('stream-1', 'function-1');
  await d.press('Control+a');
  await d.press('Control+c');
  await expect(d.notice).toContainText('Copied 2 services');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(clip)).toMatchObject({ format: 'sluice.pipeline', nodes: [{ kind: 'kinesis-stream' }, { kind: 'lambda-function' }] });
  await d.canvas.click({ position: { x: 20, y: 20 } });
  await d.press('Control+v');
  await expect(d.nodes).toHaveCount(4);
  await expect(d.edges).toHaveCount(2);
  await d.nodeById('stream-1').click();
  await d.press('Control+d');
  await expect(d.nodes).toHaveCount(5);
  // Box selection with Shift + drag over the first pair, then delete both at once.
  const a = await d.nodeById('stream-1').boundingBox();
  const b = await d.nodeById('function-1').boundingBox();
  await page.keyboard.down('Shift');
  await page.mouse.move(a!.x - 20, a!.y - 20);
  await page.mouse.down();
  await page.mouse.move(b!.x + b!.width + 20, b!.y + b!.height + 20, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByText(/2 services and 1 connection selected/)).toBeVisible();
  await d.press('Backspace');
  await expect(d.nodes).toHaveCount(3);
  await d.press('Control+z');
  await expect(d.nodes).toHaveCount(5);
});

test('pasting something that is not a pipeline says so and changes nothing', async ({ page }) => {
  const d = await emptyDesigner(page);
  await d.dragFromPalette('SNS topic', { x: 300, y: 200 });
  await d.canvas.click({ position: { x: 20, y: 20 } });
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '{"format":"sluice.pipeline","version":1,"name":"x","nodes":[{"id":"a","kind":"nope","name":"A"}]}');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(d.notice).toContainText('Nothing pasted: nodes[0].kind: unknown kind "nope"');
  await expect(d.nodes).toHaveCount(1);
});

test('dark mode switches, is remembered, and the shortcut sheet opens with ?', async ({ page }) => {
  const d = await emptyDesigner(page);
  const html = page.locator('html');
  const initial = await html.getAttribute('data-theme');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  const toggled = initial === 'dark' ? 'light' : 'dark';
  await expect(html).toHaveAttribute('data-theme', toggled);
  const bg = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe(toggled === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(246, 247, 249)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', toggled);
  await expect(d.canvas).toBeVisible();
  await d.canvas.click({ position: { x: 20, y: 20 } });
  await d.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await d.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('the page makes no console errors and no request leaves localhost', async ({ page }) => {
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) outside.push(r.url());
  });
  const d = new Designer(page);
  await d.open();
  await d.openExample('Everything wrong (breaks limits on purpose)');
  await expect(d.nodes).toHaveCount(12);
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
});
