import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Page object for the designer: tests speak in user gestures, through roles and accessible
 * names; CSS selectors stay in here (React Flow's handles have no role).
 */
export class Designer {
  constructor(readonly page: Page) {}

  /** A fresh designer: empty browser storage, page loaded, canvas visible. */
  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.canvas).toBeVisible();
  }

  get canvas(): Locator {
    return this.page.getByRole('application', { name: 'Pipeline canvas' });
  }

  get palette(): Locator {
    return this.page.getByRole('navigation', { name: 'Services palette' });
  }

  paletteItem(label: string): Locator {
    return this.palette.getByRole('button', { name: `Add ${label}`, exact: true });
  }

  /** A node on the canvas, by its visible name. */
  node(name: string): Locator {
    return this.page.locator('.react-flow__node').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  nodeById(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** A node's position on the canvas (flow coordinates, independent of zoom and pan). */
  async flowPosition(id: string): Promise<{ x: number; y: number }> {
    const transform = await this.nodeById(id).evaluate((el) => (el as HTMLElement).style.transform);
    const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform);
    if (!m) throw new Error(`node ${id} has no position (transform "${transform}")`);
    return { x: Math.round(Number(m[1])), y: Math.round(Number(m[2])) };
  }

  get nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  get edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  async openExample(title: string) {
    // The gallery opens an example as a new pipeline (the open one stays in My pipelines).
    await this.page.getByRole('button', { name: 'Examples', exact: true }).click();
    await this.page.getByRole('dialog', { name: 'Example gallery' }).getByRole('button', { name: `Open example ${title}`, exact: true }).click();
  }

  async dragFromPalette(label: string, target: { x: number; y: number }) {
    await this.paletteItem(label).dragTo(this.canvas, { targetPosition: target });
  }

  /** Drag from one node's source handle to another node's target handle. */
  async connect(sourceId: string, targetId: string) {
    const from = this.nodeById(sourceId).locator('.react-flow__handle.source');
    const to = this.nodeById(targetId).locator('.react-flow__handle.target');
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('handle not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Drag from one node's source handle and let go over the middle of another node. */
  async connectToBody(sourceId: string, targetId: string) {
    const a = await this.nodeById(sourceId).locator('.react-flow__handle.source').boundingBox();
    const b = await this.nodeById(targetId).boundingBox();
    if (!a || !b) throw new Error('node not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  get notice(): Locator {
    return this.page.getByTestId('notice');
  }

  async press(keys: string) {
    await this.page.keyboard.press(keys);
  }
}
