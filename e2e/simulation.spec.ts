import { expect, type Page, test } from '@playwright/test';
import { Designer } from './support/designer';
import { SimulationPage } from './support/simulation-page';

const BROKEN = 'Everything wrong (breaks limits on purpose)';
const BROKEN_NODES = ['Events', 'Slow consumer', 'Jobs', 'Worker', 'Images', 'Thumbnailer', 'Sessions', 'Sessions crawler', 'Catalog', 'Hive aggregation', 'Legacy copy', 'Reports'];

/** Console errors and uncaught exceptions during a test: there should be none. */
function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The designer on the broken example with the Simulate tab open, watching for console errors. */
async function openSimulate(page: Page) {
  const errors = trackErrors(page);
  const designer = new Designer(page);
  const sim = new SimulationPage(designer);
  await designer.open();
  await designer.openExample(BROKEN);
  await sim.open();
  return { errors, designer, sim };
}

test.describe('simulation', () => {
  test('runs an hour, names the bottleneck, charts a node and replays over the canvas', async ({ page }) => {
    const { errors, designer, sim } = await openSimulate(page);
    // The broken example has validation errors: the panel says what that means for the run.
    await expect(sim.panel.getByRole('note').filter({ hasText: 'validation errors' })).toContainText('the simulation runs it as drawn all the same');

    await sim.run('1 h');
    const summary = sim.summary('1 h');
    await expect(summary).toBeVisible({ timeout: 30_000 });
    await expect(sim.bottleneck).toContainText(new RegExp(`Bottleneck: (${BROKEN_NODES.join('|')})`));
    await expect(summary.getByText('Delivered', { exact: true })).toBeVisible();
    // The totals add up: each produced record counted once, at its final fate.
    await expect(summary.getByText(/^Delivered \+ in flight \+ dropped = [\d,]+ = produced\.$/)).toBeVisible();
    await expect(summary.getByText(/Lost along the way: throttled/)).toBeVisible();

    // The totals chart, and the chart of the node selected on the canvas.
    await expect(sim.chart(/^Records over the run, cumulative over 1 h: produced /)).toBeVisible();
    await designer.node('Slow consumer').click();
    await expect(sim.chart(/^Throughput of Slow consumer over 1 h: in /)).toBeVisible();
    await expect(sim.chart(/^Backlog and oldest record age of Slow consumer over 1 h/)).toBeVisible();

    // Scrubbing the timeline changes what the canvas shows on a node.
    const events = sim.liveFigures('Events');
    await sim.timeline.focus();
    await page.keyboard.press('Home');
    await expect(events).toBeVisible();
    const atStart = await events.getAttribute('aria-label');
    await page.keyboard.press('End');
    await expect(events).not.toHaveAttribute('aria-label', atStart ?? '');
    await expect(events).toHaveAttribute('aria-label', /backlog \d/);
    await expect(sim.timeline).toHaveAttribute('aria-valuetext', /^01:00:00 of 01:00:00$/);

    // A recommendation the validator also makes leads to its finding in the Problems tab.
    await sim.panel.getByRole('button', { name: /^The validator agrees \(kinesis-shard-throughput\)/ }).click();
    await expect(designer.tab('Problems')).toHaveAttribute('aria-selected', 'true');
    expect(errors).toEqual([]);
  });

  test('the bottleneck and each recommendation bring their service into view and select it', async ({ page }) => {
    const { errors, designer, sim } = await openSimulate(page);
    await sim.run('10 min');
    await expect(sim.summary('10 min')).toBeVisible({ timeout: 30_000 });
    const name = ((await sim.bottleneck.locator('strong').textContent()) ?? '').replace(/^Bottleneck: /, '');
    expect(BROKEN_NODES).toContain(name);

    /** Drag the canvas from its top-left corner to its bottom-right, three times: every node leaves the view. */
    const panAway = async () => {
      await page.getByRole('button', { name: 'Fit view', exact: true }).click();
      const box = (await designer.canvas.boundingBox())!;
      for (let i = 0; i < 3; i++) {
        await page.mouse.move(box.x + 8, box.y + 8);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width - 8, box.y + box.height - 8, { steps: 6 });
        await page.mouse.up();
      }
      await expect(designer.node(name)).not.toBeInViewport();
    };

    await panAway();
    await sim.bottleneck.getByRole('button', { name: 'Select on canvas' }).click();
    await expect(designer.node(name)).toBeInViewport();
    await expect(designer.node(name).locator('.pipeline-node')).toHaveClass(/selected/);

    // A recommendation about a connection shows both of its ends.
    await panAway();
    await sim.panel.getByRole('button', { name: 'Show Events → Slow consumer on canvas' }).first().click();
    await expect(designer.node('Events')).toBeInViewport();
    await expect(designer.node('Slow consumer')).toBeInViewport();
    await expect(designer.node('Slow consumer').locator('.pipeline-node')).not.toHaveClass(/selected/);
    expect(errors).toEqual([]);
  });

  test('playback moves the time on, one tick at a time or playing', async ({ page }) => {
    const { errors, sim } = await openSimulate(page);
    await sim.run('10 min');
    await expect(sim.summary('10 min')).toBeVisible({ timeout: 30_000 });

    const time = sim.panel.getByRole('status', { name: 'Playback time' });
    const before = await time.textContent();
    await sim.panel.getByRole('button', { name: 'Step one tick' }).click();
    await expect(time).not.toHaveText(before ?? '');

    await sim.panel.getByLabel('Playback speed').selectOption('600');
    await sim.panel.getByRole('button', { name: 'Play' }).click();
    await expect(sim.panel.getByRole('button', { name: 'Pause' })).toBeVisible();
    // 600x plays the 10 minutes in about a second, then stops at the end.
    await expect(sim.panel.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
    await expect(sim.timeline).toHaveAttribute('aria-valuetext', '00:10:00 of 00:10:00');
    expect(errors).toEqual([]);
  });

  test('a long run shows progress, leaves the canvas usable, and can be cancelled', async ({ page }) => {
    const { errors, designer, sim } = await openSimulate(page);

    await sim.run('24 h', { stepSeconds: 0.1 });
    await expect(sim.progress).toBeVisible();
    await expect(sim.panel.getByText(/Simulating… [1-9]\d?%/)).toBeVisible({ timeout: 20_000 });

    // The run happens off the main thread: selecting a node on the canvas still works.
    await designer.node('Worker').click();
    await expect(designer.node('Worker')).toHaveClass(/selected/);
    await expect(sim.progress).toBeVisible();

    await sim.cancelButton.click();
    await expect(sim.progress).toBeHidden();
    await expect(sim.panel.getByText('The run was cancelled.')).toBeVisible();
    await expect(sim.runButton).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('a change to the pipeline marks the result stale and clears the canvas figures', async ({ page }) => {
    const { errors, designer, sim } = await openSimulate(page);
    await sim.run('10 min');
    await expect(sim.summary('10 min')).toBeVisible({ timeout: 30_000 });
    await expect(sim.liveFigures('Events')).toBeVisible();

    await designer.node('Worker').click();
    await designer.press('Delete');
    await expect(designer.node('Worker')).toHaveCount(0);

    await expect(sim.panel.getByText('The pipeline changed since this run — Run again')).toBeVisible();
    await expect(sim.liveFigures('Events')).toHaveCount(0);
    await designer.press('Control+z');
    await expect(sim.liveFigures('Events')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("opening another pipeline clears the result: it is never shown for a pipeline it was not run on", async ({ page }) => {
    const { errors, designer, sim } = await openSimulate(page);
    await sim.run('10 min');
    await expect(sim.summary('10 min')).toBeVisible({ timeout: 30_000 });

    await designer.page.getByRole('group', { name: 'File' }).getByRole('button', { name: 'New', exact: true }).click();
    await expect(designer.nodes).toHaveCount(0);
    await sim.open();
    await expect(sim.summary('10 min')).toHaveCount(0);
    await expect(sim.panel.getByText('The pipeline changed since this run')).toHaveCount(0);
    await expect(sim.liveFigures('Events')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
