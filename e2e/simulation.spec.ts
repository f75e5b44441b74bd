import { expect, type Page, test } from '@playwright/test';
import { PipelineBuilder } from '../lib/model';
import { encodeShareFragment } from '../lib/share/share-link';
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

    // At 10x the 10 minutes take a minute: Pause stays long enough to be seen and pressed,
    // even when a loaded machine delays a frame by a second.
    await sim.panel.getByLabel('Playback speed').selectOption('10');
    await sim.panel.getByRole('button', { name: 'Play' }).click();
    await sim.panel.getByRole('button', { name: 'Pause' }).click();
    await expect(sim.panel.getByRole('button', { name: 'Play' })).toBeVisible();
    await sim.panel.getByLabel('Playback speed').selectOption('600');
    await sim.panel.getByRole('button', { name: 'Play' }).click();
    // 600x plays the 10 minutes in about a second, then stops at the end.
    await expect(sim.panel.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
    await expect(sim.timeline).toHaveAttribute('aria-valuetext', '00:10:00 of 00:10:00');
    expect(errors).toEqual([]);
  });

  test("stepping the replay, a node's figures on the canvas say what its charts say at the same tick", async ({ page }) => {
    const { errors, designer, sim } = await openSimulate(page);
    await sim.run('1 h');
    await expect(sim.summary('1 h')).toBeVisible({ timeout: 30_000 });
    // Thumbnailer's load rises through the hour, so consecutive ticks differ.
    await designer.node('Thumbnailer').click();
    const throughput = sim.panel.getByRole('figure', { name: 'Throughput' });
    const pressure = sim.panel.getByRole('figure', { name: 'Concurrency, errors and throttles' });
    const figures = sim.liveFigures('Thumbnailer');
    await sim.timeline.focus();
    await page.keyboard.press('Home');
    const seen = new Set<string>();
    for (let tick = 0; tick < 6; tick++) {
      if (tick > 0) await sim.panel.getByRole('button', { name: 'Step one tick' }).click();
      const clock = ((await sim.timeline.getAttribute('aria-valuetext')) ?? '').replace(/ of .*/, '');
      // The chart's read-out is on the timeline's tick...
      await expect(throughput.getByText(new RegExp(`^At ${clock}: in `))).toBeVisible();
      const said = ((await throughput.getByText(/^At /).textContent()) ?? '').replace(/^At [\d:]+: /, '');
      const [, inOut] = /^(in [^,]+, out [^,]+)/.exec(said) ?? [];
      // ...and the node on the canvas says the same in and out, and the same concurrency.
      await expect(figures).toHaveAttribute('aria-label', new RegExp(`^Simulation: ${escape(inOut)}, `));
      const [, concurrency] = /(concurrency .+?), errors/.exec((await pressure.getByText(/^At /).textContent()) ?? '') ?? [];
      await expect(figures).toHaveAttribute('aria-label', new RegExp(`${escape(concurrency)}(,|$)`));
      seen.add(inOut);
    }
    expect(seen.size).toBeGreaterThan(1);
    // At the end of the hour (backlogs of hundreds of thousands, ages in minutes) no figure on
    // any node is cut at the node's width: backlog and age have lines of their own.
    await sim.timeline.focus();
    await page.keyboard.press('End');
    await expect(sim.liveFigures('Events')).toHaveAttribute('aria-label', /backlog [\d.]+[kM]?, oldest \d/);
    const cut = await page.locator('.pipeline-node-live > div').evaluateAll((lines) => lines.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('fan-out: an SNS topic with two subscribed queues shows its copies, and the totals add up', async ({ page }) => {
    const errors = trackErrors(page);
    // 10 messages/s for 10 min = 6,000 produced, each to two queues nobody reads: 6,000 copies,
    // 12,000 in flight. https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html
    const fanOut = new PipelineBuilder('fan-out')
      .node('alerts', 'sns-topic', { traffic: { recordsPerSecond: 10 } }, 'Alerts')
      .node('audit', 'sqs-queue', {}, 'Audit queue')
      .node('billing', 'sqs-queue', {}, 'Billing queue')
      .edge('alerts', 'audit')
      .edge('alerts', 'billing')
      .build();
    const designer = new Designer(page);
    const sim = new SimulationPage(designer);
    await designer.open(`/#${encodeShareFragment(fanOut)}`);
    await expect(designer.nodes).toHaveCount(3);
    await sim.open();
    await sim.run('10 min');
    const summary = sim.summary('10 min');
    await expect(summary).toBeVisible({ timeout: 30_000 });
    await expect(summary.getByText('Copies by fan-out', { exact: true })).toBeVisible();
    await expect(summary.getByText('In flight at the end', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('12k');
    await expect(summary.getByText('Copies by fan-out', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('6k');
    await expect(summary.getByText(/^Delivered \+ in flight \+ dropped = 12,000 = produced 6,000 \+ 6,000 copies made by fan-out/)).toBeVisible();
    // The topic's own figures name its copies: 10 a second, beside 10 out.
    await expect(sim.liveFigures('Alerts')).toHaveAttribute('aria-label', /^Simulation: in 10\/s, out 10\/s, backlog 0, copies 10\/s/);
    expect(errors).toEqual([]);
  });

  test('a crawler behind Firehose counts objects, not records', async ({ page }) => {
    const errors = trackErrors(page);
    // 100 records/s for 10 min through a 60 s Firehose buffer: 60,000 records in 10 objects
    // (one per delivery: https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html).
    const lake = new PipelineBuilder('firehose-lake')
      .node('clicks', 'kinesis-stream', { shardCount: 1, traffic: { recordsPerSecond: 100, avgRecordBytes: 200 } }, 'Clicks')
      .node('delivery', 'firehose', { bufferSizeMb: 128, bufferIntervalSeconds: 60 }, 'Delivery')
      .node('raw', 's3-bucket', {}, 'Raw bucket')
      .node('crawler', 'glue-crawler', {}, 'Raw crawler')
      .node('catalog', 'glue-database', {}, 'Lake catalog')
      .edge('clicks', 'delivery')
      .edge('delivery', 'raw')
      .edge('raw', 'crawler')
      .edge('crawler', 'catalog')
      .build();
    const designer = new Designer(page);
    const sim = new SimulationPage(designer);
    await designer.open(`/#${encodeShareFragment(lake)}`);
    await expect(designer.nodes).toHaveCount(5);
    await sim.open();
    await sim.run('10 min');
    await expect(sim.summary('10 min')).toBeVisible({ timeout: 30_000 });
    await expect(sim.panel.getByText('The crawler never ran: 10 new objects are not in the catalog. Give it a schedule or a trigger.')).toBeVisible();
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

/** A string matched literally inside a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
