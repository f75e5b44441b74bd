import { expect, type Locator, type Page } from '@playwright/test';
import type { Designer } from './designer';

/** Page object for the Simulate tab and the simulation's figures on the canvas. */
export class SimulationPage {
  readonly page: Page;

  constructor(readonly designer: Designer) {
    this.page = designer.page;
  }

  async open() {
    await this.designer.tab('Simulate').click();
    await expect(this.panel).toBeVisible();
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Simulate' });
  }

  preset(label: string): Locator {
    return this.panel.getByRole('group', { name: 'Duration presets' }).getByRole('button', { name: label, exact: true });
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  get runButton(): Locator {
    return this.panel.getByRole('button', { name: /^(Run simulation|Run again)$/ });
  }

  get progress(): Locator {
    return this.panel.getByRole('progressbar', { name: 'Simulation progress' });
  }

  get cancelButton(): Locator {
    return this.panel.getByRole('button', { name: 'Cancel' });
  }

  summary(duration: string): Locator {
    return this.panel.getByRole('region', { name: new RegExp(`^Summary of ${duration}`) });
  }

  get bottleneck(): Locator {
    return this.panel.getByRole('note', { name: 'Bottleneck' });
  }

  get timeline(): Locator {
    return this.panel.getByRole('slider', { name: 'Timeline' });
  }

  chart(name: RegExp): Locator {
    return this.panel.getByRole('img', { name });
  }

  /** The simulation figures drawn on a node of the canvas. */
  liveFigures(nodeName: string): Locator {
    return this.designer.node(nodeName).getByLabel(/^Simulation: /);
  }

  /** Set the step and seed, pick a duration preset, and run. */
  async run(preset: string, options: { stepSeconds?: number } = {}) {
    await this.preset(preset).click();
    if (options.stepSeconds !== undefined) await this.field('Step (seconds)').fill(String(options.stepSeconds));
    await this.runButton.click();
  }
}
