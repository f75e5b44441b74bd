import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the validator's UI: the Problems panel, the top-bar status and the canvas badges. */
export class ProblemsPage {
  constructor(readonly page: Page) {}

  /** The tab, whatever its live count. */
  get tab(): Locator {
    return this.page.getByRole('tab', { name: /^Problems \(\d+\)$/ });
  }

  async open() {
    await this.tab.click();
    await expect(this.page.getByRole('heading', { name: 'Problems', exact: true })).toBeVisible();
  }

  get status(): Locator {
    return this.page.getByTestId('validation-status');
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Problems', exact: true });
  }

  /** A problem row, by text it shows (message, element name or rule id). */
  row(text: string | RegExp): Locator {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }

  get suppressedSummary(): Locator {
    return this.page.locator('summary').filter({ hasText: /^Suppressed \(\d+\)$/ });
  }

  get suppressedList(): Locator {
    return this.page.getByRole('list', { name: 'Suppressed problems', exact: true });
  }

  /** The error/warning/info badge drawn on a node or an edge label (its accessible name lists the counts). */
  badge(element: Locator): Locator {
    return element.getByRole('img', { name: /\d+ (error|warning|info)/ });
  }

  get suppressDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Suppress / });
  }

  async suppress(row: Locator, reason: string) {
    await row.getByRole('button', { name: 'Suppress…' }).click();
    await expect(this.suppressDialog).toBeVisible();
    await this.suppressDialog.getByLabel('Reason (required)').fill(reason);
    await this.suppressDialog.getByRole('button', { name: 'Suppress', exact: true }).click();
    await expect(this.suppressDialog).toBeHidden();
  }
}
