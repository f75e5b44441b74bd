import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';

test('opening an example shows its nodes and connections on the canvas', async ({ page }) => {
  const designer = new Designer(page);
  await designer.open();
  await designer.openExample('S3 → Glue crawler → Data Catalog → Athena');

  for (const name of ['Raw data lake', 'Lake crawler', 'Analytics catalog', 'Analysts', 'Query results']) {
    await expect(designer.node(name)).toBeVisible();
  }
  await expect(designer.nodes).toHaveCount(5);
  await expect(designer.edges).toHaveCount(4);
  await expect(page.getByTestId('edge-label-lake-crawled')).toContainText('crawled by');
  await expect(page.locator('.pipeline-title')).toHaveText('data-lake-catalog');
});

test('the palette lists every kind, grouped by category', async ({ page }) => {
  const designer = new Designer(page);
  await designer.open();
  for (const group of ['Sources', 'Compute', 'ETL', 'Catalog', 'Sinks']) {
    await expect(designer.palette.getByRole('heading', { name: group })).toBeVisible();
  }
  await expect(designer.palette.getByRole('button', { name: /^Add / })).toHaveCount(19);
});
